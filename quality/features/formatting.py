"""Formatting artifacts: the debris a generator or a careless copy-paste leaves behind.

Flattened markdown tables ("Feature | Details |", "---|---|"), stray markdown, a missing
space after a comma ("collaboration,with"), sentences starting in lower case, a stray
capital at a word's end ("BelarusS"), proper nouns written in both cases ("Russia" and
"russia"), template placeholders ("[Your Name]"), mojibake and HTML entities, and doubled
punctuation. An edited publication has almost none of these.
"""

from __future__ import annotations

import html.entities
import re
from bisect import bisect_left, bisect_right
from collections import Counter

import ahocorasick
import numpy as np

from quality.document import (
    LOWER,
    LOWER_RE,
    UPPER,
    UPPER_AT_START,
    WORD_RE,
    Document,
    is_word_char,
    strip_span,
    wrapping_mark_openings,
)
from quality.features.base import Extractor, Measurement, MeasurementBuilder, Spec, safe_div
from quality.furniture import post_credit_spans
from quality.letters import MOJIBAKE_CONTINUATION
from quality.paragraphs import written_placeholders
from quality.sentences import is_abbreviation_period
from quality.source_code import is_code_line

# A dash run is read from its start only (the lookbehind): a long run of dashes with no
# "|" after it was read again from every dash in it (60,000 took 40 seconds).
_TABLE_SEPARATOR = re.compile(r"(?:\|?\s*:?(?<!-)-{3,}:?\s*\|){1,}")
# An inline code span opens and closes outside a word: a backtick typed for an
# apostrophe ("don`t ... won`t") is not one.
_MARKDOWN = re.compile(
    r"\*\*[^*\n]{1,200}\*\*|__[^_\n]{1,200}__|(?m:^[ \t]*#{1,6}[ \t]+\S[^\n]*)"
    r"|(?<!\w)`[^`\n]{1,80}`(?!\w)"
    r"|\[[^\]\n]{1,200}\]\((?:https?://|/|#)[^)\s]*\)"
)
# "collaboration,with": a comma or semicolon glued to the next word, inside a sentence,
# where no extractor puts one; decimal numbers ("1,000"), web addresses and HTML
# entities ("S&amp;P", counted as encoding debris) are left out. A full stop, colon,
# "!" or "?" glued to a word ("patients.We", "Credit:Reuters") is most often a line or
# paragraph break an extractor lost, and is not counted: glued that way, it was in
# 8.8% of ReCOVery's reliable articles against 4.3% of its unreliable ones (ROC-AUC
# 0.47, the wrong way), while glued commas and semicolons sit at 0.50-0.51 on every
# corpus that was not masked (2026-12-05, features as training reads them).
# Patterns start with the rare character they are about (punctuation, a capital) and
# check what precedes it with a look-behind: a leading look-behind or \b would make
# the regex engine try every position of the text.
_MISSING_SPACE = re.compile(r"[,;](?<=[a-z]{2}.)(?=[A-Za-z])")
# Where a _MISSING_SPACE match can be: a mark right before a letter. Its one cheap test
# finds the few candidates; the look-behinds are then tried there only (4x faster).
_MISSING_SPACE_CANDIDATE = re.compile(r"[,;](?=[A-Za-z])")
# An HTML entity's closing semicolon ("&amp;", "&#39;"): encoding debris, not a glued word.
_ENTITY_BEFORE = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6})$")


def _first_line_title(text: str, start: int, end: int) -> bool:
    """Whether the markdown span ``text[start:end]``, first in the text, is its first
    line's title markup: an ATX heading, or bold filling the line."""
    if text[start] == "#":
        return True
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    return text.startswith("**", start) and not text[end:line_end].strip()


def missing_space_positions(text: str) -> list[int]:
    """Where ``_MISSING_SPACE`` matches (each match is the one mark), but for an HTML
    entity's semicolon."""
    return [
        m.start()
        for m in _MISSING_SPACE_CANDIDATE.finditer(text)
        if _MISSING_SPACE.match(text, m.start())
        and not (text[m.start()] == ";" and _ENTITY_BEFORE.search(text, max(0, m.start() - 12), m.start()))
    ]


# A web address, handle or file name written into prose: lower case by convention, and
# its dots and slashes are not missing spaces ("pic.twitter.com/abc", "bit.ly/x"). Any
# host followed by a path is one, whatever its domain ("youtu.be/x", "example.de/page");
# a bare host only with a common domain, since "said.the" is a missing space.
_WEBBY = re.compile(
    r"\S*(?:://|www\.|@|\w\.[a-z]{2,}/|\.(?:com|org|net|gov|edu|io|co|ly|uk|us|info|tv|me)\b)\S*"
)
# Letters of any script, as in names ("ÁlvarezZ"): quality.document.UPPER and LOWER.
_STRAY_CAPITAL = re.compile(rf"{UPPER_AT_START}(?<={LOWER}{LOWER}.)\b")
_STRAY_WORD = re.compile(rf"{UPPER}?{LOWER}{{2,}}{UPPER}")
# UTF-8 read as Windows-1252 or Latin-1: a lead byte's letter (Ã Â Å Ä, â before €‚„)
# then a continuation byte's character, which Windows-1252 writes as one of these
# or a C1 control. Found in either case: upper-casing turns "â€œ" into "Â€Œ", "Âµ"
# into "ÂΜ" and "&amp;" into "&AMP;"; a lower-cased text has "ã©" for "Ã©".
_CONTINUATION = f"[{MOJIBAKE_CONTINUATION}]"
# every named HTML 4 entity (the standard library's table), and numeric ones
_ENTITY = "|".join(sorted(html.entities.name2codepoint, key=len, reverse=True))
_MOJIBAKE = re.compile(
    rf"[âÂ][€‚„\u0080-\u009f]{_CONTINUATION}?|[ÃÂÅÄ]{_CONTINUATION}|ã[\u0080-\u00bf]|\ufffd"
    rf"|&(?i:{_ENTITY});|&#\d{{1,7}};|&#[xX][0-9a-fA-F]{{1,6}};"
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\u0080-\u009f]"
)
_MOJIBAKE_HINT = re.compile(r"[ÃÂÅÄãâ\ufffd&\x00-\x08\x0b\x0c\x0e-\x1f\u0080-\u009f]")
_DOUBLED = re.compile(
    r"([,;:])[ \t]*\1|\.(?<!\.\.)\.(?!\.)|[!?]{3,}|,[ \t]*\.|\.[ \t]*,(?!\d)|[,.;:](?<=\s[,.;:])(?=\s)"
)
# Where a _DOUBLED match can start: a mark before another mark, or one between spaces.
# Trying _DOUBLED at every comma and period is what made it the slowest pass; this
# cheaper scan finds the few places worth trying.
_DOUBLED_START = re.compile(r"[,;:.!?](?=[ \t]*[,;:.!?])|[,.;:](?<=\s[,.;:])(?=\s)")


def doubled_punctuation(text: str) -> list[tuple[int, int]]:
    """The spans ``_DOUBLED.finditer`` finds, tried only where one can start; an
    abbreviation's period before a comma or colon ("a.m.,", "U.S.,", "Jr.,") is not one."""
    spans, cursor = [], 0
    for candidate in _DOUBLED_START.finditer(text):
        if candidate.start() < cursor:
            continue
        m = _DOUBLED.match(text, candidate.start())
        if m and text[m.start()] == "." and text[m.end() - 1] in ",;:":
            if is_abbreviation_period(text, m.start()):
                continue
        if m:
            spans.append(m.span())
            cursor = m.end()
    return spans


# Capitalised words in mid-sentence (after a lower-case word or a comma), in any
# script: "Álvarez", "Aydın", "Øresund" are proper nouns as much as "Russia".
_MID_SENTENCE_CAPITAL = re.compile(rf"{UPPER_AT_START}(?<=(?:{LOWER}|,) .){LOWER}{{2,}}\b")
#: A capitalised word, then the space before the capital being judged.
_AFTER_A_CAPITALISED_WORD = re.compile(rf"(?<![\w'’]){UPPER}[\w'’.-]* $")
#: After the capital being judged: another capitalised word, or "of" and one ("Lake
#: Tahoe", "Port of Oakland": the head of a name that opens it).
_BEFORE_A_CAPITALISED_WORD = re.compile(rf" (?:of |de |la )?{UPPER}")


def _lower_or_comma(ch: str) -> bool:
    """What _MID_SENTENCE_CAPITAL accepts two characters before a capital."""
    return ch == "," or bool(LOWER_RE.match(ch))


def _case_inconsistencies(doc: Document) -> list[tuple[int, int]]:
    """Lower-case uses of words the same text capitalises mid-sentence (Russia/russia).

    A word counts as a proper noun when it is capitalised mid-sentence at least twice,
    neither after nor before another capitalised word (the head of a name, "Marin
    County", "Lake Tahoe", "Port of Oakland", is a common noun: a list of counties made
    every "county" of a report an error, a tester's find, 2026-12-06), and written
    lower-case at most half as often; its lower-case uses are then errors.
    """
    text = doc.text
    # lower-cased as doc.word_counts is ('İ' to 'i'), so the two counts compare
    caps = Counter(
        m.group().replace("İ", "i").lower()
        for m in _MID_SENTENCE_CAPITAL.finditer(text)
        if not _AFTER_A_CAPITALISED_WORD.search(text, max(0, m.start() - 40), m.start())
        and not _BEFORE_A_CAPITALISED_WORD.match(text, m.end())
    )
    candidates = [w for w, n in caps.items() if n >= 2 and doc.word_counts[w] > n]
    if not candidates:
        return []
    # Lower-case uses of the candidates in mid-sentence (after "[a-z,] ", whole word),
    # found in one Aho-Corasick pass: a regex of the candidates would be compiled afresh
    # for every text, and a find loop per candidate is quadratic on long texts.
    automaton = ahocorasick.Automaton()
    for word in candidates:
        automaton.add_word(word, word)
    automaton.make_automaton()
    found: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for last, word in automaton.iter(text):
        pos, end = last + 1 - len(word), last + 1
        if (
            pos >= 2
            and text[pos - 1] == " "
            and _lower_or_comma(text[pos - 2])
            and not (end < n and is_word_char(text[end]))
        ):
            found.setdefault(word, []).append((pos, end))
    spans = []
    for word, where in found.items():
        if len(where) * 2 <= caps[word]:
            spans += where
    return sorted(spans)


class _CodeLines:
    """Whether the line holding an offset is a line of code (``is_code_line``), each line
    judged once: judged again for every sentence on it, a 40,000-character line of short
    lower-case sentences took 5 seconds."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.judged: dict[int, bool] = {}

    def __call__(self, offset: int) -> bool:
        k = bisect_left(self.breaks, offset)
        start = self.breaks[k - 1] + 1 if k else 0
        if start not in self.judged:
            end = self.breaks[k] if k < len(self.breaks) else len(self.text)
            self.judged[start] = is_code_line(self.text[start:end])
        return self.judged[start]


class Formatting(Extractor):
    name = "formatting"
    specs = (
        Spec(
            "formatting.table_debris_per_1k_words",
            "per 1,000 words",
            "Rows of flattened or broken markdown tables ('Feature | Details |', '---|---|'"
            " run on from the prose around them); a well-formed table is not debris.",
        ),
        Spec(
            "formatting.markdown_per_1k_words",
            "per 1,000 words",
            "Stray markdown (**bold**, ## headings, `code`, [links](...)) outside the cells of"
            " a well-formed table.",
        ),
        Spec(
            "formatting.missing_space_per_1k_words",
            "per 1,000 words",
            "A comma or semicolon glued to the next word ('collaboration,with').",
        ),
        Spec(
            "formatting.lowercase_start_frac",
            "fraction of sentences",
            "Share of sentences that start with a lower-case letter (not counting the first"
            " word of a list item under a heading or a lead-in that ends in a colon).",
        ),
        Spec(
            "formatting.stray_capital_per_1k_words",
            "per 1,000 words",
            "Words ending in a stray capital that repeats the letter before it ('BelarusS').",
        ),
        Spec(
            "formatting.case_inconsistency_per_1k_words",
            "per 1,000 words",
            "Lower-case uses of a name the text capitalises elsewhere ('russia').",
        ),
        Spec(
            "formatting.placeholder_per_1k_words",
            "per 1,000 words",
            "Template placeholders and generator labels ('[Your Name]', 'Headline:').",
        ),
        Spec(
            "formatting.encoding_errors_per_1k_words",
            "per 1,000 words",
            "Mojibake, replacement characters, HTML entities and control characters; "
            "where most of a text's characters outside ASCII are damaged, only as many "
            "as it has sound ones.",
        ),
        Spec(
            "formatting.doubled_punct_per_1k_words",
            "per 1,000 words",
            "Doubled or misplaced punctuation (',,', '..', ' ,').",
        ),
        Spec(
            "formatting.uppercase_frac",
            "fraction of cased letters",
            "Share of letters in upper case. Near 0 the text was lower-cased upstream, over "
            "half it is in capitals; either way the measurements that read letter case "
            "are not counted (quality.casing).",
            direction=0,
            in_model=False,
        ),
    )

    def extract(self, doc: Document) -> list[Measurement]:
        out = MeasurementBuilder(self, doc)
        text = doc.text
        table = [(p.start, p.end) for p in doc.broken_table_rows]
        if (
            not table and "---" in text and not any(p.kind == "table_row" for p in doc.paragraphs)
        ):  # tables flattened into running text leave '---|---|'
            table = [m.span() for m in _TABLE_SEPARATOR.finditer(text)]
        out.add("table_debris_per_1k_words", doc.per_1k_words(len(table)), table)

        # a heading's evidence is its whole line ("# Quarterly Results"), without the
        # indentation before it: never a cut word like "# Q"
        markdown = (
            [tuple(strip_span(text, *m.span())) for m in _MARKDOWN.finditer(text)]
            if any(c in text for c in "*_#`[")
            else []
        )
        if markdown:
            # emphasis, code and links inside the cells of a well-formed table are the
            # table's own markdown (GFM allows inline markup in cells: "| **Total** |"),
            # not debris left in prose; rows of a broken table are debris already
            broken = {p.start for p in doc.broken_table_rows}
            rows = [
                (p.start, p.end)
                for p in doc.paragraphs
                if p.kind == "table_row" and p.start not in broken
            ]
            if rows:  # paragraphs are in text order and do not overlap: bisect, not scan
                starts = [a for a, _ in rows]

                def in_a_row(a: int, b: int) -> bool:
                    k = bisect_right(starts, a) - 1
                    return k >= 0 and b <= rows[k][1]

                markdown = [(a, b) for a, b in markdown if not in_a_row(a, b)]
        if markdown and not text[: markdown[0][0]].strip() and _first_line_title(text, *markdown[0]):
            # the first line's heading is the headline as a markdown editor stores it
            # ("# Council approves budget", or "**Council approves budget**" on a line of
            # its own), in a .txt or a JSON field as often as in a .md: a title's markup,
            # not stray markup in the article (1.5 to 4.2 points for a new user's
            # headlines; the bold one -1.9 on average, a tester's)
            markdown = markdown[1:]
        out.add("markdown_per_1k_words", doc.per_1k_words(len(markdown)), markdown)

        missing = []
        token, webby = (0, 0), False
        for position in missing_space_positions(text):
            # one token read once, however many glued marks it holds: "word,word,..."
            # read whole at each comma took minutes on 50,000 (a reviewer's find)
            if not token[0] <= position < token[1]:
                token = _token_around(text, position)
                webby = _WEBBY.fullmatch(text, *token) is not None
            if not webby:
                missing.append(token)
        out.add("missing_space_per_1k_words", doc.per_1k_words(len(missing)), missing)

        lower = []
        code_line = None  # made at the first lower-case start: most texts have none
        # the items of a list under a lead-in that ends in a colon complete its sentence
        # and take no capital ("The budget includes:\n- a raise for ...\n- funding for
        # ..."; three such items cost a news story 14 points), nor do those of a list
        # under a heading ("## What the deal includes\n- a 7 percent rise"; 14 points, a
        # tester's find). Their later sentences still count, and so do items under a
        # paragraph that ends a sentence: paragraphs bulleted are read as they were before.
        starts = [s.start for s in doc.sentences]
        item_openings = set()
        lead_in = False
        for p in doc.paragraphs:
            if p.kind == "table_row":
                # a table cell takes no capital either ("| may change if it rains |"):
                # read as sentences, lower-case cells cost a table 9 points (a tester's
                # find, 2026-12-06); a cell's later sentences still count
                item_openings.update(
                    a for a in starts[bisect_left(starts, p.start) : bisect_left(starts, p.end)]
                    if text[p.start : a].rstrip().endswith("|") or not text[p.start : a].strip()
                )
                continue
            if p.kind != "list_item":
                lead_in = p.kind == "heading" or text[p.end - 1] == ":"
            elif lead_in:
                item_openings.update(_first_start_within(starts, p.start, p.end))
        # marks that are a paragraph's format, not a quotation, are read past: every
        # paragraph of an article in marks hid its lower-case starts and lifted it 16
        # points (the perturbation report). A quotation's own marks are not: a pull
        # quote, a lyric, a tweet or a quotation completing a lead-in ("concluded:
        # \"all strains ...") opens in lower case as its speaker wrote it (a review of
        # 57 corpus articles, 2026-12-07: 15 of 21 such starts were of these kinds)
        wrapped = wrapping_mark_openings(doc)
        # an embedded post's credit line is the page's embed, its name as the account
        # wrote it ("— donald j. trump (@realDonaldTrump) ..."; a tester's find)
        credits = post_credit_spans(text)
        for s in doc.sentences:
            at = wrapped.get(s.start, s.start)
            # a lower-case letter (Ll): str.islower() also takes symbols like "ⓐ" (So)
            if (
                LOWER_RE.match(text[at])
                and s.start not in item_openings
                and not any(a <= s.start < b for a, b in credits)
                and not _is_camel(text, at)
                and not _is_name_particle(text, at)
                # a tweet's "pic.twitter.com/..." after its text is no sentence's start
                and not _WEBBY.fullmatch(text, *_token_around(text, at))
                # nor is a line of code quoted in an article ("for row in rows:"): three
                # such lines cost a tech story 7 points (a new user's find)
                and not (code_line := code_line or _CodeLines(text))(s.start)
            ):
                # the evidence is the word that starts in lower case, whole
                word = WORD_RE.match(text, at, s.end)
                lower.append(word.span() if word else (s.start, s.end))
        out.add("lowercase_start_frac", safe_div(len(lower), len(doc.sentences)), lower)

        # found before stray capitals, which skip them; reported in spec order below
        # what quality.reading repaired (the text reads as it was written, so the fault
        # is counted here, once, and nowhere else) and what it could not: a lost byte's
        # "\ufffd", a reference shown twice, a control character, mojibake upper-cased
        repairs = doc.encoding_repairs
        found = [m.span() for m in _MOJIBAKE.finditer(text)] if _MOJIBAKE_HINT.search(text) else []
        # a repair that could only give "\ufffd" (a byte was lost) is counted as the run
        # it repaired, not again as a replacement character
        found = [f for f in found if not any(a < f[1] and f[0] < b for a, b in repairs)]
        encoding = sorted([*repairs, *found])
        if doc.encoding_charged is not None:
            # mostly a pipeline's damage: as many runs as there are sound characters
            # beside them are the page's own (quality.reading.decoding_damage)
            encoding = encoding[: doc.encoding_charged]

        stray = []
        for m in _STRAY_CAPITAL.finditer(text):
            start = m.start()
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue  # letters after a digit ("0aaA", "3rdG") are a code, not a name
            if any(a < m.end() and start < b for a, b in encoding):
                continue  # "saidÃ©": the mojibake is counted once, as an encoding error
            # the capital repeats the letter before it ("BelarusS", "ÁlvarezZ"): a key held
            # with shift. After another letter it is a name's own ("SpaceX", "GenZ",
            # "edX", "HarvardX": 150 of the corpora's 165 stray capitals, in reliable
            # outlets as often; a tester's find cost a six-mention SpaceX story 15 points)
            end = m.end()
            if _STRAY_WORD.fullmatch(text, start, end) and text[end - 2].lower() == text[end - 1].lower():
                stray.append((start, end))
        out.add("stray_capital_per_1k_words", doc.per_1k_words(len(stray)), stray)

        case = _case_inconsistencies(doc)
        out.add("case_inconsistency_per_1k_words", doc.per_1k_words(len(case)), case)

        placeholders = written_placeholders(doc)
        out.add("placeholder_per_1k_words", doc.per_1k_words(len(placeholders)), placeholders)
        out.add("encoding_errors_per_1k_words", doc.per_1k_words(len(encoding)), encoding)

        doubled = doubled_punctuation(text)
        out.add("doubled_punct_per_1k_words", doc.per_1k_words(len(doubled)), doubled)
        upper, lower = case_counts(doc)
        out.add("uppercase_frac", safe_div(upper, upper + lower))
        return out.build()


def case_counts(doc: Document) -> tuple[int, int]:
    """(upper, lower): the characters that lower-casing changes (upper- and title-case
    letters) and those that upper-casing changes (lower- and title-case letters)."""
    text, lowered, uppered = doc.text, doc.lower_text, doc.text.upper()
    if "İ" in text or len(uppered) != len(text):  # 'İ', 'ß' change the length
        return (
            sum(1 for ch in text if ch != ch.lower()),
            sum(1 for ch in text if ch != ch.upper()),
        )
    # compared as code-point arrays: one C pass instead of a Python loop over characters
    points = _code_points(text)
    return (
        int(np.count_nonzero(points != _code_points(lowered))),
        int(np.count_nonzero(points != _code_points(uppered))),
    )


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _first_start_within(starts: list[int], start: int, end: int) -> list[int]:
    """The first of the sorted offsets ``starts`` inside ``[start, end)``, as a list of
    none or one."""
    i = bisect_left(starts, start)
    return starts[i : i + 1] if i < len(starts) and starts[i] < end else []


def _token_around(text: str, pos: int) -> tuple[int, int]:
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = pos
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _is_camel(text: str, pos: int) -> bool:
    """'iPhone', 'eBay': lower-case first letter by design, not an error."""
    word = re.match(r"\w+", text[pos : pos + 30])
    return bool(word) and any(c.isupper() for c in word.group()[1:])


#: Particles of surnames, written in lower case before the capitalised part of the name
#: ("van der Berg", "de Blasio", "bin Salman", "al-Assad"), also when they open a
#: sentence in the style of many newsrooms.
_NAME_PARTICLE = re.compile(
    r"(?:(?:van|von|de|der|den|del|della|di|da|das|dos|du|la|le|ten|ter|bin|ibn|al|el)[ -]"
    # elided: "d'Alembert", "dell'Orto", "van 't Hoff", "de' Medici"
    r"|(?:d|dell|dall|degli|de)['’] ?|['’]t ){1,3}"
    r"(?=[A-Z])"
)


def _is_name_particle(text: str, pos: int) -> bool:
    """'van der Berg said', 'de Blasio said': a surname's particles, then its capital;
    such a name opening a sentence cost an article 14 points (a tester's find)."""
    return _NAME_PARTICLE.match(text, pos) is not None

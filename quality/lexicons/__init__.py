"""Phrase lists shipped as package data: one phrase a line, '#' starts a comment.

A phrase matches case-insensitively on word boundaries, with any run of white space
between its words. A phrase ending in ' ...' matches as a prefix (for headings such as
"Recommendations for ..."). Keeping the lists in data files lets a user read and extend
them without touching code.

Speed: a regex alternation of sixty phrases makes Python's engine try every branch at
every position, and each lexicon costs a pass of its own. ``find_phrases`` instead runs
one Aho-Corasick automaton (pyahocorasick) over the lower-cased text for all the lexicons
the extractors share; ``compile_lexicon`` stays the reference and serves short strings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from quality.letters import APOSTROPHES, UPPER, lower_in_place

if TYPE_CHECKING:
    from quality.document import Document

#: Any character typed for an apostrophe reads as "'" in phrases and in the text they
#: are matched against ("It’s worth noting" is "it's worth noting"); one for one, so
#: offsets hold.
_APOSTROPHE_FOLD = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))

#: Characters that join a word to its neighbour ("long-range", "x_1"); an apostrophe
#: joins only letters on both sides ("Belarus’s"), see _touches_after.
_JOINERS = "_-"


@cache
def load(name: str) -> tuple[str, ...]:
    """The phrases of ``lexicons/<name>.txt``, in file order, without comments."""
    raw = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    phrases = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            phrases.append(line.lower().translate(_APOSTROPHE_FOLD))
    return tuple(phrases)


@cache
def stopwords() -> frozenset[str]:
    """The stop-word list (lexicons/stopwords.txt) as a set."""
    return frozenset(load("stopwords"))


def phrase_pattern(phrase: str) -> str:
    """The regular expression for one phrase (words escaped, white space flexible)."""
    prefix = phrase.endswith(" ...")
    if prefix:
        phrase = phrase[:-4]
    body = r"\s+".join(
        re.escape(word).replace("'", f"[{APOSTROPHES}]") for word in phrase.split()
    )
    return body + (r"\b.*" if prefix else "")


@cache
def compile_lexicon(name: str, *, whole_line: bool = False) -> re.Pattern[str]:
    """A case-insensitive regex for every phrase of a lexicon, for short strings.

    With ``whole_line`` the phrase must be the whole string (used for headings).
    """
    phrases = sorted(load(name), key=len, reverse=True)
    alternation = "|".join(phrase_pattern(p) for p in phrases)
    if whole_line:
        return re.compile(rf"^\W*(?:{alternation})\W*$", re.IGNORECASE)
    return re.compile(rf"(?<![\w-])(?<!\w['’])(?:{alternation})(?![\w-])(?!['’]\w)", re.IGNORECASE)


#: The lexicons ``find_phrases`` serves from one shared pass over each document.
SCANNED = (
    "hedges",
    "vague_passive",
    "reporting_verbs",
    "stock_phrases",
    "placeholders",
    "intensifiers",
    "wire_formulae",
)

# White space other than the three common kinds (rare: no-break and Unicode spaces).
_RARE_WHITESPACE = re.compile(r"[^\S \n\t\r]")
_SPACE_RUN = re.compile("  +")


def _touches_after(folded: str, end: int) -> bool:
    """Whether the phrase ending at ``end`` runs on into a word: a letter, a digit, "_"
    or "-" follows, or an apostrophe and a letter ("May's"). A closing single quotation
    mark does not join ("the plan is 'possibly' dead")."""
    ch = folded[end]
    if ch.isalnum() or ch in _JOINERS:
        return True
    return ch == "'" and end + 1 < len(folded) and folded[end + 1].isalnum()


def _touches_before(folded: str, start: int) -> bool:
    """Whether the phrase starting at ``start`` (> 0) is the end of a word (the mirror
    of ``_touches_after``: "o'clock", but not an opening quotation mark)."""
    ch = folded[start - 1]
    if ch.isalnum() or ch in _JOINERS:
        return True
    return ch == "'" and start >= 2 and folded[start - 2].isalnum()


@cache
def _automaton(names: tuple[str, ...]):
    """An Aho-Corasick automaton of every phrase of ``names``; each key maps to the
    (lexicon index, length) pairs it stands for (a phrase may sit in several lexicons)."""
    import ahocorasick

    entries: dict[str, list[tuple[int, int]]] = {}
    for i, name in enumerate(names):
        for phrase in load(name):
            key = " ".join(phrase.split())
            entries.setdefault(key, []).append((i, len(key)))
    automaton = ahocorasick.Automaton()
    for key, value in entries.items():
        automaton.add_word(key, tuple(value))
    automaton.make_automaton()
    return automaton


def _fold_whitespace(lower: str) -> tuple[str, list[int], list[int]]:
    """``lower`` with every run of white space as one space, and the map back: a
    position p of the folded text is p + shifts[i] in ``lower``, for the last i with
    folded_starts[i] <= p."""
    # Same-length replacements first (str.replace is far cheaper than a regex over
    # every space), so that runs of white space become runs of spaces in place.
    spaced = lower.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if _RARE_WHITESPACE.search(spaced):
        spaced = _RARE_WHITESPACE.sub(" ", spaced)
    pieces, folded_starts, shifts = [], [0], [0]
    last = 0
    for m in _SPACE_RUN.finditer(spaced):
        pieces.append(spaced[last : m.start() + 1])
        last = m.end()
        folded_starts.append(m.start() - shifts[-1] + 1)
        shifts.append(shifts[-1] + m.end() - m.start() - 1)
    if not pieces:
        return spaced, folded_starts, shifts
    pieces.append(spaced[last:])
    return "".join(pieces), folded_starts, shifts


def _scan(lower: str, names: tuple[str, ...]) -> list[list[tuple[int, int]]]:
    """For each lexicon of ``names``: the spans in ``lower`` that ``compile_lexicon``
    would find, i.e. whole-word phrases, leftmost first, the longest at each start, not
    overlapping. One pass over the text for all the lexicons together."""
    folded, folded_starts, shifts = _fold_whitespace(lower.translate(_APOSTROPHE_FOLD))
    n = len(folded)
    candidates: list[list[tuple[int, int]]] = [[] for _ in names]
    for last, entries in _automaton(names).iter(folded):
        end = last + 1
        if end < n and _touches_after(folded, end):
            continue
        for index, length in entries:
            start = end - length
            if start == 0 or not _touches_before(folded, start):
                candidates[index].append((start, end))
    out = []
    for spans in candidates:
        chosen, cursor = [], 0
        for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
            if start >= cursor:
                chosen.append((start, end))
                cursor = end
        if len(folded_starts) > 1:  # white space was folded: map back to ``lower``
            chosen = [
                (
                    start + shifts[bisect_right(folded_starts, start) - 1],
                    end + shifts[bisect_right(folded_starts, end - 1) - 1],
                )
                for start, end in chosen
            ]
        out.append(chosen)
    return out


def find_phrases(doc: Document, name: str) -> list[tuple[int, int]]:
    """Spans of every phrase of lexicon ``name`` in the document, in order.

    Matches what ``compile_lexicon(name)`` finds in the text (a test holds them equal),
    at a fraction of the cost: the lexicons in SCANNED share one Aho-Corasick pass over
    the lower-cased text with its white space folded, instead of a regex pass each.
    """
    if name in SCANNED:
        return list(_scanned(doc.lower_text)[SCANNED.index(name)])
    return doc.memo(f"lexicons:{name}", lambda d: _scan(d.lower_text, (name,)))[0]


#: A chat assistant describing what it wrote for the request it answers ("Here's a
#: 400-word news story on the subject you gave me:", "Below is a news article based on
#: your request."): worded too many ways for a phrase list. None in the corpora
#: (2026-12-04), nor "Here is the report the mayor gave you".
_SELF_DESCRIPTION = re.compile(
    r"\b(?:here(?:'s|’s| is)|below is)\s+(?:an?\s+|the\s+)?(?:\d+[- ]word\s+)?(?:news\s+)?"
    r"(?:article|story|piece|report|rewrite|version)\b[^.\n]{0,80}?\b(?:you\s+(?:provided|gave|"
    r"asked|requested|specified|wanted|shared|described|mentioned|outlined)|your\s+(?:request|"
    r"prompt|topic|instructions|brief|specifications|outline|details|notes|guidelines))\b",
    re.IGNORECASE,
)
#: A generator's note that what it wrote is made up ("The names and quotes used in this
#: article are fictional."); "The names and quotes in this article are taken from court
#: records" is news.
_MADE_UP_NOTE = re.compile(
    r"\b(?:(?:names|people|characters) and quot(?:es|ations)|quot(?:es|ations))"
    r"(?:\s+(?:used\s+)?in\s+this\s+article)?\s+are\s+(?:fictional|invented|made\s+up|fictitious)\b"
    # ... or that the text itself is: "This story is a work of fiction", "The above
    # piece is entirely fictional" (the phrase list held each wording; a tester's find)
    r"|\b(?:this|the\s+above)\s+(?:news\s+)?(?:article|story|piece|text|report|post)\s+is\s+"
    r"(?:a\s+work\s+of\s+fiction|(?:entirely\s+|purely\s+|completely\s+)?(?:fictional|fictitious))\b",
    re.IGNORECASE,
)
# What a chat reply hands over: "a news-style article", "the rewritten version", "your
# 500-word story".
_REPLY_NOUN = (
    r"(?:a|an|the|your|my)\s+(?:[\w'’-]+\s+){0,5}?(?:article|story|piece|report|draft|version"
    r"|write-up|rewrite|press\s+release|blog\s+post|news\s+item)s?\b"
)
_HERE_IS = r"(?:here(?:['’]s|\s+is|\s+are|\s+you\s+go:?)|below\s+(?:is|are|you['’]ll\s+find))"
#: A chat assistant's reply opening on an interjection and "here is" ("Certainly! Here is",
#: "Of course! Here are", "No problem! Below is"): the phrase list held one wording per
#: interjection, and "Of course!" was missed (a reviewer's sibling).
_CHAT_REPLY_OPENING = re.compile(
    r"\b(?:certainly|sure(?:\s+thing)?|absolutely|of\s+course|okay|ok|no\s+problem|great|alright)!\s+"
    + _HERE_IS
    + r"\b"
    # ... with a comma, only when what follows is the text handed over: "OK, here's how
    # we can help" is a quotation in a ReCOVery article
    + r"|\b(?:certainly|sure(?:\s+thing)?|absolutely|of\s+course|okay|ok|alright|no\s+problem)\s*[,.—–-]\s*"
    + _HERE_IS
    + r"\s+"
    + _REPLY_NOUN
    # ... or with no interjection, as the text's first line ("Here's a news-style article
    # about the festival:", a sibling writer's); further down, "Here is an NPR article
    # about this process:" is a blogger citing a source (FakeNewsCorpus)
    + r"|\A\s*"
    + _HERE_IS
    + r"\s+"
    + _REPLY_NOUN
    + r"[^\n]{0,160}?(?=[.:!]?[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)
#: A chat assistant's closing words to whoever asked: an offer of another version ("Would
#: you like a shorter version for social media?") or a note on its edit ("I've kept the
#: facts from the original and only changed the wording."). The phrase list held "Would
#: you like me to" only (a sibling writer's finds); none of either in the corpora.
_CHAT_CLOSING = re.compile(
    r"\bwould\s+you\s+like\s+(?:me\s+to|a|an|another|any|the)\b[^.?!\n\"”]{0,80}?\b(?:versions?|drafts?"
    r"|headlines?|summary|changes|edits|rewrite|tweaks|adjustments|article|piece|story|copy|text"
    r"|tone|format|shorter|longer|expanded)\b[^.?!\n\"”]{0,60}\?"
    r"|\bI(?:'ve|’ve|\s+have)\s+(?:also\s+|only\s+)?(?:kept|preserved|retained|maintained|changed"
    r"|adjusted|rewritten|revised|reworded|rephrased|edited|shortened|condensed|simplified|tightened"
    r"|made)\b[^.\n\"”]{0,60}?\b(?:the\s+original|the\s+wording|the\s+tone"
    r"|your\s+(?:original|draft|text|article|request))\b"
    # ... or in so many words ("I can also produce a condensed version for a newsletter",
    # "Happy to tweak the headline or trim this further if needed!"; a sibling writer's)
    r"|\bI\s+can\s+(?:also\s+)?(?:make|produce|write|create|provide|draft|prepare|give\s+you|trim"
    r"|shorten|condense|adjust|tweak|expand|rewrite|revise)\b[^.?!\n\"”]{0,60}?\b(?:versions?|drafts?"
    r"|headlines?|summary|article|piece|copy|text)\b"
    r"|\b(?:happy|glad)\s+to\s+(?:tweak|adjust|trim|shorten|expand|rewrite|revise|edit|change)\b"
    r"[^.?!\n\"”]{0,60}?(?:\bif\s+(?:needed|necessary|you\s+(?:like|want|need|wish))|\bfurther\b)",
    re.IGNORECASE,
)
#: A chat assistant's asides to whoever asked, in the words news uses too only with the
#: rest of the turn: "I hope this helps!" closing its sentence ("Officials hope this helps
#: ease congestion" is news), "Let me know if you want any changes", "Is there anything
#: else you'd like me to add?", "If you'd like, I can ...", "Feel free to reach out if
#: you need further assistance", "Feel free to adjust the tone" ("feel free to adjust
#: their heating" is advice), a refusal, and a text handed over ("Here's the rewritten
#: article", "Below is the article:"; "Here is the revised timetable" and "Below is a
#: draft of the bill" are news). The phrase list had held bare "hope this helps", "here
#: is the revised", "feel free to adjust" and "below is a draft", which flagged news,
#: and missed these siblings (a tester's finds, 2026-12-07). None in the corpora.
_APOSTROPHE = f"[{APOSTROPHES}]"
_CHAT_ASIDE = re.compile(
    r"\b(?:I\s+)?hope\s+(?:this|that|it)\s+(?:helps|is\s+helpful|was\s+helpful|meets\s+your\s+needs"
    r"|clears\s+(?:things|it)\s+up)"
    r"(?:\s+you)?(?=\s*[!.](?:\s|$))"
    r"|\bI\s+hope\s+you\s+(?:found|find|enjoyed|enjoy)\s+this\s+(?:article\s+|piece\s+|story\s+)?"
    r"(?:helpful|useful|informative)\b"
    rf"|\blet\s+me\s+know\s+if\s+(?:you\s+(?:want|would\s+like|{_APOSTROPHE}d\s+like|need)\s+(?:any|me\s+to|more"
    r"|another|a\s+(?:shorter|longer|different)|changes|edits|further)\b|you\s+have\s+any\s+(?:other\s+|more\s+)?"
    rf"(?:questions|changes|feedback)|there\s+is\s+anything|there{_APOSTROPHE}s\s+anything)\b"
    rf"|\bis\s+there\s+anything\s+else\s+(?:you\s+would\s+like|you{_APOSTROPHE}d\s+like|I\s+can)\b"
    rf"|\bif\s+you(?:{_APOSTROPHE}d|\s+would)\s+like,?\s+I\s+can\b"
    r"|\b(?:happy|glad)\s+to\s+help\s+with\s+anything\s+else\b"
    r"|\bfeel\s+free\s+to\s+(?:reach\s+out|ask)\b[^.!?\n]{0,40}?\b(?:assistance|questions|help)\b"
    r"|\bfeel\s+free\s+to\s+(?:adjust|modify|tweak|edit)\s+(?:it|this|the\s+(?:article|text|tone|draft"
    r"|wording|length|content|details|piece|story))\b"
    rf"|\bI(?:{_APOSTROPHE}m|\s+am)\s+sorry,?\s+but\s+I\s+(?:can{_APOSTROPHE}t|cannot|am\s+unable\s+to)"
    r"\s+(?:help|assist)\b"
    rf"|\b(?:here(?:{_APOSTROPHE}s|\s+is)|below\s+is)\s+(?:the|a|an|your)\s+(?:revised|rewritten|updated"
    r"|edited|requested)\s+(?:news\s+)?(?:article|version|text|draft|story|piece)\b"
    rf"|\b(?:here(?:{_APOSTROPHE}s|\s+is)|below\s+is)\s+(?:the|a|an|your)\s+(?:news\s+)?(?:article|draft"
    r"|story)\s*:",
    re.IGNORECASE,
)
#: A slot to fill in by its wording, whatever its bracket: "[Insert quote here]", "[Add a
#: photo of the bridge here]", "(Insert
#: quote from the mayor here)", "<insert statistic>", "INSERT QUOTE HERE", "[Quote from
#: the mayor]", a date's "XX/XX/XXXX" (the phrase list held "[insert" alone, so a
#: bracket's rest was read, and the other forms were missed; a tester's siblings).
#: (a bracket's words must name a field: "(Insert eye roll here.)", a blogger's aside in
#: four of ISOT's articles, is none)
_WORDED_SLOT = re.compile(
    r"[\[(<][ \t]*(?i:insert|add|include|place)\b[^\])>\n]{0,60}[\])>]"
    r"|\bINSERT(?:[ \t]+[A-Z]+){1,4}[ \t]+HERE\b"
    r"|\[[ \t]*(?i:quote|statistic|figure|comment)[ \t]+(?i:from)\b[^\]\n]{0,60}\]"
    r"|\b[Xx]{2}/[Xx]{2}/[Xx]{2,4}\b"
)


#: A template slot by its form: a bracket of one to five words naming only what belongs
#: there, as a form's field ("[Phone Number]", "[Current Date]", "[City Name]", "[Your
#: Title]", "[EMAIL ADDRESS]", "[start date]"), beyond the slots the phrase list holds:
#: llmfake's generated articles hold 40 kinds. Its head (the last word, or the word before
#: "of": "[Name of Company]") is a thing to fill in (_SLOT_NOUNS) and every other word one
#: that qualifies such a thing (_SLOT_WORDS). An editor's insertion names something real
#: and is none: "[Justice Department]", "[State Department]", "[Department of State]"
#: (an institution is a slot's qualifier, "[Agency Name]", never its head), "[The
#: Company]" (no slot opens on "the"), "[sic]".
_SLOT_NOUNS = frozenset(
    "name names phone number email e-mail address title date day month city town county state "
    "country company organization organisation website url link contact information details "
    "position role location product brand source quote author publication newspaper outlet "
    "event venue time year amount percentage figure person expert official spokesperson region "
    "area topic industry platform candidate code signature".split()
)
_SLOT_WORDS = _SLOT_NOUNS | frozenset(
    "your insert current full first last company's author's reporter's relevant specific local "
    "start end release zip postal street job school university agency department institution "
    "of the or and / here today's".split()
)
#: ... a field for a name takes any qualifier, for the things a name can be of are
#: open-ended ("[CEO Name]", "[Executive Name]", "[Hospital Name]": a sibling writer's
#: finds), unless a determiner makes it an editor's insertion ("[his name]").
_NAME_HEADS = frozenset({"name", "names"})
_DETERMINERS = frozenset("the a an his her their its our my this that".split())
#: The bracket kinds a template writes its fields in: square brackets, angle brackets
#: ("<INSERT NAME>") and a template engine's braces ("{{opening_date}}", "{owner_name}",
#: where an underscore joins the words). A field's words may be listed with commas
#: ("[month, year]").
_SLOT_WORDS_INSIDE = r"[^\W\d_][\w'’/-]*(?:,?[ \t]+[\w'’/-]+){0,4}"
_TEMPLATE_SLOT = re.compile(
    rf"\[({_SLOT_WORDS_INSIDE})\]|<({_SLOT_WORDS_INSIDE})>"
    rf"|\{{\{{?[ \t]*([^\W\d_][\w.]*)[ \t]*\}}\}}?"
)
_SLOT_OPENERS = "[<{"


#: ... and the things a worded slot asks for besides _SLOT_NOUNS' fields
_WORDED_SLOT_NOUNS = frozenset("statistic statistics stat stats data comment comments photo image".split())


def _names_a_field(slot: str) -> bool:
    """Whether a worded slot (_WORDED_SLOT) asks for a field: a date's "XX/XX/XXXX", or
    one of its words a thing to fill in ("[insert Mangrove Forest name]", "(Insert quote
    from the mayor here)"), not "(Insert eye roll here.)"."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", slot)}
    return not words - {"x", "xx", "xxxx"} or bool(words & (_SLOT_NOUNS | _WORDED_SLOT_NOUNS))


def _is_slot(words: list[str], any_qualifier: bool = False) -> bool:
    """Whether a bracket's words (lower-cased) name a field to fill in (_TEMPLATE_SLOT);
    ``any_qualifier`` for a template engine's field, whose braces hold no one's words."""
    if words[0] in _DETERMINERS:
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head not in _SLOT_NOUNS:
        return False
    any_qualifier = any_qualifier or (head in _NAME_HEADS and len(words) > 1)
    return any_qualifier or all(w in _SLOT_WORDS for w in words)


def _template_slots(text: str) -> list[tuple[int, int]]:
    """The spans of ``_TEMPLATE_SLOT`` whose words are a slot's (``_is_slot``); one word
    in lower case is an editor's ("we need [time]", "in the [area]"), a form's field is
    capitalised ("[City]", "[WEBSITE]") or longer ("[start date]"). A template engine's
    field needs only its head ("{{opening_date}}", "{owner_name}", "{{ venue }}"): braces
    hold no editor's words."""
    spans = []
    for m in _TEMPLATE_SLOT.finditer(text):
        square, angle, braced = m.groups()
        inside = square or angle or braced.replace(".", "_")
        words = [w for w in re.split(r"[\s,_]+", inside) if w]
        if not words:
            continue
        one_lower_word = len(words) == 1 and words[0].islower() and braced is None
        if not one_lower_word and _is_slot([w.lower() for w in words], braced is not None):
            spans.append(m.span())
    return spans


#: A line that is a word count alone ("Word count: 312", "[Word Count: 298]", "(312
#: words)", "(Approximately 300 words)"): a generator's, no report's. None in the corpora.
_WORD_COUNT_LINE = re.compile(
    r"^[ \t]*[(\[]?(?:(?:approximate\s+)?word\s+count|words)\s*:\s*(?:approximately\s+|about\s+|~)?"
    r"\d[\d,]*(?:\s+words)?[)\]]?[ \t]*$"
    r"|^[ \t]*\((?:approximately\s+|about\s+|~)?\d[\d,]*\s+words\)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def unquoted_placeholders(doc: Document) -> list[tuple[int, int]]:
    """Spans of the placeholders lexicon (template slots, a chat assistant's leftovers),
    of a chat assistant's description of what it wrote (``_SELF_DESCRIPTION``), of its
    note that names and quotes are made up (``_MADE_UP_NOTE``) and of word-count lines
    (``_WORD_COUNT_LINE``), outside direct quotations: quoted, they are a source's words
    ('"I hope this helps," she said'). What a transcript's speaker or a report says is
    told apart by ``quality.paragraphs.written_placeholders``, which the formatting
    measurement and the paragraph labels read."""
    return doc.memo("lexicons:unquoted_placeholders", _unquoted_placeholders)


# A transcript's speaker label opening a line: "DOE:", "SIMON:", "JANE DOE, BYLINE:"
# (NPR's transcripts name their reporters so; six of ReCOVery's reliable articles hold one)
# (capitals of any script, and a number: "MARTÍNEZ:", "SPEAKER 1:"; a tester's finds)
_SPEAKER_LABEL = re.compile(
    rf"[ \t]*(?-i:({UPPER}(?:{UPPER}|[\d.'’ -]){{0,40}}?)(,\s*{UPPER}(?:{UPPER}|\s){{1,20}})?):\s"
)
# ... but a document's and a generator's own labels are no speaker ("HEADLINE: Certainly!
# Here is ...", "DISCLAIMER: The above piece is a work of fiction", both in llmfake)
_DOCUMENT_LABEL = re.compile(
    r"(?:SUB)?HEADLINE|BYLINE|DATELINE|TITLE|ARTICLE|BODY|SUMMARY|DISCLAIMER|NOTE|EDITOR['’]?S NOTE|UPDATE[D]?"
    r"|CORRECTION|WARNING|SOURCES?|KEYWORDS|TAGS|INTRODUCTION|CONCLUSION|IMPORTANT|BREAKING|FACT CHECK|CLAIM|VERDICT"
    r"|META DESCRIPTION|DESCRIPTION"
    # ... nor a chat's turns ("ASSISTANT: Certainly! Here is the article"; a tester's)
    r"|ASSISTANT|AI|AI ASSISTANT|CHATGPT|GPT|GPT-4|CHATBOT|BOT|USER|SYSTEM|MODEL|CLAUDE|GEMINI|BARD|COPILOT"
)


def _speaker(m: re.Match[str]) -> bool:
    return m.group(2) is not None or not _DOCUMENT_LABEL.fullmatch(m.group(1).strip())


def speaker_label(text: str, line_start: int) -> re.Match[str] | None:
    """The transcript speaker's label opening the line at ``line_start`` of ``text``
    ("HOST: ", "KELLY: ", "JANE DOE, BYLINE: "), or None: what follows on the line is
    the speaker's, said, not written by the text's author. A document's labels
    ("HEADLINE:", "DISCLAIMER:", _DOCUMENT_LABEL) are none, unless a name comes first."""
    m = _SPEAKER_LABEL.match(text, line_start)
    return m if m is not None and _speaker(m) else None


def is_slot_or_label(span: str) -> bool:
    """Whether a placeholder's text is a template slot ("[Name]", "[CITY]") or a
    generator's label ("Headline:"): no one's speech, wherever it stands ('stated
    [Name], a researcher'), unlike a chat assistant's words ("I hope this helps")."""
    span = span.strip()
    return span.startswith(tuple(_SLOT_OPENERS)) or span.endswith(":") or _WORDED_SLOT.fullmatch(span) is not None


def document_label(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` of ``text`` opens with a document's or a chat's
    label in capitals ("EDITOR'S NOTE:", "DISCLAIMER:", "ASSISTANT:"): what follows is
    the text's own, never a statement it reports ("NOTE" is no verb of saying there)."""
    m = _SPEAKER_LABEL.match(text, line_start)
    return m is not None and not _speaker(m)


def _unquoted_placeholders(doc: Document) -> list[tuple[int, int]]:
    spans = find_phrases(doc, "placeholders")
    patterned = {
        m.span()
        for pattern in (_SELF_DESCRIPTION, _MADE_UP_NOTE, _WORD_COUNT_LINE, _CHAT_REPLY_OPENING, _CHAT_CLOSING, _CHAT_ASIDE)
        for m in pattern.finditer(doc.text)
    }
    patterned.update(m.span() for m in _WORDED_SLOT.finditer(doc.text) if _names_a_field(m.group()))
    if any(c in doc.text for c in _SLOT_OPENERS):
        patterned.update(_template_slots(doc.text))
    # A pattern's span and the phrase-list hits it overlaps are one item, shown whole: the
    # list's "the topic you provided" is part of "Here's a 300-word news article on the
    # topic you provided", and the reader should see the sentence, not its tail.
    items = list(spans)
    for a, b in sorted(patterned):
        inside = [(x, y) for x, y in items if x < b and a < y]
        items = [s for s in items if s not in inside]
        items.append((min([a, *(x for x, _ in inside)]), max([b, *(y for _, y in inside)])))
    text = doc.text
    return [
        span
        for span in sorted(items)
        if not doc.in_quotation(*span) and not _link_text(text, *span) and not _citation_marker(text, *span)
    ]


# A markdown link's text: "[source](https://...)", "[link](/page)"; a bracket that names a
# page is the link's anchor, not a slot left to fill (a tester's edit: "([source](...))"
# in every third sentence cost 19.6 points on average and raised generator_leftover).
_LINK_TARGET = re.compile(r"\]\((?:https?://|www\.|/|#|mailto:)[^)\s]*\)")


# A flattened link's marker after what it cites: "... involved here. [SOURCE]", "– Dr.
# Michael Ryan [source]", "growth [link]." (a tester's find; six of ReCOVery's articles
# and a page of trafilatura's set hold one). A field to fill stands inside its sentence
# ("according to [source], the"), or after a label ("Source: [source]").
_CITED_WORDS = frozenset({"source", "sources", "link"})
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'")
#: A marker right before another ("[sources] [link]"): the second cites as the first does.
_MARKER_BEFORE = re.compile(r"\[(?:source|sources|link)\]\Z", re.IGNORECASE)
# ... and a word before it that needs the bracket as its object makes it a field ("read
# it at [link].", "see [source].")
# ... as do a credit's and a prompt's words, labels without their colon ("Image credit
# [source]", "Click here [link]"; a sibling writer's)
_TAKES_AN_OBJECT = frozenset(
    "at to from via by on in of for with the a an your our visit see cite read "
    "credit credits photo image courtesy here click".split()
)
_AFTER_A_MARKER = re.compile(r"[ \t]*(?:[.;!?](?:\s|\Z)|\r?\n|\Z)")


def _citation_marker(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a bracketed "[source]" or "[link]" (any case) after
    a sentence's end, or that ends its line or its sentence after words that are not a
    label ("Source:") nor a word that takes it as its object ("at [link].")."""
    inside = text[start:end]
    if not (inside.startswith("[") and inside.endswith("]")) or inside[1:-1].strip().lower() not in _CITED_WORDS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip()
    ends_a_line_or_sentence = _AFTER_A_MARKER.match(text, end) is not None
    if not before:
        # alone on its line: under the paragraph or the attribution line it cites (a
        # second tester's find, and a sibling writer's: "— Dr. Helen Price, Leeds
        # General" over it), not under a label ("Photo credit")
        above = text[:line_start].rstrip()
        above_line = above[above.rfind("\n") + 1 :]
        cites = above.endswith((*_SENTENCE_ENDS, ")")) or (
            len(above_line.split()) >= 4
            and not above.endswith(":")
            and above_line.split()[-1].lower() not in _TAKES_AN_OBJECT  # "according to"
        )
        return ends_a_line_or_sentence and cites
    if before.endswith(_SENTENCE_ENDS) or _MARKER_BEFORE.search(before):  # after what it cites
        return True
    last_word = before.rsplit(None, 1)[-1].lower()
    return ends_a_line_or_sentence and not before.endswith(":") and last_word not in _TAKES_AN_OBJECT


def _link_text(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens on "[" and is the text of a markdown link."""
    if not text.startswith("[", start):
        return False
    close = text.find("]", start, end + 80)
    return close >= 0 and _LINK_TARGET.match(text, close) is not None


def find_phrases_in_text(text: str, name: str) -> list[tuple[int, int]]:
    """``find_phrases`` for a text that is not a Document (the wording signals read the
    text). For a lexicon of SCANNED, the pass over the document is reused when it is the
    same text: the scorer measures the text both ways, and one pass serves both."""
    if name in SCANNED:
        return list(_scanned(lower_in_place(text))[SCANNED.index(name)])
    return _scan(lower_in_place(text), (name,))[0]


# The last few texts' scans are kept: a score reads the same text as a Document (the
# measurements) and as text (the wording signals), and a regex pass of its own for the
# wording signals' stock phrases cost a tenth of a score's time.
@lru_cache(maxsize=4)
def _scanned(lower: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    return tuple(tuple(spans) for spans in _scan(lower, SCANNED))

"""Unicode letter classes as regex sources, for every module that reads words.

``re`` has no ``\\p{Lu}``; these classes are built once from ``unicodedata`` so that names
and sentence starts are found in every alphabet ("José Álvarez", "Ωmega", "İstanbul"), not
in A-Z only. A module of its own because both the sentence splitter and ``Document``
(which uses the splitter) need them.
"""

from __future__ import annotations

import re
import unicodedata


def _ranges(codes: list[int]) -> str:
    """Sorted code points as the body of a regex character class ("a-z" runs)."""
    out, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        out.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "".join(out)


#: Blocks of the scripts written without spaces between words (Thai, Lao, Myanmar,
#: Khmer): a run of their letters is a phrase, so their marks are left to split it, near
#: enough at syllables, as before; read as part of the word, a Thai sentence was one
#: word and a Thai paragraph in an English article too short to judge (a reviewer's
#: find, 2026-12-07).
_UNSPACED_BLOCKS = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))
#: Regex class body of every combining mark (Unicode categories Mn, Mc, Me) of planes
#: 0, 1 and 14 but those blocks': not \w, but part of the word they sit on. Accents
#: typed as a second code point ("café" as "cafe" + U+0301), and the vowel signs and
#: viramas of the Brahmic scripts, which space their words: with the Latin, Cyrillic
#: and Greek combining blocks alone, "भारत" was read as two words ("भ", "रत") and a
#: Hindi passage counted 252 words for 144 (a tester's find, 2026-12-07), which made an
#: article with a paragraph of Hindi partly non-English.
COMBINING_MARKS = _ranges(
    [
        c
        for c in (*range(0x20000), *range(0xE0000, 0xE1000))
        if unicodedata.category(chr(c)).startswith("M") and not any(a <= c <= b for a, b in _UNSPACED_BLOCKS)
    ]
)


def _invisible_codes() -> list[int]:
    # format characters (Cf) live in planes 0, 1 and 14
    planes = [*range(0x20000), *range(0xE0000, 0xE1000)]
    cf = {c for c in planes if unicodedata.category(chr(c)) == "Cf"}
    # the rest of Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt):
    # variation selectors (Mongolian and standard), the combining grapheme joiner, the
    # Hangul fillers, two Khmer inherent vowels and the reserved ranges, which renderers
    # show as nothing
    ignorable = {
        *range(0x180B, 0x1810), *range(0xFE00, 0xFE10), *range(0xE0000, 0xE1000),
        0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x17B4, 0x17B5, *range(0xFFF0, 0xFFF9),
    }
    return sorted(cf | ignorable)


#: Characters that are not seen when a text is shown: Unicode format characters
#: (category Cf: the soft hyphen, zero-width space and joiners, word joiner, byte-order
#: mark, left-to-right and right-to-left marks and embeddings, invisible operators, the
#: Mongolian vowel separator) and every other default-ignorable code point (variation
#: selectors U+FE00-FE0F, U+180B-180F and U+E0100-E01EF as in "❤\ufe0f", the combining
#: grapheme joiner U+034F, Hangul fillers). CMSs, word processors and copy-paste leave
#: them in plain text, one publisher's way and not another's, so a word is read the same
#: with or without them: taken one by one, each kind left out split words and moved
#: scores (soft hyphens by up to 43 points). Folded as a class, not listed, so the next
#: one is covered too.
_INVISIBLE_CODES = _invisible_codes()
INVISIBLE = "".join(map(chr, _INVISIBLE_CODES))
#: INVISIBLE as the body of a regex character class.
INVISIBLE_CLASS = _ranges(_INVISIBLE_CODES)


def _bullet_codes() -> list[int]:
    # symbols and dashes live in planes 0 and 1; ASCII's math symbols ("|", "<", ">",
    # "=", "~") mark tables, quotes and markup, not list items
    planes = range(0x20000)
    symbols = {c for c in planes if unicodedata.category(chr(c)) in ("So", "Pd") or (
        c > 0x7F and unicodedata.category(chr(c)) == "Sm")}
    # ... but the rights signs open a rights line ("© 2024 The Herald"), not a list item
    # (a new user's find: read as a bullet, the sign was dropped and the line was news)
    return sorted((symbols | {ord(c) for c in "•‣⁃·∙*+"}) - {ord(c) for c in "©®℗™℠"})


#: Characters typed as a list bullet: every symbol and dash to Unicode (categories So
#: and Pd, and the non-ASCII Sm: "●", "►", "✓", "→", "-", "–", "👉"; the rights signs
#: "©", "®", "™" aside) and the bullets
#: Unicode files as punctuation ("•", "‣", "⁃", "·", "*") or as "+". A class, not a
#: list: articles came in with "●" and "→" items after "•" and "-" ones were handled.
_BULLET_CODES = _bullet_codes()
BULLETS = "".join(map(chr, _BULLET_CODES))
#: BULLETS as the body of a regex character class.
BULLET_CLASS = _ranges(_BULLET_CODES)
#: A list item's marker opening a line: a bullet, with up to two more bullets or an
#: arrowhead after it ("•", "->", "**"), or a number closed by a period or bracket or
#: both, or a letter or numeral by a bracket ("2.", "12)", "1.)", "(1)", "a)", "(iv)"),
#: or a lower-case roman numeral by a period ("ii.", "iv."; not "v.", a title). A letter
#: and a period are not one otherwise: "J. Smith" opens on an initial.
#: A numbered list item's marker: "2.", "12)", "1.)", "(1)".
NUMBERED_MARKER = r"(?:\(?\d{1,3}(?:\.\)|[.)])|\[\d{1,3}\])"
LIST_MARKER = (
    rf"(?:[{BULLET_CLASS}][{BULLET_CLASS}<>]{{0,2}}|{NUMBERED_MARKER}"
    r"|\(?[a-zA-Z]{1,4}\)|(?:i|ii|iii|iv|vi|vii|viii|ix|x|xi|xii)\.)"
)
#: A list item's marker where it opens a line, with the spaces around it ("  a) ").
MARKER_OPENING = re.compile(rf"[ \t]*{LIST_MARKER}[ \t]+")
#: What ``str.splitlines`` breaks a line at: newline and carriage return, vertical tab,
#: form feed, the information separators, NEL, and the Unicode line and paragraph
#: separators (U+2028, U+2029). A no-break space is a space, not one of these.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: Marks that sit inside a word: combining marks and the invisible characters
#: ("Is\u00adtan\u00adbul" is shown, and read, as "Istanbul").
IN_WORD_MARKS = COMBINING_MARKS + INVISIBLE_CLASS
#: UTF-8 read as Windows-1252 or Latin-1 ("mojibake"): each byte of a multi-byte
#: character shows as one character. A lead byte (0xC2-0xF4) shows as "Â" to "ô"
#: (MOJIBAKE_LEAD); a continuation byte (0x80-0xBF) as a Latin-1 character U+00A0-U+00BF,
#: as one of Windows-1252's characters for 0x80-0x9F, or as a C1 control where Windows-1252
#: has none (MOJIBAKE_CONTINUATION): "’" (E2 80 99) shows as "â€™", "é" (C3 A9) as "Ã©".
#: "Μ" (Greek capital mu) and "Ƒ" are there for an upper-cased text, where "Âµ" reads
#: "ÂΜ" and "Ãƒ" "ÃƑ".
MOJIBAKE_LEAD = "\u00c2-\u00f4"
MOJIBAKE_CONTINUATION = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸΜƑ"
#: What is typed for an apostrophe inside a word ("Belarus's", "don’t"): the typewriter
#: and typographic apostrophes, the left single quote and reversed comma some keyboards
#: and autocorrect put there, the modifier letter apostrophe U+02BC, the prime, the
#: fullwidth apostrophe, an acute accent or backtick (fullwidth too), the reversed
#: prime, the modifier letters that look like one (ʻ ʽ ʹ ˈ ꞌ) and the Armenian and Hebrew
#: marks (՚ ׳). Which one a text has depends on its keyboard and CMS, not on its
#: reporting.
APOSTROPHES = "'’‘‛ʼ′＇´`‵｀ʻʽʹˈꞌ՚׳"
# A word is a run of letters or digits (with their combining marks), with inner
# apostrophes and hyphens kept ("Belarus's", "long-range"), and a number's separators
# between digits ("40,000", "3.5", "5:30", "12/05/2024"), so word counts match how
# people count words: split at its separators, a wire story's figures counted two or
# three words each, and its rates per 1,000 words read low (a tester's find).
WORD_RE = re.compile(
    rf"\w[\w{IN_WORD_MARKS}]*(?:(?:[{APOSTROPHES}-]|(?<=\d)[.,:/](?=\d))\w[\w{IN_WORD_MARKS}]*)*"
)


def _letter_class(categories: tuple[str, ...]) -> str:
    """A regex for one letter of these Unicode general categories, in a form ``re``
    (which has no ``\\p{Lu}``) reads fast: one class, the Basic Multilingual Plane's
    letters and all of plane 1, which ``re`` tests with a table look-up, then a plane-1
    character not among the letters is ruled out by a look-behind that runs only on
    such (rare) characters. Listing plane 1's letters in the class itself, or an
    alternation, made the name patterns 1.5 to 4 times slower. Cased letters are all in
    planes 0 and 1."""
    bmp, supplementary = [], []
    for code in range(0x20000):
        if unicodedata.category(chr(code)) in categories:
            (bmp if code < 0x10000 else supplementary).append(code)

    if not supplementary:
        return f"[{_ranges(bmp)}]"
    plane1 = r"\U00010000-\U0001FFFF"  # a range in regex syntax, read by re
    return f"[{_ranges(bmp)}{plane1}](?<![{plane1}](?<![{_ranges(supplementary)}]))"


#: Regex source for one upper-case letter: any Unicode upper- or title-case letter
#: (categories Lu, Lt: "A", "Á", "İ", "Ω", "Ж", "ǅ"). Names are written in every
#: alphabet's capitals ("José Álvarez", "Selin Aydın"), so a name pattern must not stop
#: at A-Z.
UPPER = f"(?:{_letter_class(('Lu', 'Lt'))})"
#: UPPER unwrapped, to open a pattern: a pattern that opens on a plain class lets re
#: skip to the candidates in C, 2-4 times faster over a whole text. Never put a
#: quantifier on it (it would apply to its look-behind only).
UPPER_AT_START = UPPER[3:-1]
#: Regex source for one lower-case letter (category Ll: "a", "é", "ı", "ß").
LOWER = f"(?:{_letter_class(('Ll',))})"
#: Regex source for one letter of any case or script, or a combining mark or soft hyphen
#: inside the word.
LETTER = rf"(?:[^\W\d_]|[{IN_WORD_MARKS}])"
UPPER_RE = re.compile(UPPER)
LOWER_RE = re.compile(LOWER)
#: A capital opening a word written in lower case ("Maria", "The"), or the article "A"
#: (which opens sentences too: one long sentence starting "A child who ..."): what shows
#: that a text uses letter case (a lower-cased text with a title in capitals
#: or acronyms, "US", "H5N1", has none; quality.casing).
WORD_CAPITAL_RE = re.compile(rf"(?<!{LETTER})(?:{UPPER}(?={LOWER})|A(?=\s))")


def lower_in_place(text: str) -> str:
    """``text`` lower-cased character for character, so every offset into the result is
    an offset into ``text``. Unicode lower-cases one letter to two, 'İ' (Turkish dotted
    capital I) to 'i' plus a combining dot, which would split "İstanbul" and shift every
    later offset; it is lower-cased to 'i', as Turkish does. ("ß" stays "ß": case
    folding to "ss" would change the length too.)"""
    lower = text.lower()
    if len(lower) != len(text):
        lower = text.replace("İ", "i").lower()
    return lower


#: A numbered list item's marker (``numbered_item_end``): "2. ", "12) ", "(3) ", "[4] ",
#: "b) ", "(c) " before a space or tab, or "5." glued to a capitalised word ("5.The"), as
#: a paste that lost the space leaves it.
_NUMBERED_ITEM = re.compile(
    rf"(?:{NUMBERED_MARKER}|\(?[a-z]\))(?=[ \t])|\d{{1,3}}\.(?={UPPER})"
    # an outline's section number before its heading ("1.1 Background", "2.3.1. Costs"):
    # read as a figure, a generated report's outline counted as its numbers
    rf"|(?P<outline>\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}\.?)(?=[ \t]+{UPPER})"
)
#: An outline number's heading: the rest of its line, up to eight words, not ending as a
#: sentence does (a last word not in capitals and a stop, "!", "?" or "…", then any
#: closing marks: "1.5 Million people came to the rally."
#: opens on a figure; "12.1 Rofin-Sinar Technologies, Inc." is a heading).
_OUTLINE_HEADING = re.compile(r"[ \t]+(?:\S+[ \t]+){0,7}\S+[ \t]*(?:[\n\r]|\Z)")
_SENTENCE_END = re.compile(r"(?<!\S)[^\sA-Z]\S*[.!?…][\"'”’)\]]*[ \t]*(?:[\n\r]|\Z)")
#: Words that label a numbered item before its number ("Step 2: ", "Paragraph 3. ",
#: "Reason 4 - ", or a heading's whole line: "Part 1", "Update 2"): the labels how-to
#: pages, listicles, live blogs and generated outlines use.
_ITEM_LABEL = re.compile(
    r"[ \t]*(?:Step|Part|Paragraph|Section|Chapter|Item|Point|Tip|Reason|Fact|Slide|Lesson|Rule|Update"
    r"|No\.|Number)?[ \t]*#?[ \t]*",
    re.IGNORECASE,
)
#: How far before its number a label can start: "  Paragraph " and some room.
_LABEL_REACH = 24
_ITEM_LABEL_END = re.compile(r"[ \t]*[:.)–—-](?=[ \t])|[ \t]*[:.]?[ \t]*(?=[\n\r]|\Z)")


def numbered_item_end(text: str, start: int) -> int | None:
    """Where the numbered list item's marker at ``start`` ("2. ", "12) ", "(3) ", "[4] ",
    "5.The") ends, when one stands there and opens its line (only spaces before it, or
    a label: "Step 2: ", "Paragraph 3. "); else None. One definition for the
    measurements that leave such markers unread: "2. " numbering a paragraph reports no
    number, and is no wording (numbered "[1] ", "Paragraph 1: " or glued "1.The",
    corpus articles moved by up to 11, 11 and 15 points)."""
    line = start  # where the line starts, looked for no further than a label reaches
    while line > 0 and text[line - 1] not in LINE_BREAKS and start - line <= _LABEL_REACH:
        line -= 1
    if start - line > _LABEL_REACH:
        return None
    before = text[line:start]
    if not before.strip(" \t"):
        m = _NUMBERED_ITEM.match(text, start)
        if m and m.group("outline"):
            heading = _OUTLINE_HEADING.match(text, m.end())
            if heading is None or _SENTENCE_END.search(text, m.end(), heading.end()):
                return None
        return m.end() if m else None
    if not text[start : start + 1].isdigit() or not _ITEM_LABEL.fullmatch(before):
        return None
    digits = start
    while digits < len(text) and digits - start < 3 and text[digits].isdigit():
        digits += 1
    label_end = _ITEM_LABEL_END.match(text, digits)
    return label_end.end() if label_end else None


_NEIGHBOURS = {
    gap: (re.compile(rf"(\w+)\W{{1,{gap}}}$"), re.compile(rf"\W{{1,{gap}}}(\w+)")) for gap in (3, 5)
}


def words_around(text: str, start: int, end: int, gap: int) -> tuple[str | None, str | None]:
    """The words just before text[start:end] and just after it, each within 40
    characters and ``gap`` (3 or 5) characters that are no word's ("U.S. (the": 3),
    None where there is none. One lookup for the readers that judge a word by its
    neighbours (reading's look-alike words, the vocabulary's acronyms)."""
    before_re, after_re = _NEIGHBOURS[gap]
    before = before_re.search(text, max(0, start - 40), start)
    after = after_re.match(text, end, end + 40)
    return (before.group(1) if before else None, after.group(1) if after else None)

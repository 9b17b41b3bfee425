"""Document: the text parsed once, so that no extractor tokenises it again.

Every unit (line, paragraph, sentence) is a ``(start, end)`` span into the caller's
original string: ``doc.text[start:end]`` is exactly that unit, and evidence spans built
from them point at the real text. The original string is never modified; whitespace is
normalised only in the derived views (words, sentence keys), never in ``doc.text``.

Parsing is lazy and cached: an extractor that never asks for sentences does not pay for
them, and the counts that several extractors share (words, sentences, syllables) are
computed once (textstat#20 is the cautionary tale of recounting per metric).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cached_property, lru_cache
from typing import NamedTuple

from quality.furniture import title_span
from quality.letters import (  # noqa: F401  (re-exported: the extractors import them from here)
    COMBINING_MARKS,
    LETTER,
    LIST_MARKER,
    LOWER,
    LOWER_RE,
    MARKER_OPENING,
    UPPER,
    UPPER_AT_START,
    UPPER_RE,
    WORD_RE,
    lower_in_place,
)
from quality.lexicons import compile_lexicon
from quality.sentences import TITLE_ALTERNATION, split_sentences

_LINE_RE = re.compile(r"[^\r\n]+")
_LIST_ITEM_RE = re.compile(LIST_MARKER + r"\s+\S")
# A row has two pipes, or is a delimiter row with one ("--- | ---", "-|-"; GFM needs one
# hyphen a cell, ``_SEPARATOR_CELL``).
_TABLE_ROW_RE = re.compile(r"\|.*\||^\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_MD_HEADING_RE = re.compile(r"#{1,6}\s+\S")
_DASH_OPENING = re.compile(r"[ \t]*(?:--|[—–-])[ \t]+(?=\w)")
#: Emoji and pictographs (with their joiners, variation selectors and skin tones) a
#: writer sets after a sentence's end: "... the mayor said. 🎉" ends a sentence still (read
#: as a heading, the paragraph's sentences ran into the next; a tester's find, 8 points).
_PICTOGRAPHS = "\u200d\ufe0e\ufe0f\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_TERMINAL_RE = re.compile(rf"[.!?:;,\"”’)\]…][\s{_PICTOGRAPHS}]*$")
_TRAILING_PICTOGRAPHS = re.compile(rf"[\s{_PICTOGRAPHS}]+$")
_ONLY_PICTOGRAPHS = re.compile(rf"[\s{_PICTOGRAPHS}]+")
#: A line this long that stops mid-sentence was hard-wrapped; shorter ones are headings.
_WRAP_MIN_WIDTH = 40
#: A text is hard-wrapped at its longest line's width when that width is between these
#: (mail, plain-text newsletters and PDF extractions wrap at 40-100 columns; a text
#: whose paragraphs are single lines has lines far longer, and a few short lines, a
#: title over a sentence, are no wrap) ...
_WRAP_MIN_WIDTH_OF_TEXT = 30
_WRAP_MAX_WIDTH = 120
#: Narrower, down to this width (newspaper columns from OCR and PDF extraction run to
#: 20-30 characters), a text is wrapped prose only when at least ``_NARROW_LOWER_SHARE``
#: of the lines that follow another line open in lower case: mid-sentence, as most of
#: prose's words are (a sports report dense with names: 40%). A menu, a list of
#: headlines or a title over a short sentence opens its lines in capitals or digits. Unjoined, a 20-column opinion column read as 17 link-like
#: lines in a row (page chrome) and its score rose 45 points.
_NARROW_WRAP_MIN_WIDTH = 12
_NARROW_LOWER_SHARE = 0.3
#: ... and most of them too long to have fitted on the line before: a greedy wrapper
#: breaks only there (textwrap and fold: every line; fmt, which balances its lines, 80%
#: to 90%; poems, schedules, lists of headlines or ingredients: a third to three
#: quarters, and they fail the other tests too).
_NARROW_FIT_SHARE = 0.8
#: ... and it ends sentences, one full stop, "?" or "!" per this many words at least
#: (prose: one per 15 to 25): a comment thread or a chat log of short lines ends none.
_NARROW_WORDS_PER_SENTENCE_END = 60
_SENTENCE_END_RE = re.compile(r"[.!?…][\"”’')\]]*(?=\s|$)")
#: Lines longer than the wrap that stand alone (a title, an address) are left out of
#: the width, up to this many: one 63-character title over a body wrapped at 20 columns
#: made the text read as unwrapped.
_WRAP_MAX_STANDALONE = 2
#: ... and it has at least this many full lines (one short paragraph at 20 columns has
#: eight): a few short lines say nothing of a wrap.
_NARROW_MIN_FULL_LINES = 8
#: ... and at least this many of its lines, and this share of them, come within
#: ``_FULL_LINE`` of that width: a wrapped text's lines are mostly full.
_WRAP_MIN_FULL_LINES = 3
_WRAP_MIN_FULL_SHARE = 0.3
_FULL_LINE = 0.8
#: A width one or two lines wider than it is passed over for (``Document._narrower_wrap``)
#: explains at least this share of the line breaks as a greedy wrap's, and this much
#: more than the wider one: a wrapped body's lines are nearly all too full for the next
#: word (textwrap: every line; fmt: 80-90%), and one wide line inside it cuts that share
#: to a half or less; single-line paragraphs and lists fall far short.
_OUTLIER_FIT = 0.8
#: A line passed over as an outlier is at most this many times the narrower width,
#: unless it has no more words than a heading (HEADING_MAX_WORDS: a title, a byline, a
#: URL) or does not end as a sentence does (a long headline).
_OUTLIER_MAX_TIMES = 2.0
_OUTLIER_GAIN = 0.2
#: A block (lines between blank lines) hard-wrapped on its own, in a text whose other
#: paragraphs are written on one line each or wrapped wider (a paragraph pasted from
#: mail, a PDF column or a press release), has at least this many lines: two lines say
#: nothing of a wrap (a headline over a sentence fits a greedy wrap as well). It must
#: pass the narrow wrap's tests on its own lines (``_NARROW_LOWER_SHARE``,
#: ``_NARROW_FIT_SHARE``, ``_NARROW_WORDS_PER_SENTENCE_END``).
_BLOCK_WRAP_MIN_LINES = 3
_SENTENCE_END = ".!?:;…"
_CLOSERS = '"”’)]'


def starts_word(text: str, pos: int, joiners: str = "") -> bool:
    """Whether ``pos`` is the start of a word: nothing alphanumeric (nor one of
    ``joiners``) stands right before it.

    Patterns that begin on their own first character let the regex engine skip ahead;
    a leading look-behind or ``\\b`` makes it try every position. So the patterns here
    start on the character and the left edge is checked on the few matches with this.
    """
    if pos == 0:
        return True
    before = text[pos - 1]
    return not (before.isalnum() or before in joiners)


#: Marks that join two letters or digits into one word: "4.1", "9:30", "a.m", "U.S",
#: "1,200", "don't", "well-known", "24/7".
_WORD_JOINERS = frozenset(".,:'’-/")


def _in_word(text: str, i: int) -> bool:
    ch = text[i]
    if ch.isalnum():
        return True
    return ch in _WORD_JOINERS and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened so that it cuts no word: a span of tokens that split
    "4.1" or "a.m." ("Prices rose 4", ".1", ".m.") becomes "Prices rose 4.1", "4.1",
    "a.m." (its closing period too). An empty span stays as it is."""
    if start >= end:
        return start, end
    while start > 0 and _in_word(text, start) and _in_word(text, start - 1):
        start -= 1
    while end < len(text) and _in_word(text, end - 1) and _in_word(text, end):
        end += 1
    if end < len(text) and text[end] == "." and "." in text[start:end] and text[end - 1].isalpha():
        end += 1  # an abbreviation's closing period: "a.m.", "C.D.C."
    return start, end


def is_word_char(ch: str) -> bool:
    """What the regex class ``\\w`` matches: a letter, a digit or an underscore."""
    return ch.isalnum() or ch == "_"


def _indent(text: str, start: int) -> int:
    """How many characters of white space stand before ``start`` on its line."""
    return start - (text.rfind("\n", 0, start) + 1)


def _ends_sentence(text: str, line: Span) -> bool:
    """Whether a line ends a sentence: terminal punctuation, perhaps inside closing quotes
    or brackets ('tensions.', 'he said.”'; not 'he said,”', a quote wrapped mid-sentence)."""
    end = line.end
    if text[end - 1] > "\u2000":  # an emoji after the sentence's end (_PICTOGRAPHS)
        trailing = _TRAILING_PICTOGRAPHS.search(text, line.start, end)
        end = trailing.start() if trailing else end
    while end > line.start and text[end - 1] in _CLOSERS:
        end -= 1
    return end > line.start and text[end - 1] in _SENTENCE_END


class Span(NamedTuple):
    start: int
    end: int


class Paragraph(NamedTuple):
    """A block of text with its kind: prose, heading, list_item or table_row."""

    start: int
    end: int
    kind: str


def strip_span(text: str, start: int, end: int) -> Span:
    """``text[start:end]`` without the white space at either end, as a Span into ``text``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


#: A sentence end inside a line and another after it, in any case: a line that holds
#: them and opens on no pipe is prose that quotes a menu ("Share this article: Facebook
#: | Twitter | Email." inside a paragraph, or a hard-wrapped line of one), not a table
#: row, whose cells are labels and values. A one-paragraph article with such a line was
#: read as one table row, and refused as word salad (a reviewer's find).
_SENTENCES_ON_LINE = re.compile(r"[.!?…][\"”’)]*\s+\S.*[.!?…][\"”’)]*(?:\s|$)")


#: A delimiter row that opens on a pipe ("|---|:--:|", "| --- | --- |"), as a line.
_SEPARATOR_LINE = re.compile(r"[ \t]*\|(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?")
_SEPARATOR_ROW_IN_BLOCK = re.compile(r"(?m)^" + _SEPARATOR_LINE.pattern + r"[ \t]*$")
#: A block: lines with no blank line between them.
_BLOCK_RE = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")
#: The most lines a hard wrap splits one table row into (a row of four wide cells
#: wrapped at 40 columns takes three).
_WRAPPED_ROW_MAX_LINES = 4


def _wrapped_table_row(text: str, row: Span, line: Span) -> bool:
    """Whether ``line`` goes on with the table row ``row`` (one line or more) that a hard
    wrap broke: the row opens on a pipe and holds two or more, ``line`` opens on none,
    and ``line`` ends on a pipe or one of the next lines does, before any that opens on
    a pipe or is blank. Where the wrap fell right after a pipe ("| Region | Rate (%) |"
    over "Change in jobs |"), the joined row must be as wide as the row under it. Read line by line, the broken row was debris and
    so was every sound row of the table under it (17 points for a header wider than
    ``fold -w 60``; a tester's find, 2026-12-06), and ``quality clean`` dropped half
    the header as navigation crumbs. Rows without outer pipes are left alone: nothing
    tells their wrapped lines from rows."""
    head = text[row.start : row.end].strip()
    if not head.startswith("|") or head.count("|") < 2:
        return False
    rest = [r.strip() for r in text[line.start :].split("\n", _WRAPPED_ROW_MAX_LINES + 1)]
    if not rest[0] or rest[0].startswith("|"):
        return False
    # the lines that go on with the row: up to the next that opens on a pipe, or a blank
    k = next((k for k, r in enumerate(rest) if not r or r.startswith("|")), len(rest))
    tail = rest[:k]
    if not any(r.endswith("|") for r in tail[:_WRAPPED_ROW_MAX_LINES]):
        return False
    if not head.endswith("|"):
        return True
    # the row looked whole: only the width of the row under it tells a wrap ("| Region
    # | Rate (%) |" + "Change |" over a row of three cells) from a row fenced on the
    # right only ("| Name | Role |" over "Ben Ode | Clerk |")
    under = rest[k] if k < len(rest) else ""
    whole = " ".join([head, *tail])
    return under.startswith("|") and whole.count("|") == under.count("|") != head.count("|")


#: A table cell of this many words or more is prose, as is one that ends a sentence
#: (``Document.label_cells``): a label or a figure is a few words ("Share of the vote",
#: "Ana Ruiz", "1,204").
PROSE_CELL_MIN_WORDS = 6
#: A shorter cell is prose when it ends a sentence of at least this many words ("Results
#: may be revised."); fewer ("Yes.", "Acme Inc.") make a label.
SENTENCE_CELL_MIN_WORDS = 3
_CELL_SENTENCE_ENDS = (".", "!", "?", ".)", '."', ".”")

#: A line of at most this many words, not ending as a sentence does, is a heading.
HEADING_MAX_WORDS = 14


def _row_cells(text: str, row: Paragraph) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row paragraph: the text between its
    unescaped pipes (and before the first and after the last), white space and all."""
    bounds = [row.start - 1, *(i for i in range(row.start, row.end) if text[i] == "|" and text[i - 1] != "\\"), row.end]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:])]


def _is_label_cell(cell: str) -> bool:
    """A stripped cell that holds a label or a figure, not prose: under
    PROSE_CELL_MIN_WORDS words, and ending no sentence of SENTENCE_CELL_MIN_WORDS or
    more ("U.S.", "Acme Inc.", "4.1." end on a period and are labels: a tester's find,
    2026-12-06)."""
    words = len(WORD_RE.findall(cell.lower()))
    return words < PROSE_CELL_MIN_WORDS and not (words >= SENTENCE_CELL_MIN_WORDS and cell.endswith(_CELL_SENTENCE_ENDS))


def _closes_on_a_pipe(line: str) -> bool:
    """Whether a line ends on an unescaped pipe, as a row fenced on the right does
    ("Crews start in March. | Weather may delay them. |"): prose does not end so, so
    sentences in its cells do not make it a line of prose (a tester's find, 2026-12-06:
    a table of sentence cells set apart by blank lines was debris, -9 points)."""
    end = line.rstrip()
    return end.endswith("|") and not end.endswith("\\|")


def is_table_row(line: str) -> bool:
    """Whether one line is a row of a markdown pipe table (or its delimiter row), as
    the paragraph reading classes it."""
    return _classify(line, 0) == "table_row"


def _classify(line: str, n_words: int) -> str:
    # every table row has a pipe; the regex tries each position, so look for one first
    if (
        "|" in line
        and (
            _TABLE_ROW_RE.search(line)
            and (line.count("|") >= 2 or _is_separator(line.split("|")))
            or line.lstrip().startswith("---|")
        )
        and (line.lstrip().startswith("|") or _closes_on_a_pipe(line) or not _SENTENCES_ON_LINE.search(line))
    ):
        return "table_row"
    if _LIST_ITEM_RE.match(line):
        return "list_item"
    if _MD_HEADING_RE.match(line) and not (n_words > HEADING_MAX_WORDS and _SENTENCES_ON_LINE.search(line)):
        # a "#" before a paragraph of sentences is stray markup on prose, not a
        # heading: read as one, its sentences went unmeasured, and a teaser paragraph
        # repeated later no longer counted as repeated (+12.1; a tester's find, 2026-12-06)
        return "heading"
    first = line[0]
    if (
        1 <= n_words <= HEADING_MAX_WORDS
        and not _TERMINAL_RE.search(line)
        and (first.isupper() or first.isdigit() or line.startswith("**"))
    ):
        return "heading"
    return "prose"


# GFM tables extension (https://github.github.com/gfm/#tables-extension-): a delimiter
# cell is hyphens, one or more, with an optional colon at either end for the alignment
# ("-", ":--", ":-:", "--:"); spaces around it are trimmed.
_SEPARATOR_CELL = re.compile(r"\s*:?-+:?\s*")
# GFM: "Include a pipe in a cell's content by escaping it" ("a \\| b" is one cell).
_CELL_PIPE = re.compile(r"(?<!\\)\|")
# a line break is "\r\n", "\r" or "\n"; "\r\n" is never two of them
_BREAK = r"(?:\r\n|\r(?!\n)|(?<!\r)\n)"
_BLANK_LINE = re.compile(rf"{_BREAK}[^\S\r\n]*{_BREAK}")


def _cells(line: str) -> tuple[str, list[str]] | None:
    """The outer-pipe style of a row ("both", "left" or "neither") and its cells (the
    outer pipes dropped, split on unescaped pipes); None for a row fenced on the right
    only ("Feature | Details |").

    GFM lets a row drop either outer pipe, but a row that lost only its leading fence is
    what a table flattened on its way into the text leaves (seed 004: "Feature | Details
    |", "---|---|", mid-prose): the project keeps that form as debris. A leading pipe
    without a trailing one has no such history, and GFM reads it as a row.
    """
    line = line.strip()
    left = line.startswith("|")
    right = line.endswith("|") and not line.endswith("\\|") and len(line) > 1
    if right and not left:
        return None
    inner = line[1 if left else 0 : len(line) - 1 if right else len(line)]
    style = "both" if left and right else "left" if left else "neither"
    return style, _CELL_PIPE.split(inner)


def _is_separator(cells: list[str]) -> bool:
    return bool(cells) and all(_SEPARATOR_CELL.fullmatch(c) for c in cells)


def _is_table(text: str, rows: list[Paragraph]) -> bool:
    """Whether consecutive table rows (no blank line between them) make a well-formed
    table.

    Two forms are tables. A GFM table (GitHub Flavored Markdown spec, "Tables
    (extension)"): a header row, the delimiter row right under it with as many cells as
    the header ("If not, a table will not be recognized"), and data rows, which may have
    fewer cells (GFM pads them with empty cells) or more (GFM drops the excess). Outer
    pipes are optional and may differ from row to row, as in GFM, except that a header or
    delimiter row fenced on the right only marks debris (``_cells``) unless the block
    stands apart (``_stands_apart``: the text's start, a blank line or a heading over
    it). A delimiter-like row further
    down is a body row, as in GFM. Unlike GFM, a header and a
    delimiter row with no data row under them are taken for debris: in the texts this
    project reads, a table with no rows is a fragment, not a table.

    And the header-less rows an HTML extractor writes for a <table> without <th>
    (trafilatura: "| a | b | c |", "| a |" for one column): one or more rows fenced on
    both sides, no delimiter row, any number of cells (colspans make counts differ).
    """
    parsed = [_cells(text[r.start : r.end]) for r in rows]
    if None in parsed[:2] and _stands_apart(text, rows[0], rows[-1]):
        # fenced on the right only but set apart, it is a table a writer typed (GFM
        # renders it; a new user's sibling of field case 05b lost 20 points): a table
        # flattened on its way into the text runs on from the prose around it
        parsed = [p or _right_fenced(text[r.start : r.end]) for p, r in zip(parsed, rows)]
    if parsed[0] is not None and any(p is not None and _rows_of(p[1], len(parsed[0][1])) > 1 for p in parsed[1:]):
        # rows of the header's width glued onto one line under it: the table's line
        # breaks were lost on the way (a tester's find)
        return False
    if len(parsed) >= 3 and None not in parsed[:2] and _is_separator(parsed[1][1]):
        # under a well-formed header and delimiter row, a body row fenced on the right
        # only is a row whose last cell is empty ("Petrol 95 | 1.82 | 1.79 |", a sibling
        # writer's find): GFM's outer pipe, no flattened table's leftover
        parsed = [p or _right_fenced(text[r.start : r.end]) for p, r in zip(parsed, rows)]
    if any(p is None for p in parsed):
        return False
    cells = [p[1] for p in parsed]
    separators = [i for i, c in enumerate(cells) if _is_separator(c)]
    if separators:
        # a later delimiter-like row is a body row of dashes in GFM; trafilatura writes
        # one under each row of <th> cells (a <table> with row headers)
        return separators[0] == 1 and len(cells) >= 3 and len(cells[0]) == len(cells[1])
    if any(_holds_a_delimiter_row(c) or _holds_glued_rows(c) for c in cells):
        return False
    if all(p[0] == "neither" for p in parsed):
        return _data_rows_apart(text, rows, cells)
    return all(p[0] == "both" for p in parsed)


#: Rows with no outer pipes and no delimiter row are a table a writer typed when they
#: stand apart from the prose on both sides, hold as many cells each, and at least this
#: share of them holds a figure (a fixture list's times, a table of rates): a tester's
#: find (2026-12-07), "Saturday | Rovers v Athletic | 14:00" under a blank line read as
#: debris, -14.7 points, and the cleaner deleted the fixtures. A menu ("Home | News |
#: Sport") holds no figures; a table flattened on its way into the text runs on from
#: the prose (``_stands_apart``).
DATA_ROWS_FIGURE_SHARE = 0.5


def _data_rows_apart(text: str, rows: list[Paragraph], cells: list[list[str]]) -> bool:
    """Whether header-less rows without outer pipes make a table: two or more, each as
    many cells (two or more), standing apart above (``_stands_apart``) and below (a blank
    line or the text's end), and DATA_ROWS_FIGURE_SHARE of them holding a digit."""
    if len(rows) < 2 or len({len(c) for c in cells}) != 1 or len(cells[0]) < 2:
        return False
    end = _line_end(text, rows[-1].end)
    if text[end:].strip() and not _BLANK_LINE.match(text, end):
        return False
    if any(_is_chrome_cell(c) for row in cells for c in row):
        return False
    held = sum(any(ch.isdigit() for ch in text[r.start : r.end]) for r in rows)
    return held >= DATA_ROWS_FIGURE_SHARE * len(rows) and _stands_apart(text, rows[0], rows[-1])


#: A cell of a page's furniture between pipes: a byline, a date stamp, a reading time,
#: a copyright or a count of comments ("By Petra Haldane | Staff writer", "Updated 14:05
#: | 3 min read", "© 2026 Gazette | Privacy"): such lines hold figures too, and read as a
#: table they were content the cleaner kept (a sibling tester's find, 2026-12-07).
_CHROME_CELL_RE = re.compile(
    r"^(?:by\s|©|\(c\)\s|copyright\b|updated\b|published\b|posted\b|last\s+modified\b)"
    r"|\b(?:min(?:ute)?s?\s+read|comments?|shares?|views)\b",
    re.IGNORECASE,
)


def _is_chrome_cell(cell: str) -> bool:
    """Whether one cell is page furniture (``_CHROME_CELL_RE``) or a button or menu label
    alone (lexicon chrome_lines: "Share", "Privacy", "Contact")."""
    cell = cell.strip()
    return bool(_CHROME_CELL_RE.search(cell) or compile_lexicon("chrome_lines", whole_line=True).match(cell))


def _glued_rows(text: str, rows: list[Paragraph]) -> list[Paragraph]:
    """The rows of a block that hold two or more rows glued onto one line: rows of the
    table's width (the header's, or the most common, when the header is glued) with an
    empty cell between each two (``_rows_of``), or a header and its delimiter row
    (``_holds_a_delimiter_row``); [] when there is none. A header glued onto its
    delimiter row, or the delimiter onto the first body row, is one fault as a glued
    body row is (a tester's find: the first cost 18 points and the cleaner dropped every
    row)."""
    parsed = [_cells(text[r.start : r.end]) for r in rows]
    counts = Counter(len(p[1]) for p in parsed if p is not None)
    if not counts:
        return []
    width = counts.most_common(1)[0][0]
    if parsed[0] is not None and not _holds_a_delimiter_row(parsed[0][1]) and _rows_of(parsed[0][1], width) == 1:
        width = len(parsed[0][1])
    return [
        row
        for row, p in zip(rows, parsed)
        if p is not None and (_holds_a_delimiter_row(p[1]) or _rows_of(p[1], width) > 1)
    ]


#: A delimiter cell as a flattened table leaves it: three hyphens or more, which no
#: "not available" cell ("-") of a header-less table is.
_FLATTENED_DELIMITER = re.compile(r"\s*:?-{3,}:?\s*")


def _holds_a_delimiter_row(cells: list[str]) -> bool:
    """Whether a row's cells hold a delimiter row after its header ("| Year | Event |
    |---|---| | 2014 | ..."): a table flattened onto one line, not a header-less row (a
    new user's find: it cost nothing). The run of delimiter cells is as long as the
    header's cells before it, two or more: "| 2014 | --- | --- | 340 |" is a row with
    two cells not available."""
    run = 0
    header = 0
    for cell in cells:
        if _FLATTENED_DELIMITER.fullmatch(cell):
            run += 1
            continue
        if run >= 2 and run == header:
            return True
        if run:
            header = 0  # a run that is no delimiter row starts no header
        run = 0
        header += bool(cell.strip())
    return run >= 2 and run == header


#: Rows glued onto one line (``_holds_glued_rows``) hold at least this many cells each
#: and this many rows: "| a | | b |" is one row with a cell not available.
GLUED_ROW_MIN_CELLS = 2
GLUED_MIN_ROWS = 3


def _holds_glued_rows(cells: list[str]) -> bool:
    """Whether a row's cells are rows glued onto one line: a table whose line breaks were
    lost turns each "| ... |\n| ... |" into "| ... | | ... |", an empty cell between
    rows. Taken so when the first run of cells (the header, none empty, at least
    GLUED_ROW_MIN_CELLS) is followed by GLUED_MIN_ROWS - 1 or more runs of its length,
    each after an empty cell ("| Year | Cases | | 2019 | 5,000 | | 2020 | 7,500 |"; a
    tester's find, 2026-12-06: it cost nothing); a data cell may be empty too ("| 2019
    | | 120 |"). A real row's empty cells stand where its data is missing, not at every
    n-th place."""
    width = next((k for k, c in enumerate(cells) if not c.strip()), len(cells))
    return _rows_of(cells, width) >= GLUED_MIN_ROWS


def _rows_of(cells: list[str], width: int) -> int:
    """How many rows of ``width`` cells (at least GLUED_ROW_MIN_CELLS) ``cells`` are,
    glued with an empty cell between each two; 1 when they are no such rows."""
    rows, extra = divmod(len(cells) + 1, width + 1)
    if (
        width < GLUED_ROW_MIN_CELLS
        or rows < 2
        or extra
        or any(cells[r * (width + 1) + width].strip() for r in range(rows - 1))
        or not any(c.strip() for c in cells[width + 1 :])
    ):
        return 1
    return rows


def is_flattened_table(line: str) -> bool:
    """Whether a line is a table flattened onto it (``_holds_a_delimiter_row``,
    ``_holds_glued_rows``)."""
    parsed = _cells(line)
    return parsed is not None and (_holds_a_delimiter_row(parsed[1]) or _holds_glued_rows(parsed[1]))


def _right_fenced(line: str) -> tuple[str, list[str]]:
    """The cells of a row fenced on the right only, read as GFM reads them."""
    return "right", _CELL_PIPE.split(line.strip()[:-1])


# an ATX heading ("## Changes"): GFM lets a table stand right under or over one
_ATX_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|\Z)")


def _line_start(text: str, i: int) -> int:
    return max(text.rfind("\n", 0, i), text.rfind("\r", 0, i)) + 1


def _line_end(text: str, i: int) -> int:
    ends = [e for e in (text.find("\n", i), text.find("\r", i)) if e >= 0]
    return min(ends, default=len(text))


def _stands_apart(text: str, first: Paragraph, last: Paragraph) -> bool:
    """Whether the block of rows ``first`` to ``last`` stands apart from the text around
    it: its first and last rows one line each (a header line joined to the prose line
    over it by hard-wrap reading runs on from it), and over it the text's start, a blank
    line, or a heading: ATX, a setext underline, a bold line, or a short line that ends
    no sentence with a blank line or the text's start over it. A table flattened on its way into the text
    runs on from the prose over it (seed 004 has no blank line at all); a writer who set
    a table apart from the prose over it and left out the blank line after it still
    typed a table (a tester's find, 2026-12-06: such a table was debris, -17 points), as
    one who opened the text with it or put a heading of any kind over it. Reads only the
    lines over the block."""
    start, end = _line_start(text, first.start), _line_end(text, last.end)
    if _line_end(text, start) < first.end or _line_start(text, end) > last.start:
        return False
    if start == 0:
        return True
    before_start, before = _line_over(text, start)
    if not before.strip() or _ATX_HEADING.match(before) or _SETEXT_UNDERLINE.fullmatch(before) or EMPHASISED_LINE.fullmatch(before):
        return True
    # a short line that ends no sentence, with a blank line or the text's start over
    # it: a heading (glued to the prose over it, it is a flattened page's)
    if len(before.split()) > HEADING_MAX_WORDS or _ENDS_SENTENCE.search(before):
        return False
    return before_start == 0 or not _line_over(text, before_start)[1].strip()


def _line_over(text: str, start: int) -> tuple[int, str]:
    """(where it starts, its text) of the line over the line that starts at ``start``
    (> 0), its line break (LF or CR LF) left out."""
    end = start - 2 if text[start - 2 : start] == "\r\n" else start - 1
    line_start = _line_start(text, end)
    return line_start, text[line_start:end]


#: A setext heading's underline ("====" or "----" under its text).
_SETEXT_UNDERLINE = re.compile(r"[ \t]*(?:=+|-{2,})[ \t]*")
#: A line of bold or italic text alone ("**Spending by district**", "*Levels, percent
#: full*", "***Results***"), as a heading or a table's caption is often set; group 1
#: is its opening mark.
EMPHASISED_LINE = re.compile(r"[ \t]*(\*\*\*|___|\*\*|__|\*|_)[^*_\n].*\1[:.]?[ \t]*")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’)]*[ \t]*$")

def _pipe_rows_by_separator(text: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Rows of a table without outer pipes whose lines hold one pipe ("Name | Age"): a
    line is classified alone, so the header above a separator row, and the data rows
    below it, become table rows here."""
    for i, para in enumerate(paragraphs):
        row = _cells(text[para.start : para.end]) if para.kind == "table_row" else None
        if row is None or not _is_separator(row[1]):
            continue
        j = i - 1
        if j >= 0 and paragraphs[j].kind != "table_row":
            if "|" in text[paragraphs[j].start : paragraphs[j].end]:
                paragraphs[j] = paragraphs[j]._replace(kind="table_row")
        for j in range(i + 1, len(paragraphs)):
            if "|" not in text[paragraphs[j].start : paragraphs[j].end]:
                break
            paragraphs[j] = paragraphs[j]._replace(kind="table_row")
    return paragraphs


#: Lines with as many pipes each, in a run at least this long, are the rows of a table
#: even with no delimiter row: a key-value table flattened into the text ("Length | 14
#: kilometres", "Stops | 22 stations"; a sibling writer's). No corpus article has such a
#: run (2026-12-05).
PIPE_RUN_MIN_ROWS = 3


def _pipe_rows_in_a_run(text: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Rows of a table with neither outer pipes nor a delimiter row: ``PIPE_RUN_MIN_ROWS``
    or more single lines in a row, no blank line between them, each with the same number
    of pipes and no sentence, running on from prose on at least one side; or two or more
    set apart from it that hold figures (``_data_rows_apart``). A menu or a footer
    ("About us | Contact") stands apart from the prose, holds no figures and is left
    alone; the rows found are judged as any table's (``_is_table``): run on from prose,
    without a delimiter row or outer pipes, they are debris."""
    n = len(paragraphs)
    i = 0
    while i < n:
        j = i
        pipes = _pipe_count(text, paragraphs[i])
        while j < n and pipes and _pipe_count(text, paragraphs[j]) == pipes and (
            j == i or not _BLANK_LINE.search(text, paragraphs[j - 1].end, paragraphs[j].start)
        ):
            j += 1
        run = paragraphs[i:j]
        if (j - i >= PIPE_RUN_MIN_ROWS and _runs_on_from_prose(text, paragraphs, i, j)) or (
            # ... or set apart, holding figures: a table a writer typed (_data_rows_apart)
            j - i >= 2 and _data_rows_apart(text, run, [_CELL_PIPE.split(text[r.start : r.end].strip()) for r in run])
        ):
            for k in range(i, j):
                paragraphs[k] = paragraphs[k]._replace(kind="table_row")
        i = max(j, i + 1)
    return paragraphs


def _pipe_count(text: str, para: Paragraph) -> int:
    """Unescaped pipes of a one-line paragraph that is no table row yet and holds no
    sentence; 0 for any other."""
    line = text[para.start : para.end]
    if para.kind not in ("heading", "prose") or "\n" in line.strip() or _SENTENCES_ON_LINE.search(line):
        return 0
    return len(_CELL_PIPE.findall(line))


def _runs_on_from_prose(text: str, paragraphs: list[Paragraph], i: int, j: int) -> bool:
    """Whether paragraph i-1 or j is prose with no blank line between it and the run."""
    before = i > 0 and paragraphs[i - 1].kind == "prose"
    before = before and not _BLANK_LINE.search(text, paragraphs[i - 1].end, paragraphs[i].start)
    after = j < len(paragraphs) and paragraphs[j].kind == "prose"
    after = after and not _BLANK_LINE.search(text, paragraphs[j - 1].end, paragraphs[j].start)
    return bool(before or after)


#: How far back from a line's end an open quotation is looked for: a quotation runs a
#: few lines, and a stray mark further back (an inch sign, a quote never closed) must
#: not join every paragraph after it.
_QUOTE_LOOKBACK = 400


#: A single quotation mark that opens a quotation (after a space, bracket or dash and
#: before a word: "said: 'We listened") and one that closes it (after the quotation's
#: own punctuation: "wrong,' said"); any other is an apostrophe ("riders'", "don't").
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))(?:['‘](?=\w)|’(?=[^\W\d_]))")
_SINGLE_CLOSING = re.compile(r"(?<=[.,!?;:…])['’](?=\s|$|[)\]—–-])")


#: Double quotation marks of every style: straight, curly, guillemets either way round
#: and the German low-high „...“; those that only ever open or only close a quotation
#: (a curly “ closes a German one, so it is told by its side, see _mark_side).
_DOUBLE_MARKS = '"“”«»„'
_OPENING_MARKS = "“«„"
_CLOSING_MARKS = "”»"


def _opens_a_quotation(text: str, span: Span) -> bool:
    """Whether a quotation opened in the end of ``span`` is still open there: its last
    double quotation mark is "“", "«", "„" or a straight '"' after a space or bracket and
    before a word ('65"' is an inch sign, 'win," she' a close), or, with no double mark,
    a single quotation mark opens after the last one that closes ('We listened. They
    told us', as British outlets quote)."""
    start = max(span.start, span.end - _QUOTE_LOOKBACK)
    last = max(text.rfind(mark, start, span.end) for mark in _DOUBLE_MARKS)
    if last < 0:
        opening = [m.start() for m in _SINGLE_OPENING.finditer(text, start, span.end)]
        closing = [m.start() for m in _SINGLE_CLOSING.finditer(text, start, span.end)]
        return bool(opening) and (not closing or opening[-1] > closing[-1])
    mark = text[last]
    if mark in _OPENING_MARKS:
        return True
    if mark != '"':
        return False
    before_ok = last == 0 or text[last - 1].isspace() or text[last - 1] in "([{—–-"
    return before_ok and last + 1 < len(text) and not text[last + 1].isspace()


_BREAK_RE = re.compile(r"\r\n|[\r\n]")


def _line_breaks(text: str, start: int, end: int) -> int:
    """Line breaks in text[start:end] ("\r\n" is one, as are a lone "\r" or "\n")."""
    return len(_BREAK_RE.findall(text, start, end))


#: A line ending on initials or dotted capitals ("J.", "U.S.", "A.G.") or a title of a
#: person ("Mr.", "Gov.", "Lt. Col."): its period may be no sentence's end.
_ABBREVIATION_END = re.compile(rf"(?<![\w.])(?:(?:[A-Z]\.){{1,3}}|(?i:{TITLE_ALTERNATION})\.)\Z")


def _fold_widths(width: int) -> tuple[int, int, int]:
    """The widths a text wrapped at ``width`` may have been broken at: fold counts a
    line's trailing space in its width (a break one column short), and fmt aims at 93%
    of its width, so the longest line may stand a column or two past the width used."""
    return width, width - 1, width - 2


#: A line holding one word, no space nor tab inside it: no wrapper breaks it, whatever
#: the width. Wrappers break at those alone (textwrap, fmt): a no-break space or any
#: other joins the words on its sides into one ("taking\u00a0following\u00a0hospitalization").
_ONE_WORD_LINE = re.compile(r"[ \t]*[^ \t]+[ \t]*")
#: ... in a text with no space at all (its words joined by no-break spaces throughout),
#: any space parts words: there the no-break space is the text's space
_ONE_WORD_LINE_UNSPACED = re.compile(r"\s*\S+\s*")


def _one_word_line(text: str, line: Span) -> bool:
    pattern = _ONE_WORD_LINE if " " in text else _ONE_WORD_LINE_UNSPACED
    return pattern.fullmatch(text, line.start, line.end) is not None


def _line_width(text: str, end: int) -> int:
    """The width of the line that ends at ``end``, its indent included: a wrapper counts
    the indent an indented paragraph opens with (a text of such paragraphs wrapped at 40
    read every opening line as one that would have fitted its next word, and so as a
    paragraph of its own: 9 points for an interview whose next line opened in lower case)."""
    return end - (text.rfind("\n", 0, end) + 1)


def _wrapped_before(text: str, line: Span, last_width: int, width: int, spaced: bool) -> bool:
    """Whether ``line`` continues the line before it (``last_width`` characters long,
    ``_line_width``) in a text hard-wrapped at ``width``: this line's first word would not have fitted
    after it (a wrapper breaks a line only where the next word does not fit), and the
    line is more than half full or that word is long. A markdown heading starts afresh.

    So does a list item, unless its marker is that word: a dash used as punctuation
    ("two years - a budget") that a wrapper carried to the next line looks like a "- "
    item, but a list's own marker would have fitted after a line that is not full.
    ``spaced``: whether the text holds an ordinary space (else a no-break space is its
    space)."""
    if text.startswith("#", line.start):
        return False
    end = line.start
    # the word runs to a space or tab, where wrappers break: a no-break space joins its
    # words into one ("reason-\u00a0and": measured to it, "reason-" would have fitted,
    # and the wrap read as a paragraph opening in lower case; a tester's find)
    while end < line.end and (text[end] not in " \t" if spaced else not text[end].isspace()):
        end += 1
    word = end - line.start
    # a short line is a heading, unless a long word ("crimes!!!Comments") pushed it short
    if last_width * 2 < width and word * 2 < width:
        return False
    return last_width + 1 + word > width


# Double quotation marks (straight or curly) and guillemets pair within a paragraph (a
# quotation never spans paragraphs but as below; a paragraph joined from hard-wrapped
# lines is one). They pair in order, short quotations included, so in '"No," the mayor
# said. "We may ..."' the narration between two quotations is never taken for one. A
# mark's side is read from what stands around it, whatever its shape: scraped pages mix
# curly and straight marks ('“We will fight," Ruiz said') and reverse curly ones, and a
# second opening mark before any closing one means the first was stray ('The "reform
# package passed. "We will ..."'). A straight mark after a number of up to three digits
# is an inch mark ('a 65" television'), no quotation mark, unless it is the last that
# could close an open quotation ('"by 2026" and'; '"all 100" at the time').
_DOUBLE_MARK = re.compile(f"[{_DOUBLE_MARKS}]")
#: A measure in inches: a number of one to three digits, feet before it or not, right
#: before a straight mark ('a 65" set', '6\'2"'); not a year or a count with a comma.
_MEASURE = re.compile(r"(?<![\d,.])\d{1,3}(?:['’]\d{1,2})?\Z")
_OPENS_AFTER = frozenset("([{—–-/")
# ... and a mark glued to the next quotation's opening mark closes ('...themselves.”“But',
# and in German style '...themselves.“„But': read by its shape, that “ opened, and the
# quotation ran on over the next one; a tester's find, 11.7 points)
_CLOSES_BEFORE = frozenset(".,;:!?)]}…—–-/'’\"“”„«»")
#: Quotation marks enclose a quotation when they hold 12+ characters; fewer are a scare
#: quote or a title ("reform"), unless the words close on their own punctuation and a
#: verb of saying follows within four words ('"No," she said'; '"Maybe?" asked Ruiz') or
#: stands right before them ('he said, "No."').
_MIN_QUOTATION_CHARS = 12
_SAYING_VERBS = (
    r"(?:said|says|told|tells|added|adds|explained|insisted|warned|asked|replied|wrote|according|"
    r"noted|shouted|cried|yelled|answered|responded|admitted|agreed|recalled|continued|"
    r"whispered|snapped|declared|joked|quipped|tweeted|countered|conceded|laughed)"
)
_SAID_NEXT = re.compile(rf"\s+(?:[\w.'’-]+,?\s+){{0,3}}?{_SAYING_VERBS}\b")
_SAID_BEFORE = re.compile(rf"\b{_SAYING_VERBS}\s*[,:]?\s*\Z")
_SHORT_QUOTE_END = (",", "!", "?", "…", "...", ".")
#: Where a quotation opens its sentence: a line's start, or after a sentence's end or a
#: colon and one to three spaces (typists' two after a full stop: with two, a
#: quotation's next sentence went unread and its words counted as the writer's, -5.0
#: points on a corpus article; a tester's find, 2026-12-06), or a line's indentation of
#: up to four spaces or tabs (an indented paragraph's opening mark went unread, and the
#: quotation it opened with it: 17.7 points for indenting one article; a tester's find).
_OPENS_SENTENCE_AT = (
    r"(?:(?<![^\n])|(?<=[.!?:][ \t\u00a0])|(?<=[.!?:][ \t\u00a0]{2})|(?<=[.!?:][ \t\u00a0]{3})"
    # (written "\x0a", not "\n": _WRAPPED_SINGLE_QUOTE_RE is this pattern with "\n" taken out)
    + "".join(rf"|(?<=\A[ \t]{{{n}}})|(?<=\x0a[ \t]{{{n}}})" for n in range(1, 5))
    + ")"
)
_OPENS_SENTENCE = re.compile(_OPENS_SENTENCE_AT)


# a speaker's label opening a line of a transcript: "Q: ", "A: ", "MAYOR LEE: "
_SPEAKER_LABEL = re.compile(r"[A-Z][\w .'’-]{0,30}:\s")


def _ends_clause(text: str, line: Span) -> bool:
    """Whether a line ends a sentence (``_ends_sentence``) other than on a semicolon or
    a colon, which end a line of verse or a clause inside a quotation ("he kindly
    stopped for me;")."""
    return _ends_sentence(text, line) and text[line.start : line.end].rstrip(_CLOSERS)[-1:] not in ";:"


def _first_mark_closes(text: str, line: Span) -> bool:
    """Whether the first double quotation mark of ``line`` closes a quotation. A mark
    opening the line closes only when a space or a closing punctuation mark follows it
    ('" she said', '," he said'; a tester's find): a quotation's next paragraph opens on
    a mark too, but one set against its first word."""
    first = _DOUBLE_MARK.search(text, line.start, line.end)
    if first is None:
        return False
    if text[line.start : first.start()].strip() == "":
        after = text[first.end()] if first.end() < line.end else ""
        return first.group() not in _OPENING_MARKS and (after.isspace() or after in ",.;:!?")
    return _mark_side(text, first.start(), line.start, line.end) == "close"


def _mark_side(text: str, i: int, start: int, end: int) -> str:
    """"open", "close", "either" or "inch" for the quotation mark at text[i], in the
    paragraph text[start:end] (see the comment above _DOUBLE_MARK)."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    mark = text[i]
    if mark == '"' and _MEASURE.search(text, max(start, i - 8), i) is not None:
        return "inch"
    opens = before.isspace() or before in _OPENS_AFTER
    closes = after.isspace() or after in _CLOSES_BEFORE
    if opens != closes:
        return "open" if opens else "close"
    if mark in _OPENING_MARKS:
        return "open"
    return "close" if mark in _CLOSING_MARKS else "either"


#: Guillemets pair among themselves, apart from the other marks: French, Russian and
#: German style quote inside them with “...” or „...“ ('«Il a dit “nous rouvrirons” hier»'),
#: which read as one family left the outer quotation unfound and its words counted as the
#: writer's. Curly and straight marks stay one family: scraped pages mix them in one
#: quotation ('“We will fight," Ruiz said').
_MARK_FAMILIES = (re.compile('["“”„]'), re.compile("[«»]"))


#: What ends a sentence that a quotation's next paragraph may follow (``_pair_marks``).
_SENTENCE_ENDS = (".", "!", "?", "…")


def _pair_marks(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """(the quotation-mark pairs of the paragraph text[start:end] as (start, end) spans,
    marks included, by their start; where the first mark left open at its end opened, or
    None). Each of _MARK_FAMILIES pairs on its own."""
    pairs = []
    left_open = []
    for family in _MARK_FAMILIES:
        open_at = None
        reopened = None  # the last mark that reopened the quotation open_at opened
        for m in family.finditer(text, start, end):
            side = _mark_side(text, m.start(), start, end)
            if side == "inch":
                # with a quotation open it may close it ("all 100" at the time"): it does
                # unless a mark is left to close the quotation with
                if open_at is None or family.search(text, m.end(), end) is not None:
                    continue
                side = "close"
            if open_at is None:
                if side != "close":  # a closing mark with nothing open is stray
                    open_at = m.start()
            elif side == "open":
                # two openings: the first was stray, unless what it opened ends a
                # sentence before the second, which goes on with it: a quotation run
                # over paragraphs whose breaks were lost ('"It is likely. "It could
                # shift," she said.' opens each paragraph and closes the last; read as
                # stray, the first paragraphs' hedges counted as the writer's, 26
                # points on a tester's storm report, 2026-12-06)
                said = text[open_at + 1 : m.start()].rstrip()
                if not (
                    said.endswith(_SENTENCE_ENDS)
                    and len(said.strip()) >= _MIN_QUOTATION_CHARS
                    and _OPENS_SENTENCE.match(text, open_at)  # not 'The "reform passed.'
                ):
                    open_at, reopened = m.start(), None
                else:
                    reopened = m.start()
            else:
                pairs.append((open_at, m.end()))
                open_at = reopened = None
        if open_at is not None and reopened is not None:
            # run on and never closed: the parts before the last reopening are quoted,
            # as the paragraphs of one run over paragraphs are, and the last is left
            # open, as a paragraph's is (a quotation's paragraphs joined into one
            # moved an article 17 points; a tester's find)
            # (to the reopening mark: _is_quotation reads a pair's last character as its
            # closing mark, and a part of twelve characters read as eleven)
            pairs.append((open_at, reopened))
            left_open.append(reopened)
        elif open_at is not None:
            left_open.append(open_at)
    return sorted(pairs), min(left_open, default=None)


def _is_quotation(text: str, start: int, end: int) -> bool:
    """Whether the marks at text[start] and text[end - 1] enclose a quotation
    (``_MIN_QUOTATION_CHARS``, ``_SAID_NEXT``, ``_SAID_BEFORE``)."""
    inner = text[start + 1 : end - 1].strip()
    if len(inner) >= _MIN_QUOTATION_CHARS:
        return True
    if not inner.endswith(_SHORT_QUOTE_END):
        # the punctuation outside the marks, as French, German and British style put
        # it ('«So are we», said Berg'): a quotation when it opens its sentence, as
        # short single-quoted ones must ("It is not "the end", he said" quotes a phrase)
        return _OPENS_SENTENCE.match(text, start) is not None and _SAID_AFTER_RE.match(text, end) is not None
    return _SAID_NEXT.match(text, end) is not None or _SAID_BEFORE.search(text, max(0, start - 40), start) is not None


#: A text whose paragraphs open and close on a quotation mark this often (of at least
#: _WRAPPED_MIN_PARAGRAPHS) has them wrapped in marks as its format: an export's
#: quoting of each line, or a writer's. In about a quarter of every training corpus
#: (3,100 articles), none has half its paragraphs so; in news a quotation's paragraph
#: ends on "she said." or leaves its mark open for the next one. At three quarters, a
#: lead over three paragraphs each one closed quotation was read as format, and its
#: quotations as the writer's words (19 points; a tester's find): an export wraps every
#: line, a title's perhaps aside.
_WRAPPED_SHARE = 0.9
_WRAPPED_MIN_PARAGRAPHS = 3
#: (opening, closing) marks that may wrap a paragraph: double, single (low-high "‚…‘"
#: too, as "„…“" is), guillemets either way round, double and single.
_WRAPPING_MARKS = (('"“„', '"”“'), ("'‘‚", "'’‘"), ("«", "»"), ("»", "«"), ("‹", "›"), ("›", "‹"))


def _wraps(text: str, start: int, end: int) -> bool:
    """Whether text[start] and text[end - 1] are one family's opening and closing marks."""
    return end - start > 2 and any(
        text[start] in opening and text[end - 1] in closing for opening, closing in _WRAPPING_MARKS
    )


def _paragraph_of(paragraphs: list[Span], pos: int) -> tuple[int, int]:
    """(start, end) of the paragraph that holds ``pos``."""
    k = bisect_right([p.start for p in paragraphs], pos) - 1
    return paragraphs[k].start, paragraphs[k].end


def _inside_wrapping_marks(text: str, paragraphs: list[Span]) -> list[Span]:
    """``paragraphs``, each that opens and closes on a quotation mark read inside the two,
    when at least _WRAPPED_SHARE of them (and _WRAPPED_MIN_PARAGRAPHS) do; as they are
    otherwise (the same list). Read as quotations, marks wrapping every paragraph quoted
    the whole text, whose words the writer's share of quotations then made the writer's
    (QUOTED_SHARE_RAMP), the text's own quotations among them; and double marks paired
    with the quotation marks inside. Wrapping each paragraph of one article in marks
    took 19.7 points off it, in single marks or guillemets 27.6 (the perturbation
    report and its siblings, 2026-12-06)."""
    wrapped = [_wraps(text, p.start, p.end) for p in paragraphs]
    if len(paragraphs) >= _WRAPPED_MIN_PARAGRAPHS and sum(wrapped) >= _WRAPPED_SHARE * len(paragraphs):
        return [Span(p.start + 1, p.end - 1) if w else p for p, w in zip(paragraphs, wrapped)]
    if not paragraphs or not _wraps(text, paragraphs[0].start, paragraphs[-1].end):
        return paragraphs
    inner = _DOUBLE_MARK.search(text, paragraphs[0].start + 1, paragraphs[-1].end - 1)
    if inner is None or _mark_side(text, inner.start(), *_paragraph_of(paragraphs, inner.start())) != "open":
        return paragraphs
    # the whole text in marks, the first mark inside opening a quotation of its own: no
    # quotation nests another in the same marks, so the outer two are its format (the
    # perturbation report: 17 points on an article of one paragraph); '"It could," she
    # said. "We train ..."' closes on its next mark
    return [Span(p.start + (k == 0), p.end - (k == len(paragraphs) - 1)) for k, p in enumerate(paragraphs)]


def wrapping_mark_openings(doc: Document) -> dict[int, int]:
    """{start of a paragraph: where its text starts inside them} for each paragraph whose
    quotation marks are its format, not a quotation (``_inside_wrapping_marks``); empty
    for most texts."""
    inner = _unwrapped_paragraphs(doc)
    return {p.start: q.start for p, q in zip(doc.paragraphs, inner) if q.start != p.start}


def _unwrapped_paragraphs(doc: Document) -> list[Span]:
    """``_inside_wrapping_marks`` of the document's paragraphs, found once for the
    quotations and the lower-case starts alike."""
    return doc.memo("unwrapped_paragraphs", lambda d: _inside_wrapping_marks(d.text, d.paragraphs))


def _double_quotations(text: str, paragraphs: list[Span]) -> list[tuple[int, int]]:
    """Double-quoted (and guillemet) quotations in ``paragraphs`` of ``text``. A
    quotation running over paragraphs leaves each but the last open and opens the next
    with a mark again (the convention of English-language news style guides): an open
    mark at a paragraph's end quotes to its end when the next paragraph opens on a mark
    that starts a quotation too."""
    marked = [_pair_marks(text, p.start, p.end) for p in paragraphs]
    spans = []
    for k, (para, (pairs, open_at)) in enumerate(zip(paragraphs, marked)):
        spans += [pair for pair in pairs if _is_quotation(text, *pair)]
        if open_at is None or k + 1 == len(paragraphs):
            continue
        if len(text[open_at + 1 : para.end].strip()) < _MIN_QUOTATION_CHARS:
            continue
        closing = _closed_on_a_later_line(text, paragraphs, marked, k)
        if closing is not None:
            spans.append((open_at, closing))
            continue
        following = paragraphs[k + 1]
        first = _DOUBLE_MARK.search(text, following.start, following.end)
        # the next paragraph opens on the mark, or on it after a list item's marker
        # ("5. “...": numbered, a quotation's second paragraph read as the writer's words)
        marker = MARKER_OPENING.match(text, following.start, following.end)
        opening = marker.end() if marker else following.start
        if first is None or text[opening : first.start()].strip():
            continue
        next_pairs, next_open = marked[k + 1]
        opens_a_quotation = first.start() == next_open or any(
            a == first.start() and _is_quotation(text, a, b) for a, b in next_pairs
        )
        if opens_a_quotation:
            spans.append((open_at, para.end))
    return spans


#: How many lines after the one it opens on a quotation may close, one sentence a line.
_QUOTATION_MAX_LINES = 6


def _closed_on_a_later_line(
    text: str,
    paragraphs: list[Span],
    marked: list[tuple[list[tuple[int, int]], int | None]],
    k: int,
) -> int | None:
    """Where a quotation left open at the end of ``paragraphs[k]`` closes, when the text
    goes on one sentence a line: the next lines, each after one line break, hold no
    quotation mark but the closing one of a later line, which pairs with nothing on its
    own line ('"We will rebuild.\nIt will take a year," Ruiz said.'). None otherwise: a
    blank line between, or the next mark opening a quotation, is the convention of
    _double_quotations. Read as paragraphs, a text written so lost its quotations of more
    than one sentence, and their hedges counted as the writer's (26.7 points on one
    article; a tester's find)."""
    for j in range(k + 1, min(k + 1 + _QUOTATION_MAX_LINES, len(paragraphs))):
        gap = text[paragraphs[j - 1].end : paragraphs[j].start]
        if gap.count("\n") != 1:
            return None
        line = paragraphs[j]
        first = _DOUBLE_MARK.search(text, line.start, line.end)
        if first is None:
            continue
        pairs, _ = marked[j]
        if _mark_side(text, first.start(), line.start, line.end) != "close" or any(
            a <= first.start() < b for a, b in pairs
        ):
            return None
        return first.end()
    return None


# Single quotation marks, as British and Australian outlets quote ('We are on
# schedule,' said ...; ‘It is over.’). The mark doubles as the apostrophe, so a
# quotation here opens at a word's start and closes on the punctuation that ends what
# was said, inside the marks, and a straight one opens on a letter; apostrophes within
# words ("it's"), after a plural before a space ("farmers' union") and before a decade
# ("the '90s") are passed over. British style also puts the punctuation after the
# marks (‘We are on schedule’, he said.), where titles put it too ('The Long Road
# Home', a film): there a quotation is what a verb of saying follows within four words
# ("’, he said", "’ – the mayor said"), a whole sentence (opening a line or after a
# sentence's end or a colon), or a phrase of 12+ characters opening in lower case, as
# in double marks ('peace dividend', which ...).
_SAID_AFTER = rf"\s*[,—–-]\s*(?:[\w.'’-]+\s+){{0,4}}?{_SAYING_VERBS}\b"
_SAID_AFTER_RE = re.compile(_SAID_AFTER)
#: Words whose start an apostrophe stands for ('em, 'til, 'Course, 'gators, 'hood:
#: common English clippings, any case, plurals too, standing alone: 'cross-party and
#: 'round-the-clock are words): no quotation opens there. Words that are English on
#: their own too ('less, 'member) are left to the close (_PHRASE_CLOSE) and to the
#: sentence's end (_NO_NEW_QUOTATION), which such a clipping seldom reaches.
_CLIPPED = (
    r"(?i:em|n|til|cause|course|cos|coz|cuz|tis|twas|bout|round|hood|burb|cello|gator|"
    r"possum|copter|specially|fore|cross|ave|uns|kay|nuff|neath|gainst|mongst|fraid|scuse|"
    r"sup|ere|ow|flu|phone|bus|plane|bike|scope|cept|nother|stead|tween|ello|lectric|coon|"
    r"vette|bama|canes|niners|nam)s?(?![\w-])"
)
_ELIDED = rf"(?!{_CLIPPED})"
#: Words that never follow a plural's apostrophe ("the farmers' market"), which comes
#: before what is owned: prepositions, conjunctions, articles, pronouns and auxiliary
#: verbs (closed classes of English). After "s'" one of them says the mark closes a
#: phrase ('a noisy and joyful mess' on Monday). "and" and "or" follow one in a list
#: ("the farmers' and the nurses' votes"), but a phrase needs an opening mark before it
#: too, and cannot run across the other marks of such a list.
_AFTER_NO_POSSESSIVE = (
    r"(?:on|in|at|for|to|from|by|with|as|of|after|before|since|until|during|according|into|"
    r"about|than|that|which|who|when|while|because|if|despite|against|among|amid|between|"
    r"through|without|within|across|and|or|but|so|yet|then|the|a|an|this|these|those|it|"
    r"they|he|she|we|is|are|was|were|has|have|had|will|would|could|can|may|might|should|"
    r"must)(?![\w'’-])"
)
#: A sentence's end inside a text: what a phrase in single marks never runs across.
#: (Not _SENTENCE_END, the characters that may end a wrapped line's sentence.)
_PHRASE_STOP = r"[.!?…](?:[ \t]+[^a-z\s]|[ \t]*$)"
#: A character of a phrase in single marks: no quotation mark (double marks included)
#: and no sentence's end, but an apostrophe inside a word ("Britain's"). A mark at a
#: word's end is never crossed: "the 'yes' campaign won over the farmers'" is no phrase.
_PHRASE_CHAR = rf"(?:(?!{_PHRASE_STOP})[^'’‘\n\"“”]|(?<=[^\W_])['’](?=[^\W_]))"
#: What else a phrase in single marks runs over, taken whole: a plural's apostrophe
#: after a determiner and the plural ("a breach of the workers' rights", "its
#: customers' complaints"), and a clipped word or a decade ("give 'em nothing", "the
#: '90s"). A mark after a bare plural stays a close ("the 'yes' campaign" is no phrase).
_PHRASE_PART = (
    r"(?:(?<!\w)(?:the|its|their|our|his|her|my|your|these|those|all|many|other)[ \t]+"
    rf"(?:[\w-]+[ \t]+)?[\w-]+s['’](?=[ \t]+(?!{_AFTER_NO_POSSESSIVE})[a-z])"
    rf"|(?<=[ \t])['’](?:\d0s|{_CLIPPED}))"
)
#: How a phrase in single marks closes: after a word, before punctuation or more of the
#: sentence; after "s" before a word only where no plural's apostrophe can stand
#: (_AFTER_NO_POSSESSIVE); never on a dropped letter ("talkin'", "an'", "o'"). (A
#: line's end is written "\x0a": the wrapped paragraphs' pattern drops "\n".)
_PUNCTUATION_AFTER = r"[ \t]*(?:[.,;:!?)…—–-]|\x0a|\Z)"
_PHRASE_CLOSE = (
    rf"(?:(?<=[^\W_])(?<!s)(?<!in)(?<!\ban)(?<!\bo)['’](?=[ \t]+[a-z]|{_PUNCTUATION_AFTER})"
    rf"|(?<=s)['’](?={_PUNCTUATION_AFTER}|[ \t]+{_AFTER_NO_POSSESSIVE}))"
)
#: A quotation in single marks runs over sentences ('It may take years. Nobody knows,'
#: she said) but not into the next one, opening after a sentence's end: a clipped
#: word's mark ("waited 'til dawn. 'It was worth it,' said one") then opened a span
#: over both.
_NO_NEW_QUOTATION = r"(?![.!?…][ \t]+['‘’][^\W\d_])"
#: Per closing mark: how a quotation opens (no clipped word: _ELIDED) and a character
#: inside it (any but the closing mark, which may stand inside a word, after a plural
#: or a dropped g: "the farmers’ concerns", "goin’ anywhere").
_CURLY_OPENING = rf"‘{_ELIDED}"
_STRAIGHT_OPENING = rf"(?<![\w'’])'{_ELIDED}(?=[^\W\d_])"
#: ... and a right mark opening as a left one would: ’We are on schedule,’ she said, as
#: a naive "smart quotes" pass turns every straight mark into "’". Unread, the words
#: quoted so counted as the writer's, and one celebrity report fell 38.7 points (a
#: tester's find, 2026-12-07; 4 of 15,440 corpus texts quote so).
_RIGHT_OPENING = rf"(?<![\w'’‘])’{_ELIDED}(?=[^\W\d_])"


def _inside(close: str) -> str:
    """A character inside a quotation that ``close`` (’ or ') ends."""
    return rf"(?:{_NO_NEW_QUOTATION}[^{close}\n]|{close}(?=\w)|(?:(?<=s)|(?<=in)){close}(?=[ \t]))"


_CURLY_INSIDE, _STRAIGHT_INSIDE = _inside("’"), _inside("'")
#: Inside a quotation a mark of the other kind closes (‘We are on schedule,' said
#: Lopez): no single mark of either kind but inside a word or after a plural. Read as
#: _inside's, a straight mark never stopped a straight-opened quotation looking for a
#: curly close: every mark of "'a' 'b' 'c'" ran on to its paragraph's end.
_MIXED_INSIDE = rf"(?:{_NO_NEW_QUOTATION}[^'’‘\n]|['’](?=\w)|(?:(?<=s)|(?<=in))['’](?=[ \t]))"
#: (closing mark, opening, inside), a pair of one kind first; then a curly mark opening
#: what a straight one closes and the reverse, as text edited in two programs holds
#: them (‘We are on schedule,' said Lopez), tried only where no pair of one kind is.
_SINGLE_QUOTE_PARTS = (
    ("’", _CURLY_OPENING, _CURLY_INSIDE),
    ("'", _STRAIGHT_OPENING, _STRAIGHT_INSIDE),
    ("’", _RIGHT_OPENING, _CURLY_INSIDE),
    ("'", _CURLY_OPENING, _MIXED_INSIDE),
    ("’", _STRAIGHT_OPENING, _MIXED_INSIDE),
)
#: The most characters a quotation in single marks may hold. Unbounded, each opening
#: mark's attempt ran on to the end of its paragraph wherever marks of both kinds or
#: marks inside words let it: 40,000 characters of "'a' " took 53 seconds and a Python
#: list's repr 32 (a new user's find, 2026-12-07). The longest found in 2,800 corpus
#: articles holds 2,021 (99% under 270).
SINGLE_QUOTATION_MAX_CHARS = 3000
_SINGLE_MAX = SINGLE_QUOTATION_MAX_CHARS
_SINGLE_QUOTE_RE = re.compile(
    "|".join(
        alternative
        for close, opening, inside in _SINGLE_QUOTE_PARTS
        for alternative in (
            rf"{opening}{inside}{{11,{_SINGLE_MAX}}}?[,.!?…]{close}(?!\w)",
            # a phrase in the writer's sentence: 12+ characters opening in lower case
            # and closing on a word, with no quotation mark between (an apostrophe
            # inside a word aside), as double marks hold a quotation
            # (_MIN_QUOTATION_CHARS): "was ‘a slow and costly mistake’ by" and "is 'a
            # costly mistake'." quote as "“a slow and costly mistake”" does. Titles
            # open in capitals; a mark eliding a word's start ('em, 'hood) opens none,
            # and a plural's apostrophe ("the farmers' union") neither is crossed nor
            # closes one (_PHRASE_CLOSE)
            rf"{opening}(?=[a-z]){_PHRASE_CHAR}{{12,}}?(?={close}){_PHRASE_CLOSE}",
            # ... and one that runs over a plural's apostrophe, a clipped word or a
            # decade (_PHRASE_PART: long enough by what it holds)
            rf"{opening}(?=[a-z]){_PHRASE_CHAR}*?{_PHRASE_PART}(?:{_PHRASE_PART}|{_PHRASE_CHAR})*?"
            rf"(?={close}){_PHRASE_CLOSE}",
            rf"{opening}{inside}{{11,{_SINGLE_MAX}}}?(?<=[^\W_]){close}(?={_SAID_AFTER})",
            rf"{_OPENS_SENTENCE_AT}{opening}{inside}{{11,{_SINGLE_MAX}}}?(?<=[^\W_]){close}(?=[.!?])",
            # a short one, before a verb of saying: 'It could,' he said.
            rf"{opening}{inside}{{1,10}}?[,!?…]{close}(?={_SAID_NEXT.pattern})",
            # ... or with the punctuation outside, opening its sentence: 'No', she said.
            # (not "It's not 'the end', he said": a scare quote inside what was said)
            rf"{_OPENS_SENTENCE_AT}{opening}{inside}{{1,10}}?(?<=[^\W_]){close}(?={_SAID_AFTER})",
        )
    )
)
_WRAPPED_SINGLE_QUOTE_RE = re.compile(_SINGLE_QUOTE_RE.pattern.replace("\\n", ""))
#: A partial quotation in single marks, as British style quotes a phrase inside the
#: writer's sentence: 'Ruiz said the costs ‘could perhaps double’ if work slipped'. It
#: follows a verb of saying in its sentence, opens in lower case and holds two words or
#: more (a scare quote holds one: the so-called 'reform'); group 1 is the quotation.
_PARTIAL_SINGLE_QUOTE_RE = re.compile(
    rf"(?<![\w-])(?:{_SAYING_VERBS}|called|described)\b[^.!?\n'‘’\"“”]{{0,60}}?"
    # two words or more: a space after its first word (looked for ahead, not split
    # around, so the search stays linear)
    rf"((?:‘|(?<![\w'’])'|(?<![\w'’‘])’){_ELIDED}(?=[a-z](?:[^\W_]|[-'’](?=[^\W_]))*[ \t])"
    rf"(?:{_PHRASE_PART}|{_PHRASE_CHAR})*?{_PHRASE_CLOSE})"
)
# Only a text with a mark closing on punctuation, or with both a mark opening on a
# lower-case letter and one closing before more of the sentence (the phrase inside a
# sentence), can hold such a quotation: most texts are spared the search.
_SINGLE_QUOTE_CLOSE = re.compile(r"[,.!?…]['’]|[^\W_]['’]\s*[,.!?—–-]")
_SINGLE_PHRASE_OPENS = re.compile(r"‘[a-z]|(?<![\w'’])'[a-z]|(?<![\w'’‘])’[a-z]")
_SINGLE_PHRASE_CLOSES = re.compile(_PHRASE_CLOSE)


def _may_hold_single_quotation(text: str) -> bool:
    if _SINGLE_QUOTE_CLOSE.search(text):
        return True
    return _SINGLE_PHRASE_CLOSES.search(text) is not None and _SINGLE_PHRASE_OPENS.search(text) is not None


#: How many of a text's characters its quotations may hold and still count as sources'
#: words, by the share of the text they fill: all of it up to the first share, falling
#: linearly from there to none at the second. A quotation is what a source said inside
#: a report; a text that is mostly quotation chose to publish it whole, and its words
#: are the writer's. Without a limit two quotation marks round a whole article hid
#: every hedge and adverb in it (+28.5 points, unreliable to reliable; a new user's
#: break test, 2026-12-05). With the limit as one step at half, quoting one more
#: sentence across it moved an article 18 points; on the ramp each character quoted
#: past the first share takes at most 4/3 of a character out of the sources' words.
#: Quotations fill more than half of the text of 0 to 7% of the articles of each
#: training corpus, on both sides (about 800 sampled from each): under 40%, the common
#: case, nothing changes.
QUOTED_SHARE_RAMP = (0.4, 0.7)
#: Texts of up to the first count of words keep all their quotations whatever their
#: share, and from the second the share alone decides (QUOTED_SHARE_RAMP), with a
#: linear ramp between: one sentence that quotes a source and names it ('"We may
#: reopen," a spokesman said.'), or a short item of a few such, is mostly quotation and
#: still the sources' words; a page or more of them is a report. A ramp, as the share's
#: is: a step at 50 words moved a short quoted text 32 points for one word.
QUOTED_SHARE_WORDS_RAMP = (50, 150)


def _non_space_chars(text: str) -> int:
    return sum(map(len, text.split()))


def _ramp_down(x: float, lo: float, hi: float) -> float:
    """1 at or below ``lo``, 0 at or above ``hi``, linear between."""
    if x <= lo:
        return 1.0
    if x >= hi:
        return 0.0
    return (hi - x) / (hi - lo)


_SINGLE_MARK_RE = re.compile("['‘’]")
#: A mark that may open a quotation in single marks: a straight or left one, or a right
#: one at a word's start (’We will,’ she said), not inside a word ("it’s").
_MAY_OPEN_SINGLE = re.compile(r"['‘]|(?<![\w'’‘])’(?=[^\W\d_])")


def _matches_at_single_marks(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans ``pattern.finditer(text, start, end)`` finds, for a pattern whose
    every match begins on a single opening mark (', ‘ or ’): tried only there. Searched,
    its dozen alternatives, each opening on lookbehinds, were tried at every character
    (a sixth of a score's time on articles with an apostrophe). A match's lookbehinds
    still see the text before the mark, as a search's do."""
    out: list[tuple[int, int]] = []
    after = start  # where the last match ended: matches do not overlap
    for mark in _SINGLE_MARK_RE.finditer(text, start, end):
        if mark.start() < after:
            continue
        m = pattern.match(text, mark.start(), end)
        if m is not None:
            out.append(m.span())
            after = m.end()
    return out


def _quotations(doc: Document) -> list[tuple[int, int]]:
    text = doc.text
    # marks wrapping every paragraph are no quotations: read inside them
    paragraphs = _unwrapped_paragraphs(doc)
    wrapped = [text.find("\n", p.start, p.end) != -1 for p in paragraphs]
    spans = []
    if any(mark in text for mark in _DOUBLE_MARKS):
        spans += _double_quotations(text, paragraphs)
    single = _MAY_OPEN_SINGLE.search(text) is not None
    if single:
        spans += [m.span(1) for m in _PARTIAL_SINGLE_QUOTE_RE.finditer(text)]
    if _may_hold_single_quotation(text):
        if not any(wrapped) and paragraphs is doc.paragraphs:  # the common case: one scan
            spans += _matches_at_single_marks(_SINGLE_QUOTE_RE, text, 0, len(text))
        else:
            for para, is_wrapped in zip(paragraphs, wrapped):
                pattern = _WRAPPED_SINGLE_QUOTE_RE if is_wrapped else _SINGLE_QUOTE_RE
                spans += _matches_at_single_marks(pattern, text, para.start, para.end)
    if single:
        spans += _single_quotations_over_paragraphs(text, paragraphs, spans)
        spans += _single_quotations_run_on(text, spans)
    return sorted(_outermost(spans))


def _single_quotations_run_on(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quotation in single marks run over paragraphs whose breaks were lost, as
    ``_pair_marks`` reads one in double marks: each paragraph's opening mark, then only
    the last one closed ("‘It is possible. ‘We are worried,’ she said."). The patterns
    found the last part alone, and the earlier parts' hedges and intensifiers counted as
    the writer's (-9.7 points; a tester's sibling, 2026-12-06). For each quotation found
    that opens a sentence on a single mark, the earliest mark on its line that opens a
    sentence with no single mark closing anything between, each sentence in between
    opening on a mark too, starts it instead."""
    out = []
    # where sentence-opening marks and closing marks stand, found once: looked for from
    # the line's start for each quotation, one long line of them took quadratic time
    # (47.6 s at 160,000 characters: a tester's find, 2026-12-07)
    openings: list[int] | None = None
    closes: list[int] = []
    for a, b in found:
        if text[a] not in "'‘’" or not _OPENS_SENTENCE.match(text, a):
            continue
        if openings is None:
            openings = [m.start() for m in _SINGLE_OPENING.finditer(text) if _OPENS_SENTENCE.match(text, m.start())]
            closes = [m.start() for m in _SINGLE_CLOSES.finditer(text)]
        line_start = text.rfind("\n", 0, a) + 1
        start = a
        while True:
            end = start
            while end > line_start and text[end - 1].isspace():
                end -= 1
            if not text.endswith(_SENTENCE_ENDS, line_start, end):
                break
            # the mark that opened the sentence before: the last single opening mark
            # before ``start`` that opens a sentence, with nothing closed after it
            i = bisect_left(openings, start) - 1
            if i < 0 or openings[i] < line_start:
                break
            opening = openings[i]
            j = bisect_right(closes, opening)
            if j < len(closes) and closes[j] < start:
                break
            start = opening
        if start != a:
            out.append((start, b))
    return out


#: A paragraph opening on a single quotation mark before a letter.
_OPENS_ON_SINGLE_MARK = re.compile(r"(?:‘|['’](?=[^\W\d_]))")
#: A single mark that closes a quotation or a title (after a word or its punctuation,
#: before a space, punctuation or the end; _SINGLE_OPENING opens one): an apostrophe
#: inside a word ("it’s") neither opens nor closes.
_SINGLE_CLOSES = re.compile(r"(?<=[\w.,!?;:…])['’](?![\w])")


def _single_quotations_over_paragraphs(
    text: str, paragraphs: list[Span], found: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Paragraphs of a quotation in single marks running over paragraphs, as the
    double-quoted ones do (_double_quotations): each paragraph but the last ends with the
    quotation open and the next opens on a mark, so the single-quote patterns, which need
    the closing mark, found only the last paragraph, and the others' hedges counted as
    the writer's (a reviewer's find: 12 points). The quotation runs from the mark left
    open (at the paragraph's start or inside it: "‘We will,’ she said. ‘And we may ...")
    to the paragraph's end; in a text one sentence a line, to the mark that closes it on
    a later line."""
    opened = {start for start, _ in found}
    out = []
    for k, (para, following) in enumerate(zip(paragraphs, paragraphs[1:])):
        opens_next = _OPENS_ON_SINGLE_MARK.match(text, following.start)
        left_open = _single_mark_left_open(text, para.start, para.end)
        if (
            left_open is None
            or left_open in opened
            or len(text[left_open + 1 : para.end].strip()) < _MIN_QUOTATION_CHARS
        ):
            continue
        if opens_next:
            out.append((left_open, para.end))
        elif (closing := _single_closed_on_a_later_line(text, paragraphs, k)) is not None:
            out.append((left_open, closing))  # one sentence a line (_closed_on_a_later_line)
    return out


def _single_closed_on_a_later_line(text: str, paragraphs: list[Span], k: int) -> int | None:
    """Where a quotation in single marks left open at the end of ``paragraphs[k]``
    closes when the text goes on one sentence a line: the first single mark of the next
    lines, each after one line break, closes with nothing open on its line. None
    otherwise (_closed_on_a_later_line, for double marks)."""
    for j in range(k + 1, min(k + 1 + _QUOTATION_MAX_LINES, len(paragraphs))):
        if text.count("\n", paragraphs[j - 1].end, paragraphs[j].start) != 1:
            return None
        line = paragraphs[j]
        opening = _SINGLE_OPENING.search(text, line.start, line.end)
        closing = _SINGLE_CLOSES.search(text, line.start, line.end)
        if closing is None:
            if opening is None:
                continue
            return None
        if opening is not None and opening.start() < closing.start():
            return None
        return closing.end()
    return None


def _single_mark_left_open(text: str, start: int, end: int) -> int | None:
    """Where the first single quotation mark of text[start:end] that no mark closes
    opened, or None: "'Yesterday' topped the chart" closes what it opens."""
    marks = sorted(
        [(m.start(), True) for m in _SINGLE_OPENING.finditer(text, start, end)]
        + [(m.start(), False) for m in _SINGLE_CLOSES.finditer(text, start, end)]
    )
    stack: list[int] = []
    for pos, opens in marks:
        if opens:
            stack.append(pos)
        elif stack:
            stack.pop()
    return stack[0] if stack else None


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another: a 'single' quotation nested in a "double" one is
    part of it."""
    spans = sorted(spans, key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return out


class Document:
    """The text parsed once: lines, paragraphs, sentences and words with offsets.

    >>> doc = Document("Wrapping Up\\nIt may rain. Or not.")
    >>> [doc.text[p.start:p.end] for p in doc.paragraphs]
    ['Wrapping Up', 'It may rain. Or not.']
    >>> [doc.text[s.start:s.end] for s in doc.sentences]
    ['It may rain.', 'Or not.']
    """

    __slots__ = ("text", "__dict__")

    #: Spans of ``text`` where quality.reading repaired mojibake ("â€™" read as "’"):
    #: the repair is what the measurements read, and the encoding measurement counts
    #: these spans as the faults they were. Set by ``quality.reading.reading_view`` on a
    #: Document of its own (never on a shared ``document_of`` one); empty otherwise.
    encoding_repairs: tuple[tuple[int, int], ...] = ()
    #: How many of the text's encoding faults are charged as the writer's, when the
    #: damage is mostly a pipeline's (``quality.reading.decoding_damage``); None: all.
    encoding_charged: int | None = None

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError(f"Document text must be str. Got {type(text).__name__} instead.")
        self.text = text

    # -- lines and paragraphs -------------------------------------------------------

    @cached_property
    def lines(self) -> list[Span]:
        """Non-blank lines, stripped of surrounding white space."""
        text = self.text
        spans = []
        for m in _LINE_RE.finditer(text):
            span = strip_span(text, m.start(), m.end())
            if span.end > span.start:
                spans.append(span)
        return spans

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        """Lines joined where a hard wrap split a sentence, each with its kind.

        A line joins the next, with no blank line between, when it ends without terminal
        punctuation and either is 40+ characters long with the next starting in lower
        case, or the text is hard-wrapped (``wrap_width``), or the block of lines the
        two stand in is, on its own (``_block_widths``: a paragraph pasted wrapped among
        paragraphs on one line each, or wrapped narrower than the text), and the next
        line's first word would not have fitted on it: a wrapped sentence, not two
        paragraphs, whatever the width and whether or not the next line opens on a
        name. That wrap test joins a line that ends a sentence too when a quotation it
        opened is still open, or inside a block wrapped on its own; a line inside an
        open quotation joins the next whatever the widths when that one goes on in
        lower case (and the line stops mid-sentence) or closes the quotation.
        """
        text = self.text
        title = self._title_line
        paragraphs: list[Paragraph] = []
        pending: Span | None = None
        for line in self.lines:
            if pending is not None and pending is title:
                # a headline over its body, one line break between, is never the start
                # of the body's first sentence (``quality.furniture.title_span``)
                paragraphs.append(self._paragraph(pending))
            elif pending is not None:
                if self._goes_on(pending, line):
                    pending = Span(pending.start, line.end)
                    continue
                paragraphs.append(self._paragraph(pending))
            pending = line
        if pending is not None:
            paragraphs.append(self._paragraph(pending))
        return _pipe_rows_in_a_run(text, _pipe_rows_by_separator(text, paragraphs))

    def _goes_on(self, pending: Span, line: Span) -> bool:
        """Whether ``line`` goes on with the block ``pending`` (its lines so far) rather
        than starting a paragraph of its own (``paragraphs``)."""
        text = self.text
        gap = text[pending.end : line.start]
        if gap.count("\n") > 1:
            return False  # a blank line between: always a break
        return (
            self._hanging_under_an_item(pending, line)
            or _wrapped_table_row(text, pending, line)
            or self._row_short_of_its_table(pending, line)
            or (
                self._sentence_goes_on(pending, line)
                and not self._item_ends(pending, line)
                # a row of a table is no sentence going on; a line with one pipe in
                # prose is ("Expand | Collapse (Photo: ...) Ampoules containing" over
                # "a medium for ...": a caption a wrapper broke; a tester's find)
                and not ("|" in text[pending.start : pending.end] and is_table_row(text[pending.start : pending.end]))
            )
        )

    def _row_short_of_its_table(self, pending: Span, line: Span) -> bool:
        """Whether ``pending``, a table row opening on a pipe, holds fewer pipes than its
        table's delimiter row and ``line`` brings it no further than that: a row a hard
        wrap broke, whatever the break fell next to (``fold -s`` breaks on the space
        before a pipe, so the rest of the row opens on one: "| School | Price now" over
        "| Price from May |"). Read as rows of their own, the pieces made every row of
        the table debris (-16.3 points; a tester's sibling, 2026-12-06). A row of a GFM
        table that has fewer cells, or no closing pipe, is as wide as the next row with
        it or wider than the table: it stays a row."""
        width = self._delimiter_width(pending.start)
        if width is None:
            return False
        text = self.text
        head = text[pending.start : pending.end]
        if not head.startswith("|") or _SEPARATOR_LINE.fullmatch(text, line.start, line.end):
            return False
        have, more = head.count("|"), text.count("|", line.start, line.end)
        # a line with no pipe goes on only as _wrapped_table_row says: prose under a row
        # GFM leaves open ("| Bread | 2" over "The shop opens at nine.") is no part of it
        return more > 0 and have < width and have + more <= width

    def _delimiter_width(self, at: int) -> int | None:
        """The pipes of the delimiter row ("|---|---|") of the block (lines between blank
        ones) that holds offset ``at``, or None when it holds none."""
        for start, end, width in self._delimiter_rows:
            if start <= at < end:
                return width
        return None

    @cached_property
    def _delimiter_rows(self) -> list[tuple[int, int, int]]:
        """(start, end, pipes) of each block holding a delimiter row opening on a pipe,
        the pipes of its first such row."""
        text = self.text
        if "|" not in text or "-" not in text:
            return []
        out = []
        for block in _BLOCK_RE.finditer(text):
            row = _SEPARATOR_ROW_IN_BLOCK.search(block.group())
            if row is not None:
                out.append((block.start(), block.end(), row.group().count("|")))
        return out

    def _hanging_under_an_item(self, pending: Span, line: Span) -> bool:
        """A line indented under a list item's text, and no item itself, goes on with the
        item, as CommonMark reads it, whether or not a sentence ended above ("- ... would
        be honoured.\n  Its chief executive ..."): read as a paragraph, each such line
        of a wrapped list was one."""
        text = self.text
        return (
            _LIST_ITEM_RE.match(text, pending.start) is not None
            and _LIST_ITEM_RE.match(text, line.start) is None
            and _indent(text, line.start) > _indent(text, pending.start)
            and "|" not in text[line.start : line.end]  # a table row under an item
        )

    def _wrap_between(self, pending: Span, line: Span) -> tuple[bool, bool, str, re.Match[str] | None]:
        """(wrapped, narrow, the line's first letter past a dash a wrapper carried, that
        dash): whether ``line``'s first word would not have fitted on ``pending``'s last
        line of a hard-wrapped text (``_wrapped_before``), and whether the text is so
        narrow that any line stopping mid-sentence was wrapped (fmt balances its lines
        and breaks before the next word would have overflowed)."""
        text = self.text
        width = self._block_widths.get(line.start) or self.wrap_width
        # in a wrapped text, the first letter past a dash the wrapper carried to the
        # line's start ("Rep. Ann Lee (D-Calif.)\n— to hike the wage": a clause, not a
        # list item; a list's own dash would have fitted above)
        dash = _DASH_OPENING.match(text, line.start)
        first_word = text[dash.end()] if dash else text[line.start]
        wrapped = bool(width) and _wrapped_before(text, line, _line_width(text, pending.end), width, self._spaced)
        narrow = bool(width) and width < _WRAP_MIN_WIDTH_OF_TEXT
        return wrapped, narrow, first_word, dash

    def _sentence_goes_on(self, pending: Span, line: Span) -> bool:
        """Whether a sentence (or a word, or a quotation) runs on from ``pending`` into
        ``line`` (``paragraphs``' docstring)."""
        text = self.text
        first = text[line.start]
        wrapped, narrow, first_word, _ = self._wrap_between(pending, line)
        last_width = _line_width(text, pending.end)
        return (
            (
                not _ends_sentence(text, pending)
                and (wrapped or narrow or (last_width >= _WRAP_MIN_WIDTH and first.islower()))
            )
            # a wrap after an abbreviation's period ("the 2016 U.S.\nelection", "drafted
            # by Mr.\nThomas Reilly", "A.G.\nJeff"): the sentence splitter, not the line
            # end, decides whether it ends
            or (wrapped and (first_word.islower() or _ABBREVIATION_END.search(text, pending.start, pending.end)))
            # a full line of a block wrapped on its own, ending a sentence or not: its
            # lines are one paragraph (its blank lines part the text's paragraphs), and
            # read as a break, a line that ended a sentence by chance made the rest of
            # the block a paragraph of its own
            or (wrapped and line.start in self._block_widths)
            # a wrap after a sentence inside a quotation: read as a break, it cut the
            # quotation in two (and a repeated quotation became repeated sentences once
            # wrapped)
            or (wrapped and _opens_a_quotation(text, pending))
            # a line break inside a quotation's sentence, the next line going on in lower
            # case ('"We will build it,\nand we will pay for it," she said.'): read as a
            # break, the quotation was not found at all (a tester's find), however short
            # the lines
            or (
                _opens_a_quotation(text, pending)
                and (
                    (first.islower() and not _ends_clause(text, pending))
                    # ... or whatever the next line opens with, when its first quotation
                    # mark closes the open one ('"We met with\nJohn Smith," she said'; a
                    # tester's find)
                    or _first_mark_closes(text, line)
                )
                # a transcript's next speaker ('Q: "Did you know\nA: No," he said')
                and not _SPEAKER_LABEL.match(text, line.start)
            )
            # a word hyphenated across the break ("post-\nCovid"): no heading or paragraph
            # ends on a hyphen after a letter, so this is a wrap however short the text
            # (too short for ``wrap_width`` to see)
            or (
                text[pending.end - 1] == "-"
                and pending.end - pending.start >= 2
                and text[pending.end - 2].isalnum()
                and first.isalnum()
            )
        )

    def _item_ends(self, pending: Span, line: Span) -> bool:
        """Whether a list item ``pending`` ends before ``line``. A list item takes its own
        wrapped lines, never the next item; but a dash the wrapper carried to the start of
        an item's next line, indented under the item's text, before a word in lower case,
        goes on with its sentence ("... which is more toxic\n  -- the chronic malady":
        read as an item, its lower-case start cost 6 to 8 points; a tester's find). At
        the item's own indent it is the next item: a list of lower-case items
        ("includes:\n- a raise\n- funding") read its first two as one, its longest
        lines taken for a wrap."""
        text = self.text
        if not _LIST_ITEM_RE.match(text, pending.start):
            return False
        wrapped, _, first_word, dash = self._wrap_between(pending, line)
        if not wrapped:
            return True
        return bool(_LIST_ITEM_RE.match(text, line.start)) and not (
            dash and first_word.islower() and _indent(text, line.start) > _indent(text, pending.start)
        )

    @cached_property
    def _block_widths(self) -> dict[int, int]:
        """The width of each block hard-wrapped on its own (``_block_wrap``), by the
        start of each of its lines that continues the line above."""
        text, lines, title = self.text, self.lines, self._title_line
        whole = self.wrap_width
        out: dict[int, int] = {}
        block: list[Span] = []
        for line in [*lines, None]:
            if line is None or (block and _line_breaks(text, block[-1].end, line.start) != 1):
                # most blocks are one line (a paragraph on one line): no wrap to measure
                found = self._block_wrap(block, whole) if len(block) >= _BLOCK_WRAP_MIN_LINES else None
                if found is not None:
                    run, width = found
                    out.update((k.start, width) for k in run[1:])
                block = []
            if line is not None and line is not title:
                block.append(line)
        return out

    def _block_wrap(self, block: list[Span], whole: int | None) -> tuple[list[Span], int] | None:
        """(its wrapped lines, their width) when the lines ``block`` (one line break
        between each) are one paragraph hard-wrapped on its own (``_wrapped_run``), else
        None. A first or last line wider than the others can stand apart (a heading
        over them, a paragraph on one line under them): when the whole block is no
        wrap, it is tried without them."""
        text = self.text
        widths = [0 if _one_word_line(text, line) else _line_width(text, line.end) for line in block]
        first = len(block) > 1 and widths[0] > max(widths[1:]) + 2
        last = len(block) > 1 and widths[-1] > max(widths[:-1]) + 2
        # a wrapper makes no line wider than its width (nor a fold's two columns
        # wider), so such a line is no part of the wrap: read as its width, a heading
        # over the wrapped lines hid the wrap
        tries = [(0, 0)]  # lines left out (above, under)
        if first:
            tries.append((1, 0))
        if last:
            tries.append((0, 1))
        if first and last:
            tries.append((1, 1))
        for above, under in tries:
            if len(block) - above - under < _BLOCK_WRAP_MIN_LINES:
                continue
            kept = slice(above, len(block) - under)
            run, width = block[kept], max(widths[kept])
            # wider than ``_FULL_LINE`` of the text's own width, the text's wrap reads it
            if (whole is None or width < _FULL_LINE * whole) and self._wrapped_run(run, width):
                return run, width
        return None

    def _wrapped_run(self, run: list[Span], width: int) -> bool:
        """Whether the lines ``run`` (one line break between each), ``width`` at their
        widest, are one paragraph hard-wrapped at that width: at least
        ``_BLOCK_WRAP_MIN_LINES`` lines, none a list item (but a dash a wrapper carried
        before a word in lower case), table row, Markdown heading or quoted line, the
        width 12 to 120 characters, 30% of the lines after the first opening in lower
        case (a line set in capitals: under a line that stops mid-sentence), 80% of
        them too long to have fitted on the line before (``_wrapped_before``), and a
        sentence end per 60 words."""
        text = self.text
        if len(run) < _BLOCK_WRAP_MIN_LINES or not _NARROW_WRAP_MIN_WIDTH <= width <= _WRAP_MAX_WIDTH:
            return False
        for line in run:
            item = _LIST_ITEM_RE.match(text, line.start)
            dash = _DASH_OPENING.match(text, line.start)
            if item and not (dash and text[dash.end()].islower()):
                return False
            if text.startswith(("#", ">"), line.start) or "|" in text[line.start : line.end]:
                return False
        pairs = list(zip(run, run[1:]))
        start, end = run[0].start, run[-1].end
        # a line set in capitals says nothing by its case: under a line that stops
        # mid-sentence it continues that (a shouted paragraph pasted wrapped read as
        # 20 link-like lines of page chrome)
        lower = sum(
            text[line.start].islower()
            or (not _ends_sentence(text, above) and not any(c.islower() for c in text[line.start : line.end]))
            for above, line in pairs
        )
        fitted = max(
            sum(_wrapped_before(text, line, _line_width(text, above.end), w, self._spaced) for above, line in pairs)
            for w in _fold_widths(width)
        )
        if lower < _NARROW_LOWER_SHARE * len(pairs) or fitted < _NARROW_FIT_SHARE * len(pairs):
            return False
        ends = len(_SENTENCE_END_RE.findall(text, start, end))
        return ends > 0 and ends * _NARROW_WORDS_PER_SENTENCE_END >= len(text[start:end].split())

    @cached_property
    def _spaced(self) -> bool:
        """Whether the text holds an ordinary space; in one with none, the no-break
        space is its space (``_wrapped_before``)."""
        return " " in self.text

    @cached_property
    def wrap_width(self) -> int | None:
        """The column a hard-wrapped text was wrapped at (its longest line, in
        characters, leaving out up to two lines that stand alone, a title or an address
        over a wrapped body), or None when it is not hard-wrapped: that width under 12
        or over 120 characters, or fewer than 3 lines (and 30% of them) within 80% of
        it. Under 30 characters, also 8 full lines, a sentence end per 60 words, 30% of
        the lines that continue another opening in lower case and 80% of them too long
        to have fitted on the line before (``_wrapped_before``)."""
        text = self.text
        # a line of one word (a web address, a long compound) sets no width: a wrapper
        # cannot break it, so it stands on a line of its own however wide (textwrap's
        # break_long_words=False, fmt, mail clients). Read as the width, three tweet
        # addresses in an article wrapped at 40 made every wrapped line a paragraph of
        # its own (27 points; a tester's find, 2026-12-06)
        widths = [
            0 if _one_word_line(text, line) else _line_width(text, line.end)
            for line in self.lines
        ]
        if len(widths) < _WRAP_MIN_FULL_LINES:
            return None
        alone = self._standalone_lines()
        longest_first = sorted(range(len(widths)), key=lambda k: -widths[k])
        # the standalone lines above the rest are left out first: a headline wider
        # than its wrapped body still has most body lines within 80% of its width, and
        # read as the width it made the wrapped sentences look like short paragraphs
        # (3-4 points between the same article with and without a blank line under it)
        above = 0
        while above < _WRAP_MAX_STANDALONE and longest_first[above] in alone:
            above += 1
        chosen = None
        for skipped in range(above, -1, -1):
            width = widths[longest_first[skipped]]
            if self._passable(longest_first[:skipped], width, widths) and self._wrapped_at(width, widths):
                chosen = width
                break
        return self._narrower_wrap(widths, longest_first, chosen) or chosen

    def _narrower_wrap(self, widths: list[int], longest_first: list[int], chosen: int | None) -> int | None:
        """A width under ``chosen`` (or any, when it is None) left when the one or two
        longest lines are passed over, even inside a block, when a greedy wrap at it
        explains the line breaks far better: its share of continued lines whose first
        word would not have fitted above (``_continued_lines``) is at least
        ``_OUTLIER_FIT`` and ``_OUTLIER_GAIN`` more than at ``chosen``. One wide line (a
        headline ending on a full stop over one line break, a byline, a URL) set the
        width, and every wrapped line of the body read as a paragraph of its own (a
        reviewer's article: 13 points, its lower-case line starts counted as faults)."""
        base = None  # the fit at ``chosen``: read only when a narrower width is a wrap
        for skipped in range(_WRAP_MAX_STANDALONE, 0, -1):  # the narrowest first
            width = widths[longest_first[skipped]]
            if (chosen is not None and width >= chosen) or not self._wrapped_at(width, widths):
                continue
            if not self._passable(longest_first[:skipped], width, widths):
                continue
            if base is None:
                base = self._continued_lines(_fold_widths(chosen))[1] if chosen else 0.0
            fit = self._continued_lines(_fold_widths(width))[1]
            if fit >= _OUTLIER_FIT and fit >= base + _OUTLIER_GAIN:
                return width
        return None

    def _passable(self, skipped: list[int], width: int, widths: list[int]) -> bool:
        """Whether the lines ``skipped`` may be passed over for a wrap at ``width``: none
        of more words than a heading has, ending as a sentence does, is over
        ``_OUTLIER_MAX_TIMES`` as wide (a long headline, which ends on no full stop,
        may be). Such a line is a paragraph
        written on one line, which a hard wrap would have broken, not a title or a
        byline: a short article's one-line paragraphs were passed over, and the
        "Read more" headlines under them read as one paragraph wrapped at their width
        (a new user's find)."""
        for k in skipped:
            line = self.text[self.lines[k].start : self.lines[k].end].rstrip()
            if (
                widths[k] > _OUTLIER_MAX_TIMES * width
                and len(line.split()) > HEADING_MAX_WORDS
                and _TERMINAL_RE.search(line)
                and not self._wrapped_prose_at(width)
            ):
                return False
        return True

    def _wrapped_prose_at(self, width: int) -> bool:
        """Whether a greedy wrap at ``width`` explains the lines that follow another
        as wrapped prose does: at least ``_OUTLIER_FIT`` of them too long to have fitted
        on the line before and ``_NARROW_LOWER_SHARE`` opening in lower case. Then a
        paragraph on one line beside them was written so (a lead pasted in whole over a
        body from mail; a tester's find: every wrapped line read as a paragraph, 13
        points), where a list of headlines under one-line paragraphs opens its lines in
        capitals."""
        lower, fitted = self._continued_lines(_fold_widths(width))
        return fitted >= _OUTLIER_FIT and lower >= _NARROW_LOWER_SHARE

    def _wrapped_at(self, width: int, widths: list[int]) -> bool:
        if not _NARROW_WRAP_MIN_WIDTH <= width <= _WRAP_MAX_WIDTH:
            return False
        full = sum(_FULL_LINE * width <= w <= width for w in widths)
        if full < _WRAP_MIN_FULL_LINES or full < _WRAP_MIN_FULL_SHARE * len(widths):
            return False
        if width >= _WRAP_MIN_WIDTH_OF_TEXT:
            return True
        if full < _NARROW_MIN_FULL_LINES:
            return False
        ends = len(_SENTENCE_END_RE.findall(self.text))
        if ends * _NARROW_WORDS_PER_SENTENCE_END < len(self.text.split()):
            return False
        lower, fitted = self._continued_lines(_fold_widths(width))
        return lower >= _NARROW_LOWER_SHARE and fitted >= _NARROW_FIT_SHARE

    def _standalone_lines(self) -> set[int]:
        """Indices of the lines with a blank line (or the text's edge) on both sides,
        and the title line over the body (``_title_line``)."""
        text, lines = self.text, self.lines
        gaps = [_line_breaks(text, a.end, b.start) for a, b in zip(lines, lines[1:])]
        alone = {
            k
            for k in range(len(lines))
            if (k == 0 or gaps[k - 1] > 1) and (k == len(lines) - 1 or gaps[k] > 1)
        }
        if self._title_line is not None:
            alone.add(0)
        return alone

    @cached_property
    def _title_line(self) -> Span | None:
        """The first line when it is a headline over the body (``title_span``: one line
        break under it, and the next line's first word would have fitted on it or it is
        wider than the wrapped lines below), else None. Left out of the wrap width and
        never joined to the body: a 79-character headline over a body wrapped at 72
        columns set the width, and the body's wrapped sentences read as paragraphs."""
        lines = self.lines
        start, end = title_span(self.text)
        if not lines or end == 0 or self.text.count("\n", lines[0].end, end) == 0:
            return None
        return lines[0]

    def _continued_lines(self, widths: tuple[int, ...]) -> tuple[float, float]:
        """Of the lines right after another line (one line break between): the share
        that open in lower case (a digit is no lower case: "3 killed in crash" heads a
        list), and the largest over ``widths`` of the share whose first word would not
        have fitted on the line before. (0.0, 0.0) when no line follows another."""
        text, lines = self.text, self.lines
        follow = lower = 0
        fitted = [0] * len(widths)
        for before, line in zip(lines, lines[1:]):
            if _line_breaks(text, before.end, line.start) != 1:
                continue
            follow += 1
            lower += text[line.start].islower()
            for k, width in enumerate(widths):
                fitted[k] += _wrapped_before(text, line, _line_width(text, before.end), width, self._spaced)
        return (lower / follow, max(fitted) / follow) if follow else (0.0, 0.0)

    def _paragraph(self, span: Span) -> Paragraph:
        body = self.text[span.start : span.end]
        n_words = len(WORD_RE.findall(body, 0, 400)) if len(body) < 400 else 99
        return Paragraph(span.start, span.end, _classify(body, n_words))

    @property
    def headings(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == "heading"]

    @property
    def list_items(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == "list_item"]

    @cached_property
    def broken_table_rows(self) -> list[Paragraph]:
        """Table rows that belong to no well-formed table.

        Consecutive table rows form a block; ``_is_table`` says which blocks are tables
        (GFM tables with or without outer pipes, header-less rows from HTML). Anything
        else ("Feature | Details |" fenced on one side, a header with no rows, a
        separator in the wrong place) is debris of a table flattened or broken on its
        way into the text.
        """
        text = self.text
        broken: list[Paragraph] = []
        block: list[Paragraph] = []
        for para in [*self.paragraphs, None]:
            # GFM: "The table is broken at the first empty line", so two tables with a
            # blank line between them are two blocks, each judged on its own
            if (
                para is not None
                and para.kind == "table_row"
                and not (block and _BLANK_LINE.search(text, block[-1].end, para.start))
            ):
                block.append(para)
                continue
            if block and not _is_table(text, block):
                glued = _glued_rows(text, block)
                apart = set(glued)
                rest = [row for row in block if row not in apart]
                # a well-formed table with rows glued onto one line: those rows are the
                # debris, not the sound ones (one glued row had made all five debris,
                # and the cleaner dropped the whole table; a tester's find)
                broken += glued if glued and rest and _is_table(text, rest) else block
            block = [para] if para is not None and para.kind == "table_row" else []
        return broken

    @cached_property
    def blank_line_count(self) -> int:
        return sum(1 for line in self.text.splitlines() if not line.strip())

    # -- sentences ------------------------------------------------------------------

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences of prose and list-item paragraphs and of the table cells that hold
        prose (not ``label_cells``); headings and label cells are not sentences, so
        readability is not skewed by them (textstat#194). The boundaries are
        ``quality.sentences.split_sentences`` (abbreviations, initials, ellipses)."""
        text = self.text
        out: list[Span] = []
        for para in self.paragraphs:
            if para.kind == "heading":
                continue
            if para.kind == "table_row":
                # a cell of sentences is read as they would be in a paragraph: left
                # unread, a table of notes hedged in two of its eight sentences went
                # uncounted in the hedged share, and the same sentences cost 8 points
                # more in a table than as prose (a tester's find, 2026-12-06)
                for a, b in _row_cells(text, para):
                    cell = text[a:b]
                    if cell.strip() and not _is_label_cell(cell.strip()):
                        start = a + len(cell) - len(cell.lstrip())
                        out.extend(Span(x, y) for x, y in split_sentences(text, start, a + len(cell.rstrip())))
                continue
            start = para.start
            if para.kind == "list_item":
                # skip the bullet itself, and a second and third marker after it ("● + more
                # bandwidth", "1. - item": bulleting a list's items hid their first words)
                for _ in range(3):
                    m = _LIST_ITEM_RE.match(text, start)
                    if m is None:
                        break
                    start = m.end() - 1
            for a, b in split_sentences(text, start, para.end):
                if out and out[-1].start >= start and _ONLY_PICTOGRAPHS.fullmatch(text, a, b):
                    # an emoji after a sentence's end is that sentence's, no sentence
                    out[-1] = Span(out[-1].start, b)
                else:
                    out.append(Span(a, b))
        return out

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def quotations(self) -> list[tuple[int, int]]:
        """(start, end) of each direct quotation, quote marks included, in text order:
        double quotation marks (curly or straight) or guillemets paired by the side they
        stand on, holding 12+ characters or a short reply before or after a verb of
        saying ('"No," she said'), a quotation run over paragraphs; single marks that
        close on the quotation's own punctuation, or before a verb of saying, or hold a
        phrase quoted after one ('said the costs ‘could double’'); one nested in
        another is part of it. What is quoted is a source's words, not the writer's."""
        return _quotations(self)

    @cached_property
    def quoted_share(self) -> float:
        """Share of the text's characters inside ``quotations`` (0 to 1), white space not
        counted: page chrome is read as blanks (quality.reading), and counted, 1,000
        spaces or a cookie notice after an interview halved its quoted share and moved
        it 13 points (a tester's find)."""
        if not self.quotations:
            return 0.0  # (most texts: the whole text is not counted)
        text = self.text
        quoted = sum(_non_space_chars(text[a:b]) for a, b in self.quotations)
        return quoted / max(1, _non_space_chars(text))

    @cached_property
    def sources_share(self) -> float:
        """Share of ``quotations``' characters that count as sources' words (0 to 1).
        By the share ``q`` of the text they fill: 1 up to QUOTED_SHARE_RAMP[0]; then as
        many characters as a share of the text falling linearly from QUOTED_SHARE_RAMP[0]
        at that point to 0 at QUOTED_SHARE_RAMP[1]. Texts of up to
        QUOTED_SHARE_WORDS_RAMP[0] words keep them all, and between the two word counts
        the larger of the two shares, blended linearly, holds."""
        q = self.quoted_share
        lo, hi = QUOTED_SHARE_RAMP
        by_share = 1.0 if q <= lo else lo * _ramp_down(q, lo, hi) / q
        by_length = _ramp_down(self.word_count, *QUOTED_SHARE_WORDS_RAMP)
        return max(by_share, by_length)

    @cached_property
    def quoted_weight(self) -> float:
        """How much a word inside a quotation counts among the writer's words (0 to 1):
        ``w = 1 - sources_share`` eased in and out as ``3w² - 2w³`` (smoothstep), 0 while
        quotations fill up to QUOTED_SHARE_RAMP[0] of the text and 1 from
        QUOTED_SHARE_RAMP[1]. Eased, because the rates a count feeds are steep near none:
        taken linearly, 0.07 of two quoted adverbs in a short text cost 5.5 points, and a
        headline that took the share under 40% gave them back (a tester's find); eased,
        0.013 of them. The measurements that count the writer's hedges, adverbs, intensifiers,
        second-person address, stock phrases and vague sources count each one quoted at
        this weight (``writers_count``): an expected value, so an edit moves a count by
        what it adds or takes away. Before, whole quoted sentences were the writer's in a
        sample set by a hash of their words, and an edit that changed no hedge moved
        which sentences were taken: a signature line appended moved an article 5
        points, a name changed 4.5 (a tester's finds, 2026-12-06)."""
        w = 1.0 - self.sources_share
        return w * w * (3.0 - 2.0 * w)

    @cached_property
    def writer_quotations(self) -> list[tuple[int, int]]:
        """The quotations whose words count among the writer's, at ``quoted_weight``:
        all of them when that weight is above 0, else none (most texts)."""
        return list(self.quotations) if self.quoted_weight > 0.0 else []

    def _inside_quotation(self, start: int, end: int) -> bool:
        quotes = self.quotations
        k = bisect_right(quotes, (start, len(self.text) + 1)) - 1
        return k >= 0 and quotes[k][0] <= start and end <= quotes[k][1]

    def writer_weight(self, start: int, end: int) -> float:
        """How much text[start:end] counts among the writer's words: 1 outside the
        quotations, ``quoted_weight`` inside one."""
        return self.quoted_weight if self._inside_quotation(start, end) else 1.0

    def writers_count(self, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], float]:
        """(the spans that count among the writer's words, their count with each quoted
        one at ``quoted_weight``): for a text whose quotations fill up to
        QUOTED_SHARE_RAMP[0] of it, the spans outside quotations and how many."""
        kept, count = [], 0.0
        for span in spans:
            weight = self.writer_weight(*span)
            if weight > 0.0:
                kept.append(span)
                count += weight
        return kept, count

    def in_quotation(self, start: int, end: int) -> bool:
        """Whether text[start:end] lies inside one quotation that is more a source's words
        than the writer's (``quoted_weight`` below one half): for what is counted whole
        or not at all, such as a repeated sentence, a named source or a paragraph's label."""
        return self.quoted_weight < 0.5 and self._inside_quotation(start, end)

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (-1 if before every sentence)."""
        return bisect_right(self.sentence_starts, offset) - 1

    @cached_property
    def sentence_word_counts(self) -> list[int]:
        """Words per sentence, counted as white-space separated tokens (cheap, and the
        same as the word regex except for stray punctuation tokens)."""
        text = self.text
        return [len(text[s.start : s.end].split()) for s in self.sentences]

    # -- words ----------------------------------------------------------------------

    @cached_property
    def lower_text(self) -> str:
        """The text lower-cased, character for character, so every offset into it is an
        offset into ``text`` (quality.letters.lower_in_place)."""
        return lower_in_place(self.text)

    @cached_property
    def words(self) -> list[str]:
        """Lower-cased words, in order: ``lower_text[a:b]`` for each of ``word_spans``."""
        return WORD_RE.findall(self.lower_text)

    @cached_property
    def word_spans(self) -> list[Span]:
        """Each word's offsets, in the order of ``words`` (found in ``lower_text``, whose
        offsets are the text's; computed only when asked for)."""
        return [Span(*m.span()) for m in WORD_RE.finditer(self.lower_text)]

    @cached_property
    def word_counts(self) -> Counter[str]:
        """How often each lower-cased word occurs (shared by several extractors)."""
        return Counter(self.words)

    @cached_property
    def word_count(self) -> int:
        return len(self.words)

    @cached_property
    def label_cells(self) -> list[tuple[int, int]]:
        """(start, end) of the table cells that hold labels or figures, not prose: a
        cell of a table row (paragraph kind "table_row") that ``_is_label_cell`` says
        is one ("Ward 3", "30%", "Ana Ruiz", "Acme Inc."). A cell that does ("Results may be revised.") is prose and is read
        as prose: left out, the hedges and intensifiers of such cells were counted over
        the words outside them, and a table of notes cost an article 14 points (a
        tester's find, 2026-12-06)."""
        text = self.text
        return [
            (a, b)
            for p in self.paragraphs
            if p.kind == "table_row"
            for a, b in _row_cells(text, p)
            if text[a:b].strip() and _is_label_cell(text[a:b].strip())
        ]

    @cached_property
    def label_words(self) -> list[str]:
        """The lower-cased words of ``label_cells``, in order."""
        lower = self.lower_text
        return [w for a, b in self.label_cells for w in WORD_RE.findall(lower, a, b)]

    @cached_property
    def prose_word_count(self) -> int:
        """Words outside ``label_cells`` (``word_count`` less ``label_words``): what rates
        per 1,000 words are taken on (``per_1k_words``)."""
        return self.word_count - len(self.label_words)

    def outside_label_cells(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``spans`` (sorted or not) less those that start in one of ``label_cells``
        (which are in text order and do not overlap: one search a span)."""
        cells = self.label_cells
        if not cells:
            return spans
        starts = [a for a, _ in cells]

        def inside(at: int) -> bool:
            k = bisect_right(starts, at) - 1
            return k >= 0 and at < cells[k][1]

        return [s for s in spans if not inside(s[0])]

    def memo(self, key: str, compute):
        """A value derived once per document and shared by extractors (n-gram tables)."""
        cache = self.__dict__.setdefault("_memo", {})
        if key not in cache:
            cache[key] = compute(self)
        return cache[key]

    def per_1k_words(self, count: float) -> float:
        """A count as a rate per 1,000 words outside tables' label and figure cells
        (``prose_word_count``); 0 for a text with none. Such cells diluted every rate of
        the prose above them: 60 rows of results under a 400-word report lifted it 7
        points (a tester's find, 2026-12-06)."""
        n = self.prose_word_count
        return 1000.0 * count / n if n else 0.0


# The extractors and the wording signals read the same text: the last few parses are
# kept, so a text being scored is parsed once (the vocabulary reads its vague
# attributions from the parse sourcing made).
@lru_cache(maxsize=4)
def document_of(text: str) -> Document:
    """``Document(text)``, the same object for the same text while it is among the last
    four asked for (its cached parses with it)."""
    return Document(text)

"""Readers and writers: every input becomes a stream of Records, in input order.

Inputs are files, directories (recursive, sorted), globs and '-' for stdin: .txt and .md
(one article a file), .html (main text extracted with trafilatura; a fragment it finds
no article in is read as its visible text, without nav, header, footer, aside, script
and style), .jsonl, .csv, .tsv and .parquet (one article a row), .json (an array of
objects, one article each, or one object); a JSON string in place of an object is a
text alone; any of them may be
gzipped (``.jsonl.gz``). Stdin, a .txt file and a file with another extension are read
as ``input_format`` says, or (by default) sniffed (a .txt file is then text): HTML markup,
JSON objects a line, a JSON document, Parquet (its magic number), or a CSV/TSV whose
header (split on a comma, tab, ";" or "|") names the text column, else plain text.
An input that names nothing (a typo, a glob matching nothing, a directory without
articles) is a UsageError before anything is read, and so, when the caller asks
(``require_records``, as the CLI does), is one that holds no records at all; a file a
folder or glob brought in is one error record instead (empty, a broken link, a named
pipe), so it never stops the others. Readers
never raise for a bad record: a Record carries the reason instead, so one broken line
(malformed JSON, a CSV row with too many fields, a quote left open) never sinks a batch.
Tables are read in chunks (CSV and TSV row by row), so memory stays flat however large
the input. A row's title is read when the caller names its field (``title_column``).
"""

from __future__ import annotations

import codecs
import csv
import glob
import gzip
import io
import json
import math
import os
import re
import sys
import tempfile
import threading
import zlib
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path
from typing import IO, Any, NamedTuple

from quality.errors import UsageError

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet", ".pq"}
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES
#: Values of ``input_format`` (``--input-format``): "auto" reads files by their extension
#: and sniffs stdin; the others name the format of stdin, of .txt files and of files with
#: an extension that names none (``_file_format``).
INPUT_FORMATS = ("auto", "text", "markdown", "html", "jsonl", "json", "csv", "tsv", "parquet")
_FORMAT_OF_SUFFIX = {
    **{s: "text" for s in TEXT_SUFFIXES},
    **{s: "markdown" for s in MARKDOWN_SUFFIXES},
    **{s: "html" for s in HTML_SUFFIXES},
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
#: Texts longer than this many characters are refused with a reason (20 MB of text is
#: a dump, not an article, and would hold a worker for seconds).
DEFAULT_MAX_CHARS = 5_000_000
CHUNK_ROWS = 2_000


class RowFields(NamedTuple):
    """Which fields of a row (a JSON object, a CSV, TSV or Parquet row) hold what: its
    text, its id, the fields copied to the output (``keep``) and its title (None: no
    title is read)."""

    text: str = "text"
    id: str = "id"
    keep: tuple[str, ...] = ()
    title: str | None = None


@dataclass(slots=True)
class Record:
    """One input article, or the reason it could not be read."""

    id: str
    text: str | None
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    #: "markdown" for a .md or .markdown file: its markup is its format, not debris;
    #: "html" for the text read out of an HTML page (already without its markup)
    markup: str | None = None
    #: the record's title, when the reader was asked for one (``title_column``) and the
    #: row has it: scored with the text (``Scorer.score(title=...)``); None for none
    title: str | None = None
    #: an HTML page's own title (``page_title``), None for other inputs: ``quality clean``
    #: writes it where a record has no title. Not scored: a page's <title> often carries
    #: the site's name ("... | Site"), and its headline is most often in the text already.
    page_title: str | None = None
    #: where in its input the record stands ("articles.jsonl:10", a file and its line or
    #: row, the id it would have had), when its own id says otherwise; else None
    where: str | None = None
    #: the row has no field of the id's name at all (a misspelt --id-column, most
    #: often): its id is where it stands. False for inputs that are no rows.
    lacks_id_field: bool = False
    #: ... and no field of the title's name, when one is read (a misspelt --title-column:
    #: the record is scored without a title)
    lacks_title_field: bool = False
    #: what a reader should know of how the record's whole input was read ("... reads as
    #: UTF-8 yet was read as windows-1252 ..."): the same on every record of the input,
    #: for a command to say once (``utf8_misread_note``); None for nothing to say
    read_note: str | None = None


def _suffix(path: str) -> str:
    """The format-bearing extension, lower-cased: 'a.JSONL.gz' -> '.jsonl'."""
    p = Path(path)
    if p.suffix.lower() == ".gz":
        p = p.with_suffix("")
    return p.suffix.lower()


def _walk(directory: str, skipped: list[str] | None = None) -> list[str]:
    """The files with a known extension under ``directory``, recursively, sorted. Hidden
    files and folders (".git", ".cache", editors' ".draft.txt") are skipped, as ls and
    most tools do; name one directly to score it. Visible files with another extension
    are added to ``skipped`` when it is given."""
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            if f.startswith("."):
                continue
            if _suffix(f) in SUFFIXES:
                found.append(os.path.join(root, f))
            elif skipped is not None:
                skipped.append(os.path.join(root, f))
    if skipped is not None:
        skipped.sort()
    return sorted(found)


def expand_inputs(
    inputs: Iterable[str], skipped: list[str] | None = None, found: set[str] | None = None
) -> list[str]:
    """Paths in order: directories walked recursively and sorted (files with a known
    extension, gzipped or not), globs expanded and sorted, '-' kept for stdin. The files
    a walk passed over for their extension ("notes.dat") are added to ``skipped`` when it
    is given, so a caller can say so; the paths a walk or a glob found (not named by the
    caller) are added to ``found``, and are taken as they are when given again: a broken
    link or an empty file among them is one error record (``read_records``), not a
    UsageError that would stop the rest.

    Raises UsageError naming the input when the only one names nothing: a path that
    does not exist, a glob that matches nothing, a directory holding no article files.
    One of several that names nothing is kept and added to ``found`` (when given), so it
    is one error record saying why (``not_a_file``) and the others are read, as an
    input that holds no records is: a typo in one of a hundred paths lost the whole run
    (a new user's find)."""
    inputs = list(inputs)
    if inputs.count("-") > 1:
        # read once, the second '-' found it empty: an "empty text" error record that
        # named no cause (a tester's find)
        raise UsageError("Standard input ('-') is named more than once; it can be read once. Name it once.")
    out: list[str] = []

    def names_nothing(item: str, problem: str) -> None:
        if len(inputs) > 1 and found is not None:
            out.append(item)  # one error record (not_a_file says why)
            found.add(item)
        else:
            raise UsageError(problem)

    for item in inputs:
        if item == "-" or (found is not None and item in found):
            out.append(item)
        elif os.path.isdir(item):
            walked = _walk(item, skipped)
            if not walked:
                names_nothing(
                    item,
                    f"The directory {item!r} holds no articles (files ending in "
                    f"{', '.join(sorted(SUFFIXES))}, or those gzipped). Check the path.",
                )
            out += walked
            if found is not None:
                found.update(walked)
        elif any(ch in item for ch in "*?[") and not os.path.exists(item):
            matched = []
            for p in sorted(glob.glob(item, recursive=True)):
                matched += _walk(p, skipped) if os.path.isdir(p) else [p]
            if not matched:
                names_nothing(
                    item,
                    f"The pattern {item!r} matches no files. Check the pattern (quote it so "
                    "the shell does not expand it first).",
                )
            out += matched
            if found is not None:
                found.update(matched)
        elif not os.path.exists(item):
            names_nothing(item, f"The input {item!r} does not exist. Check the path.")
        else:
            out.append(item)
    if not out:
        raise UsageError("No inputs given: name files, directories, globs or '-' for stdin.")
    return out


def read_records(
    inputs: Iterable[str],
    *,
    text_column: str = "text",
    id_column: str = "id",
    keep_columns: Iterable[str] = (),
    max_chars: int | None = DEFAULT_MAX_CHARS,
    stdin: IO[bytes] | None = None,
    input_format: str = "auto",
    html_comments: bool = False,
    require_records: bool = False,
    found: set[str] | None = None,
    title_column: str | None = None,
    encoding: str | None = None,
) -> Iterator[Record]:
    """Every record of every input, in order; unreadable ones carry an error.

    The inputs are expanded (and checked, see ``expand_inputs``) before the first record
    is read, so a typo raises UsageError at once. ``input_format`` is one of
    INPUT_FORMATS: the format of stdin, of .txt files and of files whose extension names
    none ("auto": files by their extension, stdin and other extensions sniffed); a file
    whose extension names a layout (.jsonl, .csv, .parquet, .html, .md) keeps it
    (``kept_by_extension``).
    ``html_comments`` keeps an HTML page's comment section (see ``_html_record``).

    ``require_records``: raise UsageError for an input that holds no records at all (see
    ``holds_no_records``), as for one that names nothing: a file is checked before the
    first record is read, stdin once it is read. Otherwise such an input adds nothing.

    A file that a directory walk or a glob found, or one of several the caller named, never
    stops the others: when it holds no records, is a broken link, or is no regular file
    (a named pipe, which would wait for a writer), it is one error record saying so.
    ``found``: those paths, from ``expand_inputs(..., found=)``, when ``inputs`` were
    expanded already.

    ``title_column``: the field of a row (JSONL, JSON, CSV, TSV, Parquet) holding its
    title, which becomes ``Record.title``; a row without it, or with it empty or null, has
    none, and one whose title is not text is an error record. None (the default) reads
    no titles, so a row's title is scored only when a caller asks for it.

    ``Record.id``: a row's ``id_column`` field when it has one, else where the record
    stands: ``PATH:N`` with N the line in JSON Lines (1-based, blank lines counted, as an
    editor or ``sed -n Np`` numbers them; the error messages name the same line), and the
    row in CSV, TSV or Parquet and the item in a JSON array (1-based, the header and blank
    CSV lines not counted: ``pandas.read_csv(PATH).iloc[N - 1]`` is the row). A file of
    one article (text, Markdown, HTML) is ``PATH``; stdin's path is ``-``.

    ``encoding``: the inputs' text encoding when it is not UTF-8 (a spreadsheet's
    "windows-1252" CSV, a "latin-1" text file): each input but Parquet (which stores
    UTF-8) is read whole and re-encoded as UTF-8 first, so it is not streamed; a record
    holding bytes that encoding does not define is an error naming its line and bytes
    (``decode_named``), and the others are read. None (the default): UTF-8,
    or UTF-16/32 with a byte-order mark. Raises UsageError for an encoding Python does
    not know."""
    if input_format not in INPUT_FORMATS:
        raise UsageError(
            f"The input format must be one of {', '.join(INPUT_FORMATS)}. Got {input_format!r}."
        )
    encoding = text_encoding(encoding)
    found = set() if found is None else found
    paths = expand_inputs(inputs, found=found)
    if len(paths) > 1:
        # one of several named files that holds nothing is one error record, as a file a
        # folder brought in is: refused, it lost every other input's output (exit 2)
        found.update(p for p in paths if p != "-")
    if require_records:
        for path in paths:
            if path != "-" and path not in found and holds_no_records(path, input_format):
                raise UsageError(_no_records(path))
    row_fields = RowFields(text_column, id_column, tuple(keep_columns), title_column)
    return _records_of(
        paths,
        row_fields,
        max_chars=max_chars,
        stdin=stdin,
        input_format=input_format,
        html_comments=html_comments,
        require_records=require_records,
        found=found,
        several=len(paths) > 1,
        encoding=encoding,
    )


def _records_of(
    paths: list[str],
    row_fields: RowFields,
    *,
    max_chars: int | None,
    stdin: IO[bytes] | None,
    input_format: str,
    html_comments: bool,
    require_records: bool,
    found: set[str],
    several: bool,
    encoding: str | None = None,
) -> Iterator[Record]:
    for path in paths:
        if path in found:
            problem = not_a_file(path)
            if problem:
                yield Record(path, None, problem)
                continue
        if encoding is None:
            records = _read_one(path, row_fields, stdin, input_format, html_comments)
        else:
            records = _read_transcoded(path, encoding, row_fields, stdin, input_format, html_comments)
        n = 0
        for record in records:
            n += 1
            yield within_limit(record, max_chars, "--max-chars")
        if not n and (path in found or several):
            # found in a folder, or one of several inputs: one error record, and the
            # others are read
            yield Record(path, None, NO_RECORDS_IN_FILE)
        elif require_records and not n:
            # stdin (it cannot be read ahead of its turn), or a file emptied since the check
            raise UsageError(_no_records(path))


def _no_records(path: str) -> str:
    what = "Standard input ('-')" if path == "-" else f"The input {path!r}"
    return (
        f"{what} holds no records (a JSONL file of blank lines, a JSON array with no items, a "
        "CSV or TSV empty or with only a header, a Parquet file without rows). Check the input, or "
        "leave it out."
    )


#: The error record of a file found in a folder that holds no records.
NO_RECORDS_IN_FILE = (
    "the file holds no records (a JSONL file of blank lines, a JSON array with no items, a "
    "CSV or TSV empty or with only a header, a Parquet file without rows)"
)


def not_a_file(path: str) -> str | None:
    """Why ``path`` cannot be read as an article file, or None: a broken symbolic link,
    or something other than a regular file (a named pipe, which would block the reader
    until something writes to it; a socket; a device)."""
    if os.path.islink(path) and not os.path.exists(path):
        return f"a broken symbolic link: its target {os.readlink(path)!r} does not exist"
    if not os.path.lexists(path):  # one of several inputs (expand_inputs)
        if any(ch in path for ch in "*?["):
            return "the pattern matches no files; check it (quote it so the shell does not expand it first)"
        return "the input does not exist; check the path"
    if os.path.isdir(path):  # one of several inputs (expand_inputs)
        return f"the directory holds no articles (files ending in {', '.join(sorted(SUFFIXES))}, or those gzipped)"
    if os.path.exists(path) and not os.path.isfile(path):
        return "not a regular file (a named pipe, socket or device); name it directly to read it"
    return None


def holds_no_records(path: str, input_format: str = "auto") -> bool:
    """Whether reading the file ``path`` gives no record at all: a JSONL file without a
    non-blank line, a CSV or TSV without a row after its header (blank lines aside), a
    Parquet file without rows, an empty or blank CSV or TSV file. Never for a text or HTML file (an empty one is one
    record, with an empty text), nor for a file that cannot be read or parsed (a record
    says why). Reads up to the first record (of a Parquet file, its footer)."""
    fmt = _file_format(path, input_format)
    gz = path.lower().endswith(".gz")
    try:
        if fmt == "jsonl":
            with (gzip.open if gz else open)(path, "rb") as fh:
                return not any(line.strip() for line in fh)
        if fmt == "json":
            with (gzip.open if gz else open)(path, "rb") as fh:
                return next(_json_document(fh.read(), path, RowFields()), None) is None
        if fmt == "parquet" and not gz:
            import pyarrow.parquet as pq

            return pq.ParquetFile(path).metadata.num_rows == 0
        if fmt in {"csv", "tsv"}:
            with (gzip.open if gz else open)(path, "rb") as fh:
                head = fh.read(65536)
            blank = head.decode(unicode_mark(head) or "utf-8-sig", errors="ignore")
            if not blank.strip():
                return True  # empty or blank (a byte-order mark alone): no header, no rows
        if fmt in {"csv", "tsv", "parquet"}:
            return next(_table_chunks(path, fmt, RowFields(), path), None) is None
    except Exception:  # unreadable: reading it gives a record saying why
        return False
    return False


def _file_format(path: str, input_format: str) -> str:
    """The format a file is read in: its extension's, unless that is plain text (.txt)
    or none and ``input_format`` names one (a page saved as .txt with "html" was read as
    text, tags and all, and JSON Lines in a .txt as one article: a new user's find); else
    "sniff": its bytes tell, as stdin's do (JSON Lines saved as "feed.data" was read as
    one article). An extension that names a layout (.jsonl, .csv, .parquet, .html, .md)
    keeps it: "--input-format html" for one page among them turned each JSON Lines file
    and CSV into one article, their records lost (a reviewer's find)."""
    fmt = _FORMAT_OF_SUFFIX.get(_suffix(path))
    if input_format != "auto" and fmt in (None, "text"):
        return input_format
    return fmt or "sniff"


def is_sniffed(path: str, input_format: str) -> bool:
    """Whether ``path`` ("-" for stdin) is read in the format its bytes tell
    (``sniff_format``): stdin and a file whose extension names none, unless
    ``input_format`` names one."""
    if path == "-":
        return input_format == "auto"
    return _file_format(path, input_format) == "sniff"


def kept_by_extension(path: str, input_format: str) -> str | None:
    """The format ``path``'s extension names when it is kept against ``input_format``
    (``_file_format``), for a caller to say so; None when the two agree or the flag
    applies."""
    if path == "-" or input_format == "auto":
        return None
    fmt = _file_format(path, input_format)
    return None if fmt == input_format else fmt


# a column name: one word ("id", "text", "source.url"); in a header of three or more,
# up to four words and the marks names hold ("article id", "published (UTC)",
# "date/time"), not ending as a sentence does. Two-column prose opening "text, then
# silence" would read as a header of two names of several words.
_COLUMN_NAME = re.compile(r"[A-Za-z_][\w.\-]*\Z")
_LONG_COLUMN_NAME = re.compile(r"[A-Za-z_(#][\w.\-()/#%:&]*(?: [\w.\-()/#%:&]+){0,3}(?<![.!?:])\Z")


#: What opens a JSON object and no prose: "{", a quoted key, a colon.
_JSON_KEY_OPENING = re.compile(rb'\{\s*"[^"\n]{1,100}"\s*:')
#: A Python dict's or a JavaScript object's opening: a key in single quotes, or a bare
#: name before a quoted value ("{'id': 'a1', ...}", "{id: 'a1', ...}"). No prose opens
#: so; read as text, a feed of such lines was scored as one article (left alone a stop
#: before): read as JSON Lines, each line is an error record saying what JSON wants.
_NOT_JSON_KEY_OPENING = re.compile(rb"""\{\s*(?:'[^'\n]{1,100}'|[A-Za-z_]\w{0,40})\s*:\s*(?:'|"|\d|\[|\{|True|False|None)""")


def sniff_format(data: bytes, text_column: str = "text") -> str:
    """The format of bytes on stdin when it is unambiguous, else "text".

    HTML: starts with a tag and closes an html/head/body/p/div/article tag. JSONL: it
    opens on "{" or "[" and one of its first lines is a JSON object, or two or more and
    most of its first non-blank lines are, so a broken first record is an error on its
    line, as in a file (text that opens on "{Editor's note}" is text). CSV or TSV: the first line (after Excel's "sep=;" line; any line break
    ends it), split on tabs, commas, semicolons or pipes, is at least two column-like
    names (up to four words each, no sentence punctuation; the first may be empty, as
    pandas writes its index) and one of
    them is ``text_column``; prose that happens to start with "text," stays text. A
    one-column CSV (pandas writes ``df[["text"]]`` so) is a first line that is
    ``text_column`` alone, quoted or not, with more lines after it: a first line of one
    bare word, and that word the column's name, is a header, not a headline. Else HTML
    when ``is_html`` holds anywhere in it, as for a file of text."""
    if data[:4] == b"PAR1":  # Parquet's magic number
        return "parquet"
    head = data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")
    # a whole document first: an array written an object a line is no JSON Lines
    if head[:1] in (b"{", b"[") and _is_json_document(data):
        return "json"
    if _ARRAY_OF_OBJECTS.match(head):
        return "json"  # broken part way (a truncated download): the items before it read
    if head[:1] == b"{" and _is_json_values(data):
        return "json"  # objects one after another ("jq '.[]'"), pretty-printed
    if head[:1] == b"{" and _opens_a_multiline_value(head.split(b"\n", 1)[0]):
        pairs = _values_and_breaks(data.decode("utf-8-sig", "replace"))
        if pairs and pairs[0][1] is None:
            return "json"  # ... cut short or broken part way: the objects before it are read
    # each of the first lines parsed once: an object line makes JSON Lines of data that
    # opens on "{" or "["; two or more that are most lines do so under a first line
    # that is none (a note, a log line), whose record is then the broken one, not one
    # article of them all (a new user's find); prose holds no line that is a whole
    # JSON object
    filled = [line for line in head.split(b"\n")[:_SNIFF_LINES] if line.strip()]
    objects = sum(line.lstrip()[:1] == b"{" and _is_json_object(line) for line in filled)
    if objects and (head[:1] in (b"{", b"[") or (objects >= 2 and 2 * objects > len(filled))):
        return "jsonl"
    if _JSON_KEY_OPENING.match(head) or (
        # ... and a dict printed whole on its line: prose may open "{Update: 3 died} ..."
        _NOT_JSON_KEY_OPENING.match(head) and head.split(b"\n", 1)[0].rstrip().endswith(b"}")
    ):
        # a record broken on its only line ('{"id": "a", "text": "bad'): no prose opens
        # on a quoted key and a colon, and read as text it was scored as an article (a
        # tester's find); as JSON Lines it is an error record with its reason
        return "jsonl"
    if head[:1] == b"<" and is_html(head.decode("utf-8", "replace")):
        return "html"
    lines = re.split(r"\r\n|\r|\n", head.decode("utf-8", "replace"), maxsplit=2)
    first = lines[0]
    if _EXCEL_SEP.match(first) and len(lines) > 1:  # Excel's "sep=;" line names it
        first = lines[1]
    for fmt, _, named in _header_readings(first):
        if text_column in named:
            return fmt
    # two names of several words ("article id,text"): a program's header when no space
    # follows its delimiter and the first row under it has as many fields (two-column
    # prose puts a space after its comma: "text, then silence"); read as one article, a
    # CSV of it lost its rows silently (a new user's find)
    rest = "\n".join(lines[1:])
    for fmt, sep, named in _header_readings(first, long_names=True):
        if text_column in named and f"{sep} " not in first and _first_row_fits(first, rest, sep):
            return fmt
    if first.strip().strip('"') == text_column and len(lines) > 1 and "".join(lines[1:]).strip():
        return "csv"
    if is_html(head.decode("utf-8", "replace")):
        # markup inside the text (an inline element opened and closed): as a .txt file
        # holding it is read (``_text_record``); read as text, the same bytes scored
        # apart on stdin (a tester's find)
        return "html"
    return "text"


def _header_readings(line: str, long_names: bool = False) -> Iterator[tuple[str, str, list[str]]]:
    """(format, delimiter, column names) for each delimiter the CSV reader takes from a
    header line (``_csv_delimiter``) that splits ``line`` into two or more column-like
    names (sniff_format): of one word each in a header of two, unless ``long_names``."""
    for fmt, sep in (("tsv", "\t"), ("csv", ","), ("csv", ";"), ("csv", "|")):
        try:
            fields = [f.strip().strip('"') for f in next(csv.reader([line], delimiter=sep), [])]
        except csv.Error:  # a quote the line cannot close: not a header
            continue
        named = fields[1:] if fields[:1] == [""] else fields
        if len(named) > 2 and named[-1] == "":
            named = named[:-1]  # a separator ending the header: pandas' and Excel's empty column
        names = _LONG_COLUMN_NAME if len(named) >= 3 or long_names else _COLUMN_NAME
        if len(named) >= 2 and all(map(names.match, named)):
            yield fmt, sep, named


def table_without_text_column(text: str) -> list[str] | None:
    """The column names of the header ``text`` opens with, when it reads as a table the
    sniffer left as one article for want of the text column: a first line (after
    Excel's "sep=;" line) of two or more column names (up to four words each, no space
    after a delimiter: "id,body,headline", "ID,Body Text"), and a first row under it with as
    many fields (quoted fields may span lines); or one column name (up to four words)
    over rows of one text each (``_one_quoted_column``). None otherwise: prose that opens on a
    list ("Ana Ruiz, Tom Lee, Sam Park", "PARIS, France, Monday") is no table. For a
    caller to say so: a CSV piped in with no --text-column was scored as one article,
    silently (a new user's find)."""
    head = text[:65536].lstrip("\ufeff")
    first, _, rest = head.partition("\n")
    if _EXCEL_SEP.match(first.strip()):
        first, _, rest = rest.partition("\n")
    if first.lstrip().startswith("|"):
        return None  # a Markdown table's header row opens on its pipe: prose's, not a file's
    for _, sep, named in _header_readings(first, long_names=True):
        if f"{sep} " in first:
            continue  # a space after the delimiter is a person's list, not a program's header
        if _first_row_fits(first, rest, sep):
            return named
    name = first.strip().strip('"')
    # a name of up to four words, as pandas writes df[["Body Text"]] (a tester's find)
    if _LONG_COLUMN_NAME.match(name) and _one_quoted_column(rest):
        return [name]
    return None


#: A row of a one-column CSV as writers quote a text: one double-quoted field, its
#: quotes doubled inside (line breaks too: a writer quotes a field that holds one), the
#: line ending after its closing quote.
_QUOTED_ROW = re.compile(r'"(?:[^"]|"")*"[ \t\r]*(?:\n|\Z)')
#: ... and a row a writer left unquoted, as RFC 4180 writers do a field with no comma,
#: quotation mark or line break in it: one line holding none of them.
_UNQUOTED_ROW = re.compile(r'[^",\n]+(?:\n|\Z)')


def _one_quoted_column(rest: str) -> bool:
    """Whether the lines under a header of one name are a one-column CSV: its first two
    or more rows (up to five), right under the header, each a field of _PROSE_FIELD_WORDS
    words or more, quoted as a CSV writer quotes it (over several lines where the text
    holds line breaks) or left bare where it holds no comma, quotation mark or line
    break; one of them quoted at least, and where some are bare, each quoted one holding
    what made its writer quote it. A column of texts under "body" piped in was
    scored as one article, header and quotes with it, with no note (a new user's find,
    2026-12-07; a writer's multi-line and unquoted rows, a later find); a title over a
    quoted sentence with its speaker after the quotes ('"We will win," he said.') is
    prose, and so are lines of prose with no quotation among them."""
    rows, quoted, needed, at = 0, 0, 0, 0
    while rows < 5 and at < len(rest):
        # a CSV writer puts its rows right under the header, no blank line between: a
        # title, a blank line and quotations under it are prose (a tester's find)
        m = _QUOTED_ROW.match(rest, at) or _UNQUOTED_ROW.match(rest, at)
        if m is None:
            return False
        field = m.group().strip()
        if not field:
            break  # a blank line ends the rows a writer wrote (a last newline, say)
        if len(field.split()) < _PROSE_FIELD_WORDS:
            return False
        rows += 1
        quoted += field.startswith('"')
        # a writer quotes a field for a comma, a quotation mark or a line break in it
        needed += field.startswith('"') and any(c in field[1:-1] for c in (",", '"', "\n"))
        at = m.end()
    # a writer that left some rows bare quoted the others for a reason (a reviewer's
    # find: a title over a quoted sentence and two plain ones was refused as a table)
    reasons = quoted == rows or needed == quoted
    # a trailing blank line may close the file; anything after one is not a writer's
    return rows >= 2 and quoted >= 1 and reasons and (rows == 5 or not rest[at:].strip())


#: Words a field needs to be an article's text, for ``headerless_table``.
_PROSE_FIELD_WORDS = 8


def headerless_table(text: str) -> tuple[int, int, str] | None:
    """(rows, fields a row, delimiter) when ``text``'s first 64 KB read as a CSV or TSV
    file with no header row: two rows or more (a last row cut at 64 KB aside), each of
    the same two or more fields, one of them prose (``_PROSE_FIELD_WORDS`` words or
    more; in a CSV holding a comma, a line break or a quotation mark, which made its
    writer quote it), as many fields opening on a double quote as rows or, split on
    semicolons or tabs, an id opening each row, and no space after a delimiter. None
    otherwise: prose whose lines hold as many commas puts a space after them and quotes
    no field in every row (a tester's find: three articles written by Python's
    csv.writer, piped in, were scored as one article with a label, silently)."""
    head = text[:65536].lstrip("\ufeff")
    for sep in (",", "\t", ";"):
        if sep not in head:
            continue
        try:
            rows = [row for row in csv.reader(io.StringIO(head), delimiter=sep) if any(f.strip() for f in row)]
        except csv.Error:
            continue
        if len(head) == 65536 and len(rows) > 2:
            rows = rows[:-1]  # the last row may be cut
        widths = {len(row) for row in rows}
        if len(rows) < 2 or len(widths) != 1 or widths == {1}:
            continue
        if any(f[:1] == " " for row in rows for f in row[1:]):
            continue  # a space after the delimiter: a sentence's commas, not a program's
        # a prose field that a writer had to quote: it holds the delimiter, a line break
        # or a quotation mark (a quotation opening a paragraph of prose parses as a
        # field that holds none)
        prose = all(
            any(len(f.split()) >= _PROSE_FIELD_WORDS and (sep != "," or "," in f or "\n" in f or '"' in f) for f in row)
            for row in rows
        )
        quoted = len(re.findall(rf'(?:^|{re.escape(sep)})"', head, re.MULTILINE))
        # a semicolon's or a tab's writer quotes a text with commas in it seldom: there
        # an id opening each row (one word, no space) says it is a program's file
        keyed = sep != "," and all(row[0] and len(row[0]) <= 40 and not any(c.isspace() for c in row[0]) for row in rows)
        if prose and (quoted >= len(rows) or keyed):
            return len(rows), widths.pop(), sep
    return None


def _first_row_fits(header: str, rest: str, sep: str) -> bool:
    """Whether the first row of ``rest`` (quoted fields may span lines) has as many
    fields as the ``header`` line, split on ``sep``."""
    try:
        row = next(csv.reader(io.StringIO(rest), delimiter=sep), [])
    except csv.Error:
        return False
    return len(row) == len(next(csv.reader([header], delimiter=sep)))


def quotes_its_fields(text: str) -> bool:
    """Whether a table read by ``table_without_text_column`` quotes a field in its first
    rows, as CSV writers quote a text holding the delimiter ('1,"The council met, and
    ..."'): a program's file, not prose whose first lines happen to hold as many commas
    ("Breaking,News" over a sentence with one comma: a reviewer's find)."""
    head = text[:65536].lstrip("\ufeff")
    rows = head.split("\n")[1:7]
    return any(_QUOTED_FIELD.search(row) for row in rows)


#: A field opening on a double quote: at a row's start or right after a delimiter.
_QUOTED_FIELD = re.compile(r'(?:^|[,;\t|])"')


#: How many lines of stdin are tried as JSON objects before it is taken for text.
_SNIFF_LINES = 20


def _is_json_object(line: bytes) -> bool:
    return isinstance(parse_json(line)[0], dict)


def wide_encoding_guess(data: bytes) -> str | None:
    """The encoding whose NUL bytes stand where ``data``'s do, for a text of mostly ASCII
    letters in UTF-16 or UTF-32 without its byte-order mark: "utf-32-le" when three in
    four bytes are NUL from the second of each four, "utf-32-be" up to the last,
    "utf-16-be" when the even bytes are, "utf-16-le" when the odd ones are (a second
    tester's find: every such file was told to name utf-16-le); None when NUL bytes
    stand at even and odd places alike, as in a program or an image (a tester's find:
    /bin/ls was told to name utf-16-le)."""
    head = data[:4096]
    nul = [sum(1 for i in range(k, len(head), 4) if head[i] == 0) / max(1, len(range(k, len(head), 4))) for k in range(4)]
    if min(nul[1:]) > 0.5 and nul[0] < 0.5:
        return "utf-32-le"
    if min(nul[:3]) > 0.5 and nul[3] < 0.5:
        return "utf-32-be"
    even, odd = nul[0] + nul[2], nul[1] + nul[3]
    if max(even, odd) < WIDE_NUL_RATIO * min(even, odd):
        return None
    return "utf-16-be" if even > odd else "utf-16-le"


#: NUL bytes stand at one parity this many times as often as at the other in UTF-16 text
#: of mostly ASCII (nearly all high bytes NUL, nearly no low bytes); a binary file's
#: stand at both.
WIDE_NUL_RATIO = 3.0


def _nul_bytes_error(data: bytes, what: str) -> str:
    """Why ``data``, with NUL bytes, is no text: UTF-16 or UTF-32 without its mark (and
    which to name) when the NUL bytes stand as theirs do, else binary."""
    guess = wide_encoding_guess(data)
    if guess is None:
        return f"{what} (NUL bytes): not text; a compressed file, an image or a program?"
    return (
        f"{what} (NUL bytes): if it is UTF-16 or UTF-32 text without a byte-order mark, "
        f"re-encode it as UTF-8 or name it with --encoding {guess}"
    )


#: Where json.JSONDecodeError says a one-line document broke: "line 1 column 25 (char 24)".
_JSON_PLACE_IN_ONE_LINE = re.compile(r":? ?\bline 1 column (\d+) \(char \d+\)")


#: parse_json's problem for a value nested too deeply for the parser (Python's
#: recursion limit), which callers tell apart from malformed JSON.
JSON_TOO_DEEP = "JSON nested too deeply to read"


def parse_json(data: bytes) -> tuple[Any, str | None]:
    """(the JSON value, None), or (None, why it cannot be read): malformed, binary (NUL
    bytes: UTF-16 without its byte-order mark reads so), not UTF-8 (a UTF-8 byte-order
    mark is allowed), or nested too deeply for the parser (Python's recursion limit; a
    line of 100,000 "[" crashed the whole batch)."""
    if b"\x00" in data:  # JSON holds no NUL byte: what UTF-16 and UTF-32 are full of
        if data.count(b"\x00") <= max(STRAY_NULS_AT_MOST, len(data) / STRAY_NUL_SHARE_BELOW_ONE_IN):
            # a stray one: no encoding's (a second tester's find: told to name UTF-16)
            return None, "malformed JSON: a NUL byte in it (JSON escapes control characters, as \\u0000)"
        return None, _nul_bytes_error(data, "binary data")
    try:
        return json.loads(data.decode("utf-8-sig")), None
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8: {exc}"
    except json.JSONDecodeError as exc:
        return None, f"malformed JSON: {exc}"
    except RecursionError:
        return None, JSON_TOO_DEEP


#: Said after "re-encode the file as UTF-8" of a file that is not UTF-8: most such files
#: are a spreadsheet's or an old system's Windows-1252 or Latin-1.
NAME_THE_ENCODING = (
    ", or name its encoding with --encoding (windows-1252, latin-1, ...; "
    "utf-8-or-windows-1252 when it is UTF-8 with a stray Windows-1252 byte)"
)

#: Said of a record whose bytes are not UTF-8, after what and where.
NOT_UTF8_HINT = "; re-encode the file as UTF-8" + NAME_THE_ENCODING


def _read_transcoded(
    path: str,
    encoding: str,
    row_fields: RowFields,
    stdin: IO[bytes] | None,
    input_format: str = "auto",
    html_comments: bool = False,
) -> Iterator[Record]:
    """The records of an input written in ``encoding`` (read_records): its bytes,
    gunzipped, decoded from it and re-encoded as UTF-8, then read in the format its
    name or ``input_format`` gives, or sniffed as stdin is. Parquet is read as it is."""
    where = "stdin" if path == "-" else path
    if path == "-":
        fmt = "sniff" if input_format == "auto" else input_format
    else:
        fmt = _file_format(path, input_format)
    if fmt == "parquet":
        yield from _read_one(path, row_fields, stdin, input_format, html_comments)
        return
    try:
        if path == "-":
            raw = (stdin or sys.stdin.buffer).read()
            raw, cut, tail = _gunzipped(io.BytesIO(raw)) if raw[:2] == b"\x1f\x8b" else (raw, None, b"")
        else:
            raw, cut, tail = _file_bytes(path)
    except OSError as exc:
        yield Record(path, None, f"cannot read {where}: {exc.strerror or exc}")
        return
    if (document_error := document_format_error(raw[:8192])) is not None:  # parquet: read above
        yield Record(path, None, document_error)
        return
    if fmt in ("text", "markdown", "html", "sniff") and unicode_mark(raw) is None and is_binary(raw[:8192]):
        yield Record(path, None, BINARY_FILE)  # no encoding makes it text
        return
    if unicode_mark(raw) is not None:
        # a byte-order mark says what the bytes are, whatever was named (a UTF-16 file
        # read with --encoding windows-1252 was "binary"), and they are read as unnamed
        # ones are: a JSONL line a code unit short costs itself alone (decoded whole, the
        # lines after it ran together: a reviewer's find)
        yield from _read_one(path, row_fields, io.BytesIO(raw) if path == "-" else stdin, input_format, html_comments)
        return
    encoding = "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else encoding
    data, undefined = decode_named(raw, encoding)
    tail = tail.decode(encoding, errors=UNDECODABLE).encode("utf-8", "surrogatepass")
    if fmt == "sniff":
        fmt = sniff_format(data + tail, row_fields.text)
    if undefined is not None and fmt in ("text", "markdown", "html"):
        # one article: its bytes the encoding lacks are its error (a page's marked bytes
        # sent lxml guessing, and every accent read wrong: a reviewer's find)
        yield Record(path, None, undefined.error_for("not UTF-8"))
        return
    if fmt == "text" and input_format == "auto":  # a page saved as .txt is a page
        records: Iterable[Record] = [_text_record(path, data + tail, sniff_html=True)]
    else:
        records = _read_cut(data, tail, path, fmt, row_fields, cut, html_comments)
    note = utf8_misread_note(raw, data, encoding, where)
    for record in records:
        if undefined is not None and record.error is not None:
            record = replace(record, error=undefined.error_for(record.error))
        record.read_note = note
        yield record


#: What ends a line where a decoded file's bytes are counted in lines: "\n" (and so
#: "\r\n"), as the JSON Lines, CSV and text readers count them; in a file without one,
#: an old Mac's "\r" (a tester's find: such a file was all "line 1").
_NEWLINE = re.compile("\n")
_OLD_MAC_NEWLINE = re.compile("\r")


def line_starts(text: str) -> list[int]:
    """The offsets at which ``text``'s lines 2, 3, ... start (``_NEWLINE``, or
    ``_OLD_MAC_NEWLINE`` in a text without "\n"), for ``bisect_right(starts, offset) + 1``
    to give the line, from 1, holding character ``offset``."""
    newline = _NEWLINE if "\n" in text else _OLD_MAC_NEWLINE
    return [m.end() for m in newline.finditer(text)]


class _UndefinedBytes(threading.local):
    """The bytes a decode with ``_NOTE_UNDEFINED`` could not read, in order: one list
    for each thread, so parallel decodes keep their own."""

    found: list[bytes] | None = None


_UNDEFINED = _UndefinedBytes()


def _note_undefined(exc: UnicodeError) -> tuple[str, int]:
    if isinstance(exc, UnicodeDecodeError) and _UNDEFINED.found is not None:
        _UNDEFINED.found.append(exc.object[exc.start : exc.end])
        return "\udcff", exc.end  # one mark for each error, as UNDECODABLE marks it
    raise exc


#: UNDECODABLE, noting the bytes it marks in _UNDEFINED (decode_named).
_NOTE_UNDEFINED = "quality-undecodable-noted"
codecs.register_error(_NOTE_UNDEFINED, _note_undefined)

#: The errors a reader gives a record holding decode_named's marks (invalid UTF-8 once
#: re-encoded): only these are said again as the bytes the named encoding lacks.
_MARKS_ERROR = re.compile(
    r"\A(?:not UTF-8|invalid UTF-8|item \d+ \(line \d+\) holds bytes that are not UTF-8|cannot parse .*: the header is not UTF-8\Z)"
)
_LINE_NAMED = re.compile(r"\bline (\d+)")
_ITEM_NAMED = re.compile(r"\Aitem \d+")


@dataclass
class UndefinedBytes:
    """Where a file read in a named encoding holds bytes that encoding does not define
    (``decode_named``): the first such bytes on each line that holds some, by line
    number from 1 ({3: "byte 0x81"}; {5: "bytes 0x00 0xDC"} of UTF-16), and what to do
    about them (``advice``: the file reads as UTF-8, or it is not in the encoding)."""

    encoding: str  # as people write it ("windows-1252", not Python's "cp1252")
    lines: dict[int, str]
    advice: str
    ordered: list[int] = field(init=False)  # the lines, ascending, for bisect

    def __post_init__(self) -> None:
        self.ordered = sorted(self.lines)

    def error_for(self, error: str, line: int | None = None) -> str:
        """A record's ``error`` said as the bytes that caused it: "line 3 holds byte
        0x81, which windows-1252 does not define: ...". The line is the first with such
        bytes from ``line``, else from the one the error names (where its record starts:
        a CSV row may span lines), else the file's first; an array's item keeps its
        number ("item 4 (line 5) holds ..."). An error that no such bytes caused (a
        broken line, NUL bytes) is returned as it is."""
        if not _MARKS_ERROR.match(error):
            return error
        if line is None and (named := _LINE_NAMED.search(error)) is not None:
            line = int(named.group(1))
        ordered = self.ordered
        k = bisect_left(ordered, line or 1)
        if k == len(ordered):
            return error  # no byte of this kind from its line on: not theirs
        where = f"line {ordered[k]}"
        if (item := _ITEM_NAMED.match(error)) is not None:
            where = f"{item.group()} ({where})"
        return f"{where} holds {self.lines[ordered[k]]}, which {self.encoding} does not define: {self.advice}"


def display_encoding(encoding: str) -> str:
    """Python's name of an encoding as people write it, for messages."""
    # Python's name for Windows' code pages is "cp1252"; people write "windows-1252"
    # Python's for ISO 8859's parts is "iso8859-1"; people write "iso-8859-1"
    return re.sub(r"\Aiso8859-(\d+)\Z", r"iso-8859-\1", re.sub(r"\Acp(125\d)\Z", r"windows-\1", encoding))


#: A file is taken for UTF-8 (``utf8_misread_note``) when its multi-byte UTF-8
#: sequences hold at least this share of its bytes above 0x7F: the rest are stray
#: bytes of another encoding, as in UTF-8 text edited in a Windows-1252 program. In
#: Windows-1252 or Latin-1 prose a lead byte (Ã, Â, â) is seldom followed by the
#: continuation bytes (0x80-0xBF, mostly punctuation and symbols there) UTF-8 needs.
UTF8_SHARE_AT_LEAST = 0.9


def utf8_misread_note(raw: bytes, read: bytes, encoding: str, where: str) -> str | None:
    """What to tell the reader of ``raw`` (an input named ``where``) read in the
    ``encoding`` a user named (``read``: ``decode_named``'s UTF-8), when its bytes are
    UTF-8 holding characters beyond ASCII (all of them, or ``UTF8_SHARE_AT_LEAST`` of
    its bytes above 0x7F) that ``encoding`` read otherwise: then "’" was read as "â€™",
    "é" as "Ã©". Such mojibake is scored as the damage it is (quality.reading), so
    every article of the file lost points silently while only rows holding a byte the
    encoding does not define were errors (a reviewer's find, 2026-12-07). The advice
    names utf-8-or-windows-1252, which reads UTF-8 and Windows-1252 files alike: leaving
    --encoding out would unread the inputs truly in the named one. None otherwise."""
    raw = raw.removeprefix(codecs.BOM_UTF8)
    if read == raw:
        return None  # read as UTF-8 (utf-8-or-windows-1252 does), or ASCII: read right
    in_sequences = sum(len(m) for m in _UTF8_MULTIBYTE.findall(raw))
    if not in_sequences:
        return None
    high = len(raw) - len(raw.translate(None, bytes(range(0x80, 0x100))))
    if in_sequences < UTF8_SHARE_AT_LEAST * high:
        return None
    but = "" if in_sequences == high else f" but for {high - in_sequences} stray byte{'s' if high - in_sequences > 1 else ''}"
    return (
        f"{where} reads as UTF-8{but}, yet was read as {display_encoding(encoding)} (--encoding): its characters "
        f"beyond ASCII were likely read wrong (\u2019 as \u00e2\u20ac\u2122) and scored as damage; give "
        "--encoding utf-8-or-windows-1252 (UTF-8 and Windows-1252 alike), or leave it out if every input is UTF-8"
    )


def decode_named(raw: bytes, encoding: str) -> tuple[bytes, UndefinedBytes | None]:
    """(``raw`` decoded from the ``encoding`` a user named and re-encoded as UTF-8, where
    it could not be decoded, or None where it could). A byte the encoding does not
    define (0x81 in Windows-1252, or UTF-8's "”", which holds 0x9D) stays as invalid
    UTF-8 (a mark), so it costs the record it stands in alone, as a stray byte does in
    UTF-8 input; ``UndefinedBytes.error_for`` says that record's error. Decoded strictly,
    one such byte lost the whole file (a new user's find, 2026-12-07). Raises
    LookupError for an encoding Python does not know."""
    try:
        return raw.decode(encoding).encode("utf-8", "surrogatepass"), None
    except UnicodeDecodeError:
        pass
    _UNDEFINED.found = found = []
    try:
        text = raw.decode(encoding, errors=_NOTE_UNDEFINED)
    finally:
        _UNDEFINED.found = None
    lines: dict[int, str] = {}
    starts = line_starts(text)
    for bad, m in zip(found, re.finditer("\udcff", text)):
        shown = " ".join(f"0x{b:02X}" for b in bad[:4])
        lines.setdefault(bisect_right(starts, m.start()) + 1, f"byte{'s' if len(bad) > 1 else ''} {shown}")
    named_as = display_encoding(encoding)
    try:
        raw.decode("utf-8-sig")
        advice = "the file reads as UTF-8: leave --encoding out"
    except UnicodeDecodeError:
        advice = f"the byte is damage, or the file is not in {named_as}: name the encoding it is in"
        if named_as == "windows-1252" and _UTF8_MULTIBYTE.search(raw):
            advice += " (UTF-8 with stray Windows-1252 bytes in it reads as utf-8-or-windows-1252)"
    return text.encode("utf-8", "surrogatepass"), UndefinedBytes(named_as, lines, advice)


def _read_one(
    path: str,
    row_fields: RowFields,
    stdin: IO[bytes] | None,
    input_format: str = "auto",
    html_comments: bool = False,
) -> Iterator[Record]:
    if path == "-":
        source = stdin or sys.stdin.buffer
        head: list[bytes] = []
        if input_format in ("auto", "jsonl"):
            head = _lines_to_first_record(source)
            if head and _streams_as_jsonl(head[-1], input_format):
                # read as it arrives: a feed piped in ("tail -f feed | quality score -")
                # is scored line by line, never held whole (a new user's find)
                yield from _jsonl_lines(chain(head, source), "-", row_fields, sniffed=input_format == "auto")
                return
        data = b"".join(head) + source.read()
        cut, tail = None, b""
        if data[:2] == b"\x1f\x8b":
            data, cut, tail = _gunzipped(io.BytesIO(data))
        data, problem = _as_utf8(data)
        fmt = sniff_format(data + tail, row_fields.text) if input_format == "auto" else input_format
        if problem is not None and fmt not in _FORMATS_OF_RECORDS:
            yield Record("-", None, f"cannot read stdin: {problem}")  # one article: lost
            return
        yield from _read_cut(data, tail, "-", fmt, row_fields, cut, html_comments)
        return
    fmt = _file_format(path, input_format)
    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        if fmt != "parquet":
            # a PDF or a .docx named .csv or .jsonl is no table of rows (a sibling
            # tester's find: ten rows of "no 'text' field (fields: %PDF-1.4)")
            document_error = _document_format_error_of(path, opener)
            if document_error is not None:
                yield Record(path, None, document_error)
                return
        if fmt == "sniff":  # an extension that names no format: read as stdin is
            data, cut, tail = _file_bytes(path)
            data, problem = _as_utf8(data)
            fmt = sniff_format(data + tail, row_fields.text)
            if problem is not None and fmt not in _FORMATS_OF_RECORDS:
                yield Record(path, None, f"cannot read {path}: {problem}")
                return
            yield from _read_cut(data, tail, path, fmt, row_fields, cut, html_comments)
        elif fmt == "jsonl":
            with open(path, "rb") as fh:
                lines = _gunzipped_lines(fh) if opener is gzip.open else iter(fh)
                first = next(lines, b"")
                blank: list[bytes] = []
                while first and not first.strip(b"\xef\xbb\xbf \t\r\n"):
                    blank.append(first)
                    first = next(lines, b"")
                if _opens_a_multiline_value(first):
                    # objects pretty-printed over several lines ("jq '.[]'" without -c):
                    # read whole, as the same bytes on stdin or in a .json file are,
                    # not as an error record for each of their lines (a tester's find)
                    data = b"".join([*blank, first, *lines])
                    if _is_json_document(data):  # an array, or one object
                        yield from _json_document(data, path, row_fields)
                        return
                    pairs = _values_and_breaks(data.decode("utf-8-sig", "replace"))
                    if pairs and pairs[0][1] is None:  # whole, cut short or broken part way
                        yield from _values_as_records(pairs, path, row_fields)
                        return
                    rest = data.split(b"\n")[len(blank) + 1 :]
                    lines = iter([line + b"\n" for line in rest[:-1]] + rest[-1:])
                if unicode_mark(first[:4]) is None:
                    yield from _jsonl_lines(_with_whole_last_line(chain(blank, [first], lines)), path, row_fields)
                else:  # UTF-16 or UTF-32 with its mark: re-encoded whole, then read
                    fh.seek(0)
                    data, cut, _ = _gunzipped(fh) if opener is gzip.open else (fh.read(), None, b"")
                    data = _wide_lines_as_utf8(data)
                    wide = (unicode_mark(first[:4]) or "").upper()
                    for record in _cut_short(_read_bytes(data, path, fmt, row_fields), path, fmt, cut):
                        if record.error is not None and record.error.startswith("not UTF-8 on line"):
                            # its bytes were UTF-16's or UTF-32's, a code unit lost: said
                            # so, as a CSV's is (it named a UTF-8 byte not in the file)
                            line = record.error.split(":", 1)[0].rsplit(" ", 1)[-1]
                            record = replace(record, error=f"invalid {wide} on line {line}: re-encode the file as UTF-8")
                        yield record
        elif fmt == "json":
            data, cut, tail = _file_bytes(path)
            data, _ = _as_utf8(data)
            yield from _read_cut(data, tail, path, fmt, row_fields, cut)
        elif fmt in {"csv", "tsv", "parquet"}:
            yield from _table_chunks(path, fmt, row_fields, path)
        else:
            with opener(path, "rb") as fh:
                data = fh.read()
            if fmt == "html":
                yield _html_record(path, data, comments=html_comments)
            elif (
                fmt == "text"
                and input_format == "auto"
                and (table := _unicode_text_table(data, row_fields.text))
            ):
                # Excel's "Unicode Text" export: a table saved as .txt (one article before)
                yield from _read_bytes(data, path, table, row_fields, html_comments)
            else:
                yield _text_record(
                    path, data, markdown=fmt == "markdown", sniff_html=input_format == "auto"
                )
    except (OSError, EOFError) as exc:  # EOFError: a truncated .gz
        yield Record(path, None, f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}")


def _file_bytes(path: str) -> tuple[bytes, str | None, bytes]:
    """A file's bytes, decompressed when its name ends ".gz", why they stop short and
    the line cut (``_gunzipped``), or None and b"" when whole."""
    with open(path, "rb") as fh:
        if path.lower().endswith(".gz"):
            return _gunzipped(fh)
        return fh.read(), None, b""


#: Formats whose input holds records of their own: an undecodable byte costs its record.
_FORMATS_OF_RECORDS = frozenset({"jsonl", "json", "csv", "tsv"})

#: How many blank lines opening stdin are read past before its format is sniffed whole.
_BLANK_LINES_BEFORE_SNIFF = 1000


def _lines_to_first_record(source: IO[bytes]) -> list[bytes]:
    """The lines of ``source`` up to and including its first non-blank one (or up to
    _BLANK_LINES_BEFORE_SNIFF blank ones, or the end), as read."""
    lines: list[bytes] = []
    while len(lines) <= _BLANK_LINES_BEFORE_SNIFF:
        line = source.readline()
        if not line:
            break
        lines.append(line)
        if line.strip():
            break
    return lines


def _unicode_text_table(data: bytes, text_column: str) -> str | None:
    """"tsv" (or "csv" for one column) when a .txt file's ``data`` is what Excel saves as
    "Unicode Text": UTF-16 with its byte-order mark, tab-separated, a header naming
    ``text_column`` (sniff_format; one column alone is its name over more lines, as
    sniff_format reads a one-column CSV); else None. A comma-separated header is no such
    export and leaves the file one article, as any .txt."""
    encoding = unicode_mark(data)
    if encoding is None:
        return None
    # the header is all that is looked at: a code unit the cut splits is dropped
    head = data[:65536].decode(encoding, errors="ignore").encode("utf-8", "surrogatepass")
    fmt = sniff_format(head, text_column)
    if fmt == "tsv" or (fmt == "csv" and not re.search(r"[,;|]", head.split(b"\n", 1)[0].decode("utf-8", "replace"))):
        return fmt
    return None


def _streams_as_jsonl(first: bytes, input_format: str) -> bool:
    """Whether stdin whose first non-blank line is ``first`` is JSON Lines read as it
    arrives: named so (not gzipped), or, sniffed, that line is a JSON object (what
    sniff_format would say of the whole: a document on one line reads the same as a
    line; an array or a pretty-printed object opens on no object line and is read whole)."""
    if first[:2] == b"\x1f\x8b" or unicode_mark(first) is not None:
        return False
    if input_format == "jsonl":
        return True
    return first.lstrip(b"\xef\xbb\xbf \t")[:1] == b"{" and _is_json_object(first.rstrip(b"\r\n"))


def _read_bytes(
    data: bytes,
    rid: str,
    fmt: str,
    row_fields: RowFields,
    html_comments: bool = False,
) -> Iterator[Record]:
    if fmt == "jsonl":
        # split as a file is iterated (on "\n" only), so a line numbers and reads the same
        yield from _jsonl_lines(data.split(b"\n"), rid, row_fields)
    elif fmt == "json":
        yield from _json_document(data, rid, row_fields)
    elif fmt in {"csv", "tsv", "parquet"}:
        yield from _table_chunks(io.BytesIO(data), fmt, row_fields, rid)
    elif fmt == "html":
        yield _html_record(rid, data, comments=html_comments)
    else:
        yield _text_record(rid, data, markdown=fmt == "markdown")


#: The codec error handler that marks bytes a UTF-16 or UTF-32 input cannot decode (a
#: lone surrogate, a cut-off code unit) with one undecodable character, U+DCFF, as
#: "surrogateescape" marks a UTF-8 input's: the record holding it is an error record and
#: the others are read (one bad code unit lost a whole batch with a traceback).
UNDECODABLE = "quality-undecodable"


def _mark_undecodable(exc: UnicodeError) -> tuple[str, int]:
    if isinstance(exc, UnicodeDecodeError):
        return "\udcff", exc.end
    raise exc


codecs.register_error(UNDECODABLE, _mark_undecodable)


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _name_the_encoding(data: bytes) -> str:
    """What an invalid-UTF-8 error advises: the mixed reading first when the bytes hold
    sound UTF-8 sequences beside the invalid ones (a tester's find: windows-1252, named
    first, failed on such a file's UTF-8 "”", whose 0x9D it has no character for)."""
    if _UTF8_MULTIBYTE.search(data):
        return (
            ", or name its encoding with --encoding: it holds UTF-8 beside bytes that are "
            "not (a Windows-1252 page pasted in?): --encoding utf-8-or-windows-1252"
        )
    return NAME_THE_ENCODING


def _windows_1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Bytes UTF-8 cannot decode, read as Windows-1252 one by one (its five undefined
    bytes as the C1 controls WHATWG reads them as)."""
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start : exc.end]
        return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in bad), exc.end
    raise exc


_STRAY_BYTES_AS_WINDOWS_1252 = "quality-windows-1252-bytes"
codecs.register_error(_STRAY_BYTES_AS_WINDOWS_1252, _windows_1252_bytes)


class _Utf8OrWindows1252Decoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, data: bytes, errors: str, final: bool) -> tuple[str, int]:
        return codecs.utf_8_decode(data, _STRAY_BYTES_AS_WINDOWS_1252, final)


#: The encoding to name (``--encoding``) for a file of UTF-8 with stray bytes of
#: Windows-1252 in it (a feed that pasted a Latin-1 page into a UTF-8 one, "Caf\xe9"
#: beside "—"): every UTF-8 sequence is read as UTF-8 and every other byte as
#: Windows-1252. Named windows-1252 instead, such a file's UTF-8 reads as mojibake
#: ("â€”"), which the encoding measurement charges (a tester's find: -8.5 points).
UTF_8_OR_WINDOWS_1252 = "utf-8-or-windows-1252"
_UTF_8_OR_WINDOWS_1252_INFO = codecs.CodecInfo(
    name=UTF_8_OR_WINDOWS_1252,
    encode=codecs.utf_8_encode,
    decode=lambda data, errors="strict": (_Utf8OrWindows1252Decoder().decode(bytes(data), final=True), len(data)),
    incrementalencoder=codecs.getincrementalencoder("utf-8"),
    incrementaldecoder=_Utf8OrWindows1252Decoder,
)


def _search_codec(name: str) -> codecs.CodecInfo | None:
    # codecs hands a search function the name normalised: "utf-8-or-windows-1252" ->
    # "utf_8_or_windows_1252"
    return _UTF_8_OR_WINDOWS_1252_INFO if name.replace("-", "_") == "utf_8_or_windows_1252" else None


codecs.register(_search_codec)


#: The codec that writes text after each byte-order mark (no mark of its own).
_ENCODING_OF_MARK = {
    b"\xff\xfe\x00\x00": "utf-32-le",
    b"\x00\x00\xfe\xff": "utf-32-be",
    b"\xff\xfe": "utf-16-le",
    b"\xfe\xff": "utf-16-be",
}


def _byte_order(data: bytes) -> tuple[bytes, str] | None:
    """(the byte-order mark ``data`` opens on, the codec of the text after it), or None
    for data with no UTF-16 or UTF-32 mark."""
    encoding = unicode_mark(data[:4])
    if encoding is None:
        return None
    mark = data[:4] if encoding == "utf-32" else data[:2]
    return mark, _ENCODING_OF_MARK[mark]


def unicode_mark(head: bytes) -> str | None:
    """"utf-32" or "utf-16" when ``head`` (a file's first bytes) opens on that encoding's
    byte-order mark (a spreadsheet's "Unicode text" export, Windows' "Unicode"), else None.
    UTF-32's little-endian mark opens as UTF-16's does, so it is looked for first."""
    if head[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "utf-32"
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    return None


def _as_utf8(data: bytes) -> tuple[bytes, str | None]:
    """(``data`` in UTF-8, None), re-encoded from UTF-16 or UTF-32 when it opens on that
    encoding's byte-order mark, so bytes whose format is sniffed (stdin, an unknown
    extension) or a JSON file are read as UTF-8 ones are. Bytes it cannot decode are
    kept as invalid UTF-8 (UNDECODABLE), so they cost the record they stand in, and the
    second value says where the first is ("invalid UTF-16 at byte 8: ...")."""
    encoding = unicode_mark(data)
    if encoding is None:
        return data, None
    try:
        return data.decode(encoding).encode("utf-8", "surrogatepass"), None
    except UnicodeDecodeError as exc:
        problem = f"invalid {encoding.upper()} at byte {exc.start}: re-encode the input as UTF-8"
    return data.decode(encoding, errors=UNDECODABLE).encode("utf-8", "surrogatepass"), problem


def _wide_lines_as_utf8(data: bytes) -> bytes:
    """JSON Lines in UTF-16 or UTF-32 (``data`` opening on its byte-order mark) in UTF-8,
    each record's line decoded on its own: a line ends where an object, an array or a
    string closes before a line break, found at any byte, so a byte lost inside such a
    line costs that line alone (an error record) and the lines after it read in step
    again (a line ending otherwise, malformed, runs on to the next such end). Decoded whole, every
    character after the lost byte was misread and the lines after it merged into one,
    without a record of their own (a reviewer's find). Other data is returned as it is."""
    if (found := _byte_order(data)) is None:
        return data
    mark, codec = found
    ends = re.compile(b"|".join(re.escape(f"{c}{e}".encode(codec)) for c in '}]"' for e in ("\r\n", "\n")))
    body, start, lines = data[len(mark) :], 0, []
    for m in ends.finditer(body):
        line = body[start : m.end()].decode(codec, errors=UNDECODABLE)
        # out of step, the line break read as something else: end the line here
        lines.append(line if line.endswith("\n") else line + "\n")
        start = m.end()
    lines.append(body[start:].decode(codec, errors=UNDECODABLE))
    return "".join(lines).encode("utf-8", "surrogatepass")


#: A text file is binary, or UTF-16 or UTF-32 without its byte-order mark, from more
#: than this many NUL bytes in its first 8 KB, and more than one in this many of them
#: (UTF-16 of English is one in two); fewer are stray, and left out as every control
#: character is (quality.reading).
STRAY_NULS_AT_MOST, STRAY_NUL_SHARE_BELOW_ONE_IN = 3, 100
#: A file is binary (compressed, an image, a program) when more than this share of its
#: first 8 KB, and at least BINARY_CONTROL_BYTES_AT_LEAST bytes, are C0 control bytes
#: that text holds only as strays: random bytes hold one in thirteen. Not counted:
#: NUL (STRAY_NULS_AT_MOST: UTF-16 and UTF-32 are full of it), white space (tab, line
#: feed, vertical tab, form feed, carriage return), backspace (a manual page's bold),
#: SUB (old files padded to a block with ^Z), escape (a terminal's colours) and the
#: separators that quality.reading reads as line breaks (a reviewer's find: such
#: texts were refused, whatever encoding was named).
BINARY_CONTROL_SHARE = 0.05
BINARY_CONTROL_BYTES_AT_LEAST = 16
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 0x20 and b not in b"\x00\t\n\x0b\x0c\r\x08\x1a\x1b\x1c\x1d\x1e\x1f"))
BINARY_FILE = "binary file (control bytes no text holds): not text; a compressed file, an image or a program?"


#: File signatures (the opening bytes each format's specification fixes) of document
#: and archive formats that hold their text inside a structure no reading of prose
#: undoes: a PDF whose first kilobytes are ASCII was scored as an article, and one with
#: a binary comment line was told to name its encoding (a tester's find). PDF: ISO
#: 32000-1, 7.5.2; RTF: the RTF 1.9.1 specification; PostScript: Adobe's DSC 3.0; ZIP:
#: PKWARE's APPNOTE, 4.3.7 (a .docx, .odt or .epub is a ZIP archive); OLE2 compound
#: files (.doc, .xls): MS-CFB, 2.2. Looked for after a byte-order mark and white space;
#: the binary ones at the very start.
DOCUMENT_SIGNATURES = (
    (b"{\\rtf", "an RTF document"),
    (b"%!PS", "a PostScript document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt or .epub is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 compound file (a .doc or .xls)"),
)
#: A PDF's header may follow other bytes within the first 1,024 (readers accept it
#: there: Adobe's implementation notes to ISO 32000-1), on a line of its own; and a
#: PDF holds its objects ("1 0 obj") or its trailer: prose that opens on "%PDF-1.7 is
#: the version ..." is no PDF (a sibling tester's find).
_PDF_HEADER = re.compile(rb"(?:^|[\r\n])%PDF-\d\.\d")
_PDF_BODY = re.compile(rb"\d+ \d+ obj\b|\bendobj\b|\bxref\b|%%EOF|\btrailer\b")
_BYTE_ORDER_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def document_format_error(head: bytes) -> str | None:
    """The error for a file whose first bytes (``head``: 8 KiB or more of them) are a
    DOCUMENT_SIGNATURES format's or a PDF's (``_PDF_HEADER`` and ``_PDF_BODY``), or None."""
    start = head
    for mark in _BYTE_ORDER_MARKS:
        if start.startswith(mark):
            start = start[len(mark) :].replace(b"\x00", b"") if mark != codecs.BOM_UTF8 else start[len(mark) :]
            break
    start = start.lstrip(b" \t\r\n")
    name = next((name for signature, name in DOCUMENT_SIGNATURES if start.startswith(signature)), None)
    if name is None and _PDF_HEADER.search(start, 0, 1024) and _PDF_BODY.search(start):
        name = "a PDF document"
    if name is None:
        return None
    return f"{name}, not text: extract its text first (pdftotext, pandoc or the program that wrote it)"


def _document_format_error_of(path: str, opener: Callable[..., IO[bytes]]) -> str | None:
    """``document_format_error`` of the file's first 8 KiB, or None when they cannot be
    read whole (a .gz cut short: its reader says so, with the records before the cut)."""
    try:
        with opener(path, "rb") as fh:
            return document_format_error(fh.read(8192))
    except (EOFError, zlib.error, gzip.BadGzipFile):
        return None


def is_binary(head: bytes) -> bool:
    """Whether ``head`` (a file's first bytes) is binary data rather than text in any
    encoding (BINARY_CONTROL_SHARE): a compressed file decoded as no UTF-8, the error
    said to name an encoding, and named, the bytes were scored as a text (a tester's
    find)."""
    controls = len(head.translate(None, _NOT_CONTROL_BYTES))
    return controls >= BINARY_CONTROL_BYTES_AT_LEAST and controls > BINARY_CONTROL_SHARE * len(head)


def _decode(data: bytes) -> tuple[str | None, str | None]:
    encoding = unicode_mark(data)
    if encoding is not None:
        try:
            return data.decode(encoding), None
        except UnicodeDecodeError as exc:
            return None, f"invalid {encoding.upper()} at byte {exc.start}: re-encode the file as UTF-8"
    head = data[:8192]
    document_error = document_format_error(head)
    if document_error is not None:
        return None, document_error
    # a NUL byte here and there is a C string's end or a copy's slip, which the reading
    # left out in a JSON field (a tester's find: the same text refused as a file); UTF-16
    # without its mark is half NUL bytes, and a binary file no UTF-8
    if head.count(b"\x00") > max(STRAY_NULS_AT_MOST, len(head) / STRAY_NUL_SHARE_BELOW_ONE_IN):
        return None, _nul_bytes_error(head, "binary file")
    if is_binary(head):
        return None, BINARY_FILE
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return None, f"invalid UTF-8 at byte {exc.start}: re-encode the file as UTF-8{_name_the_encoding(data)}"


def _text_record(path: str, data: bytes, *, markdown: bool = False, sniff_html: bool = False) -> Record:
    """The decoded text; ``markdown``: a Markdown document, whose markup is its format.
    With ``sniff_html`` (a file whose format was not named), a text that is an HTML page
    or fragment (``is_html``) is read as an .html file is; ``--input-format text`` reads
    markup as text."""
    text, error = _decode(data)
    if sniff_html and text is not None and not markdown and is_html(text):
        # as decoded: UTF-16 bytes parsed as a page were read as UTF-8 (a tester's find)
        return _html_record(path, text.encode("utf-8", "surrogatepass"))
    return Record(path, text, error, markup="markdown" if markdown else None)


#: HTML: a text that opens on a tag and closes an element (a page's, a block's, or an
#: inline one's: '<span class="body">...</span>' and '<script>...</script>' were read
#: as prose, tags and all, a reviewer's find) or holds one that has no closing tag
#: (<br>, <img>). One rule for a sniffed input and for a text: a page saved as .txt, or a
#: crawl's raw HTML in a JSON or CSV text field, whose markup, read as prose, passed for
#: words and quotations ('">Home</a> | <a href="' counted as a direct quotation) and
#: scored as its clean text did (a new user's find).
_HTML_CLOSING = re.compile(
    r"</(?:html|head|body|title|p|div|article|section|main|header|footer|nav|aside|span|"
    r"a|b|i|u|s|q|em|strong|small|sup|sub|mark|abbr|cite|time|code|pre|font|center|li|ul|"
    r"ol|dl|dt|dd|table|tr|td|th|h[1-6]|blockquote|figure|figcaption|script|style|"
    r"noscript|button|label|form|select|option|iframe|video|audio|picture|svg)\s*>"
    # or an element that has no closing tag
    r"|<(?:br|hr|img|input|meta|link|source|wbr|embed|area|base|col|track|param)\b[^<>]*>",
    re.IGNORECASE,
)
#: HTML too: a text that opens on a page's or a block's tag left open ("<html><body><p>
#: ...", "<p>First.<p>Second.": HTML needs no closing tag there, a reviewer's find), when
#: a doctype, a tag right after it, or the same tag again says it is markup: "<p> is how
#: a paragraph opens" is prose. Inline tags are left out: "<b>Bold claim" may be prose.
_HTML_OPENING = re.compile(
    r"<!doctype\s+html\b"
    r"|<(html|head|body|p|div|article|section|main|header|h[1-6]|ul|ol|table|blockquote|figure)"
    r"(?:\s[^<>]*)?>(?:\s*<[a-z!/]|.*?<\1[\s>])",
    re.IGNORECASE | re.DOTALL,
)


#: HTML too, wherever it stands: a link or an emphasis element, opened and closed, in
#: prose ('said <a href="https://...">Tim Gardner</a>', '<b>LONDON</b>'), as a CMS's
#: text field holds them: read as prose, the tags passed for words and the text was
#: not flagged (a tester's find, 2026-12-06: +6.1 points). Markup hugs what it marks;
#: a tag named in prose ("the <p> element", "<b>Bold claim", "each name in <span> tags
#: ... a closing </span>") closes nothing or stands apart from the words beside it.
_INLINE_ELEMENT = re.compile(
    r"<(a|b|i|u|em|strong|span|small|sup|sub|mark|abbr|cite|font)(?:\s[^<>]*)?>(?=\S)[^<]{1,500}(?<=\S)</\1\s*>",
    re.IGNORECASE,
)


#: ... or a table or list set in prose, opening a line and closed on it or a later one
#: ('...said on Monday.\n\n<table><tr><td>North</td>...</table>'): its tags were read
#: as words, unflagged (a tester's find, 2026-12-06: 5 points).
_BLOCK_IN_PROSE = re.compile(
    r"^[ \t]*<(table|ul|ol|dl|blockquote)(?:\s[^<>]*)?>\s*<[a-z][\s\S]{0,20000}?</\1\s*>",
    re.IGNORECASE | re.MULTILINE,
)


def is_html(text: str) -> bool:
    """Whether ``text`` is HTML (``_HTML_OPENING``, ``_HTML_CLOSING``; or, anywhere in
    it, an inline element opened and closed, ``_INLINE_ELEMENT``, or a table or list
    opening a line, ``_BLOCK_IN_PROSE``), judged on its first 64 KiB. Prose that
    mentions a tag ("the <p> element") does not open on one."""
    head = text[:65536].lstrip("\ufeff \t\r\n")
    if head[:1] == "<" and (_HTML_OPENING.match(head) is not None or _HTML_CLOSING.search(head) is not None):
        return True
    return "</" in head and (_INLINE_ELEMENT.search(head) is not None or _BLOCK_IN_PROSE.search(head) is not None)


#: A tag only a whole page holds: without one, HTML is a fragment.
_PAGE_TAG = re.compile(r"<(?:html|body|head|!doctype)\b", re.IGNORECASE)

NO_MAIN_TEXT = (
    "no main text found in the HTML page: nothing visible outside navigation, header, "
    "footer, aside, script and style"
)


def _html_record(path: str, data: bytes, *, comments: bool = False) -> Record:
    """The main text of an HTML page or fragment: trafilatura's extraction of a page
    (one with an ``<html>``, ``<head>``, ``<body>`` or doctype), else the visible text (a
    fragment such as ``<p>...</p>``, which has no page around it to strip, and a page
    trafilatura finds no article in). A page with nothing visible outside its chrome (navigation, header,
    footer, aside) is an error, whatever trafilatura makes of its menus. Either way a
    layout table is read as the blocks it holds (``_read_layout_tables``).

    ``comments``: keep the page's comment section, as trafilatura's defaults do. What is
    scored is the article, so scoring leaves readers' comments out; ``quality clean``
    keeps them (on trafilatura's benchmark a comment section can hold text a page must
    keep), and its paragraph labels then decide what is chrome."""
    text, error = _decode(data)
    if error and (b"\x00" in data[:8192] or error == BINARY_FILE or document_format_error(data[:8192])):
        return Record(path, None, error)
    try:
        root = _page_tree(data, utf8=text is not None)
        laid_out = root is not None and _read_layout_tables(root)
        visible = _visible(root) if root is not None else ""
        if not visible:
            return Record(path, None, NO_MAIN_TEXT)
        if text is not None and not _PAGE_TAG.search(text, 0, 65536):
            # a fragment ("<p>...</p><p>...</p>", a crawl's article body) has no page
            # around it to strip: its visible text is the article. trafilatura dropped a
            # paragraph repeated in one, and the repetition with it (a reviewer's find:
            # +17.6 points against the same text as plain text).
            stripped = text.strip()
            prose_first = not stripped.startswith("<")
            if (prose_first or not _BLOCK_TAG.search(text)) and _BLANK_LINE.search(stripped):
                # text with inline markup alone, or prose with a table or list set in
                # it: its blank lines are its paragraph breaks, which a browser's
                # reading joins into one paragraph (a tester's find, 2026-12-06: a
                # headline that is a link made a corpus article one paragraph, 10.5
                # points)
                chunks = (visible_text(c.encode("utf-8")) for c in _BLANK_LINE.split(text))
                visible = "\n\n".join(c for c in chunks if c) or visible
            return Record(path, visible, markup="html")
        # A page in another encoding (windows-1252, latin-1: its <meta charset> says so)
        # goes to trafilatura as bytes, which reads the declared or detected encoding. A
        # page with layout tables goes as its tree reads with them turned into blocks
        # (already decoded), or trafilatura writes the article as one table row.
        import lxml.html
        import trafilatura

        page: str | bytes = text if text is not None else data
        if laid_out:
            page = lxml.html.tostring(root, encoding="unicode")
        extracted = trafilatura.extract(page, include_comments=comments, include_tables=True)
    except _TooDeep:
        return Record(path, None, TOO_DEEP)
    except Exception as exc:  # a parser failure costs this page, not the batch
        return Record(path, None, f"cannot extract the main text from the HTML page: {exc!r}")
    return Record(path, extracted or visible, markup="html", page_title=page_title(root))


#: Elements never rendered: their text is not the page's.
HIDDEN_ELEMENTS = frozenset(
    {"head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe"}
    | {"object"}
)
#: Page chrome around the article; left out unless it wraps the article (see
#: ``WRAPPER_SHARE``).
CHROME_ELEMENTS = frozenset({"nav", "header", "footer", "aside"})
#: A chrome element holding more than this share of the body's text, and paragraphs
#: (<p>, <article>, <main>), is a wrapper, not chrome: pages do put the article inside
#: <header>, and lxml's HTML parser nests a whole page in a <header> or <nav> it cannot
#: close (3 of trafilatura's 354 test pages; they read as empty without this rule).
WRAPPER_SHARE = 0.5
#: What makes a chrome element's text an article's: paragraphs or article structure.
_ARTICLE_BLOCKS = ".//p|.//article|.//main"
#: Block elements: each starts a paragraph of its own.
BLOCK_ELEMENTS = frozenset(
    {"address", "article", "blockquote", "body", "caption", "center", "dd", "details"}
    | {"dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2"}
    | {"h3", "h4", "h5", "h6", "hr", "html", "legend", "main", "ol", "p", "pre", "section"}
    | {"summary", "table", "tbody", "tfoot", "thead", "ul"}
)
#: Elements that start a line of their own, marked as trafilatura writes them (so the
#: Document reads list items and table rows alike from either): "- item", "| a | b |".
LINE_ELEMENTS = {"li": "- ", "tr": "| "}
_PARAGRAPH = "\x00"  # a paragraph break while the text is gathered (NUL never survives)
#: The tag of an element that breaks the text into lines or paragraphs.
_BLOCK_TAG = re.compile(
    r"<(?:" + "|".join(sorted(BLOCK_ELEMENTS | set(LINE_ELEMENTS) | {"br", "td", "th"})) + r")\b",
    re.IGNORECASE,
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")

#: What a page's layout cell holds and a data cell (a figure, a name, a date, a note)
#: does not: a nested table, a heading, a list, a quotation set apart, article structure.
_LAYOUT_CONTENT = frozenset(
    {"table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre"}
    | {"article", "section", "main"}
    | CHROME_ELEMENTS
)
#: A table's own elements between it and its cells (those of a table nested in a cell
#: are that table's).
_TABLE_PARTS = frozenset({"thead", "tbody", "tfoot", "caption", "colgroup", "col"})
#: A table cell of two paragraphs or more holds prose, not data, from this many words.
PROSE_CELL_WORDS = 20


def _tag(element: Any) -> str | None:
    """An element's tag, lower-cased; None for a comment or a processing instruction."""
    return element.tag.lower() if isinstance(element.tag, str) else None


def _table_rows(table: Any) -> list[Any]:
    """The rows of ``table`` itself (in a <thead>, <tbody>, <tfoot> or not), not those
    of tables nested in its cells."""
    rows = []
    for child in table:
        if _tag(child) == "tr":
            rows.append(child)
        elif _tag(child) in _TABLE_PARTS:
            rows += [row for row in child if _tag(row) == "tr"]
    return rows


def _cells(row: Any) -> list[Any]:
    """The <td> and <th> cells of a table row."""
    return [cell for cell in row if _tag(cell) in ("td", "th")]


def _holds_blocks(cell: Any) -> bool:
    """Whether a table cell holds a page's blocks rather than a datum: a nested table, an
    element of ``_LAYOUT_CONTENT`` with text, or prose of ``PROSE_CELL_WORDS`` words or
    more in two paragraphs or more (<p>s, <div>s of text holding no other, or text after
    two <br> in a row)."""
    paragraphs = 0
    for element in cell.iterdescendants():
        tag = _tag(element)
        if tag == "table":  # an e-mail's spacer or logo table too: data cells hold none
            return True
        if tag in _LAYOUT_CONTENT and element.text_content().strip():
            # a list without text (a star rating's empty <li>s) is decoration
            return True
        if tag == "br" and _paragraph_break(element):
            paragraphs += 1 + (paragraphs == 0)  # the text over the break is one too
        elif tag == "p" or (tag == "div" and not element.xpath(".//p|.//div")):
            paragraphs += bool(element.text_content().strip())
    # one paragraph is a CMS's wrapping of a datum ("<td><p>14:00</p></td>"), and a few
    # short ones an infobox's list of names
    return paragraphs > 1 and len(cell.text_content().split()) >= PROSE_CELL_WORDS


def _paragraph_break(br: Any) -> bool:
    """Whether ``br`` opens two <br> in a row with text after them in the same parent:
    the paragraph break of a page written without <p>. Two at a cell's end break none."""
    following = br.getnext()
    if (br.tail or "").strip() or following is None or _tag(following) != "br":
        return False
    while following is not None:
        if (following.tail or "").strip():
            return True
        following = following.getnext()
        if following is not None and following.text_content().strip():
            return True
    return False


def _is_navigation(cell: Any) -> bool:
    """Whether a layout table's cell is a column of links: two links or more, and no
    word outside them (separators such as "|" and "•" aside)."""
    if len(cell.findall(".//a")) < 2:
        return False
    return not any(re.search(r"\w", text) for text in cell.xpath(".//text()[not(ancestor::a)]"))


def _is_layout_table(table: Any) -> bool:
    """Whether ``table`` lays a page out rather than holding data: a cell of its own holds
    blocks (``_holds_blocks``), its one row holds a paragraph (a column of navigation
    beside a column of prose), it has a single cell, or, without a <th> header, one
    cell with words a row (the others empty, images or links) and a cell of
    ``PROSE_CELL_WORDS`` words or more among them. A table of rows and columns with a
    <th> header is data whatever its cells hold (a wiki's table of items, each
    described in paragraphs or a list)."""
    rows = [cells for cells in map(_cells, _table_rows(table)) if cells]
    if not rows:
        return False
    if len(rows) == 1 and len(rows[0]) == 1:
        return True
    headed = any(_tag(cell) == "th" for cells in rows for cell in cells)
    if headed and len(rows) > 1 and max(map(len, rows)) > 1:
        # e-mail templates set columns in <th> (Foundation's), but in a single row
        return False
    if any(_holds_blocks(cell) for cells in rows for cell in cells):
        return True
    if len(rows) == 1 and any(cell.find(".//p") is not None for cell in rows[0]):
        return True
    if headed:
        return False
    # one column of text, beside spacer cells or none (a newsletter sets each paragraph
    # in a row between empty or image-only cells: read as "|  | paragraph |  |", not
    # rated, a tester's find), holding prose: a column of short cells (a list of
    # names, a ranking) is data, and turned into <div>s it was dropped as too short
    # (a cell of links alone is the site's menu beside them, as in a rowspan column)
    worded = [[cell for cell in cells if _shows_words(cell) and not _is_navigation(cell)] for cells in rows]
    return all(len(cells) <= 1 for cells in worded) and any(_holds_prose(cell) for cells in worded for cell in cells)


def _holds_prose(cell: Any) -> bool:
    """Whether a table cell holds prose: ``PROSE_CELL_WORDS`` words or more, or a
    sentence of five words or more (a newsletter's one-sentence paragraph a row, which
    a column of names or figures never ends so; a sibling writer's find)."""
    words = cell.text_content().split()
    return len(words) >= PROSE_CELL_WORDS or (len(words) >= 5 and words[-1][-1:] in ".!?")


def _shows_words(cell: Any) -> bool:
    """Whether a table cell shows a letter or a digit (not a spacer: empty, a no-break
    space, an image)."""
    return any(c.isalnum() for c in cell.text_content())


def _read_layout_tables(root: Any) -> bool:
    """Turn each layout table under ``root`` (``_is_layout_table``) into the blocks it
    holds, in place: the table, its rows and cells become <div>s, so its headings and
    paragraphs are read as if the table were not there, and a cell of links
    (``_is_navigation``) becomes a <nav>, page chrome as the site's menu is elsewhere.
    Tables nested in one are judged on their own: a data table in a layout cell stays a
    table. Returns whether any table was turned.

    Newsletters and older news sites set the whole article in a table's cell, which was
    read as one table row ("| headline paragraph paragraph ... |") and not rated as word
    salad (a tester's find)."""
    # every table is judged before any is turned: a layout cell holding a nested table
    # must still see a table there
    layout = [table for table in root.iter("table") if _is_layout_table(table)]
    for table in layout:
        rows = _table_rows(table)
        parts = [child for child in table if _tag(child) in _TABLE_PARTS]
        for element in [table, *parts, *rows]:
            element.tag = "div"
        for cell in (cell for row in rows for cell in _cells(row)):
            cell.tag = "nav" if _is_navigation(cell) else "div"
    return bool(layout)


def visible_text(data: bytes, *, utf8: bool = True) -> str:
    """The text an HTML page or fragment shows, without ``HIDDEN_ELEMENTS`` and elements
    marked ``hidden``, and without its chrome (``CHROME_ELEMENTS`` that do not wrap the
    article): one paragraph per block element, separated by a blank line, a
    ``<br>`` as a line break, white space collapsed as a browser does, list items and
    table rows on lines of their own (``LINE_ELEMENTS``), a layout table read as the
    blocks it holds (``_read_layout_tables``). "" when nothing is left.

    ``utf8``: the bytes are UTF-8 (else lxml reads the page's declared encoding).
    Raises ValueError (TOO_DEEP) for a page nested past MAX_HTML_DEPTH."""
    root = _page_tree(data, utf8=utf8)
    if root is None:
        return ""
    _read_layout_tables(root)
    return _visible(root)


#: How deep libxml2 nests elements with its huge-tree option; deeper elements are
#: dropped. Without the option it stopped at 256, and a page of 256 nested <div>s read
#: as empty, "no main text" (a tester's find, 2026-12-06).
MAX_HTML_DEPTH = 2048
TOO_DEEP = (
    f"the HTML page nests its elements more than {MAX_HTML_DEPTH:,} deep, past what the HTML "
    "parser reads, so its text cannot be read whole"
)


class _TooDeep(ValueError):
    """An HTML page nested deeper than MAX_HTML_DEPTH: its deeper text was dropped."""


def _page_tree(data: bytes, *, utf8: bool = True) -> Any:
    """The lxml tree of an HTML page or fragment, None when there is none to parse.
    Raises _TooDeep when the page nests past MAX_HTML_DEPTH (its deeper text lost)."""
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8" if utf8 else None, huge_tree=True)
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except Exception:  # lxml.etree.ParserError on a page of nothing but white space
        return None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise _TooDeep(TOO_DEEP)
    return root


#: Where a page names its headline, in the order read by ``page_title``: the Open Graph
#: and Twitter card titles (written for a link's preview, so without the site's name as
#: a rule), then the page's only <h1>, then its <title>.
_TITLE_META = ("og:title", "twitter:title")


def page_title(root: Any) -> str | None:
    """The title an HTML page gives itself (``_TITLE_META``, a sole <h1>, <title>), its
    white space collapsed; None for none. ``root``: an lxml tree (``_page_tree``)."""
    candidates = []
    for name in _TITLE_META:
        for meta in root.iter("meta"):
            if name in (meta.get("property"), meta.get("name")):
                candidates.append(meta.get("content") or "")
    headlines = root.findall(".//h1")
    if len(headlines) == 1:  # several <h1> are a page's sections, not its headline
        candidates.append(headlines[0].text_content())
    candidates += [t.text_content() for t in root.findall("head/title")]
    for candidate in candidates:
        title = " ".join(candidate.split())
        if title:
            return title
    return None


def _visible(root: Any) -> str:
    """``visible_text`` of a parsed page."""
    parts: list[str] = []
    body = root.find("body")
    body_chars = len((body if body is not None else root).text_content())
    _gather(root, parts, WRAPPER_SHARE * body_chars)
    paragraphs = []
    for block in "".join(parts).split(_PARAGRAPH):
        lines = (" ".join(line.split()) for line in block.split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def _gather(root: Any, parts: list[str], wrapper_chars: float) -> None:
    """Append the visible text under ``root`` to ``parts`` (its tail is the caller's).
    A chrome element with more than ``wrapper_chars`` characters and paragraphs wraps
    the article, and is read through. A loop over a stack, not a recursion: a page may
    nest MAX_HTML_DEPTH elements, past Python's recursion limit."""
    pending: list[Any] = [root]  # elements to read and text to write, the next last
    while pending:
        element = pending.pop()
        if isinstance(element, str):
            parts.append(element)
            continue
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if tag is None:  # a comment or a processing instruction: nothing shown
            continue
        if tag in HIDDEN_ELEMENTS or element.get("hidden") is not None:
            continue
        if tag in CHROME_ELEMENTS and not (
            len(element.text_content()) > wrapper_chars and element.xpath(_ARTICLE_BLOCKS)
        ):
            continue
        if tag == "br":
            parts.append("\n")
            continue
        block = tag in BLOCK_ELEMENTS
        if block:
            parts.append(_PARAGRAPH)
        if tag in LINE_ELEMENTS:
            parts.append("\n" + LINE_ELEMENTS[tag])
        if element.text:
            parts.append(_source_text(element.text))
        # what closes the element, then its children each before its tail, pushed in
        # reverse so that they come off the stack in order
        if block:
            pending.append(_PARAGRAPH)
        if tag in ("td", "th"):
            pending.append(" | ")
        elif tag in LINE_ELEMENTS:
            pending.append("\n")
        for child in reversed(element):
            if child.tail:
                pending.append(_source_text(child.tail))
            pending.append(child)


def _source_text(s: str) -> str:
    """Text as HTML renders it: a line break in the source is a space (only a <br>
    breaks a line), and a NUL, which marks paragraph breaks here, is dropped."""
    return s.replace("\r", " ").replace("\n", " ").replace(_PARAGRAPH, "")


#: How many compressed bytes a gzipped JSON Lines file is read by at a time.
_GZIP_CHUNK = 1 << 16


def _gunzipped_lines(fh: IO[bytes]) -> Iterator[bytes]:
    """The lines of the gzip data read from ``fh`` (line ends kept, as iterating a file
    gives them), each as soon as it is whole; members written one after another
    (``cat a.gz b.gz``) read as one stream, and zero padding after the last is ignored,
    as ``gzip`` does.

    Raises EOFError after the last whole line when the data is cut short (the line cut
    is lost, and the caller reports the cut), and OSError when it is not gzip data or
    is corrupt. ``gzip.open`` raised on the cut before handing over the lines it held
    decompressed: a three-line file cut in its last line lost all three.
    """
    decompressor = zlib.decompressobj(wbits=31)
    started = False  # inside a member: the data may not end here
    members = 0
    pending = b""
    while chunk := fh.read(_GZIP_CHUNK):
        while chunk:
            if members and not started:
                chunk = chunk.lstrip(b"\x00")
                if not chunk:
                    break
            started = True
            try:
                buffer = pending + decompressor.decompress(chunk)
            except zlib.error as exc:
                raise OSError(f"corrupt gzip data: {exc}") from None
            start = 0
            while (end := buffer.find(b"\n", start)) != -1:
                yield buffer[start : end + 1]
                start = end + 1
            pending = buffer[start:]
            chunk = b""
            if decompressor.eof:  # a member ended: another may follow, or padding
                chunk = decompressor.unused_data
                decompressor = zlib.decompressobj(wbits=31)
                started = False
                members += 1
    if started:
        raise _CutShort("Compressed file ended before the end-of-stream marker was reached", pending)
    if pending:
        yield pending


def _with_whole_last_line(lines: Iterable[bytes]) -> Iterator[bytes]:
    """``lines`` of gzipped JSON Lines; when the data is cut short after a last line
    that parses whole (only the gzip trailer lost, no final line break), that line too
    before the cut is raised: it was lost with the trailer."""
    try:
        yield from lines
    except _CutShort as cut:
        if cut.tail.strip() and parse_json(cut.tail.rstrip(b"\r"))[1] is None:
            yield cut.tail
        raise


class _CutShort(EOFError):
    """Gzip data that ends before its end-of-stream marker; ``tail``: what was
    decompressed after its last whole line (the line cut)."""

    def __init__(self, message: str, tail: bytes):
        super().__init__(message)
        self.tail = tail


def _gunzipped(fh: IO[bytes]) -> tuple[bytes, str | None, bytes]:
    """The gzip data read from ``fh`` decompressed as far as it goes (whole lines, when
    it is cut short: ``_gunzipped_lines``), why it stops short (None when it is whole),
    and the part of a line decompressed after the last whole one (b"" when whole, or
    UTF-16 or UTF-32). A reader of records reads what there is and reports the cut
    after it; a JSON array on one line is read up to its last whole item
    (``_read_cut``)."""
    lines: list[bytes] = []
    try:
        lines.extend(_gunzipped_lines(fh))
    except (OSError, EOFError) as exc:
        data = b"".join(lines)
        # a UTF-16 or UTF-32 tail is bytes of another encoding than the UTF-8 its lines
        # are read as (and a big-endian "\n" splits as a whole line): none is kept
        tail = getattr(exc, "tail", b"") if unicode_mark(data[:4]) is None else b""
        return _whole_encoded_lines(data), str(exc), tail
    return b"".join(lines), None, b""


def _whole_encoded_lines(data: bytes) -> bytes:
    """``data`` cut short, up to its last whole line in the encoding its byte-order mark
    names (UTF-16 or UTF-32, whose "\n" is two or four bytes: a cut after the first
    left half a character, and the line before it read as undecodable); UTF-8 data
    (split on "\n" bytes already) as it is."""
    if (found := _byte_order(data)) is None:
        return data
    mark, codec = found
    decoder = codecs.getincrementaldecoder(codec)()
    text = decoder.decode(data[len(mark) :], final=False)  # a character cut in two is held back
    return mark + text[: text.rfind("\n") + 1].encode(codec)


def _read_cut(
    data: bytes, tail: bytes, rid: str, fmt: str, row_fields: RowFields, cut: str | None, html_comments: bool = False
) -> Iterator[Record]:
    """The records of decompressed ``data`` (whole lines) in format ``fmt``, with the
    cut reported (``_cut_short``). A JSON array cut short is read from ``data + tail``
    up to its last whole item, and the cut is one error after them: an array on one
    line (``json.dumps``) had no whole line, and every item was lost, while one over
    lines gave two errors for one cut (its break and the cut)."""
    if cut is not None and fmt == "json" and (data + tail).lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"[":
        items, broken = array_until_break(data + tail)
        yield from _json_items(items, rid, row_fields)
        where = f"; the array breaks at item {len(items) + 1}, {len(items)} before it read" if broken else ""
        yield Record(f"{rid}:{len(items) + 1}", None, f"cannot read {_input_name(rid)} to its end: {cut}{where}")
        return
    if cut is not None and fmt in {"jsonl", "json"} and tail.strip():
        # cut in its last bytes (the gzip trailer): a last line (JSON Lines, read as
        # such from a .json too) or a document that parses whole is read, as JSON
        # closes on its own
        if parse_json(tail.rstrip(b"\r"))[1] is None or (fmt == "json" and parse_json(data + tail)[1] is None):
            data += tail
    yield from _cut_short(_read_bytes(data, rid, fmt, row_fields, html_comments), rid, fmt, cut)


def _cut_short(records: Iterable[Record], rid: str, fmt: str, cut: str | None) -> Iterator[Record]:
    """``records`` read from decompressed data, then, for data cut short (``cut``), one
    error record for the cut. A format that holds one article (text, HTML, Markdown)
    gives that error alone: half an article is no article to score."""
    if cut is not None and fmt not in _FORMATS_OF_RECORDS:
        yield Record(rid, None, f"cannot read {_input_name(rid)}: {cut}")
        return
    yield from records
    if cut is not None:
        yield Record(rid, None, f"cannot read {_input_name(rid)} to its end: {cut}")


def _input_name(rid: str) -> str:
    return "gzipped stdin" if rid == "-" else rid


def _split_bare_returns(lines: Iterable[bytes]) -> Iterator[bytes]:
    """``lines``, with a line that holds bare carriage returns (old Mac line ends: a whole
    file reads as one line) split on them when it is no JSON value as it stands and each
    part is one (a raw carriage return inside a string leaves one broken line)."""
    for raw in lines:
        body = raw.rstrip(b"\r\n")
        if b"\r" in body and parse_json(body)[1] is not None:
            parts = body.split(b"\r")
            if all(parse_json(p)[1] is None for p in parts if p.strip()):
                yield from parts
                continue
        yield raw


#: Said after a line of stdin that is no JSON when stdin was taken for JSON Lines by
#: its first record: an article whose first line is a JSON object ('{"note": "draft"}')
#: is read so, each of its lines an error record (a tester's find, 2026-12-06).
_STDIN_AS_TEXT_HINT = (
    " (standard input was read as JSON Lines because its first line is a JSON object; "
    "if it is one article, pass --input-format text)"
)


def _jsonl_lines(
    lines: Iterable[bytes],
    path: str,
    row_fields: RowFields,
    sniffed: bool = False,
) -> Iterator[Record]:
    """A Record per non-blank line of JSON Lines ``lines``; ``sniffed``: the format was
    guessed from the first line (stdin), so a line that is no JSON says how to read the
    input as text instead, until a line is read as an article (then the input is a
    feed, and its broken line just that: a tester's find)."""
    hint = _STDIN_AS_TEXT_HINT if sniffed else ""
    for number, raw in enumerate(_split_bare_returns(lines), start=1):
        rid = f"{path}:{number}"
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark alone is no record
        # NUL bytes alone are no record: the half of a UTF-16 line break left after the
        # last line of a file without its byte-order mark (one error for each line, not
        # one more)
        if not raw.strip(b" \t\r\n\x00"):
            continue
        obj, problem = parse_json(raw.rstrip(b"\r\n"))  # the line end is no part of the record
        if problem is not None:
            kind, _, detail = problem.partition(": ")
            # the parser's place is in the line, its "line 1": said as the line's column,
            # not as a second line number beside the file's (a tester's find)
            # ("Unterminated string starting at: line 1 column 21" read "starting at at
            # column 21": the place follows a colon)
            detail = _JSON_PLACE_IN_ONE_LINE.sub(r": column \1", detail)
            if kind == "not UTF-8":
                detail += NOT_UTF8_HINT
            elif _NOT_JSON_KEY_OPENING.match(raw.lstrip()):
                detail += (
                    " (a Python dict or a JavaScript object? JSON puts its keys and strings "
                    "in double quotes, as json.dumps writes them)"
                )
            yield Record(rid, None, f"{kind} on line {number}" + (f": {detail}" if detail else "") + hint)
            continue
        if isinstance(obj, str):
            obj = {row_fields.text: obj}  # a line of text alone, as score_many takes one
        if not isinstance(obj, dict):
            yield Record(rid, None, f"line {number} is a JSON {json_type(obj)}, not an object or a string")
            continue
        record = _row_record(obj, rid, row_fields)
        if record.error is None:
            hint = ""  # a feed with an article in it: a broken line is a broken line
        yield record


def _opens_a_multiline_value(line: bytes) -> bool:
    """Whether the first non-blank ``line`` of a JSON Lines file opens an object or an
    array that it does not close: the file's values span lines (pretty-printed)."""
    head = line.lstrip(b"\xef\xbb\xbf \t")
    if head[:1] not in (b"{", b"[") or unicode_mark(line[:4]) is not None:
        return False
    problem = parse_json(head.rstrip(b"\r\n"))[1]
    # not bytes that are no UTF-8; nor a whole value with more after it on its line
    # ('{"id": "a1", ...} trailing'), which is one broken line, not a value opening (it
    # was read as pretty-printed JSON: the object scored, then an error of a record
    # that is none; left alone a stop before)
    return problem is not None and problem.startswith("malformed") and "Extra data" not in problem


def _is_json_document(data: bytes) -> bool:
    """Whether ``data`` is one JSON object or array as a whole (an array of anything:
    objects and strings are records, anything else an error record each; an empty one
    holds no records)."""
    doc, _ = parse_json(data)
    return isinstance(doc, (dict, list))


#: An array whose first item is an object, however it ends: "[" then "{".
_ARRAY_OF_OBJECTS = re.compile(rb"\[\s*\{")


def _is_json_values(data: bytes) -> bool:
    """Whether ``data`` is two or more JSON objects one after another, and nothing else."""
    values = _json_values(data.decode("utf-8-sig", "replace"))
    return values is not None and len(values) > 1 and all(isinstance(v, dict) for v in values)


def _json_values(text: str) -> list[Any] | None:
    """The JSON values written one after another in ``text`` (pretty-printed objects
    with no array around them, or parted by commas as an array's body), or None when it
    is not that from start to end (``_values_and_breaks`` finds a break)."""
    pairs = _values_and_breaks(text)
    if not pairs or any(broken is not None for _, broken in pairs):
        return None
    return [value for value, _ in pairs]


def _values_as_records(pairs: list[tuple[Any, str | None]], path: str, row_fields: RowFields) -> Iterator[Record]:
    """A record for each of ``_values_and_breaks``'s values and an error record for each
    break, in their order (ids "path:N", N counting both from 1, where an object has
    none)."""
    for number, (value, broken) in enumerate(pairs, start=1):
        if broken is not None:
            yield Record(f"{path}:{number}", None, broken)
        else:
            yield from _json_items([value], path, row_fields, first=number)


_JSON_SPACE = re.compile(r"[ \t\r\n]*")


def undecodable_items(data: bytes) -> list[tuple[Any, int | None]] | None:
    """The items of a JSON array whose bytes are not all UTF-8, each with the line (from
    1) of the first such byte in it, or None where it holds none; they are read with the
    bytes kept as surrogateescape marks. None when ``data`` is no array and nothing else
    (an object, JSON Lines saved as .json, objects one after another, or an array with
    more after it are read as before: a reviewer's find, records lost unsaid)."""
    text = data.decode("utf-8-sig", "surrogateescape")
    items = _whole_array(text)
    if items is None:
        return None
    starts = line_starts(text)
    out = []
    for item, start, end in items:
        bad = _UNDECODABLE.search(text, start, end)
        out.append((item, None if bad is None else bisect_right(starts, bad.start()) + 1))
    return out


def _values_and_breaks(text: str) -> list[tuple[Any, str | None]]:
    """The JSON values written one after another in ``text`` (pretty-printed objects), as
    (value, None), with (None, what is wrong) for each stretch that is no JSON: the
    reading picks up again at the next line that opens on "{" where the broken object
    ended, so one broken object costs itself alone (a second tester's find: objects 4
    and 5 were lost after a comma missing in object 3)."""
    decoder, out, pos = json.JSONDecoder(), [], 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos == len(text):
            return out
        try:
            value, pos = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            out.append((None, (
                f"malformed JSON after object {sum(b is None for _, b in out)}: {exc}; the file's objects span "
                "several lines (pretty-printed), and this one breaks there"
            )))
            resume = _NEXT_OBJECT.search(text, pos + 1)
            if resume is None:
                return out
            pos = resume.start() + 1
            continue
        out.append((value, None))
        # objects an array's body would hold, "},\n{": the comma only parts them
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if text.startswith(",", pos) and _NEXT_VALUE.match(text, pos + 1):
            pos += 1


#: After a comma between pretty-printed objects: the next one opening.
_NEXT_VALUE = re.compile(r"\s*\{")
#: Where pretty-printed objects pick up again after a broken one: a line opening on "{".
_NEXT_OBJECT = re.compile(r"\n\{")


def _json_document(
    data: bytes,
    path: str,
    row_fields: RowFields,
) -> Iterator[Record]:
    """The records of a .json file: an array of objects, one record each (ids
    "path:N", N counting items from 1, where the object has no id), or one object, one
    record. JSON Lines saved as .json (an object a line) is read as JSONL. A file that
    is neither, or an item that is no object, is an error record saying so. The whole
    document is read into memory (use JSONL for streams). An empty file holds no
    records, as a JSONL file of blank lines does."""
    if not data.strip():
        return
    doc, problem = parse_json(data)
    if problem is not None and problem.startswith("not UTF-8") and (items := undecodable_items(data)) is not None:
        # a byte that is not UTF-8 costs the item it stands in (a tester's find: one in
        # item 2 of an array was "item 1 is a JSON array", every item lost)
        for number, (item, bad) in enumerate(items, start=1):
            if bad is not None:
                own = item.get(row_fields.id) if isinstance(item, dict) else None
                rid = f"{path}:{number}" if is_missing_id(own) or _UNDECODABLE.search(str(own)) else id_text(own)
                yield Record(rid, None, f"item {number} (line {bad}) holds bytes that are not UTF-8{NOT_UTF8_HINT}")
            else:
                yield from _json_items([item], path, row_fields, first=number)
        return
    if problem == JSON_TOO_DEEP and (deep := items_past_deep_ones(data)) is not None:
        for number, (item, why) in enumerate(deep, start=1):
            if why is None:
                yield from _json_items([item], path, row_fields, first=number)
            else:
                yield Record(f"{path}:{number}", None, why)
        return
    if problem is not None:
        lines = data.split(b"\n")
        filled = [line for line in lines if line.strip()]
        is_array = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"["
        if not is_array and len(filled) > 1 and any(map(_is_json_object, filled[:_SNIFF_LINES])):
            # JSON Lines saved as .json: a bad line is its own error, as in a .jsonl
            yield from _jsonl_lines(lines, path, row_fields)
            return
        values = None
        if problem != JSON_TOO_DEEP:
            pairs = _values_and_breaks(data.decode("utf-8-sig", "replace"))
            whole = bool(pairs) and all(broken is None for _, broken in pairs)
            values = [value for value, _ in pairs] if whole else None
            if not whole and not is_array and pairs and pairs[0][1] is None and all(
                isinstance(v, dict) for v, broken in pairs if broken is None
            ):
                # pretty-printed objects cut short or broken part way: those before the
                # break are records, then one error says where (as a .jsonl file of them)
                yield from _values_as_records(pairs, path, row_fields)
                return
        if values is None:
            items, broken = array_until_break(data) if problem.startswith("malformed") else ([], None)
            if not items:
                yield Record(path, None, problem)
                return
            # an array broken part way (a truncated download): the items before the
            # break are records, the rest one error saying where it broke
            yield from _json_items(items, path, row_fields)
            yield Record(f"{path}:{len(items) + 1}", None, broken or problem)  # or: after "]"
            return
        doc = values  # objects one after another, pretty-printed: read as an array
    if isinstance(doc, dict):
        yield _row_record(doc, path, row_fields)
    elif isinstance(doc, list):
        yield from _json_items(doc, path, row_fields)
    else:
        yield Record(path, None, f"the JSON document is {_with_article(json_type(doc))}, not an object or an array of objects")


def _json_items(
    items: list[Any],
    path: str,
    row_fields: RowFields,
    first: int = 1,
) -> Iterator[Record]:
    """One record per item of a JSON array (ids "path:N" where an object has none, N
    counting from ``first``)."""
    for number, item in enumerate(items, start=first):
        rid = f"{path}:{number}"
        if isinstance(item, str):
            item = {row_fields.text: item}  # a text alone, as score_many takes one
        if isinstance(item, dict):
            yield _row_record(item, rid, row_fields)
        else:
            yield Record(rid, None, f"item {number} is a JSON {json_type(item)}, not an object or a string")


_JSON_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def _end_of_value(text: str, pos: int) -> int | None:
    """Where the JSON array or object opening at ``pos`` ends, found by counting its
    brackets outside strings, with no recursion (for one nested too deeply to parse);
    None where it never closes."""
    depth = 0
    for m in _JSON_STRING_OR_BRACKET.finditer(text, pos):
        token = m.group()
        if token in "[{":
            depth += 1
        elif token in "]}":
            depth -= 1
            if depth == 0:
                return m.end()
    return None


#: What ``_walk_array`` gives for an item nested too deeply for the parser, when asked
#: to read past such items.
_TOO_DEEP = object()
#: Space between JSON values as str.isspace has it (JSON's four characters, and the
#: no-break and other spaces some writers put there): ``array_until_break`` reads past
#: them, as it did before the walkers were one.
_ANY_SPACE = re.compile(r"\s*")


@dataclass
class _ArrayWalk:
    """What ``_walk_array`` read of a JSON array: each item with its (start, end) in the
    text, why the walk stopped early (None: the array closed), and where the text after
    the closing bracket's trailing space starts (None: it did not close)."""

    items: list[tuple[Any, int, int]]
    broken: str | None
    after: int | None


def _walk_array(text: str, *, past_deep: bool = False, space: re.Pattern[str] = _JSON_SPACE) -> _ArrayWalk | None:
    """The items of the JSON array ``text`` opens with, read one at a time, so that a
    break costs only what follows it; None where ``text`` opens no array. With
    ``past_deep``, an array or object nested too deeply for the parser is ``_TOO_DEEP``
    and the walk goes on past it (its end found by ``_end_of_value``); otherwise it
    stops the walk, as malformed JSON does ("nested too deeply" in ``broken``). One
    walker for the readers that must keep an array's other items: a byte that is not
    UTF-8 in one item, an item nested too deeply, an array cut short."""
    decoder, items = json.JSONDecoder(), []
    pos = space.match(text).end()
    if not text.startswith("[", pos):
        return None
    pos = space.match(text, pos + 1).end()
    if text.startswith("]", pos):
        return _ArrayWalk(items, None, space.match(text, pos + 1).end())
    while True:
        try:
            item, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            return _ArrayWalk(items, str(exc), None)
        except RecursionError:
            end = _end_of_value(text, pos) if past_deep and text[pos : pos + 1] in ("[", "{") else None
            if end is None:
                return _ArrayWalk(items, "nested too deeply", None)
            item = _TOO_DEEP
        items.append((item, pos, end))
        pos = space.match(text, end).end()
        if text.startswith(",", pos):
            pos = space.match(text, pos + 1).end()
        elif text.startswith("]", pos):
            return _ArrayWalk(items, None, space.match(text, pos + 1).end())
        else:
            return _ArrayWalk(items, str(json.JSONDecodeError("Expecting ',' delimiter", text, pos)), None)


def _whole_array(text: str, past_deep: bool = False) -> list[tuple[Any, int, int]] | None:
    """``_walk_array``'s items where ``text`` is one whole array and nothing after it;
    else None."""
    walk = _walk_array(text, past_deep=past_deep)
    if walk is None or walk.broken is not None or walk.after != len(text):
        return None
    return walk.items


def items_past_deep_ones(data: bytes) -> list[tuple[Any, str | None]] | None:
    """The items of a JSON array each with None, or with why it cannot be read where it
    is nested too deeply for the parser ("item 2 is nested too deeply to read"): the
    others are read past it (a tester's find: one such item lost every record of the
    array, as a JSONL line of it costs itself alone). None where ``data`` is no whole
    array of such items, for the caller to say what is wrong as before."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    items = _whole_array(text, past_deep=True)
    if items is None:
        return None
    return [
        (None, f"item {k} is nested too deeply to read") if item is _TOO_DEEP else (item, None)
        for k, (item, _, _) in enumerate(items, start=1)
    ]


def array_until_break(data: bytes) -> tuple[list[Any], str | None]:
    """The items of a JSON array read one at a time up to where it breaks, and what
    broke there ("malformed JSON at item 3: ... line 40 ..."; None when the array is
    whole); ([], None) when ``data`` opens no array or breaks before its first item."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], None
    walk = _walk_array(text, space=_ANY_SPACE)
    if walk is None:
        return [], None
    items = [item for item, _, _ in walk.items]
    if walk.broken is None:
        return items, None  # whole after all (a fault after the array's end)
    return items, (
        f"malformed JSON at item {len(items) + 1}: {walk.broken}; the array breaks there, "
        f"{len(items)} item{'s' if len(items) != 1 else ''} before it read"
    )


#: A UTF-16 surrogate code point on its own: half of a character outside the Basic
#: Multilingual Plane. JSON's "\\ud83d" escapes (half an emoji, common in scraped JSON)
#: decode to one, and UTF-8 cannot encode it, so any output holding it would fail.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def whole_characters(value: Any) -> Any:
    """``value`` with every lone surrogate replaced by U+FFFD (the replacement
    character), one code point for one, so offsets into the text still hold; values
    that are not strings are returned as they are."""
    if isinstance(value, str) and _LONE_SURROGATE.search(value):
        return _LONE_SURROGATE.sub("\ufffd", value)
    return value


#: The error of a record whose text is missing (see ``is_missing``), on every entry point.
MISSING_TEXT = "text is missing (null or NaN)"


def is_missing_id(value: Any) -> bool:
    """Whether an id value is missing: ``is_missing``, or a string of blanks (a JSON
    record's ``"id": ""``, as a CSV's empty field is read as missing). Such a record is
    named by where it stands, on every reader (a new user's find: JSONL kept "")."""
    return is_missing(value) or (isinstance(value, str) and not value.strip())


def is_missing(value: Any) -> bool:
    """Whether ``value`` is a missing value as tables and frames hold one: None, a float
    NaN (NumPy's included), pandas' NA and NaT, NumPy's NaT. pandas and NumPy are not
    imported for it: a value of theirs cannot exist before they are."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    pandas = sys.modules.get("pandas")
    if pandas is not None and (value is pandas.NA or value is pandas.NaT):
        return True
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        if isinstance(value, numpy.floating):  # float32 and float16 are not Python floats
            return bool(numpy.isnan(value))
        if isinstance(value, (numpy.datetime64, numpy.timedelta64)):
            return bool(numpy.isnat(value))
    return False


def text_problem(value: Any) -> str | None:
    """Why ``value`` cannot be read as an article's text, or None when it is a string
    (empty or not: its content is judged when it is scored).

    The one wording for every entry point (``Scorer.score``, ``score_many``,
    ``score_frame``, ``quality.distributed`` and the CLI's readers), so the same bad value
    gets the same error everywhere: ``MISSING_TEXT`` for a missing value (``is_missing``:
    None, NaN, pandas' NA and NaT), "text is not a string (got int)" for any other type."""
    if isinstance(value, str):
        return None
    if is_missing(value):
        return MISSING_TEXT
    return f"text is not a string (got {type(value).__name__})"


def json_type(value: Any) -> str:
    """The JSON name of a parsed value's type ("null", "string", "array"), as a JSON
    user knows it, not Python's ("NoneType", "str", "list")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {str: "string", list: "array", dict: "object"}.get(type(value), type(value).__name__)


def _with_article(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def as_text(value: Any) -> tuple[str | None, str | None]:
    """(text, None) for a value that is an article's text, else (None, why not): a
    string as it is; bytes decoded as UTF-8, as a Parquet string column written as plain
    binary holds them (Spark writes strings so unless told otherwise) and pandas reads
    them (bytes with NUL bytes are an error, as a file with them is); anything else
    worded by ``text_problem``. Every entry point reads its values
    through this, so the same value is read the same way everywhere."""
    if isinstance(value, (bytes, bytearray)):
        if b"\x00" in value:  # as a file with them is read (_decode): binary, not text
            return None, (
                "text is bytes with NUL bytes: binary, or UTF-16 or UTF-32 text; "
                "decode it to a string or re-encode it as UTF-8"
            )
        try:
            return bytes(value).decode("utf-8"), None
        except UnicodeDecodeError as exc:
            return None, f"text is bytes that are not UTF-8 ({exc.reason} at byte {exc.start})"
    problem = text_problem(value)
    return (None, problem) if problem is not None else (value, None)


def text_encoding(encoding: str | None) -> str | None:
    """``encoding`` (an --encoding value) by Python's name for it, or None for UTF-8 or
    none given (what every reader reads already, streaming). Raises UsageError for an
    encoding Python does not know or that is no text encoding (rot13, base64)."""
    if encoding is None:
        return None
    try:
        encoding = codecs.lookup(encoding).name
        "a".encode(encoding)
    except LookupError:
        raise UsageError(
            f"Unknown encoding {encoding!r}: name one Python knows (windows-1252, latin-1, utf-16, ...)."
        ) from None
    return None if encoding == "utf-8" else encoding


def id_text(value: Any) -> str:
    """An id as text: a string as it is, a JSON list, object or boolean as JSON (["x"],
    not Python's ['x']; true, not True), anything else as str() gives it."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or type(value).__name__ == "bool_":  # numpy's too, unimported
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        # an integer id column with a gap is floats once pandas has held it: 17.0 is 17
        return str(int(value))
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", errors="replace")
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def within_limit(record: Record, max_chars: int | None, option: str = "max_chars") -> Record:
    """``record``, or an error Record when its text is longer than ``max_chars``
    characters (None: no limit): one record's cost is bounded (scoring takes about a
    second per 40,000 characters, and 5,000,000 took 117 s and 0.9 GB), and the error
    names ``option``, the setting that raises the limit."""
    if not isinstance(record.text, str) or max_chars is None or len(record.text) <= max_chars:
        return record
    why = f"text is {len(record.text):,} characters, over the limit of {max_chars:,} (raise it with {option})"
    return Record(record.id, None, why, record.extra)


#: How the library's readers say a title is not text (the CLI's name its option).
_LIBRARY_TITLE_HINT = "; pass title_column=None to read no titles"


def same_but_case(name: str, fields: Any) -> str:
    """A hint naming the one field of ``fields`` that is ``name`` in other letter case
    ("Text" for "text": a DataFrame's column as pandas wrote it, a new user's find), or
    "" when there is none or more than one. The field is not taken silently: a file may
    hold both "text" and "Text", and which one is the article is the caller's to say."""
    found = [str(f) for f in fields if str(f).casefold() == name.casefold() and str(f) != name]
    return f" ('{found[0]}' differs from '{name}' only in letter case)" if len(found) == 1 else ""


def record_from_mapping(row: Any, default_id: str, title_column: str | None = "title") -> Record:
    """A Record from a mapping with a "text" key and maybe an "id" and a title (a JSON
    object, a pandas row as a dict): the library's way in for dicts
    (``Scorer.score_many``), read as the CLI reads a JSONL row, title included. A
    missing "text" key is an error Record naming the keys it has."""
    return _row_record(
        dict(row),
        default_id,
        RowFields(title=title_column),
        hint="; give each item a 'text' key, or use Scorer.score_frame(df, text_column=...)",
        title_hint=_LIBRARY_TITLE_HINT,
    )


def record_from_value(rid: str, text: Any, title: Any = None, title_column: str = "title") -> Record:
    """A Record from one text value and maybe its title (a DataFrame's cells, an item
    of ``Scorer.score_many``), read as the CLI reads a JSONL row's fields: raw HTML is
    read as a page, a text or title that is not text is an error Record, which names
    the title's column as ``title_column``."""
    row = {"text": text} if is_missing(title) else {"text": text, title_column: title}
    return _row_record(row, rid, RowFields(id="", title=title_column), title_hint=_LIBRARY_TITLE_HINT)


def _row_record(row: dict, rid: str, fields: RowFields, **hints: str) -> Record:
    """``_row_record_fields``, with where the row stands (``rid``, the id it would have)
    kept beside an id of its own: a warning about a repeated id names both places."""
    record = _row_record_fields(row, rid, fields, **hints)
    if record.id != rid:
        record.where = rid
    record.lacks_id_field = bool(fields.id) and fields.id not in row
    record.lacks_title_field = bool(fields.title) and fields.title not in row
    return record


def _nested_records(row: dict[str, Any], text_column: str) -> str:
    """A hint when a field of ``row`` holds a list of objects with a ``text_column``
    field (an API's wrapper: {"articles": [{"text": ...}, ...]}): the records are
    inside it, and how to take them out; else ""."""
    for name, value in row.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value[:20]):
            if any(text_column in v for v in value[:20]):
                return (
                    f"; its '{name}' field holds {len(value):,} objects with a '{text_column}' "
                    f"field: score those records, as jq -c '.{name}[]' writes them one a line"
                )
    return ""


#: A field name of this many words or more is a sentence, not a column's name.
_PROSE_NAME_WORDS = 6
#: Field names in an error are cut to this many characters.
_NAME_CHARS = 40


def _shortened(name: str) -> str:
    """``name`` cut to _NAME_CHARS characters, "…" marking the cut."""
    return name if len(name) <= _NAME_CHARS else name[: _NAME_CHARS - 1] + "…"


def _row_record_fields(
    row: dict[str, Any],
    default_id: str,
    row_fields: RowFields,
    hint: str = "; name it with --text-column",
    title_hint: str = "; name the title field with --title-column, or pass --title-column '' for none",
) -> Record:
    """The Record of one row (a JSON object, a CSV or Parquet row as a dict): its text,
    its id (``default_id`` when it has none), the ``keep`` fields and, when
    ``row_fields.title`` is given, its title. An error Record when the text field is absent,
    or the text or title is not text (``as_text``): a title that cannot be read is not
    dropped quietly, since the record would then be scored as something it is not."""
    text_column, title_column = row_fields.text, row_fields.title
    rid = row.get(row_fields.id)
    rid = default_id if is_missing_id(rid) else whole_characters(id_text(rid))
    extra = {k: whole_characters(row.get(k)) for k in row_fields.keep}
    if text_column not in row:
        names = ", ".join(_shortened(str(name)) for name in list(row)[:10])
        nested = _nested_records(row, text_column)
        if any(len(str(name).split()) >= _PROSE_NAME_WORDS for name in row):
            # a CSV file without a header: its first record read as the column names
            hint = (
                "; the column names read from the first line look like a record's text: give the "
                "file a header line (such as id,text)"
            )
        return Record(
            rid, None, f"no '{text_column}' field (fields: {names}){nested or hint}{same_but_case(text_column, row)}", extra
        )
    text, problem = as_text(row[text_column])
    if problem is not None:
        return Record(rid, None, problem, extra)
    title = None
    if title_column is not None and not is_missing(row.get(title_column)):
        title, problem = as_text(row[title_column])
        if problem is not None:
            # worded as Scorer.score words it ("title is not a string (got int)")
            why = "title" + problem.removeprefix("text")
            return Record(rid, None, f"{why} (field '{title_column}'){title_hint}", extra)
    if title is not None and is_html(title):
        # a CMS's headline field with its emphasis ("<b>Harbour bridge</b> to close"):
        # read by what it shows, as its text is (it was scored tags and all, flagged
        # html_markup, whose note told the user to score through the CLI: a tester's
        # find, 2026-12-06)
        try:
            title = " ".join(visible_text(whole_characters(title).encode("utf-8")).split())
        except ValueError:  # nested past MAX_HTML_DEPTH
            return Record(rid, None, f"title (field '{title_column}'): {TOO_DEEP}", extra)
    if is_html(text):  # a crawl's raw page in a text field: read as an .html file is
        page = _html_record(rid, whole_characters(text).encode("utf-8"))
        return Record(rid, page.text, page.error, extra, title=whole_characters(title), page_title=page.page_title)
    return Record(rid, whole_characters(text), None, extra, title=whole_characters(title))


def delimited_rows(
    path: Any, row_fields: RowFields, name: str | None = None, kind: str = "csv"
) -> Iterator[dict[str, Any] | Record]:
    """A CSV (or, ``kind`` "tsv", TSV) file's rows as ``quality score`` reads them
    (``_delimited_rows``): a dict of each row read well, an error Record for each row
    that is not (its id "name:n", its reason naming the line) or for a file that cannot
    be read at all (its id the name). ``path``: a path or a binary buffer of UTF-8;
    ``name`` (default: ``path``) names it."""
    name = str(path) if name is None else name
    return _delimited_rows(path, kind, row_fields, name, make=lambda row, _rid, _fields: row)


def _table_chunks(
    source: Any,
    kind: str,
    row_fields: RowFields,
    name: str,
) -> Iterator[Record]:
    """Rows of a CSV/TSV/Parquet file or buffer; ``name`` is its path (or '-') in ids."""
    path = name
    if kind in {"csv", "tsv"}:
        yield from _delimited_rows(source, kind, row_fields, name)
        return
    import pyarrow.parquet as pq

    try:
        if isinstance(source, str) and source.lower().endswith(".gz"):
            with gzip.open(source, "rb") as fh:
                source = io.BytesIO(fh.read())
        reader = pq.ParquetFile(source)
    except Exception as exc:  # pyarrow raises several unrelated types for bad files
        yield Record(path, None, f"cannot read Parquet {path}: {exc}")
        return
    frames = (batch.to_pylist() for batch in reader.iter_batches(batch_size=CHUNK_ROWS))
    offset = 0
    try:
        for rows in frames:
            for i, row in enumerate(rows):
                rid = f"{path}:{offset + i + 1}"
                yield _row_record(row, rid, row_fields)
            offset += len(rows)
    except Exception as exc:  # a corrupt chunk mid-file: report it, keep what was read
        yield Record(f"{path}:{offset + 1}", None, f"cannot read the rest of {path}: {exc}")


# An article is one field, and the csv module refuses fields over 128 KiB by default;
# texts over --max-chars are refused later with a reason, so the parser must not refuse
# them first (with a less helpful one). Raised once, never lowered.
csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
_UNDECODABLE = re.compile("[\udc80-\udcff]")  # surrogateescape's marks, and UNDECODABLE's


def _delimited_rows(
    source: Any,
    kind: str,
    row_fields: RowFields,
    name: str,
    make: Callable[[dict[str, Any], str, RowFields], Any] | None = None,
) -> Iterator[Any]:
    """The rows of a CSV or TSV file (a path, maybe gzipped) or buffer, one Record each
    (or what ``make(row, id, row_fields)`` builds of a row read well; a row that cannot
    be read is an error Record all the same).

    Parsed row by row with the csv module (RFC 4180 quoting, fields may span lines), so
    a malformed row costs that row only: one with more or fewer fields than the header,
    or bytes that are not UTF-8, gets an error Record naming its line, and the rows
    around it are read. A row the csv module cannot parse (a quote left open, or a quote
    inside a quoted field not written twice) is one error Record too: the parser has run
    on past its end, so reading resumes at the next line that starts a row
    (``_next_row_start``), and the lines before that are the broken row's. Blank lines
    are skipped. Ids default to ``name:n``, n counting data rows from 1; an empty field
    reads as missing, except an empty text. A CSV whose header line has no comma outside
    quotes is split on the first of ";", tab and "|" it holds (spreadsheets in
    decimal-comma locales export ";"), or on what an Excel "sep=X" first line names;
    blank lines before the header are skipped, and spaces around header names."""
    what = f"{kind.upper()} {name}"
    try:
        if isinstance(source, str):
            opener = gzip.open if source.lower().endswith(".gz") else open
            binary = opener(source, "rb")
        else:
            binary = source
    except OSError as exc:
        yield Record(name, None, f"cannot read {name}: {exc.strerror or exc}")
        return
    # surrogateescape: an undecodable byte costs its row (found below), not the file;
    # UTF-16 or UTF-32 with its byte-order mark (a spreadsheet's "Unicode text") is read
    # as such
    if not hasattr(binary, "peek"):
        binary = io.BufferedReader(binary)  # a buffer (stdin read ahead): looked into
    encoding = unicode_mark(binary.peek(4)[:4])
    errors = "surrogateescape" if encoding is None else UNDECODABLE
    text = io.TextIOWrapper(binary, encoding=encoding or "utf-8-sig", errors=errors, newline="")
    delimiter = "\t"
    lines: Iterable[str] = text
    if kind != "tsv":
        head: list[str] = []
        try:
            first = text.readline()
            while first and not first.strip():  # blank lines before the header
                head.append(first)
                first = text.readline()
        except (OSError, EOFError) as exc:
            yield Record(name, None, f"cannot read {name}: {exc}")
            return
        sep = _EXCEL_SEP.fullmatch(first)
        if sep:  # Excel's "sep=;" line names the separator; read as a blank line
            delimiter, first = sep.group(1), "\n"
        else:
            delimiter = _csv_delimiter(first)
        lines = chain(head + [first], text)
    source_lines = _Lines(lines)
    # a header written with a space after each separator ("id, text") is a hand's style
    # the rows share: a quoted field opens after the space ('7, "A, B"' was read as the
    # fields '7', ' "A' and ' B"', pieces of an article scored as records)
    spaced = kind != "tsv" and _spaced_separators(first, delimiter)
    reader = csv.reader(source_lines, delimiter=delimiter, strict=True, skipinitialspace=spaced)
    header: list[str] | None = None
    header_problem: str | None = None  # a column the rows are read by, named twice
    n = 0  # data rows so far
    shapes: set[str] = set()  # of the first fields of the rows read well so far
    with text:
        while True:
            line = source_lines.start()
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                if header is None:
                    problem = f"malformed {kind.upper()} row (line {line}): {exc}"
                    yield Record(name, None, f"cannot parse {what}: {problem}")
                    return
                n += 1
                try:
                    problem, own_lines = _broken_row(
                        source_lines, reader, exc, kind, delimiter, len(header), shapes
                    )
                except (OSError, EOFError) as exc:  # a truncated .gz while looking ahead
                    yield Record(f"{name}:{n}", None, f"cannot read the rest of {name}: {exc}")
                    return
                raw = _unquoted_tsv_row(own_lines, len(header)) if kind == "tsv" else None
                if raw is None:
                    # the id, when it is the first column and complete on the row's
                    # first line: the broken quote comes after it ("r1", not "x.csv:1")
                    key = _first_field(own_lines[0], delimiter) if own_lines and header[0] == row_fields.id else None
                    rid = f"{name}:{n}" if key is None or is_missing_id(key) else whole_characters(id_text(key))
                    yield Record(rid, None, problem)
                    continue
                n -= 1  # read after all: counted with the rows below
                fields = raw
            except (OSError, EOFError) as exc:  # a truncated .gz mid-file
                yield Record(f"{name}:{n + 1}", None, f"cannot read the rest of {name}: {exc}")
                return
            if not fields:  # a blank line
                continue
            if header is None:
                names = [f.strip() for f in fields]  # "id; text"
                header = _unique_names(names)
                if _UNDECODABLE.search("".join(header)):
                    yield Record(name, None, f"cannot parse {what}: the header is not UTF-8")
                    return
                header_problem = _repeated_column(
                    names,
                    {"--text-column": row_fields.text, "--id-column": row_fields.id, "--title-column": row_fields.title},
                )
                continue
            n += 1
            rid = f"{name}:{n}"
            problem = None
            if len(fields) != len(header):
                problem = _field_count_problem(n, line, len(fields), len(header), delimiter)
                # the id, when it is the first column: a stray delimiter later in the row
                # cannot move it ("w2", not "weird.csv:2"; a new user's find)
                if header[0] == row_fields.id and fields and not is_missing_id(fields[0]):
                    rid = whole_characters(id_text(fields[0]))
            elif _UNDECODABLE.search("".join(fields)):
                problem = f"invalid {(encoding or 'utf-8').upper()} on line {line}: re-encode the file as UTF-8"
                if encoding is None:
                    problem += NAME_THE_ENCODING
            if problem is None and header_problem is not None:
                problem = header_problem
                given = dict(zip(header, fields)).get(row_fields.id)
                rid = rid if is_missing_id(given) else whole_characters(id_text(given))
            if problem is not None:
                yield Record(rid, None, problem)
                continue
            if len(header) > 1 and len(shapes) < _MAX_SHAPES:
                shape = _key_shape(fields[0])
                if shape is not None:
                    shapes.add(shape)
            # an empty field reads as missing, but an empty text is empty text
            row = {k: (v if v != "" or k == row_fields.text else None) for k, v in zip(header, fields)}
            yield (make or _row_record)(row, rid, row_fields)
    # no header: an empty or blank file holds no records, as one with a header alone


class _Lines:
    """The physical lines of a CSV or TSV text, as the csv module reads them, numbered
    from 1, with the lines read since a row began (``taken``). Lines given out can be put
    back: after a row the csv module could not parse, the lines it ran on into are read
    again, since the next row may start among them."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self._back: deque[str] = deque()
        self.number = 0  # of the last line given out
        self.taken: list[str] = []
        self._ended = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._back:
            line = self._back.popleft()
        else:
            try:
                line = next(self._lines)
            except StopIteration:
                self._ended = True
                raise
        self.number += 1
        self.taken.append(line)
        return line

    def start(self) -> int:
        """Begin a row: forget the lines taken; the number of the row's first line."""
        self.taken = []
        return self.number + 1

    def put_back(self, lines: list[str]) -> None:
        """Give ``lines``, the last ones given out, in order, again next."""
        self._back.extendleft(reversed(lines))
        self.number -= len(lines)

    def at_end(self) -> bool:
        """Whether every line has been given out and asked for once more."""
        return self._ended and not self._back


#: How many distinct first-field shapes a CSV's rows teach ``_next_row_start``: ids come
#: in a few shapes ("c1", "c12"); a bound keeps memory flat when a column varies freely.
_MAX_SHAPES = 64
_SHAPE_TOKENS = re.compile(r"[^\W_]+|.", re.S)


def _key_shape(value: str) -> str | None:
    """The shape of a row's first field, as ``_next_row_start`` compares them: a run of
    letters is "a", a run of letters and digits with a digit "9", any other character
    itself, up to six of these ("c7" and "c12" are "9", "story-12" is "a-9", every
    "https://www..." is "a://a."). None for an empty field or one holding white space: a
    phrase, which a line of prose also opens with, so it tells no row's start."""
    value = value.strip()
    if not value or any(ch.isspace() for ch in value):
        return None
    tokens = _SHAPE_TOKENS.findall(value)[:6]
    return "".join(
        ("9" if any(ch.isdigit() for ch in t) else "a") if t[0].isalnum() else t for t in tokens
    )


def _broken_row(
    lines: _Lines,
    reader: Any,
    exc: csv.Error,
    kind: str,
    delimiter: str,
    width: int,
    shapes: set[str],
) -> tuple[str, list[str]]:
    """The error of a row the csv module could not parse, ``lines.taken`` the lines it
    read for it, and the row's own lines; leaves ``lines`` at the next row's start
    (``_next_row_start``).

    The message names the row's lines and, when the parser ran past the row's first line
    inside a quoted field, the line that quote opened on: a quote left open is the usual
    cause, and the csv module's own words (',' expected after '"') point at a later line,
    often the next row's."""
    taken = list(lines.taken)
    first, stop = lines.number - len(taken) + 1, lines.number
    # at the end of the text the parser stopped in a quoted field that never closed;
    # elsewhere on a character of the last line, so the quote it ran on in, if any,
    # was open at the end of the line before
    at_end = lines.at_end()
    opened = _open_quote_line(taken if at_end else taken[:-1], first, delimiter)
    # the broken row's own first field, complete on its first line, is most often its
    # id: the next row's looks like it, also when no row was read well before
    own = _key_shape(_first_field(taken[0], delimiter) or "") if taken and width > 1 else None
    known = shapes | {own} if own is not None else shapes
    lines.put_back(taken[1:])  # the next row may start on any line after the first
    own_lines = taken[:1] + _next_row_start(lines, reader, delimiter, width, known)
    while len(own_lines) > 1 and not own_lines[-1].strip():  # blank lines before the next row
        own_lines.pop()
    last = first + len(own_lines) - 1
    where = f"line {first}" if last == first else f"lines {first}-{last}"
    fix = "close it, and write a quote inside a quoted field twice"
    if opened is not None and at_end:
        reason = f"the quote opened on line {opened} is never closed ({exc}): {fix}"
    elif opened is not None:
        reason = (
            f"the quote opened on line {opened} runs on to line {stop}, where the parser "
            f"stopped ({exc}): {fix}"
        )
    else:  # stopped on the row's first line: a quote within it
        reason = f"{exc}" if last == first else f"{exc} on line {first}"
    return f"malformed {kind.upper()} row ({where}): {reason}", own_lines


def _unquoted_tsv_row(lines: list[str], width: int) -> list[str] | None:
    """The fields of a TSV row the csv module could not read as quoted, split on its
    tabs, when it is one line of ``width`` fields: TSV (IANA) has no quoting, so a field
    that opens on a quotation mark ('"Quoted" words') is text, not a quoted field (a
    tester's find: such a row was an error record). None otherwise."""
    if len(lines) != 1:
        return None
    fields = lines[0].rstrip("\r\n").split("\t")
    return fields if len(fields) == width else None


def _next_row_start(
    lines: _Lines, reader: Any, delimiter: str, width: int, shapes: set[str]
) -> list[str]:
    """Drop lines from ``lines`` up to the next one that starts a row, which is put back;
    the dropped lines, in order (all of them when no later line starts a row).

    A CSV is split into rows by its quotes, so after a broken quote nothing says where
    the next row starts: it is guessed, so that well-formed rows after a broken one are
    read and the lines of the broken row are not taken for rows of their own. With
    ``shapes`` (``_key_shape`` of the first fields of the rows read well before, and of
    the broken row's), a row starts on a line whose first field, complete on that line,
    has one of them: an id like the ids before it ("c7" after "c1"), where a line of the
    broken row's text ("However, the board said") has none. Without them (the first
    column is text, or there is one column) a row starts on a line from which a row of
    ``width`` fields parses."""
    dropped: list[str] = []
    for line in lines:
        lines.start()
        if _starts_row(line, lines, reader, delimiter, width, shapes):
            lines.put_back([line])
            return dropped
        dropped.append(line)
    return dropped


def _starts_row(
    line: str, lines: _Lines, reader: Any, delimiter: str, width: int, shapes: set[str]
) -> bool:
    """Whether a row may start on ``line``, the last line ``lines`` gave out (see
    ``_next_row_start``); leaves ``lines`` where it was."""
    key = _first_field(line, delimiter)
    if width > 1 and key is None:
        # a line that is one id alone ("r2" among rows "r1", "r3") is a ragged row of
        # its own, not a line of the broken row's text: it gets its own error record (a
        # tester's find: it was swallowed into the broken row before it, a record lost)
        lone = _key_shape(line)
        return lone is not None and "9" in lone and lone in shapes
    if shapes:
        return _key_shape(key) in shapes
    # parse a whole row from this line, then give back every line the parse read
    lines.put_back([line])
    lines.start()
    try:
        fields = next(reader, [])
    except csv.Error:
        fields = []
    taken = list(lines.taken)
    lines.put_back(taken)
    next(lines)  # ``line`` again, as the caller left it
    return len(fields) == width


def _spaced_separators(header: str, delimiter: str) -> bool:
    """Whether every separator of the ``header`` line (one at least) has a space after it."""
    n = header.count(delimiter)
    return n > 0 and header.count(delimiter + " ") == n


def _first_field(line: str, delimiter: str) -> str | None:
    """The first field of ``line`` read alone, when a separator ends it on that line;
    None when the line is one field, or one the csv module cannot read alone."""
    try:
        fields = next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return None
    return fields[0] if len(fields) > 1 else None


def _open_quote_line(lines: list[str], first: int, delimiter: str) -> int | None:
    """The number of the line on which a quoted field opened that is still open at the
    end of ``lines`` (a row's lines, the first numbered ``first``), or None. Quotes are
    read as the csv module reads them: a quote opens a field only at the field's start,
    and two quotes inside one are a quote."""
    state, opened = "start", None
    for number, line in enumerate(lines, first):
        for ch in line:
            if state == "quoted":
                state = "closing" if ch == '"' else "quoted"
            elif state == "closing" and ch == '"':
                state = "quoted"  # "" inside a quoted field
            elif ch == delimiter or ch in "\r\n":
                state = "start"
            elif state == "start" and ch == '"':
                state, opened = "quoted", number
            else:
                state = "field"
    return opened if state == "quoted" else None


_EXCEL_SEP = re.compile(r"sep=(.)\r?\n?")


def _csv_delimiter(header_line: str) -> str:
    """"," unless the header line has none outside quotes; then the first of ";", tab
    and "|" in it."""
    bare = re.sub(r'"[^"]*"', "", header_line)
    if "," in bare:
        return ","
    return next((d for d in (";", "\t", "|") if d in bare), ",")


_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}


def _field_count_problem(row: int, line: int, got: int, expected: int, delimiter: str) -> str:
    where = f"row {row}" if row == line else f"row {row} (line {line})"
    said = f"{where} has {got} field{'s' * (got != 1)}, the header has {expected}"
    if got > expected:
        mark = _DELIMITER_NAMES[delimiter]
        return f"{said}: put a field that holds a {mark} in double quotes"
    return f"{said}: a field is missing (an empty one still needs its separator)"


def _repeated_column(names: list[str], read_by: dict[str, str | None]) -> str | None:
    """Why no row can be read when a column the rows are read by (``read_by``: option ->
    column name) is named more than once in the header ("id,text,text": which holds the
    article?); None when each is named once at most. Read silently, the first of two
    "text" columns was scored and the second ignored."""
    for option, column in read_by.items():
        where = [i + 1 for i, n in enumerate(names) if column is not None and n == column]
        if len(where) > 1:
            numbered = " or ".join(f"'{column}.{k}'" for k in range(1, len(where)))
            return (
                f"the header names '{column}' {len(where)} times (columns "
                f"{', '.join(map(str, where))}): read a later one with {option} {numbered}, "
                "or rename the columns"
            )
    return None


def _unique_names(names: list[str]) -> list[str]:
    """Column names with repeats numbered as pandas does ("a", "a.1"), so no column of
    a row is silently overwritten by a later one of the same name."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        seen.setdefault(name, 0)
        out.append(name)
    return out


# -- writers -------------------------------------------------------------------------

FORMATS = ("jsonl", "json", "csv", "tsv", "parquet", "table")


#: An output's format implied by its suffix: the readers' own map for the record
#: formats, so a file written is read back as what it is (JSON Lines in a .json file
#: failed json.load, a tester's find, 2026-12-06), and a .txt file the readable table.
_FORMAT_BY_SUFFIX = {
    **{suffix: fmt for suffix, fmt in _FORMAT_OF_SUFFIX.items() if fmt in FORMATS},
    ".txt": "table",
}


def output_suffix(path: str) -> str:
    """The suffix that names an output's format: ``.csv`` for ``scores.csv.gz`` too."""
    name = Path(path)
    if name.suffix.lower() == ".gz":
        name = name.with_suffix("")
    return name.suffix.lower()


class _GzipOwningFile(gzip.GzipFile):
    """A GzipFile writing into ``raw`` under the header name ``stored``, closing ``raw``
    when it closes (a GzipFile given a file object leaves it open)."""

    def __init__(self, raw: IO[bytes], stored: str) -> None:
        super().__init__(filename=stored, mode="wb", fileobj=raw)
        self._raw = raw

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


def open_text_output(path: str, name: str | None = None):
    """``path`` opened for writing text (UTF-8, newlines as written), gzip-compressed
    when the name given ends in ``.gz``; ``name``: the file it becomes (``path`` may be
    a temporary file beside it), whose name the gzip header keeps for ``gunzip -N``."""
    if path.lower().endswith(".gz"):
        stored = os.path.basename(name or path)[:-3]
        return io.TextIOWrapper(_GzipOwningFile(open(path, "wb"), stored), encoding="utf-8", newline="")
    return open(path, "w", encoding="utf-8", newline="")


def infer_format(path: str | None, explicit: str | None) -> str:
    """The output format: ``explicit`` (--format), else the output file's suffix, else a
    table on a terminal and JSONL in a pipe.

    Raises UsageError for an unknown format, for a file name that does not tell, and for
    a --format that contradicts a .jsonl, .csv or .parquet suffix ("--format parquet -o
    x.csv" would write Parquet bytes into a file every CSV reader then fails on)."""
    suffix = output_suffix(path) if path and path != "-" else ""
    implied = _FORMAT_BY_SUFFIX.get(suffix)
    gz = bool(path) and path.lower().endswith(".gz")
    if gz and (explicit or implied) == "parquet":
        raise UsageError(f"Parquet compresses itself: name the output {Path(path).with_suffix('').name!r}, without .gz.")
    if explicit:
        if explicit not in FORMATS:
            raise UsageError(f"--format must be one of {', '.join(FORMATS)}. Got {explicit!r}.")
        if implied and implied != explicit and suffix != ".txt":  # .txt: any text will do
            raise UsageError(
                f"--format {explicit} but the output {path!r} ends in {suffix} ({implied}). "
                f"Name the file for its format, or drop --format."
            )
        return explicit
    if path is None or path == "-":
        return "table" if sys.stdout.isatty() else "jsonl"
    if implied is None and is_stream(path):  # /dev/null, /dev/stdout, a named pipe
        return "jsonl"
    if implied is None:
        if os.path.isdir(path):
            raise UsageError(
                f"The output {path!r} is a directory: name a file in it (.jsonl, .json, .csv, .tsv, .parquet, .txt)."
            )
        raise UsageError(
            f"Cannot tell the output format from {path!r}: use a .jsonl, .json, .csv, .tsv or "
            ".parquet name (.txt for the table; .gz after any but .parquet), or pass --format."
        )
    return implied


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(mask)
    return mask


def is_stream(path: str) -> bool:
    """Whether ``path`` names an existing device or named pipe (``/dev/null``, a FIFO),
    or a name under /dev/ (``/dev/stdout`` redirected to a file names that file):
    written to directly, in JSONL when its name gives no format."""
    if not os.path.exists(path) or os.path.isdir(path):
        return False
    return not os.path.isfile(path) or os.path.abspath(path).startswith("/dev/")


def check_writable(path: str, what: str = "output") -> None:
    """Raise UsageError unless a file can be created at ``path`` (its directory exists and
    is writable, and it is not itself a directory)."""
    directory = os.path.dirname(os.path.abspath(path))
    problem = None
    if os.path.isdir(path):
        problem = "it is a directory (name a file in it)"
    elif not os.path.isdir(directory):
        problem = f"the directory {directory} does not exist"
    elif not os.access(directory, os.W_OK | os.X_OK):
        problem = f"the directory {directory} is not writable"
    if problem:
        raise UsageError(f"Cannot write the {what} {path!r}: {problem}. Choose another path.")


@contextmanager
def atomic_path(path: str) -> Iterator[str]:
    """A temporary path beside ``path``, renamed onto it only when the block succeeds,
    so an interrupted run never leaves a half-written output. The file gets the mode a
    plain ``open`` would give it (0666 less the umask), or keeps the mode of the file it
    replaces. A symbolic link is followed (the file it names is replaced, the link
    stays); a named pipe, a device or anything else that is not a regular file
    (``/dev/stdout``, ``/dev/null``) is written to directly, since replacing it would
    unlink it. Raises UsageError when ``path`` cannot be written."""
    # a stream is opened by the name given: /dev/stdout in a pipe resolves to a
    # "pipe:[...]" name no one can open
    if is_stream(path):
        yield path
        return
    path = os.path.realpath(path)
    check_writable(path)
    directory = os.path.dirname(os.path.abspath(path)) or "."
    tmp = None
    # one block from the file's making on: a SIGTERM (quality.cli) that came right after
    # mkstemp, before the block, left the file behind on a loaded machine (a CI run)
    try:
        try:
            fd, tmp = tempfile.mkstemp(prefix=".quality-", suffix=Path(path).suffix, dir=directory)
        except OSError as exc:
            raise UsageError(
                f"Cannot write the output {path!r}: {exc.strerror or exc}. Choose another path."
            ) from exc
        os.close(fd)
        yield tmp
        try:
            mode = os.stat(path).st_mode & 0o7777
        except OSError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        raise


@contextmanager
def open_rows(
    path: str | None, fmt: str, columns: list[str] | None = None, string_columns: Iterable[str] = ()
) -> Iterator[RowWriter]:
    """A RowWriter on ``path`` (None: standard output), closed at the end of the block;
    a file is written beside its target and renamed onto it only if the block succeeds."""
    if path is None:
        # each row flushed: a reader of a pipe (a feed scored as it arrives) sees it at once
        writer = RowWriter(
            sys.stdout, fmt, columns=columns, string_columns=string_columns, line_flush=True
        )
        yield writer
        writer.close()
        return
    with atomic_path(path) as tmp:
        if fmt == "parquet":
            writer = RowWriter(tmp, fmt, columns=columns, string_columns=string_columns)
            yield writer
            writer.close()
        else:
            with open_text_output(tmp, name=path) as fh:
                writer = RowWriter(fh, fmt, columns=columns, string_columns=string_columns)
                yield writer
                writer.close()


class RowWriter:
    """Writes rows (dicts) as JSONL, a JSON array, CSV, TSV or Parquet, streaming."""

    def __init__(
        self,
        fh_or_path: Any,
        fmt: str,
        batch_rows: int = 1000,
        columns: list[str] | None = None,
        string_columns: Iterable[str] = (),
        line_flush: bool = False,
    ) -> None:
        """``columns`` fixes the column order; for Parquet, ``string_columns`` are strings
        and every other column float64, so a first batch of error rows (all nulls) does
        not fix a null type for the rest. ``line_flush``: JSONL and CSV rows are flushed
        as written."""
        self.line_flush = line_flush
        self.fmt = fmt
        self._strings = set(string_columns)
        self.target = fh_or_path
        self.batch: list[dict] = []
        self.batch_rows = batch_rows
        self._csv: csv.DictWriter | None = None
        self._parquet = None
        self._columns: list[str] | None = columns
        self._rows = 0

    def write(self, row: dict) -> None:
        if self.fmt == "jsonl":
            self.target.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            # the array opened by the first row and closed by close(): a reader of a
            # pipe sees each row as it comes, one a line
            self.target.write(("[\n" if not self._rows else ",\n") + json.dumps(row, ensure_ascii=False))
        elif self.fmt in ("csv", "tsv"):
            if self._csv is None:
                self._columns = self._columns or list(row)
                self._csv = csv.DictWriter(
                    self.target,
                    fieldnames=self._columns,
                    extrasaction="ignore",
                    delimiter="\t" if self.fmt == "tsv" else ",",
                )
                self._csv.writeheader()
            self._csv.writerow({k: _csv_cell(row.get(k)) for k in self._columns})
        else:
            self.batch.append(row)
            if len(self.batch) >= self.batch_rows:
                self._flush_parquet()
            return
        self._rows += 1
        if self.line_flush:
            self.target.flush()

    def _flush_parquet(self) -> None:
        if not self.batch:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._columns is None:
            self._columns = list(self.batch[0])
        if self._parquet is None:
            schema = pa.schema(
                [(c, pa.string() if c in self._strings else pa.float64()) for c in self._columns]
            )
            self._parquet = pq.ParquetWriter(self.target, schema)
        columns = {c: [row.get(c) for row in self.batch] for c in self._columns}
        table = pa.table(columns, schema=self._parquet.schema)
        self._parquet.write_table(table)
        self.batch = []

    def close(self) -> None:
        if self.fmt == "json":
            self.target.write("\n]\n" if self._rows else "[]\n")
        if self.fmt == "parquet":
            self._flush_parquet()
            if self._parquet is not None:
                self._parquet.close()


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def count_records(
    paths: Iterable[str], input_format: str = "auto", found: set[str] | None = None
) -> int | None:
    """How many records ``read_records`` will yield for these (expanded) paths, when
    that is cheap to know: a text or HTML file is one, a JSONL file counts its non-blank
    lines, a Parquet file reads its footer; a file in ``found`` (see ``read_records``) at
    least one. None when any input is stdin or a CSV/TSV (quoted fields may span lines)
    or a JSON document (counting its records means parsing it all, which the reader then
    does again), so a progress bar shows no total rather than a wrong or costly one."""
    total = 0
    found = found or set()
    for path in paths:
        if path == "-":
            return None
        if path in found and not_a_file(path):
            total += 1
            continue
        fmt = _file_format(path, input_format)
        least = 1 if path in found else 0
        try:
            if fmt in {"text", "markdown", "html"}:
                total += 1
            elif fmt == "jsonl":
                opener = gzip.open if path.lower().endswith(".gz") else open
                with opener(path, "rb") as fh:
                    total += max(least, sum(1 for line in fh if line.strip()))
            elif fmt == "parquet" and not path.lower().endswith(".gz"):
                import pyarrow.parquet as pq

                total += max(least, pq.ParquetFile(path).metadata.num_rows)
            else:
                return None
        except Exception:  # unreadable: the reader reports it; the count is unknown
            return None
    return total


_UNSAFE = re.compile(r"[^\w.-]+")


def article_file_name(rid: str, *, from_file: bool = False, suffix: str = ".txt") -> str:
    """A safe file name for one article: from a file, its base name; from a row, the whole
    id with every character outside letters, digits, '.', '-' and '_' (path separators
    included) turned into '_', so "a/b" gives "a_b.txt" and never leaves the directory.
    No leading dot (no hidden files, no '..'), at most 120 characters before ``suffix``."""
    name = os.path.basename(rid) if from_file else rid
    name = _UNSAFE.sub("_", name).lstrip(".")[:120] or "article"
    return name if name.lower().endswith((".txt", ".md")) else name + suffix


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``stem~2.ext``, ``stem~3.ext``...: the first not in ``taken``
    (compared case-insensitively, for case-insensitive file systems); adds it to ``taken``."""
    stem, ext = os.path.splitext(name)
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem}~{n}{ext}"
    taken.add(candidate.lower())
    return candidate

"""Readers: every input record becomes one Record, in input order, and a malformed one
costs itself only."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import re
import zlib

import pandas as pd
import pytest

from quality.errors import UsageError
from quality.io import (
    holds_no_records,
    kept_by_extension,
    read_records,
    record_from_value,
    table_without_text_column,
)

GOOD = "Officials said on Monday that the plan was approved."


def _read(data: bytes, fmt: str, **kwargs) -> list[tuple[str, str | None, str | None]]:
    records = read_records(["-"], stdin=io.BytesIO(data), input_format=fmt, **kwargs)
    return [(r.id, r.text, r.error) for r in records]


@pytest.mark.parametrize("header", ["text", '"text"', "text\r"])
def test_a_one_column_csv_on_stdin_is_read_as_csv(header):
    data = f'{header}\n"{GOOD}"\n"Another, with a comma; and ""quotes""."\n'.encode()
    got = _read(data, "auto")
    assert got == [("-:1", GOOD, None), ("-:2", 'Another, with a comma; and "quotes".', None)]
    # a text whose first line is the word alone and nothing after it is text
    assert _read(b"text\n", "auto") == [("-", "text\n", None)]
    assert _read(b"Texting while driving\nis risky.", "auto")[0][0] == "-"


@pytest.mark.parametrize("header", ["Body Text", "article body"])
def test_a_one_column_csv_with_a_header_of_words_is_named_a_table(header):
    # a tester's find: pandas' df[["Body Text"]].to_csv() piped in was scored as one article
    data = f"{header}\n{_MULTI_LINE_ROW}{_MULTI_LINE_ROW}"
    assert table_without_text_column(data) == [header]


_MULTI_LINE_ROW = '"The mayor said on Tuesday that the bridge would close.\n\nIt will reopen in May, she said."\n'
_BARE_ROW = "Council member Ana Ruiz told reporters the vote was close on Monday\n"


@pytest.mark.parametrize(
    "rows", [[_MULTI_LINE_ROW, _MULTI_LINE_ROW], [_BARE_ROW, _MULTI_LINE_ROW], [_MULTI_LINE_ROW, _BARE_ROW, _BARE_ROW]]
)
def test_a_one_column_csv_with_multi_line_and_bare_rows_on_stdin_is_named_a_table(rows):
    # a tester's siblings of the one-column find: a writer quotes a text with line breaks
    # over several lines, and leaves a text with no comma or quotation mark bare
    data = ("body\n" + "".join(rows)).encode()
    assert table_without_text_column(data.decode()) == ["body"]
    texts = [text for _, text, _ in _read(data, "auto", text_column="body")]
    assert texts == [row.strip().strip('"') for row in rows]


def test_lines_of_prose_under_a_one_word_title_are_prose():
    prose = f"Update\n{_BARE_ROW}{_BARE_ROW}"
    assert table_without_text_column(prose) is None
    # ... and a quoted sentence no writer had to quote among them (a reviewer's find)
    said = '"The storm will reach the coast by tomorrow morning says the agency."\n'
    assert table_without_text_column(f"Storm Warning Issued\n{said}{_BARE_ROW}{_BARE_ROW}") is None


@pytest.mark.parametrize("sep, fmt", [(",", "csv"), ("\t", "tsv")])
def test_a_ragged_row_costs_only_itself(sep, fmt):
    data = f'id{sep}text\n1{sep}"{GOOD}"\n2\n3{sep}"x"{sep}extra\n4{sep}\n5{sep}{GOOD}\n'.encode()
    got = _read(data, fmt)
    # a ragged row keeps its id when the id is the first column (a new user's find)
    assert [rid for rid, _, _ in got] == ["1", "2", "3", "4", "5"]
    assert got[0][1:] == (GOOD, None) and got[4][1:] == (GOOD, None)
    assert "row 2 (line 3) has 1 field, the header has 2" in got[1][2]
    assert "row 3 (line 4) has 3 fields, the header has 2" in got[2][2]
    assert got[3][1:] == ("", None)  # an empty text field is empty text (an error when scored)


def test_a_tsv_field_opening_on_a_quotation_mark_is_text():
    """TSV (IANA) has no quoting: a field the csv module cannot read as quoted, one line
    of as many fields as the header, is split on its tabs (a tester's find: '"Quoted"
    words' and a quote left open were error records); a field quoted as pandas writes
    it is still read as quoted, and a row of the wrong width is still an error."""
    data = (
        b'id\ttext\n1\t"Quoted" words open it.\n2\t"left open\n3\tplain\n'
        b'4\t"closed"\n5\t"""Quoted"" as pandas writes it."\n6\t"bad" row\textra\n'
    )
    got = _read(data, "tsv")
    assert got[:5] == [
        ("1", '"Quoted" words open it.', None),
        ("2", '"left open', None),
        ("3", "plain", None),
        ("4", "closed", None),
        ("5", '"Quoted" as pandas writes it.', None),
    ]
    assert got[5][1] is None and "malformed TSV row (line 7)" in got[5][2]


def test_csv_line_numbers_count_quoted_newlines_and_blank_lines():
    data = f'id,text\n1,"{GOOD}\nsecond line"\n\n2,"a",b\n3,"bad"quote\n4,{GOOD}\n'.encode()
    got = _read(data, "csv")
    assert got[0] == ("1", f"{GOOD}\nsecond line", None)
    assert "row 2 (line 5) has 3 fields" in got[1][2]
    # bad quoting: this row only, by its id, complete before the broken quote
    assert got[2][0] == "3" and "line 6" in got[2][2]
    assert got[3] == ("4", GOOD, None)


def test_a_quote_left_open_costs_its_row_only():
    """The rows a quote left open runs on into are read again: each is a row, not an
    error of its own (each used to get one, as a line "read into" the broken row)."""
    data = f'id,text\n1,"{GOOD}"\n2,"left open\n3,plain\n4,"closed"\n5,"{GOOD}"\n'.encode()
    got = _read(data, "csv")
    assert got == [
        ("1", GOOD, None),
        (
            "2",
            None,
            "malformed CSV row (line 3): the quote opened on line 3 runs on to line 5, "
            "where the parser stopped (',' expected after '\"'): close it, and write a "
            "quote inside a quoted field twice",
        ),
        ("3", "plain", None),
        ("4", "closed", None),
        ("5", GOOD, None),
    ]


# A user's file: record 3's quote is never closed, and record 4's text spans lines; it
# gave 13 rows, one error per line of record 4.
STORY = f"{GOOD}\n\nThe vote was 7-2, the clerk said.\n\nWork starts in May."
BROKEN_THIRD = (
    "id,text\n"
    f'c1,"{GOOD}"\n'
    f"c2,{GOOD}\n"
    'c3,"unterminated quote, the board said\n'
    f'c4,"{STORY}"\n'
    f'c5,"{GOOD}"\n'
)


def test_an_unclosed_quote_before_a_multiline_row_is_one_error_row():
    got = _read(BROKEN_THIRD.encode(), "csv")
    assert got == [
        ("c1", GOOD, None),
        ("c2", GOOD, None),
        (
            "c3",
            None,
            "malformed CSV row (line 4): the quote opened on line 4 runs on to line 5, where "
            "the parser stopped (',' expected after '\"'): close it, and write a quote inside "
            "a quoted field twice",
        ),
        ("c4", STORY, None),
        ("c5", GOOD, None),
    ]


def test_a_broken_first_row_is_recovered_by_its_own_ids_shape():
    """No row was read before the broken one: its own id ("c1") says what the next
    row's first field looks like, so a line of its text ("said the mayor, ...") is none."""
    data = (
        'id,text\nc1,"First story, the council said.\nsaid the mayor, who left\n'
        'c2,"Second story. It has two lines,\nsaid the mayor on Tuesday."\n'
        'c3,"Third story\nover three\nlines, the board said."\n'
    )
    got = _read(data.encode(), "csv")
    assert [(rid, error is None) for rid, _, error in got] == [
        ("c1", False),
        ("c2", True),
        ("c3", True),
    ]
    assert got[0][2].startswith(
        "malformed CSV row (lines 2-3): the quote opened on line 2 runs on to line 4"
    )
    assert got[2][1] == "Third story\nover three\nlines, the board said."


def test_prose_lines_of_a_broken_row_are_not_rows():
    """Lines of the broken row's text that parse as a row of two fields are not taken
    for rows: their first field has no id's shape ("However", "In 2024"... vs "c7")."""
    data = (
        f'id,text\nc1,"{GOOD}"\nc2,"{GOOD}"\nc3,"A story opens\nHowever, the board said.\n'
        f'In 2024, it met twice.\n\nc4,{GOOD}\nc5,"{GOOD}"\n'
    )
    got = _read(data.encode(), "csv")
    assert [rid for rid, _, _ in got] == ["c1", "c2", "c3", "c4", "c5"]
    assert got[2][2].startswith("malformed CSV row (lines 4-6): the quote opened on line 4")
    assert got[3] == ("c4", GOOD, None)


def test_a_quote_never_closed_runs_to_the_end_and_rows_after_it_are_read():
    data = f'id,text\nc1,"{GOOD}"\nc2,"never closed\nc3,{GOOD}\nc4,plain\n'
    got = _read(data.encode(), "csv")
    assert got == [
        ("c1", GOOD, None),
        (
            "c2",
            None,
            "malformed CSV row (line 3): the quote opened on line 3 is never closed "
            "(unexpected end of data): close it, and write a quote inside a quoted field twice",
        ),
        ("c3", GOOD, None),
        ("c4", "plain", None),
    ]
    # the last row: its lines to the end are its own
    data = f'id,text\nc1,"{GOOD}"\nc2,"never closed\nmore, of it\n\n'
    got = _read(data.encode(), "csv")
    assert [rid for rid, _, _ in got] == ["c1", "c2"]
    assert got[1][2].startswith(
        "malformed CSV row (lines 3-4): the quote opened on line 3 is never closed"
    )


def test_broken_rows_one_after_another_are_an_error_each():
    data = f'id,text\nc1,{GOOD}\nc2,"broken one\nc3,"broken two\nc4,"{GOOD}"\n'
    got = _read(data.encode(), "csv")
    assert [rid for rid, _, _ in got] == ["c1", "c2", "c3", "c4"]
    assert "row (line 3): the quote opened on line 3 runs on to line 4" in got[1][2]
    assert "row (line 4): the quote opened on line 4 runs on to line 5" in got[2][2]


def test_a_lone_id_line_after_a_broken_row_is_a_row_of_its_own():
    # a tester's find (2026-12-07): "r2" alone on its line, after a row whose quotes
    # were escaped with backslashes, was swallowed into that row: a record lost
    data = f'id,text\nr1,"He said \\"hi\\" and left {GOOD}"\nr2\nr3,{GOOD}\n'
    got = _read(data.encode(), "csv")
    assert [rid for rid, _, _ in got] == ["r1", "r2", "r3"]
    assert got[0][2].startswith("malformed CSV row (line 2)")
    assert "row 2 (line 3) has 1 field" in got[1][2]
    assert got[2] == ("r3", GOOD, None)
    # a line of the broken row's text that is one word is no row
    data = f'id,text\nr1,"He said "hi"\nWinter\nr3,{GOOD}\n'
    assert [rid for rid, _, _ in _read(data.encode(), "csv")] == ["r1", "r3"]


def test_a_stray_quote_inside_a_row_takes_its_following_lines_with_it():
    """The parser stops on the row's own line; the rest of its text is no row."""
    data = f'id,text\nc1,{GOOD}\nc2,"He said "hi" and left,\nthe clerk said."\nc3,{GOOD}\n'
    got = _read(data.encode(), "csv")
    assert got == [
        ("c1", GOOD, None),
        ("c2", None, "malformed CSV row (lines 3-4): ',' expected after '\"' on line 3"),
        ("c3", GOOD, None),
    ]


def test_without_ids_a_row_starts_where_a_whole_row_parses():
    """The first column is text: no id to go by, so the next row starts at the first
    line that reads as a row of the header's width ("more prose here" is one field)."""
    data = 'text,label\n"A good text",1\n"broken, text\nmore prose here\n"fine text",0\n'
    got = _read(data.encode(), "csv")
    assert [(rid, text) for rid, text, _ in got] == [
        ("-:1", "A good text"),
        ("-:2", None),
        ("-:3", "fine text"),
    ]
    assert "row (lines 3-4): the quote opened on line 3" in got[1][2]


def test_a_title_column_is_read_when_asked_for(tmp_path):
    rows = [
        {"id": "a", "text": GOOD, "title": "Plan approved"},
        {"id": "b", "text": GOOD},
        {"id": "c", "text": GOOD, "title": None},
        {"id": "d", "text": GOOD, "title": 7},
    ]
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    records = list(read_records(["-"], stdin=io.BytesIO(data), title_column="title"))
    assert [(r.id, r.title) for r in records[:3]] == [
        ("a", "Plan approved"),
        ("b", None),
        ("c", None),
    ]
    assert records[3].error == (
        "title is not a string (got int) (field 'title'); name the title field with "
        "--title-column, or pass --title-column '' for none"
    )
    # not asked for, no title: the library reads none by default
    assert [r.title for r in read_records(["-"], stdin=io.BytesIO(data))] == [None] * 4
    csv_path = tmp_path / "t.csv"
    csv_path.write_text(f'id,headline,text\n1,Plan approved,"{GOOD}"\n2,,"{GOOD}"\n')
    got = [(r.id, r.title, r.text) for r in read_records([str(csv_path)], title_column="headline")]
    assert got == [("1", "Plan approved", GOOD), ("2", None, GOOD)]  # an empty field: none


def test_csv_invalid_utf8_costs_its_row_and_long_fields_are_read():
    long = "word " * 40_000  # 200,000 characters: over the csv module's default limit
    data = b"id,text\n1,caf\xe9\n2," + long.encode() + b"\n"
    got = _read(data, "csv")
    assert got[0][0] == "-:1" and "invalid UTF-8 on line 2" in got[0][2]
    assert got[1] == ("2", long, None)


def test_csv_files_gzipped_empty_and_header_only(tmp_path):
    gz = tmp_path / "rows.csv.gz"
    gz.write_bytes(gzip.compress(f"id,text\n1,{GOOD}\n2\n".encode()))
    got = [(r.id, r.error) for r in read_records([str(gz)])]
    assert got[0] == ("1", None) and got[1][0] == "2" and "1 field" in got[1][1]
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    # empty holds no records, as a header alone does (with require_records: exit 2)
    assert list(read_records([str(empty)])) == []
    header = tmp_path / "header.csv"
    header.write_bytes(b"id,text\n")
    assert list(read_records([str(header)])) == []


FRAGMENT = "Officials said on Monday that 3 people died."


@pytest.mark.parametrize(
    "page",
    [
        f"<p>{FRAGMENT}</p>",
        f"<div><h2>Toll rises</h2><p>{FRAGMENT}</p></div>",
        f"<article><p>{FRAGMENT}</p><p>The toll rose to 5 by Tuesday.</p></article>",
    ],
)
def test_an_html_fragment_is_read_from_stdin_and_from_a_file(page, tmp_path):
    """trafilatura finds no article in a fragment; its visible text is the article."""
    ((rid, text, error),) = _read(page.encode(), "auto")  # stdin, sniffed as HTML
    assert (rid, error) == ("-", None) and FRAGMENT in text
    path = tmp_path / "fragment.html"
    path.write_text(page, encoding="utf-8")
    (record,) = read_records([str(path)])
    assert record.error is None and record.text == text


@pytest.mark.parametrize(
    "page",
    [
        f"<p>{FRAGMENT}</p>",
        f"<!DOCTYPE html><html><head><title>T</title></head><body><nav><a href='/'>Home</a>"
        f"</nav><article><p>{FRAGMENT}</p></article></body></html>",
        f"  <div><h2>Toll rises</h2><p>{FRAGMENT}</p></div>",
        # opening on an inline element (a reviewer: scored with its tags, 9 points)
        f'<span class="body">{FRAGMENT}</span><br/><br/>',
        f"<b>Toll rises</b><br>{FRAGMENT}",
        f'<time datetime="2020-05-01">May 1, 2020</time> {FRAGMENT}',
        f'<img src="a.jpg" alt="x"> {FRAGMENT}',
        # a page's or a block's opening tag, never closed (HTML does not need it)
        f"<html><body><p>{FRAGMENT}<p>The toll rose to 5 by Tuesday.",
        f"<!doctype html><p>{FRAGMENT}",
        f'<p class="lede">{FRAGMENT}<p>The toll rose to 5 by Tuesday.',
        f"<div>Toll<wbr>rises</div> {FRAGMENT}",
    ],
)
def test_html_in_a_text_field_or_a_txt_file_is_read_as_a_page(page, tmp_path):
    """A crawl's raw HTML in a JSONL or CSV text field, or a page saved as .txt, is read
    as an .html file is: its markup passed for words and quotations (a new user's find)."""
    html = tmp_path / "page.html"
    html.write_text(page, encoding="utf-8")
    (as_page,) = read_records([str(html)])
    assert as_page.error is None and FRAGMENT in as_page.text and "<" not in as_page.text
    txt = tmp_path / "page.txt"
    txt.write_text(page, encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "a", "text": page, "title": "T"}) + "\n", encoding="utf-8")
    table = tmp_path / "rows.csv"
    table.write_text("id,text\na," + json.dumps(page) .replace('\\"', '""') + "\n", encoding="utf-8")
    for path in (txt, rows, table):
        (record,) = read_records([str(path)], title_column="title")
        assert record.error is None and record.text == as_page.text, path
    assert record.id == "a"


def test_inline_markup_reads_the_same_from_a_txt_file_stdin_and_utf16(tmp_path):
    """Prose holding an inline element is read as a page from a .txt file and from stdin
    alike (a tester's find: a page as .txt and text on stdin, 0.4 points apart)."""
    txt = tmp_path / "page.txt"
    inline = f"{FRAGMENT} The <b>new</b> tariffs are listed at <notice@example.gov>."
    txt.write_text(inline, encoding="utf-8")
    (from_file,) = read_records([str(txt)])
    (from_stdin,) = read_records(["-"], stdin=io.BytesIO(inline.encode()))
    assert from_file.text == from_stdin.text and "<b>" not in from_stdin.text
    # ... and in UTF-16 with its mark (a sibling tester's find: parsed as UTF-8)
    txt.write_bytes(inline.encode("utf-16"))
    (wide,) = read_records([str(txt)])
    assert wide.text == from_stdin.text


def test_an_html_fragment_keeps_every_paragraph_it_shows(tmp_path):
    """A fragment has no page to strip: a paragraph repeated in it is read twice, as the
    plain text reads it (a reviewer's find: trafilatura dropped the copy, and the
    repetition penalty with it)."""
    paragraphs = [FRAGMENT, "The toll rose to 5 by Tuesday, the county said.", FRAGMENT]
    rows = tmp_path / "rows.jsonl"
    page = "".join(f"<p>{p}</p>" for p in paragraphs)
    rows.write_text(json.dumps({"id": "a", "text": page}) + "\n", encoding="utf-8")
    (record,) = read_records([str(rows)])
    assert record.text == "\n\n".join(paragraphs)


def test_inline_markup_in_prose_is_read_by_its_visible_text_and_keeps_its_paragraphs():
    """A CMS's text field with links and emphasis in its prose: read with the tags, they
    passed for words (+6.1 points, unflagged); opening on a link, the text was read as a
    page whose blank lines a browser joins, one paragraph (10.5 points). A tester's
    finds, 2026-12-06."""
    prose = f"Council approves budget\n\n{FRAGMENT}\n\nThe toll rose to 5 by Tuesday, Ana Ruiz said."
    inline = prose.replace("Ana Ruiz", '<a href="https://example.com/ruiz">Ana Ruiz</a>')
    assert record_from_value("a", inline).text == prose
    linked = prose.replace("Council approves", '<a href="https://example.com/x">Council</a> approves')
    assert record_from_value("a", linked).text == prose
    bold = prose.replace("Officials said", "<b>Officials</b> said")
    assert record_from_value("a", bold).text == prose


def test_a_table_set_in_prose_is_read_as_rows_and_the_prose_keeps_its_paragraphs():
    # a tester's find (2026-12-06): the tags of a <table> in a text field were read as
    # words, unflagged (5 points)
    first, last = "Turnout rose, the office said on Monday.", "A spokeswoman said the hours would stay."
    table = "<table><tr><th>District</th><th>2019</th></tr><tr><td>North</td><td>30%</td></tr></table>"
    read = record_from_value("a", f"{first}\n\n{table}\n\n{last}\n\nMore.").text
    assert read == f"{first}\n\n| District | 2019 |\n| North | 30% |\n\n{last}\n\nMore."
    # prose that names the tags is prose
    named = "Use <table> for data and </table> to close it.\n\nWrap items in <ul> and </ul>."
    assert record_from_value("a", named).text == named


def test_a_title_with_inline_markup_is_read_by_what_it_shows(tmp_path):
    # a tester's find (2026-12-06): a JSONL title "<b>Harbour bridge</b> to close" was
    # scored tags and all, flagged html_markup, whose note said to use the CLI
    rows = tmp_path / "rows.jsonl"
    record = {"id": "a", "title": "<b>Harbour bridge</b> to  close", "text": "The bridge will close on Monday."}
    rows.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (read,) = read_records([str(rows)], title_column="title")
    assert read.title == "Harbour bridge to close"
    assert record_from_value("a", "The bridge will close.", "<i>Bridge</i> closes").title == "Bridge closes"
    # a title that only names a tag is read as written
    assert record_from_value("a", "Text.", "The <p> element").title == "The <p> element"


@pytest.mark.parametrize(
    "text",
    [
        "The <p> element opens a paragraph.",
        "<3 to all our readers",
        "<b>Bold claim",
        "a < b and c > d",
        "<p> is how a paragraph opens.",
        "<html> and <body> hold a page.",
        # a tester's sibling (2026-12-06): tags named in prose, opened and closed
        "The site wrapped each name in <span> tags; it was fixed with a closing </span> on Friday.",
    ],
)
def test_prose_that_mentions_a_tag_is_read_as_written(text, tmp_path):
    """Opening on a tag is not enough: the text must close an element or break a line."""
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    (record,) = read_records([str(path)])
    assert record.text == text


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav>Home | News</nav></body></html>",
        "<html><body><header>Site</header><aside>Ad</aside><footer>© 2024</footer></body></html>",
        "<script>var x = 1;</script><style>p { color: red }</style>",
        "<html><head><title>Only a title</title></head><body>  </body></html>",
        "<p hidden>Nothing shown</p><!-- a comment -->",
    ],
)
def test_a_page_of_nothing_but_chrome_is_an_error(page):
    ((_, text, error),) = _read(page.encode(), "html")
    assert text is None and error.startswith("no main text found in the HTML page")


def test_chrome_that_wraps_the_article_is_read_through():
    """A <header> or <nav> holding the article (or left open, so that the parser nests
    the page in it) is not chrome; a short one beside the article is."""
    from quality.io import visible_text

    body = "".join(f"<p>{FRAGMENT} It was the {n}th report.</p>" for n in range(5))
    wrapped = f"<html><body><header><nav><a>Home</a></nav><main>{body}</main></body></html>"
    text = visible_text(wrapped.encode())
    assert text.count(FRAGMENT) == 5 and "Home" not in text  # the nav inside is chrome
    beside = f"<html><body><header><p>Tagline</p></header>{body}<footer><p>f</p></footer>"
    assert "Tagline" not in visible_text(beside.encode())
    assert "f" not in visible_text(beside.encode()).split()


def test_visible_text_keeps_blocks_lines_lists_and_tables():
    from quality.io import visible_text

    page = (
        "<html><head><title>T</title><style>p {}</style></head><body><header>Site</header>"
        "<h1>Big  news</h1><p>One\nline<br>two <b>bold</b> &amp; more</p><!-- c -->"
        "<table><tr><th>Year</th><th>Rate</th></tr><tr><td>2024</td><td>3</td></tr></table>"
        "<ul><li>roads</li><li>bridges</li></ul><aside>Ad</aside><footer>f</footer></body></html>"
    )
    assert visible_text(page.encode()) == (
        "Big news\n\nOne line\ntwo bold & more\n\n| Year | Rate |\n| 2024 | 3 |\n\n"
        "- roads\n- bridges"
    )
    assert visible_text("<p>Café</p>".encode("latin-1"), utf8=False) == "Café"
    assert visible_text(b"") == visible_text(b"   ") == ""


#: An article's headline and paragraphs, set in a page's layout table in the tests below
_HEADLINE = "Council approves new bridge over the river"
_STORY = [
    "The county council voted on Tuesday to build a road bridge over the Ashford river, "
    "ending a decade of debate about the crossing, officials said.",
    "The bridge will cost 42 million pounds and should open in 2028, according to the "
    "transport department, which published the plans in March.",
    "Council leader Maria Holt said the vote was a relief for commuters who face a detour "
    "of eleven miles whenever the old ferry is closed.",
    "Opponents, including the wildlife trust, said the work would disturb nesting birds "
    "and asked for it to pause each spring.",
]
_ARTICLE = f"<h1>{_HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in _STORY)
_NAV_CELL = '<td width="150"><a href="/">Home</a><br><a href="/news">News</a> | <a href="/sport">Sport</a></td>'


def _email(body: str) -> str:
    """``body`` in an e-mail's nested layout tables, under a logo's."""
    return (
        '<table width="100%"><tr><td align="center"><table width="600"><tr><td>'
        '<table><tr><td><img src="logo.png" alt=""></td></tr></table>'
        f"<table><tr><td>{body}</td></tr></table>"
        "</td></tr></table></td></tr></table>"
    )


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Bridge</title></head><body>{body}</body></html>"


@pytest.mark.parametrize(
    "layout",
    [
        f"<table><tr><td>{_ARTICLE}</td></tr></table>",
        f"<table><tr>{_NAV_CELL}<td>{_ARTICLE}</td></tr></table>",
        _email(_ARTICLE),
    ],
    ids=["one cell", "navigation beside the article", "nested e-mail tables"],
)
@pytest.mark.parametrize("whole_page", [True, False], ids=["page", "fragment"])
def test_an_article_in_a_layout_table_is_read_as_its_blocks(layout, whole_page, tmp_path):
    """An article set in a layout table (a newsletter's, an older news site's) is read as
    if the table were not there: as the same page with <div>s, a paragraph a block and
    no pipe; a cell of links beside it is page chrome. It was read as one table row, "|
    headline paragraph ... |", and not rated as word salad (a tester's find)."""
    path, plain = tmp_path / "layout.html", tmp_path / "plain.html"
    path.write_text(_page(layout) if whole_page else layout, encoding="utf-8")
    plain.write_text(_page(f"<div>{_ARTICLE}</div>") if whole_page else _ARTICLE, encoding="utf-8")
    (record,), (expected,) = read_records([str(path)]), read_records([str(plain)])
    assert record.error is None and record.text == expected.text
    assert "|" not in record.text and "Home" not in record.text and "Sport" not in record.text
    # each paragraph on a line of its own (trafilatura's page: one line break between)
    assert [line for line in record.text.splitlines() if line][-4:] == _STORY


_FIXTURES = (
    "<table><tr><th>Day</th><th>Match</th><th>Kick-off</th></tr>"
    "<tr><td>Saturday</td><td>Rovers v Athletic</td><td>14:00</td></tr>"
    "<tr><td>Sunday</td><td>Town v Wanderers</td><td>13:00</td></tr></table>"
)


@pytest.mark.parametrize(
    "table",
    [
        _FIXTURES,
        _FIXTURES.replace("<th>", "<td>").replace("</th>", "</td>"),
        # a CMS's <p> around each datum
        _FIXTURES.replace("<td>", "<td><p>").replace("</td>", "</p></td>"),
    ],
)
def test_a_data_table_is_read_as_rows_as_before(table, tmp_path):
    """A data table in an article is read as trafilatura writes it, pipe rows, and so
    is one in an e-mail's layout cell: tables are judged one by one."""
    import trafilatura

    page = _page(f"<article>{_ARTICLE}{table}</article>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (record,) = read_records([str(path)])
    assert record.text == trafilatura.extract(page, include_comments=False, include_tables=True)
    row = "| Saturday | Rovers v Athletic | 14:00 |"
    assert row in [line.rstrip() for line in record.text.splitlines()]
    path.write_text(_page(_email(_ARTICLE + table)), encoding="utf-8")
    (record,) = read_records([str(path)])
    lines = [line.rstrip() for line in record.text.splitlines()]
    assert row in lines and _STORY[0] in lines


def test_a_column_of_names_in_a_page_keeps_its_rows(tmp_path):
    # a second tester's find: a one-column table of short cells read as layout was
    # turned into <div>s that extraction dropped as too short: the names were lost
    names = "".join(f"<tr><td>{n}</td></tr>" for n in ("Ana Ruiz", "Tom Lee", "Sam Park"))
    path = tmp_path / "winners.html"
    body = _ARTICLE + "<p>The winners were:</p><table>" + names + "</table>" + _PARAGRAPHS
    path.write_text(_page(body), encoding="utf-8")
    (record,) = read_records([str(path)])
    lines = [line.strip() for line in record.text.splitlines()]
    assert all(f"| {n} |" in lines for n in ("Ana Ruiz", "Tom Lee", "Sam Park")), record.text


@pytest.mark.parametrize(
    "table, layout",
    [
        # data: rows of short cells, under <th> or not, a CMS's <p> around each datum
        ("<tr><th>Year</th><th>Rate</th></tr><tr><td>2024</td><td>3</td></tr>", False),
        ("<tr><td>Saturday</td><td>14:00</td></tr><tr><td>Sunday</td><td>13:00</td></tr>", False),
        ("<tr><td><p>Saturday</p></td><td><p>14:00</p></td></tr><tr><td><p>Sunday</p></td><td><p>13:00</p></td></tr>", False),
        ("<tr><td>Mon</td><td>14:00</td></tr>", False),  # a one-row table
        ("<tr><th>Name</th></tr><tr><td>Ana Ruiz</td></tr><tr><td>Tom Lee</td></tr>", False),
        # a wiki's table of items under a header, each described in paragraphs
        (f"<tr><th>Item</th><th>Notes</th></tr><tr><td>Bridge</td><td><p>{_STORY[0]}</p><p>{_STORY[1]}</p></td></tr>", False),
        # an infobox's short names, a list of no text (a star rating), <br>s at a cell's end
        ("<tr><td>Friends</td><td><p>Maru</p><p>Sam</p></td></tr><tr><td>Home</td><td>Town</td></tr>", False),
        ('<tr><td>Rating</td><td><ul class="stars"><li></li></ul></td></tr><tr><td>a</td><td>b</td></tr>', False),
        ("<tr><td>Origin</td><td>Sidamo, Ethiopia<br><br></td></tr><tr><td>Roast</td><td>light</td></tr>", False),
        ("", False),
        # layout: a single cell, a single column, blocks in a cell, a paragraph beside links
        ("<tr><td>Only cell</td></tr>", True),
        ("<tr><th>Only cell</th></tr>", True),
        # a column of short cells is data (a second tester's find: a list of winners,
        # turned into <div>s, was dropped as too short); one holding prose is layout
        ("<tr><td>Top story</td></tr><tr><td>Second story</td></tr>", False),
        ("".join(f"<tr><td>{n}</td></tr>" for n in ("Ana Ruiz", "Tom Lee", "Sam Park")), False),
        (f"<tr><td>Top story</td></tr><tr><td>{_STORY[0]}</td></tr>", True),
        # a newsletter's paragraph a row between spacer cells (empty, a no-break space,
        # an image), or under a column of links set with rowspan (a second tester's)
        ("".join(f'<tr><td width="20">&nbsp;</td><td>{p}</td><td></td></tr>' for p in _STORY[:2]), True),
        ("".join(f'<tr><td><img src="s.gif"></td><td>{p}</td></tr>' for p in _STORY[:2]), True),
        (f'<tr>{_NAV_CELL.replace("<td", "<td rowspan=2", 1)}<td>{_STORY[0]}</td></tr><tr><td>{_STORY[1]}</td></tr>', True),
        ("<tr><td></td><td>Mon</td></tr><tr><td></td><td>Tue</td></tr>", False),
        # ... a one-sentence paragraph a row between spacers too (a sibling writer's)
        ("".join(f"<tr><td>&nbsp;</td><td>The {w} bridge will close in January.</td></tr>" for w in ("old", "new")), True),
        (f"<tr><td>a</td><td>{_ARTICLE}</td></tr><tr><td>b</td><td>c</td></tr>", True),
        ("<tr><td>Menu</td><td><h2>Weather</h2></td></tr><tr><td>b</td><td>c</td></tr>", True),
        ("<tr><td>a</td><td><table><tr><td>x</td></tr></table></td></tr><tr><td>b</td><td>c</td></tr>", True),
        (f"<tr><td>a</td><td>{_STORY[0]}<br><br>{_STORY[1]}</td></tr><tr><td>b</td><td>c</td></tr>", True),
        (f"<tr>{_NAV_CELL}<td><p>{_STORY[0]}</p></td></tr>", True),
    ],
)
def test_a_layout_table_is_told_from_a_data_table(table, layout):
    from quality.io import _is_layout_table, _page_tree

    root = _page_tree(f"<html><body><table>{table}</table></body></html>".encode())
    assert _is_layout_table(root.find(".//table")) is layout


_PARAGRAPHS = "".join(
    f"<p>The council said on Monday that part {i} of the budget plan would be published "
    "in full next week, with figures for each district.</p>"
    for i in range(6)
)
_PAGE_WITH_COMMENTS = (
    f"<html><body><article><h1>Budget plan</h1>{_PARAGRAPHS}</article>"
    '<div id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>Reader '
    "Anna wrote: this plan is a disgrace and everyone knows it!!</p></div></div>"
    "</body></html>"
)


def test_comment_sections_are_scored_out_and_cleaned_in(tmp_path):
    """What is scored is the article, so a page's comments are left out; clean keeps
    them, as trafilatura's defaults do, for its labels to judge."""
    page = tmp_path / "page.html"
    page.write_text(_PAGE_WITH_COMMENTS, encoding="utf-8")
    (scored,) = read_records([str(page)])
    (cleaned,) = read_records([str(page)], html_comments=True)
    assert "budget plan" in scored.text and "disgrace" not in scored.text
    assert "budget plan" in cleaned.text and "disgrace" in cleaned.text


def test_an_input_of_no_records_is_named_when_records_are_required(tmp_path):
    blank = tmp_path / "blank.jsonl"
    blank.write_bytes(b"\n \n")
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"\n{not json\n")
    empty_txt = tmp_path / "empty.txt"
    empty_txt.write_bytes(b"")
    assert holds_no_records(str(blank)) and holds_no_records(str(blank) + ".x", "jsonl") is False
    assert not holds_no_records(str(bad)) and not holds_no_records(str(empty_txt))
    assert list(read_records([str(blank)])) == []  # not required: it adds nothing
    with pytest.raises(UsageError, match="blank.jsonl' holds no records"):
        read_records([str(blank)], require_records=True)
    # beside another input, one error record: refused, it lost the other's output
    beside = list(read_records([str(empty_txt), str(blank)], require_records=True))
    assert [r.id for r in beside] == [str(empty_txt), str(blank)]
    assert beside[1].error is not None and "holds no records" in beside[1].error
    assert [r.error is not None for r in read_records([str(bad)], require_records=True)] == [True]
    stdin = io.BytesIO(b"\n\n")
    records = read_records(["-"], stdin=stdin, input_format="jsonl", require_records=True)
    with pytest.raises(UsageError, match="Standard input"):
        list(records)


def test_a_bad_file_in_a_folder_is_an_error_record_and_the_rest_are_read(tmp_path):
    # a new user's find: one blank JSONL, a header-only CSV or a broken link in a folder
    # stopped the whole run (exit 2), and a named pipe hung it
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.jsonl").write_bytes(b"\n \n")
    (folder / "c.csv").write_bytes(b"id,text\n")
    (folder / "d.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(folder / "e.txt")
    (folder / "f.txt").write_text(GOOD, encoding="utf-8")
    found: set[str] = set()
    records = list(read_records([str(folder)], require_records=True, found=found))
    got = [(os.path.basename(r.id), r.error) for r in records]
    assert [name for name, _ in got] == ["a.txt", "b.jsonl", "c.csv", "d.txt", "e.txt", "f.txt"]
    errors = dict(got)
    assert errors["a.txt"] is None and errors["f.txt"] is None
    assert "holds no records" in errors["b.jsonl"] and "holds no records" in errors["c.csv"]
    assert "broken symbolic link" in errors["d.txt"] and "not a regular file" in errors["e.txt"]
    assert found == {str(folder / n) for n in ("a.txt", "b.jsonl", "c.csv", "d.txt", "e.txt", "f.txt")}
    # the same file named directly is still a usage error
    with pytest.raises(UsageError, match="holds no records"):
        read_records([str(folder / "b.jsonl")], require_records=True)
    with pytest.raises(UsageError, match="does not exist"):
        read_records([str(folder / "d.txt")])
    # the CLI's count agrees with what is read: one record each
    from quality.io import count_records, expand_inputs

    found = set()
    paths = expand_inputs([str(folder)], found=found)
    assert count_records([p for p in paths if not p.endswith(".csv")], "auto", found) == 5


def test_a_json_document_is_not_parsed_to_count_it(tmp_path):
    # counting a .json file's records meant parsing it all, and the reader parsed it again
    from quality.io import count_records

    doc = tmp_path / "a.json"
    doc.write_text(json.dumps([{"text": GOOD}, {"text": GOOD}]))
    lines = tmp_path / "b.jsonl"
    lines.write_text(json.dumps({"text": GOOD}) + "\n")
    assert count_records([str(lines)]) == 1
    assert count_records([str(lines), str(doc)]) is None  # no total rather than a second parse
    assert len(list(read_records([str(doc)]))) == 2


def test_a_json_file_is_an_array_of_articles_or_one(tmp_path):
    # a new user's find: a .json file was scored as the text of one article
    arr = tmp_path / "a.json"
    arr.write_text(json.dumps([{"id": "x1", "text": GOOD}, {"text": "It rained."}, "oops"]))
    one = tmp_path / "b.json"
    one.write_text(json.dumps({"title": "t", "text": GOOD}))
    lines = tmp_path / "c.json"  # JSON Lines saved as .json
    lines.write_text(json.dumps({"text": GOOD}) + "\n" + json.dumps({"text": "x"}) + "\n")
    broken = tmp_path / "d.json"
    broken.write_text('[{"text": "unclosed"')
    got = [(r.id, r.text, r.error) for r in read_records([str(arr), str(one), str(lines), str(broken)])]
    assert got[:2] == [("x1", GOOD, None), (f"{arr}:2", "It rained.", None)]
    assert got[2] == (f"{arr}:3", "oops", None)  # a string is a text alone
    assert got[3] == (str(one), GOOD, None)
    assert [g[1] for g in got[4:6]] == [GOOD, "x"]
    assert got[6][0] == str(broken) and "malformed JSON" in got[6][2]
    empty = tmp_path / "e.json"
    empty.write_text("[]")
    with pytest.raises(UsageError, match="holds no records"):
        read_records([str(empty)], require_records=True)
    # on stdin, sniffed
    data = json.dumps([{"text": GOOD}]).encode()
    assert _read(data, "auto") == [("-:1", GOOD, None)]


def test_pretty_printed_objects_in_a_jsonl_file_are_read_as_on_stdin(tmp_path):
    # a tester's find: "jq '.[]' > x.jsonl" without -c gave an error record for each
    # line of the file (4 records, 16 errors), where stdin read the same bytes whole
    objects = [{"id": k, "text": GOOD} for k in "abc"]
    pretty = "\n\n" + "".join(json.dumps(o, indent=2) + "\n" for o in objects)
    for name, data in [("x.jsonl", pretty.encode()), ("x.jsonl.gz", gzip.compress(pretty.encode()))]:
        path = tmp_path / name
        path.write_bytes(data)
        assert [(r.id, r.text, r.error) for r in read_records([str(path)])] == [(k, GOOD, None) for k in "abc"]
    # cut short after two objects: those two read, then one error that says where and why
    cut = tmp_path / "cut.jsonl"
    cut.write_text(pretty[: pretty.index('"c"') + 10])
    got = [(r.id, r.error) for r in read_records([str(cut)])]
    assert got[:2] == [("a", None), ("b", None)] and got[2][0] == f"{cut}:3"
    assert "after object 2" in got[2][1] and "pretty-printed" in got[2][1] and len(got) == 3
    # one object broken in the middle costs itself alone, the reading picks up at the
    # next line opening on "{"; commas between objects only part them (a second
    # tester's finds); on stdin, the same bytes read the same, never as one article
    broken = pretty.replace('"id": "b",', '"id": "b"', 1)
    commas = ",\n".join(json.dumps(o, indent=2) for o in objects)
    for data, want in [(broken, [("a", True), (2, False), ("c", True)]), (commas, [(k, True) for k in "abc"])]:
        path = tmp_path / "odd.jsonl"
        path.write_text(data)
        for got in (list(read_records([str(path)])), list(read_records(["-"], stdin=io.BytesIO(data.encode())))):
            assert [(r.id if r.error is None else int(r.id.rsplit(":", 1)[1]), r.error is None) for r in got] == want
    # JSON Lines whose first line is broken stays a line-by-line read: the rest are kept
    lines = tmp_path / "lines.jsonl"
    lines.write_text("{broken\n" + "".join(json.dumps(o) + "\n" for o in objects))
    got = [(r.id, r.error is None) for r in read_records([str(lines)])]
    assert got == [(f"{lines}:1", False), ("a", True), ("b", True), ("c", True)]


def test_records_nested_in_a_wrapper_object_are_named_in_the_error(tmp_path):
    # a tester's find: {"articles": [...]} gave a bare "no 'text' field (fields: articles)"
    path = tmp_path / "wrapped.json"
    path.write_text(json.dumps({"articles": [{"id": "a", "text": GOOD}, {"id": "b", "text": GOOD}]}))
    (record,) = read_records([str(path)])
    assert record.text is None and "no 'text' field (fields: articles)" in record.error
    assert "its 'articles' field holds 2 objects with a 'text' field" in record.error
    assert "jq -c '.articles[]'" in record.error


def test_odd_json_is_read_record_by_record(tmp_path):
    # a second user's finds: deep nesting crashed the batch, an array written an object
    # a line was read as JSON Lines on stdin, and one bad first line lost a whole file
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    deep_line = tmp_path / "deep.jsonl"
    deep_line.write_text(json.dumps({"text": GOOD}) + "\n" + '{"text": "x", "y": ' + "[" * 5000 + "]" * 5000 + "}\n")
    bad_first = tmp_path / "bad.json"
    bad_first.write_text("{broken\n" + json.dumps({"text": GOOD}) + "\n")
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps({"text": GOOD}, indent=2) + "\n" + json.dumps({"text": "x"}, indent=2))
    got = [(r.id, r.text, r.error) for r in read_records([str(deep), str(deep_line), str(bad_first), str(pretty)])]
    assert got[0] == (f"{deep}:1", None, "item 1 is nested too deeply to read")  # the array's one item
    assert got[1] == (f"{deep_line}:1", GOOD, None)
    assert got[2][0] == f"{deep_line}:2" and "nested too deeply" in got[2][2]
    assert got[3][0] == f"{bad_first}:1" and "malformed JSON on line 1" in got[3][2]
    # the parser's place as the line's column, not a second "line 1" (a tester's find)
    assert re.search(r": column \d+$", got[3][2]) and "line 1 column" not in got[3][2]
    assert got[4] == (f"{bad_first}:2", GOOD, None)
    assert got[5:] == [(f"{pretty}:1", GOOD, None), (f"{pretty}:2", "x", None)]
    one_per_line = ("[\n" + ",\n".join(json.dumps({"id": f"c{i}", "text": GOOD}) for i in range(3)) + "\n]\n").encode()
    assert [r[0] for r in _read(one_per_line, "auto")] == ["c0", "c1", "c2"]
    zero = tmp_path / "zero.json"
    zero.write_bytes(b"")
    assert holds_no_records(str(zero))


@pytest.mark.parametrize(
    "line",
    [
        "{'id': 'a1', 'text': 'The council met on Monday.'}",  # a Python dict printed
        "{id: 'a1', text: 'The council met on Monday.'}",  # a JavaScript object
    ],
)
def test_lines_of_python_dicts_on_stdin_are_an_error_record_each(line):
    # read as text, a feed of such lines was one article (left alone a stop before)
    got = _read(f"{line}\n{line}\n".encode(), "auto")
    assert [rid for rid, _, _ in got] == ["-:1", "-:2"]
    assert all(text is None and "double quotes" in error for _, text, error in got)
    # prose that opens on a brace stays prose
    assert _read(b"{Editor's note: this is prose.} The council met.\n", "auto")[0][0] == "-"
    assert _read(b"{Update: 3 people died} The council met on Monday.\n", "auto")[0][0] == "-"


def test_a_json_line_with_more_after_its_object_is_one_error_record():
    # it was read as pretty-printed JSON: the object scored, then an error record of a
    # record that is none (left alone a stop before)
    data = f'{{"id": "a1", "text": "{GOOD}"}} trailing\n{{"id": "a2", "text": "{GOOD}"}}\n'.encode()
    for fmt in ("auto", "jsonl"):
        got = _read(data, fmt)
        assert [(rid, text is None) for rid, text, _ in got] == [("-:1", True), ("a2", False)]
        assert "Extra data" in got[0][2]


def test_parquet_on_stdin_is_sniffed(tmp_path):
    import pandas as pd

    path = tmp_path / "a.parquet"
    pd.DataFrame({"text": [GOOD]}).to_parquet(path)
    assert [(t, e) for _, t, e in _read(path.read_bytes(), "auto")] == [(GOOD, None)]


def test_json_lines_under_a_line_that_is_no_json_are_json_lines_on_stdin():
    # a note or log line first: its line is an error and each record is read (it was
    # one article made of them all); prose with one JSON-looking line stays text
    data = b"this line is not json at all\n" + json.dumps({"text": GOOD}).encode() + b"\n"
    data += json.dumps({"text": GOOD + " Again."}).encode() + b"\n"
    got = _read(data, "auto")
    assert [(t, e is not None) for _, t, e in got] == [(None, True), (GOOD, False), (GOOD + " Again.", False)]
    assert "line 1" in got[0][2] or got[0][0].endswith(":1")
    prose = b"A first line of prose.\n" + json.dumps({"text": GOOD}).encode() + b"\nAnd more prose here.\n"
    assert len(_read(prose, "auto")) == 1


def test_one_broken_json_record_alone_on_stdin_is_an_error_record_not_an_article():
    # a tester's find: the only line, a record cut short, was scored as prose
    for line in (b'{"id": "a", "text": "bad json"\n', b'{"text": "unterminated}\n'):
        (record,) = _read(line, "auto")
        assert record[1] is None and "malformed JSON on line 1" in record[2]
    # ... where a brace opening prose, with no quoted key and colon, stays text
    ((_, text, error),) = _read(b"{Editor's note} The council met on Monday.\n", "auto")
    assert error is None and text.startswith("{Editor's note}")


def test_a_semicolon_csv_is_split_on_semicolons():
    # what spreadsheets in decimal-comma locales export; the header line has no comma
    data = f'id;body\n1;"{GOOD}"\n2;"a; b"\n3;x;y\n'.encode()
    got = _read(data, "csv", text_column="body")
    assert got[0] == ("1", GOOD, None) and got[1] == ("2", "a; b", None)
    assert "row 3 (line 4) has 3 fields, the header has 2: put a field that holds a semicolon" in got[2][2]


def test_a_non_string_id_is_written_as_json():
    from quality.io import record_from_mapping

    assert record_from_mapping({"id": ["x", 1], "text": "t"}, "0").id == '["x", 1]'
    assert record_from_mapping({"id": 7, "text": "t"}, "0").id == "7"
    missing = record_from_mapping({"body": "t"}, "3")
    assert (missing.id, missing.text) == ("3", None)
    assert missing.error.startswith("no 'text' field (fields: body); give each item a 'text' key")


@pytest.mark.parametrize(
    "data",
    [
        f'\nid;text\n1;"{GOOD}"\n',  # a blank line before the header
        f'sep=;\nid;text\n1;"{GOOD}"\n',  # Excel's separator line
        f'id;"title, short";text\n1;t;"{GOOD}"\n',  # a comma inside a quoted name
        f'id; text\n1;"{GOOD}"\n',  # a space after the separator
    ],
)
def test_csv_separators_as_spreadsheets_write_them(data):
    assert _read(data.encode(), "csv") == [("1", GOOD, None)]


def test_csv_line_numbers_hold_after_a_sep_line():
    got = _read(f'sep=;\nid;text\n1;"{GOOD}"\n2;a;b\n'.encode(), "csv")
    assert "row 2 (line 4) has 3 fields" in got[1][2]


def test_parquet_binary_text_is_read_as_utf8_and_integral_float_ids_as_integers(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "spark.parquet"
    table = pa.table(
        {
            # Spark writes strings as plain binary unless told otherwise
            "text": pa.array(["Caf\u00e9 owners met on Monday.".encode(), b"\xff\xfe bad", None], pa.binary()),
            # an integer id column with a gap, as pandas writes it: floats
            "id": pa.array([17.0, None, 2.5], pa.float64()),
        }
    )
    pq.write_table(table, path)
    records = list(read_records([str(path)]))
    assert [r.id for r in records] == ["17", f"{path}:2", "2.5"]
    assert records[0].text == "Caf\u00e9 owners met on Monday." and records[0].error is None
    assert records[1].text is None and "not UTF-8" in records[1].error
    assert records[2].error is not None  # a missing text is still an error, with its reason


def test_a_json_boolean_id_is_written_as_json_writes_it(tmp_path):
    # a new user's find, 2026-12-07: {"id": true} came out as "True"
    path = tmp_path / "ids.jsonl"
    path.write_text('{"id": true, "text": "One."}\n{"id": false, "text": "Two."}\n')
    assert [r.id for r in read_records([str(path)])] == ["true", "false"]


def test_a_json_array_broken_part_way_keeps_the_items_before_the_break(tmp_path):
    # a truncated download lost every record before: one error for the whole file
    path = tmp_path / "cut.json"
    path.write_text('[{"id": "a", "text": "One."},\n {"id": "b", "text": "Two."},\n {"id": "c", "text": "Thr')
    got = list(read_records([str(path)]))
    assert [(r.id, r.text) for r in got[:2]] == [("a", "One."), ("b", "Two.")]
    assert got[2].id == f"{path}:3" and got[2].text is None
    assert "item 3" in got[2].error and "2 items before it read" in got[2].error
    # whole, with junk after its end: the items, then the fault
    path.write_text('[{"id": "a", "text": "One."}] trailing')
    got = list(read_records([str(path)]))
    assert got[0].text == "One." and "Extra data" in got[1].error


@pytest.mark.parametrize(
    "content, texts",
    [
        ('{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n', ["One.", "Two."]),
        ("id,text\na,One.\nb,Two.\n", ["One.", "Two."]),
        ("The council met on Monday, officials said.\n", ["The council met on Monday, officials said.\n"]),
    ],
)
def test_an_unknown_extension_is_sniffed_as_stdin_is(tmp_path, content, texts):
    # JSON Lines saved as "feed.data" was read as one article
    path = tmp_path / "feed.data"
    path.write_text(content)
    assert [r.text for r in read_records([str(path)])] == texts


@pytest.mark.parametrize(
    "header, option",
    [("id,text,text", "--text-column"), ("id,id,text", "--id-column"), ("id;text;title;title", "--title-column")],
)
def test_a_column_the_rows_are_read_by_named_twice_costs_each_row(tmp_path, header, option):
    # "id,text,text" was read silently: the first "text" scored, the second ignored
    sep = ";" if ";" in header else ","
    path = tmp_path / "rows.csv"
    n = len(header.split(sep))
    rows = [sep.join([str(k)] + [GOOD] * (n - 1)) for k in (7, 8)]
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    got = list(read_records([str(path)], title_column="title"))
    assert len(got) == 2 and all(r.text is None for r in got)
    assert all(option in r.error and "2 times" in r.error for r in got)


def test_the_second_of_two_text_columns_is_read_by_its_number(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(f"id,text,text\n7,short,{GOOD}\n", encoding="utf-8")
    assert [(r.id, r.text) for r in read_records([str(path)], text_column="text.1")] == [("7", GOOD)]


def test_a_json_string_in_place_of_an_object_is_a_text(tmp_path):
    array = tmp_path / "texts.json"
    array.write_text(json.dumps([GOOD, {"id": "b", "text": GOOD}, 3]), encoding="utf-8")
    got = [(r.id, r.text, r.error) for r in read_records([str(array)])]
    assert got[:2] == [(f"{array}:1", GOOD, None), ("b", GOOD, None)]
    assert got[2][0] == f"{array}:3" and "not an object or a string" in got[2][2]
    lines = tmp_path / "texts.jsonl"
    lines.write_text(json.dumps(GOOD) + "\n" + json.dumps([1]) + "\n", encoding="utf-8")
    got = [(r.id, r.text, r.error) for r in read_records([str(lines)])]
    assert got[0] == (f"{lines}:1", GOOD, None) and "not an object or a string" in got[1][2]


def test_extract_features_refuses_what_is_no_text():
    from quality.features import extract_features

    for value in (None, b"bytes", 3):
        with pytest.raises(TypeError, match="takes a str or a Document"):
            extract_features(value)


def test_a_utf16_csv_with_its_byte_order_mark_is_read(tmp_path):
    # a spreadsheet's "Unicode text" export; refused before as "the header is not UTF-8"
    for name, sep, encoding in (("rows.csv", ",", "utf-16"), ("rows.tsv", "\t", "utf-16"), ("r.csv", ",", "utf-32")):
        path = tmp_path / name
        path.write_bytes(f"id{sep}text\n7{sep}{GOOD}\n".encode(encoding))
        assert [(r.id, r.text, r.error) for r in read_records([str(path)])] == [("7", GOOD, None)]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_unicode_with_its_mark_is_sniffed_on_stdin_as_in_a_file(tmp_path, encoding):
    # stdin and unknown extensions in UTF-16 were sniffed as one article of text
    table = f"id,text\n7,{GOOD}\n8,{GOOD}\n".encode(encoding)
    assert _read(table, "auto") == [("7", GOOD, None), ("8", GOOD, None)]
    lines = (json.dumps({"id": "a", "text": GOOD}) + "\n").encode(encoding)
    assert _read(lines, "auto") == [("a", GOOD, None)]
    path = tmp_path / "feed.data"
    path.write_bytes(table)
    assert [r.id for r in read_records([str(path)])] == ["7", "8"]
    text = tmp_path / "a.txt"
    text.write_bytes(GOOD.encode(encoding))  # UTF-32's mark was read as UTF-16's
    assert [(r.text, r.error) for r in read_records([str(text)])] == [(GOOD, None)]


def test_broken_unicode_on_stdin_is_an_error_record():
    got = _read(b"\xff\xfeA\x00\x00\xd8", "auto")
    assert len(got) == 1 and got[0][1] is None and "invalid UTF-16" in got[0][2]


def test_a_json_array_of_strings_on_stdin_is_one_record_a_string():
    data = json.dumps([GOOD, "Second " + GOOD]).encode()
    assert _read(data, "auto") == [("-:1", GOOD, None), ("-:2", "Second " + GOOD, None)]
    # prose in brackets stays text; an empty array holds no records; an array of
    # numbers is an error record an item (it was one article of "no words")
    assert [r[0] for r in _read(b'["Editor\'s note"] The council met.', "auto")] == ["-"]
    assert _read(b"[]", "auto") == []
    got = _read(b"[1, 2]", "auto")
    assert [r[0] for r in got] == ["-:1", "-:2"] and all("number" in r[2] for r in got)


def test_an_empty_table_file_holds_no_records_as_a_header_alone_does(tmp_path):
    # a 0-byte CSV alone was an error record (exit 1), one with a header alone a usage
    # error (exit 2): both hold no records
    for name, data in (("zero.csv", b""), ("blank.tsv", b"\n\n"), ("header.csv", b"id,text\n")):
        path = tmp_path / name
        path.write_bytes(data)
        assert holds_no_records(str(path)), name
    assert not holds_no_records(str(tmp_path / "missing.csv"))


class _Feed(io.RawIOBase):
    """A pipe that hands out at most one line a read and counts the lines taken whole."""

    def __init__(self, lines: list[bytes]):
        self.lines, self.taken = list(lines), 0

    def readable(self):
        return True

    def readinto(self, buffer):
        if not self.lines:
            return 0
        line = self.lines[0]
        n = min(len(buffer), len(line))
        buffer[:n] = line[:n]
        if n == len(line):
            self.lines.pop(0)
            self.taken += 1
        else:
            self.lines[0] = line[n:]
        return n


@pytest.mark.parametrize("fmt", ["auto", "jsonl"])
def test_json_lines_on_stdin_are_read_as_they_arrive(fmt):
    # all of stdin was read before the first record: "tail -f feed | quality score -"
    # printed nothing, and held the whole feed
    lines = [b"\n"] + [json.dumps({"id": f"r{i}", "text": GOOD}).encode() + b"\n" for i in range(5)]
    feed = _Feed(lines)
    records = read_records(["-"], stdin=io.BufferedReader(feed, buffer_size=16), input_format=fmt)
    first = next(records)
    assert (first.id, first.text) == ("r0", GOOD) and feed.taken <= 3
    assert [r.id for r in records] == ["r1", "r2", "r3", "r4"]


def test_stdin_that_is_no_json_lines_is_still_read_whole():
    pretty = json.dumps([{"id": "a", "text": GOOD}, {"id": "b", "text": GOOD}], indent=2).encode()
    assert [r[0] for r in _read(b"\n\n" + pretty, "auto")] == ["a", "b"]
    assert _read(b"\n" + GOOD.encode(), "auto") == [("-", "\n" + GOOD, None)]
    gz = gzip.compress(json.dumps({"id": "z", "text": GOOD}).encode() + b"\n")
    assert [r[0] for r in _read(gz, "jsonl")] == ["z"]


def test_excel_unicode_text_saved_as_txt_is_a_table(tmp_path):
    # Excel's "Unicode Text" export (UTF-16, tabs) keeps .txt: it was one article
    path = tmp_path / "export.txt"
    path.write_bytes(f"id\ttext\nA\t{GOOD}\nB\t{GOOD}\n".encode("utf-16"))
    assert [(r.id, r.text) for r in read_records([str(path)])] == [("A", GOOD), ("B", GOOD)]
    one = tmp_path / "one.txt"  # one column: its name over the rows
    one.write_bytes(f"text\n{GOOD}\n{GOOD}\n".encode("utf-16"))
    assert [r.text for r in read_records([str(one)])] == [GOOD, GOOD]
    prose = tmp_path / "prose.txt"  # UTF-16 prose stays one article
    prose.write_bytes(f"id and text\n{GOOD}\n".encode("utf-16"))
    assert [r.id for r in read_records([str(prose)])] == [str(prose)]


def test_a_header_with_spaces_after_its_commas_reads_quoted_fields_after_them(tmp_path):
    # 'A, "..., ..."' was split at every comma: pieces of articles scored as records
    path = tmp_path / "spaced.csv"
    path.write_text(f'id, text\nA, "{GOOD} Then, it rained."\nB, plain words\n', encoding="utf-8")
    got = [(r.id, r.text, r.error) for r in read_records([str(path)])]
    assert got == [("A", f"{GOOD} Then, it rained.", None), ("B", "plain words", None)]


def test_column_names_of_several_words_are_sniffed_as_a_header():
    data = f'article id,text,source name\n7,"{GOOD}",Wire\n'.encode()
    assert _read(data, "auto") == [("-:1", GOOD, None)]
    assert _read(f"text and more, said the editor\n{GOOD}".encode(), "auto")[0][0] == "-"


def test_an_undecodable_utf16_unit_costs_its_row_only(tmp_path):
    # a lone low surrogate in row B raised UnicodeDecodeError: no row of any file written
    rows = f"id,text\nA,{GOOD}\nB,{GOOD}\nC,{GOOD}\n".encode("utf-16-le")
    bad = rows.replace("B,".encode("utf-16-le"), "B,".encode("utf-16-le") + b"\x00\xdc")
    path = tmp_path / "bad16.csv"
    path.write_bytes(b"\xff\xfe" + bad)
    got = [(r.id, r.error) for r in read_records([str(path)])]
    assert [g[0] for g in got] == ["A", f"{path}:2", "C"] and "invalid UTF-16" in got[1][1]
    lines = "".join(json.dumps({"id": k, "text": GOOD}) + "\n" for k in "abc").encode("utf-16-le")
    bad_lines = lines.replace('"b"'.encode("utf-16-le"), '"b"'.encode("utf-16-le") + b"\x00\xdc")
    got = _read(b"\xff\xfe" + bad_lines, "auto")
    assert [g[0] for g in got] == ["a", "-:2", "c"] and got[1][1] is None


def test_json_read_by_its_shape_on_stdin():
    pretty = "".join(json.dumps({"id": k, "text": GOOD}, indent=2) + "\n" for k in "ab").encode()
    assert [r[0] for r in _read(pretty, "auto")] == ["a", "b"]  # jq '.[]' output
    cut = json.dumps([{"id": "a", "text": GOOD}, {"id": "b", "text": GOOD}]).encode()[:-20]
    got = _read(cut, "auto")  # a truncated download
    assert [r[0] for r in got] == ["a", "-:2"] and "malformed JSON at item 2" in got[1][2]


@pytest.mark.parametrize(
    "header",
    ["id,text,published (UTC)", "id,text,date/time", "id,text,", "article id,text,source name"],
)
def test_a_header_of_three_names_or_more_may_hold_the_marks_names_hold(header):
    extra = "," if header.endswith(",") else ",x"
    data = f'{header}\nA,"{GOOD}"{extra}\nB,"{GOOD}"{extra}\n'.encode()
    assert [r[1] for r in _read(data, "auto")] == [GOOD, GOOD]


@pytest.mark.parametrize("header", ["article id,text", "story id,text", "text,source name", "article id\ttext"])
def test_a_header_of_two_names_of_several_words_is_sniffed(header):
    # a CSV with "article id,text" on stdin was scored as one article (a new user's find):
    # no space after the delimiter, and a first row of as many fields
    sep = "\t" if "\t" in header else ","
    first, _ = header.split(sep)
    rows = [f'A{sep}"{GOOD}"', f'B{sep}"{GOOD}"'] if first != "text" else [f'"{GOOD}"{sep}Wire', f'"{GOOD}"{sep}Post']
    data = "\n".join([header, *rows, ""]).encode()
    assert [r[1] for r in _read(data, "auto")] == [GOOD, GOOD]


@pytest.mark.parametrize("prose", ["text, then silence", "text, not calls"])
def test_two_column_prose_opening_on_text_stays_one_article(prose):
    data = f"{prose}\nThe minister spoke, then left.\nReporters waited, then went home.\n".encode()
    assert [r[0] for r in _read(data, "auto")] == ["-"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_json_files_in_utf16_or_utf32_with_their_mark_are_read(tmp_path, encoding):
    lines = tmp_path / "v.jsonl"
    lines.write_bytes("".join(json.dumps({"id": k, "text": GOOD}) + "\n" for k in "ab").encode(encoding))
    doc = tmp_path / "v.json"
    doc.write_bytes(json.dumps([{"id": k, "text": GOOD} for k in "ab"]).encode(encoding))
    assert [(r.id, r.error) for r in read_records([str(lines), str(doc)])] == [("a", None), ("b", None)] * 2


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_a_title_and_kept_fields_are_read_in_every_encoding(tmp_path, encoding):
    # a UTF-16 .jsonl was re-read without its title and kept fields (a reader's find)
    path = tmp_path / "t.jsonl"
    path.write_bytes((json.dumps({"id": "a", "head": "Council votes", "desk": "city", "text": GOOD}) + "\n").encode(encoding))
    (record,) = read_records([str(path)], title_column="head", keep_columns=["desk"])
    assert (record.title, record.extra) == ("Council votes", {"desk": "city"})


def test_a_byte_order_mark_alone_on_the_first_line_is_a_blank_line(tmp_path):
    data = b"\xef\xbb\xbf\n" + json.dumps({"id": "a", "text": GOOD}).encode() + b"\n"
    assert _read(data, "auto") == [("a", GOOD, None)]
    path = tmp_path / "b.jsonl"
    path.write_bytes(data)
    assert [r.id for r in read_records([str(path)])] == ["a"]
    for mark in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xef\xbb\xbf\r\n\r\n"):
        csv_path = tmp_path / "mark.csv"
        csv_path.write_bytes(mark)
        assert holds_no_records(str(csv_path))


def test_json_lines_with_old_mac_line_ends_are_one_record_a_line(tmp_path):
    data = b"\r".join(json.dumps({"id": k, "text": GOOD}).encode() for k in "ab") + b"\r"
    path = tmp_path / "cr.jsonl"
    path.write_bytes(data)
    assert [(r.id, r.error) for r in read_records([str(path)])] == [("a", None), ("b", None)]
    assert [r[0] for r in _read(data, "auto")] == ["a", "b"]
    # a carriage return as whitespace inside one object leaves it whole
    path.write_bytes(b'{"id": "c",\r "text": "' + GOOD.encode() + b'"}\n')
    assert [r.id for r in read_records([str(path)])] == ["c"]


def _jsonl_gz(n: int) -> tuple[bytes, bytes]:
    lines = b"".join(json.dumps({"id": f"a{i}", "text": f"{GOOD} {i}"}).encode() + b"\n" for i in range(n))
    return lines, gzip.compress(lines)


def test_a_cut_gzipped_jsonl_file_keeps_every_whole_line_before_the_cut(tmp_path):
    # gzip.open raised on the cut before handing over the lines it held decompressed: a
    # small file cut in its last line lost every record
    _, data = _jsonl_gz(3)
    # the shortest cut that holds two whole lines
    cut = next(k for k in range(len(data)) if zlib.decompressobj(wbits=31).decompress(data[:k]).count(b"\n") == 2)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[:cut])
    got = [(r.id, r.error) for r in read_records([str(path)])]
    assert [rid for rid, _ in got[:2]] == ["a0", "a1"] and all(e is None for _, e in got[:2])
    assert len(got) == 3 and got[2][0] == str(path) and "ended before the end-of-stream" in got[2][1]


def test_gzipped_jsonl_members_one_after_another_and_padding_read_as_one_stream(tmp_path):
    _, data = _jsonl_gz(2)
    path = tmp_path / "joined.jsonl.gz"
    path.write_bytes(data + gzip.compress(json.dumps({"id": "b", "text": GOOD}).encode()) + b"\0" * 8)
    assert [(r.id, r.error) for r in read_records([str(path)])] == [("a0", None), ("a1", None), ("b", None)]


def test_corrupt_gzipped_jsonl_is_one_error_record_that_says_so(tmp_path):
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(b"this is no gzip data\n")
    got = [(r.id, r.error) for r in read_records([str(path)])]
    assert len(got) == 1 and got[0][0] == str(path) and "corrupt gzip data" in got[0][1]


def _shortest_cut_with(data: bytes, lines: int) -> bytes:
    """``data`` (gzip) cut at the first byte from which ``lines`` whole lines decompress."""
    return data[: next(k for k in range(len(data)) if zlib.decompressobj(wbits=31).decompress(data[:k]).count(b"\n") >= lines)]


def test_every_gzipped_input_cut_short_keeps_its_records_before_the_cut(tmp_path):
    # only .jsonl.gz files kept them; stdin, a sniffed file, a JSON array and UTF-16
    # JSON Lines lost every record (a second reviewer's finds)
    lines = b"".join(json.dumps({"id": f"a{i}", "text": f"{GOOD} {i}"}).encode() + b"\n" for i in range(4))
    cut = _shortest_cut_with(gzip.compress(lines), 3)
    got = _read(cut, "auto")
    assert [rid for rid, _, _ in got] == ["a0", "a1", "a2", "-"] and "to its end" in got[-1][2]
    sniffed = tmp_path / "feed.data.gz"
    sniffed.write_bytes(cut)
    assert [r.id for r in read_records([str(sniffed)])] == ["a0", "a1", "a2", str(sniffed)]
    array = b"[\n" + b",\n".join(json.dumps({"id": f"j{i}", "text": GOOD}).encode() for i in range(4)) + b"\n]\n"
    cut_array = tmp_path / "items.json.gz"
    cut_array.write_bytes(_shortest_cut_with(gzip.compress(array), 3))
    got = [(r.id, r.error) for r in read_records([str(cut_array)])]
    # the cut is one error, where the array breaks (it had been two: the break and the cut)
    assert [rid for rid, e in got if e is None] in (["j0", "j1"], ["j0", "j1", "j2"])
    assert [e for _, e in got if e is not None] == [got[-1][1]] and "to its end" in got[-1][1]
    assert got[-1][0] == f"{cut_array}:{len(got)}"
    wide = tmp_path / "wide.jsonl.gz"
    utf16 = lines.decode().encode("utf-16")
    wide.write_bytes(_shortest_cut_with(gzip.compress(utf16), 3))
    got = [(r.id, r.error) for r in read_records([str(wide)])]
    assert [rid for rid, e in got if e is None][:2] == ["a0", "a1"] and got[-1][1] is not None


def test_a_cut_gzipped_json_array_on_one_line_keeps_its_whole_items(tmp_path):
    # json.dumps writes an array on one line: with no whole line before the cut, every
    # item was lost (a reviewer's find); a file, a sniffed file and stdin alike
    words = GOOD.split()
    # texts that differ, so half the compressed bytes hold several whole items
    items = [{"id": f"j{i}", "text": " ".join(words[(i * k) % len(words)] + str(k * i) for k in range(60))} for i in range(20)]
    data = gzip.compress(json.dumps(items).encode())
    cut = data[: len(data) // 2]
    for name in ("items.json.gz", "items.data.gz"):
        path = tmp_path / name
        path.write_bytes(cut)
        got = [(r.id, r.error) for r in read_records([str(path)])]
        whole = [rid for rid, e in got if e is None]
        assert len(whole) >= 3 and whole == [f"j{i}" for i in range(len(whole))]
        assert len(got) == len(whole) + 1 and "breaks at item" in got[-1][1]
    got = _read(cut, "auto")
    assert [rid for rid, _, _ in got[:3]] == ["j0", "j1", "j2"] and "gzipped stdin" in got[-1][2]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_cut_wide_gzipped_jsonl_file_gives_only_its_whole_lines_and_the_cut(tmp_path, encoding):
    # a cut right after the first byte of a two-byte "\n" left half a character, and
    # the line before it was reported as not UTF-8 besides the cut (a reviewer's find)
    lines = "".join(json.dumps({"id": f"a{i}", "text": f"{GOOD} {i} €"}) + "\n" for i in range(5))
    mark = {"utf-16-be": "\ufeff"}.get(encoding, "")
    data = gzip.compress((mark + lines).encode(encoding))
    path = tmp_path / "wide.jsonl.gz"
    for k in range(len(data) // 2, len(data) - 8):
        path.write_bytes(data[:k])
        got = [(r.id, r.error) for r in read_records([str(path)])]
        whole = [rid for rid, e in got if e is None]
        assert whole == [f"a{i}" for i in range(len(whole))]
        assert [e for _, e in got if e is not None] == [got[-1][1]] and "end-of-stream" in got[-1][1]


def test_a_cut_gzipped_article_is_one_error_not_half_an_article():
    text = (GOOD + " ") * 400
    data = gzip.compress(text.encode())
    got = _read(data[: len(data) // 2], "auto")
    assert len(got) == 1 and got[0][1] is None and "gzipped stdin" in got[0][2]


def test_a_text_file_with_a_stray_nul_byte_is_read_as_a_json_field_with_one_is(tmp_path):
    # a tester's find: three NUL bytes in a .txt refused it as binary, where the same text
    # in a JSONL field was scored; UTF-16 without its mark is still refused, saying why
    stray = tmp_path / "stray.txt"
    stray.write_bytes((GOOD + "\x00 " + GOOD + "\x00\x00\n").encode())
    (record,) = read_records([str(stray)])
    assert record.error is None and record.text.count("\x00") == 3
    wide = tmp_path / "wide.txt"
    wide.write_bytes(GOOD.encode("utf-16-le"))
    (record,) = read_records([str(wide)])
    assert record.text is None and "NUL bytes" in record.error
    # ... and in a JSON Lines line, a stray NUL is that line's fault, named as such
    lines = tmp_path / "stray.jsonl"
    lines.write_bytes(b'{"id": "a", "text": "' + GOOD.encode() + b'\x00"}\n' + json.dumps({"id": "b", "text": GOOD}).encode() + b"\n")
    got = list(read_records([str(lines)]))
    assert "a NUL byte in it" in got[0].error and "UTF-16" not in got[0].error and got[1].error is None


def test_a_binary_file_is_named_so_and_never_scored_under_another_encoding(tmp_path):
    # a tester's find: compressed data was "invalid UTF-8 ... name its encoding", and
    # named so (--encoding latin-1) it was scored; a program's NUL bytes were told to
    # name utf-16-le
    import random

    rng = random.Random(7)
    program = bytes(rng.choice([0, 0, 1, 2, 72, 137, 232, 255, 15, 5]) for _ in range(4000))
    files = {"archive.txt": gzip.compress((GOOD * 40).encode(), mtime=0), "program.txt": program}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        for encoding in (None, "latin-1"):
            (record,) = read_records([str(tmp_path / name)], encoding=encoding)
            assert record.text is None and record.error.startswith("binary file"), (name, record.error)
            assert "not text; a compressed file, an image or a program?" in record.error
            assert "--encoding" not in record.error


@pytest.mark.parametrize(
    "head, named",
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),  # a binary comment line
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "a PDF document"),  # all ASCII
        # ... after a byte-order mark, white space or a line of junk (a sibling tester's)
        (b"\xef\xbb\xbf%PDF-1.4\n1 0 obj << >> endobj\n", "a PDF document"),
        (b"\n\njunk\n%PDF-1.4\n1 0 obj << >> endobj\n", "a PDF document"),
        (b"  {\\rtf1\\ansi\\deff0 ", "an RTF document"),
        (b"{\\rtf1\\ansi\\deff0 ", "an RTF document"),
        (b"%!PS-Adobe-3.0\n", "a PostScript document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
    ],
)
@pytest.mark.parametrize("suffix", [".txt", ".html", "", ".csv", ".jsonl"])
def test_a_document_format_is_named_and_never_scored_as_prose(tmp_path, head, named, suffix):
    # a tester's find: a PDF of ASCII was scored as an article, and one with a binary
    # comment line was told to name its encoding, which then scored its source
    path = tmp_path / f"report{suffix}"
    path.write_bytes(head + (GOOD + "\n").encode() * 5)
    for encoding in (None, "latin-1"):
        (record,) = read_records([str(path)], encoding=encoding)
        assert record.text is None and record.error.startswith(named), record.error
        assert "extract its text first" in record.error and "--encoding" not in record.error
    (record,) = read_records(["-"], stdin=io.BytesIO(path.read_bytes()))
    assert record.text is None and record.error.startswith(named)


def test_text_with_stray_control_bytes_is_no_binary_file(tmp_path):
    # a reviewer's finds: an old file padded to a block with ^Z, a short text with a
    # few stray controls, and an HTML fragment with them were refused as binary
    body = b"The council approved the budget on Tuesday, officials said.\r\n" * 20
    padded = tmp_path / "old.txt"
    padded.write_bytes(body + b"\x1a" * (128 - len(body) % 128))
    short = tmp_path / "short.txt"
    short.write_bytes(b"It\x19s the mayor\x19s plan, and we don\x19t like it. They\x19re angry.")
    for path in (padded, short):
        for encoding in (None, "cp437"):
            (record,) = read_records([str(path)], encoding=encoding)
            assert record.error is None, (path.name, encoding, record.error)
    paragraphs = ["The council voted on Tuesday to approve the budget.", "Officials said it would be reviewed."]
    fragment = tmp_path / "f.html"
    fragment.write_bytes("".join(f"<p>{p}</p>\n" for p in paragraphs).encode() + b"\x1a" * 5)
    (record,) = read_records([str(fragment)])
    assert record.text.startswith(paragraphs[0] + "\n\n" + paragraphs[1])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_text_without_its_mark_names_its_own_encoding(tmp_path, encoding):
    # a second tester's find: UTF-16BE and UTF-32 were told to name utf-16-le
    path = tmp_path / "wide.txt"
    path.write_bytes(GOOD.encode(encoding))
    (record,) = read_records([str(path)])
    assert record.text is None and f"--encoding {encoding}" in record.error
    (record,) = read_records([str(path)], encoding=encoding)
    assert record.error is None and record.text == GOOD


def test_utf16_jsonl_without_its_byte_order_mark_says_how_to_read_it(tmp_path):
    # each line had read as "malformed JSON", where a .txt in the same state is told to
    # re-encode (a reviewer's find)
    lines = "".join(json.dumps({"id": f"a{i}", "text": GOOD}) + "\n" for i in range(3))
    path = tmp_path / "wide.jsonl"
    path.write_bytes(lines.encode("utf-16-le"))
    errors = [r.error for r in read_records([str(path)])]
    assert len(errors) == 3 and all("NUL bytes" in e and "re-encode it as UTF-8" in e for e in errors)
    # ... with letters outside ASCII too (a UTF-8 decoding error came first there)
    path.write_bytes(lines.replace("Monday", "lundi, £5").encode("utf-16-le"))
    errors = [r.error for r in read_records([str(path)])]
    assert len(errors) == 3 and all("NUL bytes" in e for e in errors)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_a_byte_lost_in_wide_jsonl_costs_its_line_alone(tmp_path, encoding, line_end):
    # decoded whole, every character after the lost byte was misread, and the lines
    # after it merged into one with no record of their own (a reviewer's find)
    lines = "".join(json.dumps({"id": f"a{i}", "text": f"{GOOD} {i}"}) + line_end for i in range(4))
    data = lines.encode(encoding)
    middle = data.index("Monday".encode(f"{encoding}-le"), len(data) // 3)  # in line 2
    path = tmp_path / "wide.jsonl"
    path.write_bytes(data[:middle] + data[middle + 1 :])
    got = [(r.id, r.error) for r in read_records([str(path)])]
    assert [rid for rid, _ in got] == ["a0", f"{path}:2", "a2", "a3"]
    assert got[1][1] is not None and all(e is None for i, (_, e) in enumerate(got) if i != 1)
    # an intact file reads every line
    path.write_bytes(data)
    assert [(r.id, r.error) for r in read_records([str(path)])] == [(f"a{i}", None) for i in range(4)]



@pytest.mark.parametrize("encoding", ["utf-16-be", "utf-16-le", "utf-32-be"])
def test_a_cut_wide_gzipped_json_array_keeps_its_whole_items(tmp_path, encoding):
    # the bytes past the last whole line are of another encoding than the UTF-8 the
    # lines are read as: appended to them, a big-endian array lost every item
    words = (GOOD + " € mañana").split()
    items = [{"id": f"j{i}", "text": " ".join(words[(i * k) % len(words)] for k in range(80))} for i in range(12)]
    text = "\ufeff[\n" + ",\n".join(json.dumps(x, ensure_ascii=False) for x in items) + "\n]\n"
    data = gzip.compress(text.encode(encoding))
    path = tmp_path / "wide.json.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    got = [(r.id, r.error) for r in read_records([str(path)])]
    whole = [rid for rid, e in got if e is None]
    assert len(whole) >= 3 and whole == [f"j{i}" for i in range(len(whole))]
    assert len(got) == len(whole) + 1 and "to its end" in got[-1][1]


@pytest.mark.parametrize("name", ["t.jsonl.gz", "t.data.gz", "t.json.gz"])
def test_a_gzip_cut_in_its_trailer_keeps_a_last_line_that_parses(tmp_path, name):
    # with no final line break, the last record was lost with the 8-byte trailer
    lines = "\n".join(json.dumps({"id": f"a{i}", "text": GOOD}) for i in range(3))
    path = tmp_path / name
    path.write_bytes(gzip.compress(lines.encode())[:-8])
    got = [(r.id, r.error) for r in read_records([str(path)])]
    assert [rid for rid, e in got if e is None] == ["a0", "a1", "a2"]
    assert len(got) == 4 and "end-of-stream" in got[-1][1]
    one = tmp_path / "one.json.gz"  # a single object, on one line
    one.write_bytes(gzip.compress(json.dumps({"id": "o", "text": GOOD}).encode())[:-8])
    assert [r.id for r in read_records([str(one)]) if r.error is None] == ["o"]


def test_a_byte_lost_in_a_wide_jsonl_line_of_a_string_costs_that_line_alone(tmp_path):
    lines = [json.dumps({"id": "a0", "text": GOOD}), json.dumps(GOOD + " Tuesday"), json.dumps({"id": "a2", "text": GOOD})]
    data = ("\n".join(lines) + "\n").encode("utf-16")
    middle = data.index("Tuesday".encode("utf-16-le"))
    path = tmp_path / "wide.jsonl"
    path.write_bytes(data[:middle] + data[middle + 1 :])
    got = [(r.id, r.error) for r in read_records([str(path)])]
    assert [rid for rid, _ in got] == ["a0", f"{path}:2", "a2"] and got[1][1] is not None


def test_ids_without_an_id_field_say_where_the_record_stands(tmp_path):
    # JSON Lines: the file's line, blank lines counted (the error names the same line)
    got = _read(f'{{"text": "{GOOD}"}}\n\n{{"text": 5}}\nnot json\n'.encode(), "jsonl")
    assert [rid for rid, _, _ in got] == ["-:1", "-:3", "-:4"]
    assert "line 4" in got[2][2]
    # CSV: the data row as pandas reads it (header and blank lines not counted, a quoted
    # line break inside its row)
    data = f'text\n\n"{GOOD}"\n"two\nlines"\n\n""\n'.encode()
    got = _read(data, "csv")
    assert [rid for rid, _, _ in got] == ["-:1", "-:2", "-:3"]
    path = tmp_path / "rows.csv"
    path.write_bytes(data)
    frame = pd.read_csv(path, keep_default_na=False)
    assert [frame["text"].iloc[int(rid.split(":")[1]) - 1] for rid, _, _ in got] == [
        text for _, text, _ in got
    ]
    # a JSON array: the item; Parquet: the row
    got = _read(f'[{{"text": "{GOOD}"}}, {{"id": "b", "text": "x"}}, {{"text": ""}}]'.encode(), "json")
    assert [rid for rid, _, _ in got] == ["-:1", "b", "-:3"]
    pd.DataFrame({"text": [GOOD, "", GOOD]}).to_parquet(tmp_path / "rows.parquet")
    got = [r.id for r in read_records([str(tmp_path / "rows.parquet")])]
    assert got == [f"{tmp_path / 'rows.parquet'}:{n}" for n in (1, 2, 3)]


def test_a_named_input_format_is_a_txt_files_not_a_jsonl_or_csvs(tmp_path):
    # a new user's find: "page.txt --input-format html" read the tags as words, and
    # JSON Lines in a .txt was one article, the flag passed over in silence
    page = tmp_path / "page.txt"
    page.write_text(f"<html><body><nav>Home | News</nav><article><p>{GOOD}</p></article></body></html>")
    (as_html,) = read_records([str(page)], input_format="html")
    assert GOOD in as_html.text and "<" not in as_html.text
    feed = tmp_path / "feed.txt"
    feed.write_text(json.dumps({"text": GOOD}) + "\n" + json.dumps({"id": "b", "text": GOOD}) + "\n")
    assert [(r.id, r.text) for r in read_records([str(feed)], input_format="jsonl")] == [
        (f"{feed}:1", GOOD), ("b", GOOD)
    ]
    # a reviewer's find: one flag for a page among feeds made each feed one article,
    # its records lost; an extension that names a layout keeps it, and says so
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"text": GOOD}) + "\n" + json.dumps({"text": GOOD}) + "\n")
    table = tmp_path / "rows.csv"
    table.write_text(f'text\n"{GOOD}"\n"{GOOD}"\n')
    got = [r.id for r in read_records([str(page), str(rows), str(table)], input_format="html")]
    assert got == [str(page), f"{rows}:1", f"{rows}:2", f"{table}:1", f"{table}:2"]
    assert kept_by_extension(str(rows), "html") == "jsonl"
    assert kept_by_extension(str(table), "csv") is None  # the flag agrees
    assert kept_by_extension(str(page), "html") is None and kept_by_extension("-", "csv") is None
    assert kept_by_extension(str(rows), "auto") is None
    # Excel's "Unicode Text" table saved as .txt is one article when text is asked for
    excel = tmp_path / "excel.txt"
    excel.write_bytes(f"id\ttext\n1\t{GOOD}\n2\t{GOOD}\n".encode("utf-16"))
    assert len(list(read_records([str(excel)]))) == 2
    assert [r.id for r in read_records([str(excel)], input_format="text")] == [str(excel)]


def test_a_text_field_in_other_letter_case_is_named_in_the_error(tmp_path):
    # "Text" as pandas wrote it was an error naming the fields only (a new user's find);
    # it is not taken silently: a file may hold "text" and "Text" both
    path = tmp_path / "cased.csv"
    path.write_text(f'id,Text\n1,"{GOOD}"\n', encoding="utf-8")
    (record,) = read_records([str(path)])
    assert record.text is None and "'Text' differs from 'text' only in letter case" in record.error
    both = tmp_path / "both.csv"
    both.write_text(f'id,Text,TEXT\n1,"{GOOD}","{GOOD}"\n', encoding="utf-8")
    assert "letter case" not in next(iter(read_records([str(both)]))).error


def test_a_blank_id_is_missing_on_every_reader(tmp_path):
    # a new user's find: a JSONL record's "id": "" kept "", a CSV's empty field was
    # named by its row, as the docs say both are
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "", "text": "t"}) + "\n" + json.dumps({"id": "  ", "text": "u"}) + "\n")
    assert [r.id for r in read_records([str(path)])] == [f"{path}:1", f"{path}:2"]
    csv = tmp_path / "a.csv"
    csv.write_text('id,text\n,"t"\n')
    assert [r.id for r in read_records([str(csv)])] == [f"{csv}:1"]


def test_stdin_taken_for_json_lines_by_its_first_line_says_how_to_read_it_as_text():
    # a tester's find (2026-12-06): an article opening on a JSON object became one
    # error record a line, "malformed JSON", with no word of why or of the way out
    data = b'{"note": "draft"}\nThe council met on Monday and approved the budget.\n'
    records = list(read_records(["-"], stdin=io.BytesIO(data)))
    assert len(records) == 2 and "pass --input-format text" in records[1].error
    # named as JSON Lines by the user, it needs no such hint
    named = list(read_records(["-"], stdin=io.BytesIO(data), input_format="jsonl"))
    assert "--input-format" not in named[1].error
    # a feed with a broken line in it is a feed
    feed = b'{"text": "The council met on Monday."}\nbroken\n{"text": "It rained."}\n'
    assert "--input-format" not in list(read_records(["-"], stdin=io.BytesIO(feed)))[1].error
    (text,) = read_records(["-"], stdin=io.BytesIO(data), input_format="text")
    assert text.error is None and text.text.startswith('{"note"')


@pytest.mark.parametrize("depth", [250, 300, 2000])
def test_a_deeply_nested_page_is_read(depth):
    # a tester's find (2026-12-06): past 255 nested elements the parser dropped the
    # text, and the page was "no main text found"
    article = "<p>The council approved the budget on Monday after a long debate, officials said.</p>"
    page = "<html><body>" + "<div>" * depth + article + "</div>" * depth + "</body></html>"
    (record,) = read_records(["-"], stdin=io.BytesIO(page.encode()))
    assert record.error is None and "approved the budget" in record.text


def test_a_page_nested_past_the_parsers_depth_is_an_error_that_says_so():
    from quality.io import MAX_HTML_DEPTH

    n = MAX_HTML_DEPTH + 100
    page = "<html><body>" + "<div>" * n + "<p>The council met on Monday.</p>" + "</div>" * n + "</body></html>"
    (record,) = read_records(["-"], stdin=io.BytesIO(page.encode()))
    assert record.text is None and "nests its elements more than 2,048 deep" in record.error


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".txt", ".csv.gz"])
def test_an_input_in_windows_1252_is_read_with_its_encoding_named(tmp_path, suffix):
    # a tester's find (2026-12-06): a spreadsheet's CSV in Windows-1252 lost every row
    # holding a curly quote ("invalid UTF-8"), and there was no way to read it
    import gzip
    import json as json_module

    text = "The mayor said the bridge was \u201cready\u201d \u2013 and it opened on Monday."
    if suffix.startswith(".csv"):
        body = f'id,text\r\na1,"{text}"\r\n'
    elif suffix == ".jsonl":
        body = json_module.dumps({"id": "a1", "text": text}, ensure_ascii=False) + "\n"
    else:
        body = text + "\n"
    data = body.encode("windows-1252")
    path = tmp_path / f"in{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    plain = list(read_records([str(path)]))
    assert plain[0].error is not None and "--encoding" in plain[0].error
    (record,) = read_records([str(path)], encoding="cp1252")
    assert record.error is None and record.text.strip() == text


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".txt"])
def test_utf_8_with_stray_windows_1252_bytes_is_read_with_the_mixed_encoding_named(tmp_path, suffix):
    # a tester's find (2026-12-07): named windows-1252 as the error advised, such a
    # file's sound UTF-8 read as mojibake ("â€”"), charged as the page's own damage
    sound = "The council\u2019s budget \u2014 approved on Monday \u2014 rose, the mayor said."
    data = (sound + " Caf").encode("utf-8") + b"\xe9 \x93open\x94."
    text = sound + " Caf\u00e9 \u201copen\u201d."
    if suffix == ".csv":
        data = b'id,text\r\na1,"' + data + b'"\r\n'
    elif suffix == ".jsonl":
        data = b'{"id": "a1", "text": "' + data + b'"}\n'
    path = tmp_path / f"in{suffix}"
    path.write_bytes(data)
    (plain,) = read_records([str(path)])
    assert "--encoding" in plain.error and "utf-8-or-windows-1252" in plain.error
    if suffix == ".txt":  # named first where the file holds sound UTF-8 (a tester's find)
        assert plain.error.endswith("--encoding utf-8-or-windows-1252")
    (record,) = read_records([str(path)], encoding="utf-8-or-windows-1252")
    assert record.error is None and record.text.strip() == text
    # the codec streams too: fed a byte at a time, it reads the same
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8-or-windows-1252")()
    streamed = "".join(decoder.decode(data[i : i + 1]) for i in range(len(data))) + decoder.decode(b"", final=True)
    assert streamed == data.decode("utf-8-or-windows-1252") and text in streamed


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".jsonl", ".json", ".csv.gz"])
def test_a_byte_the_named_encoding_lacks_costs_its_record_alone(tmp_path, suffix):
    # a new user's find (2026-12-07): one byte Windows-1252 does not define (0x81) in
    # row 2 of 3 lost the whole file under --encoding windows-1252, said by byte offset
    import gzip
    import json as json_module

    texts = [f"The mayor said on Monday that bridge {n} \u2013 the old one \u2013 would close." for n in (1, 2, 3)]
    encoded = [t.encode("cp1252") for t in texts]
    encoded[1] = encoded[1].replace(b"bridge 2", b"bridge \x81")
    if suffix == ".json":
        items = [json_module.dumps({"id": f"a{n}", "text": "@"}).encode().replace(b"@", e) for n, e in enumerate(encoded, 1)]
        data = b"[" + b",\n".join(items) + b"]"
    elif suffix == ".jsonl":
        data = b"".join(b'{"id": "a%d", "text": "' % n + e + b'"}\n' for n, e in enumerate(encoded, 1))
    else:
        sep = b"\t" if suffix == ".tsv" else b","
        data = b"id" + sep + b"text\n" + b"".join(b"a%d" % n + sep + e + b"\n" for n, e in enumerate(encoded, 1))
    path = tmp_path / f"in{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    records = list(read_records([str(path)], encoding="cp1252"))
    assert [r.text for r in records[::2]] == [texts[0], texts[2]]
    assert len(records) == 3 and records[1].text is None
    assert "holds byte 0x81, which windows-1252 does not define" in records[1].error
    where = {".json": "item 2 (line 2)", ".jsonl": "line 2"}.get(suffix, "line 3")
    assert records[1].error.startswith(where)
    assert records[1].error.endswith("the byte is damage, or the file is not in windows-1252: name the encoding it is in")


def test_each_record_names_its_own_undefined_byte(tmp_path):
    # a tester's finds: with two bad records, both named the file's first bad line and
    # byte (a JSON array's items, a CSV's rows spanning lines, a file of "\r" line ends)
    texts = [f"Report {n}: the council met on Monday, \u2013 the clerk said, and voted." for n in range(4)]
    encoded = [t.encode("cp1252") for t in texts]
    encoded[1] = encoded[1].replace(b"Monday", b"Mon\x81day")
    encoded[3] = encoded[3].replace(b"Monday", b"Mon\x9dday")
    array = tmp_path / "a.json"
    array.write_bytes(b"[\n" + b",\n".join(b'{"id": "a%d", "text": "' % n + e + b'"}' for n, e in enumerate(encoded)) + b"\n]")
    got = [r.error for r in read_records([str(array)], encoding="cp1252")]
    assert got[0] is None and got[2] is None
    assert got[1].startswith("item 2 (line 3) holds byte 0x81, which windows-1252 does not define: the byte is damage")
    assert got[3].startswith("item 4 (line 5) holds byte 0x9D")
    # rows of two lines each: the bad bytes are on each row's second line
    table = b"id,text\n" + b"".join(b'a%d,"%s\nsecond line"\n' % (n, e) for n, e in enumerate(encoded))
    for ending in (b"\n", b"\r\n", b"\r"):
        path = tmp_path / "t.csv"
        path.write_bytes(table.replace(b"\n", ending))
        got = [r.error for r in read_records([str(path)], encoding="cp1252")]
        assert got[1].startswith("line 4 holds byte 0x81") and got[3].startswith("line 8 holds byte 0x9D"), ending


def test_bytes_a_named_encoding_lacks_lose_no_other_record_in_any_layout(tmp_path):
    # a reviewer's finds: JSON Lines saved as .json kept its first record only; a page
    # read its marked bytes as lxml guessed; a UTF-16 file with its mark lost the lines
    # after a lost code unit; a line of NUL bytes took another line's byte as its own
    lines = [json.dumps({"id": f"a{n}", "text": GOOD}).encode() for n in range(1, 6)]
    lines[2] = lines[2].replace(b"Officials", b"Offi\x81cials")
    path = tmp_path / "lines.json"
    path.write_bytes(b"\n".join(lines) + b"\n")
    got = [(r.id, r.error) for r in read_records([str(path)])]
    assert [rid for rid, _ in got] == ["a1", "a2", f"{path}:3", "a4", "a5"] and got[2][1].startswith("not UTF-8 on line 3")
    page = tmp_path / "p.html"
    page.write_bytes(b"<html><body><p>Caf\xe9 \x81 prices rose on Monday, officials said.</p></body></html>")
    (record,) = read_records([str(page)], encoding="cp1252")
    assert record.text is None and record.error.startswith("line 1 holds byte 0x81, which windows-1252 does not define")
    wide = [(json.dumps({"id": f"a{n}", "text": GOOD}) + "\n").encode("utf-16-le") for n in range(5)]
    wide[1] = wide[1][:11] + wide[1][12:]
    path = tmp_path / "wide.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + b"".join(wide))
    got = [(r.id, r.error) for r in read_records([str(path)], encoding="cp1252")]
    assert [rid for rid, _ in got] == ["a0", f"{path}:2", "a2", "a3", "a4"]
    assert got[1][1] == "invalid UTF-16 on line 2: re-encode the file as UTF-8"
    rows = [json.dumps({"id": f"a{n}", "text": GOOD}).encode() for n in range(3)]
    path = tmp_path / "nul.jsonl"
    path.write_bytes(rows[0] + b"\n" + rows[1].replace(b"Officials", b"Offi\x81cials") + b"\nnot json\n" + rows[2] + b"\n")
    got = [r.error or "" for r in read_records([str(path)], encoding="cp1252")]
    assert got[1].startswith("line 2 holds byte 0x81") and got[2].startswith("malformed JSON on line 3")


def test_a_multi_byte_encoding_names_the_bytes_it_lacks():
    data = "東京の会議は月曜日に開かれた、と市は述べた。".encode("shift_jis")
    data = data[:6] + b"\xa0" + data[6:] + b"\n"
    (record,) = read_records(["-"], stdin=io.BytesIO(data), input_format="text", encoding="shift_jis")
    assert record.error.startswith("line 1 holds byte 0xA0, which shift_jis does not define: the byte is damage")
    assert "utf-8-or-windows-1252" not in record.error  # beside the point for Shift-JIS


def test_a_lost_code_unit_in_utf_16_jsonl_is_said_in_utf_16(tmp_path):
    # a tester's find: it named a UTF-8 byte that is not in the file
    lines = [json.dumps({"id": f"a{n}", "text": GOOD}) + "\n" for n in range(3)]
    data = b"".join(line.encode("utf-16-le") for line in lines)
    cut = data.index("a1".encode("utf-16-le"))
    path = tmp_path / "wide.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + data[:cut] + b"\x00\xdc" + data[cut:])
    got = [(r.id, r.error) for r in read_records([str(path)])]
    assert got[0] == ("a0", None) and got[2] == ("a2", None)
    assert got[1][1] == "invalid UTF-16 on line 2: re-encode the file as UTF-8"


def test_utf_8_read_under_a_named_encoding_that_lacks_its_bytes_is_told_to_drop_it():
    # a new user's find: UTF-8's closing quotation mark holds 0x9D, which Windows-1252
    # does not define; the file reads as UTF-8, and the error says to leave the name out
    data = "The mayor said \u201cno\u201d on Monday, and the council agreed.\n".encode()
    (record,) = read_records(["-"], stdin=io.BytesIO(data), input_format="text", encoding="cp1252")
    assert record.error == "line 1 holds byte 0x9D, which windows-1252 does not define: the file reads as UTF-8: leave --encoding out"


def test_a_utf_8_file_read_in_another_named_encoding_carries_a_note(tmp_path):
    # a reviewer's find: a UTF-8 file named windows-1252 with no byte that encoding lacks
    # was read whole as mojibake ("â€™" for "’") and scored as damage, unsaid
    rows = [{"id": "a", "text": "The mayor’s café opened."}, {"id": "b", "text": "Plain words only."}]
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    path = tmp_path / "in.jsonl"
    path.write_bytes(lines.encode("utf-8"))
    notes = {r.read_note for r in read_records([str(path)], encoding="cp1252")}
    assert notes == {
        f"{path} reads as UTF-8, yet was read as windows-1252 (--encoding): its characters beyond ASCII "
        "were likely read wrong (’ as â€™) and scored as damage; give --encoding "
        "utf-8-or-windows-1252 (UTF-8 and Windows-1252 alike), or leave it out if every input is UTF-8"
    }
    # ... and one of UTF-8 with a stray Windows-1252 byte (a reviewer's find: no note)
    path.write_bytes((lines * 3).encode("utf-8").replace(b"Plain", b"Plain\x92s", 1))  # 15 of 16 such bytes
    (note,) = {r.read_note for r in read_records([str(path)], encoding="cp1252")}
    assert note.startswith(f"{path} reads as UTF-8 but for 1 stray byte, yet was read as windows-1252")
    path.write_bytes(lines.encode("utf-8"))
    (note,) = {r.read_note for r in read_records([str(path)], encoding="latin-1")}
    assert "was read as iso-8859-1 (--encoding)" in note  # as people write it
    # read right: as UTF-8, by the encoding that falls back to it, or a file truly in
    # Windows-1252, or one of ASCII alone
    assert {r.read_note for r in read_records([str(path)])} == {None}
    assert {r.read_note for r in read_records([str(path)], encoding="utf-8-or-windows-1252")} == {None}
    path.write_bytes(lines.encode("cp1252"))
    assert {r.read_note for r in read_records([str(path)], encoding="cp1252")} == {None}
    path.write_bytes(json.dumps(rows[1]).encode() + b"\n")
    assert {r.read_note for r in read_records([str(path)], encoding="cp1252")} == {None}


@pytest.mark.parametrize("opening", ["[", "{\"a\": "])
def test_a_json_array_item_nested_too_deeply_loses_only_itself(tmp_path, opening):
    # a tester's find: one such item was "JSON nested too deeply to read" for the whole
    # array, and every record in it was lost (in JSONL only its line is)
    closing = "]" if opening == "[" else "}"
    deep = opening * 5000 + "1" + closing * 5000
    items = [{"id": "d0", "text": GOOD}, f'{{"id": "d1", "text": "x", "meta": {deep}}}', {"id": "d2", "text": GOOD}]
    data = "[" + ", ".join(i if isinstance(i, str) else json.dumps(i) for i in items) + "]"
    path = tmp_path / "deep.json"
    path.write_text(data, encoding="utf-8")
    got = [(r.id, r.text is not None, r.error) for r in read_records([str(path)])]
    assert got == [("d0", True, None), (f"{path}:2", False, "item 2 is nested too deeply to read"), ("d2", True, None)]
    # ... and as a labeled set: one unreadable row
    from quality.labels import read_labeled

    labeled = tmp_path / "deep_labeled.json"
    labeled.write_text(data.replace('"text": ', '"label": "reliable", "text": '), encoding="utf-8")
    frame = read_labeled([labeled])
    assert list(frame["id"]) == ["d0", "d2"]
    assert frame.attrs["unreadable"] == [f"{labeled}:2: item 2 is nested too deeply to read"]
    # an array that is broken besides is said as before
    path.write_text(data[:-1], encoding="utf-8")
    assert [r.error for r in read_records([str(path)])] == ["JSON nested too deeply to read"]


def test_a_json_array_with_bytes_that_are_not_utf_8_loses_only_their_item(tmp_path):
    # a tester's find: one such byte in item 2 read the array as "item 1 is a JSON
    # array", and every item was lost
    data = b'[{"id": "a1", "text": "' + GOOD.encode() + b'"}, {"id": "a2", "text": "Caf\xe9 owners met."}]'
    path = tmp_path / "in.json"
    path.write_bytes(data)
    first, second = read_records([str(path)])
    assert (first.id, first.text) == ("a1", GOOD)
    assert second.id == "a2" and second.error.startswith("item 2 (line 1) holds bytes that are not UTF-8; re-encode")


def test_an_unknown_encoding_is_a_usage_error_and_utf_8_reads_as_before():
    from quality.errors import UsageError

    with pytest.raises(UsageError, match="Unknown encoding 'klingon'"):
        list(read_records(["-"], stdin=io.BytesIO(b"x"), encoding="klingon"))
    for codec in ("rot13", "base64"):  # codecs, but of no text (a tester's find: a traceback)
        with pytest.raises(UsageError, match="Unknown encoding"):
            list(read_records(["-"], stdin=io.BytesIO(b"x"), encoding=codec))
    # a byte-order mark says what the bytes are, whatever is named
    marked = "Caf\u00e9 owners said so on Monday.".encode("utf-16")
    (utf16,) = read_records(["-"], stdin=io.BytesIO(marked), encoding="windows-1252")
    assert utf16.text == "Caf\u00e9 owners said so on Monday."
    data = GOOD.encode("utf-8")
    (record,) = read_records(["-"], stdin=io.BytesIO(data), encoding="UTF8")
    assert record.text == GOOD
    (latin,) = read_records(["-"], stdin=io.BytesIO("Caf\u00e9 owners said so on Monday.".encode("latin-1")), encoding="latin-1")
    assert latin.text == "Caf\u00e9 owners said so on Monday."


def test_prose_that_names_a_pdf_version_is_text(tmp_path):
    # a sibling tester's find: "%PDF-1.7 is the version ..." opening a .txt was refused
    path = tmp_path / "note.txt"
    path.write_text("%PDF-1.7 is the version most office software writes. " + GOOD, encoding="utf-8")
    (record,) = read_records([str(path)])
    assert record.error is None


def test_a_csv_file_without_a_header_is_told_so(tmp_path):
    # a tester's find: the error quoted a whole article as a field name and did not say
    # the first line was read as the header
    path = tmp_path / "rows.csv"
    path.write_text(f"a1,{GOOD}\na2,{GOOD}\n", encoding="utf-8")
    (record,) = read_records([str(path)])
    assert "give the file a header line" in record.error
    assert f"fields: a1, {GOOD[:39]}…)" in record.error
    # ... a file with a header that lacks the text column is told to name it
    named = tmp_path / "named.csv"
    named.write_text(f"id,body\na1,{GOOD}\n", encoding="utf-8")
    (record,) = read_records([str(named)])
    assert "--text-column" in record.error and "header line" not in record.error

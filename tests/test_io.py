"""Readers: every input record becomes one Record, in input order, and a malformed one
costs itself only."""

from __future__ import annotations

import gzip
import io

import pytest

from quality.io import read_records

GOOD = "Officials said on Monday that the plan was approved."


def _read(data: bytes, fmt: str) -> list[tuple[str, str | None, str | None]]:
    records = read_records(["-"], stdin=io.BytesIO(data), input_format=fmt)
    return [(r.id, r.text, r.error) for r in records]


@pytest.mark.parametrize("sep, fmt", [(",", "csv"), ("\t", "tsv")])
def test_a_ragged_row_costs_only_itself(sep, fmt):
    data = f'id{sep}text\n1{sep}"{GOOD}"\n2\n3{sep}"x"{sep}extra\n4{sep}\n5{sep}{GOOD}\n'.encode()
    got = _read(data, fmt)
    assert [rid for rid, _, _ in got] == ["1", "-:2", "-:3", "4", "5"]
    assert got[0][1:] == (GOOD, None) and got[4][1:] == (GOOD, None)
    assert "line 3 has 1 field, the header has 2" in got[1][2]
    assert "line 4 has 3 fields, the header has 2" in got[2][2]
    assert got[3][1] is None and "missing" in got[3][2]


def test_csv_line_numbers_count_quoted_newlines_and_blank_lines():
    data = f'id,text\n1,"{GOOD}\nsecond line"\n\n2,"a",b\n3,"bad"quote\n4,{GOOD}\n'.encode()
    got = _read(data, "csv")
    assert got[0] == ("1", f"{GOOD}\nsecond line", None)
    assert "line 5 has 3 fields" in got[1][2]
    assert got[2][0] == "-:3" and "line 6" in got[2][2]  # bad quoting: this row only
    assert got[3] == ("4", GOOD, None)


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
    assert got[0] == ("1", None) and got[1][0] == f"{gz}:2" and "1 field" in got[1][1]
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    ((rid, _, error),) = [(r.id, r.text, r.error) for r in read_records([str(empty)])]
    assert rid == str(empty) and "empty" in error
    header = tmp_path / "header.csv"
    header.write_bytes(b"id,text\n")
    assert list(read_records([str(header)])) == []

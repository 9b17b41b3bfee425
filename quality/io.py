"""Readers and writers: every input becomes a stream of Records, in input order.

Inputs are files, directories (recursive, sorted), globs and '-' for stdin: .txt and .md
(one article a file), .html (main text extracted with trafilatura), .jsonl, .csv and
.parquet (one article a row). Readers never raise for a bad record: a Record carries the
reason instead, so one broken line never sinks a batch. Tables are read in chunks, so
memory stays flat however large the input.
"""

from __future__ import annotations

import csv
import glob
import json
import math
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from quality.errors import UsageError

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".parquet", ".pq"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES
#: Texts longer than this many characters are refused with a reason (20 MB of text is
#: a dump, not an article, and would hold a worker for seconds).
DEFAULT_MAX_CHARS = 5_000_000
CHUNK_ROWS = 2_000


@dataclass(slots=True)
class Record:
    """One input article, or the reason it could not be read."""

    id: str
    text: str | None
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Paths in order: directories walked recursively and sorted, globs expanded and
    sorted, '-' kept for stdin. A path that does not exist is kept, to be reported."""
    out: list[str] = []
    for item in inputs:
        if item == "-":
            out.append(item)
        elif os.path.isdir(item):
            found = []
            for root, _dirs, files in os.walk(item):
                found += [
                    os.path.join(root, f) for f in files if Path(f).suffix.lower() in SUFFIXES
                ]
            out += sorted(found)
        elif any(ch in item for ch in "*?[") and not os.path.exists(item):
            out += sorted(glob.glob(item, recursive=True))
        else:
            out.append(item)
    return out


def read_records(
    inputs: Iterable[str],
    *,
    text_column: str = "text",
    id_column: str = "id",
    keep_columns: Iterable[str] = (),
    max_chars: int | None = DEFAULT_MAX_CHARS,
    stdin: IO[bytes] | None = None,
) -> Iterator[Record]:
    """Every record of every input, in order; unreadable ones carry an error."""
    keep = tuple(keep_columns)
    for path in expand_inputs(inputs):
        for record in _read_one(path, text_column, id_column, keep, stdin):
            if record.text is not None and max_chars is not None and len(record.text) > max_chars:
                record = Record(
                    record.id,
                    None,
                    f"text is {len(record.text):,} characters, over the limit of {max_chars:,} "
                    "(raise it with --max-chars)",
                    record.extra,
                )
            yield record


def _read_one(
    path: str, text_column: str, id_column: str, keep: tuple[str, ...], stdin: IO[bytes] | None
) -> Iterator[Record]:
    if path == "-":
        data = (stdin or sys.stdin.buffer).read()
        if data.lstrip()[:1] == b"{":
            yield from _jsonl_lines(data.splitlines(), "-", text_column, id_column, keep)
        else:
            yield _text_record("-", data)
        return
    suffix = Path(path).suffix.lower()
    try:
        if suffix in {".jsonl", ".ndjson"}:
            with open(path, "rb") as fh:
                yield from _jsonl_lines(fh, path, text_column, id_column, keep)
        elif suffix == ".csv":
            yield from _table_chunks(path, "csv", text_column, id_column, keep)
        elif suffix in {".parquet", ".pq"}:
            yield from _table_chunks(path, "parquet", text_column, id_column, keep)
        else:
            with open(path, "rb") as fh:
                data = fh.read()
            if suffix in HTML_SUFFIXES:
                yield _html_record(path, data)
            else:
                yield _text_record(path, data)
    except OSError as exc:
        yield Record(path, None, f"cannot read {path}: {exc.strerror or exc}")


def _decode(data: bytes) -> tuple[str | None, str | None]:
    if b"\x00" in data[:8192]:
        return None, "binary file (NUL bytes), not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return None, f"invalid UTF-8 at byte {exc.start}: re-encode the file as UTF-8"


def _text_record(path: str, data: bytes) -> Record:
    text, error = _decode(data)
    return Record(path, text, error)


def _html_record(path: str, data: bytes) -> Record:
    text, error = _decode(data)
    if error and b"\x00" in data[:8192]:
        return Record(path, None, error)
    try:
        import trafilatura

        # A page in another encoding (windows-1252, latin-1: its <meta charset> says so)
        # goes to trafilatura as bytes, which reads the declared or detected encoding.
        extracted = trafilatura.extract(
            text if text is not None else data, include_comments=False, include_tables=True
        )
    except Exception as exc:  # a parser failure costs this page, not the batch
        return Record(path, None, f"cannot extract the main text from the HTML page: {exc!r}")
    if not extracted:
        return Record(path, None, "no main text found in the HTML page")
    return Record(path, extracted)


def _jsonl_lines(
    lines: Iterable[bytes], path: str, text_column: str, id_column: str, keep: tuple[str, ...]
) -> Iterator[Record]:
    for number, raw in enumerate(lines, start=1):
        rid = f"{path}:{number}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Record(rid, None, f"malformed JSON on line {number}: {exc}")
            continue
        if not isinstance(obj, dict):
            yield Record(rid, None, f"line {number} is a JSON {type(obj).__name__}, not an object")
            continue
        yield _row_record(obj, rid, text_column, id_column, keep)


def _row_record(
    row: dict[str, Any], default_id: str, text_column: str, id_column: str, keep: tuple[str, ...]
) -> Record:
    rid = row.get(id_column)
    rid = default_id if _missing(rid) else str(rid)
    extra = {k: row.get(k) for k in keep}
    if text_column not in row:
        names = ", ".join(map(str, list(row)[:10]))
        return Record(
            rid,
            None,
            f"no '{text_column}' field (fields: {names}); name it with --text-column",
            extra,
        )
    text = row[text_column]
    if _missing(text):
        return Record(rid, None, "text is missing (null or NaN)", extra)
    if not isinstance(text, str):
        return Record(rid, None, f"text is a {type(text).__name__}, not a string", extra)
    return Record(rid, text, None, extra)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _table_chunks(
    path: str, kind: str, text_column: str, id_column: str, keep: tuple[str, ...]
) -> Iterator[Record]:
    if kind == "csv":
        import pandas as pd

        try:
            chunks = pd.read_csv(
                path, chunksize=CHUNK_ROWS, dtype=object, keep_default_na=False, na_values=[""]
            )
        except (ValueError, pd.errors.ParserError) as exc:
            yield Record(path, None, f"cannot parse CSV {path}: {exc}")
            return
        frames = (chunk.to_dict("records") for chunk in chunks)
    else:
        import pyarrow.parquet as pq

        try:
            reader = pq.ParquetFile(path)
        except Exception as exc:  # pyarrow raises several unrelated types for bad files
            yield Record(path, None, f"cannot read Parquet {path}: {exc}")
            return
        frames = (batch.to_pylist() for batch in reader.iter_batches(batch_size=CHUNK_ROWS))
    offset = 0
    try:
        for rows in frames:
            for i, row in enumerate(rows):
                yield _row_record(row, f"{path}:{offset + i + 1}", text_column, id_column, keep)
            offset += len(rows)
    except Exception as exc:  # a corrupt chunk mid-file: report it, keep what was read
        yield Record(f"{path}:{offset + 1}", None, f"cannot read the rest of {path}: {exc}")


# -- writers -------------------------------------------------------------------------

FORMATS = ("jsonl", "csv", "parquet", "table")


def infer_format(path: str | None, explicit: str | None) -> str:
    if explicit:
        if explicit not in FORMATS:
            raise UsageError(f"--format must be one of {', '.join(FORMATS)}. Got {explicit!r}.")
        return explicit
    if path is None or path == "-":
        return "table" if sys.stdout.isatty() else "jsonl"
    suffix = Path(path).suffix.lower()
    by_suffix = {
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".json": "jsonl",
        ".csv": "csv",
        ".parquet": "parquet",
        ".pq": "parquet",
        ".txt": "table",
    }
    if suffix not in by_suffix:
        raise UsageError(
            f"Cannot tell the output format from {path!r}: use a .jsonl, .csv or .parquet "
            "name, or pass --format."
        )
    return by_suffix[suffix]


@contextmanager
def atomic_path(path: str) -> Iterator[str]:
    """A temporary path beside ``path``, renamed onto it only when the block succeeds,
    so an interrupted run never leaves a half-written output."""
    directory = os.path.dirname(os.path.abspath(path)) or "."
    fd, tmp = tempfile.mkstemp(prefix=".quality-", suffix=Path(path).suffix, dir=directory)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


@contextmanager
def open_rows(
    path: str | None, fmt: str, columns: list[str] | None = None, string_columns: Iterable[str] = ()
) -> Iterator[RowWriter]:
    """A RowWriter on ``path`` (None: standard output), closed at the end of the block;
    a file is written beside its target and renamed onto it only if the block succeeds."""
    if path is None:
        writer = RowWriter(sys.stdout, fmt, columns=columns, string_columns=string_columns)
        yield writer
        writer.close()
        return
    with atomic_path(path) as tmp:
        if fmt == "parquet":
            writer = RowWriter(tmp, fmt, columns=columns, string_columns=string_columns)
            yield writer
            writer.close()
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                writer = RowWriter(fh, fmt, columns=columns, string_columns=string_columns)
                yield writer
                writer.close()


class RowWriter:
    """Writes flat rows (dicts) as JSONL, CSV or Parquet, streaming."""

    def __init__(
        self,
        fh_or_path: Any,
        fmt: str,
        batch_rows: int = 1000,
        columns: list[str] | None = None,
        string_columns: Iterable[str] = (),
    ) -> None:
        """``columns`` fixes the column order; for Parquet, ``string_columns`` are strings
        and every other column float64, so a first batch of error rows (all nulls) does
        not fix a null type for the rest."""
        self.fmt = fmt
        self._strings = set(string_columns)
        self.target = fh_or_path
        self.batch: list[dict] = []
        self.batch_rows = batch_rows
        self._csv: csv.DictWriter | None = None
        self._parquet = None
        self._columns: list[str] | None = columns

    def write(self, row: dict) -> None:
        if self.fmt == "jsonl":
            self.target.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            if self._csv is None:
                self._columns = self._columns or list(row)
                self._csv = csv.DictWriter(
                    self.target, fieldnames=self._columns, extrasaction="ignore"
                )
                self._csv.writeheader()
            self._csv.writerow({k: _csv_cell(row.get(k)) for k in self._columns})
        else:
            self.batch.append(row)
            if len(self.batch) >= self.batch_rows:
                self._flush_parquet()

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
        if self.fmt == "parquet":
            self._flush_parquet()
            if self._parquet is not None:
                self._parquet.close()


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value

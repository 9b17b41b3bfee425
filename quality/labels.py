"""Labeled sets: JSONL, JSON, CSV, TSV (each maybe gzipped) or Parquet with a text (or path)
and a label per row.

The project's format (labels/README.md): one JSON object a line with ``id``, ``text`` or
``path`` (relative to the file), ``label`` (``reliable`` or ``unreliable``), and optional
``group``, ``source`` and ``note``. The third-party sets in ../shared/data use the same
shape plus a ``meta`` object. Every row gets a ``corpus`` (the set's directory name for a
file called articles.jsonl, else the file's stem) and a ``group`` for grouped splits.
"""

from __future__ import annotations

import gzip
import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from quality.errors import InputError, UsageError
from quality.io import (
    JSON_TOO_DEEP,
    NOT_UTF8_HINT,
    Record,
    RowFields,
    array_until_break,
    decode_named,
    delimited_rows,
    display_encoding,
    is_missing,
    items_past_deep_ones,
    json_type,
    parse_json,
    read_records,
    text_encoding,
    undecodable_items,
    utf8_misread_note,
)

LABELS = ("reliable", "unreliable")
#: The column of a row that could be read but holds no text field: why, in the words
#: `quality score` uses (absent from a frame whose rows all have one).
READ_ERROR = "read_error"


def corpus_name(path: Path) -> str:
    return path.parent.name if path.stem == "articles" else path.stem


def read_labeled(
    paths: Iterable[str | Path],
    *,
    text_column: str = "text",
    label_column: str = "label",
    id_column: str = "id",
    keep: Iterable[str] = (),
    label_map: Mapping[str, str] | None = None,
    positive_labels: Iterable[str] = (),
    skip_unlabeled: bool = False,
    encoding: str | None = None,
) -> pd.DataFrame:
    """All rows of all files, with columns id, text, label, y, corpus, group, meta, and
    each column named in ``keep`` (taken from the row, or else from its ``meta``).

    Labels are compared stripped and lower-cased and must be 'reliable' or 'unreliable',
    after ``label_map`` (e.g. {"0": "reliable", "1": "unreliable"}); with
    ``positive_labels``, those values mean unreliable and every other non-empty value
    reliable but 'unreliable' itself. A missing or other label raises InputError listing what was found and what
    is accepted, before any text is read.

    A row that cannot be read at all (a JSONL line that is not a JSON object, a CSV row
    with too many fields) is skipped, not fatal: one broken line must not sink a labeled
    set. The skipped rows are listed in ``data.attrs["unreadable"]`` ("file:line:
    reason" strings) for the caller to report. With ``skip_unlabeled``, so is a row
    without a label (its file and id in ``data.attrs["unlabeled"]``); else it raises.
    Notes on how the files were read (a UTF-8 file read in another ``encoding``; a file
    of a named directory left out as no labeled set of articles) are in
    ``data.attrs["read_notes"]``. Missing columns and labels that are neither value raise UsageError: the call must name the columns or map the labels;
    so do a file that does not exist, holds no records or is of another kind (the CLI's
    exit 2: exit 1 is a failed --check gate's). ``encoding``: the files' text encoding
    when it is not UTF-8 (a spreadsheet's windows-1252), as ``quality.io.read_records``
    takes it; each file is decoded whole, and one that is not valid in it is a
    UsageError naming the byte."""
    keep = tuple(keep)
    encoding = text_encoding(encoding)
    mapping = {str(k).strip().lower(): str(v).strip().lower() for k, v in (label_map or {}).items()}
    bad_targets = sorted(set(mapping.values()) - set(LABELS))
    if bad_targets:
        raise InputError(
            f"A label map must map to 'reliable' or 'unreliable'. Got {bad_targets} instead."
        )
    positives = {_as_written(v) for v in positive_labels}
    mapping = {_as_written(k): v for k, v in mapping.items()}
    positive_values: set[str] = set()  # every label read, for the error when none is positive
    frames = []
    unreadable: list[str] = []
    unlabeled: list[str] = []
    read_notes: list[str] = []
    seen: set[Path] = set()
    for path, in_directory in _labeled_files(paths):
        if path.resolve() in seen:
            continue  # a directory and a file in it, both named: its rows once
        seen.add(path.resolve())
        before = len(unreadable)
        try:
            frame = _read_table(path, unreadable, text_column, id_column, encoding, read_notes)
        except UsageError as exc:
            if not in_directory:
                raise
            read_notes.append(f"left out {path}: {exc}")
            continue
        if _is_paragraph_set(frame):
            # labels/ holds the paragraph set beside the article sets: `evaluate labels/`
            # reads the article sets (a new user's find: it failed on the paragraph set)
            if not in_directory:
                raise UsageError(
                    f"{path} holds paragraph labels (doc, start, end, label), not articles' (reliable or "
                    "unreliable): `quality evaluate --paragraphs FILE` reads them, beside a labeled set of articles."
                )
            read_notes.append(f"left out {path}: it holds paragraph labels (`quality evaluate --paragraphs` reads them)")
            continue
        if in_directory and (frame.empty or label_column not in frame.columns):
            # a file beside the labeled sets (evaluate's own metrics.json, a config) is
            # no labeled set: left out and said, not the run's end (a sibling tester's)
            what = "no rows" if frame.empty else f"no {label_column!r} column"
            read_notes.append(f"left out {path}: {what}, so no labeled set")
            continue
        if frame.empty and not len(frame.columns):
            broken = unreadable[before:]
            if broken:  # say why, not "no records" (a tester's find)
                raise UsageError(
                    f"Labeled file {str(path)!r} holds no readable records: {len(broken)} "
                    f"{'row' if len(broken) == 1 else 'rows'} cannot be read (first: {broken[0]})."
                )
            raise UsageError(f"Labeled file {str(path)!r} holds no records.")
        missing = [] if label_column in frame.columns else [label_column]
        if text_column not in frame.columns and "path" not in frame.columns:
            missing.append(text_column)
        if id_column != "id" and (id_column not in frame.columns or frame[id_column].map(_blank).all()):
            # named and absent, or blank on every row: a typo, or the wrong column, named
            # every row by its place, unsaid (new users' finds, 2026-12-07)
            missing.append(id_column)
        if missing:
            raise UsageError(
                f"{path} has no column {missing[0]!r} (columns: {', '.join(map(str, frame.columns))}). "
                "Name the right one with --text-column / --label-column / --id-column."
            )
        # a named column replaces the one of the default name (a file with both "text"
        # and "body", read with --text-column body, had two "text" columns)
        renames = {
            named: default
            for named, default in ((text_column, "text"), (label_column, "label"), (id_column, "id"))
            if named != default and named in frame.columns
        }
        replaced = [c for c in renames.values() if c in frame.columns and c not in renames]
        frame = frame.drop(columns=replaced).rename(columns=renames)
        if "text" not in frame.columns:
            frame["text"] = None
        if "path" in frame.columns:
            # the file a row names, where its text field is missing or empty, read as
            # `quality score` reads it; one that cannot be read is that row's error
            misread: list[str] = []  # article files in UTF-8 read in the named encoding
            read = [
                (t, None) if (isinstance(t, str) and t) or _blank(p) else _text_of_file(path.parent / str(p), encoding, misread)
                for t, p in zip(frame["text"], frame["path"])
            ]
            if misread:
                read_notes.append(
                    f"{len(misread)} article {'file' if len(misread) == 1 else 'files'} named in {path} "
                    f"(first: {misread[0]}) read as UTF-8 but {'was' if len(misread) == 1 else 'were'} read as "
                    f"{display_encoding(encoding)} (--encoding): their "
                    "characters beyond ASCII were likely read wrong and scored as damage; --encoding applies "
                    "to the labeled file and the files its rows name alike: for both UTF-8 and Windows-1252, "
                    "give --encoding utf-8-or-windows-1252"
                )
            frame["text"] = [t for t, _ in read]
            if any(problem for _, problem in read):
                earlier = frame[READ_ERROR] if READ_ERROR in frame.columns else [None] * len(frame)
                frame[READ_ERROR] = [e if isinstance(e, str) else problem for e, (_, problem) in zip(earlier, read)]
        if "id" not in frame.columns:
            frame["id"] = None
        # a row without an id (an empty CSV field, a JSON null) is named by its place,
        # as a file without the column names them all
        frame["id"] = [
            f"{path.name}:{i + 1}" if _blank(v) else v for i, v in enumerate(frame["id"])
        ]
        frame["corpus"] = corpus_name(path)
        if "meta" not in frame.columns:
            frame["meta"] = [{} for _ in range(len(frame))]
        frame["meta"] = [m if isinstance(m, dict) else {} for m in frame["meta"]]
        if skip_unlabeled:
            blank = frame["label"].map(_blank).astype(bool)
            unlabeled += [f"{path.name}: id {i!r}" for i in frame.loc[blank, "id"]]
            frame = frame[~blank].reset_index(drop=True)
        raw_labels = list(frame["label"])
        frame["label"] = [_label(v, mapping, positives) for v in raw_labels]
        if positives:
            positive_values |= {str(v).strip() for v in raw_labels if not _blank(v)}
        wrong = ~frame["label"].isin(LABELS)
        if wrong.any():
            n_bad = int(wrong.sum())
            # the values as written ("NA", not "na"), and the rows that hold them
            values = sorted({"" if _blank(v) else str(v).strip() for v, w in zip(raw_labels, wrong) if w})
            # each cut short: a text column named as the label column quoted whole
            # articles, an 18 KB message (a tester's find)
            shown = ", ".join("(empty)" if b == "" else repr(_cut(b)) for b in values[:8])
            shown += f" and {len(values) - 8} more" if len(values) > 8 else ""
            ids = ", ".join(repr(_cut(str(i))) for i in frame.loc[wrong, "id"][:3])
            more = f" and {n_bad - 3} more" if n_bad > 3 else ""
            if values == [""]:  # no mapping gives a row without a label one
                raise UsageError(
                    f"{path}: every row needs a label, 'reliable' or 'unreliable'; {n_bad} "
                    f"{'row has' if n_bad == 1 else 'rows have'} none (id {ids}{more}). Label or "
                    "drop them (quality evaluate --skip-unlabeled leaves them out and lists them)."
                )
            raise UsageError(
                f"{path}: labels must be 'reliable' or 'unreliable'; {n_bad} "
                f"{'row has another value' if n_bad == 1 else 'rows have other values'}"
                f": {shown} (id {ids}{more}). Map them with --label-map VALUE=LABEL (e.g. "
                "--label-map 0=reliable --label-map 1=unreliable) or name the unreliable value "
                "with --positive-label VALUE; drop rows without a label."
            )
        frame["group"] = [_group(row) for row in frame.to_dict("records")]
        for col in keep:
            if col not in frame.columns:
                frame[col] = [m.get(col) for m in frame["meta"]]
        columns = ["id", "text", "label", "corpus", "group", "meta"]
        columns += [c for c in ("source", "note", READ_ERROR) if c in frame.columns and c not in keep]
        frames.append(frame[columns + [c for c in keep if c not in columns]])
    if not frames:
        if read_notes:  # every file of the directories named was left out
            raise UsageError(f"No labeled set of articles to read: {'; '.join(read_notes[:3])}.")
        raise UsageError("No labeled files given.")
    data = pd.concat(frames, ignore_index=True)
    if positives and len(data) and not (data["label"] == "unreliable").any():
        # a typo, or 0/1 written as "1.0": every row would read reliable, silently (a
        # tester's find: every figure "n/a", exit 0)
        shown = ", ".join(repr(_cut(v)) for v in sorted(positive_values)[:8])
        raise UsageError(
            f"--positive-label {', '.join(sorted(positives))} matches no label (labels: {shown}): "
            "name the value the unreliable rows carry."
        )
    data["id"] = data["id"].astype(str)
    data["y"] = (data["label"] == "unreliable").astype(int)
    data.attrs["unreadable"] = unreadable
    data.attrs["unlabeled"] = unlabeled
    data.attrs["read_notes"] = read_notes
    return data


#: A value quoted in an error is cut to this many characters ("…" marks the cut).
QUOTED_VALUE_CHARS = 40


def _cut(value: str) -> str:
    return value if len(value) <= QUOTED_VALUE_CHARS else value[: QUOTED_VALUE_CHARS - 1] + "…"


def _blank(value: Any) -> bool:
    """Whether an id or path is missing (``quality.io.is_missing``) or white space only."""
    return is_missing(value) or not str(value).strip()


_INTEGER_AS_FLOAT = re.compile(r"([+-]?\d+)\.0+")


def _as_written(value: Any) -> str:
    """A label, a label map's key or a positive label as compared: stripped, lower-cased,
    and a whole number written as a float read as the integer ("1.0" is "1": pandas
    writes a 0/1 column with a gap in it as floats, and a positive label of 1 matched
    none of them; a tester's find)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    raw = str(value).strip().lower()
    m = _INTEGER_AS_FLOAT.fullmatch(raw)
    return str(int(m.group(1))) if m else raw


def _label(value: Any, mapping: dict[str, str], positives: set[str]) -> str:
    """One raw label, normalised: '' for a missing one (None, NaN, blank)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    raw = _as_written(value)
    if not raw:
        return ""
    if positives:
        # 'reliable' and 'unreliable' written as such keep their meaning: a labeled set
        # of words read beside one of 0/1 with --positive-label 1 had every 'unreliable'
        # made reliable, unsaid (a new user's find, 2026-12-07)
        if raw in positives:
            return "unreliable"
        return raw if raw in LABELS else "reliable"
    return mapping.get(raw, raw)


#: The file names a labeled set may have (gzipped but Parquet), for a directory's.
LABELED_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet", ".pq")


def _labeled_files(paths: Sequence[str | Path]) -> Iterator[tuple[Path, bool]]:
    """(path, whether it was found in a named directory) of each labeled file: a file as
    named, a directory's labeled files (``LABELED_SUFFIXES``, any depth, hidden ones
    aside) in name order, as `quality score` takes a directory. Raises UsageError for
    a path that does not exist or a directory that holds no labeled file."""
    for raw_path in paths:
        path = Path(raw_path)
        if not path.exists():
            raise UsageError(f"Labeled file {str(path)!r} does not exist.")
        if not path.is_dir():
            yield path, False
            continue
        found = sorted(
            p for p in path.rglob("*")
            if p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
            and p.name.lower().removesuffix(".gz").endswith(LABELED_SUFFIXES)
            and not (p.name.lower().endswith((".parquet.gz", ".pq.gz")))
        )
        if not found:
            raise UsageError(
                f"{str(path)!r} is a directory holding no labeled file (.jsonl, .json, .csv, .tsv, "
                "each maybe .gz, or .parquet)."
            )
        yield from ((p, True) for p in found)


def _is_paragraph_set(frame: pd.DataFrame) -> bool:
    """Whether ``frame`` is a labeled paragraph set (``quality evaluate --paragraphs``:
    doc, start, end and a paragraph label on each row), not a labeled article set."""
    if not {"doc", "start", "end", "label"} <= set(frame.columns) or frame.empty:
        return False
    from quality.paragraphs import LABELS as PARAGRAPH_LABELS

    return set(frame["label"].map(lambda v: str(v).strip().lower())) <= set(PARAGRAPH_LABELS)


class _Unreadable(NamedTuple):
    """A labeled row that cannot be read: where it stands ("file:N"), its line or item
    number (None for a CSV row, whose error names its line), and why."""

    where: str
    number: int | None
    why: str


def _read_table(
    path: Path,
    unreadable: list[str],
    text_column: str = "text",
    id_column: str = "id",
    encoding: str | None = None,
    notes: list[str] | None = None,
) -> pd.DataFrame:
    """The file's rows; rows that cannot be read are appended to ``unreadable``.
    ``encoding`` (None: UTF-8) is the text encoding of a JSONL, JSON, CSV or TSV file,
    each maybe gzipped (".jsonl.gz"), as `quality score` reads them; a note on how it
    was read (``quality.io.utf8_misread_note``) is appended to ``notes``."""
    suffix = path.suffix.lower()
    gzipped = suffix == ".gz"
    if gzipped:
        suffix = Path(path.stem).suffix.lower()
    if suffix in {".parquet", ".pq"} and not gzipped:
        return pd.read_parquet(path)
    if suffix not in {".jsonl", ".ndjson", ".json", ".csv", ".tsv"}:
        raise UsageError(
            f"{path}: labeled sets are .jsonl, .json, .csv, .tsv (each maybe .gz) or .parquet files."
        )
    try:
        data = (gzip.decompress if gzipped else bytes)(path.read_bytes())
    except (OSError, EOFError) as exc:  # a truncated or false .gz
        raise UsageError(f"Cannot read {path}: {exc}.") from None
    if encoding is None:
        lost: list[_Unreadable] = []
        frame = _rows_of(path, suffix, data, lost, text_column, id_column)
        unreadable.extend(f"{row.where}: {row.why}" for row in lost)
        return frame
    # the whole file, as `quality score --encoding` reads one: a byte the encoding does
    # not define costs its row, said so (it raised for the whole file: a new user's find)
    raw = data
    data, undefined = decode_named(raw, encoding)
    if notes is not None and (note := utf8_misread_note(raw, data, encoding, str(path))) is not None:
        notes.append(note)
    lost: list[_Unreadable] = []
    try:
        frame = _rows_of(path, suffix, data, lost, text_column, id_column)
    except UsageError as exc:
        if undefined is None:
            raise
        raise UsageError(undefined.error_for(str(exc))) from None
    for row in lost:
        why = row.why
        if undefined is not None:
            # a JSON Lines row's number is its line; a CSV row's error names its line
            line = row.number if suffix in {".jsonl", ".ndjson"} else None
            why = undefined.error_for(why, line)
        unreadable.append(f"{row.where}: {why}")
    return frame


def _rows_of(
    path: Path, suffix: str, data: bytes, unreadable: list[_Unreadable], text_column: str, id_column: str
) -> pd.DataFrame:
    """The rows of a labeled file's bytes in UTF-8 (``_read_table``), read by its
    ``suffix`` (".csv", ".json", ...); those that cannot be read go to ``unreadable``."""
    if suffix in {".csv", ".tsv"}:
        # read as `quality score` reads a CSV (quality.io.delimited_rows): every field is
        # text ("NA" is an id, not a missing one), and a row it cannot read (a quote left
        # open, too many fields) is that row's loss alone; pandas' reader ran a quote
        # left open on through the rows after it and split them into labels (a new user's)
        rows = []
        fields = RowFields(text=text_column, id=id_column)
        for row in delimited_rows(io.BytesIO(data), fields, name=str(path), kind=suffix[1:]):
            if not isinstance(row, Record):
                rows.append(row)
            elif row.id == str(path):  # the file itself: not UTF-8, a broken header
                raise UsageError(row.error or f"cannot read {path}")
            else:
                unreadable.append(_Unreadable(row.id, None, row.error or "cannot be read"))
        return pd.DataFrame(rows)
    if suffix == ".json":
        # a JSON document: an array of objects (JSON Lines saved as .json: read as such)
        document, problem = parse_json(data)
        if problem is not None and problem.startswith("not UTF-8") and (items := undecodable_items(data)) is not None:
            # an item holding a byte that is not UTF-8 is unreadable, the others rows
            kept = [(k + 1, item) for k, (item, bad) in enumerate(items) if bad is None]
            unreadable.extend(
                _Unreadable(f"{path}:{k + 1}", k + 1, f"item {k + 1} (line {bad}) holds bytes that are not UTF-8{NOT_UTF8_HINT}")
                for k, (_, bad) in enumerate(items) if bad is not None
            )
            return _json_rows(path, kept, unreadable, text_column)
        if problem is None and isinstance(document, list):
            return _json_rows(path, [(k + 1, item) for k, item in enumerate(document)], unreadable, text_column)
        if problem == JSON_TOO_DEEP and (deep := items_past_deep_ones(data)) is not None:
            # an item nested too deeply costs itself alone, as in `quality score`
            unreadable.extend(_Unreadable(f"{path}:{k + 1}", k + 1, why) for k, (_, why) in enumerate(deep) if why)
            return _json_rows(path, [(k + 1, item) for k, (item, why) in enumerate(deep) if why is None], unreadable, text_column)
        if problem is None and not isinstance(document, dict):
            raise UsageError(f"{path}: a JSON {json_type(document)}, not an array of objects.")
        if problem is not None:
            # an array broken part way (a truncated download): the items before the break
            # are rows, the break one unreadable row, as `quality score` reads it (the
            # whole file was refused: a new user's find, 2026-12-07)
            items, broken = array_until_break(data)
            if items and broken:
                unreadable.append(_Unreadable(f"{path}:{len(items) + 1}", len(items) + 1, broken))
                return _json_rows(path, [(k + 1, item) for k, item in enumerate(items)], unreadable, text_column)
    lines = [(number, line) for number, line in enumerate(data.split(b"\n"), 1) if line.strip()]
    parsed = []
    for number, line in lines:
        # read as `quality score` reads a line, and said in its words: json's own
        # message alone was clipped ("Invalid control character at")
        row, problem = parse_json(line.rstrip(b"\r"))
        if problem is not None:
            unreadable.append(_Unreadable(f"{path}:{number}", number, problem))
            continue
        parsed.append((number, row))
    return _json_rows(path, parsed, unreadable, text_column)


def _json_rows(path: Path, items: list[tuple[int, Any]], unreadable: list[_Unreadable], text_column: str) -> pd.DataFrame:
    """The rows of parsed JSON items ((line or item number, value) pairs): an object
    each; any other value is unreadable."""
    rows = []
    for number, row in items:
        if not isinstance(row, dict):
            unreadable.append(_Unreadable(f"{path}:{number}", number, f"a JSON {json_type(row)}, not an object"))
            continue
        if text_column not in row and "path" not in row:
            # said as `quality score` says it, not as a text that is missing (a new
            # user's find, 2026-12-07: "text is missing (null or NaN)")
            fields = ", ".join(map(str, list(row)[:10]))
            row = {**row, READ_ERROR: f"no '{text_column}' field (fields: {fields}); name it with --text-column"}
        rows.append(row)
    return pd.DataFrame(rows)


def _text_of_file(path: Path, encoding: str | None, misread: list[str]) -> tuple[str | None, str | None]:
    """(text, None) of the article file a labeled row's ``path`` names, read as `quality
    score` reads a file (HTML's main text, gzip, ``encoding``), or (None, why not); the
    path is appended to ``misread`` when the file reads as UTF-8 but ``encoding`` read it
    otherwise (``quality.io.utf8_misread_note``). A
    missing, binary or undecodable file is its row's error, not the run's: it raised a
    traceback or ended `quality evaluate` (a new user's find, 2026-12-07)."""
    if path.is_dir():
        return None, f"the path {str(path)!r} names a directory, not an article's file"
    if not path.exists():
        return None, f"the path {str(path)!r} names no file"
    if not path.is_file():  # a device or a pipe: reading it may never end
        return None, f"the path {str(path)!r} names no regular file"
    try:
        records = list(read_records([str(path)], max_chars=None, encoding=encoding))
    except (UsageError, OSError) as exc:
        return None, f"cannot read {str(path)!r}: {exc}"
    if len(records) != 1:
        return None, f"{str(path)!r} holds {len(records)} records; a row's path names one article"
    record = records[0]
    if record.error:
        # one --encoding reads the labeled file and the files its rows name: a
        # spreadsheet's Windows-1252 CSV naming UTF-8 articles failed a third of them (a
        # new user's find, 2026-12-07)
        error = record.error
        if encoding and "does not define" in error and "utf-8-or-windows-1252" not in error:
            # "leave --encoding out" would unread the labeled file (a reviewer's find)
            error = error.replace(": leave --encoding out", "") + (
                "; --encoding applies to the labeled file and the files its rows name alike: for "
                "both UTF-8 and Windows-1252, give --encoding utf-8-or-windows-1252"
            )
        return None, f"{str(path)!r}: {error}"
    if record.read_note is not None:
        misread.append(str(path))
    return record.text, None


def _group(row: dict[str, Any]) -> str:
    """The unit that must stay on one side of a split.

    An explicit ``group`` wins; otherwise the ids the MANIFESTs name, most specific
    first: llmfake's news_id (generated texts point at theirs through source_news_id) and
    xsum_machine_news' human_id (a machine text joins the human article it was written
    from, whose own id is that human_id), Perez-Rosas' pair_id, then the outlet
    (ReCOVery's publisher, SemEval's and FakeNewsCorpus' domain: its house style must
    not be learned on one side and tested on the other), a near-duplicate's original
    (dup_of); otherwise the row's own id.
    """
    corpus = row["corpus"]
    group = row.get("group")
    if isinstance(group, str) and group:
        return f"{corpus}:{group}"
    meta = row.get("meta") or {}
    for key in ("source_news_id", "news_id"):
        if meta.get(key):
            return f"{corpus}:news:{meta[key]}"
    if meta.get("human_id"):
        return f"{corpus}:{meta['human_id']}"
    if meta.get("pair_id"):
        return f"{corpus}:pair:{meta.get('subset', '')}:{meta['pair_id']}"
    for key in ("publisher", "domain"):
        if meta.get(key):
            return f"{corpus}:outlet:{meta[key]}"
    if meta.get("dup_of"):
        return f"{corpus}:{meta['dup_of']}"
    return f"{corpus}:{row['id']}"

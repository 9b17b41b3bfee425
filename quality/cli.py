"""The command line: parse arguments, call the library, format the output.

Exit codes: 0 every input processed, 1 some inputs failed (each reported, the rest
processed), 2 a usage error or a model that cannot be loaded (the message says how to
fix the call or the model).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from quality.errors import ModelError, QualityError, UsageError
from quality.io import INPUT_FORMATS  # stdlib only: --help stays fast

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
#: An output named '-' is standard output, as an input named '-' is standard input.
STDOUT = "-"


class _Parser(argparse.ArgumentParser):
    def _print_message(self, message: str, file=None) -> None:
        # argparse swallows an OSError here, so "--help > /dev/full" wrote nothing and
        # exited 0; written and flushed, a failing output reaches main, which reports it
        # and exits 2 as for any output it cannot write
        if message:
            file = file or sys.stderr
            file.write(message)
            file.flush()

    def error(self, message: str) -> None:  # argparse exits 2 too; we add the hint
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\nSee '{self.prog} --help'.\n")
        raise SystemExit(EXIT_USAGE)


#: The field read as a record's title unless --title-column names another; a record
#: without it is read without a title, unsaid (most inputs have none).
DEFAULT_TITLE_COLUMN = "title"


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files, directories, globs or '-' for stdin (.txt .md .html .jsonl .json .csv "
        ".tsv .parquet, each optionally .gz); one that matches nothing is an error (exit 2)",
    )
    _add_input_format(p)
    _add_columns(p)
    _add_max_chars(p)


def _add_max_chars(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--max-chars",
        type=_at_least(1),
        default=None,
        help="refuse texts longer than this many characters (default: 5,000,000)",
    )


def _add_encoding(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--encoding",
        default=None,
        help="text encoding of the inputs when it is not UTF-8, e.g. windows-1252 for a "
        "spreadsheet's CSV or latin-1, utf-8-or-windows-1252 for UTF-8 with stray "
        "Windows-1252 bytes; each input is then read whole before its first record "
        "(default: UTF-8, or UTF-16/32 with a byte-order mark)",
    )


def _add_columns(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--text-column", default="text", help="column or field holding the text (default: text)"
    )
    p.add_argument("--id-column", default="id", help="column or field holding the id (default: id)")


def _add_labels(p: argparse.ArgumentParser) -> None:
    """The options that say where a labeled set's label is and what its values mean
    (``_label_map`` reads them)."""
    p.add_argument(
        "--label-column", default="label", help="column holding the label (default: label)"
    )
    p.add_argument(
        "--positive-label",
        action="append",
        default=[],
        metavar="VALUE",
        help="a label value meaning unreliable (repeatable); every other value then means "
        "reliable, but 'unreliable' itself (default: the labels must be 'reliable' or 'unreliable')",
    )
    p.add_argument(
        "--label-map",
        action="append",
        default=[],
        metavar="VALUE=LABEL",
        help="read the label VALUE as LABEL, 'reliable' or 'unreliable' (repeatable; e.g. "
        "--label-map 0=reliable --label-map 1=unreliable; default: none)",
    )


def _label_map(args: argparse.Namespace) -> dict[str, str]:
    """``--label-map`` as a dict; UsageError for a malformed item, or beside
    ``--positive-label``."""
    label_map = {}
    for item in args.label_map:
        value, sep, label = item.rpartition("=")
        if not sep or label.strip().lower() not in {"reliable", "unreliable"}:
            raise UsageError(
                "--label-map takes VALUE=LABEL with LABEL 'reliable' or 'unreliable' "
                f"(e.g. --label-map 1=unreliable). Got {item!r} instead."
            )
        label_map[value] = label
    if label_map and args.positive_label:
        raise UsageError("Pass --label-map or --positive-label, not both.")
    return label_map


def _at_least(minimum: int):
    """An argparse type: an integer of at least ``minimum`` (a negative count or size
    is a usage error, exit 2, not a silent slice from the end), written as the help
    prints defaults ("5,000,000"), with underscores, or as a whole number in
    scientific notation ("1e6")."""

    def parse(value: str) -> int:
        plain = value.strip()
        if "," in plain and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", plain):
            # a comma groups thousands or it is an error: "1,5" meant 1.5 to a European
            # reader and was read as 15 (a sibling tester's find, 2026-12-07)
            raise ValueError(value)
        plain = plain.replace(",", "").replace("_", "")
        try:
            number = int(plain)
        except ValueError:
            as_float = float(plain)  # a ValueError here is argparse's "invalid integer value"
            if not as_float.is_integer():
                raise
            number = int(as_float)
        if number < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more, got {number}")
        return number

    parse.__name__ = "integer"  # argparse names the type in its message
    return parse


def _job_count(value: str) -> int:
    """An argparse type for --jobs: 1 or more, or -1 for every core (a usage error in
    argparse's own words, as every other option's)."""
    number = int(value)
    if number == 0 or number < -1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, or -1 for every core, got {number}")
    return number


_job_count.__name__ = "integer"


def _add_input_format(p: argparse.ArgumentParser) -> None:
    _add_encoding(p)
    p.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="format of stdin, of .txt files and of files with an extension that names none "
        "(.jsonl, .json, .csv, .tsv, .parquet, .html and .md files keep theirs, and say so on "
        "stderr; default: auto: files by extension; stdin and unknown extensions sniffed as "
        "HTML, JSONL, a JSON document, CSV/TSV or Parquet when unambiguous, else text; "
        "markdown: text whose markup is its format, as a .md file)",
    )
    p.add_argument(
        "--markdown",
        action="store_true",
        help="read every article's text as Markdown, its markup its format, as a .md "
        "file's is: for the text fields of JSONL, JSON, CSV, TSV and Parquet records, which "
        "--input-format does not reach (HTML pages are read as pages still; default: off)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="quality", description="Rate how reliable news-style articles are, and say why."
    )
    parser.add_argument(
        "--version", action=_VersionAction, help="print the version and the model's sha256, then exit"
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("features", help="print every measurement with its evidence")
    _add_input_options(p)
    _add_title_column(p)
    p.add_argument(
        "--format", choices=("table", "json"), default="table", help="output (default: table)"
    )
    p.add_argument(
        "--evidence",
        type=_at_least(0),
        default=3,
        help="evidence spans shown per measurement in the table (default: 3)",
    )
    p.set_defaults(func=_cmd_features)

    p = sub.add_parser("score", help="score articles: reliability 0-100, label and reasons")
    _add_input_options(p)
    _add_title_column(p)
    p.add_argument(
        "-o",
        "--output",
        default=None,
        help="output file (.jsonl, .json (one JSON array), .csv, .tsv, .parquet, or .txt for "
        "the table; .gz after any but .parquet compresses it), or '-' for stdout (default: stdout)",
    )
    p.add_argument(
        "--format",
        default=None,
        choices=("jsonl", "json", "csv", "tsv", "parquet", "table"),
        help="output format (default: from the output's extension; a table on a terminal)",
    )
    p.add_argument("--model", default=None, help="model file (default: the shipped model)")
    p.add_argument(
        "--jobs",
        type=_job_count,
        default=1,
        help="worker processes, -1 for every core (default: 1); workers start only for inputs "
        "large enough to pay for them",
    )
    p.add_argument(
        "--batch-size", type=_at_least(1), default=64, help="articles per worker task (default: 64)"
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar (default: off)")
    p.set_defaults(func=_cmd_score)

    p = sub.add_parser("explain", help="a readable report: score, reasons, evidence in the text")
    p.add_argument(
        "input",
        metavar="FILE",
        help="a .txt, .md or .html file, a file of records (JSONL, a JSON document, CSV, "
        "TSV or Parquet: one, or the one --record names), or '-' for stdin",
    )
    _add_input_format(p)
    _add_columns(p)
    _add_max_chars(p)
    _add_title_column(p)
    p.add_argument(
        "--record",
        default=None,
        metavar="ID",
        help="in a file of many records, the first whose id (--id-column, else FILE:N: a JSONL "
        "record's line, a CSV row's number, header not counted) is ID; "
        "the file is read no further (default: the file must hold one)",
    )
    p.add_argument("--model", default=None, help="model file (default: the shipped model)")
    p.add_argument(
        "--html",
        default=None,
        metavar="FILE",
        help="write the report to FILE as a standalone HTML page instead of printing it, "
        "and say so on stderr (--terminal prints it as well; default: printed, no page)",
    )
    p.add_argument(
        "--terminal",
        action="store_true",
        help="with --html, print the report on stdout as well (default: off)",
    )
    p.add_argument(
        "--top",
        type=_at_least(0),
        default=5,
        help="reasons shown each way, lowering and raising (default: 5)",
    )
    p.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the terminal report (default: auto, when stdout is a terminal)",
    )
    p.set_defaults(func=_cmd_explain)

    p = sub.add_parser("clean", help="write the text with boilerplate (and filler) removed")
    _add_input_options(p)
    _add_title_column(
        p,
        "column or field holding the title, written with the cleaned text as it was (a "
        "'title' field; with -o DIR/ the file's first line) (default: title; '' for none)",
    )
    p.add_argument(
        "-o",
        "--output",
        default=STDOUT,
        help="a .jsonl/.json/.csv/.tsv/.parquet file (.gz after any but .parquet), a "
        "directory for one .txt per article (named "
        "from its id, made safe and unique), or '-' for JSONL on stdout (default: stdout, "
        "as score writes)",
    )
    p.add_argument(
        "--drop-filler", action="store_true", help="remove filler paragraphs too (default: off)"
    )
    p.add_argument(
        "--drop-artifacts",
        action="store_true",
        help="remove artifact paragraphs (table debris, placeholders) too (default: off)",
    )
    p.add_argument(
        "--no-comments",
        action="store_true",
        help="leave an HTML page's comment section out, as `quality score` reads the page "
        "(default: kept, as trafilatura keeps it)",
    )
    p.add_argument(
        "--max-removed",
        type=float,
        default=None,
        metavar="SHARE",
        help="mark a document dropped when more than this share (0-1) of its words is removed; "
        "with -o DIR/ a dropped one is not written (default: only one with no words left)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar (default: off)")
    p.set_defaults(func=_cmd_clean)

    p = sub.add_parser(
        "evaluate", help="metrics, slices, baselines, errors and plots on labeled sets"
    )
    p.add_argument(
        "labeled", nargs="+", metavar="LABELED", help="labeled .jsonl, .json, .csv, .tsv (each maybe .gz) or .parquet files, or directories of them"
    )
    p.add_argument("--model", default=None, help="model file (default: the shipped model)")
    _add_encoding(p)
    _add_max_chars(p)
    p.add_argument(
        "--baseline",
        action="append",
        default=[],
        metavar="MODEL",
        help="another model file to compare (repeatable; default: none)",
    )
    p.add_argument(
        "--out",
        default=None,
        metavar="DIR",
        help="write metrics.json, report.html and plots here (default: print only)",
    )
    _add_columns(p)
    p.add_argument(
        "--title-column",
        default="",
        help="column or field holding a title, scored with its text as `score` does "
        "(default: none: labeled sets are scored on their text, as training reads them)",
    )
    _add_labels(p)
    p.add_argument(
        "--slice",
        action="append",
        default=[],
        metavar="COLUMN",
        help="also report per value of this column (repeatable; meta fields too; an unknown "
        "column is an error; default: corpus and length only)",
    )
    p.add_argument(
        "--neutralise",
        action="store_true",
        help="neutralise the known corpus giveaways first, as training does; the rows its "
        "rules exclude (quality/giveaways.py) are dropped and counted (default: off)",
    )
    p.add_argument(
        "--skip-unlabeled",
        action="store_true",
        help="leave rows without a label out of every figure and list them, as unreadable "
        "rows are (default: a row without a label stops the run, exit 2)",
    )
    p.add_argument(
        "--check",
        default=None,
        metavar="FLOORS.json",
        help="exit 1 when a pinned ROC-AUC falls more than epsilon below its floor, or its "
        "corpus is absent (default: no gate)",
    )
    p.add_argument(
        "--update-floors",
        default=None,
        metavar="FLOORS.json",
        help="pin today's ROC-AUCs (never lowers a floor by itself; default: no)",
    )
    p.add_argument(
        "--allow-lower-floors",
        action="store_true",
        help="let --update-floors lower a floor (default: off)",
    )
    p.add_argument(
        "--paragraphs",
        default=None,
        metavar="FILE",
        help="a labeled paragraph set: report the paragraph labels' precision and recall "
        "(default: none)",
    )
    p.add_argument(
        "--bootstrap",
        type=_at_least(0),
        default=200,
        help="bootstrap resamples for the 95%% intervals; 0 for none (default: 200)",
    )
    p.add_argument(
        "--jobs", type=_job_count, default=1, help="worker processes, -1 for every core (default: 1)"
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar (default: off)")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("train", help="train a model on labeled sets and write its card")
    p.add_argument(
        "labeled",
        nargs="+",
        metavar="LABELED",
        help="labeled .jsonl, .json, .csv, .tsv (each maybe .gz) or .parquet files (text or path, "
        "label), or directories of them",
    )
    _add_encoding(p)
    _add_columns(p)
    _add_labels(p)
    p.add_argument(
        "-o",
        "--output",
        default=None,
        help="model file to write, its card beside it; not '-' (default: "
        "models/reliability.joblib, the shipped model, which needs --force)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="overwrite an existing model file, the shipped one included (default: refuse)",
    )
    p.add_argument(
        "--jobs",
        type=_job_count,
        default=1,
        help="worker processes for the features and for the cross-validation and "
        "leave-one-corpus-out fits, -1 for every core (default: 1)",
    )
    p.add_argument(
        "--no-evaluate",
        action="store_true",
        help="skip cross-validation, leave-one-corpus-out and baselines (default: run them)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress output (default: off)")
    p.set_defaults(func=_cmd_train)
    return parser


def _version() -> str:
    """The package version, and the model a score would use with its sha256: what the
    README asks users to keep beside stored scores."""
    from quality import __version__
    from quality.model_files import model_line

    return f"quality {__version__}\n{model_line()}"


class _VersionAction(argparse.Action):
    """--version, its text taken only when asked for (it reads the model's card)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(_version())  # to standard output, as argparse's own version action writes
        sys.stdout.flush()  # a failing output shows here, where main reports it
        parser.exit()


def _first_five(items: list[str]) -> str:
    """``items`` for a note on stderr: the first five, then how many more."""
    return ", ".join(items[:5]) + (f" and {len(items) - 5} more" if len(items) > 5 else "")


def _records(
    args: argparse.Namespace, *, html_comments: bool = False, title_column: str | None = None
):
    """(the records, their number when cheap to know); raises UsageError, as for an input
    that names nothing (exit 2), for one that holds no records: a JSONL file of blank
    lines, a header-only CSV (see ``quality.io.holds_no_records``). ``html_comments``:
    keep HTML pages' comment sections. ``title_column``: the field read as each row's
    title (``quality.io.read_records``); None reads none."""
    from quality.io import (
        DEFAULT_MAX_CHARS,
        count_records,
        expand_inputs,
        is_sniffed,
        kept_by_extension,
        read_records,
    )

    skipped: list[str] = []
    found: set[str] = set()  # files a folder walk or glob found: a bad one is an error record
    paths = expand_inputs(args.inputs, skipped, found)
    output = getattr(args, "output", None)
    if output and output != STDOUT and os.path.exists(output):
        for path in paths:
            if path != "-" and os.path.exists(path) and os.path.samefile(path, output):
                # the results would replace the articles when the run ends
                raise UsageError(
                    f"-o {output!r} is one of the inputs: the results would replace the "
                    "articles. Choose another output."
                )
    if skipped:  # not read, so no record of theirs follows: say which
        shown = _first_five(skipped)
        print(
            f"quality: skipped {len(skipped)} file(s) in the input folders with an extension "
            f"it does not read as articles: {shown} (name a file directly to read it: "
            "--input-format names its format, else its bytes tell)",
            file=sys.stderr,
        )
    kept = [(p, f) for p in paths if (f := kept_by_extension(p, args.input_format))]
    if kept:  # the flag does not apply to them: say so, or their records look misread
        shown = _first_five([f"{p} ({f})" for p, f in kept])
        print(
            f"quality: --input-format {args.input_format} applies to stdin, .txt files and "
            f"unknown extensions; read by their extension: {shown}",
            file=sys.stderr,
        )
    records = read_records(
        paths,
        text_column=args.text_column,
        id_column=args.id_column,
        max_chars=args.max_chars or DEFAULT_MAX_CHARS,
        input_format=args.input_format,
        html_comments=html_comments,
        require_records=True,
        found=found,
        title_column=title_column,
        encoding=getattr(args, "encoding", None),
    )
    sniffed = {p for p in paths if is_sniffed(p, args.input_format)}
    records = _with_stray_tables_checked(records, args.text_column, sniffed)
    if getattr(args, "markdown", False):
        from quality.scorer import as_markdown

        records = map(as_markdown, records)
    return records, count_records(paths, args.input_format, found)


def _with_stray_tables_checked(records, text_column: str, sniffed: set[str]):
    """``records`` as they are, but for standard input, or a file of an extension that
    names no format (both in ``sniffed``: read in the format their bytes tell), sniffed
    as one article whose first lines read as a table without the text column
    (``quality.io.table_without_text_column``; a file "feed.data" of such a CSV was
    scored as one article, with no note, where stdin gave an error: a new user's find):
    an error record saying how to read it when its rows quote their fields, as a CSV
    writer's do (scored as one article, such a CSV got a label a filter downstream kept:
    a reviewer's find); else scored, with a note on stderr, since prose can open so
    ("Breaking,News" over a sentence with one comma: a second reviewer's). A file of it
    gets an error per row. An HTML page's or a Markdown text's lines are no table file;
    ``--input-format text`` scores it as one article, as asked."""
    from quality.io import (
        Record,
        headerless_table,
        quotes_its_fields,
        same_but_case,
        table_without_text_column,
    )

    for record in records:
        sniffed_text = record.id in sniffed and record.text and record.markup is None
        names = table_without_text_column(record.text) if sniffed_text else None
        headerless = headerless_table(record.text) if sniffed_text and names is None else None
        if headerless is not None:
            rows, fields, sep = headerless
            source = "standard input" if record.id == "-" else record.id
            kind = "TSV" if sep == "\t" else "CSV"
            yield Record(
                record.id,
                None,
                f"{source} reads as a {kind} table with no header row ({rows} rows of {fields} "
                f"fields, each with a text in it): to score its rows, add a header row naming "
                f"the text column (as 'id{sep}{text_column}'); to score it as one article, "
                "give --input-format text",
            )
            continue
        if names is None:
            yield record
            continue
        shown = ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")
        source = "standard input" if record.id == "-" else record.id
        opening = f"{source} opens like a table with no '{text_column}' column ({shown}){same_but_case(text_column, names)}"
        if quotes_its_fields(record.text):
            yield Record(
                record.id,
                None,
                f"{opening}: to score its rows, name the text column with --text-column; to "
                "score it as one article, give --input-format text",
            )
            continue
        print(
            f"quality: note: {opening}, and was read as one article; to score its rows, name "
            "the text column with --text-column",
            file=sys.stderr,
        )
        yield record


def _cmd_features(args: argparse.Namespace) -> int:
    from quality.features import extract_features
    from quality.scorer import unmeasurable

    failed = 0
    results = []
    ids = _IdNotes(args.id_column, title_column=args.title_column)  # a misspelt column is said
    for record in _watch_ids(_records(args, title_column=args.title_column or None)[0], ids):
        # an empty or wordless text is an error here as in `score`
        error = record.error if record.error is not None else unmeasurable(record.text)
        features = None
        if error is None:
            # measured as `score` measures it: the title over the text
            text = f"{record.title}\n\n{record.text}" if record.title else record.text
            try:
                features = extract_features(text, markdown=record.markup == "markdown")
            except Exception as exc:  # a bug must cost one record, not the batch
                error = f"internal error while measuring: {exc!r}"
        if error is not None:
            failed += 1
            results.append({"id": record.id, "status": "error", "error": error})
            if args.format == "table":  # in its place in the table, as well as on stderr
                print(f"== {record.id}\n  error: {error}\n")
            continue
        if args.format == "table":
            _print_feature_table(record.id, features, args.evidence)
            continue
        results.append(
            {
                "id": record.id,
                "status": "ok",
                "features": {name: m.to_dict() for name, m in features.items()},
            }
        )
    if args.format == "json":
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for r in results:
            print(f"{r['id']}: error: {r['error']}", file=sys.stderr)
    _say_missing_fields(ids, ids.seen)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _progress(iterable, quiet: bool, total: int | None = None, desc: str | None = None):
    """A progress bar on the terminal (none when quiet or when stderr is not a terminal)."""
    if quiet or not sys.stderr.isatty():
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit="doc", file=sys.stderr, dynamic_ncols=True)


def _refuse_stdout(value: str | None, option: str, why: str) -> None:
    """Raise UsageError when an output that must be a file or a directory is '-': taken
    as a path it would silently become a file or directory named '-'."""
    if value == STDOUT:
        raise UsageError(f"{option} cannot be '-' (standard output): {why}.")


def _cmd_score(args: argparse.Namespace) -> int:
    from quality.io import atomic_path, check_writable, infer_format, open_rows, open_text_output

    if args.batch_size < 1:
        raise UsageError(f"--batch-size must be >= 1. Got {args.batch_size} instead.")
    output = None if args.output == STDOUT else args.output  # None: standard output
    fmt = infer_format(output, args.format)
    if fmt == "parquet" and not output:
        raise UsageError("Parquet output needs a file: pass -o OUT.parquet.")
    if output:
        check_writable(output)
    # '' names no column: the titles are not read
    records, total = _records(args, title_column=args.title_column or None)
    ids = _IdNotes(args.id_column, title_column=args.title_column)
    records = _watch_ids(records, ids)
    # imported after the checks above, so a usage error never waits for numpy
    from quality.scorer import STRING_COLUMNS, Scorer, ScoreResult, row_columns

    scorer = Scorer.load(args.model)

    def scored(convert):
        # converted where scored: workers send back a line or a record, not the whole
        # ScoreResult (see Scorer.score_many)
        results = scorer.score_many(
            records, n_jobs=args.jobs, batch_size=args.batch_size, convert=convert
        )
        return _progress(results, args.quiet, total=total)

    failed = n = 0
    if fmt == "table":
        header = "\t".join(TABLE_COLUMNS) + "\n"
        if not output:
            sys.stdout.write(header)
            for ok, line in scored(_table_line):
                failed, n = failed + (not ok), n + 1
                sys.stdout.write(line + "\n")
                sys.stdout.flush()  # a reader of a pipe sees each line as it is scored
            return _done(failed, ids, n, output)
        with atomic_path(output) as tmp, open_text_output(tmp, name=output) as out:
            out.write(header)
            for ok, line in scored(_table_line):
                failed, n = failed + (not ok), n + 1
                out.write(line + "\n")
        return _done(failed, ids, n, output)
    convert = ScoreResult.to_dict if fmt in ("jsonl", "json") else ScoreResult.to_row
    with open_rows(output, fmt, row_columns(), STRING_COLUMNS) as writer:
        for row in scored(convert):
            failed, n = failed + (row["status"] != "ok"), n + 1
            writer.write(row)
    return _done(failed, ids, n, output)


@dataclass
class _IdNotes:
    """What ``_watch_ids`` saw of the records' ids, said on stderr at the end (``_done``).

    ``repeated``: (id, first record, this record, where this one stands in its input
    when its reader knows: "mixed.jsonl:14"), records 1-based, for each record whose id
    an earlier record had. ``without_field``: the ids of rows without an ``id_column``
    field at all, when it is not the default "id": a misspelt name had passed
    quietly, every id then a file and line (a tester's find)."""

    id_column: str = "id"
    repeated: list[tuple[str, int, int, str | None]] = field(default_factory=list)
    without_field: list[str] = field(default_factory=list)
    #: ... and the ids of rows without a --title-column field named other than the
    #: default "title" (a new user's find, 2026-12-07: a misspelt one passed quietly,
    #: every article scored without its title)
    title_column: str = DEFAULT_TITLE_COLUMN
    without_title: list[str] = field(default_factory=list)
    #: each input's ``Record.read_note`` (a UTF-8 file read in another --encoding), once
    read_notes: dict[str, None] = field(default_factory=dict)
    seen: int = 0  # records watched


def _watch_ids(records, ids: _IdNotes):
    """``records`` as they come, noting in ``ids`` each record whose id an earlier one
    had and each row without the named id field: rows stay one per record, in input
    order, and a reader joining them back by id must be told. Where the record stands is
    named because blank lines make a line number differ from a record number (a new
    user went to line 9 for record 9)."""
    first: dict[int, int] = {}  # hash of an id -> its first record (ids may be many)
    for n, record in enumerate(records, 1):
        ids.seen = n
        key = hash(record.id)
        if key in first:
            ids.repeated.append((record.id, first[key], n, record.where))
        else:
            first[key] = n
        if record.lacks_id_field and ids.id_column != "id":
            ids.without_field.append(record.id)
        if record.lacks_title_field and ids.title_column != DEFAULT_TITLE_COLUMN:
            ids.without_title.append(record.id)
        if record.read_note is not None:
            ids.read_notes[record.read_note] = None
        yield record


def _say_missing_fields(ids: _IdNotes, n: int) -> None:
    if ids.read_notes:
        # one line for a directory of such files, not one a file (a reviewer's find)
        first = next(iter(ids.read_notes))
        more = f" ({len(ids.read_notes) - 1} more inputs alike)" if len(ids.read_notes) > 1 else ""
        print(f"quality: note: {first}{more}", file=sys.stderr)
    if ids.without_field:
        print(
            f"quality: {len(ids.without_field)} of {n} record(s) have no {ids.id_column!r} field "
            f"(--id-column); their ids say where they stand instead (first: {ids.without_field[0]!r})",
            file=sys.stderr,
        )
    if ids.without_title:
        print(
            f"quality: {len(ids.without_title)} of {n} record(s) have no {ids.title_column!r} field "
            f"(--title-column); they were read without a title (first: {ids.without_title[0]!r})",
            file=sys.stderr,
        )


def _done(failed: int, ids: _IdNotes, n: int, output: str | None) -> int:
    """The exit status, said on stderr when some records failed (how many of ``n``, and
    where their reasons are): an exit status of 1 alone left a user guessing."""
    if failed:
        where = f"in {output}" if output else "on standard output"
        print(
            f"quality: {failed} of {n} record(s) could not be read or measured; each has a row "
            f"with status \"error\" and its reason {where}",
            file=sys.stderr,
        )
    _say_missing_fields(ids, n)
    if ids.repeated:
        rid, was, now, where = ids.repeated[0]
        at = f", the second at {where}" if where else ""
        print(
            f"quality: {len(ids.repeated)} record(s) repeat an earlier record's id (first: {rid!r} "
            f"at records {was} and {now}{at}); each still has its own row, in input order, so "
            "match rows to records by position, not by id",
            file=sys.stderr,
        )
    return EXIT_SOME_FAILED if failed else EXIT_OK


#: The columns of ``score --format table``: tab-separated values, one line per result.
TABLE_COLUMNS = ("id", "reliability (0-100)", "label", "flags", "top reasons (points: + raises reliability, - lowers it)")


def _table_line(r) -> tuple[bool, str]:
    """(scored?, the table line) of one result: every line has the TABLE_COLUMNS, flags
    comma-separated in their own column; an error leaves reliability and flags empty,
    has "error" for its label and its reason in the last column."""
    if not r.ok:
        return False, _tab_separated(r.id, "", "error", "", r.error)
    from quality.model import shown_score

    score, flags = shown_score(r.reliability, 5), ",".join(r.flags)
    if r.note:  # not rated: the reasons column says why instead of listing reasons
        # ... and that the number beside the label is no rating (a new user read 68.5
        # on a Russian article as one)
        return True, _tab_separated(r.id, score, r.label, flags, f"({r.note}; the reliability number is for reference only)")
    from quality.report import signed_points

    # the three weightiest either way (a reliable article's reasons raise its score)
    reasons = ", ".join(f"{x.feature} {signed_points(x.points)}" for x in r.weightiest(3))
    return True, _tab_separated(r.id, score, r.label, flags, reasons)


def _tab_separated(*cells) -> str:
    # A tab or a line break inside a cell (an id from a JSON field, an error quoting its
    # input) would split the row: each becomes a space. Line breaks are the ones that
    # str.splitlines() breaks on (quality.letters.LINE_BREAKS), so any reader keeps the
    # row whole; imported here, as every command's heavy imports are, after the checks.
    from quality.letters import LINE_BREAKS

    return "\t".join(re.sub(f"[\t{LINE_BREAKS}]+", " ", str(cell)) for cell in cells)


def _add_title_column(
    p: argparse.ArgumentParser,
    help: str = "column or field holding the title, scored with the text when a record has it "
    "(default: title; '' for none)",
) -> None:
    p.add_argument("--title-column", default=DEFAULT_TITLE_COLUMN, help=help)


def _cmd_explain(args: argparse.Namespace) -> int:
    from quality.io import DEFAULT_MAX_CHARS, read_records
    from quality.report import render_html, render_terminal
    from quality.scorer import Scorer

    if args.html:
        from quality.io import check_writable

        _refuse_stdout(
            args.html, "--html", "a page is written to a file, to open in a browser; name one"
        )
        check_writable(args.html, "HTML report")
    records = read_records(
        [args.input],
        input_format=args.input_format,
        max_chars=args.max_chars or DEFAULT_MAX_CHARS,
        encoding=args.encoding,
        require_records=True,
        text_column=args.text_column,
        id_column=args.id_column,
        title_column=args.title_column or None,
    )
    if getattr(args, "markdown", False):
        from quality.scorer import as_markdown

        records = map(as_markdown, records)
    if args.record is not None:
        # read up to the record named, no further: a corpus may be large
        unread: list = []  # records that could not be read: their ids may be lost
        record = None
        for candidate in records:
            if str(candidate.id) == args.record:
                record = candidate
                break
            if candidate.error:
                unread.append(candidate)
        if record is None:
            # a row whose bytes are not UTF-8 has no id to match: say so, or a user looks
            # for a typo in the id (a sibling tester's find, 2026-12-07)
            lost = (
                f" {len(unread)} record(s) could not be read, and such a record's own id may "
                f"be lost with it (first: {unread[0].id}: {unread[0].error})."
                if unread
                else ""
            )
            raise UsageError(
                f"{args.input} holds no record with the id {args.record!r} (ids come from "
                f"--id-column {args.id_column!r}, else FILE:N, N a JSONL record's line or a CSV row's "
                f"number, header not counted). 'quality score {args.input}' lists them.{lost}"
            )
    else:
        records = list(records)
        if len(records) != 1:
            raise UsageError(
                f"explain takes one article; {args.input} holds {len(records)}. Name one with "
                "--record ID, use 'quality score' for many, or pass a single .txt/.md/.html file."
            )
        record = records[0]
    ids = _IdNotes(args.id_column, title_column=args.title_column)
    for _ in _watch_ids([record], ids):  # a misspelt --id-column or --title-column is said
        _say_missing_fields(ids, 1)
    if record.error:
        print(f"quality: {record.id}: {record.error}", file=sys.stderr)
        return EXIT_SOME_FAILED
    result = Scorer.load(args.model).score_record(record)
    if not result.ok:
        print(f"quality: {record.id}: {result.error}", file=sys.stderr)
        return EXIT_SOME_FAILED
    # the report marks evidence in the text as scored: the title over the body, as
    # ``quality score`` rates it
    shown = f"{record.title}\n\n{record.text}" if result.title_offset else record.text
    # a page asked for is the report wanted: the terminal's copy of it (the whole text
    # again, a screenful or more) buried the line saying where the page went
    if not args.html or args.terminal:
        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
        sys.stdout.write(render_terminal(shown, result, top=args.top, color=color))
    if args.html:
        from quality.io import atomic_path

        with atomic_path(args.html) as tmp:
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(render_html(shown, result, top=args.top))
        print(f"wrote {args.html}", file=sys.stderr)
    return EXIT_OK


#: Output names ``quality clean`` writes rows to as text (gzipped with ".gz" after them);
#: Parquet is the other row file, any other name a directory of .txt files.
_TEXT_ROW_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json", ".csv", ".tsv"})


def _cmd_clean(args: argparse.Namespace) -> int:
    import os
    from dataclasses import replace
    from pathlib import Path

    from quality.clean import clean_document
    from quality.io import (
        article_file_name,
        atomic_path,
        check_writable,
        infer_format,
        is_stream,
        open_rows,
        output_suffix,
        unique_name,
    )
    from quality.scorer import opens_with, unmeasurable

    if args.max_removed is not None and not 0 <= args.max_removed <= 1:
        raise UsageError(f"--max-removed is a share from 0 to 1. Got {args.max_removed} instead.")
    if args.output.lower().endswith(".gz") and output_suffix(args.output) not in _TEXT_ROW_SUFFIXES:
        # a directory named "x.txt.gz" of plain files is no one's wish (a tester's find)
        raise UsageError(
            f"-o {args.output!r}: clean writes .jsonl, .json, .csv or .tsv files, gzipped with .gz after "
            "them, a .parquet file, or a directory of .txt files (name one without .gz)."
        )
    to_stdout = args.output == STDOUT  # JSONL rows: a pipe has no name to read a format from
    # a headline is no boilerplate: it is not cleaned, and goes with the text as it was
    # readers' comments are kept by default, as trafilatura keeps them (the boilerplate
    # benchmark's setting); --no-comments reads the page as `score` does, so that the
    # cleaned text scores as the page (a tester's find: 11 of 170 pages moved 5+ points)
    records, total = _records(args, html_comments=not args.no_comments, title_column=args.title_column or None)
    records = _progress(records, args.quiet, total=total)
    suffix = output_suffix(args.output)
    failed = 0

    def cleaned(record):
        if record.title is not None and not record.title.strip():
            record = replace(record, title=None)  # a blank title is none, as a missing one
        if record.title is None and record.page_title is not None:
            record = replace(record, title=record.page_title)  # an HTML page's own title
        if record.error is not None:
            return {"id": record.id, "status": "error", "error": record.error, "title": record.title}
        unreadable = unmeasurable(record.text)  # as `quality score` says of it
        if unreadable is not None:
            return {"id": record.id, "status": "error", "error": unreadable, "title": record.title}
        try:
            result = clean_document(
                record.text,
                drop_filler=args.drop_filler,
                drop_artifacts=args.drop_artifacts,
                max_removed=args.max_removed,
            )
        except Exception as exc:  # a bug must cost one record, not the batch
            error = f"internal error while cleaning: {exc!r}"
            return {"id": record.id, "status": "error", "error": error}
        status = "dropped" if result.dropped else "ok"
        return {"id": record.id, "status": status, "error": None, "title": record.title, **result.to_dict()}

    # a device or a pipe (/dev/null) takes JSONL, as standard output does
    if to_stdout or suffix in _TEXT_ROW_SUFFIXES | {".parquet", ".pq"} or is_stream(args.output):
        fmt = "jsonl" if to_stdout else infer_format(args.output, None)
        if not to_stdout:
            check_writable(args.output)
        columns = ["id", "status", "error", "title", "text", "removed_word_share", "dropped", "removed"]
        strings = {"id", "status", "error", "title", "text", "removed"}
        ids = _IdNotes(args.id_column, title_column=args.title_column)  # rows joined back by id, as score warns
        n = 0
        with open_rows(None if to_stdout else args.output, fmt, columns, strings) as writer:
            for record in _watch_ids(records, ids):
                row = cleaned(record)
                failed, n = failed + (row["status"] == "error"), n + 1
                if fmt not in ("jsonl", "json"):
                    row = {
                        **row,
                        "removed": _json(row.get("removed")),
                        "dropped": float(row["dropped"]) if "dropped" in row else None,
                    }
                writer.write(row)
        return _done(failed, ids, n, None if to_stdout else args.output)
    else:
        try:
            os.makedirs(args.output, exist_ok=True)
        except OSError as exc:
            raise UsageError(
                f"Cannot create the output directory {args.output!r}: {exc.strerror or exc}. "
                "Choose another -o."
            ) from exc
        taken: set[str] = set()
        first_of: dict[str, str] = {}
        ids = _IdNotes(args.id_column, title_column=args.title_column)  # files are named from ids: a misspelt column is said
        for record in _watch_ids(records, ids):
            row = cleaned(record)
            if row["status"] == "error":
                failed += 1
                print(f"quality: {record.id}: {row['error']}", file=sys.stderr)
                continue
            if row["status"] == "dropped":
                # a file per article holds no flag to say so: a dropped one is not written
                print(
                    f"quality: {record.id}: dropped, not written ({row['removed_word_share']:.0%} "
                    "of its words were boilerplate or filler)",
                    file=sys.stderr,
                )
                continue
            wanted = article_file_name(record.id, from_file=os.path.isfile(record.id))
            name = unique_name(wanted, taken)
            first_of.setdefault(wanted.lower(), record.id)
            if name != wanted:
                print(
                    f"quality: {record.id}: written as {name}: {wanted} is taken by "
                    f"{first_of[wanted.lower()]}",
                    file=sys.stderr,
                )
            with atomic_path(str(Path(args.output) / name)) as tmp:
                # the cleaned text keeps the input's own ending; a file still ends in one
                text = row["text"] if row["text"].endswith("\n") else row["text"] + "\n"
                title = " ".join((row["title"] or "").split())  # one line, whatever it held
                if title and not opens_with(text, title):  # a page's headline is often its text's first line too
                    text = f"{title}\n\n{text}"
                Path(tmp).write_text(text, encoding="utf-8", newline="")
    _say_missing_fields(ids, ids.seen)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _json(value):
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from quality.evaluate import check_floors, evaluate, summary_text, update_floors, write_outputs
    from quality.io import DEFAULT_MAX_CHARS

    label_map = _label_map(args)
    from quality.evaluate import read_floors

    if args.check:

        read_floors(args.check)  # before any scoring: a gate that cannot be read says so now
    if args.update_floors and os.path.exists(args.update_floors):
        read_floors(args.update_floors, may_be_empty=True, option="--update-floors")
    if args.out:
        from quality.io import check_writable

        _refuse_stdout(args.out, "--out", "it names a directory for several files; name one")
        if os.path.exists(args.out) and not os.path.isdir(args.out):
            raise UsageError(f"--out names a directory; {args.out!r} is a file. Choose another.")
        # made now, not after an hour of scoring: a directory that cannot be made (a
        # read-only parent, /proc) is a usage error before anything runs; its parent must
        # exist, as every output's directory must
        if not os.path.isdir(args.out):
            check_writable(args.out, "output directory")
        try:
            os.makedirs(args.out, exist_ok=True)
        except OSError as exc:
            raise UsageError(
                f"Cannot make the output directory {args.out!r}: {exc.strerror}. Choose another."
            ) from None
        check_writable(os.path.join(args.out, "metrics.json"), "output directory")

    def progress(results, total):
        return _progress(results, args.quiet, total=total, desc="scoring")

    report, frame = evaluate(
        args.labeled,
        model=args.model,
        baselines=args.baseline,
        slices=args.slice,
        text_column=args.text_column,
        label_column=args.label_column,
        id_column=args.id_column,
        title_column=args.title_column,
        neutralise=args.neutralise,
        n_jobs=args.jobs,
        n_bootstrap=args.bootstrap,
        progress=progress,
        label_map=label_map,
        positive_labels=args.positive_label,
        skip_unlabeled=args.skip_unlabeled,
        encoding=args.encoding,
        max_chars=args.max_chars or DEFAULT_MAX_CHARS,
    )
    if args.paragraphs:
        from quality.paragraph_eval import evaluate_paragraphs

        report["paragraphs"] = evaluate_paragraphs(args.paragraphs)
    sys.stdout.write(summary_text(report))
    if "paragraphs" in report:
        from quality.paragraph_eval import paragraph_table

        sys.stdout.write(paragraph_table(report["paragraphs"]))
    failures = None
    if args.check:
        # checked before the files are written, so that metrics.json and report.html
        # say how the gate went, not the terminal alone (a new user's find)
        failures = check_floors(report, args.check)
        report["gate"] = {"floors": args.check, "passed": not failures, "failures": failures}
    if args.out:
        out = write_outputs(report, frame, args.out)
        print(f"wrote {out / 'metrics.json'}, {out / 'scores.csv'} and {out / 'report.html'}")
    if args.update_floors:
        for change in update_floors(
            report, args.update_floors, allow_lower=args.allow_lower_floors
        ):
            print(f"floors: {change}")
    if failures is not None:
        for failure in failures:
            print(f"gate: FAILED {failure}", file=sys.stderr)
        if failures:
            return EXIT_SOME_FAILED
        print(f"gate: passed ({args.check})")
    return EXIT_OK


def _cmd_train(args: argparse.Namespace) -> int:
    from pathlib import Path

    from quality.model import default_model_path

    _refuse_stdout(args.output, "-o", "a model is written with its card beside it; name a file")
    output = args.output or os.path.join("models", "reliability.joblib")
    if os.path.exists(output) and not args.force:
        shipped = Path(output).resolve() == default_model_path().resolve()
        what = "the shipped model" if shipped else "a model"
        raise UsageError(
            f"{output} is {what}; refusing to overwrite it. Write elsewhere with -o "
            "NEW.joblib, or pass --force to replace it."
        )
    # the model's directory is made now, not after an hour of training: one that
    # cannot be made (a read-only parent, /proc) is a usage error before anything runs
    directory = Path(output).resolve().parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"Cannot write the model {output!r}: {exc.strerror} ({directory}).") from None
    if not os.access(directory, os.W_OK | os.X_OK):
        raise UsageError(f"Cannot write the model {output!r}: {directory} is not writable.")
    from quality.train import train

    def log(message: str) -> None:
        if not args.quiet:
            print(f"train: {message}", file=sys.stderr)

    label_map = _label_map(args)
    card = train(
        args.labeled,
        output,
        text_column=args.text_column,
        label_column=args.label_column,
        id_column=args.id_column,
        label_map=label_map,
        positive_labels=args.positive_label,
        n_jobs=args.jobs,
        encoding=args.encoding,
        evaluate=not args.no_evaluate,
        progress=not args.quiet and sys.stderr.isatty(),
        log=log,
    )
    print(f"wrote {output} and its card")
    if "leave_one_corpus_out_table" in card:
        print("leave-one-corpus-out ROC-AUC (length-matched in brackets):")
        for line in card["leave_one_corpus_out_table"]:
            print(f"  {line}")
        for name, m in card["cross_validation"].items():
            print(
                "  grouped 5-fold CV ROC-AUC (reported, never used to choose) "
                f"{name:<11} {m['roc_auc']}"
            )
    if "signals" in card:
        left_out = [n for n, e in card["signals"].items() if not e.get("counted")]
        print(f"signals counted: {len(card['signals']) - len(left_out)} of {len(card['signals'])}; "
              "not counted and why: see 'signals' in the card")
    return EXIT_OK


def _print_feature_table(rid: str, features, n_evidence: int) -> None:
    print(f"== {rid}")
    width = max(len(n) for n in features)
    for name, m in features.items():
        shown = "; ".join(_clip(e.text, 40) for e in m.evidence[:n_evidence])
        more = f" (+{len(m.evidence) - n_evidence})" if len(m.evidence) > n_evidence else ""
        print(f"  {name:<{width}}  {m.value:10.3f}  {shown}{more}")
    print()


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _stdout_to_devnull() -> None:
    """Point standard output at os.devnull, so lines still buffered for a stream that
    failed are not written again (and fail again, with a traceback) when Python exits."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file descriptor (stdout replaced, as in tests)
        pass


class _Terminated(BaseException):
    """SIGTERM (``kill``, ``timeout``, a scheduler's stop) raised where the run stands,
    so an output being written is removed as on Ctrl-C (``quality.io.atomic_path``): left
    to the default action, the process died at once and left its hidden temporary file
    (a tester's find, 2026-12-07)."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise _Terminated(signum)


def main(argv: Sequence[str] | None = None) -> int:
    # only the main thread may set a handler (an embedding program may call main elsewhere)
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _raise_terminated) if in_main else None
    try:
        return _main(argv)
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = None
    try:
        args = parser.parse_args(argv)  # --version and --help write their text here
        code = args.func(args)
        # a full disk behind "> out.jsonl" shows when the last buffered lines are
        # written: here, where it can be reported, rather than at the interpreter's exit
        sys.stdout.flush()
        return code
    except (UsageError, ModelError) as exc:  # nothing was scored: fix the call or the model
        print(f"quality: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except QualityError as exc:
        print(f"quality: error: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except BrokenPipeError:  # the reader went away ("| head -1"): it has what it wanted
        _stdout_to_devnull()
        return EXIT_OK
    except OSError as exc:
        # every input's read errors are records of their own, so an OSError here is the
        # output failing (a full disk, an I/O error): exit 2 as for an output that cannot
        # be opened, not 1, which says some records failed (a tester's find: a traceback
        # and exit 1)
        _stdout_to_devnull()
        named = getattr(args, "output", None) if args is not None else None
        where = exc.filename or (named if named not in (None, STDOUT) else "standard output")
        print(f"quality: error: cannot write {where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("quality: interrupted", file=sys.stderr)
        return 130
    except _Terminated:
        print("quality: terminated", file=sys.stderr)
        return 128 + signal.SIGTERM


if __name__ == "__main__":
    raise SystemExit(main())

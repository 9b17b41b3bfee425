"""The command line: parse arguments, call the library, format the output.

Exit codes: 0 every input processed, 1 some inputs failed (each reported, the rest
processed), 2 a usage error (the message says how to fix the call).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from quality.errors import QualityError, UsageError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 too; we add the hint
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\nSee '{self.prog} --help'.\n")
        raise SystemExit(EXIT_USAGE)


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, directories, globs or '-' for stdin (.txt .md .html .jsonl .csv .parquet)")
    p.add_argument("--text-column", default="text", help="column or field holding the text (default: text)")
    p.add_argument("--id-column", default="id", help="column or field holding the id (default: id)")
    p.add_argument("--max-chars", type=int, default=None,
                   help="refuse texts longer than this (default: 5,000,000)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="quality", description="Rate how reliable news-style articles are, and say why.")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("features", help="print every measurement with its evidence")
    _add_input_options(p)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--evidence", type=int, default=3, help="evidence spans shown per measurement in the table")
    p.set_defaults(func=_cmd_features)
    return parser


def _version() -> str:
    from quality import __version__

    return f"quality {__version__}"


def _records(args: argparse.Namespace):
    from quality.io import DEFAULT_MAX_CHARS, read_records

    if args.max_chars is not None and args.max_chars < 1:
        raise UsageError(f"--max-chars must be >= 1. Got {args.max_chars} instead.")
    return read_records(
        args.inputs,
        text_column=args.text_column,
        id_column=args.id_column,
        max_chars=args.max_chars or DEFAULT_MAX_CHARS,
    )


def _cmd_features(args: argparse.Namespace) -> int:
    from quality.features import extract_features

    failed = 0
    results = []
    for record in _records(args):
        if record.error is not None:
            failed += 1
            results.append({"id": record.id, "status": "error", "error": record.error})
            continue
        features = extract_features(record.text)
        results.append(
            {"id": record.id, "status": "ok",
             "features": {name: m.to_dict() for name, m in features.items()}}
        )
        if args.format == "table":
            _print_feature_table(record.id, features, args.evidence)
            results.pop()
    if args.format == "json":
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for r in results:
            print(f"{r['id']}: error: {r['error']}", file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"quality: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except QualityError as exc:
        print(f"quality: error: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("quality: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())

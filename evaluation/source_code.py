"""How the source-code check (quality.source_code) separates listings from articles.

    python evaluation/source_code.py [--data ../shared/data]

Prints, for every corpus under ``--data`` (each ``<set>/articles.jsonl``, texts as stored):
the articles read, how many hold a code-like line at all, the highest share of an
article's characters in code-like lines, and how many ``is_source_code`` flags (the aim:
none). Then the same for this
project's own Python modules (quality/, evaluation/, benchmarks/), which are listings
with docstrings and comments: the aim is all of them. Reads files; writes nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import quality_checkout  # noqa: F401  (warns if quality is not this checkout's)

from quality.source_code import is_code_line, is_source_code

ROOT = Path(__file__).resolve().parent.parent


def corpus_rows(path: Path) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            try:
                texts.append(str(json.loads(line).get("text") or ""))
            except (json.JSONDecodeError, AttributeError):
                continue
    return texts


def code_chars(text: str) -> tuple[int, int]:
    """(characters in code-like lines, non-blank characters), lines stripped."""
    lines = [line.strip() for line in text.splitlines()]
    return sum(len(line) for line in lines if is_code_line(line)), sum(map(len, lines))


def summary(name: str, texts: list[str]) -> str:
    shares = [code_chars(t) for t in texts]
    with_code = sum(1 for code, _ in shares if code)
    highest = max((code / chars for code, chars in shares if chars), default=0.0)
    flagged = sum(map(is_source_code, texts))
    return f"{name:32s} {len(texts):6d} {with_code:10d} {highest:8.2f} {flagged:8d}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    print(f"{'texts':32s} {'read':>6s} {'code line':>10s} {'highest':>8s} {'flagged':>8s}")
    for path in sorted(args.data.glob("*/articles.jsonl")):
        print(summary(path.parent.name, corpus_rows(path)))
    modules = sorted(p for d in ("quality", "evaluation", "benchmarks") for p in (ROOT / d).rglob("*.py"))
    print(summary("this project's modules", [p.read_text(encoding="utf-8") for p in modules]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

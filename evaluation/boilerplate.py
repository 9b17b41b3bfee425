"""Boilerplate removal on trafilatura's public benchmark, scored by snippet.

The benchmark (../shared/data/trafilatura_eval, MANIFEST.md there) is trafilatura's own
evaluation set: web pages, and for each a few snippets an extractor must output ("with")
and must not output ("without"). Each page is read five ways:

- trafilatura ``extract()`` with its defaults (the MANIFEST's reference row);
- trafilatura as ``quality clean`` reads an .html file (quality/io.py: its defaults,
  comments and tables kept, so this row equals the first; scoring leaves comments out);
- ``quality clean`` on that text: our labels must not remove news trafilatura kept;
- the page's full visible text with no cleaning: trafilatura's ``html2txt`` (one line),
  and the same text with its block boundaries kept as line breaks (the same characters,
  so the same scores, but with paragraphs a cleaner can label);
- ``quality clean`` on that full text: how much chrome the labels remove on their own.

Scoring follows the MANIFEST (trafilatura's tests/eval_common.py): output and snippets
are whitespace-normalised, a snippet counts when it is a case-sensitive substring; a
"with" snippet found is a true positive, missed a false negative; a "without" snippet
found is a false positive, absent a true negative; counts are summed over pages.

Pages are split into two halves by a hash of their id ("dev": the rules were read against
its misses; "held": not looked at while writing rules), reported side by side. The
benchmark's pages and text never enter the project: this script only reads them.

    python evaluation/boilerplate.py [--data DIR] [--json OUT] [--jobs 2] [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterable
from multiprocessing import Pool
from pathlib import Path

import quality_checkout  # noqa: F401  (warns if quality is not this checkout's)

from quality.clean import clean_document

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/trafilatura_eval"

METHODS = (
    ("trafilatura extract() defaults", "traf_default"),
    ("trafilatura as quality reads HTML", "traf_quality"),
    ("quality clean, from HTML", "clean_html"),
    ("html2txt, no cleaning", "html2txt"),
    ("full text with line breaks, no cleaning", "fulltext"),
    ("quality clean, from full text", "clean_full"),
)


def half_of(page_id: str) -> str:
    """'dev' or 'held': a fixed split by the first byte of the id's SHA-1."""
    return "dev" if hashlib.sha1(page_id.encode("utf-8")).digest()[0] % 2 == 0 else "held"


def full_text(data: bytes) -> str:
    """The page's visible text, as trafilatura's ``html2txt`` collects it (same elements
    removed by ``basic_cleaning``), but with a line break at each block element instead
    of one space, so paragraphs stay paragraphs."""
    from trafilatura.baseline import basic_cleaning
    from trafilatura.utils import load_html, remove_control_characters

    tree = load_html(data)
    if tree is None:
        return ""
    body = tree.find(".//body")
    if body is None:
        return ""
    body = basic_cleaning(body)
    blocks = {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "tr", "td", "th", "ul", "title", "caption", "option", "button", "label",
    }  # fmt: skip
    for elem in body.iter(*blocks):
        sep = " " if elem.tag in ("td", "th") else "\n"
        elem.text = f"{sep}{remove_control_characters(elem.text)}" if elem.text else sep
        elem.tail = f"{sep}{remove_control_characters(elem.tail)}" if elem.tail else sep
    lines = (" ".join(line.split()) for line in body.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def page_texts(row: dict, data_dir: Path) -> dict[str, str]:
    """Each method's output for one page (a crash counts as an empty output)."""
    import trafilatura

    from quality.io import _html_record

    data = (data_dir / row["file"]).read_bytes()
    out: dict[str, str] = {}

    def attempt(key, fn):
        try:
            out[key] = fn() or ""
        except Exception:  # the benchmark's rule: a crash extracts nothing
            out[key] = ""

    attempt("traf_default", lambda: trafilatura.extract(data))
    attempt("traf_quality", lambda: _html_record(row["file"], data, comments=True).text)
    attempt("clean_html", lambda: clean_document(out["traf_quality"]).text)
    attempt("html2txt", lambda: trafilatura.html2txt(data))
    attempt("fulltext", lambda: full_text(data))
    attempt("clean_full", lambda: clean_document(out["fulltext"]).text)
    return out


def score_page(row: dict, texts: dict[str, str]) -> dict[str, list[int]]:
    """[tp, fn, fp, tn] of each method on one page."""
    counts = {}
    for key, text in texts.items():
        norm = " ".join(text.split())
        found_with = [(" ".join(s.split()) in norm) for s in row["with"]]
        found_without = [(" ".join(s.split()) in norm) for s in row["without"]]
        tp = sum(found_with)
        fp = sum(found_without)
        counts[key] = [tp, len(found_with) - tp, fp, len(found_without) - fp]
    return counts


def _work(args: tuple[dict, str]) -> dict:
    row, data_dir = args
    texts = page_texts(row, Path(data_dir))
    return {"id": row["id"], "lang": row["lang"], "half": half_of(row["id"]),
            "counts": score_page(row, texts)}  # fmt: skip


def summarise(pages: Iterable[dict]) -> dict[str, dict[str, float]]:
    pages = list(pages)
    out = {}
    for _, key in METHODS:
        tp, fn, fp, tn = (sum(p["counts"][key][i] for p in pages) for i in range(4))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        out[key] = {
            "pages": len(pages),
            "with_found": tp,
            "with": tp + fn,
            "without_absent": tn,
            "without": tn + fp,
            "keep": recall,
            "leave_out": tn / (tn + fp) if tn + fp else 0.0,
            "precision": precision,
            "recall": recall,
            "f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0,
        }
    return out


def table(results: dict[str, dict[str, dict[str, float]]]) -> str:
    lines = [
        "| subset | method | pages | with kept | without left out | precision | recall | F1 |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for subset, by_method in results.items():
        for name, key in METHODS:
            m = by_method[key]
            lines.append(
                f"| {subset} | {name} | {m['pages']} | {m['with_found']}/{m['with']} = "
                f"{m['keep']:.3f} | {m['without_absent']}/{m['without']} = {m['leave_out']:.3f} "
                f"| {m['precision']:.3f} | {m['recall']:.3f} | **{m['f1']:.3f}** |"
            )
    return "\n".join(lines)


def run(data_dir: Path, jobs: int = 1, limit: int | None = None) -> list[dict]:
    rows = [json.loads(line) for line in (data_dir / "eval.jsonl").open(encoding="utf-8")]
    rows = rows[:limit] if limit else rows
    tasks = [(row, str(data_dir)) for row in rows]
    if jobs > 1:
        with Pool(jobs) as pool:
            return pool.map(_work, tasks, chunksize=4)
    return [_work(t) for t in tasks]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--json", type=Path, help="write the figures (and per-page counts)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--limit", type=int, help="only the first N pages (a smoke test)")
    parser.add_argument("--misses", choices=["dev"], help="print the dev half's misses")
    args = parser.parse_args(argv)
    if not (args.data / "eval.jsonl").exists():
        print(f"no benchmark at {args.data} (eval.jsonl missing)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    pages = run(args.data, args.jobs, args.limit)
    seconds = time.perf_counter() - t0
    en = [p for p in pages if p["lang"] == "en"]
    subsets = {
        "all": pages,
        "English": en,
        "English, dev half": [p for p in en if p["half"] == "dev"],
        "English, held-out half": [p for p in en if p["half"] == "held"],
        "all, dev half": [p for p in pages if p["half"] == "dev"],
        "all, held-out half": [p for p in pages if p["half"] == "held"],
    }
    results = {name: summarise(sub) for name, sub in subsets.items()}
    print(table(results))
    print(f"\n{len(pages)} pages in {seconds:.1f} s with {args.jobs} process(es)")
    if args.json:
        args.json.write_text(
            json.dumps({"seconds": seconds, "results": results, "pages": pages}, indent=1)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

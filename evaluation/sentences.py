"""The sentence splitter on the English Golden Rules (pySBD's test cases).

    python evaluation/sentences.py [--data ../shared/data/golden_rules_en] [--verbose]

Prints the pass rate over all 48 cases and over the ones that matter for news (the
numbered and lettered inline lists are left out of that second figure), then the cost
of splitting per ~1,000-word article. The cases are another project's test data: they
are read from ../shared/data at run time and never copied into this project.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import quality_checkout  # noqa: F401  (warns if quality is not this checkout's)

from quality.sentences import split_sentences

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "golden_rules_en"
#: Inline list numbering ("1.) The first item 2.) The second item"): not news prose.
LIST_CASES = {f"golden-en-{n}" for n in range(31, 40)}


def run(data: Path, verbose: bool = False) -> tuple[int, int, int, int]:
    passed = total = news_passed = news_total = 0
    for line in (data / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        text = case["text"]
        got = [text[a:b].strip() for a, b in split_sentences(text)]
        ok = got == case["sentences"]
        total += 1
        passed += ok
        if case["id"] not in LIST_CASES:
            news_total += 1
            news_passed += ok
        if verbose and not ok:
            print(f"FAIL {case['id']}\n  expected {case['sentences']}\n  got      {got}")
    return passed, total, news_passed, news_total


def cost_per_article(n_articles: int = 200) -> float:
    """Milliseconds to split one ~1,000-word article (median of 5 rounds)."""
    root = Path(__file__).resolve().parents[2] / "shared" / "data"
    texts: list[str] = []
    for name in ("isot_subset", "llmfake", "perez_rosas_fakenews", "fakenewscorpus_sample"):
        path = root / name / "articles.jsonl"
        if path.exists():
            with path.open(encoding="utf-8") as f:
                for line in f:
                    text = json.loads(line).get("text") or ""
                    if len(text.split()) >= 300:
                        texts.append(text)
                    if len(texts) >= n_articles * 4:
                        break
    texts = texts[:n_articles] or ["Mr. Smith went to Washington. He said no. " * 120]
    words = sum(len(t.split()) for t in texts) / len(texts)
    rounds = []
    for _ in range(5):
        t0 = time.perf_counter()
        for t in texts:
            split_sentences(t)
        rounds.append((time.perf_counter() - t0) / len(texts) * 1000)
    # scale to 1,000 words: the cost is linear in length
    return statistics.median(rounds) * 1000 / words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--verbose", action="store_true", help="print each failing case")
    args = parser.parse_args()
    passed, total, news_passed, news_total = run(args.data, args.verbose)
    print(f"Golden Rules (English): {passed} of {total} pass")
    print(f"  without inline lists (cases 31-39): {news_passed} of {news_total}")
    print(f"split_sentences: {cost_per_article():.3f} ms per 1,000-word article")


if __name__ == "__main__":
    main()

"""Sentence-level precision and recall of the hedging extractor on CoNLL-2010 (Wikipedia).

A sentence is predicted "uncertain" when the hedging extractor finds at least one cue in
it (and, in the second row, when it finds a hedge cue or a vague attribution, since the
Wikipedia task's "weasel" labels include "some people say"). Heading-like rows and
near-duplicates are dropped, as the MANIFEST advises.

    python evaluation/hedging_conll.py [../shared/data/conll2010_wiki_uncertainty/articles.jsonl]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import quality_checkout  # noqa: F401  (warns if quality is not this checkout's)

from quality.document import Document
from quality.features.hedging import hedge_spans
from quality.features.sourcing import vague_spans

DEFAULT = (
    Path(__file__).resolve().parents[2] / "shared/data/conll2010_wiki_uncertainty/articles.jsonl"
)


def evaluate(path: Path, half: str = "all") -> dict[str, dict[str, float]]:
    """``half``: "all", or "even"/"odd" rows (the lexicon was reviewed against missed
    cues on even rows only, so odd rows are an untouched check)."""
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    if half != "all":
        rows = rows[0 if half == "even" else 1 :: 2]
    rows = [r for r in rows if not r["meta"].get("heading_like") and not r["meta"].get("dup_of")]
    gold = [r["label"] == "uncertain" for r in rows]
    docs = [Document(r["text"]) for r in rows]
    predictions = {
        "hedge cues": [bool(hedge_spans(d)) for d in docs],
        "hedge cues or vague attribution": [bool(hedge_spans(d) or vague_spans(d)) for d in docs],
    }
    out = {}
    for name, pred in predictions.items():
        tp = sum(p and g for p, g in zip(pred, gold))
        fp = sum(p and not g for p, g in zip(pred, gold))
        fn = sum(g and not p for p, g in zip(pred, gold))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[name] = {
            "sentences": len(gold),
            "uncertain": sum(gold),
            "precision": precision,
            "recall": recall,
            "f1": f1,
        }
    return out


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    if not path.exists():
        print(f"no CoNLL-2010 file at {path}", file=sys.stderr)
        return 2
    print(f"{'rows':5s} {'predictor':34s} {'n':>5s} {'precision':>9s} {'recall':>7s} {'F1':>6s}")
    for half in ("all", "odd"):
        for name, m in evaluate(path, half).items():
            print(
                f"{half:5s} {name:34s} {m['sentences']:5d} {m['precision']:9.3f} "
                f"{m['recall']:7.3f} {m['f1']:6.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

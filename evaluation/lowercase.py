"""What lower-casing an article does to its score, with and without quality.casing.

Two checks on texts from ../shared/data (neutralised, as in training), each scored as
written and lower-cased, by the shipped model counting the case measurements as for any
text ("counted") and leaving them out of lower-cased texts ("case-blind", the default):

- drift: 150 articles of 150+ words from each corpus plus labels/, both classes: the
  mean change of reliability and the share of labels that change;
- ranking and accuracy: 300 articles of 150+ words from each of ISOT, llmfake and
  Perez-Rosas: ROC-AUC and accuracy at 50 on the lower-cased texts.

    python evaluation/lowercase.py          # about 30 seconds
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from quality.giveaways import neutralise
from quality.labels import read_labeled
from quality.model import label_for
from quality.scorer import Scorer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
CORPORA = ("isot_subset", "llmfake", "perez_rosas_fakenews", "fakenewscorpus_sample")
MIN_WORDS = 150


def _sample(corpus: str, n: int, rng: random.Random) -> list[dict]:
    with open(SHARED / corpus / "articles.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rows = [r for r in rows if len(r["text"].split()) >= MIN_WORDS]
    rows = rng.sample(rows, min(n, len(rows)))
    for r in rows:
        r["text"] = neutralise(r["text"], corpus, r.get("meta"))
    return rows


def _reliability(scorer: Scorer, texts: list[str]) -> np.ndarray:
    return np.array([scorer.score(t).reliability for t in texts])


def drift(scorers: dict[str, Scorer]) -> None:
    rng = random.Random(0)
    texts = [r["text"] for c in CORPORA for r in _sample(c, 150, rng)]
    labels = [ROOT / "labels" / name for name in ("seeds.jsonl", "team_articles.jsonl")]
    texts += read_labeled(labels)["text"].tolist()
    print(f"drift on {len(texts)} articles, as written -> lower-cased")
    for name, scorer in scorers.items():
        before = _reliability(scorer, texts)
        after = _reliability(scorer, [t.lower() for t in texts])
        changed = np.mean([label_for(a) != label_for(b) for a, b in zip(before, after)])
        print(
            f"  {name:10s} mean change {np.mean(after - before):+6.1f} points, "
            f"labels changed {changed:.1%}"
        )


def ranking(scorers: dict[str, Scorer]) -> None:
    rng = random.Random(0)
    print("lower-cased texts: ROC-AUC, accuracy at 50 (as written in brackets)")
    for corpus in CORPORA[:3]:
        rows = _sample(corpus, 300, rng)
        y = np.array([r["label"] == "unreliable" for r in rows])
        texts = [r["text"] for r in rows]
        written = 100 - _reliability(scorers["case-blind"], texts)
        cells = []
        for name, scorer in scorers.items():
            risk = 100 - _reliability(scorer, [t.lower() for t in texts])
            cells.append(f"{name} {roc_auc_score(y, risk):.3f}, {np.mean((risk > 50) == y):.3f}")
        reference = f"({roc_auc_score(y, written):.3f}, {np.mean((written > 50) == y):.3f})"
        print(f"  {corpus:22s} {reference}  " + "  ".join(cells))


def main() -> None:
    scorers = {"counted": Scorer.load(case_blind=False), "case-blind": Scorer.load()}
    drift(scorers)
    ranking(scorers)


if __name__ == "__main__":
    main()

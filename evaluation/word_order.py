"""How the shipped model's word-order check separates articles from scrambled text.

    python evaluation/word_order.py [--per-corpus 400]

The scorer leaves a text ``not_rated`` ("scrambled_word_order") when, of its masked
3-grams holding two or more function words, under ``WORD_ORDER_SEEN_BELOW`` are in
the vocabulary model's n-grams (``VocabularyModel.function_trigrams_seen``), over at
least ``WORD_ORDER_MIN_TRIGRAMS`` of them. This prints, for the first ``--per-corpus``
articles of each training corpus in ../shared/data (as stored, and giveaways
neutralised as ``quality train`` reads them): the share seen in the articles (lowest,
0.1st and 1st percentiles), how many articles the rule would flag (the aim: none), and
the share of three kinds of junk made from the same articles that it flags: words
shuffled within each sentence, words shuffled across the article, and 300 words drawn
at random from the article's own words. Random draws use fixed seeds. Reads the
corpora; writes nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import quality_checkout  # noqa: E402, F401  (warns if quality is not this checkout's)

from quality import giveaways  # noqa: E402
from quality.features.vocabulary import NAME as VOCABULARY_NAME  # noqa: E402
from quality.model import load  # noqa: E402
from quality.reading import reading_view  # noqa: E402
from quality.scorer import WORD_ORDER_MIN_TRIGRAMS, WORD_ORDER_SEEN_BELOW  # noqa: E402
from quality.train import TRAINING_CORPORA  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def scrambles(text: str, seed: int) -> dict[str, str]:
    rng = random.Random(seed)
    sentences = []
    for s in _SENTENCE_END.split(text):
        words = s.split()
        rng.shuffle(words)
        sentences.append(" ".join(words))
    words = text.split()
    shuffled = words[:]
    rng.shuffle(shuffled)
    return {
        "shuffled in sentences": " ".join(sentences),
        "shuffled": " ".join(shuffled),
        "drawn at random": " ".join(rng.choice(words) for _ in range(300)) if words else "",
    }


def report(vocabulary, per_corpus: int) -> dict:
    """{"articles": [(share seen, "corpus #i"), ...] for every article read as stored
    and neutralised, "junk": {kind: [share seen or None (too short), ...]}} over the
    first ``per_corpus`` articles of each training corpus."""

    def share(text: str) -> float | None:
        # as the scorer reads it (quality.reading: hard wraps joined, and the rest)
        seen, read = vocabulary.function_trigrams_seen(reading_view(text).text)
        return seen / read if read >= WORD_ORDER_MIN_TRIGRAMS else None

    articles: list[tuple[float, str]] = []
    junk: dict[str, list[float | None]] = {}
    for name in TRAINING_CORPORA:
        with open(DATA / name / "articles.jsonl", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= per_corpus:
                    break
                record = json.loads(line)
                text = record.get("text") or ""
                for variant in (text, giveaways.neutralise(text, name, record.get("meta") or {})):
                    s = share(variant)
                    if s is not None:
                        articles.append((s, f"{name} #{i}"))
                for kind, scrambled in scrambles(text, i).items():
                    junk.setdefault(kind, []).append(share(scrambled))
    return {"articles": articles, "junk": junk}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-corpus", type=int, default=400)
    args = ap.parse_args(argv)
    vocabulary = next(m for m in load().classifier.text_models_ if m.name == VOCABULARY_NAME)
    result = report(vocabulary, args.per_corpus)
    real = result["articles"]
    if not real:
        print("no article is long enough to judge")
        return 1
    values = np.array([s for s, _ in real])
    flagged = [where for s, where in real if s < WORD_ORDER_SEEN_BELOW]
    print(
        f"articles read (as stored and neutralised): {len(values)}; share seen: lowest "
        f"{values.min():.3f} ({min(real)[1]}), 0.1st percentile {np.percentile(values, 0.1):.3f}, "
        f"1st {np.percentile(values, 1):.3f}, median {np.median(values):.3f}"
    )
    print(f"flagged at < {WORD_ORDER_SEEN_BELOW}: {len(flagged)} {flagged[:10]}")
    for kind, shares in result["junk"].items():
        measured = [s for s in shares if s is not None]
        caught = sum(s < WORD_ORDER_SEEN_BELOW for s in measured)
        print(
            f"{kind}: {caught} of {len(measured)} flagged ({caught / max(len(measured), 1):.1%}); "
            f"median share seen {np.median(measured):.3f}; {len(shares) - len(measured)} too short to judge"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

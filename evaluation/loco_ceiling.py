"""How far unconstrained bag-of-n-gram classifiers get, leave one corpus out.

    python evaluation/loco_ceiling.py [--models word,char,both] [--C 4]
    python evaluation/loco_ceiling.py labels/seeds.jsonl ../shared/data/llmfake/articles.jsonl

The issue's bar for the shipped model (leave-one-corpus-out mean ROC-AUC 0.85) is
measured here against classifiers with none of its constraints: logistic regression
over TF-IDF word 1-2-grams (the baseline ``quality train`` prints), character 2-5-grams
within words, or both, reading every word, topic words and cue words included, with no
bound on any one word's influence. The texts, folds and sample weights are
``quality train``'s (giveaways neutralised by ``quality.giveaways``; corpora weighed by
``quality.train.sample_weights``), so the figures sit beside the card's.

Prints, per model, the mean ROC-AUC over the corpora that hold both labels (length-
matched in brackets, ``quality.metrics.length_matched_auc``) and each corpus's figure.
Takes 3-10 minutes a model on 2 cores. Reads the labeled files (default: the ones the
README's train command reads); writes nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import quality_checkout  # noqa: E402, F401  (warns if quality is not this checkout's)

from quality import giveaways, metrics  # noqa: E402
from quality.document import Document  # noqa: E402
from quality.labels import read_labeled  # noqa: E402
from quality.train import (  # noqa: E402
    MIN_PER_CLASS,
    TFIDF_C,
    held_out_splits,
    sample_weights,
    tfidf_vectorizer,
    training_files,
)

DEFAULT_FILES = training_files(ROOT)
#: The card's TF-IDF baseline vectorizer, word 1-2-grams.
word_vectorizer = tfidf_vectorizer


def char_vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), min_df=3, max_features=300_000,
        sublinear_tf=True, dtype=np.float32,
    )


MODELS = {
    "word": (word_vectorizer,),
    "char": (char_vectorizer,),
    "both": (word_vectorizer, char_vectorizer),
}


def leave_one_corpus_out(texts, y, corpus, word_counts, vectorizers, C: float) -> dict:
    """{corpus: (ROC-AUC, length-matched ROC-AUC)} for each corpus holding at least
    MIN_PER_CLASS articles of each label, the model trained on all the others."""
    out = {}
    for held, test in held_out_splits(y, corpus):
        train = ~test
        fitted = [make() for make in vectorizers]
        X_train = hstack([v.fit_transform(texts[train]) for v in fitted]).tocsr()
        X_test = hstack([v.transform(texts[test]) for v in fitted]).tocsr()
        model = LogisticRegression(C=C, max_iter=2000)
        model.fit(X_train, y[train], sample_weight=sample_weights(corpus[train], y[train]))
        p = model.decision_function(X_test)
        out[held] = (
            metrics.roc_auc(y[test], p),
            metrics.length_matched_auc(y[test], p, word_counts[test]),
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="labeled JSONL/CSV files (default: the training set)")
    ap.add_argument("--models", default="word,char,both", help=f"comma-separated, of {', '.join(MODELS)}")
    ap.add_argument(
        "--C", type=float, default=TFIDF_C, help=f"inverse regularisation (the card's baseline: {TFIDF_C:g})"
    )
    args = ap.parse_args(argv)
    names = [m.strip() for m in args.models.split(",") if m.strip()]
    unknown = [m for m in names if m not in MODELS]
    if unknown:
        ap.error(f"unknown model(s) {', '.join(unknown)}; choose from {', '.join(MODELS)}")
    files = args.files or DEFAULT_FILES
    missing = [str(f) for f in files if not Path(f).exists()]
    if missing:
        ap.error(f"no such file(s): {', '.join(missing)}")

    data = giveaways.neutralise_frame(read_labeled(files))
    data = data[data["text"].str.strip().str.len() > 0].reset_index(drop=True)
    texts = data["text"].to_numpy()
    y = data["y"].to_numpy()
    corpus = data["corpus"].to_numpy()
    word_counts = np.array([Document(t).word_count for t in texts])
    print(f"{len(texts)} articles from {len(set(corpus))} corpora (giveaways neutralised)", flush=True)
    for name in names:
        start = time.time()
        result = leave_one_corpus_out(texts, y, corpus, word_counts, MODELS[name], args.C)
        if not result:
            print(f"{name}: no corpus holds {MIN_PER_CLASS} articles of each label")
            continue
        mean = np.mean([a for a, _ in result.values()])
        matched = np.mean([b for _, b in result.values()])
        cells = ", ".join(f"{c} {a:.3f} ({b:.3f})" for c, (a, b) in result.items())
        print(f"{name} (C = {args.C:g}): mean {mean:.3f} ({matched:.3f}); {cells}  [{time.time() - start:.0f} s]", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Training: labeled sets in, a calibrated glass-box model and its card out.

The card reports, beside two baselines trained the same way (word count alone; TF-IDF
word n-grams with logistic regression), grouped 5-fold cross-validation and
leave-one-corpus-out results: train on every set but one, test on it. The second is what
predicts performance on sources the model never saw, and is the figure we optimise.

Rows are weighed so that no corpus dominates (each row by 1/sqrt of its corpus size)
and the two classes weigh the same in total.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from quality import giveaways, metrics
from quality.casing import case_columns, is_caseless
from quality.features import MODEL_FEATURE_NAMES, SPECS, extract_features
from quality.labels import corpus_name, read_labeled
from quality.model import GlassBoxClassifier, card_path, save, sha256_file

N_FOLDS = 5
SEED = 0
#: A corpus needs this many articles of each class for its own ROC-AUC to be reported.
MIN_PER_CLASS = 20


# -- features ----------------------------------------------------------------------------


_CASE_COLUMNS = case_columns(MODEL_FEATURE_NAMES)


def _feature_rows(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    rows = np.empty((len(texts), len(MODEL_FEATURE_NAMES)))
    word_counts = np.empty(len(texts))
    for i, text in enumerate(texts):
        features = extract_features(text)
        rows[i] = [features[n].value for n in MODEL_FEATURE_NAMES]
        if is_caseless(features):  # no usable letter case: it tells nothing (quality.casing)
            rows[i, _CASE_COLUMNS] = np.nan
        word_counts[i] = features["webstats.gopher_word_count"].value
    return rows, word_counts


def featurize(
    texts: Sequence[str], n_jobs: int = 1, chunk: int = 64, progress: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Model features and word counts for many texts, in order, on ``n_jobs`` processes."""
    from joblib import Parallel, delayed

    chunks = [list(texts[i : i + chunk]) for i in range(0, len(texts), chunk)]
    if not chunks:
        return np.empty((0, len(MODEL_FEATURE_NAMES))), np.empty(0)
    jobs = (delayed(_feature_rows)(c) for c in chunks)
    results = Parallel(n_jobs=n_jobs, return_as="generator")(jobs)
    if progress:
        from tqdm import tqdm

        results = tqdm(results, total=len(chunks), unit="chunk", desc="features", leave=False)
    parts = list(results)
    return np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


@dataclass
class Prepared:
    """Labeled rows after giveaways were neutralised, with their model features."""

    data: pd.DataFrame  # id, corpus, group, y, word_count, text (neutralised)
    X: np.ndarray

    @property
    def y(self) -> np.ndarray:
        return self.data["y"].to_numpy()

    @property
    def groups(self) -> np.ndarray:
        return self.data["group"].to_numpy()


def prepare(
    data: pd.DataFrame, *, neutralise: bool = True, n_jobs: int = 1, progress: bool = False
) -> Prepared:
    data = data.copy()
    if neutralise:
        data = giveaways.neutralise_frame(data)
    data = data[data["text"].str.strip().str.len() > 0].reset_index(drop=True)
    X, word_counts = featurize(data["text"].tolist(), n_jobs=n_jobs, progress=progress)
    data["word_count"] = word_counts
    if neutralise:
        index = {n: j for j, n in enumerate(MODEL_FEATURE_NAMES)}
        for i, (c, m) in enumerate(zip(data["corpus"], data["meta"])):
            for name in giveaways.masked_features(c, m, list(MODEL_FEATURE_NAMES)):
                X[i, index[name]] = np.nan
    return Prepared(data, X)


def sample_weights(corpus: np.ndarray, y: np.ndarray) -> np.ndarray:
    """1/sqrt(corpus size) per row, then rescaled so both classes weigh the same."""
    sizes = pd.Series(corpus).map(pd.Series(corpus).value_counts()).to_numpy(dtype=float)
    w = 1.0 / np.sqrt(sizes)
    for cls in (0, 1):
        m = y == cls
        if m.any():
            w[m] *= 0.5 * w.sum() / w[m].sum()
    return w * len(w) / w.sum()


# -- models trained the same way ---------------------------------------------------------


class OursModel:
    name = "ours"

    def __init__(self, C: float = 0.3) -> None:
        self.C = C

    def fit(self, prep: Prepared, idx: np.ndarray) -> OursModel:
        self.clf_ = fit_calibrated(
            prep.X[idx],
            prep.y[idx],
            prep.groups[idx],
            prep.data["corpus"].to_numpy()[idx],
            C=self.C,
        )
        return self

    def predict(self, prep: Prepared, idx: np.ndarray) -> np.ndarray:
        return self.clf_.predict_proba(prep.X[idx])[:, 1]


class WordCountModel:
    name = "word_count"

    def fit(self, prep: Prepared, idx: np.ndarray) -> WordCountModel:
        x = np.log1p(prep.data["word_count"].to_numpy()[idx]).reshape(-1, 1)
        w = sample_weights(prep.data["corpus"].to_numpy()[idx], prep.y[idx])
        self.lr_ = LogisticRegression(max_iter=1000).fit(x, prep.y[idx], sample_weight=w)
        return self

    def predict(self, prep: Prepared, idx: np.ndarray) -> np.ndarray:
        x = np.log1p(prep.data["word_count"].to_numpy()[idx]).reshape(-1, 1)
        return self.lr_.predict_proba(x)[:, 1]


class TfidfModel:
    name = "tfidf"

    def fit(self, prep: Prepared, idx: np.ndarray) -> TfidfModel:
        self.vec_ = TfidfVectorizer(
            ngram_range=(1, 2), min_df=2, max_features=200_000, sublinear_tf=True, dtype=np.float32
        )
        Xt = self.vec_.fit_transform(prep.data["text"].to_numpy()[idx])
        w = sample_weights(prep.data["corpus"].to_numpy()[idx], prep.y[idx])
        self.lr_ = LogisticRegression(C=4.0, max_iter=2000).fit(Xt, prep.y[idx], sample_weight=w)
        return self

    def predict(self, prep: Prepared, idx: np.ndarray) -> np.ndarray:
        return self.lr_.predict_proba(self.vec_.transform(prep.data["text"].to_numpy()[idx]))[:, 1]


MODELS: dict[str, Callable[[], Any]] = {
    "ours": OursModel,
    "word_count": WordCountModel,
    "tfidf": TfidfModel,
}


def grouped_folds(y: np.ndarray, groups: np.ndarray, n_splits: int = N_FOLDS):
    n_splits = max(2, min(n_splits, int(min(np.bincount(y, minlength=2)))))
    splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=SEED)
    return list(splitter.split(np.zeros(len(y)), y, groups))


def model_signs() -> list[int]:
    return [SPECS[n].direction for n in MODEL_FEATURE_NAMES]


def fit_calibrated(X, y, groups, corpus, C: float = 0.3) -> GlassBoxClassifier:
    """Fit on everything, then calibrate on grouped out-of-fold decision values."""
    w = sample_weights(corpus, y)
    signs = model_signs()
    oof = np.zeros(len(y))
    for train, test in grouped_folds(y, groups):
        clf = GlassBoxClassifier(C=C, signs=signs).fit(X[train], y[train], sample_weight=w[train])
        oof[test] = clf.decision_function(X[test])
    clf = GlassBoxClassifier(C=C, signs=signs).fit(
        X, y, feature_names=list(MODEL_FEATURE_NAMES), sample_weight=w
    )
    return clf.calibrate(oof, y, sample_weight=w)


def cross_validate(prep: Prepared, models: Sequence[str] = tuple(MODELS)) -> dict[str, np.ndarray]:
    """Out-of-fold probabilities of each model over grouped folds."""
    oof = {name: np.zeros(len(prep.y)) for name in models}
    for train, test in grouped_folds(prep.y, prep.groups):
        for name in models:
            oof[name][test] = MODELS[name]().fit(prep, train).predict(prep, test)
    return oof


def leave_one_corpus_out(prep: Prepared, models: Sequence[str] = tuple(MODELS)) -> dict:
    """For each corpus: train on all the others, test on it."""
    corpus = prep.data["corpus"].to_numpy()
    out: dict[str, dict[str, Any]] = {}
    for held in sorted(set(corpus)):
        test = np.flatnonzero(corpus == held)
        train = np.flatnonzero(corpus != held)
        if len(set(prep.y[train])) < 2:
            continue
        y = prep.y[test]
        row: dict[str, Any] = {"n": int(len(test)), "n_unreliable": int(y.sum())}
        for name in models:
            p = MODELS[name]().fit(prep, train).predict(prep, test)
            enough = min(y.sum(), len(y) - y.sum()) >= MIN_PER_CLASS
            at_half = metrics.threshold_metrics(y, p)
            row[name] = {
                "roc_auc": metrics.roc_auc(y, p) if enough else math.nan,
                "accuracy": at_half["accuracy"],
                "recall": at_half["recall"],
            }
        out[held] = row
    return out


def _mean_auc(loco: dict, name: str) -> float:
    values = [r[name]["roc_auc"] for r in loco.values() if not math.isnan(r[name]["roc_auc"])]
    return float(np.mean(values)) if values else math.nan


def per_bucket_auc(y, p, word_counts) -> dict[str, float]:
    buckets = metrics.length_bucket(word_counts)
    return {
        metrics.bucket_name(b): metrics.roc_auc(y[buckets == b], p[buckets == b])
        for b in np.unique(buckets)
    }


# -- the whole job -------------------------------------------------------------------------


def train(
    paths: Sequence[str | os.PathLike],
    out: str | os.PathLike,
    *,
    n_jobs: int = 1,
    evaluate: bool = True,
    progress: bool = False,
    log: Callable[[str], None] = lambda s: None,
) -> dict[str, Any]:
    """Train on labeled files, save model and card to ``out``; returns the card."""
    paths = [Path(p) for p in paths]
    data = read_labeled(paths)
    log(f"read {len(data)} labeled articles from {len(paths)} files")
    prep = prepare(data, n_jobs=n_jobs, progress=progress)
    y, corpus = prep.y, prep.data["corpus"].to_numpy()
    log(f"features for {len(y)} articles after neutralising giveaways")
    card: dict[str, Any] = {
        "name": "article-quality reliability model",
        "positive_class": "unreliable (decision = log-odds of unreliable)",
        "training_files": [
            {
                "corpus": corpus_name(p),  # its folder for an articles.jsonl
                "path": _display_path(p),
                "sha256": sha256_file(p),
                "rows": int((data["corpus"] == corpus_name(p)).sum()),
            }
            for p in paths
        ],
        "class_balance": {
            c: {
                "reliable": int(((corpus == c) & (y == 0)).sum()),
                "unreliable": int(((corpus == c) & (y == 1)).sum()),
            }
            for c in sorted(set(corpus))
        },
        "neutralised_giveaways": "quality/giveaways.py",
        "licence_note": (
            "Trained on research-use corpora (ISOT fake news subset, LLMFake (Chen & Shu 2024), "
            "Perez-Rosas et al. 2018, FakeNewsCorpus sample) plus the project's labels/. Their "
            "texts are not shipped; the model's use inherits their research-only terms."
        ),
    }
    if evaluate:
        log("grouped 5-fold cross-validation (ours and two baselines)")
        oof = cross_validate(prep)
        wc = prep.data["word_count"].to_numpy()
        card["cross_validation"] = {name: metrics.summary(y, p, wc) for name, p in oof.items()}
        card["cross_validation_length_buckets"] = {
            name: per_bucket_auc(y, p, wc) for name, p in oof.items()
        }
        log("leave-one-corpus-out")
        loco = leave_one_corpus_out(prep)
        card["leave_one_corpus_out"] = loco
        card["leave_one_corpus_out_mean_roc_auc"] = {n: _mean_auc(loco, n) for n in MODELS}
    clf = fit_calibrated(prep.X, y, prep.groups, corpus)
    save(clf, out, metrics.clean(card))
    with open(card_path(Path(out)), encoding="utf-8") as fh:
        return json.load(fh)


def _display_path(path: Path) -> str:
    """The path relative to the project when inside it or beside it, never absolute."""
    root = Path(__file__).resolve().parent.parent
    resolved = path.resolve()
    for base, prefix in ((root, ""), (root.parent, "../")):
        try:
            return prefix + str(resolved.relative_to(base))
        except ValueError:
            continue
    return f"{path.parent.name}/{path.name}"  # the folder names the corpus

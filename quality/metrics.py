"""Metrics shared by training and evaluation, defined once.

Every metric takes ``y`` (1 = unreliable) and ``p`` (probability of unreliable) and
returns a float, NaN where undefined (one class only), never raising.
"""

from __future__ import annotations

import math

import numpy as np
from sklearn import metrics as skm

#: Word-count buckets for length-matched comparisons (lower bounds; the last is open).
LENGTH_BUCKETS = (0, 150, 300, 600, 1200)


def _two_classes(y) -> bool:
    y = np.asarray(y)
    return 0 < y.sum() < len(y)


def roc_auc(y, p) -> float:
    return float(skm.roc_auc_score(y, p)) if _two_classes(y) else math.nan


def pr_auc(y, p) -> float:
    return float(skm.average_precision_score(y, p)) if _two_classes(y) else math.nan


def brier(y, p) -> float:
    return float(skm.brier_score_loss(y, p)) if len(y) else math.nan


def threshold_metrics(y, p, threshold: float = 0.5) -> dict[str, float]:
    y = np.asarray(y)
    pred = (np.asarray(p) >= threshold).astype(int)
    tp = int(((pred == 1) & (y == 1)).sum())
    fp = int(((pred == 1) & (y == 0)).sum())
    fn = int(((pred == 0) & (y == 1)).sum())
    tn = int(((pred == 0) & (y == 0)).sum())
    precision = tp / (tp + fp) if tp + fp else math.nan
    recall = tp / (tp + fn) if tp + fn else math.nan
    # undefined (NaN) with no unreliable article labelled or predicted, as precision and
    # recall are: "f1 0.000" beside "precision n/a" contradicted itself (a new user's find)
    f1 = 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else math.nan
    return {
        "accuracy": (tp + tn) / len(y) if len(y) else math.nan,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
    }


def expected_calibration_error(y, p, bins: int = 10) -> float:
    y, p = np.asarray(y, dtype=float), np.asarray(p, dtype=float)
    if not len(y):
        return math.nan
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            ece += m.mean() * abs(p[m].mean() - y[m].mean())
    return float(ece)


def recall_at_fpr(y, p, fpr: float) -> float:
    """Share of unreliable articles caught while flagging at most ``fpr`` of reliable ones."""
    if not _two_classes(y):
        return math.nan
    fprs, tprs, _ = skm.roc_curve(y, p)
    ok = fprs <= fpr + 1e-12
    return float(tprs[ok].max()) if ok.any() else 0.0


def reliability_cutoff_at_fpr(y, p, fpr: float) -> float:
    """The reliability (0-100) at or below which articles are flagged so that at most
    ``fpr`` of reliable ones are, catching ``recall_at_fpr`` of unreliable ones: the
    cut-off a reader of their own labelled sample picks instead of the labels' 40/60.
    NaN with one class, or when no cut-off flags so few reliable articles (ties at the
    lowest reliability). Rounded up to 4 decimals, as reports give it: rounded to the
    nearest, the cut-off fell just under the article at it, which it then no longer
    flagged (recall 0.93 where the report said 1.0); up to a point short of the next
    article's reliability, so rounding flags no more either."""
    if not _two_classes(y):
        return math.nan
    fprs, tprs, thresholds = skm.roc_curve(y, p)
    ok = np.flatnonzero(fprs <= fpr + 1e-12)
    best = ok[np.argmax(tprs[ok])]
    t = float(thresholds[best])
    # roc_curve's first threshold is +inf (flag nothing)
    if not math.isfinite(t):
        return math.nan
    cut = 100.0 * (1.0 - t)
    rounded = math.ceil(cut * 1e4) / 1e4
    if best + 1 < len(thresholds) and rounded >= 100.0 * (1.0 - float(thresholds[best + 1])):
        return cut  # the next article within 0.0001: no rounding keeps the two apart
    return rounded


def length_bucket(word_counts) -> np.ndarray:
    return np.searchsorted(LENGTH_BUCKETS, np.asarray(word_counts), side="right") - 1


def bucket_name(b: int) -> str:
    lo = LENGTH_BUCKETS[b]
    hi = LENGTH_BUCKETS[b + 1] if b + 1 < len(LENGTH_BUCKETS) else None
    return f"{lo}-{hi - 1} words" if hi else f"{lo}+ words"


def length_matched_auc(y, p, word_counts) -> float:
    """ROC-AUC over pairs of one reliable and one unreliable article of the same length
    bucket: length cannot pass for quality when both sides have the same length."""
    y, p = np.asarray(y), np.asarray(p)
    buckets = length_bucket(word_counts)
    num = den = 0.0
    for b in np.unique(buckets):
        m = buckets == b
        pos, neg = int(y[m].sum()), int((1 - y[m]).sum())
        if pos and neg:
            num += roc_auc(y[m], p[m]) * pos * neg
            den += pos * neg
    return num / den if den else math.nan


def summary(y, p, word_counts=None, threshold: float = 0.5) -> dict[str, float]:
    out = {
        "n": int(len(y)),
        "n_unreliable": int(np.sum(y)),
        "roc_auc": roc_auc(y, p),
        "pr_auc": pr_auc(y, p),
        "brier": brier(y, p),
        "ece": expected_calibration_error(y, p),
        "recall_at_1pct_fpr": recall_at_fpr(y, p, 0.01),
        "recall_at_5pct_fpr": recall_at_fpr(y, p, 0.05),
    }
    out.update(threshold_metrics(y, p, threshold))
    if word_counts is not None:
        out["length_matched_roc_auc"] = length_matched_auc(y, p, word_counts)
    return out


def clean(obj):
    """Round floats and turn NaN into None, for JSON."""
    if isinstance(obj, dict):
        return {k: clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [clean(v) for v in obj]
    if isinstance(obj, (float, np.floating)):
        return None if math.isnan(obj) else round(float(obj), 4)
    if isinstance(obj, np.integer):
        return int(obj)
    return obj

"""The reliability model: a glass box whose every feature contribution adds up exactly.

Features are clipped to the 1st-99th percentile of the training data (one outlier must
not dominate), standardised, and weighed by an L2-regularised logistic regression with
balanced class weights, whose weights are held to each signal's documented direction
(``Spec.direction``): hedging may only lower reliability, named sources only raise it.
Unconstrained, the weights learn whatever separates the training corpora, such as
Reuters' house style, and flip on the next corpus; constrained, leave-one-corpus-out
ROC-AUC rose from 0.45 to the figure in the model card. Platt scaling, fitted on out-of-fold decision values, is folded
into the coefficients, so the decision value is still ``intercept + sum(contributions)``
and its logistic is a calibrated probability (for a 50/50 prior of the two classes).

The decision value is the log-odds that an article is *unreliable*. The reliability
score is ``100 * (1 - p_unreliable)``, and a label follows from documented cut-offs.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from quality.errors import ModelError
from quality.model_files import card_path, default_model_path, sha256_file  # noqa: F401  (re-exported)

#: Reliability cut-offs (score 0-100): below UNRELIABLE_BELOW is unreliable, at or above
#: RELIABLE_FROM is reliable, between is questionable. 50 is even odds.
UNRELIABLE_BELOW = 40.0
RELIABLE_FROM = 60.0
THRESHOLD = 50.0
#: A rare feature needs this many training articles that have it to be scaled from them.
RARE_MIN_ARTICLES = 10


def shown_score(score: float, width: int = 0) -> str:
    """``score`` to one decimal, as the table and the reports print it, or to as many as
    keep it on its side of a label's cut-off: 39.96 is "39.96", not "40.0" beside
    "unreliable" (a new user's find, 2026-12-07). ``width``: the field's width."""
    for decimals in range(1, 7):  # as many as keep it on its side: "39.96", "39.996"
        shown = round(score, decimals)
        if not any(shown >= cut > score for cut in (UNRELIABLE_BELOW, RELIABLE_FROM)):
            return f"{shown:{width}.{decimals}f}"
    return f"{math.floor(score * 1e6) / 1e6:{width}.6f}"


def label_for(score: float) -> str:
    if score < UNRELIABLE_BELOW:
        return "unreliable"
    if score >= RELIABLE_FROM:
        return "reliable"
    return "questionable"


class GlassBoxClassifier(ClassifierMixin, BaseEstimator):
    """Standardised, clipped logistic regression with exact additive explanations.

    Parameters
    ----------
    C : float, default=0.3
        Inverse L2 regularisation strength of the logistic regression.
    clip_quantile : float, default=0.01
        Features are clipped to the [q, 1-q] quantiles of the training data.
    signs : sequence of int or None, default=None
        Per feature: +1 the weight must be >= 0 (pushes towards unreliable), -1 it must
        be <= 0, 0 free. None leaves every weight free.
    max_contribution : float, sequence of float, or None, default=None
        Bounded influence: each feature's contribution is clipped to
        [-max_contribution, +max_contribution] log-odds (one bound for all, or one per
        feature), so no single measurement can carry an article (0.8 log-odds is at
        most 20 reliability points, see ``score_points``). None leaves contributions
        unbounded.
    evidence_words : float, default=0.0
        Evidence-size shrinkage for rates (the ``rate_columns``): a rate measured on n
        words is replaced by ``(n * rate + k * prior) / (n + k)`` with k this many words
        and prior the training median, so one weekday in 130 words weighs like a
        milder rate, not like one on 2,000 words. 0 turns it off. When on, every method
        that reads X needs ``words`` (the article's word count, shape (n_samples,)).
    rate_columns : sequence of bool or None, default=None
        Which features are rates (per 1,000 words or fractions) to shrink.
    excluded : sequence of bool or None, default=None
        Features whose weight is held at 0 (not counted), e.g. a signal that points one
        way on one training corpus and the other way on another.
    capped : sequence of bool or None, default=None
        Features that raise reliability only up to the median of reliable training
        articles (the clip on the side their sign says is reliable: the upper one for
        sign -1, the lower one for sign +1). What a writer can add at will without
        adding reporting ("on Tuesday", "said", wire phrasing) then earns at most what a
        typical reliable article has; a feature can still cost points in full.
    bound_scale : float or None, default=None
        With ``max_contribution``: fit each contribution as the smooth bounded
        ``T tanh(w z / T)`` with T = bound_scale * max_contribution (the fit then knows
        the bound), instead of a plain linear term clipped afterwards. Calibration scales
        T with the weights; train.fit_calibrated picks bound_scale = 1/(Platt slope) so
        that T ends near max_contribution. None: linear, clipped.
    min_weight : sequence of float or None, default=None
        Per feature, the least weight magnitude in its sign's direction (0 for none):
        a design prior for a signal the training corpora barely hold but whose meaning
        is not in doubt.
    max_weight : sequence of float or None, default=None
        Per feature, the greatest weight magnitude (inf for none): keeps a steep signal
        from acting as an on/off switch, where one edit carries it from one bound to the
        other.
    item_bound : float or None, default=None
        With ``item_columns``: an item feature's contribution the way its weight points
        is at most this many log-odds per item found (per evidence span: one stock
        phrase, one named source). When on, every method that reads X needs ``items``
        (evidence spans per feature, shape (n_samples, n_features)).
    item_columns : sequence of bool or None, default=None
        Which features count items. One that points to unreliable (sign +1, not rare)
        is measured from its lower clip, "none" for most ("from none", ``from_none_``):
        an article without its items gets nothing for that, so the first stock phrase
        or repeated sentence found moves a score by at most ``item_bound``, not by the
        loss of a "none found" bonus as well.
    rare_heavy : sequence of float or None, default=None
        Per feature, a design heavy case (NaN for none) for a rare fault that fewer than
        RARE_MIN_ARTICLES training articles hold: without one its clip flattens it to a
        constant and it counts for nothing, however plain its meaning (the placeholder
        measurement did when six transcripts' "BYLINE:" labels stopped counting).
    family_bound : float or None, default=None
        With ``family_columns``: the most the family's contributions may move the
        log-odds together, either way. Over it, each member's contribution is scaled by
        the same factor, so they still add up to the decision. A writer's one sentence
        can carry several cues at once ('"We know," Maria Lindqvist said on Thursday.':
        a name, a quotation, "said", a weekday), each within its own bound.
    family_columns : sequence of bool or None, default=None
        The features of that family.
    """

    #: class defaults, so that models pickled before a parameter read as without it
    rare_heavy = None
    family_bound = None
    family_columns = None

    def __init__(
        self,
        C: float = 0.3,
        clip_quantile: float = 0.01,
        signs=None,
        max_contribution: float | None = None,
        evidence_words: float = 0.0,
        rate_columns=None,
        excluded=None,
        capped=None,
        min_weight=None,
        bound_scale: float | None = None,
        max_weight=None,
        item_bound: float | None = None,
        item_columns=None,
        rare_heavy=None,
        family_bound: float | None = None,
        family_columns=None,
    ) -> None:
        self.C = C
        self.clip_quantile = clip_quantile
        self.signs = signs
        self.max_contribution = max_contribution
        self.evidence_words = evidence_words
        self.rate_columns = rate_columns
        self.excluded = excluded
        self.capped = capped
        self.min_weight = min_weight
        self.bound_scale = bound_scale
        self.max_weight = max_weight
        self.item_bound = item_bound
        self.rare_heavy = rare_heavy
        self.item_columns = item_columns
        self.family_bound = family_bound
        self.family_columns = family_columns

    def fit(self, X, y, feature_names: list[str] | None = None, sample_weight=None, words=None):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=int)
        raw = X
        self.feature_names_in_ = np.array(
            feature_names if feature_names is not None else [f"x{i}" for i in range(X.shape[1])]
        )
        self.n_features_in_ = X.shape[1]
        self.classes_ = np.array([0, 1])
        self.median_ = np.nanmedian(np.where(np.isfinite(X), X, np.nan), axis=0)
        self.median_ = np.nan_to_num(self.median_)
        X = self._shrink(self._impute(X), words)
        q = self.clip_quantile
        self.low_ = np.quantile(X, q, axis=0)
        self.high_ = np.quantile(X, 1 - q, axis=0)
        heavy = self._rare_heavy(X)
        if self.capped is not None and (y == 0).any():
            # the reliability-raising side of a capped feature stops at the reliable median
            median_reliable = np.clip(np.quantile(X[y == 0], 0.5, axis=0), self.low_, self.high_)
            cap = np.asarray(self.capped, dtype=bool)
            signs = np.asarray(self.signs if self.signs is not None else np.zeros(len(cap)))
            self.high_ = np.where(cap & (signs < 0), median_reliable, self.high_)
            self.low_ = np.where(cap & (signs > 0), median_reliable, self.low_)
        Xc = np.clip(X, self.low_, self.high_)
        self.mean_ = Xc.mean(axis=0)
        scale = Xc.std(axis=0)
        self.scale_ = np.where(scale > 1e-12, scale, 1.0)
        # rare features are measured from "none": 0 at the common value, 2 at the heavy
        # case (below), clipped there
        self.rare_ = np.isfinite(heavy)
        self.high_ = np.where(self.rare_, heavy, self.high_)
        self.mean_ = np.where(self.rare_, self.low_, self.mean_)
        self.scale_ = np.where(self.rare_, (heavy - self.low_) / 2.0, self.scale_)
        self.from_none_ = self._from_none()
        self.mean_ = np.where(self.from_none_, self.low_, self.mean_)
        Z = (np.clip(X, self.low_, self.high_) - self.mean_) / self.scale_
        if sample_weight is None:  # balanced classes, as class_weight="balanced" would
            counts = np.bincount(y, minlength=2).astype(float)
            sample_weight = len(y) / (2.0 * np.maximum(counts[y], 1.0))
        self.coef_, self.intercept_ = _fit_signed_logistic(
            Z,
            y,
            np.asarray(sample_weight, dtype=float),
            self.C,
            self.signs,
            self.excluded,
            self.min_weight,
            self._soft_bound(),
            getattr(self, "max_weight", None),
        )
        self.soft_bound_ = self._soft_bound()
        # percentiles of each raw feature among reliable training articles
        raw = self._impute(raw)
        reliable = raw[y == 0] if (y == 0).any() else raw
        self.reliable_quantiles_ = np.quantile(reliable, np.linspace(0, 1, 101), axis=0)
        self.calibration_ = (1.0, 0.0)
        return self

    def _soft_bound(self) -> np.ndarray | None:
        if self.bound_scale is None or self.max_contribution is None:
            return None
        bound = np.broadcast_to(np.asarray(self.max_contribution, dtype=float), self.low_.shape)
        return bound * float(self.bound_scale)

    def _from_none(self) -> np.ndarray:
        """Per feature, whether it is measured from its lower clip (see item_columns)."""
        n = len(self.low_)
        if self.item_bound is None or self.item_columns is None or self.signs is None:
            return np.zeros(n, dtype=bool)
        items = np.asarray(self.item_columns, dtype=bool)
        return items & (np.asarray(self.signs) > 0) & ~self.rare_

    def _rare_heavy(self, X: np.ndarray) -> np.ndarray:
        """Per feature, the heavy case of a rare one, else NaN. Rare: nonzero in under
        1% of training articles (broken tables, placeholders, mojibake), so the quantile
        clip would flatten it to a constant; its heavy case is the 90th percentile of the
        articles that have it (at least RARE_MIN_ARTICLES of them), else its design heavy
        case (``rare_heavy``) when it has one."""
        heavy = np.full(X.shape[1], np.nan)
        prior = np.full(X.shape[1], np.nan) if self.rare_heavy is None else np.asarray(self.rare_heavy, dtype=float)
        for j in np.flatnonzero(self.high_ <= self.low_):
            present = X[:, j][X[:, j] > self.low_[j]]
            if len(present) >= RARE_MIN_ARTICLES:
                h = float(np.quantile(present, 0.9))
                if h > self.low_[j]:
                    heavy[j] = h
            elif np.isfinite(prior[j]) and prior[j] > self.low_[j]:
                heavy[j] = float(prior[j])
        return heavy

    def calibrate(self, decision_values, y, sample_weight=None) -> GlassBoxClassifier:
        """Fold Platt scaling (fitted on out-of-fold decision values) into the weights."""
        check_is_fitted(self)
        d = np.asarray(decision_values, dtype=float).reshape(-1, 1)
        balance = None if sample_weight is not None else "balanced"
        platt = LogisticRegression(C=1e6, class_weight=balance, max_iter=1000)
        platt.fit(d, np.asarray(y, dtype=int), sample_weight=sample_weight)
        a, b = float(platt.coef_[0, 0]), float(platt.intercept_[0])
        self.coef_ = self.coef_ * a
        self.intercept_ = self.intercept_ * a + b
        if getattr(self, "soft_bound_", None) is not None:  # a T tanh(w z / T) = aT tanh(aw z / aT)
            self.soft_bound_ = self.soft_bound_ * a
        old_a, old_b = self.calibration_
        self.calibration_ = (old_a * a, old_b * a + b)
        return self

    def _impute(self, X: np.ndarray) -> np.ndarray:
        bad = ~np.isfinite(X)
        if bad.any():
            X = np.where(bad, self.median_[np.newaxis, :].repeat(len(X), 0), X)
        return X

    def _shrink(self, X: np.ndarray, words) -> np.ndarray:
        """Pull rates measured on little text toward the training median (see
        ``evidence_words``)."""
        k = float(getattr(self, "evidence_words", 0.0) or 0.0)
        if k <= 0 or getattr(self, "rate_columns", None) is None:
            return X
        if words is None:
            raise ValueError(
                "this model shrinks rates by evidence size: pass words= (word counts, "
                "shape (n_samples,))"
            )
        n = np.clip(np.asarray(words, dtype=float).reshape(-1, 1), 0.0, None)
        keep = n / (n + k)
        cols = np.asarray(self.rate_columns, dtype=bool)
        X = X.copy()
        X[:, cols] = keep * X[:, cols] + (1.0 - keep) * self.median_[cols]
        return X

    def standardise(self, X, words=None) -> np.ndarray:
        """Shrunk, clipped and standardised features, shape (n_samples, n_features)."""
        check_is_fitted(self)
        X = self._shrink(self._impute(np.asarray(X, dtype=float)), words)
        return (np.clip(X, self.low_, self.high_) - self.mean_) / self.scale_

    def contributions(self, X, words=None, items=None) -> np.ndarray:
        """Per-feature log-odds contributions, shape (n_samples, n_features), each within
        +-max_contribution, and an item feature's within ``item_bound`` per item found
        the way its items point (``items``: shape (n_samples, n_features), the count of
        each feature's evidence spans); rows sum to decision_function - intercept_."""
        z = self.standardise(X, words)
        T = getattr(self, "soft_bound_", None)
        c = z * self.coef_ if T is None else T * np.tanh(z * (self.coef_ / T))
        bound = getattr(self, "max_contribution", None)
        if bound is not None:
            bound = np.asarray(bound, dtype=float)
            c = np.clip(c, -bound, bound)
        return self._bound_family(self._bound_by_items(c, items))

    def family_scale(self, c: np.ndarray) -> np.ndarray:
        """Per row of contributions ``c`` (before the family bound), the factor the
        family's members are scaled by: 1 within ``family_bound``, shape (n_samples,)."""
        if self.family_bound is None or self.family_columns is None:
            return np.ones(len(c))
        total = np.abs(c[:, np.asarray(self.family_columns, dtype=bool)].sum(axis=1))
        return np.where(total > self.family_bound, self.family_bound / np.maximum(total, 1e-12), 1.0)

    def _bound_family(self, c: np.ndarray) -> np.ndarray:
        """The family's contributions scaled together to ``family_bound`` at most."""
        scale = self.family_scale(c)
        if np.all(scale == 1.0):
            return c
        c = c.copy()
        cols = np.asarray(self.family_columns, dtype=bool)
        c[:, cols] *= scale[:, np.newaxis]
        return c

    def _bound_by_items(self, c: np.ndarray, items) -> np.ndarray:
        """One stock phrase, one "This" opener, one named source: what a single item
        can move is bounded, so that one word typed in or taken out moves an article by
        a few points, not by a feature's whole range. Only the way the items point: a
        "too few" contribution (no named source at all) is left as it is."""
        per_item = getattr(self, "item_bound", None)
        columns = getattr(self, "item_columns", None)
        if per_item is None or columns is None:
            return c
        if items is None:
            raise ValueError(
                "this model bounds item features by their count: pass items= (evidence "
                "spans per feature, shape (n_samples, n_features))"
            )
        n = np.asarray(items, dtype=float).reshape(c.shape)
        cols = np.asarray(columns, dtype=bool)
        # the way a feature's items point is the sign of its weight
        own_way = (np.sign(c) == np.sign(self.coef_)) & (self.coef_ != 0) & cols
        cap = per_item * n
        return np.where(own_way, np.sign(c) * np.minimum(np.abs(c), cap), c)

    def decision_function(self, X, words=None, items=None) -> np.ndarray:
        """Log-odds of unreliable, shape (n_samples,)."""
        return self.intercept_ + self.contributions(X, words, items).sum(axis=1)

    def predict_proba(self, X, words=None, items=None) -> np.ndarray:
        p = _sigmoid(self.decision_function(X, words, items))
        return np.column_stack([1 - p, p])

    def predict(self, X, words=None, items=None) -> np.ndarray:
        return (self.decision_function(X, words, items) > 0).astype(int)

    def reliable_percentile(self, X) -> np.ndarray:
        """Where each value falls among reliable training articles (0-100)."""
        check_is_fitted(self)
        X = np.atleast_2d(np.asarray(X, dtype=float))
        grid = self.reliable_quantiles_  # (101, features), sorted down each column
        out = np.empty_like(X)
        # all features at once (a searchsorted per feature cost more than the rest of
        # the explanation), in row blocks so the comparison cube stays small
        for i in range(0, len(X), 1024):
            x = X[i : i + 1024, None, :]
            below = (grid < x).sum(axis=1)  # what searchsorted(side="left") counts
            at_or_below = (grid <= x).sum(axis=1)  # side="right"
            out[i : i + 1024] = (below + at_or_below) / 2.0
        out[np.isnan(X)] = 100.0  # where searchsorted puts NaN: past the end
        return np.clip(out, 0.0, 100.0)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        check_is_fitted(self)
        return self.feature_names_in_.copy()


def _fit_signed_logistic(
    Z, y, w, C, signs, excluded=None, min_weight=None, soft_bound=None, max_weight=None
) -> tuple[np.ndarray, float]:
    """Weighted L2 logistic regression with sign bounds on the weights (and weights held
    at 0 where ``excluded``).

    Minimises sum_i w_i log(1 + exp(-t_i (f(z_i) + b))) + |beta|^2 / (2C), the
    objective scikit-learn's LogisticRegression uses, with L-BFGS-B under the bounds;
    f(z) = z.beta, or with ``soft_bound`` (one T per feature) the bounded sum
    sum_j T_j tanh(beta_j z_j / T_j), so the fit knows that no feature can push past
    its bound and sizes the weights for it.
    """
    from scipy.optimize import minimize

    n, d = Z.shape
    t = np.where(y == 1, 1.0, -1.0)
    T = None if soft_bound is None else np.asarray(soft_bound, dtype=float)

    def objective(params):
        beta, b = params[:d], params[d]
        if T is None:
            f, dfdbeta = Z @ beta, Z
        else:
            h = np.tanh(Z * (beta / T))
            f, dfdbeta = h @ T, Z * (1.0 - h * h)
        margin = t * (f + b)
        loss = np.sum(w * np.logaddexp(0.0, -margin)) + beta @ beta / (2.0 * C)
        g = -t * w * _sigmoid(-margin)
        return loss, np.concatenate([dfdbeta.T @ g + beta / C, [g.sum()]])

    if signs is None:
        signs = np.zeros(d)
    bounds = [(0.0, None) if s > 0 else (None, 0.0) if s < 0 else (None, None) for s in signs]
    if min_weight is not None:  # at least this much in the sign's direction
        bounds = [
            (m, None) if s > 0 and m > 0 else (None, -m) if s < 0 and m > 0 else b
            for b, s, m in zip(bounds, signs, min_weight)
        ]
    if max_weight is not None:  # at most this much either way (inf: no cap)
        bounds = [_within(b, -m, m) if np.isfinite(m) else b for b, m in zip(bounds, max_weight)]
    if excluded is not None:
        bounds = [(0.0, 0.0) if out else b for b, out in zip(bounds, excluded)]
    bounds.append((None, None))
    start = np.array([lo if lo is not None and lo > 0 else hi if hi is not None and hi < 0 else 0.0
                      for lo, hi in bounds])
    result = minimize(
        objective,
        start,
        jac=True,
        method="L-BFGS-B",
        bounds=bounds,
        options={"maxiter": 2000},
    )
    return result.x[:d].astype(float), float(result.x[d])


def _within(bound, low: float, high: float):
    """The L-BFGS-B bound ``(lo, hi)`` (None: open) narrowed to [low, high]."""
    lo, hi = bound
    return (low if lo is None else max(lo, low), high if hi is None else min(hi, high))


def evidence_words(word_count, dup_sentence_frac, dup_10gram_char_frac=0.0):
    """The words a rate's evidence rests on, the ``words=`` of GlassBoxClassifier: the
    article's words (``Document.word_count``, page chrome left out) less the larger of
    the share in sentences that repeat an earlier one word for word
    (``repetition.dup_sentence_frac``) and Gopher's share of word characters in 10-grams
    used before (``webstats.gopher_dup_10gram_char_frac``); NaN counts as none. Text said
    again is no new evidence: counted, one sentence pasted 2,000 times let its wording
    and sourcing rates count in full and scored 73 ("reliable"), above the same sentence
    once (54); and a short text pasted twice with one word changed (no sentence repeated
    whole) doubled its evidence, left the ``short_text`` flag and rose 5 points. Floats
    or arrays of one shape; words, >= 0."""
    shares = [np.nan_to_num(np.asarray(s, dtype=float), nan=0.0) for s in (dup_sentence_frac, dup_10gram_char_frac)]
    repeated = np.clip(np.maximum(*shares), 0.0, 1.0)
    return np.asarray(word_count, dtype=float) * (1.0 - repeated)


def item_counts(features, names) -> list[int]:
    """The evidence spans of each feature in ``names`` (``features``: name ->
    Measurement), the ``items=`` of GlassBoxClassifier (a feature lists up to
    quality.features.base.MAX_EVIDENCE, beyond what any item bound needs), or the items
    a measurement says it counts (``Measurement.items``: a repeated sentence's first copy
    is shown, not counted)."""
    return [
        len(m.evidence) if m.items is None else m.items for m in (features[n] for n in names)
    ]


def _sigmoid(d):
    return 1.0 / (1.0 + np.exp(-np.clip(d, -500, 500)))


def score_from_decision(d: float) -> float:
    """Reliability 0-100 from the log-odds of unreliable."""
    return float(100.0 * (1.0 - _sigmoid(d)))


def score_points(contributions: np.ndarray, intercept: float) -> np.ndarray:
    """Each contribution in reliability points, relative to the baseline (every contribution 0).

    Points are the log-odds contributions scaled by one common factor, the change in
    score per unit of log-odds between the average article (decision = intercept) and
    this one, so they add up exactly to ``score - baseline score`` and keep their order.
    """
    total = float(contributions.sum())
    d = intercept + total
    if abs(total) > 1e-9:
        factor = (score_from_decision(d) - score_from_decision(intercept)) / total
    else:  # the derivative of the score at d
        p = float(_sigmoid(d))
        factor = -100.0 * p * (1.0 - p)
    return contributions * factor


# -- saving and loading with a model card -----------------------------------------------


@dataclass
class LoadedModel:
    """A fitted classifier with the card it was saved with."""

    classifier: GlassBoxClassifier
    card: dict[str, Any]
    path: Path

    @property
    def feature_names(self) -> list[str]:
        return list(self.card["features"])




def save(classifier: GlassBoxClassifier, path: str | os.PathLike, card: dict[str, Any]) -> Path:
    """Write the model with joblib and its card (with the model file's sha256) beside it."""
    import joblib
    import sklearn

    from quality import __version__

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # compressed: the wording signals' n-gram tables are megabytes raw, a third packed
    joblib.dump(classifier, path, compress=3)
    card = dict(card)
    card.update(
        {
            "model_file": path.name,
            "model_sha256": sha256_file(path),
            "features": list(classifier.feature_names_in_),
            "quality_version": __version__,
            "sklearn_version": sklearn.__version__,
            "threshold": THRESHOLD,
            "cutoffs": {"unreliable_below": UNRELIABLE_BELOW, "reliable_from": RELIABLE_FROM},
            "coefficients": dict(zip(classifier.feature_names_in_, map(float, classifier.coef_))),
            "intercept": float(classifier.intercept_),
            "created": card.get("created")
            or datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
    )
    with open(card_path(path), "w", encoding="utf-8") as fh:
        json.dump(card, fh, indent=2, sort_keys=False)
        fh.write("\n")
    return path


def model_file(path: str | os.PathLike | None = None) -> Path:
    """The model file ``path`` names: a ``*.joblib`` file, or ``reliability.joblib`` in a
    directory; None takes $QUALITY_MODEL, else the shipped model. Raises ModelError when
    there is no such file (``load`` and ``quality.distributed.score_dataset``, which
    checks before its actors start, say it alike)."""
    from_env = path is None and bool(os.environ.get("QUALITY_MODEL"))
    path = Path(path) if path is not None else default_model_path()
    if path.is_dir():
        path = path / "reliability.joblib"
    if not path.exists():
        if from_env:
            raise ModelError(
                f"No model at {path}, the path QUALITY_MODEL names. Point QUALITY_MODEL at a "
                "model file, or unset it to use the shipped model."
            )
        raise ModelError(
            f"No model at {path}. Pass the path of a model file (or of a directory holding "
            "reliability.joblib), or train one with 'quality train' (QUALITY_MODEL sets the "
            "default)."
        )
    return path


def load(path: str | os.PathLike | None = None) -> LoadedModel:
    """Load a model after checking it against its card and this code.

    Refused, with a message naming what differs: a missing card, a model file whose
    sha256 is not the card's, features that are not this code's, or a scikit-learn
    version other than the one that saved it. Loading a joblib file can run code: load
    only models you trust.
    """
    import joblib
    import sklearn

    from quality.features import MODEL_FEATURE_NAMES, TEXT_MODEL_NAMES

    path = model_file(path)
    cpath = card_path(path)
    if not cpath.exists():
        raise ModelError(
            f"The model {path} has no card at {cpath}; refusing to load it. 'quality train' "
            "writes the card beside the model: keep the two files together."
        )
    with open(cpath, encoding="utf-8") as fh:
        card = json.load(fh)
    digest = sha256_file(path)
    if digest != card.get("model_sha256"):
        raise ModelError(
            f"The model file {path} does not match its card: sha256 {digest[:12]}… but the "
            f"card says {str(card.get('model_sha256'))[:12]}…. Refusing to load it."
        )
    if card.get("sklearn_version") != sklearn.__version__:
        raise ModelError(
            f"The model {path} was saved with scikit-learn {card.get('sklearn_version')}, "
            f"this is {sklearn.__version__}. Install that version or retrain with 'quality train'."
        )
    expected = list(MODEL_FEATURE_NAMES)
    if card.get("features", [])[len(expected) :]:  # a model with the wording signals
        expected += TEXT_MODEL_NAMES
    if card.get("features") != expected:
        have = set(card.get("features", []))
        added = [n for n in expected if n not in have]
        removed = [n for n in card.get("features", []) if n not in set(expected)]
        detail = f"new in the code: {added}; only in the model: {removed}"
        if not added and not removed:
            detail = "same features in a different order"
        raise ModelError(
            f"The model {path} was trained on other features ({detail}). Retrain it with "
            "'quality train'."
        )
    classifier = joblib.load(path)
    if not isinstance(classifier, GlassBoxClassifier):
        raise ModelError(f"{path} holds a {type(classifier).__name__}, not a GlassBoxClassifier.")
    return LoadedModel(classifier, card, path)

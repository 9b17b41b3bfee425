"""The glass box: exact contributions, sign constraints, calibration, card checks."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from quality.errors import ModelError
from quality.model import (
    GlassBoxClassifier,
    label_for,
    load,
    save,
    score_from_decision,
    score_points,
)


@pytest.fixture(scope="module")
def fitted():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 4))
    y = (X[:, 0] - X[:, 1] + rng.normal(scale=0.5, size=400) > 0).astype(int)
    clf = GlassBoxClassifier(signs=[1, -1, 0, 1]).fit(X, y, feature_names=["a", "b", "c", "d"])
    return clf.calibrate(clf.decision_function(X), y), X, y


def test_signs_are_respected(fitted):
    clf, _, _ = fitted
    assert clf.coef_[0] > 0 and clf.coef_[1] < 0 and clf.coef_[3] >= 0


def test_a_sign_against_the_data_gives_zero_weight():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(300, 1))
    y = (X[:, 0] > 0).astype(int)  # higher means positive class...
    clf = GlassBoxClassifier(signs=[-1]).fit(X, y)  # ...but the prior says the opposite
    assert clf.coef_[0] == pytest.approx(0.0, abs=1e-6)


@settings(max_examples=200, deadline=None)
@given(arrays(np.float64, (3, 4), elements=st.floats(-1e6, 1e6) | st.just(float("nan"))))
def test_contributions_add_up_exactly(fitted, X):
    clf, _, _ = fitted
    contrib = clf.contributions(X)
    assert np.allclose(
        clf.intercept_ + contrib.sum(axis=1), clf.decision_function(X), rtol=0, atol=1e-9
    )
    assert np.all(np.isfinite(contrib))


@settings(max_examples=200, deadline=None)
@given(arrays(np.float64, 4, elements=st.floats(-50, 50)), st.floats(-5, 5))
def test_points_add_up_to_the_score_change(contrib, intercept):
    points = score_points(contrib, intercept)
    expected = score_from_decision(intercept + contrib.sum()) - score_from_decision(intercept)
    assert points.sum() == pytest.approx(expected, abs=1e-9)


def test_calibration_keeps_ranking(fitted):
    clf, X, y = fitted
    raw = GlassBoxClassifier(signs=[1, -1, 0, 1]).fit(X, y)
    assert np.array_equal(
        np.argsort(raw.decision_function(X)), np.argsort(clf.decision_function(X))
    )


@pytest.mark.parametrize(
    "score, label",
    [
        (0, "unreliable"),
        (39.9, "unreliable"),
        (40, "questionable"),
        (59.9, "questionable"),
        (60, "reliable"),
        (100, "reliable"),
    ],
)
def test_labels(score, label):
    assert label_for(score) == label


def test_percentiles(fitted):
    clf, X, y = fitted
    pct = clf.reliable_percentile(np.array([[-1e9] * 4, [1e9] * 4]))
    assert np.all(pct[0] == 0) and np.all(pct[1] == 100)
    # the mid-rank among the reliable quantiles, ties included, as searchsorted gives it
    rng = np.random.default_rng(1)
    grid = clf.reliable_quantiles_
    values = np.vstack([rng.normal(size=(2000, 4)) * 3, grid[rng.integers(0, 101, 50)]])
    expected = np.column_stack(
        [
            (
                np.searchsorted(grid[:, j], values[:, j])
                + np.searchsorted(grid[:, j], values[:, j], "right")
            )
            / 2
            for j in range(4)
        ]
    )
    assert np.array_equal(clf.reliable_percentile(values), np.clip(expected, 0, 100))


# -- the shipped model and its card --------------------------------------------------------


def test_shipped_model_loads_and_matches_its_card():
    model = load()
    assert model.card["model_sha256"]
    assert model.feature_names == list(model.classifier.feature_names_in_)


def test_tampered_model_is_refused(tmp_path):
    model = load()
    target = tmp_path / "reliability.joblib"
    shutil.copy(model.path, target)
    shutil.copy(model.path.with_name("reliability.card.json"), tmp_path / "reliability.card.json")
    load(target)  # the copy is fine
    with open(target, "ab") as fh:
        fh.write(b"tampered")
    with pytest.raises(ModelError, match="does not match its card"):
        load(target)


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("features", lambda f: f[:-1] + ["hedging.retired_feature"], "retired_feature"),
        ("sklearn_version", lambda v: "0.0.1", "scikit-learn 0.0.1"),
    ],
)
def test_card_that_differs_from_the_code_is_refused(tmp_path, field, value, message):
    path = save(load().classifier, tmp_path / "m.joblib", {})
    card = json.loads((tmp_path / "m.card.json").read_text())
    card[field] = value(card[field])
    (tmp_path / "m.card.json").write_text(json.dumps(card))
    with pytest.raises(ModelError, match=message):
        load(path)


def test_missing_model_says_how_to_fix(tmp_path):
    with pytest.raises(ModelError, match="quality train"):
        load(tmp_path / "nothing.joblib")


# -- bounded influence and evidence-size shrinkage ---------------------------------------


@settings(max_examples=40, deadline=None)
@given(arrays(np.float64, (3, 4), elements=st.floats(-1e6, 1e6)))
def test_no_contribution_exceeds_the_bound(X):
    rng = np.random.default_rng(2)
    Xt = rng.normal(size=(300, 4))
    y = (Xt[:, 0] + rng.normal(scale=0.3, size=300) > 0).astype(int)
    clf = GlassBoxClassifier(C=100.0, max_contribution=0.8).fit(Xt, y)
    c = clf.contributions(X)
    assert np.all(np.abs(c) <= 0.8 + 1e-12)
    assert np.allclose(clf.decision_function(X), clf.intercept_ + c.sum(axis=1), atol=1e-9)
    # 0.8 log-odds is at most 20 points, whatever the rest of the article does
    for row in c:
        assert np.all(np.abs(score_points(row, float(clf.intercept_))) <= 20.0 + 1e-9)


def test_a_rate_on_little_text_weighs_less_than_the_same_rate_on_much():
    rng = np.random.default_rng(3)
    X = rng.gamma(2.0, 2.0, size=(500, 1))
    y = (X[:, 0] + rng.normal(size=500) > 4).astype(int)
    words = rng.integers(100, 3000, size=500)
    clf = GlassBoxClassifier(evidence_words=300, rate_columns=[True]).fit(X, y, words=words)
    high = np.array([[20.0]])
    short, long = (clf.contributions(high, words=[n])[0, 0] for n in (130, 2000))
    assert 0 < short < long
    with pytest.raises(ValueError, match="words="):
        clf.contributions(high)


def test_excluded_features_get_no_weight():
    rng = np.random.default_rng(4)
    X = rng.normal(size=(2000, 2))
    y = (X[:, 0] + X[:, 1] > 0).astype(int)
    clf = GlassBoxClassifier(excluded=[False, True]).fit(X, y)
    assert clf.coef_[0] > 0 and clf.coef_[1] == 0.0


def test_max_weight_caps_a_steep_signal_and_leaves_the_others():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 2))
    y = (X[:, 0] + 0.3 * rng.normal(size=400) > 0).astype(int)  # feature 0 nearly decides
    free = GlassBoxClassifier(C=10.0, signs=[1, 1]).fit(X, y)
    capped = GlassBoxClassifier(C=10.0, signs=[1, 1], max_weight=[0.5, np.inf]).fit(X, y)
    assert free.coef_[0] > 0.5
    assert capped.coef_[0] == pytest.approx(0.5)
    assert capped.coef_[1] >= 0.0


def test_repeated_sentences_are_no_new_evidence():
    from quality.model import evidence_words

    assert evidence_words(1000, 0.0) == 1000
    assert evidence_words(1000, 0.5) == 500  # an article pasted twice: its words once
    assert evidence_words(18000, 1999 / 2000) == pytest.approx(9.0)  # one sentence 2,000 times
    assert list(evidence_words(np.array([100.0, 100.0]), np.array([np.nan, 0.25]))) == [100.0, 75.0]
    # Gopher's repeated 10-gram share counts too, the larger of the two: a text pasted
    # twice with one word changed repeats no sentence whole
    assert evidence_words(120, 0.0, 0.45) == pytest.approx(66.0)
    assert evidence_words(120, 0.5, 0.25) == pytest.approx(60.0)
    assert list(evidence_words(np.array([100.0, 100.0]), np.array([0.1, 0.0]), np.array([np.nan, 0.3]))) == [
        90.0,
        70.0,
    ]


def _item_bounded(seed: int, rate: float) -> GlassBoxClassifier:
    """A glass box on two item counts: the first points to unreliable, the second to
    reliable, each item bounded at 0.2 log-odds."""
    rng = np.random.default_rng(seed)
    X = rng.poisson(rate, size=(600, 2)).astype(float)
    y = ((X[:, 0] - X[:, 1] + rng.normal(scale=0.3, size=600)) > 0).astype(int)
    return GlassBoxClassifier(
        signs=[1, -1], max_contribution=0.8, item_bound=0.2, item_columns=[True, True]
    ).fit(X, y)


def test_one_item_moves_little_the_way_its_feature_points():
    clf = _item_bounded(5, 0.3)
    x = np.array([[1.0, 0.0], [6.0, 6.0]])
    c = clf.contributions(x, items=x)
    assert 0 < c[0, 0] <= 0.2 + 1e-12  # one item of an unreliable feature: at most 0.2
    assert c[0, 1] > 0  # none of a reliable one ("too few") is not bounded by items
    assert c[1, 0] > 0.2 and c[1, 1] < -0.2  # six items may move more
    assert np.allclose(clf.decision_function(x, items=x), clf.intercept_ + c.sum(axis=1))
    with pytest.raises(ValueError, match="items="):
        clf.contributions(x)


def test_a_fault_found_nowhere_earns_no_bonus():
    # an item feature that points to unreliable is measured from none: the first stock
    # phrase costs at most the item bound, with no "none found" bonus lost on top
    clf = _item_bounded(6, 0.5)
    assert list(clf.from_none_) == [True, False]
    none, one = clf.contributions(np.array([[0.0, 1.0], [1.0, 1.0]]), items=[[0, 1], [1, 1]])
    assert none[0] == 0.0
    assert 0 < one[0] - none[0] <= 0.2 + 1e-12


def test_a_rare_fault_held_by_too_few_articles_is_scaled_by_its_design_heavy_case():
    # the placeholder measurement was held constant (no weight) when fewer than
    # RARE_MIN_ARTICLES training articles held one; a design heavy case scales it
    from quality.model import RARE_MIN_ARTICLES, GlassBoxClassifier

    rng = np.random.default_rng(0)
    X = rng.normal(size=(2000, 2))
    X[:, 1] = 0.0
    X[: RARE_MIN_ARTICLES - 3, 1] = 5.0  # a fault in a few unreliable articles
    y = (X[:, 0] > 0).astype(int)
    y[: RARE_MIN_ARTICLES - 3] = 1
    plain = GlassBoxClassifier(signs=[1, 1]).fit(X, y)
    assert not plain.rare_[1] and plain.high_[1] <= plain.low_[1]
    designed = GlassBoxClassifier(signs=[1, 1], rare_heavy=[np.nan, 4.0]).fit(X, y)
    assert designed.rare_[1] and designed.high_[1] == 4.0 and designed.scale_[1] == 2.0
    # ... and a pool that holds enough of them keeps its own heavy case
    X[: RARE_MIN_ARTICLES + 5, 1] = 6.0
    y[: RARE_MIN_ARTICLES + 5] = 1
    assert GlassBoxClassifier(signs=[1, 1], rare_heavy=[np.nan, 4.0]).fit(X, y).high_[1] == 6.0


@settings(max_examples=60, deadline=None)
@given(arrays(np.float64, (4, 4), elements=st.floats(-1e3, 1e3)))
def test_a_family_moves_the_score_together_within_its_bound(X):
    # three cues of one family (a name, a quotation, "said") and one other feature: each
    # cue within its own bound, the family within one bound, the sum still exact
    rng = np.random.default_rng(7)
    Xt = rng.normal(size=(400, 4))
    y = (Xt[:, :3].sum(axis=1) + Xt[:, 3] + rng.normal(scale=0.5, size=400) > 0).astype(int)
    kwargs = dict(C=100.0, max_contribution=[0.075, 0.075, 0.075, 0.8])
    free = GlassBoxClassifier(**kwargs).fit(Xt, y)
    bound = GlassBoxClassifier(**kwargs, family_bound=0.1, family_columns=[True, True, True, False]).fit(Xt, y)
    c, c_free = bound.contributions(X), free.contributions(X)
    assert np.all(np.abs(c[:, :3].sum(axis=1)) <= 0.1 + 1e-12)
    assert np.allclose(c[:, 3], c_free[:, 3])  # the feature outside the family is untouched
    # scaled alike: a member's share of the family's sum is kept
    inside = np.abs(c_free[:, :3].sum(axis=1)) <= 0.1
    assert np.allclose(c[inside], c_free[inside])
    assert np.allclose(c[:, :3], c_free[:, :3] * bound.family_scale(c_free)[:, np.newaxis])
    assert np.allclose(bound.decision_function(X), bound.intercept_ + c.sum(axis=1), atol=1e-9)

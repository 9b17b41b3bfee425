"""quality train end to end on a small mix, and the giveaway rules it relies on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from quality import giveaways
from quality import train as train_module
from quality.cli import main
from quality.labels import corpus_name
from quality.model import load
from quality.scorer import Scorer

ROOT = Path(__file__).resolve().parent.parent
ISOT = ROOT.parent / "shared" / "data" / "isot_subset" / "articles.jsonl"


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    d = tmp_path_factory.mktemp("train")
    files = [ROOT / "labels" / "team_articles.jsonl", ROOT / "labels" / "seeds.jsonl"]
    if ISOT.exists():  # a second real corpus, both classes, 40 rows each
        rows = [json.loads(x) for x in ISOT.open(encoding="utf-8")]
        sample = [r for r in rows if r["label"] == "reliable"][:40]
        sample += [r for r in rows if r["label"] == "unreliable"][:40]
        (d / "isot_sample.jsonl").write_text("".join(json.dumps(r) + "\n" for r in sample))
        files.append(d / "isot_sample.jsonl")
    out = d / "model.joblib"
    assert main(["train", *map(str, files), "-o", str(out), "--quiet"]) == 0
    return out, json.loads((d / "model.card.json").read_text()), files


def test_card_reports_everything(trained):
    _, card, files = trained
    for name in ("ours", "word_count", "tfidf"):
        for metric in ("roc_auc", "pr_auc", "f1", "brier", "length_matched_roc_auc"):
            assert metric in card["cross_validation"][name]
    assert "leave_one_corpus_out" in card and "leave_one_corpus_out_mean_roc_auc" in card
    assert "cross_validation_length_buckets" in card
    assert len(card["training_files"]) == len(files)
    assert all(
        len(f["sha256"]) == 64 and not f["path"].startswith("/") for f in card["training_files"]
    )
    assert card["class_balance"]["team_articles"] == {"reliable": 12, "unreliable": 12}
    assert card["features"] and card["sklearn_version"] and card["created"]
    assert "research" in card["licence_note"]


def test_trained_model_loads_and_scores(trained):
    out, card, _ = trained
    model = load(out)
    assert model.card["model_sha256"] == card["model_sha256"]
    result = Scorer.load(out).score((ROOT / "seeds" / "004_24c4a358f596b150.txt").read_text())
    assert result.ok and 0 <= result.reliability <= 100


def test_train_refuses_bad_labels(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "text": "t", "label": "maybe"}) + "\n")
    assert main(["train", str(bad), "-o", str(tmp_path / "m.joblib"), "--quiet"]) == 2  # a usage error: map the labels
    assert "labels must be 'reliable' or 'unreliable'" in capsys.readouterr().err


def test_train_reads_a_labeled_set_by_the_columns_and_labels_named(tmp_path, capsys):
    # a new user's find: train's error named --text-column and --label-column, which it
    # did not take; the named columns replace the default ones beside them
    rows = [json.loads(x) for x in (ROOT / "labels" / "team_articles.jsonl").open(encoding="utf-8")]
    mine = tmp_path / "mine.jsonl"
    mine.write_text("".join(
        json.dumps({"key": r["id"], "body": r["text"], "verdict": int(r["label"] == "unreliable"),
                    "text": "stale", "label": "maybe"}) + "\n"
        for r in rows
    ), encoding="utf-8")
    out = tmp_path / "m.joblib"
    args = ["train", str(mine), "-o", str(out), "--quiet", "--no-evaluate", "--text-column", "body",
            "--label-column", "verdict", "--id-column", "key"]
    assert main([*args, "--label-map", "0=reliable", "--label-map", "1=unreliable"]) == 0
    card = json.loads((tmp_path / "m.card.json").read_text())
    assert card["class_balance"]["mine"] == {"reliable": 12, "unreliable": 12}
    capsys.readouterr()
    assert main([*args, "--force", "--positive-label", "1", "--label-map", "0=reliable"]) == 2
    assert "not both" in capsys.readouterr().err


def test_train_says_why_a_set_cannot_train_before_any_fit(tmp_path, capsys):
    # a tester's finds: each ended in a traceback from scikit-learn or the model's save
    rows = [json.loads(x) for x in (ROOT / "labels" / "team_articles.jsonl").open(encoding="utf-8")]
    one_id = tmp_path / "one_id.jsonl"
    one_id.write_text("".join(json.dumps({"id": "same", "text": r["text"], "label": r["label"]}) + "\n" for r in rows), encoding="utf-8")
    # a new user's find (2026-12-07): five of each label ended in scikit-learn's "After
    # pruning, no terms remain"
    few = tmp_path / "few.jsonl"
    kept = [r for r in rows if r["label"] == "reliable"][:5] + [r for r in rows if r["label"] == "unreliable"][:5]
    few.write_text("".join(json.dumps(r) + "\n" for r in kept), encoding="utf-8")
    no_text = tmp_path / "no_text.jsonl"
    no_text.write_text("".join(json.dumps({**r, "text": " "}) + "\n" for r in rows), encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for path, out, said in (
        (one_id, tmp_path / "m.joblib", "Give each article its own id"),
        (no_text, tmp_path / "m.joblib", "No article to train on"),
        (few, tmp_path / "m.joblib", "10 articles of each label or more: 5 are reliable"),
        (ROOT / "labels" / "team_articles.jsonl", blocker / "m.joblib", "Cannot write the model"),
    ):
        assert main(["train", str(path), "-o", str(out), "--quiet", "--no-evaluate"]) == 2
        err = capsys.readouterr().err
        assert said in err and "Traceback" not in err
    assert not (tmp_path / "m.joblib").exists()


def test_neutral_contributions_are_the_weighted_mean_over_measured_rows():
    import numpy as np

    from quality.model import GlassBoxClassifier

    X = np.array([[0.0, 1.0], [1.0, np.nan], [2.0, 3.0], [3.0, 5.0]])
    y = np.array([0, 0, 1, 1])
    clf = GlassBoxClassifier(C=10.0, clip_quantile=0.0).fit(X, y)
    w = np.array([1.0, 1.0, 1.0, 3.0])
    words = np.full(4, 500.0)
    neutral = train_module.neutral_contributions(clf, X, words, None, w)
    c = clf.contributions(X)
    assert neutral[0] == pytest.approx((c[:, 0] * w).sum() / w.sum())
    measured = [0, 2, 3]  # the masked row says nothing about the second feature
    assert neutral[1] == pytest.approx((c[measured, 1] * w[measured]).sum() / w[measured].sum())


def test_trained_model_carries_neutral_contributions(trained):
    out, _, _ = trained
    clf = load(out).classifier
    assert clf.neutral_contributions_.shape == (len(load(out).feature_names),)
    assert np.isfinite(clf.neutral_contributions_).all()


@pytest.mark.parametrize(
    "text, corpus, meta, expected",
    [
        ("WASHINGTON (Reuters) - The Senate voted.", "isot_subset", {}, "The Senate voted."),
        ("He left.Featured image via Getty Images", "isot_subset", {}, "He left."),
        ("He is older.Photo was here.", "isot_subset", {}, "He is older. Photo was here."),
        (
            "Alex Jones  a host  apologized.",
            "perez_rosas_fakenews",
            {"subset": "fakenewsamt"},
            "Alex Jones a host apologized.",
        ),
        ("Para one.\n\nPara two.", "llmfake", {}, "Para one. Para two."),
        (
            "Para one.\n\nPara two.",
            "perez_rosas_fakenews",
            {"subset": "celebrity"},
            "Para one.\n\nPara two.",
        ),
    ],
)
def test_neutralise(text, corpus, meta, expected):
    assert giveaways.neutralise(text, corpus, meta) == expected


def test_outlet_furniture_glued_into_a_paragraph_is_removed_only_for_named_outlets():
    glued = "Officials met on Monday. Please sign up here. The vote is next week."
    other = "Prices rose in May. Please sign up here. Stores reopened."
    data = pd.DataFrame(
        {
            "text": [
                glued,
                other,
                glued.replace("Monday", "Friday"),
                "Please sign up here. It rained.",
            ],
            "corpus": ["recovery_covid_news"] * 3 + ["recovery_covid_news"],
            "meta": [{"publisher": "Daily"}] * 3 + [{"publisher": "Weekly"}],
        }
    )
    out = giveaways.neutralise_frame(data)
    assert out["text"].tolist()[:3] == [
        "Officials met on Monday. The vote is next week.",
        "Prices rose in May. Stores reopened.",
        "Officials met on Friday. The vote is next week.",
    ]
    # one article of another outlet: the sentence is its own
    assert out["text"].tolist()[3] == "Please sign up here. It rained."
    # a corpus taken as one outlet keeps repeated sentences (generated texts share prompts)
    flat = data.assign(corpus="xsum_machine_news", meta=[{}] * 4)
    assert giveaways.neutralise_frame(flat)["text"].tolist()[1] == other


def test_masks_and_exclusions():
    names = ["formatting.lowercase_start_frac", "sourcing.vague_share", "hedging.cues_per_1k_words"]
    assert giveaways.masked_features("llmfake", {"dataset": "coaid"}, names) == names[:2]
    assert giveaways.masked_features("isot_subset", {}, names) == []
    # ISOT's fake texts lost their quotation marks upstream
    quotes = ["sourcing.quotes_per_1k_words", "sourcing.dates_per_1k_words"]
    assert giveaways.masked_features("isot_subset", {}, quotes) == quotes[:1]
    assert giveaways.excluded("isot_subset", {"title": "Factbox: Trump's tweets"})
    assert not giveaways.excluded("isot_subset", {"title": "Senate votes"})


def test_card_names_each_corpus_by_its_folder(trained, tmp_path):
    _, card, files = trained
    assert [f["corpus"] for f in card["training_files"]] == [corpus_name(Path(p)) for p in files]
    outside = tmp_path / "elsewhere" / "isot_subset" / "articles.jsonl"  # outside the project
    assert train_module._display_path(outside) == "isot_subset/articles.jsonl"


def test_train_does_not_overwrite_a_model_without_force(tmp_path, capsys, monkeypatch):
    labels = str(ROOT / "labels" / "team_articles.jsonl")
    # no -o writes models/reliability.joblib: here a copy of the shipped one, in a scratch
    # directory, so a regression could never overwrite the real one
    shipped = tmp_path / "models" / "reliability.joblib"
    shipped.parent.mkdir()
    shutil.copy2(ROOT / "models" / "reliability.joblib", shipped)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QUALITY_MODEL", str(shipped))
    before = shipped.read_bytes()
    assert main(["train", labels, "--quiet", "--no-evaluate"]) == 2
    err = capsys.readouterr().err
    assert "shipped model" in err and "--force" in err
    assert shipped.read_bytes() == before
    existing = tmp_path / "m.joblib"
    existing.write_bytes(b"old")
    assert main(["train", labels, "-o", str(existing), "--quiet", "--no-evaluate"]) == 2
    assert existing.read_bytes() == b"old"
    assert main(["train", labels, "-o", str(existing), "--force", "--quiet", "--no-evaluate"]) == 0
    assert existing.read_bytes() != b"old"


def test_word_choice_is_shrunk_by_the_words_it_reads_not_twice():
    from quality.features import vocabulary, word_choice
    from quality.train import rate_columns

    names = [vocabulary.NAME, word_choice.NAME, "sourcing.named_per_1k_words", "repetition.dup_sentence_frac"]
    assert rate_columns(names) == [True, False, True, False]


def test_wording_signals_that_read_case_are_missing_for_texts_without_it_in_training():
    # training and the leave-one-corpus-out predictions see them as missing
    # (quality.casing.MASKED_IN_TRAINING_WHEN_CASELESS); the scorer counts them
    from quality.casing import MASKED_IN_TRAINING_WHEN_CASELESS as CASE_READING

    clf = Scorer.load().model.classifier
    texts = ["The council approved the budget on Tuesday, officials said."] * 2
    X, _, _, _, caseless, _ = train_module.featurize([texts[0], texts[0].lower()])
    assert list(caseless) == [False, True]
    out = train_module.model_matrix(clf, X, texts, caseless)
    names = list(clf.feature_names_in_)
    for j, name in enumerate(names):
        if j >= len(train_module.MODEL_FEATURE_NAMES):
            assert np.isnan(out[1, j]) == (name in CASE_READING)
            assert not np.isnan(out[0, j])


def test_the_shipped_model_keeps_each_weight_under_its_cap():
    # the wording signals at WORDING_MAX_WEIGHT, lexical density and the like at theirs;
    # the caps hold in the fit, and calibration (Platt slope, calibration_[0]) then
    # scales every weight alike
    clf = Scorer.load().model.classifier
    slope = clf.calibration_[0]
    for name, weight in zip(clf.feature_names_in_, clf.coef_):
        cap = train_module.WORDING_MAX_WEIGHT if name in train_module.TEXT_MODELS else train_module.MAX_WEIGHTS.get(name, np.inf)
        assert abs(weight) <= cap * slope + 1e-9, (name, weight)
    density = list(clf.feature_names_in_).index("readability.lexical_density")
    assert abs(clf.coef_[density]) < max(abs(clf.coef_[-2:]))


def test_the_folds_give_the_same_figures_on_one_process_or_two(trained):
    # --jobs spreads the cross-validation and leave-one-corpus-out fits over processes;
    # each fit is independent and deterministic, so only the wall time may change
    from quality.labels import read_labeled

    _, _, files = trained
    prep = train_module.prepare(read_labeled(files))
    one = train_module.leave_one_corpus_out(prep, n_jobs=1)
    two = train_module.leave_one_corpus_out(prep, n_jobs=2)
    assert list(one) == list(two) and len(one) >= 2
    for held in one:
        assert list(one[held]) == list(two[held])
        assert one[held]["ours_weights"] == pytest.approx(two[held]["ours_weights"])
        for name in train_module.MODELS:
            assert one[held][name]["accuracy"] == pytest.approx(two[held][name]["accuracy"])
            assert one[held][name]["roc_auc"] == pytest.approx(two[held][name]["roc_auc"], nan_ok=True)
    oof_one = train_module.cross_validate(prep, models=("word_count", "tfidf"), n_jobs=1)
    oof_two = train_module.cross_validate(prep, models=("word_count", "tfidf"), n_jobs=2)
    for name in oof_one:
        assert oof_one[name] == pytest.approx(oof_two[name])
        assert np.all((oof_one[name] > 0) & (oof_one[name] < 1))


def test_training_workers_start_after_the_scorer_has_used_its_own():
    # score_many's worker pool is joblib's reusable one: loky's bare executor, started
    # first, made the next joblib.Parallel in the process fail (a full test run's find)
    from joblib import Parallel, delayed

    scorer = Scorer.load()
    texts = ["The council met on Monday, officials said."] * 6
    scored = list(scorer.score_many(texts, n_jobs=2, batch_size=2, min_parallel=0))
    assert [r.ok for r in scored] == [True] * 6
    featurized = train_module.featurize(texts * 22, n_jobs=2, chunk=32)
    assert featurized.X.shape == (132, len(train_module.MODEL_FEATURE_NAMES))
    assert Parallel(n_jobs=2)(delayed(abs)(-i) for i in range(3)) == [0, 1, 2]
    again = list(scorer.score_many(texts, n_jobs=2, batch_size=2, min_parallel=0))
    assert [r.reliability for r in again] == [r.reliability for r in scored]


def test_reliable_direction_signals_are_capped_but_not_the_wording_signals():
    # the wording signals are log-odds of reliable (direction -1) and read both ways
    # under WORDING_MAX_WEIGHT; cue signals such as named sources stop at a typical
    # reliable article's level, where typing more in buys nothing
    from quality.features import vocabulary, word_choice

    names = [vocabulary.NAME, word_choice.NAME, "sourcing.named_per_1k_words", "hedging.cues_per_1k_words"]
    clf = train_module.new_classifier(0.3, names)
    assert list(clf.capped) == [False, False, True, False]
    assert list(clf.signs) == [-1, -1, -1, 1]


@pytest.mark.skipif(not ISOT.exists(), reason="needs ../shared/data")
@pytest.mark.parametrize("name", list(train_module.TEXT_MODELS))
def test_wording_signals_shrink_towards_the_centre_the_glass_box_reads_them_from(name):
    # a new user's find (2026-12-07): each fold's prior, its in-sample mean, lay above
    # the out-of-fold mean the glass box centres on, so any short text gained 12 to 14
    # points from word choice whatever its words
    rows = [json.loads(x) for x in ISOT.open(encoding="utf-8")]
    rows = [r for r in rows if r["label"] == "reliable"][:30] + [r for r in rows if r["label"] == "unreliable"][:30]
    texts = np.array([r["text"] for r in rows], dtype=object)
    y = np.array([r["label"] == "unreliable" for r in rows], dtype=int)
    corpus = np.array(["isot"] * len(rows), dtype=object)
    oof, prior = train_module.text_model_oof(name, texts, y, np.arange(len(rows)), corpus)
    assert oof.shape == (len(rows),)
    assert abs(oof.mean() - prior) < 1e-9
    # ... and the log-odds of a text read as nothing is that prior
    model = train_module.TEXT_MODELS[name]().fit(texts, y, corpus=corpus)
    model.prior_ = prior
    assert model.log_odds([""])[0] == pytest.approx(prior)
    part, keep = model.log_odds_parts(list(texts[:5]))
    assert np.allclose(part + (1 - keep) * prior, model.log_odds(list(texts[:5])))


def test_train_leaves_out_rows_it_cannot_read_and_says_so(tmp_path, capsys):
    # as evaluate lists them: a broken line or a path naming no file must not sink a
    # training run, nor go unsaid
    rows = [json.loads(x) for x in (ROOT / "labels" / "team_articles.jsonl").open(encoding="utf-8")]
    lines = [json.dumps(r) for r in rows] + ["not json", json.dumps({"id": "gone", "path": "gone.txt", "label": "reliable"})]
    src = tmp_path / "set.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["train", str(src), "-o", str(tmp_path / "m.joblib"), "--no-evaluate"]) == 0
    err = capsys.readouterr().err
    assert f"read {len(rows)} labeled articles" in err
    assert "left out 2 rows that cannot be read (first: " in err and "set.jsonl:" in err
    # a new user's find (2026-12-07): a model trained on a small set flagged almost every
    # article scrambled_word_order, its vocabulary too small to know English word order
    assert "flags no text scrambled_word_order" in err
    from quality.scorer import Scorer

    small = Scorer.load(tmp_path / "m.joblib")
    rated = [small.score(r["text"]) for r in rows[:6]]
    assert not any("scrambled_word_order" in r.flags for r in rated)


def test_the_licence_note_names_only_the_research_corpora_trained_on():
    # a new user's find (2026-12-07): a model trained on a team's own CSV said it
    # inherited the research-only terms of corpora it never read
    from quality.train import licence_note

    own = licence_note(["mine"])
    assert "ISOT" not in own and "their own terms apply" in own
    mixed = licence_note(["isot_subset", "team_articles"])
    assert "ISOT" in mixed and "LLMFake" not in mixed and "team_articles" in mixed and "research-only" in mixed

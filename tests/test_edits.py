"""Edits that must not fool the score (evaluation/edits.py), on corpus articles.

The report is an evaluation (figures in the README); here its own 240 articles (40 from each
corpus holding both labels) pin the bounds the generalisation issue set: weekdays and
"said" sprinkled in gain at most 5 points on average, heavy hedging costs at least 5.
Skips when ../shared/data is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import evaluation_script

from quality.scorer import Scorer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"




edits = evaluation_script("edits")

TEXT = (
    "The council approved the budget. It is the largest in a decade. Officials will "
    "review it. The mayor has signed it."
)


def test_weekdays_and_said_touch_the_first_three_sentences():
    out = edits.weekdays_and_said(TEXT)
    assert out.startswith("The council approved the budget on Monday.")
    assert ", he said on Tuesday." in out and ", officials said on Wednesday." in out
    assert out.endswith("The mayor has signed it.")


def test_weekdays_and_said_everywhere_touches_every_other_sentence():
    out = edits.weekdays_and_said_everywhere(TEXT)
    assert out.count(" on Monday.") == 1 and ", he said on Tuesday." in out
    assert "It is the largest in a decade." in out  # the second sentence is left alone


def test_heavy_hedging_hedges_every_verb_it_names():
    out = edits.heavy_hedging(TEXT)
    assert "may possibly be the largest" in out and "could perhaps review" in out
    assert "may have signed" in out


def test_other_edits_do_what_they_say():
    assert edits.filler_sections(TEXT).endswith(edits.FILLER_SECTIONS)
    assert edits.dateline_removed(edits.dateline_added(TEXT)) == TEXT
    assert len(edits.cut_to_150_words(" ".join(["word"] * 400)).split()) == 150
    assert edits.invented_quotes(TEXT).endswith(edits.INVENTED_QUOTES)
    assert "[Insert outlook here]" in edits.generator_debris(TEXT)
    assert edits.DATED_SENTENCES in edits.dated_sentences(TEXT)
    assert edits.linking_adverbs("One.\n\nTwo.\n\nthree.") == "One.\n\nStill, Two.\n\nthree."
    first, second, third = edits.PLAIN_SENTENCES
    assert edits.plain_sentences("One.\n\nTwo.\n\nThree.\n\nFour.") == (
        f"One. {first}\n\nTwo. {second}\n\nThree. {third}\n\nFour."
    )
    assert edits.plain_sentences("One.") == f"One. {first} {second} {third}"
    assert edits.empty_update(TEXT) == TEXT + "\n\n" + edits.EMPTY_UPDATE
    opener = "In a significant development, "
    assert edits.spinner_openers("The council met.\n\nAna Ruiz spoke.\n\nEU leaders met.\n\nit rained.") == (
        f"{opener}the council met.\n\n{opener}Ana Ruiz spoke.\n\n{opener}EU leaders met.\n\n{opener}it rained."
    )
    assistant = edits.assistant_lines(TEXT)
    assert assistant.startswith(edits.ASSISTANT_OPENING) and assistant.endswith(edits.ASSISTANT_CLOSING)


@pytest.fixture(scope="module")
def report():
    if not all((SHARED / c / "articles.jsonl").exists() for c in edits.CORPORA):
        pytest.skip("../shared/data corpora are absent")
    # the report's own sample: a subset of 60 put heavy hedging at -4.99 when the
    # report's 240 gave -5.9, so the bar is pinned on what the README states
    texts, unreliable = edits.sample_labeled(40)
    assert len(texts) == 240 and unreliable.sum() == 120
    return edits.edit_report(edits.scored_by(Scorer.load()), texts, unreliable)


def test_gaming_with_weekdays_and_said_gains_little(report):
    assert report["weekdays and 'said' added"]["mean_change"] <= 5.0
    # sprinkled into every other sentence, the cues' bounds still hold it to a few points
    assert report["weekdays and 'said' in every other sentence"]["mean_change"] <= 8.0


def test_no_gaming_edit_lifts_unreliable_articles_by_more_than_five_points(report):
    # what gaming is for: over both labels, reliable articles (which hold the cues
    # already) hid a new user's +10.7 on short unreliable ones, before the cues were
    # bounded together (quality.train.CUE_FAMILY_BOUND)
    gaming = {
        name: r["mean_change_unreliable"]
        for name, r in report.items()
        if r["kind"] == "gaming" and name not in OPEN_GAMING_EDITS
    }
    assert "one invented quoted sentence added" in gaming and "'Still, ' before every paragraph" in gaming
    assert all(gain <= 5.0 for gain in gaming.values()), gaming


#: Gaming edits the score does not yet hold to the bar, each with why (README, "Edits
#: that must not fool it"); a strict xfail each, so the day one holds this list is told.
OPEN_GAMING_EDITS = {
    # four plain sentences of invented, dated reporting ("The committee met on Monday.
    # ... The next hearing is set for Nov. 4."): the word-choice signal reads their
    # institutional words (committee, report, vote, hearing) as reliable wording, +14 on
    # unreliable articles on average (a tester's find, 2026-12-06). What would hold it
    # changes the signal and needs a retraining: wording read paragraph by paragraph
    # and taken at its median, so that one paragraph cannot carry the article.
    "four plain dated sentences added": "word choice reads invented institutional reporting as reliable",
    # three plain sentences with no cue word at all, one at the end of each of the first
    # three paragraphs: the same wording signals, +11.1 on unreliable articles with the
    # model trained at 61e19c7 (a tester's find, 2026-12-06). VocabularyModel.trim_share
    # held both in a training (+3.6 and +5.8) but cost held-out ranking (mean 0.726
    # against 0.741), so that model was not shipped.
    "three plain sentences spread": "the wording signals read plain reporting as reliable wherever it is set",
}
# (three stock wire lines spread, one after each of the first three paragraphs, were
# open at +5.0 on unreliable articles with the b48c7e0 model; with the f4659c4 one they
# gain 4.98, within the bar by a hair: the plain words around the unread formulae are
# still read as reliable reporting, 2026-12-07)


@pytest.mark.parametrize(
    "name",
    [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=f"open: {why}")) for name, why in OPEN_GAMING_EDITS.items()],
)
def test_open_gaming_edits_still_lift_unreliable_articles_by_more_than_five_points(report, name):
    assert report[name]["mean_change_unreliable"] <= 5.0


def test_heavy_hedging_costs(report):
    assert report["heavy hedging"]["mean_change"] <= -5.0


def test_form_edits_move_little_and_pasting_twice_costs(report):
    # the vocabulary reads no dateline and no commas (one-sided giveaways in training)
    assert report["dateline added"]["mean_change"] <= 2.0
    assert abs(report["commas removed"]["mean_change"]) <= 2.0
    # sentences repeated word for word carry a design-prior weight
    assert report["article repeated"]["mean_change"] <= -5.0


def test_one_word_moves_little(report):
    # one item is bounded (quality.train.ITEM_BOUND): one "It was" made "This was" cost
    # articles up to 21 points before
    assert report["one 'It' opener made 'This'"]["mean_change"] >= -2.0
    # a fault is counted from none: one stock phrase costs little more than the bound
    # (-10.2 on average before, the lost "none found" bonus on top)
    assert -8.0 <= report["one stock phrase added"]["mean_change"] <= 0.0
    # a title line is not read by the wording signals (+3.7 on average before)
    assert abs(report["title line added"]["mean_change"]) <= 2.0


def test_vague_attributions_open_every_third_sentence():
    text = "It rose. Prices fell. Taxes rose. Smith spoke. Rain fell. Snow fell. The end came."
    assert edits.vague_attributions(text) == (
        "It rose. Prices fell. Taxes rose. Some people believe that Smith spoke. Rain fell. Snow fell. "
        "Experts warn that the end came."
    )


def test_the_stock_phrase_and_title_edits():
    assert edits.one_stock_phrase("It rose. Prices fell.") == "It rose. It is important to note that prices fell."
    assert edits.title_line_added("Body.") == "Officials outline plans for the coming year\n\nBody."


def test_degrading_edits_never_raise_the_score_on_average(report):
    for name, r in report.items():
        if r["kind"] == "degrading":
            assert r["mean_change"] <= 0.0, name
    assert "| heavy hedging | degrading |" in edits.table(report)


def test_one_opener_made_this_changes_one_word():
    assert edits.one_opener_made_this(TEXT) == TEXT.replace("It is the largest", "This is the largest")
    assert edits.one_opener_made_this("It was late. It was dark.") == "This was late. It was dark."
    assert edits.one_opener_made_this("Nothing to change here.") == "Nothing to change here."


def test_the_tfidf_baseline_is_rated_edit_by_edit_as_the_scorer_is():
    # the team's own labeled articles: the baseline's path end to end, no corpus needed
    files = [ROOT / "labels" / "seeds.jsonl", ROOT / "labels" / "team_articles.jsonl"]
    rate = edits.tfidf_baseline(files)
    texts = [TEXT, edits.heavy_hedging(TEXT), edits.filler_sections(TEXT)]
    rated = rate(texts)
    assert rated.shape == (3,) and ((rated >= 0) & (rated <= 100)).all()
    assert len(set(rated.round(6))) == 3  # each text read on its own words
    report = edits.edit_report(rate, texts)
    assert set(report) == set(edits.EDITS) and all(r["n"] == 3 for r in report.values())

"""The word-choice signal: which words are read, the model and its evidence."""

from __future__ import annotations

import numpy as np
import pytest

from quality.features import TEXT_MODEL_NAMES, word_choice
from quality.features.word_choice import NAME, WordChoiceModel, common_words

# two small "corpora" whose shared everyday words are what the model may read
WIRE = [
    "Police confirmed the figures after the crash near Leeds, officials said.",
    "The council confirmed the budget figures and the bridge will reopen.",
    "Police confirmed two arrests and released the figures to reporters.",
] * 40
SPIN = [
    "Experts warn this could potentially reshape everything in Leeds.",
    "It could potentially change the landscape, and the figures remain unclear.",
    "Insiders suggest the deal could potentially signal a crucial shift.",
] * 40


@pytest.fixture(scope="module")
def model():
    texts = WIRE + SPIN
    y = [0] * len(WIRE) + [1] * len(SPIN)
    corpus = np.array(["a", "b"] * len(WIRE))  # each corpus holds both kinds
    return WordChoiceModel(min_df=1).fit(texts, y, corpus=corpus)


def test_only_words_common_to_every_corpus_are_read():
    texts = ["The figures rose in Leeds.", "Figures fell in Leeds today."] * 60 + [
        "The figures were unclear in Leeds.",
        "Officials published figures for Leeds.",
    ] * 60
    corpus = ["a"] * 120 + ["b"] * 120
    words = common_words(texts, corpus)
    assert "figures" in words
    assert "rose" not in words and "officials" not in words  # one corpus only
    assert "leeds" not in words  # a name: written with a capital
    assert "the" not in words and "in" not in words  # function words: the vocabulary's


def test_small_corpora_are_judged_together():
    texts = ["The figures rose.", "Figures fell.", "The budget figures."] * 10
    words = common_words(texts, ["a", "b", "c"] * 10)  # none holds MIN_CORPUS_ARTICLES
    assert {"figures", "rose", "budget"} <= words


def test_cue_words_are_not_read_even_when_common():
    texts = ["The police station shut. It said on Tuesday the figures rose, according to reports."] * 200
    words = common_words(texts)
    assert "said" not in words and "tuesday" not in words and "according" not in words
    assert {"police", "figures", "rose"} <= words


def test_words_other_signals_count_and_upstream_leftovers_are_not_read():
    texts = [
        "In the council it stated the figures were potentially wrong, reporters heard; "
        "officials don t agree, see example com for the figures."
    ] * 200
    words = common_words(texts)
    assert "figures" in words and "council" in words and "wrong" in words
    # reporting verbs and hedges are the sourcing and hedging signals' (bounded there)
    assert not {"stated", "potentially", "reporters"} & words
    # and the vague sources ("officials said", counted by sourcing under the cue bound)
    assert "officials" not in words
    # stripped apostrophes and links on one side of a training corpus ("don t", ".com")
    assert not {"don", "com", "t", "s"} & words


def test_no_common_word_is_an_error_not_an_empty_model():
    with pytest.raises(ValueError, match="no word is common"):
        WordChoiceModel().fit(["Alpha beta.", "Gamma delta."] * 100, [0, 1] * 100,
                              corpus=["a", "b"] * 100)


def test_measure_matches_the_batch_and_points_the_right_way(model):
    texts = [WIRE[0], SPIN[0], "", "!!!", "The figures."]
    batch = model.log_odds(texts)
    single = np.array([model.measure(t).value for t in texts])
    assert np.allclose(batch, single, atol=1e-9)
    assert batch[1] < batch[0]  # log-odds of reliable


def test_topic_words_and_cue_words_do_not_move_the_value(model):
    a = model.measure("Police confirmed the figures in Leeds.").value
    b = model.measure("Police confirmed the figures in Oslo on Tuesday, he said.").value
    assert a == pytest.approx(b, abs=1e-12)


def test_evidence_is_exact_words_and_pairs_in_text_order(model):
    text = SPIN[0] + " " + SPIN[2]
    m = model.measure(text)
    assert m.name == NAME and m.value < 0 and m.evidence
    assert any(" " not in e.text for e in m.evidence)  # one word can be evidence
    last_end = -1
    for e in m.evidence:
        assert text[e.start : e.end] == e.text
        assert e.start >= last_end
        last_end = e.end
        # a pair is two read words side by side, never across an unread one
        assert len(e.text.split()) <= 2


def test_pairs_never_span_an_unread_word(model):
    grams = model._analyse("The crash reshape everything and confirmed the figures.")
    assert "crash reshape" in grams and "reshape everything" in grams
    assert all("figures" not in g or g == "figures" for g in grams)  # "the" stands between


def test_the_model_carries_both_wording_signals_in_order():
    from quality.train import TEXT_MODELS

    assert tuple(TEXT_MODELS) == TEXT_MODEL_NAMES == ("vocabulary.reliable_logodds", NAME)
    assert word_choice.SPEC.unit == "log-odds" and word_choice.SPEC.direction == -1


def test_common_words_inside_a_name_are_not_read(model):
    assert {"figures", "crash", "budget"} <= model.words_
    text = "Figures crash. The Budget Figures Party won."
    tokens = [t for t, _, _ in model._tokens(text)]
    # "Figures" opens a sentence: a word; mid-sentence, capitalised, part of a name
    assert tokens[:2] == ["figures", "crash"]
    assert tokens.count("figures") == 1 and "budget" not in tokens
    # in capitals throughout, words are words
    assert "figures" in [t for t, _, _ in model._tokens("THE FIGURES ROSE.")]


@pytest.fixture()
def reader():
    """A word-choice model reading a fixed list of words, to test what is read."""
    m = WordChoiceModel()
    m.words_ = frozenset("young open officials met country economy items listed".split())
    return m


def read(model, text):
    return [t for t, _, _ in model._tokens(text) if t != "<gap>"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # after an abbreviation's period a capitalised word is still inside a name
        ("Then Mr. Young spoke.", []),
        ("At the U.S. Open today.", []),
        # after a closing quotation mark or a list bullet a sentence opens
        ('It was a win." Officials met.', ["officials", "met"]),
        ("Notes:\n- Items listed\n* Officials met\n• Officials met", ["items", "listed", "officials", "met"] + ["officials", "met"]),
    ],
)
def test_names_and_sentence_openers(reader, text, expected):
    assert read(reader, text) == expected


def test_every_form_of_a_verb_of_saying_is_left_to_sourcing():
    forms = (
        "commented mentioned admitted declared explains claiming saying adding says told wrote "
        "reiterated quipped retorted echoed exclaimed vowed cautioned clarified countered opined"
    )
    texts = [f"The figures rose and the council {forms} it, the council figures said."] * 200
    words = common_words(texts)
    assert {"figures", "rose", "council"} <= words
    assert not set(forms.split()) & words


def test_stripped_apostrophes_read_as_intact_ones(reader):
    assert read(reader, "The country's economy.") == read(reader, "The country s economy.") == ["country", "economy"]
    # a contraction's stem is one of the leftovers that are not read
    texts = ["The council hasn't agreed and we'll see the figures rise."] * 200
    assert not {"hasn", "hasn't", "we'll", "we"} & common_words(texts)


def test_the_log_odds_is_shrunk_by_the_words_read(model):
    import copy
    import pickle

    unshrunk = copy.copy(model)
    unshrunk.evidence_tokens = 0.0
    # a list of names it cannot read sits at the prior (the average training text, not
    # the intercept, an empty row no text has); a few words read move it by a fraction
    # of what they would alone
    names = "Alaska Alabama Arkansas Arizona California Colorado " * 10
    assert model.measure(names).value == pytest.approx(model.prior_)
    assert model.measure(names).evidence == ()
    assert model.log_odds([names])[0] == pytest.approx(model.prior_)
    short = "The figures remain unclear."
    read = model._read_count(model._tokens(short))
    assert 0 < read < 10
    full = unshrunk.measure(short).value - model.prior_
    shrunk = model.measure(short).value - model.prior_
    assert shrunk == pytest.approx(full * read / (read + model.evidence_tokens))
    # a model saved before the shrinkage keeps it off when loaded
    state = model.__getstate__() if hasattr(model, "__getstate__") else dict(vars(model))
    state = {k: v for k, v in dict(state).items() if k != "evidence_tokens"}
    old = WordChoiceModel.__new__(WordChoiceModel)
    old.__setstate__(state)
    assert old.evidence_tokens == 0.0
    # and one saved before the prior gives an unread text the intercept, as it did
    state = {k: v for k, v in state.items() if k != "prior_"}
    older = WordChoiceModel.__new__(WordChoiceModel)
    older.__setstate__(state)
    assert older.prior_ == older.intercept_
    assert pickle.loads(pickle.dumps(model)).evidence_tokens == model.evidence_tokens


def test_a_repeated_sentence_is_read_once_for_the_evidence_size(model):
    sentence = "The figures remain unclear in the council budget. "
    once = model._read_count(model._tokens(sentence), sentence)
    assert model._read_count(model._tokens(sentence * 50), sentence * 50) == once


def test_a_repeat_differing_only_in_punctuation_or_apostrophes_is_read_once(model):
    one = "It's clear the figures remain unclear in the council budget work. "
    once = model._read_count(model._tokens(one), one)
    for text in (
        one + one.replace("work.", "work!"),
        one + one.replace("budget", "budget,"),
        one + one.replace("It's", "It’s"),
        one + one.rstrip(". "),
    ):
        assert model._read_count(model._tokens(text), text) == once, text

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
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from quality import giveaways, metrics
from quality.casing import MASKED_IN_TRAINING_WHEN_CASELESS, case_columns, is_caseless
from quality.errors import UsageError
from quality.features import (
    ALL_SPECS,
    MODEL_FEATURE_NAMES,
    extract_features,
    vocabulary,
    word_choice,
)
from quality.features.ngrams import dup_ngram_char_frac
from quality.labels import READ_ERROR, corpus_name, read_labeled
from quality.model import (
    RARE_MIN_ARTICLES,
    GlassBoxClassifier,
    card_path,
    evidence_words,
    item_counts,
    save,
    sha256_file,
)
from quality.reading import MIS_DECODING_READ, reading_view

N_FOLDS = 5
SEED = 0
#: A corpus needs this many articles of each class for its own ROC-AUC to be reported.
MIN_PER_CLASS = 20
#: The third-party corpora under ../shared/data that the shipped model is trained on
#: (the README's train command reads each one's articles.jsonl, with labels/).
TRAINING_CORPORA = (
    "isot_subset",
    "llmfake",
    "perez_rosas_fakenews",
    "fakenewscorpus_sample",
    "recovery_covid_news",
    "semeval2019_hyperpartisan",
    "xsum_machine_news",
)
#: The team's own labeled sets, under the checkout's labels/, that the train command
#: reads before the corpora.
TEAM_LABELS = ("seeds.jsonl", "team_articles.jsonl")


def training_files(root: Path) -> list[Path]:
    """The files the README's train command reads, for a checkout at ``root`` with the
    corpora beside it (``root/../shared/data``): TEAM_LABELS, then each of
    TRAINING_CORPORA's articles.jsonl. The paths may not exist; readers say so."""
    data = root.parent / "shared" / "data"
    return [root / "labels" / name for name in TEAM_LABELS] + [
        data / name / "articles.jsonl" for name in TRAINING_CORPORA
    ]


#: Those holding MIN_PER_CLASS articles of each label, so each is held out in turn
#: (FakeNewsCorpus's sample has 3 reliable articles).
HELD_OUT_CORPORA = tuple(c for c in TRAINING_CORPORA if c != "fakenewscorpus_sample")


def held_out_splits(y: np.ndarray, corpus: np.ndarray):
    """(corpus, test mask) for each corpus, in name order, holding MIN_PER_CLASS
    articles of each label: the ones the evaluation scripts hold out in turn (train on
    ``~test``)."""
    for held in sorted(set(corpus)):
        test = corpus == held
        if min(y[test].sum(), (1 - y[test]).sum()) >= MIN_PER_CLASS:
            yield held, test


# -- features ----------------------------------------------------------------------------


_CASE_COLUMNS = case_columns(MODEL_FEATURE_NAMES)
_MIS_DECODING_COLUMNS = [j for j, n in enumerate(MODEL_FEATURE_NAMES) if n in MIS_DECODING_READ]


class Featurized(NamedTuple):
    """``featurize``'s output for n texts."""

    X: np.ndarray  # model features, shape (n, len(MODEL_FEATURE_NAMES))
    word_counts: np.ndarray  # shape (n,)
    evidence_words: np.ndarray  # shape (n,): the words less repeated text (model.evidence_words)
    items: np.ndarray  # evidence spans per model feature, X's shape
    caseless: np.ndarray  # bool, shape (n,): no usable letter case (quality.casing)
    read: list[str]  # each text as the measurements read it (quality.reading)


def _feature_rows(texts: list[str]) -> Featurized:
    rows = np.empty((len(texts), len(MODEL_FEATURE_NAMES)))
    items = np.empty((len(texts), len(MODEL_FEATURE_NAMES)))
    word_counts = np.empty(len(texts))
    evidence = np.empty(len(texts))
    caseless = np.zeros(len(texts), dtype=bool)
    read = []
    for i, text in enumerate(texts):
        view = reading_view(text)
        read.append(view.text)
        doc = view.document()
        features = extract_features(doc, page=view.page)  # values and counts: no spans needed
        rows[i] = [features[n].value for n in MODEL_FEATURE_NAMES]
        items[i] = item_counts(features, MODEL_FEATURE_NAMES)
        if is_caseless(features, text):  # no usable letter case: it tells nothing (quality.casing)
            rows[i, _CASE_COLUMNS] = np.nan
            caseless[i] = True
        if view.mis_decoded:  # a pipeline's damage, not counted when scoring either
            rows[i, _MIS_DECODING_COLUMNS] = np.nan
        word_counts[i] = doc.word_count  # the article's, without page chrome
        evidence[i] = evidence_words(
            doc.prose_word_count,  # as the scorer counts it: label and figure cells left out
            features["repetition.dup_sentence_frac"].value,
            dup_ngram_char_frac(doc, 10),  # the article's (webstats read the page, chrome in)
        )
    return Featurized(rows, word_counts, evidence, items, caseless, read)


def featurize(texts: Sequence[str], n_jobs: int = 1, chunk: int = 64, progress: bool = False) -> Featurized:
    """Model features, word counts, item counts (evidence spans per feature), whether
    each text has no letter case (quality.casing) and the text as read, for many texts,
    in order, on ``n_jobs`` processes."""
    chunks = [list(texts[i : i + chunk]) for i in range(0, len(texts), chunk)]
    if not chunks:
        empty = np.empty((0, len(MODEL_FEATURE_NAMES)))
        return Featurized(empty, np.empty(0), np.empty(0), empty.copy(), np.empty(0, dtype=bool), [])
    jobs = (delayed(_feature_rows)(c) for c in chunks)
    results = Parallel(n_jobs=n_jobs, return_as="generator")(jobs)
    if progress:
        from tqdm import tqdm

        results = tqdm(results, total=len(chunks), unit="chunk", desc="features", leave=False)
    parts = list(results)
    return Featurized(
        np.vstack([p.X for p in parts]),
        np.concatenate([p.word_counts for p in parts]),
        np.concatenate([p.evidence_words for p in parts]),
        np.vstack([p.items for p in parts]),
        np.concatenate([p.caseless for p in parts]),
        [t for p in parts for t in p.read],
    )


@dataclass
class Prepared:
    """Labeled rows after giveaways were neutralised, with their model features."""

    data: pd.DataFrame  # id, corpus, group, y, word_count, text (neutralised)
    X: np.ndarray
    items: np.ndarray  # evidence spans per model feature, X's shape

    @property
    def y(self) -> np.ndarray:
        return self.data["y"].to_numpy()

    @property
    def groups(self) -> np.ndarray:
        return self.data["group"].to_numpy()


#: The research-use corpora a model may be trained on (../shared/data), as their
#: MANIFESTs cite them.
RESEARCH_CORPORA = {
    "isot_subset": "ISOT fake news subset (Ahmed et al. 2017)",
    "llmfake": "LLMFake (Chen & Shu 2024)",
    "perez_rosas_fakenews": "Perez-Rosas et al. 2018",
    "fakenewscorpus_sample": "a FakeNewsCorpus sample",
    "recovery_covid_news": "ReCOVery (Zhou et al. 2020, CC BY-NC-SA 4.0)",
    "semeval2019_hyperpartisan": "SemEval-2019 Task 4 hyperpartisan by-article (Kiesel et al. 2019)",
    "xsum_machine_news": (
        "XSum BBC articles against machine-written news (Narayan et al. 2018; Fast-DetectGPT, Glimpse, L2R)"
    ),
}


def licence_note(corpora: Sequence[str]) -> str:
    """The card's note on the terms the training data puts on the model: the
    research-use corpora among ``corpora`` (the training files' corpus names) by their
    citations, or none. A model trained on a team's own files said it inherited the
    corpora's research-only terms it never read (a new user's find, 2026-12-07)."""
    cited = [RESEARCH_CORPORA[c] for c in dict.fromkeys(corpora) if c in RESEARCH_CORPORA]
    others = [c for c in dict.fromkeys(corpora) if c not in RESEARCH_CORPORA]
    if not cited:
        return (
            "Trained on the files under training_files only, none of them a research-use "
            "corpus this project knows of: their own terms apply."
        )
    also = f", plus {', '.join(others)} (under training_files)" if others else ""
    return (
        f"Trained on research-use corpora: {'; '.join(cited)}{also}. Their texts are not "
        "shipped; the model's use inherits their research-only, non-commercial terms."
    )


def prepare(
    data: pd.DataFrame, *, neutralise: bool = True, n_jobs: int = 1, progress: bool = False
) -> Prepared:
    data = data.copy()
    if neutralise:
        data = giveaways.neutralise_frame(data)
    data = data[data["text"].str.strip().str.len() > 0].reset_index(drop=True)
    X, word_counts, evidence, items, caseless, read = featurize(data["text"].tolist(), n_jobs=n_jobs, progress=progress)
    # the wording signals learn from the text as the scorer measures it (quality.reading:
    # page chrome blank, hard wraps joined), not from what it was before it was read
    data["text"] = read
    data["word_count"] = word_counts
    data["caseless"] = caseless
    data["evidence_words"] = evidence
    if neutralise:
        index = {n: j for j, n in enumerate(MODEL_FEATURE_NAMES)}
        for i, (c, m) in enumerate(zip(data["corpus"], data["meta"])):
            for name in giveaways.masked_features(c, m, list(MODEL_FEATURE_NAMES)):
                X[i, index[name]] = np.nan
    return Prepared(data, X, items)


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
    """The shipped model: the glass box over the measurements plus, when ``use_vocabulary``,
    the vocabulary signal stacked in as one more feature (its training values are
    out-of-fold, so the glass box weighs it as it will behave on unseen text)."""

    name = "ours"

    def __init__(self, C: float = 0.3, use_vocabulary: bool = True) -> None:
        self.C = C
        self.use_vocabulary = use_vocabulary

    def fit(self, prep: Prepared, idx: np.ndarray) -> OursModel:
        self.clf_ = fit_model(prep, idx, C=self.C, use_vocabulary=self.use_vocabulary)
        return self

    def predict(self, prep: Prepared, idx: np.ndarray) -> np.ndarray:
        X = model_matrix(
            self.clf_, prep.X[idx], prep.data["text"].to_numpy()[idx], prep.data["caseless"].to_numpy()[idx]
        )
        words = prep.data["evidence_words"].to_numpy()[idx]
        items = padded_items(prep.items[idx], X.shape[1])
        return self.clf_.predict_proba(X, words=words, items=items)[:, 1]


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


#: The TF-IDF baseline's inverse regularisation (``TfidfModel``).
TFIDF_C = 4.0


def tfidf_vectorizer() -> TfidfVectorizer:
    """The TF-IDF baseline's vectorizer: word 1-2-grams, sublinear tf, at most 200,000."""
    return TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, max_features=200_000, sublinear_tf=True, dtype=np.float32
    )


class TfidfModel:
    """The baseline: logistic regression over ``tfidf_vectorizer()``, reading every word."""

    name = "tfidf"

    def fit(self, prep: Prepared, idx: np.ndarray) -> TfidfModel:
        self.vec_ = tfidf_vectorizer()
        Xt = self.vec_.fit_transform(prep.data["text"].to_numpy()[idx])
        w = sample_weights(prep.data["corpus"].to_numpy()[idx], prep.y[idx])
        self.lr_ = LogisticRegression(C=TFIDF_C, max_iter=2000).fit(Xt, prep.y[idx], sample_weight=w)
        return self

    def predict(self, prep: Prepared, idx: np.ndarray) -> np.ndarray:
        return self.lr_.predict_proba(self.vec_.transform(prep.data["text"].to_numpy()[idx]))[:, 1]


MODELS: dict[str, Callable[[], Any]] = {
    "ours": OursModel,
    "word_count": WordCountModel,
    "tfidf": TfidfModel,
}


#: The fewest articles of each label a model is trained on: with 5 of each, the wording
#: signals' vectorizer kept no n-gram in an inner fold and scikit-learn raised "After
#: pruning, no terms remain" (a new user's find, 2026-12-07; 7 of each trained).
MIN_ARTICLES_PER_LABEL = 10


def check_trainable(prep: Prepared, *, n_read: int) -> None:
    """Raise UsageError, before any fit, when the articles left after neutralising (of
    ``n_read`` read) cannot train a model: none has text, one label only, or fewer
    groups per label than the word-choice signal's VOCABULARY_FOLDS grouped folds need
    (a set whose rows all share one id is one group; a new user's find, which had ended
    in scikit-learn's "n_splits=3 greater than the number of groups")."""
    if len(prep.y) == 0:
        raise UsageError(
            f"No article to train on: none of the {n_read} labeled rows has text (empty texts "
            "are dropped). Name the text column with --text-column."
        )
    data = prep.data
    for label, y in (("reliable", 0), ("unreliable", 1)):
        groups = data.loc[prep.y == y, "group"].nunique()
        if groups == 0:
            raise UsageError(f"Training needs both labels; no article is labeled {label!r}.")
        if groups < VOCABULARY_FOLDS:
            raise UsageError(
                f"Training splits its folds by group (a publisher, an article pair, else the "
                f"row's id), and needs {VOCABULARY_FOLDS} groups of each label: the {label} "
                f"articles hold {groups}. Give each article its own id (--id-column)."
            )
    for label, y in (("reliable", 0), ("unreliable", 1)):
        n = int((prep.y == y).sum())
        if n < MIN_ARTICLES_PER_LABEL:
            raise UsageError(
                f"Training needs {MIN_ARTICLES_PER_LABEL} articles of each label or more: {n} are "
                f"{label}. (The wording signals keep only n-grams several articles share, and "
                "on fewer there are none to learn from.)"
            )


def grouped_folds(y: np.ndarray, groups: np.ndarray, n_splits: int = N_FOLDS):
    n_splits = max(2, min(n_splits, int(min(np.bincount(y, minlength=2)))))
    splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=SEED)
    return list(splitter.split(np.zeros(len(y)), y, groups))


#: Bounded influence: no feature moves the log-odds by more than this (at most 20
#: reliability points, since a point is at most 25 per unit of log-odds at even odds).
MAX_CONTRIBUTION = 0.8
#: Evidence-size shrinkage: a rate measured on n words counts n / (n + EVIDENCE_WORDS)
#: of its distance from the training median. Chosen leave-one-corpus-out (mean ROC-AUC
#: 0.734 with none, 0.740 at 100, 0.741 at 300, 0.738 at 1,000 words; 2026-12-01).
EVIDENCE_WORDS = 300.0
#: Inner folds that give the vocabulary feature its out-of-fold training values.
VOCABULARY_FOLDS = 3
#: The learned wording signals, each a feature of its own under its own bound: how the
#: article is put together (topic-masked 1-3-grams) and which common words it picks.
#: Leave-one-corpus-out beside raw n-grams in the README.
TEXT_MODELS: dict[str, Callable[[], vocabulary.VocabularyModel]] = {
    vocabulary.NAME: vocabulary.VocabularyModel,
    word_choice.NAME: word_choice.WordChoiceModel,
}


def model_signs(names: Sequence[str] = MODEL_FEATURE_NAMES) -> list[int]:
    return [ALL_SPECS[n].direction for n in names]


def rate_columns(names: Sequence[str]) -> list[bool]:
    """Which features get shrunk by evidence size (``evidence_words``): rates (per 1,000
    words, or fractions) and the wording signals' log-odds, whose l2-normalised n-gram
    vector weighs four words as much as four thousand. Not the repetition measurements:
    repeated text is what they measure, and the evidence size leaves it out. Not a
    wording signal that shrinks itself by the tokens it reads (``evidence_tokens``)."""
    return [
        not n.startswith("repetition.")
        and not (n in TEXT_MODELS and TEXT_MODELS[n]().evidence_tokens > 0)
        and (
            ALL_SPECS[n].unit == "log-odds"
            or ALL_SPECS[n].unit.startswith(("per 1,000 words", "fraction"))
        )
        for n in names
    ]


#: A signal is left out when, in its documented direction, its ROC-AUC is below
#: 0.5 - FLIP_MARGIN on one training corpus and above 0.5 + FLIP_MARGIN on another: it
#: then measures something about those corpora, not about reliability.
FLIP_MARGIN = 0.05


def per_corpus_auc(X, y, corpus, names: Sequence[str]) -> dict[str, dict[str, float]]:
    """ROC-AUC of each feature alone, oriented by its documented direction (above 0.5:
    it points the way its design says), per corpus holding MIN_PER_CLASS of each label."""
    out: dict[str, dict[str, float]] = {n: {} for n in names}
    for c in sorted(set(corpus)):
        m = corpus == c
        if min(y[m].sum(), (1 - y[m]).sum()) < MIN_PER_CLASS:
            continue
        for j, n in enumerate(names):
            x = X[m, j]
            ok = np.isfinite(x)
            if min(y[m][ok].sum(), (1 - y[m][ok]).sum()) >= MIN_PER_CLASS:
                out[n][c] = metrics.roc_auc(y[m][ok], ALL_SPECS[n].direction * x[ok])
    return out


def flips(aucs: dict[str, float]) -> bool:
    values = [v for v in aucs.values() if not math.isnan(v)]
    return bool(values) and min(values) < 0.5 - FLIP_MARGIN and max(values) > 0.5 + FLIP_MARGIN


#: Design priors: the least weight (log-odds per standard deviation; per half the heavy
#: case for rare features, see GlassBoxClassifier) of signals whose meaning is not in
#: doubt but which the training corpora barely hold, so the fit alone leaves them at 0.
#: Hedging is the first thing the mission names; its extractor is checked against
#: CoNLL-2010's hedge cues (evaluation/hedging_conll.py) and points the same way on every
#: corpus (ROC-AUC 0.51-0.59 alone), too weakly for the fit to size it. Broken tables,
#: template placeholders, mojibake, stray capitals ("BelarusS"), commas glued to the
#: next word ("collaboration,with": in 0.1-3% of any corpus's articles) and stock filler
#: sections are generator and pipeline debris that almost no corpus article has. So are
#: sentences repeated word for word (a spinner's paragraph pasted twice, one sentence
#: 2,000 times): Gopher's repetition rules drop such pages outright (Rae et al. 2021),
#: and with no weight they scored as reliable as the article once. So is one opener said
#: again at the head of every section ("The recent agreement between the two countries
#: ..."), which the mission names: with no weight (the corpora's articles barely repeat
#: five-word openers: ROC-AUC 0.49-0.56 alone), varied endings under it gained an
#: article 15.6 points through its wording (a tester's find, 2026-12-07).
#: Leave-one-corpus-out cost and the edits report are in the README.
#: Design heavy cases of rare faults, per 1,000 words, for a training pool in which fewer
#: than RARE_MIN_ARTICLES articles hold one (GlassBoxClassifier.rare_heavy): a chat
#: assistant's line or a template's slot in a 250-word text (4.0; the pool's own heavy
#: case was 4.17 while six NPR transcripts' "BYLINE:" labels were counted as slots, and
#: without them the measurement was held constant: a chat assistant's lines gained +0.8
#: in evaluation/edits.py).
#: A stray capital repeating the letter before it ("BelarusS") is in no corpus article at
#: all (2026-12-05), so it takes the same design heavy case.
RARE_HEAVY: dict[str, float] = {
    "formatting.placeholder_per_1k_words": 4.0,
    "formatting.stray_capital_per_1k_words": 4.0,
}

MIN_WEIGHTS: dict[str, float] = {
    "hedging.cues_per_1k_words": 0.05,
    "hedging.hedged_sentence_frac": 0.05,
    "formatting.table_debris_per_1k_words": 0.25,
    "formatting.placeholder_per_1k_words": 0.25,
    "formatting.encoding_errors_per_1k_words": 0.25,
    "formatting.stray_capital_per_1k_words": 0.25,
    "formatting.missing_space_per_1k_words": 0.25,
    "filler.generic_headings": 0.25,
    "filler.filler_char_frac": 0.25,
    "repetition.dup_sentence_frac": 0.25,
    "repetition.repeated_opener_frac": 0.25,
}


#: Cues a writer can add at will, a word at a time, without adding any reporting:
#: weekdays, "said", quotation marks, names, dates and numbers. Each may move an article
#: by at most this many log-odds either way (0.1: under 5 points from its lowest to its
#: highest), so sprinkling them in buys little (evaluation/edits.py).
CUE_CONTRIBUTION = 0.075
CUE_FEATURES = frozenset(
    n for n in MODEL_FEATURE_NAMES if n.startswith("sourcing.") and ALL_SPECS[n].direction < 0
)


#: The greatest weight of a wording signal (log-odds per standard deviation). Uncapped,
#: the fit made each wording signal steep (weight 3.7 to 4.1) so that three articles in
#: four sat at its bound and one edit could carry an article from one bound to the
#: other: "said" -> "stated" three times moved one 30 points. Capped at 1, a signal
#: reaches its bound only well away from the average article. Leave-one-corpus-out on
#: one feature cache: mean ROC-AUC 0.765 uncapped, 0.766 at 2, 0.769 at 1, 0.766 at 0.5.
WORDING_MAX_WEIGHT = 1.0
#: The greatest weight of other measurements that need one. Lexical density's spread
#: over training articles is small (0.012 after evidence-size shrinkage) next to what a
#: few words change on a 170-word text, so at weight 1.0 it was often a text's largest
#: reason (+16 and -15 points on a new user's two texts). Halved, it moves half as far;
#: leave-one-corpus-out on one feature cache (measurements only): mean ROC-AUC 0.693 at
#: no cap, 0.695 at 0.5, 0.690 at 0.25 (2026-12-02).
MAX_WEIGHTS = {"readability.lexical_density": 0.5}


#: ... and together, the cues move an article by at most this many log-odds either way
#: (GlassBoxClassifier.family_bound): one sentence carries several at once ('"We know
#: what they did," Maria Lindqvist said on Thursday.': a name, a quotation, "said", a
#: weekday), and four cues at 0.075 each lifted short unreliable articles by +10.6
#: points on average, +18.2 at most (a new user's find). 0.1 is the issue's bar on
#: gaming edits: about 5 reliability points from none of them to all of them at even
#: odds (evaluation/edits.py).
CUE_FAMILY_BOUND = 0.1


def contribution_bounds(names: Sequence[str]) -> list[float]:
    return [CUE_CONTRIBUTION if n in CUE_FEATURES else MAX_CONTRIBUTION for n in names]


#: What one item (one stock phrase, one "This" opener, one named source) may move the
#: log-odds by, the way its feature points: about 5 reliability points at even odds, so
#: a feature reaches MAX_CONTRIBUTION only with four items or more. One "It was" made
#: "This was" moved articles by up to 21 points, and the brief counts a score that one
#: cue word moves by tens of points a defect.
ITEM_BOUND = 0.2


def item_columns(names: Sequence[str]) -> list[bool]:
    """The features counted in items, each an evidence span: rates per 1,000 words,
    fractions of sentences and heading counts (not shares of characters or word
    characters, nor the wording signals' log-odds, whose evidence is a sample)."""
    return [
        ALL_SPECS[n].unit.startswith(("per 1,000 words", "fraction of sentences", "headings"))
        for n in names
    ]


def padded_items(items: np.ndarray, n_columns: int) -> np.ndarray:
    """``items`` with zero columns for the wording signals appended after them."""
    extra = n_columns - items.shape[1]
    return items if extra <= 0 else np.hstack([items, np.zeros((len(items), extra))])


def new_classifier(
    C: float, names: Sequence[str], excluded=None, bound_scale: float | None = 1.0
) -> GlassBoxClassifier:
    return GlassBoxClassifier(
        C=C,
        signs=model_signs(names),
        max_contribution=contribution_bounds(names),
        evidence_words=EVIDENCE_WORDS,
        rate_columns=rate_columns(names),
        excluded=excluded,
        # signals that raise reliability count up to a typical reliable article's level:
        # a writer can add "on Tuesday" or "said" at will (evaluation/edits.py); not the
        # wording signals, whose log-odds of reliable read both ways under their own cap
        # (WORDING_MAX_WEIGHT)
        capped=[ALL_SPECS[n].direction < 0 and n not in TEXT_MODELS for n in names],
        min_weight=[MIN_WEIGHTS.get(n, 0.0) for n in names],
        max_weight=[WORDING_MAX_WEIGHT if n in TEXT_MODELS else MAX_WEIGHTS.get(n, np.inf) for n in names],
        bound_scale=bound_scale,
        item_bound=ITEM_BOUND,
        item_columns=item_columns(names),
        rare_heavy=[RARE_HEAVY.get(n, np.nan) for n in names],
        family_bound=CUE_FAMILY_BOUND,
        family_columns=[n in CUE_FEATURES for n in names],
    )


def fit_calibrated(
    X,
    y,
    groups,
    corpus,
    words,
    items,
    C: float = 0.3,
    names: Sequence[str] = MODEL_FEATURE_NAMES,
) -> GlassBoxClassifier:
    """Fit on everything, then calibrate on grouped out-of-fold decision values.

    Signals that flip direction between the training corpora (``flips``) are held at 0;
    the classifier keeps the per-corpus figures that decided it as ``per_corpus_auc_``.
    """
    w = sample_weights(corpus, y)
    aucs = per_corpus_auc(X, y, corpus, names)
    excluded = [flips(aucs[n]) for n in names]
    folds = grouped_folds(y, groups)

    def fit(scale: float) -> GlassBoxClassifier:
        oof = np.zeros(len(y))
        for train, test in folds:
            clf = new_classifier(C, names, excluded, scale).fit(
                X[train], y[train], sample_weight=w[train], words=words[train]
            )
            oof[test] = clf.decision_function(X[test], words=words[test], items=items[test])
        clf = new_classifier(C, names, excluded, scale).fit(
            X, y, feature_names=list(names), sample_weight=w, words=words
        )
        return clf.calibrate(oof, y, sample_weight=w)

    # Calibration multiplies every contribution by the Platt slope; fitting a second time
    # with the bounds divided by it lands the calibrated bounds near their targets (the
    # final clip then guarantees them).
    first = fit(1.0)
    slope = first.calibration_[0]
    clf = fit(1.0 / slope if slope > 0 else 1.0)
    clf.per_corpus_auc_ = aucs
    clf.neutral_contributions_ = neutral_contributions(clf, X, words, items, w)
    return clf


def neutral_contributions(clf: GlassBoxClassifier, X, words, items, w) -> np.ndarray:
    """Per feature, the average training article's contribution (log-odds, classes
    weighted as in the fit), over the rows where it was measured (not masked).

    This is what a measurement that cannot be read in an article (quality.casing)
    contributes: 0 would be "none found", a bonus for a fault counted from none (a
    lower-cased text lost what its stray capitals cost: +1.7 points on average over 626
    corpus articles, evaluation/perturbations.py)."""
    c = clf.contributions(X, words=words, items=items)
    measured = np.isfinite(np.asarray(X, dtype=float))
    weights = measured * np.asarray(w, dtype=float)[:, np.newaxis]
    total = weights.sum(axis=0)
    return np.where(total > 0, (c * weights).sum(axis=0) / np.where(total > 0, total, 1.0), 0.0)


def text_model_oof(name: str, texts, y, groups, corpus) -> tuple[np.ndarray, float]:
    """Out-of-fold log-odds of the wording signal ``name`` for training rows (grouped
    inner folds), shape (n_rows,), and the prior they are shrunk towards.

    The prior is the centre the glass box reads them from: the mean of these log-odds
    (``GlassBoxClassifier.mean_``, where a feature contributes 0). A text with little
    evidence is shrunk towards it (``VocabularyModel.evidence_tokens``) and gets about
    no points from its wording, whatever its words. Each fold's own prior, the mean of
    its in-sample log-odds, lay above that centre (word choice: -0.16 against -0.33,
    half a standard deviation), so any text of 20 to 60 words gained 12 to 14 points
    from word choice, a spammer's as much as a wire story's (a new user's find,
    2026-12-07). With the log-odds ``part + (1 - keep) * prior``
    (``VocabularyModel.log_odds_parts``), the prior equal to their mean is
    ``mean(part) / mean(keep)``."""
    w = sample_weights(corpus, y)
    part, keep = np.zeros(len(y)), np.zeros(len(y))
    for train, test in grouped_folds(y, groups, n_splits=VOCABULARY_FOLDS):
        model = TEXT_MODELS[name]().fit(
            texts[train], y[train], sample_weight=w[train], corpus=corpus[train]
        )
        part[test], keep[test] = model.log_odds_parts(texts[test])
    prior = float(part.sum() / keep.sum()) if keep.sum() > 0 else 0.0
    return part + (1.0 - keep) * prior, prior


def fit_model(
    prep: Prepared, idx: np.ndarray, *, C: float = 0.3, use_vocabulary: bool = True
) -> GlassBoxClassifier:
    """The calibrated glass box on rows ``idx``; with ``use_vocabulary`` the wording
    models (TEXT_MODELS) ride on it as ``text_models_`` and their outputs are the last
    features, in TEXT_MODELS order."""
    y, groups = prep.y[idx], prep.groups[idx]
    corpus = prep.data["corpus"].to_numpy()[idx]
    words = prep.data["evidence_words"].to_numpy()[idx]
    X, names = prep.X[idx], list(MODEL_FEATURE_NAMES)
    models = []
    if use_vocabulary:
        texts = prep.data["text"].to_numpy()[idx]
        w = sample_weights(corpus, y)
        for name, make in TEXT_MODELS.items():
            oof, prior = text_model_oof(name, texts, y, groups, corpus)
            X = np.column_stack([X, oof])
            names.append(name)
            model = make().fit(texts, y, sample_weight=w, corpus=corpus)
            model.prior_ = prior  # where the glass box reads it from (text_model_oof)
            models.append(model)
        _mask_caseless(X, names, prep.data["caseless"].to_numpy()[idx])
    items = padded_items(prep.items[idx], X.shape[1])
    clf = fit_calibrated(X, y, groups, corpus, words, items, C=C, names=names)
    clf.text_models_ = models
    return clf


def _mask_caseless(X: np.ndarray, names: Sequence[str], caseless: np.ndarray) -> None:
    """Wording signals left out of caseless training texts
    (casing.MASKED_IN_TRAINING_WHEN_CASELESS) as missing, in place; the measurements
    were masked when they were taken."""
    for j, name in enumerate(names):
        if j >= len(MODEL_FEATURE_NAMES) and name in MASKED_IN_TRAINING_WHEN_CASELESS:
            X[caseless, j] = np.nan


def model_matrix(clf: GlassBoxClassifier, X: np.ndarray, texts, caseless: np.ndarray | None = None) -> np.ndarray:
    """The classifier's input: the measurements, plus the log-odds of each wording model
    the classifier carries (missing for a text without letter case, ``caseless``, where
    the model reads case)."""
    models = getattr(clf, "text_models_", [])
    if not models:
        return X
    texts = list(texts)
    out = np.column_stack([X] + [m.log_odds(texts) for m in models])
    if caseless is not None:
        _mask_caseless(out, clf.feature_names_in_, np.asarray(caseless, dtype=bool))
    return out


def _fit_and_predict(name: str, prep: Prepared, train: np.ndarray, test: np.ndarray):
    """Model ``name`` fitted on rows ``train``: its probabilities of unreliable on rows
    ``test``, and for ours the weights it learned (else None)."""
    fitted = MODELS[name]().fit(prep, train)
    p = fitted.predict(prep, test)
    weights = None
    if name == "ours":
        clf = fitted.clf_
        weights = dict(zip(clf.feature_names_in_, map(float, clf.coef_)))
    return p, weights


def _fits(prep: Prepared, splits: Sequence, models: Sequence[str], n_jobs: int):
    """(test rows, model name, ``_fit_and_predict``'s result) for every (train, test)
    split and model, on ``n_jobs`` processes; a generator that yields in the order of
    the splits, each split's models in ``models`` order.

    Each fit is deterministic and independent, so the results do not depend on
    ``n_jobs``; only the wall time does (the folds are the slow part of ``train``)."""
    tasks = [(train, test, name) for train, test in splits for name in models]
    jobs = (delayed(_fit_and_predict)(name, prep, train, test) for train, test, name in tasks)
    results = Parallel(n_jobs=n_jobs, return_as="generator")(jobs)
    for (_, test, name), result in zip(tasks, results):
        yield test, name, result


def cross_validate(
    prep: Prepared, models: Sequence[str] = tuple(MODELS), n_jobs: int = 1
) -> dict[str, np.ndarray]:
    """Out-of-fold probabilities of each model over grouped folds, shape (n,) per model;
    the fits run on ``n_jobs`` processes."""
    oof = {name: np.zeros(len(prep.y)) for name in models}
    for test, name, (p, _) in _fits(prep, grouped_folds(prep.y, prep.groups), models, n_jobs):
        oof[name][test] = p
    return oof


def leave_one_corpus_out(
    prep: Prepared,
    models: Sequence[str] = tuple(MODELS),
    log: Callable[[str], None] = lambda s: None,
    n_jobs: int = 1,
) -> dict:
    """For each corpus holding both labels: train on all the others, test on it.

    Per corpus and model: ROC-AUC overall and length-matched (pairs of the same length
    bucket, ``metrics.length_matched_auc``), accuracy and recall at p = 0.5; for ours
    also the weights that fold learned (which signals earned a weight without the corpus).
    The fits run on ``n_jobs`` processes; the result does not depend on it.
    """
    corpus = prep.data["corpus"].to_numpy()
    words = prep.data["word_count"].to_numpy()
    held_out, splits = [], []
    for held in sorted(set(corpus)):
        test = np.flatnonzero(corpus == held)
        train = np.flatnonzero(corpus != held)
        if len(set(prep.y[train])) < 2 or len(set(prep.y[test])) < 2:
            continue  # a one-class corpus has no ROC-AUC of its own
        held_out.append(held)
        splits.append((train, test))
    out: dict[str, dict[str, Any]] = {}
    fits = _fits(prep, splits, models, n_jobs)
    for held, (_, test) in zip(held_out, splits):
        y = prep.y[test]
        row: dict[str, Any] = {"n": int(len(test)), "n_unreliable": int(y.sum())}
        enough = min(y.sum(), len(y) - y.sum()) >= MIN_PER_CLASS
        for _ in models:
            _, name, (p, weights) = next(fits)
            at_half = metrics.threshold_metrics(y, p)
            row[name] = {
                "roc_auc": metrics.roc_auc(y, p) if enough else math.nan,
                "length_matched_roc_auc": (
                    metrics.length_matched_auc(y, p, words[test]) if enough else math.nan
                ),
                "accuracy": at_half["accuracy"],
                "recall": at_half["recall"],
            }
            if weights is not None:
                row["ours_weights"] = weights
        out[held] = row
        log(
            f"  held out {held}: "
            + ", ".join(f"{n} {row[n]['roc_auc']:.3f}" for n in models)
        )
    return out


def format_loco_table(loco: dict, models: Sequence[str] = tuple(MODELS)) -> str:
    """The leave-one-corpus-out table as fixed-width text: ROC-AUC overall and
    length-matched (in brackets) per held-out corpus and model, then the means."""
    width = max([len(c) for c in loco] + [12])
    head = f"{'held-out corpus':<{width}}  " + "  ".join(f"{m:>15}" for m in models)
    lines = [head, "-" * len(head)]

    def cell(r: dict) -> str:
        a, b = r.get("roc_auc"), r.get("length_matched_roc_auc")
        fmt = lambda v: "  -  " if v is None or math.isnan(v) else f"{v:.3f}"  # noqa: E731
        return f"{fmt(a)} ({fmt(b)})"

    for c, row in loco.items():
        if all(math.isnan(row[m]["roc_auc"]) for m in models):
            continue  # too few of one label for a ROC-AUC of its own (MIN_PER_CLASS)
        lines.append(f"{c:<{width}}  " + "  ".join(f"{cell(row[m]):>15}" for m in models))
    means = {
        m: {
            "roc_auc": _mean_auc(loco, m),
            "length_matched_roc_auc": _mean_auc(loco, m, "length_matched_roc_auc"),
        }
        for m in models
    }
    lines.append(f"{'mean':<{width}}  " + "  ".join(f"{cell(means[m]):>15}" for m in models))
    return "\n".join(lines)


def _mean_auc(loco: dict, name: str, key: str = "roc_auc") -> float:
    values = [r[name][key] for r in loco.values() if not math.isnan(r[name][key])]
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
    text_column: str = "text",
    label_column: str = "label",
    id_column: str = "id",
    label_map: dict[str, str] | None = None,
    positive_labels: Sequence[str] = (),
    n_jobs: int = 1,
    evaluate: bool = True,
    progress: bool = False,
    log: Callable[[str], None] = lambda s: None,
    encoding: str | None = None,
) -> dict[str, Any]:
    """Train on labeled files, save model and card to ``out``; returns the card. The
    columns, the labels' values and ``encoding`` are read as
    ``quality.labels.read_labeled`` reads them (UsageError for a missing column or a
    label it cannot map)."""
    paths = [Path(p) for p in paths]
    data = read_labeled(
        paths,
        encoding=encoding,
        text_column=text_column,
        label_column=label_column,
        id_column=id_column,
        label_map=label_map,
        positive_labels=positive_labels,
    )
    # rows that cannot be read are left out and said, as `quality evaluate` lists them:
    # a broken line or a row whose path names no file must not sink a training run
    left_out = list(data.attrs.get("unreadable", []))
    if READ_ERROR in data.columns:
        broken = data[READ_ERROR].map(lambda e: isinstance(e, str)).astype(bool)
        left_out += [f"{c}: id {i!r}: {e}" for c, i, e in zip(data.loc[broken, "corpus"], data.loc[broken, "id"], data.loc[broken, READ_ERROR])]
        data = data[~broken].drop(columns=[READ_ERROR]).reset_index(drop=True)
    log(f"read {len(data)} labeled articles from {len(paths)} files")
    from quality.scorer import WORD_ORDER_MIN_TRAINING_TEXTS

    if len(data) < WORD_ORDER_MIN_TRAINING_TEXTS:
        log(
            f"note: under {WORD_ORDER_MIN_TRAINING_TEXTS:,} articles, the model's vocabulary is too small to tell "
            "English word order: it flags no text scrambled_word_order"
        )
    for note in data.attrs.get("read_notes", []):
        log(f"note: {note}")
    if left_out:
        log(f"left out {len(left_out)} {'row' if len(left_out) == 1 else 'rows'} that cannot be read (first: {left_out[0]})")
    prep = prepare(data, n_jobs=n_jobs, progress=progress)
    check_trainable(prep, n_read=len(data))
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
        "licence_note": licence_note([corpus_name(p) for p in paths]),
    }
    if evaluate:
        log("grouped 5-fold cross-validation (ours and two baselines)")
        oof = cross_validate(prep, n_jobs=n_jobs)
        wc = prep.data["word_count"].to_numpy()
        card["cross_validation"] = {name: metrics.summary(y, p, wc) for name, p in oof.items()}
        card["cross_validation_length_buckets"] = {
            name: per_bucket_auc(y, p, wc) for name, p in oof.items()
        }
        log("leave-one-corpus-out (the figure that picks features and model)")
        loco = leave_one_corpus_out(prep, log=log, n_jobs=n_jobs)
        card["leave_one_corpus_out"] = loco
        card["leave_one_corpus_out_mean_roc_auc"] = {n: _mean_auc(loco, n) for n in MODELS}
        card["leave_one_corpus_out_mean_length_matched_roc_auc"] = {
            n: _mean_auc(loco, n, "length_matched_roc_auc") for n in MODELS
        }
        card["leave_one_corpus_out_table"] = format_loco_table(loco).splitlines()
    log("final model on every article")
    clf = fit_model(prep, np.arange(len(y)))
    card["signals"] = signal_report(clf, card.get("leave_one_corpus_out", {}))
    card["bounded_influence"] = {
        "max_contribution_logodds": MAX_CONTRIBUTION,
        "max_points": 25.0 * MAX_CONTRIBUTION,
        "evidence_words": EVIDENCE_WORDS,
        "item_bound_logodds": ITEM_BOUND,
        "item_features": [n for n, item in zip(clf.feature_names_in_, item_columns(clf.feature_names_in_)) if item],
    }
    save(clf, out, metrics.clean(card))
    with open(card_path(Path(out)), encoding="utf-8") as fh:
        return json.load(fh)


def signal_report(clf: GlassBoxClassifier, loco: dict) -> dict[str, dict[str, Any]]:
    """Per model feature: its weight, whether it counts, and the figures that say why.

    ``per_corpus_roc_auc`` is the feature alone, in its documented direction, on each
    training corpus; ``weighted_in_loco`` how many leave-one-corpus-out folds gave it a
    weight (out of ``loco_folds``).
    """
    aucs = getattr(clf, "per_corpus_auc_", {})
    report: dict[str, dict[str, Any]] = {}
    for name, w in zip(clf.feature_names_in_, clf.coef_):
        name = str(name)
        per = aucs.get(name, {})
        folds = [r["ours_weights"].get(name, 0.0) for r in loco.values() if "ours_weights" in r]
        entry: dict[str, Any] = {
            "weight": float(w),
            "per_corpus_roc_auc": per,
            "weighted_in_loco": int(sum(abs(v) > 1e-9 for v in folds)),
            "loco_folds": len(folds),
        }
        values = [v for v in per.values() if not math.isnan(v)]
        spread = f"{min(values):.2f}-{max(values):.2f}" if values else "n/a"
        if flips(per):
            lo = min(per, key=per.get)
            hi = max(per, key=per.get)
            entry["counted"] = False
            entry["why"] = (
                f"flips direction between corpora (ROC-AUC {per[lo]:.2f} on {lo}, "
                f"{per[hi]:.2f} on {hi}): held at 0"
            )
        elif clf.high_[len(report)] <= clf.low_[len(report)]:
            entry["counted"] = False
            entry["why"] = (
                "constant after clipping: too few training articles have it (under "
                f"{RARE_MIN_ARTICLES}) to scale it from them"
            )
        elif abs(w) > 1e-9:
            entry["counted"] = True
            entry["why"] = f"earned a weight; alone, ROC-AUC {spread} across corpora"
        else:
            entry["counted"] = False
            entry["why"] = (
                f"no weight beside the other signals; alone, ROC-AUC {spread} across "
                "corpora (0.5 is chance: the corpora barely hold what it measures, or "
                "others carry it)"
            )
        report[name] = entry
    return report


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

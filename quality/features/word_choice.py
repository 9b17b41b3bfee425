"""The word-choice signal: a linear model over the common words an article uses.

The vocabulary signal (quality.features.vocabulary) reads how an article is put
together: function words, punctuation and the shapes of the other words. This one reads
the other half of the wording, which that one masks: the everyday content words a
writer picks, each on its own and beside the next one. Only words that are common in
*every* training corpus are read: at least MIN_DOC_FRAC of the articles of each corpus
holding MIN_CORPUS_ARTICLES or more use them, so the list is everyday English, not one
corpus's subjects. Not read: names (words written with a capital most of the time),
function words, the cue words anyone can type in (vocabulary.CUE_WORDS), the reporting
verbs and hedges other signals count (_COUNTED_ELSEWHERE), what stripped apostrophes
and links leave behind on one side of a training corpus (_LEFTOVERS), and what the
vocabulary signal leaves unread (datelines, lines of pipes, sentence-opening
demonstratives). Kept apart from the vocabulary signal, each is bounded on its own, and
each weight is capped (quality.train.WORDING_MAX_WEIGHT).

Leave-one-corpus-out, the glass box with both signals ranked held-out corpora at a mean
ROC-AUC of 0.764 against 0.746 with the vocabulary signal alone (2026-12-01, on one
feature cache; the shipped figures are in the model card).

The model's output, the log-odds that an article is reliable by its word choice (named
for its class as vocabulary.NAME is), is the feature ``word_choice.reliable_logodds``; its evidence is the words and word pairs
that moved it most, as exact spans of the caller's text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from quality.features.base import Spec
from quality.features.sourcing import SAYING_FORMS, vague_last_words
from quality.features.vocabulary import (
    _QUOTES,
    CLITICS,
    CUE_WORDS,
    FUNCTION_WORDS,
    VocabularyModel,
    _in_repeats,
    masked_tokens,
    opens_sentence,
)
from quality.lexicons import load

NAME = "word_choice.reliable_logodds"
#: A word is read when at least this share of the articles of every training corpus
#: uses it. Chosen leave-one-corpus-out with the vocabulary model (stand-alone mean
#: ROC-AUC 0.747 with no words kept, 0.757 at 3%, 0.767 at 1%, 0.771 at 0.3%, 0.772 at
#: 0.1%; 0.3% keeps about 2,400 words and 0.1% over 4,000, which start to be topics).
MIN_DOC_FRAC = 0.003
#: Corpora smaller than this are too small to say what is common on their own.
MIN_CORPUS_ARTICLES = 100
#: A word written with a capital more often than this is a name.
MAX_CAPITALISED = 0.5
#: Stands for any token that is not read, so that no pair spans a gap.
_GAP = "<gap>"

SPEC = Spec(
    NAME,
    "log-odds",
    "The choice of common words (everyday English shared by every training corpus; "
    "names, function words and cue words aside), read by a linear model over the words "
    "and adjacent pairs: how strongly it resembles reliable rather than unreliable "
    "training articles.",
    direction=-1,
)

#: Words that other signals count, each under its own bound, or that anyone can type in
#: to look sourced: every single-word reporting verb and hedge of the lexicons
#: ("potentially"; read here as well, a hedge was charged twice), the nouns of
#: attribution and of vague sources, and every form of a verb of saying
#: (sourcing.SAYING_FORMS).
_COUNTED_ELSEWHERE = (
    frozenset(w for name in ("reporting_verbs", "hedges") for w in load(name) if " " not in w)
    | SAYING_FORMS
    | frozenset(
        """reporter reporters spokesman spokeswoman spokesperson spokesmen spokespeople
        statement statements""".split()
    )
    # the last words of the vague subjects ("officials", "analysts", "experts"), which
    # the sourcing measurements count: read here, one ", officials said" typed in
    # gained 1.7 points through word choice alone (evaluation/edits.py)
    | frozenset(vague_last_words())
)
#: Leftovers of text whose apostrophes or links were stripped upstream, on one side of
#: a training corpus only ("don t", "isn t", "breitbart com"): stems of n't
#: contractions, and "com"/"org"/"net". With words under three letters ("s", "t") they
#: are not read.
_LEFTOVERS = frozenset(
    """don doesn didn isn wasn aren weren couldn wouldn shouldn hasn haven hadn won
    can ain mustn needn com org net www html http https""".split()
)
_MIN_LETTERS = 3
# (the demonstratives the vocabulary skips are function words already)
_NOT_READ = FUNCTION_WORDS | CUE_WORDS | _COUNTED_ELSEWHERE | _LEFTOVERS


def _content_words(text: str) -> list[tuple[str, str]]:
    """(word as read, word as written) for each content word the vocabulary signal
    would mask."""
    spans = ((a, b) for shape, a, b in masked_tokens(text) if shape.startswith("<w"))
    return [(_word(text, a, b), text[a:b]) for a, b in spans]


def common_words(texts: Sequence[str], corpus=None) -> frozenset[str]:
    """The words read: used by MIN_DOC_FRAC of the articles of every corpus of
    MIN_CORPUS_ARTICLES or more (all texts are one corpus when ``corpus`` is None or no
    corpus is that large), written in lower case at least half the time, and not in
    _NOT_READ."""
    corpus = np.zeros(len(texts), dtype=int) if corpus is None else np.asarray(corpus)
    texts = list(texts)
    docs: dict[object, Counter] = {}
    sizes: Counter = Counter()
    capitalised: Counter = Counter()
    uses: Counter = Counter()
    for text, c in zip(texts, corpus):
        words = _content_words(text)
        docs.setdefault(c, Counter()).update({w for w, _ in words})
        sizes[c] += 1
        for low, written in words:
            uses[low] += 1
            capitalised[low] += written[:1].isupper()
    large = [c for c in docs if sizes[c] >= MIN_CORPUS_ARTICLES]
    if not large:  # no corpus large enough to judge on its own: judge them as one
        docs = {None: sum(docs.values(), Counter())}
        sizes = Counter({None: len(texts)})
        large = [None]
    kept: set[str] | None = None
    for c in large:
        common = {w for w, n in docs[c].items() if n >= MIN_DOC_FRAC * sizes[c]}
        kept = common if kept is None else kept & common
    kept = kept or set()
    return frozenset(
        w
        for w in kept
        if capitalised[w] <= MAX_CAPITALISED * uses[w]
        and w not in _NOT_READ
        and len(w) >= _MIN_LETTERS
    )


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is written as part of a name: capitalised
    ("Daily", "Reserve") where no sentence, line or list item opens (after "Mr." or
    "U.S." none does: vocabulary.opens_sentence). Its word may be common ("Daily Mail",
    "Federal Reserve", "Don Cheadle", "Mr. Young"), but here it names something, and a
    name must not move the score. Words in capitals throughout are read as words."""
    word = text[start:end]
    if not (word[:1].isupper() and word[1:2].islower()):
        return False
    return not opens_sentence(text, start)


def _word(text: str, start: int, end: int) -> str:
    """The word at text[start:end] as read: lower-cased, apostrophes straightened,
    invisible characters dropped, and without a clitic ("country's" and a stripped
    "country s", which masked_tokens joins, both as "country"; "hasn't" as "hasn", a
    leftover that is not read)."""
    low = text[start:end].lower().translate(_QUOTES)
    for sep in ("'", " "):
        head, found, tail = low.rpartition(sep)
        if found and tail in CLITICS:
            return head
    return low


@dataclass
class WordChoiceModel(VocabularyModel):
    """TF-IDF over common words and adjacent pairs of them, with L2 logistic regression.

    ``fit(texts, y, sample_weight, corpus)`` first picks the words (``common_words``,
    from the training corpora named by ``corpus``), then fits as VocabularyModel does;
    ``log_odds(texts)`` gives shape (n_texts,), ``measure(text)`` one Measurement whose
    evidence is the words and pairs that moved it most.
    """

    max_n: int = 2
    #: Not the vocabulary's: stand-alone leave-one-corpus-out mean ROC-AUC (`python
    #: evaluation/wording_loco.py --signal word_choice --C 0.3 1 3`) 0.663 at
    #: C = 0.3, 0.674 at 1, 0.673 at 3 (2026-12-04).
    C: float = 1.0
    name: str = NAME
    #: A quarter of the glass box's 300 evidence words (quality.train.EVIDENCE_WORDS):
    #: the model reads a quarter of an article's words at the median (120 corpus
    #: articles, 2026-12-01), so a typical article is shrunk as before, and a text whose
    #: words it mostly does not read (names, a list of places) by what it does read.
    evidence_tokens: float = 75.0
    words_: frozenset[str] = field(default_factory=frozenset)

    #: A single word is evidence here: "reportedly" says what it is.
    evidence_min_n = 1

    def _tokens(self, text: str) -> list[tuple[str, int, int]]:
        # Words dropped by masked_tokens (cue words, commas) leave no gap: typing
        # "on Monday" between two words must not break the pair they make.
        tokens = masked_tokens(text)
        out: list[tuple[str, int, int]] = []
        for shape, start, end in tokens:
            if shape.startswith("<w") and not _inside_a_name(text, start, end):
                word = _word(text, start, end)
                if word in self.words_:
                    out.append((word, start, end))
                    continue
            out.append((_GAP, start, end))
        return out

    def _analyse(self, text: str) -> list[str]:
        return [g for g in super()._analyse(text) if _GAP not in g]

    def _read_count(self, tokens: Sequence[tuple[str, int, int]], text: str = "") -> int:
        # the common content words: a quarter of an article's words at the median, none
        # of a page of place names; those of a repeated sentence once
        read = [t for t in tokens if t[0] != _GAP]
        return len(read) - _in_repeats(read, text)

    def fit(self, texts: Sequence[str], y, sample_weight=None, corpus=None) -> WordChoiceModel:
        self.words_ = common_words(texts, corpus)
        if not self.words_:
            raise ValueError("no word is common to every training corpus: nothing to read")
        return super().fit(texts, y, sample_weight=sample_weight)

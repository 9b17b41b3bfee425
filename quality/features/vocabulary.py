"""The vocabulary signal: a linear model over topic-masked word n-grams.

Function words and punctuation are kept; every other word is replaced by its shape
(capitalised ``<C>``, all-capitals ``<A>``, a number ``<D>``, lower case ``<w>`` or, by
its ending, ``<wly>``, ``<wing>``, ``<wed>``, ``<ws>``). What is left is how an article is
written, not what it is about: "<C> <C> said on <C>" against "could potentially <w>".
Authorship and text-generator studies mask topic words this way so that a model trained
on one set of subjects carries to another (Stamatatos 2017, "Authorship attribution using
text distortion", EACL); leave-one-corpus-out it generalised better than raw n-grams here
(figures in the model card).

The model's output, the log-odds that an article is unreliable by its wording, enters
the glass-box classifier as one more feature (``vocabulary.unreliable_logodds``); its
evidence is the n-grams that moved it most, as exact spans of the caller's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from dataclasses import dataclass

import numpy as np

from quality.features.base import MAX_EVIDENCE, Evidence, Measurement, Spec
from quality.features.sourcing import SPEECH_WORDS, WEEKDAYS

NAME = "vocabulary.unreliable_logodds"
SPEC = Spec(
    NAME,
    "log-odds",
    "The wording, read by a linear model over topic-masked word n-grams (function words "
    "and punctuation kept, other words replaced by their shape): how strongly the phrasing "
    "resembles unreliable rather than reliable training articles.",
    direction=1,
)

#: Kept as themselves: English function words (determiners, pronouns, prepositions,
#: conjunctions, auxiliaries and modals, negation and common adverbs of degree and time),
#: the closed classes that style studies keep when masking topic (Stamatatos 2017).
FUNCTION_WORDS = frozenset(
    """
    a an the this that these those my your his her its our their some any no every each
    either neither all both few many much more most other another such what which who whom
    whose i me we us you he him she it they them myself yourself himself herself itself
    ourselves themselves one of in on at by for with about against between into through
    during before after above below to from up down out off over under again further then
    once and but or nor so yet because as until while if unless although though whereas
    whether than since be am is are was were been being have has had having do does did
    doing will would shall should can could may might must ought not n't yes also very
    just only even still already too quite rather almost here there when where why how now
    thus however therefore there's it's that's don't doesn't didn't isn't aren't wasn't
    weren't won't can't couldn't wouldn't shouldn't i'm i've we're we've they're they've
    you're
    """.split()
)
#: Cue words the vocabulary does not see: weekdays (with the "on" before them) and verbs
#: of reporting. Anyone can type them in; the sourcing measurements count them, each
#: under a tight bound (quality.train.CUE_CONTRIBUTION), and a second count here would
#: let them buy points twice (evaluation/edits.py).
_WEEKDAYS = frozenset(WEEKDAYS)
CUE_WORDS = _WEEKDAYS | SPEECH_WORDS | frozenset({"say", "tells", "according"})
#: Punctuation kept as itself; any other symbol becomes <P>.
_KEPT_PUNCT = frozenset(".,;:!?\"'()-—–")
_TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
_SUFFIXES = ("ly", "ing", "ed", "s")


@lru_cache(maxsize=1 << 16)  # tokens repeat within and across articles
def _shape(token: str) -> str:
    low = token.lower().replace("’", "'")
    if low in FUNCTION_WORDS:
        return low
    first = token[0]
    if first.isdigit():
        return "<D>"
    if not first.isalnum() and first != "_":
        return token if token in _KEPT_PUNCT else "<P>"
    if token.isupper() and len(token) > 1:
        return "<A>"
    if first.isupper():
        return "<C>"
    for suffix in _SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            return f"<w{suffix}>"
    return "<w>"


def masked_tokens(text: str, masked: bool = True) -> list[tuple[str, int, int]]:
    """(masked token, start, end) for every word and punctuation mark of ``text`` but
    the CUE_WORDS; offsets index ``text``. ``masked=False`` keeps every word (lower-cased): the raw
    n-grams the masked ones are compared with."""
    if not masked:
        return [(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text):
        low = m.group().lower()
        if low in CUE_WORDS:
            if low in _WEEKDAYS and out and out[-1][0] == "on":
                out.pop()  # "on Tuesday" goes as a whole
            continue
        out.append((_shape(m.group()), m.start(), m.end()))
    return out


@dataclass
class VocabularyModel:
    """TF-IDF over masked 1..``max_n``-grams with L2 logistic regression.

    ``fit(texts, y, sample_weight)`` with y = 1 unreliable; ``log_odds(texts)`` gives the
    decision values, shape (n_texts,); ``measure(text)`` one Measurement with evidence.
    ``min_df`` and ``C`` were chosen leave-one-corpus-out (evaluation in quality.train).
    """

    max_n: int = 3
    min_df: int = 3
    C: float = 1.0
    max_features: int = 300_000
    masked: bool = True

    def _grams(self, tokens: Sequence[str]) -> list[str]:
        out = list(tokens)
        for n in range(2, self.max_n + 1):
            out.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        return out

    def _analyse(self, text: str) -> list[str]:
        return self._grams([t for t, _, _ in masked_tokens(text, self.masked)])

    def fit(self, texts: Sequence[str], y, sample_weight=None) -> VocabularyModel:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.vectorizer_ = TfidfVectorizer(
            analyzer=self._analyse,
            min_df=self.min_df,
            sublinear_tf=True,
            max_features=self.max_features,
            dtype=np.float32,
        )
        X = self.vectorizer_.fit_transform(list(texts))
        lr = LogisticRegression(C=self.C, max_iter=2000)
        lr.fit(X, np.asarray(y, dtype=int), sample_weight=sample_weight)
        self.coef_ = lr.coef_[0].astype(np.float64)
        self.intercept_ = float(lr.intercept_[0])
        self.vocabulary_ = self.vectorizer_.vocabulary_
        self.idf_ = self.vectorizer_.idf_.astype(np.float64)
        return self

    def log_odds(self, texts: Sequence[str]) -> np.ndarray:
        """Log-odds of unreliable by wording, shape (n_texts,)."""
        X = self.vectorizer_.transform(list(texts))
        return np.asarray(X @ self.coef_ + self.intercept_, dtype=float)

    def measure(self, text: str, max_evidence: int = MAX_EVIDENCE) -> Measurement:
        """The log-odds for one text (as ``log_odds``), with the n-grams that moved it
        most as evidence: exact spans of ``text``, longest n-grams first, never
        overlapping, in text order.

        One pass over the tokens serves both: the TF-IDF row is built here the way the
        fitted vectorizer builds it (sublinear tf, idf, l2 norm), with the position of
        every n-gram kept for its span."""
        tokens = masked_tokens(text, self.masked)
        shapes = [t for t, _, _ in tokens]
        where: dict[int, list[tuple[int, int]]] = {}  # vocabulary index -> (first token, n)
        for n in range(1, self.max_n + 1):
            for i in range(len(shapes) - n + 1):
                j = self.vocabulary_.get(" ".join(shapes[i : i + n]) if n > 1 else shapes[i])
                if j is not None:
                    where.setdefault(j, []).append((i, n))
        if not where:
            return Measurement(NAME, self.intercept_, ())
        index = np.fromiter(where, dtype=np.int64, count=len(where))
        counts = np.array([len(where[j]) for j in index], dtype=float)
        tfidf = (1.0 + np.log(counts)) * self.idf_[index]
        tfidf /= np.sqrt(tfidf @ tfidf)
        weights = tfidf * self.coef_[index]
        value = float(weights.sum() + self.intercept_)
        # the n-grams pushing the way the value points, strongest first
        sign = 1.0 if value >= 0 else -1.0
        order = np.argsort(-sign * weights)
        # phrases (2+ tokens) as evidence: a lone "the" or "," tells a reader nothing
        top = [
            int(index[k])
            for k in order
            if sign * weights[k] > 0 and where[int(index[k])][0][1] > 1
        ][:max_evidence]
        return Measurement(NAME, value, tuple(self._spans(text, tokens, where, top, max_evidence)))

    @staticmethod
    def _spans(text, tokens, where, top, limit) -> list[Evidence]:
        covered = np.zeros(len(tokens), dtype=bool)  # tokens already inside a span
        out: list[Evidence] = []
        # longest n-grams first: they say most
        for j in sorted(top, key=lambda j: -where[j][0][1]):
            for i, n in where[j]:
                if not covered[i : i + n].any():
                    covered[i : i + n] = True
                    start, end = tokens[i][1], tokens[i + n - 1][2]
                    out.append(Evidence(start, end, text[start:end]))
                    break  # one span per n-gram
            if len(out) >= limit:
                break
        return sorted(out, key=lambda e: e.start)

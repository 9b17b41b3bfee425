"""Repetition: the same sentence, opener or phrase again and again, and a thin vocabulary.

Spinners pad an article by restating one idea: seed 004 opens five sections with "The
recent agreement between Belarus and Russia". We measure duplicated sentences, sentences
that reuse an earlier sentence's opening words, topic phrases repeated beyond what
naming a subject needs, and lexical diversity (MTLD, McCarthy & Jarvis 2010).
"""

from __future__ import annotations

import re
from collections import Counter

from quality.document import WORD_RE, Document
from quality.features.base import Extractor, Measurement, MeasurementBuilder, Spec, safe_div
from quality.features.ngrams import dup_ngram_char_frac, dup_ngram_top_phrase, phrase_spans
from quality.lexicons import load

#: Words that open a sentence and are compared for repeated openers.
OPENER_WORDS = 5
#: A content trigram repeated more than this many times counts as over-used.
PHRASE_ALLOWANCE = 2
#: The type-token ratio at which MTLD closes a factor (McCarthy & Jarvis 2010).
MTLD_THRESHOLD = 0.72

_NON_WORD = re.compile(r"\W+")


def mtld(words: list[str], threshold: float = MTLD_THRESHOLD) -> float:
    """Measure of Textual Lexical Diversity: mean of the forward and backward passes.

    Returns 0 for an empty text and the word count when no factor completes (a text too
    short or too varied to ever fall to the threshold), so the value stays finite.
    """
    if not words:
        return 0.0
    return (_mtld_pass(words, threshold) + _mtld_pass(words[::-1], threshold)) / 2.0


def _mtld_pass(words: list[str], threshold: float) -> float:
    factors = 0.0
    seen: set[str] = set()
    count = 0
    for word in words:
        seen.add(word)
        count += 1
        if len(seen) / count <= threshold:
            factors += 1.0
            seen = set()
            count = 0
    if count:
        ttr = len(seen) / count
        factors += (1.0 - ttr) / (1.0 - threshold)
    return len(words) / factors if factors else float(len(words))


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


class Repetition(Extractor):
    name = "repetition"
    specs = (
        Spec(
            "repetition.dup_sentence_frac",
            "fraction of sentences",
            "Share of sentences (4+ words) that repeat an earlier sentence word for word.",
        ),
        Spec(
            "repetition.repeated_opener_frac",
            "fraction of sentences",
            f"Share of sentences (8+ words) whose first {OPENER_WORDS} words open an earlier "
            "sentence too.",
        ),
        Spec(
            "repetition.topic_phrase_repeats_per_1k_words",
            "per 1,000 words",
            f"Repeats of content trigrams beyond their first {PHRASE_ALLOWANCE} uses, per 1,000 "
            "words.",
        ),
        Spec(
            "repetition.dup_5gram_char_frac",
            "fraction of word characters",
            "Share of word characters inside word 5-grams that occur again (Gopher).",
        ),
        Spec(
            "repetition.mtld",
            "words per factor",
            "Lexical diversity (MTLD); low is repetitive.",
            direction=-1,
        ),
    )

    def extract(self, doc: Document) -> list[Measurement]:
        out = MeasurementBuilder(self, doc)
        text = doc.text
        seen_sentences: set[str] = set()
        dup_spans, long_sentences = [], 0
        opener_first: dict[str, tuple[int, int]] = {}
        opener_spans, opener_candidates = [], 0
        for span, n_words in zip(doc.sentences, doc.sentence_word_counts):
            if n_words < 4:
                continue
            long_sentences += 1
            key = _key(text[span.start : span.end])
            if key in seen_sentences:
                dup_spans.append(span)
            seen_sentences.add(key)
            if n_words >= 8:
                opener_candidates += 1
                words = list(WORD_RE.finditer(text, span.start, span.end))[:OPENER_WORDS]
                opener = " ".join(w.group().lower() for w in words)
                opener_span = (words[0].start(), words[-1].end())
                if opener in opener_first:
                    first = opener_first[opener]
                    if first is not None:
                        opener_spans.append(first)
                        opener_first[opener] = None
                    opener_spans.append(opener_span)
                else:
                    opener_first[opener] = opener_span
        repeats = len(opener_spans) - sum(1 for v in opener_first.values() if v is None)
        out.add("dup_sentence_frac", safe_div(len(dup_spans), long_sentences), dup_spans)
        out.add("repeated_opener_frac", safe_div(repeats, opener_candidates), opener_spans)

        excess, top_phrase = self._topic_phrases(doc.words)
        spans = phrase_spans(text, top_phrase)
        out.add("topic_phrase_repeats_per_1k_words", doc.per_1k_words(excess), spans)
        out.add(
            "dup_5gram_char_frac",
            dup_ngram_char_frac(doc, 5),
            phrase_spans(text, dup_ngram_top_phrase(doc, 5)),
        )
        out.add("mtld", mtld(doc.words))
        return out.build()

    @staticmethod
    def _topic_phrases(words: list[str]) -> tuple[int, str]:
        stop = _stopwords()
        counts = Counter(zip(words, words[1:], words[2:]))
        excess, top, top_count = 0, "", 0
        for gram, n in counts.items():
            if n <= PHRASE_ALLOWANCE or gram[0] in stop or gram[2] in stop:
                continue
            excess += n - PHRASE_ALLOWANCE
            if n > top_count:
                top, top_count = " ".join(gram), n
        return excess, top


_STOP: frozenset[str] | None = None


def _stopwords() -> frozenset[str]:
    global _STOP
    if _STOP is None:
        _STOP = frozenset(load("stopwords"))
    return _STOP

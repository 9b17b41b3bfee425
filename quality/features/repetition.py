"""Repetition: the same sentence, opener or phrase again and again, and a thin vocabulary.

Spinners pad an article by restating one idea: seed 004 opens five sections with "The
recent agreement between Belarus and Russia". We measure duplicated sentences, sentences
that reuse an earlier sentence's opening words, topic phrases repeated beyond what
naming a subject needs, and lexical diversity (MTLD, McCarthy & Jarvis 2010).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

import numpy as np

from quality.document import WORD_RE, Document
from quality.features.base import Extractor, Measurement, MeasurementBuilder, Spec, safe_div
from quality.features.ngrams import (
    dup_ngram_char_frac,
    dup_ngram_top_phrase,
    phrase_spans,
    repeated_ngrams,
    word_ids,
)
from quality.furniture import dateline_span, post_credit_spans, post_credit_start
from quality.lexicons import stopwords
from quality.sentences import LINKING_ADVERBS, linking_opener_end

#: Words that open a sentence and are compared for repeated openers.
OPENER_WORDS = 5
#: A content trigram repeated more than this many times counts as over-used.
PHRASE_ALLOWANCE = 2
#: The type-token ratio at which MTLD closes a factor (McCarthy & Jarvis 2010).
MTLD_THRESHOLD = 0.72


def mtld(ids, threshold: float = MTLD_THRESHOLD) -> float:
    """Measure of Textual Lexical Diversity: mean of the forward and backward passes.

    ``ids`` holds one integer per word (equal words, equal ids). Returns 0 for an empty
    text and the word count when no factor completes, so the value stays finite.
    """
    return mtld_factors(ids, threshold)[0]


def mtld_factors(ids, threshold: float = MTLD_THRESHOLD) -> tuple[float, list[tuple[int, int]]]:
    """MTLD, and the forward pass's completed factors as (first, last) word indices: a
    short factor is a stretch of text that repeats its words, which is what lowers MTLD."""
    ids = np.asarray(ids)
    n = len(ids)
    if n == 0:
        return 0.0, []
    # One stable sort gives each word's previous and next use; read backwards, a word's
    # next use is its previous one, so both passes share it.
    order = np.argsort(ids, kind="stable")
    same = ids[order[1:]] == ids[order[:-1]]
    earlier, later = order[:-1][same], order[1:][same]
    previous = np.full(n, -1, dtype=np.int64)
    previous[later] = earlier
    following = np.full(n, n, dtype=np.int64)
    following[earlier] = later
    backwards = (n - 1 - following)[::-1]
    steps = threshold * np.arange(1, n + 1)
    forward, factors = _mtld_pass(previous, threshold, steps)
    return (forward + _mtld_pass(backwards, threshold, steps)[0]) / 2, factors


#: MTLD looks this many words ahead for a factor's end before looking further.
_MTLD_WINDOW = 256


def _mtld_pass(
    previous: np.ndarray, threshold: float, steps: np.ndarray
) -> tuple[float, list[tuple[int, int]]]:
    """One MTLD pass, vectorised: a factor starting at p ends at the first k where the
    distinct words of words[p:k+1] are at most ``threshold`` of its length (``steps``
    holds threshold * 1, 2, 3 ...). A word is new in the factor when its previous use
    (``previous``, -1 for none) lies before p, so every factor costs one cumulative sum
    instead of a word loop."""
    n = len(previous)
    factors, p = 0.0, 0
    closed_factors = []
    while p < n:
        end = min(n, p + _MTLD_WINDOW)
        while True:
            distinct = np.cumsum(previous[p:end] < p)
            closed = np.flatnonzero(distinct <= steps[: end - p])
            if len(closed) or end == n:
                break
            end = min(n, end + _MTLD_WINDOW)
        if len(closed):
            factors += 1.0
            closed_factors.append((p, p + int(closed[0])))
            p += int(closed[0]) + 1
        else:  # the last, partial factor
            ttr = distinct[-1] / (n - p)
            factors += (1.0 - ttr) / (1.0 - threshold)
            break
    return (n / factors if factors else float(n)), closed_factors


_KEY_TABLE = str.maketrans({c: " " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’–—…"})


#: How many of the shortest MTLD factors are shown as its evidence.
MTLD_EVIDENCE = 3


def _prose_mtld(doc: Document) -> tuple[float, list[tuple[int, int]], object, list]:
    """MTLD of the words outside table rows, its forward factors (word indices), a
    function from a word index to that word's span, and the table rows' spans. A table's
    cells ("5.2%", "Q1 2024", "-0.1") repeat by design, so read as prose they would lower
    lexical diversity (field case 19)."""
    ids = word_ids(doc)
    rows = [(p.start, p.end) for p in doc.paragraphs if p.kind == "table_row"]
    if not rows:  # the common case: no word spans needed but the evidence's few
        value, factors = mtld_factors(ids)
        return value, factors, _spans_of_words(doc, factors), rows
    spans = doc.word_spans
    starts = np.fromiter((s.start for s in spans), dtype=np.int64, count=len(spans))
    keep = np.ones(len(spans), dtype=bool)
    for a, b in rows:
        keep &= (starts < a) | (starts >= b)
    spans = [s for s, k in zip(spans, keep) if k]
    value, factors = mtld_factors(ids[keep])
    return value, factors, spans.__getitem__, rows


def _spans_of_words(doc: Document, factors: list[tuple[int, int]]):
    """Spans of the shortest factors' first and last words only: finding every word's
    span would cost a third of this signal for the three or so the evidence shows."""
    shortest = sorted(factors, key=lambda f: (f[1] - f[0], f[0]))[:MTLD_EVIDENCE]
    wanted = {i for f in shortest for i in f}
    found = {}
    if wanted:
        last = max(wanted)
        for i, m in enumerate(WORD_RE.finditer(doc.lower_text)):
            if i in wanted:
                found[i] = m.span()
            if i >= last:
                break
    return found.__getitem__


#: Single words that, before a comma, link a sentence to the last one without saying
#: anything of their own, beside quality.sentences.LINKING_ADVERBS.
_LINKING_WORDS = frozenset(
    "so now then first second secondly third thirdly lastly crucially significantly "
    "interestingly admittedly clearly undoubtedly".split()
)
# A linking phrase of two to four words before a comma, opening on a preposition or
# conjunction and going on in lower-case words only ("In addition,", "That said,", "At
# the same time,", "As a result,"); "In Paris," and "In 2019," say where and when, and
# "The mayor, who ..." is the sentence's subject.
_LINKING_PHRASE = re.compile(
    r"(?:In|At|On|As|For|Of|That|Even|By|With|To|After|Above|All|More|Most|Put|Taken|Not|Last|Just|And|But|Yet)"
    r"(?:[ \t]+[a-z]+){1,3}[ \t]*,\s+"
)
# one linking word, with or without its comma ("Moreover the agreement ...")
_LINKING_WORD = re.compile(r"([A-Za-z]+)[ \t]*,?\s+")


def opener_start(text: str, start: int, dateline: tuple[int, int] = (0, 0)) -> int:
    """Where the opener of the sentence at ``text[start]`` starts, for comparing it with
    other sentences' openers: past the text's wire dateline (``dateline``, its span:
    quality.furniture.dateline_span) when the sentence opens on it ("MINSK (Reuters) -
    "), then past one linking word or phrase ("Moreover, ", "Moreover ", "In addition,
    ", "That said, "). Any of them put before each repeat of an opener had hidden it (a
    tester's edit and a sibling tester's, 2026-12-07: +7.2 to +15.6 points)."""
    a, b = dateline
    if a <= start < b:
        start = b
    m = _LINKING_PHRASE.match(text, start)
    if m:
        return m.end()
    m = _LINKING_WORD.match(text, start)
    if m and (m.group(1).lower() in LINKING_ADVERBS or m.group(1).lower() in _LINKING_WORDS):
        return m.end()
    return start


def _key(text: str) -> str:
    """A sentence compared case- and punctuation-blind, an opening linking adverb and its
    comma left out: "Still, the plan failed." repeats "The plan failed." (a tester's
    find, 2026-12-06: "Still, " before every paragraph hid a spun article's repeated
    sentences and lifted it by up to 20 points)."""
    after = linking_opener_end(text)
    if after is not None:
        text = text[after:]
    return " ".join(text.lower().translate(_KEY_TABLE).split())


#: A sentence is a repeat of an earlier one that it holds whole after up to this many
#: words of its own, or that holds it whole after as many (a tester's find, 2026-12-06:
#: "In addition,", "That said,", "Still —", "But " before the second copies of a spun
#: article's sentences hid the repeats, 61.1 -> 72.4 to 78.1) ...
REPEAT_OPENER_MAX_WORDS = 3
#: ... when what is repeated holds at least this many words ("In 2019, it rose 5%." and
#: "It rose 5%." are too short to say).
REPEAT_TAIL_MIN_WORDS = 6


def _without_post_credit(sentence: str) -> str:
    """``sentence`` without the credit line of an embedded post closing it
    (quality.furniture.post_credit_start): the page's embed, not the writer repeating
    themselves."""
    at = post_credit_start(sentence)
    return sentence if at is None else sentence[:at]


def _tails(key: str) -> list[str]:
    """``key`` (``_key``) without its first 1 to REPEAT_OPENER_MAX_WORDS words, each that
    leaves REPEAT_TAIL_MIN_WORDS words or more."""
    words = key.split()
    return [
        " ".join(words[k:]) for k in range(1, REPEAT_OPENER_MAX_WORDS + 1) if len(words) - k >= REPEAT_TAIL_MIN_WORDS
    ]


#: At most this many sentences a text repeats are taken for its layout's (a standfirst, a
#: pull quote or two); past them, the repeats are the writer's (an article pasted twice,
#: whose one-sentence paragraphs each stand alone twice).
LAYOUT_REPEATS = 2


def _layout_repeats(doc: Document, keys: list[str | None]) -> set[str]:
    """Keys (``_key``) of the sentences a page's layout repeats: each found exactly twice,
    once at least as a paragraph of its own (a pull quote set between paragraphs, a
    headline or standfirst over the lede); the first ``LAYOUT_REPEATS`` such by where
    they stand alone. Counted as repeats, a standfirst or pull quote took up to 21
    points from a report (a reviewer's find; evaluation/perturbations.py). A spinner
    repeats a sentence more often, or inside its paragraphs, or many of them, and what
    passes the first few counts. Taking none at all past the limit made one more pull
    quote a cliff: in a page that showed seven posts twice, it turned seven forgiven
    repeats into eight counted ones and took 19 points (evaluation/perturbations.py,
    2026-12-05). ``keys``: each sentence's key, None for one under four words (not
    compared)."""
    text = doc.text
    copies = Counter(k for k in keys if k is not None)
    twice = {k for k, n in copies.items() if n == 2}
    if not twice:
        return set()
    where: dict[str, list[int]] = {}  # a key's paragraphs of that sentence alone
    for i, p in enumerate(doc.paragraphs):
        key = _key(text[p.start : p.end])
        if key in twice:
            where.setdefault(key, []).append(i)
    last = len(doc.paragraphs) - 1
    alone = sorted((at[0], key) for key, at in where.items() if _set_by_layout(at, last))
    return {key for _, key in alone[:LAYOUT_REPEATS]}


def _set_by_layout(paragraphs: list[int], last: int) -> bool:
    """Whether a sentence found twice, alone in the ``paragraphs`` (indices) and ``last``
    the text's last paragraph index, is set there by a page's layout: no pull quote ends
    a text, and the same lone paragraph twice in a row is pasted twice (a new user's
    find: a doubled paragraph cost nothing), unless at the top, where a headline or
    standfirst sits over a lede of the same words."""
    if last in paragraphs:
        return False
    return not (len(paragraphs) == 2 and paragraphs[1] - paragraphs[0] == 1 and paragraphs[0] > 1)


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
            "sentence too, openers inside direct quotations left out.",
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
        # Reported, not modelled: it points one way on SemEval-2019 (ROC-AUC 0.39 alone,
        # long hyperpartisan essays vary their words) and the other on xsum (0.64). The
        # flip rule (quality.train.flips) drops it when both are trained on, but with
        # SemEval held out it earned a weight and cost SemEval 0.046 ROC-AUC; left out,
        # the leave-one-corpus-out mean rose from 0.738 to 0.746 (2026-12-01).
        Spec(
            "repetition.mtld",
            "words per factor",
            "Lexical diversity (MTLD); low is repetitive.",
            direction=-1,
            in_model=False,
        ),
    )

    def extract(self, doc: Document) -> list[Measurement]:
        out = MeasurementBuilder(self, doc)
        text = doc.text
        # the first copy of each sentence, shown beside its repeats (once)
        first_copy: dict[str, tuple[int, int] | None] = {}
        tail_of: dict[str, str] = {}  # a first copy's key without its opening words -> the key
        n_dups, dup_evidence, long_sentences = 0, [], 0
        opener_first: dict[str, tuple[int, int]] = {}
        opener_spans, opener_candidates = [], 0
        # a sentence of an embedded post's credit line (the splitter may cut one at an
        # initial: "— donald j. | trump (@realDonaldTrump) ...") is compared with nothing
        credits = post_credit_spans(text)
        keys = [
            _key(_without_post_credit(text[span.start : span.end]))
            if n_words >= 4 and not any(a <= span.start < b for a, b in credits)
            else None
            for span, n_words in zip(doc.sentences, doc.sentence_word_counts)
        ]
        keys = [key if key and len(key.split()) >= 4 else None for key in keys]
        layout = _layout_repeats(doc, keys)
        dateline = dateline_span(text)
        for span, n_words, key in zip(doc.sentences, doc.sentence_word_counts, keys):
            if key is None:
                continue
            long_sentences += 1
            # a quotation repeated (a pull quote, a line the report cites twice) is the
            # source's words again, not the writer repeating themselves; a sentence set
            # once on a line of its own is the page's layout (_layout_repeats)
            # ... and a sentence repeated with a few words put before it ("In addition,
            # ...", "That said, ...", "But ...") or taken off is repeated all the same
            tails = _tails(key)
            match = key if key in first_copy else next((t for t in tails if t in first_copy), None)
            match = match if match is not None else tail_of.get(key)
            if match is not None and match not in layout and not doc.in_quotation(span.start, span.end):
                n_dups += 1
                if first_copy[match] is not None:
                    dup_evidence.append(first_copy[match])
                    first_copy[match] = None
                dup_evidence.append(span)
            elif match is None:
                first_copy[key] = span
                for tail in tails:
                    tail_of.setdefault(tail, key)
            if n_words >= 8:
                # the opener as written and past a linking word or phrase: either
                # repeated is a repeat ("In a significant development, " before every
                # paragraph repeats the phrase itself; "Moreover, " before each repeat
                # hides what follows it)
                openers = []
                for opens in dict.fromkeys((span.start, opener_start(text, span.start, dateline))):
                    words = list(islice(WORD_RE.finditer(text, opens, span.end), OPENER_WORDS))
                    # eight tokens of symbols ("= = = = = = = =") open nothing; a
                    # quotation opens as its source spoke, not as the writer writes (an
                    # article quoting the posts it had embedded counted their openers
                    # again: a tester's find, 2026-12-07)
                    if words and not doc.in_quotation(words[0].start(), words[-1].end()):
                        openers.append((" ".join(w.group().lower() for w in words), (words[0].start(), words[-1].end())))
                if not openers:
                    continue
                opener_candidates += 1
                seen = next((o for o in openers if o[0] in opener_first), None)
                if seen is not None:
                    opener, opener_span = seen
                    first = opener_first[opener]
                    if first is not None:
                        opener_spans.append(first)
                        opener_first[opener] = None
                    opener_spans.append(opener_span)
                else:
                    for opener, opener_span in openers:
                        opener_first[opener] = opener_span
        repeats = len(opener_spans) - sum(1 for v in opener_first.values() if v is None)
        # each repeat is one item (quality.model.item_counts); the first copies are shown
        # beside them (a tester's find: one sentence pasted twice counted as two, 0.4
        # log-odds where an item is bounded at 0.2)
        out.add("dup_sentence_frac", safe_div(n_dups, long_sentences), sorted(dup_evidence), items=n_dups)
        out.add(
            "repeated_opener_frac", safe_div(repeats, opener_candidates), sorted(set(opener_spans)), items=repeats
        )

        excess, top_phrase = self._topic_phrases(doc)
        spans = phrase_spans(text, top_phrase, doc.lower_text)
        out.add("topic_phrase_repeats_per_1k_words", doc.per_1k_words(excess), spans)
        out.add(
            "dup_5gram_char_frac",
            dup_ngram_char_frac(doc, 5),
            phrase_spans(text, dup_ngram_top_phrase(doc, 5), doc.lower_text),
        )
        value, factors, spans, rows = _prose_mtld(doc)
        # evidence: the shortest factors, where the words repeat soonest, in text order;
        # a factor running across a table shows its words before the table
        shortest = sorted(factors, key=lambda f: (f[1] - f[0], f[0]))[:MTLD_EVIDENCE]
        evidence = []
        for a, b in sorted(shortest):
            end = spans(b)[1]
            for row_start, _ in rows:
                if spans(a)[0] < row_start < end:
                    end = max(spans(i)[1] for i in range(a, b + 1) if spans(i)[1] <= row_start)
                    break
            evidence.append((spans(a)[0], end))
        out.add("mtld", value, evidence)
        return out.build()

    @staticmethod
    def _topic_phrases(doc: Document) -> tuple[int, str]:
        stop = stopwords()
        words = doc.words
        excess, top, top_count = 0, "", 0
        for first, n in repeated_ngrams(doc, 3, PHRASE_ALLOWANCE):
            if words[first] in stop or words[first + 2] in stop:
                continue
            excess += n - PHRASE_ALLOWANCE
            if n > top_count:
                top, top_count = " ".join(words[first : first + 3]), n
        return excess, top

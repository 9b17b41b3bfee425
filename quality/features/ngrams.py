"""Word n-gram statistics shared by repetition and the Gopher web-quality statistics.

Definitions follow Rae et al. 2021 (Gopher), as datatrove implements them: the share of
word characters covered by duplicated n-grams, and by the single most frequent n-gram.
Words become integer ids once per document and n-grams become 64-bit rolling hashes in
numpy, so the six duplicate-n-gram passes Gopher asks for cost little more than one.
"""

from __future__ import annotations

import re

import numpy as np

from quality.document import Document, is_word_char, starts_word

_MULT = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant (golden ratio); mixes ids well


def _ids_and_lengths(doc: Document) -> tuple[np.ndarray, np.ndarray]:
    def compute(d: Document) -> tuple[np.ndarray, np.ndarray]:
        # each distinct word gets the position of its first use as its id (unique, not
        # dense, which hashing does not need), all in C through map()
        vocab: dict[str, int] = {}
        ids = np.fromiter(
            map(vocab.setdefault, d.words, range(d.word_count)), dtype=np.uint64, count=d.word_count
        )
        lengths = np.fromiter(map(len, d.words), dtype=np.int64, count=d.word_count)
        return ids, lengths

    return doc.memo("word_ids", compute)


def word_ids(doc: Document) -> np.ndarray:
    """One integer per word, equal for equal (lower-cased) words."""
    return _ids_and_lengths(doc)[0]


def _ngram_hashes(ids: np.ndarray, n: int) -> np.ndarray:
    """One 64-bit hash per n-gram start (wrapping arithmetic is intended)."""
    count = len(ids) - n + 1
    h = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(n):
            h = h * _MULT + ids[k : k + count] + np.uint64(1)
    return h


def _dup_ngram(doc: Document, n: int) -> tuple[float, int]:
    """(share of word characters in repeated n-grams, first index of the most repeated)."""
    ids, lengths = _ids_and_lengths(doc)
    total = int(lengths.sum())
    if total == 0 or len(ids) < n:
        return 0.0, -1
    count = len(ids) - n + 1
    if n == _BASE_N:
        order, run_starts, run_lengths = _ngram_runs(doc, n)
        positions = order  # where each sorted n-gram starts
    else:
        # An n-gram can only repeat where the 5-grams at both its ends repeat, so only
        # those starts are hashed and sorted (few in most texts, instead of every word).
        members = _repeated_starts(doc)
        starts = np.flatnonzero(members[:count] & members[n - _BASE_N : n - _BASE_N + count])
        if len(starts) < 2:
            return 0.0, -1
        order, run_starts, run_lengths = _runs(_hashes_at(ids, starts, n))
        positions = starts[order]
    if len(run_starts) == len(order):  # every n-gram distinct
        return 0.0, -1
    # in a run of equal n-grams the first is the first use; the rest are repeats
    repeat_sorted = np.ones(len(order), dtype=bool)
    repeat_sorted[run_starts] = False
    is_repeat = np.zeros(count, dtype=bool)
    is_repeat[positions] = repeat_sorted
    # A word is covered when any repeated n-gram starting within n-1 words before it
    # covers it: a width-n running window over the repeat-start indicator.
    window = np.concatenate([is_repeat.astype(np.int64), np.zeros(n - 1, dtype=np.int64)])
    covered = np.convolve(window, np.ones(n, dtype=np.int64))[: len(ids)] > 0
    top = int(positions[run_starts[np.argmax(run_lengths)]])  # the most repeated
    return float(lengths[covered].sum()) / total, top


#: Longer n-grams are searched among the repeats of this one.
_BASE_N = 5


def _hashes_at(ids: np.ndarray, starts: np.ndarray, n: int) -> np.ndarray:
    """The hash of the n-gram at each of ``starts`` (wrapping arithmetic is intended)."""
    h = np.zeros(len(starts), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(n):
            h = h * _MULT + ids[starts + k] + np.uint64(1)
    return h


def _repeated_starts(doc: Document) -> np.ndarray:
    """Per start position: whether its base n-gram occurs more than once (first use too),
    read off the same sorted runs as the base n-gram's own statistics."""

    def compute(d: Document) -> np.ndarray:
        order, run_starts, run_lengths = _ngram_runs(d, _BASE_N)
        members = np.empty(len(order), dtype=bool)
        members[order] = np.repeat(run_lengths > 1, run_lengths)
        return members

    return doc.memo("repeated5", compute)


def dup_ngram_char_frac(doc: Document, n: int) -> float:
    """Share of word characters inside n-grams that occur again (all but the first use)."""
    return doc.memo(f"dup{n}", lambda d: _dup_ngram(d, n))[0]


def dup_ngram_top_phrase(doc: Document, n: int) -> str:
    """The most repeated n-gram, as lower-cased words ('' if none repeats)."""
    top = doc.memo(f"dup{n}", lambda d: _dup_ngram(d, n))[1]
    return " ".join(doc.words[top : top + n]) if top >= 0 else ""


def _runs(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Equal hashes grouped by one stable sort: (order, run_starts, run_lengths), where
    ``order[run_starts[i]]`` is the first position of the i-th distinct hash and
    ``run_lengths[i]`` how often it occurs."""
    order = np.argsort(hashes, kind="stable")
    ordered = hashes[order]
    run_starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    return order, run_starts, np.diff(np.append(run_starts, len(ordered)))


def _ngram_runs(doc: Document, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``_runs`` of every n-gram of the document, computed once per n."""
    return doc.memo(f"runs{n}", lambda d: _runs(_ngram_hashes(word_ids(d), n)))


def repeated_ngrams(doc: Document, n: int, more_than: int) -> list[tuple[int, int]]:
    """(first use, count) of each n-gram occurring more than ``more_than`` times, in
    order of first use; only these few reach Python."""
    if doc.word_count < n:
        return []
    order, run_starts, run_lengths = _ngram_runs(doc, n)
    keep = run_lengths > more_than
    return sorted(zip(order[run_starts[keep]].tolist(), run_lengths[keep].tolist()))


def top_ngram_char_frac(doc: Document, n: int) -> float:
    """Share of word characters taken by the most frequent n-gram's occurrences."""

    def compute(d: Document) -> float:
        _, lengths = _ids_and_lengths(d)
        total = int(lengths.sum())
        if total == 0 or d.word_count < n:
            return 0.0
        order, run_starts, run_lengths = _ngram_runs(d, n)
        best = int(np.argmax(run_lengths))
        if run_lengths[best] < 2:
            return 0.0
        start = int(order[run_starts[best]])  # its first use
        return float(run_lengths[best] * lengths[start : start + n].sum()) / total

    return doc.memo(f"top{n}", compute)


_SEPARATOR = re.compile(r"\W+")


def phrase_spans(text: str, phrase: str, lower: str | None = None) -> list[tuple[int, int]]:
    """Where a lower-cased word sequence occurs in the text, its words separated by
    anything that is not a word character (``lower``: the text lower-cased with the
    same offsets, searched with str.find instead of a regex compiled for the phrase)."""
    if not phrase:
        return []
    words = phrase.split()
    if lower is None:
        pattern = r"\W+".join(map(re.escape, words)) + r"(?!\w)"
        matches = re.finditer(pattern, text, re.IGNORECASE)
        return [m.span() for m in matches if starts_word(text, m.start())]
    first, rest, n = words[0], words[1:], len(lower)
    spans = []
    pos = lower.find(first)
    while pos != -1:
        end = _match_rest(lower, pos + len(first), rest) if starts_word(lower, pos) else -1
        if end != -1 and not (end < n and is_word_char(lower[end])):
            spans.append((pos, end))
            pos = lower.find(first, end)
        else:
            pos = lower.find(first, pos + 1)
    return spans


def _match_rest(lower: str, end: int, words: list[str]) -> int:
    """The end of ``words`` following position ``end``, each after a separator, or -1."""
    for word in words:
        m = _SEPARATOR.match(lower, end)
        if m is None or not lower.startswith(word, m.end()):
            return -1
        end = m.end() + len(word)
    return end

"""Word n-gram statistics shared by repetition and the Gopher web-quality statistics.

Definitions follow Rae et al. 2021 (Gopher), as datatrove implements them: the share of
word characters covered by duplicated n-grams, and by the single most frequent n-gram.
Words become integer ids once per document and n-grams become 64-bit rolling hashes in
numpy, so the six duplicate-n-gram passes Gopher asks for cost little more than one.
"""

from __future__ import annotations

import re

import numpy as np

from quality.document import Document

_MULT = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant (golden ratio); mixes ids well


def _ids_and_lengths(doc: Document) -> tuple[np.ndarray, np.ndarray]:
    def compute(d: Document) -> tuple[np.ndarray, np.ndarray]:
        vocab: dict[str, int] = {}
        ids = np.fromiter(
            (vocab.setdefault(w, len(vocab)) for w in d.words), dtype=np.uint64, count=d.word_count
        )
        lengths = np.fromiter(map(len, d.words), dtype=np.int64, count=d.word_count)
        return ids, lengths

    return doc.memo("word_ids", compute)


def _ngram_hashes(ids: np.ndarray, n: int) -> np.ndarray:
    """One 64-bit hash per n-gram start (wrapping arithmetic is intended)."""
    count = len(ids) - n + 1
    h = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(n):
            h = h * _MULT + ids[k : k + count] + np.uint64(1)
    return h


def _dup_ngram(doc: Document, n: int) -> tuple[float, int]:
    """(share of word characters in repeated n-grams, start index of the top repeat)."""
    ids, lengths = _ids_and_lengths(doc)
    total = int(lengths.sum())
    if total == 0 or len(ids) < n:
        return 0.0, -1
    hashes = _ngram_hashes(ids, n)
    _, first, inverse, counts = np.unique(
        hashes, return_index=True, return_inverse=True, return_counts=True
    )
    is_repeat = first[inverse] != np.arange(len(hashes))
    if not is_repeat.any():
        return 0.0, -1
    # A word is covered when any repeated n-gram starting within n-1 words before it
    # covers it: a width-n running window over the repeat-start indicator.
    starts = np.concatenate([is_repeat.astype(np.int64), np.zeros(n - 1, dtype=np.int64)])
    covered = np.convolve(starts, np.ones(n, dtype=np.int64))[: len(ids)] > 0
    top = int(first[np.argmax(counts)])
    return float(lengths[covered].sum()) / total, top


def dup_ngram_char_frac(doc: Document, n: int) -> float:
    """Share of word characters inside n-grams that occur again (all but the first use)."""
    return doc.memo(f"dup{n}", lambda d: _dup_ngram(d, n))[0]


def dup_ngram_top_phrase(doc: Document, n: int) -> str:
    """The most repeated n-gram, as lower-cased words ('' if none repeats)."""
    top = doc.memo(f"dup{n}", lambda d: _dup_ngram(d, n))[1]
    return " ".join(doc.words[top : top + n]) if top >= 0 else ""


def top_ngram_char_frac(doc: Document, n: int) -> float:
    """Share of word characters taken by the most frequent n-gram's occurrences."""

    def compute(d: Document) -> float:
        ids, lengths = _ids_and_lengths(d)
        total = int(lengths.sum())
        if total == 0 or len(ids) < n:
            return 0.0
        _, first, counts = np.unique(_ngram_hashes(ids, n), return_index=True, return_counts=True)
        best = int(np.argmax(counts))
        if counts[best] < 2:
            return 0.0
        start = int(first[best])
        return float(counts[best] * lengths[start : start + n].sum()) / total

    return doc.memo(f"top{n}", compute)


def phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where a lower-cased word sequence occurs in the original text."""
    if not phrase:
        return []
    pattern = r"(?<!\w)" + r"\W+".join(map(re.escape, phrase.split())) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]

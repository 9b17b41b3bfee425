"""Web-quality statistics: what the Gopher, C4 and FineWeb filters compute, under their names.

These are the rules today's pre-training pipelines run (Rae et al. 2021 for Gopher;
Raffel et al. 2020 for C4; Penedo et al. 2024 for FineWeb; thresholds as datatrove's
defaults). We report them so a user needs no second tool, and so the README can show
that the rules keep articles our signals flag. They describe page hygiene, not
reliability, and several track length or line layout, which differ between corpora for
reasons that have nothing to do with quality; so none of them feeds the classifier.

Words are the Document's words, not NLTK's tokens, so values can differ slightly from
datatrove's on the same text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quality.document import Document
from quality.features.base import Extractor, Measurement, MeasurementBuilder, Spec, safe_div
from quality.features.ngrams import dup_ngram_char_frac, top_ngram_char_frac
from quality.lexicons import stopwords

GOPHER_STOP_WORDS = frozenset({"the", "be", "to", "of", "and", "that", "have", "with"})


# A Document word (\w+ with inner ' ’ -) that has no letter: numbers, underscores.
# (starts on the digit, so the engine skips between digits; the left edge is checked after)
_BULLET = re.compile(r"[•●○▪‣◦*-]\s")
_TERMINAL = (".", "!", "?", '"', "”", "'", "’")
#: What C4 drops a line (or page) for; matched as lower-case substrings. The policy
#: phrases are datatrove's C4QualityFilter POLICY_SUBSTRINGS (datatrove 0.3+: "use of
#: cookies" and "use cookies" joined "uses cookies"; field case 14).
C4_BAD_SUBSTRINGS = (
    "lorem ipsum",
    "javascript",
    "{",
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)


class Rule(NamedTuple):
    """One filter rule: the document is dropped when ``value <op> threshold`` is false."""

    filter: str
    measure: str
    op: str  # ">=" or "<="
    threshold: float

    def keeps(self, value: float) -> bool:
        return value >= self.threshold if self.op == ">=" else value <= self.threshold


#: The rules, with datatrove's default thresholds.
RULES: tuple[Rule, ...] = (
    Rule("gopher_quality", "webstats.gopher_word_count", ">=", 50),
    Rule("gopher_quality", "webstats.gopher_word_count", "<=", 100_000),
    Rule("gopher_quality", "webstats.gopher_mean_word_length", ">=", 3),
    Rule("gopher_quality", "webstats.gopher_mean_word_length", "<=", 10),
    Rule("gopher_quality", "webstats.gopher_symbol_word_ratio", "<=", 0.1),
    Rule("gopher_quality", "webstats.gopher_bullet_lines_frac", "<=", 0.9),
    Rule("gopher_quality", "webstats.gopher_ellipsis_lines_frac", "<=", 0.3),
    Rule("gopher_quality", "webstats.gopher_alpha_words_frac", ">=", 0.8),
    Rule("gopher_quality", "webstats.gopher_stop_words", ">=", 2),
    Rule("gopher_repetition", "webstats.gopher_dup_line_frac", "<=", 0.3),
    Rule("gopher_repetition", "webstats.gopher_dup_para_frac", "<=", 0.3),
    Rule("gopher_repetition", "webstats.gopher_dup_line_char_frac", "<=", 0.2),
    Rule("gopher_repetition", "webstats.gopher_dup_para_char_frac", "<=", 0.2),
    Rule("gopher_repetition", "webstats.gopher_top_2gram_char_frac", "<=", 0.2),
    Rule("gopher_repetition", "webstats.gopher_top_3gram_char_frac", "<=", 0.18),
    Rule("gopher_repetition", "webstats.gopher_top_4gram_char_frac", "<=", 0.16),
    *(
        Rule("gopher_repetition", f"webstats.gopher_dup_{n}gram_char_frac", "<=", t)
        for n, t in ((5, 0.15), (6, 0.14), (7, 0.13), (8, 0.12), (9, 0.11), (10, 0.10))
    ),
    Rule("c4", "webstats.c4_sentence_count", ">=", 5),
    Rule("c4", "webstats.c4_bad_lines", "<=", 0),
    Rule("fineweb", "webstats.fineweb_line_punct_frac", ">=", 0.12),
    Rule("fineweb", "webstats.fineweb_short_line_frac", "<=", 0.67),
    Rule("fineweb", "webstats.fineweb_dup_line_char_frac", "<=", 0.01),
    Rule("fineweb", "webstats.fineweb_newline_per_word", "<=", 0.3),
)


def verdicts(values: dict[str, float]) -> dict[str, list[str]]:
    """For each filter, the rules that would drop the document (empty list: kept)."""
    out: dict[str, list[str]] = {}
    for rule in RULES:
        failed = out.setdefault(rule.filter, [])
        if not rule.keeps(values[rule.measure]):
            failed.append(f"{rule.measure} {rule.op} {rule.threshold}")
    return out


def _spec(name: str, unit: str, description: str) -> Spec:
    return Spec(f"webstats.{name}", unit, description, direction=0, in_model=False)


def _dup_stats(items: list[str]) -> tuple[float, float, list[int]]:
    """(share of items that repeat an earlier one, share of their chars, repeat indexes)."""
    seen: set[str] = set()
    dup, dup_chars, total_chars, where = 0, 0, 0, []
    for i, item in enumerate(items):
        total_chars += len(item)
        if item in seen:
            dup += 1
            dup_chars += len(item)
            where.append(i)
        else:
            seen.add(item)
    return safe_div(dup, len(items)), safe_div(dup_chars, total_chars), where


class WebStats(Extractor):
    name = "webstats"
    specs = (
        _spec("gopher_word_count", "words", "Words in the document (Gopher: 50 to 100,000)."),
        _spec("gopher_mean_word_length", "characters", "Mean word length (Gopher: 3 to 10)."),
        _spec(
            "gopher_symbol_word_ratio", "per word", "'#' and ellipses per word (Gopher: <= 0.1)."
        ),
        _spec("gopher_bullet_lines_frac", "fraction of lines", "Lines starting with a bullet."),
        _spec("gopher_ellipsis_lines_frac", "fraction of lines", "Lines ending in an ellipsis."),
        _spec("gopher_alpha_words_frac", "fraction of words", "Words with a letter."),
        _spec("gopher_stop_words", "distinct words", "Distinct Gopher stop words present."),
        _spec("gopher_dup_line_frac", "fraction of lines", "Lines that repeat an earlier line."),
        _spec("gopher_dup_para_frac", "fraction of paragraphs", "Repeated paragraphs."),
        _spec("gopher_dup_line_char_frac", "fraction of characters", "Characters in repeats."),
        _spec("gopher_dup_para_char_frac", "fraction of characters", "Characters in repeats."),
        *(
            _spec(f"gopher_top_{n}gram_char_frac", "fraction", f"Top {n}-gram's character share.")
            for n in (2, 3, 4)
        ),
        *(
            _spec(f"gopher_dup_{n}gram_char_frac", "fraction", f"Repeated {n}-gram char share.")
            for n in range(5, 11)
        ),
        _spec("c4_sentence_count", "sentences", "Sentences (C4 keeps 5 or more)."),
        _spec("c4_bad_lines", "lines", "Lines with 'javascript', '{', 'lorem ipsum', policies."),
        _spec(
            "c4_words_removed_frac",
            "fraction of words",
            "Words in lines C4's line filter deletes (no terminal punctuation, < 3 words).",
        ),
        _spec("fineweb_line_punct_frac", "fraction of lines", "Lines ending in punctuation."),
        _spec("fineweb_short_line_frac", "fraction of lines", "Lines under 30 characters."),
        _spec("fineweb_dup_line_char_frac", "fraction of characters", "Chars in repeated lines."),
        _spec("fineweb_newline_per_word", "per word", "Line breaks per word."),
        _spec("english_stopword_frac", "fraction of words", "Common English function words."),
    )

    def extract(self, doc: Document) -> list[Measurement]:
        out = MeasurementBuilder(self, doc)
        text = doc.text
        words = doc.words
        n_words = len(words)
        line_spans = doc.lines
        lines = [text[s.start : s.end] for s in line_spans]
        n_lines = len(lines)

        out.add("gopher_word_count", n_words)
        out.add("gopher_mean_word_length", safe_div(sum(map(len, words)), n_words))
        symbols = text.count("#") + text.count("...") + text.count("…")
        out.add("gopher_symbol_word_ratio", safe_div(symbols, n_words))
        bullets = [s for s, line in zip(line_spans, lines) if _BULLET.match(line)]
        out.add("gopher_bullet_lines_frac", safe_div(len(bullets), n_lines), bullets)
        ellipsis = [s for s, line in zip(line_spans, lines) if line.endswith(("...", "…"))]
        out.add("gopher_ellipsis_lines_frac", safe_div(len(ellipsis), n_lines), ellipsis)
        # counted over distinct words; most are all letters, which isalpha() says at once
        letterless = sum(
            n
            for word, n in doc.word_counts.items()
            if not word.isalpha() and not any(ch.isalpha() for ch in word)
        )
        out.add("gopher_alpha_words_frac", safe_div(n_words - letterless, n_words))
        lower = doc.lower_text
        out.add("gopher_stop_words", len(GOPHER_STOP_WORDS.intersection(words)))

        line_frac, line_char_frac, dup_lines = _dup_stats(lines)
        dup_line_spans = [line_spans[i] for i in dup_lines]
        out.add("gopher_dup_line_frac", line_frac, dup_line_spans)
        paras = [text[p.start : p.end] for p in doc.paragraphs]
        para_frac, para_char_frac, dup_paras = _dup_stats(paras)
        dup_para_spans = [doc.paragraphs[i][:2] for i in dup_paras]
        out.add("gopher_dup_para_frac", para_frac, dup_para_spans)
        out.add("gopher_dup_line_char_frac", line_char_frac, dup_line_spans)
        out.add("gopher_dup_para_char_frac", para_char_frac, dup_para_spans)
        for n in (2, 3, 4):
            out.add(f"gopher_top_{n}gram_char_frac", top_ngram_char_frac(doc, n))
        for n in range(5, 11):
            out.add(f"gopher_dup_{n}gram_char_frac", dup_ngram_char_frac(doc, n))

        out.add("c4_sentence_count", len(doc.sentences))
        if any(k in lower for k in C4_BAD_SUBSTRINGS):  # rare: look line by line only then
            bad = [
                s
                for s, line in zip(line_spans, lines)
                if any(k in line.lower() for k in C4_BAD_SUBSTRINGS)
            ]
        else:
            bad = []
        out.add("c4_bad_lines", len(bad), bad)
        removed_words, removed = 0, []
        for span, line in zip(line_spans, lines):
            n = len(line.split())
            if not line.endswith(_TERMINAL) or n < 3:
                removed_words += n
                removed.append(span)
        out.add(
            "c4_words_removed_frac",
            safe_div(removed_words, sum(len(x.split()) for x in lines)),
            removed,
        )

        punct = sum(1 for line in lines if line.endswith((".", "!", "?", '"', "”", ":", ";")))
        out.add("fineweb_line_punct_frac", safe_div(punct, n_lines))
        out.add("fineweb_short_line_frac", safe_div(sum(len(x) < 30 for x in lines), n_lines))
        dup_chars = sum(len(lines[i]) for i in dup_lines)
        out.add("fineweb_dup_line_char_frac", safe_div(dup_chars, sum(map(len, lines))))
        out.add("fineweb_newline_per_word", safe_div(text.count("\n"), n_words))
        stop = stopwords()
        counts = doc.word_counts
        out.add("english_stopword_frac", safe_div(sum(counts[w] for w in stop), n_words))
        return out.build()

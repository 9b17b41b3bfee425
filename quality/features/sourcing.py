"""Unsourced claims: "analysts suggest", "experts warn", with nobody named.

A reliable report says who said what: a named person or organisation with a reporting
verb, quotes attributed to them, dates, figures and links. Spun articles attribute
claims to anonymous crowds. "Analysts said" is ordinary wire style when named sources
stand nearby, so the signal is the balance of vague to specific attribution, not a raw
count of vague phrases.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quality.document import Document
from quality.features.base import Extractor, Measurement, MeasurementBuilder, Spec, safe_div
from quality.lexicons import find_phrases, load, phrase_pattern

# A name: capitalised words ("Mark Meadows", "House Freedom Caucus", "Meadows"), or an
# acronym ("NATO", "BelTA"). Pronouns and determiners are not names.
_NOT_NAMES = (
    r"(?!(?:He|She|It|They|We|I|You|This|That|These|Those|There|Here|Some|Many|Others|"
    r"Most|Few|Several|All|One|But|And|Yet|So|If|When|While|As|The|A|An)\b)"
)
_NAME = (
    rf"{_NOT_NAMES}(?:[A-Z][a-zA-Z'’-]+|[A-Z]{{2,}}[a-zA-Z]*)"
    r"(?:\s+(?:of\s+the\s+|of\s+|de\s+|van\s+)?(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.))*"
)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_DATE_RE = re.compile(
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{_MONTHS}\s+\d{{1,2}}\b|"
    r"(?:in|since|by|until)\s+(?:19|20)\d\d\b)"
)
_FIGURE_RE = re.compile(
    r"(?:[$€£]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:%|percent|per cent|million|billion|trillion)\b)"
)
_LINK_RE = re.compile(r"\bhttps?://\S+|\bwww\.\S+")
_QUOTE_RE = re.compile(r"“[^”\n]{12,}”|\"[^\"\n]{12,}\"")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    verbs = "|".join(phrase_pattern(v) for v in sorted(load("reporting_verbs"), key=len)[::-1])
    subjects = "|".join(phrase_pattern(s) for s in sorted(load("vague_sources"), key=len)[::-1])
    # "analysts suggest", "experts have warned", "some observers note"
    vague = re.compile(
        rf"(?<![\w-])(?:{subjects})\s+(?:have\s+|has\s+|had\s+|also\s+|now\s+)?(?:{verbs})\b",
        re.IGNORECASE,
    )
    # "Mark Meadows said", "Meadows, chairman of the caucus, said", "Lukashenko has emphasized"
    named_before = re.compile(
        rf"\b{_NAME}(?:,[^,.;\n]{{1,80}},)?\s+(?:(?:has|have|had|also|\w+ly)\s+){{0,2}}"
        rf"(?:{verbs})\b"
    )
    # "said Mark Meadows", "according to the Pentagon", "confirmed by BelTA"
    named_after = re.compile(
        rf"\b(?:{verbs}|confirmed\s+by|reported\s+by|announced\s+by)\s+(?:the\s+)?{_NAME}"
    )
    return vague, named_before, named_after


_PREVIOUS_WORD = re.compile(r"(\S+)\s+$")


def _is_affiliation(text: str, start: int) -> bool:
    """Whether the word before ``start`` names who the subject works for: an acronym
    ("NATO", "U.S."), or a capitalised word that does not open a sentence ("Russian")."""
    m = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1).strip("“\"'‘(")
    if sum(c.isupper() for c in word) >= 2:
        return True
    if not word[:1].isupper():
        return False
    before = text[max(0, m.start() - 3) : m.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:\n"


def vague_spans(doc: Document) -> list[tuple[int, int]]:
    """Vague attributions; "NATO officials said" names an affiliation, so a vague subject
    right after a capitalised word (not at a sentence start) does not count."""
    vague, _, _ = _patterns()
    text = doc.text
    spans = [
        m.span()
        for m in vague.finditer(text)
        if not _is_affiliation(text, m.start())
    ]
    spans += find_phrases(doc, "vague_passive")
    return _merge(spans)


def named_spans(doc: Document) -> list[tuple[int, int]]:
    _, before, after = _patterns()
    spans = [m.span() for m in before.finditer(doc.text)]
    spans += [m.span() for m in after.finditer(doc.text)]
    # A vague subject is capitalised at a sentence start ("Analysts said"): not a name.
    vague = vague_spans(doc)
    return [s for s in _merge(spans) if not any(_overlaps(s, v) for v in vague)]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones merged, so one attribution counts once."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class Sourcing(Extractor):
    name = "sourcing"
    specs = (
        Spec(
            "sourcing.vague_per_1k_words",
            "per 1,000 words",
            "Vague attributions ('analysts suggest', 'it is believed') per 1,000 words.",
        ),
        Spec(
            "sourcing.named_per_1k_words",
            "per 1,000 words",
            "Attributions to a named person or organisation per 1,000 words.",
            direction=-1,
        ),
        Spec(
            "sourcing.quotes_per_1k_words",
            "per 1,000 words",
            "Direct quotations per 1,000 words.",
            direction=-1,
        ),
        Spec(
            "sourcing.dates_per_1k_words",
            "per 1,000 words",
            "Dates (weekdays, month and day, 'in 2022') per 1,000 words.",
            direction=-1,
        ),
        Spec(
            "sourcing.figures_per_1k_words",
            "per 1,000 words",
            "Figures (amounts, percentages) and links per 1,000 words.",
            direction=-1,
        ),
        Spec(
            "sourcing.vague_share",
            "fraction of attributions",
            "Vague attributions as a share of all attributions (vague + named + quotes).",
        ),
    )

    def extract(self, doc: Document) -> list[Measurement]:
        out = MeasurementBuilder(self, doc)
        text = doc.text
        vague = vague_spans(doc)
        named = named_spans(doc)
        quotes = [m.span() for m in _QUOTE_RE.finditer(text)]
        dates = [m.span() for m in _DATE_RE.finditer(text)]
        figures = _merge(
            [m.span() for m in _FIGURE_RE.finditer(text)] + [m.span() for m in _LINK_RE.finditer(text)]
        )
        out.add("vague_per_1k_words", doc.per_1k_words(len(vague)), vague)
        out.add("named_per_1k_words", doc.per_1k_words(len(named)), named)
        out.add("quotes_per_1k_words", doc.per_1k_words(len(quotes)), quotes)
        out.add("dates_per_1k_words", doc.per_1k_words(len(dates)), dates)
        out.add("figures_per_1k_words", doc.per_1k_words(len(figures)), figures)
        share = safe_div(len(vague), len(vague) + len(named) + len(quotes))
        out.add("vague_share", share, vague)
        return out.build()

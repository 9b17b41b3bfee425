"""Tone: emphasis and address that stand in for evidence.

Partisan and clickbait sites shout ("SHOCKING"), exclaim, speak to the reader ("you
won't believe"), and lean on intensifiers and manner adverbs ("totally", "blatantly");
edited news reports in the third person with plain verbs. Generated text is calmer, so
this signal complements, not replaces, hedging and sourcing.
"""

from __future__ import annotations

import re

from quality.document import UPPER, UPPER_AT_START, Document, starts_word
from quality.features.base import Extractor, Measurement, MeasurementBuilder, Spec
from quality.lexicons import find_phrases

# either case: "TOTALLY" in a shouted line is as much an adverb as "totally"
_LY = re.compile(r"[lL][yY]\b")
# -ly words that are not manner adverbs.
_NOT_ADVERBS = frozenset(
    "only early likely daily weekly monthly yearly family italy july apply reply supply "
    "ally rally july holy belly bully jelly fly july sally emily kelly molly billy "
    "reilly oily ugly silly lovely friendly elderly "
    # adjectives of frequency and others ending in -ly ("a quarterly report")
    "quarterly hourly nightly biweekly fortnightly costly deadly timely orderly "
    "unlikely".split()
)
_EXCLAMATION = re.compile(r"!+")
_SECOND_PERSON = re.compile(r"you(?:rs?|rself|rselves)?\b")  # on lower-cased text
_SHOUTING = re.compile(rf"{UPPER_AT_START}{UPPER}{{4,}}\b")  # capitals of any script: "ZÜRICH"


def _adverbs(text: str) -> list[tuple[int, int]]:
    """Words of 3+ letters ending in -ly, found from their ending (a fast literal scan)."""
    spans = []
    for m in _LY.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if m.start() - start >= 3 and text[start : m.end()].lower() not in _NOT_ADVERBS:
            spans.append((start, m.end()))
    return spans


class Tone(Extractor):
    name = "tone"
    specs = (
        Spec(
            "tone.adverbs_per_1k_words",
            "per 1,000 words",
            "Manner adverbs ('-ly') per 1,000 words, headings left out.",
        ),
        Spec(
            "tone.intensifiers_per_1k_words",
            "per 1,000 words",
            "Intensifiers and loaded words ('totally', 'shocking', 'slams') per 1,000 words.",
        ),
        # Reported, not modelled: on llmfake these point the wrong way (its "reliable"
        # side holds crawled forum posts that shout and address the reader).
        Spec(
            "tone.exclamations_per_1k_words",
            "per 1,000 words",
            "Exclamations per 1,000 words.",
            in_model=False,
        ),
        Spec(
            "tone.second_person_per_1k_words",
            "per 1,000 words",
            "Words addressing the reader ('you', 'your') per 1,000 words.",
            in_model=False,
        ),
        Spec(
            "tone.shouting_per_1k_words",
            "per 1,000 words",
            "Words of five or more capitals ('SHOCKING') per 1,000 words.",
            in_model=False,
        ),
    )

    def extract(self, doc: Document) -> list[Measurement]:
        out = MeasurementBuilder(self, doc)
        text = doc.text
        adverbs = _adverbs(text)
        headings = [(p.start, p.end) for p in doc.paragraphs if p.kind == "heading"]
        if headings and adverbs:
            # a headline's words are not the article's tone ("Quarterly ... falls")
            adverbs = [a for a in adverbs if not any(h[0] <= a[0] < h[1] for h in headings)]
        out.add("adverbs_per_1k_words", doc.per_1k_words(len(adverbs)), adverbs)
        intensifiers = find_phrases(doc, "intensifiers")
        out.add("intensifiers_per_1k_words", doc.per_1k_words(len(intensifiers)), intensifiers)
        exclamations = [m.span() for m in _EXCLAMATION.finditer(text)]
        out.add("exclamations_per_1k_words", doc.per_1k_words(len(exclamations)), exclamations)
        lower = doc.lower_text
        you = [m.span() for m in _SECOND_PERSON.finditer(lower) if starts_word(lower, m.start())]
        out.add("second_person_per_1k_words", doc.per_1k_words(len(you)), you)
        shouting = [m.span() for m in _SHOUTING.finditer(text) if starts_word(text, m.start())]
        out.add("shouting_per_1k_words", doc.per_1k_words(len(shouting)), shouting)
        return out.build()

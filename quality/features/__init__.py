"""The signals, in a fixed order, and ``extract_features`` which runs them all.

A new signal touches four places: its module, its entry in EXTRACTORS, its test file and
a retrain of the shipped model (whose card pins the feature names).
"""

from __future__ import annotations

from quality.document import Document
from quality.features.base import Evidence, Extractor, Measurement, Spec
from quality.features.filler import Filler
from quality.features.formatting import Formatting
from quality.features.hedging import Hedging
from quality.features.readability import Readability
from quality.features.repetition import Repetition
from quality.features.sourcing import Sourcing
from quality.features.tone import Tone
from quality.features.webstats import WebStats
from quality.reading import reading_view

EXTRACTORS: tuple[Extractor, ...] = (
    Hedging(),
    Sourcing(),
    Repetition(),
    Formatting(),
    Filler(),
    Tone(),
    Readability(),
    WebStats(),
)

SPECS: dict[str, Spec] = {spec.name: spec for ex in EXTRACTORS for spec in ex.specs}
FEATURE_NAMES: tuple[str, ...] = tuple(SPECS)
#: The measurements the classifier uses (the rest are reported only).
MODEL_FEATURE_NAMES: tuple[str, ...] = tuple(n for n, s in SPECS.items() if s.in_model)

# The wording signals are learned with the model (quality.features.vocabulary and
# word_choice), so they are not extractors; a model that carries them has them as its
# last features, in this order.
from quality.features.vocabulary import SPEC as VOCABULARY_SPEC  # noqa: E402
from quality.features.word_choice import SPEC as WORD_CHOICE_SPEC  # noqa: E402

#: The learned wording signals, in the order a model carries them.
TEXT_MODEL_NAMES: tuple[str, ...] = (VOCABULARY_SPEC.name, WORD_CHOICE_SPEC.name)
#: Every spec a model feature can have: the extractors' and the wording signals'.
ALL_SPECS: dict[str, Spec] = {
    **SPECS,
    VOCABULARY_SPEC.name: VOCABULARY_SPEC,
    WORD_CHOICE_SPEC.name: WORD_CHOICE_SPEC,
}


def extract_features(
    text: str | Document, *, markdown: bool = False, page: Document | None = None
) -> dict[str, Measurement]:
    """Every measurement of every signal, by name, in EXTRACTORS order.

    A string is measured as read (quality.reading: invisible characters left out, typed
    apostrophes read as one; with ``markdown``, a Markdown document's inline syntax
    left out too); ``text`` is never modified, and evidence spans index into it. A
    Document is measured as it is: build it from ``reading_view(text).text``, and pass
    the view's ``page`` (the text with its boilerplate in, or None) as ``page``.

    The web-quality statistics (webstats) are taken on the page as written, boilerplate
    and all, as a crawler's Gopher, C4 and FineWeb filters see it; every other signal
    on the article as read, without it. Raises TypeError for anything else (None, bytes:
    decode them first).
    """
    if isinstance(text, Document):
        return _measure(text, page)
    if not isinstance(text, str):
        raise TypeError(f"extract_features takes a str or a Document. Got {type(text).__name__} instead.")
    view = reading_view(text, markdown=markdown)
    return view.restore(_measure(view.document(), view.page))


def _measure(doc: Document, page: Document | None = None) -> dict[str, Measurement]:
    out: dict[str, Measurement] = {}
    for extractor in EXTRACTORS:
        on = page if page is not None and isinstance(extractor, WebStats) else doc
        for m in extractor.extract(on):
            out[m.name] = m
    return out


__all__ = [
    "ALL_SPECS",
    "EXTRACTORS",
    "FEATURE_NAMES",
    "MODEL_FEATURE_NAMES",
    "SPECS",
    "TEXT_MODEL_NAMES",
    "Evidence",
    "Extractor",
    "Measurement",
    "Spec",
    "extract_features",
]

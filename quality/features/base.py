"""Extractor, Measurement, Evidence: the small base every signal module builds on."""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import ClassVar

from quality.document import Document

#: At most this many evidence spans are kept per measurement, so a 20 MB document
#: does not produce a 20 MB explanation; the value itself still counts every match.
MAX_EVIDENCE = 25


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the original text that produced (part of) a measurement.

    ``text`` is exactly ``original[start:end]``. ``read_as`` is what a wording model read
    there when that is not the text itself: the topic-masked n-gram(s) ("the <w> of" for
    "the deployment of"), so a reader sees the content words were not what counted;
    empty for every other measurement.
    """

    start: int
    end: int
    text: str
    read_as: str = ""

    def to_dict(self) -> dict:
        out = {"start": self.start, "end": self.end, "text": self.text}
        if self.read_as:
            out["read_as"] = self.read_as
        return out


@dataclass(frozen=True, slots=True)
class Measurement:
    """One named, finite number with the spans that produced it."""

    name: str
    value: float
    evidence: tuple[Evidence, ...] = ()
    #: how many items (repeats, cues) the value counts, where that is not one per
    #: evidence span: a repeated sentence shows its first copy too, but is one repeat
    items: int | None = None

    def to_dict(self) -> dict:
        return {"value": self.value, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True, slots=True)
class Spec:
    """What a measurement means.

    ``direction`` is what the signal's design says a higher value means: +1 less
    reliable, -1 more reliable, 0 no prior. The classifier may only weigh a feature in
    its direction (or not at all), so it cannot learn a corpus quirk that runs against
    the signal's meaning, and an explanation never says "more named sources, less
    reliable". ``in_model=False`` keeps a measurement out of the classifier (reported
    only), for statistics that track length or page layout rather than quality.
    """

    name: str
    unit: str
    description: str
    direction: int = 1
    in_model: bool = True


class Extractor(ABC):
    """One signal: reads a Document, returns its measurements in ``specs`` order.

    Extractors are pure and total: any ``str`` gives finite numbers and never raises.
    """

    name: ClassVar[str]
    specs: ClassVar[tuple[Spec, ...]]

    @abstractmethod
    def extract(self, doc: Document) -> list[Measurement]: ...

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


@dataclass(slots=True)
class MeasurementBuilder:
    """Collects values in spec order and checks they are finite and complete."""

    extractor: Extractor
    doc: Document
    out: dict[str, Measurement] = field(default_factory=dict)

    def add(
        self, short_name: str, value: float, spans: Iterable[tuple[int, int]] = (), items: int | None = None
    ) -> None:
        name = f"{self.extractor.name}.{short_name}"
        value = float(value)
        if not math.isfinite(value):
            value = 0.0
        text = self.doc.text
        evidence = []
        for start, end in spans:
            evidence.append(Evidence(start, end, text[start:end]))
            if len(evidence) >= MAX_EVIDENCE:
                break
        self.out[name] = Measurement(name, value, tuple(evidence), items)

    def build(self) -> list[Measurement]:
        names = [s.name for s in self.extractor.specs]
        missing = [n for n in names if n not in self.out]
        if missing:
            raise AssertionError(f"{self.extractor!r} did not produce {missing}")
        return [self.out[n] for n in names]


def safe_div(num: float, den: float) -> float:
    return num / den if den else 0.0

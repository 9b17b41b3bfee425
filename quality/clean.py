"""Cleaned text for ingestion: the article without its boilerplate (and filler, if asked).

Paragraphs are dropped by their label (quality.paragraphs), never cut mid-sentence; the
kept paragraphs are joined by a blank line. The share of words removed is reported, and
a document that loses more than ``max_removed`` of its words is marked dropped: what is
left of it is not an article (the line-level filtering asked for in NeMo Curator#1718).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quality.document import WORD_RE, Document
from quality.paragraphs import ParagraphLabel, label_paragraphs


@dataclass
class CleanResult:
    text: str
    removed: list[ParagraphLabel] = field(default_factory=list)
    removed_word_share: float = 0.0
    dropped: bool = False

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "removed_word_share": round(self.removed_word_share, 6),
            "dropped": self.dropped,
            "removed": [
                {"label": p.label, "reason": p.reason, "start": p.start, "end": p.end}
                for p in self.removed
            ],
        }


def clean_document(
    text: str,
    *,
    drop_filler: bool = False,
    drop_artifacts: bool = False,
    max_removed: float | None = None,
) -> CleanResult:
    """Remove boilerplate paragraphs (and filler, artifacts when asked).

    ``max_removed`` (a share of words, 0-1; None: off) marks the document dropped when
    more than that share of its words was removed.
    """
    drop = (
        {"boilerplate"}
        | ({"filler"} if drop_filler else set())
        | ({"artifact"} if drop_artifacts else set())
    )
    doc = Document(text)
    kept, removed = [], []
    kept_words = removed_words = 0
    for p in label_paragraphs(doc):
        n = len(WORD_RE.findall(text, p.start, p.end))
        if p.label in drop:
            removed.append(p)
            removed_words += n
        else:
            kept.append(text[p.start : p.end])
            kept_words += n
    total = kept_words + removed_words
    share = removed_words / total if total else 0.0
    dropped = max_removed is not None and share > max_removed
    return CleanResult("\n\n".join(kept), removed, share, dropped)


def clean(text: str, *, drop_filler: bool = False, drop_artifacts: bool = False) -> str:
    """The text without boilerplate paragraphs (without filler too, with ``drop_filler``)."""
    return clean_document(text, drop_filler=drop_filler, drop_artifacts=drop_artifacts).text

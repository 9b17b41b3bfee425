"""Cleaned text for ingestion: the article without its boilerplate (and filler, if asked).

Paragraphs are dropped by their label (quality.paragraphs), never cut mid-sentence; the
kept text keeps its own separators (a table's rows stay on consecutive lines, a heading
stays on the line above its section), so a text with nothing to remove comes back
unchanged. The share of words removed is reported, and
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
    more than that share of its words was removed. A document with no words left but
    its headings' is dropped whatever ``max_removed`` says: it is no article (it came
    back as "" marked kept, and ``-o DIR/`` wrote a file of its title alone, unsaid: a
    new user's find, 2026-12-07).
    """
    drop = (
        {"boilerplate"}
        | ({"filler"} if drop_filler else set())
        | ({"artifact"} if drop_artifacts else set())
    )
    doc = Document(text)
    labels = label_paragraphs(doc)
    keep = [p.label not in drop for p in labels]
    removed = [p for p, k in zip(labels, keep) if not k]
    kept_words = removed_words = kept_outside_headings = 0
    for p, k in zip(labels, keep):
        n = len(WORD_RE.findall(text, p.start, p.end))
        if k:
            kept_words += n
            kept_outside_headings += n if p.kind != "heading" else 0
        else:
            removed_words += n
    total = kept_words + removed_words
    share = removed_words / total if total else 0.0
    # a headline left alone is no article either (a sibling tester's find)
    nothing_left = removed_words > 0 and kept_outside_headings == 0
    dropped = (max_removed is not None and share > max_removed) or nothing_left
    return CleanResult(_without(text, labels, keep), removed, share, dropped)


def _without(text: str, paragraphs: list[ParagraphLabel], keep: list[bool]) -> str:
    """``text`` without the paragraphs not kept; everything else as it was.

    Where paragraphs were cut, the kept ones on either side are joined by the strongest
    break among the separators cut with them (the one with most line breaks, so a
    paragraph boundary is never merged into one line or one block), followed by the
    indentation the next kept paragraph had. The text before the first paragraph and
    after the last (its final newline) is kept."""
    if not paragraphs or all(keep):
        return text
    out: list[str] = []
    previous: int | None = None  # index of the last kept paragraph
    for i, (p, k) in enumerate(zip(paragraphs, keep)):
        if not k:
            continue
        if previous is None:  # the first kept paragraph: what stood before the text
            out.append(
                text[: p.start] if i == 0 else _indent(text[paragraphs[i - 1].end : p.start])
            )
        elif previous == i - 1:  # nothing cut in between: the separator as it was
            out.append(text[paragraphs[previous].end : p.start])
        else:
            gaps = [text[paragraphs[j].end : paragraphs[j + 1].start] for j in range(previous, i)]
            strongest = max(gaps, key=_breaks)
            out.append(strongest[: _last_break(strongest) + 1])
            out.append(_indent(gaps[-1]))
        out.append(text[p.start : p.end])
        previous = i
    if previous is None:
        return ""
    out.append(text[paragraphs[-1].end :])
    return "".join(out)


def _breaks(gap: str) -> int:
    """Line breaks in a separator ("\\r\\n" counts two: only the order matters)."""
    return gap.count("\n") + gap.count("\r")


def _last_break(gap: str) -> int:
    return max(gap.rfind("\n"), gap.rfind("\r"))


def _indent(gap: str) -> str:
    """The white space after a separator's last line break: the indentation of the
    paragraph that follows it."""
    return gap[_last_break(gap) + 1 :]


def clean(text: str, *, drop_filler: bool = False, drop_artifacts: bool = False) -> str:
    """The text without boilerplate paragraphs (without filler too, with ``drop_filler``)."""
    return clean_document(text, drop_filler=drop_filler, drop_artifacts=drop_artifacts).text

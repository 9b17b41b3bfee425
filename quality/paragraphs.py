"""Paragraph labels: content, filler, boilerplate or artifact, each with its reason.

A pipeline that keeps an article still wants its filler and web chrome out of the corpus.
Labels come from explicit, readable rules over the Document's paragraphs, so each one can
say why it was given:

- artifact: rows of flattened or broken tables (a well-formed markdown table is content),
  template placeholders, paragraphs that are mostly symbols;
- boilerplate: short paragraphs that open with web chrome (share/subscribe prompts,
  cookie notices, "Read more", image credits, copyright), bylines and datelines on their
  own, navigation crumbs;
- filler: generic headings ("Wrapping Up") and the section under them, paragraphs that
  open with a generic intro or outro ("In conclusion", "As the dust settles"), and
  paragraphs dense with stock phrases;
- content: everything else. A long, name-heavy news lead is content: boilerplate rules
  only fire on short paragraphs, so the lead is never dropped (trafilatura#164).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from quality.document import Document
from quality.lexicons import compile_lexicon, find_phrases

LABELS = ("content", "filler", "boilerplate", "artifact")

#: Boilerplate rules fire only on paragraphs with at most this many words.
BOILERPLATE_MAX_WORDS = 30
#: A paragraph with at least this many stock phrases, and one per this many words, is filler.
STOCK_MIN_COUNT = 2
STOCK_WORDS_PER_PHRASE = 30

_BYLINE = re.compile(
    r"(?:By|BY|Written by|Posted by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\W*$"
)
# "WASHINGTON -", "FENWICK (Harlow News Service) -": a place in capitals, an agency.
_DATELINE = re.compile(r"[A-Z][A-Z .,'-]{2,40}(?:\([\w .,&'-]{1,60}\))?\s*[-—–:]?\s*")
_DATE_ALONE = re.compile(
    r"(?:(?:Updated|Published|Posted)?:?\s*)?(?:\w+day,?\s+)?(?:\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}[/.-]"
    r"\d{1,2}[/.-]\d{2,4})(?:\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*\w*)?\s*$",
    re.IGNORECASE,
)
_CRUMBS = re.compile(r"^[^.!?]{1,120}(?:\s[>»/|]\s[^.!?]{1,40}){2,}$")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}", re.IGNORECASE)


class ParagraphLabel(NamedTuple):
    start: int
    end: int
    kind: str  # the Document paragraph kind: prose, heading, list_item, table_row
    label: str  # one of LABELS
    reason: str

    def to_dict(self) -> dict:
        return self._asdict()


def label_paragraphs(doc: Document) -> list[ParagraphLabel]:
    """Every paragraph of ``doc`` with its label and reason, in text order (cached)."""
    return doc.memo("paragraph_labels", _label_all)


def _label_all(doc: Document) -> list[ParagraphLabel]:
    text = doc.text
    generic_heading = compile_lexicon("generic_headings", whole_line=True)
    opener = compile_lexicon("filler_openers")
    boilerplate = compile_lexicon("boilerplate")
    placeholders = find_phrases(doc, "placeholders")
    stock = find_phrases(doc, "stock_phrases")
    broken_rows = set(doc.broken_table_rows)
    labels: list[ParagraphLabel] = []
    filler_section: str | None = None
    for para in doc.paragraphs:
        body = text[para.start : para.end]
        n_words = len(body.split())

        def make(label: str, reason: str, para=para) -> ParagraphLabel:
            return ParagraphLabel(para.start, para.end, para.kind, label, reason)

        if para.kind == "heading":
            heading = body.strip("#*_ \t")
            if generic_heading.match(heading):
                filler_section = heading
                labels.append(make("filler", f"generic heading '{heading}'"))
                continue
            filler_section = None
        if para.kind == "table_row":
            if para in broken_rows:
                labels.append(make("artifact", "row of a flattened or broken markdown table"))
            else:
                labels.append(make("content", "row of a well-formed table"))
            continue
        inside = _spans_within(placeholders, para.start, para.end)
        if inside:
            found = text[inside[0][0] : inside[0][1]]
            labels.append(make("artifact", f"template placeholder '{found}'"))
            continue
        if n_words <= BOILERPLATE_MAX_WORDS:
            reason = _boilerplate_reason(body, boilerplate)
            if reason:
                labels.append(make("boilerplate", reason))
                continue
        sample = body[:400]  # a long paragraph's start tells whether it is words
        if len(body) > 3 and sum(map(str.isalpha, sample)) < 0.4 * len(sample):
            labels.append(make("artifact", "mostly symbols, not words"))
            continue
        if filler_section is not None:
            labels.append(make("filler", f"in the section under '{filler_section}'"))
            continue
        m = opener.match(body.lstrip("-*• \t"))
        if m:
            labels.append(make("filler", f"opens with the generic '{m.group()}'"))
            continue
        phrases = [text[s:e] for s, e in _spans_within(stock, para.start, para.end)]
        if len(phrases) >= STOCK_MIN_COUNT and len(phrases) * STOCK_WORDS_PER_PHRASE >= n_words:
            quoted = ", ".join(f"'{p}'" for p in phrases[:3])
            labels.append(make("filler", f"stock phrases {quoted}"))
            continue
        labels.append(make("content", "article text"))
    return labels


def _spans_within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    i = bisect_left(spans, (start, start))
    out = []
    while i < len(spans) and spans[i][1] <= end:
        out.append(spans[i])
        i += 1
    return out


def _boilerplate_reason(body: str, lexicon: re.Pattern[str]) -> str | None:
    stripped = body.strip("-*•>|#_ \t")
    m = lexicon.match(stripped)
    if m:
        return f"web chrome '{m.group()}'"
    if _COPYRIGHT.search(stripped):
        return "copyright line"
    if _BYLINE.match(stripped):
        return "byline on its own"
    if _DATE_ALONE.match(stripped):
        return "date on its own"
    if _CRUMBS.match(stripped):
        return "navigation crumbs"
    if (
        len(stripped) <= 80
        and _DATELINE.fullmatch(stripped)
        and (body.rstrip().endswith(("-", "—", "–", ":")) or "(" in stripped)
    ):
        return "dateline on its own"
    return None


def label_shares(doc: Document) -> dict[str, float]:
    """Share of paragraph characters under each label (0 for a text with no paragraphs)."""
    return shares_of(label_paragraphs(doc))


def shares_of(labels: list[ParagraphLabel]) -> dict[str, float]:
    """Share of the labelled paragraphs' characters under each label."""
    total = sum(p.end - p.start for p in labels)
    shares = dict.fromkeys(LABELS, 0.0)
    if total:
        for p in labels:
            shares[p.label] += (p.end - p.start) / total
    return shares

"""Giveaways: corpus quirks that separate the classes for reasons that are not quality.

Every training corpus carries marks of how it was collected, and a model will happily
learn them instead of the signals we care about. They are neutralised here, in one place,
before features are extracted for training or for evaluation with ``--neutralise``.
Scoring a user's article never goes through this module.

Text rules (all corpora):

- Reuters datelines ("WASHINGTON (Reuters) - ") and correction notes open 951 of ISOT's
  989 reliable texts: stripped.
- Image credits ("Featured image via ...") close 1,365 of ISOT's 1,413 unreliable texts:
  stripped.
- Runs of spaces: ISOT's fake texts and Perez-Rosas' AMT legit texts (whose commas were
  stripped upstream and left as double spaces) have far more: collapsed to one.
- FakeNewsCorpus repeats one injected site teaser in 130 texts: removed.
- Quotation marks were stripped from ISOT's fake texts upstream, like their apostrophes:
  9% of them hold one, against 86% of its Reuters texts, and 88% show the double space
  a lost mark leaves. They cannot be put back; the wording signals do not read
  quotation marks at all (quality.features.vocabulary), and ``sourcing.quotes_per_1k_words``
  is masked in ISOT (below), so this is not what the model learns.

- Lost paragraph breaks: ISOT and llmfake's crawled human texts were flattened upstream,
  gluing the last sentence of a paragraph to the next ("older.Photo"): all 1,413 ISOT
  fakes carry such glue, 1% of its Reuters texts do. In those corpora a space is put
  back (restoring the sentence boundary), and missing-space counts are masked.

- Mojibake on one side only ("Â£" in 9% of xsum_machine_news' BBC texts, "â€™" in
  ReCOVery's Natural News): repaired with ftfy in those corpora.
- Photo captions and credits on a line of their own ("Photo by ...", "REUTERS/Name",
  "Getty Images", "Enlarge this image"): removed, as are BBC's "Media playback is not
  supported on this device" and lines an outlet repeats ("Visit Business Insider's
  homepage for more stories.", RT's "Share this story!"): a short line that stands in
  three or more articles of one outlet (ReCOVery's publisher, SemEval's and
  FakeNewsCorpus' domain; the corpus where no outlet is named) is its house furniture,
  and a model would learn the outlet from it.
- The same furniture glued into a paragraph: a sentence of 3-30 words that stands inside
  a longer line in three or more articles of one named outlet ("Please sign up here.",
  "This is an opinion column.", "You may opt out at anytime."; 115 of ReCOVery's 1,298
  reliable texts and 80 of its 607 unreliable ones hold one) is removed from its line.
  Only where the corpus names outlets: in a corpus taken as one outlet, xsum_machine_news'
  generated texts share their prompt's sentences and ISOT repeats whole articles, and
  those sentences are the articles' own.

Corpus rules, where one class has paragraph breaks and the other has none:

- llmfake: human texts were crawled flat, 47% of generated texts have paragraphs;
- perez_rosas_fakenews/fakenewsamt: half the legit texts have paragraphs, no fake one;
- xsum_machine_news: no human text has a line break (upstream collapsed them), 85% of
  the generated ones do, and chat models add a title line and ``**`` headings.
  For these, line breaks are flattened to spaces in both classes, after a leading
  title line and markdown emphasis are dropped.

Feature masks, where upstream preprocessing destroyed what a feature reads (the value
is replaced by NaN, which training imputes with the median, so it carries no label):

- isot_subset: formatting.missing_space (see lost paragraph breaks), and
  sourcing.quotes_per_1k_words (see quotation marks).
- llmfake: formatting and repetition. Its human texts, reliable and fake, are crawled
  pages (forum posts, fragments, page chrome repeated), so casing, glued punctuation and
  repeated n-grams there measure the crawler, not the writer, while its generated texts
  are clean by construction. Unmasked, these features point the wrong way on it
  (e.g. lower-case sentence starts: ROC-AUC 0.42).
- llmfake/coaid was lower-cased and stripped of commas: formatting, sourcing, and the
  sentence openers filler reads ("This ..." cannot be told from "this ...").
- perez_rosas_fakenews/fakenewsamt lost its commas (in the legit texts only):
  formatting.missing_space, and named attributions with the vague share built on them
  (an apposition, "Jones, the host, said", needs its commas). Quotes, dates and figures
  do not, and stay.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from quality.sentences import split_sentences

REUTERS_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z .,'/&-]{0,80})?\(Reuters\)\s*-\s*")
CORRECTION_NOTE = re.compile(r"^\s*\((?:Corrects|Updates|Refiles|Adds|Fixes)[^)]{0,300}\)\s*")
IMAGE_CREDIT = re.compile(
    r"(?:\s*(?:Featured image|Photo|Image|Images|Top image|Header image|Photo credit|Image credit)"
    r"s?\s*(?:via|by|from|credit|courtesy of|:)[^\n]{0,200})+\s*$",
    re.IGNORECASE,
)
FNC_TEASER = re.compile(r"Headline: Bitcoin & Blockchain Searches Exceed Trump![^\n]*")
SPACE_RUNS = re.compile(r"[ \t\u00a0]{2,}")
GLUED_SENTENCES = re.compile(r"(?<=[a-z][.!?])(?=[A-Z][a-z])|(?<=[a-z][.!?][\"”])(?=[A-Z][a-z])")
LINE_BREAKS = re.compile(r"\s*\n\s*")
CAPTION_LINE = re.compile(
    r"^[^\n]*(?:\bPhoto (?:by|credit|courtesy)\b|\b(?:Getty Images|AP Photo|File Photo)\b|"
    r"\bREUTERS/|Enlarge this image|\bImage (?:by|credit|source|via)\b|^(?:Photo|Image):)[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: A caption line is at most this many words; longer lines are prose that names a credit.
CAPTION_MAX_WORDS = 25
MEDIA_PLAYBACK = re.compile(
    r"Media playback is (?:not supported|unsupported) on (?:this|your) device\.?\s*"
)
MARKDOWN_EMPHASIS = re.compile(r"\*\*|^#{1,6}\s+", re.MULTILINE)
#: A first line this short with no closing punctuation is a title, not the article.
TITLE_MAX_WORDS = 15
#: Outlet furniture: lines of at most this many words found in at least OUTLET_MIN_ARTICLES
#: articles of one outlet.
OUTLET_LINE_MAX_WORDS = 30
OUTLET_MIN_ARTICLES = 3
#: Glued outlet furniture: sentences of at least this many words (a two-word sentence,
#: "He said.", recurs by chance).
OUTLET_SENTENCE_MIN_WORDS = 3

#: Corpora (or corpus/subset) whose paragraph breaks differ by class.
FLATTEN = {"llmfake", "perez_rosas_fakenews/fakenewsamt", "xsum_machine_news"}
#: Corpora with mojibake on one side only (their MANIFESTs).
FIX_ENCODING = {"xsum_machine_news", "recovery_covid_news"}
#: Corpora where a leading title line and markdown emphasis come from one class only.
DROP_TITLE = {"xsum_machine_news"}
#: Corpora whose paragraph breaks were lost upstream, gluing sentences together.
UNGLUE = {"isot_subset", "llmfake"}
#: Feature-name prefixes masked per corpus (or corpus/subset).
MASKS: dict[str, tuple[str, ...]] = {
    "isot_subset": ("formatting.missing_space", "sourcing.quotes_per_1k_words"),
    "llmfake": ("formatting.", "repetition."),
    "llmfake/coaid": ("formatting.", "sourcing.", "filler.demonstrative_openers"),
    "perez_rosas_fakenews/fakenewsamt": (
        "formatting.missing_space",
        "sourcing.named",
        "sourcing.vague_share",
    ),
}


def excluded(corpus: str, meta: Mapping[str, Any] | None) -> bool:
    """Rows to leave out of training: ISOT's Reuters "Trump on Twitter" tweet dumps and
    "Factbox" lists are not articles (its MANIFEST suggests dropping them)."""
    title = str((meta or {}).get("title") or "")
    return corpus == "isot_subset" and title.startswith(("Trump on Twitter", "Factbox"))


def corpus_keys(corpus: str, meta: Mapping[str, Any] | None) -> tuple[str, ...]:
    """The keys a record matches: its corpus, and corpus/subset where it has one."""
    meta = meta or {}
    subset = meta.get("dataset") or meta.get("subset")
    return (corpus, f"{corpus}/{subset}") if subset else (corpus,)


def neutralise(text: str, corpus: str = "", meta: Mapping[str, Any] | None = None) -> str:
    """The text with known giveaways removed (see the module docstring)."""
    keys = corpus_keys(corpus, meta)
    if any(key in FIX_ENCODING for key in keys):
        import ftfy

        text = ftfy.fix_text(text, normalization=None)
    text = CORRECTION_NOTE.sub("", text, count=1)
    text = REUTERS_DATELINE.sub("", text, count=1)
    text = IMAGE_CREDIT.sub("", text)
    text = FNC_TEASER.sub("", text)
    text = MEDIA_PLAYBACK.sub("", text)
    text = CAPTION_LINE.sub(_drop_short_line, text)
    text = SPACE_RUNS.sub(" ", text)
    if any(key in DROP_TITLE for key in keys):
        text = _drop_title_line(MARKDOWN_EMPHASIS.sub("", text.strip()))
    if any(key in UNGLUE for key in keys):
        text = GLUED_SENTENCES.sub(" ", text)
    if any(key in FLATTEN for key in keys):
        text = LINE_BREAKS.sub(" ", text)
    return text.strip()


def _drop_short_line(match: re.Match) -> str:
    line = match.group(0)
    return "" if len(line.split()) <= CAPTION_MAX_WORDS else line


def _drop_title_line(text: str) -> str:
    first, sep, rest = text.partition("\n")
    if sep and rest.strip() and len(first.split()) <= TITLE_MAX_WORDS:
        if not first.rstrip().endswith((".", "!", "?", '"', "”")):
            return rest
    return text


def outlet(corpus: str, meta: Mapping[str, Any] | None) -> str:
    """The outlet a record comes from where its corpus names one, else the corpus."""
    meta = meta or {}
    for key in ("publisher", "domain"):
        if meta.get(key):
            return f"{corpus}:{meta[key]}"
    return corpus


def _line_key(line: str) -> str:
    return " ".join(line.split()).lower()


def outlet_furniture(texts, outlets) -> dict[str, set[str]]:
    """Per outlet, the short lines (normalised) that recur in OUTLET_MIN_ARTICLES or more
    of its articles."""
    return _recurring(
        (
            where,
            {_line_key(line) for line in text.splitlines() if 0 < len(line.split()) <= OUTLET_LINE_MAX_WORDS},
        )
        for text, where in zip(texts, outlets)
    )


def _recurring(keyed) -> dict[str, set[str]]:
    """Per outlet, the keys found in OUTLET_MIN_ARTICLES or more of its articles;
    ``keyed`` yields (outlet, the set of one article's keys)."""
    seen: dict[str, Counter] = {}
    for where, keys in keyed:
        seen.setdefault(where, Counter()).update(keys)
    return {where: {k for k, n in counts.items() if n >= OUTLET_MIN_ARTICLES} for where, counts in seen.items()}


def _without_lines(text: str, drop: set[str]) -> str:
    if not drop:
        return text
    return "\n".join(line for line in text.split("\n") if _line_key(line) not in drop)


def _glued_sentences(line: str) -> list[str]:
    """The sentences of a line that holds two or more (quality.sentences' boundaries)."""
    spans = split_sentences(line)
    return [line[a:b] for a, b in spans] if len(spans) > 1 else []


def outlet_sentences(texts, outlets) -> dict[str, set[str]]:
    """Per named outlet (see outlet()), the sentences of OUTLET_SENTENCE_MIN_WORDS to
    OUTLET_LINE_MAX_WORDS words (normalised) that stand inside a longer line in
    OUTLET_MIN_ARTICLES or more of its articles. Outlets that are a whole corpus are left
    out (module docstring)."""
    return _recurring(
        (
            where,
            {
                _line_key(sentence)
                for line in text.splitlines()
                for sentence in _glued_sentences(line)
                if OUTLET_SENTENCE_MIN_WORDS <= len(sentence.split()) <= OUTLET_LINE_MAX_WORDS
            },
        )
        for text, where in zip(texts, outlets)
        if ":" in where
    )


def _without_sentences(text: str, drop: set[str]) -> str:
    if not drop:
        return text
    lines = []
    for line in text.split("\n"):
        sentences = _glued_sentences(line)
        if any(_line_key(s) in drop for s in sentences):
            line = " ".join(s for s in sentences if _line_key(s) not in drop)
        lines.append(line)
    return "\n".join(lines)


def neutralise_frame(data):
    """A labeled DataFrame (quality.labels.read_labeled) without its excluded rows and with
    every text neutralised, outlet furniture included; the input is left as it was."""
    keep = [not excluded(c, m) for c, m in zip(data["corpus"], data["meta"])]
    data = data[keep].copy()
    outlets = [outlet(c, m) for c, m in zip(data["corpus"], data["meta"])]
    furniture = outlet_furniture(data["text"], outlets)
    texts = [_without_lines(t, furniture.get(o, set())) for t, o in zip(data["text"], outlets)]
    glued = outlet_sentences(texts, outlets)
    data["text"] = [
        neutralise(_without_sentences(t, glued.get(o, set())), c, m)
        for t, c, m, o in zip(texts, data["corpus"], data["meta"], outlets)
    ]
    return data


def masked_features(corpus: str, meta: Mapping[str, Any] | None, names: list[str]) -> list[str]:
    """The feature names whose values must not be learned from this record."""
    prefixes = tuple(p for key in corpus_keys(corpus, meta) for p in MASKS.get(key, ()))
    return [n for n in names if n.startswith(prefixes)] if prefixes else []

"""Filler: sections and sentences that fill space without saying anything.

Generated and spun articles end with "Wrapping Up" or "Recommendations for ..." sections,
pad paragraphs with stock phrases ("it is important to note", "only time will tell"),
open sentence after sentence with a bare "This" or "These" that points back at the last
claim instead of adding a new one ("This highlights ..."), and chop thin content into
headings and bullet lists. We count generic headings and stock
phrases, measure heading and list density, and the share of the text in paragraphs that
``quality.paragraphs`` labels filler.
"""

from __future__ import annotations

import re

from quality.document import Document
from quality.features.base import Extractor, Measurement, MeasurementBuilder, Spec, safe_div
from quality.lexicons import find_phrases
from quality.paragraphs import label_paragraphs, label_shares
from quality.sentences import linking_opener_end

# "This highlights", "These are": a sentence that opens on a demonstrative pronoun. The
# word after it (group 3) and the one after that (group 4) decide pronoun or determiner.
_AFTER_DEMONSTRATIVE = r"(?:(,)|\s+([^\W\d_][\w’'-]*)(?:\s+([^\W\d_][\w’']*))?)"
_DEMONSTRATIVE_OPENER = re.compile(r"(This|These)" + _AFTER_DEMONSTRATIVE)
# ... and after a vague attribution that opens the sentence ("Experts say this is")
_FRAMED_DEMONSTRATIVE = re.compile(r"(this|these)" + _AFTER_DEMONSTRATIVE)
# What follows a bare demonstrative used as a subject: a verb. "This year's", "This
# week", "These figures" are determiners before a noun and say something new.
_VERBS_AFTER = frozenset(
    "is was are were has have had will would could can may might should must does did do "
    "shall not also only alone just in turn remains remain means mean shows show include "
    "includes highlight highlights underscore underscores suggest suggests reflect "
    "reflects indicate indicates demonstrate demonstrates represent represents illustrate "
    "illustrates underline underlines raise raises signal signals mark marks comes come "
    "makes make allows allow provides provide reveals reveal seems seem appears appear "
    "helps help led prompted sparked raised made meant showed came became".split()
)
# The finite auxiliaries and copulas: right after the word that follows "This", they say
# that word was the subject noun ("This family has", "This July was", "This speed is").
_AUXILIARIES = frozenset(
    "is was are were has have had will would could can may might should must does did "
    "shall".split()
)
# Singular nouns ending in -s: after "This" they are not a verb ("This crisis").
_NOUN_ENDINGS = ("ss", "us", "is", "as", "ics", "news", "series", "species", "ous")
#: Nouns ending in -ly that a suffix rule would take for an adverb (also read by
#: quality.features.vocabulary); the -ly nouns are a small closed class.
# Nouns ending in -ed that a suffix rule would take for a past tense: -eed words are nouns (seed, speed, need) but
# for the rare past tense of a verb in -ee ("freed").
LY_NOUNS = frozenset(
    "family supply rally ally assembly anomaly monopoly reply belly jelly folly bully lily "
    "fly butterfly holly homily melancholy".split()
)


def _verb_after(word: str, following: str | None, plural: bool) -> bool:
    """Whether ``word`` after "This"/"These" reads as the verb of a pronoun subject (or
    an adverb before one), given the word after it, ``following`` (None at a sentence's
    end). Without a part-of-speech tagger this goes by spelling: a known verb; else a
    word in -ed, -ly or (after a singular "This") -s, unless the word is capitalised
    (a name: "This July"), hyphenated (a modifier: "This Brussels-funded study"), one of
    the -ly or -eed nouns, or followed by an auxiliary ("This family has")."""
    lower = word.lower()
    if lower in _VERBS_AFTER:
        return True
    if word[0].isupper() or "-" in word:
        return False
    if following is not None and following.lower() in _AUXILIARIES:
        return False
    if lower.endswith("ly"):
        return lower not in LY_NOUNS
    if lower.endswith("ed"):
        # -eed: seed, speed, need; 4 letters or fewer: bed, shed, sled, red
        return not lower.endswith("eed") and len(lower) > 4
    # "This highlights", "This means": a third-person verb; a noun after a singular
    # "This" does not end in -s unless it is one of the -s nouns
    return (
        not plural
        and lower.endswith("s")
        and "’" not in lower
        and "'" not in lower
        and not lower.endswith(_NOUN_ENDINGS)
    )


def demonstrative_openers(doc: Document) -> list[tuple[int, int]]:
    """Sentences opening on a bare "This"/"These" used as a pronoun subject ("This is",
    "This highlights", "These are", "This, in turn,"): the span of the demonstrative.
    Not inside a quotation: a source's "This is something everyone understands" is
    how people speak, not the writer's filler (one cost a Reuters report 11 points).

    So do sentences that open on a vague attribution the demonstrative follows
    ("Experts say this highlights ...", "Analysts suggest that these are ...";
    quality.features.sourcing's vague attributions): the frame adds no source, and
    written before each "This ..." it raised an article 9 points (a tester's find)."""
    text = doc.text
    spans = []
    framed = None  # the vague attributions' ends by their starts, read at the first need
    may_frame = bool(doc.word_counts.keys() & _FRAMED_DEMONSTRATIVES)  # a lower-case "this"
    for start, _ in doc.sentences:
        m = _DEMONSTRATIVE_OPENER.match(text, start)
        if m is None and may_frame and (after := linking_opener_end(text, start)) is not None:
            # after a linking adverb and its comma ("Moreover, this shows ..."): typed
            # before every paragraph, it hid the "This" openers (a tester's find)
            m = _FRAMED_DEMONSTRATIVE.match(text, after)
        if m is None and may_frame and text[start].isupper():
            if framed is None:
                from quality.features.sourcing import (
                    vague_spans,  # sourcing imports this module's kin
                )

                framed = {a: b for a, b in vague_spans(doc)}
            if start in framed:
                m = _FRAMED_DEMONSTRATIVE.match(text, _AFTER_FRAME.match(text, framed[start]).end())
        if (
            m
            and (m.group(2) or _verb_after(m.group(3), m.group(4), m.group(1).lower() == "these"))
            and not doc.in_quotation(*m.span(1))
        ):
            spans.append(m.span(1))
    return spans


# between a vague attribution and the clause it frames: "that", or nothing
_AFTER_FRAME = re.compile(r"\s*(?:that\s+)?")
_FRAMED_DEMONSTRATIVES = frozenset({"this", "these"})


class Filler(Extractor):
    name = "filler"
    specs = (
        Spec(
            "filler.generic_headings",
            "headings",
            "Generic headings ('Wrapping Up', 'Key Takeaways', 'Recommendations for ...').",
        ),
        Spec(
            "filler.stock_phrases_per_1k_words",
            "per 1,000 words",
            "Stock phrases ('it is important to note', 'remains to be seen') per 1,000 words.",
        ),
        Spec(
            "filler.demonstrative_openers_frac",
            "fraction of sentences",
            "Sentences opening with a bare 'This' or 'These' as the subject ('This "
            "highlights ...'; not 'This week').",
        ),
        Spec(
            "filler.filler_char_frac",
            "fraction of characters",
            "Share of the measured paragraphs' characters labelled filler (page chrome, read as blank, aside).",
        ),
        # Reported, not modelled: heading density mostly tells which corpora kept their
        # line breaks (FakeNewsCorpus did, ISOT and llmfake's human texts did not).
        Spec(
            "filler.headings_per_1k_words",
            "per 1,000 words",
            "Headings per 1,000 words.",
            in_model=False,
        ),
        Spec(
            "filler.list_item_frac",
            "fraction of paragraphs",
            "Share of paragraphs that are bullet or numbered list items.",
        ),
    )

    def extract(self, doc: Document) -> list[Measurement]:
        out = MeasurementBuilder(self, doc)
        labels = label_paragraphs(doc)
        generic = [(p.start, p.end) for p in labels if p.kind == "heading" and p.label == "filler"]
        out.add("generic_headings", len(generic), generic)
        # the writer's stock phrases: a quoted source's "It is clear that" is theirs
        stock, n_stock = doc.writers_count(find_phrases(doc, "stock_phrases"))
        out.add("stock_phrases_per_1k_words", doc.per_1k_words(n_stock), stock)
        openers = demonstrative_openers(doc)
        out.add("demonstrative_openers_frac", safe_div(len(openers), len(doc.sentences)), openers)
        filler = [(p.start, p.end) for p in labels if p.label == "filler"]
        out.add("filler_char_frac", label_shares(doc)["filler"], filler)
        headings = [(p.start, p.end) for p in doc.paragraphs if p.kind == "heading"]
        out.add("headings_per_1k_words", doc.per_1k_words(len(headings)), headings)
        items = [(p.start, p.end) for p in doc.paragraphs if p.kind == "list_item"]
        out.add("list_item_frac", safe_div(len(items), len(doc.paragraphs)), items)
        return out.build()

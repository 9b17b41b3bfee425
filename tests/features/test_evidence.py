"""Evidence is what was counted: every span of every measurement is whole words (or
whole marks, sentences, lines), never a half-word like "T[his" or a fixed window."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quality import extract_features
from quality.document import COMBINING_MARKS, WORD_RE, Document

# News sentences, abbreviations, openers, spinner debris and odd Unicode, glued at random.
PIECES = st.sampled_from(
    [
        "The ministry said on Tuesday. ",
        "This is new. ",
        "This week the council met. ",
        "these are odd. ",
        "this highlights it ",
        "Shippers warned of delays. ",
        "Northwind Corp. said ",
        "Paul Brennan Jr., said ",
        "at 9 a.m., ",
        "the U.S., ",
        "Room B. ",
        "No. 5 ",
        "the answer was no. ",
        '"We will cut costs ... by 7 percent," Senator Ode said. ',
        "“Great.” she said. ",
        "It may rise 3.5 percent, analysts suggest. ",
        "İstanbul ",
        "Straße ",
        "cafe\u0301 ",
        "Quarterly Results Fall\n\n",
        "## Background\n",
        "  # Quarterly Results\n\n",
        "| A | B |\n|---|---|\n| 1 | 2 |\n\n",
        "Wrapping Up\n",
        "totally ",
        "collaboration,with ",
        "BelarusS ",
        "It is important to note that ",
        "!!! ",
        ",, ",
        "\n\n",
        "- item\n",
        "…",
        "word ",
    ]
)
TEXTS = st.lists(PIECES, min_size=1, max_size=40).map("".join)

# Evidence that may sit inside a word: mojibake ("Itâ€™s") and control characters are
# found wherever they are.
INSIDE_WORDS = {"formatting.encoding_errors_per_1k_words"}


_MARK = re.compile(f"[{COMBINING_MARKS}]")


def in_word(ch: str) -> bool:
    """A letter, a digit or a combining mark the words keep (which belongs to the letter
    before it). An underscore joins nothing here: the extractors' word starts
    (``starts_word``) treat it as a separator ("file_2020" has the number 2020)."""
    return ch.isalnum() or bool(_MARK.fullmatch(ch))


def check(text: str) -> None:
    doc = Document(text)
    sentences = {tuple(s) for s in doc.sentences}
    features = extract_features(doc)
    for m in features.values():
        for e in m.evidence:
            assert text[e.start : e.end] == e.text
            if m.name in INSIDE_WORDS:
                continue
            assert e.start < e.end and e.text == e.text.strip(), (m.name, e.text)
            # starts and ends on a word boundary: no word is cut in two
            cut_start = e.start > 0 and in_word(text[e.start - 1]) and in_word(text[e.start])
            cut_end = e.end < len(text) and in_word(text[e.end - 1]) and in_word(text[e.end])
            assert not cut_start and not cut_end, (m.name, e.text, text)
    # what was counted: a lower-case start is the first word of a counted sentence, a
    # hedged sentence is a sentence
    lower = features["formatting.lowercase_start_frac"].evidence
    assert all(any(s[0] == e.start for s in sentences) for e in lower)
    assert all(WORD_RE.fullmatch(e.text) for e in lower)
    hedged = features["hedging.hedged_sentence_frac"].evidence
    assert all((e.start, e.end) in sentences for e in hedged)
    openers = features["filler.demonstrative_openers_frac"].evidence
    assert all(e.text in ("This", "These") and e.start in doc.sentence_starts for e in openers)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_evidence_spans_are_whole_words_and_what_was_counted(text):
    check(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
@example("ⓐ")  # lower case to str.islower() but a symbol (So), not a letter
def test_evidence_spans_are_whole_words_in_any_text(text):
    check(text)

"""The one-pass phrase finder finds exactly what the reference regexes find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quality.document import Document
from quality.lexicons import SCANNED, compile_lexicon, find_phrases, load


def reference(text: str, name: str) -> list[tuple[int, int]]:
    return [m.span() for m in compile_lexicon(name).finditer(text)]


# Pieces that make phrases, near-phrases and the boundaries around them: whole phrases,
# their words alone, joiners, white space of every kind, capitals and non-ASCII.
_PHRASES = sorted({p for name in SCANNED for p in load(name)})[:400]
_WORDS = sorted({w for p in _PHRASES for w in p.split()})
_PIECES = st.one_of(
    st.sampled_from(_PHRASES),
    st.sampled_from(_PHRASES).map(str.upper),
    st.sampled_from(_WORDS),
    st.sampled_from([" ", "  ", "\n", "\n\n", "\t", " \u00a0", "-", "'", "’", "_", ".", ",", "x"]),
    st.sampled_from(["É", "ß", "ǅ", "5", "un", "ly", "s"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_matches_reference_regexes(text):
    doc = Document(text)
    for name in SCANNED:
        assert find_phrases(doc, name) == reference(text, name), name


@pytest.mark.parametrize(
    "text",
    [
        "Experts  could\n\npotentially say it may well be, it is widely   believed.",
        "İstanbul: analysts suggest it could potentially rise",  # lower() moves offsets
        "non-experts said; experts' view; it is important to note-worthy",
    ],
)
def test_examples_match_reference(text):
    doc = Document(text)
    for name in SCANNED:
        assert find_phrases(doc, name) == reference(text, name), name


def test_lexicon_outside_the_shared_pass():
    text = "Wrapping Up: in conclusion, overall it was fine."
    assert find_phrases(Document(text), "filler_openers") == reference(text, "filler_openers")


@pytest.mark.parametrize(
    "text, found",
    [
        # a single quotation mark is no part of the word it encloses
        ("The plan is ‘possibly’ dead.", ["possibly"]),
        ("The plan is 'possibly' dead.", ["possibly"]),
        # an apostrophe between letters is
        ("May's plan and Mayweather's fight.", []),
    ],
)
def test_a_phrase_in_single_quotation_marks_is_found(text, found):
    doc = Document(text)
    assert [text[a:b] for a, b in find_phrases(doc, "hedges")] == found
    pattern = compile_lexicon("hedges")
    assert [m.group() for m in pattern.finditer(text)] == found

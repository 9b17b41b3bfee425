"""Every extractor is total: any string gives finite numbers, exact evidence, no exception."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quality import extract_features
from quality.features import FEATURE_NAMES

# Fragments of news and of spinner debris, glued in random order.
NEWSY = st.lists(
    st.sampled_from(
        list("abcXYZ .,;:!?\n|-*#’'\"“”()[]0123456789")
        + [
            "may ",
            "could ",
            "Analysts said ",
            "Wrapping Up\n",
            "---|---|\n",
            "BelarusS ",
            "é",
            "\u0130",
            "\x00",
            "Mr. ",
            "“Quote here,” ",
            "- item\n",
            "## Head\n",
            "= ",  # symbols between spaces: tokens that hold no word
            "\u2605 ",
        ]
    ),
    max_size=120,
).map("".join)


def check(text: str) -> None:
    features = extract_features(text)
    assert tuple(features) == FEATURE_NAMES
    for m in features.values():
        assert math.isfinite(m.value), (m.name, m.value)
        for ev in m.evidence:
            assert text[ev.start : ev.end] == ev.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode_text(text):
    check(text)


@settings(max_examples=150, deadline=None)
@given(NEWSY)
def test_newsy_fragments(text):
    check(text)


def test_edge_cases():
    for text in [
        "",
        " ",
        "\n\n\n",
        "word",
        "!!!???...",
        "\x00\x01\x02binary\xff",
        "Это статья на русском языке. Она может быть полезной.",
        "这是一篇中文文章。",
        "|" * 1000,
        "-" * 5000,
        "a" * 100_000,
        # sentences of eight or more tokens without a word in them
        "Talks ended.\n\n= = = = = = = =\n\nThe next round is on Nov. 4, Ana Reyes said.",
        "\u2014 \u2014 \u2014 \u2014 \u2014 \u2014 \u2014 \u2014 \u2014",
        ". . . . . . . . . .",
        "\u2605 \u2605 \u2605 \u2605 \u2605 \u2605 \u2605 \u2605. Great.",
    ]:
        check(text)


def test_two_megabytes():
    paragraph = ("The council may approve the plan, analysts suggest. " * 20 + "\n") * 2000
    assert len(paragraph) > 2_000_000
    check(paragraph)

"""The seed articles: every signal fires, with evidence that points at the real text."""

from __future__ import annotations

import pytest

from quality import extract_features
from quality.features.webstats import verdicts

SIGNALS = ("hedging.", "sourcing.vague", "repetition.", "filler.")


@pytest.mark.parametrize("seed", ["seed_000", "seed_004"])
def test_every_signal_fires_with_evidence(seed, request):
    text = request.getfixturevalue(seed)
    features = extract_features(text)
    for prefix in SIGNALS:
        with_evidence = [
            m for n, m in features.items() if n.startswith(prefix) and m.value > 0 and m.evidence
        ]
        assert with_evidence, f"no {prefix} measurement with evidence"
        for m in with_evidence:
            for ev in m.evidence:
                assert text[ev.start : ev.end] == ev.text


def test_seed_004_formatting_artifacts(seed_004):
    features = extract_features(seed_004)
    found = {e.text for n, m in features.items() if n.startswith("formatting.") for e in m.evidence}
    assert {"BelarusS", "collaboration,with", "Feature | Details |", "---|---|"} <= found


def test_todays_web_filters_keep_both_seeds(seed_texts):
    for name, text in seed_texts.items():
        values = {n: m.value for n, m in extract_features(text).items()}
        assert verdicts(values) == {
            "gopher_quality": [],
            "gopher_repetition": [],
            "c4": [],
            "fineweb": [],
        }, name

"""evaluation/loco_ceiling.py: the unconstrained TF-IDF classifiers, leave one corpus out."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import evaluation_script, labeled_corpus

ROOT = Path(__file__).resolve().parent.parent




def _corpus(folder: Path) -> Path:
    # reliable and unreliable texts share one topic per corpus and differ in wording
    # that both corpora use, so a model trained on one ranks the other perfectly
    return labeled_corpus(
        folder,
        "The {topic} council approved budget item {i} after a public hearing, the clerk said.",
        "Shocking miracle {topic} secret number {i} that they never want you to know about!",
    )


def test_each_corpus_is_held_out_and_ranked(tmp_path, capsys):
    files = [_corpus(tmp_path / "harbour"), _corpus(tmp_path / "railway")]
    assert evaluation_script("loco_ceiling").main([str(f) for f in files] + ["--models", "word,char"]) == 0
    out = capsys.readouterr().out
    assert "100 articles from 2 corpora" in out
    for model in ("word", "char"):
        line = next(row for row in out.splitlines() if row.startswith(f"{model} (C = 4)"))
        assert "mean 1.000" in line and "harbour 1.000" in line and "railway 1.000" in line


def test_unknown_model_is_a_usage_error(tmp_path, capsys):
    files = [_corpus(tmp_path / "harbour")]
    with pytest.raises(SystemExit) as raised:
        evaluation_script("loco_ceiling").main([str(files[0]), "--models", "bert"])
    assert raised.value.code == 2
    assert "unknown model(s) bert" in capsys.readouterr().err


def test_a_corpus_short_of_either_label_is_trained_on_never_held_out(tmp_path):
    module = evaluation_script("loco_ceiling")
    import numpy as np

    texts = np.array([f"council budget item {i}" if i % 2 else f"shocking miracle secret {i}" for i in range(70)])
    y = np.array([i % 2 == 0 for i in range(70)], dtype=int)
    # "small" has 5 of each label (under MIN_PER_CLASS): it is never a held-out corpus
    corpus = np.array(["big"] * 60 + ["small"] * 10)
    words = np.full(70, 4)
    result = module.leave_one_corpus_out(texts, y, corpus, words, module.MODELS["word"], 4.0)
    assert list(result) == ["big"]
    assert result["big"][0] == 1.0  # trained on "small" alone, the wording still ranks "big"

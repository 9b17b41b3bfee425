"""evaluation/wording_loco.py: each wording signal alone, leave one corpus out."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from conftest import evaluation_script, labeled_corpus


def _corpus(folder: Path) -> Path:
    # the two labels differ in how they are written, in phrasing both corpora share
    return labeled_corpus(
        folder,
        "The {topic} council approved the budget of {i} million after a public hearing.",
        "It is truly shocking what they are hiding from you about {topic} number {i}!",
    )


def test_each_corpus_is_held_out_and_ranked_for_each_setting(tmp_path, capsys):
    files = [_corpus(tmp_path / "harbour"), _corpus(tmp_path / "railway")]
    args = [str(f) for f in files] + ["--signal", "vocabulary", "--C", "1", "3", "--max-gram", "0", "0.05", "--jobs", "1"]
    assert evaluation_script("wording_loco").main(args) == 0
    out = capsys.readouterr().out
    assert "100 articles from 2 corpora" in out
    parts = {}
    for C in ("1", "3"):
        for limit in ("0", "0.05"):
            head = f"vocabulary (C = {C}, n-gram limit {limit}, trim 0, l2 rows, hedges not read)"
            line = next(row for row in out.splitlines() if row.startswith(head))
            assert "mean 1.000" in line and "harbour 1.000" in line and "railway 1.000" in line
            assert "in held-out standard deviations: " in line
            parts[C, limit] = float(line.split("largest one-token part ")[1].split()[0])
    # the limit holds each token's part down: at most one limit for each n-gram that
    # reads it (one 1-gram, two 2-grams and three 3-grams)
    assert all(parts[C, "0.05"] <= 6 * 0.05 + 1e-9 for C in ("1", "3"))
    assert parts["3", "0"] > parts["3", "0.05"]


def test_each_norm_asked_for_is_run(tmp_path, capsys):
    files = [_corpus(tmp_path / "harbour"), _corpus(tmp_path / "railway")]
    args = [str(f) for f in files] + ["--signal", "vocabulary", "--norm", "l1", "l2", "--jobs", "1"]
    assert evaluation_script("wording_loco").main(args) == 0
    rows = [row for row in capsys.readouterr().out.splitlines() if row.startswith("vocabulary (")]
    assert [", l1 rows," in rows[0], ", l2 rows," in rows[1]] == [True, True]
    assert all("harbour 1.000" in row and "railway 1.000" in row for row in rows)


def test_the_hedge_ablation_reads_hedges_and_the_rule_does_not():
    module = evaluation_script("wording_loco")
    from quality.features import vocabulary

    texts = np.array(["Prices could potentially rise.", "Prices rose."] * 40, dtype=object)
    y = np.array([1, 0] * 40)
    corpus = np.array(["a"] * 40 + ["b"] * 40)  # 20 of each label in each
    words = np.full(80, 3)
    blind = module.held_out_aucs(vocabulary.NAME, {"min_df": 1}, False, texts, y, corpus, words)
    read = module.held_out_aucs(vocabulary.NAME, {"min_df": 1}, True, texts, y, corpus, words)
    assert blind["a"][0] == 0.5  # not read, the two texts are one: "<ws> <w> ."
    assert read["a"][0] == 1.0  # read, "could <wly>" tells the labels apart
    # the ablation is undone when the run returns
    assert [t for t, _, _ in vocabulary.masked_tokens("Prices could rise.")] == ["<ws>", "<w>", "."]


def test_by_paragraph_rates_each_text_by_its_paragraphs_and_reports_the_padding(tmp_path, capsys):
    module = evaluation_script("wording_loco")
    files = [_corpus(tmp_path / "harbour"), _corpus(tmp_path / "railway")]
    args = [str(f) for f in files] + ["--signal", "vocabulary", "--by-paragraph", "--jobs", "1"]
    assert module.main(args) == 0
    line = next(row for row in capsys.readouterr().out.splitlines() if row.startswith("vocabulary ("))
    assert "harbour 1.000" in line and "padding gains, paragraphs' median (whole text): harbour" in line
    # the padding goes in as a paragraph of its own, after the third
    assert module.padded("A.\n\nB.\n\nC.\n\nD.").split("\n\n") == ["A.", "B.", "C.", module.PADDING, "D."]


class _Model:
    """A stand-in with log_odds: one per text, its word count."""

    def log_odds(self, texts):
        return np.array([float(len(t.split())) for t in texts])


def test_the_paragraph_median_is_taken_over_paragraphs_of_twenty_words_or_more():
    module = evaluation_script("wording_loco")
    long_a, long_b, long_c = ("w " * 20).strip(), ("w " * 30).strip(), ("w " * 40).strip()
    assert module.paragraph_median(_Model(), f"Title\n\n{long_a}\n\n{long_b}\n\n{long_c}") == 30.0
    assert module.paragraph_median(_Model(), "A short text.") == 3.0  # none that long: the whole


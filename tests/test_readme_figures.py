"""evaluation/readme_figures.py: the README's figure tables come from the card and reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import evaluation_script

ROOT = Path(__file__).resolve().parent.parent




figures = evaluation_script("readme_figures")


def test_readme_tables_match_the_shipped_card():
    # a retrained model whose figures did not reach the README fails here
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    built = figures.tables(ROOT / "models" / "reliability.card.json", None, None)
    assert set(built) == {"seeds", "loco", "accuracy", "standing", "signals", "adopt", "weighted"}
    assert figures.stale(readme, built) == []


def test_standing_says_met_only_when_every_bar_is_met():
    card = json.loads((ROOT / "models" / "reliability.card.json").read_text(encoding="utf-8"))
    text = figures.standing(card)
    assert "not there" in text and "ahead of TF-IDF on" in text
    for corpus in figures.HELD_OUT:
        for model in figures.MODELS:
            card["leave_one_corpus_out"][corpus][model]["roc_auc"] = 0.9 if model == "ours" else 0.6
    card["leave_one_corpus_out_mean_roc_auc"]["ours"] = 0.9
    card["leave_one_corpus_out_mean_length_matched_roc_auc"]["ours"] = 0.85
    met = figures.standing(card)
    assert "issue: met" in met and "ahead of word count on all six" in met


def test_every_model_feature_has_a_row_in_the_signals_table():
    card = json.loads((ROOT / "models" / "reliability.card.json").read_text(encoding="utf-8"))
    table = figures.signals_table(card)
    for name in card["features"]:
        assert f"| `{name}` |" in table


def test_check_fails_on_an_edited_figure_and_write_mends_it(tmp_path, capsys):
    readme = tmp_path / "README.md"
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = figures.current_block(text, "loco")
    edited = block.replace("**mean of the six** | **", "**mean of the six** | **9")
    assert edited != block
    readme.write_text(text.replace(block, edited), encoding="utf-8")
    assert figures.main(["--check", "--readme", str(readme)]) == 1
    assert "figures:loco" in capsys.readouterr().err
    assert figures.main(["--write", "--readme", str(readme)]) == 0
    assert readme.read_text(encoding="utf-8") == text


def test_a_missing_block_is_stale_and_cannot_be_written(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# no tables here\n", encoding="utf-8")
    assert figures.main(["--check", "--readme", str(readme)]) == 1
    with pytest.raises(ValueError, match="figures:seeds"):
        figures.main(["--write", "--readme", str(readme)])


def test_report_tables_are_written_from_their_json(tmp_path):
    def row(kind, mean):
        return {"kind": kind, "n": 2, "mean_change": mean, "p10_change": 0.0, "p90_change": 6.01,
                "labels_changed": 0.05}

    edits = {
        "weekdays and 'said' added": row("gaming", 2.54),
        "weekdays and 'said' in every other sentence": row("gaming", 6.0),
        "invented quotations added": row("gaming", 2.8),
        "heavy hedging": row("degrading", -10.6),
    }
    perturbations = {
        "drift": {
            "lower-cased": {"scorer": "case-blind", "n": 2, "mean_change": 0.7, "labels_changed": 0.035,
                            "p10_change": -3.3, "p90_change": 4.6, "largest_change": 26.2},
            "lower-cased (counted)": {"scorer": "counted", "n": 2, "mean_change": -10.2,
                                      "labels_changed": 0.196, "p10_change": -20.0,
                                      "p90_change": 0.0, "largest_change": -40.0},
        },
        "ranking": {},
    }
    (tmp_path / "e.json").write_text(json.dumps(edits), encoding="utf-8")
    (tmp_path / "p.json").write_text(json.dumps(perturbations), encoding="utf-8")
    readme = tmp_path / "README.md"
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    readme.write_text(text, encoding="utf-8")
    assert figures.main(["--write", "--readme", str(readme), "--edits", str(tmp_path / "e.json"),
                         "--perturbations", str(tmp_path / "p.json")]) == 0
    written = readme.read_text(encoding="utf-8")
    edits_block = figures.current_block(written, "edits")
    assert edits_block.splitlines()[2] == "| weekdays and 'said' added | gaming | +2.5 | - | +0.0 / +6.0 | 5.0% |"
    drift_block = figures.current_block(written, "perturbations")
    summary = figures.current_block(written, "edits_summary")
    assert summary.startswith('**The weekday/"said" edit is over its bar: +2.5 on average**')
    assert "(+6.0 sprinkled" in summary and "heavy hedging costs 10.6" in summary
    # the counted scorer's row is the prose's, not the table's
    assert drift_block.splitlines()[2:] == ["| lower-cased | +0.7 | 3.5% | -3.3 / +4.6 | +26.2 |"]
    # the card's tables are untouched
    assert figures.current_block(written, "loco") == figures.current_block(text, "loco")


def test_inline_figures_stay_on_their_line():
    # "adopt" and "weighted" stand inside a list item and a sentence: written back, a
    # figure must not break the line it is on
    card = json.loads((ROOT / "models" / "reliability.card.json").read_text(encoding="utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in figures.INLINE:
        built = figures.tables(ROOT / "models" / "reliability.card.json", None, None)[name]
        assert "\n" not in built
        rewritten = figures.replace_block(readme, name, built)
        assert rewritten.count("\n") == readme.count("\n")
    assert figures.weighted_count(card) == str(sum(1 for s in card["signals"].values() if s.get("counted")))

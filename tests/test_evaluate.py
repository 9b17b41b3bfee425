"""quality evaluate: the report's contents, and the regression gate (CI runs it here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quality.cli import main
from quality.evaluate import REPORTED_METRICS, check_floors, evaluate, update_floors, write_outputs
from quality.model import load, save

ROOT = Path(__file__).resolve().parent.parent
LABELS = [ROOT / "labels" / "seeds.jsonl", ROOT / "labels" / "team_articles.jsonl"]
SHARED = ROOT.parent / "shared" / "data"
CORPORA = ["isot_subset", "llmfake", "perez_rosas_fakenews", "fakenewscorpus_sample"]


@pytest.fixture(scope="module")
def labels_report():
    return evaluate(LABELS, n_bootstrap=50)


def test_gate_on_labels(labels_report):
    report, _ = labels_report
    assert check_floors(report, ROOT / "evaluation" / "floors_labels.json") == []


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data is not beside the project")
def test_gate_on_shared_data():
    paths = [SHARED / c / "articles.jsonl" for c in CORPORA]
    report, _ = evaluate(paths, neutralise=True, n_jobs=2, n_bootstrap=0)
    assert report["n_errors"] == 0
    assert check_floors(report, ROOT / "evaluation" / "floors_shared.json") == []


@pytest.fixture(scope="module")
def broken_model(tmp_path_factory):
    """The shipped model with its weights turned around: it ranks backwards."""
    model = load()
    clf = model.classifier
    clf_broken = type(clf).__new__(type(clf))
    clf_broken.__dict__.update(clf.__dict__)
    clf_broken.coef_ = -clf.coef_
    return save(clf_broken, tmp_path_factory.mktemp("broken") / "broken.joblib", {})


def test_gate_fails_for_a_broken_model(broken_model, capsys):
    floors = str(ROOT / "evaluation" / "floors_labels.json")
    code = main(
        [
            "evaluate",
            *map(str, LABELS),
            "--model",
            str(broken_model),
            "--check",
            floors,
            "--bootstrap",
            "0",
            "--quiet",
        ]
    )
    assert code == 1
    assert "gate: FAILED" in capsys.readouterr().err


def test_floors_are_never_lowered_silently(tmp_path, labels_report):
    report, _ = labels_report
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"epsilon": 0.01, "roc_auc": {"team_articles": 2.0}}))
    changes = update_floors(report, floors)
    assert json.loads(floors.read_text())["roc_auc"]["team_articles"] == 2.0
    assert any("kept 2.0" in c for c in changes)
    update_floors(report, floors, allow_lower=True)
    assert json.loads(floors.read_text())["roc_auc"]["team_articles"] <= 1.0


def test_report_has_every_item(labels_report, tmp_path):
    report, frame = labels_report
    o = report["overall"]
    for key in (*REPORTED_METRICS, "confusion"):
        assert key in o
    assert "roc_auc" in report["confidence_intervals"]
    assert {"corpus", "length"} <= set(report["slices"])
    assert any(k.startswith("word count alone") for k in report["baselines"])
    assert all(
        {"roc_auc_alone", "mean_points_reliable", "mean_points_unreliable"} <= set(v)
        for v in report["features"].values()
    )
    out = write_outputs(report, frame, tmp_path / "eval")
    for name in (
        "metrics.json",
        "report.html",
        "roc.png",
        "pr.png",
        "calibration.png",
        "scores.png",
        "contributions.png",
    ):
        assert (out / name).stat().st_size > 0, name
    html = (out / "report.html").read_text()
    for section in ("Overall", "Baselines", "Slices", "Features", "Most confidently wrong"):
        assert section in html


def test_slices_and_paragraphs_from_the_cli(tmp_path, capsys):
    data = tmp_path / "set.csv"
    rows = [
        json.loads(x) for x in (ROOT / "labels" / "team_articles.jsonl").read_text().splitlines()
    ]
    import pandas as pd

    pd.DataFrame(
        {
            "body": [r["text"] for r in rows],
            "verdict": [r["label"] for r in rows],
            "topic": ["a" if i % 2 else "b" for i in range(len(rows))],
        }
    ).to_csv(data, index=False)
    code = main(
        [
            "evaluate",
            str(data),
            "--text-column",
            "body",
            "--label-column",
            "verdict",
            "--slice",
            "topic",
            "--paragraphs",
            str(ROOT / "labels" / "paragraphs.jsonl"),
            "--out",
            str(tmp_path / "out"),
            "--quiet",
            "--bootstrap",
            "20",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "paragraph labels on" in out and "boilerplate" in out
    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text())
    assert set(metrics["slices"]["topic"]) == {"a", "b"}
    assert metrics["paragraphs"]["per_label"]["filler"]["recall"] is not None

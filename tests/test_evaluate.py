"""quality evaluate: the report's contents, and the regression gate (CI runs it here)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from quality.cli import main
from quality.errors import UsageError
from quality.evaluate import REPORTED_METRICS, check_floors, evaluate, update_floors, write_outputs
from quality.model import load, save

ROOT = Path(__file__).resolve().parent.parent
LABELS = [ROOT / "labels" / "seeds.jsonl", ROOT / "labels" / "team_articles.jsonl"]
SHARED = ROOT.parent / "shared" / "data"
#: The corpora the shared-data gate reads, each with the step of its fixed sample: every
#: eighth article of the two large ones, every second of Perez-Rosas, all of the
#: FakeNewsCorpus sample (193). All 7,607 took four of the suite's minutes on two cores;
#: the 1,490 kept still put over 150 articles of each class in every corpus.
CORPORA = {"isot_subset": 8, "llmfake": 8, "perez_rosas_fakenews": 2, "fakenewscorpus_sample": 1}


@pytest.fixture(scope="module")
def labels_report():
    return evaluate(LABELS, n_bootstrap=50)


def test_gate_on_labels(labels_report):
    report, _ = labels_report
    assert check_floors(report, ROOT / "evaluation" / "floors_labels.json") == []


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data is not beside the project")
def test_gate_on_shared_data(tmp_path):
    paths = []
    for corpus, step in CORPORA.items():
        lines = (SHARED / corpus / "articles.jsonl").read_bytes().splitlines(keepends=True)
        (tmp_path / corpus).mkdir()  # a corpus is named by its folder
        paths.append(tmp_path / corpus / "articles.jsonl")
        paths[-1].write_bytes(b"".join(lines[::step]))
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


def test_floors_are_never_lowered_silently(tmp_path):
    # a report's shape as evaluate makes it, its figures below the floor
    report = {"overall": {"roc_auc": 0.9}, "slices": {"corpus": {"team_articles": {"roc_auc": 0.9}}}}
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"epsilon": 0.01, "roc_auc": {"team_articles": 1.0}}))
    changes = update_floors(report, floors)
    assert json.loads(floors.read_text())["roc_auc"]["team_articles"] == 1.0
    assert any("kept 1.0" in c for c in changes)
    update_floors(report, floors, allow_lower=True)
    assert json.loads(floors.read_text())["roc_auc"]["team_articles"] == 0.9


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


def test_the_report_names_the_model_the_gate_and_the_training_corpora(tmp_path, capsys):
    # a new user's finds: metrics.json had the model's path only, the gate's outcome was
    # on the terminal only, and nothing said the labeled sets were training corpora
    from quality.model import load

    labels = [str(p) for p in LABELS]
    floors = ROOT / "evaluation" / "floors_labels.json"
    out = tmp_path / "eval"
    assert main(["evaluate", *labels, "--bootstrap", "0", "--quiet", "--out", str(out), "--check", str(floors)]) == 0
    printed = capsys.readouterr().out
    assert "the model was trained on" in printed and "these files are among them" in printed
    metrics = json.loads((out / "metrics.json").read_text())
    shipped = load()
    assert metrics["model_sha256"] == shipped.card["model_sha256"] and metrics["quality_version"]
    assert set(metrics["in_sample_corpora"]) <= set(metrics["model_training_corpora"])
    assert metrics["in_sample_corpora"]
    assert metrics["gate"] == {"floors": str(floors), "passed": True, "failures": []}
    html = (out / "report.html").read_text()
    assert "Gate passed" in html and metrics["model_sha256"] in html
    # ... and the terminal's own cut-offs, with figures as it prints them
    assert "Your own cut-off" in html and "flag reliability &lt;= " in html
    assert "<td>None</td>" not in html


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


# -- issue 15: labels, slices, neutralising, the gate, intervals, the printed report -----


def _team_rows() -> list[dict]:
    lines = (ROOT / "labels" / "team_articles.jsonl").read_text().splitlines()
    rows = [json.loads(x) for x in lines]
    for r in rows:
        if "path" in r:
            r["text"] = (ROOT / "labels" / r.pop("path")).read_text(encoding="utf-8")
    return rows


@pytest.fixture(scope="module")
def relabeled(tmp_path_factory):
    """team_articles with 0/1 labels, and with one label missing."""
    d = tmp_path_factory.mktemp("relabeled")
    rows = _team_rows()
    binary = [{**r, "label": int(r["label"] == "unreliable")} for r in rows]
    (d / "binary.jsonl").write_text("".join(json.dumps(r) + "\n" for r in binary))
    gap = [dict(r) for r in rows]
    gap[3]["label"] = None
    (d / "gap.jsonl").write_text("".join(json.dumps(r) + "\n" for r in gap))
    return d


def test_labels_are_checked_up_front_with_what_is_accepted(relabeled, capsys):
    for name, shown in (("binary.jsonl", "--label-map"), ("gap.jsonl", "1 row has none")):
        code = main(["evaluate", str(relabeled / name), "--bootstrap", "0", "--quiet"])
        err = capsys.readouterr().err
        # a usage error, like a wrong --label-map: the call must map the labels (or, for a
        # row without one, give it one: no mapping can)
        assert code == 2 and "Traceback" not in err
        assert "'reliable' or 'unreliable'" in err and shown in err


def test_rows_without_a_label_are_skipped_and_listed_when_asked(relabeled, capsys):
    # a new user's find (2026-12-06): one unlabeled row stopped the run, and the stop
    # named no flag that gets past it
    assert main(["evaluate", str(relabeled / "gap.jsonl"), "--bootstrap", "0", "--quiet"]) == 2
    assert "--skip-unlabeled" in capsys.readouterr().err
    code = main(["evaluate", str(relabeled / "gap.jsonl"), "--bootstrap", "0", "--quiet", "--skip-unlabeled"])
    out = capsys.readouterr().out
    assert code == 0
    gap_id = _team_rows()[3]["id"]
    assert f"skipped, no label: gap.jsonl: id {gap_id!r}" in out
    assert f"{len(_team_rows()) - 1} articles" in out


def test_unreadable_rows_are_skipped_and_listed(tmp_path, capsys):
    rows = _team_rows()
    lines = [json.dumps(r) for r in rows]
    lines[2:2] = ["not json", "[1, 2]"]
    src = tmp_path / "broken.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["evaluate", str(src), "--bootstrap", "0", "--quiet", "--out", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    assert f"{len(rows)} articles" in out
    assert "broken.jsonl:3: malformed JSON: " in out and "broken.jsonl:4: a JSON array" in out
    metrics = json.loads((tmp_path / "o" / "metrics.json").read_text())
    assert metrics["n_unreadable_rows"] == 2 and metrics["n_articles"] == len(rows)


def test_a_positive_label_leaves_labels_written_as_words_as_they_are(relabeled):
    # a new user's find (2026-12-07): a set labelled in words read beside one of 0/1 with
    # --positive-label 1 had every 'unreliable' made reliable, unsaid
    from quality.labels import read_labeled

    words = ROOT / "labels" / "team_articles.jsonl"
    data = read_labeled([words, relabeled / "binary.jsonl"], positive_labels=["1"])
    by_file = data.groupby("corpus")["label"].value_counts().unstack()
    assert (by_file["unreliable"] == 12).all() and (by_file["reliable"] == 12).all()


def test_label_map_and_positive_label(relabeled, capsys):
    base = ["evaluate", str(relabeled / "binary.jsonl"), "--bootstrap", "0", "--quiet"]
    assert main([*base, "--label-map", "0=reliable", "--label-map", "1=unreliable"]) == 0
    mapped = capsys.readouterr().out
    assert main([*base, "--positive-label", "1"]) == 0
    assert capsys.readouterr().out == mapped
    assert "24 articles (12 unreliable)" in mapped
    assert main([*base, "--label-map", "1=fake"]) == 2


def test_labels_written_as_floats_match_and_a_positive_label_matching_none_is_an_error(tmp_path, capsys):
    # a tester's finds (2026-12-07): a 0/1 column with a gap, as pandas writes it, read
    # "1.0", which --positive-label 1 did not match: every row reliable, every figure
    # "n/a", exit 0; a typo in the value did the same
    rows = _team_rows()
    src = tmp_path / "floats.csv"
    frame = pd.DataFrame({"id": [r["id"] for r in rows], "body": [r["text"] for r in rows],
                          "verdict": [1.0 if r["label"] == "unreliable" else 0.0 for r in rows]})
    frame.loc[len(frame)] = ["gap", rows[0]["text"], float("nan")]
    frame.to_csv(src, index=False)
    base = ["evaluate", str(src), "--text-column", "body", "--label-column", "verdict", "--skip-unlabeled",
            "--bootstrap", "0", "--quiet", "--out", str(tmp_path / "o")]
    assert main([*base, "--positive-label", "1"]) == 0
    n_unreliable = sum(r["label"] == "unreliable" for r in rows)
    assert f"{len(rows)} articles ({n_unreliable} unreliable)" in capsys.readouterr().out
    assert main([*base, "--label-map", "0=reliable", "--label-map", "1=unreliable"]) == 0
    capsys.readouterr()
    assert main([*base, "--positive-label", "yes"]) == 2
    assert "--positive-label yes matches no label (labels: '0.0', '1.0')" in capsys.readouterr().err


@pytest.mark.parametrize(
    "row, flag, said",
    [
        ({"id": "a", "text": "", "label": "reliable"}, [], "No article could be scored: all 1 failed (1 x empty text"),
        ({"id": "a", "text": "Some text here", "label": None}, ["--skip-unlabeled"],
         "No labeled article to evaluate: 1 row without a label"),
    ],
)
def test_nothing_to_rate_is_a_usage_error_not_a_traceback(tmp_path, capsys, row, flag, said):
    # a tester's finds (2026-12-07): a KeyError, exit 1, the code of a failed --check gate
    src = tmp_path / "x.jsonl"
    src.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert main(["evaluate", str(src), *flag, "--bootstrap", "0", "--quiet", "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err


def test_a_file_of_unreadable_rows_says_so(tmp_path, capsys):
    src = tmp_path / "allbad.jsonl"
    src.write_text("not json\n{broken\n", encoding="utf-8")
    assert main(["evaluate", str(src), "--bootstrap", "0", "--quiet", "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "holds no readable records: 2 rows cannot be read (first: " in err
    assert "allbad.jsonl:1: malformed JSON" in err


def test_unknown_slice_is_an_error_and_slices_are_printed(capsys):
    labels = str(ROOT / "labels" / "team_articles.jsonl")
    assert main(["evaluate", labels, "--slice", "nosuchcol", "--bootstrap", "0", "--quiet"]) == 2
    assert "nosuchcol" in capsys.readouterr().err
    assert main(["evaluate", labels, "--slice", "source", "--bootstrap", "0", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "by source (ROC-AUC, accuracy, n):" in out and "by corpus" in out


def test_neutralise_counts_what_it_drops(tmp_path, capsys):
    d = tmp_path / "isot_subset"
    d.mkdir()
    rows = _team_rows()[:6]
    rows[0]["meta"] = {"title": "Factbox: Trump's tweets"}  # excluded by the giveaway rules
    (d / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    args = ["evaluate", str(d / "articles.jsonl"), "--neutralise", "--bootstrap", "0"]
    assert main([*args, "--quiet", "--out", str(tmp_path / "ev")]) == 0
    assert "1 dropped by --neutralise" in capsys.readouterr().out
    metrics = json.loads((tmp_path / "ev" / "metrics.json").read_text())
    assert metrics["n_dropped_by_neutralise"] == 1


def test_gate_fails_when_a_pinned_corpus_is_absent(labels_report, tmp_path):
    report, _ = labels_report
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"epsilon": 0.01, "roc_auc": {"isot_subset": 0.9}}))
    [failure] = check_floors(report, floors)
    assert "isot_subset" in failure and "not evaluated" in failure


def test_intervals_contain_their_point_estimates(labels_report):
    report, _ = labels_report
    assert report["confidence_intervals"]
    for name, (low, high) in report["confidence_intervals"].items():
        point = report["overall"][name]
        assert low - 1e-4 <= point <= high + 1e-4, (name, low, point, high)


def test_confusion_matrix_is_a_table(labels_report):
    from quality.evaluate import summary_text

    text = summary_text(labels_report[0])
    assert "predicted unreliable  predicted reliable" in text and "actually reliable" in text
    assert "{'tp'" not in text


def test_contribution_plot_is_readable(labels_report, tmp_path):
    import matplotlib.image

    report, frame = labels_report
    write_outputs(report, frame, tmp_path)
    height, width = matplotlib.image.imread(tmp_path / "contributions.png").shape[:2]
    assert height >= 30 * len(report["features"]) and width >= 800  # 100 dpi: ~9 pt a name
    assert "src='contributions.png' alt='contributions.png' class='wide'" in (
        tmp_path / "report.html"
    ).read_text()


def test_ece_interval_contains_the_ece_where_plain_percentiles_miss_it():
    import numpy as np

    from quality import metrics
    from quality.evaluate import _bootstrap

    # perfectly calibrated (ECE 0): every resample's bins are noisier, so its ECE is larger
    p = np.repeat([0.3, 0.7], 100)
    y = np.concatenate([np.arange(100) < 30, np.arange(100) < 70]).astype(int)
    ece = metrics.expected_calibration_error(y, p)
    rng = np.random.default_rng(0)
    plain = [
        metrics.expected_calibration_error(y[i], p[i])
        for i in (rng.integers(0, 200, 200) for _ in range(200))
    ]
    assert np.percentile(plain, 2.5) > ece  # the old interval left its own point out
    low, high = _bootstrap(y, p, 200)["ece"]
    assert low <= ece <= high


def test_a_title_and_id_column_are_scored_as_score_scores_them(tmp_path, scorer):
    import csv

    rows = [
        ("a1", "Rates to rise", "The central bank said on Tuesday it would raise rates, its governor, Ana Ruiz, told reporters.", "reliable"),
        ("a2", "SHOCKING", "Experts warn that prices could potentially explode! Analysts suggest it may be the end.", "unreliable"),
    ]
    path = tmp_path / "arts.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["key", "headline", "body", "label"])
        writer.writerows(rows)
    _, frame = evaluate(
        [path], text_column="body", title_column="headline", id_column="key", n_bootstrap=0
    )
    assert list(frame["id"]) == ["a1", "a2"]
    for (_, title, body, _label), got in zip(rows, frame["reliability"]):
        assert got == pytest.approx(scorer.score(body, title=title).reliability)
    # "NA" in a cell is text, as score reads it, not a missing value
    na = tmp_path / "na.csv"
    na.write_text(f"key,headline,body,label\nNA,NA,{rows[1][2]!r},unreliable\n".replace("'", '"'), encoding="utf-8")
    _, frame = evaluate([na], text_column="body", title_column="headline", id_column="key", n_bootstrap=0)
    assert frame["id"].iloc[0] == "NA"
    assert frame["reliability"].iloc[0] == pytest.approx(scorer.score(rows[1][2], title="NA").reliability)
    # an empty text field is an empty text, as score says, and a row with an empty id
    # is named by its place in the file
    empty = tmp_path / "empty.csv"
    empty.write_text(f"key,body,label\n,{rows[0][2]!r},reliable\nb,,unreliable\n".replace("'", '"'), encoding="utf-8")
    metrics, frame = evaluate([empty], text_column="body", id_column="key", n_bootstrap=0)
    assert list(frame["id"]) == ["empty.csv:1", "b"]
    assert metrics["errors"] == [{"id": "b", "error": "empty text (nothing but white space)"}]
    # by default the title is not read, as training reads labeled sets
    _, untitled = evaluate([path], text_column="body", id_column="key", n_bootstrap=0)
    assert untitled["reliability"].iloc[1] == pytest.approx(scorer.score(rows[1][2]).reliability)


def test_a_named_column_replaces_the_one_of_the_default_name(tmp_path, scorer, capsys):
    # a new user's find: a file with both "text" and "body" (or "label" and "lab01", "id"
    # and "url") crashed evaluate with a traceback when the other one was named
    rows = [
        {"id": "old1", "url": "u1", "text": "stale", "body": "The council said on Tuesday it had voted 7-2 for the plan.",
         "label": "maybe", "lab01": 0},
        {"id": "old2", "url": "u2", "text": "stale", "body": "Experts warn it could potentially be the end!",
         "label": "maybe", "lab01": 1},
    ]
    path = tmp_path / "both.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    _, frame = evaluate([path], text_column="body", label_column="lab01", id_column="url",
                        positive_labels=["1"], n_bootstrap=0)
    assert list(frame["id"]) == ["u1", "u2"] and list(frame["label"]) == ["reliable", "unreliable"]
    assert frame["reliability"].iloc[1] == pytest.approx(scorer.score(rows[1]["body"]).reliability)
    # an --out directory that cannot be made stops the run before anything is scored
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code = main(["evaluate", str(path), "--text-column", "body", "--label-column", "lab01",
                 "--positive-label", "1", "--quiet", "--out", str(blocker / "out")])
    err = capsys.readouterr().err
    assert code == 2 and "Cannot" in err and str(blocker) in err and "Traceback" not in err


def test_an_id_labeled_both_ways_is_reported(tmp_path):
    from quality.evaluate import summary_text

    text = "The council said on Monday it would close the pier for repairs until the spring."
    path = tmp_path / "twice.csv"
    path.write_text(
        f'id,text,label\na,"{text}",reliable\nb,"{text} Experts warn.",unreliable\na,"{text}",unreliable\n',
        encoding="utf-8",
    )
    report, frame = evaluate([path], n_bootstrap=0)
    assert report["ids_labeled_both_ways"] == ["a"] and len(frame) == 3
    assert report["repeated_ids"] == ["a"]
    summary = summary_text(report)
    assert "labeled both reliable and unreliable: 1 id(s), first 'a'" in summary
    assert "ids used by more than one row: 1, first 'a'" in summary


def test_rows_without_a_label_are_named_and_unscored_rows_listed(tmp_path):
    from quality.evaluate import summary_text

    short = tmp_path / "short.csv"
    short.write_text('id,text,label\nz1,"The council met.",reliable\nz2,only two\nz3,"Text.",NA\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"1 row has another value: 'NA' \(id 'z3'\)"):
        evaluate([short], n_bootstrap=0)
    # a text column named as the label column: each value quoted short (a tester's
    # find: an 18 KB message of whole articles)
    long = tmp_path / "long.csv"
    long.write_text("id,text,label\n" + "".join(f'a{i},"{"word " * 400}{i}",x\n' for i in range(12)), encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        evaluate([long], n_bootstrap=0, label_column="text")
    assert len(str(raised.value)) < 1200 and "…" in str(raised.value) and "and 4 more" in str(raised.value)
    short.write_text('id,text,label\nz1,"The council met.",reliable\nz2,"Text.",\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"1 row has none \(id 'z2'\)"):
        evaluate([short], n_bootstrap=0)
    # a row with too few fields, or a quote left open, is unreadable as `quality score`
    # reads it: listed and skipped, and the rows after it are read (a new user's find:
    # pandas ran the open quote on and split the next rows into labels)
    text = "The council said on Monday it would close the pier for repairs until the spring."
    short.write_text(
        f'id,text,label\nz1,"{text}",reliable\nz2,only two\nz3,"open quote,reliable\n'
        f'z4,"{text} Experts warn.",unreliable\n',
        encoding="utf-8",
    )
    report, frame = evaluate([short], n_bootstrap=0)
    assert list(frame["id"]) == ["z1", "z4"]
    assert report["n_unreadable_rows"] == 2
    assert report["unreadable_rows"][0].startswith("z2: ")
    assert "quote" in report["unreadable_rows"][1]
    empty = tmp_path / "empty.csv"
    text = "The council said on Monday it would close the pier for repairs until the spring."
    empty.write_text(f'id,text,label\na,"{text}",reliable\nb,,unreliable\n', encoding="utf-8")
    report, _ = evaluate([empty], n_bootstrap=0)
    assert "could not be scored: 'b': empty text" in summary_text(report)


@pytest.mark.parametrize("name", ["empty.jsonl", "empty.csv"])
def test_an_empty_labeled_file_says_it_holds_no_records(tmp_path, name):
    # a reviewer: "has no column 'label' (columns: )" told nothing of what was wrong;
    # a usage error (exit 2), as a missing file or another extension is: exit 1 is kept
    # for a failed --check gate (a new user's find: a typo passed for a failed gate)
    from quality.errors import UsageError

    path = tmp_path / name
    path.write_text("", encoding="utf-8")
    with pytest.raises(UsageError, match="holds no records"):
        evaluate([path], n_bootstrap=0)
    with pytest.raises(UsageError, match="does not exist"):
        evaluate([tmp_path / "missing.csv"], n_bootstrap=0)
    (tmp_path / "notes.txt").write_text("a note", encoding="utf-8")
    with pytest.raises(UsageError, match="labeled sets are"):
        evaluate([tmp_path / "notes.txt"], n_bootstrap=0)


def test_a_directory_is_read_as_its_labeled_files_and_a_paragraph_set_said(tmp_path):
    # a new user's find: `quality evaluate labels/` failed (files only), and labels/*.jsonl
    # failed on the paragraph set with advice to map its labels
    from quality.errors import UsageError
    from quality.labels import read_labeled

    root = tmp_path / "sets"
    (root / "more").mkdir(parents=True)
    (root / "a.jsonl").write_text(json.dumps({"id": "a", "text": "The mayor spoke.", "label": "reliable"}) + "\n")
    (root / "more" / "b.csv").write_text("id,text,label\nb,The clerk spoke.,unreliable\n")
    (root / "notes.md").write_text("# not a labeled set\n")
    (root / ".hidden.jsonl").write_text("not read\n")
    paragraphs = root / "paragraphs.jsonl"
    paragraphs.write_text(json.dumps({"doc": "x.txt", "start": 0, "end": 4, "text": "Word", "label": "content"}) + "\n")
    # evaluate's own output in the directory is no labeled set (a sibling tester's find)
    (root / "metrics.json").write_text(json.dumps({"overall": {"roc_auc": 0.5}}))
    data = read_labeled([root, root / "a.jsonl"])  # a file named twice is read once
    assert list(data["id"]) == ["a", "b"]
    assert data.attrs["read_notes"] == [
        f"left out {root / 'metrics.json'}: no 'label' column, so no labeled set",
        f"left out {paragraphs}: it holds paragraph labels (`quality evaluate --paragraphs` reads them)",
    ]
    # named, the paragraph set is refused with the option that reads it, a text field
    # or none (a sibling tester's find: told to name the text column)
    for row in ({"doc": "x.txt", "start": 0, "end": 4, "label": "filler"}, {"doc": "x.txt", "start": 0, "end": 4, "text": "W", "label": "content"}):
        paragraphs.write_text(json.dumps(row) + "\n")
        with pytest.raises(UsageError, match=r"holds paragraph labels .*: `quality evaluate --paragraphs FILE` reads them"):
            read_labeled([paragraphs])
    (tmp_path / "none").mkdir()
    with pytest.raises(UsageError, match="is a directory holding no labeled file"):
        read_labeled([tmp_path / "none"])
    only = tmp_path / "only"
    only.mkdir()
    (only / "p.jsonl").write_text(paragraphs.read_text())
    with pytest.raises(UsageError, match=r"No labeled set of articles to read: left out .*p.jsonl: it holds paragraph labels"):
        read_labeled([only])


def test_the_cut_off_at_a_false_positive_rate_flags_what_it_says(labels_report):
    """A reader sets their own cut-off: flagging reliability at or below it flags at most
    the rate of reliable articles and catches the reported recall of unreliable ones."""
    import numpy as np

    from quality import metrics
    from quality.evaluate import summary_text

    report, frame = labels_report
    ok = frame[frame["status"] == "ok"]
    y, reliability = ok["y"].to_numpy(), 100 * (1 - ok["p"].to_numpy())
    for rate in (0.01, 0.05):
        c = report["cutoffs"][f"{round(100 * rate)}pct_fpr"]
        flagged = reliability <= c["flag_reliability_at_most"] + 1e-9
        assert flagged[y == 0].mean() <= rate + 1e-9
        assert flagged[y == 1].mean() == pytest.approx(c["recall"])
        assert c["recall"] == pytest.approx(report["overall"][f"recall_at_{round(100 * rate)}pct_fpr"])
    assert "of reliable articles: catches" in summary_text(report)
    # too few reliable articles for a rate to hold one: the line says so
    small = {**report, "cutoffs": {"1pct_fpr": {"fpr": 0.01, "flag_reliability_at_most": 20.0, "recall": 0.3, "n_reliable": 25}}}
    assert "only 25 reliable articles" in summary_text(small)
    # one class, or no cut-off flags few enough (every score tied): NaN, never a made-up figure
    assert np.isnan(metrics.reliability_cutoff_at_fpr([1, 1], [0.2, 0.9], 0.01))
    assert np.isnan(metrics.reliability_cutoff_at_fpr([0, 1, 0, 1], [0.5] * 4, 0.01))
    # the cut-off as a report rounds it (4 decimals) still flags the article at it: rounded
    # to the nearest, 31.18883 became 31.1888 and the recall fell from 1.0 to 0.93
    p = [0.6881117236, 0.2, 0.1]
    cut = round(metrics.reliability_cutoff_at_fpr([1, 0, 0], p, 0.01), 4)
    assert 100 * (1 - p[0]) <= cut < 100 * (1 - p[1])


def test_a_set_of_one_class_says_why_its_rankings_are_missing(tmp_path):
    # a new user's find: n/a with no reason, and "f1 0.000" beside "precision n/a"
    import json

    from quality.evaluate import METRICS_LEGEND, evaluate, summary_text

    rows = [{"id": f"r{i}", "text": f"The council met on Monday and approved {i} schools, the mayor said.", "label": "reliable"} for i in range(6)]
    path = tmp_path / "one.jsonl"
    path.write_text("\n".join(map(json.dumps, rows)) + "\n")
    text = summary_text(evaluate([str(path)], n_bootstrap=10)[0])
    assert "one class only" in text
    assert "  f1                       n/a" in text
    # every line of the legend but the intervals', which one class leaves none of
    assert all(line in text for line in METRICS_LEGEND if "[a, b]" not in line)
    assert "bootstrap interval" not in text


def test_a_text_left_not_rated_counts_in_no_figure(tmp_path):
    from quality.evaluate import summary_text

    # a new user's find: a German article labeled unreliable was counted at its
    # reference number, and moved the accuracy and the suggested cut-off
    news = (
        "The council said on Monday it would close the pier for repairs until the spring. "
        "The work will cost 2.4 million pounds and start in March, the harbour master, Ann Cole, told "
        "reporters. Fishing boats will moor at the north quay while the pier is shut, she said, and "
        "the ferry to the island will run from the old slipway on its usual timetable."
    )
    german = (
        "Der Stadtrat hat am Montag beschlossen, die Brücke im Frühjahr für drei Monate zu sperren. "
        "Die Bauarbeiten sollen im März beginnen und werden nach Angaben der Stadt rund zwei Millionen Euro kosten."
    )
    path = tmp_path / "mixed.jsonl"
    rows = [
        {"id": "a", "text": news, "label": "reliable"},
        {"id": "b", "text": news + " Experts warn it could potentially fail.", "label": "unreliable"},
        {"id": "de", "text": german, "label": "unreliable"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report, frame = evaluate([path], n_bootstrap=0)
    assert report["n_not_rated"] == 1 and report["not_rated"][0]["id"] == "de"
    assert report["overall"]["n_unreliable"] == 1
    summary = summary_text(report)
    assert summary.startswith("3 articles, 1 not rated; of the 2 rated, 1 unreliable")
    assert "not rated, left out of every figure: 'de' (" in summary and "non_english" in summary
    assert "few articles: 1 reliable and 1 unreliable" in summary


def test_evaluate_reads_a_spreadsheets_encoding_and_names_its_own_options(tmp_path, capsys):
    # a new user's finds, 2026-12-07: a Windows-1252 CSV lost every row with an accent,
    # and the errors sent the user to --encoding and max_chars, which evaluate lacked
    rows = [
        ("a", "reliable", "The caf\u00e9 owners' association met the mayor on Monday, a spokesman said."),
        ("b", "unreliable", "Experts warn the caf\u00e9 closures could potentially spread, sources suggest."),
        ("c", "reliable", "The council approved the budget on Tuesday by a vote of 7 to 2."),
    ]
    path = tmp_path / "labeled.csv"
    path.write_bytes(("id,label,text\n" + "".join(f'{i},{y},"{t}"\n' for i, y, t in rows)).encode("windows-1252"))
    args = ["evaluate", str(path), "--bootstrap", "0", "--quiet", "--out", str(tmp_path / "o")]
    assert main([*args, "--encoding", "windows-1252", "--max-chars", "1,000"]) == 0
    assert "bootstrap interval" not in capsys.readouterr().out  # --bootstrap 0: none to explain
    report = json.loads((tmp_path / "o" / "metrics.json").read_text())
    assert report["n_unreadable_rows"] == 0 and report["n_errors"] == 0
    _, frame = evaluate([path], encoding="windows-1252", max_chars=72, n_bootstrap=0)
    by_id = dict(zip(frame["id"], frame["error"].fillna("")))
    assert by_id["a"] == "" and "raise it with --max-chars" in by_id["b"]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".json"])
def test_a_byte_the_named_encoding_lacks_costs_evaluate_its_row_alone(tmp_path, suffix):
    # a new user's find (2026-12-07): one byte Windows-1252 does not define stopped the
    # whole run (exit 2); it is one unreadable row now, listed with its line
    texts = {
        "a": "The council approved the budget on Tuesday by a vote of 7 to 2, the clerk said.",
        "b": "Experts warn the closures could potentially spread, sources suggest.",
        "c": "The mayor said on Monday that the bridge would reopen in May.",
    }
    labels = {"a": "reliable", "b": "unreliable", "c": "reliable"}
    if suffix == ".csv":
        data = "id,label,text\n" + "".join(f'{i},{labels[i]},"{t}"\n' for i, t in texts.items())
    elif suffix == ".jsonl":
        data = "".join(json.dumps({"id": i, "label": labels[i], "text": t}) + "\n" for i, t in texts.items())
    else:
        data = json.dumps([{"id": i, "label": labels[i], "text": t} for i, t in texts.items()])
    path = tmp_path / f"labeled{suffix}"
    path.write_bytes(data.encode("cp1252").replace(b"Monday", b"Mon\x81day"))
    from quality.labels import read_labeled

    data = read_labeled([path], encoding="windows-1252")
    assert sorted(data["id"]) == ["a", "b"]
    (unreadable,) = data.attrs["unreadable"]
    where = {".csv": "line 4", ".jsonl": "line 3", ".json": "item 3 (line 1)"}[suffix]  # the array is one line
    assert f"{where} holds byte 0x81, which windows-1252 does not define" in unreadable
    _, frame = evaluate([path], encoding="windows-1252", n_bootstrap=0)
    assert sorted(frame["id"]) == ["a", "b"]


def test_a_labeled_file_in_utf_8_under_another_encoding_is_noted(tmp_path):
    # a reviewer's find: every row was read as mojibake, unsaid; the note is in the
    # report and its text
    from quality.evaluate import summary_text

    rows = [{"id": i, "text": f"The mayor’s café opened on Monday, a clerk said ({i}).", "label": label}
            for i, label in (("a", "reliable"), ("b", "unreliable"))]
    path = tmp_path / "lab.jsonl"
    path.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode())
    report, _ = evaluate([path], encoding="windows-1252", n_bootstrap=0)
    (note,) = report["read_notes"]
    assert note.startswith(f"{path} reads as UTF-8, yet was read as windows-1252 (--encoding)")
    assert f"  note: {note}" in summary_text(report)
    assert evaluate([path], n_bootstrap=0)[0]["read_notes"] == []


def test_an_article_file_in_utf_8_under_a_spreadsheets_encoding_is_told_to_name_both(tmp_path):
    # a reviewer's find: the labeled file is Windows-1252 and the article file it names
    # is UTF-8; "leave --encoding out" would unread the labeled file, so the hint names
    # the encoding that reads both
    from quality.labels import read_labeled

    article = tmp_path / "a.txt"
    article.write_text("The mayor said \u201cno\u201d on Monday, and the council agreed with her.\n", encoding="utf-8")
    table = tmp_path / "lab.csv"
    table.write_bytes(b"id,label,path\nr1,reliable,a.txt\n")
    data = read_labeled([table], encoding="windows-1252")
    error = " ".join(str(v) for v in data.to_dict("records")[0].values())
    assert "0x9D, which windows-1252 does not define" in error and "leave --encoding out" not in error
    assert "give --encoding utf-8-or-windows-1252" in error
    # one with no byte Windows-1252 lacks is read, as mojibake: said once for the file
    article.write_text("The mayor’s café opened on Monday, and the council agreed with her.\n", encoding="utf-8")
    data = read_labeled([table], encoding="windows-1252")
    assert data["text"][0].startswith("The mayorâ€™s")
    (note,) = data.attrs["read_notes"]
    assert note.startswith(f"1 article file named in {table} (first: {article}) read as UTF-8 but was read as windows-1252")
    assert note.endswith("give --encoding utf-8-or-windows-1252")


def test_labeled_rows_keep_their_own_errors_and_lines_under_a_named_encoding(tmp_path):
    # a reviewer's finds: every JSONL row named the file's first bad line; a CSV row's
    # own error lost its id; NUL bytes under latin-1 raised from an empty min()
    from quality.labels import read_labeled

    rows = [json.dumps({"id": f"r{n}", "label": "reliable", "text": "The council met on Monday."}) for n in range(5)]
    data = "\n".join(rows).encode("cp1252").split(b"\n")
    data[2] = data[2].replace(b"Monday", b"Mon\x81day")
    data[4] = data[4].replace(b"Monday", b"Mon\x8dday")
    path = tmp_path / "lab.jsonl"
    path.write_bytes(b"\n".join(data) + b"\n")
    unreadable = read_labeled([path], encoding="windows-1252").attrs["unreadable"]
    assert [u.split(" holds")[0] for u in unreadable] == [f"{path}:3: line 3", f"{path}:5: line 5"]
    assert "byte 0x8D" in unreadable[1]
    table = tmp_path / "lab.csv"
    table.write_bytes(
        b"id,label,text\nr1,reliable,The council met on Mon\x81day.\nr2,reliable,a,b,c\nr3,reliable,The vote was on Friday.\n"
    )
    unreadable = read_labeled([table], encoding="windows-1252").attrs["unreadable"]
    assert unreadable[0].startswith(f"{table}:1: line 2 holds byte 0x81") and unreadable[1].startswith("r2: row 2 (line 3)")
    nul = tmp_path / "nul.jsonl"
    nul.write_bytes(b"\n".join([rows[0].encode(), b'{"id": "x", "text": "a\x00b"}', rows[1].encode()]) + b"\n")
    assert len(read_labeled([nul], encoding="latin-1")) == 2


def test_a_labeled_row_without_a_text_field_says_so_as_score_does(tmp_path):
    # a new user's find, 2026-12-07: evaluate said "text is missing (null or NaN)" where
    # `quality score` names the field and the option that names another
    rows = [
        {"id": "r1", "label": "reliable", "text": "The council approved the budget on Tuesday, the mayor said."},
        {"id": "u1", "label": "unreliable", "text": "Experts warn this could potentially change everything."},
        {"id": "n1", "label": "reliable"},
    ]
    path = tmp_path / "labeled.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    _, frame = evaluate([path], n_bootstrap=0)
    assert list(frame["id"]) == ["r1", "u1", "n1"]  # every row accounted for, in order
    error = dict(zip(frame["id"], frame["error"]))["n1"]
    assert error == "no 'text' field (fields: id, label); name it with --text-column"
    assert "read_error" not in frame.columns


def test_when_every_row_fails_alike_the_error_says_so_once(tmp_path):
    # a sibling tester's find, 2026-12-07: each reason held its own length, so six rows
    # over the limit read as three different failures and no "more"
    rows = [{"id": f"r{i}", "label": "reliable" if i % 2 else "unreliable", "text": "Officials met. " * (i + 2)} for i in range(6)]
    path = tmp_path / "labeled.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(UsageError, match=r"all 6 failed \(6 x text is N characters, over the limit of N"):
        evaluate([path], max_chars=5, n_bootstrap=0)


@pytest.mark.parametrize("name", ["set.tsv", "set.json", "set.jsonl.gz", "set.csv.gz"])
def test_labeled_sets_come_in_the_formats_score_reads(tmp_path, name):
    # a new user's find, 2026-12-07: score read .json, .tsv and .gz; evaluate and train
    # refused them
    import gzip

    rows = [
        {"id": "r1", "label": "reliable", "text": "The council approved the budget on Tuesday, the mayor said."},
        {"id": "u1", "label": "unreliable", "text": "Experts warn this could potentially change everything."},
    ]
    if ".tsv" in name or ".csv" in name:
        sep = "\t" if ".tsv" in name else ","
        body = f"id{sep}label{sep}text\n" + "".join(
            sep.join([r["id"], r["label"], f'"{r["text"]}"']) + "\n" for r in rows
        )
    elif name.endswith(".json"):
        body = json.dumps(rows)
    else:
        body = "".join(json.dumps(r) + "\n" for r in rows)
    path = tmp_path / name
    path.write_bytes(gzip.compress(body.encode()) if name.endswith(".gz") else body.encode())
    _, frame = evaluate([path], n_bootstrap=0)
    assert list(frame["id"]) == ["r1", "u1"] and frame["error"].isna().all()


def test_a_row_whose_path_cannot_be_read_is_that_rows_error(tmp_path, capsys):
    # a new user's find (2026-12-07): a path naming a Latin-1 or binary file raised a
    # UnicodeDecodeError traceback, one naming no file ended the run, and --encoding
    # was not applied to the files rows name
    arts = tmp_path / "arts"
    arts.mkdir()
    sentence = "The council met on Monday and voted to close the bridge, the mayor said. "
    (arts / "latin1.txt").write_bytes(("Café owners objected. " + sentence * 3).encode("latin-1"))
    (arts / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    rows = _team_rows() + [
        {"id": "latin", "path": "arts/latin1.txt", "label": "reliable"},
        {"id": "binary", "path": "arts/binary.txt", "label": "reliable"},
        {"id": "missing", "path": "arts/missing.txt", "label": "unreliable"},
    ]
    src = tmp_path / "set.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    base = ["evaluate", str(src), "--bootstrap", "0", "--quiet"]
    assert main(base) == 0
    out = capsys.readouterr().out
    assert "3 could not be scored" in out
    assert "'latin': " in out and "invalid UTF-8" in out and "'missing': the path" in out and "names no file" in out
    assert main([*base, "--encoding", "latin-1", "--out", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    assert "2 could not be scored" in out and "'latin': " not in out
    # each article's score or error, in input order (a new user's find: the figures
    # alone named none)
    scores = pd.read_csv(tmp_path / "o" / "scores.csv")
    assert list(scores["id"]) == [r["id"] for r in rows]
    assert list(scores["status"])[-3:] == ["ok", "error", "error"] and "text" not in scores.columns


@pytest.mark.parametrize(
    "content, said",
    [
        ("{}", "pins nothing"),
        ('{"epsilon": 0.01, "auc": {"all": 0.9}}', "pins nothing"),
        ("not json", "cannot read"),
        ("[]", "pins nothing"),
        ('{"roc_auc": {"all": "high"}}', "'all' must be a number"),
        (None, "no floors file"),
    ],
)
def test_a_floors_file_that_pins_nothing_or_cannot_be_read_is_a_usage_error_up_front(tmp_path, capsys, content, said):
    # a new user's finds (2026-12-07): "{}" or a typo passed the gate, a malformed file
    # gave a traceback and exit 1 (a failed gate's), a missing one "cannot write", and
    # each only after the whole set was scored
    floors = tmp_path / "floors.json"
    if content is not None:
        floors.write_text(content, encoding="utf-8")
    code = main(["evaluate", str(tmp_path / "no_such_set.jsonl"), "--check", str(floors), "--quiet"])
    assert code == 2 and said in capsys.readouterr().err


def test_a_named_id_or_title_column_no_row_has_is_a_usage_error(capsys):
    # a new user's find (2026-12-07): both were silently ignored
    labels = str(ROOT / "labels" / "team_articles.jsonl")
    for option, said in (("--id-column", "no column 'nope'"), ("--title-column", "title column 'nope'")):
        assert main(["evaluate", labels, option, "nope", "--bootstrap", "0", "--quiet"]) == 2
        assert said in capsys.readouterr().err


def test_a_json_array_cut_short_reads_the_items_before_the_break(tmp_path, capsys):
    # a new user's find (2026-12-07): quality score read such a file's first items and
    # listed the break; evaluate and train refused it whole
    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps(_team_rows(), indent=2)[:9000], encoding="utf-8")
    assert main(["evaluate", str(cut), "--bootstrap", "0", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "skipped, unreadable: " in out and "the array breaks there" in out


@pytest.mark.parametrize(
    "content, said",
    [
        ('{"epsilon": 0.01, "roc_auc": {"all": NaN}}', "'all' must be a number from 0 to 1"),
        ('{"roc_auc": {"all": 0.9}, "roc_acu": {"all": 0.9}}', "holds 'roc_acu'"),
        ('{"epsilon": -1, "roc_auc": {"all": 0.9}}', "'epsilon' must be a number"),
    ],
)
def test_a_floors_file_with_a_stray_key_or_a_floor_out_of_range_is_refused(tmp_path, capsys, content, said):
    # a second new user's finds (2026-12-07): a NaN floor passed the gate, a typo'd key
    # beside "roc_auc" was ignored; --update-floors met a malformed file with a traceback
    floors = tmp_path / "floors.json"
    floors.write_text(content, encoding="utf-8")
    for option in ("--check", "--update-floors"):
        code = main(["evaluate", str(tmp_path / "no_such_set.jsonl"), option, str(floors), "--quiet"])
        assert code == 2 and said in capsys.readouterr().err

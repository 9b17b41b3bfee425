"""Paragraph labels: content, filler, boilerplate, artifact, each with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from quality.document import Document
from quality.paragraph_eval import evaluate_paragraphs
from quality.paragraphs import label_paragraphs, label_shares

ROOT = Path(__file__).resolve().parent.parent


def labels(text: str) -> list[str]:
    return [p.label for p in label_paragraphs(Document(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("Word", ["content"]),
        ("Share this article on Facebook", ["boilerplate"]),
        ("We use cookies to improve your experience.", ["boilerplate"]),
        ("By Jordan Ellis\nThe council met on Monday.", ["boilerplate", "content"]),
        ("Home > News > Local\nThe council met.", ["boilerplate", "content"]),
        ("Featured image via Getty", ["boilerplate"]),
        ("[Your Name] wrote this.", ["artifact"]),
        ("A | B |\n---|---|", ["artifact", "artifact"]),
        ("The vote passed.\nWrapping Up\nIt was a big day.", ["content", "filler", "filler"]),
        ("In conclusion, only time will tell.", ["filler"]),
        ("NATO", ["content"]),
        ("WASHINGTON -\nThe vote passed.", ["boilerplate", "content"]),
    ],
)
def test_labels(text, expected):
    assert labels(text) == expected


def test_a_long_name_heavy_lead_is_content():
    lead = (
        "Harlow County Executive Maria Chen, Meridian Water Authority director Dana Okafor "
        "and state Comptroller Lewis Brandt agreed on Tuesday to a 6 percent rise in water "
        "rates from July, after an audit found that two plants need new filters."
    )
    assert labels(lead) == ["content"]


def test_every_label_has_a_reason_and_offsets(seed_004):
    doc = Document(seed_004)
    for p in label_paragraphs(doc):
        assert p.reason and seed_004[p.start : p.end].strip()
    shares = label_shares(doc)
    assert sum(shares.values()) == pytest.approx(1.0)
    assert shares["filler"] > 0 and shares["artifact"] > 0


def test_seeds_filler_sections_and_table_debris(seed_004):
    doc = Document(seed_004)
    by_text = {seed_004[p.start : p.end]: p.label for p in label_paragraphs(doc)}
    assert by_text["Wrapping Up"] == "filler"
    assert (
        by_text["Recommendations for Strengthening Diplomatic Engagement in the Region"] == "filler"
    )
    assert by_text["Feature | Details |"] == "artifact"
    assert by_text["---|---|"] == "artifact"
    lead = next(t for t in by_text if t.startswith("In a significant development"))
    assert by_text[lead] == "content"


def test_paragraph_set_regression():
    """Pinned floor on the team's paragraph set (a regression check, not an estimate)."""
    result = evaluate_paragraphs(ROOT / "labels" / "paragraphs.jsonl")
    assert result["paragraphs"] >= 100
    for label, m in result["per_label"].items():
        assert m["recall"] >= 0.8 and m["precision"] >= 0.8, (label, m)


def test_clean_text_and_tables(tmp_path):
    from quality import clean
    from quality.cli import main

    page = (ROOT / "labels" / "paragraph_docs" / "web_02.txt").read_text()
    cleaned = clean(page)
    assert "Share" not in cleaned and "Advertisement" not in cleaned
    assert "Key Takeaways" in cleaned
    assert "Key Takeaways" not in clean(page, drop_filler=True)
    assert page == (ROOT / "labels" / "paragraph_docs" / "web_02.txt").read_text()
    out = tmp_path / "clean.jsonl"
    code = main(
        [
            "clean",
            str(ROOT / "labels" / "paragraph_docs"),
            "-o",
            str(out),
            "--max-removed",
            "0.3",
            "--quiet",
        ]
    )
    assert code == 0
    import json

    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["status"] for r in rows] == ["dropped", "ok", "ok"]  # web_01 is 41% chrome
    assert all(r["removed"] for r in rows)


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_clean_writes_tables(tmp_path, suffix):
    import pandas as pd

    from quality.cli import main

    src = tmp_path / "in.csv"
    page = (ROOT / "labels" / "paragraph_docs" / "web_01.txt").read_text()
    pd.DataFrame({"id": ["p1", "p2"], "text": [page, None]}).to_csv(src, index=False)
    out = tmp_path / f"out.{suffix}"
    assert main(["clean", str(src), "-o", str(out), "--quiet"]) == 1  # p2 has no text
    table = pd.read_csv(out) if suffix == "csv" else pd.read_parquet(out)
    assert list(table["id"]) == ["p1", "p2"]
    assert list(table["status"]) == ["ok", "error"]
    assert "Sign up" not in table.loc[0, "text"] and "Maria Chen" in table.loc[0, "text"]


def test_a_well_formed_table_is_content_not_debris():
    from quality import extract_features

    table = "Sales rose.\n| Year | Sales |\n| --- | --- |\n| 2024 | 10 |\n| 2025 | 12 |"
    assert labels(table) == ["content"] * 5
    assert extract_features(table)["formatting.table_debris_per_1k_words"].value == 0.0
    header_only = "Sales rose.\n| Year | Sales |\n|---|---|"
    assert labels(header_only) == ["content", "artifact", "artifact"]

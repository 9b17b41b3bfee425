"""The boilerplate benchmark script on a few pages of trafilatura's evaluation set.

The full run is an evaluation (evaluation/boilerplate.py, figures in the README); this
checks that the script runs and scores as the MANIFEST describes, and skips when
../shared is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import evaluation_script

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "trafilatura_eval"

pytestmark = pytest.mark.skipif(
    not (DATA / "eval.jsonl").exists(), reason="../shared/data/trafilatura_eval is absent"
)




def test_snippet_scoring_follows_the_manifest():
    bp = evaluation_script("boilerplate")
    row = {"with": ["a  b", "zz"], "without": ["c", "q"]}
    counts = bp.score_page(row, {"x": "a\nb c"})
    assert counts["x"] == [1, 1, 1, 1]  # tp, fn, fp, tn; white space normalised


def test_three_pages():
    bp = evaluation_script("boilerplate")
    pages = bp.run(DATA, jobs=1, limit=3)
    assert len(pages) == 3
    summary = bp.summarise(pages)
    # quality reads HTML with trafilatura's defaults, so cleaning starts from all it keeps
    assert summary["traf_quality"] == summary["traf_default"]
    # cleaning only removes: it never finds a snippet its input lacked
    assert summary["clean_html"]["with_found"] <= summary["traf_quality"]["with_found"]
    assert summary["clean_full"]["with_found"] <= summary["fulltext"]["with_found"]
    # the full text with line breaks holds the same characters as html2txt
    assert summary["fulltext"]["with_found"] == summary["html2txt"]["with_found"]
    assert "| all |" in bp.table({"all": summary})

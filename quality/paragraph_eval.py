"""Precision and recall of the paragraph labels on a labeled paragraph set.

The set (labels/paragraphs.jsonl) has one annotated paragraph a line: the document
(``doc``, a path relative to the set's file), the paragraph's ``start`` and ``end`` in it,
its ``text`` (checked, so a moved file is caught) and the annotator's ``label``. Each is
compared with the predicted label of the paragraph that overlaps it most.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from quality.document import Document
from quality.errors import InputError
from quality.paragraphs import LABELS, label_paragraphs


def evaluate_paragraphs(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    predictions: dict[str, list] = {}
    pairs = []
    for row in rows:
        doc_path = path.parent / row["doc"]
        if row["doc"] not in predictions:
            try:
                text = doc_path.read_text(encoding="utf-8")
            except OSError as exc:
                raise InputError(f"{path}: cannot read {doc_path}: {exc}") from exc
            predictions[row["doc"]] = (text, label_paragraphs(Document(text)))
        text, labels = predictions[row["doc"]]
        if text[row["start"] : row["end"]] != row["text"]:
            raise InputError(
                f"{path}: the text at {row['doc']}:{row['start']}-{row['end']} "
                "is not the annotated paragraph; re-annotate that document."
            )
        best = max(labels, key=lambda p: min(p.end, row["end"]) - max(p.start, row["start"]))
        pairs.append((row["label"], best.label, row, best.reason))
    confusion = Counter((gold, pred) for gold, pred, _, _ in pairs)
    per_label = {}
    for label in LABELS:
        tp = confusion[(label, label)]
        predicted = sum(v for (g, p), v in confusion.items() if p == label)
        actual = sum(v for (g, p), v in confusion.items() if g == label)
        precision = tp / predicted if predicted else None
        recall = tp / actual if actual else None
        f1 = (
            2 * precision * recall / (precision + recall)
            if precision and recall
            else (0.0 if actual else None)
        )
        per_label[label] = {
            "support": actual,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
        }
    return {
        "file": str(path),
        "paragraphs": len(pairs),
        "accuracy": sum(g == p for g, p, _, _ in pairs) / len(pairs) if pairs else None,
        "per_label": per_label,
        "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(confusion.items())},
        "disagreements": [
            {
                "doc": r["doc"],
                "start": r["start"],
                "gold": g,
                "predicted": p,
                "reason": why,
                "text": r["text"][:100],
            }
            for g, p, r, why in pairs
            if g != p
        ],
    }


def paragraph_table(result: dict[str, Any]) -> str:
    lines = [
        f"paragraph labels on {result['file']}: {result['paragraphs']} paragraphs, "
        f"accuracy {result['accuracy']:.3f}",
        f"  {'label':12s} {'support':>7s} {'precision':>9s} {'recall':>7s} {'F1':>6s}",
    ]
    for label, m in result["per_label"].items():

        def f(x):
            return f"{x:.3f}" if x is not None else "  n/a"

        lines.append(
            f"  {label:12s} {m['support']:7d} {f(m['precision']):>9s} "
            f"{f(m['recall']):>7s} {f(m['f1']):>6s}"
        )
    for d in result["disagreements"][:10]:
        lines.append(
            f"  gold {d['gold']}, predicted {d['predicted']} ({d['reason']}): {d['text'][:60]}"
        )
    return "\n".join(lines) + "\n"

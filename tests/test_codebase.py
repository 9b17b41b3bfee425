"""Checks on the project's own code that linters do not make."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted((ROOT / "quality").rglob("*.py")) + sorted((ROOT / "evaluation").glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_binds_a_top_level_name_twice(path):
    # a second "_SENTENCE_END = ..." in quality/document.py, for another purpose,
    # silently replaced the first one and split wrapped paragraphs at the wrong lines;
    # ruff's F811 covers only imports and definitions
    bound: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound[node.name] += 1
    assert {name for name, n in bound.items() if n > 1} == set()

"""evaluation/quality_checkout.py: the warning when an evaluation script's `import
quality` finds another copy than its own checkout's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT, evaluation_script

guard = evaluation_script("quality_checkout")


def test_this_checkouts_package_is_not_another(tmp_path):
    assert not guard.imports_other_checkout(tmp_path / "quality", tmp_path)
    # the same folder by another spelling: relative parts, a symlinked checkout
    assert not guard.imports_other_checkout(tmp_path / "x" / ".." / "quality", tmp_path)
    (tmp_path / "quality").mkdir()
    (tmp_path / "link").symlink_to(tmp_path)
    assert not guard.imports_other_checkout(tmp_path / "quality", tmp_path / "link")


def test_another_clones_package_is_another(tmp_path):
    assert guard.imports_other_checkout(tmp_path / "clone" / "quality", tmp_path / "main")
    # an installed copy, not a checkout at all
    site = tmp_path / "venv" / "lib" / "site-packages" / "quality"
    assert guard.imports_other_checkout(site, tmp_path / "main")
    # the checkout itself is not its package
    assert guard.imports_other_checkout(tmp_path, tmp_path)


def test_the_warning_names_both_paths_and_the_fixes():
    message = guard.warning(Path("/elsewhere/quality"), Path("/here"))
    assert "/elsewhere/quality" in message and "/here" in message
    assert "pip install -e ." in message and "PYTHONPATH=/here" in message
    assert message.endswith("\n")


def test_the_test_run_imports_this_checkout():
    # the suite tests this checkout's code, so the guard is quiet here
    assert not guard.imports_other_checkout(guard._package_dir(), ROOT)


def test_every_evaluation_script_imports_the_guard():
    scripts = [p for p in (ROOT / "evaluation").glob("*.py") if p.stem != "quality_checkout"]
    assert scripts
    missing = [p.name for p in scripts if "import quality_checkout" not in p.read_text(encoding="utf-8")]
    assert missing == []


def test_a_script_importing_another_copy_warns_and_runs(tmp_path):
    # a second, fake `quality` placed ahead of this checkout's on the path
    (tmp_path / "quality").mkdir()
    (tmp_path / "quality" / "__init__.py").write_text("", encoding="utf-8")
    script = (
        "import sys; sys.path[1:1] = [sys.argv[1]];"
        "import quality_checkout; print('ran')"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        cwd=ROOT / "evaluation", capture_output=True, text=True, check=True,
    )
    assert run.stdout == "ran\n"
    assert str(tmp_path / "quality") in run.stderr and str(ROOT) in run.stderr

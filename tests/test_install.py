"""The product as a new user gets it: a wheel built from the tracked files only, installed
in a fresh virtualenv outside the checkout, scores the seeds with the model it carries,
and an input that matches nothing is a usage error (exit 2).

Offline and fast: the wheel is built with pip's configured (local) indexes, or else with
the running interpreter's setuptools (--no-build-isolation); the fresh venv installs the
wheel alone (--no-deps) and reads its dependencies from this interpreter's site-packages
through a .pth file, so nothing is downloaded. The test is skipped only when no build
backend can be found at all; any other build failure fails it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
import tomllib

ROOT = Path(__file__).resolve().parent.parent
#: pip's words when it cannot get setuptools/wheel to build with (offline, no cache)
_NO_BACKEND = (
    "No matching distribution found",
    "Could not find a version that satisfies",
    "invalid command 'bdist_wheel'",
)


def _clean_copy(dest: Path) -> Path:
    """The tracked files of the checkout (what a clean clone holds), in ``dest``."""
    try:
        listed = subprocess.run(
            ["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True
        ).stdout.split(b"\0")
        files = [f.decode() for f in listed if f]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: copy the tree
        ignore = shutil.ignore_patterns(".git", "*.egg-info", "build", "dist", "__pycache__")
        shutil.copytree(ROOT, dest, ignore=ignore)
        return dest
    for name in files:
        source = ROOT / name
        if source.is_file():  # a file deleted but not yet committed is skipped
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    return dest


def _build_wheel(src: Path, out: Path) -> Path:
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)]
    errors = []
    for extra in ([], ["--no-build-isolation"]):
        done = subprocess.run(pip + extra, capture_output=True, text=True, timeout=300)
        wheels = sorted(out.glob("article_quality-*.whl"))
        if done.returncode == 0 and wheels:
            return wheels[0]
        errors.append(done.stdout + done.stderr)
    if all(any(m in e for m in _NO_BACKEND) for e in errors):
        pytest.skip("no setuptools/wheel to build with offline:\n" + errors[-1][-2000:])
    pytest.fail("building the wheel failed:\n" + "\n".join(e[-3000:] for e in errors))


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin/ directory of a fresh venv holding only the wheel (plus this
    interpreter's third-party packages for its dependencies)."""
    tmp = tmp_path_factory.mktemp("install")
    src = _clean_copy(tmp / "clone")
    wheel = _build_wheel(src, tmp / "dist")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # dependencies only: a .pth line adds a directory without running its .pth files, so
    # this checkout's editable install (a .pth finder) does not come along
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "_deps_from_test.pth").write_text("\n".join(sorted(deps)) + "\n")
    # without PYTHONPATH: a checkout on it whose egg-info a build left there passes for
    # the package installed, and pip installs nothing ("already satisfied")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         "--no-index", str(wheel)],
        check=True,
        timeout=300,
        env=env,
    )
    return venv / "bin"


def test_wheel_lists_every_package():
    """pyproject lists the packages by hand (models/ is mapped in): none may be missing."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "quality").rglob("__init__.py")
    }
    assert found <= listed


def test_wheel_scores_the_seeds_outside_the_checkout(installed, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    env = {k: v for k, v in os.environ.items() if k not in {"QUALITY_MODEL", "PYTHONPATH"}}
    where = subprocess.run(
        [installed / "python", "-c", "import quality.model as m; print(m.default_model_path())"],
        cwd=tmp_path, capture_output=True, text=True, env=env, check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(installed.parent), where  # the wheel's copy
    assert Path(where).with_name("reliability.card.json").exists()  # its card travelled
    done = subprocess.run(
        [installed / "quality", "score", "seeds", "--format", "jsonl", "--quiet"],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(records) == 2 and all(r["status"] == "ok" for r in records)
    assert all(r["label"] == "unreliable" for r in records)


def test_wheel_exits_2_on_empty_input(installed, tmp_path):
    (tmp_path / "empty").mkdir()
    for pattern in ("empty", "nomatch/*.txt"):
        done = subprocess.run(
            [installed / "quality", "score", pattern], cwd=tmp_path, capture_output=True, text=True
        )
        assert done.returncode == 2, done.stderr
        assert pattern in done.stderr

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# The suite is deterministic: property tests draw the same examples on every run, so a red
# CI means a change broke something, not that a run was unlucky (CI once failed on a
# one-character text "ⓐ" that earlier runs had never drawn). To hunt for new failing
# inputs, run with HYPOTHESIS_PROFILE=fuzz: fresh random examples each time; add any it
# finds as @example(...) so the default run keeps them.
settings.register_profile("default", derandomize=True, print_blob=True)
settings.register_profile("fuzz", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent


@pytest.hookimpl(wrapper=True)
def pytest_cmdline_main(config: pytest.Config):
    """Run the suite on every core (at most four), a test file to a process so each file's
    fixtures (a trained model, a Ray cluster) are built once: 310 s on two cores, 600 s in
    one process. Each default applies only where the command line gave none, as addopts
    would (``-n 0`` is one process); without pytest-xdist (``-p no:xdist``) nothing is set.
    """
    # A wrapper runs before every plugin's own hook, xdist's included, which turns
    # numprocesses into workers; an xdist worker is told its options by the controller.
    if config.pluginmanager.hasplugin("xdist") and not hasattr(config, "workerinput"):
        if config.option.numprocesses is None and not config.option.tx:
            config.option.numprocesses = "auto"
        if config.option.maxprocesses is None:
            config.option.maxprocesses = 4
        if config.option.dist == "no":
            config.option.dist = "loadfile"
    return (yield)


def labeled_corpus(folder: Path, reliable: str, unreliable: str, n: int = 25) -> Path:
    """``folder``/articles.jsonl holding ``n`` articles of each label, their texts the
    templates ``reliable`` and ``unreliable`` with ``{topic}`` (the folder's name) and
    ``{i}`` filled in: a corpus for the leave-one-corpus-out scripts."""
    import json

    folder.mkdir()
    topic = folder.name
    rows = []
    for i in range(n):
        rows.append({"id": f"{topic}-r{i}", "label": "reliable", "text": reliable.format(topic=topic, i=i)})
        rows.append({"id": f"{topic}-u{i}", "label": "unreliable", "text": unreliable.format(topic=topic, i=i)})
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def evaluation_script(name: str):
    """The module ``evaluation/<name>.py``, loaded by path (evaluation/ is scripts, not a
    package)."""
    # The scripts import their sibling quality_checkout as `python evaluation/x.py` lets
    # them: with evaluation/ on sys.path.
    if str(ROOT / "evaluation") not in sys.path:
        sys.path.append(str(ROOT / "evaluation"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "evaluation" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def scorer():
    """The shipped model's scorer, loaded once for the session."""
    from quality.scorer import Scorer

    return Scorer.load()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in SEEDS}


@pytest.fixture(scope="session")
def seed_000(seed_texts) -> str:
    return next(t for n, t in seed_texts.items() if n.startswith("000"))


@pytest.fixture(scope="session")
def seed_004(seed_texts) -> str:
    return next(t for n, t in seed_texts.items() if n.startswith("004"))


FIELD_CASES = Path(__file__).resolve().parent / "data" / "field_cases"


def field_case(prefix: str) -> str:
    """The text of a field case (tests/data/field_cases, copied from ../shared/field-cases:
    small inputs written for this project) by its number, e.g. "02" or "18b"."""
    (path,) = FIELD_CASES.glob(f"{prefix}-*")
    return path.read_text(encoding="utf-8")


# An airline story of plain reporting: names and figures in the lead, none in the
# sections after it (written for these tests; names invented).
AIRLINE_LEAD = (
    "Harbour Air will resume domestic flights on May 1, the airline said on Friday, after a "
    "month-long halt that grounded most of its fleet.\n\n"
    "The carrier will fly twice a day between Port Elm and Carrow at first, its commercial "
    "director, Nadia Osei, told reporters."
)
AIRLINE_SECTIONS = (
    "The carrier is the country's third-largest domestic airline. It lost money for years "
    "before the outbreak and has asked the finance ministry for help with its debts.",
    "The airline plans to add routes to the islands if bookings hold. Its board will decide "
    "later this month whether to seek a loan guarantee from the state.",
)

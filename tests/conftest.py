from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SHARED_DATA = ROOT.parent / "shared" / "data"


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

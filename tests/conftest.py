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

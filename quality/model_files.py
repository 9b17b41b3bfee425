"""Where the model and its card are, read without importing scikit-learn: ``quality
--version`` names the model it would score with, and stays light."""

from __future__ import annotations

import json
import os
from pathlib import Path


def default_model_path() -> Path:
    """$QUALITY_MODEL; else the model an installed wheel carries (quality/models/, packed
    from the checkout's models/ by pyproject.toml); else models/reliability.joblib in the
    project checkout (an editable install)."""
    env = os.environ.get("QUALITY_MODEL")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    packaged = here / "models" / "reliability.joblib"
    return packaged if packaged.exists() else here.parent / "models" / "reliability.joblib"


def card_path(model_path: Path) -> Path:
    """The card beside a model file: ``reliability.card.json`` for ``reliability.joblib``."""
    return model_path.with_name(model_path.name.removesuffix(".joblib") + ".card.json")


def model_line(model_path: Path | None = None) -> str:
    """One line naming the model (``default_model_path`` when None): its path, its
    card's ``model_sha256`` (what to store beside scores) and when it was trained; or
    why there is none to name. Reads the card only, not the model."""
    path = default_model_path() if model_path is None else Path(model_path)
    if path.is_dir():
        path = path / "reliability.joblib"
    try:
        card = json.loads(card_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"model: {path} (no card readable: {exc.__class__.__name__})"
    return f"model: {path} sha256 {card.get('model_sha256', '?')} (trained {card.get('created', '?')})"

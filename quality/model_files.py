"""Where the model and its card are, read without importing scikit-learn: ``quality
--version`` names the model it would score with, and stays light."""

from __future__ import annotations

import hashlib
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


def sha256_file(path: str | os.PathLike) -> str:
    """The sha256 of a file's bytes, read a megabyte at a time."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def model_line(model_path: Path | None = None) -> str:
    """One line naming the model (``default_model_path`` when None): its path, the
    sha256 of its file (what to store beside scores) and when its card says it was
    trained; or why it cannot score: no file, no card, or a file that is not the one
    its card describes (the card's sha256 alone was printed for an altered file, which
    scoring then refused: a tester's find, 2026-12-06). Reads the file and its card,
    without loading the model."""
    path = default_model_path() if model_path is None else Path(model_path)
    if path.is_dir():
        path = path / "reliability.joblib"
    try:
        sha = sha256_file(path)
    except OSError as exc:
        return f"model: {path} cannot be read ({exc.strerror or exc}): scoring needs a model"
    try:
        card = json.loads(card_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"model: {path} sha256 {sha}, without a readable card ({exc.__class__.__name__}): scoring refuses it"
    if card.get("model_sha256") != sha:
        return (
            f"model: {path} sha256 {sha}, which is not its card's ({card.get('model_sha256', 'none')}): "
            "scoring refuses it"
        )
    return f"model: {path} sha256 {sha} (trained {card.get('created', '?')})"

"""article-quality: rate how reliable a news-style article is, and say exactly why.

>>> from quality import extract_features
>>> extract_features("Experts warn it could potentially rain.")["hedging.stacked_per_1k_words"].value
166.66666666666666
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# quality.clean is light (no numpy) and imported here so that the name `clean` is the
# function, not the submodule that importing quality.clean later would bind
from quality.clean import clean
from quality.errors import InputError, ModelError, QualityError, UsageError

__version__ = "0.1.0"

# The public names load on first use (PEP 562), so `quality --version` and `--help` do not
# import numpy, pandas or scikit-learn (tests/test_cli.py checks).
_LAZY = {
    "Document": "quality.document",
    "EXTRACTORS": "quality.features",
    "FEATURE_NAMES": "quality.features",
    "extract_features": "quality.features",
    "Reason": "quality.scorer",
    "Scorer": "quality.scorer",
    "ScoreResult": "quality.scorer",
}

if TYPE_CHECKING:
    from quality.document import Document
    from quality.features import EXTRACTORS, FEATURE_NAMES, extract_features
    from quality.scorer import Reason, Scorer, ScoreResult


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'quality' has no attribute {name!r}")


__all__ = [
    "EXTRACTORS",
    "FEATURE_NAMES",
    "Document",
    "InputError",
    "ModelError",
    "QualityError",
    "Reason",
    "ScoreResult",
    "Scorer",
    "UsageError",
    "__version__",
    "clean",
    "extract_features",
]

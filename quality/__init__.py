"""article-quality: rate how reliable a news-style article is, and say exactly why.

>>> from quality import extract_features
>>> extract_features("Experts warn it could potentially rain.")["hedging.stacked_per_1k_words"].value
166.66666666666666
"""

from __future__ import annotations

from quality.clean import clean
from quality.document import Document
from quality.errors import InputError, ModelError, QualityError, UsageError
from quality.features import EXTRACTORS, FEATURE_NAMES, extract_features
from quality.scorer import Reason, Scorer, ScoreResult

__version__ = "0.1.0"

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

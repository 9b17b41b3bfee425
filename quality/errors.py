"""One small error hierarchy: every failure the library reports on purpose is a QualityError."""

from __future__ import annotations


class QualityError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(QualityError):
    """An input record or file could not be read or is not scorable text."""


class ModelError(QualityError):
    """A model file is missing, does not match its card, or does not match this code."""


class UsageError(QualityError):
    """A call's arguments are wrong; the message says how to fix the call."""

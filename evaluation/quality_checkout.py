"""Warns, on import, when ``quality`` comes from somewhere other than this checkout.

``python evaluation/x.py`` puts evaluation/, not the checkout, first on sys.path, so
``import quality`` finds whatever copy is installed: an editable install of another
clone or worktree, or a stale wheel. The script then measures that copy's code while
its figures read as this checkout's. Every evaluation script imports this module
before it runs (``import quality_checkout  # noqa: F401``); a warning on stderr names
both places and the fix, and the script goes on, since the other copy may be meant.
"""

from __future__ import annotations

import sys
from pathlib import Path

import quality

#: The checkout holding this evaluation/ folder.
CHECKOUT = Path(__file__).resolve().parents[1]


def imports_other_checkout(package_dir: Path, checkout: Path) -> bool:
    """Whether ``package_dir`` (the folder of the imported ``quality`` package) is other
    than ``checkout``/quality. Both are resolved first, so relative paths and symlinks
    to the same folder count as the same; neither needs to exist."""
    return package_dir.resolve() != (checkout / "quality").resolve()


def warning(package_dir: Path, checkout: Path) -> str:
    """The stderr message for a ``quality`` imported from ``package_dir`` instead of
    ``checkout``: both paths and two ways to fix it."""
    return (
        f"warning: these evaluation scripts are in {checkout}, but `import quality` "
        f"found {package_dir}, so the figures are that copy's. To measure this "
        f"checkout, run `pip install -e .` in {checkout}, or run the script with "
        f"PYTHONPATH={checkout}.\n"
    )


def _package_dir() -> Path:
    # A namespace package (a quality/ folder without __init__.py somewhere on sys.path)
    # has no __file__; the folder it was found in is its __path__.
    file = getattr(quality, "__file__", None)
    return Path(file).parent if file else Path(next(iter(quality.__path__)))


if imports_other_checkout(_package_dir(), CHECKOUT):
    sys.stderr.write(warning(_package_dir(), CHECKOUT))

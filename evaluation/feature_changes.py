"""How many corpus articles change value, per feature, between two versions of the code.

    python evaluation/feature_changes.py [--old a090129] [--per-corpus 300]

Each version runs in its own process: the old one from ``git archive`` of its
``quality/`` package (into a temporary directory), the new one from this working tree.
Both extract every measurement from the same articles (the first ``--per-corpus`` of
each corpus in ../shared/data, as stored), and the script prints, per feature, how many
articles changed value (beyond 1e-9) and the mean absolute change.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

import quality_checkout  # noqa: F401  (warns if quality is not this checkout's)

from quality.train import TRAINING_CORPORA

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CORPORA = TRAINING_CORPORA

_WORKER = """
import json, sys
from quality import extract_features
for line in sys.stdin:
    text = json.loads(line)
    print(json.dumps({n: m.value for n, m in extract_features(text).items()}))
"""


def sample(per_corpus: int) -> list[tuple[str, str]]:
    out = []
    for corpus in CORPORA:
        with (DATA / corpus / "articles.jsonl").open(encoding="utf-8") as f:
            n = 0
            for line in f:
                text = json.loads(line).get("text") or ""
                if text.strip():
                    out.append((corpus, text))
                    n += 1
                if n >= per_corpus:
                    break
    return out


def features(pythonpath: Path, texts: list[str]) -> list[dict[str, float]]:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    stdin = "".join(json.dumps(t) + "\n" for t in texts)
    proc = subprocess.run(
        [sys.executable, "-c", _WORKER], input=stdin, capture_output=True, text=True,
        env=env, cwd=pythonpath, check=True,
    )
    return [json.loads(line) for line in proc.stdout.splitlines()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", default="a090129", help="git revision to compare with")
    parser.add_argument("--per-corpus", type=int, default=300)
    args = parser.parse_args()
    articles = sample(args.per_corpus)
    texts = [t for _, t in articles]
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.old, "quality"],
            capture_output=True, check=True,
        ).stdout
        tarfile.open(fileobj=BytesIO(archive)).extractall(tmp)
        old = features(Path(tmp), texts)
    new = features(ROOT, texts)
    from quality.features import MODEL_FEATURE_NAMES

    print(f"{len(texts)} articles ({args.per_corpus} per corpus), {args.old} -> working tree")
    print("feature\tin model\tchanged\t" + "\t".join(CORPORA) + "\tmean |change|")
    any_changed = set()
    for name in new[0]:
        changed = {c: 0 for c in CORPORA}
        total_abs = 0.0
        for (corpus, _), a, b in zip(articles, old, new):
            before = a.get(name)
            if before is None or abs(before - b[name]) > 1e-9:
                changed[corpus] += 1
                total_abs += abs((before or 0.0) - b[name])
        n = sum(changed.values())
        if n:
            any_changed.update(
                i
                for i, (a, b) in enumerate(zip(old, new))
                if a.get(name) is None or abs(a[name] - b[name]) > 1e-9
            )
            print(
                f"{name}\t{'yes' if name in MODEL_FEATURE_NAMES else 'no'}\t{n}\t"
                + "\t".join(str(changed[c]) for c in CORPORA)
                + f"\t{total_abs / n:.4g}"
            )
    print(f"articles with any feature changed: {len(any_changed)} of {len(texts)}")


if __name__ == "__main__":
    main()

"""Throughput, scaling and memory of article-quality, side by side with datatrove's filters.

    pip install -e ".[bench]" && python benchmarks/run.py [--docs 300] [--json out.json]

Builds ~1,000-word articles from ../shared/data (or generates them from a fixed seed when
that is absent) and reports, on one core: parsing, each extractor, full scoring with
explanations, and datatrove's Gopher quality, Gopher repetition, C4 quality and FineWeb
quality filters chained on the same documents, as docs/s and MB/s and as ratios measured
in the same run (these machines are shared and noisy: only ratios travel). Then the
speed-up from 1 to 2 processes, time against article length (100 to 20,000 words), and
peak memory of a scoring process.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
CORPORA = ("isot_subset", "llmfake", "perez_rosas_fakenews", "fakenewscorpus_sample")


def build_corpus(n_docs: int, words: int = 1000, seed: int = 0) -> list[str]:
    """Articles of about ``words`` words: real texts glued paragraph-wise when the shared
    data is present, otherwise a seeded synthetic newsy text."""
    rng = random.Random(seed)
    texts: list[str] = []
    for name in CORPORA:
        path = SHARED / name / "articles.jsonl"
        if path.exists():
            with open(path, encoding="utf-8") as fh:
                texts += [json.loads(line)["text"] for line in fh]
    if not texts:
        texts = [_synthetic(rng) for _ in range(500)]
    rng.shuffle(texts)
    docs, current, count = [], [], 0
    for text in texts:
        current.append(text)
        count += len(text.split())
        if count >= words:
            docs.append("\n\n".join(current))
            current, count = [], 0
            if len(docs) == n_docs:
                break
    while len(docs) < n_docs:  # recycle when the corpus is small
        docs.append(docs[len(docs) % max(1, len(docs))] if docs else _synthetic(rng))
    return docs


def _synthetic(rng: random.Random) -> str:
    subjects = ["The council", "Analysts", "Mayor Ana Ruiz", "The ministry", "Experts", "Officials"]
    verbs = ["said on Monday that", "may decide whether", "warned that", "confirmed that"]
    objects = [
        "rates could rise by 5 percent",
        "the plan will go ahead",
        "talks stalled",
        "the budget passed",
        "costs may possibly climb",
    ]
    return " ".join(
        f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)}." for _ in range(80)
    )


def _rate(fn, docs: list[str], min_seconds: float = 1.5) -> float:
    """Seconds per document of ``fn(doc)``, repeated over the corpus for a stable figure."""
    fn(docs[0])  # warm caches (lexicon regexes, CMUdict)
    gc.collect()
    n, start = 0, time.perf_counter()
    while True:
        for doc in docs:
            fn(doc)
        n += len(docs)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return elapsed / n


def measure_components(docs: list[str]) -> dict[str, float]:
    from quality.document import Document
    from quality.features import EXTRACTORS, extract_features
    from quality.scorer import Scorer

    def parse(text: str) -> None:
        d = Document(text)
        _ = d.paragraphs, d.sentences, d.sentence_word_counts, d.words

    results = {"parse": _rate(parse, docs)}
    for extractor in EXTRACTORS:

        def one(text: str, extractor=extractor) -> None:
            d = Document(text)
            _ = d.paragraphs, d.sentences, d.sentence_word_counts, d.words
            extractor.extract(d)

        results[f"parse + {extractor.name}"] = _rate(one, docs)
    results["all features"] = _rate(extract_features, docs)
    scorer = Scorer.load()
    results["full score + explanations"] = _rate(lambda t: scorer.score(t).to_dict(), docs)
    return results


def datatrove_chain():
    """datatrove's four filters run one after the other on a document, or None."""
    try:
        from datatrove.data import Document as DTDoc
        from datatrove.pipeline.filters import (
            C4QualityFilter,
            FineWebQualityFilter,
            GopherQualityFilter,
            GopherRepetitionFilter,
        )
    except ImportError:
        return None
    filters = [
        GopherQualityFilter(),
        GopherRepetitionFilter(),
        C4QualityFilter(),
        FineWebQualityFilter(),
    ]

    def chain(text: str) -> None:
        doc = DTDoc(text=text, id="x")
        for f in filters:  # run every filter (as a pipeline does when all keep the doc)
            f.filter(doc)

    return chain


def measure_side_by_side(docs: list[str], rounds: int = 3) -> dict[str, float] | None:
    """Ours (full score with explanations) and datatrove's chain, alternating in rounds
    so both see the same machine load; the median of the per-round ratios is reported."""
    from quality.scorer import Scorer

    chain = datatrove_chain()
    if chain is None:
        return None
    scorer = Scorer.load()
    ours, theirs, ratios = [], [], []
    for _ in range(rounds):
        o = _rate(lambda t: scorer.score(t).to_dict(), docs, min_seconds=2.0)
        d = _rate(chain, docs, min_seconds=2.0)
        ours.append(o)
        theirs.append(d)
        ratios.append(d / o)
    ratios.sort()
    return {
        "ours_docs_per_s": 1 / sorted(ours)[rounds // 2],
        "datatrove_docs_per_s": 1 / sorted(theirs)[rounds // 2],
        "ratio_median": ratios[rounds // 2],
        "ratio_min": ratios[0],
        "ratio_max": ratios[-1],
    }


def measure_parallel(docs: list[str]) -> dict[str, float]:
    from quality.scorer import Scorer, ScoreResult

    scorer = Scorer.load()
    out = {}
    for jobs in (1, 2):
        # as the CLI runs it: records converted where they were scored; min_parallel=0 so
        # that a few hundred documents still go to the workers being measured
        run = partial(
            scorer.score_many,
            n_jobs=jobs,
            batch_size=16,
            convert=ScoreResult.to_dict,
            min_parallel=0,
        )
        list(run(docs[:64]))  # warm every worker
        start = time.perf_counter()
        n = sum(1 for _ in run(docs))
        out[jobs] = (time.perf_counter() - start) / n
    return out


def measure_scaling(seed_docs: list[str]) -> dict[int, float]:
    from quality.scorer import Scorer

    scorer = Scorer.load()
    words = " ".join(seed_docs).split()
    out = {}
    for n in (100, 500, 1000, 2000, 5000, 10_000, 20_000):
        reps = (words * (n // max(1, len(words)) + 1))[:n]
        # keep paragraph structure: a break every 60 words
        text = "\n\n".join(" ".join(reps[i : i + 60]) for i in range(0, n, 60))
        out[n] = _rate(lambda t: scorer.score(t).to_dict(), [text], min_seconds=1.0)
    return out


def measure_memory(n_docs: int) -> dict[str, float]:
    """Peak RSS (MB) of a process scoring ``n_docs`` articles in a stream, for two sizes:
    flat memory means the larger stream peaks no higher than the smaller one."""
    code = "\n".join(
        [
            "import resource, sys",
            f"sys.path.insert(0, {str(ROOT)!r})",
            "from benchmarks.run import build_corpus",
            "from quality.scorer import Scorer",
            "docs = build_corpus(200)",
            "s = Scorer.load()",
            "n = int(sys.argv[1])",
            "for r in s.score_many(docs[i % 200] for i in range(n)):",
            "    r.to_dict()",
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)",
        ]
    )
    out = {}
    for n in (n_docs // 5, n_docs):
        proc = subprocess.run(
            [sys.executable, "-c", code, str(n)], capture_output=True, text=True, check=True
        )
        out[n] = float(proc.stdout.strip().splitlines()[-1])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=600, help="articles in the corpus")
    parser.add_argument("--memory-docs", type=int, default=2000)
    parser.add_argument("--json", default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    docs = build_corpus(args.docs)
    mb = sum(len(d.encode()) for d in docs) / len(docs) / 1e6
    words = sum(len(d.split()) for d in docs) / len(docs)
    print(f"corpus: {len(docs)} articles, mean {words:.0f} words, {mb * 1e3:.1f} KB each\n")

    report: dict = {"docs": len(docs), "mean_words": words, "mean_mb": mb}
    components = measure_components(docs)
    print(f"{'one core':36s} {'docs/s':>9s} {'MB/s':>7s}")
    for name, sec in components.items():
        print(f"{name:36s} {1 / sec:9.1f} {mb / sec:7.2f}")
    report["one_core_docs_per_s"] = {k: 1 / v for k, v in components.items()}
    side = measure_side_by_side(docs)
    if side:
        print(
            f"\nside by side, alternating rounds: ours {side['ours_docs_per_s']:.1f} docs/s, "
            f"datatrove's 4 filters {side['datatrove_docs_per_s']:.1f} docs/s; ours is "
            f"{side['ratio_median']:.1f}x faster (rounds: {side['ratio_min']:.1f}x to "
            f"{side['ratio_max']:.1f}x)"
        )
        report["side_by_side"] = side
    else:
        print("\n(datatrove is not installed: pip install -e '.[bench]' for the comparison)")

    par = measure_parallel(docs)
    speedup = par[1] / par[2]
    print(
        f"\nscore_many: 1 process {1 / par[1]:.1f} docs/s, 2 processes {1 / par[2]:.1f} docs/s"
        f" (speed-up {speedup:.2f}x)"
    )
    report["parallel_docs_per_s"] = {str(k): 1 / v for k, v in par.items()}

    scaling = measure_scaling(docs[:5])
    base = scaling[1000]
    print("\nlength (words)  ms/article  cost vs 1,000 words")
    for n, sec in scaling.items():
        print(f"{n:14d} {sec * 1e3:11.2f} {sec / base:10.2f}x")
    report["scaling_seconds"] = {str(k): v for k, v in scaling.items()}

    memory = measure_memory(args.memory_docs)
    print(
        "\npeak RSS of a scoring process: "
        + ", ".join(f"{n} articles {mb_:.0f} MB" for n, mb_ in memory.items())
    )
    report["peak_rss_mb"] = {str(k): v for k, v in memory.items()}
    report["this_process_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

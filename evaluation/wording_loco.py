"""The wording signals alone, leave one corpus out: how a setting of theirs carries.

    python evaluation/wording_loco.py                           # both, as shipped
    python evaluation/wording_loco.py --signal vocabulary --C 1 3 10
    python evaluation/wording_loco.py --signal vocabulary --read-hedges
    python evaluation/wording_loco.py --by-paragraph

Each wording signal (``quality.train.TEXT_MODELS``) is trained on every corpus but one
and ranks the held-out one by its log-odds, with nothing else beside it: the figure
that chose its settings (the vocabulary's ``C``, hedges not read), where the whole
model's leave-one-corpus-out run (``quality train``) takes an hour. The texts, reading,
sample weights and length buckets are ``quality train``'s: giveaways neutralised
(``quality.giveaways``), each text as the measurements read it (``quality.reading``),
corpora weighed by ``quality.train.sample_weights``.

``--by-paragraph`` rates each held-out text by the median of its paragraphs' log-odds
(``paragraph_median``) instead of the whole text's, and reports what four plain dated
sentences set into held-out unreliable articles gain either way (``PADDING``, the
gaming edit of evaluation/edits.py that the whole-text rating does not hold).

``--trim-share`` tries the wording read without the sentences that lean most towards
reliable (``VocabularyModel.trim_share``). Every run reports the mean log-odds that
held-out unreliable articles gain with PADDING set in and with SENTENCE appended.

``--read-hedges`` is the ablation of one rule: the tokeniser reads hedges again
(``quality.features.vocabulary`` leaves them to the hedging measurements);
``--read-filler`` another: it reads paragraphs labelled filler again (left to
``filler.filler_char_frac``); ``--read-leftovers`` reads generator leftovers and template
slots again (left to ``formatting.placeholder_per_1k_words``); ``--read-numbers`` reads
numbers and the per cent sign again (left to the sourcing cues).

Prints, per signal and setting, the mean ROC-AUC over the corpora that hold
MIN_PER_CLASS articles of each label (length-matched in brackets,
``quality.metrics.length_matched_auc``) and each corpus's figure. Reads the labeled
files (default: the ones the README's train command reads); writes nothing. About
3 minutes to read the texts and 1-2 minutes a setting on 2 cores.
"""

from __future__ import annotations

import argparse
import sys
import time
from functools import lru_cache, partial
from pathlib import Path

import numpy as np
from joblib import Parallel, delayed

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import quality_checkout  # noqa: E402, F401  (warns if quality is not this checkout's)

from quality import giveaways, metrics  # noqa: E402
from quality.features import vocabulary, word_choice  # noqa: E402
from quality.labels import read_labeled  # noqa: E402
from quality.train import (  # noqa: E402
    TEXT_MODELS,
    featurize,
    held_out_splits,
    sample_weights,
    training_files,
)

SIGNALS = {"vocabulary": vocabulary.NAME, "word_choice": word_choice.NAME}


def largest_token_part(model, text: str) -> float:
    """The most log-odds any one token of ``text`` holds: the summed parts of the
    n-grams that read it, the largest in absolute value (deleting the token takes about
    that much off, less the small change to the row's L2 norm)."""
    tokens = model._tokens(text)
    index, weights, where, _ = model._row(tokens, text)
    per_token = np.zeros(len(tokens))
    for j, w in zip(index, weights):
        for i, n in where[int(j)]:
            per_token[i : i + n] += w / len(where[int(j)])
    return float(np.abs(per_token).max()) if len(tokens) else 0.0


#: A paragraph read on its own by ``--by-paragraph`` holds at least this many words
#: (shorter ones, headlines and captions, go with none).
PARAGRAPH_MIN_WORDS = 20
#: What ``--by-paragraph`` sets into each held-out unreliable article, after its third
#: paragraph, to measure padding: evaluation/edits.py's four plain dated sentences.
PADDING = (
    "The committee met on Monday. Its report was first published in 2021. "
    "A vote is expected at 11 a.m. The next hearing is set for Nov. 4."
)


def padded(text: str) -> str:
    """``text`` with PADDING set in as a paragraph after its third (or last) one."""
    paragraphs = text.split("\n\n")
    paragraphs.insert(min(3, len(paragraphs)), PADDING)
    return "\n\n".join(paragraphs)


def paragraph_median(model, text: str) -> float:
    """The median of the log-odds of ``text``'s paragraphs of PARAGRAPH_MIN_WORDS+ words,
    each read alone (the whole text's log-odds when it has none): one paragraph cannot
    carry the article."""
    parts = [p for p in text.split("\n\n") if len(p.split()) >= PARAGRAPH_MIN_WORDS]
    if not parts:
        return float(model.log_odds([text])[0])
    return float(np.median(model.log_odds(parts)))


#: What every run appends to held-out unreliable articles, as a sentence of their last
#: paragraph: a tester's neutral sentence (2026-12-06: +13.8 points on one article).
SENTENCE = "The agency has offices in three cities."


def appended(text: str) -> str:
    """``text`` with SENTENCE after its last sentence."""
    return text.rstrip() + " " + SENTENCE


def _paragraph_medians(model, texts) -> np.ndarray:
    return np.array([paragraph_median(model, t) for t in texts])


def held_out_aucs(
    name: str, settings: dict, read_hedges: bool, texts, y, corpus, words, by_paragraph: bool = False, read_filler: bool = False,
    read_leftovers: bool = False,
    read_numbers: bool = False,
) -> dict:
    """{corpus: (ROC-AUC, length-matched ROC-AUC, median largest one-token part, mean
    log-odds gain with PADDING, with SENTENCE, the two gains in standard deviations of
    the held-out log-odds)} of wording signal ``name`` built with ``settings``
    (VocabularyModel fields), trained on the other corpora; the gains are over up to 200
    held-out unreliable articles. ``by_paragraph``: each held-out text is rated by
    ``paragraph_median``, and an eighth figure is the PADDING gain of the whole-text
    rating."""
    saved = (
        vocabulary.hedge_spans, vocabulary._masked_tokens, vocabulary.filler_spans, vocabulary.leftover_spans,
        vocabulary.UNREAD_SHAPES,
    )
    if read_hedges:  # the ablation, undone on return
        vocabulary.hedge_spans = lambda doc: []
    if read_filler:
        vocabulary.filler_spans = lambda text: []
    if read_leftovers:
        vocabulary.leftover_spans = lambda text: []
    if read_numbers:
        vocabulary.UNREAD_SHAPES = frozenset()
    # every fold reads the same texts: tokenise each once (a cache for this run only)
    vocabulary._masked_tokens = lru_cache(maxsize=None)(vocabulary._masked_tokens.__wrapped__)
    out = {}
    try:
        for held, test in held_out_splits(y, corpus):
            train = ~test
            model = TEXT_MODELS[name](**settings)
            weights = sample_weights(corpus[train], y[train])
            model.fit(texts[train], y[train], sample_weight=weights, corpus=corpus[train])
            rate = partial(_paragraph_medians, model) if by_paragraph else model.log_odds
            p = -rate(list(texts[test]))  # ranked for the positive class, unreliable
            out[held] = (
                metrics.roc_auc(y[test], p),
                metrics.length_matched_auc(y[test], p, words[test]),
                float(np.median([largest_token_part(model, t) for t in texts[test]])),
            )
            bad = list(texts[test & (y == 1)])[:200]
            before = rate(bad)
            # in standard deviations of the held-out log-odds too: the glass box reads
            # the signal standardised, so a gain counts by its size against the spread
            spread = float(np.std(p)) or 1.0
            out[held] += (
                float(np.mean(rate([padded(t) for t in bad]) - before)),
                float(np.mean(rate([appended(t) for t in bad]) - before)),
            )
            out[held] += (out[held][3] / spread, out[held][4] / spread)
            if by_paragraph:
                whole = np.mean(model.log_odds([padded(t) for t in bad]) - model.log_odds(bad))
                out[held] += (float(whole),)
    finally:
        (
            vocabulary.hedge_spans, vocabulary._masked_tokens, vocabulary.filler_spans, vocabulary.leftover_spans,
            vocabulary.UNREAD_SHAPES,
        ) = saved
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="labeled JSONL/CSV files (default: the training set)")
    ap.add_argument("--signal", choices=[*SIGNALS, "both"], default="both")
    ap.add_argument("--C", type=float, nargs="+", help="inverse L2 strengths to try (default: each signal's own)")
    ap.add_argument(
        "--max-gram", type=float, nargs="+", help="limits on one n-gram's log-odds to try (0: none; default: the signal's own)"
    )
    ap.add_argument(
        "--trim-share",
        type=float,
        nargs="+",
        help="shares of tokens, in the sentences leaning most reliable, to leave out to try (0: none; default: the signal's own)",
    )
    ap.add_argument(
        "--within-lines", action="store_true", help="read no n-gram over a line break (across_lines False)"
    )
    ap.add_argument("--norm", nargs="+", choices=["l1", "l2"], help="row norms to try (default: the signal's own)")
    ap.add_argument("--read-hedges", action="store_true", help="read hedges as wording (the ablation)")
    ap.add_argument("--read-filler", action="store_true", help="read filler paragraphs as wording (the ablation)")
    ap.add_argument("--read-numbers", action="store_true", help="read numbers and '%%' as wording (the ablation)")
    ap.add_argument(
        "--read-leftovers", action="store_true", help="read generator leftovers and template slots as wording (the ablation)"
    )
    ap.add_argument(
        "--by-paragraph",
        action="store_true",
        help="rate each held-out text by its paragraphs' median log-odds",
    )
    ap.add_argument("--jobs", type=int, default=2, help="processes (default 2)")
    args = ap.parse_args(argv)
    files = args.files or training_files(ROOT)
    missing = [str(f) for f in files if not Path(f).exists()]
    if missing:
        ap.error(f"no such file(s): {', '.join(missing)}")

    data = giveaways.neutralise_frame(read_labeled(files))
    data = data[data["text"].str.strip().str.len() > 0].reset_index(drop=True)
    start = time.time()
    read = featurize(data["text"].tolist(), n_jobs=args.jobs)
    texts = np.array(read.read, dtype=object)
    y, corpus = data["y"].to_numpy(), data["corpus"].to_numpy()
    print(f"{len(texts)} articles from {len(set(corpus))} corpora, read in {time.time() - start:.0f} s", flush=True)

    names = list(SIGNALS) if args.signal == "both" else [args.signal]
    runs = [
        (
            n,
            {k: v for k, v in (("C", c), ("max_gram_logodds", g), ("trim_share", t), ("norm", r)) if v is not None}
            | ({"across_lines": False} if args.within_lines else {}),
        )
        for n in names
        for c in (args.C or [None])
        for g in (args.max_gram or [None])
        for t in (args.trim_share or [None])
        for r in (args.norm or [None])
    ]
    start = time.time()
    results = Parallel(n_jobs=args.jobs)(
        delayed(held_out_aucs)(
            SIGNALS[n], s, args.read_hedges, texts, y, corpus, read.word_counts, args.by_paragraph, args.read_filler,
            args.read_leftovers,
            args.read_numbers,
        )
        for n, s in runs
    )
    hedges = "hedges read" if args.read_hedges else "hedges not read"
    for (n, settings), result in zip(runs, results):
        default = TEXT_MODELS[SIGNALS[n]]()
        C = settings.get("C", default.C)
        limit = settings.get("max_gram_logodds", default.max_gram_logodds)
        trim = settings.get("trim_share", default.trim_share)
        lines = "" if settings.get("across_lines", default.across_lines) else ", n-grams within lines"
        lines += f", {settings.get('norm', default.norm)} rows"
        mean = np.mean([r[0] for r in result.values()])
        matched = np.mean([r[1] for r in result.values()])
        token = np.mean([r[2] for r in result.values()])
        cells = ", ".join(f"{c} {r[0]:.3f} ({r[1]:.3f})" for c, r in result.items())
        padding = np.mean([r[3] for r in result.values()])
        sentence = np.mean([r[4] for r in result.values()])
        cells += f"; log-odds gains of unreliable articles, mean: padding {padding:+.3f}, one sentence {sentence:+.3f}"
        padding_sd = np.mean([r[5] for r in result.values()])
        sentence_sd = np.mean([r[6] for r in result.values()])
        cells += f" (in held-out standard deviations: {padding_sd:+.3f}, {sentence_sd:+.3f})"
        if args.by_paragraph:
            gains = ", ".join(f"{c} {r[3]:+.3f} (whole {r[7]:+.3f})" for c, r in result.items())
            cells += f"; padding gains, paragraphs' median (whole text): {gains}"
        print(
            f"{n} (C = {C:g}, n-gram limit {limit:g}, trim {trim:g}{lines}, {hedges}): mean {mean:.3f} ({matched:.3f}), "
            f"largest one-token part {token:.3f} log-odds (median article); {cells}",
            flush=True,
        )
    print(f"[{time.time() - start:.0f} s]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

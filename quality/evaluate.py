"""Evaluation on any labeled set: how good is the model on my data, and where does it fail?

Reports overall metrics with bootstrap confidence intervals, the same per slice (any
column, the corpus, word-count buckets), a length-matched ROC-AUC, baselines side by side,
each feature's ROC-AUC alone and mean contribution per class, and the most confidently
wrong articles with their reasons. Writes metrics.json and report.html with PNG plots.

``check_floors`` is the regression gate: it fails when a ROC-AUC falls more than a
pinned epsilon below its pinned floor, and ``update_floors`` never lowers a floor
unless told to.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from quality import __version__, giveaways, metrics
from quality.errors import UsageError
from quality.features import ALL_SPECS
from quality.io import DEFAULT_MAX_CHARS, Record, is_missing, within_limit
from quality.labels import READ_ERROR, read_labeled
from quality.scorer import NOT_RATED, Scorer

N_WRONG = 10
#: Unreadable rows listed in the printed summary (all of them are in metrics.json).
MAX_LISTED_UNREADABLE = 5
#: The overall metrics shown in the terminal summary and the HTML report, in order.
REPORTED_METRICS = (
    "roc_auc",
    "pr_auc",
    "length_matched_roc_auc",
    "accuracy",
    "precision",
    "recall",
    "f1",
    "brier",
    "ece",
    "recall_at_1pct_fpr",
    "recall_at_5pct_fpr",
)
#: The ones with bootstrap intervals (length matching needs the word counts per resample).
BOOTSTRAP_METRICS = tuple(m for m in REPORTED_METRICS if m != "length_matched_roc_auc")


#: How the intervals are computed (written into metrics.json).
INTERVAL_METHOD = (
    "95% bias-corrected percentile bootstrap (Efron's BC) over resampled articles, of the "
    "same statistic as the point estimate; clamped to contain the point estimate"
)


def _bc_interval(samples: np.ndarray, point: float, level: float = 0.95) -> list[float]:
    """Efron's bias-corrected percentile interval: the percentiles are shifted by how far
    the point estimate sits from the middle of its bootstrap distribution, which is what
    a biased statistic needs (ECE is larger on resamples, whose duplicates make bins
    noisier: plain percentiles can miss the ECE itself). A point at the edge of the
    distribution can still fall outside, so the interval is finally widened to hold it."""
    from statistics import NormalDist

    normal = NormalDist()
    n = len(samples)
    below = (np.sum(samples < point) + 0.5 * np.sum(samples == point)) / n
    below = min(max(below, 0.5 / n), 1 - 0.5 / n)
    z0 = normal.inv_cdf(below)
    z = normal.inv_cdf(0.5 + level / 2)
    lo = 100 * normal.cdf(2 * z0 - z)
    hi = 100 * normal.cdf(2 * z0 + z)
    low, high = float(np.percentile(samples, lo)), float(np.percentile(samples, hi))
    return [min(low, point), max(high, point)]


def _bootstrap(y: np.ndarray, p: np.ndarray, n: int, seed: int = 0) -> dict[str, list[float]]:
    """95% intervals of each metric over ``n`` resamples of the articles (INTERVAL_METHOD)."""
    if n <= 0 or len(y) < 2:
        return {}
    point = metrics.summary(y, p)
    rng = np.random.default_rng(seed)
    samples: dict[str, list[float]] = {m: [] for m in BOOTSTRAP_METRICS}
    for _ in range(n):
        idx = rng.integers(0, len(y), len(y))
        s = metrics.summary(y[idx], p[idx])
        for m in BOOTSTRAP_METRICS:
            if not math.isnan(s[m]):
                samples[m].append(s[m])
    return {
        m: _bc_interval(np.asarray(v), point[m])
        for m, v in samples.items()
        if v and not math.isnan(point[m])
    }


def _top_reasons(result, n: int = 3) -> list[dict[str, Any]]:
    """The few reasons the confidently-wrong list shows, kept instead of the whole result
    (features and evidence of every article would not fit in memory on large sets)."""
    return [
        {
            "feature": x.feature,
            "points": round(x.points, 2),
            "evidence": [e.text[:80] for e in x.evidence[:2]],
        }
        for x in result.weightiest(n)
    ]


def _evaluation_row(result, names: tuple[str, ...]) -> dict[str, Any]:
    """What evaluation keeps of one result (built where it was scored)."""
    row: dict[str, Any] = {"status": result.status, "error": result.error}
    if result.ok:
        row["rating"] = result.label
        row["flags"] = list(result.flags)
        row["p"] = result.p_unreliable
        row["reliability"] = result.reliability
        row["word_count"] = result.features["webstats.gopher_word_count"].value
        row["top_reasons"] = _top_reasons(result)
        by_name = {x.feature: x for x in result.reasons}
        for n in names:
            row[f"value:{n}"] = result.features[n].value
            row[f"points:{n}"] = by_name[n].points
    return row


def _rows(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


def _rated(frame: pd.DataFrame) -> pd.Series:
    """Rows scored and rated: a text the scorer leaves ``not_rated`` (not English, too
    short to judge) has a number for reference only (README), so no figure counts it."""
    rated = frame["status"] == "ok"
    if "rating" in frame.columns:
        rated &= frame["rating"] != NOT_RATED
    return rated


def _scored_frame(
    data: pd.DataFrame,
    scorer: Scorer,
    n_jobs: int,
    progress: Callable | None,
    title_column: str = "",
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> pd.DataFrame:
    titles = data[title_column] if title_column else [None] * len(data)
    problems = data[READ_ERROR] if READ_ERROR in data.columns else [None] * len(data)
    # the limit named as the CLI names it: the library's "max_chars" sent a user of
    # `quality evaluate` to an option it lacked (a new user's find, 2026-12-07)
    records = (
        Record(rid, None, problem)
        if isinstance(problem, str)
        else within_limit(Record(rid, text, title=None if is_missing(title) else title), max_chars, "--max-chars")
        for rid, text, title, problem in zip(data["id"], data["text"], titles, problems)
    )
    convert = partial(_evaluation_row, names=tuple(scorer.model.feature_names))
    rows = scorer.score_many(records, n_jobs=n_jobs, convert=convert, max_chars=None)
    if progress is not None:
        rows = progress(rows, len(data))
    return pd.DataFrame(list(rows), index=data.index)


def evaluate(
    paths: Sequence[str | Path],
    *,
    model: str | Path | None = None,
    baselines: Sequence[str | Path] = (),
    slices: Sequence[str] = (),
    text_column: str = "text",
    label_column: str = "label",
    id_column: str = "id",
    title_column: str = "",
    neutralise: bool = False,
    n_jobs: int = 1,
    n_bootstrap: int = 200,
    progress: Callable | None = None,
    label_map: dict[str, str] | None = None,
    positive_labels: Sequence[str] = (),
    skip_unlabeled: bool = False,
    encoding: str | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> tuple[dict[str, Any], pd.DataFrame]:
    """Score the labeled sets and compute every figure; returns (metrics, per-article frame).
    With ``skip_unlabeled``, rows without a label are left out and listed
    (``unlabeled_rows``) instead of stopping the run.

    Labels are checked before anything is scored (see ``quality.labels.read_labeled`` for
    ``label_map`` and ``positive_labels``). A ``slices`` column that no file has, neither
    as a column nor as a meta field, is a UsageError. With ``neutralise``, the rows the
    giveaway rules exclude are dropped and counted (``n_dropped_by_neutralise``).
    ``encoding`` is the files' text encoding (``read_labeled``); a text over
    ``max_chars`` characters is an error row, as ``quality score`` makes one.
    ``title_column`` names a field scored with the text as ``Scorer.score(title=...)``
    does (default none: labeled sets are scored on their text, as training reads them)."""
    keep = tuple(slices) + ((title_column,) if title_column and title_column not in slices else ())
    data = read_labeled(
        paths,
        encoding=encoding,
        text_column=text_column,
        label_column=label_column,
        id_column=id_column,
        keep=keep,
        label_map=label_map,
        positive_labels=positive_labels,
        skip_unlabeled=skip_unlabeled,
    )
    for col in slices:
        if col in {"id", "text", "label", "y", "meta", "group"} or data[col].isna().all():
            fields = sorted({k for m in data["meta"] for k in m})
            raise UsageError(
                f"Cannot slice by {col!r}: no labeled file has it as a column or meta field "
                f"(meta fields: {', '.join(fields) or 'none'}). Name a column with --slice."
            )
    if title_column and title_column not in slices and data[title_column].isna().all():
        # named and held by no row: a typo scored every text without its title, unsaid
        # (a new user's find, 2026-12-07)
        raise UsageError(
            f"No labeled row has the title column {title_column!r} (--title-column): name the "
            "column that holds the titles, or leave the option out."
        )
    unreadable = list(data.attrs.get("unreadable", []))
    unlabeled = list(data.attrs.get("unlabeled", []))
    if data.empty:
        # nothing to score: say why, not a KeyError (a tester's find)
        raise UsageError(
            f"No labeled article to evaluate: {_rows(len(unlabeled))} without a label, "
            f"{_rows(len(unreadable))} that cannot be read"
            + (f" (first: {(unlabeled or unreadable)[0]})" if unlabeled or unreadable else "")
            + "."
        )
    # an id labeled both ways is one article judged twice, or two articles sharing an
    # id: either way a reader of the figures should know
    labels_per_id = data.groupby("id")["label"].nunique()
    conflicting = [str(i) for i in labels_per_id.index[labels_per_id > 1]]
    repeated = [str(i) for i in data["id"][data["id"].duplicated()].unique()]
    n_read = len(data)
    if neutralise:
        data = giveaways.neutralise_frame(data)
    scorer = Scorer.load(model)
    scored = _scored_frame(data, scorer, n_jobs, progress, title_column, max_chars)
    frame = pd.concat([data.drop(columns=["meta", READ_ERROR], errors="ignore"), scored], axis=1)
    if not (frame["status"] == "ok").any():
        # every article failed: nothing was scored, so no figure can be computed (it was a
        # KeyError, exit 1, the code of a failed --check gate; a tester's find). Articles
        # scored but not rated are reported as such, with why the rankings are missing.
        # the reasons alike but for a figure counted as one ("text is 248 characters,
        # over the limit of 15" and "... 191 ..."; a sibling tester's find, 2026-12-07)
        kinds = frame["error"].fillna("").str.replace(r"\d[\d,]*", "N", regex=True)
        counts = kinds.value_counts()
        said = "; ".join(f"{n} x {why}" for why, n in counts.head(3).items())
        said += f"; and {len(counts) - 3} more kinds" if len(counts) > 3 else ""
        raise UsageError(f"No article could be scored: all {len(frame)} failed ({said}).")
    rated = _rated(frame)
    ok = frame[rated]
    not_rated = frame[(frame["status"] == "ok") & ~rated]
    y, p, wc = ok["y"].to_numpy(), ok["p"].to_numpy(), ok["word_count"].to_numpy()

    card = scorer.model.card
    trained_on = sorted({f["corpus"] for f in card.get("training_files", []) if f.get("corpus")})
    report: dict[str, Any] = {
        "files": [str(x) for x in paths],
        "model": str(scorer.model.path),
        # what a stored figure was measured with: the model file's digest and the
        # package that wrote the figures (the README asks users to keep both with scores)
        "model_sha256": card.get("model_sha256"),
        "quality_version": __version__,
        # figures on articles from these corpora, or from their publishers, are in-sample
        "model_training_corpora": trained_on,
        "in_sample_corpora": sorted({str(c) for c in data["corpus"]} & set(trained_on)),
        "neutralised": neutralise,
        "n_dropped_by_neutralise": int(n_read - len(data)),
        "n_unreadable_rows": len(unreadable),
        "unreadable_rows": unreadable,
        # how the files were read, where a reader should know (a UTF-8 file read in
        # another --encoding, a directory's file left out as no labeled set)
        "read_notes": list(data.attrs.get("read_notes", [])),
        "n_unlabeled_rows": len(unlabeled),
        "unlabeled_rows": unlabeled,
        "n_repeated_ids": len(repeated),
        "repeated_ids": repeated[:50],
        "n_ids_labeled_both_ways": len(conflicting),
        "ids_labeled_both_ways": conflicting[:50],
        "n_articles": int(len(frame)),
        "n_errors": int((frame["status"] != "ok").sum()),
        "errors": [
            {"id": i, "error": e}
            for i, e in zip(
                frame.loc[frame["status"] != "ok", "id"],
                frame.loc[frame["status"] != "ok", "error"],
            )
        ][:50],
        "n_not_rated": int(len(not_rated)),
        "not_rated": [
            {"id": i, "flags": f} for i, f in zip(not_rated["id"], not_rated["flags"])
        ][:50],
        "threshold": {"p_unreliable": 0.5, "reliability": 50.0},
        "overall": metrics.summary(y, p, wc),
        # the cut-off to use on a stream like this sample's, at two false-positive rates
        "cutoffs": {
            f"{round(100 * rate)}pct_fpr": {
                "fpr": rate,
                "flag_reliability_at_most": metrics.reliability_cutoff_at_fpr(y, p, rate),
                "recall": metrics.recall_at_fpr(y, p, rate),
                "n_reliable": int((y == 0).sum()),
            }
            for rate in (0.01, 0.05)
        },
        "confidence_intervals": _bootstrap(y, p, n_bootstrap),
        "interval_method": INTERVAL_METHOD,
    }
    # slices: the corpus, word-count buckets, and any column the user names
    buckets = metrics.length_bucket(wc)
    slice_values = {
        "corpus": ok["corpus"],
        "length": [metrics.bucket_name(b) for b in buckets],
    }
    for col in slices:
        slice_values[col] = ok[col].map(lambda v: "(none)" if v is None or v != v else str(v))
    # length buckets shortest first ("150-299 words" before "1200+ words"), others by name
    order = {"length": [metrics.bucket_name(b) for b in sorted(set(buckets))]}
    report["slices"] = {}
    for col, values in slice_values.items():
        values = np.asarray(values)
        report["slices"][col] = {
            str(v): metrics.summary(y[values == v], p[values == v], wc[values == v])
            for v in order.get(col, sorted(set(values)))
        }
    # baselines
    base: dict[str, Any] = {}
    if len(set(y)) == 2:
        auc = metrics.roc_auc(y, wc)
        base["word count alone (best direction: an upper bound)"] = {
            "roc_auc": max(auc, 1 - auc),
            "direction": "longer is less reliable" if auc >= 0.5 else "shorter is less reliable",
        }
    for path in baselines:
        other = _scored_frame(data, Scorer.load(path), n_jobs, progress)
        mask = _rated(other) & _rated(frame)
        base[str(path)] = metrics.summary(
            frame.loc[mask, "y"].to_numpy(), other.loc[mask, "p"].to_numpy()
        )
    if report["overall"]["roc_auc"] is not None:
        base["this model"] = {"roc_auc": report["overall"]["roc_auc"]}
    report["baselines"] = base
    # features: ROC-AUC alone (oriented to the documented direction), contributions
    feats = {}
    for n in scorer.model.feature_names:
        values = ok[f"value:{n}"].to_numpy()
        auc = metrics.roc_auc(y, values)
        oriented = 1 - auc if ALL_SPECS[n].direction < 0 else auc
        feats[n] = {
            "roc_auc_alone": oriented,
            "mean_points_reliable": float(ok.loc[ok["y"] == 0, f"points:{n}"].mean())
            if (y == 0).any()
            else math.nan,
            "mean_points_unreliable": float(ok.loc[ok["y"] == 1, f"points:{n}"].mean())
            if (y == 1).any()
            else math.nan,
        }
    report["features"] = feats
    # the most confidently wrong
    err = np.abs(y - p)
    wrong = []
    for i in np.argsort(-err)[:N_WRONG]:
        if err[i] < 0.5:
            break
        row = ok.iloc[i]
        wrong.append(
            {
                "id": row["id"],
                "corpus": row["corpus"],
                "label": row["label"],
                "reliability": row["reliability"],
                "reasons": row["top_reasons"],
                "excerpt": " ".join(str(row["text"]).split())[:200],
            }
        )
    report["confidently_wrong"] = wrong
    return metrics.clean(report), frame


# -- floors: the regression gate -------------------------------------------------------------


def _floor_values(report: dict) -> dict[str, float]:
    """The ROC-AUCs a floors file can pin: 'all' and each corpus."""
    out = {"all": report["overall"]["roc_auc"]}
    for corpus, m in report["slices"]["corpus"].items():
        out[corpus] = m["roc_auc"]
    return {k: v for k, v in out.items() if v is not None}


def read_floors(floors_path: str | Path, *, may_be_empty: bool = False, option: str = "--check") -> dict:
    """The floors file ``floors_path``: a JSON object with a non-empty "roc_auc" object
    of numbers (corpus or "all" -> floor) and maybe a numeric "epsilon".

    Raises UsageError for a file that is missing, not JSON or pins nothing: a gate that
    checks nothing must not pass, and one that cannot be read must say so before an hour
    of scoring, not after it with a traceback (a new user's find, 2026-12-07)."""
    path = Path(floors_path)
    try:
        pinned = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{option}: no floors file {str(path)!r} (make one with --update-floors)") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UsageError(f"{option}: cannot read {str(path)!r} as JSON: {exc}") from None
    floors = pinned.get("roc_auc") if isinstance(pinned, dict) else None
    shape = 'as --update-floors writes ({"epsilon": 0.01, "roc_auc": {"all": 0.8}})'
    if not isinstance(floors, dict) or not (floors or may_be_empty):
        raise UsageError(
            f"{option}: {str(path)!r} pins nothing: it needs a \"roc_auc\" object of corpus -> floor, {shape}"
        )
    unknown = sorted(set(pinned) - {"epsilon", "roc_auc"})
    if unknown:  # a typo'd key checked nothing, unsaid
        raise UsageError(f"{option}: {str(path)!r} holds {', '.join(map(repr, unknown))}: only \"epsilon\" and \"roc_auc\", {shape}")

    def between(v: object, low: float, high: float) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and low <= v <= high

    bad = [k for k, v in floors.items() if not between(v, 0.0, 1.0)]
    bad += [] if between(pinned.get("epsilon", 0.01), 0.0, 1.0) else ["epsilon"]
    if bad:
        raise UsageError(f"{option}: {str(path)!r}: {', '.join(map(repr, bad))} must be a number from 0 to 1")
    return pinned


def check_floors(report: dict, floors_path: str | Path) -> list[str]:
    """Failures (empty when the gate passes): each pinned ROC-AUC more than epsilon below
    its floor, and each pinned corpus that was not evaluated (absent from the inputs, or
    with one class only): a gate that checked nothing has not passed. Raises UsageError
    for a floors file ``read_floors`` refuses."""
    pinned = read_floors(floors_path)
    eps = float(pinned.get("epsilon", 0.01))
    values = _floor_values(report)
    failures = []
    for name, floor in pinned.get("roc_auc", {}).items():
        if name not in values:
            failures.append(
                f"{name}: pinned at {floor:.4f} but not evaluated (no such corpus among the "
                f"inputs, or it has one class only; evaluated: {', '.join(values) or 'none'})"
            )
        elif values[name] < floor - eps:
            failures.append(f"{name}: ROC-AUC {values[name]:.4f} < floor {floor:.4f} - {eps}")
    return failures


def update_floors(report: dict, floors_path: str | Path, *, allow_lower: bool = False) -> list[str]:
    """Pin today's ROC-AUCs (rounded down to 3 decimals). A floor is never lowered unless
    ``allow_lower``; returns what changed."""
    path = Path(floors_path)
    pinned = read_floors(path, may_be_empty=True, option="--update-floors") if path.exists() else {"epsilon": 0.01, "roc_auc": {}}
    changes = []
    for name, value in _floor_values(report).items():
        new = math.floor(value * 1000) / 1000
        old = pinned["roc_auc"].get(name)
        if old is None or new > old or (allow_lower and new < old):
            changes.append(f"{name}: {old} -> {new}")
            pinned["roc_auc"][name] = new
        elif new < old:
            changes.append(f"{name}: kept {old} (today {new}; pass --allow-lower-floors to lower)")
    path.write_text(json.dumps(pinned, indent=2, sort_keys=True) + "\n")
    return changes


# -- outputs ---------------------------------------------------------------------------------


def _cutoff_lines(cutoffs: dict) -> list[str]:
    """The cut-offs at 1% and 5% false positives, as a reader would set them."""
    lines = []
    for c in cutoffs.values():
        at, recall = c.get("flag_reliability_at_most"), c.get("recall")
        if at is None or recall is None or not math.isfinite(at):
            continue
        rate = c.get("fpr", 0.0)
        line = f"  flag reliability <= {at:.1f} to flag {rate:.0%} of reliable articles: catches {recall:.1%} of unreliable ones"
        n_reliable = c.get("n_reliable")
        if n_reliable is not None and n_reliable * rate < 1:
            # a helper's find: 1% of 25 reliable articles is no article, so this cut-off
            # flags none of them and says little about a stream
            noun = "article" if n_reliable == 1 else "articles"
            line += f" (only {n_reliable} reliable {noun}: under one at {rate:.0%}; label more to trust it)"
        lines.append(line)
    return lines


#: Under this many articles of either class, ``summary_text`` says the figures rest on
#: too few to trust (a design value: with n of a class, one article of it moves ROC-AUC
#: by up to 1/n, a tenth at ten).
FEW_PER_CLASS = 10


#: What the figures printed by ``summary_text`` are, for a reader who has not met them.
METRICS_LEGEND = (
    "  [a, b]: 95% bootstrap interval; unreliable is the positive class, reliability 50 the cut",
    "  length_matched_roc_auc: ROC-AUC over pairs of articles of one length band (length cannot pass for quality)",
    "  brier: mean squared gap between p_unreliable and the label (0 best)",
    "  ece: expected calibration error, the mean gap between p_unreliable and the share unreliable over 10 bins of it (0 best)",
)


def _in_sample_lines(report: dict) -> list[str]:
    """The note that the model was trained on some corpora: its figures on their
    articles, or on their publishers', are in-sample and read high (a new user's find:
    0.98 on a sample of two training corpora, beside the README's 0.751 for unseen ones)."""
    trained = report.get("model_training_corpora") or []
    if not trained:
        return []
    inside = report.get("in_sample_corpora") or []
    named = f"; these files are among them: {', '.join(inside)}" if inside else ""
    return [
        f"  the model was trained on {', '.join(trained)}{named}. Articles from these corpora or "
        "their publishers score in-sample figures, which read high: for sources it never saw, "
        "see the README's leave-one-corpus-out table"
    ]


def _gate_html(gate: dict | None, esc: Callable[[str], str]) -> str:
    """The --check gate's outcome for report.html ("" without a gate)."""
    if not gate:
        return ""
    if gate["passed"]:
        return f"<p><b>Gate passed</b> ({esc(str(gate['floors']))}).</p>"
    items = "".join(f"<li>{esc(f)}</li>" for f in gate["failures"])
    return f"<p><b>Gate FAILED</b> ({esc(str(gate['floors']))}):</p><ul>{items}</ul>"


def summary_text(report: dict) -> str:
    o, ci = report["overall"], report.get("confidence_intervals", {})

    def fmt(name: str) -> str:
        v = o.get(name)
        if v is None:
            return f"  {name:22s}   n/a"
        interval = ci.get(name)
        extra = f"  [{interval[0]:.3f}, {interval[1]:.3f}]" if interval else ""
        return f"  {name:22s} {v:7.3f}{extra}"

    dropped = report.get("n_dropped_by_neutralise")
    n_not_rated = report.get("n_not_rated", 0)
    left_out = [
        f"{report['n_errors']} could not be scored" if report["n_errors"] else "",
        f"{n_not_rated} not rated" if n_not_rated else "",
    ]
    lines = [
        (
            f"{report['n_articles']} articles ({o['n_unreliable']} unreliable)"
            if not any(left_out)
            # the figures are the rated articles': say how many of those are unreliable
            else f"{report['n_articles']} articles, {', '.join(x for x in left_out if x)}; of the "
            f"{report['n_articles'] - report['n_errors'] - n_not_rated} rated, {o['n_unreliable']} unreliable"
        )
        + (f", {dropped} dropped by --neutralise" if report.get("neutralised") else ""),
        *(f"  note: {note}" for note in report.get("read_notes", [])),
        *(
            f"  skipped, unreadable: {row}"
            for row in report.get("unreadable_rows", [])[:MAX_LISTED_UNREADABLE]
        ),
        *(
            [f"  ... and {n - MAX_LISTED_UNREADABLE} more unreadable rows (metrics.json)"]
            if (n := report.get("n_unreadable_rows", 0)) > MAX_LISTED_UNREADABLE
            else []
        ),
        *(f"  skipped, no label: {row}" for row in report.get("unlabeled_rows", [])[:MAX_LISTED_UNREADABLE]),
        *(
            [f"  ... and {n - MAX_LISTED_UNREADABLE} more rows without a label (metrics.json)"]
            if (n := report.get("n_unlabeled_rows", 0)) > MAX_LISTED_UNREADABLE
            else []
        ),
        *(
            f"  not rated, left out of every figure: {e['id']!r} ({', '.join(e['flags']) or 'no label'})"
            for e in report.get("not_rated", [])[:MAX_LISTED_UNREADABLE]
        ),
        *(
            [f"  ... and {n - MAX_LISTED_UNREADABLE} more not rated (metrics.json)"]
            if n_not_rated > MAX_LISTED_UNREADABLE
            else []
        ),
        *(
            f"  could not be scored: {e['id']!r}: {e['error']}"
            for e in report.get("errors", [])[:MAX_LISTED_UNREADABLE]
        ),
        *(
            [f"  ... and {n - MAX_LISTED_UNREADABLE} more that could not be scored (metrics.json)"]
            if (n := report["n_errors"]) > MAX_LISTED_UNREADABLE
            else []
        ),
        *(
            [
                f"  ids used by more than one row: {n}, first {rep[0]!r} (every row is scored "
                "and counted)"
            ]
            if (n := report.get("n_repeated_ids", 0)) and (rep := report["repeated_ids"])
            else []
        ),
        *(
            [f"  labeled both reliable and unreliable: {n} id(s), first {both[0]!r}"]
            if (n := report.get("n_ids_labeled_both_ways", 0)) and (both := report["ids_labeled_both_ways"])
            else []
        ),
        *(
            # a new user's find: a set of one class printed n/a with no reason
            [
                "  one class only: ROC-AUC, PR-AUC, the length-matched ROC-AUC and the cut-offs "
                "compare reliable with unreliable articles, so they are n/a here"
            ]
            if o["n_unreliable"] in (0, o["n"])
            else []
        ),
        *(
            # a new user's find: ROC-AUC 1.000 [1.000, 1.000] on two articles read as
            # certain; a bootstrap of a handful of articles cannot show how wide it is
            [
                f"  few articles: {n_rel} reliable and {o['n_unreliable']} unreliable; every figure "
                "and interval can swing with one article: label more to trust them"
            ]
            if 0 < min(o["n_unreliable"], n_rel := o["n"] - o["n_unreliable"]) < FEW_PER_CLASS
            else []
        ),
        *_in_sample_lines(report),
        *(fmt(m) for m in REPORTED_METRICS),
        # the intervals' line only where there are intervals (--bootstrap 0 has none:
        # a new user's find, 2026-12-07)
        *(line for line in METRICS_LEGEND if report.get("confidence_intervals") or "[a, b]" not in line),
        *_cutoff_lines(report.get("cutoffs", {})),
        *confusion_table(o["confusion"]),
        "baselines (ROC-AUC):",
        *(
            f"  {k:52s} {_num(v.get('roc_auc'))}"
            for k, v in report["baselines"].items()
        ),
    ]
    for col, values in report["slices"].items():
        lines.append(f"by {col} (ROC-AUC, accuracy, n):")
        lines += [
            f"  {k:30s} {_num(v['roc_auc'])}  {_num(v['accuracy'])}  n={v['n']}"
            for k, v in values.items()
        ]
    if report["confidently_wrong"]:
        lines.append("most confidently wrong:")
        for w in report["confidently_wrong"][:5]:
            why = ", ".join(f"{r['feature']} {r['points']:+.1f}" for r in w["reasons"])
            lines.append(f"  {w['id']} ({w['label']}, scored {w['reliability']:.1f}): {why}")
    return "\n".join(lines) + "\n"


def _num(v) -> str:
    return "  n/a" if v is None else f"{v:.3f}"


def confusion_table(c: dict[str, int]) -> list[str]:
    """The confusion matrix at reliability 50 as text rows (unreliable is positive)."""
    return [
        "  confusion at reliability 50 (the labels' 'questionable' band, 40-60, split at its middle):",
        "                               predicted unreliable  predicted reliable",
        f"    actually unreliable        {c['tp']:>20,}  {c['fn']:>18,}",
        f"    actually reliable          {c['fp']:>20,}  {c['tn']:>18,}",
    ]


#: The columns of --out's scores.csv, one row per labeled article: the label given, the
#: score's label ("rating"), p ("p_unreliable") and the reasons as `quality score` gives them.
SCORE_COLUMNS = (
    "id", "corpus", "label", "status", "error", "reliability", "rating", "p", "flags", "word_count", "top_reasons",
)


def write_outputs(report: dict, frame: pd.DataFrame, out_dir: str | Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import precision_recall_curve, roc_curve

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(report, indent=2) + "\n")
    # one row per labeled article, in input order, its score or why it has none: the
    # figures alone named no article (a new user's find, 2026-12-07); the text is left
    # out (a corpus's licence may forbid copying it, and the input holds it)
    rows = frame[[c for c in SCORE_COLUMNS if c in frame.columns]].rename(columns={"p": "p_unreliable"})
    for column in ("flags", "top_reasons"):  # as JSON, as `quality score -o x.csv` writes them
        if column in rows.columns:
            rows[column] = [None if v is None or (isinstance(v, float) and v != v) else json.dumps(v, ensure_ascii=False) for v in rows[column]]
    if "word_count" in rows.columns:
        rows["word_count"] = rows["word_count"].astype("Int64")
    rows.to_csv(out / "scores.csv", index=False)
    ok = frame[_rated(frame)]
    y, p = ok["y"].to_numpy(), ok["p"].to_numpy()
    plots = {}
    if len(set(y)) == 2:
        fig, ax = plt.subplots(figsize=(4.5, 4))
        fpr, tpr, _ = roc_curve(y, p)
        ax.plot(fpr, tpr, label=f"ROC-AUC {report['overall']['roc_auc']}")
        ax.plot([0, 1], [0, 1], ls=":", c="grey")
        ax.set(xlabel="reliable articles flagged", ylabel="unreliable articles caught", title="ROC")
        ax.legend(loc="lower right")
        plots["roc.png"] = fig
        fig, ax = plt.subplots(figsize=(4.5, 4))
        prec, rec, _ = precision_recall_curve(y, p)
        ax.plot(rec, prec, label=f"PR-AUC {report['overall']['pr_auc']}")
        ax.set(xlabel="recall (unreliable)", ylabel="precision", title="Precision-recall")
        ax.legend(loc="lower left")
        plots["pr.png"] = fig
    fig, ax = plt.subplots(figsize=(4.5, 4))
    bins = np.linspace(0, 1, 11)
    idx = np.clip(np.digitize(p, bins[1:-1]), 0, 9)
    xs = [p[idx == b].mean() for b in range(10) if (idx == b).any()]
    ys = [y[idx == b].mean() for b in range(10) if (idx == b).any()]
    ax.plot([0, 1], [0, 1], ls=":", c="grey")
    ax.plot(xs, ys, marker="o")
    ax.set(
        xlabel="predicted p(unreliable)",
        ylabel="observed share unreliable",
        title=f"Reliability diagram (ECE {report['overall']['ece']})",
    )
    plots["calibration.png"] = fig
    fig, ax = plt.subplots(figsize=(5.5, 3.5))
    for label, colour in (("reliable", "tab:green"), ("unreliable", "tab:red")):
        ax.hist(
            ok.loc[ok["label"] == label, "reliability"],
            bins=np.linspace(0, 100, 21),
            alpha=0.6,
            label=label,
            color=colour,
        )
    ax.set(xlabel="reliability score", ylabel="articles", title="Scores by true label")
    ax.legend()
    plots["scores.png"] = fig
    feats = report["features"]
    names = sorted(
        feats,
        key=lambda n: abs(
            (feats[n]["mean_points_unreliable"] or 0) - (feats[n]["mean_points_reliable"] or 0)
        ),
    )
    # one row per feature, tall enough for its name at a legible size, and wide enough
    # for the longest name beside the bars
    longest = max((len(n) for n in names), default=10)
    fig, ax = plt.subplots(figsize=(6 + 0.075 * longest, 0.36 * len(names) + 1.4))
    ypos = np.arange(len(names))
    ax.barh(
        ypos - 0.2,
        [feats[n]["mean_points_reliable"] or 0 for n in names],
        0.4,
        label="reliable",
        color="tab:green",
    )
    ax.barh(
        ypos + 0.2,
        [feats[n]["mean_points_unreliable"] or 0 for n in names],
        0.4,
        label="unreliable",
        color="tab:red",
    )
    ax.set_yticks(ypos, names, fontsize=9)
    ax.set_ylim(-0.7, len(names) - 0.3)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.grid(axis="x", alpha=0.3)
    ax.set(
        xlabel="mean contribution (reliability points; < 0 lowers the score)",
        title="Mean contribution per feature, by true label",
    )
    ax.legend(fontsize=9, loc="lower right")
    plots["contributions.png"] = fig
    for name, fig in plots.items():
        fig.tight_layout()
        fig.savefig(out / name, dpi=100)
        plt.close(fig)
    (out / "report.html").write_text(_html(report, list(plots)), encoding="utf-8")
    return out


def _html(report: dict, images: list[str]) -> str:
    import html

    esc = html.escape

    def cell(value: Any) -> str:
        # as the terminal prints them: "n/a" for none, three decimals, an interval as
        # [a, b] (report.html had printed "None" and 66.1641; a new user's find)
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            return "n/a"
        if isinstance(value, float):
            return f"{value:.3f}"
        if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(x, float) for x in value):
            return f"[{value[0]:.3f}, {value[1]:.3f}]"
        return esc(str(value))

    def table(rows: dict[str, dict], cols: Sequence[str]) -> str:
        head = "".join(f"<th>{esc(c)}</th>" for c in ("", *cols))
        body = "".join(
            "<tr><td>"
            + esc(str(k))
            + "</td>"
            + "".join(f"<td>{cell(v.get(c))}</td>" for c in cols)
            + "</tr>"
            for k, v in rows.items()
        )
        return f"<table><tr>{head}</tr>{body}</table>"

    ci = report.get("confidence_intervals", {})
    overall = {
        m: {"value": report["overall"].get(m), "95% CI": ci.get(m)} for m in REPORTED_METRICS
    }
    slices = "".join(
        f"<h3>by {esc(col)}</h3>"
        + table(
            vals,
            ("n", "n_unreliable", "roc_auc", "pr_auc", "accuracy", "f1", "length_matched_roc_auc"),
        )
        for col, vals in report["slices"].items()
    )
    wrong = "".join(
        f"<li><b>{esc(str(w['id']))}</b> ({esc(w['label'])}, scored {w['reliability']:.1f}): "
        + "; ".join(f"{esc(r['feature'])} {r['points']:+.1f}" for r in w["reasons"])
        + f"<br><small>{esc(w['excerpt'])}</small></li>"
        for w in report["confidently_wrong"]
    )
    imgs = "".join(
        f"<img src='{esc(i)}' alt='{esc(i)}'"
        + (" class='wide'" if i == "contributions.png" else "")
        + ">"
        for i in images
    )
    c = report["overall"].get("confusion") or {}
    confusion = (
        "<table><tr><th></th><th>predicted unreliable</th><th>predicted reliable</th></tr>"
        f"<tr><th>actually unreliable</th><td>{c.get('tp')}</td><td>{c.get('fn')}</td></tr>"
        f"<tr><th>actually reliable</th><td>{c.get('fp')}</td><td>{c.get('tn')}</td></tr></table>"
    )
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>article-quality evaluation</title>
<style>body{{font:14px/1.4 system-ui,sans-serif;max-width:75em;margin:2em auto;padding:0 1em}}
table{{border-collapse:collapse;margin:.5em 0}}td,th{{padding:.15em .5em;border-bottom:1px solid #ddd}}
img{{max-width:32%;margin:.3em}}img.wide{{max-width:100%}}</style></head><body>
<h1>Evaluation</h1>
<p>{report["n_articles"]} articles from {esc(", ".join(report["files"]))}; {report["n_errors"]} could not
be scored. Model: {esc(report["model"])} (sha256 {esc(str(report.get("model_sha256")))}, article-quality
{esc(str(report.get("quality_version")))}). Giveaways neutralised: {report["neutralised"]}
({report.get("n_dropped_by_neutralise", 0)} rows dropped).
Threshold: reliability 50 (p(unreliable) 0.5), the middle of the labels' 'questionable' band (40-60).</p>
{"".join(f"<p>{esc(line.strip())}</p>" for line in _in_sample_lines(report))}
{_gate_html(report.get("gate"), esc)}
<h2>Overall</h2>{table(overall, ("value", "95% CI"))}
<p>{esc(report.get("interval_method", ""))}.</p>
<h3>Confusion at the threshold</h3>{confusion}
<h3>Your own cut-off</h3><p>{"<br>".join(esc(line.strip()) for line in _cutoff_lines(report.get("cutoffs", {}))) or "n/a (one class)"}</p>
<h2>Plots</h2>{imgs}
<h2>Baselines</h2>{table(report["baselines"], ("roc_auc",))}
<h2>Slices</h2>{slices}
<h2>Features</h2>{table(report["features"], ("roc_auc_alone", "mean_points_reliable", "mean_points_unreliable"))}
<p>ROC-AUC alone is oriented to each feature's documented direction: above 0.5 means it works
as designed on this data.</p>
<h2>Most confidently wrong</h2><ol>{wrong}</ol>
</body></html>
"""

"""Write the README's figure tables from the files that hold the figures.

The README quotes the shipped model's card (the leave-one-corpus-out table and the
table of what the score uses) and the reports of two evaluation scripts (edits and
perturbations). Typed by hand, those tables drifted from their sources after a
retrain; this script rewrites each table between its markers:

    <!-- figures:NAME -->

    | ... the table ... |

    <!-- /figures:NAME -->

(blank lines around the table, so every Markdown renderer reads a table, not HTML).

Tables and their sources:

- ``seeds``: what ``quality score seeds/ --format table`` prints with the shipped model;
- ``loco``: ``leave_one_corpus_out`` and ``cross_validation`` in the card;
- ``accuracy``: accuracy and recall at 50 per held-out corpus, from the same;
- ``standing``: those figures against the generalisation issue's bars;
- ``signals``: ``signals`` in the card;
- ``adopt`` and ``weighted``, inside a sentence (``INLINE``): the headline figures of
  "Before you adopt it", and how many signals carry a weight, from the same;
- ``edits`` and ``edits_summary``: the JSON written by ``python evaluation/edits.py
  --json FILE`` (the table, and its verdict against the issue's bars);
- ``perturbations``: the JSON written by ``python evaluation/perturbations.py --json FILE``.

Usage::

    python evaluation/readme_figures.py --check       # exit 1 if a card table is stale
    python evaluation/readme_figures.py --write [--edits E.json] [--perturbations P.json]

``--check`` compares only the tables it can rebuild from the files given (the card's
and the seeds' always); ``tests/test_readme_figures.py`` runs it, so a retrained model
whose figures did not reach the README fails the tests.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import quality_checkout  # noqa: F401  (warns if quality is not this checkout's)

from quality.train import HELD_OUT_CORPORA

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CARD = ROOT / "models" / "reliability.card.json"

# The names a reader knows the held-out corpora by (long for the leave-one-corpus-out
# table, short in cells), in quality.train.HELD_OUT_CORPORA's order below.
_NAMES = {
    "isot_subset": ("ISOT", "ISOT"),
    "llmfake": ("llmfake", "llmfake"),
    "perez_rosas_fakenews": ("Perez-Rosas", "Perez-Rosas"),
    "recovery_covid_news": ("ReCOVery", "ReCOVery"),
    "semeval2019_hyperpartisan": ("SemEval-2019 hyperpartisan", "SemEval"),
    "xsum_machine_news": ("xsum (BBC vs 9+ generators)", "xsum"),
}
HELD_OUT = {corpus: _NAMES[corpus] for corpus in HELD_OUT_CORPORA}
MODELS = ("ours", "tfidf", "word_count")


def _cell(result: dict) -> str:
    return f"{result['roc_auc']:.3f} ({result['length_matched_roc_auc']:.3f})"


def loco_table(card: dict) -> str:
    """Leave-one-corpus-out ROC-AUC (length-matched in brackets) per held-out corpus,
    their mean, and grouped cross-validation, for ours, TF-IDF + LR and word count."""
    loco = card["leave_one_corpus_out"]
    lines = [
        "| held out (train on the rest) | ours | TF-IDF + LR | word count |",
        "|---|---|---|---|",
    ]
    for corpus, (name, _) in HELD_OUT.items():
        lines.append(f"| {name} | " + " | ".join(_cell(loco[corpus][m]) for m in MODELS) + " |")
    means = card["leave_one_corpus_out_mean_roc_auc"]
    matched = card["leave_one_corpus_out_mean_length_matched_roc_auc"]
    cells = [f"{means[m]:.3f} ({matched[m]:.3f})" for m in MODELS]
    cells[0] = f"**{means['ours']:.3f}** ({matched['ours']:.3f})"
    lines.append("| **mean of the six** | " + " | ".join(cells) + " |")
    cv = card["cross_validation"]
    lines.append(
        "| grouped 5-fold CV, all corpora (reported, never used to choose) | "
        + " | ".join(f"{cv[m]['roc_auc']:.3f}" for m in MODELS)
        + " |"
    )
    return "\n".join(lines)


def accuracy_lines(card: dict) -> str:
    """Accuracy at the 50 threshold on each held-out corpus, with the recall of
    unreliable articles in brackets (``leave_one_corpus_out`` in the card)."""
    loco = card["leave_one_corpus_out"]
    cells = [
        f"{short} {loco[c]['ours']['accuracy']:.3f} ({loco[c]['ours']['recall']:.3f})"
        for c, (_, short) in HELD_OUT.items()
    ]
    return (
        "Accuracy at the 50 threshold on each held-out corpus (recall of unreliable "
        "articles in brackets): " + ", ".join(cells) + "."
    )


def adopt_sentence(card: dict) -> str:
    """The leave-one-corpus-out figures a reader weighing adoption sees first: the mean
    ROC-AUC of ours and of TF-IDF + LR, the share of xsum's machine texts caught at the
    50 threshold (recall), and the accuracy on SemEval's hyperpartisan sites."""
    loco = card["leave_one_corpus_out"]
    means = card["leave_one_corpus_out_mean_roc_auc"]
    caught = loco["xsum_machine_news"]["ours"]["recall"]
    accuracy = loco["semeval2019_hyperpartisan"]["ours"]["accuracy"]
    return (
        "Trained on seven third-party corpora and the team's own labels, and tested on each "
        "of the six corpora that hold both labels while it is left out of the training, it "
        "ranks held-out articles "
        f"at a mean ROC-AUC of {means['ours']:.3f} (1.0 is a perfect ranking, 0.5 a coin toss); "
        "a plain TF-IDF + logistic-regression baseline ranks them at "
        f"{means['tfidf']:.3f} but is easy to game with cue words ([Figures](#figures)). "
        "Machine-written news in a reporter's style mostly passes: on the "
        f"BBC-against-generators corpus it catches {caught:.0%} of the machine texts at the "
        f"50 threshold; on hyperpartisan sites its accuracy is {accuracy:.2f}."
    )


def weighted_count(card: dict) -> str:
    """How many of the model's values carry a weight (``signals`` in the card)."""
    return str(sum(1 for s in card["signals"].values() if s.get("counted")))


#: The generalisation issue's bars: the mean leave-one-corpus-out ROC-AUC, the number of
#: corpora where ours must beat TF-IDF + LR, and the length-matched mean.
MEAN_BAR, TFIDF_WINS_BAR, MATCHED_BAR = 0.85, 4, 0.80


def standing(card: dict) -> str:
    """Where the leave-one-corpus-out figures stand against the issue's bars, corpus by
    corpus where a bar is missed."""
    loco = card["leave_one_corpus_out"]

    def auc(c: str, m: str, key: str = "roc_auc") -> float:
        return loco[c][m][key]

    mean = card["leave_one_corpus_out_mean_roc_auc"]["ours"]
    matched = card["leave_one_corpus_out_mean_length_matched_roc_auc"]["ours"]
    # compared as printed: 0.699 against 0.699 is a tie, not a lead
    ahead_tfidf = [c for c in HELD_OUT if round(auc(c, "ours"), 3) > round(auc(c, "tfidf"), 3)]
    behind_words = [c for c in HELD_OUT if round(auc(c, "ours"), 3) <= round(auc(c, "word_count"), 3)]
    met = (
        mean >= MEAN_BAR
        and len(ahead_tfidf) >= TFIDF_WINS_BAR
        and not behind_words
        and matched >= MATCHED_BAR
    )
    short = {c: HELD_OUT[c][1] for c in HELD_OUT}
    tfidf_part = (
        f"ahead of TF-IDF on {len(ahead_tfidf)} of six"
        + (f" ({', '.join(short[c] for c in ahead_tfidf)})" if ahead_tfidf else "")
        + "; the closest behind: "
        + ", ".join(
            f"{short[c]} {auc(c, 'ours'):.3f} against {auc(c, 'tfidf'):.3f}"
            for c in sorted(
                (c for c in HELD_OUT if c not in ahead_tfidf),
                key=lambda c: auc(c, "tfidf") - auc(c, "ours"),
            )[:2]
        )
    )
    words_part = (
        "ahead of word count on all six"
        if not behind_words
        else f"ahead of word count on {6 - len(behind_words)} ("
        + "; ".join(
            f"not on {short[c]}: {auc(c, 'ours'):.3f} against {auc(c, 'word_count'):.3f}, "
            f"{auc(c, 'ours', 'length_matched_roc_auc'):.3f} against "
            f"{auc(c, 'word_count', 'length_matched_roc_auc'):.3f} length-matched"
            for c in behind_words
        )
        + ")"
    )
    return (
        f"**Where this stands against the generalisation issue: {'met' if met else 'not there'}.** "
        f"The bar is a mean of {MEAN_BAR:.2f}, ahead of TF-IDF on {TFIDF_WINS_BAR} corpora, "
        f"ahead of word count on all six, length-matched {MATCHED_BAR:.2f}. Ours: a mean of "
        f"{mean:.3f} ({matched:.3f} length-matched), {tfidf_part}; {words_part}."
    )


def seeds_example(root: Path = ROOT) -> str:
    """What the README's set-up command prints for the seeds: ``quality score seeds/
    --format table`` run here, with the shipped model, as a fenced block."""
    import contextlib
    import io
    import os

    from quality.cli import main as cli

    out = io.StringIO()
    cwd = os.getcwd()
    try:
        os.chdir(root)
        with contextlib.redirect_stdout(out):
            cli(["score", "seeds/", "--format", "table"])
    finally:
        os.chdir(cwd)
    return "```\n$ quality score seeds/ --format table\n" + out.getvalue().rstrip("\n") + "\n```"


def signals_table(card: dict) -> str:
    """One row per model feature: weight, whether it counts (and why not), its ROC-AUC
    alone per corpus and in how many leave-one-corpus-out fits it earned a weight."""
    lines = [
        "| signal | weight | counted | alone, per corpus (ROC-AUC in its direction) "
        "| LOCO folds with a weight |",
        "|---|---|---|---|---|",
    ]
    for name, s in card["signals"].items():
        weight = f"{s['weight']:+.3f}"
        if s["why"].startswith("constant after clipping"):
            weight += " (never applied: the clipped value is constant)"
        counted = "yes" if s["counted"] else f"**no**: {s['why']}"
        alone = ", ".join(
            f"{HELD_OUT[c][1]} {auc:.2f}"
            for c, auc in s["per_corpus_roc_auc"].items()
            if c in HELD_OUT
        )
        lines.append(
            f"| `{name}` | {weight} | {counted} | {alone} | {s['weighted_in_loco']}/{s['loco_folds']} |"
        )
    return "\n".join(lines)


def _script(name: str):
    """An evaluation script as a module (they are files here, not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "evaluation" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def edits_table(report: dict) -> str:
    """The edits report (``evaluation/edits.py --json``) as the Markdown table that
    script prints (``edits.table``)."""
    return _script("edits").table(report)


#: The issue's bars for the edits report: weekday/"said" insertion gains at most this
#: many points on average, heavy hedging costs at least this many.
GAMING_BAR, HEDGING_BAR = 5.0, 5.0


def edits_summary(report: dict) -> str:
    """The edits report's verdict against the bars, in a sentence or two."""
    said = report["weekdays and 'said' added"]
    sprinkled = report["weekdays and 'said' in every other sentence"]
    hedging = report["heavy hedging"]["mean_change"]
    quotes = report["invented quotations added"]["mean_change"]
    within = said["mean_change"] <= GAMING_BAR and sprinkled["mean_change"] <= GAMING_BAR
    verdict = "within" if within else "over"
    costs = "costs" if hedging <= -HEDGING_BAR else "costs only"
    return (
        f'**The weekday/"said" edit is {verdict} its bar: {said["mean_change"]:+.1f} on average** '
        f"on these {said['n']} articles ({sprinkled['mean_change']:+.1f} sprinkled through the "
        f"article; the bar is {GAMING_BAR:g}), and heavy hedging {costs} {-hedging:.1f} (at least "
        f"{HEDGING_BAR:g} asked). Invented quotations (three quotations of an invented, named "
        f"expert) gain {quotes:+.1f} on average; no bar is set for them."
    ) + _on_unreliable(report)


def _on_unreliable(report: dict) -> str:
    """The gaming edits' mean change on the articles labeled unreliable, where the
    report has it (what gaming is for; reliable articles hold the cues already)."""
    parts = [
        f"{name} {r['mean_change_unreliable']:+.1f}"
        for name, r in report.items()
        if r.get("kind") == "gaming" and r.get("mean_change_unreliable") is not None
    ]
    return f" On the unreliable articles alone: {'; '.join(parts)}." if parts else ""


def perturbations_table(report: dict) -> str:
    """The case-blind drift rows of ``evaluation/perturbations.py --json``."""
    lines = [
        "| change | mean change (points) | labels changed | 10th / 90th percentile | largest change |",
        "|---|---|---|---|---|",
    ]
    for name, r in report["drift"].items():
        if r["scorer"] != "case-blind":
            continue
        lines.append(
            f"| {name} | {r['mean_change']:+.1f} | {r['labels_changed']:.1%} | "
            f"{r['p10_change']:+.1f} / {r['p90_change']:+.1f} | {r['largest_change']:+.1f} |"
        )
    return "\n".join(lines)


#: Figures inside a sentence or a list item, their markers on the same line as the
#: text around them (an HTML comment, which Markdown renderers hide): blank lines there
#: would break the paragraph or the list.
INLINE = frozenset({"adopt", "weighted"})


def _block(name: str) -> re.Pattern[str]:
    if name in INLINE:
        return re.compile(rf"(<!-- figures:{name} -->)([^\n]*?)(<!-- /figures:{name} -->)")
    return re.compile(
        rf"(<!-- figures:{name} -->\n\n)(.*?)(\n\n<!-- /figures:{name} -->)", flags=re.DOTALL
    )


def replace_block(readme: str, name: str, table: str) -> str:
    """``readme`` with the table between NAME's markers replaced by ``table``.

    Raises:
        ValueError: the README has no markers for NAME, or has them twice.
    """
    pattern = _block(name)
    found = len(pattern.findall(readme))
    if found != 1:
        raise ValueError(f"README.md has {found} blocks marked figures:{name}; expected exactly 1")
    return pattern.sub(lambda m: m.group(1) + table + m.group(3), readme)


def current_block(readme: str, name: str) -> str:
    """The table between NAME's markers (ValueError if there are none)."""
    match = _block(name).search(readme)
    if match is None:
        raise ValueError(f"README.md has no block marked figures:{name}")
    return match.group(2)


def tables(card_path: Path, edits: Path | None, perturbations: Path | None) -> dict[str, str]:
    """Every table that can be rebuilt from the files given, by marker name."""
    card = json.loads(card_path.read_text(encoding="utf-8"))
    out = {
        "seeds": seeds_example(),
        "loco": loco_table(card),
        "accuracy": accuracy_lines(card),
        "standing": standing(card),
        "signals": signals_table(card),
        "adopt": adopt_sentence(card),
        "weighted": weighted_count(card),
    }
    sources: dict[str, tuple[Path | None, Callable[[dict], str]]] = {
        "edits": (edits, edits_table),
        "edits_summary": (edits, edits_summary),
        "perturbations": (perturbations, perturbations_table),
    }
    for name, (path, build) in sources.items():
        if path is not None:
            out[name] = build(json.loads(Path(path).read_text(encoding="utf-8")))
    return out


def stale(readme: str, built: dict[str, str]) -> list[str]:
    """Names of the tables whose README text differs from what was built."""
    out = []
    for name, table in built.items():
        try:
            if current_block(readme, name) != table:
                out.append(name)
        except ValueError:
            out.append(name)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument(
        "--check", action="store_true", help="exit 1 if a table differs from its source"
    )
    mode.add_argument("--write", action="store_true", help="rewrite the tables in README.md")
    parser.add_argument("--readme", type=Path, default=README)
    parser.add_argument("--card", type=Path, default=CARD)
    parser.add_argument("--edits", type=Path, help="JSON from evaluation/edits.py --json")
    parser.add_argument(
        "--perturbations", type=Path, help="JSON from evaluation/perturbations.py --json"
    )
    args = parser.parse_args(argv)
    readme = args.readme.read_text(encoding="utf-8")
    built = tables(args.card, args.edits, args.perturbations)
    if args.check:
        names = stale(readme, built)
        for name in names:
            print(
                f"stale: the README's figures:{name} table differs from its source", file=sys.stderr
            )
        if names:
            print("rewrite them: python evaluation/readme_figures.py --write", file=sys.stderr)
        return 1 if names else 0
    for name, table in built.items():
        readme = replace_block(readme, name, table)
    args.readme.write_text(readme, encoding="utf-8")
    print(f"rewrote {', '.join(built)} in {args.readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

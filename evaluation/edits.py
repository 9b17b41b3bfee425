"""Edits that must not fool the score: what a gaming edit gains and a degrading one costs.

Articles from ../shared/data (150+ words, neutralised as in training; both classes,
``--per-corpus`` from each corpus that holds both labels) are scored as written and after
each named edit; for each edit the report gives the mean change of reliability (points),
over all and over the articles labeled unreliable (what gaming is for), the share of labels (reliable / questionable / unreliable) that change, and what the edit
is meant to do:

- gaming: adds the surface of wire copy without adding any reporting (weekdays and
  "said", a dateline); it should gain little (the test suite pins at most +5 on average
  for weekdays and "said");
- degrading: makes an article worse (heavy hedging, stock filler sections, generator
  debris, the article pasted twice, a chat assistant's lines around it); it should cost
  (the suite pins at least -5 for heavy hedging, and no degrading edit may gain on
  average);
- neutral: changes the form only (a dateline removed, commas removed, cut to 150 words,
  one sentence's "It" made "This").

The corpora were used to train the shipped model, so these are in-sample articles: the
figures measure how the score responds to an edit, not accuracy.

``--baseline tfidf`` reports the same edits for the TF-IDF + logistic-regression
baseline the card compares with (``quality.train.TfidfModel``: word 1-2-grams, C = 4),
fitted here on the whole training pool as ``quality train`` reads it (giveaways
neutralised, each text as the scorer reads it, corpora weighed alike); its reliability
is 100 x (1 - p(unreliable)), labelled by the same cutoffs. It says what the
baseline's leave-one-corpus-out lead costs: it reads every word, cue words unbounded.

    python evaluation/edits.py                  # about 2 minutes
    python evaluation/edits.py --per-corpus 10 --json edits.json
    python evaluation/edits.py --baseline tfidf # about 5 minutes (reads the pool)
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import quality_checkout  # noqa: F401  (warns if quality is not this checkout's)

from quality.giveaways import neutralise
from quality.model import label_for
from quality.reading import reading_view
from quality.scorer import Scorer
from quality.train import HELD_OUT_CORPORA, training_files

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
CORPORA = HELD_OUT_CORPORA
MIN_WORDS = 150
_SENTENCE_END = re.compile(r"(?<=[a-z0-9])\.(?=\s+[A-Z\"“]|\s*$)")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _every_other_sentence(text: str, make: Callable[[int], str]) -> str:
    """Rewrite the full stop of every other sentence with ``make(i)``."""
    count = 0

    def repl(m: re.Match) -> str:
        nonlocal count
        count += 1
        return make(count) if count % 2 == 1 else m.group()

    return _SENTENCE_END.sub(repl, text)


def weekdays_and_said(text: str) -> str:
    """The first three sentences end ' on Monday.', ', he said on Tuesday.' and ',
    officials said on Wednesday.' (gaming, as a writer touching up a column would)."""
    endings = (" on Monday.", ", he said on Tuesday.", ", officials said on Wednesday.")
    count = 0

    def repl(m: re.Match) -> str:
        nonlocal count
        count += 1
        return endings[count - 1] if count <= len(endings) else m.group()

    return _SENTENCE_END.sub(repl, text)


def weekdays_and_said_everywhere(text: str) -> str:
    """Every other sentence ends 'on Monday.' or ', he said on Tuesday.' (gaming,
    heavily)."""

    def make(i: int) -> str:
        day = _WEEKDAYS[(i // 2) % len(_WEEKDAYS)]
        return f" on {day}." if (i // 2) % 2 == 0 else f", he said on {day}."

    return _every_other_sentence(text, make)


_HEDGES = (
    (re.compile(r"\bis\b"), "may possibly be"),
    (re.compile(r"\bare\b"), "could potentially be"),
    (re.compile(r"\bwas\b"), "might have been"),
    (re.compile(r"\bwill\b"), "could perhaps"),
    (re.compile(r"\bhas\b"), "may have"),
)


def heavy_hedging(text: str) -> str:
    """'is' -> 'may possibly be', 'are' -> 'could potentially be', 'was' -> 'might have
    been', 'will' -> 'could perhaps', 'has' -> 'may have' (degrading)."""
    for pattern, hedge in _HEDGES:
        text = pattern.sub(hedge, text)
    return text


FILLER_SECTIONS = (
    "\n\nWrapping Up\n\nIn conclusion, it is important to note that the situation remains "
    "fluid and it remains to be seen how things will unfold. Only time will tell what the "
    "future holds, and stakeholders should keep a close eye on developments."
    "\n\nRecommendations for Readers\n\nStay informed, stay engaged, and keep exploring "
    "the many facets of this evolving story as it continues to shape our world."
)


def filler_sections(text: str) -> str:
    """Two stock sections appended ('Wrapping Up', 'Recommendations for Readers')."""
    return text.rstrip() + FILLER_SECTIONS


def generator_debris(text: str) -> str:
    """A flattened markdown table, a placeholder and a missing space after a comma in
    every other sentence (degrading)."""
    debris = (
        "\n\n| Aspect | Details | |---|---| | Impact | Significant | | Outlook | "
        "[Insert outlook here] |\n"
    )
    paragraphs = text.split("\n\n")
    middle = max(1, len(paragraphs) // 2)
    text = "\n\n".join(paragraphs[:middle]) + debris + "\n\n".join(paragraphs[middle:])
    return re.sub(r", (?=[a-z])", ",", text, count=5)


_DATELINE = re.compile(r"^\s*[A-Z][A-Z .,'/-]{2,40}\s*(\([A-Za-z. ]+\))?\s*[-–—]+\s*")


def dateline_added(text: str) -> str:
    return "WASHINGTON (Reuters) - " + text.lstrip()


def dateline_removed(text: str) -> str:
    return _DATELINE.sub("", text, count=1)


def article_repeated(text: str) -> str:
    """The whole article twice, as a page that pasted it again (degrading)."""
    return text + "\n\n" + text


def commas_removed(text: str) -> str:
    """Every comma deleted (neutral: two training sets lost theirs on one side only)."""
    return text.replace(",", "")


#: Quotations from an invented expert: what a content farm can type to look reported.
INVENTED_QUOTES = (
    '"This is a serious concern," said Dr. Jane Smith of Harvard University. '
    '"We see a clear risk here," Smith said. '
    '"It is a worrying trend," she told reporters.'
)


def invented_quotes(text: str) -> str:
    """Three quotations of an invented, named expert appended as a paragraph (gaming)."""
    return text.rstrip() + "\n\n" + INVENTED_QUOTES


#: One invented sentence carrying four cues at once (a name, a quotation, "said", a
#: weekday): a new user's gaming edit.
INVENTED_SENTENCE = '"We know what they did," Maria Lindqvist said on Thursday.'


def invented_sentence(text: str) -> str:
    """One invented, attributed quotation appended as a paragraph (gaming)."""
    return text.rstrip() + "\n\n" + INVENTED_SENTENCE


# a sentence's first word "It" before a verb, the shape the demonstrative-opener
# measurement counts once it reads "This"
_IT_OPENER = re.compile(r"(?:(?<=^)|(?<=[.!?]\s))It(?= (?:is|was|has|had|will|would|can|could|may|might)\b)")


def one_opener_made_this(text: str) -> str:
    """The first sentence that opens "It is/was/has ..." opens "This ..." instead: one
    word (neutral; articles without such a sentence are unchanged)."""
    return _IT_OPENER.sub("This", text, count=1)


def one_stock_phrase(text: str) -> str:
    """The second sentence opens "It is important to note that ..." (degrading, by one
    item: the filler measurement may charge it about 5 points, the item bound)."""
    return re.sub(r"(?<=[.!?] )([A-Z])", lambda m: "It is important to note that " + m.group(1).lower(), text, count=1)


def title_line_added(text: str) -> str:
    """A six-word title line and a blank line before the text (neutral: a headline says
    little of how the article is written)."""
    return "Officials outline plans for the coming year\n\n" + text


#: What a chat assistant says around the article it was asked for, pasted with it.
ASSISTANT_OPENING = "Certainly! Here is the article you asked for:"
ASSISTANT_CLOSING = "I hope this helps! Let me know if you would like any changes."


def assistant_lines(text: str) -> str:
    """A chat assistant's opening and closing lines pasted with the article (degrading:
    nobody who checked the text would publish them)."""
    return f"{ASSISTANT_OPENING}\n\n{text.strip()}\n\n{ASSISTANT_CLOSING}"


_VAGUE_OPENERS = ("Some people believe that", "Experts warn that", "Analysts suggest that")
_NEXT_SENTENCE = re.compile(r"(?<=[a-z0-9][.!?])(\s+)([A-Z\"“])(\w*)")
# the words a sentence may open on that read as lower case after "that" (a name stays)
_LOWERED = frozenset("The A An It Its This That These Those They He She We In On At For As".split())


def vague_attributions(text: str) -> str:
    """Every third sentence opens "Some people believe that", "Experts warn that" or
    "Analysts suggest that" (degrading: nobody named says it; a reviewer gained 20.8
    points with the first of them in every third sentence)."""
    count = 0

    def repl(m: re.Match) -> str:
        nonlocal count
        count += 1
        if count % 3:
            return m.group()
        word = m.group(2) + m.group(3)
        word = word.lower() if word in _LOWERED else word
        return f"{m.group(1)}{_VAGUE_OPENERS[(count // 3 - 1) % 3]} {word}"

    return _NEXT_SENTENCE.sub(repl, text)


#: Four plain sentences of invented, dated reporting: no cue word the sourcing
#: measurements bound, only how a report reads (a tester's gaming edit, 2026-12-06).
DATED_SENTENCES = (
    "The committee met on Monday. Its report was first published in 2021. "
    "A vote is expected at 11 a.m. The next hearing is set for Nov. 4."
)


def dated_sentences(text: str) -> str:
    """The four ``DATED_SENTENCES`` inserted as a paragraph after the third (or last)
    paragraph (gaming: they add the look of reporting, and no reporting)."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    paragraphs.insert(min(3, len(paragraphs)), DATED_SENTENCES)
    return "\n\n".join(paragraphs)


#: Three plain sentences with no date, weekday, "said" or quotation: nothing the
#: sourcing measurements count, only the wording of a report (a tester's edit,
#: 2026-12-06: one such sentence appended lifted an unreliable article 13.8 points).
PLAIN_SENTENCES = (
    "The agency has offices in three cities.",
    "Its annual budget is set by the board.",
    "The building opened to the public last year.",
)


def plain_sentences(text: str) -> str:
    """One of ``PLAIN_SENTENCES`` after the last sentence of each of the first three
    paragraphs (of the last ones, in a text of fewer; gaming: they add the look of
    reporting, and no reporting)."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    for k, sentence in enumerate(PLAIN_SENTENCES):
        at = min(k, len(paragraphs) - 1)
        paragraphs[at] = paragraphs[at].rstrip() + " " + sentence
    return "\n\n".join(paragraphs)


def linking_adverbs(text: str) -> str:
    """Every paragraph after the first opens "Still, " (gaming: a spinner's linking word,
    which says nothing; a tester's edit, 2026-12-06). The paragraph's first word keeps
    its case, as a writer's would where it is a name."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(paragraphs[:1] + ["Still, " + p if p[:1].isupper() else p for p in paragraphs[1:]])


#: A paragraph of updates that reports nothing: no name, number, date or source, the
#: close of a template news item (a tester's edit, 2026-12-06: such a paragraph lifted
#: three corpus articles 3.9 to 5.7 points through the wording signals).
EMPTY_UPDATE = (
    "Authorities are continuing to follow the situation closely. Further details will be "
    "shared as they become available. Members of the public are advised to follow the "
    "official guidance."
)


def empty_update(text: str) -> str:
    """``EMPTY_UPDATE`` appended as a paragraph (gaming: the tone of a news update, and
    no news)."""
    return text.rstrip() + "\n\n" + EMPTY_UPDATE


def spinner_openers(text: str) -> str:
    """Every paragraph opens "In a significant development, " (degrading: the opener
    seed 004 and content farms repeat; a tester's edit, 2026-12-06, gained 4.0 points
    on one article). The paragraph's first letter is lower-cased unless the first word
    is a name or an acronym (a capital after the first letter, or "I")."""

    def opened(p: str) -> str:
        word = p.split(maxsplit=1)[0] if p.split() else ""
        keep = word[1:2].isupper() or word in ("I",) or not word[:1].isupper()
        first = p if keep or _NAME_LIKE.match(p) else p[:1].lower() + p[1:]
        return "In a significant development, " + first

    return "\n\n".join(opened(p) for p in re.split(r"\n\s*\n", text.strip()))


#: A paragraph opening on two capitalised words ("Ana Ruiz said ...") opens on a name,
#: which keeps its capital after the opener.
_NAME_LIKE = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+")


#: A wire story's stock closing line: no fact, no name, no date (a tester's edit,
#: 2026-12-07: appended, it lifted 105 unreliable corpus articles +6.1 on average).
WIRE_LINE = "Officials did not immediately respond to requests for comment."


def wire_line(text: str) -> str:
    """``WIRE_LINE`` appended as a paragraph (gaming: the sound of a wire story, and no
    reporting)."""
    return text.rstrip() + "\n\n" + WIRE_LINE


#: Three stock wire lines of other kinds: what is not yet known, a refusal and no answer
#: (a tester's edit, 2026-12-07: one after each of the first three paragraphs lifted 105
#: unreliable corpus articles +15.1 on average and one 32.9 to 64.4, "reliable").
WIRE_LINES = (
    "It was not immediately clear when the vote would take place.",
    "The company declined to comment.",
    "Officials did not immediately respond to requests for comment.",
)


def wire_lines_spread(text: str) -> str:
    """One of ``WIRE_LINES`` after the last sentence of each of the first three
    paragraphs (gaming: wire formulae, which report nothing)."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    for k, sentence in enumerate(WIRE_LINES):
        at = min(k, len(paragraphs) - 1)
        paragraphs[at] = paragraphs[at].rstrip() + " " + sentence
    return "\n\n".join(paragraphs)


def cut_to_150_words(text: str) -> str:
    return " ".join(text.split()[:150])


#: name -> (edit, kind): kind is gaming, degrading or neutral (see the module docstring).
EDITS: dict[str, tuple[Callable[[str], str], str]] = {
    "weekdays and 'said' added": (weekdays_and_said, "gaming"),
    "weekdays and 'said' in every other sentence": (weekdays_and_said_everywhere, "gaming"),
    "dateline added": (dateline_added, "gaming"),
    "invented quotations added": (invented_quotes, "gaming"),
    "one invented quoted sentence added": (invented_sentence, "gaming"),
    "heavy hedging": (heavy_hedging, "degrading"),
    "stock filler sections appended": (filler_sections, "degrading"),
    "generator debris added": (generator_debris, "degrading"),
    "article repeated": (article_repeated, "degrading"),
    "dateline removed": (dateline_removed, "neutral"),
    "commas removed": (commas_removed, "neutral"),
    "cut to 150 words": (cut_to_150_words, "neutral"),
    "one 'It' opener made 'This'": (one_opener_made_this, "neutral"),
    "one stock phrase added": (one_stock_phrase, "degrading"),
    "title line added": (title_line_added, "neutral"),
    "a chat assistant's lines added": (assistant_lines, "degrading"),
    "vague attributions in every third sentence": (vague_attributions, "degrading"),
    "four plain dated sentences added": (dated_sentences, "gaming"),
    "three plain sentences spread": (plain_sentences, "gaming"),
    "'Still, ' before every paragraph": (linking_adverbs, "gaming"),
    "an update paragraph that reports nothing": (empty_update, "gaming"),
    "'In a significant development, ' before every paragraph": (spinner_openers, "degrading"),
    "a stock wire line appended": (wire_line, "gaming"),
    "three stock wire lines spread": (wire_lines_spread, "gaming"),
}


def sample_articles(per_corpus: int, seed: int = 0, corpora: Sequence[str] = CORPORA) -> list[str]:
    """Up to ``per_corpus`` articles of 150+ words from each corpus present, half of each
    class, neutralised as in training."""
    return sample_labeled(per_corpus, seed, corpora)[0]


def sample_labeled(
    per_corpus: int, seed: int = 0, corpora: Sequence[str] = CORPORA
) -> tuple[list[str], np.ndarray]:
    """``sample_articles`` and whether each is labeled unreliable, shape (n,) of bool."""
    rng = random.Random(seed)
    texts: list[str] = []
    unreliable: list[bool] = []
    for corpus in corpora:
        path = SHARED / corpus / "articles.jsonl"
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        for label in ("reliable", "unreliable"):
            pool = [
                r for r in rows if r.get("label") == label and len(r["text"].split()) >= MIN_WORDS
            ]
            for r in rng.sample(pool, min(per_corpus // 2, len(pool))):
                texts.append(neutralise(r["text"], corpus, r.get("meta")))
                unreliable.append(label == "unreliable")
    return texts, np.array(unreliable, dtype=bool)


#: Reliability (0-100) of each of many texts, in order: shape (n,).
Rate = Callable[[Sequence[str]], np.ndarray]


def scored_by(scorer: Scorer) -> Rate:
    """The shipped scorer's reliability as a Rate. A text is scored once: an edit that
    finds nothing to change (no dateline to remove, no "It" opener, every paragraph
    already opening on "Still,") gives the text back, a tenth of the report's 5,760."""
    seen: dict[str, float] = {}

    def rate(texts: Sequence[str]) -> np.ndarray:
        for t in texts:
            if t not in seen:
                seen[t] = scorer.score(t).reliability
        return np.array([seen[t] for t in texts])

    return rate


def tfidf_baseline(paths: Sequence[str | Path] | None = None, n_jobs: int = 1) -> Rate:
    """The card's TF-IDF + LR baseline fitted on the labeled files ``paths`` (default:
    the README's training files), read as ``quality train`` reads them, as a Rate.

    Raises quality.errors.UsageError when a file is missing (``read_labeled``)."""
    from joblib import Parallel, delayed

    from quality.giveaways import neutralise_frame
    from quality.labels import read_labeled
    from quality.train import Prepared, TfidfModel

    data = neutralise_frame(read_labeled(list(paths) if paths else training_files(ROOT)))
    data = data[data["text"].str.strip().str.len() > 0].reset_index(drop=True)
    data["text"] = Parallel(n_jobs=n_jobs, batch_size=64)(delayed(_as_read)(t) for t in data["text"])
    # the card's own baseline class; it reads only the frame's text, corpus and y
    no_features = np.empty((len(data), 0))
    model = TfidfModel().fit(Prepared(data, no_features, no_features), np.arange(len(data)))

    def rate(texts: Sequence[str]) -> np.ndarray:
        p_unreliable = model.lr_.predict_proba(model.vec_.transform([_as_read(t) for t in texts]))[:, 1]
        return 100.0 * (1.0 - p_unreliable)

    return rate


def _as_read(text: str) -> str:
    # the text the baseline learns from and scores: the scorer's reading (page chrome
    # blank, hard wraps joined), as quality.train.prepare gives it to TfidfModel
    return reading_view(text).text


def edit_report(rate: Rate, texts: Sequence[str], unreliable=None) -> dict[str, dict]:
    """For each edit: kind, n, mean change of reliability (points), the share of labels
    changed, and the 10th/90th percentiles of the change; with ``unreliable`` (shape (n,)
    of bool, the articles labeled unreliable) also the mean change on those: what
    gaming is for, and what the mean over both labels hides, since reliable articles
    already hold the cues. ``rate``: ``scored_by(scorer)`` or ``tfidf_baseline()``."""
    before = rate(texts)
    report: dict[str, dict] = {}
    for name, (edit, kind) in EDITS.items():
        after = rate([edit(t) for t in texts])
        delta = after - before
        changed = np.mean([label_for(a) != label_for(b) for a, b in zip(before, after)])
        report[name] = {
            "kind": kind,
            "n": len(texts),
            "mean_change": float(delta.mean()),
            "p10_change": float(np.percentile(delta, 10)),
            "p90_change": float(np.percentile(delta, 90)),
            "labels_changed": float(changed),
        }
        if unreliable is not None and np.any(unreliable):
            report[name]["mean_change_unreliable"] = float(delta[np.asarray(unreliable, dtype=bool)].mean())
    return report


def table(report: dict[str, dict]) -> str:
    lines = [
        "| edit | kind | mean change (points) | on unreliable articles | 10th / 90th percentile | labels changed |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in report.items():
        on_unreliable = r.get("mean_change_unreliable")
        lines.append(
            f"| {name} | {r['kind']} | {r['mean_change']:+.1f} | "
            f"{'-' if on_unreliable is None else format(on_unreliable, '+.1f')} | "
            f"{r['p10_change']:+.1f} / {r['p90_change']:+.1f} | {r['labels_changed']:.1%} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-corpus", type=int, default=40, help="articles per corpus (default 40)")
    parser.add_argument("--model", default=None, help="model file (default: the shipped model)")
    parser.add_argument("--json", default=None, help="also write the report as JSON here")
    parser.add_argument(
        "--baseline", choices=["tfidf"], default=None,
        help="report the card's TF-IDF + LR baseline, fitted on the training files, instead",
    )
    parser.add_argument("--jobs", type=int, default=1, help="processes reading the pool (--baseline)")
    args = parser.parse_args(argv)
    texts, unreliable = sample_labeled(args.per_corpus)
    if not texts:
        raise SystemExit(f"no corpus articles under {SHARED}")
    rate = tfidf_baseline(n_jobs=args.jobs) if args.baseline else scored_by(Scorer.load(args.model))
    report = edit_report(rate, texts, unreliable)
    print(f"{len(texts)} articles, {args.baseline or 'the shipped model'}\n")
    print(table(report))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

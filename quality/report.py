"""Reports a person reads: the score, the reasons, and their evidence marked in the text."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from typing import NamedTuple

from quality.document import QUOTED_SHARE_RAMP
from quality.features import ALL_SPECS
from quality.features.base import Evidence, Measurement
from quality.model import shown_score
from quality.paragraphs import LABELS, ParagraphLabel
from quality.scorer import FLAG_MEANINGS, Reason, ScoreResult

_COLOURS = ("\033[1;31m", "\033[1;33m", "\033[1;35m", "\033[1;36m", "\033[1;34m")
_RESET, _BOLD, _DIM = "\033[0m", "\033[1m", "\033[2m"
_HTML_COLOURS = ("#ffb3b3", "#ffe08a", "#e3b8ff", "#a8ecf0", "#b8d0ff")


def signed_points(points: float, width: int = 0) -> str:
    """Reliability points with their sign, one decimal ("+2.4", "-13.0"); a part under
    0.05 either way with three decimals ("-0.012"), and under 0.0005 as "-<0.001", so
    none reads "-0.0" (a reviewer's find: "Every other feature together: -0.0 points")
    nor in powers of ten. ``width``: pad to it on the left, as a format width does."""
    if points == 0:
        shown = "+0.0"
    elif abs(points) < 0.0005:
        shown = "-<0.001" if points < 0 else "+<0.001"
    elif abs(points) < 0.05:
        shown = f"{points:+.3f}"
    else:
        shown = f"{points:+.1f}"
    return shown.rjust(width)


def _ordinal(x: float) -> str:
    n = int(round(x))
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


#: What a measurement that is not counted (``Reason.counted``) gets, in words: its
#: points are the average training article's, not a judgement of this text's value.
NOT_COUNTED_NOTE = "not counted for this text: its mean part over the training articles"


def _more_spans(n: int) -> str:
    """ "and 7 more spans": of evidence, said so (a new user read "and 7 more" as seven
    more features)."""
    return f"and {n} more span{'s' if n > 1 else ''}"


def favour_note(reason: Reason) -> str:
    """Why a reason raises reliability, in words: points are measured from the average
    training article, which has some of every defect, so a clean article earns points
    for what it lacks ("none found") as well as for what it has."""
    spec = ALL_SPECS.get(reason.feature)
    if not reason.counted:
        return NOT_COUNTED_NOTE
    if spec is None or spec.direction == 0:
        return ""
    if spec.unit == "log-odds":  # a learned wording signal
        note = "wording closer to reliable training articles than the average one"
        if reason.value < 0:
            # a new user read "-0.119" beside "+10.6 points" as a contradiction
            note += ": points count from the training average, not from 0"
        return note
    if spec.direction > 0:
        if reason.value == 0:
            return "none found; the average training article has some"
        return "less of it than the average training article"
    return "more of it than the average training article"


#: A fault's value under this percentile of reliable training articles is common in
#: them: a third or more have more of it (``lowering_note``).
COMMON_IN_RELIABLE_BELOW = 66.7


def lowering_note(reason: Reason) -> str:
    """Why a reason lowers reliability, when it is for too little of something a reliable
    article has (numbers, named sources): its evidence is then what little was found, not
    the fault, and a reader must be told so; for a wording signal, that its evidence is
    many small parts; for a fault at a rate a third or more of reliable articles exceed,
    that the points count from the training average. Empty for a fault found ("stock
    phrases") at a rate few reliable articles reach."""
    spec = ALL_SPECS.get(reason.feature)
    if not reason.counted:
        return ""  # its description says so (quality.casing)
    if spec is not None and spec.unit == "log-odds":
        # a wording signal: a new user asked why an everyday word like "region" counts
        if reason.points >= 0 or not reason.evidence:
            return ""
        return (
            "no one word decides: the value adds up a small part for every phrase read; "
            "below are those that lean most towards unreliable training articles"
        )
    if spec is not None and spec.direction > 0 and reason.points < 0 and reason.reliable_percentile < COMMON_IN_RELIABLE_BELOW:
        # a fault's rate that many reliable articles exceed: one "broadly" in 500 words
        # (reliable articles' 54th percentile) cost 4.9 points, and a tester read it as a
        # fault found (2026-12-06); the points count from the training average
        common = f"common in reliable articles too ({100 - reason.reliable_percentile:.0f}% of them have more)"
        if reason.from_none:
            # a new user's find (2026-12-07): this note said "from the training average"
            # of adverbs, which count from none (deleting the one found gave 4.5 points back)
            return f"{common}: it counts from none, so they pay for theirs too"
        return f"{common}: the points count from the training average, not from none"
    if spec is None or spec.direction >= 0 or reason.points >= 0:
        return ""
    if reason.value == 0:
        return "too little: none found, and the average reliable article has some"
    if not reason.evidence:  # a share of the whole text (lexical density): no spans to show
        return "too little: less than the average training article"
    return "too little: less than the average training article; below is what it has"


#: Said of a reason at the bound on one feature's influence (Reason.near_bound).
BOUND_NOTE = "near the bound on one feature's influence: more of it would move the score little more"


def percentile_note(percentile: float) -> str:
    """Where a value stands among reliable training articles, in words."""
    if percentile >= 99.5:
        return "above every reliable training article"
    if percentile <= 0.5:
        return "below every reliable training article"
    return f"reliable articles' {_ordinal(percentile)} percentile"


def _marks(result: ScoreResult, top: int) -> tuple[list[Reason], list[tuple[int, int, int]]]:
    """The top reasons, and their evidence spans as (start, end, reason index), with
    overlaps resolved in favour of the earlier (weightier) reason."""
    reasons = result.top_reasons(top)
    spans: list[tuple[int, int, int]] = []
    for i, reason in enumerate(reasons):
        for ev in reason.evidence:
            if all(ev.end <= s or ev.start >= e for s, e, _ in spans):
                spans.append((ev.start, ev.end, i))
    spans.sort()
    return reasons, spans


#: How to read the score's breakdown into points. The terminal report prints them under
#: the reasons, not in its first lines: three lines of caveats before any reason was what
#: a new user read first (a tester's find); the HTML page keeps them in its summary.
POINTS_NOTES = (
    # a tester read a reason's points moving, its value unchanged, as the feature
    # reading the article differently
    "baseline: every measurement at its training average, faults such as filler or "
    "debris at none; lowering and raising include every other feature's points",
    "points: each reason's log-odds times one factor of this article, so a reason's "
    "points change when the others' do; compare log-odds between articles",
)


def _summary_lines(result: ScoreResult, notes: bool = True) -> list[str]:
    """The score, its breakdown into the baseline and points each way (with
    POINTS_NOTES when ``notes``), the log-odds, the paragraph labels and the flags'
    meanings; for a text not rated, the label and why."""
    flags = f"   flags: {', '.join(result.flags)}" if result.flags else ""
    if result.note:
        # no breakdown: the points are not reasons for a text the measurements cannot
        # read, and a breakdown would list points that the sections below then leave out
        return [
            f"label: {result.label}{flags}",
            f"{result.note[0].upper()}{result.note[1:]}, so no reliability label and no reasons are "
            f"given. Its reliability number ({shown_score(result.reliability)}/100) is kept for "
            "reference only.",
        ]
    lowering = sum(r.points for r in result.reasons if r.points < 0)
    raising = sum(r.points for r in result.reasons if r.points > 0)
    # the printed figures add up as printed: the larger part takes what rounding the
    # others leave (0.1 or so), so "88.7 = 59.0 -0.0 +29.8" reads "+29.7"
    change = round(result.reliability, 1) - round(result.baseline, 1)
    if abs(lowering) >= abs(raising):
        raising = round(raising, 1)
        lowering = change - raising
    else:
        lowering = round(lowering, 1)
        raising = change - lowering
    # a part that rounds to nothing prints "+0.0", never "-0.0"
    lowering, raising = (0.0 if abs(x) < 0.05 else x for x in (lowering, raising))
    meanings = [f"flag {f}: {FLAG_MEANINGS[f]}" for f in result.flags if f in FLAG_MEANINGS]
    # "+0.0 points lowering" read as a reason that lowers it by nothing (a tester's find;
    # again, 2026-12-07, where the reasons lowering it summed to under 0.05)
    parts = [
        f"{signed_points(x)} points {way}"
        if x != 0.0 and any(sign * r.points > 0 for r in result.reasons)
        else f"no points {way}"
        for x, way, sign in ((lowering, "lowering", -1), (raising, "raising", 1))
    ]
    return [
        f"reliability {shown_score(result.reliability)}/100   label: {result.label}{flags}",
        f"reliability {shown_score(result.reliability)} = baseline {result.baseline:.1f}, {parts[0]}, {parts[1]}",
        *([f"  ({note})" for note in POINTS_NOTES] if notes else []),
        f"p(unreliable) {result.p_unreliable:.3f}   decision (log-odds) {result.decision:+.3f}"
        f" = intercept {result.intercept:+.3f} + contributions",
        paragraphs_line(result),
        *quotations_lines(result),
        *meanings,
    ]


def quotations_lines(result: ScoreResult) -> list[str]:
    """Where quotations fill so much of the text that their words count among the
    writer's (``result.writer_quotations``, at ``result.quoted_weight``), a line saying
    so, with where the first three are; none otherwise. The reasons' descriptions say
    "direct quotations left out", and a hedge in such a quotation counted without a word
    of why (a tester's find, 2026-12-06)."""
    spans = result.writer_quotations
    if not spans:
        return []
    at = ", ".join(f"{a}-{b}" for a, b in spans[:3]) + (f" and {len(spans) - 3} more" if len(spans) > 3 else "")
    return [
        f"quotations: they fill over {QUOTED_SHARE_RAMP[0]:.0%} of the text, so each hedge, adverb or vague source "
        f"in them (at {at}) counts {result.quoted_weight:.2f} of one of the writer's own; below that share they are "
        "left out as a source's words (quality.document.QUOTED_SHARE_RAMP)"
    ]


def paragraphs_line(result: ScoreResult) -> str:
    """How many of the text's paragraphs have each label, e.g. "paragraphs: 6 of 10
    content, 3 of 10 filler, 1 of 10 boilerplate (1 of them page chrome, not measured)";
    content always, other labels when some paragraph has them.

    Counts of paragraphs, not shares: as "filler 70%" (of the characters of every
    paragraph, page chrome included) it sat beside ``filler.filler_char_frac = 0.731``
    (of the characters measured, page chrome aside), and a new user took one for the
    other."""
    n = len(result.paragraphs)
    if not n:
        return "paragraphs: none"
    counts = Counter(p.label for p in result.paragraphs)
    parts = []
    for label in LABELS:
        if counts[label] or label == "content":
            parts.append(f"{counts[label]} of {n} {label}")
        if label == "boilerplate" and result.page_chrome:
            parts[-1] += f" ({len(result.page_chrome)} of them page chrome, not measured)"
    return "paragraphs: " + ", ".join(parts)


def _others_line(result: ScoreResult, top: int) -> str:
    """The points of every feature not listed, on a line of its own: they may add up to
    a negative number, so they belong to neither the lowering nor the raising section."""
    shown, other = result.shown_reasons(top)
    n = len(result.reasons) - len(shown)
    uncounted = [r.feature for r in result.reasons if not r.counted]
    note = (
        f", {len(uncounted)} of them not counted for this text, each its mean part over "
        f"the training articles: {', '.join(uncounted)}"
        if uncounted
        else ""
    )
    # a reader who sees a third of the score's change here should know how to see it:
    # --top lists the counted reasons with points, up to that many each way
    lowering = sum(1 for r in result.reasons if r.counted and r.points < 0)
    raising = sum(1 for r in result.reasons if r.counted and r.points > 0)
    hidden = lowering + raising - len(shown)
    more = (
        f"; {hidden} of them moved this score: --top {max(lowering, raising)} lists them"
        if hidden and abs(other) >= 1.0
        else ""
    )
    line = f"Every other feature together: {signed_points(other)} points ({n} more features{note}{more})"
    if largest := _largest_others(result, shown):
        line += f"\n  the largest: {largest}"
    return line


#: How many of the unlisted features' parts are named beside their sum, and the least
#: part named: on a low score the sum is often a fifth of the change, made of many
#: small parts (a missing weekday, no named source) a reader should see without --top.
LARGEST_OTHERS = 3
LARGEST_OTHERS_MIN_POINTS = 0.5


def _largest_others(result: ScoreResult, shown: list) -> str:
    """The reasons not in ``shown`` with the largest parts (up to ``LARGEST_OTHERS``,
    each at least ``LARGEST_OTHERS_MIN_POINTS`` either way), largest first, as
    "feature -1.2, feature +0.8"; "" when there are none."""
    listed = {r.feature for r in shown}
    rest = [r for r in result.reasons if r.feature not in listed and abs(r.points) >= LARGEST_OTHERS_MIN_POINTS]
    largest = sorted(rest, key=lambda r: -abs(r.points))[:LARGEST_OTHERS]
    return ", ".join(f"{r.feature} {signed_points(r.points)}" for r in largest)


#: Evidence spans listed under each reason in the terminal report.
LISTED_EVIDENCE = 3

#: The measurements of how an article is written (hedging, sourcing, repetition,
#: formatting, filler, tone) that the report shows when they found something but weigh
#: nothing in the model ("analysts suggest" as a vague attribution): a reader looks
#: for them. Readability and the web statistics describe a text's form and are left to
#: ``quality features``.
_WRITING_MEASUREMENTS = ("hedging.", "sourcing.", "repetition.", "formatting.", "filler.", "tone.")
#: ... but not those that count a text's parts, which are no finding on their own.
_FORM_ONLY = frozenset({"filler.headings_per_1k_words", "filler.list_item_frac", "formatting.uppercase_frac"})


#: The wording signals: their evidence is every word they read, no finding to compare.
_WORDING = ("vocabulary.", "word_choice.")


def _found_tail(found: Measurement, under_reasons: int, under_findings: int) -> str:
    """What a listed finding leaves unlisted: spans past LISTED_EVIDENCE and spans shown
    above, under a counted reason or an earlier finding ("and 2 more (quality features
    lists them), and 1 already marked in the text under a counted reason above"), or
    ""."""
    parts = [f"{len(found.evidence) - LISTED_EVIDENCE} more (quality features lists them)"] if len(found.evidence) > LISTED_EVIDENCE else []
    # "shown above" alone left a reader asking where (a new user's find); and a span
    # listed under an earlier finding here is not marked in the text, which only the
    # counted reasons are (a second new user's find)
    parts += [f"{under_reasons} already marked in the text under a counted reason above"] if under_reasons else []
    parts += [f"{under_findings} listed under a finding above"] if under_findings else []
    if not parts:
        return ""
    return ("and " if found.evidence else "") + ", and ".join(parts)


def _says_again(ev: Evidence, kind: str, spans: set[tuple[str, int, int]]) -> bool:
    """Whether a span of a measurement of ``kind`` says again one of ``spans`` ((kind,
    start, end)): the same span, or one holding a span of its own kind."""
    return any((k == kind and ev.start <= a and b <= ev.end) or (a, b) == (ev.start, ev.end) for k, a, b in spans)


def uncounted_findings(result: ScoreResult, top: int) -> list[tuple[str, Measurement, int, int]]:
    """(name, measurement, spans left out as a counted reason shows them, spans left out
    as a finding listed before shows them) of each writing measurement
    (``_WRITING_MEASUREMENTS``) of a fault (a higher value reads less reliable) with
    evidence in this text that moved the score by nothing: no weight in the model, or
    none it can use. Spans that a reason the report shows (``top`` each way) lists
    already, or a measurement listed before, are left out and counted (a stacked hedge's
    words are hedge cues; a heading inside a filler section)."""
    weighed = {r.feature for r in result.reasons if r.logodds != 0}
    listed, _ = result.shown_reasons(top)
    # a span shown already, or holding one its extractor shows, says it again ("It is
    # believed" is a hedge cue; "could possibly" holds the cue "could"; "Analysts
    # suggest" is a vague source as well as a hedge, and stays); one inside a shown
    # filler section too (its heading). The wording signals' evidence is every word
    # they read: it says nothing of what a finding inside it is.
    shown = {
        (r.feature.split(".")[0], ev.start, ev.end)
        for r in listed
        if not r.feature.startswith(_WORDING)
        for ev in r.evidence
    }
    sections = {(ev.start, ev.end) for r in listed if r.feature.startswith("filler.") for ev in r.evidence}
    by_reasons = set(shown)  # what the counted reasons show; the findings add theirs
    out = []
    for name, m in result.features.items():
        spec = ALL_SPECS.get(name)
        if (
            not name.startswith(_WRITING_MEASUREMENTS)
            or name in _FORM_ONLY
            or name in weighed
            or spec is None
            or spec.direction <= 0
        ):
            continue
        kind = name.split(".")[0]
        fresh = tuple(
            ev
            for ev in m.evidence
            if not _says_again(ev, kind, shown) and not any(a <= ev.start and ev.end <= b for a, b in sections)
        )
        under_findings = sum(
            1
            for ev in m.evidence
            if ev not in fresh and not _says_again(ev, kind, by_reasons) and not any(a <= ev.start and ev.end <= b for a, b in sections)
        )
        if m.evidence:  # listed even when every span is shown above: it still counts nothing
            left_out = len(m.evidence) - len(fresh)
            out.append((name, Measurement(m.name, m.value, fresh), left_out - under_findings, under_findings))
            shown |= {(kind, ev.start, ev.end) for ev in fresh[:LISTED_EVIDENCE]}
    return out


def _snippet(text: str, width: int = 90) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= width else one_line[: width - 1] + "…"


def _marked_note(result: ScoreResult, top: int, marked: bool) -> str:
    """What the terminal report's text heading says of its marks: where there are none,
    why (only reasons that lower the score are marked)."""
    if marked:
        return "evidence marked [n]"
    if top == 0:
        return "nothing marked: --top 0 lists no reasons"
    if not result.top_reasons(top):
        return "nothing marked: only reasons that lower the score are marked, and none does"
    return "nothing marked: the reasons that lower the score have no spans to mark"


#: What the shapes in a wording model's "read as" stand for (quality.features.vocabulary).
READ_AS_LEGEND = (
    "    (read as: function words and most punctuation kept, case, commas and quotation-mark "
    "styles aside, she/her as he/his; <w> any other word, <ws> <wly> <wing> <wed> one by "
    "its ending, <P> other punctuation; numbers are not read)"
)


def _evidence_lines(evidence) -> list[str]:
    """One indented line per evidence span: its offsets and its text on one line, and
    what a wording model read there when it masked words ('read as "the <w> of"'),
    with a line saying what its shapes stand for (". <D>" told a new user nothing), under
    each such reason's evidence."""
    lines = [
        f"    at {ev.start}-{ev.end}: {_snippet(ev.text)}" + (f'   (read as "{ev.read_as}")' if ev.read_as else "")
        for ev in evidence
    ]
    if any(ev.read_as and "<" in ev.read_as for ev in evidence):
        lines.append(READ_AS_LEGEND)
    return lines


def render_terminal(text: str, result: ScoreResult, *, top: int = 5, color: bool = True) -> str:
    """The report ``quality explain`` prints: the score, up to ``top`` reasons each way
    with their evidence, and the text with that evidence marked ``[n]``. A text that is
    not rated (``result.note``) gets the note and its text, no reasons or points."""

    def c(code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    lines = [c(_BOLD, f"== {result.id}")] + _summary_lines(result, notes=False)
    if result.note:
        lines += ["", c(_BOLD, "Text"), text.rstrip()]
        return "\n".join(lines) + "\n"
    reasons, spans = _marks(result, top)
    # --top 0: the points line and the text alone, no empty headings (a new user's find)
    if top > 0:
        lines += ["", c(_BOLD, "Reasons")]
    for i, r in enumerate(reasons):
        tag = c(_COLOURS[i % len(_COLOURS)], f"[{i + 1}]")
        lines.append(
            f"{tag} {signed_points(r.points, 6)} points  {r.feature} = {r.value:.3g} "
            f"({percentile_note(r.reliable_percentile)})"
        )
        lines.append(f"    {r.description}")
        if note := lowering_note(r):
            lines.append(f"    {note}")
        if r.near_bound:
            lines.append(f"    {BOUND_NOTE}")
        # the text marks every span not taken by a weightier reason: list those first,
        # and say how many more there are and how many overlap a weightier reason's
        # marks (a stock phrase inside a filler section), so the marks and the list agree
        marked_at = {(s, e) for s, e, j in spans if j == i}
        own = [ev for ev in r.evidence if (ev.start, ev.end) in marked_at]
        inside = len(r.evidence) - len(own)
        listed = own[:LISTED_EVIDENCE] or r.evidence[:LISTED_EVIDENCE]
        lines += [c(_DIM, line) for line in _evidence_lines(listed)]
        more = len(own) - len(listed) if own else 0
        if more:
            lines.append(c(_DIM, f"    and {more} more marked [{i + 1}] in the text"))
        if own and inside:
            lines.append(c(_DIM, f"    and {inside} overlapping the marks of weightier reasons above, not marked"))
        elif inside:
            lines.append(c(_DIM, "    (all overlapping the marks of weightier reasons above, not marked)"))
    if not reasons and top > 0:
        lines.append("(no feature lowers this article's reliability)")
    helping = result.top_raising(top)
    if top > 0:
        lines.append("")
        lines.append(c(_BOLD, "In its favour (listed here, not marked in the text)"))
    for r in helping:
        note = "; ".join(n for n in (favour_note(r), "at the bound" if r.near_bound else "") if n)
        lines.append(
            f"    {signed_points(r.points, 6)} points  {r.feature} = {r.value:.3g}" + (f"  ({note})" if note else "")
        )
        # what was credited, so a reader can check it (not marked in the text, which
        # marks what lowers the score)
        listed = r.evidence[:LISTED_EVIDENCE]
        lines += [c(_DIM, line) for line in _evidence_lines(listed)]
        if len(r.evidence) > len(listed):
            lines.append(c(_DIM, f"    {_more_spans(len(r.evidence) - len(listed))} of it"))
    if not helping and top > 0:
        lines.append("(no feature raises this article's reliability)")
    lines += ["", _others_line(result, top)]
    if found := uncounted_findings(result, top):
        lines += ["", c(_BOLD, "Found, but no part of the score (the model gives these no weight)")]
        for name, m, under_reasons, under_findings in found:
            lines.append(f"    {name} = {m.value:.3g}   {ALL_SPECS[name].description}")
            lines += [c(_DIM, line) for line in _evidence_lines(m.evidence[:LISTED_EVIDENCE])]
            if tail := _found_tail(m, under_reasons, under_findings):
                lines.append(c(_DIM, "    " + tail))
    # only the reasons that lower a score are marked in the text; with none, say so in
    # words a reader can check against the listing above (a new user read "no evidence
    # to mark" under a list of spans in its favour)
    heading = f"Text ({_marked_note(result, top, bool(spans))})"
    lines += ["", c(_DIM, "How to read the points"), *(c(_DIM, f"  {note}") for note in POINTS_NOTES)]
    lines += ["", c(_BOLD, heading)]
    tags = paragraph_tags(result)
    # the key to the tags, set apart from the text so it does not read as a tag on the
    # text's first line (a new user's find)
    key = [
        c(_DIM, f"  key: {tag} opens a paragraph {meaning}; quality clean removes it")
        for tag, meaning in TAG_MEANINGS.items()
        if tag in tags.values()
    ]
    lines += [*key, *([""] if key else [])]
    lines.append(_marked_text(text, spans, tags, c).rstrip())
    return "\n".join(lines) + "\n"


#: What opens a boilerplate paragraph in the terminal report's text: page chrome, read
#: as blank by the measurements (quality.reading), or boilerplate measured as written (a
#: sentence, or any boilerplate of a text that is all chrome). ``quality clean`` removes
#: both, and the HTML report strikes both through.
CHROME_TAG = "[page chrome: not measured]"
BOILERPLATE_TAG = "[boilerplate: measured]"
TAG_MEANINGS = {
    CHROME_TAG: "labelled boilerplate and read as blank: the site's, not the article's",
    BOILERPLATE_TAG: "labelled boilerplate, but measured as written (a sentence, or a text all chrome)",
}


def paragraph_tags(result: ScoreResult) -> dict[int, str]:
    """The tag (``CHROME_TAG`` or ``BOILERPLATE_TAG``) for each boilerplate paragraph of
    ``result``, by its start offset in the scored text; the paragraphs and which are
    page chrome as scoring decided them (``result.paragraphs``, ``result.page_chrome``),
    the ones the HTML report strikes through and ``quality clean`` removes."""
    chrome = set(result.page_chrome)
    return {
        p.start: CHROME_TAG if p in chrome else BOILERPLATE_TAG
        for p in result.paragraphs
        if p.label == "boilerplate"
    }


class _Run(NamedTuple):
    """``text[start:end]``: inside the mark open, if one is."""

    start: int
    end: int


class _Open(NamedTuple):
    """The mark of reason ``reason`` (its index among the top reasons) opens: where its
    evidence starts, or ``resumed`` after an edge inside the evidence."""

    reason: int
    resumed: bool


class _Close(NamedTuple):
    """The mark of reason ``reason`` closes: where its evidence ends, or ``paused`` for
    an edge inside the evidence, to open again after it."""

    reason: int
    paused: bool


class _Edge(NamedTuple):
    """An offset where a renderer writes something of its own (a paragraph's edge, a
    tag); no mark is open across it."""

    at: int


def _walk(
    text: str, spans: list[tuple[int, int, int]], edges: Collection[int]
) -> Iterator[_Run | _Open | _Close | _Edge]:
    """``text`` as events in text order, for a renderer to write: runs of text, the
    marks of ``spans`` (start, end, reason index; non-empty, disjoint, sorted) opening
    and closing, and each of ``edges`` (offsets). At an offset, a mark ending there
    closes, a mark running over an edge there pauses, the edge comes, the paused mark
    resumes, and a mark starting there opens; so an edge is never inside a mark, and
    marks nest in whatever a renderer opens and closes at its edges."""
    span_at = {start: (end, i) for start, end, i in spans}
    # a set: an edge at the text's end comes once (a paragraph's span was closed twice)
    points = sorted({*edges, *span_at, *(end for _, end, _ in spans), len(text)})
    pos = 0
    open_mark: tuple[int, int] | None = None  # (end, reason index) of the mark open
    for point in points:
        if point > pos:
            yield _Run(pos, point)
        pos = point
        if open_mark is not None and point >= open_mark[0]:
            yield _Close(open_mark[1], paused=False)
            open_mark = None
        # evidence running over an edge (a wording piece ". |\nEuropean" over a
        # paragraph's) is closed before it and opened again after: in HTML tags nest, or
        # a browser drops the mark; in a terminal a tag inside a span splits its colouring
        crossing = open_mark is not None and point in edges
        if crossing:
            yield _Close(open_mark[1], paused=True)
        if point in edges:
            yield _Edge(point)
        if crossing:
            yield _Open(open_mark[1], resumed=True)
        if point in span_at and open_mark is None:
            open_mark = span_at[point]
            yield _Open(open_mark[1], resumed=False)


def _marked_text(
    text: str, spans: list[tuple[int, int, int]], tags: dict[int, str], c: Callable[[str, str], str]
) -> str:
    """``text`` with each evidence span (start, end, reason index; non-empty, disjoint,
    sorted) coloured and numbered after it ("[2]"), and each tag before the offset it is
    at."""
    out: list[str] = []
    run: list[str] | None = None  # the open mark's text, coloured as one piece when it closes
    for event in _walk(text, spans, tags):
        if isinstance(event, _Run):
            (out if run is None else run).append(text[event.start : event.end])
        elif isinstance(event, _Open):
            run = []
        elif isinstance(event, _Close):
            number = "" if event.paused else f"[{event.reason + 1}]"
            out.append(c(_COLOURS[event.reason % len(_COLOURS)], "".join(run) + number))
            run = None
        else:
            out.append(c(_DIM, tags[event.at]) + " ")
    return "".join(out)


def _marked_html(
    text: str,
    spans: list[tuple[int, int, int]],
    reasons: list[Reason],
    paragraphs: list[ParagraphLabel],
    page_chrome: Collection[ParagraphLabel],
) -> str:
    """``text`` escaped, each evidence span (start, end, index into ``reasons``;
    non-empty, disjoint, sorted) in a ``<mark>`` of its reason's colour, and each of
    ``paragraphs`` (disjoint) in a ``<span class='para LABEL'>`` titled with its reason;
    boilerplate in ``page_chrome`` is struck, other boilerplate set apart as measured."""
    esc = html.escape
    para_at = {p.start: p for p in paragraphs}
    para_end = {p.end: p for p in para_at.values()}
    out: list[str] = []
    for event in _walk(text, spans, {*para_at, *para_end}):
        if isinstance(event, _Run):
            out.append(esc(text[event.start : event.end]))
        elif isinstance(event, _Open):
            colour = _HTML_COLOURS[event.reason % len(_HTML_COLOURS)]
            out.append(f"<mark style='background:{colour}' title='{esc(reasons[event.reason].feature)}'>")
        elif isinstance(event, _Close):
            out.append("</mark>")
        else:
            if event.at in para_end:
                out.append("</span>")
            if p := para_at.get(event.at):
                measured = p.label == "boilerplate" and p not in page_chrome
                kind = f"{p.label} measured" if measured else p.label
                chrome = "; page chrome, not measured" if p in page_chrome else ("; measured all the same" if measured else "")
                out.append(f"<span class='para {kind}' title='{esc(p.label)}: {esc(p.reason)}{chrome}'>")
    return "".join(out)


def render_html(text: str, result: ScoreResult, *, top: int = 5) -> str:
    """The standalone page ``quality explain --html`` writes: what ``render_terminal``
    says, with paragraph labels shaded; for a text that is not rated, the note and the
    text only."""
    esc = html.escape
    if result.note:
        summary = "<br>".join(esc(line) for line in _summary_lines(result))
        return _page(result, summary, "", "", esc(text))
    reasons, spans = _marks(result, top)
    rows = []
    # each row's note as the terminal gives it: a wording value of -0.2 raises the
    # score when the training mean is -0.5, and without the note the page read as a
    # mark against the article (a new user's find)
    def noted(note: str) -> str:
        return f"<br><small>{esc(note)}</small>" if note else ""

    for i, r in enumerate(reasons):
        colour = _HTML_COLOURS[i % len(_HTML_COLOURS)]
        rows.append(
            f"<tr><td><span class='tag' style='background:{colour}'>{i + 1}</span></td>"
            f"<td>{signed_points(r.points)}</td><td><code>{esc(r.feature)}</code></td>"
            f"<td>{r.value:.3g}</td><td>{r.reliable_percentile:.0f}</td>"
            f"<td>{esc(r.description)}{noted(lowering_note(r))}{noted(BOUND_NOTE if r.near_bound else '')}</td></tr>"
        )
    # paragraph labels shade whole paragraphs; evidence marks sit inside them
    shaded = [p for p in result.paragraphs if p.label != "content"]
    body = _marked_html(text, spans, reasons, shaded, set(result.page_chrome))
    for r in result.top_raising(top):
        listed = r.evidence[:LISTED_EVIDENCE]
        credited = "; ".join(f"<q>{esc(_snippet(ev.text, 60))}</q>" for ev in listed)
        if len(r.evidence) > len(listed):
            credited += f" {_more_spans(len(r.evidence) - len(listed))}"
        credited = f"<br><small>credited: {credited}</small>" if credited else ""
        rows.append(
            f"<tr class='raises'><td></td><td>{signed_points(r.points)}</td><td><code>{esc(r.feature)}</code></td>"
            f"<td>{r.value:.3g}</td><td>{r.reliable_percentile:.0f}</td>"
            f"<td>{esc(r.description)}{noted(favour_note(r))}{noted(BOUND_NOTE if r.near_bound else '')}{credited}</td></tr>"
        )
    shown, other = result.shown_reasons(top)
    largest = _largest_others(result, shown)
    largest = f"<br><small>the largest: {esc(largest)}</small>" if largest else ""
    rows.append(
        f"<tr><td></td><td>{signed_points(other)}</td><td colspan='4'>every other feature together{largest}</td></tr>"
        f"<tr><td></td><td>{result.baseline:.1f}</td><td colspan='4'>baseline: every "
        "measurement at its training average; faults such as filler or debris at none</td></tr>"
        f"<tr><th></th><th>{shown_score(result.reliability)}</th><th colspan='4'>reliability = baseline "
        "+ the points above</th></tr>"
    )
    summary = "<br>".join(esc(line) for line in _summary_lines(result))
    table = (
        "<h2>Reasons</h2>\n<table><tr><th></th><th>points</th><th>feature</th><th>value</th>"
        f"<th>percentile among reliable articles</th><th>meaning</th></tr>\n{''.join(rows)}\n</table>"
    )
    if found := uncounted_findings(result, top):
        items = "".join(
            f"<li><code>{esc(name)}</code> = {m.value:.3g} ({esc(ALL_SPECS[name].description)}): "
            + "; ".join(f"<q>{esc(_snippet(ev.text, 60))}</q>" for ev in m.evidence[:LISTED_EVIDENCE])
            + f" {esc(_found_tail(m, under_reasons, under_findings))}"
            + "</li>"
            for name, m, under_reasons, under_findings in found
        )
        table += f"\n<h2>Found, but no part of the score</h2>\n<p>The model gives these no weight.</p><ul>{items}</ul>"
    legend = (
        "<p>Marked: evidence of each reason. Shaded: paragraphs labelled filler (grey), "
        "boilerplate: page chrome, read as blank (struck), or a sentence measured all the "
        "same (blue, underlined with dots), artifact (red).</p>"
    )
    return _page(result, summary, table, legend, body)


def _page(result: ScoreResult, summary: str, table: str, legend: str, body: str) -> str:
    esc = html.escape
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>article-quality: {esc(str(result.id))}</title>
<style>
body {{ font: 15px/1.5 system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; }}
table {{ border-collapse: collapse; }} td, th {{ padding: .2em .6em; border-bottom: 1px solid #ddd; text-align: left; }}
.tag {{ padding: 0 .4em; border-radius: .3em; }}
tr.raises td {{ color: #161; }}
.text {{ white-space: pre-wrap; border: 1px solid #ccc; padding: 1em; }}
.para.filler {{ background: #f3f3f3; color: #666; }}
.para.boilerplate {{ background: #eef; color: #669; text-decoration: line-through; }}
.para.boilerplate.measured {{ text-decoration: underline dotted; }}
.para.artifact {{ background: #fee; color: #a66; }}
</style></head><body>
<h1>{esc(str(result.id))}</h1>
<p class="summary">{summary}</p>
{table}
<h2>Text</h2>
{legend}
<div class="text">{body}</div>
</body></html>
"""

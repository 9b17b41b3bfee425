"""Time against the length of a run of one character or token, to find what is not linear.

    python benchmarks/long_runs.py [--chars 20000] [--json out.json]

A record holding a long run of one mark ("!!!!...", a line of 60,000 dashes, 60,000
spaces, "U.S. U.S. ...") once took a regular expression quadratic time: 40 seconds for
one record at 60,000 characters, minutes at 500 KB, holding up every record behind it.
This scores a short sentence followed by each run at two lengths, N and 2N characters, on
one core, and reports the seconds and their ratio: about 2 is linear, about 4 quadratic.
Ratios only (these machines are shared and noisy); a run of plain prose of the same
length is the peer, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quality import Scorer  # noqa: E402

LEAD = "The council voted on Tuesday to close the bridge, a spokeswoman said. "
#: One unit of each run, repeated to the length asked for. Each once took, or might
#: take, a pattern that retries from every position inside a run.
UNITS = {
    "prose (the peer)": "The council met on Monday and agreed the budget for the year. ",
    "exclamation marks": "!",
    "full stops": ".",
    "ellipses": "…",
    "dashes on a line": "-",
    "spaces": " ",
    "line breaks": "\n",
    "tabs": "\t",
    "pipes": "|",
    "hashes": "#",
    "asterisks": "*",
    "underscores": "_",
    "equals signs": "=",
    "commas": ",",
    "quotation marks": '"',
    "apostrophes": "'",
    "brackets": "(",
    "digits": "7",
    "one letter": "a",
    "capitals": "A",
    "'U.S. '": "U.S. ",
    "'A. '": "A. ",
    "'Mr. '": "Mr. ",
    "'Dr.' without spaces": "Dr.",
    "'word,' without spaces": "word,",
    "'word;' without spaces": "word;",
    "'word:' without spaces": "word:",
    "'- '": "- ",
    "'| '": "| ",
    "'» '": "» ",
    "'<b>'": "<b>",
    "'&amp;'": "&amp;",
    "'http://a.b/ '": "http://a.b/ ",
    # short lower-case sentences on one line: each was judged for code by its whole line
    "'word. '": "word. ",
    "'word。' (ideographic full stops)": "word。",
    "'&' alone": "&",
    "'...'": "... ",
    # single quotation marks: a phrase after a verb of saying, opened and never closed,
    # over plurals' apostrophes, clipped words and decades (a first draft of that rule
    # took 80 s on 72,000 characters: two lazy runs around a space)
    "\"said 'a\" then \"the workers' rights \"": "said 'a deal for the workers' rights ",
    "\"'til the end 'em \"": "'til the end 'em ",
    "\"the '90s \"": "the '90s ",
    # single-quoted words: each opening mark's attempt ran on to the paragraph's end,
    # looking for a close of the other kind (53 s at 40,000 characters: a new user's
    # find, 2026-12-07), a Python list's repr among them
    "\"'a' \"": "'a' ",
    "\"'plan', \" (a list's repr)": "'plan', ",
    "\"‘a’ \"": "‘a’ ",
    "\"x 'ab'c y. \" (marks inside words)": "x 'ab'c y. ",
    # quotations reopened sentence after sentence on one line: each was traced back from
    # the line's start (47.6 s at 160,000 characters: a tester's find, 2026-12-07)
    "\"‘Yes. ‘It was fine,’ he said. \"": "‘Yes. ‘It was fine,’ he said. ",
}


def _text(unit: str, chars: int) -> str:
    body = unit * (chars // len(unit) + 1)
    if unit == "-":
        body = "\n" + body + "\n"
    return LEAD + body[:chars] + " It was closed."


def time_runs(scorer: Scorer, chars: int) -> list[dict]:
    """One row per unit: seconds at ``chars`` and at twice that, and their ratio."""
    rows = []
    for name, unit in UNITS.items():
        seconds = []
        for n in (chars, 2 * chars):
            text = _text(unit, n)
            start = time.perf_counter()
            result = scorer.score(text)
            seconds.append(time.perf_counter() - start)
        rows.append(
            {
                "run": name,
                "status": result.status,
                f"seconds at {chars}": round(seconds[0], 3),
                f"seconds at {2 * chars}": round(seconds[1], 3),
                "ratio": round(seconds[1] / max(seconds[0], 1e-6), 2),
            }
        )
        print(
            f"{name:>22}: {seconds[0]:7.2f} s, {seconds[1]:7.2f} s at twice the length "
            f"(x{rows[-1]['ratio']:.1f})",
            flush=True,
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=20_000, help="the shorter run's length (default 20,000)")
    parser.add_argument("--json", help="also write the rows here")
    args = parser.parse_args(argv)
    scorer = Scorer.load()
    scorer.score(LEAD * 20)  # load the lazily read resources before timing
    rows = time_runs(scorer, args.chars)
    peer = rows[0][f"seconds at {2 * args.chars}"]
    worst = max(rows[1:], key=lambda r: r[f"seconds at {2 * args.chars}"])
    print(
        f"slowest run: {worst['run']}, {worst[f'seconds at {2 * args.chars}'] / max(peer, 1e-6):.1f}x "
        f"the time of prose of the same length ({2 * args.chars:,} characters)"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What encoding damage costs beyond the one measurement that should count it.

    python evaluation/encoding_damage.py [--per-corpus 10] [--seed 1]

Text whose UTF-8 a pipeline read as Windows-1252 or Latin-1 ("mojibake": "itâ€™s",
"cafÃ©") is read as the characters it stands for (quality.reading), and the damage is
counted by ``formatting.encoding_errors_per_1k_words`` alone. This checks that claim
on corpus articles from ../shared/data (``--per-corpus`` from each training corpus, of
150+ words and holding curly quotation marks, dashes or accented letters, giveaways
neutralised as ``quality train`` reads them): each is scored clean and after each
damage below, and the "leak" is the damaged score minus the score the clean article
would get if only the encoding measurement's log-odds had changed. A leak is damage
reaching other measurements (a quotation lost, a stray letter read as a word).

Prints, per damage: the mean change of reliability (points, the encoding measurement's
cost included), the mean and largest leak and how many articles leak more than 3
points. Reads the corpora; writes nothing. About 2 minutes.

The damages (the forms two testers tried on 2026-12-06): Windows-1252 with its
undefined bytes replaced by U+FFFD (Python's ``errors="replace"``) or kept as C1
controls (WHATWG's decoder); Latin-1; Windows-1252 twice; the text upper-cased after
the damage (against the clean text upper-cased); a no-break space's "Â" left before an
ordinary space; Latin-1 with its C1 controls then dropped ("itâs"), whose quotation
marks and dashes all read "â" and are told apart only by where they stand; and text
saved as Windows-1252 and read as Latin-1, whose quotation marks, dashes and ellipses
are C1 controls ("\x93", "\x97"; a ReCOVery outlet's, 2026-12-06); and the
characters outside ASCII written as HTML references and the whole escaped once more
("&amp;#8217;", "&amp;": a pipeline that escaped the text twice; a tester's find,
2026-12-06). Four lose the marks, told apart only by where they stood (testers'
finds, 2026-12-06, third and fourth stops): text saved as Windows-1252 and read as UTF-8
(each mark a U+FFFD), text encoded as ASCII ("?" for each) or as Latin-1 ("?" for each
mark, its accented letters kept), UTF-8 read as Mac Roman ("‚Äú" for "“"), and UTF-8
read as ASCII with each byte a "?" ("It???s").
"""

from __future__ import annotations

import argparse
import html
import json
import math
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import quality_checkout  # noqa: E402, F401  (warns if quality is not this checkout's)

from quality.giveaways import neutralise  # noqa: E402
from quality.scorer import Scorer, ScoreResult  # noqa: E402
from quality.train import HELD_OUT_CORPORA  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
ENCODING = "formatting.encoding_errors_per_1k_words"
MIN_WORDS = 150
#: Characters whose UTF-8 takes two or three bytes, which the damage shows.
_DAMAGEABLE = re.compile("[’‘“”—–…é]")
#: A leak this large (points) is reported as one.
LEAK_POINTS = 3.0


def windows_1252(text: str, errors: str = "replace") -> str:
    """``text``'s UTF-8 bytes read as Windows-1252: the five bytes it leaves undefined
    replaced by U+FFFD (``errors="replace"``) or read as the C1 controls WHATWG's
    decoder gives them (``errors="c1"``)."""
    if errors == "replace":
        return text.encode("utf-8").decode("cp1252", errors="replace")
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def latin_1(text: str) -> str:
    """``text``'s UTF-8 bytes read as Latin-1."""
    return text.encode("utf-8").decode("latin-1")


def windows_1252_as_latin_1(text: str) -> str:
    """``text`` saved as Windows-1252 and read as Latin-1: its curly quotation marks,
    dashes and ellipses become C1 controls ("\x93", "\x97", "\x85"); its accented
    letters read as they were. A character Windows-1252 cannot write is kept."""
    return "".join(
        c.encode("cp1252").decode("latin-1") if c in _CP1252_WRITES else c for c in text
    )


#: The characters Windows-1252 writes with one of its bytes 0x80-0x9F.
_CP1252_WRITES = frozenset(bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xA0)) - {""}


DAMAGES: dict[str, Callable[[str], str]] = {
    "Windows-1252, undefined bytes replaced": windows_1252,
    "Windows-1252, undefined bytes as C1 controls": lambda t: windows_1252(t, "c1"),
    "Latin-1": latin_1,
    "Windows-1252 twice": lambda t: windows_1252(windows_1252(t)),
    "Windows-1252, then upper-cased": lambda t: windows_1252(t).upper(),
    "a no-break space's 'Â' before a space": lambda t: windows_1252(
        t.replace(" the ", " the\u00a0").replace(". ", ".\u00a0 "), "c1"
    ).replace("\u00a0", " "),
    "Latin-1, C1 controls dropped": lambda t: re.sub("[\x80-\x9f]", "", latin_1(t)),
    "Windows-1252 text read as Latin-1 (C1 controls for its marks)": windows_1252_as_latin_1,
    # as a pipeline does it: characters outside ASCII written as references, then the
    # whole escaped for HTML again ("’" is "&amp;#8217;", "&" "&amp;")
    "escaped twice ('&amp;#8217;')": lambda t: html.escape(
        t.encode("ascii", "xmlcharrefreplace").decode("ascii"), quote=False
    ),
    # lossy: the marks themselves are gone, and only where they stood tells them
    "Windows-1252 text read as UTF-8 (its marks replaced by U+FFFD)": lambda t: t.encode(
        "cp1252", errors="replace"
    ).decode("utf-8", errors="replace"),
    "encoded as ASCII ('?' for every other character)": lambda t: t.encode("ascii", errors="replace").decode("ascii"),
    # Latin-1 keeps é and £ and writes "?" for the marks past it (Java's
    # getBytes("ISO-8859-1"); a tester's sibling, 2026-12-06)
    "encoded as Latin-1 ('?' for the marks it has no byte for)": lambda t: t.encode(
        "latin-1", errors="replace"
    ).decode("latin-1"),
    "UTF-8 read as Mac Roman": lambda t: t.encode("utf-8").decode("mac_roman"),
    # each byte of a character past ASCII replaced on its own ("It???s"; a tester's
    # find, 2026-12-06)
    "UTF-8 read as ASCII, each byte a '?'": lambda t: t.encode("utf-8").decode("ascii", errors="replace").replace(
        "\ufffd", "?"
    ),
}


def encoding_only(clean: ScoreResult, damaged: ScoreResult) -> float:
    """The reliability ``clean`` would have with only the encoding measurement's
    log-odds changed as they did in ``damaged`` (reasons carry log-odds of unreliable)."""
    was = {r.feature: r.logodds for r in clean.reasons}
    now = {r.feature: r.logodds for r in damaged.reasons}
    decision = clean.decision + now[ENCODING] - was[ENCODING]
    return 100.0 * (1.0 - 1.0 / (1.0 + math.exp(-decision)))


def sample(per_corpus: int, seed: int) -> list[str]:
    """``per_corpus`` articles from each training corpus that can show the damage."""
    rng = random.Random(seed)
    texts = []
    for corpus in HELD_OUT_CORPORA:
        with open(SHARED / corpus / "articles.jsonl", encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        rows = [r for r in rows if len(r["text"].split()) >= MIN_WORDS and _DAMAGEABLE.search(r["text"])]
        for r in rng.sample(rows, min(per_corpus, len(rows))):
            texts.append(neutralise(r["text"], corpus, r.get("meta")))
    return texts


def leaks(scorer: Scorer, texts: list[str]) -> dict[str, dict[str, float]]:
    """Per damage: n, mean change, mean and largest leak (points), articles leaking more
    than LEAK_POINTS."""
    clean = [scorer.score(t) for t in texts]
    upper = None
    out = {}
    for name, damage in DAMAGES.items():
        if name.endswith("upper-cased"):
            upper = upper or [scorer.score(t.upper()) for t in texts]
            reference = upper
        else:
            reference = clean
        change, leak = [], []
        for text, before in zip(texts, reference):
            after = scorer.score(damage(text))
            change.append(after.reliability - before.reliability)
            leak.append(after.reliability - encoding_only(before, after))
        leak_arr = np.array(leak)
        out[name] = {
            "n": len(texts),
            "mean_change": float(np.mean(change)),
            "mean_leak": float(np.mean(leak_arr)),
            "largest_leak": float(leak_arr[np.argmax(np.abs(leak_arr))]),
            "leaking": int(np.sum(np.abs(leak_arr) > LEAK_POINTS)),
        }
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-corpus", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    texts = sample(args.per_corpus, args.seed)
    rows = leaks(Scorer.load(), texts)
    print(f"{len(texts)} articles; points; leak: beyond what the encoding measurement's log-odds explain")
    print(f"  {'damage':46s} {'change':>7s} {'leak':>6s} {'largest':>8s}  leaking > {LEAK_POINTS:g}")
    for name, row in rows.items():
        print(
            f"  {name:46s} {row['mean_change']:+7.1f} {row['mean_leak']:+6.1f} {row['largest_leak']:+8.1f}"
            f"  {row['leaking']}"
        )


if __name__ == "__main__":
    main()

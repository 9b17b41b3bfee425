"""Texts without letter case: scored without the measurements that read only case.

Some pipelines lower-case text before it is stored (part of llmfake's CoAID texts came
that way), and some texts are written in capitals. Six model measurements read nothing
but capital letters: a sentence starting in lower case, a stray capital, a name written
both ways, a capitalised name before "said", "on Tuesday", "This" opening a sentence.
On a lower-cased text they read as sloppy, unsourced writing: lower-casing cost an
article 16 reliability points on average (626 corpus and team articles of both classes;
32% changed label). In capitals every word looks like a name and no sentence starts in
lower case: upper-casing gained an article 12 points (36% changed label), a free pass
for shouting. Either way case measures the pipeline or the caps lock, not the reporting.

So when under ``CASELESS_BELOW`` or over ``CAPITALS_ABOVE`` of a text's letters are
upper case, or under half of its sentences show letter case (a lower-cased body under a
headline as written), those six are not counted: each contributes what it gives the average
training article (``neutral_contributions_`` of the model, quality.train; 0 would be
"none found", a bonus where a fault counts from none), its reason says so, and the
result is flagged ``no_letter_case``;
training leaves them out of such texts too (as missing values, like the corpus masks of
quality.giveaways). Measurements that lower-casing only weakens (dates, the vague share)
still count: left out as well, they cost ROC-AUC on lower-cased llmfake and Perez-Rosas
texts. The vocabulary signal reads capitals too (a capitalised word is a name), but it
still ranks lower-cased texts well (ISOT 0.996, Perez-Rosas 0.824): left out of them, it
cost ROC-AUC 0.16 to 0.22 and changed 37% of labels instead of 22% (2026-12-01), so it
stays counted.

Edited prose is far from both lines: every sentence opens on a capital and most words
do not, so the texts of each corpus (CoAID aside) with 50+ words have 0.5% (llmfake) to
1.8% (ISOT) at the least, and at most 19% in ISOT and Perez-Rosas. Of the 7,553 corpus
texts the model trains on, six cross a line: one lower-cased CoAID text (already masked
there), a bill's status record in capitals, and four pages mostly in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from quality.document import is_table_row
from quality.features.base import Measurement
from quality.letters import LIST_MARKER, LOWER, UPPER, WORD_CAPITAL_RE

#: Below this share of upper-case letters a text is treated as lower-cased.
CASELESS_BELOW = 0.002
#: Above this share it is in capitals: they no longer mark sentence starts and names.
CAPITALS_ABOVE = 0.5

#: Model measurements that read only letter case (the CoAID mask in quality.giveaways
#: covers them, so training on the corpora is unchanged).
CASE_READING = (
    "formatting.lowercase_start_frac",
    "formatting.stray_capital_per_1k_words",
    "formatting.case_inconsistency_per_1k_words",
    "sourcing.named_per_1k_words",
    "sourcing.weekdays_per_1k_words",
    "filler.demonstrative_openers_frac",
)
#: Left out of caseless texts in training only: the word-choice signal tells names from
#: words by their capitals, and the caseless training texts are CoAID's lower-cased ones,
#: all on one side of llmfake, so read there it would learn lower-cased names and
#: headline words as that side's word choice. At scoring it stays counted: left out of
#: caseless texts there, lower-casing moved articles by +2.1 points on average and
#: changed 13.6% of labels (10th / 90th percentile -16.8 / +14.6), against +0.7 and
#: 3.8% counted (evaluation/perturbations.py, 2026-12-02), though lower-casing one Reuters
#: text of tweets still lifts it 30 points (27 to 57) through its title-cased words.
MASKED_IN_TRAINING_WHEN_CASELESS = CASE_READING + ("word_choice.reliable_logodds",)


#: A lower-cased text may keep a title in capitals or acronyms ("US", "U.S.", "CEOs",
#: "H5N1"): what shows that a text uses letter case is a capital opening a word in
#: lower case ("Maria", "The", "A"), so a text with 200+ letters is lower-cased when under
#: CASELESS_BELOW of its letters are such capitals. Three "US" in a lower-cased article
#: took it over CASELESS_BELOW, and its six case measurements cost it 13 to 22 points;
#: shorter texts (one sentence opening on "KOH") have too few sentence starts to tell.
#: Of the 15,440 corpus texts, this makes caseless 12 lower-cased CoAID texts, whose
#: case measurements are masked in training anyway, and one SemEval page that conjugates
#: verbs in lower case ("I reserve you reserve ...").
MIN_LETTERS_BESIDE_CAPITALS = 200
_ANY_LETTER = re.compile(rf"{UPPER}|{LOWER}")


def is_caseless(features: Mapping[str, Measurement], text: str | None = None) -> bool:
    """Whether letter case says nothing about the text: (almost) no capitals, or mostly
    capitals (a text with no letters at all has no case either); with ``text``, also a
    lower-cased text whose only capitals are in a title in capitals or acronyms (almost
    no word opens on a capital followed by lower case)."""
    share = features["formatting.uppercase_frac"].value
    if share < CASELESS_BELOW or share > CAPITALS_ABOVE:
        return True
    return text is not None and (_lower_cased_beside_capitals(text) or _lower_cased_body(text))


def _lower_cased_beside_capitals(text: str) -> bool:
    opening = len(WORD_CAPITAL_RE.findall(text))
    if opening >= CASELESS_BELOW * len(text):
        # enough words open on a capital whatever the letter count: an edited text
        # (every sentence opens on one) stops here, before its letters are counted
        return False
    letters = len(_ANY_LETTER.findall(text))
    return letters >= MIN_LETTERS_BESIDE_CAPITALS and opening < CASELESS_BELOW * letters


#: A lower-cased body under a cased first line or sentence (a headline kept as written,
#: then the article lower-cased: CoAID's texts in llmfake come so) is lower-cased too:
#: a text is, when it has ``MIN_SENTENCES_FOR_SHARE`` or more sentences of 20+ letters
#: and under ``CASED_SENTENCES_BELOW`` of them show letter case (open on a capital or
#: hold a word that does). The letter-share rule alone made such a text a cliff: a
#: dateline or an image credit added, capitals and all, took it over CASELESS_BELOW,
#: and its lower-case sentence starts then cost it 20 to 24 points
#: (evaluation/perturbations.py, 2026-12-02). Under half is the plain reading of "the
#: text is mostly lower-cased", not a fitted number. In edited prose nearly every
#: sentence shows case: of the corpus texts with four or more such sentences, the 210
#: under half are all CoAID's lower-cased texts (at most 0.40 there; their case
#: measurements are masked in training anyway). Four sentences at the least, as with
#: fewer one added line (a dateline) weighs a quarter or more; 20 letters and three words, as a
#: sentence has them and a heading of a word or two, a name or a web address does not.
CASED_SENTENCES_BELOW = 0.5
MIN_SENTENCES_FOR_SHARE = 4
_MIN_SENTENCE_LETTERS = 20
#: A sentence has words: a line of one "word" (a web address, a file name) has no
#: sentence case to show, and lines of links under a cased article made it "lower-cased".
_MIN_SENTENCE_WORDS = 3
#: Sentence ends as a lower-cased text shows them: ".", "!" or "?" (and any closing
#: quote or bracket) before a space, or a line break. quality.sentences cannot be used
#: here: it reads a capital after the period as the sign of a new sentence, so a
#: lower-cased text is a few long "sentences" to it (5 where this finds 30). An
#: abbreviation's period cuts a sentence in two here, which moves the share little.
_CASELESS_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+|\n+")
_OPENS_ON_CAPITAL = re.compile(rf"[\W\d_]*{UPPER}")  # past quotes, digits, bullets


def _shows_case(sentence: str) -> bool:
    return bool(_OPENS_ON_CAPITAL.match(sentence) or WORD_CAPITAL_RE.search(sentence))


#: Lines that may go without a capital however the text is written: list items (a cased
#: article's advice list in lower case, "- wash your hands", made it "lower-cased"),
#: table rows (cells of lower-case phrases, "| wash hands often and well |", did the
#: same: a tester's find, 2026-12-06) and sentences opening on a number ("40 percent of
#: flights were cancelled"). They count when they show case and are passed over when
#: they do not.
_LIST_ITEM = re.compile(rf"\s*{LIST_MARKER}\s")
_NUMBER_OPENING = re.compile(r"\s*[\d(]")


def _lower_cased_body(text: str) -> bool:
    cased = uncased = 0
    for line in text.splitlines():
        # a list item or table row is passed over whole, as a marker's period ("1. keep")
        # would cut it into a marker and a "sentence"
        item = _LIST_ITEM.match(line) is not None or ("|" in line and is_table_row(line))
        for sentence in _CASELESS_SENTENCE_END.split(line):
            if len(sentence.split()) < _MIN_SENTENCE_WORDS or len(_ANY_LETTER.findall(sentence)) < _MIN_SENTENCE_LETTERS:
                continue
            if _shows_case(sentence):
                cased += 1
            elif not (item or _NUMBER_OPENING.match(sentence)):
                uncased += 1
    total = cased + uncased
    return total >= MIN_SENTENCES_FOR_SHARE and cased < CASED_SENTENCES_BELOW * total


def case_columns(names: Sequence[str]) -> list[int]:
    """Where the ``CASE_READING`` measurements sit in a list of feature names."""
    return [j for j, name in enumerate(names) if name in CASE_READING]

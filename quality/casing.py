"""Texts without letter case: scored without the measurements that read only case.

Some pipelines lower-case text before it is stored (part of llmfake's CoAID texts came
that way). Six model measurements read nothing but capital letters: a sentence starting
in lower case, a stray capital, a name written both ways, a capitalised name before
"said", "on Tuesday", "This" opening a sentence. On a lower-cased text they read as
sloppy, unsourced writing: lower-casing cost an article 16 reliability points on
average (626 corpus and team articles of both classes; 32% changed label). That
measures the pipeline, not the writer.

So when under ``CASELESS_BELOW`` of a text's word characters are upper case, those six
are not counted: each contributes 0 log-odds (the average training article), its reason
says so, and the result is flagged ``no_letter_case``; training leaves them out of such
texts too (as missing values, like the corpus masks of quality.giveaways). Measurements
that lower-casing only weakens (dates, the vague share) still count: left out as well,
they cost ROC-AUC on lower-cased llmfake and Perez-Rosas texts.

Edited prose is far above the line: every sentence opens on a capital, so the least
capitalised text of each corpus (CoAID aside) has 0.5% (llmfake) to 1.8% (ISOT), 2.5 to
9 times the line; spun text that starts sentences in lower case still capitalises its
names. Of the ~7,500 training texts, one (a CoAID text, already masked there) is under
the line.
"""

from __future__ import annotations

from collections.abc import Mapping

from quality.features.base import Measurement

#: Below this share of upper-case word characters a text is treated as lower-cased.
CASELESS_BELOW = 0.002

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


def is_caseless(features: Mapping[str, Measurement]) -> bool:
    """Whether the text has (almost) no upper-case letters, and some words."""
    words = features["webstats.gopher_word_count"].value
    return words > 0 and features["formatting.uppercase_frac"].value < CASELESS_BELOW

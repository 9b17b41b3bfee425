"""Hedging: claims softened with "may", "could potentially", "is expected to".

Careful reporting hedges where the facts are uncertain; spun and generated articles hedge
everything, and stack hedges ("could potentially") to make speculation sound like news.
We measure how often cues occur, how many sentences carry one, and how often two cues
stand together, in the writer's own words: a cue inside a direct quotation is the
source's ("We may reopen in May," the manager said) and is not counted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quality.document import Document
from quality.features.base import Extractor, Measurement, MeasurementBuilder, Spec, safe_div
from quality.letters import WORD_CAPITAL_RE
from quality.lexicons import find_phrases

# Two cues with at most this many characters between them (a word or two) are stacked.
_STACK_GAP = re.compile(r"[\s,]*(?:\w+\s+){0,2}")
# "May 5", "May 2020", and in any case: a lower-cased text's "may 5" is the month too
_MONTH_MAY = re.compile(r"[Mm][Aa][Yy]\b(?=\s+\d|,?\s+\d{4})")
#: Words before "may" that make it the month in a text without letter case ("in may",
#: "since may", "mid-may", "early may"): lower-casing a port report ("fell 6 percent in
#: may") made "may" a hedge and cost it 12 points. Where the text shows case, a lower-
#: case "may" is the verb whatever comes before it ("those who opt in may see").
_BEFORE_MONTH = re.compile(
    r"(?:^|[^\w-])(?:in|since|until|till|from|through|during|early|late|mid|of|last|next)"
    r"[ \t-]+\Z",
    re.IGNORECASE,
)



#: "could not", "couldn't": inability ("could not enter at low tide"), not a hedge.
_NEGATED = re.compile(
    r"(?:n['’]t|\s+not)\b(?!\s+(?:only|just|merely|simply)\b)", re.IGNORECASE
)


#: What makes "possible" a set phrase, not a hedge: a comparison of degree ("as soon as
#: possible", "as many as possible"), a condition ("if possible", "where possible") or a
#: whole ("everything possible"), none with a noun after it ("as well as possible
#: causes", "if possible side effects" hedge: a reviewer's siblings); a superlative
#: ("the lowest possible price"), or enabling ("made possible by", "to make it
#: possible"). None commits the writer less to a claim; counted, "as soon as possible"
#: and "largest possible" cost a council notice 13 points (a new user's find,
#: 2026-12-07). CoNLL-2010's Wikipedia sentences hold six ("as little as possible", "all
#: possible escapes"): recall 0.274 to 0.273, precision 0.676 to 0.678.
_POSSIBLE_SET_PHRASE = re.compile(
    r"(?:\bthe\s+(?:(?:[\w-]+est|best|worst|least|fewest|greatest)(?:\s+[\w-]+)?|most\s+[\w-]+)"
    r"|\bevery|\b(?:made|make|makes|making)(?:\s+[\w'’-]+){0,6}?)\s+\Z",
    re.IGNORECASE,
)
#: ... the forms that take no noun after "possible" ("as soon as reasonably possible",
#: "everything humanly possible").
_POSSIBLE_ALONE = re.compile(
    r"(?:\bas\s+[\w-]+\s+as|\b(?:if|where|when|whenever|wherever|everything|all))"
    r"(?:\s+(?:reasonably|humanly|practically|practicable|feasibly))?\s+\Z",
    re.IGNORECASE,
)
#: What may follow "possible" alone: punctuation, the end, or a function word ("as soon
#: as possible to ...", "if possible and ...").
_AFTER_POSSIBLE_ALONE = re.compile(
    r"\s*(?:[^\w\s]|\Z|(?:to|and|or|but|so|for|after|before|in|on|by|with|at|from|this|that|the|a|an|until|when|while|because|if|"
    r"is|are|was|were|be|been|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must)\b)",
    re.IGNORECASE,
)


def hedge_spans(doc: Document) -> list[tuple[int, int]]:
    """Every hedge cue in the text, in order, leaving out a capitalised "May" (the
    month, a name, a wish: "Theresa May", "May Lopez said", "May the best team win") and
    a negated "could" ("could not enter": inability; "Reuters could not reach him"; but
    "could not only rise but double" hedges). Found once per document: the hedging
    measurements and the wording signals (which leave hedges unread) both ask."""
    return list(doc.memo("hedging:spans", _hedge_spans))


def _hedge_spans(doc: Document) -> list[tuple[int, int]]:
    text = doc.text
    spans = []
    for start, end in find_phrases(doc, "hedges"):
        word = text[start:end]
        if word == "May":
            # capitalised, "May" is the month or a name mid-sentence ("Theresa May", "in
            # May"), and at a sentence start the month ("May was the wettest month"), a
            # name ("May said", "May O'Brien said") or a wish or request ("May the best
            # team win", "May I ask?"), none of them a hedged claim: the hedge is the
            # modal inside a clause ("prices may fall")
            continue
        if word.lower() == "could" and _NEGATED.match(text, end):
            continue
        if word.lower() == "possible" and (
            _POSSIBLE_SET_PHRASE.search(text, max(0, start - 40), start)
            or (_POSSIBLE_ALONE.search(text, max(0, start - 40), start) and _AFTER_POSSIBLE_ALONE.match(text, end))
        ):
            continue
        if _in_a_name(doc, start, word):
            continue
        if _MONTH_MAY.match(text, start):
            continue
        if (
            word[:3].lower() == "may"
            and _BEFORE_MONTH.search(text, max(0, start - 12), start)
            and (word[:3] == "MAY" or not shows_letter_case(text))
        ):
            continue  # "in may", "IN MAY": case cannot tell the month from the verb
        spans.append((start, end))
    return spans


#: Where at least this share of the words around a hedge (_NEIGHBOURS either side) are
#: capitalised, it stands in title case ("Fed Could Raise Rates", "Title: Star
#: Allegedly Engaged"), where a capital says nothing of a name: a headline's hedge
#: counts. Words, not lines: some corpora's headlines run into their text on one line.
_TITLE_CASE_SHARE = 0.6
_NEIGHBOURS = 3
_WORDS_BEFORE = re.compile(rf"(?:[^\W\d_][\w'’-]*\W+){{1,{_NEIGHBOURS}}}\Z")
_WORDS_AFTER = re.compile(rf"\W+(?:[^\W\d_][\w'’-]*\W*){{1,{_NEIGHBOURS}}}")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _in_a_name(doc: Document, start: int, word: str) -> bool:
    """Whether the hedge ``word`` at ``start`` is capitalised right after a word, among
    words in sentence case, and so part of a name: "Mayor Ed Might said", "the Allegedly
    podcast" (a reviewer's finds). After a mark it may open a sentence or an unmarked
    quotation ('He said, Maybe ...'); among capitalised words (_TITLE_CASE_SHARE) it is
    in a headline, where a capital is no evidence."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    text = doc.text
    window = text[max(0, start - 60) : start]
    if not window.rstrip(" \t") or not window.rstrip(" \t")[-1].isalnum():
        return False
    before = _WORDS_BEFORE.search(window)
    after = _WORDS_AFTER.match(text[start + len(word) : start + len(word) + 60])
    words = _WORD.findall(before.group() if before else "") + _WORD.findall(after.group() if after else "")
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised < _TITLE_CASE_SHARE * len(words)


@lru_cache(maxsize=4)  # asked once per lower-case "may" after one of those words
def shows_letter_case(text: str) -> bool:
    """Whether any word of ``text`` opens on a capital followed by lower case."""
    return WORD_CAPITAL_RE.search(text) is not None


class Hedging(Extractor):
    name = "hedging"
    specs = (
        Spec("hedging.cues_per_1k_words", "per 1,000 words", "Hedge cues per 1,000 words, direct quotations left out."),
        Spec(
            "hedging.hedged_sentence_frac",
            "fraction of sentences",
            "Share of sentences with at least one hedge cue outside a direct quotation.",
        ),
        Spec(
            "hedging.stacked_per_1k_words",
            "per 1,000 words",
            "Stacked hedges (two cues within two words, 'could potentially') per 1,000 words, "
            "direct quotations left out.",
        ),
    )

    def extract(self, doc: Document) -> list[Measurement]:
        out = MeasurementBuilder(self, doc)
        # the writer's hedges only: a quoted official's "may" reports her caution, and
        # quoted hedges lean reliable in the training corpora (alone, ROC-AUC 0.41 on
        # ISOT, 0.47 on SemEval; 300 articles a class), so counting them blurred the
        # writer's (writer-only 0.567 and 0.581, against 0.537 and 0.550 with them)
        # (in a text mostly quoted, quoted ones count at Document.quoted_weight)
        spans, cues = doc.writers_count(hedge_spans(doc))
        weights = [doc.writer_weight(*span) for span in spans]
        text = doc.text
        hedged: dict[int, float] = {}  # sentence: its weightiest hedge's weight
        for span, weight in zip(spans, weights):
            i = doc.sentence_index(span[0])
            if i >= 0:
                hedged[i] = max(hedged.get(i, 0.0), weight)
        stacked, n_stacked = [], 0.0
        for k, ((s1, e1), (s2, e2)) in enumerate(zip(spans, spans[1:])):
            if s2 - e1 <= 24 and _STACK_GAP.fullmatch(text, e1, s2):
                stacked.append((s1, e2))
                n_stacked += min(weights[k], weights[k + 1])
        out.add("cues_per_1k_words", doc.per_1k_words(cues), spans)
        hedged_spans = [tuple(doc.sentences[i]) for i in sorted(hedged)]
        out.add("hedged_sentence_frac", safe_div(sum(hedged.values()), len(doc.sentences)), hedged_spans)
        out.add("stacked_per_1k_words", doc.per_1k_words(n_stacked), stacked)
        return out.build()

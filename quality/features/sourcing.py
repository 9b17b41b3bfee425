"""Unsourced claims: "analysts suggest", "experts warn", with nobody named.

A reliable report says who said what, and when: a named person or organisation with a
reporting verb, quotes attributed to them, the day things happened, numbers and links.
Spun articles attribute claims to anonymous crowds and float free of time and quantity.
"Analysts said" is ordinary wire style when named sources stand nearby, so the signal is
the balance of vague to specific attribution, not a raw count of vague phrases.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from quality.document import LETTER, LOWER, UPPER, UPPER_RE, Document, is_word_char, starts_word
from quality.features.base import Extractor, Measurement, MeasurementBuilder, Spec, safe_div
from quality.letters import numbered_item_end
from quality.lexicons import find_phrases, load, phrase_pattern, stopwords
from quality.sentences import TITLE_ALTERNATION

# A name: capitalised words ("Mark Meadows", "House Freedom Caucus", "Meadows"), or an
# acronym ("NATO", "BelTA"). Pronouns and determiners are not names. Letters are any
# script's ("José Álvarez", "Selin Aydın", "Jean-Luc Ørsted"): UPPER, LETTER.
_NOT_NAMES = (
    r"(?!(?:He|She|It|They|We|I|You|This|That|These|Those|There|Here|Some|Many|Others|"
    r"Most|Few|Several|All|One|But|And|Yet|So|Thus|If|When|While|As|The|A|An|"
    # indefinite pronouns name nobody ("Nobody said", "Someone told")
    r"Nobody|Somebody|Someone|Everyone|Everybody|Anyone|Anybody|No-one|Noone|None|Each|"
    r"Both|Neither|Either|Whoever|Nothing|Something|Everything|Anything|"
    # nor do other determiners and pronouns standing alone ("Another said", "Who said")
    r"Another|Any|Every|Such|Who|Whom|Whose|Which|What|"
    # nor do numbers and quantifiers: "Two Britons told" is a group (_quantified_group)
    r"Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Dozens|Scores|"
    r"Hundreds|Thousands|Millions|Numerous|Various|Other|Countless|"
    # nor does a day: "The council on Monday said" names no Monday
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow|Tonight)\b)"
    # nor does a negative contraction ("Don't Say Gay bill", "Can't say")
    r"(?!\w+n['’]t\b)"
)
# an ampersand between capitals is inside a name ("AT&T", "S&P", "Q&A")
_NAME_WORD = rf"{UPPER}(?:{LETTER}|['’-]|&(?={UPPER}))+"
_NAME = (
    # initials first or not: "T.J. Berg", "J. K. Rowling"
    rf"{_NOT_NAMES}(?:(?:{UPPER}\.\s?){{1,3}}(?={_NAME_WORD}))?(?:{_NAME_WORD}|{UPPER}{{2,}}{LETTER}*)"
    # an institution's joining words: "Bank of England", "Office for National
    # Statistics" (not "and": "On Monday and Tuesday Keller said" is no name), and the
    # particles of family names ("Ana de la Cruz", "Piet van der Berg")
    # "&" joins too: "Brennan & Co.", "Procter & Gamble"
    rf"(?:\s+(?:of\s+the\s+|of\s+|for\s+the\s+|for\s+|&\s+|de\s+la\s+|de\s+|van\s+der\s+|van\s+den\s+|van\s+|von\s+|da\s+|dos\s+|del\s+|di\s+|du\s+)?(?:{_NAME_WORD}|{UPPER}\.))*"
    # an abbreviated suffix or credential with its period(s), listed or not: "Northwind
    # Corp.", "Brennan Jr.", "Keller Mfg.", "Tam Bros. Cos.", "Anna Ruiz, Ph.D.", "Brennan & Co."
    rf"(?:,?\s+(?:&\s+)?(?:{UPPER}{LETTER}*\.)+){{0,3}}"
)
# An apposition between commas ("Sofia Renner, a spokeswoman at the U.S. Commerce
# Department, said"; "Anna Ruiz, M.D., Ph.D., said"). Its periods are abbreviations'
# wherever they fall: the subject is searched for within the verb's sentence only (see
# _attributions), so the sentence splitter has already said that none ends it.
# A line break inside it is a hard wrap (the subject is searched within one sentence,
# which a blank line ends).
# Up to three parts between commas: an apposition and a clause, or a clause holding a
# place and a time ("Ana Silva, the minister, who arrived on Thursday, told"; "Ana Silva,
# who arrived in Lisbon, Portugal, on Thursday, told": with one part the first named
# no source and the second "Portugal"; a tester's finds, 2026-12-07).
_APPOSITION = r"(?:,[^,;]{1,80}){1,3},"
# A bracketed aside after a name: party and state ("Sen. Ada Whitlock (D-Ill.) told"),
# an age or a title in brackets ("Ana Diaz (41) said").
_BRACKETED = r"\s*\([^()\n]{1,30}\)"
#: An optional title before a name, or two, "the" before them ("Dr. ", "the Rev. ",
#: "Lt. Col. "): the sentence splitter's titles, longest first (the dotted ones, "e.g",
#: are no titles of people).
_TITLE = rf"(?:(?:the\s+)?(?:(?i:{TITLE_ALTERNATION})\.?\s+){{1,2}})?"
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# Weekdays are their own measurement: "on Tuesday" is how a report of something that just
# happened pins it down, and it separates the classes in every training corpus, while
# month-and-day dates do not (press-release and opinion sites date things too).
#: Numbers written as words: AP style spells out one to nine, so a count of digits
#: alone read "two" and "2" as different evidence ("one" is left out: more often a
#: pronoun, "no one", "one of them"; writing them in digits moved an article 11 points,
#: evaluation/perturbations.py).
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBER_WORD_RE = re.compile(rf"\b(?:{'|'.join(NUMBER_WORDS)})\b", re.IGNORECASE)
#: A figure's unit in words, after a number in digits ("5 percent") or in words ("five
#: percent"); ``_UNIT_WORDS`` are its words, to skip a text holding none.
#: A currency's name after its amount is a unit as "$" before it is ("12 dollars").
_UNIT_WORDS = ("percent", "cent", "million", "billion", "trillion", "dollars", "euros", "pounds", "yen", "rupees")
_UNIT_WORD = r"(?:percent|per\s+cent|million|billion|trillion|dollars?|euros?|pounds?|yen|rupees?)\b"
_WORD_FIGURE_RE = re.compile(rf"(?:{'|'.join(NUMBER_WORDS)}|one|ten)\s+{_UNIT_WORD}", re.IGNORECASE)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# Reported speech: the plainest verbs of attribution, whoever the subject is (taken from
# the reporting-verb matches, so it costs no pass of its own).
SPEECH_WORDS = frozenset({"said", "says", "told"})


def _linking_said(text: str, start: int, end: int) -> bool:
    """Whether the "said" at text[start:end] is a linking phrase's, no one's speech:
    "That said, ...", "Having said that, ..." (a tester's find, 2026-12-06: "That said, "
    before every paragraph counted 46 speech verbs per 1,000 words, +3.6 points)."""
    before = text[max(0, start - 7) : start].lower()
    return (before.endswith("that ") and text.startswith(",", end)) or (
        before.endswith("having ") and text[end : end + 5].lower() == " that"
    )


#: Verbs of saying, by lemma: those of the reporting-verb lexicon and the others a
#: reviewer found read as words ("commented", "mentioned", "admitted", "declared").
_SAYING_LEMMAS = frozenset(
    """say tell state write add note claim comment mention admit declare explain
    announce insist argue remark report reveal confirm deny acknowledge assert maintain
    concede stress observe describe recall reply respond ask answer urge predict warn
    suggest believe estimate fear speculate contend testify tweet emphasize emphasise
    allege disclose dismiss agree speak talk cite quote indicate reiterate quip retort
    echo exclaim vow caution clarify counter opine lament complain boast pledge joke
    affirm reaffirm assure recount underscore""".split()
)
#: Past forms of the irregular verbs above.
_IRREGULAR_PAST = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "speak": ("spoke", "spoken"),
}
#: Spellings the rules in inflect() get wrong ("qu" is one consonant; "-o" takes "-es").
_IRREGULAR_SPELLING = {
    "quip": {"quip", "quips", "quipped", "quipping"},
    "echo": {"echo", "echoes", "echoed", "echoing"},
}
#: Verbs above whose base and -s forms are mostly nouns in news ("a claim", "reports",
#: "the state", "fears"): the vocabulary keeps their shape.
NOUNS_TOO = frozenset(
    """claim report note comment remark estimate fear answer reply state stress tweet
    mention recall urge quote talk echo counter caution pledge joke vow quip retort
    boast lament recount underscore complain""".split()
)


def inflect(lemma: str) -> set[str]:
    """A verb's forms: the lemma, -s, -ed and -ing ("note": notes, noted, noting;
    "admit": admits, admitted, admitting; "reply": replies, replied, replying), with the
    past of the irregular ones from _IRREGULAR_PAST ("said", "told")."""
    vowels = "aeiou"
    if lemma in _IRREGULAR_SPELLING:
        return set(_IRREGULAR_SPELLING[lemma])
    if lemma in _IRREGULAR_PAST:
        ing = lemma[:-1] + "ing" if lemma.endswith("e") else lemma + "ing"
        return {lemma, lemma + "s", ing, *_IRREGULAR_PAST[lemma]}
    if lemma.endswith("y") and lemma[-2:-1] not in vowels:
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    if lemma.endswith("ee"):
        return {lemma, third, lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        return {lemma, third, lemma + "d", lemma[:-1] + "ing"}
    # one short vowel before a final consonant doubles it; the stressed last syllable of
    # "admit" (the one verb listed here) is taken for granted
    if len(lemma) >= 3 and lemma[-1] in "bdgmnpt" and lemma[-2] in vowels and lemma[-3] not in vowels:
        return {lemma, third, lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return {lemma, third, lemma + "ed", lemma + "ing"}


#: Every form of every verb of saying ("said", "commented", "admits", "explaining"). The
#: word-choice signal reads none of them, the vocabulary none of their verb forms: any
#: of them is a way to look sourced that anyone can type in ("said" -> "commented" three
#: times moved an article 5.5 points); this signal judges attribution, under bounds.
SAYING_FORMS = frozenset(f for lemma in _SAYING_LEMMAS for f in inflect(lemma))
#: Of those, the forms that are verbs only: pasts, -ing forms and -s forms ("commented",
#: "explaining", "insists"), but not the base forms, nor the -s forms that are mostly
#: nouns ("claims", "reports").
SAYING_VERB_FORMS = frozenset(
    f
    for lemma in _SAYING_LEMMAS
    for f in inflect(lemma) - {lemma}
    if not (lemma in NOUNS_TOO and f in (lemma + "s", lemma + "es"))
)


#: Verbs of saying that are actions before "to": "Firefighters responded to the blaze",
#: "Markets responded positively to the news", "she replied to the letter" report no
#: speech (a reviewer found them counted as vague sources and dropped as attributions).
#: With a quotation they are speech: '"No comment," Smith responded to the question.',
#: 'Smith replied to critics: "The plan works."'.
_ACTIONS_BEFORE_TO = frozenset(inflect("respond") | inflect("reply"))
_TO = re.compile(r"(?:\s+\w+ly)?\s+to\b(?![^.!?\n]{0,60}?:\s*[\"“'‘])", re.IGNORECASE)
#: "Believe in" is faith, not a report: "Some people believe in ghosts" attributes nothing.
_BELIEF = frozenset(inflect("believe"))
_IN = re.compile(r"\s+in\b", re.IGNORECASE)
# a double quotation mark, or a single one after the punctuation that closes a quotation
# (",’"), not an apostrophe ("the city’s firefighters")
_QUOTE_CLOSED_BEFORE = re.compile(r"(?:[\"”“«»]|[,.!?]['’])[^\"“”„«».!?\n]{0,60}\Z")


def is_action_sense(text: str, start: int, end: int) -> bool:
    """Whether the verb of saying at text[start:end] is used as an action here:
    _ACTIONS_BEFORE_TO followed by "to" (an "-ly" adverb between), with no quotation
    closing in the 60 characters of its sentence before it, nor opening after a colon
    after it; or a form of "believe" followed by "in"."""
    if text[start:end].lower() in _BELIEF:
        return _IN.match(text, end) is not None
    return (
        text[start:end].lower() in _ACTIONS_BEFORE_TO
        and _TO.match(text, end) is not None
        and _QUOTE_CLOSED_BEFORE.search(text, max(0, start - 62), start) is None
    )


# Numbers, dates and figures all hang on digits, which are rare: one pass finds every
# number and the words around each are checked (a regex pass each cost 3-4 times more).
# Any number: counts, amounts, scores, years ("3", "1,200", "4.5").
# "4.1" and "1,200" are one number each, and so is a clock time ("9:30", "10:00"), but
# not a year and a share run together ("2020:61%") or a ratio ("2:1"). A date written in
# digits ("12/05/2024", "5/12/24", "12-05-2024", "12.05.2024", "2024-12-05") is one
# number, and one date where its day and month can be one ("13/13/2024" is none), as the
# word counter reads it one word (quality.letters.WORD_RE): read as three numbers, each
# such date added two numbers the text does not hold. A fraction ("3/4", "24/7") is
# one number too.
_NUMBER_RE = re.compile(
    r"(?P<date>(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\3(?:\d{4}|(?<=/\d\d/)\d\d|(?<=/\d/)\d\d)(?!\d|[/.-]\d)"
    r"|\d{4}([-/])(?P<m>\d{1,2})\5(?P<d>\d{1,2})(?!\d|[/-]\d))"
    r"|\d{1,2}:\d\d(?!\d)|\d+(?:[.,/]\d+)*"
)


def _is_date(m: re.Match[str]) -> bool:
    """Whether a match of _NUMBER_RE's date form can be a calendar date: day and month
    (either order, "12/05/2024" or "05/12/2024") of at most 31 and 12."""
    if m.group("m"):
        return 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31
    a, b = int(m.group("a")), int(m.group("b"))
    return 1 <= min(a, b) <= 12 and max(a, b) <= 31
_LEADING_DIGITS = re.compile(r"\d+")
_MONTH_BEFORE = re.compile(rf"{_MONTHS}\s+$")  # "March | 3"
_YEAR_PREPOSITION = re.compile(r"(?:in|since|by|until)\s+$")  # "in | 2022"
_UNIT_AFTER = re.compile(rf"[\d,.]*\s?(?:%|{_UNIT_WORD})")
#: Currency signs written before an amount ("$6", "€4", "₹200"); the wording signals read
#: them as the amount's too (quality.features.vocabulary).
CURRENCY_SIGNS = "$€£¥₹₩₽₺₦₱₴฿₪₫"
# a currency's code or abbreviation before its amount ("Rs 500", "Rs. 500", "USD 6bn")
_CURRENCY_CODE_BEFORE = re.compile(r"(?:Rs|INR|USD|EUR|GBP|JPY|CNY|RMB)\.?\s?$")
_LINK_RE = re.compile(r"https?://\S+|www\.\S+")


def _numbers_an_item(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a list item's marker opening its line
    (quality.letters.numbered_item_end)."""
    opening = start - 1 if start and text[start - 1] in "([" else start
    return numbered_item_end(text, opening) is not None


def _numeric_spans(text: str) -> tuple[list, list, list]:
    """(numbers, dates, figures) from one pass over the numbers in ``text``.

    numbers: every number at the start of a word. dates: month and day ("March 3"),
    years after a preposition ("in 2022") and dates in digits ("12/05/2024"). figures: amounts in a currency ("$5", "£ 3.2")
    or with a unit ("5 percent", "3.2 million", "40%").
    """
    numbers, month_days, years, figures = [], [], [], []
    n = len(text)
    consumed = 0  # a figure's end: numbers inside it are part of it
    for m in _NUMBER_RE.finditer(text):
        start, end = m.span()
        if _numbers_an_item(text, start):
            continue  # "2. " numbering a paragraph reports nothing (a reviewer's find)
        at_word = starts_word(text, start)
        if at_word:
            # the evidence is the whole word counted: "5th", not "5"
            word_end = end
            while word_end < n and is_word_char(text[word_end]):
                word_end += 1
            numbers.append((start, word_end))
            if m.group("date"):
                if _is_date(m):
                    month_days.append((start, end))
                continue
        run_end = _LEADING_DIGITS.match(text, start).end()
        bounded = not (run_end < n and is_word_char(text[run_end]))
        if at_word and bounded and run_end - start <= 2:
            month = _MONTH_BEFORE.search(text, max(0, start - 20), start)
            if month and starts_word(text, month.start()):
                month_days.append((month.start(), run_end))
        if at_word and bounded and run_end - start == 4 and text[start : start + 2] in ("19", "20"):
            prep = _YEAR_PREPOSITION.search(text, max(0, start - 8), start)
            if prep and starts_word(text, prep.start()):
                years.append((prep.start(), run_end))
        if start < consumed:
            continue
        currency = -1
        if start >= 1 and text[start - 1] in CURRENCY_SIGNS:
            currency = start - 1
        elif start >= 2 and text[start - 1].isspace() and text[start - 2] in CURRENCY_SIGNS:
            currency = start - 2
        else:
            code = _CURRENCY_CODE_BEFORE.search(text, max(0, start - 5), start)
            if code and starts_word(text, code.start()):
                currency = code.start()
        if currency >= 0:
            # a dollar's country before its sign ("US$6", "A$3", "HK$5"): the figure's
            # own (a tester's find: "US$6 billion" was no figure, "$6 billion" one)
            prefix = currency
            while prefix > 0 and currency - prefix < 3 and text[prefix - 1].isupper() and text[prefix - 1].isascii():
                prefix -= 1
            if prefix < currency and starts_word(text, prefix):
                currency = prefix
            greedy = end
            while greedy < n and text[greedy] in "0123456789,.":
                greedy += 1
            while text[greedy - 1] in ",.":  # the sentence's punctuation, not the amount's
                greedy -= 1
            consumed = greedy
            if starts_word(text, currency):
                figures.append((currency, greedy))
            continue
        unit = _UNIT_AFTER.match(text, end)
        if unit:
            consumed = unit.end()
            if at_word:
                figures.append((start, unit.end()))
    return numbers, _merge(month_days + years), figures


def _word_start_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text) if starts_word(text, m.start())]


def _spans_of_words(
    doc: Document, pattern: re.Pattern[str], words: tuple[str, ...]
) -> list[tuple[int, int]]:
    """Spans of a few whole words (``words`` lower-cased, as the shared word counts hold
    them). The counts say whether any occur, so the text is only searched, for the
    evidence, when one does."""
    counts = doc.word_counts
    if not any(counts.get(w) for w in words):
        return []
    return _word_start_spans(pattern, doc.text)


# Words that join clauses or subjects: no subject's tail holds one ("He met people and
# Ana Ruiz | said").
_TAIL_STOP = r"(?:and|or|but|nor|before|after|when|while|because|since|until|than|then|as|if|so|that|which)"
#: After "according to" and "citing" an open-ended vague source ("a source close to
#: ...") takes one to three words.
_SUBJECT_TAIL = rf"(?:\s+(?!{_TAIL_STOP}\b)[\w'’-]+){{1,3}}"
_RELATIVE_PRONOUNS = ("who", "whom", "that")
#: Vague heads that are quantifiers or plain nouns of report ("some", "reports"): after
#: them only "of ...", a preposition's phrase or a relative clause ("some of the workers
#: who were laid off", "many in the party"), never a contact clause: "At some point the
#: minister | said", "The newspaper reports the minister | said" name the minister.
_BARE_HEADS = frozenset({"some", "many", "others", "reports", "studies"})
_PHRASE_OPENERS = ("of", "in", "at", "from", "on", "with", "among", "inside", "within", "across")
_AUXILIARY_WORDS = (
    "is are was were be been being am do does did will would can could should shall may might must"
)


@lru_cache(maxsize=1)
def _post_modifiers() -> tuple[str, str]:
    """What may follow a vague subject before its verb: (any post-modifier, the one a
    bare head takes).

    A relative clause ("sources | who attended the meeting | said", up to eight words
    after the pronoun), a contact clause or a reduced one ("officials | she interviewed |
    said", "someone | briefed on the talks | said", "an official | with knowledge of the
    talks | said", up to six words, none an auxiliary or modal: "some workers | are
    filing duplicate | claims" is a clause of its own, nor a reporting verb: "Experts |
    warned the company | announced" is two attributions). Its words are one space apart
    (two mark a comma or a line break lost upstream: "everyone that missed me fighting
    Okolie tweeted"), hold a letter or digit ("people -- current") and no punctuation:
    a comma closes the subject, and a line break its heading. A name ending such a tail
    may be the speaker instead (_tail_is_a_speaker); how it may end is
    _tail_fits_verb's to say."""
    word = rf"(?!(?:{_TAIL_STOP}|said|says|say|told|tells|tell)\b)(?=\w)[\w'’-]+"
    reporting = "|".join(sorted({p for p in load("reporting_verbs") if " " not in p}, key=len, reverse=True))
    clause_word = rf"(?!(?:{_AUXILIARY_WORDS.replace(' ', '|')}|{reporting})\b){word}"
    relative = rf" (?:{'|'.join(_RELATIVE_PRONOUNS)})(?: {word}){{1,8}}"
    phrase = rf" (?:{'|'.join(_PHRASE_OPENERS)})(?: {clause_word}){{1,5}}"
    return rf"(?:{relative}|(?: {clause_word}){{1,6}})", rf"(?:{relative}|{phrase})"


def _subject_pattern(phrase: str) -> str:
    if phrase.endswith(" ..."):
        return phrase_pattern(phrase[:-4]) + _SUBJECT_TAIL
    return phrase_pattern(phrase)


def _subjects_before_pattern(phrases: Sequence[str]) -> str:
    """Vague subjects (``phrases``, lexicon entries) as they stand before their verb: with
    a post-modifier, required after an open-ended head ("a source close to ...") and
    optional after the others; a bare head's (_BARE_HEADS) only of its own kind.

    The heads of each kind share one alternation before their post-modifier: written
    after every head, the post-modifier made a pattern of 166,000 characters that took
    half a second to compile in every process (the command line, each worker); only
    where a match starts is read, which the grouping does not change."""
    anything, bare = _post_modifiers()
    open_ended = [phrase_pattern(p[:-4]) for p in phrases if p.endswith(" ...")]
    bare_heads = [phrase_pattern(p) for p in phrases if p in _BARE_HEADS]
    others = [phrase_pattern(p) for p in phrases if not p.endswith(" ...") and p not in _BARE_HEADS]
    kinds = [(open_ended, anything), (bare_heads, f"{bare}?"), (others, f"{anything}?")]
    return "|".join(f"(?:{'|'.join(heads)}){after}" for heads, after in kinds if heads)


#: A time between a subject and its verb: a day ("Ana Ruiz on Monday said", "Northwind
#: last Friday said", AP's "on Friday, Dec. 5, said"), a date ("on Dec. 5", "on 5
#: December", "on 2026-12-05") or a recent span ("last week", "yesterday"). A tester's
#: find: with a date where the day stood, "Mayor Ana Ruiz on Dec. 5 said" named no source.
_DAY_OF_MONTH = rf"(?:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS})(?:,?\s+\d{{4}})?"
_WHEN = (
    rf"(?:\s+(?:on|last|this|(?:late|early)(?:\s+on)?)\s+{_WEEKDAY_RE.pattern}"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    rf"(?:,\s+{_DAY_OF_MONTH},)?"
    rf"|\s+on\s+(?:{_DAY_OF_MONTH}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2}}(?:\d{{2}})?)?),?"
    # no comma after: "who led the U.S. team in 2021, told" closes an apposition
    rf"|\s+in\s+(?:{_MONTHS}(?:\s+\d{{4}})?|\d{{4}})"
    r"|\s+(?:last|this|earlier\s+this)\s+(?:week|month|year)|\s+(?:earlier\s+)?(?:yesterday|today))"
)
_WHEN_RE = re.compile(_WHEN)
# ... ending right before a verb (searched with an end position): read through by the
# cheap tests on the word before a verb, which a date's day ("Dec. 5") would fail
_WHEN_BEFORE_VERB_RE = re.compile(rf"(?:{_WHEN})\s+$")


def _before_when(text: str, start: int) -> int:
    """``start``, or where a time phrase ending right before it begins ("Ana Ruiz | on
    Dec. 5 said")."""
    m = _WHEN_BEFORE_VERB_RE.search(text, max(0, start - 40), start)
    return m.start() + 1 if m else start


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(vague subject ending a window, name ending a window, name opening a window)."""
    phrases = sorted(load("vague_sources"), key=len)[::-1]
    subjects = _subjects_before_pattern(phrases)
    aux = rf"(?:{_AUX.pattern}\s+){{0,2}}"
    # "analysts | suggest", "some experts have | warned": the subject right before a verb
    vague_before = re.compile(rf"(?<![\w-])(?:{subjects})\s+{aux}$", re.IGNORECASE)
    # "Mark Meadows | said", "Meadows, chairman of the caucus, | said", "Whitlock (D-Ill.)
    # | told"
    # (a bare comma may follow a suffix's period: "Paul Brennan Jr., said")
    # "Northwind on Monday | said": a day between them
    name_before = re.compile(
        rf"(?<![\w’'-]){_NAME}(?:{_BRACKETED})?(?:{_APPOSITION}|(?<=[.)]),)?(?:{_WHEN})?\s+{aux}$"
    )
    # "said | Mark Meadows", "according to | the Pentagon", "citing | Dr. Jane Smith"
    name_after = re.compile(rf"\s+(?:the\s+)?{_TITLE}{_NAME}")
    return vague_before, name_before, name_after


@lru_cache(maxsize=1)
def _name_in_commas() -> re.Pattern[str]:
    """A name between commas right before the verb, after what it is ("The chairman,
    Olav Brenne, | said", "Its new owner, Dagny Holt, | told", "Its spokesman, Mr. Holt,
    has | said"), maybe after a role in lower case ("His rival, council member Aisha
    Morrow, | said"; a new user's find): group 1 is the name, with its title."""
    # a role's words, not a place's or a relation's ("The company, based in Redhill, said")
    role_word = r"(?!(?:in|at|of|from|near|by|for|with|to|on|outside|across|based|like|including)\b)[a-z][\w'’-]*"
    return re.compile(
        rf", (?:(?:the|a|an)\s+)?(?:{role_word}\s+){{0,3}}({_TITLE}{_NAME}), (?:{_AUX.pattern}\s+){{0,2}}$"
    )


#: Words that may stand before a vague source after "citing" ("two unnamed sources").
_SOURCE_MODIFIERS = (
    r"a|an|the|one|another|two|three|four|five|several|some|many|unnamed|anonymous|senior|\d+"
)


@lru_cache(maxsize=1)
def _vague_after() -> re.Pattern[str]:
    """A vague source right after a word that takes its source after it: "citing |
    anonymous officials", "according to | two sources familiar", "per | a source close
    to the company"."""
    subjects = "|".join(_subject_pattern(s) for s in sorted(load("vague_sources"), key=len)[::-1])
    return re.compile(rf"\s+(?:(?:{_SOURCE_MODIFIERS})\s+){{0,2}}(?:{subjects})(?![\w'’-])", re.IGNORECASE)


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
#: How far before a reporting verb its subject may start (characters).
_SUBJECT_WINDOW = 140
_BY_AGENT = re.compile(r"(?:confirmed|reported|announced)\s+by(?=\s)")
#: "per Reuters": the preposition is an attribution only after a comma, dash or bracket,
#: "as", or at a sentence start, and only before a name (_names_a_source): never in
#: "per cent", "$5 per share", "$50 per MWh" or a headline's "Income Per Person".
_PER = re.compile(r"(?:(?<=[,(;—–-])|(?<=[,(;—–-] )|(?<=\bas )|(?<=\bAS )|(?<=^)|(?<=\n)|(?<=[.!?] ))(?:[Pp]er|PER)(?=\s)")
#: Words after "per" that make it a rate, capitalised or not ("Per Capita Income").
_PER_UNITS = frozenset("cent capita annum diem se head person hour day week month year".split())


def _names_a_source(text: str, m: re.Match[str]) -> bool:
    """Whether a name found after "according to", "citing" or "per" is the source, not
    the first word of a noun phrase: it ends at punctuation, the end of the text, a
    function word ("citing Reuters, the company ...", "per Ana Diaz of the union") or a
    possessive ("the Pentagon's figures"); not "citing Christmas demand", "citing
    COVID-19 concerns", "Per Capita Income", "per Monday's filing"."""
    words = m.group().split()
    first = words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
    bare = re.sub(r"['’]s$", "", first.rstrip(".").lower())  # "Monday's" -> "monday"
    if first.lower() in _PER_UNITS or bare in WEEKDAYS or re.fullmatch(_MONTHS, first):
        return False
    if m.group().endswith(("'s", "’s")):
        return True
    rest = text[m.end() : m.end() + 40]
    if not rest.strip():
        return True  # the end of the text
    if not rest[0].isspace():
        # punctuation ends it; a name cut short of its word does not ("COVID-" of
        # "COVID-19", "Reuters2")
        return not (rest[0].isalnum() or rest[0] in "-'’")
    word = re.match(r"[\w'’]+", rest.lstrip())
    return word is None or word.group().lower() in stopwords()


#: Words of attribution whose source follows them ("according to the Pentagon",
#: "citing Reuters", "per the BBC").
_SOURCE_AFTER = frozenset({"according", "citing", "per"})


#: Words that may stand between a subject and its verb ("experts have also said").
_AUX_WORDS = ("has", "have", "had", "also", "now")
_AUX = re.compile(rf"(?:{'|'.join(_AUX_WORDS)}|\w+ly)")
_LAST_WORD = re.compile(r"(\S+)\s*$")


@lru_cache(maxsize=1)
def vague_last_words() -> tuple[str, ...]:
    """Last words of the vague subjects ("officials", "analysts"; an open-ended "a source
    close to ..." has none)."""
    return tuple(p.split()[-1] for p in load("vague_sources") if not p.endswith(" ..."))


@lru_cache(maxsize=1)
def open_heads() -> tuple[str, ...]:
    """The fixed words of the open-ended vague subjects ("a source close to ...",
    "people familiar with ...", "people ..."), whose last word before the verb is any."""
    return tuple(p[:-4].lower() for p in load("vague_sources") if p.endswith(" ..."))


@lru_cache(maxsize=1)
def _vague_head_re() -> re.Pattern[str]:
    heads = set(open_heads()) | set(vague_last_words())
    words = "|".join(map(re.escape, sorted(heads, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])(?:{words})\b")


def _has_vague_head(window: str) -> bool:
    """Whether a vague subject with a post-modifier ("sources who attended the meeting",
    "a source close to ...") may end in ``window``: one of its words anywhere in it, as
    a word (looser than the pattern). One pattern, compiled once: this runs for every
    verb of saying."""
    return _vague_head_re().search(window.lower()) is not None


_PREPOSITIONS = frozenset("to of with at in for from by on about near inside within among".split())


@lru_cache(maxsize=1)
def _vague_heads() -> tuple[str, ...]:
    """Every vague subject's fixed words, longest first ("a source close to", "officials")."""
    heads = {p[:-4] if p.endswith(" ...") else p for p in load("vague_sources")}
    return tuple(sorted((h.lower() for h in heads), key=len, reverse=True))


#: Words a vague subject's post-modifier cannot end in: the verb after them is a noun
#: ("some of the | estimated 300").
_DETERMINERS = frozenset("the a an his her its their our my your this these those".split())


def _post_modifier(subject: str) -> tuple[str, list[str]]:
    """A vague subject's head and the words after it, auxiliaries at its end left out
    ("officials", ["she", "interviewed"] of "Officials she interviewed have"); ("", [])
    when no head opens it."""
    low = subject.strip().lower()
    head = next((h for h in _vague_heads() if low.startswith(h) and not low[len(h) : len(h) + 1].isalnum()), "")
    if not head:
        return "", []
    tail = subject.strip()[len(head) :].split()
    while tail and _AUX.fullmatch(tail[-1].lower()):
        tail.pop()
    return head, tail


def _tail_fits_verb(subject: str, verb: str) -> bool:
    """Whether a vague subject's post-modifier can end where the verb starts: not in a
    determiner ("some of the | estimated"), nor in a preposition before a verb's base
    form ("People used to | say", "some data to | suggest": an infinitive). "People he
    spoke to | said" and "Sources he relied on | said" end in a stranded preposition.
    After a post-modifier a verb that is mostly a noun in news (NOUNS_TOO: "note",
    "claims", "fear") is taken for the noun ("a source of | fear")."""
    _, tail = _post_modifier(subject)
    if not tail:
        return True
    verb = verb.lower()
    if verb in NOUNS_TOO or verb.rstrip("s") in NOUNS_TOO:
        return False  # "reports that the cryptic | note", "Trump's old | claim": nouns
    last = tail[-1].lower()
    if last in _DETERMINERS:
        return False
    return not (last in _PREPOSITIONS and verb in _SAYING_LEMMAS)


def _tail_is_a_speaker(subject: str) -> bool:
    """Whether a vague subject's post-modifier ends in a name that is the speaker rather
    than part of the subject: "He told people Ana Ruiz | said" (the name follows the
    head with no preposition between), but not "a source close to Ana Ruiz | said",
    "people familiar with Dayton's thinking | said", "Officials in Kyiv | said" or, inside
    a relative clause, "People who know Ana Ruiz | said"."""
    head, tail = _post_modifier(subject)
    if not tail or tail[0].lower() in _RELATIVE_PRONOUNS or not tail[-1][:1].isupper():
        return False
    k = len(tail) - 1
    while k > 0 and tail[k - 1][:1].isupper():
        k -= 1  # the whole capitalised run: "Ana Ruiz"
    while k > 0 and tail[k - 1].lower() in _DETERMINERS:
        k -= 1  # "Officials at the | Pentagon": the preposition is before the article
    before = tail[k - 1].lower() if k > 0 else head.split()[-1]
    return before not in _PREPOSITIONS


@lru_cache(maxsize=1)
def _subject_endings() -> frozenset[str]:
    """Last words of the vague subjects, and the auxiliaries that may follow them."""
    return frozenset(vague_last_words()) | frozenset(_AUX_WORDS)


def _worth_searching(text: str, start: int) -> tuple[bool, bool]:
    """Whether the vague-subject and the name pattern can end right before ``start``.

    Both patterns search a 140-character window position by position, which costs more
    than the rest of the signal, so they are tried only where the word before the verb
    (after up to two auxiliaries, "have also said") could end one: a vague subject's
    last word, or a word with a capital or a comma for a name. Never skips a match: the
    test is looser than either pattern.
    """
    window = text[max(0, start - _SUBJECT_WINDOW) : start]
    if not window or not window[-1].isspace():
        return False, False
    window = window[: len(window) - (start - _before_when(text, start))]
    tokens = window.split()[-3:]
    vague = _has_vague_head(window)
    named = False
    for k in range(min(3, len(tokens))):
        aux = tokens[len(tokens) - k :]
        word = tokens[-1 - k]
        # the vague pattern ignores case, the name pattern does not
        if all(_AUX.fullmatch(a.lower()) for a in aux):
            vague = vague or word.lower().endswith(vague_last_words())
        if all(_AUX.fullmatch(a) for a in aux):
            named = named or word.endswith((",", ")")) or bool(UPPER_RE.search(word))
    return vague, named


def _could_end_a_subject(text: str, start: int) -> bool:
    """Cheap test on the word before a verb: a subject ends in a capitalised word or
    acronym, a comma (an apposition), a closing bracket (an aside), a vague subject's
    last word or an auxiliary."""
    start = _before_when(text, start)
    m = _LAST_WORD.search(text, max(0, start - 40), start)
    if not m:
        return False
    # an opening bracket or quote before the subject is not part of it: "(Smith said)"
    word = m.group(1).lstrip("([“\"'‘")
    if UPPER_RE.match(word) or word.endswith((",", ")")) or word.endswith("ly"):
        return True  # ")": a bracketed aside after a name, "Whitlock (D-Ill.) told"
    if word.lower().strip("“\"'‘(") in _subject_endings():
        return True
    # "a source close to the couple said", "sources who attended the meeting said": a
    # vague subject with a post-modifier (up to nine words), its head in reach
    return _has_vague_head(text[max(0, start - _SUBJECT_WINDOW) : start])


#: "claims" is a noun before these ("Insurance claims rose", "claims of fraud"), after a
#: determiner or a possessive ("the claims", "Smith's claims") and after the nouns
#: claims are filed under ("jobless claims"); read as the verb, the word before it was a
#: named source. Closing a clause it is the verb ("The vote was rigged, Smith claims.":
#: the noun after a determiner is caught by _BEFORE_CLAIMS_NOUN), and so it is before
#: "and"/"or" ("Smith claims and insists").
_CLAIMS_NOUN = re.compile(
    r"claims\s+(?:of|for|against|by|were|are|was|is|have|had|has|rose|fell|jumped|dropped|"
    r"soared|surged|increased|decreased|climbed|doubled|tripled|topped|totalled|totaled|"
    r"reached|exceeded|grew|declined|plunged|remained|drew|filed|brought|made|about|from|"
    r"data|process|court)\b",
    re.IGNORECASE,
)
_BEFORE_CLAIMS_NOUN = re.compile(
    r"(?:\b(?:the|these|those|such|his|her|their|its|our|your|my|false|new|jobless|"
    r"unemployment|insurance|fraud|fraudulent|copyright|legal|medicare|medicaid|warranty|"
    r"health|disability|tax|damage|patent|benefit|welfare|many|some|several|two|three)|['’]s?)"
    r"\s+\Z",
    re.IGNORECASE,
)
#: The -s forms of the verbs of saying (lexicons/reporting_verbs.txt) that are plural
#: nouns too.
_PLURAL_NOUN_FORMS = frozenset(
    {"claims", "comments", "dishes", "estimates", "fears", "mentions", "notes", "spills", "urges"}
)
#: The forms of the verbs of saying that are nouns too, singular or plural: after a
#: possessive they are ("Editor's note", "Smith's comments"; a tester's find: an
#: editor's note counted as a named source), where a participle is "has" ("Smith's
#: said").
_NOUN_FORMS = _PLURAL_NOUN_FORMS | frozenset(
    {"claim", "comment", "dish", "estimate", "fear", "mention", "note", "spill", "urge"}
)
#: A label opening a line: one or two words, then the noun and a colon ("Campaign
#: notes:", "Release Notes:"; a second tester's find: each named a source).
_LINE_LABEL = re.compile(r"\s*:")
_LABEL_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[\w'’-]+[ \t]+){0,2}\Z")
_POSSESSIVE_BEFORE = re.compile(r"(?:\w['’][sS]|[sS]['’])\s+\Z")
#: Finite verbs that, right after an -s form of a verb of saying, make it the plural
#: noun that is their subject ("Written comments were", "the notes show").
_FINITE_AFTER_NOUN = re.compile(
    r"\s+(?:were|are|have|had|show|showed|shown|reveal|revealed|indicate|indicated|"
    r"suggest|suggested|include|included)\b",
    re.IGNORECASE,
)


def _plural_noun_before_verb(doc: Document, start: int, end: int, next_verbs: set[int]) -> bool:
    """Whether the verb of saying ``doc.text[start:end]``, an -s form that may be a
    plural noun, is the subject of the verb after it: "Written comments said" and "Early
    notes suggest" had "comments" and "notes" read as verbs and the capitalised word
    opening the sentence before them as a named source (a tester's find, 2026-12-06).
    ``next_verbs``: where the verbs of saying start that can follow such a noun.

    After a name or a pronoun it stays the verb of a clause: "The funds Smith estimates
    were lost", "the risks she fears are real", "The WHO notes confirmed cases ..."."""
    text = doc.text
    if text[start:end].lower() not in _PLURAL_NOUN_FORMS:
        return False  # "funds he says were lost": "says" is never a noun
    before = _word_before(text, start, 40, same_line=True)
    if before is not None and before.group(1)[-1].isalnum():  # not across a clause's end
        word = before.group(1)
        if word.lower() in _SUBJECT_PRONOUNS:
            return False
        if word[:1].isupper() and not _opens_sentence(doc, before.start(1)):
            return False  # a name mid-sentence: its verb
    after = re.match(r"\s+", text[end : end + 4])
    if after is not None and end + after.end() in next_verbs:
        return True
    return _FINITE_AFTER_NOUN.match(text, end) is not None


#: Pronouns that may be the subject of a verb of saying in a clause ("the funds he
#: says were lost").
_SUBJECT_PRONOUNS = frozenset("i you he she it we they who which that one".split())


#: How far back _BEFORE_CLAIMS_NOUN looks: the longest word it holds and a space.
_CLAIMS_LOOKBACK = 16


#: What stands before a verb whose speaker follows it ('..." said Ana Ruiz', ", said Ana
#: Ruiz", "- said Ana Ruiz"): a quotation's close or a comma, colon or dash. After a
#: subject, the name that follows the verb is what was said ("A senior official said
#: Justin Moore made a joke" names nobody as its source).
_BEFORE_INVERSION = frozenset(',"”“’\'»«:;—–-(')


#: Sentence-opening adverbs after which the speaker follows the verb ("So says John
#: Smith", "Thus spoke the minister").
INVERTING_ADVERBS = frozenset({"so", "thus"})
_INVERTING = re.compile(
    r"(?:" + "|".join(f"{w}|{w.capitalize()}|{w.upper()}" for w in sorted(INVERTING_ADVERBS)) + r")\s+\Z"
)


def _inverted(text: str, start: int, sentence_starts: list[int]) -> bool:
    """Whether the verb at text[start] may have its speaker after it: it opens its
    sentence, follows one of _BEFORE_INVERSION, or follows an _INVERTING adverb that
    opens its sentence."""
    pos = start - 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    if pos < 0 or text[pos] in _BEFORE_INVERSION:
        return True
    k = bisect_right(sentence_starts, start) - 1
    if k < 0:
        return False
    opens = sentence_starts[k]
    return opens == start or bool(_INVERTING.match(text, opens, start))


def _attributions(doc: Document) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(vague, named) attribution spans, found from the reporting verbs outwards.

    Scanning the whole text for every subject pattern is slow; reporting verbs are few,
    so each is found once (a lexicon pass) and only the characters around it are read.
    """

    def compute(d: Document) -> tuple[list, list]:
        vague_before, name_before, name_after = _patterns()
        text = d.text
        vague, named = [], []
        verbs = find_phrases(d, "reporting_verbs")
        counts = d.word_counts
        if counts.get("by") and any(counts.get(w) for w in ("confirmed", "reported", "announced")):
            verbs += [m.span() for m in _BY_AGENT.finditer(text)]
        if counts.get("per"):
            verbs += [m.span() for m in _PER.finditer(text)]
        starts = d.sentence_starts
        # the verbs that may follow a plural noun as its verb: not another such noun
        # ("The IMF notes fears of ..."), not one naming its source after it ("a source
        # claims according to the magazine"), not a participle that may be an adjective
        # ("The WHO notes confirmed cases ...", "Smith notes added costs"; a reviewer's
        # siblings, 2026-12-07)
        next_verbs = {
            a
            for a, b in verbs
            if text[a:b].lower() not in _PLURAL_NOUN_FORMS
            and text[a:b].split(None, 1)[0].lower() not in _SOURCE_AFTER
            and not text[a:b].lower().endswith("ed")
        }
        for start, end in verbs:
            if is_action_sense(text, start, end):
                continue
            if _plural_noun_before_verb(d, start, end, next_verbs):
                continue  # "Written comments said", "Early notes suggest": the noun
            if _POSSESSIVE_BEFORE.search(text, max(0, start - 5), start) and (
                text[start:end].lower() in _NOUN_FORMS
            ):
                continue  # "Editor's note:", "Smith's comments drew fire": the noun
            if text[start:end].lower() in _NOUN_FORMS and _LINE_LABEL.match(text, end) and (
                _LABEL_OPENING.search(text, max(0, start - 40), start)
            ):
                continue  # "Campaign notes: Smith raised $2 million.": a line's label
            if _CLAIMS_NOUN.match(text, start) or (
                text[start:end].lower() == "claims"
                and _BEFORE_CLAIMS_NOUN.search(text, max(0, start - _CLAIMS_LOOKBACK), start)
            ):
                continue  # "Insurance claims rose", "the claims were": the noun
            # "according to", "citing" and "per" name their source after them, never
            # before: in "the President's Malaria Initiative ..., according to an FAQ"
            # the source is an FAQ
            if text[start:end].split(None, 1)[0].lower() in _SOURCE_AFTER:
                m = _vague_after().match(text, end)
                if m:
                    vague.append((start, m.end()))
                    continue
                m = name_after.match(text, end)
                if m and _names_a_source(text, m):
                    named.append((start, m.end()))
                elif text[start:end].split(None, 1)[0].lower() != "per":
                    # "according to the head of the union, Ana Ruiz": a role, then the
                    # name; opening its sentence, a comma and the main clause follow it
                    m = _role_and_name(text, end, clause_follows=_opens_sentence(d, start))
                    if m:
                        named.append((start, m.end()))
                continue
            if not _could_end_a_subject(text, start):
                _source_after_verb(text, start, end, starts, vague, named)
                continue
            # the subject is in the verb's sentence: a period before it is then an
            # abbreviation's ("Keller Mfg., a parts maker, said"), whatever the word
            sentence = bisect_right(starts, start) - 1
            if sentence > 0 and starts[sentence] == start and text[start].islower():
                # a sentence that would open on "said" does not: the period before it is
                # an abbreviation's the splitter did not know ("Tam Bros. Cos. said")
                sentence -= 1
            lo = max(0, start - _SUBJECT_WINDOW, starts[sentence] if sentence >= 0 else 0)
            # nor across a blank line: the paragraph before may be a heading, which is no
            # sentence ("... Barnak\n\nExperts warn" named "Barnak", a reviewer's find)
            for blank in _BLANK_LINE.finditer(text, lo, start):
                lo = blank.end()
            may_be_vague, may_be_named = _worth_searching(text, start)
            m = vague_before.search(text, lo, start) if may_be_vague else None
            if (
                m
                and not _is_affiliation(text, m.start())
                and not _tail_is_a_speaker(text[m.start() : start])
                and _tail_fits_verb(text[m.start() : start], text[start:end])
            ):
                following = bisect_right(starts, start)
                sentence_end = starts[following] if following < len(starts) else len(text)
                if not _asks_or_bids(text, m.start(), start, end, sentence_end):
                    vague.append((m.start(), end))  # not "Did officials tell her?"
                continue
            m = name_before.search(text, lo, start) if may_be_named else None
            place = _place_preposition(text, m.start()) if m else None
            if place is not None and not _names_in_apposition(text, m.start(), start):
                # "Voters in Ohio said" (a group, where it is), "A man in Leeds told"
                # (nobody named); not "A man in Leeds, Tom Hill, told"
                head = _word_before(text, place, 30, same_line=True)
                if head and _is_group_noun(d, head.start(1), place):
                    vague.append((head.start(1), end))
                    continue
                m = None
            subject = m.start() if m else None
            if (
                subject is None
                and may_be_named
                and "," in text[max(0, start - 30) : start]
                and not name_after.match(text, end)
            ):
                # "The chairman, Olav Brenne, said": the name in commas after what it is
                # (not "Thank you, Olav, | said Ruiz", whose speaker follows the verb)
                m = _name_in_commas().search(text, lo, start)
                subject = m.start(1) if m else None
            if subject is not None:
                following = bisect_right(starts, start)
                sentence_end = starts[following] if following < len(starts) else len(text)
                if _asks_or_bids(text, subject, start, end, sentence_end):
                    continue  # "Did Ana Ruiz say that?", "Let Ruiz say": nothing reported
                group = _quantified_group(text, subject, start)
                if group is not None:
                    vague.append((group, end))  # "Many Americans said": a group
                elif _is_group_noun(d, subject, start):
                    vague.append((subject, end))  # "Shippers warned": nobody named
                elif _is_common_noun(d, subject, start):
                    pass  # "Police said" where the text says "police" too: nobody named
                else:
                    named.append((subject, end))
                continue
            _source_after_verb(text, start, end, starts, vague, named)
        passive = [s for s in find_phrases(d, "vague_passive") if not _ends_in_belief(text, s)]
        vague = _merge(vague + passive)
        named = [s for s in _merge(named) if not any(_overlaps(s, v) for v in vague)]
        # A headline names no source: in title case every word reads as a name ("Study
        # Results Revealed", "Top Doctors Confirmed"; a new user's finds), and what it
        # attributes, the article attributes again below it.
        headings = [(p.start, p.end) for p in d.paragraphs if p.kind == "heading"]
        if headings:
            named = [s for s in named if not any(a <= s[0] < b for a, b in headings)]
        return vague, named

    return doc.memo("attributions", compute)


def _ends_in_belief(text: str, span: tuple[int, int]) -> bool:
    """Whether a lexicon attribution ends on "believe" used as faith: "Some believe in
    ghosts", "astrology is widely believed in" attribute nothing."""
    start, end = span
    last = re.search(r"\w+\Z", text[start:end])
    return last is not None and is_action_sense(text, start + last.start(), end)


def _source_after_verb(
    text: str, start: int, end: int, sentence_starts: list[int], vague: list, named: list
) -> None:
    """The source named after an inverted verb of saying at text[start:end], added to
    ``vague`` ('..., said a source close to the company.', ', said one official.') or
    ``named`` (', said Ana Ruiz.'). A vague one ends its phrase: in "The report, released
    Tuesday, said several experts were wrong." the experts are what was said. A verb in
    its base form takes no source after it: "Tell Ana Ruiz I said hello" bids."""
    if text[start:end].lower() in _SAYING_LEMMAS or not _inverted(text, start, sentence_starts):
        return
    m = _vague_after().match(text, end)
    if m and _PHRASE_END.match(text, m.end()):
        vague.append((start, m.end()))
        return
    # the longer reading: "said Labour councillor James Whitby" names the councillor,
    # not "Labour"
    role = _role_and_name(text, end) if text[start:end].lower() in _SPEAKER_FOLLOWS else None
    ends = [m.end() for m in (_patterns()[2].match(text, end), role) if m]
    if ends:
        named.append((start, max(ends)))


_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)\]\"”’'—–]|\Z)")
#: A speaker named after an inverted verb behind a lower-case role, the article optional:
#: ', said councillor James Whitby.', ', said city council spokeswoman Ana Ruiz, who',
#: '," said the town's mayor, Ana Ruiz.', ', said Labour councillor James Whitby.' (up
#: to four role words, the first may be capitalised; a comma allowed before the name).
#: The role may belong to a named body, and then a comma ends the body's name:
#: ', said the chief executive of Northwind, Ana Ruiz.', ', said a spokeswoman for the
#: Bank of England, Ana Ruiz.'
_ROLE_WORD = rf"(?!(?:of|at|for)\s){LOWER}(?:{LOWER}|['’-])*"
# a body's words may be abbreviations: "Northwind Ltd.", "the U.S. Federal Reserve",
# "St. Mary's Hospital"
_BODY_WORD = rf"(?:(?:{UPPER}\.){{1,3}}|{_NAME_WORD}\.?)"
_ROLE_BODY = (
    rf"\s+(?:of|at|for)\s+(?:(?:the\s+)?{_BODY_WORD}(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{_BODY_WORD}){{0,4}}"
    # or a body in lower case, named or not: "the owner of the bakery, Tomas Berg",
    # "a teacher at the Riverside primary school, Ana Ruiz"
    rf"|(?:the|a|an|its|their)\s+(?:{_BODY_WORD}\s+){{0,2}}(?:{_ROLE_WORD}\s+){{0,2}}{_ROLE_WORD}),"
)
_ROLE_AND_NAME = re.compile(
    rf"\s+(?:(?:the|a|an)\s+)?((?:{_NAME_WORD}\s+)?(?:{_ROLE_WORD}\s+){{0,3}}{_ROLE_WORD})"
    rf"(?:{_ROLE_BODY}|,)?\s+{_TITLE}{_NAME}"
)
#: The verbs after which a role and a name are the speaker: verbs of saying that take
#: no object ("told chief executive Ana Ruiz", "asked ...", "warned ..." name whom
#: they address).
_SPEAKER_FOLLOWS = frozenset(
    "said says added adds explained explains wrote writes noted notes recalled insisted continued".split()
)
#: What may follow such a name: the sentence's end or a closing mark, or a comma before
#: what says more of the speaker ("..., who chairs it", "..., a former mayor",
#: "..., adding"); not a comma before the rest of a clause, as in "The company, based
#: in Redhill, said founder Ana Ruiz, 64, had died", whose subject is the company.
_AFTER_SPEAKER = re.compile(
    r"\s*(?:[.!?;:)\]\"”’'—–]|\Z)"
    r"|\s*,\s+(?:who|whose|which|a|an|the|adding|and|but|as|speaking|in|on|at|after|before|when|during)\b"
    # an age, then the sentence's end or more of the speaker ("..., Ana Ruiz, 54.")
    r"|\s*,\s+\d{1,3}\s*(?:[.!?;]|,\s+(?:who|a|an|the)\b)"
    # or when it was said, ending the sentence: "... James Whitby on Monday."
    r"|\s+(?:on\s+\w+|last\s+\w+|this\s+\w+|yesterday|today|earlier|later|afterwards)\s*[.,;!?]"
)


def _role_and_name(text: str, end: int, *, clause_follows: bool = False) -> re.Match[str] | None:
    """The role and name after an inverted verb ending at ``end`` (_ROLE_AND_NAME), when
    no role word is a function word ("said on Monday Ana Ruiz" reports a time, not a
    role; a possessive "town's" is a role's) and the name ends its phrase; with
    ``clause_follows`` (after a sentence-opening "According to"), a comma ends it too
    ("According to health minister Ana Ruiz, cases fell")."""
    m = _ROLE_AND_NAME.match(text, end)
    if m is None:
        return None
    if not (_AFTER_SPEAKER.match(text, m.end()) or (clause_follows and text.startswith(",", m.end()))):
        return None
    words = (re.sub(r"['’]s$", "", w).lower() for w in m.group(1).split())
    return None if any(w in stopwords() for w in words) else m


#: Prepositions of place: a name right after one is where the subject is, not who it
#: is ("Voters in Ohio said", "Local businesses on Tamar Street have asked", "A man
#: near Leeds told"). "for", "at", "of" and "from" are left out: after them a name is
#: often whom the speaker works for ("A spokesman for Northwind said", "analysts at
#: Goldman Sachs").
_PLACE_PREPOSITIONS = frozenset(
    "in on near across outside inside along around throughout beyond behind within into".split()
)


#: Words a list of places is joined with ("in Leeds, Bradford and Hull said").
_LIST_JOINERS = frozenset({"and", "or", "&"})
#: How many words of a place name or list of places are walked back over.
_PLACE_WORDS_MAX = 8
#: Abbreviations that open a place's name ("St. Louis", "Mt. Vernon", "Ft. Worth"): the
#: only words ending in a period a place may hold; any other period may end a sentence
#: ("... in the South China Sea. Russia denies").
_PLACE_ABBREVIATIONS = frozenset({"St.", "Ste.", "Mt.", "Ft.", "Pt."})


def _place_word(word: str) -> bool:
    """Whether ``word`` may be part of a place's name: a capitalised word of letters
    (not "The", a day or a month: "on Sunday McConnell said" is a time), or a place's
    abbreviation (_PLACE_ABBREVIATIONS)."""
    if word in _PLACE_ABBREVIATIONS:
        return True
    bare = word.replace("-", "")
    low = word.lower()
    return (
        bare[:1].isupper()
        and bare.isalpha()
        and low != "the"
        and low not in WEEKDAYS
        and re.fullmatch(_MONTHS, word) is None
    )


def _place_preposition(text: str, start: int) -> int | None:
    """Where the lower-case preposition of place (_PLACE_PREPOSITIONS) that the name
    found at ``start`` follows on its line starts, or None: the name is then the place
    of a subject before it.

    The walk back to the preposition reads through the rest of the place's name ("in
    St. Louis", "in the Bronx") and through a list of places ("in Leeds, Bradford and
    Hull"); a comma it passes must belong to such a list, or it stops: in "Speaking in
    Ohio, Trump said" the name after the comma is the speaker."""
    m = _word_before(text, start, 20, same_line=True)
    if m is not None and m.group(1) == "the":  # "Residents in the Bronx said"
        m = _word_before(text, m.start(1), 20, same_line=True)
    if m is not None and m.group(1) in _PLACE_PREPOSITIONS:
        return m.start(1)
    # further back, through the place's other words and other places
    pos, joined = start, False
    for _ in range(_PLACE_WORDS_MAX):
        m = _word_before(text, pos, 30, same_line=True)
        if m is None:
            return None
        word = m.group(1)
        if word in _PLACE_PREPOSITIONS:
            break
        if word in _LIST_JOINERS and not joined:
            joined = True  # "Leeds and | Hull"
        elif word.endswith(",") and joined and _place_word(word[:-1]) and not _joins(text, m.end(1)):
            pass  # "Leeds, | Bradford and Hull"; not "on Russia, | and Flynn asked"
        elif not _place_word(word):
            return None
        pos = m.start(1)
    else:
        return None
    head = _word_before(text, m.start(1), 30, same_line=True)
    if head is not None and head.group(1)[:1].isupper():
        # "the Center on Budget and Policy Priorities", "Islamic State in Iraq and
        # Syria": a capitalised word before the preposition, not opening its sentence
        # as "Voters in Leeds and Hull" does, makes the preposition part of a name
        before = _word_before(text, head.start(1), 30, same_line=True)
        if before is not None and not _ends_a_sentence(before.group(1)):
            return None
    return m.start(1)


def _joins(text: str, pos: int) -> bool:
    """Whether a list joiner follows ``pos`` right away: a comma before "and" joins
    clauses more often than places."""
    m = re.match(r"\s+(\S+)", text[pos : pos + 12])
    return m is not None and m.group(1) in _LIST_JOINERS


def _ends_a_sentence(word: str) -> bool:
    return word.endswith((".", "!", "?", ":", '"', "”")) and word not in _PLACE_ABBREVIATIONS


def _names_in_apposition(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a subject, holds a capitalised word between commas: the
    apposition names someone ("in Leeds, Tom Hill, told"; "in Brussels, including Ana
    Ruiz, said"), or the place is one in a sentence that names its speaker before it
    ("Twila Boyd, a pharmacist in Ohio, | said" is read from "Ohio"; "Ana Ruiz, a
    pollster in Birmingham, Alabama, said")."""
    first = text.find(",", start, end)
    last = text.rfind(",", start, end)
    return first < last and UPPER_RE.search(text, first + 1, last) is not None


_PLURAL_NOUN = re.compile(rf"{UPPER}{LOWER}{{2,}}s")
_ASIDE = re.compile(_BRACKETED)  # the aside the name pattern reads through
#: Endings of singular words and of names, not plural nouns ("Congress", "Reuters" is
#: a name but is told apart by being capitalised mid-sentence elsewhere, see below).
_NOT_PLURAL = ("ss", "us", "is", "'s", "’s")


#: Marks that may stand between a sentence's start and its first word.
_MARKS_BEFORE_FIRST_WORD = "\"“‘'«„(["


def _opens_sentence(doc: Document, start: int) -> bool:
    """Whether text[start] opens its sentence, past any opening quotation marks or
    brackets ('"Passengers have asked ...," a spokesman said')."""
    starts = doc.sentence_starts
    k = bisect_right(starts, start) - 1
    if k >= 0 and not doc.text[starts[k] : start].strip(_MARKS_BEFORE_FIRST_WORD):
        return True
    # or its paragraph, when that holds no sentence (a heading, or a paragraph without a
    # final stop)
    return _opens_paragraph(doc.text, start)


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether only marks (_MARKS_BEFORE_FIRST_WORD) and white space stand between the
    text's start or a blank line and ``start``."""
    pos = start - 1
    while pos >= 0 and (text[pos] in _MARKS_BEFORE_FIRST_WORD or text[pos] in " \t\r"):
        pos -= 1
    if pos < 0:
        return True
    if text[pos] != "\n":
        return False
    pos -= 1
    while pos >= 0 and text[pos] in " \t\r":
        pos -= 1
    return pos < 0 or text[pos] == "\n"


def _subject_words(text: str, start: int, verb: int) -> list[str]:
    """The words of the subject text[start:verb] without what the name pattern reads
    through: a bracketed aside ("Analysts (at two banks) said"), a day ("Investigators
    on Friday said"), a comma and auxiliaries at its end ("Shippers have warned")."""
    words = _WHEN_RE.sub(" ", _ASIDE.sub(" ", text[start:verb])).rstrip(", ").split()
    while words and _AUX.fullmatch(words[-1]):
        words.pop()
    return words


#: Lower-case words a name may hold that tie a group to a place or a body after it
#: ("Residents of Gaza City", "Fans from Leeds"): the group opens the subject.
_GROUP_OF = frozenset({"of", "from"})


def _is_group_noun(doc: Document, start: int, verb: int) -> bool:
    """Whether the subject ``text[start:verb]`` is one capitalised plural common noun
    opening a sentence ("Shippers warned", "Investors said"): it is capitalised only
    because it opens the sentence, so it names nobody. A name is capitalised mid-
    sentence too ("Mark Meadows ... Meadows said"), so a word the text capitalises
    anywhere but at a sentence start is taken for a name. A group of or from a named
    place or body is one too ("Residents of Gaza City said"), unless the text writes
    its first word capitalised mid-sentence ("Friends of the Earth")."""
    text = doc.text
    subject = _subject_words(text, start, verb)
    if len(subject) > 2 and subject[1] in _GROUP_OF:
        subject = subject[:1]  # "Residents of Gaza City said": the group, and where it is
    if len(subject) != 1 or not _PLURAL_NOUN.fullmatch(subject[0]):
        return False
    word = subject[0]
    if word.endswith(_NOT_PLURAL):
        return False
    if not _opens_sentence(doc, start):
        return False
    pos = text.find(word)
    while pos != -1:
        if starts_word(text, pos) and not _opens_sentence(doc, pos):
            return False  # capitalised mid-sentence: a name ("Reuters")
        pos = text.find(word, pos + len(word))
    return True


def _is_common_noun(doc: Document, start: int, verb: int) -> bool:
    """Whether the subject ``text[start:verb]`` is one word opening a sentence that the
    text also writes in lower case as a word ("Police said ..." where "police" stands
    elsewhere): a common noun capitalised by its place, as "police said" is after a
    comma, so it names nobody."""
    text = doc.text
    subject = _subject_words(text, start, verb)
    if len(subject) != 1 or not _opens_sentence(doc, start):
        return False
    word = subject[0]
    if not (word[:1].isupper() and word[1:].islower()):
        return False  # an acronym or "McDonald" is a name whatever else the text holds
    bounded = r"(?<![\w'’-]){}(?![\w'’-])"
    if re.search(bounded.format(re.escape(word.lower())), text) is None:
        return False
    # capitalised mid-sentence too, it is a name ("Sarah Price ... Price said ... the
    # price of bread"), as for a group noun
    return not any(
        not _opens_sentence(doc, m.start()) for m in re.finditer(bounded.format(re.escape(word)), text)
    )


#: Auxiliaries and verbs that, before a subject and a base-form verb of saying, make a
#: question or a bidding, not a report: "Did Ana Ruiz say that?", "Can Ruiz say no?",
#: "Let Ruiz say", and "Will Smith say more?" (the auxiliary read as the first word of
#: the name). "Will Smith said" and "Can Dündar says" (a name) are reports: the verb is
#: not its base form there.
_AUXILIARIES = frozenset(
    """did do does will would can could should shall may might must has have had is are was
    were""".split()
)
#: Words that open a question before its auxiliary ("Why did Trump say that?").
_WH_WORDS = frozenset("why what when where how who whom whose which".split())
#: Verbs that bid or let someone speak, before a base form: "Let Ruiz say", "make Tice
#: believe", "Have Ruiz say a few words", "help Ruiz say".
_BIDDING = frozenset(
    """let lets letting make makes made making have has had having help helps helped
    helping""".split()
)
_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s:,(—–-]))[\"“‘']")


def _asked(text: str, verb_end: int, sentence_end: int) -> bool:
    """Whether the sentence of the verb ending at ``verb_end`` asks: a question mark
    follows the verb in its sentence, and no quotation opens between them ('Only then
    did Ruiz say: "Why now?"' reports a question; '"Did Ana Ruiz say that?" asked Lopez.'
    asks one)."""
    mark = text.find("?", verb_end, sentence_end)
    return mark != -1 and not _OPENING_QUOTE.search(text, verb_end, mark)


#: Negative contractions whose stem is not the auxiliary's spelling.
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}


def _word(token: str) -> str:
    """A token as a bare lower-case word: "“Did" -> "did", "Didn't" -> "did", "Won't"
    -> "will"."""
    word = token.lower().strip("“\"'‘(")
    stem = re.sub(r"n['’]t$", "", word)
    return _CONTRACTED.get(stem, stem) if stem != word else word


def _asks_or_bids(text: str, subject: int, verb: int, verb_end: int, sentence_end: int) -> bool:
    """Whether the verb of saying at text[verb:verb_end] is asked about or bidden, not
    reported: in a question, its subject text[subject:verb] follows an auxiliary (or
    opens with one, or a question word, read as a name: "Why Did Trump Say That?"), "Did
    Ana Ruiz say that?", "Has Ana Ruiz said that?", "Won't Ruiz say more?"; in its base
    form it follows "let", "make" and the like ("Let Ruiz say", "The format lets Ruiz
    say"). "Only then did Trump say, ..." reports, and so does "Will Smith said"."""
    words = [_word(t) for t in text[subject:verb].split()]
    m = _word_before(text, subject, 20)
    before = _word(m.group(1)) if m else ""
    if _asked(text, verb_end, sentence_end):
        named_as = set(words[:-1]) if len(words) > 1 else set()
        if before in _AUXILIARIES or named_as & (_AUXILIARIES | _WH_WORDS):
            return True
    if text[verb:verb_end].lower() not in _SAYING_LEMMAS:
        return False  # "said", "says", "told" after "let": "The rules let, Smith said, ..."
    return before in _BIDDING or (len(words) > 1 and words[0] in _BIDDING)


#: Words that make a capitalised plural after them a group of people, not a name:
#: "Many Americans said", "Some Democrats warned", "Two Britons told".
_QUANTIFIERS = frozenset(
    """many some most few several all other both numerous countless various dozen two
    three four five six seven eight nine ten eleven twelve twenty dozens scores hundreds
    thousands millions""".split()
)
#: Quantifiers that take "of" before their group: "Dozens of Britons told".
_OF_QUANTIFIERS = frozenset("dozens scores hundreds thousands millions many some most all".split())
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})*")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_WORD_BEFORE_ON_LINE = re.compile(r"(\S+)[ \t]+$")


def _word_before(text: str, pos: int, window: int, *, same_line: bool = False) -> re.Match[str] | None:
    """The word right before ``pos`` (group 1), looked for in the ``window`` characters
    before it; with ``same_line``, only on its line (a line break ends a headline or a
    dateline, whose last word is no quantifier of the next line's subject)."""
    pattern = _WORD_BEFORE_ON_LINE if same_line else _WORD_BEFORE
    return pattern.search(text, max(0, pos - window), pos)


def _quantified_group(text: str, subject: int, verb: int) -> int | None:
    """Whether the subject text[subject:verb] is a capitalised plural ("Americans", "New
    Yorkers") after a quantifier or a number, perhaps with one adjective between ("Many
    Americans said", "12 Americans said", "Many ordinary Americans said", "Dozens of
    Britons told"): a group, as vague as "many people". A quantifier capitalised
    mid-sentence is part of a name ("The All Blacks said"). Returns where the group
    starts (its quantifier), or None."""
    words = _ASIDE.sub(" ", text[subject:verb]).rstrip(", ").split()
    while words and _AUX.fullmatch(words[-1]):
        words.pop()
    if len(words) == 3 and words[0].lower() in _OF_QUANTIFIERS and words[1] == "of":
        return subject  # "Dozens of Britons told": the name pattern read "of" into it
    if not words or not _PLURAL_NOUN.fullmatch(words[-1]) or words[-1].endswith(_NOT_PLURAL):
        return None
    if not all(w[:1].isupper() for w in words) or len(words) > 2:
        return None
    pos = subject
    for _ in range(2):  # the quantifier, or an adjective and then the quantifier
        m = _word_before(text, pos, 30, same_line=True)
        if not m:
            return None
        word = m.group(1)
        low = word.lower()
        if low == "of":
            pos = m.start()
            continue
        if low in _QUANTIFIERS or (_NUMBER.fullmatch(word) and not re.fullmatch(r"1[89]\d\d|20\d\d", word)):
            capitalised_mid_sentence = word[:1].isupper() and m.start() > 0 and text[: m.start()].rstrip()[-1:] not in (".", "!", "?", "\n", "")
            return None if capitalised_mid_sentence else m.start(1)
        if not word.islower() or not word.isalpha():
            return None
        pos = m.start()
    return None


_DOTTED_CAPITALS = re.compile(rf"(?:{UPPER}\.)+")  # "U.S.", "É.U."


def _is_affiliation(text: str, start: int) -> bool:
    """Whether the word before ``start`` names who the subject works for: an acronym
    ("NATO", "U.S."), or a capitalised word that does not open a sentence ("Russian")."""
    m = _word_before(text, start, 40)
    if not m or _BLANK_LINE.search(text, m.end(1), start):
        return False  # the word before is in another paragraph
    word = m.group(1).strip("“\"'‘(")
    if word.endswith((".", "!", "?", ":", ";", '"', "”")) and not _DOTTED_CAPITALS.fullmatch(word):
        return False  # the previous word ends a sentence: the subject opens the next one
    if word.endswith(","):
        return False  # "... Than Reported, Experts Say": a comma ends the clause before
    if sum(c.isupper() for c in word) >= 2:
        return True
    if not word[:1].isupper():
        return False
    before = text[max(0, m.start() - 3) : m.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:\n"


def vague_spans(doc: Document) -> list[tuple[int, int]]:
    """Vague attributions; "NATO officials said" names an affiliation, so a vague subject
    right after a capitalised word (not at a sentence start) does not count."""
    return _attributions(doc)[0]


def named_spans(doc: Document) -> list[tuple[int, int]]:
    """Attributions to a named person or organisation (before or after the verb)."""
    return _attributions(doc)[1]


def _distinct(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans whose words (case, spacing and punctuation aside) no earlier one has:
    a quotation set again as a pull quote is one quotation, not two."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for a, b in spans:
        key = tuple(re.findall(r"\w+", text[a:b].lower()))
        if key not in seen:
            seen.add(key)
            out.append((a, b))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones merged, so one attribution counts once."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class Sourcing(Extractor):
    name = "sourcing"
    specs = (
        Spec(
            "sourcing.vague_per_1k_words",
            "per 1,000 words",
            "Vague attributions ('analysts suggest', 'it is believed') per 1,000 words, direct quotations left out.",
        ),
        Spec(
            "sourcing.named_per_1k_words",
            "per 1,000 words",
            "Attributions to a named person or organisation per 1,000 words.",
            direction=-1,
        ),
        Spec(
            "sourcing.quotes_per_1k_words",
            "per 1,000 words",
            "Direct quotations per 1,000 words.",
            direction=-1,
        ),
        Spec(
            "sourcing.dates_per_1k_words",
            "per 1,000 words",
            "Dates (month and day, 'in 2022') per 1,000 words.",
            direction=-1,
        ),
        Spec(
            "sourcing.weekdays_per_1k_words",
            "per 1,000 words",
            "Days of the week ('on Tuesday') per 1,000 words: when things happened.",
            direction=-1,
        ),
        Spec(
            "sourcing.speech_verbs_per_1k_words",
            "per 1,000 words",
            "Reported speech ('said', 'says', 'told') per 1,000 words.",
            direction=-1,
        ),
        Spec(
            "sourcing.numbers_per_1k_words",
            "per 1,000 words",
            "Numbers of any kind (counts, amounts, years; 'two' to 'nine' in words too) per 1,000 words.",
            direction=-1,
        ),
        Spec(
            "sourcing.figures_per_1k_words",
            "per 1,000 words",
            "Figures (amounts, percentages) and links per 1,000 words.",
            direction=-1,
        ),
        Spec(
            "sourcing.vague_share",
            "fraction of attributions",
            "Vague attributions as a share of all attributions (vague + named + quotes).",
        ),
    )

    def extract(self, doc: Document) -> list[Measurement]:
        out = MeasurementBuilder(self, doc)
        text = doc.text
        # a vague source inside a quotation is the speaker's, not the writer's
        # (in a text mostly quoted, quoted ones count at Document.quoted_weight)
        vague, n_vague = doc.writers_count(vague_spans(doc))
        named = named_spans(doc)
        quotes = _distinct(text, doc.quotations)
        # a table's figures are its data, not the prose's reporting (they are no part of
        # the words the rates are taken on either: Document.per_1k_words)
        numbers, dates, figures = map(doc.outside_label_cells, _numeric_spans(text))
        if "http" in text or "www." in text:
            figures = _merge(figures + _word_start_spans(_LINK_RE, text))
        out.add("vague_per_1k_words", doc.per_1k_words(n_vague), vague)
        out.add("named_per_1k_words", doc.per_1k_words(len(named)), named)
        out.add("quotes_per_1k_words", doc.per_1k_words(len(quotes)), quotes)
        out.add("dates_per_1k_words", doc.per_1k_words(len(dates)), dates)
        weekdays = _spans_of_words(doc, _WEEKDAY_RE, WEEKDAYS)
        out.add("weekdays_per_1k_words", doc.per_1k_words(len(weekdays)), weekdays)
        speech = [
            (a, b)
            for a, b in find_phrases(doc, "reporting_verbs")
            if text[a:b].lower() in SPEECH_WORDS and not _linking_said(text, a, b)
        ]
        out.add("speech_verbs_per_1k_words", doc.per_1k_words(len(speech)), speech)
        numbers = sorted(numbers + _spans_of_words(doc, _NUMBER_WORD_RE, NUMBER_WORDS))
        if any(doc.word_counts.get(w) for w in _UNIT_WORDS):
            # a count in words with its unit ("five percent", "two million"): a figure,
            # as "5 percent" is (a tester's find)
            figures = _merge(figures + doc.outside_label_cells(_word_start_spans(_WORD_FIGURE_RE, text)))
        out.add("numbers_per_1k_words", doc.per_1k_words(len(numbers)), numbers)
        out.add("figures_per_1k_words", doc.per_1k_words(len(figures)), figures)
        share = safe_div(n_vague, n_vague + len(named) + len(quotes))
        out.add("vague_share", share, vague)
        return out.build()

"""Sentence boundaries for English news text, as ``(start, end)`` spans.

A boundary candidate is terminal punctuation (".", "!", "?", "…"), perhaps inside
closing quotes or brackets, followed by white space. Most candidates are boundaries;
what makes news hard is the period that is not one, or is one only sometimes:

- titles and initials ("Dr. Ames", "Gen. Ruiz", "J. R. Tolkien", "Albert I. Jones")
  never end a sentence; a single capital after a lower-case word or a designator
  ("you and I.", "vitamin D.", "Room B.") does, when a capitalised word follows, and so
  does one closing a place after a capitalised noun when a common noun opens a clause
  next ("moved to Concourse B. Flights resumed");
- company suffixes, "Jr.", months and dotted acronyms ("Inc.", "Corp.", "U.S.", "a.m.")
  may end a sentence: they do when the next word opens a clause ("The", "It", "How"),
  not when it continues a name or a phrase ("Corp. said", "U.S. Commerce", "p.m. local");
  after a suffix or an acronym that closes a name ("Ronda Corp.", "Lumo S.A.") and after
  a clock time ("6 p.m.") a capitalised word then a lower-case one opens a clause too
  ("Shares rose", "Police said"), unless it names ("U.S. Navy rose") or dates the time
  ("10 a.m. Tuesday in"). Whether a capitalised word is a name is read from its case
  elsewhere in the text (Mikheev 2002);
- "No. 5", "p. 55", "Nov. 6" are abbreviations only before a number ("the answer was
  no." ends a sentence);
- a lower-case word after a known abbreviation ("co. at the party") or after a closing
  quote or bracket ('"Great." she said') continues the sentence; after a plain period it
  starts one (spun text lower-cases sentence starts, and formatting wants to see them);
- an ellipsis inside a sentence ("spending ... by about 7 percent", "[...]", ". . .")
  is not a boundary unless it is a period plus an ellipsis before a capital.

The rules are those of the English Golden Rules (Pragmatic Segmenter; pySBD's tests),
measured by ``evaluation/sentences.py`` (43 of 48 pass); pySBD itself passes 47 but
was not used: it took about 130 ms per 1,000-word article here, against about 1 ms for
this splitter and 8-12 ms for the whole scorer.
"""

from __future__ import annotations

import re

from quality.letters import LOWER, UPPER

_CLOSERS = "\"”’')]"
#: Conjunctive adverbs (a closed class of English: words that link a sentence to the one
#: before it, "Still, ...", "Moreover, ..."). Opening a sentence before a comma they say
#: nothing of what it says, and anyone can type one before every paragraph: the
#: repetition signal compares sentences without them and the vocabulary does not read
#: them there (quality.features.repetition, quality.features.vocabulary).
LINKING_ADVERBS = frozenset(
    "still moreover meanwhile however furthermore additionally indeed also yet overall "
    "besides likewise similarly nonetheless nevertheless instead again thus hence "
    "therefore consequently accordingly importantly notably ultimately finally".split()
)
_LINKING_OPENER = re.compile(r"\s*([A-Za-z]+)[ \t]*,\s*")


def linking_opener_end(text: str, start: int = 0) -> int | None:
    """Where what follows a linking adverb and its comma opening ``text`` at ``start``
    begins ("Still, the plan failed." -> the offset of "the"), or None when no linking
    adverb (LINKING_ADVERBS) opens it there."""
    m = _LINKING_OPENER.match(text, start)
    return m.end() if m and m.group(1).lower() in LINKING_ADVERBS else None
# A candidate: terminal punctuation, optional closers, white space, something after;
# or a bullet in running text ("• 9. The first item • 10. The second"), which starts one.
# Each alternative starts only where its run starts (the lookbehinds): tried from inside
# a run it fails as it fails from its start, after reading the rest of the run, so a
# run of 60,000 "!" took 40 seconds.
_CANDIDATES_RE = re.compile(
    r"(?<![.!?…])[.!?…]+[\"”’')\]]*(\s+)(?=\S)|(?<!\s)\s+(?=[•⁃▪‣◦]\s?\S)"
)

# bullets that split a run of items written inline ("Tips: • one • two"); at a line
# start any of quality.letters.BULLETS opens an item
_BULLETS = "•⁃▪‣◦"
# A dotted abbreviation before its last period: "U.S", "a.m", "e.g", "Ph.D", "U.S.A"
# (not a URL or a file name: "example.com/page.html").
_DOTTED_RE = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}$")
# Words before a period that never end a sentence: a name or a number follows.
TITLES = frozenset(
    "mr mrs ms messrs mme mlle dr prof sen rep gov gen col lt sgt capt cmdr cdr adm maj "
    "brig cpl pvt det insp supt rev hon pres amb atty mt vs v cllr fr msgr rt cf viz e.g i.e approx ca "
    "fig figs eq".split()
)
#: The titles above as a regex alternation, longest first (then alphabetical, so the
#: pattern is the same in every process), for a pattern that reads a title before a
#: name ("Dr. Ana Ruiz"); the dotted ones ("e.g") are no titles of people.
TITLE_ALTERNATION = "|".join(sorted((t for t in TITLES if "." not in t), key=lambda t: (-len(t), t)))
# Company and generational suffixes, and US state abbreviations as news writes them
# ("Springfield, Ill., said"): they end a name, and often a sentence. A sentence ends
# after one when a clause opener follows ("Holdings Inc. The company"), or a capitalised
# word and then a lower-case one ("Ronda Corp. Shares rose"; not "Corp. Chief Executive").
_NAME_ENDS = frozenset(
    "inc corp co cos ltd llc plc bros mfg intl hldgs jr sr esq "
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo "
    "mont neb nev okla ore pa tenn tex va vt wash wis wyo".split()
)
# Words that end a sentence only when a new clause follows ("Nov. The", "etc. And").
_SUFFIXES = _NAME_ENDS | frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "etc al dept est univ assn ave blvd st rd ft".split()
)
# Weekdays as news abbreviates them ("said on Fri. that"): as the months, when written
# with a capital (three of them are also words: "in the sun.", "he sat.").
_WEEKDAYS_SHORT = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
# Of those, the ones that also open a name ("St. James", "Ft. Worth"): they end a
# sentence only where they close one, after a capitalised name or an ordinal ("Harbour
# St.", "5th St.") or a number ("14 ft.").
_OPENS_NAMES_TOO = frozenset({"st", "ft"})
# Abbreviations only before a number: "No. 5", "p. 55", "vol. 3", "N°. 12", "Apt. 12",
# "Hwy. 101".
_NUMBERED = frozenset("no nos p pp vol art ch sec para n° nº op apt ste bldg hwy rte".split())
# Nouns that take a letter ("Room B.", "vitamin D.", "Plan B."): the letter after them
# is a designator, not a middle initial, so it can end a sentence.
_DESIGNATORS = frozenset(
    "room building block gate terminal hall wing plan section part appendix annex exhibit "
    "schedule group class grade level type category division series vitamin hepatitis "
    "platform pier zone ward unit track stage phase tier pool lot studio line route row "
    "area sector hangar door court floor lane bay box option model size form".split()
)
# Words that open a clause: after an ambiguous abbreviation they start a sentence.
_CLAUSE_OPENERS = frozenset(
    "the a an it its he she they we i you his her their our my your this that these those "
    "there here but and or so yet if when while after before as since although though "
    "however meanwhile instead still also then now none no some many most all both each "
    "few several one two three what who whom how why where which did do does is are was "
    "were has have had will would can could should may might must shall in on at for by "
    "with from to of not nor only even such last next earlier later".split()
)


def is_abbreviation_period(text: str, pos: int) -> bool:
    """Whether the period at ``text[pos]`` closes an abbreviation ("U.S.", "a.m.",
    "Inc.", "Jr.", "Gen.", "No.", an initial "J.") rather than a sentence: so "a.m.," and
    "U.S.," are not doubled punctuation.

    A word's period directly before a comma, semicolon or colon closes an abbreviation by
    construction, listed or not ("Mfg.,", "Rd.;", "Cos.:"): no sentence ends in ".,".
    English style guides (the Chicago Manual of Style among them) keep an abbreviation's
    period before a comma, semicolon or colon, and no rule puts a sentence's own period
    there, so listing abbreviations could only ever miss some."""
    after = text[pos + 1 : pos + 2]
    if after and after in ",;:" and pos > 0 and text[pos - 1].isalpha():
        return True
    word = _word_before(text, pos, 0)
    key = word.lower()
    return bool(
        _DOTTED_RE.match(word)
        or key in TITLES
        or key in _SUFFIXES
        or (key in _WEEKDAYS_SHORT and word[0].isupper())
        or key in _NUMBERED
        or (len(word) == 1 and word.isupper())
    )


# what follows the word: a possessive, or the next word (letters, or a number)
_NEXT_WORD = re.compile(r"(?:['’]s\b| +([A-Za-z]+|\d))")
#: "-ly" words that are names wherever they stand, a sentence's start included ("Italy
#: voted.", "July was hot.", "Kelly is wrong"): common ones, none an English adverb.
LY_NAMES = frozenset(
    "italy sicily july kelly emily molly billy sally reilly holly dolly polly beverly kimberly "
    "connolly donnelly scully mcnally lily lilly shelly wally ashly carly".split()
)
# verbs of saying a name opening a sentence is the subject of ("Lakely said ..."); no
# adverb opening a sentence stands before one without a subject between ("Definitely
# would not" leaves its subject out before other verbs; a tester's find)
_SAYING_AFTER_NAME = frozenset("said says told tells wrote writes added adds".split())
# words that open a clause or a figure: an adverb stands before them ("... on 3 March
# Unfortunately the results", "nursing homes Nearly 50%"), a name seldom does
_BEFORE_NO_NAME = frozenset("the a an it he she they we i this that there these those his her their its".split())
#: How many of a word's other occurrences are looked at for one that shows it a name.
_NAME_EVIDENCE_MAX = 20
#: A line with at least this many words, this share of them capitalised, is in title
#: case (a headline, "Senate Narrowly Passes Budget Bill"), where capitals say nothing
#: of names.
_TITLE_CASE_MIN_WORDS = 3
_TITLE_CASE_SHARE = 0.6


def is_capitalised_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at text[start:end] (an "-ly" word, to the callers)
    is a name, not a manner adverb ("Sadly, ...", "Police Quickly Arrest Suspect"). It
    is one when it is a common "-ly" name (``LY_NAMES``: "Italy", "Kelly"), when a
    possessive "'s" or a verb of saying follows it ("Lakely said"), where it stands as
    only a name stands (``_stands_as_name``: after a title, inside a sentence), or when
    it names someone elsewhere in ``text`` (``_names_someone``: "Mr. Lakely", "Jemele
    Lakely wrote"). Counted as a manner adverb, the surname "Lakely" cost an article
    9.8 points through tone (a reviewer's find), 4.2 through the vocabulary's "<wly>"
    shape, and opening four sentences 12.4 (a tester's)."""
    word = text[start:end]
    if word.lower() in LY_NAMES or _possessive_or_saying_after(text, end):
        return True
    if _stands_as_name(text, start, end):
        return True
    found = 0
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        if m.start() != start:
            if _names_someone(text, m.start(), m.end()):
                return True
            found += 1
            if found >= _NAME_EVIDENCE_MAX:
                break
    return False


def _possessive_or_saying_after(text: str, end: int) -> bool:
    """Whether a possessive "'s" or a verb of saying follows the word ending at ``end``
    ("Lakely's", "Lakely said"): only a name stands there."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and (after.group(1) is None or after.group(1) in _SAYING_AFTER_NAME)


def _previous_word(text: str, start: int) -> tuple[str, str]:
    """(the character before the word at ``start``, past spaces and tabs; the word it
    ends, if it ends one), ("", "") at the text's start."""
    pos = start - 1
    while pos >= 0 and text[pos] in " \t\u00a0":
        pos -= 1
    if pos < 0:
        return "", ""
    word = pos
    while word > 0 and (text[word - 1].isalnum() or text[word - 1] == "."):
        word -= 1
    return text[pos], text[word : pos + 1]


def _stands_as_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at text[start:end] stands where only a name does:
    after a title ("Mr. Lakely", ``TITLES``), or inside a sentence after a word or a
    number ("said Lakely", "by Lakely"). Not after a word in capitals (a dateline run
    on: "WASHINGTON Newly leaked"), before a clause or a figure (a missing full stop:
    "on 3 March Unfortunately the results"), or in a line in title case ("Senate
    Narrowly Passes Budget Bill", "Has Christmas Come Early?"). Not after a comma
    either: "Step 1, Gently fold" and "it was, Frankly, a mistake" set off adverbs."""
    char, before = _previous_word(text, start)
    if char == ".":
        return before[:-1].lower() in TITLES
    if not char.isalnum() or (before.isupper() and len(before) > 1):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1) and (after.group(1)[0].isdigit() or after.group(1) in _BEFORE_NO_NAME):
        return False
    return not _in_title_case(text, start)


def _names_someone(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at text[start:end] surely names a person: after a
    title, before a possessive or a verb of saying, after a verb of saying, or after a
    capitalised first name and before a word in lower case ("Jemele Lakely wrote"). A
    word of a title or an organisation's name ("the Daily Mail", "Office of Early
    Childhood", "Simply Red") is none, so an adverb of the same spelling elsewhere stays
    one (a tester's find)."""
    char, before = _previous_word(text, start)
    if char == ".":
        return before[:-1].lower() in TITLES
    if _possessive_or_saying_after(text, end) or before.lower() in _SAYING_AFTER_NAME:
        return True
    after = _NEXT_WORD.match(text, end)
    return (
        before[:1].isupper()
        and not before.isupper()
        and after is not None
        and after.group(1) is not None
        and after.group(1)[0].islower()
        and not _in_title_case(text, start)
    )


def _in_title_case(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` (200 characters either side at most) is in title
    case: ``_TITLE_CASE_MIN_WORDS`` words or more, ``_TITLE_CASE_SHARE`` of them
    capitalised, not counting a word that opens the line or a sentence: grammar
    capitalises those anyway, and counted, they made "Then Brackly left." (two capitals
    of three words) a headline and its name an adverb (a tester's find)."""
    lo = max(text.rfind("\n", max(0, pos - 200), pos) + 1, pos - 200, 0)
    hi = text.find("\n", pos, pos + 200)
    tokens = text[lo : hi if hi != -1 else pos + 200].split()
    if tokens and tokens[-1][-1:] == "." and "." not in tokens[-1][:-1]:
        # a headline does not end on a full stop ("in D.C." is an abbreviation's);
        # "Then Brackly Smith left." does (a tester's find)
        return False
    free = [w for k, w in enumerate(tokens) if k and w[:1].isalpha() and tokens[k - 1][-1:] not in ".!?:"]
    if len(free) + 1 < _TITLE_CASE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in free) >= _TITLE_CASE_SHARE * len(free)


#: How far back _word_before reads a token: no word is longer, and a token without
#: spaces ("Dr.Dr.Dr...") was read whole again at every period in it.
_WORD_MAX_CHARS = 100


def _word_before(text: str, end: int, lo: int) -> str:
    """The white-space delimited token ending at ``end`` (its last _WORD_MAX_CHARS
    characters), without opening quotes."""
    lo = max(lo, end - _WORD_MAX_CHARS)
    start = end
    while start > lo and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip("\"“‘'([")


def _word_after(text: str, start: int, hi: int) -> str:
    """The token starting at ``start`` without opening quotes or brackets, with its
    trailing punctuation (so "R." keeps its period)."""
    end = start
    while end < hi and not text[end].isspace():
        end += 1
    return text[start:end].lstrip("\"“‘'([")


def _then_lower(text: str, at: int, hi: int) -> bool:
    """Whether the token at ``at`` is a capitalised word (not an acronym) followed by a
    lower-case word: the subject and verb of a new sentence ("Shares rose")."""
    m = _CAPITAL_THEN_LOWER.match(text, at, hi)
    return bool(m)


# In any alphabet: "Élan fell" is a subject and verb as "Elan fell" is.
_CAPITAL_THEN_LOWER = re.compile(rf"[\"“‘']?{UPPER}(?:{LOWER}|[’'-])+ {LOWER}")


def _opens_clause(word: str) -> bool:
    """A capitalised clause opener ("The", "It", "How"): lower case continues."""
    bare = word.rstrip(".,;:!?\"”’')]")
    return bare[:1].isupper() and bare.lower() in _CLAUSE_OPENERS


_ONLY_BULLETS = re.compile(f"[{_BULLETS} ]*")
#: How far back _last_words reads: two words of a sentence, however long the sentence
#: (slicing the whole sentence so far at every period made a sentence of 100,000 "U.S."
#: take minutes).
_LAST_WORDS_WINDOW = 200


def _last_words(text: str, lo: int, end: int) -> list[str]:
    """The last words of text[lo:end] (at least two when it has two whose characters fit
    in _LAST_WORDS_WINDOW), split on white space."""
    start = max(lo, end - _LAST_WORDS_WINDOW)
    words = text[start:end].split()
    if start > lo and words and not text[start - 1].isspace():
        words = words[1:]  # the window cut the first one
    return words


def _is_initial(word: str) -> bool:
    """'J.', 'R.': one capital letter with its period."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


#: Countries written as dotted acronyms (lower-cased, without their last period).
_COUNTRY_ACRONYMS = frozenset({"u.s", "u.k", "u.s.a", "e.u"})
#: Nationality words that open a sentence after a country's acronym: no name goes on from
#: "the U.K." into "British buyers" (a sibling writer's find; none of the corpora writes
#: one after "U.S." or "U.K." but at a sentence's start). "Indian" is left out: "the U.S.
#: Indian Health Service" is a name.
_NATIONALITIES = frozenset(
    "American Americans British Britons English Scottish Scots Welsh Irish Canadian "
    "Canadians Mexican Mexicans Chinese Japanese German Germans French Russian Russians "
    "European Europeans Australian Australians Italian Italians Spanish Dutch Swiss "
    "Israeli Israelis Iranian Iranians Ukrainian Ukrainians Korean Koreans".split()
)


def _period_ends(text: str, pos: int, nxt_at: int, lo: int, hi: int, closed: bool) -> bool:
    """Whether the single period at ``pos`` ends a sentence, given the next token."""
    word = _word_before(text, pos, lo)
    nxt = _word_after(text, nxt_at, hi)
    first = nxt[:1]
    lower_next = first.islower()
    if not word:
        return True
    key = word.lower()
    if key.lstrip(_BULLETS).isdigit() and _ONLY_BULLETS.fullmatch(text, lo, pos - len(word)):
        return False  # "1." opening a numbered item
    if key in _NUMBERED:
        if first.isdigit() or first == "#":
            return False
        if not (len(word) == 1 and word.isupper()):  # "Ruth P. Daniels" has an initial
            return not (key != "no" and lower_next)
    if key in TITLES:
        return False
    if _DOTTED_RE.match(word):
        # a dotted abbreviation: "U.S", "a.m", "e.g", "Ph.D"
        if key in ("e.g", "i.e"):
            return False
        if _opens_clause(nxt):
            return True
        if key in _COUNTRY_ACRONYMS and nxt in _NATIONALITIES:
            return True  # "approved in the U.S. American doctors began": no name runs so
        if word == key:
            # lower case, a clock time ("6 p.m."): only a day, a date or a time zone
            # goes on after one ("6 p.m. Friday", "9 a.m. Eastern time")
            return _ends_after_time(text, nxt_at, hi)
        # capitals: one that closes a name ("Lumo S.A.", "Washington, D.C.") ends the
        # sentence when a common noun opens a clause next, as after "Inc."; one that
        # opens a noun phrase ("the U.S. Navy", "about L.A. Clippers") goes on into a
        # name: in the corpora "U.S." before a capitalised and a lower-case word is
        # nearly always "U.S. House of", "U.S. Embassy in", "U.S. Republicans said"
        # (a capitalised word that opens the sentence, "The U.S.", "Top U.S.", is no
        # name that the acronym closes)
        before = _last_words(text, lo, pos - len(word))
        closes_name = (
            len(before) >= 2
            and before[-1][:1].isupper()
            and not before[-1].endswith(".")
            and not _opens_clause(before[-1])
        )
        if closes_name:
            return _common_noun_opens(text, nxt_at, hi)
        # ... but after a place ("to the U.K.", "in the U.S."), a plural the text writes
        # in lower case elsewhere, and never capitalised inside a sentence, is a common
        # noun opening one ("moved to the U.K. Costs fell, and costs kept falling"; a
        # tester's find, 2026-12-07). Not where the acronym opens a noun phrase: "The
        # U.S. Marines said that two marines ..." is one sentence (a sibling tester's)
        at_place = bool(before) and (
            before[-1].lower() in _PLACE_PREPOSITIONS
            or (len(before) >= 2 and before[-1].lower() == "the" and before[-2].lower() in _PLACE_PREPOSITIONS)
        )
        return at_place and _plural_written_lower(text, nxt_at, hi)
    if key in _SUFFIXES or (key in _WEEKDAYS_SHORT and word[0].isupper()):
        if first.isdigit() or lower_next:
            return False
        if _opens_clause(nxt) or (key in ("etc", "al") and first.isupper()):
            return True
        if key in _NAME_ENDS:
            return _then_lower(text, nxt_at, hi)
        # a street, a unit, a department ("Harbour St.", "Fifth Ave.", "14 ft.", "customs
        # dept."): the sentence ends when a common noun opens a clause next ("St.
        # Firefighters arrived"), read from the text as after an acronym
        if key in _OPENS_NAMES_TOO:
            at = pos - len(word) - 1  # the end of the token before, past one space
            before = _word_before(text, at, lo) if at > lo else ""
            # "Harbour St.", "5th St.", "14 ft."
            closes = before[:1].isdigit() or (key == "st" and before[:1].isupper())
            if not closes or _opens_clause(before):
                return False
        return _common_noun_opens(text, nxt_at, hi)
    if len(word) == 1 and word.isupper():
        return _capital_ends(text, pos - 1, nxt, nxt_at, lo, hi)
    if lower_next:
        # lower case after a closing quote or bracket continues the sentence ('"Great."
        # she said'); after a plain period it is a (lower-cased) sentence start
        return not closed
    return True


def _capital_ends(text: str, at: int, nxt: str, nxt_at: int, lo: int, hi: int) -> bool:
    """A single capital letter at ``at`` before a period: an initial or the end."""
    if _is_initial(nxt) or not nxt[:1].isupper() and not nxt[:1].isdigit():
        return False
    if _opens_clause(nxt):
        return True
    prev = _word_before(text, at - 1, lo) if at - 1 > lo else ""
    prev = prev.rstrip(",;:")
    if not prev:
        return False
    if _is_initial(prev):
        return False  # "J. R." then a name
    # "vitamin D.", "you and I." end: after a lower-case word the letter is no middle
    # initial; nor after a known designator ("Room B."). (After a number it may be one:
    # "1429 N. Quincy St.")
    if prev[0].islower() or prev.lower() in _DESIGNATORS:
        return True
    # after a capitalised word it may be an initial ("Albert I. Jones") or a designator
    # ("Concourse B."): it ends the sentence when a common noun opens a clause next
    # ("Concourse B. Flights resumed"), not when a name goes on. A plural alone is no
    # proof here, surnames are often plural-shaped ("Albert I. Jones"): the letter must
    # also close a place ("to Concourse B.", "in Apartment C."), as a designator does.
    if not prev[0].isupper():
        return False
    before = _word_before(text, at - len(prev) - 2, lo) if at - len(prev) - 2 > lo else ""
    at_place = before.lower() in _PLACE_PREPOSITIONS
    return _common_noun_opens(text, nxt_at, hi, plural_counts=at_place)


# A capitalised word and the lower-case word after it ("Flights resumed").
_CAPITAL_WORD_THEN_LOWER = re.compile(
    rf"[\"“‘']?({UPPER}(?:{LOWER}|[’'-])+) ({LOWER}(?:{LOWER}|[’'-])*)"
)
# Lower-case words inside names ("U.S. Department of", "Centers for Disease Control",
# "Food and Drug"): after one, the capitalised word is part of a name.
_NAME_LINKS = frozenset("of for and de del der du la le van von y".split())
# Prepositions of place: "to Concourse B.", "in Apartment C.", "at Gate D.".
_PLACE_PREPOSITIONS = frozenset(
    "in on at to from into onto near inside outside toward towards through via".split()
)
# Common noun endings that are not plurals ("Congress", "Campus", "Basis", "Reuters's").
_NOT_PLURAL = ("ss", "us", "is", "'s", "’s")
# What follows a clock time and belongs to it: a day or a month ("6 p.m. Friday",
# "10 a.m. March 3"); a time zone ends in "time" ("9 a.m. Eastern time", "Moscow time").
_TIME_FOLLOWERS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december".split()
)


def _ends_after_time(text: str, at: int, hi: int) -> bool:
    """After "a.m."/"p.m.": a capitalised word then a lower-case one opens a clause
    ("6 p.m. Police said"), unless it dates or zones the time (AP style, "10 a.m.
    Tuesday in the Senate", "9 a.m. Pacific time")."""
    m = _CAPITAL_WORD_THEN_LOWER.match(text, at, hi)
    if not m:
        return False
    day = m.group(1).lower()
    if day.endswith("s"):
        day = day[:-1]  # "10 a.m. Saturdays", "to 4:30 p.m. Mondays through Fridays"
    return day not in _TIME_FOLLOWERS and m.group(2) != "time"


def _common_noun_opens(text: str, at: int, hi: int, plural_counts: bool = True) -> bool:
    """Whether the token at ``at`` is a common noun capitalised only because it opens a
    sentence, followed by a lower-case word ("Flights resumed", "Negotiators said"),
    rather than a name going on after an abbreviation or an initial ("U.S. Navy rose",
    "Albert I. Jones said", "U.S. Centers for").

    Letter case cannot tell them apart at this one place, so the rest of the text is
    read, as a reader would (the idea of Mikheev 2002, "Periods, capitalized words, etc."
    Computational Linguistics 28(3): a word's case elsewhere in the document says
    whether it is a name): a word written capitalised elsewhere is taken for a name; one
    written in lower case elsewhere for a common noun. With no other use, a plural
    ("Flights", "Neighbours") is taken for a common noun: the names that follow an
    abbreviation or an initial are mostly singular ("Navy", "Osei"); ``plural_counts``
    False leaves that guess out.
    """
    m = _CAPITAL_WORD_THEN_LOWER.match(text, at, hi)
    if not m or m.group(2) in _NAME_LINKS:
        return False
    word = m.group(1)
    start = m.start(1)
    pos = text.find(word)
    while pos != -1:
        if pos != start and _whole_word(text, pos, len(word)) and not _opens_a_sentence_at(text, pos):
            return False  # capitalised elsewhere inside a sentence: a name
        pos = text.find(word, pos + 1)
    lower = word.lower()
    pos = text.find(lower)
    while pos != -1:
        if _whole_word(text, pos, len(lower)):
            return True  # lower case elsewhere: a common noun
        pos = text.find(lower, pos + 1)
    plural = len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL)
    return plural_counts and plural


def _opens_a_sentence_at(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` stands where any word is capitalised: the text's or a
    line's start, or after a sentence's end mark (and a closing quotation mark) and a
    space. Such a use says nothing of the word's case (Mikheev 2002 reads the
    unambiguous positions only): "Costs rose. ... the U.K. Costs fell" had read "Costs"
    as a name (a tester's sibling)."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] in "\n\r":
        return True
    j = i
    while j > 0 and text[j - 1] in "\"”’')»":
        j -= 1
    return i < pos and j > 0 and text[j - 1] in ".!?…"


def _plural_written_lower(text: str, at: int, hi: int) -> bool:
    """Whether the token at ``at`` is a plural followed by a lower-case word that the
    text writes in lower case elsewhere and never capitalised (``_common_noun_opens``
    without its guess for plurals seen nowhere else)."""
    m = _CAPITAL_WORD_THEN_LOWER.match(text, at, hi)
    if not m:
        return False
    word = m.group(1)
    plural = len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL)
    return plural and _common_noun_opens(text, at, hi, plural_counts=False)


def _whole_word(text: str, pos: int, n: int) -> bool:
    end = pos + n
    return (pos == 0 or not text[pos - 1].isalnum()) and (
        end >= len(text) or not text[end].isalnum()
    )


def _spaced_dots_before(text: str, pos: int, lo: int) -> int:
    """How many periods preceded by a space end at ``pos`` (". . . ." gives 4)."""
    n = 0
    while pos >= lo + 1 and text[pos] == "." and text[pos - 1] == " ":
        n += 1
        pos -= 2
    return n


def _is_boundary(text: str, m: re.Match, lo: int, hi: int) -> bool:
    gap = m.start(1)
    nxt_at = m.end(1)
    punct_end = gap
    while punct_end > m.start() and text[punct_end - 1] in _CLOSERS:
        punct_end -= 1
    closed = punct_end < gap
    punct = text[m.start() : punct_end]
    first = text[nxt_at]
    if first == "." and punct == ".":
        # a spaced ellipsis goes on (". . ."); a word's own period before one ends the
        # sentence when the ellipsis leads into a capital ("compounds. . . . The")
        if m.start() > lo and text[m.start() - 1].isalnum():
            after = re.match(r"(?:\. ?)+\s*(\S)", text[nxt_at:hi])
            return bool(after and after.group(1).isupper())
        return False
    if punct == "." and m.start() > lo and text[m.start() - 1] == " ":
        dots = _spaced_dots_before(text, m.start(), lo)
        if dots == 1 and m.start() >= lo + 2 and (text[m.start() - 2].isalnum() or text[m.start() - 2] in _CLOSERS):
            # a full stop spaced off its word ("met on Monday . Members voted"), as some
            # writers type it: read as the last dot of an ellipsis, every sentence of
            # such a text ran into one (a tester's find, 2026-12-06); judged as the word's
            # own period is, so after a title or an abbreviation it is theirs ("Mr .
            # Smith", "the U.S . Capitol", "Jan . 5")
            return _period_ends(text, m.start() - 1, nxt_at, lo, hi, closed)
        # the last dot of a spaced ellipsis: four dots end a sentence, three do not
        return dots >= 4 and first.isupper()
    if "…" in punct or ".." in punct:
        if m.start() > lo and text[m.start() - 1] == "[":
            return False  # an elision mark, "[...]"
        return not (first.islower() or first.isdigit() or first in ",;:")
    if punct[-1] in "!?":
        # "Yahoo! in the accounting department" goes on; so does '"Why?" he asked'
        return not first.islower()
    if len(punct) > 1:
        return True
    return _period_ends(text, m.start(), nxt_at, lo, hi, closed)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as ``(start, end)`` spans into ``text``, each
    without surrounding white space.

    >>> t = 'Gen. J. R. Hale met the U.S. team at 9 a.m. The talks went on. "Yes." he said.'
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Gen. J. R. Hale met the U.S. team at 9 a.m.', 'The talks went on.', '"Yes." he said.']
    """
    hi = len(text) if end is None else end
    while start < hi and text[start].isspace():
        start += 1
    while hi > start and text[hi - 1].isspace():
        hi -= 1
    out: list[tuple[int, int]] = []
    lo = start
    for m in _CANDIDATES_RE.finditer(text, start, hi):
        if m.group(1) is None:  # a bullet in running text
            if m.start() > lo:
                out.append((lo, m.start()))
            lo = m.end()
            continue
        if _is_boundary(text, m, lo, hi):
            out.append((lo, m.start(1)))
            lo = m.end(1)
    if lo < hi:
        out.append((lo, hi))
    return out

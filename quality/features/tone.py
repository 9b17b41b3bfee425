"""Tone: emphasis and address that stand in for evidence.

Partisan and clickbait sites shout ("SHOCKING"), exclaim, speak to the reader ("you
won't believe"), and lean on intensifiers and manner adverbs ("totally", "blatantly");
edited news reports in the third person with plain verbs. Generated text is calmer, so
this signal complements, not replaces, hedging and sourcing. The writer's tone only: the
words of a headline and of a direct quotation (a source's own) are not counted.
"""

from __future__ import annotations

import re

from quality.document import UPPER, UPPER_AT_START, Document, starts_word
from quality.features.base import Extractor, Measurement, MeasurementBuilder, Spec
from quality.furniture import dateline_span
from quality.lexicons import find_phrases, load
from quality.paragraphs import written_placeholders
from quality.sentences import is_capitalised_name

# either case: "TOTALLY" in a shouted line is as much an adverb as "totally"
_LY = re.compile(r"[lL][yY]\b")
# -ly words that are not manner adverbs: nouns, names and adjectives ("a quarterly
# report", "the assembly"), and adverbs that report time, frequency, quantity, focus or
# the source of a claim ("recently", "usually", "approximately 18,000", "said publicly").
# These are how careful reporting is precise, not emphasis standing in for evidence.
_NOT_ADVERBS = frozenset(
    # nouns and names
    "family italy july apply reply supply ally rally holy belly bully jelly fly sally "
    "emily kelly molly billy reilly assembly anomaly monopoly butterfly lily tally folly "
    "holly gully dolly polly beverly kimberly connolly donnelly scully mcnally hillbilly "
    # verbs ("comply with", "imply that": 120 corpus uses of "comply" read as adverbs)
    "comply imply multiply "
    # adjectives
    "only early likely unlikely oily ugly silly lovely friendly elderly costly deadly "
    "timely orderly lonely lively curly chilly smelly burly jolly unruly sickly stately "
    "homely lowly leisurely scholarly cowardly worldly heavenly earthly otherworldly "
    "bodily ghostly untimely grisly ghastly surly manly womanly brotherly sisterly "
    "motherly fatherly neighborly neighbourly pearly gnarly beastly melancholy dally "
    "hilly woolly wobbly bubbly prickly sparkly measly cuddly wrinkly scaly frilly "
    "daily weekly monthly yearly quarterly hourly nightly biweekly fortnightly "
    # time and sequence
    "recently previously currently formerly initially eventually finally originally "
    "immediately subsequently lately shortly presently simultaneously ultimately annually "
    # frequency
    "usually frequently occasionally rarely regularly typically generally normally "
    "repeatedly "
    # quantity and approximation
    "approximately roughly nearly mostly largely partly partially mainly chiefly "
    "primarily slightly barely merely solely respectively "
    # focus: which case a statement is about ("especially in rural areas")
    "especially particularly specifically exclusively namely exactly precisely purely "
    "notably principally predominantly simply "
    # linking a clause to the one before
    "additionally alternatively similarly likewise accordingly consequently "
    "firstly secondly thirdly lastly "
    # the source or standing of a statement
    "officially publicly privately separately jointly formally informally "
    "independently anonymously unofficially "
    # the domain or period a statement is about ("historically, the region ...",
    # "politically costly"; a new user's find: "historically" charged as emphasis)
    "historically traditionally politically economically financially legally militarily "
    "technically medically scientifically statistically geographically culturally "
    "socially environmentally "
    # the measured outcome a report states: a vote's margin, an injury's grade ("voted
    # unanimously", "narrowly passed", "seriously injured"; a new user's find: field
    # case 17's "two of them seriously" cost 4.4 points), and a figure's change as
    # statistics report it ("shares fell sharply", "rose steadily"; a tester's find:
    # "could not be independently verified", "formally charged" and "fell sharply"
    # cost a wire story 3 to 5 points each)
    "unanimously narrowly fatally critically seriously severely mortally gravely "
    "moderately sharply steadily steeply gradually marginally modestly".split()
)
# Single-word hedge cues and intensifiers ending in -ly ("reportedly", "totally") are
# counted by the hedging signal and the intensifier count; counting them here too would
# charge one word twice.
_HEDGE_ADVERBS = frozenset(
    p for name in ("hedges", "intensifiers") for p in load(name) if " " not in p and p.endswith("ly")
)
_EXCLAMATION = re.compile(r"!+")
_SECOND_PERSON = re.compile(r"you(?:rs?|rself|rselves)?\b")  # on lower-cased text
#: Capitalised words that open a line like a dateline's place but label it for clicks.
_CLICKBAIT_LABELS = frozenset(
    "BREAKING NEWS EXCLUSIVE SHOCKING VIDEO WATCH UPDATE URGENT ALERT LIVE REVEALED "
    "WOW OMG JUST IN SHOCK BOMBSHELL HUGE".split()
)
_SHOUTING = re.compile(rf"{UPPER_AT_START}{UPPER}{{4,}}\b")  # capitals of any script: "ZÜRICH"


#: Loaded verbs of the intensifier lexicon in their literal sense, which a sober report
#: uses: a thing destroyed ("destroyed 40 homes", "homes were destroyed"), a motion
#: ("slammed into a wall", "blasted off"), a device ("explosive device"). Counted, a new
#: user's earthquake report lost 18.7 points to them (2026-12-07). Their figurative
#: sense takes a person or an idea ("slams the mayor", "destroyed his argument", "was
#: destroyed in the debate", "destroyed 3 rivals", "explosive charges against him") and
#: stays counted (a reviewer's siblings): what is destroyed must be a thing built or
#: grown (_BUILT_THINGS), named after the verb or before a passive one.
_BUILT_THINGS = (
    r"(?:homes?|houses?|buildings?|structures?|dwellings?|apartments?|flats?|shops?|stores?|"
    r"businesses|factor(?:y|ies)|schools?|hospitals?|churche?s?|mosques?|temples?|bridges?|"
    r"roads?|villages?|towns?|neighbou?rhoods?|blocks?|vehicles?|cars?|trucks?|buses|tanks?|"
    r"aircraft|planes?|helicopters?|drones?|ships?|boats?|vessels?|warehouses?|barns?|"
    r"crops?|fields?|forests?|trees?|hectares?|acres?|property|properties|infrastructure|"
    r"pier|piers|dams?|power\s+lines?|plants?|facilit(?:y|ies)|equipment|records?|documents?|"
    r"evidence|stock|stockpiles?|weapons?|launchers?|positions?)\b"
)
#: Up to three words between a number or determiner and the thing ("40 timber homes",
#: "the old stone bridge").
_BEFORE_THING = r"(?:[\w,'’-]+[ \t]+){0,3}?"
_DESTROYED_LITERAL = (
    r"[ \t]+(?:(?:completely|partially|largely|nearly|almost)[ \t]+)?"
    r"(?:(?:(?:at[ \t]+least|more[ \t]+than|about|around|some|nearly|almost|over|up[ \t]+to)[ \t]+)?"
    r"(?:\d[\d,.]*|dozens|hundreds|thousands|the|a|an|its|their|two|three|four|five|six|seven|eight|nine|ten)"
    rf"[ \t]+{_BEFORE_THING}{_BUILT_THINGS}"
    r"|by[ \t]+(?:fire|flames?|(?:the|a)[ \t]+(?:fire|blaze|flood|storm|quake|earthquake|blast|explosion|bomb|"
    r"tornado|hurricane|cyclone|typhoon|wildfire|landslide|missile|airstrike|shell))\b)"
)
_SLAMMED_LITERAL = r"[ \t]+(?:head-on[ \t]+)?(?:into|against|through|onto|shut|on[ \t]+the[ \t]+brakes)\b"
_BLASTED_LITERAL = r"[ \t]+(?:off|into|through|open)\b"
_LITERAL_NEXT = {
    word: re.compile(pattern, re.IGNORECASE)
    for words, pattern in (
        (("destroyed", "destroys"), _DESTROYED_LITERAL),
        (("slammed", "slams"), _SLAMMED_LITERAL),
        (("blasted", "blasts"), _BLASTED_LITERAL),
        (("explosive",), r"[ \t]+(?:devices?|ordnance|vests?|belts?|residues?|traces?|substances?|eruptions?)\b"),
    )
    for word in words
}
#: ... and "destroyed" after a built thing ("40 homes were destroyed", "the bridge had
#: been completely destroyed", "homes destroyed in the blaze") or after damage
#: ("damaged or destroyed").
_LITERAL_BEFORE = re.compile(
    rf"(?:\b{_BUILT_THINGS}[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?"
    r"|\b(?:damaged|burned|burnt|flooded|looted|gutted)[ \t]+(?:or|and)[ \t]+)"
    r"(?:(?:completely|partially|largely|totally|nearly|almost|all|also)[ \t]+)?\Z",
    re.IGNORECASE,
)


def _literal(text: str, span: tuple[int, int]) -> bool:
    """Whether the intensifier at ``span`` is a loaded verb in its literal sense
    (``_LITERAL_NEXT``, ``_LITERAL_BEFORE``)."""
    start, end = span
    word = text[start:end].lower()
    after = _LITERAL_NEXT.get(word)
    if after is None:
        return False
    if after.match(text, end):
        return True
    return word == "destroyed" and bool(_LITERAL_BEFORE.search(text, max(0, start - 80), start))


def _adverbs(text: str) -> list[tuple[int, int]]:
    """Words of 3+ letters ending in -ly, found from their ending (a fast literal scan)."""
    spans = []
    for m in _LY.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        word = text[start : m.end()].lower()
        if m.start() - start >= 3 and word not in _NOT_ADVERBS and word not in _HEDGE_ADVERBS:
            if text[start].isupper() and text[start + 1].islower() and is_capitalised_name(text, start, m.end()):
                continue  # "Kelly", "Lakely", "Beverly": a name
            spans.append((start, m.end()))
    return spans


class Tone(Extractor):
    name = "tone"
    specs = (
        Spec(
            "tone.adverbs_per_1k_words",
            "per 1,000 words",
            "Manner adverbs ('-ly') per 1,000 words, headings and direct quotations left out.",
        ),
        Spec(
            "tone.intensifiers_per_1k_words",
            "per 1,000 words",
            "Intensifiers and loaded words ('totally', 'shocking', 'slams') per 1,000 words, "
            "direct quotations left out.",
        ),
        # Reported, not modelled: on llmfake these point the wrong way (its "reliable"
        # side holds crawled forum posts that shout and address the reader).
        Spec(
            "tone.exclamations_per_1k_words",
            "per 1,000 words",
            "Exclamations per 1,000 words.",
            in_model=False,
        ),
        Spec(
            "tone.second_person_per_1k_words",
            "per 1,000 words",
            "Words addressing the reader ('you', 'your') per 1,000 words, direct quotations left out.",
            in_model=False,
        ),
        Spec(
            "tone.shouting_per_1k_words",
            "per 1,000 words",
            "Words of five or more capitals ('SHOCKING') per 1,000 words, an opening wire dateline's place left out.",
            in_model=False,
        ),
    )

    def extract(self, doc: Document) -> list[Measurement]:
        out = MeasurementBuilder(self, doc)
        text = doc.text
        adverbs = _adverbs(text)
        headings = [(p.start, p.end) for p in doc.paragraphs if p.kind == "heading"]
        if headings and adverbs:
            # a headline's words are not the article's tone ("Quarterly ... falls")
            adverbs = [a for a in adverbs if not any(h[0] <= a[0] < h[1] for h in headings)]
        # nor are a quoted source's: '"We moved quickly and openly," the chair said'
        # reports her words (charged to the writer, four such adverbs in one quotation
        # cost a report 6 to 15 points)
        # (in a text mostly quoted, quoted ones count at Document.quoted_weight)
        # nor a chat assistant's leftover, a fault counted once, as a placeholder
        # ("Certainly! Here is ...": a new user's find, it cost twice)
        leftovers = written_placeholders(doc)
        if leftovers and adverbs:
            adverbs = [a for a in adverbs if not any(x <= a[0] < y for x, y in leftovers)]
        adverbs, n_adverbs = doc.writers_count(adverbs)
        out.add("adverbs_per_1k_words", doc.per_1k_words(n_adverbs), adverbs)
        # ... nor are its intensifiers ("Storm destroys pier": a headline's verb is picked
        # to be clicked, often by an editor; counted, one cost a report 5 points: a new
        # user's find, 2026-12-07)
        intensifiers = [span for span in find_phrases(doc, "intensifiers") if not _literal(text, span)]
        if headings and intensifiers:
            intensifiers = [a for a in intensifiers if not any(h[0] <= a[0] < h[1] for h in headings)]
        intensifiers, n_intensifiers = doc.writers_count(intensifiers)
        out.add("intensifiers_per_1k_words", doc.per_1k_words(n_intensifiers), intensifiers)
        exclamations = [m.span() for m in _EXCLAMATION.finditer(text)]
        out.add("exclamations_per_1k_words", doc.per_1k_words(len(exclamations)), exclamations)
        lower = doc.lower_text
        # the writer's address to the reader, not a source's to someone in a quotation
        # ('"You have shown no remorse," the judge said'; a tester's find)
        you, n_you = doc.writers_count(
            [m.span() for m in _SECOND_PERSON.finditer(lower) if starts_word(lower, m.start())]
        )
        out.add("second_person_per_1k_words", doc.per_1k_words(n_you), you)
        # a wire dateline's place is set in capitals by house style ("LONDON (Reuters) -"),
        # a clickbait label in the same place is shouted ("SHOCKING VIDEO -")
        dateline_start, dateline_end = dateline_span(text)
        if _CLICKBAIT_LABELS & set(re.findall(r"[A-Z]+", text[dateline_start:dateline_end])):
            dateline_end = 0
        shouting = [
            m.span() for m in _SHOUTING.finditer(text, dateline_end) if starts_word(text, m.start())
        ]
        out.add("shouting_per_1k_words", doc.per_1k_words(len(shouting)), shouting)
        return out.build()

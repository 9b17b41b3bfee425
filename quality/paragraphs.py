"""Paragraph labels: content, filler, boilerplate or artifact, each with its reason.

A pipeline that keeps an article still wants its filler and web chrome out of the corpus,
and a cleaner that deletes news is worse than none. Labels come from explicit, readable
rules over the Document's paragraphs, so each one can say why it was given, and they
look at what a paragraph is, never at its first word alone:

- artifact: rows of flattened or broken tables (GFM tables with or without outer pipes,
  and the header-less pipe rows an HTML extractor writes, are content), template
  placeholders, paragraphs that are mostly symbols;
- boilerplate: what is not a sentence of the article: lines that are chrome as a whole
  ("Share", "Advertisement"), short non-sentences that open with chrome and go on as a
  label, a credit or a call to the reader ("Photo: ...", "Photo by Jane Doe", "Read
  more: ..."; not a headline, "Copyright ruling goes against ..."), short paragraphs
  with a chrome phrase that address the reader or report nothing (cookie notices, "join
  our free newsletter"; not "the ministry said it would subscribe to ..."), calls to
  action of any wording, alone or after a teaser ("Never miss a story! Enable push
  alerts.", "Tap to listen"; not "Follow the money.", nor a call someone is reported
  to have made), bylines,
  datelines and dates on their own, navigation lines ("Home | News | Sport"), and
  blocks of links: a
  "Related stories" heading with the headlines under it, or a run of short link-like
  lines (menus, footers);
- filler: a section under a generic heading ("Wrapping Up") whose paragraphs report no
  facts and say nothing of their own (a quotation the article has not given, among words
  mostly new to it: ``_says_something_new``, with none of filler's talk; under a news
  subhead, "Background" or "Why it matters", only one that also
  says what filler says: stock phrases, a generic opener, a vague source, advice to the
  reader), paragraphs that open with a generic intro or outro ("In conclusion") and report
  no facts, and paragraphs dense with stock phrases;
- content: everything else. A sentence is never boilerplate for its first word
  ("Copyright claims brought by ...", "Getty Images, which filed ...") or its opening
  phrase ("Follow us on the ministry website, officials said, ..."), and a news
  section keeps its standard subhead ("Background", "What's next"), figures or none.

Facts, for these rules, are figures (a number other than a bare year), dates (a weekday,
a month with a day or year) and named attributions ("Ruth Ambrose told"): the things a
filler paragraph lacks (quality.features.sourcing counts the same kinds). The filler
rules count a statement attributed to a source as news too ("the ministry said", "a
council spokesman said", ``attributed_speech``), unless sourcing finds the source vague
("analysts said").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import NamedTuple

from quality.document import LOWER, UPPER, Document, is_flattened_table
from quality.giveaways import CAPTION_MAX_WORDS  # one caption length for training and scoring
from quality.letters import MARKER_OPENING, numbered_item_end
from quality.lexicons import (
    compile_lexicon,
    document_label,
    find_phrases,
    is_slot_or_label,
    load,
    speaker_label,
    unquoted_placeholders,
)
from quality.sentences import split_sentences

LABELS = ("content", "filler", "boilerplate", "artifact")

#: Boilerplate rules for single paragraphs fire only on paragraphs with at most this
#: many words (a long news lead is never one line of chrome; trafilatura#164).
BOILERPLATE_MAX_WORDS = 30
#: A paragraph with a chrome phrase ("our newsletter") is boilerplate up to this many
#: words: the longest calls to action in the field cases run to about 25 words.
CHROME_PHRASE_MAX_WORDS = 45
#: A consent banner or a paywall prompt lists its purposes at length ("We and our
#: partners use cookies ... to personalise ads ... Manage preferences", 49 words, lifted
#: a text 2 to 4 points read as article text, a 212-word one 8 points): a paragraph of
#: up to this many words is one when the site speaks of itself ("we", "our") and holds at least
#: CONSENT_MIN_PHRASES different phrases of lexicons chrome_phrases and consent_phrases,
#: one per CONSENT_WORDS_PER_PHRASE words or more. A column on privacy that tells its
#: reader how to refuse cookies says "you", not "we", and holds them more thinly.
#: Banners worded in none of those phrases are missed: a line of the page, by design.
CONSENT_MAX_WORDS = 400
CONSENT_MIN_PHRASES = 3
CONSENT_WORDS_PER_PHRASE = 25
# ... or a banner in the site's voice ending on its pair of opposite buttons ("Accept
# all / Reject all / Settings", "Allow | Decline"), whatever its purposes' wording:
# the buttons alone are the banner's (a sibling writer's banner held two phrases).
# the pair of opposite buttons, as one pattern for the banner and the row below
_ACCEPT_REJECT = (
    r"(?:accept|allow|agree)(?:\s+all)?(?:\s+cookies)?\s*{sep}\s*"
    r"(?:reject|decline|deny|refuse|disagree)(?:\s+all)?(?:\s+cookies)?"
)
_SETTINGS_BUTTON = r"(?:manage|cookie|customi[sz]e|more)?\s*(?:preferences|settings|options|cookies|choices)"
# consent and a way to its settings, with no refusal ("Agree and close | Manage options",
# "Accept and continue / Cookie settings"; a sibling writer's)
_ACCEPT_SETTINGS = (
    r"(?:i\s+)?(?:accept|allow|agree)(?:\s+all)?(?:\s+and\s+(?:close|continue))?(?:\s+cookies)?"
    r"\s*{sep}\s*" + _SETTINGS_BUTTON
)
_CONSENT_BUTTONS = re.compile(
    r"\b(?:" + _ACCEPT_REJECT.format(sep="[/|•·]") + "|" + _ACCEPT_SETTINGS.format(sep="[/|•·]") + r")\b[\s/|•·\w]{0,40}$",
    re.IGNORECASE,
)
# ... and the buttons on a line of their own, in any voice, with or without marks
# between them ("Accept all cookies   Reject all   Manage preferences", "Accept |
# Decline"; a sibling writer's): a paragraph that is nothing else
_CONSENT_BUTTON_ROW = re.compile(
    "(?:"
    + _ACCEPT_REJECT.format(sep="[/|•·]?")
    + r"(?:\s*[/|•·]?\s*"
    + _SETTINGS_BUTTON
    + r")?|"
    + _ACCEPT_SETTINGS.format(sep="[/|•·]?")
    + r")\W*",
    re.IGNORECASE,
)
#: A link-like line has at most this many words: headlines in related-links lists run
#: to 10-15 words.
LINK_MAX_WORDS = 15
#: ... and at most this many characters (CJK headlines have no spaces to count words by).
LINK_MAX_CHARS = 100
#: ... and at least this share of letters, digits and spaces: code ("x = len(y)") and
#: formulas are not links.
LINK_PLAIN_SHARE = 0.85
#: This many link-like lines in a row, with no heading to say what they are, make a
#: block of links (a menu, a footer); fewer may be a short list in the article.
LINK_RUN_MIN = 4
#: Inside the article (prose sentences on both sides, within ``CONTEXT`` paragraphs), a
#: run must be this long: lists of short items are ordinary there.
LINK_RUN_MIN_INSIDE = 8
CONTEXT = 3
#: A paragraph ending in a colon with this many words or more introduces the article's
#: own list ("Roads closed on Tuesday:"); fewer are a menu's label ("Sections:").
LIST_INTRO_MIN_WORDS = 3
#: Menu entries have at most this many words (the median of a run decides); runs of
#: longer, headline-like lines are links only away from the article's sentences (no
#: sentence within ``HEADLINE_CONTEXT`` paragraphs on one side at least).
MENU_MAX_WORDS = 4
HEADLINE_CONTEXT = 6
#: Share of a sentence's words that start in lower case (function words, verbs; German
#: capitalises nouns and still passes at about half).
SENTENCE_LOWER_SHARE = 0.3
#: A link-like line with no sentence of at least ``ANCHOR_MIN_WORDS`` words within
#: ``ANCHOR_REACH`` paragraphs is chrome (a title sits next to its lead, a subhead next
#: to its section).
ANCHOR_MIN_WORDS = 12
ANCHOR_REACH = 3
#: A paragraph with at least this many stock phrases, and one per this many words, is filler.
STOCK_MIN_COUNT = 2
STOCK_WORDS_PER_PHRASE = 30
#: A section under a generic heading is news when at least this share of its paragraphs
#: report facts.
FACT_SECTION_SHARE = 0.5
#: A paragraph at least this share of whose characters are inside direct quotations
#: reports a statement (what a source said), as one reporting facts does.
QUOTED_SHARE = 0.5
# Advice in the writer's voice ("you should", "we must", "residents should", "it ought
# to"; or a sentence that opens on an imperative verb addressed to the reader: "Check
# the council website", "Stay informed", "Make sure ..."): what a filler section says,
# where a news section reports. Inside a quotation it is a source's. (The imperative
# verbs are a closed list of the ones a recap's advice opens on; a tester's sibling,
# 2026-12-06: advice under "The Bottom Line" had passed for news, +3.3 points.)
_ADVICE = re.compile(
    r"(?i:\b(?:(?:you|we)\s+(?:must|need\s+to|have\s+to)|should|ought\s+to)\b)"
    r"|(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?:Check|Stay|Keep|Consider|Remember|Make\s+sure|Be\s+sure"
    r"|Don['’]t|Do\s+not|Take\s+(?:time|steps|care)|Follow|Visit|Learn|Plan|Look\s+out|Sign\s+up|Share"
    r"|Join|Subscribe|Contact|Talk\s+to|Reach\s+out)\b",
    re.MULTILINE,
)

# Names and places in capitals are in any script's letters ("By José Álvarez",
# "ZÜRICH -"): quality.document.UPPER and LOWER.
# A byline may name two writers and go on to a role or outlet after a comma, bar, dash
# or semicolon ("By Jonas Keller, Technology Reporter", "By Ana Ruiz and Li Wei |
# Reuters", "Reporting by Li Wei; Editing by Ana Ruiz"). Then the name has two words or
# more and the role is capitalised words or a reporter's lower-case ones, ending in no
# full stop: "By Sunset, the fire was out" and "By Keller and Ruiz, the rules were
# written" are sentences.
_BYLINE_WORD = rf"{UPPER}[\w.'’-]+"
_BYLINE_NAME = rf"{_BYLINE_WORD}(?:\s+{_BYLINE_WORD}){{0,3}}"
_BYLINE_FULL_NAME = rf"{_BYLINE_WORD}(?:\s+{_BYLINE_WORD}){{1,3}}"
_ROLE_WORD = (
    rf"(?:{UPPER}[\w.'’&-]*|\d[\w:.]*|staff|writer|reporter|correspondent|editor|"
    r"contributor|contributing|senior|chief|special|of|the|at|for|in|and|by|&)"
)
_BYLINE = re.compile(
    rf"(?:(?:By|BY|Written by|Posted by|Reporting by)\s+(?:"
    rf"{_BYLINE_NAME}\W*"
    rf"|{_BYLINE_FULL_NAME}(?:\s+(?:and|&)\s+{_BYLINE_FULL_NAME})?"
    rf"(?:\s*[,|—–;-]\s*{_ROLE_WORD}(?:\s+{_ROLE_WORD}){{0,6}})*(?<![.!?])\s*"
    r"))$"
)
# A writer's sign-off: a dash (not a bullet's hyphen) and a full name alone ("— Jane
# Doe", "-- Jane Doe"); a tester's find: read as a list item, the article's one
_SIGN_OFF = re.compile(
    rf"[ \t]*(?:—|–|--)[ \t]*{_BYLINE_FULL_NAME}(?:\s*,\s*{_ROLE_WORD}(?:\s+{_ROLE_WORD}){{0,6}})?\s*"
)
# A photo caption's credit ending its paragraph: an agency and the photographer ("...,
# August 2, 2024. REUTERS/Ines Falk", "Ines Falk/Getty Images", "AP Photo/Li Wei"), or a
# credit in brackets or after the caption's last sentence ("(Photo: Ines Falk)", ". Photo:
# Anna Bergh"); or a caption's label opening it ("FILE PHOTO:", "Image caption:"). The
# training corpora's captions are taken out before training (quality.giveaways: Reuters'
# photo credits open one class only); read here, a caption's date and name-run raised a
# mid-range article 15 points (a sibling writer's find).
_AGENCIES = r"(?:REUTERS|Reuters|AP|AP Photo|AFP|AFP Photo|EPA|EPA-EFE|Getty Images|Bloomberg|FILE PHOTO|File Photo)"
_CREDIT_NAME = rf"{_BYLINE_WORD}(?:\s+{_BYLINE_WORD}){{0,3}}"
# the agencies that credit photos, not wire copy: "(Getty Images)" closes a caption,
# "(Reuters)" a report
_PHOTO_AGENCIES = r"(?:Getty Images|AP Photo|AFP Photo|FILE PHOTO|File Photo|EPA-EFE)"
_PHOTO_CREDIT = re.compile(
    # an agency's credit stands after the caption's last sentence, not inside one
    # ("... shared with Reuters/AP." is news: a sibling writer's find)
    rf"(?:(?:^|[.!?]\s+){_AGENCIES}\s*/\s*{_CREDIT_NAME}"
    rf"|(?:^|[.!?]\s+){_CREDIT_NAME}\s*/\s*{_AGENCIES}(?:\s+via\s+Getty\s+Images)?"
    r"|\((?:Photo|Image|Picture|Photograph)(?:\s+(?:by|credit|courtesy(?:\s+of)?))?:?\s+[^()\n]{1,60}\)"
    # ... an agency's in brackets closing the caption ("... on Tuesday. (Getty Images)"),
    # or a credit label after it ("... Credit: Dana Mills for the Herald"; a new user's)
    # (a wire's tag alone, "(AP)" or "(Reuters)" after a report, is none: with a name,
    # a slash or "via" it is a photo's: "(AP Photo/Dana Mills)", "(AFP via Getty Images)")
    rf"|[.!?]\s+\((?:{_CREDIT_NAME}\s*/\s*{_CREDIT_NAME}(?:\s+via\s+{_AGENCIES})?|{_AGENCIES}\s*/\s*{_CREDIT_NAME}"
    rf"|{_AGENCIES}\s+via\s+{_AGENCIES}|{_PHOTO_AGENCIES})\)\s*$"
    rf"|[.!?]\s+{_PHOTO_AGENCIES}\s*$"
    rf"|[.!?]\s+(?:Photo\s+)?[Cc]redit\s*:\s*{_CREDIT_NAME}(?:\s+(?:for|of)\s+(?:the\s+)?{_CREDIT_NAME})?"
    rf"|[.!?]\s+Courtesy\s+of\s+(?:the\s+)?{_CREDIT_NAME}(?:\s+family)?"
    # ... or a photographer's name and outlet after it ("... meeting. Dana Mills/Harwick Herald")
    rf"|[.!?]\s+{_CREDIT_NAME}\s*/\s*{_CREDIT_NAME}"
    rf"|(?:^|[.!?]\s+)(?:Photo|Image|Picture)(?:\s+(?:by|credit|courtesy(?:\s+of)?))?:?\s+{_CREDIT_NAME}(?:\s*/\s*{_CREDIT_NAME})?"
    r")\.?\s*$"
)
#: A caption that closes on a news agency's photo credit in brackets, after its last
#: sentence ("... in Washington, Friday, Dec. 1, 2017. (AP Photo/Evan Vucci, File)"), is
#: one up to this many words: the agencies' captions run long (the corpora's 13 run 26 to
#: 86 words, every one a caption), and read as news a caption repeated under the story
#: counted as a repeated sentence (9 points off a ReCOVery article; a tester's find).
CREDITED_CAPTION_MAX_WORDS = 100
_BRACKETED_PHOTO_CREDIT = re.compile(
    # after the caption's last sentence, or its date or place ("... 2017 (AP Photo/...)"),
    # in round or square brackets
    r"(?:[.!?][\"”’)]?|(?<=\w))\s+[(\[](?:(?:AP|AFP|EPA|Xinhua|UPI)\s+Photo\s*/\s*[^()\[\]\n]{2,80}"
    rf"|(?:REUTERS|Reuters)\s*/\s*{_CREDIT_NAME}"
    rf"|{_CREDIT_NAME}\s*/\s*(?:(?:AFP\s+via\s+)?Getty\s+Images|Shutterstock)|Getty(?:\s+Images)?)[)\]]\s*$"
)
#: ... and holds at most this many sentences before its credit, as the agencies' run
#: ("FILE - In this ... photo, ... . On Tuesday, ..."); three or four sentences of news
#: with a credit glued after them are news (two testers' finds)
CREDITED_CAPTION_MAX_SENTENCES = 2
_CAPTION_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(\[]?[A-Z])")
_CAPTION_LABEL = re.compile(
    r"(?:FILE PHOTO|File photo|Image caption|Photo caption|Caption)\s*:"
    # a credit in brackets opening the caption, maybe after a gallery's buttons
    # ("Expand | Collapse (Photo: Reuters/Peter Macdiarmid) Ampoules containing ..."; a
    # tester's find: read as news, and hard-wrapped, as a heading and a lower-case start)
    r"|(?:(?:Expand|Enlarge|Zoom)(?:\s*\|\s*Collapse)?\s+)?"
    r"\((?:Photo|Image|Picture|Photograph)(?:\s+(?:by|credit|courtesy(?:\s+of)?))?\s*:?\s+[^()\n]{1,60}\)\s"
    # ... or an agency's photo credit, alone or opening the caption ("(AP Photo/Jane
    # Doe)", "(Getty Images) Crowds ..."; a tester's siblings); a wire's "(Reuters)"
    # alone opens a report, and is none
    r"|\((?:(?:AP|AFP|EPA|Xinhua|UPI)\s+Photo\s*/\s*[^()\n]{2,80}|(?:REUTERS|Reuters)\s*/\s*[^()\n]{2,60}"
    r"|Getty\s+Images|[^()\n]{2,40}/\s*Getty\s+Images)\)(?:\s|$)"
    # a credit's label before a name, no sentence ("Credit: Dana Mills for the Herald")
    r"|(?:Photo\s+|Image\s+)?Credits?\s*:(?=[^.!?]{1,60}$)",
    re.IGNORECASE,
)
# "WASHINGTON -", "FENWICK (Harlow News Service) -": a place in capitals, an agency.
_DATELINE = re.compile(
    rf"{UPPER}(?:{UPPER}|[ .,'-]){{2,40}}(?:\([\w .,&'-]{{1,60}}\))?\s*[-—–:]?\s*"
)
# A timestamp or a reading time on its own line: a CMS prints it over or under every
# article ("Published: 14 March 2025, 08:12 GMT", "Updated March 14, 2025 8:12 a.m.
# ET", "Posted on 2025-03-14 by admin", "Last updated: 2 hours ago", "4 min read"). Read
# as article text, such a line lifted a 200-word text by up to 10 points (its digits
# read as figures, its few words as dense content). Dates in every order a CMS writes
# them; a time with or without a zone; "by" and a short name after it.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
_CALENDAR_DATE = (
    r"(?:(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?-i:[A-Z]{2,5})?,?\s*)?"  # 3:45 p.m. EST,
    r"(?:(?:\w+day|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun),?\s+)?"
    rf"(?:{_MONTH}\s+{_ORDINAL},?\s+\d{{4}}|{_ORDINAL}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}))"
)
_CLOCK = (
    r"(?:,?\s*(?:at\s+|[-–—|]\s*|T)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?-i:Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2}))?)?"
)
_AGO = (
    r"(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
    r"years?|[smhdw])\s+ago"
)
_STAMP_LABEL = (
    r"(?:(?:(?:last|first|originally)\s+)?(?:updated|published|posted|modified|edited|reviewed)"
    r"(?:\s+(?:on|at))?|date)\s*:?\s*"
)
# A month and a day with no year, "today" or "yesterday" only after a label ("Updated
# March 14"): alone, "March 4" heads a section of a timeline.
# A clock time alone, too, after a label ("Updated 3:45 p.m. ET"; a new user's find), and
# a weekday before or after it ("Last updated 3:45 p.m. ET Tuesday", "Updated Tue 9:02").
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?"
_LABELLED_ONLY = (
    rf"(?:(?:{_MONTH}\s+{_ORDINAL}|today|yesterday|{_WEEKDAY}){_CLOCK}"
    r"|\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?(?:\s*(?-i:[A-Z]{2,5}))?"
    rf"(?:,?\s+{_WEEKDAY})?)"
)
_STAMP = (
    rf"(?:{_STAMP_LABEL})?(?:{_CALENDAR_DATE}{_CLOCK}|{_AGO})(?:\s+by\s+[\w.'’ -]{{1,40}})?"
    rf"|{_STAMP_LABEL}{_LABELLED_ONLY}"
)
_READING_TIME = (
    r"(?:(?:estimated|est\.?)\s+)?read(?:ing)?\s+time\s*:?\s*\d+\s*(?:min|mins|minutes?)\.?"
    r"|\d+[- ]?(?:min|mins|minutes?)\.?\s+read"
    # an audio player's label: "Listen to this article (3 min)", "Listen to this story, 4:12"
    # (and "Audio: Listen to the story · 5:12", "Listen · 3:45", "Click to listen")
    r"|(?:audio\s*:\s*)?(?:click\s+to\s+)?listen(?:\s+to\s+(?:this\s+|the\s+)?(?:article|story))?"
    r"\s*[(,:|•·–—-]?\s*(?:\d+(?::\d\d)?\s*(?:min|mins|minutes?)?)?\)?\.?"
)
_STAMP_ITEM = rf"(?:{_STAMP}|{_READING_TIME})"
_STAMP_SEPARATOR = r"\s*[|•·,;/–—-]\s*"
# the writer's name may head the line ("Jane Smith · 14 March 2025 · 4 min read")
_STAMP_AUTHOR = rf"(?:by\s+)?{UPPER}[\w'’.-]+(?:\s+{UPPER}[\w'’.-]+){{1,3}}{_STAMP_SEPARATOR}"
_TIMESTAMP = re.compile(
    rf"(?:{_STAMP_AUTHOR})?{_STAMP_ITEM}(?:{_STAMP_SEPARATOR}{_STAMP_ITEM})*\s*$",
    re.IGNORECASE,
)
_CRUMBS = re.compile(r"^[^.!?]{1,120}(?:\s[>»/|]\s[^.!?]{1,40}){2,}$")
# "Home | News | Sport | Subscribe", "About • Contact • Jobs": short items between
# separators, no sentence among them.
# (white space is read from where its run starts: tried from inside a long run, the
# pattern read the rest of it again, and 40,000 spaces took 4 seconds)
_NAV_SEPARATORS = re.compile(r"(?<!\s)\s+[|•·»>/]\s+|(?<!\s)\s+[-–]\s+")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}", re.IGNORECASE)
_READER = re.compile(r"\b(?:you|your|yours|our|us)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…。！？][\"”’')\]」』]*$")
# A link's text does not end in sentence punctuation, a colon or a semicolon.
_LINK_END = re.compile(r"[.!?…。！？:;：,][\"”’')\]」』]*$")
# ... except a headline's: under a related-links heading a question or an exclamation
# ("Is the ring road worth it?") is one more headline, while a full stop, a colon or a
# comma still ends the block (a sentence of the article, a list introduced).
_HEADLINE_END = re.compile(r"[.…。:;：,][\"”’')\]」』]*$")

# Facts: a number that is not a bare year, a weekday, a month with a day or a year, a
# named person reported as saying something.
_NUMBER = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE = re.compile(
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    rf"(?:{_MONTHS})\.?\s+\d{{1,4}}|\d{{1,2}}\s+(?:{_MONTHS})\b)"
)
# Reported speech, whoever speaks ("the publisher said"), and a year after a preposition
# ("since 1998"): news, though not facts for the filler rules (quality.features.sourcing
# counts both).
_REPORTED = re.compile(r"\b(?:said|says|told|according to)\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\b(?:in|since|by|until|from)\s+(?:1[89]|20)\d\d\b", re.IGNORECASE)
_NAME_WORD = rf"{UPPER}{LOWER}+"
_NAMED_SAID = re.compile(
    rf"\b{_NAME_WORD}(?:\s+{UPPER}(?:{LOWER}|['’-])+)+,?\s+"
    r"(?:said|says|told|wrote|added|announced)\b"
    rf"|\b(?:said|says|told)\s+(?:\w+\s+){{0,4}}{_NAME_WORD}\s+{_NAME_WORD}"
)


class ParagraphLabel(NamedTuple):
    start: int
    end: int
    kind: str  # the Document paragraph kind: prose, heading, list_item, table_row
    label: str  # one of LABELS
    reason: str

    def to_dict(self) -> dict:
        return self._asdict()


def label_paragraphs(doc: Document) -> list[ParagraphLabel]:
    """Every paragraph of ``doc`` with its label and reason, in text order (cached)."""
    return doc.memo("paragraph_labels", _label_all)


# The site speaking of itself, as written ("US" is a country): a column that tells its
# reader how to refuse cookies says "you", a banner says "we" and "our partners".
_SITE_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")


def _distinct_phrases(s: str, lexicons: tuple[str, ...]) -> list[str]:
    """The different phrases of ``lexicons`` in ``s``, one per stretch of text: where
    two overlap ("accept all" in "accept all cookies") the longer counts."""
    found = sorted(
        (m.start(), -m.end(), m.group().lower()) for name in lexicons for m in compile_lexicon(name).finditer(s)
    )
    out: list[str] = []
    end = -1
    for start, neg_end, phrase in found:
        if start >= end and phrase not in out:
            out.append(phrase)
        end = max(end, -neg_end)
    return out
# ... and a sentence opening on "Please" asks the reader ("Please consider a donation")
_SITE_VOICE = re.compile(
    r"\b(?:you|your|yours|our|us|we|this (?:article|page|post|site|story|material|content))\b|^please\b"
    # ... or speaks of the page's reading ("Sign up for free to keep reading."; a tester's find)
    r"|\bto (?:keep|continue) reading\b",
    re.IGNORECASE,
)


#: Reasons (``_chrome_reason``) for lines that are the publisher's whatever their form:
#: a call to action is the site's too, in its voice or not ("Don't miss out! Turn on
#: notifications."; measured, one moved an article 10 points).
_PUBLISHERS_LINES = (
    "copyright line",
    "reporting and editing credits",
    "page counter",
    "call to action",
    "author bio",
    "update note",
)

#: The longest paragraph read as a newsroom's update note.
UPDATE_NOTE_MAX_WORDS = 30
#: A newsroom's note that a story is still being reported ("This is a developing story
#: and will be updated.", "Check back for updates."): the publisher's line, not the
#: article's. Read as the article's, its "This" opener cost a wire story 6.6 points (a
#: tester's find, 2026-12-07).
# The note's sentences, each whole: a claim, a place or a name after "developing" is a
# news sentence ("This is a developing situation that could worsen, experts warn.", "This
# report is developing into a scandal": a second tester's finds, 2026-12-07).
_AS_MORE_IS_KNOWN = (
    r"(?:,?\s+(?:as|when) (?:more )?(?:information|details) (?:becomes?|is|are) (?:available|known|released))?"
)
_UPDATE_NOTE_SENTENCE = re.compile(
    r"(?:(?:this|it) is an? (?:developing|breaking)(?: news)? (?:story|situation|report)"
    r"(?:,? and (?:it |this (?:story|article|post|page) )?will be updated" + _AS_MORE_IS_KNOWN + r")?"
    r"|this (?:story|article|post|report|page) (?:is developing|is being updated|has been updated|will be updated)"
    r"(?:,? and (?:it )?will be updated)?" + _AS_MORE_IS_KNOWN +
    r"|(?:we|cnn|ap|reuters|the \w+) will (?:continue to )?update (?:this|the) (?:story|article|post|page|report)"
    + _AS_MORE_IS_KNOWN +
    r"|(?:please )?(?:check back|stay tuned|refresh(?: this page)?)(?: here| soon| later)? for (?:the latest |more |further )?updates"
    r"|(?:more|updates|details)(?: are)? to (?:follow|come)|(?:story|this story) developing|developing story"
    r")[.!]?",
    re.IGNORECASE,
)
#: What may open a note: "Update:", "Editor's note:", "BREAKING:", "Developing:", or a
#: bracket round it all.
_NOTE_LABEL = re.compile(r"^(?:(?:update|updated|editor['’]s note|breaking(?: news)?|developing)\s*:\s*)?", re.IGNORECASE)


def _is_update_note(s: str) -> bool:
    """Whether the paragraph ``s`` is a newsroom's update note, each sentence one whole
    (``_UPDATE_NOTE_SENTENCE``), after a label ("Update:", "BREAKING:") and inside
    brackets if any. The caller keeps one that reports a figure."""
    body = s.strip()
    if body[:1] in "([" and body[-1:] in ")]":
        body = body[1:-1].strip()
    body = body[_NOTE_LABEL.match(body).end() :]
    sentences = split_sentences(body)
    return bool(sentences) and all(_UPDATE_NOTE_SENTENCE.fullmatch(body, a, b) for a, b in sentences)


def is_page_chrome(text: str, p: ParagraphLabel) -> bool:
    """Whether a paragraph is surely the site's, not the article's, so that measuring the
    article may leave it out (quality.reading): labelled boilerplate and either part of a
    related-links block, not a sentence ("Share this article: Facebook Twitter", "Tags:
    energy, apps", a byline, a date), or a sentence in the site's voice ("Sign up for our
    newsletter", "We use cookies", "This article may contain affiliate links"), or a
    photo's caption or credit. A sentence labelled boilerplate for a chrome phrase
    alone stays measured: "The hackers used a stolen password to log in to the system."
    holds "log in to" and reports no figure, but it is news."""
    if p.label != "boilerplate":
        return False
    if p.reason.startswith(("heading of a block of links", "link in the block")):
        return True
    if p.reason == "photo caption or credit":
        # it describes a photo, not the story, and layouts repeat it under the story (a
        # caption written as a sentence was measured: repeated, it counted as a
        # repeated sentence; 38 corpus captions were measured so, 35 on the reliable side)
        return True
    body = text[p.start : p.end]
    if p.reason.startswith(_PUBLISHERS_LINES) and not _REPORTED.search(body):
        return True  # a rights notice, credits, a page counter: the publisher's, sentence or not
    return not is_sentence(body, len(body.split())) or _SITE_VOICE.search(body) is not None


def has_facts(body: str) -> bool:
    """Whether a paragraph reports a figure, a date or a named attribution."""
    for m in _NUMBER.finditer(body):
        if not _YEAR.fullmatch(m.group().rstrip(",.")):
            return True
    return bool(_DATE.search(body) or _NAMED_SAID.search(body))


def is_sentence(body: str, n_words: int) -> bool:
    """Whether a paragraph reads as prose, in any language written with spaces: six
    words or more, at least a third of them in lower case (a title capitalises most of
    its words, a sentence does not), ending like a sentence or long enough (20 words)
    that it must hold one. Text without spaces (Chinese, Japanese) counts by characters:
    40 or more, ending like a sentence."""
    end = bool(_SENTENCE_END.search(body.rstrip()))
    if n_words < 6:
        return end and len(body) >= 40 and not body.isascii() and " " not in body.strip()
    words = body.split()[:100]
    lower = sum(w[0].islower() for w in words)
    return lower >= SENTENCE_LOWER_SHARE * len(words) and (end or n_words >= 20)


class _Para(NamedTuple):
    body: str
    stripped: str
    n_words: int
    sentence: bool
    facts: bool


def _unmarked(body: str) -> str:
    """A paragraph's words without the marks that open or close it: bullets, quote and
    heading marks, rules, and a numbered item's marker ("7. Read more about her" is the
    chrome line "Read more about her"; numbered, a page's related links read as article
    text and moved it 14 points)."""
    body = body.lstrip(" \t")
    end = numbered_item_end(body, 0)
    if end is None:
        marker = MARKER_OPENING.match(body)  # "a) ", "(iv) ", "ii. "
        end = marker.end() if marker else 0
    return body[end:].strip("-*•>|#_ \t")


def _label_all(doc: Document) -> list[ParagraphLabel]:
    text = doc.text
    paras = doc.paragraphs
    placeholders = written_placeholders(doc)
    stock = find_phrases(doc, "stock_phrases")
    broken_rows = set(doc.broken_table_rows)
    info = []
    for para in paras:
        body = text[para.start : para.end]
        n_words = len(body.split())
        unmarked = _unmarked(body)
        info.append(
            _Para(
                body,
                unmarked,
                n_words,
                is_sentence(body, n_words),
                # a paragraph of 400+ words is article text whatever it holds, and
                # searching it for facts costs more than any other rule here; a list
                # item's number is no figure ("1. Stay informed" made a stock
                # "Recommendations for ..." section news; a sibling tester's find)
                has_facts(unmarked) if n_words <= 400 else True,
            )
        )
    decided: list[tuple[str, str] | None] = [None] * len(paras)

    # Whole-paragraph decisions: tables, placeholders, symbols, chrome.
    for i, para in enumerate(paras):
        p = info[i]
        if para.kind == "table_row":
            if para in broken_rows:
                # a table flattened onto one line has short cells between pipes, as a
                # menu has: its delimiter row says what it is
                # a byline is one line alone: rows about it make a table of people
                lone = all(
                    not 0 <= j < len(paras) or paras[j].kind != "table_row" for j in (i - 1, i + 1)
                )
                nav = (
                    None
                    if is_flattened_table(p.body)
                    else _nav_reason(p) or _press_contact(p) or (lone and _pipe_byline(p.stripped)) or None
                )
                decided[i] = (
                    ("boilerplate", nav)
                    if nav
                    else ("artifact", "row of a flattened or broken table")
                )
            else:
                decided[i] = ("content", "row of a well-formed table")
            continue
        inside = _spans_within(placeholders, para.start, para.end)
        if inside:
            found = text[inside[0][0] : inside[0][1]]
            decided[i] = ("artifact", f"template placeholder '{found}'")
            continue
        reason = _chrome_reason(p)
        if reason:
            decided[i] = ("boilerplate", reason)
            continue
        sample = p.body[:400]  # a long paragraph's start tells whether it is words
        if len(p.body) > 3 and sum(map(str.isalpha, sample)) < 0.4 * len(sample):
            decided[i] = ("artifact", "mostly symbols, not words")

    _link_blocks(doc, info, decided)
    _filler(doc, info, decided, stock)
    return [
        ParagraphLabel(para.start, para.end, para.kind, *(d or ("content", "article text")))
        for para, d in zip(paras, decided)
    ]


def _few_sentences_before(s: str, credit: int) -> bool:
    """Whether a caption's text before its credit match (at ``credit``, on the last
    sentence's end or the space before the bracket) holds at most
    CREDITED_CAPTION_MAX_SENTENCES sentences: the breaks between them, plus one."""
    return len(_CAPTION_SENTENCE_BREAK.findall(s, 0, credit)) + 1 <= CREDITED_CAPTION_MAX_SENTENCES


def _chrome_reason(p: _Para) -> str | None:
    """Why a single paragraph is web chrome, or None."""
    s = p.stripped
    if _END_MARK.fullmatch(p.body):
        return "a press release's end mark"
    if not s:
        return None
    if (
        compile_lexicon("chrome_lines", whole_line=True).match(s)
        or _buttons(s)
        or _WIDGET.match(s)
        or _CONSENT_BUTTON_ROW.fullmatch(s)
    ):
        return f"web chrome '{s}'"
    contact = _press_contact(p)
    if contact:
        return contact
    if p.n_words <= CALLS_MAX_WORDS:
        calls = _calls_to_action(s, p.n_words)
        if calls:
            more = f" and {len(calls) - 1} more" if len(calls) > 1 else ""
            return f"call to action '{calls[0]}'{more}"
    if p.n_words <= AUTHOR_BIO_MAX_WORDS and _AUTHOR_BIO.fullmatch(s) and not _bio_reports(s):
        return "author bio"
    if p.n_words <= UPDATE_NOTE_MAX_WORDS and _is_update_note(s) and not has_facts(s):
        return "update note"
    if p.n_words <= CHROME_PHRASE_MAX_WORDS:  # long paragraphs are not searched (cost)
        m = compile_lexicon("chrome_phrases").search(s)
        if m and not _news_despite_phrase(s, m, p):
            return f"web chrome '{m.group()}'"
    if p.n_words <= CONSENT_MAX_WORDS and _SITE_WE.search(s):
        found = _distinct_phrases(s, ("chrome_phrases", "consent_phrases"))
        if len(found) >= max(CONSENT_MIN_PHRASES, p.n_words / CONSENT_WORDS_PER_PHRASE):
            return f"consent or paywall prompt ('{found[0]}' and {len(found) - 1} more)"
        buttons = _CONSENT_BUTTONS.search(s)
        if buttons:
            return f"consent prompt ('{buttons.group().strip()}')"
    if (
        p.n_words <= CREDITED_CAPTION_MAX_WORDS
        and (credit := _BRACKETED_PHOTO_CREDIT.search(s))
        and _few_sentences_before(s, credit.start())
    ):
        return "photo caption or credit"
    if p.n_words > BOILERPLATE_MAX_WORDS:
        return None
    nav = _nav_reason(p)
    if nav:
        return nav
    if not p.sentence:
        m = compile_lexicon("boilerplate").match(s)
        if m and _chrome_opening(s, m):
            return f"web chrome '{m.group()}'"
        if _BYLINE.match(s) or _SIGN_OFF.fullmatch(p.body):
            return "byline on its own"
    if _TIMESTAMP.match(s):
        return "date or reading time on its own"
    if p.n_words <= CAPTION_MAX_WORDS and (
        ((credit := _PHOTO_CREDIT.search(s)) and _few_sentences_before(s, credit.start()))
        or _CAPTION_LABEL.match(s)
    ):
        return "photo caption or credit"
    if (
        _COPYRIGHT.search(s)
        and not (p.sentence and p.facts and not _COPYRIGHT.match(s))
        and not _REPORTED.search(s)  # "Copyright 2024 was a record year, Dan Fox said"
    ):
        return "copyright line"
    if (
        len(s) <= 80
        and _DATELINE.fullmatch(s)
        and (p.body.rstrip().endswith(("-", "—", "–", ":")) or "(" in s)
    ):
        return "dateline on its own"
    return None


# What follows a chrome word that labels a line: a separator ("Photo: ...", "Read more |
# ...", "Advertisement - ...", "Comments (3)").
_LABEL_SEPARATOR = re.compile(r"\s*[:|/>»›•·(\[–—-]")
# A credit after the chrome word ("Photo by Jane Doe", "Image via Getty", "Posted in
# Politics"): names after one of these, nothing in lower case but linking words.
_CREDIT_WORDS = frozenset({"by", "via", "from", "courtesy", "in", "on", "for"})
_NAME_LINKS = frozenset({"of", "and", "the", "for", "&", "/", "-", "–"})
#: A chrome word followed by at most this many words is a label ("Sponsored content",
#: "Newsletter sign-up"); more words make a clause: a headline ("Copyright ruling goes
#: against photo agency") or the start of a sentence.
LABEL_TAIL_WORDS = 2


def _chrome_opening(s: str, m: re.Match[str]) -> bool:
    """Whether a short non-sentence that opens with a word of the boilerplate lexicon
    ("Photo", "Copyright", "Comments", "Advertisement", "Sponsored") is chrome, judged by
    what the rest of the line is, not by the word: nothing, or a count ("Comments (12)");
    a label's separator ("Photo: Getty Images", "Read more: ..."); a credit ("Photo by
    Jane Doe", "Posted in Politics"); words to the reader ("Subscribe for your daily
    briefing"); a word or two ("Sponsored content"). A clause after the word ("Copyright
    ruling goes against photo agency", "Comments by judge signal appeal") makes it a
    headline or the opening of a sentence, news as any other."""
    if m.group().rstrip()[-1:] in ":>»":  # "Photo:", "Tags:", "Home >"
        return True
    rest = s[m.end() :]
    if not any(ch.isalpha() for ch in rest) or _LABEL_SEPARATOR.match(rest):
        return True
    if _READER.search(rest):
        return True
    words = rest.split()
    last = m.group().split()[-1]
    if last.lower() in _CREDIT_WORDS:  # "Image via", "Photo by": the credit goes on
        words = [last, *words]
    # a credit at the end ("by Jane Doe", "from Acme") is dropped: what is left is a
    # label ("Sponsored content from Acme") or nothing ("Photo by Jane Doe")
    for k, word in enumerate(words):
        if word.lower() in _CREDIT_WORDS and all(
            w[0].isupper() or w[0].isdigit() or w[0] == "@" or w.lower() in _NAME_LINKS
            for w in words[k + 1 :]
        ):
            words = words[:k]
            break
    return len(words) <= LABEL_TAIL_WORDS


# A quotation mark that opens (after no word character, before one: '"We', ': ”It',
# "‘We", "« Nous") and one that closes (after a word or its punctuation, before none:
# 'it."', "it,’"); an apostrophe inside a word ("district's") does neither.
_OPENING_QUOTE_MARK = re.compile(r"«|(?<!\w)[\"“”„‘'](?=\w)")
_CLOSING_QUOTE_MARK = re.compile(r"»|(?<=[\w.,!?;:…])[\"“”’'](?!\w)")
#: Words a quotation holds before a chrome phrase for the phrase to be part of what is
#: said: fewer, the marks name a button or a label ('Click "Subscribe" to ...').
QUOTED_WORDS_BEFORE = 3


def _inside_quoted_speech(s: str, start: int) -> bool:
    """Whether ``s[start]`` stands inside a quotation that has run for QUOTED_WORDS_BEFORE
    words or more (the last opening mark before it, in any family, closed by none
    after), in a paragraph that is not that quotation alone. Someone's words, not the
    site's call: '"It is with deep sorrow that I'm writing to share this news," she
    said' was page chrome and left out whole, where "the news" was not (a tester's
    find: 7.6 points for one word). A paragraph that is one quotation and nothing else
    ('"For the latest news, sign up for our newsletter."') says who speaks nowhere:
    a site's line set in marks, as an export wraps every line, is judged as unmarked."""
    openings = list(_OPENING_QUOTE_MARK.finditer(s, 0, start))
    opening = openings[-1] if openings else None
    if opening is None or _CLOSING_QUOTE_MARK.search(s, opening.end(), start):
        return False
    if len(s[opening.end() : start].split()) < QUOTED_WORDS_BEFORE:
        return False
    body = s.strip()
    wholly_quoted = _OPENING_QUOTE_MARK.match(body) is not None and _CLOSING_QUOTE_MARK.match(body, len(body) - 1) is not None
    return not wholly_quoted


#: Signing up or subscribing to something a text names as another's: one thing ("a
#: vaccine", "an appointment") or someone's ("the county's text alerts"). The site's own
#: call names its channels (``_CALL_OBJECT``) or the reader. A tester's find: "• Sign up
#: for a vaccine on the COVID Coach web portal" was removed as the site's line.
_SIGN_UP_FOR_OTHERS = re.compile(
    r"(?:sign\s+up|register|subscribe)\s+(?:for|to)\s+(?:an?\s+(?!free\b|account|membership)|the\s+[\w.-]+['’]s\s)", re.IGNORECASE
)
#: ... or what a public body sends, named after the call ("Sign up for emergency alerts
#: from the county"): a site names itself by its name or "us", not "the county" (a
#: tester's sibling, 2026-12-07).
_FROM_A_PUBLIC_BODY = re.compile(
    # the body's noun after up to three words naming it ("the water district", "the
    # National Weather Service", "the state health department"; a helper's siblings)
    r"[^.!?]{0,60}?\b(?:from|by|through|with)\s+(?:the|your)\s+(?:[\w'’-]+\s+){0,3}?(?:county|city|state|town|"
    r"district|school|schools|agency|department|government|police|ministry|council|service|authority|"
    r"office|commission|board|administration|utility|hospital|clinic|pharmacy|library|province|region)\b",
    re.IGNORECASE,
)


def _news_despite_phrase(s: str, m: re.Match[str], p: _Para) -> bool:
    """Whether a paragraph with a chrome phrase in it is news all the same. A phrase
    opening the paragraph, or a short call to action closing it
    (``_closing_call_to_action``), is judged by what follows it
    (``_news_after_opening``). A phrase inside a sentence is part of what the sentence
    reports: "The ministry said it would subscribe to the convention", "Residents can
    sign up for cleanup shifts, organisers said"; so a paragraph that reports (a fact, a
    year after a preposition, someone saying something) and does not address the reader
    ("join our newsletter") is news."""
    if _attributed_after(s, m.end()) or _attributed_before(s, m.start()) or _how_to_step(s):
        return True
    if _inside_quoted_speech(s, m.start()):
        return True
    if _SIGN_UP_FOR_OTHERS.match(s, m.start()) and not (_CALL_OBJECT.search(s, m.end()) or _READER.search(s)):
        return True  # "Sign up for a vaccine on the state's portal": advice, not the site's call
    if _FROM_A_PUBLIC_BODY.match(s, m.end()) and not _READER.search(s):
        return True  # "Sign up for emergency alerts from the county": the county's
    if _acted_by_subject(s, m) or _THIRD_PERSON_LEAD.search(s, 0, m.start()):
        return True
    closing = m.start() > 0 and _closing_call_to_action(s, m.start())
    sentence = _sentence_start(s, m.start())
    if sentence > 0 and (
        _reports(s[:sentence], any_verb_of_saying=True) or (closing and _prose_before_call(s[:sentence]))
    ):
        # news before a call's sentence keeps the paragraph: "... the city said on
        # Wednesday. Follow us on Twitter for updates." lost its news whole (a new
        # user's find; "Don't forget to follow us ..." and two calls, a tester's); the
        # call's few words are measured with it
        return True
    # a call opening the clause after a short lead-in and a colon opens the paragraph as
    # much ("Never miss a story from the coast: turn on notifications ...", a sibling
    # writer's); whose words they are was asked above (_attributed_before, "Her tip:")
    lead_in = _CALL_LEAD_IN.fullmatch(s, 0, m.start()) is not None
    lead_in = lead_in and len(s[: m.start()].split()) <= CALL_LEAD_IN_MAX_WORDS
    opening = m.start() == 0 or closing or lead_in
    if _READER.search(s):
        return opening and _news_after_opening(s, m, p)
    if p.facts:
        return True
    if opening:
        return _news_after_opening(s, m, p)
    if p.sentence and not _SITE_VOICE.search(s):
        # a sentence with the phrase inside it, in no site's voice: "The hackers used a
        # stolen password to log in to the system." (a fresh user's find)
        return True
    return bool(_REPORTED.search(s) or _YEAR_AFTER.search(s))


#: The words before a colon that may lead in to the site's own call: a slogan to the
#: reader ("Never miss a story from the coast:", "Stay informed:", "Want more?"), one
#: short clause opening on a call of its own; "The advice from police:" leads in to
#: someone else's.
CALL_LEAD_IN_MAX_WORDS = 8
_CALL_LEAD_IN = re.compile(
    r"(?:never|don['’]t|do\s+not|stay|keep|be|get|want|love|enjoy(?:ed)?|like|for\s+(?:more|the\s+latest)"
    r"|to\s+(?:get|stay|keep))\b[^.!?:\n\d]*:\s+",
    re.IGNORECASE,
)


# The verbs that open the chrome phrases a site asks its reader with ("follow us",
# "share this", "subscribe to", "support our journalism"): with a subject of their own
# they are what the subject does, not the site's call (_acted_by_subject).
_CHROME_VERBS = frozenset(
    "follow share sign subscribe log create leave post write add view notify print download turn "
    "support become consider contact get give submit stay enter read like join".split()
)
# A subject right before such a verb, with up to two auxiliaries or adverbs between: a
# pronoun other than the reader ("The dogs follow us everywhere.", "Teachers said they
# support our journalism program.", "I share this view."), or a noun phrase its
# determiner opens ("Our dogs follow us to the beach."). An infinitive's "to" before the
# verb is a request, judged as one ("We asked readers to follow us on Twitter." is the
# site's); "you" is the reader asked ("You can also follow us on Twitter."), and a
# relative clause's verb is no subject's ("The readers who support our journalism ...").
_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:i|he|she|it|we|they)"
    r"|\b(?:the|a|an|these|those|his|her|their|its|my|our|some|many|most|both|all)\s+[^\W\d_][\w'’-]*"
    r"(?:\s+(?!(?:who|that|which)\b)[^\W\d_][\w'’-]*)?)"
    r"(?:\s+(?:also|all|both|often|always|never|still|usually|can|could|will|would|should|might|may|must|do|does|did|don['’]t|didn['’]t))"
    r"{0,2}\s+\Z",
    re.IGNORECASE,
)
# A short lead-in to a colon that names someone else's advice ("Her tip: turn on
# notifications.", "Their advice: sign up for alerts."): theirs, reported, not the site's.
_THIRD_PERSON_LEAD = re.compile(
    r"(?:^|[.!?]\s+)(?:[^\s.?!:]+\s+){0,3}?(?:his|her|their|its)\s+[^\s.?!:]+\s*:\s*[\"“‘']?\s*\Z", re.IGNORECASE
)


# ... or a plural noun opening the sentence, with up to two words before it ("Cats
# follow us home.", "Local businesses support our journalism program.", "Several
# foundations support ..."; a tester's finds), not the reader ("Readers like you ...")
_PLURAL_OPENING = re.compile(
    r"(?:^|[.!?]\s+)(?:[^\W\d_][\w'’-]*\s+){0,2}"
    r"(?!(?:always|sometimes|perhaps|afterwards|besides|nowadays|nevertheless|regardless|unless|this|his|its|has|was|is|does|yes|as)\s)"
    r"[^\W\d_][\w'’-]*[^\Wsu_']s\s+\Z",
    re.IGNORECASE,
)


def _acted_by_subject(s: str, m: re.Match[str]) -> bool:
    """Whether the chrome phrase ``m`` in ``s`` opens on a verb with a subject of its
    own in its sentence (_SUBJECT_BEFORE): what the subject does, not a call to the
    reader (a tester's finds: "The dogs follow us everywhere." was page chrome)."""
    first = m.group().split()[0].lower()
    if first not in _CHROME_VERBS:
        return False
    if _SUBJECT_BEFORE.search(s, 0, m.start()):
        return True
    opening = _PLURAL_OPENING.search(s, 0, m.start())
    return opening is not None and not _READER.search(opening.group()) and not _CALL_LEAD.search(opening.group())


# Where what was said ends and who said it begins: a comma, or a quotation's closing
# punctuation ('...," he said', '...!" the scammers wrote').
_SPEECH_END = re.compile(r"[,!?][\"”’']?\s+")
#: Words after that, up to the verb of saying: a subject ("the campaign", "county officials").
ATTRIBUTION_MAX_WORDS = 4
_NOT_A_SUBJECT = frozenset({"you", "your", "we", "our", "us", "which", "that", "who", "and", "or"})
#: Words after which a verb of saying's form is a noun ("these claims", "my notes").
_DETERMINERS = frozenset(
    "the a an these those this that such my his her its their our your any some no".split()
)


def written_placeholders(doc: Document) -> list[tuple[int, int]]:
    """Spans of ``unquoted_placeholders`` that the text's author wrote: not a chat
    assistant's words that its line reports someone said (``reported``: "I hope this
    helps, the donor wrote.", "HOST: Sure! Here's the weather."). A template slot or a
    generator's label is the author's wherever it stands ('stated [Name], a
    researcher'). One definition for the formatting measurement,
    the paragraph labels and the scorer's generator_leftover flag."""
    return doc.memo(
        "paragraphs:written_placeholders",
        lambda d: [(a, b) for a, b in unquoted_placeholders(d) if _written(d.text, a, b)],
    )


def _written(text: str, start: int, end: int) -> bool:
    """Whether the placeholder at ``text[start:end]`` is the author's (see
    ``written_placeholders``): not the role in a transcript speaker's label ("JANE DOE,
    BYLINE:"), and a slot, a label, a line a document's label opens or words no one is
    reported to have said."""
    line_start = text.rfind("\n", 0, start) + 1
    label = speaker_label(text, line_start)
    if label is not None and end <= label.end():
        return False
    if is_slot_or_label(text[start:end]) or document_label(text, line_start):
        return True
    return not reported(text, start, end)


def reported(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a statement its line attributes to someone:
    on a line a transcript's speaker label opens ("DOE: Sure! Here's the short
    version.", ``speaker_label``), or
    before or after a verb of saying in the same line ("I hope this helps, the donor
    wrote."; "He said follow us on Twitter.")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    a, b = start - line_start, end - line_start
    return speaker_label(text, line_start) is not None or _attributed_after(line, b) or _attributed_before(line, a)


def _attributed_after(s: str, end: int) -> bool:
    """Whether what runs up to ``end`` in ``s`` is a statement attributed to someone
    after it: a comma or a quotation's end, a subject of a few words and a verb of
    saying (lexicon reporting_verbs): '"Follow us on Twitter," he said.', "Sign up for
    alerts, county officials urged.", '"Subscribe to our newsletter!" the scammers
    wrote in the email.' A call to action has no speaker; "Subscribe to our newsletter,
    which tells you ..." has no subject before its verb."""
    brk = _SPEECH_END.search(s, end)
    if brk is None:
        return False
    verbs = _verbs_before_speech()
    previous = ""
    for word in s[brk.end() :].split()[: ATTRIBUTION_MAX_WORDS + 1]:
        word = word.strip(".,;:!?\"”’'").lower()
        # after a determiner a verb of saying's form is its noun: "As an AI language
        # model, I cannot verify these claims." reports nothing (a tester's find: the
        # README's own example of a chat assistant's words went unflagged)
        if word in verbs and previous not in _DETERMINERS:
            return True
        if word in _NOT_A_SUBJECT:
            return False
        previous = word
    return False


# What was said opening after a colon or a comma, a quotation mark or not: "He told
# viewers: follow us on Twitter."
_SPEECH_START = re.compile(r"(?:[:,]|\s[—–-])\s*[\"“‘']?\s*\Z")
# words before a verb of saying that are no subject of a report: an imperative's
# reader ("Tell us:", "Please tell us,", "Don't forget to tell friends:") or an
# adverb ("As we always say:"; a tester's finds)
_NO_SPEAKER = frozenset(
    "please you just so and then to always also never as ever do don't don’t will would can".split()
)
# ... and verbs that report what a post or a page said ("The account posted:", "Her
# final tweet read:"), verbs of saying only here
_POSTED = frozenset({"posted", "read", "reads", "captioned", "stated"})
# ... and how it was said ("He shouted follow us on Twitter.", '"Follow us," he
# yelled.'; a sibling writer's finds)
_CRIED = frozenset(
    "shouted yelled screamed pleaded chanted cried begged whispered muttered murmured mumbled roared hissed".split()
)
# A request reported with its infinitive: "He urged fans to follow us on Twitter.",
# "The candidate asked the crowd of 3,000 supporters to follow us." (a sibling writer's)
_REQUESTED_BEFORE = re.compile(
    r"\b(?:urged|asked|told|begged|encouraged|invited|reminded|implored|ordered|instructed|called\s+on)"
    r"\s+(?:[^\s.!?]+\s+){0,6}?to\s+\Z",
    re.IGNORECASE,
)


def _attributed_before(s: str, start: int) -> bool:
    """Whether what runs from ``start`` in ``s`` is a statement attributed to someone
    before it: a subject, a verb of saying (lexicon reporting_verbs) within
    ATTRIBUTION_MAX_WORDS words of the colon or comma that opens the statement ("He
    told viewers: follow us on Twitter.", 'The ad said, "Subscribe now."'; a tester's
    find: it was page chrome). An imperative has no subject ("Tell us: follow us on
    Twitter." stays a call to action)."""
    if _REQUESTED_BEFORE.search(s, 0, start) and not _SITE_WE.search(s, 0, start):
        return True
    raw = s[:start].split()
    words = [w.strip(".,;:!?\"“”’'—–-").lower() for w in raw]
    verbs = _verbs_before_speech()
    if _SPEECH_START.search(s, 0, start) is None and not (words and raw[-1].lower() == words[-1] and words[-1] in verbs):
        return False  # nor right after the verb, unpunctuated ("He said follow us on Twitter.")
    for k in range(len(words) - 1, max(-1, len(words) - 2 - ATTRIBUTION_MAX_WORDS), -1):
        if words[k] in verbs:
            if k == 0 or raw[k - 1][-1:] in ".!?:," or words[k - 1] in _NO_SPEAKER:
                return False
            # the site speaking of itself ("Our editors say:") is no report
            return _SITE_WE.search(" ".join(raw[max(0, k - ATTRIBUTION_MAX_WORDS) : k])) is None
    return False


@cache
def _reporting_verbs() -> frozenset[str]:
    return frozenset(p for p in load("reporting_verbs") if " " not in p)


@cache
def _verbs_before_speech() -> frozenset[str]:
    """Verbs that report a statement on either side of them: of saying (lexicon
    reporting_verbs), of a post or a page (_POSTED), of how it was said (_CRIED)."""
    return _reporting_verbs() | _POSTED | _CRIED


# a sentence's end before the next one's first word: "Don't miss out! Turn on ..."
_BEFORE_NEXT_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*\s+[\"“‘'(\[]*\Z")


#: A chrome phrase opening a paragraph's later sentence is read as a call to action
#: only when what runs from it to the paragraph's end holds this many words at most:
#: "Don't miss out! Turn on notifications." is chrome, while "The feature drew
#: complaints. Turn on notifications and the app sends a dozen alerts a day, reviewers
#: wrote." is news (a tester's find).
CLOSING_CALL_MAX_WORDS = 8


#: Prose before a closing call keeps its paragraph when it runs to this many words, in
#: no site's or reader's voice: "This could potentially be a turning point. Experts warn
#: ... Follow us for more." is the article's hedging with a call tacked on (a tester's
#: edit hid it from the score: +33 points), while a teaser ("Don't miss out!", "Want
#: more stories like this in your inbox?") is the call's own.
PROSE_BEFORE_CALL_MIN_WORDS = 15


def _prose_before_call(head: str) -> bool:
    n_words = len(head.split())
    return (
        n_words >= PROSE_BEFORE_CALL_MIN_WORDS
        and is_sentence(head, n_words)
        and not _SITE_VOICE.search(head)
        and not _READER.search(head)
    )


def _closing_call_to_action(s: str, start: int) -> bool:
    """Whether the chrome phrase at ``s[start]`` (start > 0) opens a short last part of
    the paragraph after a sentence's end: a call to action after a teaser ("Don't miss
    out! Turn on notifications.", "Want more? Sign up for alerts."). Not in a copyright
    notice, whose "All rights reserved." the copyright rule names a publisher's line."""
    return (
        _BEFORE_NEXT_SENTENCE.search(s, 0, start) is not None
        and len(s[start:].split()) <= CLOSING_CALL_MAX_WORDS
        and not _COPYRIGHT.search(s)
    )


def _sentence_start(s: str, at: int) -> int:
    """Where the sentence holding ``s[at]`` starts: after the last sentence end before it."""
    last = 0
    for brk in _SENTENCE_BREAK.finditer(s, 0, at):
        last = brk.end()
    return last


def _reports(s: str, *, any_verb_of_saying: bool = False) -> bool:
    """Whether ``s`` reports news and does not address the reader: a fact, a year after
    a preposition or someone saying something. With ``any_verb_of_saying`` (whole
    sentences, before a call's), someone other than the site having said it in another
    verb ("..., officials announced.", "Officials confirmed the closure."; only "said"
    and "told" had counted, a tester's find); not after a chrome phrase, where a
    participle is no report ("Click here to see a map of confirmed cases")."""
    if _READER.search(s):
        return False
    if _REPORTED.search(s) or _YEAR_AFTER.search(s) or has_facts(s):
        return True
    if not any_verb_of_saying:
        return False
    words = re.findall(r"[A-Za-z]+", s)
    # someone other than the site said it: "We will reopen the pool, the mayor
    # announced." reports; "We noted your feedback." is the site's own past
    return any(
        w.lower() in _past_verbs_of_saying() and (i == 0 or words[i - 1].lower() not in _FIRST_PERSON)
        for i, w in enumerate(words)
    )


_FIRST_PERSON = frozenset({"we", "i"})


@cache
def _past_verbs_of_saying() -> frozenset[str]:
    """The verbs that report a statement (``_verbs_before_speech``, and "declared",
    "replied") in the past tense: "announced", "confirmed", "wrote", "shouted". A
    present one ("suggests", "believe") tells no event."""
    verbs = _verbs_before_speech() | {"declared", "replied", "responded", "reported"}
    return frozenset(v for v in verbs if v.endswith("ed") or v in {"said", "told", "wrote"})


def _news_after_opening(s: str, m: re.Match[str], p: _Para) -> bool:
    """Whether a chrome phrase that opens the paragraph or its short last part (the
    caller's test) only opens a news sentence: "Follow us on the ministry
    website, officials said, where the rules were published on Tuesday", "Subscribe to
    the print edition, which has carried the results since 1998, the publisher said".
    An imperative reads as a call to action and as the start of a sentence alike, so
    the opening phrase itself is no evidence (its "us" addresses nobody); the rest of
    the paragraph decides: it reports news (a fact, a year after a preposition, someone
    saying something) and does not address the reader. A short, link-like line ("Follow
    us on Twitter") is chrome whatever follows."""
    if _link_like("prose", p):
        return False
    # "Subscribe to our newsletter ... on Friday" addresses the reader: a call to action
    return _reports(s[m.end() :])


#: A call to action (``_call_to_action``) has at most this many words, its teaser
#: included: the calls of the field cases and the testers' siblings run to 3 to 12
#: ("Want more news like this? Sign up for alerts.").
CALL_MAX_WORDS = 16
# The reader's lead-in to a call: "Please", "Be sure to", "Don't forget to", "You can
# also", "Why not" (a tester's finds: "Be sure to like us on Facebook." was the article's)
_CALL_LEAD_WORDS = (
    r"(?:(?:please|be\s+sure\s+to|make\s+sure\s+(?:to|you)|don['’]?t\s+forget\s+to|remember\s+to|why\s+not"
    r"|feel\s+free\s+to|you\s+can(?:\s+also)?)\s+)"
)
_CALL_LEAD = re.compile(_CALL_LEAD_WORDS, re.IGNORECASE)
# What a site asks its reader to do, as an imperative opening the call: subscribe,
# switch on alerts, share, listen, follow, download ("Please" may come first). The verbs
# of the page, not of a report: whether a line with one is a call is decided by what
# it asks for (_CALL_OBJECT).
_CALL_VERB = (
    rf"(?:{_CALL_LEAD_WORDS})?"
    r"(?:sign\s+up|subscribe|turn\s+on|switch\s+on|enable|allow|share|pass\s+(?:it|this)\s+(?:along|on)"
    r"|forward|send|listen|hear|tap|press|click|follow|download|install|get|join|like|watch|play|tweet|retweet|repost|upvote|rt|hit\s+(?:like|share)|print"
    # "comment" and "type" only as a call for agreement ("Type amen if you agree.")
    r"|(?:comment|type)(?=\s+\S+\s+if\s+(?:you|u)\b)"
    r"|consider|donate|check\s+out|sign\s+in|log\s+in|register|bookmark|save|read|never\s+miss|don['’]?t\s+miss"
    # where the site is found, and its paywall ("Find us on Instagram.", "Connect with
    # us on LinkedIn.", "Unlock unlimited access."; a tester's siblings)
    r"|find|connect(?:\s+with)?|stay\s+(?:connected|in\s+touch)|unlock|upgrade|start(?=\s+(?:your\s+|a\s+)?(?:free\s+)?(?:\d+[- ]day\s+)?(?:free\s+)?(?:trial|subscription))"
    # ... and support and trials in so many words ("Give today.", "Chip in $5.", "Try
    # it free for 30 days."; a tester's finds), not "Give your friends a hug."
    r"|give(?=\s+(?:now|today|what\s+you\s+can)\b)|(?:chip|pitch)\s+in|try(?=\s+(?:it|us)\s+(?:for\s+)?free\b))\b"
)
# ... and what it asks for: the site's channels, the reader's networks, the page itself
# ("Enable push alerts", "Pass it along on Twitter", "Tap to listen", "Listen to this
# report", "Play audio", "Send us your tips", "Tweet this"), or support ("Consider
# donating"). A call asks for one of these; "Share the burden." or "Read the budget."
# in a column asks for none and stays the writer's sentence.
_CALL_OBJECT = re.compile(
    r"\b(?:notifications?|alerts?|push|newsletters?|updates|app|podcasts?|episodes?|audio|video|"
    r"facebook|twitter|whatsapp|instagram|linkedin|telegram|tiktok|youtube|bluesky|on\s+x|e-?mail|inbox|"
    r"friends|us|our|to\s+(?:listen|play|watch|hear|unmute)"
    r"|(?:unlimited|digital|full|premium|ad-free)\s+access|free\s+(?:\d+[- ]day\s+)?trial|\d+[- ]day\s+(?:free\s+)?trial|subscriptions?|subscribers?"
    r"|(?:this|the\s+full)\s+(?:story|article|report|episode|piece|post|page|interview))\b",
    re.IGNORECASE,
)
# what a reader is asked to spread or approve, and on what
_SPREAD = r"(?:share|retweet|repost|forward|like|upvote|rt|comment(?:\s+below)?|type\s+[\"“']?\w+[\"”']?)"
# "Retweet now if you agree!", "If you agree, share this today!" (a sibling writer's)
_NOW = r"(?:now|today)\b\s*"
_AGREEING = r"(?:agree(?:\s+with\s+(?:this|it|me|us))?|care|feel\s+the\s+same|liked\s+(?:it|this)|enjoyed\s+(?:it|this)|(?:love|support)\s+\w+)"
# ... and what the reader who disagrees may do instead ("..., ignore if you don't.")
_UNLESS = (
    r"(?:\s*[,;.!]?\s*(?:(?:and|or)\s+)?(?:ignore|scroll(?:\s+(?:on|past))?|skip|move\s+on)\s+(?:(?:it|this)\s+)?"
    r"if\s+(?:you|u)\s+(?:don['’]?t|do\s+not|disagree)\b)?"
)
# The reader's agreement asked for: "Retweet if you agree!", "Like and share if you
# care.", "Share if you agree, ignore if you don't." Only agreement: "Share if you know
# anything." or "Forward if you suspect fraud" is advice an article gives (a tester's
# finds).
_AGREEMENT_CALL = (
    rf"(?:please\s+)?(?:hit\s+)?{_SPREAD}\s+(?:(?:and|&)\s+{_SPREAD}\s+)?(?:this\s+|it\s+)?(?:{_NOW})?"
    rf"if\s+(?:you|u)\s+{_AGREEING}{_UNLESS}\W*"
)
# ... or the page's player, or the page, with no object at all: "Listen now", "Watch now
# · 3:02", "Subscribe now for $1 a week", "Tweet this", "Print this". Not "Get tested now", "Download
# the update now" or "Read this." in a column (a tester's finds).
_BARE_CALL = re.compile(
    r"(?:(?:listen|watch|play)\s+now\b[^a-z]*|subscribe\s+(?:now|today)\b.*|(?:tweet|retweet|repost|share|print|bookmark)\s+this\b\W*"
    # ... or support, with nothing after it ("Donate today.", "Please donate.", "Please
    # consider donating.")
    r"|(?:please\s+)?(?:donate|consider\s+(?:donating|a\s+donation|subscribing))(?:\s+(?:now|today|here))?\W*"
    r"|(?:(?:please\s+)?give\s+(?:now|today|what\s+you\s+can(?:\s+(?:now|today))?)|(?:chip|pitch)\s+in(?:\s+\$?\d+)?(?:\s+(?:now|today))?)\W*"
    r"|consider\s+(?:becoming\s+a\s+(?:member|subscriber|supporter)|joining\s+us)(?:\s+(?:now|today))?\W*"
    # ... or a sign-up or the page passed on with nothing else ("Sign up here.", "Pass it on.")
    r"|(?:sign\s+up|register|join)\s+(?:here|now|today)\W*|pass\s+(?:it|this)\s+(?:on|along)\W*"
    # ... or a button's word as a sentence ("Donate. Share. Subscribe."; a tester's find)
    r"|(?:subscribe|share|donate)\W*"
    r"|try\s+(?:it|us)\s+(?:for\s+)?free(?:\s+for\s+(?:\d+|a|one|two|three|seven|thirty)\s+(?:days?|weeks?|months?))?\W*"
    rf"|{_AGREEMENT_CALL})",
    re.IGNORECASE,
)
# ... and the agreement call alone, which may hold a comma, or with its condition first
# ("If you agree, retweet.", "If you agree, share this!"), opening on no verb
_AGREEMENT = re.compile(
    rf"{_AGREEMENT_CALL}"
    rf"|if\s+(?:you|u)\s+{_AGREEING}\s*,?\s+(?:please\s+)?{_SPREAD}(?:\s+(?:this|it))?(?:\s+{_NOW})?{_UNLESS}\W*",
    re.IGNORECASE,
)
# A how-to's step names where to do it on a device or which button to press ("Enable
# notifications in Settings.", 'Click “send” to send your message to Facebook.'): an
# instruction the article gives, not a call the site makes (a tester's finds).
_HOW_TO_STEP = re.compile(
    r"\b(?:in|under|from|via|through|on)\s+(?:the\s+|your\s+)?(?:[\w'’]+\s+){0,2}"
    r"(?:settings|preferences|menu|control\s+panel|toolbar|options)\b"
    r"|\b(?:click|tap|press|select|choose|hit)\s+(?:on\s+)?(?:the\s+)?(?:[\"“‘'«]|(?-i:[A-Z])\w*\s+(?:to|and|button)\b)",
    re.IGNORECASE,
)
# ... unless it asks for the site's own channel ('Press "Allow" to get our alerts!',
# "Enable notifications in your browser settings to never miss a story!"; a tester's)
_SITES_OWN = re.compile(r"\b(?:our|us|never\s+miss|don['’]?t\s+miss)\b", re.IGNORECASE)


def _how_to_step(s: str) -> bool:
    """Whether ``s`` is an instruction the article gives (_HOW_TO_STEP), not the site's."""
    return _HOW_TO_STEP.search(s) is not None and _SITES_OWN.search(s) is None
# A label a player or a page puts before its call ("Audio: Hear the full report").
_CALL_LABEL = r"(?:audio|podcast|video|listen|watch|newsletter|alerts?)\s*:"
# ... or a short lead-in to a colon in the site's voice ("Tell us: like us on
# Facebook.", "One more thing: join us on Facebook."), unless it is a report's speaker
# and verb ("He told viewers: ..."; checked by _attributed_before). Without the site's
# voice it is the article's advice ("Step 3: Download the app.").
_SHORT_LEAD = r"(?:[^\s.?!:]+\s+){0,3}[^\s.?!:]+\s*:"
# A call, alone or after a teaser: a short question or exclamation to the reader
# ("Don't miss out!", "Found this useful?") or a player's label. The call is one
# sentence (a period inside a number aside) with no aside or attribution after a
# comma, a dash or a bracket ("Download the app, the NHS urges."; "Enable push alerts
# (the ministry's advice)."), as is what a report says someone asked for.
_CALL_TO_ACTION = re.compile(
    rf"(?:(?P<teaser>[^.?!:\n]{{1,80}}[?!]+|{_CALL_LABEL}|{_SHORT_LEAD})[\"”’')]*\s+)?"
    rf"(?P<call>{_CALL_VERB}(?:[^.?!\n,;()–—-]|(?<=\d)[.,](?=\d)|(?<=\w)-(?=\w)|-(?=\s*\d)|\((?=\d))*[.?!…]*[\"”’')]*)\s*",
    re.IGNORECASE,
)
# A teaser asks the reader: no wh-question about others ("What should residents do?")
# and, in teaser or call, nobody in the third person ("Her advice to parents?
# Download the app.", "Enable push alerts on their phones.").
_NOT_A_TEASER = re.compile(r"^\W*(?:what|how|why|who|whom|where|when|which)\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"\b(?:he|she|they|them|their|his|her|its)\b", re.IGNORECASE)


#: A paragraph of calls to action only (``_calls_to_action``) has at most this many
#: words: three calls of CALL_MAX_WORDS ("Like us on Facebook. Donate today. Share if
#: you agree." read as the article's when its calls shared one paragraph: +3.1 points).
CALLS_MAX_WORDS = 3 * CALL_MAX_WORDS
# where one sentence ends and the next begins, its closing marks kept with it
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"”’')]*\s+")


def _bio_reports(s: str) -> bool:
    """Whether a paragraph shaped as an author's bio (``_AUTHOR_BIO``) reports news: a
    statement attributed ("..., the editor said"), a verb of saying, or a day."""
    return _attributed_after(s, 0) or bool(_REPORTED.search(s) or _DAY_TOLD.search(s))


def _calls_to_action(s: str, n_words: int) -> list[str]:
    """The calls, if the paragraph ``s`` of ``n_words`` words is one call to action (of
    CALL_MAX_WORDS at most) or several in a row (``_call_to_action``), each alone or
    after its teaser ("Enjoyed this? Find us on Instagram. Donate today."); else an
    empty list. A sentence that is no call, or a teaser with no call after it, makes
    the paragraph the article's."""
    call = _call_to_action(s) if n_words <= CALL_MAX_WORDS else None
    if call:
        return [call]
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(s) if m.end() < len(s)]
    cuts = [0, *ends, len(s)]
    calls: list[str] = []
    i = 0
    while i < len(cuts) - 1:
        # a call alone, or a teaser and its call
        for j in (i + 1, i + 2):
            call = _call_to_action(s[cuts[i] : cuts[j]]) if j < len(cuts) else None
            if call:
                calls.append(call)
                i = j
                break
        else:
            return []
    return calls if len(calls) > 1 else []


def _call_to_action(s: str) -> str | None:
    """The call, if the short paragraph ``s`` is a call to action: an imperative that
    asks for one of the site's channels, the reader's networks or the page itself
    (_CALL_VERB, _CALL_OBJECT), of up to CLOSING_CALL_MAX_WORDS words, alone or after a
    teaser ("Never miss a story! Enable push alerts.", "Found this useful? Pass it
    along on Twitter.", "Tap to listen", "Audio: Hear the full report · 7:40"). Judged
    by kind, not by listed phrases: the testers' siblings of each listed call were
    missed. Not a sentence of the article: a call with an aside or an attribution
    ("Enable push alerts, police say."), a teaser that asks about others or a call
    about them, or one in a paragraph that reports a request ("said")."""
    if _AGREEMENT.fullmatch(s):
        return s.strip()
    m = _CALL_TO_ACTION.fullmatch(s)
    if m is None or _REPORTED.search(s) or _THIRD_PERSON.search(s) or _how_to_step(s):
        return None
    teaser, call = m.group("teaser"), m.group("call").strip()
    if teaser and (_NOT_A_TEASER.match(teaser) or _attributed_before(s, m.start("call"))):
        return None
    if _FROM_A_PUBLIC_BODY.search(call) and not _READER.search(call):
        return None  # "Sign up for emergency alerts from the county": the county's
    if (
        teaser
        and teaser.endswith(":")
        and not re.fullmatch(_CALL_LABEL, teaser, re.IGNORECASE)
        and not _SITE_WE.search(s)
        # support asked for with nothing after it is the site's after any lead-in
        # ("One more thing: donate today."; a tester's find)
        and not _BARE_CALL.fullmatch(call)
    ):
        return None  # "Step 3: Download the app.", "Tip: Turn on notifications ...": the article's advice
    # the reader's lead ("You can also", "Don't forget to") is no part of the call's length
    lead = _CALL_LEAD.match(call)
    n_words = len(call[lead.end() if lead else 0 :].split())
    if n_words > CLOSING_CALL_MAX_WORDS:
        return None
    return call if _CALL_OBJECT.search(s) or _BARE_CALL.fullmatch(call) else None


#: An author's bio (``_AUTHOR_BIO``) has at most this many words: the two sentences of
#: the testers' bios ran to 10 to 25.
AUTHOR_BIO_MAX_WORDS = 40
# A writer's bio closing an article: who the writer is, as a journalist ("Jane Doe is
# a reporter at the Herald.", "Jane Doe covers politics.", "Jane Doe has covered health
# since 2010.") and where to reach them ("Follow her on Twitter @janedoe.", "She can be
# reached at ...", "Email: ..."). The site's line about its writer, as credits are; its
# call in the third person is none of _call_to_action's (a tester's find). A paragraph
# about anyone else ("Rosa Diaz is the new police chief. Reach her at the city hall
# office.") is news: the first draft read any role and any place to reach as a bio.
_JOURNALIST = (
    r"(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|"
    r"photographer|blogger|freelancer|author)s?"
)
_BIO_NAME = rf"{UPPER}[\w.'’-]*(?:\s+{UPPER}[\w.'’-]*){{0,3}}"
# ... not of another trade's editors and producers ("a book editor at Penguin", "a film
# producer"; a sibling writer's finds)
_OTHER_TRADE = r"(?<!\bbook\s)(?<!\bfilm\s)(?<!\bmovie\s)(?<!\bmusic\s)(?<!\brecord\s)(?<!\bfashion\s)"
_WHO_WRITES = (
    rf"{_BIO_NAME}(?:,[^,.!?]{{1,80}},)?\s+(?:"
    rf"(?:is|was)\s+[^.!?]{{0,80}}?\b{_OTHER_TRADE}{_JOURNALIST}\b"
    r"|(?:covers|writes\s+(?:about|on|for)|reports\s+(?:on|for)|has\s+(?:covered|reported|written))\b"
    r")(?:[^.!?]|\.(?=\S))*[.!?]"
)
_WHERE_TO_REACH = (
    r"(?i:(?:you\s+can\s+)?(?:follow|find|email|e-mail|contact|reach)\s+(?:him|her|them|(?-i:[A-Z])\w+)\s+(?:on|at|via|@)"
    r"|(?:he|she|they)\s+can\s+be\s+(?:reached|contacted|found)\s+(?:on|at|via)"
    r"|(?:e-?mail|twitter|x|instagram|contact)\s*:"
    # ... and the siblings a writer found missed: "Send tips to ...", "Write to him at
    # ...", "Her X handle is @...", "Got a tip? Email ..."
    r"|send\s+(?:your\s+)?(?:news\s+)?(?:tips|story\s+ideas)\s+to|write\s+to\s+(?:him|her|them)\s+at"
    r"|(?:his|her|their)\s+(?:x|twitter|instagram|threads|bluesky)\s+handle\s+is|got\s+a\s+tip\?\s*(?:e-?mail|contact|write))"
    r"(?:[^.!?]|\.(?=\S))*[.!?]?(?:\s+@\w+)?"
)
# ... with up to two sentences more between them ("She joined the paper in 2015."; a new
# user's find), or under a label that says whose bio it is ("About the author: Jane Doe
# covers transport for the Post.")
_BIO_SENTENCE = r"\s+(?:[^.!?]|\.(?=\S))+[.!?]"
_BIO_LABEL = r"(?i:about\s+the\s+(?:author|writer|reporter)s?)\s*[:.—–-]?\s*"
# ... or an opinion page's line on its writer, who needs no journalist's role ("The
# author is a professor of history at Yale. Follow him @histprof."), with where to
# reach them: "The writer is best known for her novels." alone is a review's
_THE_AUTHOR = r"the\s+(?:author|writer)\s+is\s+(?:[^.!?]|\.(?=\S))+[.!?]"
_AUTHOR_BIO = re.compile(
    rf"{_WHO_WRITES}(?:{_BIO_SENTENCE}){{0,2}}\s+{_WHERE_TO_REACH}"
    rf"|(?i:{_THE_AUTHOR})(?:{_BIO_SENTENCE}){{0,2}}\s+{_WHERE_TO_REACH}"
    rf"|{_BIO_LABEL}{_WHO_WRITES}(?:{_BIO_SENTENCE}){{0,2}}(?:\s+{_WHERE_TO_REACH})?"
)
# An event in a bio-like paragraph makes it news ("She was arrested in Minsk on Monday.",
# "He was fired on Friday.", "... on March 3."; sibling writers' finds): a bio tells no
# day (a year it may: "She joined the paper in 2015.").
_DAY_TOLD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
    r"|(?:this|last)\s+(?:week|month)"
    rf"|{_MONTH}\s+\d{{1,2}})\b",
    re.IGNORECASE,
)


# "Page 2 of 3", "Page 2/3": a paginated article's counter
_PAGE_COUNT = re.compile(r"[\W_]*page\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}[\W_]*", re.IGNORECASE)
# A wire story's credits on their own line: "(Reporting by Jane Doe; Editing by Mark
# Heinrich)", "Additional reporting by ...", "Writing by ...; editing by ..." (Reuters
# and AP style). Who wrote and edited the story, not what it reports.
_CREDITS = re.compile(
    r"\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|research)"
    r"(?:\s+and\s+\w+ing)?\s+by\s+(?-i:[A-Z])[^()]{0,300}\)?\.?"
    # AP: "Associated Press writer Carla Ruiz in Madrid contributed to this report."
    r"|[^.!?]{0,200}\bcontributed\s+(?:to\s+)?this\s+(?:report|story|article)\.?"
    # ... and "Dana Mills contributed reporting." (NYT style; a new user's find)
    r"|[^.!?]{0,200}\bcontributed\s+(?:additional\s+)?reporting(?:\s+(?:from|in)\s+[^.!?]{1,60})?\.?",
    re.IGNORECASE,
)
# ... told from a sentence ("Reporting by the BBC found ...") by what only credits
# have: parentheses around them, two credits joined by ";", an editor or "additional"
_CREDITS_MARK = re.compile(
    r"^\(.*\)\.?$|;|editing\s+by\s+(?-i:[A-Z])|^additional\s|contributed\s+(?:to\s+)?this|contributed\s+(?:additional\s+)?reporting",
    re.IGNORECASE,
)


# The marks a wire service ends a press release with ("###", "# # #", "-30-", and the
# British "ENDS", "-END-" in capitals): alone on a line, they read as article text or
# as symbols.
_END_MARK = re.compile(r"\s*(?:#\s?#\s?#|-\s?30\s?-|[-–—]?\s?ENDS?\s?[-–—]?)\s*")
# A press release's contact line, its label and the details after it ("Media Contact:
# Dana Whitcombe, dana@harwick.org, 555-0142"; a tester's find); the label alone is a
# chrome line (lexicon chrome_lines)
# (a colon, a dash or a bar after the label: "Media Contact - Tobias Renn, ...")
# (or "For further information, please contact:", and a contact block's lines of detail:
# "Tel: 01632 960 118", "Email: press@..."; a sibling writer's finds)
_PRESS_CONTACT = re.compile(
    r"(?:media|press|news)\s+(?:contacts?|inquiries|enquiries)\s*[:|–—-]"
    r"|for\s+(?:further|more)\s+(?:information|details|info)\s*,?\s*(?:please\s+)?(?:contact|call|e-?mail)\b[^.?!]*?:"
    r"|(?:(?:tel|telephone|phone|mobile|cell|fax|e-?mail|web(?:site)?)\s*:|tel\.)\s*(?:\+|\(?\d|\S+@|www\.|https?:)",
    re.IGNORECASE,
)
#: ... of at most this many words: a name, a title, an e-mail address and a phone number
#: or two (the testers' lines ran to 5 to 12).
PRESS_CONTACT_MAX_WORDS = 25


def _press_contact(p: _Para) -> str | None:
    """The reason, if ``p`` is a press release's contact line (``_PRESS_CONTACT``), with
    its details between commas or bars ("... | press@... | 555-0142")."""
    if p.n_words <= PRESS_CONTACT_MAX_WORDS and _PRESS_CONTACT.match(p.stripped):
        return "a press release's contact"
    return None


# A page's loader or feedback widget, in any of its wordings ("Loading more comments...",
# "Load more stories", "Was this story useful? Yes No", "Did you find this page
# helpful?"): the listed lines missed a sibling writer's siblings of each.
_WIDGET = re.compile(
    r"(?:loading|load)(?:\s+more)?\s+(?:comments|stories|articles|posts|results|news)\W*$"
    r"|(?:was\s+this|did\s+you\s+find\s+this)(?:\s+(?:article|story|page|post|piece|information))?"
    r"\s+(?:helpful|useful)\s*\?"
    # ... its answer buttons on a line of their own ("Yes No", "Yes / No", "👍 👎"), a
    # rating ("Rate this article: ★★★★★"), the comments' toggle ("Show comments (23)",
    # "View all 12 comments") and the page's error report ("Spotted a mistake? Report an
    # error"): a sibling writer's finds
    r"|yes\s*[/|]?\s*no\s*$|[\U0001F44D\U0001F44E\s\uFE0F]+$"
    r"|rate\s+this\s+(?:article|story|page|post|piece)\b[\s:]*[★☆✩⭐*\d/.\s]*$"
    r"|(?:show|view|see|hide|read|open)\s+(?:all\s+)?(?:\d+\s+)?comments\s*(?:\(\d+\))?\W*$"
    r"|(?:spotted|found|see|noticed?)\s+(?:a|an)\s+(?:mistake|error|typo)\s*\?\s*"
    r"(?:report\s+(?:it|an?\s+(?:error|mistake|typo|correction))|let\s+us\s+know|tell\s+us|contact\s+us)?\W*$"
    r"|report\s+an?\s+(?:error|mistake|typo|correction)\W*$",
    re.IGNORECASE,
)


#: A paragraph of at most this many words may be a row of buttons (``_buttons``).
BUTTONS_MAX_WORDS = 6


#: What a page's buttons say, one word each: sharing, the reader's account, support.
#: Not a menu's words ("More", "Jobs", "Top"), which head an article's sections too.
_BUTTON_WORDS = frozenset(
    "share shares tweet email e-mail print subscribe donate follow reply comment comments save "
    "like login logout register search menu copy link facebook twitter whatsapp linkedin "
    "pinterest reddit telegram messenger".split()
)


def _buttons(s: str) -> bool:
    """Whether ``s`` is a row of buttons: two to BUTTONS_MAX_WORDS words, each one of
    ``_BUTTON_WORDS``, whatever stands between them ("Share, Tweet, Email", "Print.
    Email. Share.", "Donate Share Subscribe"; a tester's finds)."""
    words = re.split(r"[\s,.;:|/•·]+", s.strip(" ,.;:|/•·")) if len(s) < 80 else []
    return 2 <= len(words) <= BUTTONS_MAX_WORDS and all(w.lower() in _BUTTON_WORDS for w in words)


def _pipe_byline(s: str) -> str | None:
    """"byline on its own" for a line of pipe-separated parts that is one: a writer's
    name (after "By" or not), then a role or a date in each part ("Jane Doe | Staff
    Writer | Dec. 5, 2017"). Read as a broken table's row, such a line cost an article
    4.9 points (a tester's find); with one pipe it was a byline already."""
    parts = [part.strip() for part in s.strip().strip("|").split("|")]
    if not 2 <= len(parts) <= 4 or not _PIPE_BYLINE_NAME.fullmatch(parts[0]):
        return None
    # each part after the name a role, an outlet or a date; one of them a writer's role
    # or a date ("Jane Doe | The Eastgate Herald | Dec. 5, 2017"), so that a table's
    # row of names and places ("Jane Doe | 34 | Ohio") is none
    said = [bool(_ROLE_NOUN.search(part) or _TIMESTAMP.match(part)) for part in parts[1:]]
    if any(said) and all(s or _PIPE_BYLINE_ROLE.fullmatch(p) for s, p in zip(said, parts[1:])):
        return "byline on its own"
    return None


_PIPE_BYLINE_NAME = re.compile(
    rf"(?:By\s+|BY\s+)?{_BYLINE_FULL_NAME}(?:\s+(?:and|&)\s+{_BYLINE_FULL_NAME})?"
)
_PIPE_BYLINE_ROLE = re.compile(rf"{_ROLE_WORD}(?:\s+{_ROLE_WORD}){{0,6}}")
#: A writer's role, one of which a byline of pipe-separated parts names ("Jane Doe | 34
#: | Ohio" is a table's row).
_ROLE_NOUN = re.compile(
    r"\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|producer|journalist)s?\b",
    re.IGNORECASE,
)


def _nav_reason(p: _Para) -> str | None:
    """A navigation line: three or more short items between separators, no sentence
    ("Home | News | Sport | Subscribe", "Home > News > Local"); a page counter ("Page 2
    of 3"); a wire story's credits ("(Reporting by Jane Doe; Editing by Mark Heinrich)")."""
    if _PAGE_COUNT.fullmatch(p.stripped):
        return "page counter"
    if _CREDITS.fullmatch(p.stripped) and _CREDITS_MARK.search(p.stripped):
        return "reporting and editing credits"
    if _CRUMBS.match(p.stripped) and not p.facts:
        return "navigation crumbs"
    items = [x for x in _NAV_SEPARATORS.split(p.stripped.strip("| ")) if x.strip()]
    if (
        len(items) >= 3
        and all(len(x.split()) <= 4 and not _SENTENCE_END.search(x) for x in items)
        and not any(ch.isdigit() for ch in p.stripped)
    ):
        return "navigation line"
    return None


def _link_like(kind: str, p: _Para, *, headline: bool = False) -> bool:
    """A line that reads like the text of a link: a headline or a menu entry. Not a
    sentence, not a table row, not code or a formula (words and spaces only), one line.
    With ``headline`` (a line under a related-links heading) it may end in "?" or "!",
    as headlines do: the heading says what the lines are, so a question there is a
    headline; elsewhere a short question may be the article's own (an interview's)."""
    body = p.body
    if kind == "table_row" or not 0 < p.n_words <= LINK_MAX_WORDS or len(body) > LINK_MAX_CHARS:
        return False
    if "\n" in body or (_HEADLINE_END if headline else _LINK_END).search(body.rstrip()):
        return False
    plain = sum(ch.isalnum() or ch.isspace() for ch in body)
    return plain >= LINK_PLAIN_SHARE * len(body)


def _near(flags: list[bool], i: int, j: int, reach: int) -> bool:
    """Whether ``flags`` holds within ``reach`` paragraphs both before i and from j on."""
    return any(flags[max(0, i - reach) : i]) and any(flags[j : j + reach])


def _link_blocks(doc: Document, info: list[_Para], decided: list) -> None:
    """Blocks of links are boilerplate as a block: a related-links heading with the
    link-like lines under it, and long runs of link-like lines (menus, footers)."""
    paras = doc.paragraphs
    related = compile_lexicon("related_headings", whole_line=True)
    n = len(paras)
    i = 0
    while i < n:
        p = info[i]
        if decided[i] is None or decided[i][0] == "boilerplate":
            if related.match(p.stripped) and p.n_words <= 8:
                heading = p.stripped
                decided[i] = ("boilerplate", f"heading of a block of links '{heading}'")
                j = i + 1
                while j < n and (
                    _link_like(paras[j].kind, info[j], headline=True)
                    and (decided[j] is None or decided[j][0] == "boilerplate")
                ):
                    if related.match(info[j].stripped) and info[j].n_words <= 8:
                        heading = info[j].stripped
                        decided[j] = ("boilerplate", f"heading of a block of links '{heading}'")
                    elif decided[j] is None:
                        decided[j] = ("boilerplate", f"link in the block under '{heading}'")
                    j += 1
                i = j
                continue
        i += 1
    # Runs of link-like lines, bullets excluded (a bulleted list in an article is
    # ordinary; a menu in a page's visible text has no bullets).
    sentence_at = [info[k].sentence and decided[k] is None for k in range(n)]
    # A text with a menu or a footer in it is a whole page's text, not an extracted
    # article: only there are lone link-like lines away from the article chrome too.
    page_like = False
    i = 0
    while i < n:
        if not (
            decided[i] is None
            and paras[i].kind != "list_item"
            and _link_like(paras[i].kind, info[i])
        ):
            i += 1
            continue
        j = i
        while j < n and (
            decided[j] is not None
            and decided[j][0] == "boilerplate"
            or decided[j] is None
            and paras[j].kind != "list_item"
            and _link_like(paras[j].kind, info[j])
            and not info[j].facts  # a figure or a date is data, not a link
        ):
            j += 1
        run = [k for k in range(i, j) if decided[k] is None]
        if (
            i > 0
            and decided[i - 1] is None
            and info[i - 1].body.rstrip().endswith((":", "："))
            and info[i - 1].n_words >= LIST_INTRO_MIN_WORDS
        ):
            # a list the article introduces ("Roads closed on Tuesday:", "a poem by a
            # local student:") is the article's, however short its lines (a new user's
            # find: at the article's end it was taken for a menu and removed); a
            # label of a word or two ("Sections:", "Explore more:") heads a menu
            run = []
        words = sorted(info[k].n_words for k in run)
        if words and words[len(words) // 2] <= MENU_MAX_WORDS:
            # menu entries: one to a few words each; an article's list of such short
            # items must be long to pass for one
            inside = _near(sentence_at, i, j, CONTEXT)
            needed = LINK_RUN_MIN_INSIDE if inside else LINK_RUN_MIN
        else:
            # headline-like lines: a list of clauses in the article reads the same, so
            # only a run away from the article's sentences is taken for links
            needed = n + 1 if _near(sentence_at, i, j, HEADLINE_CONTEXT) else LINK_RUN_MIN
        if run and len(run) >= needed:
            page_like = True
            for k in run:
                decided[k] = ("boilerplate", f"one of {len(run)} link-like lines in a row")
        i = max(j, i + 1)
    # Link-like lines far from any sentence of the article: menu remnants, teaser titles
    # and footer links that came one or two at a time.
    if not page_like:
        return
    anchors = [
        k
        for k in range(n)
        if decided[k] is None and info[k].sentence and info[k].n_words >= ANCHOR_MIN_WORDS
    ]
    for k in range(n):
        if decided[k] is not None or not _link_like(paras[k].kind, info[k]) or info[k].facts:
            continue
        # bulleted lists and tables are article structure, and so is the heading over one
        if any(
            paras[x].kind in ("list_item", "table_row") and decided[x] is None
            for x in (k, k + 1)
            if x < n
        ):
            continue
        a = bisect_left(anchors, k)
        near = (a < len(anchors) and anchors[a] - k <= ANCHOR_REACH) or (
            a > 0 and k - anchors[a - 1] <= ANCHOR_REACH
        )
        # a short line beside a figure is data (an ingredient beside its quantity)
        if not near and not any(
            info[x].facts and info[x].n_words <= LINK_MAX_WORDS
            for x in (k - 1, k + 1)
            if 0 <= x < n
        ):
            decided[k] = ("boilerplate", "link-like line far from the article's sentences")


def attributed_speech(doc: Document) -> list[tuple[int, int]]:
    """Spans of the verbs of attributed speech in ``doc``: "said", "says", "told"
    (quality.features.sourcing.SPEECH_WORDS, the reported speech it counts) and
    "according to", all from the reporting-verb lexicon, whoever the source is ("a
    council spokesman said", "the ministry said", "according to the regulator's
    report"), except where sourcing finds the source vague ("analysts said", "according
    to experts", "it is said"): an anonymous crowd is what filler cites. Any other
    reporting verb counts with a named source (sourcing's named attributions:
    "Councillor Peter Vance asked", "Ruiz argued"): read with "said" alone, a "What
    happens next" section of such statements was filler (a tester's find, 16 points)."""
    return doc.memo("paragraphs:attributed_speech", _attributed_speech)


def _attributed_speech(doc: Document) -> list[tuple[int, int]]:
    # imported here: quality.features imports this module (filler.py)
    from quality.features.sourcing import SPEECH_WORDS, named_spans, vague_spans

    text = doc.text
    phrases = find_phrases(doc, "reporting_verbs")
    if not phrases:
        return []
    verbs = [
        (a, b)
        for a, b in phrases
        if " ".join(text[a:b].lower().split()) in SPEECH_WORDS | {"according to"}
    ]
    named = named_spans(doc)
    if not verbs:
        return sorted(named)
    vague = vague_spans(doc)
    ends = [end for _, end in vague]
    out = []
    for a, b in verbs:
        k = bisect_left(ends, a + 1)  # the first vague span ending after the verb starts
        if k < len(vague) and vague[k][0] < b:
            continue
        out.append((a, b))
    return sorted(set(out) | set(named))


def _filler(doc: Document, info: list[_Para], decided: list, stock) -> None:
    """Filler: sections under a generic heading with no facts (under a news subhead, with
    no facts and filler's talk: ``talks``), generic openers and stock
    phrases in paragraphs that report nothing. What a paragraph reports is facts
    (``has_facts``) or a statement attributed to a source (``attributed_speech``): "The
    regulator will publish its review, the ministry said" is news under "Looking ahead"
    as "Ultimately, the county decided ..., a council spokesman said" is after its
    opener."""
    text = doc.text
    paras = doc.paragraphs
    generic = compile_lexicon("generic_headings", whole_line=True)
    news_subhead = compile_lexicon("news_subheads", whole_line=True)
    opener = compile_lexicon("filler_openers")
    n = len(paras)
    speech: list[tuple[int, int]] | None = None
    vague: list[tuple[int, int]] | None = None

    def reports(k: int) -> bool:
        nonlocal speech
        if info[k].facts:
            return True
        if speech is None:
            speech = attributed_speech(doc)  # only for a paragraph that may be filler
        if _spans_within(speech, paras[k].start, paras[k].end):
            return True
        # a paragraph that is mostly a direct quotation reports what was said, as a
        # statement's second paragraph does without its "he said" (a "Background"
        # subhead over quoted statements made half a news story filler: 19 points)
        start, end = paras[k].start, paras[k].end
        quoted = sum(min(b, end) - max(a, start) for a, b in doc.quotations if a < end and b > start)
        return quoted >= QUOTED_SHARE * (end - start)

    def talks(k: int) -> bool:
        """Whether paragraph ``k`` says what filler says beyond stock phrases and
        openers: it cites an anonymous crowd or a vague passive ("analysts said", "many
        believe", "is widely seen as"; sourcing's vague attributions) or advises the
        reader ("you should")."""
        nonlocal vague
        if vague is None:
            # imported here: quality.features imports this module (filler.py)
            from quality.features.sourcing import vague_spans

            vague = vague_spans(doc)
        start, end = paras[k].start, paras[k].end
        if _spans_within(vague, start, end):
            return True
        return any(not doc.in_quotation(*m.span()) for m in _ADVICE.finditer(text, start, end))

    article_words = sum(info[k].n_words for k in range(n) if paras[k].kind in ("prose", "list_item"))
    i = 0
    while i < n:
        para, p = paras[i], info[i]
        if para.kind == "heading" and decided[i] is None and generic.match(p.stripped):
            heading = p.stripped
            j = i + 1
            while j < n and not (paras[j].kind == "heading" and decided[j] is None):
                j += 1
            body = [
                k for k in range(i + 1, j) if decided[k] is None and paras[k].kind != "table_row"
            ]
            factual = sum(reports(k) for k in body)
            # some of it reports and none of it is stock phrases or a generic opener: a
            # wire story's "Background" or "What happens next" section, whose later
            # paragraphs need no figure or "said" of their own (a tester's: one such
            # subhead made half a Reuters story filler, 16 points)
            stock_or_opener = any(
                _spans_within(stock, paras[k].start, paras[k].end) or opener.match(info[k].body, _past_marks(info[k].body))
                for k in body
            )
            plain = factual and not stock_or_opener
            reason = f"subhead '{heading}' over a section that reports facts or statements"
            # under a news subhead ("Background", "Why it matters", "The big picture";
            # lexicons/news_subheads.txt) the heading says nothing of the section: it is
            # filler for what it says, not for lacking a figure or a "said". Plain
            # reporting there ("The carrier is the country's third-largest airline.") was
            # filler, and --drop-filler deleted it (a tester's find, 2026-12-06: such
            # subheads inserted into corpus articles cost 3.2 points on average, 16.5 at
            # most). Under a generator's outline heading ("Wrapping Up", "Conclusion",
            # "Recommendations for ...") a section that reports nothing is the recap or
            # advice the heading announces, and stays filler.
            if not factual and not stock_or_opener and news_subhead.match(p.stripped):
                plain = not any(talks(k) for k in body)
                reason = (
                    f"news subhead '{heading}' over plain reporting (no stock phrase, "
                    "opener, vague source or advice)"
                )
            elif body and not stock_or_opener and not any(talks(k) for k in body):
                # under a generator's outline heading, a section that quotes someone
                # the article has not quoted, in mostly words it has not used, is no
                # recap, whatever its heading (_says_something_new): a
                # review's paragraphs under an inserted "Summary" had been filler (a
                # tester's find, 2026-12-07: -26.9 points on a reliable article)
                if _says_something_new(doc, paras[body[0]].start, paras[body[-1]].end):
                    plain = True
                    reason = (
                        f"heading '{heading}' over a section of its own (a quotation the "
                        "article has not given, mostly new words; no stock phrase, opener, "
                        "vague source or advice)"
                    )
            if body and (factual >= FACT_SECTION_SHARE * len(body) or plain):
                # a news section with a standard subhead ("Background", "What's next")
                decided[i] = ("content", reason)
                i = j
                continue
            decided[i] = ("filler", f"generic heading '{heading}'")
            clean = (
                not stock_or_opener
                and all(paras[k].kind == "prose" for k in body)
                and not any(talks(k) for k in body)
            )
            section_words = sum(info[k].n_words for k in body)
            if clean and section_words >= SECTION_MIN_WORDS and section_words > SECTION_MAX_SHARE * article_words:
                # plain prose that is most of the article is no recap of it: its
                # paragraphs are judged one by one, as without the heading
                i = j
                continue
            for k in body:
                decided[k] = ("filler", f"in the section under '{heading}'")
            i = j
            continue
        i += 1
    for i, para in enumerate(paras):
        p = info[i]
        if decided[i] is not None or para.kind == "table_row":
            continue
        m = opener.match(p.body, _past_marks(p.body))
        if p.facts and not m:
            continue
        within = _spans_within(stock, para.start, para.end)
        if m:
            # a statement attributed to a source keeps an opener's paragraph ("Ultimately,
            # the county closed the pool, a spokesman said"), unless it is stock phrases
            # beyond the opener: "In conclusion, ... it remains to be seen ..., Ruiz
            # said." is filler with a name tacked on (a tester's edit gained 10 points);
            # no corpus paragraph is both (500 sampled articles a corpus, 2026-12-05)
            opener_end = para.start + m.end()
            stock_beyond = any(a >= opener_end for a, _ in within)
            if not reports(i) or stock_beyond:
                if para.kind == "prose" and not stock_beyond and not talks(i):
                    # plain prose after the opener: a recap in the article's words is
                    # filler; in words of its own it is the article going on, and one
                    # "As the dust settles, " had made a paragraph of a celebrity report
                    # filler, 35 points with the wording left unread (a tester's find,
                    # 2026-12-07); an opener that is a stock phrase too ("As the dust
                    # settles") is counted as one either way
                    if not _mostly_new_words(doc, opener_end, para.end):
                        decided[i] = ("filler", f"{PLAIN_PROSE} after the generic opener '{m.group()}'")
                else:
                    decided[i] = ("filler", f"opens with the generic '{m.group()}'")
            continue
        phrases = [text[s:e] for s, e in within]
        if (
            len(phrases) >= STOCK_MIN_COUNT
            and len(phrases) * STOCK_WORDS_PER_PHRASE >= p.n_words
            and not reports(i)
        ):
            quoted = ", ".join(f"'{x}'" for x in phrases[:3])
            decided[i] = ("filler", f"stock phrases {quoted}")


#: A section whose distinct words of four letters or more are at least this share new
#: to the article (not used before it) is no recap of it: the seeds' outline sections
#: ("Future Prospects ...", "Wrapping Up") hold 25% and 22% new words, a review's own
#: paragraphs under an inserted "Summary" 84% (a tester's find, 2026-12-07).
NEW_WORDS_SHARE = 0.5
#: A quotation of at least this many words is someone's words, not a scare-quoted term
#: ("range anxiety": a sibling tester's find, 2026-12-07).
QUOTATION_MIN_WORDS = 3
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


#: A section of plain prose (no list, stock phrase, generic opener, vague source or
#: advice) of SECTION_MIN_WORDS or more under a generic heading that holds more than
#: this share of the article's words is no section the heading announces: its
#: paragraphs are judged one by one.
#: "Conclusion" put before the middle paragraph of 150 corpus articles made the rest
#: filler in 35 of them, unread by the wording signals, up to 45 points (a tester's find,
#: 2026-12-07); a generator's outline section is a short part of its article (the
#: seed's three hold 9% to 11% of its words), and read as wording, plain outlook prose appended
#: under "Conclusion" lifted unreliable articles by 10 points (a second tester's).
SECTION_MAX_SHARE = 0.5
#: ... (a line or two under a heading in a text of a few lines says too little to tell)
SECTION_MIN_WORDS = 60
#: What opens the reason of a filler paragraph that is filler only for the generic
#: opener before it ("As the dust settles, ..."): plain prose (no stock phrase, vague
#: source or advice) that recaps the article, reporting nothing. The wording signals read
#: it past the opener (quality.features.vocabulary.filler_spans).
PLAIN_PROSE = "plain prose"


def generic_opener_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the generic opener (lexicon filler_openers: "In conclusion,", "As
    the dust settles,") opening the paragraph ``text[start:end]`` past its list marks,
    or None."""
    body = text[start:end]
    m = compile_lexicon("filler_openers").match(body, _past_marks(body))
    return (start + m.start(), start + m.end()) if m else None


def _says_something_new(doc: Document, start: int, end: int) -> bool:
    """Whether ``doc.text[start:end]``, a section under a generic heading, says
    something of its own rather than recapping the article: at least NEW_WORDS_SHARE
    of its distinct words of four letters or more are not used before it, and it
    quotes someone (QUOTATION_MIN_WORDS or more words in quotation marks) in words the
    article has not quoted before. Generic talk ("The resumption of flights marks a new
    chapter") quotes no one, and a recap uses the article's words and quotations. Names
    are no evidence here: capitals tell a name from a bullet's title-case label or a
    capitalised buzzword ("Machine Learning") only with a dictionary (a sibling
    tester's finds, 2026-12-07), and one new name in a recap is easily had."""
    if not _mostly_new_words(doc, start, end):
        return False
    text = doc.text
    earlier = " ".join(text[:start].lower().split())
    for a, b in doc.quotations:
        if a >= start and b <= end:
            quoted = " ".join(text[a:b].strip("\"'“”‘’«» ").lower().split())
            if len(quoted.split()) >= QUOTATION_MIN_WORDS and quoted not in earlier:
                return True
    return False


def _mostly_new_words(doc: Document, start: int, end: int) -> bool:
    """Whether at least NEW_WORDS_SHARE of the distinct words of four letters or more in
    ``doc.text[start:end]`` are not used before ``start``: no recap of the article."""
    text = doc.text
    before = {m.group().lower() for m in _LONG_WORD.finditer(text, 0, start)}
    words = {m.group().lower() for m in _LONG_WORD.finditer(text, start, end)}
    return bool(words) and len(words - before) >= NEW_WORDS_SHARE * len(words)


def _past_marks(body: str) -> int:
    """Where a paragraph's words start, past the list marks and spaces opening it."""
    return len(body) - len(body.lstrip("-*• \t"))


def _spans_within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    i = bisect_left(spans, (start, start))
    out = []
    while i < len(spans) and spans[i][1] <= end:
        out.append(spans[i])
        i += 1
    return out


def label_shares(doc: Document) -> dict[str, float]:
    """Share of paragraph characters under each label (0 for a text with no paragraphs)."""
    return shares_of(label_paragraphs(doc))


def shares_of(labels: list[ParagraphLabel]) -> dict[str, float]:
    """Share of the labelled paragraphs' characters under each label."""
    total = sum(p.end - p.start for p in labels)
    shares = dict.fromkeys(LABELS, 0.0)
    if total:
        for p in labels:
            shares[p.label] += (p.end - p.start) / total
    return shares

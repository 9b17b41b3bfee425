"""An article's furniture: the title line and the wire dateline that open it, and the
credit lines of embedded posts.

Neither is the writer's prose. A headline is written to be clicked, often by someone
other than the writer; a dateline ("WASHINGTON (Reuters) - ") is a wire's house format
that opens one training corpus's reliable texts and none of its others
(quality.giveaways strips it there), and anyone can type one. The wording signals do
not read them (quality.features.vocabulary), and a dateline's capitals are no shouting
(quality.features.tone).

Both functions take the raw text and return a (start, end) character span, (0, 0) when
there is none; neither raises.
"""

from __future__ import annotations

import re

from quality.letters import LINE_BREAKS, UPPER
from quality.lexicons import stopwords

#: A wire dateline opening the text: a place in capitals, a date, an agency in brackets,
#: then a dash ("WASHINGTON (Reuters) - ", "LONDON, March 3 (AP) — ", "(CNN) — "); after
#: a news agency's name, in any case, a dash of any kind may stand unspaced or
#: half-spaced ("WASHINGTON (Reuters)—President", "(AP)--President", "(XINHUA)-": a tester's edit,
#: 2026-12-07, read as wording, -4.3 points), but not after a place alone ("US—China
#: talks") or another bracket ("Apple (AAPL.O)—the iPhone maker—said": a sibling
#: tester's find of the same day).
# capitals of any script: "İSTANBUL", "ZÜRICH"
_PLACE_CAPS = rf"{UPPER}(?:{UPPER}|[.'’-])+(?:[ /]{UPPER}(?:{UPPER}|[.'’-])+){{0,3}}"  # NEW YORK
_PLACE = rf"{UPPER}[\w.'’-]*(?:[ /]{UPPER}[\w.'’-]*){{0,3}}"  # Eastgate: only before an agency
_STATE = r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"  # , N.Y.
_DATE = r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # , March 3, 2020
_AGENCY = r"\([A-Z][\w .&/-]{0,30}\)"  # (Reuters)
#: News agencies whose name before an unspaced dash makes a dateline.
_NEWS_AGENCY = (
    r"\((?i:Reuters|AP|AFP|UPI|CNN|Bloomberg|dpa|Xinhua|PTI|IANS|ANI|Kyodo|Yonhap|EFE|ANSA|TASS|"
    r"BBC|CNA|AAP|Bernama|KUNA|WAM|SPA|IRNA|Anadolu|Interfax|RIA|UNI|NAN|APA|CP|The Associated Press)\)"
)
_DATELINE = re.compile(
    rf"\s*(?:(?:(?:{_PLACE}{_STATE}{_DATE}\s*)?{_AGENCY}|{_PLACE_CAPS}{_STATE}{_DATE})\s*[-–—]{{1,2}}\s+"
    rf"|(?:{_PLACE_CAPS}{_STATE}{_DATE}\s*)?{_NEWS_AGENCY}\s*[-–—―‒]{{1,2}}\s*(?=[\w\"“‘']))"
)

#: A title line before the body: short, and not a sentence (no closing period).
_TITLE_LINE = re.compile(r"\s*[^\n]{1,150}?(?<![.!?\"”])[ \t]*\n\s*")
_TITLE_MAX_WORDS = 20
#: Lines below a title line read to tell a hard-wrapped body's width.
_WRAP_SAMPLE_LINES = 10
#: ... wider than all of them by this many characters: a wrapped paragraph's first line
#: may be its longest by a little, but rarely by two over ten lines, and a line under it
#: opening in lower case is never under a title (a reviewer: an 83-character title over
#: a body wrapped at 80 was read as the body's first line at a margin of 4).
_WIDER_BY = 2


def dateline_span(text: str) -> tuple[int, int]:
    """(start, end) of a wire dateline opening ``text``, or its body after a title line
    ("Our city deserves better\n\nEASTGATE (Reuters) - ..."); (0, 0) if there is none."""
    starts = [0]
    title = _TITLE_LINE.match(text)
    if title and len(title.group().split()) <= _TITLE_MAX_WORDS:
        starts.append(title.end())
    for start in starts:
        m = _DATELINE.match(text, start)
        # a dateline names a place or an agency: a bare "- " opens a list item
        if m and any(c.isalpha() for c in m.group()):
            return m.start(), m.end()
    return 0, 0


#: A title: the text's first paragraph when it is one line of at most _TITLE_MAX_WORDS
#: words without a sentence's closing mark, followed by a blank line ...
_BREAK = rf"(?:\r\n|[{LINE_BREAKS}])"
_TITLE_PARAGRAPH = re.compile(
    rf"\s*[^{LINE_BREAKS}]{{0,199}}[^\s.!?\"”:;,][ \t]*{_BREAK}[ \t]*{_BREAK}"
)
#: ... or by a single line break, as scraped text and JSON fields often separate every
#: paragraph, when the next line could not be the rest of a hard-wrapped sentence: it
#: opens in no lower case, and its first word would have fitted on the title's line, so
#: no wrapper broke there, or it is a stop word in capitals, or the title line is wider
#: than the wrapped lines below.
_TITLE_LINE_ALONE = re.compile(
    rf"\s*([^{LINE_BREAKS}]{{0,199}}[^\s.!?\"”:;,])[ \t]*{_BREAK}[ \t]*"
    rf"((\S+)[^{LINE_BREAKS}]*)"
)


#: An embedded post's credit line closing a sentence, or the whole of one (the splitter
#: leaves its dash to the sentence before): a dash, a name of up to five capitalised
#: words, the account's handle in brackets and maybe the post's date ("— Donald J. Trump
#: (@realDonaldTrump) July 26, 2017", as X/Twitter's embed code prints it under each
#: post). A sentence ending on a handle alone is no credit: "The mayor spoke twice
#: (@janedoe)" repeated is repetition (a tester's find, 2026-12-07).
# Donald J. Trump, Émilie Dubois: capitalised words, of any script
_CREDIT_NAME = rf"{UPPER}[\w.'’-]*(?:[ \t]+{UPPER}[\w.'’-]*){{0,4}}"
# after the dash, as typed: any case, "Department of Justice", up to six words
_DASHED_NAME = r"[^\W\d_][\w.'’&-]*(?:[ \t]+[^\W\d_][\w.'’&-]*){0,5}"
# what embeds print after the handle, each part optional: the platform ("on Facebook,",
# "• Threads,"), a time ("4:53 PM ·") and a date (July 26, 2017; 26 July 2017;
# 2017-07-26), maybe closed by a period (a fresh helper's siblings, 2026-12-07: each
# of these had made the credit a repeated sentence again, up to 19.6 points)
_PLATFORM = r"(?:Facebook|Instagram|Threads|Twitter|X|TikTok|LinkedIn|Bluesky|Mastodon)"
_CREDIT_DATE = (
    rf"(?:[ \t]+on[ \t]+{_PLATFORM},?|[ \t]*[•·][ \t]*{_PLATFORM},?)?"
    r"(?:[ \t]*\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*[·•]?)?"
    r"(?:[ \t]*(?:(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)[ \t]+\d{4}"
    r"|\d{4}-\d{2}-\d{2})\.?)?"
)
_HANDLE = r"[ \t]*\(@\w{1,15}\)"
# Instagram's: "A post shared by Jane Doe (@janedoe) on Jul 7, 2018 at 4:53am PDT"
_SHARED_POST = (
    rf"A post shared by [^\n()]{{1,80}}?{_HANDLE}[ \t]+on[ \t]+[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
    r"(?:[ \t]+at[ \t]+\d{1,2}:\d{2}[ \t]?[apAP]\.?[mM]\.?(?:[ \t]+[A-Z]{2,4})?)?"
)
_POST_CREDIT = re.compile(
    rf"(?:(?:^[—–-]{{0,2}}[ \t]*{_CREDIT_NAME}|(?:^|(?<=\s))[—–-]{{1,2}}[ \t]*{_DASHED_NAME}){_HANDLE}{_CREDIT_DATE}"
    rf"|(?:^|(?<=\s)){_SHARED_POST})\s*\Z"
)
#: The same as a line of its own, for the wording signals to leave unread.
_POST_CREDIT_LINE = re.compile(
    rf"^[ \t]*(?:[—–-]{{1,2}}[ \t]*{_DASHED_NAME}{_HANDLE}{_CREDIT_DATE}|{_SHARED_POST})[ \t]*$", re.MULTILINE
)


def post_credit_start(sentence: str) -> int | None:
    """Where the credit line of an embedded post closing ``sentence`` starts ("... pic.
    twitter.com/x — Ana Ruiz (@anaruiz) July 26, 2017"), or None. The credit is the
    page's embed, not the writer's words: three posts of one account printed its name
    and date three times, read as repeated sentences (a tester's find, 2026-12-07: a
    SemEval article paid 9.5 points for its three Trump posts)."""
    m = _POST_CREDIT.search(sentence)
    return m.start() if m else None


def post_credit_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that is an embedded post's credit ("—
    Donald J. Trump (@realDonaldTrump) July 26, 2017"): the page's embed, not the
    writer's words, which the wording signals leave unread (read, "(@janedoe" passed
    for wording and three such lines cost an article up to 11.6 points: a tester's
    find, 2026-12-07)."""
    if "(@" not in text:
        return []
    return [m.span() for m in _POST_CREDIT_LINE.finditer(text)]


def title_span(text: str) -> tuple[int, int]:
    """(start, end) of a title opening ``text`` ("Officials outline plans for the year"
    and a blank line, or one line break before a longer line), or (0, 0). Not read as
    wording: a headline is written to be clicked, often by someone other than the
    writer, and says little of how the article is written; read, a six-word title line
    added to corpus articles moved them by up to 11 points through the wording alone
    (29.7 where the body's words were unread)."""
    m = _TITLE_PARAGRAPH.match(text)
    if m and len(m.group().split()) <= _TITLE_MAX_WORDS:
        return m.span()
    m = _TITLE_LINE_ALONE.match(text)
    if m is None or len(m.group(1).split()) > _TITLE_MAX_WORDS:
        return 0, 0
    # a next line opening in lower case goes on with the line above's sentence, past a
    # dash or a mark the wrapper carried there ("- a budget was"): a hard-wrapped first
    # line a few columns wider than the rest read as a title
    opening = m.group(2).lstrip("-–—\"“‘'( \t")
    if opening[:1].islower():
        return 0, 0
    # nor does a line ending on a stop word end a title ("... raised last year by |
    # The Salvation Army"): whatever the widths, the sentence goes on
    last = m.group(1).rsplit(None, 1)[-1].lower()
    if last in stopwords():
        return 0, 0
    title = len(m.group(1))
    if title + 1 + len(m.group(3)) <= len(m.group(2).rstrip()):
        return m.start(), m.start(2)
    # or the next line opens on a wire dateline ("WASHINGTON (Reuters) - ")
    if _DATELINE.match(text, m.start(2)):
        return m.start(), m.start(2)
    # or the next line opens a sentence: a stop word in capitals ("The", "In") is
    # capitalised only there, unless a name follows it ("The Hague", "The Northern Press
    # Group"), and the line above ends none: a title as wide as the wrap, where the
    # width alone cannot tell
    first, *rest = m.group(2).split(None, 2)
    first = first.lstrip("\"“‘'(")
    if (
        first[:1].isupper()
        and first != "I"
        and first.lower() in stopwords()
        and not (rest and rest[0][:1].isupper())
    ):
        return m.start(), m.start(2)
    # or no line of a hard-wrapped body below is as long: it is wider than the wrap
    # (the lines of the paragraph below, three or more)
    below = []
    for line in text[m.start(2) :].splitlines()[:_WRAP_SAMPLE_LINES]:
        if not line.strip():
            break
        below.append(len(line.strip()))
    # (by a margin: a wrapped paragraph's first line may be its longest by a little)
    if len(below) >= 3 and title >= max(below) + _WIDER_BY:
        return m.start(), m.start(2)
    return 0, 0

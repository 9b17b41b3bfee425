"""The text as the measurements read it, and the way back to the caller's text.

Things a text may carry that a reader never sees, and that depend on the CMS,
keyboard or copy-paste rather than on the reporting, are taken out before measuring:

- invisible characters (quality.letters.INVISIBLE: soft hyphens, zero-width and
  direction marks, byte-order marks, variation selectors) are left out, so
  "poten\\u00adtially" is the hedge "potentially" and "Wed\\u200enesday" a weekday;
- a character typed for an apostrophe inside a word (quality.letters.APOSTROPHES: "ʼ",
  "＇", "´", "`", "′", "‘", "‛" and others) is read as "’", which every lexicon and
  pattern knows; so is "ʼ" closing a word ("teachersʼ");
- a space of any width (Unicode's space separators: no-break, thin, figure, em and
  ideographic spaces) is read as " ": a page that joins its words with no-break spaces
  moved 13.8 points (the sentence splitter read a lower-case sentence start after
  "U.S.\u00a0officials");
- an HTML character reference ("&quot;", "&amp;", "&#8217;", "&#x2019;"), which a
  pipeline that escaped the text once more leaves in it, is read as the character a
  browser shows for it (as ftfy's ``unescape_html`` does for text without tags): written
  as "&quot;" a quotation went unseen and the reference counted as an encoding error,
  and escaping an article's quotation marks moved it by up to 38 points. Only a
  reference closed by ";" is one ("AT&T", "R&D;" stay as they are); a reference
  escaped once more ("&amp;rsquo;", "&amp;amp;": a pipeline escaped the text twice) is
  read as the character it stands for too, and counted by the encoding measurement
  once (``escaped_again_repairs``);
- mojibake, UTF-8 read as Windows-1252 or Latin-1 somewhere upstream ("itâ€™s", "cafÃ©",
  "Â£5"), is read as the characters it stands for ("it’s", "café", "£5"), as ftfy's
  ``fix_encoding`` repairs each run of it (a run ftfy leaves alone stays as written):
  read as written, a whole article mis-decoded so lost 21 points on average and up to
  59 (a tester's find), through stray "â" read as lower-case sentence starts, its
  quotation marks unseen and its words unknown to the wording signals, where the
  fault is one: the encoding measurement counts each repaired run
  (``Document.encoding_repairs``), and the evidence shows it as written;
- a C1 control character standing for Windows-1252's punctuation ("\x93", "\x94",
  "\x92", "\x97": Windows-1252 text read as Latin-1 upstream) is read as that mark
  (``c1_control_repairs``), and counted by the encoding measurement as mojibake is:
  read as written, an article quoting so lost its quotations;
- a mark a decoder or encoder could not keep and replaced, with "\ufffd" (Windows-1252
  text read as UTF-8) or with "?" (text encoded as ASCII), is read as the mark its place
  leaves room for (``lost_mark_repairs``): opening a word, "“"; after a sentence's or a
  clause's last mark, or after a word inside a quotation it opened, "”"; between a
  word and its contraction ("don\ufffdt"), "’". Read as written, the quotations went
  unseen and their words counted as the writer's: 12.9 points on average, up to 34 (a
  tester's find). A "?" is read so only where two or more stand where no question
  mark can (opening a word, between a word and its contraction, between spaces, after
  a comma); in such a text, and wherever a "\ufffd" stands, one between spaces is a
  dash, or a close after a clause's last mark, and one set close between words
  ("mother?managing") a dash. A "\ufffd" whose place says nothing (after a word's last
  letter, "caf\ufffd") is left as written;
- a Latin ligature typed as one character ("ﬁ", "ﬂ", "ﬃ"), as text copied out of a
  PDF holds it, is read as the letters it joins: "oﬃcials said" was no attribution and
  "ﬁnancial" no word a lexicon knows (a reviewer's find);
- punctuation typed in its full-width form ("，", "．", "？", "："; and the ideographic
  full stop "。") is read as its ASCII form, as are full-width letters and digits: an
  English text typed with an East Asian keyboard's punctuation had no sentence ends,
  and moved by up to 39 points;
- an ellipsis typed as three full stops ("...", or ". . ." spaced; ". . . ." too, a
  period and an ellipsis, or more spaced ones) is read as the one character "…": the two are one mark in a
  reader's eyes, and the spaced form counted
  three doubled punctuation marks (14 points in one wire story) while the wording
  signals read "..." and "…" apart (up to 21 points);
- in a word that mixes Latin letters with Cyrillic or Greek ones that look the same
  ("Аs аn АI" with Cyrillic "А" and "а"), those are read as the Latin letters they
  look like (Unicode's confusables), and so is a word wholly of such letters between
  Latin words ("an АІ language"), so a phrase disguised by look-alikes is the phrase a
  reader sees; Cyrillic and Greek text is left as it is;
- a C0 control character (NUL, the other codes under U+0020 that are no tab nor line
  break, and DEL) is left out: no reader sees it, and a file's trailing NUL cost 4-5
  points as an encoding error;
- HTML's line-break tag ("<br>", "<br/>", '<br clear="all">') in a text that is no
  page, as a text field copied from a page's markup holds it, is read as "\n", so
  "<br><br>" ends a paragraph, and a paragraph tag ("<p>", "</p>") as a blank line: read as text, an article written so was one paragraph, its captions and
  "Related:" lines unseen (a reviewer's find: up to 19 points);
- a data URI with an encoded payload ("data:image/png;base64,iVBORw0KGgo...", an image
  inlined in Markdown or copied out of a page's markup, wrapped over lines or not) is
  read as "…": a reader sees the image, not its bytes or its media type. Read as text, a chart inlined in
  an English report took it for another language (16,000 characters of it) or cost it
  points as stray capitals ("drW"; a new user's find), where the same image linked by
  its address cost nothing;
- a double quotation mark typed as two characters, as LaTeX and the Penn Treebank's
  tokenised text write them ("``", "''": ``It was right,'' she said), is read as '"'
  ("‘‘" and "’’", as some papers set them, as "“" and "”"),
  whose side the quotation reading then tells as it does for a typed one: read as
  written, an article quoting so had no quotations, its sources' words were charged
  to the writer and the backticks counted as stray markdown (up to 32 points on
  corpus articles rewritten so; a tester's find). Two apostrophes inside a word
  ("it''s", an escaped string) and runs of three or more (a wiki's bold) are left;
- text tokenised as the Penn Treebank writes it, each mark a token of its own ("said ,
  adding", "It 's", "do n't", "$ 5", "-LRB- AP -RRB-", "`` It was right , '' she
  said"), is read with the spaces the tokeniser put in left out and its bracket names
  read as the brackets: "said, adding", "It's", "don't", "$5", "(AP)". Only a text
  tokenised throughout (``is_tokenised``: most of its commas and full stops spaced off,
  its contractions split, a "``" or a bracket's name) is read so; one spaced comma in
  a written text, or every one in a post that writes "it's", is the writer's. Read as written, a
  wire story's every full stop was doubled punctuation and its "'s" an encoding
  error: corpus articles tokenised so lost 15 points on median, up to 45;
- a line or paragraph break of any kind (what ``str.splitlines`` splits at: U+2028,
  U+2029, NEL, vertical tab, form feed, a lone carriage return) is read as "\\n";
- a line break inside a paragraph (a hard wrap, as quality.document.Document joins
  lines into paragraphs) is read as a space: the wording signals take a line's first
  word for a sentence's, and wrapping an article at 80 columns moved it 9 points. So
  is one inside a paragraph wrapped on its own among paragraphs on one line each (one
  pasted from mail, a PDF column or a press release): its lines read as lower-case
  sentence starts and as link-like page chrome, 7 points on average at 30 and 40
  columns (19 of 30 corpus articles moved by over 5). A break right after a hyphen
  inside a word ("six-\\nfigure") is left out, so the word reads whole;
- page chrome is read as blank: a paragraph quality.paragraphs labels boilerplate and
  that is surely the site's (``is_page_chrome``: a related-links block, a line that is
  no sentence, a sentence in the site's voice: a cookie notice, a newsletter prompt,
  "Share this article", a byline). It is not the article's ("You may also like" was a
  hedge, and a newsletter line raised a column 16 points). A text that is all chrome is
  read as it stands.

Left in, a left-to-right mark inside long words moved articles by up to 29 points
(hedges, weekdays and adverbs went unseen; "stray capitals" appeared) and a modifier
letter apostrophe by up to 23 (evaluation in the model card's notes, 2026-12-01); an
article whose line breaks were U+2028 was one paragraph, and moved by up to 17.

Measurements are taken on ``view.text``; ``view.restore`` maps their evidence back, so
every evidence span indexes the caller's original string and its ``text`` is exactly
that slice.
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import ftfy

from quality.document import EMPHASISED_LINE, Document, document_of
from quality.letters import (
    APOSTROPHES,
    INVISIBLE,
    INVISIBLE_CLASS,
    LINE_BREAKS,
    MOJIBAKE_CONTINUATION,
    MOJIBAKE_LEAD,
    words_around,
)
from quality.paragraphs import ParagraphLabel, is_page_chrome, label_paragraphs

if TYPE_CHECKING:  # quality.features imports this module
    from quality.features.base import Evidence, Measurement

_INVISIBLE_RE = re.compile(f"[{INVISIBLE_CLASS}]")
_INVISIBLE_SET = frozenset(INVISIBLE)
_OTHER_APOSTROPHES = "".join(c for c in APOSTROPHES if c not in "'’")
# inside a word; a modifier letter apostrophe also at a word's end ("teachersʼ"), where,
# being a letter itself, it would otherwise make a word of its own kind
_TYPED_APOSTROPHE_RE = re.compile(rf"(?<=\w)[{_OTHER_APOSTROPHES}](?=\w)|(?<=\w)ʼ")
# a double quotation mark typed as two characters (module docstring): "``" and "''",
# alone, and "''" not inside a word
# (and "‘‘", "’’", as some papers typeset them: read as "“" and "”", so a quotation
# opened on two curly marks and closed on two straight ones pairs, as "“" and '"' do)
_TWO_CHARACTER_QUOTE_RE = re.compile(
    r"(?<!`)``(?!`)|(?<!')(?<![^\W\d_])''(?!')|(?<!')''(?!')(?![^\W\d_])|(?<!‘)‘‘(?!‘)|(?<!’)’’(?!’)"
    # the low mark as two commas or two low single marks, before a word it opens
    # (German-layout keyboards, OCR of "„"; a tester's sibling: 20 to 25 points)
    r"|(?<!\S),,(?=[^\W\d_])|‚‚"
)
_TWO_CHARACTER_QUOTE_READ_AS = {"‘‘": "“", "’’": "”", ",,": "„", "‚‚": "„"}
# Latin ligatures as one character (U+FB00-FB06), as text copied out of a PDF holds
# them: read as the letters they join, so "ﬁnancial oﬃcials" is "financial officials"
#: A mark spaced off as a token of its own: a comma or full stop between spaces (or
#: ending a line), the test of a tokenised text.
_SPACED_STOP_RE = re.compile(r"(?<=[\w%)\]'\"’”]) [,.](?=\s|$)", re.MULTILINE)
_STOP_RE = re.compile(r"[,.](?=\s|$)", re.MULTILINE)
#: The Penn Treebank's names for brackets, which its tokeniser writes for them.
_BRACKET_TOKENS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_BRACKET_TOKEN_RE = re.compile("|".join(_BRACKET_TOKENS), re.IGNORECASE)  # lower-cased corpora too
#: The spaces a tokeniser puts in: before a closing mark or a contraction ("fine .",
#: "It 's", "do n't", "5 %"), after an opening one ("( AP", "$ 5", "`` It"), and
#: before a closing two-character quote ("right , ''").
_TOKENISER_SPACE_RE = re.compile(
    # the full stop a tokeniser adds after an abbreviation that ended its sentence
    # ("in the U.S. ."): the abbreviation's own period ends it, as written
    r"(?<=\w\.) \.(?=\s|$)"
    r"|(?<=\S) (?=[,.;:?!%)\]}…]+(?:\s|$|''))"
    r"|(?<=\w) (?=(?:n[’']t|[’'](?:s|re|ve|ll|d|m))(?!\w))"
    r"|(?:(?<=\s[(\[{$])|(?<=^[(\[{$])) (?=\S)"
    r"|(?<=``) (?=\S)"
    r"|(?<=\S) (?='')",
    re.MULTILINE | re.IGNORECASE,
)
#: The least number of spaced-off commas and full stops, and their least share of all
#: commas and full stops that end a word, for a text to be tokenised: a writer's typo
#: spaces one off now and then ("said , adding" once in a story), a tokeniser every one.
TOKENISED_MIN_MARKS = 3
TOKENISED_MIN_SHARE = 0.5
#: What only a tokeniser writes: a contraction or a possessive split off its word ("It
#: 's", "do n't"), a two-character quotation mark, a bracket's name.
_TOKENISER_SIGN_RE = re.compile(r"\w (?:n[’']t|[’'](?:s|re|ve|ll|d|m))\b|``|\w ''|-[LR][RSC]B-", re.IGNORECASE)
#: ... and what it never leaves: a contraction or a possessive on its word ("it's").
_ATTACHED_CONTRACTION_RE = re.compile(r"[^\W\d_](?:n[’']t|[’'](?:s|re|ve|ll|d|m))\b", re.IGNORECASE)


def is_tokenised(text: str) -> bool:
    """Whether ``text`` is tokenised (module docstring): at least TOKENISED_MIN_MARKS of
    its commas and full stops that end a word stand apart, and at least
    TOKENISED_MIN_SHARE of them do; and it holds something only a tokeniser writes
    (_TOKENISER_SIGN_RE) and no contraction or possessive on its word. A writer who
    spaces every mark off by hand writes "it's" and no "``": read as written, the spaced
    marks count as the writer's (formatting.doubled_punct; a reviewer's find: read as
    tokenised, they raised a sloppy post 4.5 points)."""
    spaced = len(_SPACED_STOP_RE.findall(text))
    if spaced < TOKENISED_MIN_MARKS or spaced < TOKENISED_MIN_SHARE * len(_STOP_RE.findall(text)):
        return False
    return _TOKENISER_SIGN_RE.search(text) is not None and _ATTACHED_CONTRACTION_RE.search(text) is None


_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURE_RE = re.compile("[" + "".join(_LIGATURES) + "]")
# A run of mojibake: lead bytes, each with the continuation bytes after it, as
# Windows-1252 or Latin-1 shows them ("â€™", "Ã©", doubly mis-decoded "Ã¢â‚¬â„¢"); all of
# it outside ASCII, so a run ends at any ASCII character. After a three- or four-byte
# lead ("â" to "ô") a continuation may be "\ufffd", a byte the decoder had no character
# for ("â\ufffd°" was "⏰"), and so after "Â" (upper-cased "â"); after "Ã", which
# Latin letters lead too, it may not.
_MAC_ROMAN_LEAD = bytes([0xC2, 0xC3, 0xC4, 0xC5, 0xE2]).decode("mac_roman")
_MAC_ROMAN_CONTINUATION = bytes(range(0x80, 0xC0)).decode("mac_roman")
_MOJIBAKE_RUN_RE = re.compile(
    f"(?:[{MOJIBAKE_LEAD}](?:[{MOJIBAKE_CONTINUATION}]|(?<=[\u00c2\u00e0-\u00f4])\ufffd|(?<=[\u00c2\u00e0-\u00f4][{MOJIBAKE_CONTINUATION}])\ufffd)+)+"
    "|(?<=[A-Za-z0-9.,;:!?\"”’)])Â(?= )"  # a no-break space's "Â" before the space it became
    # UTF-8 read as Mac Roman (a Mac's default in older mail and office software):
    # "‚Äú" for "“", "‚Äô" for "’", "√©" for "é", "¬£" for "£"; the lead bytes of Latin-1's
    # and Latin Extended-A's letters and of general punctuation, then continuation bytes
    f"|(?:[{_MAC_ROMAN_LEAD}][{_MAC_ROMAN_CONTINUATION}]{{1,2}})+"
)
# C1 controls: Windows-1252's punctuation where its text was read as Latin-1
_C1_CONTROL_RE = re.compile("[\u0080-\u009f]")
# what follows a NEL that breaks a line rather than standing for "…": a word or an
# opening mark, with no space between
_NEL_BREAKS_BEFORE = re.compile(r"[\w“‘\"'(\[\u0093\u0091]")
# Latin-1 mojibake whose C1 controls a cleaner dropped after: "’" (E2 80 99) reads "â"
# ("itâs"), "“" and "—" too, "…" (E2 80 A6) "â¦"
_STRIPPED_C1_RE = re.compile("â([\u00a0-\u00bf])?")
_ASCII_LETTERS_BEFORE_RE = re.compile(r"[A-Za-z]+\Z")
_ASCII_LETTERS_RE = re.compile(r"[A-Za-z]+(?![^\W\d_])")
_WORD_CHARS_RE = re.compile(r"\w+")
# the pronouns "’ll", "’re", "’ve" and "’d" contract with
_CONTRACTING_PRONOUNS = frozenset("i you we they he she it that there who what".split())
# bytes a decoder lost: a closing quotation mark's last (0x9D, undefined in
# Windows-1252) replaced by "\ufffd" or dropped, read wrong once or twice: of the five
# characters E2 80 xx can have been with xx undefined (U+2001, U+200D, U+200F, U+2010,
# U+201D), only "”" is prose's
_LOST_CLOSING_QUOTE = {"â€\ufffd": "â€\x9d", "Ã¢â‚¬ï¿½": "Ã¢â‚¬Â\x9d"}
_DROPPED_CLOSING_QUOTE = {"â€": "â€\x9d", "Ã¢â‚¬": "Ã¢â‚¬Â\x9d"}
# UTF-8's byte-order mark read as Windows-1252 or Latin-1: a file that starts with one,
# decoded wrongly, shows it as text (a tester's find); read, it is invisible
_MIS_DECODED_BOM = "ï»¿"
# how deep a run read wrong over and over is repaired ("Ã¢Å¡Â¡" is "âš¡" is "⚡")
_MOJIBAKE_PASSES = 3
# HTML's line-break tag in a text that is no page (a page is read as HTML before it
# gets here): a text field copied from a page's markup, "line one<br>line two"; a line
# break the source also wrote after the tag is the same break
# (attributes with their values, as pages write them on these tags: "x<p and y>q" is no tag)
_TAG_ATTRIBUTES = r"""(?:\s+[a-z][\w-]*\s*=\s*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'<>=`]+))*\s*/?"""
_BREAK_TAG_RE = re.compile(rf"<br{_TAG_ATTRIBUTES}>(?:\r\n|\r|\n)?", re.IGNORECASE)
# ... and its paragraph tags: "<p>" opens one, "</p>" closes one, a blank line either way
# (a run of them, "</p>\n<p>", is one break)
_PARAGRAPH_TAG_RE = re.compile(rf"(?:[ \t]*(?:<p{_TAG_ATTRIBUTES}>|</p\s*>)[ \t]*(?:\r\n|\r|\n)?)+", re.IGNORECASE)
# one character for one, so positions are unchanged; "\r\n" is _CRLF_RE's
_OTHER_LINE_BREAK_RE = re.compile(
    "[" + "".join(c for c in LINE_BREAKS if c not in "\r\n") + "]|\r(?!\r*\n)"
)
# Windows' line end, read as one "\n": the measurements' patterns end a line at "\n",
# and with the "\r" before it a line's last word was no line's end (a SemEval article
# saved with "\r\n" moved 2.1 points on the wording signal: a reviewer's find). No
# training text holds a "\r" (2026-12-04). "\r\r\n", a Windows file converted twice, is
# one line end too: read as two, it made every wrapped line a paragraph (13 points on a
# team article: a second reviewer's find).
_CRLF_RE = re.compile("\r+\n")
#: A data URI's head (RFC 2397: "data:", a media type, parameters, ";base64,"), in any
#: letter case, its slash JSON-escaped or not ("image\/png" in undecoded JSON).
_DATA_URI_HEAD_RE = re.compile(
    r"(?<![\w.+-])data:(?:[\w.+-]+\\?/[\w.+-]+)?(?:;[\w.+-]+=[^;,\s]*)*;base64,", re.IGNORECASE
)
#: A run of the base64 alphabet, the URL-safe one's "-" and "_" too, with its padding.
_BASE64_RUN_RE = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
#: Between wrapped lines of a payload: a line break (or a JSON-escaped "\n" left in the
#: text) and any indentation.
_PAYLOAD_BREAK_RE = re.compile(r"[ \t]*(?:\r?\n|\\n)[ \t]*")
#: A short last line is payload when it closes at once (")", a quote, ">", "]") or is
#: no English word: a lone "Counterintelligence" under a payload is the text's.
_CLOSING_MARKS = ")\"'>]"
_ENGLISH_WORD_RE = re.compile(r"[A-Z]?[a-z]+")
#: The widest line a wrapped payload is taken to have (MIME's limit is 76; PEM's 64).
_MAX_WRAP_WIDTH = 200


# Unicode's space separators (category Zs) other than the space: one for one.
_OTHER_SPACE_RE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Full-width ASCII (U+FF01-U+FF5E) and the ideographic full stop: one for one.
_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3002: ord(".")}
_FULL_WIDTH_RE = re.compile("[\uff01-\uff5e\u3002]")
# ... where a word follows it glued: a clause's mark before any word, a full stop after
# a word and before one that is not in lower case (not in "２．５" nor "Ｕ．Ｓ．"; between
# lower-case letters it is the dot of an address, "www．youtube．com", as "." is, and
# read as a sentence's end it made "com" a sentence opening in lower case: 16 points), a
# comma not inside a number ("１，０００"), a closing bracket; and an opening bracket a
# word goes before ("plan（in May）was": the brackets have their room built in too)
_SPACED_FULL_WIDTH_RE = re.compile(
    r"[！：；？](?=[^\W\d_])|）(?=[\w“‘\"'])|(?<=[^\W\d_]{2})[．。](?=[^\W\d_])(?!(?<=[a-z][．。])[a-z])"
    r"|(?<!\d)，(?=\w)|，(?=[^\W\d_])"
    r"|(?<=[\w”’\"'）)])（"
)
# Three full stops, touching or spaced alike, and not part of a longer run of them;
# more spaced ones too (". . . .", a sentence's period and an ellipsis, in the style of
# quoting that some papers keep; a contents page's leader dots): the fourth, read alone
# between spaces, counted as doubled punctuation before a paragraph and not at the
# text's end (1 point).
# (spaces of every width: they are read as " " only after the text is unwrapped). A
# spaced ellipsis a wrapper broke (". .\n. and") is one too: read before the text is
# unwrapped, its halves were a stray period and doubled punctuation (5 points).
_SPACES = r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_THREE_STOPS_RE = re.compile(
    rf"(?<![.])\.(?:\.\.|({_SPACES}+)\.(?:\1\.)+"
    rf"|{_SPACES}*\n{_SPACES}*\.{_SPACES}+\.|{_SPACES}+\.{_SPACES}*\n{_SPACES}*\.)(?![.])"
)
_SPACED_STOPS_HINT = re.compile(r"\.[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+\.")
# Cyrillic and Greek letters that Unicode's confusables.txt maps to one Latin letter.
_LOOK_ALIKE_CLASS = "аеорсухіјѕԁԛԝһӏАВЕКМНОРСТХУІЈЅοαιντυΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
_LOOK_ALIKES = str.maketrans(_LOOK_ALIKE_CLASS, "aeopcyxijsdqwhlABEKMHOPCTXYIJSoaivtuABEZHIKMNOPTYX")
# a word holding a Latin letter and a look-alike, in either order
_MIXED_WORD_RE = re.compile(
    rf"\b(?=\w*[A-Za-z])(?=\w*[{_LOOK_ALIKE_CLASS}])\w+"
)
# a word wholly of look-alikes ("АІ" in Cyrillic): Latin only between Latin words
_LOOK_ALIKE_WORD_RE = re.compile(rf"(?<!\w)[{_LOOK_ALIKE_CLASS}]+(?!\w)")
_LATIN_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+")


def _among_latin(view: str, m: re.Match[str]) -> str:
    """A word written wholly in look-alike letters, read as Latin when the words on
    either side of it are Latin ("As an АІ language model"); in Cyrillic or Greek text
    ("Это сор и хлам") it stays as written."""
    around = [w for w in words_around(view, m.start(), m.end(), 5) if w is not None]
    if around and all(_LATIN_WORD_RE.fullmatch(w) or w.isdigit() for w in around):
        return m.group().translate(_LOOK_ALIKES)
    return m.group()


# C0 controls but tab and the line breaks (LINE_BREAKS: \n \v \f \r \x1c-\x1e), and DEL
_CONTROLS = "".join(map(chr, [*range(0x09), *range(0x0E, 0x1C), 0x1F, 0x7F]))
_CONTROL_RE = re.compile(f"[{re.escape(_CONTROLS)}]")
_LEFT_OUT = _INVISIBLE_SET | set(_CONTROLS)
# A character reference as HTML5 names them (the standard library's table of names
# closed by ";"), or a decimal or hexadecimal one.
_NAMED_REFERENCES = sorted((n for n in html.entities.html5 if n.endswith(";")), key=len, reverse=True)
CHARACTER_REFERENCE_RE = re.compile(
    "&(?:" + "|".join(map(re.escape, _NAMED_REFERENCES)) + r"|#\d{1,7};|#[xX][0-9a-fA-F]{1,6};)"
)

#: Measurements a text decoded or escaped wrongly as a whole is not charged with
#: (``decoding_damage``; quality.scorer flags it ``mis_decoded``, and training reads
#: them as missing): every damaged character is repaired before measuring, and the
#: damage is the pipeline's that read the text, not the writer's (a tester's find,
#: 2026-12-06: a whole article mis-decoded lost 10.7 points on average, all through the
#: encoding measurement). Damage mixed with sound characters is the page's and counts.
MIS_DECODING_READ = frozenset({"formatting.encoding_errors_per_1k_words"})
# ... escaped once more ("&amp;rsquo;", "&amp;amp;amp;"): "&amp;" before a reference
_ESCAPED_AGAIN_RE = re.compile("&(?:amp;|AMP;)+(" + CHARACTER_REFERENCE_RE.pattern[1:] + ")")


@dataclass(frozen=True)
class ReadingView:
    """``text`` as read, of ``original``; ``kept[i]`` is the position in ``original`` of
    ``text[i]`` (None when nothing was left out, so positions are the same)."""

    original: str
    text: str
    kept: tuple[int, ...] | None = None
    #: ``ends[i]`` is where in ``original`` the characters read as ``text[i]`` end:
    #: ``kept[i] + 1`` but for a character reference ("&quot;" read as '"'); None when
    #: every one is ``kept[i] + 1``
    ends: tuple[int, ...] | None = None
    #: ``text`` parsed already (when checking it for hard wraps), or None
    parsed: Document | None = field(default=None, repr=False, compare=False)
    #: every paragraph's label (quality.paragraphs), boilerplate included, as spans of
    #: ``text`` (page chrome, ``is_page_chrome``, is blank there)
    paragraphs: tuple[ParagraphLabel, ...] = field(default=(), repr=False, compare=False)
    #: the text parsed with its chrome in, when page chrome was blanked (else None):
    #: the web-quality statistics are taken on the page as a crawler's filter sees it
    page: Document | None = field(default=None, repr=False, compare=False)
    #: the paragraphs of ``paragraphs`` read as blank (page chrome), kept as decided
    #: here so a report marks exactly those rather than judging them again
    chrome: tuple[ParagraphLabel, ...] = field(default=(), repr=False, compare=False)
    #: every paragraph is page chrome, so none was blanked (a page of site lines alone,
    #: read as it stands)
    all_chrome: bool = field(default=False, repr=False, compare=False)
    #: the whole text was decoded or escaped wrongly upstream, and repaired here
    #: (``decoding_damage``): a pipeline's fault, not the writer's
    mis_decoded: bool = field(default=False, repr=False, compare=False)
    #: most of the text was mis-decoded upstream, but it holds more sound characters
    #: than a text damaged whole carries, so some of its damaged runs are charged (one
    #: per sound character past the share, ``decoding_damage``): the user is told, since
    #: ``mis_decoded`` is off and the pipeline's fault still shows
    partly_mis_decoded: bool = field(default=False, repr=False, compare=False)

    def document(self) -> Document:
        """``text`` parsed: the parse made while reading it when there was one, so a
        text is not parsed twice."""
        return self.parsed if self.parsed is not None else document_of(self.text)

    @property
    def changed(self) -> bool:
        return self.text is not self.original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of ``text`` as the span of ``original`` that shows the same
        characters (with any invisible ones inside it)."""
        if self.kept is None:
            return start, end
        if start >= end:
            at = self.kept[start] if start < len(self.kept) else len(self.original)
            return at, at
        last = self.ends[end - 1] if self.ends is not None else self.kept[end - 1] + 1
        return self.kept[start], last

    def evidence(self, e: Evidence) -> Evidence:
        start, end = self.span(e.start, e.end)
        return replace(e, start=start, end=end, text=self.original[start:end])

    def restore(self, measurements: dict[str, Measurement]) -> dict[str, Measurement]:
        """The measurements with their evidence as spans of ``original``."""
        if not self.changed:
            return measurements
        return {
            name: replace(m, evidence=tuple(self.evidence(e) for e in m.evidence))
            for name, m in measurements.items()
        }


def _unwrapped(text: str) -> tuple[str, Document | None, tuple[int, ...] | None]:
    """``text`` with the line breaks inside its paragraphs as spaces, one for one, but
    for a break right after a hyphen inside a word ("six-\\nfigure", "well-\\nbeing"),
    which is left out, so the word reads whole as written: wrapping breaks lines at
    hyphens (Python's textwrap does), and read as "six- figure" a hyphen was a token of
    its own (re-wrapping corpus articles at 40 columns moved them by up to 19 points,
    all through the wording). Returns the text, its parse when nothing changed (None
    when it was not parsed or did change), and the positions kept when a break was
    left out (None when none was)."""
    if "\n" not in text and "\r" not in text:
        return text, None, None
    doc = document_of(text)
    chars = None
    for p in doc.paragraphs:
        i = p.start
        while (i := _next_break(text, i, p.end)) < p.end:
            chars = chars if chars is not None else list(text)
            chars[i] = "" if _in_hyphenated_word(text, i) else " "
            i += 1
    if chars is None:
        return text, doc, None
    if "" not in chars:
        return "".join(chars), None, None
    return "".join(chars), None, tuple(i for i, c in enumerate(chars) if c != "")


def _in_hyphenated_word(text: str, i: int) -> bool:
    """Whether the line break text[i] ("\\n", or either half of "\\r\\n") comes right
    after a hyphen that follows a letter or digit and right before one."""
    a = i - 1 if text[i] != "\n" or i == 0 or text[i - 1] != "\r" else i - 2
    b = i + 1 if text[i] != "\r" or text[i + 1 : i + 2] != "\n" else i + 2
    return (
        a >= 1 and text[a] == "-" and text[a - 1].isalnum()
        and b < len(text) and text[b].isalnum()
    )


def _next_break(text: str, start: int, end: int) -> int:
    """The first "\\n" or "\\r" in text[start:end], or ``end``."""
    found = [k for k in (text.find("\n", start, end), text.find("\r", start, end)) if k >= 0]
    return min(found, default=end)


# Markdown's syntax that is format, not words (CommonMark's names): a link's or image's
# brackets and target (its text is kept, and may wrap a line), inline or by reference
# ("[text][1]", "[text][]"), a reference definition's line ("[1]: https://x "Title"",
# not a footnote's "[^1]: ..." nor prose like "[Update]: The mayor said"), an autolink
# ("<https://...>", "<ana@x.org>"), an inline HTML tag ("<strong>") or comment, emphasis
# and strike-through delimiters at a word's edge (not snake_case), a code span's ticks
# (not a backtick typed for an apostrophe: "isn`t"), fenced code blocks and YAML front
# matter ("key: value" lines between "---" at the very start): code and metadata are no
# prose.
_MD_LINK = re.compile(
    r"(!?\[)((?:[^\]\n]|\n(?![ \t]*\n))*)"
    r"(\]\((?:[^()\n]|\([^()\n]*\))*\)|\]\[[^\]\n]*\])"
)
_MD_DELIMITER = re.compile(r"(?<![\w*_~])(?:\*{1,3}|_{1,3}|~~)(?=\S)|(?<=\S)(?:\*{1,3}|_{1,3}|~~)(?!\w)")
_MD_CODE_SPAN = re.compile(r"(?<![`\w])(`+)(?=[^`\n])[^\n]*?[^`\n]\1(?![`\w])|(?<![`\w])(`+)[^`\n]\2(?![`\w])")
_MD_BLOCKS = re.compile(
    r"\A---[ \t]*\r?\n[\w-]+:[^\n]*\n(?:.*?\n)?(?:---|\.\.\.)[ \t]*\r?(?:\n|\Z)"  # front matter
    r"|^[ ]{0,3}(```+)[^`\n]*\n.*?(?:^[ ]{0,3}\1`*[ \t]*(?=\r?$)|\Z)"  # a backtick fence
    r"|^[ ]{0,3}(~~~+)[^\n]*\n.*?(?:^[ ]{0,3}\2~*[ \t]*(?=\r?$)|\Z)"  # a tilde fence
    r"|^[ ]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*<?[^\s<>]+>?"  # a reference definition ...
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*(?=\r?$)"  # ... and its title
    r"|<(?:https?://|mailto:|www\.)[^\s<>]*>|<[^\s<>@]+@[^\s<>]+>"  # an autolink
    r"|<!--.*?-->"  # an HTML comment
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>",  # an inline HTML tag
    re.DOTALL | re.MULTILINE,
)


def inline_markdown_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are Markdown's syntax rather than its words, in text
    order, none inside another: in "**Update:** [the council said](http://x)" the two
    "**", "[" and "](http://x)"; also reference links' labels, reference definitions,
    autolinks, inline HTML tags and comments, code ticks, fenced code blocks and front
    matter (_MD_BLOCKS). Headings, list markers and the two marks of a line set wholly
    in bold or italic ("**Key figures**", a heading or a caption) are not: the
    measurements read them as structure, as in a plain text."""
    return _markdown_syntax(text)[0]


#: One line of a text without its line break (and a CR before it), as group 1.
_LINE = re.compile(r"^([^\r\n]*)\r?$", re.MULTILINE)


def _markdown_syntax(text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """(inline_markdown_spans, the starts of those that stand between words and read as
    one space when left out: blocks, tags, comments and autolinks, as "yes.<br>Officials"
    must not read "yes.Officials"). Linear in the text: a span is kept only outside
    those already taken, found by bisection."""
    taken: list[tuple[int, int]] = []  # sorted, disjoint
    starts: list[int] = []

    def free(a: int, b: int) -> bool:
        k = bisect_right(starts, a)
        return not ((k > 0 and taken[k - 1][1] > a) or (k < len(taken) and taken[k][0] < b))

    def take(a: int, b: int) -> None:
        if a < b and free(a, b):
            k = bisect_right(starts, a)
            taken.insert(k, (a, b))
            starts.insert(k, a)

    for m in _MD_BLOCKS.finditer(text):
        take(*m.span())
    spaced = set(starts)
    for m in _MD_CODE_SPAN.finditer(text):
        if free(*m.span()):
            ticks = len(m.group(1) or m.group(2))
            take(m.start(), m.start() + ticks)
            take(m.end() - ticks, m.end())
    for m in _MD_LINK.finditer(text):
        if free(*m.span(1)) and free(*m.span(3)):  # not in code, a tag or a block
            take(*m.span(1))
            take(*m.span(3))
    # a line set wholly in bold or italic keeps its two marks: it is a heading or a
    # caption in Markdown as in plain text, and read without them a table's caption
    # glued to the prose over it left the table no line over it to stand apart by
    # (its rows charged as debris, 17 points; a tester's find)
    line_marks: set[int] = set()
    for line in _LINE.finditer(text):
        m = EMPHASISED_LINE.fullmatch(line.group(1))
        if m:
            # every position of the two marks: the delimiter pattern may split a mark
            # after a period ("ward.**" read as "*" opening and "*" closing)
            mark = m.group(1)
            for at in (line.start() + m.start(1), line.start() + line.group(1).rindex(mark)):
                line_marks.update(range(at, at + len(mark)))
    for m in _MD_DELIMITER.finditer(text):
        if m.start() not in line_marks:
            take(*m.span())
    return taken, spaced


def reading_view(text: str, *, markdown: bool = False) -> ReadingView:
    """The text as the measurements read it (module docstring). A text with nothing to
    change, which is almost always, costs a few scans, the paragraph parse and the
    paragraph labels, which the measurements reuse (``ReadingView.document``; the labels
    are cached on it). A text with page chrome is parsed twice: with it (``page``, for
    the web-quality statistics) and without it.

    ``markdown``: the text is a Markdown document (a .md file), whose inline syntax is
    its format, so it is left out too: "**Dr Ana Ruiz**, the director, told" and "Dr
    [Ana Ruiz](https://x.org) told" read as the name they show (with the markup a .md
    file's named source went unseen and a link's address counted as a figure).
    """
    view = text
    kept = ends = None
    markup, spaced = _markdown_syntax(text) if markdown else ([], set())
    if markup or _INVISIBLE_RE.search(text) or _CONTROL_RE.search(text):
        # a span left out keeps its first character, read as a space, where it stood
        # between words (spaced)
        dropped = {i for a, b in markup for i in range(a, b) if i not in spaced}
        # ... but a soft hyphen after "Ã" is the second byte of a mis-decoded "í" (C3
        # AD), which the mojibake repair reads (left out, "MarÃ\u00ada" was "MarÃa"), and
        # after "Â" the same byte read wrong twice
        kept = tuple(
            i
            for i, c in enumerate(text)
            if (c not in _LEFT_OUT or (c == "\u00ad" and i and text[i - 1] in "ÃÂ")) and i not in dropped
        )
        view = "".join(" " if i in spaced else text[i] for i in kept)
    repaired: list[tuple[int, int]] = []  # spans of ``text``
    view, kept, ends = _characters_read(view, kept, ends, repaired)
    view, parsed, joined = _unwrapped(view)
    # spaces of every width read as " ", one for one, once the wrap is read: a no-break
    # space joins its words for a wrapper ("reason-\u00a0and" is one word too long for
    # the line above), and read as a space first, a wrapped line after it opened a
    # paragraph in lower case (a tester's find); read as written after, "U.S.\u00a0officials"
    # began a sentence in lower case (13.8 points)
    if _OTHER_SPACE_RE.search(view):
        view, parsed = _OTHER_SPACE_RE.sub(" ", view), None
    if joined is not None:  # positions of ``view`` in the text before it was unwrapped
        if ends is not None:
            ends = tuple(ends[i] for i in joined)
        kept = joined if kept is None else tuple(kept[i] for i in joined)
    mis_decoded, charged = decoding_damage(text, repaired) if repaired else (False, None)
    partly = charged is not None
    repairs: tuple[tuple[int, int], ...] = ()
    if repaired and kept is not None:
        # where the repaired characters stand in ``view``: every one maps to its run's
        # start in ``text`` (``_replaced_at``), and ``kept`` never decreases
        repairs = tuple((bisect_left(kept, a), bisect_left(kept, b)) for a, b in repaired)
        parsed = _document_with_repairs(view, repairs, charged)
    elif parsed is None:
        parsed = document_of(view)
    labels = tuple(label_paragraphs(parsed))
    chrome = [p for p in labels if is_page_chrome(view, p)]
    if chrome and len(chrome) < len(labels):
        # page chrome is no part of the article: read as blank, position for position,
        # so spans need no mapping (a text that is all chrome is read as it stands)
        chars = list(view)
        for p in chrome:
            chars[p.start : p.end] = " " * (p.end - p.start)
        blanked = "".join(chars)
        own = _document_with_repairs(blanked, repairs, charged) if repairs else None
        return ReadingView(
            text, blanked, kept, ends, own, labels, parsed, tuple(chrome), mis_decoded=mis_decoded, partly_mis_decoded=partly
        )
    return ReadingView(
        text, view, kept, ends, parsed, labels, all_chrome=bool(chrome), mis_decoded=mis_decoded, partly_mis_decoded=partly
    )


#: The share of a text's damaged and sound characters (outside ASCII; each damaged run
#: one) that must be damaged for the damage to be the whole text's (or all but one of
#: three or more): a title, a
#: copyright line or a "…" a feed added after the damage is sound, and one such
#: character beside a mis-decoded body turned the flag off (19 points; a tester's find).
#: A page mixing them ("it’s" and "itâ€™s" in one article) is far under it.
MIS_DECODED_SHARE = 0.9
#: ... and at least this many damaged runs: one in a text with nothing else outside ASCII
#: ("council?s", one mis-decoded "’") is as likely a paste or a typo as the pipeline's,
#: and flagged, it left the text uncharged where one sound "è" elsewhere charged it 4
#: points (a tester's find).
MIS_DECODED_MIN_RUNS = 2


def decoding_damage(text: str, repaired: list[tuple[int, int]]) -> tuple[bool, int | None]:
    """``(wholly, charged)``: whether the damage repaired in ``text`` (the spans
    ``repaired``) is the whole text decoded or escaped wrongly once, upstream, rather
    than the writer's pages mixing damaged characters with sound ones; and, when it is
    not, how many damaged runs the encoding measurement charges (None: every one).

    Mixed damage is charged one run for each sound character beyond those a text
    damaged whole may carry (up to every run): a page whose writer mixed them shows
    about as many of each, and a text mis-decoded upstream shows damage alone but for a
    few sound characters added after it (a title, an em dash in an editor's note). So
    one character added or taken away moves the measurement by one run, not by every
    run the text holds (a tester's find, 2026-12-07: two sound em dashes in a
    mis-decoded wire story, taking it under MIS_DECODED_SHARE, cost it 11 to 14
    points). For each kind of damage found:

    - mis-decoding (mojibake, C1 controls, marks lost to "?"): at least
      MIS_DECODED_SHARE of the characters outside ASCII are damaged (a damaged run left
      as written, "Ã\ufffdlvaro", counts as damaged; invisible characters and, where
      every repair was a C1 control or a "?", Latin-1's letters and signs, which that
      damage keeps, count as neither);
    - escaping twice ("&amp;rsquo;"): no "&" (but one opening a reference), "<" or ">" is
      left as written outside the repairs (an escaping pass escapes every one; it leaves
      letters outside ASCII be).

    A text holding "â€™" and "’" alike, or "\x93" and "“", was damaged in part: its
    writer's, and counted."""
    inside = bytearray(len(text))
    for a, b in repaired:
        inside[a:b] = b"\x01" * (b - a)
    escaped = [(a, b) for a, b in repaired if text.startswith("&", a)]
    decoded = [(a, b) for a, b in repaired if not text.startswith("&", a)]
    if escaped and any(
        c in "&<>" and not inside[i] and not (c == "&" and CHARACTER_REFERENCE_RE.match(text, i))
        for i, c in enumerate(text)
    ):
        return False, None
    if not decoded:
        return True, None
    runs = {(a, b) for a, b in decoded}
    for m in _MOJIBAKE_RUN_RE.finditer(text):
        if not inside[m.start()]:
            runs.add(m.span())  # damaged, left as written
            inside[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    # every repair holds a C1 control and nothing past Latin-1 ("\x93", or "é\x92" that
    # ftfy repairs whole): Windows-1252 read as Latin-1, which reads é, ü and £ right
    c1_only = all(_C1_CONTROL_RE.search(text, a, b) and max(text[a:b]) <= "\u00ff" for a, b in decoded)
    # Latin-1 whose C1 controls were dropped ("itâs"): a lone "â" the repair passed over
    # (no contraction, no pair) is that damage too, not a sound letter
    c1_dropped = any(_STRIPPED_C1_RE.fullmatch(text, a, b) for a, b in decoded)
    # every repair a "?" an encoder wrote for a mark it had no byte for: text encoded as
    # Latin-1 ("?" for "’" and "—", as Java's getBytes("ISO-8859-1") writes it), which
    # keeps é and £ (a tester's sibling, 2026-12-06: unflagged, its marks charged 16 points)
    latin_1_kept = all(set(text[a:b]) == {"?"} for a, b in decoded)
    sound = 0
    for i, c in enumerate(text):
        # a space of any width is read as " " (a no-break space is no sound character:
        # one typed into a mis-decoded BBC story had charged it 5 points; a tester's find)
        if c.isascii() or inside[i] or c in _LEFT_OUT or c == "\ufffd" or c.isspace():
            continue
        if c1_dropped and c == "â":
            runs.add((i, i + 1))
            continue
        if (c1_only or latin_1_kept) and "\u00a0" <= c <= "\u00ff":
            continue
        sound += 1
    # ... or all but one, of three or more: a short wire story has few characters outside
    # ASCII, and a sound title or copyright line beside its four damaged ones is no page
    # mixing them (a fourth tester's find)
    if len(runs) < MIS_DECODED_MIN_RUNS:
        return False, None
    # sound characters a text damaged whole still carries: at most 1 - MIS_DECODED_SHARE
    # of those outside ASCII, or one beside three damaged runs or more
    tolerated = max(int(len(runs) * (1 - MIS_DECODED_SHARE) / MIS_DECODED_SHARE + 1e-9), len(runs) >= 3)
    if sound <= tolerated:
        return True, None
    beyond = sound - tolerated  # each one more is the page's own: one run charged
    return False, (len(escaped) + beyond if beyond < len(runs) else None)


def _document_with_repairs(
    view: str, repairs: tuple[tuple[int, int], ...], charged: int | None = None
) -> Document:
    """``view`` parsed, carrying the spans where mojibake was repaired and how many of
    them are charged (``decoding_damage``): a Document of its own, since
    ``document_of`` shares one per text, and a clean text can read the same as a
    repaired one."""
    doc = Document(view)
    doc.encoding_repairs = repairs
    doc.encoding_charged = charged
    return doc


def _characters_read(
    view: str,
    kept: tuple[int, ...] | None,
    ends: tuple[int, ...] | None,
    repaired: list[tuple[int, int]] | None = None,
) -> tuple[str, tuple[int, ...] | None, tuple[int, ...] | None]:
    """``view`` (invisible and control characters already left out) with every
    character read as a reader sees it (module docstring: references, mojibake,
    ellipses, full-width marks, look-alike letters, typed apostrophes, spaces, line
    breaks), and the position maps carried along. The spans of the caller's text whose
    mojibake was repaired are appended to ``repaired`` when it is given."""
    if _DATA_URI_HEAD_RE.search(view):
        view, kept, ends = _replaced_at(view, kept, ends, [(a, b, "…") for a, b in data_uri_spans(view)])
    if "<" in view and _BREAK_TAG_RE.search(view):
        view, kept, ends = _replaced(view, kept, ends, _BREAK_TAG_RE, lambda _: "\n")
    if "<" in view and _PARAGRAPH_TAG_RE.search(view):
        view, kept, ends = _replaced(view, kept, ends, _PARAGRAPH_TAG_RE, lambda _: "\n\n")
    if ("&amp;" in view or "&AMP;" in view) and (fixes := escaped_again_repairs(view)):
        view, kept, ends = _repaired_at(view, kept, ends, fixes, repaired)
    if "&" in view and CHARACTER_REFERENCE_RE.search(view):
        view, kept, ends = _replaced(view, kept, ends, CHARACTER_REFERENCE_RE, html.unescape)
    # before mojibake, whose repair can leave a lost byte's "\ufffd" where a letter was
    # ("Ã\ufffdlvarez", "Á" with its second byte lost, is "\ufffdlvarez" after it)
    if ("\ufffd\ufffd\ufffd" in view or "???" in view) and (fixes := per_byte_repairs(view)):
        view, kept, ends = _repaired_at(view, kept, ends, fixes, repaired)
    if ("\ufffd" in view or "?" in view) and (fixes := lost_mark_repairs(view)):
        view, kept, ends = _repaired_at(view, kept, ends, fixes, repaired)
    # what follows looks for characters outside ASCII only: most texts are spared it
    ascii_only = view.isascii()
    # after references ("&#195;&#169;" is "Ã©") and before spaces ("Â\u00a0" is one)
    if not ascii_only and (_MOJIBAKE_RUN_RE.search(view) or "â" in view) and (fixes := mojibake_repairs(view)):
        view, kept, ends = _repaired_at(view, kept, ends, fixes, repaired)
    # after references ("&#xFB01;" is a ligature too) and mojibake ("ï¬\x81" is one)
    if not ascii_only and _LIGATURE_RE.search(view):
        view, kept, ends = _replaced(view, kept, ends, _LIGATURE_RE, _LIGATURES.__getitem__)
    # after mojibake, whose runs hold C1 controls too ("â\x80\x99" is UTF-8's "’")
    if not ascii_only and _C1_CONTROL_RE.search(view) and (fixes := c1_control_repairs(view)):
        view, kept, ends = _repaired_at(view, kept, ends, fixes, repaired)
    # (spaces of every width are read as " " by the caller, after the text is unwrapped:
    # a no-break space joins words a wrapper does not part)
    if ".." in view or _SPACED_STOPS_HINT.search(view):
        view, kept, ends = _replaced(view, kept, ends, _THREE_STOPS_RE, lambda _: "…")
    if not ascii_only and _FULL_WIDTH_RE.search(view):
        # its punctuation has the room after it built in ("said．Then"): a space is read
        view, kept, ends = _replaced(
            view, kept, ends, _SPACED_FULL_WIDTH_RE, _spaced_full_width
        )
        view = view.translate(_FULL_WIDTH)
    if not ascii_only and _MIXED_WORD_RE.search(view):
        view = _MIXED_WORD_RE.sub(lambda m: m.group().translate(_LOOK_ALIKES), view)
    if not ascii_only and _LOOK_ALIKE_WORD_RE.search(view):
        view = _LOOK_ALIKE_WORD_RE.sub(lambda m: _among_latin(view, m), view)
    if (" ," in view or " ." in view) and is_tokenised(view):
        view, kept, ends = _replaced(view, kept, ends, _BRACKET_TOKEN_RE, lambda m: _BRACKET_TOKENS[m.upper()])
        view, kept, ends = _replaced(view, kept, ends, _TOKENISER_SPACE_RE, lambda _: "")
    if any(pair in view for pair in ("``", "''", "‘‘", "’’", ",,", "‚‚")) and _TWO_CHARACTER_QUOTE_RE.search(view):
        view, kept, ends = _replaced(
            view, kept, ends, _TWO_CHARACTER_QUOTE_RE, lambda m: _TWO_CHARACTER_QUOTE_READ_AS.get(m, '"')
        )
    if _TYPED_APOSTROPHE_RE.search(view):
        view = _TYPED_APOSTROPHE_RE.sub("’", view)
    if _OTHER_LINE_BREAK_RE.search(view):
        view = _OTHER_LINE_BREAK_RE.sub("\n", view)
    if "\r" in view:
        view, kept, ends = _replaced(view, kept, ends, _CRLF_RE, lambda _: "\n")
    if "\n\n" in view and (gaps := double_spaced_wrap_gaps(view)):
        view, kept, ends = _replaced_at(view, kept, ends, gaps)
    return view, kept, ends


#: A text hard-wrapped with a blank line after every line (a pipeline that doubled its
#: line breaks, a PDF's or an e-mail's export) is read as wrapped with single breaks,
#: which Document.wrap_width reads into paragraphs. Read as written, each line was a
#: paragraph: a wire story lost 9 points to lower-case "paragraph" starts, and one
#: article had 88% of its lines set aside as page chrome (2.5 to 52.0; a tester's find,
#: 2026-12-07). It is that, and no text of short paragraphs, when at least
#: DOUBLE_SPACED_MIN_LINES lines stand one to a block, at least DOUBLE_SPACED_MID_SHARE
#: of the breaks fall inside a sentence, and nearly every such line is full: the next
#: line's first word would not have fitted on it (the test a wrapper applies).
DOUBLE_SPACED_MIN_LINES = 6
DOUBLE_SPACED_MID_SHARE = 0.3
DOUBLE_SPACED_FULL_SHARE = 0.85
_LINE_WITH_BREAKS_RE = re.compile(r"[^\n]*\S[^\n]*")
_SENTENCE_END_CHARS = tuple(".!?:;…\"'”’)]»")  # a tuple, for str.endswith


def double_spaced_wrap_gaps(view: str) -> list[tuple[int, int, str]]:
    """The blank lines to leave out of ``view`` when it is a double-spaced hard wrap
    (see DOUBLE_SPACED_MIN_LINES), as (start, end, "") spans, each from just after a
    line's break to the next line's first character; [] when it is none."""
    lines = [m.span() for m in _LINE_WITH_BREAKS_RE.finditer(view)]
    if len(lines) < DOUBLE_SPACED_MIN_LINES:
        return []
    # every line a block of its own: one blank line (or more) between each two
    if any("\n" not in view[b + 1 : c] for (_, b), (c, _) in zip(lines, lines[1:])):
        return []
    texts = [view[a:b].strip() for a, b in lines]
    mid = [
        i
        for i in range(len(texts) - 1)
        if not texts[i].endswith(_SENTENCE_END_CHARS) or texts[i + 1][:1].islower()
    ]
    if len(mid) < DOUBLE_SPACED_MIN_LINES // 2 or len(mid) < DOUBLE_SPACED_MID_SHARE * (len(texts) - 1):
        return []
    width = max(len(t) for t in texts)
    if width < 25:
        return []
    full = sum(len(texts[i]) + 1 + len(texts[i + 1].split()[0]) > width for i in mid)
    # a headline, a byline or a date over the body ends no sentence and fills no line:
    # two such lines are allowed whatever the share (a tester's sibling: a short article
    # under a headline and a byline was left a paragraph a line, -16 points)
    if full < DOUBLE_SPACED_MIN_LINES // 2 or len(mid) - full > max(2, (1 - DOUBLE_SPACED_FULL_SHARE) * len(mid)):
        return []
    return [(b + 1, c, "") for (_, b), (c, _) in zip(lines, lines[1:])]


def _repaired_at(
    view: str,
    kept: tuple[int, ...] | None,
    ends: tuple[int, ...] | None,
    fixes: list[tuple[int, int, str]],
    repaired: list[tuple[int, int]] | None,
) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """``_replaced_at`` for repaired damage (mojibake, C1 controls, references escaped
    twice), noting each repaired span of the caller's text in ``repaired`` when it is
    given: the encoding measurement counts those once."""
    if repaired is not None:
        repaired.extend(_span_in_caller(kept, ends, a, b) for a, b, _ in fixes)
    return _replaced_at(view, kept, ends, fixes)


def mojibake_repairs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, repaired) for every run of mojibake in ``text`` (_MOJIBAKE_RUN_RE)
    that ftfy's ``fix_encoding`` repairs, applied until the run stops changing: "â€™"
    gives "’", "Ã©" "é", "Ã¢â‚¬â„¢" (read wrong twice) "’", "â\ufffd°" (a byte lost)
    "\ufffd". Besides what ftfy reads:

    - a closing quotation mark with its last byte lost, replaced or dropped
      (_LOST_CLOSING_QUOTE, _DROPPED_CLOSING_QUOTE), gives "”";
    - a run ftfy leaves be, judging it alone, that decodes whole into Latin letters,
      marks and symbols ("â–º", "ÃŽ") is decoded;
    - a run upper-cased after it was damaged ("ITÂ€™S") is repaired as its lower-case
      form, in upper case, where that decodes more of it;
    - a no-break space's "Â" before an ordinary space, after a letter, digit or mark
      ("theÂ word", "10Â km", "said.Â The"), gives a space;
    - Latin-1 mojibake whose C1 controls were dropped ("itâs"): ``_stripped_c1_repairs``.

    A repair is taken only when it gives Latin letters, punctuation, symbols or spaces
    (never a CJK character from two damaged characters read as one). A run ftfy leaves
    alone is not one ("Straße“", "café—the", "ROMÂNIA")."""
    out = []
    for m in _MOJIBAKE_RUN_RE.finditer(text):
        run = m.group()
        if run == "Â":
            out.append((m.start(), m.end(), " "))
            continue
        if run == _MIS_DECODED_BOM:
            out.append((m.start(), m.end(), ""))  # a byte-order mark, invisible once read
            continue
        shown = _repaired(run)
        if run != run.lower():
            # maybe upper-cased after the damage: "Â€Œ" was "â€œ", "ÂΜ" "Âµ" (a lead "Â"
            # or "Ã" is the same in capitals): taken where it decodes more
            for lowered in (run.lower(), run[0] + run[1:].lower()):
                repaired = _repaired(lowered.replace("μ", "µ"))  # "Μ" lower-cased is Greek
                if repaired != lowered.replace("μ", "µ") and (shown == run or len(repaired) < len(shown)):
                    shown = repaired.upper()
        if shown != run and run == run.upper() and _between_capitals(text, m.start(), m.end()):
            shown = shown.upper()  # "CAFÃ©", upper-cased after: "CAFÉ"
        if shown != run:
            out.append((m.start(), m.end(), shown))
    if "â" in text:
        out = sorted(out + _stripped_c1_repairs(text, out))
    return out


def escaped_again_repairs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, repaired) for every character reference escaped once more
    (``_ESCAPED_AGAIN_RE``: "&amp;rsquo;", "&amp;#8220;", "&amp;amp;"), read as the
    character it stands for: a pipeline that escaped a text twice turns its quotation
    marks into "&amp;ldquo;", which a browser shows as "&ldquo;", and read as shown the
    quotations went unseen and their words counted as the writer's (41.9 points on one
    article; a tester's find, 2026-12-06). Each is counted by the encoding measurement,
    once, as the one reference shown was before."""
    return [(m.start(), m.end(), html.unescape("&" + m.group(1))) for m in _ESCAPED_AGAIN_RE.finditer(text)]


def c1_control_repairs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, repaired) for every C1 control character (U+0080-U+009F) in ``text``
    that Windows-1252 gives a character: Windows-1252 text read as Latin-1 upstream shows
    its punctuation so ("\x93We go,\x94 she said\x97 and left\x85"), and each is read
    as the character it stands for, as ftfy's ``fix_c1_controls`` reads it. Read as
    written, an article quoting so had no quotations, and the hedges inside them counted
    as the writer's. The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
    0x90, 0x9D) stay as written.

    NEL (U+0085) is also a line break (quality.letters.LINE_BREAKS); it is read as "…"
    only in a text that holds another C1 control Windows-1252 defines, the sign of the
    damage. Call it after ``mojibake_repairs``, whose runs hold C1 controls of their own
    ("â\x80\x99", UTF-8's "’" read as Latin-1)."""
    found = []
    for m in _C1_CONTROL_RE.finditer(text):
        try:
            found.append((m.start(), m.end(), m.group().encode("latin-1").decode("cp1252")))
        except UnicodeDecodeError:
            continue  # undefined in Windows-1252: no character to read it as
    if all(c[2] == "…" for c in found):
        return []  # only NEL: a line break, with nothing to say it is damage
    # ... and with other marks, a NEL a word follows at once is a line break still ("said
    # so.\x85The next"): an ellipsis has a space, a mark or the end after it (a tester's
    # find: a text broken into lines by NEL, with one damaged apostrophe, read 146 "…")
    return [f for f in found if f[2] != "…" or not _NEL_BREAKS_BEFORE.match(text, f[1])]


#: A run of replacement characters or "?": each byte of a character's UTF-8 replaced
#: on its own, or a writer's emphasis ("What???"), which ends a sentence: after a word,
#: before a space, a closing mark or the end (_EMPHASIS_AFTER, looked at after the run).
_RUN_RE = re.compile(r"\ufffd{2,}|\?{2,}")
_EMPHASIS_AFTER = re.compile(r"(?:\s|[)\]\"”’']|$)")
#: How many runs of exactly three (a curly mark's or a dash's three bytes) that are no
#: emphasis show a text read byte by byte.
PER_BYTE_MIN_RUNS = 2


def per_byte_repairs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, marks) for each run of "\ufffd" or "?" that stands for the bytes of
    one character or more, each replaced on its own (UTF-8 read as ASCII: "It???s",
    "caf?????s"): the run read as one mark for each three bytes (``_bytes_read``), which
    ``lost_mark_repairs`` then reads by where it stands.
    Only in a text with PER_BYTE_MIN_RUNS or more runs of exactly three that end no
    sentence as emphasis does (then every run of two or more, wherever it stands); else []. Read as written, such a text lost its quotations and apostrophes (-16.2
    points on average over 40 corpus articles, -40.6 at most; a tester's find,
    2026-12-06)."""
    runs = list(_RUN_RE.finditer(text))
    if sum(len(m.group()) == 3 and not _emphasis(text, m) for m in runs) < PER_BYTE_MIN_RUNS:
        return []
    # so read, every run is bytes: "start.???" closes a quotation, " ??? " is a dash
    return [(m.start(), m.end(), _bytes_read(m.group())) for m in runs]


def _emphasis(text: str, run: re.Match[str]) -> bool:
    """Whether ``run`` ends a sentence as a writer's emphasis does: after a word, before
    a space, a closing mark or the end ("What??? It is over")."""
    return run.start() > 0 and text[run.start() - 1].isalnum() and _EMPHASIS_AFTER.match(text, run.end()) is not None


def _bytes_read(run: str) -> str:
    """A run of replaced bytes read as the characters they were: a curly mark or a dash
    is three bytes of UTF-8, a Latin letter two ("é", "Á"). Each mark stays one
    replacement, for ``lost_mark_repairs``; a letter, which no place tells, is left out
    ("caf?????s", "é’", reads "caf?s")."""
    marks, rest = divmod(len(run), 3)
    if rest == 1 and marks:  # two letters and the marks: 3k + 4 bytes
        marks -= 1
    return run[0] * marks


#: Where a lost mark stands: opening a word (after the text's or a line's start, a space
#: or an opening bracket or dash, before a letter or digit), between a word and its
#: contraction, after a closing punctuation mark, or after a word's last letter; and what
#: follows it.
_LOST_MARK_RE = re.compile(
    r"(?P<opening>(?:(?<=^)|(?<=[\s(\[{—–-]))[\ufffd?]{1,2}(?=[^\W_]|[\[#@]))"
    r"|(?P<contraction>(?<=[^\W\d_])[\ufffd?](?=(?:[stdmSTDM]|ll|re|ve|LL|RE|VE)(?![^\W\d_])))"
    r"|(?P<name_apostrophe>(?<=\b[A-Z])[\ufffd?](?=[A-Z][a-z]))"
    r"|(?P<joined>(?<=[^\W\d_]{2})[\ufffd?](?=[a-z]{2}))"
    r"|(?P<closing>(?<=[.,!;:?])[\ufffd?]{1,3}(?=[\s)\]}.,;:!—–]|$))"
    r"|(?P<after_word>(?<=[^\W_])[\ufffd?](?=[\s)\]}.,;:!—–]|$))"
    r"|(?P<dash>(?<=[ \t])[\ufffd?](?=[ \t-]))",
    re.MULTILINE,
)
#: How many "?" must stand where no question mark can (opening a word, between a word
#: and its contraction or an "O" and a name, between spaces, after ",", ";", ":" or
#: ".") before any is read as a lost mark:
#: one is a typo ("?The") or an address ("index.php?s=2"), two or more an encoder's work.
#: A contraction a space or a mark follows ("week?s budget") is as sure as two.
LOST_QUESTION_MARKS_MIN = 2
#: Where a "?" can stand that a question mark cannot: before a letter, a digit, "[",
#: "#", "@" (opening a word, a contraction, a name, a hashtag), "." or ",", between
#: spaces, or after ",", ";", ":" or ".". A text with none of these, and no "\ufffd", holds no "?" ``lost_mark_repairs``
#: would read, so its scan is skipped.
_MISPLACED_QUESTION_MARK_RE = re.compile(r"\?[^\W_\[#@.,]|[,;:.]\?|[ \t]\?[ \t]")


def lost_mark_repairs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, mark) for every "\ufffd" or "?" in ``text`` that stands where a
    quotation mark or an apostrophe was lost (module docstring): opening a word it is
    "“" (two, "“‘"); between a word and its contraction "’"; a "\ufffd" between spaces
    "—"; after closing punctuation, or after a word while a quotation it opened on the
    line is open, "”" (two or three, "’”", "’’”"); a "\ufffd" after a word
    ending in "s" with no quotation open is a plural's apostrophe ("residents\ufffd
    association"). A "?" after a word is a question mark unless a lower-case word follows
    it and it closes such a quotation ("?We asked? said Berg") or ends a word in "s"
    ("residents? association"); after a "?" it is one unless a quotation is open
    ("?Hello, Mom??? she says").

    A mark right after a character mojibake is made of ("Ã\ufffd") is left to
    ``mojibake_repairs``, to be called after this: it reads the run whole."""
    if "\ufffd" not in text and not _MISPLACED_QUESTION_MARK_RE.search(text):
        return []
    found = []
    open_line: int | None = None  # the line a quotation opened on, and is still open
    question_marks = 0  # "?" where no question mark can stand
    tokenised: bool | None = None  # is_tokenised(text), found when needed
    marks = list(_LOST_MARK_RE.finditer(text))
    for k, m in enumerate(marks):
        at, end, kind = m.start(), m.end(), m.lastgroup
        mark, n = text[at], end - at  # a run: a quotation inside a quotation, or the ends of both
        if at and mark == "\ufffd" and _MOJIBAKE_CHAR_RE.match(text, at - 1):
            # a lost byte inside a run of mojibake ("Ã\ufffd"): mojibake_repairs'; an
            # encoder's "?" after a sound letter ("café?s", Latin-1's) is a lost mark
            continue
        line = text.rfind("\n", 0, at)
        quoting = open_line == line
        if kind == "opening":
            found.append((at, end, "“" + "‘" * (n - 1)))
            open_line = line
            question_marks += mark == "?"
        elif kind == "dash":
            # " ? " stands where no question mark can: a dash between spaces was lost,
            # or, after a clause's last mark, a quotation's close ("do it,? ?" is
            # "do it,’ ”"); but in a tokenised text every question mark stands so
            if mark == "?" and tokenised is None:
                tokenised = is_tokenised(text)
            if mark == "?" and tokenised:
                continue
            closes = at >= 2 and text[at - 2] in ".,;:!?"
            found.append((at, at + 1, "”" if closes else "—"))
            question_marks += mark == "?"
        elif kind == "joined":
            # "mother?managing", "charges?as": a dash set close between words was lost.
            # Not counted toward the "?" that show the damage: an address's query
            # ("page.php?id=2") stands so too. (A lost letter, "na?ve", reads "na—ve":
            # two words where there was one, which no measurement charges.)
            found.append((at, at + 1, "—"))
        elif kind == "name_apostrophe":
            found.append((at, at + 1, "’"))  # "O?Keefe", "D?Angelo"
            question_marks += mark == "?"
        elif kind == "contraction":
            found.append((at, at + 1, "’"))
            # "week?s budget": no question mark stands there, nor does an address's
            # ("index.php?s=2" goes on without a space)
            spaced = _CONTRACTION_ENDS_RE.match(text, at + 1) is not None
            question_marks += (LOST_QUESTION_MARKS_MIN if spaced else 1) if mark == "?" else 0
        elif kind == "closing" and not (mark == "?" and text[at - 1] == "?" and not quoting):
            # no question mark follows a comma, a semicolon, a colon or a full stop: the
            # mark closed a quotation, whether or not its opening was seen on the line
            # ('rid of him,? the engineer said': the opening stood a line before)
            misplaced = mark == "?" and text[at - 1] in ",;:."
            if mark == "\ufffd" or quoting or misplaced:
                found.append((at, end, "’" * (n - 1) + "”"))
                open_line = None
            question_marks += misplaced
        elif kind == "after_word":
            # no question mark comes before a full stop or a comma ('of adversity?.')
            before_stop = text.startswith((".", ","), at + 1)
            question_marks += mark == "?" and before_stop
            if quoting and (mark == "\ufffd" or before_stop or _LOWER_WORD_AFTER_RE.match(text, at + 1)):
                if not before_stop and _closed_later_on_line(text, marks, k):
                    # '“We tried\ufffd and we failed,\ufffd he said': the quotation closes
                    # after a comma further on, so this mark inside it was an ellipsis
                    # (a "?" may be the writer's own and stays)
                    if mark == "\ufffd":
                        found.append((at, at + 1, "…"))
                    continue
                found.append((at, at + 1, "”"))
                open_line = None
            elif text[at - 1] in "sS" and (mark == "\ufffd" or _LOWER_WORD_AFTER_RE.match(text, at + 1)):
                found.append((at, at + 1, "’"))
    if question_marks < LOST_QUESTION_MARKS_MIN:
        found = [f for f in found if text[f[0]] != "?"]
    return found


def _closed_later_on_line(text: str, marks: list[re.Match[str]], k: int) -> bool:
    """Whether the next lost mark after ``marks[k]`` that can open or close a quotation
    (apostrophes and dashes passed over), on the same line, closes one after closing
    punctuation (",\ufffd ", ".\ufffd")."""
    line_end = text.find("\n", marks[k].end())
    for after in marks[k + 1 :]:
        if line_end != -1 and after.start() > line_end:
            return False
        if after.lastgroup not in _INSIDE_WORDS_OR_CLAUSES:
            return after.lastgroup == "closing"
    return False


#: Kinds of lost mark that stand inside a quotation without opening or closing one.
_INSIDE_WORDS_OR_CLAUSES = frozenset({"contraction", "name_apostrophe", "joined", "dash"})


_LOWER_WORD_AFTER_RE = re.compile(r"[ \t]+[a-z]")
_CONTRACTION_ENDS_RE = re.compile(r"[A-Za-z]{1,2}(?:\s|[.,;:!)]|$)")
_MOJIBAKE_CHAR_RE = re.compile(f"[{MOJIBAKE_LEAD}{MOJIBAKE_CONTINUATION}]")


def _repaired(run: str) -> str:
    """``run`` repaired (its lost bytes put back, then ``_fixed`` or, failing that, its
    bytes decoded as UTF-8), or ``run`` itself where the repair gives anything but Latin
    letters, punctuation, symbols and spaces."""
    primed = run
    for lost, byte in _LOST_CLOSING_QUOTE.items():
        primed = primed.replace(lost, byte)
    for dropped, byte in _DROPPED_CLOSING_QUOTE.items():
        if primed.endswith(dropped):
            primed = primed[: -len(dropped)] + byte
            break
    shown = _fixed(primed)
    if shown == primed:
        # a run ftfy, judging it alone, leaves be although it decodes whole into Latin
        # letters, marks and symbols ("Ã©â€”â€œ" is "é—“", "ÃŽ" "Î", "â–º" "►"): the
        # plausibility test below keeps "ß“", "Ñ–" and "é’“" as written (they decode to
        # N'Ko, Cyrillic, CJK)
        try:
            shown = primed.encode("sloppy-windows-1252").decode("utf-8")
        except UnicodeError:
            # ... or, read as Mac Roman: ftfy judging "√∫" alone leaves it, though it is
            # "ú" ("L√∫cia Ara√∫jo said" was no named source; a tester's find)
            try:
                shown = primed.encode("mac_roman").decode("utf-8")
            except UnicodeError:
                return run
    if shown == primed or not all(_plausible(c) for c in shown):
        return run
    return shown


def _plausible(c: str) -> bool:
    """Whether a repaired character is one a text mis-decoded from English holds: ASCII,
    a Latin letter (U+00A0-U+024F) or a mark of U+00A0-U+00BF, a Latin ligature ("ﬁ",
    as PDF text holds it), punctuation, a symbol, a space or "\ufffd"; not a C1 control
    nor a letter of another script."""
    if c.isascii() or "\u00a0" <= c <= "\u024f" or c in _LIGATURES:
        return True
    return unicodedata.category(c)[0] in "PSZ"


def _between_capitals(text: str, start: int, end: int) -> bool:
    """Whether the letter before ``start`` is a capital, and the one at ``end`` too if
    a letter stands there."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return before.isupper() and (after.isupper() or not after.isalpha())


def _stripped_c1_repairs(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, repaired) for Latin-1 mojibake whose C1 controls were dropped, outside
    the runs ``taken`` already. A lone "â" between ASCII letters is "’" in a contraction
    ("itâs", "Trumpâs", "donât", "Iâm", "weâll"; between other letters it is left be:
    "Lâm", "Râmnicu", "château"); opening a word after a space or bracket "“"; closing
    one, before a space or a mark, "”", these two only in pairs (``_paired_quotes``);
    between spaces "—". "â" and one character of U+00A0-U+00BF is the General
    Punctuation mark E2 80 xx gives ("â¦" "…", "â¢" "•"). Taken only from a text with a
    contraction or a pair of quotation marks read so: one "âge" or "pâté" is French,
    not damage."""
    inside = {i for a, b, _ in taken for i in range(a, b)}
    found: list[tuple[int, int, str]] = []
    for m in _STRIPPED_C1_RE.finditer(text):
        a, b = m.span()
        if a in inside:
            continue
        if m.group(1):
            mark = chr(0x2000 + ord(m.group(1)) - 0x80)
            if unicodedata.category(mark)[0] in "PZ":
                found.append((a, b, mark))
            continue
        before_word = _ASCII_LETTERS_BEFORE_RE.search(text, max(0, a - 20), a)
        after_word = _WORD_CHARS_RE.match(text, b)
        before = text[a - 1] if a else " "
        after = text[b] if b < len(text) else " "
        if before.isalpha() and after_word:
            if before_word and _ASCII_LETTERS_RE.fullmatch(after_word.group()) and _contracts(
                before_word.group(), after_word.group()
            ):
                found.append((a, b, "’"))
        elif (before.isspace() or before in "([") and after_word and after_word.group().isascii():
            found.append((a, b, "“"))
        elif before.isspace() and after.isspace():
            found.append((a, b, "—"))
        elif (before_word and before_word.end() == a or before in ".,!?;:") and not after.isalnum():
            found.append((a, b, "”"))
    found = _paired_quotes(text, found)
    # only a contraction gives "’" and only a kept pair "“"
    return found if any(shown in ("’", "“") for _, _, shown in found) else []


def _paired_quotes(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` with its "“" and "”" kept only in pairs, an opening closed by the next
    of them in its paragraph: a French "des ânes." opens nothing, and a lone "wordâ " may
    have been an apostrophe as well as a closing mark."""
    quotes = [k for k, (_, _, shown) in enumerate(found) if shown in "“”"]
    keep = set()
    for k, nxt in zip(quotes, quotes[1:]):
        if found[k][2] == "“" and found[nxt][2] == "”" and "\n\n" not in text[found[k][1] : found[nxt][0]]:
            keep.update((k, nxt))
    return [f for k, f in enumerate(found) if f[2] not in "“”" or k in keep]


def _contracts(word: str, ending: str) -> bool:
    """Whether ``word`` + "’" + ``ending`` is an English contraction or possessive."""
    ending = ending.lower()
    if ending == "s":
        return True
    if ending == "t":
        return word.lower().endswith("n")
    if ending == "m":
        return word == "I"
    return ending in ("ll", "re", "ve", "d") and word.lower() in _CONTRACTING_PRONOUNS


def _fixed(run: str) -> str:
    """``run`` through ftfy's ``fix_encoding`` until it stops changing (at most
    _MOJIBAKE_PASSES times). Once ftfy has repaired it, a run that still reads as UTF-8
    bytes in Windows-1252 is decoded so even where ftfy, judging the short run alone,
    would not ("Ã¢Å¡Â¡" is "âš¡" to ftfy, and "âš¡" is "⚡")."""
    for step in range(_MOJIBAKE_PASSES):
        shown = ftfy.fix_encoding(run)
        if shown == run and step > 0 and "\ufffd" not in run and _MOJIBAKE_RUN_RE.fullmatch(run):
            try:
                decoded = run.encode("sloppy-windows-1252").decode("utf-8")
            except UnicodeError:
                decoded = run
            if all(_plausible(c) for c in decoded):  # "é—“" is no "é—“" read wrong (CJK)
                shown = decoded
        if shown == run:
            break
        run = shown
    return run


def characters_as_read(text: str) -> str:
    """``text`` with its characters read as the measurements read them (invisible and
    control characters out, references, ellipses, full-width marks, look-alikes,
    apostrophes, spaces and line breaks as a reader sees them), without the paragraph
    reading: for comparing short strings, such as a title with a text's first line."""
    if _INVISIBLE_RE.search(text) or _CONTROL_RE.search(text):
        text = "".join(c for c in text if c not in _LEFT_OUT)
    return _OTHER_SPACE_RE.sub(" ", _characters_read(text, None, None)[0])


def _spaced_full_width(mark: str) -> str:
    """A full-width mark as read where a word touches it: its ASCII form with the space
    it had built in, before an opening bracket, after any other mark."""
    return " (" if mark == "（" else mark.translate(_FULL_WIDTH) + " "


def _ends_line(text: str, pos: int) -> bool:
    """Whether a line ends at ``pos``: the text's end, a line break or an escaped one."""
    return text[pos : pos + 1] in ("", "\r", "\n", "\\")


def _looks_encoded(run: str) -> bool:
    """Whether a run of the base64 alphabet standing alone on a line reads as encoded
    bytes, not as a word, number or acronym: padded ("...QmCC=="), or mixing two of
    lower case, capitals, digits and "+/-_" without being a word ("Counterintelligence"
    mixes a capital and lower case). A tail of one kind only ("ab") is left behind: one
    token more for the text, against a word of the text lost."""
    if run.endswith("="):
        return True
    if _ENGLISH_WORD_RE.fullmatch(run):
        return False
    kinds = (str.islower, str.isupper, str.isdigit, lambda c: c in "+/-_")
    return sum(any(kind(c) for c in run) for kind in kinds) >= 2


def data_uri_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every data URI with a base64 payload in ``text``, head and
    payload: on the head's line or the next (a line of its own that looks encoded), and
    over the lines it is wrapped on (MIME wraps at a fixed width, at most
    _MAX_WRAP_WIDTH: every line as wide as the first, the last no wider, and that one
    closing at once or a line of its own that looks encoded, ``_looks_encoded``, so a
    word, number or sentence on the next line is the text's)."""
    spans = []
    for head in _DATA_URI_HEAD_RE.finditer(text):
        if spans and head.start() < spans[-1][1]:
            continue
        pos = head.end()
        first = _BASE64_RUN_RE.match(text, pos)
        if first is None and (gap := _PAYLOAD_BREAK_RE.match(text, pos)) and gap.end() > pos:
            # the payload starts on the next line, a line of its own that looks encoded
            # (not "followed by the encoded bytes.", prose naming the prefix)
            first = _BASE64_RUN_RE.match(text, gap.end())
            if first is not None and not (_ends_line(text, first.end()) and _looks_encoded(first.group())):
                first = None
        if first is None:
            continue
        end, width = first.end(), first.end() - first.start()
        # wrapped lines follow only a line of a wrapping width (MIME: 64 or 76); a
        # payload written on one line ends with it
        while width <= _MAX_WRAP_WIDTH and (gap := _PAYLOAD_BREAK_RE.match(text, end)) and gap.end() > end:
            run = _BASE64_RUN_RE.match(text, gap.end())
            if run is None or len(run.group()) > width:
                break
            after = text[run.end() : run.end() + 1]
            whole_line = _ends_line(text, run.end())
            if len(run.group()) == width and (whole_line or after in _CLOSING_MARKS):
                end = run.end()  # a whole wrapped line
                continue
            # the last line: closing at once, or a line of its own that looks encoded (a
            # "2024", "NASA" or "OK" under a payload is the text's)
            if after in _CLOSING_MARKS or (whole_line and _looks_encoded(run.group())):
                end = run.end()
            break
        spans.append((head.start(), end))
    return spans


def _span_in_caller(
    kept: tuple[int, ...] | None, ends: tuple[int, ...] | None, a: int, b: int
) -> tuple[int, int]:
    """The span of the caller's text that ``view[a:b]`` reads (``kept`` and ``ends`` as
    ``_replaced`` takes them)."""
    start = a if kept is None else kept[a]
    end = ends[b - 1] if ends is not None else (b if kept is None else kept[b - 1] + 1)
    return start, end


def _replaced(
    view: str,
    kept: tuple[int, ...] | None,
    ends: tuple[int, ...] | None,
    pattern: re.Pattern[str],
    read_as: Callable[[str], str],
) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """``view`` with each match of ``pattern`` read as ``read_as(match)``, and for every
    character of the result where it starts and where it ends in the caller's text
    (``kept`` and ``ends`` map ``view`` there; None: positions as they are)."""
    return _replaced_at(view, kept, ends, [(m.start(), m.end(), read_as(m.group())) for m in pattern.finditer(view)])


def _replaced_at(
    view: str,
    kept: tuple[int, ...] | None,
    ends: tuple[int, ...] | None,
    spans: list[tuple[int, int, str]],
) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """``view`` with each (start, end) of ``spans`` (in order, apart) read as its
    string, and the position maps as ``_replaced`` gives them."""
    out: list[str] = []
    starts: list[int] = []
    stops: list[int] = []

    def start_of(i: int) -> int:
        return i if kept is None else kept[i]

    def end_of(i: int) -> int:
        return ends[i] if ends is not None else start_of(i) + 1

    def copy(a: int, b: int) -> None:
        out.append(view[a:b])
        starts.extend(start_of(i) for i in range(a, b))
        stops.extend(end_of(i) for i in range(a, b))

    cursor = 0
    for a, b, shown in spans:
        copy(cursor, a)
        out.append(shown)
        starts.extend([start_of(a)] * len(shown))
        stops.extend([end_of(b - 1)] * len(shown))
        cursor = b
    copy(cursor, len(view))
    return "".join(out), tuple(starts), tuple(stops)

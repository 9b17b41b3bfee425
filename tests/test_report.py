"""quality.report: the header's paragraph counts and the boilerplate marks in the text of
``quality explain``, which must agree with the HTML report and ``quality clean``."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quality.clean import clean_document
from quality.features.base import Evidence
from quality.report import (
    BOILERPLATE_TAG,
    CHROME_TAG,
    TAG_MEANINGS,
    _marked_text,
    paragraph_tags,
    paragraphs_line,
    render_html,
    render_terminal,
)

ARTICLE = (
    "The mayor, Ana Ruiz, said the bridge would open on Monday after two years of work. "
    "Traffic officials expect 20,000 cars a day, according to a city report published in "
    "March.\n\n"
    "Ruiz told reporters the bridge would cut travel times across the river by half. "
    '"We have waited a long time for this," she said at the opening ceremony.'
)
FILLER = (
    "Key takeaways\n\n"
    "In conclusion, it is important to note that bridges matter. Overall, this is a "
    "significant development for the city."
)
CHROME = "Share this article\n\nSign up for our newsletter to get the latest news."
# boilerplate for a chrome phrase, but a sentence: measured (a FakeNewsCorpus article's)
MEASURED = "Republished with permission from Bill Marler and Marler Clark. Copyright (c) Marler Clark LLP, PS. All rights reserved."


@pytest.fixture(scope="module")
def paged(scorer):
    text = f"{ARTICLE}\n\n{FILLER}\n\n{CHROME}"
    return text, scorer.score(text)


def test_the_header_counts_paragraphs_by_label(paged):
    # counts, never percentages: "filler 70%" beside filler.filler_char_frac = 0.731 (a
    # share of other characters) read as one figure twice, wrongly (a new user's find)
    _, result = paged
    line = paragraphs_line(result)
    assert line == "paragraphs: 2 of 6 content, 2 of 6 filler, 2 of 6 boilerplate (2 of them page chrome, not measured)"
    assert "%" not in line
    assert line in render_terminal(*paged, color=False).splitlines()
    assert line in render_html(*paged)


def test_the_header_says_which_quotations_count_as_the_writers_words(scorer):
    # a tester's find (2026-12-06): quotations filled 41% of a health story, so the end
    # of its last one counted as the writer's words, hedge and all (-6 points), while
    # every reason said "direct quotations left out"
    quotes = [
        '"We are seeing fewer admissions every week at the hospital," said Dr. Ana Ruiz, the chief physician.',
        '"The vaccine uptake in the region has been far better than we planned for," Ruiz added.',
        '"It is likely to stay that way, although that is perhaps optimistic," she said.',
    ]
    text = "Hospital admissions fell for a third week, the health ministry said on Monday.\n\n" + "\n\n".join(quotes)
    result = scorer.score(text)
    assert result.writer_quotations  # quotations fill over 40% of it
    (line,) = [x for x in render_terminal(text, result, color=False).splitlines() if x.startswith("quotations:")]
    a, b = result.writer_quotations[0]
    assert f"at {a}-{b}" in line and f"counts {result.quoted_weight:.2f} of one" in line
    # every quotation, each hedge in them at one weight (Document.quoted_weight)
    from quality.document import Document

    assert result.writer_quotations == Document(text).quotations and 0 < result.quoted_weight < 0.5
    reordered = "Hospital admissions fell for a third week, the health ministry said on Monday.\n\n" + "\n\n".join(quotes[::-1])
    assert scorer.score(reordered).reliability == pytest.approx(result.reliability, abs=1.0)
    assert line in html.unescape(render_html(text, result))
    assert not scorer.score(ARTICLE).writer_quotations  # a quotation in a report is the source's
    assert "quotations:" not in render_terminal(ARTICLE, scorer.score(ARTICLE), color=False)


def test_a_text_too_short_once_its_page_chrome_is_set_aside_says_so(scorer):
    # a tester's find (2026-12-06): "under 20 words" for a 71-word text whose claims
    # ended in a call to action, so that the paragraph was read as the site's
    text = (
        "AMAZING: Nurses hate this one simple habit that clears your skin in a week!\n\n"
        "You will not believe what happened. Hundreds of readers have tried it and the results "
        "are absolutely stunning. The big clinics are angry and want it stopped. Click here now "
        "to discover the secret before it is taken down forever!\n\n"
        "Share this with all your friends. Time is running out!"
    )
    result = scorer.score(text)
    assert result.label == "not_rated" and "too_short" in result.flags and result.page_chrome
    assert "once the site's lines are set aside (2 paragraphs" in result.note
    # a site's line measured as a sentence is no article's either (a second tester's
    # find: a headline over "Click here to read more stories" was rated "reliable")
    headline = "Harbor City council approves a fourteen million dollar budget for its old water mains"
    clicked = scorer.score(f"{headline}\n\nClick here to read more stories from Harbor City.")
    assert clicked.label == "not_rated" and "too_short" in clicked.flags
    assert "once the site's lines are set aside (1 paragraph of" in clicked.note
    assert "page chrome" not in scorer.score("The mayor opened the bridge on Monday.").note


def test_the_header_leaves_out_labels_no_paragraph_has(scorer):
    result = scorer.score(ARTICLE)
    assert paragraphs_line(result) == "paragraphs: 2 of 2 content"
    assert paragraphs_line(scorer.score(f"{ARTICLE}\n\n{MEASURED}")) == "paragraphs: 2 of 3 content, 1 of 3 boilerplate"


def test_page_chrome_is_tagged_where_it_opens(paged):
    text, result = paged
    report = render_terminal(text, result, color=False)
    body = report.split("Text (evidence marked [n])\n", 1)[1]
    assert f"key: {CHROME_TAG} opens a paragraph {TAG_MEANINGS[CHROME_TAG]}" in body
    assert f"{CHROME_TAG} Share this article\n\n{CHROME_TAG} Sign up for our newsletter" in body
    assert BOILERPLATE_TAG not in body
    # the tags and their legend are all that was added: the evidence marks are as before
    untagged = render_terminal(text, replace(result, paragraphs=[], page_chrome=[]), color=False)
    legend, tagged = body.split("\n\n", 1)  # the key, set apart from the text by a blank line
    assert legend.startswith(f"  key: {CHROME_TAG}")
    assert untagged.endswith("\n" + tagged.replace(CHROME_TAG + " ", ""))


def test_boilerplate_measured_as_a_sentence_is_tagged_apart(scorer):
    text = f"{ARTICLE}\n\n{MEASURED}"
    result = scorer.score(text)
    assert result.page_chrome == []
    body = render_terminal(text, result, color=False).split("\nText (", 1)[1]
    assert f"key: {BOILERPLATE_TAG} opens a paragraph {TAG_MEANINGS[BOILERPLATE_TAG]}" in body
    assert f"{BOILERPLATE_TAG} Republished with permission" in body
    assert CHROME_TAG not in body


def test_a_text_all_chrome_is_measured_and_tagged_so(scorer):
    text = "Share this article\n\nSign up for our newsletter to get the latest news."
    result = scorer.score(text)
    assert result.page_chrome == []  # read as it stands (quality.reading)
    assert set(paragraph_tags(result).values()) <= {BOILERPLATE_TAG}


def test_the_tags_mark_what_quality_clean_removes_and_the_page_strikes(paged):
    text, result = paged
    tags = paragraph_tags(result)
    assert sorted(tags) == [p.start for p in clean_document(text).removed]
    page = render_html(text, result)
    assert page.count("class='para boilerplate") == len(tags)
    # measured boilerplate is no struck text: the page set it apart (a new user's find)
    assert page.count("class='para boilerplate measured'") == len(tags) - len(result.page_chrome)
    assert page.count("; page chrome, not measured'") == len(result.page_chrome) == 2


def test_page_chrome_is_what_the_measurements_read_as_blank(paged):
    from quality.reading import reading_view

    text, result = paged
    view = reading_view(text)
    assert result.page_chrome == list(view.chrome)  # nothing to map: spans are the same
    assert all(view.text[p.start : p.end].strip() == "" for p in view.chrome)
    assert all(view.text[p.start : p.end].strip() for p in view.paragraphs if p not in view.chrome)


def test_marks_and_tags_interleave():
    def c(code: str, s: str) -> str:
        return f"<{s}>"

    text = "ab cd\n\nef gh"
    assert _marked_text(text, [(3, 5, 0)], {7: "[T]"}, c) == "ab <cd[1]>\n\n<[T]> ef gh"
    # a tag inside a span: the span's colour stops for the tag and goes on after it
    assert _marked_text(text, [(3, 9, 1)], {7: "[T]"}, c) == "ab <cd\n\n><[T]> <ef[2]> gh"
    # a tag where a span starts comes first; one at the very start too
    assert _marked_text(text, [(7, 9, 0)], {0: "[S]", 7: "[T]"}, c) == "<[S]> ab cd\n\n<[T]> <ef[1]> gh"
    # with nothing to tag, the text as marked before tags existed
    assert _marked_text(text, [(0, 2, 0)], {}, lambda _, s: s) == "ab[1] cd\n\nef gh"


class _Nesting(HTMLParser):
    """Every closing tag of a page, checked against the one it should close."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.misnested = 0

    def handle_starttag(self, tag, attrs):
        if tag not in ("meta", "br"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.misnested += 1


@pytest.mark.parametrize("seed", sorted((Path(__file__).parents[1] / "seeds").glob("*.txt")), ids=lambda p: p.name)
def test_the_page_nests_its_tags_where_evidence_crosses_a_paragraph(scorer, seed):
    # a wording piece over a paragraph's edge (". |\nEuropean") opened a mark in one
    # paragraph and closed it in the next (a new user's find on the README's example)
    text = seed.read_text(encoding="utf-8")
    checker = _Nesting()
    checker.feed(render_html(text, scorer.score(text)))
    assert checker.misnested == 0 and checker.open == []


def test_evidence_over_paragraph_edges_is_marked_in_pieces_that_nest(paged):
    # evidence over a filler paragraph's start, over a paragraph's end and the next one's
    # start, and to the text's end over two more edges: the page closes the mark before
    # each edge and opens it after (tags nest), the terminal stops its colour for each
    # tag, and between them the marks hold the evidence, no more
    text, result = paged
    spans = [(320, 335), (455, 470), (476, len(text))]
    first = result.top_reasons(1)[0]
    evidence = tuple(Evidence(a, b, text[a:b]) for a, b in spans)
    result = replace(result, reasons=[replace(r, evidence=evidence) if r is first else r for r in result.reasons])
    edges = {x for p in result.paragraphs if p.label != "content" for x in (p.start, p.end)}
    assert all(any(a < x < b for x in edges) for a, b in spans)
    page = render_html(text, result)
    checker = _Nesting()
    checker.feed(page)
    assert checker.misnested == 0 and checker.open == []
    pieces = re.findall(f"<mark [^>]*title='{re.escape(first.feature)}'>(.*?)</mark>", page, re.S)
    assert len(pieces) == 2 + 3 + 3
    assert html.unescape("".join(pieces)) == "".join(ev.text for ev in evidence)
    report = render_terminal(text, result, color=False)
    assert f"{text[320:335]}[1]" in report
    assert f"{text[455:462]}{CHROME_TAG} {text[462:470]}[1]" in report
    assert report.endswith(f"{text[476:482]}{CHROME_TAG} {text[482:]}[1]\n")


def test_the_terminal_report_reads_its_reasons_before_how_to_read_them():
    # a tester's find: three lines of caveats opened the report, before any reason
    from quality.report import POINTS_NOTES, render_html, render_terminal
    from quality.scorer import Scorer

    text = (Path(__file__).parents[1] / "seeds" / "004_24c4a358f596b150.txt").read_text(encoding="utf-8")
    result = Scorer.load().score(text)
    out = render_terminal(text, result, color=False)
    assert out.index("Reasons") < out.index("How to read the points") < out.index("Text (evidence")
    assert all(out.count(note) == 1 for note in POINTS_NOTES)
    page = render_html(text, result)
    assert all(html.escape(note) in page for note in POINTS_NOTES)


def test_the_header_says_no_points_where_no_reason_goes_that_way(scorer):
    # a tester's find: "+0.0 points lowering" read as a reason that lowered it by nothing
    result = scorer.score(ARTICLE)
    (line,) = [x for x in render_terminal(ARTICLE, result, color=False).splitlines() if " = baseline " in x]
    for way, sign in (("lowering", -1), ("raising", 1)):
        if any(sign * r.points > 0 for r in result.reasons):
            assert f"points {way}" in line and f"no points {way}" not in line
        else:
            assert f"no points {way}" in line
    reasons = [r for r in result.reasons if r.points >= 0]  # nothing lowers it
    raised = replace(result, reasons=reasons)
    (line,) = [x for x in render_terminal(ARTICLE, raised, color=False).splitlines() if " = baseline " in x]
    assert "no points lowering" in line and "+0.0" not in line
    # ... nor where what lowers it rounds to nothing (a tester's find, 2026-12-07: "+0.0
    # points lowering" over "(no feature lowers this article's reliability)")
    crumb = replace(reasons[0], points=-0.02)
    nearly = replace(result, reasons=[crumb, *reasons[1:]])
    (line,) = [x for x in render_terminal(ARTICLE, nearly, color=False).splitlines() if " = baseline " in x]
    assert "no points lowering" in line and "+0.0" not in line


@pytest.mark.parametrize(
    "score, shown",
    [(39.96, "39.96"), (59.97, "59.97"), (39.9996, "39.9996"), (40.0, "40.0"), (60.04, "60.0"), (39.94, "39.9"), (12.36, "12.4"), (99.99, "100.0")],
)
def test_a_score_is_never_shown_across_a_label_cut_off(score, shown):
    # a new user's find (2026-12-07): 39.962486 was printed "40.0 unreliable"
    from quality.model import label_for, shown_score

    assert shown_score(score) == shown
    assert label_for(float(shown)) == label_for(score)


def test_top_zero_prints_no_empty_headings(scorer):
    from quality.report import render_terminal

    text = (
        "The council will basically vote on Tuesday, the mayor said. It is important to note that "
        "costs rose by a third since March. Residents who spoke at the hearing asked for a delay, "
        "and two members agreed to consider one before the next meeting."
    )
    shown = render_terminal(text, scorer.score(text), top=0, color=False)
    assert "Reasons" not in shown and "In its favour" not in shown
    assert "Every other feature together" in shown
    assert "In its favour" in render_terminal(text, scorer.score(text), top=1, color=False)
    assert "Text (nothing marked: --top 0 lists no reasons)" in shown  # not "none lowers it"

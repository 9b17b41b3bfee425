"""The vocabulary signal: topic-masked tokens, the n-gram model and its evidence."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from quality import furniture
from quality.features import vocabulary
from quality.features.vocabulary import NAME, VocabularyModel, masked_tokens

RELIABLE = [
    "The minister said on Tuesday that the budget would rise by 3 percent.",
    "Police said on Monday that two men were arrested in Leeds.",
    "The company said in a statement that profits fell 12 percent in March.",
    "Officials told reporters on Friday that the bridge would reopen in June.",
] * 5
UNRELIABLE = [
    "This could potentially reshape everything, experts warn, and it remains to be seen.",
    "It is important to note that this may possibly change the landscape forever.",
    "Analysts suggest this development could potentially signal a seismic shift.",
    "Many believe this is truly a game-changer that will revolutionize the world!",
] * 5


@pytest.fixture
def numbers_read(monkeypatch):
    """Numbers read, as the rules for reading them whole see them: the tokeniser reads
    every number as one "<D>" first and leaves them all out last (UNREAD_SHAPES)."""
    vocabulary._masked_tokens.cache_clear()
    monkeypatch.setattr(vocabulary, "UNREAD_SHAPES", frozenset())
    yield
    vocabulary._masked_tokens.cache_clear()


@pytest.fixture(scope="module")
def model():
    texts = RELIABLE + UNRELIABLE
    y = [0] * len(RELIABLE) + [1] * len(UNRELIABLE)
    return VocabularyModel(min_df=1).fit(texts, y)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister slept", ["the", "<w>", "<w>"]),
        ("NATO quickly moved 42 times!", ["<w>", "<wly>", "<wed>", "<D>", "<ws>", "!"]),
        ("It will be İstanbul.", ["it", "will", "be", "<w>", "."]),
        # letter case is not read: lower-cased text masks the same
        ("it will be i̇stanbul.", ["it", "will", "be", "<w>", "."]),
        ("They're walking", ["they", "are", "<wing>"]),  # written out
        # cue words are the sourcing measurements' to count (bounded), not the vocabulary's;
        # commas and a wire dateline are not read (quality.features.vocabulary)
        ("Officials said on Tuesday, according to AP.", ["."]),
        ("Officials said on Tuesday that taxes, according to AP, rose.", ["that", "<ws>", "<w>", "."]),
        ("EASTGATE (Reuters) - It fell.", ["it", "<w>", "."]),
        ("Eastgate, March 3 (AP) — It fell.", ["it", "<w>", "."]),
        ("NEW YORK — It fell.", ["it", "<w>", "."]),
        # a list item's marker is the list measurements' to judge; a dash in a line is
        # unread, as a comma is (house style)
        ("- It fell.", ["it", "<w>", "."]),
        ("It fell - then rose.", ["it", "<w>", "then", "<w>", "."]),
        ("It fell, then rose.", ["it", "<w>", "then", "<w>", "."]),
        ("● It fell.\n► It rose.\n+ It ended.", ["it", "<w>", ".", "it", "<w>", ".", "it", "<wed>", "."]),
        # every verb form of a verb of saying is a cue word; a noun keeps its shape
        ("Officials commented on the claims.", ["on", "the", "<ws>", "."]),
        # the subject of a verb of saying goes, what it says stays; a clause that goes on
        # after the verb is read, and a comma between digits opens nothing
        ("A senior official said the plan would fail.", ["the", "<w>", "would", "<w>", "."]),
        ("On Tuesday, the president announced a new tax.", ["a", "<w>", "<w>", "."]),
        ("The county has 1,837 confirmed cases.", ["the", "<w>", "has", "<D>", "<ws>", "."]),
        ('"It is over." The governor said the state would appeal.', ["it", "is", "over", ".", "the", "<w>", "would", "<w>", "."]),
        ("Taxes rose — officials said.", ["<ws>", "<w>", "."]),
        ("Taxes rose, the board's deputy chief executive said.", ["<ws>", "<w>", "."]),
        ("Taxes rose, she told reporters in Paris.", ["<ws>", "<w>", "."]),
        ("She adds and insists it works.", ["and", "it", "<ws>", "."]),
        # an attribution closing a sentence is not read at all, whoever speaks
        ("Taxes rose, officials said.", ["<ws>", "<w>", "."]),
        ("Taxes rose, he also said on Tuesday.", ["<ws>", "<w>", "."]),
        ("Taxes rose, said the minister.", ["<ws>", "<w>", "."]),
        ("Taxes rose, analysts say.", ["<ws>", "<w>", "."]),
        ("Taxes rose, they say, and fell.", ["<ws>", "<w>", "and", "<w>", "."]),
        ('"Taxes rose," she told reporters.', ["<ws>", "<w>", "."]),
        ("Taxes rose?” she asked.", ["<ws>", "<w>", "?", "."]),
        # but a clause that goes on after the verb is the article's
        ("Taxes rose, he said the plan was, in effect, dead.", ["<ws>", "<w>", "the", "<w>", "was", "in", "<w>", "<w>", "."]),
        ("I have my say.", ["i", "have", "my", "<w>", "."]),
        # a pronoun goes with the verb of saying after it: "he ." was wire attribution
        ("Prices rose, he said on Tuesday.", ["<ws>", "<w>", "."]),
        ("They told me he left.", ["me", "he", "<w>", "."]),
        ("It fell.\n| A | B |\n|---|---|\n\nHome | News | Sport\nIt rose.", ["it", "<w>", ".", "it", "<w>", "."]),
        # a title line is not read either, nor a dateline after it
        ("Bus Fares Rise\n\nEASTGATE (Reuters) - It fell.", ["it", "<w>", "."]),
        ("It fell.\nLONDON (Reuters) - It rose.", ["it", "<w>", ".", "<w>", "(", "<ws>", ")", "it", "<w>", "."]),
        ("Shares - it fell.", ["<ws>", "it", "<w>", "."]),
        # what is no attribution is read (a reviewer's cases): a spaced hyphen is no word
        # of a subject, a passive no subject, a determiner no subject, a noun no verb
        ("He left - officials said - after the vote.", ["he", "<w>", "after", "the", "<w>", "."]),
        ("Several people were reported missing.", ["<w>", "<w>", "were", "<wing>", "."]),
        ("The suspect is believed to have fled.", ["the", "<w>", "have", "<w>", "."]),  # "is believed to": a hedge
        ("His writing was praised.", ["his", "was", "<wed>", "."]),
        ("An estimated 5,000 people came.", ["an", "<D>", "<w>", "<w>", "."]),
        ("The widely feared recession came.", ["the", "<wly>", "<w>", "<w>", "."]),
        ("Shares fell, prompting calls for an independent report.", ["<ws>", "<w>", "<wing>", "<ws>", "for", "an", "<w>", "<w>", "."]),
        ("Sales fell, sources report.", ["<ws>", "<w>", "."]),
        ("Taxes rose (officials said) last year.", ["<ws>", "<w>", "<w>", "<w>", "."]),
        ("Taxes rose [officials said] last year.", ["<ws>", "<w>", "<w>", "<w>", "."]),
        ("He left -- officials said -- after the vote.", ["he", "<w>", "after", "the", "<w>", "."]),
        # siblings both ways (a second reviewer): an -ly noun or name is a subject, a
        # capital past the first word a name, quantifiers alone no subject
        ("The family said the plan was dead.", ["the", "<w>", "was", "<w>", "."]),
        ("Kelly said the plan was dead.", ["the", "<w>", "was", "<w>", "."]),
        ("Theresa May said the plan was dead.", ["the", "<w>", "was", "<w>", "."]),
        ("Most reported cases were mild.", ["most", "<ws>", "were", "<w>", "."]),
        ("All reported cases were mild.", ["all", "<ws>", "were", "<w>", "."]),
        ("The much feared recession came.", ["the", "much", "<w>", "<w>", "."]),
        # "report" the noun after anything but a pronoun or a plural of people
        ("Sales fell, police report.", ["<ws>", "<w>", "."]),
        ("Sales fell, they claim.", ["<ws>", "<w>", "."]),
        ("Stocks fell, awaiting the jobs report.", ["<ws>", "<w>", "<wing>", "the", "<ws>", "<w>", "."]),
        ("Cases rose, prompting a census report.", ["<ws>", "<w>", "<wing>", "a", "<ws>", "<w>", "."]),
        ("Attacks rose, prompting an Iraqi report.", ["<ws>", "<w>", "<wing>", "an", "<w>", "<w>", "."]),
        # after an apposition the subject goes and what was said is read (a fresh
        # user's find: "Jones, 45, said" before two sentences lifted a generated text
        # 18 points, because the clause was dropped as if it named the speaker)
        ("Smith, 45, said he would appeal.", ["he", "would", "<w>", "."]),
        ("The firm, which has 3,000 staff, said profits fell.", ["the", "<w>", "which", "has", "<D>", "<w>", "<ws>", "<w>", "."]),
        ("The mayor - a teacher - said the school would reopen.", ["the", "<w>", "a", "<w>", "the", "<w>", "would", "<w>", "."]),
        ("Taxes rose, said John Smith, the mayor.", ["<ws>", "<w>", "."]),
        # a plural noun after a determiner, a participle phrase, a thousands comma
        ("Judges ruled, rejecting their claims.", ["<ws>", "<wed>", "<wing>", "their", "<ws>", "."]),
        ("Data came out, as well as their reports.", ["<w>", "<w>", "out", "as", "<w>", "as", "their", "<ws>", "."]),
        ("Roads shut, and an estimated 5,000 people fled.", ["<ws>", "<w>", "and", "an", "<D>", "<w>", "<w>", "."]),
        # a third helper's siblings: speakers after the verb in every form, clauses not
        ("'It works,' said Smith.", ["it", "<ws>", "."]),
        ("\u2018It works,\u2019 said Smith.", ["it", "<ws>", "."]),
        ('"It works," said Dr. Ana Ruiz.', ["it", "<ws>", "."]),
        ('"It works," said Smith (R-Texas).', ["it", "<ws>", "."]),
        ('"It works," Smith, 45, said.', ["it", "<ws>", "."]),
        ("It works, said one official.", ["it", "<ws>", "."]),
        ("It works, said people familiar with the matter.", ["it", "<ws>", "."]),
        ("It works, said a spokesman for the ruling party.", ["it", "<ws>", "."]),
        # appositions after the speaker describe it and go with it; a clause after it
        # is read (a fourth helper's find: ", said Mr. Dan Fox, 52, a farmer." read "52
        # a farmer")
        ('"It works," said Mr. Dan Fox, 52, a farmer.', ["it", "<ws>", "."]),
        ('"It works," said Ana Ruiz, a spokeswoman for the union, on Tuesday.', ["it", "<ws>", "."]),
        ('"It works," said Dan Fox, adding that the plan was dead.', ["it", "<ws>", "that", "the", "<w>", "was", "<w>", "."]),
        ('"It works," said Dan Fox, who is 52.', ["it", "<ws>", "who", "is", "<D>", "."]),
        # (a fifth helper's siblings) no determiner, a number or an adjective inside,
        # an abbreviation's period, a relative clause describing the speaker
        ('"It works," said Ana Ruiz, spokeswoman for the ministry.', ["it", "<ws>", "."]),
        ('"It works," said Ana Ruiz, chief executive of Acme Corp.', ["it", "<ws>", "."]),
        ('"It works," said Ana Ruiz, a 52-year-old farmer.', ["it", "<ws>", "."]),
        ('"It works," said Ana Ruiz, a former U.S. senator.', ["it", "<ws>", "."]),
        ('"It works," said Ana Ruiz, the mayor of St. Louis.', ["it", "<ws>", "."]),
        ('"It works," said Ana Ruiz, then a farmer.', ["it", "<ws>", "."]),
        ('"It works," said Dan Fox, the farmer who owns the land.', ["it", "<ws>", "."]),
        ('"It works," said Ana Ruiz, a farmer; prices fell.', ["it", "<ws>", ";", "<ws>", "<w>", "."]),
        ('"It works," said Dan Fox, the economy was growing.', ["it", "<ws>", "the", "<w>", "was", "<wing>", "."]),
        ('"It works," said Dan Fox, and prices fell.', ["it", "<ws>", "and", "<ws>", "<w>", "."]),
        ('"It was a hit," said Will Smith.', ["it", "was", "a", "<w>", "."]),
        ('"It was a hit," said Theresa May, the prime minister.', ["it", "was", "a", "<w>", "."]),
        ("May said it works.", ["it", "<ws>", "."]),
        ("Had Smith said so, it would fail.", ["had", "<w>", "so", "it", "would", "<w>", "."]),
        # a linking word before the subject is the article's
        ("Prices fell, so Smith said he would quit.", ["<ws>", "<w>", "so", "he", "would", "<w>", "."]),
        ("Each of you said it works.", ["it", "<ws>", "."]),
        # several phrases of when, where and to whom after the verb (a new user's find:
        # the second was read, and moved an article 6 points through word choice)
        ("Prices rose, he told reporters at the hospital on Sunday afternoon.", ["<ws>", "<w>", "."]),
        ("Prices rose, she said on Sunday afternoon in Marlow.", ["<ws>", "<w>", "."]),
        ("Prices rose, he told reporters the plan failed on Tuesday.", ["<ws>", "<w>", "<ws>", "the", "<w>", "<wed>", "."]),
        ("Prices rose, he told Reuters he quit.", ["<ws>", "<w>", "<ws>", "he", "<w>", "."]),
        # (a reviewer's) a participle is an adjective of the phrase; a clause opener ends it
        ("Prices rose, the company said in an emailed statement.", ["<ws>", "<w>", "."]),
        # (a last helper's siblings) any preposition opens such a phrase, and an
        # abbreviation's period before a comma does not end the speaker's appositions
        ("Prices rose, the minister said after the meeting in Brussels on Friday morning.", ["<ws>", "<w>", "."]),
        ("Prices rose, she told reporters outside the court.", ["<ws>", "<w>", "."]),
        ("Prices rose, he said by phone from Kyiv on Monday.", ["<ws>", "<w>", "."]),
        ("Prices rose, he said after the vote that taxes would rise.", ["<ws>", "<w>", "after", "the", "<w>", "that", "<ws>", "would", "<w>", "."]),
        ('"It works," said Tom Lee, chief executive of Acme Inc., a chipmaker.', ["it", "<ws>", "."]),
        ('"It works," said Dan Fox, Jr., a farmer.', ["it", "<ws>", "."]),
        ("Prices rose, she said in a televised address on Monday and Tuesday.", ["<ws>", "<w>", "."]),
        ("Prices rose, the bank said in a report that inflation remains high.", ["<ws>", "<w>", "in", "a", "<w>", "that", "<w>", "<ws>", "<w>", "."]),
        ("IT WORKS, SAID THE MINISTER WAS WRONG.", ["it", "<ws>", "the", "<w>", "was", "<w>", "."]),
        # an inverted speaker after "So"/"Thus"; a capitalised auxiliary before a name
        # is the name's ("Will Smith"); a pronoun inside the words before the verb opens
        # the subject, and the words before it are read ("A letter he wrote")
        ("So says John Smith, a farmer from Ohio.", ["."]),
        ("Will Smith said it works.", ["it", "<ws>", "."]),
        ("May Li said it works.", ["it", "<ws>", "."]),
        ("A letter he wrote was leaked.", ["a", "<w>", "was", "<wed>", "."]),
        ("Yesterday she said it works.", ["<w>", "it", "<ws>", "."]),
        ("Firefighters responded to the blaze.", ["<ws>", "to", "the", "<w>", "."]),
        ("It works, a person familiar with the ongoing talks said.", ["it", "<ws>", "."]),
        ("Jones, a lawyer, said it works.", ["it", "<ws>", "."]),
        ("It slowed, said China won the bid.", ["it", "<wed>", "<w>", "<w>", "the", "<w>", "."]),
        ("It slowed, said the economy grew 3 percent.", ["it", "<wed>", "the", "<w>", "<w>", "<D>", "%", "."]),
        ("It slowed, denying the claims.", ["it", "<wed>", "the", "<ws>", "."]),
        ("Stocks fell, amid mixed reports.", ["<ws>", "<w>", "<w>", "<wed>", "<ws>", "."]),
        ("Stocks fell, buoyed by strong earnings reports.", ["<ws>", "<w>", "<wed>", "by", "<w>", "<ws>", "<ws>", "."]),
        ("Sales fell, activists claim.", ["<ws>", "<w>", "."]),
        # web and e-mail addresses are not read, closing punctuation is
        ("Use Canal Street (https://example.org/a?x=1&y=en).", ["<w>", "<w>", "<w>", "(", ")", "."]),
        ("See www.example.com. Mail ana@example.org.", ["<w>", ".", "<w>", "."]),
    ],
)
@pytest.mark.usefixtures("numbers_read")
def test_masking_keeps_function_words_and_shapes_the_rest(text, expected):
    tokens = masked_tokens(text)
    assert [t for t, _, _ in tokens] == expected
    for _, start, end in tokens:  # offsets index the caller's text
        assert text[start:end].strip() == text[start:end] and text[start:end]


def test_commas_and_datelines_do_not_change_the_value(model):
    plain = "The minister said on Tuesday that prices rose, and the bridge would reopen."
    for edited in (
        plain.replace(",", ""),
        "LONDON (Reuters) - " + plain,
        "Eastgate, March 3 (AP) — " + plain,
        # unspaced after the agency (a tester's edit, 2026-12-07: -4.3 points)
        "LONDON (Reuters)—" + plain,
    ):
        assert model.measure(edited).value == pytest.approx(model.measure(plain).value, abs=1e-12)


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("WASHINGTON (Reuters)—President Li spoke.", "WASHINGTON (Reuters)—"),
        ('WASHINGTON (Reuters)—"We will act," he said.', "WASHINGTON (Reuters)—"),
        ("WASHINGTON (AP)--President Li spoke.", "WASHINGTON (AP)--"),
        ("WASHINGTON (AP) —President Li spoke.", "WASHINGTON (AP) —"),
        # a fresh helper's siblings: an agency in capitals, one hyphen, a horizontal bar
        ("BEIJING (XINHUA)—President Li spoke.", "BEIJING (XINHUA)—"),
        ("LONDON (Reuters)-British ministers met.", "LONDON (Reuters)-"),
        ("CAIRO (The Associated Press)―Talks resumed.", "CAIRO (The Associated Press)―"),
        ("LONDON, March 3 (AP) — The vote passed.", "LONDON, March 3 (AP) — "),
        # a sibling tester's finds, 2026-12-07: a company's ticker or a name's expansion
        # before an unspaced dash, or a place alone, opens a sentence
        ("Apple (AAPL.O)—the iPhone maker—said on Monday it would hire.", ""),
        ("The WHO (World Health Organization)—the UN agency—said so.", ""),
        ("US—China talks resumed.", ""),
    ],
)
def test_a_wire_dateline_is_told_from_a_sentence_opening(text, dateline):
    from quality.furniture import dateline_span

    a, b = dateline_span(text)
    assert text[a:b] == dateline


def test_topic_words_do_not_change_the_value(model):
    a = model.measure("The minister said on Tuesday that prices rose.").value
    b = model.measure("The farmer said on Friday that apples rose.").value
    assert a == pytest.approx(b, abs=1e-12)


def test_measure_matches_the_batch_log_odds_and_points_the_right_way(model):
    texts = [RELIABLE[0], UNRELIABLE[0], "", "!!!", "A short one."]
    batch = model.log_odds(texts)
    single = np.array([model.measure(t).value for t in texts])
    assert np.allclose(batch, single, atol=1e-6)
    assert batch[1] < batch[0]  # log-odds of reliable


def test_an_l1_row_makes_the_log_odds_a_weighted_mean_of_its_ngrams_coefficients():
    texts = RELIABLE + UNRELIABLE
    y = [0] * len(RELIABLE) + [1] * len(UNRELIABLE)
    l1 = VocabularyModel(min_df=1, norm="l1", max_gram_logodds=0.0, C=100.0).fit(texts, y)
    for text in (RELIABLE[0], UNRELIABLE[2]):
        index, weights, _, keep = l1._row(masked_tokens(text))
        coefs = l1.coef_[index]
        # sum of coefficient times the row's share: between its smallest and largest
        assert keep == 1.0 and coefs.min() - 1e-9 <= weights.sum() <= coefs.max() + 1e-9
        assert np.isclose(weights.sum() + l1.intercept_, l1.log_odds([text])[0])
        assert np.isclose(l1.log_odds([text])[0], l1.measure(text).value, atol=1e-6)
    # and it still points the right way: reliable wording above the intercept
    assert l1.log_odds([UNRELIABLE[0]])[0] < l1.intercept_ < l1.log_odds([RELIABLE[0]])[0]


def test_evidence_is_exact_non_overlapping_phrases(model):
    text = UNRELIABLE[0] + " " + UNRELIABLE[2]
    m = model.measure(text)
    assert m.name == NAME and m.value < 0 and m.evidence
    last_end = -1
    for e in m.evidence:
        assert text[e.start : e.end] == e.text
        assert all(len(g.split()) >= 2 for g in e.read_as.split(" | "))  # phrases, not a lone "the"
        assert e.start >= last_end  # in text order, never overlapping
        last_end = e.end
        # what was read there: the n-gram(s) of the model's masked tokens
        assert e.read_as and e.to_dict()["read_as"] == e.read_as
        assert all(1 <= len(gram.split()) <= model.max_n for gram in e.read_as.split(" | ")), e


def test_evidence_says_it_read_masked_words_not_the_names(scorer, seed_000):
    vocabulary = scorer.score(seed_000).features[NAME].evidence
    masked = [e for e in vocabulary if "<w" in e.read_as]
    assert masked  # a topic word or a name inside a span was read as its shape
    for e in masked:
        assert not any(word[:1].isupper() for word in e.read_as.split())  # no name survives


def test_evidence_cuts_no_number_or_abbreviation_in_two():
    # the shipped model's n-grams hold "<D> . <D>" and ". m ."; a span of them read
    # "Prices rose 4", ".1" and ".m." before it was widened to whole words
    from quality.document import whole_words
    from quality.scorer import Scorer

    text = (
        "Prices rose 4.1% in March, the statistics office said at 9:30 a.m. on Thursday. "
        "The U.S. figure, 1,200 jobs, was well-known. Economists had expected 3.9%."
    )
    r = Scorer.load().score(text)
    for name in (NAME, "word_choice.reliable_logodds"):
        spans = [(e.start, e.end) for e in r.features[name].evidence]
        assert spans, name
        assert all(whole_words(text, a, b) == (a, b) for a, b in spans), [text[a:b] for a, b in spans]
        assert all(a >= b0 for (_, b0), (a, _) in zip(spans, spans[1:]))  # in order, apart


@pytest.mark.parametrize(
    "text, spans",
    [
        ("no pipes here", []),
        ("a | b", []),  # one pipe: prose, read
        ("| a | b |\nprose\nHome | News | Sport", [(0, 9), (16, 35)]),
        ("x\n\n| a |\n", [(3, 8)]),
        # a table run into prose on one line (line breaks lost): the prose is read
        (
            "Registrations rose by a tenth this year. | Sector | Q1 | | Retail | 121 | "
            "County clerk Ayesha Grant said the rise followed two approvals.",
            [(41, 73)],
        ),
    ],
)
def test_pipe_lines_are_the_piped_part_of_lines_with_two_pipes(text, spans):
    assert vocabulary.pipe_lines(text) == spans


def test_words_of_a_long_table_are_left_out_and_the_rest_read():
    rows = "\n".join(f"| Item {i} | {i} units |" for i in range(3000))
    text = f"Officials acted quickly.\n{rows}\nThe report was later published."
    tokens = vocabulary.masked_tokens(text)
    table_start, table_end = text.index("| Item 0"), text.index("\nThe report")
    assert not any(table_start <= a < table_end for _, a, _ in tokens)
    assert [t for t, _, _ in tokens][:3] == ["<ws>", "<wed>", "<wly>"]
    assert tokens[-1][0] == "." and tokens[-1][1] == len(text) - 1


def test_typographic_quotes_read_as_typewriter_ones():
    curly = "“It’s ‘done’,” she said. «Non» — „ja“ ‹oui›."
    straight = "\"It's 'done',\" she said. \"Non\" — \"ja\" 'oui'."
    single = "'It's 'done',' she said. 'Non' — 'ja' 'oui'."  # quotation marks alike
    assert [t for t, _, _ in masked_tokens(single)] == [t for t, _, _ in masked_tokens(curly)]
    assert [t for t, _, _ in masked_tokens(curly)] == [t for t, _, _ in masked_tokens(straight)]
    assert [t for t, _, _ in masked_tokens(curly, masked=False)] == [
        t for t, _, _ in masked_tokens(straight, masked=False)
    ]


@pytest.mark.parametrize("dash", ["–", "—", "--", "―", "‒", "—-"])
def test_a_dash_of_any_width_reads_as_one_sign(model, dash):
    # house style, not reporting: spaced en dashes cost a reviewer's article 27 points
    text = f"The plan {dash} which failed {dash} was costly, officials said."
    hyphen = text.replace(f" {dash} ", " - ")
    assert [t for t, _, _ in masked_tokens(text)] == [t for t, _, _ in masked_tokens(hyphen)]
    assert model.measure(text).value == model.measure(hyphen).value


@pytest.mark.parametrize("joined", ["3–2", "London–Paris", "well‐known", "10‒12"])
def test_a_dash_inside_a_range_or_word_joins_it_as_a_hyphen_does(joined):
    hyphen = joined.replace("–", "-").replace("‐", "-").replace("‒", "-")
    text = f"A {joined} result. -- Reporting by Ana Ruiz"
    assert [t for t, _, _ in masked_tokens(text)] == [t for t, _, _ in masked_tokens(text.replace(joined, hyphen).replace("--", "—"))]


def test_quotation_marks_are_not_read():
    # anyone can type them; quotations are counted by sourcing under the cue bound
    quoted = "\"This is a serious concern,\" Dr. Smith said. 'It is,' she added."
    plain = "This is a serious concern, Dr. Smith said. It is, she added."
    assert [t for t, _, _ in masked_tokens(quoted)] == [t for t, _, _ in masked_tokens(plain)]
    assert [t for t, _, _ in masked_tokens("Dell's plan.")][0] == "<ws>"  # apostrophes stay
    for left, right in ("‟”", "＂＂", "「」", "『』", "❝❞", "〝〞", "❛❜"):
        assert [t for t, _, _ in masked_tokens(f"{left}Stop{right} she said.")] == ["<w>", "."]


def test_a_linking_word_opening_a_sentence_is_not_read():
    # "Still, ", "Still — " or "But " typed before every paragraph of a spun article
    # lifted it by up to 20 points through the vocabulary (testers' finds, 2026-12-06);
    # inside a sentence the word is read
    plain = [t for t, _, _ in masked_tokens("The plan failed. The vote was close. It ended.")]
    linked = masked_tokens("Still, the plan failed. Moreover — the vote was close. But it ended.")
    assert [t for t, _, _ in linked] == plain
    assert {"still", "but"} <= {t for t, _, _ in masked_tokens("The plan still failed, but the vote was close.")}


def test_pipes_after_any_line_break_and_prose_between_two_tables_is_read():
    prose = "The council approved the budget after a long debate that ran late."
    for br in ("\r", "\u2028", "\n"):
        assert [t for t, _, _ in masked_tokens(f"| a | b |{br}{prose}{br}| c | d |")] == [
            t for t, _, _ in masked_tokens(prose)
        ]
    one_line = f"| Sector | Q1 | | Retail | 121 | {prose} | Sector | Q2 | | Retail | 130 |"
    assert [t for t, _, _ in masked_tokens(one_line)] == [t for t, _, _ in masked_tokens(prose)]


# every kind of invisible character a reviewer found splitting words: format characters
# (Unicode category Cf) and a variation selector
INVISIBLE_KINDS = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2063\u180e\u202c\u2066\ufeff\ufe0f"


@pytest.mark.parametrize("mark", INVISIBLE_KINDS)
def test_invisible_characters_do_not_split_words(mark):
    tokens = lambda t: [tok for tok, _, _ in masked_tokens(t)]  # noqa: E731
    assert tokens(f"It is im{mark}port{mark}ant, {mark}truly.") == tokens("It is important, truly.")
    assert tokens(f"The im{mark}portant day") == ["the", "<w>", "<w>"]


@pytest.mark.parametrize("apostrophe", "'’‘‛ʼ′＇´`")
def test_every_typed_apostrophe_reads_as_one(apostrophe):
    text = f"Don{apostrophe}t go, the country{apostrophe}s fine."
    assert [t for t, _, _ in masked_tokens(text)] == [t for t, _, _ in masked_tokens("Don't go, the country's fine.")]
    raw = [t for t, _, _ in masked_tokens(text, masked=False)]
    assert "don't" in raw and "country's" in raw


@pytest.mark.parametrize(
    "text, word, opens",
    [
        ("Officials met.", "Officials", True),
        ("It ended. Officials met.", "Officials", True),
        ('It ended." Officials met.', "Officials", True),
        ('He said: "Officials met."', "Officials", True),
        ("Intro\n- Officials met.", "Officials", True),
        ("Intro\n  • Officials met.", "Officials", True),
        ("Intro\n> Officials met.", "Officials", True),
        ("Intro\n2. Officials met.", "Officials", True),
        ("Then Mr. Young spoke.", "Young", False),
        ("At the U.S. Open today.", "Open", False),
        ("The Federal Reserve met.", "Reserve", False),
        ("He said - Officials met.", "Officials", False),
        # any space, any line break, any list marker (siblings a reviewer found)
        ("It ended.\u00a0Officials met.", "Officials", True),
        ("It ended.\u2009Officials met.", "Officials", True),
        ("It ended\u2028Officials met.", "Officials", True),
        ("Intro\n● Officials met.", "Officials", True),
        ("Intro\n-> Officials met.", "Officials", True),
        ("Intro\na) Officials met.", "Officials", True),
        ("Then Cllr. Young spoke.", "Young", False),
        ("It was Roe v. Wade then.", "Wade", False),
        ("Intro\n(1) Officials met.", "Officials", True),
        ("Then Fr. Young spoke.", "Young", False),
        ("It went to the Rt. Hon. Young.", "Hon", False),
        ("Intro\n1.) Officials met.", "Officials", True),
        ("Intro\nDr. Young spoke.", "Young", False),
    ],
)
def test_opens_sentence_passes_quotes_and_bullets_but_not_abbreviations(text, word, opens):
    assert vocabulary.opens_sentence(text, text.index(word)) is opens


@pytest.mark.parametrize(
    "stripped, intact",
    [
        ("The country s economy", "The country's economy"),
        ("I don t know, we ll see", "I don't know, we'll see"),
        ("Let s go, I m sure", "Let's go, I'm sure"),
        ("The country\u00a0s economy", "The country's economy"),
        ("It ended. That s it.", "It ended. That's it."),
        ("I DON T KNOW. LET S GO.", "I DON'T KNOW. LET'S GO."),
    ],
)
def test_a_stripped_apostrophe_reads_as_the_intact_one(stripped, intact):
    assert [t for t, _, _ in masked_tokens(stripped)] == [t for t, _, _ in masked_tokens(intact)]
    # the joined token spans both pieces of the caller's text, or the two words of a
    # contraction written out do ("don t" as "do" and "not")
    tokens = masked_tokens(stripped)
    spans = [(a, b) for _, a, b in tokens] + [(a, d) for (_, a, _), (_, _, d) in zip(tokens, tokens[1:])]
    # ("That s it" opening a sentence: its "That" is the opener measurement's, "s" is "is")
    assert any(stripped[a:b].split() in (["country", "s"], ["don", "t"], ["Let", "s"], ["s"], ["DON", "T"]) for a, b in spans)


def test_a_lone_letter_that_is_no_clitic_stays_a_word():
    assert [t for t, _, _ in masked_tokens("Vitamin D is up, plan B s")][:2] == ["<w>", "<w>"]
    assert len(masked_tokens("It sat t here")) == 4  # "sat t": no n't
    # a lone capital after a lone capital is an abbreviation whose periods were stripped
    assert [t for t, _, _ in masked_tokens("The U S Army")] == ["the", "<w>", "<w>", "<w>"]


def test_typed_apostrophes_do_not_split_words():
    tokens = lambda t: [tok for tok, _, _ in masked_tokens(t)]  # noqa: E731
    plain = tokens("It is important. Don't go, it's fine.")
    assert tokens("It is im\u00adport\u200bant. Don\u00b4t go, it`s fine.") == plain
    text = "An im\u00adportant day."
    assert [text[a:b] for _, a, b in masked_tokens(text)][1] == "im\u00adportant"


def test_pronouns_are_read_without_their_gender():
    """Turning every "he" into "she" raised an article 2.3 points on average (a
    reviewer's find): the wording signals read both alike."""
    tokens = lambda t: [tok for tok, _, _ in masked_tokens(t)]  # noqa: E731
    assert tokens("She said her plan was hers; she did it herself and we met her.") == tokens(
        "He said his plan was his; he did it himself and we met him."
    )


@pytest.mark.usefixtures("numbers_read")
def test_numbered_list_markers_are_not_read():
    tokens = lambda t: [tok for tok, _, _ in masked_tokens(t)]  # noqa: E731
    assert tokens("1. The council met.\n2) The bridge opened.\n(3) Rain fell.") == tokens(
        "The council met.\nThe bridge opened.\nRain fell."
    )
    assert "<D>" in tokens("Prices rose by\n2.5 percent.")  # a number, not a marker
    numbered = "[1] The council met.\nb) The bridge opened.\n4.Prices rose."
    assert tokens(numbered) == tokens("The council met.\nThe bridge opened.\nPrices rose.")
    assert "<D>" not in tokens("Step 3: Rain fell.")  # a label's word is a word; its number no figure
    # a quoted line's "> " (Markdown, e-mail) is a marker too; inside a sentence a sign
    assert tokens("> The council met.\n\n>> The bridge opened.") == tokens("The council met.\n\nThe bridge opened.")
    assert "<P>" in tokens("Turnout was > 60 percent.")



def test_a_function_word_in_capitals_among_lower_case_words_is_a_name():
    # "US" for "U.S." read as the pronoun "us" moved an article 15 points
    tokens = lambda t: [tok for tok, _, _ in masked_tokens(t)]  # noqa: E731
    assert tokens("The US team won.") == tokens("The Dutch team won.")
    assert "us" in tokens("Let us go.")
    assert tokens("WHAT WE KNOW") == tokens("what we know")  # a headline in capitals


def test_sentence_opening_demonstratives_are_left_to_the_opener_measurement():
    tokens = lambda t: [tok for tok, _, _ in masked_tokens(t)]  # noqa: E731
    assert tokens("This season was long. That result stood.") == tokens(
        "Season was long. Result stood."
    )
    assert tokens("Heading\n\nThese two clubs met.") == tokens("Two clubs met.")  # title unread
    # inside a sentence a demonstrative is read as any function word
    assert "this" in tokens("He said that this was fine.")


def test_stock_phrases_are_left_to_the_filler_measurement():
    # counted there one item at a time; read here too, one moved a report 22 points
    with_phrase = "It is important to note that the bridge reopened. Prices rose."
    without = "The bridge reopened. Prices rose."
    assert [t for t, _, _ in masked_tokens(with_phrase)] == ["that"] + [t for t, _, _ in masked_tokens(without)]
    assert vocabulary.stock_phrase_spans(with_phrase) == [(0, 23)]


def test_filler_sections_are_left_to_the_filler_measurement():
    # a tester's find (2026-12-07): a stock section of plain bullets appended to an
    # unreliable article raised it through word choice
    body = "The new plan is a disaster for families. Insiders believe the goal was never to help."
    section = (
        "\n\nRecommendations for Policymakers\n\n- Review the current rules and their costs.\n"
        "- Publish the figures every year.\n- Consult the groups affected before any change."
    )
    assert _read(body + section) == _read(body)
    assert vocabulary.filler_spans(body + section)  # the section is labelled filler
    assert vocabulary.filler_spans(body) == []


def test_plain_prose_under_an_outline_heading_or_after_an_opener_is_read_as_without_them():
    # a tester's finds (2026-12-07): "Conclusion" over a celebrity report's last two
    # paragraphs, or "As the dust settles, " before one, left them unread: up to 45
    # points, most of them the wording's. Plain prose that is most of the article is
    # read whatever heading is put over it; a short outlook appended under one is the
    # section it announces, unread (read, it lifted unreliable articles by 10 points: a
    # second tester's find). A recap in the article's words after an opener stays
    # filler (filler_char_frac counts it) but is read past the opener
    lead = (
        "Allison Grey missed the awards on Sunday. Her wedding to Ricky Vance took place at "
        "a ranch in Wyoming on Saturday."
    )
    rest = (
        "Guests included Tom Hanks, who officiated, and Katy Perry. Photographs from the "
        "road trip to the ranch appeared online, but none of the ceremony itself.\n\n"
        "The couple met at a friend's birthday party in Brooklyn six years ago and kept "
        "their engagement quiet for months. Her publicist confirmed the wedding to a "
        "magazine, and the actress shared one picture of her gown with her followers."
    )
    for heading in ("Conclusion", "Key Takeaways"):
        assert _read(f"{lead}\n\n{heading}\n\n{rest}") == _read(f"{lead}\n\n{rest}")
    outlook = "The coming months will test whether the couple can keep their private life out of view."
    body = f"{lead}\n\n{rest}"
    assert _read(f"{body}\n\nConclusion\n\n{outlook}") == _read(body)
    recap = "Allison Grey missed the awards because of her wedding at the ranch in Wyoming."
    with_opener = f"{lead}\n\nAs the dust settles, {recap[0].lower()}{recap[1:]}"
    assert vocabulary.filler_spans(with_opener) == [(len(lead) + 2, len(lead) + 2 + len("As the dust settles"))]
    assert _read(with_opener)[-len(_read(recap)) + 1 :] == _read(recap)[1:]


def test_generator_leftovers_are_left_to_the_placeholder_measurement():
    # a tester's find (2026-12-07): a chat assistant's closing line, read, raised an
    # article through word choice by more than the placeholder measurement took off
    body = "The council met on Monday to approve the budget, the mayor said. The vote was 5 to 2."
    closing = " I hope this helps! Let me know if you would like any changes."
    read = _read(body + closing)
    assert read[: len(_read(body))] == _read(body)
    assert not {"hope", "helps", "know", "like", "let"} & set(read)
    assert vocabulary.leftover_spans(body + closing) and vocabulary.leftover_spans(body) == []
    # the rest of its paragraph is read: a leftover cannot hide the article's wording
    assert len(read) >= len(_read(body))
    # a source's words in quotation marks are news, and read
    quoted = body + ' "I hope this helps," the donor said of the gift.'
    assert vocabulary.leftover_spans(quoted) == []


def test_wire_formulae_are_not_read():
    # a fixed form any writer can paste: three appended to an unreliable article lifted
    # it 15 points on average (a tester's find, 2026-12-07)
    body = "The bridge reopened. Prices rose."
    assert _read(body + " The company declined to comment.") == _read(body + " The company.")
    assert _read(body + " Officials did not immediately respond to requests for comment.") == _read(body + " Officials.")
    assert _read(body + " It was not immediately clear when.") == _read(body + " It when.")
    assert _read("He did not immediately respond.") == ["he", "."]
    assert _read("The claim could not be independently verified.") == _read("The claim.")
    # more of each kind (a sibling tester's)
    assert _read(body + " The council refused to comment.") == _read(body + " The council.")
    assert _read(body + " The developer did not answer requests for comment.") == _read(body + " The developer.")
    assert _read(body + " Lawyers did not respond to questions.") == _read(body + " Lawyers.")


def test_a_title_line_is_not_read():
    body = "The council met on a cold day. It voted."
    assert masked_tokens(f"Officials outline plans for the year\n\n{body}") == [
        (t, a + 38, b + 38) for t, a, b in masked_tokens(body)
    ]
    # a first sentence, a hard-wrapped first line or a long first paragraph is read
    for text in ("The council met.\n\nIt voted.", "The council met on a\ncold day.\n\nIt voted."):
        assert furniture.title_span(text) == (0, 0)
    assert furniture.title_span(" ".join(["word"] * 25) + "\n\nBody.") == (0, 0)
    # any line break makes the blank line; a sentence's period before trailing spaces
    # still closes it
    assert furniture.title_span("Officials outline plans\r\n\r\nBody.") == (0, 27)
    assert furniture.title_span("Officials outline plans\u2029\u2029Body.") == (0, 25)
    assert furniture.title_span("The council met on a cold day. \n\nIt voted.") == (0, 0)
    # one line break after a title, as scraped text often has, when the next line is
    # no rest of a hard-wrapped sentence (its first word would have fitted above)
    title = "New rail timetable marks a turning point\n"
    assert furniture.title_span(title + "The operator will add forty trains a day from Sunday.") == (0, len(title))
    for text in (
        "The operator will add forty trains a\nday from Sunday on its busiest lines.",
        "A short line\nBody.",
        # a first line wrapped four columns wider than the rest, going on in lower case
        "The operator will add forty trains a day from Sunday on its busiest\nlines, and more in\nMay, when the new\nstations open.",
    ):
        assert furniture.title_span(text) == (0, 0)
    # ... or when it is wider than every line of the hard-wrapped paragraph below it
    wrapped = "The operator will add forty trains\na day from Sunday on its busiest\nlines, and more in May."
    title = "Rail operator adds forty trains a day from Sunday on its busiest lines\n"
    assert furniture.title_span(title + wrapped) == (0, len(title))
    # ... or when the next line opens a sentence with a stop word in capitals, however
    # wide the title (one as wide as the wrap)
    title = "Rail operator adds forty trains\n"
    assert furniture.title_span(title + wrapped) == (0, len(title))
    assert furniture.title_span("Rail operator adds forty trains and\nThe Hague ferry.") == (0, 0)
    assert furniture.title_span("Rail operator adds forty trains\nI said no.") == (0, 0)
    # a line ending on a stop word goes on, however much wider than the lines below
    wrapped = "Most of the money raised last year by\nThe Salvation Army went to\nshelters in the north, and\nthe rest to food banks."
    assert furniture.title_span(wrapped) == (0, 0)


def test_evidence_is_never_bare_placeholders():
    """"harbour authority" read as "<w> <w>" told a reader nothing of the phrasing."""
    from quality.scorer import Scorer

    text = (
        "The Port Ellis harbour authority approved plans for a new ferry terminal on Tuesday, "
        "ending a two-year dispute over traffic. The board voted 7 to 2 for the 48 million "
        "euro project, its chair, Marta Lindqvist, said."
    )
    wording = [w for w in Scorer.load().model.classifier.text_models_ if w.name.startswith("vocabulary")]
    for model in wording:
        m = model.measure(text, max_evidence=20)
        assert m.evidence
        for e in m.evidence:
            read = e.read_as or e.text.lower()
            assert not all(t in {"<w>", "<D>", "<P>"} for t in read.replace("|", " ").split()), e


def test_wording_evidence_leans_the_way_its_reason_moved_the_score(scorer):
    """A wording reason that raises reliability shows wording that leans reliable, and
    one that lowers it wording that leans unreliable: the value is read against the
    training mean, so a value below 0 can raise it (a reviewer: 29 of 63 words listed
    "in its favour" pushed the other way)."""
    import json
    from pathlib import Path

    labels = Path(__file__).resolve().parents[2] / "labels" / "team_articles.jsonl"
    rows = [json.loads(line) for line in labels.open()]
    models = {m.name: m for m in scorer.model.classifier.text_models_}
    checked = set()
    for row in rows:
        result = scorer.score(row["text"])
        for reason in result.reasons:
            if reason.feature not in models or reason.logodds == 0 or not reason.evidence:
                continue
            model = models[reason.feature]
            for e in reason.evidence:
                for gram in (e.read_as or " ".join(e.text.lower().split())).split(" | "):
                    weight = model.coef_[model.vocabulary_[gram]]
                    # a weight for reliable, a contribution towards unreliable
                    assert weight * reason.logodds < 0, (reason.feature, reason.points, gram)
            checked.add(reason.points > 0)
    assert checked == {True, False}  # both ways were seen


def test_a_dotted_acronym_reads_as_one_word():
    tokens = lambda t: [tok for tok, _, _ in masked_tokens(t)]  # noqa: E731
    assert tokens("The U.S. team won in the U.N. hall.") == tokens("The US team won in the UN hall.")


@pytest.mark.parametrize(
    "vague",
    [
        "Some people believe",
        "Experts warn",
        "It is believed",
        "Many analysts suggest",
        "Critics claim",
    ],
)
def test_a_vague_attribution_is_not_read_as_wording(vague):
    # sourcing counts it; read here too, "Some people believe that" in every third
    # sentence gained up to 20.8 points through the wording signals
    tokens = lambda t: [tok for tok, _, _ in masked_tokens(t)]  # noqa: E731
    assert tokens(f"The plan failed. {vague} the cost rose.") == tokens("The plan failed. The cost rose.")


def test_a_belief_in_something_is_no_attribution_and_is_read():
    tokens = lambda t: [tok for tok, _, _ in masked_tokens(t)]  # noqa: E731
    assert "<w>" in tokens("Some people believe in ghosts.")[:3]


@pytest.mark.parametrize(
    "hedged, plain",
    [
        ("Prices could potentially rise next year.", "Prices rise next year."),
        ("The vote may be delayed.", "The vote delayed."),
        ("The bridge might reopen in May.", "The bridge reopen in May."),
        ("The law is expected to pass.", "The law pass."),
        ("Costs rose, possibly by a third.", "Costs rose, by a third."),
        ("Perhaps the cost is unclear.", "The cost is."),
    ],
)
def test_a_hedge_is_not_read_as_wording(hedged, plain):
    # the hedging measurements count it, held to lower reliability only; read here,
    # modal verbs leaned reliable and hedging a whole wire story raised its vocabulary
    tokens = lambda t: [tok for tok, _, _ in masked_tokens(t)]  # noqa: E731
    assert tokens(hedged) == tokens(plain)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Divers could not reach the wreck.", "could"),  # inability, not a hedge
        ("The harbour reopened in May 2021.", "<w>"),  # the month, read as the other months
        ("Theresa May met the board.", "<w>"),  # a name, masked as any word
    ],
)
def test_what_only_looks_like_a_hedge_is_read(text, word):
    assert word in [tok for tok, _, _ in masked_tokens(text)]


def test_measure_shows_the_ngrams_that_push_the_way_it_is_asked(model):
    # toward = +1: wording that leans reliable (the value is log-odds of reliable);
    # -1: wording that leans unreliable; the scorer asks by the reason's points
    text = RELIABLE[0] + " " + UNRELIABLE[3]
    for toward in (1, -1):
        m = model.measure(text, toward=toward)
        assert m.evidence
        for e in m.evidence:
            for gram in (e.read_as or " ".join(e.text.lower().split())).split(" | "):
                assert toward * model.coef_[model.vocabulary_[gram]] > 0, (toward, gram)


def test_wording_evidence_shows_no_word_the_model_left_unread():
    # an n-gram read across a hedge or a vague attribution ("borders. Analysts suggest
    # that", read as "<ws> . that") is shown where it occurs without one, or not at all
    import re
    from pathlib import Path

    from quality.scorer import Scorer

    scorer = Scorer.load()
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    seed_texts = [p.read_text(encoding="utf-8") for p in seeds]
    # a hedge glued to a read word ("showed.Reportedly"): widening the span to whole
    # words must not take it in (a reviewer's find)
    glued = [t.replace(". ", ".Reportedly ").replace(", ", ",allegedly ") for t in seed_texts]
    texts = seed_texts + glued + [
        "Prices rose sharply. Analysts suggest that the rally could potentially fade, "
        "experts warn. It is important to note that rents fell on Monday, he said."
    ]
    checked = 0
    for text in texts:
        result = scorer.score(text)
        read = [(a, b) for _, a, b in masked_tokens(text)]
        for name in (NAME, "word_choice.reliable_logodds"):
            for e in result.features[name].evidence:
                for w in re.finditer(r"\w+", e.text):
                    a, b = e.start + w.start(), e.start + w.end()
                    assert any(s < b and a < t for s, t in read), (name, e.text, w.group())
                checked += 1
    assert checked >= 10


def _read(text: str) -> list[str]:
    return [t for t, _, _ in masked_tokens(text)]


@pytest.mark.parametrize(
    "house, other",
    [
        # a new user's break test: each edit moved an article by 7 to 16 points
        ("Prices rose 88.8 percent in March.", "Prices rose 88.8% in March."),
        ("Prices rose 88.8 per cent in March.", "Prices rose 88.8 pct in March."),
        ("The polls closed at 5 p.m. and results came at 6:30 p.m. on the day.",
         "The polls closed at 5PM and results came at 6:30 PM on the day."),
        ("It closed at 8 a.m. Then it opened.", "It closed at 8am. Then it opened."),
        ("I'm sure he'd go and they'll stay, but we don't know.",
         "I am sure he would go and they will stay, but we do not know."),
        ("She can't and won't go.", "She can not and will not go."),
        ("She cannot go, it's late and it's been a day.", "She can not go, it is late and it has been a day."),
        ("That's why there's a plan. Let's see.", "That is why there is a plan. Let us see."),
        ("The polls closed at 5 p.m and results came at 6 a.m on the day.",
         "The polls closed at 5 p.m. and results came at 6 a.m. on the day."),
        ("Six men and seven women, twenty-five in all.", "6 men and 7 women, 25 in all."),
        ("Mr Smith met Dr Ruiz.", "Mr. Smith met Dr. Ruiz."),
        ("It cost 1,000 pounds, up 2.5 times.", "It cost 1000 pounds, up 25 times."),
        # an amount however its currency and scale are written (a tester's find,
        # 2026-12-07: "6 billion dollars" cost a wire story 5.6 points, "USD 34m" lifted
        # a gossip piece 16.3)
        ("It cost $6 billion, or US$2 per head.", "It cost 6 billion dollars, or 2 dollars per head."),
        ("It cost USD 6bn and Rs. 500, up from €4 mln.", "It cost $6 billion and Rs 500, up from 4 million euros."),
        ("It cost £6 billion and ¥600.", "It cost 6bn pounds and 600 yen."),
        ("It cost $6 billion and $2 more.", "It cost 6 billion USD and 2 US dollars more."),
        ("It cost 6 billion Swiss francs.", "It cost 6bn rand."),
    ],
)
def test_house_style_of_numbers_times_titles_and_contractions_reads_as_one(house, other):
    assert _read(house) == _read(other)


@pytest.mark.usefixtures("numbers_read")
def test_words_that_only_look_like_house_style_keep_their_shape():
    assert "one" in _read("No one came.")  # a pronoun, not a number
    assert "am" in _read("I am here at 5 and I am staying.")  # no clock mark after "5 and"
    assert _read("Labour's 2 won the seats.")[-4:] == ["<w>", "the", "<ws>", "."]  # the verb, no currency
    assert _read("Dell's plan is done.")[0] == "<ws>"  # a noun's "'s" may be a possessive
    assert _read("It's done.")[:2] == ["it", "is"]  # a pronoun's never is
    assert _read("It's nobody's fault.")[:3] == ["it", "is", "<ws>"]  # "nobody's": a possessive
    assert _read("It's already been sold.")[:2] == ["it", "has"]  # an adverb before "been"
    assert _read("It was at Acme Inc. Then it ended.").count(".") == 2  # "Inc." ended one
    assert _read("It was 5. Then it ended.")[:4] == ["it", "was", "<D>", "."]  # a sentence's end
    assert _read("He left at 5 p.m. on Friday.")[-1] == "."
    assert _read("He left at 5 p.m. Then he ate.").count(".") == 2


@pytest.mark.parametrize(
    "contracted, written_out",
    [
        ("Nobody's been told.", "Nobody has been told."),
        ("The plan's been scrapped.", "The plan has been scrapped."),
        ("The team's never been beaten.", "The team has never been beaten."),
        ("The bill's finally been passed.", "The bill has finally been passed."),
        # a dotted abbreviation's too (the last stop's find)
        ("The U.S.'s been slow to act.", "The U.S. has been slow to act."),
    ],
)
def test_a_nouns_s_before_been_is_has(contracted, written_out):
    # "been" never follows a possessive: read as written, "The plan's been scrapped"
    # changed the noun's shape (a sibling writer's find)
    assert _read(contracted) == _read(written_out)


def test_a_nouns_s_stays_a_possessive_before_anything_else():
    assert _read("The mayor's office had closed.")[1] == "<ws>"
    # an "-ly" word between may be a noun: "the city's assembly had voted"
    assert _read("The city's assembly had voted.")[1] == "<ws>"
    assert _read("Somebody's car was gone.")[0] == "<ws>"
    # a name ending in "'s" before a past tense, and an elided possessive (a tester's finds)
    assert _read("McDonald's had record sales.")[:2] == ["<ws>", "had"]
    assert _read("Domino's got a new chief.")[:2] == ["<ws>", "<w>"]
    assert _read("It rose more than last year's had been.")[-4:-2] == ["<ws>", "had"]
    assert _read("The report's been-there feel.")[1] == "<ws>"  # a compound, no verb
    # a dotted abbreviation's possessive is one, as a word's is
    assert _read("The U.S.\u2019s plan failed.") == _read("The Nation's plan failed.")


def test_a_capitalised_word_inside_a_sentence_reads_alike_whatever_its_ending():
    # a tester's find: one person spelled "Bates", "Manning" or "Mann" read as "<ws>",
    # "<wing>" or "<w>", and the same article moved up to 8 points between them
    for other in ("Bates", "Manning", "Hasted", "Rogers"):
        assert _read(f"The report by Mr {other} was late.") == _read("The report by Mr Mann was late.")
    assert _read("The report by Paul Manning was late.") == _read("The report by Paul Mann was late.")
    # ... a capitalised plural alone is read by its ending (a group: measured, reading it
    # as a name cost the vocabulary 0.010 leave-one-corpus-out)
    assert _read("He met the Democrats in Washington.")[3] == "<ws>"
    # ... a word opening a sentence is read by its ending, as grammar capitalises it
    assert _read("Falling prices hurt.")[0] == "<wing>"
    assert _read("It fell. Falling prices hurt.")[3] == "<wing>"


def test_the_month_may_reads_as_the_other_months_and_the_modal_as_a_modal():
    # a tester's find: "May 27" read as the modal, 4.4 points below "June 27"
    assert _read("The vote was held on May 27 in the capital.") == _read("The vote was held on June 27 in the capital.")
    assert _read("May 27 was the day of the vote.") == _read("June 27 was the day of the vote.")
    assert _read("The vote was held in May, officials said.") == _read("The vote was held in June, officials said.")
    assert _read("Prices may rise.") == _read("Prices rise.")  # a hedge: unread, not a month
    assert _read("May the best team win.")[0] == "may"


def test_a_capitalised_ly_word_inside_a_sentence_is_a_name_not_a_manner_adverb():
    # "Mr. Lakely" read as "<wly>" moved an added sentence 4.2 points (2026-12-05)
    assert _read("The report by Lakely was late.") == _read("The report by Parker was late.")
    assert _read("Carly Smith left.") == _read("Maria Smith left.")
    assert _read("Sadly, the plan failed.")[0] == "<wly>"  # an adverb opening a sentence
    assert _read("It went badly.")[-2] == "<wly>"
    assert _read("The family left.") == _read("The house left.")  # an "-ly" noun
    # ... and at a sentence's start when a verb it is the subject of follows, a
    # possessive does, or it stands as a name elsewhere (a tester's finds)
    assert _read("Lakely said no.") == _read("Parker said no.")
    assert _read("Lakely's post went viral.") == _read("Parker's post went viral.")
    assert _read("Jemele Lakely wrote it. Lakely apologized.") == _read("Jemele Parker wrote it. Parker apologized.")
    assert _read("Italy voted.") == _read("Spain voted.")
    # a short sentence is no title-case line: grammar capitalises its first word
    # (a sibling writer's find: "Brackly" read as an adverb)
    assert _read("Then Brackly left.") == _read("Then Parker left.")
    assert _read("Then Brackly Smith left.") == _read("Then Parker Smith left.")  # no headline ends on "."
    assert "<wly>" in _read("Police Quickly Arrest Suspect in D.C.")
    # verbs ending in "-ly" are no manner adverbs
    assert _read("They apply and comply.") == _read("They ask and agree.")
    # not in a headline in title case, or set off by commas as an aside
    assert "<wly>" in _read("Senate Narrowly Passes Budget Bill")
    assert "<wly>" in _read("He called it, Frankly, a disaster.")
    assert "<wly>" in _read("It was QUICKLY abandoned.")
    # a tester's second round: adverbs that a title, an organisation, a missing full
    # stop, a dateline or a first name after them made names
    for text in (
        "It ran in the Daily Mail. Daily, thousands cross.",
        "The Office of Early Childhood said so. Early concerns about it grew.",
        "Naturally Dan is not a fan.",
        "Definitely would not be going.",
        "WASHINGTON Newly leaked emails show it.",
        "Staff at nursing homes Nearly 50% of them left.",
        "The vote was on 3 March Unfortunately the results were late.",
        "Step 1, Gently fold the eggs.",
        "Has Christmas Come Early?",
        "Car Split Completely in Half",
    ):
        assert "<wly>" in _read(text), text


def test_written_out_contractions_keep_spans_on_the_text():
    text = "We don't know."
    tokens = masked_tokens(text)
    assert [(t, text[a:b]) for t, a, b in tokens] == [("we", "We"), ("do", "do"), ("not", "n't"), ("<w>", "know"), (".", ".")]


def test_no_one_n_gram_moves_the_log_odds_past_its_limit(model):
    """One n-gram adds at most max_gram_logodds either way: a house-style token (a spaced
    dash) moved an article by 13 points through the vocabulary (a new user's find)."""
    text = "It is important to note that this could potentially reshape the landscape."
    _, weights, _, _ = model._row(model._tokens(text), text)
    assert model.max_gram_logodds == 0.05
    assert np.abs(weights).max() <= model.max_gram_logodds
    unlimited = dataclasses.replace(model, max_gram_logodds=0.0)
    for name in ("coef_", "intercept_", "prior_", "vocabulary_", "idf_"):
        setattr(unlimited, name, getattr(model, name))
    _, raw, _, _ = unlimited._row(unlimited._tokens(text), text)
    assert np.abs(raw).max() > model.max_gram_logodds  # the limit bites on this fit
    assert np.allclose(weights, np.clip(raw, -0.05, 0.05))


def _trimming(model, share):
    trimmed = dataclasses.replace(model, trim_share=share)
    for name in ("coef_", "intercept_", "prior_", "vocabulary_", "idf_"):
        setattr(trimmed, name, getattr(model, name))
    return trimmed


SPUN = (
    "It is important to note that this may possibly change the landscape forever. "
    "Analysts suggest this development could potentially signal a seismic shift. "
    "Many believe this is truly a game-changer that will revolutionize the world! "
    "This could potentially reshape everything, experts warn, and it remains to be seen."
)
PLAIN = "Police said on Monday that two men were arrested in Leeds."


def test_trimming_reads_the_wording_without_the_sentences_that_would_carry_it(model, monkeypatch, request):
    """A sentence of plain reporting set into a spun text moves the trimmed log-odds far
    less than the whole text's (a tester's find, 2026-12-06: one neutral sentence
    appended lifted an unreliable article 13.8 points)."""
    # the trimming alone: SPUN by itself is a filler paragraph, which the wording
    # signals do not read (filler_spans), and PLAIN makes it content
    monkeypatch.setattr(vocabulary, "filler_spans", lambda text: [])
    vocabulary._masked_tokens.cache_clear()
    request.addfinalizer(vocabulary._masked_tokens.cache_clear)  # no tokens read so are kept
    trimmed = _trimming(model, 0.3)
    gain = model.log_odds([SPUN + " " + PLAIN])[0] - model.log_odds([SPUN])[0]
    trimmed_gain = trimmed.log_odds([SPUN + " " + PLAIN])[0] - trimmed.log_odds([SPUN])[0]
    assert gain > 0.1
    assert abs(trimmed_gain) < gain / 4
    # the sentence left out is no evidence, and the value is that of the rest as written
    text = SPUN + " " + PLAIN
    m = trimmed.measure(text, toward=1)
    assert all(e.end <= len(SPUN) for e in m.evidence)
    assert m.value == pytest.approx(trimmed.log_odds([text])[0])


@pytest.mark.usefixtures("numbers_read")
def test_trimming_nothing_is_the_whole_texts_row(model):
    # off for models fitted from now on: in the whole model it cost held-out ranking
    # (mean 0.726 against 0.741, 2026-12-06); the measure stays, as an option
    assert VocabularyModel().trim_share == 0.0
    whole = _trimming(model, 0.0)
    text = SPUN + " " + PLAIN
    # no sentence (4 to 10 tokens) fits in 5% of its 36: nothing is left out
    assert _trimming(model, 0.05).log_odds([text])[0] == pytest.approx(whole.log_odds([text])[0])
    # a one-sentence text has nothing to leave out
    assert _trimming(model, 0.5).log_odds([PLAIN])[0] == pytest.approx(whole.log_odds([PLAIN])[0])
    # a sentence ends at ".", "!" or "?" and at a line break
    tokens = masked_tokens("One two. Three!\nFour five")
    assert vocabulary._sentence_ids(tokens, "One two. Three!\nFour five").tolist() == [0, 0, 0, 1, 1, 2, 2]


@pytest.mark.usefixtures("numbers_read")
def test_read_within_lines_the_order_of_paragraphs_does_not_move_the_wording():
    """A tester's find (2026-12-06): n-grams over a paragraph break (".\\n\\n28-year-old
    illegal") made the order of paragraphs move an article 8.5 points."""
    # two-paragraph texts: the n-grams over their breaks are there to be learned
    reliable = [f"{a}\n\n{b}" for a, b in zip(RELIABLE, RELIABLE[1:] + RELIABLE[:1])]
    unreliable = [f"{a}\n\n{b}" for a, b in zip(UNRELIABLE, UNRELIABLE[1:] + UNRELIABLE[:1])]
    texts, y = reliable + unreliable, [0] * len(reliable) + [1] * len(unreliable)
    within = VocabularyModel(min_df=1, across_lines=False).fit(texts, y)
    across = VocabularyModel(min_df=1).fit(texts, y)
    one, two = RELIABLE[2], UNRELIABLE[1]
    forward, backward = f"{one}\n\n{two}", f"{two}\n\n{one}"
    assert within.log_odds([forward])[0] == pytest.approx(within.log_odds([backward])[0])
    assert across.log_odds([forward])[0] != pytest.approx(across.log_odds([backward])[0])
    # no n-gram of its vocabulary holds a line break's two sides
    assert "<D> % ." in within.vocabulary_
    assert "% . that" in across.vocabulary_ and "% . that" not in within.vocabulary_
    # evidence spans stay within a line
    m = within.measure(forward)
    assert all("\n" not in e.text for e in m.evidence)


def test_numbers_are_left_to_the_sourcing_cues():
    # a tester's find (2026-12-07): " (up 12.4% from 3,150 in 2019)" set into every
    # other sentence lifted an unreliable article 18 points, 16 through the vocabulary
    plain = "Sales rose to a record, the firm said in a statement."
    figures = "Sales rose 12.4% to $6 billion, up from 3,150 in 2019, the firm said at 5 p.m. on March 3 in a statement."
    assert _read(figures) == ["<ws>", "<w>", "to", "up", "from", "in", "on", "<w>", "in", "a", "<w>", "."]
    assert not {"<D>", "%"} & set(_read(figures))
    assert "<D>" not in _read(plain + " Twelve of 40 stores shut.")
    assert _read("Sales rose 40 percent.") == _read("Sales rose.") == _read("Sales rose 40%.")
    # a sign glued between numbers is theirs (a sibling): no "/" or ":" left behind
    for written in ("10/12", "12/5/2023", "3-1", "2:0", "24/7", "1/2"):
        assert _read(f"The score was {written} on the day.") == _read("The score was on the day."), written
    assert _read("It was 3 - 1 at home.") == _read("It was - at home.")  # spaced: a dash of its own
    # ... and the signs glued to a number (a tester's siblings)
    for written in ("+3.2%", "~300", "#1", "5%/6%", "$5/$6", "5€", "₽5", "-4°C", "(45)", "5‰", "twenty-one", "nine-year-old", "+/-0.5", "½"):
        assert _read(f"It was {written} on the day.") == _read("It was on the day."), written
    assert _read("It ended in 2019.[1] Then it rained.") == _read("It ended in. Then it rained.")
    assert _read("We meet at 10: bring food.") != _read("We meet at bring food.")  # a colon of its own


def test_an_embedded_posts_credit_line_is_not_read():
    # a tester's find (2026-12-07): "(@janedoe" passed for wording, three such lines
    # cost an article up to 11.6 points
    post = "Great meeting today with local leaders on the new transport plan."
    credit = "— Jane Doe (@janedoe) July 26, 2017"
    assert _read(f"{post}\n\n{credit}\n\nThe council met.") == _read(f"{post}\n\nThe council met.")

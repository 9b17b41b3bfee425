"""The library scorer: one, many (in order, in parallel), a DataFrame; errors never sink a batch."""

from __future__ import annotations

import json
import math
import time

import numpy as np
import pandas as pd
import pytest
from conftest import AIRLINE_LEAD, AIRLINE_SECTIONS, field_case

from quality import extract_features
from quality.casing import CASE_READING
from quality.document import Document
from quality.errors import UsageError
from quality.io import MISSING_TEXT, Record, read_records
from quality.scorer import IN_FLIGHT_PER_WORKER, Scorer, ScoreResult, row_columns

MISSION = ("hedging.", "sourcing.", "repetition.", "formatting.", "filler.")



@pytest.mark.parametrize("seed", ["seed_000", "seed_004"])
def test_seeds_score_unreliable_for_the_mission_reasons(scorer, seed, request):
    text = request.getfixturevalue(seed)
    result = scorer.score(text, id=seed)
    assert result.label == "unreliable", result.reliability
    top = result.top_reasons(6)  # the two wording signals take two of the places
    mission = [r for r in top if r.feature.startswith(MISSION) and r.evidence]
    assert len(mission) >= 3, [r.feature for r in top]
    for r in mission:
        for ev in r.evidence:
            assert text[ev.start : ev.end] == ev.text


def test_explanation_is_exact(scorer, seed_004):
    r = scorer.score(seed_004)
    assert r.intercept + sum(x.logodds for x in r.reasons) == pytest.approx(r.decision, abs=1e-9)
    baseline = 100 / (1 + math.exp(r.intercept))
    assert baseline + sum(x.points for x in r.reasons) == pytest.approx(r.reliability, abs=1e-9)


def test_careful_report_scores_higher_than_spin(scorer):
    careful = (
        "The Meridian Water Authority said on Tuesday that rates may rise by 6 percent. "
        "\u201cWe do not yet know the final cost,\u201d said Dana Okafor, its finance director. "
        "The board votes on March 14, Okafor said."
    )
    spin = (
        "Experts warn that the decision could potentially reshape the region. Analysts suggest "
        "costs may possibly rise. It is important to note that only time will tell."
    )
    assert scorer.score(careful).reliability > scorer.score(spin).reliability


@pytest.mark.parametrize(
    "value, reason",
    [
        ("", "empty"),
        ("   \n\t", "empty"),
        (None, "text is missing (null or NaN)"),
        (3.5, "text is not a string (got float)"),
        (field_case("03d"), "no words"),  # emoji only
        (field_case("03e"), "no words"),  # an ellipsis only
        ("... !!! -- ?", "no words"),
        ("___ *** ###", "no words"),
        ("\U0001f44d\U0001f3fd \u2728\n\u2014", "no words"),
        ("1\ufe0f\u20e3 2\ufe0f\u20e3 3\u20e3 #\ufe0f\u20e3 \U0001f51f", "no words"),  # keycaps
        ("ʼ ＇ ´ ` ′ ‘ ‛ ʻ ʽ", "no words"),  # apostrophes alone, modifier letters too
        ("12345", "no words"),  # numbers alone are no prose
        ("12 345\n6,789.10\n2026-12-02", "no words"),
        ("3½ 4¼ 5¾ ²³ ₂₃", "no words"),  # numbers outside the ASCII digits too
        # character references read as what they show (a reviewer's find: scored before)
        ("&mdash;", "no words"),
        ("&#x1F525;&#128293; &hellip; &laquo;&raquo;", "no words"),
        ("&nbsp; &amp;&amp; &copy;", "no words"),
    ],
)
def test_bad_text_gives_an_error_result(scorer, value, reason):
    r = scorer.score(value)
    assert r.status == "error" and reason in r.error
    assert r.to_dict() == {"id": None, "status": "error", "error": r.error, "reliability": None, "label": None}


def test_flags(scorer):
    r = scorer.score("Это статья на русском языке. " * 10)
    assert "non_english" in r.flags and r.ok
    assert "short_text" in scorer.score("Short text here.").flags


def test_a_chat_assistants_words_left_in_a_text_raise_a_flag_and_leave_it_rated(scorer):
    # bounded like any fault, they cost a few points (a new user's find): the flag says so
    body = (
        "The council voted on Tuesday to approve the new tram line, which will run from the "
        "station to the hospital, the mayor said. Work starts in May and will take two years."
    )
    for leftover in ("Certainly! Here is the article you asked for:", "As an AI language model, I hope this helps."):
        r = scorer.score(f"{leftover}\n\n{body}")
        assert "generator_leftover" in r.flags and r.rated
    assert "generator_leftover" not in scorer.score(body).flags
    quoted = f'{body}\n\n"As an AI language model, I cannot vote," the chatbot wrote, officials said.'
    assert "generator_leftover" not in scorer.score(quoted).flags
    # a label alone is a transcript's too ("BYLINE:" in reliable outlets' transcripts),
    # and what the text reports someone said is theirs (a sibling writer's finds)
    for line in (
        "BYLINE: JANE DOE",
        "DOE: Sure! Here's the short version. The council approved it.",
        "HOST: Certainly! Here is the weather for Tuesday.",
        "I hope this helps, the donor wrote in a letter to the mayor, enclosing a cheque.",
        "Let me know if you need any changes, the mayor told the planners.",
    ):
        assert "generator_leftover" not in scorer.score(f"{body}\n\n{line}").flags, line
    for line in (
        "I'm sorry, but I can't assist with that request.",
        "Note: As an AI, I do not have access to real-time data.",
        "Absolutely! Below is a draft press release.",
        "Contact [Reporter Name] at [email address].",
        # a verb of saying's form after a determiner is its noun, and reports nothing
        # (a tester's find: the README's own example went unflagged)
        "As an AI language model, I cannot verify these claims.",
        "I'm sorry, but as an AI language model, I cannot confirm these claims.",
        "As an AI language model, I cannot check the notes.",
        # ... and its other names for itself (a second tester's siblings)
        "As an AI assistant, I cannot verify these claims.",
        "I am an AI language model and cannot verify these claims.",
        "As an artificial intelligence, I cannot verify these claims.",
    ):
        assert "generator_leftover" in scorer.score(f"{body}\n\n{line}").flags, line
    launched = f"{body}\n\nThe company launched its chatbot as an AI assistant for office workers in 2023."
    assert "generator_leftover" not in scorer.score(launched).flags


@pytest.mark.parametrize("text", ["&eacute;t&eacute; &amp; caf&eacute;", "&#97;&#98;&#99;", "&#233;&#233;", "&#1087;&#1088;&#1080;"])
def test_letters_from_a_character_reference_are_words(scorer, text):
    assert scorer.score(text).ok


def test_a_paragraph_quoting_a_menu_with_pipes_is_prose_not_a_table(scorer):
    # two pipes inside a one-paragraph article made it one "table row": refused as word
    # salad (a reviewer's find); a paragraph of sentences is never a row
    text = (
        "The city council voted on Tuesday to approve a new budget for the library system. "
        "Mayor Ana Ruiz said the plan would add two branches within three years. "
        "Share this article: Facebook | Twitter | Email. Council member Tom Lee, who voted "
        "against it, said the cost was too high for a city of its size. Library director "
        "Sam Park said hiring would begin in March. Residents spoke for and against the plan."
    )
    assert [p.kind for p in Document(text).paragraphs] == ["prose"]
    assert scorer.score(text).label != "not_rated"


def test_word_salad_is_flagged_and_an_article_is_not(scorer, seed_texts):
    import random

    words = "the budget council week would statement next on police city plan new year".split()
    rng = random.Random(2)
    salad = ". ".join(" ".join(rng.choice(words) for _ in range(12)).capitalize() for _ in range(60))
    r = scorer.score(salad + ".")
    assert "low_lexical_variety" in r.flags and r.ok
    assert r.label == "not_rated" and "word salad" in r.note and not r.rated
    assert r.features["repetition.mtld"].value < 20
    assert all("low_lexical_variety" not in scorer.score(t).flags for t in seed_texts.values())


@pytest.mark.parametrize(
    "text, english",
    [
        (field_case("20"), False),  # Russian news with «...» quotes and "сказал"
        ("Москва сегодня объявила новые меры.", False),  # short Russian
        ("今天北京下雨，气温下降了五度。", False),  # Chinese: no spaces between words
        ("Die Regierung hat am Dienstag neue Regeln für den Handel mit Getreide "
         "beschlossen, teilte das Ministerium in Berlin mit, und sie gelten ab Mai.", False),
        ("Officials said on Tuesday that the bridge would reopen.", True),
        # short texts in Latin letters: too few words for the function-word share, so
        # the language identifier decides; short English headlines stay English
        ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites.", False),
        ("Die Regierung hat am Dienstag eine neue Rentenreform angekündigt.", False),
        ("El gobierno anunció el martes una nueva reforma de las pensiones.", False),
        ("Merkel meets Macron in Berlin", True),
        ("COVID-19 vaccine rollout begins in Texas hospitals", True),
        ("Putin, Erdogan hold talks in Sochi", True),
        ("El gobierno anunció el martes una nueva reforma", False),  # es, with its relatives
        ("Pemerintah mengumumkan kebijakan baru untuk mengatasi inflasi", False),
        # numbers split into words: a line of prices is short, and English
        ("Stocks: AAPL 189.2 +1.1%, MSFT 411.3 -0.4%, NVDA 875.0 +3.2%, AMZN 178.1 +0.9%", True),
        ("Stocks: " + ", ".join(f"T{i} {100 + i}.25 +{i}.1%" for i in range(12)), True),
        # a short line repeated is as short, and not a language
        ("BREAKING: SENATE PASSES BUDGET BILL AFTER LATE NIGHT VOTE.\n" * 3, True),
        ("aaaa bbbb cccc dddd eeee ffff", True),
        ("Vlada je u utorak najavila novu mirovinsku reformu.", False),  # hr, bs, sr summed
        ("İstanbul ferries resumed on Friday, the authority said.", True),
        # Portuguese shares "a", "as", "no", "do" with English: 20+ words at 11% English
        # function words was rated "reliable" (a reviewer's find)
        ("O Banco Central do Brasil manteve a taxa básica de juros em 10,5% ao ano na "
         "quarta-feira, informou a instituição em comunicado. A decisão foi unânime entre os "
         "diretores, que citaram a incerteza fiscal e a alta do dólar.", False),
        # Dutch and Italian at 25% English function words ("in", "is", "die", "a")
        ("Het was in het voorjaar dat de minister zei dat het plan in gevaar was. Hij had in de "
         "Kamer gezegd dat het geld op was, maar in mei was er toch meer.", False),
        ("Il sindaco ha detto che i lavori in via Roma e in piazza Duomo saranno completati a "
         "giugno. I residenti in centro hanno protestato a lungo per i ritardi.", False),
        # an English list of names and figures holds few function words and is English
        ("Squad: Ana Ruiz of Leeds, Tom Lee (Bath), Sam Park (Exeter), Mia Chen of Bristol, "
         "Luis Ortega (Gloucester), Omar Haddad (Sale), Ivy Brooks (Harlequins), Noah Kim "
         "(Saracens). Coach Dan Ellis named both uncapped wingers for the Saturday fixture.", True),
        # another script with English in it: the English words bring function words
        ("Мэрия Новосибирска в среду закрыла два моста через Обь на ремонт. "
         "\"We will have the bridges open again by the end of the month,\" said the "
         "contractor. Движение транспорта перенаправлено на объездные дороги города, "
         "сообщили в пресс-службе мэрии.", False),
        ("Home | News | Sport | About us | Subscribe to our newsletter\n"
         "東京都は木曜日、新しい防災計画を発表した。計画には避難所の増設と、"
         "高齢者向けの支援体制の強化が含まれている。都の担当者によると、費用は約百億円になる。\n"
         "Share this article | Privacy policy | Terms of use", False),
        # an English report that quotes a passage in another script
        ("The mayor's office said on Wednesday that two bridges over the river would "
         "close for repairs until the end of the month, and that traffic would be sent "
         "along the ring road. Its statement read: «Движение перенаправлено».", True),
        # words with few spaces between them are words: minified CSS and text with its
        # spaces stripped are no English prose (a new user's find: rated)
        ("body{margin:0;padding:0;font-family:Arial,sans-serif}.header{background:#fff;"
         "color:#333;border-bottom:1px solid #eee}.nav a{color:#06c;text-decoration:none}", False),
        ("Thecouncilmetonmondayandagreedthebudget,saidthemayor.Thebridgewillreopen"
         "onfriday,officialssaid.Workersrepairedthedeckoverthesummer,andthetoll"
         "roseby5percent,thecountysaid.Residentswelcomedthenews.Shopsontheharbour"
         "reopened,ownerssaid.Thefestivalreturnsinjune,organiserssaid.Tourism"
         "rose,figuresshowed.Thenewferryrunsdaily,theoperatorsaid.Trafficeased,"
         "policesaid.Theschoolwillexpand,theprincipalsaid.", False),
    ],
)
def test_non_english_texts_get_no_label(scorer, text, english):
    r = scorer.score(text)
    assert r.ok
    assert ("non_english" in r.flags) is not english
    record = r.to_dict()
    if english and "too_short" in r.flags:  # a headline: too short to rate, in English
        assert record["label"] == "not_rated" and "under 20 words" in record["note"]
    elif english:
        assert record["label"] in ("reliable", "questionable", "unreliable")
        assert "note" not in record
    else:
        assert record["label"] == "not_rated" and "not English" in record["note"]
        assert record["reasons"] == []
    # the flat row (CSV, Parquet, DataFrames) says the same, in a column every row has
    row = r.to_row()
    assert list(row) == row_columns()
    if english and "too_short" not in r.flags:
        assert row["note"] is None and r.weightiest()
    else:
        assert row["note"] == record["note"] and r.weightiest() == []
        assert json.loads(row["top_reasons"]) == json.loads(row["top_raising"]) == []


def test_title_is_scored_and_offsets_documented(scorer):
    title, text = "Storm Coming, Experts Warn", "Experts warn it could possibly rain."
    r = scorer.score(text, title=title)
    assert r.title_offset == len(title) + 2
    assert r.to_dict()["title_offset"] == r.title_offset
    # as the README says: evidence indexes title + "\n\n" + text, the body from title_offset
    scored = f"{title}\n\n{text}"
    spans = [e for reason in r.reasons for e in reason.evidence]
    assert spans and all(scored[e.start : e.end] == e.text for e in spans)
    assert any(e.start >= r.title_offset for e in spans)
    assert scored[r.title_offset :] == text


@pytest.mark.parametrize("given", ["Storm Coming, Experts Warn", "  storm coming,  EXPERTS warn "])
def test_a_title_the_text_already_opens_with_is_not_read_twice(scorer, given):
    """A scraped row's headline is often its title and its text's first line too: a
    second copy pushed the first into the body, where the wording read it."""
    text = "# Storm Coming, Experts Warn\n\nThe council said on Monday it would close the pier."
    r = scorer.score(text, title=given, markdown=True)
    assert r.title_offset == 0
    assert r.to_dict() == scorer.score(text, markdown=True).to_dict()
    # a title that only begins the first line is a title over it
    assert scorer.score("Storm Coming today. It rained.", title="Storm Coming").title_offset == 14
    # a site's name after a title the text does not open with stays on it
    assert scorer.score("It rained.", title="Storm Coming | Herald").title_offset == len("Storm Coming | Herald") + 2


@pytest.mark.parametrize("title", ["The council met on Monday.", "the council met on Monday"])
def test_a_title_that_is_the_texts_first_sentence_is_not_read_twice(scorer, title):
    # a feed whose title is the lede's first sentence: prepended again, the article
    # repeated a sentence (a reviewer: 13.8 points at most)
    text = "The council met on Monday. It approved the budget for the year, officials said."
    r = scorer.score(text, title=title)
    assert r.title_offset == 0 and r.reliability == scorer.score(text).reliability
    assert scorer.score(text, title="The council met").title_offset == len("The council met") + 2


@pytest.mark.parametrize(
    "first_line, title",
    [
        ("Council – Budget Approved", "Council - Budget Approved"),
        ("\ufeffNo Cuts", "No Cuts"),
        ("“No Cuts”", '"No Cuts"'),
        ("**No Cuts**", "No Cuts"),
        ("# No Cuts #", "No Cuts"),
        ("No Cuts.", "No Cuts"),
        ("No cuts", "..."),  # a title without a word is none
        # one copy escaped, keyed or disguised otherwise (a reviewer's siblings)
        ("No cuts &amp; no delays", "No cuts & no delays"),
        ("City &mdash; No Cuts", "City — No Cuts"),
        ("No\x00 Cuts", "No Cuts"),
        ("N\u043e Cuts", "No Cuts"),  # a Cyrillic "о"
        # a crawl's <title>, the site's name after it (a tester's find, 2026-12-06)
        ("No Cuts", "No Cuts | Lakeside Press"),
        ("No Cuts", "No Cuts - BBC News"),
        ("No Cuts", "No Cuts — The Daily Herald"),
        # ... or the text's headline with it, and the title without (a tester's find)
        ("No Cuts - BBC News", "No Cuts"),
        ("No Cuts | Lakeside Press", "No Cuts"),
    ],
)
def test_a_headline_copy_differing_in_marks_dashes_or_markup_is_one_headline(scorer, first_line, title):
    text = f"{first_line}\n\nThe council said on Monday it would close the pier for repairs until the spring."
    r = scorer.score(text, title=title)
    assert r.title_offset == 0 and r.reliability == scorer.score(text).reliability


def test_score_many_keeps_order_and_loses_nothing(scorer, seed_texts):
    items = [
        "It may rain, analysts said.",
        Record("bad", None, "broken line"),
        "",
        *seed_texts.values(),
        None,
    ]
    one = [r.to_dict() for r in scorer.score_many(items, n_jobs=1, batch_size=2)]
    two = [r.to_dict() for r in scorer.score_many(items, n_jobs=2, batch_size=2, min_parallel=0)]
    assert one == two
    assert [r["status"] for r in one] == ["ok", "error", "error", "ok", "ok", "error"]
    assert one[1]["id"] == "bad" and one[1]["error"] == "broken line"
    # converted where scored: the same records, shipped light
    converted = list(scorer.score_many(
        items, n_jobs=2, batch_size=2, convert=ScoreResult.to_dict, min_parallel=0
    ))
    assert converted == one


def test_score_many_is_lazy(scorer):
    def endless():
        while True:
            yield "It may rain."

    results = scorer.score_many(endless(), batch_size=4)
    assert [next(results).ok for _ in range(10)] == [True] * 10


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_a_stream_that_raises_gets_every_item_before_it_scored_first(scorer, n_jobs):
    # a tester's find (2026-12-07): on workers, the items read into the batch that was
    # filling were lost with it (16 of 40 results, then the error)
    text = "The council met on Monday and approved the budget for next year, the mayor said."

    def stream():
        for i in range(20):
            yield {"id": str(i), "text": text}
        raise ValueError("the source broke")

    got = []
    with pytest.raises(ValueError, match="the source broke"):
        for result in scorer.score_many(stream(), n_jobs=n_jobs, min_parallel=0, batch_size=8):
            got.append(result.id)
    assert got == [str(i) for i in range(20)]


def test_score_many_on_workers_pulls_only_what_the_caller_takes(scorer):
    # a new user's find: with workers, a caller taking results slowly saw the stream
    # pulled thousands of articles ahead (and memory grow); now at most a few batches
    # per worker are in flight
    pulled = 0

    def endless():
        nonlocal pulled
        while True:
            pulled += 1
            yield "It may rain, analysts said."

    results = scorer.score_many(endless(), n_jobs=2, batch_size=4, min_parallel=0)
    taken = [next(results).ok for _ in range(10)]
    time.sleep(1.0)  # the workers have long finished what was sent
    assert taken == [True] * 10
    assert pulled <= 4 * (IN_FLIGHT_PER_WORKER * 2 + 2)
    results.close()  # stops quietly, and a new stream still works
    assert [r.ok for r in scorer.score_many(["It may rain."] * 3, n_jobs=2, min_parallel=0)] == [True] * 3


def test_lexical_density_is_not_counted_on_a_short_text(scorer):
    # a new user's find: one sentence of content words scored 64.8 "reliable", one of
    # function words 29.0 "unreliable", 14 to 17 points of each from lexical density
    dense = scorer.score("Ferry services between Dover and Calais were suspended Thursday.")
    chatty = scorer.score("It is what it is and that is that, you know.")
    for result in (dense, chatty):
        assert "short_text" in result.flags and result.flags.count("short_text") == 1
        (density,) = [r for r in result.reasons if r.feature == "readability.lexical_density"]
        assert not density.counted and "Not counted" in density.description
    # both get the same part, the mean over the training articles, in log-odds
    parts = [next(r for r in x.reasons if r.feature == "readability.lexical_density").logodds for x in (dense, chatty)]
    assert parts[0] == pytest.approx(parts[1], abs=1e-9)


def test_score_many_rejects_bad_options(scorer):
    with pytest.raises(UsageError, match="n_jobs"):
        list(scorer.score_many(["x"], n_jobs=0))
    with pytest.raises(UsageError, match="batch_size"):
        list(scorer.score_many(["x"], batch_size=0))


def test_score_frame(scorer, seed_004):
    df = pd.DataFrame({"body": [seed_004, None, "It may rain."]}, index=[10, 11, 12])
    out = scorer.score_frame(df, text_column="body")
    assert list(out.columns) == row_columns()
    assert list(out.index) == [10, 11, 12]
    assert list(out["status"]) == ["ok", "error", "ok"]
    assert out.loc[10, "label"] == "unreliable"
    features = extract_features(seed_004)
    assert out.loc[10, "formatting.stray_capital_per_1k_words"] == pytest.approx(
        features["formatting.stray_capital_per_1k_words"].value
    )
    with pytest.raises(UsageError, match="no column 'text'"):
        scorer.score_frame(df)
    # a column named so in other letter case is pointed out, as the CLI does
    with pytest.raises(UsageError, match="'Text' differs from 'text' only in letter case"):
        scorer.score_frame(pd.DataFrame({"Text": ["The council met on Monday."]}))


def test_score_frame_takes_an_id_column_when_there_is_one(scorer):
    """As the CLI's --id-column and score_dataset do: the "id" column by default, the
    index without one or for a missing id; id_column=None takes the index."""
    texts = ["It may rain, analysts said.", "Plain report.", None]
    df = pd.DataFrame({"id": ["a", None, 7], "text": texts}, index=[10, 11, 12])
    assert scorer.score_frame(df)["id"].tolist() == ["a", "11", "7"]
    assert scorer.score_frame(df, id_column=None)["id"].tolist() == ["10", "11", "12"]
    renamed = df.rename(columns={"id": "url"})
    assert scorer.score_frame(renamed)["id"].tolist() == ["10", "11", "12"]
    assert scorer.score_frame(renamed, id_column="url")["id"].tolist() == ["a", "11", "7"]
    with pytest.raises(UsageError, match="no id column 'uri'"):
        scorer.score_frame(renamed, id_column="uri")


@pytest.mark.parametrize(
    "value, error",
    [
        *((v, MISSING_TEXT) for v in (None, math.nan, np.float32("nan"), pd.NA, pd.NaT)),
        (3, "text is not a string (got int)"),
        # bytes are read as UTF-8 (as_text); bytes that are not UTF-8 say where
        (b"\xffIt may rain.", "text is bytes that are not UTF-8 (invalid start byte at byte 0)"),
        # ... and bytes with NUL bytes are binary or UTF-16, as a file with them is
        ("It may rain.".encode("utf-16-le"), "text is bytes with NUL bytes: binary, or UTF-16 "
         "or UTF-32 text; decode it to a string or re-encode it as UTF-8"),
    ],
    ids=["None", "nan", "float32 nan", "pd.NA", "pd.NaT", "int", "bytes not UTF-8", "bytes with NUL"],
)
def test_a_bad_text_gets_one_wording_on_every_entry_point(scorer, value, error):
    """score, score_many (a value or a Record), score_frame (object and pandas' string
    columns) and the CLI's readers word a missing or non-string text alike."""
    assert scorer.score(value).error == error
    assert [r.error for r in scorer.score_many([value, Record("r", value)])] == [error] * 2
    frames = [pd.DataFrame({"text": pd.Series(["It may rain.", value], dtype=object)})]
    if error == MISSING_TEXT:
        frames.append(pd.DataFrame({"text": pd.array(["It may rain.", None], dtype="string")}))
    for frame in frames:
        out = scorer.score_frame(frame)
        assert out["status"].tolist() == ["ok", "error"] and out["error"].iloc[1] == error


def test_the_readers_word_a_bad_text_as_the_scorer_does(tmp_path):
    src = tmp_path / "rows.jsonl"
    src.write_text('{"text": null}\n{"text": 3}\n{"text": ["a"]}\n', encoding="utf-8")
    errors = [r.error for r in read_records([str(src)])]
    assert errors == [MISSING_TEXT, "text is not a string (got int)", "text is not a string (got list)"]


def test_scorer_is_thread_safe(scorer, seed_texts):
    from concurrent.futures import ThreadPoolExecutor

    texts = list(seed_texts.values()) * 8
    expected = [scorer.score(t).reliability for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: scorer.score(t).reliability, texts))
    assert got == expected


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

FRAGMENTS = st.lists(
    st.sampled_from(
        [
            "Analysts suggest ",
            "it could potentially ",
            "rise. ",
            "Mayor Ana Ruiz said on Monday ",
            "“We will act,” she said. ",
            "Wrapping Up\n",
            "Feature | Details |\n",
            "BelarusS ",
            "collaboration,with ",
            "5 percent ",
            "\n\n",
            "It is important to note ",
            "the plan. ",
            "SHOCKING! ",
            "you ",
            "é",
            "",
        ]
    ),
    max_size=60,
).map("".join)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(FRAGMENTS)
def test_every_score_explains_itself_exactly(scorer, text):
    r = scorer.score(text)
    if not r.ok:
        assert r.error and not text.strip()
        return
    assert r.intercept + sum(x.logodds for x in r.reasons) == pytest.approx(r.decision, abs=1e-9)
    baseline = 100 / (1 + math.exp(r.intercept))
    assert baseline + sum(x.points for x in r.reasons) == pytest.approx(r.reliability, abs=1e-9)
    rated = ("reliable", "questionable", "unreliable")
    assert 0 <= r.reliability <= 100
    assert r.label in rated or (
        r.label == "not_rated" and {"non_english", "too_short"} & set(r.flags)
    )
    for reason in r.reasons:
        assert abs(reason.points) <= 20.0 + 1e-9  # bounded influence (quality.train)
        for ev in reason.evidence:
            assert text[ev.start : ev.end] == ev.text


def _team_texts(label: str) -> list[str]:
    from conftest import ROOT

    from quality.labels import read_labeled

    rows = read_labeled([ROOT / "labels" / "team_articles.jsonl"])
    return rows.loc[rows["label"] == label, "text"].tolist()


def test_case_reading_measurements_read_only_case():
    """What quality.casing leaves out of a lower-cased text carries nothing there: all
    but the sentence-start share fall to 0, and that one to nearly every sentence."""
    from quality.casing import CASE_READING

    measured = [n for n in CASE_READING if n in extract_features("A text.")]  # not the wording model
    for text in _team_texts("reliable") + _team_texts("unreliable"):
        features = extract_features(text.lower())
        for name in measured:
            if name == "formatting.lowercase_start_frac":
                assert features[name].value > 0.5, name
            else:
                assert features[name].value == 0.0, name
        features = extract_features(text.upper())
        for name in measured:
            if name != "sourcing.named_per_1k_words":  # in capitals every word is a name
                assert features[name].value == 0.0, name


def test_text_without_letter_case_is_scored_without_case_measurements(scorer):
    from quality.casing import CASE_READING

    clf = scorer.model.classifier
    values = getattr(clf, "neutral_contributions_", None)
    neutral = {} if values is None else dict(zip(scorer.model.feature_names, values))
    for text in _team_texts("reliable")[:4]:
        original = scorer.score(text)
        assert "no_letter_case" not in original.flags
        for changed in (text.lower(), text.upper()):
            result = scorer.score(changed)
            assert "no_letter_case" in result.flags
            reasons = {r.feature: r for r in result.reasons}
            for name in CASE_READING:
                # what the average training article gets, not "none found"
                assert reasons[name].logodds == pytest.approx(neutral.get(name, 0.0), abs=1e-12)
                assert "Not counted" in reasons[name].description
            counted = [r for r in result.reasons if r.feature not in CASE_READING]
            assert all("Not counted" not in r.description for r in counted)
            exact = result.intercept + sum(r.logodds for r in result.reasons)
            assert exact == pytest.approx(result.decision, abs=1e-9)
        assert "no_letter_case" not in Scorer.load(case_blind=False).score(text.lower()).flags


def test_measurements_not_counted_are_neither_marked_nor_praised_in_the_report(scorer):
    # a fresh user's find: a lower-cased article's sentence starts were marked as
    # faults and "named sources: 0" was listed "in its favour" as "more of it"
    from quality.casing import CASE_READING
    from quality.report import NOT_COUNTED_NOTE, favour_note, lowering_note, render_terminal

    text = max(_team_texts("reliable"), key=len).lower()
    result = scorer.score(text)
    assert "no_letter_case" in result.flags
    uncounted = [r for r in result.reasons if not r.counted]
    assert {r.feature for r in uncounted} == set(CASE_READING)
    assert all(r.counted for r in result.reasons if r.feature not in CASE_READING)
    for r in uncounted:
        assert lowering_note(r) == "" and favour_note(r) == NOT_COUNTED_NOTE
        assert r.to_dict()["counted"] is False
    report = render_terminal(text, result, top=40, color=False)
    # a second fresh user: not-counted measurements were still ranked as reasons and
    # listed "in its favour"; now they go with every other feature, named there
    shown, other = result.shown_reasons(40)
    assert all(r.counted for r in shown)
    assert result.baseline + sum(r.points for r in shown) + other == pytest.approx(result.reliability, abs=1e-9)
    listing = report.split("Text (evidence marked [n])", 1)[0]
    assert all(f" {name} = " not in listing for name in CASE_READING)
    assert "not counted for this text" in listing and "named_per_1k_words" in listing


def test_lower_cased_text_with_a_title_in_capitals_or_acronyms_is_caseless(scorer):
    text = max(_team_texts("reliable"), key=len).lower()
    assert len(text) > 500
    for changed in (
        text.replace(" the ", " the US ", 3),  # three acronyms took it over the line
        text.replace(" the ", " the U.S. ", 3),  # and their siblings
        text.replace(" the ", " the CEOs ", 3),
        text.replace(" the ", " the H5N1 ", 3),
        "UPDATE: NEWS ABOUT THE PLANT\n\n" + text,  # ("BREAKING" is a loaded word)
        "UPDATE: U.S. NEWS ABOUT THE PLANT\n\n" + text,
    ):
        result = scorer.score(changed)
        assert "no_letter_case" in result.flags
        assert result.reliability == pytest.approx(scorer.score(text).reliability, abs=3.0)
    # one short sentence opening on an acronym has too few sentence starts to tell
    assert "no_letter_case" not in scorer.score("KOH is widely used in the laboratory.").flags
    long_sentence = (
        "A child who is exclusively or predominantly oral may be helped by a speech "
        "therapist who works with the family over many months to build the words and "
        "sounds needed at school and at home."
    )
    assert "no_letter_case" not in scorer.score(long_sentence).flags


def test_lower_cased_body_under_a_cased_first_sentence_stays_caseless_when_capitals_are_added(scorer):
    # CoAID's texts come so: a headline or first sentence as written, the rest
    # lower-cased. A dateline or an image credit added its capitals and tipped the
    # letter share over the line, and the lower-case starts then cost 20+ points.
    for text in sorted(_team_texts("reliable"), key=len)[-3:]:
        first_end = text.index(". ") + 2
        body = text[:first_end] + text[first_end:].lower()
        base = scorer.score(body)
        assert "no_letter_case" in base.flags
        for changed in (
            "WASHINGTON (Reuters) - " + body,
            body + "\n\nPhoto: Jane Doe/Reuters Images",
            "LONDON (Reuters) - " + body + "\n\n(Reporting by Jane Doe; Editing by John Roe)",
        ):
            result = scorer.score(changed)
            assert "no_letter_case" in result.flags
            # what the case-reading measurements would cost stays uncounted; the added
            # words themselves still count (a credit line's five content words move
            # lexical density by up to 7.7 points here, as an image credit moves
            # corpus articles by up to 7.4 in evaluation/perturbations.py)
            assert all(not r.counted for r in result.reasons if r.feature in CASE_READING)
            assert result.reliability == pytest.approx(base.reliability, abs=8.0)


def test_a_cased_article_over_lines_of_links_keeps_its_case_measurements(scorer):
    text = sorted(_team_texts("reliable"), key=len)[-1]
    links = "\n".join(f"https://www.example.org/files/budget-document-{i}-final-version" for i in range(8))
    for changed in (text + "\n\n" + links, text + "\n\n#budget #tax #vote #news #policy #council"):
        assert "no_letter_case" not in scorer.score(changed).flags


@pytest.mark.parametrize(
    "tail",
    [
        "\n".join(f"- wash your hands for twenty seconds, {i} times a day" for i in range(8)),
        "\n".join(f"{i}. keep a distance of two metres from others" for i in range(1, 9)),
        "\n".join(f"{10 * i} percent of the flights were cancelled on day {i}." for i in range(1, 9)),
        "| advice | how often |\n|---|---|\n"
        + "\n".join(f"| wash your hands with soap {i} | keep two metres from others |" for i in range(8)),
    ],
)
def test_lower_case_list_items_table_cells_and_number_openers_do_not_make_a_text_caseless(scorer, tail):
    text = "The council met on Tuesday. It approved the budget. Officials said taxes would rise. The mayor welcomed the vote.\n\n"
    assert "no_letter_case" not in scorer.score(text + tail).flags


def test_text_with_some_lower_case_starts_keeps_its_case_measurements(scorer):
    text = max(_team_texts("reliable"), key=len)
    sentences = text.split(". ")
    # two in five sentences opening in lower case is sloppy writing, not a lower-cased text
    sloppy = ". ".join(s[:1].lower() + s[1:] if i % 5 in (1, 3) else s for i, s in enumerate(sentences))
    assert sloppy != text
    assert "no_letter_case" not in scorer.score(sloppy).flags


def test_spun_text_in_lower_case_keeps_its_case_measurements(scorer, seed_texts):
    # sentences that start in lower case are debris only when names are capitalised
    for text in seed_texts.values():
        assert "no_letter_case" not in scorer.score(text).flags


def test_no_feature_moves_a_corpus_article_more_than_20_points(scorer, seed_texts):
    """Bounded influence on training-corpus articles of every length (the shortest
    ones too, where per-1,000-word rates rest on little text) and on the seeds."""
    import json

    from conftest import SHARED_DATA

    texts = list(seed_texts.values())
    for path in sorted(SHARED_DATA.glob("*/articles.jsonl")):
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for _, line in zip(range(400), fh)]
        rows = [r for r in rows if isinstance(r.get("text"), str)]
        rows.sort(key=lambda r: len(r["text"]))
        texts += [r["text"] for r in rows[:10] + rows[-5:]]
    worst = 0.0
    for text in texts:
        r = scorer.score(text)
        if r.ok:
            worst = max(worst, max(abs(x.points) for x in r.reasons))
    assert worst <= 20.0 + 1e-9


def test_one_sentence_pasted_many_times_scores_no_higher_than_once(scorer):
    sentence = "Officials said on Monday the bridge would reopen after repairs. "
    once = scorer.score(sentence).reliability
    pasted = scorer.score(sentence * 2000).reliability
    assert pasted <= once
    assert scorer.score(sentence * 2000).label != "reliable"


def test_score_many_takes_mappings_as_a_json_reader_gives_them(scorer):
    items = [{"id": "a", "text": "Officials said the bridge opened on Monday."}, {"body": "x"}, "Plain text here."]
    got = list(scorer.score_many(items))
    assert [r.id for r in got] == ["a", "1", "2"]
    assert got[0].error is None and got[2].error is None
    assert got[1].error == (
        "no 'text' field (fields: body); give each item a 'text' key, or use "
        "Scorer.score_frame(df, text_column=...)"
    )


def test_score_many_names_a_series_items_by_its_index(scorer):
    # a new user's find, 2026-12-07: score_frame used the index, score_many(series) dropped it
    import pandas as pd

    texts = pd.Series(["Officials said the bridge opened on Monday.", "Plain text here."], index=["x", "y"])
    assert [r.id for r in scorer.score_many(texts)] == ["x", "y"]
    assert [r.id for r in scorer.score_many(texts.reset_index(drop=True))] == ["0", "1"]


def test_a_title_that_is_not_a_string_is_an_error_and_ids_are_text(scorer):
    text = "The council met on Monday and agreed the budget for the coming year."
    bad = scorer.score(text, title=123, id=5)
    assert bad.status == "error" and bad.error == "title is not a string (got int)"
    assert bad.id == "5"
    for missing in (None, float("nan")):
        assert scorer.score(text, title=missing).reliability == scorer.score(text).reliability
    # a title is read as the text is: bytes as UTF-8
    titled = scorer.score(text, title="Budget agreed").reliability
    assert scorer.score(text, title=b"Budget agreed").reliability == titled
    assert scorer.score(text, id=7).id == next(scorer.score_many([{"id": 7, "text": text}])).id == "7"


def test_a_title_over_no_text_is_no_article(scorer):
    """The body is judged first: with a title over it, an empty text scored the
    headline alone as an article."""
    for text, error in (("", "empty text"), (" \n", "empty text"), ("12 34", "no words")):
        result = scorer.score(text, title="Council agrees budget")
        assert result.status == "error" and error in result.error
        assert result.error == scorer.score(text).error


def test_every_library_entry_point_reads_a_row_as_the_cli_does(scorer, tmp_path):
    """score_many (mappings and plain values), score_frame and the CLI give one record
    one score: its title scored with its text, raw HTML read as a page, a title that is
    not text an error (a new user's find: the library's batch calls ignored titles)."""
    from quality.cli import main

    body = ("The council met on Monday and agreed the budget for the coming year, the "
            "mayor said. Officials said the bridge would reopen on Friday after repairs.")
    page = f"<div><h2>Budget agreed</h2><p>{body}</p></div>"
    rows = [
        {"id": "a", "text": body, "title": "SHOCKING!!! You won't BELIEVE what the council did"},
        {"id": "b", "text": page},
        {"id": "c", "text": body, "title": 7},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    main(["score", str(src), "-o", str(tmp_path / "out.jsonl"), "--quiet"])
    cli = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    many = [r.to_dict() for r in scorer.score_many(rows)]
    frame = scorer.score_frame(pd.DataFrame(rows)).reset_index(drop=True)
    assert cli[0]["reliability"] != scorer.score(body).reliability  # the title counted
    for i, (c, m) in enumerate(zip(cli, many)):
        assert (c["status"], c.get("reliability")) == (m["status"], m.get("reliability"))
        assert frame.loc[i, "status"] == c["status"]
        if c["status"] == "ok":
            assert frame.loc[i, "reliability"] == pytest.approx(c["reliability"], abs=1e-5)
    assert many[2]["error"].startswith("title is not a string (got int)")
    assert "title_column=None" in many[2]["error"]
    # title_column=None reads none; a misspelt title column is refused
    untitled = next(scorer.score_many(rows[:1], title_column=None))
    assert untitled.reliability == scorer.score(body).reliability
    with pytest.raises(UsageError, match="no title column 'headline'"):
        scorer.score_frame(pd.DataFrame(rows), title_column="headline")


def test_the_library_bounds_one_records_length(scorer):
    """max_chars, as the CLI's --max-chars: a text over it is an error result, not
    minutes of one worker's time (a new user's find: 5,000,000 characters took 117 s)."""
    long_text = "The council met on Monday and agreed the budget. " * 40
    (over, ok) = scorer.score_many([long_text, "It may rain, analysts said."], max_chars=1000)
    assert over.status == "error" and "over the limit of 1,000" in over.error and "max_chars" in over.error
    assert ok.status == "ok"
    out = scorer.score_frame(pd.DataFrame({"text": [long_text]}), max_chars=1000)
    assert out["status"].tolist() == ["error"]
    assert next(scorer.score_many([long_text], max_chars=None)).status == "ok"


def test_score_frame_warns_when_ids_repeat(scorer):
    """1.0 reads "1", and a missing id falls back to its row's index label, 1: two rows
    with one id (a new user's find); the output keeps order, and says so."""
    df = pd.DataFrame({"id": [1.0, float("nan")], "text": ["It may rain.", "It rained."]})
    with pytest.warns(UserWarning, match="repeat an id \\(1\\)"):
        out = scorer.score_frame(df)
    assert out["id"].tolist() == ["1", "1"]


def test_score_many_refuses_one_string(scorer):
    with pytest.raises(TypeError, match="score\\(text\\)"):
        scorer.score_many("The council met on Monday.")  # when called, not when read
    # nor one mapping or Record, which iterate as their keys and fields (a tester's find:
    # "id" and "text" scored as two articles)
    with pytest.raises(TypeError, match="not one dict: use score_many\\(\\[item\\]\\)"):
        scorer.score_many({"id": "story-1", "text": "The council met on Monday."})
    with pytest.raises(TypeError, match="score_record\\(record\\)"):
        scorer.score_many(Record("story-1", "The council met on Monday.", None))
    # nor a DataFrame or a pyarrow Table, which iterate as their columns (a tester's
    # find: three rows gave two "not_rated" results, the column names)
    import pyarrow as pa

    frame = pd.DataFrame({"id": ["a", "b", "c"], "text": ["One.", "Two.", "Three."]})
    for table in (frame, pa.Table.from_pandas(frame)):
        with pytest.raises(TypeError, match="score_frame"):
            scorer.score_many(table)
    # ... but a pyarrow column is read value by value, as a pandas one is
    column = pa.Table.from_pandas(frame)["text"]
    assert [r.error for r in scorer.score_many(column)] == [r.error for r in scorer.score_many(frame["text"])]
    for bad in ("2", 1.5, True):
        with pytest.raises(UsageError, match="whole number"):
            scorer.score_many(["One."], n_jobs=bad)
        with pytest.raises(UsageError, match="whole number"):
            scorer.score_frame(frame, n_jobs=bad)


def test_an_item_that_raises_when_read_is_its_own_error(scorer):
    # a tester's find: an id whose str() raises ended the whole stream
    class Unprintable:
        def __str__(self):
            raise ValueError("no str")

    from collections.abc import Mapping

    class Broken(Mapping):
        def __getitem__(self, key):
            raise RuntimeError("broken mapping")

        def __iter__(self):
            return iter(["text"])

        def __len__(self):
            return 1

    good = "The council met on Monday and voted to close the pool, the clerk said."
    results = list(scorer.score_many([good, {"text": good, "id": Unprintable()}, Broken(), good]))
    assert [r.status for r in results] == ["ok", "error", "error", "ok"]
    assert "ValueError: no str" in results[1].error and results[1].id == "1"


def test_score_frame_refuses_a_series_and_doubled_columns(scorer):
    texts = pd.Series(["The council met on Monday.", "It rained."])
    with pytest.raises(TypeError, match="to_frame"):
        scorer.score_frame(texts)
    doubled = pd.concat([texts.rename("text"), texts.rename("text")], axis=1)
    with pytest.raises(UsageError, match="2 columns named 'text'"):
        scorer.score_frame(doubled)


def test_a_long_text_of_one_passage_repeated_is_flagged_as_repeated_not_short(scorer):
    passage = "The council met on Monday and agreed the budget for the coming year. "
    result = scorer.score(passage * 40)
    assert "mostly_repeated" in result.flags and "short_text" not in result.flags
    assert result.label == "not_rated" and "repeats" in result.note
    assert "short_text" in scorer.score(passage).flags


def test_a_short_text_pasted_twice_with_a_word_changed_is_no_more_evidence(scorer):
    # a reviewer's find: the copy repeats no sentence whole, so it doubled the words the
    # rates rest on, cleared short_text and rose 5 points; Gopher's repeated 10-gram
    # share leaves it out (model.evidence_words)
    text = (
        "The city council voted on Monday to approve a new budget for road repairs. Mayor Ana "
        "Ruiz said the plan would fix 40 streets by March. Two members voted against it, citing "
        "the cost of the work."
    )
    once = scorer.score(text)
    twice = scorer.score(text + "\n\n" + text.replace("Monday", "Tuesday"))
    assert "short_text" in once.flags and "short_text" in twice.flags
    assert twice.reliability <= once.reliability + 1


def test_page_chrome_said_twice_leaves_the_article_its_evidence(scorer):
    # a reviewer's find: Gopher's repeated 10-gram share was read on the page, so a nav
    # bar over and under a brief took half its words and left it unrated
    nav = "Home | News | Sport | Weather | Business | Contact us | About us | Privacy policy | Terms of use\n\n"
    brief = (
        "The city council voted on Monday to approve a new budget for road repairs. Mayor Ana "
        "Ruiz said the plan would fix 40 streets by March, at a cost of 2 million dollars."
    )
    alone, framed = scorer.score(brief), scorer.score(nav + brief + "\n\n" + nav)
    assert framed.rated and framed.flags == alone.flags
    assert framed.reliability == pytest.approx(alone.reliability, abs=0.5)


def test_the_note_names_the_most_particular_cause(scorer):
    # "word word ..." is no English too (no function words), but the note said only that
    result = scorer.score("word " * 4000)
    assert {"non_english", "mostly_repeated", "low_lexical_variety"} <= set(result.flags)
    assert "distinct words" in result.note and "English" not in result.note
    # an article pasted over and over is told to score one copy
    article = "The council met on Monday and agreed the budget for the coming year after a debate. "
    pasted = scorer.score(article * 40)
    assert "low_lexical_variety" not in pasted.flags and "score one copy" in pasted.note


def test_an_article_pasted_many_times_is_not_rated_and_pasted_twice_is(scorer, seed_texts):
    # a new user's find: an article pasted 700 times scored 78, "reliable", unflagged
    article = next(iter(seed_texts.values()))
    many = scorer.score("\n\n".join([article] * 5))
    assert "mostly_repeated" in many.flags and many.label == "not_rated"
    # nor do sentence ends or quotation marks hide the copies
    bare = article.replace(".", " ").replace("!", " ").replace("?", " ")
    assert "mostly_repeated" in scorer.score("\n\n".join([bare] * 5)).flags
    assert "mostly_repeated" in scorer.score("\n\n".join([f'"{article}"'] * 5)).flags
    twice = scorer.score(article + "\n\n" + article)
    assert "mostly_repeated" not in twice.flags and twice.rated
    # ... and is told why its repetition counts, which one copy is not
    assert "repeated_passage" in twice.flags and "repeated_passage" not in scorer.score(article).flags
    # a short line after every sentence is a small share of the words: rated
    sentences = [x for x in article.split(". ") if x]
    liveblog = ". Posted by Ana Ruiz. Updated at noon today. ".join(sentences)
    assert "mostly_repeated" not in scorer.score(liveblog).flags
    # what is said once still decides the number: the copies add no evidence
    assert "mostly_repeated" not in scorer.score(article).flags


def test_bytes_and_ids_read_alike_on_every_entry_point(scorer):
    text = "The council met on Monday and agreed the budget for the coming year."
    raw = text.encode()
    one = scorer.score(raw, id=float("nan"))
    assert one.status == "ok" and one.id is None
    many = next(scorer.score_many([{"id": 17.0, "text": raw}]))
    frame = scorer.score_frame(pd.DataFrame({"id": [17, None], "text": [raw, b"\xff"]}))
    assert many.id == frame["id"][0] == scorer.score(raw, id=17.0).id == "17"
    assert many.reliability == pytest.approx(frame["reliability"][0]) == pytest.approx(one.reliability)
    assert frame["id"][1] == "1" and "not UTF-8" in frame["error"][1]


def test_news_subheads_over_plain_reporting_cost_no_filler_points(scorer):
    # a tester's find, 2026-12-06: "Why It Matters" and "What's Next" over plain
    # reporting made the sections under them filler, 80.7 -> 63.7 for this story; the
    # wording signal still reads the two heading lines (-3.3 of it is left, none filler)
    a, b = AIRLINE_SECTIONS
    plain = scorer.score(f"{AIRLINE_LEAD}\n\n{a}\n\n{b}")
    for first, second, markdown in [
        ("Why It Matters", "What's Next", False),
        ("## Why it matters", "## What's next", True),  # a .md file's subheads
    ]:
        text = f"{AIRLINE_LEAD}\n\n{first}\n\n{a}\n\n{second}\n\n{b}"
        headed = scorer.score(text, markdown=markdown)
        assert headed.shares()["filler"] == 0
        filler = next(r for r in headed.reasons if r.feature == "filler.filler_char_frac")
        assert filler.points == pytest.approx(0, abs=0.05)
        assert headed.reliability > plain.reliability - 5


def test_a_markdown_file_is_not_charged_for_its_markup(scorer, tmp_path):
    from quality.io import read_records

    text = (
        "# Council approves budget\n\nThe council **approved** the budget on Tuesday, "
        "the clerk said. See [the minutes](https://example.org/minutes) for the vote.\n\n"
        "## What comes next\n\nThe plan goes to the mayor, who has ten days to sign it."
    )
    as_text = scorer.score(text)
    as_markdown = scorer.score(text, markdown=True)
    name = "formatting.markdown_per_1k_words"
    plain = next(r for r in as_text.reasons if r.feature == name)
    md = next(r for r in as_markdown.reasons if r.feature == name)
    assert plain.counted and plain.points < 0  # stray markdown in a plain text costs
    assert not md.counted and "markdown_source" in as_markdown.flags
    assert "Markdown" in md.description
    assert as_markdown.reliability > as_text.reliability
    assert name not in [r.feature for r in as_markdown.top_reasons()]
    # the reader says which files are Markdown
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    by_name = {r.id.rsplit("/", 1)[-1]: r for r in read_records([str(tmp_path)])}
    assert by_name["a.md"].markup == "markdown" and by_name["a.txt"].markup is None
    assert scorer.score_record(by_name["a.md"]).reliability == as_markdown.reliability
    # ... and the library reads records' texts so when told
    frame = scorer.score_frame(pd.DataFrame({"text": [text]}), markdown=True)
    assert frame["reliability"].iloc[0] == pytest.approx(as_markdown.reliability, abs=1e-5)
    stream = scorer.score_many([{"text": text}, by_name["a.txt"]], markdown=True)
    assert [r.reliability for r in stream] == [as_markdown.reliability] * 2


def test_a_markdown_file_s_inline_markup_does_not_move_its_wording(scorer):
    # a third user's find: bold and a link in a .md file cost 13 points through the
    # vocabulary signal, though the markdown measurement was not counted
    from quality.reading import reading_view

    base = (
        "The city council approved the budget on Monday after a long debate. Council member "
        "Dan Fox said the vote was 7 to 2, and the budget totals $4.2 million.\n\n"
    )
    plain = scorer.score(base + "Update: the council said it was final.", markdown=True)
    marked = scorer.score(base + "**Update:** *the* [council said](http://x.org/a) it was final.", markdown=True)
    assert marked.reliability == pytest.approx(plain.reliability, abs=1.0)
    for name in ("vocabulary.reliable_logodds", "word_choice.reliable_logodds"):
        assert marked.features[name].value == pytest.approx(plain.features[name].value, abs=0.05)
    text = "**Update:** [the council said](http://x) it *was* done, snake_case kept."
    view = reading_view(text, markdown=True)
    assert view.text == "Update: the council said it was done, snake_case kept."
    assert reading_view(text).text == text  # not a Markdown document: read as written


@pytest.mark.parametrize(
    "caption",
    # a sibling writer's: a period inside the marks, and bold italic
    ["**Table 1: Rates by year**", "*Table 1: Rates by year*", "__Rates__:", "**Rates by year.**", "***Rates by year***"],
)
def test_a_markdown_file_s_caption_line_sets_its_table_apart_as_in_plain_text(scorer, caption):
    # a tester's find: read without its marks, a bold caption glued to the prose over a
    # table fenced on the right left the table nothing to stand apart by, and its rows
    # were charged as debris in the .md file only (56.5 against 69.2 as a .txt)
    from quality.reading import reading_view

    text = (
        "The council voted on Tuesday to raise the water rate by four percent. Mayor Ana Ruiz "
        "said the money would pay for pipes laid in the 1950s.\n"
        f"{caption}\nYear | Rate |\n---|---|\n2023 | 4.10 |\n2024 | 4.26 |\n\n"
        "Residents who spoke at the meeting were split. The new rate takes effect in March."
    )
    name = "formatting.table_debris_per_1k_words"
    for markdown in (False, True):
        assert scorer.score(text, markdown=markdown).features[name].value == 0, markdown
    view = reading_view("Text.\n**Key figures**\nSome **bold** words.\n", markdown=True)
    assert view.text == "Text.\n**Key figures**\nSome bold words.\n"  # a line's own marks kept


def test_a_markdown_file_s_inline_markup_reaches_no_measurement(scorer):
    # a reviewer's find: in a .md file "**Dr Ana Ruiz**, the director, told" lost its
    # named source, "[analysts](url) said" its vague one, and a link's address counted
    # as a figure
    plain = (
        "Dr Ana Ruiz, the director, told the board on Monday that the clinic would open. "
        "Analysts said the cost was high. The budget is $4.2 million, and 310 staff work there."
    )
    marked = (
        "**Dr Ana Ruiz**, the director, told the board on Monday that the clinic would open. "
        "[Analysts](https://example.org/2024/05/analysts-9) said the cost was high. The budget is "
        "$4.2 million, and `310` staff work there."
    )
    a, b = scorer.score(plain, markdown=True), scorer.score(marked, markdown=True)
    for name in a.features:
        if name != "formatting.markdown_per_1k_words":
            assert b.features[name].value == pytest.approx(a.features[name].value, abs=1e-9), name
    assert b.reliability == pytest.approx(a.reliability, abs=0.05)
    named = b.features["sourcing.named_per_1k_words"].evidence
    assert [e.text for e in named] == ["Dr Ana Ruiz**, the director, told"]
    assert all(marked[e.start : e.end] == e.text for e in named)


@pytest.mark.parametrize(
    "text",
    [
        "Kelsington",
        "Council approves the new budget after a long night of debate",
        "The council said on Tuesday that the new bridge would open in May, two months late.",
    ],
)
def test_a_text_of_under_20_words_is_not_rated(scorer, text):
    """A headline, a caption or a word is no article: its score is the average article's
    moved by a few words ("Kelsington" alone was "questionable": a new user's find)."""
    r = scorer.score(text)
    assert r.ok and "too_short" in r.flags and r.label == "not_rated"
    assert r.to_dict()["note"].startswith("not rated: under 20 words")
    assert r.to_dict()["reasons"] == []
    longer = scorer.score(
        f"{text} The ferry to the island ran on time. Its crew of six had worked there "
        "since 2019, and the port planned two more sailings a day."
    )
    assert "too_short" not in longer.flags and longer.label != "not_rated"


_EN = (
    "The city water utility said on Tuesday that it would replace 4,000 lead pipes by 2027, "
    "a project it expects to cost $120 million. The council approved the plan in a 7-2 vote "
    "after a long debate about rates and about who should pay for the work on the mains.\n\n"
    "Residents in the older districts, where most of the lead lines run, will be contacted "
    "first. The utility will test the water in every school before the work begins in spring."
)
# _EN in Chinese (a translation), and its first two sentences alone (75 characters)
_ZH = (
    "城市供水公司周二表示，将在2027年前更换4000根铅管，预计耗资1.2亿美元。"
    "市议会在就水费和由谁承担费用进行长时间辩论后，以7票对2票批准了该计划。\n\n"
    "铅管最多的老城区居民将首先收到通知。施工在春季开始之前，公司将检测每所学校的水质。"
)
_ZH_TWO = (
    "城市供水公司周二表示，将在2027年前更换4000根铅管，预计耗资1.2亿美元。"
    "市议会在就水费和由谁承担费用进行长时间辩论后，以7票对2票批准了该计划。"
)
_ES = (
    "El servicio de agua de la ciudad dijo el martes que reemplazará cuatro mil tuberías de "
    "plomo para 2027, un proyecto que espera cueste 120 millones de dólares. El plan fue "
    "aprobado por el consejo en una votación de siete a dos tras un largo debate sobre tarifas."
)


_KO = (
    "시 수도국은 화요일에 2027년까지 납 수도관 사천 개를 교체하겠다고 밝혔다. 시의회는 요금과 "
    "비용 부담을 두고 긴 토론을 벌인 끝에 칠 대 이로 계획을 승인했다."
)
# (U+0900 block: its vowel signs and viramas are combining marks inside the word)
_HI = (
    "शहर की जल कंपनी ने मंगलवार को कहा कि वह 2027 तक सीसे की चार हज़ार पाइपें बदलेगी। "
    "परिषद ने दरों और खर्च पर लंबी बहस के बाद सात के मुकाबले दो मतों से योजना को मंज़ूरी दी।"
)
# (written without spaces between words)
_TH = (
    "บริษัทน้ำประปาของเมืองกล่าวเมื่อวันอังคารว่าจะเปลี่ยนท่อตะกั่วสี่พันท่อภายในปี 2027 "
    "สภาเมืองอนุมัติแผนดังกล่าวด้วยคะแนนเจ็ดต่อสองหลังจากการอภิปรายอันยาวนานเรื่องค่าน้ำ"
)
_RU = (
    "Городская водоканальная компания заявила во вторник, что заменит четыре тысячи "
    "свинцовых труб к 2027 году. Совет одобрил план семью голосами против двух после долгого "
    "спора о тарифах и о том, кто должен платить за работы."
)


@pytest.mark.parametrize(
    "text, partly",
    [
        (_EN, False),
        # a passage in another script, under half the letters: the English words judged
        # as English (a new user's find, 2026-12-07: a Russian paragraph under six English
        # ones made the article "non_english")
        (f"{_EN}\n\n{_RU}", True),
        (f"{_EN}\n\n{_EN}\n\n{_EN}\n\n{_RU}", False),
        # Korean spaces its words: counted a syllable at a time, a paragraph of under a
        # quarter of the words (0.23) was read as a third (a tester's find, 2026-12-07)
        (f"{_EN}\n\n{_KO}", False),
        # Devanagari's vowel signs are part of their word: split at each, a Hindi
        # paragraph of a fifth of the words (0.19) was read as over a quarter (0.26; a
        # tester's find, 2026-12-07)
        (f"{_EN}\n\n{_EN}\n\n{_HI}", False),
        (f"{_EN}\n\n{_HI}", True),
        # ... and Thai's marks do not make a sentence of it one word (a reviewer's find)
        (f"{_EN}\n\n{_TH}", True),
        (f"{_EN}\n\n{_ES}", True),  # an English report and its Spanish version: 86, "reliable", before
        (f"{_ES}\n\n{_EN}", True),
        # ... in one paragraph: judged by its runs of sentences (a tester's find: the
        # paragraph break alone took the flag away)
        (f"{_ES} {_EN}", True),
        (f"{_EN} {_ES}", True),
        (f"{_EN}\n\n{_ZH}", True),
        # two Chinese sentences under twice as much English: a character is no word
        # (counted so, they were 28% of the words, as 78 characters under a 200-word
        # report were; a tester's find)
        (f"{_EN}\n\n{_EN}\n\n{_ZH_TWO}", False),
        # in short paragraphs, or as a list
        (_EN + "".join(f"\n\n{s}." for s in _ES.split(". ")), True),
        (_EN + "\n\n" + "\n".join(f"- {s}." for s in _ES.split(". ")), True),
        # a Spanish phrase inside English prose is English prose; a line of English tags
        # holds few function words, and is English
        (f"{_EN}\n\nThe mayor's slogan, «agua limpia para todos», ran on every bus in the city.", False),
        (f"{_EN}\n\nTags: water, pipes, lead, utility, council, rates, schools, districts, mains, "
         "budget, vote, spring, testing, health, infrastructure, city, residents, debate", False),
        # an English sentence listing Spanish places: its particles are no Spanish prose
        (f"{_EN}\n\nThe new mains will serve San Juan de los Lagos, Villa de Guadalupe, Santa María "
         "del Río, Puerto de la Cruz, Valle de las Flores and Los Arcos de San Miguel.", False),
    ],
)
def test_a_passage_in_another_language_leaves_an_english_text_unrated(scorer, text, partly):
    r = scorer.score(text)
    assert ("partly_non_english" in r.flags) is partly and "non_english" not in r.flags
    record = r.to_dict()
    if partly:
        assert record["label"] == "not_rated" and "another language" in record["note"]
    else:
        assert record["label"] != "not_rated"


def test_score_many_in_one_process_answers_each_item_as_it_comes(scorer):
    # items were gathered 64 at a time before the first was scored: a slow feed waited
    pulled = []

    def feed():
        for i in range(100):
            pulled.append(i)
            yield f"The council met on Monday, officials said. Item {i}."

    results = scorer.score_many(feed(), n_jobs=1)
    next(results)
    assert len(pulled) == 1
    assert len(list(results)) == 99


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said. " * 7,
        "The mayor said. " * 16,
        "".join(f"The mayor said {i}. " for i in range(7)),
        "The mayor said, " * 7,
        "the mayor said " * 7,
    ],
)
def test_words_said_over_and_over_are_too_short_to_rate(scorer, text):
    # sentences under four words are never compared for repeats, so seven copies of a
    # three-word sentence held 21 words and were rated "questionable" (a reviewer's find)
    r = scorer.score(text)
    assert "too_short" in r.flags and r.label == "not_rated"


@pytest.mark.parametrize(
    "text, title",
    [
        # a brief's headline and table hold words too (counting sentences alone lost them)
        ("The council voted on Tuesday to fund twelve new teachers and repair roads, officials said.",
         "City Council Approves New Budget For Schools And Roads"),
        ("Headline In Title Case\n\nThe council voted on Tuesday to fund twelve new teachers and to repair "
         "the roads before winter.", None),
        ("The club's results this season:\n\n| Team | Wins |\n|---|---|\n| Lions | 12 |\n| Tigers | 9 |\n\n"
         "The Lions won the league on Saturday after a late goal.", None),
    ],
)
def test_a_short_brief_of_twenty_words_is_rated(scorer, text, title):
    assert "too_short" not in scorer.score(text, title=title).flags


def test_explain_says_what_the_masked_shapes_stand_for(scorer, seed_texts):
    # '(read as ". <D>")' told a new user nothing: one line under the evidence says
    from quality.report import READ_AS_LEGEND, render_terminal

    text = next(iter(seed_texts.values()))
    report = render_terminal(text, scorer.score(text), top=40, color=False)
    masked = [line for line in report.splitlines() if '(read as "' in line and "<" in line]
    assert masked and READ_AS_LEGEND in report.splitlines()
    assert report.count(READ_AS_LEGEND) <= sum(1 for line in report.splitlines() if " points  " in line)


def test_a_reason_near_its_bound_says_so(scorer):
    """A fresh user read three reasons of exactly -8.9 points as made up: each had reached
    the bound on one feature's influence. near_bound marks such reasons (JSON, explain)."""
    from quality.report import BOUND_NOTE, render_terminal
    from quality.scorer import NEAR_BOUND_SHARE, family_near_bound

    clf = scorer.model.classifier
    names = scorer.model.feature_names
    bound = np.asarray(clf.max_contribution, dtype=float)
    limits = dict(zip(names, np.broadcast_to(bound, (len(names),))))
    for text in _team_texts("unreliable")[:5] + _team_texts("reliable")[:5]:
        result = scorer.score(text)
        by_name = {r.feature: r.logodds for r in result.reasons}
        contrib = np.array([by_name.get(n, 0.0) for n in names])
        in_family = dict(zip(names, family_near_bound(clf, contrib)))
        for r in result.reasons:
            # at its own bound, or at the bound its family shares (the reporting cues)
            alone = abs(r.logodds) >= NEAR_BOUND_SHARE * limits[r.feature]
            near = bool(r.counted and (alone or in_family[r.feature]))
            assert r.near_bound is near
            assert r.to_dict()["near_bound"] is near
    result = scorer.score(max(_team_texts("unreliable"), key=len))
    report = render_terminal("", result, top=5, color=False)
    assert report.count(BOUND_NOTE) == sum(r.near_bound for r in result.top_reasons(5))


def test_a_page_of_site_lines_alone_is_not_rated(scorer):
    # every paragraph the site's: rated "reliable" (62.2) before (a new user's find)
    text = (
        "Retweet if you agree!\n\nJane Doe is a health reporter at the Herald. Follow her on "
        "Twitter @janedoe.\n\nNever miss a story! Enable push alerts.\n\nSign up for our "
        "newsletter to get the latest news.\n\nCopyright 2026 The Herald. All rights reserved."
    )
    result = scorer.score(text)
    assert "page_chrome_only" in result.flags and result.label == "not_rated"
    assert result.note.startswith("not rated: every paragraph is the site's")
    # ... and an article with the same lines after it is rated as the article alone is
    article = (
        "The county council voted 7-2 on Tuesday to build a flood barrier along the river, "
        "Mayor Ann Lee said. The barrier will cost $12 million and take two years to build, "
        "according to the county engineer, Tom Ruiz. Work starts in May."
    )
    both = scorer.score(article + "\n\n" + text)
    assert "page_chrome_only" not in both.flags


def test_sentences_labelled_boilerplate_for_a_phrase_in_them_are_rated(scorer):
    # a sentence with a chrome phrase in it, in no site's voice, is measured: a text of
    # such sentences is no page of site lines
    text = (
        "Subscribe to the Herald for unlimited access to its archive of local reporting and photographs.\n\n"
        "Subscribe to the Gazette for unlimited access and a weekly print edition delivered across the valley."
    )
    result = scorer.score(text)
    assert [p.label for p in result.paragraphs] == ["boilerplate", "boilerplate"]
    assert result.page_chrome == []
    assert "page_chrome_only" not in result.flags and result.label != "not_rated"


def test_a_table_alone_is_not_rated_and_no_language_is_said_of_it(scorer):
    # a new user's finds: four rows were rated "reliable" (68.8), twelve "non_english"
    header = "| Team | Played | Won | Lost | Points |\n|---|---|---|---|---|\n"
    for n in (4, 12):
        rows = "\n".join(f"| Riverside {k} | 10 | {k % 8} | 2 | {3 * k} |" for k in range(n))
        result = scorer.score(f"League table\n\n{header}{rows}")
        assert result.label == "not_rated" and "table_only" in result.flags, n
        assert "non_english" not in result.flags
        assert result.note.startswith("not rated: the text is a table")
    # ... while an article with a table in it is rated
    article = (
        "Riverside stayed top of the league on Saturday after a 2-1 win, coach Ana Ruiz said. "
        "The club has won seven of its ten games, and the title race goes on until May.\n\n"
    )
    assert "table_only" not in scorer.score(article + header + "| Riverside | 10 | 7 | 1 | 23 |").flags


def test_score_frame_names_the_title_column_it_was_given(scorer):
    # a new user's find: a title that is no text was said to be in column 'title'
    import pandas as pd

    df = pd.DataFrame({"doc_id": ["b", ""], "body": ["The council met on Monday.", "The vote passed."], "headline": [5, None]})
    out = scorer.score_frame(df, text_column="body", id_column="doc_id", title_column="headline")
    assert "(field 'headline')" in out["error"].iloc[0]
    assert list(out["id"]) == ["b", "1"]  # a blank id falls back to the index label


def test_html_given_to_score_is_flagged_and_read_as_a_page_elsewhere(scorer):
    # a new user's find: Scorer.score scored a page's tags with its words, unflagged,
    # while every other way in reads it as a page first
    page = (
        "<html><body><nav>Home | News</nav><p>The council met on Monday and approved the "
        "budget, the mayor said. Work starts in May, officials said on Tuesday.</p></body></html>"
    )
    assert "html_markup" in scorer.score(page).flags
    assert "html_markup" not in next(scorer.score_many([page])).flags
    assert "html_markup" not in scorer.score("The council met. <p> is a tag.").flags


@pytest.mark.parametrize(
    "title",
    ["Council Budget Worse Than Reported, Experts Say", "Shocking Council Budget Results Revealed"],
)
def test_a_headline_in_title_case_names_no_source(scorer, title):
    # a new user's find: in title case every word read as a name, so "Experts Say" and
    # "Results Revealed" counted as named sources and raised the score 2.7 points
    body = (
        "The city council approved a budget of 4.2 million euros on Tuesday after a long debate. "
        "Spending on roads rises by 12 percent and the parks department loses 3 percent.\n\n"
        "The budget takes effect on July 1. Several members said they expected a new vote in the autumn."
    )
    def named(result):
        return len({r.feature: r for r in result.reasons}["sourcing.named_per_1k_words"].evidence)

    plain, titled = scorer.score(body), scorer.score(body, title=title)
    sentence_case = scorer.score(body, title=title[0] + title[1:].lower())
    assert named(titled) == named(sentence_case) == named(plain)
    assert abs(titled.reliability - sentence_case.reliability) < 1.0


def _results_table(rows: int) -> str:
    body = "\n".join(f"| Ward {i} | {30 + i}% | {35 + i}% |" for i in range(rows))
    return "| District | 2019 | 2023 |\n|---|---|---|\n" + body


@pytest.mark.parametrize("rows", [5, 30, 80])
def test_a_tables_size_moves_neither_the_score_nor_the_language(scorer, rows):
    # a tester's find (2026-12-06): 20 rows under an English brief lifted it 6 points
    # (its cells counted as the words its wording and rates rest on), and 30 made it
    # "non_english" (its cells hold few function words)
    brief = (
        "Turnout rose in all three districts, the county election office said on Monday. The office "
        "published the figures on its website after the count ended late on Sunday night.\n\n{}\n\n"
        "Officials attributed the rise to longer early-voting hours, according to the office's report. "
        "A spokeswoman said the hours would stay the same for next year's vote."
    )
    one = scorer.score(brief.format(_results_table(1)))
    many = scorer.score(brief.format(_results_table(rows)))
    assert "non_english" not in many.flags and many.label != "not_rated"
    assert abs(many.reliability - one.reliability) < 0.5


def test_a_table_of_sentences_reads_as_the_same_sentences_in_prose(scorer):
    # a tester's find (2026-12-06): with every table word left out of the rates' words,
    # the hedges of a table's note cells were counted over the rest, and a table of
    # notes cost an article 14 points, more than the same sentences as prose
    lead = (
        "Turnout rose in all three districts, the county election office said on Monday. The office "
        "published the figures on its website after the count ended late on Sunday night, and a "
        "spokeswoman said the hours would stay the same for next year's vote."
    )
    notes = ["Very high turnout was really reported there.", "Results may possibly be revised later."]
    table = "| District | Notes |\n|---|---|\n" + "\n".join(f"| Ward {i} | {n} |" for i, n in enumerate(notes))
    tabled = scorer.score(f"{lead}\n\n{table}")
    prose = scorer.score(f"{lead}\n\nWard 0. {notes[0]} Ward 1. {notes[1]}")
    assert abs(tabled.reliability - prose.reliability) < 3.0
    assert tabled.features["tone.intensifiers_per_1k_words"].value == pytest.approx(
        prose.features["tone.intensifiers_per_1k_words"].value, rel=0.1
    )


def test_sentences_in_table_cells_are_read_as_sentences(scorer):
    # a tester's sibling (2026-12-06): cells were no sentences, so a table of eight
    # notes, two of them hedged, gave a hedged share of 0.5 (two of the lead's two
    # sentences "held" them) against 0.2 for the same sentences read as sentences
    from quality.document import Document

    lead = "Turnout rose in all three districts, the county election office said on Monday."
    notes = [
        "Turnout may have been lifted by the longer hours.",
        "The count ended before midnight in this ward.",
        "Results could possibly be revised next week.",
        "A recount was requested by one candidate.",
    ]
    table = "| District | Notes |\n|---|---|\n" + "\n".join(f"| Ward {i} | {n} |" for i, n in enumerate(notes))
    doc = Document(f"{lead}\n\n{table}")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [lead, *notes]  # labels are no sentences
    tabled = scorer.score(doc.text).features["hedging.hedged_sentence_frac"].value
    prose = scorer.score(f"{lead}\n\n" + " ".join(notes)).features["hedging.hedged_sentence_frac"].value
    assert tabled == pytest.approx(prose) == pytest.approx(2 / 5)
    # a cell takes no capital: lower-case cells are no lower-case sentence starts (a
    # second tester's find: -9.1 points), and sentences in cells fenced on the right
    # only keep the rows a table's (debris before: -9 to -12)
    lower = "| District | Notes |\n|---|---|\n" + "\n".join(f"| Ward {i} | {n[0].lower() + n[1:]} |" for i, n in enumerate(notes))
    right = "Notes | Risks |\n---|---|\n" + "\n".join(f"{a} | {b} |" for a, b in zip(notes[::2], notes[1::2]))
    for table in (lower, right):
        result = scorer.score(f"{lead}\n\n{table}")
        assert result.features["formatting.lowercase_start_frac"].value == 0.0
        assert result.features["formatting.table_debris_per_1k_words"].value == 0.0


def test_rates_are_taken_on_the_words_outside_tables():
    from quality.document import Document
    from quality.features import extract_features

    prose = "The council met on Tuesday and approved 3 plans, the mayor said in a statement to reporters."
    doc = Document(prose + "\n\n" + _results_table(40))
    assert doc.prose_word_count == Document(prose).word_count
    assert doc.per_1k_words(1) == pytest.approx(1000 / doc.prose_word_count)
    alone, tabled = extract_features(Document(prose)), extract_features(doc)
    # the table's 120 figures are its data, not the prose's reporting
    for name in ("sourcing.numbers_per_1k_words", "sourcing.speech_verbs_per_1k_words"):
        assert tabled[name].value == pytest.approx(alone[name].value)

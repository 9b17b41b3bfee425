from __future__ import annotations

import pytest

from quality.document import Document


def texts(doc, spans):
    return [doc.text[s[0] : s[1]] for s in spans]


def test_offsets_point_into_the_original_text():
    text = "  Title Here\n\nFirst sentence here.  Second one?\n- a list item\nA | B |\n"
    doc = Document(text)
    assert texts(doc, doc.paragraphs) == [
        "Title Here",
        "First sentence here.  Second one?",
        "- a list item",
        "A | B |",
    ]
    assert [p.kind for p in doc.paragraphs] == ["heading", "prose", "list_item", "table_row"]
    assert texts(doc, doc.sentences) == ["First sentence here.", "Second one?", "a list item"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("word", ["word"]),
        (
            "Mr. Smith went to Washington. He said no.",
            ["Mr. Smith went to Washington.", "He said no."],
        ),
        ("The U.S. Army said so. It did.", ["The U.S. Army said so.", "It did."]),
        ("It rose 3.5 percent. this starts low.", ["It rose 3.5 percent.", "this starts low."]),
        ("“Go,” he said. “Now!” She left.", ["“Go,” he said.", "“Now!”", "She left."]),
    ],
)
def test_sentences(text, expected):
    doc = Document(text)
    assert texts(doc, doc.sentences) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a hard wrap joins; a short heading line does not
            "This is a long hard wrapped line of text that goes on and\nkeeps going here.\n\n"
            "Wrapping Up\nthe spinner lower-cased this line.",
            [
                "This is a long hard wrapped line of text that goes on and\nkeeps going here.",
                "Wrapping Up",
                "the spinner lower-cased this line.",
            ],
        ),
        (  # a quote wrapped mid-sentence joins; a finished sentence does not
            "\u201cWe do not yet know the final cost of the new filters,\u201d\nsaid Dana Okafor.\n"
            "Observers note that this partnership may reinforce its position.\nkey elements:",
            [
                "\u201cWe do not yet know the final cost of the new filters,\u201d\nsaid Dana Okafor.",
                "Observers note that this partnership may reinforce its position.",
                "key elements:",
            ],
        ),
    ],
)
def test_hard_wrapped_lines_join_and_paragraphs_do_not(text, expected):
    doc = Document(text)
    assert texts(doc, doc.paragraphs) == expected


def test_words_and_counts():
    doc = Document("Belarus’s long-range missiles, 500 km.")
    assert doc.words == ["belarus’s", "long-range", "missiles", "500", "km"]
    assert doc.per_1k_words(1) == 200.0
    assert Document("").per_1k_words(3) == 0.0


def test_caller_text_is_not_modified():
    text = "A  line \r\n\n\n\nwith   odd\tspacing "
    doc = Document(text)
    _ = doc.paragraphs, doc.sentences, doc.words
    assert doc.text is text


def test_blank_lines_are_not_lines():
    doc = Document("One line.\n\n\n\n\n\n\n\n\n\n")
    assert len(doc.lines) == 1
    assert doc.blank_line_count >= 9


def test_rejects_non_str():
    with pytest.raises(TypeError, match="must be str"):
        Document(b"bytes")  # type: ignore[arg-type]


def test_word_spans_headings_and_list_items():
    text = "Wrapping Up\n- It’s long-range, 500 km.\nThe end."
    doc = Document(text)
    assert [text[s.start : s.end].lower() for s in doc.word_spans] == doc.words
    assert [text[p.start : p.end] for p in doc.headings] == ["Wrapping Up"]
    assert [text[p.start : p.end] for p in doc.list_items] == ["- It’s long-range, 500 km."]

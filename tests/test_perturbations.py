"""evaluation/perturbations.py: each form change changes the form, not what is reported."""

from __future__ import annotations

from conftest import evaluation_script

TEXT = (
    "\"I'm sure we can't wait,\" Dr Ruiz said.\n\n"
    "Prices rose 5 percent by 5 p.m. Then six shops shut at 9 a.m. on Friday.\n\n"
    "They'll reopen, Mr Smith said, and two more won't."
)


def test_the_house_style_changes_write_the_same_thing_another_way():
    changes = evaluation_script("perturbations").CHANGES
    assert changes['"percent" and "per cent" written "%"'](TEXT).count("5%") == 1
    # the period of "p.m." that ended its sentence stays
    assert "by 5PM. Then" in changes['"5 p.m." written "5PM"'](TEXT)
    assert "at 9AM on" in changes['"5 p.m." written "5PM"'](TEXT)
    written = changes["contractions written out (\"don't\", \"I'm\", \"they'll\")"](TEXT)
    assert "I am sure we cannot wait" in written and "They will reopen" in written and "will not." in written
    digits = changes['number words "two" to "nine" written in digits'](TEXT)
    assert "Then 6 shops" in digits and "and 2 more" in digits
    assert "Dr. Ruiz" in changes['"Mr", "Mrs", "Ms", "Dr" written with a period'](TEXT)


def test_the_quotation_changes_keep_paragraphs():
    changes = evaluation_script("perturbations").CHANGES
    whole = changes["quotation marks round the whole text"](TEXT)
    assert whole.startswith('""') and whole.endswith('."') and whole.count("\n\n") == 2
    each = changes["each paragraph in quotation marks"](TEXT)
    assert each.count("\n\n") == 2 and all(p.startswith('"') and p.endswith('"') for p in each.split("\n\n"))


def test_the_later_changes_keep_the_text_and_add_only_what_they_name():
    changes = evaluation_script("perturbations").CHANGES
    text = "It is late, and it is cold. Prices rose."
    assert changes['"it is" written "it\'s"'](text) == "It's late, and it's cold. Prices rose."
    assert changes["1,000 spaces appended"](text) == text + " " * 1000
    assert changes["a call to action after a teaser appended"](text).startswith(text + "\n\n")
    assert changes["a call to action in other words appended"](text).startswith(text + "\n\n")
    assert changes['"has been" written "\'s been"']("The plan has been cut.") == "The plan's been cut."
    quoted = "\u201cWe will build it, and pay for it,\u201d she said, and left."
    assert changes["a line break after each quotation's first comma"](quoted) == quoted.replace("it, and", "it,\nand")


def test_the_tokenised_change_writes_the_penn_treebanks_tokens():
    changes = evaluation_script("perturbations").CHANGES
    tokenised = changes["tokenised as the Penn Treebank writes it"](TEXT)
    assert tokenised.startswith("`` I 'm sure we ca n't wait , '' Dr Ruiz said .")
    assert "They 'll reopen , Mr Smith said , and two more wo n't ." in tokenised
    assert tokenised.count("\n\n") == 2

"""Sentence segmentation: exact offsets, news traps (abbreviations, quotes, datelines), and no crash on noise."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.segment import sentence_at, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "Mr. Putin met U.S. officials on Tuesday. Gen. J. Smith said the talks went well."
    assert texts(text) == ["Mr. Putin met U.S. officials on Tuesday.", "Gen. J. Smith said the talks went well."]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "\u201cThe conversation was a very good one,\u201d the White House said. \u201cThey also discussed Syria.\u201d"
    assert texts(text) == [
        "\u201cThe conversation was a very good one,\u201d the White House said.",
        "\u201cThey also discussed Syria.\u201d",
    ]


def test_a_quoted_question_keeps_its_attribution() -> None:
    text = "\u201cWhy now?\u201d Juan Gonzalez asked reporters. \u201cWhy?\u201d Then he left."
    assert texts(text) == ["\u201cWhy now?\u201d Juan Gonzalez asked reporters.", "\u201cWhy?\u201d", "Then he left."]


def test_bylines_and_datelines_stand_alone_but_wrapped_prose_joins() -> None:
    text = "world Updated: May 03, 2017 01:43 IST\nAssociated Press, Washington\nThe leaders spoke on\nTuesday about Syria."
    assert texts(text) == [
        "world Updated: May 03, 2017 01:43 IST",
        "Associated Press, Washington",
        "The leaders spoke on\nTuesday about Syria.",
    ]


def test_seed_sentences_index_the_text(seed_text: str) -> None:
    sentences = split_sentences(seed_text)
    assert len(sentences) > 30
    for s in sentences:
        assert seed_text[s.start : s.end] == s.text
    at = seed_text.index("Russia said the US strikes")
    found = sentence_at(sentences, at)
    assert found is not None and found.text == "Russia said the US strikes violated international law."


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. \n\t\"'\u201c\u201d?!AZ.\r")), max_size=400))
def test_any_text_gives_sorted_disjoint_sentences_inside_it(text: str) -> None:
    sentences = split_sentences(text)
    last_end = 0
    for n, s in enumerate(sentences):
        assert s.sentence_id == n
        assert last_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text
        last_end = s.end

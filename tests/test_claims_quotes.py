"""Quotation spans on raw text, and the claims stage never crashing or pointing outside the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_claims_helpers import claims_of

from timeline.claims.quotes import find_quotes


def test_curly_straight_and_treebank_quotes_are_found_with_their_words() -> None:
    text = "\u201cOne,\u201d he said. \"Two,\" she said. ``Three,'' they said."
    assert [text[q.inner_start : q.inner_end] for q in find_quotes(text)] == ["One,", "Two,", "Three,"]


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "\u201cWe will stay.\n\n\u201cWe will fight,\u201d he said."
    quotes = find_quotes(text)
    assert [text[q.inner_start : q.inner_end] for q in quotes] == ["We will stay.", "We will fight,"]


def test_a_quote_runs_over_sentence_boundaries() -> None:
    text = "\u201cThey talked. Finally, they spoke about Korea,\u201d the statement added."
    (quote,) = find_quotes(text)
    assert text[quote.inner_start : quote.inner_end] == "They talked. Finally, they spoke about Korea,"


def test_a_quoted_question_is_the_direct_quote_of_the_name_after_it() -> None:
    (claim,) = claims_of("``What right does that man have?'' Juan Miguel Gonzalez said during a news conference.")
    assert (claim.speaker, claim.cue, claim.kind) == ("Juan Miguel Gonzalez", "said", "direct_quote")
    assert claim.content.startswith("What right does that man have")


_WORDS = st.sampled_from(
    "the minister said that he denied officials told reporters \u201c \u201d \" `` '' , . according to "
    "Putin Trump It It made no mention of calling a hoax took Twitter say warned accused \n\n".split(" ")
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=40))
def test_any_text_gives_claims_whose_offsets_hold_their_strings(words: list[str]) -> None:
    text = " ".join(words)
    for c in claims_of(text):
        assert 0 <= c.cue_start < c.cue_end <= len(text) and text[c.cue_start : c.cue_end] == c.cue
        assert text[c.speaker_start : c.speaker_end] == c.speaker
        assert c.content_start < c.content_end and text[c.content_start : c.content_end] == c.content


def test_a_quote_broken_by_its_attribution_goes_on_after_it() -> None:
    for text in ("\u201cWe will rebuild,\u201d the mayor said on Sunday, \u201cstreet by street.\u201d",
                 '"We will rebuild," the mayor said on Sunday, "street by street."'):
        claims = claims_of(text)
        assert [(c.speaker, c.cue, c.content, c.kind) for c in claims] == [
            ("the mayor", "said", "We will rebuild", "direct_quote"),
            ("the mayor", "said", "street by street", "direct_quote"),
        ]


def test_a_quote_after_a_second_cue_is_that_cues_not_the_first() -> None:
    claims = claims_of("\u201cIt is finished,\u201d the coach said, adding, \u201cWe start again tomorrow.\u201d")
    assert [(c.cue, c.content) for c in claims] == [("said", "It is finished"), ("adding", "We start again tomorrow")]

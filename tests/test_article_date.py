"""Article-date detection: the story's own date, never the page's chrome."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline.article_date import find_article_date, parse_dct
from timeline.errors import DateError


def test_seed_date_is_the_updated_line_not_the_site_header(seed_text: str) -> None:
    found = find_article_date(seed_text)
    assert found is not None
    assert found.value == datetime(2017, 5, 3, 1, 43)
    assert found.text == "May 03, 2017 01:43 IST"
    assert seed_text[found.start : found.end] == found.text


def test_site_clock_alone_is_not_an_article_date() -> None:
    text = "Today in New Delhi, India\n\nSep 29, 2020-Tuesday\n\nSomething happened on Tuesday."
    assert find_article_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, May 3, 2017 \u2014 The president said on Tuesday ...", datetime(2017, 5, 3)),
        ("By Jane Doe\nPublished: 12 March 2019 14:05 GMT\n\nOfficials said ...", datetime(2019, 3, 12, 14, 5)),
        ("Posted on Tuesday, May 2, 2017\n\nThe talks ...", datetime(2017, 5, 2)),
        ("Headline here\n\nMarch 4, 2015\n\nThe company reported ...", datetime(2015, 3, 4)),
        ("Last updated 2016-11-09T08:30:00Z\n\nVoters ...", datetime(2016, 11, 9, 8, 30)),
        ("Headline\n\nJERUSALEM (AP) \u2014 June 20, 2023\n\nIsrael said ...", datetime(2023, 6, 20)),
        ("By Jane Doe | June 20, 2023 10:32 AM\n\nIsrael said ...", datetime(2023, 6, 20, 10, 32)),
        # the agency after the date, as Reuters, AFP and Xinhua write their datelines
        ("CAIRO, April 2, 2024 (Reuters) - Egypt said on Tuesday ...", datetime(2024, 4, 2)),
        ("BEIJING, March 3, 2019 (Xinhua) -- China's top legislature ...", datetime(2019, 3, 3)),
    ],
)
def test_datelines_and_labelled_lines_give_the_date(text: str, expected: datetime) -> None:
    found = find_article_date(text)
    assert found is not None and found.value == expected


def test_a_date_inside_the_story_body_is_not_taken_for_the_article_date() -> None:
    text = "The ministers met in Paris.\n\nThe treaty, signed on March 4, 2015, expires next year."
    assert find_article_date(text) is None


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2017-05-03", datetime(2017, 5, 3)),
        ("2017-05-03T01:43", datetime(2017, 5, 3, 1, 43)),
        ("2017-05-03T01:43:00+05:30", datetime(2017, 5, 3, 1, 43)),
        ("May 3, 2017", datetime(2017, 5, 3)),
    ],
)
def test_caller_dates_parse_as_local_time(given: str, expected: datetime) -> None:
    assert parse_dct(given) == expected


@pytest.mark.parametrize("bad", ["", "yesterday-ish", "2017", "not a date 99"])
def test_unparseable_caller_date_names_the_problem(bad: str) -> None:
    with pytest.raises(DateError, match="--dct"):
        parse_dct(bad)

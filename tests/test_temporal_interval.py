"""``interval_of`` gives every TIMEX3 value its half-open calendar interval; numbers in words are read."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline.temporal import interval_of
from timeline.temporal.holidays import easter, holiday_date
from timeline.temporal.lexicon import number_value


@pytest.mark.parametrize(
    ("value", "begin", "end", "granularity"),
    [
        ("2017-05-02", datetime(2017, 5, 2), datetime(2017, 5, 3), "day"),
        ("2017-04", datetime(2017, 4, 1), datetime(2017, 5, 1), "month"),
        ("2017-12", datetime(2017, 12, 1), datetime(2018, 1, 1), "month"),
        ("2016", datetime(2016, 1, 1), datetime(2017, 1, 1), "year"),
        ("2017-W18", datetime(2017, 5, 1), datetime(2017, 5, 8), "week"),
        ("2017-W18-WE", datetime(2017, 5, 6), datetime(2017, 5, 8), "weekend"),
        ("2017-Q2", datetime(2017, 4, 1), datetime(2017, 7, 1), "quarter"),
        ("2017-H2", datetime(2017, 7, 1), datetime(2018, 1, 1), "half"),
        ("2017-SU", datetime(2017, 6, 1), datetime(2017, 9, 1), "season"),
        ("2017-WI", datetime(2017, 12, 1), datetime(2018, 3, 1), "season"),
        ("199", datetime(1990, 1, 1), datetime(2000, 1, 1), "decade"),
        ("19", datetime(1900, 1, 1), datetime(2000, 1, 1), "century"),
        ("2017-05-03T01:43", datetime(2017, 5, 3, 1, 43), datetime(2017, 5, 3, 1, 44), "minute"),
        ("2017-05-02TNI", datetime(2017, 5, 2, 20), datetime(2017, 5, 3, 6), "part_of_day"),
        ("1998-08-07T24:00", datetime(1998, 8, 8), datetime(1998, 8, 8, 0, 1), "minute"),
    ],
)
def test_values_denote_half_open_intervals(value: str, begin: datetime, end: datetime, granularity: str) -> None:
    assert interval_of(value) == (begin, end, granularity)


@pytest.mark.parametrize(
    "value", ["P3D", "PT2H", "PRESENT_REF", "XXXX-07", "XXXX-WXX-2", "", "not a value", "2017-13"]
)
def test_durations_references_and_unknowns_have_no_interval(value: str) -> None:
    begin, end, _ = interval_of(value)
    assert begin is None and end is None


def test_unplaced_values_still_name_their_granularity() -> None:
    assert interval_of("P3D")[2] == "day"
    assert interval_of("PT2H")[2] == "hour"
    assert interval_of("XXXX-07")[2] == "month"


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("twenty four", 24),
        ("twenty-four", 24),
        ("2 1/2", 2.5),
        ("a couple of", 2),
        ("one hundred", 100),
        ("five", 5),
    ],
)
def test_numbers_in_words_and_digits_are_read(words: str, value: float) -> None:
    assert number_value(words) == value


def test_movable_holidays_fall_on_their_days() -> None:
    assert easter(2017) == datetime(2017, 4, 16).date()
    assert holiday_date("thanksgiving", 1999) == datetime(1999, 11, 25).date()
    assert holiday_date("memorial day", 2017) == datetime(2017, 5, 29).date()
    assert holiday_date("groundhog day", 2017) is None

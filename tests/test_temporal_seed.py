"""The seed article's expressions resolve as the first slice promised (article date 2017-05-03 01:43 IST)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from timeline.records import Timex
from timeline.temporal import tag

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_4af24b45e95ba1e9.txt"
DCT = datetime(2017, 5, 3, 1, 43)


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Timex]]:
    text = SEED.read_text(encoding="utf-8")
    return text, tag(text, DCT, doc_id="seed")


def _by_text(timexes: list[Timex], words: str) -> list[Timex]:
    return [t for t in timexes if t.text == words]


def test_every_tuesday_is_the_day_before_the_article_date(seed: tuple[str, list[Timex]]) -> None:
    text, timexes = seed
    tuesdays = _by_text(timexes, "Tuesday")
    assert len(tuesdays) == text.count("Tuesday") - text.count("2020-Tuesday")
    assert {t.value for t in tuesdays} == {"2017-05-02"}
    assert all(t.begin == datetime(2017, 5, 2) and t.end_ == datetime(2017, 5, 3) for t in tuesdays)


def test_tuesdays_call_with_a_curly_possessive_is_tagged_without_the_possessive(
    seed: tuple[str, list[Timex]],
) -> None:
    text, timexes = seed
    at = text.index("Tuesday’s call")
    hit = [t for t in timexes if t.start == at]
    assert hit and hit[0].text == "Tuesday" and hit[0].value == "2017-05-02"


def test_in_january_is_january_of_the_article_year(seed: tuple[str, list[Timex]]) -> None:
    _, timexes = seed
    januaries = _by_text(timexes, "January")
    assert januaries and {t.value for t in januaries} == {"2017-01"}


def test_the_dateline_is_a_time_at_minute_precision(seed: tuple[str, list[Timex]]) -> None:
    _, timexes = seed
    (dateline,) = _by_text(timexes, "May 03, 2017 01:43 IST")
    assert (dateline.type, dateline.value, dateline.anchor) == ("TIME", "2017-05-03T01:43", "absolute")


def test_the_planned_meeting_in_july_is_this_july(seed: tuple[str, list[Timex]]) -> None:
    _, timexes = seed
    (july,) = _by_text(timexes, "July")
    assert july.value == "2017-07"


def test_the_g20_dates_are_one_range_timex(seed: tuple[str, list[Timex]]) -> None:
    _, timexes = seed
    (g20,) = _by_text(timexes, "July 7-8")
    assert g20.value == "2017-07-07"
    assert (g20.begin, g20.end_) == (datetime(2017, 7, 7), datetime(2017, 7, 9))


def test_talks_that_begin_wednesday_are_on_the_article_day(seed: tuple[str, list[Timex]]) -> None:
    _, timexes = seed
    (wednesday,) = _by_text(timexes, "Wednesday")
    assert wednesday.value == "2017-05-03"


def test_early_april_is_april_with_mod_start(seed: tuple[str, list[Timex]]) -> None:
    _, timexes = seed
    (april,) = _by_text(timexes, "early April")
    assert (april.value, april.mod) == ("2017-04", "START")
    assert april.begin == datetime(2017, 4, 1) and april.end_ is not None and april.end_ <= datetime(2017, 4, 12)


def test_last_years_election_is_2016(seed: tuple[str, list[Timex]]) -> None:
    text, timexes = seed
    (last_year,) = _by_text(timexes, "last year")
    assert last_year.value == "2016"
    assert text[last_year.end :].startswith("’s election")


def test_no_relative_expression_resolves_to_2020(seed: tuple[str, list[Timex]]) -> None:
    _, timexes = seed
    relative = [t for t in timexes if t.anchor != "absolute"]
    assert relative
    assert not [t for t in relative if "2020" in t.value or (t.begin is not None and t.begin.year == 2020)]


def test_page_header_today_and_non_dates_are_not_tagged(seed: tuple[str, list[Timex]]) -> None:
    text, timexes = seed
    tagged = {t.text.lower() for t in timexes}
    assert "today" not in tagged
    assert not [t for t in timexes if "time" in t.text.lower() or "long" in t.text.lower()]


def test_days_after_the_strikes_is_anchored_on_the_strikes(seed: tuple[str, list[Timex]]) -> None:
    _, timexes = seed
    (days,) = [t for t in timexes if t.anchor.startswith("event:")]
    assert days.text == "days" and "strikes" in days.anchor
    assert days.value.startswith("2017-04") and days.mod == "AFTER"


def test_offsets_index_the_text_and_ids_follow_document_order(seed: tuple[str, list[Timex]]) -> None:
    text, timexes = seed
    assert all(text[t.start : t.end] == t.text for t in timexes)
    assert [t.start for t in timexes] == sorted(t.start for t in timexes)
    assert [t.timex_id for t in timexes] == [f"t{i}" for i in range(1, len(timexes) + 1)]
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:], strict=False))
    assert all(t.doc_id == "seed" and t.sentence_id >= 0 for t in timexes)

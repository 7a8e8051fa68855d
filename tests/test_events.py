"""Events: dated sentences become one row per real-world event, with mentions merged."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import pytest

import timeline


def _event(events: pd.DataFrame, kind: str, day: str) -> pd.Series:
    rows = events[(events["kind"] == kind) & (events["begin"] <= pd.Timestamp(day)) & (events["end_"] > pd.Timestamp(day))]
    assert len(rows) == 1, f"expected one {kind} event on {day}, got:\n{events[['label', 'kind', 'value']]}"
    return rows.iloc[0]


def test_seed_has_the_six_events_with_their_dates(seed_timeline: timeline.Timeline) -> None:
    ev = seed_timeline.events
    call = _event(ev, "call", "2017-05-02")
    assert call["value"] == "2017-05-02" and call["granularity"] == "day"
    assert call["timex_text"] == "Tuesday" and "Tuesday" in call["sentence"]  # the sentence that dates it
    strikes = _event(ev, "strike", "2017-04-05")
    assert (strikes["value"], strikes["mod"]) == ("2017-04", "START")
    meeting = _event(ev, "meeting", "2017-07-07")
    assert (meeting["begin"], meeting["end_"]) == (pd.Timestamp("2017-07-07"), pd.Timestamp("2017-07-09"))
    assert "Hamburg" in meeting["location"] or "Hamburg" in meeting["sentence"]
    talks = _event(ev, "talks", "2017-05-03")
    assert talks["value"] == "2017-05-03" and "Kazakhstan" == talks["location"]
    office = _event(ev, "office", "2017-01-20")
    assert office["value"] == "2017-01"
    election = _event(ev, "election", "2016-11-08")
    assert election["value"] == "2016"


def test_every_tuesdays_call_mention_is_one_event(seed_timeline: timeline.Timeline, seed_text: str) -> None:
    call = _event(seed_timeline.events, "call", "2017-05-02")
    mentions = seed_timeline.event_mentions
    dated = mentions[(mentions["event_id"] == call["event_id"]) & (mentions["timex_text"] == "Tuesday")]
    assert (dated["trigger"] == "call").sum() == seed_text.count("Tuesday\u2019s call") >= 3
    assert call["n_mentions"] >= 3 and call["n_docs"] == 1
    assert (seed_timeline.events["kind"] == "call").sum() == 1


def test_call_actors_are_the_two_presidents_by_full_name(seed_timeline: timeline.Timeline) -> None:
    call = _event(seed_timeline.events, "call", "2017-05-02")
    assert {"Donald Trump", "Vladimir Putin"} <= set(call["actors"].split("; "))


def test_no_event_or_timex_carries_the_page_header_year(seed_timeline: timeline.Timeline) -> None:
    assert not seed_timeline.timexes["value"].str.contains("2020").any()
    assert not (seed_timeline.events["begin"].dt.year == 2020).any()


def test_offsets_point_at_the_words(seed_timeline: timeline.Timeline, seed_text: str) -> None:
    for _, row in seed_timeline.events.iterrows():
        assert seed_text[row["start"] : row["end"]] == row["sentence"]
        assert seed_text[row["trigger_start"] : row["trigger_end"]] == row["trigger"]
    for _, row in seed_timeline.event_mentions.iterrows():
        assert seed_text[row["trigger_start"] : row["trigger_end"]] == row["trigger"]


def test_same_event_in_two_articles_is_merged_with_both_sources(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("MOSCOW, May 3, 2017 \u2014 Vladimir Putin and Donald Trump held a phone call on Tuesday.",
                 encoding="utf-8")
    b.write_text("WASHINGTON, May 4, 2017 \u2014 Donald Trump praised Tuesday's call with Vladimir Putin.",
                 encoding="utf-8")
    tl = timeline.build([a, b], stages=("timexes", "events"))
    calls = tl.events[tl.events["kind"] == "call"]
    assert len(calls) == 1
    assert calls.iloc[0]["n_docs"] == 2 and calls.iloc[0]["doc_ids"] == "a; b"


def test_same_kind_on_different_days_stays_two_events(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = tmp_path / "a.txt"
    a.write_text(
        "PARIS, June 9, 2017 \u2014 Ministers met on Monday in Paris. They met again on Thursday in Rome.",
        encoding="utf-8",
    )
    tl = timeline.build([a], stages=("timexes", "events"))
    meetings = tl.events[tl.events["kind"] == "meeting"]
    assert sorted(meetings["value"]) == ["2017-06-05", "2017-06-08"]


def test_since_a_date_does_not_date_the_event(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = tmp_path / "a.txt"
    a.write_text(
        "WASHINGTON, July 26, 2023 \u2014 The Federal Reserve raised its benchmark rate on Wednesday for the "
        "11th time since March 2022.",
        encoding="utf-8",
    )
    tl = timeline.build([a], stages=("timexes", "events"))
    assert list(tl.events["value"]) == ["2023-07-26"]


def test_bylines_stamps_and_copyright_lines_make_no_events(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = tmp_path / "a.txt"
    a.write_text(
        "Storm batters coast\n\nBy Jane Doe | June 20, 2023 10:32 AM\n5 min read\n\n"
        "Heavy rain flooded streets on Monday, officials said. By Thursday, the storm will weaken.\n\n"
        "Copyright 2023 The Associated Press. All rights reserved.\n\u00a9 2023 Example News Inc. Updated 2 hours ago\n",
        encoding="utf-8",
    )
    tl = timeline.build([a], stages=("timexes", "events"))
    assert sorted(tl.events["value"]) == ["2023-06-19", "2023-06-22"]


def test_a_portfolio_after_a_title_is_not_part_of_the_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = tmp_path / "a.txt"
    a.write_text(
        "BEIJING, June 20, 2023 \u2014 U.S. Secretary of State Antony Blinken will travel to Tokyo next week.",
        encoding="utf-8",
    )
    tl = timeline.build([a], stages=("timexes", "events"))
    assert list(tl.events["actors"]) == ["Antony Blinken"]


def test_a_vague_mention_joins_the_precise_one_and_the_precise_date_decides_the_rest(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = tmp_path / "a.txt"
    a.write_text(
        "GENEVA, June 2, 2017 \u2014 Diplomats said new talks would open in July. The talks begin on July 7 in "
        "Geneva, officials said. Other talks begin on July 20 in Vienna.",
        encoding="utf-8",
    )
    tl = timeline.build([a], stages=("timexes", "events"))
    talks = tl.events[tl.events["kind"] == "talks"].sort_values("value")
    # "in July" joins "July 7"; "July 20" overlaps July but not July 7, the date the event now has.
    assert list(talks["value"]) == ["2017-07-07", "2017-07-20"]
    assert list(talks["n_mentions"]) == [2, 1]


@pytest.mark.parametrize("column", ["begin", "end_"])
def test_event_timestamps_are_microsecond_datetimes(seed_timeline: timeline.Timeline, column: str) -> None:
    assert seed_timeline.events[column].dtype == "datetime64[us]"
    assert isinstance(seed_timeline.events[column].iloc[0].to_pydatetime(), datetime)

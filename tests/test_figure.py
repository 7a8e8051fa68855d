"""The figure draws each date at the precision the text gives it, on one lane axis, and never invents a day."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import pytest
from browser_support import seed_like_timeline, synthetic_events, xss_timeline

from timeline import tables
from timeline.figure import (
    DENSE_THRESHOLD,
    DOT_UIDS,
    NO_ACTOR_LANE,
    OTHER_LANE,
    WEBGL_THRESHOLD,
    FigureOptions,
    build_figure,
    classify,
    describe_interval,
    figure_from_frames,
    make_figure,
    plot_items,
)
from timeline.result import Timeline

DAY_MS = 24 * 3600 * 1000


def _traces(fig: go.Figure, kind: str, shape: str) -> list[Any]:
    return [t for t in fig.data if t.meta and t.meta.get("kind") == kind and t.meta.get("shape") == shape]


def _one(fig: go.Figure, kind: str, shape: str) -> Any:
    traces = _traces(fig, kind, shape)
    assert len(traces) == 1, f"expected one {kind}/{shape} trace, got {len(traces)}"
    return traces[0]


def _lanes(fig: go.Figure) -> list[str]:
    return list(fig.layout.yaxis.ticktext)


def _lane(fig: go.Figure, y: float) -> str:
    """The lane a point is drawn in: the last lane whose top is at or above its y (the axis runs top down)."""
    meta = fig.layout.meta
    return [lane for lane, top in zip(meta["lanes"], meta["tops"], strict=True) if top <= y][-1]


def _hover_of(trace: Any, needle: str) -> str:
    matches = [h for h in trace.hovertext if needle in h]
    assert matches, f"no hover mentions {needle!r}"
    return str(matches[0])


@pytest.fixture(scope="module")
def seed_figure() -> go.Figure:
    return make_figure(seed_like_timeline())


def test_the_phone_call_on_tuesday_is_a_single_marker_on_may_2(seed_figure: go.Figure) -> None:
    points = _one(seed_figure, "event", "point")
    hover = _hover_of(points, "phone call")
    index = list(points.hovertext).index(hover)
    assert points.x[index] == "2017-05-02 00:00:00"
    assert "“Tuesday” → May 2, 2017" in hover


def test_july_7_8_is_one_solid_span_of_two_days_with_the_inclusive_end_in_the_hover(
    seed_figure: go.Figure,
) -> None:
    span = _one(seed_figure, "event", "span")
    assert list(span.base) == ["2017-07-07 00:00:00"]
    assert list(span.x) == [2 * DAY_MS]
    assert "July 7–8, 2017" in span.hovertext[0]
    assert "pattern" not in span.marker.to_plotly_json()


def test_early_april_is_a_hatched_window_over_april_1_to_10_and_no_marker_in_april(seed_figure: go.Figure) -> None:
    window = _one(seed_figure, "event", "window")
    hover = _hover_of(window, "early April")
    index = list(window.hovertext).index(hover)
    assert window.base[index] == "2017-04-01 00:00:00"
    assert window.x[index] == 10 * DAY_MS
    assert "April 1–10, 2017 (early part)" in hover
    assert window.marker.pattern.shape == "/"
    marker_days = [
        x for trace in seed_figure.data if trace.type == "scatter" and trace.mode == "markers" for x in trace.x
    ]
    assert not [x for x in marker_days if x.startswith("2017-04")]


def test_a_month_and_a_year_are_windows_over_the_whole_month_and_year(seed_figure: go.Figure) -> None:
    window = _one(seed_figure, "event", "window")
    by_label = {
        h.split("</b>")[0]: (b, x) for h, b, x in zip(window.hovertext, window.base, window.x, strict=True)
    }
    assert by_label["<b>Trump takes office"] == ("2017-01-01 00:00:00", 31 * DAY_MS)
    assert by_label["<b>US presidential election"] == ("2016-01-01 00:00:00", 366 * DAY_MS)


def test_an_event_with_two_actors_is_drawn_once_on_its_first_actors_lane(seed_figure: go.Figure) -> None:
    numbered = [
        (row[0], lane)
        for trace in seed_figure.data
        if trace.meta and trace.meta["role"] == "items"
        for row, lane in zip(trace.customdata, [_lane(seed_figure, y) for y in trace.y], strict=True)
    ]
    assert len(numbered) == len({n for n, _ in numbered}) == 8
    points = _one(seed_figure, "event", "point")
    lane = _lane(seed_figure, points.y[[i for i, h in enumerate(points.hovertext) if "phone call" in h][0]])
    assert lane == "Donald Trump"
    assert "Actors: Donald Trump, Vladimir Putin" in _hover_of(points, "phone call")


def test_events_without_actors_go_to_the_events_lane(seed_figure: go.Figure) -> None:
    points = _one(seed_figure, "event", "point")
    talks = [_lane(seed_figure, y) for y, h in zip(points.y, points.hovertext, strict=True) if "Kazakhstan" in h]
    assert talks == [NO_ACTOR_LANE]


def test_claims_are_diamonds_on_the_speakers_lane_with_the_quote_in_the_hover(seed_figure: go.Figure) -> None:
    claims = _one(seed_figure, "claim", "point")
    assert claims.marker.symbol == "diamond"
    assert sorted(_lane(seed_figure, y) for y in claims.y) == ["Hillary Clinton", "Vladimir Putin"]
    assert "“on the way to winning”" in _hover_of(claims, "Clinton")


def test_contradicting_claims_are_joined_by_a_dashed_line_and_outlined(seed_figure: go.Figure) -> None:
    links = [t for t in seed_figure.data if t.meta and t.meta["role"] == "links"]
    assert len(links) == 1
    assert [None if y is None else _lane(seed_figure, y) for y in links[0].y] == [
        "Vladimir Putin",
        "Hillary Clinton",
        None,
    ]
    assert links[0].line.dash == "dash"
    claims = _one(seed_figure, "claim", "point")
    assert set(claims.marker.line.width) == {3}


def test_the_hover_names_the_sources_the_sentence_the_document_and_the_offsets(seed_figure: go.Figure) -> None:
    hover = _hover_of(_one(seed_figure, "event", "point"), "Kazakhstan")
    assert "1 source: Associated Press" in hover
    assert "Russian-led talks on Syria that begin Wednesday" in hover
    assert "Trump, Putin agree to work together" in hover
    assert "chars " in hover


def test_the_time_axis_has_a_range_slider_and_all_year_month_week_buttons(seed_figure: go.Figure) -> None:
    xaxis = seed_figure.layout.xaxis
    assert xaxis.type == "date" and xaxis.rangeslider.visible
    assert [b.label for b in xaxis.rangeselector.buttons] == ["all", "year", "month", "week"]
    assert _lanes(seed_figure) == ["Donald Trump", "Hillary Clinton", "Vladimir Putin", NO_ACTOR_LANE]
    assert list(seed_figure.layout.yaxis.tickvals) == [0.5, 1.5, 2.5, 3.5]  # one lane axis, first lane on top
    assert list(seed_figure.layout.yaxis.range) == [4, 0]


def test_lanes_can_be_event_kinds_or_sources() -> None:
    tl = seed_like_timeline()
    by_kind = make_figure(tl, lanes="kind")
    assert {"call", "strike", "meeting", "talks", "office", "election", "(claims)"} == set(_lanes(by_kind))
    by_source = make_figure(tl, lanes="source")
    assert _lanes(by_source) == ["Associated Press"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"lanes": "colour"}, "lanes='colour' is not one of actor, kind, source"),
        ({"height": 50}, "height must be an integer of at least 200"),
        ({"max_lanes": 1}, "max_lanes must be an integer of at least 2"),
        ({"title": 3}, "title must be a string"),
        ({"webgl": "yes"}, "webgl must be True, False or None"),
    ],
)
def test_bad_options_are_rejected_with_a_message_naming_the_option(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        make_figure(seed_like_timeline(), **options)


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        make_figure(seed_like_timeline(), "kind")  # type: ignore[misc]


def test_make_figure_returns_a_figure_and_never_shows_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("make_figure must not call show()")

    monkeypatch.setattr(go.Figure, "show", refuse)
    assert isinstance(seed_like_timeline().figure(), go.Figure)


def test_a_filtered_events_frame_becomes_a_figure_of_just_those_events() -> None:
    tl = seed_like_timeline()
    fig = figure_from_frames(tl.events[tl.events["kind"] == "meeting"], documents=tl.documents)
    assert [t.meta["shape"] for t in fig.data] == ["span"]
    assert _lanes(fig) == ["Donald Trump"]


def test_a_frame_narrowed_to_a_few_columns_still_draws() -> None:
    events = seed_like_timeline().events[["label", "begin", "end_", "granularity", "mod", "actors"]]
    fig = figure_from_frames(events)
    assert sum(len(t.customdata) for t in fig.data) == 6
    assert "chars" not in " ".join(h for t in fig.data for h in t.hovertext)  # no offsets known: none shown


def test_something_other_than_a_frame_is_rejected_with_its_name() -> None:
    with pytest.raises(ValueError, match="events must be a pandas DataFrame, not list"):
        figure_from_frames([{"label": "x"}])  # type: ignore[arg-type]


def test_many_lanes_are_capped_and_the_rest_grouped_into_other_lanes() -> None:
    events = synthetic_events(400)
    fig = figure_from_frames(events, max_lanes=8)
    lanes = _lanes(fig)
    assert len(lanes) == 8
    assert lanes[-1] == OTHER_LANE  # the catch-all lane comes last, at the bottom


def _runs(ids: list[int]) -> list[tuple[int, int]]:
    """(item number, how many consecutive points carry it) along a trace."""
    runs: list[tuple[int, int]] = []
    for number in ids:
        if runs and runs[-1][0] == number:
            runs[-1] = (number, runs[-1][1] + 1)
        else:
            runs.append((number, 1))
    return runs


def test_five_thousand_events_draw_each_once_with_svg_shapes_the_basic_bundle_has() -> None:
    events = synthetic_events(5000)
    items, links, lanes = plot_items(events, None, None, None)
    fig = build_figure(items, links, lanes, FigureOptions(), dots=True)  # as the page draws it
    assert {t.type for t in fig.data} == {"scatter"}  # what plotly.js's basic bundle draws
    numbers = [row[0] for t in fig.data for row in t.customdata]
    assert set(numbers) == set(range(5000))
    windows = _one(fig, "event", "window")
    assert windows.fill == "toself" and windows.mode == "none"
    runs = _runs([row[0] for row in windows.customdata])
    assert {count for _, count in runs} == {5} and len({n for n, _ in runs}) == len(runs)  # 4 corners + a gap
    assert windows.x[4] is None and windows.x[0] == windows.x[3] < windows.x[1] == windows.x[2]
    days = _one(fig, "event", "point")
    assert days.mode == "lines" and days.uid == DOT_UIDS["event"]
    assert days.x[0] == days.x[1] and days.x[2] is None  # a day is a dot, never stretched over other days
    assert {count for _, count in _runs([row[0] for row in days.customdata])} == {3}
    notebook = _one(figure_from_frames(events), "event", "point")  # no page stylesheet there: markers
    assert notebook.type == "scatter" and notebook.mode == "markers" and len(notebook.x) == len(days.x) // 3
    small = figure_from_frames(synthetic_events(50))
    assert {t.type for t in small.data} == {"bar", "scatter"}


def test_webgl_draws_thousands_of_events_as_markers_and_line_segments() -> None:
    fig = figure_from_frames(synthetic_events(DENSE_THRESHOLD + 100), webgl=True)
    assert {t.type for t in fig.data} == {"scattergl"}
    assert _one(fig, "event", "point").mode == "markers"
    windows = _one(fig, "event", "window")
    assert windows.mode == "lines" and windows.x[2] is None  # begin, end, gap per item
    assert WEBGL_THRESHOLD > 5000  # the 5,000-event page stays on the small SVG bundle


def test_claims_made_the_same_day_in_one_lane_get_separate_tracks_not_one_hidden_marker() -> None:
    tl = seed_like_timeline()
    claims = tl.claims.copy()
    claims["actor"] = "Hillary Clinton"
    fig = make_figure(tl, claims=claims)
    ys = list(_one(fig, "claim", "point").y)
    assert {_lane(fig, y) for y in ys} == {"Hillary Clinton"}
    assert abs(ys[0] - ys[1]) == pytest.approx(0.45)  # one track apart, inside a lane grown to hold both
    clinton = fig.layout.meta["lanes"].index("Hillary Clinton")
    assert fig.layout.meta["sizes"][clinton] == pytest.approx(1.45)


def test_an_undated_event_is_listed_but_not_drawn() -> None:
    events = tables.frame(
        [
            {
                "event_id": "u1",
                "label": "talks resume",
                "trigger": "resume",
                "begin": None,
                "end_": None,
                "n_mentions": 1,
                "n_docs": 1,
                "start": 0,
                "end": 5,
                "trigger_start": 0,
                "trigger_end": 5,
            }
        ],
        tables.EVENTS,
    )
    fig = make_figure(Timeline(events=events))
    assert not fig.data
    assert "1 undated item listed in the table only" in [a.text for a in fig.layout.annotations]


def test_a_contradiction_between_undated_claims_is_listed_but_not_drawn(tmp_path: Any) -> None:
    import timeline

    article = tmp_path / "undated.txt"  # no article date anywhere: the claims cannot be placed on the axis
    article.write_text(
        "The White House called the meeting \u201cproductive.\u201d "
        "The Kremlin described the meeting as \u201ctense.\u201d",
        encoding="utf-8",
    )
    tl = timeline.build(article)
    assert list(tl.claim_links.relation) == ["contradicts"]
    fig = make_figure(tl)
    assert not [t for t in fig.data if (t.meta or {}).get("role") == "links"]


def test_article_text_enters_the_hover_escaped() -> None:
    fig = make_figure(xss_timeline())
    hovers = [h for t in fig.data for h in t.hovertext]
    assert hovers and not [h for h in hovers if "<script" in h or "<img" in h or "<svg" in h or "<a " in h]
    assert any("&lt;script&gt;" in h for h in hovers)


def test_the_same_input_gives_the_same_figure_json() -> None:
    assert make_figure(seed_like_timeline()).to_json() == make_figure(seed_like_timeline()).to_json()


@pytest.mark.parametrize(
    ("begin", "end_", "granularity", "words"),
    [
        ("2017-05-02", "2017-05-03", "day", "May 2, 2017"),
        ("2017-07-07", "2017-07-09", "day", "July 7–8, 2017"),
        ("2017-04-28", "2017-05-04", "day", "April 28 – May 3, 2017"),
        ("2016-12-30", "2017-01-03", "day", "December 30, 2016 – January 2, 2017"),
        ("2017-04-01", "2017-05-01", "month", "April 2017"),
        ("2017-06-01", "2017-09-01", "season", "June–August 2017"),
        ("2016-01-01", "2017-01-01", "year", "2016"),
        ("2010-01-01", "2020-01-01", "decade", "2010–2019"),
        ("2017-05-03 01:43", "2017-05-03 01:44", "minute", "May 3, 2017 01:43"),
        ("2017-05-02 06:00", "2017-05-02 12:00", "part_of_day", "May 2, 2017 06:00–12:00"),
        ("2017-05-02 18:00", "2017-05-03 00:00", "part_of_day", "May 2, 2017 18:00–24:00"),
        ("2017-04-01", "2017-07-01", "quarter", "April–June 2017"),
        ("2017-05-01", "2017-05-08", "week", "May 1–7, 2017"),
    ],
)
def test_intervals_are_described_with_their_inclusive_end(
    begin: str, end_: str, granularity: str, words: str
) -> None:
    assert describe_interval(pd.Timestamp(begin), pd.Timestamp(end_), granularity) == words


@pytest.mark.parametrize(
    ("begin", "end_", "granularity", "mod", "shape"),
    [
        (datetime(2017, 5, 2), datetime(2017, 5, 3), "day", "", "point"),
        (datetime(2017, 7, 7), datetime(2017, 7, 9), "day", "", "span"),
        (datetime(2017, 5, 2), datetime(2017, 5, 3), "day", "APPROX", "window"),
        (datetime(2017, 4, 1), datetime(2017, 5, 1), "month", "", "window"),
        (datetime(2017, 6, 1), datetime(2017, 9, 1), "season", "", "window"),
        (None, None, "", "", "undated"),
    ],
)
def test_each_date_is_classified_by_its_precision(
    begin: datetime | None, end_: datetime | None, granularity: str, mod: str, shape: str
) -> None:
    ts = pd.Timestamp(begin) if begin else None
    te = pd.Timestamp(end_) if end_ else None
    assert classify(ts, te, granularity, mod) == shape

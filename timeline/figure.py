"""The interactive timeline figure: events and claims drawn at the precision the text gives them.

Three shapes, because a date in a news story is rarely a day:

* ``point``  -- a day (or an hour, a minute) with no modifier: a marker (a diamond for a claim);
* ``span``   -- a known range of days ("July 7-8"): a solid bar from ``begin`` to the exclusive ``end_``, the
  hover naming the inclusive end ("July 7–8, 2017");
* ``window`` -- anything vague (a modifier such as START/APPROX, a month, a season, a year): a translucent,
  hatched bar over the whole interval the words can mean, with the words in the hover.  No marker is ever put on
  a day the text does not give.

Lanes sit on one y axis (the range slider serves only one x axis): each lane is a labelled row, and items that
overlap inside a lane (three claims made the same day) get their own track in it, the lane growing to hold
them, so no marker hides another.  (A plain category axis cannot offset points inside a category.)  With
``lanes="actor"`` an event is drawn once, on the lane of its *first* actor (all actors are in the hover), so
"each event once" holds and counts stay honest; events without actors go to ``(events)``.  Claims go to their
speaker's lane (the canonical actor).  Lanes beyond ``max_lanes`` are grouped into ``(other lanes)``; above
``DENSE_THRESHOLD`` items, SVG gets cheap shapes: spans and windows are the rectangles of one filled path per
trace, on the page days the dots of a line trace (a zero-length segment with a round or square cap, which the page's
stylesheet draws, is cheaper to draw and style than a marker) and, above
``WEBGL_THRESHOLD``, everything is WebGL (thick line segments and markers), so 5,000 events stay readable and
quick with plotly.js's small basic bundle (``timeline.page`` embeds the full one only for WebGL).

Every trace point carries its item number in ``customdata[0]``, every trace a ``meta`` role, and the layout's
``meta`` the lane rows (names, tops, sizes): the page's filter script (``timeline/assets/timeline.js``) relies
on these to hide items and close up hidden lanes.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from . import tables

LANE_MODES = ("actor", "kind", "source")
NO_ACTOR_LANE = "(events)"
OTHER_LANE = "(other lanes)"
CLAIMS_LANE = "(claims)"
FINE_GRANULARITIES = {"day", "hour", "minute", "second"}
DAY = pd.Timedelta(days=1)
MOD_WORDS = {
    "START": "early part",
    "MID": "middle part",
    "END": "late part",
    "APPROX": "approximately",
    "BEFORE": "some time before",
    "AFTER": "some time after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
    "EQUAL_OR_LESS": "at most",
    "EQUAL_OR_MORE": "at least",
}
EVENT_COLOR = "#1f5fa8"
CLAIM_COLOR = "#d9730d"
LINK_COLOR = "#c0392b"
MAX_TRACKS = 6  # tracks inside one lane for overlapping items
TRACK_STEP = 0.45  # the distance between two tracks, in lane rows
TRACK_SPAN = 0.72  # the height of a window bar in a one-track lane, in lane rows
FOCUS_MIN_ITEMS = 20  # fewer items than this are always shown whole
# Dated items above which every trace uses WebGL.  WebGL needs the full 4.8 MB plotly.js (~1.7 s more to load than
# the basic bundle an SVG figure gets) while dense SVG drawing grows ~0.3 ms per item: in headless Chromium
# (benchmarks/render_speed.py) SVG renders first up to 7,000-8,000 items.
WEBGL_THRESHOLD = 6000
DENSE_THRESHOLD = 1500  # dated items above which spans and windows are thick line segments, not SVG bars
DOT_UIDS = {"event": "tl-dots-event", "claim": "tl-dots-claim"}  # timeline.css gives these traces' dots their caps


@dataclass
class PlotItem:
    """One event or claim, ready to draw and to list in the page's table."""

    key: str  # event_id or claim_id
    kind: str  # "event" | "claim"
    category: str  # the event kind or the claim's stance
    label: str
    lane: str
    shape: str  # point | span | window | undated
    begin: pd.Timestamp | None
    end_: pd.Timestamp | None
    when: str  # the interval in words, inclusive end ("July 7–8, 2017")
    words: str  # the words of the text that date it ("early April")
    actors: list[str]
    sources: list[str]
    sentence: str
    doc_id: str
    doc_title: str
    start: int
    end: int
    url: str
    quote: str = ""
    contradicted: bool = False
    number: int = -1  # position after sorting; the id the page's script and table use
    y: float = 0.0  # lane row + the track offset that keeps same-day items in a lane apart
    band: float = TRACK_SPAN  # the height of the item's track, in lane rows
    hover: str = field(default="", repr=False)


@dataclass(frozen=True)
class Link:
    """A relation between two plotted claims (by their item numbers)."""

    a: int
    b: int
    relation: str
    reason: str


@dataclass(frozen=True)
class FigureOptions:
    """The keyword options of ``make_figure``, validated once."""

    lanes: str = "actor"
    title: str | None = None
    height: int | None = None
    max_lanes: int = 25
    webgl: bool | None = None

    def __post_init__(self) -> None:
        if self.lanes not in LANE_MODES:
            raise ValueError(f"lanes={self.lanes!r} is not one of {', '.join(LANE_MODES)}")
        if self.title is not None and not isinstance(self.title, str):
            raise ValueError(f"title must be a string or None, not {type(self.title).__name__}")
        if self.height is not None and (
            isinstance(self.height, bool) or not isinstance(self.height, int) or self.height < 200
        ):
            raise ValueError(f"height must be an integer of at least 200 pixels, not {self.height!r}")
        if isinstance(self.max_lanes, bool) or not isinstance(self.max_lanes, int) or self.max_lanes < 2:
            raise ValueError(f"max_lanes must be an integer of at least 2, not {self.max_lanes!r}")
        if self.webgl is not None and not isinstance(self.webgl, bool):
            raise ValueError(f"webgl must be True, False or None (automatic), not {self.webgl!r}")


# ----------------------------------------------------------------------------------------------- dates in words


def as_timestamp(value: Any) -> pd.Timestamp | None:
    """A Timestamp, or None for every flavour of missing (None, NaT, NaN, pd.NA)."""
    if value is None or value is pd.NaT:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return pd.Timestamp(value)


def _day(ts: pd.Timestamp) -> str:
    return f"{ts:%B} {ts.day}, {ts.year}"


def describe_interval(begin: pd.Timestamp | None, end_: pd.Timestamp | None, granularity: str = "") -> str:
    """A half-open interval in plain words with its *inclusive* end: ``July 7–8, 2017``, ``April 2017``, ``2016``."""
    if begin is None:
        return "undated"
    timed = begin != begin.normalize() or (end_ is not None and end_ != end_.normalize())
    if timed or granularity in {"hour", "minute", "second"}:
        if end_ is None or end_ <= begin or granularity in {"hour", "minute", "second"}:
            return f"{_day(begin)} {begin:%H:%M}"
        if (end_ - pd.Timedelta(microseconds=1)).normalize() == begin.normalize():
            until = "24:00" if end_ == end_.normalize() else f"{end_:%H:%M}"
            return f"{_day(begin)} {begin:%H:%M}–{until}"
        return f"{_day(begin)} {begin:%H:%M} – {_day(end_)} {end_:%H:%M}"
    if end_ is None or end_ <= begin:
        return _day(begin)
    whole_months = begin.day == 1 and end_.day == 1
    if whole_months and begin.month == 1 and end_.month == 1:
        last_year = end_.year - 1
        return str(begin.year) if last_year == begin.year else f"{begin.year}–{last_year}"
    if whole_months:
        last = end_ - DAY
        if (begin.year, begin.month) == (last.year, last.month):
            return f"{begin:%B} {begin.year}"
        if begin.year == last.year:
            return f"{begin:%B}–{last:%B} {begin.year}"
        return f"{begin:%B} {begin.year} – {last:%B} {last.year}"
    last = end_ - DAY
    if last <= begin:
        return _day(begin)
    if (begin.year, begin.month) == (last.year, last.month):
        return f"{begin:%B} {begin.day}–{last.day}, {begin.year}"
    if begin.year == last.year:
        return f"{begin:%B} {begin.day} – {last:%B} {last.day}, {begin.year}"
    return f"{_day(begin)} – {_day(last)}"


def classify(begin: pd.Timestamp | None, end_: pd.Timestamp | None, granularity: str, mod: str) -> str:
    """``point``, ``span``, ``window`` or ``undated``: how precisely the text dates something."""
    if begin is None:
        return "undated"
    if end_ is None or end_ <= begin:
        return "point" if not mod else "window"
    if mod or (granularity and granularity not in FINE_GRANULARITIES):
        return "window"
    if end_ - begin <= DAY:
        return "point"
    return "span"


# ----------------------------------------------------------------------------------------------- items


def _text(value: Any) -> str:
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def complete(df: pd.DataFrame, schema: dict[str, str]) -> pd.DataFrame:
    """``tables.conform``, tolerant of a user's narrowed frame: missing or empty integer columns become -1."""
    out = df.copy()
    for column, dtype in schema.items():
        if dtype in (tables.INT, tables.NINT):
            values = out[column] if column in out.columns else pd.Series(-1, index=out.index)
            out[column] = pd.to_numeric(values, errors="coerce").fillna(-1).astype("int64")
    return tables.conform(out, schema)


def _int(value: Any) -> int:
    text = _text(value)
    return int(float(text)) if text else -1


def _split(value: Any) -> list[str]:
    return [part.strip() for part in _text(value).split(";") if part.strip()]


@dataclass(frozen=True)
class _Doc:
    title: str
    source: str
    url: str
    dct: pd.Timestamp | None


def _documents(documents: pd.DataFrame | None) -> dict[str, _Doc]:
    if documents is None or documents.empty:
        return {}
    docs = complete(documents, tables.DOCUMENTS)
    return {
        _text(row.doc_id): _Doc(_text(row.title), _text(row.source), _text(row.url), as_timestamp(row.dct))
        for row in docs.itertuples(index=False)
    }


def _source_names(doc_ids: Iterable[str], docs: dict[str, _Doc]) -> list[str]:
    names: list[str] = []
    for doc_id in doc_ids:
        doc = docs.get(doc_id)
        name = (doc.source or doc.title) if doc else ""
        name = name or doc_id
        if name and name not in names:
            names.append(name)
    return names


def _event_items(events: pd.DataFrame, docs: dict[str, _Doc], lanes: str) -> list[PlotItem]:
    items = []
    for row in complete(events, tables.EVENTS).itertuples(index=False):
        begin, end_ = as_timestamp(row.begin), as_timestamp(row.end_)
        granularity, mod = _text(row.granularity), _text(row.mod)
        doc_id = _text(row.doc_id)
        doc = docs.get(doc_id, _Doc("", "", "", None))
        actors = _split(row.actors)
        doc_ids = _split(row.doc_ids) or ([doc_id] if doc_id else [])
        sources = _split(row.sources) or _source_names(doc_ids, docs)
        category = _text(row.kind) or "event"
        lane = {
            "actor": actors[0] if actors else NO_ACTOR_LANE,
            "kind": category,
            "source": sources[0] if sources else NO_ACTOR_LANE,
        }[lanes]
        items.append(
            PlotItem(
                key=_text(row.event_id),
                kind="event",
                category=category,
                label=_text(row.label) or _text(row.trigger) or "(event)",
                lane=lane,
                shape=classify(begin, end_, granularity, mod),
                begin=begin,
                end_=end_,
                when=_when(begin, end_, granularity, mod),
                words=_text(row.timex_text),
                actors=actors,
                sources=sources,
                sentence=_text(row.sentence),
                doc_id=doc_id,
                doc_title=doc.title,
                start=_int(row.start),
                end=_int(row.end),
                url=doc.url,
            )
        )
    return items


def _when(begin: pd.Timestamp | None, end_: pd.Timestamp | None, granularity: str, mod: str) -> str:
    words = describe_interval(begin, end_, granularity)
    return f"{words} ({MOD_WORDS.get(mod, mod.lower())})" if mod and begin is not None else words


def _claim_items(claims: pd.DataFrame, docs: dict[str, _Doc], lanes: str) -> list[PlotItem]:
    items = []
    for row in complete(claims, tables.CLAIMS).itertuples(index=False):
        doc_id = _text(row.doc_id)
        doc = docs.get(doc_id, _Doc("", "", "", None))
        begin, end_ = as_timestamp(row.made_begin), as_timestamp(row.made_end)
        words = ""
        granularity = "day"
        if begin is None and doc.dct is not None:  # undated claim: reported by the article on its date
            begin = doc.dct.normalize()
            end_ = begin + DAY
            words = "reported in the article of this date"
        if begin is not None and end_ is not None and end_ - begin > DAY:
            granularity = "month" if end_ - begin > pd.Timedelta(days=27) else "week"
        speaker = _text(row.speaker) or _text(row.actor) or "(unknown speaker)"
        actor = _text(row.actor) or speaker
        sources = _source_names([doc_id], docs) if doc_id else []
        lane = {"actor": actor, "kind": CLAIMS_LANE, "source": sources[0] if sources else CLAIMS_LANE}[lanes]
        content = _text(row.content)
        cue = _text(row.cue)
        items.append(
            PlotItem(
                key=_text(row.claim_id),
                kind="claim",
                category=_text(row.stance) or "claim",
                label=f"{speaker} {cue}".strip(),
                lane=lane,
                shape=classify(begin, end_, granularity, ""),
                begin=begin,
                end_=end_,
                when=describe_interval(begin, end_, granularity),
                words=words,
                actors=[actor],
                sources=sources,
                sentence=_text(row.sentence),
                doc_id=doc_id,
                doc_title=doc.title,
                start=_int(row.content_start),
                end=_int(row.content_end),
                url=doc.url,
                quote=content,
            )
        )
    return items


def _cap_lanes(items: list[PlotItem], max_lanes: int) -> list[str]:
    """Lane order (busiest first, catch-all lanes last); lanes past ``max_lanes`` merge into ``(other lanes)``."""
    counts = Counter(item.lane for item in items)
    special = {NO_ACTOR_LANE, CLAIMS_LANE, OTHER_LANE}
    ordered = sorted((lane for lane in counts if lane not in special), key=lambda lane: (-counts[lane], lane))
    tail = [lane for lane in (CLAIMS_LANE, NO_ACTOR_LANE) if lane in counts]
    if len(ordered) + len(tail) > max_lanes:
        keep = set(ordered[: max(max_lanes - len(tail) - 1, 1)])
        for item in items:
            if item.lane not in keep and item.lane not in special:
                item.lane = OTHER_LANE
        ordered = [lane for lane in ordered if lane in keep]
        tail.append(OTHER_LANE)
    return ordered + tail


def plot_items(
    events: pd.DataFrame | None,
    claims: pd.DataFrame | None = None,
    claim_links: pd.DataFrame | None = None,
    documents: pd.DataFrame | None = None,
    *,
    lanes: str = "actor",
    max_lanes: int = 25,
) -> tuple[list[PlotItem], list[Link], list[str]]:
    """Events and claims as sorted, numbered items, the claim links between them, and the lane order."""
    docs = _documents(documents)
    items = _event_items(events, docs, lanes) if events is not None else []
    if claims is not None:
        items += _claim_items(claims, docs, lanes)
    lane_order = _cap_lanes(items, max_lanes)
    far = pd.Timestamp.max

    def order(item: PlotItem) -> tuple[Any, ...]:
        return (item.begin or far, item.end_ or far, item.kind, item.lane, item.key, item.label)

    items.sort(key=order)
    for number, item in enumerate(items):
        item.number = number
    links: list[Link] = []
    if claim_links is not None and not claim_links.empty:
        by_key = {item.key: item for item in items if item.kind == "claim"}
        rows = complete(claim_links, tables.CLAIM_LINKS)
        for row in rows.itertuples(index=False):
            a, b = by_key.get(_text(row.source_claim_id)), by_key.get(_text(row.target_claim_id))
            if a is None or b is None:
                continue
            relation = _text(row.relation)
            if relation == "contradicts":
                a.contradicted = b.contradicted = True
            links.append(Link(a.number, b.number, relation, _text(row.reason)))
        links.sort(key=lambda link: (link.a, link.b, link.relation))
    for item in items:
        item.hover = _hover(item)
    return items, links, lane_order


# ----------------------------------------------------------------------------------------------- hover


def _esc(text: str) -> str:
    """Escape for Plotly's pseudo-HTML: ``&``, ``<``, ``>`` only (Plotly shows ``&quot;`` literally)."""
    return html.escape(text, quote=False)


def _wrap(text: str, width: int = 80, limit: int = 420) -> str:
    """Escaped text, cut at ``limit`` characters and wrapped with Plotly's ``<br>``."""
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return "<br>".join(_esc(line) for line in textwrap.wrap(text, width) or [""])


def _hover(item: PlotItem) -> str:
    """The hover label as Plotly pseudo-HTML: every piece of article text goes through ``html.escape``."""
    esc = _esc
    lines = [f"<b>{_wrap(item.label, 70, 200)}</b>"]
    if item.kind == "claim" and item.quote:
        lines.append(f"“{_wrap(item.quote)}”")
        note = f" ({esc(item.words)})" if item.words else ""
        lines.append(f"<i>{esc(item.category)}</i> · said {esc(item.when)}{note}")
    else:
        words = f"“{esc(item.words)}” → " if item.words else ""
        vague = " (vague: any time in this window)" if item.shape == "window" else ""
        lines.append(f"{words}{esc(item.when)}{vague}")
        if item.actors:
            lines.append("Actors: " + esc(", ".join(item.actors)))
    count = len(item.sources)
    if count:
        lines.append(f"{count} source{'s' if count != 1 else ''}: {esc(', '.join(item.sources))}")
    if item.sentence and item.sentence != item.quote:
        lines.append(f"<i>{_wrap(item.sentence)}</i>")
    place = esc(item.doc_title or item.doc_id)
    if item.start >= 0:
        place += f" · chars {item.start}–{item.end}"
    lines.append(place)
    return "<br>".join(lines)


# ----------------------------------------------------------------------------------------------- figure


def _iso(ts: pd.Timestamp) -> str:
    return ts.isoformat(sep=" ")


def _ms(begin: pd.Timestamp, end_: pd.Timestamp) -> float:
    return (end_ - begin) / pd.Timedelta(milliseconds=1)


def _points(items: Sequence[PlotItem], kind: str, webgl: bool) -> go.Scatter | go.Scattergl | None:
    chosen = [item for item in items if item.kind == kind and item.shape == "point"]
    if not chosen:
        return None
    claim = kind == "claim"
    trace = go.Scattergl if webgl else go.Scatter
    return trace(
        name="Claims (made on a day)" if claim else "Events on a day",
        x=[_iso(item.begin) for item in chosen if item.begin is not None],
        y=[item.y for item in chosen],
        mode="markers",
        marker={
            "symbol": "diamond" if claim else "circle",
            "size": 13 if claim else 12,
            "color": CLAIM_COLOR if claim else EVENT_COLOR,
            "line": {
                "color": [LINK_COLOR if item.contradicted else "#ffffff" for item in chosen],
                "width": [3 if item.contradicted else 1 for item in chosen],
            },
        },
        customdata=[[item.number] for item in chosen],
        hovertext=[item.hover for item in chosen],
        hovertemplate="%{hovertext}<extra></extra>",
        meta={"role": "items", "kind": kind, "shape": "point"},
    )


def _bars(items: Sequence[PlotItem], kind: str, shape: str) -> go.Bar | None:
    chosen = [item for item in items if item.kind == kind and item.shape == shape]
    if not chosen:
        return None
    color, noun = _look(kind)
    window = shape == "window"
    marker: dict[str, Any] = {"color": color, "opacity": 0.9, "line": {"color": color, "width": 1}}
    if window:
        marker = {
            "color": "rgba(255,255,255,0)",
            "line": {"color": color, "width": 1.5},
            "pattern": {"shape": "/", "fgcolor": color, "fgopacity": 0.45, "size": 8, "solidity": 0.25},
        }
    return go.Bar(
        name=_range_name(noun, window),
        orientation="h",
        base=[_iso(item.begin) for item in chosen if item.begin is not None],
        x=[_ms(item.begin, item.end_) for item in chosen if item.begin is not None and item.end_ is not None],
        y=[item.y for item in chosen],
        width=[round(item.band * (0.95 if window else 0.5), 4) for item in chosen],
        marker=marker,
        customdata=[[item.number] for item in chosen],
        hovertext=[item.hover for item in chosen],
        hovertemplate="%{hovertext}<extra></extra>",
        meta={"role": "items", "kind": kind, "shape": shape},
    )


def _look(kind: str) -> tuple[str, str]:
    """The colour and the legend's plural noun of an item kind."""
    return (CLAIM_COLOR, "Claims") if kind == "claim" else (EVENT_COLOR, "Events")


def _range_name(noun: str, window: bool) -> str:
    return f"{noun}, vague date (window)" if window else f"{noun}, known range of days"


def _segments(items: Sequence[PlotItem], kind: str, shape: str, webgl: bool) -> go.Scatter | go.Scattergl | None:
    """Spans/windows as one thick line path (for thousands of items: one path draws far faster than bars).

    Each item is three points (begin, exclusive end, gap) sharing its number, so the page's filter keeps or
    drops them together; hovering either end shows the item.
    """
    chosen = [item for item in items if item.kind == kind and item.shape == shape]
    if not chosen:
        return None
    window = shape == "window"
    color, noun = _look(kind)
    xs: list[str | None] = []
    ys: list[float | None] = []
    custom: list[list[int]] = []
    hover: list[str] = []
    for item in chosen:
        assert item.begin is not None and item.end_ is not None
        xs += [_iso(item.begin), _iso(item.end_), None]
        ys += [item.y, item.y, None]
        custom += [[item.number]] * 3
        hover += [item.hover, item.hover, ""]
    trace = go.Scattergl if webgl else go.Scatter
    return trace(
        name=_range_name(noun, window),
        x=xs,
        y=ys,
        mode="lines",
        line={"color": color, "width": 12 if window else 5},
        opacity=0.3 if window else 0.9,
        customdata=custom,
        hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>",
        meta={"role": "items", "kind": kind, "shape": shape},
    )


def _areas(items: Sequence[PlotItem], kind: str, shape: str) -> go.Scatter | None:
    """Spans/windows as the rectangles of one filled SVG path (a plain line path breaks into one element per gap).

    Each item is five points (four corners, which the fill closes, and a gap) sharing its number, so the page's
    filter keeps or drops them together; hovering a corner shows the item.
    """
    chosen = [item for item in items if item.kind == kind and item.shape == shape]
    if not chosen:
        return None
    window = shape == "window"
    color, noun = _look(kind)
    xs: list[str | None] = []
    ys: list[float | None] = []
    custom: list[list[int]] = []
    hover: list[str] = []
    for item in chosen:
        assert item.begin is not None and item.end_ is not None
        begin, end, half = _iso(item.begin), _iso(item.end_), item.band * (0.95 if window else 0.5) / 2
        top, bottom = round(item.y - half, 4), round(item.y + half, 4)
        xs += [begin, end, end, begin, None]
        ys += [top, top, bottom, bottom, None]
        custom += [[item.number]] * 5
        hover += [item.hover] * 4 + [""]
    rgb = ",".join(str(int(color[i : i + 2], 16)) for i in (1, 3, 5))
    return go.Scatter(
        name=_range_name(noun, window),
        x=xs,
        y=ys,
        mode="none",
        fill="toself",
        fillcolor=f"rgba({rgb},{0.3 if window else 0.9})",
        hoveron="points",
        customdata=custom,
        hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>",
        meta={"role": "items", "kind": kind, "shape": shape},
    )


def _dots(items: Sequence[PlotItem], kind: str) -> go.Scatter | None:
    """Days as dots for thousands of items: Plotly styles a plain line piece about a third faster than a marker.

    Each item is a zero-length segment (day, day, gap) that the page's stylesheet caps round for an event and
    square for a claim (``DOT_UIDS`` name the traces); a contradicted claim keeps its dashed link line.
    """
    chosen = [item for item in items if item.kind == kind and item.shape == "point"]
    if not chosen:
        return None
    claim = kind == "claim"
    xs: list[str | None] = []
    ys: list[float | None] = []
    custom: list[list[int]] = []
    hover: list[str] = []
    for item in chosen:
        assert item.begin is not None
        xs += [_iso(item.begin), _iso(item.begin), None]
        ys += [item.y, item.y, None]
        custom += [[item.number]] * 3
        hover += [item.hover, item.hover, ""]
    return go.Scatter(
        name="Claims (made on a day)" if claim else "Events on a day",
        uid=DOT_UIDS[kind],
        x=xs,
        y=ys,
        mode="lines",
        line={"color": CLAIM_COLOR if claim else EVENT_COLOR, "width": 10 if claim else 11, "simplify": False},
        customdata=custom,
        hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>",
        meta={"role": "items", "kind": kind, "shape": "point"},
    )


def _center(item: PlotItem) -> pd.Timestamp:
    assert item.begin is not None
    if item.end_ is None or item.shape == "point":
        return item.begin
    return item.begin + (item.end_ - item.begin) / 2


def _links(items: Sequence[PlotItem], links: Sequence[Link]) -> go.Scatter | None:
    # An undated claim is listed in the table only, so a link to it has no second end to draw.
    drawn = [
        link for link in links
        if link.relation == "contradicts" and items[link.a].begin is not None and items[link.b].begin is not None
    ]
    if not drawn:
        return None
    xs: list[str | None] = []
    ys: list[float | None] = []
    custom: list[list[int]] = []
    hover: list[str] = []
    for index, link in enumerate(drawn):
        a, b = items[link.a], items[link.b]
        text = f"<b>contradicts</b><br>{_wrap(a.label)} ↔ {_wrap(b.label)}"
        if link.reason:
            text += f"<br><i>{_wrap(link.reason)}</i>"
        xs += [_iso(_center(a)), _iso(_center(b)), None]
        ys += [a.y, b.y, None]
        custom += [[index], [index], [index]]
        hover += [text, text, ""]
    return go.Scatter(
        name="Contradicting claims",
        x=xs,
        y=ys,
        mode="lines",
        line={"color": LINK_COLOR, "width": 2, "dash": "dash"},
        customdata=custom,
        hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>",
        meta={"role": "links", "links": [[link.a, link.b] for link in drawn]},
    )


@dataclass(frozen=True)
class LaneRows:
    """Where the lanes sit on the y axis: lane ``i`` spans ``tops[i]`` to ``tops[i] + sizes[i]`` (top down)."""

    names: list[str]
    tops: list[float]
    sizes: list[float]

    @property
    def centers(self) -> list[float]:
        return [round(top + size / 2, 4) for top, size in zip(self.tops, self.sizes, strict=True)]

    @property
    def total(self) -> float:
        return round(sum(self.sizes), 4)


def _tracks(members: Sequence[PlotItem]) -> list[int]:
    """Greedy interval packing: items that overlap (a point counts as one day) get different tracks."""
    ends: list[pd.Timestamp] = []  # the end of the last item on each track
    tracks: list[int] = []
    for item in members:  # already in date order
        assert item.begin is not None
        end = max(item.end_ or item.begin, item.begin + DAY)
        free = [t for t, last in enumerate(ends) if last <= item.begin]
        if free:
            track = free[0]
            ends[track] = end
        elif len(ends) < MAX_TRACKS:
            track = len(ends)
            ends.append(end)
        else:  # too many at once: share the track that frees up first
            track = min(range(len(ends)), key=lambda t: (ends[t], t))
            ends[track] = max(ends[track], end)
        tracks.append(track)
    return tracks


def place(dated: Sequence[PlotItem], lane_order: Sequence[str]) -> LaneRows:
    """Give each dated item its ``y``: inside its lane, on its own track when it overlaps another item there.

    A lane with one track is one row high; each extra track adds ``TRACK_STEP`` rows, so two claims made the same
    day in one lane stay two diamonds a marker apart.  Tracks are capped at ``MAX_TRACKS``.
    """
    used = [lane for lane in lane_order if any(item.lane == lane for item in dated)]
    by_lane: dict[str, list[PlotItem]] = {lane: [] for lane in used}
    for item in dated:
        by_lane[item.lane].append(item)
    tops: list[float] = []
    sizes: list[float] = []
    top = 0.0
    for lane in used:
        members = by_lane[lane]
        tracks = _tracks(members)
        count = max(tracks) + 1
        size = round(1 + TRACK_STEP * (count - 1), 4)
        center = top + size / 2
        for item, track in zip(members, tracks, strict=True):
            item.y = round(center + (track - (count - 1) / 2) * TRACK_STEP, 4)
            item.band = round(TRACK_STEP * 0.9, 4) if count > 1 else TRACK_SPAN
        tops.append(round(top, 4))
        sizes.append(size)
        top += size
    return LaneRows(used, tops, sizes)


def _focus(dated: Sequence[PlotItem]) -> tuple[pd.Timestamp, pd.Timestamp, float] | None:
    """The initial x range when a few far-off items (an "11th century") would squeeze all the others.

    From the 2nd to the 98th percentile of the items' starts and ends, padded; ``None`` when that range is
    not much narrower (4x) than the whole, i.e. when showing everything reads fine.  The "all" button and the
    range slider always show everything.
    """
    if len(dated) < FOCUS_MIN_ITEMS:
        return None
    starts = sorted(item.begin for item in dated if item.begin is not None)
    ends = sorted(max(item.end_ or item.begin, item.begin + DAY) for item in dated if item.begin is not None)
    n = len(starts)
    lo, hi = starts[int(0.02 * (n - 1))], ends[math.ceil(0.98 * (n - 1))]
    if (ends[-1] - starts[0]) <= 4 * (hi - lo):
        return None
    pad = (hi - lo) * 0.03 + DAY
    inside = sum(
        1 for item in dated if item.begin is not None and item.begin < hi and (item.end_ or item.begin) >= lo
    )
    return lo - pad, hi + pad, inside / n


def build_figure(
    items: Sequence[PlotItem],
    links: Sequence[Link],
    lane_order: Sequence[str],
    options: FigureOptions,
    *,
    dots: bool = False,
) -> go.Figure:
    """The figure from prepared items (shared by ``make_figure`` and the page writer).

    ``dots``: a dense SVG figure draws days as capped dots, which only the page's stylesheet makes visible; a
    figure shown anywhere else (a notebook) keeps markers.
    """
    dated = [item for item in items if item.begin is not None]
    webgl = options.webgl if options.webgl is not None else len(dated) > WEBGL_THRESHOLD
    dense = len(dated) > DENSE_THRESHOLD
    rows = place(dated, lane_order)

    def intervals(kind: str, shape: str) -> go.Bar | go.Scatter | go.Scattergl | None:
        if not dense:
            return _bars(dated, kind, shape)
        return _segments(dated, kind, shape, webgl) if webgl else _areas(dated, kind, shape)

    def points(kind: str) -> go.Scatter | go.Scattergl | None:
        return _dots(dated, kind) if dots and dense and not webgl else _points(dated, kind, webgl)

    traces = [
        intervals("event", "window"),
        intervals("claim", "window"),
        intervals("event", "span"),
        intervals("claim", "span"),
        _links(items, links),
        points("event"),
        points("claim"),
    ]
    fig = go.Figure([trace for trace in traces if trace is not None])
    height = options.height or int(min(max(320, 170 + 38 * rows.total), 1600))
    undated = len(items) - len(dated)
    fig.update_layout(
        title={"text": _esc(options.title)} if options.title else None,
        height=height,
        barmode="overlay",
        hovermode="closest",
        hoverlabel={"align": "left", "bgcolor": "white", "font": {"size": 12}},
        template="plotly_white",
        margin={"l": 10, "r": 10, "t": 90 if options.title else 60, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1},
        uirevision="timeline",
        meta={"lanes": rows.names, "tops": rows.tops, "sizes": rows.sizes},
    )
    fig.update_yaxes(  # lanes: one axis, row 0 at the top, labelled with the lane names
        type="linear",
        tickmode="array",
        tickvals=rows.centers,
        ticktext=rows.names,
        range=[rows.total, 0],
        autorange=False,
        fixedrange=True,
        zeroline=False,
        showgrid=False,
        minor={"tickvals": rows.tops[1:], "showgrid": True, "gridcolor": "#e3e7ee", "ticks": ""},
        automargin=True,
        title=None,
    )
    fig.update_xaxes(
        type="date",
        title=None,
        showgrid=True,
        rangeslider={"visible": True, "thickness": 0.08},
        rangeselector={
            "x": 0,
            "y": 1.0,
            "yanchor": "bottom",
            "buttons": [
                {"step": "all", "label": "all"},
                {"count": 1, "step": "year", "stepmode": "backward", "label": "year"},
                {"count": 1, "step": "month", "stepmode": "backward", "label": "month"},
                {"count": 7, "step": "day", "stepmode": "backward", "label": "week"},
            ],
        },
    )
    notes = []
    focus = _focus(dated)
    if focus is not None:
        lo, hi, share = focus
        fig.update_xaxes(range=[_iso(lo), _iso(hi)], autorange=False)
        notes.append(f"zoomed to where {share:.0%} of the items lie; press “all” for every item")
    if undated:
        notes.append(f"{undated} undated item{'s' if undated != 1 else ''} listed in the table only")
    if notes:
        fig.add_annotation(
            text="<br>".join(notes),
            xref="paper",
            yref="paper",
            x=1,
            y=0,
            xanchor="right",
            yanchor="bottom",
            align="right",
            showarrow=False,
            bgcolor="rgba(255,255,255,0.85)",
            font={"size": 11, "color": "#555"},
        )
    if not dated:
        fig.add_annotation(text="no dated events", xref="paper", yref="paper", x=0.5, y=0.5, showarrow=False)
    return fig


def figure_from_frames(
    events: pd.DataFrame,
    claims: pd.DataFrame | None = None,
    claim_links: pd.DataFrame | None = None,
    documents: pd.DataFrame | None = None,
    **options: Any,
) -> go.Figure:
    """The figure for (possibly filtered) events/claims frames; options as ``make_figure``."""
    opts = FigureOptions(**options)
    for name, df in (
        ("events", events),
        ("claims", claims),
        ("claim_links", claim_links),
        ("documents", documents),
    ):
        if df is not None and not isinstance(df, pd.DataFrame):
            raise ValueError(f"{name} must be a pandas DataFrame, not {type(df).__name__}")
    items, links, lane_order = plot_items(
        events, claims, claim_links, documents, lanes=opts.lanes, max_lanes=opts.max_lanes
    )
    return build_figure(items, links, lane_order, opts)


def make_figure(
    tl: Any,
    *,
    lanes: str = "actor",
    events: pd.DataFrame | None = None,
    claims: pd.DataFrame | None = None,
    title: str | None = None,
    height: int | None = None,
    max_lanes: int = 25,
    webgl: bool | None = None,
) -> go.Figure:
    """The interactive timeline of a ``Timeline`` (never shown, only returned).

    ``events``/``claims`` replace the timeline's own tables (e.g. a filtered subset); ``lanes`` is ``actor``,
    ``kind`` or ``source``; ``max_lanes`` caps the lanes (the rest are grouped); ``webgl`` forces or forbids
    WebGL markers (automatic above a few thousand points).
    """
    opts = FigureOptions(lanes=lanes, title=title, height=height, max_lanes=max_lanes, webgl=webgl)
    return figure_from_frames(
        tl.events if events is None else events,
        tl.claims if claims is None else claims,
        tl.claim_links,
        tl.documents,
        lanes=opts.lanes,
        title=opts.title,
        height=opts.height,
        max_lanes=opts.max_lanes,
        webgl=opts.webgl,
    )

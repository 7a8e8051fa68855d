"""Jupyter: a rich summary of a ``Timeline``, and ``df.timeline.figure()`` to draw a filtered table again.

Everything an article wrote is escaped before it becomes HTML (``html.escape`` and ``to_html(escape=True)``): a
notebook is a browser page, and article text must never become markup there either.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    import plotly.graph_objects as go

    from .result import Timeline

PREVIEW_ROWS = 5
_EVENT_COLUMNS = ["label", "value", "begin", "end_", "granularity", "mod", "actors", "location", "n_mentions"]
_CLAIM_COLUMNS = ["speaker", "cue", "content", "kind", "stance", "made_value"]
_DOCUMENT_COLUMNS = ["title", "dct", "source", "url"]


def _table(df: pd.DataFrame, columns: list[str], rows: int) -> str:
    shown = df[[c for c in columns if c in df.columns]].head(rows)
    return shown.to_html(escape=True, index=False, na_rep="", border=0, classes="timeline-table")


def _count(tl: Timeline, name: str) -> int:
    frame = getattr(tl, name, None)
    return len(frame) if isinstance(frame, pd.DataFrame) else 0


def _relations(tl: Timeline) -> str:
    links = tl.claim_links
    if not len(links):
        return ""
    counts = links["relation"].astype(str).value_counts().sort_index()
    return ", ".join(f"{n} {escape(str(rel))}" for rel, n in counts.items())


def repr_html(tl: Timeline, rows: int = PREVIEW_ROWS) -> str:
    """The notebook summary: the documents, the size of each table, and the first events and claims."""
    counts = [
        ("documents", _count(tl, "documents")),
        ("timexes", _count(tl, "timexes")),
        ("events", _count(tl, "events")),
        ("claims", _count(tl, "claims")),
        ("claim links", _count(tl, "claim_links")),
    ]
    summary = " \u00b7 ".join(f"{n} {label}" for label, n in counts)
    relations = _relations(tl)
    parts = [
        '<div class="timeline-summary">',
        f"<p><strong>Timeline</strong>: {escape(summary)}" + (f" ({relations})" if relations else "") + "</p>",
        _table(tl.documents, _DOCUMENT_COLUMNS, rows),
    ]
    if len(tl.documents) > rows:
        parts.append(f"<p><small>\u2026 and {len(tl.documents) - rows} more documents</small></p>")
    if len(tl.events):
        parts.append(f"<p><strong>Events</strong> (first {min(rows, len(tl.events))} of {len(tl.events)})</p>")
        parts.append(_table(tl.events, _EVENT_COLUMNS, rows))
    if len(tl.claims):
        parts.append(f"<p><strong>Claims</strong> (first {min(rows, len(tl.claims))} of {len(tl.claims)})</p>")
        parts.append(_table(tl.claims, _CLAIM_COLUMNS, rows))
    if tl.problems:
        items = "".join(f"<li>{escape(p)}</li>" for p in tl.problems[:rows])
        parts.append(f"<p><strong>Inputs not read</strong></p><ul>{items}</ul>")
    parts.append("</div>")
    return "\n".join(parts)


@pd.api.extensions.register_dataframe_accessor("timeline")
class TimelineAccessor:
    """``events[events.begin >= "2017-05"].timeline.figure()``: a filtered events or claims table, drawn again."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame

    @property
    def holds(self) -> str:
        """Which table this frame is: ``claims`` when it has claim ids, else ``events``."""
        return "claims" if "claim_id" in self._frame.columns else "events"

    def figure(self, **options: Any) -> go.Figure:
        """The timeline figure of these rows (options as ``timeline.figure.figure_from_frames``).

        An events frame may bring its claims with ``claims=``; a claims frame is drawn alone (or with
        ``events=``).
        """
        from . import tables
        from .figure import figure_from_frames

        if self.holds == "claims":
            events = options.pop("events", None)
            if events is None:
                events = tables.empty(tables.EVENTS)
            return figure_from_frames(events, claims=self._frame, **options)
        return figure_from_frames(self._frame, **options)

"""The ``Timeline``: the tables a build produced, and the ways to look at them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import tables

if TYPE_CHECKING:
    import plotly.graph_objects as go


@dataclass
class Timeline:
    """All tables of one build (see ``timeline.tables`` for the schemas).

    ``texts`` holds each document's text, so any offset can be traced back to the exact words.
    ``problems`` lists the inputs that could not be read (one line each, naming the file); the rest of the build
    went on without them.
    """

    documents: pd.DataFrame = field(default_factory=lambda: tables.empty(tables.DOCUMENTS))
    timexes: pd.DataFrame = field(default_factory=lambda: tables.empty(tables.TIMEXES))
    events: pd.DataFrame = field(default_factory=lambda: tables.empty(tables.EVENTS))
    event_mentions: pd.DataFrame = field(default_factory=lambda: tables.empty(tables.EVENT_MENTIONS))
    claims: pd.DataFrame = field(default_factory=lambda: tables.empty(tables.CLAIMS))
    claim_links: pd.DataFrame = field(default_factory=lambda: tables.empty(tables.CLAIM_LINKS))
    problems: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict, repr=False)  # doc_id -> the text offsets index

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(getattr(self, name))}" for name in tables.SCHEMAS)
        return f"Timeline({counts}{', problems=' + str(len(self.problems)) if self.problems else ''})"

    def table(self, name: str) -> pd.DataFrame:
        """A table by its name in ``timeline.tables.SCHEMAS`` (``claim-links`` is accepted for the CLI)."""
        key = name.replace("-", "_")
        if key not in tables.SCHEMAS:
            raise KeyError(f"no table named {name!r}; choose from {', '.join(tables.SCHEMAS)}")
        frame: pd.DataFrame = getattr(self, key)
        return frame

    def figure(self, **options: Any) -> go.Figure:
        """The interactive Plotly figure (renders inline in Jupyter); options as ``timeline.figure.make_figure``."""
        from .figure import make_figure

        return make_figure(self, **options)

    def to_html(self, path: str | Path, **options: Any) -> Path:
        """Write a standalone HTML page that opens offline; options as ``timeline.page.write_html``."""
        from .page import write_html

        return write_html(self, path, **options)

    def _repr_html_(self) -> str:
        from .jupyter import repr_html

        return repr_html(self)

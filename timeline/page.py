"""The standalone timeline page: header, filters, the Plotly figure, and the same data as an accessible table.

Safety rules, kept in one place: article text enters markup only through ``html.escape``; data reaches the
page's script only as a JSON island with ``<``, ``>``, ``&`` and U+2028/9 escaped; only ``http``/``https`` URLs
become links.  The output is byte-for-byte reproducible (fixed div id, sorted data, no timestamps).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import plotly.offline

from . import tables
from .errors import ExportError
from .figure import FigureOptions, Link, PlotItem, as_timestamp, build_figure, complete, plot_items

ASSETS = Path(__file__).with_name("assets")
PLOTLYJS_MODES = ("embed", "cdn", "directory")
DIV_ID = "timeline-plot"
MAX_LISTED_DOCUMENTS = 300
BASIC_PLOTLYJS_VERSION = "4.1.1"  # of timeline/assets/plotly-basic-*.min.js: plotly.py 7.1 ships plotly.js 4.1.1
PLOT_CONFIG = {"displaylogo": False, "responsive": True, "scrollZoom": False}
_JSON_SWAPS = (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def safe_url(url: str) -> str:
    """``url`` when it is an absolute http(s) URL without whitespace or control characters, else ``""``."""
    url = (url or "").strip()
    if not url or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in {"http", "https"} and parts.netloc else ""


def json_for_script(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element (no ``</script>``, no ``<!--``, no JS line breaks)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in _JSON_SWAPS:
        text = text.replace(raw, escaped)
    return text


def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


# ----------------------------------------------------------------------------------------------- plotly.js


@dataclass(frozen=True)
class PlotlyBundle:
    """A plotly.js build the page can load: its file name (``directory`` mode) and where its text comes from."""

    filename: str
    packaged: bool  # a file of ``timeline/assets``, else plotly.py's own full bundle

    def text(self) -> str:
        return _asset(self.filename) if self.packaged else plotly.offline.get_plotlyjs()


# The full bundle (4.8 MB) takes ~2 s just to parse and compile in Chromium; the official "basic" partial bundle
# (scatter, bar, pie: 1.2 MB, npm plotly.js-basic-dist-min, MIT) holds every trace type an SVG timeline uses.
FULL_BUNDLE = PlotlyBundle("plotly.min.js", packaged=False)
BASIC_BUNDLE = PlotlyBundle(f"plotly-basic-{BASIC_PLOTLYJS_VERSION}.min.js", packaged=True)
BASIC_TRACE_TYPES = frozenset({"scatter", "bar", "pie"})


def plotly_bundle(fig: go.Figure) -> PlotlyBundle:
    """The smallest bundle that draws ``fig``: the basic one unless a trace needs more (WebGL) or plotly.py's
    plotly.js is not the version the basic bundle was taken from (the figure JSON must match the library)."""
    types = {trace.type for trace in fig.data}
    if types <= BASIC_TRACE_TYPES and plotly.offline.get_plotlyjs_version() == BASIC_PLOTLYJS_VERSION:
        return BASIC_BUNDLE
    return FULL_BUNDLE


def _load_plotlyjs(bundle: PlotlyBundle, plotlyjs: str) -> str:
    """The markup that loads plotly.js before the figure's own script (plotly.py's config line first)."""
    config = "<script>window.PlotlyConfig = {MathJaxConfig: 'local'};</script>"
    if plotlyjs == "directory":
        return f'{config}\n<script charset="utf-8" src="{_e(bundle.filename)}"></script>'
    return f"{config}\n<script>{bundle.text()}</script>"


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _link(text: str, url: str) -> str:
    href = safe_url(url)
    return f'<a href="{_e(href)}" rel="noopener noreferrer">{_e(text)}</a>' if href else _e(text)


# ----------------------------------------------------------------------------------------------- header


def _date(value: Any) -> str:
    if value is None or pd.isna(value):
        return ""
    ts = pd.Timestamp(value)
    return f"{ts:%B} {ts.day}, {ts.year}" + (f" {ts:%H:%M}" if ts != ts.normalize() else "")


def _header(documents: pd.DataFrame, title: str | None) -> tuple[str, str]:
    """The page's ``<header>`` and its plain-text title."""
    docs = complete(documents, tables.DOCUMENTS).sort_values(["dct", "doc_id"], na_position="last")
    rows = list(docs.itertuples(index=False))
    if title:
        heading = title
    elif len(rows) == 1:
        heading = str(rows[0].title or rows[0].doc_id or "Timeline")
    else:
        heading = f"Timeline of {len(rows)} documents" if rows else "Timeline"
    parts = [f'<header class="tl-header">\n<h1>{_e(heading)}</h1>']
    if len(rows) == 1:
        doc = rows[0]
        meta = [_e(x) for x in (_date(doc.dct), doc.source) if x]
        if doc.url and safe_url(str(doc.url)):
            meta.append(_link("original article", str(doc.url)))
        if meta:
            parts.append(f'<p class="tl-meta">{" · ".join(meta)}</p>')
    elif rows:
        dates = [ts for ts in (as_timestamp(doc.dct) for doc in rows) if ts is not None]
        sources = sorted({str(doc.source) for doc in rows if doc.source})
        summary = [f"{len(rows)} documents"]
        if dates:
            first, last = _date(min(dates).normalize()), _date(max(dates).normalize())
            summary.append(first if first == last else f"{first} – {last}")
        if sources:
            shown = ", ".join(sources[:5]) + (f" and {len(sources) - 5} more" if len(sources) > 5 else "")
            summary.append(shown)
        parts.append(f'<p class="tl-meta">{_e(" · ".join(summary))}</p>')
        parts.append(f'<details class="tl-docs"><summary>The {len(rows)} documents</summary><ul>')
        for doc in rows[:MAX_LISTED_DOCUMENTS]:
            bits = [_link(str(doc.title or doc.doc_id), str(doc.url))]
            bits += [_e(x) for x in (_date(doc.dct), doc.source) if x]
            parts.append(f"<li>{' · '.join(bits)}</li>")
        if len(rows) > MAX_LISTED_DOCUMENTS:
            parts.append(f"<li>and {len(rows) - MAX_LISTED_DOCUMENTS} more (see the table)</li>")
        parts.append("</ul></details>")
    parts.append("</header>")
    return "\n".join(parts), heading


# ----------------------------------------------------------------------------------------------- controls


def _controls(items: Sequence[PlotItem], lane_order: Sequence[str]) -> str:
    kinds = sorted({item.kind for item in items})
    sources = sorted({source for item in items for source in item.sources})
    out = ['<section class="tl-controls" aria-label="Filters">']
    out.append("<fieldset><legend>Show</legend>")
    for kind in kinds:
        label = {"event": "Events", "claim": "Claims"}.get(kind, kind)
        out.append(f'<label><input type="checkbox" name="tl-kind" value="{_e(kind)}" checked> {_e(label)}</label>')
    out.append("</fieldset>")
    out.append('<fieldset class="tl-lanes"><legend>Lanes</legend>')
    for lane in lane_order:
        out.append(f'<label><input type="checkbox" name="tl-lane" value="{_e(lane)}" checked> {_e(lane)}</label>')
    out.append("</fieldset>")
    out.append('<label>Source <select id="tl-source"><option value="">all sources</option>')
    for source in sources:
        out.append(f'<option value="{_e(source)}">{_e(source)}</option>')
    out.append("</select></label>")
    out.append(
        '<label>Search <input type="search" id="tl-search" placeholder="labels, sentences, quotes" '
        'aria-describedby="tl-count"></label>'
    )
    out.append('<button type="button" id="tl-reset">Reset</button>')
    out.append(f'<p id="tl-count" role="status" aria-live="polite">Showing {len(items)} of {len(items)} items</p>')
    out.append("</section>")
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------- table


def _table(items: Sequence[PlotItem], links: Sequence[Link]) -> str:
    related: dict[int, list[str]] = {}
    for link in links:
        related.setdefault(link.a, []).append(f"{link.relation} #{link.b + 1}")
        related.setdefault(link.b, []).append(f"{link.relation} #{link.a + 1}")
    out = [
        '<div class="tl-table-wrap">',
        '<table class="tl-table" id="tl-table">',
        f"<caption>Events and claims in date order ({len(items)} items; the chart above draws the same data)"
        "</caption>",
        "<thead><tr>"
        + "".join(
            f'<th scope="col">{name}</th>'
            for name in ("#", "What", "When", "Type", "Lane and actors", "Sources", "Sentence", "Document")
        )
        + "</tr></thead>",
        "<tbody>",
    ]
    for item in items:
        what = _e(item.label)
        if item.quote:
            what += f"<br>“{_e(item.quote)}”"
        when = _e(item.when)
        if item.words:
            when += f'<br><span class="tl-words">“{_e(item.words)}”</span>'
        kind = "event" if item.kind == "event" else "claim"
        type_cell = f'<span class="tl-badge">{_e(kind)}</span> {_e(item.category)} · {_e(item.shape)}'
        if item.number in related:
            type_cell += "<br>" + _e("; ".join(related[item.number]))
        sources = f"{len(item.sources)}: {_e(', '.join(item.sources))}" if item.sources else "0"
        others = [actor for actor in item.actors if actor != item.lane]
        lane = _e(item.lane) + (f"<br>with {_e(', '.join(others))}" if others else "")
        document = _link(item.doc_title or item.doc_id, item.url)
        if item.start >= 0:
            document += f'<br><span class="tl-nowrap">chars {item.start}–{item.end}</span>'
        out.append(
            f'<tr id="tl-item-{item.number}" data-item="{item.number}" class="tl-{kind}" tabindex="-1">'
            f'<td>{item.number + 1}</td><th scope="row">{what}</th><td class="tl-nowrap">{when}</td>'
            f"<td>{type_cell}</td><td>{lane}</td><td>{sources}</td>"
            f'<td class="tl-sentence">{_e(item.sentence)}</td><td>{document}</td></tr>'
        )
    out += ["</tbody>", "</table>", "</div>"]
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------- page


def content_security_policy(plot: str, script: str, plotlyjs: str) -> str:
    """A policy that runs only the page's own scripts (by hash) and lets nothing load from or talk to the network.

    Defence in depth: the text is escaped anyway, but should anything slip through, an injected script has no
    hash and does not run, and no request can carry data away.  ``cdn``/``directory`` allow that one source.
    """
    inline = re.findall(r"<script>(.*?)</script>", plot, flags=re.DOTALL) + [script]
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(body.encode('utf-8')).digest()).decode('ascii')}'"
        for body in inline
    )
    extra = {"embed": "", "cdn": " https://cdn.plot.ly", "directory": " 'self' file:"}[plotlyjs]
    return (
        f"default-src 'none'; script-src {hashes}{extra}; style-src 'unsafe-inline'; img-src data: blob:; "
        "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _payload(items: Sequence[PlotItem]) -> dict[str, Any]:
    """What the filter script needs per item; the searchable text it reads from the table rows."""
    return {
        "items": [
            {
                "id": item.number,
                "kind": item.kind,
                "lane": item.lane,
                "sources": item.sources,
            }
            for item in items
        ]
    }


def _plot_markup(fig: go.Figure, plotlyjs: str, bundle: PlotlyBundle) -> str:
    """The figure's div and script, after the markup that loads plotly.js (``cdn`` always loads plotly.py's full
    bundle with the SRI hash of its local copy: no partial build's CDN copy is pinned and checked here)."""
    div = pio.to_html(
        fig,
        config=PLOT_CONFIG,
        include_plotlyjs="cdn" if plotlyjs == "cdn" else False,
        full_html=False,
        div_id=DIV_ID,
        default_width="100%",
        default_height=f"{fig.layout.height}px",
    )
    return div if plotlyjs == "cdn" else f"{_load_plotlyjs(bundle, plotlyjs)}\n{div}"


def render_page(
    tl: Any,
    *,
    plotlyjs: str = "embed",
    lanes: str = "actor",
    title: str | None = None,
    height: int | None = None,
    max_lanes: int = 25,
    webgl: bool | None = None,
) -> str:
    """The page as a string (``write_html`` writes it); options as ``write_html``."""
    page, _ = _render(
        tl, plotlyjs=plotlyjs, lanes=lanes, title=title, height=height, max_lanes=max_lanes, webgl=webgl
    )
    return page


def _render(
    tl: Any,
    *,
    plotlyjs: str,
    lanes: str,
    title: str | None,
    height: int | None,
    max_lanes: int,
    webgl: bool | None,
) -> tuple[str, PlotlyBundle]:
    """The page and the plotly.js bundle it loads (``directory`` mode writes that file beside it)."""
    if plotlyjs not in PLOTLYJS_MODES:
        raise ValueError(f"plotlyjs={plotlyjs!r} is not one of {', '.join(PLOTLYJS_MODES)}")
    options = FigureOptions(lanes=lanes, title=None, height=height, max_lanes=max_lanes, webgl=webgl)
    items, links, lane_order = plot_items(
        tl.events, tl.claims, tl.claim_links, tl.documents, lanes=options.lanes, max_lanes=options.max_lanes
    )
    fig = build_figure(items, links, lane_order, options, dots=True)  # timeline.css draws the dots
    header, heading = _header(tl.documents, title)
    bundle = plotly_bundle(fig)
    plot = _plot_markup(fig, plotlyjs, bundle)
    script = f"\n{_asset('timeline.js')}"
    page = "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_e(content_security_policy(plot, script, plotlyjs))}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            f"<title>{_e(heading)}</title>",
            f"<style>\n{_asset('timeline.css')}</style>",
            "</head>",
            "<body>",
            header,
            "<main>",
            _controls(items, lane_order),
            '<div id="tl-status" role="alert" hidden></div>',
            "<noscript><p>The chart and the filters need JavaScript; the table below lists every item.</p></noscript>",
            f'<figure class="tl-figure" aria-label="Timeline chart; the table below holds the same data">{plot}'
            "</figure>",
            _table(items, links),
            "</main>",
            f'<script type="application/json" id="tl-data">{json_for_script(_payload(items))}</script>',
            f"<script>{script}</script>",
            "</body>",
            "</html>",
            "",
        ]
    )
    return page, bundle


def write_html(
    tl: Any,
    path: str | Path,
    *,
    plotlyjs: str = "embed",
    lanes: str = "actor",
    title: str | None = None,
    height: int | None = None,
    max_lanes: int = 25,
    webgl: bool | None = None,
) -> Path:
    """Write the standalone page to ``path`` and return it.

    ``plotlyjs``: ``embed`` (default, opens offline: 1.2 MB of plotly.js, or 4.8 MB when WebGL traces need the
    full bundle), ``cdn`` (small, needs the network) or ``directory`` (the bundle written next to the page once,
    as ``plotly-basic-4.1.1.min.js`` or ``plotly.min.js``).
    """
    text, bundle = _render(
        tl, plotlyjs=plotlyjs, lanes=lanes, title=title, height=height, max_lanes=max_lanes, webgl=webgl
    )
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8", newline="\n")
        if plotlyjs == "directory":
            target = out.parent / bundle.filename
            js = bundle.text()
            if not target.exists() or target.read_text(encoding="utf-8") != js:
                target.write_text(js, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise ExportError(f"{out}: cannot write the page ({exc.strerror or exc})") from exc
    return out

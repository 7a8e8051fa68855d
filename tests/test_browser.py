"""The page in headless Chromium: it renders cleanly, hovers, filters, searches, and runs none of an article's markup."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from browser_support import (
    ARTIFACTS,
    XSS_FLAG,
    launch_browser,
    seed_like_timeline,
    synthetic_events,
    xss_timeline,
)

from timeline.figure import DENSE_THRESHOLD
from timeline.page import write_html
from timeline.result import Timeline

pytestmark = pytest.mark.browser

COUNT_ITEMS = """() => {
  const gd = document.getElementById('timeline-plot');
  const out = {};
  gd.data.forEach(t => {
    if (!t.meta || t.meta.role !== 'items') return;
    const key = t.meta.kind + '/' + t.meta.shape;
    out[key] = (out[key] || 0) + t.y.length;
  });
  return out;
}"""
# the main plot only: the range slider draws a second copy of every trace
DOM_MARKERS = "() => document.querySelectorAll('.cartesianlayer .subplot.xy .scatterlayer .point').length"
DOM_BARS = "() => document.querySelectorAll('.cartesianlayer .subplot.xy .barlayer .point').length"
# Plotly throttles hover (50 ms): wait before and after, so consecutive hovers never read a stale label
HOVER = """async ([kind, shape, needle]) => {
  const pause = ms => new Promise(resolve => setTimeout(resolve, ms));
  const gd = document.getElementById('timeline-plot');
  const curve = gd.data.findIndex(t => t.meta && t.meta.kind === kind && t.meta.shape === shape);
  const point = gd.data[curve].hovertext.findIndex(h => h.split('<br>')[0].includes(needle));
  Plotly.Fx.unhover(gd);
  await pause(80);
  Plotly.Fx.hover(gd, [{curveNumber: curve, pointNumber: point}]);
  await pause(80);
  return gd.querySelector('.hoverlayer').textContent;
}"""
TRACE_TYPES = "() => Object.keys(Plotly.PlotSchema.get().traces).sort()"  # the trace types the bundle holds
VISIBLE_ROWS = "() => [...document.querySelectorAll('tr[data-item]')].filter(r => !r.hidden).length"


@dataclass
class Opened:
    page: Any
    problems: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch_browser()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    return {
        "seed": write_html(seed_like_timeline(), folder / "seed.html"),
        "xss": write_html(xss_timeline(), folder / "xss.html"),
    }


@pytest.fixture(scope="module")
def built_seed(seed_timeline: Timeline, tmp_path_factory: pytest.TempPathFactory) -> tuple[Timeline, Path]:
    """The seed article through the whole pipeline (conftest's session build), as `timeline build` writes it."""
    return seed_timeline, seed_timeline.to_html(tmp_path_factory.mktemp("built") / "seed.html")


def _open(browser: Any, path: Path) -> Opened:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    opened = Opened(page)
    page.on(
        "console", lambda m: opened.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None
    )
    page.on("pageerror", lambda e: opened.problems.append(f"page error: {e}"))

    def on_dialog(dialog: Any) -> None:
        opened.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on(
        "request",
        lambda r: (
            None if r.url.startswith(("file:", "data:")) else opened.problems.append(f"network request: {r.url}")
        ),
    )
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-timeline-ready='1']", timeout=15_000)
    page.wait_for_function("() => document.querySelector('#timeline-plot .main-svg') !== null")
    return opened


@pytest.fixture(scope="module")
def seed_page(browser: Any, pages: dict[str, Path]) -> Iterator[Opened]:
    """The seed page, opened once (loading 5 MB of plotly.js per test would dominate the run)."""
    opened = _open(browser, pages["seed"])
    yield opened
    opened.page.close()


@pytest.fixture
def seed(seed_page: Opened) -> Iterator[Opened]:
    """The shared seed page, with every filter reset after the test."""
    yield seed_page
    _shown_after(seed_page, lambda: seed_page.page.click("#tl-reset"))
    seed_page.page.evaluate("() => { Plotly.Fx.unhover('timeline-plot'); }")


def _shown_after(opened: Opened, action: Any) -> int:
    """Run ``action`` and wait until the filter has redrawn the plot; the number of items left."""
    page = opened.page
    page.evaluate("() => document.body.removeAttribute('data-timeline-shown')")
    action()
    page.wait_for_selector("body[data-timeline-shown]", timeout=5_000)
    return int(page.evaluate("() => document.body.getAttribute('data-timeline-shown')"))


def test_the_built_seed_article_renders_every_dated_row_once_and_is_screenshotted(
    browser: Any, built_seed: tuple[Timeline, Path]
) -> None:
    tl, path = built_seed
    opened = _open(browser, path)
    try:
        page = opened.page
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "seed_page.png"))
        page.screenshot(path=str(ARTIFACTS / "seed_page_full.png"), full_page=True)
        assert opened.problems == []
        dated = int(tl.events["begin"].notna().sum()) + len(tl.claims)  # undated claims take the article date
        assert sum(page.evaluate(COUNT_ITEMS).values()) == dated
        assert page.locator("#tl-table tbody tr").count() == len(tl.events) + len(tl.claims)
        call = tl.events[tl.events["trigger"].str.contains("call")].iloc[0]
        hover = page.evaluate(HOVER, ["event", "point", str(call["label"])])
        assert "May 2, 2017" in hover and "Tuesday" in hover
    finally:
        opened.page.close()


def test_the_sample_page_renders_offline_without_console_errors(seed: Opened) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    seed.page.screenshot(path=str(ARTIFACTS / "seed_sample_page.png"), full_page=True)
    assert seed.problems == []
    assert seed.page.title().startswith("Trump, Putin agree to work together on Syria")
    assert seed.page.evaluate(TRACE_TYPES) == ["bar", "pie", "scatter"]  # the small bundle is enough


def test_each_dated_item_is_drawn_once_as_a_marker_a_span_or_a_window(seed: Opened) -> None:
    counts = seed.page.evaluate(COUNT_ITEMS)
    assert counts == {"event/point": 2, "event/span": 1, "event/window": 3, "claim/point": 2}
    assert seed.page.evaluate(DOM_MARKERS) == 4
    assert seed.page.evaluate(DOM_BARS) == 4


def test_hovering_the_call_shows_the_words_the_day_the_source_and_the_sentence(seed: Opened) -> None:
    text = seed.page.evaluate(HOVER, ["event", "point", "phone call"])
    assert "Trump–Putin phone call" in text
    assert "“Tuesday” → May 2, 2017" in text
    assert "1 source: Associated Press" in text
    assert "Tuesday’s call marked the first time" in text


def test_hovering_the_g20_span_shows_the_inclusive_end_and_early_april_its_words(seed: Opened) -> None:
    assert "July 7–8, 2017" in seed.page.evaluate(HOVER, ["event", "span", "G20"])
    text = seed.page.evaluate(HOVER, ["event", "window", "US strikes"])
    assert "“early April” → April 1–10, 2017 (early part)" in text
    assert "vague" in text


def test_unticking_a_lane_removes_its_items_from_the_plot_the_axis_and_the_table(seed: Opened) -> None:
    shown = _shown_after(seed, lambda: seed.page.uncheck("input[name=tl-lane][value='Donald Trump']"))
    assert shown == 4
    assert seed.page.evaluate(VISIBLE_ROWS) == 4
    lanes = seed.page.evaluate("() => document.getElementById('timeline-plot').layout.yaxis.ticktext")
    assert lanes == ["Hillary Clinton", "Vladimir Putin", "(events)"]
    ys = seed.page.evaluate(
        "() => document.getElementById('timeline-plot').data.flatMap(t => t.meta.role === 'items' ? t.y : [])"
    )
    assert ys and max(ys) < 3 and min(ys) > 0  # the three remaining one-row lanes closed up
    assert sum(seed.page.evaluate(COUNT_ITEMS).values()) == 4
    assert seed.page.locator("#tl-count").text_content() == "Showing 4 of 8 items"


def test_unticking_claims_hides_the_diamonds_and_the_contradiction_line(seed: Opened) -> None:
    shown = _shown_after(seed, lambda: seed.page.uncheck("input[name=tl-kind][value='claim']"))
    assert shown == 6
    assert "claim/point" not in {k for k, v in seed.page.evaluate(COUNT_ITEMS).items() if v}
    links = seed.page.evaluate(
        "() => document.getElementById('timeline-plot').data.filter(t => t.meta.role === 'links')[0].x.length"
    )
    assert links == 0


def test_the_search_finds_words_of_the_sentences_not_only_the_labels(seed: Opened) -> None:
    shown = _shown_after(seed, lambda: seed.page.fill("#tl-search", "air base"))
    assert shown == 1
    rows = seed.page.locator("tr[data-item]:not([hidden]) th").all_text_contents()
    assert rows == ["Trump–Putin phone call"]
    assert _shown_after(seed, lambda: seed.page.click("#tl-reset")) == 8
    assert seed.page.evaluate(VISIBLE_ROWS) == 8


def test_the_source_filter_keeps_the_items_of_that_source(seed: Opened) -> None:
    assert _shown_after(seed, lambda: seed.page.select_option("#tl-source", "Associated Press")) == 8


def test_the_table_lists_every_item_with_a_link_to_the_article(seed: Opened) -> None:
    rows = seed.page.locator("#tl-table tbody tr")
    assert rows.count() == 8
    links = seed.page.locator("#tl-table tbody a").evaluate_all("as => as.map(a => a.protocol)")
    assert links and set(links) == {"https:"}
    assert seed.page.locator("#tl-table caption").text_content().startswith("Events and claims in date order")


def test_clicking_a_marker_highlights_its_row_in_the_table(seed: Opened) -> None:
    seed.page.evaluate(
        """() => {
          const gd = document.getElementById('timeline-plot');
          const curve = gd.data.findIndex(t => t.meta && t.meta.kind === 'event' && t.meta.shape === 'point');
          gd.emit('plotly_click', {points: [{customdata: gd.data[curve].customdata[0], data: gd.data[curve]}]});
        }"""
    )
    assert seed.page.locator("tr.tl-current th").text_content() == "Trump–Putin phone call"


def test_a_trace_hidden_from_the_legend_stays_hidden_when_the_filter_redraws(seed: Opened) -> None:
    page = seed.page
    page.locator(".legend .traces", has_text="Events on a day").click()
    page.wait_for_function(
        "() => document.getElementById('timeline-plot').data.some(t => t.visible === 'legendonly')"
    )
    _shown_after(seed, lambda: page.fill("#tl-search", "Syria"))
    hidden = page.evaluate(
        "() => document.getElementById('timeline-plot').data.filter(t => t.visible === 'legendonly')"
        ".map(t => t.name)"
    )
    assert hidden == ["Events on a day"]
    page.locator(".legend .traces", has_text="Events on a day").click()


def test_thousands_of_events_render_in_svg_from_the_basic_bundle_hover_and_filter_whole_items(
    browser: Any, tmp_path: Path
) -> None:
    events = synthetic_events(DENSE_THRESHOLD + 200)
    path = write_html(Timeline(events=events), tmp_path / "big.html")
    opened = _open(browser, path)
    try:
        page = opened.page
        assert opened.problems == []
        assert page.evaluate(TRACE_TYPES) == ["bar", "pie", "scatter"]  # the basic bundle, not the full one
        types = page.evaluate("() => document.getElementById('timeline-plot')._fullData.map(t => t.type)")
        assert set(types) == {"scatter"}
        # no marker or bar elements: the rectangles of the spans and of the windows are one filled path each
        assert page.evaluate(DOM_MARKERS) == 0 and page.evaluate(DOM_BARS) == 0
        fills = page.evaluate(
            "() => document.querySelectorAll('.cartesianlayer .subplot.xy .scatterlayer path.js-fill').length"
        )
        assert fills == 2
        caps = page.evaluate(
            "() => getComputedStyle(document.querySelector('.subplot.xy .tracetl-dots-event path.js-line'))"
            ".strokeLinecap"
        )
        assert caps == "round"  # a day is a dot
        assert "(vague: any time in this window)" in page.evaluate(HOVER, ["event", "window", "Event"])
        label = str(events["label"][events["granularity"] == "day"].iloc[0])
        assert label in page.evaluate(HOVER, ["event", "point", label])
        shown = _shown_after(opened, lambda: page.fill("#tl-search", "event 12 of"))
        expected = sum(1 for label in events["label"] if "event 12 of" in label.lower())
        assert shown == expected
        ids = page.evaluate(
            "() => document.getElementById('timeline-plot').data.flatMap(t => t.customdata.map(c => c[0]))"
        )
        assert len(set(ids)) == expected
        per_item = page.evaluate(
            "() => document.getElementById('timeline-plot').data.filter(t => t.meta.role === 'items')"
            ".map(t => [t.meta.shape, t.customdata.map(c => c[0])])"
        )
        for shape, ids_of_trace in per_item:  # each item whole: a dot keeps 3 points, a rectangle 5
            size = 3 if shape == "point" else 5
            assert len(ids_of_trace) % size == 0
            assert all(len(set(ids_of_trace[i : i + size])) == 1 for i in range(0, len(ids_of_trace), size))
    finally:
        opened.page.close()


def test_a_webgl_page_embeds_the_full_bundle_and_renders_without_errors(browser: Any, tmp_path: Path) -> None:
    path = write_html(seed_like_timeline(), tmp_path / "gl.html", webgl=True)
    opened = _open(browser, path)
    try:
        page = opened.page
        assert opened.problems == []
        assert "scattergl" in page.evaluate(TRACE_TYPES)
        types = page.evaluate("() => document.getElementById('timeline-plot')._fullData.map(t => t.type)")
        assert "scattergl" in types
        assert sum(page.evaluate(COUNT_ITEMS).values()) == 8
    finally:
        opened.page.close()


def test_a_directory_page_loads_plotly_js_from_beside_itself_within_its_policy(
    browser: Any, tmp_path: Path
) -> None:
    path = write_html(seed_like_timeline(), tmp_path / "site" / "seed.html", plotlyjs="directory")
    opened = _open(browser, path)
    try:
        assert opened.problems == []
        assert sum(opened.page.evaluate(COUNT_ITEMS).values()) == 8
    finally:
        opened.page.close()


def test_a_cdn_page_opened_offline_says_the_chart_is_missing_and_keeps_the_table(
    browser: Any, tmp_path: Path
) -> None:
    path = write_html(seed_like_timeline(), tmp_path / "cdn.html", plotlyjs="cdn")
    page = browser.new_page()
    try:
        page.route("https://cdn.plot.ly/**", lambda route: route.abort())
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-timeline-ready='1']")
        assert "could not be loaded" in page.locator("#tl-status").text_content()
        assert page.locator("#tl-status").is_visible()
        page.fill("#tl-search", "Kazakhstan")
        page.wait_for_function("() => document.getElementById('tl-count').textContent.startsWith('Showing 1 ')")
        assert page.locator("tr[data-item]:not([hidden])").count() == 1
    finally:
        page.close()


def test_the_attack_article_runs_nothing_and_shows_its_markup_as_text(
    browser: Any, pages: dict[str, Path]
) -> None:
    opened = _open(browser, pages["xss"])
    try:
        page = opened.page
        page.wait_for_timeout(300)
        assert page.evaluate(f"() => window.{XSS_FLAG}") is None
        assert opened.problems == []
        assert page.locator("img, iframe, svg[onload], [onerror]").count() == 0
        hrefs = page.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href') || '')")
        assert not [h for h in hrefs if "javascript" in h.lower()]
        assert f"<script>window.{XSS_FLAG}=1</script>" in page.locator("h1").text_content()
        assert (
            f'<iframe srcdoc="<script>parent.{XSS_FLAG}=8</script>"></iframe>'
            in page.locator("tbody").text_content()
        )
        hover = page.evaluate(HOVER, ["event", "point", "onerror"])  # the item labelled with the <img> payload
        assert f'<img src=x onerror="window.{XSS_FLAG}=2">' in hover
        shown = _shown_after(opened, lambda: page.fill("#tl-search", "</script><script>"))
        assert shown == 10
        page.click("#tl-table tbody tr th")
        assert page.evaluate(f"() => window.{XSS_FLAG}") is None
        # defence in depth: even a script element that got in would not run (the page's CSP allows its own only)
        page.evaluate(
            f"() => {{ const s = document.createElement('script'); s.textContent = 'window.{XSS_FLAG} = 10';"
            " document.body.appendChild(s); }"
        )
        assert page.evaluate(f"() => window.{XSS_FLAG}") is None
        assert any("Content Security Policy" in problem for problem in opened.problems)
    finally:
        opened.page.close()

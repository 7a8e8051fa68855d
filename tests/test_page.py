"""The standalone page: offline by default, reproducible, accessible, and article text never becomes markup."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import plotly.offline
import pytest
from browser_support import ROOT, XSS_FLAG, seed_like_timeline, xss_timeline

from timeline.errors import ExportError
from timeline.figure import make_figure
from timeline.page import (
    BASIC_BUNDLE,
    BASIC_PLOTLYJS_VERSION,
    FULL_BUNDLE,
    json_for_script,
    plotly_bundle,
    render_page,
    safe_url,
    write_html,
)


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each table header cell."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


@pytest.fixture(scope="module")
def seed_page() -> str:
    return render_page(seed_like_timeline(), plotlyjs="cdn")


def test_the_same_timeline_gives_a_byte_identical_page(tmp_path: Path) -> None:
    first = write_html(seed_like_timeline(), tmp_path / "a.html")
    second = write_html(seed_like_timeline(), tmp_path / "b.html")
    assert first.read_bytes() == second.read_bytes()


def _inline_scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, flags=re.DOTALL)


def test_the_default_page_embeds_plotly_js_and_loads_nothing_from_the_network(tmp_path: Path) -> None:
    page = write_html(seed_like_timeline(), tmp_path / "seed.html").read_text(encoding="utf-8")
    assert len(page) > 1_000_000  # plotly.js itself
    sources = [attrs.get("src") for tag, attrs in _tags(page) if tag == "script" and attrs.get("src")]
    assert sources == []


def test_an_svg_page_embeds_the_small_basic_bundle_with_its_licence_and_webgl_the_full_one() -> None:
    basic = BASIC_BUNDLE.text()
    assert basic.startswith(f"/**\n* plotly.js (basic - minified) v{BASIC_PLOTLYJS_VERSION}\n")
    assert "Licensed under the MIT license" in basic[:200]
    svg = render_page(seed_like_timeline())
    assert basic in _inline_scripts(svg)
    assert len(svg) < 1_500_000  # the full bundle alone is 4.8 MB
    webgl = render_page(seed_like_timeline(), webgl=True)
    assert FULL_BUNDLE.text() in _inline_scripts(webgl) and basic not in webgl


def test_the_basic_bundle_is_used_only_while_it_matches_plotly_pys_plotly_js(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fig = make_figure(seed_like_timeline())
    assert plotly.offline.get_plotlyjs_version() == BASIC_PLOTLYJS_VERSION  # update the asset with plotly.py
    assert plotly_bundle(fig) is BASIC_BUNDLE
    monkeypatch.setattr(plotly.offline, "get_plotlyjs_version", lambda: "9.0.0")
    assert plotly_bundle(fig) is FULL_BUNDLE


def test_the_cdn_page_is_small_and_loads_plotly_from_the_cdn(seed_page: str) -> None:
    assert len(seed_page) < 200_000
    sources = [attrs["src"] for tag, attrs in _tags(seed_page) if tag == "script" and attrs.get("src")]
    assert len(sources) == 1 and str(sources[0]).startswith("https://cdn.plot.ly/plotly-")


def test_the_directory_page_writes_the_bundle_it_needs_beside_itself(tmp_path: Path) -> None:
    out = write_html(seed_like_timeline(), tmp_path / "site" / "seed.html", plotlyjs="directory")
    name = f"plotly-basic-{BASIC_PLOTLYJS_VERSION}.min.js"
    assert (out.parent / name).read_text(encoding="utf-8") == BASIC_BUNDLE.text()
    assert f'<script charset="utf-8" src="{name}">' in out.read_text(encoding="utf-8")
    gl = write_html(seed_like_timeline(), tmp_path / "site" / "gl.html", plotlyjs="directory", webgl=True)
    assert (out.parent / "plotly.min.js").stat().st_size > 3_000_000
    assert '<script charset="utf-8" src="plotly.min.js">' in gl.read_text(encoding="utf-8")


def test_an_unknown_plotlyjs_mode_is_rejected_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="plotlyjs='inline' is not one of embed, cdn, directory"):
        write_html(seed_like_timeline(), tmp_path / "x.html", plotlyjs="inline")
    assert not (tmp_path / "x.html").exists()


def test_an_unwritable_path_raises_an_export_error_naming_it(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError, match="file/seed.html: cannot write the page"):
        write_html(seed_like_timeline(), blocker / "seed.html")


def test_the_header_gives_the_articles_title_date_source_and_link(seed_page: str) -> None:
    header = seed_page.split("<header", 1)[1].split("</header>", 1)[0]
    assert "Trump, Putin agree to work together on Syria" in header
    assert "May 3, 2017 01:43 · Associated Press" in header
    assert 'href="https://www.hindustantimes.com/' in header


def test_a_title_option_replaces_the_heading(tmp_path: Path) -> None:
    page = seed_like_timeline().to_html(tmp_path / "t.html", plotlyjs="cdn", title="Syria, spring 2017")
    assert "<h1>Syria, spring 2017</h1>" in page.read_text(encoding="utf-8")


def test_the_table_has_a_caption_scoped_headers_and_one_row_per_item_in_date_order(seed_page: str) -> None:
    table = seed_page.split('<table class="tl-table"', 1)[1].split("</table>", 1)[0]
    assert "<caption>Events and claims in date order (8 items" in table
    tags = _tags("<table" + table)
    assert [a["scope"] for t, a in tags if t == "th" and a.get("scope") == "col"] == ["col"] * 8
    rows = [a for t, a in tags if t == "tr" and a.get("data-item") is not None]
    assert [r["data-item"] for r in rows] == [str(i) for i in range(8)]
    assert table.index("US presidential election") < table.index("early April") < table.index("July 7–8, 2017")


def test_filters_offer_every_lane_both_kinds_and_each_source(seed_page: str) -> None:
    tags = _tags(seed_page)
    lanes = [a["value"] for t, a in tags if t == "input" and a.get("name") == "tl-lane"]
    assert lanes == ["Donald Trump", "Hillary Clinton", "Vladimir Putin", "(events)"]
    assert [a["value"] for t, a in tags if t == "input" and a.get("name") == "tl-kind"] == ["claim", "event"]
    assert [a["value"] for t, a in tags if t == "option"] == ["", "Associated Press"]
    assert any(t == "input" and a.get("id") == "tl-search" for t, a in tags)


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://apnews.com/a?b=1", True),
        ("http://example.org/x", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example/x", False),
        ("https://", False),
        ("", False),
    ],
)
def test_only_absolute_http_urls_can_become_links(url: str, kept: bool) -> None:
    assert safe_url(url) == (url if kept else "")


def test_json_for_a_script_element_escapes_markup_and_js_line_breaks() -> None:
    data = {"t": "</script><!-- & \u2028\u2029 é"}
    text = json_for_script(data)
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == data


def test_the_attack_article_leaves_no_element_handler_or_javascript_link_in_the_page() -> None:
    page = render_page(xss_timeline(), plotlyjs="cdn")
    tags = _tags(page)
    assert not [t for t, _ in tags if t in {"img", "svg", "iframe"}]
    assert not [(t, k) for t, attrs in tags for k in attrs if k.startswith("on")]
    hrefs = [str(a.get("href")) for t, a in tags if t == "a"]
    assert not [h for h in hrefs if "javascript" in h.lower()]
    scripts = [a for t, a in tags if t == "script"]
    assert len(scripts) == 5  # plotly config, plotly.js (cdn), the figure, the data island, the filter script
    assert page.count(XSS_FLAG) > 0 and "&lt;script&gt;window." in page


def test_the_page_is_identical_across_processes_with_different_hash_seeds(tmp_path: Path) -> None:
    script = (
        "import sys; sys.path.insert(0, 'tests'); from browser_support import seed_like_timeline; "
        "from timeline.page import write_html; write_html(seed_like_timeline(), sys.argv[1], plotlyjs='cdn')"
    )
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"page_{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=env, cwd=ROOT)
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]


def test_browser_tests_skip_with_a_reason_without_chromium_but_fail_when_ci_requires_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import browser_support

    monkeypatch.setattr(browser_support, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setattr(browser_support.shutil, "which", lambda name: None)
    monkeypatch.delenv("TIMELINE_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="chromium not installed"):
        browser_support.chromium_or_skip()
    monkeypatch.setenv("TIMELINE_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="TIMELINE_REQUIRE_BROWSER=1"):
        browser_support.chromium_or_skip()


@pytest.mark.parametrize("plotlyjs", ["cdn", "embed"])
def test_the_content_security_policy_runs_exactly_the_pages_own_scripts(plotlyjs: str) -> None:
    page = render_page(seed_like_timeline(), plotlyjs=plotlyjs)
    policy = [str(a["content"]) for t, a in _tags(page) if t == "meta" and a.get("http-equiv")][0]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'none'" and directives["connect-src"] == "'none'"
    assert "unsafe" not in directives["script-src"]
    bodies = _inline_scripts(page)
    allowed = set(re.findall(r"'sha256-([^']+)'", directives["script-src"]))
    assert allowed == {base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() for b in bodies}
    # the cdn page may load plotly.js from there only; the embedded page from nowhere
    assert ("https://cdn.plot.ly" in directives["script-src"]) == (plotlyjs == "cdn")

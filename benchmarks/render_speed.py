"""How fast the timeline page renders: 5 to 5,000 events, time to first render in headless Chromium, file size.

    .venv/bin/python benchmarks/render_speed.py            # 5, 500, 5000 events, 3 runs each
    .venv/bin/python benchmarks/render_speed.py --sizes 5000 --runs 5 --webgl off
    .venv/bin/python benchmarks/render_speed.py --sizes 5000 --tbaq   # + the 256 TBAQ texts through the pipeline

Time to first render is ``performance.now()`` (ms since navigation began, so it includes parsing the embedded
plotly.js) when the promise of ``Plotly.newPlot`` resolves, i.e. when the first ``plotly_afterplot`` has fired.
The filter time is one text search over all items (plot redrawn and table rows hidden).  Target: < 3 s.
The synthetic pages mix days, ranges and vague months for 40 actors over two years (the tests' generator);
``--tbaq`` adds a real page: the 256 TBAQ documents (with their DCTs) built by ``timeline.build`` (~1 min).
The ``bundle`` column says which plotly.js the page embeds: ``basic`` (1.2 MB, SVG figures) or ``full`` (4.8 MB,
needed for WebGL: ``--webgl on``, or automatically above ``timeline.figure.WEBGL_THRESHOLD`` items).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from browser_support import CHROMIUM, CHROMIUM_ARGS, synthetic_events  # noqa: E402

from timeline.result import Timeline  # noqa: E402

OUT = ROOT / "benchmarks" / "results"
TARGET_MS = 3000.0
BASIC_MARK = "plotly.js (basic - minified)"  # the licence header of timeline/assets/plotly-basic-*.min.js
# Wraps Plotly.newPlot as soon as plotly.js defines window.Plotly, to time the first complete render.
TIMER = """
(() => {
  let plotly;
  Object.defineProperty(window, 'Plotly', {
    configurable: true,
    get() { return plotly; },
    set(value) {
      plotly = value;
      window.__plotlyReadyMs = performance.now();
      const newPlot = value.newPlot;
      value.newPlot = function () {
        const start = performance.now();
        return newPlot.apply(this, arguments).then(gd => {
          window.__plotMs = performance.now() - start;
          window.__firstRenderMs = performance.now();
          return gd;
        });
      };
    },
  });
})();
"""
SEARCH = """async () => {
  const box = document.getElementById('tl-search');
  box.value = 'actor 03';
  const t0 = performance.now();
  await window.timelinePage.apply();
  const ms = performance.now() - t0;
  box.value = '';
  await window.timelinePage.apply();
  return ms;
}"""


def measure(browser: Any, path: Path) -> tuple[list[float], list[str]]:
    """(plotly.js ready, newPlot duration, first render, search) in ms, and the console errors."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script(TIMER)
    page.goto(path.as_uri())
    page.wait_for_function("() => window.__firstRenderMs !== undefined", timeout=60_000)
    ready, plot, first = page.evaluate("() => [window.__plotlyReadyMs, window.__plotMs, window.__firstRenderMs]")
    page.wait_for_selector("body[data-timeline-ready='1']")
    search = float(page.evaluate(SEARCH))
    page.close()
    return [float(ready), float(plot), float(first), search], errors


def tbaq_timeline(folder: Path) -> Timeline:
    """The TBAQ corpus through the public path: a JSONL corpus with each document's DCT, then ``build``."""
    import timeline
    from benchmarks.tbaq import read_corpus

    corpus = folder / "tbaq.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for doc in read_corpus():
            handle.write(json.dumps({"doc_id": doc.doc_id, "text": doc.text, "dct": doc.dct.isoformat()}) + "\n")
    return timeline.build(str(corpus))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 500, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--webgl", choices=["auto", "on", "off"], default="auto")
    parser.add_argument("--tbaq", action="store_true", help="also render the TBAQ corpus built by the pipeline")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"chromium not installed ({CHROMIUM}): run scripts/ensure-chromium", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    webgl = {"auto": None, "on": True, "off": False}[args.webgl]
    OUT.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[Any, ...]] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        pages: list[tuple[str, Timeline]] = [
            (str(size), Timeline(events=synthetic_events(size))) for size in args.sizes
        ]
        if args.tbaq:
            t0 = time.perf_counter()
            tl = tbaq_timeline(OUT)
            print(
                f"TBAQ built in {time.perf_counter() - t0:.0f} s: {len(tl.events)} events, {len(tl.claims)} claims"
            )
            pages.append((f"tbaq {len(tl.events) + len(tl.claims)}", tl))
        for name, tl in pages:
            t0 = time.perf_counter()
            path = tl.to_html(OUT / f"render_{name.replace(' ', '_')}.html", webgl=webgl)
            write_s = time.perf_counter() - t0
            runs = [measure(browser, path) for _ in range(args.runs)]
            errors = sorted({e for _, errs in runs for e in errs})
            medians = [statistics.median(times[i] for times, _ in runs) for i in range(4)]
            bundle = "basic" if BASIC_MARK in path.read_text(encoding="utf-8")[:5_000_000] else "full"
            rows.append((name, bundle, path.stat().st_size / 1e6, write_s, *medians, errors))
        browser.close()
    print(
        f"{'items':>10} {'bundle':>6} {'html MB':>8} {'write s':>8} {'plotly.js ready ms':>19} {'newPlot ms':>11} "
        f"{'first render ms':>16} {'search ms':>10}  target {TARGET_MS:.0f} ms"
    )
    for size, bundle, mb, write_s, ready, plot, first, search, errors in rows:
        verdict = "ERRORS" if errors else "ok" if first < TARGET_MS else "SLOW"
        print(
            f"{size:>10} {bundle:>6} {mb:>8.2f} {write_s:>8.2f} {ready:>19.0f} {plot:>11.0f} {first:>16.0f} "
            f"{search:>10.0f}  {verdict}"
        )
        for error in errors:
            print(f"        console error: {error}")
    load = os.getloadavg()[0]
    print(
        f"(median of {args.runs} runs in headless {CHROMIUM}, load average {load:.1f} on {os.cpu_count()} cores; "
        f"pages in {OUT.relative_to(ROOT)})"
    )
    return 0 if all(r[6] < TARGET_MS and not r[8] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

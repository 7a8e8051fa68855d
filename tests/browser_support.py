"""Hand-built timelines for the figure, page and browser tests, and the headless-Chromium launcher.

The sample follows the seed article (offsets are found in the real text), so the tests do not wait for the
pipeline; a second sample is an article written to attack the page (script tags, event handlers, ``javascript:``
links) with a global flag that must stay unset.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from timeline import tables
from timeline.result import Timeline

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_4af24b45e95ba1e9.txt"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SEED_DOC = "000_4af24b45e95ba1e9"


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _event(text: str, **fields: Any) -> dict[str, Any]:
    sentence = fields.pop("sentence_words")
    start, end = _span(text, sentence)
    row = {
        "doc_id": SEED_DOC,
        "start": start,
        "end": end,
        "sentence": sentence,
        "n_mentions": 1,
        "n_docs": 1,
        "doc_ids": SEED_DOC,
        "sources": "Associated Press",
    }
    row.update(fields)
    trigger_start = text.index(str(row["trigger"]), start) if str(row["trigger"]) in sentence else start
    row.update(trigger_start=trigger_start, trigger_end=trigger_start + len(str(row["trigger"])))
    return row


def _complete(row: dict[str, Any], schema: dict[str, str]) -> dict[str, Any]:
    """Integer columns cannot be missing: give the absent ones 0 (the hand-made rows name only what matters)."""
    return {**{c: 0 for c, dtype in schema.items() if dtype == tables.INT}, **row}


def seed_like_timeline() -> Timeline:
    """The seed's six events and two claims (one contradiction), as the pipeline should produce them."""
    text = SEED.read_text(encoding="utf-8")
    documents = tables.frame(
        [
            {
                "doc_id": SEED_DOC,
                "title": "Trump, Putin agree to work together on Syria, discuss North Korea during phone call",
                "source": "Associated Press",
                "url": "https://www.hindustantimes.com/world-news/trump-putin-agree-to-work-together-on-syria",
                "path": str(SEED),
                "dct": datetime(2017, 5, 3, 1, 43),
                "dct_source": "dateline",
                "dct_text": "May 03, 2017 01:43 IST",
                "n_chars": len(text),
            }
        ],
        tables.DOCUMENTS,
    )
    d = datetime
    events = tables.frame(
        [
            _event(
                text,
                event_id="e1",
                label="Trump–Putin phone call",
                kind="call",
                trigger="call",
                value="2017-05-02",
                begin=d(2017, 5, 2),
                end_=d(2017, 5, 3),
                granularity="day",
                mod="",
                actors="Donald Trump; Vladimir Putin",
                timex_text="Tuesday",
                n_mentions=3,
                sentence_words="Tuesday’s call marked the first time Trump and Putin have spoken since the US "
                "launched missiles against an air base in Syria",
            ),
            _event(
                text,
                event_id="e2",
                label="US strikes in Syria",
                kind="strike",
                trigger="strikes",
                value="2017-04",
                begin=d(2017, 4, 1),
                end_=d(2017, 4, 11),
                granularity="month",
                mod="START",
                actors="Donald Trump",
                timex_text="early April",
                location="Syria",
                sentence_words="Trump ordered the strikes against Syrian government targets in early April",
            ),
            _event(
                text,
                event_id="e3",
                label="Meeting at the G20 in Hamburg",
                kind="meeting",
                trigger="meeting",
                value="2017-07-07/2017-07-08",
                begin=d(2017, 7, 7),
                end_=d(2017, 7, 9),
                granularity="day",
                mod="",
                actors="Donald Trump; Vladimir Putin",
                timex_text="July 7-8",
                location="Hamburg",
                sentence_words="“in favour of organising a meeting during the G20 summit on July 7-8 in Hamburg,”",
            ),
            _event(
                text,
                event_id="e4",
                label="Russian-led talks on Syria in Kazakhstan",
                kind="talks",
                trigger="talks",
                value="2017-05-03",
                begin=d(2017, 5, 3),
                end_=d(2017, 5, 4),
                granularity="day",
                mod="",
                actors="",
                timex_text="Wednesday",
                location="Kazakhstan",
                sentence_words="Russian-led talks on Syria that begin Wednesday in Kazakhstan",
            ),
            _event(
                text,
                event_id="e5",
                label="Trump takes office",
                kind="office",
                trigger="took office",
                value="2017-01",
                begin=d(2017, 1, 1),
                end_=d(2017, 2, 1),
                granularity="month",
                mod="",
                actors="Donald Trump",
                timex_text="in January",
                sentence_words="since the US president took office in January",
            ),
            _event(
                text,
                event_id="e6",
                label="US presidential election",
                kind="election",
                trigger="election",
                value="2016",
                begin=d(2016, 1, 1),
                end_=d(2017, 1, 1),
                granularity="year",
                mod="",
                actors="",
                timex_text="last year’s",
                sentence_words="Russia during last year’s election",
            ),
        ],
        tables.EVENTS,
    )
    claims = tables.frame(
        [
            _claim(
                text,
                "c1",
                "Hillary Clinton",
                "said",
                "on the way to winning",
                "asserts",
                "said during a speaking appearance on Tuesday that she was “on the way to winning”",
            ),
            _claim(
                text,
                "c2",
                "Vladimir Putin",
                "denied",
                "that Moscow ever interferes in other countries’ elections",
                "denies",
                "denied that Moscow ever interferes in other countries’ elections",
            ),
        ],
        tables.CLAIMS,
    )
    links = tables.frame(
        [
            {
                "source_claim_id": "c2",
                "target_claim_id": "c1",
                "relation": "contradicts",
                "reason": "US agencies assessed Russian hacking; Putin denies interference",
            }
        ],
        tables.CLAIM_LINKS,
    )
    return Timeline(documents=documents, events=events, claims=claims, claim_links=links)


def _claim(
    text: str, claim_id: str, speaker: str, cue: str, content: str, stance: str, words: str
) -> dict[str, Any]:
    start, end = _span(text, words)
    c_start = text.index(content, start)
    return {
        "claim_id": claim_id,
        "doc_id": SEED_DOC,
        "speaker": speaker,
        "actor": speaker,
        "cue": cue,
        "cue_class": "say" if cue == "said" else "deny",
        "content": content,
        "kind": "paraphrase",
        "stance": stance,
        "made_value": "2017-05-02",
        "made_begin": datetime(2017, 5, 2),
        "made_end": datetime(2017, 5, 3),
        "cue_start": start,
        "cue_end": start + len(cue),
        "content_start": c_start,
        "content_end": c_start + len(content),
        "sentence": words,
        "speaker_start": text.index(speaker),
        "speaker_end": text.index(speaker) + len(speaker),
    }


XSS_FLAG = "__timelineXss"
XSS_PAYLOADS = [
    f"<script>window.{XSS_FLAG}=1</script>",
    f'<img src=x onerror="window.{XSS_FLAG}=2">',
    f"</script><script>window.{XSS_FLAG}=3</script>",
    f"<svg onload=window.{XSS_FLAG}=4>",
    f"javascript:window.{XSS_FLAG}=5",
    "\u2028\u2029<!--",
    f'<a href="javascript:window.{XSS_FLAG}=6">click</a>',
    f"&lt;script&gt;window.{XSS_FLAG}=7&lt;/script&gt;",
    f'<iframe srcdoc="<script>parent.{XSS_FLAG}=8</script>"></iframe>',
]


def xss_timeline() -> Timeline:
    """An article whose every text field attacks the page."""
    bad = " ".join(XSS_PAYLOADS)
    documents = tables.frame(
        [
            {
                "doc_id": "evil<doc>",
                "title": f"Evil {XSS_PAYLOADS[0]} title",
                "source": XSS_PAYLOADS[1],
                "url": f"javascript:window.{XSS_FLAG}=9",
                "dct": datetime(2017, 5, 3),
                "n_chars": 100,
            }
        ],
        tables.DOCUMENTS,
    )
    events = tables.frame(
        [
            _complete(
                {
                    "event_id": f"x{i}",
                    "label": payload,
                    "kind": payload,
                    "trigger": payload,
                    "begin": datetime(2017, 5, 1 + i),
                    "end_": datetime(2017, 5, 2 + i),
                    "granularity": "day",
                    "mod": "",
                    "actors": f"{payload}; Other",
                    "doc_id": "evil<doc>",
                    "start": 0,
                    "end": 10,
                    "sentence": bad,
                    "timex_text": payload,
                    "n_docs": 1,
                    "doc_ids": "evil<doc>",
                    "sources": payload,
                },
                tables.EVENTS,
            )
            for i, payload in enumerate(XSS_PAYLOADS)
        ],
        tables.EVENTS,
    )
    claims = tables.frame(
        [
            _complete(
                {
                    "claim_id": "xc",
                    "doc_id": "evil<doc>",
                    "speaker": XSS_PAYLOADS[2],
                    "actor": XSS_PAYLOADS[2],
                    "cue": XSS_PAYLOADS[3],
                    "content": bad,
                    "stance": XSS_PAYLOADS[4],
                    "made_begin": datetime(2017, 5, 2),
                    "made_end": datetime(2017, 5, 3),
                    "sentence": bad,
                },
                tables.CLAIMS,
            )
        ],
        tables.CLAIMS,
    )
    return Timeline(documents=documents, events=events, claims=claims)


def synthetic_events(n: int, *, seed: int = 7) -> pd.DataFrame:
    """``n`` events over two years with a realistic mix of days, ranges and vague windows and 40 actors."""
    import numpy as np

    rng = np.random.default_rng(seed)
    rows = []
    base = pd.Timestamp("2016-01-01")
    for i in range(n):
        day = base + pd.Timedelta(days=int(rng.integers(0, 730)))
        shape = rng.choice(["day", "range", "month", "start"], p=[0.6, 0.1, 0.2, 0.1])
        if shape == "day":
            begin, end_, gran, mod = day, day + pd.Timedelta(days=1), "day", ""
        elif shape == "range":
            begin, end_, gran, mod = day, day + pd.Timedelta(days=int(rng.integers(2, 6))), "day", ""
        else:
            begin = day.replace(day=1)
            end_ = (begin + pd.offsets.MonthBegin(1)).normalize()
            gran, mod = "month", ("START" if shape == "start" else "")
            if mod:
                end_ = begin + pd.Timedelta(days=10)
        actor = f"Actor {int(rng.zipf(1.6)) % 40:02d}"
        rows.append(
            _complete(
                {
                    "event_id": f"ev{i:05d}",
                    "label": f"Event {i} of {actor}",
                    "kind": str(rng.choice(["call", "meeting", "strike", "statement"])),
                    "begin": begin,
                    "end_": end_,
                    "granularity": gran,
                    "mod": mod,
                    "actors": actor,
                    "doc_id": f"doc{i % 200:03d}",
                    "start": 0,
                    "end": 80,
                    "sentence": f"Sentence {i} says {actor} did something.",
                    "timex_text": "some day",
                    "n_docs": 1,
                    "doc_ids": f"doc{i % 200:03d}",
                    "sources": f"Source {i % 7}",
                },
                tables.EVENTS,
            )
        )
    return tables.frame(rows, tables.EVENTS)


# ----------------------------------------------------------------------------------------------- browser


def chromium_or_skip() -> str:
    """The chromium path; skip with a reason when it is missing, or fail when TIMELINE_REQUIRE_BROWSER=1."""
    path = CHROMIUM if CHROMIUM.exists() else None
    found = str(path) if path else shutil.which("chromium")
    if found:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError as exc:
            reason = f"playwright for Python is not installed ({exc})"
        else:
            return found
    else:
        reason = f"chromium not installed: no {CHROMIUM} (run scripts/ensure-chromium or apt-get install chromium)"
    if os.environ.get("TIMELINE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests are required (TIMELINE_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(reason)


def launch_browser() -> Iterator[Any]:
    """One headless Chromium for a whole test module (a generator for a module-scoped fixture)."""
    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()

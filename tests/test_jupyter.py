"""Jupyter: the Timeline's rich summary escapes article text; ``df.timeline.figure()`` draws a filtered table."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import pytest

import timeline.jupyter  # noqa: F401  (registers the accessor until timeline/__init__.py imports it)
from timeline import tables
from timeline.jupyter import repr_html
from timeline.result import Timeline

SENTENCE = "Trump ordered the strikes against Syrian government targets in early April."


def _event(event_id: str, label: str, begin: str, end_: str, granularity: str, actors: str) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "label": label,
        "kind": "other",
        "trigger": label.split()[0],
        "value": begin[:7] if granularity == "month" else begin,
        "begin": begin,
        "end_": end_,
        "granularity": granularity,
        "actors": actors,
        "doc_id": "seed",
        "start": 0,
        "end": len(SENTENCE),
        "trigger_start": 0,
        "trigger_end": 5,
        "sentence": SENTENCE,
        "n_mentions": 1,
        "n_docs": 1,
        "doc_ids": "seed",
        "sources": "Hindustan Times",
    }


@pytest.fixture
def small_timeline() -> Timeline:
    documents = tables.frame(
        [
            {
                "doc_id": "seed",
                "title": "Trump, Putin agree to work together on Syria <script>alert('x')</script>",
                "source": "Hindustan Times",
                "url": "https://www.hindustantimes.com/world-news/x",
                "dct": datetime(2017, 5, 3, 1, 43),
                "n_chars": 5000,
            }
        ],
        tables.DOCUMENTS,
    )
    events = tables.frame(
        [
            _event(
                "e1", "Trump-Putin phone call", "2017-05-02", "2017-05-03", "day", "Donald Trump; Vladimir Putin"
            ),
            _event("e2", "US strikes in Syria", "2017-04-01", "2017-04-11", "month", "United States"),
            _event(
                "e3", "Trump takes office <img src=x onerror=alert(1)>", "2017-01-01", "2017-02-01", "month", ""
            ),
        ],
        tables.EVENTS,
    )
    claims = tables.frame(
        [
            {
                "claim_id": "c1",
                "doc_id": "seed",
                "speaker": "Putin",
                "actor": "Vladimir Putin",
                "cue": "denied",
                "content": "Moscow ever interferes in other countries' elections",
                "kind": "paraphrase",
                "stance": "denies",
                "made_value": "2017-05-02",
                "made_begin": "2017-05-02",
                "made_end": "2017-05-03",
                "cue_start": 10,
                "cue_end": 16,
                "speaker_start": 0,
                "speaker_end": 5,
                "content_start": 22,
                "content_end": 75,
            }
        ],
        tables.CLAIMS,
    )
    return Timeline(documents=documents, events=events, claims=claims)


def test_summary_counts_each_table_and_shows_the_document(small_timeline: Timeline) -> None:
    html = repr_html(small_timeline)
    assert "1 documents \u00b7 0 timexes \u00b7 3 events \u00b7 1 claims \u00b7 0 claim links" in html
    assert "Hindustan Times" in html and "2017-05-03 01:43:00" in html
    assert "Trump-Putin phone call" in html and "Moscow ever interferes" in html


def test_summary_never_lets_article_text_become_markup(small_timeline: Timeline) -> None:
    html = repr_html(small_timeline)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_summary_of_an_empty_timeline_still_renders() -> None:
    html = repr_html(Timeline())
    assert "0 documents" in html and "Events" not in html


def test_the_timeline_repr_is_the_summary(small_timeline: Timeline) -> None:
    assert small_timeline._repr_html_() == repr_html(small_timeline)


def _drawn_labels(fig: go.Figure) -> str:
    return fig.to_json()


def test_a_filtered_events_frame_draws_only_its_rows(small_timeline: Timeline) -> None:
    events = small_timeline.events
    may = events[events["begin"] >= pd.Timestamp("2017-05-01")]
    fig = may.timeline.figure()
    assert isinstance(fig, go.Figure)
    drawn = _drawn_labels(fig)
    assert "Trump-Putin phone call" in drawn
    assert "US strikes in Syria" not in drawn


def test_an_events_frame_brings_its_claims_along(small_timeline: Timeline) -> None:
    fig = small_timeline.events.timeline.figure(claims=small_timeline.claims)
    assert "Moscow ever interferes" in _drawn_labels(fig)


def test_a_claims_frame_is_drawn_as_claims(small_timeline: Timeline) -> None:
    claims = small_timeline.claims
    assert claims.timeline.holds == "claims"
    drawn = _drawn_labels(claims[claims["stance"] == "denies"].timeline.figure())
    assert "Moscow ever interferes" in drawn and "Trump-Putin phone call" not in drawn

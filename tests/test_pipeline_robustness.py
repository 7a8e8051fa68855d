"""The whole pipeline on hostile text: no crash, offsets always inside the text, the rest of a run survives."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline

WORDS = st.sampled_from(
    "said Tuesday the call May 3 2017 \u201cvery good\u201d early April last year's election Putin Trump met in "
    "Hamburg on July 7-8 . , \n\n He denied talks begin Wednesday \u2019s <script> & 12:30 p.m. EST".split(" ")
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, min_size=1, max_size=60).map(" ".join))
def test_random_news_like_text_builds_with_offsets_inside_the_text(tmp_path: Path, text: str) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"doc_id": "x", "text": text + " x", "dct": "2017-05-03"}) + "\n", encoding="utf-8")
    tl = timeline.build(corpus)
    source = tl.texts["x"]
    for _, row in tl.timexes.iterrows():
        assert source[row["start"] : row["end"]] == row["text"]
    for _, row in tl.event_mentions.iterrows():
        assert source[row["trigger_start"] : row["trigger_end"]] == row["trigger"]
    for _, row in tl.claims.iterrows():
        assert 0 <= row["content_start"] <= row["content_end"] <= len(source)
        assert source[row["cue_start"] : row["cue_end"]] == row["cue"]


def test_one_bad_record_among_good_ones_keeps_the_good_ones(tmp_path: Path, seed_text: str) -> None:
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text(
        json.dumps({"doc_id": "seed", "text": seed_text, "dct": "2017-05-03T01:43"}) + "\n"
        + "not json at all\n"
        + json.dumps({"doc_id": "empty", "text": "   "}) + "\n",
        encoding="utf-8",
    )
    tl = timeline.build(corpus)
    assert list(tl.documents["doc_id"]) == ["seed"]
    assert len(tl.problems) == 2 and all(str(corpus) in p for p in tl.problems)
    assert (tl.events["kind"] == "call").any()


@pytest.mark.parametrize("enabled", [True, False])
def test_build_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path, enabled: bool) -> None:
    article = tmp_path / "a.txt"
    article.write_text("MOSCOW, May 3, 2017 \u2014 The Kremlin said the call on Tuesday was business-like.",
                       encoding="utf-8")
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert len(timeline.build(article).claims) == 1
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_a_build_starts_without_the_previous_builds_texts_in_its_caches(tmp_path: Path, seed_text: str) -> None:
    from timeline.claims.tails import tail_start
    from timeline.claims.topics import keywords

    article = tmp_path / "seed.txt"
    article.write_text(seed_text, encoding="utf-8")
    timeline.build(article)
    assert tail_start.cache_info().currsize > 0 and keywords.cache_info().currsize > 0
    timeline.build(tmp_path / "missing.txt")  # nothing to read: nothing of the seed may stay cached
    assert tail_start.cache_info().currsize == 0 and keywords.cache_info().currsize == 0

"""Every case of ``temporal_cases*.py``: the marked words are tagged exactly, with the expected type/value/mod.

Each ``temporal_cases_<genre>.py`` beside ``temporal_cases.py`` holds one battery of own phrasings (a genre of
news, written before the tagger was run on them) in the same ``CASES`` form; all are collected here.
"""

from __future__ import annotations

import importlib
import re
from datetime import datetime
from pathlib import Path

import pytest

from timeline.temporal import tag

CASES = [
    case
    for path in sorted(Path(__file__).parent.glob("temporal_cases*.py"))
    for case in importlib.import_module(path.stem).CASES
]

_MARK = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)


def _unmark(marked: str) -> tuple[str, int, int]:
    m = _MARK.search(marked)
    if m is None:
        return marked, -1, -1
    text = marked[: m.start()] + m.group(1) + marked[m.end() :]
    return text, m.start(), m.start() + len(m.group(1))


@pytest.mark.parametrize(("marked", "dct", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_case(marked: str, dct: datetime | None, expected: tuple[str, str, str] | None) -> None:
    text, start, end = _unmark(marked)
    timexes = tag(text, dct)
    if expected is None:
        if start < 0:
            assert not [t for t in timexes if "2020" not in t.value], [(t.text, t.value) for t in timexes]
        else:
            assert not [t for t in timexes if t.start == start and t.end == end], [
                (t.text, t.value) for t in timexes
            ]
        return
    hits = [t for t in timexes if (t.start, t.end) == (start, end)]
    assert hits, f"{text[start:end]!r} not tagged; got {[(t.text, t.value) for t in timexes]}"
    t = hits[0]
    assert (t.type, t.value, t.mod) == expected


def test_a_range_keeps_its_whole_interval() -> None:
    (boom,) = tag("The 1998-2000 boom ended.", datetime(2017, 5, 3))
    assert (boom.begin, boom.end_) == (datetime(1998, 1, 1), datetime(2001, 1, 1))


def test_an_undated_event_anchor_is_named() -> None:
    (days,) = tag("He spoke days after the riots in the capital.", datetime(2017, 5, 3))
    assert days.anchor == "event:the riots" and days.begin is None


def test_an_event_dated_elsewhere_in_the_text_dates_the_anchored_expression() -> None:
    text = "The riots broke out on March 3. He spoke days after the riots, in a televised address."
    timexes = tag(text, datetime(2017, 5, 3))
    (days,) = [t for t in timexes if t.text == "days"]
    assert days.value == "2017-03-03" and days.anchor == "event:the riots"
    assert days.begin == datetime(2017, 3, 3) and days.end_ is not None and days.end_ > datetime(2017, 3, 4)


def test_without_an_article_date_relative_expressions_have_no_interval() -> None:
    timexes = tag("Officials met on Tuesday and again last week.", None)
    assert [t.anchor for t in timexes] == ["unresolved", "unresolved"]
    assert all(t.begin is None and t.end_ is None for t in timexes)


def test_given_sentences_number_the_timexes_and_the_doc_id_is_kept() -> None:
    from timeline.segment import split_sentences

    text = "Talks failed on Monday. They resume next week in Geneva."
    sentences = split_sentences(text)
    timexes = tag(text, datetime(2017, 5, 3), sentences=sentences, doc_id="d1")
    assert [(t.text, t.sentence_id, t.doc_id, t.timex_id) for t in timexes] == [
        ("Monday", 0, "d1", "t1"),
        ("next week", 1, "d1", "t2"),
    ]

"""Every case of ``temporal_cases.py``: the marked words are tagged exactly, with the expected type/value/mod."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from temporal_cases import CASES

from timeline.temporal import tag

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
            assert not [t for t in timexes if t.start == start and t.end == end], [(t.text, t.value) for t in timexes]
        return
    hits = [t for t in timexes if (t.start, t.end) == (start, end)]
    assert hits, f"{text[start:end]!r} not tagged; got {[(t.text, t.value) for t in timexes]}"
    t = hits[0]
    assert (t.type, t.value, t.mod) == expected

"""Temporal tagging: TIMEX3 expressions found with a compiled regex grammar and normalized against the article date.

``tag(text, dct)`` returns ``timeline.records.Timex`` rows sorted by start, non-overlapping, with TIMEX3 type
(DATE, TIME, DURATION, SET), value (``2017-05-02``, ``2017-W18``, ``2017-Q2``, ``2017-SU``, ``199``, ``P3D``,
``PRESENT_REF`` ...), mod, the half-open interval ``begin``/``end_`` it denotes, granularity and anchor
(``dct``, ``absolute``, ``t<N>`` for an earlier timex, ``event:<words>``, ``unresolved``).  Without a dct,
relative expressions keep X's (``XXXX-WXX-2``) and no interval.

``interval_of(value)`` gives the interval and granularity of any value, for stages that only hold the value.
"""

from __future__ import annotations

from .interval import VALUE_GRAMMAR, interval_of
from .tagger import tag

__all__ = ["tag", "interval_of", "VALUE_GRAMMAR"]

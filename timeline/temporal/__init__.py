"""Temporal tagging: TIMEX3 expressions found with a compiled regex grammar and normalized against the article date.

``tag(text, dct)`` returns ``timeline.records.Timex`` rows sorted by start, non-overlapping, with TIMEX3 type
(DATE, TIME, DURATION, SET), value (``2017-05-02``, ``2017-W18``, ``2017-Q2``, ``2017-SU``, ``199``, ``P3D``,
``PRESENT_REF`` ...), mod (START, MID, END, APPROX, LESS_THAN, MORE_THAN, BEFORE, AFTER ...), the half-open
interval ``begin``/``end_`` it denotes (``early April`` -> April 1 to 11; ``July 7-8`` -> July 7 to 9),
granularity and anchor (``dct``, ``absolute``, ``t<N>`` for an earlier timex, ``event:<words>``, ``unresolved``).
Without a dct, relative expressions keep X's (``XXXX-WXX-2``, ``XXXX-01``) and no interval; absolute ones resolve.
Times keep their wall-clock reading; a zone written after them ("5 p.m. EST") is part of the extent, not the value.

``interval_of(value)`` gives the interval and granularity of any value, for stages that only hold the value;
``VALUE_GRAMMAR`` is the regex every value this tagger writes matches.
"""

from __future__ import annotations

from .interval import VALUE_GRAMMAR, interval_of
from .tagger import tag

__all__ = ["VALUE_GRAMMAR", "interval_of", "tag"]

"""TIMEX3 values and calendar intervals: format a value from a date and a granularity, and back.

``interval_of`` is the one place that knows which half-open interval a value denotes, so the tagger, the events
stage and tests all agree (``2017-04`` -> April 1 to May 1; ``2017-W18`` -> that ISO week; ``199`` -> the 1990s).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .lexicon import PART_HOURS

Interval = tuple[datetime | None, datetime | None, str]

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}

# The TIMEX3 value grammar this tagger writes (used by the property tests too).
VALUE_GRAMMAR = re.compile(
    r"""(?x)
    PRESENT_REF|PAST_REF|FUTURE_REF
    | P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|E|C|L|WE))+
    | PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+
    | P(?:(?:\d+|X)[YMWD])+T(?:(?:\d+|X)[HMS])+
    | (?:\d{1,2}|\d{3}|\d{4}|XXXX|XXX|XX)
      (?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?|-W(?:\d\d|XX)(?:-(?:\d|WE))?|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?
      (?:T(?:\d\d(?::\d\d(?::\d\d)?)?|MO|MI|AF|EV|NI|DT)(?:Z|[+-]\d\d(?::?\d\d)?)?)?
    """
)


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, the day clipped to the target month's length."""
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    m += 1
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(d.day, last))


def day_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def season_of(d: date) -> tuple[int, str]:
    """The (year, code) of the meteorological season containing ``d`` (December counts to the next winter)."""
    if d.month in (3, 4, 5):
        return d.year, "SP"
    if d.month in (6, 7, 8):
        return d.year, "SU"
    if d.month in (9, 10, 11):
        return d.year, "FA"
    return (d.year if d.month == 12 else d.year - 1), "WI"


def value_at(d: date, granularity: str) -> str:
    """The value naming the ``granularity``-sized calendar unit that contains ``d``."""
    if granularity == "day":
        return day_value(d)
    if granularity == "week":
        return week_value(d)
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if granularity == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if granularity == "season":
        y, s = season_of(d)
        return f"{y:04d}-{s}"
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(f"unknown granularity {granularity!r}")


def shift(d: date, granularity: str, n: int) -> date:
    """``d`` moved by ``n`` units of ``granularity``."""
    if granularity == "day":
        return d + timedelta(days=n)
    if granularity == "week":
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}[
        granularity
    ]
    return add_months(d, months * n)


def _dt(y: int, m: int = 1, d: int = 1) -> datetime:
    return datetime(y, m, d)


def _month_start(y: int, m: int) -> datetime:
    y2, m2 = divmod(y * 12 + m - 1, 12)
    return datetime(y2, m2 + 1, 1)


_DATE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?|-W(?P<w>\d\d)(?:-(?P<wd>\d|WE))?|-Q(?P<q>[1-4])|-H(?P<h>[12])"
    r"|-(?P<s>SP|SU|FA|WI))?"
    r"(?:T(?:(?P<hh>\d\d)(?::(?P<mm>\d\d)(?::(?P<ss>\d\d))?)?|(?P<part>MO|MI|AF|EV|NI|DT))(?P<tz>Z|[+-]\d\d(?::?\d\d)?)?)?"
)

# Precompiled: interval_of runs for every timex (re.fullmatch with a pattern string pays a cache look-up per call).
_THREE_DIGITS = re.compile(r"\d{3}")
_TWO_DIGITS = re.compile(r"\d{2}")
_UNPLACED_MONTH = re.compile(r"XXXX-\d\d")
_UNPLACED_DAY = re.compile(r"XXXX-\d\d-\d\d|XXXX-XX-XX|XXXX-WXX-\d")


def interval_of(value: str) -> Interval:
    """The half-open interval ``(begin, end_, granularity)`` a TIMEX3 date/time value denotes.

    Durations, references (``PRESENT_REF``) and underspecified values (``XXXX-07``) cannot be placed on the
    calendar: they give ``(None, None, granularity-or-"")``.  Times with a zone keep their wall-clock reading.
    """
    if not value or "X" in value or value.startswith("P"):
        return None, None, _granularity_of_unplaced(value)
    if _THREE_DIGITS.fullmatch(value):
        y = int(value) * 10
        return _dt(y), _dt(y + 10), "decade"
    if _TWO_DIGITS.fullmatch(value):
        y = int(value) * 100
        return _dt(max(y, 1)), _dt(y + 100), "century"
    m = _DATE.fullmatch(value)
    if not m:
        return None, None, ""
    y = int(m["y"])
    if y < 1:
        return None, None, ""
    try:
        if m["d"]:
            day = _dt(y, int(m["m"]), int(m["d"]))
            if m["hh"]:
                hh = int(m["hh"])
                if m["ss"]:
                    b = day + timedelta(hours=hh, minutes=int(m["mm"]), seconds=int(m["ss"]))
                    return b, b + timedelta(seconds=1), "second"
                if m["mm"]:
                    b = day + timedelta(hours=hh, minutes=int(m["mm"]))
                    return b, b + timedelta(minutes=1), "minute"
                b = day + timedelta(hours=hh)
                return b, b + timedelta(hours=1), "hour"
            if m["part"]:
                lo, hi = PART_HOURS[m["part"]]
                return day + timedelta(hours=lo), day + timedelta(hours=hi), "part_of_day"
            return day, day + timedelta(days=1), "day"
        if m["m"] and not 1 <= int(m["m"]) <= 12:
            return None, None, ""
        if m["m"]:
            return _month_start(y, int(m["m"])), _month_start(y, int(m["m"]) + 1), "month"
        if m["w"]:
            monday = datetime.combine(date.fromisocalendar(y, int(m["w"]), 1), datetime.min.time())
            if m["wd"] == "WE":
                return monday + timedelta(days=5), monday + timedelta(days=7), "weekend"
            if m["wd"]:
                b = monday + timedelta(days=int(m["wd"]) - 1)
                return b, b + timedelta(days=1), "day"
            return monday, monday + timedelta(days=7), "week"
        if m["q"]:
            q = int(m["q"])
            return _month_start(y, 3 * q - 2), _month_start(y, 3 * q + 1), "quarter"
        if m["h"]:
            h = int(m["h"])
            return _month_start(y, 6 * h - 5), _month_start(y, 6 * h + 1), "half"
        if m["s"]:
            lo, hi = SEASON_MONTHS[m["s"]]
            return _month_start(y, lo), _month_start(y, hi), "season"
        return _dt(y), _dt(y + 1), "year"
    except ValueError:
        return None, None, ""


def _granularity_of_unplaced(value: str) -> str:
    if value.startswith("PT"):
        return {"H": "hour", "M": "minute", "S": "second"}.get(value[-1:], "")
    if value.startswith("P") and not value.endswith("_REF"):
        return {
            "Y": "year",
            "M": "month",
            "W": "week",
            "D": "day",
            "Q": "quarter",
            "E": "decade",
            "C": "century",
        }.get(value[-1:], "")
    if _UNPLACED_MONTH.fullmatch(value):
        return "month"
    if _UNPLACED_DAY.fullmatch(value):
        return "day"
    return ""

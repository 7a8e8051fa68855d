"""Dates of the holidays news text names without a date (fixed-date ones and the movable US/Christian feasts)."""

from __future__ import annotations

from datetime import date, timedelta

_FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's": (1, 1),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "fourth of july": (7, 4), "the fourth of july": (7, 4),
}  # fmt: skip
_EASTER_OFFSETS = {"good friday": -2, "ash wednesday": -46, "palm sunday": -7, "easter monday": 1}


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) ISO ``weekday`` of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(name: str, year: int) -> date | None:
    """The date of holiday ``name`` (lower case, as written) in ``year``, or None when unknown."""
    name = " ".join(name.lower().replace("’", "'").split())
    if not 1 <= year <= 9999:
        return None
    if name in _FIXED:
        month, day = _FIXED[name]
        return date(year, month, day)
    if name in _EASTER_OFFSETS:
        return easter(year) + timedelta(days=_EASTER_OFFSETS[name])
    if name.startswith("easter"):
        return easter(year)
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 4, 4)
    if name == "black friday":
        return _nth_weekday(year, 11, 4, 4) + timedelta(days=1)
    if name == "cyber monday":
        return _nth_weekday(year, 11, 4, 4) + timedelta(days=4)
    if name == "election day":  # US: the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    if name == "labor day":
        return _nth_weekday(year, 9, 1, 1)
    if name == "memorial day":
        return _nth_weekday(year, 5, 1, -1)
    return None

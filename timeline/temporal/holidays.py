"""Dates of the holidays news text names without a date (fixed-date ones and the movable US/Christian feasts)."""

from __future__ import annotations

import re
from datetime import date, timedelta

# Names are looked up without apostrophes, dots and commas ("St. Patrick's Day" -> "st patricks day").
_FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new years": (1, 1),
    "new years day": (1, 1), "new years eve": (12, 31), "independence day": (7, 4), "halloween": (10, 31),
    "valentines day": (2, 14), "fourth of july": (7, 4), "the fourth of july": (7, 4), "boxing day": (12, 26),
    "st patricks day": (3, 17), "veterans day": (11, 11), "remembrance day": (11, 11), "armistice day": (11, 11),
    "juneteenth": (6, 19), "bastille day": (7, 14), "canada day": (7, 1), "may day": (5, 1),
}  # fmt: skip
_EASTER_OFFSETS = {
    "good friday": -2, "ash wednesday": -46, "palm sunday": -7, "easter monday": 1, "maundy thursday": -3,
    "mardi gras": -47, "pentecost": 49,
}  # fmt: skip
# The US holidays set as the n-th (-1: last) weekday of a month: (month, ISO weekday, n).
_NTH_WEEKDAY: dict[str, tuple[int, int, int]] = {
    "labor day": (9, 1, 1), "memorial day": (5, 1, -1), "martin luther king day": (1, 1, 3), "mlk day": (1, 1, 3),
    "presidents day": (2, 1, 3), "mothers day": (5, 7, 2), "fathers day": (6, 7, 3), "columbus day": (10, 1, 2),
}  # fmt: skip


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
    name = " ".join(re.sub(r"[.,'’]", "", name.lower()).replace("saint ", "st ").replace(" jr ", " ").split())
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
    if name in _NTH_WEEKDAY:
        return _nth_weekday(year, *_NTH_WEEKDAY[name])
    return None

"""Dates of the holidays news text names without a date: fixed-date ones, the movable US/Christian feasts, and the
feasts of lunar and lunisolar calendars (Ramadan, Eid, Lunar New Year, Passover, Hanukkah, Diwali ...)."""

from __future__ import annotations

import re
import warnings
from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import EASTER_ORTHODOX
from dateutil.easter import easter as _dateutil_easter  # the computus, Western and Orthodox

# Names are looked up without apostrophes, dots and commas ("St. Patrick's Day" -> "st patricks day").
_FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new years": (1, 1),
    "new years day": (1, 1), "new years eve": (12, 31), "independence day": (7, 4), "halloween": (10, 31),
    "valentines day": (2, 14), "fourth of july": (7, 4), "the fourth of july": (7, 4), "boxing day": (12, 26),
    "st patricks day": (3, 17), "veterans day": (11, 11), "remembrance day": (11, 11), "armistice day": (11, 11),
    "juneteenth": (6, 19), "bastille day": (7, 14), "canada day": (7, 1), "may day": (5, 1),
    "orthodox christmas": (1, 7),  # Julian Dec. 25, from 1900 to 2099
    "bonfire night": (11, 5), "guy fawkes night": (11, 5), "guy fawkes day": (11, 5), "hogmanay": (12, 31),
    "burns night": (1, 25), "st andrews day": (11, 30), "st georges day": (4, 23), "st davids day": (3, 1),
    "anzac day": (4, 25), "australia day": (1, 26), "waitangi day": (2, 6),
    "republic day": (1, 26),  # India's, the one English-language news names most
    "july fourth": (7, 4), "st stephens day": (12, 26),  # Ireland's Boxing Day
}  # fmt: skip
_EASTER_OFFSETS = {
    "good friday": -2, "ash wednesday": -46, "palm sunday": -7, "easter monday": 1, "maundy thursday": -3,
    "mardi gras": -47, "pentecost": 49, "mothering sunday": -21,
    "shrove tuesday": -47, "pancake day": -47,
}  # fmt: skip
# The US holidays set as the n-th (-1: last) weekday of a month: (month, ISO weekday, n).
_NTH_WEEKDAY: dict[str, tuple[int, int, int]] = {
    "labor day": (9, 1, 1), "memorial day": (5, 1, -1), "martin luther king day": (1, 1, 3), "mlk day": (1, 1, 3),
    "presidents day": (2, 1, 3), "mothers day": (5, 7, 2), "fathers day": (6, 7, 3), "columbus day": (10, 1, 2),
    "remembrance sunday": (11, 7, 2),  # UK: the second Sunday of November
}  # fmt: skip


def easter(year: int) -> date:
    """Western Easter Sunday (dateutil's Gregorian computus)."""
    return _dateutil_easter(year)


def weekday_in_month(year: int, month: int, weekday: int, n: int) -> date | None:
    """The n-th (1-based; -1 = last) ISO ``weekday`` of a month, or None when the month has no such day."""
    d = _nth_weekday(year, month, weekday, n)
    return d if d.month == month else None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) ISO ``weekday`` of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


# Feasts of the Islamic, Hebrew, Chinese and Hindu calendars: (country whose calendar the `holidays` package keeps,
# its category, the package's English name, days the feast lasts; 0 for Ramadan: until Eid al-Fitr).  Those
# calendars follow observation and tables, not arithmetic we should re-derive; dates are the country's own
# (Islamic ones as Afghanistan keeps them, estimated where the package says so).
_LUNAR: dict[str, tuple[str, str, str, int]] = {
    "ramadan": ("AF", "public", "First Day of Ramadan", 0),
    "eid al fitr": ("AF", "public", "Eid al-Fitr", 1),
    "eid al adha": ("AF", "public", "Eid al-Adha", 1),
    "lunar new year": ("CN", "public", "Chinese New Year (Spring Festival)", 1),
    "mid autumn festival": ("CN", "public", "Mid-Autumn Festival", 1),
    "diwali": ("IN", "public", "Diwali", 1),
    "holi": ("IN", "public", "Holi", 1),
    "passover": ("IL", "public", "Pesach", 7),
    "rosh hashanah": ("IL", "public", "Rosh Hashanah", 2),
    "yom kippur": ("IL", "public", "Yom Kippur", 1),
    "sukkot": ("IL", "public", "Sukkot", 7),
    "purim": ("IL", "optional", "Purim", 1),
    "hanukkah": ("IL", "school", "Hanukkah", 8),
    "nowruz": ("IR", "public", "Nowruz", 1),
}  # fmt: skip
_LUNAR_SPELLINGS = (
    (re.compile(r"^eid (?:al|ul|el) ?"), "eid al "),
    (re.compile(r"^chinese new year"), "lunar new year"),
    (re.compile(r"^lunar new years?(?: day)?$"), "lunar new year"),
    (re.compile(r"^(?:chanukk?ah|hanukah|hanukka)$"), "hanukkah"),
    (re.compile(r"^pesach$"), "passover"),
    (re.compile(r"^deepavali$"), "diwali"),
    (re.compile(r"^(?:norouz|navruz|nowrouz|novruz)$"), "nowruz"),
    (re.compile(r"^rosh hashana$"), "rosh hashanah"),
)


def _lunar_key(name: str) -> str:
    key = " ".join(name.replace("-", " ").split())
    for pattern, canonical in _LUNAR_SPELLINGS:
        key = pattern.sub(canonical, key)
    return key


@lru_cache(maxsize=1024)
def _lunar_starts(key: str, year: int) -> tuple[date, ...]:
    """First days of feast ``key`` in ``year`` (an Islamic feast can fall twice in one Gregorian year)."""
    import holidays  # on first use: most texts name no such feast, and the package takes a while to load

    country, category, name, _ = _LUNAR[key]
    with warnings.catch_warnings():  # years outside a calendar's table give no dates, with a warning
        warnings.simplefilter("ignore")
        try:
            days = holidays.country_holidays(
                country, years=range(max(year - 1, 1), year + 1), categories=(category,), language="en_US"
            )
        except (NotImplementedError, ValueError):
            return ()
        marked = {d for d, names in days.items() if name in (n.replace(" (estimated)", "") for n in names.split("; "))}
    return tuple(sorted(d for d in marked if d.year == year and d - timedelta(days=1) not in marked))


def holiday_dates(name: str, year: int) -> list[tuple[date, date]]:
    """Each (first day, day after the last) of holiday ``name`` (lower case, as written) in ``year``."""
    key = _lunar_key(_canonical(name))
    if key == "eid":  # either Eid: the caller picks the one the text is nearest to
        return sorted(holiday_dates("eid al fitr", year) + holiday_dates("eid al adha", year))
    eve_of = _eve_of(key)
    if eve_of:  # "Lunar New Year's Eve": the day before
        return [(first - timedelta(days=1), first) for first, _ in holiday_dates(eve_of, year)]
    if key in _LUNAR and 1 <= year <= 9999:
        days = _LUNAR[key][3]
        out = []
        for first in _lunar_starts(key, year):
            if days:
                out.append((first, first + timedelta(days=days)))
            else:  # Ramadan runs until Eid al-Fitr
                eid = next((e for y in (year, year + 1) for e in _lunar_starts("eid al fitr", y) if e > first), None)
                out.append((first, eid or first + timedelta(days=30)))
        return out
    d = holiday_date(name, year)
    return [(d, d + timedelta(days=1))] if d else []


# Days from the start of a Hijri year to its feasts (Ramadan 1, Shawwal 1, Dhu al-Hijjah 10), by mean months.
_HIJRI_OFFSET = {"ramadan": 236, "eid al fitr": 266, "eid al adha": 325, "eid": 266}
_HIJRI_EPOCH = date(622, 7, 19)  # 1 Muharram AH 1, proleptic Gregorian
_HIJRI_YEAR_DAYS = 354.36707


def hijri_feast(name: str, hijri_year: int) -> tuple[date, date] | None:
    """The feast of a Hijri year ("Ramadan 1434"): the tabled one nearest the mean-calendar estimate, else None."""
    key = _lunar_key(_canonical(name))
    if key not in _HIJRI_OFFSET or not 1 <= hijri_year <= 1600:
        return None
    estimate = _HIJRI_EPOCH + timedelta(days=(hijri_year - 1) * _HIJRI_YEAR_DAYS + _HIJRI_OFFSET[key])
    found = [span for y in (estimate.year - 1, estimate.year, estimate.year + 1) for span in holiday_dates(name, y)]
    return min(found, key=lambda span: abs((span[0] - estimate).days), default=None)


def is_lunar(name: str) -> bool:
    """Whether the holiday's date comes from a lunar or lunisolar calendar (no fixed month and day)."""
    key = _lunar_key(_canonical(name))
    return key in _LUNAR or key == "eid" or bool(_eve_of(key))


def _eve_of(key: str) -> str:
    """The lunar feast whose eve ``key`` names ("lunar new years eve" -> "lunar new year"), else ""."""
    base = key.removesuffix(" eve").rstrip("s")
    return base if key.endswith(" eve") and base in _LUNAR else ""


def _canonical(name: str) -> str:
    return " ".join(re.sub(r"[.,'’]", "", name.lower()).replace("saint ", "st ").replace(" jr ", " ").split())


def fixed_day(name: str) -> tuple[int, int] | None:
    """(month, day) of a holiday on the same date every year ("Christmas", "Boxing Day"), else None."""
    return _FIXED.get(_canonical(name))


def holiday_date(name: str, year: int) -> date | None:
    """The date of holiday ``name`` (lower case, as written) in ``year``, or None when unknown."""
    name = _canonical(name)
    if not 1 <= year <= 9999:
        return None
    if name.startswith("orthodox easter"):
        return _dateutil_easter(year, EASTER_ORTHODOX)
    if is_lunar(name):
        found = holiday_dates(name, year)
        return found[0][0] if found else None
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
    if name == "election night":  # the night of Election Day (holiday() marks the part of the day)
        return holiday_date("election day", year)
    if name == "inauguration day":  # US presidents take office on Jan. 20 of the year after the election (since 1937)
        return date(year, 1, 20) if year % 4 == 1 and year >= 1937 else None
    if name == "super tuesday":
        # US presidential primaries: the first Tuesday of March in election years since 2012 (earlier cycles moved it)
        return _nth_weekday(year, 3, 2, 1) if year % 4 == 0 and year >= 2012 else None
    if name in _NTH_WEEKDAY:
        return _nth_weekday(year, *_NTH_WEEKDAY[name])
    return None

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
    "world aids day": (12, 1), "world health day": (4, 7), "world cancer day": (2, 4), "world malaria day": (4, 25),
    "world tuberculosis day": (3, 24), "world tb day": (3, 24), "world mental health day": (10, 10),
    "world diabetes day": (11, 14), "world no tobacco day": (5, 31), "world blood donor day": (6, 14),
    "world hepatitis day": (7, 28), "world polio day": (10, 24), "world heart day": (9, 29),
    "world suicide prevention day": (9, 10),
    "victory day": (5, 9),  # Russia's (the one wire copy names); Ukraine's has been May 8 since 2023
    "pakistan day": (3, 23), "madaraka day": (6, 1), "jamhuri day": (12, 12), "mashujaa day": (10, 20),
    "freedom day": (4, 27), "heritage day": (9, 24),  # South Africa's
    "german unity day": (10, 3), "day of german unity": (10, 3), "pearl harbor day": (12, 7),
    "pearl harbor remembrance day": (12, 7), "orthodox christmas eve": (1, 6), "orthodox christmas day": (1, 7),
}  # fmt: skip
# National days named with their country ("India's Independence Day", "Saudi National Day"): the country's date.
# Keys are the country's name as ``NATIONS`` reads it, then the day's name; without a country the day is the US
# one (Independence Day), India's (Republic Day) or Russia's (Victory Day), as in ``_FIXED``.
_NATIONAL: dict[str, tuple[int, int]] = {
    "india independence day": (8, 15), "pakistan independence day": (8, 14), "ukraine independence day": (8, 24),
    "mexico independence day": (9, 16), "brazil independence day": (9, 7), "ghana independence day": (3, 6),
    "nigeria independence day": (10, 1), "indonesia independence day": (8, 17), "philippines independence day": (6, 12),
    "us independence day": (7, 4), "bangladesh independence day": (3, 26), "sri lanka independence day": (2, 4),
    "argentina independence day": (7, 9), "venezuela independence day": (7, 5), "colombia independence day": (7, 20),
    "peru independence day": (7, 28), "chile independence day": (9, 18), "belarus independence day": (7, 3),
    "georgia independence day": (5, 26), "kazakhstan independence day": (12, 16), "moldova independence day": (8, 27),
    "armenia independence day": (9, 21), "estonia independence day": (2, 24), "lithuania independence day": (2, 16),
    "finland independence day": (12, 6), "poland independence day": (11, 11), "greece independence day": (3, 25),
    "algeria independence day": (7, 5), "tunisia independence day": (3, 20), "morocco independence day": (11, 18),
    "lebanon independence day": (11, 22), "jordan independence day": (5, 25), "malaysia independence day": (8, 31),
    "kenya independence day": (12, 12), "south sudan independence day": (7, 9), "jamaica independence day": (8, 6),
    "zimbabwe independence day": (4, 18), "namibia independence day": (3, 21), "kosovo independence day": (2, 17),
    "haiti independence day": (1, 1), "ecuador independence day": (8, 10), "bolivia independence day": (8, 6),
    "india republic day": (1, 26), "turkey republic day": (10, 29), "italy republic day": (6, 2),
    "china national day": (10, 1), "saudi arabia national day": (9, 23), "uae national day": (12, 2),
    "singapore national day": (8, 9), "qatar national day": (12, 18), "kuwait national day": (2, 25),
    "bahrain national day": (12, 16), "tanzania independence day": (12, 9),
    "uganda independence day": (10, 9), "nepal independence day": (5, 29), "myanmar independence day": (1, 4), "vietnam national day": (9, 2), "switzerland national day": (8, 1),
    "taiwan national day": (10, 10), "spain national day": (10, 12),
    "russia victory day": (5, 9), "belarus victory day": (5, 9), "bangladesh victory day": (12, 16),
}  # fmt: skip
# The words a country is named by before or after its day ("Ukraine's", "Mexican", "in Nigeria"): its key above.
NATIONS: dict[str, str] = {
    "india": "india", "indian": "india", "pakistan": "pakistan", "pakistani": "pakistan", "ukraine": "ukraine",
    "ukrainian": "ukraine", "mexico": "mexico", "mexican": "mexico", "brazil": "brazil", "brazilian": "brazil",
    "ghana": "ghana", "ghanaian": "ghana", "nigeria": "nigeria", "nigerian": "nigeria", "indonesia": "indonesia",
    "indonesian": "indonesia", "philippines": "philippines", "the philippines": "philippines", "philippine": "philippines",
    "filipino": "philippines", "israel": "israel", "israeli": "israel", "us": "us", "america": "us", "american": "us",
    "united states": "us", "the united states": "us", "bangladesh": "bangladesh", "bangladeshi": "bangladesh",
    "sri lanka": "sri lanka", "sri lankan": "sri lanka", "argentina": "argentina", "argentine": "argentina",
    "argentinian": "argentina", "venezuela": "venezuela", "venezuelan": "venezuela", "colombia": "colombia",
    "colombian": "colombia", "peru": "peru", "peruvian": "peru", "chile": "chile", "chilean": "chile",
    "belarus": "belarus", "belarusian": "belarus", "georgia": "georgia", "georgian": "georgia",
    "kazakhstan": "kazakhstan", "kazakh": "kazakhstan", "moldova": "moldova", "moldovan": "moldova",
    "armenia": "armenia", "armenian": "armenia", "estonia": "estonia", "estonian": "estonia", "lithuania": "lithuania",
    "lithuanian": "lithuania", "finland": "finland", "finnish": "finland", "poland": "poland", "polish": "poland",
    "greece": "greece", "greek": "greece", "algeria": "algeria", "algerian": "algeria", "tunisia": "tunisia",
    "tunisian": "tunisia", "morocco": "morocco", "moroccan": "morocco", "lebanon": "lebanon", "lebanese": "lebanon",
    "jordan": "jordan", "jordanian": "jordan", "malaysia": "malaysia", "malaysian": "malaysia", "kenya": "kenya",
    "kenyan": "kenya", "south sudan": "south sudan", "jamaica": "jamaica", "jamaican": "jamaica",
    "zimbabwe": "zimbabwe", "zimbabwean": "zimbabwe", "namibia": "namibia", "namibian": "namibia",
    "kosovo": "kosovo", "haiti": "haiti", "haitian": "haiti", "ecuador": "ecuador", "bolivia": "bolivia",
    "turkey": "turkey", "turkish": "turkey", "turkiye": "turkey", "italy": "italy", "italian": "italy",
    "china": "china", "chinese": "china", "saudi arabia": "saudi arabia", "saudi": "saudi arabia",
    "uae": "uae", "the uae": "uae", "emirati": "uae", "singapore": "singapore", "qatar": "qatar", "qatari": "qatar",
    "kuwait": "kuwait", "kuwaiti": "kuwait", "bahrain": "bahrain", "vietnam": "vietnam", "vietnamese": "vietnam",
    "switzerland": "switzerland", "swiss": "switzerland", "taiwan": "taiwan", "spain": "spain", "spanish": "spain",
    "russia": "russia", "russian": "russia", "tanzania": "tanzania", "tanzanian": "tanzania",
    "uganda": "uganda", "ugandan": "uganda", "nepal": "nepal", "nepali": "nepal", "myanmar": "myanmar",
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
    "shavuot": ("IL", "public", "Shavuot", 1),
    "simchat torah": ("IL", "public", "Simchat Torah / Shemini Atzeret", 1),
    "dussehra": ("IN", "public", "Dussehra", 1),
    "navratri": ("NP", "public", "Ghatasthapana", 9),  # its first day is Nepal's Ghatasthapana (India has no table)
    "vesak": ("SG", "public", "Vesak Day", 1),  # Singapore's, as Malaysia and Thailand keep it (South Asia: a day on)
    "tisha bav": ("IL", "optional", "Tisha B'Av", 1),
    "lag baomer": ("IL", "school", "Lag BaOmer", 1),
    "israel independence day": ("IL", "public", "Independence Day", 1),
}  # fmt: skip
# The Gregorian days a feast's first day may fall on ((month, day) earliest, latest): in years the tables do not
# reach, what the calendar still pins down (the year, and the month for Nowruz).
_WINDOW: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "lunar new year": ((1, 21), (2, 20)), "mid autumn festival": ((9, 7), (10, 8)), "diwali": ((10, 17), (11, 15)),
    "holi": ((2, 25), (3, 30)), "dussehra": ((9, 25), (10, 25)), "navratri": ((9, 15), (10, 17)),
    "passover": ((3, 26), (4, 25)), "rosh hashanah": ((9, 5), (10, 5)), "yom kippur": ((9, 14), (10, 14)),
    "sukkot": ((9, 19), (10, 19)), "simchat torah": ((9, 26), (10, 26)), "shavuot": ((5, 15), (6, 14)),
    "purim": ((2, 24), (3, 26)), "hanukkah": ((11, 27), (12, 27)), "nowruz": ((3, 20), (3, 21)),
    "vesak": ((4, 18), (6, 5)),
}  # fmt: skip
_LUNAR_SPELLINGS = (
    (re.compile(r"^eid (?:al|ul|el) ?"), "eid al "),
    (re.compile(r"^eid al (?:azha|zuha)$"), "eid al adha"),  # South Asian spellings
    (re.compile(r"^chinese new year"), "lunar new year"),
    (re.compile(r"^lunar new years?(?: day)?$"), "lunar new year"),
    (re.compile(r"^(?:chanukk?ah|hanukah|hanukka)$"), "hanukkah"),
    (re.compile(r"^pesach$"), "passover"),
    (re.compile(r"^deepavali$"), "diwali"),
    (re.compile(r"^(?:norouz|navruz|nowrouz|novruz)$"), "nowruz"),
    (re.compile(r"^rosh hashana$"), "rosh hashanah"),
    (re.compile(r"^spring festival$"), "lunar new year"),
    (re.compile(r"^shemini atzeret$"), "simchat torah"),
    (re.compile(r"^(?:shavuoth?|shavuos)$"), "shavuot"),
    (re.compile(r"^(?:dasara|dussera|dasehra|vijayadashami)$"), "dussehra"),
    (re.compile(r"^(?:navaratri|navratra)$"), "navratri"),
    (re.compile(r"^(?:wesak|vesak day|wesak day|visakha bucha)$"), "vesak"),
    (re.compile(r"^(?:nowrooz|norooz|nauruz)$"), "nowruz"),
    (re.compile(r"^tisha (?:b ?e?av|be av)$"), "tisha bav"),
    (re.compile(r"^lag (?:b ?a?omer|la ?omer)$"), "lag baomer"),
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
        marked = {d for d, names in days.items() if name in (_plain(n, country) for n in names.split("; "))}
    return tuple(sorted(d for d in marked if d.year == year and d - timedelta(days=1) not in marked))


def _plain(name: str, country: str) -> str:
    """A feast's name without the package's notes; Israel's "(observed)" marks the day a feast is kept on when its
    own falls on the Sabbath (Tisha B'Av, Independence Day), the one news dates it by."""
    name = name.replace(" (estimated)", "")
    return name.replace(" (observed)", "") if country == "IL" else name


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


# The Hijri (month, day) of the feasts a Hijri year may be written with: Ramadan 1, Shawwal 1, Dhu al-Hijjah 10.
_HIJRI_FEAST_DAY = {"ramadan": (9, 1), "eid al fitr": (10, 1), "eid al adha": (12, 10), "eid": (10, 1)}
_HIJRI_EPOCH = date(622, 7, 19)  # 1 Muharram AH 1, proleptic Gregorian
_HIJRI_YEAR_DAYS = 354.36707


def hijri_feast(name: str, hijri_year: int) -> tuple[date, date] | None:
    """The feast of a Hijri year ("Ramadan 1434"): the tabled one nearest its day by ``hijri_to_gregorian``, else
    None (the span comes from the tables, which know how long the feast lasts)."""
    key = _lunar_key(_canonical(name))
    if key not in _HIJRI_FEAST_DAY or not 1 <= hijri_year <= 1600:
        return None
    estimate = hijri_to_gregorian(hijri_year, *_HIJRI_FEAST_DAY[key])
    if estimate is None:
        return None
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
    if name.startswith("orthodox ") and name[9:] in _EASTER_OFFSETS:  # "Orthodox Good Friday"
        return _dateutil_easter(year, EASTER_ORTHODOX) + timedelta(days=_EASTER_OFFSETS[name[9:]])
    if name in ("ukraine victory day", "day of remembrance and victory"):
        return date(year, 5, 8 if year >= 2023 else 9)  # Ukraine moved it to May 8 in 2023
    if name in _NATIONAL:
        return date(year, *_NATIONAL[name])
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


def feast_window(name: str, year: int) -> tuple[date, date] | None:
    """The days (first, day after the last) on which the feast's first day may fall in ``year``, for years its
    calendar's tables do not reach; None for a feast of the Islamic calendar, which moves through the seasons."""
    key = _lunar_key(_canonical(name))
    if key not in _WINDOW or not 1 <= year <= 9999:
        return None
    (m1, d1), (m2, d2) = _WINDOW[key]
    return date(year, m1, d1), date(year, m2, d2) + timedelta(days=1)


# Months of the Islamic calendar whose first days the tables give: (country, category, feast name, day of month).
_HIJRI_TABLED = {
    1: ("MY", "public", "Islamic New Year", 1), 3: ("AF", "public", "Prophet's Birthday", 12),
    9: ("AF", "public", "First Day of Ramadan", 1), 10: ("AF", "public", "Eid al-Fitr", 1),
    12: ("AF", "public", "Eid al-Adha", 10),
}  # fmt: skip


def _tabular_hijri(year: int, month: int, day: int) -> date:
    """The arithmetic (civil) Islamic calendar: 30 years of 10631 days, months of 30 and 29 days alternately."""
    days = day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30
    return _HIJRI_EPOCH + timedelta(days=days - 1)


@lru_cache(maxsize=256)
def _hijri_month_start(year: int, month: int) -> date:
    """1 ``month`` ``year`` AH: counted from the nearest month the tables give (sighting moves a month a day or
    two off the arithmetic calendar; the feasts' days must agree), else the arithmetic calendar alone."""
    tabular = _tabular_hijri(year, month, 1)
    anchors = sorted(
        ((y, m) for y in (year - 1, year, year + 1) for m in _HIJRI_TABLED),
        key=lambda ym: abs((_tabular_hijri(ym[0], ym[1], 1) - tabular).days),
    )
    for y, m in anchors[:2]:
        country, category, name, day = _HIJRI_TABLED[m]
        guess = _tabular_hijri(y, m, day)
        found = [d for d in _named_days(country, category, name, guess.year) if abs((d - guess).days) <= 3]
        if found:
            return tabular + (found[0] - timedelta(days=day - 1) - _tabular_hijri(y, m, 1))
    return tabular


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a date of the Islamic (Hijri) calendar, as the tables keep it where they reach."""
    if not (1 <= year <= 9000 and 1 <= month <= 12 and 1 <= day <= 30):
        return None
    return _hijri_month_start(year, month) + timedelta(days=day - 1)


# Months of the Hebrew calendar from Tishrei, with their days (Cheshvan's and Kislev's from the year's length);
# "adar i" is only in a leap year, where plain "Adar" is Adar II (Purim's).
_HEBREW_MONTHS = ("tishrei", "cheshvan", "kislev", "tevet", "shevat", "adar i", "adar", "nisan", "iyar", "sivan",
                  "tammuz", "av", "elul")  # fmt: skip
# Feasts from Tishrei to Kislev: a Hebrew year written with them ("Rosh Hashanah 5785") began in the Gregorian year
# 3761 before it; the later ones fall in the next.
HEBREW_AUTUMN_FEASTS = frozenset({"rosh hashanah", "yom kippur", "sukkot", "simchat torah", "hanukkah"})


def _rosh_hashanah(hebrew_year: int) -> date | None:
    found = holiday_dates("rosh hashanah", hebrew_year - 3761)
    return found[0][0] if found else None


def hebrew_to_gregorian(year: int, month: str, day: int) -> date | None:
    """The Gregorian day of a date of the Hebrew calendar ("15 Nisan 5784"), counted from the Rosh Hashanah of its
    year and of the next in Israel's tables (1948-2100): the months' lengths are fixed but for Cheshvan and Kislev,
    which the year's length (353-355 days, 383-385 in a leap year) sets.  None outside the tables."""
    if month not in _HEBREW_MONTHS or not 1 <= day <= 30 or not 5000 <= year <= 6000:
        return None
    start, after = _rosh_hashanah(year), _rosh_hashanah(year + 1)
    if start is None or after is None:
        return None
    length = (after - start).days
    leap = length > 360
    days = {"tishrei": 30, "cheshvan": 30 if length % 10 == 5 else 29, "kislev": 29 if length % 10 == 3 else 30,
            "tevet": 29, "shevat": 30, "adar i": 30 if leap else 0, "adar": 29, "nisan": 30, "iyar": 29, "sivan": 30,
            "tammuz": 29, "av": 30, "elul": 29}  # fmt: skip
    if month == "adar i" and not leap:
        month = "adar"  # "Adar I" of a common year: its one Adar
    offset = sum(days[m] for m in _HEBREW_MONTHS[: _HEBREW_MONTHS.index(month)])
    if day > days[month]:
        return None
    return start + timedelta(days=offset + day - 1)


def hebrew_feast(name: str, hebrew_year: int) -> tuple[date, date] | None:
    """A feast of the Hebrew calendar in a Hebrew year ("Rosh Hashanah 5785"), from Israel's tables."""
    key = _lunar_key(_canonical(name))
    if key not in _LUNAR or _LUNAR[key][0] != "IL":
        return None
    found = holiday_dates(key, hebrew_year - 3761 + (key not in HEBREW_AUTUMN_FEASTS))
    return found[0] if found else None


def is_national(name: str) -> bool:
    """Whether ``name`` is a country's own day ("ukraine independence day") that ``holiday_date`` knows."""
    return name in _NATIONAL or name in ("israel independence day", "ukraine victory day")


def hebrew_year_of(day: date) -> int:
    """The Hebrew year a Gregorian day falls in (Rosh Hashanah before it)."""
    start = _rosh_hashanah(day.year + 3761)
    return day.year + 3761 - (start is not None and day < start)


def hijri_month_span(year: int, month: int) -> tuple[date, date] | None:
    """The days (first, day after the last) of a month of the Islamic calendar, as ``hijri_to_gregorian`` has them."""
    first = hijri_to_gregorian(year, month, 1)
    after = hijri_to_gregorian(year + (month == 12), month % 12 + 1, 1)
    return (first, after) if first and after else None


def hijri_year_of(day: date) -> int:
    """The Hijri year a Gregorian day falls in (by the mean year; callers try the years around it)."""
    return int((day - _HIJRI_EPOCH).days / _HIJRI_YEAR_DAYS) + 1


@lru_cache(maxsize=1024)
def _named_days(country: str, category: str, name: str, year: int) -> tuple[date, ...]:
    """The first days named ``name`` in a country's calendar of ``year`` (none where its tables do not reach)."""
    import holidays

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            days = holidays.country_holidays(country, years=year, categories=(category,), language="en_US")
        except (NotImplementedError, ValueError):
            return ()
    marked = {d for d, names in days.items() if name in (n.replace(" (estimated)", "") for n in names.split("; "))}
    return tuple(sorted(d for d in marked if d - timedelta(days=1) not in marked))


ZODIAC = ("rat", "ox", "tiger", "rabbit", "dragon", "snake", "horse", "goat", "monkey", "rooster", "dog", "pig")
_ZODIAC_ALIASES = {"hare": "rabbit", "sheep": "goat", "ram": "goat", "boar": "pig", "cock": "rooster"}


def zodiac_years(animal: str, near: int) -> list[tuple[date, date]]:
    """Each (Lunar New Year, the next one) of the Chinese years of ``animal`` around Gregorian year ``near``."""
    animal = _ZODIAC_ALIASES.get(animal, animal)
    if animal not in ZODIAC:
        return []
    first = near - 12 + (ZODIAC.index(animal) - (near - 12 - 2020)) % 12
    out = []
    for y in (first, first + 12, first + 24):
        start, after = holiday_dates("lunar new year", y), holiday_dates("lunar new year", y + 1)
        if start and after:
            out.append((start[0][0], after[0][0]))
    return out


def persian_year(year: int) -> tuple[date, date] | None:
    """The days of year ``year`` of the Persian (Solar Hijri) calendar, Nowruz to Nowruz, where Iran's tables reach."""
    start, after = holiday_dates("nowruz", year + 621), holiday_dates("nowruz", year + 622)
    return (start[0][0], after[0][0]) if start and after else None

"""Normalizers: one function per grammar rule, turning a match into a TIMEX3 type, value and modifier.

A normalizer may return ``None`` to reject a match that only looks temporal ("May" the verb, "Today" in a site
header, a count such as "1990 workers"); the tagger then tries a later start.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from .holidays import holiday_date
from .interval import add_months, day_value, quarter_of, shift, value_at, week_value
from .lexicon import (
    DAY_PARTS,
    DECADE_WORDS,
    MONTHS,
    ONES,
    SEASONS,
    UNITS,
    WEEKDAYS,
    number_value,
    ordinal_value,
)
from .reference import Reference, nearest_weekday, strictly, tense_at


@dataclass
class Spec:
    """What a normalizer decided: the TIMEX3 attributes plus how much of the matched span to keep."""

    type: str
    value: str
    mod: str = ""
    anchor: str = "dct"
    quant: str = ""
    freq: str = ""
    lstrip: int = 0  # characters dropped from the start of the match ("in 1998" -> "1998")
    rstrip: int = 0
    interval: tuple[datetime, datetime] | None = None  # when it differs from the value's ("July 7-8")
    granularity: str = ""
    event: str = ""  # the anchor's words for event-anchored expressions


@dataclass
class Match:
    """A rule's match with the document around it."""

    g: dict[str, str | None]
    text: str  # the whole document
    start: int
    end: int
    ref: Reference

    @property
    def span(self) -> str:
        return self.text[self.start : self.end]

    def before(self, n: int = 30) -> str:
        return self.text[max(0, self.start - n) : self.start]

    def after(self, n: int = 30) -> str:
        return self.text[self.end : self.end + n]

    def tense(self) -> int:
        return tense_at(self.text, self.start, self.end)


Normalizer = Callable[[Match], "Spec | None"]

PRE_MODS: dict[str, str] = {
    "early": "START", "late": "END", "mid": "MID", "earlier": "START", "later": "END", "the start of": "START",
    "the beginning of": "START", "the end of": "END", "the middle of": "MID", "the first half of": "START",
    "the second half of": "END", "the rest of": "END", "the remainder of": "END", "the close of": "END",
    "end of": "END", "beginning of": "START", "start of": "START", "around": "APPROX", "about": "APPROX",
    "turn of": "START", "the turn of": "START", "turn of the": "START", "the turn of the": "START",
}  # fmt: skip
_STRIP_PRE = ("since", "by")
DURATION_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
    "close to": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "well over": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "as many as": "EQUAL_OR_LESS", "as much as": "EQUAL_OR_LESS",
}  # fmt: skip
_WS = re.compile(r"[\s\-]+")


def _norm(s: str | None) -> str:
    return _WS.sub(" ", s.lower()).strip() if s else ""


def _pre(m: Match) -> tuple[str, int]:
    """The modifier named by the ``pre`` group and how many leading characters to drop (for since/by)."""
    pre = _norm(m.g.get("pre"))
    if not pre:
        return "", 0
    if pre in _STRIP_PRE:
        span = m.span
        return "", len(span) - len(span[len(pre) :].lstrip(" \t\n-"))
    return PRE_MODS.get(pre, ""), 0


def _after_word(span: str, word: str) -> int:
    """The offset just after the first whole ``word`` in ``span`` and the spaces that follow it."""
    found = re.search(rf"\b{re.escape(word)}\b\s*", span, re.IGNORECASE)
    return found.end() if found else 0


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _unit(word: str) -> tuple[str, bool, str]:
    w = word.lower()
    if w in ("centuries",):
        return UNITS["century"]
    if w.startswith("millenni"):
        return UNITS["millennium"]
    w = w[:-1] if w.endswith("s") and w[:-1] in UNITS else w
    return UNITS.get(w, UNITS.get(w + "s", ("D", False, "day")))


def _unresolved(granularity: str) -> str:
    return {
        "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
        "half": "XXXX-HX", "season": "XXXX-XX", "year": "XXXX", "decade": "XXX", "century": "XX",
    }.get(granularity, "XXXX-XX-XX")  # fmt: skip


def _year2(y: str) -> int:
    """A year written with two or four digits ('98 -> 1998, '05 -> 2005)."""
    digits = y.strip("'’")
    n = int(digits)
    if len(digits) == 2:
        return 1900 + n if n >= 30 else 2000 + n
    return n


def _closest_year(ref: date, month: int, day: int, tense: int, slack: int = 7, weight: float = 3) -> int:
    """The year that puts month/day nearest the reference; the wording breaks near-ties (news looks back)."""
    best = ref.year
    best_gap: float = 10**9
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, min(day, 28) if month == 2 and day > 28 else day)
        except ValueError:
            continue
        gap = (d - ref).days
        # The wording's direction (past or future) weighs against dates on the other side of the article date.
        against = (tense < 0 and gap > slack) or (tense > 0 and gap < -slack)
        score = abs(gap) * (weight if against else 1) + (0.5 if against else 0)
        if score < best_gap:
            best, best_gap = y, score
    return best


@lru_cache(maxsize=4096)
def parse_absolute(text: str, date_order: str = "MDY") -> datetime | None:
    """dateparser's reading of an absolute date string the grammar recognized but does not itself decode
    (numeric dates such as 5/3/2017 or 03.05.2017, odd spellings).  Cached, and dateparser is imported only on
    first use: it costs ~0.3 s to import and ~1 ms a call, too slow for every candidate."""
    import dateparser  # noqa: PLC0415

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": date_order}
    return dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]


def _clock(word: str, ampm: str | None = None) -> tuple[int, int, int | None] | None:
    """(hour, minute, second) of a clock reading such as "10:35 a.m.", "5 p.m.", "noon", "13:05"."""
    w = word.lower().strip()
    if w == "noon" or w == "midday":
        return 12, 0, None
    if w == "midnight":
        return 24, 0, None
    mm = re.match(r"(\d{1,2})(?::(\d\d))?(?::(\d\d))?\s*(?:o'clock)?\s*([ap])?", w)
    if not mm:
        return None
    h = int(mm.group(1))
    mi = int(mm.group(2) or 0)
    sec = int(mm.group(3)) if mm.group(3) else None
    ap = mm.group(4) or (ampm.lower()[0] if ampm else None)
    if ap == "p" and h < 12:
        h += 12
    elif ap == "a" and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    return h, mi, sec


def _time_value(d: date | None, hms: tuple[int, int, int | None]) -> str:
    h, mi, sec = hms
    day = day_value(d) if d else "XXXX-XX-XX"
    if h == 24:
        return f"{day}T24:00"
    return f"{day}T{h:02d}:{mi:02d}" + (f":{sec:02d}" if sec is not None else "")


def _day_word(m: Match, word: str) -> tuple[date | None, str]:
    """The day named by today/yesterday/tomorrow/tonight/a weekday/a month-day, and the anchor used."""
    w = _norm(word)
    ref = m.ref.day
    if w in ("today", "tonight", "yesterday", "tomorrow"):
        if ref is None:
            return None, "unresolved"
        return ref + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(w, 0)), "dct"
    first = w.split(" ")[0].rstrip(",")
    if first in WEEKDAYS and len(w.split(" ")) == 1:
        if ref is None:
            return None, "unresolved"
        return nearest_weekday(ref, WEEKDAYS[first], m.tense()), "dct"
    mm = re.search(r"([a-z]+)\.?\s+(\d{1,2})(?:\D+(\d{4}))?", w[len(first) :] if first in WEEKDAYS else w)
    if mm and mm.group(1) in MONTHS:
        month, day = MONTHS[mm.group(1)], int(mm.group(2))
        if mm.group(3):
            y, anchor = int(mm.group(3)), "absolute"
        elif ref is not None:
            y, anchor = _closest_year(ref, month, day, m.tense()), "dct"
        else:
            return None, "unresolved"
        try:
            return date(y, month, day), anchor
        except ValueError:
            return None, "unresolved"
    return None, "unresolved"


# --- normalizers ------------------------------------------------------------------------------------------------


_ON_DAY = re.compile(
    r"\s+on\s+((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?)",
    re.IGNORECASE,
)


def clock(m: Match) -> Spec | None:
    g = m.g
    hms = _clock(g["clock"] or "")
    if hms is None:
        return None
    raw = _norm(g["clock"])
    if re.fullmatch(r"\d{1,2}", raw):
        return None
    tz = g.get("tz")
    if tz and not tz.isupper() and tz != "Z":
        return None
    anchor = "dct"
    on_day = _ON_DAY.match(m.after(40))
    if g.get("day"):
        d, anchor = _day_word(m, g["day"] or "")
    elif on_day:  # "14:30 GMT on Tuesday": the day names the date, the timex stays the clock reading
        d, anchor = _day_word(m, on_day.group(1))
    else:
        last = m.ref.last_placed(finest="day", coarsest="day")
        if last is not None and last.begin is not None:
            d, anchor = last.begin.date(), last.timex_id
        else:
            d = m.ref.day
    if d is None:
        anchor = "unresolved"
    mod = (
        "APPROX"
        if g.get("approx") and _norm(g["approx"]) in ("about", "around", "approximately", "roughly")
        else ""
    )
    lstrip = 0
    if g.get("approx") and not mod:
        lstrip = len(g["approx"] or "") + 1
    return Spec("TIME", _time_value(d, hms), mod, anchor, lstrip=lstrip)


def clock_part(m: Match) -> Spec | None:
    hour = m.g["hour"] or ""
    h = int(hour) if hour.isdigit() else ONES.get(hour.lower(), 0)
    part = _norm(m.g["part"])
    if part in ("afternoon", "evening") and h < 12:
        h += 12
    if not 0 < h <= 24:
        return None
    last = m.ref.last_placed(finest="day", coarsest="day")
    d = last.begin.date() if last is not None and last.begin is not None else m.ref.day
    return Spec("TIME", _time_value(d, (h, 0, None)), anchor="dct" if d else "unresolved")


def month_day(m: Match) -> Spec | None:
    g = m.g
    month_word = g["month"] or g["month_b"]
    day_word = g["day"] or g["day_b"]
    day2_word = g["day2"] or g["day2_b"]
    if not month_word or not day_word:
        return None
    if month_word[0].islower() and len(month_word) <= 4:
        return None  # "mar 5", "may 3" written in lower case: not a date
    month = _month_num(month_word)
    day = int(re.sub(r"\D", "", day_word))
    tense = m.tense()
    if g.get("year"):
        year, anchor = int(g["year"] or 0), "absolute"
    elif m.ref.day is not None:
        year, anchor = _closest_year(m.ref.day, month, day, tense), "dct"
    else:
        year, anchor = 0, "unresolved"
    try:
        d = date(year or 2000, month, day)
    except ValueError:
        parsed = parse_absolute(m.span) if year else None
        if parsed is None:
            return None
        d = parsed.date()
    value = day_value(d) if year else f"XXXX-{month:02d}-{day:02d}"
    interval = None
    if day2_word:
        day2 = int(re.sub(r"\D", "", day2_word))
        if day2 <= day:
            return None
        try:
            last = date(d.year, month, day2)
        except ValueError:
            return None
        if year:
            interval = (
                datetime.combine(d, datetime.min.time()),
                datetime.combine(last + timedelta(days=1), datetime.min.time()),
            )
    mod = PRE_MODS.get(_norm(g.get("pre")), "")
    if g.get("time"):
        hms = _clock(g["time"] or "")
        if hms is None:
            return None
        tz = g.get("tz")
        if tz and not tz.isupper():
            return None
        return Spec(
            "TIME",
            _time_value(d if year else None, hms)
            if year
            else f"XXXX-{month:02d}-{day:02d}T{hms[0]:02d}:{hms[1]:02d}",
            mod,
            anchor,
        )
    return Spec("DATE", value, mod, anchor, interval=interval)


def iso(m: Match) -> Spec | None:
    s = m.g["iso"] or ""
    try:
        dt = datetime.fromisoformat(s.replace(" ", "T"))
    except ValueError:
        return None
    if "T" in s or " " in s:
        return Spec("TIME", dt.strftime("%Y-%m-%dT%H:%M"), anchor="absolute")
    return Spec("DATE", day_value(dt.date()), anchor="absolute")


def numeric(m: Match) -> Spec | None:
    # US news writes month/day/year; dotted dates (03.05.2017) are day.month.year.
    parsed = parse_absolute(m.g["num"] or "", "DMY" if m.g.get("dotted") else "MDY")
    if parsed is None:
        return None
    return Spec("DATE", day_value(parsed.date()), anchor="absolute")


def month_year(m: Match) -> Spec | None:
    month_word = m.g["month"] or ""
    if month_word[0].islower() and month_word.lower() in ("may", "march"):
        return None
    mod, lstrip = _pre(m)
    rel = _norm(m.g.get("rel"))
    if rel:
        if m.ref.day is None:
            return Spec("DATE", f"XXXX-{_month_num(month_word):02d}", mod, "unresolved", lstrip=lstrip)
        year = m.ref.day.year + {"this": 0, "last": -1, "next": 1}[rel]
        return Spec("DATE", f"{year:04d}-{_month_num(month_word):02d}", mod, "dct", lstrip=lstrip)
    year = _year2(m.g["year"] or "")
    return Spec("DATE", f"{year:04d}-{_month_num(month_word):02d}", mod, "absolute", lstrip=lstrip)


_QUARTER_ORD = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "march": 1,
    "june": 2,
    "september": 3,
    "december": 4,
}


def _period_value(ref: Reference, unit: str, shift_years: int = 0) -> tuple[str, str] | None:
    """The financial period under discussion and its anchor: the last quarter/half the text named (not one it
    derived), else the latest complete quarter before the article date."""
    last = ref.last_placed(finest="quarter", coarsest="half", base_only=True)
    if last is not None and last.begin is not None and last.granularity in ("quarter", "half"):
        y = int(last.value[:4]) + shift_years
        return f"{y:04d}{last.value[4:]}", last.timex_id
    if ref.day is None:
        return None
    d = add_months(ref.day, -3)
    return value_at(add_months(d, 12 * shift_years), "half" if unit == "half" else "quarter"), "dct"


def _period_spec(ref: Reference, unit: str, shift_years: int = 0, lstrip: int = 0) -> Spec:
    found = _period_value(ref, unit, shift_years)
    if found is None:
        return Spec("DATE", _unresolved("quarter"), anchor="unresolved", lstrip=lstrip)
    return Spec("DATE", found[0], anchor=found[1], lstrip=lstrip)


def quarter(m: Match) -> Spec | None:
    g = m.g
    if not g.get("year") and re.match(r"\s+of\s+the\b", m.after(8)):
        return None  # "the last half of the '80s": the decade is the timex
    ordw = _norm(g.get("ord"))
    unit = (_norm(g.get("unit")) or "quarter").rstrip("s")
    if (_norm(g.get("unit")) == "quarters") != bool(g.get("ord2")):
        return None  # "the third quarters" / "the second and third quarter"
    poss = _norm(g.get("poss"))
    ref = m.ref
    year: int | None = int(g["year"] or 0) if g.get("year") else None
    if year is None and poss:
        py = re.match(r"(\d{4})", poss)
        if py:
            year = int(py.group(1))
        elif ref.day is not None and "year" in poss:
            year = ref.day.year + {"this": 0, "last": -1, "next": 1}[poss.split(" ")[0]]
    if year is None and g.get("det") and ref.day is not None:
        year = ref.day.year + {"this": 0, "last": -1, "next": 1}[_norm(g["det"])]
    anchor = "absolute" if g.get("year") else "dct"
    lstrip = 0
    if poss in ("its", "the company's", "the company’s"):
        lstrip = m.span.lower().find(poss) + len(poss)
    elif re.match(r"the\s+(?:fiscal\s+)?\w+-(?:quarter|half)\b", m.span, re.IGNORECASE) and not poss:
        lstrip = 4  # "the third-quarter loss": the timex is the adjective
    ya = _norm(g.get("ya"))
    if g.get("pyear"):
        found = _period_value(ref, "quarter")
        y = int(g["pyear"] or 0)
        if found is not None and re.match(r"\d{4}-[QH]", found[0]):
            return Spec("DATE", f"{y:04d}{found[0][4:]}", anchor=found[1])
        return Spec("DATE", f"{y:04d}", anchor="absolute")
    if ordw in ("year earlier", "year ago") or (ya and ordw in ("quarter", "period")):
        return _period_spec(ref, unit, -1, lstrip)
    if ordw in ("latest", "current", "past", "previous", "same", "fiscal", "last", "final") and unit != "half":
        if ordw in ("last", "final") and (year is not None):
            return Spec("DATE", f"{year:04d}-Q4", anchor=anchor)
        if unit == "period" and ordw not in ("latest", "same", "current"):
            return None
        if ref.day is None:
            return Spec("DATE", _unresolved("quarter"), anchor="unresolved")
        if ordw == "current":
            return Spec("DATE", value_at(ref.day, "quarter"))
        if ordw in ("past", "previous", "last"):
            return Spec("DATE", value_at(add_months(ref.day, -3), "quarter"))
        if ordw == "latest" and ref.day is not None:
            return Spec(
                "DATE", value_at(add_months(ref.day, -3), "half" if unit == "half" else "quarter"), lstrip=lstrip
            )
        return _period_spec(ref, unit, 0, lstrip)
    if unit == "period":
        return None
    if unit == "half":
        n = {"first": 1, "second": 2, "1st": 1, "2nd": 2, "last": 2, "final": 2}.get(ordw)
        if n is None:
            return None
        if year is None:
            if ref.day is None:
                return Spec("DATE", "XXXX-H" + str(n), anchor="unresolved")
            year = ref.day.year if (n == 1 or ref.day.month > 6 or m.tense() > 0) else ref.day.year - 1
        return Spec("DATE", f"{year:04d}-H{n}", anchor=anchor)
    q = _QUARTER_ORD.get(ordw)
    if q is None:
        return None
    if year is None:
        if ref.day is None:
            return Spec("DATE", f"XXXX-Q{q}", anchor="unresolved", lstrip=lstrip)
        if ya:
            found = _period_value(ref, "quarter", -1)
            year = int(found[0][:4]) if found else ref.day.year - 1
            return Spec("DATE", f"{year:04d}-Q{q}", anchor=found[1] if found else "dct", lstrip=lstrip)
        year = ref.day.year
        if q > quarter_of(ref.day) and m.tense() <= 0:
            year -= 1
    interval = None
    q2 = _QUARTER_ORD.get(_norm(g.get("ord2")))
    if q2 is not None:  # "the second and third quarters": one timex covering both
        if q2 <= q:
            return None
        interval = (datetime(year, 3 * q - 2, 1), datetime(year + (q2 == 4), (3 * q2) % 12 + 1, 1))
    return Spec("DATE", f"{year:04d}-Q{q}", anchor=anchor, lstrip=lstrip, interval=interval)


def fiscal_year(m: Match) -> Spec | None:
    y = m.g["year"] or ""
    if "-" in y or "/" in y:
        a, b = re.split(r"[-/]", y)
        year = _year2(a) + 1 if len(b) == 2 else int(b)
    else:
        year = int(y)
    mod, lstrip = _pre(m)
    return Spec("DATE", f"{year:04d}", mod, "absolute", lstrip=lstrip)


def year_words(m: Match) -> Spec | None:
    w = _norm(m.g["words"]).replace(" and ", " ")
    parts = w.split(" ")
    if parts[0] == "nineteen":
        rest = number_value(" ".join(parts[1:]))
        if rest is None or rest >= 100:
            return None
        return Spec("DATE", f"{1900 + int(rest):04d}", anchor="absolute")
    rest = number_value(" ".join(parts[2:])) if len(parts) > 2 else 0
    if rest is None:
        return None
    if not m.span.lower().startswith("the year") and len(parts) == 2:
        return None  # "two thousand" alone is a count
    return Spec("DATE", f"{2000 + int(rest):04d}", anchor="absolute")


def decade(m: Match) -> Spec | None:
    d = _norm(m.g["dec"]).replace("’", "'").rstrip("s").rstrip("'").replace("nineteen ", "")
    if d.startswith("'"):
        n = int(d[1:3])
        value = f"{19 if n >= 30 else 20}{n // 10}"
    elif d[:4].isdigit():
        value = d[:3]
    else:
        word = d if d.endswith("ie") is False else d
        key = word + "s" if word + "s" in DECADE_WORDS else word
        if key not in DECADE_WORDS:
            key = next((k for k in DECADE_WORDS if k.startswith(word[:4])), "")
        if not key:
            return None
        value = f"19{DECADE_WORDS[key]}"
    return Spec("DATE", value, PRE_MODS.get(_norm(m.g.get("pre")), ""), "absolute")


def century(m: Match) -> Spec | None:
    g = m.g
    mod = PRE_MODS.get(_norm(g.get("pre")), "")
    if g.get("det"):
        if m.ref.day is None:
            return Spec("DATE", "XX", mod, "unresolved")
        det = _norm(g["det"])
        c = m.ref.day.year // 100 + (
            -1 if ("last" in det or "past" in det or "previous" in det) else 1 if "next" in det else 0
        )
        return Spec("DATE", f"{c:02d}", mod)
    ordw = _norm(g["ord"])
    n = ordinal_value(ordw)
    if n is None:
        n = {"twenty-first": 21, "twentieth": 20, "nineteenth": 19, "eighteenth": 18}.get(ordw)
    if not n or n < 1:
        return None
    return Spec("DATE", f"{n - 1:02d}", mod, "absolute")


def holiday(m: Match) -> Spec | None:
    name = _norm(m.g["holiday"]).replace("’", "'")
    det = _norm(m.g.get("det"))
    ref = m.ref.day
    if m.g.get("year"):
        year = int(m.g["year"] or 0)
        anchor = "absolute"
    elif ref is None:
        d0 = holiday_date(name, 2000)
        return Spec("DATE", f"XXXX-{d0.month:02d}-{d0.day:02d}" if d0 else "XXXX-XX-XX", anchor="unresolved")
    else:
        year, anchor = ref.year, "dct"
        d0 = holiday_date(name, year)
        if d0 is None:
            return None
        if det == "last" and d0 >= ref:
            year -= 1
        elif det == "next" and d0 <= ref:
            year += 1
        elif not det and (d0 - ref).days > 180:
            year -= 1
    d = holiday_date(name, year)
    if d is None:
        return None
    return Spec("DATE", day_value(d), anchor=anchor)


_SET_ADVERBS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M", "bimonthly": "P2M",
    "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "semiannually": "P6M", "semi annually": "P6M", "hourly": "PT1H",
}  # fmt: skip


def _duration_value(n: float | None, unit_word: str) -> tuple[str, str]:
    """("P3D", granularity) for n units; X for unknown counts; fractions move to the next smaller unit."""
    letter, is_time, gran = _unit(unit_word)
    if letter == "WE":
        letter, n = "D", (n or 1) * 2 if n is not None else None
    elif letter == "W2":
        letter, n = "W", (n or 1) * 2 if n is not None else None
    elif letter == "E":
        letter, n = "Y", (n * 10 if n is not None else None)
        if n is None:
            return "PXE", gran
    elif letter == "S" and not is_time:  # season
        letter, n = "M", (n * 3 if n is not None else None)
    prefix = "PT" if is_time else "P"
    if n is None:
        return f"{prefix}X{letter}", gran
    if n != int(n):
        whole = int(n)
        frac = n - whole
        smaller = {("Y", False): (12, "M", False), ("M", False): (30, "D", False), ("W", False): (7, "D", False),
                   ("D", False): (24, "H", True), ("H", True): (60, "M", True), ("M", True): (60, "S", True)}.get((letter, is_time))  # fmt: skip
        if smaller is None:
            return f"{prefix}{n:g}{letter}", gran
        mult, small, small_time = smaller
        part = f"{round(frac * mult)}{small}"
        if small_time and not is_time:
            return (f"P{whole}{letter}T{part}" if whole else f"PT{part}"), gran
        return f"{prefix}{str(whole) + letter if whole else ''}{part}", gran
    return f"{prefix}{int(n)}{letter}", gran


_VAGUE = {"several", "a few", "few", "some", "many", "the few", "dozens of"}


def _count(word: str | None) -> float | None:
    w = _norm(word)
    if w in _VAGUE or not w:
        return None
    return number_value(w)


def set_(m: Match) -> Spec | None:
    g = m.g
    if g.get("adv"):
        adv = _norm(g["adv"])
        return Spec("SET", _SET_ADVERBS.get(adv, "P1D"), granularity="")
    if g.get("plural"):
        first = _norm(g["plural"]).split(" ")[0][:-1]
        return Spec("SET", f"XXXX-WXX-{WEEKDAYS[first]}", quant="EVERY")
    if g.get("times"):
        times = _norm(g["times"])
        k = {"once": 1, "twice": 2}.get(times) or int(number_value(times.split(" ")[0]) or 1)
        value, _ = _duration_value(1, g["unit2"] or "")
        return Spec("SET", value, freq=f"{k}X")
    quant = "EACH" if m.span.lower().startswith("each") else "EVERY"
    if m.span.lower().startswith("per"):
        quant = ""
        if _unit(g["unit"] or "")[1]:
            return None  # "instructions per second" is a rate, not a recurring time
    unit = _norm(g["unit"])
    if unit in WEEKDAYS:
        return Spec("SET", f"XXXX-WXX-{WEEKDAYS[unit]}", quant=quant)
    if unit in MONTHS:
        return Spec("SET", f"XXXX-{MONTHS[unit]:02d}", quant=quant)
    if unit in SEASONS:
        return Spec("SET", f"XXXX-{SEASONS[unit]}", quant=quant)
    n = _count(g.get("n")) if g.get("n") else 1.0
    if "other" in m.span.lower():
        n = (n or 1) * 2
    value, _ = _duration_value(n, unit)
    return Spec("SET", value, quant=quant)


def _shifted(ref_day: date, gran: str, n: int) -> str:
    if gran in ("hour", "minute", "second"):
        return day_value(ref_day)
    return value_at(shift(ref_day, gran, n), gran)


def ago(m: Match) -> Spec | None:
    g = m.g
    direction = _norm(g["dir"])
    n = _count(g["n"])
    unit = g["unit"] or ""
    _, _, gran = _unit(unit)
    if gran == "season":
        return None
    approx = _norm(g.get("approx"))
    if direction in ("before", "after"):
        if not g.get("n"):
            return _event_anchored(m, direction, n)
        # "two days after the vote": TimeML marks the counted span as a duration; the anchor is an event.
        span = m.span
        cut = len(span) - len(span[: span.lower().rfind(direction)].rstrip())
        value, dgran = _duration_value(n, unit)
        return Spec("DURATION", value, DURATION_MODS.get(approx, ""), anchor="", rstrip=cut, granularity=dgran)
    if n is None:
        # "months ago", "a few days later": TimeML marks an unknown amount of time, not a date
        value, dgran = _duration_value(None, unit)
        rstrip = 0
        if direction not in ("ago", "back"):
            span = m.span
            rstrip = len(span) - len(span[: span.lower().rfind(direction)].rstrip())
        return Spec("DURATION", value, anchor="", rstrip=rstrip, granularity=dgran)
    sign = -1 if direction in ("ago", "earlier", "previously", "back") else 1
    anaphoric = direction in ("earlier", "later", "previously")
    mod = {"about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
           "nearly": "APPROX", "almost": "APPROX", "more than": "BEFORE" if sign < 0 else "AFTER",
           "over": "BEFORE" if sign < 0 else "AFTER", "less than": "AFTER" if sign < 0 else "BEFORE"}.get(approx, "")  # fmt: skip
    lstrip = 0 if mod or not approx else len(g["approx"] or "") + 1
    ref = m.ref
    if gran == "year" and n == int(n):
        period = ref.last_placed(finest="quarter", coarsest="half", base_only=True)
        if period is not None:
            y = int(period.value[:4]) + sign * int(n)
            return Spec("DATE", f"{y:04d}{period.value[4:]}", mod, period.timex_id, lstrip=lstrip)
    if gran in ("year", "quarter", "month", "decade", "century"):
        anaphoric = False  # "a year earlier" in news compares with the article's own time
    base, anchor = ref.day, "dct"
    if anaphoric:
        last = ref.last_placed(finest="day", coarsest="year")
        if last is not None and last.begin is not None:
            base, anchor = last.begin.date(), last.timex_id
    if base is None:
        return Spec("DATE", _unresolved(gran), mod, "unresolved", lstrip=lstrip)
    if n != int(n):
        months = round(n * {"year": 12, "month": 1}.get(gran, 0))
        if months:
            return Spec("DATE", value_at(add_months(base, sign * months), "month"), mod, anchor, lstrip=lstrip)
        n = round(n)
    if gran in ("hour", "minute", "second"):
        delta = timedelta(**{gran + "s": sign * int(n)})
        dt = (
            datetime.combine(base, datetime.min.time()) + delta
            if anchor != "dct" or ref.dct is None
            else ref.dct + delta
        )
        return Spec(
            "TIME",
            dt.strftime("%Y-%m-%dT%H:%M") if gran != "hour" else dt.strftime("%Y-%m-%dT%H"),
            mod,
            anchor,
            lstrip=lstrip,
        )
    return Spec("DATE", _shifted(base, gran, sign * int(n)), mod, anchor, lstrip=lstrip)


_NP_END = re.compile(
    r"[,.;:!?()\"“”]|\b(?:to|that|which|who|and|but|in|on|at|with|for|from|as|when|while|was|were|is|are|said)\b",
    re.IGNORECASE,
)


def _event_anchored(m: Match, direction: str, n: float | None) -> Spec | None:
    """An expression such as "days after the strikes": a DATE anchored on the event named after it."""
    after = m.text[m.end : m.end + 80]
    cut = _NP_END.search(after)
    words = after[: cut.start() if cut else len(after)].strip()
    if not words or len(words.split()) > 5:
        return None
    span = m.span
    dir_at = span.lower().rfind(direction)
    rstrip = len(span) - len(span[:dir_at].rstrip())
    mod = "AFTER" if direction == "after" else "BEFORE"
    return Spec("DATE", "XXXX-XX-XX", mod, "event:" + words, rstrip=rstrip, event=words)


def _weekend(ref: date, tense: int) -> str:
    """The weekend meant by "the weekend": this one when the article is dated on it, else the one just past
    (the next one when the wording points ahead)."""
    if ref.isoweekday() >= 6:
        return week_value(ref) + "-WE"
    if tense > 0:
        return week_value(ref) + "-WE"
    return week_value(ref - timedelta(days=7)) + "-WE"


def anchored_day(m: Match) -> Spec | None:
    g = m.g
    the = _norm(g.get("the"))
    rel = _norm(g.get("rel"))
    pre = _norm(g.get("pre"))
    unit = _norm(g["unit"])
    direction = _norm(g.get("dir"))
    if not the and not rel:
        return None
    if the == "the" and not rel and not direction and not pre.startswith("the "):
        if unit not in ("quarter", "week", "weekend", "year") or pre:
            return None
        if unit == "quarter":
            return _period_spec(m.ref, unit)
        if unit == "year":
            return Spec("DURATION", "P1Y", anchor="", granularity="year")  # "sales for the year"
        if unit == "weekend" and m.ref.day is not None:
            return Spec("DATE", _weekend(m.ref.day, m.tense()))
    if the == "this" and rel:
        return None
    if the == "" and rel in ("same", "that same", "very", "prior", "preceding"):
        return None
    mod = PRE_MODS.get(pre, "")
    lstrip = 0
    if pre in ("earlier", "later") and unit == "week":
        lstrip = len(m.span) - len(m.span[len(pre) :].lstrip())  # TimeBank: "earlier [this week]"
    part = DAY_PARTS.get(unit)
    gran = "day" if part else ("week" if unit == "weekend" else _unit(unit)[2])
    rstrip = 0
    if direction and (rel or the == "this"):
        rstrip = len(m.span) - len(m.span[: m.span.lower().rfind(direction)].rstrip())  # "next year [after]"
        direction = ""
    if direction in ("before", "earlier"):
        step = -1
    elif direction in ("after", "later"):
        step = 1
    else:
        step = {"next": 1, "following": 1, "previous": -1, "prior": -1, "preceding": -1}.get(rel, 0)
    deictic = the == "this" or (the == "" and rel == "next") or (the == "the" and not rel and not direction)
    ref = m.ref
    if deictic:
        base, anchor = ref.day, "dct"
    else:
        last = ref.last_placed(finest="day", coarsest=gran if gran != "week" else "week")
        if last is not None and last.begin is not None:
            base, anchor = last.begin.date(), last.timex_id
        else:
            base, anchor = ref.day, "dct"
    if base is None:
        return Spec("DATE", _unresolved(gran), mod, "unresolved")
    d = shift(base, gran, step)
    if part:
        return Spec("TIME", f"{day_value(d)}T{part}", mod, anchor, lstrip=lstrip, rstrip=rstrip)
    value = value_at(d, gran)
    if unit == "weekend":
        value += "-WE"
    return Spec("DATE", value, mod, anchor, lstrip=lstrip, rstrip=rstrip)


_DET_STEP = {
    "this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1, "the past": -1, "the last": -1,
    "the previous": -1, "this past": -1, "next": 1, "coming": 1, "following": 1, "the next": 1, "the coming": 1,
    "the following": 1, "that": 0, "the same": 0,
}  # fmt: skip


def relative(m: Match) -> Spec | None:
    g = m.g
    det = _norm(g["det"])
    what = _norm(g["what"])
    if (what in MONTHS or what in WEEKDAYS) and not (g["what"] or "x")[0].isupper():
        return None  # "this march" is a procession
    part = _norm(g.get("part"))
    mod, lstrip = _pre(m)
    step = _DET_STEP.get(det, 0)
    ref = m.ref
    anaphoric = det in ("that", "the same", "the following", "following")
    if anaphoric:
        last = ref.last_placed(finest="day", coarsest="year")
        base, anchor = (
            (last.begin.date(), last.timex_id) if last is not None and last.begin is not None else (ref.day, "dct")
        )
    else:
        base, anchor = ref.day, "dct"
    if what in WEEKDAYS:
        if base is None:
            return Spec("DATE", f"XXXX-WXX-{WEEKDAYS[what]}", mod, "unresolved", lstrip=lstrip)
        d = strictly(base, WEEKDAYS[what], step) if step else nearest_weekday(base, WEEKDAYS[what], m.tense())
        if part:
            return Spec("TIME", f"{day_value(d)}T{DAY_PARTS[part]}", mod, anchor, lstrip=lstrip)
        return Spec("DATE", day_value(d), mod, anchor, lstrip=lstrip)
    if what in MONTHS:
        month = MONTHS[what]
        if base is None:
            return Spec("DATE", f"XXXX-{month:02d}", mod, "unresolved", lstrip=lstrip)
        y = base.year
        if step < 0 and month >= base.month:
            y -= 1
        elif step > 0 and month <= base.month:
            y += 1
        return Spec("DATE", f"{y:04d}-{month:02d}", mod, anchor, lstrip=lstrip)
    if what in SEASONS:
        if base is None:
            return Spec("DATE", f"XXXX-{SEASONS[what]}", mod, "unresolved", lstrip=lstrip)
        code = SEASONS[what]
        y = base.year - (1 if code == "WI" and base.month < 3 else 0)
        cur_y, cur = value_at(base, "season").split("-")
        order = ["SP", "SU", "FA", "WI"]
        if step < 0 and (order.index(code) >= order.index(cur) or y > int(cur_y)):
            y -= 1
        elif step > 0 and (order.index(code) <= order.index(cur)):
            y += 1
        return Spec("DATE", f"{y:04d}-{code}", mod, anchor, lstrip=lstrip)
    if re.match(r"christmas|new year|thanksgiving|easter|independence|labor|memorial|halloween|valentine", what):
        if base is None:
            return Spec("DATE", "XXXX-XX-XX", mod, "unresolved", lstrip=lstrip)
        hd = holiday_date(what.replace("’", "'"), base.year)
        if hd is None:
            return None
        y = base.year + (-1 if step < 0 and hd >= base else 1 if step > 0 and hd <= base else 0)
        hd = holiday_date(what.replace("’", "'"), y)
        return Spec("DATE", day_value(hd), mod, anchor, lstrip=lstrip) if hd else None
    letter, is_time, gran = _unit(what)
    if is_time:
        return None
    if what == "weekend":
        if base is None:
            return Spec("DATE", "XXXX-WXX-WE", mod, "unresolved", lstrip=lstrip)
        d = shift(base, "week", step)
        return Spec("DATE", value_at(d, "week") + "-WE", mod, anchor, lstrip=lstrip)
    if what in ("night", "day"):
        if what == "night" and det == "last" and base is not None:
            return Spec("TIME", f"{day_value(base - timedelta(days=1))}TNI", mod, anchor, lstrip=lstrip)
        if base is None:
            return Spec("DATE", "XXXX-XX-XX", mod, "unresolved", lstrip=lstrip)
        return Spec("DATE", day_value(shift(base, "day", step)), mod, anchor, lstrip=lstrip)
    if base is None:
        return Spec("DATE", _unresolved(gran), mod, "unresolved", lstrip=lstrip)
    if (
        gran == "quarter"
        and step <= 0
        and det in ("the past", "the last", "the previous", "the current", "the same")
    ):
        if det == "the same":
            return _period_spec(ref, "quarter", 0, lstrip)
        return Spec("DATE", value_at(shift(base, "quarter", step), "quarter"), mod, anchor, lstrip=lstrip)
    return Spec("DATE", value_at(shift(base, gran, step), gran), mod, anchor, lstrip=lstrip)


_HEADER_LINE = re.compile(r"[.!?\"”’]\s*$")


def deictic(m: Match) -> Spec | None:
    g = m.g
    word = _norm(g["word"])
    part = _norm(g.get("part"))
    pre = _norm(g.get("pre"))
    mod = PRE_MODS.get(pre, "")
    if word == "today" and (_is_chrome(m) or (re.match(r"[’']s\b", m.after(3)) and not part)):
        return None  # a site header, or "today's youth" (the present in general)
    ref = m.ref.day
    if word == "overnight":
        if ref is None:
            return Spec("TIME", "XXXX-XX-XXTNI", mod, "unresolved")
        return Spec("TIME", f"{day_value(ref)}TNI", mod)
    if ref is None:
        return Spec(
            "TIME" if part or word == "tonight" else "DATE",
            "XXXX-XX-XX" + ("T" + DAY_PARTS[part or "night"] if part or word == "tonight" else ""),
            mod,
            "unresolved",
        )
    d = ref + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
    if part or word == "tonight":
        code = DAY_PARTS[part] if part else "NI"
        return Spec("TIME", f"{day_value(d)}T{code}", mod)
    return Spec("DATE", day_value(d), mod)


def _is_chrome(m: Match) -> bool:
    """True for a site header such as "Today in New Delhi": a short line that is not a sentence."""
    line_start = m.text.rfind("\n", 0, m.start) + 1
    line_end = m.text.find("\n", m.end)
    line = m.text[line_start : line_end if line_end >= 0 else len(m.text)]
    return m.start == line_start and len(line) < 60 and not _HEADER_LINE.search(line) and m.span[:1].isupper()


def weekday(m: Match) -> Spec | None:
    g = m.g
    wd = WEEKDAYS[_norm(g["weekday"])]
    mod = PRE_MODS.get(_norm(g.get("pre")), "")
    part = _norm(g.get("part") or g.get("part0"))
    ref = m.ref.day
    d = nearest_weekday(ref, wd, m.tense()) if ref else None
    dv = day_value(d) if d else f"XXXX-WXX-{wd}"
    anchor = "dct" if d else "unresolved"
    if g.get("ptime"):
        hms = _clock(g["ptime"] or "")
        if hms is None or re.fullmatch(r"\d{1,2}", _norm(g["ptime"])):
            return Spec(
                "DATE",
                dv,
                mod,
                anchor,
                rstrip=len(m.span) - len(m.span[: m.span.lower().rfind(_norm(g["ptime"]).split(" ")[0])].rstrip()),
            )
        return Spec("TIME", _time_value(d, hms), mod, anchor)
    if part in DAY_PARTS and d is not None:
        # TimeBank types "Friday night" as a DATE whose value keeps the part of the day.
        return Spec("DATE", f"{dv}T{DAY_PARTS[part]}", mod, anchor)
    return Spec("DATE", dv, mod, anchor)


def part_of_day(m: Match) -> Spec | None:
    det = _norm(m.g["det"])
    code = DAY_PARTS[_norm(m.g["part"])]
    ref = m.ref
    if det in ("that", "the"):
        last = ref.last_placed(finest="day", coarsest="day")
        if last is not None and last.begin is not None:
            return Spec("TIME", f"{day_value(last.begin.date())}T{code}", anchor=last.timex_id)
        if det == "the":
            return None
    if ref.day is None:
        return Spec("TIME", f"XXXX-XX-XXT{code}", anchor="unresolved")
    d = ref.day + timedelta(days={"yesterday": -1, "tomorrow": 1, "last": -1 if code == "NI" else 0}.get(det, 0))
    if det == "last" and code != "NI":
        d = ref.day - timedelta(days=1)
    return Spec("TIME", f"{day_value(d)}T{code}")


_MONEY_BEFORE = re.compile(
    r"(?:\d|million|billion|thousand|hundred|percent|%|cents?|dollars?|\$\w*|\b[a-z]{3,}s)\s*$", re.IGNORECASE
)


def duration(m: Match) -> Spec | None:
    g = m.g
    the = _norm(g.get("the"))
    nword = _norm(g["n"])
    unit = g["unit"] or ""
    det = _norm(g.get("det"))
    approx = _norm(g.get("approx"))
    if nword in ("a", "an", "half a", "a half") and the in ("a", "an", "the"):
        return None
    lstrip = 0
    if g.get("old") or re.match(r"\s+old\b", m.after(5)):
        return None  # ages ("a 6-year-old", "52 years old") are not times
    unit_word = g["unit"] or ""
    if unit_word[:1].isupper() and m.start > 0 and not re.search(r"[.!?\n]\s*$", m.before(3)):
        return None  # "60 Minutes", a title
    if _norm(unit_word).startswith("quarter") and (
        (g.get("sep") or "").strip() == "-" or re.match(r"\s+of\b", m.after(4))
    ):
        return None  # "three-quarters of", "a quarter of": fractions
    if (
        _norm(unit_word) == "second"
        and _norm(g["n"]) in ("a", "one")
        and not re.match(r"\s*(?:[.,;:)]|or\b|later|earlier|ago)", m.after(8))
    ):
        return None  # "a second group": an ordinal
    if the == "a" and nword in ("few", "couple", "couple of", "dozen"):
        nword, the = "a " + nword, ""
    if the in ("a", "an", "its", "their") and nword not in ("a", "an"):
        lstrip = _after_word(m.span, the)
    if approx in ("just", "only") or (approx == "over" and (the or det)):
        lstrip = max(lstrip, _after_word(m.span, approx))
        approx = ""
    if nword in ("a", "an") and not det and not approx and _MONEY_BEFORE.search(m.before(25)):
        return Spec("SET", _duration_value(1, unit)[0], anchor="")  # "$5 million a year"
    unit_l = unit.lower()
    n = _count(nword)
    if n is None and nword not in _VAGUE:
        return None
    plural = unit_l.endswith("s") and unit_l not in ("hrs", "mins", "secs")
    if g.get("n2"):
        n = None  # "12 to 18 months": TimeML writes an unknown count
    if nword in ("a", "an") and plural:
        return None
    value, gran = _duration_value(n, unit)
    mod = DURATION_MODS.get(approx, "")
    if _norm(g.get("orso")) == "or so":
        mod = "APPROX"
    elif _norm(g.get("orso")) in ("or more", "or longer"):
        mod = "EQUAL_OR_MORE"
    if det == "recent" and n is None:
        return Spec("DATE", "PAST_REF", anchor="dct", lstrip=lstrip)
    return Spec("DURATION", value, mod, anchor="", lstrip=lstrip, granularity=gran)


_RANGE_LINK = re.compile(r"\s*(?:and|to|through|until|till|-|–|or)\s*", re.IGNORECASE)
_MAY_CONTEXT = re.compile(
    r"\b(?:in|since|by|until|till|from|to|through|during|before|after|of|early|late|mid|last|this|next|between|and|or|"
    r"throughout|around|until|till|on|for|that|every|each|end|beginning|start|middle)\W*$",
    re.IGNORECASE,
)


def month(m: Match) -> Spec | None:
    word = m.g["month"] or ""
    if not word[0].isupper():
        return None
    name = word.lower().rstrip(".")
    mod, lstrip = _pre(m)
    if name in ("may", "march") and not m.g.get("pre") and not _MAY_CONTEXT.search(m.before(12)):
        return None
    if (
        name == "march"
        and re.match(r"\s+(?:on|to|against|through|for|in)\s+(?:the\s+)?[A-Z]", m.after(20))
        and not _MAY_CONTEXT.search(m.before(8))
    ):
        return None
    num = _month_num(word)
    ref = m.ref.day
    if ref is None:
        return Spec("DATE", f"XXXX-{num:02d}", mod, "unresolved", lstrip=lstrip)
    y = _closest_year(ref, num, 15, m.tense(), slack=45, weight=100)
    prev = m.ref.mentioned[-1] if m.ref.mentioned else None
    if prev is not None and prev.begin is not None and prev.granularity == "month" and prev.end <= m.start:
        if _RANGE_LINK.fullmatch(m.text[prev.end : m.start]):
            # "between May and July": the second month is the first one on or after the first
            y = prev.begin.year + (1 if num < prev.begin.month else 0)
    return Spec("DATE", f"{y:04d}-{num:02d}", mod, "dct", lstrip=lstrip)


def season(m: Match) -> Spec | None:
    code = SEASONS[_norm(m.g["season"])]
    mod = PRE_MODS.get(_norm(m.g.get("pre")), "")
    if m.g.get("year"):
        return Spec("DATE", f"{int(m.g['year'] or 0):04d}-{code}", mod, "absolute")
    if not (
        mod
        or re.search(r"\b(?:in|the|during|by|since|until|this|early|late|mid)\s+$", m.before(10), re.IGNORECASE)
    ):
        return None
    ref = m.ref.day
    if ref is None:
        return Spec("DATE", f"XXXX-{code}", mod, "unresolved")
    return Spec("DATE", f"{ref.year:04d}-{code}", mod)


_COUNT_NOUN = re.compile(
    r"\s+(?:people|persons|shares|employees|workers|jobs|troops|soldiers|cars|vehicles|units|miles|feet|meters|metres|"
    r"tons|tonnes|barrels|acres|points|votes|men|women|children|members|copies|pounds|yen|marks|francs|dollars|cases|"
    r"deaths|seats|residents|homes|students|hours|minutes|rooms|beds|planes|aircraft|ships|passengers|stores|"
    r"plants|acres|kilometers|kilometres|km|kg|ft|[a-z]+s)\b"
)


def year(m: Match) -> Spec | None:
    g = m.g
    y = int(g["year"] or 0)
    mod, lstrip = _pre(m)
    prep = g.get("in") or ""
    if prep:
        lstrip = len(m.span) - len(m.span[m.span.find(prep) + len(prep) :])
    after = m.after(20)
    if (
        not prep
        and not g.get("pre")
        and _COUNT_NOUN.match(after)
        and not re.match(r"\s+(?:levels?|results|period|earnings|sales)", after)
    ):
        return None
    if re.match(r"\s*(?:%|percent|per\s+cent)", after, re.IGNORECASE) or re.search(
        r"(?:no\.|number|flight|route|#)\s*$", m.before(10), re.IGNORECASE
    ):
        return None
    if y < 1900 and not prep and not g.get("pre"):
        return None
    if m.ref.day is not None and y > m.ref.day.year + 50:
        return None
    value = f"{y:04d}"
    interval = None
    dash = (g.get("dash") or "").lstrip("-")
    if dash:  # "1998-2000", "1997-98": one timex valued by its first year, its interval covering the range
        last = int(dash) if len(dash) == 4 else y // 100 * 100 + int(dash)
        if last <= y:
            return Spec("DATE", value, mod, "absolute", lstrip=lstrip, rstrip=len(g.get("dash") or ""))
        interval = (datetime(y, 1, 1), datetime(last + 1, 1, 1))
    return Spec("DATE", value, mod, "absolute", lstrip=lstrip, interval=interval)


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "nowadays": "PRESENT_REF", "currently": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "recent": "PAST_REF", "the past": "PAST_REF",
    "in the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF", "once": "PAST_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF", "shortly": "FUTURE_REF", "the near future": "FUTURE_REF",
}  # fmt: skip


def ref(m: Match) -> Spec | None:
    r = _norm(m.g["ref"])
    if r in _REFS:
        lstrip = 3 if r == "in the past" else 0
        return Spec("DATE", _REFS[r], anchor="dct", lstrip=lstrip)
    words = r.split(" ")
    unit = words[-1]
    letter = _unit(unit)[0]
    if words[0] in ("for", "in", "within", "over"):
        return Spec(
            "DURATION",
            f"P{'T' if letter in ('H',) or unit.startswith('min') else ''}X{letter if unit != 'centuries' else 'C'}",
            anchor="",
            lstrip=len(words[0]) + 1,
        )
    if words[0] == "recent":
        if unit in ("days", "weeks", "months"):
            return Spec("DURATION", f"PX{letter}", anchor="")
        return Spec("DATE", "PAST_REF", anchor="dct")
    if r.startswith(("the coming", "coming")):
        return Spec("DATE", "FUTURE_REF", anchor="dct")
    if words[-1] == "ago":
        letter = _unit(words[0])[0]
        return Spec("DURATION", f"PX{letter}", anchor="")
    if words[-1] in ("before", "after", "ahead", "since"):
        if words[-1] == "ahead":
            return Spec("DURATION", f"PX{_unit(words[-2])[0]}", anchor="")
        spec = _event_anchored(m, words[-1], None) if words[-1] in ("before", "after") else None
        if spec is not None and words[0] == "the":
            spec.lstrip = 4  # "in the days before the vote": TimeML marks "days"
        return spec
    return Spec("DURATION", f"PX{letter}", anchor="")


NORMALIZERS: dict[str, Normalizer] = {
    "clock": clock, "clock_part": clock_part, "month_day": month_day, "iso": iso, "numeric": numeric,
    "month_year": month_year, "quarter": quarter, "fiscal_year": fiscal_year, "year_words": year_words,
    "decade": decade, "century": century, "holiday": holiday, "set": set_, "ago": ago, "anchored_day": anchored_day,
    "relative": relative, "deictic": deictic, "weekday": weekday, "part_of_day": part_of_day, "duration": duration,
    "month": month, "season": season, "year": year, "ref": ref,
}  # fmt: skip


def period_year(m: Match) -> Spec | None:
    """The period under discussion, in the year named ("the 1988 period")."""
    return quarter(m)


def year_ago_adj(m: Match) -> Spec | None:
    """The adjective "year-earlier": the period under discussion a year before, else the previous year."""
    return ago(Match({"n": "a", "unit": "year", "dir": "ago", "approx": None}, m.text, m.start, m.end, m.ref))


def fiscal_period(m: Match) -> Spec | None:
    """Named fiscal periods: "year-end", "the full year", "the fiscal year", "the current fiscal year"."""
    g = m.g
    ref = m.ref.day
    lstrip = 0
    pre = _norm(g.get("pre"))
    if pre in ("by", "at", "until"):
        lstrip = len(m.span) - len(m.span[len(pre) :].lstrip())
    if g.get("yearend"):
        if ref is None:
            return Spec("DATE", "XXXX", "END", "unresolved", lstrip=lstrip)
        year = ref.year if ref.month > 1 else ref.year - 1
        return Spec("DATE", f"{year:04d}", "END", lstrip=lstrip)
    kind = _norm(g.get("kind"))
    if kind == "fiscal":
        return Spec("DURATION", "P1Y", anchor="", granularity="year", lstrip=lstrip)
    if ref is None:
        return Spec("DATE", "XXXX", anchor="unresolved", lstrip=lstrip)
    year = ref.year - (1 if kind.split(" ")[0] in ("latest", "past", "previous") else 0)
    return Spec("DATE", f"{year:04d}", lstrip=lstrip)


NORMALIZERS.update({"period_year": period_year, "year_ago_adj": year_ago_adj, "fiscal_period": fiscal_period})

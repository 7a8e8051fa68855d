"""Normalizers for expressions that name the calendar: clock times, dates, months, seasons, years, decades,
centuries and holidays.  The year of a date written without one is the nearest to the article date, the
wording's tense weighing against the other side.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from .holidays import (
    NATIONS,
    feast_window,
    hebrew_feast,
    hebrew_to_gregorian,
    hebrew_year_of,
    hijri_feast,
    hijri_month_span,
    hijri_to_gregorian,
    hijri_year_of,
    holiday_date,
    holiday_dates,
    is_lunar,
    is_national,
    persian_year,
    weekday_in_month,
    zodiac_years,
)
from .interval import add_months, day_value, shift, value_at, week_value
from .lexicon import DAY_PARTS, DECADE_WORDS, MONTHS, ONES, SEASONS, WEEKDAYS, number_value, ordinal_value
from .patterns import HOLIDAY
from .reference import REPORTING_CUES, cue_at, nearest_weekday, past_in_clause
from .spec import (
    FUTURE_CUE_WEIGHT,
    OTHER_YEAR,
    PRE_MODS,
    RANGE_FROM,
    UNMARKED_FUTURE,
    Match,
    Spec,
    closest_year,
    dated_day_in_sentence,
    is_title,
    month_num,
    name_goes_on,
    names_event,
    narrated_year,
    next_sentence,
    norm,
    opens_sentence,
    parse_absolute,
    pre_mod,
    range_year,
    same_sentence,
    words_year,
    year_of,
)

_SPOKEN = re.compile(
    r"(?:a\s+)?(?P<part>half|quarter|five|ten|twenty(?:[\s-]five)?)\s+(?P<dir>past|after|to|of)\s+(?P<hour>\w+)(?:\s+o['’]clock)?"
)
_SPOKEN_MINUTES = re.compile(r"^(\w+)[\s-]+(oh[\s-]+\w+|\w+(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)\b")


_PAST_MINUTES = {"half": 30, "quarter": 15, "five": 5, "ten": 10, "twenty": 20, "twenty five": 25}
_NAMED_HOURS = {"midnight": 24, "noon": 12}  # "ten to midnight" is 23:50


def spoken_clock(w: str) -> str:
    """A spoken reading in digits: "half past ten" -> "10:30", "a quarter to 9" -> "8:45", "ten thirty" -> "10:30"."""
    past = _SPOKEN.fullmatch(w)
    hour = (int(past["hour"]) if past["hour"].isdigit() else ONES.get(past["hour"], _NAMED_HOURS.get(past["hour"]))) if past else None
    if past and hour:
        h, mins = hour, _PAST_MINUTES.get(past["part"].replace("-", " "), 15)
        if past["dir"] in ("to", "of"):
            h, mins = (h - 1) or 12, 60 - mins
        return f"{h}:{mins:02d}"
    spoken = _SPOKEN_MINUTES.match(w)
    if spoken and spoken.group(1) in ONES:
        said = number_value(spoken.group(2).replace("oh", "").strip(" -"))
        if said is not None and 0 < said < 60:
            return f"{ONES[spoken.group(1)]}:{int(said):02d}{w[spoken.end() :]}"
    word = w.split(" ")[0]
    if word in ONES:  # "nine o'clock", "three p.m."
        return f"{ONES[word]}{w[len(word) :]}"
    return w


def clock_reading(word: str, ampm: str | None = None) -> tuple[int, int, int | None] | None:
    """(hour, minute, second) of a clock reading such as "10:35 a.m.", "5 p.m.", "noon", "13:05"."""
    w = re.sub(r"^(?:12(?::00)?|twelve)\s+(?=noon|midnight)", "", word.lower().strip())  # "12 noon", "12:00 midnight"
    w = re.sub(r"\s?(?:hrs|hours)$", "", w)  # "0830hrs", "2130 hours"
    w = re.sub(r"\s+sharp$", "", w)  # "at seven sharp": on the hour
    if w == "noon" or w == "midday":
        return 12, 0, None
    if w == "midnight":
        return 24, 0, None
    w = spoken_clock(w)  # "half past ten", "a quarter to three", "ten thirty"
    mm = re.fullmatch(r"(\d\d)(\d\d)()()", w) or re.match(
        r"(\d{1,2})(?:[:.h](\d\d))?(?::(\d\d))?\s*(?:o['’]clock)?\s*([ap])?", w
    )
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


def time_value(d: date | None, hms: tuple[int, int, int | None]) -> str:
    h, mi, sec = hms
    day = day_value(d) if d else "XXXX-XX-XX"
    if h == 24:
        return f"{day}T24:00"
    return f"{day}T{h:02d}:{mi:02d}" + (f":{sec:02d}" if sec is not None else "")


def day_named(m: Match, word: str) -> tuple[date | None, str]:
    """The day named by today/yesterday/tomorrow/tonight/a weekday/a month-day, and the anchor used."""
    w = norm(word)
    ref = m.ref.day
    if w == "last night" or w.startswith("this "):  # "at 9:30 last night", "at 10 this morning"
        w = "yesterday" if w == "last night" else "today"
    w = _PART_AFTER.sub("", w)  # "at 3:10 on Tuesday afternoon": the day
    if w in ("today", "tonight", "yesterday", "tomorrow"):
        if ref is None:
            return None, "unresolved"
        return ref + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(w, 0)), "dct"
    first = w.split(" ")[0].rstrip(",.")
    if first in WEEKDAYS and len(w.split(" ")) == 1:
        if ref is None:
            return None, "unresolved"
        return nearest_weekday(ref, WEEKDAYS[first], m.tense()), "dct"
    rest = w[len(first) :] if first in WEEKDAYS else w
    dm = re.match(r"\s*(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?(?:\D+(\d{4}))?", rest)  # "3 May 2022"
    mm = re.search(r"([a-z]+)\.?\s+(\d{1,2})(?:\D+(\d{4}))?", rest)
    if dm and dm.group(2) in MONTHS:
        month, day, year = MONTHS[dm.group(2)], int(dm.group(1)), dm.group(3)
    elif mm and mm.group(1) in MONTHS:
        month, day, year = MONTHS[mm.group(1)], int(mm.group(2)), mm.group(3)
    else:
        return None, "unresolved"
    if year:
        y, anchor = int(year), "absolute"
    elif ref is not None:
        y, anchor = closest_year(ref, month, day, m.tense(), future_weight=FUTURE_CUE_WEIGHT), "dct"
    else:
        return None, "unresolved"
    try:
        return date(y, month, day), anchor
    except ValueError:
        return None, "unresolved"


_DAY_AFTER = (
    r"(?:last\s+night\b|this\s+(?:morning|afternoon|evening)\b"
    # a weekday glossed by its date ("5 p.m. on Friday, March 3") is that date, not the nearest such weekday
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b(?:,?\s+\d{4})?"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night)\b)?"
    r"|(?:today|tonight)\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?)"
)
# The day named after a clock reading, or at the end of its restatement ("4 in the morning (4 a.m. EDT Thursday)").
_ON_DAY = re.compile(
    rf"(?:\s+\([^()\n]{{1,20}}\))?\s+(?:on\s+)?(?P<day>{_DAY_AFTER})"
    rf"|\s+\((?P<restated>[^()\n]{{1,20}}?)\s(?P<zone_day>{_DAY_AFTER})\)",
    re.IGNORECASE,
)


_READING = re.compile(r"\d{4}(?!\d)|\d{1,2}(?:[:.]\d\d)?(?:\s?[ap]\.?\s?m\b\.?)?", re.IGNORECASE)


def _clock_day(m: Match, hms: tuple[int, int, int | None]) -> tuple[date | None, str]:
    """The day of a clock reading that names none: the day named just after it ("14:30 GMT on Tuesday"), the day
    last named in its sentence ("on Friday ... at 10 p.m."), else the article's day."""
    on_day = _ON_DAY.match(m.after(40))
    if on_day and on_day.group("day"):  # the day names the date, the timex stays the clock reading
        d, anchor = day_named(m, on_day.group("day"))
    elif on_day:  # the day of a restatement in another zone, a day on when the zone's clock is far behind
        d, anchor = day_named(m, on_day.group("zone_day"))
        other = _READING.match(on_day.group("restated"))
        other_hms = clock_reading(other.group()) if other else None
        if d is not None and other_hms is not None and abs(hms[0] - other_hms[0]) > 12:
            d += timedelta(days=1 if hms[0] < other_hms[0] else -1)
    elif (hol := _ON_HOLIDAY.match(m.after(40))) and m.ref.day is not None:
        # "at noon on Christmas Eve": the holiday named after the reading, in the year the wording points to
        years = (m.ref.day.year - 1, m.ref.day.year, m.ref.day.year + 1)
        found = [span for y in years for span in holiday_dates(norm(hol.group("hol")), y)]
        d, anchor = (_nearest_span(m, found)[0], "dct") if found else (m.ref.day, "dct")
    else:
        last = m.ref.last_placed(finest="day", coarsest="day")
        if last is not None and last.begin is not None and (
            same_sentence(m.text, last.end, m.start)
            # "Markets opened lower on Tuesday. By midday, ...": the story goes on on the day it just named
            or (next_sentence(m.text, last.end, m.start) and m.tense() < 0)
        ):
            d, anchor = last.begin.date(), last.timex_id
        else:
            d, anchor = m.ref.day, "dct"
    return d, anchor if d is not None else "unresolved"


# a holiday named after a clock reading ("at noon on Christmas Eve"), matched the way the "holiday" rule does
_ON_HOLIDAY = re.compile(rf"\s+on\s+(?:the\s+)?(?P<hol>{HOLIDAY})\b", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+(?:morning|afternoon|evening|night)$", re.IGNORECASE)


def _zone_ok(tz: str) -> bool:
    """Zones are written "EST", "GMT+2", "Z" or capitalized ("Eastern time"); lower-case "est", "eastern" are words."""
    return not tz or tz.isupper() or (tz[0].isupper() and not tz.split()[0][1:].isupper())


_ELAPSED = re.compile(r"\b(?:in|time\s+of|record\s+of|clocked|timed|ran)\s+$", re.IGNORECASE)
# "with 1:12 left", "0:38 to play": a game clock counting down, not the time of day
_REMAINING = re.compile(r"\s+(?:left|remaining|to\s+(?:play|go))\b", re.IGNORECASE)
# "John 3:16", "Surah 2:256": a reference after a capitalized name; "won 21:17", "a 24:21 win": a score.  Words
# that may stand capitalized before a time of day are let through.
_NAMED_REFERENCE = re.compile(
    r"\b(?!(?:At|By|From|Until|Till|To|Before|After|Around|About|Since|Between|Updated|Posted|Published|Modified|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Today|Tonight|"
    r"Yesterday|Tomorrow|Noon|Midnight|GMT|UTC|The)\b)[A-Z][a-z]+\.?\s+$"
)
_SCORE = re.compile(r"\b(?:score|scored|won|win|wins|winning|lost|lose|beat|beats|led|lead|trailed|tied|drew|defeated)\s+$|\ba\s+$", re.IGNORECASE)
_SCORE_AFTER = re.compile(r"\s+(?:at\s+(?:half-?time|the\s+break)|win|victory|lead|defeat|loss|draw|scoreline)\b", re.IGNORECASE)
_RANGE_TO_ZONE = re.compile(r"\s*(?:-|–|to|and)\s*[0-2]\d[0-5]\d\s?(?:GMT|UTC)\b", re.IGNORECASE)
_RESTATING = re.compile(r"\s*(?:local(?:\s+time)?\s*)?\(\s*", re.IGNORECASE)  # "1 a.m. local (2200 GMT)"


def _restated(m: Match) -> bool:
    """True for a clock reading in parentheses right after another ("00:30 local time (2130 GMT Monday)")."""
    last = m.ref.mentioned[-1] if m.ref.mentioned else None
    return last is not None and last.type == "TIME" and _RESTATING.fullmatch(m.text, last.end, m.start) is not None


_SPOKEN_PAIR = re.compile(r"(?!half\b|a\s+quarter\b|quarter\b)[a-z]+[\s-]+(?!o['’]clock|noon|midnight)[a-z][a-z\s-]*")
_SPOKEN_DAY_AFTER = re.compile(
    r"\s+(?:tonight|this\s+(?:morning|afternoon|evening)|last\s+night|tomorrow\s+(?:morning|night))\b", re.IGNORECASE
)
_LATER_PART = re.compile(r"\b(?:night|tonight|evening|afternoon)\b")
_BARE_HOUR_BEFORE = re.compile(
    r"\b(?:at|after|before|until|till|since|from|(?:just|shortly|little|bit)\s+past)\s+(?:(?:about|around)\s+)?$", re.IGNORECASE
)
_RANGE_AMPM = re.compile(
    r"\s*(?:-|–|to|and|until|till)\s*(?P<hour>1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?P<ap>[ap])(?:\.\s?m\b\.?|m\b)", re.IGNORECASE
)
# "tonight at eight o'clock": the evening named just before the reading
_LATER_BEFORE = re.compile(r"\b(?:tonight|this\s+evening|last\s+night)\s+at\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def clock(m: Match) -> Spec | None:
    """A clock time ("10:35 a.m.", "noon", "5 p.m. EST, Nov. 6") on the day it names, the day named nearby, or the article day."""
    g = m.g
    hms = clock_reading(g["clock"] or "")
    if hms is None:
        return None
    raw = norm(g["clock"])
    before = m.before(24) + (f"{g['approx']} " if g.get("approx") else "")
    ranged = _RANGE_AMPM.match(m.after(24)) if RANGE_FROM.search(before) else None
    overnight = False
    if ranged and re.fullmatch(r"\d{1,2}(?::\d\d)?", raw) and 0 < hms[0] <= 12:
        # "between 2 and 4 a.m.", "from 11 to 1 p.m.": the first reading takes the am/pm of the second, the other
        # one when its hour is later on the clock
        ap = ranged["ap"].lower()
        if hms[0] % 12 > int(ranged["hour"]) % 12:
            ap = "a" if ap == "p" else "p"
        hms = clock_reading(raw, ap) or hms
        overnight = ap == "p" and ranged["ap"].lower() == "a"  # "from 11 to 2 a.m. Sunday" starts on Saturday
    elif re.fullmatch(r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve", raw) and not (
        _BARE_HOUR_BEFORE.search(before) and (_SPOKEN_DAY_AFTER.match(m.after(24)) or norm(g.get("day")) == "tonight")
    ):
        return None  # a bare number ("killed 10 last night"), but "at 10 last night" is an hour
    if re.match(r"-[a-z]{2,3}-\d", m.after(5), re.IGNORECASE):
        return None  # "2:19-cv-01234", "1:21-cr-00175": a federal docket number (office:year-type-number)
    if raw == "noon" and re.search(r"\bhigh\s+$", m.before(6), re.IGNORECASE):
        return None  # "high noon" is a climax
    if raw in ("noon", "midnight", "midday") and not g.get("day") and name_goes_on(m):
        return None  # "Midnight Oil", "Midnight Express": a name
    if (
        _SPOKEN_PAIR.fullmatch(raw)
        and not g.get("day")
        and not re.search(r"\bat\s+$", m.before(4), re.IGNORECASE)
        and not _SPOKEN_DAY_AFTER.match(m.after(24))
    ):
        return None  # "he paid ten fifty": an hour and minutes in words need "at" or a part of the day after them
    if _restated(m) and not g.get("day"):
        return None  # "10:35 a.m. (0735 GMT)": the same moment restated in another zone, with no day of its own
    tz = g.get("tz") or ""
    if re.fullmatch(r"\d{1,2}:\d\d(?::\d\d)?", raw) and not tz and not g.get("day") and (
        _ELAPSED.search(m.before(16)) or _REMAINING.match(m.after(12))
    ):
        return None  # "won in 2:05:30", "a time of 3:43", "1:12 left": an elapsed or remaining time, no time of day
    if re.fullmatch(r"\d{1,2}:\d\d", raw) and not tz and not g.get("day") and (
        _NAMED_REFERENCE.search(m.before(16)) or _SCORE.search(m.before(12)) or _SCORE_AFTER.match(m.after(16))
    ):
        return None  # "John 3:16", "the score was 21:17 at halftime": no time of day
    if re.fullmatch(r"\d{4}", raw) and not tz and not g.get("local") and not _RANGE_TO_ZONE.match(m.after(20)):
        return None  # a four-digit reading needs its zone, or the zone of the range it opens
    rstrip = len(g.get("local") or "")
    # a transcript all in lower case writes its zones so too ("three p.m. eastern", "eight o'clock eastern time")
    zone_ok = _zone_ok(tz) or (m.text.islower() and tz.replace(" ", "").isalpha())
    if tz and not g.get("day") and (not zone_ok or (tz.isalpha() and re.match(r"\s+[A-Z]", m.after(2)))):
        rstrip = len(m.span) - m.span.rindex(tz)  # "10 a.m. et al", "9 a.m. Eastern Europe": not a zone
    elif not zone_ok:
        return None
    day_words = norm(g.get("day"))
    if not day_words:
        on_day = _ON_DAY.match(m.after(40))
        day_words = norm(on_day.group("day")) if on_day and on_day.group("day") else ""
    if (_LATER_PART.search(day_words) or _LATER_BEFORE.search(m.before(24))) and re.fullmatch(
        r"(?:[1-9]|1[01])(?:[:.][0-5]\d)?(?:\s+o[’']clock)?", spoken_clock(raw)
    ):
        hms = (hms[0] + 12, hms[1], hms[2])  # "at 9:30 last night", "7 o'clock tonight": the evening's hour
    if g.get("day"):
        d, anchor = day_named(m, _PART_AFTER.sub("", g["day"] or ""))
    elif ranged and (on_end := _ON_DAY.match(m.after(24 + 40), ranged.end())) and on_end.group("day"):
        d, anchor = day_named(m, on_end.group("day"))  # "between 2 and 4 a.m. on Sunday": the day of the range
        d = d - timedelta(days=1) if d is not None and overnight else d
    else:
        d, anchor = _clock_day(m, hms)
        on_day = _ON_DAY.match(m.after(40))
        named_after = (on_day and on_day.group("day")) or _ON_HOLIDAY.match(m.after(40))  # "on New Year's Eve"
        if d is not None and anchor == "dct" and hms[0] == 24 and m.tense() < 0 and not named_after:
            # "the truce expired at midnight": a midnight gone by opened the article's day, it did not close it
            d -= timedelta(days=1)
    mod = (
        "APPROX"
        if g.get("approx") and norm(g["approx"]) in ("about", "around", "approximately", "roughly")
        else ""
    )
    lstrip = 0
    if g.get("approx") and norm(g["approx"]) != "around":
        lstrip = len(g["approx"] or "") + 1  # "about 10:35 a.m.": the modifier stays outside the extent
    return Spec("TIME", time_value(d, hms), mod, anchor, lstrip=lstrip, rstrip=rstrip)


def clock_part(m: Match) -> Spec | None:
    """A clock reading of a part of the day: "4 in the morning", "2:15 in the afternoon", "10 o'clock at night"."""
    g = m.g
    hour = g["hour"] or ""
    if not hour.isdigit() and g.get("night") and "clock" not in m.span.lower() and not (
        g.get("mins") or _BARE_HOUR_BEFORE.search(m.before(24))
    ):
        return None  # "took one at night": a count, not an hour ("at eleven at night" is one)
    h = int(hour) if hour.isdigit() else ONES.get(hour.lower(), 0)
    part = norm(g.get("part")) or "night"
    if (part in ("afternoon", "evening") and h < 12) or (part == "night" and 6 <= h < 12):
        h += 12
    elif part == "night" and h == 12:
        h = 24
    if not 0 < h <= 24:
        return None
    hms = (h, int(g.get("minute") or 0), None)
    if g.get("mins"):  # "twenty past four", "a quarter to six in the evening"
        mins = _PAST_MINUTES[norm(g["mins"]).replace("-", " ")]
        hms = (h, mins, None) if norm(g["dir"]) == "past" else (h - 1, 60 - mins, None)
    d, anchor = _clock_day(m, hms)
    if g.get("approx"):  # "at about two in the morning": the modifier stays outside the extent ("around" in, as in "clock")
        lstrip = 0 if norm(g["approx"]) == "around" else len(g["approx"] or "") + 1
        return Spec("TIME", time_value(d, hms), "APPROX", anchor, lstrip=lstrip)
    return Spec("TIME", time_value(d, hms), anchor=anchor)


# TIMEX3 has no code for the edges of the day: as TimeML practice does, the part of the day they fall in
_SUN_PARTS = {
    "dawn": "MO", "daybreak": "MO", "first light": "MO", "sunrise": "MO", "sunup": "MO",
    "dusk": "EV", "nightfall": "EV", "sunset": "EV", "sundown": "EV", "lunchtime": "MI", "lunch time": "MI",
}  # fmt: skip


def sun_part(m: Match) -> Spec | None:
    """Dawn, dusk, lunchtime as a time of a day: "at dawn Tuesday", "at dusk" (of the day named nearby, else the
    article's day), valued by their part of the day ("2017-05-02TMO")."""
    code = _SUN_PARTS[re.sub(r"\s+", " ", norm(m.g["word"]))]
    if m.g.get("weekday"):
        d, anchor = day_named(m, m.g["weekday"] or "")
    else:
        d, anchor = _clock_day(m, (12, 0, None))  # the hour only matters to a reading restated in another zone
    return Spec("TIME", f"{day_value(d) if d else 'XXXX-XX-XX'}T{code}", anchor=anchor)


PAST_EVENT_WEIGHT = 30
_AIMED = re.compile(r"\b(?:to|until|till|that|by|before|for)\b")
_ON_OR_ABOUT = re.compile(r"\bon\s+or\s+about\s+$", re.IGNORECASE)
_NOUN_MODIFIER = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|[A-Za-z]+['’]s)\s+$", re.IGNORECASE)


def month_day(m: Match) -> Spec | None:
    """A calendar day ("Sept. 5, 1998", "July 7-8", "the 7th of July", "May 03, 2017 01:43 IST")."""
    spec = _month_day(m)
    wd = m.g.get("weekday") or ""
    if spec is not None and wd[:1].islower() and len(wd.rstrip(".")) <= 3 and not m.text.islower():
        # "the couple wed Sept. 9": a lower-case "wed", "sat", "sun" is a word, not a weekday; the date alone
        spec.lstrip = m.span.find(wd) + len(wd)
    if spec is not None and not spec.mod and _ON_OR_ABOUT.search(m.before(16)):
        spec.mod = "APPROX"  # the charging hedge "on or about May 5, 2021": "about" stays outside, as before a clock
    return spec


def _month_day(m: Match) -> Spec | None:
    g = m.g
    month_word = g["month"] or g["month_b"] or g.get("month_w")
    day_word = g["day"] or g["day_b"] or g.get("day_w")
    day2_word = g["day2"] or g["day2_b"] or g.get("day2m") or g.get("day2m_b")
    month2_word = g.get("month2") or g.get("month2_b")
    month2 = month_num(month2_word) if month2_word else None  # "Oct. 31-Nov. 1": a range over a month's end
    if not month_word or not day_word:
        return None
    if month_word[0].islower() and len(month_word) <= 4:
        return None  # "mar 5", "may 3" written in lower case: not a date
    if day_word[0].isalpha() and month_word[0].islower() and not m.text.islower():
        return None  # "we march first to the square": a spoken day needs a capital month (or an all lower-case text)
    month = month_num(month_word)
    day = (ordinal_value(norm(day_word).replace(" ", "-")) or 0) if day_word[0].isalpha() else int(re.sub(r"\D", "", day_word))
    tense, cue = cue_at(m.text, m.start, m.end)
    named = _named_day_year(m, month, day) if not g.get("year") and not day2_word else None
    later_year = range_year(m, month) if named is None else None
    narrated = narrated_year(m) if not g.get("year") and later_year is None and named is None else None
    if narrated is None and not g.get("year") and later_year is None and named is None:
        narrated = _sentence_year(m, month, day, tense)
    if g.get("year"):
        year, anchor = year_of(g["year"] or ""), "absolute"
    elif named is not None:  # "the Jan. 6 attack": the attack's year
        year, anchor = named, "absolute"
    elif later_year is not None:  # "from 17 July to 2 August 1945"
        year, anchor = later_year, "absolute"
    elif narrated is not None:  # "The landings took place in 1944. On 6 June, ..."
        year, anchor = narrated
    elif m.ref.day is not None:
        # A past verb other than one of saying rules out a day ahead ("came into force on 1 July" in May); what
        # was said, ordered or aimed at may still lie ahead ("announced a dividend payable July 1", "subpoenaed
        # him to testify on Feb. 10", "an order that he remain until March 6").
        # A day that modifies a noun ("discussed the July 4 celebrations") is not governed by the verb's tense.
        weight = 3
        if tense < 0 and cue not in REPORTING_CUES and not _NOUN_MODIFIER.search(m.before(12)):
            before = m.before(120).lower()
            if not _AIMED.search(before, before.rfind(cue) + len(cue)):
                weight = PAST_EVENT_WEIGHT
        year = closest_year(
            m.ref.day, month, day, tense, weight=weight, future_weight=FUTURE_CUE_WEIGHT, other_year=OTHER_YEAR
        )
        anchor = "dct"
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
        if month2 is None and day2 <= day:
            return None
        try:
            if month2 is None:
                last = date(d.year, month, day2)
            else:
                last = date(d.year + (1 if month2 < month else 0), month2, day2)
        except ValueError:
            return None
        if month2 is not None and not timedelta(0) < last - d <= timedelta(days=92):
            return None  # a range over a month's end ends after it starts
        if year:
            interval = (
                datetime.combine(d, datetime.min.time()),
                datetime.combine(last + timedelta(days=1), datetime.min.time()),
            )
    mod = PRE_MODS.get(norm(g.get("pre")), "")
    if g.get("weekof"):  # "the week of March 6": the calendar week holding that day
        if g.get("weekend"):  # "the weekend of June 8-9": the weekend holding that day
            if g.get("time") or mod or (day2_word and (last - d).days > 2):
                return None
            return Spec("DATE", f"{week_value(d)}-WE" if year else "XXXX-WXX-WE", anchor=anchor)
        if day2_word or g.get("time") or mod:
            return None
        return Spec("DATE", week_value(d) if year else "XXXX-WXX", anchor=anchor)
    if g.get("time"):
        hms = clock_reading(g["time"] or "")
        if hms is None:
            return None
        if not _zone_ok(g.get("tz") or ""):
            return None
        return Spec(
            "TIME",
            time_value(d if year else None, hms)
            if year
            else f"XXXX-{month:02d}-{day:02d}T{hms[0]:02d}:{hms[1]:02d}",
            mod,
            anchor,
        )
    return Spec("DATE", value, mod, anchor, interval=interval)


def _sentence_year(m: Match, month: int, day: int, tense: int) -> tuple[int, str] | None:
    """The year of a day named without one in the sentence of a day given with its year ("Troops entered the town
    on April 9, 2022, three weeks after the siege began on March 19"): the year that puts it nearest that day."""
    last = dated_day_in_sentence(m, 4)
    if last is None or last.begin is None:
        return None
    return closest_year(last.begin.date(), month, day, tense), last.timex_id


# Days that name an attack, with the attack's year: "the Jan. 6 attack", "the House Jan. 6 committee", "the
# Sept. 11 attacks", "the Oct. 7 massacre" mean that year's day, not this year's, once the article is later.
_NAMED_DAYS: dict[tuple[int, int], int] = {(9, 11): 2001, (7, 7): 2005, (1, 6): 2021, (10, 7): 2023}
_NAMED_DAY_NOUN = re.compile(
    r"\s+(?:(?:capitol|terror|terrorist|hamas|london)\s+)?(?:attacks?|attackers|riots?|rioters|insurrection|"
    r"committee|panel|commission|hearings?|bombings?|bombers|massacre|hijackers|defendants|assault|siege)\b",
    re.IGNORECASE,
)


def _named_day_year(m: Match, month: int, day: int) -> int | None:
    """The year of an attack a day names ("the Jan. 6 attack": 2021), when the noun after says so."""
    y = _NAMED_DAYS.get((month, day))
    if y is None or not _NAMED_DAY_NOUN.match(m.after(30)):
        return None
    return y if m.ref.day is None or m.ref.day.year >= y else None


def named_day(m: Match) -> Spec | None:
    """"9/11" (the 2001 attacks, wherever it stands) and "7/7" (the 2005 London bombings, before a noun that
    says so): a day named by its numbers."""
    month, day = (int(x) for x in (m.g["nd"] or "").split("/"))
    y = _NAMED_DAYS[(month, day)] if (month, day) == (9, 11) else _named_day_year(m, month, day)
    if y is None or (m.ref.day is not None and m.ref.day.year < y):
        return None
    return Spec("DATE", f"{y:04d}-{month:02d}-{day:02d}", anchor="absolute")


def iso(m: Match) -> Spec | None:
    """An ISO date or date-time ("2016-11-08", "2016-11-08T14:30:05Z") or a year-first date ("2016/11/08")."""
    s = m.g["iso"] or re.sub(r"\D", "-", m.g["ymd"] or "")
    try:
        if m.g["ymd"]:
            y, mo, d = (int(x) for x in s.split("-"))
            return Spec("DATE", day_value(date(y, mo, d)), anchor="absolute")
        dt = datetime.fromisoformat(s.replace(" ", "T").replace("t", "T"))
    except ValueError:
        return None
    if len(s) > 10:
        return Spec("TIME", dt.strftime("%Y-%m-%dT%H:%M:%S" if len(s) > 16 else "%Y-%m-%dT%H:%M"), anchor="absolute")
    return Spec("DATE", day_value(dt.date()), anchor="absolute")


_SLASHED = re.compile(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2\d{2,4}\b")
_DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_MONTH_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b", re.I)


# Money and clock zones of day-first countries (South Asia, Africa, Australasia, Singapore): with no written date to
# go by, a text quoting "Rs 45 crore" or "5pm IST" writes its numeric dates day first too (US copy has neither).
_DAY_FIRST_CUES = re.compile(
    r"(?:\bRs\.?|₹|\bINR|\bPKR|\bKSh|\bA\$|\bNZ\$|\bS\$)\s?\d|\d\s*(?:lakh|crore)s?\b"
    r"|\d\s*(?:[ap]\.?m\.?)?\s*(?:IST|PKT|WAT|EAT|CAT|SAST|AEST|AEDT|ACST|AWST|NZST|NZDT|SGT)\b"
)


def _day_first(text: str) -> bool:
    """Whether the text writes day before month: a slashed date that can only be read so (25/12/2022) or the
    other way (12/25/2022) decides, else the order of its written dates ("20 June" against "June 20"), else money
    or a clock zone of a day-first country."""
    for a, _, b in _SLASHED.findall(text):
        if int(a) > 12 >= int(b):
            return True
        if int(b) > 12 >= int(a):
            return False
    day_month, month_day = len(_DAY_MONTH.findall(text)), len(_MONTH_DAY.findall(text))
    return day_month > month_day or (day_month == month_day == 0 and bool(_DAY_FIRST_CUES.search(text)))


def _weekday_dm(m: Match) -> Spec | None:
    """"Monday 25/3": a day and month after a weekday, in the year (next to the article's) that puts the day on
    that weekday, else the nearest one."""
    wd, (a, b) = m.g["weekday"] or "", (int(x) for x in (m.g["dm"] or "").split("/"))
    if not wd or wd[:1].islower():
        return None  # "24/3" alone, "sat 3/4": a score, a word and a fraction
    day, month = (a, b) if a > 12 or (b <= 12 and _day_first(m.text)) else (b, a)
    if not 1 <= month <= 12 or m.ref.day is None:
        return None
    ref = m.ref.day
    years = [y for y in (ref.year, ref.year - 1, ref.year + 1) if _weekday_of(y, month, day) == norm(wd).rstrip(".")[:3]]
    year = years[0] if years else closest_year(ref, month, day, m.tense())
    try:
        return Spec("DATE", day_value(date(year, month, day)), anchor="dct")
    except ValueError:
        return None


def _weekday_of(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).strftime("%a").lower()
    except ValueError:
        return ""


def numeric(m: Match) -> Spec | None:
    """A numeric date: dotted ones (03.05.2017) are day.month.year, slashed and dashed ones month/day/year as US
    news writes them unless the text writes day first (see ``_day_first``)."""
    if m.g.get("dm"):
        return _weekday_dm(m)
    if m.g.get("my"):  # "12/2025": a month and a year
        month, year = (m.g["my"] or "").split("/")
        return Spec("DATE", f"{year}-{int(month):02d}", anchor="absolute")
    num = m.g["num"] or ""
    day_first = bool(m.g.get("dotted")) or _day_first(m.text)
    parsed = parse_absolute(num, "DMY" if day_first else "MDY")
    if parsed is None:
        return None
    wd = m.g.get("weekday") or ""
    lstrip = m.span.find(num) if wd[:1].islower() else 0  # "sat 22/03/2013": the date alone
    if m.g.get("time"):
        hms = clock_reading(m.g["time"] or "")
        if hms is None or not _zone_ok(m.g.get("tz") or ""):
            return None
        return Spec("TIME", time_value(parsed.date(), hms), anchor="absolute", lstrip=lstrip)
    return Spec("DATE", day_value(parsed.date()), anchor="absolute", lstrip=lstrip)


def month_year(m: Match) -> Spec | None:
    """A month of a year: "August 1988", "June of 1998", "February this year"."""
    month_word = m.g["month"] or ""
    if month_word[0].islower() and month_word.lower() in ("may", "march"):
        return None
    mod, lstrip = pre_mod(m)
    rel = norm(m.g.get("rel"))
    if rel:
        if m.ref.day is None:
            return Spec("DATE", f"XXXX-{month_num(month_word):02d}", mod, "unresolved", lstrip=lstrip)
        year = m.ref.day.year + {"this": 0, "last": -1, "next": 1}[rel]
        return Spec("DATE", f"{year:04d}-{month_num(month_word):02d}", mod, "dct", lstrip=lstrip)
    year = year_of(m.g["year"] or "")
    return Spec("DATE", f"{year:04d}-{month_num(month_word):02d}", mod, "absolute", lstrip=lstrip)


def year_words(m: Match) -> Spec | None:
    """Years in words: "nineteen ninety-six", "the year two thousand"."""
    if m.g.get("short"):  # "back in ninety-eight": the latest such year not after the article's
        n = number_value(norm(m.g["short"]).replace("-", " "))
        if n is None:
            return None
        now = m.ref.day.year if m.ref.day is not None else 2029
        short = 2000 + int(n) if 2000 + int(n) <= now else 1900 + int(n)
        return Spec("DATE", f"{short:04d}", anchor="absolute")
    words = norm(m.g["words"] or m.g.get("words20"))
    if words == "two thousand" and not m.span.lower().startswith("the year"):
        return None  # "two thousand" alone is a count
    if is_title(m) and not opens_sentence(m):
        return None  # "Orwell's Nineteen Eighty-Four": every word capitalized inside a sentence, a title
    y = words_year(words)
    return Spec("DATE", f"{y:04d}", anchor="absolute") if y else None


_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
_TEMPERATURE = re.compile(r"\b(?:temperatures?|highs?|lows?|degrees?|mercury|thermometers?|fahrenheit)\b", re.I)


def decade(m: Match) -> Spec | None:
    """Decades ("the 1990s", "the '90s", "the nineties") as values such as 199; "the 1800s" is the century
    (a year ending in 00 names the hundred years, as "the 2000s" does not in news: it is the decade)."""
    d = norm(m.g["dec"]).replace("’", "'").rstrip("s").rstrip("'").replace("nineteen ", "")
    if m.g.get("half"):  # "the first half of the 1990s": its start, as TimeBank's "the last half of the '80s" is its END
        m = replace(m, g={**m.g, "pre": "early" if norm(m.g["half"]) == "first" else "late"})
    if not d[:4].isdigit() and _AGE_BEFORE.search(m.before(16)):
        return None  # "a woman in her late seventies", "men in their twenties": an age ("his 1990s hits" is a decade)
    if d[:1].isdigit() and len(d) == 2:  # "the 80s": no temperature ("highs in the 80s", "the 90s heat")
        if _TEMPERATURE.search(m.before(40)) or re.match(r"\s*(?:°|degrees|fahrenheit|heat\b)", m.after(12), re.I):
            return None
        d = "'" + d
    if d[:4].isdigit() and d[2:4] == "00" and d[:2] != "20":
        return Spec("DATE", d[:2], PRE_MODS.get(norm(m.g.get("pre")), ""), "absolute")
    if d.startswith("'"):
        n = int(d[1:3])
        value = f"{19 if n >= 30 else 20}{n // 10}"
    elif d[:4].isdigit():
        value = d[:3]
    else:
        word = d if d.endswith("ie") is False else d
        if word.startswith(("aught", "nought", "two thousand")):  # "the aughts", "the noughties", "the two thousands"
            return Spec("DATE", "200", PRE_MODS.get(norm(m.g.get("pre")), ""), "absolute")
        key = word + "s" if word + "s" in DECADE_WORDS else word
        if key not in DECADE_WORDS:
            key = next((k for k in DECADE_WORDS if k.startswith(word[:4])), "")
        if not key:
            return None
        value = f"19{DECADE_WORDS[key]}"
    lstrip = 0
    if (
        re.match(r"the\s+\S", m.span, re.IGNORECASE)
        and re.match(r"\s+[A-Z][a-z]", m.after(3))
        and not _DECADE_PREP.search(m.before(12))
    ):
        lstrip = len(m.span) - len(m.span[3:].lstrip())  # "led the 1980s Celtics": "the" determines the team
    return Spec("DATE", value, PRE_MODS.get(norm(m.g.get("pre")), ""), "absolute", lstrip=lstrip)


# A decade after a preposition is adverbial even before a capitalized subject: "in the 1980s Japan boomed".
_DECADE_PREP = re.compile(r"\b(?:in|since|during|by|until|till|through|from|to|of|for|before|after|throughout)\s+$", re.IGNORECASE)


_EDGE_MODS = {"end": "END", "start": "START", "beginning": "START", "middle": "MID", "turn": "START",
              "first": "START", "second": "END", "last": "END", "latter": "END"}  # halves: TimeBank "the last half of the '80s" END


def century(m: Match) -> Spec | None:
    """Centuries ("the 20th century", "this century") as values such as 19."""
    g = m.g
    pre = norm(g.get("pre"))
    mod = PRE_MODS.get(pre) or _EDGE_MODS.get(pre.split(" ")[0], "")
    if g.get("unit") or g.get("bare"):  # "the end of the decade", "by mid-century": the current one
        if not pre or re.match(r"[\s-]+(?:modern|design|style|furniture|architecture|home|house)", m.after(14), re.I):
            return None
        if m.ref.day is None:
            return Spec("DATE", "XXX" if g.get("unit") == "decade" else "XX", mod, "unresolved")
        y = m.ref.day.year
        return Spec("DATE", f"{y // 10:03d}" if norm(g.get("unit")) == "decade" else f"{y // 100:02d}", mod)
    if g.get("det"):
        if m.ref.day is None:
            return Spec("DATE", "XX", mod, "unresolved")
        det = norm(g["det"])
        if det in ("past", "the past"):  # "the past century": the hundred years up to now
            return Spec("DURATION", "P100Y", mod, "")
        c = m.ref.day.year // 100 + (
            -1 if ("last" in det or "past" in det or "previous" in det) else 1 if "next" in det else 0
        )
        return Spec("DATE", f"{c:02d}", mod)
    if name_goes_on(m):
        return None  # "21st Century Fox"
    ordw = norm(g["ord"]).replace(" ", "-")  # norm reads "twenty-first" as "twenty first"
    n = ordinal_value(ordw)
    if n is None:
        n = {"twenty-first": 21, "twentieth": 20, "nineteenth": 19, "eighteenth": 18}.get(ordw)
    if not n or n < 1:
        return None
    era_word = g.get("bc") or ""
    if era_word and not m.span[len(m.span) - len(era_word) :].replace(".", "").isupper():
        rstrip = len(m.span) - len(m.span[: len(m.span) - len(era_word)].rstrip())
        return Spec("DATE", f"{n - 1:02d}", mod, "absolute", rstrip=rstrip)  # "the 3rd century ad...": no era
    if era_word.replace(".", "").upper().startswith("B"):
        return Spec("DATE", f"BC{n - 1:02d}", mod, "absolute")  # "the 5th century BC": 500-401 BC, as HeidelTime writes it
    return Spec("DATE", f"{n - 1:02d}", mod, "absolute")


# Nouns a holiday name classifies rather than dates: things of the feast, and places and events named for it.
_HOLIDAY_KIND = re.compile(
    r"\s+(?:eggs?|trees?|cards?|carols?|cakes?|puddings?|stockings?|ornaments?|wreaths?|crackers?|jumpers?|"
    r"sweaters?|bunn(?:y|ies)|lil(?:y|ies)|Islands?|Rising|menorahs?|lanterns?|lamps?|diyas?)\b"
)
# Feasts whose names are also common Arabic personal names: after a capitalized word they are part of a person's name
# ("Tariq Ramadan", "Mohammed Eid"), unless the word may stand before a date (a preposition, a month, "Happy").
_NAME_FEASTS = frozenset(("ramadan", "eid"))
_NAME_BEFORE_FEAST = re.compile(r"\b([A-Z][a-z]+)\s+$")
_WORDS_BEFORE_FEAST = frozenset("Happy Holy Blessed Joyous Sacred".split())
# "Spring Festival" names the Chinese New Year only in a text about China (else a town's or a school's festival).
_CHINA = re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|Taiwan|Hong\s+Kong|Lunar)\b")


def era(m: Match) -> Spec | None:
    """A year of an era: "44 BC" (value BC0044, as TIMEX2 and HeidelTime write years before Christ), "AD 79",
    "79 AD" (0079).  The era must be written in capitals: "ad" and "ce" are words."""
    g = m.g
    word = g.get("pre_era") or g.get("era") or ""
    written = m.span[:len(word)] if g.get("pre_era") else m.span[len(m.span) - len(word):]
    if not written.replace(".", "").isupper():
        return None
    y = int(g.get("y1") or g.get("y2") or 0)
    bc = written.replace(".", "").startswith("B")
    if not bc and g.get("y2") and written.replace(".", "") == "CE" and y < 100:
        return None  # "50 CE" may be a count of something; years of the common era are written with four digits
    return Spec("DATE", f"BC{y:04d}" if bc else f"{y:04d}", anchor="absolute")


def holiday(m: Match) -> Spec | None:
    """Named holidays, placed in the year nearest the article date unless "last"/"next" says otherwise;
    "Easter week" is the (ISO) week that holds the holiday, "Labor Day weekend" the weekend nearest it
    (before a Monday holiday, after a Thursday one), "Christmas morning" that part of its day."""
    g = m.g
    if norm(g["holiday"]) == "may day" and "May Day" not in m.span:
        return None  # "may day-trade", "mayday": not May 1
    if norm(g["holiday"]) == "victory day" and "Victory Day" not in m.span:
        return None  # "a victory day for the rebels": the holiday is always capitalized
    if _NATIONAL_KIND.fullmatch(norm(g["holiday"])) and not m.text[m.end - 3 : m.end].istitle():
        return None  # "a national day of mourning": the national days are capitalized
    if norm(g["holiday"]) == "national day" and not is_national(_holiday_name(m)):
        return None  # "National Day" without its country: no one date
    if norm(g["holiday"]).startswith("super") and "Super" not in m.span:
        return None  # "a super Tuesday for the bulls": no primary day
    if (g["holiday"] or "").startswith("thanksgiving") and not m.text.islower():
        return None  # "a service of thanksgiving": the common noun (the holiday is always capitalized)
    if _HOLIDAY_KIND.match(m.after(12)):
        return None  # "an Easter egg", "a Christmas tree", "Easter Island": a thing or a place named for it
    if names_event(m):
        return None  # "the Yom Kippur War", "the Easter Rising", "the Good Friday Agreement"
    if _title_before_feast(m):
        return None  # "Wham!'s Last Christmas", "The Nightmare Before Christmas", "Born on the Fourth of July"
    at = m.start + m.span.lower().find((g["holiday"] or "").lower())
    if is_lunar(norm(g["holiday"])) and not m.text[at].isupper() and not m.text.islower():
        return None  # "the passover of the jets", "a spring festival": the feasts' names are capitalized
    name_word = _NAME_BEFORE_FEAST.search(m.text, max(0, at - 20), at)
    if (
        name_word
        and norm(g["holiday"]) in _NAME_FEASTS
        and name_word.group(1) not in _CAPITAL_WORDS_BEFORE_YEAR | _WORDS_BEFORE_FEAST
    ):
        return None  # "Tariq Ramadan", "Mohammed Eid": a person's name
    if norm(g["holiday"]) == "spring festival" and not _CHINA.search(m.text):
        return None
    spec = _holiday_day(m)
    if spec is None:
        return None
    if g.get("the") and not (
        g.get("hweekend") or g.get("hweek") or g.get("hnth") or norm(g["holiday"]).startswith("fourth")
    ):
        spec.lstrip = len(m.span) - len(m.span[3:].lstrip())  # "the Christmas holidays": the name alone
    day = date.fromisoformat(spec.value) if re.fullmatch(r"\d{4}-\d\d-\d\d", spec.value) else None
    if day is not None and g.get("hnth"):  # "the first day of Ramadan", "the last day of Passover"
        nth = norm(g["hnth"])
        if nth in ("last", "final"):
            day = spec.interval[1].date() - timedelta(days=1) if spec.interval else day
        else:
            day += timedelta(days=("first", "second", "third").index(nth))
        spec.value, spec.interval = day_value(day), None
    if day is not None and g.get("hweek"):
        spec.value = week_value(day)
    elif g.get("hweekend"):
        if day is None:
            return Spec("DATE", "XXXX-WXX-WE", anchor=spec.anchor)
        saturday = next(day + timedelta(days=k) for k in range(-3, 4) if (day + timedelta(days=k)).isoweekday() == 6)
        spec.value = f"{week_value(saturday)}-WE"
    elif g.get("part"):
        spec.type = "TIME"
        spec.value = f"{spec.value}T{DAY_PARTS[norm(g['part'])]}"
    elif norm(g["holiday"]) == "election night":
        # US Election Day's night; news writes of it in the days around a vote (a British "election night" is a
        # Thursday in another month), so a night weeks off the article is not taken for it
        if day is not None and m.ref.day is not None and abs((day - m.ref.day).days) > 14:
            return None
        spec.type = "TIME"
        spec.value = f"{spec.value}TNI"
    return spec


# The days every country keeps under its own date, and the words that name the country before or after one.
_NATIONAL_KIND = re.compile(r"(?:independence|republic|national|victory) day")
_COUNTRY_BEFORE = re.compile(r"\b((?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]+|[A-Z]{2,3}|U\.S\.))(?:['’]s?)?\s+$")
_COUNTRY_AFTER = re.compile(r"\s+in\s+((?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
# A country that keeps its own day as the subject: "Pakistan celebrated its Independence Day", "India marked its 78th
# Independence Day" (country names only: "Indian-American families" or "Jordan" the player are no such subject).
_COUNTRY_KEEPS_ITS = re.compile(
    r"\b("
    + "|".join(sorted((k.title() for k in set(NATIONS.values()) if k not in ("us", "uae", "georgia", "jordan")), key=len, reverse=True))
    + r")\s+(?:[a-z]+\s+){1,2}its\s+(?:\d+(?:st|nd|rd|th)\s+)?$"
)
# Feasts the Orthodox churches keep by the Julian calendar: "Orthodox" earlier in the sentence dates them so.
_ORTHODOX_FEAST = re.compile(r"(?:easter(?: sunday)?|christmas(?: day| eve)?|good friday)")
_ORTHODOX_BEFORE = re.compile(r"\bOrthodox\b[^.!?;]*$")


def _holiday_name(m: Match) -> str:
    """The holiday's name as ``holidays`` looks it up: with its country for a national day the text gives one
    ("Ukraine's Independence Day" -> "ukraine independence day"), "orthodox" for a feast of Orthodox Christians."""
    name = norm(m.g["holiday"]).replace("’", "'")
    if _NATIONAL_KIND.fullmatch(name):
        before = _COUNTRY_BEFORE.search(m.before(30))
        after = _COUNTRY_AFTER.match(m.after(30))
        for words in (before.group(1) if before else "", after.group(1) if after else ""):
            words = words.replace(".", "").lower()
            country = NATIONS.get(words) or NATIONS.get(words.split(" ", 1)[-1])
            if country and is_national(f"{country} {name}"):
                return f"{country} {name}"
        keeper = _COUNTRY_KEEPS_ITS.search(m.before(60))
        if keeper and is_national(f"{keeper.group(1).lower()} {name}"):
            return f"{keeper.group(1).lower()} {name}"
    if _ORTHODOX_FEAST.fullmatch(name) and _ORTHODOX_BEFORE.search(m.before(80)):
        return f"orthodox {name}"
    return name


# Inside a sentence, capitals the holiday's own words do not need mark a title: a capitalized "Last", "This" or
# "Next", a capitalized preposition before it, or a capitalized
# word after it that goes on a work's name after a possessive ("National Lampoon's Christmas Vacation"); a
# participle that opens a title ("Born on ...") is ``spec.in_title``'s, for any timex.
_TITLE_PREP_BEFORE = re.compile(r"[a-z][,]?\s+(?:Before|After|For|On|In|Of|At|Until|Since|Till)\s+(?:[Tt]he\s+)?$")
_POSSESSIVE_BEFORE = re.compile(r"[A-Za-z!](?:'s|’s)\s+$")


def _title_before_feast(m: Match) -> bool:
    if opens_sentence(m):
        return False
    if (m.g.get("det") and m.span[:1] in "LTN") or re.search(r"[a-z!'’]\s+(?:Last|This|Next)\s+$", m.before(8)):
        return True  # "Wham!'s Last Christmas" (and "Christmas" in it)
    return bool(
        _TITLE_PREP_BEFORE.search(m.before(24))
        or (_POSSESSIVE_BEFORE.search(m.before(6)) and name_goes_on(m))
    )


def _holiday_day(m: Match) -> Spec | None:
    name = _holiday_name(m)
    det = norm(m.g.get("det"))
    ref = m.ref.day
    year_after = re.match(r"\s+(?:in|of)\s+((?:1[6-9]|20)\d\d)\b", m.after(12))  # "on Yom Kippur in 1973"
    written = m.g.get("year") or (year_after.group(1) if year_after else "")
    if written:
        y = int(written)
        if y < 1600 and (hijri := hijri_feast(name, y)) is not None:
            return _feast(hijri, "absolute")  # "Ramadan 1434": a year of the Hijri calendar
        if y >= 5000:  # "Rosh Hashanah 5785": a year of the Hebrew calendar
            hebrew = hebrew_feast(name, y)
            return _feast(hebrew, "absolute") if hebrew else None
        spans = holiday_dates(name, y)
        if not spans:  # a feast of a calendar the tables do not reach that year: its year, not its day
            if not is_lunar(name):
                return None
            if (window := feast_window(name, y)) is not None:
                return _feast_window(window, "absolute")
            return Spec("DATE", f"{y:04d}-XX-XX", anchor="absolute", interval=(datetime(y, 1, 1), datetime(y + 1, 1, 1)))
        return _feast(spans[0], "absolute")
    rel_after = re.match(r"\s+(last|this|next)\s+year\b", m.after(12), re.IGNORECASE)
    if rel_after and ref is not None and not det:  # "on Cyber Monday last year": that year's, though this one is nearer
        if spans := holiday_dates(name, ref.year + {"last": -1, "this": 0, "next": 1}[rel_after.group(1).lower()]):
            return _feast(spans[0], "dct")
    if ref is None:
        d0 = holiday_date(name, 2000)
        fixed = d0 is not None and holiday_date(name, 2001) == d0.replace(year=2001)
        return Spec(
            "DATE", f"XXXX-{d0.month:02d}-{d0.day:02d}" if d0 and fixed else "XXXX-XX-XX", anchor="unresolved"
        )
    found = [span for y in (ref.year - 1, ref.year, ref.year + 1) for span in holiday_dates(name, y)]
    if not found:
        # years the calendar's tables do not reach: the year (and month) the feast must fall in, else nothing
        windows = [w for y in (ref.year - 1, ref.year, ref.year + 1) if (w := feast_window(name, y))]
        if windows:
            inside = [w for w in windows if w[0] <= ref < w[1]]
            return _feast_window(inside[0] if inside else _nearest_span(m, windows), "dct")
        return Spec("DATE", "XXXX-XX-XX", anchor="unresolved") if is_lunar(name) else None
    if det == "last":
        span = max((x for x in found if x[0] < ref), default=found[0])
    elif det == "next":
        span = min((x for x in found if x[0] > ref), default=found[-1])
    elif not det and any(first <= ref < after for first, after in found):
        span = next(x for x in found if x[0] <= ref < x[1])  # "during Ramadan" while it lasts: this one
    else:
        span = _nearest_span(m, found)
    return _feast(span, "dct")


# Holidays that make a long weekend (US news mostly): "the holiday weekend" with none named is the nearest of them
_WEEKEND_HOLIDAYS = (
    "new year's day", "martin luther king day", "presidents day", "easter", "memorial day", "independence day",
    "labor day", "columbus day", "thanksgiving", "christmas",
)  # fmt: skip
_HOLIDAY_NAMED = re.compile(rf"(?:the\s+)?{HOLIDAY}(?:\s+(?:holiday\s+)?weekend)?", re.IGNORECASE)


def _weekend_of(day: date) -> str:
    """The weekend of a holiday: before a Monday one, after a Thursday one, around a Sunday one."""
    saturday = next(day + timedelta(days=k) for k in range(-3, 4) if (day + timedelta(days=k)).isoweekday() == 6)
    return f"{week_value(saturday)}-WE"


def holiday_ref(m: Match) -> Spec | None:
    """"The holiday weekend", "the long weekend", "over the holiday": the holiday the text last named, else the
    long-weekend holiday nearest the article day (within a week and a half); else no timex ("the holiday" may be
    a vacation)."""
    weekend = bool(m.g.get("hw"))
    for t in reversed(m.ref.mentioned):
        if t.begin is not None and _HOLIDAY_NAMED.fullmatch(t.text) and t.text[:1] != "t" and t.start < m.start:
            if t.value.endswith("-WE"):
                return Spec("DATE", t.value, anchor=t.timex_id) if weekend else None
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", t.value):
                return None
            day = t.begin.date()
            return Spec("DATE", _weekend_of(day) if weekend else day_value(day), anchor=t.timex_id)
    ref = m.ref.day
    if ref is None:
        return Spec("DATE", "XXXX-WXX-WE" if weekend else "XXXX-XX-XX", anchor="unresolved") if weekend else None
    found = [
        span
        for name in _WEEKEND_HOLIDAYS
        for y in (ref.year - 1, ref.year, ref.year + 1)
        for span in holiday_dates(name, y)
        if abs((span[0] - ref).days) <= 10
    ]
    if not found:
        return None
    day = _nearest_span(m, found)[0]
    return Spec("DATE", _weekend_of(day) if weekend else day_value(day), anchor="dct")


def _nearest_span(m: Match, found: list[tuple[date, date]]) -> tuple[date, date]:
    """The holiday nearest the article day; one weeks on the side the wording points away from is all but ruled out."""
    ref, tense = m.ref.day, m.tense()
    assert ref is not None
    return min(found, key=lambda x: abs((x[0] - ref).days) * (30 if (x[0] - ref).days * tense < -7 * abs(tense) else 1))


def nth_weekday(m: Match) -> Spec | None:
    """A weekday ranked in a month ("the first Monday in October"): in the written year, else the nearest one
    to the article date, the wording's tense weighing as it does for a holiday."""
    g = m.g
    if g.get("each") or g.get("wdays"):  # TIMEX3 has no value for a weekday's rank in every month: the weekday set
        return Spec("SET", f"XXXX-WXX-{WEEKDAYS[norm(g.get('weekday') or g.get('wdays'))]}", quant="EVERY")
    month_word = g["month"] or ""
    if not month_word[:1].isupper():
        return None
    month = month_num(month_word)
    n = ordinal_value(g["ord"] or "") or 0  # "last": -1
    wd = WEEKDAYS[norm(g["weekday"])]
    if g.get("year"):
        d = weekday_in_month(int(g["year"] or 0), month, wd, n)
        return Spec("DATE", day_value(d), anchor="absolute") if d else None
    ref = m.ref.day
    if ref is None:
        return Spec("DATE", f"XXXX-{month:02d}-XX", anchor="unresolved")
    found = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := weekday_in_month(y, month, wd, n))]
    if not found:
        return None
    tense = m.tense()
    best = min(found, key=lambda d: abs((d - ref).days) * (30 if (d - ref).days * tense < -7 * abs(tense) else 1))
    return Spec("DATE", day_value(best), anchor="dct")


def _feast(span: tuple[date, date], anchor: str) -> Spec:
    """A holiday's first day as its value; a feast of several days keeps them all as its interval ("Passover"
    names eight days, as "July 7-8" names two)."""
    first, after = span
    interval = None
    if (after - first).days > 1:
        interval = (datetime.combine(first, datetime.min.time()), datetime.combine(after, datetime.min.time()))
    return Spec("DATE", day_value(first), anchor=anchor, interval=interval)


def _feast_window(window: tuple[date, date], anchor: str) -> Spec:
    """A feast known only to begin within ``window``: its year, and its month when the window has one month."""
    first, after = window
    last = after - timedelta(days=1)
    month = f"{first.month:02d}" if first.month == last.month else "XX"
    return Spec(
        "DATE", f"{first.year:04d}-{month}-XX", anchor=anchor,
        interval=(datetime.combine(first, datetime.min.time()), datetime.combine(after, datetime.min.time())),
    )  # fmt: skip


def _hijri_month(word: str) -> int:
    """The number of a month of the Islamic calendar, as ``patterns.HIJRI_MONTH`` spells it."""
    w = re.sub(r"[\s'’-]+", " ", word.lower()).strip()
    if w.startswith("rabi"):
        return 4 if re.search(r"(?:thani|sani|akhir|\bii)$", w) else 3
    if w.startswith("jumad"):
        return 6 if re.search(r"(?:akhirah?|thani|sani|\bii)$", w) else 5
    if w.startswith(("dh", "zu", "zi")):
        return 12 if "hij" in w else 11
    for prefix, number in (("muh", 1), ("saf", 2), ("raj", 7), ("sha ", 8), ("shab", 8), ("shaa", 8), ("ram", 9)):
        if w.startswith(prefix):
            return number
    return 10  # shawwal


def hijri_date(m: Match) -> Spec | None:
    """A date of the Islamic calendar ("15 Ramadan 1445", "10 Muharram"): converted to the Gregorian day, in the
    written Hijri year, else the one nearest the article date (the wording's tense weighing, as for a holiday)."""
    g = m.g
    month_word = g.get("hm") or g.get("hm2") or ""
    if not m.text[m.start + m.span.lower().find(month_word.lower())].isupper() and not m.text.islower():
        return None  # the months' names are capitalized
    month = _hijri_month(month_word)
    day = int(re.match(r"\d+", g.get("hd") or g.get("hd2") or "0").group())  # type: ignore[union-attr]
    return _other_calendar_day(m, g.get("hy") or g.get("hy2"), month, day, hijri_to_gregorian, hijri_year_of)


def _other_calendar_day(
    m: Match,
    written: str | None,
    month: Any,
    day: int,
    to_gregorian: Callable[[int, Any, int], date | None],
    year_of: Callable[[date], int],
) -> Spec | None:
    """The Gregorian day of a day of another calendar: in its written year, else in the one of the three years
    around the article date's that lies nearest it (the wording's tense weighing, as for a holiday)."""
    if written:
        d = to_gregorian(int(written), month, day)
        return Spec("DATE", day_value(d), anchor="absolute") if d else None
    ref = m.ref.day
    if ref is None:
        return Spec("DATE", "XXXX-XX-XX", anchor="unresolved")
    y0 = year_of(ref)
    found = [(d, d + timedelta(days=1)) for y in (y0 - 1, y0, y0 + 1) if (d := to_gregorian(y, month, day))]
    return Spec("DATE", day_value(_nearest_span(m, found)[0]), anchor="dct") if found else None


def _hebrew_month(word: str) -> str:
    """The name ``holidays.hebrew_to_gregorian`` knows a month of the Hebrew calendar by, as ``HEBREW_MONTH``
    spells it."""
    w = " ".join(re.sub(r"['’]", "", word.lower()).split())
    if w.startswith("adar"):
        return "adar i" if re.search(r" (?:i|aleph|alef|rishon)$", w) else "adar"
    if "heshvan" in w:
        return "cheshvan"
    prefixes = (("nis", "nisan"), ("iy", "iyar"), ("siv", "sivan"), ("tam", "tammuz"), ("av", "av"), ("el", "elul"),
                ("tis", "tishrei"), ("kis", "kislev"), ("tev", "tevet"))  # fmt: skip
    return next((key for prefix, key in prefixes if w.startswith(prefix)), "shevat")


def hebrew_date(m: Match) -> Spec | None:
    """A date of the Hebrew calendar ("15 Nisan 5784", "the 9th of Av"): the Gregorian day, in the written Hebrew
    year, else the one nearest the article date (the wording's tense weighing, as for a holiday)."""
    g = m.g
    month_word = g.get("xm") or g.get("xm2") or ""
    at = m.start + m.span.lower().find(month_word.lower())
    if not m.text[at].isupper() and not m.text.islower():
        return None  # the months' names are capitalized
    month = _hebrew_month(month_word)
    written = g.get("xy") or g.get("xy2")
    if month == "av" and not (g.get("xof") or written) and m.after(1) == ".":
        return None  # "9 Av. Foch": an avenue
    day_word = g.get("xd") or g.get("xd2") or ""
    day = (ordinal_value(norm(day_word).replace(" ", "-")) or 0) if day_word[0].isalpha() else int(re.sub(r"\D", "", day_word))
    return _other_calendar_day(m, written, month, day, hebrew_to_gregorian, hebrew_year_of)


# A month of the Islamic calendar alone is a time only after a preposition ("during Muharram", "the month of
# Shawwal") or with its year; before a name or a noun it names a person or a thing ("Safar Ali", "Muharram
# processions").
_HIJRI_MONTH_BEFORE = re.compile(r"\b(?:in|during|throughout|through|since|until|till|before|after|of|by|from|into)\s+$", re.IGNORECASE)
_HIJRI_MONTH_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]|(?:processions?|rituals?|mourning|ceremon(?:y|ies)|gatherings?|fast(?:ing)?|moon|crescent"
    r"|sighting|celebrations?|lanterns?|observances?|sermons?|holidays?)\b)"
)


def hijri_month(m: Match) -> Spec | None:
    """A month of the Islamic calendar ("throughout Shawwal", "Muharram 1446"), valued as a feast of many days is:
    its first day, the month as its interval, in the Hijri year the article is in (else the nearest by tense)."""
    g = m.g
    word = g.get("hmonth") or ""
    if not m.text[m.start].isupper() and not m.text.islower():
        return None
    month = _hijri_month(word)
    if g.get("hmy"):
        span = hijri_month_span(int(g["hmy"] or 0), month)
        return _feast(span, "absolute") if span else None
    if not _HIJRI_MONTH_BEFORE.search(m.before(12)) or _HIJRI_MONTH_AFTER.match(m.after(14)):
        return None
    ref = m.ref.day
    if ref is None:
        return Spec("DATE", "XXXX-XX-XX", anchor="unresolved")
    h = hijri_year_of(ref)
    found = [span for y in (h - 1, h, h + 1) if (span := hijri_month_span(y, month))]
    if not found:
        return None
    inside = [span for span in found if span[0] <= ref < span[1]]
    return _feast(inside[0] if inside else _nearest_span(m, found), "dct")


def calendar_year(m: Match) -> Spec | None:
    """A year of the Chinese calendar named by its animal ("the Year of the Dragon": New Year to New Year) or of the
    Persian one ("the Persian year 1403": Nowruz to Nowruz), valued by its first day as a feast of many days is."""
    g = m.g
    if g.get("pyear"):
        y = int(g["pyear"] or 0)
        span = persian_year(y)
        if span is None:
            window = feast_window("nowruz", y + 621)
            return _feast_window(window, "absolute") if window else None
        return _feast(span, "absolute")
    animal = norm(g.get("animal"))
    if not g.get("ythe") or re.search(r"[\"“‘'«]\s*$", m.before(3)):
        return None  # "Cimino's Year of the Dragon", a quoted title: a work named for it
    if not m.text[m.end - len(animal)].isupper() and not m.text.islower():
        return None  # "the year of the pig" of a farm report
    ref = m.ref.day
    if ref is None:
        return Spec("DATE", "XXXX-XX-XX", anchor="unresolved")
    found = zodiac_years(animal, ref.year)
    if not found:
        return Spec("DATE", "XXXX-XX-XX", anchor="unresolved")
    inside = [span for span in found if span[0] <= ref < span[1]]
    return _feast(inside[0] if inside else _nearest_span(m, found), "dct")


_RANGE_LINK = re.compile(r"\s*(and|to|through|until|till|-|–|or)\s*", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"\b(?:between|from)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)


# "May through July", "March to June": a capitalized month opening a range of months is a month
_MONTH_RANGE_AFTER = re.compile(
    r"\s*(?:-|–|to|through|until|till|and|or)\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)
MONTH_CONTEXT = re.compile(
    r"\b(?:in|since|by|until|till|from|to|through|during|before|after|of|early|late|mid|last|this|next|between|and|or|"
    r"throughout|around|until|till|on|for|that|every|each|end|beginning|start|middle)\W*$",
    re.IGNORECASE,
)


# Nouns a month name dates when it stands before them: "the March accession", "the May elections" (the
# verb "may" and the protest "March" never follow "the" and precede one of these).
_DATED_NOUN = re.compile(
    # an indicator's name may stand between: "the May jobs report", "the March CPI data", "the May rate decision"
    r"\s+(?:(?:jobs|payrolls?|employment|unemployment|inflation|CPI|PPI|PCE|GDP|retail|sales|housing|trade|PMI|"
    r"consumer|producer|price|prices|factory|FOMC|Fed|ECB|MPC|BOJ|policy|rate|labou?r|market|monetary)\s+){0,2}"
    r"(?:accession|elections?|votes?|polls?|referendum|summit|meeting|talks|deadline|visit|attacks?|"
    r"bombings?|strikes?|rally|protests?|agreement|deal|accord|ceasefire|truce|announcement|report|data|"
    r"figures?|survey|budget|launch|release|decision|ruling|hearing|trial|conference|session|primary|"
    r"primaries|contracts?|futures|delivery|issue|edition|offering|auction|crash|earthquake|quake|flood(?:s|ing)?|"
    r"storm|uprising|coup|invasion|offensive|cut|hike|increase|rise|drop|decline|peak|low|high|reading|print|index|"
    r"numbers|minutes|statistics|estimate)\b",
    re.IGNORECASE,
)


# A futures contract month ("Brent for January delivery", "the March wheat contract", "December corn settled"): the
# month traded, this one or a later one, whatever the verb's tense; a commodity or exchange word must come before a
# bare "contract" ("the May contract talks" of a union stays with the tense)
_COMMODITY = (
    r"(?:crude|oil|gas|gasoline|diesel|heating|natural|jet|fuel|corn|wheat|soybeans?|soy|soymeal|meal|canola|oats|"
    r"rice|sugar|coffee|cocoa|cotton|cattle|hogs|gold|silver|copper|platinum|palladium|aluminium|aluminum|nickel|zinc|"
    r"tin|lead|iron|ore|steel|coal|power|LNG|palm|rubber|lumber|Brent|WTI|Nymex|Comex|ICE|CME|LME|TTF|RBOB|Dalian)"
)
_TRADED_MONTH = re.compile(
    rf"\s+(?:(?:{_COMMODITY}\s+){{1,3}}(?:contracts?|futures|options)|futures|delivery|expiry|loading|arrival)\b"
    rf"|\s+(?:{_COMMODITY}\s+){{1,2}}(?:settled|closed|rose|fell|gained|slipped|climbed|dropped|ended|finished|jumped|"
    r"slid|eased|edged|firmed|lost|added|traded|was|were)\b"
)
# A capitalized unit of time before "in"/"of" and a month inside a sentence: the month ends a title.
_TITLE_UNIT_BEFORE = re.compile(r"[a-z,]\s+(?:[A-Z][a-z]+\s+)?(?:Days|Nights|Weeks|Months|Years|Summers?|Winters?)\s+(?:in|of)\s+$")


def month(m: Match) -> Spec | None:
    """A bare month name ("in January"), in the year the wording and the article date point to."""
    word = m.g["month"] or ""
    if not word[0].isupper():
        return None
    name = word.lower().rstrip(".")
    mod, lstrip = pre_mod(m)
    if m.g.get("mend"):
        mod = "END"  # "March-end"
    if not mod and re.match(r"[ \t]+[A-Z][a-z]", m.after(3)) and not _TRADED_MONTH.match(m.after(40)):
        return None  # "August Wilson", "by June Carter": a name; not "the July Brent contract"
    if (
        not mod
        and re.search(r"\b[A-Z][A-Za-z]*['’]s\s+$", m.before(20))
        and (_VERB_AFTER_YEAR.match(m.after(24)) or _COPULA_AFTER.match(m.after(10)))
    ):
        return None  # "Earth, Wind & Fire's September is a staple": a song; "Apple's September event" is a date
    if not mod and _TITLE_UNIT_BEFORE.search(m.before(16)):
        return None  # "Seven Days in May", "Twelve Nights in August": a title
    if (
        name in ("may", "march")
        and not m.g.get("pre")
        and not m.g.get("month2")
        and not _MONTH_RANGE_AFTER.match(m.after(30))
        and not MONTH_CONTEXT.search(m.before(12))
        and not (re.search(r"\bthe\s+$", m.before(5), re.IGNORECASE) and _DATED_NOUN.match(m.after(20)))
        and not _TRADED_MONTH.match(m.after(40))
    ):
        return None
    if (
        name == "march"
        and re.match(r"\s+(?:on|to|against|through|for|in)\s+(?:the\s+)?[A-Z]", m.after(20))
        and not MONTH_CONTEXT.search(m.before(8))
    ):
        return None
    num = month_num(word)
    y, anchor = _year_of_month(m, num, since=norm(m.g.get("pre")) == "since")
    interval = None
    if m.g.get("month2") and y is not None:  # "the June-September monsoon": the span runs to the second month's end
        num2 = month_num((m.g["month2"] or "")[1:])
        if num2 == num:
            return None
        end_year = y + (num2 < num)
        interval = (datetime(y, num, 1), datetime(end_year + (num2 == 12), num2 % 12 + 1, 1))
    return Spec(
        "DATE", f"{'XXXX' if y is None else f'{y:04d}'}-{num:02d}", mod, anchor, lstrip=lstrip, interval=interval
    )


def _year_of_month(m: Match, num: int, since: bool = False) -> tuple[int | None, str]:
    """The year of a month named without one, and its anchor: the range or the narrative it is in, else the
    article date and the wording's tense."""
    later_year = range_year(m, num)
    if later_year is not None:  # "from June to August 1942", "from November to February 1943"
        return later_year, "absolute"
    narrated = narrated_year(m)
    if narrated is not None:  # "In 1917 the tsar abdicated. In March, ..."
        return narrated
    ref = m.ref.day
    if ref is None:
        return None, "unresolved"
    if _TRADED_MONTH.match(m.after(40)):  # a contract month: the one traded then, that month or later
        last = m.ref.last_placed(finest="day", coarsest="year")
        if last is not None and last.begin is not None and last.anchor == "absolute" and same_sentence(
            m.text, last.end, m.start
        ):  # "In 2008, the July contract hit $147": traded in the year the sentence gives
            return last.begin.year + (1 if num < last.begin.month else 0), last.timex_id
        return ref.year + (1 if num < ref.month else 0), "dct"
    # "on patrol since March" is always the past.  Past wording puts the month behind the article's, unless only
    # the saying is past ("told companies of a cut in September" in August): then the month after the article's
    # may still be meant.
    tense, cue = (-1, "") if since else cue_at(m.text, m.start, m.end)
    slack = 45 if tense < 0 and cue in REPORTING_CUES else 20
    y = closest_year(ref, num, 15, tense, slack=slack, weight=100, other_year=OTHER_YEAR)
    prev = m.ref.mentioned[-1] if m.ref.mentioned else None
    if prev is not None and prev.begin is not None and prev.granularity == "month" and prev.end <= m.start:
        link = _RANGE_LINK.fullmatch(m.text[prev.end : m.start])
        if link is not None:
            # "between May and July": the second month is the first one on or after the first; a list may run
            # backward ("revised figures for April and March"): there the nearer month, within the first's year
            back = num < prev.begin.month and prev.begin.month - num <= 6
            listed = link.group(1).lower() in ("and", "or") and not _RANGE_OPENER.search(m.text, 0, prev.start)
            y = prev.begin.year + (1 if num < prev.begin.month and not (back and listed) else 0)
    return y, "dct"


_MONTH_PART_MOD = {"first": "START", "opening": "START", "early": "START", "middle": "MID", "last": "END",
                   "final": "END", "closing": "END", "late": "END"}  # fmt: skip


def month_part(m: Match) -> Spec | None:
    """"the first week of June", "the last days of December", "the second half of June": the month, with the
    edge the stretch lies at as its modifier (TIMEX3 has no value for a week counted within a month)."""
    g = m.g
    ordinal, unit = norm(g["ord"]), norm(g["unit"])
    mod = _MONTH_PART_MOD.get(ordinal, "")
    if unit == "half":
        mod = {"first": "START", "second": "END"}.get(ordinal, "")
        if not mod:
            return None
    if g.get("per"):  # "the last week of the year", "the first months of next year"
        if unit.startswith("month") and g["per"] == "month":
            return None  # "the first months of the month" is not said
        ref = m.ref.day
        if ref is None:
            return Spec("DATE", "XXXX" if g["per"] == "year" else "XXXX-XX", mod, "unresolved")
        step = {"last": -1, "next": 1}.get(norm(g["rel"]), 0)
        if g["per"] == "year":
            return Spec("DATE", f"{ref.year + step:04d}", mod, "dct")
        return Spec("DATE", value_at(shift(ref, "month", step), "month"), mod, "dct")
    word = g["month"] or ""
    if not word[0].isupper() or unit.startswith("month"):
        return None
    num = month_num(word)
    if g.get("year"):
        y: int | None = int(g["year"] or 0)
        anchor = "absolute"
    else:
        y, anchor = _year_of_month(m, num)
    return Spec("DATE", f"{'XXXX' if y is None else f'{y:04d}'}-{num:02d}", mod, anchor)


# The month each season starts in (winter, over the turn of the year, is left to the article's year).
_SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9}


# Events a season dates after a possessive ("Apple's fall event", "the company's spring lineup"); "the stock's fall
# in value" and "the rouble's fall" are the noun.
_SEASONAL_EVENT = re.compile(
    r"\s+(?:launch|launches|event|events|lineup|line-up|release|releases|update|showcase|collection|sale|conference|"
    r"keynote|semester|term|session|tour|schedule|offensive|campaign)\b"
)
# School and timetable periods a season dates even with no article before it ("for winter break", "over summer
# holidays"); not "months" or "sales", which follow the verb "fall" ("prices fall months later")
_PERIOD_NOUNS = r"recess|term|semester|holidays?|break|schedule|timetable|exams?|planting|sowing|harvests?"
_SEASON_PERIOD = re.compile(rf"\s+(?:{_PERIOD_NOUNS})\b")
# Nouns a season word dates as a modifier after "the" ("the summer recess", "the autumn budget", "the winter months")
_SEASON_MODIFIES = re.compile(rf"\s+(?:{_PERIOD_NOUNS}|budget|statement|session|months|sales|collections?)\b")


def season(m: Match) -> Spec | None:
    """Seasons ("summer", "the winter of 1994", "the 2022-23 winter") as values such as 2017-SU; a season named
    without a year is this year's unless the wording's tense points past it ("slumped in the fall" in March)."""
    code = SEASONS[norm(m.g["season"] or m.g["season_b"])]
    mod = PRE_MODS.get(norm(m.g.get("pre")), "")
    if m.g["season"] and m.g["season"][0].isupper() and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", m.after(14)):
        return None  # "the Summer of Love", "the Winter of Discontent": names
    apos = m.g.get("apos")
    if apos:  # "the summer of '69": the latest such year not after the article's
        n = int(apos)
        now = m.ref.day.year if m.ref.day is not None else 2029
        return Spec("DATE", f"{2000 + n if 2000 + n <= now else 1900 + n:04d}-{code}", mod, "absolute")
    if m.g.get("year") or m.g.get("year_b"):
        if m.g.get("season_b") and name_goes_on(m):
            return None  # "the 2008 Summer Olympics": the year dates the Games, the season is part of their name
        return Spec("DATE", f"{year_of(m.g['year'] or m.g['year_b'] or ''):04d}-{code}", mod, "absolute")
    srel = norm(m.g.get("srel"))
    if srel:  # "the spring of last year"
        if m.ref.day is None:
            return Spec("DATE", f"XXXX-{code}", mod, "unresolved")
        return Spec("DATE", f"{m.ref.day.year + {'this': 0, 'last': -1, 'next': 1}[srel]:04d}-{code}", mod, "dct")
    that = norm(m.g.get("that"))
    if that:  # "the summer of that year", "the spring of the following year": of the year the text tells of
        last = m.ref.last_placed(finest="day", coarsest="year")
        if last is None or last.begin is None:
            return Spec("DATE", f"XXXX-{code}", mod, "unresolved")
        step = 1 if that.endswith(("following", "next")) else -1 if that.endswith(("previous", "preceding")) else 0
        return Spec("DATE", f"{last.begin.year + step:04d}-{code}", mod, last.timex_id)
    if norm(m.span).startswith("the ") and _SEASON_MODIFIES.match(m.after(16)):
        return None  # "in the autumn budget": the season dates the noun; the tagger retries at the season itself
    narrated = narrated_year(m)
    if narrated is not None and (
        mod or re.search(r"\b(?:in|the|during|by|until)\s+$", m.before(10), re.IGNORECASE)
    ):  # "The siege began in 1942. In the spring, ..."
        return Spec("DATE", f"{narrated[0]:04d}-{code}", mod, narrated[1])
    if not (
        mod
        or re.search(r"\b(?:in|the|during|by|since|until|this|early|late|mid)\s+$", m.before(10), re.IGNORECASE)
        or (re.search(r"\w(?:'s|’s)\s+$", m.before(10)) and _SEASONAL_EVENT.match(m.after(16)))
        or _SEASON_PERIOD.match(m.after(16))
    ) or name_goes_on(m):
        return None  # also "the Winter Olympics", "the Autumn Statement": names
    ref = m.ref.day
    if ref is None:
        return Spec("DATE", f"XXXX-{code}", mod, "unresolved")
    y = ref.year
    # a season ahead is often reported in the past ("made it hard to meet demand well into the summer"): a season
    # already over is moved forward only by a clause without a past verb ("due out in the spring" said in December)
    tense = m.tense()
    if tense < 0 and ref.month < _SEASON_START.get(code, 0):
        y -= 1
    elif (
        # a term or timetable named by a season already over, with no past tense, is the coming one ("register
        # in November for the spring semester")
        (tense > 0 or (tense == 0 and _SEASON_PERIOD.match(m.after(16))))
        and code in _SEASON_START
        and ref.month >= _SEASON_START[code] + 3
        and not past_in_clause(m.text, m.start)
    ):
        y += 1
    return Spec("DATE", f"{y:04d}-{code}", mod)


_COUNT_NOUN = re.compile(
    # "[a-z]+s" takes plurals, not the verbs "2024 was", "2024 is", "2024 has", nor "-is/-us/-ss" singulars ("the
    # 2008 crisis", "the 2021 census", "the 2019 congress")
    r"\s+(?!(?:was|is|has|does|as|this|its|thus|plus|versus)\b)(?:people|persons|shares|employees|workers|jobs|troops|soldiers|cars|vehicles|units|miles|feet|meters|metres|"
    r"tons|tonnes|barrels|acres|points|votes|men|women|children|members|copies|pounds|yen|marks|francs|dollars|cases|"
    r"deaths|seats|residents|homes|students|hours|minutes|rooms|beds|planes|aircraft|ships|passengers|stores|"
    r"plants|acres|kilometers|kilometres|km|kg|ft|[a-z]*[a-hj-rtv-z]s)\b"
)


# Plural events a year dates after "the" ("the 2022 midterms", "the 2012 Olympics"): no count of things.
_EVENTS_AFTER_YEAR = re.compile(
    r"\s+(?:elections|midterms|primaries|caucuses|polls|games|olympics|riots|protests|attacks|bombings|talks|hearings|"
    r"floods|wildfires|negotiations|accords|reforms|sanctions|playoffs|finals|championships|"
    # the borders and fighting of a conflict a year dates ("the 1967 borders", "the 1992 clashes")
    r"borders|boundaries|frontiers|lines|clashes|hostilities|killings|massacres|uprisings|wars)\b",
    re.IGNORECASE,
)
# Capitalised bodies named for a year ("the 1922 Committee", "the 1879 Club"); written in capitals only.
_BODY_AFTER_YEAR = re.compile(r"\s+(?:Committee|Club|Society|Group|Caucus|Foundation|Institute|Movement)\b")
_NAME_BEFORE_YEAR = re.compile(r"\b([A-Z][a-z]+)\s+$")
# An acronym before a year that no noun follows names an edition of a show or a product ("CES 2027", "SXSW 2026")
_ACRONYM_BEFORE_YEAR = re.compile(r"(?<![\w.])[A-Z]{2,5}\s+$")
_NAME_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|and|or|to|for|with|from|was|is|will|where|when)\b")
# A past-tense verb and the word that starts its complement ("jumped in", "cancelled the"): the year is a subject.
_VERB_AFTER_YEAR = re.compile(
    r"\s+(?:[a-z]+ed|won|swept|took|drew|made|became|beat|broke|stole|led|hit)\s+(?:in|on|at|to|by|for|from|with|after|over|up|down|out|off|the|a|an|its|their|his|her)\b"
)
_COPULA_AFTER = re.compile(r"\s+(?:is|remains|has|becomes)\b")  # a work spoken of in the present
# A year right after the noun of a work is its title ("the novel 1984", "the film 1917", "her album 1989").
_WORK_BEFORE_YEAR = re.compile(r"\b(?:novel|film|movie|album|song|book|documentary|opera|musical|poem)\s+$", re.IGNORECASE)
_NAMED_YEAR_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+(?:'s|’s)|\b[Tt]he)\s+$")
# Capitalised words that may start a sentence before a year that is one ("That 1978 resolution", "In 1998").
_CAPITAL_WORDS_BEFORE_YEAR = frozenset(
    """That This These Those Its His Her Their Our My Your Every Each Last Next Early Late Mid Fiscal Calendar
    The A An Since In By Until Till From To Before After During Through Of For Around About And Or But
    Between Throughout Circa Over Within Beginning Starting Ending Unlike Like As Following Despite Amid
    Budget Census Expo Act""".split()  # events named by their year ("Budget 2024", "Census 2021"), not products
    # (and British statutes by the year they passed: "the Terrorism Act 2000", as "the ... Act of 1989" dates)
) | frozenset(w.capitalize() for w in MONTHS) | frozenset(w.capitalize() for w in SEASONS) | frozenset(
    w.capitalize() for w in WEEKDAYS
)


# Numbers that start with a year ("2019-0456", "2023-CV-1142") and street numbers ("2020 Main St.", not "the 2024
# National Road Safety Strategy").
# A budget named by two years is a fiscal year, which takes its closing year ("the 2024-25 budget", as "FY2024-25")
_BUDGET_AFTER = re.compile(r"\s+budgets?\b", re.IGNORECASE)
_ID_AFTER_YEAR = re.compile(r"[-–](?:\d{3,}|[A-Za-z]{1,3}[-–]\d)")
_STREET_AFTER_YEAR = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\.?\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Drive|Dr|Lane|Ln|Pkwy|Parkway|Hwy|Highway)\b"
)
_DET_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s+$", re.IGNORECASE)

# Statute, bill and reporter citations whose numbers look like years.
_LEGAL_CITE_BEFORE = re.compile(r"(?:\bU\.S\.C\.?|\bC\.F\.R\.?|\bUSC|\bCFR|§|\bH\.\s?R\.|(?<![\w.])S\.)\s*$")
_LEGAL_CITE_AFTER = re.compile(r"\s+(?:WL\b|(?:U\.S\.\s+(?:Dist\.|App\.)\s+)?LEXIS\b)")

# Prepositions before a far future year of a projection ("warming by 2080", "sea levels in 2100").
_HORIZON_PREP = re.compile(r"\b(?:in|by|until|till|through|before|after)\s+$", re.IGNORECASE)

# Eras of the Hijri (AH, SH), Nepali (BS, VS) and Ethiopian (E.C.) calendars, in capitals ("EC", "VS" undotted are
# as often the European Commission and "versus").
_OTHER_ERA = re.compile(r"\s*(?:A\.H\.|S\.H\.|B\.S\.|V\.S\.|E\.C\.|(?:AH|SH|BS)\b)")


def year(m: Match) -> Spec | None:
    """A four-digit year, unless it counts things ("1990 workers") or is a code ("flight 1998")."""
    g = m.g
    if g.get("eyear"):  # "in 1453": an early year after a preposition, read as the later ones are
        g = {**g, "year": g["eyear"], "in": g["ein"], "dash": g.get("edash")}
    if g.get("ayy"):  # "in '98": the latest such year not after the article's, as "the summer of '69"
        n = int(g["ayy"] or 0)
        now = m.ref.day.year if m.ref.day is not None else 2029
        lstrip = len(g["ain"] or "")
        return Spec("DATE", f"{2000 + n if 2000 + n <= now else 1900 + n:04d}", "", "absolute", lstrip=lstrip)
    y = int(g["year"] or 0)
    mod, lstrip = pre_mod(m)
    prep = g.get("in") or ""
    if prep:
        lstrip = len(m.span) - len(m.span[m.span.find(prep) + len(prep) :])
    after = m.after(20)
    if (
        (not prep or y < 1600)
        and not g.get("pre")
        and _COUNT_NOUN.match(after)
        and not re.match(r"\s+(?:levels?|results|period|earnings|sales)", after)
        and not (_EVENTS_AFTER_YEAR.match(after) and re.search(r"\b[Tt]he\s+$", m.before(5)))
    ):
        return None
    if not prep and _BODY_AFTER_YEAR.match(after):
        return None  # "the 1922 Committee": a body named for a year, not a date
    if re.match(r"\s*(?:%|percent|per\s+cent)", after, re.IGNORECASE) or re.search(
        r"(?:no\.|number|flight|route|#|\bapt\.|apartment|suite)\s*$", m.before(10), re.IGNORECASE
    ):
        return None
    if not prep and (_LEGAL_CITE_BEFORE.search(m.before(12)) or _LEGAL_CITE_AFTER.match(after)):
        return None  # "42 U.S.C. 1983", "§ 2024", "H.R. 2024", "2023 WL 4567", "2024 U.S. Dist. LEXIS 12": citations
    if not prep and re.search(r"(?<![\d,])\d{3}[-.]$", m.before(5)):
        return None  # "call 555-2010": a telephone number
    if not prep and not g.get("pre") and _NAMED_YEAR_BEFORE.search(m.before(20)):
        # A year after a possessive name or "the" modifies the noun after it ("Obama's 2008 campaign", "the 1998
        # period"); before a verb or a colon it is a title or a band ("Orwell's 1984 jumped", "The 1975 cancelled").
        possessive = not m.before(4).lower().endswith("the ")
        if _VERB_AFTER_YEAR.match(after) or (possessive and not re.match(r"\s+[a-z]", after)):
            return None
    if _OTHER_ERA.match(after):
        return None  # "1434 AH", "2069 BS": a year of another calendar, which Gregorian values cannot give
    if not prep and re.match(r"\s+block\s+of\b", after, re.IGNORECASE):
        return None  # "the 2000 block of Main Street": an address
    if not prep and (_ID_AFTER_YEAR.match(after) or (_STREET_AFTER_YEAR.match(m.after(40)) and not _DET_BEFORE.search(m.before(6)))):
        return None  # "item 2019-0456", "2023-CV-1142": a case or evidence number; "at 2020 Main St.": an address
    if not prep and not g.get("pre") and _WORK_BEFORE_YEAR.search(m.before(16)):
        return None  # "Students read the novel 1984": a title
    name = _NAME_BEFORE_YEAR.search(m.before(20))
    if not prep and not g.get("pre") and name and name.group(1) not in _CAPITAL_WORDS_BEFORE_YEAR:
        return None  # "the Russell 2000", "Windows 2000", "Orion 1980": a name
    if not prep and not g.get("pre") and _ACRONYM_BEFORE_YEAR.search(m.before(8)) and _NAME_ENDS.match(after):
        return None  # "at CES 2027 in January", "MWC 2026,": a trade show's name ("the EU 2030 target" dates)
    if y < 1900 and not prep and not g.get("pre") and not g.get("dash"):
        return None  # "1819 soldiers"; a range of years ("(1819–1901)") is dates
    horizon = _HORIZON_PREP.search(m.span[: m.span.rfind(str(y))])
    if y >= 2100 and not horizon:
        return None  # "2100" alone counts things; "by 2100", "in 2100" is the horizon of projections
    if m.ref.day is not None and y > m.ref.day.year + 50 and not (horizon and y <= 2100):
        return None
    value = f"{y:04d}"
    interval = None
    dash = (g.get("dash") or "").lstrip("-–/")
    if dash:  # "1998-2000", "1997-98": one timex valued by its first year, its interval covering the range
        last = int(dash) if len(dash) == 4 else y // 100 * 100 + int(dash)
        if len(dash) == 2 and last + 100 == y + 1:
            last += 100  # "the 1999-00 season" runs into the next century
        if last <= y or ((g["dash"] or "").startswith("/") and last != y + 1):
            # a slash joins only a year and the next ("the 2023/24 season"); "2017/05" is a year and something else
            return Spec("DATE", value, mod, "absolute", lstrip=lstrip, rstrip=len(g.get("dash") or ""))
        if last == y + 1 and _BUDGET_AFTER.match(after):
            return Spec("DATE", f"{last:04d}", mod, "absolute", lstrip=lstrip)  # "the 2024-25 budget": a fiscal year
        interval = (datetime(y, 1, 1), datetime(last + 1, 1, 1))
    return Spec("DATE", value, mod, "absolute", lstrip=lstrip, interval=interval)


_DOM_BEFORE = re.compile(
    # "to" only after a postponement ("adjourned the case to the 28th"): "Spain fell to the 5th" is a ranking
    r"\b(?:on|by|until|till|since|from|before|after|between|(?:adjourn|postpon|defer|reschedul)\w*(?:\s+[\w']+){0,3}?\s+to"
    r"|(?:morning|afternoon|evening|night)\s+of"  # "on the evening of the 8th"
    r"|\bthe\s+\d\d?(?:st|nd|rd|th)\s*,?\s*(?:and|or|to|through|until|till))\s+$",  # "between the 5th and the 7th"
    re.IGNORECASE,
)
# Commercial and court English: "the 12th inst." (of this month), "ult." (last month), "prox." (next month)
_DOM_MONTH = re.compile(r"\s+(?:(?P<inst>inst(?:ant)?)|(?P<ult>ult(?:imo)?)|(?P<prox>prox(?:imo)?))\b\.?", re.IGNORECASE)


# After "the 10th" a noun makes it a rank ("the 15th floor"); a preposition or conjunction goes on with a date
_DOM_LISTED = re.compile(r"\s*,?\s*(?:and|or|to|through)\s+(?:the\s+)?\d\d?(?:st|nd|rd|th)\b", re.IGNORECASE)
_DOM_NOUN_AFTER = re.compile(
    r"\s*[-–]?\s*(?!(?:without|with|and|or|but|when|as|after|before|in|at|to|for|if|while|amid|despite|until|so)\b)"
    r"[a-z0-9]",
    re.IGNORECASE,
)


def _story_month(m: Match, dom: int) -> Spec | None:
    """"Prices jumped in November. By the 20th, ...": the day of the month the story is in, when the text named
    one (a month, or a day: then the first such day from it) in this sentence or the one before."""
    last = m.ref.last_placed(finest="day", coarsest="month")
    if (
        last is None
        or last.begin is None
        or last.granularity not in ("day", "month")
        or not (same_sentence(m.text, last.end, m.start) or next_sentence(m.text, last.end, m.start))
    ):
        return None
    first = last.begin.date().replace(day=1)
    if last.granularity == "day" and dom < last.begin.day:
        first = add_months(first, 1)
    if dom > calendar.monthrange(first.year, first.month)[1]:
        return None
    if m.ref.day is not None and first.replace(day=dom) > m.ref.day and m.tense() < 0:
        return None  # told in the past, yet after the article: not this reading
    return Spec("DATE", first.replace(day=dom).isoformat(), anchor=last.timex_id)


def _spelled_day(words: str | None) -> int:
    """The day a spelled ordinal names ("fifth" 5, "twenty-first" 21), or 0."""
    tens, _, ones = norm(words).replace("-", " ").rpartition(" ")
    return int((ordinal_value(ones) or 0) + {"twenty": 20, "thirty": 30}.get(tens, 0))


def day_of_month(m: Match) -> Spec | None:
    """"on the 15th": that day of the article's month, or of the month before or after as the wording points.

    Only after a preposition and before no noun: "the 15th century", "the 15th floor" are no dates.
    """
    if m.g.get("meach") or m.g.get("eachw"):  # "the 1st of each month": that day of every month
        n = _spelled_day(m.g["eachw"]) if m.g.get("eachw") else int(re.sub(r"\D", "", m.g["dom"] or ""))
        return Spec("SET", f"XXXX-XX-{n:02d}", quant="EVERY") if n else None
    if m.g.get("domw"):  # "on the fifth": a day of the month the story just named, else no date
        n = _spelled_day(m.g["domw"])
        return _story_month(m, n) if n and m.ref.day is not None else None
    named_month = _DOM_MONTH.match(m.after(10))
    wd, mrel = m.g.get("wd") or m.g.get("wdw"), norm(m.g.get("mrel"))
    listed = _DOM_LISTED.match(m.after(30))  # "between the 1st and 2nd floors": the noun after the list counts too
    if not named_month and not wd and not mrel and (
        not _DOM_BEFORE.search(m.before(50))
        or _DOM_NOUN_AFTER.match(m.after(12))
        or (listed is not None and _DOM_NOUN_AFTER.match(m.after(30)[listed.end() :]))
    ):
        return None  # "your letter of the 3rd inst." needs no preposition of time
    ref = m.ref.day
    dom = _spelled_day(m.g["wdomw"]) if m.g.get("wdomw") else int(re.sub(r"\D", "", m.g["dom"] or ""))
    if not dom:
        return None
    if ref is None:
        return Spec("DATE", f"XXXX-XX-{dom:02d}", anchor="unresolved")
    if named_month or mrel:  # the month the abbreviation or "of next month" names, whatever the tense
        if mrel:
            k = {"last": -1, "next": 1}.get(mrel, 0)
        else:
            k = -1 if named_month and named_month["ult"] else 1 if named_month and named_month["prox"] else 0
        first = add_months(ref.replace(day=1), k)
        if dom > calendar.monthrange(first.year, first.month)[1]:
            return None
        return Spec("DATE", first.replace(day=dom).isoformat(), anchor="dct")
    tense = m.tense()
    if wd:  # "Tuesday the 4th": the nearest month (on the tense's side) whose 4th is a Tuesday
        wanted = WEEKDAYS[wd.lower()]
        found = [
            d.replace(day=dom)
            for d in (add_months(ref.replace(day=1), k) for k in range(-14, 15))
            if dom <= calendar.monthrange(d.year, d.month)[1] and d.replace(day=dom).isoweekday() == wanted
        ]
        side = [d for d in found if (d >= ref if tense > 0 else d <= ref)] if tense else []
        if not found:
            return None
        best = min(side or found, key=lambda d: abs((d - ref).days))
        return Spec("DATE", best.isoformat(), anchor="dct")
    story = _story_month(m, dom)
    if story is not None:
        return story
    # the day in this month or a neighbour ("the 31st" skips months without one)
    days = [
        d.replace(day=dom)
        for d in (add_months(ref.replace(day=1), k) for k in (-1, 0, 1))
        if dom <= calendar.monthrange(d.year, d.month)[1]
    ]
    side = [d for d in days if (d >= ref if tense > 0 else d <= ref)] if tense else []
    if side:
        best = min(side, key=lambda d: abs((d - ref).days))
    else:  # no cue, or none on the cue's side: the nearest, news looking back
        best = min(days, key=lambda d: (d - ref).days * (UNMARKED_FUTURE if d > ref else -1))
    return Spec("DATE", best.isoformat(), anchor="dct")

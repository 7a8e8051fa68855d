"""Normalizers for expressions read against a reference: the article date ("yesterday", "last week", weekdays)
or the last date the text named ("the next day", "two days later"), and the present/past/future references.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from ..records import Timex
from .calendar_rules import clock_reading, day_named, time_value
from .duration_rules import count_of, duration_value
from .holidays import holiday_date
from .interval import add_months, day_value, shift, value_at, week_value
from .lexicon import DAY_PARTS, MONTHS, SEASONS, WEEKDAYS, ordinal_value
from .patterns import NUMWORD
from .reference import LOOKBACK, Reference, nearest_weekday, strictly
from .spec import (
    DURATION_MODS,
    PRE_MODS,
    Match,
    Spec,
    after_word,
    dated_day_in_sentence,
    from_last,
    is_title,
    months_span_under_discussion,
    name_goes_on,
    names_publication,
    narrated_year,
    next_sentence,
    norm,
    opens_sentence,
    period_spec,
    pre_mod,
    same_sentence,
    unit_info,
    unresolved,
)

# An aside inside a sentence: a relative clause set off by commas or dashes ("the minister, who took office on
# March 1, resigned"), a parenthesis, or a quotation.  A date there is background, not the time the story is at.
_ASIDE_OPEN = re.compile(r"(?:,\s+(?:who|whom|whose|which|where)\b|\s(?:—|--)\s)[^,;.!?()\"“”—]*$", re.IGNORECASE)
_ASIDE_CLOSE = re.compile(r"[^,;.!?()\"“”—]*(?:,|\s(?:—|--))\s+[a-z]")
_QUOTES = re.compile(r"[\"“”]")


def _in_quote(text: str, pos: int) -> bool:
    """True when ``pos`` lies inside a quotation opened earlier on its line (news quotes close by paragraph)."""
    line_start = text.rfind("\n", 0, pos) + 1
    inside = False
    for q in _QUOTES.finditer(text, line_start, pos):
        inside = q.group() == "“" or (q.group() == '"' and not inside)
    return inside


def _aside(m: Match, t: Timex) -> str:
    """Whether mention ``t`` is in an aside that closed before the anaphor ``m``: "quote" for a quotation (unless
    the anaphor is quoted too), "clause" for a parenthesis or a relative clause or dashes whose main clause goes
    on; "" when not."""
    between = m.text[t.end : m.start]
    if _QUOTES.search(between) and _in_quote(m.text, t.start) and not _in_quote(m.text, m.start):
        return "quote"
    if ")" in between and "(" not in between and m.text.rfind("(", 0, t.start) > m.text.rfind(")", 0, t.start):
        return "clause"
    head = m.text[max(0, t.start - 150) : t.start]
    return "clause" if _ASIDE_OPEN.search(head) and _ASIDE_CLOSE.match(m.text, t.end, m.start) else ""




def story_last(m: Match, *, finest: str = "day", coarsest: str = "year") -> Timex | None:
    """The last date the text named (see ``Reference.last_placed``), passing over one named in an aside: for a
    quotation, the date before it; for a clause, the date of the sentence's main clause ("On June 3 the minister,
    who took office on March 1, resigned. The next day ..."), as without one ("The strike, which began on
    Sept. 12, ended two days later") the aside's date is the one the story goes on from."""
    last = m.ref.last_placed(finest=finest, coarsest=coarsest)
    kind = _aside(m, last) if last is not None else ""
    if last is None or not kind:
        return _main_clause(m, last, finest, coarsest) if last is not None else None
    kept = [t for t in m.ref.mentioned[-LOOKBACK:] if not _aside(m, t)]
    alt = Reference(m.ref.dct, kept).last_placed(finest=finest, coarsest=coarsest)
    if alt is None or (kind == "clause" and not same_sentence(m.text, alt.end, last.start)):
        return last
    return alt


_PAST_PERFECT = re.compile(r"\bhad\s+(?!to\b)[a-z]+", re.IGNORECASE)
_CLAUSE_OPEN = re.compile(r".*(?:[.;!?:]\s|\n)", re.DOTALL)


def untold_past(m: Match, step: int) -> bool:
    """True when a count from the story's time ("the next day", "two days later", "the day before") finds no date
    in the text and the article date will not do as its origin: told in the past, a time after it would lie after
    the article ("The suspect was released. The next day, he left."); in the past perfect, the clause looks back
    from a past time the text never gives ("He had resigned the day before")."""
    if m.ref.day is None or not step:
        return False
    if step > 0:
        return m.tense() < 0
    before = m.text[max(0, m.start - 100) : m.start]
    opened = _CLAUSE_OPEN.match(before)
    return _PAST_PERFECT.search(before, opened.end() if opened else 0) is not None


# A clause after the main one that looks back ("freed on Nov. 24, having been held since Oct. 7", "entered the town
# on April 9, three weeks after the siege began on March 19"): its date is background, the story is at the main one.
_LOOKING_BACK = re.compile(r",\s+[^.;:!?()\"“”]{0,60}?\b(?:since|after)\b[^.;:!?()\"“”]{0,60}", re.IGNORECASE)


def _main_clause(m: Match, last: Timex, finest: str, coarsest: str) -> Timex:
    """The date of the main clause when ``last`` is an earlier date in a looking-back clause after it (in a
    sentence before the anaphor's)."""
    if last.begin is None or same_sentence(m.text, last.end, m.end):
        return last
    kept = m.ref.mentioned[-LOOKBACK:]
    i = next((k for k in range(len(kept) - 1, -1, -1) if kept[k] is last), 0)
    prev = Reference(m.ref.dct, kept[:i]).last_placed(finest=finest, coarsest=coarsest)
    if (
        prev is None
        or prev.begin is None
        or prev.begin <= last.begin
        or not same_sentence(m.text, prev.end, last.start)
        or not _LOOKING_BACK.fullmatch(m.text, prev.end, last.start)
    ):
        return last
    return prev


def _clocked(m: Match, last: Timex) -> Timex:
    """The clock time read with the day ``last`` ("at 4:17 a.m. on Monday ... Two hours later"): the hours count
    from it, not from midnight."""
    mentioned = m.ref.mentioned
    i = next((k for k in range(len(mentioned) - 1, max(-1, len(mentioned) - LOOKBACK), -1) if mentioned[k] is last), -1)
    if i < 1 or last.granularity != "day" or last.begin is None:
        return last
    clock = mentioned[i - 1]
    if (
        clock.type == "TIME"
        and clock.begin is not None
        and clock.begin.date() == last.begin.date()
        and clock.granularity in ("hour", "minute", "second")
        and re.fullmatch(r",?\s*(?:on\s+)?", m.text[clock.end : last.start])
    ):
        return clock
    return last


def _shifted(ref_day: date, gran: str, n: int) -> str:
    if gran in ("hour", "minute", "second"):
        return day_value(ref_day)
    return value_at(shift(ref_day, gran, n), gran)


_NOTHING_NAMED = re.compile(r"\s*(?:[.,;:!?)\"”]|$)")  # no object after "before"/"after"
_DECLARED = re.compile(r"\b(?:declared|pronounced)\s+$", re.IGNORECASE)  # "declared over": ended


def _narrated_earlier(m: Match, gran: str) -> bool:
    """True when "a month earlier", "a year earlier" goes back from the story's date, not the article's: no
    comparison of figures ("up from $3 million a year earlier"), and the story named a date with its year or
    the expression opens a sentence ("The company went public on June 9, 2021. A year earlier, it had ...")."""
    if _COMPARED.search(m.before(60)):
        return False
    last = story_last(m, finest="day", coarsest="year" if gran in ("decade", "century") else gran)
    return last is not None and last.begin is not None and (last.anchor == "absolute" or opens_sentence(m))


def ago(m: Match) -> Spec | None:
    """Counts back or forward ("two years ago", "a year earlier", "three days later"): a count of units back or forward from a reference."""
    g = m.g
    direction = norm(g["dir"])
    if direction == "prior":  # South Asian "a day prior": a day before the date the text last named
        direction = "earlier"
    if direction == "on":  # "a year on," goes on from the story's date; "a year on from the vote" counts from it
        direction = "after" if re.match(r"\s+from\b", m.after(6)) else "later"
    n = count_of(g["n"])
    if n is not None and g.get("half"):
        n += 0.5  # "a year and a half ago"
    unit = g["unit"] or ""
    letter, _, gran = unit_info(unit)
    if gran == "season":
        return None
    if letter == "W2" and n is not None and direction not in ("before", "after"):
        n, unit = n * 2, "weeks"  # "a fortnight ago": two weeks back
    on = norm(g.get("on"))
    if on and n is not None and n == int(n) and not g.get("approx"):
        # "a year ago this week": that week of the year before; the count says how far, the rest which unit
        if m.ref.day is None:
            return None
        if gran not in ("day", "week", "month", "year", "decade", "century"):
            return None
        back = shift(m.ref.day, gran, -int(n))
        what = on.split()[-1]
        if what == "today":
            return Spec("DATE", day_value(back), anchor="dct")
        if what in SEASONS:
            return Spec("DATE", f"{back.year:04d}-{SEASONS[what]}", anchor="dct")
        return Spec("DATE", value_at(back, what) + ("-WE" if what == "weekend" else ""), anchor="dct")
    approx = norm(g.get("approx"))
    # "the outbreak was declared over 42 days after ...": "over" is "ended", no "more than" and no part of the timex
    ended = approx == "over" and bool(_DECLARED.search(m.before(16)))
    if ended:
        approx = ""
    if direction in ("later", "earlier") and re.match(r"\s+than\b", m.after(6)):
        # "two years later than promised": a comparison, so the count is the gap between two times, a duration
        value, dgran = duration_value(None if g.get("n2") else n, unit)
        lstrip = after_word(m.span, approx) if approx == "about" else 0
        return Spec("DURATION", value, DURATION_MODS.get(approx, ""), anchor="", lstrip=lstrip,
                    rstrip=from_last(m.span, direction), granularity=dgran)  # fmt: skip
    if direction in ("before", "after") and g.get("n") and _NOTHING_NAMED.match(m.text, m.end):
        # "Observers arrive a week before.": nothing named to count from, so the last date the text named
        direction = "earlier" if direction == "before" else "later"
    if direction in ("before", "after"):
        if not g.get("n"):
            return event_anchored(m, direction)
        # "two days after the vote": TimeML marks the counted span as a duration; the anchor is an event.
        span = m.span
        cut = from_last(span, norm(g["dir"]))  # "two days [after]", "two years [on] from"
        # "two to 14 days after exposure": a range, an unknown count as in "six to eight weeks"
        value, dgran = duration_value(None if g.get("n2") else n, unit)
        # "sick for about a week before he was admitted": a span that lasted, so "about" stays outside as in
        # "lasted about [[six hours]]"
        lstrip = after_word(m.span, approx) if approx == "about" and re.search(r"\bfor\s+$", m.before(5)) else 0
        lstrip = after_word(m.span, "over") if ended else lstrip
        return Spec(
            "DURATION", value, DURATION_MODS.get(approx, ""), anchor="", lstrip=lstrip, rstrip=cut, granularity=dgran
        )
    if n is None and direction in ("ago", "back") and g.get("n"):
        return Spec("DATE", "PAST_REF", anchor="dct")  # "several years ago": some time in the past, not a span
    if n is None:
        # "months ago", "a few days later": TimeML marks an unknown amount of time, not a date
        value, dgran = duration_value(None, unit)
        rstrip = 0
        if direction not in ("ago", "back"):
            span = m.span
            rstrip = from_last(span, direction)
        return Spec("DURATION", value, anchor="", rstrip=rstrip, granularity=dgran)
    sign = -1 if direction in ("ago", "earlier", "previously", "back") else 1
    anaphoric = direction in ("earlier", "later", "previously")
    mod = {"about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
           "nearly": "APPROX", "almost": "APPROX", "more than": "BEFORE" if sign < 0 else "AFTER",
           "over": "BEFORE" if sign < 0 else "AFTER", "less than": "AFTER" if sign < 0 else "BEFORE"}.get(approx, "")  # fmt: skip
    lstrip = 0 if mod or not (approx or ended) else len(g["approx"] or "") + 1
    ref = m.ref
    if gran == "year" and n == int(n) and months_span_under_discussion(ref) and ref.day is not None:
        return Spec("DATE", f"{ref.day.year + sign * int(n):04d}", mod, "dct", lstrip=lstrip)
    if gran == "year" and n == int(n):
        period = ref.last_placed(finest="quarter", coarsest="half", base_only=True)
        if period is not None and period.granularity in ("quarter", "half"):
            y = int(period.value[:4]) + sign * int(n)
            return Spec("DATE", f"{y:04d}{period.value[4:]}", mod, period.timex_id, lstrip=lstrip)
    if gran == "quarter" and n == int(n) and direction == "earlier":
        # "revenue rose from a quarter earlier": the quarter before the one under discussion
        period = ref.last_placed(finest="quarter", coarsest="quarter", base_only=True)
        if period is not None and period.begin is not None and re.fullmatch(r"\d{4}-Q\d", period.value):
            return Spec("DATE", value_at(shift(period.begin.date(), "quarter", -int(n)), "quarter"), mod,
                        period.timex_id, lstrip=lstrip)  # fmt: skip
    if gran in ("year", "quarter", "month", "decade", "century"):
        # "a year earlier" in news compares with the article's own time; "two years later" goes on from the
        # time the story tells ("Elections were held in 2019. Two years later, ...")
        anaphoric = direction == "later" or (direction == "earlier" and _narrated_earlier(m, gran))
    if gran in ("decade", "century"):  # "a decade ago": about a year, ten years back
        n, gran = n * (10 if gran == "decade" else 100), "year"
    if gran == "year" and sign < 0 and not anaphoric:
        # deep time: no ISO 8601 year at the granularity of "66 million years ago", a past reference; a count
        # back past year 1 ("3,000 years ago") is a year BC, as "44 BC" is
        if n >= 10000:
            return Spec("DATE", "PAST_REF", mod, "dct", lstrip=lstrip)
        if ref.day is not None and n >= ref.day.year:
            return Spec("DATE", f"BC{int(n) - ref.day.year + 1:04d}", mod, "dct", lstrip=lstrip)
    base, anchor = ref.day, "dct"
    last_at: datetime | None = None
    if anaphoric:  # "two days later": counted from the last day (or time) the text named
        coarsest = gran if gran in ("week", "month", "quarter", "year") else "year" if gran in ("decade", "century") else "day"
        last = story_last(m, finest="day", coarsest=coarsest)
        if last is not None and gran in ("hour", "minute", "second"):
            last = _clocked(m, last)
        if last is not None and last.begin is not None:
            base, anchor, last_at = last.begin.date(), last.timex_id, last.begin
        elif gran not in ("hour", "minute", "second") and untold_past(m, sign):
            # (hours and minutes count from the article's own time stamp, as a breaking story's do)
            base = None  # "Two days later, his body was found", with no date before: a day the text never gives
    if base is None:
        return Spec("DATE", unresolved(gran), mod, "unresolved", lstrip=lstrip)
    if n != int(n) and gran in ("hour", "minute"):
        n, gran = n * 60, ("minute" if gran == "hour" else "second")
    if n != int(n):
        months = round(n * {"year": 12, "month": 1}.get(gran, 0))
        if months:
            return Spec("DATE", value_at(add_months(base, sign * months), "month"), mod, anchor, lstrip=lstrip)
        n = round(n)
    if gran in ("hour", "minute", "second"):
        delta = timedelta(**{gran + "s": sign * int(n)})
        start_at = last_at if anchor != "dct" else ref.dct
        if start_at is None or (start_at.hour, start_at.minute) == (0, 0):
            return Spec("DATE", day_value(base), mod, anchor, lstrip=lstrip)  # no clock time to count from
        dt = start_at + delta
        # hours back from the article's stamp keep the hour as the finest unit ("Posted 2 hours ago" at 16:05 is
        # T14), as "six weeks ago" keeps the week; from a clock time the text named, its minutes carry over
        by_hour = gran == "hour" and (dt.minute == 0 or anchor == "dct")
        return Spec(
            "TIME",
            dt.strftime("%Y-%m-%dT%H") if by_hour else dt.strftime("%Y-%m-%dT%H:%M"),
            mod,
            anchor,
            lstrip=lstrip,
        )
    return Spec("DATE", _shifted(base, gran, sign * int(n)), mod, anchor, lstrip=lstrip)


_WEB_UNITS = {"h": "hours", "hr": "hours", "hrs": "hours", "m": "minutes", "min": "minutes", "mins": "minutes",
              "d": "days", "w": "weeks", "wk": "weeks", "wks": "weeks", "mo": "months", "y": "years", "yr": "years",
              "yrs": "years"}  # fmt: skip


def web_ago(m: Match) -> Spec | None:
    """A web stamp's abbreviated count back ("Updated 2h ago", "5m ago"): read as the words it stands for."""
    g = dict(m.g, unit=_WEB_UNITS[norm(m.g["unit"])])
    return ago(Match(g, m.text, m.start, m.end, m.ref))


_NP_END = re.compile(
    r"[,.;:!?()\"“”]|\b(?:to|that|which|who|and|but|in|on|at|with|for|from|as|when|while|was|were|is|are|said)\b",
    re.IGNORECASE,
)


def event_anchored(m: Match, direction: str) -> Spec | None:
    """An expression such as "days after the strikes": a DATE anchored on the event named after it."""
    after = m.text[m.end : m.end + 80]
    cut = _NP_END.search(after)
    words = after[: cut.start() if cut else len(after)].strip()
    if not words or len(words.split()) > 5:
        return None
    rstrip = from_last(m.span, direction)
    mod = "AFTER" if direction == "after" else "BEFORE"
    return Spec("DATE", "XXXX-XX-XX", mod, "event:" + words, rstrip=rstrip)


_NP_START = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|this|that|[A-Z][a-z]*(?<!\bI))\b")


def _apposed_day(m: Match, direction: str) -> Spec | None:
    """"Oct. 12, the day before the plunge": in apposition to a date, the timex is "the day" and that date."""
    last = m.ref.last_placed(finest="day", coarsest="day")
    if last is None or last.begin is None or not re.fullmatch(r",\s*", m.text[last.end : m.start]):
        return None
    span = m.span
    rstrip = from_last(span, direction)
    return Spec("DATE", last.value, anchor=last.timex_id, rstrip=rstrip)


def _weekend(ref: date, tense: int) -> str:
    """The weekend meant by "the weekend": this one when the article is dated on it, else the one just past
    (the next one when the wording points ahead)."""
    if ref.isoweekday() >= 6:
        return week_value(ref) + "-WE"
    if tense > 0:
        return week_value(ref) + "-WE"
    return week_value(ref - timedelta(days=7)) + "-WE"


_ENDED = re.compile(
    r"\s+ended\s+(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|"
    r"august|september|october|november|december)\.?\s+(\d{1,2})\b",
    re.IGNORECASE,
)
# a data week named by its last day: "in the week ending Nov. 30", "the week ended Nov. 23", "the week to Friday"
_WEEK_ENDED = re.compile(
    r"\s+(?:ended|ending|to|through)\s+(?:(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b"
    r"|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
    re.IGNORECASE,
)
_IN_SPAN = re.compile(r"\b(?:in|for|during|over)\s+$", re.IGNORECASE)
_NEAR_DAY = 300  # characters: how far back a named day still anchors "in the morning"
_IN_THE = re.compile(r"\b(?:(?:earlier|later)\s+in|(?:most|much|all)\s+of)\s+$", re.IGNORECASE)
# "By evening, 500 homes had been evacuated": a bare part of the day a story reaches, on the day it is telling of
_BY_PART = re.compile(r"\b(?:by|until|till)\s+$", re.IGNORECASE)
# "late into the night", "well into the night": the night of the story's day
_INTO = re.compile(r"\binto\s+$", re.IGNORECASE)


def _night_told(m: Match, mod: str) -> Spec | None:
    """"in the middle of the night", "in the dead of night", "late into the night": the night of the day the story
    just named; else, told in the past, the night before the article (as "overnight"), looking ahead, its night;
    in the present tense a habit ("burglars strike in the middle of the night"), no timex."""
    last = story_last(m, finest="day", coarsest="day")
    if last is not None and last.begin is not None and m.start - last.end <= _NEAR_DAY:
        return Spec("TIME", f"{day_value(last.begin.date())}TNI", mod, anchor=last.timex_id)
    tense = m.tense()
    if tense == 0:
        return None
    if m.ref.day is None:
        return Spec("TIME", "XXXX-XX-XXTNI", mod, "unresolved")
    return Spec("TIME", f"{day_value(m.ref.day - timedelta(days=1 if tense < 0 else 0))}TNI", mod)
# British and Indian results: "profit in the year to March" is the twelve months ending then
_SPAN_END = re.compile(
    r"\s+(?:ended|ending|to\s+date|through|to\s+(?:the\s+end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    re.IGNORECASE,
)


def year_as_span(m: Match) -> bool:
    """True when "the (fiscal) year" is a stretch of time ("the year ended June 30", "throughout the fiscal year"),
    not the current year ("a high for the year", "lower earnings for the fiscal year")."""
    return bool(_SPAN_END.match(m.after(32)) or _SPAN_BEFORE.search(m.before(14)))


def _week_end(m: Match, ref: date) -> date | None:
    """The last day of "the week ending Nov. 30" or "the week to Friday": on or before the article date (data weeks
    are reported after they end), else a year back."""
    ended = _WEEK_ENDED.match(m.after(24))
    if ended is None:
        return None
    if ended.group(5):
        return ref - timedelta(days=(ref.isoweekday() - WEEKDAYS[ended.group(5).lower()]) % 7)
    month = MONTHS[(ended.group(1) or ended.group(4)).lower()[:3]]
    day = int(ended.group(2) or ended.group(3))
    try:
        end = date(ref.year, month, day)
        return end if end <= ref + timedelta(days=60) else date(ref.year - 1, month, day)
    except ValueError:
        return None


_SPAN_BEFORE = re.compile(r"\b(?:throughout|during|over)\s+$", re.IGNORECASE)


def anchored_day(m: Match) -> Spec | None:
    """A unit placed by a determiner: "the next day", "that week", "the day before", "this year"."""
    g = m.g
    the = norm(g.get("the"))
    rel = norm(g.get("rel"))
    pre = norm(g.get("pre"))
    unit = norm(g["unit"])
    direction = norm(g.get("dir"))
    if unit == "night" and not rel and not direction and (pre in ("the middle of", "the dead of") and the != "that"):
        return _night_told(m, "MID")
    if not the and not rel:
        if unit in DAY_PARTS and not pre and not direction and _BY_PART.search(m.before(8)) and m.tense() < 0:
            last = story_last(m, finest="day", coarsest="day")
            if last is not None and last.begin is not None and m.start - last.end <= _NEAR_DAY:
                return Spec("TIME", f"{day_value(last.begin.date())}T{DAY_PARTS[unit]}", anchor=last.timex_id)
        return None
    if is_title(m) or re.match(r"-(?:to-|finals?\b)", m.after(8)):
        return None  # "This Week" (a programme), "quarter-to-quarter", "the quarter-final"
    far = norm(g.get("far"))
    if far and the == "the" and not rel and not pre:
        if (direction, far) not in (("before", "last"), ("after", "next")):
            return None
        # "the week before last": two units back from the article's; "the night before last", two nights back
        gran = "day" if unit in DAY_PARTS else ("week" if unit == "weekend" else unit_info(unit)[2])
        if m.ref.day is None:
            return Spec("DATE", unresolved(gran), anchor="unresolved")
        d = shift(m.ref.day, gran, -2 if far == "last" else 2)
        if unit in DAY_PARTS and unit != "day":
            return Spec("TIME", f"{day_value(d)}T{DAY_PARTS[unit]}", anchor="dct")
        return Spec("DATE", value_at(d, gran) + ("-WE" if unit == "weekend" else ""), anchor="dct")
    if the == "the" and not rel and not direction and not pre and unit in DAY_PARTS:
        # "orders came in the morning": that part of the day the text just named
        last = story_last(m, finest="day", coarsest="day")
        if unit == "night" and _INTO.search(m.before(8)):
            return _night_told(m, "")
        if last is None or last.begin is None or m.start - last.end > _NEAR_DAY:
            return None
        if re.match(r"\s+(?:of|the|that|when|which|a|an|his|her|their|its|[A-Z0-9])", m.after(8)):
            return None  # "the night the plane went down", "the night of Oct. 23": defined by what follows
        return Spec("TIME", f"{day_value(last.begin.date())}T{DAY_PARTS[unit]}", anchor=last.timex_id)
    if the == "the" and unit == "day" and not rel and not direction and not pre and _IN_THE.search(m.before(12)):
        # "earlier in the day", "for most of the day": the day the story is on (as "earlier in [the year]" is its year)
        last = story_last(m, finest="day", coarsest="day")
        if last is not None and last.begin is not None and m.start - last.end <= _NEAR_DAY:
            return Spec("DATE", day_value(last.begin.date()), anchor=last.timex_id)
        if m.ref.day is None:
            return Spec("DATE", "XXXX-XX-XX", anchor="unresolved")
        return Spec("DATE", day_value(m.ref.day))
    if g.get("gone"):  # "the weekend just gone", "the month just gone": the last one
        if m.ref.day is None or unit not in ("week", "weekend", "month", "quarter", "year") or rel or pre:
            return None
        if unit == "weekend":
            return Spec("DATE", week_value(m.ref.day - timedelta(days=7)) + "-WE")
        return Spec("DATE", value_at(shift(m.ref.day, unit, -1), unit))
    if the == "the" and unit == "month" and not rel and not direction and not pre and _IN_SPAN.search(m.before(8)):
        # "Producer prices rose in November. Food costs rose 3% in the month": the month just named
        last = story_last(m, finest="month", coarsest="month")
        if last is not None and last.begin is not None and m.start - last.end <= _NEAR_DAY:
            return Spec("DATE", value_at(last.begin.date(), "month"), anchor=last.timex_id)
        return None
    if the == "the" and not rel and not direction and not pre.startswith("the "):
        if unit not in ("quarter", "week", "weekend", "year") or pre:
            return None
        if unit == "quarter":
            ended = _ENDED.match(m.after(24))
            if ended is not None and m.ref.day is not None:
                # "the quarter ended July 31" (May-July): the calendar quarter holding most of its three months
                month = MONTHS[ended.group(1).lower().rstrip(".")]
                y = m.ref.day.year - (1 if (month, int(ended.group(2))) > (m.ref.day.month, m.ref.day.day) else 0)
                middle = add_months(date(y, month, 1), -1)
                return Spec("DATE", value_at(middle, "quarter"))
            return period_spec(m.ref, unit)
        if unit == "week" and m.ref.day is not None:
            last_day = _week_end(m, m.ref.day)
            if last_day is not None:  # the seven days up to that day, valued by the ISO week holding most of them
                return Spec("DATE", week_value(last_day - timedelta(days=3)))
        if unit == "year":
            if year_as_span(m) or m.ref.day is None:
                return Spec("DURATION", "P1Y", anchor="", granularity="year")  # "for the year ended June 30"
            return Spec("DATE", value_at(m.ref.day, "year"))  # "a high for the year": the current one
        if unit == "weekend" and m.ref.day is not None:
            return Spec("DATE", _weekend(m.ref.day, m.tense()))
    if direction in ("before", "after") and the == "the" and not rel and not pre and unit in ("day", "week", *DAY_PARTS):
        follow = m.after(30)
        if re.match(r"\s+[A-Za-z]", follow) and not re.match(r"\s+(?:yesterday|today|tomorrow)\b", follow, re.I):
            # "before" heads what follows ("the day before the vote"): see _apposed_day; before a clause or a
            # verb ("the day before authorities issued", "the day before returning") it is no date of its own;
            # before a noun phrase, count from the last date the text named, most often that event's, and
            # with none named yet, from the event's own date (see tagger._resolve_event_anchors), never the article's
            apposed = _apposed_day(m, direction) if unit == "day" else None
            if unit == "day" and (apposed is not None or not _NP_START.match(m.text, m.end)):
                return apposed
            if _NP_START.match(m.text, m.end) and story_last(m, finest="day", coarsest="day") is None:
                event = event_anchored(m, direction)
                if event is not None:
                    code = DAY_PARTS.get(unit)
                    value = "XXXX-WXX" if unit == "week" else "XXXX-XX-XX" + (f"T{code}" if code else "")
                    return Spec("TIME" if code else "DATE", value, anchor=event.anchor)
    if the == "this" and rel:
        return None
    if rel == "latest" and (the != "the" or unit not in ("week", "month") or direction or pre):
        return None  # "the latest week" of data is the last whole one; "the latest day" is no reporting period
    if the == "" and rel in ("same", "that same", "very", "prior", "preceding"):
        return None
    mod = PRE_MODS.get(pre, "")
    lstrip = 0
    if pre in ("earlier", "later") and unit == "week":
        lstrip = len(m.span) - len(m.span[len(pre) :].lstrip())  # TimeBank: "earlier [this week]"
    part = DAY_PARTS.get(unit)
    gran = "day" if part else ("week" if unit == "weekend" else unit_info(unit)[2])
    rstrip = 0
    if direction and (rel or the == "this"):
        rstrip = from_last(m.span, direction)  # "next year [after]"
        direction = ""
    if direction in ("before", "earlier"):
        step = -1
    elif direction in ("after", "later"):
        step = 1
    else:
        step = {"next": 1, "following": 1, "previous": -1, "prior": -1, "preceding": -1, "latest": -1}.get(rel, 0)
    deictic = the == "this" or (the == "" and rel == "next") or (the == "the" and rel in ("", "latest") and not direction)
    ref = m.ref
    if deictic:
        base, anchor = ref.day, "dct"
        narrated = narrated_year(m) if the == "the" and unit == "year" else None
        if narrated is not None:  # "The offensive began in June 1941. By the end of the year, ...": that year
            base, anchor = date(narrated[0], 1, 1), narrated[1]
    else:
        last = story_last(m, finest="day", coarsest=gran if gran != "week" else "week")
        if last is not None and last.begin is not None:
            base, anchor = last.begin.date(), last.timex_id
        elif untold_past(m, step):
            base, anchor = None, "unresolved"  # "He had fled the city the next day", with no date before
        else:
            base, anchor = ref.day, "dct"
    if base is None:
        if part:
            return Spec("TIME", f"XXXX-XX-XXT{part}", mod, "unresolved", lstrip=lstrip, rstrip=rstrip)
        return Spec("DATE", unresolved(gran) + ("-WE" if unit == "weekend" else ""), mod, "unresolved")
    d = shift(base, gran, step)
    if part:
        return Spec("TIME", f"{day_value(d)}T{part}", mod, anchor, lstrip=lstrip, rstrip=rstrip)
    value = value_at(d, gran)
    if unit == "weekend":
        value += "-WE"
    return Spec("DATE", value, mod, anchor, lstrip=lstrip, rstrip=rstrip)


_COMPARED = re.compile(r"(?:compared\s+(?:with|to)|from)\s+(?:an?\s+)?[^.;]*?(?:[$#%]|\bcents?\b)[^.;]*$|from\s+$")

_DET_STEP = {
    "this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1, "the past": -1, "the last": -1,
    "the previous": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1, "following": 1, "the next": 1, "the coming": 1,
    "the following": 1, "that": 0, "the same": 0,
}  # fmt: skip


# "the last week of the campaign", "the last year of his life": a stretch of something told of, not the past week
_OF_EVENT = re.compile(
    r"\s+of\s+(?:the|his|her|its|their|this|that|a)\s+(?!(?:year|month|week|decade|century|quarter|season)\b)[a-z]",
    re.IGNORECASE,
)


def relative(m: Match) -> Spec | None:
    """A determiner and a calendar name: "last Friday", "next month", "this fall", "last November"."""
    g = m.g
    det = norm(g["det"])
    what = norm(g["what"])
    if (what in MONTHS or what in WEEKDAYS) and not (g["what"] or "x")[0].isupper():
        return None  # "this march" is a procession
    part = norm(g.get("part"))
    mod, lstrip = pre_mod(m)
    if det in ("the last", "the past") and what in ("week", "month", "year", "day", "weekend") and _OF_EVENT.match(
        m.after(24)
    ):
        return Spec("DURATION", duration_value(1, what)[0], anchor="")  # "the last week of the campaign": its span
    step = _DET_STEP.get(det, 0)
    ref = m.ref
    # "down 4.5% from the previous Friday": counted back from the day the text last named
    anaphoric = det in ("that", "the same", "the following", "following", "the previous", "the preceding")
    if what == "season":
        # "next season", "last season": a sports (or show's) season, no quarter of the calendar; only its side of
        # the present is known.  "that season" names one the story told of.
        if anaphoric:
            return None
        return Spec("DATE", ("PAST_REF", "PRESENT_REF", "FUTURE_REF")[(step > 0) - (step < 0) + 1], mod, "dct")
    if anaphoric:
        last = story_last(m, finest="day", coarsest="year")
        base, anchor = (
            (last.begin.date(), last.timex_id) if last is not None and last.begin is not None else (ref.day, "dct")
        )
    else:
        base, anchor = ref.day, "dct"
    if what in WEEKDAYS:
        if base is None:
            return Spec("DATE", f"XXXX-WXX-{WEEKDAYS[what]}", mod, "unresolved", lstrip=lstrip)
        # "The siege began on Monday, Oct. 7. That Friday, ...": a story goes on, to that weekday on or after its day
        tense = 1 if anaphoric and anchor != "dct" else m.tense()
        d = strictly(base, WEEKDAYS[what], step) if step else nearest_weekday(base, WEEKDAYS[what], tense)
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
    letter, is_time, gran = unit_info(what)
    if is_time:
        # "in the past hour", "the next minute": the span up to or from now ("the last-minute effort" is an adjective)
        if det.startswith("the ") and step and "-" not in m.span:
            return Spec("DURATION", f"PT1{letter}", mod, "", lstrip=lstrip)
        return None
    if letter == "W2" and det.startswith(("the ", "this ")):
        # "over the past fortnight", "in the next fortnight": the two weeks up to or from now
        return Spec("DURATION", "P2W", mod, "", lstrip=lstrip)
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
        return Spec("DATE", unresolved(gran), mod, "unresolved", lstrip=lstrip)
    if (
        gran == "quarter"
        and step <= 0
        and det in ("the past", "the last", "the previous", "the current", "the same")
    ):
        if det == "the same":
            return period_spec(ref, "quarter", 0, lstrip)
        return Spec("DATE", value_at(shift(base, "quarter", step), "quarter"), mod, anchor, lstrip=lstrip)
    if (
        gran == "year"
        and det == "last"
        and _COMPARED.search(m.before(60))
        and "this year" not in m.before(80).lower()  # "for this year, up from last year's": whole years
        and not months_span_under_discussion(ref)
    ):
        # "compared with a loss of $3 million last year": the period under discussion, a year before
        period = ref.last_placed(finest="quarter", coarsest="half", base_only=True)
        if period is not None and period.granularity in ("quarter", "half") and period.value[:4] == str(base.year):
            return Spec("DATE", f"{base.year - 1:04d}{period.value[4:]}", mod, period.timex_id, lstrip=lstrip)
    if gran in ("decade", "century") and det in ("past", "the past"):
        # "over the past decade": the ten years up to now, as "the past two decades" is twenty
        return Spec("DURATION", "P10Y" if gran == "decade" else "P100Y", mod, "", lstrip=lstrip)
    if gran == "week" and det in ("the past", "the last"):
        step = 0  # "over the past week": the seven days up to the article, mostly its own calendar week
    return Spec("DATE", value_at(shift(base, gran, step), gran), mod, anchor, lstrip=lstrip)


_HEADER_LINE = re.compile(r"[.!?\"”’]\s*$")


def same_time(m: Match) -> Spec | None:
    """"this time last year", "the same time next year": the article's day, a year back or ahead (the words
    name no coarser unit than "this time", the present day)."""
    if m.ref.day is None:
        return Spec("DATE", "XXXX-XX-XX", anchor="unresolved")
    step = 1 if norm(m.g.get("when")) == "next" else -1
    return Spec("DATE", day_value(shift(m.ref.day, "year", step)))


# Transport that runs by night: "overnight" before it names the kind of service
_OVERNIGHT_SERVICE = re.compile(r"\s+(?:trains?|flights?|bus(?:es)?|ferry|ferries|sleepers?|coach(?:es)?|services?)\b", re.IGNORECASE)
# Money-market terms: "the overnight lending rate", "overnight repo", "overnight index swaps" lend for a day, no night
_OVERNIGHT_TERM = re.compile(
    r"\s+(?:(?:interbank|lending|borrowing|policy|cash|call)\s+)?(?:rates?|lending|borrowing|(?:reverse\s+)?repos?|"
    r"index\s+swaps?|interbank|deposits?|funding|call\s+money)\b",
    re.IGNORECASE,
)
_NARRATIVE_REACH = 400  # characters: a day named this close before "overnight" is the day the story is on


_GOES_ON = re.compile(
    r"\b(?:continu\w*|last(?:ed|ing)|raged?|raging|(?:went|goes|going|dragged|carried|kept)\s+on|stretch\w*|persist\w*|"
    r"stayed|remained)\s+$",
    re.IGNORECASE,
)


def _overnight(m: Match, mod: str) -> Spec:
    """The night before the day the story is on ("shares closed lower Friday ... after overnight losses in New
    York": Thursday night), or, with no day named just before, the night before the article (the night after it
    when the clause looks ahead: "storms are expected overnight")."""
    last = story_last(m, finest="day", coarsest="day")
    if last is not None and last.begin is not None and 0 <= m.start - last.end <= _NARRATIVE_REACH:
        # "fighting broke out Friday and continued overnight": what goes on from that day, into its own night
        back = 0 if _GOES_ON.search(m.before(24)) else 1
        return Spec("TIME", f"{day_value(last.begin.date() - timedelta(days=back))}TNI", mod, last.timex_id)
    ref = m.ref.day
    if ref is None:
        return Spec("TIME", "XXXX-XX-XXTNI", mod, "unresolved")
    return Spec("TIME", f"{day_value(ref if m.tense() > 0 else ref - timedelta(days=1))}TNI", mod)


_IS_TODAY = re.compile(r"\b(?:today|tonight|it|this|which)\s*(?:is|'s|’s|marks)\s+$", re.IGNORECASE)


# "The siege began on Sept. 1. On the third day, ...": a story counting the days of what began on the day it named
_ON_NTH = re.compile(r"(?:^|[.!?][\"”’)]*\s+)on\s+$", re.IGNORECASE)
_BEGAN = re.compile(r"\b(?:beg[au]n|started|opened|erupted|broke\s+out|launched|seized|stormed|took\s+hold)\b", re.IGNORECASE)


def _counted_day(m: Match, last: Timex | None) -> Spec | None:
    """"On the third day," opening the sentence after one telling what began on a day: that day, counted on."""
    n = ordinal_value(norm(m.g.get("ord")))
    if last is None or last.begin is None or n is None or not 1 <= n <= 366 or not _ON_NTH.search(m.before(8)):
        return None
    sent_start = max(m.text.rfind(c, 0, last.start) for c in ".!?\n") + 1
    if not next_sentence(m.text, last.end, m.start) or not _BEGAN.search(m.text, sent_start, last.start):
        return None
    return Spec("DATE", day_value(last.begin.date() + timedelta(days=n - 1)), anchor=last.timex_id)


def nth_day(m: Match) -> Spec | None:
    """"Today is the eighth day of the operation", "It's the second day of an offensive": the article's day.

    Elsewhere ("on the third day of the trial") the day depends on an event the text may never date.
    """
    last = m.ref.last_placed(finest="day", coarsest="day")
    if not re.match(r"\s+(?:of|since)\b", m.after(7)):
        return _counted_day(m, last)
    if last is not None and last.begin is not None and re.fullmatch(r",\s*", m.text[last.end : m.start]):
        # "on Tuesday, the third day of the search": in apposition to a day, that day
        return Spec("DATE", day_value(last.begin.date()), anchor=last.timex_id)
    if m.ref.day is None or not _IS_TODAY.search(m.before(24)):
        return None
    return Spec("DATE", day_value(m.ref.day))


# "today's" names the article's day before the occasions and editions of that day ("today's vote", "in
# today's editions"); before other nouns it is the present in general ("today's youth", "today's computers").
_TODAYS_OCCASION = re.compile(
    r"[’']s\s+(?:[a-z]+\s+)?(?:editions?|issue|paper|newspapers?|meeting|session|vote|voting|election|talks|trading|"
    r"game|match|race|hearing|ruling|decision|announcement|speech|attacks?|quiz|show|program|broadcast|deadline|"
    r"summit|rally|protests?|report|statement|agenda|schedule|ceremony|funeral|visit|strike|press\s+conference)\b",
    re.IGNORECASE,
)


# a capitalized word inside a sentence (after another word), just before a capitalized "Today"/"Tonight"
_NAME_BEFORE = re.compile(r"[\w,’']\s+[A-Z][A-Za-z’']*\s+$")
# a capitalized deictic word after a possessive name or a common noun ("the film Tomorrow"; a title-case
# headline capitalizes its nouns, and leaves only function words such as "for" lower-case)
_TITLE_BEFORE = re.compile(
    r"\b[A-Z][A-Za-z]*['’]s\s+$|\b(?!(?:for|to|of|in|on|at|by|from|and|or|but|the|a|an|until|till|since|than|as|is|are|"
    r"was|were|be|with|after|before|about|around|until|into|over|through)\s)[a-z]{2,}\s+$"
)


def deictic(m: Match) -> Spec | None:
    """Days named from the article date: "today", "yesterday", "tonight", "the day before yesterday"."""
    g = m.g
    word = norm(g["word"])
    part = norm(g.get("part"))
    pre = norm(g.get("pre"))
    mod = PRE_MODS.get(pre, "")
    if word == "today" and (
        _is_chrome(m)
        or is_title(m)
        or (m.span[:1] == "T" and re.match(r"\s+(?:show|programme|program)\b", m.after(12)) is not None)
        or (re.match(r"[’']s\b", m.after(3)) and not part and not _TODAYS_OCCASION.match(m.after(40)))
    ):
        return None  # a site header, NBC's "Today show", or "today's youth" (the present in general)
    if word in ("today", "tonight") and not part and m.span[:1].isupper() and _NAME_BEFORE.search(m.before(30)):
        return None  # "ABC's World News Tonight", "USA Today": the last word of a name mid-sentence
    if (
        not part
        and m.span[:1].isupper()
        and not m.span.isupper()
        and not opens_sentence(m)
        and (_TITLE_BEFORE.search(m.before(30)) or name_goes_on(m))
    ):
        return None  # "Danny Boyle's Yesterday", "the film Tomorrow Never Dies": a title mid-sentence
    ref = m.ref.day
    if word == "overnight":
        if not g.get("weekday") and _OVERNIGHT_SERVICE.match(m.after(12)):
            return None  # "an overnight train to Vienna", "overnight flights": a kind of service, no night of its own
        if not g.get("weekday") and _OVERNIGHT_TERM.match(m.after(24)):
            return None  # "the overnight lending rate": the term of a loan
        if g.get("weekday"):  # "overnight Tuesday": that day's night
            d = nearest_weekday(ref, WEEKDAYS[norm(g["weekday"])], m.tense()) if ref else None
            return Spec("TIME", f"{day_value(d)}TNI" if d else "XXXX-XX-XXTNI", mod, "dct" if d else "unresolved")
        return _overnight(m, mod)
    if g.get("dayof") and ref is not None:  # "the day before yesterday"
        ref = ref + timedelta(days=-1 if "before" in norm(g["dayof"]) else 1)
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


# Nouns a weekday classifies rather than dates ("Sunday school", "his Sunday best", "a Sunday league", trains on "a
# Sunday schedule").
_WEEKDAY_KIND = re.compile(r"\s+(?:schools?|best|roast|leagues?|drivers?|schedules?|timetables?)\b", re.IGNORECASE)  # also "Sunday League", "Sunday School"


# A possessive weekday looked forward to or readied for is the coming one: "ahead of Saturday's derby", "fans are
# queuing for Sunday's final", "preparations for Saturday's race", "the consensus for Friday's jobs report"
_LOOKED_FORWARD_TO = re.compile(
    r"\b(?:ahead\s+of|(?:run|build)-?\s?up\s+to|previews?\s+of|await(?:s|ing)?|"
    r"(?:(?:is|are)\s+[a-z]+ing\s+(?:up\s+)?|prepar(?:e|es|ing|ations?)\s+|tickets\s+|(?:consensus|forecasts?|estimates?)\s+)for)\s+$",
    re.IGNORECASE,
)


_CLOCK_THEN_DAY = re.compile(r"\s*,?\s*(?:on\s+)?")
# a range of weekdays: "from Monday to Friday", "Thursday through Sunday", "between Tuesday and Thursday"
_DAY_RANGE_LINK = re.compile(r"\s*(to|through|thru|until|till|-|–|and)\s*", re.IGNORECASE)


# A weekday glossed by its date in parentheses, as Indian and Pakistani wires write it: "on Friday (March 15)",
# "on March 29 (Friday)".
_GLOSS_AFTER = re.compile(
    r"\s*\(\s*(?P<day>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\s*\)"
)
_GLOSS_BEFORE = re.compile(r"\s*\(\s*")


def _glossing_day(m: Match, wd: int) -> date | None:
    """The date a weekday is glossed with in parentheses (either way round), when it falls on that weekday."""
    after = _GLOSS_AFTER.match(m.after(30))
    if after:
        d = day_named(m, after.group("day"))[0]
    else:
        last = m.ref.mentioned[-1] if m.ref.mentioned else None
        if last is None or last.begin is None or last.granularity != "day" or not re.match(r"\s*\)", m.after(3)):
            return None
        if not _GLOSS_BEFORE.fullmatch(m.text, last.end, m.start):
            return None
        d = last.begin.date()
    return d if d is not None and d.isoweekday() == wd else None


# the story of the dated day goes on in a coordinated or subordinate clause, not the main one of today's news
_GOES_ON_WITH = re.compile(r"\b(?:and|but|then|until|till|after|since|following|before)\b", re.IGNORECASE)
_BACK_TO = re.compile(r"\b(?:after|since|following|before)\b", re.IGNORECASE)


def _told_week_day(m: Match, wd: int) -> tuple[date, str] | None:
    """A weekday in the sentence of a day given with its year, weeks away from the article ("The strike began on
    Monday, Feb. 3, 2020, and by Thursday the ports were idle"): that week's, after the day (before it after
    "after", "since", "before")."""
    last = dated_day_in_sentence(m, 3)
    if last is None or last.begin is None or (m.ref.day is not None and abs((last.begin.date() - m.ref.day).days) <= 7):
        return None
    if _aside(m, last) or not _GOES_ON_WITH.search(m.text, last.end, m.start):
        return None  # "The minister, who took office on March 1, 2023, resigned Tuesday"; "A man shot on ..., died"
    back = _BACK_TO.search(m.text, last.end, m.start) is not None
    return nearest_weekday(last.begin.date(), wd, -1 if back else 1), last.timex_id


# An abbreviated weekday standing alone (headlines, captions, listings: "Senate to vote Tues.", "Council to meet
# Wed"): capitalized, and the ones that are also words or names with their period ("Sun.", "Mon."; "Wed", "Sat"
# also after a lower-case word), never after a determiner ("Couple Wed In June", "the Sun", "took the SAT")
_WEEKDAY_ABBR_SHAPE = re.compile(r"[A-Z](?:[a-z]{2,4}|[A-Z]{2,4}(?=\.))\.?$")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|his|her|its|their|our|my|your)\s+$", re.IGNORECASE)
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+[,:]?\s+$")


def _abbreviation_stands(m: Match, word: str) -> bool:
    """Whether a weekday abbreviation with no date after it names a day."""
    if not _WEEKDAY_ABBR_SHAPE.match(word) or _DETERMINER_BEFORE.search(m.before(8)):
        return False
    if word.lower() in ("mon", "sun"):
        return False  # "Sun shipped 28,000 systems": a name far more often than a day
    if word.lower() in ("wed", "sat"):
        return _LOWER_WORD_BEFORE.search(m.before(24)) is not None and not re.match(r"\s+[A-Z]", m.after(2))
    return True


def weekday(m: Match) -> Spec | None:
    """A bare weekday: the article day when it matches, else the nearest one the wording points to."""
    g = m.g
    word = (g.get("weekday") or "").strip()
    if norm(word).rstrip(".") not in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
        if not _abbreviation_stands(m, word):
            return None
    if names_publication(m):
        return None  # "The Sunday Times", "the Mail on Sunday"
    if (g.get("part") or "")[:1].isupper() and not m.span.isupper() and (
        re.match(r"\s+[a-z]", m.after(3)) or name_goes_on(m)
    ):
        return None  # "Tuesday Morning filed", "Saturday Night Live": a capitalized part of the day in a name
    if not g.get("part") and _WEEKDAY_KIND.match(m.after(10)):
        return None  # "she taught Sunday school": a kind of thing, no day
    if re.search(r"\bBlack\s+$", m.before(6)):
        return None  # "Black Monday", "Black Tuesday": a crash named for its weekday, not a day of this week
    wd = WEEKDAYS[norm(g["weekday"]).rstrip(".")]
    mod = PRE_MODS.get(norm(g.get("pre")), "")
    if g.get("wdir"):
        last = story_last(m, finest="day", coarsest="day")
        base, anchor = (last.begin.date(), last.timex_id) if last is not None and last.begin else (m.ref.day, "dct")
        if base is None:
            return Spec("DATE", f"XXXX-WXX-{wd}", anchor="unresolved")
        return Spec("DATE", day_value(strictly(base, wd, 1 if norm(g["wdir"]) == "after" else -1)), mod, anchor)
    part = norm(g.get("part") or g.get("part0"))
    ref = m.ref.day
    # "Wednesday's ruling": a possessive weekday names a day news reports on, so the past one, unless the day is
    # looked forward to, then the coming one ("ahead of Saturday's derby", "tickets for Sunday's final").
    tense = m.tense()
    if re.match(r"[’']s\b", m.after(3)):
        tense = 1 if _LOOKED_FORWARD_TO.search(m.before(24)) else -1
    d = nearest_weekday(ref, wd, tense) if ref else None
    clock = m.ref.mentioned[-1] if m.ref.mentioned else None
    if (
        clock is not None
        and clock.type == "TIME"
        and clock.begin is not None
        and clock.begin.isoweekday() == wd
        and _CLOCK_THEN_DAY.fullmatch(m.text, clock.end, m.start)
    ):
        d = clock.begin.date()  # "at 7:05 p.m. ET on Saturday": the day the clock reading was put on
    first = clock  # the mention just before, if it opens a range of days: "from Monday to Friday"
    if (
        d is not None
        and first is not None
        and first.type == "DATE"
        and first.granularity == "day"
        and first.begin is not None
        and norm(first.text).split(" ")[-1] in WEEKDAYS
        and (link := _DAY_RANGE_LINK.fullmatch(m.text, first.end, m.start)) is not None
        and (link.group(1) != "and" or re.search(r"\bbetween\s+$", m.text[max(0, first.start - 9) : first.start]))
    ):
        d = first.begin.date() + timedelta(days=(wd - first.begin.isoweekday()) % 7)
    glossed = _glossing_day(m, wd) if not g.get("nl") else None
    if glossed is not None and not g.get("week"):
        d = glossed
    told = _told_week_day(m, wd) if glossed is None and not g.get("week") and not g.get("nl") else None
    if told is not None:
        d = told[0]
    if g.get("week") and ref is not None:
        d = nearest_weekday(ref, wd, 1) + timedelta(days=7)  # "on Tuesday week": the Tuesday after the coming one
    if g.get("nl") and ref is not None:
        d = strictly(ref, wd, 1 if norm(g["nl"]) == "next" else -1)  # "Friday next", "Tuesday last"
    dv = day_value(d) if d else f"XXXX-WXX-{wd}"
    anchor = (told[1] if told is not None else "dct") if d else "unresolved"
    if g.get("ptime"):
        hms = clock_reading(g["ptime"] or "")
        if hms is None or re.fullmatch(r"\d{1,2}", norm(g["ptime"])):
            return Spec(
                "DATE",
                dv,
                mod,
                anchor,
                rstrip=from_last(m.span, norm(g["ptime"]).split(" ")[0]),
            )
        return Spec("TIME", time_value(d, hms), mod, anchor)
    if part in DAY_PARTS and d is not None:
        # TimeBank types "Friday night" as a DATE whose value keeps the part of the day.
        return Spec("DATE", f"{dv}T{DAY_PARTS[part]}", mod, anchor)
    return Spec("DATE", dv, mod, anchor)


def new_year(m: Match) -> Spec | None:
    """"in the new year": the year that begins next, or the article's own when written in its first months."""
    ref = m.ref.day
    if ref is None:
        return Spec("DATE", "XXXX", anchor="unresolved")
    return Spec("DATE", f"{ref.year + (ref.month >= 7):04d}", anchor="dct")


def midweek(m: Match) -> Spec | None:
    """"by midweek": the middle (mod MID) of the week whose Wednesday the wording points to, so a forecast made on
    a Sunday is about the coming week and a report on a Friday about its own."""
    ref = m.ref.day
    if ref is None:
        return Spec("DATE", "XXXX-WXX", "MID", "unresolved")
    return Spec("DATE", value_at(nearest_weekday(ref, 3, m.tense()), "week"), "MID", "dct")


def part_of_day(m: Match) -> Spec | None:
    """A part of a day: "this morning", "last night", "that evening"."""
    det = norm(m.g["det"])
    code = DAY_PARTS[norm(m.g["part"])]
    ref = m.ref
    if det in ("that", "the"):
        last = story_last(m, finest="day", coarsest="day")
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


def mid_part(m: Match) -> Spec | None:
    """The middle of a part of the day: "by mid afternoon", "at mid-afternoon yesterday" (mod MID)."""
    code = DAY_PARTS[norm(m.g["part"])]
    word = norm(m.g.get("word"))
    if m.ref.day is None:
        return Spec("TIME", f"XXXX-XX-XXT{code}", "MID", anchor="unresolved")
    d = m.ref.day + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
    return Spec("TIME", f"{day_value(d)}T{code}", "MID")


_FOR_SPAN = re.compile(r"\bfor\s+$", re.IGNORECASE)
_COUNTED = re.compile(rf"(?:\d|\b(?:{NUMWORD}|a|an|few|several|many|couple|dozen|some))\s+$", re.IGNORECASE)

_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "nowadays": "PRESENT_REF", "currently": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "recent": "PAST_REF", "the past": "PAST_REF",
    "in the past": "PAST_REF", "formerly": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "a later date": "FUTURE_REF",
    # the vague time of features and opinion ("in those days", "a generation ago", "in this day and age")
    "those days": "PAST_REF", "the other day": "PAST_REF", "a generation ago": "PAST_REF",
    "this day and age": "PRESENT_REF",
    # spoken ("the other night", "a while ago", "back in the day", "still searching at this hour")
    "the other night": "PAST_REF", "the other week": "PAST_REF", "a while ago": "PAST_REF", "a while back": "PAST_REF",
    "a little while ago": "PAST_REF", "a little while back": "PAST_REF", "a short time ago": "PAST_REF",
    "the day": "PAST_REF", "this hour": "PRESENT_REF",
}  # fmt: skip


def ref(m: Match) -> Spec | None:
    """References without a date ("now", "recently", "the future") and unknown amounts ("for years")."""
    r = norm(m.g["ref"]).replace("-", " ")
    if r == "current" and not re.match(r"\s+(?!(?:is|was|were|has|had|of|and|or|in|flows?)\b)[a-z]", m.after(8)):
        return None  # the adjective only ("the current four flights"), not "the current" of a river
    if r == "current" and re.search(r"\bthen[\s-]$", m.before(6), re.IGNORECASE):
        return Spec("DATE", "PAST_REF", anchor="dct")  # "the then current chairman": current at a past time
    if r in _REFS and name_goes_on(m):
        return None  # "The Future Fund": a name
    if r in _REFS:
        lstrip = 3 if r == "in the past" else 0
        return Spec("DATE", _REFS[r], anchor="dct", lstrip=lstrip)
    words = r.split(" ")
    if words[-1] == "while":  # "for a while": TimeBank's unknown span PXX
        return Spec("DURATION", "PXX", anchor="")
    unit = words[-1]
    letter = unit_info(unit)[0]
    if words[0] in ("for", "in", "within", "over"):
        return Spec(
            "DURATION",
            f"P{'T' if unit_info(unit)[1] else ''}X{letter if unit != 'centuries' else 'C'}",
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
        letter, is_time, _ = unit_info(words[0])
        return Spec("DURATION", f"P{'T' if is_time else ''}X{letter}", anchor="")
    if words[-1] in ("later", "earlier"):  # "minutes later": an unknown amount of time
        letter = unit_info(words[-2])[0]
        is_time = unit_info(words[-2])[1]
        rstrip = from_last(m.span, words[-1])
        return Spec("DURATION", f"P{'T' if is_time else ''}X{letter}", anchor="", rstrip=rstrip)
    if words[-1] in ("before", "after", "ahead", "since"):
        if words[-1] == "ahead":
            return Spec("DURATION", f"PX{unit_info(words[-2])[0]}", anchor="")
        if words[-1] == "since":  # "It has been weeks since the vote": the time gone by
            if _COUNTED.search(m.before(16)):
                return None  # "two months since": the counted duration
            letter, is_time, _ = unit_info(words[-2])
            lstrip = 4 if words[0] == "the" else 0
            rstrip = from_last(m.span, "since")
            return Spec("DURATION", f"P{'T' if is_time else ''}X{letter}", anchor="", lstrip=lstrip, rstrip=rstrip)
        if words[0] != "the" and _FOR_SPAN.search(m.before(6)):
            # "queued for hours before the polls opened": how long, not when (as "for hours" alone)
            letter, is_time, _ = unit_info(words[-2])
            rstrip = from_last(m.span, words[-1])
            return Spec("DURATION", f"P{'T' if is_time else ''}X{letter}", anchor="", rstrip=rstrip)
        spec = event_anchored(m, words[-1]) if words[-1] in ("before", "after") else None
        if spec is not None and words[0] == "the":
            spec.lstrip = 4  # "in the days before the vote": TimeML marks "days"
        return spec
    return Spec("DURATION", f"PX{letter}", anchor="")


_TIME_ENDS = re.compile(r"\s*(?:[,.;:!?)\"”]|$|\s(?:that|and|but|because)\b)", re.IGNORECASE)
_SAYING_BEFORE = re.compile(r"\b(?:said|saying|says|told|telling|wrote|writing|noted|noting)\s+$", re.IGNORECASE)


def then_ref(m: Match) -> Spec | None:
    """Anaphoric "then" ("By then", "Back then", "Until then"): the date the story last placed on the calendar
    (passing over one quoted or in an aside); "back then" with none is some past time.  "At that time", "by that
    time" likewise; "at the time" is ``PAST_REF`` as TimeBank has it ("saying at the time he was willing", after a
    date), and no timex of its own when what follows defines it ("at the time of the crash", "At the time the shots
    were fired, ...") or the clause looks ahead; "by then" told in the past with no date before is some past time."""
    if m.g.get("tprep"):
        lstrip = len(m.g["tprep"] or "") + 1
        saying = _SAYING_BEFORE.search(m.before(16)) is not None  # "saying at the time he would ...": then
        if not _TIME_ENDS.match(m.after(12)) and not saying:
            return None  # "at the time of the crash", "At the time the shots were fired": defined by what follows
        if norm(m.g["tthe"]) == "the" and norm(m.g["tprep"]) != "at":
            return None  # "by the time" opens a clause
        if norm(m.g["tthe"]) == "the":
            return Spec("DATE", "PAST_REF", anchor="dct", lstrip=lstrip) if saying or m.tense() <= 0 else None
    else:
        lstrip = len(m.span) - 4
    last = story_last(m, finest="day", coarsest="year")
    if last is None or last.begin is None:
        if norm(m.g["prep"]) == "back" or m.tense() < 0:
            return Spec("DATE", "PAST_REF", anchor="dct", lstrip=lstrip)
        return None
    return Spec(
        last.type,
        last.value,
        anchor=last.timex_id,
        lstrip=lstrip,
        interval=(last.begin, last.end_) if last.end_ is not None else None,
        granularity=last.granularity,
    )


def count_from(m: Match) -> Spec | None:
    """"a week from Friday", "a fortnight on Saturday", "two weeks from today": the day so far on from the day named.

    The named weekday is the coming one: the phrase sets a date ahead ("the vote is a week from Friday").
    """
    g = m.g
    n = 1 if g.get("base_first") else count_of(g["n"] or g["n_on"])  # "this day fortnight": one fortnight on
    if n is None or n != int(n):
        return None
    letter, _, gran = unit_info(g["unit"] or g["unit_on"] or g.get("unit_after") or "")
    if letter == "W2":
        n, gran = n * 2, "week"
    ref = m.ref.day
    if ref is None:
        return Spec("DATE", "XXXX-XX-XX", anchor="unresolved")
    base_word = norm(g["base"] or g.get("base_first"))
    if base_word in WEEKDAYS:
        base = nearest_weekday(ref, WEEKDAYS[base_word], 1)
    else:
        base = ref + timedelta(days=1 if base_word == "tomorrow" else 0)
    return Spec("DATE", day_value(shift(base, gran, int(n))), anchor="dct")

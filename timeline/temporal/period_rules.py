"""Normalizers for financial periods: quarters and halves ("the third quarter", "Q3 2017", "the year-earlier
period"), fiscal years, and the period under discussion that comparisons ("a year ago") refer to.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from .interval import add_months, quarter_of, value_at
from .relative_rules import ago, story_last, year_as_span
from .spec import (
    Match,
    Spec,
    closest_year,
    month_num,
    months_span_under_discussion,
    norm,
    period_spec,
    period_value,
    pre_mod,
    unresolved,
    year_of,
)

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
    "holiday": 4,  # retailers' and device makers' October-December quarter
    # a quarter named by the month it ends in is the calendar quarter holding most of its months: "the July quarter"
    # (May-July) is the second, "the January quarter" (November-January) the fourth of the year before
    "january": 4,
    "february": 1,
    "april": 1,
    "may": 2,
    "july": 2,
    "august": 3,
    "october": 3,
    "november": 4,
}

_MONTH_QUARTERS = frozenset("january february april may july august october november".split())


_FINANCE = re.compile(
    r"\b(?:profits?|earnings|revenues?|sales|fiscal|quarter(?:ly)?|net\s+income|results|losses|growth|economy|"
    r"GDP|inflation|shares?|stocks?|prices|percent|demand|guidance|outlook|forecasts?|margins?|orders|bookings|"
    r"shipments|CFO|deal|merger|acquisition|takeover|transaction)\b|%",
    re.IGNORECASE,
)


# Outlook verbs in the present ("sees orders improving in the back half", "expects fourth-quarter revenue of"):
# a period named after them lies ahead, though the tense reads as the present.
_OUTLOOK = re.compile(
    r"\b(?:expects?|expected|sees?|forecasts?|projects?|predicts?|anticipates?|guides?|guided|targets?|"
    r"outlook|guidance)\b[^.;!?]*$",
    re.IGNORECASE,
)


# A period's results are published after it ends: "will report fourth-quarter results" in January is last year's.
_RESULTS = re.compile(r"\s+(?:results|earnings|report|numbers|figures)\b", re.IGNORECASE)


def _ahead(m: Match) -> bool:
    """True when the clause points ahead: a future tense, or an outlook verb before the period."""
    return m.tense() > 0 or _OUTLOOK.search(m.before(80)) is not None


# A game is played in quarters, halves and periods too: a score or a goal in the sentence says which.
_GAME = re.compile(
    r"\b(?:(?<!credit\s)(?:out)?scor(?:e|ed|es|ing)|goals?|touchdowns?|conceded?|penalt(?:y|ies)|equali[sz](?:er|ed)|"
    r"interceptions?|half-?time|kick-?off|innings?|free\s+throws?|field\s+goals?|hat-?trick|fumbl(?:e|es|ed|ing)|"
    r"sack(?:s|ed)|quarterback|yards|(?:trail(?:s|ed|ing)|led|leading)\s+by\s+\d+\s+points)\b",
    re.IGNORECASE,
)
_SENTENCE_EDGE = re.compile(r"[.!?]\s|\n")


def _in_game(m: Match) -> bool:
    """True when the sentence around the expression tells of a game ("scored in the fourth quarter")."""
    before = _SENTENCE_EDGE.split(m.before(120))[-1]
    after = _SENTENCE_EDGE.split(m.after(120))[0]
    return _GAME.search(before) is not None or _GAME.search(after) is not None


def quarter(m: Match) -> Spec | None:
    """Quarters and halves: "the third quarter", "third-quarter", "the first half of 1990", "the latest period"."""
    g = m.g
    if not g.get("year") and re.match(r"\s+of\s+the\b", m.after(8)):
        return None  # "the last half of the '80s": the decade is the timex
    if not (g.get("year") or g.get("poss") or g.get("det") or g.get("fiscal1")) and _in_game(m):
        return None  # "14 points in the fourth quarter", "two second-half goals": a period of play
    ordw = norm(g.get("ord"))
    unit = (norm(g.get("unit")) or "quarter").rstrip("s")
    if (norm(g.get("unit")) == "quarters") != bool(g.get("ord2")):
        return None  # "the third quarters" / "the second and third quarter"
    poss = norm(g.get("poss"))
    ref = m.ref
    written = g.get("year") or g.get("oyear") or g.get("fyear")  # "of 2024", "the March 2013 quarter", "of FY14"
    year: int | None = year_of(written) if written else None
    if year is None and poss:
        py = re.search(r"(\d{4})", poss)  # "2024's", "fiscal 2024's"
        if py:
            year = int(py.group(1))
        elif ref.day is not None and "year" in poss:
            year = ref.day.year + {"this": 0, "last": -1, "next": 1}[poss.split(" ")[0]]
    if year is None and g.get("det") and ref.day is not None:
        if norm(g["det"]) != "the":  # "of the year" is placed like a bare "the second half", by the wording
            year = ref.day.year + {"this": 0, "last": -1, "next": 1}[norm(g["det"])]
    anchor = "absolute" if written else "dct"
    lstrip = 0
    if poss in ("its", "the company's", "the company’s"):
        lstrip = m.span.lower().find(poss) + len(poss)
    elif re.match(r"the\s+(?:fiscal\s+)?\w+-(?:quarter|half)\b", m.span, re.IGNORECASE) and not poss:
        lstrip = 4  # "the third-quarter loss": the timex is the adjective
    ya = norm(g.get("ya"))
    if g.get("pyear"):
        found = None if months_span_under_discussion(ref) else period_value(ref, "quarter")
        y = int(g["pyear"] or 0)
        if found is not None and re.match(r"\d{4}-[QH]", found[0]):
            return Spec("DATE", f"{y:04d}{found[0][4:]}", anchor=found[1])
        return Spec("DATE", f"{y:04d}", anchor="absolute")
    if ordw in ("year earlier", "year ago", "prior year", "previous year", "year before") or (
        ya and ordw in ("quarter", "period")
    ):
        return period_spec(ref, unit, -1, lstrip)
    if ordw in ("latest", "current", "past", "previous", "same", "fiscal", "last", "final") and unit != "half":
        if ordw in ("last", "final") and year is None and norm(g.get("det")) == "the" and ref.day is not None:
            year = ref.day.year  # "the final quarter of the year": its fourth, not the one just past
        if ordw in ("last", "final") and (year is not None):
            return Spec("DATE", f"{year:04d}-Q4", anchor=anchor)
        if unit == "period" and ordw not in ("latest", "same", "current"):
            return None
        if ref.day is None:
            return Spec("DATE", unresolved("quarter"), anchor="unresolved")
        if ordw == "current":
            return Spec("DATE", value_at(ref.day, "quarter"))
        if ordw == "previous":  # the one before the quarter the text reports on, else before the current one
            found = period_value(ref, "quarter")
            if found is not None and found[1].startswith("t") and re.fullmatch(r"\d{4}-Q[1-4]", found[0]):
                y, named = int(found[0][:4]), int(found[0][-1])
                return Spec("DATE", f"{y - (named == 1):04d}-Q{(named - 2) % 4 + 1}", anchor=found[1])
        if ordw in ("past", "previous", "last"):
            return Spec("DATE", value_at(add_months(ref.day, -3), "quarter"))
        if ordw == "latest" and ref.day is not None:
            return Spec(
                "DATE", value_at(add_months(ref.day, -3), "half" if unit == "half" else "quarter"), lstrip=lstrip
            )
        return period_spec(ref, unit, 0, lstrip)
    if unit == "period":
        return None
    if unit == "half":
        # "the back half" of the year is the business word for its second half
        n = {"first": 1, "second": 2, "1st": 1, "2nd": 2, "last": 2, "final": 2, "front": 1, "back": 2}.get(ordw)
        if n is None:
            return None
        if (
            year is None
            and not g.get("fiscal1")
            and not g.get("det")
            and not _FINANCE.search(m.text, max(0, m.start - 300), m.end + 300)
        ):
            return None  # "in the second half" of a match, a film, a speech
        if year is None:
            if ref.day is None:
                return Spec("DATE", "XXXX-H" + str(n), anchor="unresolved")
            year = ref.day.year if (n == 1 or ref.day.month > 6 or _ahead(m)) else ref.day.year - 1
        return Spec("DATE", f"{year:04d}-H{n}", anchor=anchor, lstrip=lstrip)
    q = _QUARTER_ORD.get(ordw)
    if q is None:
        return None
    if ordw in _MONTH_QUARTERS and not (g.get("ord") or "")[:1].isupper():
        return None  # "may quarter": a month names the quarter only with its capital
    if ordw == "january" and year is not None and written:
        year -= 1  # "the January 2024 quarter" is November 2023 to January 2024
    if year is None:
        if ref.day is None:
            return Spec("DATE", f"XXXX-Q{q}", anchor="unresolved", lstrip=lstrip)
        if ya:
            found = period_value(ref, "quarter", -1)
            year = int(found[0][:4]) if found else ref.day.year - 1
            return Spec("DATE", f"{year:04d}-Q{q}", anchor=found[1] if found else "dct", lstrip=lstrip)
        year = ref.day.year
        current = quarter_of(ref.day)
        if q > current and (not _ahead(m) or (q == 4 and current == 1 and _RESULTS.match(m.after(12)))):
            year -= 1
    interval = None
    q2 = _QUARTER_ORD.get(norm(g.get("ord2")))
    if q2 is not None:  # "the second and third quarters": one timex covering both
        if q2 <= q:
            return None
        interval = (datetime(year, 3 * q - 2, 1), datetime(year + (q2 == 4), (3 * q2) % 12 + 1, 1))
    return Spec("DATE", f"{year:04d}-Q{q}", anchor=anchor, lstrip=lstrip, interval=interval)


def _fiscal_end_year(y: str) -> int:
    """The year a fiscal year ends in: "1997-98" and "2023/24" end in the second year, "24" is 2024."""
    if "-" in y or "/" in y:
        a, b = re.split(r"[-/]", y)
        return year_of(a) + 1 if len(b) == 2 else int(b)
    return year_of(y)


def fiscal_year(m: Match) -> Spec | None:
    """Fiscal years ("fiscal 1998", "fiscal 1997-98"), named by the year they end in."""
    year = _fiscal_end_year(m.g["year"] or m.g.get("year2") or "")
    mod, lstrip = pre_mod(m)
    span = m.g["year"] or ""
    if norm(m.g.get("fiscal")) == "school" and re.fullmatch(r"\d{4}[-/]\d\d", span):
        # "school year 2024-25" is the span of years, valued by its first as "the 2024-25 school year" is; the
        # noun "school year" is left out of the extent there, so here too
        return Spec("DATE", f"{year - 1:04d}", mod, "absolute", lstrip=len(m.span) - len(span),
                    interval=(datetime(year - 1, 1, 1), datetime(year + 1, 1, 1)))  # fmt: skip
    return Spec("DATE", f"{year:04d}", mod, "absolute", lstrip=lstrip)


def period_year(m: Match) -> Spec | None:
    """The period under discussion, in the year named ("the 1988 period")."""
    return quarter(m)


def quarter_pair(m: Match) -> Spec | None:
    """"the first two quarters of 1990" is its first half; "the last two quarters" with no year is a span back
    from now, not the second half."""
    which = norm(m.g["which"])
    if m.g.get("year"):
        return Spec("DATE", f"{year_of(m.g['year'] or '')}-H{1 if which == 'first' else 2}", anchor="absolute")
    if which != "first":
        return None
    if m.ref.day is None:
        return Spec("DATE", "XXXX-H1", anchor="unresolved")
    return Spec("DATE", f"{m.ref.day.year:04d}-H1")


def period_ago(m: Match) -> Spec | None:
    """The period under discussion a year before: "the quarter a year ago", "the same month last year"."""
    if re.match(r"the\s+(?:\w+\s+)?month\b", m.span, re.IGNORECASE):
        last = story_last(m, finest="month", coarsest="month")
        if last is not None and last.begin is not None:  # "prices in October were higher than in the same month last year"
            return Spec("DATE", value_at(date(last.begin.year - 1, last.begin.month, 1), "month"), anchor=last.timex_id)
        if m.ref.day is None:
            return Spec("DATE", unresolved("month"), anchor="unresolved")
        return Spec("DATE", value_at(date(m.ref.day.year - 1, m.ref.day.month, 1), "month"))
    return period_spec(m.ref, "quarter", -1)


def year_ago_adj(m: Match) -> Spec | None:
    """The adjective "year-earlier": the period under discussion a year before, else the previous year."""
    return ago(Match({"n": "a", "unit": "year", "dir": "ago", "approx": None}, m.text, m.start, m.end, m.ref))


def fiscal_period(m: Match) -> Spec | None:
    """Named fiscal periods: "year-end", "the full year", "the fiscal year", "the current fiscal year"."""
    g = m.g
    ref = m.ref.day
    lstrip = 0
    pre = norm(g.get("pre"))
    if pre in ("by", "at", "until"):
        lstrip = len(m.span) - len(m.span[len(pre) :].lstrip())
    if g.get("yearend"):
        if ref is None:
            return Spec("DATE", "XXXX", "END", "unresolved", lstrip=lstrip)
        # in January, or told in the past early in the year ("bad loans fell at the year-end"), the one just gone
        year = ref.year if ref.month > 3 or (ref.month > 1 and m.tense() >= 0) else ref.year - 1
        return Spec("DATE", f"{year:04d}", "END", lstrip=lstrip)
    if g.get("monthend"):
        if ref is None:
            return Spec("DATE", "XXXX-XX", "END", "unresolved", lstrip=lstrip)
        step = {"last": -1, "next": 1}.get(norm(g.get("mdet")), 0)
        return Spec("DATE", value_at(add_months(ref, step), "month"), "END", lstrip=lstrip)
    if g.get("fdet"):  # "this fiscal", "next fiscal": the fiscal year, valued by the article's year as "this fiscal year"
        if ref is None:
            return Spec("DATE", "XXXX", anchor="unresolved", lstrip=lstrip)
        step = {"next": 1, "coming": 1, "last": -1, "previous": -1}.get(norm(g["fdet"]), 0)
        return Spec("DATE", f"{ref.year + step:04d}", lstrip=lstrip)
    if g.get("midyear"):
        if ref is None:
            return Spec("DATE", "XXXX", "MID", "unresolved", lstrip=lstrip)
        return Spec("DATE", f"{ref.year:04d}", "MID", lstrip=lstrip)
    if g.get("ytd"):
        if ref is None:
            return Spec("DATE", "XXXX", anchor="unresolved", lstrip=lstrip)
        return Spec("DATE", value_at(ref, norm(g.get("tdunit") or "year")), lstrip=lstrip)
    if g.get("full"):
        if g.get("fyear"):
            return Spec("DATE", g["fyear"] or "", anchor="absolute", lstrip=lstrip)
        if ref is None:
            return Spec("DATE", "XXXX", anchor="unresolved", lstrip=lstrip)
        if ref.month <= 3 and _RESULTS.match(m.after(12)):
            return Spec("DATE", f"{ref.year - 1:04d}", lstrip=lstrip)  # last year's results, out early this year
        return Spec("DATE", f"{ref.year:04d}", lstrip=lstrip)
    kind = norm(g.get("kind"))
    if kind == "fiscal" and (ref is None or year_as_span(m)):
        return Spec("DURATION", "P1Y", anchor="", granularity="year", lstrip=lstrip)
    if ref is None:
        return Spec("DATE", "XXXX", anchor="unresolved", lstrip=lstrip)
    year = ref.year - (1 if kind.split(" ")[0] in ("latest", "past", "previous", "prior") else 0)
    return Spec("DATE", f"{year:04d}", lstrip=lstrip)


def period_code(m: Match) -> Spec | None:
    """Financial shorthand: "Q3 2017", "3Q", "H1", "FY2017", "the April-June quarter"."""
    g = m.g
    ref = m.ref.day
    if g.get("code"):
        code = g["code"] or ""
        kind = "H" if "h" in code.lower() else "Q"
        if not code.isupper() and not (code[0].isdigit() and kind == "Q"):
            return None  # "q3", "h1" or "1h" (an hour) in lower case is rarely a period
        n = int(re.sub(r"\D", "", code))
        if kind == "H" and n > 2:
            return None
        if g.get("year"):
            year, anchor = year_of(g["year"] or ""), "absolute"
        elif g.get("rel") and ref is not None:  # "Q1 next year"
            year, anchor = ref.year + {"this": 0, "last": -1, "next": 1}[norm(g["rel"])], "dct"
        elif ref is not None:
            current = quarter_of(ref) if kind == "Q" else (1 if ref.month <= 6 else 2)
            year, anchor = ref.year - (1 if n > current and not _ahead(m) else 0), "dct"
        else:
            return Spec("DATE", f"XXXX-{kind}{n}", anchor="unresolved")
        return Spec("DATE", f"{year:04d}-{kind}{n}", anchor=anchor)
    if g.get("fy"):
        if not re.match(r"FY|CY|fiscal", m.span, re.IGNORECASE) or (
            m.span[:2].lower() in ("fy", "cy") and not m.span[:2].isupper()
        ):
            return None
        return Spec("DATE", f"{_fiscal_end_year(g['fyear'] or ''):04d}", anchor="absolute")
    m1, m2 = month_num(g["m1"] or ""), month_num(g["m2"] or "")
    span = (m2 - m1) % 12 + 1
    if span not in (3, 6) or ref is None:
        return None
    end_month_year = closest_year(ref, m2, 28, m.tense())
    if m.tense() < 0 and date(end_month_year, m2, 1) > ref:
        end_month_year -= 1  # "fell in the October-December quarter" said in October: that quarter has not ended
    if span == 3 and m1 % 3 == 1:
        return Spec("DATE", f"{end_month_year:04d}-Q{(m2 - 1) // 3 + 1}")
    start = add_months(date(end_month_year, m2, 1), -(span - 1))
    end = add_months(date(end_month_year, m2, 1), 1)
    return Spec(
        "DATE",
        f"{start.year:04d}-{start.month:02d}",
        interval=(datetime.combine(start, datetime.min.time()), datetime.combine(end, datetime.min.time())),
    )

"""What every normalizer shares: the match it reads (``Match``), the decision it returns (``Spec``), and
the small readers of words (modifiers, months, units, years) and of the calendar (nearest year) they all use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from ..records import Timex
from .interval import add_months, value_at
from .lexicon import MONTHS, UNITS, number_value
from .reference import Reference, tense_at


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
    "end of": "END", "end": "END", "beginning of": "START", "start of": "START", "around": "APPROX", "about": "APPROX",
    "turn of": "START", "the turn of": "START", "turn of the": "START", "the turn of the": "START",
    "the back end of": "END", "the tail end of": "END",  # British: "the back end of the year"
    "mid to late": "END", "early to mid": "START",  # "the mid-to-late 2020s"
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


def norm(s: str | None) -> str:
    return _WS.sub(" ", s.lower()).strip() if s else ""


def pre_mod(m: Match) -> tuple[str, int]:
    """The modifier named by the ``pre`` group and how many leading characters to drop (for since/by)."""
    pre = norm(m.g.get("pre"))
    if not pre:
        return "", 0
    if pre in _STRIP_PRE:
        span = m.span
        return "", len(span) - len(span[len(pre) :].lstrip(" \t\n-"))
    return PRE_MODS.get(pre, ""), 0


def after_word(span: str, word: str) -> int:
    """The offset just after the first whole ``word`` in ``span`` and the spaces that follow it."""
    found = re.search(rf"\b{re.escape(word)}\b\s*", span, re.IGNORECASE)
    return found.end() if found else 0


def from_last(span: str, word: str) -> int:
    """How many characters to cut off ``span`` to drop its last ``word`` and what follows ("two days [after]")."""
    return len(span) - len(span[: span.lower().rfind(word)].rstrip())


def month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def unit_info(word: str) -> tuple[str, bool, str]:
    w = word.lower()
    if w in ("centuries",):
        return UNITS["century"]
    if w.startswith("millenni"):
        return UNITS["millennium"]
    w = w[:-1] if w.endswith("s") and w[:-1] in UNITS else w
    return UNITS.get(w, UNITS.get(w + "s", ("D", False, "day")))


def unresolved(granularity: str) -> str:
    return {
        "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
        "half": "XXXX-HX", "season": "XXXX-XX", "year": "XXXX", "decade": "XXX", "century": "XX",
    }.get(granularity, "XXXX-XX-XX")  # fmt: skip


def year_of(y: str) -> int:
    """A year written with two or four digits ('98 -> 1998, '05 -> 2005) or in words ("nineteen ninety-four")."""
    if y[:1].isalpha():
        return words_year(y) or 0
    digits = y.strip("'’")
    n = int(digits)
    if len(digits) == 2:
        return 1900 + n if n >= 30 else 2000 + n
    return n


def words_year(words: str) -> int | None:
    """1996 for "nineteen ninety-six", 2000 for "two thousand", 2003 for "two thousand and three"."""
    parts = norm(words).replace(" and ", " ").split(" ")
    if parts[0] == "nineteen":
        rest = number_value(" ".join(parts[1:]))
        return None if rest is None or rest >= 100 else 1900 + int(rest)
    if parts[0] == "twenty" and len(parts) > 1:  # "twenty twelve", "twenty oh eight"
        rest = number_value(" ".join(p for p in parts[1:] if p != "oh"))
        return None if rest is None or rest >= 100 else 2000 + int(rest)
    if parts[:2] == ["two", "thousand"]:
        rest = number_value(" ".join(parts[2:])) if len(parts) > 2 else 0
        return None if rest is None or rest >= 100 else 2000 + int(rest)
    return None


# A future cue in the clause of a calendar day ("takes effect Jan. 1", "will meet on May 5") is rarely wrong
# about direction: a past day must be this much nearer to win.  (Not for periods: "results for the April-June
# quarter are due" looks ahead from a quarter that is over.)
FUTURE_CUE_WEIGHT = 10
# News style (AP and most desks) writes the year of a date only when it is not the current one: with no tense cue,
# "on Nov. 5" and "in November" in a July story are this year's, though last year's lie nearer the looking-back
# reading.  A date in last year must then be this much nearer to win ("on Dec. 28" in a Jan. 5 story still is);
# one early next year is not held back ("certifies the results on Jan. 6" in November).
OTHER_YEAR = 2.0
UNMARKED_FUTURE = 3.5  # how much farther a past date may be than a future one when the wording is neutral


def closest_year(
    ref: date,
    month: int,
    day: int,
    tense: int,
    slack: int = 7,
    weight: float = 3,
    future_weight: float | None = None,
    other_year: float = 1,
) -> int:
    """The year that puts month/day nearest the reference; the wording breaks near-ties (news looks back).

    ``future_weight`` (default ``weight``) is how much nearer a past date must be to win against a future cue;
    ``other_year`` how much nearer a date in the year before the article's must be when no cue points either way.
    """
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
        score = abs(gap) * ((weight if tense < 0 else future_weight or weight) if against else 1)
        score += 0.5 if against else 0
        if tense == 0 and gap > slack:
            score = gap * UNMARKED_FUTURE  # with no cue either way, news looks back: the past reading is favoured
        if y < ref.year and tense == 0:
            score *= other_year
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


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')]*\s+[\"“‘(]*[A-Z0-9]|\n\s*\n")


def same_sentence(text: str, a: int, b: int) -> bool:
    """True when no sentence boundary lies between offsets ``a`` and ``b`` (at most a few hundred characters)."""
    return 0 <= b - a < 400 and _SENTENCE_BREAK.search(text, a, b) is None


def dated_day_in_sentence(m: Match, look: int) -> Timex | None:
    """The latest of the last ``look`` dates mentioned, when it is a day given with its year in the sentence of
    ``m`` ("Troops entered the town on April 9, 2022, ... on March 19"): the day the sentence tells of."""
    last = next((t for t in reversed(m.ref.mentioned[-look:]) if t.type in ("DATE", "TIME")), None)
    if (
        last is None
        or last.anchor != "absolute"
        or last.granularity != "day"
        or last.begin is None
        or not same_sentence(m.text, last.end, m.start)
    ):
        return None
    return last


# "from 10 p.m.", "between 2 and 4 a.m.": the word opening a range, right before its first member
RANGE_FROM = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def next_sentence(text: str, a: int, b: int) -> bool:
    """True when offset ``b`` lies in the sentence right after the one holding ``a``, in the same paragraph."""
    if not 0 <= b - a < 400 or "\n" in text[a:b]:
        return False
    breaks = _SENTENCE_BREAK.finditer(text, a, b)
    return next(breaks, None) is not None and next(breaks, None) is None


_NARRATED_REACH = 400  # characters back to the date a history is telling of
_RANGE_YEAR = re.compile(
    r"\s*(?:-|–|to|until|till|through|and)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:of\s+)?"
    r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?P<year>(?:1\d|20)\d\d)\b"
)


def range_year(m: Match, month: int) -> int | None:
    """The year of a range's first member written only with the second: "from June to August 1942", "from 17 July
    to 2 August 1945"; a year back when the months turn over ("from November to February 1943")."""
    found = _RANGE_YEAR.match(m.after(40))
    if found is None or found.group("month").lower() not in MONTHS:
        return None
    return int(found.group("year")) - (MONTHS[found.group("month").lower()] < month)


# A date that opens its sentence ("In March, ...", "On 6 June, ...", "By the spring, ..."): the story's next step.
_FRONTED = re.compile(
    r"(?:^|[.!?][\"”’')]*\s+|\n\s*)[\"“(]*(?:(?:in|on|by|during|until|till|early|late|mid|at)\s+)?(?:the\s+)?$", re.IGNORECASE
)
# A year the text counts from or to is no time it narrates ("profits since 1980", "cases dating to 1994").
_SPAN_EDGE = re.compile(r"\b(?:since|dating(?:\s+back)?\s+to|from|through|until|till|as\s+early\s+as)\s+$", re.IGNORECASE)


_HISTORY_YEARS = 50


def narrated_year(m: Match) -> tuple[int, str] | None:
    """The year a history is telling of, for a month, day or season named without one: "In 1917 the tsar
    abdicated. In March, ...".  Without an article date, the year of the last date the text gave.  With one, only
    where history is plainly told: that year lies years from the article's, the month opens its sentence as the
    story's next step, and the wording does not point ahead; news naming a month in passing ("arrested in
    December") keeps reading it against its own date.  Returns (year, anchor id)."""
    last = m.ref.last_placed(finest="day", coarsest="year")
    if last is None or last.begin is None or last.anchor in ("dct", "unresolved") or m.start - last.end > _NARRATED_REACH:
        return None
    if m.ref.day is not None and (
        abs(m.ref.day.year - last.begin.year) < 2
        # after a bare year, news background ("founded in 1998. In March, it ...") means the article's March;
        # only a year beyond living memory of the news is history being told
        or (last.granularity not in ("day", "month", "season") and m.ref.day.year - last.begin.year < _HISTORY_YEARS)
        or not _FRONTED.search(m.text[max(0, m.start - 20) : m.start])
        or _SPAN_EDGE.search(m.text[max(0, last.start - 20) : last.start])
        or m.tense() > 0
        or _background_year(m.text, last, m.start)
    ):
        return None
    return last.begin.year, last.timex_id


# A year given as background to a present-day story: in an aside after a participle ("The bridge, built in 1932,
# is closed"), or in a sentence that goes on in the present ("was founded in 1950 and now employs 5,000").
_BACKGROUND_BEFORE = re.compile(
    r"[,(]\s*(?:[a-z]+\s+){0,2}(?:founded|built|established|created|formed|opened|launched|born|set\s+up|started|"
    r"completed|incorporated|acquired|bought)\s+(?:in\s+)?$"
)
_PRESENT_AFTER = re.compile(
    r"\bnow\b|,\s+(?:is|are|has|have|remains|employs|runs|operates)\b|\b(?:and|but)\s+(?:still\s+)?(?:is|are|has|have)\b"
)


def _background_year(text: str, year: Timex, month_start: int) -> bool:
    """True when the year the story last gave is background to a present-day sentence, not history being told."""
    if _BACKGROUND_BEFORE.search(text, max(0, year.start - 40), year.start):
        return True
    brk = _SENTENCE_BREAK.search(text, year.end, month_start)
    return _PRESENT_AFTER.search(text, year.end, brk.start() if brk else month_start) is not None


# A war, rising or accord named by a time ("the Thirty Years' War", "the Six-Day War", "the Yom Kippur War", "the
# Easter Rising", "the Good Friday Agreement"): a name, not the span or day it mentions.
_EVENT_NAME = re.compile(
    r"(?:['’]s?)?[\s-]+(?:War|Wars|Rising|Uprising|Offensive|Revolution|Rebellion|Revolt|Agreement|Accords?|Truce|"
    r"Massacre|Crisis|Campaign|Raid|Riots?)\b"
)


def names_event(m: Match) -> bool:
    """True when the matched words name a war or other event with the capitalized noun after them."""
    return _EVENT_NAME.match(m.text, m.end) is not None


def months_span_under_discussion(ref: Reference) -> bool:
    """True when the text last named a span of months ("the first nine months") rather than a quarter or half:
    a comparison with "a year earlier" then means that span's year, written as the year."""
    for t in reversed(ref.mentioned[-_PERIOD_LOOKBACK:]):
        if t.type == "DURATION" and t.value in ("P6M", "P9M") and "month" in t.text.lower():
            return True
        if t.type == "DATE" and t.begin is not None and t.granularity in ("quarter", "half"):
            if not t.anchor.startswith("t"):
                return False
    return False


_PERIOD_LOOKBACK = 20


def _first_reported_period(ref: Reference) -> Timex | None:
    """The first quarter or half the text named that had ended by the article date: the one a report is about."""
    for t in ref.mentioned:
        if t.anchor.startswith("t") or t.type != "DATE" or t.begin is None or t.end_ is None:
            continue
        if t.granularity in ("quarter", "half") and (ref.dct is None or t.end_ <= ref.dct):
            return t
    return None


def period_value(ref: Reference, unit: str, shift_years: int = 0) -> tuple[str, str] | None:
    """The financial period under discussion and its anchor: the last quarter/half the text named (not one it
    derived), else the latest complete quarter before the article date."""
    last = _first_reported_period(ref)
    if last is not None:
        y = int(last.value[:4]) + shift_years
        return f"{y:04d}{last.value[4:]}", last.timex_id
    if ref.day is None:
        return None
    d = add_months(ref.day, -3)
    return value_at(add_months(d, 12 * shift_years), "half" if unit == "half" else "quarter"), "dct"


def period_spec(ref: Reference, unit: str, shift_years: int = 0, lstrip: int = 0) -> Spec:
    found = period_value(ref, unit, shift_years)
    if found is None:
        return Spec("DATE", unresolved("quarter"), anchor="unresolved", lstrip=lstrip)
    return Spec("DATE", found[0], anchor=found[1], lstrip=lstrip)


_NAME_BEFORE = re.compile(
    r"\b(?!(?:On|In|By|Until|Since|And|But|As|Then|From|Also|So|Even|Only|Just|Not|Earlier|Later|For|At|Of|The|A|It|He|She|They|We|I)\b)[A-Z][A-Za-z]*\s+$"
)


_SENTENCE_END = re.compile(r"[.!?\n\"“]\s*$")


def opens_sentence(m: Match) -> bool:
    """True when the expression is the first word of a sentence, so a capital letter says nothing."""
    return m.start == 0 or _SENTENCE_END.search(m.before(3)) is not None


# Papers and programmes named with a time word: "The Sunday Times", "the Mail on Sunday", "the Today programme".
_PUBLICATION_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Post|People|Herald|Independent|Tribune|Observer|Star|Age|Mail|Sport|World"
    r"|Business|Politics|Argus)\b|\s+programme\b"
)
_PUBLICATION_BEFORE = re.compile(r"\b(?:Mail|Independent|Scotland|Express)\s+on\s+$")


def names_publication(m: Match) -> bool:
    """True for a capitalized time word that is part of the name of a paper or a programme."""
    return m.span[:1].isupper() and bool(_PUBLICATION_AFTER.match(m.after(14)) or _PUBLICATION_BEFORE.search(m.before(16)))

_LETTER_RUN = re.compile(r"[A-Za-z]+")


def is_title(m: Match) -> bool:
    """True for a name that contains time words: "This Week" (a programme), "USA Today", "High Noon".

    A capitalized word inside the expression ("This Week") or a name word right before a capitalized one-word
    expression ("VOA Today") gives it away; plain sentence-initial capitals do not.
    """
    words = _LETTER_RUN.findall(m.span)
    if len(words) == 1 and names_publication(m):
        return True
    if not words or not all(w[0].isupper() for w in words) or m.span.isupper():
        return False
    if len(words) > 1:
        return True
    return _NAME_BEFORE.search(m.before(20)) is not None


# A capitalized word that goes on a name (not a function word a title-case headline capitalizes too).
_NAME_AFTER = re.compile(
    r"[ \t]+(?!(?:In|On|At|Of|For|And|Or|But|The|A|An|To|By|From|With|As|After|Before|Since|Until|Is|Was|Will)\b)"
    r"[A-Z][a-z]"
)


def name_goes_on(m: Match) -> bool:
    """True when the expression ends in a capitalized word that a capitalized name word follows: "the Winter
    Olympics", "the Autumn Statement", "21st Century Fox", "The Future Fund", "Saturday Night Live" are names."""
    words = _LETTER_RUN.findall(m.span)
    return bool(words) and words[-1][0].isupper() and not m.span.isupper() and _NAME_AFTER.match(m.after(4)) is not None


# Titles of works made of date words ("Born on the Fourth of July", the film "1917", "Seven Days in May"): a quoted
# title-case phrase after a work's noun, a possessive or a performer's verb, or one that runs on past the
# expression; unquoted, a participle that opens a title before the preposition.
_QUOTED_BEFORE = re.compile(r"[“\"]([^“”\"\n]{0,60})$")
_QUOTED_AFTER = re.compile(r"([^“”\"\n]{0,60}?)[”\"]")
_TITLE_CUE = re.compile(
    r"(?:\b(?:film|movie|song|single|album|novel|book|play|musical|show|series|track|hit|poem|opera|carol|anthem"
    r"|documentary|memoir|sitcom|drama|played|sang|performed|covered|recorded|with)|['’]s)\s*,?\s*$",
    re.IGNORECASE,
)
_FUNCTION_WORD = frozenset("a an the of in on at for to and or but by with from as nor is".split())
_PARTICIPLE = re.compile(r"(?:Born|Lost|Made|Found|Gone)\s")  # a cheap look first: most timexes have none before
_TITLE_PARTICIPLE_BEFORE = re.compile(r"[a-z'’!,]\s+(?:Born|Lost|Made|Found|Gone)\s+(?:on|in|at|for|before|after|by)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+(?:of\s+)?)*$")


def in_title(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is part of the title of a work rather than a time."""
    if _PARTICIPLE.search(text, max(0, start - 48), start) and _TITLE_PARTICIPLE_BEFORE.search(
        text, max(0, start - 48), start
    ):
        return True
    before = _QUOTED_BEFORE.search(text, max(0, start - 60), start)
    if before is None or text.count('"', text.rfind("\n", 0, before.start()) + 1, before.start()) % 2 or text.count(
        "”", before.start(), start
    ):
        return False  # no quote opened before it on the line (an odd count of '"' before: that one closes)
    after = _QUOTED_AFTER.match(text, end)
    if after is None:
        return False
    inside = before.group(1) + text[start:end] + after.group(1)
    words = _LETTER_RUN.findall(inside) + re.findall(r"\d+", inside)
    if not 1 <= len(words) <= 8 or re.search(r"[.!?]\s", inside):
        return False
    if not all(w[0].isupper() or w.isdigit() or w.lower() in _FUNCTION_WORD for w in words):
        return False
    runs_on = len(_LETTER_RUN.findall(before.group(1) + after.group(1))) >= 2
    return runs_on or _TITLE_CUE.search(text, max(0, before.start() - 30), before.start()) is not None

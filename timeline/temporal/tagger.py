"""The tagger: find timexes with the grammar, normalize each in document order, and build ``Timex`` records.

Candidate spans are looked for only around trigger words (see ``patterns.TRIGGERS``); each candidate is matched
by the one compiled scanner, re-read by its rule's pattern, and normalized by its rule's function with the
document's reference state (article date + dates mentioned so far), so "the next day" can count from the last
date the text named.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

from ..records import Sentence, Timex
from ..segment import split_sentences
from .interval import day_value, interval_of, shift, value_at, week_value
from .lexicon import WEEKDAYS
from .patterns import (
    NON_ASCII_DIGIT,
    RULE_PATTERNS,
    SCANNER_AT_DIGIT,
    STARTS,
    TRIGGER_AFTER_SCAN,
    TRIGGER_SCAN,
    USEFUL_NUMBER,
    WORD,
)
from .reference import Reference
from .rules import NORMALIZERS, Match, Spec
from .scanners import scanners_after, scanners_at_other
from .spec import RANGE_FROM, in_title

_LOOKBACK_WORDS = 6
_LOOKBACK_CHARS = 50


def _lower(text: str) -> str:
    """Lower-cased text with exactly the same offsets (a few characters lower-case to two code points)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _narrow(begin: datetime, end: datetime, mod: str) -> tuple[datetime, datetime]:
    """The part of an interval a START/MID/END modifier keeps (a third, rounded to whole days when wide)."""
    if mod not in ("START", "MID", "END"):
        return begin, end
    third = (end - begin) / 3
    if third >= timedelta(days=1):
        third = timedelta(days=round(third / timedelta(days=1)))
    if mod == "START":
        return begin, begin + third
    if mod == "END":
        return end - third, end
    return begin + third, end - third


def _build(spec: Spec, text: str, start: int, end: int) -> Timex | None:
    s, e = start + spec.lstrip, end - spec.rstrip
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in " \t\n,":
        e -= 1
    if s >= e:
        return None
    begin: datetime | None
    end_: datetime | None
    if spec.type in ("DATE", "TIME"):
        begin, end_, gran = interval_of(spec.value)
        if spec.interval is not None:
            begin, end_ = spec.interval
        if begin is not None and end_ is not None:
            begin, end_ = _narrow(begin, end_, spec.mod)
    else:
        begin, end_, gran = None, None, interval_of(spec.value)[2]
    anchor = (
        spec.anchor
        if begin is not None or spec.anchor.startswith("event:") or spec.type in ("DURATION", "SET")
        else "unresolved"
    )
    if spec.type in ("DATE", "TIME") and begin is None and spec.value.endswith("_REF"):
        anchor = spec.anchor
    return Timex(
        start=s,
        end=e,
        text=text[s:e],
        type=spec.type,
        value=spec.value,
        mod=spec.mod,
        begin=begin,
        end_=end_,
        granularity=spec.granularity or gran,
        anchor=anchor,
        quant=spec.quant,
        freq=spec.freq,
    )


def _triggers(low: str) -> Iterator[int]:
    """The position of every trigger word and of every number that may begin a timex, in order."""
    last_digit_end = -1
    triggers = (
        TRIGGER_AFTER_SCAN.finditer(" " + low)
        if low.isascii() or NON_ASCII_DIGIT.search(low) is None
        else TRIGGER_SCAN.finditer(low)
    )
    for m in triggers:
        pos = m.start()
        if pos < last_digit_end:
            continue  # the rest of a number already seen
        if low[pos].isdigit():
            nd = pos
            while nd < len(low) and low[nd].isdigit():
                nd += 1
            last_digit_end = nd
            if not USEFUL_NUMBER.match(low, pos):
                continue
        yield pos


def _starts_before(low: str, pos: int) -> list[int]:
    """The earlier word starts that may begin the same timex as the trigger at ``pos``."""
    lo = max(0, pos - _LOOKBACK_CHARS)
    words = list(WORD.finditer(low, lo, pos))  # match objects only: no tuple per word
    if len(words) <= _LOOKBACK_WORDS and words and words[0].start() == lo and lo > 0 and low[lo - 1].isalnum():
        del words[0]  # a word cut by the window (only matters when it is among the last ones)
    return [w.start() for w in words[-_LOOKBACK_WORDS:] if w[0] in STARTS or w[0][0].isdigit()]


def _candidates(low: str) -> list[tuple[int, list[int]]]:
    """(trigger position, earlier word starts that may begin the same timex) for every trigger word (``find``
    looks for the starts only at triggers outside the timexes found so far)."""
    return [(pos, _starts_before(low, pos)) for pos in _triggers(low)]


def _scan_at(low: str, s: int) -> re.Match[str] | None:
    """The grammar's match at ``s``, tried with only the rules that may begin with the word there."""
    if low[s].isdigit():
        return SCANNER_AT_DIGIT.match(low, s)
    word = WORD.match(low, s)
    for scanner in scanners_after(word.group(), low, word.end()) if word is not None else scanners_at_other():
        m = scanner.match(low, s)
        if m is not None:
            return m  # the first rule that matches: the one the whole grammar's alternation would pick
    return None


def find(text: str, dct: datetime | None) -> list[Timex]:
    """All timexes of ``text`` in order, without ids or sentences (see ``tag``)."""
    low = _lower(text)
    ref = Reference(dct)
    found: list[Timex] = []
    covered = 0
    scanned: dict[int, re.Match[str] | None] = {}  # each start is scanned once, however many triggers follow it
    rejected: set[tuple[int, int]] = set()
    for trigger in _triggers(low):
        if trigger < covered:
            continue
        starts = _starts_before(low, trigger)
        matches = []
        # "the 1940s and '50s": a clipped decade begins at its apostrophe, before the number that triggers it
        clipped = [trigger - 1] if trigger > covered and low[trigger - 1] in "'’" and low[trigger].isdigit() else []
        for s in [p for p in starts if p >= covered] + clipped + [trigger]:
            if s not in scanned:
                scanned[s] = _scan_at(low, s)
            m = scanned[s]
            if m is not None and m.end() > trigger and (m.start(), m.end()) not in rejected:
                matches.append(m)
        # Longest reach first, then the earliest start: "by Jan. 14" must not stop at "by Jan.".
        matches.sort(key=lambda m: (-m.end(), m.start()))
        for m in matches:
            timex = _normalize(m, text, ref)
            if timex is None:
                rejected.add((m.start(), m.end()))
                continue
            pieces = _split_day_list(_range_end(_day_next_to(timex, text, found, ref), text, found), text)
            for piece in pieces + _and_next(pieces[-1], text):
                piece.timex_id = f"t{len(found) + 1}"
                found.append(piece)
                ref.mentioned.append(piece)
            covered = max(m.end(), found[-1].end)
            break
    return found


# "April 24 and 25", "24 and 25 April", "March 3, 4 and 5", "June 2 or 3": days of one month, each its own timex
# as TimeML lists are.
_DAY_LIST = re.compile(
    r"(?P<a>.*?\b\d{1,2}(?:st|nd|rd|th)?)(?P<mid>(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?\b)*)\s*,?\s*\b(?:and|or)\s+"
    r"(?P<b>(?:the\s+)?(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b.*)",
    re.IGNORECASE | re.DOTALL,
)
_DAY_NUM = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
# "the (intervening) night of 26 and 27 November": one night, of the first day; the two days stay one timex
_NIGHT_OF = re.compile(r"\bnight\s+of\s+$", re.IGNORECASE)


# What may follow a day number: a noun ("on March 3 and 4 people died") makes the number a count.
_AFTER_DAY = re.compile(
    r"\s+(?!(?:in|at|on|of|to|for|and|or|but|when|while|with|as|after|before|during|respectively|this|next|last|"
    r"that|the|a|an|is|was|were|are|will|would)\b)[a-z]"
)


def _split_day_list(timex: Timex, text: str) -> list[Timex]:
    """A calendar day joined to a second day of its month by "and" split into the two dates."""
    m = _DAY_LIST.fullmatch(timex.text)
    if m is None or timex.granularity != "day" or timex.type != "DATE" or not re.fullmatch(
        r"(?:\d{4}|XXXX)-\d\d-\d\d", timex.value
    ):
        return [timex]
    if _NIGHT_OF.search(text, max(0, timex.start - 30), timex.start):
        return [timex]
    at = timex.start + m.start("mid")
    mids = [(at + d.start(), at + d.end()) for d in _DAY_NUM.finditer(m.group("mid"))]
    days = [int(timex.value[-2:])] + [int(re.sub(r"\D", "", text[a:b])) for a, b in mids] + [int(m.group("day2"))]
    if any(not x < y for x, y in zip(days, days[1:], strict=False)) or days[-1] > 31:
        return [timex]
    first_end = timex.start + m.end("a")
    spans = [(timex.start, first_end)] + mids + [(timex.start + m.start("b"), timex.end)]
    if m.group("b")[-1].isdigit() and _AFTER_DAY.match(text, timex.end):
        spans.pop()  # "on March 3 and 4 people died": the last number counts
    pieces = []
    for day, (start, end) in zip(days, spans, strict=False):
        begin = end_ = None
        if timex.begin is not None:
            begin = datetime(timex.begin.year, timex.begin.month, timex.begin.day) + timedelta(days=day - days[0])
            end_ = begin + timedelta(days=1)
        value = f"{timex.value[:-2]}{day:02d}"
        pieces.append(replace(timex, start=start, end=end, text=text[start:end], value=value, begin=begin, end_=end_))
    return pieces


# "this year and next": the bare "next" is the unit after the one just named, a timex of its own
_THIS_UNIT = re.compile(r"this\s+(?:year|month|week)", re.IGNORECASE)
_AND_NEXT = re.compile(r"\s+(?:and|or)\s+(next)\b(?=\s*(?:[,.;:!?)]|$))", re.IGNORECASE)


# "this spring and summer": a bare season after a season is the next such season
_AND_SEASON = re.compile(r"\s+and\s+(spring|summer|fall|autumn|winter)\b(?![\s-]+(?:of\b|\d|['’]))", re.IGNORECASE)
_SEASON_CODE = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


def _and_next(timex: Timex, text: str) -> list[Timex]:
    if timex.begin is None or timex.type != "DATE" or timex.mod:
        return []
    gran = timex.granularity
    m = _AND_SEASON.match(text, timex.end) if gran == "season" else _AND_NEXT.match(text, timex.end)
    if m is None or (gran != "season" and not _THIS_UNIT.fullmatch(timex.text)):
        return []
    if gran == "season":
        code = _SEASON_CODE[m.group(1).lower()]
        value = next(
            v for k in range(1, 5) if (v := value_at(shift(timex.begin.date(), gran, k), gran)).endswith(code)
        )
    elif gran in ("year", "month", "week"):
        value = value_at(shift(timex.begin.date(), gran, 1), gran)
    else:
        return []
    begin, end_, _ = interval_of(value)
    return [
        replace(
            timex, start=m.start(1), end=m.end(1), text=m.group(1), value=value, mod="", begin=begin, end_=end_,
            anchor=timex.timex_id or timex.anchor,
        )
    ]


_DAY_NEXT_TO = re.compile(
    r"(?:\bthe\s+)?\b(day|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(before|after)\s+$", re.IGNORECASE
)


def _day_next_to(timex: Timex, text: str, found: list[Timex], ref: Reference) -> Timex:
    """"the day after Christmas", "the day before last Tuesday('s hearing)": one date, a day off the one named;
    "the week after Christmas": the week next to the date's own; "the Sunday after Thanksgiving": the first such
    weekday past the date.

    The words before the date are no timex of their own then ("the day after" alone counts from the last date
    the text named), so a record already made for them is dropped.
    """
    before = _DAY_NEXT_TO.search(text, max(0, timex.start - 30), timex.start)
    if before is None or timex.begin is None or timex.granularity != "day":
        return timex
    start = before.start()
    if found and found[-1].end > start:
        if found[-1].start < start:
            return timex  # "Monday, the day after ..." belongs to the earlier date
        start = min(start, found[-1].start)
        found.pop()
        ref.mentioned.pop()
    unit, sign = before.group(1).lower(), -1 if before.group(2).lower() == "before" else 1
    week = unit == "week"
    if unit.endswith("day") and unit != "day":  # the weekday 1-7 days off the date, in the direction named
        gap = (WEEKDAYS[unit] - timex.begin.isoweekday()) * sign % 7 or 7
        begin = timex.begin + timedelta(days=sign * gap)
    else:
        begin = timex.begin + timedelta(days=(7 if week else 1) * sign)
    value = week_value(begin.date()) if week else day_value(begin.date())
    first, end_, gran = interval_of(value)
    return replace(
        timex, start=start, text=text[start : timex.end], type="DATE", value=value, begin=first, end_=end_,
        granularity=gran,
    )


# "from 10 p.m. Saturday until 6 a.m.", "from June 1 to Nov. 30": the end of a range, given no day or year of its
# own, comes after its start: a clock reading on the next day, a day or month of the year in the next year.
_RANGE_TO = re.compile(r"\s*(?:-|–|to|until|till|through|and)\s+", re.IGNORECASE)
_DAY_OR_YEAR_WORD = re.compile(
    r"\b(?:(?:1\d|20)\d\d|mon|tue|wed|thu|fri|sat|sun|to(?:day|night|morrow)|yesterday)", re.IGNORECASE
)


def _range_end(timex: Timex, text: str, found: list[Timex]) -> Timex:
    if not found or timex.begin is None or timex.end_ is None or timex.anchor == "absolute":
        return timex
    first = found[-1]
    if first.begin is None or timex.begin >= first.begin or _DAY_OR_YEAR_WORD.search(timex.text):
        return timex
    if not _RANGE_TO.fullmatch(text, first.end, timex.start) or not RANGE_FROM.search(
        text, max(0, first.start - 10), first.start
    ):
        return timex
    if timex.type == "TIME" and timex.anchor == first.timex_id and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?", timex.value):
        begin, end_ = timex.begin + timedelta(days=1), timex.end_ + timedelta(days=1)
        value = day_value(begin.date()) + timex.value[10:]
    elif timex.type == "DATE" and timex.anchor == "dct" and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", timex.value):
        try:
            begin = timex.begin.replace(year=timex.begin.year + 1)
            end_ = timex.end_.replace(year=timex.end_.year + 1)
        except ValueError:  # Feb. 29
            return timex
        value = f"{begin.year:04d}{timex.value[4:]}"
    else:
        return timex
    return timex if begin < first.begin else replace(timex, value=value, begin=begin, end_=end_)


# A web address goes on right after the words ("Monday.com"): a company or site, not a time.
_DOMAIN_AFTER = re.compile(r"\.(?:com|org|net|io|ai|co|tv|fm)\b", re.IGNORECASE)
# A ticker after its exchange ("ServiceNow (NYSE: NOW)", "Dayforce (NYSE: DAY)") is a symbol, not a time.
_TICKER_BEFORE = re.compile(r"\b(?:NYSE|NASDAQ|Nasdaq|AMEX|TSX|LSE|ASX|HKEX|SGX|OTC)\s*:\s*$")


def _normalize(m: re.Match[str], text: str, ref: Reference) -> Timex | None:
    rule = m.lastgroup or ""
    if _DOMAIN_AFTER.match(text, m.end()):
        return None
    if ":" in text[max(0, m.start() - 3) : m.start()] and _TICKER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    rm = RULE_PATTERNS[rule].fullmatch(text, m.start(), m.end())
    if rm is None:
        return None
    try:
        spec = NORMALIZERS[rule](Match(rm.groupdict(), text, m.start(), m.end(), ref))
        if spec is None or in_title(text, m.start(), m.end()):
            return None
        return _build(spec, text, m.start(), m.end())
    except (OverflowError, ValueError):  # arithmetic past year 1 or 9999 ("3000 years later" in 8000)
        return None


_EVENT_WINDOW = 40  # timexes searched on each side for the date of an anchoring event
_HEAD = re.compile(r"(\w+)\W*$")
_VAGUE_SPAN = re.compile(r"(?:the\s+)?(?:weeks|months)", re.IGNORECASE)


# News names an event again by a more general noun ("A bomb exploded ... hours after the attack", "The
# referendum was held ... weeks before the vote"): the words of one kind all name it.
_EVENT_KINDS = (
    ("attack", "bomb", "blast", "explosion", "shooting", "raid", "assault", "ambush", "airstrike", "massacre"),
    ("vote", "election", "referendum", "ballot", "runoff", "primary", "primaries"),
    ("storm", "hurricane", "typhoon", "cyclone", "tornado"),
    ("quake", "earthquake", "tremor"),
    ("crash", "collision", "derailment"),
    ("strike", "walkout", "walked out", "stoppage"),
    ("fire", "blaze", "wildfire", "inferno"),
    ("ceasefire", "truce", "armistice"),
    ("protest", "demonstration", "rally", "marched", "marchers"),
    ("killing", "murder", "slaying"),
)


# A noun made from a verb names the event the verb told ("Russia invaded ... after the invasion", "a tank exploded
# ... after the explosion"): the noun's ending and the verb's stem it replaces.
_NOUN_TO_VERB = (
    ("ssion", "ss"), ("sion", "d"), ("tion", "t"), ("ment", ""), ("ure", ""), ("al", ""), ("ing", ""),
)
# The past forms that do not end in -ed, of verbs whose event news names by a noun ("jets struck the port ... days
# after the strikes", "the ferry sank ... after the sinking", "the leaders met ... after the meeting").
_IRREGULAR_PAST = {
    "strike": "struck", "shoot": "shot", "sink": "sank|sunk", "meet": "met", "fight": "fought", "fall": "fell",
    "sale": "sold", "sell": "sold", "speech": "spoke", "break": "broke", "blow": "blew", "flee": "fled",
    "freeze": "froze", "freez": "froze", "theft": "stole", "steal": "stole", "win": "won", "uprising": r"rose\s+up",
}


def _verb_of(noun: str) -> str:
    """The verb form's pattern for a deverbal noun ("invasion" -> invad(e|es|ed|ing), "killing" -> kill(s|ed), "strike"
    -> struck), or "" when none."""
    irregular = _IRREGULAR_PAST.get(noun, "")
    for ending, stem in _NOUN_TO_VERB:
        if noun.endswith(ending):
            verb = noun[: -len(ending)] + stem
            verb = verb[:-1] if verb.endswith("e") else verb
            irregular = irregular or _IRREGULAR_PAST.get(verb, "")
            if len(verb) >= 4 or irregular:
                regular = rf"{re.escape(verb)}(?:e[sd]?|ed|ing|s)?" if len(verb) >= 3 else ""
                return rf"|\b(?:{'|'.join(w for w in (regular, irregular) if w)})\b"
            return ""
    return rf"|\b(?:{irregular})\b" if irregular else ""


def _event_patterns(stem: str) -> list[tuple[re.Pattern[str], bool]]:
    """What names the event whose head noun is ``stem`` in another sentence, most telling first, each with
    whether it may follow: the stem at a word start, or ending a compound when long enough ("the strikes" in
    "Airstrikes hit"), or its verb ("invaded" for "the invasion"); then, only before, a word of its kind (a
    general noun refers back to what was told)."""
    inner = (rf"|\B{re.escape(stem)}" if len(stem) >= 5 else "") + _verb_of(stem)
    out = [(re.compile(rf"\b{re.escape(stem)}{inner}", re.IGNORECASE), True)]
    kin = [w for kind in _EVENT_KINDS if any(stem.startswith(w) or stem.endswith(w) for w in kind) for w in kind]
    if kin:
        out.append((re.compile(rf"\b(?:{'|'.join(kin)})", re.IGNORECASE), False))
    return out


_SAME_CLAUSE = re.compile(r"[^,;:.!?()]{0,80}")


def _dates_event(text: str, t: Timex, other: Timex) -> bool:
    """True when ``other`` follows ``t`` in its clause, so dates the event named between them ("days after the
    strikes on Oct. 9", "the night after the mine collapsed on Oct. 3"), not the sentence's main clause."""
    return other.start > t.end and _SAME_CLAUSE.fullmatch(text, t.end, other.start) is not None


def _next_to_event(t: Timex, event: Timex, text: str) -> None:
    """Date "the day after the election", "the night before the vote" from the event's day: the day next to it,
    or the part of a day (the night or evening before, that night after, the morning after)."""
    if event.begin is None or event.granularity not in ("day", "hour", "minute", "second", "part_of_day"):
        return
    after = re.match(r"\s*after\b", text[t.end : t.end + 8], re.IGNORECASE) is not None or t.text.lower().endswith("after")
    if t.value == "XXXX-WXX":  # "the week after the election": the week next to the event's own
        value = week_value(event.begin.date() + timedelta(days=7 if after else -7))
        t.value, (t.begin, t.end_, t.granularity) = value, interval_of(value)
        return
    part = t.value.partition("T")[2]
    shift = (1 if part in ("", "MO") else 0) if after else -1
    value = day_value(event.begin.date() + timedelta(days=shift)) + (f"T{part}" if part else "")
    begin, end, gran = interval_of(value)
    t.value, t.begin, t.end_, t.granularity = value, begin, end, gran


def _resolve_event_anchors(found: list[Timex], sentences: list[Sentence], text: str) -> None:
    """Date "days after the strikes" by the nearest placed date in another sentence that names the event."""
    by_id = {s.sentence_id: s for s in sentences}
    for i, t in enumerate(found):
        if not t.anchor.startswith("event:"):
            continue
        words = t.anchor[len("event:") :]
        head = _HEAD.search(words)
        if head is None:
            continue
        stem = head.group(1).lower()
        stem = stem[:-1] if stem.endswith("s") and len(stem) > 3 else stem
        own = t.sentence_id
        best: Timex | None = None
        for pattern, may_follow in _event_patterns(stem):
            for other in found[max(0, i - _EVENT_WINDOW) : i + _EVENT_WINDOW if may_follow else i]:
                if other.begin is None or other.type not in ("DATE", "TIME"):
                    continue
                if other.sentence_id == own and not _dates_event(text, t, other):
                    continue
                if other.anchor.startswith("event:"):
                    continue  # only dates the text gives, never ones derived from another event
                sentence = by_id.get(other.sentence_id)
                if sentence is not None and pattern.search(sentence.text):
                    if best is None or abs(other.sentence_id - own) < abs(best.sentence_id - own):
                        best = other
            if best is not None:
                break
        if best is not None and best.begin is not None and not t.mod:
            _next_to_event(t, best, text)
        elif best is not None and best.begin is not None and best.end_ is not None:
            t.value = best.value
            if _VAGUE_SPAN.fullmatch(t.text) and re.match(r"\d{4}-\d\d-\d\d", best.value):
                t.value = best.value[:7]  # "in the weeks before the shooting": the month it happened in
            if t.mod == "AFTER":
                t.begin, t.end_ = best.begin, best.end_ + (best.end_ - best.begin) + timedelta(days=7)
            else:
                t.begin, t.end_ = best.begin - timedelta(days=7), best.end_
            t.granularity = best.granularity


def tag(
    text: str, dct: datetime | None, *, sentences: list[Sentence] | None = None, doc_id: str = ""
) -> list[Timex]:
    """TIMEX3 expressions of ``text``, normalized against the article date ``dct``.

    Returns ``Timex`` records sorted by start and non-overlapping, with offsets into ``text``, ids ``t1, t2, ...``
    in document order, ``sentence_id`` from ``sentences`` (computed with ``split_sentences`` when not given) and
    ``doc_id``.  With ``dct=None`` relative expressions keep X's in their value and have no interval.
    """
    if not text:
        return []
    found = find(text, dct)
    if not found:
        return found
    sents = sentences if sentences is not None else split_sentences(text)
    starts = [s.start for s in sents]
    for t in found:
        i = bisect.bisect_right(starts, t.start) - 1
        t.sentence_id = sents[i].sentence_id if i >= 0 and t.start < sents[i].end else -1
        t.doc_id = doc_id
    _resolve_event_anchors(found, sents, text)
    return found

"""Normalizers for amounts of time (``P3D``, ``PT2H``, ``P1Y6M``) and for recurring times (``every week``,
``daily``, ``twice a month``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .calendar_rules import clock_reading
from .holidays import fixed_day
from .lexicon import DAY_PARTS, MONTHS, SEASONS, WEEKDAYS, number_value
from .spec import DURATION_MODS, Match, Spec, after_word, names_event, norm, opens_sentence, unit_info

_SET_ADVERBS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W", "monthly": "P1M",
    "bimonthly": "P2M", "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "semiannually": "P6M",
    "semi annually": "P6M", "hourly": "PT1H",
}  # fmt: skip


def duration_value(n: float | None, unit_word: str) -> tuple[str, str]:
    """("P3D", granularity) for n units; X for unknown counts; fractions move to the next smaller unit."""
    letter, is_time, gran = unit_info(unit_word)
    if letter == "WE":
        letter, n = "D", (n or 1) * 2 if n is not None else None
    elif letter == "W2":
        letter, n = "W", (n or 1) * 2 if n is not None else None
    elif letter == "E":
        letter, n = "Y", (n * 10 if n is not None else None)
        if n is None:
            return "PXE", gran
    elif letter in ("C", "L") and n is not None:  # "three centuries" is P300Y, "half a century" P50Y
        letter, n = "Y", n * (100 if letter == "C" else 1000)
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


VAGUE = {"several", "a few", "few", "some", "many", "the few", "dozens of"}


def count_of(word: str | None) -> float | None:
    w = norm(word)
    if w in VAGUE or not w:
        return None
    return number_value(w)


def set_(m: Match) -> Spec | None:
    """Recurring times: "every week", "each Thursday", "twice a month", "daily", "Mondays"."""
    g = m.g
    if g.get("adv"):
        if (g["adv"] or "")[:1].isupper() and not opens_sentence(m):
            return None  # "the Daily Mail", "The Weekly Standard": a title
        adv = norm(g["adv"])
        return Spec("SET", _SET_ADVERBS.get(adv, "P1D"), granularity="")
    if g.get("weekends"):
        return Spec("SET", "XXXX-WXX-WE", quant="EVERY")  # "closed on weekends"
    if g.get("nights"):
        return Spec("SET", "XXXX-XX-XXTNI", quant="EVERY")  # "he worked nights": every night
    if g.get("wdparts"):  # "Tuesday nights", "on Monday and Tuesday nights": that part of every such day
        first = norm(g["wdparts"]).split(" ")[0]
        return Spec("SET", f"XXXX-WXX-{WEEKDAYS[first]}T{DAY_PARTS[norm(g['parts'])[:-1]]}", quant="EVERY")
    if g.get("plural"):
        first = norm(g["plural"]).split(" ")[0][:-1]
        hms = clock_reading(g["stime"] or "") if g.get("stime") else None
        at = f"T{hms[0]:02d}:{hms[1]:02d}" if hms is not None else ""  # "Sundays at 9 p.m.": that hour of each
        return Spec("SET", f"XXXX-WXX-{WEEKDAYS[first]}{at}", quant="EVERY")
    if g.get("times"):
        times = norm(g["times"])
        k = {"once": 1, "twice": 2, "thrice": 3}.get(times) or count_of(times.removesuffix(" times"))
        if g.get("tadv"):  # "twice weekly"
            value = _SET_ADVERBS.get(norm(g["tadv"]), "P1D")
        elif g.get("unit3"):  # "once every two weeks"
            n = count_of(g["tn"]) if g.get("tn") else 1.0
            value = duration_value(n * 2 if n is not None and g.get("tother") else n, g["unit3"] or "")[0]
        else:
            value = duration_value(1, g["unit2"] or "")[0]
        return Spec("SET", value, freq=f"{'X' if k is None else int(k)}X")
    quant = "EACH" if m.span.lower().startswith("each") else "EVERY"
    if m.span.lower().startswith("per"):
        quant = ""
        if unit_info(g["unit"] or "")[1]:
            return None  # "instructions per second" is a rate, not a recurring time
    unit = norm(g["unit"])
    if unit in DAY_PARTS:  # "every morning"
        return Spec("SET", f"XXXX-XX-XXT{DAY_PARTS[unit]}", quant=quant)
    if unit == "weekend" and not g.get("n") and "other" not in m.span.lower():
        return Spec("SET", "XXXX-WXX-WE", quant=quant)  # "every weekend": the weekend of each week
    if g.get("wpart"):  # "every Monday morning"
        day = unit.split(" ")[0]
        return Spec("SET", f"XXXX-WXX-{WEEKDAYS[day]}T{DAY_PARTS[norm(g['wpart'])]}", quant=quant)
    if unit in WEEKDAYS:
        return Spec("SET", f"XXXX-WXX-{WEEKDAYS[unit]}", quant=quant)
    if unit in MONTHS:
        return Spec("SET", f"XXXX-{MONTHS[unit]:02d}", quant=quant)
    if unit in SEASONS:
        return Spec("SET", f"XXXX-{SEASONS[unit]}", quant=quant)
    if g.get("hol"):  # a holiday: "every Christmas" is that day of each year
        fixed = fixed_day(unit)
        if fixed is None:  # "every Easter", "each Thanksgiving": a moving feast's day differs each year
            return Spec("SET", "XXXX-XX-XX", quant=quant)
        return Spec("SET", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}", quant=quant)
    n = count_of(g.get("n")) if g.get("n") else 1.0
    if norm(g.get("n")) == "half":
        n = 0.5  # "every half hour"
    if g.get("range"):
        n = None  # "every 10 to 15 minutes": TimeML writes an unknown count
    if "other" in m.span.lower() or "alternate" in m.span.lower():  # "every alternate day" (Indian English)
        n = (n or 1) * 2
    if unit.startswith("weekend"):  # "every other weekend" recurs every two weeks, not every four days
        return Spec("SET", f"P{'X' if n is None else f'{n:g}'}W", quant=quant)
    value, _ = duration_value(n, unit)
    return Spec("SET", value, quant=quant)


_MORE_THAN_OVER = re.compile(
    r"\b(?:just|well|for|in|within|after|than|of|lasts?|lasted|lasting|takes?|took|taken|taking|spent|spend|been|is|was|"
    r"are|were|be|nearly|almost|only|needs?|needed|requires?|required)\s+$",
    re.IGNORECASE,
)


_MONEY_BEFORE = re.compile(
    r"(?:\d|million|billion|thousand|hundred|percent|%|cents?|dollars?|\$\w*|\b[a-z][a-z0-9-]{2,}s)\s*$", re.IGNORECASE
)


_AGE_BEFORE = re.compile(r"\b(?:younger|older)\s+than\s+$", re.IGNORECASE)
_OLDEST_AGE = 150  # years: "N-year-old" beyond a lifetime is the age of a thing, a duration
_PERSON = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:son|daughter|boy|girl|baby|babies|child|children|infant|twins?|grandson|granddaughter|"
    r"puppy|calf|brother|sister|nephew|niece)s?\b",
    re.IGNORECASE,
)


_SPAN_BEFORE = re.compile(
    r"\b(?:for|in|within|over|after|than|of|only|just|about|nearly|almost|by|to|per|every|each|up|lasts?|lasted|"
    r"spent|spend|take|takes|took|stay|stayed|wait|waited)\s+$",
    re.IGNORECASE,
)
_SUBJECT_BEFORE = re.compile(r"\b(?:he|she|they|we|i|you|it)\s+$", re.IGNORECASE)
_WISH_IN_CLAUSE = re.compile(
    r"\b(?:will|would|could|might|may|hopes?|hoped|wants?|wanted|plans?|dreams?|dreamed|wish(?:es|ed)?)\b[^.;:!?,]*$",
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|can|shall|should|must|(?:hope|want|plan|dream|expect|aim|wish)(?:s|ed)?\s+to)\s+$"
    r"|['’]ll\s+$",
    re.IGNORECASE,
)


# Nouns of quantity that "minute" the adjective qualifies ("a minute amount", "a minute fraction").
# A batter's hundred runs: "scored a century", "made a half-century", "hit two centuries", not a hundred years.
_RUNS_BEFORE = re.compile(
    r"\b(?:scor(?:e|es|ed|ing)|made|makes?|making|hit(?:s|ting)?|struck|notch(?:es|ed|ing)?|brought\s+up|bring(?:s|ing)?\s+up)\s+$",
    re.IGNORECASE,
)
_MINUTE_ADJ_NOUN = re.compile(
    r"\s+(?:amount|quantity|trace|fraction|portion|proportion|percentage|particle|detail|difference|dose|share)s?\b",
    re.IGNORECASE,
)


def duration(m: Match) -> Spec | None:
    """An amount of time: "three days", "the past two years", "a two-year contract", "more than an hour"."""
    g = m.g
    the = norm(g.get("the"))
    nword = norm(g["n"])
    unit = g["unit"] or ""
    if bool(g.get("btw")) != (norm(g.get("to")) == "and"):
        return None  # "between five and 10 years" is one span; "and" joins two counts only after "between"
    det = norm(g.get("det"))
    approx = norm(g.get("approx"))
    if nword in ("a", "an", "half a", "a half") and the in ("a", "an", "the"):
        return None
    if names_event(m):
        return None  # "the Thirty Years' War", "the Six-Day War"
    if nword == "one" and not the and not det and not approx and norm(unit) == "day":
        before, after = m.before(60), m.after(12)
        if _MODAL_BEFORE.search(before[-20:]) or _SUBJECT_BEFORE.search(before) or (
            _WISH_IN_CLAUSE.search(before) and re.match(r"\s*(?:[.,;:!?\"”]|$)", after)
        ):
            return Spec("DATE", "FUTURE_REF", anchor="dct")  # "will one day be", "hope to marry one day": some day
        if re.match(r",?\s+(?:in|last|this|next|when|while|as)\b|,", after) and not _SPAN_BEFORE.search(before):
            return None  # "one day in May", "One day, ...": a day left unnamed, not 24 hours
    lstrip = 0
    if re.match(r"\s+old\b", m.after(5)) or _AGE_BEFORE.search(m.before(16)):
        return None  # ages ("52 years old", "infants younger than six months") are not times
    if g.get("old") and (
        (unit.lower().startswith("year") and (count_of(nword) or 0) < _OLDEST_AGE) or _PERSON.match(m.after(30))
    ):
        # ages ("a 6-year-old", "their 6-month-old son"); an "8-month-old truce" is a duration, and so are more
        # years than anyone lives ("a 4,000-year-old tomb")
        return None
    unit_word = g["unit"] or ""
    if unit_word[:1].isupper() and not opens_sentence(m):
        return None  # "60 Minutes", a title
    if norm(unit_word).startswith("quarter") and (
        (g.get("sep") or "").strip() == "-" or re.match(r"\s+of\b", m.after(4))
    ):
        return None  # "three-quarters of", "a quarter of": fractions
    if (
        norm(unit_word) == "second"
        and norm(g["n"]) in ("a", "one")
        and not re.match(r"\s*(?:[.,;:)]|or\b|later|earlier|ago)", m.after(8))
    ):
        return None  # "a second group": an ordinal
    if norm(unit_word) == "second" and re.match(r"-[a-z]", m.after(2), re.IGNORECASE):
        return None  # "two second-half goals", "a second-round exit": the ordinal in a compound
    if norm(unit_word) == "minute" and nword == "a" and _MINUTE_ADJ_NOUN.match(m.after(16)):
        return None  # "a minute amount of lead": the adjective (tiny)
    if norm(unit_word).startswith("centur") and _RUNS_BEFORE.search(m.before(20)) and not re.match(r"\s+of\b", m.after(4)):
        return None  # cricket: "scored a century", "made a half-century" are runs ("made a century of profits" is not)
    if the == "a" and nword in ("few", "couple", "couple of", "dozen"):
        nword, the = "a " + nword, ""
    if g.get("per"):  # "three days a week": the longer unit recurs, the count of shorter ones is its frequency
        k = count_of(nword)
        if the or det or g.get("n2"):
            return None
        letter = unit_info(unit)[0]
        lstrip = after_word(m.span, approx) if approx else 0  # the SET is the recurrence; "at least" stays outside
        freq = f"{'X' if k is None else f'{k:g}'}{letter}"
        return Spec("SET", duration_value(1, g["per"] or "")[0], anchor="", lstrip=lstrip, freq=freq)
    hyphenated = (g.get("sep") or "").strip() == "-"
    if (the in ("a", "an", "its", "their") or (the == "the" and hyphenated and not det)) and nword not in (
        "a",
        "an",
    ):
        lstrip = after_word(m.span, the)  # "a 10-day trip", "the 24-hour strike": the adjective is the timex
    if (
        det == "last"
        and not the
        and re.search(
            r"\b(?:to|will|would|could|may|might|can|should|must|did|does|do)\s+$", m.before(8), re.IGNORECASE
        )
    ):
        lstrip = max(lstrip, after_word(m.span, "last"))  # "expected to last six weeks": a verb
        det = ""
    # "over several decades": with a vague count "over" is "during", not "more than"
    vague = nword in ("several", "a few", "few", "many", "some", "the few", "dozens of")
    # after an amount or an object "over" is "across" too ("$4 billion over 10 years", "spread over three years");
    # it is "more than" after a span's own words ("lasted over a week", "for over 10 years", "just over an hour")
    across = approx == "over" and not _MORE_THAN_OVER.search(m.before(len(m.span) - len(m.span.lstrip()) + 16))
    if approx in ("just", "only") or (approx == "over" and (the or det or vague or across)):
        lstrip = max(lstrip, after_word(m.span, approx))
        approx = ""
    elif approx in ("about", "over"):
        # TimeBank leaves "about"/"over" outside the extent; the modifier still records them
        lstrip = max(lstrip, after_word(m.span, approx))
    if nword in ("a", "an") and not det and not approx and not g.get("old") and _MONEY_BEFORE.search(m.before(25)):
        return Spec("SET", duration_value(1, unit)[0], anchor="")  # "$5 million a year" (not "runs a decades-old")
    unit_l = unit.lower()
    n = count_of(nword)
    if n is None and nword not in VAGUE:
        return None
    plural = unit_l.endswith("s") and unit_l not in ("hrs", "mins", "secs")
    if g.get("n2") or norm(g.get("orso")) in ("or two", "or three"):
        n = None  # "12 to 18 months", "a week or two": TimeML writes an unknown count
    if nword in ("a", "an") and plural:
        return None
    if g.get("andhalf") and n is not None:
        n += 0.5  # "a year and a half"
    value, gran = duration_value(n, unit)
    mod = DURATION_MODS.get(approx, "")
    if norm(g.get("orso")) == "or so":
        mod = "APPROX"
    elif norm(g.get("orso")) in ("or more", "or longer"):
        mod = "EQUAL_OR_MORE"
    if det == "recent" and n is None:
        return Spec("DATE", "PAST_REF", anchor="dct", lstrip=lstrip)
    return Spec("DURATION", value, mod, anchor="", lstrip=lstrip, granularity=gran)


_SUBSECOND_DIGITS = {"milli": 3, "micro": 6, "nano": 9}


def subsecond(m: Match) -> Spec | None:
    """A span under a second ("200 milliseconds"): ISO 8601 has no smaller unit, so a decimal count of seconds."""
    n = count_of(norm(m.g["n"]))
    if n is None:
        return None
    seconds = (Decimal(str(n)) / 10 ** _SUBSECOND_DIGITS[norm(m.g["unit"])]).normalize()
    approx = norm(m.g.get("approx"))
    lstrip = after_word(m.span, approx) if approx in ("about", "over", "just", "only") else 0
    return Spec("DURATION", f"PT{seconds:f}S", DURATION_MODS.get(approx, ""), anchor="", lstrip=lstrip)


# The unit pairs a span is told in ("2 hours 14 minutes") and how the pair is written in ISO 8601; weeks go to days
# since TIMEX3 values do not mix W with other units.
_TWO_UNITS: dict[tuple[str, str], tuple[str, str, int, str]] = {
    ("hour", "minute"): ("PT", "H", 1, "M"), ("minute", "second"): ("PT", "M", 1, "S"),
    ("day", "hour"): ("P", "D", 1, "TH"), ("week", "day"): ("P", "D", 7, "D"), ("year", "month"): ("P", "Y", 1, "M"),
    ("year", "day"): ("P", "Y", 1, "D"),
}  # fmt: skip


def two_unit_span(m: Match) -> Spec | None:
    """An amount of time told in a unit and the next smaller one: "2 hours 14 minutes" is PT2H14M."""
    g = m.g
    pair = (norm(g["unit"]).rstrip("s"), norm(g["unit2"]).rstrip("s"))
    n, n2 = count_of(norm(g["n"])), count_of(norm(g["n2"]))
    if pair not in _TWO_UNITS or n is None or n2 is None or n != int(n) or n2 != int(n2):
        return None
    prefix, letter, mult, letter2 = _TWO_UNITS[pair]
    if letter == "D" and letter2 == "D":
        value = f"P{int(n * mult + n2)}D"
    elif letter2 == "TH":
        value = f"P{int(n)}DT{int(n2)}H"
    else:
        value = f"{prefix}{int(n)}{letter}{int(n2)}{letter2}"
    approx = norm(g.get("approx"))
    lstrip = after_word(m.span, approx) if approx in ("about", "over", "just", "only") else 0
    return Spec("DURATION", value, DURATION_MODS.get(approx, ""), anchor="", lstrip=lstrip)


def compound_span(m: Match) -> Spec | None:
    """An unnumbered span made an adjective: "a day-long meeting", "a decades-long battle", "a years-old slump"."""
    unit = norm(m.g["unit"])
    plural = unit.endswith("s")
    if norm(m.g["kind"]) == "old" and (not plural or _PERSON.match(m.after(30))):
        return None  # "a day-old baby", "day-old bread": an age
    if m.before(1)[-1:].isalnum() or m.before(1) == "-":
        return None  # the end of a numbered compound ("10-year-long"), read by the duration rule
    value, gran = duration_value(None if plural else 1, unit)
    return Spec("DURATION", value, anchor="", granularity=gran)


# Words before "days of ..." that make it a particular stretch or a kind of time, not an amount ("the early days of
# the war", "working hours of staff").
_SPAN_OF_DETERMINERS = frozenset(
    """the these those this that its his her their our my your whose early earliest final last first initial
    closing opening remaining same few several many recent past coming next dying waning halcyon dog working
    business office visiting waking peak school daylight""".split()
)
_SPAN_VERBS = frozenset("been take takes took taken taking lasted spent spend spends spending waited".split())
_LAST_WORD = re.compile(r"([a-z]+)\W*$", re.IGNORECASE)


def bare_span(m: Match) -> Spec | None:
    """An unnumbered amount: "after months of talks", "Years of drought ...", "it took hours"."""
    unit = m.g["unit"] or ""
    opening = opens_sentence(m)
    if unit[:1].isupper() and not opening:
        return None  # "Days of Thunder", a title
    if re.match(r"\s+(?:ago|later|earlier|before|after|ahead|since|old)\b", m.after(8), re.IGNORECASE):
        return None  # anchored spans are read elsewhere
    if re.search(r"(?:minutes|hours|days|weeks|months|years|decades)\s+(?:or|and|to)\s+$", m.before(20), re.I):
        return None  # the second of "weeks or months": one vague span, not two
    prev = _LAST_WORD.search(m.before(20))
    word = "" if opening or prev is None else prev.group(1).lower()
    if not (
        (word in _SPAN_VERBS)
        or (re.match(r"\s+of\s+[a-z]", m.after(6), re.IGNORECASE) and word not in _SPAN_OF_DETERMINERS)
    ):
        return None
    if unit.lower() == "minutes" and _MEETING_RECORD.match(m.after(60)):
        return None  # "Minutes of the Fed's July meeting": the record of a meeting, not a span of time
    value, gran = duration_value(None, unit)
    return Spec("DURATION", value, anchor="", granularity=gran)


_MEETING_RECORD = re.compile(r"\s+of\s+(?:[^.;,]|\.(?=\s\d)){0,40}?\b(?:meetings?|session|deliberations)\b", re.IGNORECASE)

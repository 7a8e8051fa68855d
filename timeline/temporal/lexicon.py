"""Words the temporal grammar is made of: month, weekday and season names, units, numbers written in words.

Everything here is data plus two tiny lookups; the regex fragments built from it live in ``patterns.py``.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {  # ISO numbering, Monday = 1
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "thursday": 4,
    "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Parts of the day as TIMEX3 writes them, and the hours they cover (half-open).
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI",
}  # fmt: skip
PART_HOURS: dict[str, tuple[int, int]] = {
    "MO": (6, 12),
    "MI": (11, 13),
    "AF": (12, 18),
    "EV": (18, 22),
    "NI": (20, 30),
    "DT": (8, 18),
}

# Calendar units: TIMEX3 duration letter, whether it is a time (PT...) unit, and the granularity name.
UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "second"), "sec": ("S", True, "second"),
    "minute": ("M", True, "minute"), "min": ("M", True, "minute"),
    "hour": ("H", True, "hour"), "hr": ("H", True, "hour"),
    "day": ("D", False, "day"), "night": ("D", False, "day"),
    "week": ("W", False, "week"), "weekend": ("WE", False, "week"), "fortnight": ("W2", False, "week"),
    "month": ("M", False, "month"), "quarter": ("Q", False, "quarter"),
    "season": ("S", False, "season"), "year": ("Y", False, "year"),
    "decade": ("E", False, "decade"), "century": ("C", False, "century"), "millennium": ("L", False, "millennium"),
}  # fmt: skip

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000}
VAGUE_COUNTS: dict[str, float] = {
    "a": 1,
    "an": 1,
    "a couple of": 2,
    "a couple": 2,
    "a dozen": 12,
    "dozen": 12,
    "half a": 0.5,
    "half an": 0.5,
    "a half": 0.5,
    "a quarter": 0.25,  # "a quarter century", "a quarter-hour"
    "half": 0.5,  # "the past half-century"
    "quarter": 0.25,  # "the last quarter-century"
    "a quarter of a": 0.25,  # "a quarter of a century"
    "a quarter of an": 0.25,
    "three quarters of a": 0.75,
    "three quarters of an": 0.75,
}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "last": -1, "final": -1,
}  # fmt: skip

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip

_SPLIT = re.compile(r"[\s\-]+")


def number_value(words: str) -> float | None:
    """The value of a number written in digits or words ("twenty four", "2 1/2", "a couple of"), or None."""
    w = words.strip().lower().replace(",", "").replace("-and-a-half", " and a half")  # "a four-and-a-half-year deal"
    if not w:
        return None
    if w.endswith(" and a half"):  # "three and a half"
        whole = number_value(w[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    if w in VAGUE_COUNTS:
        return VAGUE_COUNTS[w]
    if w.startswith("a ") and w[2:] in ("hundred", "thousand"):  # "almost a hundred years"
        return SCALES[w[2:]]
    big = re.fullmatch(r"(\d+(?:\.\d+)?)\s+(million|billion)", w)  # deep time: "66 million (years)"
    if big:
        return float(big.group(1)) * (1e6 if big.group(2) == "million" else 1e9)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(\d)/(\d))?", w)
    if m:
        value = float(m.group(1))
        if m.group(2):
            value += int(m.group(2)) / int(m.group(3))
        return value
    total = 0
    current = 0
    seen = False
    for token in _SPLIT.split(w):
        if token == "and":
            continue
        if token in ONES:
            current += ONES[token]
        elif token in TENS:
            current += TENS[token]
        elif token in SCALES:
            current = max(current, 1) * SCALES[token]
            if SCALES[token] >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def ordinal_value(word: str) -> int | None:
    """1 for "first"/"1st", -1 for "last"; None when the word is not an ordinal."""
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS[w]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", w)
    return int(m.group(1)) if m else None

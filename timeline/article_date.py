"""Finding an article's own date (the document creation time, DCT) in its text.

News pages carry several dates: the site header's "today" (page chrome), the byline's "Updated:" or
"Published:" line, a dateline ("WASHINGTON, May 3, 2017 —").  Only the article's own date anchors relative
expressions, so candidates are ranked by the words around them and chrome is refused outright.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import dateparser

from .errors import DateError

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?"
_DATE = (
    rf"(?:(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}{_TIME}"
    rf"|(?:{_WEEKDAY},?\s+)?\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}{_TIME}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)"
)

# "Updated: May 03, 2017 01:43 IST", "Published on 3 May 2017", "Posted Tuesday, May 2, 2017".
_LABELLED = re.compile(
    rf"\b(?P<label>Updated|Published|Posted|First published|Last updated|Last modified|Date|Dated)\s*(?:on|at)?\s*:?\s*"
    rf"(?P<date>{_DATE})",
    re.IGNORECASE,
)
# "WASHINGTON, May 3, 2017 —", "NEW YORK (AP), May 3, 2017 -", "JERUSALEM (AP) — June 20, 2023" or "CAIRO, April
# 2, 2024 (Reuters) -" at the start of a paragraph.
_DATELINE = re.compile(
    rf"(?m)^[ \t]*[A-Z][A-Z .'\-]{{2,40}}(?:\s*\([A-Za-z. ]+\))?(?:,|\s+(?:--|[\u2014\u2013]))?\s+(?P<date>{_DATE})"
    rf"(?:\s*\([A-Za-z. ]+\))?\s*(?:--|[-\u2014\u2013:]|$)"
)
# A byline with the date: "By Jane Doe | June 20, 2023 10:32 AM", "By JANE DOE, Associated Press - June 20, 2023".
_BYLINE = re.compile(
    rf"(?m)^[ \t]*By\s+[A-Z][\w.'\u2019 ,-]{{2,80}}?\s*[|\u2022\u00b7\-\u2013\u2014]\s*(?P<date>{_DATE})"
)
# A line holding nothing but a date (with at most a short label), e.g. "May 3, 2017".
_BARE_LINE = re.compile(rf"(?m)^[ \t]*(?P<date>{_DATE})[ \t]*$")
# Site chrome: "Today in New Delhi" headers and "Sep 29, 2020-Tuesday" clocks.
_CHROME_BEFORE = re.compile(r"\b(?:today|current(?:ly)?|weather|local time|\u00b0[CF])\b", re.IGNORECASE)
_CHROME_AFTER = re.compile(rf"^\s*[-\u2013\u2014|]\s*{_WEEKDAY}")

# How far into a text the article's own date can sit (headers, bylines), in characters.
_HEAD = 3000


@dataclass(frozen=True)
class ArticleDate:
    value: datetime
    text: str  # the words it was read from
    start: int
    end: int
    how: str  # labelled | dateline | byline | line


@lru_cache(maxsize=4096)
def parse_date_words(words: str) -> datetime | None:
    """An absolute date/time from a short string (time zone names kept as local time), via dateparser."""
    cleaned = re.sub(r"\s+", " ", words.strip())
    return dateparser.parse(
        cleaned,
        languages=["en"],
        settings={"RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": False, "PREFER_DAY_OF_MONTH": "first"},
    )


def parse_dct(value: str | datetime, *, origin: str = "--dct") -> datetime:
    """The caller's date (CLI ``--dct`` or a JSONL ``dct`` field): ISO 8601 first, then dateparser."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    text = str(value).strip()
    if not text:
        raise DateError(f"{origin}: empty date")
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    if re.fullmatch(r"\d{4}(?:-\d{2})?", text):
        raise DateError(f"{origin}: {text!r} is not a full date (give at least YYYY-MM-DD)")
    parsed = parse_date_words(text) if re.search(r"\d", text) else None
    if parsed is None:
        raise DateError(f"{origin}: cannot parse {text!r} as a date (use ISO 8601, e.g. 2017-05-03 or 2017-05-03T01:43)")
    return parsed


def _is_chrome(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(0, line_start - 80) : start]
    line_end = text.find("\n", end)
    after = text[end : line_end if line_end != -1 else len(text)]
    return bool(_CHROME_BEFORE.search(before) or _CHROME_AFTER.match(after))


def find_article_date(text: str) -> ArticleDate | None:
    """The article's own date from its text: a labelled line, else a dateline, else a date alone on a line.

    Returns ``None`` when nothing trustworthy is found; the caller then leaves relative expressions unresolved
    rather than guessing.
    """
    head = text[:_HEAD]
    for how, pattern in (("labelled", _LABELLED), ("dateline", _DATELINE), ("byline", _BYLINE), ("line", _BARE_LINE)):
        for m in pattern.finditer(head):
            start, end = m.span("date")
            if how != "labelled" and _is_chrome(head, start, end):
                continue
            value = parse_date_words(m.group("date"))
            if value is not None:
                return ArticleDate(value, m.group("date"), start, end, how)
    return None

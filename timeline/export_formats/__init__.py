"""The formats other tools read (TimelineJS, schema.org JSON-LD, TimeML), and what they share.

Each format is a pure function of a ``Timeline``; the shared part is how a date's precision is read from a
TIMEX3 value or granularity, how a document's text and metadata are found, and which URLs may become links.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

import pandas as pd

if TYPE_CHECKING:
    from ..result import Timeline

# Calendar units from coarse to fine, as TimelineJS and ISO 8601 know them.
UNITS = ("year", "month", "day", "hour", "minute", "second")

# A granularity -> the finest calendar unit its interval is aligned to (weeks start on a day, quarters on a month).
UNIT_OF_GRANULARITY: dict[str, str] = {
    "century": "year",
    "decade": "year",
    "year": "year",
    "half": "month",
    "quarter": "month",
    "season": "month",
    "month": "month",
    "week": "day",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
}

# Granularities that are not one calendar unit: their dates are windows, shown with the original words.
WINDOW_GRANULARITIES = frozenset({"century", "decade", "half", "quarter", "season", "week"})

_VALUE_PRECISION = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<hour>\d{2})(?::(?P<minute>\d{2})"
    r"(?::(?P<second>\d{2}))?)?)?)?)?$"
)


def unit_of_value(value: str) -> str | None:
    """The calendar unit a TIMEX3 date value is precise to (``2017-05`` -> month); ``None`` if not a plain date."""
    m = _VALUE_PRECISION.match(value or "")
    if m is None:
        return None
    present = [unit for unit in UNITS if m.group(unit) is not None]
    return present[-1]


def unit_of(granularity: str, value: str) -> str:
    """The unit to show a date at: from the granularity, else from the value, else a day."""
    return UNIT_OF_GRANULARITY.get(granularity or "") or unit_of_value(value) or "day"


def truncate(stamp: datetime, unit: str) -> tuple[int, ...]:
    """The date's fields down to ``unit`` (year, month, ...), the rest dropped rather than invented."""
    fields = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    return fields[: UNITS.index(unit) + 1]


def inclusive_end(begin: datetime, end: datetime | None, unit: str) -> datetime | None:
    """The last instant of a half-open interval when it reaches past ``begin``'s unit, else ``None``."""
    if end is None or pd.isna(end) or end <= begin:
        return None
    last = pd.Timestamp(end) - pd.Timedelta(microseconds=1)
    return None if truncate(last, unit) == truncate(begin, unit) else last.to_pydatetime()


def stamp_or_none(value: Any) -> datetime | None:
    """A Python datetime from a table cell, ``None`` for NaT/NA."""
    if value is None or value is pd.NaT or (not isinstance(value, str) and pd.isna(value)):
        return None
    stamp = pd.Timestamp(value)
    return None if pd.isna(stamp) else stamp.to_pydatetime()


def text_or_empty(value: Any) -> str:
    """A string cell as text ('' for NA)."""
    if value is None or value is pd.NA or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


def safe_url(url: str) -> str:
    """``url`` when it may become a link (http, https), else ''."""
    return url if re.match(r"^https?://[^\s\"'<>]+$", url or "", flags=re.IGNORECASE) else ""


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of a table as dicts keyed by column name."""
    return cast(list[dict[str, Any]], df.to_dict("records"))


def document_texts(tl: Timeline, texts: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each document's text: the caller's mapping first, then ``tl.texts`` when the build kept them."""
    found: dict[str, str] = dict(getattr(tl, "texts", None) or {})
    found.update(texts or {})
    return found


@dataclass(frozen=True)
class DocumentInfo:
    doc_id: str
    title: str
    source: str
    url: str
    dct: datetime | None
    dct_text: str


def documents_by_id(tl: Timeline) -> dict[str, DocumentInfo]:
    """The documents table as ``doc_id -> DocumentInfo`` (title, source, URL, article date)."""
    info: dict[str, DocumentInfo] = {}
    for row in records(tl.documents):
        doc_id = text_or_empty(row.get("doc_id"))
        info[doc_id] = DocumentInfo(
            doc_id=doc_id,
            title=text_or_empty(row.get("title")),
            source=text_or_empty(row.get("source")),
            url=text_or_empty(row.get("url")),
            dct=stamp_or_none(row.get("dct")),
            dct_text=text_or_empty(row.get("dct_text")),
        )
    return info


def first_of(joined: str) -> str:
    """The first item of a "; "-joined list cell."""
    return next((part.strip() for part in joined.split(";") if part.strip()), "")

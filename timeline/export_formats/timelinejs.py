"""Knight Lab TimelineJS3 JSON: events and claims as slides, dates at the precision the text gives.

TimelineJS renders ``headline`` and ``text`` as HTML, so every piece of article text is escaped here and the only
markup is ours.  A date object carries only the fields the text supports: "in January" is ``{year, month}``, never
a first of January; a vague date (early April, a week, a season) also gets ``display_date`` with the original
words, so a reader sees what the article said rather than a precision it did not have.
Reference: https://timeline.knightlab.com/docs/json-format.html
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING, Any

from . import (
    UNITS,
    WINDOW_GRANULARITIES,
    DocumentInfo,
    documents_by_id,
    first_of,
    inclusive_end,
    records,
    safe_url,
    stamp_or_none,
    text_or_empty,
    truncate,
    unit_of,
)

if TYPE_CHECKING:
    from ..result import Timeline

_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
NO_LANE = "(events)"  # as the figure names the lane of events without actors


def date_object(stamp: datetime, unit: str) -> dict[str, int]:
    """A TimelineJS date object with the fields down to ``unit`` and no finer."""
    return dict(zip(UNITS, truncate(stamp, unit), strict=False))


def _calendar_label(begin: datetime, last: datetime | None, unit: str, *, with_month: bool) -> str:
    """What an interval resolves to, at ``unit``: "2016", "April 2017", "July 7\u20138, 2017"."""
    end = last or begin
    if unit == "year" or not with_month:
        return f"{begin.year}" if end.year == begin.year else f"{begin.year}\u2013{end.year}"
    if unit == "month":
        if (end.year, end.month) == (begin.year, begin.month):
            return f"{begin:%B} {begin.year}"
        if end.year == begin.year:
            return f"{begin:%B}\u2013{end:%B} {begin.year}"
        return f"{begin:%B} {begin.year}\u2013{end:%B} {end.year}"
    if end.date() == begin.date():
        return f"{begin:%B} {begin.day}, {begin.year}"
    if (end.year, end.month) == (begin.year, begin.month):
        return f"{begin:%B} {begin.day}\u2013{end.day}, {begin.year}"
    return f"{begin:%B} {begin.day} \u2013 {end:%B} {end.day}, {end.year}"


def _period_words(words: str, begin: datetime, last: datetime | None, unit: str) -> str:
    """The original words, with what they resolve to when the words do not say it ("early April (2017)")."""
    words = words.strip()
    if re.search(r"(?<!\d)\d{4}(?!\d)", words):  # "1998", "the 1990s"
        return words
    names_month = bool(re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", words, re.I))
    label = _calendar_label(begin, last, unit, with_month=not names_month)
    return f"{words} ({label})" if words else label


def _dates(
    begin: datetime, end: datetime | None, granularity: str, mod: str, value: str, words: str
) -> dict[str, Any]:
    unit = unit_of(granularity, value)
    last = inclusive_end(begin, end, unit)
    dates: dict[str, Any] = {"start_date": date_object(begin, unit)}
    if last is not None:
        dates["end_date"] = date_object(last, unit)
    if mod or granularity in WINDOW_GRANULARITIES:
        dates["display_date"] = _period_words(words or value, begin, last, unit)
    return dates


class _Ids:
    """Unique, DOM-safe slide ids (TimelineJS uses them as element ids and URL hashes)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def make(self, prefix: str, raw: str) -> str:
        base = f"{prefix}-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", raw).strip("-") or "x")
        candidate, n = base, 2
        while candidate in self.seen:
            candidate, n = f"{base}-{n}", n + 1
        self.seen.add(candidate)
        return candidate


def _source_line(doc: DocumentInfo | None, sources: str = "") -> str:
    if doc is None and not sources:
        return ""
    name = sources or (doc.title or doc.source or doc.doc_id if doc else "")
    url = safe_url(doc.url) if doc else ""
    label = escape(name)
    if url:
        label = f'<a href="{escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">{label}</a>'
    return f"<p><small>Source: {label}</small></p>"


def _event_slides(tl: Timeline, docs: dict[str, DocumentInfo], ids: _Ids) -> Iterable[dict[str, Any]]:
    for row in records(tl.events):
        begin = stamp_or_none(row.get("begin"))
        if begin is None:
            continue  # not on the calendar ("before the war", an unresolved weekday): no date to show
        value, words = text_or_empty(row.get("value")), text_or_empty(row.get("timex_text"))
        slide = _dates(
            begin,
            stamp_or_none(row.get("end_")),
            text_or_empty(row.get("granularity")),
            text_or_empty(row.get("mod")),
            value,
            words,
        )
        sentence = text_or_empty(row.get("sentence"))
        mentions = int(row.get("n_mentions") or 0)
        body = f"<p>{escape(sentence)}</p>"
        if words:
            body += f"<p><small>Dated by \u201c{escape(words)}\u201d ({escape(value)})</small></p>"
        if mentions > 1:
            body += f"<p><small>{mentions} mentions</small></p>"
        body += _source_line(docs.get(text_or_empty(row.get("doc_id"))), text_or_empty(row.get("sources")))
        slide["text"] = {"headline": escape(text_or_empty(row.get("label"))), "text": body}
        slide["group"] = first_of(text_or_empty(row.get("actors"))) or NO_LANE
        slide["unique_id"] = ids.make("event", text_or_empty(row.get("event_id")))
        yield slide


def _contradictions(tl: Timeline) -> dict[str, list[str]]:
    """claim_id -> the ids of the claims it contradicts (both directions)."""
    links: dict[str, list[str]] = {}
    for row in records(tl.claim_links):
        if text_or_empty(row.get("relation")) != "contradicts":
            continue
        a, b = text_or_empty(row.get("source_claim_id")), text_or_empty(row.get("target_claim_id"))
        links.setdefault(a, []).append(b)
        links.setdefault(b, []).append(a)
    return links


def _claim_slides(tl: Timeline, docs: dict[str, DocumentInfo], ids: _Ids) -> Iterable[dict[str, Any]]:
    rows = records(tl.claims)
    by_id = {text_or_empty(r.get("claim_id")): r for r in rows}
    contradicts = _contradictions(tl)
    for row in rows:
        doc = docs.get(text_or_empty(row.get("doc_id")))
        made = stamp_or_none(row.get("made_begin"))
        if made is not None:
            value = text_or_empty(row.get("made_value"))
            slide = _dates(made, stamp_or_none(row.get("made_end")), "", "", value, value)
        elif doc is not None and doc.dct is not None:
            # When it was said is unknown; the article's date is when it was reported.
            slide = {
                "start_date": date_object(doc.dct, "day"),
                "display_date": f"reported {doc.dct:%B} {doc.dct.day}, {doc.dct.year}",
            }
        else:
            continue
        speaker, actor = text_or_empty(row.get("speaker")), text_or_empty(row.get("actor"))
        if actor and (not speaker or speaker.lower() in _PRONOUNS):
            speaker = actor  # "He said" names no one on a slide of its own
        content = text_or_empty(row.get("content"))
        quoted = text_or_empty(row.get("kind")) == "direct_quote"
        body = f"<blockquote>\u201c{escape(content)}\u201d</blockquote>" if quoted else f"<p>{escape(content)}</p>"
        stance = text_or_empty(row.get("stance"))
        if stance:
            body += f"<p><small>{escape(stance)} ({escape(text_or_empty(row.get('kind')).replace('_', ' '))})</small></p>"
        for other_id in contradicts.get(text_or_empty(row.get("claim_id")), []):
            other = by_id.get(other_id)
            if other is not None:
                who = text_or_empty(other.get("actor")) or text_or_empty(other.get("speaker"))
                body += (
                    f"<p><small>Contradicted by {escape(who)}: "
                    f"\u201c{escape(text_or_empty(other.get('content')))}\u201d</small></p>"
                )
        body += _source_line(doc)
        headline = f"{speaker} {text_or_empty(row.get('cue'))}".strip()
        slide["text"] = {"headline": escape(headline), "text": body}
        slide["group"] = actor or speaker or NO_LANE
        slide["unique_id"] = ids.make("claim", text_or_empty(row.get("claim_id")))
        yield slide


def _title_slide(docs: dict[str, DocumentInfo]) -> dict[str, Any] | None:
    if not docs:
        return None

    def line(doc: DocumentInfo) -> str:
        parts = [p for p in (doc.source, f"{doc.dct:%Y-%m-%d %H:%M}" if doc.dct else "") if p]
        return " \u00b7 ".join(escape(p) for p in parts)

    ordered = sorted(docs.values(), key=lambda d: (d.dct or datetime.max, d.doc_id))
    if len(ordered) == 1:
        doc = ordered[0]
        body = f"<p>{line(doc)}</p>" + (_source_line(doc) if safe_url(doc.url) else "")
        return {"text": {"headline": escape(doc.title or doc.doc_id), "text": body}, "unique_id": "title"}
    items = "".join(f"<li>{escape(d.title or d.doc_id)} <small>{line(d)}</small></li>" for d in ordered[:50])
    more = f"<p><small>and {len(ordered) - 50} more</small></p>" if len(ordered) > 50 else ""
    return {
        "text": {"headline": f"{len(ordered)} articles", "text": f"<ul>{items}</ul>{more}"},
        "unique_id": "title",
    }


def to_timelinejs(tl: Timeline) -> dict[str, Any]:
    """The timeline as a TimelineJS3 JSON object: a title slide from the documents, events and claims as slides.

    Events without a calendar date are left out (TimelineJS needs a year); lanes (``group``) are the first actor
    of an event and the speaker's actor of a claim.
    """
    docs = documents_by_id(tl)
    ids = _Ids()
    slides = [*_event_slides(tl, docs, ids), *_claim_slides(tl, docs, ids)]
    data: dict[str, Any] = {"scale": "human", "events": slides}
    title = _title_slide(docs)
    if title is not None:
        data["title"] = title
    return data

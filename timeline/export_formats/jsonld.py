"""Claims as schema.org ``Claim`` JSON-LD, each anchored to its words by W3C Web Annotation selectors.

A fact-checker's tools read schema.org; the selectors (``TextQuoteSelector``: exact text with a little context,
``TextPositionSelector``: character offsets) let any reader find the span again in the article, and the quote
selector still finds it when the page's text shifts a little.  The selector terms come from the Web Annotation
vocabulary (``oa:``), declared in the context next to schema.org.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import (
    DocumentInfo,
    document_texts,
    documents_by_id,
    records,
    safe_url,
    stamp_or_none,
    text_or_empty,
    unit_of_value,
)

if TYPE_CHECKING:
    from ..result import Timeline

CONTEXT: list[Any] = [
    "https://schema.org",
    {
        "oa": "http://www.w3.org/ns/oa#",
        "selector": {"@id": "oa:hasSelector"},
        "TextQuoteSelector": "oa:TextQuoteSelector",
        "TextPositionSelector": "oa:TextPositionSelector",
        "exact": "oa:exact",
        "prefix": "oa:prefix",
        "suffix": "oa:suffix",
        "start": "oa:start",
        "end": "oa:end",
    },
]

CONTEXT_CHARS = 32  # prefix/suffix length: enough to make a quote unique in a news article

_ORGANIZATION = re.compile(
    r"\b(house|kremlin|ministry|department|agency|agencies|office|government|administration|committee|council|"
    r"commission|congress|parliament|senate|court|police|army|military|forces|party|campaign|embassy|bank|fund|"
    r"union|nations|organi[sz]ation|association|company|corporation|inc|ltd|group|fbi|cia|nato|un|eu|"
    r"pentagon|reuters|afp|statement)\b",
    re.IGNORECASE,
)


def author(actor: str, role: str = "") -> dict[str, str]:
    """A schema.org Person or Organization named ``actor`` (an institution's name or role says Organization)."""
    kind = (
        "Organization"
        if _ORGANIZATION.search(actor) or role.lower() in {"organization", "institution"}
        else "Person"
    )
    return {"@type": kind, "name": actor}


def _date(value: str) -> str:
    """An ISO 8601 date at the value's own precision (``2017-05``), '' when the value is not a plain date."""
    return value if unit_of_value(value) else ""


def selectors(text: str, start: int, end: int) -> list[dict[str, Any]]:
    """Quote and position selectors for ``text[start:end]``."""
    return [
        {
            "@type": "TextQuoteSelector",
            "exact": text[start:end],
            "prefix": text[max(0, start - CONTEXT_CHARS) : start],
            "suffix": text[end : end + CONTEXT_CHARS],
        },
        {"@type": "TextPositionSelector", "start": start, "end": end},
    ]


def _appearance(
    doc: DocumentInfo | None, doc_id: str, text: str | None, start: int, end: int, exact: str
) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "identifier": doc_id}
    if doc is not None:
        url = safe_url(doc.url)
        if url:
            work["url"] = url
        if doc.title:
            work["headline"] = doc.title
        if doc.source:
            work["publisher"] = {"@type": "Organization", "name": doc.source}
        if doc.dct is not None:
            work["datePublished"] = doc.dct.isoformat()
    if text is not None and 0 <= start < end <= len(text):
        work["selector"] = selectors(text, start, end)
    else:  # the document text was not kept: the words and offsets as recorded
        work["selector"] = [
            {"@type": "TextQuoteSelector", "exact": exact},
            {"@type": "TextPositionSelector", "start": start, "end": end},
        ]
    return work


def to_jsonld_claims(tl: Timeline, texts: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The claims as a JSON-LD document: ``{"@context": [...], "@graph": [Claim, ...]}``.

    ``texts`` (``doc_id -> text``; defaults to ``tl.texts``) gives the selectors their prefix and suffix; without
    it they hold the recorded words and offsets only.
    """
    docs = documents_by_id(tl)
    all_texts = document_texts(tl, texts)
    graph: list[dict[str, Any]] = []
    for row in records(tl.claims):
        doc_id = text_or_empty(row.get("doc_id"))
        doc = docs.get(doc_id)
        actor = text_or_empty(row.get("actor")) or text_or_empty(row.get("speaker"))
        start, end = int(row.get("content_start") or 0), int(row.get("content_end") or 0)
        content = text_or_empty(row.get("content"))
        claim: dict[str, Any] = {
            "@type": "Claim",
            "@id": f"#claim-{text_or_empty(row.get('claim_id'))}",
            "text": content,
        }
        if actor:  # none for "it was reported that ..."
            claim["author"] = author(actor, text_or_empty(row.get("role")))
        if doc is not None and doc.dct is not None:
            claim["datePublished"] = doc.dct.isoformat()
        made = _date(text_or_empty(row.get("made_value")))
        if made and stamp_or_none(row.get("made_begin")) is not None:
            claim["dateCreated"] = made
        claim["appearance"] = _appearance(doc, doc_id, all_texts.get(doc_id), start, end, content)
        graph.append(claim)
    return {"@context": CONTEXT, "@graph": graph}

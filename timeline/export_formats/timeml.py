"""Timexes as TimeML: TIMEX3 tags inline in the untouched article text, so TempEval tools can score or reuse them.

The text between the tags is the document's text exactly: removing the tags gives it back character for
character (carriage returns are written as ``&#13;`` because XML parsers would otherwise fold them into line
feeds).  TIMEX3 tags may not overlap, so of two overlapping expressions the one that starts first (the longer on
a tie) is kept.  The article date is the ``CREATION_TIME`` TIMEX3 inside ``<DCT>``, as in TimeBank.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

from ..errors import ExportError
from . import DocumentInfo, document_texts, documents_by_id, records, text_or_empty

if TYPE_CHECKING:
    from ..result import Timeline

_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TID = re.compile(r"^t\d+$")


def _text(chars: str) -> str:
    return escape(chars).replace("\r", "&#13;")


def _attributes(pairs: list[tuple[str, str]]) -> str:
    return "".join(f" {name}={quoteattr(value)}" for name, value in pairs if value)


def dct_value(dct: datetime) -> tuple[str, str]:
    """The TIMEX3 (type, value) of an article date: a DATE at midnight, else a TIME to the minute."""
    if (dct.hour, dct.minute, dct.second) == (0, 0, 0):
        return "DATE", f"{dct:%Y-%m-%d}"
    if dct.second:
        return "TIME", f"{dct:%Y-%m-%dT%H:%M:%S}"
    return "TIME", f"{dct:%Y-%m-%dT%H:%M}"


def _non_overlapping(rows: list[dict[str, Any]], length: int) -> list[dict[str, Any]]:
    kept: list[dict[str, Any]] = []
    cursor = 0
    for row in sorted(rows, key=lambda r: (int(r["start"]), -int(r["end"]))):
        start, end = int(row["start"]), int(row["end"])
        if 0 <= start < end <= length and start >= cursor:
            kept.append(row)
            cursor = end
    return kept


def _tids(rows: list[dict[str, Any]]) -> tuple[dict[int, str], str]:
    """A unique TimeML id per kept row (its own ``timex_id`` when it is one), and the DCT's id."""
    tids: dict[int, str] = {}
    used: set[str] = set()
    for i, row in enumerate(rows):
        own = text_or_empty(row.get("timex_id"))
        if _TID.match(own) and own not in used:
            tids[i] = own
            used.add(own)
    n = 1
    for i in range(len(rows)):
        if i not in tids:
            while f"t{n}" in used:
                n += 1
            tids[i] = f"t{n}"
            used.add(tids[i])
    dct_tid = "t0" if "t0" not in used else "tdct"
    return tids, dct_tid


def to_timeml(tl: Timeline, doc_id: str, texts: Mapping[str, str] | None = None) -> str:
    """One document as a TimeML string; ``texts`` (``doc_id -> text``) defaults to ``tl.texts``."""
    text = document_texts(tl, texts).get(doc_id)
    if text is None:
        raise ExportError(f"{doc_id}: the document text is not available for TimeML (pass texts=)")
    rows = [r for r in records(tl.timexes) if text_or_empty(r.get("doc_id")) == doc_id]
    return _render(doc_id, text, documents_by_id(tl).get(doc_id), rows)


def _render(doc_id: str, text: str, doc: DocumentInfo | None, timexes: list[dict[str, Any]]) -> str:
    bad = _XML_INVALID.search(text)
    if bad is not None:
        raise ExportError(
            f"{doc_id}: character U+{ord(bad.group()):04X} at offset {bad.start()} cannot be written in XML"
        )
    rows = _non_overlapping(timexes, len(text))
    tids, dct_tid = _tids(rows)
    own_ids = {text_or_empty(r.get("timex_id")): tids[i] for i, r in enumerate(rows)}

    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n', f"<DOCID>{_text(doc_id)}</DOCID>\n"]
    if doc is not None and doc.dct is not None:
        kind, value = dct_value(doc.dct)
        attrs = _attributes(
            [
                ("tid", dct_tid),
                ("type", kind),
                ("value", value),
                ("temporalFunction", "false"),
                ("functionInDocument", "CREATION_TIME"),
            ]
        )
        parts.append(f"<DCT><TIMEX3{attrs}>{_text(doc.dct_text or value)}</TIMEX3></DCT>\n")
    parts.append("<TEXT>")
    cursor = 0
    for i, row in enumerate(rows):
        start, end = int(row["start"]), int(row["end"])
        anchor = text_or_empty(row.get("anchor"))
        anchor_id = (
            dct_tid if anchor == "dct" and doc is not None and doc.dct is not None else own_ids.get(anchor, "")
        )
        relative = anchor not in ("", "absolute")
        attrs = _attributes(
            [
                ("tid", tids[i]),
                ("type", text_or_empty(row.get("type")) or "DATE"),
                ("value", text_or_empty(row.get("value")) or "XXXX"),
                ("mod", text_or_empty(row.get("mod"))),
                ("quant", text_or_empty(row.get("quant"))),
                ("freq", text_or_empty(row.get("freq"))),
                ("temporalFunction", "true" if relative else "false"),
                ("functionInDocument", "NONE"),
                ("anchorTimeID", anchor_id),
            ]
        )
        parts.append(_text(text[cursor:start]))
        parts.append(f"<TIMEX3{attrs}>{_text(text[start:end])}</TIMEX3>")
        cursor = end
    parts.append(_text(text[cursor:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


def _file_name(doc_id: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id).strip("._") or "document"
    name, n = f"{base}.tml", 2
    while name in taken:
        name, n = f"{base}_{n}.tml", n + 1
    taken.add(name)
    return name


def write_timeml(tl: Timeline, path: str | Path, texts: Mapping[str, str] | None = None) -> Path:
    """Write TimeML: one file when the timeline holds one document and ``path`` names a file, else a directory
    of ``<doc_id>.tml`` files.  Fails before writing anything when a document's text is missing."""
    target = Path(path)
    doc_ids = [text_or_empty(d) for d in tl.documents["doc_id"]]
    if not doc_ids:
        raise ExportError(f"{path}: the timeline holds no documents to write as TimeML")
    all_texts = document_texts(tl, texts)
    missing = [d for d in doc_ids if d not in all_texts]
    if missing:
        raise ExportError(f"{path}: no text kept for {', '.join(missing[:5])}; TimeML needs the document text")
    docs = documents_by_id(tl)
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for row in records(tl.timexes):
        by_doc.setdefault(text_or_empty(row.get("doc_id")), []).append(row)
    rendered = {d: _render(d, all_texts[d], docs.get(d), by_doc.get(d, [])) for d in doc_ids}
    if len(doc_ids) == 1 and target.suffix and not target.is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(rendered[doc_ids[0]], encoding="utf-8", newline="")
        return target
    target.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    for doc_id in doc_ids:
        (target / _file_name(doc_id, taken)).write_text(rendered[doc_id], encoding="utf-8", newline="")
    return target

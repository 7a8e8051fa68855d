"""Reading articles: plain text, HTML pages, folders and JSONL corpora, each with its article date.

Every problem with one input becomes an ``InputError`` naming the file (and line, for JSONL) while the other
inputs are still read: a corpus with one bad record must not lose the rest.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from .article_date import find_article_date, parse_dct
from .errors import DateError, InputError
from .records import Document

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


class NoArticleDateWarning(UserWarning):
    """A document whose date could not be found: its relative expressions stay unresolved."""


@dataclass
class LoadResult:
    documents: list[Document] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)


def _decode(raw: bytes, path: str) -> str:
    """Bytes to text: UTF-8 when it is, else the detected encoding; binary files are refused."""
    if not raw.strip():
        raise InputError(path, "empty file")
    sample = raw[:8192]
    if b"\x00" in sample:
        raise InputError(path, "binary file (NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(raw).best()
        if best is None:
            raise InputError(path, "binary or undecodable file, not text") from None
        text = str(best)
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > max(8, len(text[:8192]) // 50):
        raise InputError(path, "binary file (control characters), not text")
    return text


def guess_title(text: str) -> str:
    """A plain-text article's headline: the longest early line that reads like one (no final period)."""
    lines = [ln.strip() for ln in text[:3000].splitlines() if ln.strip()][:15]
    candidates = [
        ln for ln in lines
        if len(ln.split()) >= 6 and not ln.endswith((".", ":", "\u201d", '"')) and " / " not in ln
    ]
    # A headline usually stands twice (breadcrumb or share text); then the longest.
    return max(candidates, key=lambda ln: (text.count(ln) > 1, "(" not in ln, len(ln))) if candidates else ""


def _with_date(doc: Document, dct: datetime | None) -> Document:
    """Fill the article date: the caller's, else the document's own metadata, else the text's dateline."""
    if dct is not None:
        return replace(doc, dct=dct, dct_source="caller")
    if doc.dct is not None:
        return doc
    found = find_article_date(doc.text)
    if found is None:
        warnings.warn(
            f"{doc.path or doc.doc_id}: no article date found; relative dates stay unresolved (give --dct)",
            NoArticleDateWarning,
            stacklevel=3,
        )
        return doc
    return replace(doc, dct=found.value, dct_source="dateline", dct_text=found.text)


# A byline naming a wire service or paper: "Associated Press, Washington", "By Jane Doe, Reuters".
_AGENCY = re.compile(
    r"^(?:By [^\n]{2,60}?,\s*)?(?P<agency>Associated Press|AP|Reuters|Agence France-Presse|AFP|Bloomberg|"
    r"Press Trust of India|PTI|dpa|Xinhua|United Press International|UPI)\b[^\n]{0,40}$",
    re.MULTILINE,
)


def guess_source(text: str) -> str:
    """A plain-text article's source from its byline (the wire service), or "" when none is named."""
    found = _AGENCY.search(text[:3000])
    return found.group(0).strip() if found else ""


def read_text_file(path: Path) -> Document:
    text = _decode(path.read_bytes(), str(path))
    return Document(
        doc_id=path.stem, text=text, title=guess_title(text), source=guess_source(text) or path.name, path=str(path)
    )


def read_html_file(path: Path) -> Document:
    """Main text and metadata via trafilatura; the publication date via htmldate's metadata search."""
    import trafilatura
    from htmldate import find_date

    html = _decode(path.read_bytes(), str(path))
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    fields: dict[str, Any] = {}
    if isinstance(extracted, dict):
        fields = extracted
    elif extracted is not None:
        fields = extracted.as_dict()
    meta: dict[str, str] = {k: v for k, v in fields.items() if isinstance(v, str)}
    text = meta.get("text", "")
    if not text.strip():
        raise InputError(str(path), "no article text found in the HTML page")
    dct: datetime | None = None
    dct_text = ""
    try:
        found = find_date(html, outputformat="%Y-%m-%dT%H:%M:%S", original_date=True, extensive_search=False)
    except Exception:  # htmldate raises on odd markup; the text dateline is the fallback
        found = None
    if found:
        dct, dct_text = datetime.fromisoformat(found), found
    return Document(
        doc_id=path.stem,
        text=text,
        dct=dct,
        dct_source="metadata" if dct else "none",
        dct_text=dct_text,
        title=meta.get("title", ""),
        source=meta.get("sitename", "") or path.name,
        url=meta.get("url", ""),
        path=str(path),
    )


def iter_jsonl(path: Path) -> Iterator[Document | InputError]:
    """One document per line; a bad line yields an error naming the line and the reading goes on."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), exc.strerror or str(exc))
        return
    if not raw.strip():
        yield InputError(str(path), "empty file")
        return
    try:
        content = _decode(raw, str(path))
    except InputError as exc:
        yield exc
        return
    for lineno, line in enumerate(content.splitlines(), start=1):
        where = f"{path}:{lineno}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "a JSONL line must be a JSON object")
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield InputError(where, "missing or empty 'text' field")
            continue
        dct = None
        if record.get("dct") not in (None, ""):
            try:
                dct = parse_dct(str(record["dct"]), origin="dct")
            except DateError as exc:
                yield InputError(where, str(exc))  # "FILE:LINE: dct: cannot parse ..."
                continue
        yield Document(
            doc_id=str(record.get("doc_id") or f"{path.stem}-{lineno}"),
            text=text,
            dct=dct,
            dct_source="metadata" if dct else "none",
            dct_text=str(record.get("dct") or ""),
            title=str(record.get("title") or ""),
            source=str(record.get("source") or path.name),
            url=str(record.get("url") or ""),
            path=where,
        )


def _expand(inputs: Sequence[str | Path], result: LoadResult) -> list[Path]:
    paths: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                result.problems.append(InputError(str(p), "folder holds no .txt, .html, .htm or .jsonl files"))
            paths.extend(found)
        elif p.exists():
            paths.append(p)
        else:
            result.problems.append(InputError(str(p), "no such file or directory"))
    return paths


def load(inputs: Sequence[str | Path] | str | Path, *, dct: str | datetime | None = None) -> LoadResult:
    """Read every input into documents with their article dates; problems are collected, not raised.

    ``dct`` (the caller's date) overrides every document's own date; a JSONL record's ``dct`` is used as given.
    Raises ``DateError`` only for an unparseable ``dct`` argument, before anything is read.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    caller_dct = parse_dct(dct) if dct is not None else None
    result = LoadResult()
    seen: dict[str, int] = {}
    for path in _expand(inputs, result):
        suffix = path.suffix.lower()
        items: list[Document | InputError] = []
        try:
            if suffix in JSONL_SUFFIXES:
                items = list(iter_jsonl(path))
            elif suffix in HTML_SUFFIXES:
                items = [read_html_file(path)]
            else:
                items = [read_text_file(path)]
        except InputError as exc:
            items = [exc]
        except OSError as exc:
            items = [InputError(str(path), exc.strerror or str(exc))]
        for item in items:
            if isinstance(item, InputError):
                result.problems.append(item)
                continue
            doc_id = item.doc_id
            if doc_id in seen:
                seen[doc_id] += 1
                doc_id = f"{doc_id}~{seen[doc_id]}"
            else:
                seen[doc_id] = 0
            result.documents.append(_with_date(replace(item, doc_id=doc_id), caller_dct))
    return result


def document_from_text(
    text: str, *, doc_id: str = "doc", dct: str | datetime | None = None, title: str = "", source: str = "",
    url: str = "",
) -> Document:
    """A document from a string (notebooks, tests); the date is found in the text when not given."""
    doc = Document(doc_id=doc_id, text=text, title=title, source=source, url=url)
    return _with_date(doc, parse_dct(dct) if dct is not None else None)


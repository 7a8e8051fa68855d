"""Read the TBAQ-cleaned TimeML gold: plain TEXT (tags removed), its TIMEX3 spans, and the document date.

Offsets are characters in the TEXT element's content with every tag removed, as the TempEval-3 scorer counts
them; XML entities are decoded and line ends normalized by the XML parser, so the text we tag is exactly the
text the gold offsets index.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq"


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""


@dataclass
class GoldDocument:
    doc_id: str
    text: str
    dct: datetime
    timexes: list[GoldTimex] = field(default_factory=list)


def _parse_dct(value: str) -> datetime:
    value = value.strip()
    for fmt in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d", "%Y%m%d"):
        try:
            return datetime.strptime(value[: len(datetime(2000, 1, 1).strftime(fmt))], fmt)
        except ValueError:
            continue
    raise ValueError(f"unreadable DCT value {value!r}")


def _flatten(element: ET.Element, parts: list[str], timexes: list[GoldTimex], offset: list[int]) -> None:
    """Append the element's text to ``parts`` in document order, recording TIMEX3 spans."""
    start = offset[0]
    if element.text:
        parts.append(element.text)
        offset[0] += len(element.text)
    for child in element:
        _flatten(child, parts, timexes, offset)
        if child.tail:
            parts.append(child.tail)
            offset[0] += len(child.tail)
    if element.tag == "TIMEX3":
        text = "".join(parts)[start : offset[0]]
        timexes.append(
            GoldTimex(
                start, offset[0], text, element.get("type", ""), element.get("value", ""), element.get("mod", "")
            )
        )


def read_document(path: Path) -> GoldDocument:
    root = ET.parse(path).getroot()
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    dct_timex = root.find("DCT/TIMEX3")
    if dct_timex is None:
        raise ValueError(f"{path}: no DCT")
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no TEXT")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    offset = [0]
    if text_el.text:
        parts.append(text_el.text)
        offset[0] += len(text_el.text)
    for child in text_el:
        _flatten(child, parts, timexes, offset)
        if child.tail:
            parts.append(child.tail)
            offset[0] += len(child.tail)
    text = "".join(parts)
    timexes.sort(key=lambda t: t.start)
    return GoldDocument(doc_id, text, _parse_dct(dct_timex.get("value", "")), timexes)


def read_corpus(root: Path = CORPUS) -> list[GoldDocument]:
    """All documents under ``root`` (TimeBank and AQUAINT), sorted by path for a stable order."""
    return [read_document(p) for p in sorted(root.rglob("*.tml"))]

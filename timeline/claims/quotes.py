"""Quotation spans in a document, and how a claim's content relates to them.

Quotes are found on the raw text, not per sentence, because a quote often runs over several sentences ("... Middle
East. Finally, they spoke about ...,” the statement added.").  News style leaves a quote open at the end of a
paragraph when the next paragraph continues it, so an unclosed quote ends with its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN = "\u201c"
STRAIGHT = '"'
_TRAILING = ",;:.!? \t\n"


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks; ``inner_start``/``inner_end`` hold only the words."""

    start: int
    end: int
    inner_start: int
    inner_end: int


_MARKS = re.compile(r'[\u201c\u201d"]|``|\'\'|\n[ \t]*\n')  # `` and '' are the Penn Treebank's quotes


def find_quotes(text: str) -> list[Quote]:
    """All quotations in ``text``, in order; curly and straight marks, unclosed quotes end at the paragraph."""
    quotes: list[Quote] = []
    open_at, open_len = -1, 1
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if ch[0] == "\n":
            if open_at >= 0:
                quotes.append(Quote(open_at, i, open_at + 1, i))
                open_at = -1
        elif ch in (OPEN, "``") or (ch in (STRAIGHT, "''") and open_at < 0):
            if open_at >= 0:
                # A new opening mark inside an open quote: the earlier one ends here.
                quotes.append(Quote(open_at, i, open_at + open_len, i))
            open_at, open_len = i, len(ch)
        elif open_at >= 0:
            quotes.append(Quote(open_at, i + len(ch), open_at + open_len, i))
            open_at = -1
    if open_at >= 0:
        quotes.append(Quote(open_at, len(text), open_at + open_len, len(text)))
    return [q for q in quotes if q.inner_end > q.inner_start]


def inside(quotes: list[Quote], offset: int) -> Quote | None:
    """The quote whose words hold ``offset``."""
    for q in quotes:
        if q.inner_start <= offset < q.inner_end:
            return q
        if q.start > offset:
            break
    return None


def overlapping(quotes: list[Quote], start: int, end: int) -> list[Quote]:
    return [q for q in quotes if q.inner_start < end and start < q.inner_end]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` without surrounding spaces and trailing punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end

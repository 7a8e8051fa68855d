"""Sentence segmentation with character offsets.

A rule splitter rather than a model: it is fast, deterministic, and news text is regular enough (abbreviations,
initials and quotes are the traps).  Blank lines always end a sentence, so page chrome, headlines and datelines
stay out of the body's sentences.
"""

from __future__ import annotations

import re

from .records import Sentence

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st sr jr inc corp co ltd no vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft u.s u.n u.k e.g i.e a.m p.m d.c
    ave blvd dept est fig gov't pres""".split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*(?=\s+)""")
# "“Why now?” she asked" is one sentence, and so is "``What right does he have?'' Juan Gonzalez said ...": a
# quotation closing on ?/!/. is followed by its attribution (a name or pronoun, then a speech verb).
_CLOSING_QUOTE = ("'", "\u201d", "\u2019", '"')
_ATTRIBUTION_NEXT = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,5}(?:also\s+)?(?:said|says|asked|asks|added|adds|told|tells|replied|wrote|writes"
    r"|shouted|exclaimed|recalled|wondered|continued|insisted|chanted|sang|declared|explained|argued|answered)\b"
)
_SHORT_LINE = 50
# A line ending in one of these continues on the next line ("spoke on\nTuesday").
_FUNCTION_WORDS = frozenset(
    "a an the of on in at to for by with from and or but as that than about after before since until".split()
)
_PARAGRAPH = re.compile(r"\r?\n[ \t\r]*\n[\r\n]*")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an initial, not a sentence."""
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "\"'(\u201c":
        word_start -= 1
    word = text[word_start:dot].lower().rstrip(".")
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # Initials such as "J." or "U.S." (letters separated by dots).
    return bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", word))


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Short unpunctuated lines (bylines, datelines, captions) stand alone; hard-wrapped prose stays joined."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    pos = text.find("\n", start, end)
    while pos != -1:
        line = text[cursor:pos].strip()
        words = line.split()
        continues = bool(words) and (words[-1] in _FUNCTION_WORDS or line[-1] in ",;-\u2013\u2014")
        if line and len(line) < _SHORT_LINE and not continues:
            pieces.append((cursor, pos))
            cursor = pos + 1
        pos = text.find("\n", pos + 1, end)
    pieces.append((cursor, end))
    return pieces


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        punct_end = m.end()
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue  # "U.S. officials", "Gen. J. Smith": an abbreviation never ends a sentence
        nxt = punct_end
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt < end and text[nxt].islower():
            continue  # "said the U.S. ... and" or an ellipsis inside a sentence
        if text[punct_end - 1] in _CLOSING_QUOTE and _ATTRIBUTION_NEXT.match(text, nxt, end):
            continue  # "“Why now?” Gonzalez asked.": the quote's attribution follows
        spans.append((cursor, punct_end))
        cursor = nxt
    if cursor < end:
        spans.append((cursor, end))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose offsets index ``text`` exactly (whitespace trimmed)."""
    sentences: list[Sentence] = []
    block_start = 0
    blocks: list[tuple[int, int]] = []
    for m in _PARAGRAPH.finditer(text):
        blocks.append((block_start, m.start()))
        block_start = m.end()
    blocks.append((block_start, len(text)))
    for b_start, b_end in blocks:
        pieces = [span for ls, le in _split_lines(text, b_start, b_end) for span in _split_block(text, ls, le)]
        for s, e in pieces:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                sentences.append(Sentence(len(sentences), s, e, text[s:e]))
    return sentences


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence holding ``offset`` (binary search; sentences are sorted and disjoint)."""
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if offset < s.start:
            hi = mid - 1
        elif offset >= s.end:
            lo = mid + 1
        else:
            return s
    return None

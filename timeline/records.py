"""The small record types that flow between stages.

Every stage produces plain dataclasses; ``tables.py`` is the one place that turns them into DataFrames, so the
column schema lives in one module.  Offsets are always character offsets into ``Document.text`` (half-open,
``text[start:end]``); intervals are half-open too (``begin`` inclusive, ``end`` exclusive), which keeps day,
month and year arithmetic exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Document:
    """One article: its text and the anchor date every relative expression is resolved against."""

    doc_id: str
    text: str
    dct: datetime | None = None
    dct_source: str = "none"  # caller | metadata | dateline | none
    dct_text: str = ""  # the words the date was read from, when it came from the text
    title: str = ""
    source: str = ""  # the outlet or the input file
    url: str = ""
    path: str = ""  # the file the document was read from


@dataclass(frozen=True)
class Sentence:
    sentence_id: int
    start: int
    end: int
    text: str


@dataclass
class Timex:
    """A TIMEX3 expression with its normalized value and the interval it can denote.

    ``begin``/``end`` is the widest interval the words allow (``early April`` -> April 1 to April 11 with mod
    START); ``None`` where the expression cannot be placed on the calendar (durations, unresolved references).
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str = ""  # START | MID | END | APPROX | LESS_THAN | MORE_THAN | BEFORE | AFTER | ...
    begin: datetime | None = None
    end_: datetime | None = None
    granularity: str = ""  # century | decade | year | half | quarter | season | month | week | day | hour | minute | second
    anchor: str = ""  # dct | absolute | t<N> (an earlier timex) | event:<words> | unresolved
    quant: str = ""  # SET only: EVERY, EACH ...
    freq: str = ""  # SET only: 2X ...
    timex_id: str = ""
    sentence_id: int = -1
    doc_id: str = ""


@dataclass
class EventMention:
    doc_id: str
    sentence_id: int
    start: int  # the sentence's offsets
    end: int
    trigger_start: int
    trigger_end: int
    trigger: str
    sentence: str
    timex_id: str = ""
    timex_text: str = ""


@dataclass
class Event:
    """One real-world event, after merging the mentions that refer to it."""

    event_id: str
    label: str
    trigger: str
    kind: str  # call | meeting | talks | strike | election | office | statement | other
    value: str  # the TIMEX3 value that dates it
    begin: datetime | None
    end_: datetime | None
    granularity: str
    mod: str
    actors: list[str] = field(default_factory=list)
    location: str = ""
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def first(self) -> EventMention:
        return self.mentions[0]


@dataclass
class Claim:
    """Who said what, as written, with the spans that let a reader check it."""

    claim_id: str
    doc_id: str
    sentence_id: int
    speaker: str  # as written
    actor: str  # canonical
    role: str
    cue: str
    cue_class: str  # say | deny | assess | accuse | criticize | announce | characterize | warn | according_to
    content: str
    kind: str  # direct_quote | partial_quote | paraphrase
    stance: str  # asserts | denies | accuses | criticizes | announces | warns | characterizes | assesses
    made_value: str  # TIMEX3 value of when the claim was made
    made_begin: datetime | None
    made_end: datetime | None
    event_id: str
    cue_start: int
    cue_end: int
    speaker_start: int
    speaker_end: int
    content_start: int
    content_end: int
    sentence: str
    topic: str = ""
    within: str = ""  # the claim whose content reports this one ("the agency said officials said ..."), if any


@dataclass(frozen=True)
class ClaimLink:
    source_claim_id: str
    target_claim_id: str
    relation: str  # agrees | contradicts | omits | responds_to
    reason: str

"""What a relative expression is resolved against, and which way in time it points.

News convention (checked on TimeBank/AQUAINT): a bare weekday is the article day itself when the weekday matches,
else the nearest such day before it, unless the wording points ahead ("will", "plans to", "talks that begin").
Anaphoric expressions ("the next day", "two days later", "that month") use the last date the text mentioned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..records import Timex
from .interval import interval_of

# Words that make an unmarked weekday or month point forward, searched in the clause before the expression.
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|won't|'ll|’ll|shall|going\s+to|scheduled|set\s+to|due\s+to|expected|expects?\s+to|"
    r"plans?\s+to|planned|planning|intends?\s+to|aims?\s+to|hopes?\s+to|to\s+be\s+held|is\s+to|are\s+to|"
    r"as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than|until|till|next|upcoming|begins?|starts?|opens?|resumes?|"
    r"convenes?|expires?|would|could|might|to\s+(?:meet|leave|begin|start|resume|hold|visit|announce|open|close|vote|travel))\b",
    re.IGNORECASE,
)
_FUTURE_AFTER = re.compile(r"^\W{0,3}(?:\w+\s+){0,3}?(?:will|'ll|’ll|is\s+(?:expected|scheduled|due)|would)\b", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|declared|was|were|had|did|met|held|began|started|opened|"
    r"closed|ended|rose|fell|\w+ed)\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[.!?;:\n\"“”]")


def tense_at(text: str, start: int, end: int) -> int:
    """+1 when the clause around ``text[start:end]`` points to the future, -1 when it reads as past, 0 unsure."""
    lo = max(0, start - 80)
    before = text[lo:start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(before)), default=0)
    before = before[cut:]
    fut = _FUTURE_BEFORE.search(before)
    past = None
    for past in _REPORTING.finditer(before):
        pass
    if fut and (past is None or fut.start() > past.start()):
        return 1
    after = text[end : end + 40]
    if _FUTURE_AFTER.search(after):
        return 1
    if past is not None:
        return -1
    return 0


@dataclass
class Reference:
    """The state the tagger carries through a document: its date and the dates mentioned so far."""

    dct: datetime | None
    mentioned: list[Timex] = field(default_factory=list)

    @property
    def day(self) -> date | None:
        return self.dct.date() if self.dct else None

    def last_placed(self, *, finest: str = "day", coarsest: str = "year") -> Timex | None:
        """The most recent DATE/TIME mention placed on the calendar with a granularity in the given range."""
        order = ["part_of_day", "hour", "minute", "second", "day", "weekend", "week", "month", "quarter", "season", "half", "year"]
        lo, hi = order.index(finest) if finest in order else 0, order.index(coarsest) if coarsest in order else len(order)
        allowed = set(order[min(lo, 4) if finest == "day" else lo : hi + 1]) | ({"hour", "minute", "second", "part_of_day"} if finest == "day" else set())
        for t in reversed(self.mentioned):
            if t.type in ("DATE", "TIME") and t.begin is not None and t.granularity in allowed and t.anchor != "absolute-chrome":
                return t
        return None

    def anchor_day(self, *, anaphoric: bool) -> tuple[date | None, str]:
        """The day to count from and its name: the last mentioned day for anaphora, else the article date."""
        if anaphoric:
            t = self.last_placed(finest="day", coarsest="day")
            if t is not None and t.begin is not None:
                return t.begin.date(), t.timex_id
        return (self.day, "dct") if self.day else (None, "unresolved")


def nearest_weekday(ref: date, weekday: int, direction: int) -> date:
    """The ``weekday`` (ISO, Monday=1) nearest ``ref``: the ref day itself if it matches, else before (-1/0) or after (+1)."""
    delta = weekday - ref.isoweekday()
    if delta == 0:
        return ref
    if direction > 0:
        return ref + timedelta(days=delta % 7)
    return ref - timedelta(days=(-delta) % 7)


def strictly(ref: date, weekday: int, direction: int) -> date:
    """``next Friday`` / ``last Friday``: the nearest such day strictly after or before ``ref``."""
    delta = weekday - ref.isoweekday()
    if direction > 0:
        return ref + timedelta(days=(delta % 7) or 7)
    return ref - timedelta(days=((-delta) % 7) or 7)


def placed(value: str) -> bool:
    return interval_of(value)[0] is not None

"""What a relative expression is resolved against, and which way in time it points.

News convention (checked on TimeBank/AQUAINT): a bare weekday is the article day itself when the weekday matches,
else the nearest such day before it, unless the wording points ahead ("will", "plans to", "talks that begin").
Anaphoric expressions ("the next day", "two days later", "that month") use the last date the text mentioned.
"""

from __future__ import annotations

import re
import re._parser as _parser
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..records import Timex
from .patterns import first_chars

# Words that make an unmarked weekday or month point forward, searched in the clause before the expression.
# One leading \b over all alternatives: the engine tests the boundary once per position, not once per branch.
_FUTURE_CUES = (
    r"(?:will|won't|shall|going\s+to|scheduled|set\s+to|(?:is|are|falls?|becomes?)\s+due|expected|expects?\s+to|"
    r"plans?\s+to|planned|planning|supposed\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|to\s+be\s+held|is\s+to|are\s+to|"
    r"as\s+soon\s+as|as\s+early\s+as|no\s+(?:later|earlier)\s+than|next(?!\s+to\b)|upcoming|begins?|(?<=[a-z]\s)(?<!housing\s)(?<!home\s)starts?|opens?|resumes?|"
    r"convenes?|expires?|ends|closes|shuts|meet|meets|leaves|arrives|departs|effective|runs\s+out|takes\s+effect|would|to\s+(?:meet|leave|begin|start|resume|hold|visit|announce|open|close|vote|travel|join|become|set|try|seek|host|launch|sign|decide|attend|return|release|raise|cut|hike|strike|unveil|buy|sell|resign|quit|retire|ban))\b",
    r"(?:agreed|agrees|decided|decides|plans|plan|wants|wanted|intends|intended|promised|pledged|vowed|threatened|"
    r"aims|aimed|seeks|sought|offered|voted|likely|ready|preparing|prepared|tried|trying|try|hoped)\s+to\s+(?!(?:a|an|the|this|that|its|their|his|her|terms)\b)[a-z]+",
    r"'ll\b",
    # a condition in the present is a future one: "if the vote passes Tuesday", "unless lawmakers act by Thursday"
    r"(?<!\bas\s)(?<!\beven\s)(?<!\bsee\s)(?<!\basked\s)(?<!\bask\s)(?<!\bknow\s)(?:if|unless)\b",
    r"’ll\b",
    # a deadline moved or granted "until Tuesday" lies ahead, as does the end of a stopgap ("a bill funding the
    # government through Dec. 20", "keeps agencies open until March 14")
    r"(?:postpon|extend|delay|defer|adjourn|gave\b|given\b|giving\b|deadline|stopgap|(?:fund(?:s|ing)?|keep(?:s|ing)?)\s+(?:the\s+)?(?:government|agencies|it|them)\b)\w*[^.;:]{0,60}?\b(?:until|till|through)\b",
    # a fixture or vote moved "to Sunday" / "for next week" lies ahead too
    r"(?:postpon|delay|defer|adjourn|reschedul)\w*\s+(?:[a-z]+\s+){0,3}?(?:to|for)\b",
    r"(?:has|have)\s+until\b",
    # futurates: "is traveling to Europe on Thursday", "travels to Europe Thursday", "runs until Sunday", "the
    # deadline is Friday", "to be released in July", "is forecast to hit", "voters head to the polls Sunday"
    r"(?:is|are)\s+(?:travell?ing|leaving|heading|flying|coming|going|visiting|meeting|hosting|returning|"
    r"arriving|departing|launching|opening|resuming|starting|beginning|holding)\b",
    r"(?:travels|heads|flies|visits|hosts|returns|continues|headlines|performs|plays|holds)\b",
    # releases: "the album is out Friday", "the film hits theaters Dec. 20" ("debuts", "premieres": below)
    r"(?:is|are)\s+out\s+(?:on\s+|in\s+)?$|hits?\s+(?:theaters|theatres|cinemas|screens|stores|shelves)\b",
    # sports fixtures in the plural present: "the Yankees host the Red Sox on Sunday"
    r"(?:host|face|play)\s+(?:the|their|its|a|an)\b",
    r"(?:runs|lasts|continues)\s+(?:until|till|through)\b",
    # warnings and orders: "a flood watch is in effect through Tuesday evening", "remains in place until Sunday"
    r"(?:remains?|stays?|is|are)\s+in\s+(?:effect|place|force|session)\s+(?:until|till|through|from)\b",
    # a state kept "until"/"till" a day: "schools will remain closed till Sunday" ("remained closed" is past)
    r"(?:remain|remains|stay|stays)\s+(?:[a-z]+\s+){0,2}?(?:until|till)\b",
    # a legislature's or electorate's plural present: "lawmakers return on Monday", "voters go to the polls Sunday"
    # ("a tax return on Monday" and "its return" are the noun)
    r"(?<!\btax\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bthe\s)(?<!\ba\s)return\s+(?:on\s+)?$|go\s+to\s+the\s+polls\b",
    # forecasts: "snow is likely Tuesday night", "storms are possible Friday", "forecasters expect ... by Friday";
    # an end put "until at least Wednesday" is not yet known
    r"(?:is|are)\s+(?:likely|possible|unlikely)\b|(?:expect|forecast|predict)s?\b|(?:until|till|through)\s+at\s+least\b",
    # a schedule told with the copula: "Game 7 is on Wednesday night", "tip-off is at 7:30 p.m. ET Friday"
    r"(?:is|are)\s+(?:on|at)\b(?!\s+(?:least|most|risk|stake|odds|record|issue|trial)\b)",
    # ... or "in" right before the time: "the elections are in June", "the vote is in March"; or nothing at all: "Game 5
    # is Thursday", "kickoff is 8:15 p.m. Monday"
    r"(?:is|are)\s+(?:due\s+)?(?:in\s+)?$",
    # readying for a coming event in the present progressive: "fans are queuing for Sunday's final"
    r"(?:is|are)\s+[a-z]+ing\s+(?:up\s+)?for\b",
    # what goes on sale, live or into effect, and what comes "ahead of" a fixture, lies ahead
    # ("ahead of" only right before the expression: "Just ahead of the trip, the department on Sunday issued")
    r"go(?:es)?\s+(?:on\s+sale|live|into\s+effect)\b|ahead\s+of\s+$",
    # forecasts and possibilities: "could make landfall early Friday", "may not be known until late Wednesday";
    # "could be located Wednesday" is as often a past ability
    r"could(?!\s+not\b|n['’]t|\s+have\b|\s+be\b)|may\s+(?:not\s+)?be\b",
    r"deadline\s+is\b|deadline\s+of\s+$",  # "set a strike deadline of 12:01 a.m. Friday"
    r"to\s+be\s+[a-z]+(?:ed|en)\b",
    r"(?:forecast|predicted|projected|expected)\s+(?:to|for)\b",
    # South Asian forecasts: "inflation is seen easing by end-March", "growth is seen at 7% next year"
    r"(?:is|are)\s+seen\s+(?:at|to|[a-z]+ing)\b",
    r"(?:is|are)\s+set\s+for\b|airs\b|(?:kicks?|tips?)\s+off\b|(?:open|close)\s+(?:at|on)\b",
    r"(?:heads?\s+to|gathers?|reopens?|reconvenes?|goe?s\s+(?:to|on)\s+trial|takes?\s+office)\b",
    # release schedules of tech and media news: "the game launches Thursday", "the embargo lifts at 9 a.m. Friday"
    r"(?:launches|debuts|premieres|lifts|rolls\s+out)\b",
    # a release in the present passive right before the day: "exam results are published on Thursday"
    r"(?:is|are)\s+(?:published|released|issued|unveiled|posted)\s+(?:on\s+)?$",
    r"(?:should|might|must(?!\s+have\b)|needs?\s+to|ha(?:s|ve)\s+to)\b",
    r"expects?\s+(?:[a-z]+\s+){1,3}to\s+[a-z]+",
    # dividend notices: "payable Jan. 2 to stock of record Dec. 15" are dates ahead of the notice
    r"payable\b|of\s+record\b",
    # market forecasts: "traders see a cut in March", "the consensus for Friday's payrolls report"
    r"(?:analysts|economists|traders|investors|markets|forecasters|strategists)\s+(?:now\s+)?see\b|consensus\b",
    # court calendars: "the retrial is slated for February", "held pending a Jan. 12 hearing" (not "the pending
    # appeal"), "the arraignment was continued to Jan. 2", "bailed to appear on 5 January" (not "failed to appear"),
    # "he faces arraignment Jan. 3", "the judge set the trial for January"
    r"slated\b|(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)pending\s+(?:an?|the|his|her|their|its|trial|retrial|appeal|sentencing|review)\b",
    r"(?:was|were|been|be)\s+continued\s+(?:[a-z]+\s+){0,3}?(?:to|until|till)\b|remand\w*[^.;:]{0,40}?\b(?:until|till)\b",
    r"(?<!\bfailed\s)(?<!\bfails\s)(?<!\bfailing\s)(?<!\brefused\s)to\s+appear\b|faces?\s+(?:trial|retrial|arraignment|sentencing)\b",
    r"set\s+(?:the|a|his|her|their)\s+(?:[a-z]+\s+)?(?:trial|retrial|hearing|sentencing|arraignment)\s+for\b",
    # a date moved "to" right before the day: "sentencing was pushed to Sept. 18" ("pushed to $2,000 on" is not)
    r"(?:push|mov|bump)(?:ed|es|e)?\s+(?:back\s+|up\s+)?(?:to|until)\s+$",
    # a headline drops the copula: "Jobs report due Fri." ("was due Friday" is past)
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)due\s+(?:on\s+|by\s+)?$",
)
_FUTURE = re.compile(r"\b(?:" + "|".join(_FUTURE_CUES) + ")")
# a completion still ahead is no past: "is expected to have finished by Friday", "will have cleared the road"
_PAST_GUARD = r"\b(?<!\bbe\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!expected\sto\shave\s)(?<!\bwill\shave\s)(?<!['’]ll\shave\s)"
_PAST_CUES = (
    # a plan in the past perfect is over ("had planned to vote Monday"); a negated past consumes its verb ("did not
    # meet Tuesday": "meet" is no plan)
    r"had\s+(?:been\s+)?(?:scheduled|due|set|expected|supposed|planned|intended|hoped|wanted|meant)\s+to\s+[a-z]+|did(?:\s+not|n['’]t)\s+[a-z]+|ha(?:s|ve)\s+been|said|says|told|announced|reported|added|stated|declared|was|were|had|did|met|"
    r"(?:was|were|had)n['’]t|"
    # irregular pasts that are no common present or noun ("read", "put", "set", "cut", "hit", "bit", "shot" are)
    r"retook|wore|hid|swore|shook|stole|(?<=[a-z]\s)(?<!\bthe\s)fed|led|slid|tore|woke|awoke|bled|swam|forgave|forbade|"
    r"overtook|withdrew|undertook|upheld|withheld|foresaw|oversaw|sought|shrank|sang|rang|froze|rode|drove|ate|drank|"
    r"sprang|stung|swung|clung|flung|wept|slept|crept|swept|dealt|knelt|leapt|meant|felt|heard|taught|lent|sped|"
    r"arose|strode|strove|mistook|misled|overthrew|overcame|underwent|withstood|understood|rebuilt|rewrote|shone|"
    # the present perfect with an irregular participle ("has withdrawn its bid", "have taken profits")
    r"ha(?:s|ve)\s+(?:not\s+|never\s+|already\s+|just\s+)?(?:taken|given|written|withdrawn|forgiven|stolen|spoken|"
    r"chosen|broken|driven|fallen|risen|eaten|hidden|shaken|woken|sworn|torn|worn|overtaken|undertaken|forgotten|"
    r"begun|swum|sunk|flown|grown|drawn|known|shown|thrown|blown|done|gone|seen|come|become|won|sung|ridden|frozen)|"
    r"held|began|started|opened|closed|ended|rose|fell|took|made|came|went|gave|got|(?<!\bthe\s)left(?![\s-]+(?:wing|hand|side|back|field|flank|foot|arm|leg|eye|lane|turn|bank)\b)|won|lost|bought|sold|"
    r"brought|paid|ago|since|spent|saw|grew|drew|struck|found|sent|built|kept|fought|caught|became|broke|chose|wrote|"
    r"ran|spoke|stood|sank|flew|threw|knew|fled|died|(?=\w{3,}ed\b)(?!(?:scheduled|expected|planned|supposed|united|hundred|indeed|need|speed|proceed|"
    r"exceed|succeed|breed|greed|creed|sacred|naked|wicked|kindred|unspecified|undisclosed|unidentified|"
    r"unnamed|unexpected|unprecedented|unchanged|unconfirmed|unrelated|unsolicited|unsecured|unlimited|"
    r"detailed|limited|interested|concerned|related|alleged|armed|based|diversified)\b)\w{3,}ed"
)
_PAST = re.compile(_PAST_GUARD + "(?:" + _PAST_CUES + r")\b")
_FUTURE_AFTER = re.compile(
    r"\b(?:will|shall|would|(?:is|are)\s+(?:to|expected|scheduled|due|set)|plans?\s+to)\b|'ll\b|’ll\b"
    # the day itself in the present ("Saturday marks the fifth anniversary"): a coming day, a past one "marked"
    r"|^\s+(?:marks|sees)\b"
)
# A period ends a clause unless it closes an initial ("Daniel P. Davison") or a common abbreviation ("Mr.", "Oct.").
_ABBREVIATIONS = (
    "mr ms mrs dr jr sr st co gen gov sen rep inc ltd corp col lt sgt ft no "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
# A colon or period inside a number ("at 14:00 GMT", "at 8.30pm", "12.5%") ends nothing.
_CLAUSE_START = re.compile(
    r"[!?;\n\"“”]|:(?!\d)|\.(?!\d)(?<!\b[a-z]\.)" + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
)
_CLAUSE_END = re.compile(r"[!?;\n\"“”]|[.:](?!\d)")
_AFTER_END = re.compile(r"[,.!?;:\n\"“”]")


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for m in pattern.finditer(text):
        found = m
    return found


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex source ("a|(?:b|c)|d" -> a, (?:b|c), d)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if i + 1 < len(source) and source[i + 1] in "^]" else 0
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    return [*out, source[start:]]


# Where a cue may begin: a word's first character, or the apostrophe of "'ll" right after a word.
_CUE_START = re.compile(r"\b\w|(?<=\w)['’]")


def cue_starts(text: str) -> list[int]:
    """Where a cue may begin in ``text`` (found once for both the future and the past cues)."""
    return [m.start() for m in _CUE_START.finditer(text)]


class _LastCue:
    """The last match of ``guard(?:cue|cue|...)end`` in a clause, as ``finditer`` would find it, trying at each
    word start only the cues that may begin with its first character: the whole alternation of a hundred cues,
    tried at every word, was a fifth of the tagger's time."""

    def __init__(self, guard: str, cues: tuple[str, ...], end: str = "") -> None:
        alternatives = [alt for cue in cues for alt in _alternatives(cue)]
        firsts = [first_chars(_parser.parse(alt)) for alt in alternatives]
        chars = {c for found, _ in firsts if found for c in found}

        def compiled(char: str | None) -> re.Pattern[str] | None:
            chosen = [
                a
                for a, (found, empty) in zip(alternatives, firsts, strict=True)
                if found is None or empty or char in found
            ]
            return re.compile("(?:" + "|".join(chosen) + ")" + end) if chosen else None

        self._by_char = {c: compiled(c) for c in chars}
        self._other = compiled(None)
        self._guard = re.compile(guard)  # zero-width, tested only where a cue matched

    def last(self, text: str, starts: list[int] | None = None) -> re.Match[str] | None:
        """The last match in ``text``; ``starts``, where cues may begin (``cue_starts``), when already known."""
        found, pos = None, 0
        by_char, other = self._by_char, self._other
        for p in cue_starts(text) if starts is None else starts:
            if p < pos:
                continue
            pattern = by_char.get(text[p], other)
            m = pattern.match(text, p) if pattern is not None else None
            if m is not None and self._guard.match(text, p) is not None:
                found, pos = m, max(m.end(), p + 1)
        return found


_FUTURE_LAST = _LastCue(r"\b", _FUTURE_CUES)
_PAST_LAST = _LastCue(_PAST_GUARD, (_PAST_CUES,), r"\b")


def tense_at(text: str, start: int, end: int) -> int:
    """+1 when the clause around ``text[start:end]`` points to the future, -1 when it reads as past, 0 unsure.

    The nearest cue before the expression in its clause decides ("said it would meet Friday" is future,
    "announced Friday" past); with none before, the first cue after it ("On Tuesday, the group will ...").
    """
    return cue_at(text, start, end)[0]


# Verbs of saying: when one of them is all that makes a clause past ("told companies of a cut in September"), the
# saying is past but what was said may lie ahead.
REPORTING_CUES = frozenset("said says told announced reported added stated declared".split())


def cue_at(text: str, start: int, end: int) -> tuple[int, str]:
    """``tense_at`` with the cue word that decided it."""
    before = text[max(0, start - 120) : start].lower()  # cue patterns are lower case: much faster than IGNORECASE
    cut = _last(_CLAUSE_START, before)
    if cut is not None:
        before = before[cut.end() :]
    starts = cue_starts(before)
    fut = _FUTURE_LAST.last(before, starts)
    past = _PAST_LAST.last(before, starts)
    if fut is not None or past is not None:
        # Ends decide: "had been due to expire" (a plan now past) ends with the future cue it contains.
        if past is None or (fut is not None and fut.end() > past.end()):
            return 1, fut.group(0) if fut is not None else ""
        return -1, past.group(0)
    after = text[end : end + 100].lower()
    stop = _CLAUSE_END.search(after)
    if stop is not None:
        after = after[: stop.start()]
    fut = _FUTURE_AFTER.search(after)
    past = _PAST.search(after)
    if fut is not None and (past is None or fut.start() < past.start()):
        return 1, fut.group(0)
    if past is not None:
        return -1, past.group(0)
    return 0, ""


def past_in_clause(text: str, start: int) -> bool:
    """True when the clause before ``text[start]`` holds a past cue anywhere ("made it hard to meet demand"); a
    verb of saying alone is not one ("said the merger would close in the spring")."""
    before = text[max(0, start - 120) : start].lower()
    cut = _last(_CLAUSE_START, before)
    clause = before[cut.end() :] if cut is not None else before
    return any(m.group(0) not in REPORTING_CUES for m in _PAST.finditer(clause))


LOOKBACK = 60  # mentions searched back for an anaphor's reference: bounded work on very long texts


@dataclass
class Reference:
    """The state the tagger carries through a document: its date and the dates mentioned so far."""

    dct: datetime | None
    mentioned: list[Timex] = field(default_factory=list)

    @property
    def day(self) -> date | None:
        return self.dct.date() if self.dct else None

    def last_placed(self, *, finest: str = "day", coarsest: str = "year", base_only: bool = False) -> Timex | None:
        """The most recent DATE/TIME mention placed on the calendar with a granularity in the given range."""
        order = [
            "part_of_day",
            "hour",
            "minute",
            "second",
            "day",
            "weekend",
            "week",
            "month",
            "quarter",
            "season",
            "half",
            "year",
        ]
        lo, hi = (
            order.index(finest) if finest in order else 0,
            order.index(coarsest) if coarsest in order else len(order),
        )
        allowed = set(order[min(lo, 4) if finest == "day" else lo : hi + 1]) | (
            {"hour", "minute", "second", "part_of_day"} if finest == "day" else set()
        )
        for t in reversed(self.mentioned[-LOOKBACK:]):
            if base_only and t.anchor.startswith("t"):
                continue
            if t.type in ("DATE", "TIME") and t.begin is not None and t.granularity in allowed:
                return t
        return None


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

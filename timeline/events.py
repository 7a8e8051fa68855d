"""Events: what happened when, from dated sentences, with repeated mentions merged.

An event is found where a time expression attaches in the dependency parse: "Tuesday's call" (possessive),
"ordered the strikes in early April" (a light verb hands over to its event noun), "talks that begin Wednesday"
(an aspectual verb hands over to its subject).  Mentions of one event are merged when their kind agrees and
their dates overlap (the "meeting in July" is the "meeting ... on July 7-8"); undated definite mentions ("the
call", "the Syria strikes") then attach to the single dated event with the same head word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from spacy.attrs import DEP, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN

from .parse import column, lemma
from .records import Document, Event, EventMention, Sentence, Timex
from .titles import PORTFOLIOS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Event kinds by head lemma; a trigger outside these keeps its own lemma as kind "other".
KINDS: dict[str, frozenset[str]] = {
    "call": frozenset({"call", "phone", "conversation", "discussion", "talk", "speak", "telephone"}),
    "meeting": frozenset({"meeting", "meet", "summit", "visit", "conference", "encounter"}),
    "talks": frozenset({"talks", "negotiation", "negotiations", "peace"}),
    "strike": frozenset(
        {"strike", "airstrike", "attack", "bombing", "raid", "missile", "offensive", "shelling", "assault", "bomb"}
    ),
    "election": frozenset({"election", "vote", "poll", "referendum", "primary", "ballot", "runoff"}),
    "office": frozenset({"inauguration", "office", "swear"}),
}
_KIND_OF = {word: kind for kind, words in KINDS.items() for word in words}

# Verbs whose object or subject is the real event: "ordered the strikes", "talks that begin".
LIGHT_VERBS = frozenset(
    {"order", "launch", "hold", "conduct", "carry", "stage", "set", "organise", "organize", "plan", "schedule",
     "host", "attend", "authorize", "approve", "mount", "make", "have", "try"}
)
ASPECTUAL_VERBS = frozenset({"begin", "start", "end", "continue", "resume", "open", "close", "conclude", "finish"})
REPORTING_VERBS = frozenset(
    {"say", "tell", "add", "announce", "report", "state", "claim", "deny", "note", "write", "according"}
)
_NOT_EVENTS = frozenset({"time", "year", "day", "week", "month", "be", "mark", "quarter", "period", "%"})
_ORDINALS = frozenset("first second third fourth fifth last next final latest".split())
_NSUBJ = get_string_id("nsubj")
_SUBJECT_DEPS = frozenset({_NSUBJ, get_string_id("nsubjpass")})
_DATES = "timeline_dates"  # Doc.user_data key: token indices inside a time expression
_NAMES = "timeline_names"  # Doc.user_data key: token index -> the proper-name span holding it
_SPANS = "timeline_name_spans"  # Doc.user_data key: the proper-name spans, in order
_COLUMNS = "timeline_pos_dep"  # Doc.user_data key: the POS and DEP columns (``parse.column``)


def mark(parsed: Doc, sentence: Sentence, timexes: Sequence[Timex]) -> None:
    """Note on the parse which tokens are dates (from our own tagger) and which are proper names.

    The parse runs without spaCy's entity recognizer (it would double the cost); names are runs of proper
    nouns, which is what the rules need: who acts, and where.
    """
    dates: set[int] = set()
    for tx in timexes:
        if tx.sentence_id == sentence.sentence_id:
            span = parsed.char_span(tx.start - sentence.start, tx.end - sentence.start, alignment_mode="expand")
            if span is not None:
                dates.update(range(span.start, span.end))
    names: dict[int, Span] = {}
    spans: list[Span] = []
    # Runs of consecutive proper nouns outside dates, read from the tag column (no Token per word).
    pos, dep, lower = (c.tolist() for c in parsed.to_array([POS, DEP, LOWER]).T)  # one call for three columns
    proper = [k for k, tag in enumerate(pos) if tag == PROPN and k not in dates]
    run_start = 0
    for n in range(1, len(proper) + 1):
        if n < len(proper) and proper[n] == proper[n - 1] + 1:
            continue
        i, j = proper[run_start], proper[n - 1]
        run_start = n
        first = i  # "President Vladimir Putin": the title is not part of the name
        for k in range(i, j):
            if lower[k] in _TITLE_IDS:
                first = k + 1
        if first == i and i >= 2 and lower[i - 1] == _OF_ID and lower[i - 2] in _TITLE_IDS:
            while first < j - 1 and lower[first] in _PORTFOLIO_IDS:
                first += 1
        if lower[j] not in _TITLE_IDS:  # "the US President" is a title, resolved as a role
            span = parsed[first : j + 1]
            names.update(dict.fromkeys(range(first, j + 1), span))
            spans.append(span)
    parsed.user_data[_DATES] = dates
    parsed.user_data[_NAMES] = names
    parsed.user_data[_SPANS] = spans
    parsed.user_data[_COLUMNS] = (pos, dep)


def _is_date(tok: Token) -> bool:
    return tok.i in tok.doc.user_data.get(_DATES, ())


def _name(tok: Token) -> Span | None:
    found: Span | None = tok.doc.user_data.get(_NAMES, {}).get(tok.i)
    return found


def _is_quantity(tok: Token) -> bool:
    return _is_date(tok) or tok.like_num or tok.tag_ == "CD" or tok.lower_ in _ORDINALS


@dataclass
class _Candidate:
    doc_id: str
    kind: str
    lemma: str
    phrase: str
    timex: Timex
    sentence: Sentence
    trigger_start: int
    trigger_end: int
    trigger: str
    actors: list[str] = field(default_factory=list)
    location: str = ""
    short: dict[str, str] = field(default_factory=dict)  # person -> surname, for labels


def _span_root(parsed: Doc, start: int, end: int) -> Token | None:
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _event_head(tok: Token) -> Token | None:
    """Walk from a time expression to the word naming the event it dates."""
    seen = 0
    while seen < 6:
        seen += 1
        head = tok.head
        if head is tok:
            return tok if tok.pos_ == "VERB" else None
        if tok.dep_ in ("pobj", "pcomp"):
            tok = head  # the preposition
            continue
        if head.pos_ in ("NOUN", "PROPN") and lemma(head) not in _NOT_EVENTS:
            return head
        if head.pos_ in ("VERB", "AUX"):
            return head
        tok = head
    return None


def _refine(head: Token) -> Token:
    """Hand over from light, aspectual and reporting verbs to the event word they govern."""
    head_lemma = lemma(head)
    if head.pos_ in ("VERB", "AUX"):
        if head_lemma in ASPECTUAL_VERBS:
            if head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN"):
                return head.head
            for child in head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
                    return child
        if head_lemma in LIGHT_VERBS or head_lemma in ASPECTUAL_VERBS:
            for child in head.children:
                if child.dep_ in ("dobj", "attr") and child.pos_ in ("NOUN", "PROPN") and _kind(child) != "other":
                    return child
    # "a meeting during the G20 summit on July 7-8": the meeting is the event, the summit its setting.
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.lower_ in ("during", "at"):
        outer = head.head.head
        if outer.pos_ in ("NOUN", "PROPN") and _kind(outer) != "other":
            return outer
    return head


def _kind(tok: Token) -> str:
    word = tok.lower_
    kind = _KIND_OF.get(word) if word in ("talks", "negotiations") else None
    kind = kind or _KIND_OF.get(lemma(tok), _KIND_OF.get(word, "other"))
    if kind == "other" and tok.pos_ == "VERB":  # "took office", "held talks"
        for child in tok.children:
            if child.dep_ == "dobj" and lemma(child) in _KIND_OF:
                return _KIND_OF[lemma(child)]
    return kind


def _named_event_in(verb: Token) -> Token | None:
    """A generic verb dated by the text ("signalled ... on Tuesday, in what was called a phone discussion")
    hands over to an event noun of a known kind in its own clause (not in a reported complement)."""
    stack = [c for c in verb.children if c.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "nsubj")]
    while stack:
        tok = stack.pop()
        if tok.pos_ == "NOUN" and _kind(tok) != "other" and not _is_date(tok):
            return tok
        stack.extend(c for c in tok.children if c.dep_ not in ("ccomp", "xcomp"))
    return None


# Verbs whose subjects are the partners of an event of their kind ("Trump and Putin have spoken").
_RECIPROCAL = frozenset({"speak", "talk", "meet", "telephone", "phone", "negotiate"})
_VERB_NOUNS = {"meet": "meeting", "talk": "talks", "speak": "call", "visit": "visit", "vote": "vote"}


def _phrase(tok: Token) -> str:
    """A short name for the event: the trigger with its compounds, adjectives and object."""
    if tok.pos_ in ("VERB", "AUX"):
        if lemma(tok) in _VERB_NOUNS:
            return _VERB_NOUNS[lemma(tok)]
        parts = [tok]
        parts += [c for c in tok.children if c.dep_ in ("prt", "dobj") and c.pos_ != "PRON"]
        if len(parts) == 1:  # "took to Twitter"
            prep = next((c for c in tok.rights if c.dep_ == "prep"), None)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if prep is not None and obj is not None and not _is_quantity(obj):
                parts += [prep, *[t for t in obj.subtree if not _is_quantity(t) and t.i <= obj.i]]
        parts.sort(key=lambda t: t.i)
        return " ".join(t.text for t in parts)
    # The modifiers right before the noun ("Russian-led talks", "in-person meeting", "US strikes"), up to a
    # determiner, possessor, ordinal or date.
    first = tok.i
    for left in reversed(list(tok.lefts)):
        if left.dep_ not in ("compound", "amod", "nmod", "npadvmod") or _is_quantity(left):
            break
        first = left.left_edge.i
    words = tok.doc[first : tok.i + 1].text
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("on", "against", "with", "in", "over", "between"):
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects and not _is_date(objects[0]):
                words += f" {child.text} " + tok.doc[objects[0].left_edge.i : objects[0].i + 1].text
            break
    return words


_TITLES = frozenset(
    """president minister chancellor secretary ambassador leader king queen prince pope governor senator
    mayor general chairman chief spokesman spokeswoman director premier envoy""".split()
)
_TITLE_IDS = frozenset(get_string_id(w) for w in _TITLES)
_PORTFOLIO_IDS = frozenset(get_string_id(w) for w in PORTFOLIOS)  # "Secretary of State [Antony Blinken]"
_OF_ID = get_string_id("of")


def _title_before(parsed: Doc, start: int) -> str:
    """ "US President" in "US President Donald Trump": up to three capitalised words ending in a title."""
    words: list[str] = []
    i = start - 1
    while i >= 0 and len(words) < 3 and parsed[i].text[:1].isupper() and _name(parsed[i]) is None:
        words.insert(0, parsed[i].lower_)
        i -= 1
    while words and words[-1] not in _TITLES:
        words.pop()
    return " ".join(words) if words and words[-1] in _TITLES else ""


class _Names:
    """Who a mention refers to: full names for short ones ("Trump"), titles ("the US president") and
    pronouns ("He") resolved to the person last named before."""

    def __init__(self, parses: Sequence[Doc]) -> None:
        self.full: dict[str, str] = {}
        self.roles: dict[str, str] = {}
        self.persons: set[str] = set()  # names that stand for people (titled, or used by surname alone)
        alone: set[str] = set()
        for parsed in parses:
            for span in _spans(parsed):
                name = span.text
                if len(span) == 1:
                    alone.add(name)
                    continue
                last = span[-1].text
                if len(name) > len(self.full.get(last, "")):
                    self.full[last] = name
                title = _title_before(parsed, span.start)
                if title:
                    self.roles.setdefault(title, name)
                    self.persons.add(name)
        self.persons.update(full for short, full in self.full.items() if short in alone)
        self.last_person = ""
        self.last_group: tuple[str, ...] = ()

    def name(self, text: str) -> str:
        text = text.strip()
        return self.full.get(text, text)  # "Trump" -> "Donald Trump"; full names stay as they are

    def all_of(self, tok: Token) -> list[str]:
        """The actors a token names: "the two leaders" are the pair last named together."""
        if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and lemma(tok) in _TITLES | {"side"}:
            return list(self.last_group)
        one = self.of(tok)
        return [one] if one else []

    def of(self, tok: Token) -> str:
        """The actor a subject/object token names, or "" when it names none."""
        span = _name(tok)
        if span is not None:
            return self.name(span.text)
        if tok.pos_ == "PRON" and tok.lower_ in ("he", "she", "him", "her"):
            return self.last_person
        if tok.pos_ == "PROPN" and tok.text in self.full:
            return self.full[tok.text]
        if tok.pos_ in ("NOUN", "PROPN"):
            key = " ".join(t.lower_ for t in tok.lefts if t.dep_ in ("compound", "amod")) + f" {tok.lower_}"
            return self.roles.get(key.strip(), "")
        return ""

    def seen_text(self, text: str) -> None:
        """An unparsed sentence still moves "he" to the first known person it names."""
        hits = [(text.find(short), full) for short, full in self.full.items() if short in text]
        if hits:
            self.last_person = min(hits)[1]

    def seen(self, parsed: Doc) -> None:
        """Remember the person a later "he" or "she" most likely means: this sentence's subject, if a person;
        and the people named together as subjects, whom "the two leaders" later means."""
        tags, deps = parsed.user_data.get(_COLUMNS) or (column(parsed, POS), column(parsed, DEP))
        subject_at = [i for i, dep in enumerate(deps) if dep in _SUBJECT_DEPS]
        for i in subject_at:
            tok = parsed[i]
            if tok.conjuncts:
                group = [self.of(t) for t in (tok, *tok.conjuncts)]
                group = [g for g in group if g]
                if len(group) >= 2:
                    self.last_group = tuple(dict.fromkeys(group))
        subjects = [self.of(parsed[i]) for i in subject_at if deps[i] == _NSUBJ and tags[i] == PROPN]
        subjects = [s for s in subjects if s in self.persons or s in self.full.values()]
        if subjects:
            self.last_person = subjects[0]
            return
        persons = [self.name(span.text) for span in _spans(parsed)]
        persons = [p for p in persons if p in self.persons]
        if persons:
            self.last_person = persons[0]


def _spans(parsed: Doc) -> list[Span]:
    """The proper-name spans of a marked parse, in order."""
    if _SPANS in parsed.user_data:
        listed: list[Span] = parsed.user_data[_SPANS]
        return listed
    seen: dict[int, Span] = {}
    for span in parsed.user_data.get(_NAMES, {}).values():
        seen.setdefault(span.start, span)
    return [seen[k] for k in sorted(seen)]


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts]


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects with their conjuncts, through relative pronouns and raising verbs."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    if verb.dep_ == "relcl" and (not subjects or subjects[0].lower_ in ("who", "that", "which")):
        subjects = [verb.head]  # "Putin, who met ..."
    climb = verb
    for _ in range(3):  # "the leaders agreed to try to set up a meeting": set <- try <- agreed
        if subjects or climb.dep_ not in ("xcomp", "conj", "ccomp"):
            break
        climb = climb.head
        subjects = [c for c in climb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [t for subj in subjects for t in _with_conjuncts(subj)]


def _actors(trigger: Token, names: _Names) -> list[str]:
    """Who acts in the event: the subject of a verb trigger (or of the verb that holds a noun trigger),
    owners and compounds of a noun trigger ("US strikes", "Tuesday's call"), and "with"/"between" partners."""
    found: list[Token] = []
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        found += [c for c in trigger.children if c.dep_ in ("poss", "compound") and _name(c) is not None]
        verb = trigger.head
        via_preposition = trigger.dep_ == "pobj"
        while verb.dep_ in ("prep", "pobj") and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        # "Clinton said during an appearance": the subject was there; "the White House called it a phone
        # discussion": the subject only named it, unless the verb is a light one ("Trump ordered the strikes").
        if not via_preposition and lemma(verb) not in LIGHT_VERBS:
            verb = trigger
    if verb.pos_ in ("VERB", "AUX"):
        found += _subjects(verb)
    for holder in (trigger, verb):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "between"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found += _with_conjuncts(obj)
    # Who "have spoken" in the sentence is who had the call: same-kind verbs name the partners.
    kind = _kind(trigger)
    if kind != "other":
        for tok in trigger.doc:
            if lemma(tok) in _RECIPROCAL and tok is not trigger and _KIND_OF.get(lemma(tok)) == kind:
                found += _subjects(tok)
    return list(dict.fromkeys(a for t in found for a in names.all_of(t)))


def _location(trigger: Token, parsed: Doc, actors: Sequence[str]) -> str:
    """A place introduced by "in", "at" or "near" on the trigger, its verb, or its setting ("summit in Hamburg")."""
    near = {trigger.i, trigger.head.i}
    frontier = [trigger]
    for _ in range(6):  # the trigger's own phrase: "talks that begin Wednesday in Kazakhstan", "summit on July 7-8 in Hamburg"
        frontier = [c for t in frontier for c in t.children if c.dep_ in ("prep", "pobj", "relcl", "acl", "pcomp")]
        near.update(t.i for t in frontier)
    places = [
        e for e in _spans(parsed)
        if e.text not in actors and e.root.dep_ == "pobj"
        and e.root.head.lower_ in ("in", "at", "near") and e.root.head.head.i in near
    ]
    return min(places, key=lambda e: abs(e.root.i - trigger.i)).text if places else ""


def find_candidates(
    doc: Document, sentences: Sequence[Sentence], timexes: Sequence[Timex], parses: Mapping[int, Doc]
) -> list[_Candidate]:
    """One candidate per dated (DATE/TIME, placed on the calendar) expression that attaches to an event word.

    ``parses`` maps sentence ids to their parse; it needs to hold only the dated sentences (more sentences give
    pronouns and short names more to resolve against).
    """
    in_sentence: dict[int, list[Timex]] = {}
    for tx in timexes:
        in_sentence.setdefault(tx.sentence_id, []).append(tx)
    for sid, marked in parses.items():
        mark(marked, sentences[sid], in_sentence.get(sid, []))
    names = _Names([parses[k] for k in sorted(parses)])
    by_sentence: dict[int, list[Timex]] = {}
    for tx in timexes:
        if tx.type in ("DATE", "TIME") and tx.begin is not None and tx.sentence_id >= 0:
            by_sentence.setdefault(tx.sentence_id, []).append(tx)
    found: list[_Candidate] = []
    for sent in sentences:
        parsed = parses.get(sent.sentence_id)
        if parsed is None:
            names.seen_text(sent.text)  # "Yet, Trump has continued ... He took to Twitter"
            continue
        for tx in by_sentence.get(sent.sentence_id, []):
            if _SINCE.search(sent.text, max(0, tx.start - sent.start - 8), tx.start - sent.start):
                continue  # "raised rates for the 11th time since March 2022": when a stretch began, not the event
            trigger = _trigger_of(parsed, tx.start - sent.start, tx.end - sent.start)
            if trigger is None:
                continue
            actors = _actors(trigger, names)
            start = sent.start + trigger.idx
            found.append(
                _Candidate(
                    doc_id=doc.doc_id,
                    kind=_kind(trigger),
                    lemma=lemma(trigger),
                    phrase=_phrase(trigger),
                    timex=tx,
                    sentence=sent,
                    trigger_start=start,
                    trigger_end=start + len(trigger.text),
                    trigger=trigger.text,
                    actors=actors,
                    location=_location(trigger, parsed, actors),
                    short={a: a.split()[-1] for a in actors if a in names.persons},
                )
            )
        names.seen(parsed)
    return found


_SINCE = re.compile(r"\b(?:since|ever\s+since)\s+$", re.IGNORECASE)


def _trigger_of(parsed: Doc, start: int, end: int) -> Token | None:
    """The word naming the event that the time expression at [start, end) of the sentence dates."""
    root = _span_root(parsed, start, end)
    head = _event_head(root) if root is not None else None
    if head is None:
        return None
    trigger = _refine(head)
    if trigger.pos_ == "VERB" and _kind(trigger) == "other":
        trigger = _named_event_in(trigger) or trigger
    trigger_lemma = lemma(trigger)
    if trigger_lemma in _NOT_EVENTS or trigger_lemma in REPORTING_VERBS or trigger.pos_ not in ("NOUN", "PROPN", "VERB"):
        return None
    if _is_date(trigger):
        return None
    if _name(trigger) is not None and _kind(trigger) == "other":
        return None  # "the Security Council" names a body, not an event
    return trigger


def _width(c: _Candidate) -> float:
    assert c.timex.begin is not None and c.timex.end_ is not None
    return (c.timex.end_ - c.timex.begin).total_seconds()


def _overlaps(a: tuple[datetime | None, datetime | None], b: tuple[datetime | None, datetime | None]) -> bool:
    if None in a or None in b:
        return False
    return a[0] < b[1] and b[0] < a[1]  # type: ignore[operator]


class _Group:
    """Candidates merged so far into one event, with what ``same_event`` compares kept up to date: comparing
    each new candidate with every group is quadratic, so the comparison must not rescan the members."""

    def __init__(self, first: _Candidate) -> None:
        self.members = [first]
        self.kind = first.kind  # every member has it: a candidate joins only a group of its own kind (and
        # lemma, for kind "other"), so ``merge`` need only look at the groups of its key
        self.best = first  # the narrowest date (the first of equals)
        self.width = _width(first)
        self.lemmas = {first.lemma}
        self.actors = set(first.actors)
        self.doc_ids = {first.doc_id}
        self.places = {first.location} - {""}
        self.phrases = {first.phrase.lower()}

    def add(self, c: _Candidate) -> None:
        self.members.append(c)
        width = _width(c)
        if width < self.width:
            self.best, self.width = c, width
        self.lemmas.add(c.lemma)
        self.actors.update(c.actors)
        self.doc_ids.add(c.doc_id)
        if c.location:
            self.places.add(c.location)
        self.phrases.add(c.phrase.lower())

    def same_event(self, c: _Candidate) -> bool:
        best = self.best
        if not _overlaps((best.timex.begin, best.timex.end_), (c.timex.begin, c.timex.end_)):
            return False
        if self.kind != c.kind:
            return False
        if c.kind == "other" and c.lemma not in self.lemmas:
            return False
        if c.doc_id not in self.doc_ids:
            # Across articles the same kind on the same day is not enough ("a bombing on Tuesday"): the reports
            # must share a participant, a place, or the very words.
            if not (not self.actors.isdisjoint(c.actors) or (c.location and c.location in self.places)
                    or c.phrase.lower() in self.phrases):
                return False
        if self.actors and c.actors and self.actors.isdisjoint(c.actors):
            # Different people doing the same kind of thing on overlapping dates are different events,
            # unless one of them is a single vague reference.
            return False
        return True


def _label(group: list[_Candidate], actors: list[str]) -> str:
    phrases = [m.phrase for m in group]
    phrase = max(phrases, key=lambda p: (phrases.count(p), len(p.split()) <= 6, len(p)))
    short = {k: v for c in group for k, v in c.short.items()}
    lead = "\u2013".join(short.get(a, a) for a in actors[:3])
    if lead and not any(w in phrase for w in lead.split("\u2013")):
        return f"{lead} {phrase}"
    return phrase


def merge(candidates: Sequence[_Candidate], *, id_prefix: str = "e") -> list[Event]:
    """Group candidates into events (order of first mention), the most precise date winning."""
    groups: list[_Group] = []
    # The same groups, in order, by what a candidate must share to join: the kind, and for "other" the lemma.
    by_key: dict[tuple[str, str], list[_Group]] = {}
    for c in sorted(candidates, key=lambda c: (c.doc_id, c.sentence.start, c.timex.start)):
        key = (c.kind, c.lemma if c.kind == "other" else "")
        for group in by_key.get(key, ()):
            if group.same_event(c):
                group.add(c)
                break
        else:
            groups.append(_Group(c))
            by_key.setdefault(key, []).append(groups[-1])
    events: list[Event] = []
    for n, g in enumerate((group.members for group in groups), start=1):
        best = min(g, key=lambda c: (_width(c), c.timex.mod != ""))
        actors = list(dict.fromkeys(a for c in g for a in c.actors))
        location = best.location or next((c.location for c in g if c.location), "")
        mentions = [
            EventMention(
                doc_id=c.doc_id,
                sentence_id=c.sentence.sentence_id,
                start=c.sentence.start,
                end=c.sentence.end,
                trigger_start=c.trigger_start,
                trigger_end=c.trigger_end,
                trigger=c.trigger,
                sentence=c.sentence.text,
                timex_id=c.timex.timex_id,
                timex_text=c.timex.text,
            )
            for c in g
        ]
        events.append(
            Event(
                event_id=f"{id_prefix}{n}",
                label=_label(g, actors),
                trigger=best.trigger,
                kind=best.kind if best.kind != "other" else best.lemma,
                value=best.timex.value,
                begin=best.timex.begin,
                end_=best.timex.end_,
                granularity=best.timex.granularity,
                mod=best.timex.mod,
                actors=actors,
                location=location,
                mentions=mentions,
            )
        )
    return events


def trigger_words(events: Sequence[Event]) -> dict[str, set[str]]:
    """Per document, the words whose undated mentions may join an event (the sentences worth parsing for them)."""
    words: dict[str, set[str]] = {}
    for ev in events:
        if ev.kind in KINDS:
            for m in ev.mentions:
                words.setdefault(m.doc_id, set()).add(m.trigger.lower())
    return words


def attach_undated(
    events: list[Event], doc: Document, sentences: Sequence[Sentence], parses: Mapping[int, Doc]
) -> None:
    """Definite, undated mentions ("the call", "the Syria strikes") join the one dated event with that head.

    ``events`` may be all events or only those mentioned in ``doc`` (the same result, faster)."""
    by_lemma: dict[str, list[Event]] = {}
    taken: set[tuple[str, int]] = set()
    for ev in events:
        for m in ev.mentions:
            if m.doc_id == doc.doc_id:
                by_lemma.setdefault(m.trigger.lower(), []).append(ev)
                taken.add((m.doc_id, m.trigger_start))
    words = {get_string_id(w) for w in by_lemma}
    for sent in sentences if by_lemma else ():
        parsed = parses.get(sent.sentence_id)
        if parsed is None:
            continue
        lowered = sent.text.lower()
        if not any(word in lowered for word in by_lemma):
            continue  # no token of the sentence can be a trigger word
        nouns = [i for i, (tag, word) in enumerate(zip(column(parsed, POS), column(parsed, LOWER), strict=True))
                 if tag == NOUN and word in words]
        for i in nouns:
            tok = parsed[i]
            owners = list({id(e): e for e in by_lemma.get(tok.lower_, [])}.values())
            if len(owners) != 1:
                continue
            definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "such", "any") for c in tok.children)
            compound = any(c.dep_ == "compound" for c in tok.children)
            if not (definite or compound):
                continue
            start = sent.start + tok.idx
            if (doc.doc_id, start) in taken:
                continue
            taken.add((doc.doc_id, start))
            owners[0].mentions.append(
                EventMention(
                    doc_id=doc.doc_id,
                    sentence_id=sent.sentence_id,
                    start=sent.start,
                    end=sent.end,
                    trigger_start=start,
                    trigger_end=start + len(tok.text),
                    trigger=tok.text,
                    sentence=sent.text,
                )
            )
    for ev in {id(e): e for owners in by_lemma.values() for e in owners}.values():  # this document's events
        ev.mentions.sort(key=lambda m: (m.doc_id, m.trigger_start))


def extract_events(
    items: Sequence[tuple[Document, Sequence[Sentence], Sequence[Timex], Mapping[int, Doc]]],
) -> list[Event]:
    """Events of many documents, merged within and across documents (no undated mentions yet)."""
    candidates: list[_Candidate] = []
    for doc, sentences, timexes, parses in items:
        candidates.extend(find_candidates(doc, sentences, timexes, parses))
    return merge(candidates)

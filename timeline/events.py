"""Events: what happened when, from dated sentences, with repeated mentions merged.

An event is found where a time expression attaches in the dependency parse: "Tuesday's call" (possessive),
"ordered the strikes in early April" (a light verb hands over to its event noun), "talks that begin Wednesday"
(an aspectual verb hands over to its subject).  Mentions of one event are merged when their kind agrees and
their dates overlap (the "meeting in July" is the "meeting ... on July 7-8"); undated definite mentions ("the
call", "the Syria strikes") then attach to the single dated event with the same head word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from .records import Document, Event, EventMention, Sentence, Timex

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
_KIND_OF = {lemma: kind for kind, lemmas in KINDS.items() for lemma in lemmas}

# Verbs whose object or subject is the real event: "ordered the strikes", "talks that begin".
LIGHT_VERBS = frozenset(
    {"order", "launch", "hold", "conduct", "carry", "stage", "set", "organise", "organize", "plan", "schedule",
     "host", "attend", "call", "authorize", "approve", "mount", "make", "have", "try"}
)
ASPECTUAL_VERBS = frozenset({"begin", "start", "end", "continue", "resume", "open", "close", "conclude", "finish"})
REPORTING_VERBS = frozenset(
    {"say", "tell", "add", "announce", "report", "state", "claim", "deny", "note", "write", "according"}
)
_NOT_EVENTS = frozenset({"time", "year", "day", "week", "month", "be", "mark", "quarter", "period", "%"})
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


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
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in _NOT_EVENTS:
            return head
        if head.pos_ in ("VERB", "AUX"):
            return head
        tok = head
    return None


def _refine(head: Token) -> Token:
    """Hand over from light, aspectual and reporting verbs to the event word they govern."""
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX"):
        if lemma in ASPECTUAL_VERBS:
            if head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN"):
                return head.head
            for child in head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
                    return child
        if lemma in LIGHT_VERBS or lemma in ASPECTUAL_VERBS:
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
    kind = _KIND_OF.get(tok.lemma_.lower(), _KIND_OF.get(tok.lower_, "other"))
    if kind == "other" and tok.pos_ == "VERB":  # "took office", "held talks"
        for child in tok.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in _KIND_OF:
                return _KIND_OF[child.lemma_.lower()]
    return kind


def _phrase(tok: Token) -> str:
    """A short name for the event: the trigger with its compounds, adjectives and object."""
    if tok.pos_ in ("VERB", "AUX"):
        parts = [tok]
        parts += [c for c in tok.children if c.dep_ in ("prt", "dobj") and c.pos_ != "PRON"]
        parts.sort(key=lambda t: t.i)
        return " ".join(t.text for t in parts)
    mods = [
        c for c in tok.lefts
        if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ != "DATE" and c.pos_ != "NUM"
    ]
    words = [t.text for t in sorted([*mods, tok], key=lambda t: t.i)]
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("on", "against", "with", "in", "over", "between"):
            obj = [t for t in child.children if t.dep_ == "pobj"]
            if obj and obj[0].ent_type_ != "DATE":
                words += [child.text, " ".join(t.text for t in obj[0].subtree if t.ent_type_ != "DATE")]
            break
    return " ".join(words)


def _entities(parsed: Doc, labels: frozenset[str]) -> list[Span]:
    return [e for e in parsed.ents if e.label_ in labels]


def _actors(trigger: Token, parsed: Doc) -> list[str]:
    """People and organisations acting in the trigger's clause (not those merely reporting it)."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head is not clause:
        clause = clause.head
    names: list[str] = []
    for ent in _entities(parsed, _ACTOR_LABELS):
        root = ent.root
        if root.head.lemma_.lower() in REPORTING_VERBS and root.dep_ in ("nsubj", "nsubjpass"):
            continue
        if ent.label_ == "NORP" and root.dep_ != "nsubj":
            continue
        in_clause = root.is_ancestor(trigger) or trigger.is_ancestor(root) or clause.is_ancestor(root)
        near = abs(root.i - trigger.i) <= 12
        if ent.label_ == "PERSON" or (in_clause and near) or root.head is trigger:
            if ent.label_ in ("GPE", "NORP") and root.dep_ not in ("nsubj", "compound", "poss", "amod"):
                continue
            names.append(ent.text.strip())
    return names


def _location(trigger: Token, parsed: Doc, actors: Sequence[str]) -> str:
    for ent in _entities(parsed, _PLACE_LABELS):
        root = ent.root
        if ent.text in actors:
            continue
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near"):
            return ent.text
    return ""


def _canonical_names(parses: Sequence[Doc]) -> dict[str, str]:
    """Short names to the longest full name seen ("Trump" -> "Donald Trump")."""
    full: dict[str, str] = {}
    for parsed in parses:
        for ent in parsed.ents:
            if ent.label_ != "PERSON":
                continue
            name = ent.text.strip()
            words = name.split()
            if len(words) >= 2:
                full.setdefault(words[-1], name)
                if len(name) > len(full[words[-1]]):
                    full[words[-1]] = name
    return full


def find_candidates(
    doc: Document, sentences: Sequence[Sentence], timexes: Sequence[Timex], parses: Sequence[Doc]
) -> list[_Candidate]:
    """One candidate per dated (DATE/TIME, placed on the calendar) expression that attaches to an event word."""
    names = _canonical_names(parses)
    by_sentence: dict[int, list[Timex]] = {}
    for tx in timexes:
        if tx.type in ("DATE", "TIME") and tx.begin is not None and tx.sentence_id >= 0:
            by_sentence.setdefault(tx.sentence_id, []).append(tx)
    found: list[_Candidate] = []
    for sid, txs in sorted(by_sentence.items()):
        sent, parsed = sentences[sid], parses[sid]
        for tx in txs:
            root = _span_root(parsed, tx.start - sent.start, tx.end - sent.start)
            if root is None:
                continue
            head = _event_head(root)
            if head is None:
                continue
            trigger = _refine(head)
            lemma = trigger.lemma_.lower()
            if lemma in _NOT_EVENTS or lemma in REPORTING_VERBS or trigger.pos_ not in ("NOUN", "PROPN", "VERB"):
                continue
            if trigger.ent_type_ == "DATE":
                continue
            kind = _kind(trigger)
            actors = [names.get(a, a) for a in _actors(trigger, parsed)]
            actors = list(dict.fromkeys(actors))
            start = sent.start + trigger.idx
            found.append(
                _Candidate(
                    doc_id=doc.doc_id,
                    kind=kind,
                    lemma=lemma,
                    phrase=_phrase(trigger),
                    timex=tx,
                    sentence=sent,
                    trigger_start=start,
                    trigger_end=start + len(trigger.text),
                    trigger=trigger.text,
                    actors=actors,
                    location=_location(trigger, parsed, actors),
                )
            )
    return found


def _width(c: _Candidate) -> float:
    assert c.timex.begin is not None and c.timex.end_ is not None
    return (c.timex.end_ - c.timex.begin).total_seconds()


def _overlaps(a: tuple[datetime | None, datetime | None], b: tuple[datetime | None, datetime | None]) -> bool:
    if None in a or None in b:
        return False
    return a[0] < b[1] and b[0] < a[1]  # type: ignore[operator]


def _same_event(group: list[_Candidate], c: _Candidate) -> bool:
    best = min(group, key=_width)
    if not _overlaps((best.timex.begin, best.timex.end_), (c.timex.begin, c.timex.end_)):
        return False
    if best.kind != "other" or c.kind != "other":
        if best.kind != c.kind:
            return False
    elif not ({m.lemma for m in group} & {c.lemma}):
        return False
    actors_g = {a for m in group for a in m.actors}
    if actors_g and c.actors and not (actors_g & set(c.actors)):
        # Different people doing the same kind of thing on overlapping dates are different events,
        # unless one of them is a single vague reference.
        return False
    return True


def _label(group: list[_Candidate], actors: list[str]) -> str:
    phrases = [m.phrase for m in group]
    phrase = max(phrases, key=lambda p: (phrases.count(p), len(p.split()) <= 6, len(p)))
    shorts = [a.split()[-1] if len(a.split()) <= 3 else a for a in actors[:3]]
    lead = "\u2013".join(shorts)
    if lead and not phrase.lower().startswith(lead.lower()):
        return f"{lead} {phrase}" if group[0].kind != "other" or group[0].trigger[:1].islower() else phrase
    return phrase


def merge(candidates: Sequence[_Candidate], *, id_prefix: str = "e") -> list[Event]:
    """Group candidates into events (order of first mention), the most precise date winning."""
    groups: list[list[_Candidate]] = []
    for c in sorted(candidates, key=lambda c: (c.doc_id, c.sentence.start, c.timex.start)):
        for g in groups:
            if _same_event(g, c):
                g.append(c)
                break
        else:
            groups.append([c])
    events: list[Event] = []
    for n, g in enumerate(groups, start=1):
        best = min(g, key=lambda c: (_width(c), c.timex.mod != ""))
        actors = list(dict.fromkeys(a for c in g for a in c.actors))
        location = next((c.location for c in g if c.location), "")
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


def attach_undated(events: list[Event], doc: Document, sentences: Sequence[Sentence], parses: Sequence[Doc]) -> None:
    """Definite, undated mentions ("the call", "the Syria strikes") join the one dated event with that head."""
    by_lemma: dict[str, list[Event]] = {}
    for ev in events:
        for m in ev.mentions:
            if m.doc_id == doc.doc_id:
                by_lemma.setdefault(m.trigger.lower(), []).append(ev)
    taken = {(m.doc_id, m.trigger_start) for ev in events for m in ev.mentions}
    for sent, parsed in zip(sentences, parses, strict=True):
        for tok in parsed:
            if tok.pos_ != "NOUN":
                continue
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
    for ev in events:
        ev.mentions.sort(key=lambda m: (m.doc_id, m.trigger_start))


def extract_events(
    items: Sequence[tuple[Document, Sequence[Sentence], Sequence[Timex], Sequence[Doc]]],
) -> list[Event]:
    """Events of many documents, merged within and across documents."""
    candidates: list[_Candidate] = []
    for doc, sentences, timexes, parses in items:
        candidates.extend(find_candidates(doc, sentences, timexes, parses))
    events = merge(candidates)
    for doc, sentences, _timexes, parses in items:
        attach_undated(events, doc, sentences, parses)
    return events

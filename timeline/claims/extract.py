"""From documents to ``Claim`` records: parse the sentences that may hold a claim, attribute, resolve, date.

Only sentences with a cue word are parsed (one ``nlp.pipe`` over every document of a batch), which is what
keeps the stage fast: most news sentences carry no attribution.  A sentence that is wholly a quotation and
follows a claim continues that claim's speaker without needing a parse.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..parse import parse_texts as parse
from ..records import Claim, Document, Event, Sentence, Timex
from ..segment import sentence_at
from .attribution import Attribution, SentenceAttributions
from .cues import may_hold_claim
from .quotes import Quote, find_quotes, inside, trim
from .speakers import PriorSpeaker, Resolved, SpeakerResolver
from .tails import tail_start
from .topics import topic_of

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

Item = tuple[Document, list[Sentence], list[Timex], list[Event]]
CHUNK_DOCUMENTS = 64  # documents parsed together: large enough to batch, small enough to bound memory
MAX_SENTENCE_CHARS = 5000  # longer "sentences" are tables or unsegmented dumps, not attributions: not parsed

# Event kinds a claim topic points to when no event trigger lies inside the claim.
_TOPIC_EVENT_KIND = {"the call": "call", "the meeting": "meeting", "the strikes": "strike", "the election": "election"}


def extract_claims(doc: Document, sentences: list[Sentence], timexes: list[Timex], events: list[Event]) -> list[Claim]:
    """The claims of one document, in text order, with ids ``{doc_id}:c{n}``."""
    return extract_claims_many([(doc, sentences, timexes, events)])


def extract_claims_many(items: list[Item], *, parses: Sequence[Mapping[int, SpacyDoc]] | None = None) -> list[Claim]:
    """The claims of many documents; the parse of their candidate sentences is batched over documents.

    ``parses`` (optional), one mapping per item from sentence id to a parse the caller already has (any
    pipeline with a tagger and a parser, e.g. ``timeline.parse.SentenceParses``): whole sentences found there are
    not parsed again.
    """
    if parses is not None and len(parses) != len(items):
        raise ValueError("parses must hold one mapping (sentence id -> Doc) per item")
    # Chunks bound the memory of the parses made here; a caller with parses holds them already, and what is
    # left to parse (attribution tails, a few words each) goes in one batch: each call of the parser costs
    # milliseconds by itself.
    step = CHUNK_DOCUMENTS if parses is None else max(1, len(items))
    claims: list[Claim] = []
    for lo in range(0, len(items), step):
        chunk_parses = parses[lo : lo + step] if parses is not None else None
        claims.extend(_extract_chunk(items[lo : lo + step], chunk_parses))
    return claims


def wanted_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences worth parsing for claims: those with a cue word (and not absurdly long)."""
    return [s for s in sentences if len(s.text) <= MAX_SENTENCE_CHARS and may_hold_claim(s.text)]


def _extract_chunk(items: list[Item], parses: Sequence[Mapping[int, SpacyDoc]] | None) -> list[Claim]:
    """One batch of documents: parse the candidate sentences (only their attribution tail where it suffices)."""
    wanted = [wanted_sentences(sentences) for _, sentences, _, _ in items]
    tails = [[tail_start(s.text) for s in batch] for batch in wanted]
    given = parses if parses is not None else [{} for _ in items]
    # Whole sentences the caller parsed already are reused; the rest (and attribution tails, a few words
    # each) are parsed here, in one batch.
    jobs = [
        (k, s, t) for k, (batch, ts) in enumerate(zip(wanted, tails, strict=True))
        for s, t in zip(batch, ts, strict=True)
    ]
    missing = [(k, s, t) for k, s, t in jobs if t or s.sentence_id not in given[k]]
    fresh = dict(zip([(k, s.sentence_id) for k, s, _ in missing], parse(s.text[t:] for _, s, t in missing),
                     strict=True))
    docs = [
        fresh[(k, s.sentence_id)] if (k, s.sentence_id) in fresh else given[k][s.sentence_id] for k, s, _ in jobs
    ]
    parsed = iter(docs)
    claims: list[Claim] = []
    by_doc: dict[int, dict[str, list[tuple[Event, list[int]]]]] = {}  # per events list (items usually share one)
    for (doc, sentences, timexes, events), candidates, ts in zip(items, wanted, tails, strict=True):
        if id(events) not in by_doc:
            by_doc[id(events)] = _events_by_doc(events)
        quotes = find_quotes(doc.text)
        atts: list[Attribution] = []
        for sentence, t in zip(candidates, ts, strict=True):
            found = SentenceAttributions(
                next(parsed), sentence.start + t, sentence.sentence_id, doc.text, quotes, lead=sentence.start
            )
            atts.extend(found.find())
        _demonstrative_content(doc.text, sentences, atts)
        atts = _continue_quotes(doc.text, sentences, quotes, atts)
        claims.extend(_records(doc, sentences, timexes, by_doc[id(events)].get(doc.doc_id, []), atts))
    return claims


_DEMONSTRATIVE = frozenset({"that", "this", "that's", "that\u2019s", "this is", "that is"})


def _demonstrative_content(text: str, sentences: list[Sentence], atts: list[Attribution]) -> None:
    """"Gas prices fell two cents. That's according to the Lundberg survey.": the content is the sentence that
    "that" points back to."""
    for att in atts:
        if text[att.content_start : att.content_end].strip().lower() not in _DEMONSTRATIVE:
            continue
        if 0 < att.sentence_id < len(sentences):
            before = sentences[att.sentence_id - 1]
            end = before.end - (before.text[-1:] in ".!?")
            if any(ch.isalnum() for ch in text[before.start : end]):
                att.content_start, att.content_end = before.start, end


def _continue_quotes(text: str, sentences: list[Sentence], quotes: list[Quote], atts: list[Attribution]) -> list[Attribution]:
    """Add a claim for each sentence that is wholly a quotation and follows a claim: the same speaker goes on.

    A cue inside the quotation ("I think people have forgotten") reports within the quote: that sentence still
    continues the speaker, and its own claim is nested in the continuation."""
    atts = sorted(atts, key=lambda a: (a.sentence_id, a.cue_start))
    outer = [a for a in atts if inside(quotes, a.cue_start) is None]
    covered = {s.sentence_id for a in outer for s in sentences if s.start < a.content_end and a.content_start < s.end}
    covered |= {a.sentence_id for a in outer}
    by_sentence: dict[int, list[Attribution]] = {}
    for a in atts:
        by_sentence.setdefault(a.sentence_id, []).append(a)
    out: list[Attribution] = []
    last = -1  # index in ``out`` of the claim a quote-only sentence would continue
    last_sid = -10
    for s in sentences:
        here = by_sentence.get(s.sentence_id, [])
        cont = None
        if s.sentence_id not in covered and last >= 0 and s.sentence_id - last_sid == 1:
            cont = _continuation(text, s, quotes, out[last], last)
        if cont is not None:
            out.append(cont)
            last, last_sid = len(out) - 1, s.sentence_id
            out.extend(here)
        elif here:
            out.extend(here)
            last, last_sid = len(out) - 1, max(x.sentence_id for x in here)
            # A claim stretched over later sentences ends there.
            end_sid = max((x.sentence_id for x in sentences if x.start < out[last].content_end), default=last_sid)
            last_sid = max(last_sid, end_sid)
    return out


def _continuation(text: str, s: Sentence, quotes: list[Quote], last: Attribution, index: int) -> Attribution | None:
    """The claim of a sentence that is wholly a quotation, continuing ``last`` (at ``index``), else None."""
    opener = len(s.text) - len(s.text.lstrip(" \"\u201c`'"))  # “, " or the two-character ``
    q = inside(quotes, s.start + opener)
    if q is None or q.start > s.start + opener or q.end < s.end - 1:
        return None
    start, end = trim(text, max(q.inner_start, s.start), min(q.inner_end, s.end))
    while start < end and text[start] in "\u201c\"`":
        start += 1
    if end <= start:
        return None
    return Attribution(
        sentence_id=s.sentence_id,
        cue_start=last.cue_start,
        cue_end=last.cue_end,
        speaker_start=last.speaker_start,
        speaker_end=last.speaker_end,
        content_start=start,
        content_end=end,
        cue_class=last.cue_class,
        stance="asserts" if last.cue_class in {"say", "according_to"} else last.stance,
        kind="direct_quote",
        plural=last.plural,
        continues=index,
        time_spans=last.time_spans,
    )


def _made(att: Attribution, timexes: list[Timex], dct: datetime | None) -> tuple[str, datetime | None, datetime | None]:
    """When the claim was made: a date written in the cue's own clause, else the article date (its day)."""
    spans = att.time_spans
    low = min((s for s, _ in spans), default=0)
    high = max((e for _, e in spans), default=0)
    for t in timexes:
        if t.type not in {"DATE", "TIME"} or t.begin is None or not (t.start < high and low < t.end):
            continue  # (the bounds first: most of the document's dates lie outside the cue's clause)
        if any(t.start < e and s < t.end for s, e in spans):
            return t.value, t.begin, t.end_
    if dct is None:
        return "", None, None
    day = datetime(dct.year, dct.month, dct.day)
    return day.date().isoformat(), day, day + timedelta(days=1)


def _events_by_doc(events: list[Event]) -> dict[str, list[tuple[Event, list[int]]]]:
    """Per document, the events mentioned there, in order, with where their triggers are written in it."""
    out: dict[str, list[tuple[Event, list[int]]]] = {}
    for ev in events:
        starts: dict[str, list[int]] = {}
        for m in ev.mentions:
            starts.setdefault(m.doc_id, []).append(m.trigger_start)
        for doc_id, at in starts.items():
            out.setdefault(doc_id, []).append((ev, at))
    return out


def _event_for(att: Attribution, topic: str, events: list[tuple[Event, list[int]]]) -> str:
    """The event a claim is about: one whose trigger lies in the content, else the one its topic names.

    ``events`` are those of the claim's document (``_events_by_doc``)."""
    for ev, starts in events:
        if any(att.content_start <= start < att.content_end for start in starts):
            return ev.event_id
    kind = _TOPIC_EVENT_KIND.get(topic)
    if kind:
        candidates = [ev for ev, _ in events if ev.kind == kind]
        if len(candidates) == 1:
            return candidates[0].event_id
    return ""


def _records(
    doc: Document,
    sentences: list[Sentence],
    timexes: list[Timex],
    events: list[tuple[Event, list[int]]],
    atts: list[Attribution],
) -> list[Claim]:
    """Claim rows of one document; ``events`` are the document's own (``_events_by_doc``)."""
    if not atts:
        return []  # and no names to scan
    text = doc.text
    resolver = SpeakerResolver(text, sentences)
    doc_timexes = [t for t in timexes if not t.doc_id or t.doc_id == doc.doc_id]
    prior: list[PriorSpeaker] = []
    resolved: list[Resolved] = []
    outer = _enclosing(atts)
    quoted_self: set[int] = set()  # "I think ..." inside a quotation: the quoted speaker, known once resolved
    for n, att in enumerate(atts):
        if att.continues >= 0:
            who = resolved[att.continues]
        elif att.speaker_end <= att.speaker_start:
            resolved.append(Resolved("", "", False))  # "it was reported that": no source, no antecedent
            continue
        else:
            speaker = text[att.speaker_start : att.speaker_end]
            who = resolver.resolve(speaker, att.speaker_start, att.sentence_id, prior)
            if att.appos_start >= 0:
                appos = text[att.appos_start : att.appos_end]
                who = resolver.with_apposition(who, speaker, appos, att.appos_start)
            if outer[n] >= 0 and speaker.lower() in _FIRST_PERSON and atts[outer[n]].kind != "paraphrase":
                quoted_self.add(n)
        resolved.append(who)
        if n not in quoted_self:
            prior.append(PriorSpeaker(att.sentence_id, who.actor, who.role, who.is_person, att.plural))
    for n in quoted_self:
        resolved[n] = resolved[outer[n]]
    claims: list[Claim] = []
    for n, att in enumerate(atts):
        who = resolved[n]
        content = text[att.content_start : att.content_end]
        topic = topic_of(content, att.focus)
        if not topic and _PRONOUN_OBJECT.match(content) and claims and att.sentence_id - claims[-1].sentence_id <= 2:
            # 'described it as "precise"', 'disputed the toll, calling it "inflated"': it is what the claim just
            # before was about
            before = claims[-1]
            short = len(before.content.split()) <= 4
            topic = before.topic or (topic_of(before.content, before.content) if short else "")
        made_value, made_begin, made_end = _made(att, doc_timexes, doc.dct)
        first = sentence_at(sentences, att.content_start)
        last = sentence_at(sentences, att.cue_start)
        s_start = min(first.start if first else att.content_start, last.start if last else att.cue_start)
        s_end = max(last.end if last else att.cue_end, first.end if first else att.content_end)
        claims.append(
            Claim(
                claim_id=f"{doc.doc_id}:c{n}",
                doc_id=doc.doc_id,
                sentence_id=att.sentence_id,
                speaker=text[att.speaker_start : att.speaker_end],
                actor=who.actor,
                role=who.role,
                cue=text[att.cue_start : att.cue_end],
                cue_class=att.cue_class,
                content=content,
                kind=att.kind,
                stance=att.stance,
                made_value=made_value,
                made_begin=made_begin,
                made_end=made_end,
                event_id=_event_for(att, topic, events),
                cue_start=att.cue_start,
                cue_end=att.cue_end,
                speaker_start=att.speaker_start,
                speaker_end=att.speaker_end,
                content_start=att.content_start,
                content_end=att.content_end,
                sentence=text[s_start:s_end],
                topic=topic,
                within=f"{doc.doc_id}:c{outer[n]}" if outer[n] >= 0 else "",
            )
        )
    return claims


_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_PRONOUN_OBJECT = re.compile(r"(?:it|them|this|that)\b(?!\s+(?:is|was|were|are|has|had|will|would)\b)", re.IGNORECASE)


def _enclosing(atts: list[Attribution]) -> list[int]:
    """For each attribution, the one whose content holds its cue (the innermost, when several do), else -1."""
    out: list[int] = []
    for a in atts:
        best = -1
        for j, b in enumerate(atts):
            if b is a or not (b.content_start <= a.cue_start < b.content_end):
                continue
            if a.content_start <= b.cue_start < a.content_end:
                continue  # each inside the other: two readings of one span, neither reports the other
            if best < 0 or b.content_end - b.content_start < atts[best].content_end - atts[best].content_start:
                best = j
        out.append(best)
    return out

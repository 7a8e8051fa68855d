"""The whole path: documents -> sentences -> timexes -> events and claims -> tables.

Stages run only as far as the caller needs (``stages``): the timex benchmark over a large corpus must not pay
for a dependency parse it never uses.
"""

from __future__ import annotations

import gc
import re
import sys
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from . import tables
from .documents import load
from .records import Document, Event, Sentence, Timex
from .result import Timeline
from .segment import split_sentences

STAGES = ("timexes", "events", "claims")
_CHROME_LINE = 50  # characters: UI strings ("Today in New Delhi", "Sep 29, 2020-Tuesday") are short lines


def _chrome_sentences(doc: Document, sentences: Sequence[Sentence]) -> set[int]:
    """Short, unpunctuated lines above the article's own date line: site headers, menus, clocks.

    Their dates are the page's, not the story's, so their expressions are dropped.
    """
    if doc.dct_source != "dateline" or not doc.dct_text:
        return set()
    date_at = doc.text.find(doc.dct_text)
    chrome: set[int] = set()
    for s in sentences:
        if s.end > date_at:
            break
        if len(s.text) < _CHROME_LINE and not s.text.rstrip().endswith((".", "!", "?", "\u201d", '"')):
            chrome.add(s.sentence_id)
    return chrome


# Lines of page furniture anywhere in a text: bylines with dates, "Updated ..." stamps, reading times (short
# lines), and copyright notices (of any length).  Their dates are the page's, not events of the story.
_COPYRIGHT = re.compile(r"\W*(?:copyright\b|\u00a9|\(c\)\s)", re.IGNORECASE)
_STAMP = re.compile(
    r"\W*(?:by\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}\s*(?:[|,\u2022\u00b7]|$)"
    r"|(?:updated|published|posted|last\s+(?:updated|modified)|first\s+published)\b[^.!?]{0,60}$"
    r"|\d+\s*min(?:ute)?s?\s+read\b)",
    re.IGNORECASE,
)
_STAMP_LINE = 100  # characters: bylines and time stamps are short lines


def furniture_sentences(sentences: Sequence[Sentence]) -> set[int]:
    """Sentences that are page furniture (bylines, time stamps, copyright lines): no event is made of them."""
    return {
        s.sentence_id for s in sentences
        if _COPYRIGHT.match(s.text) or (len(s.text) <= _STAMP_LINE and _STAMP.match(s.text))
    }


def tag_document(doc: Document, sentences: Sequence[Sentence]) -> list[Timex]:
    """The document's time expressions, without those in page chrome."""
    from .temporal import tag  # the tagger's lexicons compile on first use, not on `import timeline`

    found = tag(doc.text, doc.dct, sentences=list(sentences), doc_id=doc.doc_id)
    chrome = _chrome_sentences(doc, sentences)
    return [t for t in found if t.sentence_id not in chrome]


def _row(record: object) -> dict[str, object]:
    """A record's fields as a table row: a shallow copy (``dataclasses.asdict`` deep-copies every value, which
    costs more than building the table)."""
    return dict(vars(record))


def _documents_frame(docs: Sequence[Document]) -> pd.DataFrame:
    rows = [
        {
            "doc_id": d.doc_id,
            "title": d.title,
            "source": d.source,
            "url": d.url,
            "path": d.path,
            "dct": d.dct,
            "dct_source": d.dct_source,
            "dct_text": d.dct_text,
            "n_chars": len(d.text),
        }
        for d in docs
    ]
    return tables.frame(rows, tables.DOCUMENTS)


def build(
    inputs: str | Path | Sequence[str | Path],
    *,
    dct: str | datetime | None = None,
    stages: Collection[str] = STAGES,
    progress: bool | None = None,
) -> Timeline:
    """Build the timeline of one or many articles (files, folders, ``.jsonl`` corpora).

    Inputs that cannot be read are listed in ``Timeline.problems`` (one line each, naming the file) and the
    others are still processed.  ``dct`` overrides every document's own date.
    """
    unknown = set(stages) - set(STAGES)
    if unknown:
        raise ValueError(f"unknown stage(s) {sorted(unknown)}; choose from {STAGES}")
    _forget_texts()
    with _cyclic_gc_paused():
        return _build(inputs, dct=dct, stages=stages, progress=progress)


_TEXT_CACHES = (
    ("timeline.claims.tails", "tail_start"),
    ("timeline.claims.topics", "keywords"),
    ("timeline.temporal.spec", "parse_absolute"),
    ("timeline.article_date", "parse_date_words"),
)


def _forget_texts() -> None:
    """Empty the caches keyed on sentence or date text: a build neither keeps the previous corpus's texts in
    memory nor starts from its answers (so repeated builds of one corpus, as in the benchmarks, cost what the
    first one does).  Word-level caches (stems, lemmas) stay: they are a vocabulary, not a corpus."""
    for module, name in _TEXT_CACHES:
        loaded = sys.modules.get(module)
        if loaded is not None:
            getattr(loaded, name).cache_clear()


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one build.

    A build allocates hundreds of thousands of short-lived objects (tokens of the parse, records) and keeps
    the parses until it ends; the full collections they trigger rescan the whole heap, parses and model
    included, for nothing to free (~0.3 s of a 6 s build of 256 TBAQ documents; a collection right after a
    build finds no garbage).  Reference counting frees memory as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(
    inputs: str | Path | Sequence[str | Path],
    *,
    dct: str | datetime | None,
    stages: Collection[str],
    progress: bool | None,
) -> Timeline:
    loaded = load(inputs, dct=dct)
    docs = loaded.documents
    show = progress if progress is not None else (len(docs) >= 50 and sys.stderr.isatty())

    per_doc: list[tuple[Document, list[Sentence], list[Timex]]] = []
    for doc in tqdm(docs, desc="time expressions", unit="doc", disable=not show):
        sentences = split_sentences(doc.text)
        per_doc.append((doc, sentences, tag_document(doc, sentences)))

    tl = Timeline(
        documents=_documents_frame(docs),
        timexes=tables.frame([_row(t) for _, _, txs in per_doc for t in txs], tables.TIMEXES),
        problems=[str(p) for p in loaded.problems],
    )
    tl.texts = {d.doc_id: d.text for d in docs}
    if not ({"events", "claims"} & set(stages)) or not docs:
        return tl

    from .events import attach_undated, extract_events, trigger_words
    from .parse import SentenceParses

    parses = SentenceParses()
    # Events come from the dates of the story, not of its page furniture.
    furniture = [furniture_sentences(sentences) for _, sentences, _ in per_doc]
    dating = [[t for t in timexes if t.sentence_id not in skip]
              for (_, _, timexes), skip in zip(per_doc, furniture, strict=True)]
    wanted = [(doc.doc_id, sentences[sid]) for (doc, sentences, _), timexes in zip(per_doc, dating, strict=True)
              for sid in sorted({t.sentence_id for t in timexes if t.begin is not None and t.sentence_id >= 0})]
    if "claims" in stages:
        from .claims.extract import wanted_sentences
        from .claims.tails import tail_start

        # Claim sentences the claim stage would parse whole ("X said ..." rather than "..., X said.").
        wanted += [(doc.doc_id, s) for doc, sentences, _ in per_doc for s in wanted_sentences(sentences)
                   if tail_start(s.text) == 0]
    parses.ensure(wanted)
    events = extract_events(
        [(doc, s, t, parses.of(doc.doc_id)) for (doc, s, _), t in zip(per_doc, dating, strict=True)]
    )
    # Undated mentions ("the call") can sit in any sentence of the same article holding one of its events'
    # words: parse those too, all documents in one batch (each call of the parser costs milliseconds by itself,
    # more than the few sentences most documents add).
    words = trigger_words(events)
    undated: list[tuple[str, Sentence]] = []
    for doc, sentences, _ in per_doc:
        own = sorted(words.get(doc.doc_id, ()))
        if own:
            mentions = re.compile(r"\b(?:" + "|".join(map(re.escape, own)) + r")\b", re.I)
            undated += [(doc.doc_id, s) for s in sentences if mentions.search(s.text)]
    parses.ensure(undated)
    by_doc: dict[str, list[Event]] = {}  # each document's events: one scan, not one per document
    for ev in events:
        for doc_id in dict.fromkeys(m.doc_id for m in ev.mentions):
            by_doc.setdefault(doc_id, []).append(ev)
    for doc, sentences, _ in per_doc:
        attach_undated(by_doc.get(doc.doc_id, []), doc, sentences, parses.of(doc.doc_id))
    tl.events = events_frame(events, docs)
    tl.event_mentions = mentions_frame(events)
    if "claims" in stages:
        from .claims import extract_claims_many, link_claims

        claims = extract_claims_many(
            [(doc, s, t, events) for doc, s, t in per_doc], parses=[parses.of(doc.doc_id) for doc, _, _ in per_doc]
        )
        tl.claims = tables.frame(map(_row, claims), tables.CLAIMS)
        tl.claim_links = tables.frame(map(_row, link_claims(claims)), tables.CLAIM_LINKS)
    return tl


def mentions_frame(events: Sequence[Event]) -> pd.DataFrame:
    return tables.frame(
        [_row(m) | {"event_id": e.event_id} for e in events for m in e.mentions], tables.EVENT_MENTIONS
    )


def events_frame(events: Sequence[Event], docs: Sequence[Document]) -> pd.DataFrame:
    """One row per event; the mention that dates it gives the sentence and offsets, all mentions the sources."""
    sources = {d.doc_id: d.source or d.doc_id for d in docs}
    rows = []
    for ev in events:
        # The row shows the sentence that dates the event, not merely its first mention (a breadcrumb).
        first = next((m for m in ev.mentions if m.timex_id), ev.first)
        doc_ids = list(dict.fromkeys(m.doc_id for m in ev.mentions))
        rows.append(
            {
                "event_id": ev.event_id,
                "label": ev.label,
                "kind": ev.kind,
                "trigger": ev.trigger,
                "value": ev.value,
                "begin": ev.begin,
                "end_": ev.end_,
                "granularity": ev.granularity,
                "mod": ev.mod,
                "actors": "; ".join(ev.actors),
                "location": ev.location,
                "doc_id": first.doc_id,
                "sentence_id": first.sentence_id,
                "start": first.start,
                "end": first.end,
                "trigger_start": first.trigger_start,
                "trigger_end": first.trigger_end,
                "sentence": first.sentence,
                "timex_text": next((m.timex_text for m in ev.mentions if m.timex_text), ""),
                "n_mentions": len(ev.mentions),
                "n_docs": len(doc_ids),
                "doc_ids": "; ".join(doc_ids),
                "sources": "; ".join(dict.fromkeys(sources.get(d, d) for d in doc_ids)),
            }
        )
    return tables.frame(rows, tables.EVENTS)

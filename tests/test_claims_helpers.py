"""Shared helpers for the claims tests (no tests here): run extraction on a snippet or the seed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from timeline.claims import extract_claims
from timeline.records import Claim, Document, Event, Timex
from timeline.segment import split_sentences

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_4af24b45e95ba1e9.txt"
SEED_DCT = datetime(2017, 5, 3, 1, 43)


def claims_of(
    text: str,
    doc_id: str = "d",
    dct: datetime | None = SEED_DCT,
    timexes: list[Timex] | None = None,
    events: list[Event] | None = None,
) -> list[Claim]:
    doc = Document(doc_id, text, dct)
    return extract_claims(doc, split_sentences(text), timexes or [], events or [])


def seed_claims() -> list[Claim]:
    return claims_of(SEED.read_text(encoding="utf-8"), doc_id="seed")


def one(claims: list[Claim], cue: str, speaker: str | None = None) -> Claim:
    """The single claim with this cue (and speaker as written, when given)."""
    found = [c for c in claims if c.cue == cue and (speaker is None or c.speaker == speaker)]
    assert len(found) == 1, [(c.speaker, c.cue, c.content) for c in claims]
    return found[0]

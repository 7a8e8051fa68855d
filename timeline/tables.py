"""The documented table schemas, and the one place records become DataFrames.

Each schema is an ordered mapping column -> pandas dtype.  Timestamps are naive ``datetime64[us]`` in the
article's own local time (the TIMEX3 convention: "Tuesday" is a day where the article was written).  Intervals
are half-open: ``begin`` inclusive, ``end_`` exclusive.  Lists (actors, documents) are stored as "; "-joined
strings so every table survives CSV as well as Parquet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, is_dataclass
from typing import Any, Final

import pandas as pd

TS: Final = "datetime64[us]"
STR: Final = "string"
INT: Final = "int64"
NINT: Final = "Int64"

DOCUMENTS: dict[str, str] = {
    "doc_id": STR,
    "title": STR,
    "source": STR,
    "url": STR,
    "path": STR,
    "dct": TS,
    "dct_source": STR,  # caller | metadata | dateline | none
    "dct_text": STR,
    "n_chars": INT,
}

TIMEXES: dict[str, str] = {
    "doc_id": STR,
    "timex_id": STR,
    "sentence_id": NINT,
    "start": INT,
    "end": INT,
    "text": STR,
    "type": STR,
    "value": STR,
    "mod": STR,
    "begin": TS,
    "end_": TS,
    "granularity": STR,
    "anchor": STR,
    "quant": STR,
    "freq": STR,
}

EVENTS: dict[str, str] = {
    "event_id": STR,
    "label": STR,
    "kind": STR,
    "trigger": STR,
    "value": STR,
    "begin": TS,
    "end_": TS,
    "granularity": STR,
    "mod": STR,
    "actors": STR,
    "location": STR,
    "doc_id": STR,  # first mention
    "sentence_id": NINT,
    "start": INT,  # sentence offsets of the first mention
    "end": INT,
    "trigger_start": INT,
    "trigger_end": INT,
    "sentence": STR,
    "timex_text": STR,
    "n_mentions": INT,
    "n_docs": INT,
    "doc_ids": STR,
    "sources": STR,
}

EVENT_MENTIONS: dict[str, str] = {
    "event_id": STR,
    "doc_id": STR,
    "sentence_id": NINT,
    "start": INT,
    "end": INT,
    "trigger_start": INT,
    "trigger_end": INT,
    "trigger": STR,
    "sentence": STR,
    "timex_id": STR,
    "timex_text": STR,
}

CLAIMS: dict[str, str] = {
    "claim_id": STR,
    "doc_id": STR,
    "sentence_id": NINT,
    "speaker": STR,
    "actor": STR,
    "role": STR,
    "cue": STR,
    "cue_class": STR,
    "content": STR,
    "kind": STR,
    "stance": STR,
    "made_value": STR,
    "made_begin": TS,
    "made_end": TS,
    "event_id": STR,
    "cue_start": INT,
    "cue_end": INT,
    "speaker_start": INT,
    "speaker_end": INT,
    "content_start": INT,
    "content_end": INT,
    "sentence": STR,
    "topic": STR,
    "within": STR,
}

CLAIM_LINKS: dict[str, str] = {
    "source_claim_id": STR,
    "target_claim_id": STR,
    "relation": STR,  # agrees | contradicts | omits | responds_to
    "reason": STR,
}

SCHEMAS: dict[str, dict[str, str]] = {
    "documents": DOCUMENTS,
    "timexes": TIMEXES,
    "events": EVENTS,
    "event_mentions": EVENT_MENTIONS,
    "claims": CLAIMS,
    "claim_links": CLAIM_LINKS,
}


def conform(df: pd.DataFrame, schema: Mapping[str, str]) -> pd.DataFrame:
    """Order, complete and type ``df``'s columns as ``schema`` says (extra columns are kept at the end)."""
    out = df.copy()
    for column, dtype in schema.items():
        if column not in out.columns:
            missing = 0 if dtype == INT else None  # a count or offset nobody gave is zero, not NaN
            out[column] = pd.Series([missing] * len(out), dtype=object)
        out[column] = _typed(out[column], dtype)
    extra = [c for c in out.columns if c not in schema]
    return out[list(schema) + extra].reset_index(drop=True)


def _typed(values: pd.Series, dtype: str) -> pd.Series:
    """One column in its schema dtype: timestamps coerced (unparseable -> NaT), missing strings empty."""
    if dtype == TS:
        return pd.to_datetime(values, errors="coerce").astype(TS)
    if dtype == STR:
        return values.astype(object).where(values.notna(), "").astype(STR)
    typed: Any = dtype  # one of the schema's literal dtypes
    return values.astype(typed)


def frame(records: Iterable[Any], schema: Mapping[str, str]) -> pd.DataFrame:
    """A typed DataFrame from dataclass records or dicts (only the schema's columns are kept).

    Built column by column: a DataFrame of row dicts would infer every column's dtype only for ``conform`` to
    replace it (that costs more than the rest of building the tables)."""
    rows = [
        asdict(r) if is_dataclass(r) and not isinstance(r, type) else r if isinstance(r, dict) else dict(r)
        for r in records
    ]  # only read: a dict needs no copy
    if not rows:
        return empty(schema)
    return pd.DataFrame(
        {column: _typed(pd.Series([r.get(column) for r in rows], dtype=object), dtype) for column, dtype in schema.items()}
    )


def empty(schema: Mapping[str, str]) -> pd.DataFrame:
    """A table without rows, with the schema's columns and dtypes."""
    return pd.DataFrame({column: pd.Series([], dtype=dtype) for column, dtype in schema.items()})

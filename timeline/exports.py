"""Exports: the tables as CSV, JSONL and Parquet, and the timeline in the formats other tools read.

Table files keep their dtypes on a round trip: ``read_table`` types what it reads with the table's schema (given,
or recognised from the columns), so ``datetime64[us]``, ``string``, ``Int64`` and ``int64`` come back as they were
written.  Text formats are written by pandas (CSV) and the ``json`` module (JSONL), timestamps as ISO 8601 and
missing values as empty cells (CSV) or ``null`` (JSONL).  The richer formats (TimelineJS, schema.org JSON-LD,
TimeML) live in ``timeline.export_formats``; ``export`` is the one entry point the command line calls.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import tables
from .errors import ExportError
from .export_formats.jsonld import to_jsonld_claims
from .export_formats.timelinejs import to_timelinejs
from .export_formats.timeml import to_timeml, write_timeml

if TYPE_CHECKING:
    from .result import Timeline

__all__ = [
    "ExportError",
    "export",
    "read_table",
    "to_jsonld_claims",
    "to_timelinejs",
    "to_timeml",
    "write_table",
    "write_timeml",
]

TABLE_FORMATS = ("csv", "jsonl", "parquet")
DOCUMENT_FORMATS = ("timelinejs", "jsonld", "timeml")
FORMATS = TABLE_FORMATS + DOCUMENT_FORMATS
TABLES = ("documents", "timexes", "events", "event_mentions", "claims", "claim-links")

# What each document format is made of: the ``what`` values it accepts.
_FORMAT_CONTENTS: dict[str, tuple[str, ...]] = {
    "timelinejs": ("events", "claims"),
    "jsonld": ("claims",),
    "timeml": ("timexes",),
}


def _table_key(what: str) -> str:
    return what.replace("-", "_")


def guess_schema(columns: list[str]) -> dict[str, str] | None:
    """The schema of the table whose columns these are (exactly, or with extra columns after them)."""
    present = set(columns)
    best: dict[str, str] | None = None
    for schema in tables.SCHEMAS.values():
        if set(schema) <= present and (best is None or len(schema) > len(best)):
            best = schema
    return best


def _iso(value: Any) -> str | None:
    """ISO 8601 text of a timestamp cell, ``None`` for NaT."""
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    stamp = pd.Timestamp(value)
    return None if pd.isna(stamp) else stamp.isoformat()


def _datetime_columns(df: pd.DataFrame) -> list[str]:
    return [c for c in df.columns if pd.api.types.is_datetime64_any_dtype(df[c])]


def _jsonable(value: Any) -> Any:
    """A cell as a JSON value: NA -> null, numpy scalars -> Python numbers."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def write_table(df: pd.DataFrame, path: str | Path, fmt: str, *, schema: Mapping[str, str] | None = None) -> Path:
    """Write one table as ``csv``, ``jsonl`` or ``parquet``; with ``schema`` the frame is typed by it first."""
    if fmt not in TABLE_FORMATS:
        raise ExportError(f"{path}: unknown table format {fmt!r}; choose from {', '.join(TABLE_FORMATS)}")
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    frame = tables.conform(df, schema) if schema is not None else df.reset_index(drop=True)
    if fmt == "parquet":
        frame.to_parquet(out, index=False, engine="pyarrow")
        return out
    text = frame.copy()
    for column in _datetime_columns(text):
        text[column] = pd.Series([_iso(v) for v in text[column]], index=text.index, dtype=object)
    if fmt == "csv":
        text.to_csv(out, index=False, lineterminator="\n")
    else:
        columns = list(text.columns)
        with out.open("w", encoding="utf-8", newline="\n") as handle:
            for row in text.itertuples(index=False, name=None):
                record = {c: _jsonable(v) for c, v in zip(columns, row, strict=True)}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    aliases = {"pq": "parquet", "ndjson": "jsonl", "json": "jsonl"}
    fmt = aliases.get(suffix, suffix)
    if fmt not in TABLE_FORMATS:
        raise ExportError(
            f"{path}: cannot tell the table format from the suffix; pass fmt= ({', '.join(TABLE_FORMATS)})"
        )
    return fmt


def read_table(
    path: str | Path, fmt: str | None = None, *, schema: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Read a table written by ``write_table``, typed by ``schema`` or by the known schema its columns match."""
    source = Path(path)
    fmt = fmt or _format_of(source)
    if fmt not in TABLE_FORMATS:
        raise ExportError(f"{path}: unknown table format {fmt!r}; choose from {', '.join(TABLE_FORMATS)}")
    if not source.is_file():
        raise ExportError(f"{path}: no such file")
    if fmt == "parquet":
        df = pd.read_parquet(source, engine="pyarrow")
    elif fmt == "csv":
        # Everything as text first, so "NA" or "null" in an article stays a word; the schema types the rest.
        df = pd.read_csv(source, dtype=str, keep_default_na=False, na_values=[""])
        df = df.astype(object).where(df.notna(), None)
    else:
        with source.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        # Object columns keep JSON's ints exact (no detour through float for a column with nulls).
        df = pd.DataFrame(records, dtype=object) if records else pd.DataFrame()
    if schema is None:
        schema = guess_schema([str(c) for c in df.columns])
    if schema is None and not len(df.columns):
        # An empty JSONL file has no keys to go by: a file named after its table (claim-links.jsonl) still types.
        schema = tables.SCHEMAS.get(_table_key(source.name.split(".")[0]))
    if schema is None:
        return df
    missing = [c for c in schema if c not in df.columns]
    if missing and len(df.columns):
        raise ExportError(f"{path}: missing columns {', '.join(missing)}")
    for column, dtype in schema.items():
        if dtype == tables.TS and column in df.columns and not pd.api.types.is_datetime64_any_dtype(df[column]):
            # ISO 8601 in any precision (a row with microseconds next to one without): no format guessing.
            df[column] = pd.to_datetime(df[column], format="ISO8601")
    return tables.conform(df, schema)


def _write_json(document: Any, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    return path


def export(tl: Timeline, what: str, fmt: str, path: str | Path) -> Path:
    """Write ``what`` (a table name, or what a document format holds) in ``fmt`` to ``path``; return the path.

    Tables: ``documents, timexes, events, event_mentions, claims, claim-links`` x ``csv, jsonl, parquet``.
    Document formats: ``timelinejs`` (events and claims), ``jsonld`` (claims), ``timeml`` (timexes; ``path`` is a
    directory of ``<doc_id>.tml`` files, or one file when the timeline holds a single document).
    """
    target = Path(path)
    if fmt in TABLE_FORMATS:
        key = _table_key(what)
        if key not in tables.SCHEMAS:
            raise ExportError(f"{path}: no table named {what!r}; choose from {', '.join(TABLES)}")
        return write_table(tl.table(key), target, fmt, schema=tables.SCHEMAS[key])
    if fmt not in _FORMAT_CONTENTS:
        raise ExportError(f"{path}: unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    accepted = _FORMAT_CONTENTS[fmt]
    if _table_key(what) not in accepted:
        raise ExportError(
            f"{path}: format {fmt} holds {' and '.join(accepted)}, not {what}; "
            f"use --what {accepted[0]} or a table format ({', '.join(TABLE_FORMATS)})"
        )
    if fmt == "timelinejs":
        return _write_json(to_timelinejs(tl), target)
    if fmt == "jsonld":
        return _write_json(to_jsonld_claims(tl), target)
    return write_timeml(tl, target)

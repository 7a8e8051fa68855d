"""Exports: table round trips keep dtypes; TimelineJS, JSON-LD and TimeML say what the text says, and validate."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from timeline import tables
from timeline.errors import ExportError
from timeline.exports import (
    TABLE_FORMATS,
    export,
    read_table,
    to_jsonld_claims,
    to_timelinejs,
    to_timeml,
    write_table,
)
from timeline.result import Timeline

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_4af24b45e95ba1e9.txt"
TBAQ = ROOT.parent / "shared" / "corpora" / "tbaq"
SEED_ID = "seed"
DCT = datetime(2017, 5, 3, 1, 43)


def _span(text: str, words: str, after: str = "") -> tuple[int, int]:
    """Offsets of ``words`` in ``text`` (the first occurrence after ``after``)."""
    base = text.index(after) if after else 0
    start = text.index(words, base)
    return start, start + len(words)


def _sentence(text: str, words: str) -> tuple[int, int, str]:
    start = text.index(words)
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", start)
    return s, e, text[s:e]


def _timex(text: str, words: str, value: str, *, after: str = "", **fields: Any) -> dict[str, Any]:
    start, end = _span(text, words, after)
    row = {"doc_id": SEED_ID, "start": start, "end": end, "text": words, "type": "DATE", "value": value}
    row.update(fields)
    return row


def _event(
    text: str,
    event_id: str,
    label: str,
    trigger: str,
    value: str,
    begin: str,
    end_: str,
    granularity: str,
    mod: str,
    actors: str,
    timex_text: str,
) -> dict[str, Any]:
    s, e, sentence = _sentence(text, trigger)
    t_start = text.index(trigger)
    return {
        "event_id": event_id,
        "label": label,
        "kind": "other",
        "trigger": trigger,
        "value": value,
        "begin": begin,
        "end_": end_,
        "granularity": granularity,
        "mod": mod,
        "actors": actors,
        "doc_id": SEED_ID,
        "sentence_id": 1,
        "start": s,
        "end": e,
        "trigger_start": t_start,
        "trigger_end": t_start + len(trigger),
        "sentence": sentence,
        "timex_text": timex_text,
        "n_mentions": 1,
        "n_docs": 1,
        "doc_ids": SEED_ID,
        "sources": "Hindustan Times",
    }


def _claim(
    text: str, claim_id: str, speaker: str, actor: str, cue: str, content: str, kind: str, stance: str
) -> dict[str, Any]:
    c_start, c_end = _span(text, content)
    sp_start = text.rfind(speaker, 0, c_start) if speaker in text[:c_start] else text.index(speaker, c_end)
    cue_start = text.rfind(cue, 0, c_start) if cue in text[:c_start] else text.index(cue, c_end)
    sp_end, cue_end = sp_start + len(speaker), cue_start + len(cue)
    _, _, sentence = _sentence(text, content)
    return {
        "claim_id": claim_id,
        "doc_id": SEED_ID,
        "sentence_id": 3,
        "speaker": speaker,
        "actor": actor,
        "role": "",
        "cue": cue,
        "cue_class": "say",
        "content": content,
        "kind": kind,
        "stance": stance,
        "made_value": "2017-05-02",
        "made_begin": "2017-05-02",
        "made_end": "2017-05-03",
        "event_id": "",
        "cue_start": cue_start,
        "cue_end": cue_end,
        "speaker_start": sp_start,
        "speaker_end": sp_end,
        "content_start": c_start,
        "content_end": c_end,
        "sentence": sentence,
    }


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_timeline(seed_text: str) -> Timeline:
    """The seed's tables as the pipeline should give them, built by hand from the article's own offsets."""
    t = seed_text
    documents = tables.frame(
        [
            {
                "doc_id": SEED_ID,
                "title": "Trump, Putin agree to work together on Syria, discuss North Korea during phone call",
                "source": "Hindustan Times",
                "url": "https://www.hindustantimes.com/world-news/trump-putin-call",
                "path": str(SEED),
                "dct": DCT,
                "dct_source": "dateline",
                "dct_text": "May 03, 2017 01:43 IST",
                "n_chars": len(t),
            }
        ],
        tables.DOCUMENTS,
    )
    body = "US President Donald Trump and Russian"
    timexes = tables.frame(
        [
            _timex(
                t,
                "May 03, 2017 01:43 IST",
                "2017-05-03T01:43",
                type="TIME",
                anchor="absolute",
                timex_id="t1",
                begin="2017-05-03 01:43",
                end_="2017-05-03 01:44",
                granularity="minute",
            ),
            _timex(
                t,
                "in January",
                "2017-01",
                anchor="dct",
                timex_id="t2",
                begin="2017-01-01",
                end_="2017-02-01",
                granularity="month",
            ),
            _timex(
                t,
                "Tuesday",
                "2017-05-02",
                after=body,
                anchor="dct",
                timex_id="t3",
                begin="2017-05-02",
                end_="2017-05-03",
                granularity="day",
            ),
            _timex(
                t,
                "July 7-8",
                "2017-07-07",
                anchor="t5",
                timex_id="t4",
                begin="2017-07-07",
                end_="2017-07-09",
                granularity="day",
            ),
            _timex(
                t,
                "in July",
                "2017-07",
                anchor="dct",
                timex_id="t5",
                begin="2017-07-01",
                end_="2017-08-01",
                granularity="month",
            ),
            _timex(
                t,
                "early April",
                "2017-04",
                mod="START",
                anchor="dct",
                timex_id="t6",
                begin="2017-04-01",
                end_="2017-04-11",
                granularity="month",
            ),
            _timex(
                t,
                "last year",
                "2016",
                anchor="dct",
                timex_id="t7",
                begin="2016-01-01",
                end_="2017-01-01",
                granularity="year",
            ),
        ],
        tables.TIMEXES,
    )
    events = tables.frame(
        [
            _event(
                t,
                "e1",
                "Trump-Putin phone call",
                "phone discussion",
                "2017-05-02",
                "2017-05-02",
                "2017-05-03",
                "day",
                "",
                "Donald Trump; Vladimir Putin",
                "Tuesday",
            ),
            _event(
                t,
                "e2",
                "US strikes in Syria",
                "strikes",
                "2017-04",
                "2017-04-01",
                "2017-04-11",
                "month",
                "START",
                "United States",
                "early April",
            ),
            _event(
                t,
                "e3",
                "Meeting at the G20 in Hamburg",
                "meeting during the G20",
                "2017-07-07",
                "2017-07-07",
                "2017-07-09",
                "day",
                "",
                "Donald Trump; Vladimir Putin",
                "July 7-8",
            ),
            _event(
                t,
                "e4",
                "Trump takes office",
                "took office",
                "2017-01",
                "2017-01-01",
                "2017-02-01",
                "month",
                "",
                "Donald Trump",
                "in January",
            ),
            _event(
                t,
                "e5",
                "US election",
                "election.",
                "2016",
                "2016-01-01",
                "2017-01-01",
                "year",
                "",
                "",
                "last year",
            ),
            _event(t, "e6", "<script>alert(1)</script> talks", "talks", "XXXX-WXX-3", None, None, "", "", "", ""),
        ],
        tables.EVENTS,
    )
    claims = tables.frame(
        [
            _claim(
                t,
                "c1",
                "the Kremlin",
                "Kremlin",
                "said",
                "in favour of organising a meeting during the G20 summit on July 7-8 in Hamburg,",
                "direct_quote",
                "asserts",
            ),
            _claim(
                t,
                "c2",
                "US intelligence agencies",
                "US intelligence agencies",
                "have assessed",
                "Russia was behind the hacking",
                "paraphrase",
                "assesses",
            ),
            _claim(
                t,
                "c3",
                "Putin",
                "Vladimir Putin",
                "denied",
                "Moscow ever interferes in other countries\u2019 elections",
                "paraphrase",
                "denies",
            ),
        ],
        tables.CLAIMS,
    )
    links = tables.frame(
        [
            {
                "source_claim_id": "c3",
                "target_claim_id": "c2",
                "relation": "contradicts",
                "reason": "denies what c2 asserts",
            }
        ],
        tables.CLAIM_LINKS,
    )
    tl = Timeline(documents=documents, timexes=timexes, events=events, claims=claims, claim_links=links)
    tl.texts = {SEED_ID: t}  # type: ignore[attr-defined]
    return tl


# ---------------------------------------------------------------- tables


def _tricky_tables() -> dict[str, pd.DataFrame]:
    """Every table with the cells that break naive writers: NaT, <NA>, "NA", commas, quotes, newlines, unicode."""
    rows: dict[str, pd.DataFrame] = {}
    for name, schema in tables.SCHEMAS.items():
        records = []
        for i in range(3):
            record: dict[str, Any] = {}
            for column, dtype in schema.items():
                if dtype == tables.TS:
                    record[column] = [datetime(2017, 5, 2, 14, 5, 7, 123456), None, datetime(2016, 1, 1)][i]
                elif dtype == tables.NINT:
                    record[column] = [3, None, 2**60 + 1][i]  # not exact as a float
                elif dtype == tables.INT:
                    record[column] = [0, 17, 2_000_000_000_000][i]
                else:
                    record[column] = ["NA", 'He said, "no"\nthen \u201cyes\u201d \u2014 Zo\u00eb', ""][i]
            records.append(record)
        rows[name] = tables.frame(records, schema)
    return rows


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
@pytest.mark.parametrize("name", list(tables.SCHEMAS))
def test_every_table_survives_a_round_trip_with_its_dtypes(tmp_path: Path, name: str, fmt: str) -> None:
    df = _tricky_tables()[name]
    path = write_table(df, tmp_path / f"{name}.{fmt}", fmt, schema=tables.SCHEMAS[name])
    back = read_table(path, fmt)
    assert list(back.dtypes.astype(str)) == list(df.dtypes.astype(str))
    pd.testing.assert_frame_equal(back, df)


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
def test_an_empty_table_round_trips_with_its_schema(tmp_path: Path, fmt: str) -> None:
    df = tables.empty(tables.EVENTS)
    back = read_table(write_table(df, tmp_path / f"events.{fmt}", fmt), fmt, schema=tables.EVENTS)
    pd.testing.assert_frame_equal(back, df)


def test_an_empty_jsonl_named_after_its_table_reads_back_typed(tmp_path: Path) -> None:
    df = tables.empty(tables.CLAIM_LINKS)
    path = write_table(df, tmp_path / "claim-links.jsonl", "jsonl")
    assert path.read_text(encoding="utf-8") == ""
    pd.testing.assert_frame_equal(read_table(path), df)


def test_jsonl_has_one_object_per_line_with_iso_timestamps_and_null_for_nat(tmp_path: Path) -> None:
    df = _tricky_tables()["timexes"]
    path = write_table(df, tmp_path / "t.jsonl", "jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(df)
    first, second = json.loads(lines[0]), json.loads(lines[1])
    assert first["begin"] == "2017-05-02T14:05:07.123456"
    assert second["begin"] is None and second["sentence_id"] is None
    assert first["text"] == "NA"


def test_csv_keeps_the_word_na_distinct_from_a_missing_date(tmp_path: Path) -> None:
    df = _tricky_tables()["claims"]
    back = read_table(write_table(df, tmp_path / "c.csv", "csv"))
    assert back.loc[0, "speaker"] == "NA"
    assert pd.isna(back.loc[1, "made_begin"])


def test_an_unknown_table_format_names_itself(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="xlsx"):
        write_table(tables.empty(tables.EVENTS), tmp_path / "e.xlsx", "xlsx")


# ---------------------------------------------------------------- TimelineJS

_TOP_KEYS = {"events", "title", "eras", "scale"}
_SLIDE_KEYS = {
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
}
_DATE_FIELDS = {
    "year": None,
    "month": (1, 12),
    "day": (1, 31),
    "hour": (0, 23),
    "minute": (0, 59),
    "second": (0, 59),
    "millisecond": (0, 999),
}
_DATE_KEYS = set(_DATE_FIELDS) | {"display_date", "format"}


def _check_date(date: Any, where: str) -> list[str]:
    problems: list[str] = []
    if not isinstance(date, dict):
        return [f"{where}: a date must be an object"]
    problems += [f"{where}: unknown date field {k}" for k in set(date) - _DATE_KEYS]
    if not isinstance(date.get("year"), int):
        problems.append(f"{where}: year is required and must be a number")
    present = [f for f in _DATE_FIELDS if f in date]
    for field_name in present:
        bounds = _DATE_FIELDS[field_name]
        value = date[field_name]
        if not isinstance(value, int) or isinstance(value, bool):
            problems.append(f"{where}: {field_name} must be a number")
        elif bounds and not bounds[0] <= value <= bounds[1]:
            problems.append(f"{where}: {field_name} {value} out of range")
    order = list(_DATE_FIELDS)
    if present != order[: len(present)]:
        problems.append(f"{where}: fields {present} skip a coarser unit (a day needs its month)")
    return problems


def validate_timelinejs(data: Any) -> list[str]:
    """The documented TimelineJS3 JSON fields (timeline.knightlab.com/docs/json-format.html), as a checker."""
    if not isinstance(data, dict):
        return ["the document must be a JSON object"]
    problems = [f"unknown top-level key {k}" for k in set(data) - _TOP_KEYS]
    if not isinstance(data.get("events"), list):
        return problems + ["events is required and must be a list"]
    if data.get("scale", "human") not in ("human", "cosmological"):
        problems.append("scale must be human or cosmological")
    slides = [(f"events[{i}]", s, True) for i, s in enumerate(data["events"])]
    if "title" in data:
        slides.append(("title", data["title"], False))
    for where, slide, needs_date in slides:
        if not isinstance(slide, dict):
            problems.append(f"{where}: a slide must be an object")
            continue
        problems += [f"{where}: unknown slide field {k}" for k in set(slide) - _SLIDE_KEYS]
        if needs_date and "start_date" not in slide:
            problems.append(f"{where}: start_date is required")
        for key in ("start_date", "end_date"):
            if key in slide:
                problems += _check_date(slide[key], f"{where}.{key}")
        text = slide.get("text", {})
        if not isinstance(text, dict) or set(text) - {"headline", "text"}:
            problems.append(f"{where}: text must be an object with headline/text")
        elif not all(isinstance(v, str) for v in text.values()):
            problems.append(f"{where}: headline and text must be strings")
        for key in ("group", "display_date", "unique_id"):
            if key in slide and not isinstance(slide[key], str):
                problems.append(f"{where}: {key} must be a string")
    return problems


def test_the_validator_rejects_what_the_docs_forbid() -> None:
    assert validate_timelinejs({"events": [{"start_date": {"month": 4}}]})
    assert validate_timelinejs({"events": [{"start_date": {"year": 2017, "day": 3}}]})
    assert validate_timelinejs({"events": [{"text": {"headline": "x"}}]})
    assert validate_timelinejs({"title": {}})
    assert not validate_timelinejs({"events": [{"start_date": {"year": 2017, "month": 4}}]})


def _slides(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["unique_id"]: s for s in data["events"]}


def test_timelinejs_export_validates_against_the_documented_fields(seed_timeline: Timeline) -> None:
    data = json.loads(json.dumps(to_timelinejs(seed_timeline)))
    assert validate_timelinejs(data) == []
    ids = [s["unique_id"] for s in data["events"]]
    assert len(ids) == len(set(ids))


def test_a_month_event_has_no_day_and_a_day_event_no_end(seed_timeline: Timeline) -> None:
    slides = _slides(to_timelinejs(seed_timeline))
    assert slides["event-e4"]["start_date"] == {"year": 2017, "month": 1}
    assert "end_date" not in slides["event-e4"] and "display_date" not in slides["event-e4"]
    assert slides["event-e1"]["start_date"] == {"year": 2017, "month": 5, "day": 2}
    assert "end_date" not in slides["event-e1"]
    assert slides["event-e5"]["start_date"] == {"year": 2016}


def test_july_7_8_ends_on_the_8th_inclusive(seed_timeline: Timeline) -> None:
    g20 = _slides(to_timelinejs(seed_timeline))["event-e3"]
    assert g20["start_date"] == {"year": 2017, "month": 7, "day": 7}
    assert g20["end_date"] == {"year": 2017, "month": 7, "day": 8}


def test_early_april_keeps_the_words_and_invents_no_day(seed_timeline: Timeline) -> None:
    strikes = _slides(to_timelinejs(seed_timeline))["event-e2"]
    assert strikes["start_date"] == {"year": 2017, "month": 4}
    assert strikes["display_date"] == "early April (2017)"
    assert strikes["group"] == "United States"


@pytest.mark.parametrize(
    ("words", "begin", "end_", "granularity", "mod", "display"),
    [
        ("last year", "2016-01-01", "2017-01-01", "year", "", None),
        ("days", "2017-04-01", "2017-04-28", "month", "AFTER", "days (April 2017)"),
        ("this week", "2017-05-01", "2017-05-08", "week", "", "this week (May 1\u20137, 2017)"),
        ("the summer", "2017-06-01", "2017-09-01", "season", "", "the summer (June\u2013August 2017)"),
        ("the late 1990s", "1995-01-01", "2000-01-01", "decade", "END", "the late 1990s"),
    ],
)
def test_vague_dates_show_their_words_with_what_they_resolve_to(
    words: str, begin: str, end_: str, granularity: str, mod: str, display: str | None
) -> None:
    row = {"event_id": "e1", "label": "x", "begin": begin, "end_": end_, "granularity": granularity, "mod": mod}
    row.update(
        {"timex_text": words, "value": begin[:4], "start": 0, "end": 1, "trigger_start": 0, "trigger_end": 1}
    )
    row.update({"n_mentions": 1, "n_docs": 1})
    slide = to_timelinejs(Timeline(events=tables.frame([row], tables.EVENTS)))["events"][0]
    assert slide.get("display_date") == display
    assert validate_timelinejs({"events": [slide]}) == []


def test_undated_events_are_left_out_and_article_text_is_escaped(seed_timeline: Timeline) -> None:
    data = to_timelinejs(seed_timeline)
    assert "event-e6" not in _slides(data)
    seed_timeline_with_script = Timeline(
        documents=seed_timeline.documents,
        events=seed_timeline.events.assign(label="<img src=x onerror=alert(1)>"),
    )
    dumped = json.dumps(to_timelinejs(seed_timeline_with_script))
    assert "<img" not in dumped and "&lt;img src=x onerror=alert(1)&gt;" in dumped


def test_claims_sit_on_the_speakers_lane_with_the_quote_and_the_contradiction(seed_timeline: Timeline) -> None:
    slides = _slides(to_timelinejs(seed_timeline))
    kremlin = slides["claim-c1"]
    assert kremlin["group"] == "Kremlin"
    assert "in favour of organising a meeting" in kremlin["text"]["text"]
    assert kremlin["start_date"] == {"year": 2017, "month": 5, "day": 2}
    putin = slides["claim-c3"]
    assert putin["text"]["headline"] == "Putin denied"
    assert "Contradicted by US intelligence agencies" in putin["text"]["text"]


def test_a_pronoun_speaker_is_named_by_its_actor_in_the_headline(seed_timeline: Timeline) -> None:
    claims = seed_timeline.claims.assign(speaker="He")
    tl = Timeline(documents=seed_timeline.documents, claims=claims)
    headlines = [s["text"]["headline"] for s in to_timelinejs(tl)["events"]]
    assert headlines == ["Kremlin said", "US intelligence agencies have assessed", "Vladimir Putin denied"]


def test_the_title_slide_comes_from_the_document(seed_timeline: Timeline) -> None:
    title = to_timelinejs(seed_timeline)["title"]
    assert title["text"]["headline"].startswith("Trump, Putin agree")
    assert "Hindustan Times" in title["text"]["text"] and "2017-05-03 01:43" in title["text"]["text"]


# ---------------------------------------------------------------- JSON-LD


def test_jsonld_claims_parse_and_their_selectors_find_the_exact_words(
    seed_timeline: Timeline, seed_text: str
) -> None:
    doc = json.loads(json.dumps(to_jsonld_claims(seed_timeline)))
    assert "https://schema.org" in doc["@context"]
    claims = doc["@graph"]
    assert len(claims) == len(seed_timeline.claims)
    for claim in claims:
        assert claim["@type"] == "Claim"
        quote, position = claim["appearance"]["selector"]
        assert quote["@type"] == "TextQuoteSelector" and position["@type"] == "TextPositionSelector"
        assert seed_text[position["start"] : position["end"]] == quote["exact"] == claim["text"]
        assert seed_text.find(quote["prefix"] + quote["exact"] + quote["suffix"]) == position["start"] - len(
            quote["prefix"]
        )


def test_jsonld_claims_name_author_dates_and_url(seed_timeline: Timeline) -> None:
    by_id = {c["@id"]: c for c in to_jsonld_claims(seed_timeline)["@graph"]}
    putin, kremlin = by_id["#claim-c3"], by_id["#claim-c1"]
    assert putin["author"] == {"@type": "Person", "name": "Vladimir Putin"}
    assert kremlin["author"] == {"@type": "Organization", "name": "Kremlin"}
    assert putin["datePublished"] == "2017-05-03T01:43:00"
    assert putin["dateCreated"] == "2017-05-02"
    assert putin["appearance"]["url"] == "https://www.hindustantimes.com/world-news/trump-putin-call"


def test_jsonld_claim_without_a_speaker_has_no_author(seed_timeline: Timeline) -> None:
    claims = seed_timeline.claims.assign(speaker="", actor="", role="")  # "it was reported that ..."
    tl = Timeline(documents=seed_timeline.documents, claims=claims)
    assert all("author" not in c for c in to_jsonld_claims(tl)["@graph"])


def test_jsonld_without_the_text_still_records_words_and_offsets(seed_timeline: Timeline) -> None:
    bare = Timeline(documents=seed_timeline.documents, claims=seed_timeline.claims)
    quote, position = to_jsonld_claims(bare)["@graph"][1]["appearance"]["selector"]
    assert quote == {"@type": "TextQuoteSelector", "exact": "Russia was behind the hacking"}
    assert position["end"] - position["start"] == len(quote["exact"])


# ---------------------------------------------------------------- TimeML


def _plain(element: ET.Element) -> str:
    return "".join(element.itertext())


def test_timeml_is_well_formed_and_keeps_the_text_intact(seed_timeline: Timeline, seed_text: str) -> None:
    root = ET.fromstring(to_timeml(seed_timeline, SEED_ID))
    text = root.find("TEXT")
    assert text is not None and _plain(text) == seed_text
    tagged = {t.text: t.attrib for t in text.iter("TIMEX3")}
    assert tagged["early April"]["value"] == "2017-04" and tagged["early April"]["mod"] == "START"
    assert tagged["July 7-8"]["anchorTimeID"] == "t5"
    assert tagged["Tuesday"]["anchorTimeID"] == "t0" and tagged["Tuesday"]["temporalFunction"] == "true"
    assert "anchorTimeID" not in tagged["May 03, 2017 01:43 IST"]


def test_timeml_puts_the_article_date_in_its_dct_element(seed_timeline: Timeline) -> None:
    dct = ET.fromstring(to_timeml(seed_timeline, SEED_ID)).find("DCT/TIMEX3")
    assert dct is not None
    assert dct.attrib["functionInDocument"] == "CREATION_TIME"
    assert (dct.attrib["tid"], dct.attrib["type"], dct.attrib["value"]) == ("t0", "TIME", "2017-05-03T01:43")
    assert dct.text == "May 03, 2017 01:43 IST"


def test_timeml_keeps_carriage_returns_markup_characters_and_drops_overlaps() -> None:
    text = "Sales rose <5% & fell\r\non Monday morning, R&D said.\r\n"
    start = text.index("Monday")
    rows = [
        {
            "doc_id": "d",
            "start": start,
            "end": start + len("Monday"),
            "text": "Monday",
            "type": "DATE",
            "value": "1998-01-05",
            "anchor": "dct",
        },
        {
            "doc_id": "d",
            "start": start,
            "end": start + len("Monday morning"),
            "text": "Monday morning",
            "type": "TIME",
            "value": "1998-01-05TMO",
            "anchor": "dct",
        },
    ]
    tl = Timeline(
        documents=tables.frame(
            [{"doc_id": "d", "dct": datetime(1998, 1, 8), "n_chars": len(text)}], tables.DOCUMENTS
        ),
        timexes=tables.frame(rows, tables.TIMEXES),
    )
    root = ET.fromstring(to_timeml(tl, "d", texts={"d": text}))
    body = root.find("TEXT")
    assert body is not None and _plain(body) == text
    assert [t.text for t in body.iter("TIMEX3")] == ["Monday morning"]
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and (dct.attrib["type"], dct.attrib["value"]) == ("DATE", "1998-01-08")


def _read_tbaq(path: Path) -> tuple[str, str, list[dict[str, Any]]]:
    """A TimeBank file's plain TEXT, DCT value and TIMEX3 rows with offsets into that text."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    body = root.find("TEXT")
    assert body is not None
    pieces: list[str] = [body.text or ""]
    rows: list[dict[str, Any]] = []
    for child in body:
        offset = len("".join(pieces))
        words = _plain(child)
        if child.tag == "TIMEX3":
            rows.append(
                {
                    "doc_id": path.stem,
                    "start": offset,
                    "end": offset + len(words),
                    "text": words,
                    "type": child.attrib["type"],
                    "value": child.attrib["value"],
                    "mod": child.attrib.get("mod", ""),
                    "timex_id": child.attrib["tid"],
                    "anchor": child.attrib.get("anchorTimeID", "absolute").replace("t0", "dct"),
                }
            )
        pieces += [words, child.tail or ""]
    return "".join(pieces), dct.attrib["value"], rows


def test_a_timebank_document_comes_back_as_timebank_wrote_it() -> None:
    path = TBAQ / "TimeBank" / "ABC19980108.1830.0711.tml"
    if not path.exists():
        pytest.skip(f"TBAQ corpus not found at {TBAQ}")
    text, dct, rows = _read_tbaq(path)
    tl = Timeline(
        documents=tables.frame([{"doc_id": path.stem, "dct": dct, "n_chars": len(text)}], tables.DOCUMENTS),
        timexes=tables.frame(rows, tables.TIMEXES),
    )
    root = ET.fromstring(to_timeml(tl, path.stem, texts={path.stem: text}))
    body = root.find("TEXT")
    assert body is not None and _plain(body) == text
    ours = [(t.attrib["tid"], t.attrib["value"], t.text) for t in body.iter("TIMEX3")]
    assert ours == [(r["timex_id"], r["value"], r["text"]) for r in rows]


def test_timeml_without_the_document_text_says_so(seed_timeline: Timeline) -> None:
    bare = Timeline(documents=seed_timeline.documents, timexes=seed_timeline.timexes)
    with pytest.raises(ExportError, match="text"):
        to_timeml(bare, SEED_ID)


# ---------------------------------------------------------------- the dispatcher


@pytest.mark.parametrize("what", ["documents", "timexes", "events", "event_mentions", "claims", "claim-links"])
def test_export_writes_every_table_as_parquet(seed_timeline: Timeline, tmp_path: Path, what: str) -> None:
    path = export(seed_timeline, what, "parquet", tmp_path / f"{what}.parquet")
    pd.testing.assert_frame_equal(read_table(path), seed_timeline.table(what))


def test_export_writes_the_document_formats(seed_timeline: Timeline, tmp_path: Path) -> None:
    tljs = export(seed_timeline, "events", "timelinejs", tmp_path / "tl.json")
    assert validate_timelinejs(json.loads(tljs.read_text(encoding="utf-8"))) == []
    ld = export(seed_timeline, "claims", "jsonld", tmp_path / "claims.jsonld")
    assert len(json.loads(ld.read_text(encoding="utf-8"))["@graph"]) == 3
    one = export(seed_timeline, "timexes", "timeml", tmp_path / "seed.tml")
    assert one.is_file() and ET.parse(one).getroot().tag == "TimeML"


def test_timeml_of_many_documents_is_a_directory_of_files(
    seed_timeline: Timeline, seed_text: str, tmp_path: Path
) -> None:
    second = seed_timeline.documents.assign(doc_id="other/doc")
    tl = Timeline(
        documents=pd.concat([seed_timeline.documents, second], ignore_index=True), timexes=seed_timeline.timexes
    )
    tl.texts = {SEED_ID: seed_text, "other/doc": "Nothing dated here."}  # type: ignore[attr-defined]
    out = export(tl, "timexes", "timeml", tmp_path / "tml")
    assert sorted(p.name for p in out.iterdir()) == ["other_doc.tml", "seed.tml"]


@pytest.mark.parametrize(
    ("what", "fmt", "words"),
    [
        ("timexes", "jsonld", "jsonld holds claims"),
        ("claims", "timeml", "timeml holds timexes"),
        ("documents", "timelinejs", "timelinejs holds events and claims"),
        ("events", "xlsx", "unknown format 'xlsx'"),
        ("sentences", "csv", "no table named 'sentences'"),
    ],
)
def test_export_refuses_unsupported_combinations_by_name(
    seed_timeline: Timeline, tmp_path: Path, what: str, fmt: str, words: str
) -> None:
    with pytest.raises(ExportError, match=words):
        export(seed_timeline, what, fmt, tmp_path / "out")


# ---------------------------------------------------------------- the seed, end to end


@pytest.fixture(scope="module")
def seed_build() -> Timeline:
    import timeline

    return timeline.build(str(SEED))


def test_the_seed_builds_exports_validate(seed_build: Timeline, tmp_path: Path) -> None:
    data = json.loads(
        export(seed_build, "events", "timelinejs", tmp_path / "seed.json").read_text(encoding="utf-8")
    )
    assert validate_timelinejs(data) == []
    assert len(data["events"]) == seed_build.events["begin"].notna().sum() + len(seed_build.claims)
    assert "2020" not in json.dumps([s["start_date"] for s in data["events"]])
    texts: dict[str, str] = getattr(seed_build, "texts", {})
    for claim in to_jsonld_claims(seed_build)["@graph"]:
        doc_id = claim["appearance"]["identifier"]
        quote, position = claim["appearance"]["selector"]
        assert texts[doc_id][position["start"] : position["end"]] == quote["exact"]
    for doc_id, text in texts.items():
        body = ET.fromstring(to_timeml(seed_build, doc_id)).find("TEXT")
        assert body is not None and _plain(body) == text
        assert len(list(body.iter("TIMEX3"))) == (seed_build.timexes["doc_id"] == doc_id).sum()

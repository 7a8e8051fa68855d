"""The command line: the contract commands, their help, and one-line errors for bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from timeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", [[], ["build"], ["extract"]])
def test_every_command_has_help(command: list[str]) -> None:
    code, out, _ = run(*command, "--help")
    assert code == 0 and "Usage:" in out


def test_help_documents_every_option_of_the_contract() -> None:
    _, build_help, _ = run("build", "--help")
    _, extract_help, _ = run("extract", "--help")
    for option in ("--output", "--dct", "--lanes", "--plotlyjs"):
        assert option in build_help
    for option in ("--what", "--format", "--output", "--dct", "timexes", "claim-links", "parquet"):
        assert option in extract_help


def test_extract_timexes_jsonl_to_stdout_gives_seed_values(seed_path: Path) -> None:
    code, out, err = run("extract", str(seed_path), "--what", "timexes", "--format", "jsonl")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    by_text = {r["text"]: r["value"] for r in rows}
    assert by_text["May 03, 2017 01:43 IST"] == "2017-05-03T01:43"
    assert by_text["July 7-8"] == "2017-07-07"
    assert all(r["value"] == "2017-05-02" for r in rows if r["text"] == "Tuesday")
    assert not any("2020" in (r["value"] or "") for r in rows)


def test_extract_events_to_parquet_and_csv(seed_path: Path, tmp_path: Path) -> None:
    parquet = tmp_path / "events.parquet"
    code, _, err = run("extract", str(seed_path), "--what", "events", "--format", "parquet", "-o", str(parquet))
    assert code == 0, err
    events = pd.read_parquet(parquet)
    assert len(events) >= 6 and {"label", "begin", "end_", "granularity", "actors"} <= set(events.columns)
    csv = tmp_path / "events.csv"
    code, _, err = run("extract", str(seed_path), "--what", "events", "--format", "csv", "-o", str(csv))
    assert code == 0, err
    assert len(pd.read_csv(csv)) == len(events)


def test_jsonl_corpus_dct_is_used_as_given(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"doc_id": "d1", "text": "The bank said on Tuesday that profit rose.", "dct": "1998-08-07"}) + "\n",
        encoding="utf-8",
    )
    code, out, err = run("extract", str(corpus), "--what", "timexes", "--format", "jsonl")
    assert code == 0, err
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert (row["doc_id"], row["text"], row["value"]) == ("d1", "Tuesday", "1998-08-04")


def test_dct_option_overrides_the_article_date(seed_path: Path) -> None:
    code, out, _ = run("extract", str(seed_path), "--what", "timexes", "--format", "jsonl", "--dct", "2017-05-10")
    assert code == 0
    values = {json.loads(line)["text"]: json.loads(line)["value"] for line in out.splitlines()}
    assert values["Tuesday"] == "2017-05-09"


def test_bad_inputs_give_one_line_each_and_the_good_input_is_still_written(
    seed_path: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"text": "ok on Monday", "dct": "2000-01-04"}\n{oops\n', encoding="utf-8")
    out_file = tmp_path / "t.csv"
    code, _, err = run(
        "extract", str(empty), str(binary), "missing.txt", str(corpus), str(seed_path),
        "--what", "timexes", "--format", "csv", "-o", str(out_file),
    )
    assert code == 1
    lines = err.strip().splitlines()
    assert f"timeline: error: {empty}: empty file" in lines
    assert any(line.startswith(f"timeline: error: {binary}: binary") for line in lines)
    assert "timeline: error: missing.txt: no such file or directory" in lines
    assert any(line.startswith(f"timeline: error: {corpus}:2: malformed JSON") for line in lines)
    assert "Traceback" not in err
    written = pd.read_csv(out_file)
    assert set(written["doc_id"]) == {seed_path.stem, "bad-1"}


def test_unparseable_dct_is_a_usage_error_without_traceback(seed_path: Path) -> None:
    code, _, err = run("extract", str(seed_path), "--dct", "next blue moon")
    assert code == 2
    assert err.strip().splitlines() == ["timeline: error: --dct: cannot parse 'next blue moon' as a date "
                                        "(use ISO 8601, e.g. 2017-05-03 or 2017-05-03T01:43)"]


def test_parquet_to_stdout_is_refused_clearly(seed_path: Path) -> None:
    code, _, err = run("extract", str(seed_path), "--format", "parquet")
    assert code == 2 and "needs a file" in err


def test_installed_command_builds_the_seed_html(seed_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "seed.html"
    exe = Path(sys.executable).parent / "timeline"
    proc = subprocess.run([str(exe), "build", str(seed_path), "-o", str(out)], capture_output=True, text=True,
                          timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr
    assert f"wrote {out}" in proc.stdout
    html = out.read_text(encoding="utf-8")
    assert "Plotly" in html and len(html) > 1_000_000  # plotly.js is embedded: the page opens offline
    assert not re.search(r"<script[^>]+src=[\"']https?:", html)

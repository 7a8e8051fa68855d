"""Reading articles: text, HTML, folders and JSONL, with encodings and bad input handled per file."""

from __future__ import annotations

import json
import warnings
from datetime import datetime
from pathlib import Path

import pytest

from timeline.documents import NoArticleDateWarning, load

PAGE = """<!doctype html><html><head>
<title>Leaders agree to meet in July | Example News</title>
<meta property="article:published_time" content="2017-05-02T22:13:00+00:00">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example.org/2017/05/02/leaders-meet">
</head><body>
<header><nav><a href="/">Home</a> <span class="clock">Today: Sep 29, 2020</span></nav></header>
<article><h1>Leaders agree to meet in July</h1>
<p>The two presidents spoke by phone on Tuesday and agreed to try to meet in July, officials said.</p>
<p>The White House said the call was "very good". The Kremlin called it business-like and constructive.</p>
<p>Talks on the conflict begin Wednesday in Astana, the capital of Kazakhstan, diplomats said.</p>
</article><footer>Copyright 2020 Example News</footer></body></html>"""


def test_seed_text_keeps_exact_offsets_and_finds_its_date(seed_path: Path) -> None:
    result = load(seed_path)
    assert not result.problems
    (doc,) = result.documents
    assert doc.text == seed_path.read_text(encoding="utf-8")
    assert doc.dct == datetime(2017, 5, 3, 1, 43)
    assert doc.dct_source == "dateline"
    assert doc.title.startswith("Trump, Putin agree to work together on Syria")
    assert doc.source == "Associated Press, Washington"  # the byline, not the file name


def test_caller_date_overrides_the_dateline(seed_path: Path) -> None:
    (doc,) = load(seed_path, dct="2017-05-04").documents
    assert doc.dct == datetime(2017, 5, 4) and doc.dct_source == "caller"


def test_html_page_gives_main_text_and_metadata_date(tmp_path: Path) -> None:
    page = tmp_path / "leaders.html"
    page.write_text(PAGE, encoding="utf-8")
    (doc,) = load(page).documents
    assert "spoke by phone on Tuesday" in doc.text
    assert "Copyright" not in doc.text and "Home" not in doc.text.split()
    assert doc.dct is not None and doc.dct.date() == datetime(2017, 5, 2).date()
    assert doc.dct_source == "metadata"
    assert doc.url == "https://news.example.org/2017/05/02/leaders-meet"
    assert "Leaders agree to meet in July" in doc.title


def test_latin1_bytes_are_decoded_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Le président a parlé à Moscou mardi, selon le Kremlin. Café crème.".encode("latin-1") * 3)
    (doc,) = load(path).documents
    assert "président" in doc.text


def test_jsonl_records_keep_their_own_dates_and_ids(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    records = [
        {"doc_id": "a", "text": "He spoke on Tuesday.", "dct": "1998-08-07"},
        {"text": "Talks begin Wednesday.", "dct": "2017-05-03T01:43", "title": "T", "url": "https://x.org/a"},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs = load(corpus).documents
    assert [d.doc_id for d in docs] == ["a", "corpus-2"]
    assert docs[0].dct == datetime(1998, 8, 7) and docs[1].dct == datetime(2017, 5, 3, 1, 43)
    assert docs[1].url == "https://x.org/a" and docs[1].title == "T"


def test_folder_is_read_recursively_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("WASHINGTON, May 3, 2017 \u2014 Second story.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("WASHINGTON, May 2, 2017 \u2014 First story.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    docs = load(tmp_path).documents
    assert [d.doc_id for d in docs] == ["two", "one"]  # b/two.txt sorts before one.txt


def test_document_without_a_date_warns_and_stays_undated(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("The minister resigned on Tuesday, officials said.", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (doc,) = load(path).documents
    assert doc.dct is None
    assert any(issubclass(w.category, NoArticleDateWarning) and "undated.txt" in str(w.message) for w in caught)


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ],
)
def test_unreadable_files_are_named_and_the_others_still_load(
    tmp_path: Path, seed_path: Path, name: str, content: bytes, problem: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    result = load([bad, seed_path])
    assert len(result.documents) == 1
    (error,) = result.problems
    assert str(bad) in str(error) and problem in str(error)


def test_missing_path_is_a_problem_not_a_crash(seed_path: Path) -> None:
    result = load(["no/such/file.txt", seed_path])
    assert len(result.documents) == 1
    assert "no/such/file.txt: no such file or directory" in str(result.problems[0])


def test_malformed_jsonl_line_names_the_line_and_keeps_the_rest(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"text": "Good one on Monday.", "dct": "2000-01-05"}\n'
        '{"text": "broken\n'
        '{"dct": "2000-01-05"}\n'
        '{"text": "Bad date.", "dct": "someday"}\n'
        '{"text": "Another good one.", "dct": "2000-01-06"}\n',
        encoding="utf-8",
    )
    result = load(corpus)
    assert len(result.documents) == 2
    messages = [str(p) for p in result.problems]
    assert messages[0].startswith(f"{corpus}:2: malformed JSON")
    assert messages[1] == f"{corpus}:3: missing or empty 'text' field"
    assert messages[2].startswith(f"{corpus}:4:") and "someday" in messages[2]

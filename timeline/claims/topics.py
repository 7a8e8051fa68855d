"""Topic keys and content keywords: what a claim is about, in a form two claims can be compared on.

Two claims are about the same thing when they share a topic key ("hacking/interference" covers "Russia was behind
the hacking" and "Moscow ever interferes in elections") or enough content words once countries, capitals and
demonyms are folded together and inflections stripped.  Rules and small word groups, no model: the groups are
the recurring subjects of political news, not the words of one article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .aliases import fold_word

# topic key -> words that signal it (compared after stemming)
_TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "hacking/interference": ("hack", "hacking", "hacker", "interfere", "interference", "meddle", "meddling",
                             "cyberattack"),
    "ties/collusion": ("ties", "collude", "collusion", "coordinate", "coordination"),
    "the call": ("call", "conversation", "phone", "discussion"),
    "chemical weapons": ("chemical", "sarin", "chlorine", "nerve"),
    "the strikes": ("strike", "airstrike", "missile", "bombing", "raid"),
    "the meeting": ("meeting", "meet", "summit"),
    "the investigation": ("investigation", "investigate", "probe", "inquiry"),
    "the election": ("election", "vote", "ballot"),
    "sanctions": ("sanction",),
    "ceasefire": ("ceasefire", "truce", "cease-fire", "armistice"),
    "terrorism": ("terror", "terrorism", "terrorist"),
    "nuclear program": ("nuclear", "uranium", "enrichment"),
}
# The groups a characterization's object may name ("called the call ...", "the conversation was ...").
EVENT_NOUN_GROUPS = ("the call", "the meeting", "the strikes", "the election", "the investigation")

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as about into over after before between during
    that this these those it its they them their he him his she her we us our you your i me my is are was were be
    been being has have had do does did will would can could should may might must shall not no nor so than too
    very also just only then there here what which who whom whose when where why how all any both each few more
    most other some such own same again further once up down out off all said says say told tell added
    add one two three first last new until while under since because though although unless whether against
    among through without within around nearly almost about such even still yet already being""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*(?:\.[A-Za-z]\.)?")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stemmer: enough to make "interferes"/"interference", "zones"/"zone", "hacking"/"hack" meet."""
    w = word.lower()
    for suffix in ("ences", "ence", "ings", "ing", "ations", "ation", "ies", "ied", "es", "ed", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if suffix in {"ies", "ied"}:
                w += "y"
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


@lru_cache(maxsize=16384)
def keywords(text: str) -> frozenset[str]:
    """Content words of ``text``: stopwords dropped, places folded to their country, inflections stripped."""
    out = set()
    for m in _WORD.finditer(text):
        w = m.group()
        if w.lower() in STOPWORDS or len(w) < 3 and not w.isupper():
            continue
        folded = fold_word(w)
        out.add(folded if folded != w.lower() else stem(w))
    return frozenset(out)


TOPIC_GROUPS: dict[str, frozenset[str]] = {}


def _word_stems(text: str) -> list[str]:
    return [stem(m.group()) for m in _WORD.finditer(text)]


def same_stem(a: str, b: str) -> bool:
    """Stems equal, or one a prefix of the other when both are long ("investig" ~ "investigat")."""
    return a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)))


@lru_cache(maxsize=65536)
def _word_groups(word_stem: str) -> tuple[str, ...]:
    return tuple(key for key, stems in TOPIC_GROUPS.items() if any(same_stem(word_stem, s) for s in stems))


def _groups(text: str) -> list[str]:
    """Topic groups named in ``text``, in the order their first word appears."""
    hits: list[str] = []
    for w in _word_stems(text):
        for key in _word_groups(w):
            if key not in hits:
                hits.append(key)
    return hits


def topic_of(content: str, focus: str = "") -> str:
    """A short normalized key: the focus's group, else the content's first group, else the focus itself."""
    if focus:
        focus_groups = _groups(focus)
        if focus_groups:
            return focus_groups[0]
    content_groups = [g for g in _groups(content) if g not in EVENT_NOUN_GROUPS or not focus]
    if content_groups:
        return content_groups[0]
    if focus:
        return re.sub(r"^(?:the|a|an|any|some|its|their|his|her)\s+", "", focus.strip().lower())
    return ""


TOPIC_GROUPS.update({key: frozenset(stem(w) for w in words) for key, words in _TOPIC_WORDS.items()})

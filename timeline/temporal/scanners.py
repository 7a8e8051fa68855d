"""The scanners tried at a word: at each start word, only the rules whose match may begin with that very word.

A failed try of the whole grammar at a common word ("in", "of", "to", "a") costs ~20 us, because every rule that
may begin with its first letter is run some way in; such tries were a quarter of the tagger's time.  A rule's
match begins with one of a finite set of letter runs (no rule consumes an open-ended run of letters), read off its
parsed pattern.  So a word gets the rules it may begin, each compiled alone, tried one by one in the grammar's
order: alternation is leftmost-first, so the first rule that matches gives the very match the whole grammar gives
(a test checks it on word salad), and a rule that cannot match fails at its first character or word, in about a
microsecond, where a compiled alternation of the same rules costs more per rule than the loop does.  Each rule's
scanner is compiled on first use (tens of milliseconds for the longest ones).
"""

from __future__ import annotations

import re
import re._constants as _C
import re._parser as _parser
from functools import cache, lru_cache
from typing import Any

from .patterns import PARSED_RULES, WORD_RULES, char_set, scanner

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_MAX_PARTIALS = 20000  # letter runs followed at once; beyond it a rule counts as beginning with any word
_MAX_LOOP = 12  # repeats of a letter-consuming group followed; beyond it, any word


class _Open(Exception):
    """The pattern may begin with a letter run too long or too varied to list."""


def _chars(op: Any, av: Any) -> set[str]:
    """The characters a one-character item matches (lower-case text: letters, digits, spaces, punctuation)."""
    chars = char_set(op, av)
    if chars is None:
        raise _Open  # a negated or word class: any letter
    return chars


def _runs(items: Any, partial: set[str]) -> tuple[set[str], set[str]]:
    """Follow ``items`` from the letter runs in ``partial``: (runs still open, runs ended by a non-letter)."""
    ended: set[str] = set()
    for op, av in items:
        if not partial:
            break
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width: leaving it out only lets more words through
        if op in (_C.LITERAL, _C.IN, _C.NOT_LITERAL, _C.ANY):
            chars = _chars(op, av)
            letters = chars & _LETTERS
            if chars - _LETTERS:
                ended |= partial
            partial = {p + c for p in partial for c in letters}
        elif op is _C.SUBPATTERN or op is _C.ATOMIC_GROUP:
            partial, done = _runs(av[-1] if op is _C.SUBPATTERN else av, partial)
            ended |= done
        elif op is _C.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                more, done = _runs(branch, set(partial))
                out |= more
                ended |= done
            partial = out
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            low, high, sub = av
            current, kept, n = set(partial), set(partial) if low == 0 else set(), 0
            while current:
                n += 1
                current, done = _runs(sub, current)
                ended |= done
                if n >= low:
                    kept |= current
                if (high != _C.MAXREPEAT and n >= high) or n > _MAX_LOOP:
                    if n > _MAX_LOOP and current:
                        raise _Open
                    break
            partial = kept
        else:
            raise _Open
        if len(partial) > _MAX_PARTIALS:
            raise _Open
    return partial, ended


def first_words(pattern: str | Any) -> frozenset[str] | None:
    """The letter runs a match of ``pattern`` (text or parsed) may begin with ("" for a digit or a sign), or None
    for any."""
    try:
        still, ended = _runs(_parser.parse(pattern) if isinstance(pattern, str) else pattern, {""})
    except _Open:
        return None
    return frozenset(still | ended)


_FIRST_WORDS: dict[str, frozenset[str] | None] = {}


def _rules_for(word: str) -> frozenset[str]:
    if not _FIRST_WORDS:
        _FIRST_WORDS.update((name, first_words(parsed)) for name, parsed in PARSED_RULES.items())
    return frozenset(name for name, words in _FIRST_WORDS.items() if words is None or word in words)


@cache
def _rule_scanner(name: str) -> re.Pattern[str]:
    return scanner({name})


@lru_cache(maxsize=4096)
def scanners_at_word(word: str) -> tuple[re.Pattern[str], ...]:
    """The scanners of the rules a match beginning with the letter run ``word`` may come from, in the grammar's
    order (none when no rule may begin with it: "ago", "then", "while")."""
    rules = _rules_for(word)
    return tuple(_rule_scanner(name) for name in PARSED_RULES if name in rules)


@cache
def scanners_at_other() -> tuple[re.Pattern[str], ...]:
    """The scanners of every rule whose match may begin with something else than a digit, in the grammar's order:
    tried where no letter run begins ("'50s")."""
    return tuple(_rule_scanner(name) for name in PARSED_RULES if name in WORD_RULES)

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


# --- the word after: at a word that begins many rules ("the" begins two thirds of them), the next word decides
# between them ("the 1990s", "the next day", "the end of"), so only the rules that may go on with it are tried.
# A rule's match is followed in the abstract: a letter stands for itself, a digit for "#", any other character
# for " ", and runs of "#" or " " count as one, both in the pattern and in the text; what comes after the first
# word and its separators (a letter run, "#", or nothing) is the key.  Every text a rule matches maps onto one of
# its abstract forms, so leaving out the rules whose forms miss the key changes no outcome.
_MANY_RULES = 20  # "the": below this, a look at the next word saves less than it costs (and its analysis at start-up)
_MAX_FORMS = 200  # forms followed at once; beyond it, a rule may go on with any key
_DIGIT = re.compile(r"\d")
NEXT_TOKEN = re.compile(r"[^a-z\d]*([a-z]+|\d)?")  # the key of the text after a word: its group, None at the end


def _symbols(op: Any, av: Any) -> set[str]:
    if op is _C.IN and any(kind is _C.CATEGORY for kind, _ in av):
        # \d and \s match more than ``char_set`` lists (digits and spaces outside ASCII): their symbol is exact
        rest = [(kind, arg) for kind, arg in av if kind is not _C.CATEGORY]
        out = _symbols(_C.IN, rest) if rest else set()
        for kind, arg in av:
            if kind is _C.CATEGORY:
                if arg is _C.CATEGORY_DIGIT:
                    out.add("#")
                elif arg is _C.CATEGORY_SPACE:
                    out.add(" ")
                else:
                    raise _Open
        return out
    return {c if c in _LETTERS else "#" if _DIGIT.match(c) else " " for c in _chars(op, av)}


class _After:
    """Follows a pattern's abstract forms that begin with ``word``, collecting the keys that may come after it."""

    def __init__(self, word: str) -> None:
        self.word = word
        self.keys: set[str] = set()
        self.any = False

    def step(self, form: str, symbol: str) -> str | None:
        """``form`` followed by ``symbol``: the form still followed, or None (a key found, or a dead end)."""
        word = self.word
        if len(form) < len(word):
            return form + symbol if symbol == word[len(form)] else None
        if form == word:
            if symbol == " ":
                return form + " "
            if symbol == "#":
                self.keys.add("#")
            return None  # a letter: the text's word would be longer
        tail = form[len(word) :].lstrip(" ")
        if not tail:  # word and separators
            if symbol == " ":
                return form
            if symbol == "#":
                self.keys.add("#")
                return None
            return form + symbol
        if symbol in _LETTERS:
            return form + symbol
        self.keys.add(tail)
        return None

    def end(self, form: str) -> None:
        """The pattern ends after ``form`` (the scanner then wants no word character)."""
        if len(form) < len(self.word):
            return
        tail = form[len(self.word) :].lstrip(" ")
        if tail:
            self.keys.add(tail)
        else:
            self.any = True  # the word alone: anything may follow

    def follow(self, items: Any, forms: set[str]) -> set[str]:
        for op, av in items:
            if not forms:
                break
            if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
                continue  # zero-width: leaving it out only lets more through
            if op in (_C.LITERAL, _C.IN, _C.NOT_LITERAL, _C.ANY):
                symbols = _symbols(op, av)
                forms = {f2 for f in forms for c in symbols if (f2 := self.step(f, c)) is not None}
            elif op is _C.SUBPATTERN or op is _C.ATOMIC_GROUP:
                forms = self.follow(av[-1] if op is _C.SUBPATTERN else av, forms)
            elif op is _C.BRANCH:
                forms = set().union(*(self.follow(branch, set(forms)) for branch in av[1]))
            elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
                low, high, sub = av
                current, kept, n = set(forms), set(forms) if low == 0 else set(), 0
                while current:
                    n += 1
                    current = self.follow(sub, current)
                    if n >= low:
                        if current <= kept and n > low:
                            break  # nothing new: the forms repeat (runs of " " and "#" count as one)
                        kept |= current
                    if high != _C.MAXREPEAT and n >= high:
                        break
                    if n > _MAX_LOOP:
                        raise _Open
                forms = kept
            else:
                raise _Open
            if len(forms) > _MAX_FORMS:
                raise _Open
        return forms


def _keys_after(word: str, name: str) -> frozenset[str] | None:
    """The keys that may follow ``word`` in a match of the rule ``name`` beginning with it, or None for any."""
    after = _After(word)
    try:
        for form in after.follow(PARSED_RULES[name], {""}):
            after.end(form)
    except _Open:
        return None
    return None if after.any else frozenset(after.keys)


@lru_cache(maxsize=256)
def _keys_by_rule(word: str) -> tuple[tuple[re.Pattern[str], frozenset[str] | None], ...]:
    rules = _rules_for(word)
    return tuple((_rule_scanner(name), _keys_after(word, name)) for name in PARSED_RULES if name in rules)


@lru_cache(maxsize=4096)
def scanners_at_words(word: str, key: str) -> tuple[re.Pattern[str], ...]:
    """``scanners_at_word(word)`` less the rules that cannot go on with ``key`` (see ``NEXT_TOKEN``) after it."""
    return tuple(sc for sc, keys in _keys_by_rule(word) if keys is None or key in keys)


def scanners_after(word: str, low: str, end: int) -> tuple[re.Pattern[str], ...]:
    """The scanners to try at the letter run ``word`` that ends at ``end`` in ``low``."""
    scanners = scanners_at_word(word)
    if len(scanners) < _MANY_RULES:
        return scanners
    after = NEXT_TOKEN.match(low, end)
    token = (after.group(1) if after is not None else None) or ""
    return scanners_at_words(word, "#" if token.isdigit() else token)

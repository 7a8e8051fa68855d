"""No input crashes the tagger, slows it down, or yields offsets outside the text or malformed values."""

from __future__ import annotations

import time
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.temporal import VALUE_GRAMMAR, patterns, reference, scanners, tag, tagger

_WORDS = (
    "the last next early late mid May March Tuesday Tuesday's Tuesday’s 1998 1990s '90s 5 p.m. noon EST , . - / "
    "year years quarter third-quarter fiscal ago earlier later two twenty four a few several of in on at since "
    "Sept. 5, 2017 01:43 IST every daily week weekend night morning today yesterday now recently the past "
    "July 7-8 between and to from more than about nearly hours days months decades century 20th 12:30 $ % "
    "for by until its an over within per this that each every no up "
    "\n \n\n “ ” ‘ ’ é İ ß"
).split(" ")

_DCTS = st.one_of(st.none(), st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)))


def _check(text: str, dct: datetime | None) -> None:
    timexes = tag(text, dct)
    previous_end = 0
    for t in timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.start >= previous_end
        previous_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert VALUE_GRAMMAR.fullmatch(t.value), t.value
        if t.begin is not None:
            assert t.end_ is not None and t.begin < t.end_


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300), _DCTS)
def test_random_text_never_breaks_the_tagger(text: str, dct: datetime | None) -> None:
    _check(text, dct)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=60).map(" ".join), _DCTS)
def test_temporal_word_salad_yields_well_formed_timexes(text: str, dct: datetime | None) -> None:
    _check(text, dct)


def _ms_per_kb(text: str) -> float:
    """CPU milliseconds per KB of text (CPU time: other jobs on a shared CI machine do not count)."""
    started = time.process_time()
    tag(text, datetime(2017, 5, 3))
    return (time.process_time() - started) * 1000 / (len(text) / 1024)


def test_adversarial_inputs_stay_under_50_ms_per_kb() -> None:
    adversarial = [
        "the " * 5000,
        "1998 " * 3000,
        "early late mid " * 2000,
        "two three four five six seven " * 1000,
        "May May May March " * 2000,
        "-" * 20000 + "year",
        "5" * 20000,
        "12:30 " * 3000,
        "the past few several many years " * 1000,
        "a " * 10000 + "year",
        "Tuesday, Sept. 5, 2017 01:43 IST-Tuesday " * 500,
        "every other " * 3000,
        "Q3 H1 FY2017 3Q " * 2000,
        "the day before yesterday " * 2000,
        "\n" * 20000,
    ]
    tag("warm up on May 3, 2017", datetime(2017, 5, 3))
    for text in adversarial:
        # a busy machine slows CPU time too (shared cores and caches): a slow reading is retried, and only the best
        # of three counts; catastrophic backtracking fails all three
        ms = _ms_per_kb(text)
        if ms >= 50:
            ms = min(ms, _ms_per_kb(text), _ms_per_kb(text))
        assert ms < 50, text[:40]


def test_long_documents_scale_linearly() -> None:
    sentence = "He spoke days after the strikes on Tuesday, two days later, in early April 2017. "
    assert _ms_per_kb(sentence * 3000) < 50


_FULL_SCANNER = patterns.scanner({name for name, _ in patterns.RULES})


def _same_scan(text: str) -> None:
    low = text.lower()
    for word in patterns.WORD.finditer(low):
        s = word.start()
        split = (patterns.SCANNER_AT_DIGIT if low[s].isdigit() else patterns.SCANNER_AT_WORD).match(low, s)
        by_word = tagger._scan_at(low, s)
        full = _FULL_SCANNER.match(low, s)
        expected = full and (full.span(), full.lastgroup)
        assert (split and (split.span(), split.lastgroup)) == expected, low[s : s + 40]
        assert (by_word and (by_word.span(), by_word.lastgroup)) == expected, low[s : s + 40]


def test_the_scanners_split_by_first_character_and_word_find_what_the_whole_grammar_finds(seed_text: str) -> None:
    _same_scan(seed_text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join))
def test_split_scanners_agree_with_the_whole_grammar_on_word_salad(text: str) -> None:
    _same_scan(text)


# Separators other than one space, for the scanners chosen by the word after "the" ("the-1990s", "the\n2nd").
_SEPARATORS = (" ", "  ", "-", ", ", "\n", "'", "’", ".", ":", "/", " (", ") ", "5", " 1990 ", " ١٩٩٠ ", "\u00a0", "²")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(("the", *_WORDS)), st.sampled_from(_SEPARATORS)), max_size=40))
def test_split_scanners_agree_with_the_whole_grammar_on_word_salad_with_any_separators(
    words: list[tuple[str, str]],
) -> None:
    _same_scan("".join(word + sep for word, sep in words))


def test_split_scanners_agree_with_the_whole_grammar_after_the() -> None:
    for text in (
        "in the 1990s and the '80s", "the 2003 period was", "on the 1st of may", "the 21st century", "the 3rd quarter",
        "the-1990s", "the\nnext day", "the  end of the year", "the ١٩٩٠s", "the", "the 5", "these days", "the, day",
    ):
        _same_scan(text)


def test_every_rule_begins_with_a_listed_word_or_any() -> None:
    """The per-word scanners rest on this: a rule's first letter run is one of the words read off its pattern."""
    assert scanners.first_words(r"(?:the\s+)?(?:early|late)\s+\d{4}") == {"the", "early", "late"}
    assert scanners.first_words(r"[a-z]+ago") is None  # an open run of letters: any word
    for name, pattern in patterns.RULES:
        words = scanners.first_words(pattern)
        assert words is None or all(w == "" or w.isalpha() for w in words), name


def _reference_candidates(low: str) -> list[tuple[int, list[int]]]:
    """``tagger._candidates`` as first written (a lookbehind scan, a (start, word) tuple per window word)."""
    out: list[tuple[int, list[int]]] = []
    last_digit_end = -1
    for m in patterns.TRIGGER_SCAN.finditer(low):
        pos = m.start()
        if pos < last_digit_end:
            continue
        if low[pos].isdigit():
            nd = pos
            while nd < len(low) and low[nd].isdigit():
                nd += 1
            last_digit_end = nd
            if not patterns.USEFUL_NUMBER.match(low, pos):
                continue
        lo = max(0, pos - tagger._LOOKBACK_CHARS)
        words = [(w.start(), w.group()) for w in patterns.WORD.finditer(low, lo, pos)]
        if words and words[0][0] == lo and lo > 0 and low[lo - 1].isalnum():
            words = words[1:]
        kept = words[-tagger._LOOKBACK_WORDS :]
        out.append((pos, [p for p, word in kept if word in patterns.STARTS or word[0].isdigit()]))
    return out


def _same_candidates(text: str) -> None:
    low = tagger._lower(text)
    assert tagger._candidates(low) == _reference_candidates(low)


def test_candidates_match_the_reference_on_seed_text(seed_text: str) -> None:
    _same_candidates(seed_text)
    _same_candidates(seed_text.replace("1", "١"))  # digits outside 0-9 take the lookbehind scan


_SALAD = [*_WORDS, "١٩٩٨", "٣", "²", "1st", "x1", "mid-1990s", "otherday", "hanukkah", "they", "the", "a.m."]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(_SALAD), max_size=60).map("".join)
    | st.lists(st.sampled_from(_SALAD), max_size=60).map(" ".join)
)
def test_candidates_match_the_reference_on_word_salad(text: str) -> None:
    _same_candidates(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_candidates_match_the_reference_on_random_text(text: str) -> None:
    _same_candidates(text)


def _same_cues(text: str) -> None:
    for whole, by_char in ((reference._FUTURE, reference._FUTURE_LAST), (reference._PAST, reference._PAST_LAST)):
        last = None
        for last in whole.finditer(text):  # noqa: B007 - the last one is wanted
            pass
        found = by_char.last(text)
        assert (found and (found.span(), found.group())) == (last and (last.span(), last.group())), text


def test_tense_cues_tried_by_first_character_find_the_last_cue_the_whole_pattern_finds(seed_text: str) -> None:
    low = seed_text.lower()
    for end in range(0, len(low), 7):
        _same_cues(low[max(0, end - 120) : end])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                *_WORDS,
                "will",
                "'ll",
                "had",
                "planned",
                "to",
                "vote",
                "the",
                "fed",
                "left",
                "wing",
                "is",
                "be",
                "said",
                "would",
                "did",
                "not",
                "meet",
                "unless",
                "as",
                "if",
                "have",
                "cleared",
                "expected",
                "scheduled",
                "return",
                "tax",
                "deadline",
                "of",
                "n't",
                "was",
                "went",
                "united",
                "hundred",
                "wanted",
                ",",
                ".",
                "’ll",
            ]
        ),
        max_size=30,
    ).map(" ".join)
)
def test_tense_cues_tried_by_first_character_agree_on_word_salad(text: str) -> None:
    _same_cues(text)

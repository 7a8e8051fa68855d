"""Speaker resolution: who a speaker as written ("He", "Putin", "the statement", "the Kremlin") is.

Names are read from the raw text, not from a parse, so the whole article counts (sentences without a cue are
never parsed): a run of capitalised words, the title phrase before it becomes the role ("US President Donald
Trump" -> name "Donald Trump", role "US President").  A bare surname resolves to the last full name that ends
with it; "he"/"she" to the speaker of the sentence just before or else the first person named in the nearest
sentence that names one; "it" and document subjects ("the statement added") to the institution quoted last.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..records import Sentence
from ..titles import PORTFOLIOS
from .aliases import bare, country_named, country_of_seat, mentions_country
from .cues import DOCUMENT_NOUNS

TITLE_WORDS = frozenset(
    """president vice prime minister chancellor secretary ambassador senator sen. rep. representative governor gov.
    mayor general gen. admiral adm. colonel col. lt. sgt. captain capt. dr. mr. mrs. ms. judge justice king queen
    prince princess pope leader spokesman spokeswoman spokesperson director chairman chairwoman chair chief
    commander premier envoy deputy speaker candidate adviser advisor aide lawyer attorney professor prof.
    president-elect ceo head officer minister-president sheikh emir ayatollah cardinal bishop archbishop
    nominee challenger opponent rival democrat republican analyst economist strategist editor correspondent
    historian official""".split()
)
# Words allowed inside a title phrase besides title words and capitalised words: "secretary of state",
# "former prime minister", "foreign minister", "top adviser".
TITLE_GLUE = frozenset(
    """of state defense defence foreign interior finance justice health trade homeland security national the
    former then acting top senior deputy general intelligence military press white house democratic
    republican""".split()
)
NON_PERSON_WORDS = frozenset(
    """house department ministry nations union council committee agency office party court congress senate
    parliament government bank company corporation corp inc university times news post press street east west
    north south korea states kingdom republic city airlines group association institute foundation organization
    service services force forces army navy guard police summit day sea ocean river island islands coast gulf
    valley county province state station airport square hall center centre church hospital school club league
    cup games olympics exchange fund reserve commission board authority bureau administration democrats
    republicans democratic republican select sign updated today photo file reuters associated world home
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december middle federal national international global""".split()
)
_LEADING_FUNCTION_WORDS = frozenset(
    """the a an but and yet in on at for with after before despite when while if as so some this that these
    those his her its their our my by from to of other others many several all both each every most such
    yeah yes no well oh now then there here i we you""".split()
)
_ORGANIZATION = re.compile(
    r"\b(?:[A-Z][\w&'\u2019.\-]*\s){1,5}(?:Inc|Corp|Co|Ltd|PLC|AG|S\.A|N\.V|LLC|Holdings|Group|Bank|Airlines|"
    r"Corporation|Company|Industries|Partners)\b\.?"
)
# "the company said": a descriptor that stands for the company named last.
ORGANIZATION_DESCRIPTORS = frozenset(
    """company firm bank group concern carrier airline maker retailer insurer utility publisher unit parent
    automaker lender brokerage""".split()
)
_PARTITIVE = re.compile(
    r"^(?:some|many|several|one|two|three|four|most|all|few|each|both|none|dozens|hundreds) of (?:the )?",
    re.IGNORECASE,
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
THING_PRONOUNS = frozenset({"it"})
GROUP_PRONOUNS = frozenset({"they", "them"})

_WORD = re.compile(r"[A-Za-z](?:[A-Za-z\-]|['\u2019][A-Z])*(\.)?")  # group 1: a trailing full stop


_AND_TITLE = re.compile(r"\s+and\s+(?:[A-Z][\w.'\u2019\-]*\s+){0,3}")  # "Trump and Russian President Putin"
_PAIR = re.compile(r"(?:(?:the\s+)?two|both)\s+(?:leaders|presidents|men|women|heads\s+of\s+state|ministers|candidates)")


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str  # the full name this mention refers to
    role: str


@dataclass(frozen=True)
class Resolved:
    actor: str
    role: str
    is_person: bool


@dataclass(frozen=True)
class PriorSpeaker:
    """A claim already attributed in this document, for pronoun and document-subject resolution."""

    sentence_id: int
    actor: str
    role: str
    is_person: bool
    plural: bool


def _words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word; a trailing full stop belongs to titles ("Sen.") and initials ("J.")."""
    return [(m.start(), m.end(), m.group()) if m.lastindex is None else _dotted(m) for m in _WORD.finditer(text)]


def _dotted(m: re.Match[str]) -> tuple[int, int, str]:
    word = m.group()
    if word.lower() in TITLE_WORDS or len(word) == 2:
        return m.start(), m.end(), word
    return m.start(), m.end() - 1, word[:-1]


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _plain_gap(text: str, end: int, start: int) -> bool:
    """True when only spaces separate two words (no punctuation, no line break), or nothing after an initial
    ("P.J. Crowley")."""
    gap = text[end:start]
    if not gap:
        return end > 0 and text[end - 1] == "."
    return len(gap) <= 2 and gap.strip(" ") == ""


class NameRegistry:
    """The people an article names, with their roles, in text order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.mentions: list[PersonMention] = []
        self.full_names: dict[str, PersonMention] = {}  # surname (lowercased) -> latest full-name mention
        self.organizations: list[tuple[int, str]] = []
        self._scan()
        self._scan_organizations()
        self._starts = [m.start for m in self.mentions]

    def _scan_organizations(self) -> None:
        for m in _ORGANIZATION.finditer(self.text):
            start = m.start()
            first = self.text[start : self.text.find(" ", start)]
            if first.lower() in _LEADING_FUNCTION_WORDS:
                start += len(first) + 1
            self.organizations.append((start, self.text[start : m.end()].rstrip(",")))

    def organization_before(self, offset: int) -> str | None:
        """The last company-like name ("Price Stern Sloan Inc.") before ``offset``: what "the company" means."""
        best = None
        for start, name in self.organizations:
            if start >= offset:
                break
            best = name
        return best

    def organization_named(self, short: str) -> str | None:
        """The company a short name stands for: "Upjohn" -> "Upjohn Co." when the article names it so."""
        prefix = short + " "
        for _, name in self.organizations:
            if name.startswith(prefix) or name.startswith(short + "'s "):
                return name
        return None

    def _scan(self) -> None:
        """Every run of capitalised words separated by plain spaces, from the capitalised words only (most words
        are lower case: looking at each of them in Python costs more than the rest of the scan)."""
        words = _words(self.text)
        caps = [k for k, w in enumerate(words) if w[2][0].isupper()]
        n = 0
        while n < len(caps):
            i = caps[n]
            n += 1
            if words[i][2].lower() in TITLE_WORDS:
                continue
            j = i + 1
            while n < len(caps) and caps[n] == j and _plain_gap(self.text, words[j - 1][1], words[j][0]):
                j += 1
                n += 1
            if j == i + 1 and self._lone_word(words, i):
                continue  # most runs: what ``_add_run`` would drop first, without the call
            self._add_run(words, i, j)

    def _lone_word(self, words: list[tuple[int, int, str]], i: int) -> bool:
        """A capitalised word alone that names nobody: a function word, or no known surname and no title before."""
        low = words[i][2].lower()
        if low in _LEADING_FUNCTION_WORDS:
            return True
        return low not in self.full_names and not (i > 0 and words[i - 1][2].lower() in TITLE_WORDS)

    def _add_run(self, words: list[tuple[int, int, str]], i: int, j: int) -> None:
        while i < j and words[i][2].lower() in _LEADING_FUNCTION_WORDS:
            i += 1
        run = words[i:j]
        if not run:
            return
        if len(run) == 1 and self._lone_word(words, i):
            return  # sentence starts, places, months (most runs)
        if i > 0 and words[i - 1][2].lower() == "of":
            # "Secretary of State Antony Blinken", "Minister of Foreign Affairs Wang Yi": the title's complement
            # belongs to the role
            glue = 0
            while glue < len(run) - 2 and run[glue][2].lower() in PORTFOLIOS:
                glue += 1
            if glue:
                i, run = i + glue, run[glue:]
        role_start = self._role_start(words, i)
        titled = role_start < words[i][0]
        role = self.text[role_start : words[i - 1][1]] if titled else ""
        # A title inside the run ("President Vladimir Putin", "US President Donald Trump") splits role from name.
        last_title = max((k for k, w in enumerate(run) if w[2].lower() in TITLE_WORDS), default=-1)
        if last_title >= 0:
            role = self.text[role_start : run[last_title][1]]
            titled = True
            run = run[last_title + 1 :]
        if not run or len(run) > 4:
            return
        name_words = [w[2] for w in run]
        if any(w.lower().rstrip(".") in NON_PERSON_WORDS for w in name_words):
            return
        if any(country_named(w) or country_of_seat(w) for w in name_words) or country_named(" ".join(name_words)):
            return
        start, end = run[0][0], run[-1][1]
        name = self.text[start:end]
        surname = name_words[-1].lower()
        if len(run) >= 2:
            if not titled and not self._person_shaped(name_words, start):
                return
            mention = PersonMention(start, end, name, role)
            self.full_names[surname] = mention
            self.mentions.append(mention)
        elif surname in self.full_names:
            full = self.full_names[surname]
            self.mentions.append(PersonMention(start, end, full.name, full.role or role))
        elif titled:
            mention = PersonMention(start, end, name, role)
            self.full_names[surname] = mention
            self.mentions.append(mention)

    def _role_start(self, words: list[tuple[int, int, str]], i: int) -> int:
        """Where the title phrase before word ``i`` starts ("secretary of state Rex ..."), else word ``i``."""
        k = i
        start = i
        while k > 0 and _plain_gap(self.text, words[k - 1][1], words[k][0]):
            w = words[k - 1][2]
            low = w.lower()
            if low in TITLE_WORDS or (start < i and (_is_cap(w) or low in TITLE_GLUE - {"of", "the"})):
                start = k - 1
            elif not (low in TITLE_GLUE or _is_cap(w)):
                break
            k -= 1
        return words[start][0]

    def _person_shaped(self, name_words: list[str], start: int) -> bool:
        """Two to four capitalised words, not at the start of a line or sentence where any word is capitalised."""
        line_start = self.text.rfind("\n", 0, start) + 1
        before = self.text[line_start:start].strip()
        if not before or before[-1] in ".!?\u201c\"":
            # Sentence-initial, where any word is capitalised: a person only if the surname recurs.
            return self.text.count(name_words[-1]) > 1
        return True

    def add(self, mention: PersonMention) -> None:
        """Record a person found outside the scan (a speaker); keeps mentions in text order."""
        pos = bisect_right(self._starts, mention.start)
        self.mentions.insert(pos, mention)
        self._starts.insert(pos, mention.start)
        self.full_names.setdefault(mention.name.split()[-1].lower(), mention)

    def full_name(self, short: str, before: int) -> PersonMention | None:
        """The full-name mention a surname (or full name) refers to, preferring ones before ``before``."""
        key = short.split()[-1].lower() if short.split() else ""
        best = None
        for m in self.mentions:
            if m.name.split()[-1].lower() == key:
                if m.start < before or best is None:
                    best = m
        return best

    def persons_in(self, start: int, end: int) -> list[PersonMention]:
        lo = bisect_right(self._starts, start - 1)
        out = []
        for m in self.mentions[lo:]:
            if m.start >= end:
                break
            out.append(m)
        return out


class SpeakerResolver:
    """Resolves speakers as written to canonical actors for one document."""

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.text = text
        self.sentences = sentences
        self.names = NameRegistry(text)
        self._countries: dict[str, bool] = {}
        self._gender: dict[str, str] = {}  # actor -> "m" | "f", from the pronouns that referred to them

    def resolve(self, speaker: str, start: int, sentence_id: int, prior: list[PriorSpeaker]) -> Resolved:
        """The actor and role for ``speaker`` (as written, at ``start``), given earlier claims of the document."""
        plain = bare(speaker)
        low = plain.lower()
        if low in PERSON_PRONOUNS:
            return self._person_antecedent(low, start, sentence_id, prior) or Resolved(speaker, "", True)
        if low in GROUP_PRONOUNS:
            # "they said": the group or institution quoted just before, when there is one.
            for p in reversed(prior):
                if sentence_id - p.sentence_id <= 3 and (p.plural or not p.is_person):
                    return Resolved(p.actor, p.role, p.is_person)
            return Resolved(speaker, "", False)
        head = low.split()[0] if len(low.split()) >= 3 and low.split()[1] in {"by", "from", "of"} else low.split()[-1]
        proper_name = plain.split()[-1][:1].isupper() and plain[:1].isupper()  # "the U.S. Geological Survey"
        if low in THING_PRONOUNS or (head in DOCUMENT_NOUNS and not proper_name):
            owner = self._document_owner(plain)
            if owner:
                return owner
            for p in reversed(prior):
                if sentence_id - p.sentence_id <= 3 and not p.is_person:
                    return Resolved(p.actor, p.role, False)
            for p in reversed(prior):
                if sentence_id - p.sentence_id <= 3:
                    return Resolved(p.actor, p.role, p.is_person)
            organization = self.names.organization_before(start) if low in THING_PRONOUNS else None
            return Resolved(organization or speaker, "", False)
        if low.split()[-1] in ORGANIZATION_DESCRIPTORS and len(low.split()) <= 3 and speaker[:1] in "tT":
            organization = self.names.organization_before(start)
            if organization:
                return Resolved(organization, "", False)
        if low in _INSTITUTION_HEADS and speaker.lower().startswith("the "):
            named = self._named_institution(low, start)
            if named:
                return self._institution(named)
        if _PAIR.fullmatch(low):
            pair = self._last_pair(start)
            if pair:
                return Resolved(" and ".join(pair), "", True)
        person = self._person(plain, start)
        if person:
            return person
        if self._name_shaped(plain):
            # A speaker named like a person the scan missed ("John Smith said"): remember for "Smith" and "he".
            self.names.add(PersonMention(start, start + len(plain), plain, ""))
            return Resolved(plain, "", True)
        return self._institution(plain)

    def _named_institution(self, head: str, before: int) -> str | None:
        """The last capitalised name ending in ``head`` before ``before``: "China's Foreign Ministry" for "the
        ministry"."""
        found = None
        pattern = re.compile(
            r"(?:\b[A-Z][\w.'\u2019&-]*(?:['\u2019]s)?\s+(?:of\s+(?:the\s+)?)?){1,5}" + head.capitalize() + r"\b"
        )
        for m in pattern.finditer(self.text, 0, max(0, before)):
            found = m
        if found is None:
            return None
        words = found.group().split()
        while words and words[0].lower() in _LEADING_FUNCTION_WORDS:
            words = words[1:]
        return " ".join(words) if len(words) >= 2 else None

    def _last_pair(self, before: int) -> tuple[str, str] | None:
        """The two people last named together ("Trump and Putin"), whom "the two leaders" means."""
        found = None
        mentions = self.names.persons_in(0, before)
        for a, b in zip(mentions, mentions[1:], strict=False):
            if a.name != b.name and _AND_TITLE.fullmatch(self.text[a.end : b.start]):
                found = (a.name, b.name)
        return found

    @staticmethod
    def _name_shaped(plain: str) -> bool:
        words = plain.split()
        return (
            2 <= len(words) <= 4
            and all(w[:1].isupper() and len(w) > 1 for w in words)
            and words[0].lower() not in _LEADING_FUNCTION_WORDS
            and not any(w.lower().strip(".") in NON_PERSON_WORDS | TITLE_WORDS for w in words)
            and not any(country_named(w) or country_of_seat(w) for w in words)
            and not country_of_seat(plain)
            and not country_named(plain)
        )

    def with_apposition(self, resolved: Resolved, speaker: str, appos: str, start: int) -> Resolved:
        """"The head of the investigation, Kenneth Piernick," -> Kenneth Piernick, role "head of the
        investigation"; "Hillary Clinton, Trump's opponent," -> role "Trump's opponent" when none is known."""
        if not appos:
            return resolved
        named = self._person(appos, start)
        if named is None and self._name_shaped(appos):
            self.names.add(PersonMention(start, start + len(appos), appos, bare(speaker)))
            named = Resolved(appos, bare(speaker), True)
        if named is not None and not resolved.is_person:
            return Resolved(named.actor, named.role or bare(speaker), True)
        if resolved.is_person and not resolved.role and len(appos.split()) <= 8:
            return Resolved(resolved.actor, bare(appos), True)  # roles carry no article: "the former mayor" -> "former mayor"
        return resolved

    def _document_owner(self, plain: str) -> Resolved | None:
        """"a Kremlin statement" -> the Kremlin's actor."""
        words = plain.split()
        if len(words) < 2:
            return None
        if len(words) >= 3 and words[1].lower() in {"by", "from", "of", "issued"}:
            # "estimates by Dalbar Financial Services Inc.", "a statement from the ministry"
            owner = bare(" ".join(words[2:]))
            return self._person(owner, -1) or self._institution(owner)
        owner = " ".join(words[:-1])
        owner = re.sub(r"['\u2019]s$", "", owner)
        if owner.lower() in {"the", "a", "an", "this", "that", "its", "his", "her", "their", "written", "joint"}:
            return None
        resolved = self._person(owner, -1) or self._institution(owner)
        return resolved

    def _person(self, plain: str, start: int) -> Resolved | None:
        end = start + len(plain)
        mentions = self.names.persons_in(start, end) if start >= 0 else []
        # Only a name that heads the phrase: "Putin" or "President Putin", not "Some of Trump's advisers".
        if mentions and mentions[-1].end == end:
            m = mentions[-1]
            return Resolved(m.name, m.role, True)
        if start >= 0 and not (plain[:1].isupper() and all(w[:1].isupper() for w in plain.split())):
            return None
        words = plain.split()
        if 1 <= len(words) <= 4 and all(_is_cap(w) for w in words):
            m2 = self.names.full_name(words[-1], start if start >= 0 else len(self.text))
            if m2 is not None and (len(words) == 1 or m2.name.endswith(" ".join(words[-2:]))):
                return Resolved(m2.name, m2.role, True)
            if len(words) == 1:
                # A given name used alone ("Saddam"), when exactly one full name starts with it.
                firsts = {m.name for m in self.names.mentions if m.name.split()[0] == words[0] and " " in m.name}
                if len(firsts) == 1:
                    name = firsts.pop()
                    role = next(m.role for m in self.names.mentions if m.name == name)
                    return Resolved(name, role, True)
        return None

    def _institution(self, plain: str) -> Resolved:
        plain = _PARTITIVE.sub("", plain) or plain  # "Some of Trump's top advisers" -> "Trump's top advisers"
        full = self.names.organization_named(plain)
        if full:
            return Resolved(full, "", False)
        seat_country = country_of_seat(plain)
        if seat_country and self._mentions(seat_country):
            return Resolved(seat_country, plain, False)
        country = country_named(plain)
        if country:
            return Resolved(country, "", False)
        return Resolved(plain, "", False)

    def _mentions(self, country: str) -> bool:
        if country not in self._countries:
            self._countries[country] = mentions_country(self.text, country)
        return self._countries[country]

    def _person_antecedent(
        self, pronoun: str, start: int, sentence_id: int, prior: list[PriorSpeaker]
    ) -> Resolved | None:
        gender = _PRONOUN_GENDER.get(pronoun, "")

        def fits(actor: str, role: str) -> bool:
            known = self._gender.get(actor) or _role_gender(role)
            return not gender or not known or known == gender

        for p in reversed(prior):
            if p.sentence_id == sentence_id - 1 and p.is_person and not p.plural and fits(p.actor, p.role):
                return self._remember(Resolved(p.actor, p.role, True), gender)
            if p.sentence_id < sentence_id - 1:
                break
        # The first person named in the nearest sentence (within three) that names one: subjects come first.
        for sid in range(sentence_id, max(-1, sentence_id - 4), -1):
            if sid < 0 or sid >= len(self.sentences):
                continue
            s = self.sentences[sid]
            persons = self.names.persons_in(s.start, min(s.end, start) if sid == sentence_id else s.end)
            persons = [m for m in persons if fits(m.name, m.role)]
            if persons:
                m = persons[0] if sid != sentence_id else persons[-1]
                return self._remember(Resolved(m.name, m.role, True), gender)
        return None

    def _remember(self, resolved: Resolved, gender: str) -> Resolved:
        """A person once called "she" is not "he" later (and the other way round)."""
        if gender:
            self._gender.setdefault(resolved.actor, gender)
        return resolved


# Institutions a definite description stands for: "the ministry" is the ministry the article named before.
_INSTITUTION_HEADS = frozenset(
    """ministry agency committee council department commission court board bureau office union party army
    parliament government tribunal authority administration foundation institute organization organisation
    alliance coalition campaign""".split()
)

_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_MALE_TITLES = frozenset("mr. mr king prince father son brother husband sir lord chairman spokesman".split())
_FEMALE_TITLES = frozenset(
    "mrs. mrs ms. ms miss queen princess mother daughter sister wife lady chairwoman spokeswoman".split()
)


def _role_gender(role: str) -> str:
    words = {w.lower() for w in role.split()}
    if words & _MALE_TITLES:
        return "m"
    if words & _FEMALE_TITLES:
        return "f"
    return ""

"""Links between claims: who agrees with, contradicts, leaves out or answers whom.

Rules over what extraction already knows (actor, stance, topic, content words), in order of strength:
- omits: a claim that "made no mention of X" against another side's claim that mentions X;
- contradicts: a denial against an assertion on the same topic ("assessed that Russia was behind the hacking" /
  "denied that Moscow ever interferes"); two sides characterizing one thing differently ("very good" /
  "business-like"), with the reason starting "differs:"; the same actor changing position across documents;
- responds_to: a reply cue, or a claim that characterizes or dismisses what another claim's cue names
  ("calling the investigations a hoax" answers "are investigating whether ...");
- agrees: two sides reporting the same thing (shared topic words), the same characterization, or the same actor
  repeating a claim in another document.
Candidate pairs come from an index on topic and content words, so a large corpus is not compared all-by-all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from ..records import Claim, ClaimLink
from .cues import DOCUMENT_NOUNS
from .topics import EVENT_NOUN_GROUPS, STOPWORDS, TOPIC_GROUPS, keywords, same_stem, stem

# Reasons speak in the past tense: "the agencies assessed", not "the agencies assesses".
_PAST = {
    "asserts": "said", "assesses": "assessed", "accuses": "alleged", "investigates": "investigated",
    "announces": "announced", "warns": "warned", "criticizes": "criticized", "characterizes": "characterized",
    "denies": "dismissed",
}  # fmt: skip
_ASSERTING = {"asserts", "assesses", "accuses", "investigates", "announces", "warns", "criticizes", "characterizes"}
_REPORTING = {"asserts", "announces", "assesses"}
_QUOTED = re.compile(r"[\u201c\"]([^\u201c\u201d\"]+)[\u201d\"]")
_COPULA = re.compile(
    r"^(?P<subject>[\w\s\u2019']{0,40}?)\b(?:was|is|were|are|has been|had been)\s+(?:an?\s+)?"
    r"(?P<eval>(?:(?:very|extremely|really|highly|quite|most|deeply)\s+)?[a-z]+(?:-[a-z]+)?)\b",
    re.IGNORECASE,
)
_NOT_EVALUATIVE = STOPWORDS | {"behind", "ready", "due", "set", "likely", "going", "expected", "able"}
# Words that two unrelated claims share all the time (dates, quantities, reporting filler).
_GENERIC = frozenset(
    stem(w)
    for w in """january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday year years month months week weeks day days quarter
    quarters today yesterday tomorrow time percent million billion thousand hundred second third fourth
    fifth previous next earlier later people official officials government report include including
    net share shares company""".split()
)
# Verbs of a joint decision: two sources naming the same parties with one of these report the same outcome.
_JOINT_DECISIONS = frozenset(stem(w) for w in "agreed decided pledged signed accepted approved vowed".split())
_NOMINAL_ENDINGS = ("tion", "tions", "sion", "sions", "ment", "ments", "al", "als", "ance", "ances", "claims",
                    "reports", "charges", "findings")
_MAX_POSTINGS = 200  # words shared by more claims than this are too common to suggest a pair


@dataclass(frozen=True)
class _View:
    """What linking compares of a claim."""

    claim: Claim
    order: int
    words: frozenset[str]
    name_words: frozenset[str]
    evaluation: tuple[str, ...]
    negated: bool  # the content holds a negation ("not", "never", "didn't")


def _evaluation(claim: Claim) -> tuple[str, ...]:
    """The characterizing words of a claim: quoted phrases of a characterization, or "X was a very good one"."""
    if claim.stance == "characterizes":
        quoted = tuple(q.strip(" ,.;:").lower() for q in _QUOTED.findall(claim.content))
        if quoted:
            return quoted
        m = re.search(r"\bas\s+(.+)$", claim.content)
        return (m.group(1).strip(" .").lower(),) if m else ()
    if claim.topic in EVENT_NOUN_GROUPS:
        m = _COPULA.search(claim.content)
        if m and keywords(m.group("subject")) and m.group("eval").split()[-1].lower() not in _NOT_EVALUATIVE:
            subject_words = {stem(w) for w in m.group("subject").split()}
            if subject_words & _topic_stems(claim.topic):
                return (m.group("eval").lower(),)
    return ()


def _topic_stems(topic: str) -> set[str]:
    return set(TOPIC_GROUPS.get(topic, ()))


def _name_words(claim: Claim) -> frozenset[str]:
    """Words of proper names in the content: shared names alone do not make two claims agree."""
    return keywords(" ".join(re.findall(r"\b[A-Z][A-Za-z]+\b", claim.content))) | keywords(claim.actor)


def _view(claim: Claim, order: int) -> _View:
    words = keywords(claim.content)
    return _View(claim, order, words, _name_words(claim) & words, _evaluation(claim), _negated(claim.content))


def _candidate_pairs(views: list[_View]) -> set[tuple[int, int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(views):
        # Content words pair claims of one document; across documents only a shared topic or event does.
        doc = v.claim.doc_id
        keys = {f"w:{doc}:{w}" for w in v.words}
        if v.claim.topic:
            keys.add(f"t:{v.claim.topic}")
            keys.add(f"a:{v.claim.topic}:{v.claim.actor}")  # one actor over time: never too common
        if v.claim.event_id:
            keys.add(f"e:{v.claim.event_id}")
        # A cue and the noun made from it meet on their first letters ("investigating" / "investigations").
        keys.add(f"c:{doc}:{stem(v.claim.cue.split()[-1])[:6]}")
        keys |= {f"c:{doc}:{stem(w)[:6]}" for w in re.findall(r"[A-Za-z]+", v.claim.content)
                 if w.lower().endswith(_NOMINAL_ENDINGS)}
        for k in keys:
            postings[k].append(i)
    pairs: set[tuple[int, int]] = set()
    for key, ids in postings.items():
        if len(ids) > _MAX_POSTINGS and not key.startswith("a:"):
            continue
        pairs.update(combinations(ids, 2))
    return pairs


def _short(claim: Claim, limit: int = 60) -> str:
    text = " ".join(claim.content.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _same_thing(a: _View, b: _View) -> bool:
    return bool(a.claim.topic) and a.claim.topic == b.claim.topic


def _omits(a: _View, b: _View) -> ClaimLink | None:
    """``a`` made no mention of what ``b`` mentions."""
    if a.claim.stance != "omits" or b.claim.stance == "omits" or a.claim.actor == b.claim.actor:
        return None
    if a.claim.doc_id != b.claim.doc_id and not (a.claim.event_id and a.claim.event_id == b.claim.event_id):
        return None
    omitted = keywords(a.claim.content)
    if not omitted or not all(any(same_stem(w, x) for x in b.words) for w in omitted):
        return None
    return ClaimLink(
        a.claim.claim_id,
        b.claim.claim_id,
        "omits",
        f"{_who(a.claim)} made no mention of {a.claim.content}, which {_who(b.claim)} reported",
    )


def _denial(a: _View, b: _View) -> ClaimLink | None:
    """``a`` denies what ``b`` asserts on the same topic."""
    if a.claim.stance != "denies" or b.claim.stance not in _ASSERTING or a.claim.actor == b.claim.actor:
        return None
    if not _same_thing(a, b):
        if not _denies_what_names_it(a, b):
            return None
    elif a.claim.topic in EVENT_NOUN_GROUPS and len(a.words & b.words) < 2:
        return None  # "the call" alone is too broad: the two must say something about it in common
    return ClaimLink(
        a.claim.claim_id,
        b.claim.claim_id,
        "contradicts",
        f"{_who(a.claim)} denied{_about(a.claim.topic or b.claim.topic)} what {_who(b.claim)} "
        f"{_PAST.get(b.claim.stance, 'said')}: "
        f"\u201c{_short(b.claim)}\u201d",
    )


_DENIAL_VERBS = frozenset("deny denies denied denying dispute disputes disputed disputing refute refutes refuted".split())


def _about(topic: str) -> str:
    return f" ({topic})" if topic else ""


def _denies_what_names_it(a: _View, b: _View) -> bool:
    """"Israel said the strike hit a Hamas command center in the building" / "Hamas denied that any of its
    fighters were in the building": in one article, a denial by the side the other claim names, sharing what
    the claim is about beyond names and dates."""
    if a.claim.doc_id != b.claim.doc_id or a.claim.cue.lower() not in _DENIAL_VERBS:
        return False  # "rejected a proposal", "dismissed the plan" turn down an offer, not what was said
    denier = keywords(a.claim.actor)
    if not denier or not denier <= b.words:
        return False
    return bool((a.words & b.words) - a.name_words - b.name_words - denier - _GENERIC)


def _characterizations(a: _View, b: _View) -> ClaimLink | None:
    """Two sides characterizing the same thing, differently (contradicts, "differs:") or alike (agrees)."""
    if not a.evaluation or not b.evaluation or a.claim.actor == b.claim.actor or not _same_thing(a, b):
        return None
    ea, eb = set(a.evaluation), set(b.evaluation)
    said_a = ", ".join(f"\u201c{e}\u201d" for e in a.evaluation)
    said_b = ", ".join(f"\u201c{e}\u201d" for e in b.evaluation)
    if ea & eb:
        return ClaimLink(b.claim.claim_id, a.claim.claim_id, "agrees",
                         f"both characterize {a.claim.topic} as {', '.join(sorted(ea & eb))}")
    return ClaimLink(
        b.claim.claim_id,
        a.claim.claim_id,
        "contradicts",
        f"differs: {_who(b.claim)} characterized {b.claim.topic} as {said_b}; {_who(a.claim)} as {said_a}",
    )


def _response(a: _View, b: _View) -> ClaimLink | None:
    """``b`` (later) answers ``a``: a reply cue on the same topic, or it characterizes what ``a``'s cue names."""
    if a.claim.actor == b.claim.actor or b.claim.stance not in {"responds", "characterizes", "denies"}:
        return None
    if b.claim.stance == "responds" and _same_thing(a, b):
        return ClaimLink(b.claim.claim_id, a.claim.claim_id, "responds_to",
                         f"{_who(b.claim)} responded on {b.claim.topic}")
    if b.claim.doc_id == a.claim.doc_id and b.claim.content_start < a.claim.content_start:
        return None
    cue = stem(a.claim.cue.split()[-1])
    # The noun made from the cue ("investigating" -> "the investigations", "accused" -> "the accusations").
    named = [
        w for w in re.findall(r"[A-Za-z]+", b.claim.content)
        if w.lower().endswith(_NOMINAL_ENDINGS) and same_stem(stem(w), cue)
    ]
    related = a.claim.cue_class == "investigate" or _same_thing(a, b) or len(a.words & b.words) >= 2
    if named and len(cue) >= 5 and related:
        return ClaimLink(
            b.claim.claim_id,
            a.claim.claim_id,
            "responds_to",
            f"{_who(b.claim)} {_PAST.get(b.claim.stance, b.claim.stance)} the {named[0].lower()} of {_who(a.claim)}: "
            f"\u201c{_short(b.claim)}\u201d",
        )
    return None


def _agreement(a: _View, b: _View) -> ClaimLink | None:
    """Two sides of one document (or of one event) reporting the same thing: shared content words beyond names
    and dates ("leaders ... meeting ... summit" / "organising a meeting during the G20 summit")."""
    if a.claim.actor == b.claim.actor or a.claim.stance not in _REPORTING or b.claim.stance not in _REPORTING:
        return None
    if a.claim.doc_id != b.claim.doc_id and not (a.claim.event_id and a.claim.event_id == b.claim.event_id):
        return None
    if a.negated != b.negated:
        return None  # "will be approved" / "didn't offer enough ... to be approved"
    shared = a.words & b.words
    names = shared & a.name_words & b.name_words
    decision = shared & _JOINT_DECISIONS
    if decision and len(names) >= 2:
        # "Trump and Putin agreed to bolster ..." / "President Trump and President Putin agreed that ...".
        decided_at = min(a.claim.content.find(w) for w in _surface(a.claim.content, decision))
        parties = _surface(a.claim.content[:decided_at], names) or _surface(a.claim.content, names)
        return ClaimLink(
            b.claim.claim_id,
            a.claim.claim_id,
            "agrees",
            f"{_who(b.claim)} and {_who(a.claim)} both report that {' and '.join(parties[:3])} "
            f"{_surface(a.claim.content, decision)[0]}",
        )
    substantive = shared - a.name_words - b.name_words - _GENERIC
    own_a, own_b = a.words - a.name_words - _GENERIC, b.words - b.name_words - _GENERIC
    if len(substantive) < 3 or len(substantive) / max(1, min(len(own_a), len(own_b))) < 0.3:
        return None
    return ClaimLink(
        b.claim.claim_id,
        a.claim.claim_id,
        "agrees",
        f"{_who(b.claim)} and {_who(a.claim)} both report: {', '.join(_surface(a.claim.content, shared)[:6])}",
    )


_NEGATION = re.compile(r"\b(?:not|no|never|cannot|nothing|neither|nor)\b|n[\u2019']t\b", re.IGNORECASE)


def _negated(text: str) -> bool:
    return _NEGATION.search(text) is not None


_PRONOUNS = frozenset("he she it they we i you".split())


def _who(claim: Claim) -> str:
    """The speaker as a reader knows it: as written ("the Kremlin"), unless a pronoun or a document stands in."""
    speaker = claim.speaker.strip()
    if not speaker:
        return "an unnamed source"  # "it was reported that ..."
    low = speaker.lower()
    if low in _PRONOUNS or low.split()[-1] in DOCUMENT_NOUNS or low.split()[0] in DOCUMENT_NOUNS:
        return f"the {claim.role}" if claim.role and claim.role.split()[0][:1].isupper() and " " not in claim.role \
            and claim.actor != claim.role else claim.actor
    return "the " + speaker[4:] if speaker.startswith("The ") else speaker


def _surface(text: str, stems: frozenset[str]) -> list[str]:
    """The words of ``text`` behind ``stems``, in text order (for readable reasons)."""
    out: list[str] = []
    for w in re.findall(r"[A-Za-z][A-Za-z\-]*", text):
        k = keywords(w)
        if k and next(iter(k)) in stems and w not in out:
            out.append(w)
    return out


def _over_time(a: _View, b: _View) -> ClaimLink | None:
    """The same actor on the same topic in another document: a change of position or a repetition."""
    if a.claim.actor != b.claim.actor or a.claim.doc_id == b.claim.doc_id or not _same_thing(a, b):
        return None
    if " " not in a.claim.actor and not a.claim.actor.isupper() and a.claim.role == "":
        return None  # a bare surname ("Clinton") may be a different person in another article
    if (b.claim.made_value or b.claim.doc_id) < (a.claim.made_value or a.claim.doc_id):
        a, b = b, a  # the link goes from the later claim to the earlier one
    when_a, when_b = a.claim.made_value or a.claim.doc_id, b.claim.made_value or b.claim.doc_id
    opposite = (a.claim.stance == "denies") != (b.claim.stance == "denies")
    if opposite:
        return ClaimLink(b.claim.claim_id, a.claim.claim_id, "contradicts",
                         f"{b.claim.actor} changed position on {b.claim.topic} ({when_a} \u2192 {when_b})")
    return ClaimLink(b.claim.claim_id, a.claim.claim_id, "agrees",
                     f"{b.claim.actor} repeats on {b.claim.topic} ({when_a} \u2192 {when_b})")


# What "disputed the toll", "rejected the allegations", "denied the reports" point back to: a claim just made.
_ACCOUNT_NOUNS = frozenset(
    """toll tolls figure figures number numbers account accounts report reports claim claims allegation
    allegations accusation accusations charge charges version estimate estimates finding findings assertion
    assertions statement statements story""".split()
)
_ACCOUNT_REACH = 2  # sentences back


def _denied_accounts(views: list[_View]) -> list[tuple[int, int]]:
    """(denial, claim) pairs where a denial's whole content is an account noun phrase ("disputed the toll") and
    the claim is the nearest earlier assertion by another actor in the same article, a sentence or two before."""
    pairs = []
    for i, v in enumerate(views):
        words = v.claim.content.lower().strip(" .").split()
        if v.claim.stance != "denies" or not 1 <= len(words) <= 4 or words[-1] not in _ACCOUNT_NOUNS:
            continue
        for j in range(i - 1, -1, -1):
            w = views[j].claim
            if w.doc_id != v.claim.doc_id or v.claim.sentence_id - w.sentence_id > _ACCOUNT_REACH:
                break
            if w.actor != v.claim.actor and w.stance in _ASSERTING and w.sentence_id < v.claim.sentence_id:
                pairs.append((i, j))
                break
    return pairs


def link_claims(claims: list[Claim]) -> list[ClaimLink]:
    """Links between ``claims`` (any number of documents); at most one link per pair of claims."""
    views = [_view(c, i) for i, c in enumerate(claims)]
    links: list[ClaimLink] = []
    accounts = _denied_accounts(views)
    for i, j in accounts:
        denial, said = views[i].claim, views[j].claim
        reason = f"{_who(denial)} {denial.cue} {denial.content.strip(' .')}: \u201c{_short(said)}\u201d ({_who(said)})"
        links.append(ClaimLink(denial.claim_id, said.claim_id, "contradicts", reason))
    done = {(min(i, j), max(i, j)) for i, j in accounts}
    for i, j in sorted(_candidate_pairs(views) - done):
        a, b = views[i], views[j]  # a comes first
        if a.claim.claim_id == b.claim.within or b.claim.claim_id == a.claim.within:
            continue  # a claim and the claim it reports ("the Kremlin said the leaders said ...") are one account
        link = (
            _omits(a, b)
            or _omits(b, a)
            or _denial(a, b)
            or _denial(b, a)
            or _characterizations(a, b)
            or _response(a, b)
            or _over_time(a, b)
            or _agreement(a, b)
        )
        if link is not None:
            links.append(link)
    return links

"""Attribution from the dependency parse: the cue, its source (speaker) and the content it introduces.

One parsed sentence at a time, with the document's quotations (found on the raw text) to decide direct quote /
partial quote / paraphrase and to stretch a quote's content over the sentences it spans.  Offsets are document
offsets: a sentence's parse is shifted by the sentence's start, the text is never re-normalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..parse import column
from .cues import (
    CLAUSE_MARKS,
    CLAUSE_NOUN_CUES,
    DISMISSALS,
    FINDING_SOURCES,
    LIGHT_VERBS,
    PLATFORMS,
    PUT_FORMS,
    PUT_IT,
    TEXT_BEARING,
    VERB_CUES,
    Cue,
    noun_cue,
    verb_cue,
)
from .quotes import Quote, inside, overlapping, trim

_CLIMB = {"xcomp", "advcl", "pcomp", "prep", "conj", "acl", "ccomp"}
_CUE_DEPS = {"ROOT", "ccomp", "conj", "advcl", "pcomp", "xcomp", "relcl", "parataxis", "acl", "dep", "prep"}
_CONTENT_PREPS = {"of", "against", "on", "about", "over", "as", "for", "to", "with", "that", "into", "at"}
_CONTENT_DEPS = {"dobj", "dative", "oprd", "attr", "acomp", "xcomp", "ccomp"}
_STOP_SPEAKER = {",", "(", "\u2014", "\u2013", ";", ":", "--"}
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week month year
    morning afternoon evening night weekend january february march april may june july august september
    october november december""".split()
)
# "BUDAPEST, Hungary (AP)_ ", "WASHINGTON — ": a dateline opening the first sentence is not what was said.
_DATELINE = re.compile(r"[A-Z][A-Z.'\-]+(?:[ ,]+[A-Z][A-Za-z.'\-]+)*\s*(?:\([A-Za-z .]+\))?\s*(?:_|\u2014|\u2013|--)\s*")


_LEADING_TIME = re.compile(
    r"(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)"
    r"|(?:last|this)\s+(?:week|month|year|weekend))\b,?\s+(?:that\s+)?(?=\S+\s+\S)",
    re.IGNORECASE,
)


@dataclass
class Attribution:
    """A claim before speaker resolution and dating: spans in document offsets."""

    sentence_id: int
    cue_start: int
    cue_end: int
    speaker_start: int
    speaker_end: int
    content_start: int
    content_end: int
    cue_class: str
    stance: str
    kind: str = "paraphrase"
    plural: bool = False
    continues: int = -1  # for a quote-only sentence: index of the attribution it continues
    focus: str = ""  # what the claim is about, when the parse shows it (the object characterized, omitted ...)
    evaluation: list[str] = field(default_factory=list)  # characterizing words: "very good", "business-like"
    time_spans: list[tuple[int, int]] = field(default_factory=list)  # where "said on Tuesday" may be written
    appos_start: int = -1  # "The head of the FBI investigation, Kenneth Piernick, said": the name beside it
    appos_end: int = -1


def _span(tokens: list[Token], base: int) -> tuple[int, int]:
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return base + first.idx, base + last.idx + len(last.text)


def _speaker_tokens(head: Token) -> list[Token]:
    """The noun phrase of a subject, cut before appositions and relative clauses ("Putin, who met ...")."""
    sub = list(head.subtree)
    pos = next(k for k, t in enumerate(sub) if t.i == head.i)
    right = pos
    while right + 1 < len(sub):
        t = sub[right + 1]
        if t.text in _STOP_SPEAKER or t.dep_ in {"relcl", "acl", "appos"} or t.lower_ in {"who", "which", "including"}:
            break
        if t.i != sub[right].i + 1:
            break
        right += 1
    left = pos
    while left > 0 and sub[left - 1].text not in _STOP_SPEAKER and sub[left - 1].i == sub[left].i - 1:
        left -= 1
    out = sub[left : right + 1]
    while out and (out[0].is_punct or out[0].is_quote):
        out = out[1:]
    while out and (out[-1].is_punct or out[-1].is_quote or out[-1].dep_ == "case"):
        out = out[:-1]  # "Russia's claims": the owner without its "'s"
    return out


def _child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _platform_subject(cue_tok: Token) -> Token | None:
    """"He took to Twitter ... to say": the subject of "took" when a "to say" follows the platform."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue_tok.children):
        return None
    doc = cue_tok.doc
    for t in doc[: cue_tok.i]:
        if t.lower_ in {"take", "takes", "took", "taken", "taking"}:
            window = [w.lower_ for w in doc[t.i + 1 : min(t.i + 5, cue_tok.i)]]
            if window[:1] == ["to"] and any(w in PLATFORMS for w in window[1:]):
                return _child(t, "nsubj")
    return None


def _subject(cue_tok: Token) -> Token | None:
    """The source of a cue: its subject, the agent of a passive, or the subject of the verb it hangs from."""
    subj = _child(cue_tok, "nsubj", "csubj")
    if subj is not None and subj.dep_ != "expl":
        if subj.tag_ in {"WP", "WDT"} or subj.lower_ == "that":
            return _antecedent(cue_tok)
        return subj
    agent = _child(cue_tok, "agent")
    if agent is not None:
        return _child(agent, "pobj")
    if _child(cue_tok, "nsubjpass") is not None:
        return None  # "it was announced": no source
    if cue_tok.dep_ == "pcomp" and cue_tok.head.lower_ == "as" and cue_tok.head.head.lower_ in {"quoted", "cited"}:
        return _child(cue_tok.head.head, "nsubjpass")  # "he was quoted as saying", "was cited as saying"
    platform = _platform_subject(cue_tok)
    if platform is not None:
        return platform
    if cue_tok.dep_ == "acl" and cue_tok.head.tag_.startswith("NN"):
        return cue_tok.head  # "a statement saying ...", "officials saying ..."
    fronted = _fronted_subject(cue_tok)
    if fronted is not None:
        return fronted
    stray = _stray_conjunct_subject(cue_tok)
    if stray is not None:
        return stray
    tok = cue_tok
    for _ in range(4):
        if tok.dep_ not in _CLIMB or tok.head is tok:
            return None
        tok = tok.head
        if tok.tag_.startswith("VB"):
            subj = _child(tok, "nsubj")
            if subj is not None:
                return subj if subj.tag_ not in {"WP", "WDT"} else _antecedent(tok)
    return None


def _stray_conjunct_subject(cue_tok: Token) -> Token | None:
    """"I am the father of Elian and immigration has said that ...": a conjoined clause whose subject the parser
    joined to a noun of the first clause; the noun just before the cue's auxiliaries is its subject."""
    if cue_tok.dep_ != "conj" or cue_tok.head.i >= cue_tok.i:
        return None
    auxes = [c for c in cue_tok.lefts if c.dep_ in {"aux", "neg", "advmod"}]
    if cue_tok.tag_ not in {"VBD", "VBZ"} and not any(a.dep_ == "aux" for a in auxes):
        return None
    first = min([cue_tok, *auxes], key=lambda t: t.i)
    if first.i == 0:
        return None
    noun = cue_tok.doc[first.i - 1]
    if noun.dep_ != "conj" or not noun.tag_.startswith(("NN", "PRP")) or noun.head.dep_ in {"nsubj", "nsubjpass"}:
        return None
    if not any(c.dep_ == "cc" for c in noun.head.children):
        return None
    return noun


def _fronted_subject(cue_tok: Token) -> Token | None:
    """"Nashua Corp., rumored a takeover target for months, said that ...": the parser made the appositive
    participle a clause with the sentence's subject; that subject is the speaker."""
    for c in cue_tok.lefts:
        if c.dep_ in {"ccomp", "advcl"} and c.left_edge.i == cue_tok.sent.start and c.tag_ in {"VBD", "VBN"}:
            subj = _child(c, "nsubj")
            if subj is not None and subj.i < c.i and subj.tag_ in {"NNP", "NNPS"} and c.i == subj.i + 2:
                return subj
    return None


def _antecedent(verb: Token) -> Token | None:
    """"Putin, who said ..." / "relatives, who are fighting ... and who have said ...": the noun the relative
    clause hangs from."""
    while verb.dep_ in {"conj", "xcomp"} and verb.head is not verb:
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" else None


def _is_negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _temporal(tok: Token) -> bool:
    return any(t.lower_ in _TIME_WORDS for t in tok.subtree)


def _opens_with_that(clause: Token) -> bool:
    """The clause headed by ``clause`` is introduced by the complementizer "that"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _deep_that_clause(cue_tok: Token) -> Token | None:
    """"has said in official comments so far that it will remain neutral": a that-clause the parser hung below an
    adverb or a noun of the cue's own clause (no other verb between).  Under a noun it may pass for a relative
    clause ("said on a call with analysts that demand had slowed", "told a briefing that ..."): "that" as a
    complementizer, not as the clause's subject or object, says it is the content."""
    for t in cue_tok.rights:
        for d in t.subtree:
            if (d.dep_ == "ccomp" and _opens_with_that(d)) or (
                d.dep_ in {"relcl", "acl"} and d.i > t.i and _complementizer(d) and _deep_noun_clause(cue_tok, d)
            ):
                up = d.head
                while up.i != cue_tok.i and not up.tag_.startswith("VB") and up.head.i != up.i:
                    up = up.head
                if up.i == cue_tok.i:
                    return d
    return None


def _complementizer(clause: Token) -> bool:
    """The clause opens with "that" as a complementizer: its dependency or its tag says so, or the role the parser
    gave it is filled already ("a readout of the call that Putin had raised the issue": "raised" has its object).
    A relative "that" is the clause's subject or object, tagged WDT."""
    for c in clause.children:
        if c.lower_ != "that" or c.i > clause.i:
            continue
        if c.dep_ == "mark" or c.tag_ == "IN":
            return True
        if any(o.dep_ == c.dep_ and o.i != c.i for o in clause.children):
            return True
    return False


def _deep_noun_clause(cue_tok: Token, clause: Token) -> bool:
    """A that-clause under a noun is the cue's content when the noun is in a prepositional phrase of the cue
    ("on a call with analysts", "without evidence") or the hearer of "tell", not its object ("cited evidence that
    ..." is what was cited)."""
    noun = clause.head
    if noun.dep_ == "pobj":
        # not when the cue has an object of its own ("attributed the volume to selling on fears that ..."); the
        # object of "tell" is the hearer ("told reporters on a call that ...")
        return _child(cue_tok, "dobj", "dative") is None or cue_tok.lower_ in _TELL
    return noun.dep_ in {"dobj", "dative"} and noun.head.i == cue_tok.i and cue_tok.lower_ in _TELL


def _np_last(head: Token) -> Token:
    """The last word of a content head's phrase.  A noun's relative clause is not what was denied or condemned
    when it is set off by a comma ("denied the allegations, which she described as politically motivated") or
    reports a speech act of its own ("the plan which the rebels called a trap"): the phrase ends before it."""
    if not head.tag_.startswith(("NN", "PRP")):
        return head.right_edge
    for c in head.rights:
        if c.dep_ != "relcl":
            continue
        first = c.left_edge
        doc = head.doc
        set_off = first.i > 0 and doc[first.i - 1].text in {",", "\u2014", "\u2013", "--", "("}
        if set_off or any(verb_cue(t.lower_) is not None and t.tag_.startswith("VB") for t in c.subtree):
            last = doc[first.i - 1]
            while last.i > head.i and (last.is_punct and not last.is_quote):
                last = doc[last.i - 1]
            return last
    return head.right_edge


def _gapped_complement(cue_tok: Token, subj: Token) -> Token | None:
    """"the doctors it says perform abortions", "a man who police say shot the officer": the cue inside a relative
    clause whose complement lacks its subject (the noun before the speaker); the complement is the content, not
    whatever clause the parser hung before the cue."""
    comp = next((c for c in cue_tok.rights if c.dep_ in {"xcomp", "ccomp"}), None)
    if comp is None or comp.tag_ not in {"VB", "VBD", "VBZ", "VBP"} or _child(comp, "nsubj", "nsubjpass", "mark"):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children) or subj.i > cue_tok.i:
        return None
    left = subj.left_edge.i - 1
    if left < 0:
        return None
    before = cue_tok.doc[left]
    if before.tag_ not in {"NN", "NNS", "NNP", "NNPS", "WP"} and before.lower_ != "that":
        return None
    return comp


def _relative_object(cue_tok: Token) -> Token | None:
    """"an attack which it blamed on Israel", "the plan, which the rebels rejected": the cue's object is the
    relative pronoun, so what was blamed or rejected is the noun the clause hangs from."""
    if cue_tok.dep_ != "relcl" or not cue_tok.head.tag_.startswith("NN"):
        return None
    obj = _child(cue_tok, "dobj")
    if obj is None or obj.i > cue_tok.i or obj.tag_ not in {"WDT", "WP"}:
        return None
    return cue_tok.head


_TELL = frozenset({"tell", "tells", "told", "telling"})
# Speech acts reported in the passive without an agent are still claims; beliefs and findings are not.
_SOURCELESS_CLASSES = frozenset({"say", "announce", "accuse", "warn"})


def _content_tokens(cue_tok: Token, cue: Cue) -> list[Token]:
    """The heads of what the cue introduces."""
    ccomp = [c for c in cue_tok.children if c.dep_ in {"ccomp", "parataxis"} and c.i != cue_tok.i]
    if not ccomp and cue.cue_class in {"say", "assess"}:
        deep = _deep_that_clause(cue_tok)
        ccomp = [deep] if deep is not None else []
    marked = [c for c in ccomp if c.i > cue_tok.i and _opens_with_that(c)]
    if marked:
        ccomp = marked  # "X, rumored a target, said that ...": what follows "said that" is what was said
    if cue.cue_class in {"say", "respond", "assess", "investigate"} or (ccomp and cue.cue_class != "characterize"):
        if ccomp:
            return ccomp
        if cue.cue_class in {"say", "respond"} and cue.lemma != "tell":
            xcomp = [c for c in cue_tok.children if c.dep_ == "xcomp" and c.i > cue_tok.i]
            dobj = [c for c in cue_tok.children if c.dep_ == "dobj" and c.i > cue_tok.i and not c.is_stop]
            return xcomp or dobj if not cue.needs_clause else dobj  # needs_clause: only a quoted object counts
        if cue.needs_clause or cue.lemma == "tell":
            return []  # "..., a source told The Associated Press": the object of "told" is the hearer
    out = []
    for c in cue_tok.children:
        if c.i < cue_tok.i and not (c.dep_ == "ccomp"):
            continue
        if c.dep_ in _CONTENT_DEPS:
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS and not _temporal(c):
            out.append(c)
    return out


# Between the attribution of a broken quote and its second part: a comma, after a few words at most ("he said in
# a statement, “...”"), never a cue of its own ("she said, adding “...”").
_SPLIT_GAP = re.compile(r"[^.;:!?\u201c\u201d\"]{0,40},\s*")
_INVERTED = frozenset({"dobj", "npadvmod", "attr", "nsubj", "oprd", "appos", "dep"})
_PERFECT = frozenset({"has", "have", "had", "'s", "'ve", "'d"})
_BE = frozenset("is are was were been 's 're am".split())
_MODALS = frozenset("will would shall should can could may might must 'll 'd".split())


def _reports_inside_quote(tok: Token) -> bool:
    """Inside a quotation only a plain report or belief is an attribution ("I think people have forgotten", "they
    told us no"), nested in the quoted speaker's claim; "we should say no" or "say it" is what is being said."""
    perfect = tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in tok.children)
    # "people have been saying: ...", "they are telling us ...": a report in progress; "and saying" shares the
    # auxiliaries of the verb it is conjoined to
    carrier = tok.head if tok.dep_ == "conj" and tok.head.tag_ == "VBG" and not _child(tok, "aux") else tok
    progressive = tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in _BE for c in carrier.children)
    if tok.tag_ not in {"VBD", "VBZ", "VBP"} and not perfect and not progressive:
        return False  # "immigration has said that ..." counts too
    return not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in (*tok.children, *carrier.children))


def _to_infinitive(tok: Token) -> Token | None:
    return next(
        (c for c in tok.children if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)),
        None,
    )


def _states_a_finding(tok: Token) -> bool:
    """"found that the bridge had collapsed", "the survey shows most voters oppose it"; not "found the body wrapped
    in bags" or "his death shows how tentative the right has become"."""
    ccomp = _child(tok, "ccomp")
    if ccomp is None:
        return False
    if _opens_with_that(ccomp):
        return True
    subj = _child(tok, "nsubj")
    finite = ccomp.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ == "aux" and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in ccomp.children
    )
    return finite and subj is not None and subj.lower_ in FINDING_SOURCES


def _is_call_with_complement(cue_tok: Token) -> bool:
    """"called the talks 'useful'" characterizes; "called police to report", "called a meeting" do not."""
    if _to_infinitive(cue_tok) is not None:
        return False
    return any(c.dep_ == "oprd" for c in cue_tok.children) or (
        sum(1 for c in cue_tok.children if c.dep_ in {"dobj", "attr", "ccomp"}) >= 2
    )


# String hashes of every word ``_from_token`` looks at; the others never start an attribution.
_CUE_WORD_IDS = frozenset(
    get_string_id(w) for w in {"according", *LIGHT_VERBS, *VERB_CUES, *CLAUSE_NOUN_CUES, *PUT_FORMS}
)


def _cue_word_indices(doc: Doc) -> list[int]:
    """Indices of the tokens that may be cues, in order, found on the lower-case column of the parse: building
    a Python ``Token`` for every word costs more than the rules run on the few that matter."""
    return [i for i, word in enumerate(column(doc, LOWER)) if word in _CUE_WORD_IDS]


class SentenceAttributions:
    """Finds the attributions of one parsed sentence."""

    def __init__(self, doc: Doc, base: int, sentence_id: int, text: str, quotes: list[Quote], lead: int = -1) -> None:
        """``doc`` parses ``text`` from ``base``; ``lead`` < ``base`` when only the sentence's attribution tail
        was parsed and ``text[lead:base]`` is the content before it (see ``tails.py``)."""
        self.doc = doc
        self.base = base
        self.lead = lead if 0 <= lead < base else base
        self.sentence_id = sentence_id
        self.text = text
        self.quotes = quotes

    def find(self) -> list[Attribution]:
        found: list[Attribution] = []
        for i in _cue_word_indices(self.doc):
            att = self._from_token(self.doc[i])
            if att is not None:
                found.append(att)
                rest = self._split_quote_rest(att)
                if rest is not None:
                    found.append(rest)
        # A cue inside another claim's content is reported speech of that claim ("the Kremlin said the two
        # leaders said ..."): a claim of its own, which the records mark as nested (``Claim.within``).
        return found

    def _split_quote_rest(self, att: Attribution) -> Attribution | None:
        """'“We will win,” he said, “whatever it takes.”': a quote broken off at a comma by its attribution goes on
        in the quote that follows it in the sentence; that part is the same claim's (one claim per quote, like a
        quote over several sentences)."""
        if att.kind != "direct_quote" or att.content_end > att.cue_start:
            return None
        first = inside(self.quotes, att.content_start)
        if first is None or not self.text[first.inner_start : first.inner_end].rstrip().endswith(","):
            return None
        after = max(att.cue_end, att.speaker_end)
        nxt = next((q for q in self.quotes if q.start >= after), None)
        sentence_end = self.base + len(self.doc.text)
        gap = self.text[after : nxt.start] if nxt is not None else ""
        if nxt is None or nxt.start >= sentence_end or not _SPLIT_GAP.fullmatch(gap):
            return None
        if any(verb_cue(w) is not None for w in gap.replace(",", " ").split()):
            return None  # "she said, adding “...”": the second quote is the next cue's
        start, end = trim(self.text, nxt.inner_start, min(nxt.inner_end, sentence_end))
        if end <= start:
            return None
        return replace(att, content_start=start, content_end=end, time_spans=list(att.time_spans),
                       evaluation=list(att.evaluation))

    def _in_quote(self, tok: Token) -> bool:
        return inside(self.quotes, self.base + tok.idx) is not None

    def _from_token(self, tok: Token) -> Attribution | None:
        low = tok.lower_
        if low == "according":
            if _child(tok, "prep") is None or self._in_quote(tok):
                return None
            return self._according_to(tok)
        if low in PUT_FORMS:
            return self._as_put_it(tok)
        if low in LIGHT_VERBS:
            if not tok.tag_.startswith("VB") or self._in_quote(tok):
                return None
            return self._light_verb(tok)
        if tok.tag_ in {"NN", "NNS"} and low in CLAUSE_NOUN_CUES:
            return None if self._in_quote(tok) else self._noun_with_clause(tok, CLAUSE_NOUN_CUES[low])
        cue = verb_cue(low)
        if cue is not None and tok.dep_ == "amod" and tok.tag_ == "VBD":
            return self._misparsed_finite(tok, cue)
        if cue is not None and tok.dep_ == "ROOT" and tok.tag_ in {"NN", "NNS"}:
            return self._misparsed_noun_root(tok, cue)
        if cue is None or not tok.tag_.startswith("VB") or tok.dep_ not in _CUE_DEPS:
            return None
        if self._in_quote(tok) and not _reports_inside_quote(tok):
            return None
        if cue.cue_class == "omit":
            if not _is_negated(tok):
                return None
            return self._omission(tok, tok, _child(tok, "dobj"), cue)
        if _is_negated(tok):
            return None
        if cue.lemma == "call":
            if any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in tok.children):
                cue = Cue("call", "urge", "urges")
            elif not _is_call_with_complement(tok) and not self._quote_after_object(tok):
                return None
        if cue.lemma == "ask" and tok.tag_ == "VBN" and tok.dep_ == "advcl":
            return None  # "Asked whether he would resign, Smith said no": the question is the reporter's
        if cue.lemma == "ask" and _child(tok, "dobj") is not None and _to_infinitive(tok) is not None:
            cue = Cue("ask", "urge", "urges")  # "asked President Clinton to reverse the order": a directive
        if cue.lemma in {"find", "show"} and not _states_a_finding(tok):
            return None
        if cue.cue_class == "investigate":
            ccomp = _child(tok, "ccomp")
            if ccomp is None or not any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in ccomp.children):
                return None
        if tok.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "moved to dismiss the lawsuit", "refused to comment": an intention, not a claim ("took to
            # Twitter to say" is the exception, recognised by its platform).
            if _platform_subject(tok) is None:
                return None
        subj = _subject(tok)
        if subj is None:
            return self._sourceless_passive(tok, cue)
        if cue.lemma == "read" and subj.lower_ not in TEXT_BEARING:
            return None  # "he read the statement aloud": reading, not a text saying something
        if self._in_quote(subj) and not self._in_quote(tok) and cue.cue_class in {"say", "respond", "warn"}:
            # "“Hallelujah!” exclaimed Albright": the parser took the quote for the subject; the speaker
            # follows the verb
            after = next((c for c in tok.rights if c.dep_ in _INVERTED and c.tag_.startswith("NN")), None)
            return None if after is None else self._beside(tok, after, cue)
        heads = _content_tokens(tok, cue)
        if cue.cue_class in {"say", "respond", "warn"} and (
            not heads or (self.lead < self.base and not any(h.dep_ in {"ccomp", "parataxis"} for h in heads))
        ):
            return self._beside(tok, subj, cue)
        gap = _gapped_complement(tok, subj)
        if gap is not None:
            heads = [gap]  # "doctors it says perform abortions": what it says is that they perform them
        antecedent = _relative_object(tok)
        if antecedent is not None and cue.cue_class in {"deny", "accuse", "criticize", "assess", "announce"}:
            heads = [antecedent]  # "an attack which it blamed on Israel": the attack, not "on Israel"
        if not heads:
            return None
        quoted_object = self._quoted(heads) and not self._in_quote(tok)  # chanted "Cuba libre"
        clause = any(h.dep_ in {"ccomp", "parataxis"} or _complementizer(h) for h in heads)  # or a deep one
        if cue.needs_clause and not clause and not quoted_object:
            return None
        att = self._build(tok, tok, subj, heads, cue)
        if att is not None and antecedent is not None and cue.cue_class == "characterize" and not att.focus:
            att.focus = antecedent.text  # "the allegations, which she described as ...": what is characterized
        return att

    def _sourceless_passive(self, tok: Token, cue: Cue) -> Attribution | None:
        """"It was reported that ...", "The families were told that ...": reported speech without a source (the
        passive's subject is the hearer or a dummy "it").  Passive beliefs and expectations ("it is feared that",
        "is expected to") are no one's claim."""
        patient = _child(tok, "nsubjpass")
        if patient is None or tok.tag_ != "VBN" or cue.cue_class not in _SOURCELESS_CLASSES or cue.lemma in {
            "hope", "fear"
        }:
            return None
        clause = next((c for c in tok.rights if c.dep_ == "ccomp" and _opens_with_that(c)), None)
        if clause is None or self._in_quote(tok):
            return None
        att = self._build(tok, tok, patient, [clause], cue)
        if att is not None:
            att.speaker_start = att.speaker_end = att.cue_start  # no speaker (an empty span)
            att.plural, att.appos_start, att.appos_end = False, -1, -1
        return att

    def _noun_with_clause(self, tok: Token, cue: Cue) -> Attribution | None:
        """"frequent accusations by some activists that doctors commit murder", "Russia's claims that the vote
        was rigged": the source is the "by" phrase or the owner, the content the that-clause."""
        clause = next(
            (c for c in tok.children if c.dep_ in {"acl", "ccomp", "relcl"} and _opens_with_that(c)),
            None,
        )
        if clause is None and tok.dep_ == "nsubj" and tok.head.lower_ in {"is", "was", "'s", "remains"}:
            # "Mr. Smith's view is that the market will recover"
            clause = next((c for c in tok.head.children if c.dep_ == "ccomp" and _opens_with_that(c)), None)
        if clause is None:
            return None
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None)
        source = _child(by, "pobj") if by is not None else _child(tok, "poss")
        if source is None or source.tag_ in {"PRP$"}:
            return None  # "his claims that ...": too often the person the article is about, not a quotable source
        att = self._build(tok, tok, source, [clause], cue)
        objects = [c for c in by.children if c.dep_ == "pobj"] if by is not None else []
        if att is not None and len(objects) > 1:  # "by some anti-abortionists", split by the tokenizer
            att.speaker_start = self.base + min(o.left_edge.idx for o in objects)
            att.speaker_end = max(self.base + o.idx + len(o.text) for o in objects)
        return att

    def _quote_after_object(self, tok: Token) -> bool:
        """"called the attack “a clear violation of international law”": a quotation right after the object is
        its characterization, whatever the parser attached it to."""
        obj = _child(tok, "dobj")
        return obj is not None and self._quote_right_after(self.base + obj.idx + len(obj.text)) is not None

    def _quote_right_after(self, offset: int) -> Quote | None:
        """The quotation that opens at ``offset``, after nothing but spaces."""
        return next((q for q in self.quotes if offset <= q.start and not self.text[offset : q.start].strip()), None)

    def _misparsed_finite(self, tok: Token, cue: Cue) -> Attribution | None:
        """"Iraq alleged Ritter was a spy": the tagger saw a finite verb, the parser an adjective ("the alleged
        Ritter"); with its subject and a finite clause after it, the tagger is right and the clause is the content."""
        subj = _child(tok, "nsubj")
        rest = [t for t in self.doc[tok.i + 1 :] if not t.is_punct]
        if subj is None or _is_negated(tok) or self._in_quote(tok) or not rest:
            return None
        if not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in rest):
            return None
        return self._make(tok, tok, subj, _span(rest, self.base), cue)

    def _misparsed_noun_root(self, tok: Token, cue: Cue) -> Attribution | None:
        """"The agency forecast that rainfall would ...": the parser read "agency forecast" as a noun phrase with
        the that-clause hung from it; a sentence has a verb, so the form is the verb and the words before it its
        subject.  With a subject of its own ("The notice read: “...”"), any clause the parser gave it is its content."""
        subj = next((c for c in reversed(list(tok.lefts)) if c.dep_ in {"compound", "nsubj"}), None)
        clause = next(
            (c for c in tok.rights if (c.dep_ in {"ccomp", "relcl", "acl"} and _opens_with_that(c))
             or (c.dep_ == "ccomp" and subj is not None and subj.dep_ == "nsubj")),
            None,
        )
        if clause is None or subj is None or self._in_quote(tok) or tok.left_edge.is_punct:
            return None
        if cue.lemma == "read" and subj.lower_ not in TEXT_BEARING:
            return None
        att = self._build(tok, tok, subj, [clause], cue)
        if att is not None:
            att.speaker_start = self.base + tok.left_edge.idx  # "The agency", the determiner hangs from the cue
        return att

    def _beside(self, tok: Token, subj: Token, cue: Cue) -> Attribution | None:
        """Content not governed by the cue: a quotation just before or after the attribution ("..., he was
        quoted as saying"; "replied: ..."), or the clause around a parenthetical ("Therefore, they said, the ...")."""
        if self.lead < self.base:
            return self._make(tok, tok, subj, (self.lead, self.base), cue)
        clause = [t for t in (*tok.subtree, *subj.subtree) if not (t.is_quote or self._in_quote(t))] or [tok]
        start = self.base + min(t.idx for t in clause)
        end = max(self.base + t.idx + len(t.text) for t in clause)
        sentence_end = self.base + len(self.doc.text)
        for q in overlapping(self.quotes, self.base, sentence_end):
            before = self.text[q.end : start] if q.end <= start else None
            after = self.text[end : q.start] if q.start >= end else None
            if (before is not None and not before.strip(" ,:\u2014")) or (
                after is not None and not after.strip(" ,:\u2014")
            ):
                return self._make(tok, tok, subj, (q.inner_start, q.inner_end), cue)
        if tok.dep_ == "parataxis" and tok.head.i != tok.i:
            rest = [t for t in tok.head.subtree if not (start <= self.base + t.idx < end)]
            following = [t for t in rest if t.i > tok.i]
            side = following if len(following) * 2 >= len(rest) else [t for t in rest if t.i < tok.i]
            if side:
                return self._make(tok, tok, subj, _span(side, self.base), cue)
        before = self.text[self.base : start].rstrip()
        if end >= sentence_end - 2 and before.endswith(",") and len(before.split()) >= 4:
            # "<content>, a well-placed source told The Associated Press.": whatever the parse made of it, an
            # attribution closing the sentence after a comma reports all that comes before
            return self._make(tok, tok, subj, (self.base, self.base + len(before) - 1), cue)
        return None

    def _quoted(self, heads: list[Token]) -> bool:
        start = min(self.base + h.left_edge.idx for h in heads)
        end = max(self.base + h.right_edge.idx + len(h.right_edge.text) for h in heads)
        return bool(overlapping(self.quotes, start, end))

    def _according_to(self, tok: Token) -> Attribution | None:
        to = _child(tok, "prep")
        src = _child(to, "pobj") if to is not None else None
        if to is None or src is None:
            return None
        head = tok.head
        if head.i == tok.i:
            # "That's according to the Lundberg survey": the subject is the content ("That": the sentence before)
            rest = [t for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]
        else:
            phrase = {t.i for t in tok.subtree}
            rest = [t for t in head.subtree if t.i not in phrase and not (t.is_punct and t.text != "\u201d")]
            # One side of the attribution: "<content>, according to a memo sent by X, to bankers in December"
            before = [t for t in rest if t.i < tok.i]
            after = [t for t in rest if t.i > max(phrase)]
            if before and after:
                rest = before if len(before) >= len(after) else after
        if not rest:
            return None
        cue = Cue("according to", "according_to", "asserts")
        start, end = _span(rest, self.base)
        att = self._make(tok, to, src, (start, end), cue)
        return att

    def _as_put_it(self, tok: Token) -> Attribution | None:
        """"As one diplomat put it, “...”", "..., as the minister put it.", "X, as she put it, is Y": the speaker
        is the subject of "put it" in an "as" clause, the content what the sentence says beside that clause."""
        it = next((c for c in tok.rights if c.dep_ == "dobj" and c.lower_ == "it" and c.i == tok.i + 1), None)
        subj = _child(tok, "nsubj")
        mark = _child(tok, "mark")
        if it is None or subj is None or mark is None or mark.lower_ != "as" or not tok.tag_.startswith("VB"):
            return None
        if self._in_quote(tok) or _is_negated(tok) or (tok.head.i != tok.i and verb_cue(tok.head.lower_)):
            return None  # "He said, as he put it, that ...": the wording of another cue's claim
        # the "as" clause itself, without a clause the parser hung from "put" (the quote it attributes)
        # and its punctuation: from "as" to the last word of its own dependents
        last = max(
            c.right_edge.i for c in tok.children if c.dep_ not in {"ccomp", "parataxis", "punct"} and c.i > tok.i
        )
        rest = [t for t in self.doc if not (mark.i <= t.i <= last) and not (t.is_punct and not t.is_quote)]
        before = [t for t in rest if t.i < mark.i]
        after = [t for t in rest if t.i > last]
        # one side of a parenthetical ("The ceasefire, as the minister put it, is a fragile thing"): the longer
        rest = before if len(before) >= len(after) else after
        if not [t for t in rest if not t.is_quote]:
            return None
        return self._make(tok, it, subj, _span(rest, self.base), PUT_IT)

    def _light_verb(self, tok: Token) -> Attribution | None:
        """"leveled blistering criticism on Russia", "made no mention of safe zones"."""
        obj = _child(tok, "dobj")
        if obj is None:
            return None
        cue = noun_cue(obj.text)
        if cue is None:
            return None
        if cue.cue_class == "omit":
            negated = _is_negated(tok) or any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
            return self._omission(tok, obj, obj, cue) if negated else None
        subj = _subject(tok)
        if subj is None:
            return None
        preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS]
        preps += [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS and not _temporal(c)]
        targets = [_child(p, "pobj", "pcomp") or p for p in preps]
        if not targets:
            return None
        return self._build(tok, obj, subj, targets, cue)

    def _omission(self, tok: Token, cue_last: Token, obj: Token | None, cue: Cue) -> Attribution | None:
        subj = _subject(tok)
        if subj is None or obj is None:
            return None
        if obj.lower_ == "mention":
            prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if prep is None:
                return None
            omitted = _child(prep, "pobj")
            if omitted is None:
                return None
            heads = [omitted]
        else:
            heads = [obj]
        att = self._build(tok, cue_last, subj, heads, cue)
        if att is not None:
            att.focus = self.text[att.content_start : att.content_end]
        return att

    def _build(self, cue_tok: Token, cue_last: Token, subj: Token, heads: list[Token], cue: Cue) -> Attribution | None:
        start = min(self.base + h.left_edge.idx for h in heads)
        end = max(self.base + last.idx + len(last.text) for last in map(_np_last, heads))
        cue_at = self.base + cue_tok.idx
        if start < cue_at < end:
            # "which the board said it rejected ...": the content is the side of the cue its head is on.
            if all(h.i > cue_tok.i for h in heads):
                start = self.base + cue_last.idx + len(cue_last.text)
            else:
                end = min(cue_at, self.base + subj.left_edge.idx) if subj.i > max(h.i for h in heads) else cue_at
        # "said that X": the complementizer is not part of what was said.
        first = min((h.left_edge for h in heads), key=lambda t: t.i)  # the first word of their subtrees
        complementizer = first.dep_ == "mark" or (
            first.lower_ == "that" and first.head.i == heads[0].i and heads[0].tag_.startswith("VB")
            and _complementizer(heads[0])
        )
        if complementizer and first.lower_ in CLAUSE_MARKS and heads[0].n_lefts + heads[0].n_rights > 0:
            start = self.base + first.idx + len(first.text)
        if cue.cue_class == "characterize":
            # 'called the admission "a return home"' where the parse left the quoted words out of the object
            # complement: the characterization is in them
            after = self._quote_right_after(end)
            if after is not None and after.start < self.base + len(self.doc.text):
                end = after.end
        att = self._make(cue_tok, cue_last, subj, (start, end), cue)
        if att is None:
            return None
        self._characterize(att, cue_tok, cue, heads)
        return att

    def _make(self, cue_tok: Token, cue_last: Token, subj: Token, content: tuple[int, int], cue: Cue) -> Attribution | None:
        speaker = _speaker_tokens(subj)
        if not speaker:
            return None
        sp_start, sp_end = _span(speaker, self.base)
        cue_start = self.base + min(cue_tok.idx, cue_last.idx)
        last = cue_last if cue_last.i >= cue_tok.i else cue_tok
        cue_end = self.base + last.idx + len(last.text)
        c_start, c_end = content
        if c_start < sp_end and sp_start < c_end:
            # The content never holds its own speaker: keep the side of the content away from it.
            if c_start < sp_start:
                c_end = sp_start
            else:
                c_start = sp_end
        dateline = _DATELINE.match(self.text, c_start, c_end)
        if dateline:
            c_start = dateline.end()
        when = _LEADING_TIME.match(self.text, c_start, c_end)
        if when and cue_end <= c_start:
            c_start = when.end()  # "said Tuesday the talks failed": the day belongs to the saying
        c_start, c_end = trim(self.text, c_start, c_end)
        if c_end <= c_start or (c_start <= cue_start < c_end):
            return None
        att = Attribution(
            sentence_id=self.sentence_id,
            cue_start=cue_start,
            cue_end=cue_end,
            speaker_start=sp_start,
            speaker_end=sp_end,
            content_start=c_start,
            content_end=c_end,
            cue_class=cue.cue_class,
            stance=cue.stance,
            plural=subj.tag_ in {"NNS", "NNPS"} or subj.lower_ in {"they", "some", "both"}
            or any(c.dep_ == "conj" for c in subj.children),
        )
        att.time_spans = self._time_spans(cue_tok, subj, (c_start, c_end))
        in_speaker = {t.i for t in speaker}
        appos = next((t for t in subj.subtree if t.dep_ == "appos" and t.head.i in in_speaker), None)
        if appos is not None and appos.i > subj.i:
            ap = _speaker_tokens(appos)
            if ap:
                att.appos_start, att.appos_end = _span(ap, self.base)
                if subj.tag_ in {"NN", "NNS"} and appos.tag_ == "NNP" and all(t.tag_ == "NNP" for t in ap):
                    # "the boy's great-uncle, Lazaro Gonzalez, denied ...": the name speaks, the description
                    # is its role
                    att.speaker_start, att.speaker_end, att.appos_start, att.appos_end = (
                        att.appos_start, att.appos_end, att.speaker_start, att.speaker_end
                    )
        self._quote_kind(att)
        self._dismissal(att, cue)
        return att

    def _time_spans(self, cue_tok: Token, subj: Token, content: tuple[int, int]) -> list[tuple[int, int]]:
        """Words of the cue's own clause outside the speaker's phrase and the content: where "said on Tuesday" is
        written.  A date in the speaker's relative clause is another event's ("Renzi, who visited on Wednesday
        afternoon, said ..."), unless "earlier"/"later" ties the two to one day ("Putin, who met Merkel earlier on
        Tuesday, denied ...")."""
        base = self.base
        phrase = subj.doc[subj.left_edge.i : subj.right_edge.i + 1]
        same_day = any(t.lower_ in ("earlier", "later") for t in phrase)
        speaker = range(subj.left_edge.i, subj.right_edge.i + 1) if not same_day else range(subj.i, subj.i + 1)
        out = []
        for t in cue_tok.subtree:
            s = base + t.idx
            if content[0] <= s < content[1] or t.i in speaker:
                continue
            out.append((s, s + len(t)))  # len(t): the length of its text, without making the string
        return out

    def _quote_kind(self, att: Attribution) -> None:
        """Direct quote when the content is one quotation (stretched over the sentences it spans), partial when
        quotations are part of it, paraphrase otherwise."""
        qs = overlapping(self.quotes, att.content_start, att.content_end)
        if not qs or inside(self.quotes, att.cue_start) is not None:
            return  # "“I think they lied,” she said": "I think" reports inside the quote, in the speaker's words
        if len(qs) == 1:
            q = qs[0]
            outside = self.text[att.content_start : q.inner_start] + self.text[q.inner_end : att.content_end]
            if not outside.strip(" ,.;:\u201c\u201d\"'`\n"):
                start, end = trim(self.text, q.inner_start, q.inner_end)
                att.content_start, att.content_end, att.kind = start, end, "direct_quote"
                return
        att.kind = "partial_quote"
        # Keep the quotation marks of a quote that opens inside the content and closes just after it.
        last = qs[-1]
        if att.content_start <= last.start and last.end > att.content_end and last.end - att.content_end <= 3:
            att.content_end = last.end
        first = qs[0]
        if first.inner_start <= att.content_start and att.content_start - first.start <= 2:
            att.content_start = first.start

    def _dismissal(self, att: Attribution, cue: Cue) -> None:
        """"accusations ... were simply rumors": a say-claim whose content dismisses something denies it."""
        if cue.cue_class not in {"say", "respond"}:
            return
        words = self.text[att.content_start : att.content_end].lower().replace("\u201c", " ").replace("\u201d", " ")
        if any(w.strip(".,;:\"") in DISMISSALS for w in words.split()):
            att.stance = "denies"

    def _characterize(self, att: Attribution, cue_tok: Token, cue: Cue, heads: list[Token]) -> None:
        """What a characterization is about and the words it uses ("the call" as "business-like")."""
        if cue.cue_class != "characterize":
            return
        obj = next((h for h in heads if h.dep_ == "dobj" and h.i > cue_tok.i), None)
        if obj is None:
            oprd = next((h for h in heads if h.dep_ in {"oprd", "xcomp", "attr"}), None)
            obj = oprd
        if obj is not None:
            att.focus = obj.text if obj.tag_.startswith("NN") else ""
            if obj.dep_ in {"oprd", "xcomp", "attr"}:
                compounds = [c.text for c in obj.children if c.dep_ == "compound"]
                att.focus = " ".join([*compounds, obj.text])
        quoted = overlapping(self.quotes, att.content_start, att.content_end)
        if quoted:
            att.evaluation = [self.text[q.inner_start : q.inner_end].strip(" ,.;:'") for q in quoted]
        else:
            att.evaluation = [
                t.text for h in heads for t in h.subtree if t.tag_ in {"JJ", "JJR", "JJS"} and t.dep_ != "amod"
            ]

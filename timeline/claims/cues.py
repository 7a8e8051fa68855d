"""The cue lexicon: which words introduce a claim, what kind of speech act they report, and the stance taken.

A lexicon rather than a classifier because attribution cues in news are a closed, well-known class, and a lexicon
gives the same answer every time.  Forms are listed explicitly (with a few spelling variants) so that the
pipeline needs no lemmatizer: the parse only has to supply tags and dependencies.  The same forms build the
sentence pre-filter, so sentences without any cue are never parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    """One cue lemma: its class (what speech act) and the stance a claim introduced by it takes."""

    lemma: str
    cue_class: str  # say | deny | assess | accuse | criticize | announce | characterize | warn | urge | ...
    stance: str  # asserts | denies | assesses | accuses | criticizes | announces | characterizes | warns | ...
    needs_clause: bool = False  # only a cue when it governs a clause or a quote (e.g. "believe", "report")


def _verb(lemma: str, cue_class: str, stance: str, *forms: str, needs_clause: bool = False) -> list[tuple[str, Cue]]:
    cue = Cue(lemma, cue_class, stance, needs_clause)
    return [(form, cue) for form in (lemma, *forms)]


_VERBS: list[tuple[str, Cue]] = [
    # say: neutral reporting
    *_verb("say", "say", "asserts", "says", "said", "saying"),
    *_verb("tell", "say", "asserts", "tells", "told", "telling"),
    *_verb("add", "say", "asserts", "adds", "added", "adding", needs_clause=True),  # not "added 92,000 jobs"
    *_verb("state", "say", "asserts", "states", "stated", "stating", needs_clause=True),
    *_verb("note", "say", "asserts", "notes", "noted", "noting", needs_clause=True),
    *_verb("explain", "say", "asserts", "explains", "explained", "explaining"),
    *_verb("insist", "say", "asserts", "insists", "insisted", "insisting"),
    *_verb("argue", "say", "asserts", "argues", "argued", "arguing"),
    *_verb("claim", "say", "asserts", "claims", "claimed", "claiming", needs_clause=True),
    *_verb("declare", "say", "asserts", "declares", "declared", "declaring", needs_clause=True),
    *_verb("confirm", "say", "asserts", "confirms", "confirmed", "confirming"),
    *_verb("acknowledge", "say", "asserts", "acknowledges", "acknowledged", "acknowledging"),
    *_verb("admit", "say", "asserts", "admits", "admitted", "admitting"),
    *_verb("stress", "say", "asserts", "stresses", "stressed", "stressing", needs_clause=True),
    *_verb("emphasize", "say", "asserts", "emphasizes", "emphasized", "emphasise", "emphasised", needs_clause=True),
    *_verb("reiterate", "say", "asserts", "reiterates", "reiterated", "reiterating"),
    *_verb("maintain", "say", "asserts", "maintains", "maintained", needs_clause=True),
    *_verb("contend", "say", "asserts", "contends", "contended"),
    *_verb("assert", "say", "asserts", "asserts", "asserted", "asserting"),
    *_verb("report", "say", "asserts", "reports", "reported", "reporting", needs_clause=True),
    *_verb("write", "say", "asserts", "writes", "wrote", "written", needs_clause=True),
    *_verb("tweet", "say", "asserts", "tweets", "tweeted", "tweeting"),
    # "posted on X that ...", "“...,” she posted": a clause or a quote, not "posted a loss"
    *_verb("post", "say", "asserts", "posts", "posted", "posting", needs_clause=True),
    *_verb("testify", "say", "asserts", "testifies", "testified"),
    *_verb("suggest", "say", "asserts", "suggests", "suggested", needs_clause=True),
    *_verb("indicate", "say", "asserts", "indicates", "indicated", "indicating", needs_clause=True),
    *_verb("disclose", "say", "asserts", "discloses", "disclosed", "disclosing"),
    *_verb("reveal", "say", "asserts", "reveals", "revealed", "revealing", needs_clause=True),
    *_verb("recall", "say", "asserts", "recalls", "recalled", "recalling", needs_clause=True),
    *_verb("complain", "criticize", "criticizes", "complains", "complained", "complaining", needs_clause=True),
    *_verb("concede", "say", "asserts", "concedes", "conceded", "conceding"),
    *_verb("comment", "say", "asserts", "comments", "commented", needs_clause=True),
    *_verb("remark", "say", "asserts", "remarks", "remarked", needs_clause=True),
    *_verb("observe", "say", "asserts", "observes", "observed", needs_clause=True),
    *_verb("think", "assess", "assesses", "thinks", "thought", needs_clause=True),
    *_verb("expect", "assess", "assesses", "expects", "expected", needs_clause=True),
    *_verb("fear", "warn", "warns", "fears", "feared", needs_clause=True),
    *_verb("hope", "say", "asserts", "hopes", "hoped", needs_clause=True),
    *_verb("ask", "say", "asks", "asks", "asked", "asking", needs_clause=True),
    *_verb("reply", "respond", "responds", "replies", "replied"),
    *_verb("respond", "respond", "responds", "responds", "responded", needs_clause=True),
    *_verb("retort", "respond", "responds", "retorts", "retorted"),
    *_verb("exclaim", "say", "asserts", "exclaims", "exclaimed"),
    # what a text says: "The statement read: “...”", "a banner read “Go home”" (only with a text as subject)
    *_verb("read", "say", "asserts", "reads", needs_clause=True),
    *_verb("cite", "say", "asserts", "cites", "cited"),  # "Savin cited “a general softening in the demand”"
    *_verb("rule", "say", "asserts", "rules", "ruled", "ruling", needs_clause=True),  # "the judge ruled that ..."
    # deny
    *_verb("deny", "deny", "denies", "denies", "denied", "denying"),
    *_verb("reject", "deny", "denies", "rejects", "rejected", "rejecting"),
    *_verb("dismiss", "deny", "denies", "dismisses", "dismissed", "dismissing"),
    *_verb("refute", "deny", "denies", "refutes", "refuted", "refuting"),
    *_verb("dispute", "deny", "denies", "disputes", "disputed", "disputing"),
    # assess
    *_verb("assess", "assess", "assesses", "assesses", "assessed", "assessing"),
    *_verb("conclude", "assess", "assesses", "concludes", "concluded", "concluding", needs_clause=True),
    *_verb("estimate", "assess", "assesses", "estimates", "estimated"),  # "estimated the value at $55 a share"
    *_verb("attribute", "assess", "assesses", "attributes", "attributed"),  # "attributed the gain to ..."
    *_verb("believe", "assess", "assesses", "believes", "believed", needs_clause=True),
    # what a study or an inquiry established: "the report found that emissions rose", "data show that ..."
    *_verb("find", "assess", "assesses", "finds", "found", needs_clause=True),
    *_verb("show", "assess", "assesses", "shows", "showed", "shown", needs_clause=True),
    *_verb("feel", "assess", "assesses", "feels", "felt", needs_clause=True),
    *_verb("predict", "assess", "assesses", "predicts", "predicted", "predicting"),
    *_verb("forecast", "assess", "assesses", "forecasts", "forecasted", "forecasting", needs_clause=True),
    # accuse
    *_verb("accuse", "accuse", "accuses", "accuses", "accused", "accusing"),
    *_verb("allege", "accuse", "accuses", "alleges", "alleged", "alleging", needs_clause=True),
    *_verb("blame", "accuse", "accuses", "blames", "blamed", "blaming"),
    # criticize
    *_verb("criticize", "criticize", "criticizes", "criticizes", "criticized", "criticizing",
           "criticise", "criticises", "criticised", "criticising"),
    *_verb("condemn", "criticize", "criticizes", "condemns", "condemned", "condemning"),
    *_verb("denounce", "criticize", "criticizes", "denounces", "denounced", "denouncing"),
    *_verb("decry", "criticize", "criticizes", "decries", "decried", "decrying"),
    *_verb("slam", "criticize", "criticizes", "slams", "slammed", "slamming"),
    *_verb("blast", "criticize", "criticizes", "blasts", "blasted", "blasting"),
    *_verb("rebuke", "criticize", "criticizes", "rebukes", "rebuked", "rebuking"),
    *_verb("lambaste", "criticize", "criticizes", "lambastes", "lambasted", "lambasting"),
    # announce
    *_verb("announce", "announce", "announces", "announces", "announced", "announcing"),
    *_verb("unveil", "announce", "announces", "unveils", "unveiled", "unveiling"),
    *_verb("pledge", "announce", "announces", "pledges", "pledged", "pledging"),
    *_verb("promise", "announce", "announces", "promises", "promised", "promising"),
    *_verb("vow", "announce", "announces", "vows", "vowed", "vowing"),
    # characterize (call needs an object complement: "called the talks 'constructive'")
    *_verb("characterize", "characterize", "characterizes", "characterizes", "characterized", "characterizing",
           "characterise", "characterises", "characterised", "characterising"),
    *_verb("describe", "characterize", "characterizes", "describes", "described", "describing"),
    *_verb("call", "characterize", "characterizes", "calls", "called", "calling"),
    *_verb("label", "characterize", "characterizes", "labels", "labeled", "labelled", "labeling"),
    *_verb("dub", "characterize", "characterizes", "dubs", "dubbed"),
    *_verb("praise", "characterize", "praises", "praises", "praised", "praising"),
    *_verb("hail", "characterize", "praises", "hails", "hailed", "hailing"),
    *_verb("welcome", "characterize", "praises", "welcomes", "welcomed", "welcoming"),
    # warn
    *_verb("warn", "warn", "warns", "warns", "warned", "warning"),
    *_verb("caution", "warn", "warns", "cautions", "cautioned"),
    *_verb("threaten", "warn", "warns", "threatens", "threatened", "threatening"),
    # urge
    *_verb("urge", "urge", "urges", "urges", "urged", "urging"),
    *_verb("demand", "urge", "urges", "demands", "demanded", "demanding", needs_clause=True),
    *_verb("chant", "say", "asserts", "chants", "chanted", "chanting", needs_clause=True),
    # investigate: only with a "whether/if" clause ("are investigating whether the campaign coordinated ...")
    *_verb("investigate", "investigate", "investigates", "investigates", "investigated", "investigating",
           needs_clause=True),
    *_verb("probe", "investigate", "investigates", "probes", "probed", "probing", needs_clause=True),
    # omission
    *_verb("mention", "omit", "omits", "mentions", "mentioned", "mentioning"),
]

VERB_CUES: dict[str, Cue] = dict(_VERBS)

# Speech-act nouns that a light verb turns into a cue: "leveled criticism on", "made no mention of",
# "issued a warning", "voiced concern".
NOUN_CUES: dict[str, Cue] = {
    "criticism": Cue("criticism", "criticize", "criticizes"),
    "condemnation": Cue("condemnation", "criticize", "criticizes"),
    "accusation": Cue("accusation", "accuse", "accuses"),
    "accusations": Cue("accusation", "accuse", "accuses"),
    "allegation": Cue("allegation", "accuse", "accuses"),
    "allegations": Cue("allegation", "accuse", "accuses"),
    "denial": Cue("denial", "deny", "denies"),
    "warning": Cue("warning", "warn", "warns"),
    "warnings": Cue("warning", "warn", "warns"),
    "mention": Cue("mention", "omit", "omits"),
    "announcement": Cue("announcement", "announce", "announces"),
    "assurance": Cue("assurance", "say", "asserts"),
    "assurances": Cue("assurance", "say", "asserts"),
    "concern": Cue("concern", "criticize", "criticizes"),
    "concerns": Cue("concern", "criticize", "criticizes"),
}
# Speech nouns that carry their content in a that-clause and their source in "by X" or a possessive:
# "accusations by some activists that doctors commit murder", "Russia's claims that the vote was rigged".
CLAUSE_NOUN_CUES: dict[str, Cue] = {
    **{w: c for w, c in NOUN_CUES.items() if c.cue_class != "omit"},
    **dict.fromkeys(("claim", "claims", "assertion", "assertions"), Cue("claim", "say", "asserts")),
    **dict.fromkeys(("suggestion", "suggestions"), Cue("suggestion", "say", "asserts")),
    # views stated with a copula: "Mr. Smith's view is that the market will recover"
    **{w: Cue(w, "assess", "assesses") for w in ("view", "belief", "position", "argument", "contention",
                                                  "conclusion", "assessment")},
}
# "As one diplomat put it, “...”", "..., as the minister put it": "put it" after "as" attributes the clause or the
# quote beside it (plain "put" is no cue).
PUT_IT = Cue("put it", "say", "asserts")
PUT_FORMS = frozenset({"put", "puts"})
_AS_PUT_IT = re.compile(r"\b[Aa]s\b[^.;:!?]{1,80}?\bputs? it\b")
LIGHT_VERBS = frozenset(
    """level levels leveled levelled leveling make makes made making issue issues issued issuing voice voices voiced
    voicing express expresses expressed expressing offer offers offered deliver delivers delivered launch launched
    give gives gave given""".split()
)

# Subjects that are documents, not speakers: "a statement said", "the statement added".  The speaker is the
# owner named in the phrase ("a Kremlin statement") or else the source quoted just before.
DOCUMENT_NOUNS = frozenset(
    """statement statements communique communiqué readout release report reports memo memorandum letter transcript
    announcement tweet post message estimates figures data survey poll documents records study filing analysis
    policy""".split()
)

# Subjects that "read" reports the words of: "The statement read: ...", "A placard read “...”".
TEXT_BEARING = DOCUMENT_NOUNS | frozenset(
    """sign signs banner banners placard placards poster posters note notes caption headline headlines slogan
    inscription message messages notice text sticker graffiti letters emails email""".split()
)

# Findings ("found", "shows") are claims when a that-clause follows ("rescuers found that the bridge had
# collapsed") or a study-like source makes them ("data show the economy grew"); "his death shows how ..." is none.
FINDING_SOURCES = DOCUMENT_NOUNS | frozenset(
    """study studies research evidence investigation inquiry audit review test tests census findings results
    researchers scientists investigators""".split()
)

# Platforms in "took to Twitter to say".
PLATFORMS = frozenset("twitter facebook instagram telegram x truth social media airwaves microphone podium".split())

# Words that turn what is said into a dismissal: "accusations ... were simply rumors", "called it a hoax".
DISMISSALS = frozenset(
    """rumor rumors rumour rumours hoax hoaxes lie lies fake fabrication fabrications fabricated nonsense baseless
    groundless unfounded false untrue absurd ridiculous slander smear smears witch-hunt propaganda fiction
    speculation""".split()
)

# Words that mark a "that"-clause of "investigate"/"believe" as the reported content.
CLAUSE_MARKS = frozenset({"that", "whether", "if"})

# Forms that are far more often nouns ("a phone call", "secretary of state", "the report"): they make a sentence
# worth parsing only when it also holds a quotation mark.
_NOUN_LIKE = frozenset(
    """call calls state states note notes report reports claim claims concern concerns promise promises release
    post tweet tweets label labels estimate estimates warning warnings vow vows pledge pledges welcome probe
    write add posts posted posting forecast forecasts forecasting read reads""".split()
)
# After a subject pronoun, or a plural noun news quotes as a source, a noun-like form is the verb: "She estimates
# her properties are worth half that", "Industry officials estimate the cost at $2 billion".
# The plural nouns also open a sentence ("Analysts estimate that ...").
_PRONOUN_VERB = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|who|which|(?:[Oo]fficials|[Aa]nalysts|[Ee]conomists|[Ee]xperts"
    r"|[Ee]xecutives|[Ss]ources|[Ii]nvestigators|[Aa]uthorities|[Cc]ritics|[Ll]awmakers|[Pp]rosecutors"
    r"|[Rr]esearchers|[Ss]cientists|[Ww]itnesses|[Rr]esidents))"
    r"\s+(?:also\s+|now\s+)?(?:"
    + "|".join(sorted(_NOUN_LIKE))
    + r")\b"
)
_STRONG = frozenset((set(VERB_CUES) | set(NOUN_CUES) | {"according"}) - _NOUN_LIKE)
_CLAUSE_NOUN_WORDS = frozenset(CLAUSE_NOUN_CUES) - _STRONG
_NOUN_THAT = re.compile(r"\b(?:" + "|".join(sorted(_CLAUSE_NOUN_WORDS)) + r")\b[^.;]{0,50}?\bthat\b")
# A noun-like form with a that-clause a few words on is a verb: "The IMF forecast that ...", "posted on X that ...".
_NOUN_LIKE_THAT = re.compile(
    r"\b(?:" + "|".join(sorted(_NOUN_LIKE)) + r")(?:\s+(?:on|in|to)(?:\s+[\w'\u2019]+){1,3})?\s+that\b"
)
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+")
_FIRST_WORD = re.compile(r"\W*([A-Za-z]+)")
QUOTE_CHARS = ("\"", "\u201c", "\u201d", "``")


def verb_cue(word: str) -> Cue | None:
    """The cue a verb form introduces, if any."""
    return VERB_CUES.get(word.lower())


def noun_cue(word: str) -> Cue | None:
    return NOUN_CUES.get(word.lower())


def may_hold_claim(sentence_text: str) -> bool:
    """Cheap pre-filter: only sentences with a cue word are worth a parse."""
    # Cue words are lower case inside a sentence ("the United States" is no cue); the first word may be capitalised.
    words = set(_LOWER_WORD.findall(sentence_text))
    first = _FIRST_WORD.match(sentence_text)
    if first:
        words.add(first.group(1).lower())
    if not words.isdisjoint(_STRONG):
        return True
    if "it" in words and not words.isdisjoint(PUT_FORMS) and _AS_PUT_IT.search(sentence_text):
        return True
    if not words.isdisjoint(_CLAUSE_NOUN_WORDS) and _NOUN_THAT.search(sentence_text):
        return True  # "Mr. Smith's view is that ...", "the conclusion by investigators that ..."
    if words.isdisjoint(_NOUN_LIKE):
        return False
    return (
        any(q in sentence_text for q in QUOTE_CHARS)
        or _PRONOUN_VERB.search(sentence_text) is not None
        or _NOUN_LIKE_THAT.search(sentence_text) is not None
    )

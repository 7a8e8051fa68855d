"""The seed article: every attribution, with the right speaker, and the links a reader expects."""

from __future__ import annotations

import pytest
from test_claims_helpers import SEED, one, seed_claims

from timeline.claims import link_claims
from timeline.records import Claim


@pytest.fixture(scope="module")
def claims() -> list[Claim]:
    return seed_claims()


def _by_content(claims: list[Claim], words: str) -> Claim:
    found = [c for c in claims if words in c.content and not c.within]
    assert len(found) == 1, [(c.speaker, c.content) for c in found]
    return found[0]


def test_every_offset_points_at_the_stored_words(claims: list[Claim]) -> None:
    text = SEED.read_text(encoding="utf-8")
    for c in claims:
        assert text[c.cue_start : c.cue_end] == c.cue
        assert text[c.speaker_start : c.speaker_end] == c.speaker
        assert text[c.content_start : c.content_end] == c.content


def test_claim_ids_are_numbered_in_text_order_and_stable(claims: list[Claim]) -> None:
    assert [c.claim_id for c in claims] == [f"seed:c{n}" for n in range(len(claims))]
    assert [c.claim_id for c in seed_claims()] == [c.claim_id for c in claims]


def test_the_white_house_calls_the_call_very_good_as_a_partial_quote(claims: list[Claim]) -> None:
    c = one(claims, "called")
    assert (c.speaker, c.actor, c.role) == ("the White House", "United States", "White House")
    assert (c.kind, c.stance, c.topic) == ("partial_quote", "characterizes", "the call")
    assert "\u201cvery good\u201d" in c.content


def test_the_white_house_paraphrase_on_the_meeting(claims: list[Claim]) -> None:
    c = _by_content(claims, "first in-person meeting")
    assert (c.speaker, c.cue, c.kind, c.stance) == ("The White House", "said", "paraphrase", "asserts")
    assert c.content.startswith("the leaders also agreed")


def test_the_kremlin_statement_is_a_partial_quote_holding_the_nested_said(claims: list[Claim]) -> None:
    kremlin = next(c for c in claims if c.speaker == "the Kremlin" and "in favour of organising" in c.content)
    assert (kremlin.actor, kremlin.kind, kremlin.within) == ("Russia", "partial_quote", "")
    assert kremlin.content.startswith("The two leaders said")
    (leaders,) = [x for x in claims if x.speaker == "The two leaders"]
    assert (leaders.within, leaders.content[:19]) == (kremlin.claim_id, "they wanted to cont")
    assert not any(link.relation == "agrees" and {link.source_claim_id, link.target_claim_id} ==
                   {kremlin.claim_id, leaders.claim_id} for link in link_claims(claims))


def test_kremlin_paraphrase_and_white_house_announcement(claims: list[Claim]) -> None:
    kremlin = _by_content(claims, "bolster diplomatic efforts")
    assert (kremlin.speaker, kremlin.kind) == ("The Kremlin", "paraphrase")
    announced = one(claims, "announced")
    assert (announced.speaker, announced.stance) == ("The White House", "announces")
    assert "State Department official" in announced.content


def test_direct_quote_paragraphs_go_to_the_white_house(claims: list[Claim]) -> None:
    suffering = _by_content(claims, "the suffering in Syria")
    assert (suffering.speaker, suffering.kind) == ("the White House", "direct_quote")
    assert suffering.content.startswith("President Trump and President Putin agreed")
    assert suffering.content.endswith("end the violence")
    conversation = _by_content(claims, "The conversation was a very good one")
    assert (conversation.actor, conversation.kind) == ("United States", "direct_quote")
    added = one(claims, "added")
    assert (added.speaker, added.actor, added.kind) == ("the statement", "United States", "direct_quote")
    # The quote spans two sentences: its content starts in the one before the cue.
    assert added.content.startswith("They also discussed at length")
    assert added.content.endswith("North Korea")


def test_the_kremlin_characterises_and_omits(claims: list[Claim]) -> None:
    c = one(claims, "characterised")
    assert (c.speaker, c.actor, c.stance, c.kind, c.topic) == (
        "The Kremlin", "Russia", "characterizes", "partial_quote", "the call"
    )
    assert "\u201cbusiness-like\u201d" in c.content and "constructive" in c.content
    omission = one(claims, "made no mention")
    assert (omission.speaker, omission.actor, omission.stance) == ("It", "Russia", "omits")
    assert omission.content == "safe zones"


def test_criticism_by_officials_and_advisers(claims: list[Claim]) -> None:
    condemn = one(claims, "condemning")
    assert (condemn.speaker, condemn.stance) == ("top US officials", "criticizes")
    assert condemn.content.startswith("Putin\u2019s continued support")
    leveled = one(claims, "leveled blistering criticism")
    assert leveled.speaker == "Some of Trump\u2019s top advisers"
    assert leveled.actor != "Donald Trump"
    assert (leveled.stance, leveled.content) == ("criticizes", "Russia and Putin")


def test_trump_accuses_and_russia_says(claims: list[Claim]) -> None:
    accusing = one(claims, "accusing")
    assert (accusing.actor, accusing.stance) == ("Donald Trump", "accuses")
    assert "chemical weapons" in accusing.content
    russia = _by_content(claims, "violated international law")
    assert (russia.speaker, russia.actor, russia.cue) == ("Russia", "Russia", "said")


def test_he_took_to_twitter_is_trump(claims: list[Claim]) -> None:
    c = _by_content(claims, "things will work out fine")
    assert (c.speaker, c.actor, c.role) == ("He", "Donald Trump", "US President")
    assert c.kind in {"partial_quote", "direct_quote"}


def test_clinton_partial_quote_made_on_tuesday_is_dated_by_its_own_clause(claims: list[Claim]) -> None:
    c = _by_content(claims, "on the way to winning")
    assert (c.speaker, c.actor, c.kind) == ("Hillary Clinton", "Hillary Clinton", "partial_quote")


def test_assessment_and_putins_denials(claims: list[Claim]) -> None:
    assessed = one(claims, "assessed")
    assert (assessed.speaker, assessed.stance, assessed.content) == (
        "US intelligence agencies", "assesses", "Russia was behind the hacking"
    )
    denied = _by_content(claims, "ever interferes")
    assert (denied.speaker, denied.actor, denied.role, denied.stance) == (
        "Putin", "Vladimir Putin", "Russian President", "denies"
    )
    rumors = _by_content(claims, "simply rumors")
    assert (rumors.speaker, rumors.actor, rumors.stance) == ("He", "Vladimir Putin", "denies")
    assert assessed.topic == denied.topic == rumors.topic == "hacking/interference"


def test_trump_denies_ties_and_calls_the_investigations_a_hoax(claims: list[Claim]) -> None:
    ties = _by_content(claims, "nefarious ties")
    assert (ties.actor, ties.stance, ties.topic) == ("Donald Trump", "denies", "ties/collusion")
    hoax = one(claims, "calling")
    assert (hoax.actor, hoax.stance, hoax.kind) == ("Donald Trump", "characterizes", "partial_quote")
    investigating = one(claims, "investigating")
    assert (investigating.stance, investigating.topic) == ("investigates", "ties/collusion")


def test_page_chrome_and_headline_hold_no_claims(claims: list[Claim]) -> None:
    text = SEED.read_text(encoding="utf-8")
    body_start = text.index("US President Donald Trump and Russian")
    assert all(c.content_start >= body_start for c in claims)
    assert len(claims) == 24  # 23 attributions, one nested in the Kremlin's statement


def _link(links: list, source: Claim, target: Claim) -> object:
    pair = {source.claim_id, target.claim_id}
    found = [link for link in links if {link.source_claim_id, link.target_claim_id} == pair]
    assert len(found) == 1, found
    return found[0]


def test_seed_links(claims: list[Claim]) -> None:
    links = link_claims(claims)
    very_good = one(claims, "called")
    business_like = one(claims, "characterised")
    differs = _link(links, very_good, business_like)
    assert differs.relation == "contradicts" and differs.reason.startswith("differs:")
    omits = _link(links, one(claims, "made no mention"), very_good)
    assert omits.relation == "omits" and omits.source_claim_id == one(claims, "made no mention").claim_id
    assert _link(links, one(claims, "assessed"), _by_content(claims, "ever interferes")).relation == "contradicts"
    assert _link(links, one(claims, "investigating"), _by_content(claims, "nefarious ties")).relation == "contradicts"
    meeting = _link(links, _by_content(claims, "first in-person meeting"), _by_content(claims, "in favour of"))
    assert meeting.relation == "agrees"
    agreed = _link(links, _by_content(claims, "bolster diplomatic"), _by_content(claims, "the suffering in Syria"))
    assert agreed.relation == "agrees"
    assert _link(links, one(claims, "calling"), one(claims, "investigating")).relation == "responds_to"
    # Putin's "simply rumors" answers the meddling accusations, not Trump's accusation about chemical weapons.
    pairs = {frozenset((link.source_claim_id, link.target_claim_id)) for link in links}
    assert frozenset((one(claims, "accusing").claim_id, _by_content(claims, "simply rumors").claim_id)) not in pairs
    # No claim is linked to itself, and a side never links to its own claims within the article.
    by_id = {c.claim_id: c for c in claims}
    assert all(by_id[link.source_claim_id].actor != by_id[link.target_claim_id].actor for link in links)

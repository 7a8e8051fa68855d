"""Links between claims: each relation on short snippets, across documents, and what must not be linked."""

from __future__ import annotations

from datetime import datetime

from test_claims_helpers import claims_of, one

from timeline.claims import link_claims
from timeline.records import Claim, ClaimLink


def _between(links: list[ClaimLink], a: Claim, b: Claim) -> ClaimLink | None:
    pair = {a.claim_id, b.claim_id}
    found = [link for link in links if {link.source_claim_id, link.target_claim_id} == pair]
    assert len(found) <= 1
    return found[0] if found else None


def test_denial_contradicts_the_assessment_on_the_same_topic() -> None:
    claims = claims_of(
        "Intelligence agencies assessed that Iran was behind the hacking of the ministry. "
        "Iran\u2019s foreign minister, Javad Zarif, denied that Tehran interferes in other countries."
    )
    link = _between(link_claims(claims), one(claims, "assessed"), one(claims, "denied"))
    assert link is not None and link.relation == "contradicts"
    assert link.source_claim_id == one(claims, "denied").claim_id
    assert "hacking/interference" in link.reason


def test_a_denial_by_the_side_a_claim_names_contradicts_it() -> None:
    claims = claims_of(
        "Israel said the strike targeted a Hamas command center in the building. "
        "Hamas denied that any of its fighters were in the building."
    )
    link = _between(link_claims(claims), one(claims, "said"), one(claims, "denied"))
    assert link is not None and link.relation == "contradicts" and link.reason.startswith("Hamas denied")


def test_rejecting_a_proposal_the_other_side_mentions_is_no_contradiction() -> None:
    claims = claims_of(
        "StatesWest said it withdrew its offer because Mesa did not respond to its proposal. "
        "Mesa rejected the proposal from StatesWest to combine the two carriers."
    )
    assert link_claims(claims) == []


def test_disputing_the_toll_contradicts_the_figure_just_given() -> None:
    claims = claims_of(
        "The Health Ministry in Gaza said 30 civilians were killed. The Israeli military disputed the toll."
    )
    link = _between(link_claims(claims), one(claims, "said"), one(claims, "disputed"))
    assert link is not None and link.relation == "contradicts"
    assert link.source_claim_id == one(claims, "disputed").claim_id


def test_a_characterization_of_it_is_about_what_the_claim_before_was_about() -> None:
    claims = claims_of(
        "The White House called the strike \u201cdeeply concerning.\u201d "
        "Israeli officials described it as \u201cprecise and necessary.\u201d"
    )
    assert one(claims, "described").topic == one(claims, "called").topic == "the strikes"
    link = _between(link_claims(claims), one(claims, "called"), one(claims, "described"))
    assert link is not None and link.relation == "contradicts" and link.reason.startswith("differs:")


def test_different_characterizations_of_one_meeting_differ() -> None:
    claims = claims_of(
        "The White House called the meeting \u201cproductive.\u201d "
        "The Kremlin described the meeting as \u201ctense.\u201d"
    )
    link = _between(link_claims(claims), one(claims, "called"), one(claims, "described"))
    assert link is not None and link.relation == "contradicts" and link.reason.startswith("differs:")


def test_same_characterization_by_two_sides_agrees() -> None:
    claims = claims_of(
        "The White House called the meeting \u201cproductive.\u201d "
        "The Kremlin described the meeting as \u201cproductive.\u201d"
    )
    link = _between(link_claims(claims), one(claims, "called"), one(claims, "described"))
    assert link is not None and link.relation == "agrees"


def test_no_mention_omits_what_the_other_side_reported() -> None:
    claims = claims_of(
        "The ministry said the talks covered trade and sanctions relief. "
        "The embassy said the talks were useful. It made no mention of sanctions relief."
    )
    omission = one(claims, "made no mention")
    assert omission.actor == "embassy"
    link = _between(link_claims(claims), omission, one(claims, "said", "The ministry"))
    assert link is not None and link.relation == "omits" and link.source_claim_id == omission.claim_id


def test_two_sources_reporting_the_same_plan_agree() -> None:
    claims = claims_of(
        "The UN said the ceasefire would start at dawn and rebel commanders would withdraw heavy weapons. "
        "Rebel spokesman Ahmed Nour said the commanders would withdraw heavy weapons once the ceasefire started."
    )
    link = _between(link_claims(claims), claims[0], claims[1])
    assert link is not None and link.relation == "agrees"


def test_two_sources_reporting_the_same_parties_agreed_agree() -> None:
    claims = claims_of(
        "President Ruto met Prime Minister Abiy on Monday. "
        "Kenya said Ruto and Abiy agreed to reopen the border. "
        "Ethiopia said Ruto and Abiy agreed that trade must resume."
    )
    kenya = [c for c in claims if c.speaker == "Kenya"][0]
    ethiopia = [c for c in claims if c.speaker == "Ethiopia"][0]
    link = _between(link_claims(claims), kenya, ethiopia)
    assert link is not None and link.relation == "agrees"


def test_a_dismissal_of_the_investigation_responds_to_it() -> None:
    claims = claims_of(
        "Prosecutors are investigating whether the senator took bribes. "
        "The senator called the investigations \u201ca witch hunt.\u201d"
    )
    link = _between(link_claims(claims), one(claims, "investigating"), one(claims, "called"))
    assert link is not None and link.relation == "responds_to"
    assert link.source_claim_id == one(claims, "called").claim_id


def test_same_actor_changing_position_across_documents_contradicts() -> None:
    first = claims_of("Russia was named. The Kremlin said sanctions on the bank would be lifted.",
                      doc_id="a", dct=datetime(2017, 3, 1))
    later = claims_of("Russia was named. The Kremlin denied that sanctions on the bank would be lifted.",
                      doc_id="b", dct=datetime(2017, 6, 1))
    link = _between(link_claims(first + later), first[0], later[0])
    assert link is not None and link.relation == "contradicts"
    assert link.source_claim_id == later[0].claim_id and "changed position" in link.reason


def test_same_actor_repeating_across_documents_agrees() -> None:
    first = claims_of("Russia was named. The Kremlin said sanctions on the bank were illegal.",
                      doc_id="a", dct=datetime(2017, 3, 1))
    later = claims_of("Russia was named. The Kremlin said new sanctions were illegal.",
                      doc_id="b", dct=datetime(2017, 6, 1))
    link = _between(link_claims(first + later), first[0], later[0])
    assert link is not None and link.relation == "agrees" and "repeats" in link.reason


def test_unrelated_claims_and_same_speaker_claims_are_not_linked() -> None:
    claims = claims_of(
        "The company said third-quarter net income rose 5%. "
        "A rival said its third-quarter net loss widened. "
        "The company said it would open two stores."
    )
    assert link_claims(claims) == []


def test_opposite_polarity_is_not_agreement() -> None:
    claims = claims_of(
        "Company officials said the regulator would approve the offer. "
        "The regulator said it would not approve the offer."
    )
    relations = {link.relation for link in link_claims(claims)}
    assert "agrees" not in relations


def test_two_sources_in_different_articles_agree_on_the_same_event() -> None:
    from timeline.records import Event, EventMention

    a_text = "The UN said the ceasefire in Idlib would start at dawn and rebels would withdraw heavy weapons."
    b_text = "Rebel commanders said the ceasefire in Idlib would start at dawn and they would withdraw heavy weapons."
    mentions = [
        EventMention(doc, 0, 0, len(text), text.index("ceasefire"), text.index("ceasefire") + 9, "ceasefire", text)
        for doc, text in (("a", a_text), ("b", b_text))
    ]
    event = Event("e1", "ceasefire in Idlib", "ceasefire", "other", "2017-05", None, None, "month", "",
                  mentions=mentions)
    first = claims_of(a_text, doc_id="a", events=[event])
    second = claims_of(b_text, doc_id="b", events=[event])
    assert first[0].event_id == second[0].event_id == "e1"
    link = _between(link_claims(first + second), first[0], second[0])
    assert link is not None and link.relation == "agrees"
    # Without the shared event, two articles' claims are not compared word by word.
    plain = claims_of(a_text, doc_id="a") + claims_of(b_text, doc_id="b")
    assert link_claims(plain) == []


def test_a_claim_without_a_speaker_is_named_an_unnamed_source_in_a_link() -> None:
    claims = claims_of(
        "It was reported that the army had shelled the hospital. The army denied that it had shelled the hospital."
    )
    link = _between(link_claims(claims), one(claims, "reported"), one(claims, "denied"))
    assert link is not None and link.relation == "contradicts" and "an unnamed source" in link.reason

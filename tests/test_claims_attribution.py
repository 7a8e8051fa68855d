"""Attribution on short news-style snippets: each cue kind, quote kind, stance, and when a claim was made."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_claims_helpers import claims_of, one

from timeline.records import Event, EventMention, Timex
from timeline.temporal import tag


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "cue_class", "stance", "content"),
    [
        ("The ministry said the talks would resume next week.", "said", "The ministry", "say", "asserts",
         "the talks would resume next week"),
        ("The governor told reporters that the bridge was safe.", "told", "The governor", "say", "asserts",
         "the bridge was safe"),
        ("The company denied that it had leaked customer data.", "denied", "The company", "deny", "denies",
         "it had leaked customer data"),
        ("Investigators have assessed that the fire was set deliberately.", "assessed", "Investigators", "assess",
         "assesses", "the fire was set deliberately"),
        ("The opposition accused the government of rigging the vote.", "accused", "The opposition", "accuse",
         "accuses", "the government of rigging the vote"),
        ("Rights groups condemned the crackdown on protesters.", "condemned", "Rights groups", "criticize",
         "criticizes", "the crackdown on protesters"),
        ("The ministry announced it would close three embassies.", "announced", "The ministry", "announce",
         "announces", "it would close three embassies"),
        ("The central bank warned that inflation could rise further.", "warned", "The central bank", "warn",
         "warns", "inflation could rise further"),
        ("Prosecutors are investigating whether the mayor accepted bribes.", "investigating", "Prosecutors",
         "investigate", "investigates", "the mayor accepted bribes"),
        ("The rebels rejected the peace plan on Sunday.", "rejected", "The rebels", "deny", "denies",
         "the peace plan"),
        ("The judge ruled that the search had been illegal.", "ruled", "The judge", "say", "asserts",
         "the search had been illegal"),
        ("Many residents feel the city has forgotten them.", "feel", "Many residents", "assess", "assesses",
         "the city has forgotten them"),
        ("Hundreds of demonstrators gathered, demanding that the boy be allowed to stay.", "demanding",
         "Hundreds of demonstrators", "urge", "urges", "the boy be allowed to stay"),
        # a form more often a noun ("estimates", "notes") is a cue right after a subject pronoun
        ("She estimates her properties are worth half that now.", "estimates", "She", "assess", "assesses",
         "her properties are worth half that now"),
        ("Industry officials estimate the cost at $2 billion.", "estimate", "Industry officials", "assess",
         "assesses", "the cost at $2 billion"),
    ],
)
def test_cue_verbs_give_speaker_class_stance_and_content(
    text: str, cue: str, speaker: str, cue_class: str, stance: str, content: str
) -> None:
    c = one(claims_of(text), cue)
    assert (c.speaker, c.cue_class, c.stance, c.content, c.kind) == (speaker, cue_class, stance, content, "paraphrase")


def test_according_to_takes_the_rest_of_the_clause_as_content() -> None:
    c = one(claims_of("The fire killed 12 people, according to local police."), "according to")
    assert (c.speaker, c.cue_class, c.content) == ("local police", "according_to", "The fire killed 12 people")


def test_fronted_direct_quote_with_inverted_speaker() -> None:
    c = one(claims_of("\u201cWe will rebuild every house,\u201d said the mayor."), "said")
    assert (c.speaker, c.kind, c.content) == ("the mayor", "direct_quote", "We will rebuild every house")


def test_straight_and_treebank_quotes_are_quotes_too() -> None:
    straight = one(claims_of('"The plant is safe," the operator said.'), "said")
    assert (straight.kind, straight.content) == ("direct_quote", "The plant is safe")
    treebank = one(claims_of("``The plant is safe,'' the operator said."), "said")
    assert (treebank.kind, treebank.content) == ("direct_quote", "The plant is safe")


def test_partial_quote_keeps_its_quotation_marks() -> None:
    c = one(claims_of("The minister called the report \u201cdeeply flawed.\u201d"), "called")
    assert (c.kind, c.stance, c.cue_class) == ("partial_quote", "characterizes", "characterize")
    assert c.content.endswith("\u201cdeeply flawed.\u201d")


def test_characterised_as_gives_the_object_as_topic() -> None:
    c = one(claims_of("The Foreign Office characterised the talks as \u201cfrank\u201d and \u201cuseful.\u201d"),
            "characterised")
    assert (c.kind, c.topic) == ("partial_quote", "talks")


def test_a_quote_the_parse_left_outside_the_complement_is_the_characterization() -> None:
    c = one(claims_of('Martonyi called Hungary\'s admission in NATO "returning to her natural habitat."'), "called")
    assert (c.kind, c.content) == ("partial_quote", 'Hungary\'s admission in NATO "returning to her natural habitat."')


def test_asked_someone_to_do_something_is_a_directive() -> None:
    c = one(claims_of("Gov. Jeb Bush also asked President Clinton to reverse the INS order."), "asked")
    assert (c.speaker, c.cue_class, c.content) == ("Gov. Jeb Bush", "urge", "President Clinton to reverse the INS order")
    assert claims_of("He was asked to leave.") == []


def test_a_finite_cue_the_parser_took_for_an_adjective_is_still_a_cue() -> None:
    c = one(claims_of("Iraq alleged Ritter was an American spy."), "alleged")
    assert (c.speaker, c.stance, c.content) == ("Iraq", "accuses", "Ritter was an American spy")
    assert claims_of("The alleged killer was arrested on Monday.") == []


def test_a_finding_with_a_that_clause_or_from_a_study_is_a_claim() -> None:
    c = one(claims_of("The report, released Tuesday, found that emissions rose 3% last year."), "found")
    assert (c.speaker, c.cue_class, c.content) == ("The report", "assess", "emissions rose 3% last year")
    assert one(claims_of("A new survey shows most voters oppose the plan."), "shows").speaker == "A new survey"
    assert claims_of("Police found the man's body Friday wrapped in plastic bags.") == []
    assert claims_of("His death shows how fragile the truce has become.") == []


def test_asked_as_a_reporters_question_is_no_claim() -> None:
    assert [c.cue for c in claims_of("Asked whether he would resign, Smith said he would not.")] == ["said"]


def test_a_quote_right_after_the_object_of_called_is_its_characterization() -> None:
    text = "NATO chief Jens Stoltenberg called the attack \u201ca clear violation of international law.\u201d"
    c = one(claims_of(text), "called")
    assert (c.kind, c.stance) == ("partial_quote", "characterizes")
    assert c.content.startswith("the attack \u201ca clear violation")


def test_a_quoted_object_of_a_speech_verb_is_what_was_said() -> None:
    c = one(claims_of('Protesters waved flags and chanted "Cuba libre" outside the building.'), "chanted")
    assert (c.speaker, c.kind, c.content) == ("Protesters", "direct_quote", "Cuba libre")
    assert claims_of("The crowd chanted slogans. The firm added 92,000 jobs in May.") == []


def test_thats_according_to_attributes_the_sentence_before() -> None:
    text = "Gas prices fell two cents a gallon over the last two weeks. That's according to the Lundberg survey."
    c = one(claims_of(text), "according to")
    assert (c.speaker, c.content) == ("the Lundberg survey", "Gas prices fell two cents a gallon over the last two weeks")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the parser hangs the appositive participle's clause on the subject
        ("Nashua Corp., rumored a takeover target for months, said that a Dutch company has sought approval.",
         "Nashua Corp.", "a Dutch company has sought approval"),
        # the that-clause hangs below an adverb of the cue's clause
        ("Allianz, for example, has said in official comments so far that it will remain neutral.",
         "Allianz", "it will remain neutral"),
        # "according to" in the middle: the side of the sentence that holds the content
        ("The unit had sales of about $154 million, according to a memorandum sent by its owner, to bankers "
         "last December.", "a memorandum", "The unit had sales of about $154 million"),
    ],
)
def test_attribution_survives_common_misparses(text: str, speaker: str, content: str) -> None:
    (c,) = claims_of(text)
    assert (c.speaker, c.content) == (speaker, content)


def test_a_speech_noun_with_a_that_clause_and_a_source_is_a_claim() -> None:
    c = one(claims_of("The allegations by prosecutors that he took bribes are false."), "allegations")
    assert (c.speaker, c.stance, c.content) == ("prosecutors", "accuses", "he took bribes")
    owned = one(claims_of("Russia's claims that the vote was rigged were rejected."), "claims")
    assert (owned.speaker, owned.content) == ("Russia", "the vote was rigged")
    assert claims_of("There were reports that the plant had closed.") == []


def test_a_view_stated_with_a_copula_is_the_owners_claim() -> None:
    c = one(claims_of("Mr. Smith's view is that the market will recover."), "view")
    assert (c.speaker, c.cue_class, c.content) == ("Mr. Smith", "assess", "the market will recover")
    assert claims_of("His view of the market was bleak.") == []


def test_a_perfect_report_inside_a_quote_is_nested_but_claimed_lives_is_not_speech() -> None:
    text = "\u201cThe agency has said that I am the only one who can speak for him,\u201d the father said."
    nested = one(claims_of(text), "said", speaker="The agency")
    assert nested.content == "I am the only one who can speak for him" and nested.within
    assert [c.cue for c in claims_of("\u201cIt is a war that has claimed many lives,\u201d he said.")] == ["said"]


def test_call_without_a_complement_is_no_claim() -> None:
    assert claims_of("Residents called the police after the explosion.") == []
    assert claims_of("A passerby called police to report the body.") == []


def test_quote_only_sentence_continues_the_previous_speaker() -> None:
    claims = claims_of("\u201cWe are ready,\u201d Smith said. \u201cThe army is in position.\u201d")
    assert [(c.speaker, c.kind, c.content) for c in claims] == [
        ("Smith", "direct_quote", "We are ready"),
        ("Smith", "direct_quote", "The army is in position"),
    ]
    assert claims[1].cue == "said" and claims[1].cue_start == claims[0].cue_start


def test_a_quote_over_two_sentences_is_one_claim() -> None:
    c = one(claims_of("\u201cThe talks went well. We expect more,\u201d the envoy said."), "said")
    assert (c.kind, c.content) == ("direct_quote", "The talks went well. We expect more")


def test_quote_only_sentence_without_a_previous_claim_is_not_attributed() -> None:
    assert claims_of("The crowd grew. \u201cEnough is enough.\u201d") == []


def test_reported_speech_inside_a_claim_is_a_nested_claim() -> None:
    outer, inner = sorted(claims_of("The agency said officials said the plant was safe."), key=lambda c: c.cue_start)
    assert (outer.speaker, outer.content, outer.within) == ("The agency", "officials said the plant was safe", "")
    assert (inner.speaker, inner.content, inner.within) == ("officials", "the plant was safe", outer.claim_id)


def test_a_belief_inside_a_quote_is_the_quoted_speakers_nested_claim() -> None:
    claims = claims_of("\u201cI believe they followed the law,\u201d Clinton said after the hearing.")
    said = one(claims, "said")
    believe = one(claims, "believe")
    assert (believe.speaker, believe.actor, believe.content) == ("I", said.actor, "they followed the law")
    assert (believe.kind, believe.within) == ("paraphrase", said.claim_id)
    assert said.content == "I believe they followed the law"


def test_a_quote_continued_over_sentences_keeps_its_speaker_around_an_inner_belief() -> None:
    text = (
        "\u201cI feel for this child,\u201d the aunt said after the hearing. \u201cThis has become too political. "
        "I think people have forgotten that this is a human issue.\u201d"
    )
    claims = claims_of(text)
    said = [c for c in claims if c.cue == "said"]
    assert [c.content for c in said] == [
        "I feel for this child",
        "This has become too political",
        "I think people have forgotten that this is a human issue",
    ]
    think = one(claims, "think")
    assert (think.actor, think.within) == (said[0].actor, said[2].claim_id)


def test_an_inverted_speaker_after_a_fronted_quote_is_the_speaker() -> None:
    c = one(claims_of("\u201cHallelujah!\u201d exclaimed Albright, who fled her native land as a child."), "exclaimed")
    assert (c.speaker, c.content, c.kind) == ("Albright", "Hallelujah", "direct_quote")


def test_what_a_quote_says_should_be_said_is_no_nested_claim() -> None:
    claims = claims_of("\u201cCongress should say no to this plan,\u201d the senator said on Tuesday.")
    assert [c.cue for c in claims] == ["said"]


def test_the_day_of_saying_is_not_part_of_the_content() -> None:
    c = one(claims_of("The ministry said Tuesday the border crossings had been closed."), "said")
    assert c.content == "the border crossings had been closed"


def test_speech_inside_a_quotation_belongs_to_the_quoted_speaker() -> None:
    claims = claims_of("\u201cThey said no,\u201d she added.")
    assert [(c.speaker, c.cue) for c in claims] == [("she", "added")]


def test_negated_cue_is_no_claim_but_no_mention_is_an_omission() -> None:
    assert claims_of("The minister did not say when the talks would resume.") == []
    omitted = one(claims_of("The statement made no mention of the sanctions."), "made no mention")
    assert (omitted.stance, omitted.cue_class, omitted.content, omitted.topic) == (
        "omits", "omit", "the sanctions", "sanctions"
    )
    not_mentioned = one(claims_of("The minister did not mention the sanctions."), "mention")
    assert not_mentioned.stance == "omits"


def test_light_verb_with_a_speech_noun_is_a_cue() -> None:
    c = one(claims_of("Senators leveled sharp criticism at the agency."), "leveled sharp criticism")
    assert (c.speaker, c.stance, c.content) == ("Senators", "criticizes", "the agency")


def test_dismissing_words_turn_a_statement_into_a_denial() -> None:
    c = one(claims_of("He said the allegations were \u201cbaseless.\u201d"), "said")
    assert c.stance == "denies"


def test_took_to_twitter_to_say_is_attributed_to_the_subject_of_took() -> None:
    c = one(claims_of("Senator Jane Doe took to Twitter on Monday to say that the bill was \u201ca disgrace.\u201d"),
            "say")
    assert (c.speaker, c.actor, c.role, c.kind) == ("Senator Jane Doe", "Jane Doe", "Senator", "partial_quote")


def test_participle_cue_inherits_the_subject_of_its_clause() -> None:
    c = one(claims_of("Trump denied the report, calling it \u201cfake news.\u201d"), "calling")
    assert (c.speaker, c.stance) == ("Trump", "characterizes")


def test_offsets_point_into_the_document_text() -> None:
    text = "Header line\n\nThe army said it had retaken the town. \u201cThe operation is over,\u201d the statement added."
    for c in claims_of(text):
        assert text[c.cue_start : c.cue_end] == c.cue
        assert text[c.speaker_start : c.speaker_end] == c.speaker
        assert text[c.content_start : c.content_end] == c.content
        assert c.sentence in text


def test_a_date_in_the_speakers_relative_clause_is_not_when_the_claim_was_made() -> None:
    text = "Prime Minister Matteo Renzi, who visited the area on Wednesday afternoon, said aid would come."
    (tx,) = [t for t in tag(text, datetime(2016, 8, 24, 9)) if t.text == "Wednesday afternoon"]
    c = one(claims_of(text, dct=datetime(2016, 8, 24, 9), timexes=[tx]), "said")
    assert c.made_value == "2016-08-24"
    same_day = "Putin, who met Merkel earlier on Tuesday, denied that Moscow interferes in elections."
    (tx,) = tag(same_day, datetime(2017, 5, 3, 9))
    denial = one(claims_of(same_day, dct=datetime(2017, 5, 3, 9), timexes=[tx]), "denied")
    assert denial.made_value == "2017-05-02"  # "earlier on Tuesday": the denial came later that Tuesday


def test_made_date_is_the_cue_clause_date_else_the_article_day() -> None:
    text = "Clinton said on Tuesday that she would meet the envoy on Friday."
    tuesday = Timex(text.index("Tuesday"), text.index("Tuesday") + 7, "Tuesday", "DATE", "2017-05-02",
                    begin=datetime(2017, 5, 2), end_=datetime(2017, 5, 3))
    friday = Timex(text.index("Friday"), text.index("Friday") + 6, "Friday", "DATE", "2017-05-05",
                   begin=datetime(2017, 5, 5), end_=datetime(2017, 5, 6))
    c = one(claims_of(text, timexes=[friday, tuesday]), "said")
    assert (c.made_value, c.made_begin) == ("2017-05-02", datetime(2017, 5, 2))
    undated = one(claims_of("Clinton said she would meet the envoy on Friday.", timexes=[]), "said")
    assert (undated.made_value, undated.made_begin, undated.made_end) == (
        "2017-05-03", datetime(2017, 5, 3), datetime(2017, 5, 4)
    )
    assert one(claims_of("Clinton said the vote was fair.", dct=None), "said").made_value == ""


def test_claim_is_about_the_event_whose_trigger_is_in_its_content() -> None:
    text = "The ministry said the strike on the depot killed four soldiers."
    at = text.index("strike")
    mention = EventMention("d", 0, 0, len(text), at, at + 6, "strike", text)
    event = Event("e7", "strike on the depot", "strike", "strike", "2017-05", None, None, "month", "",
                  mentions=[mention])
    assert one(claims_of(text, events=[event]), "said").event_id == "e7"
    assert one(claims_of(text, events=[]), "said").event_id == ""


def test_claim_ids_number_claims_per_document() -> None:
    claims = claims_of("Smith said it rained. Jones said it did not.", doc_id="wire-9")
    assert [c.claim_id for c in claims] == ["wire-9:c0", "wire-9:c1"]


def test_a_parse_the_caller_already_has_is_used_instead_of_parsing_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.claims import extract, extract_claims_many
    from timeline.parse import parse_texts as parse
    from timeline.records import Document
    from timeline.segment import split_sentences

    text = "The weather was fine. The ministry said the talks would resume."
    sentences = split_sentences(text)
    doc = Document("d", text, None)
    own = extract_claims_many([(doc, sentences, [], [])])
    given = dict(enumerate(parse(s.text for s in sentences)))
    parsed_here: list[str] = []

    def counting(texts):  # type: ignore[no-untyped-def]
        texts = list(texts)
        parsed_here.extend(texts)
        return parse(texts)

    monkeypatch.setattr(extract, "parse", counting)
    shared = extract_claims_many([(doc, sentences, [], [])], parses=[given])
    assert shared == own and [c.content for c in own] == ["the talks would resume"]
    assert parsed_here == []
    with pytest.raises(ValueError, match="one mapping"):
        extract_claims_many([(doc, sentences, [], [])], parses=[])


def test_attribution_tail_gives_the_whole_clause_before_it_without_the_dateline() -> None:
    text = ("BONN, Germany (AP)_ A phony address listed on disclosure forms for a French donor will cost the "
            "party about 549,000 marks, parliament said Friday.")
    friday = Timex(text.index("Friday"), text.index("Friday") + 6, "Friday", "DATE", "1998-04-24",
                   begin=datetime(1998, 4, 24), end_=datetime(1998, 4, 25))
    c = one(claims_of(text, timexes=[friday]), "said")
    assert c.speaker == "parliament"
    assert c.content.startswith("A phony address") and c.content.endswith("549,000 marks")
    assert c.made_value == "1998-04-24"


def test_tail_after_a_partial_quote_keeps_the_words_before_the_quote() -> None:
    text = ("The two leaders said they wanted more calls and were \u201cin favour of organising a meeting during "
            "the summit,\u201d the Kremlin said in a statement.")
    c = one(claims_of(text), "said", "the Kremlin")
    assert c.kind == "partial_quote" and c.content.startswith("The two leaders said")


def test_an_unsegmented_dump_is_not_parsed() -> None:
    text = "officials said " + "word " * 2000
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("The mayor posted on X that the marathon would be cancelled.", "The mayor", "posted",
         "the marathon would be cancelled"),
        ("\u201cThe roads are open again,\u201d the governor posted on Instagram.", "the governor", "posted",
         "The roads are open again"),
        ("The agency forecast that rainfall would be below average this winter.", "The agency", "forecast",
         "rainfall would be below average this winter"),
        # a plural source noun opening the sentence makes a noun-like form a verb, as in mid-sentence
        ("Economists estimate that the strike cost the port $3 million a day.", "Economists", "estimate",
         "the strike cost the port $3 million a day"),
    ],
)
def test_posted_and_forecast_with_a_clause_or_quote_are_cues(text: str, speaker: str, cue: str, content: str) -> None:
    c = one(claims_of(text), cue)
    assert (c.speaker, c.content) == (speaker, content)


def test_posted_and_forecast_with_a_plain_object_are_no_claims() -> None:
    assert claims_of("The carmaker posted a quarterly loss of $2 billion.") == []
    assert claims_of("The bank forecast growth of 2 percent for next year.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the parser hung the that-clause as a relative clause of a noun in the cue's own clause
        ("The chief executive said on a call with investors that orders had slowed in Europe.", "said",
         "orders had slowed in Europe"),
        ("The press secretary told a briefing that the president had full confidence in her.", "told",
         "the president had full confidence in her"),
        ("The candidate claimed without evidence that the ballots had been tampered with.", "claimed",
         "the ballots had been tampered with"),
        # "that" parsed as the relative clause's object although the clause has its object already
        ("The palace said in a summary of the meeting that the king had raised the issue of drought.", "said",
         "the king had raised the issue of drought"),
    ],
)
def test_a_that_clause_hung_from_a_noun_of_the_cues_clause_is_the_content(text: str, cue: str, content: str) -> None:
    assert one(claims_of(text), cue).content == content


def test_a_that_clause_of_the_cited_object_stays_with_the_object() -> None:
    assert one(claims_of("The firm cited evidence that prices had risen."), "cited").content == (
        "evidence that prices had risen"
    )
    assert claims_of("He spoke on a call that investors had requested.") == []
    # a cue with an object of its own keeps it: the that-clause belongs to the noun it follows
    c = one(claims_of("He attributed the drop to selling on fears that the government might fall."), "attributed")
    assert c.content == "the drop to selling on fears that the government might fall"
    assert one(claims_of("The rebels disputed that account of the battle."), "disputed").content == (
        "that account of the battle"
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("It was reported that the striker had signed a new contract.", "reported",
         "the striker had signed a new contract"),
        ("The passengers were told that the flight would leave at noon.", "told", "the flight would leave at noon"),
        ("It was announced on Monday that the festival would be moved to June.", "announced",
         "the festival would be moved to June"),
    ],
)
def test_a_passive_report_without_an_agent_is_a_claim_without_a_speaker(text: str, cue: str, content: str) -> None:
    c = one(claims_of(text), cue)
    assert (c.speaker, c.actor, c.content, c.speaker_start == c.speaker_end) == ("", "", content, True)


def test_a_passive_belief_or_charge_without_a_clause_is_no_claim() -> None:
    assert claims_of("It is feared that the dam could burst.") == []
    assert claims_of("The mayor was accused of taking bribes.") == []


def test_cited_as_saying_is_attributed_to_the_subject_like_quoted_as_saying() -> None:
    c = one(claims_of("The coach was cited as saying the team had lost its spirit."), "saying")
    assert (c.speaker, c.content) == ("The coach", "the team had lost its spirit")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The notice read: \u201cThe library is closed until further notice.\u201d", "The notice",
         "The library is closed until further notice"),
        ("\u201cNo more war,\u201d the placards read.", "the placards", "No more war"),
    ],
)
def test_a_text_that_reads_words_is_their_source(text: str, speaker: str, content: str) -> None:
    c = one(claims_of(text), "read")
    assert (c.speaker, c.content, c.kind) == (speaker, content, "direct_quote")


def test_a_person_reading_is_no_claim() -> None:
    assert claims_of("The clerk read the verdict: \u201cGuilty.\u201d") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content", "kind"),
    [
        ("As one diplomat put it, \u201cThe talks are going nowhere.\u201d", "one diplomat",
         "The talks are going nowhere", "direct_quote"),
        ("\u201cThe talks are going nowhere,\u201d as one diplomat put it.", "one diplomat",
         "The talks are going nowhere", "direct_quote"),
        ("As the minister put it, the harbour will stay closed.", "the minister", "the harbour will stay closed",
         "paraphrase"),
    ],
)
def test_as_x_put_it_attributes_the_quote_or_clause_beside_it(text: str, speaker: str, content: str, kind: str) -> None:
    c = one(claims_of(text), "put it")
    assert (c.speaker, c.cue_class, c.content, c.kind) == (speaker, "say", content, kind)


def test_plain_put_is_no_cue() -> None:
    assert claims_of("She put it on the table before the talks, as agreed.") == []


def test_denied_object_stops_before_a_relative_clause_set_off_by_a_comma() -> None:
    claims = claims_of("The minister denied the reports, which she described as a smear campaign.")
    assert one(claims, "denied").content == "the reports"
    assert one(claims, "described").speaker == "she"


def test_cue_in_relative_clause_takes_the_antecedent_as_what_it_is_about() -> None:
    c = one(claims_of("Police found a car bomb which the mayor blamed on a local gang."), "blamed")
    assert (c.speaker, c.cue_class, c.content) == ("the mayor", "accuse", "a car bomb")


def test_restrictive_relative_clause_stays_in_the_content() -> None:
    c = one(claims_of("Rights groups condemned the raids on villages that had sheltered refugees."), "condemned")
    assert c.content == "the raids on villages that had sheltered refugees"


def test_cue_in_subject_gap_relative_clause_takes_the_complement_after_it() -> None:
    c = one(claims_of("The group published a list of firms it says are dodging sanctions."), "says")
    assert (c.speaker, c.content) == ("it", "are dodging sanctions")


def test_conjoined_clause_subject_misattached_to_a_noun_is_the_speaker() -> None:
    claims = claims_of("\u201cI am her lawyer and the court has said that I may see her,\u201d he said.")
    c = one(claims, "said", "the court")
    assert c.content == "I may see her"


def test_progressive_report_inside_a_quote_is_a_nested_claim() -> None:
    claims = claims_of("\u201cVoters have been telling us: \u2018We want change,\u2019\u201d the mayor said.")
    c = one(claims, "telling")
    assert (c.speaker, c.content) == ("Voters", "We want change")
    assert one(claims_of("\u201cWe are saying no to this,\u201d he said."), "said").speaker == "he"
    assert [c.cue for c in claims_of("\u201cWe are saying no to this,\u201d he said.")] == ["said"]

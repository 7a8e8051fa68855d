"""Speaker resolution: pronouns, short names, titles into roles, aliases of one actor."""

from __future__ import annotations

from test_claims_helpers import claims_of, one

from timeline.claims.speakers import NameRegistry


def test_title_before_a_name_becomes_the_role() -> None:
    names = NameRegistry("German Chancellor Angela Merkel met secretary of state Rex Tillerson on Monday.")
    assert [(m.name, m.role) for m in names.mentions] == [
        ("Angela Merkel", "German Chancellor"),
        ("Rex Tillerson", "secretary of state"),
    ]


def test_a_capitalised_title_complement_stays_in_the_role() -> None:
    names = NameRegistry("U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping on Monday.")
    assert [(m.name, m.role) for m in names.mentions] == [
        ("Antony Blinken", "U.S. Secretary of State"),
        ("Xi Jinping", "Chinese President"),
    ]


def test_the_ministry_is_the_ministry_named_before() -> None:
    text = ("China's Foreign Ministry said the talks were useful. "
            "The ministry accused the U.S. of spreading disinformation.")
    assert one(claims_of(text), "accused").actor == "China's Foreign Ministry"


def test_short_name_resolves_to_the_full_name_mentioned_before() -> None:
    text = "Russian President Vladimir Putin met reporters. Putin said the talks were useful."
    c = one(claims_of(text), "said")
    assert (c.speaker, c.actor, c.role) == ("Putin", "Vladimir Putin", "Russian President")


def test_he_resolves_to_the_speaker_of_the_sentence_before() -> None:
    text = ("Prime Minister John Key said the deal was fair. Opposition leader Ann Ward disagreed. "
            "Key said he would sign it. He said the vote would follow.")
    claims = claims_of(text)
    last = claims[-1]
    assert (last.speaker, last.actor) == ("He", "John Key")


def test_he_without_a_claim_before_goes_to_the_first_person_named_nearby() -> None:
    text = ("Yet President Donald Trump kept his options open after the strikes. "
            "He said that \u201ceverything will work out.\u201d")
    c = one(claims_of(text), "said")
    assert (c.speaker, c.actor, c.role) == ("He", "Donald Trump", "President")


def test_it_resolves_to_the_institution_quoted_last() -> None:
    text = "Russia was mentioned. The Kremlin called the talks \u201cuseful.\u201d It said the sanctions were unfair."
    c = one(claims_of(text), "said")
    assert (c.speaker, c.actor) == ("It", "Russia")


def test_they_resolves_to_the_group_quoted_just_before() -> None:
    text = ("The boy's relatives in Miami said they would appeal the ruling. "
            "They said the decision was unfair and rushed.")
    last = claims_of(text)[-1]
    assert (last.speaker, last.actor) == ("They", "boy's relatives in Miami")


def test_they_with_no_group_before_stays_as_written() -> None:
    text = "The weather turned. They said the road was closed."
    last = claims_of(text)[-1]
    assert (last.speaker, last.actor) == ("They", "They")


def test_the_statement_resolves_to_its_source() -> None:
    text = "The army said it had retaken the town. \u201cThe operation is over,\u201d the statement added."
    c = one(claims_of(text), "added")
    assert (c.speaker, c.actor) == ("the statement", "army")
    owned = one(claims_of("A statement from the foreign ministry said the border was closed."), "said")
    assert owned.actor == "foreign ministry"


def test_seat_of_government_shares_the_country_actor_only_when_the_country_is_named() -> None:
    with_country = one(claims_of("Russia and Turkey met. The Kremlin said the meeting went well."), "said")
    assert (with_country.speaker, with_country.actor, with_country.role) == ("The Kremlin", "Russia", "Kremlin")
    without = one(claims_of("The Kremlin said the meeting went well."), "said")
    assert without.actor == "Kremlin"
    capital = one(claims_of("Moscow said the meeting went well."), "said")
    assert capital.actor == "Russia"


def test_a_possessive_inside_the_speaker_is_not_the_speaker() -> None:
    text = "President Donald Trump spoke. Some of Trump\u2019s top advisers said the strikes were justified."
    c = one(claims_of(text), "said")
    assert c.speaker == "Some of Trump\u2019s top advisers" and c.actor != "Donald Trump"


def test_apposition_names_the_person_behind_a_role() -> None:
    text = "The head of the inquiry, Kenneth Piernick, said the bureau had questioned 100 people."
    c = one(claims_of(text), "said")
    assert (c.actor, c.role) == ("Kenneth Piernick", "head of the inquiry")
    described = one(claims_of("Hillary Clinton, the former candidate, said she was on the way to winning."), "said")
    assert (described.actor, described.role) == ("Hillary Clinton", "former candidate")


def test_a_name_in_apposition_to_a_description_is_the_speaker() -> None:
    text = "The boy's great-uncle, Lazaro Gonzalez, denied he would send the boy out of the country."
    c = one(claims_of(text), "denied")
    assert (c.speaker, c.actor, c.role) == ("Lazaro Gonzalez", "Lazaro Gonzalez", "boy's great-uncle")


def test_an_institution_named_like_a_document_keeps_its_name() -> None:
    c = one(claims_of("The quake hit at 3:36 a.m., the U.S. Geological Survey said."), "said")
    assert c.actor == "U.S. Geological Survey"


def test_the_company_is_the_company_named_before() -> None:
    text = "Shares of Price Stern Sloan Inc. rose. The company said it hired an investment bank."
    c = one(claims_of(text), "said")
    assert (c.speaker, c.actor) == ("The company", "Price Stern Sloan Inc.")


def test_unknown_full_name_speaker_is_remembered_for_later_short_mentions() -> None:
    text = "Analyst Mary Lee Jones said prices would fall. Jones said demand was weak."
    claims = claims_of(text)
    assert [c.actor for c in claims] == ["Mary Lee Jones", "Mary Lee Jones"]


def test_she_skips_a_man_already_called_he() -> None:
    text = ("Mr. Juan Gonzalez arrived on Monday. He said the trip was long. "
            "Lawyer Maria Lopez met him later. Gonzalez said he was tired. She said the case would take months.")
    claims = claims_of(text)
    assert [(c.speaker, c.actor) for c in claims][-1] == ("She", "Maria Lopez")


def test_the_two_leaders_are_the_pair_last_named_together() -> None:
    text = (
        "US President Donald Trump and Russian President Vladimir Putin spoke by phone on Tuesday. "
        "The two leaders said they wanted to meet in July."
    )
    c = one(claims_of(text), "said")
    assert (c.speaker, c.actor) == ("The two leaders", "Donald Trump and Vladimir Putin")

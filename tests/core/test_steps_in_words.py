"""Answers typed in words at the step they answer: "si pero solo en las noches" at the attend
question, "cuéntame más del primero" and "¿qué le pregunto?" at the results."""

from __future__ import annotations

import pytest

from bot.core.dialogue import Dialogue, Outcome, UserInput
from bot.core.location import Place
from tests.core.talking import NOW, replied, talk

# Guided: for me, no danger, alcohol, still using, daily use, safe home: then "attend?".
TO_ATTEND = ("1", "me", "no", "alcohol", "still using", "yes", "yes")
TO_RESULTS = ("2", "15222")
FIRST, SECOND, THIRD = "Pyramid Healthcare Inc", "TCV Alternatives", "Persad Center Inc"


def _place_name(outcome: Outcome) -> str:
    """The name of the place the conversation searches around."""
    place = outcome.conversation.answers["place"]
    assert isinstance(place, Place)
    return place.name


def _heading(outcome: Outcome) -> str:
    """The first line of the program's page or call plan (after any note on the language)."""
    switched = "A partir de ahora le hablaré en español"
    return next(r.text for r in outcome.replies if switched not in r.text).splitlines()[0]


@pytest.mark.parametrize(
    ("reply", "schedule"),
    [
        ("si pero solo en las noches", ["evening"]),
        ("sí, pero solo de noche", ["evening"]),
        ("si pero en las tardes", ["day"]),
        ("si pero los fines de semana", ["weekend"]),
        ("yes but only evenings", ["evening"]),
        ("prob if its evenings", ["evening"]),
        ("I think I could, if it is in the evenings.", ["evening"]),
        ("yeah but only at night", ["evening"]),
    ],
)
def test_yes_with_a_time_at_the_attend_question_takes_both(
    real_dialogue: Dialogue, reply: str, schedule: list[str]
) -> None:
    answers = talk(real_dialogue, *TO_ATTEND, reply).conversation.answers

    assert answers["attend"] == "yes"
    assert answers["schedule"] == schedule


@pytest.mark.parametrize(
    ("typed", "opened"),
    [
        ("cuentame mas del primero", FIRST),
        ("cuéntame más del segundo", SECOND),
        ("más info del 2", SECOND),
        ("dime mas del 3", THIRD),
        ("tell me more about the first one", FIRST),
        ("more info on the second", SECOND),
    ],
)
def test_asking_for_more_about_a_program_opens_its_details(
    real_dialogue: Dialogue, typed: str, opened: str
) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, typed)

    assert outcome.conversation.position.step == "details"
    assert _heading(outcome) == opened


@pytest.mark.parametrize(
    ("typed", "called"),
    [
        ("what should I ask the second one", SECOND),
        ("que le pregunto al 2", SECOND),
        ("qué pregunto al primero", FIRST),
        ("questions to ask #3", THIRD),
    ],
)
def test_what_to_ask_a_numbered_program_opens_its_call_preparation(
    real_dialogue: Dialogue, typed: str, called: str
) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, typed)

    assert outcome.conversation.position.step == "callprep"
    assert called in _heading(outcome)


@pytest.mark.parametrize(
    ("typed", "which", "then"),
    [
        ("what should I ask them", "Which program are you calling?", "2"),
        ("what do I ask when I call", "Which program are you calling?", "the second one"),
        ("q le pregunto cuando llame", "¿A qué programa va a llamar?", "2"),
        ("qué pregunto", "¿A qué programa va a llamar?", "el segundo"),
    ],
)
def test_what_to_ask_with_no_program_in_focus_asks_which_then_prepares_that_call(
    real_dialogue: Dialogue, typed: str, which: str, then: str
) -> None:
    asked = talk(real_dialogue, *TO_RESULTS, typed)
    picked = real_dialogue.advance(asked.conversation, UserInput.say(then), NOW)

    assert which in replied(asked)
    assert picked.conversation.position.step == "callprep"
    assert SECOND in _heading(picked)


@pytest.mark.parametrize(
    "typed", ["what should I ask them", "q le pregunto cuando llame", "qué pregunto"]
)
@pytest.mark.parametrize("where", ["details", "back at the list"])
def test_what_to_ask_about_the_program_in_focus_prepares_its_call(
    real_dialogue: Dialogue, typed: str, where: str
) -> None:
    back = ("back to the list",) if where == "back at the list" else ()
    outcome = talk(real_dialogue, *TO_RESULTS, "2", *back, typed)

    assert outcome.conversation.position.step == "callprep"
    assert SECOND in _heading(outcome)


@pytest.mark.parametrize(
    "typed", ["my list", "show my list", "show my saved", "saved programs", "mi lista"]
)
def test_asking_for_the_list_in_words_opens_the_saved_list(
    real_dialogue: Dialogue, typed: str
) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "save the second one", typed)

    assert outcome.conversation.position.step == "saved"
    assert SECOND in replied(outcome)


@pytest.mark.parametrize("typed", ["its ok", "it's okay", "fine"])
def test_an_ok_home_is_a_safe_home(real_dialogue: Dialogue, typed: str) -> None:
    to_home = ("1", "me", "no", "alcohol", "still using", "yes")
    outcome = talk(real_dialogue, *to_home, typed)

    assert outcome.conversation.answers["home"] == "safe"
    assert outcome.conversation.position.step == "attend"


@pytest.mark.parametrize(
    ("typed", "key", "value", "matched"),
    [
        ("only ones that take medicaid", "payment", ["medicaid"], "Medicaid"),
        ("medicaid", "payment", ["medicaid"], "Medicaid"),
        ("we have no insurance", "payment", ["no_insurance"], "Sliding fee"),
    ],
)
def test_a_need_typed_on_the_results_searches_again_with_it(
    real_dialogue: Dialogue, typed: str, key: str, value: list[str], matched: str
) -> None:
    before = talk(real_dialogue, *TO_RESULTS)
    assert key not in before.conversation.answers

    outcome = talk(real_dialogue, *TO_RESULTS, typed)

    assert outcome.conversation.answers[key] == value
    assert outcome.conversation.position.step == "results"
    said = replied(outcome)
    assert said.startswith("Got it.")
    assert "IOPs within" in said  # the list again, searched with the new answer
    assert f"Matches: Intensive outpatient (IOP), {matched}" in said


def test_asking_for_what_the_list_already_has_says_so(real_dialogue: Dialogue) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "medicaid", "do any of them take medicaid?")

    assert replied(outcome).startswith("The list already takes that into account")
    assert "IOPs within" not in replied(outcome)


TO_MEDICATION = ("1", "me", "no", "heroin", "still using", "yes", "yes")


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("like suboxone? yes", "wanted"),
        ("what is that", "unsure"),
        ("si puede ser", "unsure"),
        ("yeah maybe", "unsure"),
    ],
)
def test_medication_answered_in_words_of_ones_own(
    real_dialogue: Dialogue, typed: str, value: str
) -> None:
    outcome = talk(real_dialogue, *TO_MEDICATION, typed)

    assert outcome.conversation.answers["medication"] == value
    assert outcome.conversation.position.step == "place"


@pytest.mark.parametrize("typed", ["si puede", "sí se puede"])
def test_si_puede_at_the_home_question_is_yes(real_dialogue: Dialogue, typed: str) -> None:
    to_home = ("1", "me", "no", "alcohol", "still using", "yes")
    outcome = talk(real_dialogue, *to_home, typed)

    assert outcome.conversation.answers["home"] == "safe"


TO_RADIUS = ("1", "me", "no", "heroin", "still using", "yes", "yes", "no", "15222")


@pytest.mark.parametrize(
    ("typed", "radius"),
    [
        ("not far, maybe 10 or 15 miles", "25"),
        ("no more than half an hour", "25"),
        ("an hour is fine", "50"),
        ("anywhere", "100"),
        ("cerca", "10"),
        ("idk", "25"),
    ],
)
def test_how_far_in_words_of_ones_own(real_dialogue: Dialogue, typed: str, radius: str) -> None:
    before = talk(real_dialogue, *TO_RADIUS)
    assert before.conversation.position.step == "radius"

    outcome = talk(real_dialogue, *TO_RADIUS, typed)

    assert outcome.conversation.answers["radius"] == radius
    assert outcome.conversation.position.step == "age"


@pytest.mark.parametrize("typed", ["guardalo", "save it", "save that one"])
def test_save_it_on_the_list_saves_the_program_last_opened(
    real_dialogue: Dialogue, typed: str
) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "details 2", "back", typed)

    assert [s.id for s in outcome.conversation.saved] == [outcome.conversation.position.program]
    assert SECOND in replied(outcome)
    assert outcome.conversation.position.step == "results"


def test_save_it_with_none_opened_asks_which(real_dialogue: Dialogue) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "guardalo")

    assert outcome.conversation.saved == []
    assert "Which one should I save?" in replied(outcome)
    assert FIRST in replied(outcome)
    assert SECOND in replied(outcome)
    assert outcome.replies[-1].choices  # a button for each


def test_a_spanish_word_for_an_option_works_in_an_english_conversation(
    real_dialogue: Dialogue,
) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "details 1", "guardalo")

    assert [s.id for s in outcome.conversation.saved] == [outcome.conversation.position.program]
    assert outcome.conversation.language == "en"


@pytest.mark.parametrize(
    ("typed", "place"), [("houston tx", "Houston, TX"), ("dallas", "Dallas, TX")]
)
def test_a_place_typed_alone_at_the_welcome_is_kept_and_the_questions_go_on(
    real_dialogue: Dialogue, typed: str, place: str
) -> None:
    outcome = talk(real_dialogue, typed)

    assert _place_name(outcome) == place
    assert replied(outcome).startswith(f"Got it. Where: {place}.")
    assert outcome.conversation.position.step == "for_whom"


@pytest.mark.parametrize("typed", ["hope", "ok"])
def test_a_word_that_is_also_a_town_is_not_taken_for_a_place_unasked(
    real_dialogue: Dialogue, typed: str
) -> None:
    outcome = talk(real_dialogue, typed)

    assert "place" not in outcome.conversation.answers


def test_asking_for_online_ones_on_the_list_searches_telehealth(real_dialogue: Dialogue) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "are there online ones")

    assert "offer telehealth" in replied(outcome)
    assert outcome.conversation.position.step == "results"


def test_asking_for_evening_groups_on_the_list_says_the_directory_has_no_hours(
    real_dialogue: Dialogue,
) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "do any of these have evening groups")

    assert "doesn't list hours" in replied(outcome)
    assert "already takes that into account" not in replied(outcome)
    assert outcome.conversation.answers["schedule"] == ["evening"]


def test_hablan_espanol_in_a_spanish_conversation_asks_for_spanish_speaking_programs(
    real_dialogue: Dialogue,
) -> None:
    outcome = talk(real_dialogue, "hola", "para mi", "hablan español?")

    assert outcome.conversation.answers["language"] == "spanish"
    assert "Idioma: Español" in replied(outcome)


@pytest.mark.parametrize("typed", ["me pueden deportar?", "does it matter if im undocumented"])
def test_a_question_about_papers_gets_the_answer_about_status_and_confidentiality(
    real_dialogue: Dialogue, typed: str
) -> None:
    outcome = talk(real_dialogue, "1", typed)

    assert "42 CFR Part 2" in replied(outcome)
    assert outcome.conversation.position.step == "for_whom"


def test_a_whole_state_for_an_in_person_search_asks_where_in_it_once(
    real_dialogue: Dialogue,
) -> None:
    asked = talk(real_dialogue, "2", "texas")

    assert asked.conversation.position.step == "place"
    assert "Texas is a big place" in replied(asked)

    nearer = talk(real_dialogue, "2", "texas", "houston")
    assert nearer.conversation.position.step == "results"
    assert _place_name(nearer) == "Houston, TX"

    statewide = talk(real_dialogue, "2", "texas", "texas")
    assert statewide.conversation.position.step == "results"
    assert "IOPs in Texas" in replied(statewide)


def test_a_state_said_in_passing_still_asks_where_in_it(real_dialogue: Dialogue) -> None:
    outcome = talk(real_dialogue, "im 16, im in texas, i smoke weed", "no")

    assert outcome.conversation.position.step == "place"


@pytest.mark.parametrize("typed", ["estoy en houston", "vivo en houston"])
def test_where_one_is_in_spanish_is_a_place(real_dialogue: Dialogue, typed: str) -> None:
    outcome = talk(real_dialogue, "hola", "para mi", typed)

    assert _place_name(outcome) == "Houston, TX"


def test_a_long_first_message_with_numbers_is_read_not_taken_for_a_pick(
    real_dialogue: Dialogue,
) -> None:
    first = (
        "My son is 19 and he's been using fentanyl for about a year. We live in Ohio and I "
        "don't know where to start. He has Medicaid."
    )
    outcome = talk(real_dialogue, first)

    answers = outcome.conversation.answers
    assert answers["relation"] == "son"
    assert answers["substances"] == ["opioids"]
    assert answers["payment"] == ["medicaid"]
    assert "no results yet" not in replied(outcome)


@pytest.mark.parametrize(
    "typed", ["can i make him go?", "what if he refuses", "does he need to agree to go?"]
)
def test_a_parents_question_gets_an_answer_not_a_check_in(
    real_dialogue: Dialogue, typed: str
) -> None:
    outcome = talk(real_dialogue, "1", "for my son", "no", "fentanyl", typed)

    assert "safe right now" not in replied(outcome)
    assert "CRAFT" in replied(outcome)


def test_my_brother_needs_help_begins_the_search_without_a_check_in(
    real_dialogue: Dialogue,
) -> None:
    outcome = talk(real_dialogue, "my brother needs help")

    assert "safe right now" not in replied(outcome)
    assert outcome.conversation.answers["relation"] == "brother"


@pytest.mark.parametrize("typed", ["ya", "y", "yah"])
def test_texting_yes_is_yes_and_keeps_the_language(real_dialogue: Dialogue, typed: str) -> None:
    outcome = talk(real_dialogue, *TO_ATTEND, typed)

    assert outcome.conversation.answers["attend"] == "yes"
    assert outcome.conversation.language == "en"


def test_a_supportive_home_in_a_sentence_is_a_safe_home(real_dialogue: Dialogue) -> None:
    to_home = ("1", "for my son", "no", "fentanyl", "still using")
    outcome = talk(real_dialogue, *to_home, "He lives with me and his dad, we support him")

    assert outcome.conversation.answers["home"] == "safe"
    assert "safe right now" not in replied(outcome)


@pytest.mark.parametrize("typed", ["idk", "not sure"])
def test_not_knowing_where_says_what_is_enough(real_dialogue: Dialogue, typed: str) -> None:
    outcome = talk(real_dialogue, "2", typed)

    assert "nearest town" in replied(outcome)
    assert "couldn't find" not in replied(outcome)


@pytest.mark.parametrize("typed", ["fine", "all good", "perfect"])
def test_an_everyday_word_that_names_a_town_is_no_place_unasked(
    real_dialogue: Dialogue, typed: str
) -> None:
    outcome = talk(real_dialogue, typed)

    assert "place" not in outcome.conversation.answers


TO_SUMMARY = ("i use meth", "no", "kettering ohio")


@pytest.mark.parametrize(
    "typed", ["springfield ohio", "actually springfield ohio", "no sorry springfield ohio"]
)
def test_a_new_place_at_the_summary_changes_it(real_dialogue: Dialogue, typed: str) -> None:
    before = talk(real_dialogue, *TO_SUMMARY)
    assert before.conversation.position.step == "summary"

    outcome = talk(real_dialogue, *TO_SUMMARY, typed)

    assert _place_name(outcome) == "Springfield, OH"
    assert replied(outcome).startswith("Got it. Where: Springfield, OH.")
    assert outcome.conversation.position.step == "summary"


def test_a_change_of_place_on_the_list_in_words_searches_there(real_dialogue: Dialogue) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "actually try cincinnati instead")

    assert "Cincinnati, OH" in replied(outcome)
    assert outcome.conversation.position.step == "results"


def test_a_pronoun_later_does_not_change_whom_the_search_is_for(real_dialogue: Dialogue) -> None:
    outcome = talk(real_dialogue, *TO_SUMMARY, "he has medicaid now")

    assert outcome.conversation.answers["for_whom"] == "self"
    assert outcome.conversation.answers["payment"] == ["medicaid"]


@pytest.mark.parametrize("typed", ["actually its for my brother", "no, es para mi hermano"])
def test_saying_outright_the_search_is_for_a_relative_changes_it(
    real_dialogue: Dialogue, typed: str
) -> None:
    outcome = talk(real_dialogue, "1", "me", "no", typed)

    answers = outcome.conversation.answers
    assert answers["for_whom"] == "other"
    assert answers["relation"] == "brother"
    assert "brother" in replied(outcome) or "hermano" in replied(outcome)


def test_another_relative_named_later_keeps_whom_the_search_is_for(
    real_dialogue: Dialogue,
) -> None:
    outcome = talk(
        real_dialogue,
        "my son is 24 and drinks every day",
        "he lives with me and my husband, his dad gets angry sometimes",
    )

    answers = outcome.conversation.answers
    assert answers["for_whom"] == "other"
    assert answers["relation"] == "son"
    assert "husband" not in replied(outcome)


def test_a_man_named_later_keeps_a_search_for_a_daughter_about_her(
    real_dialogue: Dialogue,
) -> None:
    outcome = talk(
        real_dialogue, "my daughter is 24 and drinks every day", "she lives with me and my husband"
    )

    assert outcome.conversation.answers["relation"] == "daughter"
    assert outcome.conversation.answers["gender"] == "woman"


def test_a_past_danger_of_someone_else_is_acknowledged_in_their_words(
    real_dialogue: Dialogue,
) -> None:
    outcome = talk(real_dialogue, "he overdosed last year, he's doing better now and wants help")

    said = replied(outcome)
    assert "glad they're safe now" in said
    assert "glad you're safe" not in said
    assert "911" not in said


def test_naming_a_relative_in_passing_keeps_a_search_for_oneself(real_dialogue: Dialogue) -> None:
    outcome = talk(real_dialogue, "1", "me", "me and my brother both drink")

    assert outcome.conversation.answers["for_whom"] == "self"

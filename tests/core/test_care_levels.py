"""Every level of care is a full entry: detox, a day program, residential and sober living
open, save and get a call plan of their own, filtered like IOPs; details say only what the
listing says."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.answers import read_answers
from bot.core.call_script import render_call_plan, render_more_questions
from bot.core.catalog import InMemoryCatalog
from bot.core.conversation import Conversation, Position
from bot.core.dialogue import Dialogue, Reply, UserInput
from bot.core.dialogue.values import care_value
from bot.core.questions import plan_call
from bot.core.texts import CATALOG, EN
from flows import ALL_FLOWS
from tests.builders import a_program, miles_north
from tests.core.test_after_search import PLACE, OnePlace

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)

IOP = a_program(id="p1", name="Near IOP", codes="SA OIT MD SP ADLT", **miles_north(1))
DETOX_ENGLISH = a_program(
    id="p2", name="Quick Detox", codes="SA DT OD MD ADLT CARF", **miles_north(1)
)
DETOX_SPANISH = a_program(
    id="p3", name="Casa Detox", codes="SA DT RD MD SP ADLT", **miles_north(3)
)
DETOX_PRIVATE = a_program(id="p4", name="Private Detox", codes="SA DT PI SP", **miles_north(2))
RESIDENTIAL = a_program(
    id="p5", name="Hilltop Residential", codes="SA RES RL MD", **miles_north(2)
)
SOBER_HOME = a_program(id="p6", name="Oak Sober House", codes="SA HH MD", **miles_north(2))
DAY_PROGRAM = a_program(
    id="p9", name="Riverside Day Program", codes="SA ODT MD TELE", **miles_north(2)
)
# Enough programs that qualify, so that nothing is relaxed.
MORE_DETOX = [
    a_program(id=f"p{n}", name=f"Casa Detox {n}", codes="SA DT MD SP", **miles_north(n))
    for n in (7, 8)
]
PROGRAMS = [
    IOP, DETOX_ENGLISH, DETOX_SPANISH, DETOX_PRIVATE, RESIDENTIAL, SOBER_HOME, DAY_PROGRAM,
    *MORE_DETOX,
]  # fmt: skip

# Daily drinking without detox (withdrawal management first), Medicaid, near Pittsburgh.
DAILY_DRINKING = {
    "substances": ["alcohol"],
    "withdrawal": "still_using",
    "daily_use": "yes",
    "home": "safe",
    "payment": ["medicaid"],
    "place": PLACE,
}


@pytest.fixture(name="dialogue")
def dialogue_fixture() -> Dialogue:
    return Dialogue(ALL_FLOWS, InMemoryCatalog(PROGRAMS), OnePlace())


def at_results(chat: str = "en", **answers: object) -> Conversation:
    """A conversation in a language (``chat``) at the results, with these answers."""
    merged = {**DAILY_DRINKING, **answers}
    return Conversation(
        language=chat,
        answers=merged,  # type: ignore[arg-type]
        position=Position(step="results"),
        history=["results"],
    )


def send(
    dialogue: Dialogue, conversation: Conversation, *inputs: UserInput | str
) -> tuple[Conversation, list[Reply]]:
    """Send each input in turn: the last conversation and the last replies."""
    replies: list[Reply] = []
    for item in inputs:
        event = UserInput.say(item) if isinstance(item, str) else item
        outcome = dialogue.advance(conversation, event, NOW)
        conversation, replies = outcome.conversation, list(outcome.replies)
    return conversation, replies


def shown(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def choice_values(replies: list[Reply]) -> list[str]:
    return [c.value for c in replies[-1].choices]


def results(dialogue: Dialogue, conversation: Conversation) -> tuple[Conversation, list[Reply]]:
    """The first page of results shown again (searching a little farther)."""
    return send(dialogue, conversation, UserInput.pick("wider"))


def test_a_detox_suggestion_can_be_opened_from_the_results(dialogue: Dialogue) -> None:
    conversation, replies = send(dialogue, at_results(), UserInput.pick("wider"))

    assert care_value("detox", DETOX_ENGLISH.id) in choice_values(replies)
    conversation, replies = send(
        dialogue, conversation, UserInput.pick(care_value("detox", DETOX_ENGLISH.id))
    )
    text = shown(replies)
    assert "Quick Detox" in text
    assert "Level of care: Detox (withdrawal management)" in text
    assert conversation.position.level == "detox"


def test_a_detox_entry_is_saved_with_its_level_and_listed_as_detox(dialogue: Dialogue) -> None:
    conversation, _ = send(
        dialogue,
        at_results(),
        UserInput.pick(care_value("detox", DETOX_ENGLISH.id)),
        UserInput.pick("save"),
    )

    assert [(e.id, e.level) for e in conversation.saved] == [(DETOX_ENGLISH.id, "detox")]
    conversation, replies = send(dialogue, conversation, UserInput.command("saved"))
    assert "1. Quick Detox — Detox — to call" in shown(replies)
    conversation, replies = send(
        dialogue, conversation, UserInput.pick(f"open:{DETOX_ENGLISH.id}")
    )
    assert "Level of care: Detox (withdrawal management)" in shown(replies)


def test_a_detox_entry_gets_a_call_plan_about_detox_not_an_iop(dialogue: Dialogue) -> None:
    _, replies = send(
        dialogue,
        at_results(),
        UserInput.pick(care_value("detox", DETOX_ENGLISH.id)),
        UserInput.pick("callprep"),
    )
    text = shown(replies)

    assert "— Detox (withdrawal management)" in text
    assert "Could I be admitted today?" in text
    assert "What happens after detox?" in text
    assert "calling about detox (medical withdrawal management) at Quick Detox" in text
    assert "intensive outpatient" not in text
    assert "IOP hours" not in text


def test_a_saved_detox_is_tracked_with_the_detox_questions(dialogue: Dialogue) -> None:
    _, replies = send(
        dialogue,
        at_results(),
        UserInput.pick(care_value("detox", DETOX_ENGLISH.id)),
        UserInput.pick("save"),
        UserInput.command("saved"),
        UserInput.pick(f"open:{DETOX_ENGLISH.id}"),
        UserInput.pick("questions"),
    )

    assert "Could I be admitted today?" in shown(replies)
    assert "How many hours a week is the IOP" not in shown(replies)


def test_an_unsafe_home_is_offered_a_day_program_that_opens_and_gets_its_own_call_plan(
    dialogue: Dialogue,
) -> None:
    conversation, replies = send(dialogue, at_results(home="not_safe"), UserInput.pick("wider"))

    text = shown(replies)
    assert "Day programs / partial hospitalization (20+ hours a week):" in text
    assert "Riverside Day Program" in text
    conversation, replies = send(
        dialogue, conversation, UserInput.pick(care_value("php", DAY_PROGRAM.id))
    )
    assert "Level of care: Partial hospitalization (day treatment)" in shown(replies)
    assert conversation.position.level == "php"
    # Telehealth is listed for the facility: the day program's page does not speak of an IOP.
    assert "ask what this program offers online" in shown(replies)
    assert "IOP" not in shown(replies)
    conversation, replies = send(dialogue, conversation, UserInput.pick("callprep"))
    assert "Riverside Day Program" in shown(replies)
    assert "intensive outpatient" not in shown(replies)


def test_a_safe_home_is_offered_no_day_program(dialogue: Dialogue) -> None:
    _, replies = send(dialogue, at_results(), UserInput.pick("wider"))

    assert "Riverside Day Program" not in shown(replies)


def test_a_residential_and_a_sober_home_get_their_own_questions() -> None:
    answers = read_answers({"substances": ["opioids"], "home": "not_safe"})
    residential = plan_call(answers, RESIDENTIAL, level="residential")
    sober = plan_call(answers, SOBER_HOME, level="sober_housing")

    said = render_call_plan(residential) + render_more_questions(residential)
    assert "How long do people usually stay" in said
    assert "Can family visit or call?" in said
    assert "Residential treatment" in said
    said = render_call_plan(sober) + render_more_questions(sober)
    assert "Is the house certified or licensed" in said
    assert "What are the house rules" in said
    assert "medication for opioid or alcohol use disorder" in said
    assert "Which therapies do you use?" not in said  # a house, not treatment


def test_detox_suggestions_are_filtered_by_payment_like_the_iops(dialogue: Dialogue) -> None:
    _, replies = results(dialogue, at_results())
    offered = choice_values(replies)

    assert care_value("detox", DETOX_ENGLISH.id) in offered
    assert care_value("detox", DETOX_PRIVATE.id) not in offered  # takes no Medicaid


def test_a_spanish_search_leaves_out_the_detox_without_spanish(dialogue: Dialogue) -> None:
    _, replies = results(dialogue, at_results("es", language="spanish"))
    offered = choice_values(replies)

    assert care_value("detox", DETOX_SPANISH.id) in offered
    assert care_value("detox", DETOX_ENGLISH.id) not in offered


def test_a_spanish_conversation_flags_a_detox_without_spanish(dialogue: Dialogue) -> None:
    # Spanish was not asked for as the program's language: nothing is left out, but flagged.
    _, replies = results(dialogue, at_results("es"))
    text = shown(replies)
    line = next(i for i, t in enumerate(text.splitlines()) if "Quick Detox" in t)

    assert care_value("detox", DETOX_ENGLISH.id) in choice_values(replies)
    assert (
        "No lista servicios en español — pregunte por un intérprete"
        in (text.splitlines()[line + 1])
    )


def test_the_call_script_asks_for_an_interpreter_when_the_program_lists_no_spanish(
    dialogue: Dialogue,
) -> None:
    _, replies = send(
        dialogue,
        at_results("es"),
        UserInput.pick(care_value("detox", DETOX_ENGLISH.id)),
        UserInput.pick("callprep"),
    )
    text = shown(replies)

    assert "Si nadie allí habla español, pida en inglés" in text
    assert '"Can I have a Spanish interpreter, please?"' in text
    assert "Desintoxicación (manejo de la abstinencia)" in text


def test_a_program_listing_spanish_gets_no_interpreter_line(dialogue: Dialogue) -> None:
    _, replies = send(
        dialogue,
        at_results("es"),
        UserInput.pick(care_value("detox", DETOX_SPANISH.id)),
        UserInput.pick("callprep"),
    )

    assert "intérprete" not in shown(replies)


def test_accreditation_names_only_what_the_listing_lists(dialogue: Dialogue) -> None:
    _, replies = send(
        dialogue, at_results(), UserInput.pick(care_value("detox", DETOX_ENGLISH.id))
    )
    text = shown(replies)

    assert "Accreditation listed: CARF" in text
    assert "Joint Commission" not in text
    assert "…" not in text


def test_a_listing_without_accreditation_says_so(dialogue: Dialogue) -> None:
    _, replies = send(dialogue, at_results(), UserInput.pick(f"details:{IOP.id}"))

    assert "No accreditation listed — ask" in shown(replies)
    assert "Accredited" not in shown(replies)


def test_details_say_no_website_is_listed_or_show_the_one_imported() -> None:
    with_site = a_program(id="p9", codes="SA OIT MD", website="https://example.org")
    dialogue = Dialogue(ALL_FLOWS, InMemoryCatalog([IOP, with_site]), OnePlace())
    conversation = at_results(withdrawal="stopped", daily_use="no")

    _, replies = send(dialogue, conversation, UserInput.pick(f"details:{IOP.id}"))
    assert "No website listed — search the program's name" in shown(replies)
    _, replies = send(dialogue, conversation, UserInput.pick(f"details:{with_site.id}"))
    assert "Website: https://example.org" in shown(replies)
    assert "No website listed" not in shown(replies)


# -- which withdrawals a detox lists ----------------------------------------------------------

OPIOID_DETOX = a_program(
    id="d1", name="Opioid Detox", codes="SA DT OD ODTX DB MD", **miles_north(1)
)
FULL_DETOX = a_program(
    id="d2", name="Full Detox", codes="SA DT RD ADTX ODTX BDTX MD", **miles_north(2)
)
UNNAMED_DETOX = a_program(id="d3", name="Plain Detox", codes="SA DT HID MD", **miles_north(3))
DETOX_BY_SUBSTANCE = [IOP, OPIOID_DETOX, FULL_DETOX, UNNAMED_DETOX]


@pytest.fixture(name="by_substance")
def by_substance_fixture() -> Dialogue:
    return Dialogue(ALL_FLOWS, InMemoryCatalog(DETOX_BY_SUBSTANCE), OnePlace())


def detox_section(replies: list[Reply], heading: str) -> str:
    return next(r.text for r in replies if r.text.startswith(heading))


def test_a_daily_drinker_is_offered_no_opioid_only_detox_and_told_why(
    by_substance: Dialogue,
) -> None:
    _, replies = results(by_substance, at_results())
    section = detox_section(replies, "Detox / withdrawal programs near you")

    assert "Opioid Detox" not in section
    assert care_value("detox", OPIOID_DETOX.id) not in choice_values(replies)
    assert (
        "Shown if the listing names detox for alcohol, or doesn't say which withdrawals it "
        "manages." in section
    )
    assert "Detox listed for: alcohol, opioids, benzodiazepines" in section
    assert "The directory doesn't say which withdrawals it manages — ask" in section


def test_opioid_withdrawal_now_is_offered_the_opioid_detox_with_what_it_lists(
    by_substance: Dialogue,
) -> None:
    conversation = at_results(substances=["opioids"], withdrawal="symptoms_now", daily_use="")
    _, replies = results(by_substance, conversation)
    section = detox_section(replies, "Detox / withdrawal programs near you")

    assert "Opioid Detox" in section
    assert "  Detox listed for: opioids\n" in section + "\n"


def test_a_detox_covering_one_of_two_substances_names_the_other_as_not_listed(
    by_substance: Dialogue,
) -> None:
    _, replies = results(by_substance, at_results(substances=["alcohol", "stimulants"]))
    section = detox_section(replies, "Detox / withdrawal programs near you")

    assert (
        "Detox listed for: alcohol, opioids, benzodiazepines; not listed for stimulants — ask"
        in section
    )


def test_detox_details_say_which_withdrawals_are_listed_in_both_languages(
    by_substance: Dialogue,
) -> None:
    _, replies = send(
        by_substance, at_results(), UserInput.pick(care_value("detox", FULL_DETOX.id))
    )
    assert "Detox listed for: alcohol, opioids, benzodiazepines" in shown(replies)

    _, replies = send(
        by_substance, at_results("es"), UserInput.pick(care_value("detox", FULL_DETOX.id))
    )
    assert "Desintoxicación indicada para: alcohol, opioides, benzodiazepinas" in shown(replies)

    _, replies = send(
        by_substance, at_results("es"), UserInput.pick(care_value("detox", UNNAMED_DETOX.id))
    )
    assert "El directorio no dice qué abstinencias maneja; pregunte" in shown(replies)


def test_iop_details_say_nothing_about_withdrawals(by_substance: Dialogue) -> None:
    _, replies = send(by_substance, at_results(), UserInput.pick(f"details:{IOP.id}"))

    assert "Detox listed" not in shown(replies)
    assert "withdrawals it manages" not in shown(replies)


SPANISH_LABELS = [
    "detox.listed",
    "detox.not_listed",
    "detox.unlisted",
    "detox.filtered",
    "details.level",
    "details.accreditation",
    "details.accreditation.none",
    "details.website",
    "details.no_website",
    "details.intake_phone",
    "details.phone",
    "details.services.care",
    "details.services.payment",
    "details.services.groups",
    "details.services.medication",
    "details.services.language",
    "details.services.extras",
    "details.no_hours",
    "details.approximate",
    "card.level",
    "card.phone",
    "card.why",
    "card.gaps",
    "card.flags",
    "card.verify",
    "card.no_spanish",
    "call.heading.title.care",
    "call.script.interpreter",
    *(key for key in EN if key.startswith(("level.", "call.heading.care", "call.q."))),
]


@pytest.mark.parametrize("text_id", SPANISH_LABELS)
def test_every_label_of_cards_details_and_call_plans_is_spanish(text_id: str) -> None:
    spanish = CATALOG["es"][text_id]

    # Proper names and "IOP" are the same in both; every other label reads differently.
    if text_id.startswith("level.short.iop"):
        assert spanish == "IOP"
    else:
        assert spanish != EN[text_id]


def test_details_of_a_detox_in_spanish_have_only_spanish_labels(dialogue: Dialogue) -> None:
    _, replies = send(
        dialogue, at_results("es"), UserInput.pick(care_value("detox", DETOX_ENGLISH.id))
    )
    text = shown(replies)

    for english in ("Level of care", "Accreditation", "No website", "Intake", "Payment"):
        assert english not in text
    assert "Nivel de atención: Desintoxicación (manejo de la abstinencia)" in text
    assert "No figura sitio web — busque el nombre del programa" in text
    assert "Acreditación que figura: CARF" in text

"""Crisis detection in free text, and the fixed crisis texts people get back."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.crisis import (
    MAX_INPUT_CHARS,
    CrisisKind,
    CrisisSignal,
    assess,
    detect_crisis,
)
from bot.core.texts import EN

# (what a person types, the danger it speaks of)
CRISES: list[tuple[str, CrisisKind]] = [
    # Overdose, English.
    ("he overdosed", "overdose"),
    ("I think my friend is overdosing", "overdose"),
    ("my brother OD'd on fentanyl", "overdose"),
    ("she od’d last night and is still out", "overdose"),
    ("I think he's ODing", "overdose"),
    ("he might OD on this stuff", "overdose"),
    ("he's not breathing", "overdose"),
    ("my wife has been drinking and now she's really hard to wake up", "overdose"),
    ("he is barely breathing", "overdose"),
    ("she isn't breathing right", "overdose"),
    ("my dad stopped breathing", "overdose"),
    ("my son can't breathe", "overdose"),
    ("cant breathe!! help", "overdose"),
    ("her breathing is really slow", "overdose"),
    ("he won't wake up", "overdose"),
    ("I can't wake him", "overdose"),
    ("my girlfriend is unresponsive", "overdose"),
    ("his lips are blue", "overdose"),
    ("blue lips and he is cold", "overdose"),
    ("she's turning blue", "overdose"),
    ("he took too many pills", "overdose"),
    ("she swallowed a whole bottle of xanax", "overdose"),
    ("he passed out and won't wake up", "overdose"),
    ("found him unconscious", "overdose"),
    # Overdose, Spanish.
    ("creo que es una sobredosis", "overdose"),
    ("mi hijo no respira", "overdose"),
    ("no despierta", "overdose"),
    ("tiene los labios morados", "overdose"),
    ("los labios azules", "overdose"),
    ("se desmayó y no despierta", "overdose"),
    ("está inconsciente", "overdose"),
    # Overdose, typos.
    ("i think he overdossed", "overdose"),
    ("ovedose", "overdose"),
    ("he is not breathin", "overdose"),
    # Suicide and self-harm, English.
    ("I'm suicidal", "suicide"),
    ("sometimes I think about suicide", "suicide"),
    ("i want to kill myself", "suicide"),
    ("I keep thinking about killing myself", "suicide"),
    ("I want to die", "suicide"),
    ("i wanna die", "suicide"),
    ("I want to end my life", "suicide"),
    ("I just want to end it all", "suicide"),
    ("everyone would be better off dead. I'd be better off dead", "suicide"),
    ("there is no reason to live", "suicide"),
    ("I don't want to live anymore", "suicide"),
    ("honestly i dont want to be alive", "suicide"),
    ("I hurt myself again last night", "suicide"),
    ("I've been thinking about self-harm", "suicide"),
    ("I cut myself", "suicide"),
    ("I want to take my own life", "suicide"),
    # Suicide, someone else.
    ("he wants to die", "suicide"),
    ("she talked about killing herself", "suicide"),
    ("my son is suicidal", "suicide"),
    ("my daughter has been cutting herself", "suicide"),
    ("he keeps saying he wants to hurt himself", "suicide"),
    # Suicide, Spanish.
    ("pensé en el suicidio", "suicide"),
    ("quiero suicidarme", "suicide"),
    ("voy a matarme", "suicide"),
    ("quiero morir", "suicide"),
    ("me quiero morir", "suicide"),
    ("no quiero vivir", "suicide"),
    ("quiero quitarme la vida", "suicide"),
    ("tengo ganas de hacerme daño", "suicide"),
    ("mi hijo se quiere matar", "suicide"),
    ("mi hija quiere morirse", "suicide"),
    # Suicide, typos.
    ("sucide", "suicide"),
    ("i feel suicde", "suicide"),
    ("thinking of suiside", "suicide"),
    ("i'm sucidal", "suicide"),
    ("i want to kil myself", "suicide"),
    ("i wnat to die", "suicide"),
    # Withdrawal, English.
    ("he's having a seizure", "withdrawal"),
    ("she had seizures last time she quit drinking", "withdrawal"),
    ("he is having a fit", "withdrawal"),
    ("he is convulsing", "withdrawal"),
    ("my mom is hallucinating", "withdrawal"),
    ("he is seeing things that aren't there", "withdrawal"),
    ("she's hearing voices since she stopped", "withdrawal"),
    ("I think he has the DTs", "withdrawal"),
    ("delirium tremens", "withdrawal"),
    ("I'm shaking uncontrollably", "withdrawal"),
    ("shaking so bad I can't hold a cup", "withdrawal"),
    ("I can't stop shaking", "withdrawal"),
    # Withdrawal, Spanish.
    ("tiene convulsiones", "withdrawal"),
    ("está convulsionando", "withdrawal"),
    ("tiene alucinaciones", "withdrawal"),
    ("está alucinando", "withdrawal"),
    # Withdrawal, typos.
    ("seizers", "withdrawal"),
    ("he had a siezure", "withdrawal"),
    ("he is halucinating", "withdrawal"),
]

NOT_CRISES = [
    "my son is hard to wake up most mornings",
    # Idioms.
    "I'm dying to get started",
    "this wait is killing me",
    "just killing time",
    "I could kill for a coffee",
    "my phone died",
    "dead battery",
    "what's the deadline",
    "died laughing",
    "I'm going to die if I don't get coffee",
    "I'm blue",
    "pass out flyers",
    "don't overdo it",
    "he overdoes it on weekends",
    "take my life back",
    "I took too much time off work",
    "my mom will have a fit",
    "stop breathing down my neck",
    "me quiero morir de vergüenza",
    "me corto el pelo mañana",
    "mi hijo es un inconsciente",
    # Denials attached to the keyword.
    "I finished detox, no seizures",
    "never had a seizure",
    "no seizures or hallucinations",
    "no thoughts of suicide",
    "not suicidal",
    "I'm not going to hurt myself",
    "I don't want to die",
    "no quiero morir",
    "no tuvo convulsiones",
    "no es suicida",
    # Services, history, names, codes.
    "suicide prevention services",
    "does the program offer suicide prevention",
    "Overdose education",
    "no history of overdose",
    "naloxone",
    "narcan",
    "blue cross insurance",
    "overdue bill",
    "Seymour, CT",
    "15213",
    "DT",
    "dt",
    "do you have dt near me",
    "do they offer OD services",
    "I used hallucinogens in college",
    # Ordinary answers in the search.
    "evenings",
    "medicaid",
    "for my son",
    "alcohol",
    "opioids",
    "pittsburgh pa",
    "yes",
    "no",
    "skip",
    "I drink every day",
    "he uses heroin",
    "she has been using fentanyl",
    "withdrawal symptoms",
    "I feel sick when I stop",
    "detox done",
    "my hands shake a little in the morning",
    "I'm really confused about insurance",
    "the center is unresponsive to my emails",
    # Borderline phrases decided as no crisis on their own (see bot/core/crisis.py).
    "I can't breathe",
    "he passed out",
    "I won't wake up early for groups",
    "I don't want to live like this anymore",
    "I don't want to live in Ohio",
]

TEXTS = {text_id: said for text_id, said in EN.items() if text_id.startswith("crisis.")}


@pytest.mark.parametrize(("message", "kind"), CRISES, ids=[m for m, _ in CRISES])
def test_message_speaking_of_a_danger_is_detected_as_that_danger(
    message: str, kind: CrisisKind
) -> None:
    assert detect_crisis(message) == CrisisSignal(kind)


@pytest.mark.parametrize("message", NOT_CRISES, ids=NOT_CRISES)
def test_ordinary_message_raises_no_alarm(message: str) -> None:
    assert detect_crisis(message) is None


def test_tables_cover_enough_phrases_of_each_kind() -> None:
    kinds = [kind for _, kind in CRISES]

    assert len(CRISES) >= 45
    assert len(NOT_CRISES) >= 35
    assert min(kinds.count(k) for k in ("overdose", "suicide", "withdrawal")) >= 10


def test_overdose_wins_over_suicide_when_a_message_speaks_of_both() -> None:
    message = "he said he wanted to die and now he took too many pills and is not breathing"

    assert detect_crisis(message) == CrisisSignal("overdose")


def test_suicide_wins_over_withdrawal_when_a_message_speaks_of_both() -> None:
    assert detect_crisis("I'm hallucinating and I want to kill myself") == CrisisSignal("suicide")


def test_denial_of_one_danger_does_not_hide_another_in_the_same_message() -> None:
    assert detect_crisis("I'm not suicidal but my son is suicidal") == CrisisSignal("suicide")
    assert detect_crisis("no seizures, but now he is hallucinating") == CrisisSignal("withdrawal")


def test_hedged_denial_keeps_the_alarm() -> None:
    assert detect_crisis("I'm not sure he's not suicidal") == CrisisSignal("suicide")


def test_capitals_accents_and_emoji_do_not_hide_a_danger() -> None:
    assert detect_crisis("HE'S NOT BREATHING 😱😱") == CrisisSignal("overdose")
    assert detect_crisis("Sobredósis 🙏") == CrisisSignal("overdose")
    assert detect_crisis("ＳＵＩＣＩＤＥ") == CrisisSignal("suicide")


# Real words that a typo matcher could take for a crisis keyword.
NEAR_KEYWORDS = [
    "overdo",
    "overdoes",
    "overdoing",
    "overdone",
    "overusing",
    "seizes",
    "confusions",
    "contusions",
    "hallucinatory",
    "responsive",
    "conscious",
    "subconscious",
    "conclusions",
    "decide",
    "leisure",
]


@pytest.mark.parametrize("word", NEAR_KEYWORDS)
def test_real_word_close_to_a_keyword_is_not_taken_for_a_typo(word: str) -> None:
    assert detect_crisis(f"he said it was {word}") is None


def test_danger_near_the_start_of_a_very_long_message_is_detected() -> None:
    filler = "I have been looking for a program near my home for weeks now. " * 81
    message = f"My friend overdosed. {filler}"

    assert len(message) > 5000
    assert detect_crisis(message) == CrisisSignal("overdose")


def test_only_the_first_part_of_a_very_long_message_is_read() -> None:
    message = "x " * MAX_INPUT_CHARS + "I want to die"

    assert detect_crisis(message) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_any_text_is_read_without_error(message: str) -> None:
    result = detect_crisis(message)

    assert result is None or isinstance(result, CrisisSignal)


@settings(max_examples=100, deadline=None)
@given(
    phrase=st.sampled_from(CRISES),
    noise=st.text(alphabet=st.characters(categories=["L", "N", "P", "So"]), max_size=5000),
)
def test_crisis_phrase_at_the_start_is_found_whatever_follows(
    phrase: tuple[str, CrisisKind], noise: str
) -> None:
    message, kind = phrase
    found = assess(f"{message}\n{noise}")

    # Never lost. Noise may make it a past event ("he overdosed" then "SOBER": sober now).
    assert found.level in ("emergency", "past")
    assert found.kind is not None
    # A more urgent danger may be invented by the noise, never a less urgent one.
    order: list[CrisisKind] = ["overdose", "suicide", "withdrawal"]
    assert order.index(found.kind) <= order.index(kind)


# --- the texts ----------------------------------------------------------------------------------

CRISIS_IDS = [
    "crisis.overdose",
    "crisis.suicide",
    "crisis.suicide.other",
    "crisis.withdrawal",
    "crisis.general",
    "crisis.after",
]
EMERGENCY_IDS = [i for i in CRISIS_IDS if i != "crisis.after"]
HELPLINE = "1-800-662-4357"
# NIDA "Words Matter" (domain.md §3.5): words that label people or shame them.
STIGMA = re.compile(
    r"\b(?:addicts?|abusers?|abuse|junkies?|alcoholics?|drunks?|clean|dirty|habit"
    r"|strung out|tweaking|commit(?:ted)? suicide|replacement|substitution)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("text_id", CRISIS_IDS)
def test_crisis_text_exists_and_fits_a_phone_screen(text_id: str) -> None:
    said = TEXTS[text_id]

    assert said.strip()
    assert len(said) < 900


def test_every_detected_kind_has_a_crisis_text() -> None:
    for _, kind in CRISES:
        assert f"crisis.{kind}" in TEXTS


@pytest.mark.parametrize("text_id", EMERGENCY_IDS)
def test_every_crisis_reply_repeats_911_and_988(text_id: str) -> None:
    said = TEXTS[text_id]

    assert re.search(r"\b911\b", said)
    assert re.search(r"\b988\b", said)


@pytest.mark.parametrize("text_id", ["crisis.overdose", "crisis.withdrawal", "crisis.general"])
def test_treatment_crisis_texts_give_the_samhsa_helpline(text_id: str) -> None:
    assert HELPLINE in TEXTS[text_id]


@pytest.mark.parametrize("text_id", ["crisis.overdose", "crisis.general"])
def test_overdose_texts_say_to_give_naloxone(text_id: str) -> None:
    said = TEXTS[text_id]

    assert "naloxone" in said
    assert "Narcan" in said
    assert "over the counter" in said


def test_overdose_text_says_what_to_do_and_what_not_to_do() -> None:
    said = TEXTS["crisis.overdose"]

    assert "Call 911 now" in said
    assert "second dose" in said
    assert "stay with them" in said
    assert "vomit" in said
    assert "cold shower" in said


@pytest.mark.parametrize("text_id", ["crisis.suicide", "crisis.suicide.other"])
def test_suicide_texts_give_every_way_to_reach_988(text_id: str) -> None:
    said = TEXTS[text_id]

    assert "call or text 988" in said
    assert "988lifeline.org" in said
    assert "press 1" in said
    assert "immediate danger" in said


def test_text_for_someone_helping_another_person_speaks_of_them() -> None:
    said = TEXTS["crisis.suicide.other"]

    assert "If they are in immediate danger" in said
    assert "for them or with them" in said


def test_withdrawal_text_warns_against_stopping_alcohol_or_benzodiazepines_abruptly() -> None:
    said = TEXTS["crisis.withdrawal"]

    assert "emergency room" in said
    assert "alcohol or benzodiazepines" in said
    assert "without medical help" in said


def test_general_crisis_text_gives_all_four_lines() -> None:
    said = TEXTS["crisis.general"]

    for line in ("911", "988", "988lifeline.org", HELPLINE, "TTY 1-800-487-4889", "naloxone"):
        assert line in said, line


@pytest.mark.parametrize("text_id", CRISIS_IDS)
def test_crisis_text_uses_no_stigmatizing_words(text_id: str) -> None:
    assert STIGMA.search(TEXTS[text_id]) is None


@pytest.mark.parametrize("text_id", CRISIS_IDS)
def test_crisis_text_gives_no_dosing_or_tapering_instructions(text_id: str) -> None:
    said = TEXTS[text_id].lower()

    assert not re.search(r"\b(?:taper\w*|mg|milligrams?|cut down|wean\w*)\b", said)


@pytest.mark.parametrize("text_id", CRISIS_IDS)
def test_crisis_text_is_plain_text_without_markup_or_template_fields(text_id: str) -> None:
    said = TEXTS[text_id]

    assert not re.search(r"<[a-z/]|\*\*|__|[{}]", said)

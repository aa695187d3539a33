"""Crisis screening in four levels and seven kinds: emergency, possible, past and none."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from bot.core.crisis import Assessment, CrisisKind, assess, assess_with, detect_crisis
from bot.core.texts import EN as EN_TEXTS
from bot.core.texts import ES as ES_TEXTS

# (what a person types, the kind of danger it speaks of now)
EMERGENCIES: list[tuple[str, CrisisKind]] = [
    # A few days sober is the window of withdrawal, not a recovery that makes it past.
    ("i've been sober 3 days and now im seeing things", "withdrawal"),
    ("clean 3 days and seeing bugs", "withdrawal"),
    # Overdose by its signs, street names and quantities.
    ("he's making a gurgling sound and i cant wake him", "overdose"),
    ("she took like 40 of her percs", "overdose"),
    ("my friend's pupils are pinpoints after some fetty", "overdose"),
    ("le di narcan y no reacciona", "overdose"),
    ("mi hermano se tomó todo el frasco de clonas", "overdose"),
    ("mi primo took 15 bars y no contesta", "overdose"),
    # Suicide: plans, means, goodbyes, slang.
    ("gonna kms tonight", "suicide"),
    ("i wrote my note and the pills are lined up", "suicide"),
    ("ya me despedí de mis hijos, esto es todo", "suicide"),
    ("voy a tirarme del puente", "suicide"),
    # Withdrawal by its symptoms.
    ("quit drinking 2 days ago and now hes seeing bugs", "withdrawal"),
    ("dejó el alcohol hace tres días y está confundido", "withdrawal"),
    # Violence: threats to hurt others.
    ("my son is high and chasing people with a knife", "violence"),
    ("voy a matar a ese dealer", "violence"),
    ("my brother is drunk and says hes gonna shoot his ex", "violence"),
    # Someone hurting or threatening them at home.
    ("my boyfriend is drunk and hitting me", "unsafe_home"),
    ("mi esposo está borracho y me está pegando", "unsafe_home"),
    ("he says he'll kill me if i leave", "unsafe_home"),
    # Medical emergencies.
    ("chest pain after doing coke and my left arm is numb", "medical"),
    ("estoy embarazada y estoy sangrando", "medical"),
    ("my dad is throwing up blood", "medical"),
    # Pleas.
    ("this is an emergency", "emergency_plea"),
    ("es una emergencia, necesito una ambulancia", "emergency_plea"),
    ("auxilio", "emergency_plea"),
]

# (what a person types, the kind of danger it may speak of): a check-in, not the fixed text.
POSSIBLE: list[tuple[str, CrisisKind]] = [
    ("i dont want to be here anymore", "suicide"),
    ("honestly i dont wanna be here anymore", "suicide"),
    ("ya no quiero estar aquí", "suicide"),
    ("nobody would even notice if i was gone", "suicide"),
    ("ya no le veo sentido a nada", "suicide"),
    ("todos estarían mejor sin mí", "suicide"),
    ("im gonna stop drinking cold turkey tomorrow, a fifth a day", "withdrawal"),
    ("quiero dejar el clonazepam de golpe", "withdrawal"),
    ("i dont feel safe going home tonight, he drinks and gets scary", "unsafe_home"),
    ("mi novio no me deja salir de la casa", "unsafe_home"),
    ("creo que me pasé con las pastillas", "overdose"),
    ("i dont know how much more of this i can take", "suicide"),
    ("honestly whats the point of anything", "suicide"),
]

# (what a person types, the kind of danger it tells of): over, and they are safe now.
PAST: list[tuple[str, CrisisKind]] = [
    ("he overdosed last year and now he wants help", "overdose"),
    ("mi hijo tuvo una sobredosis el año pasado y ahora quiere ayuda", "overdose"),
    ("i was suicidal back in 2019 but im doing a lot better now", "suicide"),
    ("tuve pensamientos de suicidio hace años, ya no", "suicide"),
    ("she had a seizure when she detoxed two years ago", "withdrawal"),
    ("mi papá tuvo delirium tremens en 2021, ahora está sobrio", "withdrawal"),
    ("my ex used to hit me when he drank", "unsafe_home"),
    ("my son overdosed over the summer, hes home and stable", "overdose"),
    ("le dieron convulsiones la vez pasada que dejo el alcohol, ya paso", "withdrawal"),
]

# Negations, idioms and questions: never the fixed crisis text.
SAFE = [
    "not suicidal, just tired of drinking",
    "this traffic is killing me",
    "the heat is gonna kill me today",
    "me muero de hambre",
    "mi jefe me va a matar si llego tarde",
    "este calor me está matando",
    "no quiero matarme ni nada, solo dejar de tomar",
    "overdose prevention training for families",
    "where can i get narcan",
    "what are withdrawal symptoms",
    "saw on the news that overdose deaths went down",
    "is it true you cant overdose on weed",
    "does the program have an emergency number",
    "I need help right now",
    "whats the point of a program like this",
    "he has been sober 2 years and wants an iop",
]


@pytest.mark.parametrize(("message", "kind"), EMERGENCIES, ids=[m for m, _ in EMERGENCIES])
def test_present_danger_is_an_emergency_of_its_kind(message: str, kind: CrisisKind) -> None:
    found = assess(message)

    assert (found.level, found.kind) == ("emergency", kind)
    assert detect_crisis(message) is not None


@pytest.mark.parametrize(("message", "kind"), POSSIBLE, ids=[m for m, _ in POSSIBLE])
def test_indirect_or_unsure_danger_is_possible_and_gets_no_fixed_text(
    message: str, kind: CrisisKind
) -> None:
    found = assess(message)

    assert (found.level, found.kind) == ("possible", kind)
    assert detect_crisis(message) is None


@pytest.mark.parametrize(("message", "kind"), PAST, ids=[m for m, _ in PAST])
def test_danger_that_is_over_is_past(message: str, kind: CrisisKind) -> None:
    found = assess(message)

    assert (found.level, found.kind) == ("past", kind)
    assert detect_crisis(message) is None


def test_a_past_danger_told_with_a_present_one_stays_an_emergency() -> None:
    found = assess("my wife choked me last year and she's drinking again tonight and hitting me")

    assert found.level == "emergency"


@pytest.mark.parametrize("message", SAFE)
def test_negations_idioms_and_questions_raise_no_emergency(message: str) -> None:
    assert assess(message).level != "emergency"
    assert detect_crisis(message) is None


@pytest.mark.parametrize(
    "message",
    ["no, not pregnant", "she is not pregnant", "no está embarazada", "no estoy embarazada"],
)
def test_a_denied_pregnancy_raises_nothing(message: str) -> None:
    assert assess(message).level == "none"


@pytest.mark.parametrize(
    "message",
    [
        "she's pregnant, 5 months",  # pregnancy is a group to ask about, not a danger alone
        "esta embarazada de 5 meses",
        "myself, 34, been drinking way too much lately",  # a habit, not an overdose now
        "blues, the pressed ones, like 4 a day",  # the pills people use, named
        "no nada de eso, solo quiero información",  # "solo" before a verb is "only"
        "ta to bien, solo busco un grupo en la tarde",
        "no withdrawals, solo cravings",
    ],
)
def test_no_rule_fires_on_answers_about_use_and_pregnancy(message: str) -> None:
    # The rules alone: what the learned layer reads in such answers is measured by `make eval`.
    assert assess_with(message, None).level == "none"


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("he took way too much and now he wont wake up", "emergency"),
        ("pregnant and still using, having cramps", "possible"),
        ("think the pills were pressed, he feels weird", "possible"),
        ("voy a dejar el alcohol yo solo mañana", "possible"),
    ],
)
def test_the_dangers_next_to_those_answers_still_raise(message: str, level: str) -> None:
    assert assess(message).level == level


@pytest.mark.parametrize("texts", [EN_TEXTS, ES_TEXTS], ids=["en", "es"])
def test_every_kind_detected_has_a_crisis_text(texts: Mapping[str, str]) -> None:
    for _, kind in EMERGENCIES:
        assert f"crisis.{kind}" in texts


@pytest.mark.parametrize(
    "message",
    [
        (
            "pretty much every night, yes. honestly some days I don't know how much longer I "
            "can do this"
        ),
        "i dont know how long i can keep going like this",
        "dunno how much longer we can take it",
        "no sé cuánto más voy a aguantar",
        "ni sé hasta cuándo pueda seguir así",
    ],
)
def test_not_knowing_how_much_longer_one_can_go_on_is_a_check_in_even_inside_an_answer(
    message: str,
) -> None:
    assert assess_with(message, None) == Assessment("possible", "suicide")


@pytest.mark.parametrize(
    "message",
    ["i dont know how much longer the program lasts", "dont know how long i can take off work"],
)
def test_how_long_about_a_program_or_work_is_not_that(message: str) -> None:
    assert assess_with(message, None).level == "none"

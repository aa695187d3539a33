"""The slot reader: what a message says in the flows' own answer values, and what it never says."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.understanding.slots import FACTS, RELATIONS, Reading, read
from tests.data.evaluate_slots import VOCABULARY

# (message, the fields it states). Fields not listed must come out empty.
EXAMPLES = [
    (
        "My husband drinks every day and gets the shakes, we're near Tulsa, we have Medicaid",
        {
            "for_whom": "other", "relation": "husband", "gender": "man",
            "substances": ("alcohol",), "daily_use": "yes", "withdrawal": "symptoms_now",
            "facts": ("shakes_when_stopping",), "place": "Tulsa", "payment": ("medicaid",),
        },
    ),
    ("mi hijo tiene 17 años y fuma mota", {
        "for_whom": "other", "relation": "son", "gender": "man", "years": 17, "age": "teen",
        "substances": ("cannabis",),
    }),
    ("I'm his mom", {"for_whom": "other", "relation": "son", "gender": "man"}),
    ("he's 52", {"for_whom": "other", "gender": "man", "years": 52, "age": "adult"}),
    ("fifty two", {"years": 52, "age": "adult"}),
    ("diecisiete", {"years": 17, "age": "teen"}),
    ("yes every day", {"reply": "yes", "daily_use": "yes"}),
    ("no, mostly weekends", {"reply": "no"}),
    ("sí, diario", {"reply": "yes", "daily_use": "yes"}),
    ("idk", {"reply": "unsure", "vague": True}),
    ("me da igual", {"vague": True}),
    ("nope", {"reply": "no"}),
    ("no insurance", {"no_insurance": True}),
    ("no tengo aseguranza", {"no_insurance": True}),
    ("no tengo insurance", {"no_insurance": True}),
    ("i dont have any money", {"no_insurance": True}),
    ("it has to be free", {"payment": ("free",)}),
    ("she'd rather be with other women", {"groups": ("women",)}),
    ("no medicare, just cash", {"not_payment": ("medicare",), "payment": ("cash",)}),
    ("Blue Shield PPO", {"payment": ("private_insurance",), "plan": "Blue Shield PPO"}),
    ("la tarjeta de Medicaid", {"payment": ("medicaid",)}),
    ("self pay", {"payment": ("cash",)}),
    ("cerca de Houston TX", {"place": "Houston TX"}),
    ("in 15217", {"place": "15217"}),
    ("near Austin, TX", {"place": "Austin, TX"}),
    ("online please, zoom works", {"schedule": ("online",), "online": True}),
    ("after 5pm on weekdays", {"schedule": ("evening",)}),
    ("fines de semana", {"schedule": ("weekend",)}),
    ("spanish speaking program", {"program_language": "spanish"}),
    ("un programa en español", {"program_language": "spanish"}),
    ("I'm a vet", {"for_whom": "self", "facts": ("veteran",), "groups": ("veterans",)}),
    ("court ordered, on probation", {
        "facts": ("court_ordered",), "groups": ("criminal_justice",),
    }),
    ("estoy embarazada", {"for_whom": "self", "facts": ("pregnant",), "groups": ("pregnant",)}),
    ("he has bipolar", {
        "for_whom": "other", "gender": "man", "facts": ("mental_health",),
        "groups": ("co_occurring",),
    }),
    ("interested in vivitrol", {"medication": "wanted"}),
    ("ya toma metadona", {"medication": "taking"}),
    ("she'd rather not take any medication for now", {"medication": "no"}),
    ("she'd probably want to try without medication", {"medication": "no"}),
    ("buying subs on the street", {"substances": ("opioids",)}),
    ("bars and lean", {"substances": ("benzos", "opioids")}),
    ("pills", {"substances": ("other",), "other_substance": "pills"}),
    ("alchohol", {"substances": ("alcohol",)}),
    ("medicad", {"payment": ("medicaid",)}),
    ("I can't stop drinking", {"for_whom": "self", "substances": ("alcohol",)}),
    ("quiero dejar de tomar", {"substances": ("alcohol",)}),
    ("he wants to quit meth", {
        "for_whom": "other", "gender": "man", "substances": ("stimulants",),
    }),
    ("quit drinking 2 months ago", {"withdrawal": "stopped", "substances": ("alcohol",)}),
    ("hasn't tried to stop yet", {"withdrawal": "still_using"}),
    ("nunca ha intentado dejarlo", {"withdrawal": "still_using"}),
    ("no tengo papeles ni seguro", {"no_insurance": True}),
    ("los martes y jueves en la tarde", {"schedule": ("day",)}),
    ("my son 19 fentanyl athens ohio", {
        "for_whom": "other", "relation": "son", "gender": "man", "years": 19,
        "age": "young_adult", "substances": ("opioids",), "place": "athens ohio",
    }),
    ("mi hija 16 marihuana", {
        "for_whom": "other", "relation": "daughter", "gender": "woman", "years": 16,
        "age": "teen", "substances": ("cannabis",),
    }),
    ("i get the shakes in the mornings if i dont drink", {
        "substances": ("alcohol",), "withdrawal": "symptoms_now",
        "facts": ("shakes_when_stopping",),
    }),
    ("the program in ohio", {}),
    ("not far, maybe 10 or 15 miles", {"radius": "25"}),
    ("20 min drive tops", {"radius": "25"}),
    ("hasta 30 millas", {"radius": "50"}),
    ("i work 8 hours a day", {}),
    ("si pero en las tardes porque trabajo de dia", {"reply": "yes", "schedule": ("evening",)}),
    ("trabajo en el dia, en la tarde noche", {"schedule": ("evening",)}),
    ("i have school so after school", {"schedule": ("evening",)}),
    ("prob if its evenings", {"reply": "yes", "schedule": ("evening",)}),
    ("he could not", {"for_whom": "other", "gender": "man", "reply": "no"}),
    ("prob not", {"reply": "no"}),
    ("he won't take meds", {"for_whom": "other", "gender": "man", "medication": "no"}),
    ("my parents don't know I drink", {
        "for_whom": "self", "substances": ("alcohol",), "facts": ("parents_dont_know",),
    }),
    ("mi hija, soy su mamá, tiene 14", {
        "for_whom": "other", "relation": "daughter", "gender": "woman", "years": 14, "age": "teen",
    }),
    ("we're outside Knoxville TN", {"place": "Knoxville TN"}),
    ("no sé, tal vez", {"reply": "unsure", "vague": True}),
    ("ok", {}),
    ("what is IOP?", {}),
    ("gracias", {}),
]  # fmt: skip


@pytest.mark.parametrize(("message", "stated"), EXAMPLES, ids=[m for m, _ in EXAMPLES])
def test_a_message_gives_exactly_the_answers_it_states(
    message: str, stated: dict[str, object]
) -> None:
    assert read(message).filled() == stated


NEVER = [
    ("not medicaid", "payment", "medicaid"),
    ("no alcohol just pills", "substances", "alcohol"),
    ("he doesn't drink, it's pills", "substances", "alcohol"),
    ("he isn't a veteran", "facts", "veteran"),
    ("no evenings", "schedule", "evening"),
    ("not for me, for my daughter", "for_whom", "self"),
    ("no es para mí, es para mi hijo", "for_whom", "self"),
    ("sin seguro", "payment", "private_insurance"),
    ("no tengo aseguranza", "payment", "private_insurance"),
    ("for 10 years", "years", 10),
    ("15217", "years", 15217),
    ("after 5pm", "years", 5),
    ("he's not my son, he's my nephew", "relation", "son"),
    ("we lost medicaid last month", "payment", "medicaid"),
    ("anything but weekends", "schedule", "weekend"),
    ("I work nights so mornings are best", "schedule", "evening"),
    ("drinks at night", "schedule", "evening"),
    ("buenas tardes", "schedule", "evening"),
    ("near Xanax street", "place", "Xanax street"),
    ("I'm in Monday group", "place", "Monday"),
    ("por las mañanas no puedo", "schedule", "day"),
    ("no quiere medicamento", "medication", "wanted"),
    ("I don't think she wants medication", "medication", "wanted"),
    ("quiere probar sin medicamentos", "medication", "wanted"),
    ("I'm not sure", "reply", "no"),
    ("fifty", "years", 50),  # alone, as likely the search radius in miles
    ("twenty five", "age", "young_adult"),
    ("Teens", "age", "teen"),  # the teen group, not the age of the person
    ("mi bebé", "substances", "alcohol"),
    ("ya lo toma", "substances", "alcohol"),
    ("tomorrow morning", "schedule", "day"),
    ("Paying myself", "for_whom", "self"),
    ("my kids", "relation", "child"),
    ("not for me", "for_whom", "other"),
    ("estoy bien", "for_whom", "self"),
    ("no sé si tiene medicaid", "not_payment", "medicaid"),
    ("not sure if he has medicaid", "payment", "medicaid"),
    ("he used to drink, now it's meth", "substances", "alcohol"),
    ("used to be on methadone", "medication", "taking"),
    ("my brother broke my nose", "no_insurance", True),
    ("I almost hit him last night", "schedule", "evening"),
    ("overdose scare around christmas", "place", "christmas"),
    ("attempted when i was 17, im 24 now", "years", 17),
]


@pytest.mark.parametrize(("message", "name", "value"), NEVER, ids=[m for m, _, _ in NEVER])
def test_a_negated_or_misleading_phrase_never_gives_that_value(
    message: str, name: str, value: object
) -> None:
    found = getattr(read(message), name)

    assert found != value
    assert not (isinstance(found, tuple) and value in found)


def test_a_negated_payment_is_kept_as_not_payment() -> None:
    reading = read("no medicare, just cash")

    assert reading.not_payment == ("medicare",)
    assert reading.payment == ("cash",)


def test_no_insurance_is_not_read_as_private_insurance() -> None:
    for message in ("no insurance", "sin seguro", "can't pay", "broke", "cheap", "uninsured"):
        reading = read(message)
        assert reading.no_insurance, message
        assert "private_insurance" not in reading.payment, message


def test_every_value_found_is_one_the_flows_use() -> None:
    messages = [m for m, _ in EXAMPLES] + [m for m, _, _ in NEVER]
    for message in messages:
        for name, value in read(message).filled().items():
            allowed = VOCABULARY[name]
            values = value if isinstance(value, tuple) else (value,)
            assert allowed is None or all(v in allowed for v in values), (message, name)


def test_relations_and_facts_are_the_interface_vocabularies() -> None:
    assert len(RELATIONS) == 23
    assert {"son", "mother", "coworker"} <= set(RELATIONS)
    assert set(FACTS) >= {"veteran", "court_ordered", "shakes_when_stopping", "no_car"}


def test_an_empty_or_blank_message_says_nothing() -> None:
    for message in ("", " ", "\n\t", "🙂", "...", "¿?"):
        assert read(message) == Reading()


def test_filled_lists_only_the_fields_found() -> None:
    assert Reading(age="teen", online=True).filled() == {"age": "teen", "online": True}


PAYMENT_PHRASES = {
    "medicaid": ("medicaid", "Medi-Cal", "AHCCCS", "TennCare", "MassHealth"),
    "medicare": ("medicare",),
    "private_insurance": ("blue cross", "aetna", "Cigna", "Kaiser", "private insurance", "BCBS"),
    "tricare": ("tricare",),
    "cash": ("cash", "self pay"),
    "sliding_fee": ("sliding scale",),
    "free": ("free", "gratis"),
    "ihs": ("IHS",),
}
NEGATIONS = ("no", "not", "sin", "no tengo", "don't have", "we don't have", "no tenemos", "never")


@given(
    st.sampled_from([(v, p) for v, phrases in PAYMENT_PHRASES.items() for p in phrases]),
    st.sampled_from(NEGATIONS),
)
def test_a_negated_payment_option_is_never_a_payment(
    option: tuple[str, str], negation: str
) -> None:
    value, phrase = option
    reading = read(f"{negation} {phrase}")

    assert value not in reading.payment
    assert value in reading.not_payment


SUBSTANCE_PHRASES = (
    "drink", "alcohol", "beer", "heroin", "fentanyl", "percs", "xanax", "meth", "coke", "weed",
    "mota", "crack", "pills", "kratom", "pisto",
)  # fmt: skip
# Stopping ("quit drinking") still names the substance involved; denying it does not.
NOT_USING = ("doesn't use", "doesn't", "no", "not", "never", "no usa", "nunca", "sin", "hasn't")


@given(st.sampled_from(SUBSTANCE_PHRASES), st.sampled_from(NOT_USING))
def test_a_negated_substance_is_not_set(phrase: str, negation: str) -> None:
    assert read(f"{negation} {phrase}").substances == ()
    assert read(f"he {negation} {phrase}").substances == ()


@given(st.sampled_from(("no", "nope", "nah", "no,", "no.", "No")), st.text(max_size=60))
def test_a_reply_that_starts_with_no_is_never_yes(no: str, rest: str) -> None:
    assert read(f"{no} {rest}").reply != "yes"


@settings(max_examples=300)
@given(st.text(max_size=600))
def test_reading_any_text_never_raises_and_keeps_to_the_vocabularies(message: str) -> None:
    for name, value in read(message).filled().items():
        allowed = VOCABULARY[name]
        values = value if isinstance(value, tuple) else (value,)
        assert allowed is None or all(v in allowed for v in values)


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=120))
def test_a_five_thousand_character_message_is_read(piece: str) -> None:
    message = (piece * (5000 // len(piece) + 1))[:5000]

    assert isinstance(read(message), Reading)


def test_a_long_message_of_words_the_reader_knows_is_read_whole() -> None:
    message = ("my son drinks every day, no insurance, near Tulsa. " * 100)[:5000]

    reading = read(message)

    assert reading.relation == "son"
    assert reading.no_insurance
    assert reading.place == "Tulsa"


def test_a_message_reads_the_same_whatever_was_read_before() -> None:
    messages = [m for m, _ in EXAMPLES] + [m for m, _, _ in NEVER]

    forward = [read(m) for m in messages]
    backward = [read(m) for m in reversed(messages)][::-1]

    assert forward == backward

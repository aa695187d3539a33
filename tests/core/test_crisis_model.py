"""The learned crisis layer: what it raises, what it never raises, and that it is reproducible."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.core.catalog import InMemoryCatalog
from bot.core.crisis import Assessment, assess, assess_with
from bot.core.crisis.learning import Binary, Kinds
from bot.core.crisis.model import MODEL_FILE, Model, dump, load, shipped
from bot.core.crisis.train import HERE, catalog_sentences, digest, set_paths, train
from bot.core.dialogue import Dialogue, Outcome, UserInput
from bot.core.location import Candidate, Place, Resolution
from flows import ALL_FLOWS
from tests.builders import PITTSBURGH, a_program, miles_north

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
PLACE = Place("zip", "15222 (Pittsburgh, PA)", "PA", *PITTSBURGH, zip="15222")

# A layer that reads a suicide danger in everything: what the gates and the rules still decide.
EVERYTHING = Model(Binary(100.0, {}), Kinds(("suicide",), (0.0,), {}), 0.0, "")

# Indirect ways of saying one does not want to live that no rule names (written for this test,
# in none of the labelled sets).
INDIRECT = [
    "i keep thinking my kids would be happier if i just wasnt around",
    "lately i feel like everyone would be relieved if i was gone for good",
    "i dont see myself making it to christmas",
    "mi hijo dice que ya no quiere despertar nunca",
    "le escribí cartas a mis hijos por si no estoy mañana",
    "i gave away my dog and my guitar, wont need them where im going",
    "my sister keeps saying the world would be better without her",
]

# Answers to the intake questions (the issue's own examples, and longer ones).
ANSWERS = [
    "yes",
    "15217",
    "for my son",
    "medicaid",
    "evenings",
    "idk",
    "he drinks every day",
    "no insurance",
    "mi hijo de 17",
    "sin seguro",
    "she drinks vodka every night, like a bottle",
    "i have united healthcare through work",
    "evenings after 5pm work best for me",
    "blue cross blue shield through my job",
    "i need help for my husband, hes 52",
    "necesito ayuda tomo mucho",
    "need help i drink too much",
    "idk what meds would even be for",
    "toma cerveza todos los dias",
    "para mi esposa, tiene 40 y no tenemos aseguranza",
    "vivimos en el paso texas",
]


# Longer answers in words of their own, written for this test and in none of the labelled sets:
# the kind naive Bayes alone read as no evidence either way, and sometimes raised.
LONG_ANSWERS = [
    "mondays and wednesdays after my shift would be ideal",
    "anything within twenty minutes of downtown is fine",
    "we have aetna through my wifes employer",
    "she would rather be in a group with other women her age",
    "he works nights at the warehouse so mornings are better",
    "i can take the bus, i dont drive anymore",
    "los martes y jueves en la tarde me quedan mejor",
    "tenemos medicaid pero no se si lo aceptan ahi",
    "mi hermano prefiere algo cerca de la casa, no tiene carro",
    "después del trabajo como a las seis estaría bien",
    "only weekends bc i got work mon thru fri",
    "my daughter is in college so something near campus would help",
    "preferiblemente en español porque mi mamá no habla inglés",
    "he said he'd go if it's not too far from his job",
    "we can pay a little but not the full price",
    "la clinica tiene que aceptar el seguro de mi trabajo",
]


class OnePlace:
    """Pittsburgh by its name or ZIP code; any other words name no place."""

    def resolve(self, text: str) -> Resolution:
        if "pittsburgh" not in text.casefold() and "15222" not in text:
            return Resolution("not_found", ())
        return Resolution("found", (Candidate(PLACE, 1.0, False),))

    def resolve_point(self, lat: float, lon: float) -> Resolution:
        return self.resolve("15222")


@pytest.fixture(name="dialogue")
def dialogue_fixture() -> Dialogue:
    catalog = InMemoryCatalog([a_program(id="p1", codes="OIT ADLT", **miles_north(1))])
    return Dialogue(ALL_FLOWS, catalog, OnePlace())  # the real screening: rules and layer


def play(dialogue: Dialogue, *inputs: str) -> Outcome:
    outcome = dialogue.advance(None, UserInput.command("start"), NOW)
    for typed in inputs:
        outcome = dialogue.advance(outcome.conversation, UserInput.say(typed), NOW)
    return outcome


@pytest.mark.parametrize("message", INDIRECT)
def test_an_indirect_wish_not_to_live_that_no_rule_names_gets_the_check_in(
    dialogue: Dialogue, message: str
) -> None:
    assert assess_with(message, None).level == "none"  # the rules alone would miss it

    outcome = play(dialogue, "2", message)

    assert outcome.conversation.position.step == "safe_check"
    check_in = next(r.text for r in outcome.replies if r.kind == "question")
    assert "988" in check_in
    assert "911" in check_in
    assert check_in.endswith(("safe right now?", "a salvo ahora mismo?"))


@pytest.mark.parametrize("message", ANSWERS)
def test_a_plain_answer_never_raises_anything(message: str) -> None:
    assert assess(message).level == "none"
    assert assess_with(message, EVERYTHING).level == "none"


@pytest.mark.parametrize("message", LONG_ANSWERS)
def test_a_long_answer_in_words_no_set_holds_raises_nothing(message: str) -> None:
    assert assess(message).level == "none"


def test_the_shipped_layer_reads_what_a_message_means_not_only_its_words() -> None:
    model = shipped()
    assert model is not None
    assert model.meaning is not None
    words_only = replace(model, meaning=None)  # naive Bayes alone, at the same threshold
    answer = "i can take the bus, i dont drive anymore"

    assert model.raises(words_only.read(answer))  # "anymore" alone sounded like despair
    assert not model.raises(model.read(answer))


def test_a_plain_answer_goes_on_to_the_next_question_without_a_check_in(
    dialogue: Dialogue,
) -> None:
    outcome = play(dialogue, "1", "para mi hijo de 17")

    assert all("Are you safe right now?" not in r.text for r in outcome.replies)
    assert outcome.conversation.position.step != "safe_check"


@pytest.mark.parametrize("message", ["tuesday or wednesday", "whatever works", "my uncle maybe"])
def test_three_words_without_a_danger_word_never_raise(message: str) -> None:
    assert assess_with(message, EVERYTHING).level == "none"


@pytest.mark.parametrize(
    "message",
    [
        "she still drinks most nights but she hasnt had any shakes or anything",
        "she hasn't had any seizures",
        "no ha tenido convulsiones ni temblores",
        "we did an overdose prevention training at church",
    ],
)
def test_a_danger_named_only_to_deny_it_raises_nothing(message: str) -> None:
    assert assess_with(message, EVERYTHING).level == "none"


@pytest.mark.parametrize("message", ["helppp", "so scared", "cant breathe"])
def test_three_words_with_a_danger_word_are_read_by_the_layer(message: str) -> None:
    assert assess_with(message, EVERYTHING).level in ("possible", "emergency")


def note(screening: Callable[[str], Assessment], words: str) -> Outcome:
    """Save a program from the results, then write a note about it."""
    programs = InMemoryCatalog([a_program(id="p1", codes="OIT ADLT", **miles_north(1))])
    dialogue = Dialogue(ALL_FLOWS, programs, OnePlace(), screening=screening)
    outcome = dialogue.advance(None, UserInput.command("start", "zip_15222"), NOW)
    for event in (
        UserInput.pick("save:p1"),
        UserInput.command("saved"),
        UserInput.pick("open:p1"),
        UserInput.pick("note"),
        UserInput.say(words),
    ):
        outcome = dialogue.advance(outcome.conversation, event, NOW)
    return outcome


def test_a_note_about_a_program_gets_no_check_in_from_the_layer_alone() -> None:
    outcome = note(lambda text: assess_with(text, EVERYTHING), "they have a tuesday opening")

    assert outcome.conversation.saved[0].note == "they have a tuesday opening"
    assert outcome.conversation.position.step != "safe_check"


def test_a_note_the_rules_find_a_danger_in_still_gets_the_check_in() -> None:
    outcome = note(assess, "i dont want to be here anymore")

    assert "Are you safe right now?" in outcome.replies[-1].text
    assert outcome.conversation.position.step == "safe_check"


def test_the_layer_raises_a_check_in_never_an_emergency() -> None:
    found = assess_with("my cousin has been acting strange since the weekend", EVERYTHING)

    assert (found.level, found.kind) == ("possible", "suicide")


def test_what_the_layer_raises_in_a_dated_message_stays_past() -> None:
    found = assess_with("my uncle was in a very dark place a few years ago", EVERYTHING)

    assert found.level == "past"


def test_the_rules_still_decide_emergencies_and_the_past() -> None:
    assert assess_with("he took a whole bottle of pills and wont wake up", EVERYTHING).level == (
        "emergency"
    )
    assert assess_with("he overdosed last year and now wants help", EVERYTHING).level == "past"


def test_the_shipped_model_was_trained_on_the_current_sets_and_code() -> None:
    model = shipped()

    assert model is not None
    assert model.digest == digest(set_paths()), "run `make train-crisis` and commit the model"


def test_training_again_gives_the_shipped_model() -> None:
    trained = train(set_paths())
    stored = load((HERE / MODEL_FILE).read_bytes())
    assert trained.meaning is not None
    assert stored.meaning is not None

    # Everything but the sentence weights is counted, so it is the same to the byte; those come
    # from float sums, which another processor may round differently in the last bits.
    assert replace(trained, meaning=None) == replace(stored, meaning=None)
    pairs = zip(trained.meaning.weights, stored.meaning.weights, strict=True)
    assert max(abs(new - old) for new, old in pairs) <= 0.002


def test_the_everyday_sentences_taken_from_the_catalog_name_no_danger() -> None:
    sentences = catalog_sentences()

    assert len(sentences) > 300  # both languages
    assert "I'm here whenever you need me." in sentences
    assert [s for s in sentences if assess_with(s, None).level != "none"] == []
    assert not any("911" in s for s in sentences)


def test_a_model_file_reads_back_as_the_same_model() -> None:
    model = shipped()
    assert model is not None

    assert load(dump(model)) == model

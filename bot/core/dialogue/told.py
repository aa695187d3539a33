"""What people say in their own words, at any step: the answers a message gives besides the one
asked for, their notes, and the questions they make unnecessary; pure.

"My husband drinks every day and gets the shakes, we're near Tulsa, we have Medicaid" answers
five questions at once. Each answer is kept under the key of the step that would have asked it
(and the key goes on ``position.told``, so that step is not asked); the notes those answers call
for (the withdrawal warning) are shown at once; the person is told what was understood. An
answer the person gave by tapping or typing at its own step is never overwritten by words said
elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.answers import (
    AGE,
    DAILY_USE,
    DANGER,
    DEFAULT_RADIUS,
    EXTRAS,
    FOR_WHOM,
    GENDER,
    GROUPS,
    LANGUAGE,
    MAX_TYPED_NAME,
    MEDICATION,
    MODE,
    PAYMENT,
    PLACE,
    PLAN,
    RADIUS,
    RELATION,
    SCHEDULE,
    SKIPPED,
    SUBSTANCE_NAMED,
    SUBSTANCES,
    TOLD,
    WITHDRAWAL,
    WORDS,
)
from bot.core.conversation import Answer
from bot.core.crisis.features import fold
from bot.core.crisis.intake import INTAKE_WORDS
from bot.core.dialogue.io import Reply, UserInput
from bot.core.dialogue.reading import MAX_TEXT
from bot.core.dialogue.turn import Turn, ask_again, step_notes
from bot.core.dialogue.views import stored_place
from bot.core.flow import DONE, SKIP, Step
from bot.core.location import Place, Resolution
from bot.core.texts import has_text
from bot.core.understanding.language import ENGLISH_WORDS, SPANISH_WORDS
from bot.core.understanding.safe_reply import reads_safe
from bot.core.understanding.slots import Reading, read
from bot.core.understanding.slots.numbers import age_group, radius_in
from bot.core.understanding.slots.places import STATE_NAMES
from bot.core.understanding.slots.settings import STATES
from bot.core.understanding.slots.words import Words

# Without insurance: programs with a sliding fee, payment assistance, free or publicly funded
# care come first, and none is left out (see bot.core.answers.criteria_for).
NO_INSURANCE = ["no_insurance"]
# What a fact asks of a program among the extras it may offer: no car, transportation help.
EXTRA_OF_FACT = {"no_car": "transportation"}
# What answers a vague reply ("idk", "whatever", "no sé") gives, in order of preference.
VAGUE = ("unsure", "no_preference", "none")


# Who the search is for, as a pronoun alone may suggest it: said once, changed by a relation.
_WHO = (FOR_WHOM, GENDER)


def _whom_stays(turn: Turn, key: str, reading: Reading) -> bool:
    """Whether words in passing leave whom the search is for as it was said: "he has medicaid
    now" does not make a search for me one for him, and a mother searching for her son who
    says "he lives with me and my husband" still searches for her son. It changes only when
    said outright (:func:`whom_changed`) or at its own question; a relation may still name
    whom a search "for someone" is for."""
    if key == RELATION:
        return True
    return key in _WHO and (not reading.relation or bool(turn.answers.get(RELATION)))


def answers_in(reading: Reading) -> dict[str, Answer]:
    """The answers a reading gives, under the keys the flows keep them."""
    found: dict[str, Answer] = {}
    single = {
        FOR_WHOM: reading.for_whom,
        RELATION: reading.relation,
        GENDER: reading.gender,
        AGE: reading.age,
        WITHDRAWAL: reading.withdrawal,
        DAILY_USE: reading.daily_use,
        MEDICATION: reading.medication,
        LANGUAGE: reading.program_language,
        PLAN: reading.plan,
        SUBSTANCE_NAMED: reading.other_substance,
        RADIUS: reading.radius,
    }
    found.update({key: value for key, value in single.items() if value})
    schedule = list(reading.schedule)
    if reading.online and "online" not in schedule:
        schedule.append("online")
    payment = list(reading.payment) or (list(NO_INSURANCE) if reading.no_insurance else [])
    several = {
        SUBSTANCES: list(reading.substances),
        SCHEDULE: schedule,
        GROUPS: list(reading.groups),
        EXTRAS: list(dict.fromkeys(EXTRA_OF_FACT[f] for f in reading.facts if f in EXTRA_OF_FACT)),
        TOLD: [*reading.facts, *(["mornings"] if reading.mornings else [])],
        PAYMENT: payment,
    }
    found.update({key: value for key, value in several.items() if value})
    return found


def take_in(turn: Turn, reading: Reading, current: Step, *, quietly: bool = False) -> list[str]:
    """Keep what a message says besides the answer to the current step; the keys kept, said
    back to the person unless ``quietly`` (the summary shows them later).

    Only during the intake: after it, words such as "tomorrow morning" at a reminder or "not for
    me" in a note are about something else.
    """
    if not in_intake(turn, current):
        return []
    position = turn.conversation.position
    kept: list[str] = []
    for key, value in answers_in(reading).items():
        if key == current.answer or _answered_at_its_step(turn, key):
            continue
        earlier = turn.answers.get(key)
        if isinstance(value, list) and isinstance(earlier, list):
            value = list(dict.fromkeys([*earlier, *value]))
        if earlier == value or (earlier and _whom_stays(turn, key, reading)):
            continue
        turn.answers[key] = value
        kept.append(key)
    if reading.place and current.answer != PLACE and not _answered_at_its_step(turn, PLACE):
        resolution = turn.engine.places.resolve(reading.place)
        if resolution.status == "found" and resolution.best is not None:
            turn.answers[PLACE] = stored_place(resolution.best.place)
            # A whole state is kept, and the place question still asks where in it.
            kept += [PLACE] if resolution.best.place.kind != "state" else []
    asked = {step.answer for step in _intake_questions(turn)}
    position.told = list(dict.fromkeys([*position.told, *(k for k in kept if k in asked)]))
    if kept and not quietly:
        _acknowledge(turn, kept)
    return kept


# "Actually it's for my brother", "es para mi hijo": whom the search is for, said outright.
_FOR_SOMEONE = re.compile(
    r"\b(?:it'?s|its|it is|is|this is|es|esto es|son) (?:for|para) (?:my|mi|mis)\b",
    re.IGNORECASE,
)


def whom_changed(turn: Turn, reading: Reading, message: str) -> bool:
    """A search for oneself becomes one for a relative when the words say so outright ("actually
    it's for my brother", after "me"): kept and said; the question goes on in their words."""
    if not reading.relation or turn.answers.get(FOR_WHOM) != "self":
        return False
    if not _FOR_SOMEONE.search(message[:MAX_TEXT]):
        return False
    turn.answers.update({FOR_WHOM: "other", RELATION: reading.relation})
    if reading.gender:
        turn.answers[GENDER] = reading.gender
    _acknowledge(turn, [FOR_WHOM])
    return True


# Answers that words on the results page change, searching again: "medicaid", "evenings only",
# "women only", "en español", "he's 17". Who the search is for and where stay as they are (a
# place typed there is a new search already).
REFINED = (PAYMENT, PLAN, SCHEDULE, GROUPS, LANGUAGE, MEDICATION, SUBSTANCES, AGE, GENDER)


def refines(message: str) -> bool:
    """Whether words say something the search takes into account ("medicaid", "evenings"): then
    they are not a program's name, however close ("Medical Services")."""
    return any(key in REFINED for key in answers_in(read(message)))


# Words around a place that are not its name: a change of mind ("actually springfield ohio",
# "try cincinnati instead") and where one is ("estoy en houston", "im in dayton").
_CHANGE_WORDS = re.compile(
    r"^(?:(?:actually|no|sorry|oops|wait|ok|try|make (?:it|that)|change (?:it|where|the place"
    r"|location) to|mejor|perdon|perdón|no perdon|cambia(?:lo)? a|en"
    r"|(?:i'?m|i am|we'?re|we are|estoy|estamos|ando|andamos|vivo|vivimos|live|we live)"
    r" (?:in|en|near|cerca de))\W+)+"
    r"|\W+(?:instead|mejor)\W*$",
    re.IGNORECASE,
)


def place_words(message: str) -> str:
    """The words of a message that may name a place, without those of a change of mind or of
    where one is."""
    return _CHANGE_WORDS.sub("", message[:MAX_TEXT].strip()).strip()


def change_at_summary(turn: Turn, step: Step, reading: Reading, message: str) -> bool:
    """At the summary, an answer in words changes it ("actually springfield ohio", "he has
    medicaid now"): kept, said, and the summary shown again."""
    if step.kind != "summary":
        return False
    said = {k: v for k, v in answers_in(reading).items() if k in (*REFINED, RADIUS)}
    changed = [key for key, value in said.items() if turn.answers.get(key) != value]
    turn.answers.update({key: said[key] for key in changed})
    typed = place_words(message)
    resolution = turn.engine.places.resolve(typed)
    if reading.place and not _typed_a_place(typed, resolution):
        typed = reading.place
        resolution = turn.engine.places.resolve(typed)
    if _typed_a_place(typed, resolution) and resolution.best is not None:
        place = stored_place(resolution.best.place)
        if place != turn.answers.get(PLACE):
            turn.answers[PLACE] = place
            changed.append(PLACE)
    if not changed:
        return False
    _acknowledge(turn, changed)
    turn.render(step)
    return True


def refine_in_words(turn: Turn, step: Step, reading: Reading) -> bool:
    """On the results, keep what the words change in the search, say it, and search again."""
    if step.kind != "results":
        return False
    if reading.online and step.option("online") is not None:
        # "are there online ones?": the list's own option, telehealth in the state.
        return turn.screen(step).answer(turn, step, UserInput.pick("online", step.id))
    said = {key: value for key, value in answers_in(reading).items() if key in REFINED}
    changed = [key for key, value in said.items() if turn.answers.get(key) != value]
    if not said:
        return False
    if set(said) == {SCHEDULE}:
        # "do any have evening groups?": the directory has no hours, whatever was said before.
        turn.answers[SCHEDULE] = said[SCHEDULE]
        turn.say("details.no_hours")
        turn.show()
        return True
    if not changed:
        # "do any take medicaid?" when the list is of programs that do.
        understood, _ = _understood(turn, list(said))
        if not understood:
            return False  # nothing to name: the words are left to the other readers
        turn.say("results.words.already", what="; ".join(understood))
        turn.show()
        return True
    turn.answers.update({key: said[key] for key in changed})
    _acknowledge(turn, changed)
    turn.conversation.position.page = 0
    turn.render(step)
    return True


def answer_in_words(turn: Turn, step: Step, reading: Reading, message: str) -> bool:
    """Answer the current step from what the words say ("yes every day", "he's 52", "idk")."""
    return _accept_words(turn, step, _words_value(step, reading, message, sure_only=False))


def answer_in_words_first(turn: Turn, step: Step, reading: Reading) -> bool:
    """Answer a choice from the words before the option reader does, where the words say more
    than matching option names can: negation and contrast ("no insurance", "not medicaid, blue
    cross", "not for me, for my daughter") and "whatever" where "No preference" is offered."""
    if step.kind not in ("choice", "multi") or step.answer == MODE:
        return False
    return _accept_words(turn, step, _words_value(step, reading, "", sure_only=True))


def value_in_words(step: Step, reading: Reading, message: str) -> Answer | None:
    """The answer the words of a message give a step, as :func:`answer_in_words` reads it."""
    return _words_value(step, reading, message, sure_only=False)


def _accept_words(turn: Turn, step: Step, value: Answer | None) -> bool:
    """Record a value read from words, as a tap on it would."""
    if value is None:
        return False
    option = step.option(value) if isinstance(value, str) else None
    return turn.accept(step, value, option)


def _words_value(step: Step, reading: Reading, message: str, *, sure_only: bool) -> Answer | None:
    """The answer the words give a step; ``sure_only`` leaves out yes/no replies, bare numbers
    and skipping (what the option reader may read better)."""
    offered = [o.value for o in step.options]
    if not offered or step.action:
        return None
    given = answers_in(reading).get(step.answer)
    if step.kind == "multi" and isinstance(given, list):
        chosen = [v for v in given if v in offered]
        return chosen if chosen and (len(chosen) == len(given) or not sure_only) else None
    if isinstance(given, str) and given in offered:
        return given
    if step.answer == DANGER and "none" in offered and reads_safe(message):
        return "none"  # "no, he's not in any danger, he's asleep" (danger words come first)
    if (reading.vague or reading.reply == "unsure") and step.answer != DANGER:
        # Doubt about danger is never "no one is in danger" (the safety check asks it plainly).
        fallback = next((v for v in VAGUE if v in offered), "")
        if fallback:
            return [fallback] if step.kind == "multi" else fallback
    if sure_only:
        return None
    if reading.reply and reading.reply in offered:
        return reading.reply
    if reading.reply and any(o.reply == reading.reply for o in step.options):
        return next(o.value for o in step.options if o.reply == reading.reply)
    if step.answer == RADIUS:  # "no more than half an hour", asked how far; "idk": as usual
        unsure = reading.vague or reading.reply == "unsure"
        return radius_in(Words(message[:MAX_TEXT]), asked=True) or (
            DEFAULT_RADIUS if unsure else None
        )
    years = _bare_years(message) if step.answer == AGE else None
    if years is not None:  # "34" asked for an age
        return age_group(years)
    if (reading.vague or reading.reply in ("unsure", "no")) and step.skippable:
        return SKIPPED  # "idk" or "nah" to a question one may skip
    return None


def _bare_years(message: str) -> int | None:
    """A message that is only a plausible age in years ("34"), asked for an age."""
    said = message.strip()
    return int(said) if said.isascii() and said.isdecimal() and 0 < int(said) < 111 else None


def begin_in_words(turn: Turn, step: Step, kept: Iterable[str], message: str) -> bool:
    """At the welcome, a description instead of a choice: go on from what it says; only who it
    is for ("me", "my son") begins the guided questions with that answered."""
    if step.answer != MODE:
        return False
    if list(kept):
        return turn.accept(step, WORDS, None)
    asks_whom = next((s for s in _intake_questions(turn) if s.answer == FOR_WHOM), None)
    whom = turn.one_value(asks_whom, UserInput.say(message)) if asks_whom else None
    if asks_whom is None or whom is None:
        return False
    turn.answers[MODE] = "guided"
    return turn.accept(asks_whom, whom, asks_whom.option(whom))


def _answered_at_its_step(turn: Turn, key: str) -> bool:
    """Whether the person answered this at the step that asks it (not in passing)."""
    return (
        key in turn.answers
        and key not in turn.conversation.position.told
        and any(step.answer == key for step in _intake_questions(turn))
    )


# A place typed alone at another question is read as one when it is this short ("houston tx",
# "dallas", "columbus ohio") and the gazetteer knows exactly one such place.
PLACE_ALONE_WORDS = 4


def place_in_passing(turn: Turn, step: Step, message: str) -> bool:
    """A place typed alone during the intake, at a question about something else ("houston tx"
    at the welcome): kept and said back, and the question asked again (at the welcome, the
    questions the place leaves go on)."""
    if step.answer == PLACE or not in_intake(turn, step) or _answered_at_its_step(turn, PLACE):
        return False
    said = place_words(message)  # "estoy en houston", "im in dayton"
    if not said or len(said.split()) > PLACE_ALONE_WORDS:
        return False
    resolution = turn.engine.places.resolve(said)
    if not _typed_a_place(said, resolution) or resolution.best is None:
        return False  # "weed", "hope", "fine": a place only when asked where
    turn.answers[PLACE] = stored_place(resolution.best.place)
    turn.conversation.position.told.append(PLACE)
    _acknowledge(turn, [PLACE])
    if step.answer == MODE:
        return turn.accept(step, WORDS, None)
    ask_again(turn)
    return True


# Everyday words that are also the names of towns somewhere ("Fine, NY", "Hope, AR").
_EVERYDAY = INTAKE_WORDS | ENGLISH_WORDS | SPANISH_WORDS


def _typed_a_place(typed: str, resolution: Resolution) -> bool:
    """Whether words typed where no place was asked name one: exactly one place, spelled as
    it is, and not only everyday words ("fine" is a town in New York), unless a state is
    named with them ("fine ny")."""
    best = resolution.best
    if resolution.status != "found" or best is None or best.corrected:
        return False
    words = fold(typed).split()
    with_state = len(words) > 1 and (words[-1] in STATES or words[-1] in STATE_NAMES)
    return with_state or not all(w in _EVERYDAY for w in words)


def in_intake(turn: Turn, step: Step) -> bool:
    """Whether a step belongs to the flow the conversation begins with (the intake)."""
    return any(flow.start == turn.flows.entry and step in flow.steps for flow in turn.flows.flows)


def _intake_questions(turn: Turn) -> list[Step]:
    return [step for step in turn.flows.steps.values() if step.summary_label]


def _understood(turn: Turn, kept: list[str]) -> tuple[list[str], list[Reply]]:
    """What was understood, as the summary says it, and the notes those answers call for."""
    understood: list[str] = []
    notes: list[Reply] = []
    facts = turn.facts()
    for step in _intake_questions(turn):
        if step.answer not in kept or (step.answer == PLACE and step.id != "place"):
            continue  # the place is asked at two steps; it is named once
        understood.append(f"{turn.t(step.summary_label)}: {answer_label(turn, step)}")
        notes += step_notes(turn, step, facts)
    return understood, notes


def _acknowledge(turn: Turn, kept: list[str]) -> None:
    """Say what was understood, then the notes those answers call for."""
    understood, notes = _understood(turn, kept)
    if len(understood) == 1:
        turn.say("engine.understood", what=understood[0])
    elif understood:
        turn.say("engine.understood.many", items="\n".join(f"• {u}" for u in understood))
    turn.replies.extend(notes)


def answer_label(turn: Turn, step: Step) -> str:
    """An answer as the summary shows it: the place's name, the options' labels (an option's
    ``<label>.summary`` text where the label would repeat the question: "For: you")."""
    value = turn.answers.get(step.answer)
    if isinstance(value, Place):
        return value.name
    if step.answer == FOR_WHOM and value == "other" and turn.relative():
        return turn.t(f"{turn.relative()}.yours")  # "For: your son", "Para: su hijo"
    values = value if isinstance(value, list) else [value]
    # Several options in the order the question lists them, whatever order they were told in.
    order = {o.value: index for index, o in enumerate(step.options)}
    values = sorted(values, key=lambda item: order.get(str(item), len(order)))
    named = turn.answers.get(SUBSTANCE_NAMED)
    labels = []
    for item in values:
        option = step.option(str(item))
        if option is not None:
            summary = f"{option.label}.summary"
            label = turn.t(summary if has_text(summary) else option.label)
            if step.answer == SUBSTANCES and item == "other" and isinstance(named, str) and named:
                # The person's own word with it: "Something else (pills)".
                label = turn.t("summary.named", option=label, word=named[:MAX_TYPED_NAME])
            labels.append(label)
        elif item in (SKIPPED, SKIP, DONE):
            labels.append(turn.t("summary.skipped"))
    return ", ".join(labels) or turn.t("summary.skipped")

"""The dialogue engine: advance(conversation, input, now) -> Outcome; pure and deterministic.

Every free-text message is checked for danger first; the crisis text then comes before
anything else, and the conversation resumes where it was. Commands and a few intents work at
every step; anything else is the current step's screen's to read.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime

from rapidfuzz import fuzz

from bot.core.answers import FOR_WHOM, MODE, ONLINE, PLACE
from bot.core.conversation import Conversation, begin_again, copy_conversation
from bot.core.crisis import Assessment, assess
from bot.core.dialogue import actions, conditions, screens  # noqa: F401  (they register)
from bot.core.dialogue.asked import answer_question
from bot.core.dialogue.effects import CancelReminder, Outcome
from bot.core.dialogue.io import Reply, UserInput
from bot.core.dialogue.language import announce_switch, follow_language, switch_language
from bot.core.dialogue.program_questions import answer_about_a_program
from bot.core.dialogue.reading import MAX_TEXT, normalize
from bot.core.dialogue.registry import ACTIONS, SCREENS, fact_names
from bot.core.dialogue.remind_words import remind_in_words
from bot.core.dialogue.safety import (
    after_check_in,
    answers_safe,
    back_to,
    resume_after_check_in,
    screen_message,
)
from bot.core.dialogue.screens.place import use_resolution
from bot.core.dialogue.screens.results import pick_off_the_list, previous_page
from bot.core.dialogue.told import (
    answer_in_words,
    answer_in_words_first,
    begin_in_words,
    change_at_summary,
    in_intake,
    place_in_passing,
    refine_in_words,
    take_in,
    whom_changed,
)
from bot.core.dialogue.turn import DETOURS, Turn, ask_again
from bot.core.dialogue.values import argument_of
from bot.core.dialogue.views import phone_of, stored_place
from bot.core.flow import SKIP, FlowSet, validate
from bot.core.matching import Query, SearchOutcome, search
from bot.core.ports import ListingReports, PlaceResolver, ProgramCatalog, ShareLinks
from bot.core.texts import LANGUAGES, has_text
from bot.core.understanding.slots import read

PAGE_SIZE = 4
# Moves the engine makes itself, beyond the flows' own transitions (for validation).
ENGINE_MOVES: dict[str, tuple[str, ...]] = {
    "*": DETOURS,
    "results": ("details",),
    "saved": ("item",),
    "tracker": ("tracker_answer",),
}
# Global intents, in the order they are tried.
INTENTS = (
    "back", "restart", "help", "edit", "search", "saved", "someone_else", "myself", "thanks",
    "spanish", "english",
)  # fmt: skip
# Commands that only show a text, then the current step again.
TEXT_COMMANDS = ("about", "privacy", "non_text", "try_again", "sorry")


def validate_flows(flows: FlowSet) -> None:
    """Raise FlowError when a flow would strand someone, show a text missing in a language,
    or name a screen, action or fact that is not registered."""
    validate(
        flows,
        has_text=has_text,
        languages=LANGUAGES,
        dynamic_targets=ENGINE_MOVES,
        kinds=SCREENS.keys(),
        actions=ACTIONS.keys(),
        facts=fact_names(),
    )


class NoReports:
    """No listing has been reported."""

    def count(self, program_id: str) -> int:  # noqa: ARG002 (the port's signature)
        """Always 0."""
        return 0


class StartCommand:
    """Where there is no link to the bot (the terminal): the command that starts a search."""

    def start_link(self, payload: str) -> str:
        """ "/start <payload>"."""
        return f"/start {payload}"


class Dialogue:
    """The conversation engine over the flows, the program catalog and the places."""

    def __init__(
        self,
        flows: FlowSet,
        catalog: ProgramCatalog,
        places: PlaceResolver,
        *,
        page_size: int = PAGE_SIZE,
        links: ShareLinks | None = None,
        reports: ListingReports | None = None,
        keep_days: int = 30,
        screening: Callable[[str], Assessment] = assess,
    ) -> None:
        validate_flows(flows)
        self.flows = flows
        self.catalog = catalog
        self.places = places
        self.page_size = page_size
        self.links: ShareLinks = links or StartCommand()
        self.reports: ListingReports = reports or NoReports()
        self.keep_days = keep_days  # how long an idle conversation is kept (the privacy text)
        self.screening = screening  # how a message is read for danger (bot.core.crisis)
        # A search is pure, and the same one recurs: a results page is searched again to read
        # the person's pick from it. The catalog is this engine's for its whole life.
        self._search = functools.lru_cache(maxsize=128)(functools.partial(search, catalog))

    def search(self, query: Query) -> SearchOutcome:
        """Programs for a query (the same query is answered from a small cache)."""
        return self._search(query)

    def advance(
        self,
        conversation: Conversation | None,
        event: UserInput,
        now: datetime,
        *,
        lost: bool = False,
    ) -> Outcome:
        """Apply one input to a conversation: the new conversation, replies and effects.

        The conversation given is not changed. ``lost``: the stored conversation could not be
        read, so this one begins again, and says so.
        """
        step = conversation.position.step if conversation is not None else ""
        if conversation is not None and step and step not in self.flows.steps:
            # A step that no longer exists (the flows changed): begin again, keeping the list.
            conversation, lost = begin_again(conversation), True
        if conversation is None or not conversation.position.step:
            return self._begin(conversation, event, now, lost=lost)
        turn = Turn(self, copy_conversation(conversation), now)
        self._apply(turn, event)
        return Outcome(turn.conversation, turn.replies, turn.effects)

    def _begin(
        self, kept: Conversation | None, event: UserInput, now: datetime, *, lost: bool
    ) -> Outcome:
        """A conversation's first input: the welcome, unless it is /start or a crisis."""
        if kept is None:
            language = event.language if event.language in LANGUAGES else "en"
            kept = Conversation(language=language)
        turn = Turn(self, copy_conversation(kept), now)
        if lost:
            turn.say("engine.lost")
        switched = event.kind == "text" and follow_language(turn, event.text)
        level = self.screening(event.text).level if event.kind == "text" else "none"
        if event.kind == "command" and event.text == "start":
            self._apply(turn, event)
        elif level in ("emergency", "possible"):
            # Danger first: the welcome is not shown before the crisis text or the check-in.
            turn.enter(self.flows.entry)
            turn.replies = []
            self._apply(turn, event, switched=switched)
        else:
            if level == "past":
                turn.say("crisis.past")
            if switched:
                turn.say("language.switched")
            turn.enter(self.flows.entry)
        return Outcome(turn.conversation, turn.replies, turn.effects)

    def _apply(self, turn: Turn, event: UserInput, *, switched: bool = False) -> None:
        """Apply one input. A typed message is screened for danger before anything else reads
        it; when it also changes the language, the answer to danger comes before saying so."""
        if event.kind == "text":
            switched = follow_language(turn, event.text) or switched
            before = len(turn.replies)
            screened = screen_message(turn, event.text)
            if switched:
                announce_switch(turn, before)
            if screened:
                return
            if answers_safe(turn, event):
                self._resume(turn)
            elif not global_intent(turn, event.text):
                answer(turn, event)
        elif event.kind == "command":
            run_command(turn, event)
        elif event.kind == "choice" and event.step and event.step != turn.step().id:
            old_button(turn, event)
        elif event.kind == "choice" and answers_safe(turn, event):
            self._resume(turn)
        elif event.kind == "location":
            shared_location(turn, event)
        else:
            answer(turn, event)

    @staticmethod
    def _resume(turn: Turn) -> None:
        """After "yes, safe": back where the person was, reading there the message the
        check-in answered (the request or the facts it held are not lost)."""
        held = resume_after_check_in(turn)
        if not held:
            return
        before, turn.misread = len(turn.replies), False
        if not global_intent(turn, held):
            answer(turn, UserInput.say(held))
        if turn.misread:
            # It told a worry, not a request: no "didn't catch that", just where they were.
            del turn.replies[before:]
            back_to(turn, turn.conversation.position.step)


def answer(turn: Turn, event: UserInput) -> None:
    """Let the current step's screen read the input; ask again when it cannot."""
    step = turn.step()
    if (
        not step.skippable
        and event.kind == "text"
        and normalize(event.text[:MAX_TEXT]) in turn.synonyms("opt.skip")
        and step.kind in ("choice", "place")
    ):
        turn.say("engine.cannot_skip")
        turn.show()
        return
    if event.kind == "text" and answer_about_a_program(turn, step, event.text):
        return  # "cuánto cuesta el segundo?", "how far is the first one" (its listing says)
    if answer_question(turn, step, event, first=True):  # a question, not an answer (asked.py)
        return
    if after_check_in(turn, event):
        return
    if event.kind == "text" and remind_in_words(turn, step, event.text):
        return
    if event.kind == "text" and pick_off_the_list(turn, step, event.text):
        return
    reading = read(event.text[:MAX_TEXT]) if event.kind == "text" else None
    kept = take_in(turn, reading, step) if reading else []
    if reading and event.kind == "text" and whom_changed(turn, reading, event.text):
        kept = [*kept, FOR_WHOM]  # "actually it's for my brother": the question again, for him
    if reading and answer_in_words_first(turn, step, reading):
        return
    if turn.screen(step).answer(turn, step, event):
        return
    if reading and answer_in_words(turn, step, reading, event.text):
        return
    if reading and begin_in_words(turn, step, kept, event.text):
        return
    if answer_question(turn, step, event):  # a known topic the step could not read (asked.py)
        return
    if reading and refine_in_words(turn, step, reading):
        return
    if reading and change_at_summary(turn, step, reading, event.text):
        return
    if event.kind == "text" and not kept and place_in_passing(turn, step, event.text):
        return
    if kept:
        ask_again(turn)
        return
    turn.not_understood()


def run_command(turn: Turn, event: UserInput) -> None:
    """A command: /start, /help, /back, /saved, … (and the scheduler's /reminder)."""
    name = event.text.lstrip("/").lower()
    if name == "start":
        start(turn, event.value)
    elif name in ("restart", "reset"):
        turn.restart()
    elif name == "help":
        turn.detour("help")
    elif name == "crisis":
        turn.add(Reply("crisis", turn.t("crisis.general")))
        turn.detour("crisis")
    elif name == "back":
        turn.back()
    elif name == "edit":
        turn.edit()
    elif name == "skip":
        answer(turn, UserInput.pick(SKIP))
    elif name == "repeat":
        turn.show()
    elif name in ("saved", "reminders", "delete"):
        turn.detour(name)
    elif name == "language":
        turn.detour("pick_language")
    elif name == "reminder":
        deliver_reminder(turn, event.value)
    elif name in TEXT_COMMANDS:
        turn.say(f"engine.{name}", days=turn.engine.keep_days)
        turn.show()
    else:
        turn.say("engine.unknown_command")
        turn.show()


def start(turn: Turn, payload: str) -> None:
    """/start, with an optional payload: a language, "family", or a shared search by ZIP."""
    turn.conversation = begin_again(turn.conversation)
    payload = payload.strip().lower()
    if payload in LANGUAGES:
        turn.conversation.language = payload
        payload = ""
    if payload == "family":
        turn.answers.update({"mode": "guided", FOR_WHOM: "other"})
        turn.say("intake.family_note")
        turn.enter("safety")
        return
    if payload.startswith("zip_") and payload[4:].isdigit() and len(payload) == 9:
        resolution = turn.engine.places.resolve(payload[4:])
        if resolution.status == "found" and resolution.best is not None:
            turn.answers["mode"] = "quick"
            turn.answers[PLACE] = stored_place(resolution.best.place)
            turn.enter("results")
            return
    turn.enter(turn.flows.entry)


def global_intent(turn: Turn, message: str) -> bool:
    """Back, start over, help, change my answers, someone else: understood everywhere."""
    said = normalize(message[:MAX_TEXT])
    if not said or len(said.split()) > 12:
        return False
    for intent in INTENTS:
        if _says(intent, said, turn.synonyms(f"intent.{intent}")):
            if intent in ("spanish", "english"):
                return _switch_language(turn, message, "es" if intent == "spanish" else "en")
            if intent == "search":
                return _search_now(turn, message)
            if intent == "thanks":
                return _welcome_to_it(turn)
            if intent == "back":
                if not previous_page(turn):  # on a later page of results: the page before
                    turn.back()
            elif intent == "restart":
                turn.restart()
            elif intent in ("help", "saved"):
                turn.detour(intent)
            elif intent == "edit":
                turn.edit()
            else:
                who = "other" if intent == "someone_else" else "self"
                turn.answers[FOR_WHOM] = who
                turn.say(f"engine.now_{who}")
                turn.show()
            return True
    return False


def _welcome_to_it(turn: Turn) -> bool:
    """ "Thanks", "gracias": a word back, and the question again in short where it has one."""
    turn.say("engine.thanks")
    ask_again(turn)
    return True


# Intents said only in their own words: "no gracias" is a no, one letter from "ok gracias".
EXACT_ONLY = frozenset({"thanks"})
# Intents also said inside a short sentence, by a phrase of several words: "can you just show
# me what's out there please" asks to search as "just show me" does.
SAID_WITHIN = frozenset({"search"})


def _says(intent: str, said: str, phrases: tuple[str, ...]) -> bool:
    """Whether normalized words say an intent: one of its phrases, or a typo away from one."""
    if said in phrases:
        return True
    if intent not in EXACT_ONLY and any(len(p) > 5 and fuzz.ratio(said, p) >= 90 for p in phrases):
        return True
    padded = f" {said} "
    return intent in SAID_WITHIN and any(" " in p and f" {p} " in padded for p in phrases)


def _search_now(turn: Turn, message: str) -> bool:
    """ "Search now", "ya búscale" at an optional question of the intake: the rest is left
    unanswered and the search runs (first asking where, when no place is known yet). The
    questions one cannot skip (who, danger, where) are asked all the same."""
    step = turn.step()
    if not step.skippable or step.kind not in ("choice", "multi"):
        return False
    if turn.one_value(step, UserInput.say(message)) is not None or not in_intake(turn, step):
        return False
    if turn.place() is None:
        turn.answers[MODE] = "quick"  # as "just show me programs": where, then the list
        turn.enter("place")
        return True
    turn.enter("results")
    return True


def _switch_language(turn: Turn, message: str, code: str) -> bool:
    """ "Español", "no hablo inglés", "English": speak that language from now on, unless the
    words are one of the step's options ("which language should the program speak?", the
    /language choice), where they are the answer."""
    if turn.one_value(turn.step(), UserInput.say(message)) is not None:
        return False
    if turn.language == code and read(message[:MAX_TEXT]).program_language:
        return False  # "¿hablan español?" in Spanish: a program that speaks it (told.py)
    switch_language(turn, code)
    turn.show()
    return True


def old_button(turn: Turn, event: UserInput) -> None:
    """A button from an earlier message: apply it when it still makes sense."""
    if event.step not in turn.flows.steps:
        turn.say("engine.moved_on")
        turn.show()
        return
    program_id = argument_of(event.value, "details")
    if program_id is not None and turn.engine.catalog.get(program_id):
        turn.conversation.position.program = program_id
        turn.conversation.position.level = ""
        turn.enter("details")
        return
    step = turn.flows.step(event.step)
    option = step.option(event.value)
    if (
        option is not None
        and option.target
        and option.value != "resume"
        and step.kind in ("results", "details", "callprep", "info")
    ):
        turn.accept(step, None, option)
        return
    turn.say("engine.moved_on")
    turn.show()


def shared_location(turn: Turn, event: UserInput) -> None:
    """A shared location: the answer on a place step, else noted as the place to search."""
    resolution = turn.engine.places.resolve_point(event.latitude, event.longitude)
    step = turn.step()
    if step.kind == "place":
        use_resolution(turn, step, resolution, "")
        return
    if resolution.status == "found" and resolution.best is not None:
        turn.answers[PLACE] = stored_place(resolution.best.place)
        turn.answers[ONLINE] = "no"
        turn.say("location.noted", place=resolution.best.place.name)
    else:
        turn.say(resolution.hint or "location.hint.outside_us")
    turn.show()


def deliver_reminder(turn: Turn, reminder_id: str) -> None:
    """A due reminder, sent by the scheduler: say it once, then show where we were.

    The scheduler names only due reminders (one already said, when two workers raced, says
    nothing); any other "/reminder …" was typed, and is answered like an unknown command.
    """
    named = [r for r in turn.conversation.reminders if r.id == reminder_id]
    if named and named[0].status == "sent":
        return
    if not named or named[0].status != "pending" or _due_after(named[0].due, turn.now):
        turn.say("engine.unknown_command")
        turn.show()
        return
    reminder = named[0]
    reminder.status = "sent"
    turn.effect(CancelReminder(reminder.id))
    program = turn.engine.catalog.get(reminder.program)
    if program is None:
        return
    phone = phone_of(program)
    turn.say("reminder.due", name=program.display_name, phone=phone or "—")
    if turn.conversation.position.step:
        turn.show()


def _due_after(due: datetime, now: datetime) -> bool:
    """Whether a reminder is due only after ``now`` (an unreadable time counts as due)."""
    try:
        return due > now
    except TypeError:  # one time with a zone and one without
        return False

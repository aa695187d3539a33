"""The dialogue engine: advance(state, input) -> (state', replies); pure and deterministic.

The state is a small JSON-serialisable dict with a schema version; adapters load it before
each update and store what comes back. Time is passed in, never read. Every free-text message
is checked for danger first; the crisis text then comes before anything else, and the
conversation resumes where it was.
"""

from __future__ import annotations

import copy
import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from rapidfuzz import fuzz

from bot.core.answers import (
    FOR_WHOM,
    ONLINE,
    PLACE,
    SKIPPED,
    Answers,
    criteria_for,
    read_answers,
)
from bot.core.crisis import detect_crisis
from bot.core.features import FEATURES, Category
from bot.core.flow import DONE, SKIP, FlowSet, Option, Step, validate
from bot.core.location import Place, Resolution
from bot.core.matching import (
    VERIFY_ALWAYS,
    Match,
    Query,
    SearchOutcome,
    query_for_place,
    search,
)
from bot.core.ports import ProgramCatalog
from bot.core.programs import Program
from bot.core.questions import Question, plan_call, render_call_plan
from bot.core.saved import (
    MAX_ANSWER,
    MAX_NOTE,
    MAX_REMINDERS,
    MAX_SAVED,
    STATUSES,
    Entry,
    add_reminder,
    answered,
    cancel_reminder,
    pending_reminders,
    progress,
    question_key,
    record_answer,
    remove_program,
    save_program,
    saved_entries,
    saved_entry,
    take_due,
)
from bot.core.texts import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    SOURCE_LINES,
    Audience,
    has_text,
    resolve_all,
    text,
)
from bot.core.when import TIME_ZONES, parse_when, preset, zone

SCHEMA_VERSION = 1
PAGE_SIZE = 4
MAX_TEXT = 500  # what is read of a message for answers; crisis detection reads more
MAX_HISTORY = 60
# What a result card may add to "Ask:" beyond hours, openings and insurance.
CARD_VERIFY = ("medication", "language", "group", "telehealth_area")
RESUMABLE_KINDS = (
    "choice", "multi", "place", "summary", "results", "details", "callprep",
    "saved", "item", "tracker", "reminders", "share", "text", "when",
)  # fmt: skip

# Moves the engine makes itself: from a page of results to one program's details.
ENGINE_MOVES: dict[str, tuple[str, ...]] = {
    "*": ("help", "crisis", "saved", "reminders", "delete", "pick_language"),
    "results": ("details",),
    "saved": ("item",),
    "tracker": ("tracker_answer",),
}
# Steps a command opens from anywhere; "resume" then returns to where the person was.
DETOURS = ENGINE_MOVES["*"]

State = dict[str, Any]
InputKind = Literal["text", "choice", "location", "command"]
ReplyKind = Literal["text", "question", "program", "place", "crisis", "share"]


class PlaceResolver(Protocol):
    """Turns what people type, or a shared point, into places."""

    def resolve(self, text: str) -> Resolution:
        """Ranked places for a typed text."""
        ...

    def resolve_point(self, lat: float, lon: float) -> Resolution:
        """The place at a shared point."""
        ...


@dataclass(frozen=True, slots=True)
class UserInput:
    """One thing a person did: typed, pressed a button, shared a location, or a command."""

    kind: InputKind
    text: str = ""
    value: str = ""
    latitude: float = 0.0
    longitude: float = 0.0
    step: str = ""  # for a button: the step it was shown at (old buttons may come back)
    language: str = ""  # the person's app language, used when a conversation begins

    @classmethod
    def say(cls, message: str) -> UserInput:
        """A typed message."""
        return cls("text", text=message)

    @classmethod
    def pick(cls, value: str, step: str = "") -> UserInput:
        """A pressed button (an option value), with the step it belonged to when known."""
        return cls("choice", value=value, step=step)

    @classmethod
    def located(cls, latitude: float, longitude: float) -> UserInput:
        """A shared location."""
        return cls("location", latitude=latitude, longitude=longitude)

    @classmethod
    def command(cls, name: str, argument: str = "") -> UserInput:
        """A command such as start, help, back, restart, crisis, edit."""
        return cls("command", text=name, value=argument)


@dataclass(frozen=True, slots=True)
class Choice:
    """An option as shown: its value, its label, and whether it is ticked (multi-select)."""

    value: str
    label: str
    selected: bool = False
    toggle: bool = False  # a multi-select option (ticked or not), not Done or Skip


@dataclass(frozen=True, slots=True)
class Reply:
    """Something to show: a text, a question with choices, a program card, or a place."""

    kind: ReplyKind
    text: str = ""
    choices: tuple[Choice, ...] = ()
    multi: bool = False
    step: str = ""
    asks_location: bool = False
    program_id: str = ""
    title: str = ""
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None


# What starting over keeps: the saved list and its reminders, which only /delete removes,
# the counter their ids come from, and the person's language and time zone.
KEPT_ON_RESTART = ("lang", "saved", "reminders", "counter", "timezone")


def _begin_again(state: State) -> None:
    """A new search in the same chat: the answers go, the saved list and reminders stay."""
    kept = {key: state[key] for key in KEPT_ON_RESTART if key in state}
    state.clear()
    state.update(new_state(str(kept.get("lang", "en"))))
    state.update(kept)


def new_state(language: str = "en") -> State:
    """A conversation that has not started."""
    return {
        "v": SCHEMA_VERSION,
        "step": "",
        "answers": {},
        "history": [],
        "lang": language,
        "pending": [],
        "page": 0,
        "program": "",
        "editing": False,
        "resume": "",
        "candidates": [],
        "extra_radius": 0,
        "updated": "",
        "saved": [],
        "reminders": [],
        "counter": 0,
        "outbox": [],
        "erase": False,
        "question": "",
        "share": "",
        "report": "",
        "timezone": "",
    }


def load_state(raw: Mapping[str, Any] | None, steps: Mapping[str, Step]) -> State | None:
    """A copy of a stored state when it is of this schema and points at a real step."""
    if not isinstance(raw, Mapping) or raw.get("v") != SCHEMA_VERSION:
        return None
    state = new_state()
    for key, default in state.items():
        value = raw.get(key, default)
        state[key] = _copy(value) if isinstance(value, type(default)) else default
    if state["step"] not in steps:
        return None
    return state


_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")
_PARTS = re.compile(r"\s*(?:,|;|/|\+|&|\band\b|\by\b|\bor\b|\bo\b)\s*", re.IGNORECASE)
_NUMBERS = re.compile(r"^\s*\d{1,2}(?:\s*[, ]\s*\d{1,2})*\s*$")


def normalize(message: str) -> str:
    """Lower case, no accents, no punctuation, single spaces."""
    decomposed = unicodedata.normalize("NFKD", message.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", _NON_WORD.sub(" ", plain)).strip()


# Labels, option values and place names recur on every update; what people type mostly does not.
_normalized = functools.lru_cache(maxsize=4096)(normalize)


@functools.cache
def _synonyms_in(key: str, language: str) -> tuple[str, ...]:
    """The normalized synonyms of a text id: the language's, then English (texts never change)."""
    words: list[str] = []
    for code in dict.fromkeys((language, DEFAULT_LANGUAGE)):
        if has_text(key, code):
            words += [normalize(p) for p in text(key, code).split("|") if p.strip()]
    return tuple(dict.fromkeys(words))


@functools.lru_cache(maxsize=4096)
def _whole_words(phrase: str) -> re.Pattern[str]:
    """The phrase as whole words (more phrases recur than the re module's own cache holds)."""
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


def _copy(value: Any) -> Any:
    """A deep copy of JSON-like data (dicts, lists, scalars), several times faster than deepcopy.

    Stored states come from JSON, so they hold nothing else; anything else is deep-copied.
    """
    kind = type(value)
    if kind is str or kind is int or kind is bool or kind is float or value is None:
        return value
    if kind is dict:
        return {k: _copy(v) for k, v in value.items()}
    if kind is list:
        return [_copy(v) for v in value]
    return copy.deepcopy(value)


FACTS_OF: dict[str, Callable[[Answers], bool]] = {
    "withdrawal_risk": lambda a: a.withdrawal_risk,
    "daily_use_question": lambda a: (
        bool({"alcohol", "benzos"} & set(a.substances)) and a.withdrawal != "detox_done"
    ),
    "has_state": lambda a: bool(a.state),
    "has_timezone": lambda a: bool(a.timezone),
    "family": lambda a: a.family,
}


def validate_flows(flows: FlowSet) -> None:
    """Raise FlowError when a flow would strand someone or show a text missing in a language."""
    validate(flows, has_text=has_text, languages=LANGUAGES, dynamic_targets=ENGINE_MOVES)


class Dialogue:
    """The conversation engine over the flows, the program catalog and the places."""

    def __init__(
        self,
        flows: FlowSet,
        catalog: ProgramCatalog,
        places: PlaceResolver,
        *,
        page_size: int = PAGE_SIZE,
        link_base: str = "",
        reported: Mapping[str, int] | None = None,
        keep_days: int = 30,
    ) -> None:
        validate_flows(flows)
        self.flows = flows
        self.catalog = catalog
        self.places = places
        self.page_size = page_size
        # The share link opens the bot with the same search ("https://t.me/<bot>?start=").
        self.link_base = link_base
        # Programs with reports of a wrong listing (id -> count), shown with a caution; the
        # adapter refreshes this dict in place.
        self.reported: dict[str, int] = dict(reported or {})
        # How long an idle conversation is kept (the privacy text says so).
        self.keep_days = keep_days
        # A search is pure, and the same one recurs: a results page is searched again to read
        # the person's pick from it. The catalog is this engine's for its whole life.
        self._search = functools.lru_cache(maxsize=128)(functools.partial(search, catalog))

    # -- the entry point -------------------------------------------------------------------

    def advance(
        self, stored: Mapping[str, Any] | None, event: UserInput, now: datetime
    ) -> tuple[State, list[Reply]]:
        """Apply one input to a conversation; returns the new state and what to show."""
        state = load_state(stored, self.flows.steps)
        replies: list[Reply] = []
        if state is None:
            state = new_state(event.language if event.language in LANGUAGES else "en")
            if not (event.kind == "command" and event.text == "start"):
                self._enter(state, self.flows.entry, replies)
                state["updated"] = now.isoformat()
                if event.kind != "text" or not detect_crisis(event.text):
                    return state, replies
                replies.clear()
        state["updated"] = now.isoformat()
        if event.kind == "command":
            self._command(state, event, replies)
        elif event.kind == "text" and (signal := detect_crisis(event.text[:2000])):
            replies.append(self._crisis_reply(state, f"crisis.{signal.kind}"))
            replies.append(Reply("text", self._t(state, "crisis.after")))
            self._show(state, replies)
        elif event.kind == "choice" and event.step and event.step != state["step"]:
            self._old_button(state, event, replies)
        elif event.kind == "location":
            self._location(state, event, replies)
        elif event.kind == "text" and self._intent(state, event.text, replies):
            pass
        else:
            self._answer(state, event, replies)
        return state, replies

    # -- commands and global intents -------------------------------------------------------

    def _command(self, state: State, event: UserInput, replies: list[Reply]) -> None:
        name = event.text.lstrip("/").lower()
        if name == "start":
            self._start(state, event.value, replies)
        elif name in ("restart", "reset"):
            self._restart(state, replies)
        elif name == "help":
            self._detour(state, "help", replies)
        elif name == "crisis":
            replies.append(self._crisis_reply(state, "crisis.general"))
            self._detour(state, "crisis", replies)
        elif name == "back":
            self._back(state, replies)
        elif name == "edit":
            self._edit(state, replies)
        elif name == "skip":
            self._answer(state, UserInput.pick(SKIP), replies)
        elif name == "repeat":
            self._show(state, replies)
        elif name in ("saved", "reminders", "delete"):
            self._detour(state, name, replies)
        elif name == "language":
            self._detour(state, "pick_language", replies)
        elif name == "reminder":
            self._deliver_reminder(state, event.value, replies)
        elif name in ("about", "privacy", "non_text", "try_again", "sorry"):
            replies.append(Reply("text", self._t(state, f"engine.{name}", days=self.keep_days)))
            self._show(state, replies)
        else:
            replies.append(Reply("text", self._t(state, "engine.unknown_command")))
            self._show(state, replies)

    def _start(self, state: State, payload: str, replies: list[Reply]) -> None:
        _begin_again(state)
        payload = payload.strip().lower()
        if payload in LANGUAGES:
            state["lang"] = payload
            payload = ""
        if payload == "family":
            state["answers"].update({"mode": "guided", FOR_WHOM: "other"})
            replies.append(Reply("text", self._t(state, "intake.family_note")))
            self._enter(state, "safety", replies)
            return
        if payload.startswith("zip_") and payload[4:].isdigit() and len(payload) == 9:
            resolution = self.places.resolve(payload[4:])
            if resolution.status == "found" and resolution.best is not None:
                state["answers"]["mode"] = "quick"
                state["answers"][PLACE] = _place_dict(resolution.best.place)
                self._enter(state, "results", replies)
                return
        self._enter(state, self.flows.entry, replies)

    def _restart(self, state: State, replies: list[Reply]) -> None:
        _begin_again(state)
        replies.append(Reply("text", self._t(state, "engine.restarted")))
        self._enter(state, self.flows.entry, replies)

    def _detour(self, state: State, step_id: str, replies: list[Reply]) -> None:
        """Go to help or crisis, remembering where to come back to."""
        current = state["step"]
        if current not in DETOURS:
            state["resume"] = current
        self._enter(state, step_id, replies)

    def _back(self, state: State, replies: list[Reply]) -> None:
        history: list[str] = state["history"]
        if history and history[-1] == state["step"]:
            history.pop()
        if not history:
            replies.append(Reply("text", self._t(state, "engine.nothing_back")))
            self._show(state, replies)
            return
        previous = history.pop()
        state["editing"] = False
        self._enter(state, previous, replies)

    def _edit(self, state: State, replies: list[Reply]) -> None:
        if PLACE not in state["answers"]:
            replies.append(Reply("text", self._t(state, "engine.nothing_to_edit")))
            self._show(state, replies)
            return
        self._enter(state, "summary", replies)

    def _intent(self, state: State, message: str, replies: list[Reply]) -> bool:
        """Back, start over, help, change my answers, someone else: understood everywhere."""
        said = normalize(message[:MAX_TEXT])
        if not said or len(said.split()) > 7:
            return False
        for intent in ("back", "restart", "help", "edit", "someone_else", "myself"):
            phrases = self._synonyms(state, f"intent.{intent}")
            if any(said == p or (len(p) > 5 and fuzz.ratio(said, p) >= 90) for p in phrases):
                if intent == "back":
                    self._back(state, replies)
                elif intent == "restart":
                    self._restart(state, replies)
                elif intent == "help":
                    self._detour(state, "help", replies)
                elif intent == "edit":
                    self._edit(state, replies)
                else:
                    who = "other" if intent == "someone_else" else "self"
                    state["answers"][FOR_WHOM] = who
                    replies.append(Reply("text", self._t(state, f"engine.now_{who}")))
                    self._show(state, replies)
                return True
        return False

    def _old_button(self, state: State, event: UserInput, replies: list[Reply]) -> None:
        """A button from an earlier message: apply it when it still makes sense."""
        if event.step not in self.flows.steps:
            replies.append(Reply("text", self._t(state, "engine.moved_on")))
            self._show(state, replies)
            return
        if event.value.startswith("details:") and self.catalog.get(event.value[8:]):
            state["program"] = event.value[8:]
            self._enter(state, "details", replies)
            return
        step = self.flows.step(event.step)
        option = step.option(event.value)
        navigates = option is not None and option.target and option.value != "resume"
        if navigates and step.kind in ("results", "details", "callprep", "info"):
            assert option is not None
            self._accept(state, step, None, option, replies)
            return
        replies.append(Reply("text", self._t(state, "engine.moved_on")))
        self._show(state, replies)

    # -- answering the current step --------------------------------------------------------

    def _answer(self, state: State, event: UserInput, replies: list[Reply]) -> None:
        step = self.flows.step(state["step"])
        handler = {
            "choice": self._answer_choice,
            "info": self._answer_choice,
            "multi": self._answer_multi,
            "place": self._answer_place,
            "summary": self._answer_summary,
            "results": self._answer_results,
            "details": self._answer_details,
            "callprep": self._answer_choice,
            "text": self._answer_free_text,
            "when": self._answer_when,
            "saved": self._answer_saved,
            "item": self._answer_item,
            "tracker": self._answer_tracker,
            "reminders": self._answer_reminders,
            "share": self._answer_choice,
        }[step.kind]
        if (
            not step.skippable
            and event.kind == "text"
            and normalize(event.text[:MAX_TEXT]) in self._synonyms(state, "opt.skip")
            and step.kind in ("choice", "place")
        ):
            replies.append(Reply("text", self._t(state, "engine.cannot_skip")))
            self._show(state, replies)
            return
        if not handler(state, step, event, replies):
            replies.append(Reply("text", self._t(state, "engine.not_understood")))
            self._show(state, replies)

    def _answer_choice(
        self, state: State, step: Step, event: UserInput, replies: list[Reply]
    ) -> bool:
        value = self._one_value(state, step, event)
        if value is None:
            return False
        if value == SKIP:
            return self._accept(state, step, SKIPPED, None, replies)
        option = step.option(value)
        if option is None:
            return False
        return self._accept(state, step, value, option, replies)

    def _answer_multi(
        self, state: State, step: Step, event: UserInput, replies: list[Reply]
    ) -> bool:
        pending: list[str] = state["pending"]
        if event.kind == "choice":
            value = event.value
            if value == DONE:
                return self._accept(state, step, list(pending) or SKIPPED, None, replies)
            if value == SKIP:
                return self._accept(state, step, SKIPPED, None, replies)
            option = step.option(value)
            if option is None:
                return False
            self._toggle(step, pending, option)
            self._show(state, replies, prompt=False)
            return True
        values = self._read_values(state, step, event)
        if not values:
            return False
        if values == [SKIP]:
            return self._accept(state, step, SKIPPED, None, replies)
        if values == [DONE]:
            return self._accept(state, step, list(pending) or SKIPPED, None, replies)
        chosen: list[str] = []
        for value in values:
            option = step.option(value)
            if option is not None:
                self._toggle(step, chosen, option)
        if not chosen:
            return False
        return self._accept(state, step, chosen, None, replies)

    @staticmethod
    def _toggle(step: Step, chosen: list[str], option: Option) -> None:
        if option.value in chosen:
            chosen.remove(option.value)
            return
        if option.exclusive:
            chosen.clear()
        else:
            exclusive = {o.value for o in step.options if o.exclusive}
            chosen[:] = [v for v in chosen if v not in exclusive]
        chosen.append(option.value)

    def _answer_place(
        self, state: State, step: Step, event: UserInput, replies: list[Reply]
    ) -> bool:
        candidates: list[dict[str, Any]] = state["candidates"]
        values = self._read_values(state, step, event)
        if len(values) == 1 and values[0].startswith("place:"):
            index = values[0].removeprefix("place:")
            if index.isdigit() and int(index) < len(candidates):
                return self._accept_place(state, step, candidates[int(index)], replies)
            return False
        if len(values) == 1 and values[0] == "none":
            state["candidates"] = []
            replies.append(Reply("text", self._t(state, "location.try_again")))
            self._show(state, replies, prompt=False)
            return True
        if len(values) == 1 and step.option(values[0]) is not None:
            return self._accept(state, step, None, step.option(values[0]), replies)
        if event.kind != "text":
            return False
        resolution = self.places.resolve(event.text[:MAX_TEXT])
        return self._use_resolution(state, step, resolution, event.text, replies)

    def _use_resolution(
        self, state: State, step: Step, resolution: Resolution, typed: str, replies: list[Reply]
    ) -> bool:
        if resolution.status == "not_found":
            state["candidates"] = []
            hint = resolution.hint or "location.hint.not_found"
            replies.append(Reply("text", self._t(state, hint)))
            self._show(state, replies, prompt=False)
            return True
        best = resolution.best
        if resolution.status == "found" and best is not None:
            if best.corrected:
                understood = self._t(
                    state, "location.corrected", typed=typed.strip()[:60], place=best.place.name
                )
                replies.append(Reply("text", understood))
            return self._accept_place(state, step, _place_dict(best.place), replies)
        state["candidates"] = [_place_dict(c.place) for c in resolution.candidates[:5]]
        choices = [Choice(f"place:{i}", c["name"]) for i, c in enumerate(state["candidates"])]
        choices.append(Choice("none", self._t(state, "opt.place.none")))
        replies.append(
            Reply(
                "question", self._t(state, "location.did_you_mean"), tuple(choices), step=step.id
            )
        )
        return True

    def _accept_place(
        self, state: State, step: Step, place: dict[str, Any], replies: list[Reply]
    ) -> bool:
        state["candidates"] = []
        state["extra_radius"] = 0
        if step.id == "online_state" or place.get("kind") == "state":
            # A whole state cannot be searched by distance: look statewide instead.
            if step.id == "online_state":
                state["answers"][ONLINE] = "yes"
        elif step.id == "place":
            state["answers"][ONLINE] = "no"
        return self._accept(state, step, place, None, replies)

    def _location(self, state: State, event: UserInput, replies: list[Reply]) -> None:
        resolution = self.places.resolve_point(event.latitude, event.longitude)
        step = self.flows.step(state["step"])
        if step.kind == "place":
            self._use_resolution(state, step, resolution, "", replies)
            return
        if resolution.status == "found" and resolution.best is not None:
            state["answers"][PLACE] = _place_dict(resolution.best.place)
            state["answers"][ONLINE] = "no"
            replies.append(
                Reply("text", self._t(state, "location.noted", place=resolution.best.place.name))
            )
        else:
            replies.append(
                Reply("text", self._t(state, resolution.hint or "location.hint.outside_us"))
            )
        self._show(state, replies)

    def _answer_summary(
        self, state: State, step: Step, event: UserInput, replies: list[Reply]
    ) -> bool:
        value = self._one_value(state, step, event)
        if value is None:
            return False
        if value.startswith("edit:") and value[5:] in self.flows.steps:
            state["editing"] = True
            self._enter(state, value[5:], replies)
            return True
        return self._answer_choice(state, step, UserInput.pick(value), replies)

    def _answer_results(
        self, state: State, step: Step, event: UserInput, replies: list[Reply]
    ) -> bool:
        values = self._read_values(state, step, event)
        if not values and event.kind == "text":
            # A place typed on the results page is a new search there.
            resolution = self.places.resolve(event.text[:MAX_TEXT])
            if resolution.status != "not_found":
                place_step = self.flows.step("place")
                state["step"] = place_step.id
                return self._use_resolution(state, place_step, resolution, event.text, replies)
        if len(values) != 1:
            return False
        value = values[0]
        if value.startswith("save:") and self.catalog.get(value[5:]) is not None:
            self._save(state, value[5:], replies)
            self._show(state, replies)
            return True
        if value.startswith("details:"):
            program_id = value.removeprefix("details:")
            if self.catalog.get(program_id) is None:
                return False
            state["program"] = program_id
            self._enter(state, "details", replies)
            return True
        if value == "more":
            state["page"] += 1
        elif value == "wider":
            state["extra_radius"] += 1
            state["page"] = 0
        elif value == "online":
            state["answers"][ONLINE] = "yes"
            state["page"] = 0
        option = step.option(value)
        if option is None:
            return False
        if value in ("more", "wider", "online"):
            self._render(state, step, replies)
            return True
        return self._accept(state, step, None, option, replies)

    def _accept(
        self,
        state: State,
        step: Step,
        value: Any,
        option: Option | None,
        replies: list[Reply],
    ) -> bool:
        """Record an answer, show the notes it calls for, and move on."""
        answers: dict[str, Any] = state["answers"]
        if step.answer.startswith("@"):
            # After the search: the answer belongs to a saved program or a setting.
            override = self._act(state, step.answer[1:], value, replies)
            if override:
                self._enter(state, override, replies)
                return True
        elif step.answer and value is not None:
            answers[step.answer] = value
        if option is not None:
            for key, assigned in option.sets:
                answers[key] = assigned
        state["pending"] = []
        facts = self._facts(answers)
        for note in step.notes:
            if note.condition is None or note.condition.holds(answers, facts):
                kind: ReplyKind = "crisis" if note.text.startswith("crisis.") else "text"
                replies.append(Reply(kind, self._t(state, note.text)))
        if option is not None and option.target:
            target = option.target
            if option.value == "resume":
                target = state.get("resume") or target
                state["resume"] = ""
            if target == self.flows.entry and option.value == "restart":
                self._restart(state, replies)
                return True
            if target == "results":
                state["page"] = 0
            self._enter(state, target, replies)
            return True
        if state["editing"]:
            state["editing"] = False
            self._enter(state, "summary", replies)
            return True
        self._enter(state, self._next(step, answers, facts), replies)
        return True

    def _next(
        self, step: Step, answers: Mapping[str, Any], facts: Mapping[str, bool] | None = None
    ) -> str:
        """The step after this one; ``facts`` when already derived from these answers."""
        facts = self._facts(answers) if facts is None else facts
        for transition in step.next:
            if transition.condition is None or transition.condition.holds(answers, facts):
                return transition.target
        return self.flows.entry

    @staticmethod
    def _facts(answers: Mapping[str, Any]) -> dict[str, bool]:
        typed = read_answers(answers)
        return {name: bool(fact(typed)) for name, fact in FACTS_OF.items()}

    # -- entering and showing steps --------------------------------------------------------

    def _enter(self, state: State, step_id: str, replies: list[Reply]) -> None:
        """Go to a step, skipping those that do not apply, and show it."""
        seen: set[str] = set()
        step = self.flows.step(step_id)
        answers = state["answers"]
        facts: dict[str, bool] | None = None  # derived once: skipping changes no answer
        while step.ask_if is not None:
            facts = self._facts(answers) if facts is None else facts
            if step.ask_if.holds(answers, facts) or step.id in seen:
                break
            seen.add(step.id)
            step = self.flows.step(self._next(step, answers, facts))
        state["step"] = step.id
        state["pending"] = []
        if step.kind == "multi" and isinstance(answers.get(step.answer), list):
            state["pending"] = list(answers[step.answer])
        if step.kind == "results":
            state["page"] = state.get("page", 0)
        history: list[str] = state["history"]
        if step.kind in RESUMABLE_KINDS:
            # Coming back to a step already on the way (the list after a program's details)
            # returns to that point, so "back" then means the question before it.
            if step.id in history:
                del history[history.index(step.id) :]
            history.append(step.id)
            del history[:-MAX_HISTORY]
        self._render(state, step, replies)

    def _ask(self, state: State, step: Step, replies: list[Reply], text_id: str = "") -> None:
        """The step's question with the choices it shows now (numbered the same in text)."""
        body = self._t(state, text_id or step.text, **self._prompt_values(state))
        choices = tuple(self._visible_choices(state, step))
        replies.append(Reply("question", body, choices, step=step.id))

    def _show(self, state: State, replies: list[Reply], *, prompt: bool = True) -> None:
        """Show the current step again (after a detour, a crisis text or a misunderstanding)."""
        step = self.flows.step(state["step"])
        if step.kind in ("results", "details", "callprep"):
            # The list or the program is still on screen; repeating it would bury the options.
            self._ask(state, step, replies, f"{step.id}.next")
            return
        self._render(state, step, replies, prompt=prompt)

    def _render(
        self, state: State, step: Step, replies: list[Reply], *, prompt: bool = True
    ) -> None:
        if step.kind == "results":
            self._render_results(state, step, replies)
            return
        if step.kind == "details":
            self._render_details(state, step, replies)
            return
        if step.kind == "callprep":
            self._render_callprep(state, step, replies)
            return
        if step.kind == "summary":
            self._render_summary(state, step, replies)
            return
        view = {
            "saved": self._render_saved,
            "item": self._render_item,
            "tracker": self._render_tracker,
            "reminders": self._render_reminders,
            "share": self._render_share,
        }.get(step.kind)
        if view is not None:
            view(state, step, replies)
            return
        again = "engine.choose" if step.kind == "multi" else "engine.choose_one"
        if step.kind in ("text", "when") and prompt is False:
            prompt = True  # a typed answer step has no options worth listing alone
        values = self._prompt_values(state)
        body = self._t(state, step.text if prompt else again, **values)
        replies.append(
            Reply(
                "question",
                body,
                self._choices(state, step),
                multi=step.kind == "multi",
                step=step.id,
                asks_location=step.kind == "place" and step.id == "place",
            )
        )

    def _choices(self, state: State, step: Step) -> tuple[Choice, ...]:
        pending = set(state["pending"])
        multi = step.kind == "multi"
        choices = [
            Choice(o.value, self._t(state, o.label), o.value in pending, toggle=multi)
            for o in step.options
        ]
        if step.kind == "multi":
            choices.append(Choice(DONE, self._t(state, "opt.done")))
        if step.skippable and step.kind in ("choice", "multi"):
            choices.append(Choice(SKIP, self._t(state, "opt.skip")))
        return tuple(choices)

    # -- reading free text -----------------------------------------------------------------

    def _one_value(self, state: State, step: Step, event: UserInput) -> str | None:
        """The single option value an input names, or None when it names none or several."""
        values = self._read_values(state, step, event)
        return values[0] if len(values) == 1 else None

    def _read_values(self, state: State, step: Step, event: UserInput) -> list[str]:
        """The option values an input names: a button, a number, or words."""
        if event.kind == "choice":
            return [event.value]
        if event.kind != "text":
            return []
        choices = self._visible_choices(state, step)
        said = normalize(event.text[:MAX_TEXT])
        if not said:
            return []
        exact = [c.value for c in choices if said in self._phrases(state, c)]
        if len(exact) == 1:
            return exact  # "25" names the 25-mile option before it is read as a number
        if _NUMBERS.match(said):
            picked = []
            for number in re.findall(r"\d+", said):
                index = int(number) - 1
                if 0 <= index < len(choices):
                    picked.append(choices[index].value)
            return picked
        if step.skippable and said in self._synonyms(state, "opt.skip"):
            return [SKIP]
        if step.kind == "multi" and said in self._synonyms(state, "opt.done"):
            return [DONE]
        if step.kind != "multi":
            best = self._best_option(state, choices, said)
            return [best] if best else []
        # Several answers in one message: every option named in it, in the order given.
        found = self._options_named(state, choices, said)
        for raw_part in _PARTS.split(event.text[:MAX_TEXT]):
            part = normalize(raw_part)
            best = self._best_option(state, choices, part) if part else ""
            if best and best not in found:
                found.append(best)
        return found

    def _visible_choices(self, state: State, step: Step) -> list[Choice]:
        if step.kind == "saved":
            return self._saved_choices(state, step)
        if step.kind == "tracker":
            return self._tracker_choices(state, step)
        if step.kind == "reminders":
            return self._reminder_choices(state, step)
        if step.kind == "results":
            return list(self._results_choices(state, step, self._outcome(state)))
        if step.kind == "summary":
            return list(self._summary_choices(state, step))
        if step.kind == "place" and state["candidates"]:
            choices = [Choice(f"place:{i}", c["name"]) for i, c in enumerate(state["candidates"])]
            return [*choices, Choice("none", self._t(state, "opt.place.none"))]
        return list(self._choices(state, step))

    def _best_option(self, state: State, choices: Sequence[Choice], said: str) -> str:
        """The choice whose label or synonyms match the words best; empty when unclear."""
        scored: list[tuple[float, str]] = []
        for choice in choices:
            phrases = self._phrases(state, choice)
            score = max((_phrase_score(said, p) for p in phrases if p), default=0.0)
            if score:
                scored.append((score, choice.value))
        if not scored:
            return ""
        scored.sort(reverse=True)
        if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[0][0] < 100:
            return ""  # two options fit equally well: ask again rather than guess
        return scored[0][1]

    def _options_named(self, state: State, choices: Sequence[Choice], said: str) -> list[str]:
        """Options whose label or a synonym appears word for word in the message."""
        named: list[tuple[int, str]] = []
        for choice in choices:
            if choice.value in (DONE, SKIP):
                continue
            phrases = self._phrases(state, choice) - {_normalized(choice.value)}
            positions = [
                m.start()
                for p in phrases
                if len(p) >= 3
                for m in [_whole_words(p).search(said)]
                if m
            ]
            if positions:
                named.append((min(positions), choice.value))
        return [value for _, value in sorted(named)]

    def _phrases(self, state: State, choice: Choice) -> set[str]:
        """Everything that names a choice: its label, its value, and the label's synonyms."""
        phrases = {_normalized(choice.label), _normalized(choice.value.replace("_", " "))}
        label_id = self._label_id(state, choice)
        if label_id:
            phrases |= set(self._synonyms(state, label_id))
        return phrases - {""}

    def _label_id(self, state: State, choice: Choice) -> str:
        step = self.flows.step(state["step"])
        option = step.option(choice.value)
        if option is not None:
            return option.label
        return {SKIP: "opt.skip", DONE: "opt.done"}.get(choice.value, "")

    def _synonyms(self, state: State, text_id: str) -> tuple[str, ...]:
        """Words people type for an option or intent: the person's language, then English.

        English words stay understood in every language: people mix them ("medicaid",
        "online", "back"), and a phone keyboard may autocorrect into English.
        """
        key = f"{text_id}.syn"
        return _synonyms_in(key, state["lang"])

    # -- views -----------------------------------------------------------------------------

    def _place(self, state: State) -> Place | None:
        raw = state["answers"].get(PLACE)
        if not isinstance(raw, dict):
            return None
        try:
            return Place(
                kind=raw["kind"],
                name=str(raw["name"]),
                state=str(raw["state"]),
                latitude=float(raw["latitude"]),
                longitude=float(raw["longitude"]),
                zip=str(raw.get("zip", "")),
                city=str(raw.get("city", "")),
                timezone=str(raw.get("timezone", "")),
            )
        except (KeyError, TypeError, ValueError):
            return None

    def _query(self, state: State, answers: Answers, level: str = "level:iop") -> Query | None:
        place = self._place(state)
        if place is None:
            return None
        radius = min(100.0, answers.radius_miles * (2 ** state.get("extra_radius", 0)))
        return query_for_place(
            place,
            online=answers.online,
            radius_miles=radius,
            level=FEATURES[level],
            criteria=criteria_for(answers) if level == "level:iop" else (),
            limit=self.page_size * (state.get("page", 0) + 1),
        )

    def _outcome(self, state: State) -> SearchOutcome | None:
        query = self._query(state, read_answers(state["answers"]))
        return None if query is None else self._search(query)

    def _render_results(self, state: State, step: Step, replies: list[Reply]) -> None:
        answers = read_answers(state["answers"])
        outcome = self._outcome(state)
        if outcome is None:
            self._enter(state, "place", replies)
            return
        page = state.get("page", 0)
        start = page * self.page_size
        shown = outcome.matches[start : start + self.page_size]
        if page == 0:
            for relaxation in outcome.relaxations:
                replies.append(Reply("text", self._relaxation_text(state, relaxation)))
        heading = self._heading(state, outcome, start, len(shown))
        replies.append(Reply("text", heading))
        for index, match in enumerate(shown, start=start + 1):
            replies.append(self._card(state, index, match))
        if not outcome.matches:
            replies.append(Reply("text", self._t(state, "results.none")))
        if page == 0:
            replies += self._referral_sections(state, answers)
        replies.append(Reply("text", self._t(state, "results.footer")))
        replies.append(
            Reply(
                "question",
                self._t(state, "results.next"),
                self._results_choices(state, step, outcome),
                step=step.id,
            )
        )

    def _heading(self, state: State, outcome: SearchOutcome, start: int, count: int) -> str:
        query = outcome.query
        place = self._place(state)
        where = place.name if place else ""
        if query.mode == "online":
            key = "results.heading.online"
        elif query.mode == "statewide":
            key = "results.heading.statewide"
        else:
            key = "results.heading.nearby"
        if count == 0:
            return self._t(
                state,
                f"{key}.none",
                place=where,
                radius=f"{query.radius_miles:g}",
                state=query.state,
            )
        return self._t(
            state,
            key,
            place=where,
            radius=f"{query.radius_miles:g}",
            state=query.state,
            first=start + 1,
            last=start + count,
            total=outcome.total,
        )

    def _results_choices(
        self, state: State, step: Step, outcome: SearchOutcome | None
    ) -> tuple[Choice, ...]:
        if outcome is None:
            return ()
        page = state.get("page", 0)
        start = page * self.page_size
        shown = outcome.matches[start : start + self.page_size]
        choices = [
            Choice(
                f"details:{m.program.id}",
                self._t(state, "opt.results.details", number=i, name=_short(m.program.name)),
            )
            for i, m in enumerate(shown, start=start + 1)
        ]
        choices += [
            Choice(f"save:{m.program.id}", self._t(state, "opt.save", number=i))
            for i, m in enumerate(shown, start=start + 1)
            if saved_entry(state, m.program.id) is None
        ]
        answers = read_answers(state["answers"])
        for option in step.options:
            if option.value == "more" and outcome.total <= start + len(shown):
                continue
            if option.value == "wider" and (
                outcome.query.mode != "nearby" or outcome.query.radius_miles >= 100
            ):
                continue
            if option.value == "online" and answers.online:
                continue
            quick = state["answers"].get("mode") == "quick"
            if option.value == "refine" and not quick:
                continue  # the questions were asked: "change my answers" edits them
            if option.value == "edit" and quick:
                continue  # nothing to change yet: "refine" asks the questions
            choices.append(Choice(option.value, self._t(state, option.label)))
        return tuple(choices)

    def _card(self, state: State, index: int, match: Match) -> Reply:
        program = match.program
        lines = [f"{index}. {program.display_name}"]
        where = f"{program.city}, {program.state}"
        if match.distance_miles is not None:
            where = self._t(
                state, "card.distance", miles=f"{match.distance_miles:.1f}", where=where
            )
        if match.via_telehealth:
            where += " · " + self._t(state, "card.online")
        lines.append(where)
        phone = program.intake_phones[0] if program.intake_phones else program.phone
        if phone:
            lines.append(self._t(state, "card.phone", phone=phone))
        why = ", ".join(self._feature_label(state, k) for k in match.matched)
        lines.append(self._t(state, "card.why", why=why))
        if match.unmatched:
            gaps = ", ".join(self._feature_label(state, k) for k in match.unmatched)
            lines.append(self._t(state, "card.gaps", gaps=gaps))
        # Hours first (the directory has none), then what this person asked for, then the rest.
        specific = [v for v in match.verify if v not in VERIFY_ALWAYS and v in CARD_VERIFY]
        items = ["hours", *specific, "openings", "insurance_network"][:4]
        verify = "; ".join(self._t(state, f"verify.short.{v}") for v in items)
        lines.append(self._t(state, "card.verify", verify=verify))
        if self.reported.get(program.id):
            lines.append(self._t(state, "results.caution"))
        return Reply(
            "program", "\n".join(lines), program_id=program.id, title=program.display_name
        )

    def _referral_sections(self, state: State, answers: Answers) -> list[Reply]:
        """Detox-first and step-up (or step-down) programs, when triage suggested them."""
        sections: list[tuple[str, str]] = []
        if answers.needs_detox_first:
            sections.append(("results.section.detox", "level:detox"))
        if answers.home_unsafe:
            sections += [
                ("results.section.residential", "level:residential"),
                ("results.section.sober_housing", "level:sober_housing"),
            ]
        if answers.cannot_attend:
            sections.append(("results.section.outpatient", "level:outpatient"))
        replies = []
        for heading, level in sections:
            query = self._query(state, answers, level)
            if query is None:
                continue
            outcome = self._search(replace(query, limit=3))
            lines = [self._t(state, heading)]
            for match in outcome.matches:
                p = match.program
                distance = (
                    "" if match.distance_miles is None else f" — {match.distance_miles:.1f} mi"
                )
                phone = p.intake_phones[0] if p.intake_phones else p.phone
                lines.append(f"• {p.display_name}{distance}, {p.city} {p.state}. {phone}".strip())
            if not outcome.matches:
                lines.append(self._t(state, "results.section.none"))
            replies.append(Reply("text", "\n".join(lines)))
        return replies

    def _program(self, state: State) -> Program | None:
        return self.catalog.get(state.get("program", ""))

    def _render_details(self, state: State, step: Step, replies: list[Reply]) -> None:
        program = self._program(state)
        if program is None:
            replies.append(Reply("text", self._t(state, "details.missing")))
            self._enter(state, "results", replies)
            return
        lines = [program.display_name]
        street = ", ".join(x for x in (program.street, program.street2) if x)
        address = f"{street}, {program.city}, {program.state} {program.zip}".strip(", ")
        lines.append(address)
        for phone in program.intake_phones:
            lines.append(self._t(state, "details.intake_phone", phone=phone))
        if program.phone and program.phone not in program.intake_phones:
            lines.append(self._t(state, "details.phone", phone=program.phone))
        if program.website:
            lines.append(program.website)
        lines.append("")
        for category, key in (
            (Category.LEVEL, "details.services.care"),
            (Category.PAYMENT, "details.services.payment"),
            (Category.GROUP, "details.services.groups"),
            (Category.MEDICATION, "details.services.medication"),
            (Category.LANGUAGE, "details.services.language"),
            (Category.EXTRA, "details.services.extras"),
        ):
            names = [
                self._feature_label(state, f.key)
                for f in FEATURES.values()
                if f.category == category and not program.codes.isdisjoint(f.codes)
            ]
            if names:
                lines.append(self._t(state, key, items=", ".join(names)))
        lines.append("")
        lines.append(self._t(state, "details.no_hours"))
        if program.geo_precision == "zip":
            lines.append(self._t(state, "details.approximate"))
        lines.append(SOURCE_LINES.get(state["lang"], SOURCE_LINES[DEFAULT_LANGUAGE]))
        replies.append(
            Reply(
                "program",
                "\n".join(lines),
                program_id=program.id,
                title=program.display_name,
                address=address,
            )
        )
        replies.append(
            Reply(
                "place",
                program.display_name,
                title=program.display_name,
                address=address,
                latitude=program.latitude,
                longitude=program.longitude,
                program_id=program.id,
            )
        )
        self._ask(state, step, replies, "details.next")

    def _render_callprep(self, state: State, step: Step, replies: list[Reply]) -> None:
        program = self._program(state)
        if program is None:
            replies.append(Reply("text", self._t(state, "details.missing")))
            self._enter(state, "results", replies)
            return
        answers = read_answers(state["answers"])
        plan = plan_call(answers, program)
        audience: Audience = "other" if answers.family else "self"
        replies.append(Reply("text", render_call_plan(plan, state["lang"], audience)))
        self._ask(state, step, replies, "callprep.next")

    def _summary_choices(self, state: State, step: Step) -> tuple[Choice, ...]:
        answers = state["answers"]
        choices = []
        for candidate in self._summary_steps():
            if candidate.answer in answers:
                label = self._t(state, candidate.summary_label)
                choices.append(
                    Choice(f"edit:{candidate.id}", self._t(state, "opt.summary.edit", what=label))
                )
        choices += [Choice(o.value, self._t(state, o.label)) for o in step.options]
        return tuple(choices)

    def _summary_steps(self) -> list[Step]:
        return [s for s in self.flows.steps.values() if s.summary_label]

    def _render_summary(self, state: State, step: Step, replies: list[Reply]) -> None:
        answers = state["answers"]
        lines = [self._t(state, step.text)]
        for candidate in self._summary_steps():
            if candidate.answer not in answers:
                continue
            label = self._t(state, candidate.summary_label)
            lines.append(f"• {label}: {self._answer_text(state, candidate, answers)}")
        replies.append(
            Reply("question", "\n".join(lines), self._summary_choices(state, step), step=step.id)
        )

    def _answer_text(self, state: State, step: Step, answers: Mapping[str, Any]) -> str:
        value = answers.get(step.answer)
        if isinstance(value, dict):
            return str(value.get("name", ""))
        values = value if isinstance(value, list) else [value]
        labels = []
        for item in values:
            option = step.option(str(item))
            if option is not None:
                labels.append(self._t(state, option.label))
            elif item == SKIPPED:
                labels.append(self._t(state, "summary.skipped"))
        return ", ".join(labels) or self._t(state, "summary.skipped")

    # -- after the search: saving, tracking, reminders, sharing, reports, settings ----------

    def _focus(self, state: State) -> Program | None:
        """The program the after-search steps are about."""
        return self.catalog.get(str(state.get("program", "")))

    def _prompt_values(self, state: State) -> dict[str, str]:
        program = self._focus(state)
        values = {"name": program.display_name if program else ""}
        question = self._current_question(state)
        if question is not None:
            values["question"] = self._question_text(state, question)
        return values

    def _questions(self, state: State, program: Program) -> list[Question]:
        return list(plan_call(read_answers(state["answers"]), program).questions)

    def _question_text(self, state: State, question: Question) -> str:
        return self._t(state, question.text_id, **resolve_all(question.values, state["lang"]))

    def _current_question(self, state: State) -> Question | None:
        program = self._focus(state)
        if program is None or not state.get("question"):
            return None
        return next(
            (q for q in self._questions(state, program) if question_key(q) == state["question"]),
            None,
        )

    def _save(self, state: State, program_id: str, replies: list[Reply]) -> None:
        program = self.catalog.get(program_id)
        if program is None:
            return
        outcome = save_program(state, program_id, _now(state))
        key = {"added": "saved.added", "already": "saved.already", "full": "saved.full"}[outcome]
        replies.append(
            Reply("text", self._t(state, key, name=program.display_name, limit=MAX_SAVED))
        )

    def _answer_details(
        self, state: State, step: Step, event: UserInput, replies: list[Reply]
    ) -> bool:
        values = self._read_values(state, step, event)
        if values == ["save"]:
            self._save(state, str(state.get("program", "")), replies)
            self._show(state, replies)
            return True
        return self._answer_choice(state, step, event, replies)

    def _answer_free_text(
        self, state: State, step: Step, event: UserInput, replies: list[Reply]
    ) -> bool:
        if event.kind != "text" or not event.text.strip():
            return False
        return self._accept(state, step, event.text.strip(), None, replies)

    def _answer_when(
        self, state: State, step: Step, event: UserInput, replies: list[Reply]
    ) -> bool:
        tz = zone(str(read_answers(state["answers"]).timezone))
        if tz is None:
            return False
        # A typed time wins over a preset it mentions ("tomorrow 10am" is not "tomorrow
        # morning"); a button or a preset's own words pick the preset.
        moment = parse_when(event.text, _now(state), tz) if event.kind == "text" else None
        if moment is None:
            values = self._read_values(state, step, event)
            if len(values) == 1 and step.option(values[0]) is not None:
                moment = preset(values[0], _now(state), tz)
        if moment is None:
            replies.append(Reply("text", self._t(state, "remind.not_understood")))
            self._show(state, replies)
            return True
        return self._accept(state, step, moment.isoformat(), None, replies)

    def _answer_saved(
        self, state: State, step: Step, event: UserInput, replies: list[Reply]
    ) -> bool:
        value = self._one_value(state, step, event)
        if value is None:
            return False
        if value.startswith("open:") and saved_entry(state, value[5:]) is not None:
            state["program"] = value[5:]
            self._enter(state, "item", replies)
            return True
        if value == "share_all":
            state["share"] = "all"
        return self._answer_choice(state, step, event, replies)

    def _answer_item(
        self, state: State, step: Step, event: UserInput, replies: list[Reply]
    ) -> bool:
        value = self._one_value(state, step, event)
        program = self._focus(state)
        if value is None or program is None:
            return False
        if value == "remove":
            remove_program(state, program.id)
            replies.append(
                Reply("text", self._t(state, "item.removed", name=program.display_name))
            )
        if value == "share":
            state["share"] = program.id
        return self._answer_choice(state, step, event, replies)

    def _answer_tracker(
        self, state: State, step: Step, event: UserInput, replies: list[Reply]
    ) -> bool:
        value = self._one_value(state, step, event)
        program = self._focus(state)
        if value is None or program is None:
            return False
        if value.startswith("q:"):
            index = value[2:]
            questions = self._questions(state, program)
            if not index.isdigit() or not 0 <= int(index) < len(questions):
                return False
            state["question"] = question_key(questions[int(index)])
            self._enter(state, "tracker_answer", replies)
            return True
        return self._answer_choice(state, step, event, replies)

    def _answer_reminders(
        self, state: State, step: Step, event: UserInput, replies: list[Reply]
    ) -> bool:
        values = self._read_values(state, step, event)
        if len(values) == 1 and values[0].startswith("cancel:"):
            if not cancel_reminder(state, values[0][7:]):
                return False
            replies.append(Reply("text", self._t(state, "reminders.cancelled")))
            self._render(state, step, replies)
            return True
        return self._answer_choice(state, step, event, replies)

    def _act(self, state: State, action: str, value: Any, replies: list[Reply]) -> str:
        """Record an after-search answer; returns a step to go to instead, or ""."""
        program = self._focus(state)
        entry = saved_entry(state, program.id) if program else None
        text_value = str(value or "")
        if action == "status" and entry is not None and text_value in STATUSES:
            entry["status"] = text_value
            if text_value not in ("booked", "not_fit"):
                entry["date"] = entry["reason"] = ""
        elif action == "booked_date" and entry is not None:
            entry["status"], entry["date"] = (
                "booked",
                self._short_text(state, text_value, 60, replies),
            )
            replies.append(Reply("text", self._t(state, "booked.saved", date=entry["date"])))
        elif action == "not_fit" and entry is not None:
            entry["status"], entry["reason"] = "not_fit", text_value
        elif action == "note" and entry is not None:
            entry["note"] = self._short_text(state, text_value, MAX_NOTE, replies)
            replies.append(Reply("text", self._t(state, "note.saved")))
        elif action == "tracker_answer" and entry is not None:
            question = self._current_question(state)
            if question is not None:
                ok = normalize(text_value) in self._synonyms(state, "tracker.ok")
                answer = "" if ok else self._short_text(state, text_value, MAX_ANSWER, replies)
                record_answer(entry, question, answer)
                replies.append(Reply("text", self._t(state, "tracker.saved")))
            state["question"] = ""
        elif action == "timezone" and text_value in TIME_ZONES:
            state["answers"]["timezone"] = TIME_ZONES[text_value]
        elif action == "remind" and program is not None:
            return self._set_reminder(state, program, text_value, replies)
        elif action == "report" and program is not None:
            if text_value == "other":
                state["report"] = text_value
            else:
                self._file_report(state, program, text_value, "", replies)
        elif action == "report_details" and program is not None:
            details = self._short_text(state, text_value, MAX_NOTE, replies)
            self._file_report(state, program, state.get("report") or "other", details, replies)
        elif action == "delete":
            if text_value == "yes":
                state["erase"] = True
                replies.append(Reply("text", self._t(state, "delete.done")))
                return "welcome"
            replies.append(Reply("text", self._t(state, "delete.kept")))
        elif action == "language" and text_value in LANGUAGES:
            state["lang"] = text_value
            replies.append(Reply("text", self._t(state, "language.set")))
            resume = state.get("resume") or self.flows.entry
            state["resume"] = ""
            return str(resume)
        return ""

    def _short_text(self, state: State, value: str, limit: int, replies: list[Reply]) -> str:
        # NUL is never meant, and PostgreSQL text columns refuse it (a report would be lost).
        value = value.replace("\x00", "")
        if len(value) > limit:
            replies.append(Reply("text", self._t(state, "text.too_long", limit=limit)))
        return value[:limit]

    def _file_report(
        self, state: State, program: Program, kind: str, details: str, replies: list[Reply]
    ) -> None:
        # The report leaves the conversation through the outbox: the store writes it to its
        # own table with no link to this chat.
        state.setdefault("outbox", []).append(
            {"type": "report", "program": program.id, "kind": kind, "details": details}
        )
        state["report"] = ""
        replies.append(Reply("text", self._t(state, "report.thanks")))

    def _set_reminder(self, state: State, program: Program, due: str, replies: list[Reply]) -> str:
        try:
            moment = datetime.fromisoformat(due)
        except ValueError:
            return ""
        reminder = add_reminder(state, program.id, moment)
        if reminder is None:
            replies.append(Reply("text", self._t(state, "remind.too_many", limit=MAX_REMINDERS)))
            return ""
        replies.append(
            Reply(
                "text",
                self._t(
                    state,
                    "remind.set",
                    when=self._local_time(state, due),
                    zone=self._zone_name(state),
                ),
            )
        )
        return ""

    def _zone_name(self, state: State) -> str:
        zone_id = read_answers(state["answers"]).timezone
        for key, name in TIME_ZONES.items():
            if name == zone_id:
                return self._t(state, f"opt.tz.{key}")
        return zone_id

    def _local_time(self, state: State, iso: str) -> str:
        tz = zone(read_answers(state["answers"]).timezone)
        try:
            moment = datetime.fromisoformat(iso)
        except ValueError:
            return iso
        local = moment.astimezone(tz) if tz else moment
        # Numbers only: the same in every language, and unambiguous.
        return f"{local:%Y-%m-%d %H:%M}"

    def _deliver_reminder(self, state: State, reminder_id: str, replies: list[Reply]) -> None:
        """A due reminder, sent by the scheduler: say it once, then show where we were.

        The scheduler names only due reminders (one already said, when two workers raced, says
        nothing); any other "/reminder …" was typed, and is answered like an unknown command.
        """
        named = [r for r in state.get("reminders", []) if r.get("id") == reminder_id]
        status = named[0].get("status") if named else None
        if status == "sent":
            return
        if status != "pending" or _due_after(named[0], _now(state)):
            replies.append(Reply("text", self._t(state, "engine.unknown_command")))
            self._show(state, replies)
            return
        reminder = take_due(state, reminder_id)
        if reminder is None:
            return
        program = self.catalog.get(str(reminder.get("program", "")))
        if program is None:
            return
        phone = program.intake_phones[0] if program.intake_phones else program.phone
        replies.append(
            Reply(
                "text",
                self._t(
                    state,
                    "reminder.due",
                    name=program.display_name,
                    phone=phone or "—",
                ),
            )
        )
        if state.get("step"):
            self._show(state, replies)

    def _status_text(self, state: State, entry: Entry) -> str:
        status = str(entry.get("status", "to_call"))
        option = self.flows.step("not_fit").option(str(entry.get("reason", "")))
        reason_text = self._t(state, option.label) if option else ""
        return self._t(state, f"status.{status}", date=entry.get("date", ""), reason=reason_text)

    def _render_saved(self, state: State, step: Step, replies: list[Reply]) -> None:
        entries = saved_entries(state)
        if not entries:
            replies.append(Reply("text", self._t(state, "saved.empty")))
        else:
            lines = [self._t(state, "saved.heading")]
            for number, entry in enumerate(entries, start=1):
                program = self.catalog.get(str(entry.get("id")))
                name = program.display_name if program else str(entry.get("id"))
                status = self._status_text(state, entry)
                lines.append(self._t(state, "saved.line", number=number, name=name, status=status))
            replies.append(Reply("text", "\n".join(lines)))
        self._ask(state, step, replies)

    def _saved_choices(self, state: State, step: Step) -> list[Choice]:
        entries = saved_entries(state)
        choices = []
        for number, entry in enumerate(entries, start=1):
            program = self.catalog.get(str(entry.get("id")))
            if program is not None:
                label = self._t(state, "opt.saved.open", number=number, name=_short(program.name))
                choices.append(Choice(f"open:{program.id}", label))
        for option in step.options:
            if option.value == "share_all" and not entries:
                continue
            choices.append(Choice(option.value, self._t(state, option.label)))
        return choices

    def _render_item(self, state: State, step: Step, replies: list[Reply]) -> None:
        program = self._focus(state)
        entry = saved_entry(state, program.id) if program else None
        if program is None or entry is None:
            self._enter(state, "saved", replies)
            return
        lines = [
            self._t(
                state,
                "item.heading",
                name=program.display_name,
                status=self._status_text(state, entry),
            )
        ]
        phone = program.intake_phones[0] if program.intake_phones else program.phone
        if phone:
            lines.append(self._t(state, "item.phone", phone=phone))
        if entry.get("note"):
            lines.append(self._t(state, "item.note", note=entry["note"]))
        done, total = progress(entry, self._questions(state, program))
        lines.append(self._t(state, "item.progress", done=done, total=total))
        if self.reported.get(program.id):
            lines.append(self._t(state, "item.caution"))
        replies.append(
            Reply("program", "\n".join(lines), program_id=program.id, title=program.display_name)
        )
        self._ask(state, step, replies)

    def _render_tracker(self, state: State, step: Step, replies: list[Reply]) -> None:
        program = self._focus(state)
        entry = saved_entry(state, program.id) if program else None
        if program is None or entry is None:
            self._enter(state, "saved", replies)
            return
        lines = [self._t(state, "tracker.heading", name=program.display_name)]
        for index, question in enumerate(self._questions(state, program)):
            record = answered(entry, question) or {}
            lines.append(
                self._t(
                    state,
                    "tracker.line",
                    mark=_mark(record),
                    number=index + 1,
                    question=self._question_text(state, question),
                )
            )
            if record.get("answer"):
                lines.append(self._t(state, "tracker.answer_line", answer=record["answer"]))
        replies.append(Reply("text", "\n".join(lines)))
        self._ask(state, step, replies)

    def _tracker_choices(self, state: State, step: Step) -> list[Choice]:
        program = self._focus(state)
        entry = saved_entry(state, program.id) if program else None
        choices = []
        if program is not None and entry is not None:
            for index, question in enumerate(self._questions(state, program)):
                mark = _mark(answered(entry, question) or {})
                label = self._t(state, "opt.tracker.question", mark=mark, number=index + 1)
                choices.append(Choice(f"q:{index}", label))
        return choices + [Choice(o.value, self._t(state, o.label)) for o in step.options]

    def _render_reminders(self, state: State, step: Step, replies: list[Reply]) -> None:
        waiting = pending_reminders(state)
        if not waiting:
            replies.append(Reply("text", self._t(state, "reminders.empty")))
        else:
            lines = [self._t(state, "reminders.heading")]
            for reminder in waiting:
                program = self.catalog.get(str(reminder.get("program")))
                when = self._local_time(state, str(reminder.get("due")))
                name = program.display_name if program else ""
                lines.append(self._t(state, "reminders.line", when=when, name=name))
            replies.append(Reply("text", "\n".join(lines)))
        self._ask(state, step, replies)

    def _reminder_choices(self, state: State, step: Step) -> list[Choice]:
        choices = [
            Choice(
                f"cancel:{reminder['id']}",
                self._t(
                    state,
                    "opt.reminders.cancel",
                    when=self._local_time(state, str(reminder.get("due"))),
                ),
            )
            for reminder in pending_reminders(state)
        ]
        return choices + [Choice(o.value, self._t(state, o.label)) for o in step.options]

    def _render_share(self, state: State, step: Step, replies: list[Reply]) -> None:
        wanted = str(state.get("share", ""))
        if wanted == "all":
            ids = [str(e.get("id")) for e in saved_entries(state)]
        else:
            ids = [wanted] if wanted else [str(state.get("program", ""))]
        programs = [p for p in (self.catalog.get(i) for i in ids) if p is not None]
        lines = [self._t(state, "share.heading")]
        for number, program in enumerate(programs, start=1):
            phones = [*program.intake_phones, program.phone]
            phone = next((p for p in phones if p), "")
            street = ", ".join(x for x in (program.street, program.street2) if x)
            address = f"{street}, {program.city}, {program.state} {program.zip}".strip(", ")
            lines.append(
                self._t(
                    state,
                    "share.program",
                    number=number,
                    name=program.display_name,
                    phone=phone,
                    address=address,
                )
            )
        if programs:
            lines.append("")
            lines.append(self._t(state, "share.questions"))
            quick = [q for q in self._questions(state, programs[0]) if q.section != "quality"]
            lines += [f"• {self._question_text(state, q)}" for q in quick[:6]]
        link = self._share_link(state)
        if link:
            lines += ["", self._t(state, "share.search", link=link)]
        lines += ["", SOURCE_LINES.get(state["lang"], SOURCE_LINES[DEFAULT_LANGUAGE])]
        replies.append(Reply("text", self._t(state, "share.intro")))
        replies.append(Reply("share", "\n".join(lines)))
        self._ask(state, step, replies)

    def _share_link(self, state: State) -> str:
        place = self._place(state)
        if place is None or not place.zip:
            return ""
        payload = f"zip_{place.zip}"
        return f"{self.link_base}{payload}" if self.link_base else f"/start {payload}"

    # -- texts -----------------------------------------------------------------------------

    def _t(self, conversation: State, text_id: str, /, **values: object) -> str:
        # Positional-only, so that a text may have a {state} placeholder of its own.
        audience: Audience = "self"
        if conversation["answers"].get(FOR_WHOM) == "other":
            audience = "other"
        return text(text_id, conversation["lang"], audience, **values)

    def _crisis_reply(self, state: State, text_id: str) -> Reply:
        return Reply("crisis", self._t(state, text_id))

    def _feature_label(self, state: State, key: str) -> str:
        text_id = f"feature.{key}"
        if has_text(text_id, state["lang"]) or has_text(text_id):
            return self._t(state, text_id)
        feature = FEATURES.get(key)
        return feature.label if feature else key

    def _relaxation_text(self, state: State, relaxation: Any) -> str:
        return self._t(
            state,
            f"relax.{relaxation.kind}",
            from_miles=relaxation.from_miles,
            to_miles=relaxation.to_miles,
            feature=self._feature_label(state, relaxation.feature) if relaxation.feature else "",
            state=relaxation.state,
        )


def _phrase_score(said: str, phrase: str) -> float:
    """How well typed words name a phrase: exact, as whole words inside, or a close spelling."""
    if said == phrase:
        return 100.0
    if len(phrase) >= 4 and _whole_words(phrase).search(said):
        return 95.0 - min(len(said) - len(phrase), 40) / 10
    if len(said) >= 4 and len(phrase) >= 4:
        score = fuzz.ratio(said, phrase)
        if score >= 82:
            return float(score) - 10
    return 0.0


def _place_dict(place: Place) -> dict[str, Any]:
    return {
        "kind": place.kind,
        "name": place.name,
        "state": place.state,
        "latitude": round(place.latitude, 4),
        "longitude": round(place.longitude, 4),
        "zip": place.zip,
        "city": place.city,
        "timezone": place.timezone,
    }


def _now(state: State) -> datetime:
    """The time of the update being handled (the engine never reads the clock)."""
    try:
        return datetime.fromisoformat(str(state.get("updated")))
    except ValueError:
        return datetime.fromtimestamp(0, UTC)


def _due_after(reminder: Mapping[str, Any], now: datetime) -> bool:
    """Whether a reminder is due only after ``now`` (an unreadable time counts as due)."""
    try:
        due = datetime.fromisoformat(str(reminder.get("due")))
        return due > now
    except (TypeError, ValueError):  # unreadable, or one time with a zone and one without
        return False


def _mark(record: Mapping[str, Any]) -> str:
    return "✅" if record.get("done") else "▫️"


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"

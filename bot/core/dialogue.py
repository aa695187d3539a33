"""The dialogue engine: advance(state, input) -> (state', replies); pure and deterministic.

The state is a small JSON-serialisable dict with a schema version; adapters load it before
each update and store what comes back. Time is passed in, never read. Every free-text message
is checked for danger first; the crisis text then comes before anything else, and the
conversation resumes where it was.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
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
from bot.core.questions import plan_call, render_call_plan
from bot.core.texts import LANGUAGES, SOURCE_LINE, Audience, has_text, text

SCHEMA_VERSION = 1
PAGE_SIZE = 4
MAX_TEXT = 500  # what is read of a message for answers; crisis detection reads more
MAX_HISTORY = 60
# What a result card may add to "Ask:" beyond hours, openings and insurance.
CARD_VERIFY = ("medication", "language", "group", "telehealth_area")
RESUMABLE_KINDS = ("choice", "multi", "place", "summary", "results", "details", "callprep")

# Moves the engine makes itself: from a page of results to one program's details.
ENGINE_MOVES = {"results": ("details",)}

State = dict[str, Any]
InputKind = Literal["text", "choice", "location", "command"]
ReplyKind = Literal["text", "question", "program", "place", "crisis"]


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
    }


def load_state(raw: Mapping[str, Any] | None, steps: Mapping[str, Step]) -> State | None:
    """A copy of a stored state when it is of this schema and points at a real step."""
    if not isinstance(raw, Mapping) or raw.get("v") != SCHEMA_VERSION:
        return None
    state = new_state()
    for key, default in state.items():
        value = raw.get(key, default)
        state[key] = copy.deepcopy(value) if isinstance(value, type(default)) else default
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


FACTS_OF: dict[str, Callable[[Answers], bool]] = {
    "withdrawal_risk": lambda a: a.withdrawal_risk,
    "daily_use_question": lambda a: (
        bool({"alcohol", "benzos"} & set(a.substances)) and a.withdrawal != "detox_done"
    ),
    "has_state": lambda a: bool(a.state),
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
    ) -> None:
        validate_flows(flows)
        self.flows = flows
        self.catalog = catalog
        self.places = places
        self.page_size = page_size

    # -- the entry point -------------------------------------------------------------------

    def advance(
        self, stored: Mapping[str, Any] | None, event: UserInput, now: datetime
    ) -> tuple[State, list[Reply]]:
        """Apply one input to a conversation; returns the new state and what to show."""
        state = load_state(stored, self.flows.steps)
        replies: list[Reply] = []
        if state is None:
            state = new_state(
                str(stored.get("lang", "en")) if isinstance(stored, Mapping) else "en"
            )
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
        elif name in ("about", "privacy", "non_text", "try_again", "sorry", "language"):
            replies.append(Reply("text", self._t(state, f"engine.{name}")))
            self._show(state, replies)
        else:
            replies.append(Reply("text", self._t(state, "engine.unknown_command")))
            self._show(state, replies)

    def _start(self, state: State, payload: str, replies: list[Reply]) -> None:
        language = state.get("lang", "en")
        state.clear()
        state.update(new_state(language))
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
        language = state.get("lang", "en")
        state.clear()
        state.update(new_state(language))
        replies.append(Reply("text", self._t(state, "engine.restarted")))
        self._enter(state, self.flows.entry, replies)

    def _detour(self, state: State, step_id: str, replies: list[Reply]) -> None:
        """Go to help or crisis, remembering where to come back to."""
        current = state["step"]
        if current not in ("help", "crisis"):
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
            "details": self._answer_choice,
            "callprep": self._answer_choice,
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
        values = self._read_values(state, step, event)
        if len(values) != 1:
            return False
        value = values[0]
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
        values = self._read_values(state, step, event)
        if len(values) != 1:
            return False
        value = values[0]
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
        if step.answer and value is not None:
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
        self._enter(state, self._next(step, answers), replies)
        return True

    def _next(self, step: Step, answers: Mapping[str, Any]) -> str:
        facts = self._facts(answers)
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
        while step.ask_if is not None and not step.ask_if.holds(answers, self._facts(answers)):
            if step.id in seen:
                break
            seen.add(step.id)
            step = self.flows.step(self._next(step, answers))
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

    def _show(self, state: State, replies: list[Reply], *, prompt: bool = True) -> None:
        """Show the current step again (after a detour, a crisis text or a misunderstanding)."""
        step = self.flows.step(state["step"])
        if step.kind in ("results", "details", "callprep"):
            # The list or the program is still on screen; repeating it would bury the options.
            replies.append(
                Reply(
                    "question",
                    self._t(state, f"{step.id}.next"),
                    tuple(self._visible_choices(state, step)),
                    step=step.id,
                )
            )
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
        again = "engine.choose" if step.kind == "multi" else "engine.choose_one"
        body = self._t(state, step.text if prompt else again)
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
            phrases = self._phrases(state, choice) - {normalize(choice.value)}
            positions = [
                m.start()
                for p in phrases
                if len(p) >= 3
                for m in [re.search(rf"(?<!\w){re.escape(p)}(?!\w)", said)]
                if m
            ]
            if positions:
                named.append((min(positions), choice.value))
        return [value for _, value in sorted(named)]

    def _phrases(self, state: State, choice: Choice) -> set[str]:
        """Everything that names a choice: its label, its value, and the label's synonyms."""
        phrases = {normalize(choice.label), normalize(choice.value.replace("_", " "))}
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

    def _synonyms(self, state: State, text_id: str) -> list[str]:
        key = f"{text_id}.syn"
        if not has_text(key, state["lang"]) and not has_text(key):
            return []
        return [normalize(p) for p in self._t(state, key).split("|") if p.strip()]

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
        return None if query is None else search(self.catalog, query)

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
            outcome = search(self.catalog, replace(query, limit=3))
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
        lines.append(SOURCE_LINE)
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
        replies.append(
            Reply(
                "question",
                self._t(state, "details.next"),
                self._choices(state, step),
                step=step.id,
            )
        )

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
        replies.append(
            Reply(
                "question",
                self._t(state, "callprep.next"),
                self._choices(state, step),
                step=step.id,
            )
        )

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
    if len(phrase) >= 4 and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", said):
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


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"

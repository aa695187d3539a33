"""One update being applied: the working copy of the conversation, the replies and effects so
far, and the moves every screen shares (enter a step, show it, accept an answer); pure."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.core.answers import (
    FOR_WHOM,
    GENDER,
    MODE,
    PLACE,
    RELATION,
    WORDS,
    Answers,
    read_answers,
)
from bot.core.care_levels import level_of
from bot.core.conversation import Answer, Conversation, begin_again
from bot.core.dialogue.effects import Effect
from bot.core.dialogue.io import Choice, Reply, UserInput
from bot.core.dialogue.reading import OptionReader, synonyms
from bot.core.dialogue.registry import ACTIONS, FACTS, LINKS, SCREENS, SEARCH_FACTS, Screen
from bot.core.dialogue.saved_list import question_key
from bot.core.flow import Option, Step
from bot.core.location import Place
from bot.core.programs import Program
from bot.core.questions import CallPlan, Question, lacks_spanish, plan_call, relative_text
from bot.core.texts import LANGUAGES, Audience, has_text, resolve_all, text

if TYPE_CHECKING:
    from bot.core.dialogue.engine import Dialogue

MAX_HISTORY = 60
# Steps that are points on the way, so "back" returns to them; an "info" step is only a note.
NOT_IN_HISTORY = ("info",)
# Steps a command opens from anywhere; "resume" then returns to where the person was.
DETOURS = ("help", "crisis", "safe_check", "saved", "reminders", "delete", "pick_language")


class Turn:
    """The engine applying one input to a working copy of a conversation."""

    def __init__(self, engine: Dialogue, conversation: Conversation, now: datetime) -> None:
        self.engine = engine
        self.flows = engine.flows
        self.conversation = conversation
        self.now = now
        self.replies: list[Reply] = []
        self.effects: list[Effect] = []
        self.misread = False  # the input was not understood (said so, and asked again)

    # -- texts and replies -------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The language the conversation is in."""
        return self.conversation.language

    def t(self, text_id: str, /, **values: object) -> str:
        """A text in the conversation's language, worded for the person or their family.

        Positional-only, so that a text may have a {state} placeholder of its own.
        """
        audience: Audience = "self"
        about = self.conversation.position.crisis_about  # a check-in about the writer or not
        if about == "other" or (not about and self.conversation.answers.get(FOR_WHOM) == "other"):
            audience = "other"
        return text(text_id, self.conversation.language, audience, **values)

    def say(self, text_id: str, /, **values: object) -> None:
        """Add a text reply."""
        self.replies.append(Reply("text", self.t(text_id, **values)))

    def add(self, reply: Reply) -> None:
        """Add a reply made by a screen."""
        self.replies.append(reply)

    def effect(self, effect: Effect) -> None:
        """Ask the service to carry something out with this update."""
        self.effects.append(effect)

    # -- what the conversation is about ------------------------------------------------------

    @property
    def answers(self) -> dict[str, Answer]:
        """The answers so far (the working copy's)."""
        return self.conversation.answers

    def typed_answers(self) -> Answers:
        """The typed view of the answers."""
        return read_answers(self.conversation.answers)

    def zone_id(self) -> str:
        """The time zone for reminders: the one chosen, else the place's."""
        return self.conversation.timezone or self.typed_answers().timezone

    def place(self) -> Place | None:
        """The place the person is searching around, if known."""
        place = self.conversation.answers.get(PLACE)
        return place if isinstance(place, Place) else None

    def focus(self) -> Program | None:
        """The program the details and after-search steps are about."""
        return self.engine.catalog.get(self.conversation.position.program)

    def call_plan(self, program: Program) -> CallPlan:
        """A program's call plan for these answers (see ``call_plan_of``)."""
        return call_plan_of(self, program)

    def relative(self) -> str:
        """The text id naming the person a family member searches for ("relation.son"), or ""
        when they search for themselves or did not say who."""
        family = self.typed_answers().family
        relation, gender = _said(self.answers, RELATION), _said(self.answers, GENDER)
        return relative_text(relation, gender) if family else ""

    def questions(self, program: Program) -> list[Question]:
        """The questions of a program's call plan, for these answers."""
        return list(self.call_plan(program).questions)

    def question_text(self, question: Question) -> str:
        """A call-plan question in the conversation's language, naming the relative when the
        plan does ("my son's Medicaid plan")."""
        text_id, values = question.text_id, dict(question.values)
        relative = self.relative()
        if relative and has_text(f"{text_id}.named"):
            text_id, values["relative"] = f"{text_id}.named", f"@{relative}"
        return self.t(text_id, **resolve_all(values, self.language))

    def current_question(self) -> Question | None:
        """The call-plan question being answered, if any."""
        program = self.focus()
        key = self.conversation.position.question
        if program is None or not key:
            return None
        return next((q for q in self.questions(program) if question_key(q) == key), None)

    def prompt_values(self) -> dict[str, str]:
        """Placeholders prompts may use: the program's name, the question being answered."""
        program = self.focus()
        values = {"name": program.display_name if program else ""}
        question = self.current_question()
        if question is not None:
            values["question"] = self.question_text(question)
        return values

    # -- reading -----------------------------------------------------------------------------

    def screen(self, step: Step) -> Screen:
        """The screen that shows a step."""
        return SCREENS[step.kind]

    def step(self) -> Step:
        """The step the conversation is at."""
        return self.flows.step(self.conversation.position.step)

    def values(self, step: Step, event: UserInput) -> list[str]:
        """The option values an input names among those the step shows."""
        choices = self.screen(step).choices(self, step)
        return values_read(step, choices, self.language, event)

    def one_value(self, step: Step, event: UserInput) -> str | None:
        """The single option value an input names, or None when it names none or several."""
        values = self.values(step, event)
        return values[0] if len(values) == 1 else None

    def synonyms(self, text_id: str) -> tuple[str, ...]:
        """Words people type for an option or intent, in this language and English."""
        return synonyms(text_id, self.language)

    # -- moving ------------------------------------------------------------------------------

    def facts(self) -> Mapping[str, bool]:
        """Every registered fact, derived from the conversation as it is now (those that need
        a search only when a condition asks for them)."""
        typed = self.typed_answers()
        return _Facts(
            {name: bool(fact(self.conversation, typed)) for name, fact in FACTS.items()}, self
        )

    def next_step(self, step: Step, facts: Mapping[str, bool] | None = None) -> str:
        """The step after this one; ``facts`` when already derived from these answers."""
        facts = self.facts() if facts is None else facts
        for transition in step.next:
            if transition.condition is None or transition.condition.holds(self.answers, facts):
                return transition.target
        return self.flows.entry

    def enter(self, step_id: str, *, forward: bool = False) -> None:
        """Go to a step, skipping those that do not apply, and show it; going ``forward``
        after an answer also passes the questions the person's own words made unnecessary."""
        seen: set[str] = set()
        step = self.flows.step(step_id)
        facts: Mapping[str, bool] | None = None  # derived once: skipping changes no answer
        while step.id not in seen:
            facts = self.facts() if facts is None else facts
            applies = step.ask_if is None or step.ask_if.holds(self.answers, facts)
            if applies and not (forward and self.passes(step)):
                break
            seen.add(step.id)
            step = self.flows.step(self.next_step(step, facts))
        position = self.conversation.position
        position.step = step.id
        position.pending = []
        if step.id != "safe_check":
            position.held = position.crisis_about = ""  # kept only while the check-in is open
        chosen = self.answers.get(step.answer)
        if step.kind == "multi" and isinstance(chosen, list):
            position.pending = list(chosen)
        if step.kind not in NOT_IN_HISTORY:
            # Coming back to a step already on the way (the list after a program's details)
            # returns to that point, so "back" then means the question before it.
            history = self.conversation.history
            if step.id in history:
                del history[history.index(step.id) :]
            history.append(step.id)
            del history[:-MAX_HISTORY]
        self.render(step)

    def passes(self, step: Step) -> bool:
        """Whether going forward passes a question: the person's words already answered it, or
        they described what they need and it is not one the description makes necessary."""
        if step.answer and step.answer in self.conversation.position.told:
            return True
        if not step.summary_label:
            return False
        return self.answers.get(MODE) == WORDS and not step.asked_when_told

    def render(self, step: Step, *, prompt: bool = True) -> None:
        """Show a step in full."""
        self.screen(step).render(self, step, prompt=prompt)

    def show(self, *, prompt: bool = True) -> None:
        """Show the current step again (after a detour, a crisis text or a misunderstanding)."""
        step = self.step()
        if self.screen(step).brief:
            # The list or the program is still on screen; repeating it would bury the options.
            self.ask(step, f"{step.id}.next", again=True)
            return
        self.render(step, prompt=prompt)

    def ask(self, step: Step, text_id: str = "", *, again: bool = False) -> None:
        """The step's question with its choices now (numbered alike in text); ``again``: brief."""
        body = self.t(text_id or step.text, **self.prompt_values())
        choices = tuple(self.screen(step).choices(self, step))
        links = LINKS[step.kind](self) if step.kind in LINKS else ()
        reply = Reply("question", body, choices, step=step.id, links=links, again=again)
        self.replies.append(reply)

    def question(self, step: Step, body: str, choices: tuple[Choice, ...]) -> None:
        """Ask something at a step with these choices."""
        self.replies.append(Reply("question", body, choices, step=step.id))

    def accept(self, step: Step, value: Any, option: Option | None) -> bool:
        """Record an answer, show the notes it calls for, and move on."""
        if step.action:
            # After the search: the answer belongs to a saved program or a setting.
            instead = ACTIONS[step.action](self, value)
            if instead:
                self.enter(instead)
                return True
        elif step.answer and value is not None:
            self.answers[step.answer] = value
            told = self.conversation.position.told
            if step.answer in told:
                told.remove(step.answer)  # answered at its own step now
        if option is not None:
            for key, assigned in option.sets:
                self.answers[key] = assigned
        self.conversation.position.pending = []
        facts = self.facts()
        self.replies.extend(step_notes(self, step, facts))
        if option is not None and option.target:
            self._follow(option)
            return True
        if self.conversation.position.editing:
            self.conversation.position.editing = False
            self.enter("summary")
            return True
        self.enter(self.next_step(step, facts), forward=True)
        return True

    def _follow(self, option: Option) -> None:
        """Go where a picked option leads ("resume" goes back to where the person was)."""
        position = self.conversation.position
        target = option.target
        if option.value == "resume":
            target = position.resume or target
            position.resume = ""
        if target == self.flows.entry and option.value == "restart":
            self.restart()
            return
        if target == "results":
            position.page = 0
        self.enter(target, forward=option.value != "resume")  # onward: pass what was told

    # -- moves every step understands --------------------------------------------------------

    def restart(self) -> None:
        """Start a new search; the saved list and reminders stay."""
        self.conversation = begin_again(self.conversation)
        self.say("engine.restarted")
        self.enter(self.flows.entry)

    def detour(self, step_id: str) -> None:
        """Go to help, crisis, the saved list or a setting, remembering where to come back to."""
        current = self.conversation.position.step
        if current not in DETOURS:
            self.conversation.position.resume = current
        self.enter(step_id)

    def back(self) -> None:
        """Go back to the previous question."""
        history = self.conversation.history
        if history and history[-1] == self.conversation.position.step:
            history.pop()
        if not history:
            self.say("engine.nothing_back")
            self.show()
            return
        previous = history.pop()
        self.conversation.position.editing = False
        self.enter(previous)

    def edit(self) -> None:
        """The summary of the answers, to change one."""
        if PLACE not in self.answers:
            self.say("engine.nothing_to_edit")
            self.show()
            return
        self.enter("summary")

    def not_understood(self) -> None:
        """Say the input was not understood, and ask again (briefly, when the step says how)."""
        self.misread = True
        if not (self.replies and self.replies[-1].text == self.t("crisis.past")):
            self.say("engine.not_understood")  # not right after a word about the past
        ask_again(self)


def ask_again(turn: Turn) -> None:
    """The current question once more: briefly when the step says how, else in full."""
    step = turn.step()
    turn.ask(step, step.again) if step.again else turn.show()


def values_read(step: Step, choices: list[Choice], language: str, event: UserInput) -> list[str]:
    """The option values an input names, in the conversation's language first; then in another
    ("guárdalo" in an English conversation: too short to switch it, but clear)."""
    values = OptionReader(step, choices, language).values(event)
    if values or event.kind != "text":
        return values
    others = (OptionReader(step, choices, other) for other in LANGUAGES if other != language)
    return next((found for reader in others if (found := reader.values(event))), [])


class _Facts(Mapping[str, bool]):
    """The facts of one moment: plain ones derived at once, those needing a search when asked."""

    def __init__(self, derived: dict[str, bool], turn: Turn) -> None:
        self._derived = derived
        self._turn = turn

    def __getitem__(self, name: str) -> bool:
        if name not in self._derived and name in SEARCH_FACTS:
            self._derived[name] = bool(SEARCH_FACTS[name](self._turn))
        return self._derived[name]

    def __iter__(self) -> Iterator[str]:
        return iter({*FACTS, *SEARCH_FACTS})

    def __len__(self) -> int:
        return len({*FACTS, *SEARCH_FACTS})


def opened_level(turn: Turn) -> str:
    """The level of care the program in focus was opened at ("iop", "detox", …)."""
    return level_of(turn.conversation.position.level)


def call_plan_of(turn: Turn, program: Program) -> CallPlan:
    """A program's call plan at the level it was opened at, naming the relative when they
    said who, and how to ask for an interpreter when needed."""
    answers = turn.typed_answers()
    return plan_call(
        answers,
        program,
        relation=_said(turn.answers, RELATION),
        gender=_said(turn.answers, GENDER),
        level=opened_level(turn),
        interpreter=lacks_spanish(turn.language, answers, program),
    )


def _said(answers: Mapping[str, Answer], key: str) -> str:
    """An answer that is a word ("son", "woman"), or "" when it was not given."""
    value = answers.get(key)
    return value if isinstance(value, str) else ""


def step_notes(turn: Turn, step: Step, facts: Mapping[str, bool]) -> list[Reply]:
    """The notes a step's answers call for (a crisis text among them kept as one)."""
    return [
        Reply("crisis" if note.text.startswith("crisis.") else "text", turn.t(note.text))
        for note in step.notes
        if note.condition is None or note.condition.holds(turn.answers, facts)
    ]

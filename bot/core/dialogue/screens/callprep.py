"""Getting ready to call one program: the questions that matter most, a short script, and the
other questions on request; pure."""

from __future__ import annotations

from bot.core.call_script import render_call_plan, render_more_questions
from bot.core.dialogue.io import Choice, Reply, UserInput
from bot.core.dialogue.registry import screen
from bot.core.dialogue.screens.question import ChoiceScreen
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.views import program_on_screen
from bot.core.flow import Step
from bot.core.texts import Audience

MORE = "more"


def _audience(turn: Turn) -> Audience:
    """Who the plan is worded for: the person, or a family member calling for them."""
    return "other" if turn.typed_answers().family else "self"


class CallPrepScreen(ChoiceScreen):
    """The call plan for the program in focus, worded for the person or their family."""

    kinds: tuple[str, ...] = ("callprep",)
    brief = True

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """The questions that matter most and the script, then what to do next."""
        program = program_on_screen(turn)
        if program is None:
            return
        plan = turn.call_plan(program)
        turn.add(Reply("text", render_call_plan(plan, turn.language, _audience(turn))))
        turn.ask(step, "callprep.next")

    def choices(self, turn: Turn, step: Step) -> list[Choice]:
        """The step's options; "More questions" only while there are more not yet shown."""
        choices = super().choices(turn, step)
        program = turn.focus()
        shown = MORE in turn.conversation.position.pending
        if program is None or shown or not turn.call_plan(program).more():
            choices = [c for c in choices if c.value != MORE]
        return choices

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """More questions are shown here; the other options lead away."""
        if turn.one_value(step, event) != MORE:
            return super().answer(turn, step, event)
        program = turn.focus()
        if program is None:
            return False
        plan = turn.call_plan(program)
        turn.add(Reply("text", render_more_questions(plan, turn.language, _audience(turn))))
        # Remembered until the step is entered again, so the button is not offered twice
        # (the choices, and the numbers typed for them, stay the same as those shown).
        turn.conversation.position.pending = [MORE]
        turn.ask(step, "callprep.next")
        return True


CALLPREP = screen(CallPrepScreen())

"""Getting ready to call one program: the questions to ask and a short script; pure."""

from __future__ import annotations

from bot.core.dialogue.io import Reply
from bot.core.dialogue.registry import screen
from bot.core.dialogue.screens.question import ChoiceScreen
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.views import program_on_screen
from bot.core.flow import Step
from bot.core.questions import plan_call, render_call_plan
from bot.core.texts import Audience


class CallPrepScreen(ChoiceScreen):
    """The call plan for the program in focus, worded for the person or their family."""

    kinds: tuple[str, ...] = ("callprep",)
    brief = True

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """The plan, then what to do next."""
        program = program_on_screen(turn)
        if program is None:
            return
        answers = turn.typed_answers()
        plan = plan_call(answers, program)
        audience: Audience = "other" if answers.family else "self"
        turn.add(Reply("text", render_call_plan(plan, turn.language, audience)))
        turn.ask(step, "callprep.next")


CALLPREP = screen(CallPrepScreen())

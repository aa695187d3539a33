"""Getting ready to call one program: the questions to ask and a short script; pure."""

from __future__ import annotations

from bot.core.dialogue.io import Choice, Reply, UserInput
from bot.core.dialogue.registry import screen
from bot.core.dialogue.screens.question import answer_choice, option_choices
from bot.core.dialogue.turn import Turn
from bot.core.flow import Step
from bot.core.questions import plan_call, render_call_plan
from bot.core.texts import Audience


class CallPrepScreen:
    """The call plan for the program in focus, worded for the person or their family."""

    kinds: tuple[str, ...] = ("callprep",)
    brief = True

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """The plan, then what to do next."""
        program = turn.focus()
        if program is None:
            turn.say("details.missing")
            turn.enter("results")
            return
        answers = turn.typed_answers()
        plan = plan_call(answers, program)
        audience: Audience = "other" if answers.family else "self"
        turn.add(Reply("text", render_call_plan(plan, turn.language, audience)))
        turn.ask(step, "callprep.next")

    def choices(self, turn: Turn, step: Step) -> list[Choice]:
        """The step's options."""
        return option_choices(turn, step)

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """One option."""
        return answer_choice(turn, step, event)


CALLPREP = screen(CallPrepScreen())

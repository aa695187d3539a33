"""The answers so far, each with a button to change it; pure."""

from __future__ import annotations

from bot.core.dialogue.io import Choice, UserInput
from bot.core.dialogue.registry import screen
from bot.core.dialogue.screens.question import answer_choice
from bot.core.dialogue.told import answer_label
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.values import argument_of, tagged
from bot.core.flow import Step


class SummaryScreen:
    """Lists every answer the flows label for the summary; "edit:<step>" asks one again."""

    kinds: tuple[str, ...] = ("summary",)
    brief = False

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """The answers, one line each, then the choices."""
        lines = [turn.t(step.text)]
        for candidate in _summary_steps(turn):
            if candidate.answer not in turn.answers:
                continue
            label = turn.t(candidate.summary_label)
            lines.append(f"• {label}: {answer_label(turn, candidate)}")
        turn.question(step, "\n".join(lines), tuple(self.choices(turn, step)))

    def choices(self, turn: Turn, step: Step) -> list[Choice]:
        """One "change …" per answer given, then the step's options."""
        choices = []
        for candidate in _summary_steps(turn):
            if candidate.answer in turn.answers:
                label = turn.t(candidate.summary_label)
                value = tagged("edit", candidate.id)
                choices.append(Choice(value, turn.t("opt.summary.edit", what=label)))
        return choices + [Choice(o.value, turn.t(o.label)) for o in step.options]

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """Change one answer, or go on."""
        value = turn.one_value(step, event)
        if value is None:
            return False
        target = argument_of(value, "edit")
        if target is not None and target in turn.flows.steps:
            turn.conversation.position.editing = True
            turn.enter(target)
            return True
        return answer_choice(turn, step, UserInput.pick(value))


def _summary_steps(turn: Turn) -> list[Step]:
    return [s for s in turn.flows.steps.values() if s.summary_label]


SUMMARY = screen(SummaryScreen())

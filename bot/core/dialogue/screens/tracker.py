"""One saved program's call questions, ticked as the person gets answers; pure."""

from __future__ import annotations

from bot.core.dialogue.io import Choice, Reply, UserInput
from bot.core.dialogue.registry import screen
from bot.core.dialogue.saved_list import answered, question_key
from bot.core.dialogue.screens.question import answer_choice
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.values import argument_of, tagged
from bot.core.dialogue.views import excerpt, focused_entry, mark
from bot.core.flow import Step


class TrackerScreen:
    """The questions with their ticks and answers; pick one to note its answer."""

    kinds: tuple[str, ...] = ("tracker",)
    brief = False

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """Every question, ticked or not, with the answer noted."""
        focused = focused_entry(turn)
        if focused is None:
            turn.enter("saved")
            return
        program, entry = focused
        lines = [turn.t("tracker.heading", name=program.display_name)]
        for index, question in enumerate(turn.questions(program)):
            record = answered(entry, question)
            lines.append(
                turn.t(
                    "tracker.line",
                    mark=mark(record is not None and record.done),
                    number=index + 1,
                    question=turn.question_text(question),
                )
            )
            if record is not None and record.answer:
                lines.append(turn.t("tracker.answer_line", answer=excerpt(record.answer)))
        turn.add(Reply("text", "\n".join(lines)))
        turn.ask(step)

    def choices(self, turn: Turn, step: Step) -> list[Choice]:
        """One choice per question, then the step's options."""
        focused = focused_entry(turn)
        choices = []
        if focused is not None:
            program, entry = focused
            for index, question in enumerate(turn.questions(program)):
                record = answered(entry, question)
                ticked = mark(record is not None and record.done)
                label = turn.t("opt.tracker.question", mark=ticked, number=index + 1)
                choices.append(Choice(tagged("q", index), label))
        return choices + [Choice(o.value, turn.t(o.label)) for o in step.options]

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """A question to answer, or back."""
        value = turn.one_value(step, event)
        program = turn.focus()
        if value is None or program is None:
            return False
        index = argument_of(value, "q")
        if index is not None:
            questions = turn.questions(program)
            if not index.isdigit() or not 0 <= int(index) < len(questions):
                return False
            turn.conversation.position.question = question_key(questions[int(index)])
            turn.enter("tracker_answer")
            return True
        return answer_choice(turn, step, event)


TRACKER = screen(TrackerScreen())

"""Reminders: the pending ones (cancel any), and choosing when to be reminded; pure."""

from __future__ import annotations

from bot.core.dialogue.effects import CancelReminder
from bot.core.dialogue.io import Choice, Reply, UserInput
from bot.core.dialogue.registry import screen
from bot.core.dialogue.saved_list import pending_reminder, pending_reminders
from bot.core.dialogue.screens.question import ChoiceScreen, answer_choice
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.values import argument_of, tagged
from bot.core.dialogue.views import local_time
from bot.core.flow import Step
from bot.core.when import parse_when, preset, zone


class RemindersScreen:
    """Every pending reminder, soonest first, each with a cancel button."""

    kinds: tuple[str, ...] = ("reminders",)
    brief = False

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """The reminders (or that there are none), then the choices."""
        waiting = pending_reminders(turn.conversation)
        if not waiting:
            turn.say("reminders.empty")
        else:
            lines = [turn.t("reminders.heading")]
            for reminder in waiting:
                program = turn.engine.catalog.get(reminder.program)
                when = local_time(turn, reminder.due)
                name = program.display_name if program else ""
                lines.append(turn.t("reminders.line", when=when, name=name))
            turn.add(Reply("text", "\n".join(lines)))
        turn.ask(step)

    def choices(self, turn: Turn, step: Step) -> list[Choice]:
        """One "cancel" per pending reminder, then the step's options."""
        choices = [
            Choice(
                tagged("cancel", reminder.id),
                turn.t("opt.reminders.cancel", when=local_time(turn, reminder.due)),
            )
            for reminder in pending_reminders(turn.conversation)
        ]
        return choices + [Choice(o.value, turn.t(o.label)) for o in step.options]

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """Cancel a reminder, or another option."""
        values = turn.values(step, event)
        reminder_id = argument_of(values[0], "cancel") if len(values) == 1 else None
        if reminder_id is not None:
            reminder = pending_reminder(turn.conversation, reminder_id)
            if reminder is None:
                return False
            reminder.status = "cancelled"
            turn.effect(CancelReminder(reminder.id))
            turn.say("reminders.cancelled")
            turn.render(step)
            return True
        return answer_choice(turn, step, event)


class WhenScreen(ChoiceScreen):
    """A moment: a preset ("tomorrow morning") or a typed time, in the person's time zone."""

    kinds: tuple[str, ...] = ("when",)
    brief = False

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """A typed time wins over a preset it mentions ("tomorrow 10am" is not "tomorrow
        morning"); a button or a preset's own words pick the preset."""
        tz = zone(turn.zone_id())
        if tz is None:
            return False
        moment = parse_when(event.text, turn.now, tz) if event.kind == "text" else None
        if moment is None:
            values = turn.values(step, event)
            if len(values) == 1 and step.option(values[0]) is not None:
                moment = preset(values[0], turn.now, tz)
        if moment is None:
            turn.say("remind.not_understood")
            turn.show()
            return True
        return turn.accept(step, moment.isoformat(), None)


REMINDERS = screen(RemindersScreen())
WHEN = screen(WhenScreen())

"""The saved list, and one saved program with what can be done with it; pure."""

from __future__ import annotations

from bot.core.care_levels import level_of
from bot.core.dialogue.effects import CancelReminder
from bot.core.dialogue.io import Choice, Reply, UserInput
from bot.core.dialogue.registry import screen
from bot.core.dialogue.saved_list import progress, remove_program, saved_entry
from bot.core.dialogue.screens.question import ChoiceScreen, answer_choice
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.values import argument_of, tagged
from bot.core.dialogue.views import button_names, focused_entry, phone_of, status_text
from bot.core.flow import Step


class SavedScreen:
    """Every saved program with its status; open one, share all, or see the reminders."""

    kinds: tuple[str, ...] = ("saved",)
    brief = False

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """The list (or that it is empty), then the choices."""
        entries = turn.conversation.saved
        if not entries:
            turn.say("saved.empty")
        else:
            lines = [turn.t("saved.heading")]
            for number, entry in enumerate(entries, start=1):
                program = turn.engine.catalog.get(entry.id)
                name = program.display_name if program else entry.id
                status = status_text(turn, entry)
                level = turn.t(f"level.short.{level_of(entry.level)}")
                lines.append(
                    turn.t("saved.line", number=number, name=name, level=level, status=status)
                )
            turn.add(Reply("text", "\n".join(lines)))
        turn.ask(step)

    def choices(self, turn: Turn, step: Step) -> list[Choice]:
        """One "open" per saved program, then the step's options."""
        entries = turn.conversation.saved
        programs = [p for p in (turn.engine.catalog.get(e.id) for e in entries) if p is not None]
        choices = [
            Choice(tagged("open", program.id), turn.t("opt.saved.open", name=name))
            for program, name in zip(programs, button_names(programs), strict=True)
        ]
        for option in step.options:
            if option.value == "share_all" and not entries:
                continue
            choices.append(Choice(option.value, turn.t(option.label)))
        return choices

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """Open a saved program, share the list, or go on."""
        value = turn.one_value(step, event)
        if value is None:
            return False
        program_id = argument_of(value, "open")
        if program_id is not None and saved_entry(turn.conversation, program_id) is not None:
            entry = saved_entry(turn.conversation, program_id)
            position = turn.conversation.position
            position.program, position.level = program_id, entry.level if entry else ""
            turn.enter("item")
            return True
        if value == "share_all":
            turn.conversation.position.share = "all"
        return answer_choice(turn, step, event)


class ItemScreen(ChoiceScreen):
    """One saved program: status, questions, note, reminder, share, report, remove."""

    kinds: tuple[str, ...] = ("item",)
    brief = False

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """The program's status, phone, note and progress, then the choices."""
        focused = focused_entry(turn)
        if focused is None:
            turn.enter("saved")
            return
        program, entry = focused
        status = status_text(turn, entry)
        level = turn.t(f"level.name.{level_of(entry.level)}")
        lines = [turn.t("item.heading", name=program.display_name, level=level, status=status)]
        phone = phone_of(program)
        if phone:
            lines.append(turn.t("item.phone", phone=phone))
        if entry.note:
            lines.append(turn.t("item.note", note=entry.note))
        done, total = progress(entry, turn.questions(program))
        lines.append(turn.t("item.progress", done=done, total=total))
        if turn.engine.reports.count(program.id):
            lines.append(turn.t("item.caution"))
        text = "\n".join(lines)
        turn.add(Reply("program", text, program_id=program.id, title=program.display_name))
        turn.ask(step)

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """Remove (with its reminders), share, or another option."""
        value = turn.one_value(step, event)
        program = turn.focus()
        if value is None or program is None:
            return False
        if value == "remove":
            for reminder_id in remove_program(turn.conversation, program.id):
                turn.effect(CancelReminder(reminder_id))
            turn.say("item.removed", name=program.display_name)
        if value == "share":
            turn.conversation.position.share = program.id
        return answer_choice(turn, step, event)


SAVED = screen(SavedScreen())
ITEM = screen(ItemScreen())

"""Reminders: the pending ones (cancel any), and choosing when to be reminded; pure."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core import calendar_words
from bot.core.dialogue.effects import CancelReminder
from bot.core.dialogue.io import Choice, Reply, UserInput
from bot.core.dialogue.reading import normalize
from bot.core.dialogue.registry import screen
from bot.core.dialogue.saved_list import pending_reminder, pending_reminders
from bot.core.dialogue.screens.question import ChoiceScreen, answer_choice
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.values import argument_of, tagged
from bot.core.dialogue.views import local_time
from bot.core.flow import Step
from bot.core.when import Moment, Past, TypedTime, Unclear, preset, read_when, zone


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


# Where an hour could be am or pm, the two moments offered are kept in ``position.pending``
# (the step's "options ticked so far") until one is picked; the choices are their buttons.
AM, PM = "am", "pm"
_MORNING_WORDS = re.compile(r"\b(am|a\.m|morning|manana|madrugada)\b")
_EVENING_WORDS = re.compile(r"\b(pm|p\.m|evening|afternoon|night|tarde|noche)\b")


def _offered(turn: Turn) -> list[datetime]:
    """The two moments offered for an hour without am or pm, if they are being asked about."""
    moments = []
    for value in turn.conversation.position.pending:
        try:
            moments.append(datetime.fromisoformat(value))
        except ValueError:
            return []
    return moments if len(moments) == 2 else []


class WhenScreen(ChoiceScreen):
    """A moment: a preset ("tomorrow morning") or a typed time, in the person's time zone;
    what is unclear is asked, not guessed."""

    kinds: tuple[str, ...] = ("when",)
    brief = False

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """The question with its presets, or, while an hour is unclear, which one."""
        offered = _offered(turn)
        if not offered:
            super().render(turn, step, prompt=prompt)
            return
        tz = zone(turn.zone_id())
        local = offered[0].astimezone(tz) if tz else offered[0]
        clock = f"{local.hour % 12 or 12}" + (f":{local.minute:02d}" if local.minute else "")
        hour = local.hour % 12
        later = "one" if hour == 1 else "afternoon" if 1 <= hour <= 5 else "evening"
        body = turn.t(f"when.unclear.{later}", clock=clock)
        turn.question(step, body, tuple(self.choices(turn, step)))

    def choices(self, turn: Turn, step: Step) -> list[Choice]:
        """The presets, or the two moments an unclear hour may mean."""
        offered = _offered(turn)
        if offered:
            return [Choice(v, local_time(turn, m)) for v, m in zip((AM, PM), offered, strict=True)]
        return super().choices(turn, step)

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """A typed time wins over a preset it mentions ("tomorrow 10am" is not "tomorrow
        morning"); a button or a preset's own words pick the preset; an hour that could be
        am or pm is asked about; a time gone by is refused."""
        tz = zone(turn.zone_id())
        if tz is None:
            return False
        offered = _offered(turn)
        reading: TypedTime | None = None
        same = _same_clock(event, offered, tz) if offered else None
        if same is not None:
            reading = Moment(offered[same])  # "3pm" to "3 in the morning or the afternoon?"
        elif offered and not _names_a_time(event):
            # "the evening one", "pm", "2": one of the two offered ("evening" alone is not
            # today's 6 PM here).
            picked = _picked(turn, step, event)
            reading = Moment(offered[picked]) if picked is not None else None
        if reading is None and event.kind == "text":
            reading = read_when(event.text, turn.now, tz)
        if reading is None and not offered:
            values = turn.values(step, event)
            if len(values) == 1 and step.option(values[0]) is not None:
                moment = preset(values[0], turn.now, tz)
                reading = Moment(moment) if moment is not None else None
        if isinstance(reading, Moment) and reading.at <= turn.now:
            reading = Past(reading.at)  # an offered moment that went by while the person chose
        if isinstance(reading, Unclear):
            turn.conversation.position.pending = [
                reading.morning.isoformat(),
                reading.evening.isoformat(),
            ]
            self.render(turn, step)
            return True
        if isinstance(reading, Past):
            turn.conversation.position.pending = []
            turn.say("when.past", when=local_time(turn, reading.at))
            turn.show()
            return True
        if reading is None:
            turn.say("remind.not_understood")
            turn.show()
            return True
        _spell_out(turn, reading, tz)
        return turn.accept(step, reading.at.isoformat(), None)


def _names_a_time(event: UserInput) -> bool:
    """Whether typed words give a time of their own ("7pm", "friday 9"), not just a pick."""
    said = event.text.strip() if event.kind == "text" else ""
    return bool(re.search(r"\d", said)) and said not in ("1", "2")


_CLOCK = re.compile(r"^(\d{1,2})(?::(\d{2}))? ?([ap])?\.? ?(?:m\.?)?$")


def _same_clock(event: UserInput, offered: list[datetime], tz: ZoneInfo) -> int | None:
    """Which offered moment an answer that is the same clock time with am or pm picks ("3pm",
    "3:00 am", "15:00"), on the day already said; None for anything else."""
    found = _CLOCK.match(event.text.strip().casefold()) if event.kind == "text" else None
    if found is None:
        return None
    hour, minute, half = int(found[1]), int(found[2] or 0), found[3]
    local = offered[0].astimezone(tz)
    if minute != local.minute or hour % 12 != local.hour % 12 or hour > 23:
        return None
    if half is not None:
        return 0 if half == "a" else 1
    return 1 if hour >= 12 else None  # "15:00" is the afternoon; "3" alone says neither


def _picked(turn: Turn, step: Step, event: UserInput) -> int | None:
    """Which of the two offered moments an answer picks: a button, a number, am or pm."""
    values = turn.values(step, event)
    if len(values) == 1 and values[0] in (AM, PM):
        return (AM, PM).index(values[0])
    said = normalize(event.text) if event.kind == "text" else ""
    morning, evening = bool(_MORNING_WORDS.search(said)), bool(_EVENING_WORDS.search(said))
    if morning != evening:
        return 0 if morning else 1
    return None


def _spell_out(turn: Turn, moment: Moment, tz: ZoneInfo) -> None:
    """Say how a typed time was read where it could have been read otherwise."""
    local = moment.at.astimezone(tz)
    if moment.numeric_date:
        date = calendar_words.day_and_month(local, turn.language)
        turn.say("when.note.numeric", typed=moment.numeric_date, date=date)
    if moment.next_week:
        turn.say("when.note.next_week", weekday=calendar_words.weekday(local, turn.language))


REMINDERS = screen(RemindersScreen())
WHEN = screen(WhenScreen())

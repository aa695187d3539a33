"""Questions: pick one (choice), pick several (multi), a note with options (info), a few words
(text); pure."""

from __future__ import annotations

from bot.core.answers import SKIPPED
from bot.core.dialogue.io import Choice, Reply, UserInput
from bot.core.dialogue.registry import screen
from bot.core.dialogue.turn import Turn
from bot.core.flow import DONE, SKIP, Option, Step


def option_choices(turn: Turn, step: Step) -> list[Choice]:
    """A step's declared options, then Done (multi) and Skip (when it may be skipped)."""
    pending = set(turn.conversation.position.pending)
    multi = step.kind == "multi"
    choices = [
        Choice(o.value, turn.t(o.label), o.value in pending, toggle=multi) for o in step.options
    ]
    if multi:
        choices.append(Choice(DONE, turn.t("opt.done")))
    if step.skippable and step.kind in ("choice", "multi"):
        choices.append(Choice(SKIP, turn.t("opt.skip")))
    return choices


def render_question(
    turn: Turn, step: Step, *, prompt: bool = True, choices: list[Choice] | None = None
) -> None:
    """The step's text (or "choose one of these" when asked again) with its options (or the
    choices a screen shows instead)."""
    again = "engine.choose" if step.kind == "multi" else "engine.choose_one"
    if step.kind in ("text", "when") and prompt is False:
        prompt = True  # a typed answer step has no options worth listing alone
    body = turn.t(step.text if prompt else again, **turn.prompt_values())
    turn.add(
        Reply(
            "question",
            body,
            tuple(option_choices(turn, step) if choices is None else choices),
            multi=step.kind == "multi",
            step=step.id,
            asks_location=step.kind == "place" and step.id == "place",
        )
    )


def answer_choice(turn: Turn, step: Step, event: UserInput) -> bool:
    """Accept the one option an input names (or Skip)."""
    value = turn.one_value(step, event)
    if value is None:
        return False
    if value == SKIP:
        return turn.accept(step, SKIPPED, None)
    option = step.option(value)
    if option is None:
        return False
    return turn.accept(step, value, option)


class ChoiceScreen:
    """One option of several; an info step is a note whose options only navigate.

    The base of screens that show their step's options and take one of them: a screen that
    shows more overrides ``render``, one that offers more overrides ``choices`` and ``answer``.
    """

    kinds: tuple[str, ...] = ("choice", "info")
    brief = False

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """The question and its options."""
        render_question(turn, step, prompt=prompt)

    def choices(self, turn: Turn, step: Step) -> list[Choice]:
        """The options."""
        return option_choices(turn, step)

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """One option, by button, number or words."""
        return answer_choice(turn, step, event)


class MultiScreen(ChoiceScreen):
    """Several options ticked one by one, or named together in one message."""

    kinds: tuple[str, ...] = ("multi",)

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """A button ticks or unticks; typed words choose every option they name."""
        pending = turn.conversation.position.pending
        if event.kind == "choice":
            if event.value == DONE:
                return turn.accept(step, list(pending) or SKIPPED, None)
            if event.value == SKIP:
                return turn.accept(step, SKIPPED, None)
            option = step.option(event.value)
            if option is None:
                return False
            toggle(step, pending, option)
            turn.render(step, prompt=False)
            return True
        values = turn.values(step, event)
        if not values:
            return False
        if values == [SKIP]:
            return turn.accept(step, SKIPPED, None)
        if values == [DONE]:
            return turn.accept(step, list(pending) or SKIPPED, None)
        chosen: list[str] = []
        for value in values:
            option = step.option(value)
            if option is not None:
                toggle(step, chosen, option)
        if not chosen:
            return False
        return turn.accept(step, chosen, None)


def toggle(step: Step, chosen: list[str], option: Option) -> None:
    """Tick or untick an option; an exclusive one ("no preference") clears the others."""
    if option.value in chosen:
        chosen.remove(option.value)
        return
    if option.exclusive:
        chosen.clear()
    else:
        exclusive = {o.value for o in step.options if o.exclusive}
        chosen[:] = [v for v in chosen if v not in exclusive]
    chosen.append(option.value)


class TextScreen(ChoiceScreen):
    """A few words of free text: a note, a date, an answer a program gave."""

    kinds: tuple[str, ...] = ("text",)

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """Any typed words."""
        if event.kind != "text" or not event.text.strip():
            return False
        return turn.accept(step, event.text.strip(), None)


CHOICE = screen(ChoiceScreen())
MULTI = screen(MultiScreen())
TEXT = screen(TextScreen())

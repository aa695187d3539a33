"""The welcome: how to start, or a description in the person's own words, and a button to
speak the other language ("Español" in English, "English" in Spanish); pure."""

from __future__ import annotations

from bot.core.dialogue.io import Choice, UserInput
from bot.core.dialogue.language import switch_language
from bot.core.dialogue.registry import screen
from bot.core.dialogue.screens.question import ChoiceScreen, option_choices, render_question
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.values import argument_of, tagged
from bot.core.flow import Step
from bot.core.texts import LANGUAGES


class WelcomeScreen(ChoiceScreen):
    """The welcome's options, then the other language."""

    kinds: tuple[str, ...] = ("welcome",)

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """The welcome and its choices."""
        render_question(turn, step, prompt=prompt, choices=self.choices(turn, step))

    def choices(self, turn: Turn, step: Step) -> list[Choice]:
        """How to start, then "Español" (or "English")."""
        other = next(code for code in LANGUAGES if code != turn.language)
        speak = Choice(tagged("speak", other), turn.t(f"welcome.speak.{other}"))
        return [*option_choices(turn, step), speak]

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """A way to start; or the other language, and the welcome again in it."""
        value = turn.one_value(step, event)
        code = argument_of(value or "", "speak")
        if code is None:
            return super().answer(turn, step, event)
        if code in LANGUAGES:
            switch_language(turn, code)
        turn.render(step)
        return True


WELCOME = screen(WelcomeScreen())

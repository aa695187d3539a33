"""The registries flows name things in: screens by step kind, actions, and conditions (facts).

Flows in flows/ are data and name these by string; validate_flows checks every name against
the registries when the flows load, so a typo fails at start-up, not mid-conversation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from bot.core.answers import Answers
from bot.core.conversation import Conversation
from bot.core.dialogue.io import Choice, Link, UserInput
from bot.core.flow import Step

if TYPE_CHECKING:
    from bot.core.dialogue.turn import Turn


class Screen(Protocol):
    """How one kind of step is shown, which choices it offers, and how it reads an answer."""

    @property
    def kinds(self) -> tuple[str, ...]:
        """The step kinds this screen serves."""
        ...

    @property
    def brief(self) -> bool:
        """Shown again (after a detour): only its "<step>.next" question, not all of it."""
        ...

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """Show the step (``prompt`` False: only "choose one of these" and the choices)."""
        ...

    def choices(self, turn: Turn, step: Step) -> list[Choice]:
        """The choices the step shows now, numbered the same in text."""
        ...

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """Apply an input to the step; False when it was not understood."""
        ...


# An action records an after-search answer on the working copy; it returns a step to go to
# instead of the step's own transitions, or "".
Action = Callable[["Turn", Any], str]
# A condition is a fact derived from the conversation and its typed answers.
Fact = Callable[[Conversation, Answers], bool]
# Or a fact that needs the directory (what a search would show); derived only when a condition
# asks for it.
SearchFact = Callable[["Turn"], bool]

# Links a kind of step offers with its question, besides the choices (a program's website,
# its map, a message to share), every time the question is asked.
LinkMaker = Callable[["Turn"], tuple[Link, ...]]

SCREENS: dict[str, Screen] = {}
LINKS: dict[str, LinkMaker] = {}
ACTIONS: dict[str, Action] = {}
FACTS: dict[str, Fact] = {}
SEARCH_FACTS: dict[str, SearchFact] = {}

S = TypeVar("S", bound=Screen)


def screen(instance: S) -> S:
    """Register a screen for the step kinds it serves."""
    for kind in instance.kinds:
        if kind in SCREENS:
            raise ValueError(f"two screens for step kind {kind!r}")
        SCREENS[kind] = instance
    return instance


def links(kind: str) -> Callable[[LinkMaker], LinkMaker]:
    """Register what links the questions of a step kind offer."""

    def register(function: LinkMaker) -> LinkMaker:
        LINKS[kind] = function
        return function

    return register


def action(name: str) -> Callable[[Action], Action]:
    """Register an action under the name flows use in ``Step(action=...)``."""

    def register(function: Action) -> Action:
        ACTIONS[name] = function
        return function

    return register


def fact(name: str) -> Callable[[Fact], Fact]:
    """Register a fact under the name flows use in ``when_fact`` and ``unless_fact``."""

    def register(function: Fact) -> Fact:
        FACTS[name] = function
        return function

    return register


def search_fact(name: str) -> Callable[[SearchFact], SearchFact]:
    """Register a fact that needs a search, under the name flows use in ``when_fact``."""

    def register(function: SearchFact) -> SearchFact:
        SEARCH_FACTS[name] = function
        return function

    return register


def fact_names() -> list[str]:
    """Every fact a flow may name, sorted."""
    return sorted({*FACTS, *SEARCH_FACTS})

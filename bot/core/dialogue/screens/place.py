"""Where to search: a ZIP, a city, a state, coordinates or a shared location; pure."""

from __future__ import annotations

from bot.core.answers import ONLINE
from bot.core.answers import PLACE as WHERE
from bot.core.dialogue.io import Choice, UserInput
from bot.core.dialogue.picking import read_pick
from bot.core.dialogue.reading import MAX_TEXT
from bot.core.dialogue.registry import screen
from bot.core.dialogue.screens.question import ChoiceScreen, option_choices
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.values import parse_value, tagged
from bot.core.dialogue.views import excerpt, stored_place
from bot.core.flow import Step
from bot.core.location import Place, Resolution
from bot.core.location.choosing import offered_place_named
from bot.core.understanding.slots import read


class PlaceScreen(ChoiceScreen):
    """Asks for a place, offers the candidates when what was typed is ambiguous."""

    kinds: tuple[str, ...] = ("place",)
    brief = False

    def choices(self, turn: Turn, step: Step) -> list[Choice]:
        """The candidates of an ambiguous place, else the step's options."""
        candidates = turn.conversation.position.candidates
        if candidates:
            return candidate_choices(turn, candidates)
        return option_choices(turn, step)

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """A candidate, "none of these", an option, or a typed place."""
        candidates = turn.conversation.position.candidates
        offered = offered_index(turn, event, candidates)
        if offered is not None:
            return accept_place(turn, step, candidates[offered])
        values = turn.values(step, event)
        picked = parse_value(values[0]) if len(values) == 1 else None
        if picked is not None and picked.tag == "place":
            index = picked.index
            if index is not None and index < len(candidates):
                return accept_place(turn, step, candidates[index])
            return False
        if values == ["none"]:
            turn.conversation.position.candidates = []
            turn.say("location.try_again")
            turn.show(prompt=False)
            return True
        if len(values) == 1 and (option := step.option(values[0])) is not None:
            return turn.accept(step, None, option)
        if event.kind != "text":
            return False
        resolution = turn.engine.places.resolve(event.text[:MAX_TEXT])
        if resolution.status == "not_found" and _unsure(event.text):
            turn.say("location.unsure")  # "idk", "no sé": what is enough, not "not found"
            turn.show(prompt=False)
            return True
        return use_resolution(turn, step, resolution, event.text)


def _unsure(typed: str) -> bool:
    """Whether the words say they don't know ("idk", "no sé", "not sure")."""
    reading = read(typed[:MAX_TEXT])
    return reading.vague or reading.reply == "unsure"


def offered_index(turn: Turn, event: UserInput, candidates: list[Place]) -> int | None:
    """The offered place a typed reply names ("pa", "the first one", "el de california")."""
    if not candidates or event.kind != "text":
        return None
    typed = event.text[:MAX_TEXT]
    index = offered_place_named(typed, candidates)
    if index is None:
        pick = read_pick(typed, turn.language, len(candidates))
        if pick is not None and pick.action == "details" and pick.number and not pick.name:
            index = pick.number - 1
    return index if index is not None and 0 <= index < len(candidates) else None


def candidate_choices(turn: Turn, candidates: list[Place]) -> list[Choice]:
    """The places offered, then "none of these"."""
    choices = [Choice(tagged("place", i), c.name) for i, c in enumerate(candidates)]
    return [*choices, Choice("none", turn.t("opt.place.none"))]


def use_resolution(turn: Turn, step: Step, resolution: Resolution, typed: str) -> bool:
    """Take a found place, offer the candidates of an ambiguous one, or explain a miss."""
    position = turn.conversation.position
    if resolution.status == "not_found":
        position.candidates = []
        turn.say(resolution.hint or "location.hint.not_found")
        turn.show(prompt=False)
        return True
    best = resolution.best
    if resolution.status == "found" and best is not None:
        if best.corrected:
            turn.say("location.corrected", typed=excerpt(typed), place=best.place.name)
        return accept_place(turn, step, stored_place(best.place))
    position.candidates = [stored_place(c.place) for c in resolution.candidates[:5]]
    choices = tuple(candidate_choices(turn, position.candidates))
    turn.question(step, turn.t("location.did_you_mean"), choices)
    return True


def accept_place(turn: Turn, step: Step, place: Place) -> bool:
    """Record the place; a whole state is searched statewide (online), a point by distance."""
    position = turn.conversation.position
    position.candidates = []
    position.extra_radius = 0
    if step.id == "place" and place.kind == "state" and turn.answers.get(WHERE) != place:
        # "Texas": a program one can reach several times a week is near a city, not a state.
        # Asked once; the same state again is searched statewide.
        turn.answers[WHERE] = place
        turn.say("location.state_wide", state=place.name)
        turn.show(prompt=False)
        return True
    if step.id == "online_state" or place.kind == "state":
        # A whole state cannot be searched by distance: look statewide instead.
        if step.id == "online_state":
            turn.answers[ONLINE] = "yes"
    elif step.id == "place":
        turn.answers[ONLINE] = "no"
    return turn.accept(step, place, None)


PLACE = screen(PlaceScreen())

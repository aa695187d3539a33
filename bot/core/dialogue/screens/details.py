"""One program in full: address, phones, services, what the directory does not say; pure."""

from __future__ import annotations

from bot.core.care_levels import IOP, LIVE_IN
from bot.core.dialogue.io import Choice, Link, Reply, UserInput
from bot.core.dialogue.links import program_links
from bot.core.dialogue.registry import links, screen
from bot.core.dialogue.saved_list import saved_entry
from bot.core.dialogue.screens.question import ChoiceScreen, answer_choice
from bot.core.dialogue.screens.results import save
from bot.core.dialogue.turn import Turn, opened_level
from bot.core.dialogue.views import address_of, detox_text, feature_label, program_on_screen
from bot.core.features import DETOX_LEVELS, FEATURES, TELEHEALTH, Category
from bot.core.flow import Step
from bot.core.programs import Program
from bot.core.questions import ACCREDITORS, lacks_spanish
from bot.core.texts import DEFAULT_LANGUAGE, SOURCE_LINES

# Listed on a line of its own, by the accreditors' names, never as "accredited (…)".
ACCREDITED = "extra:accredited"

# The services a program's details list, by category, under these headings.
SERVICES = (
    (Category.LEVEL, "details.services.care"),
    (Category.PAYMENT, "details.services.payment"),
    (Category.GROUP, "details.services.groups"),
    (Category.MEDICATION, "details.services.medication"),
    (Category.LANGUAGE, "details.services.language"),
    (Category.EXTRA, "details.services.extras"),
)


class DetailsScreen(ChoiceScreen):
    """The program card in full, its place on a map, then prepare a call, save or go back."""

    kinds: tuple[str, ...] = ("details",)
    brief = True

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """The details, the map point, and what to do next."""
        program = program_on_screen(turn)
        if program is None:
            return
        address = address_of(program)
        level = turn.t(f"level.name.{opened_level(turn)}")
        lines = [program.display_name, turn.t("details.level", level=level)]
        if f"level:{opened_level(turn)}" in DETOX_LEVELS:
            lines.append(detox_text(turn, program))
        lines.append(address)
        for phone in program.intake_phones:
            lines.append(turn.t("details.intake_phone", phone=phone))
        if program.phone and program.phone not in program.intake_phones:
            lines.append(turn.t("details.phone", phone=program.phone))
        if program.website:
            lines.append(turn.t("details.website", url=program.website))
        else:
            lines.append(turn.t("details.no_website"))
        if lacks_spanish(turn.language, turn.typed_answers(), program):
            lines.append(turn.t("card.no_spanish"))
        lines.append("")
        lines += _services(turn, program)
        lines.append("")
        if (
            opened_level(turn) not in LIVE_IN
        ):  # where people stay, group hours are not the question
            lines.append(turn.t("details.no_hours"))
        if program.geo_precision == "zip":
            lines.append(turn.t("details.approximate"))
        lines.append(SOURCE_LINES.get(turn.language, SOURCE_LINES[DEFAULT_LANGUAGE]))
        title = program.display_name
        turn.add(
            Reply("program", "\n".join(lines), program_id=program.id, title=title, address=address)
        )
        turn.add(
            Reply(
                "place",
                title,
                title=title,
                address=address,
                latitude=program.latitude,
                longitude=program.longitude,
                program_id=program.id,
            )
        )
        turn.ask(step, "details.next")

    def choices(self, turn: Turn, step: Step) -> list[Choice]:
        """The options; Save says Saved once the program is on the list."""
        choices = super().choices(turn, step)
        program = turn.focus()
        if program is None or saved_entry(turn.conversation, program.id) is None:
            return choices
        saved = turn.t("opt.details.saved")
        return [Choice(c.value, saved) if c.value == "save" else c for c in choices]

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """Save keeps the program on screen; the other options move on."""
        if turn.values(step, event) == ["save"]:
            position = turn.conversation.position
            save(turn, position.program, position.level)
            turn.show()
            return True
        return answer_choice(turn, step, event)


def _services(turn: Turn, program: Program) -> list[str]:
    """The services the listing shows, by heading, then the accreditation it lists by name."""
    lines = []
    for category, key in SERVICES:
        names = [
            _service_label(turn, f.key)
            for f in FEATURES.values()
            if f.category == category
            and f.key != ACCREDITED
            and not program.codes.isdisjoint(f.codes)
        ]
        if names:
            lines.append(turn.t(key, items=", ".join(names)))
    listed = [turn.t(f"accreditor.{code}") for code in ACCREDITORS if code in program.codes]
    if listed:
        lines.append(turn.t("details.accreditation", items=", ".join(listed)))
    else:
        lines.append(turn.t("details.accreditation.none"))
    return lines


def _service_label(turn: Turn, key: str) -> str:
    """A service's name; telehealth, listed for the whole facility, asks about the level of care
    opened (a detox's page does not ask whether "the IOP" meets online)."""
    if key == TELEHEALTH.key and opened_level(turn) != IOP:
        return turn.t("details.telehealth.level")
    return feature_label(turn, key)


@links("details")
def details_links(turn: Turn) -> tuple[Link, ...]:
    """The program's website, map and a message to share, with every question about it."""
    program = turn.focus()
    return () if program is None else program_links(program, turn.language)


DETAILS = screen(DetailsScreen())

"""One program in full: address, phones, services, what the directory does not say; pure."""

from __future__ import annotations

from bot.core.dialogue.io import Reply, UserInput
from bot.core.dialogue.registry import screen
from bot.core.dialogue.screens.question import ChoiceScreen, answer_choice
from bot.core.dialogue.screens.results import save
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.views import address_of, feature_label, program_on_screen
from bot.core.features import FEATURES, Category
from bot.core.flow import Step
from bot.core.texts import DEFAULT_LANGUAGE, SOURCE_LINES

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
        lines = [program.display_name, address]
        for phone in program.intake_phones:
            lines.append(turn.t("details.intake_phone", phone=phone))
        if program.phone and program.phone not in program.intake_phones:
            lines.append(turn.t("details.phone", phone=program.phone))
        if program.website:
            lines.append(program.website)
        lines.append("")
        for category, key in SERVICES:
            names = [
                feature_label(turn, f.key)
                for f in FEATURES.values()
                if f.category == category and not program.codes.isdisjoint(f.codes)
            ]
            if names:
                lines.append(turn.t(key, items=", ".join(names)))
        lines.append("")
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

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """Save keeps the program on screen; the other options move on."""
        if turn.values(step, event) == ["save"]:
            save(turn, turn.conversation.position.program)
            turn.show()
            return True
        return answer_choice(turn, step, event)


DETAILS = screen(DetailsScreen())

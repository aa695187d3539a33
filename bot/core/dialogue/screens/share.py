"""A message to forward: programs with phones and addresses, questions, and a search link;
pure."""

from __future__ import annotations

from bot.core.dialogue.io import Reply
from bot.core.dialogue.registry import screen
from bot.core.dialogue.screens.question import ChoiceScreen
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.views import address_of
from bot.core.flow import Step
from bot.core.texts import DEFAULT_LANGUAGE, SOURCE_LINES


class ShareScreen(ChoiceScreen):
    """One program, or the whole saved list, as a forwardable message."""

    kinds: tuple[str, ...] = ("share",)
    brief = False

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """The introduction, the message to forward, and what next."""
        position = turn.conversation.position
        if position.share == "all":
            ids = [entry.id for entry in turn.conversation.saved]
        else:
            ids = [position.share or position.program]
        programs = [p for p in (turn.engine.catalog.get(i) for i in ids) if p is not None]
        lines = [turn.t("share.heading")]
        for number, program in enumerate(programs, start=1):
            phone = next((p for p in (*program.intake_phones, program.phone) if p), "")
            lines.append(
                turn.t(
                    "share.program",
                    number=number,
                    name=program.display_name,
                    phone=phone,
                    address=address_of(program),
                )
            )
        if programs:
            lines += ["", turn.t("share.questions")]
            quick = [q for q in turn.questions(programs[0]) if q.section != "quality"]
            lines += [f"• {turn.question_text(q)}" for q in quick[:6]]
        link = _search_link(turn)
        if link:
            lines += ["", turn.t("share.search", link=link)]
        lines += ["", SOURCE_LINES.get(turn.language, SOURCE_LINES[DEFAULT_LANGUAGE])]
        turn.say("share.intro")
        turn.add(Reply("share", "\n".join(lines)))
        turn.ask(step)


def _search_link(turn: Turn) -> str:
    """A link that opens the bot with the same search (by ZIP)."""
    place = turn.place()
    if place is None or not place.zip:
        return ""
    return turn.engine.links.start_link(f"zip_{place.zip}")


SHARE = screen(ShareScreen())

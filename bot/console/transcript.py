"""Engine replies as terminal text: numbered options, ticks for multi-select; no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.dialogue import Reply, UserInput
from bot.core.texts import DEFAULT_LANGUAGE, text

_COMMAND = re.compile(r"^/([A-Za-z]\w{0,31})(?:\s+(.*))?$", re.DOTALL)


def render_reply(reply: Reply, language: str = DEFAULT_LANGUAGE) -> str:
    """One reply as the terminal shows it."""
    if reply.kind == "place":
        if reply.latitude is None or reply.longitude is None:
            return ""
        coordinates = f"{reply.latitude:.4f}, {reply.longitude:.4f}"
        return text("console.map", language, coordinates=coordinates, address=reply.address)
    lines = [reply.text] if reply.text else []
    if reply.kind == "crisis":
        lines = ["!!! " + line if i == 0 else line for i, line in enumerate(lines)]
    # A link is an address to copy; a share link has no meaning in a terminal.
    lines += [f"  {link.label}: {link.url}" for link in reply.links if link.kind != "share"]
    for number, choice in enumerate(reply.choices, start=1):
        tick = ("[x] " if choice.selected else "[ ] ") if choice.toggle else ""
        lines.append(f"  {number}. {tick}{choice.label}")
    if reply.choices:
        hint = text("console.hint.many" if reply.multi else "console.hint.one", language)
        lines.append(f"  ({hint})")
    return "\n".join(lines)


def render_replies(replies: Iterable[Reply], language: str = DEFAULT_LANGUAGE) -> str:
    """All replies of one turn, separated by blank lines."""
    return "\n\n".join(shown for shown in (render_reply(r, language) for r in replies) if shown)


def read_input(line: str) -> UserInput:
    """A typed line as engine input: "/command argument" or plain text."""
    command = _COMMAND.match(line.strip())
    if command:
        return UserInput.command(command.group(1).lower(), (command.group(2) or "").strip())
    return UserInput.say(line.rstrip("\r\n"))

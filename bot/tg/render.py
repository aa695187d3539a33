"""Engine replies as Telegram messages: HTML, keyboards, callback data, splitting; no I/O.

Kept free of network calls so the rules Telegram enforces (4,096 characters, 64-byte callback
data, escaped HTML) are checked by fast tests.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from bot.core.dialogue import Choice, Link, Reply

MAX_TEXT = 4096
MAX_CALLBACK_BYTES = 64
CALLBACK_VERSION = "v1"
# Buttons per row: short labels pair up; long ones (program names) get a row each.
SHORT_LABEL = 18
# Telegram's share dialog: the person picks a chat, and the text and link are put in it.
SHARE_URL = "https://t.me/share/url"


@dataclass(frozen=True, slots=True)
class Button:
    """An inline button: its label and its callback data, or the URL it opens."""

    text: str
    data: str = ""
    url: str = ""


@dataclass(slots=True)
class Outgoing:
    """One message to send: HTML text with an inline keyboard, or a venue."""

    html: str = ""
    buttons: list[list[Button]] = field(default_factory=list)
    venue: Reply | None = None
    ask_location: bool = False


def encode_callback(step: str, value: str) -> str | None:
    """Callback data for an option, or None when it would not fit Telegram's 64 bytes."""
    data = f"{CALLBACK_VERSION}|{step}|{value}"
    return data if len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES else None


def decode_callback(data: str) -> tuple[str, str] | None:
    """(step, value) from callback data of this version; None for anything else."""
    parts = data.split("|", 2)
    if len(parts) != 3 or parts[0] != CALLBACK_VERSION or not parts[1] or not parts[2]:
        return None
    return parts[1], parts[2]


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def reply_html(reply: Reply) -> str:
    """A reply's text as Telegram HTML, every value escaped; program names in bold."""
    lines = reply.text.split("\n")
    if reply.kind in ("program", "crisis") and lines:
        return "\n".join([f"<b>{_escape(lines[0])}</b>", *(_escape(x) for x in lines[1:])])
    return "\n".join(_escape(line) for line in lines)


def _label(choice: Choice) -> str:
    if choice.toggle:
        return ("✅ " if choice.selected else "▫️ ") + choice.label
    return choice.label


def link_url(link: Link) -> str:
    """The address a link button opens: a share goes through Telegram's share dialog."""
    if link.kind != "share":
        return link.url
    return f"{SHARE_URL}?{urlencode({'url': link.url, 'text': link.message}, quote_via=quote)}"


def keyboard(reply: Reply) -> list[list[Button]]:
    """The reply's links in one row, then its choices as rows of buttons; choices whose data
    would not fit are left out."""
    rows: list[list[Button]] = []
    if reply.links:
        rows.append([Button(link.label[:64], url=link_url(link)) for link in reply.links])
    pending: list[Button] = []
    for choice in reply.choices:
        data = encode_callback(reply.step, choice.value)
        if data is None:
            continue
        button = Button(_label(choice)[:64], data)
        if len(choice.label) <= SHORT_LABEL:
            pending.append(button)
            if len(pending) == 2:
                rows.append(pending)
                pending = []
        else:
            if pending:
                rows.append(pending)
                pending = []
            rows.append([button])
    if pending:
        rows.append(pending)
    return rows


def split_html(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Cut a long message at paragraph, then line, boundaries so each part fits.

    Parts are cut between whole lines, so an HTML tag (only ever within one line here) is
    never split. A single line longer than the limit is cut at a space.
    """
    parts: list[str] = []
    current = ""
    for paragraph in text.split("\n\n"):
        candidate = f"{current}\n\n{paragraph}" if current else paragraph
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
            current = ""
        for line in paragraph.split("\n"):
            candidate = f"{current}\n{line}" if current else line
            if len(candidate) <= limit:
                current = candidate
                continue
            if current:
                parts.append(current)
            while len(line) > limit:
                cut = line.rfind(" ", 0, limit)
                cut = cut if cut > 0 else limit
                parts.append(line[:cut])
                line = line[cut:].lstrip()
            current = line
    if current:
        parts.append(current)
    return parts


def outgoing(replies: Sequence[Reply]) -> list[Outgoing]:
    """Group one turn's replies into as few messages as possible, in order.

    Texts and cards run together into one message (fewer messages: Telegram asks bots to
    send about one a second per chat); a question ends the message it joins and carries the
    keyboard; a place is a venue of its own.
    """
    messages: list[Outgoing] = []
    texts: list[str] = []

    def flush(question: Reply | None = None) -> None:
        body = "\n\n".join(t for t in texts if t)
        if question is not None:
            body = f"{body}\n\n{reply_html(question)}" if body else reply_html(question)
        if body:
            parts = split_html(body)
            for part in parts[:-1]:
                messages.append(Outgoing(html=part))
            last = Outgoing(html=parts[-1])
            if question is not None:
                last.buttons = keyboard(question)
                last.ask_location = question.asks_location
            messages.append(last)
        texts.clear()

    for reply in replies:
        if reply.kind == "place":
            flush()
            if reply.latitude is not None and reply.longitude is not None:
                messages.append(Outgoing(venue=reply))
        elif reply.kind == "question":
            flush(reply)
        else:
            texts.append(reply_html(reply))
    flush()
    return messages

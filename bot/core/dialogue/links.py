"""Links offered with a program: its website (only a well-formed http(s) address), its place
on a map, and a message about it to pass on; pure (no I/O, no adapter)."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from bot.core.dialogue.io import Link
from bot.core.dialogue.views import address_of
from bot.core.programs import Program
from bot.core.texts import text

# Longer addresses are not links people type or directories list; browsers and Telegram differ
# on where they stop, so keep well under all of them.
MAX_URL = 1024
# A host name: dot-separated labels of letters, digits and inner hyphens, ending in a
# top-level domain of letters (or its punycode form).
_HOST = re.compile(
    r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})", re.I
)
# Characters no well-formed URL carries unescaped (and that a keyboard button must not get).
_UNSAFE = re.compile(r"[\s<>\"\\^`{|}\x00-\x1f\x7f]")
MAP_SEARCH = "https://www.google.com/maps/search/?api=1&query="


def web_url(raw: str) -> str:
    """The address when it is a well-formed http or https URL with a real host name, else ""."""
    url = raw.strip()
    if not url or len(url) > MAX_URL or not url.isascii() or _UNSAFE.search(url):
        return ""
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number raises
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or parts.username or parts.password:
        return ""
    if not _HOST.fullmatch(parts.hostname or ""):
        return ""
    return url


def map_url(program: Program) -> str:
    """A map search for the program's street address (its coordinates when it has none)."""
    if program.street and program.city:
        where = address_of(program)
    else:
        where = f"{program.latitude:.5f},{program.longitude:.5f}"
    return MAP_SEARCH + quote(where, safe=",")


def program_links(program: Program, language: str) -> tuple[Link, ...]:
    """The website (when listed and well-formed), the map, and a message to share that names
    the program, its phone and its address (nothing about the person)."""
    website = web_url(program.website)
    place = map_url(program)
    links = []
    if website:
        links.append(Link("website", text("link.website", language), website))
    links.append(Link("map", text("link.map", language), place))
    phone = next((p for p in (*program.intake_phones, program.phone) if p), "")
    lines = [program.display_name]
    if phone:
        lines.append(text("link.share.phone", language, phone=phone))
    lines.append(address_of(program))
    message = "\n".join(lines)
    links.append(Link("share", text("link.share", language), website or place, message))
    return tuple(links)

"""A strict fake Telegram Bot API on 127.0.0.1 for tests: plays the users, enforces the limits."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import email.parser
import email.policy
import http.client
import itertools
import json
import re
import select
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal, NamedTuple, TypeVar
from urllib.parse import parse_qsl, urlsplit

import pytest
from telegram.request import HTTPXRequest

T = TypeVar("T")

TEST_TOKEN = "5550001:AAF-fake-token-for-tests-only"

# Telegram's limits (Bot API docs and telegram.constants of PTB 22.8).
MAX_TEXT_CHARS = 4096
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_BUTTONS = 100
# Not in the Bot API docs, but the servers refuse wider rows of an inline keyboard.
MAX_INLINE_ROW = 8
MAX_CALLBACK_ANSWER_CHARS = 200
MAX_COMMANDS = 100
MAX_DESCRIPTION_CHARS = 512
MAX_SHORT_DESCRIPTION_CHARS = 120

FaultKind = Literal["429", "500", "slow", "drop"]

_METHODS = (
    "getMe",
    "getUpdates",
    "setWebhook",
    "deleteWebhook",
    "getWebhookInfo",
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "answerCallbackQuery",
    "sendLocation",
    "sendVenue",
    "sendChatAction",
    "setMyCommands",
    "getMyCommands",
    "setMyDescription",
    "setMyShortDescription",
    "deleteMessage",
    "close",
    "logOut",
)
# Telegram matches method names case-insensitively.
_CANONICAL = {name.lower(): name for name in _METHODS}
# Read-only methods are not bot actions; everything else successful lands in sent().
_QUERIES = {"getme", "getupdates", "getwebhookinfo", "getmycommands"}

_JSON_FIELDS = {
    "reply_markup",
    "entities",
    "caption_entities",
    "reply_parameters",
    "link_preview_options",
    "commands",
    "scope",
    "allowed_updates",
}
_INT_FIELDS = {
    "message_id",
    "offset",
    "limit",
    "reply_to_message_id",
    "message_thread_id",
    "max_connections",
    "cache_time",
}
_FLOAT_FIELDS = {"latitude", "longitude", "timeout", "horizontal_accuracy"}
_BOOL_FIELDS = {
    "disable_notification",
    "protect_content",
    "show_alert",
    "drop_pending_updates",
    "allow_sending_without_reply",
    "disable_web_page_preview",
}
_CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}
# Without allowed_updates Telegram sends every type except these three.
_OPT_IN_UPDATES = {"chat_member", "message_reaction", "message_reaction_count"}
_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
_SECRET_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_PATH_RE = re.compile(r"/bot([^/]*)/([A-Za-z0-9_]+)")
_CALLBACK_EXPIRED = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
# A message in a chat: the first key found names its kind (a venue also carries a location).
_KINDS = (
    "text",
    "venue",
    "location",
    "sticker",
    "photo",
    "voice",
    "document",
    "contact",
)


class _ApiError(Exception):
    """A refusal Telegram would answer with; `violation` says whether the bot is to blame."""

    def __init__(
        self,
        code: int,
        description: str,
        *,
        parameters: dict[str, Any] | None = None,
        violation: bool = True,
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters
        self.violation = violation


class _AbandonedError(Exception):
    """The client hung up while its long poll waited; nobody is left to answer."""


def _bad(description: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {description}")


# --------------------------------------------------------------------------------------------
# What the tests read


class Button(NamedTuple):
    """One inline keyboard button as the user sees it."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Keyboard:
    """The inline keyboard under one bot message."""

    message_id: int
    rows: list[list[Button]]

    @property
    def buttons(self) -> list[Button]:
        """Every button, row by row."""
        return [button for row in self.rows for button in row]

    @property
    def texts(self) -> list[str]:
        """The labels, row by row."""
        return [button.text for button in self.buttons]

    def callback_data(self, text: str) -> str:
        """The callback_data of the button labelled `text`."""
        for button in self.buttons:
            if button.text == text and button.callback_data is not None:
                return button.callback_data
        raise AssertionError(f"no callback button {text!r} in message {self.message_id}: {self}")


@dataclass(frozen=True)
class BotAction:
    """One successful bot request that did something (sendMessage, editMessageText, …)."""

    method: str
    chat_id: int | None
    message_id: int | None
    # The text as the user sees it (HTML parsed and stripped); the raw value is params["text"].
    text: str | None
    reply_markup: dict[str, Any] | None
    params: dict[str, Any]


@dataclass(frozen=True)
class Violation:
    """A request the fake refused because it breaks one of Telegram's rules."""

    method: str
    error_code: int
    description: str
    params: dict[str, Any]


@dataclass(frozen=True)
class ApiCall:
    """Any request that reached the server, answered or not (status None: dropped)."""

    method: str
    params: dict[str, Any]
    status: int | None


@dataclass(frozen=True)
class ChatMessage:
    """A message as the user currently sees it: edits applied."""

    message_id: int
    from_bot: bool
    kind: str
    # Text, or the caption of a media message; None for locations, venues and stickers.
    text: str | None
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None
    edited: bool
    raw: dict[str, Any]

    @property
    def buttons(self) -> list[Button]:
        """The inline keyboard's buttons, row by row (empty without one)."""
        return [button for row in _inline_rows(self.reply_markup) for button in row]


@dataclass(frozen=True)
class WebhookAttempt:
    """One push of an update to the webhook: HTTP status, or the connection error."""

    update_id: int
    url: str
    status: int | None
    error: str | None


def _inline_rows(markup: dict[str, Any] | None) -> list[list[Button]]:
    if not markup or "inline_keyboard" not in markup:
        return []
    return [
        [Button(b["text"], b.get("callback_data"), b.get("url")) for b in row]
        for row in markup["inline_keyboard"]
    ]


# --------------------------------------------------------------------------------------------
# Telegram's HTML parse mode


_TAG_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]*));")
_TAG_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_ATTR_NAME_RE = re.compile(r"[^\s=>/\"']+")
_ATTR_UNQUOTED_RE = re.compile(r"[^\s>\"']+")
_SPECIAL_RE = re.compile(r"[<>&]")


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def _html_error(message: str) -> _ApiError:
    return _bad(f"can't parse entities: {message}")


@dataclass
class _OpenTag:
    name: str
    start: int
    attrs: dict[str, str]


class _HtmlParser:
    """Telegram's HTML subset, held to the documented rules.

    Stricter than the servers on purpose: they tolerate a bare `&` or `>`, but the docs require
    every `<`, `>` and `&` outside a tag or entity to be escaped, and so does this fake.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.out: list[str] = []
        self.length = 0
        self.stack: list[_OpenTag] = []
        self.entities: list[dict[str, Any]] = []

    def parse(self) -> tuple[str, list[dict[str, Any]]]:
        src = self.source
        i = 0
        while i < len(src):
            char = src[i]
            if char == "<":
                i = self._tag(i)
            elif char == "&":
                decoded, i = self._entity(i, strict=True)
                self._emit(decoded)
            elif char == ">":
                raise _html_error(
                    f"character '>' at byte offset {self._byte(i)} must be escaped as &gt;"
                )
            else:
                special = _SPECIAL_RE.search(src, i)
                end = special.start() if special else len(src)
                self._emit(src[i:end])
                i = end
        if self.stack:
            raise _html_error(
                f'can\'t find end tag corresponding to start tag "{self.stack[-1].name}"'
            )
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.out), self.entities

    def _byte(self, index: int) -> int:
        return len(self.source[:index].encode())

    def _emit(self, text: str) -> None:
        self.out.append(text)
        self.length += utf16_len(text)

    def _entity(self, i: int, *, strict: bool) -> tuple[str, int]:
        match = _ENTITY_RE.match(self.source, i)
        if match:
            decimal, hexadecimal, name = match.groups()
            if name is None:
                code = int(decimal) if decimal is not None else int(hexadecimal, 16)
                if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
                    return chr(code), match.end()
            elif name in _NAMED_ENTITIES:
                return _NAMED_ENTITIES[name], match.end()
        if strict:
            raise _html_error(
                f"character '&' at byte offset {self._byte(i)} is not part of a supported "
                "entity (only &lt; &gt; &amp; &quot; and numeric ones); escape it as &amp;"
            )
        return "&", i + 1

    def _attr_value(self, start: int, end: int) -> str:
        # Inside a tag a bare `&` is part of the tag (URLs with query strings), so lenient.
        parts: list[str] = []
        i = start
        while i < end:
            amp = self.source.find("&", i, end)
            if amp < 0:
                parts.append(self.source[i:end])
                break
            parts.append(self.source[i:amp])
            decoded, i = self._entity(amp, strict=False)
            parts.append(decoded)
        return "".join(parts)

    def _skip_space(self, j: int) -> int:
        while j < len(self.source) and self.source[j].isspace():
            j += 1
        return j

    def _tag(self, i: int) -> int:
        src, at = self.source, self._byte(i)
        j = i + 1
        closing = src.startswith("/", j)
        if closing:
            j += 1
        name_match = _TAG_NAME_RE.match(src, j)
        if name_match is None:
            raise _html_error(
                f"character '<' at byte offset {at} is not part of a tag; escape it as &lt;"
            )
        name = name_match.group().lower()
        j = name_match.end()
        attrs: dict[str, str] = {}
        while True:
            j = self._skip_space(j)
            if j >= len(src):
                raise _html_error(f'unclosed tag "{name}" at byte offset {at}')
            if src[j] == ">":
                j += 1
                break
            if closing:
                raise _html_error(f'end tag "{name}" at byte offset {at} has attributes')
            if src[j] == "/":
                raise _html_error(f'unsupported self-closing tag "{name}" at byte offset {at}')
            attr_match = _ATTR_NAME_RE.match(src, j)
            if attr_match is None:
                raise _html_error(f'malformed attribute of tag "{name}" at byte offset {at}')
            attr = attr_match.group().lower()
            j = self._skip_space(attr_match.end())
            value = ""
            if j < len(src) and src[j] == "=":
                j = self._skip_space(j + 1)
                if j < len(src) and src[j] in "\"'":
                    end = src.find(src[j], j + 1)
                    if end < 0:
                        raise _html_error(f'unclosed attribute value in tag "{name}" at {at}')
                    value, j = self._attr_value(j + 1, end), end + 1
                else:
                    value_match = _ATTR_UNQUOTED_RE.match(src, j)
                    if value_match is None:
                        raise _html_error(f'empty attribute value in tag "{name}" at {at}')
                    value, j = self._attr_value(j, value_match.end()), value_match.end()
            attrs[attr] = value
        if closing:
            self._close(name, at)
        else:
            self._open(name, attrs, at)
        return j

    def _open(self, name: str, attrs: dict[str, str], at: int) -> None:
        if name not in _TAG_ENTITY:
            raise _html_error(f'unsupported start tag "{name}" at byte offset {at}')
        for index, open_tag in enumerate(self.stack):
            # code and pre hold plain text only; the one exception is <pre><code class=…>.
            is_pre_code = (
                name == "code" and open_tag.name == "pre" and index == len(self.stack) - 1
            )
            if open_tag.name in ("code", "pre") and not is_pre_code:
                raise _html_error(
                    f'tag "{name}" at byte offset {at} can\'t be nested in "{open_tag.name}"'
                )
            if name == open_tag.name and name in ("a", "blockquote"):
                raise _html_error(f'tag "{name}" at byte offset {at} can\'t be nested')
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise _html_error(f'tag "span" at byte offset {at} must have class "tg-spoiler"')
        if name == "tg-emoji" and not attrs.get("emoji-id"):
            raise _html_error(f'tag "tg-emoji" at byte offset {at} needs an emoji-id')
        self.stack.append(_OpenTag(name, self.length, attrs))

    def _close(self, name: str, at: int) -> None:
        if not self.stack:
            raise _html_error(f'unexpected end tag "{name}" at byte offset {at}')
        top = self.stack[-1]
        if top.name != name:
            raise _html_error(
                f'unmatched end tag at byte offset {at}, expected "</{top.name}>", '
                f'found "</{name}>"'
            )
        self.stack.pop()
        if name == "code" and self.stack and self.stack[-1].name == "pre":
            language = top.attrs.get("class", "")
            if language.startswith("language-"):
                self.stack[-1].attrs["language"] = language.removeprefix("language-")
            return
        length = self.length - top.start
        if length == 0 or (name == "a" and not top.attrs.get("href")):
            return  # Telegram drops empty entities
        entity: dict[str, Any] = {"type": _TAG_ENTITY[name], "offset": top.start, "length": length}
        if name == "a":
            entity["url"] = top.attrs["href"]
        elif name == "pre" and "language" in top.attrs:
            entity["language"] = top.attrs["language"]
        elif name == "blockquote" and "expandable" in top.attrs:
            entity["type"] = "expandable_blockquote"
        elif name == "tg-emoji":
            entity["custom_emoji_id"] = top.attrs["emoji-id"]
        self.entities.append(entity)


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into (visible text, entities); raises on what Telegram refuses."""
    return _HtmlParser(source).parse()


def _strip(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    # Telegram trims leading and trailing whitespace and moves the entities along.
    stripped = text.strip()
    if stripped == text:
        return text, entities
    lead = utf16_len(text) - utf16_len(text.lstrip())
    end = utf16_len(stripped)
    kept: list[dict[str, Any]] = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        stop = min(entity["offset"] + entity["length"] - lead, end)
        if stop > start:
            kept.append({**entity, "offset": start, "length": stop - start})
    return stripped, kept


def _explicit_entities(value: Any, text: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _bad("can't parse entities JSON object")
    size = utf16_len(text)
    for entity in value:
        ok = (
            isinstance(entity, dict)
            and isinstance(entity.get("type"), str)
            and isinstance(entity.get("offset"), int)
            and isinstance(entity.get("length"), int)
            and entity["offset"] >= 0
            and entity["length"] > 0
            and entity["offset"] + entity["length"] <= size
        )
        if not ok:
            raise _html_error(f"invalid entity {entity!r} for a text of {size} UTF-16 units")
    return list(value)


def _message_text(params: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """Visible text and entities of a text parameter, checked like Telegram does."""
    raw = params.get("text")
    if raw is None or raw == "":
        raise _bad("message text is empty")
    raw = str(raw)
    parse_mode = params.get("parse_mode")
    if parse_mode in (None, ""):
        text, entities = raw, _explicit_entities(params.get("entities"), raw)
    elif str(parse_mode).lower() == "html":
        text, entities = parse_html(raw)
    else:
        raise _bad(f"unsupported parse_mode {parse_mode!r} (this fake parses only HTML)")
    text, entities = _strip(text, entities)
    if not text:
        raise _bad("message text is empty")
    # Characters (code points) after entity parsing, as the Bot API documents the limit.
    if len(text) > MAX_TEXT_CHARS:
        raise _bad(f"message is too long ({len(text)} > {MAX_TEXT_CHARS} characters)")
    return text, entities


# --------------------------------------------------------------------------------------------
# Reply markup


_INLINE_ACTIONS = (
    "callback_data",
    "url",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_KEYBOARD_REQUESTS = (
    "request_contact",
    "request_location",
    "request_poll",
    "request_users",
    "request_chat",
    "web_app",
)
_MARKUP_KINDS = ("inline_keyboard", "keyboard", "remove_keyboard", "force_reply")


def _markup_error(detail: str) -> _ApiError:
    return _bad(f"can't parse reply keyboard markup JSON object: {detail}")


def _rows(markup: dict[str, Any], key: str) -> list[list[Any]]:
    rows = markup[key]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise _markup_error(f'field "{key}" must be an Array of Arrays')
    return rows


def _check_url(url: Any) -> None:
    parts = urlsplit(url) if isinstance(url, str) else None
    valid = parts is not None and (
        (parts.scheme in ("http", "https") and bool(parts.netloc)) or parts.scheme == "tg"
    )
    if not valid:
        raise _bad(f"inline keyboard button URL {url!r} is invalid")


def _check_inline_keyboard(markup: dict[str, Any]) -> None:
    total = 0
    for number, row in enumerate(_rows(markup, "inline_keyboard")):
        if len(row) > MAX_INLINE_ROW:
            raise _bad(f"too many buttons in inline keyboard row {number}: {len(row)}")
        for button in row:
            total += 1
            if not isinstance(button, dict):
                raise _markup_error("an inline keyboard button must be an object")
            text = button.get("text")
            if not isinstance(text, str) or not text.strip():
                raise _bad("can't parse inline keyboard button: text must be non-empty")
            actions = [action for action in _INLINE_ACTIONS if action in button]
            if not actions:
                raise _bad(
                    "can't parse inline keyboard button: Text buttons are unallowed in the "
                    "inline keyboard"
                )
            if len(actions) > 1:
                raise _bad(f"can't parse inline keyboard button: more than one of {actions}")
            if "callback_data" in button:
                data = button["callback_data"]
                size = len(data.encode()) if isinstance(data, str) else 0
                if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
                    raise _bad(
                        f"BUTTON_DATA_INVALID: callback_data must be 1-{MAX_CALLBACK_DATA_BYTES}"
                        f" bytes, got {size} ({data!r})"
                    )
            if "url" in button:
                _check_url(button["url"])
    if total > MAX_INLINE_BUTTONS:
        raise _bad(f"too many inline keyboard buttons: {total} > {MAX_INLINE_BUTTONS}")


def _check_keyboard(markup: dict[str, Any]) -> None:
    for row in _rows(markup, "keyboard"):
        for item in row:
            # A bare string is a plain text button.
            button = {"text": item} if isinstance(item, str) else item
            if not isinstance(button, dict):
                raise _markup_error("a keyboard button must be a string or an object")
            text = button.get("text")
            if not isinstance(text, str) or not text.strip():
                raise _bad("keyboard button text must be non-empty")
            requests = [key for key in _KEYBOARD_REQUESTS if button.get(key)]
            if len(requests) > 1:
                raise _bad(f"a keyboard button can request only one thing, got {requests}")
    placeholder = markup.get("input_field_placeholder")
    if placeholder is not None and not (
        isinstance(placeholder, str) and 1 <= len(placeholder) <= 64
    ):
        raise _bad("input_field_placeholder must be 1-64 characters")


def _check_reply_markup(markup: Any, *, inline_only: bool) -> dict[str, Any] | None:
    """The reply_markup, checked like Telegram does; None when absent."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise _markup_error("must be an object")
    kinds = [kind for kind in _MARKUP_KINDS if kind in markup]
    if len(kinds) != 1:
        raise _markup_error(f"needs exactly one of {list(_MARKUP_KINDS)}, got {kinds}")
    kind = kinds[0]
    if inline_only and kind != "inline_keyboard":
        raise _bad("inline keyboard expected")
    if kind == "inline_keyboard":
        _check_inline_keyboard(markup)
    elif kind == "keyboard":
        _check_keyboard(markup)
    elif markup[kind] is not True:
        raise _markup_error(f'field "{kind}" must be true')
    return markup


# --------------------------------------------------------------------------------------------
# Request parameters


def _parse_body(content_type: str, body: bytes, query: str) -> dict[str, Any]:
    """Form, multipart or JSON body plus the query string, as one dict of raw values."""
    params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    if not body:
        return params
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json":
        data = json.loads(body)
        if not isinstance(data, dict):
            raise ValueError("the JSON body must be an object")
        params.update(data)
    elif kind == "multipart/form-data":
        header = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(header + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            filename = part.get_filename()
            payload = part.get_payload(decode=True)
            content = payload if isinstance(payload, bytes) else b""
            params[name] = f"<file {filename}>" if filename else content.decode()
    else:
        params.update(parse_qsl(body.decode(), keep_blank_values=True))
    return params


def _decode_params(raw: dict[str, Any]) -> dict[str, Any]:
    """Form values are strings with JSON inside (how PTB sends them); give them their types."""
    params: dict[str, Any] = {}
    for name, value in raw.items():
        try:
            params[name] = _decode_value(name, value)
        except (ValueError, TypeError) as error:
            if name == "reply_markup":
                raise _markup_error("not valid JSON") from error
            raise _bad(f"can't parse parameter {name}: {value!r}") from error
    return params


def _decode_value(name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if name in _JSON_FIELDS:
        return json.loads(value)
    if name == "chat_id":
        # "@channelusername" stays a string and then names no known chat.
        return int(value) if value.lstrip("-").isdigit() else value
    if name in _INT_FIELDS:
        return int(value)
    if name in _FLOAT_FIELDS:
        return float(value)
    if name in _BOOL_FIELDS:
        lowered = value.lower()
        if lowered not in ("true", "false", "1", "0"):
            raise ValueError(value)
        return lowered in ("true", "1")
    return value


def _number(params: dict[str, Any], name: str) -> float:
    value = params.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(f"{name} must be a number, got {value!r}")
    return float(value)


def _peer_alive(sock: socket.socket) -> bool:
    """Whether the client is still connected (a FIN reads as b"" without consuming data)."""
    try:
        readable, _, _ = select.select([sock], [], [], 0)
        return not readable or sock.recv(1, socket.MSG_PEEK) != b""
    except (OSError, ValueError):
        return False


def _short(text: Any, limit: int = 120) -> str:
    shown = repr(text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


# --------------------------------------------------------------------------------------------
# The server's state


@dataclass
class _Stored:
    message: dict[str, Any]
    from_bot: bool


@dataclass
class _Callback:
    chat_id: int
    message_id: int
    data: str
    answer: dict[str, Any] | None = None


@dataclass
class _Pending:
    update: dict[str, Any]
    chat_key: int | None
    attempts: int = 0
    due: float = 0.0
    delivering: bool = False

    @property
    def update_id(self) -> int:
        return int(self.update["update_id"])

    @property
    def kind(self) -> str:
        return next(key for key in self.update if key != "update_id")


@dataclass
class _Webhook:
    url: str
    secret_token: str | None
    max_connections: int
    allowed_updates: list[str] | None
    last_error_date: int | None = None
    last_error_message: str | None = None


@dataclass
class _Fault:
    kind: FaultKind
    retry_after: float
    delay: float


@dataclass
class _User:
    id: int
    first_name: str = "Test"
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "en"

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


class FakeBotApi:
    """A real HTTP server on 127.0.0.1 speaking the Bot API strictly, and the users of the bot.

    Thread-safe: every method may be called from any thread; the user_* and read methods never
    block, so they are safe inside async tests too (use the *_async waits there).
    """

    def __init__(
        self,
        token: str,
        *,
        bot_username: str = "iop_finder_test_bot",
        bot_first_name: str = "IOP Finder",
        webhook_retry_delay: float = 0.2,
        webhook_timeout: float = 5.0,
    ) -> None:
        self.token = token
        prefix = token.split(":", 1)[0]
        self.bot_id = int(prefix) if prefix.isdigit() else 1
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.webhook_retry_delay = webhook_retry_delay
        self.webhook_timeout = webhook_timeout
        self._cond = threading.Condition(threading.RLock())
        self._stop_event = threading.Event()
        self._stopping = False
        self._server: _Server | None = None
        self._threads: list[threading.Thread] = []
        self._connections: set[socket.socket] = set()
        # Telegram-like ids: update ids and callback ids are large numbers.
        self._update_ids = itertools.count(800_000_001)
        self._callback_ids = itertools.count(4_000_000_000_000_001)
        self._file_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._users: dict[int, _User] = {}
        self._chats: dict[int, dict[str, Any]] = {}
        self._messages: dict[int, dict[int, _Stored]] = {}
        self._reply_keyboards: dict[int, dict[str, Any]] = {}
        self._blocked: set[int] = set()
        self._callbacks: dict[str, _Callback] = {}
        self._pending: list[_Pending] = []
        self._allowed_updates: list[str] | None = None
        self._poll_generation = 0
        self._webhook: _Webhook | None = None
        self._busy_chats: set[int | None] = set()
        self._webhook_attempts: list[WebhookAttempt] = []
        self._commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._descriptions: dict[tuple[str, str], str] = {}
        self._deleted_by_user: set[tuple[int, int]] = set()
        self._faults: dict[str, deque[_Fault]] = {}
        self._sent: list[BotAction] = []
        self._violations: list[Violation] = []
        self._calls: list[ApiCall] = []
        self._in_flight = 0
        self._last_activity = time.monotonic()
        # Set by trust_webhook_certificate: then pushes may go to https:// on loopback.
        self._webhook_tls: ssl.SSLContext | None = None

    # ----------------------------------------------------------------------------------------
    # Lifecycle

    def start(self) -> FakeBotApi:
        """Listen on an ephemeral loopback port and start the webhook pusher."""
        if self._server is not None:
            raise RuntimeError("the fake Bot API is already running")
        self._server = _Server(self)
        serve = threading.Thread(
            target=self._server.serve_forever,
            # stop() waits one poll interval; a short one keeps every test's teardown fast.
            kwargs={"poll_interval": 0.01},
            name="fake-bot-api",
            daemon=True,
        )
        pusher = threading.Thread(target=self._push_loop, name="fake-bot-api-webhook", daemon=True)
        self._threads = [serve, pusher]
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; wakes long polls and cuts open connections, so it never hangs."""
        server = self._server
        if server is None:
            return
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._stop_event.set()
        server.shutdown()
        with self._cond:
            connections = list(self._connections)
        for connection in connections:
            # OSError: the client closed it already.
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._server = None

    def __enter__(self) -> FakeBotApi:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The server's root, "http://127.0.0.1:PORT"."""
        if self._server is None:
            raise RuntimeError("the fake Bot API is not running; call start()")
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def base_url(self) -> str:
        """For PTB's base_url: requests then go to {url}/bot<token>/<method>."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """For PTB's base_file_url (file downloads answer 404: the fake stores no files)."""
        return f"{self.url}/file/bot"

    # ----------------------------------------------------------------------------------------
    # Acting as users

    def user_profile(
        self,
        user_id: int,
        *,
        first_name: str = "Test",
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> None:
        """Set how a user appears in the updates that follow (e.g. language_code="es")."""
        with self._cond:
            self._users[user_id] = _User(user_id, first_name, last_name, username, language_code)
            if user_id in self._chats:
                self._chats[user_id] = self._private_chat(user_id)

    def user_text(self, chat_id: int, text: str) -> dict[str, Any]:
        """The user writes `text` in their private chat; returns the queued update."""
        return self._user_message(chat_id, chat_id, {"text": text})

    def user_command(self, chat_id: int, command: str, args: str = "") -> dict[str, Any]:
        """The user sends a command such as "/start" (args: the deep-link payload, …)."""
        if not command.startswith("/"):
            command = f"/{command}"
        text = f"{command} {args}" if args else command
        entity = {"type": "bot_command", "offset": 0, "length": utf16_len(command)}
        return self._user_message(chat_id, chat_id, {"text": text, "entities": [entity]})

    def user_location(self, chat_id: int, latitude: float, longitude: float) -> dict[str, Any]:
        """The user shares a location."""
        location = {"latitude": latitude, "longitude": longitude}
        return self._user_message(chat_id, chat_id, {"location": location})

    def user_sticker(self, chat_id: int) -> dict[str, Any]:
        """The user sends a sticker."""
        file_id, unique_id = self._file("sticker")
        sticker = {
            "file_id": file_id,
            "file_unique_id": unique_id,
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
            "emoji": "👍",
            "file_size": 20_000,
        }
        return self._user_message(chat_id, chat_id, {"sticker": sticker})

    def user_photo(self, chat_id: int, caption: str | None = None) -> dict[str, Any]:
        """The user sends a photo (Telegram sends several sizes)."""
        sizes = []
        for width, height in ((90, 67), (320, 240), (1280, 960)):
            file_id, unique_id = self._file("photo")
            sizes.append(
                {
                    "file_id": file_id,
                    "file_unique_id": unique_id,
                    "width": width,
                    "height": height,
                    "file_size": width * height // 10,
                }
            )
        content: dict[str, Any] = {"photo": sizes}
        if caption:
            content["caption"] = caption
        return self._user_message(chat_id, chat_id, content)

    def user_voice(self, chat_id: int) -> dict[str, Any]:
        """The user sends a voice note."""
        file_id, unique_id = self._file("voice")
        voice = {
            "file_id": file_id,
            "file_unique_id": unique_id,
            "duration": 3,
            "mime_type": "audio/ogg",
            "file_size": 9_000,
        }
        return self._user_message(chat_id, chat_id, {"voice": voice})

    def user_document(self, chat_id: int, file_name: str = "notes.pdf") -> dict[str, Any]:
        """The user sends a file."""
        file_id, unique_id = self._file("document")
        document = {
            "file_id": file_id,
            "file_unique_id": unique_id,
            "file_name": file_name,
            "mime_type": "application/pdf",
            "file_size": 50_000,
        }
        return self._user_message(chat_id, chat_id, {"document": document})

    def user_edit(self, chat_id: int, message_id: int, text: str) -> dict[str, Any]:
        """The user edits one of their text messages (an edited_message update)."""
        with self._cond:
            stored = self._messages.get(chat_id, {}).get(message_id)
            if stored is None or stored.from_bot or "text" not in stored.message:
                raise AssertionError(f"chat {chat_id} has no user text message {message_id}")
            message = stored.message
            message["text"] = text
            message.pop("entities", None)
            message["edit_date"] = int(time.time())
            return self._queue({"edited_message": copy.deepcopy(message)}, chat_id)

    def group_text(self, group_chat_id: int, user_id: int, text: str) -> dict[str, Any]:
        """A user writes `text` in a group chat (group ids are negative)."""
        if group_chat_id >= 0:
            raise ValueError(f"group chat ids are negative, got {group_chat_id}")
        return self._user_message(group_chat_id, user_id, {"text": text})

    def user_press(
        self,
        chat_id: int,
        message_id: int,
        data: str,
        *,
        user_id: int | None = None,
        check: bool = True,
    ) -> str:
        """The user presses the button with callback `data` under a bot message; returns the id.

        With check (the default) the button must be on that message right now, as a user can
        only press what they see.
        """
        with self._cond:
            stored = self._messages.get(chat_id, {}).get(message_id)
            if stored is None or not stored.from_bot:
                raise AssertionError(f"chat {chat_id} has no bot message {message_id}")
            markup = stored.message.get("reply_markup")
            datas = [b.callback_data for row in _inline_rows(markup) for b in row]
            if check and data not in datas:
                raise AssertionError(
                    f"message {message_id} in chat {chat_id} has no button with callback_data "
                    f"{data!r}; its buttons: {_inline_rows(markup)}"
                )
            presser = user_id if user_id is not None else chat_id
            callback_id = str(next(self._callback_ids))
            self._callbacks[callback_id] = _Callback(chat_id, message_id, data)
            query = {
                "id": callback_id,
                "from": self._user(presser).as_dict(),
                "message": copy.deepcopy(stored.message),
                "chat_instance": str(7_000_000_000 + abs(chat_id)),
                "data": data,
            }
            self._queue({"callback_query": query}, chat_id)
            return callback_id

    def user_press_button(self, chat_id: int, text: str) -> str:
        """The user presses the button labelled `text` on the newest message showing it."""
        with self._cond:
            keyboards = self._keyboards(chat_id)
            for keyboard in reversed(keyboards):
                for button in keyboard.buttons:
                    if button.text == text and button.callback_data is not None:
                        return self.user_press(chat_id, keyboard.message_id, button.callback_data)
            shown = [keyboard.texts for keyboard in keyboards]
            raise AssertionError(f"no button {text!r} in chat {chat_id}; keyboards: {shown}")

    def user_deletes(self, chat_id: int, message_id: int) -> None:
        """The user deletes a bot message from the chat (possible in private chats)."""
        with self._cond:
            if self._messages.get(chat_id, {}).pop(message_id, None) is None:
                raise AssertionError(f"chat {chat_id} has no message {message_id}")
            self._deleted_by_user.add((chat_id, message_id))

    def user_blocks_bot(self, chat_id: int) -> None:
        """The user blocks the bot: sends to the chat answer 403 (not counted as violations)."""
        with self._cond:
            self._blocked.add(chat_id)

    def queue_update(self, body: dict[str, Any], *, chat_id: int | None = None) -> dict[str, Any]:
        """Queue any update body (update_id is added); chat_id orders webhook pushes."""
        with self._cond:
            return self._queue(copy.deepcopy(body), chat_id)

    # ----------------------------------------------------------------------------------------
    # What happened

    @property
    def violations(self) -> list[Violation]:
        """Every request refused because it broke a Telegram rule, in order."""
        with self._cond:
            return list(self._violations)

    def assert_no_violations(self) -> None:
        """Fail with the list of refused requests, if any."""
        violations = self.violations
        if violations:
            lines = "\n".join(
                f"  - {v.method} {v.error_code}: {v.description}" for v in violations
            )
            raise AssertionError(f"the bot broke Telegram's rules:\n{lines}")

    def sent(self, chat_id: int | None = None) -> list[BotAction]:
        """The bot's successful actions in order, optionally only those in one chat."""
        with self._cond:
            return [a for a in self._sent if chat_id is None or a.chat_id == chat_id]

    def calls(self, method: str | None = None) -> list[ApiCall]:
        """Every request that reached the server (faulted and refused ones too)."""
        with self._cond:
            wanted = method.lower() if method else None
            return [c for c in self._calls if wanted is None or c.method.lower() == wanted]

    def messages(self, chat_id: int, *, include_user: bool = False) -> list[ChatMessage]:
        """The chat as the user sees it now: the bot's messages, edits applied, deletions gone."""
        with self._cond:
            return [
                _view(stored)
                for stored in self._messages.get(chat_id, {}).values()
                if include_user or stored.from_bot
            ]

    def last_keyboard(self, chat_id: int) -> Keyboard | None:
        """The inline keyboard of the newest bot message that shows one."""
        with self._cond:
            keyboards = self._keyboards(chat_id)
            return keyboards[-1] if keyboards else None

    def reply_keyboard(self, chat_id: int) -> list[list[dict[str, Any]]] | None:
        """The custom reply keyboard currently shown in the chat (buttons as objects)."""
        with self._cond:
            markup = self._reply_keyboards.get(chat_id)
            if markup is None:
                return None
            return [
                [{"text": b} if isinstance(b, str) else dict(b) for b in row]
                for row in markup["keyboard"]
            ]

    def callback_answer(self, callback_id: str) -> dict[str, Any] | None:
        """The parameters of the bot's answer to a callback query, None if unanswered."""
        with self._cond:
            callback = self._callbacks.get(callback_id)
            if callback is None:
                raise KeyError(f"no callback query {callback_id}")
            return copy.deepcopy(callback.answer)

    def unanswered_callbacks(self) -> list[str]:
        """Ids of callback queries the bot never answered (the user's spinner keeps spinning)."""
        with self._cond:
            return [cid for cid, callback in self._callbacks.items() if callback.answer is None]

    def commands(
        self, *, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        """The command menu set by setMyCommands for a scope and language."""
        with self._cond:
            return copy.deepcopy(self._commands.get(_commands_key(scope, language_code), []))

    def description(self, *, short: bool = False, language_code: str = "") -> str:
        """The bot's description (or short description) set for a language, "" when none."""
        with self._cond:
            kind = "short_description" if short else "description"
            return self._descriptions.get((kind, language_code), "")

    def trust_webhook_certificate(self, cafile: str) -> None:
        """Push to https:// webhooks whose certificate chains up to ``cafile`` (as Telegram does
        with a certificate given to setWebhook); the host name is checked too."""
        with self._cond:
            self._webhook_tls = ssl.create_default_context(cafile=cafile)

    def webhook_attempts(self) -> list[WebhookAttempt]:
        """Every push to the webhook, failed ones included."""
        with self._cond:
            return list(self._webhook_attempts)

    @property
    def pending_updates(self) -> int:
        """Updates not yet confirmed by getUpdates or accepted by the webhook."""
        with self._cond:
            return len(self._pending)

    # ----------------------------------------------------------------------------------------
    # Waiting

    def wait_for(
        self, predicate: Callable[[], T], timeout: float = 10.0, *, what: str | None = None
    ) -> T:
        """Block until predicate() is truthy and return it; on timeout fail listing what came.

        The predicate runs under the server's lock: keep it to reads of this object.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                result = predicate()
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(self._report(what or _describe(predicate), timeout))
                self._cond.wait(min(remaining, 0.05))

    async def wait_for_async(
        self, predicate: Callable[[], T], timeout: float = 10.0, *, what: str | None = None
    ) -> T:
        """wait_for for async tests: polls without blocking the event loop the bot runs on."""
        deadline = time.monotonic() + timeout
        while True:
            with self._cond:
                result = predicate()
                if result:
                    return result
                if time.monotonic() >= deadline:
                    raise AssertionError(self._report(what or _describe(predicate), timeout))
            await asyncio.sleep(0.01)

    def wait_for_messages(
        self, chat_id: int, count: int, timeout: float = 10.0
    ) -> list[ChatMessage]:
        """Block until the chat shows at least `count` bot messages; returns them all."""
        return self.wait_for(
            self._enough_messages(chat_id, count),
            timeout,
            what=f"{count} bot message(s) in chat {chat_id}",
        )

    async def wait_for_messages_async(
        self, chat_id: int, count: int, timeout: float = 10.0
    ) -> list[ChatMessage]:
        """wait_for_messages for async tests."""
        return await self.wait_for_async(
            self._enough_messages(chat_id, count),
            timeout,
            what=f"{count} bot message(s) in chat {chat_id}",
        )

    def wait_idle(self, timeout: float = 10.0, *, quiet: float = 0.15) -> None:
        """Block until no request is in flight, every update is taken, and `quiet` s passed.

        A long poll that is only waiting does not count as in flight.
        """
        self.wait_for(self._idle(quiet), timeout, what="the bot to go idle")

    async def wait_idle_async(self, timeout: float = 10.0, *, quiet: float = 0.15) -> None:
        """wait_idle for async tests."""
        await self.wait_for_async(self._idle(quiet), timeout, what="the bot to go idle")

    def _enough_messages(self, chat_id: int, count: int) -> Callable[[], list[ChatMessage]]:
        def enough() -> list[ChatMessage]:
            shown = self.messages(chat_id)
            return shown if len(shown) >= count else []

        return enough

    def _idle(self, quiet: float) -> Callable[[], bool]:
        def idle() -> bool:
            return (
                self._in_flight == 0
                and not self._pending
                and time.monotonic() - self._last_activity >= quiet
            )

        return idle

    def _report(self, what: str, timeout: float) -> str:
        lines = [f"timed out after {timeout}s waiting for {what}.", "bot actions so far:"]
        lines += [
            f"  - {a.method} chat={a.chat_id} message={a.message_id} text={_short(a.text)}"
            for a in self._sent
        ] or ["  (none)"]
        lines.append("violations:")
        lines += [f"  - {v.method} {v.error_code}: {v.description}" for v in self._violations] or [
            "  (none)"
        ]
        lines.append(
            f"pending updates: {len(self._pending)}; requests in flight: {self._in_flight}; "
            f"webhook: {self._webhook.url if self._webhook else None}"
        )
        return "\n".join(lines)

    # ----------------------------------------------------------------------------------------
    # Faults

    def fail_next(
        self,
        method: str,
        kind: FaultKind,
        count: int = 1,
        *,
        retry_after: float = 1,
        delay: float = 1.0,
    ) -> None:
        """Make the next `count` calls of `method` fail without being executed.

        "429": flood control with parameters.retry_after; "500": Internal Server Error;
        "drop": the connection closes without an answer; "slow": the answer comes after `delay`
        seconds — that request IS executed, as on Telegram, even if the client gave up.
        """
        if kind not in ("429", "500", "slow", "drop"):
            raise ValueError(f"unknown fault kind {kind!r}")
        with self._cond:
            faults = self._faults.setdefault(method.lower(), deque())
            faults.extend(_Fault(kind, retry_after, delay) for _ in range(count))

    # ----------------------------------------------------------------------------------------
    # Serving one request (called by the HTTP handler threads)

    def _track(self, connection: socket.socket, *, add: bool) -> None:
        with self._cond:
            if add:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    # An empty getUpdates is not activity: with short polling it never stops, and wait_idle
    # would never see quiet. Updates handed out or confirmed count (in _get_updates).
    def _begin(self, counted: bool) -> None:
        with self._cond:
            if counted:
                self._in_flight += 1
                self._last_activity = time.monotonic()

    def _end(self, counted: bool) -> None:
        with self._cond:
            if counted:
                self._in_flight -= 1
                self._last_activity = time.monotonic()
            self._cond.notify_all()

    def _handle(
        self,
        token: str,
        method: str,
        raw: dict[str, Any] | None,
        is_alive: Callable[[], bool],
    ) -> tuple[int, dict[str, Any]] | None:
        """Answer one Bot API request: (HTTP status, JSON body), or None to drop the connection."""
        name = method.lower()
        with self._cond:
            if token != self.token:
                return self._refuse(method, raw or {}, _ApiError(401, "Unauthorized"))
            faults = self._faults.get(name)
            fault = faults.popleft() if faults else None
        if fault is not None and fault.kind != "slow":
            return self._fault_answer(_CANONICAL.get(name, method), raw or {}, fault)
        if fault is not None:
            self._stop_event.wait(fault.delay)
        with self._cond:
            if raw is None:
                return self._refuse(method, {}, _bad("can't parse the request body"))
            if name not in _CANONICAL:
                return self._refuse(method, raw, _ApiError(404, "Not Found: method not found"))
            params = raw
            try:
                params = _decode_params(raw)
                if name == "getupdates":
                    result = self._get_updates(params, is_alive)
                else:
                    result = getattr(self, f"_api_{name}")(params)
            except _AbandonedError:
                self._calls.append(ApiCall(_CANONICAL[name], raw, None))
                return None
            except _ApiError as error:
                return self._refuse(_CANONICAL[name], params, error)
            self._calls.append(ApiCall(_CANONICAL[name], params, 200))
            answer: dict[str, Any] = {"ok": True, "result": result}
            if name == "setwebhook":
                answer["description"] = "Webhook was set"
            elif name == "deletewebhook":
                answer["description"] = "Webhook was deleted"
            return 200, answer

    def _fault_answer(
        self, method: str, raw: dict[str, Any], fault: _Fault
    ) -> tuple[int, dict[str, Any]] | None:
        with self._cond:
            if fault.kind == "drop":
                self._calls.append(ApiCall(method, raw, None))
                return None
            if fault.kind == "429":
                seconds = float(fault.retry_after)
                retry = int(seconds) if seconds.is_integer() else seconds
                self._calls.append(ApiCall(method, raw, 429))
                return 429, {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {retry}",
                    "parameters": {"retry_after": retry},
                }
            self._calls.append(ApiCall(method, raw, 500))
            return 500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}

    def _refuse(
        self, method: str, params: dict[str, Any], error: _ApiError
    ) -> tuple[int, dict[str, Any]]:
        self._calls.append(ApiCall(method, params, error.code))
        if error.violation:
            self._violations.append(Violation(method, error.code, error.description, params))
        self._cond.notify_all()
        body: dict[str, Any] = {
            "ok": False,
            "error_code": error.code,
            "description": error.description,
        }
        if error.parameters:
            body["parameters"] = error.parameters
        return error.code, body

    # ----------------------------------------------------------------------------------------
    # Helpers on state (all called with the lock held)

    def _user(self, user_id: int) -> _User:
        return self._users.setdefault(user_id, _User(user_id))

    def _private_chat(self, user_id: int) -> dict[str, Any]:
        user = self._user(user_id)
        chat: dict[str, Any] = {"id": user_id, "type": "private", "first_name": user.first_name}
        if user.last_name:
            chat["last_name"] = user.last_name
        if user.username:
            chat["username"] = user.username
        return chat

    def _file(self, kind: str) -> tuple[str, str]:
        number = next(self._file_ids)
        return f"FAKE-{kind}-{number:06d}", f"U{kind[:3]}{number:06d}"

    def _user_message(self, chat_id: int, user_id: int, content: dict[str, Any]) -> dict[str, Any]:
        if chat_id == user_id and chat_id <= 0:
            raise ValueError(f"private chat ids are positive user ids, got {chat_id}")
        with self._cond:
            if chat_id not in self._chats:
                self._chats[chat_id] = (
                    self._private_chat(chat_id)
                    if chat_id > 0
                    else {"id": chat_id, "type": "group", "title": "Test group"}
                )
            message = {
                "message_id": self._next_message_id(chat_id),
                "from": self._user(user_id).as_dict(),
                "chat": copy.deepcopy(self._chats[chat_id]),
                "date": int(time.time()),
                **copy.deepcopy(content),
            }
            self._messages.setdefault(chat_id, {})[message["message_id"]] = _Stored(
                message, from_bot=False
            )
            return self._queue({"message": copy.deepcopy(message)}, chat_id)

    def _next_message_id(self, chat_id: int) -> int:
        # One counter per chat, shared by both sides, as in Telegram's private chats.
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _queue(self, body: dict[str, Any], chat_key: int | None) -> dict[str, Any]:
        update = {"update_id": next(self._update_ids), **body}
        self._pending.append(_Pending(update, chat_key))
        self._last_activity = time.monotonic()
        self._cond.notify_all()
        return copy.deepcopy(update)

    def _keyboards(self, chat_id: int) -> list[Keyboard]:
        return [
            Keyboard(int(stored.message["message_id"]), rows)
            for stored in self._messages.get(chat_id, {}).values()
            if stored.from_bot and (rows := _inline_rows(stored.message.get("reply_markup")))
        ]

    def _record(
        self,
        method: str,
        params: dict[str, Any],
        *,
        chat_id: int | None = None,
        message_id: int | None = None,
        text: str | None = None,
        reply_markup: dict[str, Any] | None = None,
    ) -> None:
        self._sent.append(
            BotAction(method, chat_id, message_id, text, copy.deepcopy(reply_markup), params)
        )
        self._cond.notify_all()

    def _known_chat(self, params: dict[str, Any]) -> int:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        if not isinstance(chat_id, int) or chat_id not in self._chats:
            raise _bad("chat not found")
        return chat_id

    def _target_chat(self, params: dict[str, Any]) -> int:
        chat_id = self._known_chat(params)
        if chat_id in self._blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user", violation=False)
        return chat_id

    def _stored(self, params: dict[str, Any], verb: str) -> tuple[int, _Stored]:
        if params.get("inline_message_id"):
            raise _bad("inline messages are not supported by this fake")
        chat_id = self._target_chat(params)
        message_id = params.get("message_id")
        if not isinstance(message_id, int):
            raise _bad("message identifier is not specified")
        stored = self._messages.get(chat_id, {}).get(message_id)
        if stored is None:
            # Not the bot's fault when the user deleted the message themselves.
            gone = (chat_id, message_id) in self._deleted_by_user
            raise _ApiError(400, f"Bad Request: message to {verb} not found", violation=not gone)
        return chat_id, stored

    def _reply_target(self, chat_id: int, params: dict[str, Any]) -> dict[str, Any] | None:
        reply = params.get("reply_parameters")
        if reply is None and params.get("reply_to_message_id") is not None:
            reply = {"message_id": params["reply_to_message_id"]}
        if reply is None:
            return None
        if not isinstance(reply, dict) or not isinstance(reply.get("message_id"), int):
            raise _bad("can't parse reply parameters")
        stored = self._messages.get(chat_id, {}).get(reply["message_id"])
        if stored is None:
            if reply.get("allow_sending_without_reply"):
                return None
            raise _bad("message to be replied not found")
        return copy.deepcopy(stored.message)

    def _bot_message(
        self,
        chat_id: int,
        content: dict[str, Any],
        markup: dict[str, Any] | None,
        params: dict[str, Any],
    ) -> dict[str, Any]:
        reply_to = self._reply_target(chat_id, params)
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "from": self._bot_user(),
            "chat": copy.deepcopy(self._chats[chat_id]),
            "date": int(time.time()),
            **content,
        }
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if markup is not None and "inline_keyboard" in markup:
            # Only inline keyboards belong to a message; Telegram echoes just those back.
            message["reply_markup"] = copy.deepcopy(markup)
        elif markup is not None and "keyboard" in markup:
            self._reply_keyboards[chat_id] = copy.deepcopy(markup)
        elif markup is not None and "remove_keyboard" in markup:
            self._reply_keyboards.pop(chat_id, None)
        self._messages.setdefault(chat_id, {})[message["message_id"]] = _Stored(
            message, from_bot=True
        )
        return copy.deepcopy(message)

    def _bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    # ----------------------------------------------------------------------------------------
    # The Bot API methods (called with the lock held; raise _ApiError to refuse)

    def _api_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        del params
        return {
            **self._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _get_updates(
        self, params: dict[str, Any], is_alive: Callable[[], bool]
    ) -> list[dict[str, Any]]:
        if self._webhook is not None:
            raise _ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
            )
        offset = params.get("offset")
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        if "allowed_updates" in params:
            allowed = params["allowed_updates"]
            self._allowed_updates = list(allowed) if allowed else None
        if isinstance(offset, int):
            self._confirm(offset)
        # Telegram answers a superseded long poll with 409; the newest poll wins.
        self._poll_generation += 1
        generation = self._poll_generation
        self._cond.notify_all()
        deadline = time.monotonic() + timeout
        while True:
            if generation != self._poll_generation:
                if not is_alive():
                    raise _AbandonedError
                raise _ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only one "
                    "bot instance is running",
                )
            batch = self._deliverable()[:limit]
            if batch:
                self._last_activity = time.monotonic()
            if batch or self._stopping:
                return [copy.deepcopy(pending.update) for pending in batch]
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            self._cond.wait(min(remaining, 0.2))
            if not is_alive():
                raise _AbandonedError

    def _confirm(self, offset: int) -> None:
        before = len(self._pending)
        if offset < 0:
            # A negative offset keeps the last -offset updates and forgets the rest.
            self._pending = self._pending[offset:]
        else:
            self._pending = [p for p in self._pending if p.update_id >= offset]
        if len(self._pending) != before:
            self._last_activity = time.monotonic()
            self._cond.notify_all()

    def _deliverable(self) -> list[_Pending]:
        allowed = self._allowed_updates
        if allowed is not None:
            self._pending = [p for p in self._pending if p.kind in allowed]
        else:
            self._pending = [p for p in self._pending if p.kind not in _OPT_IN_UPDATES]
        return list(self._pending)

    def _api_setwebhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url") or "")
        if not url:
            self._webhook = None
            self._record("setWebhook", params)
            return True
        parts = urlsplit(url)
        schemes = ("http", "https") if self._webhook_tls is not None else ("http",)
        if parts.scheme not in schemes or parts.hostname not in _LOOPBACK_HOSTS:
            # Telegram wants https; this fake talks only to loopback, over https only once it
            # was given a certificate to trust (trust_webhook_certificate).
            wanted = " or ".join(f"{scheme}://" for scheme in schemes)
            raise _bad(f"bad webhook: this fake pushes only to {wanted} on loopback, got {url!r}")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET_TOKEN_RE.fullmatch(str(secret)):
            raise _bad("bad webhook: secret token contains unallowed characters")
        max_connections = int(params.get("max_connections") or 40)
        if not 1 <= max_connections <= 100:
            raise _bad("bad webhook: max_connections must be 1-100")
        allowed = params.get("allowed_updates")
        if allowed is not None:
            self._allowed_updates = list(allowed) or None
        if params.get("drop_pending_updates"):
            self._pending.clear()
        self._webhook = _Webhook(url, secret, max_connections, self._allowed_updates)
        self._record("setWebhook", params)
        return True

    def _api_deletewebhook(self, params: dict[str, Any]) -> bool:
        self._webhook = None
        if params.get("drop_pending_updates"):
            self._pending.clear()
        self._record("deleteWebhook", params)
        return True

    def _api_getwebhookinfo(self, params: dict[str, Any]) -> dict[str, Any]:
        del params
        info: dict[str, Any] = {
            "url": self._webhook.url if self._webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self._webhook is not None:
            info["max_connections"] = self._webhook.max_connections
            if self._webhook.allowed_updates is not None:
                info["allowed_updates"] = list(self._webhook.allowed_updates)
            if self._webhook.last_error_date is not None:
                info["last_error_date"] = self._webhook.last_error_date
                info["last_error_message"] = self._webhook.last_error_message
        return info

    def _api_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._target_chat(params)
        text, entities = _message_text(params)
        markup = _check_reply_markup(params.get("reply_markup"), inline_only=False)
        content: dict[str, Any] = {"text": text}
        if entities:
            content["entities"] = entities
        message = self._bot_message(chat_id, content, markup, params)
        self._record(
            "sendMessage",
            params,
            chat_id=chat_id,
            message_id=message["message_id"],
            text=text,
            reply_markup=markup,
        )
        return message

    def _api_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, stored = self._stored(params, "edit")
        if not stored.from_bot:
            raise _bad("message can't be edited")
        if "text" not in stored.message:
            raise _bad("there is no text in the message to edit")
        text, entities = _message_text(params)
        # Leaving reply_markup out removes the inline keyboard, as on Telegram.
        markup = _check_reply_markup(params.get("reply_markup"), inline_only=True)
        message = stored.message
        before = (message["text"], message.get("entities", []), message.get("reply_markup"))
        if before == (text, entities, markup):
            raise _bad(_NOT_MODIFIED.removeprefix("Bad Request: "))
        message["text"] = text
        _set_or_pop(message, "entities", entities or None)
        _set_or_pop(message, "reply_markup", copy.deepcopy(markup))
        message["edit_date"] = int(time.time())
        self._record(
            "editMessageText",
            params,
            chat_id=chat_id,
            message_id=message["message_id"],
            text=text,
            reply_markup=markup,
        )
        return copy.deepcopy(message)

    def _api_editmessagereplymarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, stored = self._stored(params, "edit")
        if not stored.from_bot:
            raise _bad("message can't be edited")
        markup = _check_reply_markup(params.get("reply_markup"), inline_only=True)
        message = stored.message
        if message.get("reply_markup") == markup:
            raise _bad(_NOT_MODIFIED.removeprefix("Bad Request: "))
        _set_or_pop(message, "reply_markup", copy.deepcopy(markup))
        message["edit_date"] = int(time.time())
        self._record(
            "editMessageReplyMarkup",
            params,
            chat_id=chat_id,
            message_id=message["message_id"],
            reply_markup=markup,
        )
        return copy.deepcopy(message)

    def _api_deletemessage(self, params: dict[str, Any]) -> bool:
        chat_id, stored = self._stored(params, "delete")
        # In private chats a bot may delete the user's messages too; in groups only as admin.
        if not stored.from_bot and self._chats[chat_id]["type"] != "private":
            raise _bad("message can't be deleted")
        message_id = int(stored.message["message_id"])
        del self._messages[chat_id][message_id]
        self._record("deleteMessage", params, chat_id=chat_id, message_id=message_id)
        return True

    def _api_answercallbackquery(self, params: dict[str, Any]) -> bool:
        callback = self._callbacks.get(str(params.get("callback_query_id")))
        if callback is None or callback.answer is not None:
            raise _bad(_CALLBACK_EXPIRED.removeprefix("Bad Request: "))
        text = params.get("text")
        if text is not None and len(str(text)) > MAX_CALLBACK_ANSWER_CHARS:
            raise _bad(
                f"callback answer text is too long ({len(str(text))} > "
                f"{MAX_CALLBACK_ANSWER_CHARS} characters)"
            )
        callback.answer = dict(params)
        self._record(
            "answerCallbackQuery",
            params,
            chat_id=callback.chat_id,
            message_id=callback.message_id,
            text=None if text is None else str(text),
        )
        return True

    def _location(self, params: dict[str, Any]) -> dict[str, Any]:
        latitude, longitude = _number(params, "latitude"), _number(params, "longitude")
        if not -90 <= latitude <= 90:
            raise _bad(f"latitude must be between -90 and 90, got {latitude}")
        if not -180 <= longitude <= 180:
            raise _bad(f"longitude must be between -180 and 180, got {longitude}")
        accuracy = params.get("horizontal_accuracy")
        if accuracy is not None and not 0 <= float(accuracy) <= 1500:
            raise _bad("horizontal_accuracy must be between 0 and 1500")
        return {"latitude": latitude, "longitude": longitude}

    def _api_sendlocation(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._target_chat(params)
        location = self._location(params)
        markup = _check_reply_markup(params.get("reply_markup"), inline_only=False)
        message = self._bot_message(chat_id, {"location": location}, markup, params)
        self._record(
            "sendLocation",
            params,
            chat_id=chat_id,
            message_id=message["message_id"],
            reply_markup=markup,
        )
        return message

    def _api_sendvenue(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._target_chat(params)
        location = self._location(params)
        title, address = params.get("title"), params.get("address")
        if not isinstance(title, str) or not title.strip():
            raise _bad("venue title is empty")
        if not isinstance(address, str) or not address.strip():
            raise _bad("venue address is empty")
        markup = _check_reply_markup(params.get("reply_markup"), inline_only=False)
        venue: dict[str, Any] = {"location": location, "title": title, "address": address}
        for key in ("foursquare_id", "foursquare_type", "google_place_id", "google_place_type"):
            if params.get(key):
                venue[key] = params[key]
        content = {"venue": venue, "location": location}
        message = self._bot_message(chat_id, content, markup, params)
        self._record(
            "sendVenue",
            params,
            chat_id=chat_id,
            message_id=message["message_id"],
            text=title,
            reply_markup=markup,
        )
        return message

    def _api_sendchataction(self, params: dict[str, Any]) -> bool:
        chat_id = self._target_chat(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise _bad(f"wrong parameter action in request: {params.get('action')!r}")
        self._record("sendChatAction", params, chat_id=chat_id)
        return True

    def _api_setmycommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > MAX_COMMANDS:
            raise _bad(f"commands must be a list of at most {MAX_COMMANDS} BotCommand")
        for command in commands:
            name = command.get("command") if isinstance(command, dict) else None
            description = command.get("description") if isinstance(command, dict) else None
            if not isinstance(name, str) or not _COMMAND_RE.fullmatch(name):
                raise _bad(f"BOT_COMMAND_INVALID: {name!r} (1-32 of a-z, 0-9 and _)")
            if not isinstance(description, str) or not 1 <= len(description) <= 256:
                raise _bad(f"command description must be 1-256 characters: {description!r}")
        key = _commands_key(params.get("scope"), str(params.get("language_code") or ""))
        self._commands[key] = copy.deepcopy(commands)
        self._record("setMyCommands", params)
        return True

    def _set_description(self, params: dict[str, Any], kind: str, limit: int) -> bool:
        value = params.get(kind) or ""
        if not isinstance(value, str) or len(value) > limit:
            raise _bad(f"{kind} must be at most {limit} characters, got {len(str(value))}")
        self._descriptions[(kind, str(params.get("language_code") or ""))] = value
        return True

    def _api_setmydescription(self, params: dict[str, Any]) -> bool:
        self._set_description(params, "description", MAX_DESCRIPTION_CHARS)
        self._record("setMyDescription", params)
        return True

    def _api_setmyshortdescription(self, params: dict[str, Any]) -> bool:
        self._set_description(params, "short_description", MAX_SHORT_DESCRIPTION_CHARS)
        self._record("setMyShortDescription", params)
        return True

    def _api_getmycommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        key = _commands_key(params.get("scope"), str(params.get("language_code") or ""))
        return copy.deepcopy(self._commands.get(key, []))

    def _api_close(self, params: dict[str, Any]) -> bool:
        self._record("close", params)
        return True

    def _api_logout(self, params: dict[str, Any]) -> bool:
        self._record("logOut", params)
        return True

    # ----------------------------------------------------------------------------------------
    # Webhook pushes

    def _push_loop(self) -> None:
        """Push queued updates to the webhook: in order and one at a time per chat."""
        with self._cond:
            while not self._stopping:
                wait = 0.5
                webhook = self._webhook
                if webhook is not None:
                    now = time.monotonic()
                    seen: set[int | None] = set()
                    for pending in self._deliverable():
                        if pending.chat_key in seen:
                            continue
                        seen.add(pending.chat_key)
                        if pending.delivering or pending.chat_key in self._busy_chats:
                            continue
                        if pending.due > now:
                            wait = min(wait, pending.due - now)
                            continue
                        if len(self._busy_chats) >= webhook.max_connections:
                            break
                        pending.delivering = True
                        self._busy_chats.add(pending.chat_key)
                        threading.Thread(
                            target=self._deliver, args=(pending, webhook), daemon=True
                        ).start()
                self._cond.wait(wait)

    def _deliver(self, pending: _Pending, webhook: _Webhook) -> None:
        parts = urlsplit(webhook.url)
        path = parts.path or "/"
        if parts.query:
            path = f"{path}?{parts.query}"
        headers = {"Content-Type": "application/json"}
        if webhook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = webhook.secret_token
        body = json.dumps(pending.update).encode()
        status: int | None = None
        error: str | None = None
        # http.client, not urllib: it never goes through a proxy from the environment.
        connection: http.client.HTTPConnection
        if parts.scheme == "https":
            connection = http.client.HTTPSConnection(
                parts.hostname or "127.0.0.1",
                parts.port or 443,
                timeout=self.webhook_timeout,
                context=self._webhook_tls,
            )
        else:
            connection = http.client.HTTPConnection(
                parts.hostname or "127.0.0.1", parts.port or 80, timeout=self.webhook_timeout
            )
        try:
            connection.request("POST", path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
        except OSError as exc:
            error = f"{type(exc).__name__}: {exc}"
        finally:
            connection.close()
        with self._cond:
            self._webhook_attempts.append(
                WebhookAttempt(pending.update_id, webhook.url, status, error)
            )
            pending.delivering = False
            self._busy_chats.discard(pending.chat_key)
            if status is not None and 200 <= status < 300:
                if pending in self._pending:
                    self._pending.remove(pending)
            else:
                # Telegram keeps retrying with growing pauses; these are short for tests.
                pending.attempts += 1
                backoff = self.webhook_retry_delay * 2 ** (pending.attempts - 1)
                pending.due = time.monotonic() + min(backoff, 2.0)
                webhook.last_error_date = int(time.time())
                webhook.last_error_message = error or f"Wrong response from the webhook: {status}"
            self._last_activity = time.monotonic()
            self._cond.notify_all()


def _set_or_pop(message: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        message.pop(key, None)
    else:
        message[key] = value


def _commands_key(scope: Any, language_code: str) -> tuple[str, str]:
    scope = scope or {"type": "default"}
    return json.dumps(scope, sort_keys=True), language_code


def _view(stored: _Stored) -> ChatMessage:
    message = copy.deepcopy(stored.message)
    kind = next((key for key in _KINDS if key in message), "other")
    return ChatMessage(
        message_id=int(message["message_id"]),
        from_bot=stored.from_bot,
        kind=kind,
        text=message.get("text", message.get("caption")),
        entities=message.get("entities", message.get("caption_entities", [])),
        reply_markup=message.get("reply_markup"),
        edited="edit_date" in message,
        raw=message,
    )


def _describe(predicate: Callable[..., Any]) -> str:
    name = getattr(predicate, "__name__", "")
    return f"predicate {name}" if name and name != "<lambda>" else "the predicate"


# --------------------------------------------------------------------------------------------
# HTTP


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Handler threads end by themselves once stop() cuts their sockets; do not join them.
    block_on_close = False

    def __init__(self, api: FakeBotApi) -> None:
        self.api = api
        super().__init__(("127.0.0.1", 0), _Handler)


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 keep-alive, like Telegram; every answer carries a Content-Length.
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.api._track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.api._track(self.connection, add=False)

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: pytest shows failures, not access logs."""

    def do_GET(self) -> None:
        """Bot API calls may come as GET with a query string."""
        self._serve()

    def do_POST(self) -> None:
        """Bot API calls as PTB sends them: form-encoded, multipart or JSON."""
        self._serve()

    def _read_body(self) -> bytes | None:
        """The request's body; None when the client went away before sending all of it."""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                line = self.rfile.readline()
                if not line:
                    return None
                size = int(line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(chunks)
                chunk = self.rfile.read(size)
                if len(chunk) < size:
                    return None
                chunks.append(chunk)
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        return body if len(body) == length else None

    def _serve(self) -> None:
        api = self.server.api
        target = urlsplit(self.path)
        body = self._read_body()
        if body is None:  # a torn request (its sender died): like Telegram, ignore it
            self.close_connection = True
            return
        match = _PATH_RE.fullmatch(target.path)
        if match is None:
            self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        token, method = match.groups()
        raw: dict[str, Any] | None
        try:
            raw = _parse_body(self.headers.get("Content-Type", ""), body, target.query)
        except (ValueError, UnicodeDecodeError):
            raw = None
        # A waiting long poll is not work in flight: wait_idle must not wait for it.
        counted = method.lower() != "getupdates"
        api._begin(counted)
        try:
            answer = api._handle(token, method, raw, lambda: _peer_alive(self.connection))
            if answer is None:
                self.close_connection = True
            else:
                self._reply(*answer)
        finally:
            api._end(counted)

    def _reply(self, status: int, payload: dict[str, Any]) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
        except OSError:
            self.close_connection = True  # the client is gone; nothing to tell it


# --------------------------------------------------------------------------------------------
# pytest and PTB


def loopback_request(**kwargs: Any) -> HTTPXRequest:
    """An HTTPXRequest for talking to the fake: same as PTB's default, minus the CA bundle.

    The fake speaks plain HTTP, and loading certificates costs ~70 ms per client, per test.
    """
    httpx_kwargs = {"verify": False, **kwargs.pop("httpx_kwargs", {})}
    return HTTPXRequest(httpx_kwargs=httpx_kwargs, **kwargs)


def fake_api_fixture(
    *,
    name: str = "fake_api",
    token: str = TEST_TOKEN,
    strict: bool = True,
    webhook_retry_delay: float = 0.2,
) -> Any:
    """Build a pytest fixture serving a started FakeBotApi; assign it at module level.

    With strict, a test fails at teardown if the bot broke any Telegram rule.
    """

    @pytest.fixture(name=name)
    def serve_fake_api() -> Iterator[FakeBotApi]:
        with FakeBotApi(token, webhook_retry_delay=webhook_retry_delay) as api:
            yield api
            if strict:
                api.assert_no_violations()

    return serve_fake_api

"""Hostile updates through the real Application: whatever arrives, nothing breaks or leaks.

Hypothesis sends random sequences of raw Telegram updates for two private chats: any unicode
and control characters, texts of thousands of characters, commands with junk arguments,
forged and replayed buttons (also another chat's), points at sea, in Antarctica and abroad,
media, edits, group and channel posts, and updates with no chat at all. After every update it
checks what a person would notice: no error, an answer in that chat and no other, messages
Telegram accepts (HTML, 4,096 characters, 64-byte buttons), a valid stored conversation, and
the other chat's stored data untouched and never shown.

Also here: the webhook refuses requests without the secret and processes nothing of them,
and the bot's token is in no log record and no error raised when the Bot API fails.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import socket
import time
import traceback
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text
from telegram import Update
from telegram.error import NetworkError
from telegram.request import RequestData

from bot.__main__ import quiet_http_logs
from bot.bootstrap import check_token
from bot.config import load_settings
from bot.core.conversation import SCHEMA_VERSION, decode_conversation, encode_conversation
from bot.core.dialogue import Dialogue, Effect, Outcome, UserInput
from bot.core.ports import Stored
from bot.core.texts import text as catalog_text
from bot.storage.conversations import ConversationStore
from bot.tg.app import App, TelegramBot, chat_key
from bot.tg.profile import COMMANDS
from bot.tg.render import MAX_CALLBACK_BYTES, decode_callback
from bot.tg.webhook import SECRET_HEADER, serve
from flows import ALL_FLOWS
from tests.services import a_telegram_bot
from tests.tg.fakeapi import TEST_TOKEN, FakeBotApi, parse_html
from tests.tg.test_wiring import RecordingRequest, markup

KEY_SECRET = b"test"  # the key of the `bot` fixture
GATEWAY = "p5a3a7b41ba"  # Gateway Rehab (Squirrel Hill), Pittsburgh PA 15217
GREENBRIAR = "paccfc756d9"  # Greenbriar Treatment Center (Squirrel Hill), also in 15217
# A note each chat keeps in its saved list: neither may ever reach the other chat.
PRIVATE_NOTES = ("note only chat A may see 4471", "note only chat B may see 9902")
PROGRAMS = (GATEWAY, GREENBRIAR)  # what each chat saved when it begins with a saved list
_chat_ids = itertools.count(61_000_000, 2)  # fresh chats for every example
_ids = itertools.count(1_000)


# -- what hypothesis draws ----------------------------------------------------------------


@dataclass(frozen=True)
class Act:
    """One thing arriving from Telegram, before it is made into an update's JSON."""

    kind: str
    chat: int  # 0 or 1: which of the two private chats (ignored for groups and channels)
    words: str = ""
    number: int = 0
    latitude: float = 0.0
    longitude: float = 0.0
    language: str | None = None


def _repeated(piece: str, times: int) -> str:
    return piece * times


OPTION_VALUES = sorted({o.value for s in ALL_FLOWS.steps.values() for o in s.options})
PROGRAM_VALUES = [
    f"{action}:{program}"
    for action in ("details", "save", "open", "remove")
    for program in (GATEWAY, GREENBRIAR, "pffffffffff", "", "../../etc/passwd")
]
OTHER_VALUES = [
    "q:0", "q:-1", "q:99999", "q:x", "cancel:r1", "cancel:r99", "place:0", "place:-1",
    "place:9", "edit:place", "edit:__class__", "edit:", "resume", "tomorrow_morning", "0",
]  # fmt: skip
STEPS = [*sorted(ALL_FLOWS.steps), "", "nowhere", "../../etc", "__proto__"]

chats = st.integers(min_value=0, max_value=1)
languages = st.sampled_from([None, "en", "es", "es-MX", "de", "xx-YY", ""])
long_texts = st.builds(
    _repeated,
    st.sampled_from(["a", "🙂", "&", "<b>", "x y ", "\u0301", "\x00", "‮", "🇺🇸"]),
    st.integers(min_value=1_000, max_value=5_200),
)
words = st.sampled_from(
    [
        "15217", "pittsburg pa", "Pittsburgh, PA", "Springfield", "yes", "no", "1", "99", "back",
        "start over", "help", "skip", "done", "more", "save", "online only", "tomorrow 10am",
        "he took too many pills and is not breathing", "<b>bold</b> &amp; <a href='x'>",
        "a < b > c & d", "'; DROP TABLE conversation; --", "", " ", "\n\n\n", "\x00",
    ]
)  # fmt: skip
texts = st.one_of(words, st.text(max_size=200), long_texts)
command_names = st.sampled_from(
    [
        *COMMANDS, "reminder", "sorry", "non_text", "repeat", "skip", "edit", "try_again",
        "frobnicate", "START", "start@otherbot", "start@iop_bot", "", "/", "ßtart",
    ]
)  # fmt: skip
command_arguments = st.one_of(
    st.sampled_from(
        ["", "es", "xx", "9999", "family", "zip_15217", "zip_00000", "zip_1521", "r1", "r99"]
    ),
    st.text(max_size=80),
)
commands = st.builds(lambda n, a: f"/{n} {a}" if a else f"/{n}", command_names, command_arguments)
forged_data = st.one_of(
    st.builds(
        lambda step, value: f"v1|{step}|{value}",
        st.sampled_from(STEPS),
        st.one_of(st.sampled_from(OPTION_VALUES + PROGRAM_VALUES + OTHER_VALUES), st.text()),
    ),
    st.sampled_from(
        ["", "v1", "v1||", "v1|welcome|", "v2|welcome|quick", "v1|welcome|quick|extra",
         "v0|saved|open:" + GATEWAY, "v1|saved|open:" + GATEWAY + "|x"]
    ),
    st.text(max_size=80),
)  # fmt: skip
points = st.one_of(
    st.sampled_from(
        [
            (0.0, 0.0),  # at sea off Africa
            (-82.86, 135.0),  # Antarctica
            (90.0, 180.0),
            (-90.0, -180.0),
            (90.0, -180.0),
            (0.0, 180.0),
            (48.8566, 2.3522),  # Paris
            (19.4326, -99.1332),  # Mexico City
            (43.6532, -79.3832),  # Toronto, across the lake from the US
            (36.0, -40.0),  # the middle of the Atlantic
            (18.4655, -66.1057),  # San Juan, Puerto Rico
            (13.4443, 144.7937),  # Guam
            (51.88, -176.65),  # Adak, Alaska, by the date line
            (40.4406, -79.9959),  # Pittsburgh, to reach the results too
        ]
    ),
    st.tuples(
        st.floats(min_value=-90, max_value=90, allow_nan=False),
        st.floats(min_value=-180, max_value=180, allow_nan=False),
    ),
)
MEDIA = ("sticker", "photo", "voice", "document", "video", "contact", "dice", "audio", "venue")

acts = st.one_of(
    st.builds(Act, st.just("text"), chats, texts, language=languages),
    st.builds(Act, st.just("text"), chats, texts),
    st.builds(Act, st.just("command"), chats, commands, language=languages),
    st.builds(Act, st.just("press"), chats, forged_data),
    st.builds(Act, st.just("replay"), chats, number=st.integers(0, 10_000)),
    st.builds(Act, st.just("replay"), chats, number=st.integers(0, 10_000)),
    st.builds(Act, st.just("stale"), chats, number=st.integers(0, 10_000)),
    st.builds(
        lambda chat, point: Act("location", chat, latitude=point[0], longitude=point[1]),
        chats,
        points,
    ),
    st.builds(Act, st.just("media"), chats, st.sampled_from(MEDIA)),
    st.builds(Act, st.just("edited"), chats, texts, number=st.integers(0, 1)),
    st.builds(Act, st.just("group"), chats, st.one_of(texts, commands)),
    st.builds(Act, st.just("group_press"), chats, forged_data),
    st.builds(Act, st.just("channel"), chats, texts),
    st.builds(Act, st.just("no_chat"), chats, st.sampled_from(["bare", "inline_query"])),
)
# How each chat begins: a new chat, or one with results or a saved list already stored.
beginnings = st.sampled_from(["new", "results", "saved"])


# -- updates as Telegram sends them ---------------------------------------------------------


def _user(user_id: int, language: str | None = None) -> dict[str, Any]:
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": "Test"}
    if language is not None:
        user["language_code"] = language
    return user


def _chat(chat_id: int, kind: str = "private") -> dict[str, Any]:
    if kind == "private":
        return {"id": chat_id, "type": kind, "first_name": "Test"}
    return {"id": chat_id, "type": kind, "title": "Some group"}


def _message(
    chat_id: int, kind: str = "private", language: str | None = None, **fields: Any
) -> dict[str, Any]:
    sender = abs(chat_id) if kind == "private" else 7
    return {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": _chat(chat_id, kind),
        "from": _user(sender, language),
        **fields,
    }


def _text_fields(words: str) -> dict[str, Any]:
    if words.startswith("/"):
        command = words.split(" ", 1)[0]
        utf16 = len(command.encode("utf-16-le")) // 2
        return {"text": words, "entities": [{"type": "bot_command", "offset": 0, "length": utf16}]}
    return {"text": words}


def _file(kind: str) -> dict[str, Any]:
    base = {"file_id": f"{kind}-id", "file_unique_id": f"{kind}-u"}
    fields: dict[str, dict[str, Any]] = {
        "sticker": {
            "sticker": {
                **base, "width": 512, "height": 512, "is_animated": False, "is_video": False,
                "type": "regular", "emoji": "🙂",
            }
        },
        "photo": {
            "photo": [{**base, "width": 90, "height": 90}],
            "caption": "<b>look</b> & see",
        },
        "voice": {"voice": {**base, "duration": 3}},
        "document": {"document": {**base, "file_name": "../../etc/passwd"}},
        "video": {"video": {**base, "width": 1, "height": 1, "duration": 1}},
        "contact": {"contact": {"phone_number": "+15555550100", "first_name": "Mom"}},
        "dice": {"dice": {"emoji": "🎲", "value": 6}},
        "audio": {"audio": {**base, "duration": 60, "title": "<script>"}},
        "venue": {
            "venue": {
                "location": {"latitude": 40.44, "longitude": -79.99},
                "title": "Somewhere",
                "address": "1 Main St",
            },
            "location": {"latitude": 40.44, "longitude": -79.99},
        },
    }  # fmt: skip
    return fields[kind]


def _callback(
    chat_id: int, data: str, message_id: int, *, kind: str = "private", date: int | None = None
) -> dict[str, Any]:
    return {
        "id": str(next(_ids)),
        "chat_instance": f"ci{chat_id}",
        "data": data,
        "from": _user(abs(chat_id) if kind == "private" else 7),
        "message": {
            "message_id": message_id,
            "date": int(time.time()) if date is None else date,
            "chat": _chat(chat_id, kind),
            "text": "question",
        },
    }


# -- the Bot API, recorded ------------------------------------------------------------------


class ShownRequest(RecordingRequest):
    """RecordingRequest that also remembers which message ids carried which buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.buttons: list[tuple[int, int, str]] = []  # (chat id, message id, callback data)
        self.last_message: dict[int, int] = {}

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        status, body = await super().do_request(url, method, request_data)
        endpoint, params = self.calls[-1]
        if endpoint == "sendMessage":
            result = json.loads(body)["result"]
            chat_id = int(result["chat"]["id"])
            self.last_message[chat_id] = int(result["message_id"])
            for data in button_data(params):
                self.buttons.append((chat_id, int(result["message_id"]), data))
        return status, body


def button_data(params: dict[str, Any]) -> list[str]:
    rows = markup(params).get("inline_keyboard", [])
    return [str(b.get("callback_data")) for row in rows for b in row]


class ErrorRecords(logging.Handler):
    """Collects every record of level ERROR or above (the bot's on_error logs "update failed")."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(name="errors")
def errors_fixture() -> Iterator[ErrorRecords]:
    handler = ErrorRecords()
    logging.getLogger().addHandler(handler)
    yield handler
    logging.getLogger().removeHandler(handler)


# -- stored conversations ------------------------------------------------------------------


class Openings:
    """Conversations a chat may begin from, by (opening, chat), with the effects that made
    them (reminders to schedule); short in Hypothesis' reports."""

    def __init__(self, dialogue: Dialogue) -> None:
        now = datetime.now(UTC)
        self.outcomes: dict[tuple[str, int], Outcome] = {}
        for chat in (0, 1):
            outcome = dialogue.advance(None, UserInput.command("start", "zip_15217"), now)
            self.outcomes[("results", chat)] = outcome
            effects: list[Effect] = []
            for event in (
                UserInput.pick(f"save:{PROGRAMS[chat]}", step="results"),
                UserInput.command("saved"),
                UserInput.pick(f"open:{PROGRAMS[chat]}", step="saved"),
                UserInput.pick("remind", step="item"),
                UserInput.pick("in_1_hour", step="remind"),
                UserInput.pick("note", step="item"),
                UserInput.say(PRIVATE_NOTES[chat]),
            ):
                outcome = dialogue.advance(outcome.conversation, event, now)
                effects += outcome.effects
            assert outcome.conversation.saved[0].note == PRIVATE_NOTES[chat]
            assert outcome.conversation.reminders[0].status == "pending"
            self.outcomes[("saved", chat)] = Outcome(outcome.conversation, (), tuple(effects))

    def get(self, opening: str, chat: int) -> Outcome | None:
        return self.outcomes.get((opening, chat))

    def __repr__(self) -> str:
        return "Openings(new | results on screen | a saved program with a note and a reminder)"


@pytest.fixture(name="openings")
def openings_fixture(real_dialogue: Dialogue) -> Openings:
    return Openings(real_dialogue)


def assert_valid(stored: str | None) -> None:
    """A stored conversation the engine can continue: this schema, a real step, readable."""
    if stored is None:
        return  # erased with /delete, or never begun
    assert json.loads(stored)["v"] == SCHEMA_VERSION
    conversation = decode_conversation(stored)
    assert conversation.position.step in ALL_FLOWS.steps
    assert encode_conversation(conversation) == stored


def assert_sendable(params: dict[str, Any]) -> str:
    """The visible text of a sendMessage Telegram would accept; fails on anything it refuses."""
    raw = str(params["text"])
    visible = parse_html(raw)[0] if params.get("parse_mode") == "HTML" else raw
    visible = visible.strip()
    assert visible, "an empty message"
    assert len(visible) <= 4096
    rows = markup(params).get("inline_keyboard", [])
    assert sum(len(row) for row in rows) <= 100
    for row in rows:
        assert 1 <= len(row) <= 8
        for button in row:
            assert str(button["text"]).strip()
            if "url" in button:  # a link (website, map, share): only http(s), no data
                assert "callback_data" not in button
                assert urlsplit(str(button["url"])).scheme in ("http", "https"), button
                continue
            data = str(button["callback_data"])
            assert len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES
            decoded = decode_callback(data)
            assert decoded is not None, data
            assert decoded[0] in ALL_FLOWS.steps, data
    return visible


@dataclass(frozen=True)
class Arrival:
    """An update's JSON and what must come of it."""

    raw: dict[str, Any]
    chat_id: int | None  # the private chat it belongs to; None for groups, channels, no chat
    callback_id: str = ""  # a button press, which must be answered exactly once
    group_id: int | None = None  # a group message, which gets one line and no conversation
    must_answer: bool = True


class Session:
    """Two private chats talking to one Application; every update is checked as it is handled."""

    def __init__(
        self, app: App, request: ShownRequest, engine: Engine, errors: ErrorRecords
    ) -> None:
        self.app = app
        self.request = request
        self.engine = engine
        self.store = ConversationStore(engine)
        self.errors = errors
        self.chat_ids = (next(_chat_ids), next(_chat_ids))

    def key(self, chat_id: int) -> str:
        return chat_key(KEY_SECRET, chat_id)

    def stored(self, chat_id: int) -> tuple[str | None, int, list[tuple[Any, ...]]]:
        """A chat's stored conversation as stored, its version, and its reminder rows."""
        key = self.key(chat_id)
        with self.engine.connect() as connection:
            row = connection.execute(
                text("SELECT state, version FROM conversation WHERE key = :key"), {"key": key}
            ).first()
            state, version = (None, 0) if row is None else (str(row[0]), int(row[1]))
            rows = connection.execute(
                text("SELECT * FROM reminder WHERE key = :key ORDER BY reminder_id"), {"key": key}
            )
            return state, version, [tuple(row) for row in rows]

    def begin(self, chat: int, opening: Outcome | None) -> None:
        if opening is not None:
            chat_id = self.chat_ids[chat]
            self.store.update(
                self.key(chat_id),
                lambda _: (opening, None),
                address=f"tg:{chat_id}",
            )

    def build(self, act: Act) -> Arrival:
        """The update as Telegram would send it, and what must come of it."""
        chat_id = self.chat_ids[act.chat]
        group_id = -100_000 - chat_id
        if act.kind in ("text", "command"):
            said = _message(chat_id, language=act.language, **_text_fields(act.words))
            return Arrival({"message": said}, chat_id)
        if act.kind == "location":
            place = {"latitude": act.latitude, "longitude": act.longitude}
            return Arrival({"message": _message(chat_id, location=place)}, chat_id)
        if act.kind == "media":
            return Arrival({"message": _message(chat_id, **_file(act.words))}, chat_id)
        if act.kind == "edited":
            if act.number:  # a live location moving on: an answer is allowed, not required
                place = {"latitude": 40.44, "longitude": -79.99, "live_period": 900}
                moved = _message(chat_id, edit_date=int(time.time()), location=place)
                return Arrival({"edited_message": moved}, chat_id, must_answer=False)
            edited = _message(chat_id, edit_date=int(time.time()), **_text_fields(act.words))
            return Arrival({"edited_message": edited}, chat_id)
        if act.kind in ("press", "replay", "stale"):
            message_id, data = self.request.last_message.get(chat_id, 1), act.words
            if act.kind != "press" and self.request.buttons:
                # A button shown earlier, in this chat or the other one, pressed (again) here.
                shown = self.request.buttons
                _, message_id, data = shown[act.number % len(shown)]
            query = _callback(chat_id, data, message_id, date=0 if act.kind == "stale" else None)
            return Arrival({"callback_query": query}, chat_id, callback_id=str(query["id"]))
        if act.kind == "group":
            said = _message(group_id, "group", **_text_fields(act.words))
            return Arrival({"message": said}, None, group_id=group_id)
        if act.kind == "group_press":
            query = _callback(group_id, act.words, 5, kind="supergroup")
            return Arrival({"callback_query": query}, None, callback_id=str(query["id"]))
        if act.kind == "channel":
            post = _message(-100_777, "channel", text=act.words or "post")
            del post["from"]
            return Arrival({"channel_post": post}, None)
        if act.words == "inline_query":
            query = {"id": str(next(_ids)), "from": _user(chat_id), "query": "x", "offset": ""}
            return Arrival({"inline_query": query}, None)
        return Arrival({}, None)

    async def deliver(self, act: Act) -> None:
        """Process one update and check everything a person would notice."""
        arrival = self.build(act)
        raw, chat_id, callback_id = arrival.raw, arrival.chat_id, arrival.callback_id
        raw["update_id"] = next(_ids)
        before = {c: self.stored(c) for c in self.chat_ids}
        first_call, first_error = len(self.request.calls), len(self.errors.records)

        await self.app.process_update(Update.de_json(raw, self.app.bot))

        calls = self.request.calls[first_call:]
        failures = self.errors.records[first_error:]
        assert not failures, [r.getMessage() for r in failures]
        answers = [p for m, p in calls if m == "answerCallbackQuery"]
        if callback_id:
            assert [str(p["callback_query_id"]) for p in answers] == [callback_id]
        else:
            assert not answers
        sent = [(m, p) for m, p in calls if "chat_id" in p]
        if chat_id is not None:
            assert sent or not arrival.must_answer, f"no answer to {act.kind}"
            assert {int(str(p["chat_id"])) for _, p in sent} <= {chat_id}
            assert {m for m, _ in sent} <= {"sendMessage", "sendVenue", "editMessageReplyMarkup"}
        elif arrival.group_id is not None:
            ((method, params),) = sent
            assert (method, params["chat_id"]) == ("sendMessage", arrival.group_id)
            assert params["text"] == catalog_text("tg.private_only")
            assert self.store.load(self.key(arrival.group_id)) == Stored(None)
        else:
            assert not sent
        other_note = None
        if chat_id is not None:
            other_note = PRIVATE_NOTES[1 - self.chat_ids.index(chat_id)]
        for method, params in sent:
            if method == "sendMessage":
                visible = assert_sendable(params)
                assert other_note is None or other_note not in visible
            elif method == "editMessageReplyMarkup":
                assert_sendable({"text": "-", **params})
            else:
                assert 1 <= len(str(params["title"])) <= 256
        for c in self.chat_ids:
            stored, version, reminders = self.stored(c)
            assert_valid(stored)
            if c != chat_id:  # another chat's update never touches this one's data
                assert (stored, version, reminders) == before[c]
            if stored is not None:
                mine = self.chat_ids.index(c)
                assert PRIVATE_NOTES[1 - mine] not in stored


# The hazards the issue names, always tried before the random sequences.
CROSS_CHAT = [
    Act("command", 1, "/saved"),  # chat B's saved list, with B's buttons, is on screen…
    Act("command", 0, "/saved"),
    Act("replay", 0, number=0),  # …and A, at its own saved list, presses B's "open" button
    Act("press", 0, f"v1|saved|open:{GREENBRIAR}"),
    Act("press", 0, f"v1|results|details:{GREENBRIAR}"),
    Act("press", 0, f"v1|saved|open:{GATEWAY}"),
    Act("press", 0, "v1|item|note"),
    Act("press", 0, "v1|item|remove"),
    Act("command", 0, "/reminders"),
    Act("press", 0, "v1|reminders|cancel:r1"),  # A's own r1; B's r1 must stay
    Act("press", 0, "v1|reminders|cancel:r2"),
    Act("press", 0, "v1|saved|share_all"),
    Act("command", 0, "/reminder r1"),
    Act("command", 1, "/reminder r1"),  # B's own reminder, not due yet
    Act("command", 0, "/reminder"),
    Act("command", 0, "/saved 9999"),
    Act("command", 0, "/start@otherbot"),
    Act("command", 0, "/language xx"),
    Act("command", 0, "/frobnicate ../../etc"),
    Act("stale", 0, number=1),
    Act("replay", 1, number=5),
]
PHYSICAL_WORLD = [
    Act("text", 0, "x" * 5_000),
    Act("location", 0, latitude=0.0, longitude=0.0),
    Act("location", 0, latitude=-82.86, longitude=135.0),
    Act("location", 0, latitude=90.0, longitude=180.0),
    Act("location", 0, latitude=48.8566, longitude=2.3522),
    *(Act("media", 0, kind) for kind in MEDIA),
    Act("edited", 0, "hello"),
    Act("edited", 0, number=1),
    Act("group", 0, "/start"),
    Act("group_press", 0, "v1|welcome|quick"),
    Act("channel", 0, "news"),
    Act("no_chat", 0, "bare"),
    Act("no_chat", 0, "inline_query"),
    Act("command", 1, "/start " + "junk\x00<b>&" * 300),
    Act("text", 1, "\x00\x01\u202e🙂&<" * 1_000),
    Act("command", 1, "/start zip_15217"),
    Act("text", 1, "<b>" * 1_500),
    Act("replay", 1, number=4),
]

ECHOED = [  # typed, then shown again or stored: a note, an intake date, an answer, a report
    Act("press", 1, "v1|item|note"),
    Act("text", 1, "<b>bold</b> & <a href='x'>link</a> </i> <"),
    Act("press", 1, "v1|item|status"),
    Act("press", 1, "v1|status|booked"),
    Act("text", 1, "<i>Monday</i> & 10am >"),
    Act("press", 1, "v1|item|questions"),
    Act("press", 1, "v1|tracker|q:0"),
    Act("text", 1, "they said <maybe> & &amp; soon"),
    Act("press", 1, "v1|tracker|back"),
    Act("press", 1, "v1|item|report"),
    Act("press", 1, "v1|report|other"),
    Act("text", 1, "wrong number \x00 <b>&</b>"),  # NUL: PostgreSQL refuses it in a column
    Act("press", 1, "v1|item|share"),
    Act("replay", 0, number=3),
]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    opening=st.tuples(beginnings, beginnings),
    sequence=st.lists(acts, min_size=2, max_size=14),
)
@example(opening=("saved", "saved"), sequence=CROSS_CHAT)
@example(opening=("new", "new"), sequence=PHYSICAL_WORLD)
@example(opening=("new", "saved"), sequence=ECHOED)
async def test_any_sequence_of_hostile_updates_is_answered_in_its_own_chat_only(
    bot: TelegramBot,
    engine: Engine,
    errors: ErrorRecords,
    openings: Openings,
    opening: tuple[str, str],
    sequence: list[Act],
) -> None:
    request = ShownRequest()
    app = bot.application("1:offline", polling=False, request=request)
    async with app:
        session = Session(app, request, engine, errors)
        for chat, how in enumerate(opening):
            session.begin(chat, openings.get(how, chat))
        for act in sequence:
            await session.deliver(act)


# -- the webhook's secret -------------------------------------------------------------------

WEBHOOK_SECRET = "s3cret-Token_1"
WEBHOOK_CHAT = 62_000_001


@pytest.fixture(name="webhook")
async def webhook_fixture(bot: TelegramBot) -> AsyncIterator[tuple[str, ShownRequest]]:
    """A webhook worker on loopback over the offline Bot API: its URL and the recorded calls."""
    request = ShownRequest()
    app = bot.application("1:offline", polling=False, request=request)
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    stop = asyncio.Event()
    worker = asyncio.create_task(
        serve(
            app,
            listen="127.0.0.1",
            port=port,
            path="telegram",
            secret=WEBHOOK_SECRET,
            public_url=url,
            set_webhook=False,
            stop=stop,
        )
    )
    async with httpx.AsyncClient() as client:
        for _ in range(500):
            try:
                if (await client.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                    break
            except httpx.TransportError:
                await asyncio.sleep(0.01)
    try:
        yield url, request
    finally:
        stop.set()
        await worker


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {SECRET_HEADER: ""},
        {SECRET_HEADER: "guess"},
        {SECRET_HEADER: WEBHOOK_SECRET[:-1]},
        {SECRET_HEADER: WEBHOOK_SECRET + "x"},
        {SECRET_HEADER: WEBHOOK_SECRET.upper()},
        {"X-Telegram-Bot-Api-Secret": WEBHOOK_SECRET},
    ],
    ids=["none", "empty", "wrong", "prefix", "longer", "upper-case", "other-header"],
)
async def test_a_webhook_update_without_the_secret_is_refused_and_nothing_happens(
    webhook: tuple[str, ShownRequest], engine: Engine, headers: dict[str, str]
) -> None:
    url, request = webhook
    start = {
        "update_id": next(_ids),
        "message": _message(WEBHOOK_CHAT, **_text_fields("/start")),
    }

    async with httpx.AsyncClient() as client:
        calls_before = len(request.calls)
        refused = await client.post(url, json=start, headers=headers)
        calls_after_refusal = [method for method, _ in request.calls[calls_before:]]
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT count(*) FROM conversation")).scalar_one()
        accepted = await client.post(url, json=start, headers={SECRET_HEADER: WEBHOOK_SECRET})

    assert refused.status_code == 403
    assert calls_after_refusal == []  # no reply was sent…
    assert stored == 0  # …and no conversation begun
    assert accepted.status_code == 200  # the very same update, with the secret, is handled
    assert "intensive outpatient program" in request.sent()[-1]["text"]


# -- the token ------------------------------------------------------------------------------

SECRET_PART = TEST_TOKEN.split(":", 1)[1]


def closed_port_url() -> str:
    """A Bot API base URL where nothing listens: every request fails to connect."""
    return f"http://127.0.0.1:{free_port()}/bot"


def assert_no_token_in(error: BaseException) -> None:
    """Neither the error nor anything it was raised from names the token."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        for shown in (str(current), repr(current), *map(str, current.args)):
            assert SECRET_PART not in shown, type(current).__name__
        pending += [current.__cause__, current.__context__]
    assert SECRET_PART not in "".join(traceback.format_exception(error))


@pytest.fixture(name="production_logging")
def production_logging_fixture(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Records from INFO up, the HTTP loggers quietened as `iop-bot` does at start.

    `iop-bot` logs from WARNING up; INFO is stricter. (DEBUG is never on: there
    python-telegram-bot prints the Bot API's URL, token included, and every message text.)
    """
    names = ("httpx", "httpcore", "telegram.request")
    levels = {name: logging.getLogger(name).level for name in names}
    caplog.set_level(logging.INFO)
    quiet_http_logs()
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


@pytest.mark.usefixtures("production_logging")
@pytest.mark.parametrize("fault", ["500", "drop"])
async def test_when_sending_fails_the_token_is_in_no_log_and_no_error(
    fake: FakeBotApi,
    real_dialogue: Dialogue,
    engine: Engine,
    caplog: pytest.LogCaptureFixture,
    fault: str,
) -> None:
    bot = a_telegram_bot(
        real_dialogue, engine, key_secret=KEY_SECRET, send_attempts=2, backoff=0.01
    )
    app = bot.application(TEST_TOKEN, base_url=fake.base_url, polling=True)
    fake.fail_next("sendMessage", fault, count=100)  # type: ignore[arg-type]
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        fake.user_command(WEBHOOK_CHAT, "/start")

        def gave_up() -> bool:
            return any("could not apologise" in r.getMessage() for r in caplog.records)

        await fake.wait_for_async(gave_up, timeout=20)
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()

    errors = [r.exc_info[1] for r in caplog.records if r.exc_info and r.exc_info[1]]
    assert errors  # the failure was logged with its traceback
    for error in errors:
        assert_no_token_in(error)
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in caplog.records:
        assert SECRET_PART not in formatter.format(record)


@pytest.mark.usefixtures("production_logging")
async def test_when_the_bot_api_is_unreachable_the_error_does_not_name_the_token(
    bot: TelegramBot, caplog: pytest.LogCaptureFixture
) -> None:
    app = bot.application(TEST_TOKEN, base_url=closed_port_url(), polling=False)

    with pytest.raises(NetworkError) as raised:
        await app.initialize()

    assert_no_token_in(raised.value)
    assert all(SECRET_PART not in logging.Formatter().format(r) for r in caplog.records)


@pytest.mark.usefixtures("production_logging")
@pytest.mark.parametrize("where", ["unreachable", "rejected"])
def test_the_start_up_check_names_the_problem_but_never_the_token(
    caplog: pytest.LogCaptureFixture, where: str
) -> None:
    token = TEST_TOKEN if where == "unreachable" else TEST_TOKEN.replace("fake", "fako")
    with FakeBotApi(TEST_TOKEN) as fake:  # it answers 401 to any other token
        base_url = closed_port_url() if where == "unreachable" else fake.base_url
        config = load_settings(
            {
                "IOP_DATA_DIR": "data",
                "DATABASE_URL": "sqlite://",
                "TELEGRAM_BOT_TOKEN": token,
                "TELEGRAM_API_BASE_URL": base_url,
            }
        )

        problem = check_token(config)

    expected = "Could not reach" if where == "unreachable" else "Telegram rejected the token"
    assert problem.startswith(expected)
    secret = token.split(":", 1)[1]
    assert secret not in problem
    assert all(secret not in logging.Formatter().format(r) for r in caplog.records)


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[1]", b'"text"', b"42", b"null", b'{"update_id": "x"}', b"\xff\xfe"],
    ids=["broken", "list", "string", "number", "null", "bad-field", "not-utf8"],
)
async def test_a_webhook_body_that_is_not_an_update_is_a_bad_request_and_the_worker_goes_on(
    webhook: tuple[str, ShownRequest], body: bytes
) -> None:
    url, request = webhook
    start = {
        "update_id": next(_ids),
        "message": _message(WEBHOOK_CHAT, **_text_fields("/start")),
    }
    headers = {SECRET_HEADER: WEBHOOK_SECRET, "Content-Type": "application/json"}

    async with httpx.AsyncClient() as client:
        refused = await client.post(url, content=body, headers=headers)
        accepted = await client.post(url, json=start, headers={SECRET_HEADER: WEBHOOK_SECRET})

    assert (refused.status_code, refused.text) == (400, "bad update")
    assert accepted.status_code == 200
    assert "intensive outpatient program" in request.sent()[-1]["text"]

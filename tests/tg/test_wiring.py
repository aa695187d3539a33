"""The adapter's wiring, offline: updates through Application.process_update, a recorded Bot API.

Fast tests for what the Telegram side does with each kind of update; the full conversations
over a real HTTP fake of the Bot API are in test_conversations.py.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import Engine, text
from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.tg.app import App, TelegramBot
from bot.tg.profile import commands, description, short_description

CHAT = 4242


class RecordingRequest(BaseRequest):
    """Answers every Bot API call locally and records (method, parameters)."""

    def __init__(self, refuse: frozenset[str] | set[str] = frozenset()) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self._message_id = 100
        self._refuse = refuse  # methods answered as Telegram refuses them

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float:
        return 1.0

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
        endpoint = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append((endpoint, params))
        if endpoint in self._refuse:
            refusal = {"ok": False, "error_code": 400, "description": "Bad Request: refused"}
            return 400, json.dumps(refusal).encode()
        result: Any = True
        if endpoint == "getMe":
            result = {"id": 1, "is_bot": True, "first_name": "IOP", "username": "iop_bot"}
        elif endpoint in ("sendMessage", "sendVenue", "sendLocation"):
            self._message_id += 1
            result = {
                "message_id": self._message_id,
                "date": int(time.time()),
                "chat": {"id": int(str(params["chat_id"])), "type": "private"},
                "text": params.get("text", ""),
            }
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [p for m, p in self.calls if m == method]


@pytest.fixture(name="request_log")
def request_log_fixture() -> RecordingRequest:
    return RecordingRequest()


@pytest.fixture(name="app")
async def app_fixture(bot: TelegramBot, request_log: RecordingRequest) -> AsyncIterator[App]:
    app = _offline_app(bot, request_log)
    async with app:
        yield app


def _offline_app(bot: TelegramBot, request_log: RecordingRequest) -> App:
    return bot.application("1:offline", polling=False, request=request_log)


_update_ids = iter(range(1, 1_000_000))


def message(chat_id: int = CHAT, chat_type: str = "private", **fields: Any) -> dict[str, Any]:
    return {
        "update_id": next(_update_ids),
        "message": {
            "message_id": next(_update_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type},
            "from": {"id": 7, "is_bot": False, "first_name": "Test"},
            **fields,
        },
    }


def typed(words: str, chat_id: int = CHAT) -> dict[str, Any]:
    if words.startswith("/"):
        command = words.split(" ", 1)[0]
        entity = {"type": "bot_command", "offset": 0, "length": len(command)}
        return message(chat_id, text=words, entities=[entity])
    return message(chat_id, text=words)


def pressed(data: str, message_id: int, chat_id: int = CHAT) -> dict[str, Any]:
    return {
        "update_id": next(_update_ids),
        "callback_query": {
            "id": str(next(_update_ids)),
            "chat_instance": "ci",
            "data": data,
            "from": {"id": 7, "is_bot": False, "first_name": "Test"},
            "message": {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"},
                "text": "question",
                # Telegram sends the message as it is, with the button that was pressed.
                "reply_markup": {
                    "inline_keyboard": [[{"text": "A button", "callback_data": data}]]
                },
            },
        },
    }


async def send(app: App, raw: dict[str, Any]) -> None:
    await app.process_update(Update.de_json(raw, app.bot))


def markup(params: dict[str, Any]) -> dict[str, Any]:
    raw = params.get("reply_markup")
    if raw is None:
        return {}
    return raw if isinstance(raw, dict) else json.loads(raw)


def button_data(params: dict[str, Any]) -> list[str]:
    rows = markup(params).get("inline_keyboard", [])
    return [b["callback_data"] for row in rows for b in row]


async def test_start_sends_the_welcome_with_buttons(
    app: App, request_log: RecordingRequest
) -> None:
    await send(app, typed("/start"))

    sent = request_log.sent()
    assert len(sent) == 1
    assert "intensive outpatient program" in sent[0]["text"]
    assert sent[0]["parse_mode"] == "HTML"
    assert button_data(sent[0]) == [
        "v1|welcome|guided",
        "v1|welcome|quick",
        "v1|welcome|crisis",
        "v1|welcome|speak:es",
    ]


async def test_the_command_menu_is_registered_at_startup(
    app: App, bot: TelegramBot, request_log: RecordingRequest
) -> None:
    await bot.on_startup(app)

    english, spanish = request_log.sent("setMyCommands")
    names = [c["command"] for c in english["commands"]]
    assert names == [
        "start", "saved", "reminders", "help", "back", "restart", "crisis", "about",
        "privacy", "language", "delete",
    ]  # fmt: skip
    assert "language_code" not in english
    assert spanish["language_code"] == "es"
    assert spanish["commands"][0]["description"] != english["commands"][0]["description"]


async def test_the_descriptions_are_set_at_startup_in_english_and_spanish(
    app: App, bot: TelegramBot, request_log: RecordingRequest
) -> None:
    await bot.on_startup(app)

    for method in ("setMyDescription", "setMyShortDescription", "setMyCommands"):
        english, spanish = request_log.sent(method)
        assert "language_code" not in english  # the default: anyone not in Spanish
        assert spanish["language_code"] == "es"
    english, spanish = request_log.sent("setMyDescription")
    assert "intensive outpatient program" in english["description"]
    assert "programa ambulatorio intensivo" in spanish["description"]
    english, spanish = request_log.sent("setMyShortDescription")
    assert english["short_description"] != spanish["short_description"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_profile_texts_fit_telegrams_limits(language: str) -> None:
    assert 0 < len(description(language)) <= 512
    assert 0 < len(short_description(language)) <= 120
    assert all(1 <= len(c.description) <= 256 for c in commands(language))


async def test_a_refused_profile_is_logged_and_the_bot_starts_anyway(
    bot: TelegramBot, caplog: pytest.LogCaptureFixture
) -> None:
    refusing = RecordingRequest(refuse={"setMyDescription", "setMyShortDescription"})
    app = _offline_app(bot, refusing)
    async with app:
        with caplog.at_level(logging.WARNING, logger="bot.tg.profile"):
            await bot.on_startup(app)
        await send(app, typed("/start"))

    assert len(refusing.sent("setMyCommands")) == 2
    assert sum("could not be set" in r.getMessage() for r in caplog.records) == 4
    assert "intensive outpatient program" in refusing.sent()[-1]["text"]


async def test_refused_edits_do_not_hold_up_the_reply(bot: TelegramBot) -> None:
    refusing = RecordingRequest(refuse={"editMessageText", "editMessageReplyMarkup"})
    app = _offline_app(bot, refusing)
    async with app:
        await send(app, typed("/start"))
        await send(app, pressed("v1|welcome|guided", 101))
        await send(app, typed("for me"))

    edits = [m for m, _ in refusing.calls if m.startswith("editMessage")]
    # The pressed message: the choice under it, then only its buttons off; then the question
    # answered by typing: its buttons off. Every one refused, every reply sent.
    assert edits == ["editMessageText", "editMessageReplyMarkup", "editMessageReplyMarkup"]
    assert "Who are you looking for help for?" in refusing.sent()[1]["text"]
    assert len(refusing.sent()) == 3  # each answer got its reply


async def test_a_pressed_button_is_answered_and_advances(
    app: App, request_log: RecordingRequest
) -> None:
    await send(app, typed("/start"))

    await send(app, pressed("v1|welcome|quick", 101))

    assert len(request_log.sent("answerCallbackQuery")) == 1
    assert "Where should I look?" in request_log.sent()[-2]["text"]
    share = markup(request_log.sent()[-1])
    assert share["keyboard"][0][0]["request_location"] is True


async def test_ticking_a_multi_select_option_edits_the_keyboard_in_place(
    app: App, request_log: RecordingRequest
) -> None:
    for step in ("/start", "1", "for me", "no"):
        await send(app, typed(step))
    sent_before = len(request_log.sent())

    await send(app, pressed("v1|substances|alcohol", 150))

    assert len(request_log.sent()) == sent_before
    (edit,) = [e for e in request_log.sent("editMessageReplyMarkup") if e["message_id"] == 150]
    labels = [b["text"] for row in markup(edit)["inline_keyboard"] for b in row]
    assert "✅ Alcohol" in labels


@pytest.mark.parametrize(
    "fields",
    [
        {
            "sticker": {
                "file_id": "s",
                "file_unique_id": "u",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
            }
        },
        {"photo": [{"file_id": "p", "file_unique_id": "u", "width": 1, "height": 1}]},
        {"voice": {"file_id": "v", "file_unique_id": "u", "duration": 1}},
        {"document": {"file_id": "d", "file_unique_id": "u"}},
    ],
    ids=["sticker", "photo", "voice", "document"],
)
async def test_media_gets_a_polite_answer_and_the_question_again(
    app: App, request_log: RecordingRequest, fields: dict[str, Any]
) -> None:
    await send(app, typed("/start"))

    await send(app, message(**fields))

    last = request_log.sent()[-1]
    assert "only read text" in last["text"]
    assert button_data(last)[0] == "v1|welcome|guided"


async def test_an_edited_message_is_not_taken_as_an_answer(
    app: App, request_log: RecordingRequest
) -> None:
    await send(app, typed("/start"))
    raw = typed("for me")
    raw["edited_message"] = raw.pop("message")

    await send(app, raw)

    assert "only read text" in request_log.sent()[-1]["text"]


async def test_messages_in_groups_get_one_line_and_no_conversation(
    app: App, request_log: RecordingRequest, engine: Engine
) -> None:
    await send(app, message(chat_id=-100, chat_type="group", text="hello"))

    (only,) = request_log.sent()
    assert "private" in only["text"]
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM conversation")).scalar() == 0


async def test_a_forged_button_is_answered_and_the_question_shown_again(
    app: App, request_log: RecordingRequest
) -> None:
    await send(app, typed("/start"))

    await send(app, pressed("v9|../../etc|passwd", 101))

    assert len(request_log.sent("answerCallbackQuery")) == 1
    assert button_data(request_log.sent()[-1])[0] == "v1|welcome|guided"


async def test_a_button_from_an_old_question_says_the_conversation_moved_on(
    app: App, request_log: RecordingRequest
) -> None:
    for step in ("/start", "1", "for me"):
        await send(app, typed(step))

    await send(app, pressed("v1|for_whom|other", 102))

    last = request_log.sent()[-1]
    assert "earlier question" in last["text"]
    assert "v1|safety|none" in button_data(last)


async def test_stored_state_names_no_telegram_chat_id(app: App, engine: Engine) -> None:
    await send(app, typed("/start"))

    with engine.connect() as connection:
        keys = [row[0] for row in connection.execute(text("SELECT key FROM conversation"))]
    assert len(keys) == 1
    assert str(CHAT) not in keys[0]


async def test_the_conversation_continues_in_a_new_application_on_the_same_database(
    bot: TelegramBot, request_log: RecordingRequest
) -> None:
    first = _offline_app(bot, request_log)
    async with first:
        await send(first, typed("/start"))
        await send(first, typed("1"))
    second_log = RecordingRequest()
    second = _offline_app(bot, second_log)
    async with second:
        await send(second, typed("for me"))

    assert "in danger right now" in second_log.sent()[-1]["text"]


async def test_when_the_database_fails_the_person_is_asked_to_try_again(
    app: App, bot: TelegramBot, request_log: RecordingRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("database is down")

    monkeypatch.setattr(bot.service.store, "update", broken)

    await send(app, typed("/start"))

    assert "try again in a moment" in request_log.sent()[-1]["text"]


async def test_a_person_whose_telegram_is_in_spanish_is_welcomed_in_spanish(
    app: App, request_log: RecordingRequest
) -> None:
    raw = typed("/start")
    raw["message"]["from"]["language_code"] = "es-MX"

    await send(app, raw)

    assert request_log.sent()[-1]["text"].startswith("Hola.")


async def test_blocking_or_restarting_the_bot_gets_no_answer_and_stores_nothing(
    app: App, engine: Engine, request_log: RecordingRequest
) -> None:
    member = {"id": 7, "is_bot": False, "first_name": "Test"}
    for old, new in (("member", "kicked"), ("kicked", "member")):
        await send(
            app,
            {
                "update_id": next(_update_ids),
                "my_chat_member": {
                    "chat": {"id": CHAT, "type": "private"},
                    "from": member,
                    "date": int(time.time()),
                    "old_chat_member": {"status": old, "user": member, "until_date": 0},
                    "new_chat_member": {"status": new, "user": member, "until_date": 0},
                },
            },
        )

    assert [method for method, _ in request_log.calls if method != "getMe"] == []
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM conversation")).scalar() == 0


async def test_a_live_location_moving_is_not_answered_every_few_seconds(
    app: App, request_log: RecordingRequest
) -> None:
    for words in ("/start", "2"):
        await send(app, typed(words))
    shared = message(location={"latitude": 40.44, "longitude": -79.99, "live_period": 900})
    await send(app, shared)
    answered = len(request_log.calls)

    for step in range(3):
        moved = dict(shared)
        moved["update_id"] = next(_update_ids)
        moved["edited_message"] = {
            **shared["message"],
            "edit_date": int(time.time()) + step,
            "location": {"latitude": 40.44 + step / 1000, "longitude": -79.99},
        }
        del moved["message"]
        await send(app, moved)

    assert any(m["text"].startswith("IOPs within") for m in request_log.sent())
    assert len(request_log.calls) == answered


async def test_typing_the_schedulers_own_commands_is_an_unknown_command(
    app: App, request_log: RecordingRequest
) -> None:
    await send(app, typed("/start"))

    for command in ("/reminder r1", "/sorry", "/repeat", "/non_text"):
        before = len(request_log.sent())
        await send(app, typed(command))
        answer = " ".join(m["text"] for m in request_log.sent()[before:])
        assert "I don't know that command" in answer, command


async def test_metrics_count_updates_latency_and_searches_with_no_one_in_them(
    app: App, bot: TelegramBot
) -> None:
    for words in ("/start", "2", "15222", "2", "99501"):
        await send(app, typed(words))

    exposed = bot.metrics.exposition().decode()
    assert 'iop_updates_total{kind="command"} 1.0' in exposed
    assert 'iop_updates_total{kind="text"} 4.0' in exposed
    assert "iop_update_reply_seconds_count 5.0" in exposed
    assert 'iop_searches_total{level="iop"}' in exposed
    assert "15222" not in exposed  # by state and level of care, never finer
    assert str(CHAT) not in exposed

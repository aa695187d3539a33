"""The fake Bot API: a real PTB Bot meets Telegram's rules, scripted users and injected faults."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.error import BadRequest, Conflict, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from tests.tg.fakeapi import (
    TEST_TOKEN,
    Button,
    FakeBotApi,
    Violation,
    fake_api_fixture,
    loopback_request,
)

CHAT = 4242
GROUP = -100200

# Most tests here provoke violations on purpose, so teardown does not fail on them.
api_fixture = fake_api_fixture(name="api", strict=False, webhook_retry_delay=0.05)


@pytest.fixture(name="bot")
async def bot_fixture(api: FakeBotApi) -> AsyncIterator[Bot]:
    bot = Bot(
        TEST_TOKEN,
        base_url=api.base_url,
        base_file_url=api.base_file_url,
        request=loopback_request(),
        get_updates_request=loopback_request(),
    )
    async with bot:
        yield bot


def call(api: FakeBotApi, method: str, token: str = TEST_TOKEN, **params: Any) -> tuple[int, Any]:
    """One raw Bot API request, form-encoded with JSON inside like PTB sends it."""
    form = {key: v if isinstance(v, str) else json.dumps(v) for key, v in params.items()}
    # Plain HTTP on loopback: no proxy from the environment, no CA bundle to load.
    with httpx.Client(trust_env=False, verify=False) as client:
        response = client.post(f"{api.base_url}{token}/{method}", data=form, timeout=10)
    return response.status_code, response.json()


def keyboard(*labels_and_data: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(t, callback_data=d)] for t, d in labels_and_data]
    )


class WebhookReceiver:
    """A tiny loopback web server: records pushed updates, answers scripted statuses."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.received: list[tuple[str | None, dict[str, Any], int]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                secret = self.headers.get("X-Telegram-Bot-Api-Secret-Token")
                receiver.received.append((secret, body, status))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(name="receiver")
def receiver_fixture(request: pytest.FixtureRequest) -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver(list(getattr(request, "param", [])))
    yield receiver
    receiver.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- sending and the chat as the user sees it ------------------------------------------------


async def test_a_sent_message_is_recorded_and_shown_as_the_user_sees_it(
    api: FakeBotApi, bot: Bot
) -> None:
    api.user_text(CHAT, "hi")

    sent = await bot.send_message(
        CHAT,
        "<b>Three</b> programs &amp; more",
        parse_mode="HTML",
        reply_markup=keyboard(("Yes", "v1:yes")),
    )

    assert sent.text == "Three programs & more"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [("bold", 0, 5)]
    [action] = api.sent(CHAT)
    assert (action.method, action.message_id, action.text) == (
        "sendMessage",
        sent.message_id,
        "Three programs & more",
    )
    assert action.reply_markup == {
        "inline_keyboard": [[{"text": "Yes", "callback_data": "v1:yes"}]]
    }
    assert [m.text for m in api.messages(CHAT)] == ["Three programs & more"]
    last = api.last_keyboard(CHAT)
    assert last is not None
    assert (last.message_id, last.buttons) == (sent.message_id, [Button("Yes", "v1:yes")])
    assert api.violations == []


async def test_a_chat_no_user_wrote_from_is_not_found(api: FakeBotApi, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(CHAT, "hello?")

    assert [v.description for v in api.violations] == ["Bad Request: chat not found"]


async def test_text_over_4096_visible_characters_is_refused_and_recorded(
    api: FakeBotApi, bot: Bot
) -> None:
    api.user_text(CHAT, "hi")

    # 4096 visible characters, though the HTML source is four times as long.
    await bot.send_message(CHAT, "&lt;" * 4096, parse_mode="HTML")
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(CHAT, "x" * 4097)

    assert [(v.method, v.error_code) for v in api.violations] == [("sendMessage", 400)]
    assert len(api.messages(CHAT)) == 1


async def test_whitespace_only_text_is_refused_as_empty(api: FakeBotApi, bot: Bot) -> None:
    api.user_text(CHAT, "hi")

    with pytest.raises(BadRequest, match="text is empty"):
        await bot.send_message(CHAT, "<b> </b>\n", parse_mode="HTML")


BAD_HTML = [
    ("<b>bold", "unclosed tag"),
    ("a < b", "bare less-than"),
    ("2 > 1", "bare greater-than"),
    ("fish & chips", "bare ampersand"),
    ("&nbsp;", "named entity Telegram lacks"),
    ("<b><i>x</b></i>", "crossed tags"),
    ("</b>", "stray end tag"),
    ("<div>x</div>", "unsupported tag"),
    ("line<br/>break", "self-closing tag"),
    ("<span>x</span>", "span without the spoiler class"),
    ("<code><b>x</b></code>", "tag inside code"),
    ("<blockquote><blockquote>x</blockquote></blockquote>", "nested blockquote"),
]


@pytest.mark.parametrize(("html", "reason"), BAD_HTML, ids=[r for _, r in BAD_HTML])
def test_html_telegram_cannot_parse_is_refused(api: FakeBotApi, html: str, reason: str) -> None:
    api.user_text(CHAT, "hi")

    status, body = call(api, "sendMessage", chat_id=CHAT, text=html, parse_mode="HTML")

    assert status == 400, reason
    assert body["description"].startswith("Bad Request: can't parse entities:")
    assert [v.method for v in api.violations] == ["sendMessage"]
    assert api.messages(CHAT) == []


GOOD_HTML = [
    ("<b>a</b> <strong>b</strong> <i>c</i> <u>d</u> <s>e</s> <del>f</del>", "a b c d e f"),
    ('<a href="https://example.org/?a=1&b=2">site</a>', "site"),
    ('<pre><code class="language-python">x = 1</code></pre>', "x = 1"),
    ('<span class="tg-spoiler">s</span> <tg-spoiler>t</tg-spoiler>', "s t"),
    ("<blockquote expandable>quote</blockquote>", "quote"),
    ("<b>bold <i>and italic</i></b>", "bold and italic"),
    ("&#128512; &#x1F600; &quot;&amp;&lt;&gt;", '😀 😀 "&<>'),
]


@pytest.mark.parametrize(("html", "visible"), GOOD_HTML, ids=[v for _, v in GOOD_HTML])
def test_well_formed_telegram_html_is_accepted_as_its_visible_text(
    api: FakeBotApi, html: str, visible: str
) -> None:
    api.user_text(CHAT, "hi")

    status, body = call(api, "sendMessage", chat_id=CHAT, text=html, parse_mode="HTML")

    assert (status, body["result"]["text"]) == (200, visible)
    assert api.violations == []


def test_html_entities_get_utf16_offsets_like_telegram(api: FakeBotApi) -> None:
    api.user_text(CHAT, "hi")

    _, body = call(
        api, "sendMessage", chat_id=CHAT, text='😀 <a href="tg://x">go</a>', parse_mode="HTML"
    )

    # The emoji is two UTF-16 code units, so the link starts at 3.
    assert body["result"]["entities"] == [
        {"type": "text_link", "offset": 3, "length": 2, "url": "tg://x"}
    ]


# --- reply markup ---------------------------------------------------------------------------


async def test_callback_data_over_64_bytes_is_refused_but_64_are_accepted(
    api: FakeBotApi, bot: Bot
) -> None:
    api.user_text(CHAT, "hi")
    sixty_four_bytes = "é" * 32  # 32 characters, 64 bytes in UTF-8

    await bot.send_message(CHAT, "pick", reply_markup=keyboard(("A", sixty_four_bytes)))
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(CHAT, "pick", reply_markup=keyboard(("A", sixty_four_bytes + "a")))

    assert len(api.messages(CHAT)) == 1
    assert len(api.violations) == 1


def _rows_of(count: int, per_row: int) -> list[list[dict[str, str]]]:
    buttons = [{"text": f"b{i}", "callback_data": f"d{i}"} for i in range(count)]
    return [buttons[i : i + per_row] for i in range(0, count, per_row)]


BAD_MARKUP: list[tuple[Any, str]] = [
    ({"inline_keyboard": _rows_of(101, 8)}, "101 buttons"),
    ({"inline_keyboard": _rows_of(9, 9)}, "9 in a row"),
    ({"inline_keyboard": [[{"text": "x"}]]}, "button without an action"),
    ({"inline_keyboard": [[{"text": "", "callback_data": "d"}]]}, "empty button text"),
    ({"inline_keyboard": [[{"text": "x", "callback_data": "d", "url": "https://a.org"}]]}, "two"),
    ({"inline_keyboard": [[{"text": "x", "url": "javascript:alert(1)"}]]}, "bad url"),
    ({"inline_keyboard": [{"text": "x", "callback_data": "d"}]}, "row is not a list"),
    ({"keyboard": [[{"text": ""}]]}, "empty reply button"),
    ({"remove_keyboard": False}, "remove_keyboard false"),
    ({"sticker_keyboard": []}, "unknown markup"),
    ("{not json", "not json"),
]


@pytest.mark.parametrize(("markup", "reason"), BAD_MARKUP, ids=[r for _, r in BAD_MARKUP])
def test_reply_markup_breaking_telegram_rules_is_refused(
    api: FakeBotApi, markup: Any, reason: str
) -> None:
    api.user_text(CHAT, "hi")

    status, _ = call(api, "sendMessage", chat_id=CHAT, text="pick", reply_markup=markup)

    assert status == 400, reason
    assert len(api.violations) == 1


async def test_a_reply_keyboard_asking_for_location_shows_until_removed(
    api: FakeBotApi, bot: Bot
) -> None:
    api.user_text(CHAT, "hi")
    share = ReplyKeyboardMarkup(
        [[KeyboardButton("Share location", request_location=True)], ["Type a ZIP"]],
        one_time_keyboard=True,
    )

    await bot.send_message(CHAT, "Where are you?", reply_markup=share)
    shown = api.reply_keyboard(CHAT)
    await bot.send_message(CHAT, "Thanks", reply_markup=ReplyKeyboardRemove())

    assert shown == [
        [{"text": "Share location", "request_location": True}],
        [{"text": "Type a ZIP"}],
    ]
    assert api.reply_keyboard(CHAT) is None
    assert api.violations == []


# --- edits, deletions, callbacks --------------------------------------------------------------


async def test_editing_a_message_the_bot_never_sent_is_refused(api: FakeBotApi, bot: Bot) -> None:
    user_message = api.user_text(CHAT, "hi")["message"]["message_id"]

    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("new", chat_id=CHAT, message_id=999)
    with pytest.raises(BadRequest, match="can't be edited"):
        await bot.edit_message_text("new", chat_id=CHAT, message_id=user_message)

    assert [v.method for v in api.violations] == ["editMessageText", "editMessageText"]


async def test_an_edit_to_identical_content_is_refused_as_not_modified(
    api: FakeBotApi, bot: Bot
) -> None:
    api.user_text(CHAT, "hi")
    buttons = keyboard(("More", "more"))
    sent = await bot.send_message(CHAT, "Results", reply_markup=buttons)

    with pytest.raises(BadRequest, match="Message is not modified"):
        await sent.edit_text("Results", reply_markup=buttons)
    # Same text without reply_markup is a change: Telegram drops the keyboard.
    await sent.edit_text("Results")

    [shown] = api.messages(CHAT)
    assert (shown.text, shown.buttons, shown.edited) == ("Results", [], True)
    assert len(api.violations) == 1


async def test_deleted_messages_leave_the_chat_and_cannot_be_deleted_twice(
    api: FakeBotApi, bot: Bot
) -> None:
    api.user_text(CHAT, "hi")
    first = await bot.send_message(CHAT, "one")
    await bot.send_message(CHAT, "two")

    await first.delete()
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await first.delete()

    assert [m.text for m in api.messages(CHAT)] == ["two"]
    assert [a.method for a in api.sent(CHAT)] == ["sendMessage", "sendMessage", "deleteMessage"]


async def test_a_pressed_button_arrives_as_a_callback_the_bot_answers_once(
    api: FakeBotApi, bot: Bot
) -> None:
    api.user_text(CHAT, "hi")
    sent = await bot.send_message(CHAT, "Detox?", reply_markup=keyboard(("Yes", "detox:yes")))

    callback_id = api.user_press_button(CHAT, "Yes")
    updates = await bot.get_updates(timeout=0)
    query = updates[-1].callback_query
    assert query is not None
    assert query.message is not None
    assert (query.id, query.data, query.message.message_id) == (
        callback_id,
        "detox:yes",
        sent.message_id,
    )
    assert api.unanswered_callbacks() == [callback_id]
    await query.answer("Noted")
    with pytest.raises(BadRequest, match="Query is too old"):
        await query.answer()

    assert api.unanswered_callbacks() == []
    assert (api.callback_answer(callback_id) or {}).get("text") == "Noted"
    assert [a.method for a in api.sent(CHAT)][-1] == "answerCallbackQuery"


def test_a_callback_answer_over_200_characters_is_refused(api: FakeBotApi) -> None:
    api.user_text(CHAT, "hi")
    _, body = call(
        api, "sendMessage", chat_id=CHAT, text="?", reply_markup=keyboard(("A", "a")).to_dict()
    )
    callback_id = api.user_press(CHAT, body["result"]["message_id"], "a")

    status, _ = call(api, "answerCallbackQuery", callback_query_id=callback_id, text="x" * 201)

    assert status == 400
    assert api.unanswered_callbacks() == [callback_id]


def test_a_user_can_only_press_a_button_that_is_shown(api: FakeBotApi) -> None:
    api.user_text(CHAT, "hi")
    _, body = call(
        api, "sendMessage", chat_id=CHAT, text="?", reply_markup=keyboard(("A", "a")).to_dict()
    )

    with pytest.raises(AssertionError, match="no button with callback_data 'b'"):
        api.user_press(CHAT, body["result"]["message_id"], "b")


# --- locations, commands, unknown methods, tokens ----------------------------------------------


async def test_locations_outside_the_globe_and_venues_without_address_are_refused(
    api: FakeBotApi, bot: Bot
) -> None:
    api.user_text(CHAT, "hi")

    await bot.send_location(CHAT, latitude=40.44, longitude=-79.99)
    await bot.send_venue(
        CHAT, latitude=40.44, longitude=-79.99, title="Clinic", address="1 Main St"
    )
    with pytest.raises(BadRequest, match="Latitude"):
        await bot.send_location(CHAT, latitude=91, longitude=0)
    status, body = call(
        api, "sendVenue", chat_id=CHAT, latitude=1, longitude=1, title="Clinic", address=""
    )

    assert (status, body["description"]) == (400, "Bad Request: venue address is empty")
    assert [m.kind for m in api.messages(CHAT)] == ["location", "venue"]
    assert len(api.violations) == 2


async def test_the_command_menu_round_trips_and_refuses_bad_command_names(
    api: FakeBotApi, bot: Bot
) -> None:
    await bot.set_my_commands([("start", "Begin"), ("help", "How it works")])
    await bot.set_my_commands([("start", "Empezar")], language_code="es")
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([("Start", "Begin")])

    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert [c.description for c in await bot.get_my_commands(language_code="es")] == ["Empezar"]
    assert len(api.violations) == 1


async def test_chat_actions_are_recorded_and_unknown_actions_refused(
    api: FakeBotApi, bot: Bot
) -> None:
    api.user_text(CHAT, "hi")

    await bot.send_chat_action(CHAT, "typing")
    status, _ = call(api, "sendChatAction", chat_id=CHAT, action="dancing")

    assert [(a.method, a.params["action"]) for a in api.sent(CHAT)] == [
        ("sendChatAction", "typing")
    ]
    assert status == 400


def test_deleting_the_webhook_can_drop_pending_updates(api: FakeBotApi) -> None:
    api.user_text(CHAT, "one")
    call(api, "deleteWebhook", drop_pending_updates=False)
    kept = api.pending_updates

    call(api, "deleteWebhook", drop_pending_updates=True)

    assert (kept, api.pending_updates) == (1, 0)


def test_an_unknown_method_answers_404_and_is_recorded(api: FakeBotApi) -> None:
    assert call(api, "sendDice", chat_id=CHAT) == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
    )
    assert [v.method for v in api.violations] == ["sendDice"]


async def test_a_wrong_token_is_an_invalid_token(api: FakeBotApi) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("123:wrong", base_url=api.base_url, request=loopback_request()):
            pass

    assert api.violations == [Violation("getMe", 401, "Unauthorized", {})]


# --- getUpdates -----------------------------------------------------------------------------


async def test_a_long_poll_returns_a_user_text_sent_while_it_waits(
    api: FakeBotApi, bot: Bot
) -> None:
    asyncio.get_running_loop().call_later(0.2, api.user_text, CHAT, "hello")
    started = time.monotonic()

    updates = await bot.get_updates(timeout=5)

    assert time.monotonic() - started < 2
    assert [u.message.text for u in updates if u.message] == ["hello"]


async def test_updates_stay_until_an_offset_confirms_them(api: FakeBotApi, bot: Bot) -> None:
    api.user_text(CHAT, "one")
    api.user_text(CHAT, "two")

    first = await bot.get_updates(timeout=0, limit=1)
    again = await bot.get_updates(timeout=0)
    rest = await bot.get_updates(offset=first[0].update_id + 1, timeout=0)
    after = await bot.get_updates(offset=rest[-1].update_id + 1, timeout=0)

    assert [u.message.text for u in first if u.message] == ["one"]
    assert [u.message.text for u in again if u.message] == ["one", "two"]
    assert [u.message.text for u in rest if u.message] == ["two"]
    assert (after, api.pending_updates) == ((), 0)


def test_a_long_poll_without_updates_waits_its_timeout(api: FakeBotApi) -> None:
    started = time.monotonic()

    status, body = call(api, "getUpdates", timeout=0.3)

    assert (status, body["result"]) == (200, [])
    assert time.monotonic() - started >= 0.25


def test_a_second_poller_terminates_the_first_with_a_conflict(api: FakeBotApi) -> None:
    answers: list[int] = []
    first = threading.Thread(target=lambda: answers.append(call(api, "getUpdates", timeout=5)[0]))
    first.start()
    time.sleep(0.2)

    call(api, "getUpdates", timeout=0)
    first.join(timeout=3)

    assert answers == [409]
    assert [v.error_code for v in api.violations] == [409]


# Each helper's update, and the PTB filter a handler for it would use.
USER_ACTIONS: list[tuple[str, Callable[[FakeBotApi], object], filters.BaseFilter]] = [
    ("text", lambda a: a.user_text(CHAT, "hello"), filters.TEXT & filters.Regex("^hello$")),
    (
        "command",
        lambda a: a.user_command(CHAT, "/start", args="ref-clinicA"),
        filters.COMMAND & filters.Regex("^/start ref-clinicA$"),
    ),
    ("location", lambda a: a.user_location(CHAT, 40.4, -79.9), filters.LOCATION),
    ("sticker", lambda a: a.user_sticker(CHAT), filters.Sticker.ALL),
    ("photo", lambda a: a.user_photo(CHAT), filters.PHOTO),
    ("voice", lambda a: a.user_voice(CHAT), filters.VOICE),
    ("document", lambda a: a.user_document(CHAT), filters.Document.ALL),
    (
        "edit",
        lambda a: a.user_edit(CHAT, a.user_text(CHAT, "old")["message"]["message_id"], "new"),
        filters.UpdateType.EDITED_MESSAGE & filters.Regex("^new$"),
    ),
    (
        "group",
        lambda a: a.group_text(GROUP, 77, "hi all"),
        filters.ChatType.GROUP & filters.User(77) & filters.TEXT,
    ),
]


@pytest.mark.parametrize(
    ("act", "handled_by"),
    [(a, f) for _, a, f in USER_ACTIONS],
    ids=[n for n, _, _ in USER_ACTIONS],
)
async def test_each_user_action_reaches_ptb_as_the_update_its_filter_expects(
    api: FakeBotApi,
    bot: Bot,
    act: Callable[[FakeBotApi], object],
    handled_by: filters.BaseFilter,
) -> None:
    act(api)

    updates = await bot.get_updates(timeout=0)

    assert handled_by.check_update(updates[-1])


# --- webhook --------------------------------------------------------------------------------


async def test_the_webhook_receives_updates_in_order_with_the_secret_header(
    api: FakeBotApi, bot: Bot, receiver: WebhookReceiver
) -> None:
    await bot.set_webhook(receiver.url, secret_token="s3cret")

    api.user_text(CHAT, "one")
    api.user_text(CHAT, "two")
    await api.wait_for_async(lambda: api.pending_updates == 0, timeout=5)

    assert [(s, b["message"]["text"]) for s, b, _ in receiver.received] == [
        ("s3cret", "one"),
        ("s3cret", "two"),
    ]
    with pytest.raises(Conflict):
        await bot.get_updates()
    assert (await bot.get_webhook_info()).url == receiver.url


async def test_an_https_webhook_is_refused_until_a_certificate_is_trusted(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)bad webhook.*http:// on loopback"):
        await bot.set_webhook("https://127.0.0.1:8443/telegram")

    assert (await bot.get_webhook_info()).url == ""


@pytest.mark.parametrize("receiver", [[500, 200]], indirect=True)
async def test_a_refused_webhook_push_is_retried_before_that_chats_next_update(
    api: FakeBotApi, bot: Bot, receiver: WebhookReceiver
) -> None:
    await bot.set_webhook(receiver.url)

    api.user_text(CHAT, "one")
    api.user_text(CHAT, "two")
    await api.wait_for_async(lambda: api.pending_updates == 0, timeout=5)

    assert [(b["message"]["text"], status) for _, b, status in receiver.received] == [
        ("one", 500),
        ("one", 200),
        ("two", 200),
    ]
    assert [a.status for a in api.webhook_attempts()] == [500, 200, 200]
    assert (await bot.get_webhook_info()).last_error_message is not None


async def test_ptbs_own_webhook_server_accepts_the_pushes(api: FakeBotApi) -> None:
    port = free_port()
    replies: list[str] = []

    async def on_text(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        replies.append(update.message.text or "")

    app = (
        Application.builder()
        .token(TEST_TOKEN)
        .base_url(api.base_url)
        .request(loopback_request())
        .get_updates_request(loopback_request())
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, on_text))
    async with app:
        assert app.updater is not None
        await app.updater.start_webhook(
            listen="127.0.0.1",
            port=port,
            url_path="hook",
            webhook_url=f"http://127.0.0.1:{port}/hook",
            secret_token="s3cret",
        )
        await app.start()
        api.user_text(CHAT, "via webhook")
        await api.wait_for_async(lambda: replies, timeout=5)
        await app.updater.stop()
        await app.stop()

    assert replies == ["via webhook"]
    assert api.violations == []


# --- faults ---------------------------------------------------------------------------------


async def test_a_429_surfaces_as_retry_after_and_the_send_is_not_executed(
    api: FakeBotApi, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without it PTB 22 warns that retry_after becomes a timedelta, and warnings are errors.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    api.user_text(CHAT, "hi")
    api.fail_next("sendMessage", "429", retry_after=3)

    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHAT, "hello")
    await bot.send_message(CHAT, "hello")

    assert caught.value.retry_after == dtm.timedelta(seconds=3)
    assert [c.status for c in api.calls("sendMessage")] == [429, 200]
    assert [m.text for m in api.messages(CHAT)] == ["hello"]
    assert api.violations == []


async def test_a_500_surfaces_as_a_network_error(api: FakeBotApi, bot: Bot) -> None:
    api.user_text(CHAT, "hi")
    api.fail_next("sendMessage", "500")

    with pytest.raises(NetworkError, match="Internal Server Error") as caught:
        await bot.send_message(CHAT, "hello")

    # BadRequest is a NetworkError too; this must be the plain kind.
    assert type(caught.value) is NetworkError
    assert api.messages(CHAT) == []


async def test_a_dropped_connection_surfaces_as_a_network_error(api: FakeBotApi, bot: Bot) -> None:
    api.user_text(CHAT, "hi")
    api.fail_next("sendMessage", "drop")

    with pytest.raises(NetworkError, match="httpx") as caught:
        await bot.send_message(CHAT, "hello")

    assert not isinstance(caught.value, BadRequest)
    assert api.messages(CHAT) == []
    assert [c.status for c in api.calls("sendMessage")] == [None]


async def test_a_slow_answer_times_out_yet_the_message_is_delivered(
    api: FakeBotApi, bot: Bot
) -> None:
    api.user_text(CHAT, "hi")
    api.fail_next("sendMessage", "slow", delay=0.3)

    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "late", read_timeout=0.1)

    # As on Telegram: the client gave up, but the server did send it.
    [shown] = await api.wait_for_messages_async(CHAT, 1, timeout=3)
    assert shown.text == "late"


# --- lifecycle and waiting ------------------------------------------------------------------


async def test_a_polling_application_replies_and_stops_without_violations(
    api: FakeBotApi,
) -> None:
    async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text(f"You said: {update.message.text}")

    app = (
        Application.builder()
        .token(TEST_TOKEN)
        .base_url(api.base_url)
        .request(loopback_request())
        .get_updates_request(loopback_request())
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    async with app:
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=5)
        await app.start()
        api.user_text(CHAT, "hello")
        [reply] = await api.wait_for_messages_async(CHAT, 1)
        await api.wait_idle_async(timeout=5)
        # Stopping cancels a waiting long poll; the fake must not call that a second poller.
        await app.updater.stop()
        await app.stop()

    assert reply.text == "You said: hello"
    assert api.pending_updates == 0
    assert api.violations == []


async def test_a_wait_that_times_out_lists_what_the_bot_did(api: FakeBotApi, bot: Bot) -> None:
    api.user_text(CHAT, "hi")
    await bot.send_message(CHAT, "only one")

    with pytest.raises(AssertionError, match="only one"):
        await api.wait_for_messages_async(CHAT, 2, timeout=0.2)


def test_stop_returns_promptly_while_a_long_poll_waits() -> None:
    api = FakeBotApi(TEST_TOKEN).start()
    outcome: list[object] = []

    def poll() -> None:
        try:
            outcome.append(call(api, "getUpdates", timeout=30)[0])
        except httpx.HTTPError as error:
            outcome.append(error)

    poller = threading.Thread(target=poll)
    poller.start()
    time.sleep(0.2)
    started = time.monotonic()

    api.stop()
    poller.join(timeout=3)

    assert time.monotonic() - started < 2
    assert not poller.is_alive()
    assert outcome


def test_a_bot_in_another_process_reaches_the_server_over_loopback(api: FakeBotApi) -> None:
    api.user_text(CHAT, "hi")
    port = int(api.url.rsplit(":", 1)[1])
    script = (
        "import http.client, json, sys\n"
        "c = http.client.HTTPConnection('127.0.0.1', int(sys.argv[1]), timeout=5)\n"
        "body = json.dumps({'chat_id': int(sys.argv[3]), 'text': 'from afar'})\n"
        "c.request('POST', sys.argv[2], body, {'Content-Type': 'application/json'})\n"
        "print(c.getresponse().status)\n"
    )

    done = subprocess.run(
        [sys.executable, "-c", script, str(port), f"/bot{TEST_TOKEN}/sendMessage", str(CHAT)],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )

    assert done.stdout.strip() == "200", done.stderr
    assert [m.text for m in api.messages(CHAT)] == ["from afar"]

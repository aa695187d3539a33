"""Buttons that do not linger, Save that says Saved, and links on a program's details: whole
conversations through the real Application against the strict fake Bot API."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from sqlalchemy import Engine

from bot.core.catalog import InMemoryCatalog
from bot.core.dialogue import Dialogue
from bot.tg.app import TelegramBot
from flows import ALL_FLOWS
from tests.builders import OnePlace, a_program, miles_north
from tests.services import a_telegram_bot
from tests.tg.fakeapi import ChatMessage, FakeBotApi, Keyboard
from tests.tg.test_conversations import CHAT, Chat, a_button, joined, running, shown

WEBSITE = "https://hope-iop.example.org/intake"


async def open_details(chat: Chat, number: int) -> Keyboard:
    """A search near 15222 and the details of its program of that number: the message with
    their buttons."""
    await chat.say("/start zip_15222")
    await chat.press(a_button(chat, f"Details: {number}."))
    return chat.asked()


def with_buttons(fake: FakeBotApi) -> list[ChatMessage]:
    """The bot messages that still show buttons to answer with."""
    return [m for m in fake.messages(CHAT) if any(b.callback_data for b in m.buttons)]


def two_programs_bot(engine: Engine) -> TelegramBot:
    """A bot over two Pittsburgh IOPs: one lists a website, the other a malformed one."""
    programs = [
        a_program(
            id="p1", name="Hope IOP", website=WEBSITE, phone="412-555-0101", **miles_north(1)
        ),
        a_program(id="p2", name="Dune IOP", website="http//dune iop.org", **miles_north(2)),
    ]
    dialogue = Dialogue(ALL_FLOWS, InMemoryCatalog(programs), OnePlace())
    return a_telegram_bot(dialogue, engine)


async def test_a_pressed_answer_shows_under_its_question_and_its_buttons_go(
    fake: FakeBotApi, bot: TelegramBot
) -> None:
    chat = Chat(fake)
    async with running(bot, fake):
        await chat.say("/start")
        welcome = chat.asked()

        await chat.press("Help me find the right program (a few questions)")

        question = shown(fake, welcome.message_id)
        assert question.buttons == []
        assert (question.text or "").endswith("✓ Help me find the right program (a few questions)")
        assert [a.method for a in fake.sent(CHAT)].count("editMessageText") == 1
        assert len(with_buttons(fake)) == 1  # only the new question can be answered


async def test_a_typed_answer_takes_the_buttons_off_its_question(
    fake: FakeBotApi, bot: TelegramBot
) -> None:
    chat = Chat(fake)
    async with running(bot, fake):
        await chat.say("/start")
        await chat.press("Help me find the right program (a few questions)")
        asked = chat.asked()

        await chat.say("it's for me")
        await fake.wait_for_async(lambda: fake.messages(CHAT)[-1].message_id > asked.message_id)
        await fake.wait_idle_async()

        assert shown(fake, asked.message_id).buttons == []
        edits = [a for a in fake.sent(CHAT) if a.method == "editMessageReplyMarkup"]
        assert [e.message_id for e in edits] == [asked.message_id]
        assert len(with_buttons(fake)) == 1


async def test_save_on_the_list_turns_into_saved_on_the_same_message(
    fake: FakeBotApi, bot: TelegramBot
) -> None:
    chat = Chat(fake)
    async with running(bot, fake):
        await chat.say("/start zip_15217")
        results = chat.asked()

        said = await chat.press("☆ Save 1")

        now = shown(fake, results.message_id)
        assert "★ Saved 1" in [b.text for b in now.buttons]
        assert "☆ Save 1" not in [b.text for b in now.buttons]
        assert "to your list" in joined(said)
        assert all(not m.buttons for m in said)  # no second copy of the list's buttons
        assert with_buttons(fake) == [now]


async def test_details_offer_the_website_a_map_and_a_share_and_save_says_saved(
    fake: FakeBotApi, engine: Engine
) -> None:
    chat = Chat(fake)
    async with running(two_programs_bot(engine), fake):
        details = await open_details(chat, 1)

        links = {b.text: b.url for b in details.buttons if b.url}
        assert links["🌐 Website"] == WEBSITE
        assert links["🗺 Map"] is not None
        assert links["🗺 Map"].startswith("https://www.google.com/maps/search/?api=1&query=")
        share = urlsplit(links["↗️ Share"] or "")
        assert (share.netloc, share.path) == ("t.me", "/share/url")
        query = parse_qs(share.query)
        assert query["url"] == [WEBSITE]
        assert query["text"][0].splitlines()[:2] == ["Hope IOP", "Phone: 412-555-0101"]
        assert "15222" not in query["text"][0].splitlines()[0]  # nothing the person typed

        await chat.press("☆ Save to my list")

        now = shown(fake, details.message_id)
        assert "★ Saved to my list" in [b.text for b in now.buttons]
        assert {b.text for b in now.buttons if b.url} == set(links)  # the links stay


async def test_a_malformed_website_gets_no_button_but_the_map_and_share_do(
    fake: FakeBotApi, engine: Engine
) -> None:
    chat = Chat(fake)
    async with running(two_programs_bot(engine), fake):
        details = await open_details(chat, 2)

        links = [b.text for b in details.buttons if b.url]
        assert links == ["🗺 Map", "↗️ Share"]


async def test_a_question_the_person_deleted_does_not_hold_up_the_next_one(
    fake: FakeBotApi, bot: TelegramBot
) -> None:
    chat = Chat(fake)
    async with running(bot, fake):
        await chat.say("/start")
        welcome = chat.asked()
        fake.user_deletes(CHAT, welcome.message_id)

        await chat.say("1")
        await fake.wait_for_async(lambda: fake.messages(CHAT))
        await fake.wait_idle_async()

        assert "Who are you looking for help for?" in (fake.messages(CHAT)[-1].text or "")
        refused = [c for c in fake.calls("editMessageReplyMarkup") if c.status == 400]
        assert len(refused) == 1
        assert len(with_buttons(fake)) == 1

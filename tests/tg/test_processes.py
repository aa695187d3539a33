"""Real bot processes against the fake Bot API: a hard kill and restart, and two workers.

These start `python -m bot run` / `python -m bot webhook` as separate processes on one
database, so nothing but the database can carry a conversation between them. The webhook
workers sit behind the shipped nginx site (deploy/nginx/), which the fake reaches over HTTPS.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.tg.fakeapi import FakeBotApi
from tests.tg.workers import answered, behind_nginx, bot_process, stop

pytestmark = pytest.mark.slow


def last_text(fake: FakeBotApi, chat_id: int) -> str:
    messages = fake.messages(chat_id)
    return messages[-1].text or "" if messages else ""


def test_a_conversation_continues_after_the_bot_is_killed_and_restarted(
    fake: FakeBotApi, database_url: str, tmp_path: Path
) -> None:
    chat = 880001
    first = bot_process(fake, database_url, tmp_path, "run")
    try:
        fake.wait_for(lambda: fake.calls("getUpdates"), timeout=120)
        answered(fake, [chat], lambda c: fake.user_command(c, "/start"))
        answered(
            fake,
            [chat],
            lambda c: fake.user_press_button(
                c, "Help me find the right program (a few questions)"
            ),
        )
        answered(fake, [chat], lambda c: fake.user_text(c, "for my daughter"))
        assert "are they (or you) in danger" in last_text(fake, chat)
    finally:
        first.kill()  # no goodbye: as with kill -9
        first.wait()

    second = bot_process(fake, database_url, tmp_path, "run")
    try:
        fake.user_text(chat, "no")
        fake.wait_for(lambda: "substances" in last_text(fake, chat), timeout=120)
        assert "Which substances are involved?" in last_text(fake, chat)
        fake.wait_idle(timeout=30)
        fake.user_text(chat, "alcohol")
        fake.wait_for(lambda: "withdrawal for them" in last_text(fake, chat), timeout=30)
    finally:
        stop(second)
    assert second.returncode in (0, -signal.SIGTERM)


def test_two_webhook_workers_on_one_database_serve_many_interleaved_chats(
    fake: FakeBotApi, database_url: str, tmp_path: Path
) -> None:
    chats = {
        890000 + i: zip_code
        for i, zip_code in enumerate(
            [
                "15213",
                "02127",
                "10001",
                "60614",
                "94110",
                "98101",
                "80202",
                "33130",
                "30303",
                "78701",
                "85004",
                "97205",
            ]
        )
    }
    with behind_nginx(fake, database_url, tmp_path) as deployment:
        people = list(chats)
        answered(fake, people, lambda chat: fake.user_command(chat, "/start"))
        answered(
            fake,
            people,
            lambda chat: fake.user_press_button(chat, "Just show me programs near me"),
        )
        answered(fake, people, lambda chat: fake.user_text(chat, chats[chat]))
        answered(fake, people, lambda chat: fake.user_text(chat, "more"))
        served = deployment.front.updates_served()

    assert sorted(served) == sorted(deployment.ports)  # nginx spread them over both workers
    assert all(count > len(chats) for count in served.values()), served
    for chat, zip_code in chats.items():
        texts = [m.text or "" for m in fake.messages(chat)]
        headings = [t for t in texts if t.startswith(f"IOPs within 25 miles of {zip_code}")]
        assert len(headings) == 2, (chat, texts)  # page one, then exactly one "more" page
        assert "1–4 of" in headings[0]
        assert "5–8 of" in headings[1]
        welcome = [t for t in texts if "intensive outpatient program" in t]
        assert len(welcome) == 1, (chat, texts)

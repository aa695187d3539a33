"""Telegram rendering: escaped HTML, 64-byte callback data, and messages under 4,096."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from bot.core.dialogue import Choice, Link, Reply
from bot.tg.render import (
    MAX_TEXT,
    decode_callback,
    encode_callback,
    keyboard,
    outgoing,
    reply_html,
    split_html,
)


def test_callback_data_round_trips_and_stays_within_64_bytes() -> None:
    data = encode_callback("results", "details:p5a3a7b41ba")

    assert data is not None
    assert len(data.encode()) <= 64
    assert decode_callback(data) == ("results", "details:p5a3a7b41ba")


def test_callback_data_that_would_not_fit_is_not_produced() -> None:
    assert encode_callback("results", "x" * 80) is None


@pytest.mark.parametrize(
    "forged",
    ["", "v1", "v1||x", "v2|results|more", "garbage", "v1|results|", "💣" * 20],
    ids=["empty", "version-only", "no-step", "old-version", "garbage", "no-value", "emoji"],
)
def test_forged_callback_data_is_not_decoded(forged: str) -> None:
    assert decode_callback(forged) is None


def test_every_value_is_escaped_and_program_names_are_bold() -> None:
    reply = Reply("program", "<script>Bad & Co</script>\nPhone: 412-555-0100")

    assert reply_html(reply) == (
        "<b>&lt;script&gt;Bad &amp; Co&lt;/script&gt;</b>\nPhone: 412-555-0100"
    )


def test_multi_select_buttons_show_ticks_and_short_labels_pair_up() -> None:
    reply = Reply(
        "question",
        "When?",
        (
            Choice("day", "Daytime", selected=True, toggle=True),
            Choice("evening", "Evenings", toggle=True),
            Choice("done", "Done"),
        ),
        multi=True,
        step="schedule",
    )

    rows = keyboard(reply)

    assert [[b.text for b in row] for row in rows] == [["✅ Daytime", "▫️ Evenings"], ["Done"]]
    assert rows[0][0].data == "v1|schedule|day"


def test_long_text_is_split_between_lines_under_the_limit() -> None:
    paragraphs = [f"<b>Program {i}</b>\n" + "word " * 150 for i in range(30)]
    text = "\n\n".join(paragraphs)

    parts = split_html(text)

    assert len(parts) > 1
    assert all(len(p) <= MAX_TEXT for p in parts)
    assert all(p.count("<b>") == p.count("</b>") for p in parts)
    squeezed = text.replace("\n", "").replace(" ", "")
    assert "".join(parts).replace("\n", "").replace(" ", "") == squeezed


def test_texts_run_together_and_the_question_carries_the_keyboard() -> None:
    replies = [
        Reply("text", "Heading"),
        Reply("program", "A program\nPhone: 1"),
        Reply("place", "A program", latitude=40.0, longitude=-80.0, title="A", address="B"),
        Reply("question", "What next?", (Choice("more", "More"),), step="results"),
    ]

    messages = outgoing(replies)

    assert [bool(m.venue) for m in messages] == [False, True, False]
    assert messages[0].html.startswith("Heading\n\n<b>A program</b>")
    assert messages[2].buttons[0][0].data == "v1|results|more"


def test_links_come_first_as_url_buttons_and_a_share_opens_telegrams_share_dialog() -> None:
    share = Link("share", "↗️ Share", "https://hope.example.org", "Hope IOP\nPhone: 412-555-0101")
    reply = Reply(
        "question",
        "What next?",
        (Choice("callprep", "Questions to ask & call script"),),
        step="details",
        links=(Link("website", "🌐 Website", "https://hope.example.org"), share),
    )

    rows = keyboard(reply)

    website, shared = rows[0]
    assert (website.url, website.data) == ("https://hope.example.org", "")
    parts = urlsplit(shared.url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "t.me", "/share/url")
    assert parse_qs(parts.query) == {
        "url": ["https://hope.example.org"],
        "text": ["Hope IOP\nPhone: 412-555-0101"],
    }
    assert rows[1][0].data == "v1|details|callprep"

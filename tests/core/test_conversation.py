"""The typed conversation and its codec: every stored schema reads, and goes on."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.conversation import (
    SCHEMA_VERSION,
    Conversation,
    UnreadableConversationError,
    decode_conversation,
    encode_conversation,
)
from bot.core.dialogue import Dialogue, UserInput
from bot.core.location import Place

V1_ROWS = sorted((Path(__file__).parents[1] / "storage" / "v1_rows").glob("*.json"))
NOW = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)


def row(name: str) -> str:
    return (Path(__file__).parents[1] / "storage" / "v1_rows" / f"{name}.json").read_text()


@pytest.mark.parametrize("path", V1_ROWS, ids=lambda p: p.stem)
def test_every_stored_schema_1_row_reads_and_the_conversation_goes_on(
    path: Path, real_dialogue: Dialogue
) -> None:
    stored = path.read_text(encoding="utf-8")
    old = json.loads(stored)

    conversation = decode_conversation(stored)

    assert conversation.position.step == old["step"]
    assert conversation.language == old["lang"]
    assert conversation.history == old["history"]
    assert [e.id for e in conversation.saved] == [e["id"] for e in old["saved"]]
    assert [(r.id, r.due.isoformat()) for r in conversation.reminders] == [
        (r["id"], r["due"]) for r in old["reminders"]
    ]
    assert "timezone" not in conversation.answers  # the chosen zone has a field of its own
    again = encode_conversation(conversation)
    assert json.loads(again)["v"] == SCHEMA_VERSION
    assert decode_conversation(again) == conversation
    outcome = real_dialogue.advance(conversation, UserInput.command("repeat"), NOW)
    assert outcome.conversation.position.step == old["step"]
    assert outcome.replies


def test_a_place_and_the_candidates_of_schema_1_become_places() -> None:
    candidates = decode_conversation(row("place_candidates")).position.candidates
    place = decode_conversation(row("results_page")).answers["place"]

    assert [c.name for c in candidates][:2] == ["Springfield, IL", "Springfield, MA"]
    assert all(isinstance(c, Place) for c in candidates)
    assert isinstance(place, Place)
    assert (place.zip, place.timezone) == ("15217", "America/New_York")


def test_a_time_zone_chosen_under_schema_1_is_kept_and_used(real_dialogue: Dialogue) -> None:
    conversation = decode_conversation(row("zone_chosen"))
    assert conversation.timezone == "America/Los_Angeles"

    restarted = real_dialogue.advance(conversation, UserInput.command("start"), NOW)
    listed = real_dialogue.advance(restarted.conversation, UserInput.command("reminders"), NOW)

    shown = "\n".join(r.text for r in listed.replies)
    # 17:00 UTC, in the Pacific time the person chose, in the conversation's Spanish
    assert "viernes 27 de noviembre, 9:00" in shown


def test_a_saved_program_keeps_its_status_note_and_ticked_question(
    real_dialogue: Dialogue,
) -> None:
    conversation = decode_conversation(row("saved_list"))
    (entry,) = conversation.saved

    assert (entry.status, entry.note) == ("waiting", "ask for Dana")
    assert [r.answer for r in entry.answers.values()] == ["they can see me Tuesday"]
    shown = real_dialogue.advance(conversation, UserInput.command("saved"), NOW)
    assert "Gateway Rehab (Squirrel Hill)" in "\n".join(r.text for r in shown.replies)


@pytest.mark.parametrize(
    "stored",
    ["", "not json", "[1, 2]", '{"v": 3}', '{"v": "2"}', '{"v": 2, "position": {"page": "x"}}'],
    ids=["empty", "not-json", "a-list", "unknown-schema", "schema-as-text", "wrong-type"],
)
def test_anything_else_is_unreadable_not_a_crash(stored: str) -> None:
    with pytest.raises(UnreadableConversationError):
        decode_conversation(stored)


def test_only_what_differs_from_the_defaults_is_stored() -> None:
    assert encode_conversation(Conversation()) == '{"v":2,"position":{}}'
    spanish = Conversation(language="es", answers={"mode": "quick"})
    assert (
        encode_conversation(spanish)
        == '{"v":2,"language":"es","position":{},"answers":{"mode":"quick"}}'
    )


def test_a_schema_2_row_written_with_the_old_updated_time_still_reads() -> None:
    """Rows stored before the conversation stopped keeping its own 'updated' time go on."""
    row = '{"v":2,"language":"es","updated":"2026-12-01T10:00:00+00:00"}'

    conversation = decode_conversation(row)

    assert conversation.language == "es"
    assert "updated" not in encode_conversation(conversation)

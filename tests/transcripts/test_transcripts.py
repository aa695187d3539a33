"""Golden conversations: each file's user lines are replayed and the bot's lines compared.

Lines starting with ">" are what the person sends; lines starting with "<" are the bot's
replies as the terminal shows them; lines starting with "#" describe the case. To accept
changes after reviewing them: UPDATE_TRANSCRIPTS=1 .venv/bin/pytest tests/transcripts,
then read `git diff tests/transcripts`.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.console.transcript import read_input, render_replies
from bot.core.catalog import InMemoryCatalog
from bot.core.dialogue import Dialogue, UserInput
from bot.core.location import Gazetteer
from flows import ALL_FLOWS

HERE = Path(__file__).resolve().parent
FILES = sorted(HERE.glob("*.txt"))
NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


def _quote(block: str) -> list[str]:
    return [f"< {line}".rstrip() for line in block.splitlines()] + ["<"]


def replay(dialogue: Dialogue, path: Path) -> str:
    """The file rewritten from its header and user lines by running the engine."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    inputs = [line[2:] if line.startswith("> ") else "" for line in lines if line.startswith(">")]
    outcome = dialogue.advance(None, UserInput.command("start"), NOW)
    out = [*header, *_quote(render_replies(outcome.replies, outcome.conversation.language))]
    for typed in inputs:
        outcome = dialogue.advance(outcome.conversation, read_input(typed), NOW)
        replies = render_replies(outcome.replies, outcome.conversation.language)
        out += [f"> {typed}", *_quote(replies)]
    return "\n".join(out) + "\n"


@pytest.fixture(name="dialogue", scope="module")
def dialogue_fixture(real_catalog: InMemoryCatalog, real_gazetteer: Gazetteer) -> Dialogue:
    """An engine of the transcripts' own, with share links as the terminal shows them."""
    return Dialogue(ALL_FLOWS, real_catalog, real_gazetteer)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_conversation_matches_its_transcript(dialogue: Dialogue, path: Path) -> None:
    expected = path.read_text(encoding="utf-8")
    actual = replay(dialogue, path)
    if os.environ.get("UPDATE_TRANSCRIPTS") == "1" and actual != expected:
        path.write_text(actual, encoding="utf-8")
        expected = actual
    assert actual == expected


def test_there_is_a_transcript_for_every_required_path() -> None:
    required = {
        "self",
        "family",
        "crisis_at_start",
        "crisis_mid_flow",
        "daily_alcohol_without_detox",
        "opioids_with_medication",
        "typo_city",
        "online_only",
        "no_results_relaxation",
        "veteran_tricare",
        "teen",
        "medicaid_spanish",
        "back_edit_start_over",
        "nonsense_everywhere",
        "terse",
        "one_rich_message",
        "spanish_speaker",
        "overdose_ok_follow_up",
        "teen_consent",
        "family_naloxone",
        "crisis_indirect_mid_intake",
        "family_son_flags",
        "online_only_by_distance",
    }
    assert required <= {p.stem for p in FILES}

"""Property-based tests: any updates never raise, always get an answer, keep the state valid."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.conversation import SCHEMA_VERSION, decode_conversation, encode_conversation
from bot.core.dialogue import Dialogue, UserInput
from flows import ALL_FLOWS

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)

words = st.sampled_from(
    [
        "1", "2", "3", "4", "7", "12", "99", "0", "-1", "yes", "no", "skip", "done", "back",
        "start over", "help", "change my answers", "I'm looking for someone else", "15213",
        "pittsburg pa", "Springfield", "online only", "Vermont", "evenings and weekends",
        "medicade", "spanish", "more", "save", "questions", "ok", "tomorrow 10am", "para mi hijo",
        "sí", "noches", "/saved", "/reminders", "/delete", "/language", "/crisis", "/back",
        "/start zip_02127", "/start family", "/start es", "/reminder r1", "/frobnicate x",
        "he is not breathing", "🙂", "", " ", "x" * 5000,
    ]
)  # fmt: skip
texts = st.one_of(words, st.text(max_size=300))
button_values = st.one_of(
    st.sampled_from(
        ["guided", "quick", "crisis", "self", "other", "none", "alcohol", "opioids", "done",
         "skip", "online", "25", "more", "wider", "refine", "details:p5a3a7b41ba",
         "save:p5a3a7b41ba", "open:p5a3a7b41ba", "q:0", "q:999", "cancel:r1", "edit:place",
         "edit:nowhere", "place:0", "place:9", "resume", "restart", "yes", "no", "es", "status",
         "remind", "share", "report", "phone", "tomorrow_morning"]
    ),
    st.text(max_size=70),
)  # fmt: skip
steps = st.one_of(st.sampled_from(sorted(ALL_FLOWS.steps)), st.text(max_size=12))


@st.composite
def events(draw: st.DrawFn) -> UserInput:
    kind = draw(st.sampled_from(["text", "text", "text", "button", "location", "command"]))
    if kind == "text":
        typed = draw(texts)
        if typed.startswith("/"):
            name, _, argument = typed[1:].partition(" ")
            return UserInput.command(name, argument)
        return UserInput.say(typed)
    if kind == "button":
        return UserInput.pick(draw(button_values), step=draw(st.one_of(st.just(""), steps)))
    if kind == "location":
        latitude = draw(st.floats(min_value=-90, max_value=90, allow_nan=False))
        longitude = draw(st.floats(min_value=-180, max_value=180, allow_nan=False))
        return UserInput.located(latitude, longitude)
    return UserInput.command(
        draw(
            st.sampled_from(
                [
                    "start",
                    "help",
                    "back",
                    "restart",
                    "crisis",
                    "about",
                    "privacy",
                    "saved",
                    "skip",
                    "repeat",
                    "non_text",
                    "edit",
                ]
            )
        ),
        draw(st.sampled_from(["", "es", "family", "zip_15213", "zip_1"])),
    )


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sequence=st.lists(events(), min_size=1, max_size=25))
def test_any_sequence_of_updates_is_answered_and_keeps_a_valid_state(
    real_dialogue: Dialogue, sequence: list[UserInput]
) -> None:
    conversation = None
    now = NOW
    for event in sequence:
        now += timedelta(minutes=7)
        outcome = real_dialogue.advance(conversation, event, now)
        conversation = outcome.conversation
        stored = encode_conversation(conversation)
        assert json.loads(stored)["v"] == SCHEMA_VERSION
        assert conversation.position.step in ALL_FLOWS.steps
        assert decode_conversation(stored) == conversation  # stored and read back whole
        # only a spent reminder may say nothing
        assert outcome.replies or event.kind == "command"
        for reply in outcome.replies:
            assert reply.text or reply.kind == "place"

"""Benchmark: the conversation codec per update, schema 1, schema 2 and the alternatives.

Pure CPU, no database. Each update the store decodes the chat's row, the engine works on a
copy, and the store encodes the result. Measured on the schema-1 rows captured from the old
engine (tests/storage/v1_rows):

- schema 1: the old path as it was (json.loads, the old engine's load_state, json.dumps);
- schema 2: msgspec (decode_conversation, copy_conversation, encode_conversation), on the same
  conversations written as schema 2;
- dataclasses + json, and pydantic v2: parallel models of the same shape, defined here only to be
  measured, on the same conversations written in their own encoding.

`python -m bench.codec [--quick]` prints these rows alone.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import timeit
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

import msgspec
import pydantic

from bench.table import Row, format_table
from bot.config import PROJECT_ROOT
from bot.core.conversation import (
    copy_conversation,
    decode_conversation,
    encode_conversation,
)
from bot.core.location.places import Place

ROWS_DIR = PROJECT_ROOT / "tests" / "storage" / "v1_rows"


# --- schema 1: the old engine's load_state and its copier (bot/core/dialogue.py at 8c93c1a) ---


def _new_state_1(language: str = "en") -> dict[str, Any]:
    return {
        "v": 1,
        "step": "",
        "answers": {},
        "history": [],
        "lang": language,
        "pending": [],
        "page": 0,
        "program": "",
        "editing": False,
        "resume": "",
        "candidates": [],
        "extra_radius": 0,
        "updated": "",
        "saved": [],
        "reminders": [],
        "counter": 0,
        "outbox": [],
        "erase": False,
        "question": "",
        "share": "",
        "report": "",
        "timezone": "",
    }


def _copy_1(value: Any) -> Any:
    kind = type(value)
    if kind is str or kind is int or kind is bool or kind is float or value is None:
        return value
    if kind is dict:
        return {k: _copy_1(v) for k, v in value.items()}
    if kind is list:
        return [_copy_1(v) for v in value]
    return copy.deepcopy(value)


def _load_state_1(raw: Any, steps: Mapping[str, object]) -> dict[str, Any] | None:
    if not isinstance(raw, Mapping) or raw.get("v") != 1:
        return None
    state = _new_state_1()
    for key, default in state.items():
        value = raw.get(key, default)
        state[key] = _copy_1(value) if isinstance(value, type(default)) else default
    if state["step"] not in steps:
        return None
    return state


def _decode_1(row: str) -> Any:
    state = json.loads(row)
    return state if isinstance(state, dict) else None


def _encode_1(state: dict[str, Any]) -> str:
    # The old store took the effects out of the state before writing it.
    state.pop("outbox", None)
    state.pop("erase", False)
    return json.dumps(state, separators=(",", ":"), ensure_ascii=False)


# --- alternative (a): stdlib dataclasses, json, and a hand-written conversion from dicts ---


@dataclass(slots=True)
class DcQuestionRecord:
    done: bool = True
    answer: str = ""


@dataclass(slots=True)
class DcSavedProgram:
    id: str
    status: str = "to_call"
    date: str = ""
    reason: str = ""
    note: str = ""
    answers: dict[str, DcQuestionRecord] = field(default_factory=dict)
    saved: datetime | None = None


@dataclass(slots=True)
class DcReminder:
    id: str
    program: str
    due: datetime
    status: str = "pending"


@dataclass(slots=True)
class DcPosition:
    step: str = ""
    page: int = 0
    program: str = ""
    editing: bool = False
    resume: str = ""
    pending: list[str] = field(default_factory=list)
    candidates: list[Place] = field(default_factory=list)
    extra_radius: int = 0
    question: str = ""
    share: str = ""
    report: str = ""


@dataclass(slots=True)
class DcConversation:
    v: int = 2
    language: str = "en"
    timezone: str = ""
    position: DcPosition = field(default_factory=DcPosition)
    answers: dict[str, str | list[str] | Place] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    saved: list[DcSavedProgram] = field(default_factory=list)
    reminders: list[DcReminder] = field(default_factory=list)
    counter: int = 0


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _answer(value: Any) -> str | list[str] | Place:
    if isinstance(value, dict):
        return Place(**value)
    return list(value) if isinstance(value, list) else value


def _dc_from_dict(data: dict[str, Any]) -> DcConversation:
    # No validation of types or values: the cheapest a hand-written conversion gets, which
    # makes this a lower bound for the approach (msgspec and pydantic validate while reading).
    p = data.get("position", {})
    position = DcPosition(
        step=p.get("step", ""),
        page=p.get("page", 0),
        program=p.get("program", ""),
        editing=p.get("editing", False),
        resume=p.get("resume", ""),
        pending=list(p.get("pending", ())),
        candidates=[Place(**c) for c in p.get("candidates", ())],
        extra_radius=p.get("extra_radius", 0),
        question=p.get("question", ""),
        share=p.get("share", ""),
        report=p.get("report", ""),
    )
    saved = [
        DcSavedProgram(
            id=s["id"],
            status=s.get("status", "to_call"),
            date=s.get("date", ""),
            reason=s.get("reason", ""),
            note=s.get("note", ""),
            answers={k: DcQuestionRecord(**q) for k, q in s.get("answers", {}).items()},
            saved=_when(s.get("saved")),
        )
        for s in data.get("saved", ())
    ]
    reminders = [
        DcReminder(
            id=r["id"],
            program=r["program"],
            due=datetime.fromisoformat(r["due"]),
            status=r.get("status", "pending"),
        )
        for r in data.get("reminders", ())
    ]
    return DcConversation(
        language=data.get("language", "en"),
        timezone=data.get("timezone", ""),
        position=position,
        answers={k: _answer(v) for k, v in data.get("answers", {}).items()},
        history=list(data.get("history", ())),
        saved=saved,
        reminders=reminders,
        counter=data.get("counter", 0),
    )


def _place_dict(place: Place) -> dict[str, Any]:
    return {
        "kind": place.kind,
        "name": place.name,
        "state": place.state,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "zip": place.zip,
        "city": place.city,
        "timezone": place.timezone,
    }


def _dc_to_dict(c: DcConversation) -> dict[str, Any]:
    # Hand-written too: dataclasses.asdict deep-copies every leaf and took 8 times as long.
    p = c.position
    return {
        "v": c.v,
        "language": c.language,
        "timezone": c.timezone,
        "position": {
            "step": p.step,
            "page": p.page,
            "program": p.program,
            "editing": p.editing,
            "resume": p.resume,
            "pending": list(p.pending),
            "candidates": [_place_dict(place) for place in p.candidates],
            "extra_radius": p.extra_radius,
            "question": p.question,
            "share": p.share,
            "report": p.report,
        },
        "answers": {
            k: _place_dict(v) if isinstance(v, Place) else list(v) if isinstance(v, list) else v
            for k, v in c.answers.items()
        },
        "history": list(c.history),
        "saved": [
            {
                "id": s.id,
                "status": s.status,
                "date": s.date,
                "reason": s.reason,
                "note": s.note,
                "answers": {k: {"done": q.done, "answer": q.answer} for k, q in s.answers.items()},
                "saved": s.saved.isoformat() if s.saved else None,
            }
            for s in c.saved
        ],
        "reminders": [
            {"id": r.id, "program": r.program, "due": r.due.isoformat(), "status": r.status}
            for r in c.reminders
        ],
        "counter": c.counter,
    }


def _dc_decode(row: str) -> DcConversation:
    return _dc_from_dict(json.loads(row))


def _dc_copy(conversation: DcConversation) -> DcConversation:
    # Through plain dicts, as copy_conversation goes through JSON: copy.deepcopy took longer.
    return _dc_from_dict(_dc_to_dict(conversation))


def _dc_encode(conversation: DcConversation) -> str:
    return json.dumps(_dc_to_dict(conversation), separators=(",", ":"), ensure_ascii=False)


# --- alternative (b): pydantic v2 models ---


class PdPlace(pydantic.BaseModel):
    kind: Literal["zip", "city", "state", "coordinates"]
    name: str
    state: str
    latitude: float
    longitude: float
    zip: str = ""
    city: str = ""
    timezone: str = ""


class PdQuestionRecord(pydantic.BaseModel):
    done: bool = True
    answer: str = ""


class PdSavedProgram(pydantic.BaseModel):
    id: str
    status: Literal["to_call", "waiting", "booked", "not_fit"] = "to_call"
    date: str = ""
    reason: str = ""
    note: str = ""
    answers: dict[str, PdQuestionRecord] = {}
    saved: datetime | None = None


class PdReminder(pydantic.BaseModel):
    id: str
    program: str
    due: datetime
    status: Literal["pending", "sent", "cancelled"] = "pending"


class PdPosition(pydantic.BaseModel):
    step: str = ""
    page: int = 0
    program: str = ""
    editing: bool = False
    resume: str = ""
    pending: list[str] = []
    candidates: list[PdPlace] = []
    extra_radius: int = 0
    question: str = ""
    share: str = ""
    report: str = ""


class PdConversation(pydantic.BaseModel):
    v: Literal[2] = 2
    language: str = "en"
    timezone: str = ""
    position: PdPosition = PdPosition()
    answers: dict[str, str | list[str] | PdPlace] = {}
    history: list[str] = []
    saved: list[PdSavedProgram] = []
    reminders: list[PdReminder] = []
    counter: int = 0


# --- measuring ---


@dataclass(frozen=True, slots=True)
class Approach:
    """One codec: how it reads a row, copies the result, and writes it back."""

    name: str
    rows: list[str]
    decode: Callable[[str], Any]
    copy: Callable[[Any], Any]
    encode: Callable[[Any], str]


def approaches() -> list[Approach]:
    """The four codecs, each with the captured conversations written in its own encoding."""
    rows_1 = [path.read_text(encoding="utf-8") for path in sorted(ROWS_DIR.glob("*.json"))]
    conversations = [decode_conversation(row) for row in rows_1]
    # load_state refused a step the flows do not have; the lookup costs the same on any dict.
    steps = {json.loads(row)["step"]: None for row in rows_1}
    plain = [msgspec.to_builtins(c) for c in conversations]
    return [
        Approach(
            "schema 1, json + load_state (before)",
            rows_1,
            _decode_1,
            lambda state: _load_state_1(state, steps),
            _encode_1,
        ),
        Approach(
            "schema 2, msgspec Struct (after)",
            [encode_conversation(c) for c in conversations],
            decode_conversation,
            copy_conversation,
            encode_conversation,
        ),
        Approach(
            "dataclasses + json (considered)",
            [_dc_encode(_dc_from_dict(p)) for p in plain],
            _dc_decode,
            _dc_copy,
            _dc_encode,
        ),
        Approach(
            "pydantic v2 (considered)",
            [PdConversation.model_validate(p).model_dump_json() for p in plain],
            PdConversation.model_validate_json,
            lambda c: c.model_copy(deep=True),
            lambda c: c.model_dump_json(),
        ),
    ]


PHASES = ("decode", "copy", "encode", "total")


def phases(approach: Approach) -> dict[str, Callable[[], object]]:
    """One pass over the rows for each phase, and for the three in a row ("total")."""
    decode, copy_, encode, rows = approach.decode, approach.copy, approach.encode, approach.rows
    decoded = [decode(row) for row in rows]
    copies = [copy_(value) for value in decoded]

    def total() -> None:
        for row in rows:
            encode(copy_(decode(row)))

    return {
        "decode": lambda: [decode(row) for row in rows],
        "copy": lambda: [copy_(value) for value in decoded],
        "encode": lambda: [encode(value) for value in copies],
        "total": total,
    }


def time_approaches(found: list[Approach], *, number: int, repeat: int) -> list[dict[str, float]]:
    """Per approach, the microseconds per row of each phase: the minimum over the repeats.

    The repeats go round every approach in turn, so a busy stretch of the machine (others share
    it) slows one round of all of them, not all the repeats of one.
    """
    runs = [phases(approach) for approach in found]
    best = [dict.fromkeys(PHASES, float("inf")) for _ in found]
    for _ in range(repeat):
        for run, fastest in zip(runs, best, strict=True):
            for phase in PHASES:
                fastest[phase] = min(fastest[phase], timeit.timeit(run[phase], number=number))
    return [
        {phase: seconds / (number * len(approach.rows)) * 1e6 for phase, seconds in b.items()}
        for approach, b in zip(found, best, strict=True)
    ]


def measure(*, quick: bool) -> list[Row]:
    """The codec rows of the table: per approach, µs per row, and the stored sizes."""
    number, repeat = (50, 10) if quick else (100, 50)
    found = approaches()
    rows = [
        Row(
            f"codec per update, {approach.name}: decode / copy / encode / total",
            " / ".join(f"{us[phase]:.1f}" for phase in PHASES) + " µs",
        )
        for approach, us in zip(
            found, time_approaches(found, number=number, repeat=repeat), strict=True
        )
    ]
    sizes = [statistics.mean(len(r.encode("utf-8")) for r in a.rows) for a in found]
    rows.append(
        Row(
            f"stored conversation, mean of {len(found[0].rows)} captured rows: "
            "schema 1 / schema 2 / dataclasses / pydantic",
            " / ".join(f"{size:.0f}" for size in sizes) + " B",
        )
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Measure every codec and print its rows of the table."""
    parser = argparse.ArgumentParser(prog="python -m bench.codec", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args(argv)
    print(format_table(measure(quick=args.quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

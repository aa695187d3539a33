"""`make eval`: the slot reader measured on the labelled sets, field by field.

Sets of messages written the way people write to the bot (tests/data/slots_dev.jsonl, which rule
writers may read, and slots_heldout.jsonl, which they must not), each line {"text", "lang",
"expect"}: `expect` lists every field the message states; fields left out must come out empty.
Printed for each set and field: recall (expected values found), precision (values found that
were expected) and wrong (a value found that contradicts the label: "yes" for "no", "self" for
"other", a payment the label says is not one); then the same over all fields, and the time per
message (p50 / p95), also on 500-character messages. Only counts are printed, never messages,
except with --show on the dev set.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

from bot.core.understanding.slots import FACTS, RELATIONS, Reading, read

HERE = Path(__file__).resolve().parent
SETS = {"dev": HERE / "slots_dev.jsonl", "held-out": HERE / "slots_heldout.jsonl"}
KEYS = {"text", "lang", "expect"}
LANGUAGES = ("en", "es", "mixed")
# The values each field may take (None: free text or a number).
VOCABULARY: dict[str, tuple[object, ...] | None] = {
    "for_whom": ("self", "other"),
    "relation": RELATIONS,
    "gender": ("woman", "man"),
    "age": ("teen", "young_adult", "adult", "senior"),
    "years": None,
    "substances": ("alcohol", "opioids", "benzos", "stimulants", "cannabis", "other"),
    "withdrawal": ("symptoms_now", "detox_done", "still_using", "stopped"),
    "daily_use": ("yes", "no"),
    "schedule": ("day", "evening", "weekend", "online"),
    "groups": (
        "women", "men", "lgbtq", "veterans", "young_adults", "adolescents", "seniors",
        "pregnant", "co_occurring", "trauma", "criminal_justice", "dui",
    ),
    "payment": (
        "medicaid", "medicare", "private_insurance", "tricare", "cash", "sliding_fee", "free",
        "ihs", "unsure",
    ),
    "no_insurance": (True,),
    "not_payment": (
        "medicaid", "medicare", "private_insurance", "tricare", "cash", "sliding_fee", "free",
        "ihs",
    ),
    "plan": None,
    "medication": ("wanted", "taking", "no", "unsure"),
    "program_language": (
        "english", "spanish", "sign_language", "chinese", "vietnamese", "russian", "arabic",
        "korean", "french", "portuguese",
    ),
    "place": None,
    "online": (True,),
    "facts": FACTS,
    "reply": ("yes", "no", "unsure"),
    "vague": (True,),
    "mornings": (True,),
    "other_substance": None,
    "radius": ("10", "25", "50", "100"),
}  # fmt: skip
# Fields added to the reader after the sets were labelled: measured once the sets label them
# (until then every value found would count as a false alarm).
NOT_YET_LABELLED = frozenset(("mornings", "other_substance", "radius"))
FIELDS = tuple(f.name for f in fields(Reading) if f.name not in NOT_YET_LABELLED)
LISTS = frozenset(("substances", "schedule", "groups", "payment", "not_payment", "facts"))
# Fields whose values oppose another field's ("not medicaid" found as medicaid is wrong).
OPPOSITE = {"payment": "not_payment", "not_payment": "payment"}


@dataclass(frozen=True, slots=True)
class Labelled:
    """One message of a set and what the reader should find in it."""

    text: str
    lang: str
    expect: dict[str, object]


@dataclass(slots=True)
class Tally:
    """Counts for one field: values expected, found, found and expected, and wrong."""

    expected: int = 0
    found: int = 0
    right: int = 0
    wrong: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add another field's counts to these."""
        self.expected += other.expected
        self.found += other.found
        self.right += other.right
        self.wrong += other.wrong


def read_set(path: Path) -> list[Labelled]:
    """The messages of a set; ValueError names the first line that breaks the format."""
    messages = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        raw = json.loads(line)
        if not isinstance(raw, dict) or set(raw) != KEYS:
            raise ValueError(f"{path.name}:{number}: keys must be {sorted(KEYS)}")
        if not isinstance(raw["expect"], dict):
            raise ValueError(f"{path.name}:{number}: expect must be an object")
        item = Labelled(text=raw["text"], lang=raw["lang"], expect=raw["expect"])
        problem = problem_in(item)
        if problem:
            raise ValueError(f"{path.name}:{number}: {problem}")
        messages.append(item)
    return messages


def problem_in(item: Labelled) -> str:
    """What is wrong with a labelled message, or "" when it is well made."""
    if not isinstance(item.text, str) or item.lang not in LANGUAGES:
        return "text must be a string and lang one of en, es, mixed"
    for name, value in item.expect.items():
        if name not in VOCABULARY:
            return f"unknown field {name!r}"
        allowed = VOCABULARY[name]
        values = list(value) if isinstance(value, list) else [value]
        if name in LISTS and (not isinstance(value, list) or not value):
            return f"{name} must be a non-empty list"
        if name == "years" and not (isinstance(value, int) and 0 < value < 120):
            return "years must be a whole number of years"
        if allowed is None and name != "years" and not (isinstance(value, str) and value):
            return f"{name} must be text"
        if allowed is not None and any(v not in allowed for v in values):
            return f"{name} has a value outside its vocabulary"
    return ""


def _values(name: str, value: object) -> set[object]:
    """A field's value as a set of comparable values (text compared without case or marks)."""
    if value in (None, False, (), []):
        return set()
    items = list(value) if isinstance(value, list | tuple) else [value]
    if name in ("place", "plan"):
        return {re.sub(r"\W+", " ", str(v).casefold()).strip() for v in items}
    return set(items)


def score(messages: Sequence[Labelled], readings: Sequence[Reading]) -> dict[str, Tally]:
    """Per field: how many values were expected, found, right and wrong."""
    tallies = {name: Tally() for name in FIELDS}
    for item, reading in zip(messages, readings, strict=True):
        for name in FIELDS:
            expected = _values(name, item.expect.get(name))
            found = _values(name, getattr(reading, name))
            tally = tallies[name]
            tally.expected += len(expected)
            tally.found += len(found)
            tally.right += len(expected & found)
            opposite = _values(name, item.expect.get(OPPOSITE.get(name, "")))
            if name in LISTS:
                wrong = {v for v in found - expected if expected or v in opposite}
            else:
                wrong = found - expected if expected else set()
            tally.wrong += len(wrong)
            if expected != found:
                tally.misses.append(
                    f"{item.text!r}: expected {sorted(map(str, expected))}, "
                    f"found {sorted(map(str, found))}"
                )
    return tallies


def _share(part: int, whole: int) -> str:
    """A share as "part/whole = percent"."""
    return f"{part}/{whole} = {part / whole:.0%}" if whole else "–"


def timed_reads(texts: Iterable[str]) -> tuple[list[Reading], list[float]]:
    """The readings of some texts and the milliseconds each took."""
    readings, times = [], []
    for text in texts:
        started = time.perf_counter()
        readings.append(read(text))
        times.append((time.perf_counter() - started) * 1000)
    return readings, times


def _percentiles(times: Sequence[float]) -> str:
    """The median and 95th percentile of some times in milliseconds."""
    p50 = statistics.median(times) if times else 0.0
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else p50
    return f"{p50:.3f} / {p95:.3f} ms"


def long_messages(messages: Sequence[Labelled], length: int = 500) -> list[str]:
    """Messages of `length` characters made of the set's own messages, one after another."""
    texts = [m.text for m in messages]
    made = []
    for start in range(len(texts)):
        joined = ""
        index = start
        while len(joined) < length:
            joined += texts[index % len(texts)] + ". "
            index += 1
        made.append(joined[:length])
    return made


def report(name: str, messages: Sequence[Labelled], show: bool = False) -> list[str]:
    """The lines that describe how the reader does on one set."""
    readings, times = timed_reads(m.text for m in messages)
    tallies = score(messages, readings)
    lines = [f"== {name}: {len(messages)} messages", f"{'field':<17} recall  precision  wrong"]
    total = Tally()
    for field_name, tally in tallies.items():
        total.add(tally)
        lines.append(
            f"{field_name:<17} {_share(tally.right, tally.expected):<16} "
            f"{_share(tally.right, tally.found):<16} {tally.wrong}"
        )
    lines.append(
        f"{'all fields':<17} {_share(total.right, total.expected):<16} "
        f"{_share(total.right, total.found):<16} {total.wrong}"
    )
    lines.append(f"time per message p50 / p95: {_percentiles(times)}")
    _, long_times = timed_reads(long_messages(messages) * 3)
    lines.append(f"time per 500-character message p50 / p95: {_percentiles(long_times)}")
    if show:
        for field_name, tally in tallies.items():
            lines += [f"  {field_name}: {miss}" for miss in tally.misses]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report of every set that exists; 1 when none does."""
    args = list(argv or [])
    show = "--show" in args
    names = [a for a in args if a != "--show"] or list(SETS)
    printed = False
    for name in names:
        path = SETS.get(name)
        if path is None or not path.exists():
            print(f"no set called {name!r} yet", file=sys.stderr)
            continue
        print("\n".join(report(name, read_set(path), show and name == "dev")), end="\n\n")
        printed = True
    return 0 if printed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

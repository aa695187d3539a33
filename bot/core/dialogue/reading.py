"""Reading free text against the options shown: numbers, labels, synonyms, typos; pure."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz

from bot.core.dialogue.io import Choice, UserInput
from bot.core.flow import DONE, SKIP, Step
from bot.core.texts import DEFAULT_LANGUAGE, has_text, text

MAX_TEXT = 500  # what is read of a message for answers; crisis detection reads more

_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")
_PARTS = re.compile(r"\s*(?:,|;|/|\+|&|\band\b|\by\b|\bor\b|\bo\b)\s*", re.IGNORECASE)
_NUMBERS = re.compile(r"^\s*\d{1,2}(?:\s*[, ]\s*\d{1,2})*\s*$")


def normalize(message: str) -> str:
    """Lower case, no accents, no punctuation, single spaces."""
    decomposed = unicodedata.normalize("NFKD", message.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", _NON_WORD.sub(" ", plain)).strip()


# Labels, option values and place names recur on every update; what people type mostly does not.
normalized = functools.lru_cache(maxsize=4096)(normalize)


@functools.cache
def _synonyms_in(key: str, language: str) -> tuple[str, ...]:
    """The normalized synonyms of a text id: the language's, then English (texts never change)."""
    words: list[str] = []
    for code in dict.fromkeys((language, DEFAULT_LANGUAGE)):
        if has_text(key, code):
            words += [normalize(p) for p in text(key, code).split("|") if p.strip()]
    return tuple(dict.fromkeys(words))


def synonyms(text_id: str, language: str) -> tuple[str, ...]:
    """Words people type for an option or intent: the person's language, then English.

    English words stay understood in every language: people mix them ("medicaid", "online",
    "back"), and a phone keyboard may autocorrect into English.
    """
    return _synonyms_in(f"{text_id}.syn", language)


@functools.lru_cache(maxsize=4096)
def whole_words(phrase: str) -> re.Pattern[str]:
    """The phrase as whole words (more phrases recur than the re module's own cache holds)."""
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


def phrase_score(said: str, phrase: str) -> float:
    """How well typed words name a phrase: exact, as whole words inside, or a close spelling."""
    if said == phrase:
        return 100.0
    if len(phrase) >= 4 and whole_words(phrase).search(said):
        return 95.0 - min(len(said) - len(phrase), 40) / 10
    if len(said) >= 4 and len(phrase) >= 4:
        score = fuzz.ratio(said, phrase)
        if score >= 82:
            return float(score) - 10
    return 0.0


class OptionReader:
    """Reads what a message names among the choices a step shows, in one language."""

    def __init__(self, step: Step, choices: Sequence[Choice], language: str) -> None:
        self.step = step
        self.choices = choices
        self.language = language

    def values(self, event: UserInput) -> list[str]:
        """The option values an input names: a button, a number, or words."""
        if event.kind == "choice":
            return [event.value]
        if event.kind != "text":
            return []
        said = normalize(event.text[:MAX_TEXT])
        if not said:
            return []
        exact = [c.value for c in self.choices if said in self.phrases(c)]
        if len(exact) == 1:
            return exact  # "25" names the 25-mile option before it is read as a number
        if _NUMBERS.match(said):
            picked = []
            for number in re.findall(r"\d+", said):
                index = int(number) - 1
                if 0 <= index < len(self.choices):
                    picked.append(self.choices[index].value)
            return picked
        if self.step.skippable and said in synonyms("opt.skip", self.language):
            return [SKIP]
        if self.step.kind == "multi" and said in synonyms("opt.done", self.language):
            return [DONE]
        if self.step.kind != "multi":
            best = self.best_option(said)
            return [best] if best else []
        return self._several(event.text[:MAX_TEXT], said)

    def _several(self, typed: str, said: str) -> list[str]:
        """Several answers in one message: every option named in it, in the order given."""
        found = self.options_named(said)
        for raw_part in _PARTS.split(typed):
            part = normalize(raw_part)
            best = self.best_option(part) if part else ""
            if best and best not in found:
                found.append(best)
        return found

    def best_option(self, said: str) -> str:
        """The choice whose label or synonyms match the words best; empty when unclear."""
        scored: list[tuple[float, str]] = []
        for choice in self.choices:
            score = max((phrase_score(said, p) for p in self.phrases(choice) if p), default=0.0)
            if score:
                scored.append((score, choice.value))
        if not scored:
            return ""
        scored.sort(reverse=True)
        if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[0][0] < 100:
            return ""  # two options fit equally well: ask again rather than guess
        return scored[0][1]

    def options_named(self, said: str) -> list[str]:
        """Options whose label or a synonym appears word for word in the message."""
        named: list[tuple[int, str]] = []
        for choice in self.choices:
            if choice.value in (DONE, SKIP):
                continue
            phrases = self.phrases(choice) - {normalized(choice.value)}
            positions = [
                m.start()
                for p in phrases
                if len(p) >= 3
                for m in [whole_words(p).search(said)]
                if m
            ]
            if positions:
                named.append((min(positions), choice.value))
        return [value for _, value in sorted(named)]

    def phrases(self, choice: Choice) -> set[str]:
        """Everything that names a choice: its label, its value, and the label's synonyms."""
        phrases = {normalized(choice.label), normalized(choice.value.replace("_", " "))}
        option = self.step.option(choice.value)
        label_id = (
            option.label if option else {SKIP: "opt.skip", DONE: "opt.done"}.get(choice.value, "")
        )
        if label_id:
            phrases |= set(synonyms(label_id, self.language))
        return phrases - {""}

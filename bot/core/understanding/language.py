"""Which language a message is in, English or Spanish, from its words, accents and letters; pure.

Short messages are the hard case ("hola", "sí", "para mi hijo", "no sé"): the detectors measured
in bench/language_detectors.md either misread them or were too unsure to use. Two readers vote:
a lexicon (function words and intake words of each language, plus Spanish accents and marks) and
a statistical model of letter sequences (1- to 3-letter n-grams within words, naive Bayes) learnt
from the bot's own texts in both languages, so words no list holds ("auxilio", "aseguranza",
"weekends") still lean one way. The model confirms or contests the lexicon; on its own it only
leans (a margin of 1, too little to switch a conversation). Both silent or at odds ("ok", "no",
"medicaid", a ZIP code, "Los Angeles"): no language, and the conversation keeps its own.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal

from bot.core.texts import EN, ES

Language = Literal["en", "es"]


def _listed(words: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(words.split())


# Words only one of the two languages uses (so "no", "me", "a", "he", "son", "solo", "ok",
# place names, and "ya" and "y", English texting for "yeah" and "yes", are left out),
# including the words people type at intake.
SPANISH_WORDS = _listed(
    """
    de la que el en o los las del se un una unos unas por con para es al lo como pero sus le
    les este esta esto estos estas ese esa eso muy sin sobre tambien hasta hay donde cuando
    quien nos mis tu tus yo ella ellos ellas usted ustedes nosotros cual porque si hola gracias
    necesito ayuda ayudar ayudame puede puedo quiero tengo tiene tienen estoy esta estan soy
    eres hijo hija hijos hijas esposo esposa mama papa hermano hermana novio novia noches
    mananas tardes semana semanas se hablo habla espanol ingles bueno claro favor cerca cuanto
    cuesta trabajo seguro fines despues tambien alguien algo nada nadie todo ahora hoy manana
    ayer dias dia anos ano sabe saber creo pienso donde aqui alla bien mal medicamentos
    pastillas tomar toma tomo bebe beber drogas ayudeme busco buscando programa tratamiento
    cita llamar llame
    """
)
ENGLISH_WORDS = _listed(
    """
    the an and or to of in on for with my i you your she his her is are was were it its im dont
    cant can need help want have we our us him them they their this that what where when how
    who at be not do does am will would just like so but if about from out up there yes yeah
    yep hi hello thanks thank please sure nope daughter husband wife mom dad brother sister
    boyfriend girlfriend evenings evening mornings morning nights weekends weekend work
    insurance know idk english spanish speak near cost much after only looking find program
    treatment drinking drugs pills call tomorrow today now some any something nothing
    """
)
SPANISH_MARKS = frozenset("ñáéíóúü¿¡")
_WORDS = re.compile(r"[a-z']+")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The language a message is in, and by how much it won (0 when it abstains)."""

    language: Language | None
    margin: int = 0


# How far the letters must lean, in mean log-odds per n-gram, to count as a vote; measured in
# bench/language.py on short messages (stronger leans are rare in the other language's words).
LETTERS_LEAN = 0.5
_PLACEHOLDER = re.compile(r"\{[^}]*\}")
_NOT_LETTERS = re.compile(r"[^a-zñáéíóúü]+")


def _letter_words(message: str) -> list[str]:
    """The words of a message as runs of lower-case letters (accents kept: they are evidence)."""
    return _NOT_LETTERS.sub(" ", _PLACEHOLDER.sub(" ", message.casefold())).split()


def _grams(word: str) -> Iterable[str]:
    """The 1- to 3-letter sequences of a word, its edges marked."""
    padded = f" {word} "
    for size in (1, 2, 3):
        for start in range(len(padded) - size + 1):
            gram = padded[start : start + size]
            if gram != " ":
                yield gram


@dataclass(frozen=True, slots=True)
class _Letters:
    """Counts of letter sequences in each language's texts, for naive Bayes odds."""

    spanish: Counter[str]
    english: Counter[str]
    spanish_total: float
    english_total: float

    def lean(self, message: str) -> float:
        """Mean log-odds per n-gram that a message is Spanish (below 0: English; 0: no letters)."""
        grams = [g for word in _letter_words(message)[:80] for g in _grams(word)]
        if not grams:
            return 0.0
        odds = sum(
            math.log((self.spanish[g] + 0.5) / self.spanish_total)
            - math.log((self.english[g] + 0.5) / self.english_total)
            for g in grams
        )
        return odds / len(grams)


@cache
def _letters() -> _Letters:
    """The letter model, learnt once from the catalog's English and Spanish texts."""
    spanish: Counter[str] = Counter()
    english: Counter[str] = Counter()
    for texts, counts in ((ES.values(), spanish), (EN.values(), english)):
        for sentence in texts:
            for word in _letter_words(sentence):
                counts.update(_grams(word))
    kinds = len(spanish.keys() | english.keys())
    return _Letters(
        spanish, english, sum(spanish.values()) + 0.5 * kinds, sum(english.values()) + 0.5 * kinds
    )


def letters_lean(message: str) -> Language | None:
    """The language the letters of a message lean to, when they lean clearly."""
    lean = _letters().lean(message)
    if lean >= LETTERS_LEAN:
        return "es"
    if lean <= -LETTERS_LEAN:
        return "en"
    return None


def _words_vote(message: str) -> tuple[int, int]:
    """Spanish and English evidence from known words and Spanish marks."""
    lowered = message.casefold()[:500]
    # Words are matched without accents (people often leave them out); accents count apart.
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c)
    )
    words = [w.replace("'", "") for w in _WORDS.findall(plain)]
    spanish = sum(w in SPANISH_WORDS for w in words) + sum(c in SPANISH_MARKS for c in lowered)
    english = sum(w in ENGLISH_WORDS for w in words)
    return spanish, english


def words_guess(message: str) -> LanguageGuess:
    """The lexicon's guess alone (measured against the combined one in `make eval`)."""
    spanish, english = _words_vote(message)
    return _decide(spanish, english)


def _decide(spanish: int, english: int) -> LanguageGuess:
    """The language with more evidence, by how much; none on a tie."""
    if spanish == english:
        return LanguageGuess(None)
    if spanish > english:
        return LanguageGuess("es", spanish - english)
    return LanguageGuess("en", english - spanish)


def guess_language(message: str) -> LanguageGuess:
    """English or Spanish by words, accents and letters; no language when they are silent or
    disagree."""
    spanish, english = _words_vote(message)
    letters = letters_lean(message[:500])
    if letters == "es":
        spanish += 1
    elif letters == "en":
        english += 1
    return _decide(spanish, english)

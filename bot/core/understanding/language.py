"""Which language a message is in, English or Spanish, from its words and accents; pure.

Short messages are the hard case ("hola", "sí", "para mi hijo", "no sé"): the detectors measured
in bench/language_detectors.md either misread them or were too unsure to use, so this scores
common function words and intake words of each language, plus Spanish accents and marks, and
abstains on a tie ("ok", "no", "medicaid", a ZIP code): then the conversation keeps its language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Language = Literal["en", "es"]


def _listed(words: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(words.split())


# Words only one of the two languages uses (so "no", "me", "a", "he", "son", "solo", "ok" and
# place names are left out), including the words people type at intake.
SPANISH_WORDS = _listed(
    """
    de la que el en y o los las del se un una unos unas por con para es al lo como pero sus le
    les ya este esta esto estos estas ese esa eso muy sin sobre tambien hasta hay donde cuando
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


def guess_language(message: str) -> LanguageGuess:
    """English or Spanish by words and accents; no language when they tie."""
    lowered = message.casefold()[:500]
    # Words are matched without accents (people often leave them out); accents count apart.
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c)
    )
    words = [w.replace("'", "") for w in _WORDS.findall(plain)]
    spanish = sum(w in SPANISH_WORDS for w in words) + sum(c in SPANISH_MARKS for c in lowered)
    english = sum(w in ENGLISH_WORDS for w in words)
    if spanish == english:
        return LanguageGuess(None)
    if spanish > english:
        return LanguageGuess("es", spanish - english)
    return LanguageGuess("en", english - spanish)

"""Ages: typed years ("he's 52", "17 años", "fifty two") and age words ("teenager", "jubilado");
pure. A ZIP code, a time ("after 5") or a duration ("for 10 years") is not an age."""

from __future__ import annotations

import re

from bot.core.understanding.slots.words import BREAK, Words, lexicon, listed

_ENGLISH_UNITS = listed(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_SPANISH_UNITS = listed(
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciseis diecisiete dieciocho diecinueve"
)
UNITS = {
    **{word: n for n, word in enumerate(_ENGLISH_UNITS)},
    **{word: n for n, word in enumerate(_SPANISH_UNITS)},
    **{f"veinti{word}": 20 + n for n, word in enumerate(_SPANISH_UNITS[:10]) if n},
    "un": 1,
    "una": 1,
}
_TENS_NAMES = listed("twenty thirty forty fifty sixty seventy eighty ninety")
_DECENAS = listed("veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa")
TENS = {
    **{word: 10 * (n + 2) for n, word in enumerate(_TENS_NAMES)},
    **{word: 10 * (n + 2) for n, word in enumerate(_DECENAS)},
    "fourty": 40,
}
# Words before a number that make it an age ("he's 52", "tiene 17", "age 40", "hija de 15").
AGE_CUES = frozenset(
    listed(
        "he she hes shes im am is age aged turned turning turns tiene tengo cumple cumplio edad de"
    )
)
# Words after a number that make it something else than an age (a time, an amount, a dose).
NOT_AGE_AFTER = frozenset(
    listed("""
    days day weeks week months month hours hour minutes min mins pm am oclock mg times time
    drinks drink beers beer pills pill shots bucks dollars miles mi dias dia semanas semana meses
    mes horas hora veces minutos millas dolares percent porciento a of
    """)
)
YEARS_WORDS = frozenset(listed("years year yrs yr anos ano"))
# Words before "N years" that make it a duration ("for 10 years", "hace 5 años").
DURATION_BEFORE = frozenset(
    listed(
        "for since hace desde durante por past last over after in en within about around like "
        "almost nearly"
    )
)
DURATION_AFTER = frozenset(listed("ago clean sober sobrio sobria limpio limpia of in de"))
# Alone, these are as likely a distance in miles as an age (the search radius asks for them).
DISTANCES = frozenset((10, 25, 50, 100))
_AGE_TOKEN = re.compile(r"^(\d{1,3})(?:yo|yrs|yr|y|f|m)$")  # "52yo", "24F"

AGE_WORDS = lexicon(
    {
        "teen": (
            "teen", "teenager", "teenage", "adolescent", "adolescente",
            "high school", "highschool", "menor de edad", "minor", "underage", "preparatoria",
            "prepa", "secundaria", r"in (?:his|her|my|their) teens",
        ),
        "young_adult": (
            r"in (?:his|her|my|their|your) (?:early |mid )?(?:20s|twenties)",
            r"(?:early|mid) (?:20s|twenties)", "college", "university", "universidad",
            "young adult", "twenty something", "veintitantos",
        ),
        "adult": (
            r"in (?:his|her|my|their|your) (?:early |mid |late )?(?:30s|40s|50s|thirties|forties"
            r"|fifties)",
            r"late (?:20s|twenties)", "middle aged", "middle age",
        ),
        "senior": (
            "elderly", "retired", "retiree", "jubilado", "jubilada", "anciano", "anciana",
            "tercera edad", "adulto mayor", "adulta mayor", "senior citizen", "older adult",
            r"in (?:his|her|my|their) (?:70s|80s|90s|seventies|eighties|nineties)",
        ),
    }
)  # fmt: skip
# "teen program", "college student" name a group or a place, not always an age: kept as age
# only when not followed by these.
NOT_AGE_NEXT = frozenset(listed("program programs group groups iop iops"))


def age_group(years: int) -> str:
    """The flows' age group for an age in years."""
    if years < 18:
        return "teen"
    if years <= 25:
        return "young_adult"
    return "adult" if years < 65 else "senior"


def number_at(tokens: tuple[str, ...], index: int) -> tuple[int, int] | None:
    """The number that starts at a token, in digits or words: (value, tokens used)."""
    token = tokens[index]
    if token.isdecimal():
        return (int(token), 1) if len(token) <= 3 else None
    if token in UNITS:
        return UNITS[token], 1
    if token in TENS:
        value, used = TENS[token], 1
        rest = tokens[index + 1 : index + 3]
        if rest[:1] == ("y",) and len(rest) > 1 and rest[1] in UNITS and UNITS[rest[1]] < 10:
            return value + UNITS[rest[1]], 3
        if rest[:1] and rest[0] in UNITS and 0 < UNITS[rest[0]] < 10:
            return value + UNITS[rest[0]], 2
        return value, used
    return None


def _typed_years(words: Words, about_someone: bool, kin: frozenset[str]) -> int | None:
    """An age given in years, from the numbers of the message and the words around them."""
    tokens = words.tokens
    lone = [t for t in tokens if t != BREAK]
    for index, token in enumerate(tokens):
        shaped = _AGE_TOKEN.match(token)
        if shaped:
            return _plausible(int(shaped.group(1)))
        found = number_at(tokens, index)
        if found is None or (index and number_at(tokens, index - 1)):
            continue
        value, used = found
        before = words.before(index, 2)
        after = words.after(index + used, 3)
        if after[:1] and after[0] in NOT_AGE_AFTER:
            continue
        if after[:1] in (["yo"], ["yrs"]) or after[:2] == ["y", "o"]:
            return _plausible(value)  # "15 yo", "15 y/o"
        if after[:1] and after[0] in YEARS_WORDS:
            if (before[:1] and before[0] in DURATION_BEFORE) or (
                after[1:2] and after[1] in DURATION_AFTER and after[1:3] != ["de", "edad"]
            ):
                continue
            return _plausible(value)
        if before[:1] and before[0] in AGE_CUES:
            if before[0] == "de" and not about_someone:
                continue
            return _plausible(value)
        if before[:1] and before[0] in kin and 12 <= value <= 99:
            return value  # "my son 19 fentanyl", "mi hija 16"
        alone = not before and not after
        if alone and len(lone) > used and about_someone and 12 <= value <= 99:
            return value  # "my mom, 67, wine every night"
        if alone and len(lone) == used and not token.isdecimal() and value not in DISTANCES:
            return _plausible(value)  # "fifty two" (a bare "25" is a menu number or a radius)
    return None


def _plausible(value: int) -> int | None:
    """An age a person can be and be looking for a program."""
    return value if 10 <= value <= 105 else None


def years_in(
    words: Words, about_someone: bool, kin: frozenset[str] = frozenset()
) -> tuple[int | None, str | None]:
    """The age in years, when typed, and the age group (from the years or from words); a
    number right after one of the `kin` words ("my son 19") is an age."""
    years = _typed_years(words, about_someone, kin)
    if years is not None:
        return years, age_group(years)
    for hit in AGE_WORDS.find(words):
        if words.negated(hit) or set(words.after(hit.end, 1)) & NOT_AGE_NEXT:
            continue
        before = words.before(hit.start, 3)
        if before[:2] == ["a", "as"] or "was" in before or words.in_the_past(hit):
            continue  # "as a teen", "when I was a teenager": then, not now
        return None, hit.value
    return None, None

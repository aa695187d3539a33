"""Ages: typed years ("he's 52", "17 años", "fifty two") and age words ("teenager", "jubilado");
pure. A ZIP code, a time ("after 5") or a duration ("for 10 years") is not an age. Also how
far one can travel ("10 or 15 miles", "half an hour", "not far"), as the radius options."""

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


# How far one can travel, as the radius options (miles) the search offers.
RADII = (10, 25, 50, 100)
MILES = frozenset(listed("miles mile mi millas milla"))
MINUTES = frozenset(listed("minutes minute min mins minutos minuto"))
HOURS = frozenset(listed("hours hour hr hrs horas hora"))
# Minutes of travel as miles: about 36 mph, between city streets and highways.
MILES_A_MINUTE = 0.6
DISTANCE_WORDS = lexicon(
    {
        "10": (
            "not far", "not too far", "close by", "nearby", "close to home", "no muy lejos",
            r"cerca(?! de\b| del\b)", "cerquita", "nada lejos", "walking distance",
        ),
        "30 min": ("half an hour", "half hour", "media hora"),
        "60 min": ("an hour", "one hour", "una hora"),
        "100": (
            "anywhere", "far is fine", "as far as needed", "no importa la distancia",
            "donde sea", "lo que sea necesario",
        ),
    }
)  # fmt: skip


# Words that make a time a time of travel ("30 min drive", "an hour away"), not of use or work.
TRAVEL = frozenset(
    listed("""
    drive driving drove away travel commute ride bus car max tops out far from lejos manejar
    manejando camino viaje viajar carro
    """)
)


def radius_in(words: Words, *, asked: bool = False) -> str | None:
    """The radius option for how far the message says one can travel, if it says. A time
    counts with a word of travel ("20 min drive"), or anyway when ``asked`` how far."""
    tokens = words.tokens
    travel = asked or bool(set(tokens) & TRAVEL)
    longest = 0.0
    for index in range(len(tokens)):
        found = number_at(tokens, index)
        if found is None:
            continue
        value, used = found
        # "10 or 15 miles", "10-15 min": the unit after the last number counts for both.
        unit = next((t for t in words.after(index + used, 3) if not t.isdecimal()), "")
        if unit in ("or", "to", "o", "a"):
            unit = next((t for t in words.after(index + used, 4)[2:] if t.isalpha()), "")
        if unit in MILES:
            longest = max(longest, float(value))
        elif travel and (unit in MINUTES or unit in HOURS):
            minutes = value * (60 if unit in HOURS else 1)
            longest = max(longest, minutes * MILES_A_MINUTE)
    for hit in DISTANCE_WORDS.find(words):
        if " " in hit.value and not travel:
            continue  # "half an hour", "una hora" of what?
        if hit.value == "100" and words.negated(hit):
            continue  # "not anywhere too far" ("not far" and "no more than an hour" are kept)
        amount, _, unit = hit.value.partition(" ")
        longest = max(longest, float(amount) * (MILES_A_MINUTE if unit else 1.0))
    if not longest:
        return None
    return str(next((r for r in RADII if longest <= r), RADII[-1]))

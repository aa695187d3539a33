"""Whom a listing says a program serves, and who is outside it; pure, no I/O.

The directory's *hard* facts are the gender accepted (``FEM``/``MALE``), the substances a
facility does not treat (``NAUT``, ``NOOP``) and its exclusive services (``AUDO``, ``OUDO``,
``DUO``, and ``VAMC``: run by Veterans Affairs). A program whose listing contradicts what is
known about the person is never shown; when it is shown, its restrictions are flagged on the
card. Ages are *weak* evidence (1,000 IOPs list no age, 1,316 list only children/adolescents,
849 of these running adult women's or men's groups): they rank and annotate, never exclude.
The 2023 directory has no code for court-only, pregnant-women-only or adolescent-only programs,
so nothing here claims one.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Literal

from bot.core.features import Feature
from bot.core.programs import Program

Gender = Literal["", "woman", "man"]
FlagKind = Literal[
    "women_only",
    "men_only",
    "va_only",
    "dui_only",
    "alcohol_only",
    "opioids_only",
    "no_alcohol",
    "no_opioids",
    "ages_listed",
    "ages_unlisted",
]
AgeEvidence = Literal["listed", "unlisted", "other"]

# The directory's age groups, in order, by the age answer each stands for.
AGE_CODES = (("teen", "CHLD"), ("young_adult", "YAD"), ("adult", "ADLT"), ("senior", "SNR"))
ALL_AGE_CODES = frozenset(code for _, code in AGE_CODES)


@dataclass(frozen=True, slots=True)
class Person:
    """What is known about the person who needs treatment that a listing can contradict."""

    gender: Gender = ""
    substances: frozenset[str] = frozenset()  # intake values: "alcohol", "opioids", …
    dui: bool = False  # has a DUI/DWI (a program serving only DUI/DWI clients may take them)


@dataclass(frozen=True, slots=True)
class Flag:
    """Something a card must say about whom a program serves ("Serves women only")."""

    kind: FlagKind
    ages: tuple[str, ...] = ()  # for "ages_listed": the age groups the listing names


def _only(codes: AbstractSet[str], code: str, other: str) -> bool:
    return code in codes and other not in codes


# Each restriction a listing can state, in the order cards name them.
_RESTRICTIONS: tuple[tuple[FlagKind, str], ...] = (
    ("women_only", "FEM"),
    ("men_only", "MALE"),
    ("va_only", "VAMC"),
    ("dui_only", "DUO"),
    ("alcohol_only", "AUDO"),
    ("opioids_only", "OUDO"),
    ("no_alcohol", "NAUT"),
    ("no_opioids", "NOOP"),
)


def restrictions(program: Program) -> tuple[Flag, ...]:
    """The restrictions a program's listing states, as flags for its card."""
    codes = program.codes
    flags: list[Flag] = []
    for kind, code in _RESTRICTIONS:
        if kind == "women_only":
            listed = _only(codes, "FEM", "MALE")
        elif kind == "men_only":
            listed = _only(codes, "MALE", "FEM")
        else:
            listed = code in codes
        if listed:
            flags.append(Flag(kind))
    return tuple(flags)


def excluded(program: Program, person: Person) -> bool:
    """Whether the listing contradicts what is known about the person.

    Unknown facts contradict nothing, except that a program serving only DUI/DWI clients is
    shown only to someone who said they have one.
    """
    codes = program.codes
    if person.gender == "man" and _only(codes, "FEM", "MALE"):
        return True
    if person.gender == "woman" and _only(codes, "MALE", "FEM"):
        return True
    if "DUO" in codes and not person.dui:
        return True
    used = person.substances
    if not used:
        return False
    if ("alcohol" in used and "NAUT" in codes) or ("opioids" in used and "NOOP" in codes):
        return True
    return ("OUDO" in codes and "opioids" not in used) or (
        "AUDO" in codes and "alcohol" not in used
    )


def ages_listed(program: Program) -> tuple[str, ...]:
    """The age groups a listing names, as age answers ("teen", "adult", …)."""
    return tuple(age for age, code in AGE_CODES if code in program.codes)


def age_evidence(program: Program, age: Feature) -> AgeEvidence:
    """What the listing says about the age group asked for: listed, no ages at all, or only
    other ages."""
    if not program.codes.isdisjoint(age.codes):
        return "listed"
    if program.codes.isdisjoint(ALL_AGE_CODES):
        return "unlisted"
    return "other"


def age_flag(program: Program, age: Feature | None) -> Flag | None:
    """The age note a card needs: the age asked for is not listed (other ages are, or none);
    with no age asked, a listing that names only children and adolescents."""
    listed = ages_listed(program)
    if age is None:
        return Flag("ages_listed", listed) if listed == ("teen",) else None
    evidence = age_evidence(program, age)
    if evidence == "unlisted":
        return Flag("ages_unlisted")
    if evidence == "other":
        return Flag("ages_listed", listed)
    return None

"""Whom a listing says a program serves, and who is outside it; pure, no I/O.

The directory's *hard* facts are the gender accepted (``FEM``/``MALE``), the substances a
facility does not treat (``NAUT``, ``NOOP``) and its exclusive services (``AUDO``, ``OUDO``,
``DUO``, and ``VAMC``: run by Veterans Affairs). A program whose listing contradicts what is
known about the person is never shown; when it is shown, its restrictions are flagged on the
card. Ages are *weak* evidence (1,000 IOPs list no age, 1,316 list only children/adolescents,
849 of these running adult women's or men's groups): they rank and annotate, never exclude.
The 2023 directory has no code for court-only, pregnant-women-only or adolescent-only programs,
so nothing here claims one.

Withdrawal management (detox) is listed per substance: ``ADTX`` alcohol, ``ODTX`` opioids,
``BDTX`` benzodiazepines, ``CDTX`` cocaine, ``MDTX`` methamphetamine, and ``DB`` buprenorphine
detox (an opioid withdrawal). A detox suggestion is a hard fact like the ones above: when the
person's substances are known and the listing names withdrawals, but none of theirs, it is not
shown. The intake's substances read as: alcohol -> ``ADTX``; opioids -> ``ODTX`` or ``DB``;
benzos -> ``BDTX``; stimulants -> ``CDTX`` or ``MDTX`` (the intake does not tell cocaine from
methamphetamine, so either counts). Cannabis and "something else" have no detox code, so they
never hide a listing. A listing that names none of these codes is kept, and its card says the
directory does not say which withdrawals it manages. Of the 2,847 detox listings (``DT``,
``OD``, ``RD`` or ``HID``), 2,768 name at least one: ``ODTX`` 2,729, ``ADTX`` 2,037, ``BDTX``
1,891, ``MDTX`` 1,723, ``CDTX`` 1,682 and ``DB`` 1,851 (never alone); 728 list ``ODTX`` without
``ADTX`` (597 name opioids only), and 79 name none. With several substances, a listing that
covers any of them is shown, and its card names those it does not list ("ask").
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
    "group_ages",
]
AgeEvidence = Literal["listed", "unlisted", "other"]

# The directory's age groups, in order, by the age answer each stands for.
AGE_CODES = (("teen", "CHLD"), ("young_adult", "YAD"), ("adult", "ADLT"), ("senior", "SNR"))
ALL_AGE_CODES = frozenset(code for _, code in AGE_CODES)
# The age codes that support an age answer (most programs that take seniors list them only as
# adults, so adults count for seniors, as in bot.core.features).
SUPPORTING_CODES: dict[str, frozenset[str]] = {
    "teen": frozenset({"CHLD"}),
    "young_adult": frozenset({"YAD"}),
    "adult": frozenset({"ADLT"}),
    "senior": frozenset({"SNR", "ADLT"}),
}
# Groups for people of an age, by the feature key, and the age answer each is for.
AGE_GROUPS: dict[str, str] = {
    "group:adolescents": "teen",
    "group:young_adults": "young_adult",
    "group:seniors": "senior",
}


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
    ages: tuple[str, ...] = ()  # for "ages_listed", "group_ages": the age groups listed
    group: str = ""  # for "group_ages": the age answer of the group listed ("young_adult")


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


# The withdrawals a detox listing can name, in the order cards name them: the name of each (a
# text id suffix) and the codes that list it.
DETOX_LISTED: tuple[tuple[str, frozenset[str]], ...] = (
    ("alcohol", frozenset({"ADTX"})),
    ("opioids", frozenset({"ODTX", "DB"})),
    ("benzos", frozenset({"BDTX"})),
    ("cocaine", frozenset({"CDTX"})),
    ("meth", frozenset({"MDTX"})),
)
ALL_DETOX_CODES = frozenset(code for _, codes in DETOX_LISTED for code in codes)
# The intake's substances, by the detox codes that cover their withdrawal (cannabis and
# "something else" have none).
DETOX_CODES: dict[str, frozenset[str]] = {
    "alcohol": frozenset({"ADTX"}),
    "opioids": frozenset({"ODTX", "DB"}),
    "benzos": frozenset({"BDTX"}),
    "stimulants": frozenset({"CDTX", "MDTX"}),
}


def detox_listed(program: Program) -> tuple[str, ...]:
    """The withdrawals a detox listing names ("alcohol", "opioids", …); () when it names none."""
    return tuple(name for name, codes in DETOX_LISTED if not program.codes.isdisjoint(codes))


def detox_not_listed(program: Program, person: Person) -> tuple[str, ...]:
    """The person's substances whose withdrawal a listing that names withdrawals does not
    list, in intake order; () when it names none (nothing is known) or covers them all."""
    if program.codes.isdisjoint(ALL_DETOX_CODES):
        return ()
    return tuple(
        substance
        for substance, codes in DETOX_CODES.items()
        if substance in person.substances and program.codes.isdisjoint(codes)
    )


def detox_excluded(program: Program, person: Person) -> bool:
    """Whether a detox listing names withdrawals, but none of the person's substances."""
    known = [codes for substance, codes in DETOX_CODES.items() if substance in person.substances]
    if not known or program.codes.isdisjoint(ALL_DETOX_CODES):
        return False
    return all(program.codes.isdisjoint(codes) for codes in known)


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


def ages_support(program: Program, age: str) -> bool:
    """Whether a listing's age groups allow an age answer: it lists it, or lists no ages.

    A group for an age (``TAY`` young adults, ``SE`` seniors, ``AD`` adolescents) on a listing
    whose ages exclude it is contradictory (676 IOPs listing only children run a young-adult
    group): a card never calls it a match, and says what is listed instead.
    """
    return program.codes.isdisjoint(ALL_AGE_CODES) or not program.codes.isdisjoint(
        SUPPORTING_CODES[age]
    )


def only_children_listed(program: Program) -> bool:
    """Whether the only age group a listing names is children/adolescents (``CHLD``)."""
    return ages_listed(program) == ("teen",)


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

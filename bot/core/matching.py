"""Ranks treatment programs against what a person needs, with reasons and relaxations; pure.

How results are ranked (this text is also what the bot may tell people):

* A program is a candidate when it offers the level of care asked for (IOP by default), lies
  inside the search area, meets every *required* criterion, and its listing does not
  contradict what is known about the person (gender accepted, substances it does not treat or
  treats exclusively, DUI/DWI clients only; for detox, withdrawals listed for none of the
  person's substances: see ``bot.core.restrictions``).
* Its score, from 0 to 100, is ``60 x preference share + 40 x proximity``:
  - preference share: the weighted share of *preferred* criteria it meets (1 when nothing is
    preferred). Weights: group, payment and language 3; medication and age 2; extras 1. Age is
    always a preference: a listing that names no ages meets it by half.
  - proximity: ``1 - distance / scale`` clamped to 0..1, where the scale is the search radius
    (250 miles for statewide and online searches, 0 when no point is known).
* For anyone else (an adult, young adult or senior, or no age given), a listing whose only age
  group is children/adolescents loses ``TEEN_ONLY_PENALTY`` points: it ranks after otherwise
  equal programs (and after ones up to a quarter of the radius farther), and is never hidden.
  A veteran who gave no age is ranked as an adult of any age (``ANY_ADULT``), which the card
  never claims.
* For a teenager, programs that list adolescents come first, whatever their score.
* Ties are broken by distance (nearest first, unknown last), then name, then id, so the same
  search always gives the same order.

When fewer than ``min_results`` programs qualify, the search is relaxed step by step, and each
step is reported: first the radius is widened (5, 10, 25, 50, 100 miles, up to
``max_radius_miles``); only when that still leaves too few, required criteria are turned into
preferences, least important first (extras, groups, language, medication, payment); last,
programs in the same state that offer telehealth are added. The level of care is never relaxed
(a program that does not offer IOP is never shown as one), and neither is what a listing says
about whom it serves or, for detox, which withdrawals it manages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from bot.core.features import DEFAULT_LEVEL, DETOX_LEVELS, TELEHEALTH, Category, Feature
from bot.core.geo import haversine_miles
from bot.core.ports import ProgramCatalog
from bot.core.programs import Program
from bot.core.restrictions import (
    AGE_GROUPS,
    Flag,
    Person,
    age_evidence,
    age_flag,
    ages_listed,
    ages_support,
    detox_excluded,
    excluded,
    only_children_listed,
    restrictions,
)

if TYPE_CHECKING:
    from bot.core.location import Place

PREFERENCE_WEIGHT = 60.0
PROXIMITY_WEIGHT = 40.0
STATEWIDE_SCALE_MILES = 250.0

# Radii tried when widening, before any requirement is dropped: what the person asked for is
# worth a longer drive, and the bot says how far it looked.
RADIUS_STEPS = (5.0, 10.0, 25.0, 50.0, 100.0)

CATEGORY_WEIGHTS: dict[Category, float] = {
    Category.GROUP: 3.0,
    Category.PAYMENT: 3.0,
    Category.LANGUAGE: 3.0,
    Category.MEDICATION: 2.0,
    Category.AGE: 2.0,
    Category.EXTRA: 1.0,
    Category.LEVEL: 3.0,
}

# Least important first: what is dropped first when nothing fits. Age is not here: it never
# filters (the directory's age codes are too unreliable), so there is nothing to drop.
RELAXATION_ORDER: tuple[Category, ...] = (
    Category.EXTRA,
    Category.GROUP,
    Category.LANGUAGE,
    Category.MEDICATION,
    Category.PAYMENT,
)
# Criteria that only rank and annotate, whatever their need says.
EVIDENCE_ONLY = frozenset({Category.AGE})
# The share of an age preference met by a listing that names no ages at all.
UNLISTED_AGE_SHARE = 0.5
# A teenager needs a program that takes adolescents: those that list them come first.
TEEN_KEY = "age:teen"
# What a listing naming only children/adolescents loses in anyone else's search: a quarter of
# the proximity weight, so it ranks after otherwise equal programs but is never hidden (849 of
# the 1,316 such IOPs run adult women's or men's groups: the code is often an error).
TEEN_ONLY_PENALTY = 10.0

SearchMode = Literal["nearby", "statewide", "online"]


class Need(StrEnum):
    """Whether a criterion filters programs out or only ranks them."""

    REQUIRED = "required"
    PREFERRED = "preferred"


@dataclass(frozen=True, slots=True)
class Criterion:
    """One thing the person asked for, and how much it matters."""

    feature: Feature
    need: Need = Need.REQUIRED
    # Implied by other answers, not said (a veteran is an adult): it ranks, but a card neither
    # lists it as a match nor notes a listing against it.
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    """A search: where, what level of care, and the criteria.

    ``nearby`` needs a point and a radius; ``statewide`` takes every program in ``state``;
    ``online`` takes programs in ``state`` that offer telehealth. A point, when known, orders
    statewide and online results by distance too. ``person`` holds what a listing may
    contradict (gender, substances, a DUI).
    """

    mode: SearchMode = "nearby"
    latitude: float | None = None
    longitude: float | None = None
    state: str = ""
    radius_miles: float = 25.0
    level: Feature = DEFAULT_LEVEL
    criteria: tuple[Criterion, ...] = ()
    limit: int = 10
    min_results: int = 3
    max_radius_miles: float = 100.0
    relax: bool = True
    person: Person = field(default_factory=Person)


@dataclass(frozen=True, slots=True)
class Match:
    """One program in the results, with why it matches and what to check by phone."""

    program: Program
    distance_miles: float | None
    score: float
    matched: tuple[str, ...]
    unmatched: tuple[str, ...]
    verify: tuple[str, ...]
    via_telehealth: bool = False
    # What the card must say about whom the program serves, and the age evidence.
    flags: tuple[Flag, ...] = ()
    # 0, or 1 for a program that lists no adolescents in a teenager's search (shown after).
    tier: int = 0


RelaxationKind = Literal["radius", "dropped", "telehealth_statewide"]


@dataclass(frozen=True, slots=True)
class Relaxation:
    """One loosening of the search, so the person can be told exactly what changed."""

    kind: RelaxationKind
    feature: str = ""
    from_miles: float = 0.0
    to_miles: float = 0.0
    state: str = ""


@dataclass(frozen=True, slots=True)
class SearchOutcome:
    """Ranked matches (at most ``limit``), how many qualified, and what was relaxed."""

    query: Query
    matches: tuple[Match, ...]
    total: int
    relaxations: tuple[Relaxation, ...] = field(default=())


class InvalidQueryError(ValueError):
    """A query that cannot be run (no point for a nearby search, no state for online)."""


# What the directory cannot tell (it has no hours, openings or network data), always asked by
# phone. These are text-id suffixes: "verify.<item>".
VERIFY_ALWAYS = ("hours", "openings", "insurance_network")
VERIFY_ITEMS = (
    *VERIFY_ALWAYS,
    "iop_schedule",
    "medication",
    "language",
    "group",
    "telehealth_area",
    "distance_approximate",
)


def search(catalog: ProgramCatalog, query: Query) -> SearchOutcome:
    """Run a search, relaxing it out loud when too few programs qualify."""
    _check(query)
    state = _Relaxing(catalog, query)
    if query.relax:
        state.widen(up_to=max(query.radius_miles, query.max_radius_miles))
        for criterion in _relaxable(query.criteria):
            if state.enough():
                break
            state.drop(criterion)
        state.add_telehealth()
    current = state.query
    ranked = sorted((_score(current, p, d, via) for p, d, via in state.found), key=_order)
    return SearchOutcome(
        query=current,
        matches=tuple(ranked[: query.limit]),
        total=len(ranked),
        relaxations=tuple(state.relaxations),
    )


class _Relaxing:
    """A search being loosened one step at a time, remembering each step."""

    def __init__(self, catalog: ProgramCatalog, query: Query) -> None:
        self.catalog = catalog
        self.query = query
        self.found = _candidates(catalog, query)
        self.relaxations: list[Relaxation] = []

    def enough(self) -> bool:
        return len(self.found) >= self.query.min_results

    def widen(self, up_to: float) -> None:
        """Step the radius out until enough programs qualify or the limit is reached."""
        if self.query.mode != "nearby":
            return
        start = self.query.radius_miles
        for step in (*RADIUS_STEPS, up_to):
            if self.enough() or step > up_to:
                break
            if step > self.query.radius_miles:
                self.query = replace(self.query, radius_miles=step)
                self.found = _candidates(self.catalog, self.query)
        if self.query.radius_miles > start:
            self.relaxations.append(
                Relaxation("radius", from_miles=start, to_miles=self.query.radius_miles)
            )

    def drop(self, criterion: Criterion) -> None:
        """Turn one requirement into a preference."""
        self.query = replace(self.query, criteria=_soften(self.query.criteria, criterion))
        self.relaxations.append(Relaxation("dropped", feature=criterion.feature.key))
        self.found = _candidates(self.catalog, self.query)

    def add_telehealth(self) -> None:
        """Add programs in the same state, beyond the radius, that offer telehealth."""
        if self.enough() or self.query.mode != "nearby" or not self.query.state:
            return
        seen = {p.id for p, _, _ in self.found}
        online = replace(self.query, mode="online")
        extra = [(p, d, True) for p, d, _ in _candidates(self.catalog, online) if p.id not in seen]
        if extra:
            self.relaxations.append(Relaxation("telehealth_statewide", state=self.query.state))
            self.found.extend(extra)


def _check(query: Query) -> None:
    if query.mode == "nearby" and (query.latitude is None or query.longitude is None):
        raise InvalidQueryError("a nearby search needs a point")
    if query.mode in ("statewide", "online") and not query.state:
        raise InvalidQueryError(f"a {query.mode} search needs a state")
    if query.radius_miles <= 0 or query.limit < 1:
        raise InvalidQueryError("radius and limit must be positive")


Found = tuple[Program, float | None, bool]


def _candidates(catalog: ProgramCatalog, query: Query) -> list[Found]:
    """Programs in the area that offer the level of care and meet every requirement."""
    required = [query.level.codes] + [
        c.feature.codes
        for c in query.criteria
        if c.need is Need.REQUIRED and c.feature.category not in EVIDENCE_ONLY
    ]
    if query.mode == "online":
        required.append(TELEHEALTH.codes)
    detox = query.level.key in DETOX_LEVELS
    return [
        (program, distance, False)
        for program, distance in _area(catalog, query)
        if all(not program.codes.isdisjoint(codes) for codes in required)
        and not excluded(program, query.person)
        and not (detox and detox_excluded(program, query.person))
    ]


def _area(catalog: ProgramCatalog, query: Query) -> Iterable[tuple[Program, float | None]]:
    if query.mode == "nearby":
        lat, lon = query.latitude, query.longitude
        if lat is None or lon is None:
            raise InvalidQueryError("a nearby search needs a point")
        return catalog.near(lat, lon, query.radius_miles)
    return ((p, _distance(query, p)) for p in catalog.in_state(query.state))


def _distance(query: Query, program: Program) -> float | None:
    if query.latitude is None or query.longitude is None:
        return None
    return haversine_miles(query.latitude, query.longitude, program.latitude, program.longitude)


def _relaxable(criteria: Sequence[Criterion]) -> list[Criterion]:
    """Required criteria in the order they may be dropped (least important first)."""
    required = [c for c in criteria if c.need is Need.REQUIRED]
    rank = {category: i for i, category in enumerate(RELAXATION_ORDER)}
    # Within a category the one asked for last goes first: earlier answers usually matter more.
    indexed = list(enumerate(required))
    indexed.sort(key=lambda item: (rank.get(item[1].feature.category, len(rank)), -item[0]))
    return [c for _, c in indexed if c.feature.category in rank]


def _soften(criteria: tuple[Criterion, ...], target: Criterion) -> tuple[Criterion, ...]:
    return tuple(replace(c, need=Need.PREFERRED) if c == target else c for c in criteria)


def _meets(program: Program, feature: Feature) -> bool:
    return not program.codes.isdisjoint(feature.codes)


def _score(query: Query, program: Program, distance: float | None, via: bool) -> Match:
    """Score one qualifying program and explain it."""
    matched = [query.level.key]
    if query.mode == "online":
        matched.append(TELEHEALTH.key)
    unmatched: list[str] = []
    weight_total = weight_met = 0.0
    age: Feature | None = None
    age_met = 0.0
    for criterion in query.criteria:
        feature = criterion.feature
        met = _share(program, feature)
        if feature.category is Category.AGE:
            age_met = met
            age = None if criterion.inferred else feature
            if met == 1.0 and age is not None:
                matched.append(feature.key)  # otherwise the age flag says what is listed
        elif met:
            # An "or" of alternatives is explained by those the program has.
            matched += [m.key for m in feature.members if _meets(program, m)] or [feature.key]
        else:
            unmatched.append(feature.key)
        if criterion.need is Need.PREFERRED or feature.category in EVIDENCE_ONLY:
            weight = CATEGORY_WEIGHTS[feature.category]
            weight_total += weight
            weight_met += weight * met
    if via and TELEHEALTH.key not in matched:
        matched.append(TELEHEALTH.key)
    share = weight_met / weight_total if weight_total else 1.0
    scale = query.radius_miles if query.mode == "nearby" else STATEWIDE_SCALE_MILES
    proximity = 0.0 if distance is None else max(0.0, 1.0 - distance / scale)
    teen = age is not None and age.key == TEEN_KEY
    penalty = TEEN_ONLY_PENALTY if not teen and only_children_listed(program) else 0.0
    score = round(PREFERENCE_WEIGHT * share + PROXIMITY_WEIGHT * proximity - penalty, 2)
    # An age, or a group for an age, that the listing's ages do not allow is not called a match.
    unsupported = [key for key in matched if not _ages_allow(program, key)]
    return Match(
        program=program,
        distance_miles=None if distance is None else round(distance, 1),
        score=score,
        matched=tuple(k for k in dict.fromkeys(matched) if k not in unsupported),
        unmatched=tuple(unmatched),
        verify=_verify(query, program, via),
        via_telehealth=via,
        flags=_flags(program, age, unsupported),
        tier=1 if teen and age_met < 1.0 else 0,
    )


def _age_of(key: str) -> str:
    """The age answer a matched key is about ("young_adult"), or "" for any other."""
    if key.startswith("age:"):
        return key.partition(":")[2]
    return AGE_GROUPS.get(key, "")


def _ages_allow(program: Program, key: str) -> bool:
    age = _age_of(key)
    return not age or ages_support(program, age)


def _share(program: Program, feature: Feature) -> float:
    """How far a program meets a feature: 1 or 0, and by half for an age it lists no ages for."""
    if feature.category is Category.AGE:
        evidence = age_evidence(program, feature)
        return {"listed": 1.0, "unlisted": UNLISTED_AGE_SHARE, "other": 0.0}[evidence]
    return 1.0 if _meets(program, feature) else 0.0


def _flags(program: Program, age: Feature | None, unsupported: Sequence[str]) -> tuple[Flag, ...]:
    """What a card says about whom the program serves: restrictions, then the ages listed
    (once: beside a group for an age the listing's ages do not allow, when there is one)."""
    listed = ages_listed(program)
    groups = list(dict.fromkeys(Flag("group_ages", listed, _age_of(key)) for key in unsupported))
    noted = None if groups else age_flag(program, age)
    return (*restrictions(program), *((noted,) if noted else ()), *groups)


def _verify(query: Query, program: Program, via: bool) -> tuple[str, ...]:
    """What the directory cannot answer about this program, to be asked by phone."""
    items = list(VERIFY_ALWAYS)
    categories = {c.feature.category for c in query.criteria}
    if query.level.key == DEFAULT_LEVEL.key:
        items.append("iop_schedule")
    if Category.MEDICATION in categories:
        items.append("medication")
    if Category.LANGUAGE in categories:
        items.append("language")
    if Category.GROUP in categories:
        items.append("group")
    if via or query.mode == "online":
        items.append("telehealth_area")
    if program.geo_precision == "zip":
        items.append("distance_approximate")
    return tuple(items)


def _order(match: Match) -> tuple[int, float, float, str, str]:
    distance = match.distance_miles if match.distance_miles is not None else float("inf")
    return (match.tier, -match.score, distance, match.program.name.casefold(), match.program.id)


def query_for_place(
    place: Place,
    *,
    online: bool = False,
    radius_miles: float = 25.0,
    level: Feature = DEFAULT_LEVEL,
    criteria: tuple[Criterion, ...] = (),
    limit: int = 10,
    person: Person | None = None,
    max_radius_miles: float = 100.0,
) -> Query:
    """The query for a resolved place: nearby for a point, statewide for a state alone.

    ``online`` searches for telehealth programs in the place's state, ordered by distance from
    the place when it is a point (by name when only the state is known).
    """
    point = place.kind != "state"
    mode: SearchMode = "online" if online else ("nearby" if point else "statewide")
    return Query(
        mode=mode,
        latitude=place.latitude if point else None,
        longitude=place.longitude if point else None,
        state=place.state,
        radius_miles=radius_miles,
        level=level,
        criteria=criteria,
        limit=limit,
        person=person or Person(),
        max_radius_miles=max(radius_miles, max_radius_miles),
    )

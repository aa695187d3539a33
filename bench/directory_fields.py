"""How the directory's fields read for matching, counted on data/programs.csv, and the README's
example searches run on the shipped data.

`python -m bench.directory_fields` prints both tables; data/README.md and README.md quote them,
and tests/storage/test_data_contract.py checks the field counts against the shipped file.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.catalog import InMemoryCatalog
from bot.core.features import DETOX_LEVELS, NO_INSURANCE, any_of, feature
from bot.core.location import Gazetteer
from bot.core.matching import Criterion, Need, query_for_place, search
from bot.core.programs import Program
from bot.core.restrictions import (
    DETOX_CODES,
    Person,
    ages_listed,
    detox_excluded,
    detox_listed,
    restrictions,
)
from bot.storage.gazetteer import load_zip_areas
from bot.storage.programs_csv import read_programs

DATA = Path(__file__).resolve().parents[1] / "data"
LOW_COST = frozenset(("SS", "PA", "NP", "FSA", "SAMF"))


def field_counts(programs: Iterable[Program]) -> dict[str, int]:
    """How many IOPs list each thing matching reads, by a short name."""
    iops = [p for p in programs if p.offers_iop]
    children_only = [p for p in iops if ages_listed(p) == ("teen",)]
    flags = [{f.kind for f in restrictions(p)} for p in iops]
    counts = {
        "iops": len(iops),
        "no_age": sum(1 for p in iops if not ages_listed(p)),
        "children_only": len(children_only),
        "children_only_with_adult_groups": sum(
            1 for p in children_only if {"WN", "MN"} & set(p.codes)
        ),
        "adults_listed": sum(1 for p in iops if "ADLT" in p.codes),
        "seniors_listed": sum(1 for p in iops if "SNR" in p.codes),
        "no_gender": sum(1 for p in iops if not {"FEM", "MALE"} & set(p.codes)),
        "low_cost": sum(1 for p in iops if LOW_COST & set(p.codes)),
        "free": sum(1 for p in iops if "NP" in p.codes),
        "sliding_fee": sum(1 for p in iops if "SS" in p.codes),
        "payment_assistance": sum(1 for p in iops if "PA" in p.codes),
        "public_funding": sum(1 for p in iops if {"FSA", "SAMF"} & set(p.codes)),
        "telehealth": sum(1 for p in iops if "TELE" in p.codes),
    }
    for kind in (
        "women_only",
        "men_only",
        "va_only",
        "dui_only",
        "alcohol_only",
        "opioids_only",
        "no_alcohol",
        "no_opioids",
    ):
        counts[kind] = sum(1 for found in flags if kind in found)
    return counts


def detox_counts(programs: Iterable[Program]) -> dict[str, int]:
    """How many detox listings name each withdrawal, and how many a person using one
    substance would not be shown."""
    levels = [feature(key).codes for key in sorted(DETOX_LEVELS)]
    detox = [p for p in programs if any(not p.codes.isdisjoint(c) for c in levels)]
    named = [detox_listed(p) for p in detox]
    counts = {
        "detox": len(detox),
        "names_none": sum(1 for n in named if not n),
        "opioids_not_alcohol": sum(1 for n in named if "opioids" in n and "alcohol" not in n),
        "opioids_only": sum(1 for n in named if n == ("opioids",)),
    }
    for code in ("ADTX", "ODTX", "BDTX", "CDTX", "MDTX", "DB"):
        counts[code] = sum(1 for p in detox if code in p.codes)
    for substance in DETOX_CODES:
        person = Person(substances=frozenset({substance}))
        counts[f"hidden_{substance}"] = sum(1 for p in detox if detox_excluded(p, person))
    return counts


@dataclass(frozen=True, slots=True)
class Example:
    """One of the README's example searches."""

    label: str
    near: str
    radius: float = 25.0
    online: bool = False
    age: str = ""
    pay: tuple[str, ...] = ()
    person: Person = field(default_factory=Person)


EXAMPLES = (
    Example("10001, adult", "10001", age="adult"),
    Example("19104, adult", "19104", age="adult"),
    Example("45701, adult", "45701", age="adult"),
    Example("Casper, WY, alcohol", "Casper, WY", person=Person(substances=frozenset({"alcohol"}))),
    Example("San Francisco, online only", "San Francisco, CA", online=True),
    Example("57078, Medicaid", "57078", pay=("medicaid",)),
    Example("57078, Medicaid or sliding fee", "57078", pay=("medicaid", "sliding_fee")),
    Example("15213, no insurance", "15213", pay=("no_insurance",)),
)


def run_example(catalog: InMemoryCatalog, places: Gazetteer, example: Example) -> str:
    """One example as a table row: total, radius, what was relaxed, how many results carry a
    flag, and where the first three are."""
    best = places.resolve(example.near).best
    assert best is not None, example.near
    criteria: list[Criterion] = []
    if example.age:
        criteria.append(Criterion(feature(f"age:{example.age}"), Need.PREFERRED))
    pays = [feature(f"pay:{p}") for p in example.pay if p != "no_insurance"]
    if pays:
        criteria.append(Criterion(any_of(pays)))
    if "no_insurance" in example.pay:
        criteria.append(Criterion(NO_INSURANCE, Need.PREFERRED))
    query = query_for_place(
        best.place,
        online=example.online,
        radius_miles=example.radius,
        criteria=tuple(criteria),
        limit=1000,
        person=example.person,
    )
    outcome = search(catalog, query)
    relaxed = "; ".join(
        f"radius {r.from_miles:g}→{r.to_miles:g}"
        if r.kind == "radius"
        else f"{r.kind} {r.feature}"
        for r in outcome.relaxations
    )
    first = ", ".join(
        f"{m.program.city} {m.distance_miles:.1f}"
        for m in outcome.matches[:3]
        if m.distance_miles is not None
    )
    flagged = sum(1 for m in outcome.matches if m.flags)
    radius = f"{outcome.query.radius_miles:g}" if outcome.query.mode == "nearby" else "state"
    return (
        f"| {example.label} | {outcome.total} | {radius} | {relaxed or '—'} | {flagged} | "
        f"{first} |"
    )


def main() -> None:
    """Print the field counts, the detox counts, then the example searches."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--programs", type=Path, default=DATA / "programs.csv")
    args = parser.parse_args()
    programs = read_programs(args.programs)
    print("| field (IOPs) | count |\n|---|---|")
    for name, count in field_counts(programs).items():
        print(f"| {name} | {count:,} |")
    print("\n| detox listings | count |\n|---|---|")
    for name, count in detox_counts(programs).items():
        print(f"| {name} | {count:,} |")
    catalog = InMemoryCatalog(programs)
    places = Gazetteer(load_zip_areas())
    print("\n| search | total | miles | relaxed | flagged | first three |")
    print("|---|---|---|---|---|---|")
    for example in EXAMPLES:
        print(run_example(catalog, places, example))


if __name__ == "__main__":
    main()

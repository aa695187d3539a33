"""Benchmark: database build, catalog load, place resolution and search on the full catalog.

Run with `make bench` (or `make bench QUICK=1`). Prints one table; figures go in the README.
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bot.config import load_settings
from bot.core.catalog import InMemoryCatalog
from bot.core.features import feature
from bot.core.location import Gazetteer
from bot.core.matching import Criterion, Need, query_for_place, search
from bot.storage.database import create_db_engine, load_catalog, sync_directory
from bot.storage.gazetteer import load_zip_areas

# Realistic requests: where people type, and what they ask for.
QUERIES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("15213", (), ()),
    ("Pittsburgh, PA", ("pay:medicaid",), ()),
    ("02118", ("group:women",), ("pay:medicaid",)),
    ("Boston MA", (), ("lang:spanish", "extra:child_care")),
    ("10001", ("pay:medicaid", "lang:spanish"), ()),
    ("Brooklyn, NY", (), ("group:lgbtq",)),
    ("Los Angeles, CA", ("pay:private_insurance",), ("extra:telehealth",)),
    ("90011", ("lang:spanish",), ("pay:medicaid",)),
    ("Chicago, IL", ("med:buprenorphine",), ()),
    ("Houston TX", ("group:veterans",), ("pay:tricare",)),
    ("Phoenix, AZ", (), ("group:young_adults",)),
    ("Philadelphia, PA", ("pay:medicaid", "med:buprenorphine"), ("group:co_occurring",)),
    ("San Antonio, TX", ("lang:spanish", "pay:sliding_fee"), ()),
    ("Denver, CO", (), ("group:women", "extra:family_counseling")),
    ("Seattle, WA", ("pay:medicaid",), ("group:lgbtq",)),
    ("Atlanta, GA", ("pay:cash",), ()),
    ("Miami, FL", ("lang:spanish",), ("group:pregnant",)),
    ("Billings, MT", ("pay:medicaid",), ()),
    ("Fargo, ND", ("group:adolescents",), ()),
    ("Anchorage, AK", ("pay:ihs",), ()),
    ("Cheyenne, WY", ("extra:child_care",), ()),
    ("Burlington, VT", ("med:methadone",), ()),
    ("Nashville, TN", (), ("med:naltrexone", "extra:aftercare")),
    ("Albuquerque, NM", ("lang:spanish",), ("pay:medicaid",)),
]


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args(argv)
    rounds = 5 if args.quick else 50
    settings = load_settings()
    rows: list[tuple[str, str]] = []

    with tempfile.TemporaryDirectory() as tmp:
        engine = create_db_engine(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        build = _timed(
            lambda: sync_directory(
                engine,
                programs_csv=settings.programs_csv,
                codes_csv=settings.service_codes_csv,
            )
        )
        catalog_holder: list[InMemoryCatalog] = []
        load = _timed(lambda: catalog_holder.append(load_catalog(engine)))
        engine.dispose()
    catalog = catalog_holder[0]
    rows.append(("database build from programs.csv (SQLite)", f"{build * 1000:.0f} ms"))
    rows.append((f"catalog load ({len(catalog):,} programs)", f"{load * 1000:.0f} ms"))

    gazetteer_holder: list[Gazetteer] = []
    places = _timed(lambda: gazetteer_holder.append(Gazetteer(load_zip_areas())))
    gazetteer = gazetteer_holder[0]
    rows.append(("gazetteer load (ZIP data + indexes)", f"{places * 1000:.0f} ms"))

    resolve_times: list[float] = []
    prepared = []
    for typed, required, preferred in QUERIES:
        started = time.perf_counter()
        best = gazetteer.resolve(typed).best
        resolve_times.append(time.perf_counter() - started)
        if best is None:
            print(f"could not resolve {typed!r}", file=sys.stderr)
            return 1
        criteria = tuple(Criterion(feature(k)) for k in required) + tuple(
            Criterion(feature(k), Need.PREFERRED) for k in preferred
        )
        prepared.append(query_for_place(best.place, criteria=criteria))
    for typo in ("pittsburg pa", "Nwe York", "los angelos", "Filadelfia", "Chicgo"):
        started = time.perf_counter()
        gazetteer.resolve(typo)
        resolve_times.append(time.perf_counter() - started)

    gc.collect()
    search_times: list[float] = []
    results = 0
    for _ in range(rounds):
        for query in prepared:
            started = time.perf_counter()
            outcome = search(catalog, query)
            search_times.append(time.perf_counter() - started)
            results += len(outcome.matches)
    ms = 1000.0
    rows.append(
        (
            f"search p50 / p95 / max ({len(search_times)} searches)",
            f"{statistics.median(search_times) * ms:.2f} / "
            f"{_percentile(search_times, 95) * ms:.2f} / {max(search_times) * ms:.2f} ms",
        )
    )
    rows.append(
        (
            f"place resolution p50 / p95 ({len(resolve_times)} inputs)",
            f"{statistics.median(resolve_times) * ms:.2f} / "
            f"{_percentile(resolve_times, 95) * ms:.2f} ms",
        )
    )
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rows.append(("peak memory (max RSS)", f"{peak_kib / 1024:.0f} MB"))

    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  value")
    print(f"{'-' * width}  {'-' * 24}")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

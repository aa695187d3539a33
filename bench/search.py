"""Benchmark: database build, directory load, place resolution and search on the full catalog.

`make bench` runs this with bench/updates.py and prints one table (`python -m bench`); alone,
`python -m bench.search [--quick]` builds a fresh SQLite database, then measures a process
started from it, as a deployed worker starts: from an existing database.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.table import Row, format_table
from bot.bootstrap import open_directory
from bot.config import PROJECT_ROOT, load_settings
from bot.core.features import feature
from bot.core.matching import Criterion, Need, query_for_place, search
from bot.storage import gazetteer
from bot.storage.database import create_db_engine, sync_directory, sync_zip_areas

# Realistic requests: where people type, and what they ask for (required, preferred).
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
TYPOS = ("pittsburg pa", "Nwe York", "los angelos", "Filadelfia", "Chicgo", "springfeld")


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def peak_rss_mib() -> float:
    """This process's peak resident memory.

    VmHWM belongs to the process image, whereas ru_maxrss survives exec and would report the
    parent's peak (the parent loads the whole ZIP package to build the database).
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


def worker(rounds: int) -> dict[str, float | int]:
    """Measure one worker process: start-up from an existing database, then searches."""
    started = time.perf_counter()
    directory = open_directory(load_settings())
    startup = time.perf_counter() - started
    catalog, places = directory.catalog, directory.gazetteer

    resolve_times: list[float] = []
    queries = []
    for typed, required, preferred in QUERIES:
        begin = time.perf_counter()
        best = places.resolve(typed).best
        resolve_times.append(time.perf_counter() - begin)
        if best is None:
            raise SystemExit(f"could not resolve {typed!r}")
        criteria = tuple(Criterion(feature(k)) for k in required)
        criteria += tuple(Criterion(feature(k), Need.PREFERRED) for k in preferred)
        queries.append(query_for_place(best.place, criteria=criteria))
    for typo in TYPOS:
        begin = time.perf_counter()
        places.resolve(typo)
        resolve_times.append(time.perf_counter() - begin)

    search_times: list[float] = []
    for _ in range(rounds):
        for query in queries:
            begin = time.perf_counter()
            search(catalog, query)
            search_times.append(time.perf_counter() - begin)
    return {
        "programs": len(catalog),
        "startup": startup,
        "searches": len(search_times),
        "search_p50": statistics.median(search_times),
        "search_p95": _percentile(search_times, 95),
        "search_max": max(search_times),
        "resolutions": len(resolve_times),
        "resolve_p50": statistics.median(resolve_times),
        "resolve_p95": _percentile(resolve_times, 95),
        "resolve_max": max(resolve_times),
        "peak_mib": peak_rss_mib(),
    }


def build_database(url: str) -> list[Row]:
    """Build the directory and ZIP tables in an empty database; rows say how long it took."""
    settings = load_settings()
    engine = create_db_engine(url)
    backend = "PostgreSQL" if engine.dialect.name == "postgresql" else "SQLite"
    try:
        begin = time.perf_counter()
        sync_directory(
            engine, programs_csv=settings.programs_csv, codes_csv=settings.service_codes_csv
        )
        directory = time.perf_counter() - begin
        begin = time.perf_counter()
        sync_zip_areas(
            engine, fingerprint=gazetteer.package_fingerprint(), load=gazetteer.load_zip_areas
        )
        zip_areas = time.perf_counter() - begin
    finally:
        engine.dispose()
    return [
        Row(
            f"database build, {backend}: directory + ZIP areas (first start)",
            f"{directory:.2f} + {zip_areas:.2f} s",
        )
    ]


def measure_searches(url: str, *, quick: bool) -> list[Row]:
    """Start a worker process on an existing database and time its start-up and searches."""
    env = {**os.environ, "DATABASE_URL": url}
    rounds = "5" if quick else "50"
    measured = subprocess.run(
        [sys.executable, "-m", "bench.search", "--worker", rounds],
        cwd=PROJECT_ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    found = json.loads(measured.stdout.strip().splitlines()[-1])
    return [
        Row(
            f"directory into memory at start-up ({found['programs']:,} programs)",
            f"{found['startup']:.2f} s",
        ),
        Row(
            f"search on the full catalog p50 / p95 / max ({found['searches']} searches)",
            f"{_ms(found['search_p50'])} / {_ms(found['search_p95'])} / "
            f"{_ms(found['search_max'])} ms",
        ),
        Row(
            f"place resolution p50 / p95 / max ({found['resolutions']} inputs, typos incl.)",
            f"{_ms(found['resolve_p50'])} / {_ms(found['resolve_p95'])} / "
            f"{_ms(found['resolve_max'])} ms",
        ),
        Row("peak memory of a process that only searches", f"{found['peak_mib']:.0f} MiB"),
    ]


def main(argv: list[str] | None = None) -> int:
    """Build a database, measure a worker on it, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--worker", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        rows = build_database(url) + measure_searches(url, quick=args.quick)
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

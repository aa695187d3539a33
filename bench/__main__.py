"""`python -m bench [--quick]`: every benchmark of the project, printed as one table.

On a fresh SQLite database: the database build, start-up, search and place resolution on the
full catalog (bench/search.py), the conversation codec per update against the old one and the
alternatives considered (bench/codec.py), one dialogue step through the service in process
(bench/step.py), then the Telegram bot against a bare echo bot behind
the same fake Bot API (bench/updates.py). The last line is the cost of a dialogue step relative
to the echo bot. With TEST_POSTGRES_URL set, the two-worker row runs on a scratch PostgreSQL
database.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from bench import codec, search, step, updates
from bench.table import format_table


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark and print the table."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a reduced run of the same")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        rows = search.build_database(url)
        rows += search.measure_searches(url, quick=args.quick)
        rows += codec.measure(quick=args.quick)
        rows += step.measure(quick=args.quick)
        rows += updates.measure(
            url, quick=args.quick, postgres_url=os.environ.get("TEST_POSTGRES_URL", "")
        )
    # The database builds first, then the rest in the order measured (the ratio last).
    rows.sort(key=lambda row: not row.measure.startswith("database build"))
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

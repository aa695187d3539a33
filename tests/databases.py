"""Scratch databases for the tests, on the backend this test run is for.

The suite runs twice: on SQLite (the default), and on PostgreSQL with
``IOP_TEST_BACKEND=postgresql`` and ``TEST_POSTGRES_URL`` naming a server the tests may create
and drop databases on (``make test`` starts one with ``scripts/with-postgres``). Every test
that touches a database takes a fresh one from here, so one suite covers both engines.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

BACKEND = os.environ.get("IOP_TEST_BACKEND", "sqlite")
if BACKEND not in ("sqlite", "postgresql"):
    raise RuntimeError(f"IOP_TEST_BACKEND must be sqlite or postgresql, not {BACKEND!r}")
ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "")
if BACKEND == "postgresql" and not ADMIN_URL:
    raise RuntimeError("IOP_TEST_BACKEND=postgresql needs TEST_POSTGRES_URL (a scratch server)")


def on_postgresql() -> bool:
    """Whether this test run is the PostgreSQL one."""
    return BACKEND == "postgresql"


@contextmanager
def scratch_database(folder: Path, name: str = "test") -> Iterator[str]:
    """The URL of an empty database, removed afterwards (a SQLite file in ``folder``)."""
    if not on_postgresql():
        yield f"sqlite:///{folder / name}.sqlite3"
        return
    database = f"iop_{name}_{uuid.uuid4().hex[:10]}".lower()
    # No pool: the drop must get through whatever a test did to the connections.
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{database}"'))
        yield make_url(ADMIN_URL).set(database=database).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def unreachable(database_url: str) -> Iterator[None]:
    """While inside, that PostgreSQL database cannot be used, as when its server restarts.

    Its sessions are ended, as a shutdown ends them, and new ones are refused. Only this
    database goes away: the server stays up for the tests running beside this one (xdist).
    """
    database = make_url(database_url).database
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS false'))
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :database AND pid <> pg_backend_pid()"
                ),
                {"database": database},
            )
        yield
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS true'))
        admin.dispose()


def directory_snapshot(database_url: str) -> list[tuple[object, ...]]:
    """Every row of the directory tables (programs, codes, what was loaded), in a fixed order."""
    engine = create_engine(database_url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return [
                (table, *row)
                for table, order in (
                    ("program", "id"),
                    ("service_code", "code"),
                    ("dataset", "name"),
                )
                for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY {order}"))
            ]
    finally:
        engine.dispose()

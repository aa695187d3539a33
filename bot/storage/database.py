"""The database: engine, schema, and the directory tables kept in step with data/programs.csv."""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, Table, delete, event, insert, inspect, select, text
from sqlalchemy.engine import make_url
from sqlmodel import Session, SQLModel, create_engine

from bot.core.catalog import InMemoryCatalog
from bot.core.geo import ZipArea
from bot.core.programs import Program, ServiceCode
from bot.storage.models import DatasetRecord, ProgramRecord, ServiceCodeRecord, ZipAreaRecord
from bot.storage.programs_csv import (
    file_sha256,
    program_from_row,
    program_to_row,
    read_programs,
    read_service_codes,
    service_code_to_row,
    write_programs,
)

log = logging.getLogger(__name__)

DIRECTORY_DATASET = "directory"
ZIP_DATASET = "zip_areas"
# Alternate city names are joined with a character no place name contains.
_NAME_SEPARATOR = "|"
# Any constant works; it only has to be the same in every worker sharing the database.
_PG_REBUILD_LOCK = 0x10F_F1D
_PG_MIGRATE_LOCK = 0x10F_F1E
MIGRATIONS = Path(__file__).with_name("migrations")
# The revision whose tables databases made before migrations already have.
BASELINE_REVISION = "0001"


@dataclass(frozen=True, slots=True)
class SyncResult:
    """Whether the directory tables were rebuilt, and how many programs they hold."""

    rebuilt: bool
    programs: int
    sha256: str


def create_db_engine(url: str) -> Engine:
    """An engine for a database URL; a SQLite file's folder is created when missing.

    Errors never show the statement's parameters: they hold what people wrote.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        # How long a write waits for another writer; a URL may say (…?timeout=5).
        waits = {} if "timeout" in parsed.query else {"timeout": 30}
        engine = create_engine(url, connect_args=waits, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets readers go on while the directory is rebuilt; foreign keys are off by default."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL syncs at checkpoints, not on every commit: a crashed process loses
    # nothing; a power cut may lose the last steps, never the database.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_schema(engine: Engine) -> str:
    """Bring the database to the current schema through its migrations; returns the revision.

    A new database gets every revision; one made before migrations existed (it has the tables
    but no revision) is stamped with the baseline first. Workers starting together take turns:
    the first migrates, the others find the work done. Data is kept: conversations in flight
    go on after an upgrade.
    """
    with _migration_lock(engine) as connection:
        config = AlembicConfig()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        current = MigrationContext.configure(connection).get_current_revision()
        head = ScriptDirectory.from_config(config).get_current_head()
        if current != head:
            tables = set(inspect(connection).get_table_names())
            if current is None and "conversation" in tables:
                command.stamp(config, BASELINE_REVISION)
                log.info("existing database stamped at revision %s", BASELINE_REVISION)
            command.upgrade(config, "head")
            connection.commit()
            log.info("database migrated from %s to %s", current or "empty", head)
        return str(head)


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[Connection]:
    """A connection holding the database's migration lock (PostgreSQL) or file lock (SQLite)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PG_MIGRATE_LOCK})
            connection.commit()
            try:
                yield connection
            finally:
                connection.rollback()
                connection.execute(
                    text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_MIGRATE_LOCK}
                )
                connection.commit()
        return
    database = engine.url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        with engine.connect() as connection:
            yield connection
        return
    with open(f"{database}.migrate-lock", "a+b") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            with engine.connect() as connection:
                yield connection
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def _directory_fingerprint(programs_csv: Path, codes_csv: Path) -> str:
    """One SHA-256 over both files' digests (fits the 64-character column)."""
    both = f"{file_sha256(programs_csv)}:{file_sha256(codes_csv)}"
    return hashlib.sha256(both.encode("ascii")).hexdigest()


def sync_directory(engine: Engine, *, programs_csv: Path, codes_csv: Path) -> SyncResult:
    """Build the directory tables from the CSV files when they are new or have changed.

    The rebuild runs in one transaction: readers keep the previous directory until it commits,
    and a failure or interruption leaves the previous directory whole.
    """
    create_schema(engine)
    fingerprint = _directory_fingerprint(programs_csv, codes_csv)
    with Session(engine) as session:
        state = session.get(DatasetRecord, DIRECTORY_DATASET)
        if state is not None and state.sha256 == fingerprint:
            return SyncResult(rebuilt=False, programs=state.rows, sha256=fingerprint)
    programs = read_programs(programs_csv)
    codes = read_service_codes(codes_csv)
    with Session(engine) as session, session.begin():
        _lock_for_rebuild(session)
        state = session.get(DatasetRecord, DIRECTORY_DATASET)
        if state is not None and state.sha256 == fingerprint:
            return SyncResult(rebuilt=False, programs=state.rows, sha256=fingerprint)
        _replace_directory(session, programs, codes.values(), fingerprint)
    log.info("directory rebuilt: %s programs, %s codes", len(programs), len(codes))
    return SyncResult(rebuilt=True, programs=len(programs), sha256=fingerprint)


def install_directory(
    engine: Engine, programs: Sequence[Program], *, programs_csv: Path, codes_csv: Path
) -> SyncResult:
    """Write a new directory to programs.csv and the database as one change.

    The file is written beside programs.csv and read back (the tables then hold exactly what a
    rebuild from the file would), the tables are replaced in one transaction, and the file is
    renamed into place just before that transaction commits: a failure before the rename
    leaves the file and the database as they were. Should the commit itself fail after the
    rename, the database follows the file at the next start, as it always does.
    """
    create_schema(engine)
    staged = programs_csv.with_name(f".{programs_csv.name}.{os.getpid()}.new")
    try:
        write_programs(programs, staged)
        stored = read_programs(staged)
        codes = read_service_codes(codes_csv)
        fingerprint = _directory_fingerprint(staged, codes_csv)
        with Session(engine) as session, session.begin():
            _lock_for_rebuild(session)
            _replace_directory(session, stored, codes.values(), fingerprint)
            session.flush()
            os.replace(staged, programs_csv)
    finally:
        staged.unlink(missing_ok=True)
    log.info("directory installed: %s programs", len(stored))
    return SyncResult(rebuilt=True, programs=len(stored), sha256=fingerprint)


def _lock_for_rebuild(session: Session) -> None:
    """Several workers may start together: one rebuilds, the others wait and re-check."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_REBUILD_LOCK})


def _mark_loaded(session: Session, name: str, fingerprint: str, rows: int) -> None:
    state = session.get(DatasetRecord, name)
    now = datetime.now(UTC)
    if state is None:
        session.add(DatasetRecord(name=name, sha256=fingerprint, rows=rows, loaded_at=now))
    else:
        state.sha256, state.rows, state.loaded_at = fingerprint, rows, now


def sync_zip_areas(
    engine: Engine, *, fingerprint: str, load: Callable[[], Sequence[ZipArea]]
) -> SyncResult:
    """Copy the ZIP areas into the database once per version of their source.

    Workers then read a compact table instead of loading the whole ZIP package into memory.
    """
    create_schema(engine)
    with Session(engine) as session:
        state = session.get(DatasetRecord, ZIP_DATASET)
        if state is not None and state.sha256 == fingerprint:
            return SyncResult(rebuilt=False, programs=state.rows, sha256=fingerprint)
    areas = load()
    with Session(engine) as session, session.begin():
        _lock_for_rebuild(session)
        state = session.get(DatasetRecord, ZIP_DATASET)
        if state is not None and state.sha256 == fingerprint:
            return SyncResult(rebuilt=False, programs=state.rows, sha256=fingerprint)
        session.execute(delete(ZipAreaRecord))
        rows = [
            {
                "zip": a.zip,
                "city": a.city,
                "state": a.state,
                "latitude": a.latitude,
                "longitude": a.longitude,
                "timezone": a.timezone,
                "kind": a.kind,
                "other_cities": _NAME_SEPARATOR.join(a.other_cities),
            }
            for a in areas
        ]
        if rows:
            session.execute(insert(ZipAreaRecord), rows)
        _mark_loaded(session, ZIP_DATASET, fingerprint, len(rows))
    log.info("ZIP areas loaded: %s", len(areas))
    return SyncResult(rebuilt=True, programs=len(areas), sha256=fingerprint)


def read_zip_areas(engine: Engine) -> list[ZipArea]:
    """Every ZIP area in the database, ordered by ZIP code."""
    with Session(engine) as session:
        rows = session.execute(select(_table(ZipAreaRecord)).order_by(text("zip"))).all()
    intern = sys.intern
    return [
        ZipArea(
            zip=r.zip,
            city=intern(r.city),
            state=intern(r.state),
            latitude=r.latitude,
            longitude=r.longitude,
            timezone=intern(r.timezone),
            kind=intern(r.kind),
            other_cities=tuple(n for n in r.other_cities.split(_NAME_SEPARATOR) if n),
        )
        for r in rows
    ]


def _replace_directory(
    session: Session, programs: list[Program], codes: Any, fingerprint: str
) -> None:
    session.execute(delete(ProgramRecord))
    session.execute(delete(ServiceCodeRecord))
    if programs:
        session.execute(insert(ProgramRecord), [_record_values(p) for p in programs])
    code_rows = [service_code_to_row(c) for c in codes]
    if code_rows:
        session.execute(insert(ServiceCodeRecord), code_rows)
    _mark_loaded(session, DIRECTORY_DATASET, fingerprint, len(programs))


def _record_values(program: Program) -> dict[str, Any]:
    row: dict[str, Any] = program_to_row(program)
    row["latitude"] = program.latitude
    row["longitude"] = program.longitude
    return row


def _program_from_record(record: Any) -> Program:
    """A stored row as a Program: the same columns as programs.csv, read the same way."""
    return program_from_row(dict(record._mapping), line=0)


def _table(model: type[SQLModel]) -> Table:
    """The Core table of a model: reading plain rows skips building an ORM object per row."""
    return SQLModel.metadata.tables[str(model.__tablename__)]


def load_programs(engine: Engine) -> list[Program]:
    """Every program in the database, ordered by id."""
    with Session(engine) as session:
        rows = session.execute(select(_table(ProgramRecord)).order_by(text("id"))).all()
    return [_program_from_record(row) for row in rows]


def load_catalog(engine: Engine) -> InMemoryCatalog:
    """The whole directory, held in memory for fast searches."""
    return InMemoryCatalog(load_programs(engine))


def load_service_codes(engine: Engine) -> dict[str, ServiceCode]:
    """The service-code table, by code."""
    with Session(engine) as session:
        rows = session.execute(select(_table(ServiceCodeRecord))).all()
    return {
        r.code: ServiceCode(r.code, r.category_code, r.category_name, r.name, r.description)
        for r in rows
    }


def database_ok(engine: Engine) -> bool:
    """Whether the database answers a trivial query now (the deep /healthz)."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return False
    return True

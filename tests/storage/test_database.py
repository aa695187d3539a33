"""The database follows data/programs.csv: built on first use, rebuilt when the file changes."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import SQLModel

from bot.core.geo import ZipArea
from bot.core.programs import ServiceCode
from bot.storage import database
from bot.storage.database import create_db_engine, load_catalog, load_service_codes, sync_directory
from bot.storage.programs_csv import write_programs, write_service_codes
from tests.builders import a_program

CODES = [
    ServiceCode("OIT", "SET", "Service Setting", "Intensive outpatient treatment"),
    ServiceCode("MD", "PAY", "Payment", "Medicaid"),
]


@pytest.fixture(name="files")
def files_fixture(tmp_path: Path) -> tuple[Path, Path]:
    programs_csv, codes_csv = tmp_path / "programs.csv", tmp_path / "service_codes.csv"
    write_programs([a_program(id="p1", name="First"), a_program(id="p2")], programs_csv)
    write_service_codes(CODES, codes_csv)
    return programs_csv, codes_csv


# SQLite always; PostgreSQL too when TEST_POSTGRES_URL names a scratch database.
BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_POSTGRES_URL") else [])


@pytest.fixture(name="engine", params=BACKENDS)
def engine_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = create_db_engine(f"sqlite:///{tmp_path / 'db' / 'test.sqlite3'}")
    else:
        engine = create_db_engine(os.environ["TEST_POSTGRES_URL"])
        SQLModel.metadata.drop_all(engine)
    yield engine
    if request.param != "sqlite":
        SQLModel.metadata.drop_all(engine)
    engine.dispose()


def sync(engine: Engine, files: tuple[Path, Path]) -> database.SyncResult:
    return sync_directory(engine, programs_csv=files[0], codes_csv=files[1])


def test_first_use_builds_the_directory_from_the_csv(
    engine: Engine, files: tuple[Path, Path]
) -> None:
    result = sync(engine, files)

    assert result.rebuilt
    catalog = load_catalog(engine)
    assert sorted(p.id for p in catalog) == ["p1", "p2"]
    first = catalog.get("p1")
    assert first is not None
    assert first.name == "First"
    assert first.codes == frozenset({"SA", "OIT", "OP", "MD", "ADLT"})
    assert set(load_service_codes(engine)) == {"OIT", "MD"}


def test_an_unchanged_csv_is_not_loaded_again(engine: Engine, files: tuple[Path, Path]) -> None:
    sync(engine, files)

    assert not sync(engine, files).rebuilt


def test_a_changed_csv_rebuilds_the_directory(engine: Engine, files: tuple[Path, Path]) -> None:
    sync(engine, files)
    write_programs([a_program(id="p3", name="Replacement")], files[0])

    result = sync(engine, files)

    assert result.rebuilt
    assert [p.id for p in load_catalog(engine)] == ["p3"]


def test_a_failed_rebuild_leaves_the_previous_directory_whole(
    engine: Engine, files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    sync(engine, files)
    write_programs([a_program(id="p9")], files[0])

    def fail_after_deleting(*_args: object, **_kwargs: object) -> dict[str, object]:
        raise RuntimeError("disk full")

    monkeypatch.setattr(database, "_record_values", fail_after_deleting)
    with pytest.raises(RuntimeError):
        sync(engine, files)

    assert sorted(p.id for p in load_catalog(engine)) == ["p1", "p2"]
    monkeypatch.undo()
    assert sync(engine, files).rebuilt  # and the next start finishes the job
    assert [p.id for p in load_catalog(engine)] == ["p9"]


def test_two_databases_built_from_one_file_hold_the_same_programs(
    tmp_path: Path, files: tuple[Path, Path]
) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(files[0], copy / "programs.csv")
    shutil.copy(files[1], copy / "service_codes.csv")
    first = create_db_engine(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    second = create_db_engine(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    sync(first, files)
    sync(second, (copy / "programs.csv", copy / "service_codes.csv"))

    assert list(load_catalog(first)) == list(load_catalog(second))
    first.dispose()
    second.dispose()


def test_zip_areas_are_copied_once_per_package_version(engine: Engine) -> None:
    areas = [
        ZipArea("15213", "Pittsburgh", "PA", 40.444, -79.955, "America/New_York", "STANDARD"),
        ZipArea("02127", "Boston", "MA", 42.335, -71.038, other_cities=("South Boston", "Sb")),
    ]
    loads: list[int] = []

    def load() -> list[ZipArea]:
        loads.append(1)
        return areas

    first = database.sync_zip_areas(engine, fingerprint="zipcodes-1", load=load)
    second = database.sync_zip_areas(engine, fingerprint="zipcodes-1", load=load)

    assert (first.rebuilt, second.rebuilt, len(loads)) == (True, False, 1)
    assert database.read_zip_areas(engine) == sorted(areas, key=lambda a: a.zip)
    assert database.sync_zip_areas(engine, fingerprint="zipcodes-2", load=load).rebuilt

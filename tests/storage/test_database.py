"""The database follows data/programs.csv: built on first use, rebuilt when the file changes."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.core.geo import ZipArea
from bot.core.programs import ServiceCode
from bot.storage import database
from bot.storage.database import create_db_engine, load_catalog, load_service_codes, sync_directory
from bot.storage.programs_csv import read_programs, write_programs, write_service_codes
from tests.builders import a_program
from tests.databases import directory_snapshot, scratch_database

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


@pytest.fixture(name="engine")
def engine_fixture(database_url: str) -> Iterator[Engine]:
    engine = create_db_engine(database_url)
    yield engine
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


def test_a_new_directory_is_installed_in_the_file_and_the_database_together(
    engine: Engine, files: tuple[Path, Path]
) -> None:
    sync(engine, files)
    fresh = [a_program(id="p1", name="First, renamed"), a_program(id="p4")]

    result = database.install_directory(engine, fresh, programs_csv=files[0], codes_csv=files[1])

    assert result.programs == 2
    assert [p.name for p in read_programs(files[0])] == ["First, renamed", fresh[1].name]
    assert [p.id for p in load_catalog(engine)] == ["p1", "p4"]
    assert not sync(engine, files).rebuilt  # the next start finds them in step
    assert not list(files[0].parent.glob(".programs.csv*"))  # no staged file left behind


def test_an_install_that_cannot_rename_its_file_changes_neither(
    database_url: str, engine: Engine, files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    sync(engine, files)
    before = files[0].read_bytes(), directory_snapshot(database_url)

    def disk_full(_source: object, _target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError, match="disk full"):
        database.install_directory(
            engine, [a_program(id="p9")], programs_csv=files[0], codes_csv=files[1]
        )

    assert (files[0].read_bytes(), directory_snapshot(database_url)) == before
    assert not list(files[0].parent.glob(".programs.csv*"))  # no staged file left behind


def test_two_databases_built_from_one_file_hold_the_same_programs(
    tmp_path: Path, files: tuple[Path, Path]
) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(files[0], copy / "programs.csv")
    shutil.copy(files[1], copy / "service_codes.csv")
    with scratch_database(tmp_path, "a") as a, scratch_database(tmp_path, "b") as b:
        first, second = create_db_engine(a), create_db_engine(b)
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

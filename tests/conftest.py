"""Shared fixtures: the real directory and places, loaded once per test session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.core.catalog import InMemoryCatalog
from bot.core.dialogue import Dialogue
from bot.core.location import Gazetteer
from bot.storage.database import create_db_engine, create_schema
from bot.storage.gazetteer import load_zip_areas
from bot.storage.programs_csv import read_programs
from flows import ALL_FLOWS
from tests.databases import scratch_database

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(name="real_catalog", scope="session")
def real_catalog_fixture() -> InMemoryCatalog:
    """The shipped national directory, in memory."""
    return InMemoryCatalog(read_programs(DATA / "programs.csv"))


@pytest.fixture(name="real_gazetteer", scope="session")
def real_gazetteer_fixture() -> Gazetteer:
    """Every US place of the offline ZIP data."""
    return Gazetteer(load_zip_areas())


@pytest.fixture(name="real_dialogue", scope="session")
def real_dialogue_fixture(real_catalog: InMemoryCatalog, real_gazetteer: Gazetteer) -> Dialogue:
    """The engine over the shipped flows and the real directory."""
    return Dialogue(ALL_FLOWS, real_catalog, real_gazetteer)


@pytest.fixture(name="database_url")
def database_url_fixture(tmp_path: Path) -> Iterator[str]:
    """An empty database of this run's backend (SQLite, or PostgreSQL in the second run)."""
    with scratch_database(tmp_path) as url:
        yield url


@pytest.fixture(name="engine")
def engine_fixture(database_url: str) -> Iterator[Engine]:
    """That database, migrated to the current schema."""
    engine = create_db_engine(database_url)
    create_schema(engine)
    yield engine
    engine.dispose()


# The longest test by far: two hundred people through real bot processes for two minutes.
LONGEST = "tests/tg/test_load.py::"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On xdist workers, start the longest test first so the others fill in around it."""
    # Only on workers: a serial run keeps the file order. Every worker sorts the same way, as
    # xdist requires; the sort is stable, so the other tests keep their order.
    if hasattr(config, "workerinput"):
        items.sort(key=lambda item: not item.nodeid.startswith(LONGEST))

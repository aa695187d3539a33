"""`iop-bot data refresh` end to end: the command line, a loopback locator API, a real database.

The directory is the eight 2023 listings of tests/fixtures/findtreatment_api/programs.csv;
see tests/storage/test_refresh.py for what the recorded pages change.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.__main__ import EXIT_ERROR, EXIT_OK, EXIT_USAGE, main
from bot.storage.importers import US_STATES
from tests.databases import directory_snapshot
from tests.locator_server import FIXTURES, Answer, FakeLocator, running_locator

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(name="data_dir")
def data_dir_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database_url: str) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURES / "programs.csv", folder / "programs.csv")
    shutil.copy(DATA / "service_codes.csv", folder / "service_codes.csv")
    monkeypatch.setenv("IOP_DATA_DIR", str(folder))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("IOP_FINDTREATMENT_URL", raising=False)
    return folder


@pytest.fixture(name="locator")
def locator_fixture() -> Iterator[FakeLocator]:
    with running_locator() as locator:
        yield locator


pytestmark = pytest.mark.usefixtures("data_dir")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_a_refresh_prints_what_changed_and_the_directory_holds_it(
    capsys: pytest.CaptureFixture[str], locator: FakeLocator
) -> None:
    status, out, err = run(
        capsys, "data", "refresh", "--state", "ma", "--state", "NH", "--url", locator.url
    )

    assert status == EXIT_OK, err
    assert "phone changed 1, IOP turned on 1, IOP turned off 1" in out
    assert "MA: listings read 5; sites updated 3" in out
    assert "new sites 1" in out
    assert "Rejected listings: 1\n  MA page 2, row 2: no street address" in out
    assert "Done in" in out
    assert {q["limitValue"] for q in locator.requests} == {"MA", "NH"}
    status, out, _ = run(capsys, "data", "info")
    assert "Programs: 9; offering IOP: 7" in out


def test_the_locator_address_can_come_from_the_environment(
    capsys: pytest.CaptureFixture[str], locator: FakeLocator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IOP_FINDTREATMENT_URL", locator.url)

    status, _, err = run(capsys, "data", "refresh", "--state", "NH")

    assert status == EXIT_OK, err
    assert locator.pages_asked() == [("NH", 1)]


def test_without_a_state_every_state_and_territory_is_read(
    capsys: pytest.CaptureFixture[str], locator: FakeLocator
) -> None:
    status, out, err = run(capsys, "data", "refresh", "--url", locator.url)

    assert status == EXIT_OK, err
    assert sorted(state for state, _page in locator.pages_asked()) == sorted(
        [*US_STATES, "MA"]  # MA has two pages
    )
    assert f"States: {len(US_STATES)}; pages read: {len(US_STATES) + 1}; listings read: 7" in out


def test_a_failure_midway_is_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    locator: FakeLocator,
    database_url: str,
) -> None:
    run(capsys, "data", "info")  # the database as a running bot has it
    before = (data_dir / "programs.csv").read_bytes(), directory_snapshot(database_url)
    locator.queue("MA", 2, Answer(status=503, body=b"busy", headers={"Retry-After": "0"}))

    status, out, err = run(
        capsys, "data", "refresh", "--state", "NH", "--state", "MA", "--url", locator.url
    )

    assert status == EXIT_ERROR
    assert out == ""
    # The retries are logged (INFO, with a timestamp); the failure is one plain line, last.
    *retries, last = err.splitlines()
    assert last == (
        "Refresh failed, nothing changed: MA page 2: FindTreatment.gov answered HTTP 503 "
        "(Service Unavailable) (gave up after 5 tries)"
    )
    assert all(" INFO bot.storage.locator_api: MA page 2:" in line for line in retries)
    assert "Traceback" not in err
    assert ((data_dir / "programs.csv").read_bytes(), directory_snapshot(database_url)) == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--state", "zz"],
            "iop-bot data refresh: --state 'zz' is not a US state or territory code (two "
            "letters, e.g. MA)\n",
        ),
        (
            ["--url", "file:///etc/passwd"],
            "iop-bot data refresh: the locator URL must be http:// or https:// with a host, "
            "not 'file:///etc/passwd'\n",
        ),
    ],
    ids=["unknown-state", "not-a-web-address"],
)
def test_a_bad_option_is_one_line_and_reads_nothing(
    capsys: pytest.CaptureFixture[str],
    locator: FakeLocator,
    argv: list[str],
    message: str,
) -> None:
    status, out, err = run(capsys, "data", "refresh", "--url", locator.url, *argv)

    assert status == EXIT_USAGE == 2
    assert (out, err) == ("", message)
    assert locator.requests == []

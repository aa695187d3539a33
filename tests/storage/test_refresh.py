"""A refresh merges FindTreatment.gov's listings in by site, says what changed, or changes nothing.

The directory is eight real 2023 listings (tests/fixtures/findtreatment_api/programs.csv); the
locator API is a real HTTP server on 127.0.0.1 serving recorded pages for MA (two pages) and
NH (one). Between them, the pages change a phone number (Providence Treatment), turn IOP off
(Sunrise Detox Millbury) and on (Charles River Recovery), add websites, bring a new site (North
Suffolk's East Boston Counseling Center) and hold one listing without a street address.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.core.programs import Program
from bot.storage.database import load_catalog, sync_directory
from bot.storage.importers import US_STATES
from bot.storage.locator_api import ATTEMPTS, LocatorClient
from bot.storage.programs_csv import read_programs
from bot.storage.refresh import (
    RefreshError,
    RefreshReport,
    StateChanges,
    check_states,
    format_refresh_report,
    refresh_directory,
)
from tests.databases import directory_snapshot
from tests.locator_server import FIXTURES, Answer, FakeLocator, busy, recorded, running_locator

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = dt.date(2026, 12, 5)
PROVIDENCE = "p11e9d7ed3d"  # phone 617-314-7544 in 2023, 484-445-4145 now
SUNRISE = "p508b00ec6b"  # IOP in 2023, not any more
CHARLES_RIVER = "p4a6b75930a"  # no IOP in 2023, IOP now
GAVIN_RECOVERY = "p611f07ba18"  # its API row has no street address: rejected, program kept
AVENUES = "pcfc5256ac3"  # NH: a website now
GATEWAY = "p5a3a7b41ba"  # PA: never asked about


@pytest.fixture(name="data_dir")
def data_dir_fixture(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURES / "programs.csv", folder / "programs.csv")
    shutil.copy(DATA / "service_codes.csv", folder / "service_codes.csv")
    return folder


@pytest.fixture(name="directory")
def directory_fixture(engine: Engine, data_dir: Path) -> Path:
    """The directory file, loaded into the database as a running bot would have it."""
    sync_directory(
        engine, programs_csv=data_dir / "programs.csv", codes_csv=data_dir / "service_codes.csv"
    )
    return data_dir / "programs.csv"


@pytest.fixture(name="locator")
def locator_fixture() -> Iterator[FakeLocator]:
    with running_locator() as locator:
        yield locator


def refresh(engine: Engine, directory: Path, locator: FakeLocator, *states: str) -> RefreshReport:
    return refresh_directory(
        LocatorClient(locator.url, sleep=lambda _seconds: None, timeout=5),
        list(states),
        engine=engine,
        programs_csv=directory,
        codes_csv=directory.with_name("service_codes.csv"),
        today=TODAY,
    )


def by_id(engine: Engine) -> dict[str, Program]:
    return {p.id: p for p in load_catalog(engine)}


def changes_in(report: RefreshReport, state: str) -> StateChanges:
    return next(c for c in report.states if c.state == state)


def test_the_report_counts_what_changed_in_each_state(
    engine: Engine, directory: Path, locator: FakeLocator
) -> None:
    report = refresh(engine, directory, locator, "MA", "NH")

    assert changes_in(report, "MA") == StateChanges(
        "MA",
        listings=5,
        updated=3,
        phones_changed=1,
        iop_on=1,
        iop_off=1,
        websites_added=3,
        new_sites=1,
        rejected=1,
        unlisted_kept=2,  # Gavin Foundation's two programs
    )
    assert changes_in(report, "NH") == StateChanges("NH", listings=2, updated=2, websites_added=1)
    assert report.label == "FindTreatment.gov API, 2026-12-05"


def test_the_summary_reads_state_by_state_for_an_operator(
    engine: Engine, directory: Path, locator: FakeLocator
) -> None:
    text = format_refresh_report(refresh(engine, directory, locator, "MA", "NH"))

    assert text.splitlines()[0].startswith("Refreshed from FindTreatment.gov API, 2026-12-05 (")
    assert (
        "MA: listings read 5; sites updated 3 (phone changed 1, IOP turned on 1, IOP turned off "
        "1, website added 3); new sites 1; rejected 1; not in the answer, kept as they were 2"
    ) in text
    assert "Total: listings read 7; sites updated 5" in text
    assert "Rejected listings: 1\n  MA page 2, row 2: no street address" in text
    assert "Service names not in the code table, ignored (1): Mental health treatment" in text
    assert "Directory now: 9 programs, 7 offering intensive outpatient (OIT)" in text


def test_the_database_and_the_file_hold_the_refreshed_listings(
    engine: Engine, directory: Path, locator: FakeLocator
) -> None:
    before = {p.id: p for p in read_programs(directory)}

    refresh(engine, directory, locator, "MA", "NH")

    programs = by_id(engine)
    assert programs == {p.id: p for p in read_programs(directory)}
    assert (before[PROVIDENCE].phone, programs[PROVIDENCE].phone) == (
        "617-314-7544",
        "484-445-4145",
    )
    assert before[SUNRISE].offers_iop
    assert not programs[SUNRISE].offers_iop
    assert not before[CHARLES_RIVER].offers_iop
    assert programs[CHARLES_RIVER].offers_iop
    assert programs[AVENUES].website == "https://avenuesrecovery.com"
    new = next(p for p in programs.values() if p.name2 == "East Boston Counseling Center")
    assert new.offers_iop
    assert new.website == "http://www.northsuffolk.org"
    assert new.geo_precision == "address"
    assert new.intake_phones == ("617-912-7500",)


def test_refreshed_programs_keep_their_ids_and_name_their_dated_source(
    engine: Engine, directory: Path, locator: FakeLocator
) -> None:
    refresh(engine, directory, locator, "MA", "NH")

    programs = by_id(engine)
    sources = {pid: programs[pid].source for pid in (PROVIDENCE, AVENUES, GAVIN_RECOVERY)}
    assert sources == {
        PROVIDENCE: "findtreatment-api-2026-12-05",
        AVENUES: "findtreatment-api-2026-12-05",
        GAVIN_RECOVERY: "nsumhss-2023",  # its row was rejected: the 2023 listing stays
    }


def test_states_not_asked_about_are_left_exactly_as_they_were(
    engine: Engine, directory: Path, locator: FakeLocator
) -> None:
    before = {p.id: p for p in read_programs(directory)}

    refresh(engine, directory, locator, "NH")

    after = by_id(engine)
    assert {pid: after[pid] for pid, p in before.items() if p.state != "NH"} == {
        pid: p for pid, p in before.items() if p.state != "NH"
    }


def test_service_names_are_read_back_into_codes_by_their_category(
    engine: Engine, directory: Path, locator: FakeLocator
) -> None:
    refresh(engine, directory, locator, "MA")

    charles_river = by_id(engine)[CHARLES_RIVER]
    # "Young adults" names two codes: TAY among the groups (SG), YAD among the ages (AGE).
    assert {"OIT", "TAY", "YAD", "SA", "MD", "VET"} <= charles_river.codes


def test_a_listing_repeated_on_a_later_page_is_read_once(
    engine: Engine, directory: Path, locator: FakeLocator
) -> None:
    first = json.loads(recorded("MA", 1).body)
    second = json.loads(recorded("MA", 2).body)
    second["rows"].append(first["rows"][0])  # the pages shifted while they were read
    first["recordCount"] = second["recordCount"] = 6
    locator.queue("MA", 1, Answer(body=json.dumps(first).encode()))
    locator.queue("MA", 2, Answer(body=json.dumps(second).encode()))

    report = refresh(engine, directory, locator, "MA")

    assert report.repeated == 1
    assert changes_in(report, "MA").updated == 3
    assert len([p for p in by_id(engine).values() if p.name == "Providence Treatment"]) == 1


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"state": "NH"}, "listed in 'NH', not in MA as asked"),
        ({"city": " "}, "no city"),
        ({"zip": "MA 02215"}, "invalid ZIP 'MA 02215'"),
        ({"phone": {"number": "484-445-4145"}}, "field 'phone' is not text"),
        ({"services": "Intensive outpatient treatment"}, "'services' is a JSON str, not a list"),
        ({"services": []}, "no service codes"),
    ],
    ids=["other-state", "no-city", "bad-zip", "phone-not-text", "services-not-a-list", "no-codes"],
)
def test_a_listing_that_cannot_be_placed_or_read_is_rejected_and_counted(
    engine: Engine, directory: Path, locator: FakeLocator, change: dict[str, object], reason: str
) -> None:
    first = json.loads(recorded("MA", 1).body)
    first["rows"][0].update(change)  # Providence Treatment
    locator.queue("MA", 1, Answer(body=json.dumps(first).encode()))

    report = refresh(engine, directory, locator, "MA")

    assert f"MA page 1, row 1: {reason}" in report.rejected
    assert changes_in(report, "MA").rejected == 2  # with Gavin's row without a street
    assert by_id(engine)[PROVIDENCE].phone == "617-314-7544"  # the 2023 listing stays


def test_a_rate_limited_page_is_waited_for_and_the_refresh_completes(
    engine: Engine, directory: Path, locator: FakeLocator
) -> None:
    locator.queue("NH", 1, busy(429, retry_after="2"), recorded("NH", 1))

    report = refresh(engine, directory, locator, "MA", "NH")

    assert changes_in(report, "NH").updated == 2
    assert by_id(engine)[AVENUES].website


# --- A failure changes nothing -------------------------------------------------------------


def nothing_changed(database_url: str, directory: Path) -> tuple[bytes, list[tuple[object, ...]]]:
    return directory.read_bytes(), directory_snapshot(database_url)


@pytest.mark.parametrize(
    ("states", "failing", "answer", "expected"),
    [
        (
            ("MA", "NH"),
            ("NH", 1),
            busy(429, retry_after="1"),
            f"NH page 1: FindTreatment.gov answered HTTP 429 (Too Many Requests) (gave up after "
            f"{ATTEMPTS} tries)",
        ),
        (
            ("NH", "MA"),
            ("MA", 2),
            Answer(status=500, body=b"Internal Server Error"),
            f"MA page 2: FindTreatment.gov answered HTTP 500 (Internal Server Error) (gave up "
            f"after {ATTEMPTS} tries)",
        ),
        (
            ("MA", "NH"),
            ("MA", 2),
            Answer(body=b'{"page": 2, "rows": [{"name1": '),
            "MA page 2: the answer is not valid JSON (",
        ),
        (
            ("MA",),
            ("MA", 2),
            Answer(body=recorded("MA", 2).body, cut_after=1000),
            "MA page 2: the answer was cut off after 1,000 bytes",
        ),
    ],
    ids=["rate-limited-forever", "500-midway-through-the-second-state", "malformed", "truncated"],
)
def test_a_failure_midway_leaves_the_file_and_the_database_unchanged(
    database_url: str,
    engine: Engine,
    directory: Path,
    locator: FakeLocator,
    states: tuple[str, ...],
    failing: tuple[str, int],
    answer: Answer,
    expected: str,
) -> None:
    before = nothing_changed(database_url, directory)
    locator.queue(*failing, answer)

    with pytest.raises(RefreshError) as raised:
        refresh(engine, directory, locator, *states)

    assert str(raised.value).startswith(expected)
    assert nothing_changed(database_url, directory) == before


def test_an_answer_with_no_listing_of_the_state_asked_for_is_refused(
    database_url: str, engine: Engine, directory: Path, locator: FakeLocator
) -> None:
    # As if the API did not understand the state and answered with another one's listings.
    locator.queue("VT", 1, recorded("NH", 1))
    before = nothing_changed(database_url, directory)

    with pytest.raises(RefreshError, match="none of them in VT: the state query was not under"):
        refresh(engine, directory, locator, "VT")

    assert nothing_changed(database_url, directory) == before


def test_listings_that_are_all_unusable_are_refused_as_a_changed_format(
    database_url: str, engine: Engine, directory: Path, locator: FakeLocator
) -> None:
    page = json.loads(recorded("NH", 1).body)
    for row in page["rows"]:
        row["street1"] = row.pop("address", None)  # as if the field had been renamed
    locator.queue("NH", 1, Answer(body=json.dumps(page).encode()))
    before = nothing_changed(database_url, directory)

    with pytest.raises(RefreshError) as raised:
        refresh(engine, directory, locator, "NH")

    assert str(raised.value) == (
        "none of the 2 listings could be used (first: NH page 1, row 1: no street address): "
        "has the API's format changed?"
    )
    assert nothing_changed(database_url, directory) == before


# --- Which states ----------------------------------------------------------------------------


def test_states_are_taken_in_any_case_once_each() -> None:
    assert check_states(["ma", "NH", " Ma "]) == ["MA", "NH"]


def test_no_state_means_every_state_and_territory() -> None:
    states = check_states([])

    assert states == sorted(US_STATES)
    assert {"PR", "GU", "DC", "VI"} <= set(states)


@pytest.mark.parametrize("value", ["zz", "Mass", "", "AE"])
def test_a_value_that_is_not_a_state_code_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="is not a US state or territory code"):
        check_states(["MA", value])

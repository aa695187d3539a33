"""The shipped data/programs.csv is the complete 2023 National Directory, coded and geocoded."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.directory_fields import detox_counts, field_counts
from bot.core.programs import Program, ServiceCode
from bot.storage.importers import import_directory, plausible_us_coordinates
from bot.storage.programs_csv import read_programs, read_service_codes

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parents[2] / "data"
SOURCE_XLSX = DATA / "source" / "national-directory-su-facilities-2023.xlsx"


@pytest.fixture(name="programs", scope="module")
def programs_fixture() -> list[Program]:
    return read_programs(DATA / "programs.csv")


@pytest.fixture(name="codes", scope="module")
def codes_fixture() -> dict[str, ServiceCode]:
    return read_service_codes(DATA / "service_codes.csv")


def test_every_facility_of_the_2023_directory_is_listed(programs: list[Program]) -> None:
    assert len(programs) == 12_744
    assert len({p.state for p in programs}) == 54


def test_the_official_number_of_facilities_offer_intensive_outpatient(
    programs: list[Program],
) -> None:
    assert sum(p.offers_iop for p in programs) == 5_736


def test_every_code_in_the_directory_has_a_meaning(
    programs: list[Program], codes: dict[str, ServiceCode]
) -> None:
    used = set().union(*(p.codes for p in programs))

    assert len(codes) == 224
    assert used - set(codes) == set()
    assert codes["OIT"].name == "Intensive outpatient treatment"
    assert codes["MD"].name == "Medicaid"
    assert codes["MC"].name == "Medicare"


def test_every_program_is_placed_on_the_map_in_the_us(programs: list[Program]) -> None:
    misplaced = [
        p.id
        for p in programs
        if not plausible_us_coordinates(p.latitude, p.longitude) or p.geo_precision != "zip"
    ]

    assert misplaced == []


def test_program_ids_are_unique(programs: list[Program]) -> None:
    assert len({p.id for p in programs}) == len(programs)


@pytest.mark.parametrize(
    ("program_id", "name", "city", "zip_code"),
    [
        ("p5a3a7b41ba", "Gateway Rehab", "Pittsburgh", "15217"),
        ("p611f07ba18", "Gavin Foundation", "Boston", "02127"),
    ],
    ids=["Pittsburgh", "Boston"],
)
def test_a_known_iop_is_listed_under_its_stable_id(
    programs: list[Program], program_id: str, name: str, city: str, zip_code: str
) -> None:
    program = next((p for p in programs if p.id == program_id), None)

    assert program is not None
    assert (program.name, program.city, program.zip) == (name, city, zip_code)
    assert program.offers_iop
    assert program.source == "nsumhss-2023"


def test_the_shipped_file_is_exactly_what_importing_the_source_produces(tmp_path: Path) -> None:
    programs_csv, codes_csv = tmp_path / "programs.csv", tmp_path / "service_codes.csv"

    import_directory(SOURCE_XLSX, programs_csv=programs_csv, codes_csv=codes_csv)

    assert programs_csv.read_bytes() == (DATA / "programs.csv").read_bytes()
    assert codes_csv.read_bytes() == (DATA / "service_codes.csv").read_bytes()


def test_the_field_counts_data_readme_quotes_hold_for_the_shipped_file(
    programs: list[Program],
) -> None:
    counts = field_counts(programs)

    assert counts["iops"] == 5_736
    assert (counts["no_age"], counts["children_only"]) == (1_000, 1_316)
    assert counts["children_only_with_adult_groups"] == 849
    assert counts["seniors_listed"] == 51
    assert (counts["women_only"], counts["men_only"]) == (180, 159)
    assert (counts["no_alcohol"], counts["no_opioids"]) == (277, 347)
    assert (counts["alcohol_only"], counts["opioids_only"], counts["dui_only"]) == (28, 155, 18)
    assert (counts["va_only"], counts["free"], counts["low_cost"]) == (114, 69, 3_907)


def test_the_detox_counts_data_readme_quotes_hold_for_the_shipped_file(
    programs: list[Program],
) -> None:
    counts = detox_counts(programs)

    assert (counts["detox"], counts["names_none"]) == (2_847, 79)
    assert (counts["opioids_not_alcohol"], counts["opioids_only"]) == (728, 597)
    assert [counts[c] for c in ("ADTX", "ODTX", "BDTX", "CDTX", "MDTX", "DB")] == [
        2_037,
        2_729,
        1_891,
        1_682,
        1_723,
        1_851,
    ]
    hidden = [counts[f"hidden_{s}"] for s in ("alcohol", "opioids", "benzos", "stimulants")]
    assert hidden == [731, 37, 877, 1_004]

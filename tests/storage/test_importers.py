"""The importers turn SAMHSA's two directory formats into programs, report bad rows, write last."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from bot.core.programs import Program, ServiceCode, program_id
from bot.storage import programs_csv
from bot.storage.importers import (
    ImportFileError,
    ImportReport,
    Listing,
    format_report,
    import_directory,
    normalize_website,
    parse_directory_file,
    parse_findtreatment_listings,
    parse_zip,
)
from bot.storage.programs_csv import read_programs, read_service_codes, write_programs
from bot.storage.programs_csv import write_service_codes as save_codes
from tests.builders import a_program

CODES = {
    c.code: c
    for c in (
        ServiceCode("SA", "TC", "Type of Care", "Substance use treatment"),
        ServiceCode("OP", "SET", "Service Setting", "Outpatient"),
        ServiceCode("OIT", "SET", "Service Setting", "Intensive outpatient treatment"),
        ServiceCode("MD", "PAY", "Payment/Insurance/Funding Accepted", "Medicaid"),
        ServiceCode("SF", "PAY", "Payment/Insurance/Funding Accepted", "Cash or self-payment"),
        ServiceCode("N40", "OL", "Other Languages", "Yupik"),
    )
}

# A fake gazetteer: the parser must take coordinates from it, not from anywhere else.
CENTROIDS = {
    "15217": (40.4318, -79.9236),  # Squirrel Hill, Pittsburgh
    "02150": (42.3959, -71.0325),  # Chelsea, MA
    "02130": (42.3097, -71.1151),  # Jamaica Plain, Boston
}

ND_HEADER = [
    "Name1",
    "Name2",
    "Street1",
    "Street2",
    "City",
    "State",
    "Zip",
    "Phone",
    "Intake1",
    "Intake2",
    "Intake1a",
    "Intake2a",
    "Service_code_info",
]

FT_FIXED = [
    "    name1",
    "name2",
    "street1",
    "street2",
    "city",
    "state",
    "zip",
    "zip4",
    "county",
    "phone",
    "intake_prompt",
    "intake1",
    "intake2",
    "website",
    "latitude",
    "longitude",
    "type_facility",
]
FT_HEADER = [*FT_FIXED, "mh", "sa", "op", "oit", "md", "n40 "]


def nd_row(**fields: str) -> list[str]:
    """A National Directory row for a Pittsburgh IOP, with the given columns changed."""
    row = {
        "Name1": "Gateway Rehab",
        "Name2": "Squirrel Hill",
        "Street1": "5818 Forbes Avenue",
        "City": "Pittsburgh",
        "State": "PA",
        "Zip": "15217",
        "Phone": "412-697-0928",
        "Service_code_info": "SA * OP OIT * MD",
    }
    row.update(fields)
    return [row.get(column, "") for column in ND_HEADER]


def ft_row(**fields: str) -> list[str]:
    """A FindTreatment download row (SU) for a Chelsea outpatient site, with columns changed."""
    row = {
        "name1": "North Suffolk Community Services",
        "name2": "Chelsea Counseling Center",
        "street1": "301 Broadway",
        "city": "Chelsea",
        "state": "MA",
        "zip": "02150",
        "county": "Suffolk",
        "phone": "866-781-6727",
        "website": "http://www.northsuffolk.org",
        "latitude": "42.3910401",
        "longitude": "-71.0366372",
        "type_facility": "SU",
        "sa": "1",
        "op": "1",
    }
    row.update(fields)
    return [row.get(column.strip(), "") for column in FT_HEADER]


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(
    path: Path, header: list[str], rows: list[list[Any]], *, reference: bool = False
) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Facilities List"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    if reference:
        codes = workbook.create_sheet("Service Code Reference")
        codes.append(
            [
                "category_code",
                "category_name",
                "service_code",
                "service_name",
                "service_description",
            ]
        )
        for code in CODES.values():
            codes.append([code.category_code, code.category_name, code.code, code.name, None])
    workbook.save(path)
    return path


def parse(path: Path, **options: Any) -> ImportReport:
    return parse_directory_file(path, codes=CODES, geocode=CENTROIDS.get, **options)


@pytest.fixture(name="codes_csv")
def codes_csv_fixture(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "service_codes.csv"
    save_codes(CODES.values(), path)
    return path


def only(report: ImportReport) -> Program:
    assert len(report.programs) == 1, report.programs
    return report.programs[0]


# --- National Directory --------------------------------------------------------------------


def test_a_national_directory_row_becomes_a_normalized_program(tmp_path: Path) -> None:
    row = nd_row(
        Name1="  Gateway   Rehab ",
        State="pa",
        Phone="251.847.2223 x287",
        Intake1="412-555-0101",
        Intake2="(412) 555-0101",
        Intake1a="",
        Intake2a="412 555 0102",
        Service_code_info="OIT MD * SA * OP *",
    )
    path = write_csv(tmp_path / "national-directory-su-facilities-2023.csv", ND_HEADER, [row])

    report = parse(path)

    program = only(report)
    assert program.name == "Gateway Rehab"
    assert program.state == "PA"
    assert program.phone == "251-847-2223 x287"
    assert program.intake_phones == ("412-555-0101", "412-555-0102")
    assert program.codes == {"SA", "OP", "OIT", "MD"}
    assert (program.latitude, program.longitude) == CENTROIDS["15217"]
    assert program.geo_precision == "zip"
    assert program.source == "nsumhss-2023"
    assert program.id == program_id(
        "Gateway Rehab",
        "Squirrel Hill",
        "5818 Forbes Avenue",
        "",
        "Pittsburgh",
        "PA",
        "15217",
        "251-847-2223 x287",
    )
    assert report.source_format == "national-directory"
    assert report.mode == "replace"
    assert report.offering_iop() == 1


def test_codes_are_looked_up_by_name_so_a_missing_group_shifts_nothing(tmp_path: Path) -> None:
    rows = [
        nd_row(Name2="All groups", Service_code_info="SA * OP OIT * MD SF"),
        nd_row(Name2="No setting group", Service_code_info="SA * MD SF"),
    ]
    report = parse(write_csv(tmp_path / "nd.csv", ND_HEADER, rows))

    by_name = {p.name2: p for p in report.programs}
    assert by_name["All groups"].offers_iop
    assert not by_name["No setting group"].offers_iop
    assert by_name["No setting group"].codes == {"SA", "MD", "SF"}


def test_lower_case_headers_of_the_2022_edition_are_read(tmp_path: Path) -> None:
    header = [column.lower() for column in ND_HEADER]
    path = write_csv(tmp_path / "National_Directory_SA_Facilities_2022.csv", header, [nd_row()])

    program = only(parse(path))

    assert program.name == "Gateway Rehab"
    assert program.source == "nsumhss-2022"


def test_a_file_name_without_a_year_gives_a_plain_source(tmp_path: Path) -> None:
    program = only(parse(write_csv(tmp_path / "directory.csv", ND_HEADER, [nd_row()])))

    assert program.source == "national-directory"


def test_an_xlsx_numeric_zip_cell_keeps_its_leading_zero(tmp_path: Path) -> None:
    row: list[Any] = nd_row(Name1="Chelsea Clinic", City="Chelsea", State="MA")
    row[ND_HEADER.index("Zip")] = 2150
    row[ND_HEADER.index("Phone")] = 6175550100
    path = write_xlsx(tmp_path / "nd-2023.xlsx", ND_HEADER, [row])

    program = only(parse(path))

    assert program.zip == "02150"
    assert (program.latitude, program.longitude) == CENTROIDS["02150"]
    assert program.phone == "617-555-0100"


def test_xlsx_rejections_carry_the_sheet_row_number(tmp_path: Path) -> None:
    empty_row: list[Any] = [None] * len(ND_HEADER)
    rows = [nd_row(), nd_row(Name1=""), empty_row, nd_row(State="XX")]
    path = write_xlsx(tmp_path / "nd.xlsx", ND_HEADER, rows)

    report = parse(path)

    assert [(r.line, r.reason) for r in report.rejected] == [
        (3, "missing name"),
        (5, "invalid state 'XX' (not a US state or territory code)"),
    ]
    assert report.imported == 1
    assert report.rows_read == 3


def test_bad_rows_are_reported_by_line_while_good_rows_import(tmp_path: Path) -> None:
    path = tmp_path / "nd.csv"
    write_csv(
        path,
        ND_HEADER,
        [
            nd_row(Name2="good, line 2"),
            nd_row(Name1=""),
            nd_row(State="XX"),
            nd_row(State=""),
            nd_row(Zip="ABCDE"),
            nd_row(Zip="99999"),
            nd_row(Service_code_info=" * * "),
            nd_row(Street2="x" * 10_001),
            nd_row()[:5],
            nd_row(Name2="good, spans\nlines 11 and 12"),
            nd_row(Zip="", Name2="rejected, spans\nlines 13 and 14"),
        ],
    )

    report = parse(path)

    reasons = {r.line: r.reason for r in report.rejected}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9, 10, 13]
    assert reasons[3] == "missing name"
    assert "invalid state 'XX'" in reasons[4]
    assert reasons[5] == "missing state"
    assert reasons[6] == "invalid ZIP 'ABCDE'"
    assert reasons[7] == "ZIP 99999 not found for geocoding"
    assert reasons[8] == "no service codes"
    assert "10,001 characters" in reasons[9]
    assert reasons[10] == "expected 13 cells, found 5"
    assert reasons[13] == "missing ZIP"
    assert sorted(p.name2 for p in report.programs) == [
        "good, line 2",
        "good, spans lines 11 and 12",
    ]
    assert report.rows_read == 11  # rows, not lines


def test_unknown_codes_are_reported_and_dropped_while_the_row_stays(tmp_path: Path) -> None:
    rows = [
        nd_row(Name2="A", Service_code_info="SA * OIT XYZ * MD"),
        nd_row(Name2="B", Service_code_info="SA XYZ * QQ"),
        nd_row(Name2="C", Service_code_info="SA"),
    ]
    report = parse(write_csv(tmp_path / "nd.csv", ND_HEADER, rows))

    assert report.unknown_codes == {"XYZ": [2, 3], "QQ": [3]}
    assert report.imported == 3
    assert {p.name2: p.codes for p in report.programs}["A"] == {"SA", "OIT", "MD"}


def test_rows_with_the_same_identity_get_numbered_ids_in_file_order(tmp_path: Path) -> None:
    rows = [
        nd_row(Service_code_info="SA OIT"),
        nd_row(Name2="Other"),
        nd_row(Service_code_info="SA RES"),
        nd_row(Service_code_info="SA DT"),
    ]
    report = parse(write_csv(tmp_path / "nd.csv", ND_HEADER, rows))

    ids = [p.id for p in report.programs]
    assert len(set(ids)) == 4
    assert ids[2] == f"{ids[0]}-2"
    assert ids[3] == f"{ids[0]}-3"
    assert report.programs[0].offers_iop  # the first row keeps the plain id


def test_an_xlsx_import_refreshes_the_code_table_from_its_reference_sheet(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = write_xlsx(tmp_path / "nd-2023.xlsx", ND_HEADER, [nd_row()], reference=True)

    report = import_directory(
        path, programs_csv=data / "programs.csv", codes_csv=data / "service_codes.csv"
    )

    assert set(read_service_codes(data / "service_codes.csv")) == set(CODES)
    assert [p.id for p in read_programs(data / "programs.csv")] == [report.programs[0].id]
    assert sorted(os.listdir(data)) == ["programs.csv", "service_codes.csv"]


def test_the_same_directory_as_xlsx_or_csv_writes_identical_files(
    tmp_path: Path, codes_csv: Path
) -> None:
    rows = [nd_row(), nd_row(Name1="Chelsea Clinic", City="Chelsea", State="MA", Zip="02150")]
    from_csv, from_xlsx = tmp_path / "from-csv.csv", tmp_path / "from-xlsx.csv"
    source = tmp_path / "su2023"
    csv_file = write_csv(source.with_suffix(".csv"), ND_HEADER, rows)
    xlsx_file = write_xlsx(source.with_suffix(".xlsx"), ND_HEADER, rows)

    import_directory(csv_file, programs_csv=from_csv, codes_csv=codes_csv)
    import_directory(xlsx_file, programs_csv=from_xlsx, codes_csv=codes_csv)

    assert from_csv.read_bytes() == from_xlsx.read_bytes()
    assert len(read_programs(from_csv)) == 2


# --- FindTreatment.gov download ------------------------------------------------------------


def test_su_and_mh_rows_of_one_site_become_one_program_with_all_codes(tmp_path: Path) -> None:
    rows = [
        ft_row(oit="1", intake1="617-555-0199"),
        ft_row(type_facility="MH", mh="1", md="1", op="", sa="", intake1="617-555-0198"),
    ]
    path = write_csv(tmp_path / "findtreatment-export-sample-2025-08-19.csv", FT_HEADER, rows)

    report = parse(path)

    program = only(report)
    assert program.codes == {"SA", "OP", "OIT", "MD"}
    assert program.intake_phones == ("617-555-0199", "617-555-0198")
    assert (program.latitude, program.longitude) == (42.3910401, -71.0366372)
    assert program.geo_precision == "address"
    assert program.website == "http://www.northsuffolk.org"
    assert program.source == "findtreatment-2025-08-19"
    assert report.duplicates_collapsed == 1
    assert report.unknown_columns == ["mh"]
    assert report.rejected == []
    assert report.mode == "merge"


def test_the_padded_header_names_of_the_export_are_stripped(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ft.csv", FT_HEADER, [ft_row(**{"n40": "1"})])

    program = only(parse(path))

    assert program.name == "North Suffolk Community Services"
    assert "N40" in program.codes


def test_two_programs_of_one_type_at_one_site_stay_separate(tmp_path: Path) -> None:
    rows = [
        ft_row(name2="CSS"),
        ft_row(name2="Acute Treatment Services"),
        ft_row(name2="Acute Treatment Services", type_facility="MH", md="1"),
        ft_row(name2="CSS", street2="Suite 2", phone="617-555-0142"),
    ]
    report = parse(write_csv(tmp_path / "ft.csv", FT_HEADER, rows))

    assert sorted((p.name2, p.street2) for p in report.programs) == [
        ("Acute Treatment Services", ""),
        ("CSS", ""),
        ("CSS", "Suite 2"),
    ]
    acute = next(p for p in report.programs if p.name2 == "Acute Treatment Services")
    assert "MD" in acute.codes
    assert report.duplicates_collapsed == 1


def test_websites_are_cleaned(tmp_path: Path) -> None:
    rows = [
        ft_row(name1="Blank Site", website="http://"),
        ft_row(name1="Bare Domain", website="www.example.org"),
    ]
    report = parse(write_csv(tmp_path / "ft.csv", FT_HEADER, rows))

    websites = {p.name: p.website for p in report.programs}
    assert websites == {"Blank Site": "", "Bare Domain": "https://www.example.org"}


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [("", ""), ("abc", "-71.03"), ("0", "0"), ("-71.0366372", "42.3910401")],
    ids=["missing", "not a number", "null island", "swapped"],
)
def test_a_row_without_usable_coordinates_falls_back_to_the_zip_centroid(
    tmp_path: Path, latitude: str, longitude: str
) -> None:
    path = write_csv(
        tmp_path / "ft.csv", FT_HEADER, [ft_row(latitude=latitude, longitude=longitude)]
    )

    program = only(parse(path))

    assert (program.latitude, program.longitude) == CENTROIDS["02150"]
    assert program.geo_precision == "zip"


def test_a_site_listed_only_for_mental_health_is_left_out(tmp_path: Path) -> None:
    rows = [
        ft_row(name1="Child Psychiatry Clinic", type_facility="MH", sa="", mh="1"),
        ft_row(name1="Counseling With Addiction Care", type_facility="MH", mh="1"),
    ]
    report = parse(write_csv(tmp_path / "ft.csv", FT_HEADER, rows))

    assert [p.name for p in report.programs] == ["Counseling With Addiction Care"]
    assert report.mental_health_only == 1
    assert "Mental-health-only listings left out" in format_report(report)


def test_a_findtreatment_xlsx_with_numeric_cells_imports(tmp_path: Path) -> None:
    row: list[Any] = ft_row(oit="1")
    for column, value in (("zip", 2150), ("latitude", 42.3910401), ("sa", 1), ("oit", 1)):
        row[[c.strip() for c in FT_HEADER].index(column)] = value
    path = write_xlsx(
        tmp_path / "FindTreament_Facility_listing_2025_08_19_150020.xlsx", FT_HEADER, [row]
    )

    program = only(parse(path))

    assert program.zip == "02150"
    assert program.latitude == 42.3910401
    assert program.offers_iop
    assert program.source == "findtreatment-2025-08-19"


def test_listings_from_the_api_are_read_and_merged_by_the_download_rules() -> None:
    fields = {name.strip(): value for name, value in zip(FT_HEADER, ft_row(), strict=False)}
    existing = a_program(
        id="pkept",
        name="North Suffolk Community Services",
        name2="Chelsea Counseling Center",
        street="301 Broadway",
        city="Chelsea",
        state="MA",
        zip="02150",
        codes="SA OP",
    )
    listings = [
        Listing(
            1, {**fields, "type_facility": "SA", "website": "http://"}, frozenset({"SA", "OIT"})
        ),
        Listing(2, {**fields, "name1": "Mind Only", "type_facility": "MH"}, frozenset({"MD"})),
        Listing(3, {**fields, "zip": "2150x"}, frozenset({"SA"})),
        Listing(4, fields, frozenset({"SA"}), problem="no street address"),
    ]

    report = parse_findtreatment_listings(
        listings, codes=CODES, geocode=CENTROIDS.get, source="api-test", existing=[existing]
    )

    (program,) = report.programs
    assert program.id == "pkept"  # merged by site, id kept
    assert program.codes == {"SA", "OIT"}
    assert program.website == ""  # SAMHSA's blank "http://"
    assert program.source == "api-test"
    assert report.mental_health_only == 1
    assert [(r.line, r.reason) for r in report.rejected] == [
        (3, "invalid ZIP '2150x'"),
        (4, "no street address"),
    ]
    assert (report.replaced, report.added) == (1, 0)


# --- Merging a partial file ----------------------------------------------------------------


def test_merge_keeps_existing_ids_and_every_other_program(tmp_path: Path, codes_csv: Path) -> None:
    directory = tmp_path / "data" / "programs.csv"
    at_the_site = a_program(
        id="pkept",
        name="North Suffolk Community Services",
        name2="Outpatient Clinic",  # renamed since: the only program at the site either way
        street="301 Broadway",
        city="Chelsea",
        state="MA",
        zip="02150",
        codes="SA OP",
    )
    elsewhere = a_program(id="pother", name="Gateway Rehab")
    write_programs([at_the_site, elsewhere], directory)
    rows = [ft_row(oit="1"), ft_row(name1="Brand New Clinic", street1="9 Elm Street")]
    path = write_csv(tmp_path / "ft.csv", FT_HEADER, rows)

    report = import_directory(path, programs_csv=directory, codes_csv=codes_csv)

    programs = {p.id: p for p in read_programs(directory)}
    assert programs["pkept"].offers_iop
    assert programs["pkept"].name2 == "Chelsea Counseling Center"
    assert programs["pother"] == elsewhere
    assert len(programs) == 3
    added = next(p for p in programs.values() if p.name == "Brand New Clinic")
    assert added.id not in {"pkept", "pother"}
    assert (report.replaced, report.added, report.unlisted_kept) == (1, 1, 0)
    assert "1 existing programs updated (ids kept), 1 added" in format_report(report)


def test_within_one_site_a_merge_matches_programs_by_their_second_name(
    tmp_path: Path, codes_csv: Path
) -> None:
    directory = tmp_path / "programs.csv"
    site = {"name": "Baldpate", "street": "83 Baldpate Road", "zip": "01833", "state": "MA"}
    write_programs(
        [
            a_program(id="pacute", name2="Acute Treatment Services", **site),
            a_program(id="pcss", name2="CSS", **site),
            a_program(id="pop", name2="Outpatient", **site),
        ],
        directory,
    )
    site_cells = {"name1": "Baldpate", "street1": "83 Baldpate Road", "zip": "01833"}
    rows = [ft_row(name2="CSS", **site_cells), ft_row(name2="Acute Treatment Svcs", **site_cells)]
    path = write_csv(tmp_path / "ft.csv", FT_HEADER, rows)

    report = import_directory(path, programs_csv=directory, codes_csv=codes_csv)

    assert {p.id: p.name2 for p in read_programs(directory)} == {
        "pcss": "CSS",
        "pacute": "Acute Treatment Svcs",
        "pop": "Outpatient",  # a filtered download does not mean the program closed
    }
    assert (report.replaced, report.added, report.unlisted_kept) == (2, 0, 1)


def test_replace_mode_makes_the_file_the_whole_directory(tmp_path: Path, codes_csv: Path) -> None:
    directory = tmp_path / "programs.csv"
    write_programs([a_program(id="pold")], directory)
    path = write_csv(tmp_path / "ft.csv", FT_HEADER, [ft_row()])

    report = import_directory(path, mode="replace", programs_csv=directory, codes_csv=codes_csv)

    assert [p.name for p in read_programs(directory)] == ["North Suffolk Community Services"]
    assert report.mode == "replace"


# --- Failures leave the previous directory alone ------------------------------------------


@pytest.fixture(name="previous")
def previous_fixture(codes_csv: Path) -> Path:
    directory = codes_csv.parent / "programs.csv"
    write_programs([a_program(id="pold"), a_program(id="pold2")], directory)
    return directory


def test_a_write_interrupted_half_way_leaves_the_previous_files_byte_identical(
    tmp_path: Path, previous: Path, codes_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = previous.read_bytes(), codes_csv.read_bytes()
    rows = [nd_row(Name2=f"Program {n}") for n in range(5)]
    path = write_xlsx(tmp_path / "nd-2024.xlsx", ND_HEADER, rows, reference=True)
    real_to_row, written = programs_csv.program_to_row, []

    def interrupt_on_the_third_row(program: Program) -> dict[str, str]:
        written.append(program)
        if len(written) == 3:
            raise KeyboardInterrupt
        return real_to_row(program)

    monkeypatch.setattr(programs_csv, "program_to_row", interrupt_on_the_third_row)
    with pytest.raises(KeyboardInterrupt):
        import_directory(path, programs_csv=previous, codes_csv=codes_csv)

    assert (previous.read_bytes(), codes_csv.read_bytes()) == before
    assert sorted(os.listdir(previous.parent)) == ["programs.csv", "service_codes.csv"]


def test_a_failed_rename_leaves_the_previous_files_byte_identical(
    tmp_path: Path, previous: Path, codes_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = previous.read_bytes(), codes_csv.read_bytes()
    path = write_xlsx(tmp_path / "nd-2024.xlsx", ND_HEADER, [nd_row()], reference=True)
    real_replace = os.replace

    def disk_full_for_programs(source: Any, target: Any) -> None:
        if Path(target).name == "programs.csv":
            raise OSError("disk full")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", disk_full_for_programs)
    with pytest.raises(OSError, match="disk full"):
        import_directory(path, programs_csv=previous, codes_csv=codes_csv)

    assert (previous.read_bytes(), codes_csv.read_bytes()) == before
    assert sorted(os.listdir(previous.parent)) == ["programs.csv", "service_codes.csv"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\n\n  \n", "is empty"),
        (b"patient,visit_date\nJane,2024-01-01\n", "neither a SAMHSA National Directory file"),
        (b"PK\x03\x04 this is not really a zip", "not a readable xlsx workbook"),
        (b"\x00\x01\x02binary", "binary file"),
    ],
    ids=["empty", "blank lines", "other table", "broken xlsx", "binary"],
)
def test_a_file_that_is_not_a_directory_is_refused_and_nothing_written(
    tmp_path: Path, previous: Path, codes_csv: Path, content: bytes, message: str
) -> None:
    before = previous.read_bytes()
    path = tmp_path / "upload.csv"
    path.write_bytes(content)

    with pytest.raises(ImportFileError, match=message):
        import_directory(path, programs_csv=previous, codes_csv=codes_csv)

    assert previous.read_bytes() == before


def test_a_file_with_no_importable_rows_is_refused_with_its_report(
    tmp_path: Path, previous: Path, codes_csv: Path
) -> None:
    before = previous.read_bytes()
    path = write_csv(tmp_path / "nd.csv", ND_HEADER, [nd_row(Name1=""), nd_row(State="ZZ")])

    with pytest.raises(ImportFileError, match="no importable rows") as caught:
        import_directory(path, programs_csv=previous, codes_csv=codes_csv)

    assert caught.value.report is not None
    assert [r.line for r in caught.value.report.rejected] == [2, 3]
    assert previous.read_bytes() == before


def test_a_header_only_file_is_refused(tmp_path: Path, previous: Path, codes_csv: Path) -> None:
    path = write_csv(tmp_path / "nd.csv", ND_HEADER, [])

    with pytest.raises(ImportFileError, match="no importable rows"):
        import_directory(path, programs_csv=previous, codes_csv=codes_csv)


def test_a_forced_format_that_does_not_fit_names_the_missing_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "nd.csv", ND_HEADER, [nd_row()])

    with pytest.raises(ImportFileError, match=r"missing column.*type_facility"):
        parse(path, fmt="findtreatment")


def test_a_csv_without_a_code_table_asks_for_the_xlsx_first(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "nd.csv", ND_HEADER, [nd_row()])

    with pytest.raises(ImportFileError, match="import the National Directory xlsx first"):
        import_directory(
            path, programs_csv=tmp_path / "programs.csv", codes_csv=tmp_path / "missing.csv"
        )


def test_a_windows_1252_file_is_read_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "nd.csv"
    lines = [",".join(ND_HEADER), ",".join(nd_row(Name1="Café Recuperación"))]
    path.write_bytes("\n".join(lines).encode("cp1252"))

    report = parse(path)

    assert only(report).name == "Café Recuperación"
    assert any("Windows-1252" in note for note in report.notes)
    assert "Note: " in format_report(report)


def test_a_field_beyond_the_csv_module_limit_costs_only_its_row(tmp_path: Path) -> None:
    limit = csv.field_size_limit()
    rows = [nd_row(Name2="x" * (limit + 10)), nd_row(Name2="fine")]
    path = write_csv(tmp_path / "nd.csv", ND_HEADER, rows)

    report = parse(path)

    assert [p.name2 for p in report.programs] == ["fine"]
    assert [r.line for r in report.rejected] == [2]
    assert csv.field_size_limit() == limit


# --- The summary and the field rules -------------------------------------------------------


def test_the_summary_lists_the_first_twenty_rejections_then_a_count(tmp_path: Path) -> None:
    rows = [nd_row(Name1="") for _ in range(25)] + [nd_row(Service_code_info="SA OIT BOGUS")]
    report = parse(write_csv(tmp_path / "nd.csv", ND_HEADER, rows))

    summary = format_report(report)

    assert "Rows read: 26" in summary
    assert "Programs imported: 1" in summary
    assert "Rejected rows: 25" in summary
    assert "line 21: missing name" in summary
    assert "line 22: missing name" not in summary
    assert "… and 5 more" in summary
    assert "BOGUS: 1 row(s), lines 27" in summary
    assert "1 offering intensive outpatient (OIT)" in summary


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("02150", "02150"),
        ("2150", "02150"),
        ("601", "00601"),
        ("02150-1234", "02150"),
        ("021501234", "02150"),
        ("21501234", "02150"),
        ("ABCDE", None),
        ("12", None),
        ("1234567890", None),
    ],
)
def test_zip_codes_are_cut_to_five_digits_and_lost_zeros_restored(
    raw: str, expected: str | None
) -> None:
    assert parse_zip(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("http://", ""),
        ("https://", ""),
        ("", ""),
        ("www.example.org", "https://www.example.org"),
        ("http://www.example.org", "http://www.example.org"),
        ("call us", ""),
    ],
)
def test_websites_are_usable_links_or_nothing(raw: str, expected: str) -> None:
    assert normalize_website(raw) == expected


@pytest.mark.parametrize(
    "options",
    [{"fmt": "excel"}, {"mode": "append"}],
    ids=["format", "mode"],
)
def test_an_unknown_option_is_refused_before_anything_is_read(
    tmp_path: Path, codes_csv: Path, options: dict[str, str]
) -> None:
    path = tmp_path / "missing.csv"  # never opened: the option is checked first

    with pytest.raises(ImportFileError, match="unknown"):
        import_directory(
            path, programs_csv=tmp_path / "programs.csv", codes_csv=codes_csv, **options
        )

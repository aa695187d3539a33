"""Fuzzed directory files are imported minus their reported bad rows, or refused in one line.

Whatever a file holds (wrong columns, broken encodings, huge cells, stray quotes, damaged
workbooks), a refused import leaves data/programs.csv, data/service_codes.csv and the database
exactly as they were; a hand-broken programs.csv is refused at start-up the same way.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from bot.__main__ import EXIT_ERROR, EXIT_OK, main
from bot.core.programs import Program, ServiceCode
from bot.storage.database import (
    create_db_engine,
    load_programs,
    load_service_codes,
    sync_directory,
)
from bot.storage.importers import (
    MAX_FIELD_CHARS,
    US_STATES,
    ImportFileError,
    ImportReport,
    import_directory,
)
from bot.storage.programs_csv import (
    CONTROL_CHARACTERS,
    PROGRAM_COLUMNS,
    DirectoryFileError,
    read_programs,
    read_service_codes,
    write_programs,
)
from tests.builders import a_program

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
FT_SOURCE = DATA / "source" / "findtreatment-export-sample-boston-2025-08-19.csv"

# Bounded fuzzing: the whole module runs in seconds, and every run tries new examples.
FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# The header and five facilities of the 2023 National Directory (su2023_facilities.csv), their
# code lists cut short.
ND_LINES = [
    "Name1,Name2,Street1,Street2,City,State,Zip,Phone,Intake1,Intake2,Intake1a,Intake2a,"
    "Service_code_info",
    "Comprehensive Healthcare,Walla Walla Office,1520 Kelly Place,Suite 234,Walla Walla,WA,"
    "99362,509-575-4084,509-524-2920,,,,SA HH SUMH * OP OIT OMB ORT * BU * NAUT * BWN",
    "Headrest,Outpatient Services,29 B Pleasant Street,,Claremont,NH,03743,603-448-4872,"
    "603-448-4872 x115,603-448-4400,,,SA * OP OIT ORT * BU * RPE PC * ACMA * AURPE",
    "ChangePoint Integrated Health,Outpatient Clinic,1015 East 2nd Street,,Winslow,AZ,86047,"
    "928-537-5315,928-289-4658 x0,,,,SA SUMH * OP OIT ORT * BU NU * INPE RPE * ACMA",
    "Heartview Foundation,Cando,7448 68th Avenue NE,,Cando,ND,58324,701-968-4056,701-222-0386,"
    ",,,SA DT SUMH * OP RES ODT OIT ORT RD RL RS * BU",
    "Twin Town Treatment Centers,Twin Town Los Alamitos,4281 Katella Boulevard,Suite 117,"
    "Los Alamitos,CA,90720,562-594-8844,866-594-8844,562-596-0050,,,"
    "SA * OP ODT OIT ORT * RPE PC * ACMA * AURPE AUPC",
]
ND_HEADER, *ND_ROWS = [line.split(",") for line in ND_LINES]
ND_FILE = "national-directory-su-facilities-2023"
FT_FILE = "findtreatment-export-2025-08-19"

Table = list[list[str]]


def ft_sample() -> Table:
    """The FindTreatment sample's header and first six rows: SU and MH listings of four sites."""
    with FT_SOURCE.open(newline="", encoding="utf-8") as handle:
        return list(itertools.islice(csv.reader(handle), 7))


SAMPLES: dict[str, Table] = {"nd": [ND_HEADER, *ND_ROWS], "ft": ft_sample()}


def csv_text(table: Table, delimiter: str = ",", line_end: str = "\n") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=line_end).writerows(table)
    return buffer.getvalue()


# --- Changes to a table of cells, then to the bytes of a file ---------------------------------
# Positions are drawn large and taken modulo the size, so one change fits any table or file.


def width(table: Table) -> int:
    return max(1, len(table[0]))


@dataclass(frozen=True)
class DropColumn:
    at: int

    def __call__(self, table: Table) -> Table:
        i = self.at % width(table)
        return [row[:i] + row[i + 1 :] for row in table]


@dataclass(frozen=True)
class RenameColumn:
    at: int
    name: str

    def __call__(self, table: Table) -> Table:
        if table[0]:
            table[0][self.at % len(table[0])] = self.name
        return table


@dataclass(frozen=True)
class MoveColumn:
    source: int
    target: int

    def __call__(self, table: Table) -> Table:
        i, j = self.source % width(table), self.target % width(table)
        for row in table:
            if i < len(row):
                row.insert(j, row.pop(i))
        return table


@dataclass(frozen=True)
class DuplicateColumn:
    at: int

    def __call__(self, table: Table) -> Table:
        i = self.at % width(table)
        return [row[: i + 1] + row[i:] for row in table]


@dataclass(frozen=True)
class ManyColumns:
    count: int

    def __call__(self, table: Table) -> Table:
        extra = [f"extra{n}" for n in range(self.count)]
        return [table[0] + extra] + [row + [""] * self.count for row in table[1:]]


@dataclass(frozen=True)
class SetCell:
    row: int
    column: int
    text: str

    def __call__(self, table: Table) -> Table:
        row = table[1 + self.row % max(1, len(table) - 1)] if len(table) > 1 else table[0]
        if row:
            row[self.column % len(row)] = self.text
        return table


@dataclass(frozen=True)
class HugeCell:
    row: int
    column: int
    megabytes: int

    def __call__(self, table: Table) -> Table:
        return SetCell(self.row, self.column, "x" * (self.megabytes << 20))(table)


@dataclass(frozen=True)
class CutRow:
    row: int
    keep: int

    def __call__(self, table: Table) -> Table:
        at = self.row % len(table)
        table[at] = table[at][: self.keep]
        return table


@dataclass(frozen=True)
class DuplicateRow:
    row: int

    def __call__(self, table: Table) -> Table:
        at = self.row % len(table)
        return [*table[: at + 1], list(table[at]), *table[at + 1 :]]


@dataclass(frozen=True)
class KeepRows:
    count: int

    def __call__(self, table: Table) -> Table:
        return table[: 1 + self.count]


@dataclass(frozen=True)
class DropHeader:
    def __call__(self, table: Table) -> Table:
        return table[1:] or [[]]


@dataclass(frozen=True)
class InsertBytes:
    at: int
    payload: bytes

    def __call__(self, data: bytes) -> bytes:
        i = self.at % (len(data) + 1)
        return data[:i] + self.payload + data[i:]


@dataclass(frozen=True)
class OverwriteBytes:
    at: int
    payload: bytes

    def __call__(self, data: bytes) -> bytes:
        i = self.at % (len(data) + 1)
        return data[:i] + self.payload + data[i + len(self.payload) :]


@dataclass(frozen=True)
class Truncate:
    at: int

    def __call__(self, data: bytes) -> bytes:
        return data[: self.at % (len(data) + 1)]


positions = st.integers(0, 10**6)
# Text that damages CSV and directory cells: separators, quotes, line breaks, NUL, an escape
# sequence, a BOM and a line separator among plain letters and digits.
damage_text = st.text(
    st.sampled_from(list('aZ9 ,;"\t\n\r*-é\x00\x1b\ufeff\u2028')), min_size=1, max_size=12
)
cell_text = st.one_of(damage_text, st.text(max_size=20))


def table_changes(max_columns: int) -> st.SearchStrategy[Callable[[Table], Table]]:
    """One change to a table's columns, rows or cells."""
    return st.one_of(
        st.builds(DropColumn, positions),
        st.builds(RenameColumn, positions, cell_text),
        st.builds(MoveColumn, positions, positions),
        st.builds(DuplicateColumn, positions),
        st.builds(ManyColumns, st.integers(100, max_columns)),
        st.builds(SetCell, positions, positions, cell_text),
        st.builds(HugeCell, positions, positions, st.integers(1, 10)),
        st.builds(CutRow, positions, st.integers(0, 20)),
        st.builds(DuplicateRow, positions),
        st.builds(KeepRows, st.integers(0, 3)),
        st.just(DropHeader()),
    )


damaging_bytes = st.one_of(
    st.binary(min_size=1, max_size=16),
    st.sampled_from([b"\x00", b'"', b"\r", b"\xef\xbb\xbf", b"\xff\xfe", b"\xc3", b"\x80\x81"]),
)
byte_changes = st.one_of(
    st.builds(InsertBytes, positions, damaging_bytes),
    st.builds(OverwriteBytes, positions, damaging_bytes),
    st.builds(Truncate, positions),
)
ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "cp1252",
    "latin-1",
]


@dataclass(frozen=True)
class CsvRecipe:
    """A sample table changed, written as CSV in some encoding, then its bytes damaged."""

    sample: str
    changes: tuple[Callable[[Table], Table], ...]
    delimiter: str
    line_end: str
    encoding: str
    damage: tuple[Callable[[bytes], bytes], ...]
    suffix: str

    def build(self) -> bytes:
        table = [list(row) for row in SAMPLES[self.sample]]
        for change in self.changes:
            table = change(table)
        text = csv_text(table, self.delimiter, self.line_end)
        data = text.encode(self.encoding, errors="replace")
        for damage in self.damage:
            data = damage(data)
        return data

    @property
    def file_name(self) -> str:
        return f"{ND_FILE if self.sample == 'nd' else FT_FILE}{self.suffix}"


def a_zip_that_is_not_a_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("directory.csv", csv_text(SAMPLES["nd"]))
    return buffer.getvalue()


@dataclass(frozen=True)
class WholeFile:
    """A file that is no directory at all, under a directory's name."""

    content: bytes
    suffix: str

    @property
    def file_name(self) -> str:
        return f"{ND_FILE}{self.suffix}"

    def build(self) -> bytes:
        return self.content


csv_recipes = st.builds(
    CsvRecipe,
    sample=st.sampled_from(["nd", "ft"]),
    changes=st.lists(table_changes(20_000), max_size=3).map(tuple),
    delimiter=st.sampled_from([",", "\t"]),
    line_end=st.sampled_from(["\n", "\r\n", "\r"]),
    encoding=st.sampled_from(ENCODINGS),
    damage=st.lists(byte_changes, max_size=2).map(tuple),
    suffix=st.sampled_from([".csv", ".csv", ".txt", ".xlsx"]),
)
whole_files = st.builds(
    WholeFile,
    content=st.one_of(
        st.sampled_from(
            [
                b"",
                b"\x00" * 64,
                b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an old .xls",
                b"PK\x03\x04 not really a zip",
                a_zip_that_is_not_a_workbook(),
            ]
        ),
        st.binary(min_size=1, max_size=512),
    ),
    suffix=st.sampled_from([".csv", ".xlsx"]),
)


# --- Workbooks --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeCells:
    row: int
    column: int
    height: int
    width: int

    def __call__(self, sheet: Any) -> None:
        top, left = 1 + self.row % sheet.max_row, 1 + self.column % sheet.max_column
        sheet.merge_cells(
            start_row=top,
            start_column=left,
            end_row=top + self.height,
            end_column=left + self.width,
        )


@dataclass(frozen=True)
class Formula:
    row: int
    column: int

    def __call__(self, sheet: Any) -> None:
        # openpyxl saves no computed value, as a script would: the importer sees an empty cell.
        cell = sheet.cell(1 + self.row % sheet.max_row, 1 + self.column % sheet.max_column)
        cell.value = '=UPPER("x")'


@dataclass(frozen=True)
class TypedCell:
    row: int
    column: int
    value: Any

    def __call__(self, sheet: Any) -> None:
        sheet.cell(
            1 + self.row % sheet.max_row, 1 + self.column % sheet.max_column
        ).value = self.value


HUGE_PLACEHOLDER = "HUGE-CELL-PLACEHOLDER"


@dataclass(frozen=True)
class HugeSheetCell:
    """A cell beyond Excel's 32,767 characters (openpyxl cuts longer text, so it is patched in)."""

    row: int
    column: int
    megabytes: int

    def __call__(self, sheet: Any) -> None:
        TypedCell(self.row, self.column, HUGE_PLACEHOLDER)(sheet)


@dataclass(frozen=True)
class DamageMember:
    """One member of the zip rewritten with damaged bytes (the archive itself stays valid)."""

    member: int
    change: Callable[[bytes], bytes]


REFERENCE_HEADER = [
    "category_code",
    "category_name",
    "service_code",
    "service_name",
    "service_description",
]
REFERENCE_KINDS = ["none", "valid", "blank code", "code with a space", "long code", "no names"]


@dataclass(frozen=True)
class XlsxRecipe:
    """A sample table in a workbook, its sheets, cells and code table varied, then damaged."""

    sample: str
    changes: tuple[Callable[[Table], Table], ...]
    title: str
    sheets_before: int
    sheet_changes: tuple[Callable[[Any], None], ...]
    reference: str
    damage: tuple[DamageMember | Callable[[bytes], bytes], ...]

    @property
    def file_name(self) -> str:
        return f"{ND_FILE if self.sample == 'nd' else FT_FILE}.xlsx"

    def build(self) -> bytes:
        table = [list(row) for row in SAMPLES[self.sample]]
        for change in self.changes:
            table = change(table)
        workbook = openpyxl.Workbook()
        first = workbook.active
        for n in range(self.sheets_before):
            workbook.create_sheet(f"Notes {n}", 0).append(["Read me first", None, 42])
        sheet = first
        sheet.title = self.title
        for row in table:
            sheet.append([ILLEGAL_CHARACTERS_RE.sub("", cell)[:32_767] for cell in row])
        huge = 0
        # Merging makes cells read-only, so merges come last.
        for sheet_change in sorted(self.sheet_changes, key=lambda c: isinstance(c, MergeCells)):
            sheet_change(sheet)
            if isinstance(sheet_change, HugeSheetCell):
                huge = max(huge, sheet_change.megabytes)
        if self.reference != "none":
            self._reference_sheet(workbook.create_sheet("Service Code Reference"))
        buffer = io.BytesIO()
        workbook.save(buffer)
        data = buffer.getvalue()
        if huge:
            data = rezip(
                data,
                lambda content: content.replace(HUGE_PLACEHOLDER.encode(), b"x" * (huge << 20)),
            )
        for damage in self.damage:
            if isinstance(damage, DamageMember):
                data = rezip(data, damage.change, member=damage.member)
            else:
                data = damage(data)
        return data

    def _reference_sheet(self, sheet: Any) -> None:
        header = [
            c for c in REFERENCE_HEADER if not (self.reference == "no names" and "name" in c)
        ]
        sheet.append(header)
        for code in REAL_CODES.values():
            cells = {
                "category_code": code.category_code,
                "category_name": code.category_name,
                "service_code": code.code,
                "service_name": code.name,
                "service_description": code.description,
            }
            sheet.append([cells[c] for c in header])
        broken = {"blank code": "", "code with a space": "OIT X", "long code": "X" * 17}
        if self.reference in broken:
            sheet.append(["TC", "Type of Care", broken[self.reference], "Broken", ""])


REAL_CODES: dict[str, ServiceCode] = read_service_codes(DATA / "service_codes.csv")


def rezip(data: bytes, change: Callable[[bytes], bytes], member: int | str | None = None) -> bytes:
    """The archive with one member's content (by position or name), or every member's, changed."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    chosen = names[member % len(names)] if isinstance(member, int) else member
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            content = source.read(name)
            target.writestr(name, change(content) if chosen in (None, name) else content)
    return buffer.getvalue()


sheet_changes = st.one_of(
    st.builds(MergeCells, positions, positions, st.integers(0, 3), st.integers(0, 3)),
    st.builds(Formula, positions, positions),
    st.builds(
        TypedCell,
        positions,
        positions,
        st.one_of(
            st.integers(-(10**12), 10**12),
            st.floats(allow_nan=True, allow_infinity=True),
            st.booleans(),
            st.datetimes(),
        ),
    ),
    st.builds(HugeSheetCell, positions, positions, st.integers(1, 10)),
)
xlsx_recipes = st.builds(
    XlsxRecipe,
    sample=st.sampled_from(["nd", "ft"]),
    changes=st.lists(table_changes(2_000), max_size=2).map(tuple),
    title=st.sampled_from(["Facilities List", "Sheet1", "Service Code Reference", "Données"]),
    sheets_before=st.integers(0, 2),
    sheet_changes=st.lists(sheet_changes, max_size=3).map(tuple),
    reference=st.sampled_from(REFERENCE_KINDS),
    damage=st.lists(
        st.one_of(st.builds(DamageMember, positions, byte_changes), byte_changes), max_size=1
    ).map(tuple),
)


# --- The previous directory, and a fresh copy of it for each example ------------------------


@dataclass(frozen=True)
class Workspace:
    """A data folder, a database and an upload folder, as the CLI sees them."""

    root: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def programs_csv(self) -> Path:
        return self.data / "programs.csv"

    @property
    def codes_csv(self) -> Path:
        return self.data / "service_codes.csv"

    @property
    def database(self) -> Path:
        return self.root / "iop.sqlite3"

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database}"

    @property
    def environment(self) -> dict[str, str]:
        return {
            "IOP_DATA_DIR": str(self.data),
            "DATABASE_URL": self.database_url,
            "IOP_ENV_FILE": str(self.root / "no.env"),
        }

    def upload(self, name: str, data: bytes) -> Path:
        path = self.root / "upload" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        return path

    def snapshot(self) -> dict[str, bytes]:
        """Every byte the importer must not touch when it refuses a file."""
        files = [*self.data.iterdir(), self.database]
        return {f.name: f.read_bytes() for f in sorted(files)}


def database_state(url: str) -> tuple[list[Program], dict[str, ServiceCode]]:
    engine = create_db_engine(url)
    try:
        return load_programs(engine), load_service_codes(engine)
    finally:
        engine.dispose()


@dataclass(frozen=True)
class Baseline:
    """The directory in place before a fuzzed import: two programs and the real code table."""

    workspace: Workspace
    files: dict[str, bytes]
    programs: list[Program]
    codes: dict[str, ServiceCode]

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """Hypothesis prints the fixture with a failing example: its place, not its bytes."""
        printer.text(f"Baseline({self.workspace.root})")


@pytest.fixture(name="baseline", scope="module")
def baseline_fixture(tmp_path_factory: pytest.TempPathFactory) -> Baseline:
    workspace = Workspace(tmp_path_factory.mktemp("baseline"))
    workspace.data.mkdir()
    shutil.copy(DATA / "service_codes.csv", workspace.codes_csv)
    previous = [  # in file order: sorted by state
        a_program(id="pold1", name="First Old Program", city="Chelsea", state="MA", zip="02150"),
        a_program(id="pold2", name="Second Old Program", codes="SA OIT"),
    ]
    write_programs(previous, workspace.programs_csv)
    engine = create_db_engine(workspace.database_url)
    sync_directory(engine, programs_csv=workspace.programs_csv, codes_csv=workspace.codes_csv)
    engine.dispose()
    programs, codes = database_state(workspace.database_url)
    assert [p.id for p in programs] == ["pold1", "pold2"]
    return Baseline(workspace, workspace.snapshot(), programs, codes)


@contextlib.contextmanager
def fresh_copy(baseline: Baseline) -> Iterator[Workspace]:
    """The baseline copied for one example (Hypothesis runs many examples in one test)."""
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace(Path(folder) / "ws")
        shutil.copytree(baseline.workspace.root, workspace.root)
        yield workspace


# --- What every outcome must look like -------------------------------------------------------


def run_import(workspace: Workspace, path: Path) -> tuple[int, str, str]:
    """`iop-bot data import PATH` in this process; any exception it lets out fails the test."""
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.dict(os.environ, workspace.environment),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        status = main(["data", "import", str(path)])
    return status, out.getvalue(), err.getvalue()


def assert_one_clear_line(message: str) -> None:
    assert message.strip(), "an empty error message"
    assert "\n" not in message.strip()
    assert "\r" not in message
    assert message.strip().isprintable(), repr(message[:200])
    assert len(message) < 700
    assert "Traceback" not in message


def assert_valid_directory(programs: list[Program], codes: dict[str, ServiceCode]) -> None:
    """Only valid rows get in: placed, coded with known codes, clean text of sane length."""
    assert len({p.id for p in programs}) == len(programs)
    for program in programs:
        assert program.state in US_STATES
        assert re.fullmatch("[0-9]{5}", program.zip), program.zip
        assert program.name
        assert program.codes
        assert set(program.codes) <= set(codes)
        for text in (program.name, program.name2, program.street, program.city, program.website):
            assert len(text) <= MAX_FIELD_CHARS
            assert CONTROL_CHARACTERS.search(text) is None, repr(text)


def summary_number(summary: str, label: str) -> int:
    found = re.search(rf"^{label}: ([\d,]+)", summary, re.MULTILINE)
    return int(found.group(1).replace(",", "")) if found else 0


def assert_cli_outcome(
    workspace: Workspace, baseline: Baseline, outcome: tuple[int, str, str], *, lines: int
) -> None:
    """Refused: one line on stderr and nothing changed. Imported: valid rows, all accounted for."""
    status, out, err = outcome
    if status == EXIT_ERROR:
        event("refused")
        assert err.startswith("Import failed, nothing changed: "), err[:300]
        assert_one_clear_line(err)
        assert workspace.snapshot() == baseline.files
        assert database_state(workspace.database_url) == (baseline.programs, baseline.codes)
        return
    assert status == EXIT_OK, err
    assert "Traceback" not in err
    event("imported with rejected rows" if "\n  line " in out else "imported whole")
    codes = read_service_codes(workspace.codes_csv)
    programs = read_programs(workspace.programs_csv)
    assert_valid_directory(programs, codes)
    assert database_state(workspace.database_url) == (
        sorted(programs, key=lambda p: p.id),
        codes,
    )
    read = summary_number(out, "Rows read")
    assert read == (
        summary_number(out, "Programs imported")
        + summary_number(out, "Rejected rows")
        + summary_number(out, "Duplicate rows collapsed")
        + summary_number(out, r"Mental-health-only listings left out \(.*\)")
    ), out[:2000]
    for number in re.findall(r"^  line (\d+): ", out, re.MULTILINE):
        assert 2 <= int(number) <= lines


# --- The fuzzed imports -----------------------------------------------------------------------


@settings(FUZZ, max_examples=40)
@given(recipe=st.one_of(csv_recipes, whole_files))
def test_a_damaged_csv_imports_only_valid_rows_or_is_refused_changing_nothing(
    baseline: Baseline, recipe: CsvRecipe | WholeFile
) -> None:
    data = recipe.build()
    with fresh_copy(baseline) as workspace:
        outcome = run_import(workspace, workspace.upload(recipe.file_name, data))

        # Every 0x0A or 0x0D byte at most ends a line, whatever the encoding.
        lines = data.count(b"\n") + data.count(b"\r") + 1
        assert_cli_outcome(workspace, baseline, outcome, lines=lines)
        if outcome[0] == EXIT_OK:  # a CSV never carries a code table: the old one stays
            assert workspace.codes_csv.read_bytes() == baseline.files["service_codes.csv"]


@FUZZ
@given(recipe=xlsx_recipes)
def test_a_damaged_workbook_imports_only_valid_rows_or_is_refused_changing_nothing(
    baseline: Baseline, recipe: XlsxRecipe
) -> None:
    data = recipe.build()
    with fresh_copy(baseline) as workspace:
        outcome = run_import(workspace, workspace.upload(recipe.file_name, data))

        assert_cli_outcome(workspace, baseline, outcome, lines=1_048_576)  # Excel's row limit


def lines_in(text: str) -> int:
    """Physical lines as the csv module counts them (\\n, \\r\\n and \\r each end one)."""
    return len(io.StringIO(text, newline="").readlines())


@settings(FUZZ, max_examples=50)
@given(row=st.integers(0, len(ND_ROWS) - 1), at=positions, damage=damage_text)
def test_damage_inside_one_row_costs_at_most_that_row(
    baseline: Baseline, row: int, at: int, damage: str
) -> None:
    rows = [csv_text([r]) for r in ND_ROWS]
    before = csv_text([ND_HEADER]) + "".join(rows[:row])
    line = rows[row].removesuffix("\n")
    cut = at % (len(line) + 1)
    damaged = f"{line[:cut]}{damage}{line[cut:]}\n"
    first, last = lines_in(before) + 1, lines_in(before + damaged)
    data = (before + damaged + "".join(rows[row + 1 :])).encode("utf-8")
    untouched = {r[0] for n, r in enumerate(ND_ROWS) if n != row}

    with fresh_copy(baseline) as workspace:
        path = workspace.upload(f"{ND_FILE}.csv", data)
        try:
            report = import_directory(
                path, programs_csv=workspace.programs_csv, codes_csv=workspace.codes_csv
            )
        except ImportFileError as error:
            refusal = str(error)
        else:
            refusal = ""
        event("refused" if refusal else "imported")
        if refusal:
            # Refusing the file is fair only when it names the damaged row.
            assert_one_clear_line(refusal)
            numbers = {int(n) for n in re.findall(r"\bline (\d+)", refusal)}
            assert numbers, refusal
            assert numbers <= set(range(first, last + 1)), (refusal, first, last)
            assert workspace.snapshot() == baseline.files
            return

    assert untouched <= {p.name for p in report.programs}
    assert {r.line for r in report.rejected} <= set(range(first, last + 1))
    assert report.rows_read == report.imported + len(report.rejected)
    assert_valid_directory(report.programs, REAL_CODES)


# --- A hand-broken programs.csv at start-up ---------------------------------------------------


@dataclass(frozen=True)
class ProgramsRecipe:
    """The previous programs.csv edited by hand: cells, rows and columns, then its bytes."""

    changes: tuple[Callable[[Table], Table], ...]
    encoding: str
    damage: tuple[Callable[[bytes], bytes], ...]

    def build(self, original: bytes) -> bytes:
        table = list(csv.reader(io.StringIO(original.decode("utf-8"), newline="")))
        for change in self.changes:
            table = change(table)
        data = csv_text(table).encode(self.encoding, errors="replace")
        for damage in self.damage:
            data = damage(data)
        return data


programs_recipes = st.builds(
    ProgramsRecipe,
    changes=st.lists(table_changes(2_000), min_size=1, max_size=3).map(tuple),
    encoding=st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    damage=st.lists(byte_changes, max_size=1).map(tuple),
)


def assert_start_up_outcome(workspace: Workspace, baseline: Baseline) -> None:
    """Start-up either loads the edited file whole, or refuses it and keeps the old directory."""
    engine = create_db_engine(workspace.database_url)
    try:
        try:
            sync_directory(
                engine, programs_csv=workspace.programs_csv, codes_csv=workspace.codes_csv
            )
        except DirectoryFileError as error:
            refusal = str(error)
        else:
            refusal = ""
        event("refused" if refusal else "loaded")
        if refusal:
            assert_one_clear_line(refusal)
            assert str(workspace.programs_csv) in refusal
            assert load_programs(engine) == baseline.programs
            assert load_service_codes(engine) == baseline.codes
            return
        # Accepted: the database holds exactly what the file says.
        expected = sorted(read_programs(workspace.programs_csv), key=lambda p: p.id)
        assert load_programs(engine) == expected
    finally:
        engine.dispose()


@FUZZ
@given(recipe=programs_recipes)
def test_a_hand_broken_programs_csv_is_loaded_whole_or_refused_keeping_the_old_directory(
    baseline: Baseline, recipe: ProgramsRecipe
) -> None:
    with fresh_copy(baseline) as workspace:
        workspace.programs_csv.write_bytes(recipe.build(baseline.files["programs.csv"]))

        assert_start_up_outcome(workspace, baseline)


def edit_programs_csv(original: bytes, line: int, column: str, value: str) -> bytes:
    table = list(csv.reader(io.StringIO(original.decode("utf-8"), newline="")))
    table[line - 1][PROGRAM_COLUMNS.index(column)] = value
    return csv_text(table).encode("utf-8")


HAND_EDITS: list[tuple[Callable[[bytes], bytes], str]] = [
    (lambda b: b.replace(b"First Old", "Première".encode("cp1252")), "line 2: not UTF-8"),
    (lambda b: b.replace(b"First Old", "First Old".encode("utf-16")), "line 2: not UTF-8"),
    (lambda b: b.rsplit(b",", 3)[0] + b"\n", "line 3: expected 16 cells, found 13"),
    (lambda b: b.replace(b"pold1,", b"pold1,,"), "line 2: expected 16 cells, found 17"),
    (lambda b: b.replace(b"pold2", b"pold1"), "line 3: id 'pold1' repeats line 2"),
    (lambda b: edit_programs_csv(b, 2, "id", "p" * 25), "line 2: id"),
    (lambda b: edit_programs_csv(b, 2, "state", "Pennsylvania"), "line 2: state"),
    (lambda b: edit_programs_csv(b, 2, "zip", "152220000"), "line 2: zip"),
    (lambda b: edit_programs_csv(b, 3, "latitude", "nan"), "line 3: latitude 'nan'"),
    (lambda b: edit_programs_csv(b, 3, "longitude", "-200"), "line 3: coordinates"),
    (lambda b: edit_programs_csv(b, 2, "name", "First\x00Program"), "control character"),
    (lambda b: edit_programs_csv(b, 2, "name", "x" * 200_000), "line 2: unreadable CSV"),
    (lambda b: b.replace(b"First Old", b'"First Old'), "line 2: expected 16 cells, found 2"),
]


@pytest.mark.parametrize(
    ("edit", "message"),
    HAND_EDITS,
    ids=[
        "latin-1",
        "utf-16 inside",
        "short row",
        "extra cell",
        "repeated id",
        "id too long for the database",
        "state name",
        "zip+4 without dash",
        "nan latitude",
        "longitude off the globe",
        "NUL byte",
        "huge cell",
        "stray quote",
    ],
)
def test_a_hand_broken_programs_csv_is_refused_by_line_and_the_database_keeps_its_directory(
    baseline: Baseline, edit: Callable[[bytes], bytes], message: str
) -> None:
    with fresh_copy(baseline) as workspace:
        workspace.programs_csv.write_bytes(edit(baseline.files["programs.csv"]))
        engine = create_db_engine(workspace.database_url)
        try:
            with pytest.raises(DirectoryFileError, match=re.escape(message)):
                sync_directory(
                    engine, programs_csv=workspace.programs_csv, codes_csv=workspace.codes_csv
                )

            assert load_programs(engine) == baseline.programs
            workspace.programs_csv.write_bytes(baseline.files["programs.csv"])
            again = sync_directory(
                engine, programs_csv=workspace.programs_csv, codes_csv=workspace.codes_csv
            )
            assert not again.rebuilt  # the failed start left the loaded version's mark alone
        finally:
            engine.dispose()


def test_a_programs_csv_saved_by_excel_with_a_bom_still_loads(baseline: Baseline) -> None:
    with fresh_copy(baseline) as workspace:
        workspace.programs_csv.write_bytes(b"\xef\xbb\xbf" + baseline.files["programs.csv"])

        assert [p.id for p in read_programs(workspace.programs_csv)] == ["pold1", "pold2"]


def test_a_hand_broken_code_table_is_refused_by_line(baseline: Baseline) -> None:
    with fresh_copy(baseline) as workspace:
        codes = baseline.files["service_codes.csv"].replace(b"\nOIT,", b"\nOIT X,", 1)
        workspace.codes_csv.write_bytes(codes)

        with pytest.raises(DirectoryFileError, match=r"line \d+: service code 'OIT X'"):
            read_service_codes(workspace.codes_csv)


# --- Damage found while fuzzing, each case pinned -------------------------------------------


def nd_csv(rows: Table) -> bytes:
    """Cells joined as they are: the sample holds no comma or quote, so no cell needs quoting."""
    return "".join(",".join(row) + "\n" for row in [ND_HEADER, *rows]).encode("utf-8")


def import_into(workspace: Workspace, name: str, data: bytes) -> ImportReport:
    return import_directory(
        workspace.upload(name, data),
        programs_csv=workspace.programs_csv,
        codes_csv=workspace.codes_csv,
    )


@pytest.mark.parametrize("column", ["Name2", "Service_code_info"], ids=["mid-row", "last column"])
def test_a_stray_quote_that_never_closes_is_refused_naming_its_line(
    baseline: Baseline, column: str
) -> None:
    rows = [list(r) for r in ND_ROWS]
    at = ND_HEADER.index(column)
    rows[1][at] = '"' + rows[1][at]
    data = nd_csv(rows)

    with fresh_copy(baseline) as workspace, pytest.raises(ImportFileError) as caught:
        import_into(workspace, f"{ND_FILE}.csv", data)

    assert "line 3: a quoted field opens here and is never closed" in str(caught.value)


def test_control_characters_cost_their_row_and_never_reach_the_directory(
    baseline: Baseline,
) -> None:
    rows = [list(r) for r in ND_ROWS]
    rows[0][3] = "Suite " + "9" * 4_100  # long, yet a cell: the NUL below is past the first 4 KB
    rows[2][0] = "ChangePoint\x00Integrated Health"
    rows[3][2] = "7448 68th Avenue NE\x1b[31m"

    with fresh_copy(baseline) as workspace:
        report = import_into(workspace, f"{ND_FILE}.csv", nd_csv(rows))

    assert [(r.line, r.reason) for r in report.rejected] == [
        (4, "field 'name1' holds a control character"),
        (5, "field 'street1' holds a control character"),
    ]
    assert report.imported == 3


def test_a_zip_in_another_script_s_digits_is_not_a_zip(baseline: Baseline) -> None:
    header, su_row = SAMPLES["ft"][0], list(SAMPLES["ft"][1])
    su_row[[h.strip() for h in header].index("zip")] = "٠٢١٥٠"  # 02150 in Arabic-Indic digits
    table = [header, su_row, *SAMPLES["ft"][3:]]  # without the Chelsea site's MH row

    with fresh_copy(baseline) as workspace:
        report = import_into(workspace, f"{FT_FILE}.csv", csv_text(table).encode())

    assert [(r.line, r.reason) for r in report.rejected] == [(2, "invalid ZIP '٠٢١٥٠'")]
    assert report.imported == 3  # the three other sites
    assert all(re.fullmatch("[0-9]{5}", p.zip) for p in report.programs)


def test_a_utf32_file_is_read(baseline: Baseline) -> None:
    with fresh_copy(baseline) as workspace:
        report = import_into(workspace, f"{ND_FILE}.csv", csv_text(SAMPLES["nd"]).encode("utf-32"))

    assert sorted(p.name for p in report.programs) == sorted(r[0] for r in ND_ROWS)


def test_header_names_quoted_in_an_error_stay_on_one_short_line(baseline: Baseline) -> None:
    header = ["Patient\nName", "Visit\x07Date", "N" * 5_000_000]

    with fresh_copy(baseline) as workspace, pytest.raises(ImportFileError) as caught:
        import_into(workspace, "other.csv", csv_text([header, ["a", "b", "c"]]).encode())

    message = str(caught.value)
    assert_one_clear_line(message)
    assert "patient name, visit\\x07date, nnnn" in message


def test_a_workbook_damaged_in_its_first_rows_is_refused(baseline: Baseline) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(ND_HEADER)
    buffer = io.BytesIO()
    workbook.save(buffer)
    cut_sheet = rezip(buffer.getvalue(), lambda xml: xml[:300], member="xl/worksheets/sheet1.xml")

    with fresh_copy(baseline) as workspace:
        with pytest.raises(ImportFileError, match="unreadable at its first rows"):
            import_into(workspace, f"{ND_FILE}.xlsx", cut_sheet)

        assert workspace.snapshot() == baseline.files


def test_a_workbook_that_fails_to_load_leaves_no_file_open(
    baseline: Baseline, monkeypatch: pytest.MonkeyPatch
) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(ND_HEADER)
    buffer = io.BytesIO()
    workbook.save(buffer)
    broken = rezip(buffer.getvalue(), lambda _: b"<x", member="xl/worksheets/sheet1.xml")
    opened: list[Any] = []
    real_open = io.open

    def tracking_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, *args, **kwargs)
        if str(file).endswith(".xlsx"):
            opened.append(handle)
        return handle

    monkeypatch.setattr(io, "open", tracking_open)  # zipfile and pathlib open files with it
    with fresh_copy(baseline) as workspace:
        with pytest.raises(ImportFileError, match="not a readable xlsx workbook"):
            import_into(workspace, f"{ND_FILE}.xlsx", broken)

        assert opened
        assert all(handle.closed for handle in opened)


@pytest.mark.parametrize(
    ("code", "message"),
    [("OIT X", "'OIT X' is not one word"), ("X" * 17, "is not one word of at most 16")],
    ids=["two words", "too long for the database"],
)
def test_a_reference_sheet_code_the_directory_cannot_hold_refuses_the_workbook(
    baseline: Baseline, code: str, message: str
) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Facilities List"
    for row in SAMPLES["nd"]:
        workbook.active.append(row)
    reference = workbook.create_sheet("Service Code Reference")
    reference.append(REFERENCE_HEADER)
    reference.append(["SET", "Service Setting", "OIT", "Intensive outpatient treatment", ""])
    reference.append(["SET", "Service Setting", code, "Broken", ""])
    buffer = io.BytesIO()
    workbook.save(buffer)

    with fresh_copy(baseline) as workspace:
        with pytest.raises(ImportFileError, match=re.escape(message)):
            import_into(workspace, f"{ND_FILE}.xlsx", buffer.getvalue())

        assert workspace.snapshot() == baseline.files


def test_a_merge_into_a_hand_broken_programs_csv_is_refused(baseline: Baseline) -> None:
    with fresh_copy(baseline) as workspace:
        broken = baseline.files["programs.csv"].rsplit(b",", 3)[0] + b"\n"  # a short last row
        workspace.programs_csv.write_bytes(broken)

        with pytest.raises(
            ImportFileError,
            match=r"cannot merge into the directory: .*programs\.csv: line 3: expected 16",
        ):
            import_into(workspace, f"{FT_FILE}.csv", csv_text(SAMPLES["ft"]).encode())

        assert workspace.programs_csv.read_bytes() == broken


# --- The real command line --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (f"{ND_FILE}.csv", nd_csv([ND_ROWS[0]]) + b'Headrest,"Outpatient\n', "line 3: a quoted"),
        (f"{ND_FILE}.xlsx", a_zip_that_is_not_a_workbook(), "not a readable xlsx workbook"),
        ("report.csv", b"Patient,Visit\nJane,2024-01-01\n", "its columns are: patient, visit"),
    ],
    ids=["stray quote", "zip but not a workbook", "wrong columns"],
)
def test_the_command_line_refuses_a_bad_file_in_one_line_with_status_1(
    baseline: Baseline, name: str, content: bytes, message: str
) -> None:
    with fresh_copy(baseline) as workspace:
        path = workspace.upload(name, content)
        done = subprocess.run(
            [sys.executable, "-m", "bot", "data", "import", str(path)],
            cwd=ROOT,
            env={**os.environ, **workspace.environment},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

        assert done.returncode == 1
        assert done.stdout == ""
        assert done.stderr.startswith("Import failed, nothing changed: ")
        assert message in done.stderr
        assert_one_clear_line(done.stderr)
        assert workspace.snapshot() == baseline.files

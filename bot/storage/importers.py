"""Importers for SAMHSA directory files (National Directory, FindTreatment): parse, then write."""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import io
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Literal

import openpyxl

from bot.core.geo import valid_coordinates
from bot.core.location import STATE_NAMES
from bot.core.programs import (
    Program,
    ServiceCode,
    normalize_phone,
    normalize_text,
    program_id,
    site_key,
)
from bot.storage.gazetteer import zip_centroid
from bot.storage.programs_csv import (
    DirectoryFileError,
    control_character_column,
    one_line,
    read_programs,
    read_service_codes,
    write_programs,
    write_service_codes,
)

NATIONAL_DIRECTORY = "national-directory"
FINDTREATMENT = "findtreatment"
FORMATS = ("auto", NATIONAL_DIRECTORY, FINDTREATMENT)
MODES = ("replace", "merge")
# A National Directory file is the whole directory; a FindTreatment download is a search result.
DEFAULT_MODE = {NATIONAL_DIRECTORY: "replace", FINDTREATMENT: "merge"}

# No real cell comes near this (the longest Service_code_info is under 1,000 characters).
MAX_FIELD_CHARS = 10_000
# The service_code column of the database (models.py).
MAX_CODE_CHARS = 16
# Header names quoted in an error: enough to recognize a column, not a whole huge cell.
SHOWN_HEADER_CHARS = 40
# A file whose first 4 KB are more than 1/16 NUL bytes is not text.
BINARY_NUL_SHARE = 16
# Well above MAX_FIELD_CHARS, so a huge field costs one rejected row rather than the whole file.
CSV_FIELD_LIMIT = 16 * 1024 * 1024
# The national FindTreatment download is about 30 MB; anything far larger is not a directory.
MAX_FILE_BYTES = 512 * 1024 * 1024
REPORT_REJECTED_LIMIT = 20
REPORT_LINES_PER_CODE = 5

ND_SHEET = "Facilities List"
REFERENCE_SHEET = "Service Code Reference"
ND_REQUIRED = ("name1", "street1", "city", "state", "zip", "service_code_info")
FT_REQUIRED = ("name1", "street1", "city", "state", "zip", "type_facility")
FT_FIXED = (
    "name1",
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
)
REFERENCE_COLUMNS = (
    "category_code",
    "category_name",
    "service_code",
    "service_name",
    "service_description",
)

# The 50 states, DC, the inhabited territories and the freely associated states, all of which
# SAMHSA may list facilities in; armed-forces mail codes are not places.
US_STATES = frozenset(STATE_NAMES) - {"AA", "AE", "AP"}

# Two spellings of one program name at one site ("Eliot Centet/Everett" vs "Eliot Center/Everett")
# score above 0.85; different programs at one site ("CSS" vs "Acute Treatment Services") far below.
NAME_MATCH_RATIO = 0.85
BLANK_NAME_SCORE = NAME_MATCH_RATIO

_ND_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_FT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_](\d{2})[-_](\d{2})(?!\d)")
# ASCII digits only: str.isdigit and \d also take other scripts' digits, which no ZIP has.
_ZIP5 = re.compile(r"[0-9]{5}")
_ZIP9 = re.compile(r"([0-9]{5})[- ]?[0-9]{4}")
# The rest of a quoted field after its opening quote, up to the closing quote ("" is a quote).
_QUOTED_REST = re.compile(r'[^"]*+(?:""[^"]*+)*+"(?!")')
_SQUASH = re.compile(r"[^a-z0-9]+")

Geocoder = Callable[[str], tuple[float, float] | None]


class ImportFileError(ValueError):
    """A file cannot be imported as a whole: unreadable, not a directory, or no usable rows."""

    def __init__(self, message: str, report: ImportReport | None = None) -> None:
        # Messages quote file contents (header names, sheet names, parser errors): one line.
        super().__init__(one_line(message))
        self.report = report


@dataclass(frozen=True)
class RejectedRow:
    """One row left out of the import, with its line (CSV) or sheet row (xlsx) number."""

    line: int
    reason: str


@dataclass
class ImportReport:
    """What an import read, took, left out and produced."""

    source_format: str
    rows_read: int
    programs: list[Program]
    imported: int
    rejected: list[RejectedRow]
    # Code -> every line it occurred on; the count is the list's length.
    unknown_codes: dict[str, list[int]]
    duplicates_collapsed: int
    mode: str
    source: str = ""
    file_name: str = ""
    # FindTreatment code columns missing from the code table (MH-only codes), ignored.
    unknown_columns: list[str] = field(default_factory=list)
    # FindTreatment: sites listed only as mental-health facilities without substance use
    # treatment (SA); they are outside an addiction-treatment directory, so left out.
    mental_health_only: int = 0
    notes: list[str] = field(default_factory=list)
    # Merge mode: existing programs replaced by the file (ids kept), programs new to the
    # directory, and existing programs at a site in the file that the file does not list (kept:
    # a download is a filtered search result, so absence does not mean closure).
    replaced: int = 0
    added: int = 0
    unlisted_kept: int = 0

    def offering_iop(self) -> int:
        """How many programs in the resulting directory offer intensive outpatient (OIT)."""
        return sum(1 for p in self.programs if p.offers_iop)


@dataclass(frozen=True)
class _RawRow:
    line: int
    cells: list[str]
    problem: str = ""


@dataclass
class _Table:
    header: list[str]
    rows: Iterator[_RawRow]
    notes: list[str]

    def index(self) -> dict[str, int]:
        """Normalized header name -> first column holding it."""
        positions: dict[str, int] = {}
        for position, name in enumerate(self.header):
            if name:
                positions.setdefault(name, position)
        return positions


@dataclass
class _Parsed:
    source_format: str
    source: str
    file_name: str
    rows_read: int
    programs: list[Program]
    rejected: list[RejectedRow]
    unknown_codes: dict[str, list[int]]
    duplicates_collapsed: int
    unknown_columns: list[str]
    notes: list[str]
    mental_health_only: int = 0


@dataclass(frozen=True)
class MergeResult:
    """A directory after merging a partial file into it."""

    programs: list[Program]
    replaced: int
    added: int
    unlisted_kept: int


# ---------------------------------------------------------------------------------------------
# Public API


def parse_directory_file(
    path: Path,
    *,
    fmt: str = "auto",
    codes: Mapping[str, ServiceCode],
    geocode: Geocoder,
    mode: str | None = None,
    existing: Sequence[Program] = (),
) -> ImportReport:
    """Read a directory file into programs (merged into `existing` in merge mode); no writing."""
    _check_options(fmt, mode)
    parsed = _parse(path, fmt=fmt, codes=codes, geocode=geocode)
    return _report(parsed, _resolve_mode(mode, parsed.source_format), existing)


def import_directory(
    path: Path,
    *,
    fmt: str = "auto",
    mode: str | None = None,
    programs_csv: Path,
    codes_csv: Path,
) -> ImportReport:
    """Parse a directory file, then write programs.csv (and an ND xlsx's service_codes.csv)."""
    _check_options(fmt, mode)
    with ExitStack() as stack:
        # One workbook serves both sheets: loading it costs seconds (its shared-string table).
        workbook = stack.enter_context(_workbook(path)) if _file_kind(path) == "xlsx" else None
        reference = _reference_codes(workbook, path) if workbook is not None else None
        if reference is not None:
            codes: Mapping[str, ServiceCode] = reference
        elif codes_csv.is_file():
            try:
                codes = read_service_codes(codes_csv)
            except (DirectoryFileError, OSError) as error:
                # The error names the file.
                message = f"cannot read the code table: {error}"
                raise ImportFileError(message) from error
        else:
            raise ImportFileError(
                f"the service-code table {codes_csv} does not exist: import the National "
                "Directory xlsx first (its reference sheet creates it)"
            )
        parsed = _parse(path, fmt=fmt, codes=codes, geocode=zip_centroid, workbook=workbook)
    resolved = _resolve_mode(mode, parsed.source_format)
    existing: list[Program] = []
    if resolved == "merge" and programs_csv.is_file():
        try:
            existing = read_programs(programs_csv)
        except (DirectoryFileError, OSError) as error:
            raise ImportFileError(f"cannot merge into the directory: {error}") from error
    report = _report(parsed, resolved, existing)
    if report.imported == 0:
        first = report.rejected[0] if report.rejected else None
        example = f" (first: line {first.line}: {first.reason})" if first else ""
        raise ImportFileError(
            f"{path.name}: no importable rows; {len(report.rejected)} of {report.rows_read} rows "
            f"rejected{example}",
            report,
        )
    _write(report, programs_csv, codes_csv, reference)
    return report


def read_code_reference(path: Path) -> dict[str, ServiceCode] | None:
    """The code table from a National Directory xlsx's reference sheet, or None if it has none."""
    with _workbook(path) as workbook:
        return _reference_codes(workbook, path)


def _reference_codes(workbook: Any, path: Path) -> dict[str, ServiceCode] | None:
    found = next(
        (
            (sheet, *_sheet_header(sheet, path))
            for sheet in _sheets_in_order(workbook, REFERENCE_SHEET)
            if {"service_code", "service_name"} <= set(_sheet_header(sheet, path)[1])
        ),
        None,
    )
    if found is None:
        return None
    sheet, header_row, header = found
    missing = [c for c in REFERENCE_COLUMNS if c not in header]
    if missing:
        raise ImportFileError(
            f"{path.name}: sheet {sheet.title!r} lacks column(s) {', '.join(missing)}"
        )
    where = {name: header.index(name) for name in REFERENCE_COLUMNS}
    table: dict[str, ServiceCode] = {}
    for number, values in _sheet_rows(sheet, header_row + 1, path):
        cells = [normalize_text(_cell_text(v)) for v in values]
        if not any(cells):
            continue
        row = {name: _cell(cells, at) for name, at in where.items()}
        code = row["service_code"].upper()
        if not code:
            raise ImportFileError(f"{path.name}: {sheet.title!r} row {number}: no service code")
        # Codes are joined by spaces in programs.csv and keyed in a 16-character column.
        if " " in code or len(code) > MAX_CODE_CHARS:
            raise ImportFileError(
                f"{path.name}: {sheet.title!r} row {number}: service code {code[:30]!r} is not "
                f"one word of at most {MAX_CODE_CHARS} characters"
            )
        column = control_character_column(list(where), list(row.values()))
        if column is not None:
            raise ImportFileError(
                f"{path.name}: {sheet.title!r} row {number}: {column!r} holds a control character"
            )
        table.setdefault(
            code,
            ServiceCode(
                code=code,
                category_code=row["category_code"],
                category_name=row["category_name"],
                name=row["service_name"],
                description=row["service_description"],
            ),
        )
    return table or None


def merge_programs(existing: Sequence[Program], incoming: Sequence[Program]) -> MergeResult:
    """Put a partial file's programs into a directory, keeping the ids of those it replaces.

    An incoming program replaces the existing program at the same site (name, street, ZIP) with
    the most similar second name line and takes its id, so saved lists and buttons keep pointing
    at the same listing. Programs the file does not mention stay as they are.
    """
    incoming_sites: dict[str, list[Program]] = defaultdict(list)
    for program in incoming:
        incoming_sites[_site(program)].append(program)
    existing_sites: dict[str, list[Program]] = defaultdict(list)
    for program in existing:
        if _site(program) in incoming_sites:
            existing_sites[_site(program)].append(program)
    matched: dict[int, str] = {}  # id() of an incoming program -> the existing id it takes
    replaced_ids: set[int] = set()  # id() of the existing programs replaced
    for site, news in incoming_sites.items():
        for new, old in _pair_by_name(news, existing_sites.get(site, [])):
            matched[id(new)] = old.id
            replaced_ids.add(id(old))
    kept = [p for p in existing if id(p) not in replaced_ids]
    used = {p.id for p in kept} | set(matched.values())
    merged: list[Program] = []
    for program in incoming:
        if id(program) in matched:
            merged.append(dataclasses.replace(program, id=matched[id(program)]))
        else:
            new_id = _unused_id(program.id, used)
            used.add(new_id)
            merged.append(dataclasses.replace(program, id=new_id))
    replaced = len(matched)
    return MergeResult(
        programs=kept + merged,
        replaced=replaced,
        added=len(incoming) - replaced,
        unlisted_kept=sum(len(olds) for olds in existing_sites.values()) - replaced,
    )


def format_report(report: ImportReport) -> str:
    """The human summary of an import, for the terminal."""
    label = {NATIONAL_DIRECTORY: "National Directory", FINDTREATMENT: "FindTreatment.gov"}
    lines = [
        f"Imported {report.file_name or 'file'} as {label.get(report.source_format, '?')} "
        f"(source {report.source}, mode {report.mode})",
        f"Rows read: {report.rows_read:,}",
        f"Programs imported: {report.imported:,}",
        f"Duplicate rows collapsed: {report.duplicates_collapsed:,}",
    ]
    lines.extend(f"Note: {note}" for note in report.notes)
    lines.append(f"Rejected rows: {len(report.rejected):,}")
    for row in report.rejected[:REPORT_REJECTED_LIMIT]:
        lines.append(f"  line {row.line}: {row.reason}")
    if len(report.rejected) > REPORT_REJECTED_LIMIT:
        lines.append(f"  … and {len(report.rejected) - REPORT_REJECTED_LIMIT:,} more")
    if report.unknown_codes:
        lines.append(
            f"Unknown service codes (dropped from their rows): {len(report.unknown_codes)}"
        )
        for code, where in sorted(report.unknown_codes.items()):
            shown = ", ".join(str(n) for n in where[:REPORT_LINES_PER_CODE])
            more = ", …" if len(where) > REPORT_LINES_PER_CODE else ""
            lines.append(f"  {code}: {len(where):,} row(s), lines {shown}{more}")
    else:
        lines.append("Unknown service codes: none")
    if report.unknown_columns:
        shown = ", ".join(report.unknown_columns)
        lines.append(
            f"Code columns not in the code table, ignored ({len(report.unknown_columns)}): {shown}"
        )
    if report.mental_health_only:
        lines.append(
            f"Mental-health-only listings left out (no substance use treatment, SA): "
            f"{report.mental_health_only:,}"
        )
    if report.mode == "merge":
        lines.append(
            f"Merged: {report.replaced:,} existing programs updated (ids kept), "
            f"{report.added:,} added; {report.unlisted_kept:,} other programs at those sites "
            "kept unchanged"
        )
    lines.append(
        f"Directory now: {len(report.programs):,} programs, "
        f"{report.offering_iop():,} offering intensive outpatient (OIT)"
    )
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Orchestration


def _parse(
    path: Path,
    *,
    fmt: str,
    codes: Mapping[str, ServiceCode],
    geocode: Geocoder,
    workbook: Any = None,
) -> _Parsed:
    if workbook is not None:
        return _parse_table(_sheet_table(workbook, path), path, fmt, codes, geocode)
    if _file_kind(path) == "xlsx":
        with _workbook(path) as opened:
            return _parse_table(_sheet_table(opened, path), path, fmt, codes, geocode)
    with _csv_table(path) as table:
        return _parse_table(table, path, fmt, codes, geocode)


def _parse_table(
    table: _Table, path: Path, fmt: str, codes: Mapping[str, ServiceCode], geocode: Geocoder
) -> _Parsed:
    source_format = _detect_format(table.header, fmt, path)
    source = _source_label(source_format, path)
    if source_format == NATIONAL_DIRECTORY:
        parsed = _parse_national_directory(table, codes, geocode, source)
    else:
        parsed = _parse_findtreatment(table, codes, geocode, source)
    parsed.file_name = path.name
    return parsed


def _check_options(fmt: str, mode: str | None) -> None:
    if fmt not in FORMATS:
        raise ImportFileError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if mode is not None and mode not in MODES:
        raise ImportFileError(f"unknown mode {mode!r}: use replace or merge")


def _resolve_mode(mode: str | None, source_format: str) -> str:
    return DEFAULT_MODE[source_format] if mode is None else mode


def _report(parsed: _Parsed, mode: str, existing: Sequence[Program]) -> ImportReport:
    report = ImportReport(
        source_format=parsed.source_format,
        rows_read=parsed.rows_read,
        programs=parsed.programs,
        imported=len(parsed.programs),
        rejected=parsed.rejected,
        unknown_codes=parsed.unknown_codes,
        duplicates_collapsed=parsed.duplicates_collapsed,
        mode=mode,
        source=parsed.source,
        file_name=parsed.file_name,
        unknown_columns=parsed.unknown_columns,
        mental_health_only=parsed.mental_health_only,
        notes=parsed.notes,
    )
    if mode == "merge":
        merged = merge_programs(existing, parsed.programs)
        report.programs = merged.programs
        report.replaced = merged.replaced
        report.added = merged.added
        report.unlisted_kept = merged.unlisted_kept
    return report


def _write(
    report: ImportReport,
    programs_csv: Path,
    codes_csv: Path,
    reference: Mapping[str, ServiceCode] | None,
) -> None:
    """Write the code table beside its place, programs.csv, then rename the code table in.

    A failure anywhere before the last rename leaves both previous files as they were.
    """
    staged: Path | None = None
    if reference is not None:
        staged = codes_csv.with_name(f".{codes_csv.name}.import")
        write_service_codes(reference.values(), staged)
    try:
        write_programs(report.programs, programs_csv)
        if staged is not None:
            os.replace(staged, codes_csv)
    finally:
        if staged is not None:
            staged.unlink(missing_ok=True)


def _source_label(source_format: str, path: Path) -> str:
    if source_format == NATIONAL_DIRECTORY:
        year = _ND_YEAR.search(path.name)
        return f"nsumhss-{year.group(1)}" if year else NATIONAL_DIRECTORY
    date = _FT_DATE.search(path.name)
    return f"findtreatment-{'-'.join(date.groups())}" if date else FINDTREATMENT


def _detect_format(header: list[str], fmt: str, path: Path) -> str:
    columns = set(header)
    if fmt == "auto":
        if "service_code_info" in columns:
            fmt = NATIONAL_DIRECTORY
        elif {"type_facility", "name1"} <= columns:
            fmt = FINDTREATMENT
        else:
            shown = ", ".join(h[:SHOWN_HEADER_CHARS] for h in header[:12] if h) or "none"
            raise ImportFileError(
                f"{path.name} is neither a SAMHSA National Directory file (no Service_code_info "
                "column) nor a FindTreatment.gov download (no name1 and type_facility columns); "
                f"its columns are: {shown}"
            )
    required = ND_REQUIRED if fmt == NATIONAL_DIRECTORY else FT_REQUIRED
    missing = [c for c in required if c not in columns]
    if missing:
        raise ImportFileError(
            f"{path.name} is not a {fmt} file: missing column(s) {', '.join(missing)}"
        )
    return fmt


# ---------------------------------------------------------------------------------------------
# Reading files as tables of text cells


def _file_kind(path: Path) -> Literal["xlsx", "csv"]:
    try:
        if not path.is_file():
            raise ImportFileError(f"{path}: no such file")
        size = path.stat().st_size
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as error:
        raise ImportFileError(f"{path}: cannot be read ({error.strerror})") from error
    if size == 0:
        raise ImportFileError(f"{path.name} is empty")
    if size > MAX_FILE_BYTES:
        raise ImportFileError(f"{path.name} is {size:,} bytes, too large for a directory file")
    if magic.startswith(b"PK\x03\x04"):
        return "xlsx"
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            f"{path.name} is an old Excel .xls workbook: save it as .xlsx or CSV first"
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ImportFileError(f"{path.name} is named like a workbook but is not an xlsx file")
    return "csv"


def _decode(data: bytes, name: str) -> tuple[str, list[str]]:
    # UTF-32's little-endian BOM begins with UTF-16's, so it is tried first.
    for boms, encoding in (
        ((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "utf-32"),
        ((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "utf-16"),
    ):
        if data.startswith(boms):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as error:
                message = f"{name}: broken {encoding.upper()} text ({error.reason})"
                raise ImportFileError(message) from error
    # UTF-16 without a BOM is half NUL bytes, binary formats are full of them; a stray NUL in
    # text is damage to one row, which is rejected with its line like any other.
    head = data[:4096]
    if head.count(0) * BINARY_NUL_SHARE > len(head):
        raise ImportFileError(f"{name} is a binary file, not CSV text or an xlsx workbook")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        # Excel on Windows saves "CSV" in the ANSI code page; undefined bytes become U+FFFD.
        body = data.removeprefix(codecs.BOM_UTF8)
        note = (
            f"{name} is not valid UTF-8 (first bad byte at offset {error.start}); "
            "read it as Windows-1252: check accented names"
        )
        return body.decode("cp1252", errors="replace"), [note]


def _normalize_header(cells: Sequence[str]) -> list[str]:
    return [c.replace("\ufeff", "").strip().lower() for c in cells]


def _unclosed_quote(text: str, delimiter: str) -> int | None:
    """Where a quoted field opens that no quote closes (the csv module reads it to the end).

    A quote opens a field only at the start of one; inside an unquoted field it is a letter.
    """
    starts = (delimiter, "\r", "\n")
    at = text.find('"')
    while at != -1:
        if at == 0 or text[at - 1] in starts:
            closing = _QUOTED_REST.match(text, at + 1)
            if closing is None:
                return at
            at = closing.end()
        else:
            at += 1
        at = text.find('"', at)
    return None


def _line_of(text: str, offset: int) -> int:
    """The physical line an offset is on, counted as the csv module counts (LF, CRLF, CR)."""
    before = text[:offset]
    return before.count("\n") + before.count("\r") - before.count("\r\n") + 1


@contextmanager
def _csv_table(path: Path) -> Iterator[_Table]:
    text, notes = _decode(path.read_bytes(), path.name)
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    # Read on, a stray quote would swallow every later row into one field without a word.
    unclosed = _unclosed_quote(text, delimiter)
    if unclosed is not None:
        raise ImportFileError(
            f"{path.name}: line {_line_of(text, unclosed)}: a quoted field opens here and is "
            'never closed (a stray " character?)'
        )
    previous_limit = csv.field_size_limit(CSV_FIELD_LIMIT)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        state = {"end": 0}  # the physical line the reader stopped at

        def next_row() -> tuple[int, list[str]] | None:
            try:
                cells = next(reader)
            except StopIteration:
                return None
            except csv.Error as error:
                raise ImportFileError(
                    f"{path.name}: line {state['end'] + 1}: unreadable CSV ({error})"
                ) from error
            start, state["end"] = state["end"] + 1, reader.line_num
            return start, cells

        header: list[str] | None = None
        while (item := next_row()) is not None:
            if any(c.strip() for c in item[1]):
                header = _normalize_header(item[1])
                break
        if header is None:
            raise ImportFileError(f"{path.name} is empty (no header row)")
        width = len(header)

        def rows() -> Iterator[_RawRow]:
            while (item := next_row()) is not None:
                line, cells = item
                if not any(c.strip() for c in cells):
                    continue
                problem = ""
                if len(cells) != width:
                    extra = cells[width:]
                    # Spreadsheet programs often pad rows with empty cells; only real data
                    # beyond the header, or a short row, means the columns have shifted.
                    if len(cells) < width or any(c.strip() for c in extra):
                        problem = f"expected {width} cells, found {len(cells)}"
                    else:
                        cells = cells[:width]
                yield _RawRow(line, cells, problem)

        yield _Table(header, rows(), notes)
    finally:
        csv.field_size_limit(previous_limit)


@contextmanager
def _workbook(path: Path) -> Iterator[Any]:
    # openpyxl leaves its file open when a damaged workbook fails half-way through loading, so
    # the file is opened, and always closed, here.
    with path.open("rb") as handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except Exception as error:
            # openpyxl raises many unrelated types (zip, XML, KeyError) on a damaged workbook.
            message = f"{path.name}: not a readable xlsx workbook ({error})"
            raise ImportFileError(message) from error
        try:
            yield workbook
        finally:
            # A read-only workbook reads its sheets from the file until closed.
            workbook.close()


def _sheets_in_order(workbook: Any, preferred: str) -> list[Any]:
    sheets = list(workbook.worksheets)
    return sorted(sheets, key=lambda s: s.title.strip().lower() != preferred.lower())


def _sheet_header(sheet: Any, path: Path) -> tuple[int, list[str]]:
    """The first non-empty row among the first few (its number and normalized names)."""
    try:
        for number, values in enumerate(sheet.iter_rows(max_row=5, values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            if any(c.strip() for c in cells):
                return number, _normalize_header(cells)
    except Exception as error:
        # A damaged sheet fails while it is read, with any XML or zip error.
        message = f"{path.name}: sheet {sheet.title!r} unreadable at its first rows ({error})"
        raise ImportFileError(message) from error
    return 0, []


def _sheet_rows(sheet: Any, first: int, path: Path) -> Iterator[tuple[int, tuple[Any, ...]]]:
    number = first - 1
    try:
        for number, values in enumerate(
            sheet.iter_rows(min_row=first, values_only=True), start=first
        ):
            yield number, values
    except Exception as error:
        # A damaged sheet can fail half-way with any XML or zip error.
        message = f"{path.name}: sheet {sheet.title!r} unreadable after row {number} ({error})"
        raise ImportFileError(message) from error


def _sheet_table(workbook: Any, path: Path) -> _Table:
    """The facilities sheet: the one named so, else one with directory columns, else the first."""
    chosen: tuple[Any, int, list[str]] | None = None
    for sheet in _sheets_in_order(workbook, ND_SHEET):
        header_row, header = _sheet_header(sheet, path)
        columns = set(header)
        if "service_code_info" in columns or {"type_facility", "name1"} <= columns:
            chosen = sheet, header_row, header
            break
        if chosen is None and header and "service_code" not in columns:
            chosen = sheet, header_row, header
    if chosen is None:
        raise ImportFileError(f"{path.name}: the workbook has no sheet with a header row")
    sheet, header_row, header = chosen

    def rows() -> Iterator[_RawRow]:
        for number, values in _sheet_rows(sheet, header_row + 1, path):
            cells = [_cell_text(v) for v in values]
            if any(c.strip() for c in cells):
                yield _RawRow(number, cells)

    return _Table(header, rows(), [])


def _cell_text(value: object) -> str:
    """A worksheet cell as the text a person sees, so numbers never leak in as 2150.0."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _cell(cells: Sequence[str], position: int | None) -> str:
    if position is None or position >= len(cells):
        return ""
    return cells[position]


# ---------------------------------------------------------------------------------------------
# Field rules shared by both formats


def parse_zip(raw: str) -> str | None:
    """A 5-digit ZIP from a cell (ZIP+4 cut; leading zeros Excel dropped restored), or None."""
    text = raw.strip()
    if _ZIP5.fullmatch(text):
        return text
    plus4 = _ZIP9.fullmatch(text)
    if plus4:
        return plus4.group(1)
    if text.isascii() and text.isdigit():
        # A numeric cell lost its leading zeros: 2150 was 02150, 21501234 was 02150-1234.
        if 3 <= len(text) <= 4:
            return text.zfill(5)
        if 7 <= len(text) <= 8:
            return text.zfill(9)[:5]
    return None


def normalize_website(raw: str) -> str:
    """A usable URL: '' for the blank 'http://' SAMHSA exports, https:// added to bare domains."""
    text = normalize_text(raw)
    if not text or " " in text:
        return ""
    scheme = re.match(r"(?i)https?://", text)
    rest = text[scheme.end() :] if scheme else text
    if not rest.strip("/") or "." not in rest:
        return ""
    return text if scheme else f"https://{text}"


def plausible_us_coordinates(latitude: float, longitude: float) -> bool:
    """Whether a point lies in the boxes around the US states and territories."""
    if not valid_coordinates(latitude, longitude):
        return False
    # From American Samoa (-14°) to northern Alaska (71°); west of the Virgin Islands (-64°), or
    # in the western Pacific from Palau (134°) to the far Aleutians.
    return -15.0 <= latitude <= 72.0 and (longitude <= -64.0 or longitude >= 130.0)


def _field_problem(header: list[str], cells: list[str]) -> str:
    for position, cell in enumerate(cells):
        if len(cell) > MAX_FIELD_CHARS:
            column = header[position] if position < len(header) else f"#{position + 1}"
            return f"field {column!r} is {len(cell):,} characters (limit {MAX_FIELD_CHARS:,})"
    # Damage (a NUL from a mis-encoded file, a terminal escape): no listing holds one.
    damaged = control_character_column(header, cells)
    return "" if damaged is None else f"field {damaged!r} holds a control character"


def _place_problem(name: str, state: str, raw_zip: str, zip5: str | None) -> str:
    if not name:
        return "missing name"
    if not state:
        return "missing state"
    if state not in US_STATES:
        return f"invalid state {state[:20]!r} (not a US state or territory code)"
    if not raw_zip.strip():
        return "missing ZIP"
    if zip5 is None:
        return f"invalid ZIP {raw_zip.strip()[:20]!r}"
    return ""


def _phones(raws: Sequence[str]) -> tuple[str, ...]:
    phones: list[str] = []
    for raw in raws:
        phone = normalize_phone(raw)
        if phone and phone not in phones:
            phones.append(phone)
    return tuple(phones)


def _with_unique_ids(programs: list[Program]) -> list[Program]:
    """Suffix -2, -3… to later programs whose derived id repeats, in file order."""
    seen: dict[str, int] = {}
    unique: list[Program] = []
    for program in programs:
        count = seen.get(program.id, 0) + 1
        seen[program.id] = count
        unique.append(
            program if count == 1 else dataclasses.replace(program, id=f"{program.id}-{count}")
        )
    return unique


def _unused_id(wanted: str, used: set[str]) -> str:
    if wanted not in used:
        return wanted
    base = re.sub(r"-\d+$", "", wanted)
    number = 2
    while f"{base}-{number}" in used:
        number += 1
    return f"{base}-{number}"


def _squash(text: str) -> str:
    return _SQUASH.sub("", text.lower())


def _name_score(a: str, b: str) -> float:
    """How surely two second name lines at one site name the same program (0..1)."""
    x, y = _squash(a), _squash(b)
    if x == y:
        return 1.0
    if not x or not y:
        return BLANK_NAME_SCORE
    return SequenceMatcher(None, x, y, autojunk=False).ratio()


def _site(program: Program) -> str:
    return site_key(program.name, program.street, program.zip)


def _pair_by_name(news: list[Program], olds: list[Program]) -> list[tuple[Program, Program]]:
    """Pairs of one site's incoming and existing programs, best name matches first."""
    scored = sorted(
        (
            (2.0 if new.id == old.id else _name_score(new.name2, old.name2), i, j)
            for i, new in enumerate(news)
            for j, old in enumerate(olds)
        ),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for score, i, j in scored:
        if score >= NAME_MATCH_RATIO and i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    free_new = [i for i in range(len(news)) if i not in pairs]
    free_old = [j for j in range(len(olds)) if j not in taken]
    # One program left on each side of one site is the same listing renamed.
    if len(free_new) == 1 and len(free_old) == 1:
        pairs[free_new[0]] = free_old[0]
    return [(news[i], olds[j]) for i, j in sorted(pairs.items())]


@dataclass
class _Counter:
    rows: int = 0


def _placed_rows(
    table: _Table, at: Mapping[str, int], rejected: list[RejectedRow], counter: _Counter
) -> Iterator[tuple[_RawRow, list[str], str, str, str]]:
    """Rows with a readable name, state and ZIP; the others are rejected with their line."""
    for row in table.rows:
        counter.rows += 1
        problem = row.problem or _field_problem(table.header, row.cells)
        if problem:
            rejected.append(RejectedRow(row.line, problem))
            continue
        cells = row.cells
        name = normalize_text(_cell(cells, at.get("name1")))
        state = normalize_text(_cell(cells, at.get("state"))).upper()
        raw_zip = _cell(cells, at.get("zip"))
        zip5 = parse_zip(raw_zip)
        problem = _place_problem(name, state, raw_zip, zip5)
        if problem or zip5 is None:
            rejected.append(RejectedRow(row.line, problem))
            continue
        yield row, cells, name, state, zip5


def _record_unknown(unknown: dict[str, list[int]], code: str, line: int) -> None:
    lines = unknown.setdefault(code, [])
    if not lines or lines[-1] != line:
        lines.append(line)


# ---------------------------------------------------------------------------------------------
# National Directory


def _parse_national_directory(
    table: _Table, codes: Mapping[str, ServiceCode], geocode: Geocoder, source: str
) -> _Parsed:
    at = table.index()

    def get(cells: list[str], name: str) -> str:
        return normalize_text(_cell(cells, at.get(name)))

    programs: list[Program] = []
    rejected: list[RejectedRow] = []
    unknown: dict[str, list[int]] = {}
    counter = _Counter()
    for row, cells, name, state, zip5 in _placed_rows(table, at, rejected, counter):
        # Groups between '*' appear only when filled, so codes are looked up, never positioned.
        found: set[str] = set()
        for token in get(cells, "service_code_info").split():
            code = token.strip("*").upper()
            if not code:
                continue
            if code in codes:
                found.add(code)
            else:
                _record_unknown(unknown, code, row.line)
        if not found:
            rejected.append(RejectedRow(row.line, "no service codes"))
            continue
        point = geocode(zip5)
        if point is None:
            rejected.append(RejectedRow(row.line, f"ZIP {zip5} not found for geocoding"))
            continue
        name2, street, street2 = get(cells, "name2"), get(cells, "street1"), get(cells, "street2")
        city, phone = get(cells, "city"), normalize_phone(get(cells, "phone"))
        intakes = [get(cells, c) for c in ("intake1", "intake2", "intake1a", "intake2a")]
        programs.append(
            Program(
                id=program_id(name, name2, street, street2, city, state, zip5, phone),
                name=name,
                name2=name2,
                street=street,
                street2=street2,
                city=city,
                state=state,
                zip=zip5,
                latitude=point[0],
                longitude=point[1],
                codes=frozenset(found),
                phone=phone,
                intake_phones=_phones(intakes),
                geo_precision="zip",
                source=source,
            )
        )
    return _Parsed(
        source_format=NATIONAL_DIRECTORY,
        source=source,
        file_name="",
        rows_read=counter.rows,
        programs=_with_unique_ids(programs),
        rejected=rejected,
        unknown_codes=unknown,
        duplicates_collapsed=0,
        unknown_columns=[],
        notes=table.notes,
    )


# ---------------------------------------------------------------------------------------------
# FindTreatment.gov download


@dataclass
class _FtRow:
    line: int
    kind: str
    name: str
    name2: str
    street: str
    street2: str
    city: str
    state: str
    zip: str
    phone: str
    intakes: tuple[str, ...]
    website: str
    point: tuple[float, float] | None
    codes: set[str]


@dataclass
class _Cluster:
    rows: list[_FtRow]

    @property
    def kinds(self) -> set[str]:
        return {r.kind for r in self.rows}

    @property
    def primary(self) -> _FtRow:
        """The substance-use row if any: it matches the National Directory's listing."""
        return next((r for r in self.rows if r.kind == "SU"), self.rows[0])


def _ft_point(latitude: str, longitude: str) -> tuple[float, float] | None:
    try:
        point = float(latitude), float(longitude)
    except ValueError:
        return None
    return point if plausible_us_coordinates(*point) else None


def _parse_findtreatment(
    table: _Table, codes: Mapping[str, ServiceCode], geocode: Geocoder, source: str
) -> _Parsed:
    at = table.index()
    code_columns: list[tuple[int, str]] = []
    unknown_columns: list[str] = []
    for position, column in enumerate(table.header):
        if not column or column in FT_FIXED or at.get(column) != position:
            continue
        if column.upper() in codes:
            code_columns.append((position, column.upper()))
        else:
            unknown_columns.append(column)

    def get(cells: list[str], name: str) -> str:
        return normalize_text(_cell(cells, at.get(name)))

    rejected: list[RejectedRow] = []
    valid: list[_FtRow] = []
    counter = _Counter()
    for row, cells, name, state, zip5 in _placed_rows(table, at, rejected, counter):
        kind = get(cells, "type_facility").upper()
        valid.append(
            _FtRow(
                line=row.line,
                # SAMHSA's older exports call the substance-use listing SA.
                kind="SU" if kind == "SA" else kind,
                name=name,
                name2=get(cells, "name2"),
                street=get(cells, "street1"),
                street2=get(cells, "street2"),
                city=get(cells, "city"),
                state=state,
                zip=zip5,
                phone=normalize_phone(get(cells, "phone")),
                intakes=_phones([get(cells, "intake1"), get(cells, "intake2")]),
                website=normalize_website(get(cells, "website")),
                point=_ft_point(get(cells, "latitude"), get(cells, "longitude")),
                codes={code for position, code in code_columns if _flag(cells, position)},
            )
        )
    clusters = _cluster_site_rows(valid)
    programs: list[Program] = []
    mental_health_only = 0
    for cluster in clusters:
        if "SU" not in cluster.kinds and not any("SA" in r.codes for r in cluster.rows):
            mental_health_only += 1
            continue
        program = _cluster_program(cluster, geocode, source)
        if isinstance(program, str):
            rejected.append(RejectedRow(cluster.rows[0].line, program))
        else:
            programs.append(program)
    rejected.sort(key=lambda r: r.line)
    return _Parsed(
        source_format=FINDTREATMENT,
        source=source,
        file_name="",
        rows_read=counter.rows,
        programs=_with_unique_ids(programs),
        rejected=rejected,
        unknown_codes={},
        duplicates_collapsed=len(valid) - len(clusters),
        unknown_columns=unknown_columns,
        notes=table.notes,
        mental_health_only=mental_health_only,
    )


def _flag(cells: Sequence[str], position: int) -> bool:
    return _cell(cells, position).strip() in ("1", "1.0")


def _cluster_site_rows(rows: list[_FtRow]) -> list[_Cluster]:
    """Join the SU and MH rows that list one program at one site, in order of first row.

    A second row of the same type at a site is a separate program (as in the National
    Directory), so only rows of different types with matching second name lines are joined.
    """
    clusters: list[_Cluster] = []
    by_site: dict[str, list[_Cluster]] = defaultdict(list)
    for row in rows:
        site = by_site[site_key(row.name, row.street, row.zip)]
        best: tuple[float, _Cluster] | None = None
        for cluster in site:
            if row.kind in cluster.kinds:
                continue
            score = max(_name_score(row.name2, other.name2) for other in cluster.rows)
            if score >= NAME_MATCH_RATIO and (best is None or score > best[0]):
                best = score, cluster
        if best is None:
            cluster = _Cluster([row])
            site.append(cluster)
            clusters.append(cluster)
        else:
            best[1].rows.append(row)
    return clusters


def _cluster_program(cluster: _Cluster, geocode: Geocoder, source: str) -> Program | str:
    """One program from a cluster of rows, or the reason it cannot be imported."""
    first = cluster.primary
    codes = set().union(*(r.codes for r in cluster.rows))
    lines = ", ".join(str(r.line) for r in cluster.rows)
    if not codes:
        return "no service codes" + (f" (rows on lines {lines})" if len(cluster.rows) > 1 else "")
    others = [r for r in cluster.rows if r is not first]
    point = next((r.point for r in [first, *others] if r.point is not None), None)
    precision: Literal["zip", "address"] = "address"
    if point is None:
        point, precision = geocode(first.zip), "zip"
    if point is None:
        return f"no valid coordinates and ZIP {first.zip} not found for geocoding"
    phone = first.phone or next((r.phone for r in others if r.phone), "")
    return Program(
        id=program_id(
            first.name,
            first.name2,
            first.street,
            first.street2,
            first.city,
            first.state,
            first.zip,
            phone,
        ),
        name=first.name,
        name2=first.name2,
        street=first.street,
        street2=first.street2,
        city=first.city,
        state=first.state,
        zip=first.zip,
        latitude=point[0],
        longitude=point[1],
        codes=frozenset(codes),
        phone=phone,
        intake_phones=_phones([p for r in [first, *others] for p in r.intakes]),
        geo_precision=precision,
        website=first.website or next((r.website for r in others if r.website), ""),
        source=source,
    )


# ---------------------------------------------------------------------------------------------
# FindTreatment listings from elsewhere than a download (the JSON locator API)


@dataclass(frozen=True)
class Listing:
    """One FindTreatment listing read from another carrier than a download file.

    `fields` holds the download's fixed columns (name1, street1, …, type_facility) as text;
    `codes` the service codes the listing names. A listing with a `problem` is rejected with it,
    under its `number`, as a download's bad line is.
    """

    number: int
    fields: Mapping[str, str]
    codes: frozenset[str] = frozenset()
    problem: str = ""


def parse_findtreatment_listings(
    listings: Sequence[Listing],
    *,
    codes: Mapping[str, ServiceCode],
    geocode: Geocoder,
    source: str,
    existing: Sequence[Program] = (),
) -> ImportReport:
    """Read listings into programs as a FindTreatment download is read, merged into `existing`.

    The listings become the rows of a download (fixed columns, then a `1` in each code column),
    so one set of rules decides what a program is and one merge where it goes, whichever way
    its listing arrived.
    """
    columns = sorted({code for listing in listings for code in listing.codes})
    header = [*FT_FIXED, *(code.lower() for code in columns)]

    def rows() -> Iterator[_RawRow]:
        for listing in listings:
            cells = [listing.fields.get(name, "") for name in FT_FIXED]
            cells += ["1" if code in listing.codes else "" for code in columns]
            yield _RawRow(listing.number, cells, listing.problem)

    parsed = _parse_findtreatment(_Table(header, rows(), []), codes, geocode, source)
    return _report(parsed, "merge", existing)

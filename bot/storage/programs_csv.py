"""The shipped directory files: data/programs.csv and data/service_codes.csv, read and written."""

from __future__ import annotations

import csv
import hashlib
import io
import math
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.core.geo import valid_coordinates
from bot.core.programs import Program, ServiceCode, code_set

PROGRAM_COLUMNS = (
    "id",
    "name",
    "name2",
    "street",
    "street2",
    "city",
    "state",
    "zip",
    "phone",
    "intake_phones",
    "latitude",
    "longitude",
    "geo_precision",
    "website",
    "codes",
    "source",
)
SERVICE_CODE_COLUMNS = ("code", "category_code", "category_name", "name", "description")

# Several intake numbers share one cell; a semicolon never occurs inside a phone number.
PHONE_SEPARATOR = "; "

# Control characters that are not white space: no directory text holds them, PostgreSQL refuses
# NUL in text, and they would reach people's screens. White space is collapsed, not refused.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
# The database's key and column widths (models.py), and ids fit in Telegram callback data.
_PROGRAM_ID = re.compile(r"[A-Za-z0-9_-]{1,24}")
_STATE = re.compile(r"[A-Z]{2}")
_ZIP = re.compile(r"[0-9]{5}")
_SERVICE_CODE = re.compile(r"\S{1,16}")
MAX_MESSAGE_CHARS = 500


def one_line(message: str) -> str:
    """A message as one bounded line of printable text: it may quote anything a file holds."""
    flat = " ".join(message.split())[:MAX_MESSAGE_CHARS]
    shown = "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in flat
    )
    return shown if len(shown) <= MAX_MESSAGE_CHARS else f"{shown[: MAX_MESSAGE_CHARS - 1]}…"


class DirectoryFileError(ValueError):
    """A directory file is missing columns or holds a value that cannot be read."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


def control_character_column(columns: list[str], cells: list[str]) -> str | None:
    """The first column whose cell holds a control character, or None when none does."""
    if CONTROL_CHARACTERS.search("".join(cells)) is None:
        return None
    return next(
        (
            columns[i] if i < len(columns) else f"#{i + 1}"
            for i, cell in enumerate(cells)
            if CONTROL_CHARACTERS.search(cell)
        ),
        "?",
    )


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, as hex."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def program_to_row(program: Program) -> dict[str, str]:
    """One program as a row of programs.csv."""
    return {
        "id": program.id,
        "name": program.name,
        "name2": program.name2,
        "street": program.street,
        "street2": program.street2,
        "city": program.city,
        "state": program.state,
        "zip": program.zip,
        "phone": program.phone,
        "intake_phones": PHONE_SEPARATOR.join(program.intake_phones),
        "latitude": f"{program.latitude:.6f}",
        "longitude": f"{program.longitude:.6f}",
        "geo_precision": program.geo_precision,
        "website": program.website,
        "codes": " ".join(sorted(program.codes)),
        "source": program.source,
    }


def _coordinate(row: dict[str, str], name: str, line: int) -> float:
    """A latitude or longitude; NaN and infinity are not numbers a map or a database takes."""
    raw = row[name]
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise DirectoryFileError(f"line {line}: {name} {str(raw)[:30]!r} is not a number")
    return value


def program_from_row(row: dict[str, str], line: int) -> Program:
    """One row of programs.csv as a Program; raises DirectoryFileError with the line number."""
    try:
        precision = row["geo_precision"]
        if precision not in ("zip", "address"):
            raise DirectoryFileError(f"line {line}: geo_precision {precision[:30]!r} is unknown")
        latitude = _coordinate(row, "latitude", line)
        longitude = _coordinate(row, "longitude", line)
        if not valid_coordinates(latitude, longitude):
            raise DirectoryFileError(
                f"line {line}: coordinates {latitude}, {longitude} are not on the globe"
            )
        phones = tuple(p for p in row["intake_phones"].split(PHONE_SEPARATOR.strip()) if p.strip())
        return Program(
            id=row["id"],
            name=row["name"],
            name2=row["name2"],
            street=row["street"],
            street2=row["street2"],
            city=row["city"],
            state=row["state"],
            zip=row["zip"],
            phone=row["phone"],
            intake_phones=tuple(p.strip() for p in phones),
            latitude=latitude,
            longitude=longitude,
            geo_precision="zip" if precision == "zip" else "address",
            website=row["website"],
            codes=code_set(row["codes"]),
            source=row["source"],
        )
    except (KeyError, ValueError) as error:
        if isinstance(error, DirectoryFileError):
            raise
        raise DirectoryFileError(f"line {line}: {error}") from error


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """A UTF-8 CSV file's rows, each with the line it starts on; unreadable text raises."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise DirectoryFileError(
            f"{path}: line {line}: not UTF-8 text (byte {data[error.start]:#04x} at offset "
            f"{error.start:,}); save the file as UTF-8"
        ) from error
    reader = csv.reader(io.StringIO(text, newline=""))
    end = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            message = f"{path}: line {end + 1}: unreadable CSV ({error})"
            raise DirectoryFileError(message) from error
        start, end = end + 1, reader.line_num
        if cells:  # a blank line
            yield start, cells


def _row_problem(
    columns: list[str], cells: list[str], row: dict[str, str], seen: dict[str, int]
) -> str:
    """Why a programs.csv row cannot go into the database as it stands, or ''."""
    column = control_character_column(columns, cells)
    if column is not None:
        return f"column {column!r} holds a control character"
    if not _PROGRAM_ID.fullmatch(row["id"]):
        return f"id {row['id'][:30]!r} is not 1-24 letters, digits, '-' or '_'"
    if row["id"] in seen:
        return f"id {row['id']!r} repeats line {seen[row['id']]}"
    if not _STATE.fullmatch(row["state"]):
        return f"state {row['state'][:30]!r} is not a two-letter code"
    if not _ZIP.fullmatch(row["zip"]):
        return f"zip {row['zip'][:30]!r} is not five digits"
    return ""


def read_programs(path: Path) -> list[Program]:
    """Every program in a programs.csv file, in file order; DirectoryFileError if malformed.

    The file may have been edited by hand, so every row is checked against what the database
    accepts before anything is loaded: the database is then never left half-built or refusing.
    """
    rows = _csv_rows(path)
    columns = next(rows, (0, []))[1]
    missing = set(PROGRAM_COLUMNS) - set(columns)
    if missing:
        raise DirectoryFileError(f"{path}: missing columns {', '.join(sorted(missing))}")
    repeated = sorted(c for c, n in Counter(columns).items() if n > 1)
    if repeated:
        raise DirectoryFileError(f"{path}: columns {', '.join(repeated)} appear twice")
    programs: list[Program] = []
    seen: dict[str, int] = {}
    for line, cells in rows:
        if len(cells) != len(columns):
            raise DirectoryFileError(
                f"{path}: line {line}: expected {len(columns)} cells, found {len(cells)}"
            )
        row = dict(zip(columns, cells, strict=True))
        problem = _row_problem(columns, cells, row, seen)
        if problem:
            raise DirectoryFileError(f"{path}: line {line}: {problem}")
        try:
            programs.append(program_from_row(row, line))
        except DirectoryFileError as error:
            raise DirectoryFileError(f"{path}: {error}") from error
        seen[row["id"]] = line
    return programs


def _write_atomically(
    path: Path, columns: tuple[str, ...], rows: Iterable[dict[str, str]]
) -> None:
    """Write a CSV next to its destination, then rename it into place in one step.

    A reader never sees half a file, and an interrupted write leaves the old file untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file owner-only; the directory files are public data.
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def sort_programs(programs: Iterable[Program]) -> list[Program]:
    """Programs in the file's order: by state, city, name, then id (stable diffs)."""
    return sorted(programs, key=lambda p: (p.state, p.city.lower(), p.name.lower(), p.id))


def write_programs(programs: Iterable[Program], path: Path) -> None:
    """Write programs.csv atomically, sorted for stable diffs."""
    _write_atomically(path, PROGRAM_COLUMNS, (program_to_row(p) for p in sort_programs(programs)))


def read_service_codes(path: Path) -> dict[str, ServiceCode]:
    """The service-code table, from data/service_codes.csv or SAMHSA's reference CSV."""
    rows = _csv_rows(path)
    columns = [name.strip() for name in next(rows, (0, []))[1]]
    samhsa = {"service_code", "service_name", "category_code", "category_name"}
    if not (set(columns) >= samhsa or set(columns) >= set(SERVICE_CODE_COLUMNS)):
        raise DirectoryFileError(f"{path}: not a service-code table")
    codes: dict[str, ServiceCode] = {}
    for line, cells in rows:
        column = control_character_column(columns, cells)
        if column is not None:
            raise DirectoryFileError(
                f"{path}: line {line}: column {column!r} holds a control character"
            )
        # Spreadsheets pad or cut trailing empty cells; the first column of a name wins.
        row: dict[str, str] = {}
        for name, cell in zip(columns, cells, strict=False):
            row.setdefault(name, cell.strip())
        if set(columns) >= samhsa:  # SAMHSA's reference sheet
            code = ServiceCode(
                code=row.get("service_code", ""),
                category_code=row.get("category_code", ""),
                category_name=row.get("category_name", ""),
                name=row.get("service_name", ""),
                description=row.get("service_description", ""),
            )
        else:
            code = ServiceCode(**{k: row.get(k, "") for k in SERVICE_CODE_COLUMNS})
        if not code.code:
            raise DirectoryFileError(f"{path}: line {line}: empty service code")
        if not _SERVICE_CODE.fullmatch(code.code):
            raise DirectoryFileError(
                f"{path}: line {line}: service code {code.code[:30]!r} is not one word of at "
                "most 16 characters"
            )
        codes[code.code] = code
    return codes


def write_service_codes(codes: Iterable[ServiceCode], path: Path) -> None:
    """Write service_codes.csv atomically, in the reference sheet's order."""
    _write_atomically(path, SERVICE_CODE_COLUMNS, (service_code_to_row(c) for c in codes))


def service_code_to_row(code: ServiceCode) -> dict[str, str]:
    """One service code as a row of service_codes.csv."""
    return {
        "code": code.code,
        "category_code": code.category_code,
        "category_name": code.category_name,
        "name": code.name,
        "description": code.description,
    }

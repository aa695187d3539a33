"""The shipped directory files: data/programs.csv and data/service_codes.csv, read and written."""

from __future__ import annotations

import csv
import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

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


class DirectoryFileError(ValueError):
    """A directory file is missing columns or holds a value that cannot be read."""


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


def program_from_row(row: dict[str, str], line: int) -> Program:
    """One row of programs.csv as a Program; raises DirectoryFileError with the line number."""
    try:
        precision = row["geo_precision"]
        if precision not in ("zip", "address"):
            raise DirectoryFileError(f"line {line}: geo_precision {precision!r} is unknown")
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
            latitude=float(row["latitude"]),
            longitude=float(row["longitude"]),
            geo_precision="zip" if precision == "zip" else "address",
            website=row["website"],
            codes=code_set(row["codes"]),
            source=row["source"],
        )
    except (KeyError, ValueError) as error:
        if isinstance(error, DirectoryFileError):
            raise
        raise DirectoryFileError(f"line {line}: {error}") from error


def read_programs(path: Path) -> list[Program]:
    """Every program in a programs.csv file, in file order."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = set(PROGRAM_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise DirectoryFileError(f"{path}: missing columns {', '.join(sorted(missing))}")
        return [program_from_row(row, line) for line, row in enumerate(reader, start=2)]


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
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        fields = {name.strip() for name in reader.fieldnames or ()}
        codes: dict[str, ServiceCode] = {}
        for line, raw in enumerate(reader, start=2):
            row = {k.strip(): (v or "").strip() for k, v in raw.items() if k}
            if fields >= {"service_code", "service_name"}:  # SAMHSA's reference sheet
                code = ServiceCode(
                    code=row["service_code"],
                    category_code=row["category_code"],
                    category_name=row["category_name"],
                    name=row["service_name"],
                    description=row.get("service_description", ""),
                )
            elif fields >= set(SERVICE_CODE_COLUMNS):
                code = ServiceCode(**{k: row[k] for k in SERVICE_CODE_COLUMNS})
            else:
                raise DirectoryFileError(f"{path}: not a service-code table")
            if not code.code:
                raise DirectoryFileError(f"{path}: line {line}: empty service code")
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

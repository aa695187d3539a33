"""`iop-bot data refresh`: FindTreatment.gov's locator listings merged into the directory.

All or nothing: every page of every state is read first; only then are the listings read as a
FindTreatment download is (bot.storage.importers), merged by site, and written to programs.csv
and the database as one change. Any failure before that leaves both as they were.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot.core.programs import Program, ServiceCode, normalize_text
from bot.storage.database import install_directory
from bot.storage.gazetteer import zip_centroid
from bot.storage.importers import (
    US_STATES,
    Geocoder,
    ImportReport,
    Listing,
    parse_findtreatment_listings,
)
from bot.storage.locator_api import LocatorClient, LocatorError, StateListings
from bot.storage.programs_csv import (
    DirectoryFileError,
    one_line,
    read_programs,
    read_service_codes,
)

SOURCE_PREFIX = "findtreatment-api"
# Text fields of an API row, under the download's column names; the API names them the same.
ROW_FIELDS = (
    "name1",
    "name2",
    "street1",
    "street2",
    "city",
    "state",
    "zip",
    "phone",
    "intake1",
    "intake2",
    "website",
    "latitude",
    "longitude",
)
# f3 lists service names joined by "; "; no official service name holds a semicolon.
SERVICE_SEPARATOR = ";"
REPORT_REJECTED_LIMIT = 20
REPORT_NAMES_LIMIT = 10


class RefreshError(Exception):
    """The refresh cannot be done; nothing was changed. One line that says why."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


@dataclass
class StateChanges:
    """What a refresh found and changed in one state."""

    state: str
    listings: int = 0
    updated: int = 0
    phones_changed: int = 0
    iop_on: int = 0
    iop_off: int = 0
    websites_added: int = 0
    new_sites: int = 0
    rejected: int = 0
    # Programs of the state the API did not list, kept as they were: absence from one answer
    # is not proof of closure.
    unlisted_kept: int = 0


@dataclass
class RefreshReport:
    """What a refresh read, left out and changed, state by state."""

    source: str
    url: str
    states: list[StateChanges]
    pages: int
    programs: list[Program]
    rejected: list[str] = field(default_factory=list)
    # Service names in the listings that the code table does not know (mental-health-only
    # services, mostly), with how many listings named each.
    unknown_services: dict[str, int] = field(default_factory=dict)
    repeated: int = 0
    mental_health_only: int = 0
    rows_joined: int = 0

    @property
    def label(self) -> str:
        """The source as people read it: "FindTreatment.gov API, 2026-12-05"."""
        return source_label(self.source)

    def total(self) -> StateChanges:
        """Every state's counts added up."""
        counts = [f.name for f in fields(StateChanges) if f.name != "state"]
        return StateChanges(
            "all", **{name: sum(getattr(c, name) for c in self.states) for name in counts}
        )


def source_label(source: str) -> str:
    """A dated source as people read it ("FindTreatment.gov API, 2026-12-05")."""
    date = source.removeprefix(f"{SOURCE_PREFIX}-")
    return f"FindTreatment.gov API, {date}" if date != source else source


def check_states(values: Iterable[str]) -> list[str]:
    """Two-letter state and territory codes, upper case, in order, each once; all if none.

    A ValueError names the first code that is not a US state or territory.
    """
    states: list[str] = []
    for value in values:
        code = value.strip().upper()
        if code not in US_STATES:
            raise ValueError(
                f"--state {value.strip()[:20]!r} is not a US state or territory code "
                "(two letters, e.g. MA)"
            )
        if code not in states:
            states.append(code)
    return states or sorted(US_STATES)


def refresh_directory(
    client: LocatorClient,
    states: Sequence[str],
    *,
    engine: Engine,
    programs_csv: Path,
    codes_csv: Path,
    today: dt.date,
    geocode: Geocoder = zip_centroid,
) -> RefreshReport:
    """Read every listing of the states, then merge them in and write, as one change."""
    try:
        existing = read_programs(programs_csv)
        codes = read_service_codes(codes_csv)
    except (DirectoryFileError, OSError) as error:
        raise RefreshError(f"cannot read the directory: {error}") from error
    try:
        answers = [client.fetch_state(state) for state in states]
    except LocatorError as error:
        raise RefreshError(str(error)) from error
    source = f"{SOURCE_PREFIX}-{today.isoformat()}"
    read = _listings(answers, codes)
    imported = parse_findtreatment_listings(
        read.listings, codes=codes, geocode=geocode, source=source, existing=existing
    )
    if read.listings and imported.imported == 0:
        first = imported.rejected[0] if imported.rejected else None
        example = f" (first: {read.where[first.line][1]}: {first.reason})" if first else ""
        raise RefreshError(
            f"none of the {len(read.listings):,} listings could be used{example}: "
            "has the API's format changed?"
        )
    report = _report(answers, read, imported, existing, source, client.base_url)
    try:
        install_directory(engine, report.programs, programs_csv=programs_csv, codes_csv=codes_csv)
    except (SQLAlchemyError, OSError, DirectoryFileError) as error:
        raise RefreshError(f"cannot write the directory: {error}") from error
    return report


# ---------------------------------------------------------------------------------------------
# API rows → listings


@dataclass
class _Read:
    listings: list[Listing]
    # Listing number → its state and where it was ("MA page 2, row 3"), for the report.
    where: dict[int, tuple[str, str]]
    unknown: Counter[str]
    repeated: Counter[str]


class _ServiceNames:
    """Service names (f3) back to codes, by category code (f2) and name.

    A few names occur in two categories ("Young adults": TAY in SG, YAD in AGE), so the
    category decides; a name alone is enough only when it belongs to one code.
    """

    def __init__(self, codes: Mapping[str, ServiceCode]) -> None:
        self._by_category = {
            (c.category_code.upper(), _name_key(c.name)): code for code, c in codes.items()
        }
        owners: dict[str, set[str]] = {}
        for code, c in codes.items():
            owners.setdefault(_name_key(c.name), set()).add(code)
        self._by_name = {name: next(iter(o)) for name, o in owners.items() if len(o) == 1}

    def code(self, category: str, name: str) -> str | None:
        key = _name_key(name)
        return self._by_category.get((category.upper(), key)) or self._by_name.get(key)


def _name_key(name: str) -> str:
    return normalize_text(name).casefold()


def _listings(answers: Sequence[StateListings], codes: Mapping[str, ServiceCode]) -> _Read:
    names = _ServiceNames(codes)
    read = _Read([], {}, Counter(), Counter())
    seen: set[str] = set()
    for answer in answers:
        in_state = 0
        for page in answer.pages:
            for position, row in enumerate(page.rows, start=1):
                # A facility id seen twice means the pages shifted while they were read.
                frid = row.get("frid") if isinstance(row, dict) else None
                if isinstance(frid, str) and frid:
                    if frid in seen:
                        read.repeated[answer.state] += 1
                        continue
                    seen.add(frid)
                number = len(read.listings) + 1
                place = f"{answer.state} page {page.number}, row {position}"
                read.where[number] = answer.state, place
                listing = _listing(row, number, answer.state, names, read.unknown)
                in_state += normalize_text(listing.fields.get("state", "")).upper() == answer.state
                read.listings.append(listing)
        if answer.row_count and not in_state:
            raise RefreshError(
                f"{answer.state}: the API answered with {answer.row_count:,} listings, none "
                f"of them in {answer.state}: the state query was not understood"
            )
    return read


def _listing(
    row: object, number: int, state: str, names: _ServiceNames, unknown: Counter[str]
) -> Listing:
    """One API row as a download row, or the reason it cannot be one."""
    if not isinstance(row, dict):
        return Listing(number, {}, problem=f"a JSON {type(row).__name__}, not an object")
    values: dict[str, str] = {}
    for name in ROW_FIELDS:
        text = _text(row.get(name))
        if text is None:
            return Listing(number, {}, problem=f"field {name!r} is not text")
        values[name] = text
    # The query asks for substance-use listings; SAMHSA calls them SA (the download, SU).
    kind = _text(row.get("typeFacility", row.get("type_facility"))) or "SA"
    values["type_facility"] = kind
    codes, problem = _codes(row.get("services"), names, unknown)
    listed_in = normalize_text(values["state"]).upper()
    if not problem:
        problem = _address_problem(values, listed_in, state)
    return Listing(number, values, codes, problem)


def _address_problem(values: Mapping[str, str], listed_in: str, state: str) -> str:
    """Why a row's address cannot place a program, or '' (name and ZIP: the importer's rules)."""
    if not normalize_text(values["street1"]):
        return "no street address"
    if not normalize_text(values["city"]):
        return "no city"
    if listed_in and listed_in != state:
        return f"listed in {listed_in[:20]!r}, not in {state} as asked"
    return ""


def _text(value: object) -> str | None:
    """A field as text: '' for null, numbers as written; None for lists, objects, booleans."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _codes(
    services: object, names: _ServiceNames, unknown: Counter[str]
) -> tuple[frozenset[str], str]:
    """The codes named by a row's services [{f1, f2, f3}], and a problem if they are unreadable."""
    if services is None:
        return frozenset(), ""
    if not isinstance(services, list):
        return frozenset(), f"'services' is a JSON {type(services).__name__}, not a list"
    found: set[str] = set()
    for group in services:
        if not isinstance(group, dict):
            return frozenset(), "'services' holds something other than {f1, f2, f3} objects"
        category, listed = _text(group.get("f2")), _text(group.get("f3"))
        if category is None or listed is None:
            return frozenset(), "'services' holds an f2 or f3 that is not text"
        for name in listed.split(SERVICE_SEPARATOR):
            if not name.strip():
                continue
            code = names.code(category, name)
            if code is None:
                unknown[normalize_text(name)] += 1
            else:
                found.add(code)
    return frozenset(found), ""


# ---------------------------------------------------------------------------------------------
# What changed


def _report(
    answers: Sequence[StateListings],
    read: _Read,
    imported: ImportReport,
    existing: Sequence[Program],
    source: str,
    url: str,
) -> RefreshReport:
    by_state = {a.state: StateChanges(a.state, listings=a.row_count) for a in answers}
    for state, count in read.repeated.items():
        by_state[state].listings -= count
    old_by_id = {p.id: p for p in existing}
    refreshed: set[str] = set()
    for program in imported.programs:
        old = old_by_id.get(program.id)
        # The merge keeps untouched programs as the very same objects.
        if old is program:
            continue
        changes = by_state.get(program.state)
        if changes is None:  # not reachable: rows of other states are rejected
            continue
        if old is None:
            changes.new_sites += 1
            continue
        refreshed.add(old.id)
        _count_changes(changes, old, program)
    for program in existing:
        changes = by_state.get(program.state)
        if changes is not None and program.id not in refreshed:
            changes.unlisted_kept += 1
    rejected = []
    for row in imported.rejected:
        state, place = read.where[row.line]
        by_state[state].rejected += 1
        rejected.append(f"{place}: {row.reason}")
    return RefreshReport(
        source=source,
        url=url,
        states=list(by_state.values()),
        pages=sum(len(a.pages) for a in answers),
        programs=imported.programs,
        rejected=rejected,
        unknown_services=dict(read.unknown.most_common()),
        repeated=sum(read.repeated.values()),
        mental_health_only=imported.mental_health_only,
        rows_joined=imported.duplicates_collapsed,
    )


def _count_changes(changes: StateChanges, old: Program, new: Program) -> None:
    changes.updated += 1
    if old.phone != new.phone:
        changes.phones_changed += 1
    if new.offers_iop and not old.offers_iop:
        changes.iop_on += 1
    if old.offers_iop and not new.offers_iop:
        changes.iop_off += 1
    if new.website and not old.website:
        changes.websites_added += 1


def _state_line(changes: StateChanges, name: str) -> str:
    return (
        f"{name}: listings read {changes.listings:,}; sites updated {changes.updated:,} "
        f"(phone changed {changes.phones_changed:,}, IOP turned on {changes.iop_on:,}, "
        f"IOP turned off {changes.iop_off:,}, website added {changes.websites_added:,}); "
        f"new sites {changes.new_sites:,}; rejected {changes.rejected:,}; "
        f"not in the answer, kept as they were {changes.unlisted_kept:,}"
    )


def format_refresh_report(report: RefreshReport) -> str:
    """The human summary of a refresh, for the terminal or a nightly job's mail."""
    total = report.total()
    lines = [
        f"Refreshed from {report.label} ({report.url})",
        f"States: {len(report.states)}; pages read: {report.pages:,}; "
        f"listings read: {total.listings:,}",
    ]
    lines += [_state_line(c, c.state) for c in report.states if c.listings or c.unlisted_kept]
    if len(report.states) > 1:
        lines.append(_state_line(total, "Total"))
    if report.repeated:
        lines.append(f"Listings repeated on a later page, read once: {report.repeated:,}")
    if report.rows_joined:
        lines.append(f"Rows of one program joined (SU and MH): {report.rows_joined:,}")
    if report.mental_health_only:
        lines.append(
            "Mental-health-only listings left out (no substance use treatment, SA): "
            f"{report.mental_health_only:,}"
        )
    lines.append(f"Rejected listings: {len(report.rejected):,}")
    lines += [f"  {line}" for line in report.rejected[:REPORT_REJECTED_LIMIT]]
    if len(report.rejected) > REPORT_REJECTED_LIMIT:
        lines.append(f"  … and {len(report.rejected) - REPORT_REJECTED_LIMIT:,} more")
    if report.unknown_services:
        shown = list(report.unknown_services)[:REPORT_NAMES_LIMIT]
        more = ", …" if len(report.unknown_services) > REPORT_NAMES_LIMIT else ""
        lines.append(
            f"Service names not in the code table, ignored ({len(report.unknown_services)}): "
            f"{'; '.join(shown)}{more}"
        )
    iop = sum(1 for p in report.programs if p.offers_iop)
    lines.append(
        f"Directory now: {len(report.programs):,} programs, {iop:,} offering intensive "
        "outpatient (OIT); database updated in one transaction"
    )
    return "\n".join(lines)

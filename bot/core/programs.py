"""The treatment-program domain model and its stable identifiers; pure, no I/O."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Literal

GeoPrecision = Literal["zip", "address"]

IOP_CODE = "OIT"

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class ServiceCode:
    """One SAMHSA service code with its category and official meaning."""

    code: str
    category_code: str
    category_name: str
    name: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Program:
    """A treatment facility as listed in SAMHSA's directory, normalized."""

    id: str
    name: str
    street: str
    city: str
    state: str
    zip: str
    latitude: float
    longitude: float
    codes: frozenset[str]
    name2: str = ""
    street2: str = ""
    phone: str = ""
    intake_phones: tuple[str, ...] = ()
    geo_precision: GeoPrecision = "zip"
    website: str = ""
    source: str = ""

    @property
    def offers_iop(self) -> bool:
        """Whether SAMHSA lists intensive outpatient treatment (code OIT) here."""
        return IOP_CODE in self.codes

    @property
    def display_name(self) -> str:
        """The name with its second line, as a person would read it."""
        return f"{self.name} ({self.name2})" if self.name2 else self.name


def normalize_text(value: str) -> str:
    """Collapse runs of white space and strip the ends."""
    return _SPACES.sub(" ", value).strip()


def site_key(name: str, street: str, zip_code: str) -> str:
    """A case- and spacing-insensitive key for one site (several programs may share it)."""
    parts = (name, street, zip_code[:5])
    return "|".join(re.sub(r"[^a-z0-9]+", " ", p.lower()).strip() for p in parts)


def program_id(*fields: str) -> str:
    """A short stable id derived from a listing's identifying fields.

    The same listing gets the same id on every import, so saved lists and buttons keep working
    after the data is regenerated. Ten hex digits keep callback data short.
    """
    text = "\x1f".join(normalize_text(f).lower() for f in fields)
    return "p" + hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:10]


_PHONE_DIGITS = re.compile(r"\D+")
_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extension)\s*(\d+)\s*$", re.IGNORECASE)


def normalize_phone(raw: str) -> str:
    """Format a US phone number as 555-555-5555, keeping any extension as ' x123'.

    Numbers that are not ten digits (after a leading 1) are kept as written rather than guessed.
    """
    text = normalize_text(raw)
    if not text:
        return ""
    extension = ""
    match = _EXTENSION.search(text)
    if match:
        extension = f" x{match.group(1)}"
        text = text[: match.start()]
    digits = _PHONE_DIGITS.sub("", text)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        return normalize_text(raw)
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}{extension}"

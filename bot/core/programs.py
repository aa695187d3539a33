"""The treatment-program domain model and its stable identifiers; pure, no I/O."""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

GeoPrecision = Literal["zip", "address"]

IOP_CODE = "OIT"

_SPACES = re.compile(r"\s+")


class CodeSet(AbstractSet[str]):
    """An immutable set of service codes stored as the bits of one integer.

    A program lists about 70 of the 224 codes; as a frozenset that costs 4-8 KB per program,
    as bits about 100 bytes, and "does it offer any of these codes" is one AND. Each code gets
    its bit the first time it is seen in this process; bits are never stored.
    """

    __slots__ = ("_mask",)
    _bits: ClassVar[dict[str, int]] = {}
    _codes: ClassVar[list[str]] = []

    def __init__(self, codes: Iterable[str] = ()) -> None:
        mask = 0
        for code in codes:
            mask |= self._bit(code)
        self._mask = mask

    @classmethod
    def _bit(cls, code: str) -> int:
        bit = cls._bits.get(code)
        if bit is None:
            cls._codes.append(sys.intern(code))
            bit = cls._bits[code] = 1 << (len(cls._codes) - 1)
        return bit

    @classmethod
    def of(cls, codes: Iterable[str]) -> CodeSet:
        """The codes as a CodeSet (returned as is when already one)."""
        return codes if isinstance(codes, CodeSet) else cls(codes)

    def __contains__(self, code: object) -> bool:
        bit = self._bits.get(code) if isinstance(code, str) else None
        return bit is not None and bool(self._mask & bit)

    def __iter__(self) -> Iterator[str]:
        mask, index = self._mask, 0
        while mask:
            if mask & 1:
                yield self._codes[index]
            mask >>= 1
            index += 1

    def __len__(self) -> int:
        return self._mask.bit_count()

    def __hash__(self) -> int:
        return hash(frozenset(self))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CodeSet):
            return self._mask == other._mask
        return super().__eq__(other)

    def isdisjoint(self, other: Iterable[Any]) -> bool:
        """Whether no code is in both (one AND when both are CodeSets)."""
        if isinstance(other, CodeSet):
            return not self._mask & other._mask
        return super().isdisjoint(other)

    def __repr__(self) -> str:
        return f"CodeSet({sorted(self)!r})"


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
    codes: AbstractSet[str]
    name2: str = ""
    street2: str = ""
    phone: str = ""
    intake_phones: tuple[str, ...] = ()
    geo_precision: GeoPrecision = "zip"
    website: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "codes", CodeSet.of(self.codes))

    @property
    def offers_iop(self) -> bool:
        """Whether SAMHSA lists intensive outpatient treatment (code OIT) here."""
        return IOP_CODE in self.codes

    @property
    def display_name(self) -> str:
        """The name with its second line, as a person would read it."""
        return f"{self.name} ({self.name2})" if self.name2 else self.name


def code_set(codes: str) -> CodeSet:
    """The service codes in a space-separated string."""
    return CodeSet(codes.split())


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

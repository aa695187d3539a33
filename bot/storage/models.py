"""SQLModel tables: the program directory, its service codes, and what was loaded when."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime
from sqlmodel import Field, SQLModel


class ProgramRecord(SQLModel, table=True):
    """One program of the directory, as in data/programs.csv."""

    __tablename__ = "program"

    id: str = Field(primary_key=True, max_length=24)
    name: str
    name2: str = ""
    street: str = ""
    street2: str = ""
    city: str = ""
    state: str = Field(index=True, max_length=2)
    zip: str = Field(index=True, max_length=5)
    phone: str = ""
    intake_phones: str = ""
    latitude: float
    longitude: float
    geo_precision: str = Field(default="zip", max_length=8)
    website: str = ""
    codes: str = ""
    source: str = ""


class ServiceCodeRecord(SQLModel, table=True):
    """One SAMHSA service code and its official meaning."""

    __tablename__ = "service_code"

    code: str = Field(primary_key=True, max_length=16)
    category_code: str
    category_name: str
    name: str
    description: str = ""


class DatasetRecord(SQLModel, table=True):
    """Which version of a shipped data file the database holds (by checksum)."""

    __tablename__ = "dataset"

    name: str = Field(primary_key=True, max_length=32)
    sha256: str = Field(max_length=64)
    rows: int
    loaded_at: datetime = Field(sa_type=DateTime(timezone=True))


class ZipAreaRecord(SQLModel, table=True):
    """One US ZIP code's centroid and names, copied from the offline ZIP package once."""

    __tablename__ = "zip_area"

    zip: str = Field(primary_key=True, max_length=5)
    city: str
    state: str = Field(max_length=2)
    latitude: float
    longitude: float
    timezone: str = ""
    kind: str = ""
    other_cities: str = ""


class ConversationRecord(SQLModel, table=True):
    """One chat's dialogue state, versioned so two workers never overwrite each other."""

    __tablename__ = "conversation"

    key: str = Field(primary_key=True, max_length=64)
    state: str
    version: int = 0
    updated_at: datetime = Field(sa_type=DateTime(timezone=True), index=True)
    # The last Telegram update applied, so a second delivery of it is not applied twice.
    last_update_id: int | None = Field(default=None, sa_type=BigInteger)


class ReminderRecord(SQLModel, table=True):
    """A pending reminder, mirrored from its conversation so a scheduler can find it."""

    __tablename__ = "reminder"

    key: str = Field(primary_key=True, max_length=64)  # conversation key
    reminder_id: str = Field(primary_key=True, max_length=16)
    address: str = Field(max_length=64)  # where to deliver it, e.g. "tg:<chat id>"
    due_at: datetime = Field(sa_type=DateTime(timezone=True), index=True)
    claimed_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    sent_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class ListingReportRecord(SQLModel, table=True):
    """A report that a listing is wrong; it holds nothing that identifies the reporter."""

    __tablename__ = "listing_report"

    id: int | None = Field(default=None, primary_key=True)
    program_id: str = Field(index=True, max_length=24)
    kind: str = Field(max_length=16)
    details: str = ""
    reported_at: datetime = Field(sa_type=DateTime(timezone=True))


class SetAsideConversationRecord(SQLModel, table=True):
    """A stored conversation that could not be read, kept aside (not dropped) for a maintainer;
    deleted with the other conversations after the retention period."""

    __tablename__ = "conversation_set_aside"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True, max_length=64)
    state: str
    reason: str = Field(default="", max_length=120)
    set_aside_at: datetime = Field(sa_type=DateTime(timezone=True), index=True)


class LiveKeyboardRecord(SQLModel, table=True):
    """Which bot message in a chat still shows buttons to answer with (an adapter's own note):
    its number only, never its text; forgotten with the chat's conversation."""

    __tablename__ = "live_keyboard"

    key: str = Field(primary_key=True, max_length=64)  # conversation key
    message_id: int = Field(sa_type=BigInteger)
    updated_at: datetime = Field(sa_type=DateTime(timezone=True), index=True)

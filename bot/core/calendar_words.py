"""Dates and times in each language's own words and order, from CLDR (Babel): a language the
catalog gains needs no weekday or month names of its own."""

from __future__ import annotations

from datetime import datetime

from babel.dates import format_skeleton, format_time, get_day_names

# CLDR writes "10:00 AM" with a narrow no-break space; a plain one reads the same everywhere.
_NARROW_SPACE = "\u202f"


def weekday(moment: datetime, language: str) -> str:
    """The day of the week in words ("Friday", "viernes")."""
    return str(get_day_names("wide", locale=language)[moment.weekday()])


def day_and_month(moment: datetime, language: str) -> str:
    """The date without the year ("November 27", "27 de noviembre")."""
    return format_skeleton("MMMMd", moment, locale=language)


def clock(moment: datetime, language: str) -> str:
    """The time as the language writes it ("9:00 AM", "9:00")."""
    return format_time(moment, "short", locale=language).replace(_NARROW_SPACE, " ")

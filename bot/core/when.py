"""When to remind someone: presets and typed times, in the person's own time zone; pure.

The current time is always passed in; results are timezone-aware UTC datetimes.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MORNING = time(9, 0)
AFTERNOON = time(14, 0)
EVENING = time(18, 0)

# Time zones offered when a person's place does not tell us theirs.
TIME_ZONES = {
    "eastern": "America/New_York",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "arizona": "America/Phoenix",
    "pacific": "America/Los_Angeles",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "atlantic": "America/Puerto_Rico",
}

_WEEKDAYS = {
    "monday": 0, "mon": 0, "lunes": 0,
    "tuesday": 1, "tue": 1, "tues": 1, "martes": 1,
    "wednesday": 2, "wed": 2, "miercoles": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "jueves": 3,
    "friday": 4, "fri": 4, "viernes": 4,
    "saturday": 5, "sat": 5, "sabado": 5,
    "sunday": 6, "sun": 6, "domingo": 6,
}  # fmt: skip
_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.?m\.?|p\.?m\.?)?(?!\d)")
_IN = re.compile(
    r"\b(?:in|en)\s+(\d{1,3})\s*(min|minute|minutes|minutos?|h|hr|hrs|hour|hours|horas?)\b"
)


def zone(name: str) -> ZoneInfo | None:
    """The IANA zone of that name, or None when it is unknown here."""
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def _at(day: datetime, clock: time, tz: ZoneInfo) -> datetime:
    local = datetime.combine(day.date(), clock, tzinfo=tz)
    return local.astimezone(UTC)


def preset(name: str, now: datetime, tz: ZoneInfo) -> datetime | None:
    """The moment of a preset: "tomorrow_morning", "tomorrow_afternoon", "in_1_hour", …."""
    local = now.astimezone(tz)
    tomorrow = local + timedelta(days=1)
    if name == "in_1_hour":
        return (now + timedelta(hours=1)).astimezone(UTC)
    if name == "tomorrow_morning":
        return _at(tomorrow, MORNING, tz)
    if name == "tomorrow_afternoon":
        return _at(tomorrow, AFTERNOON, tz)
    if name == "monday_morning":
        days = (7 - local.weekday()) % 7 or 7
        return _at(local + timedelta(days=days), MORNING, tz)
    return None


def parse_when(text: str, now: datetime, tz: ZoneInfo) -> datetime | None:
    """A typed time ("tomorrow 10am", "friday 3pm", "in 2 hours", "5:30 pm") as UTC.

    Without a day, a time later today is today, an earlier one tomorrow. Returns None when
    nothing recognisable is there, or when the moment would be in the past.
    """
    said = _plain(text)[:80]
    if not said:
        return None
    relative = _IN.search(said)
    if relative:
        amount = int(relative.group(1))
        minutes = amount if relative.group(2).startswith("min") else amount * 60
        if not 0 < minutes <= 60 * 24 * 14:
            return None
        return (now + timedelta(minutes=minutes)).astimezone(UTC)
    local = now.astimezone(tz)
    day = None
    if re.search(r"\b(today|hoy|tonight|esta noche)\b", said):
        day = local
    elif re.search(r"\b(tomorrow|tmrw|tomorow|manana)\b", said):
        day = local + timedelta(days=1)
    else:
        for word, weekday in _WEEKDAYS.items():
            if re.search(rf"\b{word}\b", said):
                days = (weekday - local.weekday()) % 7 or 7
                day = local + timedelta(days=days)
                break
    clock = _clock(said)
    if clock is None:
        if day is None:
            return None
        clock = (
            EVENING
            if re.search(r"\b(tonight|noche|evening)\b", said)
            else (AFTERNOON if re.search(r"\b(afternoon|tarde)\b", said) else MORNING)
        )
    if day is None:
        day = (
            local
            if datetime.combine(local.date(), clock, tzinfo=tz) > local
            else (local + timedelta(days=1))
        )
    moment = _at(day, clock, tz)
    return moment if moment > now else None


_AT_HOUR = re.compile(r"\b(?:at|a las|a la)\s+(\d{1,2})\b(?!\s*:)")


def _clock(said: str) -> time | None:
    at_hour = _AT_HOUR.search(said)
    if at_hour and not re.search(r"\b(am|pm|a\.?m|p\.?m)\b", said):
        hour = int(at_hour.group(1))
        if 1 <= hour <= 12:
            # Office hours: "at 10" is the morning, "at 3" the afternoon.
            return time(hour if hour >= 7 else hour + 12, 0)
    for match in _CLOCK.finditer(said):
        hour, minute, meridiem = int(match.group(1)), int(match.group(2) or 0), match.group(3)
        if meridiem is None and match.group(2) is None:
            continue  # a bare number ("3") is not read as a time: "in 3 days", "monday 3rd"
        if minute > 59 or hour > 23:
            continue
        if meridiem:
            if hour == 0 or hour > 12:
                continue
            pm = meridiem.startswith("p")
            hour = hour % 12 + (12 if pm else 0)
        return time(hour, minute)
    return None

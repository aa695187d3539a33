"""When to remind someone: presets and typed times, in the person's own time zone; pure.

The current time is always passed in; results are timezone-aware UTC datetimes.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MORNING = time(9, 0)
NOON = time(12, 0)
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
_MONTHS = {
    "january": 1, "jan": 1, "enero": 1, "february": 2, "feb": 2, "febrero": 2,
    "march": 3, "mar": 3, "marzo": 3, "april": 4, "apr": 4, "abril": 4, "may": 5, "mayo": 5,
    "june": 6, "jun": 6, "junio": 6, "july": 7, "jul": 7, "julio": 7,
    "august": 8, "aug": 8, "agosto": 8, "september": 9, "sep": 9, "sept": 9, "septiembre": 9,
    "october": 10, "oct": 10, "octubre": 10, "november": 11, "nov": 11, "noviembre": 11,
    "december": 12, "dec": 12, "diciembre": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "dec 10", "december 10th", "10 de diciembre", "10 dec"; the month as a word, always.
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?P<m2>{_MONTH}))\b"
)
# "12/10" in the US order, month first; a year after it is allowed and ignored.
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/\d{2,4})?\b")
# "mañana" is tomorrow, but "en la mañana", "por la mañana" and "de la mañana" are the morning.
_MORNING_ES = re.compile(r"\b(?:en|por|de|a)\s+la\s+manana\b")
_NOON = re.compile(r"\b(noon|midday|mediodia|medio dia)\b")
_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.?m\.?|p\.?m\.?)?(?!\d)")
_IN = re.compile(
    r"\b(?:in|en|dentro de)\s+(\d{1,3}|a|an|one|two|three|un|una|dos|tres)\s*"
    r"(min|mins|minute|minutes|minutos?|h|hr|hrs|hour|hours|horas?|d|day|days|dias?"
    r"|w|wk|wks|week|weeks|semanas?)\b"
)
_AMOUNTS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "un": 1,
    "una": 1,
    "two": 2,
    "dos": 2,
    "three": 3,
    "tres": 3,
}
_MINUTES_PER = {"min": 1, "h": 60, "d": 60 * 24, "w": 60 * 24 * 7, "s": 60 * 24 * 7}


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

    Also noon, parts of the day ("monday morning", "el lunes en la mañana"), dates ("dec 10
    2pm", "10 de diciembre", "12/10") and days or weeks from now ("in 3 days"). Without a day,
    a time later today is today, an earlier one tomorrow. Returns None when nothing
    recognisable is there, or when the moment would be in the past.
    """
    said = _plain(text)[:80]
    if not said:
        return None
    relative = _relative(said, now)
    if relative is not None:
        return relative if relative > now else None
    local = now.astimezone(tz)
    morning_es = bool(_MORNING_ES.search(said))
    day = _day(_MORNING_ES.sub(" morning ", said), local)
    clock = _clock(said)
    if clock is None:
        part = _part_of_day(said, morning_es)
        if day is None and part is None:
            return None
        clock = part or MORNING
    if day is None:
        day = (
            local
            if datetime.combine(local.date(), clock, tzinfo=tz) > local
            else (local + timedelta(days=1))
        )
    moment = _at(day, clock, tz)
    return moment if moment > now else None


def _relative(said: str, now: datetime) -> datetime | None:
    """ "in 2 hours", "in 3 days", "en una semana": a moment from now, within 60 days."""
    relative = _IN.search(said)
    if relative is None:
        return None
    count = relative.group(1)
    amount = int(count) if count.isdigit() else _AMOUNTS[count]
    unit = relative.group(2)
    per = _MINUTES_PER["min"] if unit.startswith("min") else _MINUTES_PER.get(unit[0], 60)
    minutes = amount * per
    if not 0 < minutes <= 60 * 24 * 60:
        return None
    return (now + timedelta(minutes=minutes)).astimezone(UTC)


def _day(said: str, local: datetime) -> datetime | None:
    """The day a phrase names: today, tomorrow, a weekday, or a date; None when none."""
    if re.search(r"\b(today|hoy|tonight|esta noche)\b", said):
        return local
    if re.search(r"\b(tomorrow|tmrw|tmr|tomorow|tomorrrow|manana)\b", said):
        return local + timedelta(days=1)
    date = _date(said, local)
    if date is not None:
        return date
    for word, weekday in _WEEKDAYS.items():
        if re.search(rf"\b{word}\b", said):
            days = (weekday - local.weekday()) % 7 or 7
            return local + timedelta(days=days)
    return None


def _date(said: str, local: datetime) -> datetime | None:
    """A month and a day ("dec 10", "10 de diciembre", "12/10"), this year or next."""
    named = _DATE.search(said)
    if named:
        month = _MONTHS[named.group("m1") or named.group("m2")]
        day = int(named.group("d1") or named.group("d2"))
    else:
        slashed = _SLASHED.search(said)
        if slashed is None:
            return None
        month, day = int(slashed.group(1)), int(slashed.group(2))
    for year in (local.year, local.year + 1):
        try:
            candidate = local.replace(year=year, month=month, day=day)
        except ValueError:
            return None  # no such day ("feb 30", "13/40")
        if candidate.date() >= local.date():
            return candidate
    return None


def _part_of_day(said: str, morning_es: bool) -> time | None:
    """Noon, morning, afternoon or evening, when the phrase names a part of the day."""
    if _NOON.search(said):
        return NOON
    if morning_es or re.search(r"\b(morning|mornings)\b", said):
        return MORNING
    if re.search(r"\b(afternoon|tarde)\b", said):
        return AFTERNOON
    if re.search(r"\b(tonight|noche|evening)\b", said):
        return EVENING
    return None


_CLOCK_WORDS = re.compile(r"\d{1,2}\s*(?::\d{2}|am|pm|a\.?m|p\.?m)")
_AT_HOUR = re.compile(r"\b(?:at|a las|a la)\s+(\d{1,2})\b(?!\s*:)")


def _clock(said: str) -> time | None:
    if _NOON.search(said) and not _CLOCK_WORDS.search(said):
        return NOON
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

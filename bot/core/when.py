"""When to remind someone: presets and typed times, in the person's own time zone; pure.

The current time is always passed in; results are timezone-aware UTC datetimes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Moment:
    """A typed time read as one moment, with what the confirmation should spell out."""

    at: datetime  # UTC
    numeric_date: str = ""  # a date typed in numbers ("10/12"), read month first
    next_week: bool = False  # a weekday that is today, taken as next week's


@dataclass(frozen=True, slots=True)
class Unclear:
    """An hour without am or pm or a part of the day: the two moments it may mean."""

    clock: str  # the hour as typed: "7", "7:30"
    morning: datetime  # UTC
    evening: datetime  # UTC, twelve hours later on the clock


@dataclass(frozen=True, slots=True)
class Past:
    """A typed time that has already gone by."""

    at: datetime  # UTC


TypedTime = Moment | Unclear | Past


def parse_when(text: str, now: datetime, tz: ZoneInfo) -> datetime | None:
    """A typed time ("tomorrow 10am", "friday 3pm", "in 2 hours", "5:30 pm") as UTC; None
    when it is not one clear moment from now on (see ``read_when``)."""
    reading = read_when(text, now, tz)
    return reading.at if isinstance(reading, Moment) else None


def read_when(text: str, now: datetime, tz: ZoneInfo) -> TypedTime | None:
    """What a typed time means, in the person's zone: a moment, two moments to choose from, a
    moment already gone, or None when nothing recognisable is there.

    Also noon, parts of the day ("monday morning", "el lunes en la mañana"), dates ("dec 10
    2pm", "10 de diciembre", "12/10" month first) and days or weeks from now ("in 3 days").
    The rules, so that nothing is guessed silently:
    - without a day, a time later today is today, an earlier one tomorrow;
    - an hour from 1 to 11 without am, pm or a part of the day ("at 7", "a las 8") is asked
      about, unless only one of its two readings is still ahead;
    - a weekday that is today ("monday" on a Monday) is today only when a time still ahead
      today is given, otherwise next week's;
    - a date gone by this year is next year's when that is within six months, else it is past.
    """
    said = _plain(text)[:80]
    if not said:
        return None
    relative = _relative(said, now)
    if relative is not None:
        return Moment(relative) if relative > now else None
    local = now.astimezone(tz)
    morning_es = bool(_MORNING_ES.search(said))
    day = _day(_MORNING_ES.sub(" morning ", said), local)
    clock = _clock(said)
    part = _part_of_day(said, morning_es)
    if clock is None:
        if day is None and part is None:
            return None
        return _moment(day, part or MORNING, now, tz, told=part is not None)
    hour, minute, typed = clock
    if hour is None:  # no am or pm
        if part is None:
            return _either(day, typed, now, tz)
        hour = _with_part(int(typed.split(":")[0]), part)
    return _moment(day, time(hour, minute), now, tz, told=True)


@dataclass(frozen=True, slots=True)
class _Day:
    """The day a phrase names, and how it was named."""

    date: datetime  # local
    weekday_today: bool = False  # a weekday that is today's
    numeric: str = ""  # the date as typed in numbers


def _moment(
    day: _Day | None, clock: time, now: datetime, tz: ZoneInfo, *, told: bool
) -> TypedTime:
    """The moment of a clock time on a day; ``told``: the person gave the time themselves."""
    local = now.astimezone(tz)
    if day is None:
        today = _at(local, clock, tz)
        return Moment(today if today > now else _at(local + timedelta(days=1), clock, tz))
    moment = _at(day.date, clock, tz)
    if day.weekday_today and not (told and moment > now):
        return Moment(_at(day.date + timedelta(days=7), clock, tz), next_week=True)
    if moment <= now:
        return Past(moment)
    return Moment(moment, numeric_date=day.numeric)


def _either(day: _Day | None, typed: str, now: datetime, tz: ZoneInfo) -> TypedTime:
    """An hour without am or pm: ask, unless only one reading is still ahead."""
    hour, _, minute = typed.partition(":")
    readings = [
        _moment(day, time(h, int(minute or 0)), now, tz, told=True)
        for h in (int(hour) % 12, int(hour) % 12 + 12)
    ]
    ahead = [r for r in readings if isinstance(r, Moment)]
    if len(ahead) == 2:
        return Unclear(typed, ahead[0].at, ahead[1].at)
    return ahead[0] if ahead else readings[-1]


def _with_part(hour: int, part: time) -> int:
    """A bare hour read with the part of the day named: "8 de la noche" is 20:00."""
    if part == MORNING:
        return hour % 12
    if part == NOON:
        return 12 if hour == 12 else hour
    return hour % 12 + 12


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


def _day(said: str, local: datetime) -> _Day | None:
    """The day a phrase names: today, tomorrow, a weekday, or a date; None when none."""
    if re.search(r"\b(today|hoy|tonight|esta noche)\b", said):
        return _Day(local)
    if re.search(r"\b(tomorrow|tmrw|tmr|tomorow|tomorrrow|manana)\b", said):
        return _Day(local + timedelta(days=1))
    date = _date(said, local)
    if date is not None:
        return date
    for word, weekday in _WEEKDAYS.items():
        if re.search(rf"\b{word}\b", said):
            days = (weekday - local.weekday()) % 7
            return _Day(local + timedelta(days=days), weekday_today=days == 0)
    return None


# A date gone by this year is read as next year's only this far ahead.
NEXT_YEAR_WITHIN = timedelta(days=183)


def _date(said: str, local: datetime) -> _Day | None:
    """A month and a day ("dec 10", "10 de diciembre", "12/10"), this year or next.

    A numeric date is month first (the US order); when only day first is a real date
    ("25/12"), it is read that way.
    """
    numeric = ""
    named = _DATE.search(said)
    if named:
        month = _MONTHS[named.group("m1") or named.group("m2")]
        day = int(named.group("d1") or named.group("d2"))
    else:
        slashed = _SLASHED.search(said)
        if slashed is None:
            return None
        month, day = int(slashed.group(1)), int(slashed.group(2))
        numeric = slashed.group(0)
        if month > 12 >= day:
            month, day = day, month
    try:
        this_year = local.replace(month=month, day=day)
    except ValueError:
        return None  # no such day ("feb 30", "13/40")
    if this_year.date() >= local.date():
        return _Day(this_year, numeric=numeric)
    try:
        next_year = local.replace(year=local.year + 1, month=month, day=day)
    except ValueError:
        return _Day(this_year, numeric=numeric)  # February 29 gone by
    if next_year - local <= NEXT_YEAR_WITHIN:
        return _Day(next_year, numeric=numeric)
    return _Day(this_year, numeric=numeric)  # gone by: said to be past, not a year ahead


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
_WEEKDAY = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_PARTS = r"morning|afternoon|evening|night|manana|tarde|noche"
# An hour without minutes, am or pm, where it can only be an hour: "at 7", "a las 8",
# "friday 7", "7 in the evening", "8 de la noche" (not "monday 3rd", "dec 10", "12/10").
_BARE_HOUR = re.compile(
    rf"(?:\b(?:at|a las|a la)\s+"
    rf"|\b(?:today|tonight|tomorrow|tmrw|tmr|manana|hoy|{_WEEKDAY})\s+)"
    rf"(\d{{1,2}})\b(?!\s*(?:st|nd|rd|th)\b|\s*[/:]|\s+(?:de\s+|of\s+)?(?:{_MONTH})\b)"
    rf"|\b(\d{{1,2}})\s+(?:in the|de la|en la|por la|at)\s+(?:{_PARTS})\b"
)

# (hour, minute, as typed); the hour is None when it could be am or pm.
_Clock = tuple[int | None, int, str]


def _clock(said: str) -> _Clock | None:
    """The time of day typed, if any: exact with am, pm, minutes past 12 or a leading zero."""
    if _NOON.search(said) and not _CLOCK_WORDS.search(said):
        return (12, 0, "12")
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
            return (hour % 12 + (12 if pm else 0), minute, match.group(0))
        typed = f"{hour}:{match.group(2)}"
        # "07:30" and "19:30" are a 24-hour clock; "7:30" may be either.
        unclear = 1 <= hour <= 11 and not match.group(1).startswith("0")
        return (None if unclear else hour, minute, typed)
    bare = _BARE_HOUR.search(said)
    if bare is None:
        return None
    hour = int(bare.group(1) or bare.group(2))
    if 1 <= hour <= 11:
        return (None, 0, str(hour))
    if 12 <= hour <= 23:
        return (hour, 0, str(hour))  # 12 is noon; 13 to 23 a 24-hour clock
    return None

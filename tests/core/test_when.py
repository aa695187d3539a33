"""Typed times mean what people mean, in English and Spanish, in their own time zone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.when import Moment, Past, Unclear, parse_when, read_when, zone

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # Thursday, 10:00 in New York
EASTERN = zone("America/New_York")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("el lunes en la mañana", "Mon 2026-11-30 09:00"),
        ("lunes por la tarde", "Mon 2026-11-30 14:00"),
        ("mañana en la mañana", "Fri 2026-11-27 09:00"),
        ("mañana", "Fri 2026-11-27 09:00"),
        ("monday morning", "Mon 2026-11-30 09:00"),
        ("tmrw noon", "Fri 2026-11-27 12:00"),
        ("noon", "Thu 2026-11-26 12:00"),
        ("mañana al mediodía", "Fri 2026-11-27 12:00"),
        ("dec 10 2pm", "Thu 2026-12-10 14:00"),
        ("December 10th at 2:30 pm", "Thu 2026-12-10 14:30"),
        ("10 de diciembre", "Thu 2026-12-10 09:00"),
        ("12/10 3pm", "Thu 2026-12-10 15:00"),
        ("jan 5", "Tue 2027-01-05 09:00"),
        ("in 3 days", "Sun 2026-11-29 10:00"),
        ("en una semana", "Thu 2026-12-03 10:00"),
        ("in 2 hours", "Thu 2026-11-26 12:00"),
        ("friday 3pm", "Fri 2026-11-27 15:00"),
        ("tonight", "Thu 2026-11-26 18:00"),
    ],
)
def test_a_typed_time_is_the_moment_people_mean(typed: str, expected: str) -> None:
    assert EASTERN is not None

    moment = parse_when(typed, NOW, EASTERN)

    assert moment is not None
    assert moment.astimezone(EASTERN).strftime("%a %Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize("typed", ["feb 30", "13/40", "purple", "in 9999 hours", "in 0 days"])
def test_what_is_no_moment_is_not_guessed(typed: str) -> None:
    assert EASTERN is not None

    assert parse_when(typed, NOW, EASTERN) is None


def read(typed: str, now: datetime = NOW) -> Moment | Unclear | Past | None:
    assert EASTERN is not None
    return read_when(typed, now, EASTERN)


def local(moment: datetime) -> str:
    return moment.astimezone(EASTERN).strftime("%a %Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    ("typed", "morning", "evening"),
    [
        ("at 7", "Fri 2026-11-27 07:00", "Thu 2026-11-26 19:00"),
        ("a las 8", "Fri 2026-11-27 08:00", "Thu 2026-11-26 20:00"),
        ("tomorrow at 7", "Fri 2026-11-27 07:00", "Fri 2026-11-27 19:00"),
        ("friday 6", "Fri 2026-11-27 06:00", "Fri 2026-11-27 18:00"),
        ("7:30", "Fri 2026-11-27 07:30", "Thu 2026-11-26 19:30"),
    ],
    ids=["at-7", "a-las-8", "tomorrow-at-7", "weekday-hour", "minutes"],
)
def test_an_hour_without_am_or_pm_is_asked_about_with_both_moments(
    typed: str, morning: str, evening: str
) -> None:
    reading = read(typed)

    assert isinstance(reading, Unclear)
    assert (local(reading.morning), local(reading.evening)) == (morning, evening)
    assert reading.clock == typed.split()[-1]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("at 7 in the evening", "Thu 2026-11-26 19:00"),
        ("a las 8 de la noche", "Thu 2026-11-26 20:00"),
        ("mañana a las 7 de la mañana", "Fri 2026-11-27 07:00"),
        ("tonight at 8", "Thu 2026-11-26 20:00"),
        ("today at 7", "Thu 2026-11-26 19:00"),  # 7 this morning has gone by
        ("19:30", "Thu 2026-11-26 19:30"),
        ("07:30", "Fri 2026-11-27 07:30"),
        ("at 12", "Thu 2026-11-26 12:00"),
        ("at 15", "Thu 2026-11-26 15:00"),
    ],
)
def test_an_hour_with_a_part_of_the_day_or_a_24_hour_clock_is_one_moment(
    typed: str, expected: str
) -> None:
    reading = read(typed)

    assert isinstance(reading, Moment)
    assert local(reading.at) == expected


@pytest.mark.parametrize(
    ("typed", "expected", "next_week"),
    [
        ("thursday", "Thu 2026-12-03 09:00", True),
        ("jueves", "Thu 2026-12-03 09:00", True),
        ("thursday 9am", "Thu 2026-12-03 09:00", True),  # 9 this morning has gone by
        ("thursday 3pm", "Thu 2026-11-26 15:00", False),
        ("thursday afternoon", "Thu 2026-11-26 14:00", False),
        ("friday", "Fri 2026-11-27 09:00", False),
    ],
)
def test_a_weekday_that_is_today_is_next_weeks_unless_a_later_time_today_is_given(
    typed: str, expected: str, next_week: bool
) -> None:
    reading = read(typed)

    assert isinstance(reading, Moment)
    assert local(reading.at) == expected
    assert reading.next_week is next_week


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("12/10", "Thu 2026-12-10 09:00"), ("1/5 3pm", "Tue 2027-01-05 15:00")],
)
def test_a_numeric_date_is_month_first_and_remembered_as_typed(typed: str, expected: str) -> None:
    reading = read(typed)

    assert isinstance(reading, Moment)
    assert local(reading.at) == expected
    assert reading.numeric_date == typed.split()[0]


def test_a_numeric_date_that_is_only_real_day_first_is_read_day_first() -> None:
    reading = read("25/12")

    assert isinstance(reading, Moment)
    assert local(reading.at) == "Fri 2026-12-25 09:00"


@pytest.mark.parametrize(
    ("typed", "gone"),
    [
        ("today 9am", "Thu 2026-11-26 09:00"),
        ("nov 25", "Wed 2026-11-25 09:00"),
        ("10/12", "Mon 2026-10-12 09:00"),
        ("hoy a las 8 de la mañana", "Thu 2026-11-26 08:00"),
    ],
)
def test_a_time_gone_by_is_past_not_moved_to_another_day(typed: str, gone: str) -> None:
    reading = read(typed)

    assert isinstance(reading, Past)
    assert local(reading.at) == gone


def test_tonight_after_the_evening_has_begun_is_past() -> None:
    late = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)  # Thursday, 20:00 in New York

    assert isinstance(read("tonight", late), Past)


def test_a_date_gone_by_within_half_a_year_ago_is_still_read_as_next_years() -> None:
    reading = read("jan 5")

    assert isinstance(reading, Moment)
    assert local(reading.at) == "Tue 2027-01-05 09:00"


def test_the_moment_alone_is_none_when_it_is_unclear_or_past() -> None:
    assert EASTERN is not None

    assert parse_when("at 7", NOW, EASTERN) is None
    assert parse_when("today 9am", NOW, EASTERN) is None

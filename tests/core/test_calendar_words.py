"""Dates and times read in each language's own words and order."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core import calendar_words

FRIDAY_MORNING = datetime(2026, 11, 27, 9, 5)
MONDAY_EVENING = datetime(2026, 12, 7, 18, 30)


@pytest.mark.parametrize(
    ("language", "moment", "weekday", "date", "clock"),
    [
        ("en", FRIDAY_MORNING, "Friday", "November 27", "9:05 AM"),
        ("en", MONDAY_EVENING, "Monday", "December 7", "6:30 PM"),
        ("es", FRIDAY_MORNING, "viernes", "27 de noviembre", "9:05"),
        ("es", MONDAY_EVENING, "lunes", "7 de diciembre", "18:30"),
        # A language with no texts of its own yet still gets its dates right.
        ("fr", MONDAY_EVENING, "lundi", "7 décembre", "18:30"),
    ],
)
def test_a_moment_reads_in_the_language_of_the_conversation(
    language: str, moment: datetime, weekday: str, date: str, clock: str
) -> None:
    assert calendar_words.weekday(moment, language) == weekday
    assert calendar_words.day_and_month(moment, language) == date
    assert calendar_words.clock(moment, language) == clock


def test_the_clock_uses_a_plain_space_before_am_and_pm() -> None:
    assert "\u202f" not in calendar_words.clock(FRIDAY_MORNING, "en")

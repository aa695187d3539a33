"""Replies wrapped to a terminal's width: at spaces only, lists still readable, nothing lost."""

from __future__ import annotations

import pytest

from bot.console.terminal import display_width, wrap_line, wrap_text

CARD = "\n".join(
    [
        "IOPs within 25 miles of 15217 (Pittsburgh, PA): 1–4 of 31.",
        "",
        "1. Gateway Rehab (Squirrel Hill) and its long name for an intensive program",
        "Intake: 800-472-1177 x1; 412-697-0928 x1234",
        "Website: https://www.example.org/treatment/intensive-outpatient-program-pittsburgh",
        "What next?",
        "  12. Add online programs that meet by video in the evening",
        "  5. [x] Evenings after work, weekdays or the weekend",
        "  (Type a number or words.)",
    ]
)


@pytest.mark.parametrize("width", [20, 40, 72], ids=["20", "40", "72"])
def test_no_wrapped_line_is_wider_than_the_window_unless_it_is_one_long_word(width: int) -> None:
    for line in wrap_text(CARD, width).split("\n"):
        assert display_width(line) <= width or " " not in line.strip(), line


@pytest.mark.parametrize("width", [20, 40, 72], ids=["20", "40", "72"])
def test_wrapping_keeps_every_word_whole_and_in_order(width: int) -> None:
    assert wrap_text(CARD, width).split() == CARD.split()


def test_a_line_that_fits_and_blank_lines_are_left_exactly_as_they_are() -> None:
    text = "Where should I look?\n\n  1.  Online only  "

    assert wrap_text(text, 40) == text


def test_a_numbered_option_continues_under_its_text_not_under_its_number() -> None:
    wrapped = wrap_line("  12. Add online programs that meet by video in the evening", 30)

    assert wrapped == [
        "  12. Add online programs that",
        "      meet by video in the",
        "      evening",
    ]


def test_a_ticked_choice_continues_under_its_label() -> None:
    wrapped = wrap_line("  5. [x] Evenings after work, weekdays or the weekend", 30)

    assert wrapped[0].startswith("  5. [x] Evenings")
    assert all(line.startswith(" " * 9) for line in wrapped[1:])


def test_a_phone_number_and_its_extension_stay_on_one_line() -> None:
    # At 24 columns "Call now at 800-472-1177" would just fit, leaving "x1" to the next line.
    wrapped = wrap_line("Call now at 800-472-1177 x1 please", 24)

    assert wrapped == ["Call now at", "800-472-1177 x1 please"]


def test_a_url_longer_than_the_window_gets_a_line_of_its_own_and_is_not_cut() -> None:
    url = "https://www.example.org/treatment/intensive-outpatient-program"
    wrapped = wrap_line(f"Website: {url} (listed)", 30)

    assert wrapped == ["Website:", url, "(listed)"]


def test_wide_characters_count_as_two_columns() -> None:
    wrapped = wrap_line("⏰ ⏰ ⏰ ⏰ ⏰ ⏰ ⏰", 10)

    assert display_width("⏰") == 2
    assert all(display_width(line) <= 10 for line in wrapped)
    assert wrapped == ["⏰ ⏰ ⏰", "⏰ ⏰ ⏰", "⏰"]

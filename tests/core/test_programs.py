"""The program model: code sets, stable ids, phone numbers."""

from __future__ import annotations

import pytest

from bot.core.programs import CodeSet, normalize_phone, program_id, site_key
from tests.builders import a_program


def test_a_code_set_behaves_like_a_set_of_strings() -> None:
    codes = CodeSet(["OIT", "MD", "SA", "MD"])

    assert len(codes) == 3
    assert "OIT" in codes
    assert "MC" not in codes
    not_a_code: object = 42
    assert not_a_code not in codes
    assert codes == {"SA", "OIT", "MD"}
    assert codes == frozenset({"SA", "OIT", "MD"})
    assert codes != {"SA", "OIT"}
    assert hash(codes) == hash(frozenset({"SA", "OIT", "MD"}))
    assert sorted(codes) == ["MD", "OIT", "SA"]


def test_disjointness_is_answered_for_code_sets_and_plain_sets() -> None:
    codes = CodeSet(["OIT", "MD"])

    assert not codes.isdisjoint(CodeSet(["MD", "MC"]))
    assert codes.isdisjoint(CodeSet(["MC"]))
    assert codes.isdisjoint({"NEVER_SEEN_CODE"})
    assert not codes.isdisjoint(["OIT"])


def test_a_program_given_a_frozenset_holds_a_code_set() -> None:
    program = a_program(codes=frozenset({"OIT", "TELE"}))

    assert isinstance(program.codes, CodeSet)
    assert program.offers_iop


def test_the_same_listing_always_gets_the_same_id() -> None:
    first = program_id("Gateway Rehab", "Squirrel Hill", "5818 Forbes Avenue", "", "Pittsburgh")
    again = program_id("gateway  rehab", "Squirrel Hill ", "5818 Forbes Avenue", "", "PITTSBURGH")

    assert first == again
    assert first.startswith("p")
    assert len(first) == 11
    assert program_id("Another Program") != first


def test_site_key_ignores_case_spacing_punctuation_and_zip_plus_four() -> None:
    key = site_key("St. Luke's  Center", "12 Main St.", "15213-0001")

    assert key == site_key("ST. LUKE'S CENTER", "12 main st", "15213")
    assert key != site_key("St. Luke's Center", "14 Main St.", "15213")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("251-847-2223 x287", "251-847-2223 x287"),
        ("(412) 555 0100", "412-555-0100"),
        ("1-800-662-4357", "800-662-4357"),
        ("412.555.0100 ext. 12", "412-555-0100 x12"),
        ("555-0100", "555-0100"),
        ("", ""),
    ],
    ids=["extension", "parentheses", "leading-one", "ext-word", "too-short-kept", "empty"],
)
def test_phone_numbers_are_written_one_way_and_extensions_are_kept(
    raw: str, expected: str
) -> None:
    assert normalize_phone(raw) == expected

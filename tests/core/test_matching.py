"""Matching over small hand-built catalogs: filters, scores, ties and relaxations."""

from __future__ import annotations

import pytest

from bot.core.catalog import InMemoryCatalog
from bot.core.features import feature
from bot.core.matching import (
    Criterion,
    InvalidQueryError,
    Need,
    Query,
    search,
)
from bot.core.programs import Program
from tests.builders import PITTSBURGH, a_program, miles_north


def near_pittsburgh(*criteria: Criterion, **overrides: object) -> Query:
    fields: dict[str, object] = {
        "mode": "nearby",
        "latitude": PITTSBURGH[0],
        "longitude": PITTSBURGH[1],
        "state": "PA",
        "radius_miles": 25.0,
        "criteria": criteria,
        "min_results": 1,
    }
    fields.update(overrides)
    return Query(**fields)  # type: ignore[arg-type]


def required(key: str) -> Criterion:
    return Criterion(feature(key))


def preferred(key: str) -> Criterion:
    return Criterion(feature(key), Need.PREFERRED)


def ids(programs: list[Program] | tuple[Program, ...]) -> list[str]:
    return [p.id for p in programs]


def result_ids(catalog: InMemoryCatalog, query: Query) -> list[str]:
    return [m.program.id for m in search(catalog, query).matches]


def test_only_programs_offering_iop_are_shown_as_iop() -> None:
    iop = a_program(codes="SA OIT")
    outpatient_only = a_program(codes="SA ORT OP")
    catalog = InMemoryCatalog([iop, outpatient_only])

    assert result_ids(catalog, near_pittsburgh()) == [iop.id]


def test_other_levels_of_care_can_be_searched_for_referral() -> None:
    iop = a_program(codes="SA OIT")
    detox = a_program(codes="SA DT RD")
    sober_home = a_program(codes="HH")
    catalog = InMemoryCatalog([iop, detox, sober_home])

    assert result_ids(catalog, near_pittsburgh(level=feature("level:detox"))) == [detox.id]
    housing = near_pittsburgh(level=feature("level:sober_housing"))
    assert result_ids(catalog, housing) == [sober_home.id]


def test_programs_outside_the_radius_are_left_out_and_distance_is_reported() -> None:
    close = a_program(**miles_north(10))
    far = a_program(**miles_north(40))
    catalog = InMemoryCatalog([close, far])

    outcome = search(catalog, near_pittsburgh(relax=False))

    assert ids([m.program for m in outcome.matches]) == [close.id]
    assert outcome.matches[0].distance_miles == pytest.approx(10, abs=0.2)


def test_required_criteria_filter_and_are_listed_as_matched() -> None:
    medicaid = a_program(codes="OIT MD WN")
    cash_only = a_program(codes="OIT SF WN")
    catalog = InMemoryCatalog([medicaid, cash_only])

    outcome = search(catalog, near_pittsburgh(required("pay:medicaid"), required("group:women")))

    assert [m.program.id for m in outcome.matches] == [medicaid.id]
    assert outcome.matches[0].matched == ("level:iop", "pay:medicaid", "group:women")
    assert outcome.matches[0].unmatched == ()


def test_any_code_of_a_feature_satisfies_it() -> None:
    prescribes = a_program(codes="OIT UB")
    uses = a_program(codes="OIT BU")
    neither = a_program(codes="OIT NU")
    catalog = InMemoryCatalog([prescribes, uses, neither])

    found = result_ids(catalog, near_pittsburgh(required("med:buprenorphine")))

    assert sorted(found) == sorted([prescribes.id, uses.id])


def test_medicare_and_medicaid_are_not_confused() -> None:
    medicare = a_program(codes="OIT MC")
    catalog = InMemoryCatalog([medicare])

    assert result_ids(catalog, near_pittsburgh(required("pay:medicaid"), relax=False)) == []
    assert result_ids(catalog, near_pittsburgh(required("pay:medicare"))) == [medicare.id]


def test_cash_is_not_a_sliding_fee() -> None:
    cash = a_program(codes="OIT SF")
    catalog = InMemoryCatalog([cash])

    assert result_ids(catalog, near_pittsburgh(required("pay:sliding_fee"), relax=False)) == []


def test_a_met_preference_outranks_a_slightly_closer_program() -> None:
    closer_no_spanish = a_program(codes="OIT", **miles_north(2))
    spanish = a_program(codes="OIT SP", **miles_north(6))
    catalog = InMemoryCatalog([closer_no_spanish, spanish])

    outcome = search(catalog, near_pittsburgh(preferred("lang:spanish")))

    assert [m.program.id for m in outcome.matches] == [spanish.id, closer_no_spanish.id]
    assert outcome.matches[1].unmatched == ("lang:spanish",)


def test_without_preferences_the_nearest_program_comes_first() -> None:
    far = a_program(**miles_north(20))
    near = a_program(**miles_north(3))
    middle = a_program(**miles_north(9))
    catalog = InMemoryCatalog([far, near, middle])

    assert result_ids(catalog, near_pittsburgh()) == [near.id, middle.id, far.id]


def test_score_follows_the_documented_formula() -> None:
    program = a_program(codes="OIT WN", **miles_north(5))
    catalog = InMemoryCatalog([program])

    outcome = search(catalog, near_pittsburgh(preferred("group:women"), preferred("pay:cash")))

    # Half the preference weight (group 3 of 3 + 3) and proximity 1 - 5/25.
    assert outcome.matches[0].score == pytest.approx(60 * 0.5 + 40 * 0.8, abs=0.1)


def test_ties_are_broken_by_name_then_id_so_order_never_changes() -> None:
    b = a_program(id="p2", name="Beta Recovery")
    a2 = a_program(id="p9", name="alpha recovery")
    a1 = a_program(id="p1", name="Alpha Recovery")
    catalog = InMemoryCatalog([b, a2, a1])

    first = result_ids(catalog, near_pittsburgh())
    reversed_catalog = InMemoryCatalog([a1, a2, b][::-1])

    assert first == ["p1", "p9", "p2"]
    assert result_ids(reversed_catalog, near_pittsburgh()) == first


def test_every_result_says_what_to_verify_by_phone() -> None:
    catalog = InMemoryCatalog([a_program(codes="OIT MD")])

    match = search(catalog, near_pittsburgh(required("pay:medicaid"))).matches[0]

    for item in ("hours", "openings", "insurance_network", "iop_schedule"):
        assert item in match.verify
    assert "distance_approximate" in match.verify  # ZIP-centroid coordinates


def test_too_few_results_widen_the_radius_and_say_so() -> None:
    far = a_program(**miles_north(45))
    catalog = InMemoryCatalog([far])

    outcome = search(catalog, near_pittsburgh(min_results=1))

    assert [m.program.id for m in outcome.matches] == [far.id]
    assert [(r.kind, r.from_miles, r.to_miles) for r in outcome.relaxations] == [
        ("radius", 25.0, 50.0)
    ]
    assert outcome.query.radius_miles == 50.0


def test_the_radius_is_never_widened_past_the_maximum() -> None:
    catalog = InMemoryCatalog([a_program(**miles_north(150))])

    outcome = search(catalog, near_pittsburgh(min_results=1))

    assert outcome.matches == ()
    assert [r.to_miles for r in outcome.relaxations if r.kind == "radius"] == [50.0, 100.0]


def test_least_important_requirement_is_dropped_first_and_reported() -> None:
    spanish_no_childcare = a_program(codes="OIT SP")
    catalog = InMemoryCatalog([spanish_no_childcare])

    outcome = search(
        catalog,
        near_pittsburgh(required("lang:spanish"), required("extra:child_care"), min_results=1),
    )

    assert [m.program.id for m in outcome.matches] == [spanish_no_childcare.id]
    dropped = [r.feature for r in outcome.relaxations if r.kind == "dropped"]
    assert dropped == ["extra:child_care"]
    assert outcome.matches[0].unmatched == ("extra:child_care",)


def test_a_nice_to_have_is_dropped_before_the_search_goes_past_commuting_distance() -> None:
    with_childcare_far = a_program(codes="OIT CCC", **miles_north(90))
    nearby = a_program(codes="OIT", **miles_north(3))
    catalog = InMemoryCatalog([with_childcare_far, nearby])

    outcome = search(
        catalog, near_pittsburgh(required("extra:child_care"), radius_miles=10.0, min_results=1)
    )

    assert [m.program.id for m in outcome.matches] == [nearby.id]
    assert [(r.kind, r.to_miles, r.feature) for r in outcome.relaxations] == [
        ("radius", 50.0, ""),
        ("dropped", 0.0, "extra:child_care"),
    ]


def test_widening_is_reported_once_from_the_asked_radius_to_the_final_one() -> None:
    catalog = InMemoryCatalog([a_program(**miles_north(20))])

    outcome = search(catalog, near_pittsburgh(radius_miles=5.0, min_results=1))

    assert [(r.from_miles, r.to_miles) for r in outcome.relaxations] == [(5.0, 25.0)]


def test_relaxed_requirements_still_rank_programs_that_meet_them_first() -> None:
    with_childcare = a_program(codes="OIT CCC", **miles_north(20))
    without = a_program(codes="OIT", **miles_north(1))
    only_one = [with_childcare, without]
    catalog = InMemoryCatalog(only_one)

    outcome = search(catalog, near_pittsburgh(required("extra:child_care"), min_results=2))

    assert [m.program.id for m in outcome.matches] == [with_childcare.id, without.id]


def test_age_is_the_last_requirement_to_be_relaxed() -> None:
    catalog = InMemoryCatalog([a_program(codes="OIT ADLT")])

    outcome = search(
        catalog,
        near_pittsburgh(required("age:teen"), required("group:women"), min_results=1),
    )

    dropped = [r.feature for r in outcome.relaxations if r.kind == "dropped"]
    assert dropped == ["group:women", "age:teen"]


def test_telehealth_programs_in_the_same_state_are_added_last() -> None:
    online_in_pa = a_program(codes="OIT TELE", city="Erie", **miles_north(120))
    online_in_ohio = a_program(codes="OIT TELE", state="OH", **miles_north(110))
    in_person_far = a_program(codes="OIT", **miles_north(130))
    catalog = InMemoryCatalog([online_in_pa, online_in_ohio, in_person_far])

    outcome = search(catalog, near_pittsburgh(min_results=1))

    assert [m.program.id for m in outcome.matches] == [online_in_pa.id]
    assert outcome.matches[0].via_telehealth
    assert "telehealth_area" in outcome.matches[0].verify
    assert [r.kind for r in outcome.relaxations] == ["radius", "radius", "telehealth_statewide"]


def test_no_relaxation_when_enough_programs_are_found() -> None:
    catalog = InMemoryCatalog([a_program() for _ in range(3)])

    outcome = search(catalog, near_pittsburgh(min_results=3))

    assert outcome.relaxations == ()
    assert outcome.total == 3


def test_online_search_returns_only_telehealth_programs_in_the_state() -> None:
    online = a_program(codes="OIT TELE", **miles_north(150))
    in_person = a_program(codes="OIT")
    other_state = a_program(codes="OIT TELE", state="OH")
    catalog = InMemoryCatalog([online, in_person, other_state])

    query = Query(mode="online", state="PA", latitude=PITTSBURGH[0], longitude=PITTSBURGH[1])
    outcome = search(catalog, query)

    assert [m.program.id for m in outcome.matches] == [online.id]
    assert "extra:telehealth" in outcome.matches[0].matched


def test_statewide_search_takes_every_program_in_the_state() -> None:
    erie = a_program(city="Erie", **miles_north(120))
    home = a_program()
    ohio = a_program(state="OH")
    catalog = InMemoryCatalog([erie, home, ohio])

    outcome = search(catalog, Query(mode="statewide", state="PA", min_results=1))

    assert sorted(m.program.id for m in outcome.matches) == sorted([erie.id, home.id])
    assert all(m.distance_miles is None for m in outcome.matches)


def test_limit_caps_the_list_but_total_counts_all() -> None:
    catalog = InMemoryCatalog([a_program(**miles_north(i)) for i in range(12)])

    outcome = search(catalog, near_pittsburgh(limit=5))

    assert len(outcome.matches) == 5
    assert outcome.total == 12


@pytest.mark.parametrize(
    "query",
    [
        Query(mode="nearby", state="PA"),
        Query(mode="online", latitude=1.0, longitude=1.0),
        Query(mode="statewide"),
    ],
    ids=["nearby-without-point", "online-without-state", "statewide-without-state"],
)
def test_a_query_missing_its_place_is_refused(query: Query) -> None:
    with pytest.raises(InvalidQueryError):
        search(InMemoryCatalog([]), query)

"""Matching over small hand-built catalogs: filters, scores, ties and relaxations."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.answers import criteria_for, read_answers
from bot.core.catalog import InMemoryCatalog
from bot.core.conversation import Conversation, Position
from bot.core.dialogue import Dialogue, UserInput
from bot.core.features import ANY_ADULT, NO_INSURANCE, any_of, feature
from bot.core.matching import (
    Criterion,
    InvalidQueryError,
    Match,
    Need,
    Query,
    search,
)
from bot.core.programs import Program
from bot.core.restrictions import Flag, Person
from flows import ALL_FLOWS
from tests.builders import PITTSBURGH, a_program, miles_north
from tests.core.test_after_search import NOW, PLACE, OnePlace


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
    assert [r.to_miles for r in outcome.relaxations if r.kind == "radius"] == [100.0]


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


def test_the_radius_is_widened_to_100_miles_before_any_requirement_is_dropped() -> None:
    with_childcare_far = a_program(codes="OIT CCC", **miles_north(90))
    nearby = a_program(codes="OIT", **miles_north(3))
    catalog = InMemoryCatalog([with_childcare_far, nearby])

    outcome = search(
        catalog, near_pittsburgh(required("extra:child_care"), radius_miles=10.0, min_results=1)
    )

    assert [m.program.id for m in outcome.matches] == [with_childcare_far.id]
    assert [(r.kind, r.to_miles, r.feature) for r in outcome.relaxations] == [
        ("radius", 100.0, ""),
    ]


def test_medicaid_programs_within_100_miles_keep_medicaid_required() -> None:
    # As near ZIP 57078: one Medicaid IOP in town, the others 54-58 miles away.
    in_town = a_program(codes="OIT MD")
    farther = [a_program(codes="OIT MD", **miles_north(54 + i)) for i in range(3)]
    no_medicaid = a_program(codes="OIT PI", **miles_north(20))
    catalog = InMemoryCatalog([in_town, *farther, no_medicaid])

    outcome = search(catalog, near_pittsburgh(required("pay:medicaid"), min_results=3))

    assert no_medicaid.id not in [m.program.id for m in outcome.matches]
    assert outcome.total == 4
    assert [r.kind for r in outcome.relaxations] == ["radius"]
    assert outcome.query.criteria[0].need is Need.REQUIRED


def test_a_requirement_is_dropped_only_when_100_miles_still_leaves_too_few_and_it_says_which() -> (
    None
):
    with_childcare_too_far = a_program(codes="OIT CCC", **miles_north(150))
    nearby = a_program(codes="OIT", **miles_north(3))
    catalog = InMemoryCatalog([with_childcare_too_far, nearby])

    outcome = search(catalog, near_pittsburgh(required("extra:child_care"), min_results=1))

    assert [m.program.id for m in outcome.matches] == [nearby.id]
    assert [(r.kind, r.to_miles, r.feature) for r in outcome.relaxations] == [
        ("radius", 100.0, ""),
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


def test_telehealth_programs_in_the_same_state_are_added_last() -> None:
    online_in_pa = a_program(codes="OIT TELE", city="Erie", **miles_north(120))
    online_in_ohio = a_program(codes="OIT TELE", state="OH", **miles_north(110))
    in_person_far = a_program(codes="OIT", **miles_north(130))
    catalog = InMemoryCatalog([online_in_pa, online_in_ohio, in_person_far])

    outcome = search(catalog, near_pittsburgh(min_results=1))

    assert [m.program.id for m in outcome.matches] == [online_in_pa.id]
    assert outcome.matches[0].via_telehealth
    assert "telehealth_area" in outcome.matches[0].verify
    assert [r.kind for r in outcome.relaxations] == ["radius", "telehealth_statewide"]


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


# -- age: evidence, not exclusion ------------------------------------------------------------


def flag_kinds(match: Match) -> list[str]:
    return [f.kind for f in match.flags]


def test_an_adult_search_still_shows_programs_that_list_no_age_or_only_children_annotated() -> (
    None
):
    # As near Athens, OH (45701): the three IOPs within 25 miles list no adult age group.
    no_age = a_program(codes="OIT MD", **miles_north(1))
    children_only = a_program(codes="OIT CHLD WN MN", **miles_north(22))
    adult_far = a_program(codes="OIT ADLT YAD", **miles_north(40))
    catalog = InMemoryCatalog([no_age, children_only, adult_far])

    outcome = search(catalog, near_pittsburgh(preferred("age:adult"), min_results=2))

    assert [m.program.id for m in outcome.matches] == [no_age.id, children_only.id]
    assert outcome.relaxations == ()
    first, second = outcome.matches
    assert first.flags == (Flag("ages_unlisted"),)
    assert second.flags == (Flag("ages_listed", ("teen",)),)
    assert "age:adult" not in first.matched


def test_an_age_criterion_never_excludes_even_when_required() -> None:
    adults_only = a_program(codes="OIT ADLT YAD")
    catalog = InMemoryCatalog([adults_only])

    outcome = search(catalog, near_pittsburgh(required("age:teen"), relax=False))

    assert [m.program.id for m in outcome.matches] == [adults_only.id]
    assert outcome.matches[0].flags == (Flag("ages_listed", ("young_adult", "adult")),)


def test_a_teen_search_puts_programs_that_list_adolescents_first_even_farther_away() -> None:
    adult_near = a_program(codes="OIT ADLT YAD SS", **miles_north(1))
    no_age_near = a_program(codes="OIT SS", **miles_north(2))
    teen_group_far = a_program(codes="OIT ADLT AD", **miles_north(20))
    teen_far = a_program(codes="OIT CHLD", **miles_north(24))
    catalog = InMemoryCatalog([adult_near, no_age_near, teen_group_far, teen_far])

    outcome = search(catalog, near_pittsburgh(preferred("age:teen"), preferred("pay:sliding_fee")))

    assert [m.program.id for m in outcome.matches] == [
        teen_group_far.id,
        teen_far.id,
        no_age_near.id,
        adult_near.id,
    ]
    # An adolescent group on a listing of adults ranks first but is not called a teen match.
    assert "age:teen" not in outcome.matches[0].matched
    assert outcome.matches[0].flags == (Flag("group_ages", ("adult",), "teen"),)
    assert "age:teen" in outcome.matches[1].matched


def test_an_adult_listing_outranks_a_listing_without_ages_at_the_same_distance() -> None:
    no_age = a_program(codes="OIT", **miles_north(5))
    adult = a_program(codes="OIT ADLT", **miles_north(5))
    catalog = InMemoryCatalog([no_age, adult])

    outcome = search(catalog, near_pittsburgh(preferred("age:adult")))

    assert [m.program.id for m in outcome.matches] == [adult.id, no_age.id]
    assert outcome.matches[1].score < outcome.matches[0].score


def test_with_no_age_asked_a_children_only_listing_is_still_flagged() -> None:
    children_only = a_program(codes="OIT CHLD")
    catalog = InMemoryCatalog([children_only])

    match = search(catalog, near_pittsburgh()).matches[0]

    assert match.flags == (Flag("ages_listed", ("teen",)),)


def test_an_adult_search_ranks_a_children_only_listing_after_an_otherwise_equal_one() -> None:
    children_only = a_program(name="A Children", codes="OIT CHLD", **miles_north(3))
    young_adults_only = a_program(name="B Young", codes="OIT YAD", **miles_north(3))
    catalog = InMemoryCatalog([children_only, young_adults_only])

    outcome = search(catalog, near_pittsburgh(preferred("age:adult")))

    assert [m.program.id for m in outcome.matches] == [young_adults_only.id, children_only.id]


def test_with_no_age_given_a_children_only_listing_ranks_after_an_equal_one_but_is_shown() -> None:
    children_only = a_program(name="A Children", codes="OIT CHLD WN MN", **miles_north(2))
    no_age = a_program(name="B No Age", codes="OIT", **miles_north(2))
    adult_farther = a_program(name="C Adult", codes="OIT ADLT", **miles_north(4))
    catalog = InMemoryCatalog([children_only, no_age, adult_farther])

    shown = result_ids(catalog, near_pittsburgh())

    assert shown == [no_age.id, adult_farther.id, children_only.id]


def test_a_children_only_listing_much_nearer_still_comes_first_with_no_age_given() -> None:
    # Weak evidence ranks, it does not bury: 1 mile against 20 miles.
    children_only = a_program(codes="OIT CHLD", **miles_north(1))
    adult_far = a_program(codes="OIT ADLT", **miles_north(20))
    catalog = InMemoryCatalog([children_only, adult_far])

    assert result_ids(catalog, near_pittsburgh()) == [children_only.id, adult_far.id]


def test_a_teen_search_still_puts_a_children_only_listing_first() -> None:
    children_only = a_program(codes="OIT CHLD", **miles_north(10))
    adult_near = a_program(codes="OIT ADLT", **miles_north(1))
    catalog = InMemoryCatalog([children_only, adult_near])

    assert result_ids(catalog, near_pittsburgh(preferred("age:teen"))) == [
        children_only.id,
        adult_near.id,
    ]


def test_an_inferred_adult_ranks_like_an_adult_but_the_card_claims_no_age() -> None:
    children_only = a_program(codes="OIT CHLD", **miles_north(1))
    adult = a_program(codes="OIT ADLT", **miles_north(6))
    no_age = a_program(codes="OIT", **miles_north(6))
    catalog = InMemoryCatalog([children_only, adult, no_age])
    inferred = Criterion(ANY_ADULT, Need.PREFERRED, inferred=True)

    outcome = search(catalog, near_pittsburgh(inferred))

    assert [m.program.id for m in outcome.matches] == [adult.id, no_age.id, children_only.id]
    assert [m.matched for m in outcome.matches] == [("level:iop",)] * 3
    # As with no age given: only a children-only listing is noted, none as "No ages listed".
    assert [m.flags for m in outcome.matches] == [(), (), (Flag("ages_listed", ("teen",)),)]


@pytest.mark.parametrize(
    ("group", "codes", "matched", "note"),
    [
        (
            "group:young_adults",
            "OIT TAY CHLD",
            False,
            Flag("group_ages", ("teen",), "young_adult"),
        ),
        ("group:young_adults", "OIT TAY CHLD YAD", True, None),
        ("group:young_adults", "OIT TAY", True, None),
        ("group:seniors", "OIT SE CHLD", False, Flag("group_ages", ("teen",), "senior")),
        ("group:seniors", "OIT SE ADLT", True, None),
        ("group:adolescents", "OIT AD ADLT", False, Flag("group_ages", ("adult",), "teen")),
        ("group:women", "OIT WN CHLD", True, Flag("ages_listed", ("teen",))),
    ],
    ids=[
        "young-adult-group-children-only",
        "young-adult-group-young-adults-listed",
        "young-adult-group-no-ages",
        "senior-group-children-only",
        "senior-group-adults-listed",
        "adolescent-group-adults-only",
        "women-group-is-not-about-age",
    ],
)
def test_a_card_never_calls_an_age_group_a_match_against_the_ages_listed(
    group: str, codes: str, matched: bool, note: Flag | None
) -> None:
    program = a_program(codes=codes)

    match = search(InMemoryCatalog([program]), near_pittsburgh(preferred(group))).matches[0]

    assert (group in match.matched) is matched
    assert [f for f in match.flags if f.kind in ("group_ages", "ages_listed")] == (
        [note] if note else []
    )


# -- hard facts: gender, substances, exclusive programs ----------------------------------------


def test_a_man_is_never_shown_a_women_only_program_even_when_nothing_else_is_near() -> None:
    women_only = a_program(codes="OIT FEM WN", **miles_north(1))
    both = a_program(codes="OIT FEM MALE", **miles_north(140))
    catalog = InMemoryCatalog([women_only, both])

    outcome = search(catalog, near_pittsburgh(person=Person(gender="man")))

    assert outcome.matches == ()  # the women-only program 1 mile away is not offered


def test_a_woman_is_never_shown_a_men_only_program() -> None:
    men_only = a_program(codes="OIT MALE")
    women_only = a_program(codes="OIT FEM")
    catalog = InMemoryCatalog([men_only, women_only])

    found = result_ids(catalog, near_pittsburgh(person=Person(gender="woman")))

    assert found == [women_only.id]


def test_when_gender_is_unknown_single_gender_programs_are_shown_and_flagged() -> None:
    women_only = a_program(codes="OIT FEM", **miles_north(1))
    men_only = a_program(codes="OIT MALE", **miles_north(2))
    both = a_program(codes="OIT FEM MALE", **miles_north(3))
    catalog = InMemoryCatalog([women_only, men_only, both])

    outcome = search(catalog, near_pittsburgh())

    assert [flag_kinds(m) for m in outcome.matches] == [["women_only"], ["men_only"], []]


def test_an_alcohol_search_never_shows_programs_that_do_not_treat_alcohol_or_only_opioids() -> (
    None
):
    no_alcohol = a_program(codes="OIT NAUT")
    opioids_only = a_program(codes="OIT OUDO")
    alcohol_only = a_program(codes="OIT AUDO")
    general = a_program(codes="OIT")
    catalog = InMemoryCatalog([no_alcohol, opioids_only, alcohol_only, general])

    found = result_ids(catalog, near_pittsburgh(person=Person(substances=frozenset({"alcohol"}))))

    assert sorted(found) == sorted([alcohol_only.id, general.id])


def test_an_opioid_search_leaves_out_programs_that_do_not_treat_opioids_or_only_alcohol() -> None:
    no_opioids = a_program(codes="OIT NOOP")
    alcohol_only = a_program(codes="OIT AUDO")
    opioids_only = a_program(codes="OIT OUDO")
    catalog = InMemoryCatalog([no_opioids, alcohol_only, opioids_only])

    found = result_ids(catalog, near_pittsburgh(person=Person(substances=frozenset({"opioids"}))))

    assert found == [opioids_only.id]


def test_alcohol_and_opioids_together_keep_an_opioid_program_but_not_one_without_alcohol() -> None:
    opioids_only = a_program(codes="OIT OUDO")
    no_alcohol = a_program(codes="OIT NAUT")
    catalog = InMemoryCatalog([opioids_only, no_alcohol])
    both = Person(substances=frozenset({"alcohol", "opioids"}))

    assert result_ids(catalog, near_pittsburgh(person=both)) == [opioids_only.id]


def test_with_substances_unknown_the_scope_is_flagged_not_used_to_exclude() -> None:
    no_alcohol = a_program(codes="OIT NAUT", **miles_north(1))
    opioids_only = a_program(codes="OIT OUDO", **miles_north(2))
    catalog = InMemoryCatalog([no_alcohol, opioids_only])

    outcome = search(catalog, near_pittsburgh())

    assert [flag_kinds(m) for m in outcome.matches] == [["no_alcohol"], ["opioids_only"]]


def test_a_dui_only_program_is_shown_only_to_someone_with_a_dui() -> None:
    dui_only = a_program(codes="OIT DUO DU")
    catalog = InMemoryCatalog([dui_only])

    assert result_ids(catalog, near_pittsburgh(relax=False)) == []
    with_dui = search(catalog, near_pittsburgh(person=Person(dui=True)))
    assert [m.program.id for m in with_dui.matches] == [dui_only.id]
    assert flag_kinds(with_dui.matches[0]) == ["dui_only"]


def test_a_va_program_is_shown_and_flagged_veterans_only() -> None:
    va = a_program(codes="OIT VAMC FEM MALE")
    catalog = InMemoryCatalog([va])

    match = search(catalog, near_pittsburgh()).matches[0]

    assert flag_kinds(match) == ["va_only"]


def test_what_a_listing_says_about_whom_it_serves_is_never_relaxed() -> None:
    women_only = a_program(codes="OIT FEM")
    catalog = InMemoryCatalog([women_only])

    outcome = search(catalog, near_pittsburgh(person=Person(gender="man"), min_results=3))

    assert outcome.matches == ()
    assert [r.kind for r in outcome.relaxations] == ["radius"]


# -- payment as people pay --------------------------------------------------------------------


def test_medicaid_or_sliding_fee_takes_a_program_with_either_and_says_which() -> None:
    medicaid = a_program(codes="OIT MD", **miles_north(1))
    sliding_fee = a_program(codes="OIT SS", **miles_north(2))
    cash_only = a_program(codes="OIT SF", **miles_north(3))
    catalog = InMemoryCatalog([medicaid, sliding_fee, cash_only])
    either = Criterion(any_of([feature("pay:medicaid"), feature("pay:sliding_fee")]))

    outcome = search(catalog, near_pittsburgh(either, relax=False))

    assert [m.program.id for m in outcome.matches] == [medicaid.id, sliding_fee.id]
    assert outcome.matches[0].matched == ("level:iop", "pay:medicaid")
    assert outcome.matches[1].matched == ("level:iop", "pay:sliding_fee")


def test_a_payment_alternative_dropped_is_named_as_a_whole() -> None:
    catalog = InMemoryCatalog([a_program(codes="OIT PI")])
    either = Criterion(any_of([feature("pay:medicaid"), feature("pay:sliding_fee")]))

    outcome = search(catalog, near_pittsburgh(either, min_results=1))

    dropped = [r.feature for r in outcome.relaxations if r.kind == "dropped"]
    assert dropped == ["pay:medicaid|pay:sliding_fee"]
    assert outcome.matches[0].unmatched == ("pay:medicaid|pay:sliding_fee",)


def test_no_insurance_ranks_sliding_fee_assistance_free_and_public_care_first_and_drops_none() -> (
    None
):
    insurance_only = a_program(codes="OIT PI MD", **miles_north(1))
    sliding_fee = a_program(codes="OIT SS", **miles_north(10))
    assistance = a_program(codes="OIT PA", **miles_north(11))
    free = a_program(codes="OIT NP", **miles_north(12))
    block_grant = a_program(codes="OIT SAMF", **miles_north(13))
    catalog = InMemoryCatalog([insurance_only, sliding_fee, assistance, free, block_grant])

    outcome = search(catalog, near_pittsburgh(Criterion(NO_INSURANCE, Need.PREFERRED)))

    assert [m.program.id for m in outcome.matches] == [
        sliding_fee.id,
        assistance.id,
        free.id,
        block_grant.id,
        insurance_only.id,
    ]
    assert outcome.relaxations == ()
    assert outcome.matches[3].matched == ("level:iop", "pay:public_funding")
    assert outcome.matches[4].unmatched == ("pay:no_insurance",)


# -- online ------------------------------------------------------------------------------------


def test_online_results_are_ranked_by_distance_from_the_persons_place() -> None:
    burbank = a_program(name="Absolute Burbank", codes="OIT TELE", **miles_north(340))
    near = a_program(name="Zeta Nearby", codes="OIT TELE", **miles_north(2))
    middle = a_program(name="Middle", codes="OIT TELE", **miles_north(60))
    catalog = InMemoryCatalog([burbank, near, middle])

    query = Query(mode="online", state="PA", latitude=PITTSBURGH[0], longitude=PITTSBURGH[1])

    assert result_ids(catalog, query) == [near.id, middle.id, burbank.id]


# -- detox: which withdrawals a listing manages -------------------------------------------------


def detox_near_pittsburgh(*substances: str, **overrides: object) -> Query:
    return near_pittsburgh(
        level=feature("level:detox"), person=Person(substances=frozenset(substances)), **overrides
    )


def test_a_daily_drinker_is_not_offered_an_opioid_only_detox_even_when_it_is_nearest() -> None:
    opioid_only = a_program(codes="SA DT OD ODTX DB", **miles_north(1))
    alcohol = a_program(codes="SA DT RD ADTX ODTX BDTX", **miles_north(9))
    catalog = InMemoryCatalog([opioid_only, alcohol])

    assert result_ids(catalog, detox_near_pittsburgh("alcohol")) == [alcohol.id]
    assert result_ids(catalog, detox_near_pittsburgh("opioids")) == [opioid_only.id, alcohol.id]


def test_a_detox_that_names_no_withdrawal_is_kept_for_anyone() -> None:
    unnamed = a_program(codes="SA DT HID", **miles_north(3))
    catalog = InMemoryCatalog([unnamed])

    for substance in ("alcohol", "opioids", "benzos", "stimulants"):
        assert result_ids(catalog, detox_near_pittsburgh(substance)) == [unnamed.id]


@pytest.mark.parametrize(
    ("substance", "codes", "shown"),
    [
        ("benzos", "DT ADTX", False),
        ("benzos", "DT BDTX", True),
        ("stimulants", "DT CDTX", True),
        ("stimulants", "DT MDTX", True),
        ("stimulants", "DT ADTX ODTX BDTX", False),
        ("opioids", "DT DB", True),
        ("cannabis", "DT ODTX", True),  # no detox code is about cannabis: nothing to contradict
        ("other", "DT ADTX", True),
    ],
    ids=[
        "benzos-alcohol-only",
        "benzos-benzo-detox",
        "stimulants-cocaine",
        "stimulants-meth",
        "stimulants-no-stimulant-code",
        "opioids-buprenorphine-detox",
        "cannabis-never-hides",
        "something-else-never-hides",
    ],
)
def test_each_substance_is_read_against_its_own_detox_codes(
    substance: str, codes: str, shown: bool
) -> None:
    program = a_program(codes=f"SA {codes}")
    catalog = InMemoryCatalog([program])

    assert result_ids(catalog, detox_near_pittsburgh(substance)) == ([program.id] if shown else [])


def test_with_several_substances_a_detox_covering_any_of_them_is_shown() -> None:
    opioid_only = a_program(codes="SA DT ODTX")
    benzo_only = a_program(codes="SA DT BDTX")
    catalog = InMemoryCatalog([opioid_only, benzo_only])

    shown = result_ids(catalog, detox_near_pittsburgh("alcohol", "opioids"))

    assert shown == [opioid_only.id]


def test_an_unknown_substance_hides_no_detox() -> None:
    opioid_only = a_program(codes="SA DT ODTX")

    assert result_ids(InMemoryCatalog([opioid_only]), detox_near_pittsburgh()) == [opioid_only.id]


def test_detox_codes_do_not_filter_an_iop_search() -> None:
    # An IOP that also runs an opioid detox still treats a drinker in its IOP.
    iop = a_program(codes="SA OIT ODTX DT")
    query = near_pittsburgh(person=Person(substances=frozenset({"alcohol"})))

    assert result_ids(InMemoryCatalog([iop]), query) == [iop.id]


def test_a_detox_widened_for_a_drinker_says_so_and_never_adds_an_opioid_only_one() -> None:
    opioid_only_near = [a_program(codes="SA DT ODTX", **miles_north(n)) for n in (1, 2, 3)]
    alcohol_far = a_program(codes="SA DT ADTX", **miles_north(40))
    catalog = InMemoryCatalog([*opioid_only_near, alcohol_far])

    outcome = search(catalog, detox_near_pittsburgh("alcohol", min_results=3))

    assert [m.program.id for m in outcome.matches] == [alcohol_far.id]
    assert [r.kind for r in outcome.relaxations] == ["radius"]


def test_near_boston_a_daily_drinker_is_not_offered_the_opioid_only_detox_at_fenway(
    real_catalog: InMemoryCatalog,
) -> None:
    # Fenway Health (Fenway South End), 02118, lists only opioid detox codes (ODTX, DB).
    fenway = "p9b5c5c6ced"
    boston = (42.3362, -71.0729)
    for_alcohol = Query(
        latitude=boston[0],
        longitude=boston[1],
        state="MA",
        radius_miles=5.0,
        level=feature("level:detox"),
        limit=50,
        person=Person(substances=frozenset({"alcohol"})),
    )

    assert fenway not in result_ids(real_catalog, for_alcohol)
    assert fenway in result_ids(real_catalog, replace(for_alcohol, person=Person()))


# -- a veteran who gave no age, and what cards say about ages ---------------------------------

CHILDREN_ONLY_NEAR = a_program(
    id="c1", name="Kids First", codes="OIT CHLD VET TAY WN MN", **miles_north(1)
)
ADULTS_FARTHER = a_program(id="c2", name="Adult Hall", codes="OIT ADLT VET", **miles_north(20))
# Enough programs within the search's 50 miles that it is not widened.
FILLER = a_program(id="c3", name="Zed Far", codes="OIT ADLT VET", **miles_north(30))


def veteran_results(**answers: object) -> str:
    dialogue = Dialogue(
        ALL_FLOWS, InMemoryCatalog([CHILDREN_ONLY_NEAR, ADULTS_FARTHER, FILLER]), OnePlace()
    )
    conversation = Conversation(
        answers={"substances": ["alcohol"], "place": PLACE, **answers},  # type: ignore[dict-item]
        position=Position(step="results"),
        history=["results"],
    )
    outcome = dialogue.advance(conversation, UserInput.pick("wider"), NOW)
    return "\n".join(r.text for r in outcome.replies)


def test_a_veteran_who_gave_no_age_sees_adult_listings_before_a_nearer_children_only_one() -> None:
    said = veteran_results(told_facts=["veteran"], groups=["veterans"])

    assert said.index("Adult Hall") < said.index("Kids First")
    assert "Adults" not in said  # ranked as an adult, never told it was
    # Without the veteran, the children-only listing twenty times nearer comes first.
    plain = veteran_results()
    assert plain.index("Kids First") < plain.index("Adult Hall")


def test_a_card_does_not_call_a_young_adult_group_a_match_beside_children_only_ages() -> None:
    said = veteran_results(groups=["young_adults"], age="young_adult")
    card = next(part for part in said.split("\n\n") if "Kids First" in part)

    assert "Young adults" not in card.split("Note:")[0]
    assert (
        "Note: Lists a group for young adults, but ages listed: children and teens only — ask"
        in card
    )
    assert card.count("children and teens") == 1


def test_a_veteran_read_from_answers_is_ranked_as_an_adult_of_any_age() -> None:
    criteria = criteria_for(read_answers({"told_facts": ["veteran"]}))
    said_age = criteria_for(read_answers({"told_facts": ["veteran"], "age": "senior"}))

    assert [(c.feature.key, c.inferred) for c in criteria] == [("age:any_adult", True)]
    assert [(c.feature.key, c.inferred) for c in said_age] == [("age:senior", False)]

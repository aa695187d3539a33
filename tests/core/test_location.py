"""Location resolution over the real ZIP data: what people type -> ranked US places."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.geo import haversine_miles
from bot.core.location import (
    EXCLUDED_STATES,
    HINT_NEAR_ME,
    HINT_NOT_FOUND,
    HINT_OUTSIDE_US,
    HINT_UNKNOWN_ZIP,
    MAX_CANDIDATES,
    STATE_NAMES,
    Gazetteer,
    Resolution,
)
from bot.core.location.vocabulary import WORDLIKE_CODES
from bot.storage.gazetteer import load_zip_areas
from tests.builders import PITTSBURGH


@pytest.fixture(name="gazetteer", scope="module")
def fixture_gazetteer() -> Gazetteer:
    """The gazetteer over every ZIP in the shipped package data, built once for the module."""
    return Gazetteer(load_zip_areas())


def names(resolution: Resolution) -> list[str]:
    """The candidates' place names, best first."""
    return [c.place.name for c in resolution.candidates]


# (typed text, kind of the best place, its name, whether we corrected the text)
FOUND = [
    ("15213", "zip", "15213 (Pittsburgh, PA)", False),
    ("15213-1234", "zip", "15213 (Pittsburgh, PA)", False),
    ("Pittsburgh, PA 15213", "zip", "15213 (Pittsburgh, PA)", False),
    ("near 15213", "zip", "15213 (Pittsburgh, PA)", False),
    ("zip 15213", "zip", "15213 (Pittsburgh, PA)", False),
    ("my zip is 02134", "zip", "02134 (Allston, MA)", False),
    ("12345 Main St, Austin TX 78701", "zip", "78701 (Austin, TX)", False),
    ("Pittsburgh, PA", "city", "Pittsburgh, PA", False),
    ("pittsburgh pa", "city", "Pittsburgh, PA", False),
    ("PITTSBURGH PENNSYLVANIA", "city", "Pittsburgh, PA", False),
    ("Austin Texas", "city", "Austin, TX", False),
    ("New York, New York", "city", "New York, NY", False),
    ("st louis missouri", "city", "Saint Louis, MO", False),
    ("St. Louis, MO", "city", "Saint Louis, MO", False),
    ("San José", "city", "San Jose, CA", False),
    ("Bayamón", "city", "Bayamon, PR", False),
    ("Ft. Lauderdale", "city", "Fort Lauderdale, FL", False),
    ("Mt. Pleasant, SC", "city", "Mount Pleasant, SC", False),
    ("McLean VA", "city", "Mc Lean, VA", False),
    ("Wilkes-Barre", "city", "Wilkes Barre, PA", False),
    ("Boston", "city", "Boston, MA", False),
    ("Chicago", "city", "Chicago, IL", False),
    ("Portland or", "city", "Portland, OR", False),
    ("Portland, ME", "city", "Portland, ME", False),
    ("Springfield, Ill.", "city", "Springfield, IL", False),
    ("Texas Houston", "city", "Houston, TX", False),
    ("The Woodlands", "city", "The Woodlands, TX", False),
    ("I live in boston", "city", "Boston, MA", False),
    ("I live in Live Oak FL", "city", "Live Oak, FL", False),
    ("cerca de Boston", "city", "Boston, MA", False),
    ("my son lives in pittsburgh pa", "city", "Pittsburgh, PA", False),
    ("Pittsburgh, PA, USA", "city", "Pittsburgh, PA", False),
    ("pittsburg pa", "city", "Pittsburgh, PA", True),
    ("Nwe York", "city", "New York, NY", True),
    ("los angelos", "city", "Los Angeles, CA", True),
    ("Chicgo", "city", "Chicago, IL", True),
    ("Cincinatti", "city", "Cincinnati, OH", True),
    ("Albequerque", "city", "Albuquerque, NM", True),
    ("pittsburgh pensylvania", "city", "Pittsburgh, PA", True),
    ("Springfeild Missouri", "city", "Springfield, MO", True),
    ("Filadelfia", "city", "Philadelphia, PA", True),
    ("vivo en Filadelfia", "city", "Philadelphia, PA", True),
    ("Nueva York", "city", "New York, NY", True),
    ("nueva orleans", "city", "New Orleans, LA", True),
    ("nyc", "city", "New York, NY", True),
    ("philly", "city", "Philadelphia, PA", True),
    ("sf", "city", "San Francisco, CA", True),
    ("vegas", "city", "Las Vegas, NV", True),
    ("nola", "city", "New Orleans, LA", True),
    ("dc", "city", "Washington, DC", True),
    ("Washington, D.C.", "city", "Washington, DC", True),
    ("st pete", "city", "Saint Petersburg, FL", True),
    ("PA", "state", "Pennsylvania", False),
    ("Pennsylvania", "state", "Pennsylvania", False),
    ("pensylvania", "state", "Pennsylvania", True),
    ("pensilvania", "state", "Pennsylvania", True),
    ("Puerto Rico", "state", "Puerto Rico", False),
    ("I'm in texas", "state", "Texas", False),
    ("Indiana", "state", "Indiana", False),
    ("cali", "state", "California", True),
    ("Mexico, MO", "city", "Mexico, MO", False),
    ("nuevo mexico", "state", "New Mexico", True),
    ("Nuevo México", "state", "New Mexico", True),
    ("carolina del norte", "state", "North Carolina", True),
    ("misuri", "state", "Missouri", True),
    ("luisiana", "state", "Louisiana", True),
    ("40.44,-79.99", "coordinates", "40.44, -79.99 (near Pittsburgh, PA)", False),
    ("40.4406, -79.9959", "coordinates", "40.44, -80.00 (near Pittsburgh, PA)", False),
    ("40.44 -79.99", "coordinates", "40.44, -79.99 (near Pittsburgh, PA)", False),
    ("40.7128° N, 74.0060° W", "coordinates", "40.71, -74.01 (near New York, NY)", False),
    ("13.47, 144.75", "coordinates", "13.47, 144.75 (near Hagatna, GU)", False),
]


@pytest.mark.parametrize(
    ("text", "kind", "name", "corrected"), FOUND, ids=[row[0] or "empty" for row in FOUND]
)
def test_typed_place_is_found(
    gazetteer: Gazetteer, text: str, kind: str, name: str, corrected: bool
) -> None:
    resolution = gazetteer.resolve(text)
    assert resolution.status == "found", names(resolution)
    best = resolution.best
    assert best is not None
    assert (best.place.kind, best.place.name, best.corrected) == (kind, name, corrected)


# (typed text, the best candidate, other candidates that must be offered)
AMBIGUOUS = [
    ("Springfield", "Springfield, IL", {"Springfield, MA", "Springfield, MO"}),
    ("Portland", "Portland, OR", {"Portland, ME"}),
    ("Kansas City", "Kansas City, MO", {"Kansas City, KS"}),
    ("Columbus", "Columbus, OH", {"Columbus, GA"}),
    ("la", "Los Angeles, CA", {"Louisiana"}),
    ("Washington", "Washington, DC", {"Washington"}),
    ("pittsburg", "Pittsburgh, PA", {"Pittsburg, CA", "Pittsburg, KS"}),
    ("Springfeld", "Springfield, IL", {"Springfield, MA"}),
    ("Bay Area", "San Jose, CA", {"San Francisco, CA", "Oakland, CA"}),
    ("Tuscon", "Tucson, AZ", set()),
    ("heroin", "Heron, MT", set()),
    ("40.44, 79.99", "40.44, -79.99 (near Pittsburgh, PA)", set()),
    ("2134", "02134 (Allston, MA)", set()),
]


@pytest.mark.parametrize(("text", "best", "others"), AMBIGUOUS, ids=[row[0] for row in AMBIGUOUS])
def test_unclear_text_offers_a_choice_instead_of_guessing(
    gazetteer: Gazetteer, text: str, best: str, others: set[str]
) -> None:
    resolution = gazetteer.resolve(text)
    assert resolution.status == "ambiguous"
    offered = names(resolution)
    assert offered[0] == best
    assert others <= set(offered)
    assert len(offered) <= MAX_CANDIDATES


NOT_FOUND = [
    ("asdfgh", HINT_NOT_FOUND),
    ("", HINT_NOT_FOUND),
    ("   ", HINT_NOT_FOUND),
    ("🙂🙂", HINT_NOT_FOUND),
    ("help me", HINT_NOT_FOUND),
    ("ok thanks", HINT_NOT_FOUND),
    ("412-555-1234", HINT_NOT_FOUND),
    ("00000", HINT_UNKNOWN_ZIP),
    ("99999", HINT_UNKNOWN_ZIP),
    ("48.85, 2.35", HINT_OUTSIDE_US),
    ("35.0, -40.0", HINT_OUTSIDE_US),
    ("91, 200", HINT_OUTSIDE_US),
    ("09001", HINT_OUTSIDE_US),
    ("96940", HINT_OUTSIDE_US),
    ("stop", HINT_NOT_FOUND),
    ("estoy en casa", HINT_NOT_FOUND),
    ("canada", HINT_OUTSIDE_US),
    ("I live in Mexico", HINT_OUTSIDE_US),
    ("near me", HINT_NEAR_ME),
    ("IOP near me", HINT_NEAR_ME),
]


@pytest.mark.parametrize(("text", "hint"), NOT_FOUND, ids=[row[0] or "empty" for row in NOT_FOUND])
def test_text_that_names_no_us_place_is_not_found(
    gazetteer: Gazetteer, text: str, hint: str
) -> None:
    resolution = gazetteer.resolve(text)
    assert (resolution.status, resolution.candidates, resolution.hint) == ("not_found", (), hint)


def test_dominant_city_is_found_with_its_namesakes_offered_after_it(gazetteer: Gazetteer) -> None:
    resolution = gazetteer.resolve("Boston")
    assert resolution.status == "found"
    assert "Boston, NY" in names(resolution)[1:]
    best, *others = resolution.candidates
    assert all(other.confidence < best.confidence / 10 for other in others)


def test_confidence_is_full_for_exact_names_and_lower_for_corrections(
    gazetteer: Gazetteer,
) -> None:
    exact = gazetteer.resolve("Pittsburgh, PA").best
    typo = gazetteer.resolve("pittsburg pa").best
    assert exact is not None
    assert typo is not None
    assert exact.confidence == 1.0
    assert 0.8 <= typo.confidence < exact.confidence


def test_ambiguous_candidates_are_ranked_by_size(gazetteer: Gazetteer) -> None:
    confidences = [c.confidence for c in gazetteer.resolve("Springfield").candidates]
    assert confidences == sorted(confidences, reverse=True)
    assert sum(confidences) == pytest.approx(1.0, abs=0.005)  # shares of one whole


def test_state_words_inside_a_sentence_are_not_read_as_states(gazetteer: Gazetteer) -> None:
    for text in ("I live in boston", "in boston please", "hi, I am in Boston", "ok so boston"):
        best = gazetteer.resolve(text).best
        assert best is not None
        assert best.place.name == "Boston, MA", text


@pytest.mark.parametrize("code", sorted(set(STATE_NAMES) - EXCLUDED_STATES))
def test_every_state_code_typed_alone_is_its_state(gazetteer: Gazetteer, code: str) -> None:
    resolution = gazetteer.resolve(code.lower())
    state_places = [c.place for c in resolution.candidates if c.place.kind == "state"]
    assert [p.state for p in state_places][:1] == [code] or code == "DC"
    # "LA" may be Los Angeles; "DC" is Washington the city; "ok", "in", "me" are also words.
    if code not in ("LA", "DC") and code.lower() not in WORDLIKE_CODES:
        assert resolution.status == "found"


@pytest.mark.parametrize(
    ("typed", "state"),
    [("in", "Indiana"), ("me", "Maine"), ("or", "Oregon"), ("ok", "Oklahoma"), ("OK", "Oklahoma"),
     ("hi", "Hawaii"), ("oh", "Ohio")],
)  # fmt: skip
def test_a_state_code_that_is_also_a_word_typed_alone_is_asked_about(
    gazetteer: Gazetteer, typed: str, state: str
) -> None:
    resolution = gazetteer.resolve(typed)
    assert resolution.status == "ambiguous"
    assert names(resolution)[:1] == [state]


def test_a_state_code_that_is_also_a_word_after_a_city_is_its_state(gazetteer: Gazetteer) -> None:
    best = gazetteer.resolve("near Tulsa OK").best
    assert best is not None
    assert best.place.name == "Tulsa, OK"


@pytest.mark.parametrize("code", sorted(set(STATE_NAMES) - EXCLUDED_STATES))
def test_every_state_name_typed_alone_offers_its_state(gazetteer: Gazetteer, code: str) -> None:
    resolution = gazetteer.resolve(STATE_NAMES[code])
    assert code in [c.place.state for c in resolution.candidates if c.place.kind == "state"]
    if STATE_NAMES[code] not in ("New York", "Washington"):
        best = resolution.best
        assert resolution.status == "found"
        assert best is not None
        assert best.place.kind == "state"


def test_unknown_zip_beside_a_city_keeps_the_city_and_flags_the_zip(
    gazetteer: Gazetteer,
) -> None:
    resolution = gazetteer.resolve("Pittsburgh, PA 00000")
    assert resolution.status == "found"
    assert names(resolution)[0] == "Pittsburgh, PA"
    assert resolution.hint == HINT_UNKNOWN_ZIP


def test_places_carry_the_timezone_for_reminders(gazetteer: Gazetteer) -> None:
    expected = {
        "15213": "America/New_York",
        "Honolulu": "Pacific/Honolulu",
        "Denver": "America/Denver",
        "PA": "America/New_York",
        "40.44,-79.99": "America/New_York",
    }
    for text, timezone in expected.items():
        best = gazetteer.resolve(text).best
        assert best is not None
        assert best.place.timezone == timezone, text


def test_city_place_sits_at_the_centre_of_its_zips(gazetteer: Gazetteer) -> None:
    best = gazetteer.resolve("Pittsburgh").best
    assert best is not None
    assert haversine_miles(best.place.latitude, best.place.longitude, *PITTSBURGH) < 5


def test_state_place_has_a_representative_point_inside_the_state(gazetteer: Gazetteer) -> None:
    best = gazetteer.resolve("Pennsylvania").best
    assert best is not None
    assert 39.7 < best.place.latitude < 42.3
    assert -80.6 < best.place.longitude < -74.7


def test_zip_area_and_state_name_lookups(gazetteer: Gazetteer) -> None:
    area = gazetteer.zip_area("15213-1234")
    assert area is not None
    assert (area.city, area.state) == ("Pittsburgh", "PA")
    assert gazetteer.zip_area("00000") is None
    assert gazetteer.state_name("pa") == "Pennsylvania"
    assert gazetteer.state_name("PR") == "Puerto Rico"
    assert gazetteer.state_name("ZZ") == "ZZ"


def test_nearest_zip_is_close_by_or_none(gazetteer: Gazetteer) -> None:
    nearest = gazetteer.nearest_zip(*PITTSBURGH)
    assert nearest is not None
    area, miles = nearest
    assert (area.city, area.state) == ("Pittsburgh", "PA")
    assert miles < 2
    assert gazetteer.nearest_zip(48.85, 2.35) is None  # Paris
    assert gazetteer.nearest_zip(91.0, 0.0) is None
    assert gazetteer.nearest_zip(math.nan, -79.99) is None


def test_shared_location_resolves_to_the_point_itself(gazetteer: Gazetteer) -> None:
    resolution = gazetteer.resolve_point(*PITTSBURGH)
    best = resolution.best
    assert best is not None
    assert (best.place.kind, best.place.latitude, best.place.longitude) == (
        "coordinates",
        *PITTSBURGH,
    )
    assert best.place.zip.startswith("152")
    assert gazetteer.resolve_point(30.0, -40.0).hint == HINT_OUTSIDE_US  # mid-Atlantic


def test_military_and_freely_associated_zips_are_never_places(gazetteer: Gazetteer) -> None:
    for text in ("Apo", "Apo AE", "Fpo", "Koror", "Majuro"):
        resolution = gazetteer.resolve(text)
        assert all(c.place.state not in EXCLUDED_STATES for c in resolution.candidates), text


def test_fuzzy_and_junk_input_resolve_to_what_they_are(gazetteer: Gazetteer) -> None:
    # How long these take is measured by bench/search.py (typos included), never asserted.
    junk = "qwertyuiop asdf " * 320  # about 5,000 characters
    assert gazetteer.resolve(junk).status == "not_found"
    assert gazetteer.resolve("asdfgh").status == "not_found"
    assert any(c.place.name == "Chicago, IL" for c in gazetteer.resolve("Chicgo").candidates)
    assert gazetteer.resolve("15213").status == "found"
    assert gazetteer.resolve("Pittsburgh, PA").status == "found"


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300))
def test_any_text_resolves_without_error(gazetteer: Gazetteer, text: str) -> None:
    resolution = gazetteer.resolve(text)
    assert (resolution.status == "not_found") == (not resolution.candidates)
    assert len(resolution.candidates) <= MAX_CANDIDATES
    assert all(0.0 <= c.confidence <= 1.0 for c in resolution.candidates)

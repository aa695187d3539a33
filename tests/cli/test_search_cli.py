"""`iop-bot search` and `iop-bot data` end to end, on the real national directory."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.__main__ import EXIT_ERROR, EXIT_OK, EXIT_PLACE, main
from tests.databases import scratch_database

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parents[2] / "data"
GATEWAY_SQUIRREL_HILL = "p5a3a7b41ba"  # Gateway Rehab, Squirrel Hill, Pittsburgh PA 15217
GAVIN_FOUNDATION = "p611f07ba18"  # Gavin Foundation, Boston MA 02127


@pytest.fixture(name="database_url", scope="module")
def database_url_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One database for the module, built from the shipped CSV by the first command."""
    with scratch_database(tmp_path_factory.mktemp("db"), "cli") as url:
        yield url


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, database_url: str) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("IOP_DATA_DIR", str(DATA))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def search_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    status, out, err = run(capsys, "search", "--json", *argv)
    assert status == EXIT_OK, err
    result: dict[str, Any] = json.loads(out)
    return result


def result_ids(payload: dict[str, object]) -> list[str]:
    results = payload["results"]
    assert isinstance(results, list)
    return [r["id"] for r in results]


def test_a_known_pittsburgh_iop_appears_for_its_zip(capsys: pytest.CaptureFixture[str]) -> None:
    payload = search_json(capsys, "--near", "15217", "--radius", "5")

    assert GATEWAY_SQUIRREL_HILL in result_ids(payload)


def test_a_known_boston_iop_appears_for_its_zip(capsys: pytest.CaptureFixture[str]) -> None:
    payload = search_json(capsys, "--near", "02127", "--radius", "3", "--limit", "30")

    assert GAVIN_FOUNDATION in result_ids(payload)


def test_json_results_carry_distance_reasons_and_what_to_verify(
    capsys: pytest.CaptureFixture[str],
) -> None:
    payload = search_json(capsys, "--near", "Pittsburgh, PA", "--pay", "medicaid")

    assert payload["place"]["name"] == "Pittsburgh, PA"
    results = payload["results"]
    assert isinstance(results, list)
    assert 1 <= len(results) <= 10
    expected = {"id", "name", "street", "city", "state", "zip", "phone", "distance_miles"}
    expected |= {"codes", "matched", "unmatched", "verify"}
    for result in results:
        assert expected <= set(result)
        assert result["distance_miles"] <= 25
        assert "OIT" in result["codes"]
        assert "MD" in result["codes"]
        assert result["matched"][:2] == ["level:iop", "pay:medicaid"]
        assert "hours" in result["verify"]
    # No preferences: nearest first, except that a listing naming only children and teens
    # ranks a little lower in a search that is not for a teenager.
    adults = [r for r in results if {"CHLD", "YAD", "ADLT", "SNR"} & set(r["codes"]) != {"CHLD"}]
    distances = [r["distance_miles"] for r in adults]
    assert distances == sorted(distances)
    assert payload["relaxed"] == []


def test_a_typo_in_the_city_proceeds_and_says_what_it_understood(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "search", "--near", "pittsburg pa", "--limit", "3")

    assert status == EXIT_OK
    assert 'I understood "pittsburg pa" as Pittsburgh, PA.' in out
    assert "Intensive outpatient (IOP) programs within 25 miles of Pittsburgh, PA" in out
    assert "Ask when you call:" in out
    assert "Source: SAMHSA" in out


def test_an_ambiguous_city_lists_the_candidates_and_exits_non_zero(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "search", "--near", "Springfield")

    assert status == EXIT_PLACE
    assert out == ""
    assert "Springfield, IL" in err
    assert "Springfield, MA" in err


def test_nonsense_gets_a_hint_and_exits_non_zero(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "search", "--near", "asdfghjk qwerty")

    assert status == EXIT_PLACE
    assert "ZIP code" in err


def test_a_rare_need_far_from_cities_is_relaxed_out_loud(
    capsys: pytest.CaptureFixture[str],
) -> None:
    payload = search_json(
        capsys, "--near", "Cheyenne, WY", "--radius", "10", "--extra", "child_care"
    )

    relaxed = payload["relaxed"]
    assert isinstance(relaxed, list)
    assert relaxed, "expected the search to be loosened"
    assert all(r["text"] for r in relaxed)
    assert result_ids(payload)


def test_online_search_lists_telehealth_programs_across_the_state(
    capsys: pytest.CaptureFixture[str],
) -> None:
    payload = search_json(capsys, "--near", "Vermont", "--online", "--limit", "50")

    results = payload["results"]
    assert isinstance(results, list)
    assert results
    assert all(r["state"] == "VT" and "TELE" in r["codes"] for r in results)


def test_spanish_speaking_requirement_is_met_by_every_result(
    capsys: pytest.CaptureFixture[str],
) -> None:
    payload = search_json(capsys, "--near", "90011", "--lang", "spanish", "--limit", "20")

    results = payload["results"]
    assert isinstance(results, list)
    assert len(results) == 20
    assert all("SP" in r["codes"] for r in results)


def test_an_unknown_option_value_is_refused_with_a_clear_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = run(capsys, "search", "--near", "15213", "--prefer", "pay:bitcoin")

    assert status == EXIT_ERROR
    assert "pay:bitcoin" in err


def test_data_info_reports_the_directory(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "data", "info")

    assert status == EXIT_OK
    assert "Programs: 12744; offering IOP: 5736" in out


def test_importing_a_findtreatment_download_into_a_copy_updates_searches(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(DATA / "programs.csv", data / "programs.csv")
    shutil.copy(DATA / "service_codes.csv", data / "service_codes.csv")
    monkeypatch.setenv("IOP_DATA_DIR", str(data))
    sample = DATA / "source" / "findtreatment-export-sample-boston-2025-08-19.csv"
    with scratch_database(tmp_path, "copy") as copy_url:
        monkeypatch.setenv("DATABASE_URL", copy_url)

        status, out, err = run(capsys, "data", "import", str(sample))

        assert status == EXIT_OK, err
        assert "Database updated" in out
        payload = search_json(capsys, "--near", "02127", "--radius", "5", "--limit", "50")
    results = payload["results"]
    assert isinstance(results, list)
    assert any(r.get("website") for r in results)  # FindTreatment rows carry websites


def test_maintainers_list_reported_listings_and_purge_on_demand(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    from bot.core.conversation import Conversation
    from bot.core.dialogue import FileReport, Outcome
    from bot.storage.conversations import ConversationStore
    from bot.storage.database import create_db_engine, create_schema

    engine = create_db_engine(database_url)
    create_schema(engine)
    reported = Outcome(Conversation(), (), (FileReport(GAVIN_FOUNDATION, "closed"),))
    ConversationStore(engine).update("someone", lambda _s: (reported, None))
    engine.dispose()

    status, out, _ = run(capsys, "data", "reports")
    assert status == EXIT_OK
    assert f"{GAVIN_FOUNDATION}  Gavin Foundation" in out
    assert "closed" in out

    status, out, _ = run(capsys, "data", "purge", "--days", "30")
    assert status == EXIT_OK
    assert "Deleted 0 conversation(s)" in out


def test_maintainers_see_unreadable_conversations_set_aside_without_their_content(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    from sqlalchemy import text

    from bot.core.conversation import Conversation
    from bot.core.dialogue import Outcome
    from bot.storage.conversations import ConversationStore
    from bot.storage.database import create_db_engine, create_schema

    assert run(capsys, "data", "set-aside")[1] == "No conversations set aside.\n"
    engine = create_db_engine(database_url)
    create_schema(engine)
    store = ConversationStore(engine)
    fresh = Outcome(Conversation(), ())
    store.update("tg:abc", lambda _s: (fresh, None))
    with engine.begin() as connection:
        connection.execute(text("UPDATE conversation SET state = '{\"my son\": 1'"))
    store.update("tg:abc", lambda _s: (fresh, None))
    engine.dispose()

    status, out, _ = run(capsys, "data", "set-aside")

    assert status == EXIT_OK
    assert "tg:abc  not JSON (12 B)" in out
    assert "1 set aside" in out
    assert "my son" not in out


def test_maintainers_migrate_the_schema_before_rolling_out_workers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with scratch_database(tmp_path, "fresh") as url:
        monkeypatch.setenv("DATABASE_URL", url)

        first = run(capsys, "data", "migrate")
        again = run(capsys, "data", "migrate")

    assert first[0] == again[0] == EXIT_OK
    assert first[1] == again[1] == "Database schema at revision 0004.\n"


def test_a_hand_broken_directory_file_is_one_line_and_a_failure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    lines = (DATA / "programs.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (data / "programs.csv").write_text("".join(lines[:50]) + "p-broken,only two cells\n")
    shutil.copy(DATA / "service_codes.csv", data / "service_codes.csv")
    monkeypatch.setenv("IOP_DATA_DIR", str(data))
    with scratch_database(tmp_path, "broken") as url:
        monkeypatch.setenv("DATABASE_URL", url)

        status, out, err = run(capsys, "search", "--near", "15217")

    assert status == EXIT_ERROR
    assert out == ""
    assert err.startswith("The program directory cannot be read:")
    assert len(err.strip().splitlines()) == 1
    assert "line 51" in err


# -- issue 12: what each program's listing says, searched as people need ----------------------

RESONANCE_WOMEN = "pe8646c2067"  # Resonance Center for Women, Tulsa OK: FEM only
HIGH_COUNTRY_DOUGLAS = "pc8ec6ab432"  # High Country Behavioral Health, Douglas WY: NAUT


def results_of(payload: dict[str, Any]) -> list[dict[str, Any]]:
    results = payload["results"]
    assert isinstance(results, list)
    return results


def test_a_man_is_never_shown_a_women_only_program_and_others_see_it_flagged(
    capsys: pytest.CaptureFixture[str],
) -> None:
    anyone = search_json(capsys, "--near", "Tulsa, OK", "--limit", "50")
    man = search_json(capsys, "--near", "Tulsa, OK", "--limit", "50", "--gender", "male")

    flagged = next(r for r in results_of(anyone) if r["id"] == RESONANCE_WOMEN)
    assert flagged["flags"] == [{"kind": "women_only", "text": "Serves women only"}]
    assert RESONANCE_WOMEN not in result_ids(man)
    assert not any(f["kind"] == "women_only" for r in results_of(man) for f in r["flags"])


def test_an_alcohol_search_near_casper_leaves_out_programs_that_do_not_treat_alcohol(
    capsys: pytest.CaptureFixture[str],
) -> None:
    anyone = search_json(capsys, "--near", "Casper, WY", "--radius", "50")
    alcohol = search_json(capsys, "--near", "Casper, WY", "--substance", "alcohol")

    assert HIGH_COUNTRY_DOUGLAS in result_ids(anyone)
    assert HIGH_COUNTRY_DOUGLAS not in result_ids(alcohol)
    for result in results_of(alcohol):
        assert not {"NAUT", "OUDO"} & set(result["codes"])
    assert payload_relaxed_kinds(alcohol) == ["radius"]


def payload_relaxed_kinds(payload: dict[str, Any]) -> list[str]:
    relaxed = payload["relaxed"]
    assert isinstance(relaxed, list)
    return [r["kind"] for r in relaxed]


def test_several_pay_options_are_alternatives(capsys: pytest.CaptureFixture[str]) -> None:
    medicaid = search_json(capsys, "--near", "90011", "--pay", "medicaid", "--limit", "300")
    either = search_json(
        capsys, "--near", "90011", "--pay", "medicaid", "--pay", "sliding_fee", "--limit", "300"
    )

    assert either["query"]["required"] == ["pay:medicaid|pay:sliding_fee"]
    assert either["total"] > medicaid["total"]
    for result in results_of(either):
        assert {"MD", "SS"} & set(result["codes"])


def test_no_insurance_ranks_low_cost_programs_first_and_leaves_none_out(
    capsys: pytest.CaptureFixture[str],
) -> None:
    anyone = search_json(capsys, "--near", "15213", "--limit", "300")
    uninsured = search_json(capsys, "--near", "15213", "--pay", "no_insurance", "--limit", "300")

    assert uninsured["total"] == anyone["total"]
    assert uninsured["relaxed"] == []
    low_cost = [
        bool({"SS", "PA", "NP", "FSA", "SAMF"} & set(r["codes"])) for r in results_of(uninsured)
    ]
    assert low_cost == sorted(low_cost, reverse=True)  # every low-cost program first
    assert low_cost[0]
    assert not low_cost[-1]


def test_medicaid_near_57078_widens_to_100_miles_and_keeps_medicaid(
    capsys: pytest.CaptureFixture[str],
) -> None:
    payload = search_json(capsys, "--near", "57078", "--pay", "medicaid", "--limit", "50")

    assert payload_relaxed_kinds(payload) == ["radius"]
    assert payload["query"]["required"] == ["pay:medicaid"]
    assert payload["total"] == 27
    assert all("MD" in r["codes"] for r in results_of(payload))


def test_an_adult_near_athens_ohio_sees_the_nearby_programs_with_their_ages_noted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    payload = search_json(capsys, "--near", "45701", "--age", "adult")

    results = results_of(payload)
    assert payload["relaxed"] == []
    assert len(results) == 3
    assert all(r["distance_miles"] <= 25 for r in results)
    assert all(
        {
            "kind": "ages_listed",
            "text": "Ages listed: children and teens only — ask",
            "ages": ["teen"],
        }
        in r["flags"]
        for r in results
    )


def test_online_only_from_san_francisco_is_ranked_by_distance(
    capsys: pytest.CaptureFixture[str],
) -> None:
    payload = search_json(capsys, "--near", "San Francisco, CA", "--online", "--limit", "40")

    distances = [r["distance_miles"] for r in results_of(payload)]
    assert distances == sorted(distances)
    assert results_of(payload)[0]["city"] == "San Francisco"


def test_the_text_output_says_what_telehealth_means_and_flags_restrictions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "search", "--near", "Tulsa, OK", "--online", "--limit", "40")

    assert status == EXIT_OK
    assert "at facilities that offer telehealth" in out
    assert "ask whether the IOP itself meets online" in out
    assert "Note: Serves women only" in out
    assert "offering online sessions" not in out

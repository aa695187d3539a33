"""Links offered with a program's details: only well-formed web addresses, a map, a share."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.core.dialogue import UserInput
from bot.core.dialogue.links import map_url, program_links, web_url
from tests.builders import a_program, one_program_dialogue

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gatewayrehab.org",
        "http://example.org/iop?x=1&y=2",
        "HTTPS://Example.ORG/path#part",
        "https://xn--bcher-kva.example/",
        "https://example.org:8443/",
    ],
    ids=["https", "http-query", "upper-case", "punycode", "port"],
)
def test_a_well_formed_web_address_is_kept(url: str) -> None:
    assert web_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "",
        "www.example.org",
        "javascript:alert(1)",
        "ftp://example.org/",
        "https://",
        "https://localhost/",
        "https://exa mple.org/",
        "https://example.org/<script>",
        "https://user:pass@example.org/",
        "https://example.org:port/",
        "https://exámple.org/",
        "https://-bad-.org/",
        "http://" + "a" * 1100 + ".org",
    ],
    ids=[
        "empty",
        "no-scheme",
        "javascript",
        "ftp",
        "no-host",
        "no-dot",
        "space",
        "angle",
        "credentials",
        "bad-port",
        "not-ascii",
        "hyphen-label",
        "too-long",
    ],
)
def test_a_malformed_web_address_gives_no_link(url: str) -> None:
    assert web_url(url) == ""


def test_a_program_with_a_website_offers_it_a_map_and_a_share() -> None:
    program = a_program(name="Hope IOP", website="https://hope.example.org", phone="412-555-0101")

    website, place, share = program_links(program, "en")

    assert (website.kind, website.url) == ("website", "https://hope.example.org")
    assert place.kind == "map"
    query = parse_qs(urlsplit(place.url).query)
    assert query["query"] == [f"{program.street}, Pittsburgh, PA 15222"]
    assert share.kind == "share"
    assert share.url == "https://hope.example.org"
    assert share.message.splitlines() == [
        "Hope IOP", "Phone: 412-555-0101", f"{program.street}, Pittsburgh, PA 15222"
    ]  # fmt: skip


def test_a_malformed_website_gets_no_link_and_the_share_points_at_the_map() -> None:
    program = a_program(website="http://not a website")

    kinds = [link.kind for link in program_links(program, "es")]
    share = program_links(program, "es")[-1]

    assert kinds == ["map", "share"]
    assert share.url == map_url(program)
    assert "Teléfono:" in share.message


def test_a_program_without_a_street_is_found_on_the_map_by_its_coordinates() -> None:
    program = a_program(street="", latitude=40.5, longitude=-80.25)

    assert map_url(program).endswith("query=40.50000,-80.25000")


def test_the_details_question_carries_the_links_and_says_saved_once_saved() -> None:
    dialogue = one_program_dialogue()
    outcome = dialogue.advance(None, UserInput.command("start", "zip_15222"), NOW)
    outcome = dialogue.advance(outcome.conversation, UserInput.say("1"), NOW)
    question = outcome.replies[-1]
    assert question.step == "details"
    assert [link.kind for link in question.links] == ["map", "share"]
    assert "☆ Save to my list" in [c.label for c in question.choices]

    saved = dialogue.advance(outcome.conversation, UserInput.pick("save", step="details"), NOW)

    again = saved.replies[-1]
    assert [link.kind for link in again.links] == ["map", "share"]
    assert "★ Saved to my list" in [c.label for c in again.choices]

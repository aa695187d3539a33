"""The locator API client reads every page, waits politely, and names what went wrong in a line.

Pages are served by a real HTTP server on 127.0.0.1 (tests/locator_server.py); waits are
recorded, not slept.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest

from bot.storage.locator_api import (
    ATTEMPTS,
    MAX_WAIT_SECONDS,
    LocatorClient,
    LocatorError,
    check_url,
)
from tests.locator_server import Answer, FakeLocator, busy, recorded, running_locator


@pytest.fixture(name="locator")
def locator_fixture() -> Iterator[FakeLocator]:
    with running_locator() as locator:
        yield locator


@pytest.fixture(name="waits")
def waits_fixture() -> list[float]:
    return []


@pytest.fixture(name="client")
def client_fixture(locator: FakeLocator, waits: list[float]) -> LocatorClient:
    return LocatorClient(locator.url, sleep=waits.append, timeout=5)


def page_body(**envelope: object) -> Answer:
    return Answer(body=json.dumps(envelope).encode())


def failure(client: LocatorClient, state: str = "MA") -> str:
    with pytest.raises(LocatorError) as raised:
        client.fetch_state(state)
    message = str(raised.value)
    assert "\n" not in message
    return message


def test_every_page_of_a_state_is_read_in_order(
    client: LocatorClient, locator: FakeLocator
) -> None:
    listings = client.fetch_state("MA")

    assert locator.pages_asked() == [("MA", 1), ("MA", 2)]
    assert [len(page.rows) for page in listings.pages] == [3, 2]
    assert listings.row_count == 5


def test_a_state_is_asked_for_all_its_substance_use_listings(
    client: LocatorClient, locator: FakeLocator
) -> None:
    client.fetch_state("NH")

    query = locator.requests[0]
    assert query["limitType"] == "0"
    assert query["limitValue"] == "NH"
    assert query["sType"] == "SA"
    # No service filter: a program that stopped offering IOP must still come back.
    assert "sCodes" not in query


def test_a_state_without_listings_is_one_empty_page(
    client: LocatorClient, locator: FakeLocator
) -> None:
    listings = client.fetch_state("WY")

    assert listings.row_count == 0
    assert locator.pages_asked() == [("WY", 1)]


def test_a_rate_limited_page_is_asked_again_after_the_wait_the_server_names(
    client: LocatorClient, locator: FakeLocator, waits: list[float]
) -> None:
    locator.queue("MA", 2, busy(429, retry_after="3"), recorded("MA", 2))

    listings = client.fetch_state("MA")

    assert listings.row_count == 5
    assert waits == [3.0]
    assert locator.pages_asked() == [("MA", 1), ("MA", 2), ("MA", 2)]


def test_a_wait_asked_in_an_http_date_is_honoured(
    client: LocatorClient, locator: FakeLocator, waits: list[float]
) -> None:
    locator.queue(
        "NH", 1, busy(503, retry_after="Wed, 21 Oct 2015 07:28:00 GMT"), recorded("NH", 1)
    )

    client.fetch_state("NH")

    assert waits == [0.0]  # a date in the past: try again at once


def test_a_long_retry_after_is_capped(
    client: LocatorClient, locator: FakeLocator, waits: list[float]
) -> None:
    locator.queue("NH", 1, busy(429, retry_after="3600"), recorded("NH", 1))

    client.fetch_state("NH")

    assert waits == [MAX_WAIT_SECONDS]


def test_server_errors_without_retry_after_wait_longer_each_time(
    client: LocatorClient, locator: FakeLocator, waits: list[float]
) -> None:
    plain_503 = Answer(status=503, body=b"Service Unavailable")
    locator.queue("NH", 1, plain_503, plain_503, recorded("NH", 1))

    client.fetch_state("NH")

    assert waits == [2.0, 4.0]


def test_a_page_rate_limited_forever_fails_after_a_bounded_number_of_tries(
    client: LocatorClient, locator: FakeLocator, waits: list[float]
) -> None:
    locator.queue("MA", 1, busy(429, retry_after="1"))

    message = failure(client)

    assert message == (
        f"MA page 1: FindTreatment.gov answered HTTP 429 (Too Many Requests) "
        f"(gave up after {ATTEMPTS} tries)"
    )
    assert len(locator.requests) == ATTEMPTS
    assert waits == [1.0] * (ATTEMPTS - 1)


def test_a_refusal_is_not_asked_again(client: LocatorClient, locator: FakeLocator) -> None:
    locator.queue("MA", 1, Answer(status=403, body=b"Forbidden"))

    message = failure(client)

    assert message == "MA page 1: FindTreatment.gov answered HTTP 403 (Forbidden)"
    assert len(locator.requests) == 1


def test_malformed_json_is_named_with_where_it_broke(
    client: LocatorClient, locator: FakeLocator
) -> None:
    locator.queue("MA", 2, Answer(body=b'{"page": 2, "totalPages": 2, "rows": [{"name1": "A"'))

    message = failure(client)

    assert message.startswith("MA page 2: the answer is not valid JSON (")
    assert "line 1 column" in message
    assert locator.pages_asked() == [("MA", 1), ("MA", 2)]  # not asked again


def test_an_html_error_page_is_not_json(client: LocatorClient, locator: FakeLocator) -> None:
    locator.queue("MA", 1, Answer(body=b"<html><body>Maintenance tonight</body></html>"))

    assert "it begins '<html><body>Maintenance tonight" in failure(client)


def test_a_body_cut_off_once_is_read_again_whole(
    client: LocatorClient, locator: FakeLocator
) -> None:
    whole = recorded("MA", 1)
    locator.queue("MA", 1, Answer(body=whole.body, cut_after=200), whole)

    assert client.fetch_state("MA").row_count == 5


def test_a_body_always_cut_off_fails_saying_so(
    client: LocatorClient, locator: FakeLocator
) -> None:
    whole = recorded("MA", 1).body
    locator.queue("MA", 1, Answer(body=whole, cut_after=200))

    message = failure(client)

    assert message == (
        f"MA page 1: the answer was cut off after 200 bytes of {len(whole):,} announced "
        f"(gave up after {ATTEMPTS} tries)"
    )


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (page_body(page=1, totalPages=1, recordCount=0), "MA page 1: the answer has no 'rows'"),
        (
            page_body(page=1, rows=[]),
            "MA page 1: the answer has neither 'totalPages' nor 'recordCount'",
        ),
        (
            page_body(page=1, totalPages="many", rows=[]),
            "MA page 1: 'totalPages' is 'many', not a count",
        ),
        (page_body(page=1, totalPages=1, rows={}), "MA page 1: 'rows' is a dict, not a list"),
        (Answer(body=b"[]"), "MA page 1: the answer is a JSON list, not an object"),
        (page_body(page=3, totalPages=1, rows=[]), "MA page 1: the API answered with page 3"),
    ],
    ids=[
        "no-rows",
        "no-page-count",
        "odd-count",
        "rows-not-a-list",
        "not-an-object",
        "wrong-page",
    ],
)
def test_an_envelope_without_its_keys_is_refused(
    client: LocatorClient, locator: FakeLocator, answer: Answer, expected: str
) -> None:
    locator.queue("MA", 1, answer)

    assert failure(client).startswith(expected)


def test_fewer_listings_than_announced_is_an_incomplete_answer(
    client: LocatorClient, locator: FakeLocator
) -> None:
    short = json.loads(recorded("MA", 2).body)
    short["rows"] = short["rows"][:1]
    locator.queue("MA", 2, page_body(**short))

    assert failure(client) == (
        "MA: 4 listings received in 2 page(s), but the API announced 5 (recordCount): "
        "the answer is incomplete"
    )


def test_a_page_count_is_worked_out_from_the_record_count_when_missing(
    locator: FakeLocator,
) -> None:
    first = json.loads(recorded("MA", 1).body)
    del first["totalPages"]
    locator.queue("MA", 1, page_body(**first))
    client = LocatorClient(locator.url, page_size=3, sleep=lambda _s: None)

    assert client.fetch_state("MA").row_count == 5


def test_a_server_that_cannot_be_reached_fails_after_the_tries(waits: list[float]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = LocatorClient(f"http://127.0.0.1:{port}/v2", sleep=waits.append, timeout=2)

    message = failure(client)

    assert message.startswith("MA page 1: cannot reach FindTreatment.gov (")
    assert message.endswith(f"(gave up after {ATTEMPTS} tries)")
    assert waits == [2.0, 4.0, 8.0, 16.0]


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://findtreatment.gov/x", "findtreatment.gov", "http://"]
)
def test_only_web_addresses_are_accepted(url: str) -> None:
    with pytest.raises(ValueError, match="must be http:// or https://"):
        check_url(url)

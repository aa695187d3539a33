"""The shipped nginx site (deploy/nginx/) in front of real webhook workers, on loopback.

The fake Bot API plays Telegram and pushes to nginx over HTTPS; nginx hands each update to a
worker. What an operator relies on: the secret header reaches the workers (a wrong one is
refused by them, through nginx), /healthz answers through nginx, a stopped worker's updates go
to the other one at once, and nothing but the webhook and /healthz reaches a worker.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.databases import scratch_database
from tests.tg.fakeapi import TEST_TOKEN, FakeBotApi
from tests.tg.workers import SECRET, Deployment, answered, behind_nginx, stop

pytestmark = pytest.mark.slow

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WELCOME = "intensive outpatient program"


@pytest.fixture(name="shared", scope="module")
def shared_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    """Two workers behind nginx, for the tests that only send requests through it."""
    folder = tmp_path_factory.mktemp("behind-nginx")
    with (
        FakeBotApi(TEST_TOKEN) as fake,
        scratch_database(folder) as database_url,
        behind_nginx(fake, database_url, folder) as deployment,
    ):
        yield deployment
        fake.assert_no_violations()


def test_the_secret_header_reaches_the_worker_and_a_wrong_one_is_refused_there(
    shared: Deployment,
) -> None:
    front = shared.front
    json_type = {"Content-Type": "application/json"}
    before = front.settled()

    wrong = front.request("POST", "/telegram", b"{}", {**json_type, SECRET_HEADER: "not-it"})
    missing = front.request("POST", "/telegram", b"{}", json_type)
    # The right secret and a body that is no update: past the secret check, refused as junk.
    right = front.request("POST", "/telegram", b"{not json", {**json_type, SECRET_HEADER: SECRET})

    assert wrong[0] == 403
    assert missing[0] == 403
    assert right == (400, b"bad update")
    answers = [line.upstream_statuses for line in front.logged_after(before, 3)]
    assert answers == [("403",), ("403",), ("400",)]  # the workers' answers, not nginx's


def test_an_update_pushed_over_https_is_answered_by_a_worker(shared: Deployment) -> None:
    fake = shared.fake
    chat = 870001

    answered(fake, [chat], lambda c: fake.user_command(c, "/start"))

    assert any(WELCOME in (m.text or "") for m in fake.messages(chat))
    attempts = [a for a in fake.webhook_attempts() if a.url == shared.front.webhook_url]
    assert attempts
    assert {a.status for a in attempts} == {200}
    assert shared.front.webhook_url.startswith("https://")


def test_healthz_answers_through_nginx(shared: Deployment) -> None:
    status, body = shared.front.request("GET", "/healthz")

    assert status == 200
    assert json.loads(body) == {"ok": True, "database": "up"}


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/metrics", 404),
        ("GET", "/", 404),
        ("GET", "/telegram", 403),
        ("POST", "/healthz", 403),
        ("GET", "/telegram/../metrics", 404),
    ],
    ids=["metrics", "root", "get-webhook", "post-health", "dot-dot"],
)
def test_nothing_else_reaches_a_worker(
    shared: Deployment, method: str, path: str, status: int
) -> None:
    before = shared.front.settled()

    answer = shared.front.request(method, path)

    assert answer[0] == status
    (line,) = shared.front.logged_after(before, 1)
    assert (line.method, line.status) == (method, status)
    assert line.upstreams == ()  # nginx answered it itself


def test_a_stopped_worker_passes_its_updates_to_the_other_one(
    database_url: str, tmp_path: Path
) -> None:
    chats = list(range(870100, 870108))
    with (
        FakeBotApi(TEST_TOKEN) as fake,
        behind_nginx(fake, database_url, tmp_path) as deployment,
    ):
        stopped = deployment.processes[1]
        assert stopped is not None
        stop(stopped)  # as `systemctl stop iop-bot@PORT` does
        before = len(fake.webhook_attempts())

        answered(fake, chats, lambda chat: fake.user_command(chat, "/start"))
        deployment.front.settled()  # the last push's line is written just after its answer
        logged = [line for line in deployment.front.logged() if line.uri == "/telegram"]

    fake.assert_no_violations()
    live, down = (f"127.0.0.1:{port}" for port in deployment.ports)
    for chat in chats:
        assert sum(WELCOME in (m.text or "") for m in fake.messages(chat)) == 1
    # Telegram never had to deliver again: each push was answered with a 200 the first time.
    assert [a.status for a in fake.webhook_attempts()[before:]] == [200] * len(chats)
    assert {line.served_by for line in logged} == {deployment.ports[0]}
    # nginx tried the stopped worker when its turn came, and handed the update on.
    assert any(line.upstreams == (down, live) for line in logged), logged

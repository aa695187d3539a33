"""A stand-in for FindTreatment.gov's locator API on 127.0.0.1: recorded pages, failures on cue.

Pages come from tests/fixtures/findtreatment_api/<state>-page-<n>.json; a state without
recorded pages has no listings. A test queues other answers for a page (an error status, a body
cut off, not JSON…); the last one queued is given again for every later request. Nothing here
leaves the machine.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "findtreatment_api"


@dataclass(frozen=True)
class Answer:
    """One HTTP answer; `cut_after` sends that many bytes of the body, then hangs up."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    cut_after: int | None = None


def recorded(state: str, page: int) -> Answer:
    """The recorded page, or the answer for a state with no listings."""
    path = FIXTURES / f"{state.lower()}-page-{page}.json"
    if path.is_file():
        return Answer(body=path.read_bytes(), headers={"Content-Type": "application/json"})
    empty = {"page": page, "totalPages": 0, "recordCount": 0, "rows": []}
    return Answer(body=json.dumps(empty).encode(), headers={"Content-Type": "application/json"})


def busy(status: int = 429, retry_after: str = "0") -> Answer:
    """A refusal to answer now (rate limit or server trouble), with Retry-After."""
    return Answer(status=status, body=b'{"error": "busy"}', headers={"Retry-After": retry_after})


class FakeLocator:
    """Answers GET requests as the locator API does, and records what was asked."""

    def __init__(self) -> None:
        self.requests: list[dict[str, str]] = []
        self._queued: dict[tuple[str, int], list[Answer]] = {}
        self._lock = threading.Lock()
        self.url = ""

    def queue(self, state: str, page: int, *answers: Answer) -> None:
        """Answers for one page, in order; the last is repeated for later requests."""
        self._queued[(state, page)] = list(answers)

    def pages_asked(self) -> list[tuple[str, int]]:
        """(state, page) of every request, in order."""
        return [(q.get("limitValue", ""), int(q.get("page", "0"))) for q in self.requests]

    def answer_for(self, query: dict[str, str]) -> Answer:
        """The next answer for a request."""
        with self._lock:
            self.requests.append(query)
            key = (query.get("limitValue", ""), int(query.get("page", "0") or 0))
            queued = self._queued.get(key)
            if queued:
                return queued.pop(0) if len(queued) > 1 else queued[0]
        return recorded(*key)


def _handler(locator: FakeLocator) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            """One locator request."""
            query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
            answer = locator.answer_for(query)
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            sent = answer.body if answer.cut_after is None else answer.body[: answer.cut_after]
            self.wfile.write(sent)
            self.close_connection = True

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the tests say what matters."""

    return Handler


@contextmanager
def running_locator() -> Iterator[FakeLocator]:
    """A FakeLocator served on a free port of 127.0.0.1 while inside."""
    locator = FakeLocator()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(locator))
    server.daemon_threads = True
    # A short poll lets shutdown() return at once rather than after half a second.
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    locator.url = f"http://127.0.0.1:{server.server_address[1]}/locator/exportsAsJson/v2"
    try:
        yield locator
    finally:
        server.shutdown()
        server.server_close()
        thread.join()

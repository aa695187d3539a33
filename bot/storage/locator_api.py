"""FindTreatment.gov's JSON locator API (v2): every listing of a state, page by page; HTTP only.

Reads pages and checks their envelope; what a row means is the refresh's business
(bot.storage.refresh). Standard library only: a nightly job needs no HTTP client of its own.
"""

from __future__ import annotations

import http.client
import json
import logging
import math
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

from bot.storage.programs_csv import one_line

log = logging.getLogger(__name__)

# SAMHSA's limit is reportedly 2,000 rows a page; 500 keeps each answer a few hundred KB.
PAGE_SIZE = 500
TIMEOUT_SECONDS = 60.0
# Tries per page: the first, then up to four more after 429 or 5xx answers or a broken
# connection, waiting 2, 4, 8 and 16 s, or what Retry-After asks, never more than a minute.
ATTEMPTS = 5
FIRST_WAIT_SECONDS = 2.0
MAX_WAIT_SECONDS = 60.0
# California, the largest state, has about 1,300 substance-use facilities: a few pages.
MAX_PAGES = 1_000
# A page of 2,000 listings is about 6 MB; anything far larger is not a page.
MAX_BODY_BYTES = 64 * 1024 * 1024
READ_CHUNK_BYTES = 64 * 1024
USER_AGENT = "iop-finder directory refresh (+https://findtreatment.gov)"

Sleep = Callable[[float], None]
Opener = Callable[..., Any]


class LocatorError(Exception):
    """The locator API could not give a page: one line that says which and why."""

    def __init__(self, message: str) -> None:
        # Messages quote what a server sent back: one bounded line.
        super().__init__(one_line(message))


class _TransientError(Exception):
    """A failure worth trying again: 429, 5xx, a broken connection or a cut-off answer."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


@dataclass(frozen=True)
class Page:
    """One page of a state's listings, as the API sent it."""

    state: str
    number: int
    total_pages: int
    record_count: int | None
    rows: list[Any]


@dataclass(frozen=True)
class StateListings:
    """Every page of one state's listings."""

    state: str
    pages: list[Page]

    @property
    def row_count(self) -> int:
        """How many rows the pages hold together."""
        return sum(len(page.rows) for page in self.pages)


def check_url(url: str) -> str:
    """The locator's base URL if it is an http(s) URL with a host, else a ValueError."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"the locator URL must be http:// or https:// with a host, not {url!r}")
    return url.strip()


def state_query(state: str, page: int, page_size: int) -> dict[str, str]:
    """The query for one page of a state's substance-use listings (limitType 0 = a state).

    No service filter (sCodes): every substance-use facility comes back, so a program that
    stopped offering IOP is seen to stop.
    """
    return {
        "sType": "SA",
        "limitType": "0",
        "limitValue": state,
        "pageSize": str(page_size),
        "page": str(page),
    }


class LocatorClient:
    """Reads a state's listings from the locator API, with bounded, polite retries."""

    def __init__(
        self,
        base_url: str,
        *,
        page_size: int = PAGE_SIZE,
        timeout: float = TIMEOUT_SECONDS,
        attempts: int = ATTEMPTS,
        sleep: Sleep = time.sleep,
        opener: Opener = urllib.request.urlopen,
    ) -> None:
        self.base_url = check_url(base_url)
        self._page_size = page_size
        self._timeout = timeout
        self._attempts = max(1, attempts)
        self._sleep = sleep
        self._open = opener
        self.requests = 0

    def fetch_state(self, state: str) -> StateListings:
        """Every page of a state, checked: as many rows as the first page announced."""
        first = self.fetch_page(state, 1)
        if first.total_pages > MAX_PAGES:
            raise LocatorError(
                f"{state}: the API announced {first.total_pages:,} pages (more than "
                f"{MAX_PAGES:,}): not a state's listings"
            )
        pages = [first]
        for number in range(2, first.total_pages + 1):
            pages.append(self.fetch_page(state, number))
        listings = StateListings(state, pages)
        announced = first.record_count
        if announced is not None and listings.row_count != announced:
            raise LocatorError(
                f"{state}: {listings.row_count:,} listings received in {len(pages)} page(s), "
                f"but the API announced {announced:,} (recordCount): the answer is incomplete"
            )
        return listings

    def fetch_page(self, state: str, number: int) -> Page:
        """One page of a state's listings, its envelope checked."""
        query = urllib.parse.urlencode(state_query(state, number, self._page_size))
        separator = "&" if urllib.parse.urlsplit(self.base_url).query else "?"
        what = f"{state} page {number}"
        body = self._get(f"{self.base_url}{separator}{query}", what)
        return _page(_json(body, what), state, number, self._page_size)

    def _get(self, url: str, what: str) -> bytes:
        """The body of a 200 answer, trying again after transient failures."""
        for attempt in range(1, self._attempts + 1):
            try:
                return self._read(url, what)
            except _TransientError as problem:
                if attempt == self._attempts:
                    raise LocatorError(
                        f"{what}: {problem.reason} (gave up after {self._attempts} tries)"
                    ) from problem
                wait = _wait(problem.retry_after, attempt)
                log.info("%s: %s; trying again in %.1f s", what, problem.reason, wait)
                self._sleep(wait)
        raise AssertionError("unreachable: the last try returns or raises")

    def _read(self, url: str, what: str) -> bytes:
        request = urllib.request.Request(
            url, headers={"Accept": "application/json", "User-Agent": USER_AGENT}
        )
        self.requests += 1
        try:
            with self._open(request, timeout=self._timeout) as response:
                status = int(response.status)
                if status != 200:
                    raise LocatorError(f"{what}: FindTreatment.gov answered HTTP {status}")
                return _body(response, what)
        except urllib.error.HTTPError as error:
            with error:
                status, reason = error.code, error.reason
                retry_after = _retry_after(error.headers.get("Retry-After"))
            answer = f"FindTreatment.gov answered HTTP {status} ({reason})"
            if status == 429 or 500 <= status <= 599:
                raise _TransientError(answer, retry_after) from error
            raise LocatorError(f"{what}: {answer}") from error
        except urllib.error.URLError as error:
            raise _TransientError(f"cannot reach FindTreatment.gov ({error.reason})") from error
        except http.client.IncompleteRead as error:
            raise _TransientError(_cut_off(len(error.partial), error.expected)) from error
        except TimeoutError as error:
            raise _TransientError(f"no answer within {self._timeout:g} s") from error
        except (ConnectionError, http.client.HTTPException) as error:
            reason = f"the connection broke ({type(error).__name__})"
            raise _TransientError(reason) from error


def _wait(retry_after: float | None, attempt: int) -> float:
    """Seconds before the next try: what the server asked, else a doubling wait; capped."""
    wanted = retry_after if retry_after is not None else FIRST_WAIT_SECONDS * 2 ** (attempt - 1)
    return min(MAX_WAIT_SECONDS, max(0.0, wanted))


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds: a number of seconds or an HTTP date; None when absent or odd."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _cut_off(received: int, expected: int | None) -> str:
    more = f" of {received + expected:,} announced" if expected else ""
    return f"the answer was cut off after {received:,} bytes{more}"


def _body(response: Any, what: str) -> bytes:
    """The whole body, checked against its Content-Length and our size limit."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(READ_CHUNK_BYTES):
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise LocatorError(f"{what}: the answer is larger than {MAX_BODY_BYTES:,} bytes")
        chunks.append(chunk)
    declared = response.headers.get("Content-Length")
    # read(n) returns short rather than raising when the server closes early.
    if declared is not None and declared.strip().isdigit() and int(declared) != size:
        raise _TransientError(_cut_off(size, int(declared) - size))
    return b"".join(chunks)


def _json(body: bytes, what: str) -> Any:
    try:
        return json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise LocatorError(f"{what}: the answer is not UTF-8 text ({error.reason})") from error
    except json.JSONDecodeError as error:
        start = body[:40].decode("utf-8", errors="replace")
        raise LocatorError(
            f"{what}: the answer is not valid JSON ({error.msg} at line {error.lineno} "
            f"column {error.colno}; it begins {start!r})"
        ) from error


def _page(data: Any, state: str, number: int, page_size: int) -> Page:
    """A page from its envelope {page, totalPages, recordCount, rows}."""
    what = f"{state} page {number}"
    if not isinstance(data, dict):
        raise LocatorError(f"{what}: the answer is a JSON {type(data).__name__}, not an object")
    if "rows" not in data:
        keys = ", ".join(sorted(str(k) for k in data)[:8]) or "none"
        raise LocatorError(f"{what}: the answer has no 'rows' (its keys: {keys})")
    rows = data["rows"]
    if not isinstance(rows, list):
        raise LocatorError(f"{what}: 'rows' is a {type(rows).__name__}, not a list")
    total = _count(data, "totalPages", what)
    records = _count(data, "recordCount", what)
    if total is None:
        if records is None:
            raise LocatorError(f"{what}: the answer has neither 'totalPages' nor 'recordCount'")
        total = math.ceil(records / page_size)
    answered = _count(data, "page", what)
    if answered is not None and answered != number:
        raise LocatorError(f"{what}: the API answered with page {answered}")
    return Page(state, number, total, records, rows)


def _count(data: dict[str, Any], key: str, what: str) -> int | None:
    """A non-negative whole number under `key` (digits in a string too); None when absent."""
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise LocatorError(f"{what}: {key!r} is {str(value)[:20]!r}, not a count")

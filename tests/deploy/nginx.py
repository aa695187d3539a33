"""The shipped nginx site, deploy/nginx/, in front of real workers on loopback, for the tests.

Only what must differ on a test machine is changed, each by a pattern that must match the
shipped line exactly as often as expected (so a changed file fails here instead of slipping
by): the listening address, the certificate (a throwaway one made by openssl), the log paths
and the workers' ports. Everything else (timeouts, retries, headers, limits, the log format)
is the shipped text. nginx runs in the foreground with its own prefix in a temporary folder.
"""

from __future__ import annotations

import http.client
import re
import signal
import ssl
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.deploy.tools import DEPLOY, tool

SITE = DEPLOY / "nginx" / "iop-bot.conf"
WORKERS = DEPLOY / "nginx" / "iop-bot-workers.conf"
# One access log line of the shipped format: what the tests read from it.
LOGGED = re.compile(
    r'"(?P<method>\S+) (?P<uri>\S+)" (?P<status>\d{3}) .* '
    r'upstream="(?P<upstreams>[^"]*)" upstream_status="(?P<statuses>[^"]*)"'
)


@dataclass(frozen=True)
class Logged:
    """One request as nginx logged it: every worker tried, in order, and what each answered."""

    method: str
    uri: str
    status: int
    upstreams: tuple[str, ...]
    upstream_statuses: tuple[str, ...]

    @property
    def served_by(self) -> int | None:
        """The port of the worker that answered (the last one tried), if one did."""
        if not self.upstreams or not self.upstream_statuses[-1].isdigit():
            return None
        return int(self.upstreams[-1].rpartition(":")[2])


def _split(field: str) -> tuple[str, ...]:
    # nginx separates the servers of one try by ", " (and of internal redirects by " : ").
    return tuple(part.strip() for part in re.split(r"[,:] ", field) if part.strip() != "-")


@dataclass(frozen=True)
class Front:
    """nginx with the shipped site, running: its address, certificate and access log."""

    port: int
    certificate: Path
    access_log: Path
    error_log: Path

    @property
    def webhook_url(self) -> str:
        """What the workers register with the Bot API: nginx's /telegram over HTTPS."""
        return f"https://127.0.0.1:{self.port}/telegram"

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, bytes]:
        """One request through nginx over HTTPS, the certificate checked; status and body."""
        context = ssl.create_default_context(cafile=str(self.certificate))
        connection = http.client.HTTPSConnection(
            "127.0.0.1", self.port, timeout=30, context=context
        )
        try:
            connection.request(method, path, body=body or None, headers=headers or {})
            answer = connection.getresponse()
            return answer.status, answer.read()
        finally:
            connection.close()

    def logged(self) -> list[Logged]:
        """Every request nginx has logged so far (it writes each line as the request ends)."""
        lines = self.access_log.read_text(encoding="utf-8").splitlines()
        found = [LOGGED.search(line) for line in lines]
        assert all(found), lines  # every line is in the shipped format
        return [
            Logged(
                m["method"],
                m["uri"],
                int(m["status"]),
                _split(m["upstreams"]),
                _split(m["statuses"]),
            )
            for m in found
            if m is not None
        ]

    def settled(self) -> int:
        """How many requests are logged, once the log has stopped growing for a moment.
        nginx writes a line just after it sends the answer, so the line of a request answered
        a moment ago (an earlier test's) may still be on its way."""
        deadline = time.monotonic() + 10
        count, quiet_since = len(self.logged()), time.monotonic()
        while time.monotonic() - quiet_since < 0.3 and time.monotonic() < deadline:
            time.sleep(0.02)
            if (now := len(self.logged())) != count:
                count, quiet_since = now, time.monotonic()
        return count

    def logged_after(self, before: int, count: int) -> list[Logged]:
        """The ``count`` requests logged after the first ``before`` ones (take ``before`` from
        ``settled()``). A client may see its answer a moment before nginx logs the line."""
        deadline = time.monotonic() + 10
        while len(lines := self.logged()[before:]) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(lines) == count, lines
        return lines

    def updates_served(self) -> dict[int, int]:
        """How many updates each worker answered with a 200, by port (from the access log)."""
        counts: dict[int, int] = {}
        for line in self.logged():
            if line.uri == "/telegram" and line.status == 200 and line.served_by is not None:
                counts[line.served_by] = counts.get(line.served_by, 0) + 1
        return counts


def substitute(text: str, pattern: str, replacement: str, *, count: int = 1) -> str:
    """``text`` with the lines matching ``pattern`` replaced; exactly ``count`` must match."""
    changed, found = re.subn(pattern, replacement, text, flags=re.MULTILINE)
    assert found == count, f"expected {count} line(s) matching {pattern!r}, found {found}"
    return changed


def certificate(folder: Path) -> tuple[Path, Path]:
    """A throwaway self-signed certificate for 127.0.0.1, and its key."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            tool("openssl"), "req", "-x509", "-newkey", "ec",
            "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    return cert, key


def render(folder: Path, port: int, workers: list[int]) -> Path:
    """Write the shipped files, with this machine's values, and a main nginx.conf including
    them as Debian's does; returns the main file."""
    cert, key = certificate(folder)
    site = SITE.read_text(encoding="utf-8")
    site = substitute(site, r"^(\s*)listen 443 ssl;$", rf"\1listen 127.0.0.1:{port} ssl;")
    site = substitute(site, r"^(\s*)ssl_certificate \S+;$", rf"\1ssl_certificate {cert};")
    site = substitute(site, r"^(\s*)ssl_certificate_key \S+;$", rf"\1ssl_certificate_key {key};")
    site = substitute(
        site, r"^(\s*)access_log \S+ iop_bot;$", rf"\1access_log {folder}/access.log iop_bot;"
    )
    site = substitute(site, r"^(\s*)error_log \S+ (\w+);$", rf"\1error_log {folder}/error.log \2;")
    upstream = WORKERS.read_text(encoding="utf-8")
    ports = iter(workers)
    upstream, found = re.subn(
        r"^(\s*server 127\.0\.0\.1):\d+ ",
        lambda m: f"{m[1]}:{next(ports)} ",
        upstream,
        flags=re.MULTILINE,
    )
    assert found == len(workers), f"the shipped upstream lists {found} workers"
    (folder / "conf.d").mkdir()
    (folder / "sites-enabled").mkdir()
    (folder / "conf.d" / WORKERS.name).write_text(upstream, encoding="utf-8")
    (folder / "sites-enabled" / SITE.name).write_text(site, encoding="utf-8")
    temp = folder / "temp"
    temp.mkdir()
    main = folder / "nginx.conf"
    main.write_text(
        f"""# Stands in for /etc/nginx/nginx.conf: one process, everything in {folder}.
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log notice;
events {{
    worker_connections 1024;
}}
http {{
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {folder}/conf.d/*.conf;
    include {folder}/sites-enabled/*;
}}
""",
        encoding="utf-8",
    )
    return main


def _listening(port: int) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
    try:
        connection.connect()
    except OSError:
        return False
    finally:
        connection.close()
    return True


@contextmanager
def shipped_nginx(folder: Path, port: int, workers: list[int]) -> Iterator[Front]:
    """nginx on 127.0.0.1:``port`` with the shipped site over ``workers``; stopped after."""
    folder.mkdir(parents=True, exist_ok=True)
    main = render(folder, port, workers)
    command = [tool("nginx"), "-p", str(folder), "-c", str(main), "-e", str(folder / "error.log")]
    checked = subprocess.run(
        [*command, "-t", "-q"], capture_output=True, text=True, timeout=60, check=False
    )
    assert checked.returncode == 0, f"nginx -t refused the shipped site:\n{checked.stderr}"
    front = Front(port, folder / "cert.pem", folder / "access.log", folder / "error.log")
    process = subprocess.Popen(
        [*command, "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while not _listening(port):
            assert process.poll() is None, front.error_log.read_text(encoding="utf-8")
            assert time.monotonic() < deadline, "nginx did not start listening in 30 s"
            time.sleep(0.05)
        yield front
    finally:
        process.send_signal(signal.SIGQUIT)  # graceful: finish what is in flight
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

"""What an operator counts, in Prometheus' text format (prometheus-client): updates by kind, the
time from an update to its reply, Bot API retries and failures by method, reminders sent, and
the searches shown, with those that found nothing by state and level of care (where treatment
is missing). Nothing about a person: no chat, no text, no place finer than a state.

Each worker has its own registry (webhook workers serve it at ``/metrics``; polling mode on a
port of its own with ``--metrics-port``).
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import start_http_server

from bot.core.dialogue import ShowedSearch

# Seconds from an update's arrival to its last reply sent: most are well under a second.
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class Metrics:
    """The counters and histogram of one worker."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.updates = Counter(
            "iop_updates", "Updates received, by kind", ["kind"], registry=self.registry
        )
        self.latency = Histogram(
            "iop_update_reply_seconds",
            "Seconds from an update to its replies sent",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.api_retries = Counter(
            "iop_bot_api_retries", "Bot API calls retried, by method", ["method"],
            registry=self.registry,
        )  # fmt: skip
        self.api_failures = Counter(
            "iop_bot_api_failures", "Bot API calls that failed for good, by method", ["method"],
            registry=self.registry,
        )  # fmt: skip
        self.reminders = Counter(
            "iop_reminders_sent", "Reminders delivered", registry=self.registry
        )
        self.searches = Counter(
            "iop_searches", "Searches shown, by level of care", ["level"], registry=self.registry
        )
        self.empty = Counter(
            "iop_searches_empty",
            "Searches shown that found nothing, by state and level of care",
            ["state", "level"],
            registry=self.registry,
        )

    def searched(self, shown: tuple[ShowedSearch, ...]) -> None:
        """Count the searches one update showed."""
        for search in shown:
            self.searches.labels(level=search.level).inc()
            if not search.found:
                self.empty.labels(state=search.state or "none", level=search.level).inc()

    def exposition(self) -> bytes:
        """Everything counted, in Prometheus' text format."""
        return generate_latest(self.registry)


def serve_metrics(metrics: Metrics, port: int, address: str = "127.0.0.1") -> None:
    """Serve ``/metrics`` on a port of its own, in a daemon thread (polling mode)."""
    start_http_server(port, addr=address, registry=metrics.registry)

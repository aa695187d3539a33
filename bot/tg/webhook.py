"""Webhook mode: a small HTTP server behind a reverse proxy, checking Telegram's secret header.

Each request's update is processed before the 200 is returned, so Telegram retries whatever
failed, and one chat's updates are handled in the order Telegram sends them.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
import threading
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.error import BadRequest
from tornado.httpserver import HTTPServer
from tornado.web import Application as WebApplication
from tornado.web import RequestHandler

from bot.metrics import CONTENT_TYPE, Metrics
from bot.tg.app import App

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class _UpdateHandler(RequestHandler):
    """POST /<path>: one update from Telegram."""

    def initialize(self, app: App, secret: str) -> None:
        self.app = app
        self.secret = secret

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            self.set_status(403)
            self.finish("forbidden")
            return
        try:
            data = json.loads(self.request.body)
            if not isinstance(data, dict) or type(data.get("update_id")) is not int:
                raise ValueError("not an update")  # a list, a number, null, a forged id
            update = Update.de_json(data, self.app.bot)
        except (ValueError, TypeError, KeyError, AttributeError):
            self.set_status(400)
            self.finish("bad update")
            return
        await self.app.process_update(update)
        self.finish("ok")


# How long /healthz waits for the database before it says the worker is not healthy.
HEALTH_TIMEOUT_SECONDS = 3.0


class _HealthHandler(RequestHandler):
    """GET /healthz: the worker is up and its database answers (503 while it does not, so the
    proxy and the supervisor take the worker out of rotation)."""

    def initialize(self, healthy: Callable[[], bool] | None) -> None:
        self.healthy = healthy

    async def get(self) -> None:
        ok = True
        if self.healthy is not None:
            try:
                ok = await asyncio.wait_for(
                    asyncio.to_thread(self.healthy), timeout=HEALTH_TIMEOUT_SECONDS
                )
            except TimeoutError:
                ok = False
        if not ok:
            log.warning("health check: the database does not answer")
            self.set_status(503)
        self.finish({"ok": ok, "database": "up" if ok else "down"})


class _MetricsHandler(RequestHandler):
    """GET /metrics: the worker's counters in Prometheus' text format."""

    def initialize(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def get(self) -> None:
        self.set_header("Content-Type", CONTENT_TYPE)
        self.finish(self.metrics.exposition())


def web_application(
    app: App,
    *,
    path: str,
    secret: str,
    healthy: Callable[[], bool] | None = None,
    metrics: Metrics | None = None,
) -> WebApplication:
    """The tornado routes: the webhook path, /healthz (``healthy``: the database check) and,
    given ``metrics``, /metrics."""
    routes: list[Any] = [
        (f"/{path.strip('/')}", _UpdateHandler, {"app": app, "secret": secret}),
        ("/healthz", _HealthHandler, {"healthy": healthy}),
    ]
    if metrics is not None:
        routes.append(("/metrics", _MetricsHandler, {"metrics": metrics}))
    return WebApplication(routes)


class WebhookRefusedError(Exception):
    """Telegram would not register the webhook's address; the message is its reason."""


async def serve(
    app: App,
    *,
    listen: str,
    port: int,
    path: str,
    secret: str,
    public_url: str,
    set_webhook: bool = True,
    stop: asyncio.Event | None = None,
    healthy: Callable[[], bool] | None = None,
    metrics: Metrics | None = None,
) -> None:
    """Run the webhook worker until SIGINT/SIGTERM (or ``stop``). WebhookRefusedError when
    Telegram refuses to register ``public_url`` (not https, a port it does not post to, a host
    it cannot reach)."""
    if not secret:
        raise ValueError("a webhook worker needs a secret: Telegram sends it with every update")
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    # Only the main thread may take signals; elsewhere (tests) the caller sets `stop`.
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
    async with app:
        # run_polling calls post_init itself; here it is ours to call: the command menu, and
        # the reminder and housekeeping jobs.
        if app.post_init is not None:
            await app.post_init(app)
        if set_webhook:
            try:
                await app.bot.set_webhook(
                    url=public_url, secret_token=secret, allowed_updates=Update.ALL_TYPES
                )
            except BadRequest as error:
                raise WebhookRefusedError(error.message) from error
        await app.start()
        routes = web_application(app, path=path, secret=secret, healthy=healthy, metrics=metrics)
        server = HTTPServer(routes)
        server.listen(port, address=listen)
        log.info("webhook worker listening on %s:%s", listen, port)
        try:
            await stop.wait()
        finally:
            server.stop()
            await app.stop()

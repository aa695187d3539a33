"""The example environment file (deploy/iop-bot.env.example): every setting of bot/config.py,
nothing else, in lines systemd and the bot read alike, and valid as it ships."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from pydantic import SecretStr

from bot.config import Settings, load_settings, read_env_file
from tests.deploy.tools import DEPLOY

EXAMPLE = DEPLOY / "iop-bot.env.example"
SETTINGS = {str(field.alias) for field in Settings.model_fields.values()}
# KEY=value with nothing systemd would read differently from the bot: no quotes, no spaces, no
# backslashes or $ (systemd's EnvironmentFile= and bot.config.read_env_file agree on these).
PLAIN = re.compile(r"[A-Z][A-Z0-9_]*=[^\s'\"\\$]*")


def assignments() -> list[str]:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def same(value: object, written: str) -> bool:
    """A setting's value is what the file says (1 is 1.0, `info` is `INFO`)."""
    try:
        return float(str(value)) == float(written)
    except ValueError:
        return str(value).lower() == written.lower()


def test_every_line_is_a_comment_or_a_plain_assignment() -> None:
    odd = [line for line in assignments() if not PLAIN.fullmatch(line)]

    assert odd == []


def test_the_example_names_every_setting_once_and_nothing_else() -> None:
    names = Counter(line.partition("=")[0] for line in assignments())

    assert set(names) - SETTINGS == set()  # no variable the bot would ignore
    assert SETTINGS - set(names) == set()  # no setting an operator would not see
    assert max(names.values()) == 1


def test_the_example_loads_as_valid_settings_through_the_bots_own_loader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("IOP_ENV_FILE", str(EXAMPLE))

    settings = load_settings()  # raises ValidationError on any value it cannot use

    given = read_env_file(EXAMPLE)
    for name, field in Settings.model_fields.items():
        value = getattr(settings, name)
        shown = value.get_secret_value() if isinstance(value, SecretStr) else value
        if given[str(field.alias)]:
            assert same(shown, given[str(field.alias)]), name
        else:
            assert value == field.default, name  # empty: the default
    assert settings.database_url.startswith("postgresql+psycopg://")
    assert settings.webhook_secret.get_secret_value()
    assert settings.state_secret.get_secret_value()


def test_the_example_webhook_address_is_the_location_the_nginx_site_passes_on() -> None:
    address = urlsplit(read_env_file(EXAMPLE)["TELEGRAM_WEBHOOK_URL"])
    site = (DEPLOY / "nginx" / "iop-bot.conf").read_text(encoding="utf-8")

    assert address.scheme == "https"
    assert address.port in (None, 443, 80, 88, 8443)  # the ports Telegram posts to
    assert f"location = {address.path} {{" in site
    assert re.search(rf"^\s*server_name\s+{re.escape(str(address.hostname))};", site, re.M)

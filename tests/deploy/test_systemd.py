"""The shipped systemd units (deploy/systemd/): systemd's own checker accepts them, the workers
start only after the migration, and each runs a command line `iop-bot` accepts; the migration
unit's command, run for real, brings a new database to the current schema."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect
from sqlalchemy.pool import NullPool

from bot.__main__ import build_parser, run_migrate, run_webhook
from bot.config import Settings, read_env_file
from tests.deploy.nginx import WORKERS
from tests.deploy.tools import DEPLOY, ROOT, tool
from tests.deploy.units import (
    BINARY,
    MIGRATE,
    PREFIX,
    UNITS,
    WORKER,
    command_line,
    environment_of,
    settings_of,
)

EXAMPLE = DEPLOY / "iop-bot.env.example"


def parsed(argv: list[str]) -> argparse.Namespace:
    """What `iop-bot` makes of a command line; the test fails where argparse would exit."""
    try:
        return build_parser().parse_args(argv)
    except SystemExit as refused:
        pytest.fail(f"iop-bot refuses {argv}: exit status {refused.code}")


def installed(folder: Path) -> Path:
    """The units as an operator installs them, with this checkout in place of /srv/iop-finder
    (systemd-analyze checks that the program each one runs exists)."""
    for unit in UNITS.glob("*.service"):
        text = unit.read_text(encoding="utf-8")
        assert PREFIX in text, unit.name
        (folder / unit.name).write_text(text.replace(PREFIX, str(ROOT)), encoding="utf-8")
    return folder


def test_systemd_analyze_verify_accepts_the_units_without_a_warning(tmp_path: Path) -> None:
    folder = installed(tmp_path)
    assert (ROOT / ".venv" / "bin" / "iop-bot").exists()

    result = subprocess.run(
        [
            tool("systemd-analyze"),
            "verify",
            "--man=no",
            str(folder / MIGRATE.name),
            str(folder / WORKER.name.replace("@", "@8001")),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_a_worker_starts_only_after_the_migration_has_succeeded() -> None:
    worker, migrate = settings_of(WORKER), settings_of(MIGRATE)

    assert MIGRATE.name in " ".join(worker["Requires"]).split()
    assert MIGRATE.name in " ".join(worker["After"]).split()
    assert migrate["Type"] == ["oneshot"]


def test_the_worker_unit_runs_a_webhook_worker_iop_bot_accepts_on_its_instance_port() -> None:
    argv = command_line(WORKER, instance="8001")
    args = parsed(argv[1:])

    assert argv[0] == BINARY
    assert args.run is run_webhook
    assert (args.listen, args.port, args.path) == ("127.0.0.1", 8001, "telegram")
    assert args.url == ""  # from TELEGRAM_WEBHOOK_URL, in the environment file
    assert args.secret == ""  # from TELEGRAM_WEBHOOK_SECRET: kept off the command line


def test_the_migration_unit_runs_iop_bot_data_migrate() -> None:
    argv = command_line(MIGRATE)

    assert argv[0] == BINARY
    assert parsed(argv[1:]).run is run_migrate


def test_the_units_read_the_environment_file_where_the_example_says_to_install_it() -> None:
    place = re.search(r"^# Install as (\S+),", EXAMPLE.read_text(encoding="utf-8"), re.M)

    assert place is not None
    aliases = {field.alias for field in Settings.model_fields.values()}
    for unit in (WORKER, MIGRATE):
        assert settings_of(unit)["EnvironmentFile"] == [place[1]], unit.name
        # What a unit sets itself is no setting: the settings all come from the file.
        assert not set(environment_of(unit)) & aliases, unit.name


def test_the_upstream_lists_the_ports_the_worker_unit_says_to_enable() -> None:
    enabled = re.findall(r"iop-bot@(\d+)\.service", WORKER.read_text(encoding="utf-8"))
    upstream = re.findall(r"server 127\.0\.0\.1:(\d+) ", WORKERS.read_text(encoding="utf-8"))

    assert upstream
    assert sorted(set(enabled)) == sorted(upstream)


def test_the_migration_command_brings_a_new_database_to_the_current_schema(
    database_url: str,
) -> None:
    _binary, *args = command_line(MIGRATE)
    aliases = {field.alias for field in Settings.model_fields.values()}
    environ = {key: value for key, value in os.environ.items() if key not in aliases}
    # The example's settings, with the database this test may write to.
    environ |= {**read_env_file(EXAMPLE), "DATABASE_URL": database_url}

    result = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Database schema at revision ")
    engine = create_engine(database_url, poolclass=NullPool)
    try:
        assert "alembic_version" in inspect(engine).get_table_names()
    finally:
        engine.dispose()

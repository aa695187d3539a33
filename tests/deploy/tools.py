"""The programs that check deploy/ (nginx, openssl, systemd-analyze): found, or installed."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
INSTALLER = ROOT / "scripts" / "with-deploy-tools"
# Where Debian puts nginx, outside an ordinary user's PATH.
SYSTEM_PATHS = ("/usr/sbin", "/sbin")
# Package of each tool, for the message to someone who has to install it.
PACKAGES = {"nginx": "nginx", "openssl": "openssl", "systemd-analyze": "systemd"}


def _find(name: str) -> str | None:
    if name == "nginx" and os.environ.get("IOP_NGINX"):
        return os.environ["IOP_NGINX"]
    search = os.pathsep.join([os.environ.get("PATH", ""), *SYSTEM_PATHS])
    return shutil.which(name, path=search)


def tool(name: str) -> str:
    """The path of ``name``. Missing: installed by scripts/with-deploy-tools when running as
    root (as CI does), else the test fails saying what to install: never a skip."""
    found = _find(name)
    if found is None and os.geteuid() == 0:
        # One install at a time, whatever the number of test processes asking.
        with open("/tmp/iop-deploy-tools.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            found = _find(name)
            if found is None:
                subprocess.run([str(INSTALLER)], check=True, timeout=600)
                found = _find(name)
    if found is None:
        pytest.fail(
            f"{name} not found: install the {PACKAGES[name]!r} package, or run the tests "
            f"through {INSTALLER.relative_to(ROOT)} (as root it installs what is missing)",
            pytrace=False,
        )
    return found

"""A real `iop-bot chat` on a pseudo-terminal: keys typed in, the text of the screen read out."""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEFT, UP, ENTER, END_OF_INPUT = b"\x1b[D", b"\x1b[A", b"\r", b"\x04"
# Control sequences the line editor writes (cursor moves, bracketed paste on and off).
_CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|[\x07\x08]")


def set_window(fd: int, columns: int, rows: int = 50) -> None:
    """The window size the program sees on that terminal (what resizing a window does)."""
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def screen_lines(raw: bytes) -> list[str]:
    """The output as lines of text, control sequences taken out; a carriage return starts a
    line again, so what it overwrites is counted apart."""
    text = _CONTROL.sub("", raw.decode("utf-8", errors="replace"))
    return [part for line in text.split("\n") for part in line.split("\r")]


def flat(raw: bytes) -> str:
    """The output's words with single spaces, to find a sentence however it was wrapped."""
    return " ".join(" ".join(screen_lines(raw)).split())


def _interrupt_as_at_a_shell_prompt() -> None:
    # A shell starts the command a person types with Ctrl-C at its default. The suite itself
    # may run with it ignored (a background job of a script, as in CI), and an ignored signal
    # is inherited: the chat would never see the Ctrl-C the test sends.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class ChatTerminal:
    """`iop-bot chat` with stdin, stdout and stderr on the slave end of a pseudo-terminal."""

    def __init__(self, env: dict[str, str], columns: int) -> None:
        self.master, slave = os.openpty()
        set_window(slave, columns)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "chat"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=ROOT,
            preexec_fn=_interrupt_as_at_a_shell_prompt,
        )
        os.close(slave)
        self.output = b""

    def resize(self, columns: int) -> None:
        """The window made wider or narrower."""
        set_window(self.master, columns)

    def type(self, keys: bytes) -> None:
        """Keys pressed, as the terminal sends them."""
        os.write(self.master, keys)

    def wait_for(self, sentence: str, *, times: int = 1, timeout: float = 180) -> None:
        """Read until the sentence has appeared that many times, followed by the prompt."""
        deadline = time.monotonic() + timeout
        while not self._shown(sentence, times):
            left = deadline - time.monotonic()
            assert left > 0, f"{sentence!r} not shown; screen:\n{flat(self.output)[-2000:]}"
            if not self._read(left):
                raise AssertionError(f"the chat ended first; screen:\n{flat(self.output)}")

    def interrupt(self, timeout: float = 60) -> None:
        """Ctrl-C at the prompt, once the chat waits for a key.

        Python's handler only notes a signal; readline reads the note when its wait for a key
        is interrupted. A Ctrl-C that lands after the prompt is drawn but before that wait
        begins is taken at the next key, as in any Python program reading lines with readline
        (a person would press it again). So the signal goes once the process sleeps in that
        wait."""
        deadline = time.monotonic() + timeout
        while not self._waiting_for_a_key() and time.monotonic() < deadline:
            self._read(0.05)
        self.process.send_signal(signal.SIGINT)

    def _waiting_for_a_key(self) -> bool:
        """Whether the process sleeps in select or poll (Linux's /proc says; without it, or
        where the kernel hides where it sleeps, any sleep counts)."""
        proc = Path("/proc") / str(self.process.pid)
        try:
            state = (proc / "stat").read_text().rpartition(") ")[2][:1]
            wchan = (proc / "wchan").read_text().strip()
        except OSError:
            return True
        if state != "S":
            return False
        return wchan in ("", "0") or "select" in wchan or "poll" in wchan

    def finish(self, timeout: float = 60) -> int:
        """Read to the end and return the exit status."""
        deadline = time.monotonic() + timeout
        while self._read(deadline - time.monotonic()):
            pass
        return self.process.wait(timeout=max(deadline - time.monotonic(), 1))

    def close(self) -> None:
        """Stop the process if it is still running; release the terminal."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
        os.close(self.master)

    def _shown(self, sentence: str, times: int) -> bool:
        prompt = screen_lines(self.output)[-1] == "> "  # whole: its space may come a read later
        return prompt and flat(self.output).count(sentence) >= times

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], max(timeout, 0))
        if not ready:
            return timeout > 0
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # Linux: EIO once the process has closed the terminal
            return False
        self.output += chunk
        return bool(chunk)

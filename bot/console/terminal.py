"""The chat at a terminal: readline editing and in-memory history, a prompt, replies wrapped to
the window's width. Used only when both stdin and stdout are terminals; piped runs never see it."""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections.abc import Callable, Iterator
from typing import Protocol, TextIO

PROMPT = "> "

# A numbered option ("  3. ", "1. "), a bullet, the crisis mark, then a tick ("[x] "): wrapped
# lines continue under the text that follows them.
_MARKER = re.compile(r"^(\s*)((?:\d{1,3}\.|[-•*]|!!!)\s+)?(\[[ x]\]\s+)?")
# A phone number with its extension ("800-472-1177 x1", "(412) 555-0100") is one word.
_PHONE = re.compile(r"(?:\(\d{3}\) )?\d[\d-]{6,}\d(?: (?:x|ext\.?) ?\d+)?")
_SPACES = re.compile(r" +")
_GLUE = "\x00"  # stands in for a space that must not break, while a line is split into words


def display_width(text: str) -> int:
    """Columns the text takes on a terminal: wide (CJK, most emoji) 2, combining marks 0."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or char in "\u200b\u200d\ufe0f":
            continue
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


def wrap_line(line: str, width: int) -> list[str]:
    """One line broken at spaces to fit the width; a word longer than a line stays whole."""
    if display_width(line) <= width:
        return [line]
    head = _MARKER.match(line)
    prefix = head.group(0) if head else ""
    hang = display_width(prefix)
    if hang > width // 2:  # a deep indent would leave no room for words
        hang = 0
    body = _PHONE.sub(lambda found: found.group(0).replace(" ", _GLUE), line[len(prefix) :])
    words = [word.replace(_GLUE, " ") for word in _SPACES.split(body) if word]
    if not words:
        return [line]
    lines: list[str] = []
    current = prefix + words[0]
    for word in words[1:]:
        if display_width(current) + 1 + display_width(word) <= width:
            current = f"{current} {word}"
        else:
            lines.append(current)
            current = " " * hang + word
    lines.append(current)
    return lines


def wrap_text(text: str, width: int) -> str:
    """Every line of a reply wrapped to the width; blank lines and short lines kept as they are."""
    return "\n".join(part for line in text.split("\n") for part in wrap_line(line, width))


def window_width() -> int:
    """The terminal's width now (read again for every reply, so resizing the window works)."""
    return max(shutil.get_terminal_size().columns, 20)


class TerminalConsole:
    """Lines typed with readline's editing keys and history; replies wrapped to the window."""

    def __init__(
        self,
        stdout: TextIO,
        *,
        read: Callable[[str], str] = input,
        width: Callable[[], int] = window_width,
    ) -> None:
        self._stdout = stdout
        self._read = read
        self._width = width
        self._history = _load_readline()

    def lines(self) -> Iterator[str]:
        """Each line typed, until end of input (Ctrl-D) or Ctrl-C."""
        while True:
            try:
                line = self._read(PROMPT)
            except (EOFError, KeyboardInterrupt):
                self._stdout.write("\n")
                self._stdout.flush()
                return
            self._remember(line)
            self._stdout.write("\n")  # a blank line between the answer and the reply, as piped
            yield line

    def echo(self, line: str) -> None:
        """Nothing to do: the terminal already shows what was typed."""

    def show(self, text: str) -> None:
        """One turn's replies, wrapped to the window's width as it is now."""
        self._stdout.write(wrap_text(text, self._width()) + "\n\n")
        self._stdout.flush()

    def _remember(self, line: str) -> None:
        # Up-arrow recalls earlier answers; blank lines and repeats are left out. The history
        # stays in this process's memory: people type private things, so it is never saved.
        if self._history is None or not line.strip():
            return
        count = self._history.get_current_history_length()
        if count and self._history.get_history_item(count) == line:
            return
        self._history.add_history(line)


class _History(Protocol):
    """The part of the readline module the console uses (absent on some platforms)."""

    def get_current_history_length(self) -> int: ...
    def get_history_item(self, index: int, /) -> str: ...
    def add_history(self, string: str, /) -> None: ...


def _load_readline() -> _History | None:
    # Importing readline is what turns input() into an editing line reader. Only here, at a
    # terminal: the import can write escape sequences, which a piped run must never show.
    try:
        import readline
    except ImportError:  # Windows without pyreadline: plain lines, still usable
        return None
    readline.set_auto_history(False)  # added by hand, without blanks and repeats
    readline.clear_history()
    return readline

"""The text catalog's files for translators' tools (Poedit, Weblate, Crowdin).

``bot/core/locales/en.po`` is the English source, one entry per text id (``msgid`` the id,
``msgstr`` the English). From it this module

1. **extracts** ``messages.pot``: every text with the id as its context (``msgctxt``) and the
   English as what is translated (``msgid``), with a note for variants, word lists and
   placeholders, and the ``python-brace-format`` flag that lets the tools check placeholders;
2. **updates** every translation (``es.po``, …) from it: a new text arrives untranslated, a text
   whose English changed keeps its translation marked fuzzy with the old English beside it
   (``#| msgid``), a text that is gone is dropped;
3. **compiles** each ``.po`` to the ``.mo`` the bot reads (``bot.core.texts``); fuzzy and
   untranslated entries are left out, so the bot shows English for them.

``python -m bot.translations`` does all three; ``--new fr`` starts a translation;
``--check`` writes nothing and exits 1 if any file is not what it would write.
"""

from __future__ import annotations

import argparse
import io
import string
import sys
from collections.abc import Iterable
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import denormalize, read_po, write_po

from bot.core import locales

LOCALES = Path(locales.__file__).parent
SOURCE_LANGUAGE = "en"
TEMPLATE = "messages.pot"
WIDTH = 99

VARIANT_NOTE = "Said to someone searching on another person's behalf (about them, not 'you')."
WORDS_NOTE = (
    "Words and phrases people type for this, separated by |; lowercase, accents optional. "
    "Not shown: the bot reads them."
)
PLACEHOLDER_NOTE = "Keep these placeholders exactly as they are: {names}."


def placeholders(template: str) -> set[str]:
    """The names a text fills in ("{name}" → "name")."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def read(path: Path) -> Catalog:
    """A .po or .pot file."""
    with path.open("rb") as file:
        return read_po(file)


def notes_for(text_id: str, english: str) -> list[str]:
    """What a translator should know about one text, beyond the source's own comments."""
    notes = []
    if text_id.endswith(".other"):
        notes.append(VARIANT_NOTE)
    if text_id.endswith(".syn"):
        notes.append(WORDS_NOTE)
    names = placeholders(english)
    if names:
        notes.append(PLACEHOLDER_NOTE.format(names=", ".join(f"{{{n}}}" for n in sorted(names))))
    return notes


def template_from(source: Catalog) -> Catalog:
    """messages.pot: the English texts to translate, keyed by id."""
    template = Catalog(fuzzy=False)
    for message in _entries(source):
        text_id, english = str(message.id), str(message.string)
        template.add(
            english,
            context=text_id,
            auto_comments=[*message.auto_comments, *notes_for(text_id, english)],
            flags=["python-brace-format"] if placeholders(english) else [],
        )
    return template


def updated(translation: Catalog, template: Catalog) -> Catalog:
    """A translation brought up to date with the template (see the module's docstring)."""
    before = {message.context: message for message in _entries(translation)}
    result = Catalog(locale=translation.locale, fuzzy=False)
    for entry in _entries(template):
        old = before.get(entry.context)
        previous, comments = previous_english(old) if old else (None, [])
        message = Message(
            entry.id,
            old.string if old else "",
            context=entry.context,
            auto_comments=entry.auto_comments,
            user_comments=comments,
            flags=entry.flags,
        )
        if old and old.string and (old.id != entry.id or old.fuzzy):
            # Fuzzy until a translator confirms it, with the English it was made from.
            message.flags.add("fuzzy")
            message.previous_id = [previous if old.id == entry.id and previous else str(old.id)]
        result[entry.id] = message
    return result


def previous_english(message: Message) -> tuple[str | None, list[str]]:
    """The "#| msgid" a fuzzy entry carries (Babel reads it as a translator's comment) and
    the translator's own comments."""
    marked = [c[1:].strip() for c in message.user_comments if c.startswith("|")]
    comments = [c for c in message.user_comments if not c.startswith("|")]
    if not marked:
        return None, comments
    quoted = "\n".join(line.removeprefix("msgid").strip() for line in marked)
    return denormalize(quoted), comments


def po_bytes(catalog: Catalog, language: str, *, template: bool = False) -> bytes:
    """A catalog as .po text with a fixed header (no dates or tool versions, so the same
    texts always give the same bytes)."""
    out = io.BytesIO()
    out.write(_header(language, template=template).encode())
    write_po(out, catalog, width=WIDTH, omit_header=True, include_previous=True)
    return out.getvalue()


class _FixedHeader(Catalog):
    """A catalog whose compiled header has no dates or tool versions."""

    @property
    def mime_headers(self) -> list[tuple[str, str]]:
        language = str(self.locale) if self.locale else ""
        return [
            ("Language", language),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Plural-Forms", self.plural_forms),
        ]

    @mime_headers.setter
    def mime_headers(self, headers: object) -> None:
        """The header is fixed; what a reader hands over is dropped."""


def mo_bytes(catalog: Catalog) -> bytes:
    """A catalog compiled for the bot: translated, non-fuzzy entries only."""
    fixed = _FixedHeader(locale=catalog.locale, fuzzy=False)
    for message in _entries(catalog):
        fixed[message.id] = message
    out = io.BytesIO()
    write_mo(out, fixed, use_fuzzy=False)
    return out.getvalue()


def translations() -> list[str]:
    """The languages translated from English, by their .po files."""
    return sorted(p.stem for p in LOCALES.glob("*.po") if p.stem != SOURCE_LANGUAGE)


def planned_files(new: Iterable[str] = ()) -> dict[Path, bytes]:
    """Every file `make translations` writes, with its bytes."""
    source = read(LOCALES / f"{SOURCE_LANGUAGE}.po")
    template = template_from(source)
    files = {
        LOCALES / TEMPLATE: po_bytes(template, "", template=True),
        LOCALES / f"{SOURCE_LANGUAGE}.mo": mo_bytes(source),
    }
    for language in sorted({*translations(), *new}):
        path = LOCALES / f"{language}.po"
        existing = read(path) if path.exists() else Catalog(locale=language, fuzzy=False)
        existing.locale = Locale.parse(language)
        current = updated(existing, template)
        files[path] = po_bytes(current, language)
        files[LOCALES / f"{language}.mo"] = mo_bytes(current)
    return files


def main(argv: list[str] | None = None) -> int:
    """Extract, update and compile; or check that nothing would change."""
    parser = argparse.ArgumentParser(prog="python -m bot.translations", description=__doc__)
    parser.add_argument("--new", action="append", default=[], metavar="LANGUAGE")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    stale = []
    for path, content in planned_files(args.new).items():
        if path.exists() and path.read_bytes() == content:
            continue
        stale.append(path.relative_to(LOCALES.parents[2]))
        if not args.check:
            path.write_bytes(content)
    for path in stale:
        print(f"{'stale' if args.check else 'wrote'} {path}")
    return 1 if args.check and stale else 0


def _entries(catalog: Catalog) -> list[Message]:
    return [message for message in catalog if message.id]


def _header(language: str, *, template: bool) -> str:
    lines = ["Project-Id-Version: IOP Finder", f"Language: {language}"]
    if language:
        lines.append(f"Plural-Forms: {Catalog(locale=language).plural_forms}")
    lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8"]
    lines.append("Content-Transfer-Encoding: 8bit")
    title = (
        "Texts of IOP Finder to translate: the id is the context, the English is the msgid."
        if template
        else f"IOP Finder's texts in {Locale.parse(language).english_name if language else ''}."
    )
    body = "".join(f'"{line}\\n"\n' for line in lines)
    return (
        f'# {title}\n# Made by `make translations`; see the README.\nmsgid ""\nmsgstr ""\n{body}\n'
    )


if __name__ == "__main__":
    sys.exit(main())

"""The text catalog's gettext files: what translators' tools open and what the bot reads."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from bot import translations
from bot.core.texts import CATALOG, EN


@pytest.fixture
def locales(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the catalog's files to change (``make translations`` run on it)."""
    copy = tmp_path / "bot" / "core" / "locales"
    shutil.copytree(translations.LOCALES, copy, ignore=shutil.ignore_patterns("*.py*"))
    monkeypatch.setattr(translations, "LOCALES", copy)
    return copy


def edit_english(locales: Path, text_id: str, english: str) -> None:
    source = translations.read(locales / "en.po")
    source[text_id].string = english
    out = io.BytesIO()
    from babel.messages.pofile import write_po

    write_po(out, source, width=translations.WIDTH)
    (locales / "en.po").write_bytes(out.getvalue())


def compiled(path: Path) -> dict[str, str]:
    with path.open("rb") as file:
        return {str(m.context or m.id): str(m.string) for m in read_mo(file) if m.id}


def test_the_committed_files_are_what_make_translations_writes() -> None:
    stale = [
        str(path)
        for path, content in translations.planned_files().items()
        if not path.exists() or path.read_bytes() != content
    ]

    assert stale == [], "run `make translations` and commit what it writes"


def test_the_bot_reads_every_english_text_from_the_source_file() -> None:
    source = translations.read(translations.LOCALES / "en.po")

    assert {str(m.id): str(m.string) for m in source if m.id} == dict(EN)


def test_the_template_gives_translators_the_english_keyed_by_id_with_notes() -> None:
    with (translations.LOCALES / "messages.pot").open("rb") as file:
        template = read_po(file)
    entries = {m.context: m for m in template if m.id}

    assert entries.keys() == EN.keys()
    assert entries["saved.added"].id == EN["saved.added"]
    assert "python-brace-format" in entries["saved.added"].flags
    assert any("{name}" in note for note in entries["saved.added"].auto_comments)
    assert "python-brace-format" not in entries["saved.heading"].flags
    variant = next(i for i in EN if i.endswith(".other"))
    assert translations.VARIANT_NOTE in " ".join(entries[variant].auto_comments)
    words = next(i for i in EN if i.endswith(".syn"))
    assert translations.WORDS_NOTE in " ".join(entries[words].auto_comments)


def test_changed_english_keeps_the_translation_as_fuzzy_and_the_bot_shows_english(
    locales: Path,
) -> None:
    edit_english(locales, "saved.heading", "Programs you saved:")

    assert translations.main([]) == 0

    spanish = translations.read(locales / "es.po")
    entry = next(m for m in spanish if m.context == "saved.heading")
    assert entry.fuzzy
    assert entry.string == CATALOG["es"]["saved.heading"]
    assert translations.previous_english(entry)[0] == EN["saved.heading"]
    assert "saved.heading" not in compiled(locales / "es.mo")
    assert compiled(locales / "en.mo")["saved.heading"] == "Programs you saved:"


def test_a_translation_confirmed_again_is_compiled_again(locales: Path) -> None:
    edit_english(locales, "saved.heading", "Programs you saved:")
    translations.main([])
    spanish = translations.read(locales / "es.po")
    entry = next(m for m in spanish if m.context == "saved.heading")
    entry.flags.discard("fuzzy")
    entry.string = "Programas que guardó:"
    (locales / "es.po").write_bytes(translations.po_bytes(spanish, "es"))

    translations.main([])

    assert compiled(locales / "es.mo")["saved.heading"] == "Programas que guardó:"


def test_a_new_text_arrives_untranslated_and_a_removed_one_goes(locales: Path) -> None:
    source = translations.read(locales / "en.po")
    source.add("saved.brand_new", "A brand-new text.")
    del source["saved.heading"]
    out = io.BytesIO()
    from babel.messages.pofile import write_po

    write_po(out, source, width=translations.WIDTH)
    (locales / "en.po").write_bytes(out.getvalue())

    translations.main([])

    spanish = {m.context: m for m in translations.read(locales / "es.po") if m.id}
    assert spanish["saved.brand_new"].string == ""
    assert "saved.heading" not in spanish
    assert "saved.brand_new" not in compiled(locales / "es.mo")


def test_a_new_language_starts_with_every_text_to_translate(locales: Path) -> None:
    translations.main(["--new", "fr"])

    french = translations.read(locales / "fr.po")
    assert str(french.locale) == "fr"
    assert {m.context for m in french if m.id} == EN.keys()
    assert all(m.string == "" for m in french if m.id)
    assert compiled(locales / "fr.mo") == {}


def test_check_writes_nothing_and_fails_on_stale_files(
    locales: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_english(locales, "saved.heading", "Programs you saved:")
    before = (locales / "es.po").read_bytes()

    assert translations.main(["--check"]) == 1

    assert (locales / "es.po").read_bytes() == before
    assert "stale bot/core/locales/es.po" in capsys.readouterr().out
    translations.main([])
    assert translations.main(["--check"]) == 0


def test_the_same_texts_always_give_the_same_bytes() -> None:
    first = translations.planned_files()

    assert translations.planned_files() == first
    assert all(b"POT-Creation-Date" not in content for content in first.values())


def test_an_empty_catalog_compiles_to_no_texts() -> None:
    assert compiled_bytes(translations.mo_bytes(Catalog(locale="es"))) == {}


def compiled_bytes(data: bytes) -> dict[str, str]:
    return {str(m.id): str(m.string) for m in read_mo(io.BytesIO(data)) if m.id}

"""The text catalog: every sentence people see, by id and language; lookup only.

The texts live in gettext files in ``bot/core/locales``: ``en.po`` is the English source,
``es.po`` (and any other ``<language>.po``) a translation; ``make translations`` compiles them
to the ``.mo`` files read here. Texts are ``str.format`` templates. A text may have a variant
for someone searching on another person's behalf under ``<id>.other`` ("Are *they* ...");
``text`` picks it when asked to.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from typing import Literal

from babel.messages.mofile import read_mo

Audience = Literal["self", "other"]

DEFAULT_LANGUAGE = "en"


def _compiled(language: str) -> dict[str, str]:
    """One language's texts by id, from its compiled file (``make translations`` writes it
    from ``bot/core/locales/<language>.po``; untranslated and fuzzy texts are not in it)."""
    with resources.files("bot.core.locales").joinpath(f"{language}.mo").open("rb") as file:
        catalog = read_mo(file)
    # English is keyed by id; a translation carries the id as its context.
    return {str(m.context or m.id): str(m.string) for m in catalog if m.id and m.string}


def _languages() -> list[str]:
    """English first, then every language with a compiled translation."""
    files = resources.files("bot.core.locales").iterdir()
    found = sorted(f.name.removesuffix(".mo") for f in files if f.name.endswith(".mo"))
    return [DEFAULT_LANGUAGE, *(language for language in found if language != DEFAULT_LANGUAGE)]


CATALOG: Mapping[str, Mapping[str, str]] = {
    language: _compiled(language) for language in _languages()
}
EN = CATALOG["en"]
ES = CATALOG["es"]
LANGUAGES = tuple(CATALOG)
SOURCE_LINE = EN["source"]
SOURCE_LINES = {language: texts["source"] for language, texts in CATALOG.items()}


def has_text(text_id: str, language: str = DEFAULT_LANGUAGE) -> bool:
    """Whether the catalog of a language defines a text id."""
    return text_id in CATALOG.get(language, {})


def text(
    text_id: str, language: str = DEFAULT_LANGUAGE, audience: Audience = "self", **values: object
) -> str:
    """The text for an id in a language (English when missing), with values filled in."""
    catalog = CATALOG.get(language, EN)
    template = None
    if audience == "other":
        template = catalog.get(f"{text_id}.other") or EN.get(f"{text_id}.other")
    template = template or catalog.get(text_id) or EN[text_id]
    return template.format(**values) if values else template


def resolve(value: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A template value that may name texts, in a language.

    Plain values pass through. "@id" is that text; "@list:wrapper:id1,id2,=Literal" joins the
    items ("a, b and c" / "a, b y c") and, with a wrapper id, fills its {items}. The core stores
    such references, so a plan made once reads right in whichever language it is shown.
    """
    if not value.startswith("@"):
        return value
    spec = value[1:]
    if not spec.startswith("list:"):
        return text(spec, language)
    _, wrapper, items = spec.split(":", 2)
    names = [i[1:] if i.startswith("=") else text(i, language) for i in items.split(",") if i]
    if len(names) > 1:
        joined = ", ".join(names[:-1]) + text("call.and", language) + names[-1]
    else:
        joined = names[0] if names else ""
    return text(wrapper, language, items=joined) if wrapper else joined


def resolve_all(values: Mapping[str, str], language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """Every value of a template's values resolved (see resolve)."""
    return {key: resolve(value, language) for key, value in values.items()}

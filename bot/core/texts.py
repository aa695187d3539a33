"""The text catalog: every sentence people see, by id and language; pure data and lookup.

Texts are ``str.format`` templates. A text may have a variant for someone searching on another
person's behalf under ``<id>.other`` ("Are *they* ..."); ``text`` picks it when asked to.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from bot.core.locales import (
    en,
    en_callprep,
    en_crisis,
    en_dialogue,
    en_faq,
    en_features,
    en_levels,
    en_matching,
    en_relations,
    en_saved,
    en_search,
    en_telegram,
    es,
    es_callprep,
    es_crisis,
    es_dialogue,
    es_faq,
    es_features,
    es_levels,
    es_matching,
    es_relations,
    es_saved,
    es_search,
    es_telegram,
)

Audience = Literal["self", "other"]

DEFAULT_LANGUAGE = "en"
SOURCE_LINE = en.SOURCE_LINE
SOURCE_LINES = {"en": en.SOURCE_LINE, "es": es.SOURCE_LINE}


def _merge(*parts: Mapping[str, str]) -> dict[str, str]:
    """One catalog from several modules; an id defined twice is a mistake caught at import."""
    merged: dict[str, str] = {}
    for part in parts:
        clash = merged.keys() & part.keys()
        if clash:
            raise ValueError(f"text ids defined twice: {sorted(clash)}")
        merged.update(part)
    return merged


EN: dict[str, str] = _merge(
    en.TEXTS,
    en_dialogue.TEXTS,
    en_search.TEXTS,
    en_crisis.TEXTS,
    en_callprep.TEXTS,
    en_telegram.TEXTS,
    en_saved.TEXTS,
    en_features.TEXTS,
    en_matching.TEXTS,
    en_faq.TEXTS,
    en_relations.TEXTS,
    en_levels.TEXTS,
)

ES: dict[str, str] = _merge(
    es.TEXTS,
    es_dialogue.TEXTS,
    es_search.TEXTS,
    es_crisis.TEXTS,
    es_callprep.TEXTS,
    es_telegram.TEXTS,
    es_saved.TEXTS,
    es_features.TEXTS,
    es_matching.TEXTS,
    es_faq.TEXTS,
    es_relations.TEXTS,
    es_levels.TEXTS,
)

CATALOG: Mapping[str, Mapping[str, str]] = {"en": EN, "es": ES}
LANGUAGES = tuple(CATALOG)


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

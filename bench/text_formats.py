"""The text catalog measured against gettext (.po, Babel) and Project Fluent (.ftl).

What each format would ask of the catalog as it is: ids it cannot take as they are, texts a
translator would see rewritten, variants, placeholders and whether tools check them. Counted
from the catalog itself (bot.core.texts), no library of either format needed. The choice and
its reasons are in the README ("Texts and translations").

`python -m bench.text_formats` prints the table.
"""

from __future__ import annotations

import re
import string
import sys
import timeit

from bot.core import texts
from bot.core.texts import EN

FLUENT_ID = re.compile(r"[a-zA-Z][a-zA-Z0-9_-]*\Z")
# A continuation line of a Fluent text may not start with these (they open syntax).
FLUENT_LINE_START = re.compile(r"\n\s*[\[*.}]")


def _fields(template: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]


def rows() -> list[tuple[str, str, str]]:
    """(measure, gettext, Fluent) for the catalog as it is."""
    ids = list(EN)
    variants = [i for i in ids if i.endswith(".other")]
    with_fields = [i for i in ids if _fields(EN[i])]
    literal_braces = [i for i in ids if "{{" in EN[i] or "}}" in EN[i]]
    awkward_lines = [i for i in ids if FLUENT_LINE_START.search(EN[i])]
    edge_spaces = [i for i in ids if EN[i] != EN[i].strip()]
    renamed = [i for i in ids if not FLUENT_ID.match(i)]
    load = min(timeit.repeat(lambda: texts._compiled("es"), number=1, repeat=5))
    return [
        ("text ids", f"{len(ids)} as they are (context)", f"{len(renamed)} renamed (no dots)"),
        (
            "variants for a relative (.other)",
            f"{len(variants)} entries of their own, with a note",
            f"{len(variants)} selectors on $audience",
        ),
        (
            "texts with placeholders",
            f"{len(with_fields)} as they are; python-brace-format checked by msgfmt, Poedit, "
            "Weblate",
            f"{len(with_fields)} rewritten {{x}} → {{ $x }}; checked by Pontoon, compare-locales",
        ),
        (
            "texts needing escapes",
            "0",
            f"{len(set(literal_braces + awkward_lines + edge_spaces))} "
            "(literal braces, lines opening syntax, edge spaces)",
        ),
        ("dates and times per language", "Babel (CLDR)", "Babel as well (fluent.runtime uses it)"),
        ("load of the Spanish catalog", f"{load * 1000:.1f} ms (.mo)", "not measured"),
    ]


def main() -> int:
    """Print the table."""
    table = rows()
    width = max(len(r[0]) for r in table)
    print(f"{'':{width}}  gettext (.po)  |  Fluent (.ftl)")
    for measure, gettext, fluent in table:
        print(f"{measure:{width}}  {gettext}  |  {fluent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""English names of what people can ask for (levels, groups, payment, …), from the features."""

from __future__ import annotations

from bot.core.features import FEATURES, SEARCH_ONLY

# The vocabulary itself names each feature in English; the catalog exposes those names by id
# so every language is looked up the same way ("feature.pay:medicaid").
TEXTS: dict[str, str] = {
    f"feature.{key}": feature.label for key, feature in {**FEATURES, **SEARCH_ONLY}.items()
}

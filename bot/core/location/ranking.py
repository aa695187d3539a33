"""Pure ranking of matched places by spelling and size, and the found-or-ask decision; no I/O."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.location.places import Candidate, Place, Resolution, not_found

MAX_CANDIDATES = 5

# One decade of ZIP codes is worth six points of spelling similarity when ranking places.
SIZE_WEIGHT = 6.0
# A state competes with cities as if it were a large city (about fifty ZIP codes).
STATE_WEIGHT = 50
# A place is "sizeable" from five ZIP codes: Portland, ME (9) is a real rival of Portland, OR
# (59), the other Bostons (one ZIP each) are not rivals of Boston, MA (33).
SIZEABLE_ZIPS = 5
# Found needs a lead of 4x the ZIP codes at equal spelling (6·log10 4 ≈ 3.6 points), and 10x
# (6 points) when the runner-up is itself sizeable.
LEAD_OVER_SMALL = SIZE_WEIGHT * math.log10(4)
LEAD_OVER_SIZEABLE = SIZE_WEIGHT
FOUND_MIN_SCORE = 85.0
# Alternatives worse than this many rank points behind the best are noise, not choices.
ALTERNATIVE_WINDOW = 15.0


@dataclass(frozen=True, slots=True, eq=False)
class Spot:
    """A place the gazetteer can offer, with its number of ZIP codes as a popularity proxy."""

    place: Place
    size: int


@dataclass(frozen=True, slots=True)
class Hit:
    """A spot matched by some text: similarity 0..100 (100 = exact) and whether we corrected."""

    spot: Spot
    score: float
    corrected: bool

    @property
    def rank(self) -> float:
        """Spelling similarity plus a bonus for size, so big places win near-ties."""
        return self.score + SIZE_WEIGHT * math.log10(max(1, self.spot.size))


def decide(hits: Sequence[Hit], *, ambiguous: bool = False) -> Resolution:
    """Rank hits and say whether the best is clearly ahead of its first real rival."""
    merged: dict[Place, Hit] = {}
    for hit in hits:
        seen = merged.get(hit.spot.place)
        if seen is None or hit.score > seen.score:
            merged[hit.spot.place] = hit
    if not merged:
        return not_found()
    ranked = sorted(
        merged.values(),
        key=lambda h: (-h.rank, h.spot.place.kind != "city", h.spot.place.name),
    )
    best = ranked[0]
    rival = next((h for h in ranked[1:] if _competes(best, h)), None)
    found = (
        not ambiguous
        and best.score >= FOUND_MIN_SCORE
        # A spelling fix that lands on a hamlet is more likely a word than a place
        # ("heroin" -> Heron, MT): ask rather than assume.
        and (best.score >= 100.0 or best.spot.size >= SIZEABLE_ZIPS)
        and (rival is None or _clearly_ahead(best, rival))
    )
    shown = [h for h in ranked if h.rank >= best.rank - ALTERNATIVE_WINDOW][:MAX_CANDIDATES]
    total = sum(h.spot.size for h in shown)
    candidates = []
    for index, hit in enumerate(shown):
        quality = _quality(hit)
        share = 1.0 if found and index == 0 else hit.spot.size / total
        candidates.append(Candidate(hit.spot.place, round(quality * share, 3), hit.corrected))
    return Resolution("found" if found else "ambiguous", tuple(candidates))


def _competes(best: Hit, other: Hit) -> bool:
    """Whether another hit is a genuine alternative to the best one.

    A state and a city inside it are not rivals ("New York" the city and the state): choosing
    the city still searches where the person meant.
    """
    a, b = best.spot.place, other.spot.place
    if a == b:
        return False
    kinds = {a.kind, b.kind}
    return not (kinds == {"state", "city"} and a.state == b.state)


def _clearly_ahead(best: Hit, rival: Hit) -> bool:
    lead = best.rank - rival.rank
    if best.spot.size < SIZEABLE_ZIPS or lead < LEAD_OVER_SMALL:
        return False
    return rival.spot.size < SIZEABLE_ZIPS or lead >= LEAD_OVER_SIZEABLE


def _quality(hit: Hit) -> float:
    """How good the match is on its own: 1.0 exact, 0.95 alias, lower for spelling fixes."""
    if hit.score >= 100.0:
        return 0.95 if hit.corrected else 1.0
    return 0.95 * hit.score / 100.0

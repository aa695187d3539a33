"""Search results as plain text for a terminal, and as JSON for scripts; no I/O."""

from __future__ import annotations

from typing import Any

from bot.core.features import NO_INSURANCE, UnknownFeatureError, feature, member_keys
from bot.core.location import Candidate, Place
from bot.core.matching import Match, Relaxation, SearchOutcome
from bot.core.restrictions import Flag
from bot.core.texts import SOURCE_LINE, text


def feature_label(key: str) -> str:
    """The plain-words label of a feature key; alternatives are joined with "or"."""
    labels = []
    for part in member_keys(key):
        try:
            labels.append(feature(part).label)
        except UnknownFeatureError:
            labels.append(part)
    return text("feature.or").join(labels)


def flag_text(flag: Flag) -> str:
    """What a result says about whom a program serves ("Serves women only")."""
    ages = ", ".join(text(f"flag.age.{age}") for age in flag.ages)
    return text(f"flag.{flag.kind}", ages=ages)


def relaxation_text(relaxation: Relaxation) -> str:
    """One relaxation, said plainly."""
    return text(
        f"relax.{relaxation.kind}",
        from_miles=relaxation.from_miles,
        to_miles=relaxation.to_miles,
        feature=feature_label(relaxation.feature),
        state=relaxation.state,
    )


def _address(match: Match) -> str:
    p = match.program
    street = ", ".join(part for part in (p.street, p.street2) if part)
    return f"{street}, {p.city}, {p.state} {p.zip}".lstrip(", ")


def _match_text(index: int, match: Match) -> list[str]:
    p = match.program
    distance = "" if match.distance_miles is None else f" — {match.distance_miles:.1f} mi"
    online = f" ({text('card.online')})" if match.via_telehealth else ""
    lines = [f"{index}. {p.display_name}{distance}{online}", f"   {_address(match)}"]
    phones = [f"Phone: {p.phone}"] if p.phone else []
    phones += [f"Intake: {phone}" for phone in p.intake_phones if phone != p.phone]
    if phones:
        lines.append("   " + "   ".join(phones))
    if p.website:
        lines.append(f"   {p.website}")
    lines.append("   Matches: " + ", ".join(feature_label(k) for k in match.matched))
    if match.unmatched:
        lines.append("   Not listed: " + ", ".join(feature_label(k) for k in match.unmatched))
    if match.flags:
        lines.append("   " + text("card.flags", flags="; ".join(map(flag_text, match.flags))))
    lines.append("   Ask when you call:")
    lines += [f"     - {text('verify.' + item)}" for item in match.verify]
    return lines


def outcome_text(place: Place, outcome: SearchOutcome, corrected_from: str = "") -> str:
    """A whole result list for a person reading a terminal."""
    query = outcome.query
    level = feature_label(query.level.key)
    if query.mode == "nearby":
        where = f"within {query.radius_miles:g} miles of {place.name}"
    elif query.mode == "online":
        where = f"in {query.state} at facilities that offer telehealth"
    else:
        where = f"in {place.name}"
    lines = []
    if corrected_from:
        lines.append(text("location.corrected", typed=corrected_from, place=place.name))
    lines += [relaxation_text(r) for r in outcome.relaxations]
    if query.mode == "online" or any(m.via_telehealth for m in outcome.matches):
        lines.append(text("results.telehealth_note"))
    if any(c.feature.key == NO_INSURANCE.key for c in query.criteria):
        lines.append(text("results.no_insurance"))
    shown = len(outcome.matches)
    lines.append(f"{level} programs {where}: {shown} of {outcome.total} shown.")
    lines.append("")
    if not outcome.matches:
        lines += [text("search.none"), text("helpline")]
    for index, match in enumerate(outcome.matches, start=1):
        lines += [*_match_text(index, match), ""]
    lines.append(SOURCE_LINE)
    return "\n".join(lines)


def candidates_text(candidates: tuple[Candidate, ...]) -> str:
    """The places to choose from when a name is ambiguous."""
    lines = [text("location.ambiguous")]
    lines += [f"  - {c.place.name}" for c in candidates]
    return "\n".join(lines)


def place_json(candidate: Candidate) -> dict[str, Any]:
    """A resolved place for JSON output."""
    place = candidate.place
    return {
        "kind": place.kind,
        "name": place.name,
        "city": place.city,
        "state": place.state,
        "zip": place.zip,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "confidence": round(candidate.confidence, 3),
        "corrected": candidate.corrected,
    }


def match_json(match: Match) -> dict[str, Any]:
    """One result for JSON output."""
    p = match.program
    return {
        "id": p.id,
        "name": p.name,
        "name2": p.name2,
        "street": p.street,
        "street2": p.street2,
        "city": p.city,
        "state": p.state,
        "zip": p.zip,
        "phone": p.phone,
        "intake_phones": list(p.intake_phones),
        "website": p.website,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "geo_precision": p.geo_precision,
        "distance_miles": match.distance_miles,
        "score": match.score,
        "codes": sorted(p.codes),
        "matched": list(match.matched),
        "unmatched": list(match.unmatched),
        "verify": list(match.verify),
        "via_telehealth": match.via_telehealth,
        "flags": [flag_json(f) for f in match.flags],
    }


def flag_json(flag: Flag) -> dict[str, Any]:
    """One flag of a result, as its card says it."""
    data: dict[str, Any] = {"kind": flag.kind, "text": flag_text(flag)}
    if flag.ages:
        data["ages"] = list(flag.ages)
    return data


def relaxation_json(relaxation: Relaxation) -> dict[str, Any]:
    """One relaxation for JSON output, with its plain-words description."""
    data: dict[str, Any] = {"kind": relaxation.kind, "text": relaxation_text(relaxation)}
    if relaxation.kind == "radius":
        data |= {"from_miles": relaxation.from_miles, "to_miles": relaxation.to_miles}
    elif relaxation.kind == "dropped":
        data["criterion"] = relaxation.feature
    else:
        data["state"] = relaxation.state
    return data


def outcome_json(candidate: Candidate, outcome: SearchOutcome) -> dict[str, Any]:
    """The whole search as a JSON-ready dict."""
    query = outcome.query
    return {
        "place": place_json(candidate),
        "query": {
            "mode": query.mode,
            "radius_miles": query.radius_miles,
            "level": query.level.key,
            "required": [c.feature.key for c in query.criteria if c.need == "required"],
            "preferred": [c.feature.key for c in query.criteria if c.need == "preferred"],
            "person": {
                "gender": query.person.gender,
                "substances": sorted(query.person.substances),
                "dui": query.person.dui,
            },
        },
        "total": outcome.total,
        "results": [match_json(m) for m in outcome.matches],
        "relaxed": [relaxation_json(r) for r in outcome.relaxations],
        "source": SOURCE_LINE,
    }

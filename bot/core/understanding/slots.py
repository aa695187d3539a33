"""A first, minimal slot reader for the engine's words path (the full reader replaces it)."""
from __future__ import annotations
import re
from dataclasses import dataclass, fields

@dataclass(frozen=True, slots=True)
class Reading:
    for_whom: str | None = None
    relation: str | None = None
    gender: str | None = None
    age: str | None = None
    years: int | None = None
    substances: tuple[str, ...] = ()
    withdrawal: str | None = None
    daily_use: str | None = None
    schedule: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    payment: tuple[str, ...] = ()
    no_insurance: bool = False
    not_payment: tuple[str, ...] = ()
    plan: str | None = None
    medication: str | None = None
    program_language: str | None = None
    place: str | None = None
    online: bool = False
    facts: tuple[str, ...] = ()
    reply: str | None = None
    vague: bool = False

    def filled(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, (), False)}

def read(message: str) -> Reading:
    m = message.lower()
    kw: dict[str, object] = {}
    if re.search(r"\bmy (husband)\b", m): kw.update(for_whom="other", relation="husband", gender="man")
    if re.search(r"\bmy son\b", m): kw.update(for_whom="other", relation="son", gender="man")
    if "drink" in m: kw["substances"] = ("alcohol",)
    if "every day" in m: kw["daily_use"] = "yes"
    if "shakes" in m: kw["withdrawal"] = "symptoms_now"
    if "medicaid" in m and "not medicaid" not in m: kw["payment"] = ("medicaid",)
    if "no insurance" in m: kw["no_insurance"] = True
    g = re.search(r"near ([A-Za-z ]+?)(?:,|$| we)", message)
    if g: kw["place"] = g.group(1).strip()
    if re.search(r"\b(\d{2}) ?(yo|years)\b|he'?s (\d{2})\b", m):
        n = int(re.search(r"\d{2}", m).group(0)); kw["years"] = n
        kw["age"] = "teen" if n < 18 else "young_adult" if n < 26 else "adult" if n < 65 else "senior"
    if m.strip() in ("idk", "whatever", "no se", "no sé", "dunno"): kw.update(vague=True, reply="unsure")
    if re.match(r"^(yes|yeah|si|sí)\b", m): kw["reply"] = "yes"
    if re.match(r"^(no|nah|nope)\b", m): kw["reply"] = "no"
    if "evening" in m or "after 5" in m: kw["schedule"] = ("evening",)
    if re.search(r"\b(vet|veteran)\b", m): kw.update(facts=("veteran",), groups=("veterans",))
    return Reading(**kw)  # type: ignore[arg-type]

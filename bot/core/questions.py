"""What to ask one program and how to open the call, from the person's answers; pure, no I/O.

The directory cannot say when groups meet, whether a program has openings, or whether a plan is
in network, so those are always asked. Everything else comes from what the person told the bot
and what the program lists: a question names a listed service ("The directory lists
buprenorphine here …") so the person confirms it instead of asking blind. The questions follow
reference/domain.md §2; the texts live in ``bot/core/locales/en_callprep.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from bot.core.answers import Answers
from bot.core.features import FEATURES, GROUPS, LANGUAGES, TELEHEALTH, Feature
from bot.core.programs import Program
from bot.core.texts import Audience, resolve_all, text

Section = Literal["your_needs", "iop", "quality"]
SECTIONS: tuple[Section, ...] = ("your_needs", "iop", "quality")

SCRIPT_SELF = "call.script.self"
SCRIPT_FAMILY = "call.script.family"
REASSURE = "call.reassure"
FAMILY_NOTES = ("call.family.ok_to_call", "call.family.intake", "call.family.support")
HAVE_READY = (
    "call.ready.insurance",
    "call.ready.substances",
    "call.ready.medications",
    "call.ready.health",
    "call.ready.times",
    "call.ready.pen",
)
# Without insurance there is no card to have ready: what one could pay is the thing to know.
NO_INSURANCE_READY = "call.ready.no_insurance"
INSURANCE = frozenset({"medicaid", "medicare", "private_insurance", "tricare", "ihs"})
THEY_WILL_ASK = ("call.ask.who", "call.ask.use", "call.ask.health", "call.ask.payment")

# Asked of every IOP, in this order: can I get in, what it demands, what happens when things
# go wrong, and what comes next.
IOP_QUESTIONS = (
    "call.q.iop.start",
    "call.q.iop.hours",
    "call.q.iop.missed",
    "call.q.iop.length",
    "call.q.iop.format",
    "call.q.iop.testing",
    "call.q.iop.crisis",
    "call.q.iop.aftercare",
)
# ASAM 2.1 for adolescents is at least 6 hours a week, not the adult 9 to 19.
IOP_HOURS_TEEN = "call.q.iop.hours.teen"

SCHEDULES = ("day", "evening", "weekend")

# The age answer implies the matching special group, asked once.
AGE_GROUPS = {"teen": "adolescents", "young_adult": "young_adults", "senior": "seniors"}

# Groups whose question is not "do you run a … group": co-occurring care is a quality question
# too, asked once, here, when the person chose it.
GROUP_QUESTIONS = {"co_occurring": "call.q.mental_health"}

# Plans asked about by name ("Do you take my Medicaid plan?"); private insurance is asked
# without a name (the person names it), the other payments have questions of their own.
PLAN_NAMES = {
    "medicaid": "@call.plan.medicaid",
    "medicare": "@call.plan.medicare",
    "tricare": "@call.plan.tricare",
    "state_plan": "@call.plan.state_plan",
}
PAYMENT_QUESTIONS = {
    "private_insurance": "call.q.payment.insurance",
    "cash": "call.q.payment.cash",
    "sliding_fee": "call.q.payment.sliding_fee",
    "payment_assistance": "call.q.payment.assistance",
    "free": "call.q.payment.free",
    "ihs": "call.q.payment.ihs",
}

# Opioid medications an IOP may list, in the order they are named; methadone is only dispensed
# at certified opioid treatment programs, which is why buprenorphine is the one asked about.
OPIOID_MEDICATIONS = tuple(
    FEATURES[f"med:{n}"] for n in ("buprenorphine", "naltrexone", "methadone")
)
AUD_MEDICATION = FEATURES["med:aud_medication"]
OUTSIDE_MEDICATION = FEATURES["med:accepts_outside_medication"]

# Accreditation codes, as a person would name the accreditor.
ACCREDITORS = {
    "CARF": "CARF",
    "JC": "Joint Commission",
    "COA": "COA",
    "HFAP": "HFAP",
    "NCQA": "NCQA",
}

LANGUAGE_QUESTIONS = {
    "spanish": "call.q.language.spanish",
    "sign_language": "call.q.language.sign_language",
}
EXTRAS = ("child_care", "transportation", "self_help")

# Adjectives for "help with alcohol and opioid use"; "other" and unknown read as substance use.
# Substances named in the opening script ("help with alcohol and opioid use").
SUBSTANCE_WORDS = ("alcohol", "opioids", "benzos", "stimulants", "cannabis")


@dataclass(frozen=True, slots=True)
class Question:
    """One question to ask a program: a text id, and the values that fill its template."""

    section: Section
    text_id: str
    values: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))


@dataclass(frozen=True, slots=True)
class CallPlan:
    """Everything needed to call one program: questions by section, an opening, two lists."""

    questions: tuple[Question, ...]
    script_id: str
    script_values: Mapping[str, str] = field(hash=False)
    have_ready: tuple[str, ...]
    they_will_ask: tuple[str, ...]
    notes: tuple[str, ...] = ()
    audience: Audience = "self"

    def __post_init__(self) -> None:
        object.__setattr__(self, "script_values", MappingProxyType(dict(self.script_values)))

    def section(self, section: Section) -> tuple[Question, ...]:
        """The questions of one section, in order."""
        return tuple(q for q in self.questions if q.section == section)


def plan_call(answers: Answers, program: Program) -> CallPlan:
    """The questions, opening script and lists for calling one program."""
    audience: Audience = "other" if answers.family else "self"
    questions = [
        *_your_needs(answers, program),
        *_iop(answers),
        *_quality(answers, program),
    ]
    return CallPlan(
        questions=_unique(questions),
        script_id=SCRIPT_FAMILY if answers.family else SCRIPT_SELF,
        script_values={"program": program.display_name, "use": _use(answers.substances)},
        have_ready=_have_ready(answers),
        they_will_ask=THEY_WILL_ASK,
        notes=(REASSURE, *FAMILY_NOTES) if answers.family else (REASSURE,),
        audience=audience,
    )


def render_call_plan(
    plan: CallPlan, language: str = "en", audience: Audience | None = None
) -> str:
    """The plan as plain text: notes, lists, the opening, then numbered questions by section.

    ``audience`` defaults to the plan's own, so a family member's plan reads "their plan".
    """
    who: Audience = audience or plan.audience

    def say(text_id: str, values: Mapping[str, str] | None = None) -> str:
        return text(text_id, language, who, **resolve_all(values or {}, language))

    blocks = [say("call.heading.title", plan.script_values)]
    blocks.append(_block(say("call.heading.notes"), [say(n) for n in plan.notes]))
    bullets = [f"• {say(i)}" for i in plan.have_ready]
    blocks.append(_block(say("call.heading.have_ready"), bullets))
    bullets = [f"• {say(i)}" for i in plan.they_will_ask]
    blocks.append(_block(say("call.heading.they_will_ask"), bullets))
    blocks.append(_block(say("call.heading.script"), [say(plan.script_id, plan.script_values)]))
    number = 0
    for section in SECTIONS:
        lines = []
        for question in plan.section(section):
            number += 1
            lines.append(f"{number}. {say(question.text_id, question.values)}")
        blocks.append(_block(say(f"call.heading.{section}"), lines))
    return "\n\n".join(b for b in blocks if b)


def _have_ready(answers: Answers) -> tuple[str, ...]:
    """What to have at hand: an insurance card, unless every way of paying named is without
    insurance (cash, a sliding fee, free care)."""
    if answers.payment and INSURANCE.isdisjoint(answers.payment):
        return tuple(NO_INSURANCE_READY if i == "call.ready.insurance" else i for i in HAVE_READY)
    return HAVE_READY


def _block(heading: str, lines: list[str]) -> str:
    return "\n".join([heading, *lines]) if lines else ""


def _your_needs(answers: Answers, program: Program) -> list[Question]:
    """What applies to this person: safety, times, groups, payment, medication, language…"""
    ids: list[tuple[str, dict[str, str]]] = []
    if answers.needs_detox_first:
        ids.append(("call.q.withdrawal", {}))
    if answers.home_unsafe:
        ids.append(("call.q.housing", {}))
    ids += [(f"call.q.schedule.{s}", {}) for s in SCHEDULES if s in answers.schedule]
    if answers.online or "online" in answers.schedule:
        listed = _lists(program, TELEHEALTH)
        ids.append(("call.q.online.listed" if listed else "call.q.online", {}))
    ids += [(GROUP_QUESTIONS.get(g, f"call.q.group.{g}"), {}) for g in _groups(answers)]
    ids += _payment(answers)
    ids += _medication(answers, program)
    ids += _language(answers)
    if answers.one_to_one:
        ids.append(("call.q.one_to_one", {}))
    ids += [(f"call.q.extra.{e}", {}) for e in EXTRAS if e in answers.extras]
    if "family_counseling" in answers.extras:
        ids.append(("call.q.family", {}))
    return [Question("your_needs", i, v) for i, v in ids]


def _groups(answers: Answers) -> list[str]:
    """Group names asked about: those chosen, and the one the age implies."""
    names = [AGE_GROUPS[answers.age]] if answers.age in AGE_GROUPS else []
    names += [g for g in answers.groups if f"group:{g}" in GROUPS]
    return list(dict.fromkeys(names))


def _payment(answers: Answers) -> list[tuple[str, dict[str, str]]]:
    """One question per way of paying; a general cost question when none was given."""
    asked: list[tuple[str, dict[str, str]]] = []
    for name in answers.payment:
        if name in PLAN_NAMES:
            asked.append(("call.q.payment.plan", {"plan": PLAN_NAMES[name]}))
        elif name in PAYMENT_QUESTIONS:
            asked.append((PAYMENT_QUESTIONS[name], {}))
    return asked or [("call.q.payment.unknown", {})]


def _medication(answers: Answers, program: Program) -> list[tuple[str, dict[str, str]]]:
    """Medication questions; a medication the program lists is named so it can be confirmed."""
    if answers.medication == "taking":
        listed = _lists(program, OUTSIDE_MEDICATION)
        return [("call.q.medication.continue" + (".listed" if listed else ""), {})]
    asked: list[tuple[str, dict[str, str]]] = []
    if answers.medication == "wanted" and answers.uses_opioids:
        names = [f"call.med.{f.name}" for f in OPIOID_MEDICATIONS if _lists(program, f)]
        if names:
            medication = "@list::" + ",".join(names)
            asked.append(("call.q.medication.opioid.listed", {"medication": medication}))
        else:
            asked.append(("call.q.medication.opioid", {}))
    if answers.medication == "wanted" and "alcohol" in answers.substances:
        listed = _lists(program, AUD_MEDICATION)
        asked.append(("call.q.medication.alcohol" + (".listed" if listed else ""), {}))
    if not asked and answers.medication in ("wanted", "unsure"):
        asked.append(("call.q.medication.explain", {}))
    return asked


def _language(answers: Answers) -> list[tuple[str, dict[str, str]]]:
    """A counselor or interpreter in the person's language, when it is not English."""
    name = answers.language
    if name in LANGUAGE_QUESTIONS:
        return [(LANGUAGE_QUESTIONS[name], {})]
    found = LANGUAGES.get(f"lang:{name}")
    return [("call.q.language.any", {"language_name": f"@feature.{found.key}"})] if found else []


def _iop(answers: Answers) -> list[Question]:
    """What every IOP should be asked; teens get the adolescent hours."""
    hours = IOP_HOURS_TEEN if answers.age == "teen" else "call.q.iop.hours"
    ids = [hours if i == "call.q.iop.hours" else i for i in IOP_QUESTIONS]
    return [Question("iop", i) for i in ids]


def _quality(answers: Answers, program: Program) -> list[Question]:
    """A few signs of quality; a listed accreditation is named so the person asks if current."""
    accreditors = [f"={name}" for code, name in ACCREDITORS.items() if code in program.codes]
    if accreditors:
        named = "@list::" + ",".join(accreditors)
        asked = [Question("quality", "call.q.accreditation.listed", {"accreditation": named})]
    else:
        asked = [Question("quality", "call.q.accreditation")]
    asked.append(Question("quality", "call.q.therapies"))
    # A person who already asked about medication for their own use needs no general question.
    if not answers.wants_medication:
        asked.append(Question("quality", "call.q.medications"))
    asked.append(Question("quality", "call.q.mental_health"))
    asked.append(Question("quality", "call.q.family"))
    return asked


def _unique(questions: Iterable[Question]) -> tuple[Question, ...]:
    """Each question once, where it is first asked (a need outranks the general version)."""
    seen: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
    kept: list[Question] = []
    for question in questions:
        key = (question.text_id, tuple(sorted(question.values.items())))
        if key not in seen:
            seen.add(key)
            kept.append(question)
    return tuple(kept)


def _lists(program: Program, feature: Feature) -> bool:
    return not program.codes.isdisjoint(feature.codes)


def _use(substances: Iterable[str]) -> str:
    """What the person needs help with ("alcohol and opioid use"), or "substance use"."""
    words = [f"call.substance.{s}" for s in substances if s in SUBSTANCE_WORDS]
    return "@list:call.use:" + ",".join(words) if words else "@call.use.any"

"""What to ask one program and how to open the call, from the person's answers; pure, no I/O.

The directory cannot say when groups meet, whether a program has openings, or whether a plan is
in network, so those are always asked. Everything else comes from what the person told the bot
and what the program lists: a question names a listed service ("The directory lists
buprenorphine here …") so the person confirms it instead of asking blind. The questions follow
reference/domain.md §2; the texts live in ``bot/core/locales/en.po`` (ids ``call.*``).

A plan leads with the six to eight questions that matter most, by one explainable rule: safety
first (withdrawal, a safe place to stay), then what the person's answers make important
(medication, payment, schedule, language, groups, age), each weighing more when this listing
does not show it; then what the listing could show but does not (accreditation, mental health
care); then the general questions (the wait, what a week looks like, the steps to start). The
wait for a place always has a place. Ties keep a fixed order, so the same answers always give
the same plan. The other questions follow, by section.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from bot.core.answers import Answers
from bot.core.care_levels import (
    CARE_QUESTIONS,
    CARE_WEIGHTS,
    HOUSING,
    IOP,
    LIVE_IN,
    STARTS,
    level_of,
)
from bot.core.features import FEATURES, GROUPS, LANGUAGES, TELEHEALTH, Feature
from bot.core.programs import Program
from bot.core.question_weights import (
    GAP,
    GAP_WEIGHT,
    GENERAL_WEIGHTS,
    NEED_WEIGHTS,
    SAFETY_WEIGHTS,
    Why,
    by_weight,
    lead_questions,
)
from bot.core.texts import Audience, has_text

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
PLAN_READY = "call.ready.insurance.plan"
INSURANCE = frozenset({"medicaid", "medicare", "private_insurance", "tricare", "ihs"})
THEY_WILL_ASK = ("call.ask.who", "call.ask.use", "call.ask.health", "call.ask.payment")

# Asked of every IOP: can I get in and how, what it demands, what happens when things go wrong,
# and what comes next (GENERAL_WEIGHTS orders them).
IOP_QUESTIONS = (
    "call.q.iop.start",
    "call.q.iop.intake",
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
# Groups that weigh more than the others: a teen's program, and prenatal care.
GROUP_TOPICS = {"adolescents": "teen", "pregnant": "pregnant"}
# Whether a teen needs a parent's consent, and what stays private.
TEEN_CONSENT = "call.q.teen.consent"

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
# With insurance: whether the plan must approve the IOP (or other care) first.
AUTHORIZATION = "call.q.payment.authorization"
AUTHORIZATION_CARE = "call.q.payment.authorization.care"
# Without insurance, the ways to lower the cost are asked even when not named.
NO_INSURANCE_ASKED = ("sliding_fee", "payment_assistance")

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


CO_OCCURRING = FEATURES["group:co_occurring"]
SPANISH = FEATURES["lang:spanish"]
FAMILY_COUNSELING = FEATURES["extra:family_counseling"]


@dataclass(frozen=True, slots=True)
class Question:
    """One question to ask a program: a text id, the values that fill its template, and why
    it matters here (``why`` and ``weight`` order the plan; they are not part of its key)."""

    section: Section
    text_id: str
    values: Mapping[str, str] = field(default_factory=dict, hash=False)
    why: Why = "general"
    weight: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))


@dataclass(frozen=True, slots=True)
class CallPlan:
    """Everything needed to call one program: the questions (the ``lead`` most important
    first, then the rest by section), an opening, two lists."""

    questions: tuple[Question, ...]
    script_id: str
    script_values: Mapping[str, str] = field(hash=False)
    have_ready: tuple[str, ...]
    they_will_ask: tuple[str, ...]
    notes: tuple[str, ...] = ()
    audience: Audience = "self"
    lead: int = 0
    relative: str = ""  # the text id naming the person called for ("relation.son"), if told
    level: str = IOP  # the level of care called about ("detox", …)
    interpreter: bool = False  # a Spanish search, and the program lists no Spanish

    def __post_init__(self) -> None:
        object.__setattr__(self, "script_values", MappingProxyType(dict(self.script_values)))

    def section(self, section: Section) -> tuple[Question, ...]:
        """The questions of one section, in the plan's order."""
        return tuple(q for q in self.questions if q.section == section)

    def first(self) -> tuple[Question, ...]:
        """The questions that matter most for this person and program, most important first."""
        return self.questions[: self.lead]

    def more(self) -> tuple[Question, ...]:
        """The other questions, by section."""
        return self.questions[self.lead :]


def plan_call(
    answers: Answers,
    program: Program,
    *,
    relation: str = "",
    gender: str = "",
    level: str = IOP,
    interpreter: bool = False,
) -> CallPlan:
    """The questions, opening script and lists for calling one program at a level of care.

    ``relation`` ("son", "wife", …) and ``gender`` ("woman", "man") of the person a family
    member calls for, when they said so: the script and questions then name them.
    ``interpreter``: the script adds how to ask for a Spanish interpreter.
    """
    level = level_of(level)
    audience: Audience = "other" if answers.family else "self"
    questions = _unique(
        [
            *_your_needs(answers, program, level),
            *_care(answers, level),
            *_quality(answers, program, level),
        ]
    )
    first = lead_questions(questions, always=STARTS[level])
    rest = [q for s in SECTIONS for q in by_weight(questions) if q.section == s and q not in first]
    relative = relative_text(relation, gender) if answers.family else ""
    return CallPlan(
        questions=(*first, *rest),
        script_id=SCRIPT_FAMILY if answers.family else SCRIPT_SELF,
        script_values={
            "program": program.display_name,
            "use": _use(answers.substances, answers.substance_named),
            "care": f"@call.care.{level}",
            "care_short": f"@call.care.short.{level}",
            "level": f"@level.name.{level}",
            "plan": answers.plan,
        },
        have_ready=_have_ready(answers, level),
        they_will_ask=THEY_WILL_ASK,
        notes=(REASSURE, *FAMILY_NOTES) if answers.family else (REASSURE,),
        audience=audience,
        lead=len(first),
        relative=relative,
        level=level,
        interpreter=interpreter,
    )


def lacks_spanish(language: str, answers: Answers, program: Program) -> bool:
    """A Spanish search (the conversation is in Spanish, or the person asked for a program
    that speaks it) and a listing that shows no Spanish services."""
    spanish = language == "es" or answers.language == "spanish"
    return spanish and program.codes.isdisjoint(SPANISH.codes)


def relative_text(relation: str, gender: str = "") -> str:
    """The text id naming a relative ("relation.son"; "relation.friend.woman" where Spanish
    says it differently for a woman), or "" for a relation without a text."""
    for text_id in (f"relation.{relation}.{gender}", f"relation.{relation}"):
        if relation and has_text(text_id):
            return text_id
    return ""


def _have_ready(answers: Answers, level: str = IOP) -> tuple[str, ...]:
    """What to have at hand: an insurance card, unless every way of paying named is without
    insurance (cash, a sliding fee, free care); the times one can attend, unless one stays."""
    ready = tuple(i for i in HAVE_READY if level not in LIVE_IN or i != "call.ready.times")
    if answers.payment and INSURANCE.isdisjoint(answers.payment):
        return tuple(NO_INSURANCE_READY if i == "call.ready.insurance" else i for i in ready)
    if answers.plan:  # "Your Anthem Blue Cross card and member ID"
        return tuple(PLAN_READY if i == "call.ready.insurance" else i for i in ready)
    return ready


def _need(
    text_id: str, topic: str, *, gap: bool = False, values: Mapping[str, str] | None = None
) -> Question:
    """A question the person's answers call for; one the listing does not answer weighs more."""
    weight = SAFETY_WEIGHTS.get(text_id, NEED_WEIGHTS.get(topic, 0)) + (GAP if gap else 0)
    why: Why = "safety" if text_id in SAFETY_WEIGHTS else "need"
    return Question("your_needs", text_id, values or {}, why, weight)


def _your_needs(answers: Answers, program: Program, level: str = IOP) -> list[Question]:
    """What applies to this person: safety, times, groups, payment, medication, language…

    A detox is asked about withdrawal by its own questions; where people stay day and night,
    neither a schedule nor a place to stay is a question; a sober home offers no sessions.
    """
    asked: list[Question] = []
    if answers.needs_detox_first and level != "detox":
        asked.append(_need("call.q.withdrawal", "safety"))
    if answers.home_unsafe and level == IOP:
        asked.append(_need("call.q.housing", "safety"))
    if level not in LIVE_IN:
        asked += _schedule(answers, program)
    if answers.age == "teen":
        asked.append(_need(TEEN_CONSENT, "teen"))
    for name in _groups(answers):
        text_id = GROUP_QUESTIONS.get(name, f"call.q.group.{name}")
        topic = GROUP_TOPICS.get(name, "age" if name in AGE_GROUPS.values() else "group")
        group = GROUPS.get(f"group:{name}")
        asked.append(_need(text_id, topic, gap=group is not None and not _lists(program, group)))
    asked += _payment(answers, program, level)
    asked += _medication(answers, program)
    asked += _language(answers, program)
    if level in HOUSING:
        return asked
    if answers.one_to_one:
        asked.append(_need("call.q.one_to_one", "comfort"))
    for name in EXTRAS:
        if name in answers.extras:
            gap = not _lists(program, FEATURES[f"extra:{name}"])
            asked.append(_need(f"call.q.extra.{name}", "comfort", gap=gap))
    if "family_counseling" in answers.extras or answers.family:
        asked.append(_need("call.q.family", "comfort", gap=not _lists(program, FAMILY_COUNSELING)))
    return asked


def _schedule(answers: Answers, program: Program) -> list[Question]:
    """When sessions meet (the directory lists no hours: always a gap), and online ones."""
    asked = [
        _need(f"call.q.schedule.{s}", "schedule", gap=True)
        for s in SCHEDULES
        if s in answers.schedule
    ]
    if answers.wants_mornings:  # "Daytime" is what the flow offers; mornings are what they said
        asked[0] = _need("call.q.schedule.morning", "schedule", gap=True)
    if answers.online or "online" in answers.schedule:
        listed = _lists(program, TELEHEALTH)
        text_id = "call.q.online.listed" if listed else "call.q.online"
        asked.append(_need(text_id, "schedule", gap=not listed))
    return asked


def _groups(answers: Answers) -> list[str]:
    """Group names asked about: the one the age implies, and those chosen."""
    names = [AGE_GROUPS[answers.age]] if answers.age in AGE_GROUPS else []
    names += [g for g in answers.groups if f"group:{g}" in GROUPS]
    return list(dict.fromkeys(names))


def _payment(answers: Answers, program: Program, level: str = IOP) -> list[Question]:
    """One question per way of paying; with insurance, prior authorization; without, every way
    to lower the cost; a general cost question when nothing was said."""
    names = list(answers.payment)
    if names and INSURANCE.isdisjoint(names):
        names += [n for n in NO_INSURANCE_ASKED if n not in names]
    asked: list[Question] = []
    for name in names:
        feature = FEATURES.get(f"pay:{name}")
        gap = feature is not None and not _lists(program, feature)
        if name in PLAN_NAMES:
            asked.append(
                _need("call.q.payment.plan", "payment", gap=gap, values={"plan": PLAN_NAMES[name]})
            )
        elif name == "private_insurance" and answers.plan:
            values = {"plan": answers.plan}  # the plan as typed ("Anthem Blue Cross")
            asked.append(_need("call.q.payment.plan", "payment", gap=gap, values=values))
        elif name in PAYMENT_QUESTIONS:
            asked.append(_need(PAYMENT_QUESTIONS[name], "payment", gap=gap))
    if not INSURANCE.isdisjoint(names):
        asked.append(_need(AUTHORIZATION if level == IOP else AUTHORIZATION_CARE, "authorization"))
    # Nothing said about paying: what it costs is unknown, which is worth asking first.
    return asked or [_need("call.q.payment.unknown", "payment", gap=True)]


def _medication(answers: Answers, program: Program) -> list[Question]:
    """Medication questions; a medication the program lists is named so it can be confirmed
    (one it does not list is a gap, asked before)."""
    if answers.medication == "taking":
        listed = _lists(program, OUTSIDE_MEDICATION)
        text_id = "call.q.medication.continue" + (".listed" if listed else "")
        return [_need(text_id, "medication", gap=not listed)]
    asked: list[Question] = []
    if answers.medication == "wanted" and answers.uses_opioids:
        names = [f"call.med.{f.name}" for f in OPIOID_MEDICATIONS if _lists(program, f)]
        if names:
            medication = "@list::" + ",".join(names)
            asked.append(
                _need(
                    "call.q.medication.opioid.listed",
                    "medication",
                    values={"medication": medication},
                )
            )
        else:
            asked.append(_need("call.q.medication.opioid", "medication", gap=True))
    if answers.medication == "wanted" and "alcohol" in answers.substances:
        listed = _lists(program, AUD_MEDICATION)
        text_id = "call.q.medication.alcohol" + (".listed" if listed else "")
        asked.append(_need(text_id, "medication", gap=not listed))
    if not asked and answers.medication in ("wanted", "unsure"):
        asked.append(_need("call.q.medication.explain", "comfort"))
    return asked


def _language(answers: Answers, program: Program) -> list[Question]:
    """A counselor or interpreter in the person's language, when it is not English."""
    name = answers.language
    found = LANGUAGES.get(f"lang:{name}")
    gap = found is not None and not _lists(program, found)
    if name in LANGUAGE_QUESTIONS:
        return [_need(LANGUAGE_QUESTIONS[name], "language", gap=gap)]
    if found is None:
        return []
    values = {"language_name": f"@feature.{found.key}"}
    return [_need("call.q.language.any", "language", gap=gap, values=values)]


def _general(section: Section, text_id: str, values: Mapping[str, str] | None = None) -> Question:
    """A question worth asking of any program."""
    return Question(section, text_id, values or {}, "general", GENERAL_WEIGHTS.get(text_id, 1))


def _gap(section: Section, text_id: str) -> Question:
    """A question about what this listing does not show, though programs can list it."""
    return Question(section, text_id, {}, "gap", GAP_WEIGHT)


def _care(answers: Answers, level: str) -> list[Question]:
    """What every program at this level of care should be asked; teens get the adolescent
    IOP hours."""
    if level != IOP:
        return [
            Question("iop", i, {}, "general", CARE_WEIGHTS.get(i, GENERAL_WEIGHTS.get(i, 1)))
            for i in CARE_QUESTIONS[level]
        ]
    hours = IOP_HOURS_TEEN if answers.age == "teen" else "call.q.iop.hours"
    ids = [hours if i == "call.q.iop.hours" else i for i in IOP_QUESTIONS]
    return [_general("iop", i) for i in ids]


def _quality(answers: Answers, program: Program, level: str = IOP) -> list[Question]:
    """A few signs of quality; a listed accreditation is named so the person asks if current,
    and one the listing does not show is a gap worth asking early. A sober home is asked
    about its own standards (it is housing, not treatment)."""
    if level in HOUSING:
        return []
    accreditors = [f"={name}" for code, name in ACCREDITORS.items() if code in program.codes]
    if accreditors:
        named = "@list::" + ",".join(accreditors)
        asked = [_general("quality", "call.q.accreditation.listed", {"accreditation": named})]
    else:
        asked = [_gap("quality", "call.q.accreditation")]
    asked.append(_general("quality", "call.q.therapies"))
    # A person who already asked about medication for their own use needs no general question.
    if not answers.wants_medication:
        asked.append(_general("quality", "call.q.medications"))
    if _lists(program, CO_OCCURRING):
        asked.append(_general("quality", "call.q.mental_health"))
    else:
        asked.append(_gap("quality", "call.q.mental_health"))
    asked.append(_general("quality", "call.q.family"))
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


def _use(substances: Iterable[str], named: str = "") -> str:
    """What the person needs help with ("alcohol and opioid use", "alcohol and pills use"), or
    "substance use"; something else is said in the person's own word."""
    substances = tuple(substances)
    words = [f"call.substance.{s}" for s in substances if s in SUBSTANCE_WORDS]
    plain = named.replace(",", " ").replace(":", " ").strip()
    if "other" in substances and plain:
        words.append(f"={plain}")
    return "@list:call.use:" + ",".join(words) if words else "@call.use.any"

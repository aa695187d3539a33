"""What a person has told the bot, read as typed facts and as search criteria; pure.

The conversation keeps answers by the flows' answer keys (``key -> str | list[str] | Place``);
this module is the one place that knows what the keys and values mean.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.core.features import ANY_ADULT, FEATURES, NO_INSURANCE, Category, Feature, any_of
from bot.core.location import Place
from bot.core.matching import Criterion, Need
from bot.core.restrictions import Gender, Person

AnswerValue = str | list[str] | Place
AnswerMap = Mapping[str, AnswerValue]

# The answer keys, as the flows in flows/ declare them.
FOR_WHOM = "for_whom"  # "self" | "other"
DANGER = "danger"  # "overdose" | "suicide" | "withdrawal" | "none"  (anyone in danger now?)
SUBSTANCES = "substances"  # ["alcohol", "opioids", "benzos", "stimulants", "cannabis", "other"]
WITHDRAWAL = "withdrawal"  # "symptoms_now" | "detox_done" | "still_using" | "stopped" | "unsure"
DAILY_USE = "daily_use"  # "yes" | "no" | "unsure"   (daily heavy alcohol or benzodiazepines)
HOME = "home"  # "safe" | "not_safe" | "unsure"
ATTEND = "attend"  # "yes" | "unsure" | "no"       (9–19 hours a week for 8–12 weeks)
MEDICATION = "medication"  # "wanted" | "taking" | "no" | "unsure"
PLACE = "place"  # a Place
ONLINE = "online"  # "yes" when the person wants online-only programs
RADIUS = "radius"  # "10" | "25" | "50" | "100"
DEFAULT_RADIUS = "25"  # the search's radius when none was chosen (or "idk")
AGE = "age"  # "teen" | "young_adult" | "adult" | "senior"
SCHEDULE = "schedule"  # ["day", "evening", "weekend", "online"]
GROUPS = "groups"  # group feature names, e.g. ["women", "veterans"]
ONE_TO_ONE = "one_to_one"  # "yes" | "no_preference"
PAYMENT = "payment"  # payment feature names, e.g. ["medicaid"], ["no_insurance"] or ["unsure"]
LANGUAGE = "language"  # "english" or a language feature name, e.g. "spanish"
EXTRAS = "extras"  # ["child_care", "transportation", "family_counseling", "self_help"]
MODE = "mode"  # how the person began: "guided", "quick", "crisis", or in their own "words"
WORDS = "words"
# Told in the person's own words, asked by no step:
RELATION = "relation"  # "son", "wife", … (bot.core.understanding.slots.RELATIONS)
GENDER = "gender"  # "woman" | "man" | "unsaid", of the person who needs treatment
PLAN = "plan"  # an insurance plan as typed ("Blue Shield PPO")
MAX_TYPED_NAME = 40  # a plan or a substance as typed, said back in the call plan
SUBSTANCE_NAMED = "substance_named"  # the word for "something else", as typed ("pills")
TOLD = "told_facts"  # facts volunteered: ["veteran", "ptsd", "shakes_when_stopping", …]

SKIPPED = "skip"


@dataclass(frozen=True, slots=True)
class Answers:
    """A typed, read-only view of the answers, with safe defaults for what was skipped."""

    for_whom: str = "self"
    substances: tuple[str, ...] = ()
    withdrawal: str = ""
    daily_use: str = ""
    home: str = ""
    attend: str = ""
    medication: str = ""
    online: bool = False
    radius_miles: float = float(DEFAULT_RADIUS)
    age: str = ""
    schedule: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    one_to_one: bool = False
    payment: tuple[str, ...] = ()
    language: str = ""
    extras: tuple[str, ...] = ()
    place_name: str = ""
    state: str = ""
    timezone: str = ""  # the place's IANA time zone (one the person chose is kept apart)
    gender: Gender = ""
    told: tuple[str, ...] = ()
    plan: str = ""  # the insurance plan as typed ("Anthem Blue Cross")
    substance_named: str = ""  # "something else" in the person's word ("pills", "kratom")

    @property
    def uninsured(self) -> bool:
        """No insurance, or free care needed: low-cost programs rank first."""
        return bool({"no_insurance", "free"} & set(self.payment))

    @property
    def has_dui(self) -> bool:
        """A DUI/DWI, said or asked for as a group."""
        return "dui" in self.groups or "dui" in self.told

    @property
    def veteran(self) -> bool:
        """A veteran, said ("I'm a vet") or asked for as a group."""
        return "veteran" in self.told or "veterans" in self.groups

    @property
    def family(self) -> bool:
        """Whether someone is searching on another person's behalf."""
        return self.for_whom == "other"

    @property
    def uses_opioids(self) -> bool:
        """Whether opioids are among the substances."""
        return "opioids" in self.substances

    @property
    def withdrawal_risk(self) -> bool:
        """Daily alcohol or benzodiazepine use without a completed medical detox.

        Stopping either abruptly can cause seizures, so withdrawal management comes first.
        """
        risky = {"alcohol", "benzos"} & set(self.substances)
        return bool(risky) and self.daily_use == "yes" and self.withdrawal != "detox_done"

    @property
    def needs_detox_first(self) -> bool:
        """Withdrawal now, or a withdrawal risk: show withdrawal management with the IOPs."""
        return self.withdrawal == "symptoms_now" or self.withdrawal_risk

    @property
    def home_unsafe(self) -> bool:
        """No safe or supportive home: residential and sober living are worth mentioning."""
        return self.home == "not_safe"

    @property
    def cannot_attend(self) -> bool:
        """Cannot manage IOP hours: standard outpatient is worth mentioning."""
        return self.attend == "no"

    @property
    def without_car(self) -> bool:
        """No car or ride, or transportation help asked for: a longer drive is no answer."""
        return "no_car" in self.told or "transportation" in self.extras

    @property
    def wants_mornings(self) -> bool:
        """Daytime sessions, and mornings said (the directory has no hours to tell)."""
        return "day" in self.schedule and "mornings" in self.told

    @property
    def wants_medication(self) -> bool:
        """Wants, or already takes, medication for opioid or alcohol use."""
        return self.medication in ("wanted", "taking")


def _strings(value: AnswerValue | None) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str) and v != SKIPPED)
    if isinstance(value, str) and value and value != SKIPPED:
        return (value,)
    return ()


def _string(value: AnswerValue | None) -> str:
    found = _strings(value)
    return found[0] if found else ""


def read_answers(answers: AnswerMap) -> Answers:
    """The typed view of a dialogue's answers; unknown or skipped values read as empty."""
    place = answers.get(PLACE)
    place_name = state = timezone = ""
    if isinstance(place, Place):
        place_name, state, timezone = place.name, place.state, place.timezone
    radius = _string(answers.get(RADIUS))
    gender = _string(answers.get(GENDER))
    return Answers(
        for_whom="other" if _string(answers.get(FOR_WHOM)) == "other" else "self",
        substances=_strings(answers.get(SUBSTANCES)),
        withdrawal=_string(answers.get(WITHDRAWAL)),
        daily_use=_string(answers.get(DAILY_USE)),
        home=_string(answers.get(HOME)),
        attend=_string(answers.get(ATTEND)),
        medication=_string(answers.get(MEDICATION)),
        online=_string(answers.get(ONLINE)) == "yes",
        radius_miles=float(radius if radius.isdigit() else DEFAULT_RADIUS),
        age=_string(answers.get(AGE)),
        schedule=_strings(answers.get(SCHEDULE)),
        groups=tuple(g for g in _strings(answers.get(GROUPS)) if g != "none"),
        one_to_one=_string(answers.get(ONE_TO_ONE)) == "yes",
        payment=tuple(p for p in _strings(answers.get(PAYMENT)) if p != "unsure"),
        language=_string(answers.get(LANGUAGE)),
        extras=_strings(answers.get(EXTRAS)),
        place_name=place_name,
        state=state,
        timezone=timezone,
        gender="woman" if gender == "woman" else "man" if gender == "man" else "",
        told=_strings(answers.get(TOLD)),
        plan=_string(answers.get(PLAN))[:MAX_TYPED_NAME],
        substance_named=_string(answers.get(SUBSTANCE_NAMED))[:MAX_TYPED_NAME],
    )


def _known(category: Category, names: Sequence[str]) -> list[Feature]:
    return [FEATURES[f"{category}:{n}"] for n in names if f"{category}:{n}" in FEATURES]


def person_for(answers: Answers) -> Person:
    """What a program's listing may contradict: gender, substances, a DUI."""
    return Person(
        gender=answers.gender, substances=frozenset(answers.substances), dui=answers.has_dui
    )


def criteria_for(answers: Answers) -> tuple[Criterion, ...]:
    """Search criteria from the answers: hard needs required, comforts preferred.

    Payment and language decide whether a program can take the person at all, so they are
    required (and relaxed out loud if nothing fits); several ways to pay are alternatives
    ("Medicaid or a sliding fee"). Without insurance, programs with a sliding fee, payment
    assistance, free or publicly funded care rank first, and none is left out for lacking them.
    Age ranks (the directory's ages are unreliable); groups, medication and extras rank too.
    A veteran who gave no age ranks as an adult of any age, never shown as a match.
    """
    asked: list[Criterion] = [
        Criterion(f, Need.PREFERRED)
        for f in _known(Category.AGE, [answers.age] if answers.age else [])
    ]
    if not asked and answers.veteran:
        asked.append(Criterion(ANY_ADULT, Need.PREFERRED, inferred=True))
    payments = _known(Category.PAYMENT, answers.payment)
    if payments:
        asked.append(Criterion(any_of(payments)))
    if answers.uninsured:
        asked.append(Criterion(NO_INSURANCE, Need.PREFERRED))
    if answers.language and answers.language != "english":
        asked += [Criterion(f) for f in _known(Category.LANGUAGE, [answers.language])]
    preferred = _known(Category.GROUP, answers.groups)
    if answers.wants_medication:
        meds = ["buprenorphine"] if answers.uses_opioids else []
        if "alcohol" in answers.substances:
            meds.append("aud_medication")
        if answers.medication == "taking":
            meds = ["accepts_outside_medication"]
        preferred += _known(Category.MEDICATION, meds)
    if ("online" in answers.schedule or answers.without_car) and not answers.online:
        # Without a car, sessions from home rank first among programs equally near.
        preferred.append(FEATURES["extra:telehealth"])
    preferred += _known(Category.EXTRA, answers.extras)
    asked += [Criterion(f, Need.PREFERRED) for f in preferred]
    # In the order they were asked, each once: the card lists what matches in this order.
    criteria = list(dict.fromkeys(asked))
    return tuple(criteria)

"""What people can ask for, mapped onto SAMHSA service codes; pure data, no I/O.

Each feature is satisfied when a program lists ANY of its codes. Keys are `category:name`
strings, stable because saved searches, deep links and buttons carry them. Several features
asked for together as alternatives ("Medicaid or a sliding fee") are one feature made with
``any_of``, whose key joins theirs with "|".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from bot.core.programs import CodeSet


class Category(StrEnum):
    """The kinds of criteria, in the order a person is asked about them."""

    LEVEL = "level"
    AGE = "age"
    GROUP = "group"
    PAYMENT = "pay"
    LANGUAGE = "lang"
    MEDICATION = "med"
    EXTRA = "extra"


@dataclass(frozen=True, slots=True)
class Feature:
    """A thing a person may need from a program, and the codes that show a program has it."""

    key: str
    category: Category
    name: str
    label: str
    codes: CodeSet
    # The alternatives a program may meet it by ("Medicaid" or "Sliding fee scale"); empty for
    # a feature of its own.
    members: tuple[Feature, ...] = ()


def _features(category: Category, table: dict[str, tuple[str, str]]) -> dict[str, Feature]:
    return {
        f"{category}:{name}": Feature(
            key=f"{category}:{name}",
            category=category,
            name=name,
            label=label,
            codes=CodeSet(codes.split()),
        )
        for name, (codes, label) in table.items()
    }


# Levels of care. IOP is the product's default; the others are needed to refer onward when
# triage suggests withdrawal management first or a more (or less) intensive setting.
LEVELS = _features(
    Category.LEVEL,
    {
        "iop": ("OIT", "Intensive outpatient (IOP)"),
        "outpatient": ("ORT", "Standard outpatient"),
        "php": ("ODT", "Day treatment / partial hospitalization"),
        "detox": ("DT OD RD HID", "Detox / withdrawal management"),
        "outpatient_detox": ("OD", "Outpatient detox"),
        "residential": ("RES RS RL RD", "Residential treatment"),
        "inpatient": ("HI HIT HID", "Hospital inpatient"),
        "sober_housing": ("HH", "Sober living / transitional housing"),
    },
)

# Levels of withdrawal management: a listing there must not contradict the person's substances
# (bot.core.restrictions.detox_excluded).
DETOX_LEVELS = frozenset({"level:detox", "level:outpatient_detox"})

# Age groups accepted (AGE category). Weak evidence: they rank and annotate, never exclude
# (see bot.core.restrictions). Seniors are rarely coded SNR (113 facilities); most programs
# that take seniors list them only as adults, so adults count for seniors too. A program with
# an adolescent group (AD) takes adolescents, whatever ages it lists.
AGES = _features(
    Category.AGE,
    {
        "teen": ("CHLD AD", "Teens / adolescents"),
        "young_adult": ("YAD", "Young adults"),
        "adult": ("ADLT", "Adults"),
        "senior": ("SNR ADLT", "Seniors"),
    },
)

GROUPS = _features(
    Category.GROUP,
    {
        "women": ("WN", "Women"),
        "men": ("MN", "Men"),
        "lgbtq": ("GL", "LGBTQ+ people"),
        "veterans": ("VET", "Veterans"),
        "active_duty": ("ADM", "Active-duty military"),
        "military_families": ("MF", "Military families"),
        "adolescents": ("AD", "Adolescents"),
        "young_adults": ("TAY", "Young-adult program"),
        "seniors": ("SE", "Seniors / older adults"),
        "pregnant": ("PW", "Pregnant or postpartum women"),
        "criminal_justice": ("CJ", "People involved with the justice system"),
        "dui": ("DU DUO", "DUI/DWI"),
        "co_occurring": ("CO SUMH", "Co-occurring mental health conditions"),
        "trauma": ("TRMA", "People who have experienced trauma"),
        "domestic_violence": ("DV", "People who have experienced domestic violence"),
    },
)

# Payment. Careful: SF is cash/self-pay, not sliding fee (SS); MC is Medicare, MD Medicaid.
PAYMENTS = _features(
    Category.PAYMENT,
    {
        "medicaid": ("MD", "Medicaid"),
        "medicare": ("MC", "Medicare"),
        "private_insurance": ("PI", "Private insurance"),
        "cash": ("SF", "Cash or self-pay"),
        "sliding_fee": ("SS", "Sliding fee scale"),
        "payment_assistance": ("PA", "Payment assistance"),
        "free": ("NP", "Free (no payment accepted)"),
        "tricare": ("MI", "TRICARE / military insurance"),
        "ihs": ("ITU", "IHS / tribal / urban Indian funds"),
        "state_plan": ("SI", "State-financed insurance (not Medicaid)"),
    },
)

LANGUAGES = _features(
    Category.LANGUAGE,
    {
        "spanish": ("SP", "Spanish"),
        "sign_language": ("AH", "Sign language (ASL)"),
        "native_american": ("NX N24 N40", "American Indian or Alaska Native languages"),
        "arabic": ("F4", "Arabic"),
        "chinese": ("F17", "Chinese"),
        "creole": ("F19", "Creole"),
        "farsi": ("F25", "Farsi"),
        "french": ("F28", "French"),
        "german": ("F30", "German"),
        "greek": ("F31", "Greek"),
        "hebrew": ("F35", "Hebrew"),
        "hindi": ("F36", "Hindi"),
        "hmong": ("F37", "Hmong"),
        "italian": ("F42", "Italian"),
        "japanese": ("F43", "Japanese"),
        "korean": ("F47", "Korean"),
        "polish": ("F66", "Polish"),
        "portuguese": ("F67", "Portuguese"),
        "russian": ("F70", "Russian"),
        "tagalog": ("F81", "Tagalog"),
        "vietnamese": ("F92", "Vietnamese"),
        "ojibwa": ("N24", "Ojibwa"),
        "yupik": ("N40", "Yupik"),
    },
)

MEDICATIONS = _features(
    Category.MEDICATION,
    {
        "buprenorphine": ("BU UB BUM BWN BWON BERI BSDM", "Buprenorphine"),
        "methadone": ("MU METH MM", "Methadone"),
        "naltrexone": ("NU UN NXN VTRL RPN", "Naltrexone"),
        "aud_medication": ("PMAT ACM DSF NXN VTRL", "Medication for alcohol use disorder"),
        "accepts_outside_medication": ("MOA ACMA", "Accepts people on medication from elsewhere"),
    },
)

EXTRAS = _features(
    Category.EXTRA,
    {
        # TELE is listed for the whole facility, not for its IOP: it says telehealth is offered
        # somewhere in the facility, never that the IOP meets online.
        "telehealth": ("TELE", "Offers telehealth (ask whether the IOP meets online)"),
        "child_care": ("CCC BC", "Child care"),
        "transportation": ("TA", "Transportation assistance"),
        "self_help": ("SHG", "Self-help / support groups"),
        "family_counseling": ("FCO", "Family counseling"),
        "aftercare": ("ACC", "Aftercare / continuing care"),
        "accredited": ("JC CARF COA HFAP NCQA", "Accredited (CARF, Joint Commission, …)"),
        "peer_support": ("PEER RC", "Peer support / recovery coaching"),
    },
)

FEATURES: dict[str, Feature] = {
    **LEVELS,
    **AGES,
    **GROUPS,
    **PAYMENTS,
    **LANGUAGES,
    **MEDICATIONS,
    **EXTRAS,
}

TELEHEALTH = FEATURES["extra:telehealth"]
DEFAULT_LEVEL = FEATURES["level:iop"]


def any_of(features: Iterable[Feature], *, key: str = "", label: str = "") -> Feature:
    """One feature met by a program that lists any of several ("Medicaid or sliding fee").

    A single feature is returned as it is. The key joins the members' keys with "|" unless one
    is given (a union with a name of its own, such as ``pay:no_insurance``).
    """
    members = tuple(dict.fromkeys(features))
    if not members:
        raise ValueError("any_of needs at least one feature")
    if len(members) == 1 and not key:
        return members[0]
    joined = key or "|".join(m.key for m in members)
    codes: list[str] = []
    for member in members:
        codes += list(member.codes)
    return Feature(
        key=joined,
        category=members[0].category,
        name=joined.partition(":")[2] if key else "|".join(m.name for m in members),
        label=label or " or ".join(m.label for m in members),
        codes=CodeSet(codes),
        members=members,
    )


# Ways to pay that help a person without insurance. Searched for, never listed among a
# program's services (its own codes are listed there). FSA is government funding for substance
# use treatment and SAMF SAMHSA block grants: the money behind state-funded treatment for
# people without insurance. SI is not among them: it is a state insurance plan (not Medicaid)
# that the person would need to have.
PUBLIC_FUNDING = Feature(
    key="pay:public_funding",
    category=Category.PAYMENT,
    name="public_funding",
    label="Publicly funded care (state or federal funds)",
    codes=CodeSet(("FSA", "SAMF")),
)
NO_INSURANCE = any_of(
    (
        PAYMENTS["pay:sliding_fee"],
        PAYMENTS["pay:payment_assistance"],
        PAYMENTS["pay:free"],
        PUBLIC_FUNDING,
    ),
    key="pay:no_insurance",
    label="Help without insurance (sliding fee, payment assistance, free or public care)",
)
SEARCH_ONLY: dict[str, Feature] = {f.key: f for f in (PUBLIC_FUNDING, NO_INSURANCE)}


class UnknownFeatureError(KeyError):
    """A feature key (or short name) that the vocabulary does not define."""


def feature(key: str, category: Category | None = None) -> Feature:
    """Look a feature up by its key ("pay:medicaid"), or by its short name within a category."""
    wanted = key.strip().lower().replace("-", "_").replace(" ", "_")
    if category is not None and ":" not in wanted:
        wanted = f"{category}:{wanted}"
    found = FEATURES.get(wanted) or SEARCH_ONLY.get(wanted)
    if found is None:
        raise UnknownFeatureError(key)
    return found


def names_in(category: Category) -> list[str]:
    """The short names of every feature in a category that can be searched for, in declaration
    order (those searched for but never listed as a program's own come last)."""
    searchable = (*FEATURES.values(), *SEARCH_ONLY.values())
    return [f.name for f in searchable if f.category == category]


def member_keys(key: str) -> list[str]:
    """The keys a feature key is made of: itself, or the alternatives of an ``any_of`` key."""
    return key.split("|")


# Any adult age (young adult, adult or senior): what a person who gave no age is taken to be
# when what they said implies it (a veteran). It only ranks; a card never claims it.
ANY_ADULT = any_of(
    (AGES["age:young_adult"], AGES["age:adult"], AGES["age:senior"]),
    key="age:any_adult",
    label="Adults (any age)",
)

"""When and where: the schedule wanted, online sessions, the program's language, and the words
that name a place (resolved by the engine, not here); pure."""

from __future__ import annotations

import re

from bot.core.understanding.slots.substances import SUBSTANCES
from bot.core.understanding.slots.words import BREAK, Hit, Words, lexicon, listed

SCHEDULE = lexicon(
    {
        "day": (
            "during the day", "daytime", "day time", "day program", "days", "mornings", "morning",
            "in the morning", "before work", "afternoons", "afternoon", "day", "de dia",
            "durante el dia", "en el dia", "en la manana", "por la manana", "en las mananas",
            "mananas", "por las mananas", "weekday mornings", "am", "school hours",
            "during school", "while the kids are at school", "while kids are at school",
            # "La tarde" is the afternoon, as in English: daytime.
            "por la tarde", "en la tarde", "tardes", "en las tardes", "por las tardes",
        ),
        "evening": (
            "evening", "evenings", "nights", "at night", "after work", "after my shift",
            "after school", "despues de la escuela", "saliendo de la escuela",
            "en la tarde noche", "tarde noche", "tardenoche", "por la tarde noche",
            r"after (?:[4-9]|1[0-1])(?: ?pm|pm)?", r"after [4-9]pm", "nighttime",
            "por la noche", "en la noche", "noches", "de noche", "despues del trabajo",
            "despues de trabajar", "after hours", "pm", "late", "en las noches", "por las noches",
        ),
        "weekend": (
            "weekend", "weekends", "sat sun", "saturday", "saturdays", "sunday", "sundays",
            "sat", "sun", "fin de semana", "fines de semana", "sabado", "sabados", "domingo",
            "domingos", "weekend only",
        ),
        "greeting": (
            "buenas tardes", "buenas noches", "buenos dias", "good morning", "good evening",
            "good night", "good afternoon",
        ),
        "online": (
            "online", "on line", "virtual", "virtually", "zoom", "telehealth", "telemedicine",
            "video", "en linea", "por internet", "remote", "remotely", "remoto", "from home",
            "desde casa", "por video", "tele health", "internet",
        ),
    }
)  # fmt: skip
# Times of use, not of a program: "drinks at night", "uses meth on weekends", "mostly weekends".
USE_FREQUENCY = frozenset(
    listed(
        "mostly usually sometimes maybe often normally a veces casi generalmente every each "
        "todas todos cada"
    )
)
# "Tomorrow morning", "el lunes por la mañana": a moment (a reminder, a call), not a schedule.
MOMENTS = frozenset(
    listed(
        "tomorrow today tonight this next yesterday last same that manana hoy ayer anoche "
        "monday tuesday wednesday "
        "thursday friday lunes martes miercoles jueves viernes"
    )
)
# "The shakes in the mornings", "le dan ansias en la noche": when a symptom comes, not a schedule.
SYMPTOMS = frozenset(
    listed("""
    shakes shaky shaking sick sweats sweating sweaty tremors nausea nauseous vomiting throws
    cravings craving withdrawals withdrawal dopesick tiembla temblores tembladera sudores
    malilla ansias nauseas vomita cruda hangover hungover
    """)
)
# "I work days": the hours taken, not the hours wanted.
WORK = frozenset(listed("work works working trabajo trabaja trabajamos trabajo"))
# Short words that are a schedule only with another schedule word or alone ("am", "sun").
WEAK = frozenset(listed("sat sun am pm day days late internet video"))
SHORT_ALONE = frozenset(listed("sat sun days"))  # a time even alone, as a whole message
LANGUAGES = {
    "english": ("english", "ingles"),
    "spanish": ("spanish", "espanol", "castellano"),
    "sign_language": ("asl", "sign language", "lenguaje de senas", "lengua de senas", "senas"),
    "chinese": ("chinese", "mandarin", "cantonese", "chino", "mandarin chinese"),
    "vietnamese": ("vietnamese", "vietnamita"),
    "russian": ("russian", "ruso"),
    "arabic": ("arabic", "arabe"),
    "korean": ("korean", "coreano"),
    "french": ("french", "frances", "creole", "haitian creole"),
    "portuguese": ("portuguese", "portugues"),
}
_NAMES = "|".join(n for names in LANGUAGES.values() for n in names)
PROGRAM_LANGUAGE = lexicon(
    {
        value: tuple(
            p
            for name in names
            for p in (
                rf"(?:in|en|speaks?|speaking|habla|hablan|hablen|hable|que hable|que hablen) "
                rf"{name}",
                rf"{name} (?:speaking|speaker|speakers|program|programs|only|hablante)",
                rf"solo (?:habla|hablo|hablamos) {name}",
            )
        )
        for value, names in LANGUAGES.items()
    },
    {"sign_language": ("asl", "sign language", "deaf", "sordo", "sorda", "lenguaje de senas")},
)
DEAF = frozenset(("deaf", "sordo", "sorda"))


# Daytime words that say mornings: the directory has no hours, so "mornings" is asked by phone.
MORNING_WORDS = frozenset(listed("morning mornings manana mananas am before"))


def schedule_in(words: Words, reply_no: bool) -> tuple[tuple[str, ...], bool, bool]:
    """The times wanted for sessions, whether online sessions are wanted, and whether the
    daytime wanted is mornings."""
    found: list[str] = []
    mornings = False
    hits = SCHEDULE.find(words)
    strong = any(words.tokens[h.start] not in WEAK for h in hits)
    for hit in hits:
        if not _wanted_time(words, hit, reply_no):
            continue
        if _weak_alone(words, hit) and not strong:
            continue
        found.append(hit.value)
        said = set(words.tokens[hit.start : hit.end])
        mornings = mornings or (hit.value == "day" and bool(said & MORNING_WORDS))
    if "day" in found and _works_days(words, hits):
        # "En las tardes porque trabajo de día": after work, so evenings.
        found = ["evening" if value == "day" else value for value in found]
        mornings = False
    found = list(dict.fromkeys(found))
    return tuple(found), "online" in found, mornings


AFTERNOON = frozenset(listed("afternoon afternoons tarde tardes"))


def _works_days(words: Words, hits: list[Hit]) -> bool:
    """Whether the message says the person works in the daytime ("I work days", "trabajo de
    día"; not "trabaja en la tarde", which leaves the mornings)."""
    return any(
        h.value == "day"
        and set(words.before(h.start, 2)) & WORK
        and not set(words.tokens[h.start : h.end]) & AFTERNOON
        for h in hits
    )


def _weak_alone(words: Words, hit: Hit) -> bool:
    """Whether a time is a short word that needs another time word to be one ("am", "sun")."""
    token = words.tokens[hit.start]
    if token not in WEAK or hit.end - hit.start > 1:
        return False
    short = len([t for t in words.tokens if t != BREAK]) <= 2
    return not (short and token in SHORT_ALONE)


def _moment(before: list[str]) -> bool:
    """Whether a time follows a day named once ("tomorrow morning", "el lunes en la tarde")."""
    for position, token in enumerate(before[:2]):
        if token in MOMENTS:
            # "los martes y jueves en la tarde": every week, not once.
            return not set(before[position + 1 : position + 2]) & {"los", "y", "and", "every"}
    return False


def _wanted_time(words: Words, hit: Hit, reply_no: bool) -> bool:
    """Whether a time word is a time wanted for sessions (not of use, work or a negation)."""
    before = words.before(hit.start, 4)
    if hit.value == "greeting" or words.negated(hit) or (hit.value != "online" and reply_no):
        return False
    if hit.value != "online" and set(before[:2]) & USE_FREQUENCY:
        return False
    if set(before[:2]) & WORK or set(before) & SYMPTOMS or _moment(before):
        return False
    if hit.value in ("day", "evening", "weekend"):
        near = words.tokens[max(0, hit.start - 4) : hit.start]
        if BREAK not in near[-len(before) :] and _substance_before(words, hit, len(before)):
            return False
    return True


def _substance_before(words: Words, hit: Hit, reach: int) -> bool:
    """Whether a substance is named in the few words before a time ("drinks at night")."""
    return any(hit.start - reach <= h.start < hit.start for h in SUBSTANCES.find(words))


def program_language_in(words: Words) -> str | None:
    """The language the program should speak, when the message asks for one."""
    said = PROGRAM_LANGUAGE.values_in(words)
    return said[0] if said else None


# Words that lead to a place's name; the strong ones are followed even in lower case.
STRONG_LEADS = (
    "near", "around", "close to", "nearby", "cerca de", "live in", "living in", "located in",
    "based in", "lives in", "vivo en", "vive en", "vivimos en", "viven en", "im in", "were in",
    "we are in", "i am in", "im from", "zip", "zip code", "zipcode", "codigo postal", "area of",
    "cerca del", "por el area de", "in the area of", "looking in", "buscando en", "outside",
    "outside of", "north of", "south of", "east of", "west of", "afuera de", "las afueras de",
)  # fmt: skip
LEADS = lexicon({"strong": STRONG_LEADS, "weak": ("in", "en", "from", "desde", "at")})
# Words that describe a place rather than name it ("rural Kentucky", "downtown Denver").
PLACE_ADJECTIVES = frozenset(
    listed("rural downtown northern southern eastern western central upstate greater")
)
STATES = frozenset(
    listed("""
    al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj
    nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr
    """)
)
# State codes that are also common words: a place only in capitals ("IN", "OK", "ME").
WORDLIKE_STATES = frozenset(listed("al co de hi id in la me ma mi ms mo ne oh ok or pa va"))
PLACE_PARTS = frozenset(
    listed("los las el la san santa st saint fort ft new north south east west")
)
_ZIP = re.compile(r"^\d{5}$")
MAX_PLACE_WORDS = 4
STOP = frozenset(
    listed("""
    a an the my his her our their your this that these those it its me us him them we i you he
    she they and or but with for to of on at by from about as so if then than also just only
    too very really please thanks thank ok y o con para por sin pero que mi su sus mis tu un
    una el la los las es esta estan de del al en mas muy area here there aqui alla town city
    home house pain recovery college school trouble treatment rehab jail prison denial iop aa
    na person general particular mind need needs help now today tomorrow morning evening
    night day week weekend month year years time program programs group groups touch total
    is code number christmas thanksgiving easter halloween navidad midnight noon lunch dinner
    er hospital icu jail rehab detox church work school
    """)
)
WEEKDAYS_AND_MONTHS = frozenset(
    listed("""
    monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays january february march april may june july august
    september october november december lunes martes miercoles jueves viernes sabado domingo
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    """)
)

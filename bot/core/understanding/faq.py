"""Which common question a message asks (consent, naloxone, cost, …), in English or Spanish,
with typos; pure.

A topic is recognized when the message names the things the question is about: "parents" and
"permission", "narcan" alone, "how long" and "program". Each cue is a list of words or phrases;
a long word also matches a near spelling ("permision", "naloxon"). ``clear`` says the message is
phrased as a question (a question mark, "how", "can I", "¿dónde", "necesito"…): only then may it
interrupt a step that was asking something else.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal, get_args

from rapidfuzz import fuzz

Topic = Literal[
    "minor_consent",
    "adult_consent",
    "naloxone",
    "family_refuses",
    "detox",
    "medication",
    "confidentiality",
    "immigration",
    "work_school",
    "iop_length",
    "cost",
    "what_is_iop",
]
# In the order they are tried: the more specific topic first ("how long does detox take" is
# about detox, "how much does IOP cost" about cost, not about what IOP is).
TOPICS: tuple[Topic, ...] = get_args(Topic)
MAX_READ = 300  # a question is short; a long message is a story, read by the other readers
MAX_WORDS = 30
FUZZY_LENGTH = 6  # words this long or longer also match a near spelling
FUZZY_SCORE = 85


@dataclass(frozen=True, slots=True)
class Asked:
    """A recognized question: its topic, and whether it is phrased as a question."""

    topic: Topic
    clear: bool

    @property
    def text_id(self) -> str:
        """The id of the short answer in the text catalog."""
        return f"faq.{self.topic}"


def _cue(words: str) -> tuple[str, ...]:
    """A cue: alternatives separated by "|", each a word or a phrase (plain, no accents)."""
    return tuple(w.strip() for w in words.split("|") if w.strip())


# -- the words of each topic ------------------------------------------------------------------
PARENTS = _cue(
    "parent|parents|parental|mom|mum|mother|dad|father|guardian|guardians|my folks|"
    "padres|papas|papa|mama|madre|padre|tutor|tutores"
)
PERMISSION = _cue(
    "permission|permision|consent|approval|parental consent|permiso|consentimiento|"
    "autorizacion|autorizan|firmar|my ok|my okay|mi permiso"
)
ASKING = _cue(
    "sign|signature|allowed|allow|let me|find out|know|knowing|tell|told|without|sepan|saber|"
    "enteren|entere|enterar|enterarse|enteran|sabran|decirles|sin"
)
MINOR = _cue(
    "minor|minors|underage|under 18|teen|teenager|im 13|im 14|im 15|im 16|im 17|i am 16|"
    "menor|menores|menor de edad|adolescente|tengo 14|tengo 15|tengo 16|tengo 17"
)
CHILD = _cue("kid|kids|child|son|sons|daughter|daughters|teen|teenager|hijo|hija|adolescente")
NALOXONE = _cue("narcan|naloxone|naloxona|kloxxado|zimhi|rivive|overdose spray|overdose kit")
REFUSES = _cue(
    "refuses|refuse|refused|refusing|wont go|will not go|doesnt want|does not want|dont want|"
    "denies|in denial|says no|say no|wont get help|wont accept|no quiere|se niega|niega|"
    "rechaza|no acepta"
)
# Consent between adults: agreeing before family may talk to a program, and what it tells them.
RELEASE = _cue(
    "agree before|agree for me|agree to let me|sign off|sign a release|release of information|"
    "release form|firmar una autorizacion|firmar un permiso"
)
UPDATES = _cue(
    "tell me how|keep me updated|keep me informed|give me updates|update me|me van a decir como|"
    "me dicen como|me digan como|informarme|me informan|me mantienen informad"
)
AGREE = _cue(
    "agree|agrees|agreed|be willing|is willing|want to go|wants to go|on board|"
    "tiene que aceptar|tiene que querer|este de acuerdo|acepte|quiera ir|aceptar ir"
)
PERSUADE = _cue(
    "convince|persuade|force|make him|make her|make them|get him|get her|get them|get my|"
    "talk him|talk her|convencer|convenzo|obligar|obligo|forzar|hacer que|lograr que"
)
LOVED_ONE = _cue(
    "son|daughter|husband|wife|partner|boyfriend|girlfriend|brother|sister|dad|mom|father|"
    "mother|he|she|him|her|kid|child|loved one|hijo|hija|esposo|esposa|pareja|novio|novia|"
    "hermano|hermana|papa|mama|ella|ser querido|someone|somebody|a person|alguien|"
    "una persona|sons|daughters|husbands|wifes|wives|brothers|sisters|moms|dads|kids"
)
# Persuading with the loved one as a Spanish object pronoun: "lo puedo obligar", "como lo hago ir".
PERSUADE_HIM = _cue(
    "lo obligo|la obligo|lo puedo obligar|la puedo obligar|lo puedo convencer|la puedo convencer|"
    "lo convenzo|la convenzo|lo hago|la hago|obligarlo|obligarla|convencerlo|convencerla|"
    "forzarlo|forzarla|llevarlo|llevarla|hacerlo|hacerla"
)
HELP = _cue(
    "help|treatment|rehab|program|go|support|ayuda|tratamiento|tratarse|programa|ir|vaya|"
    "apoyo|problem|problema"
)
FAMILY_SUPPORT = _cue(
    "al anon|alanon|nar anon|naranon|craft|smart family|support for families|"
    "support for family|grupos para familias|apoyo para familias|apoyo para la familia"
)
DETOX = _cue(
    "detox|detoxing|detoxification|withdrawal management|desintoxicacion|desintox|"
    "desintoxicarse|desintoxicar|detoxificacion"
)
MEDICATION = _cue(
    "medication|medications|medicine|medicines|meds|mat|moud|maud|suboxone|buprenorphine|"
    "methadone|naltrexone|vivitrol|sublocade|acamprosate|antabuse|disulfiram|subutex|"
    "medicamento|medicamentos|medicina|medicinas|metadona|buprenorfina|naltrexona|"
    "acamprosato"
)
CONFIDENTIAL = _cue(
    "confidential|confidentiality|anonymous|anonymously|hipaa|42 cfr|confidencial|"
    "confidencialidad|anonimo|anonima|anonimamente"
)
PRIVATE = _cue(
    "private|privacy|secret|on my record|my record|privada|privado|privacidad|secreto|"
    "mi historial|expediente"
)
FIND_OUT = _cue(
    "find out|finds out|found out|know|tell|report|reported|told|notify|enterar|entere|"
    "enteran|sepa|sepan|avisan|avisar|reportan|reportar|denuncian|le dicen|decirle|enterar|"
    "enterarse|saber|sabra"
)
WHO_ELSE = _cue(
    "employer|boss|work|job|police|cops|court|school|insurance company|landlord|jefe|trabajo|"
    "policia|escuela|patron|corte|anyone|anybody|people|wife|husband|family|friends|"
    "coworkers|nadie|alguien|familia|esposa|esposo|amigos"
)
# Papers and status: asked about by people who fear that seeking help exposes them.
IMMIGRATION = _cue(
    "papeles|sin papeles|indocumentado|indocumentada|indocumentados|undocumented|immigration|"
    "immigrant|inmigracion|inmigrante|migratorio|migratoria|la migra|migra|green card|"
    "deport|deported|deportation|deportar|deporten|deportan|deportado|deportada|deportacion|"
    "no papers|without papers|legal status|estatus legal|soy ilegal|im illegal|not a citizen|"
    "no soy ciudadano|no soy ciudadana|citizenship|ciudadania"
)
STATUS = _cue("social security|seguro social|ssn|numero de seguro")
WORK = _cue(
    "work|working|job|career|school|college|class|classes|university|trabajo|trabajar|"
    "trabajando|empleo|escuela|colegio|universidad|clases|estudiar|estudiando"
)
KEEP_ON = _cue(
    "keep|still|continue|while|during|at the same time|quit|lose|time off|leave|miss|"
    "seguir|sigo|mientras|durante|al mismo tiempo|dejar|perder|faltar|y hacer|interfere|"
    "affect|conflict|go to|get in the way|ir a|afecta|afectar"
)
HOW_LONG = _cue(
    "how long|how many weeks|how many months|how many days|length|lenght|duration|last|"
    "long program|take long|largo|tarda mucho|"
    "cuanto dura|cuanto tiempo|cuantas semanas|cuantos meses|duracion|dura|tarda"
)
PROGRAM = _cue(
    "iop|program|programa|treatment|tratamiento|intensive outpatient|outpatient|rehab|it|"
    "ambulatorio"
)
COST = _cue(
    "cost|costs|price|pay|paying|afford|expensive|money|free|fee|fees|charge|insurance|"
    "uninsured|cuesta|cuestan|costo|precio|pagar|pago|dinero|gratis|caro|seguro|cobran"
)
IOP = _cue(
    "iop|intensive outpatient|intensive out patient|outpatient program|intensivo|"
    "ambulatorio intensivo|programa intensivo"
)
WHAT_IS = _cue(
    "what is|whats|what does|what happens|how does|how many hours|explain|mean|means|"
    "meaning|que es|que significa|como funciona|cuantas horas|que pasa en|que hacen|explique"
)
HOURS = _cue("hours|hour|horas|hora|days a week|dias por semana")


@dataclass(frozen=True, slots=True)
class Rule:
    """Cues that must all be found; ``asked``: only in a message phrased as a question."""

    cues: tuple[tuple[str, ...], ...]
    asked: bool = True


# A word that is also a plain answer to some step ("insurance", "detox", "suboxone") counts only
# in a question; words nobody answers a step with ("narcan", "refuses") count in any message.
RULES: dict[Topic, tuple[Rule, ...]] = {
    "minor_consent": (
        Rule((PARENTS, PERMISSION), asked=False),
        Rule((MINOR, PERMISSION), asked=False),
        Rule((PARENTS, ASKING)),
        Rule((MINOR, ASKING)),
        Rule((CHILD, PERMISSION)),
    ),
    # Permission between adults ("does he need my permission?", "do I need his permission to
    # call?"); asked.py swaps the two consent answers when the age said tells otherwise.
    "adult_consent": (
        Rule((LOVED_ONE, PERMISSION)),
        Rule((LOVED_ONE, RELEASE)),
        Rule((LOVED_ONE, UPDATES)),
    ),
    "naloxone": (Rule((NALOXONE,), asked=False),),
    "family_refuses": (
        Rule((LOVED_ONE, REFUSES), asked=False),
        Rule((PERSUADE, LOVED_ONE, HELP), asked=False),
        Rule((PERSUADE_HIM, HELP)),
        Rule((LOVED_ONE, AGREE)),
        Rule((FAMILY_SUPPORT,), asked=False),
        Rule((_cue("support for|apoyo para|grupos para"), _cue("families|family|familias"))),
    ),
    "detox": (Rule((DETOX,)),),
    "medication": (Rule((MEDICATION,)),),
    "confidentiality": (
        Rule((CONFIDENTIAL,), asked=False),
        Rule((PRIVATE,)),
        Rule((FIND_OUT, WHO_ELSE)),
    ),
    "immigration": (
        Rule((IMMIGRATION,), asked=False),
        Rule((STATUS,)),
        Rule((_cue("ice"), FIND_OUT)),  # "ice" alone is meth
    ),
    "work_school": (Rule((WORK, KEEP_ON)),),
    "iop_length": (Rule((HOW_LONG, PROGRAM)),),
    "cost": (Rule((COST,)),),
    # Last: a question about IOP that is none of the above asks what it is.
    "what_is_iop": (Rule((IOP, WHAT_IS)), Rule((IOP, HOURS)), Rule((IOP,))),
}

QUESTION_STARTS = frozenset(
    _cue(
        "what|whats|where|wheres|how|hows|when|why|who|whos|which|can|could|do|does|did|is|are|will|would|"
        "should|am|may|any|anyone|que|donde|como|cuando|cuanto|cuanta|cuantos|cuantas|cual|"
        "cuales|quien|puedo|puede|pueden|necesito|necesita|hay|es|tiene|tienen|debo|debe|se|"
        "dan|le|van"
    )
)
QUESTION_PHRASES = _cue(
    "can i|do i|should i|will i|is it|do they|can they|will they|puedo|puede|pueden|se puede|"
    "por cuanto|por cuantos|por cuantas|en donde|a donde|de donde|para que|por que|"
    "i want to know|i wonder|wondering|tell me about|explain|any idea|is there|are there|"
    "quiero saber|me pregunto|digame|expliqueme|hay algun|que hago|what do i do|what can i do"
)


# Words that look like a topic's and are not: "private insurance" is a way to pay.
NOT_TOPICS = re.compile(
    r"\b(private insurance|private pay|seguro privado|seguro medico privado)\b"
)


def plain(message: str) -> str:
    """Lower case, no accents, apostrophes dropped, other punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", message.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = re.sub(r"['’`]", "", bare)
    return " ".join(re.sub(r"[^\w\s]+", " ", bare).split())


@functools.lru_cache(maxsize=1024)
def _phrase(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


def _found(cue: tuple[str, ...], said: str, words: tuple[str, ...]) -> bool:
    """Whether a cue is in the message: a phrase as whole words, or a long word misspelled."""
    for term in cue:
        if _phrase(term).search(said):
            return True
        if " " not in term and len(term) >= FUZZY_LENGTH:
            for word in words:
                close = abs(len(word) - len(term)) <= 2 and word[0] == term[0]
                if close and fuzz.ratio(word, term) >= FUZZY_SCORE:
                    return True
    return False


def is_question(message: str, said: str | None = None) -> bool:
    """Whether a message is phrased as a question."""
    said = plain(message[:MAX_READ]) if said is None else said
    if "?" in message or "¿" in message:
        return True
    first = said.split(" ", 1)[0] if said else ""
    return first in QUESTION_STARTS or any(_phrase(p).search(said) for p in QUESTION_PHRASES)


def recognize(message: str) -> Asked | None:
    """The topic a message asks about, or None when it asks none of them."""
    text = message[:MAX_READ]
    said = NOT_TOPICS.sub(" ", plain(text))
    words = tuple(said.split())
    if not words or len(words) > MAX_WORDS:
        return None
    question = is_question(text, said)
    for topic in TOPICS:
        for rule in RULES[topic]:
            if (question or not rule.asked) and all(_found(c, said, words) for c in rule.cues):
                if topic == "minor_consent" and _ADULT.search(said):
                    return Asked("adult_consent", question)  # "my daughter is 27, do they…"
                return Asked(topic, question)
    return None


# An age of 18 or more, or "adult", in a question about permission: one between adults.
_ADULT = re.compile(r"\b(?:1[89]|[2-9][0-9])\b(?! cfr)|\b(?:adult|adulto|adulta|mayor de edad)\b")

"""Pure detection of danger (overdose, suicide, dangerous withdrawal) in free text; no I/O.

Every message a person types, at any step, goes through :func:`detect_crisis` before anything
else reads it. English and Spanish, with or without accents, typos included.

How a message is read:

1. Normalised: cut to :data:`MAX_INPUT_CHARS`; accents, case and apostrophes removed ("don't" ->
   "dont"); sentence punctuation kept as a ``|`` that no phrase crosses; every other symbol
   (emoji, hyphens, other scripts) made a space.
2. Corrected: a word of at least :data:`FUZZY_MIN_LENGTH` letters that is not a known English
   word becomes the crisis keyword it misspells ("sucide" -> "suicide") when rapidfuzz scores
   them at least :data:`FUZZY_SCORE_CUTOFF`.
3. Neutralised: phrases that name a danger without being one are blanked out: a denial attached
   to its keyword ("not suicidal", "never had a seizure", "no seizures or hallucinations"), a
   question about services ("suicide prevention", "overdose education"), a past overdose
   ("history of overdose"), "I don't want to die".
4. Matched: phrase rules per kind, most urgent kind first (overdose > suicide > withdrawal). Some
   rules look at whom a phrase is about: "he can't breathe" is an overdose sign, "I can't
   breathe" may be panic.

Decisions on borderline phrases (tests/core/test_crisis.py holds each one):

* "can't breathe" / "not breathing": a crisis unless the writer is the subject ("I can't
  breathe" may be anxiety, and a person who has stopped breathing does not type). With no
  subject at all ("can't breathe, help") it is a crisis: calling 911 is right for that anyway.
* "won't wake up": a crisis unless about the writer or a schedule ("won't wake up early").
* "passed out" alone is not a crisis (people say it of sleep or drinking); with "won't wake",
  "not breathing" or "unresponsive" it is.
* "overdoes" is an English word ("he overdoes it on weekends"), never a typo of overdose.
* "OD" is also SAMHSA's code for outpatient detox, so a bare "od" counts only after a person or
  a verb ("he OD", "almost OD", "had an OD") or before "on" ("OD on pills"), never before
  "program" or "services"; "od'd", "ODed" and "ODing" always count. "DT" (the detox code) never
  counts; "DTs" and "delirium tremens" do.
* A question about services ("does the program offer suicide prevention", "overdose
  education") and a past overdose ("history of overdose") are not crises. A past seizure is:
  the withdrawal advice (don't stop alcohol or benzodiazepines abruptly) applies to it.
* Denials count only when attached to the keyword: "not suicidal", "no suicidal thoughts",
  "never had a seizure", "I'm not going to hurt myself", "I don't want to die". A hedge before
  one ("not sure he's not suicidal") keeps the alarm. "I don't want to live" is a crisis.
* "I don't want to live like this" / "... live here" is not a crisis by itself: in this bot it
  usually means wanting treatment. "I'm dying to", "killing me", "going to die" are idioms.
* Shaking counts only when severe ("shaking uncontrollably", "shaking so bad", "can't stop
  shaking"); mild shakes are common in withdrawal and not an emergency by themselves.
* "He's dead", "collapsed" and "I hurt myself at the gym"-style injuries: "dead" and "collapsed"
  are left out (people say "my dad is dead" of a loss); "hurt myself" counts, whatever follows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process

CrisisKind = Literal["overdose", "suicide", "withdrawal"]
Subject = Literal["self", "other", "thing"]

# A person in danger says so in the first 2,000 characters; the rest of a paste only costs time.
MAX_INPUT_CHARS = 2000
# Only words this long are corrected: shorter ones have too many real neighbours.
FUZZY_MIN_LENGTH = 6
# fuzz.ratio (Indel) gives one transposition or substitution in a 7-letter word 85.7 ("siezure",
# "suiside"); real English words that score this high are listed in KNOWN_WORDS.
FUZZY_SCORE_CUTOFF = 85.0
# How many words before a phrase are searched for whom it is about.
SUBJECT_WINDOW = 6


@dataclass(frozen=True, slots=True)
class CrisisSignal:
    """A danger found in a message; the reply is the fixed crisis text of its kind."""

    kind: CrisisKind


def _alt(alternatives: str) -> str:
    """A non-capturing regex group of `|`-separated alternatives."""
    return f"(?:{alternatives})"


def _words(words: str) -> frozenset[str]:
    """A set of space-separated words."""
    return frozenset(words.split())


def _word_list(words: str) -> tuple[str, ...]:
    """Space-separated words, in order."""
    return tuple(words.split())


# --- normalisation and typos ------------------------------------------------------------------

# Keywords a long misspelled word is corrected to: distinctive, never everyday words.
FUZZY_KEYWORDS: tuple[str, ...] = _word_list(
    """overdose overdosed overdoses overdosing sobredosis
    suicide suicides suicidal suicidio suicidarme suicidarse suicida
    seizure seizures convulsion convulsions convulsing convulsiones convulsionando
    hallucinate hallucinating hallucination hallucinations alucinaciones alucinando
    delirium tremens"""
)
# Real words within FUZZY_SCORE_CUTOFF of a keyword (found by scoring an American English word
# list against FUZZY_KEYWORDS): never corrected.
KNOWN_WORDS = _words(
    """overdo overdoes overdoing overdone overdue overusing seizes
    confusion confusions confusing contusion contusions contusing
    hallucinatory bremens tureens tremendous"""
)
_NEVER_CORRECTED = KNOWN_WORDS | frozenset(FUZZY_KEYWORDS)

_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc\u00b4`\u2032", "'"))
_OD_PAST = re.compile(r"\bo\.?d\.?'(?:d|ed)\b")
_OD_ING = re.compile(r"\bo\.?d\.?'ing\b")
_OD_DOTTED = re.compile(r"\bo\.d\.?(?![a-z])")
_BOUNDARY = re.compile(r"[.!?;:,()\[\]{}<>\"\n\r\u2026\u00bf\u00a1]+")
_NOT_WORD = re.compile(r"[^a-z0-9|]+")
_REPEATED_BOUNDARY = re.compile(r"\|(?: \|)+")


def _normalize(text: str) -> str:
    """Lower-case ASCII words separated by single spaces, with `|` at sentence breaks."""
    text = text[:MAX_INPUT_CHARS].translate(_APOSTROPHES).casefold()
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    # "od'd" must not become "odd" when apostrophes go.
    if "'" in text:
        text = _OD_PAST.sub(" overdosed ", text)
        text = _OD_ING.sub(" overdosing ", text)
        text = text.replace("'", "")
    if "." in text:
        text = _OD_DOTTED.sub(" od ", text)
    text = _NOT_WORD.sub(" ", _BOUNDARY.sub(" | ", text))
    text = _REPEATED_BOUNDARY.sub("|", " ".join(text.split()))
    return f" {text} "


@lru_cache(maxsize=8192)
def _corrected(word: str) -> str:
    """The crisis keyword a long misspelled word stands for, or the word itself."""
    if word in _NEVER_CORRECTED or word.isdigit():
        return word
    best = process.extractOne(
        word, FUZZY_KEYWORDS, scorer=fuzz.ratio, processor=None, score_cutoff=FUZZY_SCORE_CUTOFF
    )
    return best[0] if best else word


def _correct_typos(text: str) -> str:
    """The normalised text with long misspelled crisis keywords spelled right."""
    words = text.split(" ")
    fixed = [_corrected(w) if len(w) >= FUZZY_MIN_LENGTH else w for w in words]
    return " ".join(fixed) if fixed != words else text


# --- whom a phrase is about -------------------------------------------------------------------

FIRST_PERSON = _words("i im ive id ill me myself we weve you")
THIRD_PERSON = _words(
    """he she they hes shes theyre theyve hed shed him her them his their someone somebody
    person friend son daughter husband wife boyfriend girlfriend partner brother sister mom dad
    mother father roommate guy girl man woman kid child baby cousin uncle aunt nephew niece
    fiance buddy neighbor el ella hijo hija esposo esposa amigo amiga hermano hermana"""
)
# Things that are "unresponsive" or "turn blue" with nobody in danger.
THINGS = _words(
    """site website app bot page program programs center centre clinic facility office staff
    phone line number provider insurance email emails system server screen hotline helpline
    link button form rehab hair sky light lights water sign computer laptop"""
)


def _subject(text: str, start: int) -> Subject | None:
    """Whom the phrase at `start` is about, from the nearest person or thing word before it."""
    words = text[max(0, start - 80) : start].split()[-SUBJECT_WINDOW:]
    for distance, word in enumerate(reversed(words)):
        if word == "|":
            return None
        if word == "my":
            # "my breathing is slow" is about the writer; "my son ... can't breathe" is not.
            return "self" if distance == 0 else "other"
        if word in FIRST_PERSON:
            return "self"
        if word in THIRD_PERSON:
            return "other"
        if word in THINGS:
            return "thing"
    return None


Guard = Callable[[str, re.Match[str]], bool]


def _someone_else(text: str, match: re.Match[str]) -> bool:
    """Whether the phrase is about another person, or about nobody named."""
    return _subject(text, match.start()) not in ("self", "thing")


def _a_person(text: str, match: re.Match[str]) -> bool:
    """Whether the phrase is about a person rather than a website or a phone."""
    return _subject(text, match.start()) != "thing"


# --- phrases that name a danger without being one -------------------------------------------

# A hedge before a denial keeps the alarm: "I'm not sure he's not suicidal".
_HEDGE = re.compile(
    r"\b(?:not sure|unsure|dont know if|dont know whether|cant promise|cant say|afraid|scared"
    r"|worried|no se si|no estoy segur[oa]|tengo miedo)\b"
)
_DENIABLE = _alt(
    r"suicid\w*|thoughts? of (?:suicide|self harm|(?:killing|hurting|harming) \w*self)"
    r"|self harm\w*|seizures?|convuls\w*|hallucinat\w*|alucinacion\w*|alucinando|(?:the )?dts"
    r"|delirium(?: tremens)?|overdos\w*|oded|sobredosis|fits"
)
_DENIAL_START = _alt(
    "no|not|never|without|nor|none|zero|isnt|arent|wasnt|werent|hasnt|havent|hadnt|didnt"
    "|doesnt|dont|denies|denied|deny|free of|sin|nunca|ni|jamas|ningun|ninguna|niega"
    "|no he tenido|nunca he tenido"
)
# Words that may stand between a denial and its keyword: "no history of seizures".
_DENIAL_FILLER = _alt(
    "any|ever|been|had|have|has|having|a|an|the|signs?|history|of|thoughts?|feelings?|feeling"
    "|feel|felt|currently|actively|really|recent|recently|more|longer|other|at all|experienced"
    "|experiencing|ha|han|tenido|tengo|tiene|tuvo|tuve|tenia|pensamientos|ideas|de|es|soy|esta"
    "|estoy|hay|mas|signos|historial|una|un"
)
_CONNECTOR = _alt("or|nor|and|o|ni|y|no|any|other")
_KEYWORD_DENIAL = re.compile(
    rf"\b{_DENIAL_START}(?: {_DENIAL_FILLER}){{0,4}} {_DENIABLE}"
    rf"(?:(?: {_CONNECTOR}){{1,2}}(?: {_DENIAL_FILLER}){{0,2}} {_DENIABLE})*\b"
)
_SELF_HARM_DENIAL = re.compile(
    r"\b(?:not|never|wont|will not|wouldnt|would not"
    r"|no (?:plans?|intentions?|intent|desire|urges?|thoughts?) (?:of|to))"
    r"(?: (?:going to|gonna|planning to|planning on|trying to|ever|about))?"
    r" (?:hurt|hurting|harm|harming|kill|killing|cut|cutting)"
    r" (?:my ?self|himself|herself|themselves|themself)\b"
)
_NOT_WANTING_TO_DIE = re.compile(
    r"\b(?:(?:dont|do not|doesnt|does not|didnt|did not|never|not)"
    r" (?:want|wanna|wanted|wants|wanting) (?:to |too |2 )?die"
    r"|no (?:me |se )?(?:quiero|quiere|queria|quieren|quisiera) morir(?:me|se)?)\b"
)
_NOT_A_CRISIS = re.compile(
    r"\b(?:suicide (?:prevention|awareness|risk (?:screening|assessments?)|screenings?"
    r"|assessments?|education)"
    r"|(?:prevent|preventing|prevention of) suicides?"
    r"|overdose (?:prevention|education|awareness|training)"
    r"|(?:prevent|preventing|prevention of) (?:an )?overdoses?"
    r"|(?:history of|past|previous|prior) overdoses?"
    r"|prevencion (?:del |de )?(?:suicidio|sobredosis)"
    r"|unconscious (?:bias|mind))\b"
)


def _blank_unless_hedged(text: str, pattern: re.Pattern[str]) -> str:
    """The text with each match of a denial blanked out, unless a hedge comes just before it."""

    def blank(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 30) : match.start()]
        return match.group(0) if _HEDGE.search(before) else " | "

    return pattern.sub(blank, text)


def _neutralize(text: str) -> str:
    """The text with denials, service questions and past overdoses blanked out."""
    text = _NOT_A_CRISIS.sub(" | ", text)
    for denial in (_KEYWORD_DENIAL, _SELF_HARM_DENIAL, _NOT_WANTING_TO_DIE):
        text = _blank_unless_hedged(text, denial)
    return text


# --- rules ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rule:
    """A phrase pattern, and optionally a check of whom each match is about."""

    pattern: re.Pattern[str]
    guard: Guard | None = None

    def fires(self, text: str) -> bool:
        """Whether the rule finds a danger in the prepared text."""
        if self.guard is None:
            return self.pattern.search(text) is not None
        return any(self.guard(text, m) for m in self.pattern.finditer(text))


def _rule(pattern: str, guard: Guard | None = None, *, unless_followed_by: str = "") -> _Rule:
    """A rule matching whole words, except where one of `unless_followed_by` comes next."""
    lookahead = rf"(?! {_alt(unless_followed_by)}\b)" if unless_followed_by else ""
    return _Rule(re.compile(rf"\b{_alt(pattern)}\b{lookahead}"), guard)


_SELVES = "(?:my ?self|myslef|mysefl|mysef|himself|herself|themselves|themself)"
_OTHER_SELVES = "(?:himself|herself|themselves|themself|him self|her self)"
_BREATHING = "(?:breathing|breathin|breating|breething|breathng|breahting)"
_BREATHE = "(?:breathe|breath|breth|breate|brethe)"
_PILLS = (
    "(?:pills|tablets|meds|medications?|xanax|oxys?|bars|percs|benzos|painkillers|sleeping pills)"
)
_SWALLOWED = "(?:took|taken|swallowed|swallow|ate|eaten|downed|popped)"
# "won't wake up early" is about a schedule, not an overdose.
_SCHEDULE = (
    r"(?:up )?(?:early|in time|on time|in the mornings?|mornings|at \d|at (?:five|six|seven"
    r"|eight|nine|ten|dawn|noon)|before|until|till|til|so early|that early|every|each"
    r"|for (?:school|work|class\w*|groups?|sessions?|appointments?|meetings?|church|breakfast"
    r"|the|his|her|my|their)|tomorrow morning|temprano|a tiempo|para|por la manana"
    r"|en la manana|a las|todas las mananas)"
)
# "unresponsive to my emails" is about a program, not an overdose.
_COMMUNICATION = (
    r"to (?:my|our|your|any|calls?|emails?|messages?|texts?|voicemails?|requests?|treatment"
    r"|medications?|therapy)"
)

_OD_AFTER = _words(
    """he she they i hes shes theyre im ive almost nearly just did gonna might may could will
    would an maybe probably possibly had has have someone somebody"""
) | (THIRD_PERSON - _words("her his their"))
_OD_AFTER_TO = _words("going want wants wanted trying tried about")
_OD_SERVICE = _words(
    """program programs service services clinic clinics detox option options treatment level
    care facility facilities center centers provider providers setting code or and"""
)


def _od_is_an_overdose(text: str, match: re.Match[str]) -> bool:
    """Whether a bare "od" is the verb or the event, not the outpatient-detox code."""
    before = text[max(0, match.start() - 40) : match.start()].split()
    after = text[match.end() : match.end() + 40].split()
    following = after[0] if after else ""
    if following in _OD_SERVICE:
        return False
    if following == "on":
        return True
    previous = before[-1] if before else ""
    if previous == "to":
        return len(before) > 1 and before[-2] in _OD_AFTER_TO
    return previous in _OD_AFTER


_OVERDOSE_RULES = (
    _rule(
        r"overdos\w*|over dos(?:e|ed|es|ing)|oded|oding|sobre ?dosis"
        r"|demasiad[oa]s (?:pastillas|pildoras|tabletas)"
        r"|(?:blue|purple|bluish|blueish|grey|gray) (?:lips?|fingernails|fingertips)"
        r"|(?:lips?|fingernails|fingertips)(?: (?:are|is|look|looks|looking|went|turned|turning"
        r"|going|getting|gone|have|has|all|kind of|kinda|so|really|very|pretty|now)){0,3}"
        r" (?:blue|purple|bluish|blueish|grey|gray)"
        r"|labios?(?: \w+){0,3}? (?:morad[oa]s?|azul(?:es)?|azulad[oa]s?|amoratad[oa]s?)"
        r"|(?:morad[oa]s|azules|azulad[oa]s) (?:los )?labios"
        r"|(?:poniendo|puso|pone|ponen|quedo|quedando)(?: \w+)? (?:morad[oa]|azul|azulad[oa])"
        r"|no (?:se )?(?:respira|respiraba|reacciona|reaccionaba)|no puede respirar"
        r"|no (?:esta|estaba) respirando|(?:dejo|deja|ha dejado) de respirar|apenas respira"
        # "es un inconsciente" means "he is reckless".
        r"|(?<!\bun )(?<!\buna )inconsciente"
        r"|no (?:lo|la|los|las) (?:puedo|podemos|puede) despertar"
        r"|no (?:puedo|podemos|puede) despertarl[oa]s?|se desmayo y no (?:se )?despierta"
        rf"|{_SWALLOWED}(?: like| about| around| over)? (?:\d{{2,}}|twenty|thirty|forty|fifty)"
        rf"(?: \w+)? {_PILLS}"
        rf"|{_SWALLOWED}(?: \w+){{0,2}}? (?:bottle|handful|bunch|fistful|ton|whole box"
        rf"|whole pack)(?: of)?(?: \w+){{0,2}}? {_PILLS}"
        rf"|{_SWALLOWED} (?:a |the |his |her |their |my )?(?:whole |entire |full )?bottle"
        rf"|{_SWALLOWED} all (?:of )?(?:the |his |her |their |my )?(?:\w+ )?{_PILLS} at once"
        r"|(?:tomo|tomado|trago|tragado|trague|tome|tomaron)(?: \w+){0,2}"
        r" (?:un frasco|un bote|una caja|un punado|todas las pastillas de golpe)"
    ),
    # Too much of a drug, not "took too much time".
    _rule(
        rf"{_SWALLOWED}(?: way| far| a lot| like)? too (?:many|much)",
        unless_followed_by=r"time|money|work|effort|energy|days?|hours?|weeks?|months?|years?"
        r"|class\w*|sessions?|groups?|shifts?|credit"
        r"|of (?:my|his|her|their|our|your) (?:time|money)",
    ),
    _rule("od", _od_is_an_overdose),
    _rule(
        rf"(?:not|isnt|aint|wasnt|no longer|stopped|stop|barely|hardly|struggling|trouble"
        rf"|not really|isnt really) {_BREATHING}"
        rf"|(?:cant|cannot|can not|couldnt|could not|unable to|not able to|struggling to"
        rf"|struggles to|fighting to) {_BREATHE}"
        rf"|{_BREATHING} (?:has |is |was |has been |seems |looks )?(?:very |really |so )?"
        rf"(?:slow|shallow|stopped)|(?:slow|shallow|slowed) {_BREATHING}",
        _someone_else,
        unless_followed_by="down",  # "stop breathing down my neck"
    ),
    _rule(
        r"(?:wont|will not|cant|cannot|can not|doesnt|does not|didnt|did not|isnt|is not|not"
        r"|couldnt|could not|wouldnt|would not|aint|hasnt|has not|never|still not)"
        r" (?:wake|waking|wakeup|awaken|woken)(?: up)?",
        _someone_else,
        unless_followed_by=_SCHEDULE,
    ),
    _rule(
        r"(?:cant|cannot|can not|couldnt|could not|unable to|not able to|trying to|tried to)"
        r" (?:wake|awaken|rouse) (?:him|her|them|my \w+|\w+ up)"
        r"|no (?:se )?(?:despierta|despertaba|desperto)",
        unless_followed_by=_SCHEDULE,
    ),
    _rule(
        r"(?:cant|cannot|couldnt|could not|unable to) get (?:him|her|them|my \w+)"
        r" (?:to wake|to respond|awake|to come to)"
    ),
    _rule(
        r"unresponsive|unresponsve|unconscious|not responding|isnt responding|wont respond"
        r"|doesnt respond|not reacting",
        _someone_else,
        unless_followed_by=_COMMUNICATION,
    ),
    _rule(r"(?:turning|turned|turn|going|gone|went|goes|turns) (?:blue|purple|bluish)", _a_person),
)

_SUICIDE_RULES = (
    _rule(
        r"suicid\w*"
        rf"|(?:kill|kil|kll|killing|killin|kiling|killed|kiled|kills)"
        rf" (?:{_SELVES}|yourself|ourselves|him self|her self)"
        r"|(?:want|wants|wanted|wanting|wanna|wana|wnat|wnats|wamt|whant|wan|wnt|ready|trying"
        r"|tried|plan|plans|planning|deserve|deserves|wish i could|wish to) (?:to |too |2 )?die"
        r"|(?:want|wants|wanted|wanna) (?:to )?be dead|(?:wish i was|wish i were|rather be) dead"
        r"|wish i (?:would|wouldnt|didnt|would not|did not|never) (?:just )?"
        r"(?:die|wake up|woke up)"
        r"|better off (?:dead|without me)"
        r"|end(?:ing|ed)? (?:it all|(?:my|his|her|their) (?:own )?life|it tonight"
        r"|everything tonight)"
        r"|(?:take|taking|took|taken|takes) (?:my|his|her|their) own life"
        r"|(?:no|any|not any|no more) (?:reason|reasons|point) (?:to live|in living|living"
        r"|to go on|to keep living|to be alive|in being alive)"
        r"|nothing (?:left )?to live for"
        r"|(?:no|lost the|lost my|lost his|lost her|losing the|losing my) will to live"
        r"|(?:tired|sick) of (?:living|being alive)"
        r"|self ?(?:harm|harming|harmed|injury|injuring|injure|mutilat\w*|hurt|hurting"
        r"|inflicted)"
        rf"|(?:harm|harming|harms|harmed) {_OTHER_SELVES}"
        r"|(?:wants? to|wanted to|going to|gonna|threaten\w* to|trying to|tried to|try to|might"
        r"|will|about|planning to|plans to|planned to|keeps|kept|started|been|is|hes|shes"
        r"|theyre) (?:hurt|hurting|harm|harming|cut|cutting|injure|injuring)"
        rf" {_OTHER_SELVES}"
        # Spanish.
        r"|matar(?:me|se)"
        r"|(?:me|se) (?:quiero|quiere|quieren|queria|quisiera|voy a|va a|van a|iba a|intento"
        r"|intente|trato de|trate de|quise|quiso|pienso|piensa) matar"
        r"|(?:quitarme|quitarse|quitar|me quito|se quito|se quita) (?:la|su|mi) (?:propia )?vida"
        r"|(?:acabar|terminar) con (?:mi|su) vida"
        r"|no (?:tengo|tiene|hay) (?:razon|razones|motivo|motivos|ganas) (?:para|de) vivir"
        r"|(?:quiero|quiere|prefiero|prefiere) estar muert[oa]|estaria(?:mos)? mejor muert[oa]"
        r"|autolesion\w*"
        r"|(?:hacerme|hacerse|me hago|se hace|me estoy haciendo|se esta haciendo) dano"
        r"|(?:me|se) cort(?:o|a|aba) (?:los brazos|las venas|las munecas)"
        r"|cortar(?:me|se) (?:los brazos|las venas|las munecas)"
    ),
    # Not "me quiero morir de vergüenza" (embarrassment).
    _rule(
        r"(?:(?:me|se) )?(?:quiero|quiere|queria|quisiera|quieren|ganas de) morir(?:me|se)?",
        unless_followed_by="de (?:verguenza|risa|pena|hambre|sueno|ganas|frio|calor)",
    ),
    # Not "burn myself out", "cut myself off".
    _rule(
        rf"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|injure) {_SELVES}"
        rf"|cutting {_OTHER_SELVES}",
        unless_followed_by="out|off|some slack|a break|shaving",
    ),
    # "I don't want to live", not "... to live in Ohio" or "... like this".
    _rule(
        r"(?:dont|do not|doesnt|does not|didnt|did not|no longer|dont really)"
        r" (?:want|wanna|wants) (?:to )?(?:live|be alive|exist|wake up anymore|wake up again"
        r"|keep living|go on living|be around anymore)",
        unless_followed_by="in|with|near|at|there|here|like|around|close|alone|on|under|without"
        "|by|somewhere|anywhere|far|so|too|next|together|back|home|a|an|the|this|that",
    ),
    # Not "take my life back", "take my life one day at a time".
    _rule(
        r"(?:take|taking|took|taken|takes) (?:my|his|her|their) life",
        unless_followed_by="back|in|into|to|over|seriously|one|day",
    ),
    _rule(
        r"no (?:quiero|quiere|queria|quieren|tengo ganas de|tiene ganas de)"
        r" (?:vivir|seguir viviendo|estar vivo|estar viva)",
        unless_followed_by="en|con|aqui|alli|ahi|alla|cerca|solo|sola|asi|lejos",
    ),
)

_WITHDRAWAL_RULES = (
    _rule(
        r"seizures?|seizers|seisures?|siezures?|seazures?|convuls\w*|hallucinat(?!ory)\w*"
        r"|halucinat\w*|alucinacion(?:es)?|alucinando|alucina|alucinaba|alucinan|alucino"
        r"|(?:the )?dts|d ts|delirium|delerium|delirious|delirio|delirios"
        r"|epileptic (?:fits?|seizure|attack)|ataque (?:epileptico|de epilepsia)"
        r"|crisis (?:epileptica|convulsiva)"
        r"|(?:seeing|sees|saw|see|seen) (?:things|bugs|spiders|people|shadows|stuff|animals"
        r"|snakes|insects)(?: that| which)? (?:arent|are not|isnt|is not|wasnt|werent|were not"
        r"|nobody|no one|aint)"
        r"|(?:hearing|hears|heard|hear) voices"
        r"|(?:viendo|ve|veia|vio|oyendo|oye|escuchando|escucha) (?:cosas|voces|bichos|gente"
        r"|personas|animales|aranas)(?: que)? (?:no hay|no existen|no estan|no esta"
        r"|no son reales|nadie)"
        r"|(?:oyendo|oye|oia|escuchando|escucha|escuchaba|oir|escuchar) voces"
        r"|(?:shaking|shakes|trembling|tremors|shivering|shaky) (?:(?:so|really|real|very|super"
        r"|extremely|too) (?:bad|badly|hard|much)|uncontrollabl[ey]|violently|all over"
        r"|out of control|nonstop|non stop)"
        r"|(?:uncontrollable|uncontrollably|violent|violently|severe|extreme)"
        r" (?:shaking|shakes|tremors|trembling)"
        r"|(?:temblando|tiembla|tiemblo|temblores|tembloroso) (?:mucho|muchisimo|sin control"
        r"|sin parar|demasiado|muy fuerte|de forma incontrolable)"
        r"|no (?:puede|puedo|para|paro|deja|dejo) de temblar"
        r"|temblores (?:muy )?(?:fuertes|severos|graves)"
    ),
    # A person seizing, not "seizing the opportunity".
    _rule(
        "seizing",
        unless_followed_by=r"the|this|that|an|a|every|opportunit\w*|control|on|upon|his|her|my"
        "|their|our|your|up|property|assets|it",
    ),
    # "having a fit" (a seizure), not "had a fit about the bill".
    _rule(
        "(?:having|had|has|is having) (?:a |another )?fits?",
        unless_followed_by="about|over|because|at|with|of|when|if|that|in|for|to",
    ),
    _rule(
        r"(?:cant|cannot|can not|couldnt|could not|wont|will not) stop"
        r" (?:shaking|trembling|shivering)",
        unless_followed_by="my|his|her|their|the|it|them",
    ),
)

# Most urgent first: an overdose needs 911 before anything else.
RULES: tuple[tuple[CrisisKind, tuple[_Rule, ...]], ...] = (
    ("overdose", _OVERDOSE_RULES),
    ("suicide", _SUICIDE_RULES),
    ("withdrawal", _WITHDRAWAL_RULES),
)


def prepare(text: str) -> str:
    """The message as the rules read it: normalised, typos corrected, non-crises blanked out."""
    return _neutralize(_correct_typos(_normalize(text)))


def detect_crisis(text: str) -> CrisisSignal | None:
    """The most urgent danger a message speaks of (overdose > suicide > withdrawal), if any."""
    prepared = prepare(text)
    for kind, rules in RULES:
        if any(rule.fires(prepared) for rule in rules):
            return CrisisSignal(kind)
    return None

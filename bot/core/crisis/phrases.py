"""The words and phrases crisis detection reads: keywords, people, denials; pure data."""

from __future__ import annotations

import re


def alt(alternatives: str) -> str:
    """A non-capturing regex group of `|`-separated alternatives."""
    return f"(?:{alternatives})"


def word_set(words: str) -> frozenset[str]:
    """A set of space-separated words."""
    return frozenset(words.split())


def word_list(words: str) -> tuple[str, ...]:
    """Space-separated words, in order."""
    return tuple(words.split())


# --- keywords and typos -----------------------------------------------------------------------

# Keywords a long misspelled word is corrected to: distinctive, never everyday words.
FUZZY_KEYWORDS: tuple[str, ...] = word_list(
    """overdose overdosed overdoses overdosing sobredosis
    suicide suicides suicidal suicidio suicidarme suicidarse suicida
    seizure seizures convulsion convulsions convulsing convulsiones convulsionando
    hallucinate hallucinating hallucination hallucinations alucinaciones alucinando
    delirium tremens"""
)
# Real words within FUZZY_SCORE_CUTOFF of a keyword (found by scoring an American English word
# list against FUZZY_KEYWORDS): never corrected.
KNOWN_WORDS = word_set(
    """overdo overdoes overdoing overdone overdue overusing seizes
    confusion confusions confusing contusion contusions contusing
    hallucinatory bremens tureens tremendous"""
)

# --- whom a phrase is about -------------------------------------------------------------------

FIRST_PERSON = word_set("i im ive id ill me myself we weve you")
THIRD_PERSON = word_set(
    """he she they hes shes theyre theyve hed shed him her them his their someone somebody
    person friend son daughter husband wife boyfriend girlfriend partner brother sister mom dad
    mother father roommate guy girl man woman kid child baby cousin uncle aunt nephew niece
    fiance buddy neighbor el ella hijo hija esposo esposa amigo amiga hermano hermana"""
)
# Things that are "unresponsive" or "turn blue" with nobody in danger.
THINGS = word_set(
    """site website app bot page program programs center centre clinic facility office staff
    phone line number provider insurance email emails system server screen hotline helpline
    link button form rehab hair sky light lights water sign computer laptop"""
)

# A bare "od" is an overdose after a person or a verb ("he od", "trying to od"), and the
# outpatient-detox code before a word about services ("od program").
OD_AFTER = word_set(
    """he she they i hes shes theyre im ive almost nearly just did gonna might may could will
    would an maybe probably possibly had has have someone somebody"""
) | (THIRD_PERSON - word_set("her his their"))
OD_AFTER_TO = word_set("going want wants wanted trying tried about")
OD_SERVICE = word_set(
    """program programs service services clinic clinics detox option options treatment level
    care facility facilities center centers provider providers setting code or and"""
)


# --- phrases that name a danger without being one -------------------------------------------

# A hedge before a denial keeps the alarm: "I'm not sure he's not suicidal".
HEDGE = re.compile(
    r"\b(?:not sure|unsure|dont know if|dont know whether|cant promise|cant say|afraid|scared"
    r"|worried|no se si|no estoy segur[oa]|tengo miedo)\b"
)
_DENIABLE = alt(
    r"suicid\w*|thoughts? of (?:suicide|self harm|(?:killing|hurting|harming) \w*self)"
    r"|self harm\w*|seizures?|convuls\w*|hallucinat\w*|alucinacion\w*|alucinando|(?:the )?dts"
    r"|delirium(?: tremens)?|overdos\w*|oded|sobredosis|fits"
)
_DENIAL_START = alt(
    "no|not|never|without|nor|none|zero|isnt|arent|wasnt|werent|hasnt|havent|hadnt|didnt"
    "|doesnt|dont|denies|denied|deny|free of|sin|nunca|ni|jamas|ningun|ninguna|niega"
    "|no he tenido|nunca he tenido"
)
# Words that may stand between a denial and its keyword: "no history of seizures".
_DENIAL_FILLER = alt(
    "any|ever|been|had|have|has|having|a|an|the|signs?|history|of|thoughts?|feelings?|feeling"
    "|feel|felt|currently|actively|really|recent|recently|more|longer|other|at all|experienced"
    "|experiencing|ha|han|tenido|tengo|tiene|tuvo|tuve|tenia|pensamientos|ideas|de|es|soy|esta"
    "|estoy|hay|mas|signos|historial|una|un"
)
_CONNECTOR = alt("or|nor|and|o|ni|y|no|any|other")
KEYWORD_DENIAL = re.compile(
    rf"\b{_DENIAL_START}(?: {_DENIAL_FILLER}){{0,4}} {_DENIABLE}"
    rf"(?:(?: {_CONNECTOR}){{1,2}}(?: {_DENIAL_FILLER}){{0,2}} {_DENIABLE})*\b"
)
SELF_HARM_DENIAL = re.compile(
    r"\b(?:not|never|wont|will not|wouldnt|would not"
    r"|no (?:plans?|intentions?|intent|desire|urges?|thoughts?) (?:of|to))"
    r"(?: (?:going to|gonna|planning to|planning on|trying to|ever|about))?"
    r" (?:hurt|hurting|harm|harming|kill|killing|cut|cutting)"
    r" (?:my ?self|himself|herself|themselves|themself)\b"
)
NOT_WANTING_TO_DIE = re.compile(
    r"\b(?:(?:dont|do not|doesnt|does not|didnt|did not|never|not)"
    r" (?:want|wanna|wanted|wants|wanting) (?:to |too |2 )?die"
    r"|no (?:me |se )?(?:quiero|quiere|queria|quieren|quisiera) morir(?:me|se)?)\b"
)
NOT_A_CRISIS = re.compile(
    r"\b(?:suicide (?:prevention|awareness|risk (?:screening|assessments?)|screenings?"
    r"|assessments?|education)"
    r"|(?:prevent|preventing|prevention of) suicides?"
    r"|overdose (?:prevention|education|awareness|training)"
    r"|(?:prevent|preventing|prevention of) (?:an )?overdoses?"
    r"|(?:history of|past|previous|prior) overdoses?"
    r"|prevencion (?:del |de )?(?:suicidio|sobredosis)"
    r"|unconscious (?:bias|mind))\b"
)

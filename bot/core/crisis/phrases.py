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
    r"|delirium(?: tremens)?|overdos\w*|oded|sobredosis|fits|pregnan\w*|embarazad[ao]"
    r"|withdrawals?(?: symptoms)?|shakes|shaking|tremors?|temblores|the sweats|sweats"
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
    r"|unconscious (?:bias|mind)"
    # Emergencies named in a question or a service, not happening.
    r"|in case of (?:an )?emergency|(?:counts as|considered|is (?:this|it|that)|not) an? emergency"
    r"|no es (?:una )?emergencia|emergency (?:room|contact|contacts|number|numbers|detox|services?"
    r"|department|fund|line|kit|plan|appointments?)|sala de emergencias|en caso de emergencia"
    r"|urgent care|(?:not|no es|nothing) urgente?|(?:it|that|reality|this) (?:just )?hit me"
    r"|(?:gave|give) me a heart attack|(?:me dio|me va a dar) un infarto|stroke of"
    # Talk about overdoses in general: the news, a lesson, a figure of speech.
    r"|overdose (?:deaths?|crisis|epidemic|rates?|numbers|statistics|of \w+)"
    r"|(?:can|cant|could|can you|you) overdose on|(?:spot|recognize|recognise) an? overdose"
    r"|signs of (?:an? )?overdoses?|(?:lo de )?las sobredosis"
    r"|(?:no|not) (?:quiero|voy a|pienso|going to|gonna) (?:matarme|suicidarme|quitarme la vida"
    r"|hacerme dano))\b"
)


# --- context a phrase needs -------------------------------------------------------------------

# Something taken: a drug by its street or brand name, alcohol, pills. "Sleepy" or "confused"
# is a sign of an overdose or withdrawal only next to one of these.
DRUG_CONTEXT = re.compile(
    r"\b(?:fent\w*|fetty|heroin\w*|dope|oxys?|oxy\w+|percs?|percocets?|xanax|bars|blues"
    r"|lean|molly|perico|tusi|coke|cocaine|cocaina|crack|meth|cristal|crystal|pills?"
    r"|pastillas?|klonopin|clonazepam|benzos?|alcohol|drunk|borrach[oa]s?|drinking|drank"
    r"|drink|wine|beers?|booze|tomando|tomar|tomo|tomado|bebiendo|beber|trago|drogas?"
    r"|drogad[oa]s?|high|wasted|loaded|tweaking|adderall|narcan|naloxone|line|lines|using"
    r"|usando|uso|something|algo|dopesick|malilla|cruda|withdrawals?|detox\w*|quit|stopped"
    r"|dejo|dejar|off)\b"
)
# Stopping a drug: what makes confusion or shaking a sign of withdrawal.
STOPPING_CONTEXT = re.compile(
    r"\b(?:quit|quitting|stopped|stopping|stop|ran out|off|since|detox\w*|no drink|no alcohol"
    r"|havent (?:drank|drunk|had|used)|cold turkey|withdrawals?|dopesick|dejo|deje|dejar"
    r"|dejando|quitando|no he tomado|no tomo|sin tomar|desde|malilla|abstinencia|cruda"
    r"|no ha (?:tomado|bebido|usado)|sin (?:beber|alcohol)|hasnt (?:drank|drunk|had|used)"
    r"|last drink|ultimo trago|day \d|dia \d|sober since"
    # A few days sober or clean is the window of withdrawal: "sober 3 days", "clean for two days".
    r"|(?:sober|clean|sobri[oa]) (?:for )?(?:\d+|a|one|two|three|four|five|un|una|dos|tres"
    r"|cuatro|cinco) (?:hrs|hours|horas|days?|dias?)"
    r"|\d+ (?:days?|dias) (?:sober|clean|sobri[oa]))\b"
)
# Having stopped a drug, told plainly: confusion then is withdrawal, not an overdose.
STOPPED_CONTEXT = re.compile(
    r"\b(?:quit|quitting|stopped|ran out|cold turkey|no drink|no alcohol|detoxing"
    r"|havent (?:drank|drunk|had|used)|hasnt (?:drank|drunk|had|used)|withdrawals?"
    r"|(?:dejo|deje) (?:de|el|la|las|los)|no (?:he|ha) (?:tomado|bebido)|sin tomar)\b"
)

# --- when it happened -------------------------------------------------------------------------

# A time long enough ago to be history ("last year", "hace dos años"); days and hours are not.
PAST_TIME = re.compile(
    r"\b(?:last (?:year|spring|summer|fall|autumn|winter|month|christmas)"
    r"|(?:years?|months?|a while|a long time) ago|a (?:few|couple) (?:years?|months?) (?:back|ago)"
    r"|back in|in (?:19|20)\d\d|(?:19|20)\d\d|when (?:i|he|she|they) (?:was|were) (?:\d+|young"
    r"|a (?:teen|kid))|as a (?:teen|teenager|kid)|growing up|used to|in the past|before"
    r"|around (?:christmas|thanksgiving)|in (?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)|during (?:my|his|her) last"
    r"|(?<!desde )hace (?:\w+ )?(?:anos?|meses|mes|tiempo)|el ano pasado|en (?:19|20)\d\d|de joven"
    r"|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
    r"|diciembre)|la ultima vez|de nino|de nina"
    # A season or a stage of life gone by: "over the summer", "in high school", "in my 30s",
    # "en verano", "la otra vez", "de eso hace mucho".
    r"|(?:over|during) the (?:summer|winter|spring|fall|holidays)|in (?:high school|college)"
    r"|in (?:my|his|her|their) (?:teens|twenties|thirties|forties|\d0s)|back then|once in"
    r"|en (?:el )?(?:verano|invierno|otono|la prepa|la secundaria)|la otra vez|la vez pasada"
    r"|de eso hace|en ese entonces|cuando (?:era|estaba|andaba|tomaba|bebia|usaba) (?:joven"
    r"|chic[oa]|en (?:el|la) \w+)"
    # A death told is a loss, not a danger now.
    r"|died|passed away|lost (?:him|her|them|my \w+|his \w+|her \w+) to|murio|fallecio)\b"
)
# Words that say they are safe now ("doing better now", "ya está bien").
SAFE_NOW = re.compile(
    r"\b(?:(?:doing|is|im|hes|shes|theyre|feel|feeling|much|lot) (?:a lot |much |so much )?"
    r"(?:better|ok|okay|fine|stable)|(?:sober|clean|stable) (?:since|now|for|\d)"
    r"|been (?:sober|clean)|(?:home|safe) and (?:ok|okay|fine|safe)|havent in|behind me"
    r"|ya (?:esta|estoy) (?:bien|mejor)|ahora (?:esta|estoy) (?:bien|mejor|sobri[oa])"
    # Over and done, in both languages: "ya pasó", "ya salió", "ya no uso", "home and stable".
    r"|ya (?:paso|salio|sali|se resolvio|termine|termino|nacio|esta en casa|estamos bien"
    r"|todo bien|no (?:los|las|lo) tengo|no uso|no vivo|no tomo|no bebo|no consumo)"
    r"|hoy (?:esta|estoy|estamos) (?:bien|mejor)|(?:home|stable) now|home and stable"
    r"|survived|nothing urgent|got out"
    r"|ya me separe|sobri[oa]|sober|in therapy|left (?:him|her)|agreed to treatment"
    r"|(?:now|finally) (?:he |she |they |i )?(?:wants?|ready|looking)|quiere (?:ayuda|un programa)"
    r"|ahora quiere|ya lleva|better now|mejor ahora)\b"
    # "ya no" alone at the end of a clause ("tuve pensamientos, ya no"), not "ya no quiero vivir".
    r"|\bya no(?= \||\s*$)"
)
# Words that put a danger in the present, whatever history the message also tells.
PRESENT_DANGER = re.compile(
    r"\b(?:right now|rn|tonight|today|this morning|again|currently|scared|afraid"
    r"|hoy(?! (?:esta|estoy|estamos) (?:bien|mejor))"
    r"|ahora mismo|ahorita|esta noche|esta manana|otra vez|de nuevo|todavia|miedo"
    # "Not OK" is not safe, and "says he's fine" is what people in danger say.
    r"|(?:not|isnt|arent|no esta|no estoy|no estamos) (?:doing |feeling |really |so |muy )?"
    r"(?:ok|okay|fine|better|good|bien|mejor)"
    r"|(?:says|saying|said|claims|insists|dice|dijo) (?:that )?(?:hes|shes|theyre|im|hes just"
    r"|shes just|que esta|que estoy|esta)? ?(?:fine|ok|okay|good|bien)"
    # Hours or days without a drink are the window of withdrawal, not a recovery.
    r"|\d+ (?:hrs|hours|horas|days|dias) (?:sober|clean|sobri[oa]|without|sin)"
    r"|(?:sober|clean|sobri[oa]) (?:for |since |desde )?(?:\d+|a|one|two|three|four|five|six"
    r"|un|una|dos|tres|cuatro|cinco) (?:hrs|hours|horas|days?|dias?)"
    r"|(?:sober|clean|sobri[oa]) (?:since|desde) (?:yesterday|last night|ayer|anoche|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|el lunes|el martes|el miercoles"
    r"|el jueves|el viernes|el sabado|el domingo))\b"
)


# Weapons people name when someone is in danger.
WEAPON = (
    r"(?:guns?|pistols?|knife|knives|machete|bat|rifle|shotgun|pistola|arma|armas|cuchillo"
    r"|navaja|fierro)"
)

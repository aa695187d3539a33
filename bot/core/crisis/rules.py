"""The crisis phrase rules, one table per kind, most urgent kind first; pure data."""

from __future__ import annotations

from typing import Literal

from bot.core.crisis.reading import Rule, a_person, od_is_an_overdose, rule, someone_else

CrisisKind = Literal["overdose", "suicide", "withdrawal"]

# Pieces shared by several rules, with the misspellings people really type.
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

_OVERDOSE_RULES = (
    rule(
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
    rule(
        rf"{_SWALLOWED}(?: way| far| a lot| like)? too (?:many|much)",
        unless_followed_by=r"time|money|work|effort|energy|days?|hours?|weeks?|months?|years?"
        r"|class\w*|sessions?|groups?|shifts?|credit"
        r"|of (?:my|his|her|their|our|your) (?:time|money)",
    ),
    rule("od", od_is_an_overdose),
    rule(
        rf"(?:not|isnt|aint|wasnt|no longer|stopped|stop|barely|hardly|struggling|trouble"
        rf"|not really|isnt really) {_BREATHING}"
        rf"|(?:cant|cannot|can not|couldnt|could not|unable to|not able to|struggling to"
        rf"|struggles to|fighting to) {_BREATHE}"
        rf"|{_BREATHING} (?:has |is |was |has been |seems |looks )?(?:very |really |so )?"
        rf"(?:slow|shallow|stopped)|(?:slow|shallow|slowed) {_BREATHING}",
        someone_else,
        unless_followed_by="down",  # "stop breathing down my neck"
    ),
    rule(
        r"(?:wont|will not|cant|cannot|can not|doesnt|does not|didnt|did not|isnt|is not|not"
        r"|couldnt|could not|wouldnt|would not|aint|hasnt|has not|never|still not)"
        r" (?:wake|waking|wakeup|awaken|woken)(?: up)?",
        someone_else,
        unless_followed_by=_SCHEDULE,
    ),
    rule(
        r"(?:cant|cannot|can not|couldnt|could not|unable to|not able to|trying to|tried to)"
        r" (?:wake|awaken|rouse) (?:him|her|them|my \w+|\w+ up)"
        r"|no (?:se )?(?:despierta|despertaba|desperto)",
        unless_followed_by=_SCHEDULE,
    ),
    rule(
        r"(?:cant|cannot|couldnt|could not|unable to) get (?:him|her|them|my \w+)"
        r" (?:to wake|to respond|awake|to come to)"
    ),
    rule(
        r"unresponsive|unresponsve|unconscious|not responding|isnt responding|wont respond"
        r"|doesnt respond|not reacting",
        someone_else,
        unless_followed_by=_COMMUNICATION,
    ),
    rule(r"(?:turning|turned|turn|going|gone|went|goes|turns) (?:blue|purple|bluish)", a_person),
)

_SUICIDE_RULES = (
    rule(
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
    rule(
        r"(?:(?:me|se) )?(?:quiero|quiere|queria|quisiera|quieren|ganas de) morir(?:me|se)?",
        unless_followed_by="de (?:verguenza|risa|pena|hambre|sueno|ganas|frio|calor)",
    ),
    # Not "burn myself out", "cut myself off".
    rule(
        rf"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|injure) {_SELVES}"
        rf"|cutting {_OTHER_SELVES}",
        unless_followed_by="out|off|some slack|a break|shaving",
    ),
    # "I don't want to live", not "... to live in Ohio" or "... like this".
    rule(
        r"(?:dont|do not|doesnt|does not|didnt|did not|no longer|dont really)"
        r" (?:want|wanna|wants) (?:to )?(?:live|be alive|exist|wake up anymore|wake up again"
        r"|keep living|go on living|be around anymore)",
        unless_followed_by="in|with|near|at|there|here|like|around|close|alone|on|under|without"
        "|by|somewhere|anywhere|far|so|too|next|together|back|home|a|an|the|this|that",
    ),
    # Not "take my life back", "take my life one day at a time".
    rule(
        r"(?:take|taking|took|taken|takes) (?:my|his|her|their) life",
        unless_followed_by="back|in|into|to|over|seriously|one|day",
    ),
    rule(
        r"no (?:quiero|quiere|queria|quieren|tengo ganas de|tiene ganas de)"
        r" (?:vivir|seguir viviendo|estar vivo|estar viva)",
        unless_followed_by="en|con|aqui|alli|ahi|alla|cerca|solo|sola|asi|lejos",
    ),
)

_WITHDRAWAL_RULES = (
    rule(
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
    rule(
        "seizing",
        unless_followed_by=r"the|this|that|an|a|every|opportunit\w*|control|on|upon|his|her|my"
        "|their|our|your|up|property|assets|it",
    ),
    # "having a fit" (a seizure), not "had a fit about the bill".
    rule(
        "(?:having|had|has|is having) (?:a |another )?fits?",
        unless_followed_by="about|over|because|at|with|of|when|if|that|in|for|to",
    ),
    rule(
        r"(?:cant|cannot|can not|couldnt|could not|wont|will not) stop"
        r" (?:shaking|trembling|shivering)",
        unless_followed_by="my|his|her|their|the|it|them",
    ),
)

# Most urgent first: an overdose needs 911 before anything else.
RULES: tuple[tuple[CrisisKind, tuple[Rule, ...]], ...] = (
    ("overdose", _OVERDOSE_RULES),
    ("suicide", _SUICIDE_RULES),
    ("withdrawal", _WITHDRAWAL_RULES),
)

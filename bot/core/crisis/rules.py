"""The crisis phrase rules, one table per kind, most urgent kind first; pure data."""

from __future__ import annotations

from typing import Literal

from bot.core.crisis.harm import (
    EMERGENCY_PLEA_RULES,
    MEDICAL_RULES,
    UNSAFE_HOME_RULES,
    VIOLENCE_RULES,
)
from bot.core.crisis.phrases import DRUG_CONTEXT, STOPPED_CONTEXT, STOPPING_CONTEXT, WEAPON
from bot.core.crisis.reading import Rule, a_person, near, od_is_an_overdose, rule, someone_else

CrisisKind = Literal[
    "overdose", "suicide", "withdrawal", "violence", "unsafe_home", "medical", "emergency_plea"
]

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
    r"|en la manana|a las|todas las mananas|most|some|usually|sometimes|on (?:weekdays|weekends"
    r"|school days|workdays))"
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
    # Can barely be woken: the sign of an overdose (or alcohol poisoning) that comes before
    # "can't be woken" (domain.md), said of someone else.
    rule(
        r"(?:hard|difficult|impossible|tough) to (?:wake|waken|awaken|rouse|keep awake)"
        r"|(?:barely|hardly) (?:wakes?|waking|awake|conscious|responsive|responding|breathing)"
        r"|(?:cuesta|cuesta mucho|dificil|no puedo) (?:despertarl[oa]|que despierte)",
        someone_else,
        unless_followed_by=_SCHEDULE,
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
        # "me va a matar" is "he is going to kill me": a threat or an idiom, not suicide.
        r"|me (?:quiero|queria|quisiera|voy a|iba a|intente|trate de|quise|pienso) matar"
        r"|se (?:quiere|quieren|queria|quisiera|va a|van a|iba a|intento|trato de|quiso|piensa)"
        r" matar"
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

_NUMBER = r"(?:\d{1,3}|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)"
_DRUG = (
    r"(?:pills?|tablets?|caps?|capsules?|meds|xanax|bars|oxys?|oxy\w*|percs?|percocets?|blues"
    r"|benzos?|klonopin|clonazepam|valium|ativan|molly|adderall|tramadol|norcos?|vicodin"
    r"|fent\w*|pastillas|pildoras|tabletas|clonas|xanax|roches|rivotril)"
)

_MORE_OVERDOSE_RULES = (
    # A whole bottle drunk, or signs of a body in trouble next to a drug.
    rule(
        r"(?:drank|chugged|downed|finished) (?:a |the |an )?(?:whole|entire|full) (?:bottle|fifth"
        r"|handle)|(?:se )?(?:tomo|bebio|acabo) (?:una |la )?botella (?:entera|completa)"
        r"|(?:tomo|tome|tomado|metio|trago) (?:muchas|demasiadas|bastantes|varias|un chingo de)"
        r" (?:pastillas|pildoras|clonas|pills)|no abre los ojos|echando espuma"
    ),
    rule(
        r"(?:not|isnt|wont|cant) (?:moving|move)|no se mueve|choking on (?:\w+ )?vomit"
        r"|ahogando(?:se)? con (?:su )?vomito|(?:face|skin|cara|piel) (?:is |looks |esta )?"
        r"(?:grey|gray|gris|blue|azul|morad[oa])|(?:took|had|did|drank|used|snorted|smoked|shot"
        r"|ate|swallowed|popped|injected|mixed|tomo|tome) way too much"
        r"|(?:hizo|metio) demasiad[oa]"
        r"|se metio (?:mucho|un monton)",
        near(DRUG_CONTEXT),
    ),
    # Signs of an overdose that need no drug named.
    rule(
        r"gurgl\w*|foaming at the mouth|espuma (?:por|en) la boca|snoring (?:\w+ ){0,4}wrong"
        r"|(?:ruido raro|ronquido|ronca raro|ronca feo)|pinpoint\w*"
        r"|pupils? (?:are |is )?(?:tiny|pinpoints?|really small)"
        r"|pupilas (?:chiquit\w*|pequen\w*|como (?:puntos|cabeza)|muy chiquitas)"
        r"|(?:narcan|naloxone) (?:\w+ ){0,4}(?:not|no|still not|isnt|wont|doesnt) (?:waking|wake"
        r"|reacciona|responde|despierta|responding|breathing)"
        r"|(?:narcan|naloxona|naloxone)(?: \w+){0,2} y (?:no|sigue sin) (?:reacciona|responde"
        r"|despierta|despertar|reaccionar)"
        r"|(?:cant|cannot|couldnt|cant even) (?:get|wake) (?:him|her|them) (?:up|awake)"
        r"|(?:cant|cannot|couldnt) wake (?:him|her|them)|no (?:lo|la) (?:puedo )?levantar"
        rf"|{_SWALLOWED}(?: like| about| around| over| maybe)? {_NUMBER}(?: \w+){{0,3}}? {_DRUG}"
        rf"|{_SWALLOWED}(?: like| about| around)? (?:{_NUMBER}|a bunch|a lot|a handful)"
        r" of (?:my|his|her|their|the|them)"
        r"|(?:swallowed|took|ate|downed) (?:everything|all of it|all my|all his|all her)"
        r"|already took \d{1,3}|took \d{1,3} already"
        r"|(?:todo|toda|todas|todos) (?:el|la|las|los|mis|sus) (?:frasco|bote|caja|botella"
        r"|pastillas|pildoras)"
        r"|(?:tomo|tome|tomado|metio|trago|trague) (?:como |unas |unos )?\d{1,3}"
        r"|(?:tomo|tome|tomado|metio|trago) (?:muchas|demasiadas|bastantes|varias|un chingo de)"
        r" (?:pastillas|pildoras|clonas|pills)|no abre los ojos|echando espuma"
        r"|un monton de (?:pills|pastillas|pildoras)|(?:se|me) tomo (?:\w+ )?un monton"
        r"|breathing (?:like )?once every|(?:cold|clammy) (?:and|n) (?:clammy|cold)"
        r"|(?:palid[oa]|frio|fria) y (?:frio|fria|palid[oa]|morad[oa])"
        r"|(?:is|shes|hes|went|gone|all|body|and|now|esta) (?:limp|floppy|aguad[oa])"
        r"|no (?:tiene|le siento el) pulso|no pulse|heart stopped|(?:pale|gray|grey) and cold"
        r"|(?:breathing|respira|respirando) (?:\w+ )?(?:weird|funny|strange|raro|feo|wrong)",
    ),
    # Signs that need something taken nearby: "won't answer", "slurring", "out of it".
    rule(
        r"(?:wont|doesnt|not|isnt) (?:respond|answer|responding|answering)(?! (?:my|his|her|the|to"
        r"|calls?|texts?|phone|emails?))"
        r"|no (?:responde|contesta|reacciona)(?! (?:el|los|mis|sus|a mis|al|mensajes|llamadas) )"
        r"|slumped|slurring|slurry|not making sense|barely keep (?:his|her|their|my) eyes open"
        r"|(?:real|very|really|super|so) sleepy|nodding off|nodded out|out of it|muy dormid[oa]"
        r"|falling asleep|hearts? racing|cant feel my|room spinning|burning up|jaw wont stop"
        r"|(?:really|very|so|muy) confused|confundid[oa]|passed out|collapsed|se desmayo"
        r"|se desplomo|se cayo|eyes rolled|ojos en blanco|too high|se paso|laced"
        r"|bad batch",
        # Confusion after stopping is withdrawal, read by the withdrawal rules.
        near(DRUG_CONTEXT, unless=STOPPED_CONTEXT),
    ),
)

_MORE_SUICIDE_RULES = (
    # Means, slang and last words.
    rule(
        r"unalive|sewerslide|ctb|(?:step|jump|tirarme|aventarme) (?:in front of|frente al|al)"
        r" (?:a |the |el )?(?:train|truck|bus|tren|metro|camion)"
        r"|lethal dose|dosis letal|how (?:many|much) (?:\w+ ){0,4}(?:to die|would kill|to kill)"
        r"|cuant[oa]s (?:\w+ ){0,4}para (?:morir|matarme)|(?:soga|cuerda) (?:lista|para)"
        r"|me voy a (?:colgar|aventar|tirar)|tomar(?:me)? todas (?:las|mis)"
        r"|(?:wont|will not) be (?:here|around) (?:tomorrow|much longer)"
        r"|no (?:voy|vaya) a estar (?:aqui )?manana|(?:my|mi) (?:last|ultima) (?:night|noche)"
        r"|(?:last|final|ultimo) (?:message|mensaje)|(?:crash|estrellar(?:me)?) (?:my|mi)"
        r" (?:car|carro)|(?:a )?danger to (?:my|him|her)self"
        r"|(?:gun|pistola|arma) (?:\w+ ){0,4}(?:on|en) (?:my|him|her)self|stockpil\w*"
        r"|saving up (?:my|his|her) (?:pills|meds)"
    ),
    rule(
        r"kms|kys|(?:this is|saying|said|diciendo|mando|say|decir) (?:\w+ )?(?:goodbye|adios)"
        r"|posted a goodbye|wrote (?:my|a|the|letters|goodbye)(?: \w+)? (?:note|letters?|to my)"
        r"|suicide note|wrote my note|carta de despedida|(?:me|se) despidio de|me despedi"
        r"|sorry for everything|perdon por todo"
        r"|(?:pills|pastillas) (?:lined up|listas|ready|saved up|guardadas)"
        r"|(?:terminar|acabar) con todo"
        r"|(?:jump|jumping|jumped|tirarme|aventarme) (?:off|from|del|de un|de la) (?:the|a|that"
        r"|puente|edificio)?(?: ?\w+)?"
        r"|driving into a (?:tree|wall)|drive (?:my car )?off|(?:bought|got) a rope"
        r"|hang (?:my|him|her)self|ahorcar(?:me|se)|(?:shoot|shooting) (?:my|him|her)self"
        r"|(?:pegarme|pegarse|darme|darse) un tiro|disparar(?:me|se)|dispararme|cortarme las"
        r"|(?:gonna|going to|ready to|want to|wanna|just|about to|and|to) end it(?! with)"
        r"|(?:ill|i will|gonna|im going to) do it myself|esto es todo"
        rf"|{WEAPON} (?:out|cargad[oa]|loaded|to (?:my|his|her) head)"
        r"|(?:gun|pistola) (?:\w+ ){0,3}(?:whats the point|ya no aguanta|cant take it)"
        r"|train tracks|vias del tren|(?:take|tomar(?:me|se)?|tomarme) all (?:my|his"
        r"|her) (?:pills|meds)"
        r"|tomarme todas|giving away (?:my|his|her) (?:stuff|things)|regalando (?:sus|mis) cosas"
        r"|(?:last|ultima) (?:time|vez) (?:youll|you will|me) (?:hear|oyen|escuchan)"
        r"|(?:wish|ojala) (?:i|me) (?:was|were|could be|estuviera) (?:dead|muert[oa])"
        r"|(?:wish i|ojala) (?:could )?(?:die|morir|morirme)"
        r"|(?:plan|planning|plans) to (?:end|kill|die)|thinking (?:about|of) ending"
        r"|pensando en (?:matarme|quitarme|terminar)|(?:i have|tengo) (?:a|un) plan"
        r"|(?:overdose|sobredosis) (?:on purpose|a proposito)|(?:should|gonna) just die"
        r"|(?:rather|prefiero|mejor me) (?:die|morir|muero)|(?:razor|blade|navaja) to"
        r"|thoughts? of (?:dying|death)|pienso en (?:morir|morirme|la muerte)"
        r"|(?:goodbye|adios) (?:everyone|to everyone|a todos)|(?:take|cuiden|cuida) (?:care of|a)"
        r" (?:my|mis) (?:kids|hijos)"
    ),
)

_MORE_WITHDRAWAL_RULES = (
    rule(
        r"(?:bugs|bichos|insects|insectos|hormigas) (?:\w+ ){0,3}(?:crawling|on (?:his|her|my)"
        r" skin|en la piel|caminando)"
    ),
    rule(
        r"(?:seeing|sees|see|saw|ve|veo|veia|viendo) (?:bugs|spiders|snakes|shadows|animales"
        r"|bichos|aranas|cosas|things|stuff|ratas|rats|people|gente|insects|insectos)"
        r"|(?:people|things|someone|somebody|gente|alguien) (?:who|that|que) (?:arent|isnt"
        r"|werent|no) (?:there|esta|estan|existe|existen)"
        r"|grabbing at (?:things|stuff|the air)|delirando|talking nonsense|dice cosas sin sentido"
        r"|(?:eyes|ojos) (?:keep |keeps )?rolling|(?:whole body|body|cuerpo) (?:is |keeps )?"
        r"(?:jerking|twitching)|le dio (?:un|una) (?:ataque|convulsion)"
        r"|(?:shakes|shaking|temblando|temblores|tiemblan|tiembla|tiemblo) (?:\w+ ){0,3}"
        r"(?:so bad|bien fuerte|muy fuerte|fell|cant hold|no puedo agarrar|bien feo)"
        r"|(?:shaking|temblando|shaky|tembloros[oa]) (?:\w+ )?(?:and|y) (?:sweating|sudando)"
        r"|(?:sweating|sudando) (?:\w+ )?(?:and|y) (?:shaking|temblando|confused|confundid[oa])"
        r"|confused|confundid[oa]|twitching|doesnt know where|no sabe donde|delirious"
        r"|talking to people|no reconoce|doesnt recognize|sweating buckets|sudando frio"
        r"|escalofrios|temblorina",
        near(STOPPING_CONTEXT),
    ),
)

# Most urgent first: an overdose needs 911 before anything else.
RULES: tuple[tuple[CrisisKind, tuple[Rule, ...]], ...] = (
    ("overdose", _OVERDOSE_RULES + _MORE_OVERDOSE_RULES),
    ("suicide", _SUICIDE_RULES + _MORE_SUICIDE_RULES),
    ("withdrawal", _WITHDRAWAL_RULES + _MORE_WITHDRAWAL_RULES),
    ("violence", VIOLENCE_RULES),
    ("unsafe_home", UNSAFE_HOME_RULES),
    ("medical", MEDICAL_RULES),
    ("emergency_plea", EMERGENCY_PLEA_RULES),
)

"""The check-in rules: phrases that may speak of a danger, each kind in turn; pure data."""

from __future__ import annotations

import re

from bot.core.crisis.phrases import STOPPING_CONTEXT
from bot.core.crisis.reading import Rule, near, rule
from bot.core.crisis.rules import CrisisKind

_PLAN_TO_STOP = re.compile(
    r"\b(?:stop|quit|quitting|stopping|dejar|dejarlo|detox|gonna|going to|voy a|va a|planning"
    r"|plan|want to|wanna|quiero|tomorrow|manana|tonight)\b"
)

# The words after which "solo" means "only": a verb of wanting, asking or being, an article.
_ONLY_BEFORE = (
    r"quiero|queremos|quiere|quieren|quisiera|queria|necesito|necesita|necesitamos|busco|buscamos"
    r"|busca|pregunto|preguntaba|es|son|era|un|una|unos|unas|el|la|los|las|para|por|eso|esto"
    r"|tengo|tiene|informacion|info|saber|me|le|lo|q|que|toma|bebe|fuma|usa|cravings|ganas"
)

# Less clear: a check-in that names 988 and 911 and asks whether they are safe now.
POSSIBLE_RULES: tuple[tuple[CrisisKind, tuple[Rule, ...]], ...] = (
    (
        "overdose",
        (
            rule(
                r"overdos\w*|sobre ?dosis|almost died|casi se muere|narcanned|le dieron narcan"
                r"|(?:might|may|think i|probably|maybe) (?:have )?(?:taken|took|did) too"
                r" (?:many|much)|me pase con|se paso con|(?:idk|dont know|no se) if (?:he|she"
                r"|they)"
                r" took|took something|tomo algo|se tomo algo|mixed (?:\w+ ){0,3}with"
                # Pills found to be counterfeit, not the name of a kind of pill ("the pressed
                # ones, like 4 a day").
                r"|(?:were|was|are|is|be|eran|son) pressed|pressed (?:with|con) fent\w*"
            ),
        ),
    ),
    (
        "suicide",
        (
            rule(
                r"(?:dont|do not|cant) see (?:the|a|any) point|no point (?:anymore|in anything"
                r"|in living|to anything)|no le veo (?:caso|el caso)|ya no tiene caso"
                r"|cant anymore|im so done|(?:take|tomar\w*|swallow) (?:all|todas) (?:of )?"
                r"(?:my |his |her |the |las |mis |sus )?(?:pills|meds|pastillas)"
            ),
            rule(
                r"noose|better off without (?:him|her|them)|mejor sin (?:el|ella)"
                r"|(?:cutting|cortandose|se corta) (?:again|otra vez)|se esta cortando"
                r"|started cutting|(?:not gonna|not going to|wont) be (?:here|around)"
                r"|ojala (?:me muriera|me muera|no despertara)|hate my life|odio mi vida"
                r"|dejar de vivir|que se acabe todo"
            ),
            rule(
                r"(?:dont|do not) care (?:what happens to me|if i (?:die|live|wake))"
                r"|no me importa (?:lo que me pase|si me muero|morir)"
                r"|(?:tired|cansad[oa]) of fighting|(?:wish|ojala) (?:i|no) (?:had never|hubiera"
                r"|was never) (?:been )?(?:born|nacido)|(?:nobody|no one|a nadie) (?:cares"
                r"|le importo)|no veo (?:futuro|salida)|(?:stop|dejar de) exist\w*|no future"
                r"|not exist|done with life"
            ),
            rule(
                r"(?:dont|do not|dont really) (?:want to|wanna|wana) be (?:here|around|alive)"
                r"|no quiero (?:estar aqui|seguir|despertar|existir)|(?:nobody|no one|noone)"
                r" (?:would|will|is gonna) (?:even )?(?:notice|care|miss me)"
                r"|nadie (?:me )?(?:extranaria|notaria|extrana)|better off without me"
                r"|mejor sin mi|(?:sleep|dormirme|dormir) (?:\w+ )?(?:and|y) (?:not|no|never)"
                r" (?:wake|despertar)|sleep forever|dormir para siempre"
                r"|(?:wouldnt|would not|didnt|never) wake up"
                r"|(?:whats|what is|whats even|what s even) the point(?! of (?:the|this|a|an|iop"
                r"|detox|groups?|programs?)\b)|le veo sentido|no tiene sentido"
                r"|cant do this anymore|cant go on|cant take it|ya no puedo mas|no aguanto mas"
                r"|ya no aguanta|no puedo mas|(?:im|i am|just|feel like) a burden|soy una carga"
                r"|want it all to stop|tired of everything|cansad[oa] de (?:todo|vivir)"
                r"|be dead soon|attempted(?! to)|intente quitarme|dark stretch|dont want to live"
                r"|disappear|desaparecer|no way out|no tengo salida|hopeless|sin esperanza"
                r"|(?:not|isnt) worth living|no vale la pena vivir|give up on (?:life|everything)"
                r"|(?:want|wish) (?:\w+ )?(?:to be|it to be|it was|it were) (?:over|gone)"
                r"|(?:quiero|quisiera) que (?:todo )?(?:termine|se acabe)|make it (?:all )?stop"
                r"|(?:harto|harta|cansado|cansada) de vivir|me canse de vivir|no tiene caso"
                r"|para que seguir|whats the use|why bother|life is pointless|nothing matters"
                r"|nada (?:tiene sentido|importa)|no vale la pena|cant keep going|no puedo seguir"
                r"|i give up|me rindo|me di por vencid|(?:if|si) (?:i|yo) (?:wasnt|werent|no)"
                r" (?:here|around|estuviera)|ending things|end (?:things|my pain)"
                r"|(?:talking|talks|hablando|habla) (?:about|of|de) (?:dying|death|morir"
                r"|la muerte)"
                r"|me quiero ir para siempre|worthless|no sirvo para nada|no le encuentro sentido"
                # Not knowing how much longer one can go on ("how long i can keep doing
                # this", "cuánto más voy a aguantar").
                r"|(?:(?:dont|do not) know|dunno|idk) how (?:much )?(?:longer|long|much more)"
                r"(?: of (?:this|it))? (?:i|we) (?:can|could|will|am gonna|m gonna) (?:do this"
                r"|keep (?:going|doing this|this up)|go on|hold on|last"
                r"|take(?: it| this)?(?! (?:off|time|a|the|my|his|her|him|them|out|care|days)\b)"
                r"|survive)"
                r"|(?:no se|ni se) (?:cuanto|hasta cuando) (?:tiempo )?(?:mas )?(?:voy a |pueda |"
                r"puedo )?(?:aguantar|aguante|seguir|resistir)"
            ),
        ),
    ),
    (
        "withdrawal",
        (
            rule(
                r"(?:in|having|going through|thru|with|bad|severe|horrible) withdrawals?"
                r"|withdrawals? (?:is|are) (?:bad|horrible|killing|so bad)|(?:en|con) abstinencia"
                r"|withdrawing|withdrawl\w*|shaking like|hangover|cruda"
            ),
            rule(
                r"for good|de una vez|para siempre|starting (?:tomorrow|today|tonight|monday)"
                r"|(?:flush|throw away|throw out|tirar|tire|pour) (?:\w+ ){0,2}(?:pills|xanax|bars"
                r"|benzos|pastillas|bottles|alcohol|booze|out)",
                near(_PLAN_TO_STOP),
            ),
            rule(
                r"cold turkey|all at once|de golpe|de un dia para otro|no taper|by myself"
                r"|on my own|at home|en casa|quit(?:ting)? tonight"
                r"|stop(?:ping)? tomorrow"
                r"|dejar de tomar manana|sin ayuda",
                near(_PLAN_TO_STOP),
            ),
            # "Solo" is "alone" after a verb ("dejarlo solo") but "only" before one ("solo
            # quiero información", "solo busco un grupo"): that one plans nothing.
            rule(
                r"solo|sola",
                near(_PLAN_TO_STOP),
                unless_followed_by=_ONLY_BEFORE,
            ),
            rule(
                r"dopesick|dope sick|malilla|withdrawals|going (?:thru|through) withdrawal"
                r"|(?:shaky|shaking|shakes|sweating|temblando|sudando) (?:\w+ ){0,4}(?:off|day"
                r"|since)"
                r"|shaky|shakes|sweats|sudores|tiemblan|temblando|vomiting|vomitando|cant sleep"
                r"|no puedo dormir|no puede dormir|sweating|sudando|heart racing|agitated|paranoid"
                r"|nervios[oa]|ansios[oa]|hearing things|oyendo cosas|tremors|temblor\w*",
                near(STOPPING_CONTEXT),
            ),
        ),
    ),
    (
        "violence",
        (
            rule(
                r"make (?:him|her|them) pay|me las va a pagar|se las voy a cobrar"
                r"|(?:looking for|buscando a|buscando al) (?:the |that |ese |al |a ese )?(?:guy"
                r"|dude|tipo|vato)|(?:partir|romper|partirle|romperle) (?:la|su) (?:madre|cara"
                r"|jeta)|(?:beat|kick) (?:the (?:shit|crap|hell) )?out of|threw (?:a|the) \w+ at"
                r"|(?:fired|shot) at|disparo|apunalo|pico a|pegandole|golpeandole"
                r"|(?:hurt|lastimar|pegarle) (?:to )?(?:the|my|his|her|los|a los|a mis) (?:kids"
                r"|children|ninos|hijos|baby|bebe)|fighting with|peleando con"
            ),
            rule(
                r"(?:thoughts?|thinking) (?:about|of) (?:hurting|killing) (?:my|someone|somebody"
                r"|him"
                r"|her)|almost (?:choked|killed|hit|stabbed)|rage when|assault|fights?|violent"
                r"|violento|violenta|me peleaba|peleas|(?:want|wanna) to (?:hurt|hit|fight)"
                r"|ganas de (?:pegarle|golpear|matar)|fuera de control|out of control"
                r"|(?:breaking|smashing|throwing|rompiendo|aventando) (?:things|stuff|cosas)"
            ),
        ),
    ),
    (
        "unsafe_home",
        (
            rule(r"(?:hiding|locked) (?:in|from)|encerrad[oa] en|escondid[oa] en"),
            rule(
                r"(?:throwing|threw) (?:\w+ ){0,2}at me|me (?:avienta|avento|agarro|jalo)"
                r"|grabbed me|(?:scared|afraid|miedo) (?:to|de) (?:go back|volver|regresar)"
                r"|kicked me out|me corrio|touches me|me toca|bruises|moretones"
                r"|(?:hits|hitting|beats|beating|pega|golpea|pegandole) (?:a )?(?:my|mi) (?:mom"
                r"|mama|madre|sister|hermana|brother|hermano)|controls my|yelling at me|me grita"
                r"|raped|me violo|forced me"
            ),
            rule(
                r"(?:dont|do not|no) feel safe|no me siento (?:safe|segur[oa])|scared to go home"
                r"|afraid to go home|miedo de (?:estar en|ir a|volver a) (?:mi )?casa"
                r"|(?:hits|hit|beats|beat|beating) (?:us|me)|(?:me|nos) (?:golpea|pega|golpeaba"
                r"|pegaba|maltrata)|gets scary|wont let me (?:leave|go out)|no me deja salir"
                r"|takes my phone|me quita el telefono|broke my (?:nose|arm|jaw)|abusive"
                r"|(?:threatening|threatened|threatens) me|(?:miedo|scared|afraid) (?:de|of)"
                r" (?:el|ella|him|her|mi \w+|my \w+)|trapped|atrapad[oa]|me encerro|locked me"
                r"|raped|me violo|forced me|me obliga|abusa de mi|domestic violence"
                r"|violencia domestica|(?:scared|afraid) of (?:my"
                r"|him"
                r"|her)|le tengo miedo|threatens me|me amenaza|me grita"
            ),
        ),
    ),
    (
        "medical",
        (
            rule(r"heart attack|infarto|stroke|derrame"),
            rule(
                r"(?:severe|really bad|horrible|muy fuerte) (?:\w+ )?(?:pain|dolor)|stomach pain"
                r"|dolor de (?:estomago|panza)|black (?:stool|poop)|coffee grounds"
                r"|swollen (?:legs|feet|belly)|red streaks|cant feel (?:my|his|her)|vision"
                r"|no (?:puedo|puede) ver bien|hinchad[oa]|(?:pregnant|embarazada) (?:\w+ ){0,3}"
                r"(?:using|drinking|usando|tomando|fent\w*|heroin\w*|meth|cristal)"
            ),
            rule(
                r"(?:skin|eyes) (?:is |are )?(?:yellow|turning yellow)|belly (?:is )?swollen"
                r"|piel amarilla|ojos amarillos|red hot|abscess|absceso|chest pains?"
                r"|hospital por el corazon|fever|fiebre|infected|infectad[oa]|palpitaciones"
                r"|palpitations|fainted|me desmaye|heart (?:hurts|feels weird)"
                r"|corazon (?:acelerado|raro)|(?:cant|no puede|no puedo) keep (?:anything"
                r"|water) down"
                r"|(?:vomiting|throwing up|vomitando) (?:for|por|all|todo)|dehydrated|deshidratad"
                # Pregnancy alone is no danger (domain.md §3.3b: with bleeding or withdrawal).
                r"|jaundice|blood sugar|allergic|seizure|bleeding|sangrando"
                r"|overheating|(?:cant|can not|cannot) breathe|no puedo respirar"
            ),
        ),
    ),
    (
        "emergency_plea",
        (
            rule(
                r"no se que hacer|(?:dont|idk|do not) (?:know )?what to do|alguien que me ayude"
                r"|ayudame por favor|answer me|respondan|contestame"
                r"|need someone (?:now|right now)|asap"
            ),
            rule(
                # "I need help right now" is also the general crisis request the engine answers
                # with every line (tests/transcripts/crisis_at_start.txt).
                r"help right now|please help|pls help|plz help|ayuda por favor|what do i do"
                r"|que hago|que hacemos"
                r"|911|is anyone there|hay alguien|(?:somebody|someone|alguien) (?:help|ayudeme"
                r"|ayudenos)|somethings wrong|something is (?:really |very )?wrong|algo anda mal"
                r"|algo le pasa|help (?:me|us) (?:please|pls|plz)|help help|ayuda ayuda"
                r"|respond please|contesten|please hurry|this is serious|es grave"
            ),
        ),
    ),
)

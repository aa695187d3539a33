"""Which messages the learned layer never raises: answers, a few words, commands; pure.

A person answers the intake questions in a word or a phrase ("for my son", "medicaid", "he
drinks every day", "mi hijo de 17", "sin seguro"). A check-in there would be wrong and would
teach people to ignore it, so these messages are left to the rules alone (which raise nothing
on them either). A message with no danger word is a *plain answer* when every word of it is an
intake word (the families below and the words of the options of the intake questions, from the
text catalog), a number, or, next to a place cue ("near", "live in", a state or a ZIP), one of
up to :data:`PLACE_WORDS` other words (a city). A message of at most :data:`SHORT_WORDS` words
is too short for the layer unless it holds a danger word; one of the bot's commands ("help",
"start over") and a message of symbols are left alone too.

The gates were checked against the training sets: they keep every plain answer from the layer
and leave 4 crisis messages of 971 to the rules alone: "HELP", "HELP ME" and "AYUDA" (the help
command, which shows the crisis numbers with the menu) and "wrote my note" (a rule finds it).
"""

from __future__ import annotations

import re
from functools import cache

from bot.core.crisis.features import fold
from bot.core.crisis.phrases import word_set
from bot.core.texts import CATALOG

SHORT_WORDS = 3
PLACE_WORDS = 3
# Shorter words are no evidence of anything: "key" counts, "%s", "n" and "{0}" do not.
WORD_LETTERS = 3

# Words that name a danger in any message: never an intake word, and a short message with one
# of them is read by the layer.
DANGER = re.compile(
    r"\b(?:die|dying|died|dead|death|kill\w*|suicid\w*|overdos\w*|od|oded|odd|kms|unalive\w*"
    r"|jump\w*|bridge|rope|noose|gun|guns|knife|hurt\w*|cut\w*|blood\w*|bleed\w*|breath\w*"
    # Pleas, typos and all: "helppp", "emergancy", "im in trouble", "somebody do something".
    r"|hel+p+\w*|emerg\w*|sos|ayud\w*|auxilio|socorro|hurry|apur\w*|prisa|ambulanc\w*"
    r"|trouble|panic\w*|freak\w*|bad|worse|worst|scary|somebody|anybody|anyone|alguien"
    r"|do something|haz algo|hagan algo|morir\w*|muert\w*|muero|matar\w*|mata|sangr\w*"
    r"|pistola|arma|cuchillo|bye|goodbye|adios|hit\w*|beat\w*|scared|afraid|miedo|danger\w*"
    r"|peligro|urgent\w*|hospital|911|988|blue|azul|morad[oa]|unconscious"
    r"|inconsciente|wake|despierta\w*|hopeless|pointless|burden|carga|vanish\w*"
    r"|disappear\w*|desaparec\w*"
    # Signs of withdrawal and of a home that is not safe.
    r"|dts|delirium|seiz\w*|convuls\w*|shak\w*|trembl\w*|tembl\w*|tiembl\w*|sweat\w*"
    r"|sudor\w*|sudando|malilla|dopesick|respir\w*|chok\w*|violen\w*|abus\w*|de golpe"
    r"|cold turkey|detox\w*(?: \w+){0,4} (?:at home|on (?:my|his|her) own|by (?:my|him|her)self"
    r"|alone|en casa|sol[oa])"
    # Pills counted out, and a person asked for now.
    r"|(?:took|tomo|se tomo|swallowed|ate|trago) (?:like |about |como |unas |unos )?\d+"
    r"|se (?:tomo|trago) (?:todo|todas|el|la|un|una)|need someone"
    r"|talk to someone|necesito a alguien|hablar con alguien|not (?:good|ok|okay|safe)"
    r"|hasta la madre|hart[oa]s? de|cansad[oa]s? de|(?:cant|cannot|no puedo) (?:keep|go on|take"
    r"|do this|anymore|live|seguir|mas)|living like this|vivir asi"
    r"|no (?:esta|estoy|estamos) bien)\b"
)
INTAKE_WORDS = word_set(
    # Yes, no, not sure, and the small words around answers, in both languages.
    """yes yeah yea yep yup ya si sip no nope nah ok okay k sure cool fine right thats that
    correct true maybe perhaps idk dunno not sure tbh honestly actually uh um hmm skip either
    any whatever both neither claro bueno vale tal vez quizas quiza creo se sabe pues este
    now already still can could would will want wants need needs prefer rather looking find
    program programs group groups iop treatment rehab outpatient detox counseling therapy
    plus go goes get getting go ahead tambien ahora ya quiero necesito prefiero busco puede
    a an the and or of to for my is it its i im me myself mine we us our he she hes shes him
    her his they them their theyre with at on in from about just only mostly mainly like also
    too but if some more most much very really kind of by through thru via than then there
    de la el los las lo y e o u con en para por mi mis yo su sus es un una al del le les que
    nos nosotros ella ellos ellas ese esa este esta esto tambien pero solo mas muy como
    """
    # Who the help is for, and their age and sex.
    """son sons daughter daughters stepson stepdaughter husband wife partner spouse boyfriend
    girlfriend fiance fiancee brother sister mom mother dad father parent parents kid kids
    child children teen teenager friend cousin uncle aunt nephew niece grandson granddaughter
    grandma grandpa grandmother grandfather abuela abuelo stepdad stepmom roommate loved one
    someone else family
    hijo hija hijos hijas esposo esposa marido mujer pareja novio novia hermano hermana mama
    papa madre padre amigo amiga primo prima tio tia sobrino sobrina nieto nieta familia
    male female man woman boy girl hombre mujer nino nina chico chica
    old years year yrs yr yo age aged anos ano edad tiene tengo tienen has have am are was be
    """
    # What they use and how often.
    """alcohol drinking drinks drink drank drinker beer beers wine liquor vodka whiskey tequila
    heroin fentanyl fent opioids opioid opiates pills percs percocet oxy oxycodone meth
    crystal cocaine coke crack weed marijuana pot xanax benzos benzo kratom gambling smokes
    smoke smoking uses use using used drugs drug substance substances edibles vape vaping
    suboxone methadone vivitrol subs meds med medicine medicines medication medications
    medicamento medicamentos medicina
    bebe bebiendo toma tomando cerveza vino licor heroina cocaina cristal mota marihuana
    pastillas drogas droga fuma fumando usa usando
    every day days daily night nightly week weekly weekend weekends all time times lot often
    always sometimes most each hard heavy heavily bottle bottles pack cada dia dias diario
    todos todas noche noches semana mucho poco siempre veces vez
    """
    # How they pay.
    """insurance insured uninsured medicaid medicare medi cal medical tricare va veteran vet
    bcbs blue cross shield aetna cigna humana united unitedhealthcare kaiser anthem
    caresource molina ambetter wellcare centene amerigroup private self pay paying cash
    sliding scale fee free cost job work employer plan supplement dont do does doesnt
    seguro aseguranza sin tengo nada pagar pago efectivo trabajo gratis plan
    """
    # When and how they can go.
    """morning mornings afternoon afternoons evening evenings nights daytime weekday weekdays
    after before work school only pls please better best works good possible available
    anytime schedule flexible mon tue wed thu fri sat sun monday tuesday wednesday thursday
    friday saturday sunday m f am pm oclock
    manana mananas tarde tardes fin fines semana mejor favor horario entre semana
    online virtual telehealth telemedicine zoom phone person inperson video remote
    linea persona presencial
    english spanish espanol ingles language idioma speak speaks habla hablo well bien
    """
    # More of the same families: ages and durations, coverage, street names, everyday verbs.
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy months month
    weeks week hours hour minutes min mins adult adults minor teens teenage young older senior
    ppo hmo epo obamacare marketplace oscar highmark upmc geisinger amerihealth wellpoint
    bluecross chip peachcare coverage cover covered covers covering accept accepts afford cheap
    cheaper money union cobra employer state provided through
    molly ecstasy lsd acid shrooms mushrooms ketamine xans norco vicodin tramadol gabapentin
    kpins ativan valium adderall speed crank ice tina dope fetty lean syrup codeine hydros oxys
    bupe sublocade naltrexone alcoholic alcoholism addiction addicted addict problem problems
    issue issues habit recovery relapse relapsed sober clean snorts snorting smoked injects
    takes took pops vapes is are was were been had works lives stays stay likes prefers
    speaks great fine better good ones one whichever closest nearest closer far drive driving
    distance home house here job shift shifts lunch weeknights weeknight
    meses semanas horas adulto adultos joven viejo mayor anos tienen vivimos estamos trabaja
    estudia fuma toma bebe inhala foco pasto piedra despues antes escuela cualquiera ninguno
    lejos cuesta costo cubre acepta aceptan mi mis tu tus nuestro
    """
    # How much and since when: "he drinks about a 12 pack a day", "empezó a los 15".
    """started start starts began begun since ago age high college whole life pack packs case
    cases fifth fifths handle handles pint pints shot shots glass glasses cans bottle bottles
    joint joints gram grams g bag bags point points line lines binge binges socially
    occasionally usually usual roughly almost nearly other couple few several lots tons
    started gets got went goes go
    empezo empece empezaron comenzo desde hace diario diaria botella botellas latas lata
    caguama caguamas six twelve paquete gramos vasos copas tragos
    """
    # Courtesy and the small words of a longer answer: "3 times per week, thanks".
    """thanks thank thx ty gracias please pls plz porfa porfavor so this these those what when
    where who how many per x monthly off around side street st ave road suburbs local upstate
    downstate metro perfect bilingual call text isnt arent else because bc cuz since hmm
    """
    # The small words of Spanish answers, and their texting shorthand ("q", "xq", "nomas").
    """es son era fue estan estoy hay pueden puedo quiere gusta gustaria sirve funcione funciona
    trabajo vivo lleva llevo llevan uso fumo bebo unos unas lo estos estas esos esas eso esto
    aquel todo toda otro otra otros otras mucha muchos muchas poca pocos pocas algo alguno
    alguna ninguna ante bajo contra desde entre hacia hasta segun sobre tras e ni u sino
    porque como cuando donde cual quien menos casi aun tampoco nomas solamente partir
    programa q k xq pq porq xfa chupe chupar puro pura puros puras except besides less
    """
    # The present tense of the verbs of answers, every person ("tenemos", "viven", "buscan").
    """tengo tienes tiene tenemos tienen vivo vives vive vivimos viven estoy estas esta estamos
    estan soy eres es somos son quiero quieres quiere queremos quieren puedo puedes puede
    podemos pueden prefiero prefieres prefiere preferimos prefieren necesito necesitas
    necesita necesitamos necesitan busco buscas busca buscamos buscan uso usas usa usamos usan
    tomas toma tomamos toman bebo bebes bebe bebemos beben fumo fumas fuma fumamos fuman pago
    pagas paga pagamos pagan trabajo trabajas trabaja trabajamos trabajan hablo hablas habla
    hablamos hablan
    """
    # Picking a program on the results: "tell me about the second one", "call the first".
    """tell show see look open save saved call phone number website address directions details
    detail info information first second third fourth fifth last next previous list page
    dime muestrame ver abre guarda llama llamar telefono numero direccion detalles primero
    primera segundo segunda tercero tercera cuarto siguiente anterior pagina
    """
    # People and work as they are called at home, in both languages and in between.
    """bro sis hubby wifey ma pa pops bf gf bff fam mijo mija mijito mijita jefa jefita jefe
    jefito carnal carnala morro morra chavo chava chamaco chamaca apa ama chamba healthcare
    health anything anywhere whoever wherever whenever
    """
    # How sure and how much, the hedges of an answer: "yes pretty much every day", "casi diario".
    """pretty kinda sorta basically literally probably definitely usually generally totally
    mostly almost nearly exactly quite fairly somewhat rather def prob defo lol haha even ever
    anyway anyways
    bastante casi practicamente basicamente seguramente probablemente generalmente
    normalmente exactamente mas menos medio jaja
    """
    # Where.
    """near nearby around area close city town county state live lives living zip code
    within miles mile outside downtown north south east west cerca vivo vive ciudad estado
    condado codigo postal millas
    """
)

# Words that say the next words are a place: a city name is not an intake word, but is one here.
PLACE_CUE = re.compile(
    r"\b(?:near|nearby|outside of|live in|lives in|area|vivo en|vive en|cerca de|\d{5}"
    # The state codes that are not also everyday words ("in", "me", "ok", "pa", "la").
    r"|ak|az|ar|ca|ct|fl|ga|il|ia|ks|ky|md|mn|ms|mt|nv|nh|nj|nm|ny|nc|nd|ri|sc|sd|tn|tx|ut|vt"
    r"|wv|wi|wy|dc"
    r"|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida"
    r"|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland"
    r"|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada"
    r"|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma"
    r"|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah"
    r"|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico)\b"
)


# The intake questions and the program screens whose options people answer in words of their
# own (not the safety, withdrawal or home questions: their options name dangers).
_QUESTIONS = word_set(
    "for_whom age pay schedule substance place language lang group medication radius one_to_one"
    " yes no unsure skip results details saved item summary callprep status remind tracker"
)

# Phrases of answers that hold a danger word: insurers ("blue" of blue lips), help asked for
# someone or something rather than now ("help for my son", "ayuda para mi esposo"), and the
# names of services and groups ("substance abuse", "domestic violence survivors").
_NOT_DANGER = re.compile(
    r"\b(?:blue (?:cross|shield)|cruz azul|cut(?:ting)? (?:back|down)"
    r"|(?:substance|alcohol|drug|drugs) abuse"
    r"|abuso de (?:sustancias|alcohol|drogas)|domestic violence|violencia domestica"
    r"|(?:help|ayuda) (?:for|with|finding|find|getting|paying|choosing|para|con|a encontrar"
    r"|a buscar|de)"
    # Help someone needs, the reason to use this bot: "my brother needs help".
    r"|(?:son|daughter|brother|sister|husband|wife|mom|dad|mother|father|friend|partner|kid"
    r"|hijo|hija|hermano|hermana|esposo|esposa|mama|papa|amigo|amiga|he|she|el|ella)"
    r" (?:\w+ ){0,2}(?:needs|need|necesita|quiere) (?:some |mucha )?(?:help|ayuda)"
    # Help asked for with the use itself: "necesito ayuda tomo mucho", "need help i drink".
    r"|(?:help|ayuda) (?:(?:i|yo|please|por favor|porfa) )?(?:tomo|bebo|uso|fumo|drink|use"
    r"|smoke|im drinking|im using|estoy tomando|estoy usando))\b"
)


# A number, a time or a distance: "17", "5pm", "10mi", "3rd".
_NUMBER = re.compile(r"\d+(?:am|pm|mi|yo|yrs|st|nd|rd|th|s|k)?")


def is_short(normalized: str) -> bool:
    """Whether a message is a few words with no danger word: too little for the layer."""
    return len(normalized.split()) <= SHORT_WORDS and DANGER.search(normalized) is None


def names_a_danger(text: str) -> bool:
    """Whether a message holds a word that names a danger ("hurt", "bleeding", "adiós"), not
    counting the names of insurers, services and groups ("Blue Cross", "domestic violence
    survivors")."""
    return DANGER.search(_NOT_DANGER.sub(" ", fold(text))) is not None


def is_plain_answer(normalized: str) -> bool:
    """Whether a message is a plain answer to an intake question (who, what, when, where)."""
    normalized = _NOT_DANGER.sub(" ", normalized)
    if DANGER.search(normalized) is not None:
        return False
    known = _intake_words()
    unknown = [w for w in normalized.split() if w not in known and not _NUMBER.fullmatch(w)]
    if not unknown:
        return True
    return len(unknown) <= PLACE_WORDS and PLACE_CUE.search(normalized) is not None


@cache
def _intake_words() -> frozenset[str]:
    """The intake words: the families above and the words of the intake options' synonyms."""
    words = set(INTAKE_WORDS)
    for texts in CATALOG.values():
        for text_id, synonyms in texts.items():
            if text_id.endswith(".syn") and text_id.split(".")[1] in _QUESTIONS:
                words.update(fold(synonyms).split())
    # Options name dangers too ("unsafe", "shakes"): a danger word is never an intake word.
    return frozenset(w for w in words if DANGER.search(w) is None)


def is_command(normalized: str) -> bool:
    """Whether a message is one of the bot's own commands in words ("help", "start over")."""
    return normalized in _commands()


@cache
def _commands() -> frozenset[str]:
    """Every way the catalog lists to say a command: help, back, restart, edit, a language."""
    return frozenset(
        fold(phrase)
        for texts in CATALOG.values()
        for text_id, synonyms in texts.items()
        if text_id.startswith("intent.") and text_id.endswith(".syn")
        for phrase in synonyms.split("|")
    )


def is_gibberish(normalized: str) -> bool:
    """Whether a message has too few real words to read: symbols, codes, stray letters."""
    words = {w for w in normalized.split() if len(w) >= WORD_LETTERS and w.isalpha()}
    return len(words) < 2 and DANGER.search(normalized) is None


def never_raised(text: str) -> bool:
    """Whether the learned layer must leave a message alone: short, a plain answer, one of the
    bot's commands ("help" asks for the menu; the rules still read "help now"), or symbols."""
    normalized = fold(text)
    return (
        is_short(normalized)
        or is_plain_answer(normalized)
        or is_command(normalized)
        or is_gibberish(normalized)
    )

"""The phrase rules of dangers beyond drugs (violence, an unsafe home, medical, a plea); data."""

from __future__ import annotations

import re

from bot.core.crisis.phrases import WEAPON as _WEAPON
from bot.core.crisis.reading import near, rule

_PREGNANT = re.compile(r"\b(?:pregnant|embarazada|pregnancy|embarazo|weeks along)\b")
_HARM = r"(?:kill|shoot|stab|murder|beat up|hurt|run \w+ over|run people over|strangle|choke)"

VIOLENCE_RULES = (
    rule(
        r"(?:gonna|going to|will|ill|im gonna|gunna|about to|want to|wanna|says hes gonna"
        r"|says hes going to|says shes gonna|threatening to|threatens to|swear|gonna go|to go)"
        rf" {_HARM} (?!me\b|myself|you\b|time\b|it\b|for\b)\w+"
        r"|(?:voy|va|vamos|van|iba) a (?:matar|apunalar|disparar|lastimar|golpear|picar)"
        r" (?:a|al) \w+|(?:voy|va|vamos|van) a (?:matarlo|matarla|matarlos|picarlo|darle un tiro)"
        r"|(?:amenaza|amenazando|amenazo|threatening|threatened|threatens|threaten) (?:con \w+ )?"
        r"(?:a |al |to )?(?!me\b)(?:his|her|my|mi|su|sus|los|las|the|people|a|al|neighbors"
        r"|vecinos|everyone|someone|alguien|him|them|\w+)"
        rf"|(?:chasing|swinging|waving|pointing|grabbed|with|has|tiene|anda con|con|trae|sacó|saco"
        rf"|got) (?:a |an |his |her |my |un |una |su |el |la )?{_WEAPON}"
        rf"|{_WEAPON} (?:and|y) (?:\w+ ){{0,3}}(?:threat|amenaz|saying|dice|yelling|gritando)"
        r"|(?:hurting|hurt|kill|lastimar|hacerle dano a|danar a|matar a) (?:someone|somebody"
        r"|alguien)|someones gonna get hurt|punching holes|rompiendo todo|breaking everything"
        r"|(?:gonna|going to|ill) (?:go )?find (?:the|that) (?:guy|dude)|find the guy who"
        r"|get my gun|voy por mi (?:pistola|arma|cuchillo)|matar a ese|kill that"
        r"|(?:lo|la|los|las) (?:voy|va|vamos|van) a (?:matar|picar|golpear|lastimar|madrear)"
        r"|(?:quiero|queria) matarl[oa]s?|(?:ill|im gonna|im going to|i will|gonna) (?:kill|hurt"
        r"|stab|shoot) (?:him|her|them)"
        r"|(?:hitting|punching|beating|choking|attacking|stabbed|shot) (?:his|her|their|the|my)"
        r" (?:wife|husband|mom|mother|dad|father|kids?|sister|brother|girlfriend|boyfriend|son"
        r"|daughter|baby|grandma|neighbor)"
        r"|(?:le esta|esta) (?:pegando|golpeando) a|alguien va a salir (?:lastimado|herido)"
    ),
)

UNSAFE_HOME_RULES = (
    rule(
        r"(?:hitting|beating|choking|strangling|kicking|punching|hurting|attacking) me\b"
        r"|(?:threw|pushed|shoved|choked|hit|kicked|punched|slapped|strangled|attacked) me"
        r"|(?:says|said|threatens|threatening|threatened|keeps saying) (?:\w+ ){0,2}"
        r"(?:kill|hurt|shoot|stab) (?:me|us)"
        r"|end us all"
        r"|(?:me|nos) (?:esta |estan )?(?:pegando|golpeando|lastimando|ahorcando|amenazando)"
        r"|(?:esta|estan) (?:pegandome|golpeandome|lastimandome|amenazandome)"
        r"|(?:me|nos) (?:empujo|amenazo|pego|golpeo|ahorco|aventó|avento)"
        r"|(?:me|nos) amenaza con (?:matar|lastimar|pegar)"
        r"|amenaza con (?:matarme|lastimarme|pegarme)"
        r"|banging on (?:the|my) door|(?:me|nos) (?:va|van) a (?:matar|lastimar|pegar)"
        r" (?!si\b|cuando\b)"
    ),
    # "he's gonna hurt me", not "my wife will kill me if she finds out" (an idiom).
    rule(
        r"(?:he|she|they|hes|shes|theyre|hell|shell|theyll|he is|she is)(?: \w+)?"
        r" (?:gonna |going to |will |is going to )?(?:kill|hurt|shoot|stab) (?:me|us)",
        unless_followed_by="if|when|lol|haha|lmao|for|because|bc",
    ),
)

MEDICAL_RULES = (
    rule(
        r"chest (?:pain|pains|hurts|is hurting|feels tight|is tight|tightness|esta doliendo"
        r"|me duele)|pain in (?:my|his|her) chest"
        r"|(?:having|had|has|think (?:its|im having|hes having|shes having)) (?:a |an |un )?"
        r"(?:heart attack|stroke|infarto|derrame)|(?:le|me) (?:esta )?dando un (?:infarto|derrame)"
        r"|(?:dolor (?:de|en el) pecho|duele (?:mucho |muchisimo )?el (?:pecho|corazon))"
        r"|(?:arm|brazo|face|cara) (?:is |went |feels )?(?:numb|dormid[oa]|drooping)"
        r"|(?:heart|hearts|corazon) (?:is )?(?:beating|racing|pounding|late) (?:so |muy )?"
        r"(?:fast|rapido|hard|fuerte)"
        r"|(?:throwing up|vomiting|puking|coughing up|vomitando|vomita|tosiendo) (?:\w+ )?"
        r"(?:blood|sangre)|hit (?:his|her|my|their) head"
        r"|(?:se|me) (?:pego|golpeo) (?:en )?la cabeza"
        r"|cant catch (?:my|his|her) breath|trouble breathing|no (?:puedo|puede) respirar bien"
        r"|(?:lips|labios) (?:are )?(?:tingling|numb)|bleeding (?:a lot|badly|heavily)"
        r"|sangrando mucho|(?:overheating|temperature is|fever of) \d*"
    ),
    rule(
        r"(?:bleeding|sangrando|sangre|withdrawal|withdrawals|malilla|contracciones|contractions"
        r"|cramping|hasnt moved|no se mueve|dopesick|abstinencia|dolores)",
        near(_PREGNANT),
    ),
)

EMERGENCY_PLEA_RULES = (
    rule(
        r"(?:an|una|its an|es una|this is an|medical) (?:emergency|emergencia)"
        r"|emergency(?! (?:room|contact|number|numbers|detox|services?|department|fund|line))"
        r"|emergencia|sos|auxilio|socorro|urgente|urgent(?! care)|ambulance|ambulancia"
        r"|call 911|llamen? (?:a alguien|al 911|una ambulancia)|help (?:now|me now|asap)"
        r"|(?:ayuda|ayudenme|ayudame) (?:ya|ahora|rapido)|ayudenme"
        r"|something (?:is )?(?:really |very |seriously )?wrong with"
        r"|something bad is happening|this cant wait|is there a human"
        r"|algo (?:esta )?(?:muy )?mal con|algo malo (?:esta pasando|pasa)|hurry|apurense"
        r"|necesito ayuda (?:ya|ahora|urgente)|(?:call|llamar|llamen|llame) (?:an|a|una)"
        r" (?:ambulance|ambulancia)",
        unless_followed_by="room|contact|number|de emergencia",
    ),
)

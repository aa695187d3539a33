"""A yes to "are you safe right now?" or a no to "is anyone in danger?", in words; pure."""

from __future__ import annotations

import re

from bot.core.crisis.features import fold

MAX_READ = 500  # an answer to a yes/no question is short; a long message is read in part

# A yes to "are you safe right now?" in the words people use: a yes first ("yes he's safe, he's
# sleeping", "yeah i think so", "sí, está dormido"), or safe, fine or out of danger said of
# someone ("she's fine now", "no one is in danger", "no está en peligro"). A doubt or a "not"
# before safe, fine or OK is never a yes: it goes where "no" goes.
_YES_FIRST = re.compile(
    r"^(?:yes|yeah|yea|yep|yup|yess|si|sip|claro|ok|okay|k|fine|safe|all good|im good|"
    r"were good|i think so|think so|creo que si)\b"
    r"|^(?:ya|yah|yas)$"  # "ya" alone; "ya no aguanto" (no longer) is no yes
)
_SAID_SAFE = re.compile(
    r"\b(?:(?:is|are|am|im|hes|shes|theyre|were|esta|estoy|estamos|estan|seems|feel|feels) "
    r"(?:safe|fine|ok|okay|good|alright|all right|a salvo|bien|tranquilo|tranquila)|"
    r"(?:not|isnt|arent|no|nadie) (?:in )?(?:any )?(?:danger|peligro)|"
    r"(?:no|nobody|no one|noone|nadie) (?:is |esta )?(?:in|en) (?:any )?(?:danger|peligro)|"
    r"(?:everyone|everybody|todos) (?:is |are |estamos |estan )?(?:safe|fine|ok|bien|a salvo))\b"
)
_DOUBT = re.compile(
    r"\b(?:(?:not|isnt|arent|aint|no|nunca|never)(?: \w+){0,2} (?:safe|ok|okay|fine|good|bien|"
    r"a salvo|alright)|not really|no se|dont know|idk|not sure|unsure|maybe|tal vez|quizas|"
    r"no creo|dont think|but|pero|guess|suppose|kinda|kind of|sort of|dont want|no quiero)\b"
)


def reads_safe(message: str) -> bool:
    """Whether a message answers "are you safe right now?" with a yes."""
    said = fold(message[:MAX_READ])  # "he's" is "hes"
    if _DOUBT.search(said):
        return False
    return _YES_FIRST.search(said) is not None or _SAID_SAFE.search(said) is not None

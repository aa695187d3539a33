"""Who needs treatment, in what relation to the writer, of what gender and age; pure."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.understanding.slots.numbers import years_in
from bot.core.understanding.slots.words import BREAK, NEGATIONS, Hit, Words, lexicon, listed

MAN, WOMAN = "man", "woman"

# Relation words, in English and Spanish: (relation, gender of the person, or "").
KIN: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("son", "sons", "stepson", "hijo", "hijastro"), ("son", MAN)),
    **dict.fromkeys(
        ("daughter", "daughters", "stepdaughter", "hija", "hijastra"), ("daughter", WOMAN)
    ),
    **dict.fromkeys(("child", "kid", "teenager", "teen", "childs", "kids"), ("child", "")),
    **dict.fromkeys(("husband", "hubby", "husbands", "esposo", "marido"), ("husband", MAN)),
    **dict.fromkeys(("wife", "wifes", "esposa", "mujer"), ("wife", WOMAN)),
    **dict.fromkeys(
        ("partner", "partners", "spouse", "fiance", "fiancee", "pareja"), ("partner", "")
    ),
    **dict.fromkeys(("boyfriend", "bf", "boyfriends", "novio"), ("boyfriend", MAN)),
    **dict.fromkeys(("girlfriend", "gf", "girlfriends", "novia"), ("girlfriend", WOMAN)),
    **dict.fromkeys(
        ("mom", "mother", "mum", "mommy", "moms", "mothers", "stepmom", "mama", "madre", "mami"),
        ("mother", WOMAN),
    ),
    **dict.fromkeys(
        ("dad", "father", "daddy", "dads", "fathers", "stepdad", "papa", "padre", "papi", "apa"),
        ("father", MAN),
    ),
    **dict.fromkeys(("brother", "bro", "brothers", "hermano", "hermanito"), ("brother", MAN)),
    **dict.fromkeys(("sister", "sis", "sisters", "hermana", "hermanita"), ("sister", WOMAN)),
    **dict.fromkeys(("grandson", "grandsons", "nieto"), ("grandson", MAN)),
    **dict.fromkeys(("granddaughter", "granddaughters", "nieta"), ("granddaughter", WOMAN)),
    **dict.fromkeys(("grandchild", "grandkid"), ("grandchild", "")),
    **dict.fromkeys(("nephew", "nephews", "sobrino"), ("nephew", MAN)),
    **dict.fromkeys(("niece", "nieces", "sobrina"), ("niece", WOMAN)),
    "cousin": ("cousin", ""),
    "primo": ("cousin", MAN),
    "prima": ("cousin", WOMAN),
    **dict.fromkeys(("uncle", "tio"), ("uncle", MAN)),
    **dict.fromkeys(("aunt", "auntie", "aunty", "tia"), ("aunt", WOMAN)),
    **dict.fromkeys(("friend", "friends", "buddy", "bestie", "homie"), ("friend", "")),
    "amigo": ("friend", MAN),
    "amiga": ("friend", WOMAN),
    **dict.fromkeys(("roommate", "roomie", "housemate"), ("roommate", "")),
    # Kin the flows have no relation for: someone else, of a known gender.
    **dict.fromkeys(
        ("grandma", "grandmother", "granny", "abuela", "suegra", "stepmother", "godmother"),
        ("", WOMAN),
    ),
    **dict.fromkeys(
        ("grandpa", "grandfather", "abuelo", "suegro", "stepfather", "godfather"), ("", MAN)
    ),
    **dict.fromkeys(("inlaw", "cunado"), ("", MAN)),
    "cunada": ("", WOMAN),
    **dict.fromkeys(("coworker", "colleague", "coworkers"), ("coworker", "")),
}
# Two-word relations, read as one ("compañero de cuarto", "co worker").
_KIN_WORDS = frozenset(KIN)
KIN_PHRASES = lexicon(
    {
        "roommate man": ("companero de cuarto",),
        "roommate woman": ("companera de cuarto",),
        "coworker man": ("companero de trabajo",),
        "coworker woman": ("companera de trabajo",),
        "roommate ": ("room mate",),
        " man": (r"(?:brother|father|son|step ?son|step ?father) in law",),
        " woman": (r"(?:sister|mother|daughter) in law",),
        "coworker ": ("co worker",),
        "child ": (r"(?:my|our|mi) \d{1,2} (?:year|yr) old", r"(?:my|our) \d{1,2}yo"),
    }
)
# Words that make a relation the writer's ("my", "mi", "for a", "para un").
OWNERS = frozenset(["my", "mi", "our", "nuestro", "nuestra", "a", "un", "una"])
# Plural relation words, kin only as possessives ("my son's girlfriend" is about the son).
PLURALS = frozenset(
    listed(
        "sons daughters kids childs husbands wifes partners boyfriends girlfriends moms mothers "
        "dads fathers brothers sisters grandsons granddaughters nephews nieces friends coworkers"
    )
)
# Relation words that, alone at the start, name an age or a kind of person rather than kin.
UNOWNED_AT_START = frozenset(
    ["teen", "teenager", "kid", "kids", "child", "childs", "mujer", "friend", "friends", "buddy"]
)
# Words allowed between the owner and the relation ("my elderly father", "my 16 year old son").
MODIFIERS = frozenset(
    listed("""
    elderly old older oldest young younger youngest little big baby teenage teen adult grown
    best ex step twin only year yr years yo de mayor menor pequeno chiquito querido querida
    """)
)
# Words between a negation and a relation it denies ("he's not my son").
BETWEEN_DENIAL = frozenset(listed("my mi es for para is its a un una our nuestro nuestra su"))
# After a relation, words saying that person is not the one in need ("my husband doesn't know").
BYSTANDER = (
    ("doesnt", "know"), ("dont", "know"), ("knows",), ("found", "out"), ("thinks",), ("says",),
    ("told", "me"), ("wants", "me"), ("no", "sabe"), ("no", "saben"), ("sabe",), ("dice",),
    ("and", "i"), ("y", "yo"),
)  # fmt: skip
# "I'm his mom" names the child; "I'm her husband" the wife: role -> (his, her, either).
ROLES = {
    **dict.fromkeys(
        ("mom", "mother", "mum", "dad", "father", "parent", "mama", "madre", "papa", "padre"),
        ("son", "daughter", "child"),
    ),
    **dict.fromkeys(
        ("grandma", "grandmother", "grandpa", "grandfather", "abuela", "abuelo"),
        ("grandson", "granddaughter", "grandchild"),
    ),
    **dict.fromkeys(("wife", "esposa", "girlfriend", "novia"), ("husband", "", "")),
    **dict.fromkeys(("husband", "esposo", "boyfriend", "novio"), ("", "wife", "")),
    **dict.fromkeys(("sister", "brother", "hermana", "hermano"), ("brother", "sister", "")),
    **dict.fromkeys(("aunt", "uncle", "tia", "tio"), ("nephew", "niece", "")),
    **dict.fromkeys(("friend", "amigo", "amiga"), ("friend", "friend", "friend")),
}
GENDER_OF = {
    "son": MAN, "daughter": WOMAN, "husband": MAN, "wife": WOMAN, "boyfriend": MAN,
    "girlfriend": WOMAN, "brother": MAN, "sister": WOMAN, "grandson": MAN,
    "granddaughter": WOMAN, "nephew": MAN, "niece": WOMAN,
}  # fmt: skip
HE = frozenset(listed("he hes him his himself"))
SHE = frozenset(listed("she shes her hers herself ella"))
# Spanish "he" is "I have" ("he estado"): not a pronoun before a participle.
_PARTICIPLE_ENDINGS = ("ado", "ido", "echo", "isto", "icho")

# "For me", "para mí": negated in "not for me, for my daughter".
FOR_ME = lexicon(
    {
        "self": (
            "for me", "for myself", "myself", "para mi", "para mi mismo", "para mi misma",
            "yo mismo", "yo misma", "its me", "soy yo", "i am the one", "im the one",
        ),
    }
)  # fmt: skip
# The writer speaking of their own use, body or situation: "I drink", "I'm 34", "tomo".
# What the writer owns or pays with (insurance, a car, money) does not say who the patient is.
SELF = lexicon(
    {
        "self": (
            r"i (?:drink|drank|use|used|smoke|take|live|relapsed|stopped|quit|started|"
            r"cant (?:stop|quit|lose|miss|take)|"
            r"struggle|inject|shoot|snort|abuse|need (?:treatment|rehab|detox|an iop)"
            r"|want to (?:stop|quit|start|get))",
            r"(?:im|i am) (?:not )?(?:addicted|hooked|an addict|addict|an alcoholic|alcoholic|"
            r"using|drinking|smoking|pregnant|homeless|a veteran|a vet|veteran|on|struggling|"
            r"dependent|\d+|\d+[fm]|a woman|a man|a female|a male|a girl|a guy|trans|gay|deaf|"
            r"native|sober|clean|in withdrawal|dopesick|dope sick|withdrawing|relapsing|"
            r"in recovery|ready|a recovering|unemployed|an? \w+ (?:addict|alcoholic|user))",
            r"ive been (?:using|drinking|smoking|taking|shooting|snorting|sober|clean|on)",
            "ive had",
            r"(?:soy|tomo|bebo|uso|fumo|consumo|vivo|recai|me inyecto|me drogo)", "deje de",
            r"tuve (?:un dui|una recaida|convulsiones|un problema)",
            r"estoy (?:embarazada|en probatoria|en recuperacion|tomando|usando|bebiendo|limpi[oa]"
            r"|sobri[oa]|adict[oa]|enganchad[oa]|deprimid[oa]|en la calle)",
            r"tengo (?:\d+|un problema|problemas|adiccion|depresion|ansiedad)",
        ),
    }
)  # fmt: skip
OTHERS = lexicon(
    {
        "other": (
            "for someone", "someone else", "somebody else", "a loved one", "loved one",
            "family member", "para alguien", "un familiar", "un ser querido",
        )
    }
)  # fmt: skip
SELF_GENDER = lexicon(
    {
        WOMAN: (r"(?:im|i am) a (?:woman|female|girl|mom|mother|lady)", "as a woman",
                r"(?:im|i am) \d{2}f",
                "soy mujer", "soy una mujer", "soy madre", "soy mama"),
        MAN: (r"(?:im|i am) a (?:man|male|guy|dad|father)", "as a man", "soy hombre",
              r"(?:im|i am) \d{2}m",
              "soy un hombre", "soy padre", "soy papa"),
    }
)  # fmt: skip
ROLE_PATTERN = lexicon(
    {"role": (r"(?:im|i am|soy) (?:his|her|their|su|the|la|el) (?:" + "|".join(ROLES) + ")",)}
)


@dataclass(frozen=True, slots=True)
class Who:
    """Who a message is about: self or other, the relation, gender, age group and years."""

    for_whom: str | None = None
    relation: str | None = None
    gender: str | None = None
    age: str | None = None
    years: int | None = None


def relation_in(words: Words) -> tuple[str, str] | None:
    """The first relation the writer names as theirs: (relation, gender or "")."""
    tokens = words.tokens
    for hit in KIN_PHRASES.find(words):
        relation, gender = hit.value.split(" ")
        named = KIN.get(tokens[hit.end]) if hit.end < len(tokens) else None
        return named or (relation, gender)  # "my 19 year old son" is a son
    for index, token in enumerate(tokens):
        found = KIN.get(token)
        if found is None or _bystander(words, index + 1) or _denied(words, index):
            continue
        if token in PLURALS and token not in words.possessives:
            continue  # "my kids", "mis hijos": more than one person, or no one in particular
        if _owned(words, index):
            return found
    # No kin named as the writer's: "I'm his mom" names the son.
    for hit in ROLE_PATTERN.find(words):
        owner, role = tokens[hit.end - 2], tokens[hit.end - 1]
        his, her, either = ROLES[role]
        pick = his if owner == "his" else her if owner == "her" else either
        if pick:
            return pick, GENDER_OF.get(pick, "")
    return None


def _owned(words: Words, index: int) -> bool:
    """Whether a relation word is the writer's: "my son", "mi hijo", "a friend of mine"."""
    tokens = words.tokens
    if words.after(index + 1, 2) == ["of", "mine"]:
        return True
    if index == 0 or tokens[index - 1] == BREAK:
        return tokens[index] not in UNOWNED_AT_START
    for back in range(index - 1, max(-1, index - 5), -1):
        token = tokens[back]
        if token in OWNERS:
            return token not in ("a", "un", "una") or (back > 0 and tokens[back - 1] in (
                "for", "para", "its", "es"
            ))  # fmt: skip
        if token not in MODIFIERS and not token.isdecimal():
            return False
    return False


def _paying(words: Words, hit: Hit) -> bool:
    """Whether "myself" is how the writer pays ("paying myself"), not who needs help."""
    return bool(set(words.before(hit.start, 1)) & {"pay", "paying", "paid", "pagar", "pago"})


def _denied(words: Words, index: int) -> bool:
    """Whether the relation is denied: "not my son", "no es mi hijo", "isn't for my wife"."""
    for token in words.before(index, 4):
        if token in NEGATIONS:
            return True
        if token not in BETWEEN_DENIAL:
            return False
    return False


def _bystander(words: Words, index: int) -> bool:
    """Whether the words after a relation say that person only knows or tells."""
    following = tuple(words.after(index, 3))
    return any(following[: len(b)] == b for b in BYSTANDER)


def _pronoun_gender(words: Words) -> tuple[bool, str]:
    """Whether a third person is spoken of, and their gender when only one is."""
    tokens = words.tokens
    genders: set[str] = set()
    for index, token in enumerate(tokens):
        if token in HE:
            nxt = tokens[index + 1] if index + 1 < len(tokens) else ""
            if token == "he" and nxt.endswith(_PARTICIPLE_ENDINGS):
                continue
            genders.add(MAN)
        elif token in SHE:
            genders.add(WOMAN)
    if "él" in (t.casefold() for t in words.typed):
        genders.add(MAN)
    return bool(genders), genders.pop() if len(genders) == 1 else ""


def who_in(words: Words) -> Who:
    """Who the message is about."""
    relation = relation_in(words)
    spoken_of, pronoun_gender = _pronoun_gender(words)
    for_me = [h for h in FOR_ME.find(words) if not words.negated(h) and not _paying(words, h)]
    self_said = bool(for_me) or bool(SELF.find(words))
    other_said = bool(OTHERS.values_in(words))
    gender = ""
    for_whom: str | None = None
    if relation or other_said:
        for_whom = "other"
        gender = relation[1] if relation and relation[1] else pronoun_gender
    elif spoken_of and not self_said:
        for_whom, gender = "other", pronoun_gender
    elif self_said and not spoken_of:
        for_whom = "self"
        said = SELF_GENDER.values_in(words)
        gender = said[0] if len(said) == 1 else ""
    years, age = years_in(words, bool(relation) or spoken_of or self_said, _KIN_WORDS)
    return Who(
        for_whom=for_whom,
        relation=relation[0] if relation and relation[0] else None,
        gender=gender or None,
        age=age,
        years=years,
    )

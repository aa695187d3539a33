"""Substances, withdrawal, daily use and medication for addiction, in street and brand names;
pure. A negated substance ("doesn't drink", "no alcohol just pills") is left out."""

from __future__ import annotations

from bot.core.understanding.slots.words import NEGATIONS, Hit, Words, lexicon, listed

SUBSTANCE_WORDS: dict[str, tuple[str, ...]] = {
    "alcohol": (
        "alcohol", "alcoholic", "alcoholism", "alcoholico", "alcoholica", "alcoholismo", "alc",
        "alcol", "alcool", "drinkin", "drinkn", "pistiando", "chupes",
        "drink", "drinks", "drinking", "drank", "drunk", "drinker", "booze", "boozing", "beer",
        "beers", "wine", "liquor", "vodka", "whiskey", "whisky", "tequila", "rum", "hard liquor",
        "fifths", "a fifth", "cerveza", "cervezas", "chela", "chelas", "caguama", "caguamas",
        "vino", "licor", "chupe", "chupa", "chupar", "chupando", "pisto", "pistear", "pistea",
        "pisteando", "bebe", "beber", "bebiendo", "bebo", "bebida", "bebidas", "trago", "tragos",
        "borracho", "borracha", "emborracha", "guaro", "toma", "tomo", "tomar", "tomando",
        "tomaba", "toman",
    ),
    "opioids": (
        "opioid", "opioids", "opiate", "opiates", "heroin", "heroina", "fentanyl", "fent",
        "fenty", "fetty", "fentanilo", "fenta", "dope", "dopesick", "oxy", "oxys", "oxycodone",
        "oxycontin", "oxycotin", "percs", "perc", "percocet", "percocets", "roxy", "roxies",
        "m30", "m30s", "vicodin", "hydrocodone", "norco", "norcos", "hydros", "tramadol",
        "codeine", "codeina", "lean", "purple drank", "morphine", "morfina", "dilaudid",
        "pain pills", "painkillers", "pain killers", "pain meds", "pastillas para el dolor",
        "pastillas del dolor",
        "chiva", "black tar", "opioides", "opiaceos", "herion", "heroine",
    ),
    "benzos": (
        "benzo", "benzos", "benzodiazepine", "benzodiazepines", "benzodiazepinas", "xanax",
        "xannies", "xans", "xanies", "bars", "valium", "klonopin", "klonopins", "clonazepam",
        "ativan", "lorazepam", "alprazolam", "diazepam", "anxiety pills", "nerve pills",
        "pastillas para los nervios", "pastillas para la ansiedad", "clonazepan", "rivotril",
        "xanex", "zanax", "xannax", "zannies",
    ),
    "stimulants": (
        "meth", "methamphetamine", "crystal", "crystal meth", "ice", "tina", "crank", "cocaine",
        "coke", "crack", "perico", "coca", "cocaina", "cristal", "adderall", "addy", "addies",
        "ritalin", "vyvanse", "uppers", "amphetamine", "amphetamines", "anfetaminas",
        "fuma piedra", "diet pills", "speed balls", "speedball", "foco", "vidrio", "aderall",
        "adderal", "addarall", "metanfetamina", "cocain",
    ),
    "cannabis": (
        "weed", "pot", "marijuana", "marihuana", "mota", "cannabis", "thc", "dabs", "dab",
        "dabbing", "carts", "wax", "edibles", "joints", "blunts", "blunt", "hierba", "yerba",
        "porro", "porros", "mary jane", "delta 8", "ganja", "kush", "reefer", "mariguana",
    ),
    "other": (
        "pills", "pastillas", "kratom", "ketamine", "ket", "special k", "lsd", "shrooms",
        "mushrooms", "hongos", "psilocybin", "mdma", "molly", "ecstasy", "extasis", "gabapentin",
        "gabbies", "inhalants", "whippets", "nitrous", "spice", "k2", "pcp", "bath salts", "ghb",
        "sleeping pills", "pastillas para dormir", "pills to sleep", "sleep pills",
    ),
}  # fmt: skip
SUBSTANCES = lexicon(SUBSTANCE_WORDS)
# Stopping is not using: "quit drinking", "dejó de tomar" leave the substance out.
# Stopping, wished, failed or done, still names the substance involved: "can't stop drinking",
# "quiero dejar de tomar", "stopped drinking two days ago" (withdrawal is about that substance).
STOPPING = frozenset(
    listed("stop stops stopping stopped quit quits quitting parar dejar dejo deje dejado cut off")
)
# "Toma" is "drinks" only on its own or before words about how much; "toma pastillas" is not.
TOMA = frozenset(listed("toma tomo tomar tomando tomaba toman"))
TOMA_NEXT = frozenset(
    listed(
        "mucho mucha muchisimo demasiado diario diariamente todos todas todo toda cada y "
        "alcohol cerveza cervezas vino licor tequila otra otro casi bastante a hasta sin solo "
        "los las desde cuando de en por mas tanto seguido pero hace"
    )
)
# "Ya lo toma": takes it (a medicine), not drinks.
OBJECTS = frozenset(listed("lo la los las le les"))
# Ambiguous words, kept only with these words before them (or alone).
ONLY_AFTER = {
    "ice": frozenset(listed("smoke smokes smoking smoked on doing does uses using use fuma usa")),
}
NOT_AFTER = {
    "bars": frozenset(listed("to at in the gay sports los a local")),
    # "mi bebé", "el bebe": a baby, not "drinks".
    "bebe": frozenset(listed("mi el un su del al para con tu nuestro mis los")),
    "coke": frozenset(("diet",)),
}
NOT_BEFORE = {"coca": frozenset(("cola",)), "pot": frozenset(("roast", "pie"))}
DAILY = frozenset(listed("daily everyday every diario diariamente todos cada"))
SPECIFIC_PILLS = ("opioids", "benzos", "stimulants")


def _stopping(words: Words, hit: Hit) -> bool:
    """Whether a negation before a substance is of stopping it ("can't stop drinking")."""
    return bool(set(words.before(hit.start, 4)) & STOPPING)


# "If I don't drink I get the shakes", "cuando no toma": what happens without it, so it is used.
CONDITIONS = frozenset(listed("if when whenever unless si cuando"))


def _conditional(words: Words, hit: Hit) -> bool:
    """Whether the negation before a substance is in a condition ("if he doesn't drink")."""
    before = words.before(hit.start, 4)
    return any(t in CONDITIONS for t in before[1:4]) and bool(set(before[:2]) & NEGATIONS)


def _kept(words: Words, hit: Hit) -> bool:
    """Whether a substance word, where it is, names a substance in use."""
    token = words.tokens[hit.start]
    before = words.before(hit.start, 1)
    after = words.after(hit.end, 2)
    if token in TOMA and ((after and after[0] not in TOMA_NEXT) or set(before) & OBJECTS):
        return False
    if token == "bebe" and (
        words.typed[hit.start].casefold().endswith("é") or len(words.tokens) == 1
    ):
        return False  # "bebé", a baby; alone, either
    if token in ONLY_AFTER and len(words.tokens) > 1 and not set(before) & ONLY_AFTER[token]:
        return False
    if token in NOT_AFTER and set(before) & NOT_AFTER[token]:
        return False
    if token in NOT_BEFORE and set(after[:1]) & NOT_BEFORE[token]:
        return False
    if words.in_the_past(hit):
        return False
    if _stopping(words, hit) or _conditional(words, hit):
        return True
    if words.negated(hit):
        # "doesn't drink daily": the negation is of how often, not of the drinking.
        return bool(set(after) & DAILY)
    return True


def substances_in(words: Words) -> tuple[str, ...]:
    """The substances the message says are used, in the flows' values."""
    found: list[str] = []
    pills_only = True
    for hit in SUBSTANCES.find(words):
        if not _kept(words, hit):
            continue
        if hit.value != "other" or words.tokens[hit.start] not in ("pills", "pastillas"):
            pills_only = pills_only and hit.value not in SPECIFIC_PILLS
        found.append(hit.value)
    found += ["opioids"] if MISUSE.find(words) else []
    if not pills_only:
        # "pills" beside a named pill (percs, xanax, adderall) is that pill, not something else.
        plain = [h for h in SUBSTANCES.find(words) if h.value == "other" and _kept(words, h)]
        if all(words.tokens[h.start] in ("pills", "pastillas") for h in plain):
            found = [v for v in found if v != "other"]
    return tuple(dict.fromkeys(found))


def other_word_in(words: Words) -> str | None:
    """The word typed for a substance of no family the flows name ("pills", "kratom")."""
    if "other" not in substances_in(words):
        return None
    kept = [h for h in SUBSTANCES.find(words) if h.value == "other" and _kept(words, h)]
    return words.cut(kept[0].start, kept[0].end) if kept else None


OPIOID_MEDICINES = (
    "suboxone", "subs", "subutex", "buprenorphine", "bupe", "bupes", "sublocade", "methadone",
    "metadona", "brixadi", "zubsolv", "suboxon", "suboxen", "metadone",
)  # fmt: skip
MEDICINES = (
    *OPIOID_MEDICINES,
    "vivitrol", "naltrexone", "naltrexona", "antabuse", "disulfiram", "acamprosate", "campral",
)  # fmt: skip
GENERIC_MEDICINES = (
    "medication", "medications", "meds", "medicine", "medicamento", "medicamentos", "medicina",
    "medicinas", "mat", "moud", "maud", "medication assisted treatment",
)  # fmt: skip
MISUSE = lexicon(
    {
        "opioids": (
            r"(?:abusing|abuses|misusing|misuses|buying|buys|buy|selling|snorting|shooting|"
            r"street) (?:" + "|".join(OPIOID_MEDICINES) + ")",
        )
    }
)
MEDICATION = lexicon(
    {
        "unsure": (
            r"(?:not sure|unsure|no se|no estoy segur[oa]|tell me more)(?: \w+){0,3} (?:"
            + "|".join(MEDICINES + GENERIC_MEDICINES) + ")",
        ),
        "wanted": (
            r"(?:want|wants|wanted|wanting|interested|interest|start|starting|get on|looking|"
            r"need|needs|like|open|quiere|quiero|queremos|quisiera|interesa|empezar|comenzar|"
            r"busca|buscamos|necesita|necesito)(?: (?!without|sin|no|not|ningun)\w+){0,3} (?:"
            + "|".join(MEDICINES + GENERIC_MEDICINES) + ")",
        ),
        "taking": (
            r"(?:on|taking|takes|take|prescribed|gets|getting|toma|tomo|tomando|recibe|recibo|usa|"
            r"uso|en) (?:" + "|".join(MEDICINES) + ")",
            r"ya (?:toma|tomo|recibe|recibo) (?:su |mi )?(?:medicamento|medicina|tratamiento)",
            r"(?:methadone|metadona|suboxone) (?:clinic|clinica|program|programa|maintenance)",
        ),
        "no": (
            r"(?:no|sin|without|nope|ningun|ninguna)(?: any| the| los| las)? (?:"
            + "|".join(MEDICINES + GENERIC_MEDICINES) + ")",
            # "she'd rather not take any medication", "I don't think he wants meds".
            r"(?:rather not|prefer not|prefers not|would rather not|dont think (?:she|he|they|i"
            r"|we) (?:wants?|needs?)|doesnt want|dont want|does not want|do not want|"
            r"not (?:into|a fan of|big on)|no quiere|no quiero|no queremos|prefiere no|"
            r"prefiero no)(?: \w+){0,3} (?:" + "|".join(MEDICINES + GENERIC_MEDICINES) + ")",
            r"(?:wont|will not|doesnt want to|dont want to|refuses to|refuse to) (?:take|be on|go "
            r"on|try|start)(?: any)? (?:" + "|".join(MEDICINES + GENERIC_MEDICINES) + ")",
            r"(?:refuses|refused|refuse|against|rechaza|rechazo)(?: \w+){0,2} (?:"
            + "|".join(MEDICINES + GENERIC_MEDICINES) + ")",
        ),
    }
)  # fmt: skip


def medication_in(words: Words) -> str | None:
    """What the message says about medication for addiction: wanted, taking, no or unsure."""
    found: dict[str, Hit] = {}
    for hit in MEDICATION.find(words):
        if words.in_the_past(hit):
            continue
        if hit.value == "no":
            found.setdefault("no", hit)
        elif hit.value in ("wanted", "taking") and words.negated(hit):
            if words.tokens[hit.start] not in ("on", "en"):  # "not on any meds" is no choice
                found.setdefault("no", hit)
        elif not (words.tokens[hit.start - 1 : hit.start] == ("no",) and hit.value == "taking"):
            found.setdefault(hit.value, hit)
    if MISUSE.find(words):
        found.pop("taking", None)
    for value in ("unsure", "no", "taking", "wanted"):
        if value in found:
            return value
    return None


WITHDRAWAL = lexicon(
    {
        "symptoms_now": (
            "shakes", "shaky", "shaking", "tremors", "tremor", "temblores", "tiembla",
            "withdrawals", "withdrawal symptoms", "in withdrawal", "going through withdrawal",
            "withdrawing", "dope sick", "dopesick", r"sick when (?:he|she|i|they) stops?",
            "sintomas de abstinencia", "con abstinencia", "en abstinencia", "malilla", "malia",
            "la malia", "sweats",
        ),
        "detox_done": (
            r"(?:finished|completed|done with|got out of|out of|just left|came out of|through) "
            r"(?:detox|withdrawal management|desintoxicacion)",
            r"(?:salio|sali) de (?:la )?(?:desintoxicacion|detox)",
            r"(?:termino|termine) (?:el |la )?(?:detox|desintoxicacion)", "post detox",
        ),
        "stopped": (
            r"(?:stopped|quit|dejo de \w+|deje de \w+)(?: \w+){0,4} (?:ago|hace \w+)",
            r"(?:already|ya) (?:stopped|quit|dejo|deje)",
            r"(?:clean|sober|limpio|limpia|sobrio|sobria) (?:for|since|desde|hace)",
            r"(?:been|stayed) (?:clean|sober)",
            r"ya no (?:usa|toma|consume|bebe|fuma|uso|tomo|consumo|bebo|fumo)",
            r"(?:havent|hasnt) (?:used|drank|had a drink)",
            r"(?:not|isnt|no longer|doesnt) (?:using|drinking|use|drink) (?:anymore|any more)",
            r"no longer (?:using|drinking|uses|drinks)",
        ),
        "still_using": (
            r"still (?:using|drinking|smoking|doing|taking|on)",
            r"(?:sigue|sigo) (?:usando|tomando|consumiendo|bebiendo|fumando)",
            r"(?:todavia|aun) (?:usa|toma|consume|bebe|fuma|uso|tomo|consumo|bebo|fumo)",
            "currently using", "actively using", "using now",
            # Never having tried to stop: "hasn't tried to quit yet", "no ha intentado dejarlo".
            r"(?:hasnt|havent|never|not|didnt) (?:even )?(?:tried|try|attempted) (?:to )?"
            r"(?:stop|quit|cut)",
            r"(?:hasnt|havent) (?:stopped|quit) yet", "not stopped yet",
            r"(?:no|nunca) (?:ha|he|han|hemos) (?:intentado|tratado de|querido) (?:dejar\w*"
            r"|parar|quitar\w*)",
            r"(?:no|nunca) (?:lo |la )?(?:ha|he) dejado",
        ),
    }
)  # fmt: skip
WITHDRAWAL_ORDER = ("symptoms_now", "detox_done", "stopped", "still_using")


def withdrawal_in(words: Words) -> str | None:
    """Where things are with withdrawal, when the message says it."""
    said = set(WITHDRAWAL.values_in(words))
    return next((value for value in WITHDRAWAL_ORDER if value in said), None)


DAILY_USE = lexicon(
    {
        "yes": (
            "every day", "everyday", "daily", "each day", r"every (?:single|damn) day",
            "each and every day", "every night", "each night", "nightly",
            "every morning", "todos los dias", "diario", "a diario", "diariamente", "cada dia",
            "todas las noches", "cada noche", "all day every day", "pretty much daily",
            r"(?:a|per|al) (?:day|dia)(?! program| programs| iop| time| treatment)",
            r"(?:a|per) night(?! program| programs| iop| group| groups)",
        ),
        "no": (
            "few times a week", "once a week", "twice a week", "occasionally", "a veces",
            "de vez en cuando", "every other day", "not that often", "binge", "binges",
            "on and off",
        ),
    }
)  # fmt: skip


# "I work 8 hours a day", "va a la escuela diario": how often something else happens.
NOT_USE_BEFORE = frozenset(
    listed("work works working worked hours shift shifts school trabajo trabaja horas escuela")
)


def daily_use_in(words: Words) -> str | None:
    """Whether the message says the use is daily ("every day") or not ("not every day")."""
    values = []
    for hit in DAILY_USE.find(words):
        if set(words.before(hit.start, 4)) & NOT_USE_BEFORE:
            continue
        negated = words.negated(hit) or words.tokens[hit.start - 1 : hit.start] == ("no",)
        values.append("no" if negated or hit.value == "no" else "yes")
    return values[0] if len(set(values)) == 1 else None

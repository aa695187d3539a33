"""Facts volunteered about the person (veteran, court ordered, pregnant, …) and the groups
a program may offer for them; pure."""

from __future__ import annotations

from bot.core.understanding.slots.words import Words, lexicon

FACTS = lexicon(
    {
        "veteran": (
            "veteran", "veterans", "vet", "ex military", "former military", "military veteran",
            r"served in the (?:army|navy|marines|military|air force|marine corps|national guard"
            r"|coast guard)", "served", r"was in the (?:army|navy|marines|military|air force)",
            "veterano", "veterana", r"(?:sirvio|servi|estuvo) en (?:el ejercito|la marina|las "
            r"fuerzas armadas)", "ex militar", "exmilitar", "combat vet",
        ),
        "ptsd": (
            "ptsd", "post traumatic", "posttraumatic", "trauma", "tept",
            "estres postraumatico", "trauma informed",
        ),
        "dui": (
            "dui", "duis", "dwi", "owi", "drunk driving", "driving drunk",
            "driving under the influence", r"(?:manejando|manejar|manejo|manejaba) borrach[oa]",
        ),
        "court_ordered": (
            "court ordered", "court order", r"ordered by (?:the |a )?(?:court|judge)",
            r"(?:judge|court) (?:ordered|said|wants|requires|required|mandated|mandates)",
            "mandated", "probation", "parole", "drug court", "probation officer", "el juez",
            "la corte", r"orden (?:de la corte|del juez)", "probatoria", "libertad condicional",
            "probacion", r"(?:ordeno|mando) el juez",
        ),
        "pregnant": ("pregnant", "pregnancy", "embarazada", "embarazo", "esperando un bebe"),
        "shakes_when_stopping": (
            "shakes", "shaky", "shaking", "tremors", "temblores", "tiembla", "los shakes",
        ),
        "seizure_history": (
            "seizure", "seizures", "seized", "convulsion", "convulsiones", "convulsiono",
            "ataque epileptico", "ataques epilepticos",
        ),
        "detox_before": (
            r"(?:been|went|gone|was) (?:to|in|through) detox",
            r"detox (?:before|twice|again|last \w+|\w+ times)", "detoxed before",
            "previous detox", r"(?:estuvo|estuve|fue|fui) (?:en|a) (?:detox|desintoxicacion)",
        ),
        "relapse": (
            "relapse", "relapsed", "relapsing", "relapses", "recaida", "recayo", "recai",
            r"volvio a (?:tomar|usar|consumir|caer)",
        ),
        "parents_dont_know": (
            r"parents (?:dont|do not|dont even|didnt) know", "without my parents knowing",
            r"(?:mom|dad|mother|father) (?:doesnt|does not) know",
            r"(?:mis|sus) (?:papas|padres) no (?:saben|sabe)",
            r"sin que (?:sepan|sepa) mis (?:papas|padres)", "behind my parents back",
        ),
        "homeless": (
            "homeless",
            r"(?:living|sleeping) (?:in|out of) (?:my|a|his|her|the) (?:car|truck|van)",
            r"(?:living|lives|live|sleeping|sleeps|sleep) (?:on|in) the streets?", "in a shelter",
            "sin hogar", "sin casa", r"(?:vive|vivo|vivir|duerme|duermo|viviendo) en la calle",
            "indigente", "no place to live", r"no (?:tengo|tiene) donde vivir",
            "couch surfing",
        ),
        "job_risk": (
            r"(?:lose|losing) (?:my|his|her|their|the) (?:job|license)", "get fired",
            "getting fired", "be fired", "job on the line",
            r"perder (?:mi|su|el) (?:trabajo|chamba|empleo)", r"(?:lo|la|me) van a correr",
        ),
        "mental_health": (
            "depression", "depressed", "anxiety", "panic attacks", "bipolar", "schizophrenia",
            "schizophrenic", "mental health", "mental illness", "dual diagnosis", "co occurring",
            "ocd", "adhd", "bpd", "depresion", "deprimido", "deprimida", "ansiedad",
            "esquizofrenia", "salud mental", "trastorno bipolar", "enfermedad mental",
        ),
        "no_car": (
            "no car", r"(?:dont|doesnt|do not|does not) have a (?:car|ride)", "no ride",
            "no transportation", r"(?:cant|cannot|doesnt|dont) drive", "no license",
            r"sin (?:carro|coche|auto|transporte)", "no maneja", "no manejo",
            r"no (?:tengo|tiene|tenemos) (?:carro|coche|auto|transporte|licencia|raite|ride)",
        ),
    }
)  # fmt: skip
# Facts true even after a negation word ("I can't lose my job").
STATED_WITH_NEGATION = frozenset(("job_risk",))
GROUP_OF_FACT = {
    "veteran": "veterans",
    "ptsd": "trauma",
    "dui": "dui",
    "court_ordered": "criminal_justice",
    "pregnant": "pregnant",
    "mental_health": "co_occurring",
}
GROUPS = lexicon(
    {
        "women": (
            r"(?:women|woman|female|womens|ladies)(?: only| specific)", "only women", "all women",
            "for women", r"womens (?:group|groups|program|programs|iop)", "solo mujeres",
            "solo para mujeres", "para mujeres", "de mujeres",
            r"(?:rather|prefer|prefers|only|just) (?:be )?(?:with|around) (?:other |only |just )?"
            r"(?:women|ladies)", r"(?:solo |nada mas )?con (?:otras )?mujeres",
        ),
        "men": (
            r"(?:men|male|mens)(?: only| specific)", "only men", "all men", "for men",
            r"mens (?:group|groups|program|programs|iop)", "solo hombres", "solo para hombres",
            "para hombres", "de hombres",
            r"(?:rather|prefer|prefers|only|just) (?:be )?(?:with|around) (?:other |only |just )?"
            r"(?:men|guys)", r"(?:solo |nada mas )?con (?:otros )?hombres",
        ),
        "lgbtq": (
            "lgbt", "lgbtq", "lgbtqia", "lgbtqi", "lgbtq2", "gay", "lesbian", "trans",
            "transgender", "queer", "bisexual", "nonbinary", "non binary", "lesbiana",
        ),
        "young_adults": (
            "young adults", "adultos jovenes", "young people", "jovenes adultos",
        ),
        "adolescents": (
            r"(?:teen|teens|adolescent|adolescents|youth|adolescentes) (?:program|programs|group"
            r"|groups|iop)", "for teens", "for adolescents", "para adolescentes",
        ),
        "seniors": ("older adults", "for seniors", "adultos mayores", "senior group", "seniors"),
    }
)  # fmt: skip


def facts_in(words: Words) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The facts a message volunteers, and the groups those facts and its words ask for."""
    facts: list[str] = []
    for hit in FACTS.find(words):
        if hit.value in STATED_WITH_NEGATION or not words.negated(hit):
            facts.append(hit.value)
    facts = list(dict.fromkeys(facts))
    groups = [GROUP_OF_FACT[f] for f in facts if f in GROUP_OF_FACT]
    groups += GROUPS.values_in(words)
    return tuple(facts), tuple(dict.fromkeys(groups))

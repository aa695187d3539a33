"""How the person would pay: payment options, the plan named, no insurance, and the options
said not to apply ("not medicaid"); pure."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.understanding.slots.words import NEGATIONS, Hit, Words, lexicon, listed

# Insurers' names: private insurance, and the plan as typed.
PLANS = (
    r"blue cross(?: blue shield)?", "blue shield", "bcbs", "anthem", "aetna", "cigna",
    r"united ?health ?care", "united healthcare", "unitedhealthcare", "uhc", "kaiser",
    r"kaiser permanente", "humana", "ambetter", "oscar", "highmark", "premera", "regence",
    "carefirst", "horizon", "emblem", "emblemhealth", "empire", "optum", "tufts",
    "harvard pilgrim", "geisinger", "magellan", "wellmark", "priority health", "health net",
    "healthnet",
)  # fmt: skip
PLAN_NAMES = lexicon({"plan": PLANS})
PLAN_TAIL = frozenset(listed("ppo hmo epo pos hdhp"))
PAYMENT = lexicon(
    {
        "private_insurance": (
            *PLANS, "private insurance", "private", "ppo", "hmo", "epo", "seguro privado",
            r"(?:insurance|coverage|plan|seguro|aseguranza) (?:through|thru|from|by|from "
            r"my|del|por el|de mi|de su) (?:work|job|employer|trabajo|empleo|my job|his job|her "
            r"job|my work|my husband|my wife|my parents|husbands|wifes|parents)",
            "employer insurance", "work insurance", "marketplace", "obamacare", "cobra",
            r"insurance through (?:my|his|her|our) (?:job|work|employer|husband|wife|parents|dad"
            r"|mom)",
        ),
        "medicaid": (
            "medicaid", "medi cal", "medical card", "ahcccs", "masshealth", "mass health",
            "tenncare", "soonercare", "apple health", "badgercare", "husky", "kancare",
            "healthy michigan", "healthy indiana", "hip", "peachcare", "mainecare", "familycare",
            "nj familycare", "fidelis", "medical assistance", "title 19", "medicaide",
            "health first colorado", "oregon health plan", "ohp", "centennial care",
            "la tarjeta dorada", "chip", "medicaid card", "tarjeta de medicaid", "molina",
            "amerigroup", "caresource", "sunshine health", "superior healthplan",
        ),
        "medicare": ("medicare", "medicare advantage"),
        "tricare": (
            "tricare", r"va (?:benefits|healthcare|health care|insurance|coverage|hospital)",
            "champva", "military insurance", "the va", "through the va",
        ),
        "cash": (
            "cash", "self pay", "selfpay", "out of pocket", "pay myself", "private pay",
            "pay out of pocket", "efectivo", "de mi bolsillo", "de su bolsillo", "pago propio",
            r"pagar? (?:yo|nosotros)", "cash pay",
        ),
        "sliding_fee": (
            "sliding scale", "sliding fee", "based on income", "income based", "segun ingresos",
            "segun el ingreso", "escala", "escala de pago", "escala movil", "pago segun ingreso",
        ),
        "free": (
            r"(?:has|have|needs?|got) to be free", "must be free", "should be free",
            "free", "no cost", "gratis", "gratuito", "gratuita", "gratuitos", "gratuitas",
            "sin costo", "no charge",
        ),
        "ihs": ("ihs", "indian health", "indian health service", "tribal", "tribal health"),
    }
)  # fmt: skip
NO_INSURANCE = lexicon(
    {
        "none": (
            r"no (?:health )?(?:insurance|coverage|seguro|aseguranza|aseguransa)",
            "no medical insurance",
            r"(?:dont|doesnt|do not|does not|dont even|didnt) have (?:any )?(?:health )?"
            r"(?:insurance|coverage)",
            r"(?:not|isnt|arent|no) (?:insured|covered)", "uninsured", "without insurance",
            r"(?:sin|ni) (?:seguro|aseguranza|aseguransa)(?! que)",
            r"no (?:tengo|tiene|tenemos|tienen) (?:seguro|aseguranza|aseguransa|cobertura"
            r"|insurance|aseguro)",
            r"(?:sin|ni) (?:insurance|aseguro)",
            r"(?:cant|cannot|can not) (?:pay|afford)", "cheap", "cheapest", "cheaper",
            r"(?:im|were|we are|i am|am|are|so|totally|pretty|dead|flat|too|also) broke",
            r"broke(?= _| *$)",
            "low cost", "barato",
            "bajo costo", r"no (?:puedo|puede|podemos) pagar", "no money", "sin dinero",
            "no tengo dinero", "no tiene dinero", "affordable", "economico",
            r"(?:dont|do not|doesnt|does not|dont even) have (?:any )?(?:money|cash|income)",
        ),
    }
)  # fmt: skip
# "We lost medicaid", "perdió el medicaid": no longer a way to pay.
LOST = NEGATIONS | frozenset(listed("lost lose losing perdio perdimos perdi perdieron"))
# "free" names a price only here, not in "drug free" or "feel free".
NOT_FREE_BEFORE = frozenset(listed("drug drugs alcohol smoke sugar feel be sober substance"))
NOT_FREE_AFTER = frozenset(listed("time of from"))
PAYMENT_UNSURE = lexicon(
    {
        "unsure": (
            r"(?:not sure|no idea|dont know|idk|no se|unsure)(?: \w+){0,4} (?:insurance|seguro"
            r"|aseguranza|coverage|plan|pay)",
        ),
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Paying:
    """What a message says about paying."""

    payment: tuple[str, ...] = ()
    no_insurance: bool = False
    not_payment: tuple[str, ...] = ()
    plan: str | None = None


def _is_payment(words: Words, hit: Hit) -> bool:
    """Whether an ambiguous word names a payment where it stands."""
    token = words.tokens[hit.start]
    if token == "free":
        return not (
            set(words.before(hit.start, 1)) & NOT_FREE_BEFORE
            or set(words.after(hit.end, 1)) & NOT_FREE_AFTER
        )
    if token in ("private", "escala", "chip", "hip", "husky", "horizon", "empire", "oscar"):
        return hit.end - hit.start > 1 or words.capitalized(hit.start) or len(words.tokens) <= 2
    return True


def _denied(words: Words, hit: Hit) -> bool:
    """ "Not broke": a negation right before; "no tengo papeles ni seguro" is not one."""
    if words.tokens[hit.start] in NEGATIONS:
        return False
    return bool(set(words.before(hit.start, 1)) & NEGATIONS)


def plan_in(words: Words) -> str | None:
    """An insurer's plan as typed ("Blue Shield PPO"), with the names and plan type after it
    ("Anthem Blue Cross", "Empire BCBS HMO")."""
    hits = PLAN_NAMES.find(words)
    for hit in hits:
        if words.negated(hit):
            continue
        end = hit.end
        ends = {h.start: h.end for h in hits}
        while end in ends or (end < len(words.tokens) and words.tokens[end] in PLAN_TAIL):
            end = ends.get(end, end + 1)
        return words.cut(hit.start, end)
    kinds = [i for i, token in enumerate(words.tokens) if token in PLAN_TAIL]
    return words.typed[kinds[0]] if kinds else None  # "a PPO" names the kind of plan


def paying_in(words: Words) -> Paying:
    """Payment options named and not negated, those negated, and whether there is no insurance."""
    payment: list[str] = []
    negated: list[str] = []
    for hit in PAYMENT.find(words):
        if not _is_payment(words, hit) or words.doubted(hit):
            continue
        (negated if words.negated(hit, LOST) else payment).append(hit.value)
    if _typed_va(words):
        payment.append("tricare")
    no_insurance = any(not _denied(words, h) for h in NO_INSURANCE.find(words))
    if PAYMENT_UNSURE.find(words) and not payment:
        payment.append("unsure")
    payment = list(dict.fromkeys(payment))
    return Paying(
        payment=tuple(payment),
        no_insurance=no_insurance,
        not_payment=tuple(v for v in dict.fromkeys(negated) if v not in payment),
        plan=plan_in(words) if "private_insurance" in payment else None,
    )


def _typed_va(words: Words) -> bool:
    """ "VA" typed in capitals (in lower case it is Spanish for "goes")."""
    return any(t == "VA" for t in words.typed) and len(words.tokens) <= 6

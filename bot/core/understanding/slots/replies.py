"""Answers to yes/no questions ("yeah every day", "no, mostly weekends", "no sé") and
messages that say nothing but "whatever"; pure."""

from __future__ import annotations

from bot.core.understanding.slots.words import BREAK, Lexicon, Words, lexicon, listed

# "I don't really know", "honestly don't even know", "no sé bien", "realmente no lo sé".
DONT_KNOW = (
    r"(?:i )?(?:really |honestly |just )?(?:dont|do not|didnt) "
    r"(?:really |even |actually |honestly |quite )?know"
)
NO_SE = r"(?:realmente |todavia |aun )?no (?:lo )?se(?: bien| realmente| todavia| aun)?"
UNSURE = lexicon(
    {
        "unsure": (
            "not sure", "unsure", "idk", "dunno", "no idea", "maybe", "perhaps", "possibly",
            "tal vez", "quizas", "quiza", "a lo mejor", "no se", "no lo se", "ni idea",
            r"no estoy segur[oa]", "not certain", "i dont know", "dont know", "whatever",
            "who knows", DONT_KNOW, NO_SE,
            "quien sabe", "depends", "it depends", "idc", "im not sure", "no sabemos",
            "no sabria decir", "not really sure", "nose", "no c", "ns", "probably", "i guess",
            "kinda", "kind of", "sort of", "i think so", "more or less", "creo que si",
            "supongo", "mas o menos", "puede ser",
        ),
    }
)  # fmt: skip
VAGUE = lexicon(
    {
        "unsure": (
            "idk", "dunno", "i dont know", "dont know", "no idea", "no se", "no lo se", "ni idea",
            "whatever", "quien sabe", "who knows", "idc", "nose", "no c", "ns", DONT_KNOW, NO_SE,
        ),
        "any": (
            "it doesnt matter", "doesnt matter", "i dont care", "dont care", "any", "anything",
            "whichever",
            "either", "me da igual", "da igual", "cualquiera", "cualquier", "lo que sea",
            "no importa", "no preference", "no matter", "sin preferencia",
            "no tengo preferencia", r"(?:any|either|anything) (?:is fine|works|is ok)",
            "whatever works", "anything is fine", "lo que sea esta bien", "no me importa",
        ),
    }
)  # fmt: skip
FILLER = frozenset(
    listed("""
    honestly really tbh lol man sorry la verdad todavia aun yet to me for now right rn tho though
    haha jaja pues bueno hmm um uh ok okay fine works is the mi a por el momento ahorita
    """)
)
YES = lexicon(
    {
        "yes": (
            "yes", "yeah", "yea", "yep", "yup", "sure", "claro", "correct", "definitely",
            "absolutely", "affirmative", "of course", "por supuesto", "simon", "uh huh", "yess",
            "yesss", r"ye+s+", r"si{2,}", "asi es", "yes please", "sip", "aja", "claro que si",
            "exactly", "right", "yah", "yeh", "yas", "ya ya",
            # "Could you manage that?": "I think he could, if it's evenings", "prob if …".
            "i could", "he could", "she could", "they could", "we could", "i think i could",
            "i think he could", "i think she could", "i think they could", "prob", "probs",
            "si",
        ),
        "no": (
            "nah", "nope", "nel", "not really", "negative", "para nada", "no way", "nop",
            "absolutely not", "of course not", "claro que no", "not at all", "naw", "no",
            r"no{2,}",
        ),
    }
)  # fmt: skip
# After a leading "no", words that make it an answer ("no he's 30") rather than a negation of
# what follows ("no insurance", "no tengo seguro").
NO_THEN = frozenset(
    listed("""
    thanks thank gracias he she hes shes i im we they its not nothing never way sir maam nunca
    nada ya senor senora pues really thx ty one nobody nadie
    """)
)
# "Si, pero solo en las noches": "si, pero" is "yes, but", never "if".
SI_THEN = frozenset(listed("claro gracias por si senor senora pero"))
# "Sí puede", "sí se puede": yes, when that is the whole message.
SI_WHOLE = (("puede",), ("se", "puede"), ("creo",))
# A yes before a doubt is the doubt: "yeah maybe", "sí, puede ser".
YES_BEFORE_DOUBT = frozenset(listed("si yes yeah yea ya"))
# "None" and "nothing (else)" answer no, when they are the whole message.
NONE = lexicon(
    {
        "no": (
            "none", "nothing", "nothing else", "none of them", "none of those", "thats it",
            "thats all", "nada", "nada mas", "ninguno", "ninguna", "eso es todo",
        ),
    }
)  # fmt: skip


def reply_in(words: Words) -> str | None:
    """The answer a message gives to a yes/no question: yes, no or unsure."""
    tokens = words.tokens
    if not tokens:
        return None
    for hit in UNSURE.find(words):
        # "maybe", "sí, puede ser", "yeah i guess": unsure, a yes before it or not.
        before = [t for t in tokens[: hit.start] if t != BREAK]
        leading = not before or (len(before) == 1 and before[0] in YES_BEFORE_DOUBT)
        if leading and _only_filler(words, hit.end, VAGUE, UNSURE):
            return "unsure"
    for hit in NONE.find(words):
        if hit.start == 0 and _only_filler(words, hit.end, NONE):
            return "no"
    if [t for t in tokens if t != BREAK] in (["y"], ["ya"]):
        return "yes"  # "y", "ya" alone: texting for yes ("ya" goes on: "ya no", "ya tiene 17")
    for hit in YES.find(words):
        if hit.start != 0:
            return None
        nxt = tokens[hit.end] if hit.end < len(tokens) else BREAK
        if hit.value == "yes" and nxt in ("not", "never"):
            return "no"  # "he could not", "prob not"
        if tokens[0] == "no" and hit.end == 1:
            return "no" if nxt == BREAK or nxt in NO_THEN else None
        if tokens[0] == "si" and hit.end == 1:
            accented = words.typed[0].casefold() == "sí"
            whole = tuple(t for t in tokens[1:] if t != BREAK) in SI_WHOLE
            return "yes" if accented or nxt == BREAK or nxt in SI_THEN or whole else None
        return hit.value
    return None


def _only_filler(words: Words, start: int, *lexicons: Lexicon) -> bool:
    """Whether the tokens from `start` on say nothing more than filler and these phrases."""
    covered = {i for lex in lexicons for h in lex.find(words) for i in range(h.start, h.end)}
    return all(
        t == BREAK or t in FILLER or i in covered
        for i, t in enumerate(words.tokens[start:], start)
    )


def vague_in(words: Words) -> tuple[bool, bool]:
    """Whether the whole message is a non-answer, and whether it is an "I don't know"."""
    hits = VAGUE.find(words)
    if not hits or not _only_filler(words, 0, VAGUE, UNSURE):
        return False, False
    return True, any(h.value == "unsure" for h in hits)

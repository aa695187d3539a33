"""Whom a message of danger is about: the writer, someone else, or it does not say; pure.

A check-in asks "are you safe?" or "are they safe?". A mother searching for her son who writes
"honestly some days I don't know how much longer I can do this" speaks of herself, and the
check-in must ask about her, whoever the search is for. The reading is simple on purpose: a
message with a third-person pronoun ("he", "she", "them", "él", "ella") is about that person,
since a writer who mentions someone else that way mostly writes about them ("he took all his
pills and I can't wake him"); a relation with no first person ("my son wants to die") is about
the relative; the first person alone is about the writer, and so is the writer imagining their
own absence, whoever else the sentence names ("they'd all be better off without me", "nadie me
extrañaría"); a relation and the first person together otherwise do not say, nor does anything
else, and then the search's answer decides.
"""

from __future__ import annotations

import re
from typing import Literal

from bot.core.crisis.features import fold
from bot.core.understanding.slots.people import KIN

About = Literal["self", "other", ""]

# Third persons, English and Spanish, folded ("él" is "el", which is also "the": only "el" at
# the start of a sentence or after a verb of saying counts, see _SPANISH_HE).
_OTHER = re.compile(
    r"\b(?:he|hes|hed|hell|him|his|himself|she|shes|shed|shell|her|hers|herself|they|theyre|"
    r"theyd|them|their|themselves|ella|ellas|ellos|le|lo|la|se)\b"
)
_SPANISH_HE = re.compile(r"(?:^|[.!?,;]\s*)él\b|\b(?:que|dice|dijo|porque|pero|y) él\b")
# The writer: English subject and object pronouns, Spanish pronouns and first-person verbs.
_SELF = re.compile(
    r"\b(?:i|im|ive|id|ill|me|my|myself|mine|yo|mí|estoy|siento|puedo|quiero|tengo|voy|"
    r"aguanto|soy|necesito|pienso|veo|creo|doy|hago|sirvo)\b"
)
# The writer imagining their own absence, whoever else the sentence names ("they'd all be
# better off without me", "nobody would miss me", "estarían mejor sin mí"): about the writer.
_OWN_ABSENCE = re.compile(
    r"\b(?:without me|sin mi|if i (?:was|were|am) gone|when im gone|once im gone"
    r"|if i (?:died|disappeared|wasnt here|werent here)|(?:miss|notice) me|si yo no estuviera"
    r"|si me muero|cuando me vaya|me extranaria|me extranarian)\b"
)
# Words naming someone else by their relation to the writer ("son", "esposo", "friend").
_KIN = frozenset(KIN)


def about(text: str) -> About:
    """Whom a message of danger is about: "other" when it names anyone else, "self" when it
    speaks only in the first person, "" when it does neither."""
    lowered = text.casefold()
    folded = fold(text)
    words = set(folded.split())
    if _OWN_ABSENCE.search(folded):
        return "self"
    if _OTHER.search(folded) and not _spanish_clitic_only(folded, lowered):
        return "other"
    first_person = _SELF.search(lowered) is not None or _SELF.search(folded) is not None
    if _SPANISH_HE.search(lowered):
        return "other"
    if words & _KIN:
        # "My son wants to die" is about him; "my son and I fight, I can't do this" may be
        # about either: with both, the message does not say for sure.
        return "" if first_person else "other"
    return "self" if first_person else ""


def _spanish_clitic_only(folded: str, lowered: str) -> bool:
    """Whether the only third persons are Spanish clitics used of oneself or of things ("me lo
    tomé todo", "ya no le veo sentido", "se me acabó"): with a first-person verb and no other
    third person, "lo", "la", "le" and "se" are not a person."""
    others = set(_OTHER.findall(folded))
    if not others <= {"le", "lo", "la", "se"}:
        return False
    return _SELF.search(lowered) is not None or re.search(r"\w+(?:é|í)\b", lowered) is not None

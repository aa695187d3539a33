"""Spanish words for the person a family member calls for ("mi hijo"); pure data.

Mirrors ``en_relations``. Where the English word says nothing of gender, the masculine form is
the general one in Spanish, and a ``.woman`` variant is used when the person is a woman
("mi amiga", "mi prima"). Each has a ``.yours`` form for speaking to the person who searches
("Para: su hijo").
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "relation.son": "mi hijo",
    "relation.daughter": "mi hija",
    "relation.child": "mi hijo",
    "relation.child.woman": "mi hija",
    "relation.husband": "mi esposo",
    "relation.wife": "mi esposa",
    "relation.partner": "mi pareja",
    "relation.boyfriend": "mi novio",
    "relation.girlfriend": "mi novia",
    "relation.mother": "mi madre",
    "relation.father": "mi padre",
    "relation.brother": "mi hermano",
    "relation.sister": "mi hermana",
    "relation.grandson": "mi nieto",
    "relation.granddaughter": "mi nieta",
    "relation.grandchild": "mi nieto",
    "relation.grandchild.woman": "mi nieta",
    "relation.nephew": "mi sobrino",
    "relation.niece": "mi sobrina",
    "relation.cousin": "mi primo",
    "relation.cousin.woman": "mi prima",
    "relation.uncle": "mi tío",
    "relation.aunt": "mi tía",
    "relation.friend": "mi amigo",
    "relation.friend.woman": "mi amiga",
    "relation.roommate": "mi compañero de casa",
    "relation.roommate.woman": "mi compañera de casa",
    "relation.coworker": "mi compañero de trabajo",
    "relation.coworker.woman": "mi compañera de trabajo",
}

TEXTS |= {f"{key}.yours": "su " + name.removeprefix("mi ") for key, name in TEXTS.items()}

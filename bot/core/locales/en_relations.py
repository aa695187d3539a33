"""English words for the person a family member calls for ("my son"); pure data.

Filled into the call script and questions as {relative} when the person said who it is. A
``.woman`` variant exists where Spanish names a woman differently; English says the same.
Each has a ``.yours`` form for speaking to the person who searches ("For: your son").
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "relation.son": "my son",
    "relation.daughter": "my daughter",
    "relation.child": "my child",
    "relation.child.woman": "my child",
    "relation.husband": "my husband",
    "relation.wife": "my wife",
    "relation.partner": "my partner",
    "relation.boyfriend": "my boyfriend",
    "relation.girlfriend": "my girlfriend",
    "relation.mother": "my mother",
    "relation.father": "my father",
    "relation.brother": "my brother",
    "relation.sister": "my sister",
    "relation.grandson": "my grandson",
    "relation.granddaughter": "my granddaughter",
    "relation.grandchild": "my grandchild",
    "relation.grandchild.woman": "my grandchild",
    "relation.nephew": "my nephew",
    "relation.niece": "my niece",
    "relation.cousin": "my cousin",
    "relation.cousin.woman": "my cousin",
    "relation.uncle": "my uncle",
    "relation.aunt": "my aunt",
    "relation.friend": "my friend",
    "relation.friend.woman": "my friend",
    "relation.roommate": "my roommate",
    "relation.roommate.woman": "my roommate",
    "relation.coworker": "my coworker",
    "relation.coworker.woman": "my coworker",
}

TEXTS |= {f"{key}.yours": "your " + name.removeprefix("my ") for key, name in TEXTS.items()}

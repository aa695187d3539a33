"""A message as words: normalized tokens with clause breaks, their spans in the text; pure.

Every family of slots (who, substances, payment, …) is read from the same `Words`: phrases are
matched as whole words on the normalized tokens, and what was typed (a place, a plan) is cut
from the original text by the tokens' spans. Negation is looked up in the few words before a
phrase, within its clause.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils


def listed(words: str) -> tuple[str, ...]:
    """The words of a space-separated list."""
    return tuple(words.split())


BREAK = "_"  # a clause break (punctuation) among the tokens
_APOSTROPHES = re.compile(r"(?<=[^\W\d_])['’`´](?=[^\W\d_])")  # "don't", not "5'4"
_POSSESSIVE = re.compile(r"(\w+)['’]s\b")
_ABBREVIATIONS = re.compile(r"\b(St|Ft|Mt|Pt|st|ft|mt)\.(?= )")  # "St. Louis" is one place
_TOKENS = re.compile(r"[^\W_]+|[,.;!?¿¡:()\[\]\n]+")

# Words that turn a phrase after them into its opposite ("no insurance", "doesn't drink").
NEGATIONS = frozenset(
    listed(
        "no not dont doesnt didnt isnt arent wasnt werent never without nor neither cant wont "
        "aint havent hasnt hadnt nothing except excepto menos besides nunca sin ni tampoco nada "
        "jamas"
    )
)
# Words after which a negation no longer reaches ("no medicare, just cash", "not opioids, meth",
# "my parents don't know I drink").
CONTRASTS = frozenset(
    listed(
        "but just only now its instead rather pero solo solamente sino ahora mas bien y and "
        "know knows think thinks realize realizes believe sabe saben"
    )
)
# After a phrase, words that turn it down ("por las mañanas no puedo", "weekends are out").
REFUSALS_AFTER = (
    "no puedo", "no puede", "no podemos", "no me sirve", "no le sirve", "cant", "wont work",
    "dont work", "doesnt work", "are out", "is out", "are impossible", "is impossible",
    "imposible", "are bad", "is bad", "no way", "not possible", "no es posible",
)  # fmt: skip
# Before a phrase, words that put it in doubt rather than deny it.
DOUBTS = (
    " not sure ", " no se ", " idk ", " dont know ", " no idea ", " unsure ", " ni idea ",
    " no estoy segur", " wondering if ", " maybe ", " tal vez ",
)  # fmt: skip
DOUBT_REACH = 6
NEGATION_REACH = 4  # words; "we don't have tricare" is three words from "don't" to "tricare"


def plain(word: str) -> str:
    """A word lower case, without accents (the engine's own normalize would import the engine)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalnum())


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase found: its value and the tokens it covers (end excluded)."""

    value: str
    start: int
    end: int


class Words:
    """The tokens of a message, normalized and as typed, with clause breaks between them."""

    def __init__(self, message: str) -> None:
        self.possessives = frozenset(
            plain(m.group(1)) + "s" for m in _POSSESSIVE.finditer(message)
        )  # "son's" is read as "sons", which is kin only as a possessive
        text = _ABBREVIATIONS.sub(r"\1", _APOSTROPHES.sub("", message))
        self.text = text
        typed: list[str] = []
        spans: list[tuple[int, int]] = []
        tokens: list[str] = []
        for match in _TOKENS.finditer(text):
            piece = match.group(0)
            if not piece[0].isalnum():
                if tokens and tokens[-1] != BREAK:
                    tokens.append(BREAK)
                    typed.append(piece)
                    spans.append(match.span())
                continue
            token = corrected(plain(piece)) if not piece.isascii() else corrected(piece.lower())
            if token:
                tokens.append(token)
                typed.append(piece)
                spans.append(match.span())
        self.tokens = tuple(tokens)
        self.typed = tuple(typed)
        self.spans = tuple(spans)
        self.joined = " ".join(tokens)
        offsets: list[int] = []
        offset = 0
        for token in tokens:
            offsets.append(offset)
            offset += len(token) + 1
        self.offsets = tuple(offsets)
        self.found: dict[Lexicon, list[Hit]] = {}  # each lexicon's hits, found once

    def cut(self, start: int, end: int) -> str:
        """The words from token `start` to `end` (excluded) as they were typed."""
        return self.text[self.spans[start][0] : self.spans[end - 1][1]]

    def before(self, index: int, reach: int) -> list[str]:
        """Up to `reach` tokens before `index`, nearest first, stopping at a clause break."""
        found: list[str] = []
        for token in reversed(self.tokens[max(0, index - reach) : index]):
            if token == BREAK:
                break
            found.append(token)
        return found

    def after(self, index: int, reach: int) -> list[str]:
        """Up to `reach` tokens from `index` on, stopping at a clause break."""
        found: list[str] = []
        for token in self.tokens[index : index + reach]:
            if token == BREAK:
                break
            found.append(token)
        return found

    def negated(self, hit: Hit, cues: frozenset[str] = NEGATIONS) -> bool:
        """Whether a negation a few words before a phrase reaches it."""
        before = self.before(hit.start, NEGATION_REACH)
        for position, token in enumerate(before):
            if token in CONTRASTS:
                # "anything but weekends" excludes; "no medicare but cash" does not.
                return token == "but" and before[position + 1 : position + 2] == ["anything"]
            if token in cues:
                return True
        return self.refused_after(hit)

    def doubted(self, hit: Hit) -> bool:
        """Whether a phrase is in doubt: "not sure if he has medicaid", "no sé si tiene…"."""
        before = " ".join(reversed(self.before(hit.start, DOUBT_REACH)))
        return any(doubt in f" {before} " for doubt in DOUBTS)

    def in_the_past(self, hit: Hit) -> bool:
        """Whether a phrase is what used to be: "used to drink", "used to be on methadone"."""
        before = self.before(hit.start, 4)
        return "solia" in before or ("to", "used") in itertools.pairwise(before)

    def refused_after(self, hit: Hit) -> bool:
        """Whether the words right after a phrase turn it down ("mornings don't work")."""
        after = " ".join(self.after(hit.end, 3))
        return after.startswith(REFUSALS_AFTER)

    def capitalized(self, index: int) -> bool:
        """Whether a token was typed with a capital letter (or as digits)."""
        typed = self.typed[index]
        return typed[:1].isupper() or typed.isdecimal()


class Lexicon:
    """Phrases (regular expressions over normalized words) and the values they name.

    Each phrase is tried only where a token could begin it (indexed by its possible first
    words), so a message is read in one pass over its tokens rather than one pass per phrase.
    """

    def __init__(self, table: Mapping[str, str]) -> None:
        self.index: dict[str, list[tuple[int, re.Pattern[str], str]]] = {}
        self.anywhere: list[tuple[int, re.Pattern[str], str]] = []
        for order, (phrase, value) in enumerate(table.items()):
            entry = (order, re.compile(rf"(?:{phrase})(?!\S)"), value)
            starts = first_words(phrase)
            if starts is None:
                self.anywhere.append(entry)
            for word in starts or ():
                self.index.setdefault(word, []).append(entry)

    def find(self, words: Words) -> list[Hit]:
        """Every phrase in the message, left to right (the longest at each place)."""
        cached = words.found.get(self)
        if cached is not None:
            return cached
        hits: list[Hit] = []
        tokens = words.tokens
        starts = (
            range(len(tokens))
            if self.anywhere
            else [i for i, token in enumerate(tokens) if token in self.index]
        )
        free = 0  # phrases found do not overlap
        for index in starts:
            if index < free:
                continue
            candidates = self.index.get(tokens[index], [])
            if self.anywhere:
                candidates = sorted([*candidates, *self.anywhere])
            best: tuple[int, int, str] | None = None
            offset = words.offsets[index]
            for order, pattern, value in candidates:
                match = pattern.match(words.joined, offset)
                if match and (best is None or match.end() > best[0]):
                    best = (match.end(), order, value)
            if best is not None:
                free = index + len(words.joined[offset : best[0]].split())
                hits.append(Hit(best[2], index, free))
        words.found[self] = hits
        return hits

    def values_in(self, words: Words) -> list[str]:
        """The values named and not negated, in order, once each."""
        return list(dict.fromkeys(h.value for h in self.find(words) if not words.negated(h)))


_PLAIN_WORD = re.compile(r"^[a-z0-9]+$")
_OPTIONAL_LAST = re.compile(r"^([a-z0-9]+)([a-z0-9])\?$")


def _spellings(word: str) -> set[str] | None:
    """The words a phrase's first word stands for ("speaks?": speak, speaks), or None."""
    if _PLAIN_WORD.match(word):
        return {word}
    optional = _OPTIONAL_LAST.match(word)
    return {optional[1], optional[1] + optional[2]} if optional else None


def first_words(phrase: str) -> frozenset[str] | None:
    """The words a phrase can begin with, or None when it could begin with any word."""
    if not phrase.startswith("(?:"):
        found = _spellings(phrase.split(" ", 1)[0])
        return frozenset(found) if found else None
    depth, close = 0, len(phrase)
    for position, char in enumerate(phrase):
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            close = position
            break
    inner, after = phrase[3:close], phrase[close + 1 :]
    if "(" in inner or not (after == "" or after.startswith((" ", "(?: "))):
        return None
    words: set[str] = set()
    for alternative in inner.split("|"):
        found = _spellings(alternative.split(" ", 1)[0])
        if found is None:
            return None
        words |= found
    return frozenset(words)


def lexicon(*tables: Mapping[str, Iterable[str]]) -> Lexicon:
    """A lexicon from tables of value → phrases."""
    flat: dict[str, str] = {}
    for table in tables:
        for value, phrases in table.items():
            for phrase in phrases:
                flat.setdefault(phrase, value)
    # Longer phrases first, so "blue cross blue shield" wins over "blue cross".
    ordered = dict(sorted(flat.items(), key=lambda item: -len(item[0])))
    return Lexicon(ordered)


# Long, distinctive words worth recognising when misspelt ("alchohol", "medicad", "suboxen").
FUZZY_WORDS = tuple(
    listed("""
    alcohol alcoholic drinking fentanyl fentanilo heroin heroina methadone metadona suboxone
    buprenorphine naltrexone vivitrol sublocade percocet percocets oxycodone oxycontin
    hydrocodone tramadol klonopin adderall cocaine cocaina marijuana marihuana cannabis
    methamphetamine amphetamine ketamine medicaid medicare tricare insurance aseguranza
    evenings weekends veteran veterano pregnant embarazada probation seizures seizure
    depression depresion anxiety ansiedad bipolar schizophrenia telehealth
    unitedhealthcare humana ambetter masshealth tenncare soonercare alprazolam clonazepam
    daughter husband boyfriend girlfriend grandson granddaughter
    """)
)
_FUZZY_SET = frozenset(FUZZY_WORDS)
FUZZY_MIN_LENGTH = 6
FUZZY_CUTOFF = 86  # one slip in a six- to eight-letter word; "medical" is not "medicaid" (80)


@functools.lru_cache(maxsize=8192)
def corrected(token: str) -> str:
    """A long token misspelt from a distinctive word, as that word; other tokens as they are."""
    if len(token) < FUZZY_MIN_LENGTH or token in _FUZZY_SET or not token.isalpha():
        return token
    best = process.extractOne(
        token, FUZZY_WORDS, scorer=fuzz.ratio, processor=utils.default_process,
        score_cutoff=FUZZY_CUTOFF,
    )  # fmt: skip
    return best[0] if best else token

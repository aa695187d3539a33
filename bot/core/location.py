"""Pure resolution of typed ZIPs, cities, states and coordinates into ranked US places; no I/O."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from bot.core.geo import GridIndex, ZipArea, valid_coordinates

PlaceKind = Literal["zip", "city", "state", "coordinates"]
ResolutionStatus = Literal["found", "ambiguous", "not_found"]

HINT_NOT_FOUND = "location.hint.not_found"
HINT_OUTSIDE_US = "location.hint.outside_us"
HINT_UNKNOWN_ZIP = "location.hint.unknown_zip"
HINT_NEAR_ME = "location.hint.near_me"

# Anything useful fits in the first hundred characters; the rest of a pasted essay only costs time.
MAX_INPUT_CHARS = 100
MAX_CANDIDATES = 5
OUTSIDE_US_MILES = 60.0

# One decade of ZIP codes is worth six points of spelling similarity when ranking places.
SIZE_WEIGHT = 6.0
# A state competes with cities as if it were a large city (about fifty ZIP codes).
STATE_WEIGHT = 50
# A place is "sizeable" from five ZIP codes: Portland, ME (9) is a real rival of Portland, OR
# (59), the other Bostons (one ZIP each) are not rivals of Boston, MA (33).
SIZEABLE_ZIPS = 5
# Found needs a lead of 4x the ZIP codes at equal spelling (6·log10 4 ≈ 3.6 points), and 10x
# (6 points) when the runner-up is itself sizeable.
LEAD_OVER_SMALL = SIZE_WEIGHT * math.log10(4)
LEAD_OVER_SIZEABLE = SIZE_WEIGHT
FOUND_MIN_SCORE = 85.0
# Alternatives worse than this many rank points behind the best are noise, not choices.
ALTERNATIVE_WINDOW = 15.0
# A second, looser spelling pass offers only places big enough to be what people misspell
# ("Tuscon"); it never finds on its own.
LOOSE_SCORE_DROP = 8.0
LOOSE_MIN_ZIPS = 10
# A correction of a real place's exact name is offered only when the corrected place is big.
NEIGHBOUR_MIN_SCORE = 90.0
STATE_SUFFIX_MIN_SCORE = 88.0
FUZZY_LIMIT = 25

# Pseudo-states (armed forces mail) and freely associated states are not places to search.
EXCLUDED_STATES = frozenset({"AA", "AE", "AP", "FM", "MH", "PW"})

STATE_NAMES: dict[str, str] = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
    "PR": "Puerto Rico",
    "GU": "Guam",
    "VI": "U.S. Virgin Islands",
    "MP": "Northern Mariana Islands",
    "AS": "American Samoa",
    "AA": "Armed Forces Americas",
    "AE": "Armed Forces Europe",
    "AP": "Armed Forces Pacific",
    "FM": "Micronesia",
    "MH": "Marshall Islands",
    "PW": "Palau",
}

# Other names for whole states: the standard Spanish names, and common English variants.
STATE_ALIASES: dict[str, str] = {
    "virgin islands": "VI",
    "us virgin islands": "VI",
    "usvi": "VI",
    "northern marianas": "MP",
    "cnmi": "MP",
    "washington state": "WA",
    "cali": "CA",
    "washington dc": "DC",
    "w va": "WV",
    "wva": "WV",
    "carolina del norte": "NC",
    "carolina del sur": "SC",
    "dakota del norte": "ND",
    "dakota del sur": "SD",
    "distrito de columbia": "DC",
    "hawai": "HI",
    "islas virgenes": "VI",
    "luisiana": "LA",
    "misisipi": "MS",
    "misuri": "MO",
    "nueva jersey": "NJ",
    "nueva york": "NY",
    "nuevo hampshire": "NH",
    "nuevo mexico": "NM",
    "pensilvania": "PA",
    "samoa americana": "AS",
    "virginia occidental": "WV",
}

# AP-style abbreviations ("Springfield, Ill."): read only after a city, because several of them
# are ordinary words on their own.
STATE_SUFFIX_ABBREVIATIONS: dict[str, str] = {
    "ala": "AL",
    "ariz": "AZ",
    "ark": "AR",
    "calif": "CA",
    "colo": "CO",
    "conn": "CT",
    "fla": "FL",
    "ill": "IL",
    "ind": "IN",
    "kan": "KS",
    "mass": "MA",
    "mich": "MI",
    "minn": "MN",
    "miss": "MS",
    "mont": "MT",
    "neb": "NE",
    "nev": "NV",
    "okla": "OK",
    "ore": "OR",
    "penn": "PA",
    "penna": "PA",
    "tenn": "TN",
    "tex": "TX",
    "wash": "WA",
    "wis": "WI",
    "wisc": "WI",
    "wyo": "WY",
}

# Two-letter codes that are also everyday words ("in", "me", "ok"): a state only when typed alone.
WORDLIKE_CODES = frozenset(
    {"al", "as", "co", "de", "hi", "id", "in", "la", "ma", "me", "mi", "oh", "ok", "or", "va"}
)

# Nicknames and Spanish exonyms people really type, each with the places it may mean:
# (city, state) for a city, ("", state) for a whole state.
PLACE_ALIASES: dict[str, tuple[tuple[str, str], ...]] = {
    "nyc": (("New York", "NY"),),
    "new york city": (("New York", "NY"),),
    "nueva york": (("New York", "NY"), ("", "NY")),
    "manhattan": (("New York", "NY"), ("Manhattan", "KS")),
    "the bronx": (("Bronx", "NY"),),
    "philly": (("Philadelphia", "PA"),),
    "filadelfia": (("Philadelphia", "PA"),),
    "sf": (("San Francisco", "CA"),),
    "san fran": (("San Francisco", "CA"),),
    "vegas": (("Las Vegas", "NV"),),
    "nola": (("New Orleans", "LA"),),
    "nueva orleans": (("New Orleans", "LA"),),
    "dc": (("Washington", "DC"),),
    "washington dc": (("Washington", "DC"),),
    "wash dc": (("Washington", "DC"),),
    "la": (("Los Angeles", "CA"), ("", "LA")),
    "atl": (("Atlanta", "GA"),),
    "okc": (("Oklahoma City", "OK"),),
    "kc": (("Kansas City", "MO"), ("Kansas City", "KS")),
    "st pete": (("Saint Petersburg", "FL"),),
    # Metro names that cover several cities: ask which one.
    "bay area": (("San Francisco", "CA"), ("Oakland", "CA"), ("San Jose", "CA")),
    "twin cities": (("Minneapolis", "MN"), ("Saint Paul", "MN")),
    "minneapolis st paul": (("Minneapolis", "MN"), ("Saint Paul", "MN")),
    "dfw": (("Dallas", "TX"), ("Fort Worth", "TX")),
    "dallas fort worth": (("Dallas", "TX"), ("Fort Worth", "TX")),
    "raleigh durham": (("Raleigh", "NC"), ("Durham", "NC")),
    "ny ny": (("New York", "NY"),),
}

# Abbreviations the Postal Service and people both use inside place names; both sides of every
# comparison are expanded the same way ("St. Louis" and "Saint Louis" meet at "saint louis").
WORD_ABBREVIATIONS: dict[str, str] = {
    "st": "saint",
    "ste": "sainte",
    "ft": "fort",
    "mt": "mount",
    "mtn": "mountain",
    "pt": "point",
    "hts": "heights",
    "spgs": "springs",
    "spg": "spring",
    "jct": "junction",
    "twp": "township",
    "vlg": "village",
    "bch": "beach",
    "lk": "lake",
    "ctr": "center",
}
# A single-letter compass word only at the start of a name ("N Little Rock").
LEADING_DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west"}

# Words around a place name in a chat message ("I live in", "cerca de", "zip"). Leading ones
# are peeled one at a time, and every shorter form is tried, so "Live Oak" or "De Soto" typed
# alone still match before their first word is taken for filler.
_ENGLISH_FILLER = (
    "a actually am an and are around at based but by close code currently find finding for from "
    "guess hello help hey hi i im in intensive iop iops is just like live lives living located "
    "look looking m maybe me my near nearby need now ok okay our outpatient please postal "
    "postcode probably program programs re rehab rehabs s search searching so some somewhere "
    "stay staying think to treatment uh um umm want we well were yes zip zipcode"
)
_SPANISH_FILLER = (
    "aqui ayuda bueno busco buscando cerca codigo creo de del en esta estamos estoy favor hola mi "
    "por programa programas pues que somos soy tratamiento vive vivimos viven vivo zona"
)
LEADING_FILLER = frozenset(_ENGLISH_FILLER.split() + _SPANISH_FILLER.split())
LEADING_PHRASES: tuple[tuple[str, ...], ...] = (
    ("the", "city", "of"),
    ("city", "of"),
    ("town", "of"),
    ("la", "ciudad", "de"),
    ("ciudad", "de"),
)
TRAILING_FILLER = frozenset(
    {"america", "area", "eeuu", "gracias", "please", "pls", "thanks", "thx", "us", "usa"}
)
TRAILING_PHRASES: tuple[tuple[str, ...], ...] = (
    ("united", "states"),
    ("estados", "unidos"),
    ("thank", "you"),
)
# Everyday replies that happen to be the exact name of some hamlet ("Stop, KY", "Casa, AR"):
# typed on their own they are chat, not places.
NOT_PLACES = frozenset(
    {
        "america", "anywhere", "back", "cancel", "casa", "done", "east", "east coast",
        "everywhere", "exit", "help", "home", "idk", "menu", "midwest", "next", "none", "north",
        "nothing", "nowhere", "quit", "restart", "skip", "south", "start", "stop", "united states",
        "unknown", "us", "usa", "west", "west coast",
    }
)  # fmt: skip
# Countries people name when they are not in the US; their US namesakes are villages.
COUNTRIES = frozenset(
    {
        "australia", "brasil", "brazil", "canada", "colombia", "dominican republic", "el salvador",
        "england", "espana", "france", "germany", "guatemala", "honduras", "india", "ireland",
        "italy", "mexico", "philippines", "republica dominicana", "spain", "uk", "united kingdom",
        "venezuela",
    }
)  # fmt: skip
# "...my son lives in Pittsburgh": the words after the last of these are tried on their own.
PREPOSITIONS = frozenset({"in", "near", "around", "en", "cerca", "from", "at"})
NEAR_ME = frozenset(
    {
        "near me",
        "close to me",
        "around me",
        "near by",
        "nearby",
        "near",
        "close by",
        "here",
        "my location",
        "current location",
        "cerca de mi",
        "aqui",
    }
)

_COMBINING_FREE = re.compile(r"[\u0300-\u036f]")
_INITIALS = re.compile(r"\b(?:[a-z]\.\s?){2,}")
_NON_WORD = re.compile(r"[^a-z0-9]+")
# A ZIP not glued to other digits or to a decimal point ("40.44061" is no ZIP).
_ZIP = re.compile(r"(?<![\d.])(\d{5})(?:\s?-\s?\d{4}|\d{4})?(?!\.?\d)", re.ASCII)
_FOUR_DIGITS = re.compile(r"\d{4}", re.ASCII)
_NUMBER = r"([+-]?\d{1,3}(?:\.\d+)?)"
_COORDINATES = re.compile(
    rf"(?<![\d.]){_NUMBER}\s*°?\s*([ns])?\s*([,;/]|\s)\s*{_NUMBER}\s*°?\s*([ewo])?(?![\d.])",
    re.ASCII,
)


@dataclass(frozen=True, slots=True)
class Place:
    """A place to search around: a ZIP, a city, a whole state or a shared point."""

    kind: PlaceKind
    name: str
    state: str
    latitude: float
    longitude: float
    zip: str = ""
    city: str = ""
    timezone: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of what was typed, with how sure we are of it."""

    place: Place
    confidence: float
    corrected: bool


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of resolving a text: ranked candidates and a text id to guide the reply."""

    status: ResolutionStatus
    candidates: tuple[Candidate, ...]
    hint: str = ""

    @property
    def best(self) -> Candidate | None:
        """The top-ranked candidate, if any."""
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True, slots=True, eq=False)
class _Spot:
    """A place the gazetteer can offer, with its number of ZIP codes as a popularity proxy."""

    place: Place
    size: int


@dataclass(frozen=True, slots=True)
class _Hit:
    """A spot matched by some text: similarity 0..100 (100 = exact) and whether we corrected."""

    spot: _Spot
    score: float
    corrected: bool

    @property
    def rank(self) -> float:
        """Spelling similarity plus a bonus for size, so big places win near-ties."""
        return self.score + SIZE_WEIGHT * math.log10(max(1, self.spot.size))


def _not_found(hint: str = HINT_NOT_FOUND) -> Resolution:
    return Resolution("not_found", (), hint)


def _fold(text: str) -> str:
    """Lower-case the text and strip accents ("San José" -> "san jose"), keeping punctuation."""
    decomposed = unicodedata.normalize("NFKD", text)
    return _COMBINING_FREE.sub("", decomposed).casefold()


def _words(folded: str) -> list[str]:
    """Split folded text into plain ASCII words; "N.Y." becomes "ny" and "O'Fallon" two words."""
    joined = _INITIALS.sub(lambda m: m.group(0).replace(".", "").replace(" ", "") + " ", folded)
    return _NON_WORD.sub(" ", joined).split()


def _name_key(tokens: Sequence[str]) -> str:
    """The comparison key of a place name: words with abbreviations spelled out."""
    expanded = [WORD_ABBREVIATIONS.get(t, t) for t in tokens]
    if len(expanded) > 1 and expanded[0] in LEADING_DIRECTIONS:
        expanded[0] = LEADING_DIRECTIONS[expanded[0]]
    return " ".join(expanded)


def _key_of(name: str) -> str:
    return _name_key(_words(_fold(name)))


def _squeeze(key: str) -> str:
    return key.replace(" ", "")


def _abbreviates(short: str, long: str) -> bool:
    """Whether one name key is a postal abbreviation of another ("phila", "colo springs")."""
    if short == long or len(short) >= len(long):
        return False
    s_tokens, l_tokens = short.split(), long.split()
    if len(s_tokens) == 1 and len(l_tokens) > 1:
        return short == "".join(t[0] for t in l_tokens)
    if 1 < len(s_tokens) < len(l_tokens):
        # "Salt Lake" on a Salt Lake City ZIP is the same city cut short.
        return l_tokens[: len(s_tokens)] == s_tokens
    if len(s_tokens) != len(l_tokens):
        return False
    return all(_subsequence(s, t) for s, t in zip(s_tokens, l_tokens, strict=True))


def _subsequence(short: str, long: str) -> bool:
    if not short or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(char in rest for char in short)


def _fuzzy_cutoff(key: str) -> float | None:
    """How similar a fuzzy match must be; very short inputs are matched exactly or not at all."""
    letters = len(key.replace(" ", ""))
    if letters < 4:
        return None
    if letters < 6:
        return 88.0
    if letters < 8:
        return 85.0
    return 82.0


def _mean_point(areas: Sequence[ZipArea]) -> tuple[float, float]:
    return (
        sum(a.latitude for a in areas) / len(areas),
        sum(a.longitude for a in areas) / len(areas),
    )


def _most_common(values: Sequence[str]) -> str:
    """The most frequent value, first seen on ties; cheap when all values agree (the norm)."""
    first = values[0]
    if all(v == first for v in values):
        return first
    return Counter(values).most_common(1)[0][0]


def _usual_timezone(areas: Sequence[ZipArea]) -> str:
    # A few records carry junk in the timezone field; an IANA name always has a slash.
    zones = [a.timezone for a in areas if "/" in a.timezone]
    return _most_common(zones) if zones else ""


def _strip_phrase(tokens: list[str], phrases: Iterable[tuple[str, ...]], *, end: bool) -> int:
    """Length of the first phrase found at the start (or end) of tokens, leaving one word."""
    for phrase in phrases:
        n = len(phrase)
        if len(tokens) > n and tuple(tokens[-n:] if end else tokens[:n]) == phrase:
            return n
    return 0


def _forms(tokens: list[str]) -> list[list[str]]:
    """The readings to try, longest first: peel filler words from the front one at a time."""
    forms = [tokens]
    current = tokens
    while len(current) > 1:
        phrase = _strip_phrase(current, LEADING_PHRASES, end=False)
        if phrase:
            current = current[phrase:]
        elif current[0] in LEADING_FILLER:
            current = current[1:]
        else:
            break
        forms.append(current)
    # "my son lives in pittsburgh pa": the words after the last preposition, if not tried yet.
    last = max((i for i, t in enumerate(tokens[:-1]) if t in PREPOSITIONS), default=-1)
    if last >= 0 and tokens[last + 1 :] not in forms:
        forms.append(tokens[last + 1 :])
    return forms


class Gazetteer:
    """Every US ZIP, city and state, indexed for exact, abbreviated and misspelled lookups."""

    def __init__(self, areas: Iterable[ZipArea]) -> None:
        self._zips: dict[str, ZipArea] = {}
        usable: list[ZipArea] = []
        for area in areas:
            self._zips[area.zip] = area
            # Military mail ZIPs sit at (0, 0): they locate nothing.
            if area.state not in EXCLUDED_STATES and (area.latitude or area.longitude):
                usable.append(area)
        self._grid: GridIndex[ZipArea] = GridIndex((a.latitude, a.longitude, a) for a in usable)
        self._states = self._index_states(usable)
        self._state_words = self._index_state_words()
        self._index_cities(usable)
        self._aliases = self._index_aliases()
        self._index_fuzzy_choices()

    # -- building -----------------------------------------------------------------------------

    def _index_states(self, usable: Sequence[ZipArea]) -> dict[str, _Spot]:
        by_state: dict[str, list[ZipArea]] = defaultdict(list)
        for area in usable:
            by_state[area.state].append(area)
        states: dict[str, _Spot] = {}
        for code, members in by_state.items():
            if code not in STATE_NAMES:
                continue
            lat, lon = _mean_point(members)
            place = Place(
                kind="state",
                name=STATE_NAMES[code],
                state=code,
                latitude=lat,
                longitude=lon,
                timezone=_usual_timezone(members),
            )
            states[code] = _Spot(place, STATE_WEIGHT)
        return states

    def _index_state_words(self) -> dict[str, str]:
        state_words: dict[str, str] = {}
        for code in self._states:
            state_words[code.lower()] = code
            state_words[_key_of(STATE_NAMES[code])] = code
        for alias, code in STATE_ALIASES.items():
            if code in self._states:
                state_words[alias] = code
        return state_words

    def _index_cities(self, usable: Sequence[ZipArea]) -> None:
        key_cache: dict[str, str] = {}

        def key_of(name: str) -> str:
            key = key_cache.get(name)
            if key is None:
                key = key_cache[name] = _key_of(name)
            return key

        # Places are filed under their name without spaces, so the Postal Service's "Mc Lean"
        # and "Mclean" (both used in VA) are one place, and "newyork" still finds New York.
        members: dict[tuple[str, str], list[ZipArea]] = defaultdict(list)
        spellings: dict[tuple[str, str], list[str]] = defaultdict(list)
        for area in usable:
            members[(_squeeze(key_of(area.city)), area.state)].append(area)
            spellings[(_squeeze(key_of(area.city)), area.state)].append(area.city)
        primary = set(members)

        # Acceptable alternate names: either an abbreviation of a fuller name on the same ZIP
        # ("Phila" -> Philadelphia) or a place of its own (a neighbourhood such as "Hollywood").
        abbreviations: dict[tuple[str, str], tuple[str, str]] = {}
        for area in (a for a in usable if a.other_cities):
            names = [(key_of(n), n) for n in (area.city, *area.other_cities)]
            for key, spelling in names[1:]:
                own = (_squeeze(key), area.state)
                if own in primary:
                    # A real city of its own in this state ("Saint Petersburg" on a ZIP of
                    # St Pete Beach), never an abbreviation of something else.
                    continue
                fuller = [(k, n) for k, n in names if _abbreviates(key, k)]
                target_key, display = max(
                    fuller, key=lambda kn: len(kn[0]), default=(key, spelling)
                )
                slot = (_squeeze(target_key), area.state)
                if slot != own:
                    abbreviations.setdefault(own, slot)
                if slot in primary:
                    continue
                areas = members[slot]
                if not areas or areas[-1] is not area:
                    areas.append(area)
                    spellings[slot].append(display)

        self._places: dict[tuple[str, str], _Spot] = {}
        self._by_name: dict[str, list[_Spot]] = defaultdict(list)
        # Fuzzy matching compares names with their spaces: "nwe york" is close to "new york".
        self._spaced: dict[_Spot, str] = {}
        for slot, areas in members.items():
            display = _most_common(spellings[slot])
            lat, lon = _mean_point(areas)
            place = Place(
                kind="city",
                name=f"{display}, {slot[1]}",
                state=slot[1],
                latitude=lat,
                longitude=lon,
                city=display,
                timezone=_usual_timezone(areas),
            )
            spot = _Spot(place, len(areas))
            self._places[slot] = spot
            self._by_name[slot[0]].append(spot)
            self._spaced[spot] = key_of(display)
        for slot, target in abbreviations.items():
            fuller_spot = self._places.get(target)
            if fuller_spot is not None and slot not in self._places:
                self._places[slot] = fuller_spot
                self._by_name[slot[0]].append(fuller_spot)
        for spots in self._by_name.values():
            spots.sort(key=lambda s: -s.size)

    def _city(self, key: str, state: str) -> _Spot | None:
        return self._places.get((_squeeze(key), state))

    def _cities(self, key: str) -> list[_Spot]:
        return self._by_name.get(_squeeze(key), [])

    def _index_aliases(self) -> dict[str, tuple[_Spot, ...]]:
        aliases: dict[str, tuple[_Spot, ...]] = {}
        for alias, targets in PLACE_ALIASES.items():
            key = _key_of(alias)
            spots = []
            for city, state in targets:
                spot = self._city(_key_of(city), state) if city else self._states.get(state)
                if spot is not None:
                    spots.append(spot)
            if spots:
                aliases[key] = tuple(spots)
        return aliases

    def _index_fuzzy_choices(self) -> None:
        national: dict[str, list[_Spot]] = defaultdict(list)
        per_state: dict[str, dict[str, _Spot]] = defaultdict(dict)
        for spot, key in self._spaced.items():
            national[key].append(spot)
            per_state[spot.place.state].setdefault(key, spot)
        for word, code in self._state_words.items():
            if len(word) > 2:
                national[word].append(self._states[code])
        for alias, targets in self._aliases.items():
            if len(alias.replace(" ", "")) >= 4:
                national[alias].extend(t for t in targets if t not in national[alias])
        # Both sides are normalized here once, so rapidfuzz needs no processor per call.
        self._national_choices = list(national)
        self._national_spots = [tuple(national[c]) for c in self._national_choices]
        self._state_choices = {
            state: (list(names), list(names.values())) for state, names in per_state.items()
        }
        state_names = {w: c for w, c in self._state_words.items() if len(w) > 2}
        self._state_name_choices = list(state_names)
        self._state_name_codes = list(state_names.values())

    # -- public lookups -----------------------------------------------------------------------

    def zip_area(self, zip_code: str) -> ZipArea | None:
        """The ZIP area for a 5-digit ZIP (ZIP+4 is cut to five digits), or None."""
        return self._zips.get(zip_code.strip()[:5])

    def state_name(self, code: str) -> str:
        """The full name of a state or territory code ("PA" -> "Pennsylvania")."""
        return STATE_NAMES.get(code.strip().upper(), code.strip().upper())

    def nearest_zip(
        self, lat: float, lon: float, max_miles: float = OUTSIDE_US_MILES
    ) -> tuple[ZipArea, float] | None:
        """The ZIP whose centroid is closest to a point, with its distance, within max_miles."""
        if not (math.isfinite(lat) and math.isfinite(lon)) or not valid_coordinates(lat, lon):
            return None
        return self._grid.nearest(lat, lon, max_miles)

    def resolve_point(self, lat: float, lon: float) -> Resolution:
        """Resolve a shared location to the point itself, named after its nearest ZIP."""
        nearest = self.nearest_zip(lat, lon)
        if nearest is None:
            return _not_found(HINT_OUTSIDE_US)
        return Resolution(
            "found", (Candidate(self._point_place(lat, lon, nearest[0]), 1.0, False),)
        )

    def resolve(self, text: str) -> Resolution:
        """Turn what someone typed into ranked place candidates; never a silent wrong guess."""
        folded = _fold(text[:MAX_INPUT_CHARS])
        by_point = self._resolve_coordinates(folded)
        if by_point is not None:
            return by_point
        by_zip, unknown_zip = self._resolve_zip(folded)
        if by_zip is not None:
            return by_zip
        tokens = [t for t in _words(folded) if not t.isdigit()]
        by_name = self._resolve_name(tokens)
        if by_name.status == "not_found":
            return _not_found(HINT_UNKNOWN_ZIP) if unknown_zip else by_name
        if unknown_zip:
            return Resolution(by_name.status, by_name.candidates, HINT_UNKNOWN_ZIP)
        return by_name

    # -- numbers ------------------------------------------------------------------------------

    def _point_place(self, lat: float, lon: float, nearest: ZipArea) -> Place:
        return Place(
            kind="coordinates",
            name=f"{lat:.2f}, {lon:.2f} (near {nearest.city}, {nearest.state})",
            state=nearest.state,
            latitude=lat,
            longitude=lon,
            zip=nearest.zip,
            city=nearest.city,
            timezone=nearest.timezone,
        )

    def _resolve_coordinates(self, folded: str) -> Resolution | None:
        match = _COORDINATES.search(folded)
        if match is None:
            return None
        lat_text, north_south, separator, lon_text, east_west = match.groups()
        decimals = "." in lat_text and "." in lon_text
        whole = match.group(0).strip() == folded.strip() and separator.strip() != ""
        if not (decimals or whole):
            return None
        lat, lon = float(lat_text), float(lon_text)
        if north_south == "s":
            lat = -abs(lat)
        if east_west in ("w", "o"):  # "o" is oeste
            lon = -abs(lon)
        found = self.resolve_point(lat, lon)
        if found.status == "found":
            return found
        # A forgotten minus sign or swapped order is common; offer it, but only as a question.
        signed = bool(east_west) or lon_text.startswith(("-", "+"))
        guesses = [(lat, -lon)] if not signed and lon > 0 else []
        guesses.append((lon, lat))
        for guess_lat, guess_lon in guesses:
            nearest = self.nearest_zip(guess_lat, guess_lon)
            if nearest is not None:
                place = self._point_place(guess_lat, guess_lon, nearest[0])
                return Resolution("ambiguous", (Candidate(place, 0.5, True),))
        return found

    def _zip_place(self, area: ZipArea) -> Place:
        return Place(
            kind="zip",
            name=f"{area.zip} ({area.city}, {area.state})",
            state=area.state,
            latitude=area.latitude,
            longitude=area.longitude,
            zip=area.zip,
            city=area.city,
            timezone=area.timezone,
        )

    def _resolve_zip(self, folded: str) -> tuple[Resolution | None, bool]:
        """A known ZIP anywhere in the text (the last one, as in an address), or None."""
        codes = _ZIP.findall(folded)
        for code in reversed(codes):
            area = self._zips.get(code)
            if area is None:
                continue
            if area.state in EXCLUDED_STATES or not (area.latitude or area.longitude):
                return _not_found(HINT_OUTSIDE_US), False
            return Resolution("found", (Candidate(self._zip_place(area), 1.0, False),)), False
        if codes:
            return None, True
        # Spreadsheets drop the leading zero of New England ZIPs ("2134"); ask, don't assume.
        bare = folded.strip()
        if _FOUR_DIGITS.fullmatch(bare):
            area = self._zips.get("0" + bare)
            if area is not None and area.state not in EXCLUDED_STATES:
                candidate = Candidate(self._zip_place(area), 0.5, True)
                return Resolution("ambiguous", (candidate,)), False
            return _not_found(HINT_UNKNOWN_ZIP), False
        return None, False

    # -- names --------------------------------------------------------------------------------

    def _resolve_name(self, tokens: list[str]) -> Resolution:
        trimmed = list(tokens)
        while len(trimmed) > 1:
            phrase = _strip_phrase(trimmed, TRAILING_PHRASES, end=True)
            if phrase:
                trimmed = trimmed[:-phrase]
            elif trimmed[-1] in TRAILING_FILLER:
                trimmed = trimmed[:-1]
            else:
                break
        if not trimmed:
            return _not_found()
        forms = _forms(trimmed)
        said = {" ".join(form) for form in forms}
        if said & NEAR_ME:
            return _not_found(HINT_NEAR_ME)
        if " ".join(forms[-1]) in COUNTRIES:
            return _not_found(HINT_OUTSIDE_US)
        if " ".join(forms[-1]) in NOT_PLACES:
            return _not_found()
        # "Bay Area" is a name before "area" is filler: the untrimmed text is tried first.
        tried = forms if trimmed == tokens else [tokens, *forms]
        for index, form in enumerate(tried):
            exact = self._exact(form, alone=index == 0)
            if exact is not None:
                return exact
        # Fuzzy matching reads the most stripped form: filler words would only add noise.
        return self._fuzzy(forms[-1])

    def _state_of(self, text: str, *, alone: bool) -> str | None:
        code = self._state_words.get(text)
        if code is not None and text in WORDLIKE_CODES and not alone:
            return None
        return code

    def _exact(self, form: list[str], *, alone: bool) -> Resolution | None:
        """Readings of a form that need no spelling correction, or None."""
        raw = " ".join(form)
        key = _name_key(form)
        aliased = self._aliases.get(key)
        if aliased is not None:
            return self._decide([_Hit(s, 100.0, True) for s in aliased])
        cities = self._cities(key)
        code = self._state_of(raw, alone=alone)
        if code is not None:
            # Another name for the state ("pensilvania") is read back to the person to confirm.
            hits = [_Hit(self._states[code], 100.0, raw in STATE_ALIASES)]
            hits += [_Hit(s, 100.0, False) for s in cities]
            return self._decide(hits)
        for n in (4, 3, 2, 1):
            if len(form) <= n:
                continue
            suffix = " ".join(form[-n:])
            suffix_code = self._state_words.get(suffix) or STATE_SUFFIX_ABBREVIATIONS.get(suffix)
            if suffix_code is None:
                continue
            hit = self._city_in_state(form[:-n], suffix_code)
            if hit is not None:
                return self._decide([hit])
        for n in (3, 2, 1):
            # The state first ("PA Pittsburgh", "Texas Houston"); not for words like "in".
            prefix = " ".join(form[:n])
            prefix_code = self._state_words.get(prefix)
            if len(form) <= n or prefix_code is None or prefix in WORDLIKE_CODES:
                continue
            hit = self._city_in_state(form[n:], prefix_code)
            if hit is not None:
                return self._decide([hit])
        if cities:
            return self._decide_exact_cities(key, cities)
        return None

    def _city_in_state(self, city_tokens: list[str], code: str) -> _Hit | None:
        key = _name_key(city_tokens)
        for alias in self._aliases.get(key, ()):
            if alias.place.state == code:
                return _Hit(alias, 100.0, True)
        spot = self._city(key, code)
        return _Hit(spot, 100.0, False) if spot is not None else None

    def _decide_exact_cities(self, key: str, cities: list[_Spot]) -> Resolution:
        hits = [_Hit(s, 100.0, False) for s in cities]
        biggest = max(s.size for s in cities)
        if biggest >= SIZEABLE_ZIPS:
            return self._decide(hits)
        # "pittsburg" names real small towns, but most people typing it mean Pittsburgh, PA:
        # offer such a much bigger near-namesake too, and let the person choose.
        cutoff = max(NEIGHBOUR_MIN_SCORE, _fuzzy_cutoff(key) or 100.0)
        neighbours = [
            h
            for h in self._national_hits(key, cutoff)
            if h.spot.place.kind == "city" and h.spot.size >= max(SIZEABLE_ZIPS, 4 * biggest)
        ]
        return self._decide(hits + neighbours, ambiguous=bool(neighbours))

    def _national_hits(self, key: str, cutoff: float) -> list[_Hit]:
        matches = process.extract(
            key,
            self._national_choices,
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=cutoff,
            limit=FUZZY_LIMIT,
        )
        return [
            _Hit(spot, score, True) for _, score, i in matches for spot in self._national_spots[i]
        ]

    def _fuzzy(self, form: list[str]) -> Resolution:
        """Readings that need a spelling correction, ranked by similarity and size."""
        for n in (4, 3, 2, 1):
            if len(form) <= n:
                continue
            located = self._fuzzy_state_suffix(" ".join(form[-n:]))
            if located is None:
                continue
            code, state_score = located
            in_state = self._fuzzy_in_state(form[:-n], code, state_corrected=state_score < 100)
            if in_state:
                return self._decide(in_state)
        key = _name_key(form)
        cutoff = _fuzzy_cutoff(key)
        if cutoff is None:
            return _not_found()
        hits = self._national_hits(key, cutoff)
        if hits:
            return self._decide(hits)
        loose = [
            h
            for h in self._national_hits(key, cutoff - LOOSE_SCORE_DROP)
            if h.spot.size >= LOOSE_MIN_ZIPS
        ]
        return self._decide(loose, ambiguous=True)

    def _fuzzy_state_suffix(self, suffix: str) -> tuple[str, float] | None:
        code = self._state_words.get(suffix) or STATE_SUFFIX_ABBREVIATIONS.get(suffix)
        if code is not None:
            return code, 100.0
        if len(suffix) < 5:
            return None
        match = process.extractOne(
            suffix,
            self._state_name_choices,
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=STATE_SUFFIX_MIN_SCORE,
        )
        return (self._state_name_codes[match[2]], match[1]) if match else None

    def _fuzzy_in_state(
        self, city_tokens: list[str], code: str, *, state_corrected: bool
    ) -> list[_Hit]:
        exact = self._city_in_state(city_tokens, code)
        if exact is not None:
            return [_Hit(exact.spot, 100.0, exact.corrected or state_corrected)]
        key = _name_key(city_tokens)
        cutoff = _fuzzy_cutoff(key)
        if cutoff is None or code not in self._state_choices:
            return []
        names, spots = self._state_choices[code]
        matches = process.extract(
            key, names, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff, limit=FUZZY_LIMIT
        )
        hits = [_Hit(spots[i], score, True) for _, score, i in matches]
        if hits:
            # The person may have the state wrong: exact namesakes elsewhere are offered too,
            # marked down so that a good in-state correction still leads.
            hits += [_Hit(s, cutoff, True) for s in self._cities(key)]
        return hits

    # -- ranking ------------------------------------------------------------------------------

    def _decide(self, hits: Sequence[_Hit], *, ambiguous: bool = False) -> Resolution:
        """Rank hits and say whether the best is clearly ahead of its first real rival."""
        merged: dict[Place, _Hit] = {}
        for hit in hits:
            seen = merged.get(hit.spot.place)
            if seen is None or hit.score > seen.score:
                merged[hit.spot.place] = hit
        if not merged:
            return _not_found()
        ranked = sorted(
            merged.values(),
            key=lambda h: (-h.rank, h.spot.place.kind != "city", h.spot.place.name),
        )
        best = ranked[0]
        rival = next((h for h in ranked[1:] if _competes(best, h)), None)
        found = (
            not ambiguous
            and best.score >= FOUND_MIN_SCORE
            # A spelling fix that lands on a hamlet is more likely a word than a place
            # ("heroin" -> Heron, MT): ask rather than assume.
            and (best.score >= 100.0 or best.spot.size >= SIZEABLE_ZIPS)
            and (rival is None or _clearly_ahead(best, rival))
        )
        shown = [h for h in ranked if h.rank >= best.rank - ALTERNATIVE_WINDOW][:MAX_CANDIDATES]
        total = sum(h.spot.size for h in shown)
        candidates = []
        for index, hit in enumerate(shown):
            quality = _quality(hit)
            share = 1.0 if found and index == 0 else hit.spot.size / total
            candidates.append(Candidate(hit.spot.place, round(quality * share, 3), hit.corrected))
        return Resolution("found" if found else "ambiguous", tuple(candidates))


def _competes(best: _Hit, other: _Hit) -> bool:
    """Whether another hit is a genuine alternative to the best one.

    A state and a city inside it are not rivals ("New York" the city and the state): choosing
    the city still searches where the person meant.
    """
    a, b = best.spot.place, other.spot.place
    if a == b:
        return False
    kinds = {a.kind, b.kind}
    return not (kinds == {"state", "city"} and a.state == b.state)


def _clearly_ahead(best: _Hit, rival: _Hit) -> bool:
    lead = best.rank - rival.rank
    if best.spot.size < SIZEABLE_ZIPS or lead < LEAD_OVER_SMALL:
        return False
    return rival.spot.size < SIZEABLE_ZIPS or lead >= LEAD_OVER_SIZEABLE


def _quality(hit: _Hit) -> float:
    """How good the match is on its own: 1.0 exact, 0.95 alias, lower for spelling fixes."""
    if hit.score >= 100.0:
        return 0.95 if hit.corrected else 1.0
    return 0.95 * hit.score / 100.0

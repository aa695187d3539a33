"""The words of US places: state names and codes, nicknames, abbreviations, filler; pure data."""

from __future__ import annotations

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

"""English texts: location, results, verification, relaxation; pure data."""

from __future__ import annotations

SOURCE_LINE = (
    "Source: SAMHSA, National Directory of Drug and Alcohol Use Treatment Facilities 2023. "
    "Listings can be out of date: confirm details by phone."
)

TEXTS: dict[str, str] = {
    "source": SOURCE_LINE,
    "helpline": (
        "SAMHSA's National Helpline, free and confidential, 24/7, in English and Spanish: "
        "1-800-662-4357."
    ),
    "location.hint.not_found": (
        "I couldn't find that place. Try a 5-digit ZIP code, or a city and state such as "
        '"Pittsburgh, PA".'
    ),
    "location.hint.unknown_zip": (
        "That ZIP code isn't one I know. Check the digits, or type a city and state instead."
    ),
    "location.hint.outside_us": (
        "That point is outside the US areas the directory covers. Try a US ZIP code or city."
    ),
    "location.hint.near_me": (
        "Share your location, or type your ZIP code or city and state, and I'll look nearby."
    ),
    "location.ambiguous": "There is more than one place called that. Which one do you mean?",
    "location.corrected": 'I understood "{typed}" as {place}.',
    "verify.hours": ("Whether they have evening or weekend groups (the directory lists no hours)"),
    "verify.openings": "Whether they are taking new clients, and how soon you could start",
    "verify.insurance_network": (
        "Whether they take your insurance plan, and what you would pay out of pocket"
    ),
    "verify.iop_schedule": "How many hours a week the IOP runs, on which days, for how many weeks",
    "verify.medication": (
        "Whether they prescribe the medication on site or work with your prescriber"
    ),
    "verify.language": "Whether the groups themselves are held in your language",
    "verify.group": "Whether the group you want runs inside the IOP itself",
    "verify.telehealth_area": (
        "Whether the IOP itself meets online (telehealth is listed for the whole facility), "
        "and whether it is open to people where you live"
    ),
    "verify.distance_approximate": (
        "The exact address (distance is measured from the center of their ZIP code)"
    ),
    "relax.radius": "Widened the distance from {from_miles:g} to {to_miles:g} miles.",
    "relax.dropped": "No longer required: {feature} (programs that have it still rank first).",
    "relax.telehealth_statewide": (
        "Added programs in {state} at facilities that offer telehealth (ask whether the IOP "
        "itself meets online)."
    ),
    "intake.welcome.again": (
        "If anyone is in danger now: call 911. Thoughts of suicide: call or text 988.\n\n"
        "Tell me what you're looking for in a few words, or pick how to start:"
    ),
    "intent.spanish.syn": (
        "espanol|spanish|en espanol|in spanish|no hablo ingles|hablo espanol|"
        "habla espanol|quiero espanol|solo espanol|no ingles|spanish please"
    ),
    "intent.english.syn": "english|in english|en ingles|ingles|english please|i speak english",
    "language.switched": (
        "I'll speak English from now on. To switch back, type Español or use /language."
    ),
    # After "not sure" about medication: what it is, without saying programs will be ranked by it.
    "triage.opioid_medication.info": (
        "Medications for opioid use disorder (buprenorphine, methadone, naltrexone) are "
        "FDA-approved, lower the risk of overdose and help people stay in treatment. A program "
        "can tell you whether they offer them."
    ),
    "triage.alcohol_medication.info": (
        "There are FDA-approved medications for alcohol use disorder too (naltrexone, "
        "acamprosate, disulfiram). A program can tell you whether they offer them."
    ),
    "engine.lost": (
        "Sorry, I couldn't pick up our earlier conversation, so let's start again. Your saved "
        "programs are kept when I can read them."
    ),
    "search.none": "I found no matching programs, even after widening the search.",
}

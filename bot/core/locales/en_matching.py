"""English texts of what matching says about programs: whom they serve, the ages they list,
telehealth, paying without insurance, and the gender question; pure data."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- what a card says about whom a program serves -----------------------------------------
    "card.flags": "Note: {flags}",
    "flag.women_only": "Serves women only",
    "flag.men_only": "Serves men only",
    "flag.va_only": "Veterans (VA) only",
    "flag.dui_only": "DUI/DWI clients only",
    "flag.alcohol_only": "Treats alcohol use only",
    "flag.opioids_only": "Treats opioid use only",
    "flag.no_alcohol": "Does not treat alcohol use",
    "flag.no_opioids": "Does not treat opioid use",
    "flag.ages_listed": "Ages listed: {ages} only — ask",
    "flag.ages_unlisted": "No ages listed — ask",
    "flag.group_ages": "Lists a group for {group}, but ages listed: {ages} only — ask",
    "flag.group.teen": "teens",
    "flag.group.young_adult": "young adults",
    "flag.group.senior": "older adults",
    "flag.age.teen": "children and teens",
    "flag.age.young_adult": "young adults",
    "flag.age.adult": "adults",
    "flag.age.senior": "seniors",
    # -- which withdrawals a detox listing names --------------------------------------------
    "detox.listed": "Detox listed for: {withdrawals}",
    "detox.not_listed": "not listed for {substances} — ask",
    "detox.unlisted": "The directory doesn't say which withdrawals it manages — ask",
    "detox.filtered": (
        "Shown if the listing names detox for {substances}, or doesn't say which withdrawals "
        "it manages."
    ),
    "detox.for.alcohol": "alcohol",
    "detox.for.opioids": "opioids",
    "detox.for.benzos": "benzodiazepines",
    "detox.for.cocaine": "cocaine",
    "detox.for.meth": "methamphetamine",
    "detox.for.stimulants": "stimulants",
    "feature.or": " or ",
    # -- notes before the list ----------------------------------------------------------------
    "results.telehealth_note": (
        "Telehealth is listed for the whole facility, not for its IOP: ask whether the IOP "
        "itself meets online."
    ),
    "results.online.by_name": (
        "These are listed by name. Type your ZIP code to see the nearest first."
    ),
    "results.no_insurance": (
        "Without insurance, programs that list a sliding fee, payment assistance, free care or "
        "public funding come first. SAMHSA's National Helpline (1-800-662-4357, free and "
        "confidential, 24/7, English and Spanish) can refer you to your state's office for "
        "state-funded treatment, and to programs with a sliding fee."
    ),
    # -- the gender question, asked only when it changes the list -----------------------------
    "intake.gender": (
        "Some programs near you serve only women or only men. Which fits you? "
        "(Your answer only leaves out programs that would not take you.)"
    ),
    "intake.gender.other": (
        "Some programs near them serve only women or only men. Is the program for a woman or "
        "a man? (The answer only leaves out programs that would not take them.)"
    ),
    "opt.gender.woman": "A woman",
    "opt.gender.woman.syn": "woman|women|female|girl|mujer",
    "opt.gender.man": "A man",
    "opt.gender.man.syn": "man|men|male|guy|boy|hombre",
    "opt.gender.unsaid": "Prefer not to say",
    "opt.gender.unsaid.syn": "prefer not to say|rather not say|not saying|pass|prefiero no decir",
}

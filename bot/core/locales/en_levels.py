"""English texts for every level of care as a full entry: names, details, call questions."""

TEXTS: dict[str, str] = {
    # The level of care, as cards, details, the saved list and call plans name it.
    "level.name.iop": "Intensive outpatient (IOP)",
    "level.name.detox": "Detox (withdrawal management)",
    "level.name.php": "Partial hospitalization (day treatment)",
    "level.name.residential": "Residential treatment",
    "level.name.sober_housing": "Sober living / transitional housing",
    "level.name.outpatient": "Standard outpatient",
    "level.short.iop": "IOP",
    "level.short.detox": "Detox",
    "level.short.php": "Day treatment",
    "level.short.residential": "Residential",
    "level.short.sober_housing": "Sober living",
    "level.short.outpatient": "Outpatient",
    "card.level": "Level of care: {level}",
    "opt.results.level_details": "{level}: {name}",
    # In a Spanish-language search, a listing without Spanish services.
    "card.no_spanish": "Lists no Spanish services — ask for an interpreter",
    # Details as listed.
    "details.telehealth.level": "Offers telehealth (ask what this program offers online)",
    "details.level": "Level of care: {level}",
    "details.accreditation": "Accreditation listed: {items}",
    "details.accreditation.none": "No accreditation listed — ask",
    "details.website": "Website: {url}",
    "details.no_website": "No website listed — search the program's name",
    # Links offered with a program's details (buttons in Telegram, lines in the terminal).
    "link.website": "🌐 Website",
    "link.map": "🗺 Map",
    "link.share": "↗️ Share",
    "link.share.phone": "Phone: {phone}",
    "accreditor.CARF": "CARF",
    "accreditor.JC": "The Joint Commission",
    "accreditor.COA": "Council on Accreditation (COA)",
    "accreditor.HFAP": "Healthcare Facilities Accreditation Program (HFAP)",
    "accreditor.NCQA": "National Committee for Quality Assurance (NCQA)",
    # The call plan of each level: how the script names the care, headings.
    "call.care.iop": "the intensive outpatient program (IOP)",
    "call.care.detox": "detox (medical withdrawal management)",
    "call.care.php": "the partial hospitalization (day treatment) program",
    "call.care.residential": "residential treatment",
    "call.care.sober_housing": "sober living (recovery housing)",
    "call.care.outpatient": "outpatient treatment",
    "call.care.short.iop": "IOP",
    "call.care.short.detox": "detox",
    "call.care.short.php": "day program",
    "call.care.short.residential": "residential program",
    "call.care.short.sober_housing": "house",
    "call.care.short.outpatient": "outpatient program",
    "call.heading.title.care": "Before you call {program} — {level}",
    "call.heading.care.detox": "About the detox",
    "call.heading.care.php": "About the day program",
    "call.heading.care.residential": "About the residential program",
    "call.heading.care.sober_housing": "About the house",
    "call.heading.care.outpatient": "About outpatient care",
    "call.script.interpreter": (
        'If no one there speaks Spanish, ask: "Can I have a Spanish interpreter, please?" '
        "(¿Me pueden dar un intérprete de español?)"
    ),
    "call.script.interpreter.other": (
        'If no one there speaks Spanish, ask: "Can they have a Spanish interpreter, please?" '
        "(¿Le pueden dar un intérprete de español?)"
    ),
    "call.q.payment.authorization.care": (
        "Does my plan need prior authorization for this care? Will you ask for it?"
    ),
    "call.q.payment.authorization.care.other": (
        "Does their plan need prior authorization for this care? Will you ask for it?"
    ),
    # Detox (withdrawal management).
    "call.q.detox.today": (
        "Could I be admitted today? If not, when, and where should I go until then?"
    ),
    "call.q.detox.today.other": (
        "Could they be admitted today? If not, when, and where should they go until then?"
    ),
    "call.q.detox.medical": (
        "Is withdrawal medically managed here, with a doctor or nurse and medication when needed?"
    ),
    "call.q.detox.after": (
        "What happens after detox? Do you help me step down to an IOP or residential program?"
    ),
    "call.q.detox.after.other": (
        "What happens after detox? Do you help them step down to an IOP or residential program?"
    ),
    "call.q.detox.intake": (
        "What are the steps to be admitted: a phone screening, a referral, an assessment?"
    ),
    "call.q.detox.length": "How many days does detox usually last here?",
    "call.q.detox.medication": (
        "Can I keep taking my current medications during detox? Do you start medication for "
        "opioid or alcohol use disorder?"
    ),
    "call.q.detox.medication.other": (
        "Can they keep taking their current medications during detox? Do you start medication "
        "for opioid or alcohol use disorder?"
    ),
    "call.q.detox.bring": "What should I bring, and what can't I bring?",
    "call.q.detox.bring.other": "What should they bring, and what can't they bring?",
    # Partial hospitalization (day treatment).
    "call.q.php.start": (
        "Could I start within 48 hours? If there's a wait, what help can I get meanwhile?"
    ),
    "call.q.php.start.other": (
        "Could they start within 48 hours? If there's a wait, what help can they get meanwhile?"
    ),
    "call.q.php.hours": (
        "How many hours a day, and on which days? (Day treatment is usually 20 hours a week or "
        "more.)"
    ),
    "call.q.php.intake": (
        "What are the steps to start: a phone screening, an assessment, paperwork?"
    ),
    "call.q.php.length": "How many weeks does it last, and who decides when I step down?",
    "call.q.php.length.other": (
        "How many weeks does it last, and who decides when they step down?"
    ),
    "call.q.php.medical": "Is there a doctor or nurse on site during the program?",
    "call.q.php.after": "What comes after: an IOP, outpatient care, peer groups?",
    # Residential treatment.
    "call.q.residential.start": (
        "Do you have a bed open? If there's a wait, how long, and what help can I get meanwhile?"
    ),
    "call.q.residential.start.other": (
        "Do you have a bed open? If there's a wait, how long, and what help can they get "
        "meanwhile?"
    ),
    "call.q.residential.length": (
        "How long do people usually stay, and who decides when it's time to leave?"
    ),
    "call.q.residential.intake": (
        "What are the steps to be admitted? Do I need detox first, or do you provide it?"
    ),
    "call.q.residential.intake.other": (
        "What are the steps to be admitted? Do they need detox first, or do you provide it?"
    ),
    "call.q.residential.visits": ("Can family visit or call? Is there a family program?"),
    "call.q.residential.day": "What does a typical day look like: groups, one-to-one sessions?",
    "call.q.residential.medication": (
        "Can I keep taking my medications, including medication for opioid or alcohol use "
        "disorder?"
    ),
    "call.q.residential.medication.other": (
        "Can they keep taking their medications, including medication for opioid or alcohol use "
        "disorder?"
    ),
    "call.q.residential.bring": (
        "What should I bring and not bring? Can I keep my phone? Is there a smoking policy?"
    ),
    "call.q.residential.bring.other": (
        "What should they bring and not bring? Can they keep their phone? Is there a smoking "
        "policy?"
    ),
    "call.q.residential.after": (
        "What comes after: an IOP, outpatient care, help finding sober housing?"
    ),
    # Sober living / transitional housing (a place to live, not treatment).
    "call.q.sober.opening": "Do you have a bed open now? How soon could I move in?",
    "call.q.sober.opening.other": "Do you have a bed open now? How soon could they move in?",
    "call.q.sober.certified": (
        "Is the house certified or licensed, by the state or a recovery-housing association?"
    ),
    "call.q.sober.rules": (
        "What are the house rules: curfew, drug testing, chores, meetings? What happens if "
        "someone returns to use?"
    ),
    "call.q.sober.medication": (
        "Are residents allowed to take medication for opioid or alcohol use disorder, like "
        "buprenorphine or methadone?"
    ),
    "call.q.sober.cost": ("How much is rent, what does it include, and is a deposit needed?"),
    "call.q.sober.treatment": (
        "Do residents need to be in treatment, like an IOP, while living here?"
    ),
    "call.q.sober.stay": "How long can I stay?",
    "call.q.sober.stay.other": "How long can they stay?",
    # Standard outpatient.
    "call.q.outpatient.start": (
        "Could I start within 48 hours? If there's a wait, what help can I get meanwhile?"
    ),
    "call.q.outpatient.start.other": (
        "Could they start within 48 hours? If there's a wait, what help can they get meanwhile?"
    ),
    "call.q.outpatient.hours": "How often are sessions, on which days and times?",
}

"""English: short sourced answers to common questions, and the words that pick from a list."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- answers to questions people ask at any step (bot.core.understanding.faq) -------------
    "faq.minor_consent": (
        "Whether a teen can start treatment for alcohol or drug use without a parent's "
        "permission depends on the state: many states let minors consent on their own from "
        "about age 12 to 16. A program can tell you what applies where you live. Where a teen "
        "can consent, the program generally needs the teen's written permission before telling "
        "parents anything (42 CFR Part 2), but a parent's insurance statement may show a "
        "visit, so ask the program how they bill.\nSource: SAMHSA; 42 CFR Part 2"
    ),
    "faq.minor_consent.other": (
        "Whether a teen can start treatment for alcohol or drug use without a parent's "
        "permission depends on the state: many states let minors consent on their own from "
        "about age 12 to 16. A program can tell you what applies where you live. Where a teen "
        "can consent, the program generally needs the teen's written permission before sharing "
        "details with parents (42 CFR Part 2).\nSource: SAMHSA; 42 CFR Part 2"
    ),
    "faq.naloxone": (
        "Naloxone (Narcan) can reverse an opioid overdose. Since 2023 the nasal spray is sold "
        "over the counter, without a prescription, at most pharmacies, and many health "
        "departments and community programs give it out free. In an overdose, call 911 first, "
        "then give naloxone and stay with the person.\nSource: FDA, 2023; SAMHSA"
    ),
    "faq.what_is_iop": (
        "An intensive outpatient program (IOP) is treatment you attend several days a week "
        "while living at home: about 9 or more hours a week for adults, and 6 or more for "
        "teens. It usually mixes group and individual counseling, family sessions and help "
        "planning what comes next. It is ASAM level 2.1, between standard outpatient care and "
        "partial hospitalization.\nSource: ASAM; SAMHSA"
    ),
    "faq.iop_length": (
        "IOPs often last about 8 to 12 weeks, and some 90 days or more; when to step down "
        "should depend on how things are going, not on a fixed date. Staying long enough "
        "matters: research shows real improvement after about 3 months in treatment. "
        "Afterwards, most people go on to standard outpatient care or support groups.\n"
        "Source: SAMHSA TIP 47; NIDA"
    ),
    "faq.work_school": (
        "Often, yes: IOP is designed so people keep living at home and can keep working or "
        "going to school. Many programs hold groups in the morning, in the evening or on "
        "weekends, so ask each program about its schedule. If time off is needed, ask the "
        "program about paperwork for medical leave.\nSource: ASAM; SAMHSA"
    ),
    "faq.cost": (
        "Costs vary by program. Without insurance, look for programs with a sliding fee (based "
        "on income) or state-funded care; many take Medicaid, and Medicare has covered IOP "
        "since 2024. The free SAMHSA helpline, 1-800-662-4357 (24/7), can refer people without "
        "insurance to their state's office or to sliding-fee programs.\nSource: SAMHSA"
    ),
    "faq.confidentiality": (
        "Treatment for alcohol or drug use is confidential: programs covered by the federal "
        "rule 42 CFR Part 2 generally need your written consent before sharing anything, even "
        "with family, an employer or the police. HIPAA protects health information too. "
        "Calling a program to ask questions is confidential, and you won't be reported for "
        "talking about drug use.\nSource: 42 CFR Part 2; HIPAA; SAMHSA"
    ),
    "faq.immigration": (
        "Many programs treat people whatever their immigration status, and you don't have to "
        "tell this bot yours. Programs must keep what you tell them confidential under the "
        "federal rule 42 CFR Part 2: they generally can't share it with anyone, immigration "
        "authorities included, without your written consent (narrow exceptions include a "
        "special court order or a medical emergency). Some ask for an ID or a Social Security "
        "number for billing, and sliding-fee or state-funded programs often serve people "
        "without insurance, so ask when you call. SAMHSA's free, confidential helpline, "
        "1-800-662-4357 (24/7, English and Spanish), can help find one.\n"
        "Source: 42 CFR Part 2; SAMHSA"
    ),
    "faq.detox": (
        "Detox (withdrawal management) helps the body through withdrawal safely, usually over "
        "a few days and often with medical care; on its own it is only a first step. IOP is "
        "the treatment that follows, several days a week while living at home. After daily "
        "heavy drinking or regular benzodiazepine use, stopping suddenly can be dangerous: "
        "talk to a doctor or a detox program first.\nSource: ASAM; NIDA"
    ),
    "faq.medication": (
        "There are FDA-approved medications for opioid use disorder (buprenorphine, methadone, "
        "naltrexone) and for alcohol use disorder (naltrexone, acamprosate, disulfiram). They "
        "ease cravings, the opioid medications lower the risk of overdose, and all work best "
        "alongside counseling. Many "
        "IOPs prescribe them or work with a prescriber; methadone is given only at opioid "
        "treatment programs.\nSource: SAMHSA; FDA"
    ),
    "faq.family_refuses": (
        "You can't make someone ready, but you can help: CRAFT (Community Reinforcement and "
        "Family Training) teaches families ways of talking that often lead a loved one to "
        "treatment. Support for you is there too: Al-Anon, Nar-Anon and SMART Recovery Family "
        "& Friends. You can also call programs yourself to ask how they work.\n"
        "Source: SAMHSA; NIDA"
    ),
    # -- picking from the list of programs in words (bot.core.dialogue.picking) -------
    "results.words.details.syn": (
        "details|detail|detials|info|information|about|tell me about|tell me more about|"
        "more about|more on|show me|show|see|open|look at|view"
    ),
    "results.words.save.syn": "save|keep|bookmark|star|add|save it|add to my list",
    "results.words.callprep.syn": (
        "what should i ask|what should i ask them|what do i ask|what do i ask them|"
        "what should i ask when i call|what do i ask when i call|what do i say|what should i say|"
        "what to ask|questions to ask|what questions|call script|script for|prepare to call|"
        "help me call|call prep|prepare for the call|how do i call"
    ),
    "results.words.already": "The list already takes that into account ({what}).",
    "about.closest": "The closest is {name}, {miles} mi away in {where}. Phone: {phone}.",
    "about.cost": (
        "{name} lists these ways to pay: {payment}. What you would pay depends on your "
        "coverage: ask when you call, {phone}."
    ),
    "about.cost.none": "none listed (ask by phone)",
    "about.phone": "{name}: {phone}",
    "about.distance": "{name} is {miles} mi away, in {where}.",
    "about.where": "{name} is in {where}.",
    "results.words.which_call": "Which program are you calling?\n{programs}",
    "results.words.filler.syn": (
        "the|one|a|an|program|programs|number|no|num|option|please|pls|for me|me|on|of|about|"
        "i want|id like|i would like|can i see|lets see|let me see|to my list|to the list|that"
    ),
    "results.words.last.syn": "last|the last one|last one",
    "results.words.ordinal.1.syn": "first|1st",
    "results.words.ordinal.2.syn": "second|2nd",
    "results.words.ordinal.3.syn": "third|3rd",
    "results.words.ordinal.4.syn": "fourth|4th|forth",
    "results.words.ordinal.5.syn": "fifth|5th",
    "results.words.ordinal.6.syn": "sixth|6th",
    "results.words.ordinal.7.syn": "seventh|7th",
    "results.words.ordinal.8.syn": "eighth|8th",
    "results.words.ordinal.9.syn": "ninth|9th",
    "results.words.ordinal.10.syn": "tenth|10th",
    "results.words.which": "More than one program on the list fits those words:\n{programs}",
    "results.words.which_save": "Which one should I save?\n{programs}",
    "results.words.which_next": "Which one do you mean?",
    "results.words.none_yet": (
        "There are no results yet, so there's nothing to open or save. Tell me where to search "
        "(a ZIP code or a city and state), and I'll list programs you can pick by number."
    ),
    "results.words.not_yet": (
        "There are no results yet: I'll list programs after these questions (or tap Search now "
        "at the summary). Then you can open or save one by its number."
    ),
    "results.words.past": (
        "There are {total} programs in this list, numbered 1 to {total}. Which number do you mean?"
    ),
    "results.words.past_more": (
        'So far I\'ve shown programs 1 to {last} of {total}. Type "more" to see the next ones.'
    ),
    "results.words.last_page": "That's the whole list: {total} programs.",
}

"""English texts: getting ready to call a program (questions, opening script, lists); pure data.

Paraphrased from SAMHSA's signs of quality, FindTreatment's calling guide, NIAAA's navigator and
the ASAM IOP anchors (reference/domain.md §2). Person-first words only (§3.5): "return to use",
never the stigmatizing terms. Each line is short enough for a phone screen. An ``.other``
variant is what a family member says about the person they are calling for.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # Words the plan fills in (see texts.resolve): lists, plans, medications, substances.
    "call.and": " and ",
    "call.use": "{items} use",
    "call.use.any": "substance use",
    "call.substance.alcohol": "alcohol",
    "call.substance.opioids": "opioid",
    "call.substance.benzos": "benzodiazepine",
    "call.substance.stimulants": "stimulant",
    "call.substance.cannabis": "cannabis",
    "call.plan.medicaid": "Medicaid",
    "call.plan.medicare": "Medicare",
    "call.plan.tricare": "TRICARE",
    "call.plan.state_plan": "state health",
    "call.med.buprenorphine": "buprenorphine",
    "call.med.naltrexone": "naltrexone",
    "call.med.methadone": "methadone",
    # Headings.
    "call.heading.title": "Before you call {program}",
    "call.heading.notes": "Good to know",
    "call.heading.have_ready": "Have ready",
    "call.heading.they_will_ask": "They'll likely ask",
    "call.heading.script": "What to say first",
    "call.heading.your_needs": "About your needs",
    "call.heading.your_needs.other": "About their needs",
    "call.heading.iop": "About the IOP",
    "call.heading.first": "Ask these first",
    "call.first.why": (
        "Chosen from what you told me and what the directory doesn't show for this program."
    ),
    "call.heading.more": "More questions for {program}",
    "call.heading.quality": "About quality of care",
    # Opening scripts: the plan picks one by who is calling.
    "call.script.self": (
        "Hi, I'm calling about {care} at {program}. "
        "I'm looking for help with {use} for myself.\n"
        "Are you taking new clients? I have a few questions."
    ),
    "call.script.family": (
        "Hi, I'm calling about {care} at {program}. "
        "I'm calling for my [relative], who needs help with {use}.\n"
        "I'd like to understand how your {care_short} works and how they can start. "
        "I know intake usually needs them."
    ),
    "call.script.family.named": (
        "Hi, I'm calling about {care} at {program}. "
        "I'm calling for {relative}, who needs help with {use}.\n"
        "I'd like to understand how your {care_short} works and how they can start. "
        "I know intake usually needs them."
    ),
    # Notes: reassurance for everyone, and the family path.
    "call.reassure": (
        "Calls are confidential, and talking about drug use won't get you reported to the "
        "police. If they can't see you within 48 hours, try another program or ask for help "
        "while you wait."
    ),
    "call.reassure.other": (
        "Calls are confidential, and talking about drug use won't get you or them reported to "
        "the police. If they can't be seen within 48 hours, try another program or ask for help "
        "while they wait."
    ),
    "call.family.ok_to_call": (
        "You can call a program just to ask questions. Staff can explain how it works, but "
        "they can't discuss someone's care without that person's consent."
    ),
    "call.family.intake": (
        "Intake usually needs the person themselves. Ask how they can start: a call, a walk-in "
        "or an appointment you help set up."
    ),
    "call.family.support": (
        "Support for you, too: ask about family programs. SAMHSA's National Helpline "
        "(1-800-662-4357) is free and open 24/7, and family groups such as Al-Anon and Nar-Anon "
        "meet in person and online."
    ),
    # Have ready.
    "call.ready.insurance": "Your insurance card, or the name of your plan",
    "call.ready.no_insurance": (
        "How much you could pay each week, to ask about a sliding fee or free care"
    ),
    "call.ready.no_insurance.other": (
        "How much they (or you) could pay each week, to ask about a sliding fee or free care"
    ),
    "call.ready.insurance.other": "Their insurance card, or the name of their plan",
    "call.ready.insurance.plan": "Your {plan} insurance card (the member ID is on it)",
    "call.ready.insurance.plan.other": "Their {plan} insurance card (the member ID is on it)",
    "call.ready.substances": "Which substances, for how long, and roughly how much",
    "call.ready.substances.other": (
        "Which substances, for how long, and roughly how much (as far as you know)"
    ),
    "call.ready.medications": "Your current medications, including pain medication",
    "call.ready.medications.other": "Their current medications, including pain medication",
    "call.ready.health": "Any health or mental health conditions",
    "call.ready.health.other": "Any health or mental health conditions you know of",
    "call.ready.times": "The days and times you can attend",
    "call.ready.times.other": "The days and times they can attend",
    "call.ready.pen": "A pen and paper for names, dates and costs",
    # They will likely ask.
    "call.ask.who": "Whether you're calling for yourself or someone else",
    "call.ask.use": "Which substances, for how long, how much, and the most recent use",
    "call.ask.health": "Health conditions and medications, including pain medication",
    "call.ask.payment": "How you'll pay",
    "call.ask.payment.other": "How they'll pay",
    # Your needs: safety first.
    "call.q.withdrawal": (
        "I may need help with withdrawal first. Do you offer it, or can you refer me?"
    ),
    "call.q.withdrawal.other": (
        "They may need help with withdrawal first. Do you offer it, or can you refer them?"
    ),
    "call.q.housing": (
        "Can you help me find a safe place to stay, like sober living, during the IOP?"
    ),
    "call.q.housing.other": (
        "Can you help them find a safe place to stay, like sober living, during the IOP?"
    ),
    # Your needs: schedule (the directory lists no hours).
    "call.q.schedule.day": "Do you have a daytime track? What hours does it meet?",
    "call.q.schedule.morning": "Do you have a morning track? What time does it start and end?",
    "call.q.schedule.evening": "Do you have an evening track? What days and times does it meet?",
    "call.q.schedule.weekend": "Do you have groups on weekends? Which days and times?",
    "call.q.online": (
        "Can I do the IOP online? Is there a fully virtual track, and is it open where I live?"
    ),
    "call.q.online.other": (
        "Can they do the IOP online? Is there a fully virtual track, and is it open where "
        "they live?"
    ),
    "call.q.online.listed": (
        "The directory lists telehealth here. Can whole IOP sessions be online, and is that "
        "open where I live?"
    ),
    "call.q.online.listed.other": (
        "The directory lists telehealth here. Can whole IOP sessions be online, and is that "
        "open where they live?"
    ),
    # Your needs: groups and ages.
    "call.q.group.women": "Do you run a women's group inside the IOP?",
    "call.q.group.men": "Do you run a men's group inside the IOP?",
    "call.q.group.lgbtq": "Do you run an LGBTQ+ group inside the IOP?",
    "call.q.group.veterans": (
        "Do you run a group for veterans inside the IOP? Do you work with the VA?"
    ),
    "call.q.group.active_duty": "Do you run a group for active-duty service members?",
    "call.q.group.military_families": "Do you have support for military families?",
    "call.q.group.adolescents": (
        "Do you run an IOP just for teens, separate from adults? How does it fit around school?"
    ),
    "call.q.group.young_adults": "Do you run a young-adult group (about 18 to 25) in the IOP?",
    "call.q.group.seniors": "Do you run a group for older adults in the IOP?",
    "call.q.group.pregnant": (
        "Do you run a group for pregnant or postpartum women? Do you work with my prenatal care?"
    ),
    "call.q.group.pregnant.other": (
        "Do you run a group for pregnant or postpartum women? Do you work with their prenatal "
        "care?"
    ),
    "call.q.group.criminal_justice": (
        "Do you work with people involved with the courts or probation? Can you confirm "
        "attendance if asked?"
    ),
    "call.q.group.dui": "Do you run a DUI/DWI program that meets court or DMV requirements?",
    "call.q.group.trauma": "Is your care trauma-informed? Is there a trauma group in the IOP?",
    "call.q.group.domestic_violence": (
        "Do you have support for people who have experienced domestic violence?"
    ),
    # Shared by your needs (co-occurring group) and quality: the first one asked wins.
    "call.q.mental_health": (
        "Can you treat mental health conditions, like depression, anxiety or trauma, at the "
        "same time?"
    ),
    # Your needs: payment.
    "call.q.payment.plan": (
        "Do you take my {plan} plan, and is every clinician in network? What would I pay?"
    ),
    "call.q.payment.plan.other": (
        "Do you take their {plan} plan, and is every clinician in network? What would they pay?"
    ),
    "call.q.payment.insurance": (
        "Do you take my insurance (name the plan), and is every clinician in network? "
        "What would I pay?"
    ),
    "call.q.payment.insurance.other": (
        "Do you take their insurance (name the plan), and is every clinician in network? "
        "What would they pay?"
    ),
    "call.q.payment.cash": "If I pay myself, what's the total cost, and what does it include?",
    "call.q.payment.cash.other": (
        "If we pay ourselves, what's the total cost, and what does it include?"
    ),
    "call.q.payment.sliding_fee": (
        "Do you have a sliding fee based on income? What would I need to show?"
    ),
    "call.q.payment.sliding_fee.other": (
        "Do you have a sliding fee based on income? What would they need to show?"
    ),
    "call.q.payment.assistance": (
        "Is there help with the cost, like a scholarship or state funding? How do I apply?"
    ),
    "call.q.payment.assistance.other": (
        "Is there help with the cost, like a scholarship or state funding? How do they apply?"
    ),
    "call.q.payment.free": "Is the IOP free? Are there costs for tests or medication?",
    "call.q.payment.ihs": "Do you accept IHS, tribal or urban Indian health funds?",
    "call.q.payment.unknown": (
        "What does the IOP cost, and which insurance do you take? Is there a sliding fee?"
    ),
    # Your needs: medication (FDA-approved options exist for opioid and alcohol use disorder).
    "call.q.medication.opioid": (
        "Do you prescribe buprenorphine on site, or work with my own prescriber?"
    ),
    "call.q.medication.opioid.other": (
        "Do you prescribe buprenorphine on site, or work with their own prescriber?"
    ),
    "call.q.medication.opioid.listed": (
        "The directory lists {medication} here. Can IOP clients get it on site?"
    ),
    "call.q.medication.alcohol": (
        "Do you offer medication for alcohol use disorder, or work with my own doctor?"
    ),
    "call.q.medication.alcohol.other": (
        "Do you offer medication for alcohol use disorder, or work with their own doctor?"
    ),
    "call.q.medication.alcohol.listed": (
        "The directory lists medication for alcohol use disorder here. Can IOP clients get it?"
    ),
    "call.q.medication.continue": (
        "Can I keep taking my current medication while in the program? Will you work with my "
        "prescriber?"
    ),
    "call.q.medication.continue.other": (
        "Can they keep taking their current medication while in the program? Will you work with "
        "their prescriber?"
    ),
    "call.q.medication.continue.listed": (
        "The directory says you accept people on medication from another prescriber. Can I "
        "keep taking mine in the IOP?"
    ),
    "call.q.medication.continue.listed.other": (
        "The directory says you accept people on medication from another prescriber. Can they "
        "keep taking theirs in the IOP?"
    ),
    "call.q.medication.explain": "Can someone there talk with me about medication options?",
    "call.q.medication.explain.other": (
        "Can someone there talk with them about medication options?"
    ),
    # Your needs: language, one-to-one, extras.
    "call.q.language.spanish": (
        "Is there a Spanish-speaking counselor? Are groups held in Spanish?"
    ),
    "call.q.language.sign_language": (
        "Do you provide a sign language (ASL) interpreter for groups and sessions?"
    ),
    "call.q.language.any": (
        "Is there a counselor who speaks {language_name}? Are any groups in it?"
    ),
    "call.q.one_to_one": "Will I have one-to-one sessions with a counselor? How often?",
    "call.q.one_to_one.other": "Will they have one-to-one sessions with a counselor? How often?",
    "call.q.extra.child_care": "Do you offer child care during sessions?",
    "call.q.extra.transportation": (
        "Do you help with transportation, like rides or transit passes?"
    ),
    "call.q.extra.self_help": (
        "Do you host support groups on site, or help me find local meetings?"
    ),
    "call.q.extra.self_help.other": (
        "Do you host support groups on site, or help them find local meetings?"
    ),
    # Shared by your needs (family counseling) and quality.
    "call.q.family": "How do you involve family? Can my family join some sessions?",
    "call.q.family.other": "How do you involve family? Is there a family program I could join?",
    # IOP specifics, always asked.
    "call.q.iop.start": (
        "Could I start within 48 hours? If there's a wait, what help can I get meanwhile?"
    ),
    "call.q.iop.start.other": (
        "Could they start within 48 hours? If there's a wait, what help can they get meanwhile?"
    ),
    "call.q.iop.hours": (
        "How many hours a week is the IOP, on which days and times? (Adults: usually 9 to 19.)"
    ),
    "call.q.iop.hours.teen": (
        "How many hours a week is the teen IOP, on which days and times? (Teens: at least 6.)"
    ),
    "call.q.iop.missed": "What happens if I miss a session?",
    "call.q.iop.missed.other": "What happens if they miss a session?",
    "call.q.iop.length": (
        "How many weeks does it last (often 8 to 12)? Who decides when I step down, and how?"
    ),
    "call.q.iop.length.other": (
        "How many weeks does it last (often 8 to 12)? Who decides when they step down, and how?"
    ),
    "call.q.iop.format": "What's the mix of group and one-to-one sessions?",
    "call.q.iop.testing": (
        "Do you do drug testing, and how often? If I return to use, can I stay in the program?"
    ),
    "call.q.iop.testing.other": (
        "Do you do drug testing, and how often? If they return to use, can they stay in the "
        "program?"
    ),
    "call.q.iop.crisis": "Who can I reach after hours if I'm struggling?",
    "call.q.iop.crisis.other": "Who can they, or I, reach after hours if they're struggling?",
    "call.q.iop.aftercare": (
        "What comes after the IOP: outpatient care, alumni or peer groups, recovery coaching?"
    ),
    "call.q.iop.intake": (
        "What are the steps to start: a phone screening, an assessment, paperwork? What should I "
        "bring?"
    ),
    "call.q.iop.intake.other": (
        "What are the steps for them to start: a phone screening, an assessment, paperwork? "
        "What should they bring?"
    ),
    "call.q.teen.consent": (
        "Do I need a parent's or guardian's OK to start? What stays private between me and my "
        "counselor?"
    ),
    "call.q.teen.consent.other": (
        "Do you need a parent's or guardian's consent for them to start? What will you share "
        "with the family?"
    ),
    "call.q.payment.authorization": (
        "Does my plan need prior authorization for the IOP? Will you ask for it?"
    ),
    "call.q.payment.authorization.other": (
        "Does their plan need prior authorization for the IOP? Will you ask for it?"
    ),
    # A family member's questions naming the person they call for ("my son"), when told.
    "call.q.withdrawal.named": (
        "I think {relative} may need help with withdrawal first. Do you offer it, or can you "
        "refer them?"
    ),
    "call.q.housing.named": (
        "Can you help {relative} find a safe place to stay, like sober living, during the IOP?"
    ),
    "call.q.online.named": (
        "Can {relative} do the IOP online? Is there a fully virtual track, and is it open where "
        "they live?"
    ),
    "call.q.online.listed.named": (
        "The directory lists telehealth here. Can whole IOP sessions be online, and is that "
        "open where {relative} lives?"
    ),
    "call.q.group.pregnant.named": (
        "Do you run a group for pregnant or postpartum women? Do you work with {relative}'s "
        "prenatal care?"
    ),
    "call.q.payment.plan.named": (
        "Do you take {relative}'s {plan} plan, and is every clinician in network? What would "
        "they pay?"
    ),
    "call.q.payment.insurance.named": (
        "Do you take {relative}'s insurance (name the plan), and is every clinician in network? "
        "What would they pay?"
    ),
    "call.q.payment.sliding_fee.named": (
        "Do you have a sliding fee based on income? What would {relative} need to show?"
    ),
    "call.q.payment.assistance.named": (
        "Is there help with the cost, like a scholarship or state funding? How would {relative} "
        "apply?"
    ),
    "call.q.payment.authorization.named": (
        "Does {relative}'s plan need prior authorization for the IOP? Will you ask for it?"
    ),
    "call.q.medication.opioid.named": (
        "Do you prescribe buprenorphine on site, or work with {relative}'s prescriber?"
    ),
    "call.q.medication.alcohol.named": (
        "Do you offer medication for alcohol use disorder, or work with {relative}'s doctor?"
    ),
    "call.q.medication.continue.named": (
        "Can {relative} keep taking their current medication while in the program? Will you "
        "work with their prescriber?"
    ),
    "call.q.medication.continue.listed.named": (
        "The directory says you accept people on medication from another prescriber. Can "
        "{relative} keep taking theirs in the IOP?"
    ),
    "call.q.medication.explain.named": (
        "Can someone there talk with {relative} about medication options?"
    ),
    "call.q.one_to_one.named": (
        "Will {relative} have one-to-one sessions with a counselor? How often?"
    ),
    "call.q.extra.self_help.named": (
        "Do you host support groups on site, or help {relative} find local meetings?"
    ),
    "call.q.teen.consent.named": (
        "Do you need a parent's or guardian's consent for {relative} to start? What will you "
        "share with the family?"
    ),
    "call.q.iop.start.named": (
        "Could {relative} start within 48 hours? If there's a wait, what help can they get "
        "meanwhile?"
    ),
    "call.q.iop.intake.named": (
        "What are the steps for {relative} to start: a phone screening, an assessment, "
        "paperwork? What should they bring?"
    ),
    "call.q.iop.missed.named": ("What happens if {relative} misses a session?"),
    "call.q.iop.length.named": (
        "How many weeks does it last (often 8 to 12)? Who decides when {relative} steps down, "
        "and how?"
    ),
    "call.q.iop.testing.named": (
        "Do you do drug testing, and how often? If {relative} returns to use, can they stay in "
        "the program?"
    ),
    "call.q.iop.crisis.named": (
        "Who can {relative}, or I, reach after hours if they're struggling?"
    ),
    # Quality, always asked (a few).
    "call.q.accreditation": (
        "Are you licensed by the state, and accredited (for example by CARF or the Joint "
        "Commission)? Are counselors certified to treat substance use disorders?"
    ),
    "call.q.accreditation.listed": (
        "The directory lists {accreditation} accreditation. Is it current? Are you licensed by "
        "the state?"
    ),
    "call.q.therapies": (
        "Which therapies do you use? For example CBT, motivational interviewing or contingency "
        "management."
    ),
    "call.q.medications": (
        "Do you offer FDA-approved medications for opioid or alcohol use disorder, or work with "
        "a prescriber who does?"
    ),
    # The call-preparation step: the rest of the questions, and a short re-ask.
    "opt.callprep.more": "More questions",
    "opt.callprep.more.syn": "more|more questions|the rest|all questions|other questions",
    "callprep.again": "Your questions are just above. What next?",
}

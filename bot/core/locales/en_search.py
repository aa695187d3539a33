"""English texts of the search: who and when, summary, results, details, help; pure data.

Ids ending in ".syn" list, separated by "|", other words people use for an option or intent;
ids ending in ".other" are the wording for someone searching on another person's behalf.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- who and when -------------------------------------------------------------------------
    "intake.age": "Which age group?",
    "opt.age.teen": "Teen (under 18)",
    "opt.age.teen.syn": "teen|teenager|under 18|minor|adolescent|16|17|15|adolescente",
    "opt.age.young_adult": "Young adult (18–25)",
    "opt.age.young_adult.syn": "young adult|18|19|20|21|22|23|24|25|college",
    "opt.age.adult": "Adult (26–64)",
    "opt.age.adult.syn": "adult|grown up|adulto",
    "opt.age.senior": "65 or older",
    "opt.age.senior.syn": "senior|older adult|elderly|retired|65|70|over 65",
    "intake.schedule": ("When could you go? Pick all that work, then tap Done."),
    "intake.schedule.other": "When could they go? Pick all that work, then tap Done.",
    "opt.schedule.day": "Daytime",
    "opt.schedule.day.syn": "day|daytime|days|morning|mornings|afternoon|dia|manana",
    "opt.schedule.evening": "Evenings",
    "opt.schedule.evening.syn": "evening|evenings|night|nights|after work|noche|noches",
    "opt.schedule.weekend": "Weekends",
    "opt.schedule.weekend.syn": "weekend|weekends|saturday|sunday|fines de semana|fin de semana",
    "opt.schedule.online": "Online sessions",
    "opt.schedule.online.syn": "online|virtual|telehealth|video|zoom|en linea",
    "triage.no_hours": (
        "Noted. SAMHSA's directory doesn't list hours, so I'll add this to the questions to "
        "ask each program."
    ),
    "intake.groups": ("Would a specific group help? Pick any, then tap Done (or No preference)."),
    "opt.group.women": "Women",
    "opt.group.women.syn": "women|woman|female|womens group|mujeres",
    "opt.group.men": "Men",
    "opt.group.men.syn": "men|man|male|mens group|hombres",
    "opt.group.lgbtq": "LGBTQ+",
    "opt.group.lgbtq.syn": "lgbtq|lgbt|gay|lesbian|trans|queer|bisexual|nonbinary",
    "opt.group.veterans": "Veterans",
    "opt.group.veterans.syn": "veteran|veterans|vet|military|army|navy|marines|va",
    "opt.group.young_adults": "Young adults",
    "opt.group.adolescents": "Teens",
    "opt.group.adolescents.syn": "teens|teen|adolescents|youth",
    "opt.group.seniors": "Older adults",
    "opt.group.seniors.syn": "seniors|older adults|elderly",
    "opt.group.pregnant": "Pregnant or postpartum",
    "opt.group.pregnant.syn": "pregnant|pregnancy|postpartum|baby|embarazada",
    "opt.group.co_occurring": "Mental health too (depression, anxiety…)",
    "opt.group.co_occurring.syn": (
        "mental health|depression|anxiety|bipolar|ptsd|co occurring|dual diagnosis"
    ),
    "opt.group.trauma": "Trauma",
    "opt.group.trauma.syn": "trauma|abuse survivor|trauma informed",
    "opt.group.criminal_justice": "Court or probation involved",
    "opt.group.criminal_justice.syn": "court|probation|parole|legal|justice|court ordered",
    "opt.group.dui": "DUI / DWI",
    "opt.group.dui.syn": "dui|dwi|owi|drunk driving",
    "intake.one_to_one": "Do you want one-to-one counseling as well as groups?",
    "intake.one_to_one.other": "Do they want one-to-one counseling as well as groups?",
    "opt.one_to_one.yes": "Yes, one-to-one matters",
    "opt.one_to_one.yes.syn": "yes|one to one|individual|individual counseling|1 on 1",
    "intake.payment": "How would you pay? Pick all that apply, then tap Done.",
    "intake.payment.other": "How would they pay? Pick all that apply, then tap Done.",
    "opt.pay.medicaid": "Medicaid",
    "opt.pay.medicaid.syn": (
        "medicaid|medicade|medi cal|medical|masshealth|state insurance|ahcccs|tenncare"
    ),
    "opt.pay.medicare": "Medicare",
    "opt.pay.medicare.syn": "medicare|medicare advantage",
    "opt.pay.private_insurance": "Private insurance",
    "opt.pay.private_insurance.syn": (
        "private insurance|insurance|work insurance|blue cross|bcbs|aetna|cigna|"
        "united|unitedhealthcare|humana|kaiser|seguro"
    ),
    "opt.pay.tricare": "TRICARE / military",
    "opt.pay.tricare.syn": "tricare|military insurance|va",
    "opt.pay.cash": "Paying myself",
    "opt.pay.cash.other": "Paying out of pocket",
    "opt.pay.cash.syn": "cash|self pay|pay myself|out of pocket|credit card",
    "opt.pay.sliding_fee": "Need a sliding fee (based on income)",
    "opt.pay.sliding_fee.syn": "sliding fee|sliding scale|based on income|low income",
    "opt.pay.no_insurance": "No insurance",
    "opt.pay.no_insurance.other": "They have no insurance",
    "opt.pay.no_insurance.syn": (
        "no insurance|uninsured|not insured|without insurance|dont have insurance|"
        "no money|cant pay|cant afford|sin seguro"
    ),
    "opt.pay.free": "Need free care",
    "opt.pay.free.other": "Needs free care",
    "opt.pay.free.syn": "free|no cost|gratis",
    "opt.pay.ihs": "IHS / tribal",
    "opt.pay.ihs.syn": "ihs|tribal|indian health|native",
    "opt.pay.unsure": "Not sure yet",
    "opt.pay.unsure.syn": "not sure|dont know|unsure|idk",
    "intake.language": "Which language should the program speak?",
    "opt.lang.english": "English",
    "opt.lang.english.syn": "english|ingles",
    "opt.lang.spanish": "Spanish",
    "opt.lang.spanish.syn": "spanish|espanol|en espanol",
    "opt.lang.sign_language": "Sign language (ASL)",
    "opt.lang.sign_language.syn": "asl|sign language|deaf",
    "opt.lang.chinese": "Chinese",
    "opt.lang.chinese.syn": "chinese|mandarin|cantonese",
    "opt.lang.vietnamese": "Vietnamese",
    "opt.lang.russian": "Russian",
    "opt.lang.arabic": "Arabic",
    "opt.lang.korean": "Korean",
    "opt.lang.french": "French",
    "opt.lang.portuguese": "Portuguese",
    "intake.extras": "Anything else that matters? Pick any, then tap Done.",
    "opt.extra.child_care": "Child care",
    "opt.extra.child_care.syn": "child care|childcare|daycare|kids|my kids|babysitting",
    "opt.extra.transportation": "Help with transportation",
    "opt.extra.transportation.syn": "transportation|ride|rides|bus|no car|transport",
    "opt.extra.family_counseling": "Family involvement",
    "opt.extra.family_counseling.syn": "family|family counseling|family therapy|family sessions",
    "opt.extra.self_help": "Support groups on site",
    "opt.extra.self_help.syn": "support groups|aa|na|12 step|self help|smart recovery",
    # -- summary ------------------------------------------------------------------------------
    "intake.summary": "Here's what I have. Change anything, or search:",
    "opt.summary.search": "Search now",
    "opt.summary.search.syn": (
        "search|search now|go|find|show me|looks good|yes|ok|okay|no|nah|nope|no changes|"
        "thats all|thats it|all good|looks right|correct|idk|whatever"
    ),
    "opt.summary.edit": "Change: {what}",
    "summary.skipped": "skipped",
    "summary.for_whom": "For",
    # The answer as the summary says it back: "For: you", not "For: For me".
    "opt.for_whom.self.summary": "you",
    "opt.for_whom.someone.summary": "someone you care about",
    "summary.substances": "Substances",
    "summary.withdrawal": "Withdrawal",
    "summary.daily_use": "Daily use",
    "summary.home": "Home",
    "summary.attend": "Can attend IOP hours",
    "summary.medication": "Medication",
    "summary.place": "Where",
    "summary.radius": "Distance",
    "summary.age": "Age group",
    "summary.schedule": "When",
    "summary.groups": "Group",
    "summary.one_to_one": "One-to-one",
    "summary.payment": "Payment",
    "summary.language": "Language",
    "summary.extras": "Also",
    # -- results ------------------------------------------------------------------------------
    "results.heading": "Programs",
    "results.heading.nearby": (
        "IOPs within {radius} miles of {place}: {first}–{last} of {total}."
    ),
    "results.heading.nearby.none": "I found no IOPs within {radius} miles of {place}.",
    "results.heading.online": (
        "IOPs in {state} at facilities that offer telehealth: {first}–{last} of {total}."
    ),
    "results.heading.online.none": (
        "I found no IOPs in {state} at facilities that offer telehealth."
    ),
    "results.heading.statewide": "IOPs in {place}: {first}–{last} of {total}.",
    "results.heading.statewide.none": "I found no IOPs in {place}.",
    "results.none": (
        "Try a wider distance or online programs below. You can also call SAMHSA's free, "
        "confidential helpline, 24/7, in English and Spanish: 1-800-662-4357."
    ),
    "results.footer": (
        "Listed by SAMHSA (National Directory 2023). Listings can change: confirm by phone. "
        "The directory has no hours, so ask about evening or weekend groups. "
        "Helpline: 1-800-662-4357."
    ),
    "results.next": "What next?",
    "results.section.detox": "Detox / withdrawal programs near you (first step):",
    "results.section.detox.other": "Detox / withdrawal programs near them (first step):",
    "results.section.residential": "Residential programs (if home isn't safe):",
    "results.section.php": "Day programs / partial hospitalization (20+ hours a week):",
    "results.section.sober_housing": "Sober living and transitional housing:",
    "results.section.outpatient": "Standard outpatient (fewer hours a week):",
    "results.section.none": "None found nearby: the helpline can help, 1-800-662-4357.",
    "opt.results.details": "Details: {number}. {name}",
    "opt.results.callprep": "Questions to ask: {number}. {name}",
    "opt.results.more": "More programs",
    "opt.results.more.syn": "more|next|next page|show more|mas",
    "opt.results.refine": "Refine (a few questions)",
    "opt.results.refine.syn": "refine|filter|narrow|questions",
    "opt.results.wider": "Search farther away",
    "opt.results.wider.syn": "wider|farther|further|bigger radius|more miles",
    "opt.results.online": "Add online programs",
    "opt.results.online.syn": "online|telehealth|virtual",
    "opt.results.edit": "Change my answers",
    "opt.results.elsewhere": "Search another place",
    "opt.results.elsewhere.syn": "another place|elsewhere|different place|other city",
    "distance.miles": "{miles} mi",
    "card.distance": "{miles} mi · {where}",
    "card.online": "offers telehealth — ask whether the IOP itself meets online",
    "card.phone": "Phone: {phone}",
    "card.why": "Matches: {why}",
    "card.gaps": "Not listed: {gaps}",
    "card.verify": "Ask: {verify}",
    "verify.short.hours": "evening/weekend hours",
    "verify.short.cost": "cost and a sliding fee",
    "verify.short.openings": "openings",
    "verify.short.insurance_network": "your insurance",
    "verify.short.iop_schedule": "IOP schedule",
    "verify.short.medication": "medication on site",
    "verify.short.language": "language of the groups",
    "verify.short.group": "your group in the IOP",
    "verify.short.telehealth_area": "whether the IOP meets online in your state",
    "verify.short.distance_approximate": "exact address",
    # -- details ------------------------------------------------------------------------------
    "details.heading": "Program details",
    "details.missing": "That program isn't in the directory any more. Here is the list again.",
    "details.intake_phone": "Intake: {phone}",
    "details.phone": "Phone: {phone}",
    "details.services.care": "Care: {items}",
    "details.services.payment": "Payment: {items}",
    "details.services.groups": "Groups: {items}",
    "details.services.medication": "Medication: {items}",
    "details.services.language": "Languages: {items}",
    "details.services.extras": "Also: {items}",
    "details.no_hours": (
        "The directory doesn't list hours: ask whether they have evening or weekend groups."
    ),
    "details.approximate": "Map location: the center of the ZIP code, not the exact address.",
    "details.next": "What next?",
    "opt.details.callprep": "Questions to ask & call script",
    "opt.details.callprep.syn": (
        "questions|call script|prepare|what to ask|call|what should i ask|what do i ask|"
        "what should i ask them|what do i ask them|what do i say|what should i say|i ask"
    ),
    "opt.details.back": "Back to the list",
    "opt.details.back.syn": "back to the list|list|results",
    "callprep.heading": "Getting ready to call",
    "callprep.next": "What next?",
    "opt.callprep.details": "Back to the program",
    "opt.callprep.results": "Back to the list",
    "opt.callprep.results.syn": "list|results|back to the list",
    # -- help and crisis ----------------------------------------------------------------------
    "help.text": (
        "I help you find intensive outpatient programs (IOPs) and get ready to call them.\n"
        "You can type or tap at any time:\n"
        "• back: the previous question\n"
        "• change my answers: see and edit your answers\n"
        "• start over: begin again (nothing is kept)\n"
        "• I'm looking for someone else: switch to searching for someone you care about\n"
        "• skip: leave a question out\n\n"
        "In danger now: 911. Thoughts of suicide: call or text 988. "
        "Helpline 24/7: 1-800-662-4357."
    ),
    "opt.help.crisis": "Crisis numbers",
    "crisis.next": "Whenever you're ready, we can go on with the search.",
    "opt.crisis.resume": "I'm safe, continue the search",
    "opt.crisis.resume.syn": (
        "continue|im safe|keep going|go on|resume|safe|ok|okay|ready|lets go|yes|yeah|yep|sure"
    ),
}

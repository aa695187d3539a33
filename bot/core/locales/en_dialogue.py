"""English texts of the conversation's start: engine, welcome, safety, triage, place; pure data.

Ids ending in ".syn" list, separated by "|", other words people use for an option or intent;
ids ending in ".other" are the wording for someone searching on another person's behalf.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- the engine ---------------------------------------------------------------------------
    "welcome.speak.es": "Español",
    "welcome.speak.en": "English",
    "engine.understood": "Got it. {what}.",
    "engine.understood.many": "Got it:\n{items}",
    "engine.not_understood": "Sorry, I didn't catch that. You can tap an option or type it.",
    "engine.choose": "Pick one or more, then tap Done.",
    "engine.choose_one": "Or pick one of these:",
    "engine.moved_on": "That button is from an earlier question. Here's where we are now:",
    "engine.non_text": (
        "I can only read text messages and shared locations. Here's where we were:"
    ),
    "engine.try_again": "Something went wrong on my side. Please try again in a moment.",
    "engine.sorry": "Sorry, something went wrong on my side. Here's where we were:",
    "engine.language": "I speak English for now.",
    "engine.about": (
        "IOP Finder helps people find intensive outpatient programs (IOPs) for alcohol or drug "
        "use in the US, and get ready to call them. It is an information tool, not a "
        "clinician or a crisis line, and it takes no payment from programs.\n\n"
        "Programs come from SAMHSA's National Directory of Drug and Alcohol Use Treatment "
        "Facilities 2023 (N-SUMHSS), a public directory; listings can be out of date, so "
        "confirm by phone. ZIP code locations: GeoNames (geonames.org), CC BY 4.0."
    ),
    "engine.privacy": (
        "What I store, and why:\n"
        "• Your answers in this conversation (for example a ZIP code, what you're looking "
        "for, how you'd pay), so we can pick up where you left off.\n"
        "• Your saved programs, their status, your notes and question answers, and your "
        "reminders, because you asked me to keep them. For a reminder I also keep this "
        "chat's number until it is sent, so I can send it.\n"
        "• Nothing else: no name, username or phone number, no copy of your messages in "
        "logs, no ads or trackers.\n"
        "How long: everything is deleted after {days} days without a message from you.\n"
        "Your choice: /delete erases it all now. Reports about a wrong listing are kept "
        "without any link to you. Telegram keeps its own copy of this chat: clear it there "
        "with Clear history."
    ),
    "engine.cannot_skip": "I need this one to search. Here it is again:",
    "engine.unknown_command": "I don't know that command. Type help to see what I can do.",
    "engine.restarted": "Okay, let's start over. Nothing you told me before is kept.",
    "engine.nothing_back": "We're at the beginning, so there's nothing to go back to.",
    "engine.nothing_to_edit": "There's nothing to change yet: let's find a place first.",
    "engine.now_other": "Got it: you're looking for someone else. I'll ask about them.",
    "engine.now_self": "Got it: you're looking for yourself.",
    "intent.back.syn": "back|go back|previous|undo|atras|volver",
    "intent.restart.syn": "start over|restart|start again|reset|new search|empezar de nuevo",
    "intent.help.syn": "help|help me|what can you do|ayuda|menu",
    "intent.search.syn": (
        "search now|just search|search|search already|show me programs|show me the programs|"
        "show results|show me results|skip the rest|skip to results|just show me|find programs|"
        "find programs now|lets search|go ahead and search|buscar ahora|busca ya|ya buscale|"
        "buscale ya|ya busca|buscar|busca|busque ahora|ya busque|buscale"
    ),
    "intent.edit.syn": "change my answers|change answers|edit|edit my answers|change something",
    "intent.remind.syn": (
        "remind me|remind me to call|set a reminder|set reminder|reminder|remind|reminder for"
        "|can you remind me|pls remind me|please remind me"
    ),
    "intent.saved.syn": (
        "my list|my saved list|saved list|show my list|see my list|open my list|saved programs|"
        "my saved programs|my programs|show saved|show my saved|my saved|saved|mi lista"
    ),
    "intent.someone_else.syn": (
        "im looking for someone else|i am looking for someone else|for someone else|"
        "looking for someone else|its for someone else|it is for someone else|someone else"
    ),
    "intent.myself.syn": "its for me|it is for me|im looking for myself|for myself",
    # -- shared options -----------------------------------------------------------------------
    "opt.yes": "Yes",
    "opt.yes.syn": "y|yeah|yep|yes please|sure|ok|okay|si|of course|i can|i think so",
    "opt.no": "No",
    "opt.no.syn": "n|nope|nah|not really|no i cant|i cant",
    "opt.unsure": "Not sure",
    "opt.unsure.syn": "unsure|dont know|i dont know|idk|maybe|not sure|no se",
    "opt.skip": "Skip",
    "opt.skip.syn": "skip|pass|next|no preference|doesnt matter|any|whatever|n a|none|omitir",
    "opt.done": "Done",
    "opt.done.syn": "done|thats all|that is all|finished|listo|ok done",
    "opt.no_preference": "No preference",
    "opt.start_over": "Start over",
    "opt.resume": "Back to where I was",
    # -- welcome ------------------------------------------------------------------------------
    "intake.welcome": (
        "Hi. I can help you find an intensive outpatient program (IOP) for alcohol or drug "
        "use in the US, and get ready to call it.\n\n"
        "I share information from SAMHSA's national directory. I'm not a clinician or a "
        "crisis line. You don't need to give your name, and you can stop any time.\n\n"
        "If anyone is in danger now: call 911. Thoughts of suicide: call or text 988. "
        "Free, confidential help 24/7: 1-800-662-4357.\n\n"
        "Tell me in your own words what you're looking for (who it's for, what substance, "
        "where), or pick how to start:"
    ),
    "opt.welcome.guided": "Help me find the right program (a few questions)",
    "opt.welcome.guided.syn": (
        "help me choose|guided|questions|find the right program|need help|i need help|"
        "help me|need some help|looking for help|hi|hello|hey|start|get started|ok|okay|yes|"
        "find a program|looking for a program|looking for treatment|treatment|rehab|iop"
    ),
    "opt.welcome.quick": "Just show me programs near me",
    "opt.welcome.quick.syn": "quick|just show me|show me programs|list|programs near me",
    "opt.welcome.crisis": "I need help right now",
    "opt.welcome.crisis.syn": "right now|emergency|urgent|crisis",
    # -- for whom -----------------------------------------------------------------------------
    "intake.for_whom": "Who are you looking for help for?",
    "opt.for_whom.self": "For me",
    "opt.for_whom.self.syn": "me|myself|for myself|mine|i am|yo|para mi",
    "opt.for_whom.someone": "For someone I care about",
    "opt.for_whom.someone.syn": (
        "someone else|someone i care about|for my son|my son|my daughter|my husband|my wife|"
        "my partner|my boyfriend|my girlfriend|my mom|my mother|my dad|my father|my brother|"
        "my sister|my friend|my child|my kid|a friend|a family member|family member|"
        "para mi hijo|mi hijo|mi hija|mi esposo|mi esposa|mi pareja|un familiar"
    ),
    "intake.family_note": (
        "Thank you for looking out for them. A few things that help families:\n"
        "• You can call a program yourself to ask how it works.\n"
        "• Starting treatment (the intake) usually needs the person themselves.\n"
        "• Support is there for you too: ask programs about family sessions, or call "
        "1-800-662-4357 to find family support groups near you."
    ),
    # -- safety -------------------------------------------------------------------------------
    "intake.safety": "First, is anyone in danger right now?",
    "intake.safety.other": "First, are they (or you) in danger right now?",
    "opt.safety.overdose": "Signs of overdose (can't wake up, slow or no breathing)",
    "opt.safety.overdose.syn": "overdose|overdosing|not breathing|cant wake",
    "opt.safety.suicide": "Thoughts of suicide or self-harm",
    "opt.safety.suicide.syn": "suicide|self harm|suicidal",
    "opt.safety.withdrawal": "Seizures, hallucinations or severe confusion in withdrawal",
    "opt.safety.withdrawal.syn": "seizure|seizures|hallucinations|confusion",
    "opt.safety.none": "No, no one is in danger right now",
    "opt.safety.none.syn": (
        "no|nope|nah|no one|nobody|no danger|im safe|were safe|safe|all good|nobody is in danger|"
        "no one is in danger|not in danger|everyone is safe|everyone is fine"
    ),
    # -- substances and triage ----------------------------------------------------------------
    "intake.substances": "Which substances are involved? Pick all that apply, then tap Done.",
    "opt.substance.alcohol": "Alcohol",
    "opt.substance.alcohol.syn": "alcohol|drinking|drink|beer|wine|liquor|vodka|alcohol use",
    "opt.substance.opioids": "Opioids (heroin, fentanyl, pain pills)",
    "opt.substance.opioids.syn": (
        "opioids|opioid|opiates|heroin|fentanyl|oxy|oxycodone|oxycontin|percocet|vicodin|"
        "pain pills|painkillers|morphine|dope|methadone|suboxone"
    ),
    "opt.substance.benzos": "Benzodiazepines (Xanax, Valium, Klonopin)",
    "opt.substance.benzos.syn": "benzos|benzo|benzodiazepines|xanax|valium|klonopin|ativan|bars",
    "opt.substance.stimulants": "Stimulants (meth, cocaine, Adderall)",
    "opt.substance.stimulants.syn": (
        "stimulants|meth|methamphetamine|crystal|cocaine|coke|crack|adderall|speed"
    ),
    "opt.substance.cannabis": "Cannabis",
    "opt.substance.cannabis.syn": "cannabis|marijuana|weed|pot|thc|dabs|mota",
    "opt.substance.something_else": "Something else",
    "opt.substance.something_else.syn": "other|something else|kratom|ketamine|pills|gambling",
    "intake.withdrawal": "Where are things with withdrawal right now?",
    "intake.withdrawal.other": "Where are things with withdrawal for them right now?",
    "opt.withdrawal.symptoms_now": "Having withdrawal symptoms now",
    "opt.withdrawal.symptoms_now.syn": "symptoms now|withdrawing|sick|dope sick|shakes|shaky",
    "opt.withdrawal.detox_done": "Finished detox or withdrawal care",
    "opt.withdrawal.detox_done.syn": "detox done|finished detox|done detox|completed detox",
    "opt.withdrawal.still_using": "Still using, haven't stopped",
    "opt.withdrawal.still_using.syn": "still using|using|havent stopped|still drinking",
    "opt.withdrawal.stopped": "Stopped already, feeling okay",
    "opt.withdrawal.stopped.syn": "stopped|quit|sober|not using|already stopped",
    "triage.withdrawal_now": (
        "Withdrawal can be hard on the body. A medical withdrawal program (detox) can keep it "
        "safe and more comfortable, and IOP can follow. I'll include detox programs near you "
        "with the results.\n"
        "If there are seizures, hallucinations or severe confusion, call 911 now."
    ),
    "intake.daily_use": "Is the drinking or benzodiazepine use daily, or close to it?",
    "triage.withdrawal_risk": (
        "Thank you for telling me. Stopping alcohol or benzodiazepines suddenly after daily "
        "use can cause seizures and can be life-threatening. Please don't stop abruptly "
        "without medical help: a doctor or a medical withdrawal program (detox) can make it "
        "safe. I'll show detox programs near you alongside the IOPs."
    ),
    "triage.withdrawal_risk.other": (
        "Thank you for telling me. Stopping alcohol or benzodiazepines suddenly after daily "
        "use can cause seizures and can be life-threatening. They shouldn't stop abruptly "
        "without medical help: a doctor or a medical withdrawal program (detox) can make it "
        "safe. I'll show detox programs near them alongside the IOPs."
    ),
    "intake.home": "Is home a safe place that supports recovery?",
    "intake.home.other": "Is their home a safe place that supports recovery?",
    "opt.home.safe": "Yes, it's safe and supportive",
    "opt.home.safe.syn": (
        "yes|safe|supportive|its fine|good|its ok|its okay|its alright|its good|fine|ok|"
        "we support him|we support her|we support them|support him|support her|supports him|"
        "supports her|supports me|they support me|we are supportive|were supportive"
    ),
    "opt.home.not_safe": "No, not really",
    "opt.home.not_safe.syn": "no|not safe|unsafe|not really|homeless|no home",
    "triage.home_unsafe": (
        "IOP works best with a steady place to go home to. If home isn't safe or supportive, "
        "a residential program or sober living can help. I'll list some of those too."
    ),
    "intake.attend": (
        "An IOP usually means about 9 to 19 hours a week (often 3 hours, 3 to 5 days a week) "
        "for roughly 8 to 12 weeks. Could you manage that?"
    ),
    "intake.attend.other": (
        "An IOP usually means about 9 to 19 hours a week (often 3 hours, 3 to 5 days a week) "
        "for roughly 8 to 12 weeks. Could they manage that?"
    ),
    "triage.cannot_attend": (
        "That's okay. Standard outpatient treatment asks for fewer hours (often one or two "
        "sessions a week). I'll show some of those programs as well."
    ),
    "intake.medication": "Are you interested in medication as part of treatment?",
    "intake.medication.other": "Are they interested in medication as part of treatment?",
    "opt.medication.wanted": "Yes, I'd like to know about it",
    "opt.medication.wanted.other": "Yes, interested",
    "opt.medication.wanted.syn": "yes|interested|want medication|medication|mat|moud",
    "opt.medication.taking": "Already taking it",
    "opt.medication.taking.syn": "already|taking|on suboxone|on methadone|on vivitrol",
    "opt.medication.no": "No",
    "opt.medication.unsure": "Tell me more / not sure",
    "opt.medication.unsure.syn": (
        "tell me more|not sure|what is it|maybe|what is that|whats that|what do you mean|like what"
        "|which medication|what kind of medication"
    ),
    "triage.opioid_medication": (
        "Medications for opioid use disorder (buprenorphine, methadone, naltrexone) are "
        "FDA-approved, lower the risk of overdose and help people stay in treatment. "
        "Buprenorphine and naltrexone can be given in many outpatient programs; methadone "
        "comes from opioid treatment programs. I'll favor programs that offer them."
    ),
    "triage.alcohol_medication": (
        "There are FDA-approved medications for alcohol use disorder too (naltrexone, "
        "acamprosate, disulfiram). I'll favor programs that offer them."
    ),
    # -- where --------------------------------------------------------------------------------
    "intake.place": (
        "Where should I look? Type a ZIP code or a city and state, share your location, or "
        "choose online only."
    ),
    "intake.place.other": (
        "Where should I look? Type the ZIP code or city and state where they'd go, share a "
        "location, or choose online only."
    ),
    "opt.place.online": "Online only",
    "opt.place.online.syn": "online|online only|telehealth|virtual|video|en linea",
    "opt.place.none": "None of these",
    "opt.place.none.syn": "none|none of these|no|neither|other",
    "location.state_wide": (
        "{state} is a big place. To find programs you could get to several times a week, "
        "type a city or ZIP code there. (Type {state} again to list programs across the state, "
        "or choose online only.)"
    ),
    "location.unsure": (
        "That's all right: the nearest town and its state, or a ZIP code, is enough. Or choose "
        "online only to see programs that meet by video."
    ),
    "location.did_you_mean": "Did you mean one of these?",
    "location.try_again": "Okay. Please type the ZIP code, or the city and state.",
    "location.noted": "Thanks, I'll look near {place}.",
    "intake.online_state": (
        "Online programs are licensed by state. Which state do you live in? (A ZIP code "
        "works too.)"
    ),
    "intake.online_state.other": (
        "Online programs are licensed by state. Which state do they live in? (A ZIP code "
        "works too.)"
    ),
    "intake.radius": "How far could you travel, several times a week?",
    "intake.radius.other": "How far could they travel, several times a week?",
    "opt.radius.10": "Up to 10 miles",
    "opt.radius.10.syn": "10|10 miles|ten|close|nearby",
    "opt.radius.25": "Up to 25 miles",
    "opt.radius.25.syn": "25|25 miles|twenty five",
    "opt.radius.50": "Up to 50 miles",
    "opt.radius.50.syn": "50|50 miles|fifty",
    "opt.radius.100": "Up to 100 miles",
    "opt.radius.100.syn": "100|100 miles|hundred|far|anywhere",
}

"""English crisis texts: fixed wording for overdose, suicide and withdrawal; pure data.

The substance follows shared/reference/domain.md §1.3 (lines), §3.3 (triage) and §3.4 (every
crisis reply repeats 911 and 988; no dosing, tapering or home-detox instructions), in the
person-first language of §3.5. Plain text, no markup: the adapter may format it. Change the
wording only with a clinician's review.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # Usually about someone else, but it also reads right for a person who took too much.
    "crisis.overdose": (
        "This may be an overdose. Call 911 now.\n"
        "• Give naloxone (Narcan) if you have it. It is sold over the counter. If there is no "
        "response after 2–3 minutes, give a second dose.\n"
        "• Support their breathing and stay with them. The 911 dispatcher can guide you.\n"
        "• Don't try to make them vomit, and don't put them in a cold shower.\n"
        "If you took too much yourself, call 911 now and don't stay alone.\n"
        "You can also call or text 988, and the SAMHSA National Helpline is at 1-800-662-4357. "
        "Both are free and open 24/7."
    ),
    "crisis.suicide": (
        "I'm glad you told me. If you are in immediate danger, call 911 now.\n"
        "You can call or text 988, the Suicide & Crisis Lifeline, or chat at 988lifeline.org. "
        "It is free, confidential and open 24/7. Veterans: dial 988, then press 1. "
        "For Spanish, press 2.\n"
        "988 also helps with substance use crises. You don't have to go through this alone."
    ),
    "crisis.suicide.other": (
        "Thank you for telling me. If they are in immediate danger, call 911 now.\n"
        "You can call or text 988, the Suicide & Crisis Lifeline, for them or with them, or chat "
        "at 988lifeline.org. It is free, confidential and open 24/7, and it also helps people "
        "who are worried about someone else. Veterans: dial 988, then press 1. "
        "For Spanish, press 2."
    ),
    # Works both for the person in withdrawal and for someone helping them.
    "crisis.withdrawal": (
        "Seizures, hallucinations, severe confusion or severe shaking during withdrawal are a "
        "medical emergency. Call 911 or go to the nearest emergency room now.\n"
        "Stopping alcohol or benzodiazepines suddenly can cause seizures: don't stop them "
        "without medical help. A medically supervised withdrawal (detox) program can make "
        "stopping safer.\n"
        "SAMHSA National Helpline, free and confidential, 24/7: 1-800-662-4357. "
        "You can also call or text 988."
    ),
    "crisis.general": (
        "If you or someone else is in danger:\n"
        "• Emergency or overdose: call 911.\n"
        "• Overdose: give naloxone (Narcan) if you have it. It is sold over the counter.\n"
        "• Suicidal thoughts, or an emotional or substance use crisis: call or text 988, or "
        "chat at 988lifeline.org. Free, confidential, 24/7. Veterans: dial 988, then press 1.\n"
        "• Treatment and support: SAMHSA National Helpline, 1-800-662-4357 "
        "(TTY 1-800-487-4889), free, confidential, 24/7, in English and Spanish."
    ),
    # The kinds beyond overdose, suicide and withdrawal (domain.md §3.3b), and the tiers:
    # a check-in when it is unclear, one line for the past, one follow-up after an overdose.
    "crisis.violence": (
        "If someone could get hurt, call 911 now.\n"
        "If you feel you might hurt someone, put distance between you and them if you can, and "
        "call or text 988: it is free, confidential and open 24/7, and it helps in moments like "
        "this one.\n"
        "SAMHSA National Helpline, free and confidential, 24/7: 1-800-662-4357."
    ),
    "crisis.violence.other": (
        "If someone could get hurt, call 911 now, and get yourself and others to a safe place.\n"
        "You can call or text 988 for them or for yourself: it is free, confidential and open "
        "24/7.\n"
        "SAMHSA National Helpline, free and confidential, 24/7: 1-800-662-4357."
    ),
    "crisis.unsafe_home": (
        "If you are in danger now, call 911.\n"
        "The National Domestic Violence Hotline is free, confidential and open 24/7: "
        "1-800-799-7233. They can help you plan how to stay safe, and find shelter.\n"
        "If you are in crisis, you can also call or text 988."
    ),
    "crisis.medical": (
        "This sounds like a medical emergency. Call 911 now, or go to the nearest emergency "
        "room.\n"
        "Stay with the person until help arrives. If they may have taken something, tell the "
        "dispatcher what and how much, and give naloxone (Narcan) if you have it.\n"
        "Pregnant and bleeding, or in withdrawal: call 911 now; don't wait.\n"
        "You can also call or text 988, free and open 24/7."
    ),
    "crisis.emergency_plea": (
        "If anyone is in danger now, call 911.\n"
        "• Possible overdose: call 911 and give naloxone (Narcan) if you have it.\n"
        "• Thoughts of suicide, or an emotional or substance use crisis: call or text 988, free "
        "and open 24/7.\n"
        "• Someone hurting you at home: the National Domestic Violence Hotline, "
        "1-800-799-7233."
    ),
    "crisis.check_in": (
        "I want to make sure you're safe. If anyone is in danger now, call 911. If you're "
        "thinking about suicide or in a crisis, call or text 988: free, confidential, 24/7.\n"
        "Are you safe right now?"
    ),
    "crisis.check_in.other": (
        "I want to make sure everyone is safe. If anyone is in danger now, call 911. For a "
        "suicidal or substance use crisis, you can call or text 988 for them or with them: "
        "free, confidential, 24/7.\n"
        "Are they safe right now?"
    ),
    "crisis.check_in.later": "I'll come back to that right after this.",
    "crisis.check_in.again": (
        "Before we go on, I need to know: are you safe right now? If anyone is in danger, call "
        "911; in a crisis, call or text 988."
    ),
    "crisis.check_in.again.other": (
        "Before we go on, I need to know: are they safe right now? If anyone is in danger, "
        "call 911; in a crisis, call or text 988."
    ),
    "opt.safe.yes": "Yes, safe right now",
    "opt.safe.yes.syn": (
        "yes|yeah|yep|ok|okay|im ok|im okay|i am ok|im fine|fine|safe|im safe|i am safe|"
        "yes im safe|theyre safe|he is safe|she is safe|hes ok|shes ok|were ok|all good"
    ),
    "opt.safe.no": "No, not safe",
    "opt.safe.no.other": "No, not safe",
    "opt.safe.no.syn": (
        "no|nope|not safe|im not safe|not really|no im not|hes not|shes not|"
        # Not knowing whether one is safe is not a yes: the crisis text, not the search.
        "idk|i dont know|dont know|not sure|im not sure|unsure|no idea|maybe not"
    ),
    "crisis.safe_ok": (
        "Thank you. The numbers are there any time: 911 in an emergency, 988 by call or text."
    ),
    "crisis.safe_ok.carer": (
        "Thank you for telling me. Looking after someone through this is exhausting, and you "
        "deserve support too: 988 (call or text) is there for you as much as for them, any "
        "time, and 1-800-662-4357 can point you to support groups for families."
    ),
    "crisis.past": (
        "Thank you for telling me. I'm glad you're safe now; it's worth mentioning when you "
        "call a program."
    ),
    "crisis.past.other": (
        "Thank you for telling me. I'm glad they're safe now; it's worth mentioning when you "
        "call a program."
    ),
    "crisis.ok.syn": (
        "im ok|im okay|i am ok|im fine|im alright|hes ok|hes okay|shes ok|shes okay|he is ok|"
        "she is ok|theyre ok|were ok|hes breathing|shes breathing|he woke up|she woke up|"
        "hes awake|shes awake|everyone is ok|all good now|ok now"
    ),
    "crisis.overdose_ok": (
        "I'm so glad. Please don't stay alone for the next few hours: naloxone can wear off "
        "before the drugs do, and an overdose can come back. If you feel very drowsy or your "
        "breathing slows, call 911. And one thing, just once: keep naloxone (Narcan) close; it "
        "is sold over the counter. Try not to use alone: if you do, have someone who can check "
        "on you."
    ),
    "crisis.overdose_ok.other": (
        "I'm so glad. Please stay with them for the next few hours: naloxone can wear off "
        "before the drugs do, and an overdose can come back. If their breathing slows or they "
        "can't be woken, call 911 again. Poison Control (1-800-222-1222, free, 24/7) answers "
        "questions while they are awake and breathing normally. And one thing, just once: keep "
        "naloxone (Narcan) close; it is sold over the counter. Encourage them not to use alone, "
        "and to have someone who can check on them."
    ),
    "crisis.after": (
        "When you're ready, we can keep looking for a program. The numbers above are there "
        "any time you need them."
    ),
}

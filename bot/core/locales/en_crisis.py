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
    "crisis.after": (
        "When you're ready, we can keep looking for a program. The numbers above are there "
        "any time you need them."
    ),
}

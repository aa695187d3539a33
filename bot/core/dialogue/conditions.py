"""Facts the flows' conditions name, derived from the conversation; pure."""

from __future__ import annotations

from bot.core.answers import Answers
from bot.core.conversation import Conversation
from bot.core.dialogue.registry import fact


@fact("withdrawal_risk")
def withdrawal_risk(_conversation: Conversation, answers: Answers) -> bool:
    """Daily alcohol or benzodiazepine use without a completed medical detox."""
    return answers.withdrawal_risk


@fact("daily_use_question")
def daily_use_question(_conversation: Conversation, answers: Answers) -> bool:
    """Alcohol or benzodiazepines, not yet detoxed: ask whether the use is daily."""
    return bool({"alcohol", "benzos"} & set(answers.substances)) and (
        answers.withdrawal != "detox_done"
    )


@fact("opioid_medication_note")
def opioid_medication_note(_conversation: Conversation, answers: Answers) -> bool:
    """Opioids, and medication wanted or taken: programs offering it will rank first."""
    return answers.uses_opioids and answers.wants_medication


@fact("alcohol_medication_note")
def alcohol_medication_note(_conversation: Conversation, answers: Answers) -> bool:
    """Alcohol without opioids, and medication wanted or taken: those programs rank first."""
    return not answers.uses_opioids and answers.wants_medication


@fact("opioid_medication_info")
def opioid_medication_info(_conversation: Conversation, answers: Answers) -> bool:
    """Opioids, and unsure about medication: what it is, with no promise of ranking."""
    return answers.uses_opioids and answers.medication == "unsure"


@fact("alcohol_medication_info")
def alcohol_medication_info(_conversation: Conversation, answers: Answers) -> bool:
    """Alcohol without opioids, and unsure about medication: what it is."""
    return not answers.uses_opioids and answers.medication == "unsure"


@fact("has_state")
def has_state(_conversation: Conversation, answers: Answers) -> bool:
    """A place (and so a state) is known."""
    return bool(answers.state)


@fact("has_timezone")
def has_timezone(conversation: Conversation, answers: Answers) -> bool:
    """A time zone is known: chosen by the person, or the place's."""
    return bool(conversation.timezone or answers.timezone)

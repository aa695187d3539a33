"""English texts only the adapters show: Telegram's command menu and keyboards, console hints."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # The bot's profile: the description an empty chat shows (at most 512 characters) and the
    # short one on its profile page and in shared links (at most 120).
    "tg.description": (
        "I help you find an intensive outpatient program (IOP) for alcohol or drug use in the "
        "US, near you or online, and get ready to call it: what to ask, what to say, and "
        "reminders.\n\n"
        "Programs come from SAMHSA's national directory. I'm not a clinician or a crisis "
        "line. You don't need to give your name.\n\n"
        "If anyone is in danger now: call 911. Thoughts of suicide: call or text 988."
    ),
    "tg.short_description": (
        "Find an intensive outpatient program (IOP) for alcohol or drug use in the US, and get "
        "ready to call it."
    ),
    "console.hint.one": "Type a number or words.",
    "console.hint.many": "Type numbers (e.g. 1 3) or words.",
    "console.map": "Map: {coordinates} ({address})",
    "tg.command.saved": "My saved programs and call tracker",
    "tg.command.reminders": "My reminders",
    "tg.command.delete": "Delete everything stored for this chat",
    "tg.command.start": "Start (or start again)",
    "tg.command.help": "What I can do",
    "tg.command.back": "Go back one question",
    "tg.command.restart": "Start over, forgetting my answers",
    "tg.command.crisis": "Crisis numbers: 911, 988, helpline",
    "tg.command.about": "What this bot is and where the data comes from",
    "tg.command.privacy": "What is stored, and why",
    "tg.command.language": "Language",
    "tg.private_only": (
        "I only talk in private chats, to keep things confidential. Message me directly."
    ),
    "tg.share_location": "Or tap the button below to share your location.",
    "tg.share_location.button": "📍 Share my location",
    # Under a question once answered, in place of its buttons.
    "tg.answered": "✓ {answer}",
}

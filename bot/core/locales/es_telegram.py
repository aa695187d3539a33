"""Spanish texts only the Telegram adapter shows: the command menu and keyboards; pure data."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "console.hint.one": "Escriba un número o palabras.",
    "console.hint.many": "Escriba números (por ejemplo 1 3) o palabras.",
    "console.map": "Mapa: {coordinates} ({address})",
    "tg.command.saved": "Mis programas guardados y seguimiento de llamadas",
    "tg.command.reminders": "Mis recordatorios",
    "tg.command.delete": "Borrar todo lo guardado de este chat",
    "tg.command.start": "Empezar (o volver a empezar)",
    "tg.command.help": "Lo que puedo hacer",
    "tg.command.back": "Volver a la pregunta anterior",
    "tg.command.restart": "Empezar de nuevo y olvidar mis respuestas",
    "tg.command.crisis": "Números de crisis: 911, 988, línea de ayuda",
    "tg.command.about": "Qué es este bot y de dónde vienen los datos",
    "tg.command.privacy": "Qué se guarda y por qué",
    "tg.command.language": "Idioma",
    "tg.private_only": (
        "Solo converso en chats privados, para mantener la confidencialidad. Escríbame "
        "directamente."
    ),
    "tg.share_location": "O toque el botón de abajo para compartir su ubicación.",
    "tg.share_location.button": "📍 Compartir mi ubicación",
}

"""Spanish texts only the Telegram adapter shows: the command menu and keyboards; pure data."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # El perfil del bot: la descripción de un chat vacío (512 caracteres como máximo) y la
    # corta de su página de perfil y de los enlaces compartidos (120 como máximo).
    "tg.description": (
        "Le ayudo a encontrar un programa ambulatorio intensivo (IOP) para el consumo de "
        "alcohol o drogas en Estados Unidos, cerca de usted o en línea, y a prepararse para "
        "llamar: qué preguntar, qué decir y recordatorios.\n\n"
        "Los programas vienen del directorio nacional de SAMHSA. No soy un profesional de la "
        "salud ni una línea de crisis. No necesita darme su nombre.\n\n"
        "Si alguien está en peligro ahora: llame al 911. Si hay pensamientos de suicidio: "
        "llame o envíe un texto al 988 (para español, marque 2)."
    ),
    "tg.short_description": (
        "Encuentre un programa ambulatorio intensivo (IOP) para alcohol o drogas en EE. UU. y "
        "prepárese para llamar."
    ),
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
    # Bajo una pregunta ya respondida, en lugar de sus botones.
    "tg.answered": "✓ {answer}",
}

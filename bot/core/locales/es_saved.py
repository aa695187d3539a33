"""Spanish texts after the search: saved list, call tracker, reminders, sharing, reports,
privacy and language; pure data.

Mirrors ``en_saved`` id for id and placeholder for placeholder, in US Spanish with "usted" and
person-first wording (reference/domain.md §3.5). ".syn" lists hold what people type in Spanish,
normalized (lower case, no accents, no punctuation). "language.ask" and the language options
stay the same in both languages, so anyone can switch back.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- saving -------------------------------------------------------------------------------
    "opt.save": "☆ Guardar {number}",
    "opt.saved_mark": "★ Guardado {number}",
    "opt.details.save": "☆ Guardar en mi lista",
    "opt.details.saved": "★ Guardado en mi lista",
    "opt.details.save.syn": (
        "guardar|guardarlo|guardalo|agregar a mi lista|agregar a la lista|agregar|anadir|save"
    ),
    "saved.added": "Guardé {name} en su lista. Escriba /saved para verla cuando quiera.",
    "saved.already": "{name} ya está en su lista.",
    "saved.full": "Su lista está llena ({limit} programas). Quite uno primero.",
    "saved.heading": "Sus programas guardados:",
    "saved.empty": (
        "Todavía no ha guardado nada. Abra los detalles de un programa y toque Guardar."
    ),
    "saved.line": "{number}. {name} — {level} — {status}",
    "saved.next": "Abra uno, o vuelva atrás:",
    "opt.saved.open": "Abrir: {name}",
    "opt.saved.back": "Volver a la búsqueda",
    "opt.saved.back.syn": "volver|volver a la busqueda|busqueda|buscar|atras",
    "opt.saved.share_all": "Compartir mi lista",
    "opt.saved.share_all.syn": "compartir|compartir mi lista|enviar|reenviar|mandar",
    "opt.saved.reminders": "Mis recordatorios",
    "opt.saved.reminders.syn": "recordatorios|mis recordatorios|avisos",
    "status.to_call": "por llamar",
    "status.waiting": "ya llamó, esperando respuesta",
    "status.booked": "cita de admisión: {date}",
    "status.not_fit": "no le sirve ({reason})",
    # -- one saved program --------------------------------------------------------------------
    "item.heading": "{name}\nNivel de atención: {level}\nEstado: {status}",
    "item.phone": "Teléfono: {phone}",
    "item.note": "Nota: {note}",
    "item.progress": "Preguntas respondidas: {done} de {total}",
    "item.caution": "⚠ Alguien reportó un problema con estos datos. Confírmelos por teléfono.",
    "item.next": "¿Qué le gustaría hacer?",
    "opt.item.status": "Actualizar el estado",
    "opt.item.status.syn": "estado|actualizar|actualizar estado|ya llame|llame|cita",
    "opt.item.questions": "Preguntas para hacer (marcar)",
    "opt.item.questions.syn": "preguntas|marcar|lista de preguntas",
    "opt.item.note": "Agregar una nota",
    "opt.item.note.syn": "nota|agregar nota|agregar una nota|anotar",
    "opt.item.remind": "Recordarme llamar",
    "opt.item.remind.syn": "recordar|recordarme|recordatorio|avisame|recuerdame|remind",
    "opt.item.share": "Compartir con alguien",
    "opt.item.share.syn": "compartir|enviar|reenviar|mandar",
    "opt.item.report": "Reportar un problema",
    "opt.item.report.syn": "reportar|problema|error|esta mal|datos incorrectos",
    "opt.item.remove": "Quitar de mi lista",
    "opt.item.remove.syn": (
        "borrar|eliminar|quitar|quitarlo|borrarlo|eliminarlo|sacarlo|borrar de mi lista|"
        "eliminar de mi lista|quitarlo de mi lista|sacar de mi lista"
    ),
    "opt.item.back": "Volver a mi lista",
    "opt.item.back.syn": "volver|mi lista|lista|atras",
    "item.removed": "Quité {name} de su lista.",
    "status.ask": "¿Cómo van las cosas con {name}?",
    "opt.status.to_call": "Todavía por llamar",
    "opt.status.waiting": "Ya llamé, espero respuesta",
    "opt.status.waiting.syn": (
        "llame|ya llame|llamada|deje mensaje|deje un mensaje|buzon|buzon de voz|esperando"
    ),
    "opt.status.booked": "Cita de admisión agendada",
    "opt.status.booked.syn": (
        "cita|cita agendada|tengo cita|agendada|agende|admision|cita de admision|programada"
    ),
    "opt.status.not_fit": "No me sirve",
    "opt.status.not_fit.other": "No le sirve",
    "opt.status.not_fit.syn": "no me sirve|no sirve|no funciona|no es para mi|no|descartar",
    "booked.ask": "¡Qué buena noticia! ¿Cuándo es la cita de admisión? (Por ejemplo: lunes 10am.)",
    "booked.saved": "Cita anotada: {date}. ¡Mucha suerte! Lleve su tarjeta del seguro médico y "
    "una lista de sus medicamentos.",
    "not_fit.ask": "¿Por qué no le sirvió?",
    "opt.not_fit.no_openings": "No hay cupo / lista de espera",
    "opt.not_fit.insurance": "No aceptan mi seguro",
    "opt.not_fit.insurance.other": "No aceptan su seguro",
    "opt.not_fit.too_far": "Queda muy lejos",
    "opt.not_fit.schedule": "El horario no me funciona",
    "opt.not_fit.schedule.other": "El horario no le funciona",
    "opt.not_fit.something_else": "Otra cosa",
    "note.ask": "Escriba una nota corta (hasta 200 caracteres), por ejemplo con quién habló.",
    "note.saved": "Nota guardada.",
    "text.too_long": "Es un poco largo: guardé los primeros {limit} caracteres.",
    # -- the call tracker ---------------------------------------------------------------------
    "tracker.heading": "Preguntas para {name}. Toque una para marcarla y anotar la respuesta:",
    "tracker.line": "{mark} {number}. {question}",
    "tracker.answer_line": "      → {answer}",
    "tracker.next": "Elija una pregunta, o vuelva atrás:",
    "opt.tracker.question": "{mark} {number}",
    "opt.tracker.back": "Volver al programa",
    "opt.tracker.back.syn": "volver|programa|atras",
    "tracker.ask": (
        "{question}\n\n¿Qué le dijeron? Escriba unas palabras, o escriba ok para solo marcarla."
    ),
    "tracker.ok.syn": "ok|okay|listo|ya|si|hecho|bien|marcar|marcala|done",
    "tracker.saved": "Marcada.",
    # -- reminders ----------------------------------------------------------------------------
    "remind.ask": "¿Cuándo le recuerdo que llame a {name}? Elija una opción o escriba una hora "
    "(por ejemplo: mañana 10am, viernes 3pm, en 2 horas).",
    "opt.remind.in_1_hour": "En 1 hora",
    "opt.remind.in_1_hour.syn": "1 hora|en 1 hora|en una hora|una hora",
    "opt.remind.tomorrow_morning": "Mañana por la mañana (9:00)",
    "opt.remind.tomorrow_morning.syn": (
        "manana por la manana|manana en la manana|manana temprano|manana"
    ),
    "remind.which_program": (
        "¿Qué programa le recuerdo llamar? Dígalo con su número, por ejemplo: "
        '"recuérdame llamar al 2 mañana a las 10 am".'
    ),
    "opt.remind.tomorrow_afternoon": "Mañana por la tarde (2:00)",
    "opt.remind.tomorrow_afternoon.syn": "manana por la tarde|manana en la tarde|manana tarde",
    "opt.remind.monday_morning": "Lunes por la mañana (9:00)",
    "opt.remind.monday_morning.syn": "lunes por la manana|lunes en la manana|el lunes|lunes",
    "remind.not_understood": (
        "No pude entender esa hora. Pruebe con mañana 10am, viernes 3pm o en 2 horas."
    ),
    "remind.set": "Le recordaré llamar: {when} ({zone}). Con /reminders puede verlos o "
    "cancelarlos.",
    "remind.too_many": ("Ya tiene {limit} recordatorios. Primero cancele uno con /reminders."),
    "timezone.ask": "¿En qué zona horaria está?",
    "opt.tz.eastern": "Hora del Este",
    "opt.tz.central": "Hora del Centro",
    "opt.tz.mountain": "Hora de la Montaña",
    "opt.tz.arizona": "Arizona",
    "opt.tz.pacific": "Hora del Pacífico",
    "opt.tz.alaska": "Alaska",
    "opt.tz.hawaii": "Hawái",
    "opt.tz.atlantic": "Puerto Rico / Islas Vírgenes",
    "reminders.heading": "Sus recordatorios:",
    # Un momento en palabras, en la zona horaria de la persona: "viernes 27 de noviembre, 10:00".
    "when.moment": "{weekday} {day} de {month}, {clock}",
    "when.clock_format": "%H:%M",
    # Horas escritas que pueden querer decir dos cosas, o que ya pasaron: se preguntan.
    "when.unclear.evening": "¿A las {clock} de la mañana o a las {clock} de la noche?",
    "when.unclear.afternoon": "¿A las {clock} de la mañana o a las {clock} de la tarde?",
    "when.unclear.one": "¿A la {clock} de la mañana o a la {clock} de la tarde?",
    "when.past": (
        "Esa hora ya pasó ({when}). Escriba una más adelante, por ejemplo: mañana a las 10am."
    ),
    "when.date": "{day} de {month}",
    "when.note.numeric": "Entendí {typed} como mes/día: {date}.",
    "when.note.next_week": "Hoy es {weekday}, así que tomé el {weekday} de la semana que viene.",
    "weekday.0": "lunes",
    "weekday.1": "martes",
    "weekday.2": "miércoles",
    "weekday.3": "jueves",
    "weekday.4": "viernes",
    "weekday.5": "sábado",
    "weekday.6": "domingo",
    "month.1": "enero",
    "month.2": "febrero",
    "month.3": "marzo",
    "month.4": "abril",
    "month.5": "mayo",
    "month.6": "junio",
    "month.7": "julio",
    "month.8": "agosto",
    "month.9": "septiembre",
    "month.10": "octubre",
    "month.11": "noviembre",
    "month.12": "diciembre",
    "reminders.line": "• {when}: llamar a {name}",
    "reminders.empty": (
        "No tiene recordatorios. Abra un programa guardado y toque Recordarme llamar."
    ),
    "reminders.next": "Cancele uno, o vuelva atrás:",
    "opt.reminders.cancel": "Cancelar: {when}",
    "opt.reminders.back": "Volver",
    "reminders.cancelled": "Recordatorio cancelado.",
    "reminder.due": (
        "⏰ Recordatorio: llame a {name} ({phone}).\nSus preguntas están listas en /saved."
    ),
    # -- sharing ------------------------------------------------------------------------------
    "share.heading": "Programas para llamar (encontrados con IOP Finder):",
    "share.program": "{number}. {name}\n   {phone}\n   {address}",
    "share.questions": "Preguntas para hacerle a cada uno:",
    "share.search": "Abrir la misma búsqueda: {link}",
    "share.intro": "Aquí tiene un mensaje que puede reenviar a un familiar o a un consejero:",
    "share.next": "¿Qué desea hacer ahora?",
    "opt.share.back": "Volver",
    # -- reporting a listing ------------------------------------------------------------------
    "report.ask": "¿Qué está mal en los datos de {name}?",
    "opt.report.phone": "El teléfono no funciona",
    "opt.report.closed": "Está cerrado",
    "opt.report.no_iop": "Ahí no tienen IOP",
    "opt.report.address": "La dirección está mal",
    "opt.report.something_else": "Otra cosa",
    "report.details": "En pocas palabras, ¿qué está mal? (Por favor, no incluya nombres.)",
    "report.thanks": "Gracias. El reporte se guarda sin ningún dato que permita identificarle, "
    "y otras personas verán un aviso en estos datos.",
    "results.caution": "⚠ problema reportado: confirme por teléfono",
    # -- privacy and deleting -----------------------------------------------------------------
    "delete.ask": (
        "¿Borro todo lo que he guardado de este chat: sus respuestas, su lista, sus notas y sus "
        "recordatorios? Esto no se puede deshacer."
    ),
    "opt.delete.yes": "Sí, borrar todo",
    "opt.delete.yes.syn": "si|borrar|si borrar|borrar todo|si borrar todo|eliminar|eliminar todo",
    "opt.delete.no": "No, dejarlo como está",
    "opt.delete.no.syn": "no|no borrar|conservar|mantener|cancelar|dejarlo",
    "delete.done": (
        "Listo: se borró todo lo guardado de este chat. Los reportes que hizo se quedan, sin "
        "ningún vínculo con usted. Telegram guarda su propia copia de este chat: bórrela con "
        '"Borrar historial" (Clear history). Escriba /start para empezar de nuevo.'
    ),
    "delete.kept": "No se borró nada.",
    # -- language -----------------------------------------------------------------------------
    "language.ask": "Which language? / ¿Qué idioma?",
    "opt.language.en": "English",
    "opt.language.en.syn": "english|ingles|en",
    "opt.language.es": "Español",
    "opt.language.es.syn": "spanish|espanol|es",
    "language.set": "A partir de ahora le hablaré en español.",
}

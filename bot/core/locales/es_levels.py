"""Textos en español de cada nivel de atención como entrada completa: nombres, detalles,
preguntas para llamar."""

TEXTS: dict[str, str] = {
    "level.name.iop": "Ambulatorio intensivo (IOP)",
    "level.name.detox": "Desintoxicación (manejo de la abstinencia)",
    "level.name.php": "Hospitalización parcial (tratamiento de día)",
    "level.name.residential": "Tratamiento residencial",
    "level.name.sober_housing": "Vivienda para la recuperación / de transición",
    "level.name.outpatient": "Ambulatorio estándar",
    "level.short.iop": "IOP",
    "level.short.detox": "Desintoxicación",
    "level.short.php": "Tratamiento de día",
    "level.short.residential": "Residencial",
    "level.short.sober_housing": "Vivienda",
    "level.short.outpatient": "Ambulatorio",
    "card.level": "Nivel de atención: {level}",
    "opt.results.level_details": "{level}: {name}",
    "card.no_spanish": "No lista servicios en español — pregunte por un intérprete",
    "details.telehealth.level": "Ofrece telesalud (pregunte qué ofrece este programa en línea)",
    "details.level": "Nivel de atención: {level}",
    "details.accreditation": "Acreditación que figura: {items}",
    "details.accreditation.none": "No figura ninguna acreditación — pregunte",
    "details.website": "Sitio web: {url}",
    "details.no_website": "No figura sitio web — busque el nombre del programa",
    # Enlaces con los detalles de un programa (botones en Telegram, líneas en la terminal).
    "link.website": "🌐 Sitio web",
    "link.map": "🗺 Mapa",
    "link.share": "↗️ Compartir",
    "link.share.phone": "Teléfono: {phone}",
    # Nombres propios de los acreditadores: se dejan como se llaman.
    "accreditor.CARF": "CARF",
    "accreditor.JC": "The Joint Commission",
    "accreditor.COA": "Council on Accreditation (COA)",
    "accreditor.HFAP": "Healthcare Facilities Accreditation Program (HFAP)",
    "accreditor.NCQA": "National Committee for Quality Assurance (NCQA)",
    "call.care.iop": "el programa ambulatorio intensivo (IOP)",
    "call.care.detox": "la desintoxicación (manejo médico de la abstinencia)",
    "call.care.php": "el programa de hospitalización parcial (tratamiento de día)",
    "call.care.residential": "el tratamiento residencial",
    "call.care.sober_housing": "la vivienda para la recuperación",
    "call.care.outpatient": "el tratamiento ambulatorio",
    "call.care.short.iop": "IOP",
    "call.care.short.detox": "programa de desintoxicación",
    "call.care.short.php": "programa de día",
    "call.care.short.residential": "programa residencial",
    "call.care.short.sober_housing": "vivienda",
    "call.care.short.outpatient": "programa ambulatorio",
    "call.heading.title.care": "Antes de llamar a {program} — {level}",
    "call.heading.care.detox": "Sobre la desintoxicación",
    "call.heading.care.php": "Sobre el programa de día",
    "call.heading.care.residential": "Sobre el programa residencial",
    "call.heading.care.sober_housing": "Sobre la vivienda",
    "call.heading.care.outpatient": "Sobre el tratamiento ambulatorio",
    "call.script.interpreter": (
        'Si nadie allí habla español, pida en inglés: "Can I have a Spanish interpreter, '
        'please?" (¿Me pueden dar un intérprete de español?)'
    ),
    "call.script.interpreter.other": (
        'Si nadie allí habla español, pida en inglés: "Can they have a Spanish interpreter, '
        'please?" (¿Le pueden dar un intérprete de español?)'
    ),
    "call.q.payment.authorization.care": (
        "¿Mi plan necesita una autorización previa para esta atención? ¿Ustedes la piden?"
    ),
    "call.q.payment.authorization.care.other": (
        "¿El plan de mi familiar necesita una autorización previa para esta atención? "
        "¿Ustedes la piden?"
    ),
    "call.q.detox.today": (
        "¿Me pueden admitir hoy? Si no, ¿cuándo, y adónde debo ir mientras tanto?"
    ),
    "call.q.detox.today.other": (
        "¿Pueden admitir hoy a mi familiar? Si no, ¿cuándo, y adónde debe ir mientras tanto?"
    ),
    "call.q.detox.medical": (
        "¿La abstinencia se maneja aquí con atención médica, con médico o enfermera y "
        "medicamentos cuando hace falta?"
    ),
    "call.q.detox.after": (
        "¿Qué pasa después de la desintoxicación? ¿Me ayudan a pasar a un IOP o a un programa "
        "residencial?"
    ),
    "call.q.detox.after.other": (
        "¿Qué pasa después de la desintoxicación? ¿Le ayudan a pasar a un IOP o a un programa "
        "residencial?"
    ),
    "call.q.detox.intake": (
        "¿Cuáles son los pasos para la admisión: una evaluación por teléfono, una referencia, "
        "una evaluación en persona?"
    ),
    "call.q.detox.length": "¿Cuántos días suele durar aquí la desintoxicación?",
    "call.q.detox.medication": (
        "¿Puedo seguir tomando mis medicamentos durante la desintoxicación? ¿Empiezan "
        "medicamentos para el trastorno por consumo de opioides o de alcohol?"
    ),
    "call.q.detox.medication.other": (
        "¿Puede seguir tomando sus medicamentos durante la desintoxicación? ¿Empiezan "
        "medicamentos para el trastorno por consumo de opioides o de alcohol?"
    ),
    "call.q.detox.bring": "¿Qué debo llevar y qué no puedo llevar?",
    "call.q.detox.bring.other": "¿Qué debe llevar y qué no puede llevar?",
    "call.q.php.start": (
        "¿Podría empezar en 48 horas? Si hay espera, ¿qué ayuda puedo recibir mientras tanto?"
    ),
    "call.q.php.start.other": (
        "¿Podría empezar en 48 horas? Si hay espera, ¿qué ayuda puede recibir mientras tanto?"
    ),
    "call.q.php.hours": (
        "¿Cuántas horas al día, y qué días? (El tratamiento de día suele ser de 20 horas por "
        "semana o más.)"
    ),
    "call.q.php.intake": (
        "¿Cuáles son los pasos para empezar: una evaluación por teléfono, una evaluación, papeles?"
    ),
    "call.q.php.length": "¿Cuántas semanas dura, y quién decide cuándo paso a menos horas?",
    "call.q.php.length.other": (
        "¿Cuántas semanas dura, y quién decide cuándo pasa a menos horas?"
    ),
    "call.q.php.medical": "¿Hay un médico o una enfermera durante el programa?",
    "call.q.php.after": "¿Qué sigue después: un IOP, tratamiento ambulatorio, grupos de apoyo?",
    "call.q.residential.start": (
        "¿Tienen una cama disponible? Si hay espera, ¿cuánto tiempo, y qué ayuda puedo recibir "
        "mientras tanto?"
    ),
    "call.q.residential.start.other": (
        "¿Tienen una cama disponible? Si hay espera, ¿cuánto tiempo, y qué ayuda puede recibir "
        "mientras tanto?"
    ),
    "call.q.residential.length": (
        "¿Cuánto tiempo se queda la gente normalmente, y quién decide cuándo es hora de salir?"
    ),
    "call.q.residential.intake": (
        "¿Cuáles son los pasos para la admisión? ¿Necesito desintoxicación antes, o la ofrecen "
        "ustedes?"
    ),
    "call.q.residential.intake.other": (
        "¿Cuáles son los pasos para la admisión? ¿Necesita desintoxicación antes, o la ofrecen "
        "ustedes?"
    ),
    "call.q.residential.visits": "¿La familia puede visitar o llamar? ¿Hay un programa familiar?",
    "call.q.residential.day": ("¿Cómo es un día normal: grupos, sesiones individuales?"),
    "call.q.residential.medication": (
        "¿Puedo seguir tomando mis medicamentos, incluidos los del trastorno por consumo de "
        "opioides o de alcohol?"
    ),
    "call.q.residential.medication.other": (
        "¿Puede seguir tomando sus medicamentos, incluidos los del trastorno por consumo de "
        "opioides o de alcohol?"
    ),
    "call.q.residential.bring": (
        "¿Qué debo llevar y qué no? ¿Puedo tener mi teléfono? ¿Qué reglas hay sobre fumar?"
    ),
    "call.q.residential.bring.other": (
        "¿Qué debe llevar y qué no? ¿Puede tener su teléfono? ¿Qué reglas hay sobre fumar?"
    ),
    "call.q.residential.after": (
        "¿Qué sigue después: un IOP, tratamiento ambulatorio, ayuda para encontrar una vivienda "
        "para la recuperación?"
    ),
    "call.q.sober.opening": "¿Tienen una cama disponible ahora? ¿Cuándo podría mudarme?",
    "call.q.sober.opening.other": (
        "¿Tienen una cama disponible ahora? ¿Cuándo podría mudarse mi familiar?"
    ),
    "call.q.sober.certified": (
        "¿La vivienda está certificada o tiene licencia, del estado o de una asociación de "
        "viviendas para la recuperación?"
    ),
    "call.q.sober.rules": (
        "¿Cuáles son las reglas de la casa: hora de llegada, pruebas de drogas, tareas, "
        "reuniones? ¿Qué pasa si alguien vuelve a consumir?"
    ),
    "call.q.sober.medication": (
        "¿Los residentes pueden tomar medicamentos para el trastorno por consumo de opioides o "
        "de alcohol, como buprenorfina o metadona?"
    ),
    "call.q.sober.cost": "¿Cuánto es la renta, qué incluye, y hace falta un depósito?",
    "call.q.sober.treatment": (
        "¿Los residentes tienen que estar en tratamiento, como un IOP, mientras viven aquí?"
    ),
    "call.q.sober.stay": "¿Cuánto tiempo me puedo quedar?",
    "call.q.sober.stay.other": "¿Cuánto tiempo se puede quedar?",
    "call.q.outpatient.start": (
        "¿Podría empezar en 48 horas? Si hay espera, ¿qué ayuda puedo recibir mientras tanto?"
    ),
    "call.q.outpatient.start.other": (
        "¿Podría empezar en 48 horas? Si hay espera, ¿qué ayuda puede recibir mientras tanto?"
    ),
    "call.q.outpatient.hours": "¿Con qué frecuencia son las sesiones, qué días y a qué hora?",
}

"""Spanish texts: getting ready to call a program (questions, opening script, lists); pure data.

Mirrors ``en_callprep`` id for id and placeholder for placeholder, in US Spanish with "usted";
nothing is added to the English content. Person-first words only (reference/domain.md §3.5):
"volver a consumir", never the stigmatizing terms. An ``.other`` variant is what a family member
says about the person they are calling for: "mi familiar" to the program, "su ser querido" to
the person reading. Program names, plan names and "sober living" stay in English, as the program
will say them.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # Palabras que completa el plan (ver texts.resolve): listas, planes, medicamentos.
    "call.and": " y ",
    "call.use": "el consumo de {items}",
    "call.use.any": "el consumo de sustancias",
    "call.substance.alcohol": "alcohol",
    "call.substance.opioids": "opioides",
    "call.substance.benzos": "benzodiazepinas",
    "call.substance.stimulants": "estimulantes",
    "call.substance.cannabis": "cannabis",
    "call.plan.medicaid": "Medicaid",
    "call.plan.medicare": "Medicare",
    "call.plan.tricare": "TRICARE",
    "call.plan.state_plan": "seguro médico estatal",
    "call.med.buprenorphine": "buprenorfina",
    "call.med.naltrexone": "naltrexona",
    "call.med.methadone": "metadona",
    # Headings.
    "call.heading.title": "Antes de llamar a {program}",
    "call.heading.notes": "Para tener en cuenta",
    "call.heading.have_ready": "Tenga a mano",
    "call.heading.they_will_ask": "Probablemente le preguntarán",
    "call.heading.script": "Qué decir al principio",
    "call.heading.your_needs": "Sobre sus necesidades",
    "call.heading.your_needs.other": "Sobre las necesidades de su ser querido",
    "call.heading.iop": "Sobre el IOP",
    "call.heading.first": "Las preguntas más importantes",
    "call.first.why": (
        "Las elegí según lo que me contó y lo que el directorio no muestra de este programa."
    ),
    "call.heading.more": "Más preguntas para {program}",
    "call.heading.quality": "Sobre la calidad de la atención",
    # Opening scripts: the plan picks one by who is calling.
    "call.script.self": (
        "Hola, llamo por {care} de {program}. "
        "Busco ayuda para mí con {use}.\n"
        "¿Están aceptando pacientes nuevos? Tengo algunas preguntas."
    ),
    "call.script.family": (
        "Hola, llamo por {care} de {program}. "
        "Llamo por mi [familiar], que necesita ayuda con {use}.\n"
        "Quisiera entender cómo funciona su {care_short} y cómo puede empezar. "
        "Sé que, por lo general, para la admisión tiene que estar la persona misma."
    ),
    "call.script.family.named": (
        "Hola, llamo por {care} de {program}. "
        "Llamo por {relative}, que necesita ayuda con {use}.\n"
        "Quisiera entender cómo funciona su {care_short} y cómo puede empezar. "
        "Sé que, por lo general, para la admisión tiene que estar la persona misma."
    ),
    # Notes: reassurance for everyone, and the family path.
    "call.reassure": (
        "Las llamadas son confidenciales, y nadie avisará a la policía porque usted hable del "
        "consumo de drogas. Si no pueden atenderle en 48 horas, pruebe con otro programa o pida "
        "ayuda para mientras espera."
    ),
    "call.reassure.other": (
        "Las llamadas son confidenciales, y nadie avisará a la policía, ni sobre usted ni sobre "
        "su ser querido, porque hablen del consumo de drogas. Si no pueden atender a su ser "
        "querido en 48 horas, pruebe con otro programa o pida ayuda para mientras espera."
    ),
    "call.family.ok_to_call": (
        "Puede llamar a un programa solo para hacer preguntas. El personal puede explicarle "
        "cómo funciona, pero no puede hablar de la atención de otra persona sin su "
        "consentimiento."
    ),
    "call.family.intake": (
        "Por lo general, para la admisión tiene que estar la persona misma. Pregunte cómo puede "
        "empezar: con una llamada, yendo sin cita o con una cita que usted ayude a programar."
    ),
    "call.family.support": (
        "También hay apoyo para usted: pregunte por programas para familias. La Línea Nacional "
        "de Ayuda de SAMHSA (1-800-662-4357) es gratuita y atiende las 24 horas, todos los "
        "días, y grupos para familias como Al-Anon y Nar-Anon se reúnen en persona y en línea."
    ),
    # Have ready.
    "call.ready.insurance": "Su tarjeta del seguro médico, o el nombre de su plan",
    "call.ready.no_insurance": (
        "Cuánto podría pagar por semana, para preguntar por una tarifa según ingresos o "
        "atención gratuita"
    ),
    "call.ready.no_insurance.other": (
        "Cuánto podrían pagar por semana, para preguntar por una tarifa según ingresos o "
        "atención gratuita"
    ),
    "call.ready.insurance.plan": "Su tarjeta del seguro {plan} (ahí está el número de miembro)",
    "call.ready.insurance.plan.other": (
        "La tarjeta del seguro {plan} de su ser querido (ahí está el número de miembro)"
    ),
    "call.ready.insurance.other": (
        "La tarjeta del seguro médico de su ser querido, o el nombre de su plan"
    ),
    "call.ready.substances": "Qué sustancias, desde hace cuánto tiempo y más o menos cuánto",
    "call.ready.substances.other": (
        "Qué sustancias, desde hace cuánto tiempo y más o menos cuánto (hasta donde usted sepa)"
    ),
    "call.ready.medications": "Los medicamentos que toma ahora, incluidos los del dolor",
    "call.ready.medications.other": (
        "Los medicamentos que su ser querido toma ahora, incluidos los del dolor"
    ),
    "call.ready.health": "Cualquier problema de salud física o mental",
    "call.ready.health.other": "Cualquier problema de salud física o mental que usted conozca",
    "call.ready.times": "Los días y horarios en que puede asistir",
    "call.ready.times.other": "Los días y horarios en que su ser querido puede asistir",
    "call.ready.pen": "Papel y lápiz para anotar nombres, fechas y costos",
    # They will likely ask.
    "call.ask.who": "Si llama por usted o por otra persona",
    "call.ask.use": "Qué sustancias, desde hace cuánto, cuánto y cuándo fue la última vez",
    "call.ask.health": "Problemas de salud y medicamentos, incluidos los del dolor",
    "call.ask.payment": "Cómo va a pagar",
    "call.ask.payment.other": "Cómo va a pagar su ser querido",
    # Your needs: safety first.
    "call.q.withdrawal": (
        "Puede que primero necesite ayuda con la abstinencia. ¿Ustedes la ofrecen, o me pueden "
        "referir a otro lugar?"
    ),
    "call.q.withdrawal.other": (
        "Puede que mi familiar primero necesite ayuda con la abstinencia. ¿Ustedes la ofrecen, "
        "o nos pueden referir a otro lugar?"
    ),
    "call.q.housing": (
        "¿Me pueden ayudar a encontrar un lugar seguro donde vivir durante el IOP, como una "
        "vivienda de apoyo (sober living)?"
    ),
    "call.q.housing.other": (
        "¿Pueden ayudar a mi familiar a encontrar un lugar seguro donde vivir durante el IOP, "
        "como una vivienda de apoyo (sober living)?"
    ),
    # Your needs: schedule (the directory lists no hours).
    "call.q.schedule.day": "¿Tienen un horario de día? ¿A qué horas se reúne?",
    "call.q.schedule.morning": "¿Tienen un horario de mañana? ¿A qué hora empieza y termina?",
    "call.q.schedule.evening": "¿Tienen un horario de noche? ¿Qué días y a qué hora se reúne?",
    "call.q.schedule.weekend": "¿Tienen grupos los fines de semana? ¿Qué días y a qué hora?",
    "call.q.online": (
        "¿Puedo hacer el IOP en línea? ¿Hay un programa totalmente virtual, y está disponible "
        "donde vivo?"
    ),
    "call.q.online.other": (
        "¿Mi familiar puede hacer el IOP en línea? ¿Hay un programa totalmente virtual, y está "
        "disponible donde vive?"
    ),
    "call.q.online.listed": (
        "El directorio indica que ofrecen telesalud. ¿Se pueden hacer sesiones completas del "
        "IOP en línea, y está disponible donde vivo?"
    ),
    "call.q.online.listed.other": (
        "El directorio indica que ofrecen telesalud. ¿Se pueden hacer sesiones completas del "
        "IOP en línea, y está disponible donde vive mi familiar?"
    ),
    # Your needs: groups and ages.
    "call.q.group.women": "¿Tienen un grupo de mujeres dentro del IOP?",
    "call.q.group.men": "¿Tienen un grupo de hombres dentro del IOP?",
    "call.q.group.lgbtq": "¿Tienen un grupo LGBTQ+ dentro del IOP?",
    "call.q.group.veterans": (
        "¿Tienen un grupo para veteranos dentro del IOP? ¿Trabajan con el VA?"
    ),
    "call.q.group.active_duty": "¿Tienen un grupo para militares en servicio activo?",
    "call.q.group.military_families": "¿Tienen apoyo para familias de militares?",
    "call.q.group.adolescents": (
        "¿Tienen un IOP solo para adolescentes, aparte de los adultos? ¿Cómo se ajusta al "
        "horario escolar?"
    ),
    "call.q.group.young_adults": (
        "¿Tienen un grupo para adultos jóvenes (de unos 18 a 25 años) en el IOP?"
    ),
    "call.q.group.seniors": "¿Tienen un grupo para adultos mayores en el IOP?",
    "call.q.group.pregnant": (
        "¿Tienen un grupo para mujeres embarazadas o que acaban de dar a luz? ¿Coordinan con "
        "mi atención prenatal?"
    ),
    "call.q.group.pregnant.other": (
        "¿Tienen un grupo para mujeres embarazadas o que acaban de dar a luz? ¿Coordinan con "
        "la atención prenatal de mi familiar?"
    ),
    "call.q.group.criminal_justice": (
        "¿Trabajan con personas que tienen casos en la corte o están en libertad condicional "
        "(probation)? ¿Pueden confirmar la asistencia si se la piden?"
    ),
    "call.q.group.dui": (
        "¿Tienen un programa de DUI/DWI que cumpla con los requisitos de la corte o del DMV?"
    ),
    "call.q.group.trauma": (
        "¿Su atención está informada sobre el trauma? ¿Hay un grupo sobre trauma en el IOP?"
    ),
    "call.q.group.domestic_violence": (
        "¿Tienen apoyo para personas que han vivido violencia doméstica?"
    ),
    # Shared by your needs (co-occurring group) and quality: the first one asked wins.
    "call.q.mental_health": (
        "¿Pueden tratar al mismo tiempo problemas de salud mental, como depresión, ansiedad o "
        "trauma?"
    ),
    # Your needs: payment.
    "call.q.payment.plan": (
        "¿Aceptan mi plan de {plan}, y todos sus profesionales clínicos están dentro de la red? "
        "¿Cuánto pagaría yo?"
    ),
    "call.q.payment.plan.other": (
        "¿Aceptan el plan de {plan} de mi familiar, y todos sus profesionales clínicos están "
        "dentro de la red? ¿Cuánto pagaría?"
    ),
    "call.q.payment.insurance": (
        "¿Aceptan mi seguro (diga el nombre del plan), y todos sus profesionales clínicos están "
        "dentro de la red? ¿Cuánto pagaría yo?"
    ),
    "call.q.payment.insurance.other": (
        "¿Aceptan el seguro de mi familiar (diga el nombre del plan), y todos sus profesionales "
        "clínicos están dentro de la red? ¿Cuánto pagaría?"
    ),
    "call.q.payment.cash": "Si pago por mi cuenta, ¿cuál es el costo total y qué incluye?",
    "call.q.payment.cash.other": (
        "Si pagamos por nuestra cuenta, ¿cuál es el costo total y qué incluye?"
    ),
    "call.q.payment.sliding_fee": (
        "¿Tienen tarifas según los ingresos (escala móvil)? ¿Qué tendría que mostrar?"
    ),
    "call.q.payment.sliding_fee.other": (
        "¿Tienen tarifas según los ingresos (escala móvil)? ¿Qué tendría que mostrar mi familiar?"
    ),
    "call.q.payment.assistance": (
        "¿Hay ayuda con el costo, como una beca o fondos del estado? ¿Cómo la solicito?"
    ),
    "call.q.payment.assistance.other": (
        "¿Hay ayuda con el costo, como una beca o fondos del estado? ¿Cómo la solicita mi "
        "familiar?"
    ),
    "call.q.payment.free": "¿El IOP es gratuito? ¿Hay que pagar por pruebas o medicamentos?",
    "call.q.payment.ihs": (
        "¿Aceptan fondos del IHS, de programas tribales o de salud indígena urbana?"
    ),
    "call.q.payment.unknown": (
        "¿Cuánto cuesta el IOP y qué seguros aceptan? ¿Tienen tarifas según los ingresos?"
    ),
    # Your needs: medication (FDA-approved options exist for opioid and alcohol use disorder).
    "call.q.medication.opioid": (
        "¿Recetan buprenorfina en el centro, o trabajan con mi propio médico?"
    ),
    "call.q.medication.opioid.other": (
        "¿Recetan buprenorfina en el centro, o trabajan con el propio médico de mi familiar?"
    ),
    "call.q.medication.opioid.listed": (
        "El directorio indica que aquí ofrecen {medication}. ¿Los pacientes del IOP pueden "
        "recibir ese tratamiento en el centro?"
    ),
    "call.q.medication.alcohol": (
        "¿Ofrecen medicamentos para el trastorno por consumo de alcohol, o trabajan con mi "
        "propio médico?"
    ),
    "call.q.medication.alcohol.other": (
        "¿Ofrecen medicamentos para el trastorno por consumo de alcohol, o trabajan con el "
        "propio médico de mi familiar?"
    ),
    "call.q.medication.alcohol.listed": (
        "El directorio indica que ofrecen medicamentos para el trastorno por consumo de "
        "alcohol. ¿Los pueden recibir los pacientes del IOP?"
    ),
    "call.q.medication.continue": (
        "¿Puedo seguir tomando mis medicamentos actuales durante el programa? ¿Trabajarán con "
        "el médico que me los receta?"
    ),
    "call.q.medication.continue.other": (
        "¿Mi familiar puede seguir tomando sus medicamentos actuales durante el programa? "
        "¿Trabajarán con el médico que se los receta?"
    ),
    "call.q.medication.continue.listed": (
        "El directorio indica que aceptan a personas con medicamentos recetados por otro "
        "médico. ¿Puedo seguir tomando los míos en el IOP?"
    ),
    "call.q.medication.continue.listed.other": (
        "El directorio indica que aceptan a personas con medicamentos recetados por otro "
        "médico. ¿Mi familiar puede seguir tomando los suyos en el IOP?"
    ),
    "call.q.medication.explain": (
        "¿Alguien ahí puede hablar conmigo sobre las opciones de medicamentos?"
    ),
    "call.q.medication.explain.other": (
        "¿Alguien ahí puede hablar con mi familiar sobre las opciones de medicamentos?"
    ),
    # Your needs: language, one-to-one, extras.
    "call.q.language.spanish": "¿Hay algún consejero que hable español? ¿Hay grupos en español?",
    "call.q.language.sign_language": (
        "¿Ofrecen un intérprete de lenguaje de señas (ASL) para los grupos y las sesiones?"
    ),
    "call.q.language.any": (
        "¿Hay algún consejero que hable {language_name}? ¿Hay grupos en ese idioma?"
    ),
    "call.q.one_to_one": "¿Tendré sesiones individuales con un consejero? ¿Cada cuánto?",
    "call.q.one_to_one.other": (
        "¿Mi familiar tendrá sesiones individuales con un consejero? ¿Cada cuánto?"
    ),
    "call.q.extra.child_care": "¿Ofrecen cuidado de niños durante las sesiones?",
    "call.q.extra.transportation": (
        "¿Ayudan con el transporte, como viajes o pases de transporte público?"
    ),
    "call.q.extra.self_help": (
        "¿Tienen grupos de apoyo en el centro, o me ayudan a encontrar reuniones cerca?"
    ),
    "call.q.extra.self_help.other": (
        "¿Tienen grupos de apoyo en el centro, o ayudan a mi familiar a encontrar reuniones cerca?"
    ),
    # Shared by your needs (family counseling) and quality.
    "call.q.family": "¿Cómo incluyen a la familia? ¿Mi familia puede asistir a algunas sesiones?",
    "call.q.family.other": (
        "¿Cómo incluyen a la familia? ¿Hay un programa para familias al que yo pueda asistir?"
    ),
    # IOP specifics, always asked.
    "call.q.iop.start": (
        "¿Podría empezar en 48 horas? Si hay lista de espera, ¿qué ayuda puedo recibir mientras "
        "tanto?"
    ),
    "call.q.iop.start.other": (
        "¿Mi familiar podría empezar en 48 horas? Si hay lista de espera, ¿qué ayuda puede "
        "recibir mientras tanto?"
    ),
    "call.q.iop.hours": (
        "¿Cuántas horas a la semana dura el IOP, qué días y en qué horario? (Adultos: por lo "
        "general de 9 a 19.)"
    ),
    "call.q.iop.hours.teen": (
        "¿Cuántas horas a la semana dura el IOP para adolescentes, qué días y en qué horario? "
        "(Adolescentes: al menos 6.)"
    ),
    "call.q.iop.missed": "¿Qué pasa si falto a una sesión?",
    "call.q.iop.missed.other": "¿Qué pasa si mi familiar falta a una sesión?",
    "call.q.iop.length": (
        "¿Cuántas semanas dura (a menudo de 8 a 12)? ¿Quién decide cuándo paso a una atención "
        "menos intensa, y cómo?"
    ),
    "call.q.iop.length.other": (
        "¿Cuántas semanas dura (a menudo de 8 a 12)? ¿Quién decide cuándo pasa mi familiar a "
        "una atención menos intensa, y cómo?"
    ),
    "call.q.iop.format": "¿Cuántas sesiones son en grupo y cuántas individuales?",
    "call.q.iop.testing": (
        "¿Hacen pruebas de drogas, y cada cuánto? Si vuelvo a consumir, ¿puedo seguir en el "
        "programa?"
    ),
    "call.q.iop.testing.other": (
        "¿Hacen pruebas de drogas, y cada cuánto? Si mi familiar vuelve a consumir, ¿puede "
        "seguir en el programa?"
    ),
    "call.q.iop.crisis": "¿A quién puedo llamar fuera de horario si estoy pasando un mal momento?",
    "call.q.iop.crisis.other": (
        "¿A quién podemos llamar mi familiar o yo fuera de horario si está pasando un mal momento?"
    ),
    "call.q.iop.aftercare": (
        "¿Qué sigue después del IOP: atención ambulatoria, grupos de egresados o de pares, "
        "acompañamiento en la recuperación (recovery coaching)?"
    ),
    "call.q.iop.intake": (
        "¿Cuáles son los pasos para empezar: una llamada de evaluación, una evaluación en "
        "persona, papeles? ¿Qué debo llevar?"
    ),
    "call.q.iop.intake.other": (
        "¿Cuáles son los pasos para que mi familiar empiece: una llamada de evaluación, una "
        "evaluación en persona, papeles? ¿Qué debe llevar?"
    ),
    "call.q.teen.consent": (
        "¿Necesito el permiso de mi padre, mi madre o mi tutor para empezar? ¿Qué queda en "
        "privado entre mi consejero y yo?"
    ),
    "call.q.teen.consent.other": (
        "¿Necesitan el consentimiento de un padre, una madre o un tutor para que empiece? ¿Qué "
        "información comparten con la familia?"
    ),
    "call.q.payment.authorization": (
        "¿Mi plan necesita una autorización previa para el IOP? ¿Ustedes la piden?"
    ),
    "call.q.payment.authorization.other": (
        "¿El plan de mi familiar necesita una autorización previa para el IOP? ¿Ustedes la piden?"
    ),
    # Las preguntas de un familiar que nombran a la persona ("mi hijo"), cuando la dijo.
    "call.q.withdrawal.named": (
        "Puede que {relative} primero necesite ayuda con la abstinencia. ¿Ustedes la ofrecen, o "
        "nos pueden referir a otro lugar?"
    ),
    "call.q.housing.named": (
        "¿Pueden ayudar a {relative} a encontrar un lugar seguro donde vivir durante el IOP, "
        "como una vivienda de apoyo (sober living)?"
    ),
    "call.q.online.named": (
        "¿Puede {relative} hacer el IOP en línea? ¿Hay un programa totalmente virtual, y está "
        "disponible donde vive?"
    ),
    "call.q.online.listed.named": (
        "El directorio indica que ofrecen telesalud. ¿Se pueden hacer sesiones completas del "
        "IOP en línea, y está disponible donde vive {relative}?"
    ),
    "call.q.group.pregnant.named": (
        "¿Tienen un grupo para mujeres embarazadas o que acaban de dar a luz? ¿Coordinan con la "
        "atención prenatal de {relative}?"
    ),
    "call.q.payment.plan.named": (
        "¿Aceptan el plan de {plan} de {relative}, y todos sus profesionales clínicos están "
        "dentro de la red? ¿Cuánto pagaría?"
    ),
    "call.q.payment.insurance.named": (
        "¿Aceptan el seguro de {relative} (diga el nombre del plan), y todos sus profesionales "
        "clínicos están dentro de la red? ¿Cuánto pagaría?"
    ),
    "call.q.payment.sliding_fee.named": (
        "¿Tienen tarifas según los ingresos (escala móvil)? ¿Qué tendría que mostrar {relative}?"
    ),
    "call.q.payment.assistance.named": (
        "¿Hay ayuda con el costo, como una beca o fondos del estado? ¿Cómo la solicita {relative}?"
    ),
    "call.q.payment.authorization.named": (
        "¿El plan de {relative} necesita una autorización previa para el IOP? ¿Ustedes la piden?"
    ),
    "call.q.medication.opioid.named": (
        "¿Recetan buprenorfina en el centro, o trabajan con el propio médico de {relative}?"
    ),
    "call.q.medication.alcohol.named": (
        "¿Ofrecen medicamentos para el trastorno por consumo de alcohol, o trabajan con el "
        "propio médico de {relative}?"
    ),
    "call.q.medication.continue.named": (
        "¿Puede {relative} seguir tomando sus medicamentos actuales durante el programa? "
        "¿Trabajarán con el médico que se los receta?"
    ),
    "call.q.medication.continue.listed.named": (
        "El directorio indica que aceptan a personas con medicamentos recetados por otro "
        "médico. ¿Puede {relative} seguir tomando los suyos en el IOP?"
    ),
    "call.q.medication.explain.named": (
        "¿Alguien ahí puede hablar con {relative} sobre las opciones de medicamentos?"
    ),
    "call.q.one_to_one.named": (
        "¿Tendrá {relative} sesiones individuales con un consejero? ¿Cada cuánto?"
    ),
    "call.q.extra.self_help.named": (
        "¿Tienen grupos de apoyo en el centro, o ayudan a {relative} a encontrar reuniones cerca?"
    ),
    "call.q.teen.consent.named": (
        "¿Necesitan el consentimiento de un padre, una madre o un tutor para que {relative} "
        "empiece? ¿Qué información comparten con la familia?"
    ),
    "call.q.iop.start.named": (
        "¿Podría {relative} empezar en 48 horas? Si hay lista de espera, ¿qué ayuda puede "
        "recibir mientras tanto?"
    ),
    "call.q.iop.intake.named": (
        "¿Cuáles son los pasos para que {relative} empiece: una llamada de evaluación, una "
        "evaluación en persona, papeles? ¿Qué debe llevar?"
    ),
    "call.q.iop.missed.named": ("¿Qué pasa si {relative} falta a una sesión?"),
    "call.q.iop.length.named": (
        "¿Cuántas semanas dura (a menudo de 8 a 12)? ¿Quién decide cuándo pasa {relative} a una "
        "atención menos intensa, y cómo?"
    ),
    "call.q.iop.testing.named": (
        "¿Hacen pruebas de drogas, y cada cuánto? Si {relative} vuelve a consumir, ¿puede "
        "seguir en el programa?"
    ),
    "call.q.iop.crisis.named": (
        "¿A quién podemos llamar {relative} o yo fuera de horario si está pasando un mal momento?"
    ),
    # Quality, always asked (a few).
    "call.q.accreditation": (
        "¿Tienen licencia del estado y acreditación (por ejemplo, de CARF o de la Joint "
        "Commission)? ¿Los consejeros están certificados para tratar trastornos por consumo de "
        "sustancias?"
    ),
    "call.q.accreditation.listed": (
        "El directorio indica acreditación de {accreditation}. ¿Está vigente? ¿Tienen licencia "
        "del estado?"
    ),
    "call.q.therapies": (
        "¿Qué terapias usan? Por ejemplo, terapia cognitivo-conductual (CBT), entrevista "
        "motivacional o manejo de contingencias."
    ),
    "call.q.medications": (
        "¿Ofrecen medicamentos aprobados por la FDA para el trastorno por consumo de opioides o "
        "de alcohol, o trabajan con un médico que los recete?"
    ),
    # El paso de preparar la llamada: las demás preguntas, y una pregunta breve otra vez.
    "opt.callprep.more": "Más preguntas",
    "opt.callprep.more.syn": "mas|mas preguntas|las demas|todas las preguntas|otras preguntas",
    "callprep.again": "Sus preguntas están justo arriba. ¿Qué sigue?",
}

"""Spanish texts of the conversation's start: engine, welcome, safety, triage, place; pure data.

Mirrors en_dialogue.py id for id, with the same placeholders. US Spanish with "usted";
person-first, non-stigmatizing wording. Ids ending in ".syn" list, separated by "|", words
Spanish speakers type for an option (lower case, no accents, no punctuation); ids ending in
".other" speak about a loved one ("su ser querido") for someone searching on their behalf.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- the engine ---------------------------------------------------------------------------
    "welcome.speak.es": "Español",
    "welcome.speak.en": "English",
    "engine.understood": "Entendido. {what}.",
    "engine.understood.many": "Entendido:\n{items}",
    "engine.not_understood": "Perdón, no le entendí. Puede tocar una opción o escribirla.",
    "engine.choose": "Elija una o varias y luego toque Listo.",
    "engine.choose_one": "O elija una de estas:",
    "engine.moved_on": "Ese botón es de una pregunta anterior. Aquí es donde vamos ahora:",
    "engine.non_text": (
        "Solo puedo leer mensajes de texto y ubicaciones compartidas. Aquí es donde íbamos:"
    ),
    "engine.try_again": "Algo falló de mi lado. Por favor, inténtelo de nuevo en un momento.",
    "engine.sorry": "Perdón, algo falló de mi lado. Aquí es donde íbamos:",
    "engine.language": "Puedo atenderle en español o en inglés.",
    "engine.about": (
        "IOP Finder le ayuda a encontrar programas ambulatorios intensivos (IOP) para el "
        "consumo de alcohol o drogas en Estados Unidos, y a prepararse para llamarlos. Es una "
        "herramienta de información, no un profesional de la salud ni una línea de crisis, y "
        "no recibe pagos de los programas.\n\n"
        "Los programas vienen de un directorio público de SAMHSA, el National Directory of "
        "Drug and Alcohol Use Treatment Facilities 2023 (N-SUMHSS); la información puede estar "
        "desactualizada, así que confírmela por teléfono. Ubicación de los códigos postales: "
        "GeoNames (geonames.org), CC BY 4.0."
    ),
    "engine.privacy": (
        "Lo que guardo, y por qué:\n"
        "• Sus respuestas en esta conversación (por ejemplo, un código postal, lo que busca y "
        "cómo pagaría), para poder seguir donde lo dejó.\n"
        "• Sus programas guardados, su estado, sus notas y respuestas a las preguntas, y sus "
        "recordatorios, porque usted me pidió guardarlos. Para un recordatorio también guardo "
        "el número de este chat hasta enviarlo, para poder enviárselo.\n"
        "• Nada más: ni nombre, ni usuario, ni número de teléfono, ni copias de sus mensajes "
        "en registros, ni anuncios ni rastreadores.\n"
        "Por cuánto tiempo: todo se borra tras {days} días sin mensajes suyos.\n"
        "Usted decide: /delete lo borra todo ahora. Los reportes sobre un listado equivocado "
        "se guardan sin ningún vínculo con usted. Telegram guarda su propia copia de este chat: "
        "bórrela allí con Borrar historial."
    ),
    "engine.cannot_skip": "Necesito esta respuesta para buscar. Aquí está otra vez:",
    "engine.unknown_command": "No conozco ese comando. Escriba ayuda para ver lo que puedo hacer.",
    "engine.restarted": "Muy bien, empecemos de nuevo. No se guarda nada de lo que me dijo antes.",
    "engine.nothing_back": "Estamos al principio, así que no hay nada a qué regresar.",
    "engine.nothing_to_edit": "Todavía no hay nada que cambiar: primero busquemos un lugar.",
    "engine.now_other": (
        "Entendido: busca ayuda para otra persona. Le preguntaré sobre su ser querido."
    ),
    "engine.now_self": "Entendido: busca ayuda para usted.",
    "intent.back.syn": (
        "atras|volver|volver atras|regresar|ir atras|anterior|pregunta anterior|deshacer"
    ),
    "intent.restart.syn": (
        "empezar de nuevo|volver a empezar|comenzar de nuevo|empezar otra vez|reiniciar|"
        "nueva busqueda|desde el principio|desde cero"
    ),
    "intent.help.syn": "ayuda|ayudame|ayudeme|que puedes hacer|que puede hacer|menu|opciones",
    "intent.search.syn": (
        "buscar ahora|busca ya|ya buscale|buscale ya|ya busca|buscar|busca|busque ahora|"
        "ya busque|buscale|buscalo ya|busquele ya|muestrame programas|muestreme programas|"
        "ver resultados|ver programas|ya muestrame|ya buscalos|a buscar|solo busca|nomas busca"
    ),
    "intent.edit.syn": (
        "cambiar mis respuestas|cambiar respuestas|cambiar algo|editar|editar mis respuestas|"
        "corregir|corregir mis respuestas|modificar"
    ),
    "intent.remind.syn": (
        "recuerdame|recordarme|recordatorio|me recuerdas|me recuerdes|ponme un recordatorio"
        "|pon un recordatorio|avisame|recuerdame llamar|recuerdame que llame|me avisas"
    ),
    "intent.saved.syn": (
        "mi lista|ver mi lista|mostrar mi lista|abrir mi lista|lista guardada|guardados|"
        "mis guardados|programas guardados|mis programas guardados|mis programas"
    ),
    "intent.someone_else.syn": (
        "es para otra persona|para otra persona|busco para otra persona|"
        "busco ayuda para otra persona|es para alguien mas|para alguien mas|no es para mi"
    ),
    "intent.myself.syn": (
        "es para mi|busco para mi|busco ayuda para mi|para mi mismo|para mi misma|"
        "es para mi mismo|es para mi misma|soy yo"
    ),
    # -- shared options -----------------------------------------------------------------------
    "opt.yes": "Sí",
    "opt.yes.syn": (
        "si|sip|claro|claro que si|por supuesto|ok|okey|dale|esta bien|de acuerdo|aja|simon|"
        "creo que si|puedo|si puedo"
    ),
    "opt.no": "No",
    "opt.no.syn": "no|nop|nel|para nada|no puedo|creo que no|no creo|la verdad no|no mucho",
    "opt.unsure": "No sé",
    "opt.unsure.syn": (
        "no se|no lo se|no estoy seguro|no estoy segura|tal vez|quizas|quiza|a lo mejor|"
        "puede ser|ni idea|no sabria"
    ),
    "opt.skip": "Saltar",
    "opt.skip.syn": (
        "saltar|omitir|siguiente|paso|pasar|no importa|cualquiera|me da igual|"
        "ninguna preferencia|sin preferencia"
    ),
    "opt.done": "Listo",
    "opt.done.syn": (
        "listo|lista|ya|ya esta|terminado|termine|ya termine|eso es todo|es todo|nada mas"
    ),
    "opt.no_preference": "Sin preferencia",
    "opt.start_over": "Empezar de nuevo",
    "opt.resume": "Volver a donde estaba",
    # -- welcome ------------------------------------------------------------------------------
    "intake.welcome": (
        "Hola. Puedo ayudarle a encontrar un programa ambulatorio intensivo (IOP, por sus "
        "siglas en inglés) para el consumo de alcohol o drogas en Estados Unidos, y a "
        "prepararse para llamar.\n\n"
        "Comparto información del directorio nacional de SAMHSA. No soy un profesional de la "
        "salud ni una línea de crisis. No necesita darme su nombre, y puede parar cuando "
        "quiera.\n\n"
        "Si alguien está en peligro ahora: llame al 911. Si hay pensamientos de suicidio: "
        "llame o envíe un texto al 988 (para español, marque 2). Ayuda gratis y confidencial "
        "24/7, también en español: 1-800-662-4357.\n\n"
        "Cuénteme con sus palabras qué busca (para quién, qué sustancia, dónde), o elija cómo "
        "empezar:"
    ),
    "opt.welcome.guided": "Ayúdeme a elegir (unas preguntas)",
    "opt.welcome.guided.syn": (
        "ayudeme a elegir|ayudame a elegir|guiado|preguntas|elegir|elegir un programa|"
        "programa adecuado|el programa adecuado|necesito ayuda|ayuda|ayudeme|ayudenme|hola|"
        "buenas|empezar|si|ok|busco ayuda|busco un programa|tratamiento|rehabilitacion"
    ),
    "opt.welcome.quick": "Ver programas cerca de mí",
    "opt.welcome.quick.syn": (
        "rapido|solo muestreme|muestreme programas|ver programas|mostrar programas|"
        "programas cerca|programas cercanos|cerca de mi|lista"
    ),
    "opt.welcome.crisis": "Necesito ayuda ahora mismo",
    "opt.welcome.crisis.syn": (
        "ahora mismo|ya mismo|emergencia|urgente|urgencia|crisis|ayuda urgente|necesito ayuda ya"
    ),
    # -- for whom -----------------------------------------------------------------------------
    "intake.for_whom": "¿Para quién busca ayuda?",
    "opt.for_whom.self": "Para mí",
    "opt.for_whom.self.syn": (
        "yo|para mi|es para mi|para mi mismo|para mi misma|yo mismo|yo misma|soy yo"
    ),
    "opt.for_whom.someone": "Para un ser querido",
    "opt.for_whom.someone.syn": (
        "otra persona|alguien mas|un ser querido|ser querido|un familiar|familiar|"
        "para un familiar|mis hijos|para mis hijos|mi hijo|para mi hijo|mi hija|para mi hija|"
        "mi esposo|para mi esposo|mi esposa|para mi esposa|mi marido|para mi marido|mi mujer|"
        "para mi mujer|mi pareja|para mi pareja|mi novio|para mi novio|mi novia|para mi novia|"
        "mi mama|para mi mama|mi madre|para mi madre|mi papa|para mi papa|mi padre|"
        "para mi padre|mi hermano|para mi hermano|mi hermana|para mi hermana|mi amigo|"
        "para mi amigo|mi amiga|para mi amiga|mi tio|para mi tio|mi tia|para mi tia|mi primo|"
        "para mi primo|mi prima|para mi prima|mi abuelo|para mi abuelo|mi abuela|"
        "para mi abuela|mi nieto|para mi nieto|mi nieta|para mi nieta|mi sobrino|"
        "para mi sobrino|mi sobrina|para mi sobrina|mi cunado|para mi cunado|mi cunada|"
        "para mi cunada|mi hijastro|para mi hijastro|mi hijastra|para mi hijastra"
    ),
    "intake.family_note": (
        "Gracias por apoyar a su ser querido. Algunas cosas que ayudan a las familias:\n"
        "• Usted puede llamar a un programa para preguntar cómo funciona.\n"
        "• Para empezar el tratamiento (la admisión), normalmente se necesita a la persona "
        "misma.\n"
        "• También hay apoyo para usted: pregunte a los programas por sesiones familiares, o "
        "llame al 1-800-662-4357 (también en español) para encontrar grupos de apoyo para "
        "familias cerca de usted."
    ),
    # -- safety -------------------------------------------------------------------------------
    "intake.safety": "Primero: ¿alguien está en peligro ahora mismo?",
    "intake.safety.other": "Primero: ¿su ser querido (o usted) está en peligro ahora mismo?",
    "opt.safety.overdose": "Señales de sobredosis (no despierta, respira poco o nada)",
    "opt.safety.overdose.syn": (
        "sobredosis|no respira|no despierta|no reacciona|no responde|inconsciente|se desmayo"
    ),
    "opt.safety.suicide": "Ideas de suicidio o de hacerse daño",
    "opt.safety.suicide.syn": (
        "suicidio|suicida|ideas suicidas|suicidarme|quitarme la vida|hacerme dano|"
        "hacerse dano|autolesion|autolesiones"
    ),
    "opt.safety.withdrawal": "Convulsiones, alucinaciones o confusión grave por abstinencia",
    "opt.safety.withdrawal.syn": (
        "convulsiones|convulsion|ataques|alucinaciones|alucinando|confusion|confundido|"
        "confundida|delirio"
    ),
    "opt.safety.none": "No, nadie está en peligro ahora",
    "opt.safety.none.syn": (
        "no|nop|nadie|no hay peligro|nadie esta en peligro|estoy bien|estamos bien|todo bien|"
        "a salvo|estoy a salvo|estamos a salvo|no esta en peligro|no está en peligro|"
        "nadie está en peligro|todos estamos bien"
    ),
    # -- substances and triage ----------------------------------------------------------------
    "intake.substances": (
        "¿Qué sustancias se consumen? Elija todas las que apliquen y luego toque Listo."
    ),
    "opt.substance.alcohol": "Alcohol",
    "opt.substance.alcohol.syn": (
        "alcohol|beber|bebo|bebida|bebidas|tomo alcohol|cerveza|cervezas|vino|licor|tequila|"
        "vodka|whisky|ron|mezcal|trago|tragos|pisto"
    ),
    "opt.substance.opioids": "Opioides (heroína, fentanilo, analgésicos)",
    "opt.substance.opioids.syn": (
        "opioides|opioide|opiaceos|opiaceo|heroina|chiva|fentanilo|fentanyl|oxicodona|oxy|"
        "oxycontin|percocet|vicodin|hidrocodona|morfina|pastillas para el dolor|analgesicos|"
        "metadona|suboxone|buprenorfina"
    ),
    "opt.substance.benzos": "Benzodiazepinas (Xanax, Valium, Klonopin)",
    "opt.substance.benzos.syn": (
        "benzos|benzo|benzodiazepinas|benzodiacepinas|xanax|valium|klonopin|ativan|"
        "alprazolam|clonazepam|lorazepam|diazepam|rivotril|calmantes|tranquilizantes"
    ),
    "opt.substance.stimulants": "Estimulantes (meth, cocaína, Adderall)",
    "opt.substance.stimulants.syn": (
        "estimulantes|metanfetamina|meth|cristal|hielo|cocaina|coca|perico|crack|piedra|"
        "adderall|anfetaminas|speed"
    ),
    "opt.substance.cannabis": "Cannabis (marihuana)",
    "opt.substance.cannabis.syn": (
        "cannabis|marihuana|mariguana|mota|hierba|yerba|porro|thc|weed|gomitas"
    ),
    "opt.substance.something_else": "Otra cosa",
    "opt.substance.something_else.syn": (
        "otra|otro|otra cosa|otra sustancia|otras|kratom|ketamina|inhalantes|hongos|apuestas|"
        "juegos de azar"
    ),
    "intake.withdrawal": (
        "Ahora mismo, ¿cómo está con la abstinencia (los síntomas al dejar de consumir)?"
    ),
    "intake.withdrawal.other": (
        "Ahora mismo, ¿cómo está su ser querido con la abstinencia (los síntomas al dejar de "
        "consumir)?"
    ),
    "opt.withdrawal.symptoms_now": "Con síntomas de abstinencia",
    "opt.withdrawal.symptoms_now.syn": (
        "sintomas|sintomas ahora|con sintomas|sintomas de abstinencia|malilla|temblores|"
        "tiemblo|tiembla|sudores|me siento mal|se siente mal|enfermo|enferma"
    ),
    "opt.withdrawal.detox_done": "Terminó la desintoxicación",
    "opt.withdrawal.detox_done.syn": (
        "termine detox|termine el detox|termino el detox|ya hice detox|ya hizo detox|"
        "sali de detox|salio de detox|desintoxicacion terminada|termine la desintoxicacion|"
        "termino la desintoxicacion"
    ),
    "opt.withdrawal.still_using": "Sigue consumiendo, no ha dejado",
    "opt.withdrawal.still_using.syn": (
        "sigo consumiendo|sigue consumiendo|todavia consumo|todavia consume|aun consumo|"
        "aun consume|consumiendo|no he dejado|no ha dejado|sigo tomando|sigue tomando|"
        "sigo bebiendo|sigue bebiendo"
    ),
    "opt.withdrawal.stopped": "Ya dejó de consumir y está bien",
    "opt.withdrawal.stopped.syn": (
        "ya deje|ya dejo|lo deje|lo dejo|deje de consumir|dejo de consumir|ya no consumo|"
        "ya no consume|ya pare|ya paro|sobrio|sobria|ya no tomo|ya no toma"
    ),
    "triage.withdrawal_now": (
        "La abstinencia puede ser dura para el cuerpo. Un programa médico de desintoxicación "
        "(detox) puede hacerla más segura y llevadera, y después puede seguir el IOP. "
        "Incluiré programas de desintoxicación cercanos en los resultados.\n"
        "Si hay convulsiones, alucinaciones o confusión grave, llame al 911 ahora."
    ),
    "intake.daily_use": "¿El consumo de alcohol o de benzodiazepinas es diario, o casi diario?",
    "triage.withdrawal_risk": (
        "Gracias por decírmelo. Dejar el alcohol o las benzodiazepinas de golpe después de un "
        "consumo diario puede causar convulsiones y poner la vida en peligro. Por favor, no lo "
        "deje de golpe sin ayuda médica: un médico o un programa médico de desintoxicación "
        "(detox) puede hacerlo de forma segura. Le mostraré programas de desintoxicación "
        "cercanos junto con los IOP."
    ),
    "triage.withdrawal_risk.other": (
        "Gracias por decírmelo. Dejar el alcohol o las benzodiazepinas de golpe después de un "
        "consumo diario puede causar convulsiones y poner la vida en peligro. Su ser querido "
        "no debe dejarlo de golpe sin ayuda médica: un médico o un programa médico de "
        "desintoxicación (detox) puede hacerlo de forma segura. Le mostraré programas de "
        "desintoxicación cerca de su ser querido junto con los IOP."
    ),
    "intake.home": "¿Su casa es un lugar seguro que apoya la recuperación?",
    "intake.home.other": (
        "¿La casa de su ser querido es un lugar seguro que apoya la recuperación?"
    ),
    "opt.home.safe": "Sí, es segura y hay apoyo",
    "opt.home.safe.syn": (
        "si|segura|seguro|es segura|es seguro|hay apoyo|me apoyan|lo apoyan|la apoyan|"
        "esta bien|todo bien|bien|lo apoyamos|la apoyamos|me apoya|lo apoya|la apoya"
    ),
    "opt.home.not_safe": "No, la verdad no",
    "opt.home.not_safe.syn": (
        "no|no es segura|no es seguro|no tan segura|no tan seguro|no es tan segura|"
        "no es tan seguro|no muy segura|no muy seguro|insegura|inseguro|no mucho|"
        "no hay apoyo|sin casa|sin hogar|no tengo casa|no tiene casa|vivo en la calle|"
        "vive en la calle"
    ),
    "triage.home_unsafe": (
        "El IOP funciona mejor cuando hay un lugar estable al cual regresar. Si la casa no es "
        "segura o no apoya la recuperación, un programa residencial o una vivienda para la "
        "recuperación (sober living) puede ayudar. También le mostraré algunos."
    ),
    "intake.attend": (
        "Un IOP suele ser de unas 9 a 19 horas por semana (a menudo 3 horas, de 3 a 5 días por "
        "semana) durante unas 8 a 12 semanas. ¿Podría cumplir con ese horario?"
    ),
    "intake.attend.other": (
        "Un IOP suele ser de unas 9 a 19 horas por semana (a menudo 3 horas, de 3 a 5 días por "
        "semana) durante unas 8 a 12 semanas. ¿Podría su ser querido cumplir con ese horario?"
    ),
    "triage.cannot_attend": (
        "Está bien. El tratamiento ambulatorio estándar pide menos horas (a menudo una o dos "
        "sesiones por semana). También le mostraré algunos de esos programas."
    ),
    "intake.medication": "¿Le interesa que el tratamiento incluya medicamentos?",
    "intake.medication.other": (
        "¿A su ser querido le interesa que el tratamiento incluya medicamentos?"
    ),
    "opt.medication.wanted": "Sí, me interesa",
    "opt.medication.wanted.other": "Sí, le interesa",
    "opt.medication.wanted.syn": (
        "si|me interesa|le interesa|interesa|quiero medicamento|medicamento|medicamentos|"
        "medicina|tratamiento con medicamentos|mat|moud"
    ),
    "opt.medication.taking": "Ya toma medicamento",
    "opt.medication.taking.syn": (
        "ya|ya lo toma|ya lo tomo|ya tomo medicamento|ya toma medicamento|tomo medicamento|"
        "toma medicamento|estoy tomando|esta tomando|tomo suboxone|toma suboxone|"
        "tomo metadona|toma metadona|vivitrol|en suboxone|en metadona"
    ),
    "opt.medication.no": "No",
    "opt.medication.unsure": "Quiero saber más / no sé",
    "opt.medication.unsure.syn": (
        "quiero saber mas|saber mas|cuenteme mas|mas informacion|informacion|que es eso|"
        "que es|no se|no estoy seguro|no estoy segura|tal vez|como cual|cual medicamento|"
        "que medicamento|que medicamentos|a que se refiere|puede ser"
    ),
    "triage.opioid_medication": (
        "Los medicamentos para el trastorno por consumo de opioides (buprenorfina, metadona, "
        "naltrexona) están aprobados por la FDA, bajan el riesgo de sobredosis y ayudan a las "
        "personas a seguir en tratamiento. La buprenorfina y la naltrexona se pueden recibir "
        "en muchos programas ambulatorios; la metadona se da en programas de tratamiento de "
        "opioides. Daré prioridad a los programas que los ofrecen."
    ),
    "triage.alcohol_medication": (
        "También hay medicamentos aprobados por la FDA para el trastorno por consumo de "
        "alcohol (naltrexona, acamprosato, disulfiram). Daré prioridad a los programas que los "
        "ofrecen."
    ),
    # -- where --------------------------------------------------------------------------------
    "intake.place": (
        "¿Dónde busco? Escriba un código postal (ZIP) o una ciudad y estado, comparta su "
        "ubicación, o elija Solo en línea."
    ),
    "intake.place.other": (
        "¿Dónde busco? Escriba el código postal (ZIP) o la ciudad y estado adonde iría su ser "
        "querido, comparta una ubicación, o elija Solo en línea."
    ),
    "opt.place.online": "Solo en línea",
    "opt.place.online.syn": (
        "en linea|solo en linea|por internet|virtual|telesalud|video|videollamada|online"
    ),
    "opt.place.none": "Ninguno de estos",
    "opt.place.none.syn": "ninguno|ninguna|ninguno de estos|ninguna de estas|no|ni uno|otro",
    "location.state_wide": (
        "{state} es muy grande. Para encontrar programas a los que pueda ir varias veces por "
        "semana, escriba una ciudad o un código postal (ZIP) de allí. (Escriba {state} otra "
        "vez para ver programas de todo el estado, o elija Solo en línea.)"
    ),
    "location.unsure": (
        "No se preocupe: basta con el pueblo o la ciudad más cercana y su estado, o un código "
        "postal (ZIP). O elija Solo en línea para ver programas por video."
    ),
    "location.did_you_mean": "¿Quiso decir uno de estos?",
    "location.try_again": "Está bien. Escriba el código postal, o la ciudad y el estado.",
    "location.noted": "Gracias, buscaré cerca de {place}.",
    "intake.online_state": (
        "Los programas en línea tienen licencia por estado. ¿En qué estado vive? (También "
        "sirve un código postal.)"
    ),
    "intake.online_state.other": (
        "Los programas en línea tienen licencia por estado. ¿En qué estado vive su ser "
        "querido? (También sirve un código postal.)"
    ),
    "intake.radius": "¿Qué tan lejos podría ir, varias veces por semana?",
    "intake.radius.other": "¿Qué tan lejos podría ir su ser querido, varias veces por semana?",
    "opt.radius.10": "Hasta 10 millas",
    "opt.radius.10.syn": "10|10 millas|diez|diez millas|cerca|cerquita|aqui cerca",
    "opt.radius.25": "Hasta 25 millas",
    "opt.radius.25.syn": "25|25 millas|veinticinco|veinticinco millas",
    "opt.radius.50": "Hasta 50 millas",
    "opt.radius.50.syn": "50|50 millas|cincuenta|cincuenta millas",
    "opt.radius.100": "Hasta 100 millas",
    "opt.radius.100.syn": "100|100 millas|cien|cien millas|lejos|donde sea|a donde sea",
}

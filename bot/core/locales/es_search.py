"""Spanish texts of the search: who and when, summary, results, details, help; pure data.

Mirrors en_search.py id for id, with the same placeholders. US Spanish with "usted";
person-first, non-stigmatizing wording. Ids ending in ".syn" list, separated by "|", words
Spanish speakers type for an option (lower case, no accents, no punctuation); ids ending in
".other" speak about a loved one ("su ser querido") for someone searching on their behalf.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- who and when -------------------------------------------------------------------------
    "intake.age": "¿En qué grupo de edad está?",
    "opt.age.teen": "Adolescente (menor de 18)",
    "opt.age.teen.syn": (
        "adolescente|menor|menor de edad|menor de 18|menos de 18|13|14|15|16|17|secundaria|"
        "prepa|preparatoria"
    ),
    "opt.age.young_adult": "Adulto joven (18–25)",
    "opt.age.young_adult.syn": (
        "adulto joven|joven|18|19|20|21|22|23|24|25|universidad|universitario|universitaria"
    ),
    "opt.age.adult": "Adulto (26–64)",
    "opt.age.adult.syn": "adulto|adulta|adultos|mayor de edad",
    "opt.age.senior": "65 años o más",
    "opt.age.senior.syn": (
        "adulto mayor|adulta mayor|persona mayor|tercera edad|jubilado|jubilada|65|70|"
        "mas de 65|65 o mas"
    ),
    "intake.schedule": (
        "¿Cuándo podría ir? Elija todas las opciones que le sirvan y luego toque Listo."
    ),
    "intake.schedule.other": (
        "¿Cuándo podría ir su ser querido? Elija todas las que sirvan y luego toque Listo."
    ),
    "opt.schedule.day": "De día",
    "opt.schedule.day.syn": (
        "dia|de dia|durante el dia|manana|mananas|en la manana|por la manana|tarde|tardes|"
        "en la tarde|por la tarde"
    ),
    "opt.schedule.evening": "En la noche",
    "opt.schedule.evening.syn": (
        "noche|noches|en la noche|por la noche|despues del trabajo|despues de trabajar"
    ),
    "opt.schedule.weekend": "Fines de semana",
    "opt.schedule.weekend.syn": ("fin de semana|fines de semana|sabado|sabados|domingo|domingos"),
    "opt.schedule.online": "Sesiones en línea",
    "opt.schedule.online.syn": (
        "en linea|virtual|virtuales|por internet|telesalud|video|videollamada|zoom"
    ),
    "triage.no_hours": (
        "Anotado. El directorio de SAMHSA no indica horarios, así que lo agregaré a las "
        "preguntas para cada programa."
    ),
    "intake.groups": (
        "¿Le ayudaría un grupo específico? Elija los que quiera y luego toque Listo (o Sin "
        "preferencia)."
    ),
    "opt.group.women": "Mujeres",
    "opt.group.women.syn": "mujeres|mujer|grupo de mujeres|femenino",
    "opt.group.men": "Hombres",
    "opt.group.men.syn": "hombres|hombre|grupo de hombres|masculino|varones",
    "opt.group.lgbtq": "LGBTQ+",
    "opt.group.lgbtq.syn": (
        "lgbtq|lgbt|gay|lesbiana|lesbianas|trans|transgenero|queer|bisexual|no binario|no binaria"
    ),
    "opt.group.veterans": "Veteranos",
    "opt.group.veterans.syn": (
        "veterano|veterana|veteranos|militar|militares|ejercito|marina|fuerza aerea|va"
    ),
    "opt.group.young_adults": "Adultos jóvenes",
    "opt.group.adolescents": "Adolescentes",
    "opt.group.adolescents.syn": "adolescentes|adolescente|menores|menores de edad|juvenil",
    "opt.group.seniors": "Adultos mayores",
    "opt.group.seniors.syn": (
        "adultos mayores|adulto mayor|personas mayores|persona mayor|tercera edad|mayores"
    ),
    "opt.group.pregnant": "Embarazo o posparto",
    "opt.group.pregnant.syn": (
        "embarazada|embarazadas|embarazo|posparto|postparto|bebe|recien nacido"
    ),
    "opt.group.co_occurring": "Salud mental también (depresión, ansiedad…)",
    "opt.group.co_occurring.syn": (
        "salud mental|depresion|ansiedad|bipolar|trastorno bipolar|estres postraumatico|"
        "tept|doble diagnostico|diagnostico dual|trastornos concurrentes"
    ),
    "opt.group.trauma": "Trauma",
    "opt.group.trauma.syn": (
        "trauma|traumas|sobreviviente de abuso|sobreviviente de violencia|violencia domestica|"
        "enfoque en trauma"
    ),
    "opt.group.criminal_justice": "Corte o libertad condicional",
    "opt.group.criminal_justice.syn": (
        "corte|juez|juzgado|tribunal|orden de la corte|orden judicial|libertad condicional|"
        "libertad a prueba|probatoria|probation|parole|caso legal|legal"
    ),
    "opt.group.dui": "DUI / DWI",
    "opt.group.dui.syn": (
        "dui|dwi|owi|manejar tomado|manejar ebrio|manejando tomado|conducir ebrio|"
        "bajo la influencia"
    ),
    "intake.one_to_one": "¿Quiere también consejería individual, además de los grupos?",
    "intake.one_to_one.other": (
        "¿Su ser querido quiere también consejería individual, además de los grupos?"
    ),
    "opt.one_to_one.yes": "Sí, sesiones individuales",
    "opt.one_to_one.yes.syn": (
        "si|individual|individuales|sesiones individuales|terapia individual|"
        "consejeria individual|uno a uno|a solas"
    ),
    "intake.payment": "¿Cómo pagaría? Elija todas las que apliquen y luego toque Listo.",
    "intake.payment.other": (
        "¿Cómo pagaría su ser querido? Elija todas las que apliquen y luego toque Listo."
    ),
    "opt.pay.medicaid": "Medicaid",
    "opt.pay.medicaid.syn": (
        "medicaid|medicade|medi cal|medical|masshealth|seguro del estado|seguro estatal|"
        "aseguranza del estado|ahcccs|tenncare"
    ),
    "opt.pay.medicare": "Medicare",
    "opt.pay.medicare.syn": "medicare|medicare advantage",
    "opt.pay.private_insurance": "Seguro médico privado",
    "opt.pay.private_insurance.syn": (
        "seguro privado|seguro medico|seguro|aseguranza|aseguranza privada|seguro del trabajo|"
        "aseguranza del trabajo|blue cross|bcbs|aetna|cigna|united|unitedhealthcare|humana|"
        "kaiser"
    ),
    "opt.pay.tricare": "TRICARE / militar",
    "opt.pay.tricare.syn": "tricare|seguro militar|militar|va",
    "opt.pay.cash": "Pagar de su bolsillo",
    "opt.pay.cash.other": "Pagar de su bolsillo",
    "opt.pay.cash.syn": (
        "efectivo|cash|pago propio|pagar yo|pago yo|de mi bolsillo|de su bolsillo|"
        "cuenta propia|particular|pago particular|tarjeta|tarjeta de credito"
    ),
    "opt.pay.sliding_fee": "Cuota según ingresos",
    "opt.pay.sliding_fee.syn": (
        "segun ingresos|segun mis ingresos|cuota segun ingresos|escala movil|tarifa reducida|"
        "cuota reducida|cuota baja|bajos ingresos|pocos ingresos|ingresos bajos"
    ),
    "opt.pay.no_insurance": "No tengo seguro",
    "opt.pay.no_insurance.other": "No tiene seguro",
    "opt.pay.no_insurance.syn": (
        "sin seguro|no tengo seguro|no tiene seguro|sin aseguranza|no tengo aseguranza|"
        "sin dinero|no tengo dinero|no puedo pagar|no insurance"
    ),
    "opt.pay.free": "Necesito atención gratis",
    "opt.pay.free.other": "Necesita atención gratis",
    "opt.pay.free.syn": "gratis|gratuito|gratuita|sin costo",
    "opt.pay.ihs": "IHS / tribal",
    "opt.pay.ihs.syn": (
        "ihs|tribal|tribu|nativo americano|nativa americana|indian health service|"
        "servicio de salud indigena"
    ),
    "opt.pay.unsure": "Aún no lo sé",
    "opt.pay.unsure.syn": (
        "no se|no lo se|aun no se|todavia no se|no estoy seguro|no estoy segura|ni idea"
    ),
    # Asked in Spanish, the question is first whether to look for Spanish: "sí" is Spanish and
    # "no" (or "da igual") is English.
    "intake.language": (
        "¿Busco programas que atiendan en español? Toque Español, u otro idioma si hace falta "
        "(Inglés si da igual)."
    ),
    "opt.lang.english": "Inglés",
    "opt.lang.english.syn": (
        "ingles|en ingles|no|no hace falta|no es necesario|da igual|no importa|cualquiera"
    ),
    "opt.lang.spanish": "Español",
    "opt.lang.spanish.syn": (
        "espanol|en espanol|castellano|si|sí|si por favor|sí por favor|claro|de preferencia si"
    ),
    "opt.lang.sign_language": "Lengua de señas (ASL)",
    "opt.lang.sign_language.syn": (
        "asl|lengua de senas|lenguaje de senas|senas|persona sorda|sordo|sorda"
    ),
    "opt.lang.chinese": "Chino",
    "opt.lang.chinese.syn": "chino|mandarin|cantones",
    "opt.lang.vietnamese": "Vietnamita",
    "opt.lang.russian": "Ruso",
    "opt.lang.arabic": "Árabe",
    "opt.lang.korean": "Coreano",
    "opt.lang.french": "Francés",
    "opt.lang.portuguese": "Portugués",
    "intake.extras": "¿Hay algo más que sea importante? Elija lo que quiera y luego toque Listo.",
    "opt.extra.child_care": "Cuidado de niños",
    "opt.extra.child_care.syn": (
        "cuidado de ninos|cuidado infantil|guarderia|ninos|mis ninos|mis hijos|ninera"
    ),
    "opt.extra.transportation": "Ayuda con el transporte",
    "opt.extra.transportation.syn": (
        "transporte|raite|aventon|camion|autobus|bus|no tengo carro|sin carro|no tengo coche|"
        "pasaje"
    ),
    "opt.extra.family_counseling": "Participación de la familia",
    "opt.extra.family_counseling.syn": (
        "familia|con la familia|terapia familiar|consejeria familiar|sesiones familiares"
    ),
    "opt.extra.self_help": "Grupos de apoyo en el lugar",
    "opt.extra.self_help.syn": (
        "grupos de apoyo|grupo de apoyo|aa|na|anonimos|grupos anonimos|"
        "12 pasos|doce pasos|autoayuda|smart recovery"
    ),
    # -- summary ------------------------------------------------------------------------------
    "intake.summary": "Esto es lo que tengo. Cambie lo que quiera, o busque:",
    "opt.summary.search": "Buscar ahora",
    "opt.summary.search.syn": (
        "buscar|buscar ahora|busca|busque|adelante|dale|mostrar|muestreme|esta bien|todo bien|si|"
        "no|nada|asi esta bien|sin cambios|eso es todo|correcto|no se|lo que sea"
    ),
    "opt.summary.edit": "Cambiar: {what}",
    "summary.skipped": "omitido",
    "summary.for_whom": "Para",
    "opt.for_whom.self.summary": "usted",
    "opt.for_whom.someone.summary": "un ser querido",
    "summary.substances": "Sustancias",
    "summary.withdrawal": "Abstinencia",
    "summary.daily_use": "Consumo diario",
    "summary.home": "Casa",
    "summary.attend": "Puede cumplir el horario del IOP",
    "summary.medication": "Medicamentos",
    "summary.place": "Dónde",
    "summary.radius": "Distancia",
    "summary.age": "Edad",
    "summary.schedule": "Cuándo",
    "summary.groups": "Grupo",
    "summary.one_to_one": "Sesiones individuales",
    "summary.payment": "Pago",
    "summary.language": "Idioma",
    "summary.extras": "Además",
    # -- results ------------------------------------------------------------------------------
    "results.heading": "Programas",
    "results.heading.nearby": (
        "IOP a {radius} millas o menos de {place}: {first}–{last} de {total}."
    ),
    "results.heading.nearby.none": "No encontré IOP a {radius} millas o menos de {place}.",
    "results.heading.online": (
        "IOP en {state} en centros que ofrecen telesalud: {first}–{last} de {total}."
    ),
    "results.heading.online.none": "No encontré IOP en {state} en centros que ofrecen telesalud.",
    "results.heading.statewide": "IOP en {place}: {first}–{last} de {total}.",
    "results.heading.statewide.none": "No encontré IOP en {place}.",
    "results.none": (
        "Pruebe con una distancia mayor o con programas en línea (abajo). También puede llamar "
        "a la línea de ayuda de SAMHSA, gratis y confidencial, 24/7, en inglés y en español: "
        "1-800-662-4357."
    ),
    "results.footer": (
        "Listados de SAMHSA (directorio nacional 2023). La información puede cambiar: "
        "confírmela por teléfono. El directorio no indica horarios, así que pregunte por "
        "grupos en la noche o los fines de semana. "
        "Línea de ayuda (también en español): 1-800-662-4357."
    ),
    "results.next": "¿Qué sigue?",
    "results.section.detox": "Desintoxicación cerca de usted (primer paso):",
    "results.section.detox.other": "Desintoxicación cerca de su ser querido (primer paso):",
    "results.section.residential": "Programas residenciales (si la casa no es segura):",
    "results.section.php": (
        "Programas de día / hospitalización parcial (20 horas o más por semana):"
    ),
    "results.section.sober_housing": "Viviendas para la recuperación y de transición:",
    "results.section.outpatient": "Ambulatorio estándar (menos horas por semana):",
    "results.section.none": (
        "No encontré ninguno cerca: la línea de ayuda puede orientarle, 1-800-662-4357."
    ),
    "opt.results.details": "Detalles: {number}. {name}",
    "opt.results.callprep": "Qué preguntar: {number}. {name}",
    "opt.results.more": "Más programas",
    "opt.results.more.syn": (
        "mas|mas programas|ver mas|mostrar mas|siguiente|siguiente pagina|otra pagina|otros"
    ),
    "opt.results.refine": "Afinar búsqueda (unas preguntas)",
    "opt.results.refine.syn": "afinar|afinar busqueda|refinar|filtrar|reducir|preguntas",
    "opt.results.wider": "Buscar más lejos",
    "opt.results.wider.syn": (
        "mas lejos|lejos|ampliar|ampliar la busqueda|mas distancia|mas millas|mas amplio"
    ),
    "opt.results.online": "Agregar programas en línea",
    "opt.results.online.syn": "en linea|virtual|telesalud|por internet|online",
    "opt.results.edit": "Cambiar mis respuestas",
    "opt.results.elsewhere": "Buscar en otro lugar",
    "opt.results.elsewhere.syn": (
        "otro lugar|en otro lugar|otra ciudad|otra parte|otro lado|en otro lado|otra zona"
    ),
    "distance.miles": "{miles} millas",
    "card.distance": "{miles} millas · {where}",
    "card.online": "ofrece telesalud — pregunte si el IOP en sí se da en línea",
    "card.phone": "Teléfono: {phone}",
    "card.why": "Coincide en: {why}",
    "card.gaps": "No indicado: {gaps}",
    "card.verify": "Pregunte: {verify}",
    "verify.short.hours": "horario de noche/fin de semana",
    "verify.short.cost": "el costo y la tarifa según ingresos",
    "verify.short.openings": "cupos disponibles",
    "verify.short.insurance_network": "su seguro",
    "verify.short.iop_schedule": "horario del IOP",
    "verify.short.medication": "medicamentos en el lugar",
    "verify.short.language": "idioma de los grupos",
    "verify.short.group": "su grupo dentro del IOP",
    "verify.short.telehealth_area": "si el IOP se da en línea en su estado",
    "verify.short.distance_approximate": "dirección exacta",
    # -- details ------------------------------------------------------------------------------
    "details.heading": "Detalles del programa",
    "details.missing": "Ese programa ya no está en el directorio. Aquí está la lista otra vez.",
    "details.intake_phone": "Admisión: {phone}",
    "details.phone": "Teléfono: {phone}",
    "details.services.care": "Atención: {items}",
    "details.services.payment": "Pago: {items}",
    "details.services.groups": "Grupos: {items}",
    "details.services.medication": "Medicamentos: {items}",
    "details.services.language": "Idiomas: {items}",
    "details.services.extras": "Además: {items}",
    "details.no_hours": (
        "El directorio no indica horarios: pregunte si tienen grupos en la noche o los fines "
        "de semana."
    ),
    "details.approximate": (
        "Ubicación en el mapa: el centro del código postal, no la dirección exacta."
    ),
    "details.next": "¿Qué sigue?",
    "opt.details.callprep": "Preguntas y guion para llamar",
    "opt.details.callprep.syn": (
        "preguntas|guion|guion para llamar|preparar|prepararme|que preguntar|que digo|llamar|"
        "pregunto|que pregunto|que le pregunto|q le pregunto|que les pregunto|llame|llamo"
    ),
    "opt.details.back": "Volver a la lista",
    "opt.details.back.syn": "volver a la lista|la lista|lista|resultados",
    "callprep.heading": "Cómo prepararse para llamar",
    "callprep.next": "¿Qué sigue?",
    "opt.callprep.details": "Volver al programa",
    "opt.callprep.results": "Volver a la lista",
    "opt.callprep.results.syn": "volver a la lista|la lista|lista|resultados",
    # -- help and crisis ----------------------------------------------------------------------
    "help.text": (
        "Le ayudo a encontrar programas ambulatorios intensivos (IOP) y a prepararse para "
        "llamarlos.\n"
        "Puede escribir o tocar esto en cualquier momento:\n"
        "• atrás: la pregunta anterior\n"
        "• cambiar mis respuestas: ver y corregir sus respuestas\n"
        "• empezar de nuevo: comenzar otra vez (no se guarda nada)\n"
        "• es para otra persona: buscar para un ser querido\n"
        "• saltar: dejar una pregunta sin responder\n\n"
        "En peligro ahora: 911. Pensamientos de suicidio: llame o envíe un texto al 988 (para "
        "español, marque 2). Línea de ayuda 24/7, también en español: 1-800-662-4357."
    ),
    "opt.help.crisis": "Números de ayuda en crisis",
    "crisis.next": "Cuando quiera, podemos seguir con la búsqueda.",
    "opt.crisis.resume": "Estoy a salvo, seguir buscando",
    "opt.crisis.resume.syn": (
        "seguir|seguir buscando|continuar|sigamos|adelante|estoy a salvo|a salvo|estoy bien|ok|"
        "listo|lista|dale|si|sí|claro|va"
    ),
}

"""Español: respuestas breves con fuente a preguntas frecuentes, y palabras para elegir de la
lista."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- respuestas a preguntas que la gente hace en cualquier paso ----------------------------
    "faq.minor_consent": (
        "Si un adolescente puede empezar tratamiento por alcohol o drogas sin permiso de sus "
        "padres depende del estado: muchos estados permiten que un menor dé su propio "
        "consentimiento desde los 12 a 16 años, más o menos. El programa le puede decir qué se "
        "aplica donde usted vive. Cuando el adolescente puede dar su consentimiento, el "
        "programa por lo general necesita su permiso por escrito antes de contarles algo a los "
        "padres (42 CFR Parte 2), pero el estado de cuenta del seguro de los padres puede "
        "mostrar una visita: pregunte al programa cómo cobra.\nFuente: SAMHSA; 42 CFR Parte 2"
    ),
    "faq.minor_consent.other": (
        "Si un adolescente puede empezar tratamiento por alcohol o drogas sin permiso de sus "
        "padres depende del estado: muchos estados permiten que un menor dé su propio "
        "consentimiento desde los 12 a 16 años, más o menos. El programa le puede decir qué se "
        "aplica donde usted vive. Cuando el adolescente puede dar su consentimiento, el "
        "programa por lo general necesita su permiso por escrito antes de compartir detalles "
        "con los padres (42 CFR Parte 2).\nFuente: SAMHSA; 42 CFR Parte 2"
    ),
    "faq.naloxone": (
        "La naloxona (Narcan) puede revertir una sobredosis de opioides. Desde 2023 el "
        "aerosol nasal se vende sin receta en la mayoría de las farmacias, y muchos "
        "departamentos de salud y programas comunitarios la regalan. Ante una sobredosis, "
        "llame primero al 911, luego dé la naloxona y quédese con la persona.\n"
        "Fuente: FDA, 2023; SAMHSA"
    ),
    "faq.what_is_iop": (
        "Un programa intensivo ambulatorio (IOP) es un tratamiento al que se asiste varios "
        "días por semana mientras se vive en casa: unas 9 horas o más por semana para adultos, "
        "y 6 o más para adolescentes. Suele combinar terapia en grupo e individual, sesiones "
        "con la familia y ayuda para planear lo que sigue. Es el nivel 2.1 de ASAM, entre la "
        "atención ambulatoria estándar y la hospitalización parcial.\nFuente: ASAM; SAMHSA"
    ),
    "faq.iop_length": (
        "Los IOP suelen durar de 8 a 12 semanas, y algunos 90 días o más; el momento de pasar "
        "a menos horas debería depender de cómo van las cosas, no de una fecha fija. Quedarse "
        "el tiempo suficiente importa: la investigación muestra una mejora real después de "
        "unos 3 meses de tratamiento. Después, la mayoría sigue con atención ambulatoria "
        "estándar o grupos de apoyo.\nFuente: SAMHSA TIP 47; NIDA"
    ),
    "faq.work_school": (
        "Muchas veces sí: el IOP está pensado para que la persona siga viviendo en casa y "
        "pueda seguir trabajando o estudiando. Muchos programas tienen grupos por la mañana, "
        "por la noche o los fines de semana, así que pregunte a cada programa por su horario. "
        "Si hace falta tiempo libre, pregunte al programa por los papeles para una licencia "
        "médica.\nFuente: ASAM; SAMHSA"
    ),
    "faq.cost": (
        "El costo depende del programa. Sin seguro, busque programas con tarifa según ingresos "
        "o financiados por el estado; muchos aceptan Medicaid, y Medicare cubre el IOP desde "
        "2024. La línea gratuita de SAMHSA, 1-800-662-4357 (24/7, en español), puede referir a "
        "personas sin seguro a la oficina de su estado o a programas con tarifa según "
        "ingresos.\nFuente: SAMHSA"
    ),
    "faq.confidentiality": (
        "El tratamiento por alcohol o drogas es confidencial: los programas cubiertos por la "
        "norma federal 42 CFR Parte 2 por lo general necesitan su consentimiento por escrito "
        "antes de compartir cualquier cosa, incluso con la familia, un empleador o la policía. "
        "HIPAA también protege la información de salud. Llamar a un programa para hacer "
        "preguntas es confidencial, y no le van a denunciar por hablar del uso de drogas.\n"
        "Fuente: 42 CFR Parte 2; HIPAA; SAMHSA"
    ),
    "faq.immigration": (
        "Muchos programas atienden a las personas sin importar su estatus migratorio, y no "
        "tiene que decirle el suyo a este bot. Los programas deben mantener confidencial lo "
        "que usted les cuente según la regla federal 42 CFR Part 2: en general no pueden "
        "compartirlo con nadie, tampoco con inmigración, sin su permiso por escrito (con "
        "pocas excepciones, como una orden judicial especial o una emergencia médica). Algunos "
        "piden una identificación o un número de Seguro Social para cobrar, y los programas "
        "con tarifa según ingresos o con fondos del estado suelen atender a personas sin "
        "seguro, así que pregunte al llamar. La línea gratuita y confidencial de SAMHSA, "
        "1-800-662-4357 (24/7, en español e inglés), puede ayudarle a encontrar uno.\n"
        "Fuente: 42 CFR Part 2; SAMHSA"
    ),
    "faq.detox": (
        "La desintoxicación (manejo de la abstinencia) ayuda al cuerpo a pasar la abstinencia "
        "con seguridad, por lo general en unos días y a menudo con atención médica; por sí "
        "sola es solo un primer paso. El IOP es el tratamiento que sigue, varios días por "
        "semana mientras se vive en casa. Después de beber mucho a diario o de usar "
        "benzodiacepinas con regularidad, dejarlo de golpe puede ser peligroso: hable primero "
        "con un médico o un programa de desintoxicación.\nFuente: ASAM; NIDA"
    ),
    "faq.medication": (
        "Hay medicamentos aprobados por la FDA para el trastorno por uso de opioides "
        "(buprenorfina, metadona, naltrexona) y para el trastorno por uso de alcohol "
        "(naltrexona, acamprosato, disulfiram). Reducen los antojos, los medicamentos "
        "para opioides bajan el riesgo de sobredosis, y todos funcionan mejor junto con la "
        "terapia. Muchos IOP los recetan o trabajan "
        "con quien los receta; la metadona solo se da en programas de tratamiento de "
        "opioides.\nFuente: SAMHSA; FDA"
    ),
    "faq.family_refuses": (
        "No puede obligar a alguien a estar listo, pero sí puede ayudar: CRAFT (Refuerzo "
        "Comunitario y Entrenamiento Familiar) enseña a las familias formas de hablar que "
        "muchas veces llevan a su ser querido a tratamiento. También hay apoyo para usted: "
        "Al-Anon, Nar-Anon y SMART Recovery Family & Friends. Además, puede llamar usted "
        "mismo a los programas para preguntar cómo funcionan.\nFuente: SAMHSA; NIDA"
    ),
    # -- elegir de la lista de programas con palabras ------------------------------------------
    "results.words.details.syn": (
        "detalles|detalle|info|informacion|ver|mostrar|muestrame|muestreme|abrir|"
        "hablame de|hableme de|cuentame de|cuenteme de|mas sobre|sobre|quiero ver|"
        "cuentame mas|cuenteme mas|cuentame mas de|cuentame mas del|cuenteme mas de|"
        "cuenteme mas del|cuentame|cuenteme|dime mas|digame mas|mas info|mas informacion|"
        "mas detalles|quiero saber mas|saber mas|hablame mas|hableme mas"
    ),
    "results.words.save.syn": (
        "guardar|guarda|guarde|guardalo|guardelo|guardame|guardamelo|guardala|guardamela|agregar"
        "|anotar|apartar"
    ),
    "results.words.callprep.syn": (
        "que pregunto|q pregunto|que le pregunto|q le pregunto|que les pregunto|q les pregunto|"
        "que pregunto cuando llame|que le pregunto cuando llame|q le pregunto cuando llame|"
        "que les pregunto cuando llame|que digo|que le digo|que les digo|que preguntar|"
        "que debo preguntar|preguntas para|guion para|preparar la llamada|como llamo|"
        "que le pregunto cuando llamo|que pregunto cuando llamo"
    ),
    "results.words.already": "La lista ya lo tiene en cuenta ({what}).",
    "about.closest": "El más cercano es {name}, a {miles} millas, en {where}. Teléfono: {phone}.",
    "about.cost": (
        "{name} acepta estas formas de pago: {payment}. Lo que usted pagaría depende de su "
        "cobertura: pregunte al llamar, {phone}."
    ),
    "about.cost.none": "no lo indica (pregunte por teléfono)",
    "about.phone": "{name}: {phone}",
    "about.distance": "{name} queda a {miles} millas, en {where}.",
    "about.where": "{name} está en {where}.",
    "results.words.which_call": "¿A qué programa va a llamar?\n{programs}",
    "results.words.filler.syn": (
        "el|la|lo|los|las|uno|una|programa|numero|no|opcion|por favor|porfa|de|del|en|a|mi|"
        "mis|me|quiero|a mi lista|en mi lista|ese|esa"
    ),
    "results.words.last.syn": "ultimo|ultima|el ultimo|la ultima",
    "results.words.ordinal.1.syn": "primero|primer|primera|1o|1a|1ro|1ero",
    "results.words.ordinal.2.syn": "segundo|segunda|2o|2a|2do|2da",
    "results.words.ordinal.3.syn": "tercero|tercer|tercera|3o|3a|3ro|3ra|3ero",
    "results.words.ordinal.4.syn": "cuarto|cuarta|4o|4a|4to|4ta",
    "results.words.ordinal.5.syn": "quinto|quinta|5o|5a|5to|5ta",
    "results.words.ordinal.6.syn": "sexto|sexta|6o|6a|6to|6ta",
    "results.words.ordinal.7.syn": "septimo|septima|setimo|setima|7o|7a|7mo|7ma",
    "results.words.ordinal.8.syn": "octavo|octava|8o|8a|8vo|8va",
    "results.words.ordinal.9.syn": "noveno|novena|9o|9a|9no|9na",
    "results.words.ordinal.10.syn": "decimo|decima|10o|10a|10mo|10ma",
    "results.words.which": "Hay más de un programa en la lista que coincide:\n{programs}",
    "results.words.which_save": "¿Cuál guardo?\n{programs}",
    "results.words.which_next": "¿Cuál de ellos?",
    "results.words.none_yet": (
        "Todavía no hay resultados, así que no hay nada que abrir ni guardar. Dígame dónde buscar "
        "(un código postal o una ciudad y estado) y le mostraré programas para elegir por número."
    ),
    "results.words.not_yet": (
        "Todavía no hay resultados: le mostraré programas después de estas preguntas (o toque "
        "Buscar ahora en el resumen). Entonces podrá abrir o guardar uno por su número."
    ),
    "results.words.past": (
        "Hay {total} programas en esta lista, numerados del 1 al {total}. ¿Qué número busca?"
    ),
    "results.words.past_more": (
        'Hasta ahora le mostré los programas 1 a {last} de {total}. Escriba "más" para ver '
        "los siguientes."
    ),
    "results.words.last_page": "Esa es toda la lista: {total} programas.",
}

"""Spanish texts: location, results, verification, relaxation; pure data.

Mirrors en.py id for id, with the same placeholders; US Spanish, "usted", person-first wording.
"""

from __future__ import annotations

SOURCE_LINE = (
    "Fuente: SAMHSA, National Directory of Drug and Alcohol Use Treatment Facilities 2023 "
    "(directorio nacional de centros de tratamiento). La información puede estar "
    "desactualizada: confirme los datos por teléfono."
)

TEXTS: dict[str, str] = {
    "source": SOURCE_LINE,
    "helpline": (
        "Línea Nacional de Ayuda de SAMHSA, gratis y confidencial, 24/7, en inglés y en "
        "español: 1-800-662-4357."
    ),
    "location.hint.not_found": (
        "No encontré ese lugar. Pruebe con un código postal (ZIP) de 5 dígitos, o una ciudad y "
        'estado, como "Houston, TX".'
    ),
    "location.hint.unknown_zip": (
        "No reconozco ese código postal. Revise los números, o escriba una ciudad y estado."
    ),
    "location.hint.outside_us": (
        "Ese punto está fuera de las zonas de EE. UU. que cubre el directorio. Pruebe con un "
        "código postal o una ciudad de EE. UU."
    ),
    "location.hint.near_me": (
        "Comparta su ubicación, o escriba su código postal o su ciudad y estado, y buscaré cerca."
    ),
    "location.ambiguous": "Hay más de un lugar con ese nombre. ¿Cuál es el que busca?",
    "location.corrected": 'Entendí "{typed}" como {place}.',
    "verify.hours": (
        "Si tienen grupos en la noche o los fines de semana (el directorio no indica horarios)"
    ),
    "verify.openings": "Si están aceptando pacientes nuevos, y qué tan pronto se podría empezar",
    "verify.insurance_network": (
        "Si aceptan su seguro médico, y cuánto tendría que pagar de su bolsillo"
    ),
    "verify.iop_schedule": "Cuántas horas por semana dura el IOP, qué días y por cuántas semanas",
    "verify.medication": (
        "Si recetan el medicamento en el mismo lugar, o si trabajan con su médico"
    ),
    "verify.language": "Si los grupos en sí se dan en su idioma",
    "verify.group": "Si el grupo que busca se da dentro del propio IOP",
    "verify.telehealth_area": (
        "Si el IOP en sí se da en línea (la telesalud figura para todo el centro), y si está "
        "abierto a personas de su estado"
    ),
    "verify.distance_approximate": (
        "La dirección exacta (la distancia se mide desde el centro del código postal del programa)"
    ),
    "relax.radius": "Amplié la distancia de {from_miles:g} a {to_miles:g} millas.",
    "relax.dropped": (
        "Ya no es obligatorio: {feature} (los programas que lo ofrecen siguen saliendo primero)."
    ),
    "relax.telehealth_statewide": (
        "Agregué programas en {state} en centros que ofrecen telesalud (pregunte si el IOP en sí "
        "se da en línea)."
    ),
    "intake.welcome.again": (
        "Si alguien está en peligro ahora: llame al 911. Si hay pensamientos de suicidio: llame "
        "o envíe un texto al 988 (para español, marque 2).\n\n"
        "Cuénteme en pocas palabras qué busca, o elija cómo empezar:"
    ),
    "intent.spanish.syn": "espanol|en espanol|hablo espanol|no hablo ingles|solo espanol",
    "intent.english.syn": "ingles|en ingles|english|hablo ingles",
    "language.switched": (
        "A partir de ahora le hablaré en español. Para volver al inglés, escriba English o use "
        "/language."
    ),
    "triage.opioid_medication.info": (
        "Los medicamentos para el trastorno por consumo de opioides (buprenorfina, metadona, "
        "naltrexona) están aprobados por la FDA, bajan el riesgo de sobredosis y ayudan a las "
        "personas a seguir en tratamiento. Un programa le puede decir si los ofrece."
    ),
    "triage.alcohol_medication.info": (
        "También hay medicamentos aprobados por la FDA para el trastorno por consumo de "
        "alcohol (naltrexona, acamprosato, disulfiram). Un programa le puede decir si los ofrece."
    ),
    "engine.lost": (
        "Perdón, no pude retomar nuestra conversación anterior, así que empecemos de nuevo. "
        "Sus programas guardados se conservan cuando puedo leerlos."
    ),
    "search.none": "No encontré programas que coincidan, ni siquiera ampliando la búsqueda.",
}

"""Spanish crisis texts: fixed wording for overdose, suicide and withdrawal; pure data.

Mirrors ``en_crisis`` id for id, in US Spanish with "usted". The substance follows
shared/reference/domain.md §1.3 (lines), §3.3 (triage) and §3.4 (every crisis reply repeats 911
and 988; no dosing, tapering or home-detox instructions), in the person-first language of §3.5.
Beyond the English, it names the Spanish options §1.3 confirms: 988, then press 2; the SAMHSA
National Helpline answers in Spanish. Texting or chatting 988 is offered without claiming it is
in Spanish, which §1.3 does not state. Plain text, no markup. Change the wording only with a
clinician's review.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # Usually about someone else, but it also reads right for a person who took too much.
    "crisis.overdose": (
        "Esto puede ser una sobredosis. Llame al 911 ahora.\n"
        "• Si tiene naloxona (Narcan), désela. Se vende sin receta (de venta libre). Si no "
        "responde después de 2–3 minutos, dele una segunda dosis.\n"
        "• Ayude a la persona a respirar y quédese con ella. En el 911 le pueden guiar.\n"
        "• No intente hacerla vomitar ni la meta en una ducha fría.\n"
        "Si usted tomó demasiado, llame al 911 ahora y no se quede a solas.\n"
        "También puede llamar al 988 y marcar 2 para español, enviar un mensaje de texto al 988 "
        "o chatear en 988lifeline.org. La Línea Nacional de Ayuda de SAMHSA, 1-800-662-4357, "
        "atiende en español. Las dos son gratuitas y atienden las 24 horas, todos los días."
    ),
    "crisis.suicide": (
        "Me alegra que me lo haya contado. Si está en peligro inmediato, llame al 911 ahora.\n"
        "Puede llamar al 988, la Línea de Prevención del Suicidio y Crisis, y marcar 2 para "
        "español. También puede enviar un mensaje de texto al 988 o chatear en 988lifeline.org. "
        "Es gratuita, confidencial y atiende las 24 horas, todos los días. Veteranos: llame al "
        "988 y marque 1.\n"
        "El 988 también ayuda en crisis por consumo de sustancias. No tiene que pasar por esto "
        "a solas."
    ),
    "crisis.suicide.other": (
        "Gracias por contármelo. Si la persona está en peligro inmediato, llame al 911 ahora.\n"
        "Puede llamar al 988, la Línea de Prevención del Suicidio y Crisis, por esa persona o "
        "junto con ella, y marcar 2 para español. También puede enviar un mensaje de texto al "
        "988 o chatear en 988lifeline.org. Es gratuita, confidencial y atiende las 24 horas, "
        "todos los días, y también ayuda a quienes están preocupados por otra persona. "
        "Veteranos: llame al 988 y marque 1."
    ),
    # Works both for the person in withdrawal and for someone helping them.
    "crisis.withdrawal": (
        "Las convulsiones, las alucinaciones, la confusión grave o los temblores fuertes durante "
        "la abstinencia son una emergencia médica. Llame al 911 o vaya ahora a la sala de "
        "emergencias más cercana.\n"
        "Dejar el alcohol o las benzodiacepinas de golpe puede causar convulsiones: no los deje "
        "sin ayuda médica. Un programa de abstinencia con supervisión médica (desintoxicación o "
        '"detox") puede hacer que dejarlos sea más seguro.\n'
        "Línea Nacional de Ayuda de SAMHSA, gratuita y confidencial, las 24 horas, atiende en "
        "español: 1-800-662-4357. También puede llamar al 988 y marcar 2 para español, enviar "
        "un mensaje de texto al 988 o chatear en 988lifeline.org."
    ),
    "crisis.general": (
        "Si usted u otra persona está en peligro:\n"
        "• Emergencia o sobredosis: llame al 911.\n"
        "• Sobredosis: si tiene naloxona (Narcan), désela. Se vende sin receta (de venta "
        "libre).\n"
        "• Pensamientos suicidas, o una crisis emocional o por consumo de sustancias: llame al "
        "988 y marque 2 para español, o envíe un mensaje de texto al 988 o chatee en "
        "988lifeline.org. Gratuita, confidencial, las 24 horas. Veteranos: llame al 988 y "
        "marque 1.\n"
        "• Tratamiento y apoyo: Línea Nacional de Ayuda de SAMHSA, 1-800-662-4357 "
        "(TTY 1-800-487-4889), gratuita, confidencial, las 24 horas, atiende en inglés y en "
        "español."
    ),
    # Los tipos más allá de sobredosis, suicidio y abstinencia (domain.md §3.3b), y los niveles.
    "crisis.violence": (
        "Si alguien puede salir herido, llame al 911 ahora.\n"
        "Si siente que podría hacerle daño a alguien, aléjese de esa persona si puede y llame "
        "al 988 (marque 2 para español) o envíe un mensaje de texto al 988: es gratuita, "
        "confidencial y atiende las 24 horas, todos los días.\n"
        "Línea Nacional de Ayuda de SAMHSA, gratuita y confidencial, en español: "
        "1-800-662-4357."
    ),
    "crisis.violence.other": (
        "Si alguien puede salir herido, llame al 911 ahora y póngase a salvo, usted y los "
        "demás.\n"
        "Puede llamar al 988 (marque 2 para español) por esa persona o por usted: es gratuita, "
        "confidencial y atiende las 24 horas.\n"
        "Línea Nacional de Ayuda de SAMHSA, en español: 1-800-662-4357."
    ),
    "crisis.unsafe_home": (
        "Si está en peligro ahora, llame al 911.\n"
        "La Línea Nacional contra la Violencia Doméstica es gratuita, confidencial y atiende "
        "las 24 horas, también en español: 1-800-799-7233. Le ayudan a planear cómo estar a "
        "salvo y a encontrar refugio.\n"
        "Si está en crisis, también puede llamar al 988 y marcar 2 para español."
    ),
    "crisis.medical": (
        "Esto parece una emergencia médica. Llame al 911 ahora o vaya a la sala de emergencias "
        "más cercana.\n"
        "Quédese con la persona hasta que llegue la ayuda. Si pudo haber tomado algo, dígale "
        "al 911 qué y cuánto, y dele naloxona (Narcan) si la tiene.\n"
        "Embarazada y con sangrado, o con abstinencia: llame al 911 ahora; no espere.\n"
        "También puede llamar al 988 y marcar 2 para español."
    ),
    "crisis.emergency_plea": (
        "Si alguien está en peligro ahora, llame al 911.\n"
        "• Posible sobredosis: llame al 911 y dele naloxona (Narcan) si la tiene.\n"
        "• Pensamientos de suicidio, o una crisis emocional o por consumo: llame al 988 y "
        "marque 2 para español, o envíe un mensaje de texto al 988. Gratis, las 24 horas.\n"
        "• Alguien le hace daño en casa: Línea Nacional contra la Violencia Doméstica, "
        "1-800-799-7233."
    ),
    "crisis.check_in": (
        "Quiero asegurarme de que esté a salvo. Si alguien está en peligro ahora, llame al 911. "
        "Si está pensando en el suicidio o está en crisis, llame al 988 y marque 2 para "
        "español, o envíe un mensaje de texto al 988: gratis, confidencial, las 24 horas.\n"
        "¿Está a salvo ahora mismo?"
    ),
    "crisis.check_in.other": (
        "Quiero asegurarme de que todos estén a salvo. Si alguien está en peligro ahora, llame "
        "al 911. Para una crisis suicida o por consumo, puede llamar al 988 y marcar 2 para "
        "español, por esa persona o junto con ella: gratis, confidencial, las 24 horas.\n"
        "¿Esa persona está a salvo ahora mismo?"
    ),
    "crisis.check_in.later": "Enseguida vuelvo a eso.",
    "crisis.check_in.again": (
        "Antes de seguir, necesito saberlo: ¿está a salvo ahora mismo? Si alguien está en "
        "peligro, llame al 911; en una crisis, llame o envíe un texto al 988."
    ),
    "crisis.check_in.again.other": (
        "Antes de seguir, necesito saberlo: ¿esa persona está a salvo ahora mismo? Si alguien "
        "está en peligro, llame al 911; en una crisis, llame o envíe un texto al 988."
    ),
    "opt.safe.yes": "Sí, a salvo ahora",
    "opt.safe.yes.syn": (
        "si|sí|ok|estoy bien|bien|a salvo|estoy a salvo|si estoy bien|esta bien|está bien|"
        "todo bien|estamos bien"
    ),
    "opt.safe.no": "No, no estoy a salvo",
    "opt.safe.no.other": "No, no está a salvo",
    "opt.safe.no.syn": (
        "no|no estoy bien|no estoy a salvo|no mucho|no esta bien|no está bien|no se|no sé|"
        "no estoy seguro|no estoy segura|quien sabe|quién sabe|creo que no"
    ),
    "crisis.safe_ok": (
        "Gracias. Los números están aquí cuando los necesite: 911 en una emergencia, 988 por "
        "llamada o mensaje de texto."
    ),
    "crisis.safe_ok.carer": (
        "Gracias por contármelo. Acompañar a alguien en esto agota, y usted también merece "
        "apoyo: el 988 (llamada o texto; marque 2 para español) está para usted tanto como "
        "para esa persona, a cualquier hora, y el 1-800-662-4357 puede indicarle grupos de "
        "apoyo para familias."
    ),
    "crisis.past": (
        "Gracias por contármelo. Me alegra que ahora esté a salvo; vale la pena mencionarlo "
        "cuando llame a un programa."
    ),
    "crisis.past.other": (
        "Gracias por contármelo. Me alegra que ahora esa persona esté a salvo; vale la pena "
        "mencionarlo cuando llame a un programa."
    ),
    "crisis.ok.syn": (
        "estoy bien|ya estoy bien|esta bien|está bien|ya esta bien|ya está bien|ya desperto|"
        "ya despertó|ya respira|esta respirando|está respirando|estamos bien|todo bien"
    ),
    "crisis.overdose_ok": (
        "Me alegra mucho. Por favor, no se quede a solas las próximas horas: la naloxona puede "
        "dejar de hacer efecto antes que la droga, y la sobredosis puede volver. Si siente mucho "
        "sueño o le cuesta respirar, llame al 911. Y algo importante, una sola vez: tenga "
        "naloxona (Narcan) a la mano; se vende sin receta. Y trate de no consumir a solas: si lo "
        "hace, que haya alguien que pueda ver cómo está."
    ),
    "crisis.overdose_ok.other": (
        "Me alegra mucho. Por favor, quédese con esa persona las próximas horas: la naloxona "
        "puede dejar de hacer efecto antes que la droga, y la sobredosis puede volver. Si "
        "respira más despacio o no despierta, llame de nuevo al 911. Toxicología (Poison "
        "Control, 1-800-222-1222, gratis, 24 horas, con intérprete en español) responde "
        "preguntas mientras esté despierta y respire con normalidad. Y algo importante, una "
        "sola vez: tenga naloxona (Narcan) a la mano; se vende sin receta. Anime a esa "
        "persona a no consumir a solas, y a tener a alguien que pueda ver cómo está."
    ),
    "crisis.after": (
        "Cuando quiera, podemos seguir buscando un programa. Los números de arriba están "
        "disponibles siempre que los necesite."
    ),
}

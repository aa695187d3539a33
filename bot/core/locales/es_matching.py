"""Spanish texts of what matching says about programs: whom they serve, the ages they list,
telehealth, paying without insurance, and the gender question; pure data."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- what a card says about whom a program serves -----------------------------------------
    "card.flags": "Nota: {flags}",
    "flag.women_only": "Solo atiende a mujeres",
    "flag.men_only": "Solo atiende a hombres",
    "flag.va_only": "Solo veteranos (VA)",
    "flag.dui_only": "Solo clientes con DUI/DWI",
    "flag.alcohol_only": "Solo trata el consumo de alcohol",
    "flag.opioids_only": "Solo trata el consumo de opioides",
    "flag.no_alcohol": "No trata el consumo de alcohol",
    "flag.no_opioids": "No trata el consumo de opioides",
    "flag.ages_listed": "Edades indicadas: solo {ages}; pregunte",
    "flag.ages_unlisted": "No indica edades; pregunte",
    "flag.group_ages": (
        "Indica un grupo para {group}, pero edades indicadas: solo {ages}; pregunte"
    ),
    "flag.group.teen": "adolescentes",
    "flag.group.young_adult": "adultos jóvenes",
    "flag.group.senior": "adultos mayores",
    "flag.age.teen": "niños y adolescentes",
    "flag.age.young_adult": "adultos jóvenes",
    "flag.age.adult": "adultos",
    "flag.age.senior": "adultos mayores",
    # -- which withdrawals a detox listing names --------------------------------------------
    "detox.listed": "Desintoxicación indicada para: {withdrawals}",
    "detox.not_listed": "no figura para {substances}; pregunte",
    "detox.unlisted": "El directorio no dice qué abstinencias maneja; pregunte",
    "detox.filtered": (
        "Se muestran si indican desintoxicación para {substances}, o si no dicen qué "
        "abstinencias manejan."
    ),
    "detox.for.alcohol": "alcohol",
    "detox.for.opioids": "opioides",
    "detox.for.benzos": "benzodiazepinas",
    "detox.for.cocaine": "cocaína",
    "detox.for.meth": "metanfetamina",
    "detox.for.stimulants": "estimulantes",
    "feature.or": " o ",
    # -- notes before the list ----------------------------------------------------------------
    "results.telehealth_note": (
        "La telesalud figura para todo el centro, no para su IOP: pregunte si el IOP en sí se "
        "da en línea."
    ),
    "results.online.by_name": (
        "Están en orden alfabético. Escriba su código postal para ver primero los más cercanos."
    ),
    "results.no_insurance": (
        "Sin seguro médico, salen primero los programas que indican cuota según ingresos, "
        "ayuda con el pago, atención gratis o fondos públicos. La Línea Nacional de Ayuda de "
        "SAMHSA (1-800-662-4357, gratis y confidencial, 24/7, en español e inglés) puede "
        "referirle a la oficina de su estado para tratamiento pagado por el estado, y a "
        "programas con cuota según ingresos."
    ),
    # -- the gender question, asked only when it changes the list -----------------------------
    "intake.gender": (
        "Algunos programas cerca de usted atienden solo a mujeres o solo a hombres. ¿Cuál es "
        "su caso? (Su respuesta solo deja fuera programas que no le atenderían.)"
    ),
    "intake.gender.other": (
        "Algunos programas cerca de su ser querido atienden solo a mujeres o solo a hombres. "
        "¿El programa es para una mujer o para un hombre? (La respuesta solo deja fuera "
        "programas que no le atenderían.)"
    ),
    "opt.gender.woman": "Una mujer",
    "opt.gender.woman.syn": "mujer|mujeres|femenino|chica|woman|female",
    "opt.gender.man": "Un hombre",
    "opt.gender.man.syn": "hombre|hombres|masculino|chico|varon|man|male",
    "opt.gender.unsaid": "Prefiero no decirlo",
    "opt.gender.unsaid.syn": "prefiero no decir|prefiero no decirlo|no quiero decir|paso",
}

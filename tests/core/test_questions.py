"""Call preparation: which questions a person gets for a program, and how the plan reads."""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Mapping

import pytest

from bot.core.answers import AnswerMap, read_answers
from bot.core.call_script import render_call_plan, render_more_questions
from bot.core.features import FEATURES, GROUPS, LANGUAGES, PAYMENTS
from bot.core.questions import (
    ACCREDITORS,
    IOP_QUESTIONS,
    SCRIPT_FAMILY,
    SCRIPT_SELF,
    SECTIONS,
    CallPlan,
    plan_call,
)
from bot.core.texts import CATALOG, EN, Audience, text
from tests.builders import a_program

# The call plan's own texts; those for other levels of care are tested in test_care_levels.py.
OTHER_LEVELS = (
    *(f"call.q.{level}." for level in ("residential", "detox", "sober", "php", "outpatient")),
    "call.care.",
    "call.heading.care",
    "call.heading.title.care",
    "call.script.interpreter",
    "call.q.payment.authorization.care",
)
TEXTS = {
    text_id: said
    for text_id, said in EN.items()
    if text_id.startswith(("call.", "callprep.again", "opt.callprep.more"))
    and not text_id.startswith(OTHER_LEVELS)
}
HEADINGS = ["call.heading.title", "call.heading.notes", "call.heading.have_ready"]
HEADINGS += ["call.heading.they_will_ask", "call.heading.script"]
HEADINGS += [f"call.heading.{s}" for s in SECTIONS]
HEADINGS += ["call.heading.first", "call.first.why", "call.heading.more"]
# Texts of the call-preparation step itself (its button and its short re-ask).
HEADINGS += ["opt.callprep.more", "opt.callprep.more.syn", "callprep.again"]

# Every listed service a question can name, so the "directory lists …" branches are walked.
RICH_CODES = "SA OIT MD BU NU MU PMAT MOA TELE CARF JC COA HFAP NCQA"
PLAIN_CODES = "SA OIT ADLT"


# Answers that call for many of the family questions that can name the relative.
MANY_NEEDS: dict[str, object] = {
    "withdrawal": "symptoms_now",
    "home": "not_safe",
    "schedule": ["online"],
    "groups": ["pregnant"],
    "payment": ["medicaid", "private_insurance", "sliding_fee", "payment_assistance"],
    "one_to_one": "yes",
    "extras": ["self_help"],
}


def plan_for(answers: AnswerMap, codes: str = PLAIN_CODES) -> CallPlan:
    relation, gender = answers.get("relation", ""), answers.get("gender", "")
    return plan_call(
        read_answers(answers),
        a_program(codes=codes),
        relation=relation if isinstance(relation, str) else "",
        gender=gender if isinstance(gender, str) else "",
    )


def question_ids(plan: CallPlan) -> list[str]:
    return [q.text_id for q in plan.questions]


def everything(plan: CallPlan, audience: Audience | None = None) -> str:
    """The plan as first shown, then its other questions (the "More questions" button)."""
    first, more = (
        render_call_plan(plan, audience=audience),
        render_more_questions(plan, audience=audience),
    )
    return f"{first}\n\n{more}"


def rendered(answers: AnswerMap, codes: str = PLAIN_CODES) -> str:
    return everything(plan_for(answers, codes))


def answer_combinations() -> list[AnswerMap]:
    """Answers that together take every branch of the planner."""
    combos: list[AnswerMap] = [{}]
    for medication, substances in itertools.product(
        ["wanted", "taking", "unsure", "no"],
        [["opioids"], ["alcohol"], ["opioids", "alcohol"], ["stimulants", "benzos", "cannabis"]],
    ):
        combos.append({"medication": medication, "substances": substances})
    for language in [f.name for f in LANGUAGES.values()] + ["english"]:
        combos.append({"language": language})
    for payment in [f.name for f in PAYMENTS.values()]:
        combos.append({"payment": [payment]})
    for age in ["teen", "young_adult", "adult", "senior"]:
        combos.append({"age": age})
    combos.append(
        {
            "for_whom": "other",
            "groups": [f.name for f in GROUPS.values()],
            "schedule": ["day", "evening", "weekend", "online"],
            "one_to_one": "yes",
            "extras": ["child_care", "transportation", "family_counseling", "self_help"],
            "withdrawal": "symptoms_now",
            "home": "not_safe",
        }
    )
    combos.append({"online": "yes"})
    combos.append({"schedule": ["day"], "told_facts": ["mornings"]})
    combos.append({"payment": ["private_insurance"], "plan": "Anthem Blue Cross"})
    combos.append(
        {"for_whom": "other", "relation": "son", "age": "teen", **MANY_NEEDS}  # type: ignore[dict-item]
    )
    return combos


def family_variants() -> list[str]:
    """Ids read as "<id>.other" variants."""
    return [i for i in TEXTS if i.endswith(".other")]


def every_plan() -> list[CallPlan]:
    plans = []
    for answers, codes in itertools.product(answer_combinations(), [PLAIN_CODES, RICH_CODES]):
        plans.append(plan_for(answers, codes))
        plans.append(plan_for({**answers, "for_whom": "other"}, codes))
        plans.append(plan_for({**answers, "for_whom": "other", "relation": "daughter"}, codes))
    return plans


def referenced(values: Mapping[str, str]) -> set[str]:
    """Text ids that template values refer to ("@id", "@list:wrapper:id1,id2")."""
    found: set[str] = set()
    for value in values.values():
        if not value.startswith("@"):
            continue
        spec = value[1:]
        if spec.startswith("list:"):
            _, wrapper, items = spec.split(":", 2)
            found |= {wrapper} - {""}
            found |= {i for i in items.split(",") if i and not i.startswith("=")}
            found.add("call.and")
        else:
            found.add(spec)
    return found


def ids_used(plan: CallPlan) -> set[str]:
    values = [q.values for q in plan.questions] + [plan.script_values]
    named = {f"{i}.named" for i in [*question_ids(plan), plan.script_id] if plan.relative}
    return {
        *(named & TEXTS.keys()),
        *([plan.relative] if plan.relative else []),
        *question_ids(plan),
        plan.script_id,
        *plan.have_ready,
        *plan.they_will_ask,
        *plan.notes,
        *set().union(*(referenced(v) for v in values)),
    }


def test_evening_schedule_asks_about_an_evening_track() -> None:
    plan = plan_for({"schedule": ["evening"]})

    assert "call.q.schedule.evening" in question_ids(plan)
    assert "evening track" in everything(plan)


def test_medicaid_asks_whether_the_plan_and_every_clinician_are_in_network() -> None:
    plan = plan_for({"payment": ["medicaid"]})

    assert "Do you take my Medicaid plan, and is every clinician in network?" in (everything(plan))


@pytest.mark.parametrize(
    ("payment", "expected"),
    [
        ("medicare", "my Medicare plan"),
        ("private_insurance", "Do you take my insurance"),
        ("cash", "total cost"),
        ("sliding_fee", "sliding fee based on income"),
        ("free", "Is the IOP free?"),
    ],
    ids=["medicare", "private-insurance", "cash", "sliding-fee", "free"],
)
def test_each_way_of_paying_gets_its_own_cost_question(payment: str, expected: str) -> None:
    assert expected in rendered({"payment": [payment]})


def test_unanswered_payment_still_asks_what_the_iop_costs() -> None:
    assert "What does the IOP cost" in rendered({})


def test_opioids_and_wanting_medication_confirm_the_listed_buprenorphine() -> None:
    answers: AnswerMap = {"substances": ["opioids"], "medication": "wanted"}

    said = rendered(answers, codes="SA OIT BU")

    assert "The directory lists buprenorphine here" in said
    assert "Do you prescribe buprenorphine" not in said


def test_opioids_and_wanting_medication_ask_who_prescribes_when_nothing_is_listed() -> None:
    answers: AnswerMap = {"substances": ["opioids"], "medication": "wanted"}

    said = rendered(answers, codes="SA OIT")

    assert "Do you prescribe buprenorphine on site, or work with my own prescriber?" in said
    assert "The directory lists" not in said


def test_alcohol_and_wanting_medication_ask_about_alcohol_use_disorder_medication() -> None:
    plan = plan_for({"substances": ["alcohol"], "medication": "wanted"})

    assert "call.q.medication.alcohol" in question_ids(plan)
    assert "call.q.medication.opioid" not in question_ids(plan)


def test_already_taking_medication_asks_to_keep_taking_it() -> None:
    plan = plan_for({"substances": ["opioids"], "medication": "taking"})

    assert "call.q.medication.continue" in question_ids(plan)
    assert "Can I keep taking my current medication" in everything(plan)
    assert "call.q.medication.opioid" not in question_ids(plan)


def test_spanish_asks_for_a_spanish_speaking_counselor() -> None:
    assert "Spanish-speaking counselor" in rendered({"language": "spanish"})


def test_another_language_is_named_in_the_counselor_question() -> None:
    assert "a counselor who speaks Vietnamese" in rendered({"language": "vietnamese"})


def test_english_asks_nothing_about_language() -> None:
    plan = plan_for({"language": "english"})

    assert not [i for i in question_ids(plan) if i.startswith("call.q.language")]


def test_women_group_asks_about_a_womens_group_inside_the_iop() -> None:
    assert "Do you run a women's group inside the IOP?" in rendered({"groups": ["women"]})


def test_teen_asks_for_a_teen_iop_and_at_least_six_hours() -> None:
    plan = plan_for({"age": "teen"})

    assert "call.q.group.adolescents" in question_ids(plan)
    assert "call.q.iop.hours.teen" in question_ids(plan)
    assert "call.q.iop.hours" not in question_ids(plan)
    assert "at least 6" in everything(plan)


def test_family_member_gets_the_family_script_and_their_wording() -> None:
    plan = plan_for({"for_whom": "other", "payment": ["medicaid"]})
    said = everything(plan)

    assert plan.script_id == SCRIPT_FAMILY
    assert "I'm calling for my [relative]" in said
    assert "Do you take their Medicaid plan" in said
    assert "my Medicaid plan" not in said


def test_family_member_is_told_intake_needs_the_person_and_where_families_find_support() -> None:
    said = rendered({"for_whom": "other"})

    assert "You can call a program just to ask questions" in said
    assert "Intake usually needs the person themselves" in said
    assert "Al-Anon" in said


def test_a_family_plan_can_be_rendered_for_the_person_themselves_on_request() -> None:
    plan = plan_for({"for_whom": "other", "payment": ["medicaid"]})

    assert "Do you take my Medicaid plan" in everything(plan, audience="self")


def test_quick_path_still_gets_iop_and_quality_questions_and_the_self_script() -> None:
    plan = plan_for({})

    assert sorted(q.text_id for q in plan.section("iop")) == sorted(IOP_QUESTIONS)
    assert len(plan.section("quality")) >= 3
    assert plan.script_id == SCRIPT_SELF
    assert "for myself" in everything(plan)


def test_the_other_questions_come_needs_first_then_iop_then_quality() -> None:
    plan = plan_for({"schedule": ["weekend"], "groups": ["veterans"]})

    sections = [q.section for q in plan.more()]

    assert sections == sorted(sections, key=SECTIONS.index)


def test_questions_are_numbered_once_across_sections() -> None:
    plan = plan_for({"schedule": ["weekend"]})
    said = everything(plan)

    numbers = [int(m) for m in re.findall(r"^(\d+)\. ", said, flags=re.MULTILINE)]

    assert numbers == list(range(1, len(plan.questions) + 1))


def test_a_carf_accredited_program_is_asked_whether_carf_is_current() -> None:
    said = rendered({}, codes="SA OIT CARF")

    assert "The directory lists CARF accreditation. Is it current?" in said


def test_an_unaccredited_listing_is_asked_about_license_and_accreditation() -> None:
    plan = plan_for({}, codes="SA OIT")

    assert "call.q.accreditation" in question_ids(plan)
    assert "call.q.accreditation.listed" not in question_ids(plan)


def test_every_accreditation_code_has_a_name_people_know() -> None:
    assert set(ACCREDITORS) == set(FEATURES["extra:accredited"].codes)


def test_a_need_asked_in_your_needs_is_not_asked_again_under_quality() -> None:
    plan = plan_for({"extras": ["family_counseling"], "groups": ["co_occurring"]})

    ids = question_ids(plan)

    assert ids.count("call.q.family") == 1
    assert ids.count("call.q.mental_health") == 1
    assert {q.section for q in plan.questions if q.text_id == "call.q.family"} == {"your_needs"}


def test_two_insurance_plans_each_get_a_question() -> None:
    plan = plan_for({"payment": ["medicaid", "medicare"]})

    plans = [q for q in plan.questions if q.text_id == "call.q.payment.plan"]

    rendered = everything(plan)
    assert len(plans) == 2
    assert "Do you take my Medicaid plan" in rendered
    assert "Do you take my Medicare plan" in rendered


def test_withdrawal_risk_is_the_first_question() -> None:
    plan = plan_for({"substances": ["alcohol"], "daily_use": "yes", "withdrawal": "still_using"})

    assert question_ids(plan)[0] == "call.q.withdrawal"


def test_the_script_names_the_program_and_what_help_is_for() -> None:
    plan = plan_call(
        read_answers({"substances": ["alcohol", "opioids"]}),
        a_program(name="Harbor Recovery", codes=PLAIN_CODES),
    )

    said = everything(plan)

    assert "at Harbor Recovery" in said
    assert "help with alcohol and opioid use for myself" in said


def test_the_plan_tells_what_to_have_ready_and_what_they_will_ask() -> None:
    said = rendered({})

    assert "insurance card" in said
    assert "including pain medication" in said
    assert "Whether you're calling for yourself or someone else" in said
    assert "won't get you reported to the police" in said


def test_every_text_id_the_planner_can_produce_exists() -> None:
    used = set(HEADINGS).union(*(ids_used(plan) for plan in every_plan()))

    # Language names are the features' own texts, kept with the other feature names.
    assert sorted(used - TEXTS.keys() - set(CATALOG["en"])) == []


def test_every_call_text_is_used_by_some_plan() -> None:
    used = set(HEADINGS).union(*(ids_used(plan) for plan in every_plan()))
    used = {i for i in used if not i.startswith("feature.")}
    bases = (TEXTS.keys() - set(family_variants())) | {
        v.removesuffix(".other") for v in family_variants()
    }

    assert sorted(bases - used) == []


def test_every_family_variant_has_a_text_to_vary() -> None:
    variants = family_variants()

    assert [v for v in variants if v.removesuffix(".other") not in TEXTS] == []


def test_a_family_variant_fills_the_same_values_as_its_text() -> None:
    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    variants = family_variants()
    differing = [v for v in variants if fields(TEXTS[v]) != fields(TEXTS[v[: -len(".other")]])]

    assert differing == []


def test_no_template_fills_a_value_named_like_a_text_parameter() -> None:
    reserved = {"text_id", "language", "audience"}
    names = {name for t in TEXTS.values() for _, name, _, _ in string.Formatter().parse(t)}

    assert names & reserved == set()


STIGMA = re.compile(
    r"\b(addict\w*|abus\w*|clean|dirty|relaps\w*|junkies?|alcoholics?|drunk|users?)\b",
    re.IGNORECASE,
)


def test_no_call_text_uses_stigmatizing_words() -> None:
    found = {i: STIGMA.findall(t) for i, t in TEXTS.items() if STIGMA.search(t)}

    assert found == {}


def test_the_stigma_check_catches_the_words_it_looks_for() -> None:
    words = "An addict tested clean, then dirty, after a relapse; a substance abuser."

    assert len(STIGMA.findall(words)) == 5


def test_every_rendered_line_fits_a_phone_screen() -> None:
    lines = [
        line
        for plan, audience in itertools.product(every_plan(), ["self", "other"])
        for line in render_call_plan(plan, audience=audience).splitlines()  # type: ignore[arg-type]
    ]

    assert [line for line in lines if len(line) > 200] == []


def test_every_rendered_plan_is_filled_in() -> None:
    leftovers = [said for plan in every_plan() if "{" in (said := everything(plan)) or "}" in said]

    assert leftovers == []


def test_question_values_cannot_be_changed_after_planning() -> None:
    plan = plan_for({"payment": ["medicaid"]})
    question = next(q for q in plan.questions if q.values)

    with pytest.raises(TypeError):
        question.values["plan"] = "Other"  # type: ignore[index]


def test_texts_come_from_the_shared_catalog() -> None:
    assert text("call.q.payment.plan", audience="other", plan="Medicaid").startswith(
        "Do you take their Medicaid plan"
    )


@pytest.mark.parametrize(
    ("payment", "card"),
    [
        (["cash"], False),
        (["sliding_fee", "free"], False),
        (["medicaid"], True),
        (["sliding_fee", "medicaid"], True),
        ([], True),  # not asked or skipped: the card may exist
    ],
    ids=["cash", "sliding-or-free", "medicaid", "medicaid-or-sliding", "unknown"],
)
def test_an_insurance_card_is_asked_for_only_when_there_may_be_one(
    payment: list[str], card: bool
) -> None:
    plan = rendered({"payment": payment})

    assert ("Your insurance card" in plan) is card
    assert ("How much you could pay each week" in plan) is not card


# -- the questions the plan leads with -------------------------------------------------------

FULL_LISTING = "SA OIT ADLT MD SS PA SP CO SUMH FCO CARF TELE BU PMAT MOA"


def first_ids(answers: AnswerMap, codes: str = PLAIN_CODES) -> list[str]:
    return [q.text_id for q in plan_for(answers, codes).first()]


def test_a_person_with_withdrawal_symptoms_sees_the_withdrawal_question_first() -> None:
    answers: AnswerMap = {"withdrawal": "symptoms_now", "payment": ["medicaid"]}

    said = render_call_plan(plan_for(answers))
    first = said.split("Ask these first", 1)[1]

    assert first_ids(answers)[0] == "call.q.withdrawal"
    assert first.index("help with withdrawal first") < first.index("Medicaid")


def test_daily_benzodiazepine_use_puts_the_withdrawal_question_first() -> None:
    answers: AnswerMap = {"substances": ["benzos"], "daily_use": "yes"}

    assert first_ids(answers)[0] == "call.q.withdrawal"


def test_wanting_medication_for_opioid_use_is_asked_among_the_first_questions() -> None:
    answers: AnswerMap = {"substances": ["opioids"], "medication": "wanted"}

    assert "call.q.medication.opioid" in first_ids(answers)
    assert "Do you prescribe buprenorphine" in render_call_plan(plan_for(answers))


def test_taking_medication_asks_first_whether_it_can_be_kept() -> None:
    answers: AnswerMap = {"substances": ["opioids"], "medication": "taking"}

    assert first_ids(answers)[0] == "call.q.medication.continue"


def test_without_insurance_the_first_questions_ask_about_a_sliding_fee_and_help_with_cost() -> (
    None
):
    first = first_ids({"payment": ["cash"]})

    assert {"call.q.payment.sliding_fee", "call.q.payment.assistance"} <= set(first)
    assert "call.q.payment.authorization" not in first


def test_with_insurance_the_first_questions_ask_about_network_and_prior_authorization() -> None:
    said = render_call_plan(plan_for({"payment": ["private_insurance"]}))

    assert "is every clinician in network?" in said
    assert "prior authorization" in said


def test_an_evening_schedule_is_asked_early_because_the_directory_lists_no_hours() -> None:
    first = first_ids({"schedule": ["evening"], "payment": ["medicaid"]}, codes=FULL_LISTING)

    assert first.index("call.q.schedule.evening") < first.index("call.q.iop.start")
    assert "evening track" in render_call_plan(plan_for({"schedule": ["evening"]}))


def test_a_teen_is_asked_early_about_a_parents_consent() -> None:
    said = render_call_plan(plan_for({"age": "teen"}))

    assert "Do I need a parent's or guardian's OK to start?" in said


def test_a_language_the_listing_does_not_show_is_asked_before_one_it_shows() -> None:
    answers: AnswerMap = {"language": "spanish", "payment": ["medicaid"]}

    shown = first_ids(answers, codes="SA OIT ADLT MD SP")
    not_shown = first_ids(answers, codes="SA OIT ADLT MD")

    assert not_shown.index("call.q.language.spanish") < shown.index("call.q.language.spanish")


def test_a_listing_without_accreditation_leads_with_the_license_question() -> None:
    assert "call.q.accreditation" in first_ids({}, codes="SA OIT ADLT MD")
    assert "call.q.accreditation.listed" not in first_ids({}, codes="SA OIT ADLT MD CARF")


def test_general_questions_fill_the_places_left_when_nothing_else_stands_out() -> None:
    first = first_ids({"payment": ["medicaid"]}, codes=FULL_LISTING)

    assert first[:1] == ["call.q.payment.plan"]
    assert first[2:5] == ["call.q.iop.start", "call.q.iop.hours", "call.q.iop.intake"]
    assert len(first) == 6


def test_the_wait_for_a_place_is_always_among_the_first_questions() -> None:
    crowded: AnswerMap = {
        **MANY_NEEDS,  # type: ignore[dict-item]
        "language": "vietnamese",
        "medication": "taking",
        "schedule": ["evening", "weekend"],
    }

    assert "call.q.iop.start" in first_ids(crowded)
    assert all("call.q.iop.start" in question_ids(p)[: p.lead] for p in every_plan())


def test_every_plan_leads_with_six_to_eight_questions() -> None:
    assert {plan.lead for plan in every_plan()} <= set(range(6, 9))


def test_the_first_questions_and_the_others_together_are_every_question_once() -> None:
    for plan in every_plan():
        assert len(set(plan.first()) | set(plan.more())) == len(plan.questions)


def test_the_same_answers_always_lead_with_the_same_questions_in_the_same_order() -> None:
    answers: AnswerMap = {"payment": ["medicaid", "medicare"], "groups": ["women", "veterans"]}

    assert first_ids(answers) == first_ids(dict(reversed(list(answers.items()))))


def test_the_plan_shows_the_first_questions_and_keeps_the_others_for_more() -> None:
    plan = plan_for({}, codes=FULL_LISTING)

    said, more = render_call_plan(plan), render_more_questions(plan)

    assert "Could I start within 48 hours?" in said
    assert "What comes after the IOP" not in said
    assert "What comes after the IOP" in more
    assert more.startswith("More questions for")
    assert f"\n{plan.lead + 1}. " in more


# -- the relative named ----------------------------------------------------------------------

SON: AnswerMap = {"for_whom": "other", "relation": "son", "withdrawal": "symptoms_now"}


def test_a_mother_searching_for_her_son_gets_a_script_that_says_my_son() -> None:
    said = render_call_plan(plan_for(SON))

    assert "I'm calling for my son, who needs help with substance use." in said
    assert "[relative]" not in said
    assert "I think my son may need help with withdrawal first." in said


def test_in_spanish_the_script_and_questions_say_mi_hijo() -> None:
    plan = plan_for(SON)
    said = render_call_plan(plan, "es") + render_more_questions(plan, "es")

    assert "Llamo por mi hijo, que necesita ayuda" in said
    assert "Puede que mi hijo primero necesite ayuda con la abstinencia." in said
    assert "mi familiar" not in said
    assert "[familiar]" not in said


def test_without_a_relation_the_family_wording_stays_as_it_was() -> None:
    plan = plan_for({"for_whom": "other"})

    assert "I'm calling for my [relative], who needs help" in render_call_plan(plan)
    assert "Llamo por mi [familiar]" in render_call_plan(plan, "es")


def test_a_friend_who_is_a_woman_is_mi_amiga_in_spanish() -> None:
    plan = plan_for({"for_whom": "other", "relation": "friend", "gender": "woman"})

    assert "Llamo por mi amiga," in render_call_plan(plan, "es")
    assert "I'm calling for my friend," in render_call_plan(plan)


def test_a_relation_is_not_used_when_the_person_searches_for_themselves() -> None:
    said = render_call_plan(plan_for({"relation": "son"}))

    assert "my son" not in said
    assert "for myself" in said


def test_an_unknown_relation_keeps_the_general_wording() -> None:
    plan = plan_for({"for_whom": "other", "relation": "landlord"})

    assert plan.relative == ""
    assert "my [relative]" in render_call_plan(plan)


@pytest.mark.parametrize("language", sorted(CATALOG))
def test_every_relation_has_a_word_in_every_language(language: str) -> None:
    roles = [i for i in CATALOG["en"] if i.startswith("relation.")]

    assert len(roles) >= 23
    assert [r for r in roles if not CATALOG[language].get(r, "").strip()] == []

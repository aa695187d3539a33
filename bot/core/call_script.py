"""A call plan in words: the questions that matter most, the opening script, the notes and
lists, and the other questions on request; pure.

``bot.core.questions`` decides what to ask; this module only says it, in the conversation's
language, worded for the person or the family member calling.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from bot.core.care_levels import IOP
from bot.core.questions import SECTIONS, CallPlan, Section
from bot.core.texts import Audience, has_text, resolve_all, text

# In a Spanish search, a program that lists no Spanish: ask for an interpreter, in both
# languages (the person may need to say it in English).
INTERPRETER = "call.script.interpreter"


def render_call_plan(
    plan: CallPlan, language: str = "en", audience: Audience | None = None
) -> str:
    """The plan as plain text: the questions that matter most, the opening, then the notes and
    lists; the other questions are for ``render_more_questions``.

    ``audience`` defaults to the plan's own, so a family member's plan reads "their plan".
    """
    say = _sayer(plan, language, audience or plan.audience)
    title = "call.heading.title" if plan.level == IOP else "call.heading.title.care"
    blocks = [say(title, plan.script_values)]
    lines = [say("call.first.why")]
    lines += [f"{n}. {say(q.text_id, q.values)}" for n, q in enumerate(plan.first(), start=1)]
    blocks.append(_block(say("call.heading.first"), lines))
    script = [say(plan.script_id, plan.script_values)]
    if plan.interpreter:
        script.append(say(INTERPRETER))
    blocks.append(_block(say("call.heading.script"), script))
    blocks.append(_block(say("call.heading.notes"), [say(n) for n in plan.notes]))
    bullets = [f"• {say(i, plan.script_values)}" for i in plan.have_ready]
    blocks.append(_block(say("call.heading.have_ready"), bullets))
    bullets = [f"• {say(i)}" for i in plan.they_will_ask]
    blocks.append(_block(say("call.heading.they_will_ask"), bullets))
    return "\n\n".join(b for b in blocks if b)


def render_more_questions(
    plan: CallPlan, language: str = "en", audience: Audience | None = None
) -> str:
    """The questions the plan does not lead with, by section, numbered on from the first."""
    say = _sayer(plan, language, audience or plan.audience)
    blocks = [say("call.heading.more", plan.script_values)]
    number = plan.lead
    more = plan.more()
    for section in SECTIONS:
        lines = []
        for question in (q for q in more if q.section == section):
            number += 1
            lines.append(f"{number}. {say(question.text_id, question.values)}")
        blocks.append(_block(say(_heading(section, plan.level)), lines))
    return "\n\n".join(b for b in blocks if b)


def _heading(section: Section, level: str) -> str:
    """A section's heading: the care section is named after the level ("About the detox")."""
    if section == "iop" and level != IOP:
        return f"call.heading.care.{level}"
    return f"call.heading.{section}"


def _sayer(plan: CallPlan, language: str, who: Audience) -> Callable[..., str]:
    """Texts of a plan in a language: a family member's, naming the relative when told."""
    named = who == "other" and bool(plan.relative)

    def say(text_id: str, values: Mapping[str, str] | None = None) -> str:
        """One text, its values filled in; the ".named" wording when the relative is known."""
        filled = dict(values or {})
        if named and has_text(f"{text_id}.named"):
            text_id = f"{text_id}.named"
            filled["relative"] = f"@{plan.relative}"
        return text(text_id, language, who, **resolve_all(filled, language))

    return say


def _block(heading: str, lines: list[str]) -> str:
    return "\n".join([heading, *lines]) if lines else ""

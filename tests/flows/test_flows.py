"""The shipped flows validate, and their committed diagrams are current."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.dialogue import validate_flows
from bot.core.dialogue.diagram import engine_diagram
from bot.core.dialogue.registry import ACTIONS, SCREENS, fact_names
from bot.core.flow import (
    Flow,
    FlowError,
    FlowSet,
    Option,
    Step,
    Transition,
    mermaid,
    unless_fact,
    validate,
    when,
    when_fact,
)
from flows import ALL_FLOWS

DIAGRAMS = Path(__file__).resolve().parents[2] / "flows" / "diagrams"


def test_the_shipped_flows_validate() -> None:
    validate_flows(ALL_FLOWS)


@pytest.mark.parametrize("flow", ALL_FLOWS.flows, ids=lambda f: f.id)
def test_the_committed_diagram_of_each_flow_is_current(flow: Flow) -> None:
    committed = DIAGRAMS / f"{flow.id}.mmd"

    assert committed.exists(), "run: .venv/bin/iop-bot flows diagrams"
    assert committed.read_text(encoding="utf-8") == mermaid(flow)


def test_the_committed_diagram_of_the_engine_is_current() -> None:
    committed = DIAGRAMS / "engine.mmd"

    assert committed.exists(), "run: .venv/bin/iop-bot flows diagrams"
    assert committed.read_text(encoding="utf-8") == engine_diagram(ALL_FLOWS)


def a_flow(*steps: Step) -> FlowSet:
    return FlowSet(flows=(Flow("test", steps[0].id, steps),), entry=steps[0].id)


def texts_exist(_text_id: str, _language: str) -> bool:
    return True


def test_a_target_that_does_not_exist_is_refused() -> None:
    flows = a_flow(Step("a", "choice", "t", options=(Option("x", "l", target="nowhere"),)))

    with pytest.raises(FlowError, match="nowhere"):
        validate_flows_with_any_text(flows)


def test_a_dead_end_is_refused() -> None:
    flows = a_flow(
        Step("a", "choice", "t", options=(Option("x", "l"),), next=(Transition("b"),)),
        Step("b", "info", "t"),
    )

    with pytest.raises(FlowError, match="dead end"):
        validate_flows_with_any_text(flows)


def test_an_unreachable_step_is_refused() -> None:
    flows = a_flow(
        Step("a", "choice", "t", options=(Option("x", "l"),), next=(Transition("a"),)),
        Step("island", "choice", "t", options=(Option("x", "l"),), next=(Transition("a"),)),
    )

    with pytest.raises(FlowError, match="island"):
        validate_flows_with_any_text(flows)


def test_a_missing_text_is_refused() -> None:
    flows = a_flow(
        Step(
            "a",
            "choice",
            "no.such.text",
            options=(Option("x", "opt.yes"),),
            next=(Transition("a"),),
        ),
    )

    with pytest.raises(FlowError, match=r"no\.such\.text"):
        validate_flows(flows)


def test_a_conditional_last_transition_is_refused() -> None:
    flows = a_flow(
        Step(
            "a",
            "choice",
            "t",
            options=(Option("x", "l"),),
            next=(Transition("a", when("x", "y")),),
        ),
    )

    with pytest.raises(FlowError, match="unconditional"):
        validate_flows_with_any_text(flows)


@pytest.mark.parametrize(
    ("step", "problem"),
    [
        (Step("a", "carousel", "t", next=(Transition("a"),)), "no screen for kind 'carousel'"),
        (
            Step("a", "text", "t", action="set_mood", next=(Transition("a"),)),
            "unknown action 'set_mood'",
        ),
        (
            Step("a", "text", "t", ask_if=when_fact("is_tuesday"), next=(Transition("a"),)),
            "unknown fact 'is_tuesday'",
        ),
        (
            Step("a", "text", "t", next=(Transition("a", unless_fact("sunny")), Transition("a"))),
            "unknown fact 'sunny'",
        ),
        (
            Step("a", "text", "t", answer="note", action="note", next=(Transition("a"),)),
            "an answer key and an action",
        ),
    ],
    ids=["screen", "action", "fact-in-ask-if", "fact-in-transition", "answer-and-action"],
)
def test_a_name_nothing_registered_fails_when_the_flows_load(step: Step, problem: str) -> None:
    with pytest.raises(FlowError, match=problem):
        validate_flows_with_any_text(a_flow(step))


def test_every_registered_screen_action_and_fact_is_named_by_some_flow() -> None:
    steps = ALL_FLOWS.steps.values()
    conditions = [
        c
        for s in steps
        for c in (s.ask_if, *(t.condition for t in s.next), *(n.condition for n in s.notes))
        if c is not None
    ]

    assert {s.kind for s in steps} == set(SCREENS)
    assert {s.action for s in steps if s.action} == set(ACTIONS)
    assert {c.fact for c in conditions if c.fact} == set(fact_names())


def validate_flows_with_any_text(flows: FlowSet) -> None:
    validate(
        flows,
        has_text=texts_exist,
        languages=["en"],
        kinds=SCREENS.keys(),
        actions=ACTIONS.keys(),
        facts=fact_names(),
    )

"""The shipped flows validate, and their committed diagrams are current."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.dialogue import validate_flows
from bot.core.flow import (
    Flow,
    FlowError,
    FlowSet,
    Option,
    Step,
    Transition,
    mermaid,
    when,
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


def validate_flows_with_any_text(flows: FlowSet) -> None:
    from bot.core.flow import validate

    validate(flows, has_text=texts_exist, languages=["en"])

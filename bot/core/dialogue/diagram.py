"""A Mermaid diagram of the engine: the layers around it, and which screen, action and fact
serves each step of the flows; pure (the command line writes it to flows/diagrams/)."""

from __future__ import annotations

from collections import defaultdict

from bot.core.dialogue.registry import ACTIONS, SCREENS, fact_names
from bot.core.flow import FlowSet, Step

LAYERS = """\
    tg["bot.tg<br/><small>Telegram adapter</small>"] --> service
    console["bot.console<br/><small>terminal adapter</small>"] --> service
    service["bot.service<br/><small>handle(key, input): load → advance → store → effects</small>"]
    service --> engine
    service -->|ports| storage["bot.storage<br/><small>conversations, reminders, reports</small>"]
    engine["bot.core.dialogue.engine<br/><small>advance(conversation, input, now)</small>"]
    engine --> turn["turn<br/><small>enter · show · accept</small>"]
"""


def _conditions(step: Step) -> list[str]:
    conditions = [
        step.ask_if,
        *(t.condition for t in step.next),
        *(n.condition for n in step.notes),
    ]
    return [c.fact for c in conditions if c is not None and c.fact]


def engine_diagram(flows: FlowSet) -> str:
    """The engine's parts and the steps each screen, action and fact serves."""
    by_screen: dict[str, list[str]] = defaultdict(list)
    by_action: dict[str, list[str]] = defaultdict(list)
    by_fact: dict[str, list[str]] = defaultdict(list)
    for step in flows.steps.values():
        module = type(SCREENS[step.kind]).__module__.rsplit(".", 1)[-1]
        by_screen[module].append(step.id)
        if step.action:
            by_action[step.action].append(step.id)
        for fact in _conditions(step):
            by_fact[fact].append(step.id)
    lines = ["flowchart LR", LAYERS.rstrip("\n")]
    for module in sorted(by_screen):
        steps = ", ".join(sorted(by_screen[module]))
        lines.append(
            f'    turn --> screen_{module}["screens/{module}<br/><small>{steps}</small>"]'
        )
    for name in sorted(ACTIONS):
        steps = ", ".join(sorted(by_action[name]))
        lines.append(f'    turn --> action_{name}(["action {name}<br/><small>{steps}</small>"])')
    for name in fact_names():
        steps = ", ".join(sorted(set(by_fact[name])))
        lines.append(f'    turn --> fact_{name}{{{{"fact {name}<br/><small>{steps}</small>"}}}}')
    return "\n".join(lines) + "\n"

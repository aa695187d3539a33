"""The schema the flows in flows/ are written in, their validation, and their diagrams; pure.

A flow is data: steps with stable ids, a prompt text id, options (value + label text id), the
parser that reads free text, the answer key it fills, and transitions that may depend on
earlier answers. Buttons, console numbering and free-text recognition all derive from it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

# The kind of a step names the screen that shows it (see bot.core.dialogue.screens): "choice",
# "multi", "place", "info", "summary", "results", "details", "callprep", "text", "when",
# "saved", "item", "tracker", "reminders", "share". Flows are checked against the screens
# registered when they load.
StepKind = str

# Values every flow understands without declaring them.
SKIP = "skip"
DONE = "done"


@dataclass(frozen=True, slots=True)
class Condition:
    """True when an answer (or one item of a list answer) is one of the values, or, with
    ``fact``, when that named fact derived from the whole conversation is true."""

    key: str = ""
    any_of: tuple[str, ...] = ()
    negate: bool = False
    fact: str = ""  # a name registered in bot.core.dialogue.conditions

    def holds(self, answers: Mapping[str, object], facts: Mapping[str, bool]) -> bool:
        """Evaluate the condition against the answers so far and the derived facts."""
        if self.fact:
            result = facts.get(self.fact, False)
        else:
            value = answers.get(self.key)
            values = value if isinstance(value, list) else [value]
            result = any(v in self.any_of for v in values)
        return result != self.negate


def when(key: str, *values: str) -> Condition:
    """Shorthand: the answer to ``key`` is one of ``values``."""
    return Condition(key, tuple(values))


def unless(key: str, *values: str) -> Condition:
    """Shorthand: the answer to ``key`` is none of ``values``."""
    return Condition(key, tuple(values), negate=True)


def when_fact(name: str) -> Condition:
    """Shorthand: the named fact holds (e.g. "withdrawal_risk")."""
    return Condition(fact=name)


def unless_fact(name: str) -> Condition:
    """Shorthand: the named fact does not hold."""
    return Condition(fact=name, negate=True)


@dataclass(frozen=True, slots=True)
class Option:
    """One answer a person can pick; ``target`` overrides the step's transitions."""

    value: str
    label: str
    target: str = ""
    exclusive: bool = False  # in a multi step, picking it clears the others ("no preference")
    sets: tuple[tuple[str, str], ...] = ()  # answers recorded when it is picked
    reply: str = ""  # the plain "yes" or "no" it stands for ("safe" is yes to "is home safe?")


@dataclass(frozen=True, slots=True)
class Transition:
    """Where to go next, when the condition holds (or always)."""

    target: str
    condition: Condition | None = None


@dataclass(frozen=True, slots=True)
class Note:
    """A text shown right after an answer, when the condition holds."""

    text: str
    condition: Condition | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """One question or view of the conversation."""

    id: str
    kind: StepKind
    text: str
    answer: str = ""  # the answer key the step fills
    action: str = ""  # or: the registered action that records the answer (after the search)
    options: tuple[Option, ...] = ()
    next: tuple[Transition, ...] = ()
    ask_if: Condition | None = None  # otherwise the step is skipped
    skippable: bool = True
    notes: tuple[Note, ...] = ()
    summary_label: str = ""  # text id naming the answer on the summary; empty = not listed
    again: str = ""  # text id asked instead of ``text`` after a message it did not understand
    # Asked even when the person began by describing what they need in their own words (a
    # safety question or the place); the other intake questions are then left to the summary.
    asked_when_told: bool = False

    def option(self, value: str) -> Option | None:
        """The declared option with this value, if any."""
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True, slots=True)
class Flow:
    """A group of steps kept in one file, with its entry step."""

    id: str
    start: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class FlowSet:
    """All flows, with steps indexed by their (globally unique) ids."""

    flows: tuple[Flow, ...]
    entry: str
    steps: dict[str, Step] = field(init=False)

    def __post_init__(self) -> None:
        steps: dict[str, Step] = {}
        for flow in self.flows:
            for step in flow.steps:
                steps[step.id] = step
        object.__setattr__(self, "steps", steps)

    def step(self, step_id: str) -> Step:
        """The step with this id; KeyError when there is none."""
        return self.steps[step_id]


class FlowError(ValueError):
    """A flow that would strand someone or show a missing text."""


def _targets(step: Step) -> list[str]:
    return [t.target for t in step.next] + [o.target for o in step.options if o.target]


def validate(
    flows: FlowSet,
    *,
    has_text: Callable[[str, str], bool],
    languages: Sequence[str],
    dynamic_targets: Mapping[str, Iterable[str]] | None = None,
    kinds: Collection[str] | None = None,
    actions: Collection[str] | None = None,
    facts: Collection[str] | None = None,
) -> None:
    """Check every target exists, every step is reachable, none is a dead end, texts exist,
    and every screen (step kind), action and fact a step names is registered.

    ``dynamic_targets`` names the steps the engine itself can go to from a step (for example
    from a results page to one program's details; "*" for commands that work anywhere), so
    reachability counts them too.
    """
    dynamic_targets = dynamic_targets or {}
    problems: list[str] = []
    ids = [s.id for f in flows.flows for s in f.steps]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        problems.append(f"step ids used twice: {sorted(duplicates)}")
    if flows.entry not in flows.steps:
        problems.append(f"entry step {flows.entry!r} does not exist")
    for flow in flows.flows:
        if flow.start not in flows.steps:
            problems.append(f"flow {flow.id}: start step {flow.start!r} does not exist")
    for step in flows.steps.values():
        problems += _unknown_names(step, kinds, actions, facts)
        for target in _targets(step):
            if target not in flows.steps:
                problems.append(f"step {step.id}: target {target!r} does not exist")
        if not _targets(step) and not dynamic_targets.get(step.id):
            problems.append(f"step {step.id}: dead end (no way on)")
        if step.next and step.next[-1].condition is not None:
            problems.append(f"step {step.id}: the last transition must be unconditional")
        if step.kind in ("choice", "multi") and not step.options:
            problems.append(f"step {step.id}: a {step.kind} step needs options")
        texts = [step.text, *(o.label for o in step.options), *(n.text for n in step.notes)]
        if step.summary_label:
            texts.append(step.summary_label)
        if step.again:
            texts.append(step.again)
        for language in languages:
            problems += [
                f"step {step.id}: text {t!r} missing in {language}"
                for t in texts
                if not has_text(t, language)
            ]
    reachable = _reachable(flows, dynamic_targets)
    unreachable = sorted(set(flows.steps) - reachable)
    if unreachable:
        problems.append(f"unreachable steps: {unreachable}")
    if problems:
        raise FlowError("; ".join(problems))


def _conditions(step: Step) -> list[Condition]:
    conditions = [t.condition for t in step.next] + [n.condition for n in step.notes]
    return [c for c in (*conditions, step.ask_if) if c is not None]


def _unknown_names(
    step: Step,
    kinds: Collection[str] | None,
    actions: Collection[str] | None,
    facts: Collection[str] | None,
) -> list[str]:
    """The screen, action and fact names a step uses that nothing registered."""
    problems = []
    if kinds is not None and step.kind not in kinds:
        problems.append(f"step {step.id}: no screen for kind {step.kind!r}")
    if actions is not None and step.action and step.action not in actions:
        problems.append(f"step {step.id}: unknown action {step.action!r}")
    if step.action and step.answer:
        problems.append(f"step {step.id}: an answer key and an action both record the answer")
    for condition in _conditions(step):
        if facts is not None and condition.fact and condition.fact not in facts:
            problems.append(f"step {step.id}: unknown fact {condition.fact!r}")
    return problems


def _reachable(flows: FlowSet, dynamic_targets: Mapping[str, Iterable[str]]) -> set[str]:
    seen: set[str] = set()
    # "*" lists steps reachable from anywhere (by a command).
    todo = [flows.entry, *(f.start for f in flows.flows), *dynamic_targets.get("*", ())]
    while todo:
        current = todo.pop()
        if current in seen or current not in flows.steps:
            continue
        seen.add(current)
        todo += _targets(flows.steps[current])
        todo += list(dynamic_targets.get(current, ()))
    return seen


def _condition_label(condition: Condition | None) -> str:
    if condition is None:
        return ""
    text = condition.fact or f"{condition.key} in {'/'.join(condition.any_of)}"
    return f"not {text}" if condition.negate else text


def mermaid(flow: Flow) -> str:
    """A Mermaid flowchart of one flow; steps of other flows appear as links out."""
    own = {s.id for s in flow.steps}
    lines = ["flowchart TD"]
    outside: set[str] = set()
    for step in flow.steps:
        shape = f'{step.id}["{step.id}<br/><small>{step.kind}</small>"]'
        lines.append(f"    {shape}")
    for step in flow.steps:
        for option in step.options:
            if option.target:
                lines.append(f"    {step.id} -->|{option.value}| {option.target}")
                if option.target not in own:
                    outside.add(option.target)
        for transition in step.next:
            label = _condition_label(transition.condition)
            arrow = f"-->|{label}|" if label else "-->"
            lines.append(f"    {step.id} {arrow} {transition.target}")
            if transition.target not in own:
                outside.add(transition.target)
        if step.ask_if is not None:
            lines.append(f"    %% {step.id} is asked only if {_condition_label(step.ask_if)}")
    for target in sorted(outside):
        lines.append(f"    {target}((({target})))")
    return "\n".join(lines) + "\n"

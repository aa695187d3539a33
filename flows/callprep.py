"""Call preparation: the questions to ask one program and a call script."""

from __future__ import annotations

from bot.core.flow import Flow, Option, Step

CALLPREP = Flow(
    id="callprep",
    start="callprep",
    steps=(
        Step(
            id="callprep",
            kind="callprep",
            text="callprep.heading",
            skippable=False,
            # After a message it did not understand: a short line, not the whole plan again.
            again="callprep.again",
            options=(
                Option("more", "opt.callprep.more"),
                Option("details", "opt.callprep.details", target="details"),
                Option("results", "opt.callprep.results", target="results"),
                Option("restart", "opt.start_over", target="welcome"),
            ),
        ),
    ),
)

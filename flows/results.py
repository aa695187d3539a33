"""Results: a page of programs, with more, refine, details, and the way back to searching."""

from __future__ import annotations

from bot.core.flow import Flow, Option, Step

RESULTS = Flow(
    id="results",
    start="results",
    steps=(
        Step(
            id="results",
            kind="results",
            text="results.heading",
            skippable=False,
            options=(
                Option("more", "opt.results.more", target="results"),
                Option(
                    "refine", "opt.results.refine", target="radius", sets=(("mode", "guided"),)
                ),
                Option("wider", "opt.results.wider", target="results"),
                Option("online", "opt.results.online", target="results"),
                Option("edit", "opt.results.edit", target="summary"),
                Option("elsewhere", "opt.results.elsewhere", target="place"),
                Option("restart", "opt.start_over", target="welcome"),
            ),
        ),
    ),
)

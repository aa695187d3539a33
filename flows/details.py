"""One program in full: address, phones, website, services in plain words, a map location."""

from __future__ import annotations

from bot.core.flow import Flow, Option, Step

DETAILS = Flow(
    id="details",
    start="details",
    steps=(
        Step(
            id="details",
            kind="details",
            text="details.heading",
            skippable=False,
            options=(
                Option("callprep", "opt.details.callprep", target="callprep"),
                Option("save", "opt.details.save", target="details"),
                Option("back", "opt.details.back", target="results"),
                Option("restart", "opt.start_over", target="welcome"),
            ),
        ),
    ),
)

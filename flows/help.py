"""Help and crisis: reachable from every step; "resume" returns to where the person was."""

from __future__ import annotations

from bot.core.flow import Flow, Option, Step, Transition

# "resume" goes back to the step the person was on; "welcome" is where it goes when there is
# nothing to go back to.
HELP = Flow(
    id="help",
    start="help",
    steps=(
        Step(
            id="help",
            kind="info",
            text="help.text",
            skippable=False,
            options=(
                Option("resume", "opt.resume", target="welcome"),
                Option("crisis", "opt.help.crisis", target="crisis"),
                Option("restart", "opt.start_over", target="welcome"),
            ),
        ),
        # Asked when a message may mean danger but does not say it plainly: the answer either
        # brings the crisis text of what was found, or goes back to where the person was.
        Step(
            id="safe_check",
            kind="choice",
            text="crisis.check_in",
            again="crisis.check_in.again",  # the question, short, after words that do not answer
            action="safety_check",
            skippable=False,
            options=(
                Option("safe", "opt.safe.yes"),
                Option("not_safe", "opt.safe.no", target="crisis"),
            ),
            next=(Transition("welcome"),),
        ),
        Step(
            id="crisis",
            kind="info",
            text="crisis.next",
            skippable=False,
            options=(
                Option("resume", "opt.crisis.resume", target="welcome"),
                Option("restart", "opt.start_over", target="welcome"),
            ),
        ),
    ),
)

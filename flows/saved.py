"""After the search: the saved list, the call tracker, reminders, sharing and reports.

Answers here belong to one saved program, not to the intake: a step's ``action`` names the
registered engine action that records it (for example "status" sets the program's status).
"""

from __future__ import annotations

from bot.core.flow import Flow, Option, Step, Transition, unless_fact

SAVED = Flow(
    id="saved",
    start="saved",
    steps=(
        Step(
            id="saved",
            kind="saved",
            text="saved.next",
            skippable=False,
            options=(
                Option("share_all", "opt.saved.share_all", target="share"),
                Option("reminders", "opt.saved.reminders", target="reminders"),
                Option("resume", "opt.saved.back", target="welcome"),
            ),
        ),
        Step(
            id="item",
            kind="item",
            text="item.next",
            skippable=False,
            options=(
                Option("status", "opt.item.status", target="status"),
                Option("questions", "opt.item.questions", target="tracker"),
                Option("note", "opt.item.note", target="note"),
                Option("remind", "opt.item.remind", target="timezone"),
                Option("share", "opt.item.share", target="share"),
                Option("report", "opt.item.report", target="report"),
                Option("remove", "opt.item.remove", target="saved"),
                Option("back", "opt.item.back", target="saved"),
            ),
        ),
        Step(
            id="status",
            kind="choice",
            text="status.ask",
            action="status",
            skippable=False,
            options=(
                Option("to_call", "opt.status.to_call"),
                Option("waiting", "opt.status.waiting"),
                Option("booked", "opt.status.booked", target="booked_date"),
                Option("not_fit", "opt.status.not_fit", target="not_fit"),
            ),
            next=(Transition("item"),),
        ),
        Step(
            id="booked_date",
            kind="text",
            text="booked.ask",
            action="booked_date",
            skippable=False,
            next=(Transition("item"),),
        ),
        Step(
            id="not_fit",
            kind="choice",
            text="not_fit.ask",
            action="not_fit",
            options=(
                Option("no_openings", "opt.not_fit.no_openings"),
                Option("insurance", "opt.not_fit.insurance"),
                Option("too_far", "opt.not_fit.too_far"),
                Option("schedule", "opt.not_fit.schedule"),
                Option("other", "opt.not_fit.something_else"),
            ),
            next=(Transition("item"),),
        ),
        Step(
            id="note",
            kind="text",
            text="note.ask",
            action="note",
            skippable=False,
            next=(Transition("item"),),
        ),
        Step(
            id="tracker",
            kind="tracker",
            text="tracker.next",
            skippable=False,
            options=(Option("back", "opt.tracker.back", target="item"),),
        ),
        Step(
            id="tracker_answer",
            kind="text",
            text="tracker.ask",
            action="tracker_answer",
            skippable=False,
            next=(Transition("tracker"),),
        ),
        Step(
            id="timezone",
            kind="choice",
            text="timezone.ask",
            action="timezone",
            ask_if=unless_fact("has_timezone"),
            skippable=False,
            options=(
                Option("eastern", "opt.tz.eastern"),
                Option("central", "opt.tz.central"),
                Option("mountain", "opt.tz.mountain"),
                Option("arizona", "opt.tz.arizona"),
                Option("pacific", "opt.tz.pacific"),
                Option("alaska", "opt.tz.alaska"),
                Option("hawaii", "opt.tz.hawaii"),
                Option("atlantic", "opt.tz.atlantic"),
            ),
            next=(Transition("remind"),),
        ),
        Step(
            id="remind",
            kind="when",
            text="remind.ask",
            action="remind",
            skippable=False,
            options=(
                Option("in_1_hour", "opt.remind.in_1_hour"),
                Option("tomorrow_morning", "opt.remind.tomorrow_morning"),
                Option("tomorrow_afternoon", "opt.remind.tomorrow_afternoon"),
                Option("monday_morning", "opt.remind.monday_morning"),
            ),
            next=(Transition("item"),),
        ),
        Step(
            id="reminders",
            kind="reminders",
            text="reminders.next",
            skippable=False,
            options=(Option("resume", "opt.reminders.back", target="saved"),),
        ),
        Step(
            id="share",
            kind="share",
            text="share.next",
            skippable=False,
            options=(Option("back", "opt.share.back", target="saved"),),
        ),
        Step(
            id="report",
            kind="choice",
            text="report.ask",
            action="report",
            skippable=False,
            options=(
                Option("phone", "opt.report.phone"),
                Option("closed", "opt.report.closed"),
                Option("no_iop", "opt.report.no_iop"),
                Option("address", "opt.report.address"),
                Option("other", "opt.report.something_else", target="report_details"),
            ),
            next=(Transition("item"),),
        ),
        Step(
            id="report_details",
            kind="text",
            text="report.details",
            action="report_details",
            skippable=False,
            next=(Transition("item"),),
        ),
    ),
)

# Privacy and language: reachable from every step by command; "resume" goes back.
SETTINGS = Flow(
    id="settings",
    start="delete",
    steps=(
        Step(
            id="delete",
            kind="choice",
            text="delete.ask",
            action="delete",
            skippable=False,
            options=(
                Option("yes", "opt.delete.yes"),
                Option("no", "opt.delete.no", target="welcome"),
            ),
            next=(Transition("welcome"),),
        ),
        Step(
            id="pick_language",
            kind="choice",
            text="language.ask",
            action="language",
            skippable=False,
            options=(
                Option("en", "opt.language.en", target="welcome"),
                Option("es", "opt.language.es", target="welcome"),
            ),
        ),
    ),
)

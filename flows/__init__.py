"""The dialogue, declared as data: one module per flow. No behaviour here."""

from __future__ import annotations

from bot.core.flow import FlowSet
from flows.callprep import CALLPREP
from flows.details import DETAILS
from flows.help import HELP
from flows.intake import INTAKE
from flows.results import RESULTS
from flows.saved import SAVED, SETTINGS

ALL_FLOWS = FlowSet(
    flows=(INTAKE, RESULTS, DETAILS, CALLPREP, HELP, SAVED, SETTINGS), entry=INTAKE.start
)

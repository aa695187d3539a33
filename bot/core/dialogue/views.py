"""Small pieces several screens show: feature names, statuses, local times, phones; pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from bot.core import calendar_words
from bot.core.answers import person_for
from bot.core.conversation import SavedProgram
from bot.core.dialogue.reading import normalized
from bot.core.dialogue.saved_list import saved_entry
from bot.core.dialogue.turn import Turn
from bot.core.features import UnknownFeatureError, feature, member_keys
from bot.core.location import Place
from bot.core.matching import Relaxation
from bot.core.programs import Program
from bot.core.restrictions import DETOX_CODES, Flag, detox_listed, detox_not_listed
from bot.core.texts import has_text
from bot.core.when import TIME_ZONES, zone


def focused_entry(turn: Turn) -> tuple[Program, SavedProgram] | None:
    """The program in focus and its saved entry, when it is on the saved list."""
    program = turn.focus()
    entry = saved_entry(turn.conversation, program.id) if program else None
    return (program, entry) if program is not None and entry is not None else None


def program_on_screen(turn: Turn) -> Program | None:
    """The program in focus; when the directory no longer has it, say so and show the list."""
    program = turn.focus()
    if program is None:
        turn.say("details.missing")
        turn.enter("results")
    return program


def feature_label(turn: Turn, key: str) -> str:
    """A directory feature's name in the conversation's language; alternatives are joined
    with "or" ("Medicaid or Sliding fee scale")."""
    return turn.t("feature.or").join(_one_label(turn, k) for k in member_keys(key))


def _one_label(turn: Turn, key: str) -> str:
    text_id = f"feature.{key}"
    if has_text(text_id, turn.language) or has_text(text_id):
        return turn.t(text_id)
    try:
        return feature(key).label
    except UnknownFeatureError:
        return key


def flag_text(turn: Turn, flag: Flag) -> str:
    """What a card says about whom a program serves ("Serves women only")."""
    ages = ", ".join(turn.t(f"flag.age.{age}") for age in flag.ages)
    group = turn.t(f"flag.group.{flag.group}") if flag.group else ""
    return turn.t(f"flag.{flag.kind}", ages=ages, group=group)


def detox_text(turn: Turn, program: Program) -> str:
    """Which withdrawals a detox listing names, and which of the person's it does not ("ask");
    or that the directory does not say which it manages."""
    listed = detox_listed(program)
    if not listed:
        return turn.t("detox.unlisted")
    names = ", ".join(turn.t(f"detox.for.{name}") for name in listed)
    said = turn.t("detox.listed", withdrawals=names)
    missing = detox_not_listed(program, person_for(turn.typed_answers()))
    if missing:
        names = ", ".join(turn.t(f"detox.for.{name}") for name in missing)
        said += "; " + turn.t("detox.not_listed", substances=names)
    return said


def detox_filter_text(turn: Turn) -> str:
    """What a list of detox programs was chosen by, when the person's substances decide it
    ("" when none of them has a detox code)."""
    substances = turn.typed_answers().substances
    known = [s for s in DETOX_CODES if s in substances]
    if not known:
        return ""
    names = ", ".join(turn.t(f"detox.for.{name}") for name in known)
    return turn.t("detox.filtered", substances=names)


def relaxation_text(turn: Turn, relaxation: Relaxation) -> str:
    """How a search was loosened, said out loud."""
    return turn.t(
        f"relax.{relaxation.kind}",
        from_miles=relaxation.from_miles,
        to_miles=relaxation.to_miles,
        feature=feature_label(turn, relaxation.feature) if relaxation.feature else "",
        state=relaxation.state,
    )


def status_text(turn: Turn, entry: SavedProgram) -> str:
    """Where the person is with a saved program ("Intake booked: Monday")."""
    option = turn.flows.step("not_fit").option(entry.reason)
    reason_text = turn.t(option.label) if option else ""
    return turn.t(f"status.{entry.status}", date=entry.date, reason=reason_text)


def zone_name(turn: Turn) -> str:
    """The reminder time zone's name as the person picked it ("Eastern")."""
    zone_id = turn.zone_id()
    for key, name in TIME_ZONES.items():
        if name == zone_id:
            return turn.t(f"opt.tz.{key}")
    return zone_id


def local_time(turn: Turn, moment: datetime) -> str:
    """A moment in words in the person's language and time zone ("Friday, November 27,
    10:00 AM"): the weekday says whether "Monday" meant this week or the next."""
    tz = zone(turn.zone_id())
    local = moment.astimezone(tz) if tz else moment
    language = turn.language
    return turn.t(
        "when.moment",
        weekday=calendar_words.weekday(local, language),
        date=calendar_words.day_and_month(local, language),
        clock=calendar_words.clock(local, language),
    )


def phone_of(program: Program) -> str:
    """The number to call: the intake line when the directory has one."""
    return program.intake_phones[0] if program.intake_phones else program.phone


def address_of(program: Program) -> str:
    """The street address on one line."""
    street = ", ".join(x for x in (program.street, program.street2) if x)
    return f"{street}, {program.city}, {program.state} {program.zip}".strip(", ")


def stored_place(place: Place) -> Place:
    """A place as a conversation keeps it (coordinates to about ten metres)."""
    return replace(place, latitude=round(place.latitude, 4), longitude=round(place.longitude, 4))


def short(name: str, limit: int = 28) -> str:
    """A name short enough for a button."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


# What a reply quotes of something typed: enough to recognise it, never a long message back.
EXCERPT = 60


def excerpt(typed: str, limit: int = EXCERPT) -> str:
    """Typed words as a reply quotes them: whole, or their start cut at a word and marked "…"."""
    said = " ".join(typed.split())
    if len(said) <= limit:
        return said
    cut = said[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,.;:") + "…"


# A name and its site on one button: "Details: 10. " and "Desintoxicación: " still fit in the 64
# characters a button label is cut to (bot.tg.render).
SITE_NAME, SITE = 22, 21


def button_names(programs: Sequence[Program]) -> list[str]:
    """Program names short enough for one list of buttons; where two would read the same (sites
    of one provider), each adds its city, or its street when the city is the same too."""
    names = [short(p.name) for p in programs]
    shown = []
    for program, name in zip(programs, names, strict=True):
        twins = [q for q, n in zip(programs, names, strict=True) if n == name]
        if len(twins) < 2:
            shown.append(name)
            continue
        same_city = sum(normalized(q.city) == normalized(program.city) for q in twins) > 1
        site = program.street if same_city and program.street else program.city
        shown.append(f"{short(program.name, SITE_NAME)} · {short(site, SITE)}")
    return shown


def mark(done: bool) -> str:
    """A question's tick in the tracker."""
    return "✅" if done else "▫️"

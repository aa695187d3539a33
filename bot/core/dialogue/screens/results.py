"""A page of matching programs, with what was relaxed and what else may help; pure."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answers import GENDER, ONLINE, Answers, criteria_for, person_for
from bot.core.care_levels import IOP, LEVEL_KEYS
from bot.core.dialogue.cards import card, note_searches, referral_sections
from bot.core.dialogue.io import Choice, Reply, UserInput
from bot.core.dialogue.picking import Action, ordinal_in, programs_named, read_pick
from bot.core.dialogue.reading import MAX_TEXT, normalize
from bot.core.dialogue.registry import screen, search_fact
from bot.core.dialogue.saved_list import MAX_SAVED, save_program, saved_entry
from bot.core.dialogue.screens.place import use_resolution
from bot.core.dialogue.told import in_intake, place_words, refines
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.values import care_of, care_value, parse_value, tagged
from bot.core.dialogue.views import (
    button_names,
    relaxation_text,
)
from bot.core.features import FEATURES, Category
from bot.core.flow import Step
from bot.core.matching import Match, Query, SearchOutcome, query_for_place
from bot.core.programs import Program

# Results options that change the page shown rather than leave it.
PAGING = ("more", "wider", "online")
# A program named in words is looked for among this many of the search's programs.
NAMED_FROM = 50
# Gender is asked when a program serving only women or only men is among this many pages.
GENDER_PAGES = 2
SINGLE_GENDER = ("women_only", "men_only")
# Other levels of care take the criteria that decide whether a program can take the person at
# all, as IOPs do: payment and language (relaxed out loud), and age (which only ranks).
REFERRAL_CATEGORIES = frozenset({Category.PAYMENT, Category.LANGUAGE, Category.AGE})
# What a "which one?" may have asked for, done with the program a number then picks.
ASKED_ACTIONS: dict[str, Action] = {"callprep": "callprep", "save": "save"}
WHICH_LABELS: dict[Action, str] = {
    "details": "opt.results.details", "save": "opt.save", "callprep": "opt.results.callprep"
}  # fmt: skip
# Programs shown of each other level of care.
REFERRAL_LIMIT = 3


def search_query(turn: Turn, answers: Answers, level: str = "level:iop") -> Query | None:
    """The search the answers ask for at one level of care (None without a place)."""
    place = turn.place()
    if place is None:
        return None
    position = turn.conversation.position
    radius = min(100.0, answers.radius_miles * (2**position.extra_radius))
    criteria = criteria_for(answers)
    if level != "level:iop":
        criteria = tuple(c for c in criteria if c.feature.category in REFERRAL_CATEGORIES)
    return query_for_place(
        place,
        online=answers.online,
        radius_miles=radius,
        level=FEATURES[level],
        criteria=criteria,
        limit=turn.engine.page_size * (position.page + 1),
        # What a listing may contradict holds at every level of care.
        person=person_for(answers),
        # Without a car, sessions several times a week farther away are no answer: the radius
        # asked for is kept (the person may still ask to search farther), and telehealth in the
        # state fills in. A detox or a residential stay is one trip: still looked for farther.
        max_radius_miles=radius if answers.without_car and level == "level:iop" else 100.0,
    )


def search_outcome(turn: Turn) -> SearchOutcome | None:
    """The IOP search for the conversation as it is (None without a place)."""
    query = search_query(turn, turn.typed_answers())
    return None if query is None else turn.engine.search(query)


def numbered_match(turn: Turn, said: str) -> Match | None:
    """The listed program the words number ("the second one", "el 2"), if any."""
    outcome = search_outcome(turn)
    matches = outcome.matches if outcome is not None else ()
    number = ordinal_in(said, turn.language, len(matches))
    return matches[number - 1] if number is not None and 1 <= number <= len(matches) else None


@search_fact("gender_matters")
def gender_matters(turn: Turn) -> bool:
    """Gender not yet said, and a program serving only women or only men would be among the
    first pages of programs."""
    if GENDER in turn.answers:
        return False
    query = search_query(turn, turn.typed_answers())
    if query is None:
        return False
    outcome = turn.engine.search(replace(query, limit=turn.engine.page_size * GENDER_PAGES))
    return any(f.kind in SINGLE_GENDER for m in outcome.matches for f in m.flags)


class ResultsScreen:
    """The programs, a card each, then details, save, more, wider, online and refine."""

    kinds: tuple[str, ...] = ("results",)
    brief = True

    def render(self, turn: Turn, step: Step, *, prompt: bool = True) -> None:
        """Relaxations, heading, cards, other levels of care, and the choices."""
        outcome = search_outcome(turn)
        if outcome is None:
            turn.enter("place")
            return
        page = turn.conversation.position.page
        start = page * turn.engine.page_size
        shown = outcome.matches[start : start + turn.engine.page_size]
        if page == 0:
            for relaxation in outcome.relaxations:
                turn.add(Reply("text", relaxation_text(turn, relaxation)))
            _notes(turn, outcome)
        turn.add(Reply("text", _heading(turn, outcome, start, len(shown))))
        for index, match in enumerate(shown, start=start + 1):
            turn.add(card(turn, index, match))
        if not outcome.matches:
            turn.say("results.none")
        if page == 0:
            found = referrals(turn)
            referral_sections(turn, found)
            note_searches(turn, [(IOP, outcome), *((lvl, out) for _, lvl, out in found)])
        turn.say("results.footer")
        turn.question(step, turn.t("results.next"), tuple(_choices(turn, step, outcome)))

    def choices(self, turn: Turn, step: Step) -> list[Choice]:
        """Details and save for each program shown, then the page's options."""
        return _choices(turn, step, search_outcome(turn))

    def answer(self, turn: Turn, step: Step, event: UserInput) -> bool:
        """A program's details, saving one, another page, or a new place typed here."""
        asked_for, turn.conversation.position.picking = turn.conversation.position.picking, ""
        if event.kind == "text":
            picked = in_words(turn, step, event.text, before_options=True, asked_for=asked_for)
            if picked is not None:
                return picked
        values = turn.values(step, event)
        if not values and event.kind == "text":
            picked = in_words(turn, step, event.text, before_options=False, asked_for=asked_for)
            if picked is not None:
                return picked
            # A place typed on the results page is a new search there.
            resolution = turn.engine.places.resolve(place_words(event.text))
            if resolution.status != "not_found":
                place_step = turn.flows.step("place")
                turn.conversation.position.step = place_step.id
                return use_resolution(turn, place_step, resolution, event.text)
        if len(values) != 1:
            return False
        return _pick(turn, step, values[0])


def in_words(
    turn: Turn, step: Step, message: str, *, before_options: bool, asked_for: str = ""
) -> bool | None:
    """A program picked by number, ordinal or name, as its button would ("the second one",
    "save 3", "gateway"); None when the words pick none. ``before_options``: only what the
    step's options cannot mean ("more about 2" is not "more"); after them, a bare name.
    ``asked_for``: what a "which one?" just asked ("callprep"), done with the one picked."""
    outcome = search_outcome(turn)
    if outcome is None:
        return None
    shown = outcome.matches[: _last_shown(turn, outcome)]
    listed = list(enumerate((m.program for m in shown), start=1))
    if not before_options and normalize(message[:MAX_TEXT]) in _more_words(turn):
        turn.say("results.words.last_page", total=outcome.total)  # "more" is not offered
        turn.show()
        return True
    pick = read_pick(message, turn.language, len(listed))
    if pick is None:
        return None
    asked = ASKED_ACTIONS.get(asked_for)
    if asked is not None and pick.action == "details":
        pick = replace(pick, action=asked)  # "2" after "which program are you calling?"
    if pick.action == "callprep" and pick.number is None:
        return _prepare_call(turn, step, pick.name, listed)
    if pick.action == "save" and pick.number is None and not pick.name:
        # "Save it", "guárdalo": the program last opened, if listed; else which one.
        opened = [p for _, p in listed if p.id == turn.conversation.position.program]
        if opened:
            return _pick(turn, step, tagged("save", opened[0].id))
        _which_one(turn, step, "save", listed, "results.words.which_save")
        return True
    if pick.number is not None:
        if not before_options:
            return None
        if 1 <= pick.number <= len(listed):
            program = listed[pick.number - 1][1]
            return _pick(turn, step, tagged(pick.action, program.id))
        if not pick.explicit:
            return None  # a bare number past the programs is a numbered option, as before
        _past_the_list(turn, len(listed), outcome.total)
        return True
    if not pick.explicit and (before_options or refines(message[:MAX_TEXT])):
        return None  # a bare word may be an option ("more", "online") or a need ("medicaid")
    # "details pyramid" may name any program of the search; a bare name, only one shown so far
    # (a bare word is as likely a place to search: "washington").
    named = programs_named(pick.name, _whole_list(turn, outcome) if pick.explicit else listed)
    if len(named) == 1:
        return _pick(turn, step, tagged(pick.action, named[0][1].id))
    if named:
        _which_one(turn, step, pick.action, named)
        return True
    return None


def _prepare_call(
    turn: Turn, step: Step, name: str, listed: list[tuple[int, Program]]
) -> bool | None:
    """ "What should I ask them?" with no number: the call plan of the program the words name,
    else of the one last opened from this list, else the question which one."""
    named = programs_named(name, listed) if name else []
    if len(named) == 1:
        return _pick(turn, step, tagged("callprep", named[0][1].id))
    focus = turn.conversation.position.program
    if not named and any(p.id == focus for _, p in listed):
        return _pick(turn, step, tagged("callprep", focus))
    if not listed:
        return None
    _which_one(turn, step, "callprep", named or listed, "results.words.which_call")
    return True


def pick_off_the_list(turn: Turn, step: Step, message: str) -> bool:
    """ "Save 2" or "details 99" typed where no list of programs is on screen: before the search
    there is nothing to pick yet (said so); at a program's details or call plan the number is
    the list's (a number past it says how many there are). False when the words pick nothing
    by number with "save" or "details"."""
    if step.kind not in ("details", "callprep") and not in_intake(turn, step):
        return False
    pick = read_pick(message, turn.language, 0)
    if pick is None or pick.number is None or not pick.acting:
        return False
    outcome = search_outcome(turn) if step.kind in ("details", "callprep") else None
    if outcome is None:
        turn.say("results.words.none_yet" if turn.place() is None else "results.words.not_yet")
        turn.show()
        return True
    listed = _last_shown(turn, outcome)
    if not 1 <= pick.number <= listed:
        _past_the_list(turn, listed, outcome.total)
        return True
    program = outcome.matches[pick.number - 1].program
    return _pick(turn, turn.flows.step("results"), tagged(pick.action, program.id))


def previous_page(turn: Turn) -> bool:
    """ "Previous" or "back" on a later page of results: the page before, not the last question."""
    step = turn.step()
    position = turn.conversation.position
    if step.kind != "results" or position.page <= 0:
        return False
    position.page -= 1
    turn.render(step)
    return True


def _whole_list(turn: Turn, outcome: SearchOutcome) -> list[tuple[int, Program]]:
    """Every program of this search (up to NAMED_FROM), numbered as the list numbers them: a
    name may be of one on a later page."""
    if outcome.total > len(outcome.matches):
        outcome = turn.engine.search(replace(outcome.query, limit=NAMED_FROM))
    return list(enumerate((m.program for m in outcome.matches[:NAMED_FROM]), start=1))


def _last_shown(turn: Turn, outcome: SearchOutcome) -> int:
    """How many programs the list has shown so far, up to the current page."""
    shown = (turn.conversation.position.page + 1) * turn.engine.page_size
    return min(shown, len(outcome.matches))


def _more_words(turn: Turn) -> tuple[str, ...]:
    """What people type for another page of programs."""
    return (*turn.synonyms("opt.results.more"), normalize(turn.t("opt.results.more")))


def _past_the_list(turn: Turn, listed: int, total: int) -> None:
    """A number past the list: how many programs there are, and how to see the rest."""
    if listed < total:
        turn.say("results.words.past_more", last=listed, total=total)
    else:
        turn.say("results.words.past", total=total)
    turn.show()


def _which_one(
    turn: Turn,
    step: Step,
    action: Action,
    named: list[tuple[int, Program]],
    text_id: str = "results.words.which",
) -> None:
    """Several programs fit a name: list them, and ask which one (their buttons do the rest)."""
    lines = "\n".join(f"{n}. {p.display_name} ({p.city}, {p.state})" for n, p in named)
    turn.say(text_id, programs=lines)
    turn.conversation.position.picking = action if action != "details" else ""
    label = WHICH_LABELS[action]
    names = button_names([p for _, p in named])
    choices = [
        Choice(tagged(action, p.id), turn.t(label, number=n, name=name))
        for (n, p), name in zip(named, names, strict=True)
    ]
    turn.question(step, turn.t("results.words.which_next"), tuple(choices))


def _pick(turn: Turn, step: Step, value: str) -> bool:
    position = turn.conversation.position
    tagged_value = parse_value(value)
    if tagged_value is not None and tagged_value.tag == "save":
        if turn.engine.catalog.get(tagged_value.argument) is None:
            return False
        save(turn, tagged_value.argument)
        turn.show()
        return True
    if tagged_value is not None and tagged_value.tag in ("details", "callprep"):
        if turn.engine.catalog.get(tagged_value.argument) is None:
            return False
        position.program, position.level = tagged_value.argument, ""
        turn.enter(tagged_value.tag)  # the program, or straight to preparing the call
        return True
    if tagged_value is not None and tagged_value.tag == "care":
        level, program_id = care_of(tagged_value.argument)
        if level not in LEVEL_KEYS or turn.engine.catalog.get(program_id) is None:
            return False
        position.program, position.level = program_id, level
        turn.enter("details")
        return True
    if value == "more":
        position.page += 1
    elif value == "wider":
        position.extra_radius += 1
        position.page = 0
    elif value == "online":
        turn.answers[ONLINE] = "yes"
        position.page = 0
    option = step.option(value)
    if option is None:
        return False
    if value in PAGING:
        turn.render(step)
        return True
    return turn.accept(step, None, option)


def save(turn: Turn, program_id: str, level: str = "") -> None:
    """Put a program on the saved list at a level of care ("" for IOP), and say so."""
    program = turn.engine.catalog.get(program_id)
    if program is None:
        return
    outcome = save_program(turn.conversation, program_id, turn.now, "" if level == IOP else level)
    key = {"added": "saved.added", "already": "saved.already", "full": "saved.full"}[outcome]
    turn.say(key, name=program.display_name, limit=MAX_SAVED)


def _heading(turn: Turn, outcome: SearchOutcome, start: int, count: int) -> str:
    query = outcome.query
    place = turn.place()
    where = place.name if place else ""
    key = f"results.heading.{query.mode}"
    if query.mode not in ("online", "statewide"):
        key = "results.heading.nearby"
    radius = f"{query.radius_miles:g}"
    if count == 0:
        return turn.t(f"{key}.none", place=where, radius=radius, state=query.state)
    return turn.t(
        key,
        place=where,
        radius=radius,
        state=query.state,
        first=start + 1,
        last=start + count,
        total=outcome.total,
    )


def _notes(turn: Turn, outcome: SearchOutcome) -> None:
    """What the person should know before the list: what telehealth means in the directory,
    the order of online programs, and what the helpline does for people without insurance."""
    query = outcome.query
    if query.mode == "online" or any(m.via_telehealth for m in outcome.matches):
        turn.say("results.telehealth_note")
    if query.mode == "online" and query.latitude is None and outcome.matches:
        turn.say("results.online.by_name")
    if turn.typed_answers().uninsured:
        turn.say("results.no_insurance")


def _choices(turn: Turn, step: Step, outcome: SearchOutcome | None) -> list[Choice]:
    if outcome is None:
        return []
    start = turn.conversation.position.page * turn.engine.page_size
    shown = outcome.matches[start : start + turn.engine.page_size]
    names = button_names([m.program for m in shown])
    choices = [
        Choice(tagged("details", m.program.id), turn.t("opt.results.details", number=i, name=name))
        for (i, m), name in zip(enumerate(shown, start=start + 1), names, strict=True)
    ]
    # A saved program keeps its button (marked, and saying so when pressed): the numbers of the
    # options after it stay as they were.
    choices += [
        Choice(
            tagged("save", m.program.id),
            turn.t(
                "opt.saved_mark" if saved_entry(turn.conversation, m.program.id) else "opt.save",
                number=i,
            ),
        )
        for i, m in enumerate(shown, start=start + 1)
    ]
    online = turn.typed_answers().online
    quick = turn.answers.get("mode") == "quick"
    for option in step.options:
        if option.value == "more" and outcome.total <= start + len(shown):
            continue
        if option.value == "wider" and (
            outcome.query.mode != "nearby" or outcome.query.radius_miles >= 100
        ):
            continue
        if option.value == "online" and online:
            continue
        if option.value == "refine" and not quick:
            continue  # the questions were asked: "change my answers" edits them
        if option.value == "edit" and quick:
            continue  # nothing to change yet: "refine" asks the questions
        choices.append(Choice(option.value, turn.t(option.label)))
    if turn.conversation.position.page == 0:
        # Last, so the numbers of the options above stay as they were.
        for _, level, found in referrals(turn):
            kind = turn.t(f"level.short.{level}")
            names = button_names([m.program for m in found.matches])
            choices += [
                Choice(
                    care_value(level, m.program.id),
                    turn.t("opt.results.level_details", level=kind, name=name),
                )
                for m, name in zip(found.matches, names, strict=True)
            ]
    return choices


def referrals(turn: Turn) -> list[tuple[str, str, SearchOutcome]]:
    """Detox first, a step up (residential, a day program) or a step down, when triage
    suggested them: the section heading, the level of care and its search (filtered like
    the IOPs)."""
    answers = turn.typed_answers()
    sections: list[tuple[str, str]] = []
    if answers.needs_detox_first:
        sections.append(("results.section.detox", "detox"))
    if answers.home_unsafe:
        sections += [
            ("results.section.residential", "residential"),
            # A day program (ASAM 2.5, 20+ hours a week) with a sober home at night.
            ("results.section.php", "php"),
            ("results.section.sober_housing", "sober_housing"),
        ]
    if answers.cannot_attend:
        sections.append(("results.section.outpatient", "outpatient"))
    found = []
    for heading, level in sections:
        query = search_query(turn, answers, f"level:{level}")
        if query is not None:
            found.append(
                (heading, level, turn.engine.search(replace(query, limit=REFERRAL_LIMIT)))
            )
    return found


RESULTS = screen(ResultsScreen())

"""The composition root and command line: settings → database → catalog → adapters."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import math
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.bootstrap import open_directory, open_service, start_telegram
from bot.config import SECRET_TOKEN, Settings, is_webhook_url, load_settings, problem_of
from bot.console.results import candidates_text, outcome_json, outcome_text
from bot.core.dialogue import validate_flows
from bot.core.features import (
    NO_INSURANCE,
    Category,
    Feature,
    UnknownFeatureError,
    any_of,
    feature,
    names_in,
)
from bot.core.flow import mermaid
from bot.core.location import Resolution
from bot.core.matching import Criterion, Need, query_for_place, search
from bot.core.restrictions import Person
from bot.core.texts import LANGUAGES, text
from bot.logs import TOKEN_IN_URLS, configure_logging

if TYPE_CHECKING:
    pass

log = logging.getLogger("bot")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_PLACE = 2
EXIT_USAGE = 2  # as argparse exits for options it refuses
# What --substance accepts, and the intake's name for it.
SUBSTANCES = {
    "alcohol": "alcohol",
    "opioids": "opioids",
    "stimulants": "stimulants",
    "benzodiazepines": "benzos",
    "cannabis": "cannabis",
    "other": "other",
}
DIAGRAMS = Path(__file__).resolve().parent.parent / "flows" / "diagrams"


def _criteria(args: argparse.Namespace) -> tuple[Criterion, ...]:
    """Required criteria from the filter options, then preferred ones.

    Several --pay values are alternatives ("Medicaid or a sliding fee"); ``no_insurance`` ranks
    low-cost programs first without leaving any out. --age ranks and annotates: the directory's
    age groups are too unreliable to filter by.
    """
    required: list[Feature] = []
    preferred: list[Feature] = []
    if args.age:
        preferred.append(feature(args.age, Category.AGE))
    pays = [feature(v, Category.PAYMENT) for v in args.pay]
    if NO_INSURANCE in pays or "free" in args.pay:
        preferred.append(NO_INSURANCE)
    pays = [p for p in pays if p != NO_INSURANCE]
    if pays:
        required.append(any_of(pays))
    for category, values in (
        (Category.GROUP, args.group),
        (Category.LANGUAGE, args.lang),
        (Category.MEDICATION, args.med),
        (Category.EXTRA, args.extra),
    ):
        required += [feature(v, category) for v in values]
    if args.telehealth:
        required.append(feature("extra:telehealth"))
    preferred += [feature(key) for key in args.prefer]
    criteria = [Criterion(f) for f in dict.fromkeys(required)]
    criteria += [Criterion(f, Need.PREFERRED) for f in dict.fromkeys(preferred)]
    return tuple(criteria)


def _person(args: argparse.Namespace) -> Person:
    """What a listing may contradict: --gender, --substance, and a DUI (--group dui)."""
    return Person(
        gender="woman" if args.gender == "female" else "man" if args.gender == "male" else "",
        substances=frozenset(SUBSTANCES[s] for s in args.substance),
        dui="dui" in args.group,
    )


def _usage_problem(args: argparse.Namespace) -> str:
    """A search option out of range, said in one line ("" when all are fine)."""
    if not (math.isfinite(args.radius) and args.radius > 0):
        return f"--radius must be a positive number of miles, not {args.radius:g}."
    if args.limit < 1:
        return f"--limit must be at least 1, not {args.limit}."
    return ""


def _resolution_problem(resolution: Resolution, out: TextIO) -> bool:
    """Explain a place that cannot be searched yet; True when there was a problem."""
    if resolution.status == "not_found":
        print(text(resolution.hint or "location.hint.not_found"), file=out)
        return True
    if resolution.status == "ambiguous":
        print(candidates_text(resolution.candidates), file=out)
        return True
    return False


def run_search(args: argparse.Namespace, settings: Settings) -> int:
    """`iop-bot search`: ranked programs near a place, for people or as JSON."""
    problem = _usage_problem(args)
    if problem:
        print(f"iop-bot search: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        criteria = _criteria(args)
        level = feature(args.level, Category.LEVEL)
    except UnknownFeatureError as error:
        print(f"Unknown option: {error.args[0]}. See `iop-bot search --help`.", file=sys.stderr)
        return EXIT_ERROR
    directory = open_directory(settings)
    resolution = directory.gazetteer.resolve(args.near)
    if _resolution_problem(resolution, sys.stderr):
        return EXIT_PLACE
    best = resolution.best
    assert best is not None  # a found resolution always has a best candidate
    query = query_for_place(
        best.place,
        online=args.online,
        radius_miles=args.radius,
        level=level,
        criteria=criteria,
        limit=args.limit,
        person=_person(args),
    )
    if args.no_relax:
        query = replace(query, relax=False)
    outcome = search(directory.catalog, query)
    if args.json:
        json.dump(outcome_json(best, outcome), sys.stdout, indent=2)
        print()
    else:
        typed = args.near.strip() if best.corrected else ""
        print(outcome_text(best.place, outcome, corrected_from=typed))
    return EXIT_OK


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    """`iop-bot data import`: read an official file, write programs.csv, rebuild the database."""
    from bot.storage.database import create_db_engine, sync_directory
    from bot.storage.importers import ImportFileError, format_report, import_directory

    output: Path = args.output or settings.programs_csv
    codes_csv = output.parent / settings.service_codes_csv.name
    started = time.perf_counter()
    try:
        report = import_directory(
            args.file, fmt=args.format, mode=args.mode, programs_csv=output, codes_csv=codes_csv
        )
    except (ImportFileError, OSError) as error:
        print(f"Import failed, nothing changed: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(format_report(report))
    if output.resolve() == settings.programs_csv.resolve():
        engine = create_db_engine(settings.database_url)
        try:
            sync = sync_directory(engine, programs_csv=output, codes_csv=codes_csv)
        finally:
            engine.dispose()
        print(f"Database updated: {sync.programs} programs.")
    print(f"Done in {time.perf_counter() - started:.1f} s.")
    return EXIT_OK


def run_refresh(args: argparse.Namespace, settings: Settings) -> int:
    """`iop-bot data refresh`: FindTreatment.gov's listings merged in, all or nothing."""
    from bot.storage.database import create_db_engine
    from bot.storage.locator_api import LocatorClient, check_url
    from bot.storage.refresh import (
        RefreshError,
        check_states,
        format_refresh_report,
        refresh_directory,
    )

    try:
        states = check_states(args.state)
        client = LocatorClient(check_url(args.url or settings.findtreatment_api_url))
    except ValueError as error:
        print(f"iop-bot data refresh: {error}", file=sys.stderr)
        return EXIT_USAGE
    started = time.perf_counter()
    engine = create_db_engine(settings.database_url)
    try:
        report = refresh_directory(
            client,
            states,
            engine=engine,
            programs_csv=settings.programs_csv,
            codes_csv=settings.service_codes_csv,
            today=datetime.now(UTC).date(),
        )
    except RefreshError as error:
        print(f"Refresh failed, nothing changed: {error}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        engine.dispose()
    print(format_refresh_report(report))
    print(f"Done in {time.perf_counter() - started:.1f} s ({client.requests} requests).")
    return EXIT_OK


def run_reports(_args: argparse.Namespace, settings: Settings) -> int:
    """`iop-bot data reports`: listings people reported as wrong, for maintainers."""
    from bot.storage.conversations import list_reports
    from bot.storage.database import create_db_engine, create_schema

    directory = open_directory(settings)
    engine = create_db_engine(settings.database_url)
    create_schema(engine)
    try:
        reports = list_reports(engine)
    finally:
        engine.dispose()
    if not reports:
        print("No listing reports.")
        return EXIT_OK
    by_program: dict[str, list[str]] = {}
    for report in reports:
        line = f"{report.reported_at:%Y-%m-%d} {report.kind}"
        if report.details:
            line += f": {report.details}"
        by_program.setdefault(report.program_id, []).append(line)
    for program_id, lines in sorted(by_program.items(), key=lambda item: -len(item[1])):
        program = directory.catalog.get(program_id)
        name = f"{program.display_name}, {program.city} {program.state}" if program else "?"
        print(f"{program_id}  {name}  ({len(lines)} report{'s' if len(lines) > 1 else ''})")
        for line in lines:
            print(f"    {line}")
    print("Correct a listing by importing fresher data: iop-bot data import FILE")
    return EXIT_OK


def run_set_aside(_args: argparse.Namespace, settings: Settings) -> int:
    """`iop-bot data set-aside`: stored conversations that could not be read, kept aside."""
    from bot.storage.conversations import ConversationStore
    from bot.storage.database import create_db_engine, create_schema

    engine = create_db_engine(settings.database_url)
    create_schema(engine)
    try:
        rows = ConversationStore(engine).set_aside()
    finally:
        engine.dispose()
    if not rows:
        print("No conversations set aside.")
        return EXIT_OK
    # What people wrote stays in the table: this lists when, why and how much, never content.
    for row in rows:
        print(f"{row.set_aside_at:%Y-%m-%d %H:%M} {row.key}  {row.reason} ({len(row.state)} B)")
    print(f"{len(rows)} set aside; the table conversation_set_aside keeps them until purged.")
    return EXIT_OK


def run_migrate(_args: argparse.Namespace, settings: Settings) -> int:
    """`iop-bot data migrate`: bring the database to the current schema (workers do it too)."""
    from bot.storage.database import create_db_engine, create_schema

    engine = create_db_engine(settings.database_url)
    try:
        revision = create_schema(engine)
    finally:
        engine.dispose()
    print(f"Database schema at revision {revision}.")
    return EXIT_OK


def run_purge(args: argparse.Namespace, settings: Settings) -> int:
    """`iop-bot data purge`: delete conversations inactive for more than N days."""
    from bot.storage.conversations import ConversationStore
    from bot.storage.database import create_db_engine, create_schema

    days = args.days if args.days is not None else settings.purge_days
    engine = create_db_engine(settings.database_url)
    create_schema(engine)
    try:
        purged = ConversationStore(engine).purge(
            older_than=datetime.now(UTC) - timedelta(days=days)
        )
    finally:
        engine.dispose()
    print(f"Deleted {purged} conversation(s) inactive for more than {days} days.")
    return EXIT_OK


def run_info(_args: argparse.Namespace, settings: Settings) -> int:
    """`iop-bot data info`: what the directory holds."""
    catalog = open_directory(settings).catalog
    iop = sum(1 for p in catalog if p.offers_iop)
    states = len(catalog.states())
    print(f"Programs: {len(catalog)}; offering IOP: {iop}; states and territories: {states}")
    print(f"Directory file: {settings.programs_csv}")
    return EXIT_OK


def run_chat(args: argparse.Namespace, settings: Settings) -> int:
    """`iop-bot chat`: the whole conversation in the terminal; one answer per line."""
    from bot.console.chat import open_console, run_console

    service, engine = open_service(open_directory(settings), settings)
    try:
        service.purge(after=timedelta(days=settings.purge_days))
        service.refresh_reports()
        return run_console(
            service,
            key=args.session,
            console=open_console(sys.stdin, sys.stdout),
            language=args.lang,
        )
    finally:
        engine.dispose()


def run_crisis_check(_args: argparse.Namespace, _settings: Settings) -> int:
    """`iop-bot crisis check`: one message a line in, one JSON object a line out."""
    from bot.core.crisis import assess

    for line in sys.stdin:
        found = assess(line.rstrip("\r\n"))
        print(json.dumps({"level": found.level, "kind": found.kind}), flush=True)
    return EXIT_OK


def run_diagrams(args: argparse.Namespace, _settings: Settings) -> int:
    """`iop-bot flows diagrams`: write (or check) a Mermaid diagram per flow, and the engine's."""
    from bot.core.dialogue.diagram import engine_diagram
    from flows import ALL_FLOWS

    validate_flows(ALL_FLOWS)
    drawings = {f"{flow.id}.mmd": mermaid(flow) for flow in ALL_FLOWS.flows}
    drawings["engine.mmd"] = engine_diagram(ALL_FLOWS)
    stale = []
    for name, fresh in drawings.items():
        path = args.folder / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != fresh:
                stale.append(str(path))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(fresh, encoding="utf-8")
    if stale:
        print("Out of date: " + ", ".join(stale), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def run_polling(args: argparse.Namespace, settings: Settings) -> int:
    """`iop-bot run`: the Telegram bot by long polling."""
    from telegram import Update

    started = start_telegram(settings, polling=True)
    if started is None:
        return EXIT_ERROR
    app, engine, metrics = started
    if args.metrics_port:
        from bot.metrics import serve_metrics

        serve_metrics(metrics, args.metrics_port)
    log.info("%s, mode polling, metrics on port %s", started_line(settings), args.metrics_port)
    try:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
    finally:
        engine.dispose()
        log.info("iop-bot stopped (polling)")
    return EXIT_OK


def started_line(settings: Settings) -> str:
    """The start line's common part: the version and the database backend (never its URL)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("iop-finder")
    except PackageNotFoundError:
        release = "unknown"
    backend = settings.database_url.partition(":")[0].partition("+")[0] or "unknown"
    return f"iop-bot {release} starting: backend {backend}"


def run_webhook(args: argparse.Namespace, settings: Settings) -> int:
    """`iop-bot webhook`: the Telegram bot behind a reverse proxy, as one of several workers."""
    from bot.storage.database import database_ok
    from bot.tg.webhook import WebhookRefusedError, serve

    url = args.url or settings.webhook_url
    if not is_webhook_url(url):
        print(
            "--url (or TELEGRAM_WEBHOOK_URL) must be the whole address Telegram posts to, "
            "as https://host/path.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    secret = args.secret or settings.webhook_secret.get_secret_value()
    if not SECRET_TOKEN.fullmatch(secret):
        print(
            "--secret (or TELEGRAM_WEBHOOK_SECRET) must be 1-256 of A-Z a-z 0-9 _ -.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    started = start_telegram(settings, polling=False)
    if started is None:
        return EXIT_ERROR
    app, engine, metrics = started
    log.info(
        "%s, mode webhook, listening on %s:%s%s",
        started_line(settings),
        args.listen,
        args.port,
        args.path,
    )
    try:
        asyncio.run(
            serve(
                app,
                listen=args.listen,
                port=args.port,
                path=args.path,
                secret=secret,
                public_url=url,
                set_webhook=not args.no_set_webhook,
                healthy=lambda: database_ok(engine),
                metrics=metrics,
            )
        )
    except WebhookRefusedError as error:
        print(
            f"Telegram refused the webhook address: {error} "
            "(check TELEGRAM_WEBHOOK_URL or --url).",
            file=sys.stderr,
        )
        return EXIT_ERROR
    finally:
        engine.dispose()
        log.info("iop-bot stopped (webhook on port %s)", args.port)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The command line: search, chat and data commands."""
    parser = argparse.ArgumentParser(prog="iop-bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    find = commands.add_parser("search", help="find programs near a place")
    find.add_argument("--near", required=True, help='ZIP, "City, ST", a state, or "lat,lon"')
    find.add_argument("--radius", type=float, default=25.0, help="miles, above 0 (default 25)")
    find.add_argument("--level", default="iop", choices=names_in(Category.LEVEL))
    find.add_argument(
        "--age",
        choices=names_in(Category.AGE),
        help="ranks and annotates; never leaves a program out (the directory's ages are weak)",
    )
    find.add_argument(
        "--gender",
        choices=["female", "male"],
        help="leave out programs that serve only the other gender",
    )
    find.add_argument(
        "--substance",
        action="append",
        default=[],
        choices=list(SUBSTANCES),
        help="repeatable; leaves out programs that do not treat it or treat only another one",
    )
    find.add_argument(
        "--pay",
        action="append",
        default=[],
        choices=names_in(Category.PAYMENT),
        help="repeatable: any of them will do; no_insurance ranks low-cost programs first",
    )
    for flag, category in (
        ("--group", Category.GROUP),
        ("--lang", Category.LANGUAGE),
        ("--med", Category.MEDICATION),
        ("--extra", Category.EXTRA),
    ):
        find.add_argument(
            flag, action="append", default=[], choices=names_in(category), help="repeatable"
        )
    find.add_argument("--telehealth", action="store_true", help="require telehealth")
    find.add_argument("--online", action="store_true", help="online-only programs in the state")
    find.add_argument(
        "--prefer",
        action="append",
        default=[],
        metavar="KEY",
        help="rank by, without requiring (e.g. pay:medicaid, group:women); repeatable",
    )
    find.add_argument("--limit", type=int, default=10)
    find.add_argument("--no-relax", action="store_true", help="never loosen the search")
    find.add_argument("--json", action="store_true", help="print JSON")
    find.set_defaults(run=run_search)

    chat = commands.add_parser("chat", help="the conversation in the terminal")
    chat.add_argument("--session", default="console", help="conversation key (default: console)")
    chat.add_argument("--lang", default="en", choices=list(LANGUAGES))
    chat.set_defaults(run=run_chat)

    run = commands.add_parser("run", help="the Telegram bot, by long polling")
    run.add_argument(
        "--metrics-port",
        type=int,
        default=0,
        help="serve /metrics on this loopback port (default: none)",
    )
    run.set_defaults(run=run_polling)

    hook = commands.add_parser("webhook", help="the Telegram bot as a webhook worker")
    hook.add_argument(
        "--url",
        default="",
        help="the public HTTPS URL Telegram posts to (default: TELEGRAM_WEBHOOK_URL)",
    )
    hook.add_argument("--port", type=int, required=True)
    hook.add_argument("--listen", default="127.0.0.1", help="address to bind (default loopback)")
    hook.add_argument("--path", default="telegram", help="URL path of the webhook")
    hook.add_argument("--secret", default="", help="secret token Telegram sends in a header")
    hook.add_argument(
        "--no-set-webhook", action="store_true", help="another worker registers the webhook"
    )
    hook.set_defaults(run=run_webhook)

    crisis = commands.add_parser("crisis", help="the screening of messages for danger")
    crisis_commands = crisis.add_subparsers(dest="crisis_command", required=True)
    check = crisis_commands.add_parser(
        "check", help="read messages, one a line, and print the level and kind of each as JSON"
    )
    check.set_defaults(run=run_crisis_check)

    flows = commands.add_parser("flows", help="the dialogue flows")
    flow_commands = flows.add_subparsers(dest="flows_command", required=True)
    diagrams = flow_commands.add_parser("diagrams", help="write the Mermaid diagrams")
    diagrams.add_argument("--folder", type=Path, default=DIAGRAMS)
    diagrams.add_argument("--check", action="store_true", help="only check they are current")
    diagrams.set_defaults(run=run_diagrams)

    data = commands.add_parser("data", help="the program directory")
    data_commands = data.add_subparsers(dest="data_command", required=True)
    importer = data_commands.add_parser("import", help="import an official SAMHSA file")
    importer.add_argument("file", type=Path)
    importer.add_argument(
        "--format", default="auto", choices=["auto", "national-directory", "findtreatment"]
    )
    importer.add_argument("--mode", choices=["replace", "merge"], default=None)
    importer.add_argument("--output", type=Path, default=None, help="default: data/programs.csv")
    importer.set_defaults(run=run_import)
    refresh = data_commands.add_parser(
        "refresh",
        help="merge in FindTreatment.gov's current listings (needs internet)",
        description="Read every substance-use listing of the states from FindTreatment.gov's "
        "locator API, then merge them into the directory by site, all or nothing. Without "
        "--state it reads every state and territory: slow, meant for a nightly job.",
    )
    refresh.add_argument(
        "--state",
        action="append",
        default=[],
        metavar="XX",
        help="a two-letter state or territory code; repeatable (default: all)",
    )
    refresh.add_argument(
        "--url", default=None, help="the locator API (default: IOP_FINDTREATMENT_URL or SAMHSA's)"
    )
    refresh.set_defaults(run=run_refresh)
    info = data_commands.add_parser("info", help="what the directory holds")
    info.set_defaults(run=run_info)
    reports = data_commands.add_parser("reports", help="listings people reported as wrong")
    reports.set_defaults(run=run_reports)
    set_aside = data_commands.add_parser(
        "set-aside", help="stored conversations that could not be read, kept aside"
    )
    set_aside.set_defaults(run=run_set_aside)
    migrate = data_commands.add_parser("migrate", help="bring the database schema up to date")
    migrate.set_defaults(run=run_migrate)
    purge = data_commands.add_parser("purge", help="delete inactive conversations")
    purge.add_argument("--days", type=int, default=None, help="default: IOP_PURGE_DAYS or 30")
    purge.set_defaults(run=run_purge)
    return parser


def quiet_http_logs() -> None:
    """Keep request URLs out of the logs: the Bot API's URLs contain the bot's token."""
    for name in TOKEN_IN_URLS:
        logging.getLogger(name).setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status. A setting that cannot be used stops it
    before anything starts: one line naming the variable, exit status 2."""
    args = build_parser().parse_args(argv)
    from pydantic import ValidationError

    from bot.storage.programs_csv import DirectoryFileError

    try:
        settings = load_settings()
    except ValidationError as error:
        print(f"iop-bot: invalid setting {problem_of(error)}", file=sys.stderr)
        return EXIT_USAGE
    configure_logging(settings, service=args.run in (run_polling, run_webhook))
    try:
        return int(args.run(args, settings))
    except DirectoryFileError as error:
        print(f"The program directory cannot be read: {error}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())

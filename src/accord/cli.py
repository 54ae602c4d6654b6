"""The `accord` command line."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from accord import __version__


class MissingStore(OSError):
    """A read command pointed at a store that does not exist; only `ingest` creates one."""


def _store(args: argparse.Namespace, create: bool = False):  # noqa: ANN202 — a Store
    from accord.store import open_store
    from accord.store.url import resolve_url, sqlite_path

    url = resolve_url(args.db)
    path = sqlite_path(url)
    if not create and path and path != ":memory:" and not Path(path).is_file():
        raise MissingStore(f"no store at {url}: `accord ingest` creates one (or give --db / $ACCORD_DB)")
    return open_store(url)


def _actors_of(store, events) -> dict:  # noqa: ANN001 — a Store and its Events
    """The actors named by `events`, each looked up once."""
    return {p: store.actor(p) for p in {p for e in events for p in e.people}}


# Popolo JSON files of the user's own actors, separated by the path separator; --registry adds more.
REGISTRY_ENV = "ACCORD_REGISTRY"


def _resources(args: argparse.Namespace):  # noqa: ANN202 — accord.analyse.resources.Resources
    """The resources every analysis of this command reads: the seed registry merged with the Popolo
    files of $ACCORD_REGISTRY and --registry, loaded once here and handed to the engines."""
    from accord.analyse.resources import Resources

    paths = [*filter(None, os.environ.get(REGISTRY_ENV, "").split(os.pathsep)), *(getattr(args, "registry", None) or [])]
    return Resources.load(paths)


def _analyser(engine: str, workers: int | None, resources):  # noqa: ANN001, ANN202
    if engine == "pool":
        from accord.engine.local import pool_analyser

        return pool_analyser(workers, resources)
    if engine == "ray":
        import importlib.util

        if importlib.util.find_spec("ray") is None:
            raise ValueError("--engine ray needs Ray: install accord with its extra, "
                             "pip install -e '.[ray]' (and '.[postgres]' for a shared store)")
        from accord.engine.ray_engine import ray_analyser

        return ray_analyser(workers, resources=resources)
    from accord.engine.local import local_analyser

    return local_analyser(resources)


def cmd_ingest(args: argparse.Namespace) -> int:
    from accord.batch import BatchReport, ingest_paths
    from accord.ingest.counting import expected_items
    from accord.outputs.progress import Progress

    store = _store(args, create=True)
    resources = _resources(args)
    analyser = _analyser(args.engine, args.workers, resources)
    report = BatchReport()
    progress = Progress(None if args.quiet else expected_items(args.paths), quiet=args.quiet)
    try:
        ingest_paths(args.paths, store, analyser=analyser, allow_private=args.allow_private,
                     progress=lambda n: progress.step(n, failed=report.failed), report=report, resources=resources,
                     link_every=_link_every(args))
    finally:
        progress.close()
    for source, reason in report.failures:
        print(f"failed: {source}: {reason}", file=sys.stderr)
    for source, why in report.not_articles:
        print(f"not an article: {source}: {why}", file=sys.stderr)
    for doc in report.undated:
        print(f"warning: {doc}: no publication date (in the metadata, the page or the text): relative dates "
              "such as «yesterday» or «this year» cannot be anchored; give `published` in a JSON Lines "
              "record", file=sys.stderr)
    if args.verbose:
        for doc, warning in report.warnings:
            print(f"warning: {doc}: {warning}", file=sys.stderr)
    _print_orphaned(report.orphaned)
    print(report.summary())
    store.close()
    return 1 if report.failed else 0


# With the analysis in other processes, the stored articles are linked every this many while the next ones
# are analysed (the same events as linking once at the end; benchmarks/bench_scale.py --pipeline).
LINK_EVERY_WITH_WORKERS = 1000


def _link_every(args: argparse.Namespace) -> int | None:
    """`--link-every`, else every 1,000 articles when a pool or Ray analyses them; 0: once, at the end."""
    every = args.link_every if args.link_every is not None else (
        LINK_EVERY_WITH_WORKERS if args.engine in ("pool", "ray") else 0)
    return every or None


def _print_orphaned(orphaned: list) -> None:
    """Corrections whose event is gone are kept in the store; the analyst hears of them."""
    for correction, reason in orphaned:
        print(f"correction {correction.id} ({correction.describe()}) not applied: {reason}", file=sys.stderr)


def _event_filters(args: argparse.Namespace) -> dict:
    from accord.country_input import country_code, pair_codes

    pair = pair_codes(args.pair) if getattr(args, "pair", None) else None
    return {"country": country_code(args.country) if args.country else None, "pair": pair, "type": args.type,
            "date_from": args.date_from, "date_to": args.date_to, "limit": args.limit,
            "rejected": getattr(args, "rejected", False)}


def _filtered_events(store, args: argparse.Namespace) -> list:  # noqa: ANN001 — a Store; Events
    """The events the filters select; `--actor` by id or by a name in any script (one person may be
    several actors: each one's events, once, by date)."""
    filters = _event_filters(args)
    if not args.actor:
        return store.events(**filters)
    from accord.actor_input import actor_ids
    from accord.outputs.brief import start_day

    found = {e.id: e for actor in actor_ids(store, args.actor) for e in store.events(actor=actor, **filters)}
    events = sorted(found.values(), key=lambda e: (start_day(e), e.id))
    return events[: args.limit] if args.limit else events


def _pair_order(args: argparse.Namespace) -> tuple[str, ...] | None:
    """The countries of --pair in the order the reader typed them."""
    if not getattr(args, "pair", None):
        return None
    from accord.country_input import country_code

    text = args.pair
    return tuple(country_code(p) for p in text.split("," if "," in text else "-") if p.strip())


def cmd_events(args: argparse.Namespace) -> int:
    from accord.outputs.export import event_records, to_jsonl
    from accord.outputs.timeline import render

    store = _store(args)
    events = _filtered_events(store, args)
    if args.json:
        for line in to_jsonl(event_records(store, events)):
            print(line)
    else:
        print(render(events, _actors_of(store, events), lang=_lang(args), order=_pair_order(args)))
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from accord.country_input import country_code
    from accord.outputs.export import event_records, to_jsonl
    from accord.outputs.reader import country_name, display
    from accord.outputs.timeline import render

    a, b = country_code(args.a), country_code(args.b)
    store = _store(args)
    events = store.timeline(a, b)
    if args.json:
        for line in to_jsonl(event_records(store, events)):
            print(line)
        return 0
    lang = _lang(args)
    # the header names the pair as the rows do: by name, in the order the reader typed it
    header = f"{country_name(a, lang)} – {country_name(b, lang)}: {len(events)} {display(lang)['words']['events']}"
    print(_terminal().strong(header) + "\n")
    print(render(events, _actors_of(store, events), lang=lang, order=(a, b)))
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    from accord.country_input import country_code
    from accord.outputs.brief import build, render
    from accord.outputs.export import event_records

    a, b = country_code(args.a), country_code(args.b)
    store = _store(args)
    events = store.timeline(a, b)
    pair = "-".join(sorted((a, b)))
    commitments = store.commitments(pair)
    if args.json:
        print(json.dumps({"pair": [a, b], "events": list(event_records(store, events)),
                          "commitments": [{"from": c, "to": d, "kind": k} for c, d, k in commitments]},
                         ensure_ascii=False, indent=1))
        return 0
    if not (args.pdf or args.markdown):
        print(render(a, b, events, commitments, _actors_of(store, events), lang=_lang(args)))
        return 0
    try:
        from accord.web.i18n import Reader
        from accord.web.pages import brief_print_html
        from accord.web.pdf import NoBrowser, html_to_pdf
        from accord.web.rendering import render_markdown
    except ImportError as exc:
        raise ValueError(f"--pdf and --markdown need the web extra: pip install -e '.[web]' ({exc})") from exc
    built = build(a, b, events, commitments)
    actors = _actors_of(store, events)
    reader = Reader(_lang(args))
    if args.markdown:
        print(render_markdown("brief.md", reader, b=built, actors=actors), end="")
    if args.pdf:
        try:
            data = html_to_pdf(brief_print_html(reader, built, actors))
        except NoBrowser as exc:
            print(f"accord brief: {exc}", file=sys.stderr)
            return 1
        Path(args.pdf).write_bytes(data)
        print(f"wrote {args.pdf} ({len(data):,} bytes)", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from accord.web.app import Settings, create_app
        from accord.web.security import Guard
    except ImportError as exc:
        raise ValueError(f"accord serve needs the web extra: pip install -e '.[web]' ({exc})") from exc
    from accord.store.url import resolve_url, sqlite_path

    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path and path != ":memory:" and not Path(path).is_file():
        raise MissingStore(f"no store at {url}: `accord ingest` creates one (or give --db / $ACCORD_DB)")
    from accord.review.cli import ANALYST_ENV

    guard = Guard(host=args.host, token=args.token or os.environ.get("ACCORD_TOKEN"), max_body=args.max_body)
    app = create_app(Settings(db=url, guard=guard, registry=_resources(args).registry,
                              analyst=args.analyst or os.environ.get(ANALYST_ENV) or None))
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"accord: serving {url} at http://{shown}:{args.port}/ (Ctrl-C stops)", file=sys.stderr)
    if guard.needs_token():
        print(f"accord: listening beyond loopback: writes need the token {guard.token} "
              "(header «Authorization: Bearer TOKEN», or the token field of a form)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning" if not args.verbose else "info",
                server_header=False)
    return 0


def cmd_actors(args: argparse.Namespace) -> int:
    from accord.country_input import country_code
    from accord.model import to_dict
    from accord.outputs.reader import display, role_name

    country = country_code(args.country) if args.country else None
    from accord.review.apply import active, actor_merges

    store = _store(args)
    reviewed = active(store.corrections())
    confirmed = {c.target: c.analyst for c in reviewed if c.kind == "confirm_actor"}
    merged = actor_merges(reviewed)
    actors = store.actors(country=country, query=args.query)
    if args.json:
        for a in actors:
            print(json.dumps(to_dict(a), ensure_ascii=False))
        return 0
    lang = _lang(args)
    provisional = display(lang)["words"]["provisional"]
    for a in actors:
        forms = "; ".join(f"{code}: {', '.join(v)}" for code, v in sorted(a.names.items()))
        flag = f" ({provisional})" if a.provisional else ""
        if a.id in confirmed:
            flag += f" (confirmed by {confirmed[a.id]})"
        if a.id in merged:
            flag += f" (the same person as {merged[a.id]})"
        print(f"{a.id:<32} {a.name}{flag} [{a.country or '?'}] {role_name(a.role, lang)}  {forms}")
    if not actors:
        print("no actors")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from accord.outputs import export

    store = _store(args)
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        if args.format == "popolo":
            json.dump(export.popolo(store, _resources(args).registry), out, ensure_ascii=False, indent=1)
            out.write("\n")
            return 0
        records = export.event_records(store, _filtered_events(store, args))
        writer = {"jsonl": export.to_jsonl, "csv": export.to_csv, "plover": export.to_plover}[args.format]
        for chunk in writer(records):
            out.write(chunk if args.format == "csv" else chunk + "\n")
    finally:
        if args.output:
            out.close()
    return 0


def cmd_failures(args: argparse.Namespace) -> int:
    store = _store(args)
    rows = store.failures()
    if args.json:
        for f in rows:
            print(json.dumps(f, ensure_ascii=False))
        return 0
    for f in rows:
        print(f"{f['at']}  {f['source']}: {f['reason']}")
    if not rows:
        print("no failures")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from accord.outputs.reader import display

    query = " ".join(args.query)
    store = _store(args)
    hits = store.search(query, limit=args.limit, expand=not args.exact)
    if args.json:
        for rank, hit in enumerate(hits, 1):
            print(json.dumps({"rank": rank, **hit}, ensure_ascii=False))
        return 0
    terminal = _terminal()
    for rank, hit in enumerate(hits, 1):
        title = f" — {hit['title']}" if hit.get("title") else ""
        print(f"{rank:>3}. {terminal.strong(hit['doc'])}{title}")
        print(f"     {terminal.matches(' '.join(hit.get('snippet', '').split()))}")
        if hit.get("events"):
            print(f"     events: {', '.join(hit['events'])}")
    if not hits:
        print(display(_lang(args))["words"]["no_matches"].format(query=f"«{query}»"))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    store = _store(args)
    counts = store.stats()
    if args.json:
        print(json.dumps(counts, indent=1))
    else:
        width = max(map(len, counts))
        print("\n".join(f"{name:<{width}}  {value:>9,}" for name, value in counts.items()))
    return 0


def cmd_reanalyse(args: argparse.Namespace) -> int:
    from accord.reanalyse import reanalyse

    store = _store(args)
    resources = _resources(args)
    report = reanalyse(store, analyser=_analyser(args.engine, args.workers, resources), resources=resources)
    for doc, reason in report.failed:
        print(f"failed: {doc}: {reason} (its previous analysis is kept)", file=sys.stderr)
    _print_orphaned(report.orphaned)
    print(report.summary())
    store.close()
    return 1 if report.failed else 0


def run_eval(gold_dir: Path, *, analyser=None, diff: bool = False, resources=None,  # noqa: ANN001
             corrections: Path | None = None, present_only: bool = False) -> dict:
    """Ingest a gold set's articles (with their `published` dates) into a throwaway store and score;
    with `diff`, the figures carry a readable list of what differs from the gold under "differences";
    with `corrections` (JSON Lines), the corrected record is scored and "corrections" compares it
    with the machine's."""
    from accord.batch import ingest_items
    from accord.evaluate.gold import load_gold
    from accord.evaluate.score import score
    from accord.ingest import RawItem
    from accord.outputs.export import event_records
    from accord.store import open_store

    gold = load_gold(gold_dir, present_only=present_only)
    items = [RawItem(source=str(a.path), doc=a.doc, data=a.path.read_bytes(),
                     kind="html" if a.path.suffix.lower() in (".html", ".htm") else "text",
                     published=a.published) for a in gold.articles]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/eval.db")
        ingest_items(items, store, analyser=analyser, resources=resources)
        system = list(event_records(store))
        if corrections is not None:
            machine_figures, system, summary = _corrected(store, gold, system, corrections)
        store.close()
    figures = score(gold, system)
    if gold.absent:
        figures["absent"] = gold.absent
    if corrections is not None:
        from accord.review.scoring import correction_summary

        figures["corrections"] = correction_summary(machine_figures, figures, *summary)
    if diff:
        from accord.evaluate.diff import format_differences

        figures["differences"] = format_differences(gold, system, figures["details"])
    return figures


def _corrected(store, gold, machine: list, path: Path) -> tuple:  # noqa: ANN001
    """The machine's figures, the corrected record, and (corrections, how many were not applied)."""
    from accord.evaluate.score import score
    from accord.outputs.export import event_records
    from accord.review.exchange import import_corrections, read_lines

    corrections = read_lines(path)
    _, applied = import_corrections(store, corrections)
    return score(gold, machine), list(event_records(store)), (corrections, len(applied.orphaned))


def cmd_analyse(args: argparse.Namespace) -> int:
    """Analyse articles without storing them: their people and events, with --trace the passes behind each."""
    from dataclasses import replace

    from accord.analyse.passes import Trace
    from accord.analyse.pipeline import analyse
    from accord.ingest import IngestError, iter_sources, prepare_with_warnings
    from accord.outputs.analysis import analysis_json, format_analysis

    resources = _resources(args)
    failed = 0
    for item in iter_sources([args.file]):
        try:
            if isinstance(item, IngestError):
                raise item
            doc, _ = prepare_with_warnings(replace(item, published=args.published or item.published))
        except IngestError as exc:
            print(f"accord analyse: {exc}", file=sys.stderr)
            failed += 1
            continue
        trace = Trace() if args.trace else None
        analysis = analyse(doc, resources, trace)
        if args.json:
            print(json.dumps(analysis_json(analysis, trace), ensure_ascii=False, default=str))
        else:
            print(format_analysis(analysis, trace))
    return 1 if failed else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from accord.evaluate.report import format_report

    from accord.evaluate.gold import GoldError

    if args.details and not args.json:
        raise UsageError("--details adds the pairing details to --json output; give --json too")
    try:
        figures = run_eval(Path(args.gold_dir), diff=args.diff, resources=_resources(args),
                           corrections=Path(args.corrections) if args.corrections else None,
                           present_only=args.present_only)
    except GoldError as exc:
        print(f"accord eval: {exc}", file=sys.stderr)
        return 2
    differences = figures.pop("differences", None)
    if args.json:
        print(json.dumps(figures if args.details else {k: v for k, v in figures.items() if k != "details"},
                         ensure_ascii=False, indent=1))
    else:
        if figures.get("absent"):
            print(f"{len(figures['absent'])} articles left out: their texts are absent "
                  f"({', '.join(figures['absent'][:3])}{', …' if len(figures['absent']) > 3 else ''})")
        print(format_report(figures))
        if "corrections" in figures:
            from accord.review.scoring import format_summary

            print("\n" + format_summary(figures["corrections"]))
        if differences is not None:
            print("\n" + differences)
    return 0


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--country", help="events involving this country: ISO code or name (MA, Morocco, Марокко)")
    p.add_argument("--pair", help="events of a country pair, in the order to show it: MA-KZ or Morocco,Kazakhstan")
    p.add_argument("--type", choices=["visit", "meeting", "agreement", "measure", "proposal", "ceremony"],
                   help="only events of this type")
    p.add_argument("--from", dest="date_from", type=_edtf_date, metavar="DATE",
                   help="on or after this date: YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_edtf_date, metavar="DATE",
                   help="on or before this date: YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--actor", metavar="NAME_OR_ID",
                   help="events with this person: an actor id or a name in any script (Koshanov, Кошанов)")
    p.add_argument("--limit", type=_positive, help="at most this many events")
    p.add_argument("--rejected", action="store_true", help="only the events analysts rejected")


def _at_least(lowest: int) -> Callable[[str], int]:
    """An option's whole number, `lowest` or more, refused in argparse's words otherwise."""
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a whole number, got {value!r}") from None
        if number < lowest:
            raise argparse.ArgumentTypeError(f"must be {lowest} or more, got {value}")
        return number
    return parse


_positive = _at_least(1)
_non_negative = _at_least(0)


def _edtf_date(value: str) -> str:
    """A date option as typed, checked here so that the error names the option (--from), not a
    parameter of the store."""
    from accord import edtf

    if not edtf.is_valid(value.strip()):
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (give YYYY, YYYY-MM or YYYY-MM-DD)")
    return value.strip()


def _json_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="machine-readable output (JSON, one record a line)")


class UsageError(ValueError):
    """Options that do not go together; said like argparse's own errors (exit 2)."""


def _lang(args: argparse.Namespace) -> str:
    from accord.outputs.reader import reader_language

    return reader_language(getattr(args, "lang", None))


def _terminal():  # noqa: ANN202 — a Terminal
    from accord.outputs.terminal import Terminal

    return Terminal.for_stream(sys.stdout)


def _add_global_options(parser: argparse.ArgumentParser, defaults: bool) -> None:
    default = None if defaults else argparse.SUPPRESS
    parser.add_argument("--db", default=default,
                        help="database URL: sqlite:///path.db (default ./accord.db, or $ACCORD_DB) "
                             "or postgresql://user:pw@host/db")
    parser.add_argument("--registry", action="append", metavar="POPOLO_JSON", default=default,
                        help="your own actors (Popolo JSON), merged with the seed registry; repeatable "
                             "(or $ACCORD_REGISTRY, paths separated by ':')")
    parser.add_argument("--lang", default=default, metavar="CODE",
                        help="language of dates, roles and labels in human output: en fr ru kk ar "
                             "(default $ACCORD_LANG, then the locale, then en)")
    parser.add_argument("-v", "--verbose", action="store_true", default=False if defaults else argparse.SUPPRESS,
                        help="also print warnings and log messages; show the traceback of an error")


def build_parser() -> argparse.ArgumentParser:
    from accord.ingest.sources import read_extensions

    parser = argparse.ArgumentParser(prog="accord", description="A linked, source-grounded record of "
                                     "bilateral and parliamentary diplomacy from news in ar, ru, kk, fr and en.")
    parser.add_argument("-V", "--version", action="version", version=f"accord {__version__}",
                        help="print the version and exit")
    _add_global_options(parser, defaults=True)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # the global options also after the subcommand («accord ingest FILE --db URL»): SUPPRESS keeps a
    # value given before it when none is given after
    common = argparse.ArgumentParser(add_help=False)
    _add_global_options(common, defaults=False)

    def command(name: str, help: str, reads: bool = True) -> argparse.ArgumentParser:  # noqa: A002
        p = sub.add_parser(name, help=help, description=help, parents=[common])
        p.set_defaults(reads=reads)
        return p

    p = command("ingest", help="read articles (files, folders, JSON Lines, feeds, URLs) into the store", reads=False)
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=f"files, folders (read recursively), or http(s) URLs; accord reads {read_extensions()}")
    p.add_argument("--engine", choices=["local", "pool", "ray"], default="local",
                   help="where the analysis runs: this process, a process pool, or Ray "
                        "($RAY_ADDRESS: an existing cluster)")
    p.add_argument("--workers", type=_positive, help="processes for --engine pool/ray (default: all cores)")
    p.add_argument("--link-every", type=_non_negative, metavar="N",
                   help="link the stored articles every N while the next are analysed (default: 1000 with "
                        "--engine pool/ray; 0: once, at the end); the events are the same either way")
    p.add_argument("--allow-private", action="store_true", help="allow fetching from loopback/private addresses")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    p.set_defaults(func=cmd_ingest)

    p = command("events", help="list events, filtered")
    _add_filters(p)
    _json_option(p)
    p.set_defaults(func=cmd_events)

    p = command("timeline", help="the relationship timeline of two countries, oldest first")
    p.add_argument("a", metavar="COUNTRY", help="first country: ISO code or name in any of accord's languages")
    p.add_argument("b", metavar="OTHER", help="second country: ISO code or name")
    _json_option(p)
    p.set_defaults(func=cmd_timeline)

    p = command("brief", help="a briefing on a country pair: contacts, signed, measures, open commitments")
    p.add_argument("a", metavar="COUNTRY", help="first country: ISO code or name in any of accord's languages")
    p.add_argument("b", metavar="OTHER", help="second country: ISO code or name")
    _json_option(p)
    p.add_argument("--markdown", action="store_true", help="print the briefing as Markdown")
    p.add_argument("--pdf", metavar="FILE", help="write the briefing as PDF (needs a local Chromium)")
    p.set_defaults(func=cmd_brief)

    p = command("serve", help="the web interface and HTTP API (http://127.0.0.1:8000/ by default)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default loopback; any other needs a token for writes)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    p.add_argument("--token", help="the token writes need beyond loopback (default: $ACCORD_TOKEN or a new one)")
    p.add_argument("--max-body", type=_positive, default=5_000_000, help="largest request body in bytes")
    p.add_argument("--analyst", help="who corrects when a correction names no one: the web's edit forms and the "
                                     "API (default $ACCORD_ANALYST; none: each analyst gives a name)")
    p.set_defaults(func=cmd_serve)

    p = command("actors", help="list actors (registry and provisional)")
    p.add_argument("--country", help="actors of this country: ISO code or name")
    p.add_argument("--query", help="part of a name, in any script")
    _json_option(p)
    p.set_defaults(func=cmd_actors)

    p = command("export", help="export events (jsonl, csv, plover) or the registry (popolo)")
    p.add_argument("--format", choices=["jsonl", "csv", "plover", "popolo"], default="jsonl",
                   help="jsonl: GOLD.md system output; csv; plover: PLOVER-style records; popolo: the actors")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    _add_filters(p)
    p.set_defaults(func=cmd_export)

    p = command("analyse", help="analyse an article without storing it: its people and events", reads=False)
    p.add_argument("file", metavar="FILE", help="an article (text, HTML) or a JSON Lines file of articles")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="the publication date, when the article has none")
    p.add_argument("--trace", action="store_true",
                   help="under each person and event, the passes that produced or changed it, in order")
    _json_option(p)
    p.set_defaults(func=cmd_analyse)

    p = command("eval", help="score accord on a gold set (GOLD.md)", reads=False)
    p.add_argument("gold_dir", metavar="GOLD_DIR", help="a folder of articles with their .gold.json annotations")
    p.add_argument("--json", action="store_true", help="the figures as JSON")
    p.add_argument("--details", action="store_true", help="with --json: include the pairing details")
    p.add_argument("--diff", action="store_true",
                   help="after the figures, list per article the missed, spurious and differing events")
    p.add_argument("--corrections", metavar="JSONL",
                   help="score the record corrected by these corrections (accord review export), beside the machine's")
    p.add_argument("--present-only", action="store_true",
                   help="score only the articles whose text is present, leaving out the others and their links "
                        "(a corpus of third-party pages ships without its texts); without it an absent text is an error")
    p.set_defaults(func=cmd_eval)

    p = command("failures", help="articles that failed, with the reason")
    _json_option(p)
    p.set_defaults(func=cmd_failures)

    p = command("search", help="full-text search over articles and evidence, best first")
    p.add_argument("query", nargs="+", metavar="WORD",
                   help="words to find; a known name also matches in every script and case form")
    p.add_argument("--limit", type=_positive, default=20, help="at most this many results (default 20)")
    p.add_argument("--exact", action="store_true", help="only the words as typed (and longer words they begin)")
    _json_option(p)
    p.set_defaults(func=cmd_search)

    p = command("stats", help="counts of the store")
    _json_option(p)
    p.set_defaults(func=cmd_stats)

    p = command("reanalyse", help="re-analyse every stored article with this accord and relink the record")
    p.add_argument("--engine", choices=["local", "pool", "ray"], default="local",
                   help="where the analysis runs: in this process, a process pool, or Ray")
    p.add_argument("--workers", type=int, help="processes for --engine pool/ray (default: all cores)")
    p.set_defaults(func=cmd_reanalyse)

    from accord.review.cli import add_commands

    add_commands(command, _store, common)
    return parser


def _check_registry_files(paths: list[str]) -> None:
    """Refuse a --registry file that is not Popolo JSON now, before any article is analysed."""
    from accord.registry.popolo import parse

    for path in paths:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"--registry {path}: cannot read Popolo JSON: {exc}") from exc
        try:
            parse(data)
        except ValueError as exc:
            raise ValueError(f"--registry {path}: {exc}") from exc


def _store_path(args: argparse.Namespace) -> str | None:
    from accord.store.url import resolve_url, sqlite_path

    try:
        return sqlite_path(resolve_url(args.db))
    except ValueError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, format="%(levelname)s %(message)s")
    try:
        if args.registry:
            # a bad file is refused before any work; the analyses read it through _resources(args)
            _check_registry_files(args.registry)
        _lang(args)     # a --lang accord does not write is refused before any work
        if args.reads:
            from accord.store.busy import notice_when_busy

            with notice_when_busy(_store_path(args)):
                return int(args.func(args) or 0)
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except UsageError as exc:
        parser.error(str(exc))
    except (ValueError, OSError) as exc:  # a bad URL, registry file or gold folder: say what, no traceback
        if args.verbose:
            raise
        print(f"accord: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

"""The command line of review: `accord review …`, `accord history EVENT`, `accord why EVENT`."""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

ANALYST_ENV = "ACCORD_ANALYST"

# subcommand -> (correction kind, argument names after EVENT, help)
_ARGUMENT_HELP = {"field": "type, when, host, place or topics", "value": "the new value ('none' clears it)",
                  "actor": "an actor id (accord actors)", "other": "the other event's id",
                  "mention": "the mention's key, DOC#ID (accord why)", "parent": "the parent event's id, or none",
                  "event": "the event that carried it out"}

_EVENT_COMMANDS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "set": ("set", ("field", "value"), "set a field of an event: type, when, host, place, topics (comma-separated)"),
    "add-person": ("add_person", ("actor",), "add a participant (an actor id)"),
    "remove-person": ("remove_person", ("actor",), "remove a participant"),
    "reject": ("reject", (), "reject a spurious event: it stays rejected whatever articles come"),
    "merge": ("merge", ("other",), "two events are one: their mentions are always linked"),
    "split": ("split", ("mention",), "split a mention (DOC#ID, see accord why) off an event"),
    "part-of": ("part_of", ("parent",), "put an event under another (or 'none' to detach it)"),
    "carried-out": ("carried_out", ("event",), "a proposal or agreement was carried out by EVENT"),
}


def _analyst(args: argparse.Namespace) -> str:
    return args.by or os.environ.get(ANALYST_ENV) or getpass.getuser()


def add_commands(command: Callable[..., argparse.ArgumentParser], store: Callable,
                 common: argparse.ArgumentParser) -> None:
    """Register `review`, `history` and `why` with the main parser (`command` makes a subparser,
    `common` holds the global options that may also follow a subcommand)."""
    review = command("review", help="correct the record: corrections are kept beside it and survive relinking")
    review_sub = review.add_subparsers(dest="review_command", required=True)

    class _Sub:  # every review subcommand takes the global options too (--db after it)
        @staticmethod
        def add_parser(name: str, help: str) -> argparse.ArgumentParser:  # noqa: A002
            return review_sub.add_parser(name, help=help, parents=[common])

    sub = _Sub()
    for name, (kind, extra, help_) in _EVENT_COMMANDS.items():
        p = sub.add_parser(name, help=help_)
        p.add_argument("target", metavar="EVENT", help="the event's id (accord events shows it in brackets)")
        for arg in extra:
            p.add_argument(arg, help=_ARGUMENT_HELP[arg])
        _who(p)
        p.set_defaults(func=lambda a, kind=kind, extra=extra: _correct_event(store(a), a, kind, extra))
    for name, kind, other in (("merge-actors", "merge_actors", True), ("confirm-actor", "confirm_actor", False)):
        p = sub.add_parser(name, help="OTHER is the same person as ACTOR" if other else "confirm a provisional actor")
        p.add_argument("target", metavar="ACTOR", help="the actor's id (accord actors)")
        if other:
            p.add_argument("other", metavar="OTHER", help="the id of the same person under another actor")
        _who(p)
        p.set_defaults(func=lambda a, kind=kind: _correct_actor(store(a), a, kind))
    p = sub.add_parser("withdraw", help="withdraw a correction (it stays in the history)")
    p.add_argument("correction", help="its number or uid (accord review list)")
    _who(p)
    p.set_defaults(func=lambda a: _withdraw(store(a), a))
    p = sub.add_parser("list", help="corrections, oldest first, with what each applies to now")
    p.add_argument("--pair", help="only those of a country pair, e.g. MA-KZ")
    p.add_argument("--orphaned", action="store_true", help="only those whose event is gone")
    p.set_defaults(func=lambda a: _list(store(a), a))
    p = sub.add_parser("export", help="corrections as JSON Lines")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.set_defaults(func=lambda a: _export(store(a), a))
    p = sub.add_parser("import", help="corrections from JSON Lines (all or none; those already kept are skipped)")
    p.add_argument("path", help="a JSON Lines file written by accord review export")
    p.set_defaults(func=lambda a: _import(store(a), a))

    p = command("history", help="the corrections of an event and which of its values are corrected")
    p.add_argument("event", help="the event's id")
    p.set_defaults(func=lambda a: _history(store(a), a))
    p = command("why", help="why each mention joined an event, and the nearest events it did not join")
    p.add_argument("event", help="the event's id")
    p.add_argument("--json", action="store_true", help="the explanation as JSON")
    p.set_defaults(func=lambda a: _why(store(a), a))


def _who(p: argparse.ArgumentParser) -> None:
    p.add_argument("--why", required=True, dest="reason", help="why: kept with the correction")
    p.add_argument("--by", help=f"the analyst (default ${ANALYST_ENV}, else the login name)")


def _report(correction, orphaned, store) -> int:  # noqa: ANN001
    from accord.review.correct import event_of

    now = event_of(store, correction)
    where = f" on {now}" if now else ""
    print(f"correction {correction.id} kept: {correction.describe()}{where} (by {correction.analyst})")
    for c, reason in orphaned:
        print(f"correction {c.id} ({c.describe()}) not applied: {reason}", file=sys.stderr)
    return 0


def _correct_event(store, args: argparse.Namespace, kind: str, extra: tuple[str, ...]) -> int:  # noqa: ANN001
    from accord.review.correct import correct_event

    values = [getattr(args, a) for a in extra]
    field, value = (values[0], values[1]) if kind == "set" else (None, values[0] if values else None)
    correction, orphaned = correct_event(store, kind, args.target, analyst=_analyst(args), reason=args.reason,
                                         field=field, value=value)
    return _report(correction, orphaned, store)


def _correct_actor(store, args: argparse.Namespace, kind: str) -> int:  # noqa: ANN001
    from accord.review.correct import correct_actor

    correction, orphaned = correct_actor(store, kind, args.target, analyst=_analyst(args), reason=args.reason,
                                         value=getattr(args, "other", None))
    return _report(correction, orphaned, store)


def _withdraw(store, args: argparse.Namespace) -> int:  # noqa: ANN001
    from accord.review.correct import withdraw

    correction, orphaned = withdraw(store, args.correction, analyst=_analyst(args), reason=args.reason)
    return _report(correction, orphaned, store)


def _list(store, args: argparse.Namespace) -> int:  # noqa: ANN001
    from accord.review.status import statuses

    rows = statuses(store, args.pair)
    shown = [r for r in rows if r[1].startswith("not applied")] if args.orphaned else rows
    for c, status in shown:
        print(f"{c.id:>4} {c.at} {c.analyst}: {c.describe()} [{c.target}] — {c.reason} — {status}")
    if not shown:
        print("no corrections")
    return 0


def _export(store, args: argparse.Namespace) -> int:  # noqa: ANN001
    from accord.review.exchange import export_lines

    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for line in export_lines(store.corrections()):
            out.write(line + "\n")
    finally:
        if args.output:
            out.close()
    return 0


def _import(store, args: argparse.Namespace) -> int:  # noqa: ANN001
    from accord.review.exchange import import_corrections, read_lines

    corrections = read_lines(Path(args.path))
    new, applied = import_corrections(store, corrections)
    for c, reason in applied.orphaned:
        print(f"correction {c.id} ({c.describe()}) not applied: {reason}", file=sys.stderr)
    print(f"{new} imported, {len(corrections) - new} already kept, {len(applied.orphaned)} not applied")
    return 0


def _history(store, args: argparse.Namespace) -> int:  # noqa: ANN001
    from accord.review.status import history

    print(history(store, args.event))
    return 0


def _why(store, args: argparse.Namespace) -> int:  # noqa: ANN001
    from dataclasses import asdict

    from accord.review.why import explain, render

    joined = explain(store, args.event)
    if args.json:
        print(json.dumps([asdict(j) for j in joined], ensure_ascii=False, indent=1))
        return 0
    from accord.review.correct import current_id

    event = store.event(current_id(store, args.event))
    names = {p: (a.name if (a := store.actor(p)) else p) for j in joined for p in j.shared["people"]}
    print(render(event, joined, names))
    return 0

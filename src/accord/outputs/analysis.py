"""One article's analysis as `accord analyse` prints it: its people and events, and with a trace,
under each the passes that produced or changed it, in the order they ran."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from accord.analyse.passes import Record, Trace
from accord.model import DocumentAnalysis, EventMention, Person


def analysis_json(analysis: DocumentAnalysis, trace: Trace | None = None) -> dict[str, Any]:
    """The analysis as JSON; with a trace, each person and event carries the records that made it."""
    out = asdict(analysis)
    if trace is not None:
        for person, data in zip(analysis.people, out["people"]):
            data["trace"] = [asdict(r) for r in person_records(trace, person)]
        for event, data in zip(analysis.events, out["events"]):
            data["trace"] = [asdict(r) for r in event_records(trace, event)]
    return out


def person_records(trace: Trace, person: Person) -> list[Record]:
    """What the people passes did to the person's mentions, then what was done to the person."""
    return trace.about([f"@{m.start}" for m in person.mentions] + [person.id])


def event_records(trace: Trace, event: EventMention) -> list[Record]:
    """What the passes did to the candidates the event was formed from, then to the event."""
    formed = [r for r in trace.records if r.action == "formed" and r.subject.split(" ", 1)[0] == event.id]
    candidates = [c.split(" ", 1)[0] for r in formed for c in r.fields.get("candidates", [])]
    return trace.about([*candidates, event.id])


def format_analysis(analysis: DocumentAnalysis, trace: Trace | None = None) -> str:
    """People and events, one line each; with a trace, the passes behind each, indented below."""
    lines = [f"{analysis.doc} ({analysis.lang}, published {analysis.published or 'unknown'}); "
             f"pair {'–'.join(analysis.pair) or 'none'}"]
    lines += [f"warning: {w}" for w in analysis.warnings]
    names = {p.id: p.name for p in analysis.people}
    lines.append(f"people: {len(analysis.people)}")
    for p in analysis.people:
        lines.append(f"  {p.id} {p.name} ({p.role or 'no role'}, {p.country or 'no country'}), "
                     f"{len(p.mentions)} mention{'s' if len(p.mentions) != 1 else ''}")
        if trace is not None:
            lines += [f"      {r.line()}" for r in person_records(trace, p)]
    lines.append(f"events: {len(analysis.events)}")
    for e in analysis.events:
        people = ", ".join(names.get(pid, pid) for pid in e.people) or "no one"
        lines.append(f"  {e.id} {e.type} {e.when or 'undated'}{' (recalled)' if e.recalled else ''} "
                     f"{'–'.join(e.countries)} host {e.host or '?'}"
                     f"{' in ' + e.place.name if e.place else ''}: {people}"
                     f"{'; part of ' + e.part_of if e.part_of else ''}"
                     f"{'; topics ' + ', '.join(e.topics) if e.topics else ''}")
        lines.append(f"      «{e.text[:100]}{'…' if len(e.text) > 100 else ''}»")
        if trace is not None:
            lines += [f"      {r.line()}" for r in event_records(trace, e)]
    return "\n".join(lines)

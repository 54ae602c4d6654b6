"""What an evaluation got wrong, article by article, for a person reading it: gold events no system
event was paired with, system events paired with none, and paired events whose date, host or
people differ. The figures themselves come from accord.evaluate.score."""
from __future__ import annotations

from typing import Any

from accord import edtf
from accord.evaluate.gold import GoldEvent, GoldSet
from accord.evaluate.normalise import any_match, name_set


def _gold_line(g: GoldEvent) -> str:
    people = ", ".join(forms[0] for forms in g.people) or "-"
    return f"{g.type} {g.when or '?'} host={g.host or '-'} people=[{people}] «{g.evidence[:110]}»"


def _system_line(s: dict[str, Any], doc: str) -> str:
    people = ", ".join(p.get("name", "?") for p in s.get("people") or []) or "-"
    evidence = next((m.get("text") or "" for m in s.get("mentions") or [] if m.get("doc") == doc), "")
    return f"{s.get('type')} {s.get('when') or '?'} host={s.get('host') or '-'} people=[{people}] «{evidence[:110]}»"


def _people_differences(g: GoldEvent, s: dict[str, Any], linked: tuple[GoldEvent, ...]) -> list[str]:
    """As the `people` figure counts them: a person of a same_event-linked report is no extra."""
    system = [name_set(p) for p in s.get("people") or []]
    missing = [forms[0] for forms in g.people if not any(any_match(forms, names) for names in system)]
    allowed = list(g.people) + list(g.optional_people) + [p for o in linked for p in o.people + o.optional_people]
    extra = [names[0] for names in system if names and not any(any_match(forms, names) for forms in allowed)]
    out = [f"missing person {m}" for m in missing]
    return out + [f"extra person {x}" for x in extra]


def format_differences(gold: GoldSet, system: list[dict[str, Any]], details: dict[str, Any]) -> str:
    by_id = {str(s.get("id")): s for s in system}
    gold_events = gold.events()
    linked = {k: tuple(gold_events[o] for o in others) for k, others in gold.same_event_groups().items()}
    lines: list[str] = []
    for article in gold.articles:
        doc = article.doc
        out: list[str] = []
        for ref in details["missed"]:
            d, _, gid = ref.partition("#")
            if d == doc:
                out.append(f"  missed    {gid}: {_gold_line(gold_events[(d, gid)])}")
        for sp in details["spurious"]:
            if sp["doc"] == doc:
                out.append(f"  spurious  {sp['system']}: {_system_line(by_id[sp['system']], doc)}")
        for pair in details["pairs"]:
            if pair["doc"] != doc:
                continue
            g, s = gold_events[(doc, pair["gold"])], by_id[pair["system"]]
            wrong = _people_differences(g, s, linked.get(g.key, ()))
            if g.host is not None and s.get("host") != g.host:
                wrong.append(f"host {s.get('host')} (gold {g.host})")
            if g.place is not None and not (s.get("place") and any_match(name_set(s["place"]), g.place)):
                place = (s.get("place") or {}).get("name") if isinstance(s.get("place"), dict) else s.get("place")
                wrong.append(f"place {place} (gold {g.place[0]})")
            if g.topics is not None and set(s.get("topics") or []) != set(g.topics):
                extra, missing = set(s.get("topics") or []) - g.topics, g.topics - set(s.get("topics") or [])
                wrong.append("topics " + " ".join([*(f"+{t}" for t in sorted(extra)), *(f"-{t}" for t in sorted(missing))]))
            if g.when is not None and not edtf.within(edtf.lenient_interval(s.get("when")), g.interval):
                wrong.append(f"when {s.get('when')} (gold {g.when})")
            if wrong:
                out.append(f"  differs   {pair['gold']} ~ {pair['system']}: " + "; ".join(wrong))
        if out:
            lines += [f"{doc}", *out]
    lines += _link_differences(gold, system, details)
    return "\n".join(lines) if lines else "no differences"


def _link_differences(gold: GoldSet, system: list[dict[str, Any]], details: dict[str, Any]) -> list[str]:
    """Gold links the system did not make, and same_event links it made that the gold lacks, each
    gold event shown with the system event paired to it (or `unpaired`): a link missed between two
    paired events is the linking's error, one with an unpaired end is the missed event's."""
    system_of = {(p["doc"], p["gold"]): str(p["system"]) for p in details["pairs"]}
    part_of = {str(s.get("id")): s.get("part_of") for s in system}

    def shown(key: tuple[str, str]) -> str:
        return f"{key[0]}#{key[1]} ({system_of.get(key, 'unpaired')})"

    out: list[str] = []
    for a, b in sorted(tuple(sorted(pair)) for pair in gold.same_event):
        if a not in system_of or system_of.get(a) != system_of.get(b):
            out.append(f"  same_event missed  {shown(a)} ~ {shown(b)}")
    by_system: dict[str, list[tuple[str, str]]] = {}
    for key, sid in sorted(system_of.items()):
        by_system.setdefault(sid, []).append(key)
    for keys in by_system.values():
        out += [f"  same_event extra   {shown(a)} ~ {shown(b)}" for i, a in enumerate(keys) for b in keys[i + 1:]
                if frozenset((a, b)) not in gold.same_event]
    for child, parent in sorted(gold.part_of):
        parents = part_of.get(system_of.get(child, ""))
        parents = [parents] if isinstance(parents, str) else parents or []
        if system_of.get(parent) not in parents:
            out.append(f"  part_of missed     {shown(child)} < {shown(parent)} (part_of {parents or '-'})")
    return ["links", *out] if out else []

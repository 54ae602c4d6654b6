"""What the edit mode of the event and actor pages shows: which values an analyst corrected (with
who, when, why and the machine's value), the corrections in the reader's language, and why the
mentions of an event are one event."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from accord.model import Actor, Event
from accord.review.corrections import Correction
from accord.review.why import Joined
from accord.web.i18n import Reader


@dataclass
class Mark:
    """One corrected value: who corrected it last, when, why, and the machine's value in words."""

    by: str
    at: str
    why: str
    machine: str


@dataclass
class HistoryRow:
    correction: Correction
    what: str
    state: str
    state_class: str          # applies | withdrawn | orphaned | withdraws


@dataclass
class WhyRow:
    mention: str
    doc: str
    how: str
    shares: list[str]
    apart: list[dict[str, Any]] = field(default_factory=list)   # event, type, when, reason (in words)


def field_names(reader: Reader) -> dict[str, str]:
    _ = reader.gettext
    return {"type": _("Type"), "when": _("Date"), "host": _("Host"), "place": _("Place"), "topics": _("Topics"),
            "people": _("Participants"), "part_of": _("Part of"), "fulfils": _("Carries out"),
            "rejected": _("Rejected"), "mentions": _("Sources")}


def value_text(name: str, value: Any, reader: Reader, labels: dict[str, dict[str, str]],
               actors: dict[str, Actor | None]) -> str:
    """A value of an event's field in the reader's words (the machine's, or an analyst's)."""
    _ = reader.gettext
    if value in (None, [], ""):
        return _("none")
    if name == "when":
        return reader.when(value)
    if name == "type":
        return labels["type"].get(value, value)
    if name == "host":
        return reader.country(value)
    if name == "place":
        return reader.place(value) if isinstance(value, dict) else str(value)
    if name == "topics":
        return ", ".join(labels["topic"].get(t, t) for t in value)
    if name == "people":
        return ", ".join(reader.name(actors.get(p), p) for p in value)
    if name == "rejected":
        return _("rejected") if value else _("kept")
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def marks(event: Event, reader: Reader, labels: dict[str, dict[str, str]],
          actors: dict[str, Actor | None]) -> dict[str, Mark]:
    """Field -> its mark, for each value of the event an analyst corrected."""
    return {name: Mark(c["by"], reader.when(c["at"][:10]), c["why"], value_text(name, c["machine"], reader, labels,
                                                                                 actors))
            for name, c in event.corrected.items()}


def describe(c: Correction, reader: Reader, labels: dict[str, dict[str, str]],
             actors: dict[str, Actor | None]) -> str:
    """What a correction did, in the reader's language."""
    _ = reader.gettext
    value = c.value
    if c.kind == "set":
        return _("%(field)s set to %(value)s") % {"field": field_names(reader).get(c.field or "", c.field),
                                                  "value": value_text(c.field or "", value, reader, labels, actors)}
    texts = {
        "add_person": _("participant added: %(value)s"), "remove_person": _("participant removed: %(value)s"),
        "reject": _("rejected as spurious"), "merge": _("merged with %(value)s"),
        "split": _("mention split off: %(value)s"), "part_of": _("put under %(value)s"),
        "carried_out": _("carried out by %(value)s"), "confirm_actor": _("actor confirmed"),
        "merge_actors": _("%(value)s is the same person"), "withdraw": _("withdrew a correction"),
    }
    if c.kind == "part_of" and not value:
        return _("detached from its parent event")
    if c.kind in ("add_person", "remove_person", "merge_actors"):
        value = reader.name(actors.get(str(value)), str(value))
    return texts.get(c.kind, c.kind) % {"value": value}


def history_rows(rows: list[tuple[Correction, str]], reader: Reader, labels: dict[str, dict[str, str]],
                 actors: dict[str, Actor | None]) -> list[HistoryRow]:
    _ = reader.gettext
    out = []
    for c, status in rows:
        if status.startswith("applies"):
            state, css = _("applies"), "applies"
        elif status == "withdrawn":
            state, css = _("withdrawn"), "withdrawn"
        elif c.kind == "withdraw":
            state, css = _("withdrawal"), "withdraws"
        else:
            state, css = _("not applied: its event is no longer in the record"), "orphaned"
        out.append(HistoryRow(c, describe(c, reader, labels, actors), state, css))
    return out


def why_rows(joined: list[Joined], reader: Reader, labels: dict[str, dict[str, str]],
             actors: dict[str, Actor | None]) -> list[WhyRow]:
    """The explanation of `accord why` in the reader's language."""
    _ = reader.gettext
    reasons = {
        "split_by_analyst": _("an analyst split it off"),
        "other_type": _("another type (%(mine)s / %(theirs)s)"),
        "same_article": _("the same article tells both: it kept them apart"),
        "dates_apart": _("dates apart (%(mine)s / %(theirs)s)"),
        "other_host": _("another host (%(mine)s / %(theirs)s)"),
        "no_person_in_common": _("no person in common"),
        "other_counterpart": _("another counterpart (%(mine)s / %(theirs)s)"),
        "other_parent": _("another parent visit or subject"),
        "fits_less_well": _("fits, but less well than the event it joined"),
    }
    rows = []
    for j in joined:
        if j.by_analyst:
            how = _("joined by an analyst's merge")
        elif j.score is None:
            how = _("the event formed around it")
        else:
            how = _("joined with score %(score)s") % {"score": reader.number(round(j.score, 2))}
        s = j.shared
        shares = [f"{field_names(reader)[k]}: {value_text(k, s[k], reader, labels, actors)}"
                  for k in ("type", "when", "host", "people", "topics") if s.get(k)]
        if s.get("place"):
            shares.append(f"{field_names(reader)['place']}: {s['place']}")
        row = WhyRow(j.mention, j.mention.rsplit("#", 1)[0], how, shares)
        for a in j.apart:
            detail = dict(a.get("detail") or {})
            if a.get("reason") == "other_type":
                detail = {k: labels["type"].get(v, v) for k, v in detail.items()}
            if a.get("reason") == "other_counterpart":   # the people in the reader's script
                detail = {side: ", ".join(sorted(reader.name(actors.get(p), p) for p in detail.get(f"{side}_ids", [])))
                          or detail[side] for side in ("mine", "theirs")}
            reason = reasons.get(a.get("reason", ""), a["why_not"])
            row.apart.append({"event": a["event"], "type": a["type"], "when": a["when"],
                              "score": None if a["score"] is None else reader.number(round(a["score"], 2)),
                              "reason": reason % detail if detail else reason})
        rows.append(row)
    return rows


def actor_marks(rows: list[tuple[Correction, str]], actor_id: str, reader: Reader) -> dict[str, Any]:
    """An actor's standing after review: confirmed (by whom), or the same person as another."""
    live = [c for c, s in rows if s.startswith("applies")]
    confirmed = next((c for c in reversed(live) if c.kind == "confirm_actor" and c.target == actor_id), None)
    merged_into = next((c for c in reversed(live) if c.kind == "merge_actors" and c.value == actor_id), None)
    absorbed = [c for c in live if c.kind == "merge_actors" and c.target == actor_id]
    return {"confirmed": confirmed, "merged_into": merged_into, "absorbed": absorbed,
            "when": lambda c: reader.when(c.at[:10])}

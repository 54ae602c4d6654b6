"""A correction: what an analyst changed, who, when and why, and what it was made on.

A correction names its event by id and by the mentions the event had when it was made
(`anchors`): ids follow the mentions an event is built from, and the mentions are what
survives a relink or a re-analysis, so it finds its event again also after a merge or a split.
"""
from __future__ import annotations

import json
import uuid
import dataclasses
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from accord.edtf import EDTFError, interval

EVENT_TYPES = ("visit", "meeting", "agreement", "measure", "proposal", "ceremony")
TOPICS = ("parliamentary", "trade", "agriculture", "digital", "transport", "education", "health", "tourism",
          "culture", "mobility", "security", "energy", "territorial", "multilateral")
FIELDS = ("type", "when", "host", "place", "topics")

# kind -> what `value` holds
KINDS: dict[str, str] = {
    "set": "the new value of `field`",
    "add_person": "an actor id",
    "remove_person": "an actor id",
    "reject": "nothing",
    "merge": "the other event's id (its mentions in `other_anchors`)",
    "split": "the mention key split off (\"doc#e2\"); the rest of the event in `other_anchors`",
    "part_of": "the parent event's id, or null to detach (its mentions in `other_anchors`)",
    "carried_out": "the id of the event that carried the commitment out (its mentions in `other_anchors`)",
    "merge_actors": "the actor id that is the same person as the target actor",
    "confirm_actor": "nothing",
    "withdraw": "nothing: the target is the uid of the correction withdrawn",
}
ACTOR_KINDS = ("merge_actors", "confirm_actor")


class ReviewError(ValueError):
    """A correction that cannot be made or read (the message says which and why)."""


class NotFound(ReviewError):
    """The event, actor or correction to correct is not in the record."""


class Conflict(ReviewError):
    """The correction does not fit the record as it is now: something it names is gone, or it
    contradicts itself or a later correction."""


@dataclass
class Correction:
    kind: str
    target: str                   # event id, actor id, or (withdraw) a correction's uid
    analyst: str
    reason: str
    pair: str = ""                # the partition it applies to; "" for actors
    field: str | None = None      # kind "set": which field
    value: Any = None
    anchors: list[str] = dataclasses.field(default_factory=list)         # the target's mention keys when made
    other_anchors: list[str] = dataclasses.field(default_factory=list)   # the other event's (merge, part_of...)
    # key -> {"type", "text"} of each mention named: how it is found again when local ids move
    evidence: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)
    uid: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex)
    at: str = dataclasses.field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    id: int | None = None         # its row in one store; not exported

    def data(self) -> dict[str, Any]:
        """What the store keeps in the row's JSON column."""
        return {"field": self.field, "value": self.value, "anchors": self.anchors,
                "other_anchors": self.other_anchors, "evidence": self.evidence}

    def to_json(self) -> str:
        record = asdict(self)
        del record["id"]
        return json.dumps(record, ensure_ascii=False)

    def describe(self) -> str:
        what = {"set": f"set {self.field} = {json.dumps(self.value, ensure_ascii=False)}",
                "reject": "reject", "confirm_actor": "confirm actor"}.get(self.kind)
        return what or f"{self.kind.replace('_', ' ')} {self.value if self.value is not None else 'none'}"


def check_value(field_name: str, value: Any) -> Any:
    """The value of a field as it is stored, or ReviewError saying what is wrong with it."""
    if field_name not in FIELDS:
        raise ReviewError(f"cannot set {field_name!r}: the fields are {', '.join(FIELDS)}")
    if field_name == "type":
        if value not in EVENT_TYPES:
            raise ReviewError(f"unknown event type {value!r}: one of {', '.join(EVENT_TYPES)}")
        return value
    if field_name == "topics":
        topics = value if isinstance(value, list) else [t.strip() for t in str(value or "").split(",") if t.strip()]
        if unknown := [t for t in topics if t not in TOPICS]:
            raise ReviewError(f"unknown topic {unknown[0]!r}: topics are {', '.join(TOPICS)}")
        return sorted(set(topics))
    if value in (None, "", "none", "null"):
        return None
    if not isinstance(value, str):
        raise ReviewError(f"{field_name} must be text, got {value!r}")
    if field_name == "when":
        try:
            interval(value)
        except EDTFError as exc:
            raise ReviewError(f"bad date {value!r}: {exc}") from exc
    if field_name == "host":
        if len(value) != 2 or not value.isalpha():
            raise ReviewError(f"host must be an ISO 3166 two-letter code, got {value!r}")
        return value.upper()
    return value


def from_record(record: Any) -> Correction:
    """A correction from one exported JSON object, checked; ReviewError says what is wrong."""
    if not isinstance(record, dict):
        raise ReviewError("a correction is a JSON object")
    known = {"kind", "target", "analyst", "reason", "pair", "field", "value", "anchors", "other_anchors", "evidence",
             "uid", "at"}
    if unknown := sorted(set(record) - known):
        raise ReviewError(f"unknown key {unknown[0]!r}")
    for key in ("kind", "target", "analyst", "reason", "uid", "at"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise ReviewError(f"{key!r} must be a non-empty string")
    if record["kind"] not in KINDS:
        raise ReviewError(f"unknown kind {record['kind']!r}: one of {', '.join(KINDS)}")
    for key in ("anchors", "other_anchors"):
        if not isinstance(record.get(key, []), list) or not all(isinstance(a, str) for a in record.get(key, [])):
            raise ReviewError(f"{key!r} must be a list of mention keys")
    evidence = record.get("evidence", {})
    if not isinstance(evidence, dict) or not all(
            isinstance(v, dict) and isinstance(v.get("type"), str) and isinstance(v.get("text"), str)
            for v in evidence.values()):
        raise ReviewError("'evidence' must map mention keys to {\"type\", \"text\"}")
    correction = Correction(**record)
    if correction.kind == "set":
        correction.value = check_value(correction.field or "", correction.value)
    elif correction.kind not in ("reject", "confirm_actor", "withdraw", "part_of") and \
            not isinstance(correction.value, str):
        raise ReviewError(f"a {correction.kind} correction needs a value: {KINDS[correction.kind]}")
    if correction.kind not in ACTOR_KINDS + ("withdraw",) and not correction.anchors:
        raise ReviewError("a correction of an event needs the event's mention keys (anchors)")
    return correction

"""The Popolo shapes of the registry (persons, organizations, posts, memberships) and their JSON.

Popolo (popoloproject.com) is the open standard for people in public office;
accord adds a few fields it needs: `country` (ISO 3166-1 alpha-2) on persons
and organizations, `role` (a role code) on posts and memberships, `provisional`
and `role` on persons found in articles but not in the seed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class PopoloError(ValueError):
    """Popolo data that accord cannot read; the message names the record."""


@dataclass
class OtherName:
    name: str
    lang: str | None = None
    note: str | None = None


@dataclass
class PopoloPerson:
    id: str
    name: str                       # preferred Latin-script name
    other_names: list[OtherName] = field(default_factory=list)
    identifiers: list[dict[str, str]] = field(default_factory=list)
    country: str | None = None
    provisional: bool = False
    role: str | None = None         # a provisional person's role as the article gave it
    note: str | None = None


@dataclass
class PopoloOrganization:
    id: str
    name: str
    classification: str             # lower_chamber upper_chamber parliament government ministry head_of_state_office ...
    country: str | None = None
    other_names: list[OtherName] = field(default_factory=list)
    parent_id: str | None = None


@dataclass
class PopoloPost:
    id: str
    label: str
    role: str                       # speaker head_of_state head_of_government foreign_minister ...
    organization_id: str
    other_labels: list[OtherName] = field(default_factory=list)


@dataclass
class PopoloMembership:
    person_id: str
    organization_id: str
    post_id: str | None = None
    role: str | None = None
    start_date: str | None = None   # ISO date, possibly reduced (2024-10, 2016)
    end_date: str | None = None
    note: str | None = None


@dataclass
class PopoloData:
    persons: list[PopoloPerson] = field(default_factory=list)
    organizations: list[PopoloOrganization] = field(default_factory=list)
    posts: list[PopoloPost] = field(default_factory=list)
    memberships: list[PopoloMembership] = field(default_factory=list)


def _names(raw: Any, where: str) -> list[OtherName]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise PopoloError(f"{where}: other names must be a list")
    out = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise PopoloError(f"{where}: every other name needs a non-empty 'name'")
        out.append(OtherName(item["name"], item.get("lang"), item.get("note")))
    return out


def _required(record: Any, keys: tuple[str, ...], kind: str) -> str:
    if not isinstance(record, dict):
        raise PopoloError(f"a {kind} must be an object, not {type(record).__name__}")
    where = f"{kind} {record.get('id', '?')!r}"
    for key in keys:
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise PopoloError(f"{where}: missing '{key}'")
    return where


def parse(data: dict[str, Any]) -> PopoloData:
    """Read Popolo JSON (as a dict); a malformed record raises PopoloError naming it."""
    if not isinstance(data, dict):
        raise PopoloError("Popolo data must be an object with persons, organizations, posts, memberships")
    if not data.keys() & {"persons", "organizations", "posts", "memberships"}:
        # any JSON object would otherwise pass as an empty registry, and the user's actors never arrive
        found = ", ".join(sorted(map(str, data))[:5]) or "none"
        raise PopoloError("not Popolo JSON: expected an object with persons, organizations, posts or "
                          f"memberships; its keys are {found}")
    out = PopoloData()
    for raw in data.get("persons", []):
        where = _required(raw, ("id", "name"), "person")
        out.persons.append(PopoloPerson(
            raw["id"], raw["name"], _names(raw.get("other_names"), where), list(raw.get("identifiers", [])),
            raw.get("country"), bool(raw.get("provisional", False)), raw.get("role"), raw.get("note"),
        ))
    for raw in data.get("organizations", []):
        where = _required(raw, ("id", "name"), "organization")
        out.organizations.append(PopoloOrganization(
            raw["id"], raw["name"], raw.get("classification") or "other", raw.get("country") or raw.get("area_id"),
            _names(raw.get("other_names"), where), raw.get("parent_id"),
        ))
    for raw in data.get("posts", []):
        where = _required(raw, ("id", "label", "organization_id"), "post")
        out.posts.append(PopoloPost(raw["id"], raw["label"], raw.get("role") or "", raw["organization_id"],
                                    _names(raw.get("other_labels"), where)))
    for raw in data.get("memberships", []):
        _required(raw, ("person_id", "organization_id"), "membership")
        out.memberships.append(PopoloMembership(
            raw["person_id"], raw["organization_id"], raw.get("post_id"), raw.get("role"),
            raw.get("start_date"), raw.get("end_date"), raw.get("note"),
        ))
    return out


def _dump_names(names: list[OtherName]) -> list[dict[str, str]]:
    return [{k: v for k, v in (("name", n.name), ("lang", n.lang), ("note", n.note)) if v is not None} for n in names]


def _compact(record: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty optional fields, as Popolo files usually do."""
    return {k: v for k, v in record.items() if v not in (None, [], False)}


def dump(data: PopoloData) -> dict[str, Any]:
    """Popolo JSON (as a dict) that `parse` reads back to the same data."""
    return {
        "persons": [_compact({
            "id": p.id, "name": p.name, "other_names": _dump_names(p.other_names), "identifiers": p.identifiers,
            "country": p.country, "provisional": p.provisional, "role": p.role, "note": p.note,
        }) for p in data.persons],
        "organizations": [_compact({
            "id": o.id, "name": o.name, "classification": o.classification, "country": o.country,
            "other_names": _dump_names(o.other_names), "parent_id": o.parent_id,
        }) for o in data.organizations],
        "posts": [_compact({
            "id": p.id, "label": p.label, "role": p.role, "organization_id": p.organization_id,
            "other_labels": _dump_names(p.other_labels),
        }) for p in data.posts],
        "memberships": [_compact({
            "person_id": m.person_id, "organization_id": m.organization_id, "post_id": m.post_id, "role": m.role,
            "start_date": m.start_date, "end_date": m.end_date, "note": m.note,
        }) for m in data.memberships],
    }

"""The clustering under an analyst's constraints, and corrections applied to built events (no store)."""
from __future__ import annotations

import itertools

from accord.model import EventMention
from accord.resolve.constraints import LinkConstraints
from accord.resolve.linking import MentionRecord, build_events
from accord.review.anchors import GONE, evidence_of, relocate
from accord.review.apply import apply_corrections, constraints_of, resolve
from accord.review.corrections import Correction, ReviewError, check_value, from_record
from tests.resolve.test_linking import _groups, _m


def _records() -> list[MentionRecord]:
    return [_m("a.txt", "e1", "meeting", "2025-04-14", "KZ", ["ash", "fay"]),
            _m("b.txt", "e1", "meeting", "2025-04-14", "KZ", ["ash", "fay"]),
            _m("c.txt", "e1", "meeting", "2025-04-20", "KZ", ["kosh", "fay"])]


def test_a_merge_joins_what_the_score_keeps_apart_and_a_split_parts_what_it_joins() -> None:
    records = _records()
    assert _groups(build_events("KZ-MA", records)) == {frozenset({"a.txt#e1", "b.txt#e1"}), frozenset({"c.txt#e1"})}
    c = LinkConstraints()
    c.join(["a.txt#e1", "b.txt#e1"], ["c.txt#e1"])
    assert _groups(build_events("KZ-MA", records, c)) == {frozenset({"a.txt#e1", "b.txt#e1", "c.txt#e1"})}
    c.separate(["b.txt#e1"], ["a.txt#e1", "c.txt#e1"])  # a later split wins over the merge, for that mention
    assert _groups(build_events("KZ-MA", records, c)) == {frozenset({"a.txt#e1", "c.txt#e1"}), frozenset({"b.txt#e1"})}


def test_constrained_clustering_does_not_depend_on_arrival_order() -> None:
    c = LinkConstraints()
    c.join(["c.txt#e1"], ["a.txt#e1"])
    c.separate(["b.txt#e1"], ["a.txt#e1"])
    outputs = {frozenset(_groups(build_events("KZ-MA", list(p), c))) for p in itertools.permutations(_records())}
    assert len(outputs) == 1


def _correction(kind: str, anchors: list[str], **kw) -> Correction:  # noqa: ANN003
    return Correction(kind=kind, target="ev-old", analyst="amina", reason="r", pair="KZ-MA", anchors=anchors, **kw)


def test_overrides_keep_the_machine_value_and_a_lost_target_is_reported() -> None:
    events = build_events("KZ-MA", _records())
    corrections = [_correction("set", ["a.txt#e1"], field="when", value="2025-04-15"),
                   _correction("set", ["a.txt#e1"], field="when", value="2025-04-16"),
                   _correction("reject", ["c.txt#e1"]),
                   _correction("set", ["z.txt#e9"], field="host", value="MA")]
    applied = apply_corrections(events, corrections)
    talks = next(e for e in events if len(e.mentions) == 2)
    assert talks.when == "2025-04-16" and talks.corrected["when"]["machine"] == "2025-04-14"
    assert len(talks.corrected["when"]["corrections"]) == 2
    assert next(e for e in events if len(e.mentions) == 1).rejected
    assert [c.anchors for c, _ in applied.orphaned] == [["z.txt#e9"]]


def test_resolve_follows_the_majority_of_mentions() -> None:
    index = {"a#e1": "ev-1", "b#e1": "ev-1", "c#e1": "ev-2"}
    assert resolve(["a#e1", "b#e1", "c#e1"], "ev-2", index) == "ev-1"
    assert resolve(["a#e1", "c#e1"], "ev-2", index) == "ev-2"
    assert resolve(["x#e1"], "ev-1", index) is None


def test_a_mention_renumbered_in_a_new_version_is_found_by_its_evidence() -> None:
    old = [_m("a.txt", "e1", "visit", None), _m("a.txt", "e2", "meeting", None)]
    correction = _correction("reject", ["a.txt#e2"], evidence=evidence_of(old, ["a.txt#e2"]))
    moved = EventMention(id="e3", type="meeting", start=40, end=50, text=old[1].mention.text, countries=["KZ", "MA"])
    new = [old[0], _m("a.txt", "e2", "proposal", None), MentionRecord("a.txt", "en", None, moved)]
    assert relocate([correction], new)[0].anchors == ["a.txt#e3"]
    assert relocate([correction], [old[0]])[0].anchors == ["a.txt#e2" + GONE]


def test_constraints_from_corrections_and_checked_values() -> None:
    merge = _correction("merge", ["a.txt#e1"], value="ev-2", other_anchors=["c.txt#e1"])
    split = _correction("split", ["a.txt#e1", "c.txt#e1"], value="c.txt#e1", other_anchors=["a.txt#e1"])
    assert constraints_of([merge]).must == {frozenset({"a.txt#e1", "c.txt#e1"})}
    later = constraints_of([merge, split])
    assert not later.must and later.cannot == {frozenset({"a.txt#e1", "c.txt#e1"})}
    assert check_value("topics", "trade, energy") == ["energy", "trade"]
    assert check_value("host", "kz") == "KZ"
    for field, value in (("when", "soon"), ("type", "party"), ("host", "Kazakhstan"), ("topics", "sport")):
        try:
            check_value(field, value)
        except ReviewError:
            continue
        raise AssertionError(f"{field}={value!r} accepted")
    for record in ({"kind": "set"}, {**_record(), "kind": "nope"}, {**_record(), "anchors": "a#e1"}, [1]):
        try:
            from_record(record)
        except ReviewError:
            continue
        raise AssertionError(f"{record} accepted")
    assert from_record(_record()).value == "2025-04"


def _record() -> dict:
    return {"kind": "set", "target": "ev-1", "analyst": "a", "reason": "r", "pair": "KZ-MA", "field": "when",
            "value": "2025-04", "anchors": ["a#e1"], "uid": "u1", "at": "2026-01-01T00:00:00+00:00"}

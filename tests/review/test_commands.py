"""`accord review`, `history`, `why` and `eval --corrections` through the command line: bad input is
refused by name with nothing stored, a correction whose event is gone is reported and applies
again when its event is back, a withdrawal restores the machine's value, and corrections exported
from one store rebuild the same corrected record in another."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.paths import TESTS
from tests.reliability_corpus import run_accord
from tests.review_story import STORY, accord_ok, batch, event_with, folder, mention_key, records, review

FR, AR, RU = "fr_fayez_recu_astana.txt", "ar_fayez_astana.txt", "ru_ashimbayev_fayez_talks.txt"


def _refused(db: str, *args: str) -> str:
    done = run_accord(db, *args)
    assert done.returncode == 2, f"accord {' '.join(args)}: exit {done.returncode}\n{done.stdout}{done.stderr}"
    assert "Traceback" not in done.stderr
    return done.stderr


@pytest.mark.slow
def test_bad_corrections_are_refused_by_name_and_nothing_is_stored(store_url: str, tmp_path: Path) -> None:
    db = store_url
    accord_ok(db, "ingest", "-q", str(folder(tmp_path, "first")))
    visit = event_with(db, AR, "ويقوم الفايز", "visit")["id"]
    why = ("--why", "x")
    assert "no event 'ev-000000000000'" in _refused(db, "review", "reject", "ev-000000000000", *why)
    assert "bad date" in _refused(db, "review", "set", visit, "when", "next Tuesday", *why)
    assert "unknown topic 'sport'" in _refused(db, "review", "set", visit, "topics", "trade,sport", *why)
    assert "cannot set 'people'" in _refused(db, "review", "set", visit, "people", "x", *why)
    assert "no actor 'nobody'" in _refused(db, "review", "add-person", visit, "nobody", *why)
    assert "has no mention 'x.txt#e9'" in _refused(db, "review", "split", visit, "x.txt#e9", *why)
    assert "no correction '77'" in _refused(db, "review", "withdraw", "77", *why)
    assert run_accord(db, "review", "reject", visit).returncode == 2  # no --why: argparse refuses
    good = tmp_path / "good.jsonl"
    review(db, "set", visit, "host", "kz")
    accord_ok(db, "review", "export", "-o", str(good))
    line = good.read_text(encoding="utf-8").splitlines()[0]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(line.replace('"uid": "', '"uid": "other-') + "\n{not json\n", encoding="utf-8")
    assert "bad.jsonl:2: not JSON" in _refused(db, "review", "import", str(bad))
    bad.write_text(line.replace('"kind": "set"', '"kind": "guess"') + "\n", encoding="utf-8")
    assert "bad.jsonl:1: unknown kind 'guess'" in _refused(db, "review", "import", str(bad))
    listed = accord_ok(db, "review", "list").strip().splitlines()
    assert len(listed) == 1 and "set host = \"KZ\"" in listed[0], listed
    assert event_with(db, AR, "ويقوم الفايز", "visit")["host"] == "KZ"


@pytest.mark.slow
def test_a_correction_whose_event_is_gone_is_reported_and_applies_again(store_url: str, tmp_path: Path) -> None:
    db = store_url
    accord_ok(db, "ingest", "-q", str(folder(tmp_path, "first")))
    talks = event_with(db, FR, "Le 15 avril", "meeting")
    review(db, "set", talks["id"], "topics", "agriculture,education")
    original = (STORY / "first" / FR).read_text(encoding="utf-8")
    shorter = tmp_path / "v2" / FR
    shorter.parent.mkdir()
    shorter.write_text(original[:original.index("Le 15 avril")], encoding="utf-8")
    again = tmp_path / "again.jsonl"
    again.write_text(json.dumps({"doc": FR, "path": str(shorter), "published": "2025-04-16"}) + "\n", encoding="utf-8")
    done = run_accord(db, "ingest", "-q", str(again))
    assert done.returncode == 0 and "1 updated" in done.stdout, done.stdout + done.stderr
    assert "not applied: event " + talks["id"] in done.stderr, done.stderr
    orphaned = accord_ok(db, "review", "list", "--orphaned")
    assert "set topics" in orphaned and "not applied" in orphaned
    accord_ok(db, "ingest", "-q", str(batch(tmp_path, FR)))
    assert event_with(db, FR, "Le 15 avril", "meeting")["topics"] == ["agriculture", "education"]
    assert accord_ok(db, "review", "list", "--orphaned").strip() == "no corrections"


@pytest.mark.slow
def test_history_why_and_withdrawal(store_url: str, tmp_path: Path) -> None:
    db = store_url
    accord_ok(db, "ingest", "-q", str(folder(tmp_path, "first")))
    memo = event_with(db, RU, "По итогам встречи", "agreement")
    machine_place = memo["place"]
    out = review(db, "set", memo["id"], "place", "Akorda")
    number = out.split()[1]
    assert event_with(db, RU, "По итогам встречи", "agreement")["place"]["name"] == "Akorda"
    history = accord_ok(db, "history", memo["id"])
    assert "set place = \"Akorda\"" in history and "corrected by amina" in history
    accord_ok(db, "review", "withdraw", number, "--by", "karim", "--why", "the signing was in the Senate")
    restored = event_with(db, RU, "По итогам встречи", "agreement")
    assert restored["place"] == machine_place and restored["provenance"] == "machine"
    history = accord_ok(db, "history", memo["id"])
    assert "withdrawn" in history and "karim" in history
    why = accord_ok(db, "why", memo["id"])
    assert f"{AR}#" in why and "joined with score" in why and "shares with" in why
    assert "not ev-" in why  # the nearest events it did not join, with the reason
    explained = json.loads(accord_ok(db, "why", memo["id"], "--json"))
    assert {j["mention"].split("#")[0] for j in explained} == {AR, FR, RU}
    assert all(a["why_not"] for j in explained for a in j["apart"])
    talks = accord_ok(db, "why", event_with(db, RU, "Председатель Сената", "meeting")["id"])
    # the meeting with the Mazhilis speaker during the same visit: kept apart by its counterpart, by name
    assert "another counterpart (Maulen Ashimbayev / Yerlan Koshanov)" in talks, talks


@pytest.mark.slow
def test_corrections_exported_rebuild_the_same_record_in_another_store(store_url: str, tmp_path: Path) -> None:
    db = store_url
    accord_ok(db, "ingest", "-q", str(folder(tmp_path, "first")))
    visit = event_with(db, AR, "ويقوم الفايز", "visit")
    review(db, "set", visit["id"], "when", "2025-04-13/2025-04-17")
    review(db, "split", visit["id"], mention_key(db, visit["id"], FR))
    review(db, "reject", event_with(db, AR, "ويقوم الفايز", "meeting")["id"])
    shared = tmp_path / "corrections.jsonl"
    accord_ok(db, "review", "export", "-o", str(shared))
    other = f"sqlite:///{tmp_path / 'other.db'}"
    accord_ok(other, "ingest", "-q", str(folder(tmp_path, "first")))
    assert "3 imported, 0 already kept, 0 not applied" in accord_ok(other, "review", "import", str(shared))
    assert "0 imported, 3 already kept" in accord_ok(other, "review", "import", str(shared))
    assert records(other) == records(db)
    assert accord_ok(other, "review", "export") == shared.read_text(encoding="utf-8")


@pytest.mark.slow
def test_eval_scores_the_corrected_record_and_counts_the_corrections(tmp_path: Path) -> None:
    gold = TESTS / "gold"
    corrections = tmp_path / "c.jsonl"
    rows = [{"kind": "reject", "target": "ev-any", "analyst": "amina", "reason": "spurious", "pair": pair,
             "anchors": [anchor], "uid": f"u{i}", "at": "2026-12-06T20:00:00+00:00"}
            for i, (pair, anchor) in enumerate([("EG-KZ", "ru_koshanov_egypt_visit.txt#e1"),
                                                ("EG-KZ", "kk_koshanov_egypt_visit.txt#e1")])]
    corrections.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = run_accord("sqlite:///unused.db", "eval", str(gold), "--json", "--corrections", str(corrections))
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    summary = figures["corrections"]
    assert summary["count"] == 2 and summary["by_kind"] == {"reject": 2} and summary["not_applied"] == 0
    assert summary["figures"]["events"]["corrections"] == 2
    assert summary["figures"]["events"]["corrected"] == figures["events"]["f1"]
    assert summary["figures"]["events"]["corrected"] < summary["figures"]["events"]["machine"]
    text = run_accord("sqlite:///unused.db", "eval", str(gold), "--corrections", str(corrections))
    assert "corrections: 2 (reject 2), 0 not applied" in text.stdout

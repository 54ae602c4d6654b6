"""Every kind of correction survives new articles about the same events and a full re-analysis
(`accord` as a subprocess, on SQLite and PostgreSQL).

The story (tests/data/review): a Jordanian visit to Astana told in ru, ar and fr first; then an
English report, a Kazakh one and the return visit in ru; then the Jordanian agency's English
report of the return visit. An analyst corrects what the machine got wrong after each batch;
after every later batch and after `accord reanalyse` every correction must still hold.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.review_story import accord_ok, batch, by_id, event_with, folder, mention_key, records, review

AR, RU, FR = "ar_fayez_astana.txt", "ru_ashimbayev_fayez_talks.txt", "fr_fayez_recu_astana.txt"
KK, RU_AMMAN = "kk_ashimbayev_jordan.txt", "ru_ashimbayev_amman.txt"


def _first_corrections(db: str) -> dict[str, Any]:
    """What the analyst corrects after the first three reports; returns what to check later."""
    visit = event_with(db, AR, "ويقوم الفايز", "visit")
    talks = event_with(db, RU, "Председатель Сената", "meeting")
    plan = event_with(db, AR, "ويقوم الفايز", "meeting")
    memo = event_with(db, RU, "По итогам встречи", "agreement")
    invitation = event_with(db, RU, "Фейсал аль-Фаиз пригласил", "proposal")
    omar = next(p["id"] for p in event_with(db, FR, "Le député Omar", "meeting")["people"] if "Omar" in p["name"])
    fr_visit = mention_key(db, visit["id"], FR)
    review(db, "set", visit["id"], "when", "2025-04-13/2025-04-17")
    review(db, "set", plan["id"], "type", "proposal")
    review(db, "set", plan["id"], "host", "KZ")
    review(db, "merge", talks["id"], event_with(db, FR, "Le député Omar", "meeting")["id"])
    review(db, "set", talks["id"], "topics", "parliamentary,trade,tourism")
    review(db, "set", memo["id"], "place", "Parliament House, Astana")
    review(db, "remove-person", memo["id"], "kz-ashimbayev")
    review(db, "reject", invitation["id"])
    review(db, "split", visit["id"], fr_visit)
    review(db, "add-person", visit["id"], omar)
    return {"visit": visit["id"], "talks": talks["id"], "plan": plan["id"], "memo": memo["id"],
            "invitation": invitation["id"], "fr_visit": fr_visit, "omar": omar}


def _find(db: str, doc: str, opening: str, type_: str) -> dict[str, Any]:
    return event_with(db, doc, opening, type_)


def _check_first(db: str, ids: dict[str, Any]) -> None:
    visit = _find(db, AR, "ويقوم الفايز", "visit")
    assert visit["when"] == "2025-04-13/2025-04-17" and visit["provenance"] == "corrected"
    assert visit["corrected"]["when"]["by"] == "amina" and visit["corrected"]["when"]["machine"] != visit["when"]
    assert ids["omar"] in [p["id"] for p in visit["people"]]
    assert FR not in [m["doc"] for m in visit["mentions"]], "the split-off French mention came back"
    plan = _find(db, AR, "ويقوم الفايز", "proposal")
    assert (plan["host"], plan["corrected"]["type"]["machine"]) == ("KZ", "meeting")
    talks = _find(db, RU, "Председатель Сената", "meeting")
    texts = {(m["doc"], m["text"][:10]) for m in talks["mentions"]}
    assert {(AR, "أستانا 15 "), (FR, "Le député ")} <= texts, texts
    assert talks["topics"] == ["parliamentary", "tourism", "trade"]
    memo = _find(db, RU, "По итогам встречи", "agreement")
    assert memo["place"]["name"] == "Parliament House, Astana"
    assert "kz-ashimbayev" not in [p["id"] for p in memo["people"]]
    assert not [r for r in records(db) if r["id"] == ids["invitation"] or r["type"] == "proposal"
                and any(m["text"].startswith("Фейсал аль-Фаиз пригласил") for m in r["mentions"])]
    assert "(rejected)" in accord_ok(db, "history", ids["invitation"])


def _later_corrections(db: str, ids: dict[str, Any]) -> None:
    """After the English report: the memorandum was signed at the talks, not merely during the visit."""
    talks = _find(db, RU, "Председатель Сената", "meeting")
    memo = _find(db, RU, "По итогам встречи", "agreement")
    review(db, "part-of", memo["id"], talks["id"])
    kk_omar = next(p["id"] for r in records(db) for m in r["mentions"] if m["doc"] == KK
                   for p in r["people"] if "Омар" in p["name"] or "Omar" in p["name"])
    review(db, "merge", talks["id"], _find(db, KK, "Кездесуге", "meeting")["id"])
    review(db, "merge-actors", ids["omar"], kk_omar)
    review(db, "confirm-actor", ids["omar"])
    ids["kk_omar"] = kk_omar


def _return_visit_corrections(db: str, ids: dict[str, Any]) -> None:
    memo = _find(db, RU, "По итогам встречи", "agreement")
    back = _find(db, RU_AMMAN, "Председатель Сената", "visit")
    review(db, "carried-out", memo["id"], back["id"])
    review(db, "merge", memo["id"], _find(db, RU_AMMAN, "Стороны обсудили", "agreement")["id"])


def _check_later(db: str, ids: dict[str, Any]) -> None:
    talks = _find(db, RU, "Председатель Сената", "meeting")
    memo = _find(db, RU, "По итогам встречи", "agreement")
    assert memo["part_of"] == talks["id"]
    assert KK in {m["doc"] for m in talks["mentions"] if m["text"].startswith("Кездесуге")}
    assert all(p["id"] != ids["kk_omar"] for r in records(db) for p in r["people"]), "merged actor still listed"
    assert f"(confirmed by amina)" in accord_ok(db, "actors", "--query", "Omar")


def _check_return_visit(db: str) -> None:
    memo = _find(db, RU, "По итогам встречи", "agreement")
    back = _find(db, RU_AMMAN, "Председатель Сената", "visit")
    assert back["fulfils"] == [memo["id"]], "the rejected invitation still carried out, or the analyst's link lost"
    assert RU_AMMAN in [m["doc"] for m in memo["mentions"]]


def _check_all(db: str, ids: dict[str, Any], stage: int) -> None:
    _check_first(db, ids)
    if stage >= 2:
        _check_later(db, ids)
    if stage >= 3:
        _check_return_visit(db)
    assert accord_ok(db, "review", "list", "--orphaned").strip() == "no corrections"


@pytest.mark.slow
def test_every_kind_of_correction_survives_new_articles_and_reanalysis(store_url: str, tmp_path: Path) -> None:
    db = store_url
    accord_ok(db, "ingest", "-q", str(folder(tmp_path, "first")))
    ids = _first_corrections(db)
    _check_all(db, ids, 1)
    accord_ok(db, "ingest", "-q", str(folder(tmp_path, "later1")))
    assert len(by_id_any(db, ids["invitation"])) == 2, "the English report's invitation should join the rejected one"
    _check_all(db, ids, 1)
    accord_ok(db, "ingest", "-q", str(batch(tmp_path, KK)))
    _later_corrections(db, ids)
    _check_all(db, ids, 2)
    accord_ok(db, "ingest", "-q", str(batch(tmp_path, RU_AMMAN)))
    _check_all(db, ids, 2)
    _return_visit_corrections(db, ids)
    _check_all(db, ids, 3)
    accord_ok(db, "ingest", "-q", str(folder(tmp_path, "later3")))
    _check_all(db, ids, 3)
    before = records(db)
    out = accord_ok(db, "reanalyse")
    assert "7 re-analysed, 0 failed" in out, out
    _check_all(db, ids, 3)
    assert records(db) == before, "a re-analysis with the same code changed the corrected record"


def by_id_any(db: str, event_id: str) -> list[str]:
    """The mentions of an event also when it is rejected, from `accord why`."""
    import json

    return [j["mention"] for j in json.loads(accord_ok(db, "why", event_id, "--json"))]

"""The HTTP API answers what the command line answers, from the same queries of the store."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from accord.cli import main  # noqa: E402
from accord.store import open_store  # noqa: E402
from accord.web.app import Settings, create_app  # noqa: E402
from accord.web.security import Guard  # noqa: E402
from tests.web_record import HOSTILE_EVENT  # noqa: E402


def test_openapi_describes_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{actor_id}", "/api/pairs",
                 "/api/pairs/{a}/{b}/timeline", "/api/pairs/{a}/{b}/brief", "/api/search", "/api/export",
                 "/api/stats", "/api/failures", "/api/analyse", "/api/ingest"):
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"country", "pair", "type", "from", "to", "actor", "limit", "offset"} <= params
    assert not any(p.startswith("/pair/") for p in spec["paths"])   # the pages are not API


def test_events_are_the_command_lines_timeline(client: TestClient, record: str) -> None:
    store = open_store(record)
    expected = [e.id for e in store.timeline("MA", "KZ")]
    store.close()
    got = client.get("/api/events", params={"pair": "Morocco,Казахстан", "limit": 1000}).json()["events"]
    assert [e["id"] for e in got] == expected and len(expected) >= 10
    visits = client.get("/api/events", params={"pair": "MA-KZ", "type": "visit", "from": "2025-01"}).json()["events"]
    assert visits and all(e["type"] == "visit" and e["when"] >= "2025" for e in visits)
    page = client.get("/api/events", params={"pair": "MA-KZ", "limit": 3, "offset": 3}).json()["events"]
    assert [e["id"] for e in page] == expected[3:6]
    assert client.get("/api/events", params={"from": "March 2025"}).status_code == 422
    assert client.get("/api/events", params={"country": "Atlantis"}).status_code == 422


def test_one_event_has_its_sources_and_evidence(client: TestClient, record: str) -> None:
    events = client.get("/api/events", params={"pair": "MA-KZ", "limit": 1000}).json()["events"]
    told_twice = next(e for e in events if len({m["doc"] for m in e["mentions"]}) == 2)
    one = client.get(f"/api/events/{told_twice['id']}").json()
    assert {s["doc"] for s in one["sources"]} == {"ar_ma_kz_friendship_group_astana.txt",
                                                  "ru_koshanov_morocco_visit.txt"}
    store = open_store(record)
    for m in one["mentions"]:
        assert store.document(m["doc"]).text[m["start"]:m["end"]] == m["text"]
    store.close()
    assert {m["lang"] for m in one["mentions"]} == {"ar", "ru"}
    assert client.get("/api/events/no-such-event").status_code == 404


def test_actors_and_one_actor_with_roles(client: TestClient) -> None:
    found = client.get("/api/actors", params={"query": "Кошанов"}).json()["actors"]
    assert [a["id"] for a in found] == ["kz-koshanov"]
    koshanov = client.get("/api/actors/kz-koshanov").json()
    assert "Ерлан Кошанов" in koshanov["actor"]["names"]["ru"] and "يرلان كوشانوف" in koshanov["actor"]["names"]["ar"]
    assert any(r["role"] == "speaker" for r in koshanov["roles"])
    assert koshanov["events"] and all("kz-koshanov" in [p["id"] for p in e["people"]] for e in koshanov["events"])


def test_pairs_count_their_events(client: TestClient) -> None:
    pairs = {p["pair"]: p for p in client.get("/api/pairs").json()["pairs"]}
    assert set(pairs) == {"KZ-MA", "FR-MA"}
    assert pairs["FR-MA"]["events"] == 1 and pairs["KZ-MA"]["events"] >= 10
    assert pairs["KZ-MA"]["first"] < pairs["KZ-MA"]["last"]


@pytest.mark.parametrize("query", ["كازاخستان", "Kazakhstan", "Казахстана", "Қазақстан"])
def test_search_finds_the_same_events_in_every_script(client: TestClient, query: str) -> None:
    timeline = {e["id"] for e in client.get("/api/events", params={"pair": "MA-KZ", "limit": 1000}).json()["events"]}
    found = client.get("/api/search", params={"q": query + " Maroc"}).json()
    assert found["countries"] == ["KZ", "MA"]
    assert set(found["events"]) == timeline


def test_export_is_the_command_lines_export(client: TestClient, record: str, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert main(["export", "--db", record, "--format", "jsonl", "-o", str(out)]) == 0
    assert client.get("/api/export", params={"format": "jsonl"}).text == out.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "csv"}).text)))
    assert len(rows) == len(out.read_text(encoding="utf-8").splitlines())
    plover = [json.loads(line) for line in client.get("/api/export", params={"format": "plover"}).text.splitlines()]
    assert {p["event_type"] for p in plover} >= {"CONSULT", "AGREE"}
    popolo = client.get("/api/export", params={"format": "popolo"}).json()
    assert any(p["id"] == "kz-koshanov" for p in popolo["persons"])


def test_stats_failures_and_brief(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 3 and stats["events"] >= 11
    assert client.get("/api/failures").json() == {"failures": []}
    brief = client.get("/api/pairs/MA/KZ/brief").json()
    assert brief["events"] == stats["events"] - 1 and [s["title"] for s in brief["sections"]][0] == "Visits"
    md = client.get("/api/pairs/MA/KZ/brief", params={"format": "markdown"}, headers={"accept-language": "ru"}).text
    assert md.startswith("# Справка: Марокко – Казахстан") and "Ерлан Кошанов" in md
    assert client.get(f"/api/events/{HOSTILE_EVENT}").json()["type"] == "agreement"


def test_analyse_stores_nothing_and_ingest_stores(client: TestClient) -> None:
    text = ("Председатель Мажилиса Ерлан Кошанов 12 марта 2026 года в Астане встретился с председателем "
            "Палаты представителей Марокко Рашидом Талби Алами.")
    before = client.get("/api/stats").json()
    analysed = client.post("/api/analyse", json={"text": text, "published": "2026-03-13"}).json()
    assert analysed["lang"] == "ru" and "meeting" in [e["type"] for e in analysed["analysis"]["events"]]
    assert "Ерлан Кошанов" in [p["name"] for p in analysed["analysis"]["people"]]
    assert client.get("/api/stats").json() == before
    assert client.post("/api/analyse", json={}).status_code == 422


def test_ingest_stores_one_article(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    open_store(url).close()
    text = ("Председатель Мажилиса Ерлан Кошанов 12 марта 2026 года в Астане встретился с председателем "
            "Палаты представителей Марокко Рашидом Талби Алами.")
    with TestClient(create_app(Settings(db=url, guard=Guard())), base_url="http://127.0.0.1:8000") as c:
        done = c.post("/api/ingest", json={"text": text, "doc": "kz-ma-2026.txt", "published": "2026-03-13"}).json()
        assert done["stored"] == 1 and done["failed"] == 0
        again = c.post("/api/ingest", json={"text": text, "doc": "kz-ma-2026.txt", "published": "2026-03-13"}).json()
        assert again["summary"].startswith("0 stored") and "1 unchanged" in again["summary"]
        meetings = c.get("/api/events", params={"pair": "KZ-MA", "type": "meeting"}).json()["events"]
        assert {p["id"] for p in meetings[0]["people"]} == {"kz-koshanov", "ma-talbi-alami"}

"""The store queries the pages added (pairs with counts, latest events, event parts), on SQLite and
PostgreSQL, and the API served from either."""
from __future__ import annotations

import pytest

from accord.store import open_store
from tests.web_record import HOSTILE_EVENT, build


def test_pair_summaries_latest_and_parts(store_url: str) -> None:
    build(store_url)
    store = open_store(store_url)
    try:
        timeline = store.timeline("MA", "KZ")
        dated = [e for e in timeline if e.when]
        summaries = store.pair_summaries()
        assert [s["pair"] for s in summaries] == ["KZ-MA", "FR-MA"]          # most events first
        assert summaries[0]["events"] == len(timeline) == store.count_events(pair="KZ-MA")
        assert summaries[1] == {"pair": "FR-MA", "events": 1, "first": "2025-03-03", "last": "2025-03-03"}
        assert store.pair_summaries(limit=1, offset=1)[0]["pair"] == "FR-MA"
        latest = store.latest_events(limit=3)
        assert len(latest) == 3 and all(e.when for e in latest)
        assert latest[0].id in {e.id for e in dated if e.when.startswith("2025-11")}
        assert [e.id for e in store.latest_events(pair="FR-MA")] == [HOSTILE_EVENT]
        assert {e.id for e in store.latest_events(country="FR", limit=50)} == {HOSTILE_EVENT}
        whole = next((e for e in timeline if any(x.part_of == e.id for x in timeline)), None)
        if whole is not None:
            assert {e.id for e in store.event_parts(whole.id)} == {x.id for x in timeline if x.part_of == whole.id}
        assert store.event_parts("no-such-event") == []
    finally:
        store.close()


def test_api_serves_either_store(store_url: str) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from accord.web.app import Settings, create_app
    from accord.web.security import Guard

    build(store_url)
    with TestClient(create_app(Settings(db=store_url, guard=Guard())), base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/pairs").json()["pairs"][0]["pair"] == "KZ-MA"
        assert c.get("/api/search", params={"q": "Казахстана"}).json()["events"]
        html = c.get("/pair/KZ/MA", headers={"accept-language": "kk"}).text
        assert "Ерлан Қошанов" in html and "Қазақстан – Марокко" in html

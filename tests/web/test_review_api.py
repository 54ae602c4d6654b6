"""The review through HTTP (POST /api/events/ID/corrections and the rest), on the review story
(tests/data/review: the Jordanian Senate president's visit to Astana told in five languages), on
SQLite and PostgreSQL: every kind of correction, what it answers when the record has moved under
it, two analysts posting at once, and the token beyond loopback."""
from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from accord.batch import ingest_paths  # noqa: E402
from accord.store import open_store  # noqa: E402
from accord.web.app import Settings, create_app  # noqa: E402
from accord.web.security import Guard  # noqa: E402
from tests.review_story import STORY, batch, folder  # noqa: E402

FR, AR, RU = "fr_fayez_recu_astana.txt", "ar_fayez_astana.txt", "ru_ashimbayev_fayez_talks.txt"
KK, RU_AMMAN = "kk_ashimbayev_jordan.txt", "ru_ashimbayev_amman.txt"
WHY = "the Senate's press release"


def ingest(url: str, path: Path) -> None:
    store = open_store(url)
    try:
        report = ingest_paths([str(path)], store)
        assert not report.failed, report.summary()
    finally:
        store.close()


@pytest.fixture
def story(store_url: str, tmp_path: Path) -> str:
    """The first three reports (ru, ar, fr) and the Kazakh report of the first talks, stored."""
    ingest(store_url, folder(tmp_path, "first"))
    ingest(store_url, batch(tmp_path, KK))
    return store_url


@pytest.fixture
def api(story: str) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=story, guard=Guard())), base_url="http://127.0.0.1:8000") as c:
        yield c


def events(c: TestClient) -> list[dict[str, Any]]:
    return c.get("/api/events", params={"pair": "JO-KZ", "limit": 1000}).json()["events"]


def event_with(c: TestClient, doc: str, opening: str, type_: str) -> dict[str, Any]:
    found = [e for e in events(c) if e["type"] == type_ and any(
        m["doc"] == doc and m["text"].startswith(opening) for m in e["mentions"])]
    assert len(found) == 1, f"{type_} of {doc} «{opening}»: {[e['id'] for e in found]}"
    return c.get(f"/api/events/{found[0]['id']}").json()


def correct(c: TestClient, event_id: str, status: int = 201, **body: Any) -> dict[str, Any]:
    done = c.post(f"/api/events/{event_id}/corrections", json={"reason": WHY, "analyst": "amina", **body})
    assert done.status_code == status, done.text
    return done.json()


def kept(c: TestClient) -> list[dict[str, Any]]:
    return c.get("/api/corrections").json()["corrections"]


@pytest.mark.slow
def test_every_kind_of_event_correction_through_http(api: TestClient, story: str, tmp_path: Path) -> None:
    c = api
    talks = event_with(c, RU, "Председатель Сената", "meeting")
    made = correct(c, talks["id"], kind="set", field="when", value="2025-04-15")
    assert made["event"] == talks["id"] and made["correction"]["analyst"] == "amina" and not made["not_applied"]
    now = c.get(f"/api/events/{talks['id']}").json()
    assert now["when"] == "2025-04-15" and now["provenance"] == "corrected"
    assert now["corrected"]["when"]["machine"] == "2025-04-14" and now["corrected"]["when"]["why"] == WHY
    correct(c, talks["id"], kind="set", field="topics", value=["parliamentary", "trade"])
    correct(c, talks["id"], kind="set", field="place", value="Akorda")
    omar = c.get("/api/actors", params={"query": "al-Ayasrah"}).json()["actors"][0]["id"]
    correct(c, talks["id"], kind="add_person", actor=omar)
    now = c.get(f"/api/events/{talks['id']}").json()
    assert now["topics"] == ["parliamentary", "trade"] and now["place"]["name"] == "Akorda"
    assert omar in [p["id"] for p in now["people"]] and "people" in now["corrected"]

    memo = event_with(c, RU, "По итогам встречи", "agreement")
    correct(c, memo["id"], kind="remove_person", actor="kz-ashimbayev")
    correct(c, memo["id"], kind="part_of", parent=talks["id"])
    memo = c.get(f"/api/events/{memo['id']}").json()
    assert "kz-ashimbayev" not in [p["id"] for p in memo["people"]] and memo["part_of"] == talks["id"]

    plan = event_with(c, AR, "ويقوم الفايز", "meeting")   # «meets the Prime Minister»: dated the 17th, no one in it; the analyst knows it did not take place
    correct(c, plan["id"], kind="reject")
    assert plan["id"] not in {e["id"] for e in events(c)}
    assert c.get(f"/api/events/{plan['id']}/history").json()["rejected"] is True

    omar_talks = event_with(c, FR, "Le député Omar", "meeting")
    merged = correct(c, talks["id"], kind="merge", other=omar_talks["id"])
    joined = c.get(f"/api/events/{merged['event']}").json()
    assert "Le député Omar" in " ".join(m["text"] for m in joined["mentions"])

    visit = event_with(c, AR, "ويقوم الفايز", "visit")
    fr_key = next(k for k in visit["mention_keys"] if k.startswith(FR))
    split = correct(c, visit["id"], kind="split", mention=fr_key)
    assert fr_key not in c.get(f"/api/events/{split['event']}").json()["mention_keys"]

    ingest(story, batch(tmp_path, RU_AMMAN))   # the return visit to Amman, in October
    invitation = event_with(c, RU, "Фейсал аль-Фаиз пригласил", "proposal")
    amman = next(e for e in events(c) if e["type"] == "visit" and any(m["doc"] == RU_AMMAN for m in e["mentions"]))
    correct(c, invitation["id"], kind="carried_out", by=amman["id"])
    assert invitation["id"] in c.get(f"/api/events/{amman['id']}").json()["fulfils"]

    history = c.get(f"/api/events/{merged['event']}/history").json()
    kinds = [h["kind"] for h in history["corrections"]]
    assert {"set", "add_person", "merge"} <= set(kinds) and all(h["status"].startswith("applies") for h in
                                                                history["corrections"] if h["kind"] != "part_of")
    assert history["provenance"] == "corrected" and {"when", "topics", "place", "people"} <= set(history["corrected"])
    listed = kept(c)
    assert len(listed) == 10 and sum(x["status"].startswith("applies") for x in listed) == 10, listed
    why = c.get(f"/api/events/{merged['event']}/why").json()
    assert why["event"] == merged["event"] and {m["mention"].split("#")[0] for m in why["mentions"]} >= {RU, AR}
    assert all(a["why_not"] and a["reason"] for m in why["mentions"] for a in m["apart"])
    assert any(m["by_analyst"] for m in why["mentions"])   # the mention joined by the merge says so

    first = next(x for x in listed if x["kind"] == "set" and x["field"] == "place")
    done = c.post(f"/api/corrections/{first['uid']}/withdraw", json={"reason": "the talks were in the Senate",
                                                                     "analyst": "karim"})
    assert done.status_code == 201, done.text
    assert c.get(f"/api/events/{merged['event']}").json()["place"]["name"] != "Akorda"
    again = c.post(f"/api/corrections/{first['uid']}/withdraw", json={"reason": "twice", "analyst": "karim"})
    assert again.status_code == 409
    exported = c.get("/api/corrections/export").text.splitlines()
    assert len(exported) == 11 and all(json.loads(line)["uid"] for line in exported)


@pytest.mark.slow
def test_actors_confirmed_and_merged_through_http(api: TestClient) -> None:
    c = api
    french = c.get("/api/actors", params={"query": "al-Ayasrah"}).json()["actors"][0]["id"]
    kazakh = c.get("/api/actors", params={"query": "Аясира"}).json()["actors"][0]["id"]
    assert french != kazakh   # one deputy, spelt two ways in two languages: two provisional actors
    done = c.post(f"/api/actors/{french}/corrections", json={"kind": "confirm_actor", "reason": WHY,
                                                             "analyst": "amina"})
    assert done.status_code == 201, done.text
    done = c.post(f"/api/actors/{french}/corrections", json={"kind": "merge_actors", "same_as": kazakh,
                                                             "reason": "the same deputy", "analyst": "amina"})
    assert done.status_code == 201, done.text
    people = {p["id"] for e in events(c) for p in e["people"]}
    assert french in people and kazakh not in people
    participant = next(p for e in events(c) for p in e["people"] if p["id"] == french)
    assert participant["review"]["confirmed"]["by"] == "amina"
    assert participant["review"]["also_as"][0]["id"] == kazakh
    persons = {p["id"]: p for p in c.get("/api/export", params={"format": "popolo"}).json()["persons"]}
    assert persons[french]["review"]["confirmed"]["why"] == WHY
    assert persons[kazakh]["review"]["same_as"]["id"] == french
    assert c.post("/api/actors/prov-nobody/corrections", json={"kind": "confirm_actor", "reason": "x",
                                                               "analyst": "a"}).status_code == 404
    for other in ("prov-nobody", french):   # an actor that is not there, or itself: nothing to merge
        assert c.post(f"/api/actors/{french}/corrections", json={"kind": "merge_actors", "same_as": other,
                                                                 "reason": "x", "analyst": "a"}).status_code == 409
    assert c.post(f"/api/actors/{french}/corrections", json={"kind": "set", "reason": "x"}).status_code == 422
    assert len(kept(c)) == 2


@pytest.mark.slow
def test_what_does_not_fit_the_record_is_refused_and_nothing_is_kept(api: TestClient, story: str,
                                                                      tmp_path: Path) -> None:
    c = api
    talks = event_with(c, FR, "Le 15 avril", "meeting")     # told by the French report alone
    visit = event_with(c, AR, "ويقوم الفايز", "visit")
    assert correct(c, "ev-000000000000", 404, kind="reject")["detail"].startswith("no event")
    assert correct(c, visit["id"], 422, kind="set", field="when", value="next Tuesday")
    assert correct(c, visit["id"], 422, kind="set", field="topics", value=["trade", "sport"])
    assert correct(c, visit["id"], 422, kind="set", field="people", value="x")
    assert correct(c, visit["id"], 422, kind="guess")
    assert c.post(f"/api/events/{visit['id']}/corrections", json={"kind": "reject", "analyst": "a"}).status_code == 422
    assert c.post(f"/api/events/{visit['id']}/corrections", json={"kind": "reject", "reason": "x"}).status_code == 422
    assert correct(c, visit["id"], 409, kind="remove_person", actor="kz-koshanov")    # not a participant
    assert correct(c, visit["id"], 409, kind="add_person", actor="prov-nobody")
    assert correct(c, visit["id"], 409, kind="split", mention="x.txt#e9")
    assert correct(c, visit["id"], 409, kind="merge", other=visit["id"])
    assert correct(c, visit["id"], 409, kind="merge", other="ev-000000000000")
    assert correct(c, visit["id"], 409, kind="carried_out", by=talks["id"])       # a visit carries nothing out
    assert kept(c) == []

    # the French report is corrected at its source: the talks with the Mazhilis speaker are gone
    original = (STORY / "first" / FR).read_text(encoding="utf-8")
    shorter = tmp_path / "v2" / FR
    shorter.parent.mkdir()
    shorter.write_text(original[:original.index("Le 15 avril")], encoding="utf-8")
    again = tmp_path / "again.jsonl"
    again.write_text(json.dumps({"doc": FR, "path": str(shorter), "published": "2025-04-16"}) + "\n", encoding="utf-8")
    ingest(story, again)
    assert c.get(f"/api/events/{talks['id']}").status_code == 404
    gone = correct(c, talks["id"], 409, kind="set", field="topics", value=["agriculture"], seen=talks["mention_keys"])
    assert "gone since it was read" in gone["detail"]
    assert correct(c, talks["id"], 404, kind="set", field="topics", value=["agriculture"])
    assert correct(c, visit["id"], 409, kind="merge", other=talks["id"])
    # an event an analyst merged away is followed to the event that holds its mentions now
    memo = event_with(c, RU, "По итогам встречи", "agreement")
    first_talks = event_with(c, RU, "Председатель Сената", "meeting")
    merged = correct(c, memo["id"], kind="merge", other=first_talks["id"])
    gone_id = first_talks["id"] if merged["event"] == memo["id"] else memo["id"]
    followed = correct(c, gone_id, kind="set", field="host", value="KZ", seen=[*memo["mention_keys"]])
    assert followed["event"] == merged["event"]
    assert correct(c, memo["id"], 409, kind="merge", other=first_talks["id"])["detail"].startswith("merge: an event")
    assert len(kept(c)) == 2


@pytest.mark.slow
def test_two_analysts_posting_at_once_lose_nothing(story: str) -> None:
    import httpx
    from tests.web_server import live_server

    with live_server(create_app(Settings(db=story, guard=Guard()))) as base:
        with httpx.Client(base_url=base) as c:
            found = c.get("/api/events", params={"pair": "JO-KZ", "limit": 1000}).json()["events"]

        def one(doc: str, opening: str, type_: str) -> str:
            return next(e["id"] for e in found if e["type"] == type_ and any(
                m["doc"] == doc and m["text"].startswith(opening) for m in e["mentions"]))

        visit, talks = one(AR, "ويقوم الفايز", "visit"), one(RU, "Председатель Сената", "meeting")
        memo, plan = one(RU, "По итогам встречи", "agreement"), one(AR, "ويقوم الفايز", "meeting")
        plans = {
            "amina": [(visit, {"kind": "set", "field": "when", "value": "2025-04-13/2025-04-17"}),
                      (talks, {"kind": "set", "field": "topics", "value": ["parliamentary", "trade"]}),
                      (memo, {"kind": "set", "field": "place", "value": "Senate of Kazakhstan"}),
                      (plan, {"kind": "reject"})],
            "karim": [(visit, {"kind": "set", "field": "host", "value": "KZ"}),
                      (talks, {"kind": "set", "field": "when", "value": "2025-04-14"}),
                      (memo, {"kind": "set", "field": "topics", "value": ["parliamentary"]}),
                      (memo, {"kind": "remove_person", "actor": "kz-ashimbayev"})],
        }
        answers: dict[str, list[int]] = {name: [] for name in plans}
        start = threading.Barrier(len(plans))

        def analyst(name: str) -> None:
            with httpx.Client(base_url=base, timeout=120) as c:
                start.wait()
                for event_id, body in plans[name]:
                    answers[name].append(c.post(f"/api/events/{event_id}/corrections",
                                                json={**body, "reason": f"{name} read the sources",
                                                      "analyst": name}).status_code)

        threads = [threading.Thread(target=analyst, args=(name,)) for name in plans]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
        assert answers == {"amina": [201] * 4, "karim": [201] * 4}
        with httpx.Client(base_url=base) as c:
            listed = c.get("/api/corrections").json()["corrections"]
            assert len(listed) == 8 and all(x["status"].startswith("applies") for x in listed), listed
            v = c.get(f"/api/events/{visit}").json()
            assert (v["when"], v["host"]) == ("2025-04-13/2025-04-17", "KZ")
            t = c.get(f"/api/events/{talks}").json()
            assert (t["when"], t["topics"]) == ("2025-04-14", ["parliamentary", "trade"])
            m = c.get(f"/api/events/{memo}").json()
            assert (m["place"]["name"], m["topics"]) == ("Senate of Kazakhstan", ["parliamentary"])
            assert "kz-ashimbayev" not in [p["id"] for p in m["people"]]
            assert plan not in {e["id"] for e in c.get("/api/events", params={"pair": "JO-KZ"}).json()["events"]}
    store = open_store(story)
    try:
        assert store.integrity_problems() == []
    finally:
        store.close()


@pytest.mark.slow
def test_beyond_loopback_corrections_need_the_token(story: str) -> None:
    guard = Guard(host="0.0.0.0", token="s3cret-token")
    with TestClient(create_app(Settings(db=story, guard=guard, analyst="desk")), base_url="http://192.0.2.10:8000",
                    follow_redirects=False) as c:
        visit = event_with(c, AR, "ويقوم الفايز", "visit")["id"]
        body = {"kind": "set", "field": "host", "value": "KZ", "reason": WHY}
        assert c.post(f"/api/events/{visit}/corrections", json=body).status_code == 401
        assert c.post(f"/api/events/{visit}/corrections", json=body,
                      headers={"authorization": "Bearer nope"}).status_code == 401
        assert c.post("/api/actors/kz-koshanov/corrections", json={"kind": "confirm_actor", "reason": WHY}
                      ).status_code == 401
        assert c.post("/api/corrections/1/withdraw", json={"reason": WHY}).status_code == 401
        form = {"kind": "facts", "host": "KZ", "when": "2025-04-13/2025-04-17", "reason": WHY}
        assert c.post(f"/event/{visit}/correct", data=form).status_code == 401
        assert c.get("/api/corrections").json()["corrections"] == []          # reading stays open
        good = {"authorization": "Bearer s3cret-token"}
        cross = c.post(f"/api/events/{visit}/corrections", json=body,
                       headers={**good, "origin": "http://attacker.example"})
        assert cross.status_code == 403                                        # a cross-site write, token or not
        blind = c.post(f"/event/{visit}/correct", data={**form, "token": "s3cret-token"},
                       headers={"sec-fetch-site": "cross-site"})           # no Origin, but the browser says whence
        assert blind.status_code == 403
        made = c.post(f"/api/events/{visit}/corrections", json=body, headers=good)
        assert made.status_code == 201 and made.json()["correction"]["analyst"] == "desk"   # the server's analyst
        page = c.post(f"/event/{visit}/correct", data={**form, "token": "s3cret-token"})
        assert page.status_code == 303
        assert 'name="token"' in c.get(f"/event/{visit}?edit=1").text


def test_openapi_describes_the_review(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/corrections", "/api/corrections/export", "/api/events/{event_id}/history",
                 "/api/events/{event_id}/why", "/api/events/{event_id}/corrections",
                 "/api/actors/{actor_id}/corrections", "/api/corrections/{correction}/withdraw"):
        assert path in spec["paths"], path
    post = spec["paths"]["/api/events/{event_id}/corrections"]["post"]
    assert {"201", "404", "409", "422"} <= set(post["responses"])
    kinds = {s.get("title") for s in spec["components"]["schemas"].values()}
    assert {"SetField", "AddPerson", "RemovePerson", "Reject", "Merge", "Split", "PartOf", "CarriedOut",
            "ConfirmActor", "MergeActors"} <= kinds

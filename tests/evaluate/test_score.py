"""GOLD.md "Scoring" rules 2–4 on small hand-made gold sets, and the dev gold scored against itself."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord import edtf
from accord.evaluate.gold import GoldSet, load_gold
from accord.evaluate.report import format_report
from accord.evaluate.score import score

DEV = Path("/work/shared/gold/dev")


# ---------------------------------------------------------------- helpers

def gold_event(id, type="meeting", when="2025-09-22", countries=("MA", "KZ"), host="KZ", place=None,
               people=(), optional_people=(), topics=None):
    return {"id": id, "type": type, "when": when, "countries": list(countries), "host": host,
            "place": place, "people": [list(p) for p in people],
            "optional_people": [list(p) for p in optional_people], "topics": topics, "evidence": ""}


def write_gold(tmp_path: Path, articles: dict[str, list[dict]], links: dict | None = None) -> GoldSet:
    for doc, events in articles.items():
        (tmp_path / doc).write_text("article text", encoding="utf-8")
        stem = doc.rsplit(".", 1)[0]
        (tmp_path / f"{stem}.gold.json").write_text(json.dumps(
            {"doc": doc, "lang": "en", "published": "2025-09-24", "events": events}), encoding="utf-8")
    if links is not None:
        (tmp_path / "links.json").write_text(json.dumps(links), encoding="utf-8")
    return load_gold(tmp_path)


def sys_event(id, docs=("a.txt",), type="meeting", when="2025-09-22", countries=("MA", "KZ"), host="KZ",
              place=None, people=(), topics=(), part_of=None):
    return {"id": id, "type": type, "when": when, "countries": list(countries), "host": host,
            "place": place, "people": [{"id": n, "name": n, "names": {}, "aliases": []} for n in people],
            "orgs": [], "topics": list(topics), "part_of": part_of,
            "mentions": [{"doc": d, "lang": "en", "start": 0, "end": 1, "text": "a"} for d in docs]}


def gold_as_system(gold: GoldSet) -> list[dict]:
    """The gold set written as system output: one event per same_event group, its `when` the
    intersection of the group's intervals, its people, places and topics the union."""
    events = gold.events()
    groups = gold.same_event_groups()
    system_id: dict = {}
    out: list[dict] = []
    for key, g in events.items():
        if key in system_id:
            continue
        members = [events[k] for k in [key, *sorted(groups[key])]]
        sid = f"sys{len(out)}"
        for m in members:
            system_id[m.key] = sid
        los = [m.interval[0] for m in members if m.interval[0]]
        his = [m.interval[1] for m in members if m.interval[1]]
        dated = any(m.when is not None for m in members)
        people, place, topics = [], None, set()
        for m in members:
            people += [p for p in m.people if p not in people]
            place = place or m.place
            topics |= m.topics or set()
        out.append({
            "id": sid, "type": g.type,
            "when": edtf.span(max(los, default=None), min(his, default=None)) if dated else None,
            "countries": sorted({c for m in members for c in m.countries}),
            "host": next((m.host for m in members if m.host), None),
            "place": {"name": place[0], "names": {str(i): f for i, f in enumerate(place[1:])}} if place else None,
            "people": [{"id": p[0], "name": p[0], "names": {}, "aliases": list(p[1:])} for p in people],
            "orgs": [], "topics": sorted(topics), "part_of": None,
            "mentions": [{"doc": m.doc, "lang": "", "start": 0, "end": 0, "text": ""} for m in members],
        })
    by_id = {e["id"]: e for e in out}
    for child, parent in gold.part_of:
        by_id[system_id[child]]["part_of"] = system_id[parent]
    return out


# ---------------------------------------------------------------- the dev gold against itself

def test_dev_gold_scored_against_itself_is_perfect():
    gold = load_gold(DEV)
    figures = score(gold, gold_as_system(gold))
    assert figures["errors"] == []
    for name in ("events", "people", "topics", "same_event", "part_of"):
        assert (figures[name]["precision"], figures[name]["recall"], figures[name]["f1"]) == (1.0, 1.0, 1.0), name
    for counts in figures["events_by_type"].values():
        assert counts["f1"] == 1.0
    for name in ("date_within", "host", "place"):
        assert figures[name]["share"] == 1.0, name
    assert figures["events"]["tp"] == sum(len(a.events) for a in gold.articles)
    assert figures["same_event"]["tp"] == 2 and figures["part_of"]["tp"] == 6


def test_empty_system_output_scores_zero_recall_on_dev():
    figures = score(load_gold(DEV), [])
    assert figures["events"]["recall"] == 0.0 and figures["events"]["precision"] is None
    assert figures["events"]["fn"] == 16


# ---------------------------------------------------------------- rule 2: compatibility

@pytest.mark.parametrize("system_when, gold_when, paired", [
    ("2025-09-22", "2025-09-21/2025-09-25", True),
    ("2025-09-26", "2025-09-21/2025-09-25", False),
    ("2025-09", "2025-09-22", True),                      # a month contains the day
    (None, "2025-09-22", True),                           # null intersects everything
    ("2025-09-22", None, True),
    ("../2025-01-01", "2024", True),                      # open start is unbounded
    ("2026-01-01/..", "2025-11/2025-11-27", False),
    ("2025-21", "2025-05-31", True),                      # spring: March–May
    ("2025-21", "2025-06-01", False),
    ("2025-24", "2026-02-15", True),                      # winter runs into the next year
    ("2025-24", "2025-11-30", False),
    ("2025-09-22?", "2025-09-22", True),                  # qualifiers ignored
    ("2025-09-22~", "2025-09-23%", False),
])
def test_when_intervals_must_intersect(tmp_path, system_when, gold_when, paired):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m", when=gold_when)]})
    figures = score(gold, [sys_event("s", when=system_when)])
    assert figures["events"]["tp"] == int(paired)


@pytest.mark.parametrize("system_countries, paired", [
    (["MA", "KZ"], True),
    (["KZ"], True),                   # Jaccard 1/2
    (["KZ", "RU"], False),            # 1/3
    (["KZ", "MA", "RU"], True),       # 2/3
    (["KZ", "MA", "RU", "FR"], True), # 2/4 = 0.5
    (["KZ", "MA", "RU", "FR", "US"], False),
    ([], False),
])
def test_countries_jaccard_at_least_half(tmp_path, system_countries, paired):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m")]})
    figures = score(gold, [sys_event("s", countries=system_countries)])
    assert figures["events"]["tp"] == int(paired)


def test_types_must_be_equal(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m", type="meeting")]})
    figures = score(gold, [sys_event("s", type="visit")])
    assert figures["events"] == {"tp": 0, "fp": 1, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert figures["events_by_type"]["visit"]["fp"] == 1
    assert figures["events_by_type"]["meeting"]["fn"] == 1


def test_event_outside_the_article_is_not_scored_there(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m")], "b.txt": []})
    figures = score(gold, [sys_event("s", docs=("b.txt",)), sys_event("t", docs=("elsewhere.txt",))])
    assert figures["events"] == {"tp": 0, "fp": 1, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}


# ---------------------------------------------------------------- rule 3: pairing

def test_hungarian_pairing_beats_greedy(tmp_path):
    # s1 (a month) fits both gold meetings and fits m1 best (same person); s2 (a day) only fits m1.
    # Taking the heaviest pair first (s1-m1, 1.75) would leave s2 and m2 unpaired; the maximum
    # weight matching pairs s1-m2 (1.25) and s2-m1 (1.5).
    gold = write_gold(tmp_path, {"a.txt": [
        gold_event("m1", when="2025-09-22", people=[["Aigul Kuspan"]]),
        gold_event("m2", when="2025-09-25/2025-09-30"),
    ]})
    systems = [sys_event("s1", when="2025-09", people=["Aigul Kuspan"]),
               sys_event("s2", when="2025-09-22", people=["Abdelkader Tahar"])]
    figures = score(gold, systems)
    assert figures["events"]["tp"] == 2
    assert {(p["gold"], p["system"]) for p in figures["details"]["pairs"]} == {("m1", "s2"), ("m2", "s1")}


def test_weight_prefers_matching_people(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m", people=[["Yerlan Koshanov"]])]})
    systems = [sys_event("wrong_person", people=["Aziz Akhannouch"]),
               sys_event("other_script", people=["Ерлан Кошанов"]),  # no Latin form in the gold: no match
               sys_event("latin", people=["KOSHANOV Yerlan"])]
    assert [p["system"] for p in score(gold, systems)["details"]["pairs"]] == ["latin"]


def test_weight_prefers_a_date_inside_the_gold_interval(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m", when="2025-09-22")]})
    systems = [sys_event("wide", when="2025-09"), sys_event("undated", when=None), sys_event("day", when="2025-09-22")]
    assert [p["system"] for p in score(gold, systems)["details"]["pairs"]] == ["day"]


def test_host_breaks_the_tie(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m", host="KZ")]})
    figures = score(gold, [sys_event("ma", host="MA"), sys_event("kz", host="KZ")])
    assert [p["system"] for p in figures["details"]["pairs"]] == ["kz"]
    assert figures["host"] == {"hits": 1, "total": 1, "share": 1.0}


def test_pairing_is_one_to_one(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m")]})
    figures = score(gold, [sys_event("s1"), sys_event("s2")])
    assert figures["events"] == {"tp": 1, "fp": 1, "fn": 0, "precision": 0.5, "recall": 1.0, "f1": 2 / 3}


# ---------------------------------------------------------------- rule 4: figures

def test_date_within(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [
        gold_event("inside", type="meeting", when="2025-09-21/2025-09-25"),
        gold_event("wider", type="visit", when="2025-09-22"),
        gold_event("sysnull", type="agreement", when="2025-02-28"),
        gold_event("goldnull", type="proposal", when=None),
        gold_event("open", type="ceremony", when="../2025-11-27"),
    ]})
    systems = [sys_event("a", type="meeting", when="2025-09-22"),
               sys_event("b", type="visit", when="2025-09"),
               sys_event("c", type="agreement", when=None),
               sys_event("d", type="proposal", when="2025-10"),
               sys_event("e", type="ceremony", when="../2025-11-20")]
    figures = score(gold, systems)
    assert figures["events"]["tp"] == 5
    # inside: yes; month around a day: no; system null: no; gold null: not counted; open in open: yes
    assert figures["date_within"] == {"hits": 2, "total": 4, "share": 0.5}


def test_host_share_counts_only_non_null_gold_hosts(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m", type="meeting", host="KZ"),
                                           gold_event("v", type="measure", host=None)]})
    figures = score(gold, [sys_event("a", type="meeting", host=None), sys_event("b", type="measure", host="KZ")])
    assert figures["host"] == {"hits": 0, "total": 1, "share": 0.0}


def test_people_optional_and_linked_persons_count_neither_way(tmp_path):
    gold = write_gold(
        tmp_path,
        {"a.txt": [gold_event("meet", people=[["عبد القادر الطاهر", "Abdelkader Tahar"], ["Aigul Kuspan"]],
                              optional_people=[["محمد غريب", "Mohamed Gharib"]])],
         "b.txt": [gold_event("meet_b", people=[["Yerlan Koshanov"]], optional_people=[["Mohamed Gharib"]])],
         "c.txt": [gold_event("meet_c", optional_people=[["Aziz Akhannouch"]])]},
        # a and c are linked only through b
        {"same_event": [["a.txt#meet", "b.txt#meet_b"], ["b.txt#meet_b", "c.txt#meet_c"]], "part_of": []})
    system = sys_event("s", docs=("a.txt",), people=[
        "Abdelkader Tahar",      # required: tp
        "عبد القادر الطاهر",       # the same person again: required already taken, not optional -> fp
        "Mohamed Gharib",        # optional here: neither way
        "Yerlan Koshanov",       # required in a linked article: neither way
        "Aziz Akhannouch",       # optional in an article linked through b: neither way
        "Rachid Talbi Alami",    # nobody: fp
    ])
    figures = score(gold, [system])
    assert figures["people"]["tp"] == 1
    assert figures["people"]["fp"] == 2
    assert figures["people"]["fn"] == 1          # Aigul Kuspan missed


def test_required_person_is_taken_before_optional(tmp_path):
    # A person listed both as required and optional: the required slot is tried first, so the
    # first mention is a true positive; the duplicate then falls back on the optional entry.
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m", people=[["Mohamed Gharib"]],
                                                      optional_people=[["Mohamed Gharib"]])]})
    figures = score(gold, [sys_event("s", people=["Mohamed Gharib", "Mohammed Gharib"])])
    assert (figures["people"]["tp"], figures["people"]["fp"], figures["people"]["fn"]) == (1, 0, 0)


def test_system_person_names_and_aliases_are_all_tried(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m", people=[["Рашид Талби Аль-Алами", "راشيد الطالبي العلمي"]])]})
    system = sys_event("s")
    system["people"] = [{"id": "p", "name": "R. T. Alami", "names": {"ar": ["راشيد الطالبي العلمي"]}, "aliases": []}]
    assert score(gold, [system])["people"]["tp"] == 1
    system["people"] = [{"id": "p", "name": "R. T. Alami", "names": {}, "aliases": ["Рашид Талби Аль Алами"]}]
    assert score(gold, [system])["people"]["tp"] == 1
    system["people"] = [{"id": "p", "name": "R. T. Alami", "names": {}, "aliases": []}]
    assert score(gold, [system])["people"]["tp"] == 0


def test_place_matches_own_or_linked_forms(tmp_path):
    gold = write_gold(
        tmp_path,
        {"a.txt": [gold_event("v", type="visit", place=["Astana"]),
                   gold_event("m", type="meeting", place=["мавзолей Короля Мухаммеда V", "Mausoleum of Mohammed V"]),
                   gold_event("p", type="proposal", place=None)],
         "b.txt": [gold_event("v_b", type="visit", place=["Астана", "Nur-Sultan"])]},
        {"same_event": [["a.txt#v", "b.txt#v_b"]], "part_of": []})
    systems = [sys_event("sv", docs=("a.txt",), type="visit", place={"name": "Nur Sultan", "names": {}}),
               sys_event("sm", docs=("a.txt",), type="meeting",
                         place={"name": "Royal Palace", "names": {"ru": "Королевский дворец"}}),
               sys_event("sp", docs=("a.txt",), type="proposal", place={"name": "Rabat", "names": {}})]
    figures = score(gold, systems)
    # sv matches the linked form "Nur-Sultan"; sm names another place; sp is not scored
    assert figures["place"] == {"hits": 1, "total": 2, "share": 0.5}


def test_place_null_in_system_fails(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("v", place=["Rabat"])]})
    assert score(gold, [sys_event("s", place=None)])["place"] == {"hits": 0, "total": 1, "share": 0.0}
    assert score(gold, [sys_event("s", place={"name": "الرباط", "names": {"fr": "Rabat"}})])["place"]["hits"] == 1


def test_topics_with_null_gold_and_linked_topics(tmp_path):
    gold = write_gold(
        tmp_path,
        {"a.txt": [gold_event("m", topics=["trade", "agriculture"]),
                   gold_event("v", type="visit", topics=None)],
         "b.txt": [gold_event("m_b", topics=["digital"])]},
        {"same_event": [["a.txt#m", "b.txt#m_b"]], "part_of": []})
    systems = [sys_event("s", docs=("a.txt",), topics=["trade", "digital", "energy"]),
               sys_event("t", docs=("a.txt",), type="visit", topics=["culture"])]
    figures = score(gold, systems)
    # trade tp; agriculture fn; digital listed by the linked event: neither way; energy fp; visit unscored
    assert (figures["topics"]["tp"], figures["topics"]["fp"], figures["topics"]["fn"]) == (1, 1, 1)


def test_same_event_precision_and_recall(tmp_path):
    gold = write_gold(
        tmp_path,
        {"a.txt": [gold_event("v", type="visit"), gold_event("m", type="meeting")],
         "b.txt": [gold_event("v", type="visit"), gold_event("m", type="meeting")],
         "c.txt": [gold_event("v", type="visit")]},
        {"same_event": [["a.txt#v", "b.txt#v"], ["a.txt#v", "c.txt#v"], ["b.txt#v", "c.txt#v"],
                        ["a.txt#m", "b.txt#m"]], "part_of": []})
    systems = [sys_event("V", docs=("a.txt", "b.txt"), type="visit"),   # 1 of the 3 visit pairs
               sys_event("Vc", docs=("c.txt",), type="visit"),
               sys_event("M", docs=("a.txt", "b.txt"), type="meeting")]  # the meeting pair
    figures = score(gold, systems)
    assert figures["same_event"] == {"tp": 2, "fp": 0, "fn": 2, "precision": 1.0, "recall": 0.5, "f1": 2 / 3}
    # merging two different gold events across articles produces a wrong pair
    systems = [sys_event("X", docs=("a.txt", "b.txt", "c.txt"), type="visit"),
               sys_event("Y", docs=("a.txt",), type="meeting"),
               sys_event("Z", docs=("b.txt",), type="meeting")]
    figures = score(gold, systems)
    assert (figures["same_event"]["tp"], figures["same_event"]["fp"], figures["same_event"]["fn"]) == (3, 0, 1)


def test_same_event_wrong_merge_is_a_false_positive(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m1")], "b.txt": [gold_event("m2")]},
                      {"same_event": [], "part_of": []})
    figures = score(gold, [sys_event("M", docs=("a.txt", "b.txt"))])
    assert figures["same_event"] == {"tp": 0, "fp": 1, "fn": 0, "precision": 0.0, "recall": None, "f1": 0.0}


def test_part_of_precision_and_recall(tmp_path):
    gold = write_gold(
        tmp_path,
        {"a.txt": [gold_event("visit", type="visit", when="2025-09-21/2025-09-25"),
                   gold_event("meet1", type="meeting", when="2025-09-22"),
                   gold_event("meet2", type="meeting", when="2025-09-23", host="MA"),
                   gold_event("sign", type="agreement", when="2025-09-23")]},
        {"same_event": [], "part_of": [["a.txt#meet1", "a.txt#visit"], ["a.txt#meet2", "a.txt#visit"]]})
    systems = [sys_event("V", type="visit", when="2025-09-21/2025-09-25"),
               sys_event("M1", type="meeting", when="2025-09-22", part_of="V"),     # right
               sys_event("M2", type="meeting", when="2025-09-23", host="MA"),        # missed link
               sys_event("S", type="agreement", when="2025-09-23", part_of="M1"),   # wrong link
               sys_event("X", type="ceremony", part_of="V")]                         # unpaired: no pair
    figures = score(gold, systems)
    assert figures["part_of"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}


def test_micro_average_over_articles(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m")],
                                 "b.txt": [gold_event("m", type="visit"), gold_event("n", type="agreement")]})
    systems = [sys_event("s", docs=("a.txt",)), sys_event("t", docs=("b.txt",), type="visit"),
               sys_event("u", docs=("b.txt",), type="measure")]
    e = score(gold, systems)["events"]
    assert (e["tp"], e["fp"], e["fn"]) == (2, 1, 1)
    assert e["precision"] == pytest.approx(2 / 3) and e["recall"] == pytest.approx(2 / 3)


# ---------------------------------------------------------------- bad input

def test_malformed_system_events_are_reported_not_raised(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("m")]})
    figures = score(gold, ["not an event", sys_event("bad", when="22 Sept"), sys_event("ok"),
                           {"id": "nomention", "type": "meeting"}])
    assert figures["events"]["tp"] == 1
    assert figures["events"]["fp"] == 1          # the unreadable date cannot be paired
    assert len(figures["errors"]) == 3
    assert any("'22 Sept'" in e for e in figures["errors"])


def test_report_lists_every_figure():
    gold = load_gold(DEV)
    text = format_report(score(gold, gold_as_system(gold)))
    for name in ("events", "visit", "people", "topics", "same_event", "part_of", "date_within", "host", "place"):
        assert name in text
    assert "1.000" in text and "n/a" not in text


def test_part_of_is_read_within_each_article(tmp_path):
    # The visit is reported in both articles and merged into one system event; the meeting only in a.
    # The meeting's part_of points at that event, which in a.txt is a#visit: one right pair, and
    # no extra pair to b#visit, which the gold never lists.
    gold = write_gold(
        tmp_path,
        {"a.txt": [gold_event("visit", type="visit", when="2025-09-21/2025-09-25"),
                   gold_event("meet", type="meeting", when="2025-09-22")],
         "b.txt": [gold_event("visit", type="visit", when="../2025-11-27")]},
        {"same_event": [["a.txt#visit", "b.txt#visit"]], "part_of": [["a.txt#meet", "a.txt#visit"]]})
    systems = [sys_event("V", docs=("a.txt", "b.txt"), type="visit", when="2025-09-21/2025-09-25"),
               sys_event("M", docs=("a.txt",), type="meeting", when="2025-09-22", part_of="V")]
    figures = score(gold, systems)
    assert figures["part_of"] == {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert figures["same_event"]["tp"] == 1


def test_place_word_order_does_not_matter(tmp_path):
    gold = write_gold(tmp_path, {"a.txt": [gold_event("c", type="ceremony",
                                                      place=["мавзолей Короля Мухаммеда V", "Mausoleum of Mohammed V"])]})
    system = sys_event("s", type="ceremony", place={"name": "Mohammed V Mausoleum", "names": {}})
    assert score(gold, [system])["place"]["hits"] == 1


def test_figures_are_plain_json():
    gold = load_gold(DEV)
    figures = score(gold, gold_as_system(gold))
    assert json.loads(json.dumps(figures)) == figures


def test_a_linked_gold_events_date_counts_for_compatibility_and_date_within(tmp_path):
    # Two outlets date one signing differently (GOLD.md rule 2 and `date_within`):
    # a system event dated as the other outlet dates it still pairs, and lies "within".
    gold = write_gold(
        tmp_path,
        {"a.txt": [gold_event("s", type="agreement", when="2025-09-22")],
         "b.txt": [gold_event("s_b", type="agreement", when="2025-09-24")]},
        {"same_event": [["a.txt#s", "b.txt#s_b"]], "part_of": []})
    figures = score(gold, [sys_event("S", docs=("a.txt", "b.txt"), type="agreement", when="2025-09-24")])
    assert figures["events"]["tp"] == 2 and figures["events"]["fp"] == 0
    assert figures["date_within"] == {"hits": 2, "total": 2, "share": 1.0}
    assert figures["same_event"]["tp"] == 1
    # an unlinked gold event with another date is not compatible
    gold = write_gold(tmp_path, {"a.txt": [gold_event("s", type="agreement", when="2025-09-22")],
                                 "b.txt": [gold_event("s_b", type="agreement", when="2025-09-24")]},
                      {"same_event": [], "part_of": []})
    figures = score(gold, [sys_event("S", docs=("a.txt",), type="agreement", when="2025-09-24")])
    assert figures["events"]["tp"] == 0 and figures["events"]["fp"] == 1

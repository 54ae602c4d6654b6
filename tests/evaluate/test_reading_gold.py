"""Reading gold sets (GOLD.md "Files")."""
import json
from datetime import date
from pathlib import Path

import pytest

from accord.evaluate.gold import GoldError, load_gold

DEV = Path("/work/shared/gold/dev")


def test_dev_gold_set_loads():
    gold = load_gold(DEV)
    assert [a.doc for a in gold.articles] == ["ar_ma_kz_friendship_group_astana.txt", "ru_koshanov_morocco_visit.txt"]
    ar, ru = gold.articles
    assert ar.lang == "ar" and ar.published == "2025-09-24" and ar.path == DEV / ar.doc
    assert len(ar.events) == 5 and len(ru.events) == 11
    visit = ar.events[0]
    assert visit.key == (ar.doc, "fg_visit")
    assert visit.interval == (date(2025, 9, 21), date(2025, 9, 25))
    assert visit.topics is None and visit.place is None
    assert visit.people[0] == ("عبد القادر الطاهر", "Abdelkader Tahar")
    spring = next(e for e in ru.events if e.id == "fm_spring_visit")
    assert spring.interval == (date(2025, 3, 1), date(2025, 5, 31))
    assert frozenset({(ar.doc, "visa_free"), (ru.doc, "visa_free")}) in gold.same_event
    assert ((ru.doc, "mausoleum"), (ru.doc, "koshanov_visit")) in gold.part_of
    assert len(gold.same_event) == 2 and len(gold.part_of) == 6


def _write(folder: Path, name: str, events: list, doc: str | None = None) -> None:
    doc = doc or f"{name}.txt"
    (folder / doc).write_text("text", encoding="utf-8")
    (folder / f"{name}.gold.json").write_text(json.dumps({"doc": doc, "lang": "fr", "published": "2025-01-02",
                                                          "events": events}), encoding="utf-8")


def _event(id, **kw):
    return {"id": id, "type": "meeting", "when": "2025-01", "countries": ["FR", "KZ"], "host": "FR",
            "place": ["Paris"], "people": [["Jean Dupont"]], "optional_people": [], "topics": ["trade"], **kw}


def test_missing_links_means_no_links(tmp_path):
    _write(tmp_path, "a", [_event("m")], doc="a.html")
    gold = load_gold(tmp_path)
    assert gold.articles[0].path == tmp_path / "a.html"
    assert gold.same_event == set() and gold.part_of == set()


def test_same_event_groups_follow_chains(tmp_path):
    for name in "abc":
        _write(tmp_path, name, [_event("m")])
    (tmp_path / "links.json").write_text(json.dumps(
        {"same_event": [["a.txt#m", "b.txt#m"], ["b.txt#m", "c.txt#m"]], "part_of": []}))
    groups = load_gold(tmp_path).same_event_groups()
    assert groups[("a.txt", "m")] == {("b.txt", "m"), ("c.txt", "m")}
    assert groups[("c.txt", "m")] == {("a.txt", "m"), ("b.txt", "m")}


@pytest.mark.parametrize("event, message", [
    (_event("m", type="talks"), "unknown type 'talks'"),
    (_event("m", when="22 janvier 2025"), "bad when"),
    (_event("m", when="2025-02-30"), "bad when"),
    (_event("m", topics=["economy"]), "unknown topics"),
    (_event("m", people=["Jean Dupont"]), "list of names"),
])
def test_bad_gold_event_is_a_clear_error(tmp_path, event, message):
    _write(tmp_path, "a", [event])
    with pytest.raises(GoldError, match=message) as info:
        load_gold(tmp_path)
    assert "a.gold.json" in str(info.value) and "(m)" in str(info.value)


def test_link_to_unknown_event_is_an_error(tmp_path):
    _write(tmp_path, "a", [_event("m")])
    (tmp_path / "links.json").write_text(json.dumps({"same_event": [["a.txt#m", "b.txt#m"]]}))
    with pytest.raises(GoldError, match="'b.txt#m' names no gold event"):
        load_gold(tmp_path)


def test_missing_article_file_is_an_error(tmp_path):
    (tmp_path / "a.gold.json").write_text(json.dumps({"doc": "a.txt", "events": []}))
    with pytest.raises(GoldError, match="'a.txt' not found"):
        load_gold(tmp_path)


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(GoldError, match="no \\*.gold.json"):
        load_gold(tmp_path)


def test_present_only_leaves_out_absent_texts_and_their_links(tmp_path):
    for name in "abc":
        _write(tmp_path, name, [_event("m"), _event("v", type="visit")])
    (tmp_path / "links.json").write_text(json.dumps(
        {"same_event": [["a.txt#m", "b.txt#m"], ["b.txt#m", "c.txt#m"]], "part_of": [["c.txt#m", "c.txt#v"]]}))
    (tmp_path / "c.txt").unlink()                    # a third-party page not restored on this machine
    with pytest.raises(GoldError, match="'c.txt' not found"):
        load_gold(tmp_path)
    gold = load_gold(tmp_path, present_only=True)
    assert [a.doc for a in gold.articles] == ["a.txt", "b.txt"] and gold.absent == ["c.txt"]
    assert gold.same_event == {frozenset({("a.txt", "m"), ("b.txt", "m")})} and gold.part_of == set()


def test_present_only_with_no_text_at_all_is_an_error(tmp_path):
    _write(tmp_path, "a", [_event("m")])
    (tmp_path / "a.txt").unlink()
    with pytest.raises(GoldError, match="with their texts"):
        load_gold(tmp_path, present_only=True)

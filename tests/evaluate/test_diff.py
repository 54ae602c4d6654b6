"""`accord eval --diff`: what differs from the gold, article by article, in words a reader can act on."""
from __future__ import annotations

import json
from pathlib import Path

from accord.evaluate.diff import format_differences
from accord.evaluate.gold import load_gold
from accord.evaluate.score import score

ARTICLE = "Kazakh Foreign Minister Murat Nurtleu met Qatari Foreign Minister Mohammed Al Thani in Doha on 3 June 2025."


def _gold_set(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    events = [
        {"id": "meet", "type": "meeting", "when": "2025-06-03", "countries": ["KZ", "QA"], "host": "QA",
         "place": ["Doha"], "people": [["Murat Nurtleu"], ["Mohammed Al Thani"]], "optional_people": [],
         "topics": None, "evidence": ARTICLE[:40]},
        {"id": "visit", "type": "visit", "when": "2025-06-03", "countries": ["KZ", "QA"], "host": "QA",
         "place": None, "people": [["Murat Nurtleu"]], "optional_people": [], "topics": None, "evidence": ARTICLE[:40]},
    ]
    (tmp_path / "a.gold.json").write_text(json.dumps({"doc": "a.txt", "lang": "en", "published": "2025-06-04",
                                                      "events": events}), encoding="utf-8")
    return tmp_path


def test_differences_name_the_missed_the_spurious_and_the_wrong_fields(tmp_path: Path) -> None:
    gold = load_gold(_gold_set(tmp_path))
    mention = {"doc": "a.txt", "lang": "en", "start": 0, "end": 40, "text": ARTICLE[:40]}
    system = [
        {"id": "s1", "type": "meeting", "when": "2025-06", "countries": ["KZ", "QA"], "host": "KZ", "place": None,
         "people": [{"name": "Murat Nurtleu"}, {"name": "Kassym-Jomart Tokayev"}], "topics": [], "part_of": None,
         "mentions": [mention]},
        {"id": "s2", "type": "agreement", "when": "2025-06-03", "countries": ["KZ", "QA"], "host": None,
         "place": None, "people": [], "topics": [], "part_of": None, "mentions": [mention]},
    ]
    figures = score(gold, system)
    text = format_differences(gold, system, figures["details"])
    assert "missed    visit: visit 2025-06-03 host=QA people=[Murat Nurtleu]" in text
    assert "spurious  s2: agreement 2025-06-03" in text
    line = next(x for x in text.splitlines() if x.strip().startswith("differs"))
    assert "meet ~ s1" in line
    assert "missing person Mohammed Al Thani" in line and "extra person Kassym-Jomart Tokayev" in line
    assert "host KZ (gold QA)" in line and "when 2025-06 (gold 2025-06-03)" in line
    assert "place None (gold Doha)" in line
    assert "Murat Nurtleu" not in line.split("missing person", 1)[1].split(";")[0]


def test_no_differences_says_so(tmp_path: Path) -> None:
    gold = load_gold(_gold_set(tmp_path))
    system = [{"id": f"s{i}", "type": e.type, "when": e.when, "countries": list(e.countries), "host": e.host,
               "place": {"name": e.place[0]} if e.place else None, "people": [{"name": forms[0]} for forms in e.people], "topics": [], "part_of": None,
               "mentions": [{"doc": "a.txt", "text": ""}]} for i, e in enumerate(gold.articles[0].events)]
    figures = score(gold, system)
    assert format_differences(gold, system, figures["details"]) == "no differences"


def test_links_missed_and_made_wrongly_are_listed(tmp_path: Path) -> None:
    _gold_set(tmp_path)
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    meet = json.loads((tmp_path / "a.gold.json").read_text(encoding="utf-8"))["events"][0]
    (tmp_path / "b.gold.json").write_text(json.dumps({"doc": "b.txt", "lang": "en", "published": "2025-06-04",
                                                      "events": [meet]}), encoding="utf-8")
    (tmp_path / "links.json").write_text(json.dumps({"same_event": [["a.txt#meet", "b.txt#meet"]],
                                                     "part_of": [["a.txt#meet", "a.txt#visit"]]}), encoding="utf-8")
    gold = load_gold(tmp_path)
    def record(sid: str, doc: str, type_: str, part_of: str | None = None) -> dict:
        return {"id": sid, "type": type_, "when": "2025-06-03", "countries": ["KZ", "QA"], "host": "QA",
                "place": None, "people": [], "topics": [], "part_of": part_of,
                "mentions": [{"doc": doc, "text": ""}]}
    system = [record("m1", "a.txt", "meeting"), record("m2", "b.txt", "meeting"), record("v1", "a.txt", "visit")]
    figures = score(gold, system)
    text = format_differences(gold, system, figures["details"])
    assert "same_event missed  a.txt#meet (m1) ~ b.txt#meet (m2)" in text
    assert "part_of missed     a.txt#meet (m1) < a.txt#visit (v1)" in text
    system[1]["id"], system[0]["part_of"] = "m1", "v1"
    system[1]["mentions"] = [{"doc": "b.txt", "text": ""}]
    merged = [dict(system[0], mentions=[{"doc": "a.txt", "text": ""}, {"doc": "b.txt", "text": ""}]), system[2]]
    figures = score(gold, merged)
    assert "links" not in format_differences(gold, merged, figures["details"]).splitlines()

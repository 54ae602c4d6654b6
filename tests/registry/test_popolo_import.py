"""Users bring their own actors as Popolo JSON; articles then resolve to them."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

POPOLO = {
    "persons": [{
        "id": "eg-gebaly", "name": "Hanafy Gebaly",
        "other_names": [{"name": "حنفي جبالي", "lang": "ar"}, {"name": "Ханафи Габали", "lang": "ru"},
                        {"name": "Hanafi Gebali", "lang": "en"}],
    }],
    "organizations": [{"id": "eg-house", "name": "House of Representatives", "classification": "lower_chamber",
                       "country": "EG"}],
    "posts": [{"id": "eg-house-speaker", "label": "Speaker", "role": "speaker", "organization_id": "eg-house"}],
    "memberships": [{"person_id": "eg-gebaly", "organization_id": "eg-house", "post_id": "eg-house-speaker",
                     "role": "speaker", "start_date": "2021-01-12"}],
}

ARTICLE = ("Председатель Мажилиса Ерлан Кошанов провел переговоры с Председателем Палаты представителей "
           "Египта Ханафи Габали в Каире 20 мая 2025 года.\n")


def test_an_imported_registry_names_the_actor(tmp_path: Path) -> None:
    registry = tmp_path / "mine.popolo.json"
    registry.write_text(json.dumps(POPOLO, ensure_ascii=False), encoding="utf-8")
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"text": ARTICLE, "doc": "ru.txt", "published": "2025-05-21"},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'a.db'}"
    accord = [sys.executable, "-m", "accord.cli", "--db", db, "--registry", str(registry)]
    done = subprocess.run([*accord, "ingest", "-q", str(batch)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = subprocess.run([*accord, "export"], capture_output=True, text=True, timeout=300).stdout
    people = {p["id"] for line in out.splitlines() for e in [json.loads(line)] for p in e["people"]}
    assert "eg-gebaly" in people and "kz-koshanov" in people
    popolo = subprocess.run([*accord, "export", "--format", "popolo"], capture_output=True, text=True,
                            timeout=300).stdout
    assert "eg-gebaly" in {p["id"] for p in json.loads(popolo)["persons"]}


def test_an_unreadable_registry_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "accord.cli", "--db", f"sqlite:///{tmp_path / 'a.db'}",
                           "--registry", str(bad), "ingest", "-q", str(bad)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode != 0
    assert "cannot read Popolo JSON" in done.stderr

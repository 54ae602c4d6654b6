"""registry/officials.popolo.json: the region's officials beyond the seed's heads, opt-in with --registry. It reads
as Popolo beside the seed, its people resolve from the press's spellings in several languages to one person, and
no one it adds shadows a person of the seed."""
from __future__ import annotations

import json

import pytest

from accord.analyse.pipeline import analyse
from accord.analyse.resources import Resources
from accord.model import Document
from accord.registry.registry import load_registry
from tests.paths import ROOT

OFFICIALS = str(ROOT / "registry" / "officials.popolo.json")


@pytest.mark.parametrize("name, lang, person", [
    ("Михаил Богданов", "ru", "ru-bogdanov"),
    ("ميخائيل بوغدانوف", "ar", "ru-bogdanov"),
    ("Mikhail Bogdanov", "en", "ru-bogdanov"),
    ("Дмитрий Песков", "ru", "ru-peskov"),
    ("Roman Sklyar", "en", "kz-sklyar"),
])
def test_an_official_resolves_from_the_press_spelling(name: str, lang: str, person: str) -> None:
    found = load_registry((OFFICIALS,)).resolve_person(name, lang)
    assert found is not None and found[0].id == person and found[1] >= 0.8


def test_the_file_adds_people_and_never_reuses_an_id_of_the_seed() -> None:
    data = json.loads((ROOT / "registry" / "officials.popolo.json").read_text(encoding="utf-8"))
    seed = load_registry(())
    assert len(data["persons"]) >= 200
    assert all(seed.actor(p["id"]) is None for p in data["persons"])
    langs = {o["lang"] for p in data["persons"] for o in p.get("other_names", [])}
    assert langs >= {"en", "fr", "ar", "ru", "kk"}


def test_an_article_read_with_the_file_knows_the_deputy_ministers_country() -> None:
    text = ("Заместитель министра иностранных дел Михаил Богданов провёл в Москве переговоры с послом Египта. "
            "Стороны обсудили ситуацию на Ближнем Востоке и подготовку визита в Каир.")
    doc = Document(doc="t", text=text, lang="ru", published="2025-03-04")
    people = analyse(doc, Resources.load((OFFICIALS,))).people
    bogdanov = [p for p in people if "Богданов" in p.name]
    assert bogdanov and bogdanov[0].country == "RU"

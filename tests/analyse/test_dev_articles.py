"""The two real dev articles: the names an analyst expects are found (no special cases in code)."""
import pytest

from accord.analyse.countries import find_countries
from accord.analyse.institutions import find_orgs
from accord.analyse.people import cluster_people, find_people
from accord.analyse.places import find_places
from tests.paths import SHARED_DEV

DEV = SHARED_DEV


def _article(name):
    path = DEV / name
    if not path.exists():
        pytest.skip(f"{path} is not there")
    return path.read_text(encoding="utf-8")


def _people(text, lang):
    countries = find_countries(text, lang)
    orgs = find_orgs(text, lang, countries)
    return cluster_people(find_people(text, lang, countries, orgs), lang), countries, orgs


def test_arabic_dev_article():
    text = _article("ar_ma_kz_friendship_group_astana.txt")
    people, countries, orgs = _people(text, "ar")
    assert [(p.name, p.role, p.country) for p in people] == [
        ("عبد القادر الطاهر", "group_chair", "MA"), ("محمد غريب", "group_member", "MA"),
        ("عبد الرحمان سهلي", "group_member", "MA"), ("Aigul KUSPAN", "group_chair", "KZ"),
        ("راشيد الطالبي العلمي", "speaker", None)]
    assert {c.code for c in countries} == {"MA", "KZ"}
    assert {(o.kind, o.country) for o in orgs if o.kind.endswith("chamber")} == {
        ("lower_chamber", "MA"), ("lower_chamber", "KZ"), ("upper_chamber", "KZ"), ("lower_chamber", None)}
    assert ("بالرباط", "الرباط") in {(p.text, p.name) for p in find_places(text, "ar")}


def test_russian_dev_article():
    text = _article("ru_koshanov_morocco_visit.txt")
    people, countries, _ = _people(text, "ru")
    found = {p.name: (p.role, p.country) for p in people}
    assert found["Ерлан Кошанов"][0] == "speaker"
    assert found["Рашид Талби Аль-Алами"] == ("speaker", "MA")
    assert found["Мухаммед Ульд Ар-Рашид"] == ("speaker", "MA")
    assert found["Азиз Аханнуш"] == ("head_of_government", "MA")
    assert found["Касым-Жомарт Токаев"] == ("president", None)
    assert "Мохаммед Биядилла" in found
    assert found["Мухаммед V"][0] == "king"
    assert found["Жаслан Жұмабеков"][0] == "photo_credit"
    assert {c.code for c in countries if c.form == "name"} == {"MA", "KZ"}
    assert {p.name for p in find_places(text, "ru")} == {"Астана", "Рабат", "мавзолей Мухаммеда V"}

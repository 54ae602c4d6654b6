"""People: names that end before a headline verb, foreign names with a hyphenated case ending,
two names side by side, abbreviations that are no names."""
from __future__ import annotations

import json

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def names(lang: str, text: str) -> list[str]:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2026-02-11"))
    return sorted(p.name for p in found.people)


@pytest.mark.parametrize("text, expected", [
    ("عبد العاطي يختتم زيارته إلى باريس\n\nاختتم وزير الخارجية المصري بدر عبد العاطي زيارته إلى فرنسا.",
     ["بدر عبد العاطي"]),
    ("التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، أمس الثلاثاء، نظيره الكازاخستاني.",
     ["فيصل بن فرحان بن عبدالله"]),
])
def test_arabic_names_end_before_verbs_and_possessed_nouns(text: str, expected: list[str]) -> None:
    assert names("ar", text) == expected


def test_kazakh_case_ending_after_a_hyphen_is_not_part_of_the_name() -> None:
    text = ("Ермек Көшербаев ҚХР Сыртқы істер министрі Ван И-мен кездесті. Ол ҚКП ОК Халықаралық байланыстар "
            "бөлімінің басшысы Лю Хайсинмен кездесті.")
    assert names("kk", text) == ["Ван И", "Ермек Көшербаев", "Лю Хайсин"]


def test_two_names_side_by_side_are_two_people() -> None:
    text = ("Қазақстан Сыртқы істер министрі Ермек Көшербаев Пекинде болды. "
            "Ермек Көшербаев Ван И-ді Қазақстанға ресми сапармен келуге шақырды.")
    assert "Ермек Көшербаев Ван И" not in names("kk", text)
    assert {"Ермек Көшербаев", "Ван И"} <= set(names("kk", text))


def test_a_surname_in_capitals_still_ends_a_name() -> None:
    assert "Aigul Kuspan" in [n.title() for n in names("fr", "La présidente du groupe d'amitié, Mme Aigul KUSPAN, a reçu la délégation.")]


def test_names_the_registry_knows_are_found_where_rules_miss_them(tmp_path, monkeypatch) -> None:
    """«Председатель Си Цзиньпин»: «Си» is a common Russian word (a note), so the rules take no name;
    a registry that knows the name finds it, also declined («Си Цзиньпина»)."""
    text = "В июле 2024 года Председатель Си Цзиньпин посетил Астану. Визит Си Цзиньпина длился два дня."
    assert "Си Цзиньпин" not in names("ru", text)
    popolo = {"persons": [{"id": "cn-xi", "name": "Xi Jinping", "country": "CN",
                           "other_names": [{"name": "Си Цзиньпин", "lang": "ru"}, {"name": "Xi Jinping", "lang": "en"}]}],
              "organizations": [], "posts": [], "memberships": []}
    path = tmp_path / "cn.popolo.json"
    path.write_text(json.dumps(popolo, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("ACCORD_REGISTRY", str(path))
    found = analyse(Document(doc="t", text=text, lang="ru", published="2026-01-26"))
    xi = [p for p in found.people if p.name == "Си Цзиньпин"]
    assert len(xi) == 1 and len(xi[0].mentions) == 2


def test_arabic_surnames_joined_by_and_and_feminine_verbs_before_a_name() -> None:
    text = ("استقبل المستشار حنفي جبالي، رئيس مجلس النواب، السيدة فالنتينا ماتفيينكو، رئيسة مجلس الاتحاد الروسي.\n"
            "ووقع جبالي وماتفيينكو في ختام اللقاء مذكرة تفاهم.\n"
            "ونقلت ماتفيينكو تحيات الرئيس فلاديمير بوتين، ثم وجهت ماتفيينكو الدعوة إلى جبالي لزيارة روسيا.")
    assert names("ar", text) == ["حنفي جبالي", "فالنتينا ماتفيينكو", "فلاديمير بوتين"]

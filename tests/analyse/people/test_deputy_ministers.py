"""A deputy minister is not the minister («Deputy Foreign Minister», «заместитель министра иностранных дел»,
«نائب وزير الخارجية»): his title has a role of its own, so «the two ministers» and the minister's post of the
registry are not his."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document
from accord.registry import Registry

_DEPUTY = {
    "en": "Kazakhstan's Deputy Foreign Minister Roman Vassilenko held consultations in Vienna with "
          "Secretary General of the Austrian Foreign Ministry Peter Launsky-Tieffenthal on Tuesday.",
    "ru": "Заместитель министра иностранных дел Казахстана Роман Василенко провел в Вене консультации "
          "с генеральным секретарем МИД Австрии Петером Лаунски-Тиффенталем.",
    "kk": "Қазақстан Республикасының Сыртқы істер министрінің орынбасары Роман Василенко Венада "
          "Австрия СІМ бас хатшысымен кездесті.",
    "ar": "أجرى نائب وزير الخارجية الكازاخستاني رومان فاسيلينكو مشاورات في فيينا مع الأمين العام "
          "لوزارة الخارجية النمساوية.",
    "fr": "Le vice-ministre kazakh des Affaires étrangères Roman Vassilenko a tenu des consultations à Vienne "
          "avec le secrétaire général du ministère autrichien des Affaires étrangères.",
}


@pytest.mark.parametrize("lang", sorted(_DEPUTY))
def test_a_deputy_foreign_minister_is_no_foreign_minister(lang: str) -> None:
    r = analyse(Document(doc="t", text=_DEPUTY[lang], lang=lang, published="2023-04-20"))
    deputy = [p for p in r.people if "Василенко" in p.name or "Vassilenko" in p.name or "فاسيلينكو" in p.name]
    assert [(p.role, p.country) for p in deputy] == [("deputy_minister", "KZ")], \
        [(p.name, p.role, p.country) for p in r.people]


@pytest.mark.parametrize("lang, text, ministers", [
    ("en", "Foreign Minister of Kazakhstan Murat Nurtleu arrived in Budapest on an official visit.\n"
           "He held talks with Hungarian Foreign Minister Peter Szijjarto.\n"
           "The delegation included Deputy Foreign Minister Roman Vassilenko.\n"
           "The two ministers also signed a memorandum on cooperation in education.",
     {"Murat Nurtleu", "Peter Szijjarto"}),
    ("ru", "Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Будапешт с официальным визитом.\n"
           "Он провел переговоры с министром иностранных дел Венгрии Петером Сийярто.\n"
           "В состав делегации вошел заместитель министра иностранных дел Роман Василенко.\n"
           "Министры двух стран также подписали меморандум о сотрудничестве в области образования.",
     {"Мурат Нуртлеу", "Петер Сийярто"}),
])
def test_the_two_ministers_are_not_their_deputies(lang: str, text: str, ministers: set[str]) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-03-10"))
    people = {p.id: p.name for p in r.people}
    signed = [e for e in r.events if e.type == "agreement"]
    assert signed and {people[pid] for pid in signed[0].people} == ministers, \
        [[people[pid] for pid in e.people] for e in r.events]


def test_the_registry_knows_the_deputy_by_his_dated_post() -> None:
    registry = Registry.load_default()
    for name, lang in [("Roman Vassilenko", "en"), ("Роман Василенко", "ru"), ("رومان فاسيلينكو", "ar")]:
        hit = registry.resolve_person(name, lang, role="deputy_minister", country="KZ", when="2023-04-20")
        assert hit is not None and hit[0].id == "kz-vassilenko" and hit[0].role == "deputy_minister"
    # the title of a minister does not fit the deputy's post
    hit = registry.resolve_person("Роман Василенко", "ru", role="foreign_minister", country="KZ", when="2023-04-20")
    assert hit is not None and hit[1] < 0.9

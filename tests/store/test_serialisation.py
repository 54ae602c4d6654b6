"""What the store writes of an analysis: `to_dict` must give exactly what `dataclasses.asdict` gives,
on real analyses (nested spans, times, mentions, people) in several languages."""
from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Actor, Document, DocumentAnalysis, from_dict, to_dict

ARTICLES = [
    ("ru", "Астана, 12 марта 2024 года. Президент Казахстана Касым-Жомарт Токаев провёл переговоры с "
           "Президентом Венгрии Тамашем Шуйоком. Стороны подписали соглашение о сотрудничестве в области "
           "образования."),
    ("fr", "Rabat, le 5 juin 2023 – Le ministre des Affaires étrangères Nasser Bourita a reçu lundi son "
           "homologue sénégalais. Les deux ministres ont signé un mémorandum d'entente."),
    ("ar", "الرباط في 5 يونيو 2023 - استقبل وزير الخارجية ناصر بوريطة، يوم الاثنين، نظيره السنغالي، "
           "ووقع الوزيران مذكرة تفاهم."),
]


@pytest.mark.parametrize(("lang", "text"), ARTICLES)
def test_an_analysis_serialises_as_asdict_does(lang: str, text: str) -> None:
    doc = Document(doc=f"a-{lang}", lang=lang, published="2024-03-12", text=text)
    analysis = analyse(doc)
    assert analysis.events, "the article must give something to serialise"
    assert to_dict(analysis) == asdict(analysis)
    assert json.dumps(to_dict(analysis), ensure_ascii=False) == json.dumps(asdict(analysis), ensure_ascii=False)
    # and it reads back as the same analysis
    assert from_dict(DocumentAnalysis, json.loads(json.dumps(to_dict(analysis)))) == from_dict(
        DocumentAnalysis, json.loads(json.dumps(asdict(analysis))))


def test_values_are_copies_not_the_records_own() -> None:
    actor = Actor(id="kz:tokayev", kind="person", name="Kassym-Jomart Tokayev",
                  names={"ru": ["Токаев"]}, aliases=["Tokayev"])
    plain = to_dict(actor)
    assert plain == asdict(actor)
    plain["names"]["ru"].append("Тоқаев")
    plain["aliases"].clear()
    assert actor.names == {"ru": ["Токаев"]} and actor.aliases == ["Tokayev"]


def test_anything_else_is_itself() -> None:
    assert to_dict({"a": [1, 2]}) == {"a": [1, 2]}
    assert to_dict("text") == "text"

"""A visitor's companions named after «accompagné de», «Accompagnant X … se trouvent», «برفقة», «يرافقه»,
«сүйемелдеуімен» are members of the visiting delegation. Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("fr", "Le président azerbaïdjanais Ilham Aliyev est arrivé lundi à Tachkent pour une visite officielle.\n\n"
           "Accompagnant Aliyev lors de cette visite se trouvent le ministre des Affaires étrangères, Djeyhoun "
           "Baïramov, et le ministre de l'Économie, Mikaïl Djabbarov.", {"Ilham Aliyev", "Djeyhoun Baïramov"},
     {"Accompagnant"}),
    ("ar", "وصل الرئيس الأذربيجاني إلهام علييف اليوم الأربعاء إلى العاصمة الأوزبكية طشقند في زيارة رسمية.\n\n"
           "ويرافقه في هذه الزيارة وزير الخارجية جيحون بيراموف.", {"إلهام علييف", "جيحون بيراموف"}, set()),
    ("kk", "Әзербайжан Президенті Ілхам Әлиев Ташкентке ресми сапармен келді.\n\n"
           "Сыртқы істер министрі Жейхун Байрамовтың сүйемелдеуімен келген делегацияны Өзбекстан тарапы қарсы алды.",
     {"Ілхам Әлиев", "Жейхун Байрамов"}, set()),
]


@pytest.mark.parametrize("lang, text, members, not_names", CASES, ids=[c[0] for c in CASES])
def test_companions_join_the_visit(lang: str, text: str, members: set[str], not_names: set[str]) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-01-14"))
    names = {p.id: p.name for p in found.people}
    visits = [e for e in found.events if e.type == "visit"]
    assert visits, [(e.type, e.evidence) for e in found.events]
    people = {names[p] for v in visits for p in v.people}
    assert members <= people, people
    assert not any(w in n for w in not_names for n in names.values())

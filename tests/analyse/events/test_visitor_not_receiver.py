"""Who is on a visit: not the one who receives the visitor («accueilli par X», «كان في استقباله X»), nor
whoever a phrase about another event names («since the murder of …», «après sa rencontre avec … à
Genève»), whose place is not the visit's either."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def visits(lang: str, text: str) -> list[tuple[str | None, set[str]]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2018-11-27"))
    names = {p.id: p.name for p in r.people}
    return [(e.host, {names[p] for p in e.people}) for e in r.events if e.type == "visit"]


@pytest.mark.parametrize("lang, text, visitor, receiver", [
    ("fr", "Le prince héritier saoudien Mohammed ben Salmane est arrivé au Caire, où il a été accueilli à "
           "l'aéroport par le président Abdel Fattah al-Sissi, pour une visite officielle.",
     "Mohammed ben Salmane", "Abdel Fattah al-Sissi"),
    ("ar", "وصل ولي العهد السعودي محمد بن سلمان إلى القاهرة في زيارة رسمية، وكان في استقباله الرئيس المصري "
           "عبد الفتاح السيسي.", "محمد بن سلمان", "عبد الفتاح السيسي"),
])
def test_the_receiver_is_no_visitor(lang: str, text: str, visitor: str, receiver: str) -> None:
    found = visits(lang, text)
    assert found and all(host == "EG" for host, _ in found)
    assert all(receiver not in people for _, people in found)


@pytest.mark.parametrize("lang, text, absent", [
    ("fr", "Le prince héritier Mohammed ben Salmane effectue sa première tournée à l'étranger depuis le meurtre "
           "du journaliste Jamal Khashoggi dans le consulat saoudien à Istanbul.", "Jamal Khashoggi"),
    ("en", "Crown Prince Mohammed bin Salman arrived in Cairo on a visit, his first trip abroad since the murder of "
           "journalist Jamal Khashoggi at the Saudi consulate in Istanbul.", "Jamal Khashoggi"),
    ("fr", "Le président russe Vladimir Poutine est arrivé à New Delhi pour une visite de travail, son "
           "deuxième déplacement après sa rencontre avec Joe Biden à Genève en juin.", "Joe Biden"),
])
def test_a_phrase_about_another_event_is_not_the_visit(lang: str, text: str, absent: str) -> None:
    found = visits(lang, text)
    assert found
    assert all(absent not in people for _, people in found)
    assert all(host not in ("TR", "CH") for host, _ in found)


@pytest.mark.parametrize("lang, text, visitor", [
    ("fr", "Le ministre a ensuite été accueilli par le Premier ministre, Ali Asadov, qui avait présidé la commission "
           "mixte à Tachkent, en mars dernier, lors de sa visite de travail en Ouzbékistan.", "Ali Asadov"),
    ("en", "The minister was later received by Prime Minister Ali Asadov, who had chaired the joint commission in "
           "Tashkent last March during his working visit to Uzbekistan.", "Ali Asadov"),
])
def test_a_receiver_whose_relative_clause_tells_his_own_visit_is_its_visitor(lang: str, text: str,
                                                                             visitor: str) -> None:
    assert any(visitor in people for _, people in visits(lang, text))

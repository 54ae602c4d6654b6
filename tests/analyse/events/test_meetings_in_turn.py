"""Several meetings told in one sentence (GOLD.md, "Several events in one sentence"): a later meeting word
that names a counterpart of its own is one more meeting, unless it stands in a relative clause about a
counterpart; a list of counterparts is a meeting each also when two of them have held one office
(a president and his predecessor) or one's country is left unread beside others of one country."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def meetings(lang: str, text: str, published: str = "2025-03-05") -> list[list[str]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published=published))
    names = {p.id: p.name for p in r.people}
    return [[names[p] for p in e.people] for e in r.events if e.type == "meeting"]


IN_TURN = [
    ("fr", "Le président émirati Mohammed ben Zayed est arrivé dimanche à Paris pour une visite d'État. "
           "Lundi, il rencontrera le ministre des Armées, Sébastien Lecornu, avant un entretien avec le "
           "président Emmanuel Macron à l'Élysée.",
     ["Sébastien Lecornu", "Emmanuel Macron"]),
    ("en", "Emir of Qatar Sheikh Tamim bin Hamad Al Thani arrived in Paris on Thursday for an official visit. "
           "On Friday he met Senate President Gérard Larcher and then held talks with President Emmanuel "
           "Macron at the Elysee Palace.",
     ["Gérard Larcher", "Emmanuel Macron"]),
    ("ar", "وصل الشيخ تميم بن حمد آل ثاني أمير قطر إلى باريس في زيارة رسمية. "
           "والتقى سموه رئيس مجلس الشيوخ الفرنسي جيرار لارشيه، ثم عقد مباحثات مع الرئيس الفرنسي "
           "إيمانويل ماكرون في قصر الإليزيه.",
     ["جيرار لارشيه", "إيمانويل ماكرون"]),
]


@pytest.mark.parametrize("lang, text, counterparts", IN_TURN, ids=[c[0] for c in IN_TURN])
def test_each_meeting_word_with_its_own_counterpart_is_a_meeting(lang: str, text: str,
                                                                 counterparts: list[str]) -> None:
    found = meetings(lang, text)
    for counterpart in counterparts:
        assert any(counterpart in people for people in found), (counterpart, found)
    assert not any(all(c in people for c in counterparts) for people in found)   # not one meeting of all


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le ministre des Affaires étrangères Nasser Bourita a été reçu à Dakar par le Premier ministre, "
           "Ousmane Sonko, qui avait coprésidé avec Aziz Akhannouch la grande commission mixte."),
    ("en", "Foreign Minister Nasser Bourita was received in Dakar by Prime Minister Ousmane Sonko, who had "
           "co-chaired the joint commission with Aziz Akhannouch in Rabat."),
])
def test_a_meeting_word_in_a_relative_clause_is_no_meeting_of_its_own(lang: str, text: str) -> None:
    found = meetings(lang, text)
    assert len(found) == 1 and "Ousmane Sonko" in found[0]


LISTS = [
    ("en", "U.S. Secretary of State Mike Pompeo arrived in Nur-Sultan late on Saturday and is scheduled on Sunday "
           "to meet with President Qasym-Zhomart Toqaev, his predecessor Nursultan Nazarbaev, and Foreign "
           "Minister Mukhtar Tileuberdi.", "2020-02-01",
     ["Qasym-Zhomart Toqaev", "Nursultan Nazarbaev", "Mukhtar Tileuberdi"]),
    ("fr", "Le ministre britannique des Affaires étrangères David Cameron se rendra au Kazakhstan. Pendant sa "
           "visite, il rencontrera plusieurs responsables kazakhs, dont le Président Kassym-Jomart Tokaïev, le "
           "ministre kazakh des Affaires étrangères, Murat Nurtleu, ainsi que le ministre de la Science, "
           "Sayasat Nurbek.", "2024-04-22",
     ["Kassym-Jomart Tokaïev", "Murat Nurtleu", "Sayasat Nurbek"]),
]


@pytest.mark.parametrize("lang, text, published, counterparts", LISTS, ids=[c[0] for c in LISTS])
def test_listed_counterparts_sharing_an_office_or_an_unread_country_are_meetings_each(
        lang: str, text: str, published: str, counterparts: list[str]) -> None:
    found = meetings(lang, text, published)
    assert len(found) == len(counterparts)
    for people, counterpart in zip(found, counterparts):
        assert counterpart in people and len(people) == 2

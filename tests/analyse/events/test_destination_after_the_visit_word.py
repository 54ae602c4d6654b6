"""A visit goes to the destination named nearest after its word, not to a city of the sentence's reporting
clause («will visit Kazakhstan, he told reporters in Yerevan»); a signing after talks held during a visit
belongs to that visit, not to another trip the article mentions first."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def events(lang: str, text: str) -> list:
    return analyse(Document(doc="t", text=text, lang=lang, published="2024-03-11")).events


@pytest.mark.parametrize("lang, text", [
    ("en", "President Alexander Lukashenko will pay an official visit to Kazakhstan next month, he told reporters "
           "in Yerevan."),
    ("fr", "Le président Alexandre Loukachenko effectuera une visite officielle au Kazakhstan le mois prochain, "
           "a-t-il déclaré aux journalistes à Erevan."),
    ("ru", "Александр Лукашенко совершит официальный визит в Казахстан в следующем месяце, сообщил он журналистам "
           "в Ереване."),
])
def test_the_visit_goes_where_its_word_points_not_where_it_was_told(lang: str, text: str) -> None:
    [visit] = [e for e in events(lang, text) if e.type == "visit"]
    assert visit.host == "KZ" and visit.place is None


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le ministre mauritanien des Affaires étrangères a été reçu à Rabat, une semaine après le déplacement à "
           "Nouakchott du président de la Chambre des conseillers.\n"
           "Le ministre marocain des Affaires étrangères Nasser Bourita a reçu lundi à Rabat son homologue mauritanien "
           "Mohamed Salem Ould Merzoug, en visite de travail au Maroc.\n"
           "À l'issue de la rencontre, les deux ministres ont signé un accord d'exemption de visa."),
    ("en", "The Mauritanian foreign minister was received in Rabat a week after the trip to Nouakchott of the Speaker "
           "of the House of Councillors.\n"
           "Moroccan Foreign Minister Nasser Bourita on Monday received in Rabat his Mauritanian counterpart Mohamed "
           "Salem Ould Merzoug, who is on a working visit to Morocco.\n"
           "At the end of the meeting, the two ministers signed an agreement on visa exemption."),
])
def test_a_trip_named_after_a_reception_is_its_own_and_the_signing_belongs_to_the_talks_visit(
        lang: str, text: str) -> None:
    found = events(lang, text)
    visits = {e.id: e.host for e in found if e.type == "visit"}
    assert sorted(visits.values()) == ["MA", "MR"]
    [talks] = [e for e in found if e.type == "meeting"]
    [signing] = [e for e in found if e.type == "agreement"]
    assert visits[talks.part_of] == "MA" and signing.part_of == talks.part_of

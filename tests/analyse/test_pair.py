"""The country pair an article is about: its two sides, not the venue of their talks."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("fr", "DOHA - Le ministre des Affaires étrangères algérien, Ahmed Attaf, s'est entretenu samedi à Doha avec "
           "le ministre des Affaires étrangères kazakh, Yermek Kosherbayev, en marge du Forum de Doha.\n\n"
           "Le Forum de Doha réunit cette année plus de 4 500 participants à Doha.\n\n"
           "Les deux ministres sont convenus de tenir la commission mixte à Alger.", ["DZ", "KZ"]),
    ("en", "DOHA: Kazakh Foreign Minister Murat Nurtleu met Jordanian Foreign Minister Ayman Safadi in Doha on "
           "Sunday on the sidelines of the Doha Forum.\n\nDoha hosts the forum every December.", ["JO", "KZ"]),
    ("ru", "Глава МИД Казахстана Ермек Кошербаев провёл в Дохе встречу с министром иностранных дел Алжира "
           "Ахмедом Аттафом. Встреча в Дохе прошла на полях форума.", ["DZ", "KZ"]),
]


@pytest.mark.parametrize("lang, text, pair", CASES, ids=[c[0] for c in CASES])
def test_the_venue_of_talks_is_not_a_side(lang: str, text: str, pair: list[str]) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-12-07"))
    meetings = [e for e in found.events if e.type == "meeting"]
    assert meetings and all(e.countries == pair for e in meetings)
    assert meetings[0].host == "QA"


def test_an_event_has_the_sides_its_people_give_it() -> None:
    # a recalled trip to a third country is an event of that pair, not of the article's
    from accord.analyse.pipeline import analyse
    from accord.model import Document

    text = ("Le président du Sénat Gérard Larcher s'est entretenu mardi à Astana avec le président du Sénat "
            "kazakh Maoulen Achimbaïev. Le Kazakhstan et la France ont signé un mémorandum. "
            "En 2019, Maoulen Achimbaïev avait effectué une visite officielle au Nicaragua, où il avait été reçu "
            "par le président Daniel Ortega.")
    r = analyse(Document(doc="t", text=text, lang="fr", published="2025-03-12"))
    recalled = [e for e in r.events if e.type == "visit" and e.when == "2019"]
    assert recalled and recalled[0].countries == ["KZ", "NI"]


CONTEXT_COUNTRY = [
    ("ar", "وصل الرئيس الفرنسي إيمانويل ماكرون إلى قازاخستان اليوم الأربعاء في جولة تشمل منطقة تعد الفناء "
           "الخلفي لروسيا. وبرزت قازاخستان كمورد بديل للنفط بعد توقف الإمدادات الروسية. وفي اجتماع مع الرئيس "
           "قاسم جومارت توكاييف، أثنى ماكرون على موقف أستانة من الحرب في أوكرانيا."),
    ("ru", "Президент Франции Эмманюэль Макрон прибыл в Казахстан. Казахстан ищет пути поставок в обход России. "
           "Россия внимательно следит за визитом. На переговорах с президентом Казахстана Касым-Жомартом "
           "Токаевым Макрон обсудил поставки урана."),
]


@pytest.mark.parametrize("lang, text", CONTEXT_COUNTRY, ids=[c[0] for c in CONTEXT_COUNTRY])
def test_a_country_named_as_context_does_not_displace_the_side_whose_leader_acts(lang: str, text: str) -> None:
    pair = ["FR", "KZ"]
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-11-01"))
    assert found.pair == pair
    visits = [e for e in found.events if e.type == "visit"]
    assert visits and visits[0].countries == pair and visits[0].host == "KZ"


THIRD_LEADER = [
    ("fr", "Le pape François est arrivé mardi à Astana, la capitale kazakhe, pour une visite de trois jours au Kazakhstan. "
           "Le pape François s'entretiendra avec le président Kassym-Jomart Tokaïev.\n\n"
           "Interrogé sur une rencontre avec le président chinois Xi Jinping, le pape François a dit n'en rien "
           "savoir. Le président chinois sera présent à Astana mercredi, alors que le Saint-Siège cherche à "
           "renouveler un accord avec Pékin. Le Kazakhstan accueille aussi le congrès des religions, et les "
           "autorités kazakhes attendent une centaine de délégations."),
    ("en", "Pope Francis arrived in Astana, the Kazakh capital, on Tuesday for a three-day visit to Kazakhstan. "
           "Pope Francis will hold talks with President Kassym-Jomart Tokayev.\n\n"
           "Asked about a meeting with Chinese President Xi Jinping, Pope Francis said he knew nothing of it. "
           "The Chinese president will be in Astana on Wednesday, as the Holy See seeks to renew a deal with "
           "Beijing. Kazakhstan also hosts the congress of religions, and the Kazakh authorities expect about "
           "a hundred delegations."),
]


@pytest.mark.parametrize("lang, text", THIRD_LEADER, ids=[c[0] for c in THIRD_LEADER])
def test_a_leader_named_by_title_alone_does_not_name_his_country_again(lang: str, text: str) -> None:
    # «le président chinois sera présent»: the adjective is the person's own mention, counted with the
    # person, not one more naming of China; a third country's leader passing through does not displace
    # the visitor's side, the Holy See
    found = analyse(Document(doc="t", text=text, lang=lang, published="2022-09-13"))
    assert found.pair == ["KZ", "VA"]
    visits = [e for e in found.events if e.type == "visit" and e.host == "KZ"]
    assert visits and visits[0].countries == ["KZ", "VA"]

"""A proposal needs a stated act of proposing, inviting or considering (GOLD.md Clarifications):
an invitation answered by the visit the article tells, an invitation to a dinner within the visit,
or a bare «intention» or «considers» is none."""
from __future__ import annotations

import pytest

from tests.analyse.events.event_types import event_types


def types(lang: str, text: str, published: str = "2025-06-23") -> list[str]:
    return event_types(lang, text, published)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président tunisien Kaïs Saïed effectue, lundi 22 juin, une visite officielle à Paris, en réponse à "
           "l’invitation du président Emmanuel Macron."),
    ("en", "Tunisian President Kais Saied is paying an official visit to Paris on Monday in response to the "
           "invitation of President Emmanuel Macron."),
    ("ru", "Президент Узбекистана Шавкат Мирзиёев поблагодарил Владимира Путина за приглашение и теплый прием в Москве."),
    ("kk", "Иран Президенті Қазақстанға сапармен келуге шақырып, қонақжайлық танытқаны үшін Қасым-Жомарт Тоқаевқа "
           "ризашылығын білдірді."),
    ("ar", "وصل الرئيس التونسي قيس سعيد إلى الجزائر في زيارة رسمية تلبية لدعوة من الرئيس عبد المجيد تبون."),
    ("fr", "Répondant à une invitation de Kassym-Jomart Tokaïev, le président mongol est arrivé ce dimanche à Astana."),
])
def test_an_invitation_answered_is_no_proposal(lang: str, text: str) -> None:
    assert "proposal" not in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Си Цзиньпин пригласил Касым-Жомарта Токаева на личный прием в своей резиденции."),
    ("en", "Xi Jinping invited Kassym-Jomart Tokayev to a private dinner at his residence."),
])
def test_an_invitation_to_a_dinner_is_no_proposal(lang: str, text: str) -> None:
    assert "proposal" not in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "In his speech, Kassym-Jomart Tokayev noted that he considers Sadyr Japarov a true leader of his people."),
    ("kk", "Бұл – өзара сыйластық, өзара егемендікті нығайтуға деген ниет рухы."),
    ("fr", "Des projets ambitieux et des accords ont été conclus entre la Hongrie et le Kazakhstan."),
])
def test_words_of_opinion_or_intention_alone_are_no_proposal(lang: str, text: str) -> None:
    assert "proposal" not in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président Tebboune a invité son homologue tunisien Kaïs Saïed à effectuer une visite d’Etat en Algérie."),
    ("en", "President Ilham Aliyev invited President Kassym-Jomart Tokayev to make a state visit to Azerbaijan next year."),
    ("ru", "Мирзиёев пригласил Путина посетить Узбекистан с государственным визитом."),
    ("fr", "Le chef de la diplomatie espagnole a indiqué que les préparatifs de la visite d'État du roi Felipe VI "
           "au Maroc avancent."),
])
def test_an_invitation_or_a_visit_in_preparation_is_a_proposal(lang: str, text: str) -> None:
    assert types(lang, text) == ["proposal"]


# -- A holding verb alone tells no proposal when what it holds is decided; left open («could»), it still plans.
@pytest.mark.parametrize("lang, text", [
    ("ar", "ومن المقرر أن يحضر العاهل الأردني الجلسة الختامية لمنتدى الأعمال الأردني الأوزبكي."),
    ("ru", "Сегодня в Ташкенте состоится открытие Дней культуры Иордании."),
    ("en", "The Uzbek president will take part in the summit of the Organization of Turkic States, which will be "
           "held in Budapest."),
])
def test_a_decided_gathering_of_no_type_of_ours_is_no_proposal(lang: str, text: str) -> None:
    assert "proposal" not in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fr", "La première session de la commission mixte pourrait se tenir à Amman à l'automne prochain."),
    ("en", "A business forum could be held in Tashkent next spring, the minister said."),
])
def test_a_gathering_left_open_is_a_proposal(lang: str, text: str) -> None:
    assert types(lang, text) == ["proposal"]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Следующее заседание межправительственной комиссии пройдет в Ташкенте осенью этого года."),
    ("en", "The next session of the intergovernmental commission will be held in Amman before the end of the year."),
])
def test_the_session_of_a_commission_announced_is_a_meeting(lang: str, text: str) -> None:
    assert types(lang, text) == ["meeting"]


# -- An offer to cooperate, or an invitation to explore or invest, made in the talks is what they were about.
@pytest.mark.parametrize("lang, text", [
    ("en", "King Abdullah II held talks with President Kassym-Jomart Tokayev in Astana on Wednesday. "
           "Tokayev invited Jordan to explore opportunities in transit through Central Asia, while the Jordanian "
           "side proposed cooperation in medicine and pharmaceuticals."),
    ("fr", "Le roi Abdallah II a eu des entretiens avec le président Kassym-Jomart Tokaïev à Astana mercredi. "
           "Tokaïev a invité la Jordanie à explorer les possibilités de transit, tandis que la partie jordanienne "
           "a proposé une coopération dans la médecine."),
])
def test_an_offer_to_cooperate_in_talks_is_their_topic(lang: str, text: str) -> None:
    found = types(lang, text, "2025-08-27")
    assert "meeting" in found and "proposal" not in found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "King Mohammed VI received Mauritania's President in Casablanca on Friday. Upon his arrival, the "
           "President was invited to the traditional ceremony of dates and milk."),
    ("fr", "Le roi Mohammed VI a reçu vendredi à Casablanca le président mauritanien. À son arrivée, le président "
           "a été invité à la cérémonie traditionnelle des dattes et du lait."),
])
def test_an_invitation_to_a_ceremony_of_the_visit_is_no_proposal(lang: str, text: str) -> None:
    assert "proposal" not in types(lang, text, "2024-12-21")


@pytest.mark.parametrize("lang, text", [
    ("ru", "Словацкие средства массовой информации рассматривают визит президента Казахстана Касым-Жомарта "
           "Токаева в Братиславу 18 декабря как событие особого значения."),
    ("en", "Slovak media view the visit of Kazakh President Kassym-Jomart Tokayev to Bratislava on 18 December "
           "as an event of special importance."),
])
def test_the_media_considering_a_visit_write_of_it_and_propose_nothing(lang: str, text: str) -> None:
    found = event_types(lang, text, "2025-12-19")
    assert "proposal" not in found and "visit" in found

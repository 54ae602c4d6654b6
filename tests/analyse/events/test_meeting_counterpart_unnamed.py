"""Words of meeting that tell no talks between named sides: a group that names no one, not even by
office («officials», «the leadership», «young people»), a guest welcomed or seen off at the airport
by name, and a greeting in a quote («glad to meet you») that only refers back to talks already told."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-06-12")


@pytest.mark.parametrize("lang, text", [
    ("ar", "يصل رئيس وزراء البرتغال غدا إلى الرباط في زيارة عمل، وسيلتقي مع مسؤولين مغاربة لبحث التعاون الاقتصادي."),
    ("ar", "يتوجه وزير خارجية البرتغال اليوم إلى أستانا حيث من المقرر أن يلتقي بقادة كازاخستان."),
    ("en", "The Portuguese Prime Minister arrived in Rabat on a working visit and held talks with the "
           "Moroccan leadership on economic ties."),
    ("fr", "Arrivé hier au Maroc, le Premier ministre portugais a rencontré sur place des ressortissants portugais."),
    ("fr", "Le Premier ministre portugais est arrivé à Rabat pour une visite de travail au cours de laquelle il "
           "aura des entretiens avec des responsables marocains."),
    ("fr", "Le Premier ministre portugais est arrivé à Rabat. Les équipes portugaises et marocaines chargées de "
           "la visite se sont rencontrées ce matin."),
    ("ru", "Премьер-министр Португалии прибыл в Астану с рабочим визитом и встретился с руководством страны."),
    ("kk", "Португалия Премьер-министрі Астанаға сапармен келді. Астанада кездескен жастар достығымыздың көрінісі."),
])
def test_a_group_named_by_no_one_is_no_meeting(lang: str, text: str) -> None:
    assert "meeting" not in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("ar", "وصل رئيس وزراء البرتغال إلى الرباط في زيارة عمل، وكان في استقباله بمطار الرباط سلا وزير الخارجية "
           "المغربي ناصر بوريطة."),
    ("ar", "وفي مطار أستانا كان في استقبال رئيس وزراء البرتغال لدى وصوله وزير الخارجية الكازاخي مراد نورتليو."),
    ("fr", "Le Premier ministre portugais est arrivé à Rabat pour une visite officielle. Le lendemain, il sera "
           "raccompagné à l'aéroport par le ministre marocain des Affaires étrangères, Nasser Bourita."),
    ("fr", "Le Premier ministre portugais est arrivé à Rabat pour une visite officielle ; il a été accueilli à "
           "l'aéroport par le ministre des Affaires étrangères Nasser Bourita."),
])
def test_a_welcome_at_the_airport_by_name_is_no_meeting(lang: str, text: str) -> None:
    assert "meeting" not in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("ar", "يصل رئيس وزراء البرتغال غدا إلى الرباط، وسيلتقي مع مسؤولين مغاربة بينهم رئيس الحكومة عزيز أخنوش."),
    ("en", "The Portuguese Prime Minister held talks with Moroccan officials including Prime Minister Aziz "
           "Akhannouch in Rabat."),
    ("ru", "Премьер-министр Португалии встретился с руководством Казахстана, в том числе с президентом "
           "Касым-Жомартом Токаевым."),
])
def test_a_group_with_a_named_member_stays_a_meeting(lang: str, text: str) -> None:
    assert "meeting" in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev a reçu le Premier ministre portugais à Astana. Le Premier "
           "ministre a déclaré : « Cher Président, je suis heureux de vous rencontrer à nouveau »."),
    ("en", "King Mohammed VI received the Portuguese Prime Minister in Rabat on Tuesday. During this Audience, "
           "the Prime Minister reiterated the position of his country."),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев принял в Акорде премьер-министра Португалии. «Рад нашей "
           "встрече», — сказал Токаев."),
])
def test_a_greeting_in_a_quote_is_the_same_meeting(lang: str, text: str) -> None:
    assert types(lang, text).count("meeting") == 1


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev a reçu le Premier ministre portugais à Astana. « C'est notre "
           "première rencontre cette année », a noté le Premier ministre."),
    ("en", "President Tokayev met the Portuguese Prime Minister in Astana. \"It is our first meeting this "
           "year,\" the Prime Minister said."),
])
def test_the_meeting_named_again_is_the_same_meeting(lang: str, text: str) -> None:
    assert types(lang, text).count("meeting") == 1


def test_a_group_beside_a_named_counterpart_stays_a_meeting() -> None:
    text = ("The Portuguese Prime Minister is expected to meet with top leadership of Kazakhstan and Minister "
            "of Foreign Affairs Murat Nurtleu in Astana on Monday.")
    assert "meeting" in types("en", text)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le roi Mohammed VI a rencontré le Premier ministre portugais à Rabat. Cette rencontre souligne "
           "l'importance des liens entre les deux pays."),
    ("fr", "Le roi Mohammed VI a rencontré le Premier ministre portugais à Rabat. L'intérêt mutuel marque "
           "cette rencontre."),
    ("en", "King Mohammed VI received the Portuguese Prime Minister in Rabat on Tuesday. The Royal Cabinet "
           "said that the meeting reflects the strong relations of trust between the two countries."),
])
def test_a_comment_on_the_meeting_is_the_same_meeting(lang: str, text: str) -> None:
    assert types(lang, text).count("meeting") == 1

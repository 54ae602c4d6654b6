"""Kazakh news tells an announced trip by the present-future with the destination in the dative
(«Бішкекке 14-15 мамырда келеді»), a scheduled meeting by «agreed to meet» («кездесуге келісті»), and wire
copy puts each sentence of a telephone call on its own line: what the sides «discussed» there is no meeting
(GOLD.md Clarifications)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def found(lang: str, published: str, text: str) -> list[tuple[str, str | None]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published=published))
    return [(e.type, e.when) for e in r.events]


@pytest.mark.parametrize("lang, text, expected", [
    ("kk", "Өзбекстан Президенті Шавкат Мирзиёев Астанаға 14-15 мамырда Қасым-Жомарт Тоқаевтың шақыруымен келеді.",
     [("visit", "2024-05-14/2024-05-15")]),
    ("ru", "Президент Узбекистана Шавкат Мирзиёев 14-15 мая прибудет в Астану по приглашению Касым-Жомарта Токаева.",
     [("visit", "2024-05-14/2024-05-15")]),
])
def test_a_trip_announced_to_a_place_in_the_dative(lang: str, text: str, expected) -> None:
    assert found(lang, "2024-05-02", text) == expected


@pytest.mark.parametrize("text", [
    "Екі ел арасындағы сауда-экономикалық ынтымақтастық жыл сайын нығайып келеді.",
    "Бұл жоба екі елдің мүддесіне толық сәйкес келеді.",
])
def test_keledi_of_growth_or_fit_is_no_trip(text: str) -> None:
    assert "visit" not in [t for t, _ in found("kk", "2024-05-02", text)]


@pytest.mark.parametrize("lang, text", [
    ("kk", "Мирзиёев пен Тоқаев шілде айында Астанада өтетін саммитте кездесуге келісті."),
    ("ru", "Мирзиёев и Токаев договорились встретиться в июле на саммите в Астане."),
])
def test_agreed_to_meet_is_a_meeting_dated_as_announced(lang: str, text: str) -> None:
    assert ("meeting", "2024-07") in found(lang, "2024-05-02", text)


@pytest.mark.parametrize("lang, text", [
    ("kk", "Қасым-Жомарт Тоқаев Армения Премьер-министрі Никол Пашинянмен телефон арқылы сөйлесті.\n"
           "Тараптар екі ел арасындағы сауда-экономикалық байланыстарды талқылады.\n"
           "Қасым-Жомарт Тоқаев пен Никол Пашинян өңірлік мәселелер бойынша пікір алмасты."),
    ("ru", "Касым-Жомарт Токаев провел телефонный разговор с премьер-министром Армении Николом Пашиняном.\n"
           "Стороны обсудили торгово-экономические связи двух стран.\n"
           "Касым-Жомарт Токаев и Никол Пашинян обменялись мнениями по региональным вопросам."),
])
def test_a_call_told_line_by_line_is_no_meeting(lang: str, text: str) -> None:
    assert found(lang, "2024-05-02", text) == []


@pytest.mark.parametrize("lang, text", [
    ("kk", "Қасым-Жомарт Тоқаев Армения Премьер-министрі Никол Пашинянмен телефон арқылы сөйлесті.\n"
           "Келесі аптада Никол Пашинян Астанаға ресми сапармен келді.\n"
           "Қасым-Жомарт Тоқаев пен Никол Пашинян өңірлік мәселелерді талқылады."),
])
def test_a_visit_after_the_call_ends_its_frame(lang: str, text: str) -> None:
    assert "meeting" in [t for t, _ in found(lang, "2024-05-02", text)]


@pytest.mark.parametrize("text", [
    "Тараптар бірлескен келісімдерді жүзеге асыру барысын талқылады.",
    "Президент Ұжымдық қауіпсіздік туралы келісімшарт ұйымының саммитіне қатысады.",
])
def test_agreements_carried_out_or_named_in_an_organisation_are_no_signing(text: str) -> None:
    assert "agreement" not in [t for t, _ in found("kk", "2024-05-02", text)]


def test_belarus_in_its_russian_derived_spelling() -> None:
    r = analyse(Document(doc="t", text="Белорусь Президенті Александр Лукашенко Астанаға ресми сапармен келді.",
                         lang="kk", published="2024-05-02"))
    assert [(e.type, sorted(e.countries)) for e in r.events] == [("visit", ["BY", "KZ"])]


@pytest.mark.parametrize("lang, text", [
    ("kk", "Сапар барысында Қасым-Жомарт Тоқаев пен Ильхам Әлиев бірқатар екіжақты құжаттарға қол қояды."),
    ("kk", "Келіссөздерден кейін Қасым-Жомарт Тоқаев пен Ильхам Әлиев құжаттарға қол қою рәсіміне қатысты."),
])
def test_a_signing_in_the_future_or_as_a_verbal_noun(lang: str, text: str) -> None:
    assert "agreement" in [t for t, _ in found(lang, "2024-05-02", text)]

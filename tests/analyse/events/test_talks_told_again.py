"""The visitors' talks told again without their counterpart («the political consultations in Madrid
dealt with …») are the talks the article names a counterpart for, where it names only one."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def meetings(lang: str, text: str) -> list[set[str]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2024-11-15"))
    names = {p.id: p.name for p in r.people}
    return [{names[p] for p in e.people} for e in r.events if e.type == "meeting"]


@pytest.mark.parametrize("lang, text, visitor, counterpart", [
    ("en", "Deputy Foreign Minister of Kazakhstan Daniyar Sarsenov paid an official trip to Spain to hold "
           "political consultations on November 13.\n"
           "The talks with Spanish Secretary of State for Foreign Affairs Diego Martínez Belío were held within "
           "the framework of the visit.\n"
           "The main issues of the consultations in Madrid were trade and culture.",
     "Daniyar Sarsenov", "Diego Martínez Belío"),
    ("ru", "Заместитель министра иностранных дел Казахстана Данияр Сарсенов 13 ноября посетил Испанию для "
           "проведения политических консультаций.\n"
           "Переговоры с государственным секретарём по иностранным делам Испании Диего Мартинесом Белио прошли "
           "в рамках визита.\n"
           "В ходе консультаций в Мадриде стороны обсудили торговлю и культуру.",
     "Данияр Сарсенов", "Диего Мартинесом Белио"),
])
def test_one_counterpart_one_meeting(lang: str, text: str, visitor: str, counterpart: str) -> None:
    found = meetings(lang, text)
    assert len(found) == 1
    assert visitor in found[0]


def test_two_counterparts_keep_two_meetings() -> None:
    text = ("Deputy Foreign Minister of Kazakhstan Daniyar Sarsenov paid an official visit to Spain on November 13.\n"
            "He held talks with Spanish Secretary of State for Foreign Affairs Diego Martínez Belío.\n"
            "He also met with Spanish Minister of Industry Jordi Hereu.")
    assert len(meetings("en", text)) == 2


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Беларуси Александр Лукашенко прибыл в Казахстан с официальным визитом.\n"
           "По пути на официальные переговоры президент осмотрел аллею.\n"
           "В резиденции все уже было готово к встрече.\n"
           "На переговорах главные темы: сельское хозяйство и транспорт."),
    ("en", "Belarusian President Alexander Lukashenko arrived in Kazakhstan on an official visit.\n"
           "On his way to the official talks, the president stopped at the alley.\n"
           "At the residence everything was ready for the meeting.\n"
           "At the talks, the main topics were agriculture and transport."),
])
def test_talks_named_by_their_word_alone_in_following_sentences_are_one(lang: str, text: str) -> None:
    assert len(meetings(lang, text)) == 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Egyptian President Abdel Fattah al-Sisi arrived in Athens on an official visit to Greece.\n"
           "The visit includes a bilateral meeting with the Greek President.\n"
           "It is followed by a session of talks with the Prime Minister."),
    ("ar", "وصل الرئيس المصري عبد الفتاح السيسي إلى أثينا في زيارة رسمية إلى اليونان.\n"
           "ويتضمن برنامج الزيارة عدة لقاءات رفيعة المستوى.\n"
           "وسيشارك الرئيس في أول دورة لاجتماعات مجلس التعاون عالي المستوى بين مصر واليونان."),
])
def test_talks_with_two_offices_or_a_joint_body_stay_apart(lang: str, text: str) -> None:
    assert len(meetings(lang, text)) == 2

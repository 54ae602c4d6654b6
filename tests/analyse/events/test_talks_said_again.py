"""Talks already told, named again to say how they went or what they were («The meeting lasted an hour»,
«Cette rencontre marquait la fin de …», «Основной темой беседы стала …», «ces entretiens»): a reference
back, not one more meeting (events.toml [said_again]). Before any talks are told, the same words tell them."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def meetings(lang: str, text: str) -> list:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2023-09-05"))
    return [e for e in r.events if e.type == "meeting"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Kazakh Foreign Minister Murat Nurtleu held talks in Vienna on Monday with Austrian Foreign Minister "
           "Alexander Schallenberg. The meeting also provided an opportunity to reaffirm common positions on the "
           "Treaty on the Prohibition of Nuclear Weapons, signed in 2017."),
    ("fr", "Le président russe Vladimir Poutine a reçu lundi à Sotchi son homologue turc Recep Tayyip Erdogan. "
           "La rencontre entre les présidents Poutine et Erdogan a duré une heure et demie, a déclaré le "
           "porte-parole du Kremlin, qualifiant de « très constructifs » ces entretiens."),
    ("fr", "Le président russe Vladimir Poutine a reçu lundi à Sotchi son homologue turc Recep Tayyip Erdogan. "
           "Cette rencontre avec le président turc marquait la fin de la période de l'isolement après 2020."),
    ("ru", "Президент России Владимир Путин провел 4 сентября в Сочи переговоры с президентом Турции "
           "Реджепом Тайипом Эрдоганом. Встреча продлилась более двух часов, сообщил в среду Дмитрий Песков."),
    ("ru", "Президент России Владимир Путин провел в понедельник в Сочи переговоры с президентом Турции "
           "Реджепом Тайипом Эрдоганом. Основной темой беседы стала ситуация на Ближнем Востоке."),
    ("ar", "أجرى الرئيس الروسي فلاديمير بوتين يوم الاثنين في سوتشي مباحثات مع الرئيس التركي رجب طيب أردوغان. "
           "واستغرق اللقاء أكثر من ساعتين، حسبما أعلن الكرملين يوم الثلاثاء."),
    ("ar", "أجرى الرئيس الروسي فلاديمير بوتين يوم الاثنين في سوتشي مباحثات مع الرئيس التركي رجب طيب أردوغان. "
           "ويأتي هذا الاجتماع عقب مفاوضات عقدت في أنقرة يومي 23 و24 يناير."),
    ("kk", "Қазақстан Президенті Қасым-Жомарт Тоқаев 4 қыркүйекте Ақордада Түркия Президенті Режеп Тайып "
           "Ердоғанмен келіссөздер жүргізді. Кездесу екі сағатқа созылды, деп хабарлады сейсенбіде Ақорда."),
])
def test_talks_said_again_are_one_meeting(lang: str, text: str) -> None:
    assert len(meetings(lang, text)) == 1


@pytest.mark.parametrize("lang, text", [
    ("en", "This will be the first meeting between Putin and al-Sudani, who arrived in Moscow on Tuesday."),
    ("fr", "La rencontre entre les présidents Poutine et Erdogan a duré une heure et demie lundi à Sotchi."),
])
def test_the_same_words_tell_talks_not_told_before(lang: str, text: str) -> None:
    assert len(meetings(lang, text)) == 1

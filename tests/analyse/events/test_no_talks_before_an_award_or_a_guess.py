"""Meeting words that tell no talks of their own: the talks named as the time of another act («Prior to
the meeting, he laid a wreath»), an honour received («received the Order of the Nile»), a meeting only asked
about («a possible meeting with President Xi»), talks by video link; and a hug on arrival."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-06-12")


@pytest.mark.parametrize("lang, text", [
    ("en", "Egyptian President Sisi held talks with Indian Prime Minister Modi in Cairo on Sunday. Prior to the "
           "meeting, Modi visited the Heliopolis War Cemetery and paid tribute to Indian soldiers."),
    ("fr", "Le président slovaque s'est entretenu mardi avec le président Tokaïev à Astana. Avant l'entretien, il "
           "a déposé une gerbe au monument de l'Indépendance."),
    ("ru", "Президент Словакии провел переговоры с Касым-Жомартом Токаевым в Астане. Перед встречей гость "
           "возложил венок к монументу Независимости."),
    ("kk", "Словакия Президенті Қасым-Жомарт Тоқаевпен келіссөз жүргізді. Кездесу алдында қонақ Тәуелсіздік "
           "монументіне гүл шоқ қойды."),
    ("ar", "أجرى الرئيس السلوفاكي محادثات مع الرئيس توكاييف في أستانا. وقبل اللقاء وضع الضيف إكليلا من الزهور "
           "على نصب الاستقلال."),
])
def test_the_talks_named_as_a_time_are_the_talks_told(lang: str, text: str) -> None:
    found = types(lang, text)
    assert found.count("meeting") == 1 and "ceremony" in found


@pytest.mark.parametrize("lang, text", [
    ("en", "Indian Prime Minister Modi arrived in Cairo on Saturday. On Sunday Modi received the Order of the Nile, "
           "Egypt's highest state honour, from President Sisi."),
    ("fr", "Le Premier ministre indien est arrivé au Caire samedi. Dimanche, il a reçu l'Ordre du Nil des mains du "
           "président Sissi."),
])
def test_an_honour_received_is_a_ceremony_not_a_meeting(lang: str, text: str) -> None:
    found = types(lang, text)
    assert "ceremony" in found and "meeting" not in found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Slovak President arrived in Astana on Tuesday. Asked by journalists about a possible meeting with "
           "President Xi Jinping, he said he was ready."),
    ("fr", "Le président slovaque est arrivé à Astana mardi. Interrogé sur une éventuelle rencontre avec le "
           "président chinois Xi Jinping, il a dit être prêt."),
    ("ru", "Президент Словакии прибыл в Астану во вторник. Отвечая на вопрос о возможной встрече с председателем "
           "КНР Си Цзиньпином, он сказал, что готов."),
    ("kk", "Словакия Президенті сейсенбі күні Астанаға келді. Қытай төрағасымен ықтимал кездесу туралы сұраққа ол "
           "дайын екенін айтты."),
    ("ar", "وصل الرئيس السلوفاكي إلى أستانا يوم الثلاثاء. وردا على سؤال حول لقاء محتمل مع الرئيس الصيني شي جين "
           "بينغ، قال إنه مستعد."),
    ("ar", "وصل الرئيس الجزائري إلى الدوحة اليوم السبت. وبمجرد رؤية الشيخ تميم للرئيس الجزائري، استقبله "
           "بالأحضان والابتسامات."),
])
def test_a_meeting_wondered_about_or_a_hug_is_no_meeting(lang: str, text: str) -> None:
    assert types(lang, text) == ["visit"]


@pytest.mark.parametrize("text", [
    "В апреле Касым-Жомарт Токаев по видео-конференц-связи провел переговоры с премьер-министром Словакии "
    "Робертом Фицо.",
    "В апреле Касым-Жомарт Токаев провел переговоры по видеосвязи с премьер-министром Словакии Робертом Фицо.",
])
def test_talks_by_video_link_are_no_meeting(text: str) -> None:
    assert "meeting" not in types("ru", text)

"""A visitor who meets several holders of distinct offices, listed in one sentence, has several
meetings, each with its own counterpart (GOLD.md, "Several events in one sentence"); a delegation
received together is one meeting; talks with two host-side officials in one visit are two meetings, even
when one's country is unread; a community met (the diaspora, students, business people) is no
counterpart, so no meeting."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def meetings(lang: str, text: str) -> list[list[str]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-03-05"))
    names = {p.id: p.name for p in r.people}
    return [[names[p] for p in e.people] for e in r.events if e.type == "meeting"]


SEVERAL = [
    ("en", "Speaker of the Mazhilis Yerlan Koshanov held talks with the Speaker of the National Assembly of "
           "Hungary László Kövér, the President of Hungary Tamás Sulyok and Prime Minister Viktor Orbán in Budapest.",
     ["László Kövér", "Tamás Sulyok", "Viktor Orbán"]),
    ("ru", "Председатель Мажилиса Ерлан Кошанов провел переговоры с председателем Национального собрания Венгрии "
           "Ласло Кёвером, президентом Венгрии Тамашем Шуйоком и премьер-министром Виктором Орбаном в Будапеште.",
     ["Ласло Кёвер", "Тамаш Шуйок", "Виктор Орбан"]),
    ("fr", "Le président du Sénat Gérard Larcher s’est entretenu avec le président de la République Kaïs Saïed, "
           "le chef du gouvernement Kamel Madouri et le président de l’Assemblée Brahim Bouderbala à Tunis.",
     ["Kaïs Saïed", "Kamel Madouri", "Brahim Bouderbala"]),
    ("ar", "أجرى رئيس مجلس النواب الأردني أحمد الصفدي مباحثات مع رئيس مجلس الشيوخ الفرنسي جيرار لارشيه "
           "ووزير الخارجية الفرنسي جان نويل بارو.",
     ["جيرار لارشيه", "جان نويل بارو"]),
]


@pytest.mark.parametrize("lang, text, counterparts", SEVERAL, ids=[c[0] for c in SEVERAL])
def test_each_listed_head_of_an_office_is_a_meeting_of_its_own(lang: str, text: str, counterparts: list[str]) -> None:
    found = meetings(lang, text)
    assert len(found) == len(counterparts)
    for people, counterpart in zip(found, counterparts):
        assert counterpart in people and len(people) == 2   # the visitor and this counterpart only


@pytest.mark.parametrize("lang, text", [
    ("en", "President Kassym-Jomart Tokayev received the Speaker of the National Assembly of Hungary "
           "László Kövér and Foreign Minister Péter Szijjártó in Astana."),
    ("en", "Speaker Yerlan Koshanov met the Speaker of the National Assembly of Hungary László Kövér "
           "and Deputy Speaker Sándor Lezsák in Budapest."),
])
def test_a_delegation_received_together_or_a_head_with_a_deputy_is_one_meeting(lang: str, text: str) -> None:
    assert len(meetings(lang, text)) == 1


# -- Talks with two host-side officials in one visit are two meetings, even when one's country is unread.
COUNTERPARTS = [
    ("en", "Kazakh Foreign Minister Mukhtar Tileuberdi paid an official visit to the Sultanate of Oman.\n\n"
           "The official part of the visit began with talks between Tileuberdi and Deputy Prime Minister for "
           "International Relations and Cooperation Asa'ad bin Tariq.\n\n"
           "Minister Tileuberdi held talks with Foreign Minister of Oman Badr al Busaidi, during which the "
           "parties discussed trade and investment."),
    ("ru", "Министр иностранных дел Казахстана Мурат Нуртлеу совершил официальный визит в Оман.\n\n"
           "Официальная часть визита началась с переговоров Нуртлеу и вице-премьера по международным связям "
           "Асада бен Тарика.\n\n"
           "Затем Нуртлеу провёл переговоры с министром иностранных дел Омана Бадром аль-Бусаиди, в ходе "
           "которых стороны обсудили торговлю и инвестиции."),
]


@pytest.mark.parametrize("lang, text", COUNTERPARTS, ids=[c[0] for c in COUNTERPARTS])
def test_talks_with_two_host_officials_are_two_meetings(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-02-02"))
    meetings = [e for e in found.events if e.type == "meeting"]
    assert len(meetings) == 2


# -- A community met (the diaspora, students, business people) is no counterpart: no meeting.
COMMUNITIES = [
    ("en", "South Korean President Lee Min-ho arrived in Astana on Tuesday for a state visit. "
           "Upon arrival, Lee met with ethnic Koreans and overseas residents in Kazakhstan."),
    ("ru", "Президент Монголии Ухнаагийн Хурэлсух прибыл в Астану с государственным визитом. "
           "В тот же день он встретился с представителями монгольской диаспоры."),
    ("fr", "Le président sénégalais Bassirou Diomaye Faye est arrivé mardi à Paris pour une visite officielle. "
           "Il a rencontré la communauté sénégalaise de France à l'ambassade."),
    ("kk", "Моңғолия Президенті Ухнаагийн Хүрелсүх Астанаға мемлекеттік сапармен келді. "
           "Сапар барысында ол моңғол диаспорасының өкілдерімен кездесті."),
]


@pytest.mark.parametrize("lang, text", COMMUNITIES, ids=[c[0] for c in COMMUNITIES])
def test_a_community_met_is_no_meeting(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-10-07"))
    types = [e.type for e in found.events]
    assert "visit" in types and "meeting" not in types, types


# -- A meeting announced in the future tense is a meeting; several heads met, their country unread, are several.
ANNOUNCED = [
    ("ru", "Президент Узбекистана Шавкат Мирзиёев 3 марта прибудет в Ханой с государственным визитом. "
           "Шавкат Мирзиёев встретится с премьер-министром Вьетнама Фам Минь Тинем.", 1),
    ("ar", "يصل الرئيس الأذربيجاني إلهام علييف إلى روما غدا في زيارة رسمية، سيبحث خلالها مع رئيسة الوزراء الإيطالية "
           "جورجيا ميلوني سبل تعزيز التعاون.", 1),
    ("ar", "يصل الرئيس الأذربيجاني إلهام علييف إلى روما غدا في زيارة رسمية. وسيلتقي علييف بالرئيس الإيطالي سيرجيو "
           "ماتاريلا في قصر كويرينالي.", 1),
    ("fr", "Le président ouzbek Chavkat Mirzioïev entame mardi une visite officielle au Japon. Mirzioïev a prévu de "
           "rencontrer l'empereur Naruhito et le Premier ministre Shigeru Ishiba.", 2),
    ("en", "Uzbek President Shavkat Mirziyoyev begins an official visit to Japan on Tuesday. Mirziyoyev will meet "
           "Emperor Naruhito and Prime Minister Shigeru Ishiba.", 2),
]


@pytest.mark.parametrize("lang, text, n", ANNOUNCED, ids=[f"{c[0]}-{i}" for i, c in enumerate(ANNOUNCED)])
def test_meetings_announced_in_the_future_tense(lang: str, text: str, n: int) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-03-02"))
    names = {p.id: p.name for p in r.people}
    found = [[names[p] for p in e.people] for e in r.events if e.type == "meeting"]
    assert len(found) == n
    assert all(len(people) == 2 for people in found)     # the visitor and one counterpart each
    assert len([e for e in r.events if e.type == "visit"]) == 1
    assert not any(w in name for name in names.values() for w in ("سبل", "تعزيز"))

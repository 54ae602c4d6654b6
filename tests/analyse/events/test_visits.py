"""Visits: two sentences of one article telling one visit through two members of the delegation are
one visit; a visit word naming no one and no destination refers back to the visit the article tells; a visit
goes to its country, not to the place named as the subject of its talks."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

ONE_DELEGATION = [
    ("ar", "استقبل الرئيس المصري عبد الفتاح السيسي اليوم بمطار القاهرة ولي العهد السعودي الأمير محمد بن سلمان "
           "الذي يقوم بزيارة رسمية لمصر.\n\nوقد رحب الرئيس السيسي بولي العهد بمناسبة قيامه بأول زيارة رسمية "
           "لمصر، معربا عن تقدير مصر للعاهل السعودي الملك سلمان بن عبد العزيز."),
    ("en", "Egyptian President Abdel Fattah el-Sisi received Saudi Crown Prince Mohammed bin Salman at Cairo "
           "airport on Sunday at the start of his official visit to Egypt.\n\n"
           "Sisi welcomed the first official visit to Egypt of the son of Saudi King Salman bin Abdulaziz."),
]


@pytest.mark.parametrize("lang, text", ONE_DELEGATION, ids=[c[0] for c in ONE_DELEGATION])
def test_two_members_of_one_delegation_make_one_visit(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2018-03-04"))
    visits = [e for e in found.events if e.type == "visit" and not e.recalled]
    assert len(visits) == 1
    assert visits[0].host == "EG"


def test_a_visit_recalled_by_another_member_stays_apart() -> None:
    text = ("Egyptian President Abdel Fattah el-Sisi received Saudi Crown Prince Mohammed bin Salman in Cairo on "
            "Sunday.\n\nIn 2016, Saudi Foreign Minister Adel al-Jubeir paid a visit to Egypt.")
    found = analyse(Document(doc="t", text=text, lang="en", published="2018-03-04"))
    visits = [e for e in found.events if e.type == "visit"]
    assert len(visits) == 2


# -- A visit word naming no one and no destination refers back to the visit the article tells.
TOLD_AGAIN = [
    ("ar", "وصل الرئيس المصري عبد الفتاح السيسي إلى أثينا مساء الثلاثاء في زيارة رسمية لليونان تستغرق يومين. "
           "وقالت الحكومة اليونانية إن برنامج الزيارة يتضمن عدة لقاءات رفيعة المستوى مع المسؤولين اليونانيين."),
    ("fr", "Le président égyptien Abdel Fattah al-Sissi est arrivé mardi soir à Athènes pour une visite officielle "
           "de deux jours en Grèce. Selon le gouvernement grec, le programme de la visite comprend plusieurs "
           "rencontres de haut niveau."),
]


@pytest.mark.parametrize("lang, text", TOLD_AGAIN, ids=[c[0] for c in TOLD_AGAIN])
def test_the_visit_told_again_is_one_visit(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-07"))
    visits = [e for e in found.events if e.type == "visit"]
    assert [v.host for v in visits] == ["GR"], [(v.host, v.evidence) for v in visits]


# -- Where a visit goes: a place after a word of a situation is a subject of talks, not the destination.
DESTINATIONS = [
    ("fr", "Le président grec Konstantinos Tasoulas est arrivé dimanche soir en Égypte pour une visite de deux jours "
           "consacrée à la situation à Gaza et à la coopération énergétique. Il a été reçu par le président "
           "égyptien Abdel Fattah al-Sissi."),
    ("en", "Greek Prime Minister Kyriakos Mitsotakis arrived in Cairo on Sunday for a two-day visit to Egypt. "
           "The visit will focus on the war in Gaza and on energy links, Egyptian officials said."),
    ("ar", "وصل رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس إلى القاهرة مساء الأحد في زيارة لمصر تستغرق يومين. "
           "وقالت الرئاسة المصرية إن الزيارة ستبحث الحرب في غزة والتعاون في مجال الطاقة."),
    ("ru", "Премьер-министр Греции Кириакос Мицотакис прибыл в Каир с двухдневным визитом в Египет. "
           "Визит будет посвящён ситуации в Газе и сотрудничеству в энергетике, сообщили в Каире."),
]


@pytest.mark.parametrize("lang, text", DESTINATIONS, ids=[c[0] for c in DESTINATIONS])
def test_a_visit_goes_to_its_country_not_to_the_subject_of_its_talks(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-12"))
    visits = [e for e in found.events if e.type == "visit"]
    hosts = [v.host for v in visits]
    assert "EG" in hosts and "PS" not in hosts, hosts


# -- No word says where a visit goes, but its sentence is set in a city of the pair: the visit is received there.
SET_IN_A_CITY = [
    ("ru", "В аэропорту Ташкента президент Узбекистана Шавкат Мирзиёев встретил президента Азербайджана "
           "Ильхама Алиева, который прибыл с государственным визитом."),
    ("en", "At Tashkent airport, President of Uzbekistan Shavkat Mirziyoyev welcomed President of Azerbaijan Ilham "
           "Aliyev, who arrived on a state visit."),
]


@pytest.mark.parametrize("lang, text", SET_IN_A_CITY, ids=[c[0] for c in SET_IN_A_CITY])
def test_a_visit_set_in_a_city_of_the_pair_is_received_there(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-03-02"))
    visits = [e for e in found.events if e.type == "visit"]
    assert len(visits) == 1
    assert visits[0].host == "UZ"
    country = {p.id: p.country for p in found.people}
    assert {country[p] for p in visits[0].people} == {"AZ"}


# -- The visit the article tells, named again from its receiver's side: the receiver is no visitor, and
# the visit goes to the receiver's country, not to the other side.
FROM_THE_HOST_SIDE = [
    ("en", "Italian President Sergio Mattarella arrived in Tunis on Monday for a state visit to Tunisia.\n\n"
           "Tunisian President Kais Saied thanked him for his visit, calling it a milestone."),
    ("fr", "Le président italien Sergio Mattarella est arrivé lundi à Tunis pour une visite d'État en Tunisie.\n\n"
           "Cette visite est historique, a souligné le président Kaïs Saïed."),
    ("ru", "Президент Италии Серджо Маттарелла прибыл в понедельник в Тунис с государственным визитом.\n\n"
           "Президент Туниса Каис Саид назвал этот визит историческим."),
]


@pytest.mark.parametrize("lang, text", FROM_THE_HOST_SIDE, ids=[c[0] for c in FROM_THE_HOST_SIDE])
def test_the_receiver_named_first_is_no_visitor(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-13"))
    visits = [e for e in found.events if e.type == "visit"]
    assert [v.host for v in visits] == ["TN"], [(v.host, v.people, v.evidence) for v in visits]
    country = {p.id: p.country for p in found.people}
    assert {country[p] for p in visits[0].people} <= {"IT"}


# -- Where the visit the article tells is named again, the visitor's own country is not its destination:
# Arabic «ل» is also «of» («أمير لقطر», an emir of Qatar), and a destination word outranks a glued one.
TOLD_WITH_ITS_VISITORS_COUNTRY = [
    ("ar", "وصل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم الثلاثاء إلى باريس في زيارة دولة إلى فرنسا.\n\n"
           "وقالت الرئاسة الفرنسية إن هذه الزيارة الأولى التي يقوم بها أمير لقطر منذ 15 عاما تمثل شرفا لفرنسا.", "FR"),
    ("ar", "أعلن المكتب الصحافي للكرملين اليوم أن الرئيس الروسي فلاديمير بوتين سيقوم بزيارة دولة إلى الهند "
           "يومي 4 و5 ديسمبر.", "IN"),
    ("en", "Russian President Vladimir Putin arrived in Tashkent on Sunday for a state visit to Uzbekistan.\n\n"
           "Putin then returned to Moscow following his visit to Uzbekistan.", "UZ"),
]


@pytest.mark.parametrize("lang, text, host", TOLD_WITH_ITS_VISITORS_COUNTRY,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TOLD_WITH_ITS_VISITORS_COUNTRY)])
def test_the_visitors_own_country_is_not_the_destination(lang: str, text: str, host: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-11-28"))
    visits = [e for e in found.events if e.type == "visit"]
    assert [v.host for v in visits] == [host], [(v.host, v.evidence) for v in visits]
    assert all(v.place is None or v.place.country == host for v in visits)


# -- No one visits their own country: a person of the host side a visit's mentions pick up is its receiver.
OWN_COUNTRY = [
    ("en", "Russian President Vladimir Putin paid a state visit to Uzbekistan on 26-27 May.\n\n"
           "The visit was attended by Russian President Vladimir Putin and Uzbek President Shavkat Mirziyoyev."),
    ("fr", "Le président russe Vladimir Poutine a effectué une visite d'État en Ouzbékistan les 26 et 27 mai.\n\n"
           "Le président ouzbek Chavkat Mirzioïev et le président russe Vladimir Poutine ont pris part à la visite."),
]


@pytest.mark.parametrize("lang, text", OWN_COUNTRY, ids=[c[0] for c in OWN_COUNTRY])
def test_no_one_visits_their_own_country(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-05-28"))
    country = {p.id: p.country for p in found.people}
    for v in (e for e in found.events if e.type == "visit"):
        assert v.host not in {country[p] for p in v.people}, (v.host, [country[p] for p in v.people])


# -- «Встретился с» (met with) is no reception: the one named first did not receive the other at home,
# and talks abroad during the visit the article tells imply no visit the other way.
MET_WITH_DURING_THE_VISIT = [
    ("ru", "Президент России Владимир Путин прибыл в Нью-Дели с государственным визитом.\n\n"
           "Президент России Владимир Путин встретился в Президентском дворце Индии с главой государства "
           "Драупади Мурму."),
    ("en", "Russian President Vladimir Putin arrived in New Delhi on a state visit.\n\n"
           "Russian President Vladimir Putin met Indian President Droupadi Murmu at the Presidential Palace."),
]


@pytest.mark.parametrize("lang, text", MET_WITH_DURING_THE_VISIT, ids=[c[0] for c in MET_WITH_DURING_THE_VISIT])
def test_met_with_is_no_reception(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-12-05"))
    visits = [e for e in found.events if e.type == "visit"]
    assert [v.host for v in visits] == ["IN"], [(v.host, v.people) for v in visits]
    meetings = [e for e in found.events if e.type == "meeting"]
    assert all(m.host != "RU" for m in meetings)


# -- The country of an envoy's post is no destination: «the visit» he speaks of is the one the article tells.
ENVOY = [
    ("en", "Egypt's President Abdel Fattah El Sisi arrived in Riyadh on Tuesday for talks with King Salman.\n\n"
           "Osama Nugali, Saudi Arabia's ambassador to Egypt, said the visit would strengthen relations."),
    ("fr", "Le président égyptien Abdel Fattah al-Sissi est arrivé à Riyad mardi pour des entretiens avec le roi Salmane.\n\n"
           "Oussama Nugali, l'ambassadeur saoudien en Egypte, a déclaré que la visite renforcerait les relations."),
]


@pytest.mark.parametrize("lang, text", ENVOY, ids=[c[0] for c in ENVOY])
def test_an_envoys_post_is_no_destination(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2022-03-08"))
    visits = [e for e in found.events if e.type == "visit"]
    assert [v.host for v in visits] == ["SA"], [(v.host, v.text) for v in visits]


# -- A visit that was to happen and was postponed did not happen: no visit on the day it was due.
POSTPONED = [
    ("en", "Secretary of State Antony Blinken will pay an official visit to Kazakhstan on February 28.\n\n"
           "Initially Secretary Blinken was supposed to visit Kazakhstan on January 5, however, the visit was "
           "postponed due to the situation in the Middle East."),
    ("fr", "Le secrétaire d'État Antony Blinken effectuera une visite officielle au Kazakhstan le 28 février.\n\n"
           "Prévue le 5 janvier, la visite a été reportée en raison de la situation au Moyen-Orient."),
]


@pytest.mark.parametrize("lang, text", POSTPONED, ids=[c[0] for c in POSTPONED])
def test_a_postponed_visit_is_no_visit_on_its_first_day(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-02-20"))
    visits = [e for e in found.events if e.type == "visit"]
    assert visits and all("2023-01-05" not in (v.when or "") for v in visits), [(v.when, v.text) for v in visits]


# -- «timed to coincide with the visit» refers to the visit told: no second visit in another city.
COINCIDE = [
    ("en", "President Kassym-Jomart Tokayev will arrive in the Kyrgyz Republic on an official visit on August 21.\n\n"
           "A number of events are timed to coincide with the visit, including the opening of a school in Osh."),
    ("fr", "Le président Kassym-Jomart Tokaïev effectuera une visite officielle au Kirghizistan le 21 août.\n\n"
           "Plusieurs événements sont programmés pour coïncider avec la visite, dont l'ouverture d'une école à Och."),
]


@pytest.mark.parametrize("lang, text", COINCIDE, ids=[c[0] for c in COINCIDE])
def test_events_timed_to_coincide_with_the_visit_make_no_second_visit(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-08-20"))
    visits = [e for e in found.events if e.type == "visit"]
    assert len(visits) == 1, [(v.host, v.text) for v in visits]


# -- A project placed in a country is what is discussed, not where the visit goes.
PROJECT = [
    ("en", "Iranian President Masoud Pezeshkian arrived in Moscow on Friday for talks with Vladimir Putin.\n\n"
           "Pezeshkian, on his first visit since his election, said the two leaders might agree on building a "
           "nuclear power plant in Iran."),
    ("fr", "Le président iranien Massoud Pezeshkian est arrivé à Moscou vendredi pour des entretiens avec Vladimir Poutine.\n\n"
           "Pezeshkian, pour sa première visite depuis son élection, a dit que les deux dirigeants pourraient "
           "s'entendre sur la construction d'une centrale nucléaire en Iran."),
]


@pytest.mark.parametrize("lang, text", PROJECT, ids=[c[0] for c in PROJECT])
def test_a_project_in_a_country_is_no_destination(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-01-17"))
    visits = [e for e in found.events if e.type == "visit"]
    assert visits and all(v.host == "RU" for v in visits), [(v.host, v.text) for v in visits]

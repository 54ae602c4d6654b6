"""A protocol welcome (guard of honour, anthems, gun salute) is a ceremony (GOLD.md: "a commemorative
or protocol act"), one however many sentences tell it, and part of the visit it opens."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def found(lang: str, text: str) -> list:
    return analyse(Document(doc="t", text=text, lang=lang, published="2024-11-20")).events


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Казахстана Касым-Жомарт Токаев прибыл в Будапешт с государственным визитом. На площади Львов "
           "королевского дворца состоялась церемония официальной встречи. Прозвучали государственные гимны, "
           "главу государства торжественно встретили президент Венгрии Тамаш Шуйок и почетный караул."),
    ("en", "Kazakh President Kassym-Jomart Tokayev arrived in Budapest on a state visit. An official welcome "
           "ceremony was held at the Lions' Courtyard, where a guard of honour lined up."),
    ("ar", "وصل الرئيس الكازاخستاني قاسم جومارت توكاييف إلى بودابست في زيارة دولة، وجرت له مراسم استقبال رسمية "
           "في القصر الملكي."),
    ("kk", "Қасым-Жомарт Тоқаев Венгрияға мемлекеттік сапармен барды. Будапешттегі Король сарайында ресми қарсы "
           "алу рәсімі өтті."),
])
def test_an_official_welcome_is_one_ceremony_of_the_visit(lang: str, text: str) -> None:
    events = found(lang, text)
    ceremonies = [e for e in events if e.type == "ceremony"]
    visits = [e for e in events if e.type == "visit"]
    assert len(ceremonies) == 1 and len(visits) == 1
    assert ceremonies[0].part_of == visits[0].id


@pytest.mark.parametrize("lang, text", [
    ("en", "President of Kyrgyzstan Sadyr Japarov paid a state visit to Kazakhstan on March 2-3. The heads of state "
           "held talks in narrow and expanded formats with President Kassym-Jomart Tokayev."),
    ("ru", "Президент Киргизии Садыр Жапаров 2-3 марта находился с государственным визитом в Казахстане. Главы "
           "государств провели переговоры с президентом Казахстана Касым-Жомартом Токаевым."),
])
def test_undated_talks_of_a_dated_visit_happened_within_its_days(lang: str, text: str) -> None:
    events = analyse(Document(doc="t", text=text, lang=lang, published="2021-03-03")).events
    visit = next(e for e in events if e.type == "visit")
    talks = next(e for e in events if e.type == "meeting")
    assert visit.when == "2021-03-02/2021-03-03" and talks.when == visit.when


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Казахстана Касым-Жомарт Токаев и председатель Халк Маслахаты Гурбангулы Бердымухамедов "
           "приняли участие в церемонии открытия памятника Абаю в Ашхабаде."),
    ("en", "Kazakh President Kassym-Jomart Tokayev and Turkmen leader Gurbanguly Berdimuhamedov unveiled a "
           "monument to Abai in Ashgabat on Wednesday."),
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev et Gurbanguly Berdimuhamedov ont inauguré mercredi un "
           "monument à Abaï à Achgabat."),
    ("ar", "وشارك الرئيس الكازاخي قاسم جومارت توكاييف في افتتاح نصب تذكاري للشاعر أباي في عشق آباد."),
], ids=["ru", "en", "fr", "ar"])
def test_a_monument_opened_together_is_a_ceremony(lang: str, text: str) -> None:
    assert "ceremony" in [e.type for e in found(lang, text)]


# -- A meal or reception given in a guest's honour, a shrine visited, the opening of culture days:
# protocol acts, each a ceremony (the real-news annotations record them so).
HONOURED = [
    ("en", "King Abdullah II hosted a lunch in honour of Kazakh President Kassym-Jomart Tokayev in Amman on Tuesday."),
    ("fr", "Le roi Abdallah II a offert mardi à Amman un dîner en l'honneur du président kazakh Kassym-Jomart Tokaïev."),
    ("ru", "Во вторник в Аммане в честь президента Казахстана Касым-Жомарта Токаева король Абдалла II дал "
           "официальный обед."),
    ("ar", "أقام الملك عبد الله الثاني يوم الثلاثاء في عمان مأدبة عشاء على شرف الرئيس الكازاخي قاسم جومارت توكاييف."),
    ("kk", "Сейсенбіде Амманда Қасым-Жомарт Тоқаевтың құрметіне ресми қабылдау берілді."),
]


@pytest.mark.parametrize("lang, text", HONOURED, ids=[c[0] for c in HONOURED])
def test_a_meal_in_a_guests_honour_is_a_ceremony(lang: str, text: str) -> None:
    assert "ceremony" in [e.type for e in found(lang, text)]


SHRINES = [
    ("en", "During his official visit to Japan, President Kassym-Jomart Tokayev visited the Itsukushima Shrine "
           "in Hiroshima."),
    ("kk", "Мемлекет басшысы Жапонияға ресми сапары барысында Хиросимадағы Ицукусима ғибадатханасына барды."),
]


@pytest.mark.parametrize("lang, text", SHRINES, ids=[c[0] for c in SHRINES])
def test_a_shrine_visited_is_a_ceremony_not_a_second_visit(lang: str, text: str) -> None:
    types = [e.type for e in found(lang, text)]
    assert "ceremony" in types and types.count("visit") <= 1


CULTURE_DAYS = [
    ("ru", "Президенты Таджикистана и Казахстана примут участие в концерте, посвящённом открытию Дней культуры "
           "Казахстана в Таджикистане."),
    ("en", "The two presidents attended the opening of the Days of Culture of Kazakhstan in Tajikistan in Dushanbe."),
]


@pytest.mark.parametrize("lang, text", CULTURE_DAYS, ids=[c[0] for c in CULTURE_DAYS])
def test_the_opening_of_culture_days_is_a_ceremony(lang: str, text: str) -> None:
    assert "ceremony" in [e.type for e in found(lang, text)]


def test_a_meal_without_a_guest_honoured_is_no_ceremony() -> None:
    text = "Kassym-Jomart Tokayev held talks with King Abdullah II in Amman. The talks continued over lunch."
    assert "ceremony" not in [e.type for e in found("en", text)]


# -- A meal given in a guest's honour: the guest of honour, whoever the sentence names after him, and
# those the next sentences say attended it are its people.
@pytest.mark.parametrize("lang, text, guests", [
    ("fr", "Le président Kassym-Jomart Tokaïev a offert, mardi à Astana, un dîner en l'honneur du Premier ministre "
           "hongrois, Viktor Orbán, présidé par le Premier ministre Olzhas Bektenov. Ont aussi pris part à ce dîner "
           "le ministre hongrois des Affaires étrangères, Péter Szijjártó, et le ministre Murat Nurtleu.",
     ["Viktor Orbán", "Olzhas Bektenov", "Péter Szijjártó", "Murat Nurtleu"]),
    ("ar", "أقام الرئيس قاسم جومارت توكاييف، يوم الثلاثاء بأستانا، مأدبة عشاء على شرف رئيس الوزراء المجري، السيد "
           "فيكتور أوربان، ترأسها رئيس الوزراء أولجاس بكتينوف. وحضر هذه المأدبة وزير الخارجية المجري السيد بيتر "
           "سيارتو.",
     ["فيكتور أوربان", "أولجاس بكتينوف", "بيتر سيارتو"]),
    ("en", "President Kassym-Jomart Tokayev hosted on Tuesday in Astana a dinner in honour of Hungarian Prime Minister "
           "Viktor Orbán. Foreign Minister Péter Szijjártó also attended the dinner.",
     ["Viktor Orbán", "Péter Szijjártó"]),
], ids=["fr", "ar", "en"])
def test_a_meal_in_a_guests_honour_has_the_guest_and_those_who_attended(lang: str, text: str, guests: list[str]) -> None:
    doc = analyse(Document(doc="t", text=text, lang=lang, published="2024-11-20"))
    meal = next(e for e in doc.events if e.type == "ceremony")
    names = {p.name for p in doc.people if p.id in meal.people}
    assert set(guests) <= names, (names, guests)


# -- A dinner the guests were honoured with is a ceremony; a guided tour of the palace is part of the visit.
HONOURED = [
    ("en", "Prime Minister Anwar Ibrahim arrived in Astana on Thursday for a two-day official visit to Kazakhstan.\n\n"
           "Anwar said he and the Malaysian delegation were honoured with a state dinner, in addition to being "
           "escorted on a tour of the Palace by Tokayev."),
    ("fr", "Le Premier ministre Anwar Ibrahim est arrivé à Astana jeudi pour une visite officielle de deux jours au Kazakhstan.\n\n"
           "Anwar a dit que la délégation malaisienne avait été honorée d'un dîner d'État et d'une visite guidée "
           "du palais en compagnie de Tokaïev."),
]


@pytest.mark.parametrize("lang, text", HONOURED, ids=[c[0] for c in HONOURED])
def test_a_dinner_in_the_guests_honour_is_a_ceremony_and_a_palace_tour_no_visit(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-05-17"))
    types = [e.type for e in found.events]
    assert types.count("visit") == 1 and "ceremony" in types, [(e.type, e.host, e.text[:50]) for e in found.events]

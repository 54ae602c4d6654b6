"""People with titles, roles, countries and lemmatised names, on our own test articles."""
from pathlib import Path

import pytest

from accord.analyse.countries import find_countries
from accord.analyse.institutions import find_orgs
from accord.analyse.people import cluster_people, find_people
from accord.analyse.places import find_places

DATA = Path(__file__).parent / "data" / "actors"


def _analyse(name):
    lang = name[:2]
    text = (DATA / name).read_text(encoding="utf-8")
    countries = find_countries(text, lang)
    orgs = find_orgs(text, lang, countries)
    mentions = find_people(text, lang, countries, orgs)
    return text, countries, orgs, mentions, cluster_people(mentions, lang), find_places(text, lang)


def _people(name):
    return {(p.name, p.role, p.country) for p in _analyse(name)[4]}


def test_russian_uzbekistan_uae():
    text, countries, orgs, _, people, places = _analyse("ru_uz_ae_visit.txt")
    assert {c.code for c in countries} == {"UZ", "AE"}
    assert ("Законодательной палаты", "lower_chamber", "UZ") in {(o.text, o.kind, o.country) for o in orgs}
    assert ("friendship_group", "UZ", "friendship group UZ-AE") in {(o.kind, o.country, o.name) for o in orgs}
    assert {(p.name, p.role, p.country) for p in people} == {
        ("Нурдинжон Исмоилов", "speaker", "UZ"), ("Сакр Гобаш", "official", None),
        ("Бахтиёр Саидов", "foreign_minister", "UZ"), ("Дилшод Рахимов", "photo_credit", None)}
    assert [p.name for p in places] == ["Ташкент", "Абу-Даби", "Самарканд"]


def test_arabic_egypt_kazakhstan():
    _, countries, orgs, _, people, places = _analyse("ar_eg_kz_meeting.txt")
    assert {c.code for c in countries} == {"EG", "KZ"}
    assert {(p.name, p.role, p.country) for p in people} == {
        ("سامح شكري", "foreign_minister", "EG"), ("أرمان إيساغالييف", "ambassador", "KZ"),
        ("حنفي جبالي", "speaker", "EG"), ("قاسم جومارت توكاييف", "president", None),
        ("عبد الفتاح السيسي", "president", None)}
    assert ("friendship group EG-KZ", "EG") in {(o.name, o.country) for o in orgs}
    assert {p.name for p in places} == {"القاهرة", "أستانا"}


def test_kazakh_kazakhstan_turkey():
    _, countries, orgs, mentions, people, places = _analyse("kk_kz_tr_senate.txt")
    assert {c.code for c in countries} == {"KZ", "TR"}
    assert {(p.name, p.role, p.country) for p in people} == {
        ("Мәулен Әшімбаев", "speaker", None), ("Нұман Құртұлмұш", "speaker", "TR"),
        ("Қасым-Жомарт Тоқаев", "president", None), ("Айгүл Құспан", "group_chair", "KZ")}
    assert ("Нұман Құртұлмұшты", "Нұман Құртұлмұш") in {(m.text, m.name) for m in mentions}
    assert {p.name for p in places} == {"Астана", "Анкара", "Ақорда"}


def test_french_france_morocco():
    _, countries, orgs, _, people, places = _analyse("fr_fr_ma_assembly.txt")
    assert {c.code for c in countries} == {"FR", "MA"}
    assert {(p.name, p.role, p.country) for p in people} == {
        ("Yaël Braun-Pivet", "speaker", "FR"), ("Rachid Talbi Alami", "speaker", None),
        ("Aziz Akhannouch", "head_of_government", None), ("Nasser Bourita", "foreign_minister", None)}
    assert ("friendship group FR-MA", "FR") in {(o.name, o.country) for o in orgs}
    assert {p.name for p in places} == {"Rabat", "Paris", "Mausolée Mohammed V", "Casablanca"}


def test_english_tunisia_turkey():
    _, countries, orgs, _, people, places = _analyse("en_tn_tr_talks.txt")
    assert {c.code for c in countries} == {"TN", "TR", "US"}
    assert {(p.name, p.role, p.country) for p in people} == {
        ("Hakan Fidan", "foreign_minister", "TR"), ("Mohamed Ali Nafti", None, "TN"),
        ("Recep Tayyip Erdogan", "president", None), ("Numan Kurtulmus", "speaker", "TR"),
        ("Chad Smith", None, None)}
    fidan = next(p for p in people if p.name == "Hakan Fidan")
    assert len(fidan.mentions) == 3
    assert {p.name for p in places} == {"Ankara", "Sfax", "Tunis"}


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Ерлан Кошанов, председатель Мажилиса, заявил о поддержке.", ("Ерлан Кошанов", "speaker", "KZ")),
    ("ar", "وقال محمد غريب، عضو مجموعة الصداقة البرلمانية المغربية الكازاخستانية، إن", ("محمد غريب", "group_member", "MA")),
    ("en", "Moroccan Prime Minister Aziz Akhannouch said.", ("Aziz Akhannouch", "head_of_government", "MA")),
    ("ar", "التقى السيدة Aigul KUSPAN أمس.", ("Aigul KUSPAN", None, None)),
    ("kk", "Ол Марокко Королі VI Мұхаммедке сәлем жолдады.", ("VI Мұхаммед", "king", "MA")),
    ("kk", "Марокко Парламенті Өкілдер палатасының Төрағасы Рашид Талби Әл-Аламимен кездесті.",
     ("Рашид Талби Әл-Алами", "speaker", "MA")),
    ("fr", "Le président Kassym-Jomart Tokaïev a signé.", ("Kassym-Jomart Tokaïev", "president", None)),
    ("en", "The Ambassador of Morocco to Kazakhstan Mohamed Rida El Fassi arrived.",
     ("Mohamed Rida El Fassi", "ambassador", "MA")),
])
def test_titles_and_apposition(lang, text, expected):
    countries = find_countries(text, lang)
    mentions = find_people(text, lang, countries, find_orgs(text, lang, countries))
    assert [(m.name, m.role, m.country) for m in mentions] == [expected]


def test_arabic_verbs_and_objects_after_titles_are_not_names():
    text = "وأكد الوزير المصري حرص القاهرة على التعاون. ونقل السفير تحيات الرئيس. وأكد لافروف أن روسيا تدعم الجزائر."
    countries = find_countries(text, "ar")
    assert find_people(text, "ar", countries, find_orgs(text, "ar", countries)) == []


def test_headline_words_months_and_routes_are_not_people():
    text = ("Встречи на высоком уровне в Палате представителей Марокко\n"
            "Стороны обсудили развитие маршрута «Срединный коридор» и Искусственного интеллекта в Январе.")
    countries = find_countries(text, "ru")
    assert find_people(text, "ru", countries, find_orgs(text, "ru", countries)) == []


def test_cluster_joins_surname_and_inflected_forms():
    text = "Ерлан Кошанов встретился с послом. Позже Кошанова приняли в Рабате. Ерлана Кошанова поблагодарили."
    countries = find_countries(text, "ru")
    mentions = find_people(text, "ru", countries, find_orgs(text, "ru", countries))
    people = cluster_people(mentions, "ru")
    assert [(p.id, p.name, len(p.mentions)) for p in people] == [("p1", "Ерлан Кошанов", 3)]


def test_optional_natasha_ner_adds_what_rules_miss():
    text = "Сегодня Путин провёл переговоры в Кремле."
    countries = find_countries(text, "ru")
    orgs = find_orgs(text, "ru", countries)
    assert find_people(text, "ru", countries, orgs) == []
    assert [m.name for m in find_people(text, "ru", countries, orgs, ner=True)] == ["Путин"]

"""Institutions with their countries, friendship groups with both sides."""
from accord.analyse.countries import find_countries
from accord.analyse.institutions import find_orgs


def _orgs(text, lang):
    return [(o.text, o.kind, o.country, o.name) for o in find_orgs(text, lang, find_countries(text, lang))]


def test_russian_chain_and_own_names():
    text = ("по приглашению председателя Палаты представителей Парламента Королевства Марокко. "
            "Депутаты Мажилиса встретились с главой правительства Марокко.")
    assert _orgs(text, "ru") == [
        ("Палаты представителей", "lower_chamber", "MA", "House of Representatives"),
        ("Парламента", "parliament", "MA", "Parliament"),
        ("Мажилиса", "lower_chamber", "KZ", "Mazhilis"),
        ("правительства", "government", "MA", "Government")]


def test_arabic_friendship_groups_and_chambers():
    text = ("قام أعضاء مجموعة الصداقة البرلمانية المغربية–الكازاخستانية بمجلس النواب بزيارة. "
            "والتقوا رئيسة مجموعة الصداقة الكازاخستانية–المغربية بمجلس النواب الكازاخستاني.")
    assert _orgs(text, "ar") == [
        ("مجموعة الصداقة البرلمانية المغربية–الكازاخستانية", "friendship_group", "MA", "friendship group MA-KZ"),
        ("بمجلس النواب", "lower_chamber", "MA", "House of Representatives"),
        ("مجموعة الصداقة الكازاخستانية–المغربية", "friendship_group", "KZ", "friendship group KZ-MA"),
        ("بمجلس النواب", "lower_chamber", "KZ", "House of Representatives")]


def test_english_adjective_before_and_partner_after_with():
    text = "The Kazakh Senate set up a friendship group with Morocco and met the Egyptian Foreign Ministry."
    assert _orgs(text, "en") == [
        ("Senate", "upper_chamber", "KZ", "Senate"),
        ("friendship group with Morocco", "friendship_group", None, "friendship group with MA"),
        ("Foreign Ministry", "ministry", "EG", "Ministry of Foreign Affairs")]


def test_french_adjective_after_and_default_country():
    text = "Le Parlement marocain, la Chambre des conseillers et l'Assemblée nationale."
    assert _orgs(text, "fr") == [
        ("Parlement", "parliament", "MA", "Parliament"),
        ("Chambre des conseillers", "upper_chamber", "MA", "House of Councillors"),
        ("Assemblée nationale", "lower_chamber", None, "National Assembly")]


def test_kazakh_country_before():
    text = "Қазақстан Парламенті Мәжілісінің депутаттары Марокко Өкілдер палатасының төрағасымен кездесті."
    assert _orgs(text, "kk") == [
        ("Парламенті", "parliament", "KZ", "Parliament"),
        ("Мәжілісінің", "lower_chamber", "KZ", "Mazhilis"),
        ("Өкілдер палатасының", "lower_chamber", "MA", "House of Representatives")]


def test_the_shanghai_organisation_by_its_full_name_is_an_institution_not_part_of_a_name():
    """«Тоқаев Шанхай ынтымақтастық ұйымының саммитіне қатысты»: the city opens the organisation's name,
    it does not end the President's (kk, fr, ar)."""
    from accord.analyse.pipeline import analyse
    from accord.model import Document

    for lang, text in (
        ("kk", "Келіссөздерден соң Президент Тоқаев Шанхай ынтымақтастық ұйымының саммитіне қатысты."),
        ("fr", "Après les entretiens, le président Tokaïev a participé au sommet de l'Organisation de coopération "
               "de Shanghai à Tianjin."),
        ("ar", "وشارك الرئيس توكاييف بعد المحادثات في قمة منظمة شنغهاي للتعاون في تيانجين."),
    ):
        assert "Shanghai Cooperation Organisation" in [o.name for o in find_orgs(text, lang, find_countries(text, lang))]
        r = analyse(Document(doc="t", text=text, lang=lang, published="2025-08-31"))
        assert not any("Шанха" in n or "Shanghai" in n or "شنغهاي" in n for p in r.people for n in [p.name, *p.names])

"""Country mentions in every language: names, long forms, adjectives, peoples, capitals."""
import pytest

from accord.analyse.countries import find_countries


def _found(text, lang):
    return [(c.text, c.code, c.form) for c in find_countries(text, lang)]


def test_arabic_names_long_forms_adjectives_and_clitics():
    text = ("قام وفد من المملكة المغربية بزيارة إلى جمهورية كازاخستان، والتقى الوفد المغربي بالنواب "
            "الكازاخستانيين. وأكد المغاربة دعمهم للمغرب.")
    assert _found(text, "ar") == [
        ("المملكة المغربية", "MA", "name"), ("جمهورية كازاخستان", "KZ", "name"), ("المغربي", "MA", "adjective"),
        ("الكازاخستانيين", "KZ", "adjective"), ("المغاربة", "MA", "people"), ("للمغرب", "MA", "name")]


def test_arabic_capital_stands_for_its_country():
    assert ("بالرباط", "MA", "capital") in _found("البيان الصادر بالرباط", "ar")


def test_arabic_financial_is_not_mali():
    assert _found("الموارد المالية والدعم المالي", "ar") == []
    assert _found("وزار جمهورية مالي", "ar") == [("جمهورية مالي", "ML", "name")]


def test_algeria_in_arabic_is_the_country():
    assert _found("زيارة إلى الجزائر", "ar") == [("الجزائر", "DZ", "name")]


def test_russian_cases_and_adjectives():
    text = ("Делегация Республики Казахстан посетила Королевство Марокко. Марокканских коллег "
            "приветствовали на казахстанско-марокканских переговорах.")
    assert _found(text, "ru") == [
        ("Республики Казахстан", "KZ", "name"), ("Королевство Марокко", "MA", "name"),
        ("Марокканских", "MA", "adjective"), ("казахстанско", "KZ", "adjective"),
        ("марокканских", "MA", "adjective")]


def test_russian_ambiguities():
    assert _found("Того же дня на казахском языке выступил посол.", "ru") == []
    assert [c[1] for c in _found("Папуа — Новая Гвинея и Гвинея", "ru")] == ["PG", "GN"]
    assert [c[1] for c in _found("ОАЭ и Объединённых Арабских Эмиратов", "ru")] == ["AE", "AE"]


def test_kazakh_case_forms():
    text = "Қазақстан мен Марокко. Мароккомен ынтымақтастық. Қазақстан Республикасының Парламенті."
    assert _found(text, "kk") == [
        ("Қазақстан", "KZ", "name"), ("Марокко", "MA", "name"), ("Мароккомен", "MA", "name"),
        ("Қазақстан Республикасының", "KZ", "name")]
    assert _found("қазақ тілі", "kk") == []


def test_french_adjectives_and_people():
    text = "Les Marocains et les entreprises marocaines et kazakhstanaises. Les Etats-Unis."
    assert _found(text, "fr") == [
        ("Marocains", "MA", "people"), ("marocaines", "MA", "adjective"),
        ("kazakhstanaises", "KZ", "adjective"), ("Etats-Unis", "US", "name")]


def test_english_ambiguities():
    text = ("Papua New Guinea and Equatorial Guinea, Niger and Nigeria. Chad Smith visited Chad. "
            "The Kazakh language is taught to Moroccans.")
    assert _found(text, "en") == [
        ("Papua New Guinea", "PG", "name"), ("Equatorial Guinea", "GQ", "name"), ("Niger", "NE", "name"),
        ("Nigeria", "NG", "name"), ("Chad", "TD", "name"), ("Moroccans", "MA", "people")]


@pytest.mark.parametrize("lang, text, code", [
    ("en", "Officials from Burkina Faso arrived.", "BF"),
    ("fr", "La délégation du Vietnam est arrivée.", "VN"),
    ("ru", "Делегация Аргентины прибыла.", "AR"),
    ("ar", "وصل وفد من البرازيل.", "BR"),
    ("kk", "Жапония делегациясы келді.", "JP"),
])
def test_every_country_has_its_cldr_name(lang, text, code):
    assert code in [c.code for c in find_countries(text, lang)]


def test_unknown_language_raises():
    with pytest.raises(ValueError):
        find_countries("Morocco", "xx")


def test_a_name_two_countries_share_is_read_as_the_article_names_it() -> None:
    # «عمان» is Oman (عُمان) and Amman (عمّان) once the diacritics are gone
    from accord.analyse.countries import find_countries

    jordan = "وصل الرئيس المصري إلى عمان في زيارة قصيرة للمملكة الأردنية يلتقي خلالها العاهل الأردني."
    oman = "وصل وزير الخارجية الكازاخستاني إلى عمان في زيارة رسمية، والتقى في مسقط نظيره العماني."
    assert [c.code for c in find_countries(jordan, "ar") if c.text == "عمان"] == ["JO"]
    assert [c.code for c in find_countries(oman, "ar") if c.text == "عمان"] == ["OM"]


def test_bracketed_sovereign_of_a_territory_is_not_its_name():
    # CLDR writes «Внешние малые о-ва (США)», «Виргинские о-ва (Великобритания)»: the bracket
    # names the sovereign, and the sovereign's own name must stay the sovereign's.
    text = "Госсекретарь США Майк Помпео прибыл в Астану, а глава МИД Великобритании — в Ташкент."
    assert [c[1] for c in _found(text, "ru")] == ["US", "KZ", "GB", "UZ"]
    assert [c[1] for c in _found("Гонконг (САР) и САР", "ru")] == ["HK"]
    assert [c[1] for c in _found("Мьянма, прежде Бирма", "ru")] == ["MM", "MM"]
    assert [c[1] for c in _found("Myanmar, formerly Burma, and the Cocos Islands", "en")] == ["MM", "MM", "CC"]
    assert _found("The Islands of the Pacific", "en") == []


def test_official_name_taken_from_another_country_is_not_kept():
    assert [c[1] for c in _found("Орталық Африка Республикасы мен Непал", "kk")] == ["CF", "NP"]


def test_amman_with_a_clitic_is_read_by_the_article_too() -> None:
    """«في زيارة قصيرة لعمان» ("to Amman"): the shared name with a preposition glued on is the same
    homograph, read as the country the article's other mentions name."""
    jordan = "بحث الرئيس المصري مع العاهل الأردني عملية السلام في زيارة قصيرة لعمان استغرقت ساعات. وقال الديوان الأردني إن الزيارة ناجحة."
    oman = "وصل وزير الخارجية الكازاخستاني لعمان في زيارة رسمية، والتقى نظيره العماني في مسقط."
    assert [c.code for c in find_countries(jordan, "ar") if c.text.endswith("عمان")] == ["JO"]
    assert [c.code for c in find_countries(oman, "ar") if c.text.endswith("عمان")] == ["OM"]


@pytest.mark.parametrize("lang, text, surface", [
    ("fr", "Le Saint-Siège cherche à renouveler son accord avec Pékin.", "Saint-Siège"),
    ("en", "The Holy See is seeking to renew its deal with Beijing.", "Holy See"),
    ("ru", "Представитель Святого Престола прибыл в Астану.", "Святого Престола"),
    ("kk", "Қасиетті Тақтың өкілі Астанаға келді.", "Қасиетті Тақтың"),
])
def test_the_holy_see_is_the_vatican(lang, text, surface):
    # the sovereign the Pope heads is named in diplomacy by its own name, not by its city
    assert (surface, "VA", "name") in _found(text, lang)

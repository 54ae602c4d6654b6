"""People: a run of names right after the noun of a kind of place (an air base, an airport, a
palace), or ending in one, names that place, not a person. Own test text."""
from accord.analyse.countries import find_countries
from accord.analyse.institutions import find_orgs
from accord.analyse.people import cluster_people, find_people


def _names(text: str, lang: str) -> set[str]:
    countries = find_countries(text, lang)
    orgs = find_orgs(text, lang, countries)
    return {p.name for p in cluster_people(find_people(text, lang, countries, orgs), lang)}


def test_arabic_place_noun_before_a_name():
    names = _names("وصل الرئيس الأذربيجاني إلهام علييف إلى عمان، حيث حطت طائرته في مطار الملكة علياء الدولي، "
                   "ثم توجه إلى قاعدة نور خان الجوية.", "ar")
    assert not any("علياء" in n or "نور" in n for n in names)
    assert any("علييف" in n for n in names)


def test_english_air_base_ends_no_name():
    names = _names("President Ilham Aliyev was welcomed by Prime Minister Ahmed Karimov at Nur Khan Airbase "
                   "and later flew to Chaklala Air Base.", "en")
    assert not any("Nur Khan" in n or "Chaklala" in n for n in names)
    assert "Ilham Aliyev" in names


def test_russian_and_french_place_noun_before_a_name():
    ru = _names("Президент Ильхам Алиев прибыл на авиабазу, его встретили в аэропорту Нур Хан.", "ru")
    assert not any("Нур" in n for n in ru)
    fr = _names("Le président Ilham Aliyev a atterri à l'aéroport Nur Khan avant de gagner le palais Aiwan Sadr.", "fr")
    assert not any("Nur" in n or "Aiwan" in n for n in fr)
    assert any("Aliyev" in n for n in fr)

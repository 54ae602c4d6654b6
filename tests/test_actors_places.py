"""Cities, capitals and named buildings."""
from accord.analyse.places import find_places


def _found(text, lang):
    return [(p.text, p.name, p.country, p.kind) for p in find_places(text, lang)]


def test_russian_inflected_cities_and_memorial():
    assert _found("Делегация прибыла в Астану, встреча прошла в Рабате, затем посетили мавзолей Короля Мухаммеда V.",
                  "ru") == [
        ("Астану", "Астана", "KZ", "capital"), ("Рабате", "Рабат", "MA", "capital"),
        ("мавзолей Короля Мухаммеда V", "мавзолей Мухаммеда V", "MA", "building")]


def test_kazakh_case_suffixes():
    assert _found("Астанада, Рабатқа, Ақордада", "kk") == [
        ("Астанада", "Астана", "KZ", "capital"), ("Рабатқа", "Рабат", "MA", "capital"),
        ("Ақордада", "Ақорда", "KZ", "building")]


def test_arabic_clitics_and_multiword_names():
    assert _found("بالرباط والدار البيضاء وضريح محمد الخامس", "ar") == [
        ("بالرباط", "الرباط", "MA", "capital"), ("والدار البيضاء", "الدار البيضاء", "MA", "city"),
        ("وضريح محمد الخامس", "ضريح محمد الخامس", "MA", "building")]


def test_english_and_french():
    assert [p[1] for p in _found("in Rabat, New York and at the Mausoleum of Mohammed V", "en")] == [
        "Rabat", "New York", "Mausoleum of Mohammed V"]
    assert [p[1] for p in _found("reçu au palais de l'Élysée puis à Casablanca", "fr")] == [
        "Palais de l'Élysée", "Casablanca"]


def test_city_spelled_like_its_country_is_left_to_countries():
    assert _found("Делегация прибыла в Алжир.", "ru") == []

"""The region's officials (registry data/region.popolo.json): loaded with the seed, resolved by name and title."""
from __future__ import annotations

import json
from importlib import resources

import pytest

from accord.registry import Registry
from accord.registry.registry import _seed


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load_default()


def _id(result):
    assert result is not None
    return result[0].id


def test_loader_merges_every_popolo_file_in_the_data_folder(registry):
    folder = resources.files("accord.registry").joinpath("data")
    region = json.loads(folder.joinpath("region.popolo.json").read_text(encoding="utf-8"))
    seed = json.loads(folder.joinpath("seed.popolo.json").read_text(encoding="utf-8"))
    merged = _seed()
    for key in ("persons", "organizations", "posts", "memberships"):
        assert len(merged[key]) == len(seed[key]) + len(region.get(key, []))
    ids = {a.id for a in registry.actors()}
    assert {"ru-putin", "eg-sisi", "ma-bourita", "kz-koshanov", "fr-senate"} <= ids


def test_region_organizations_have_a_country_and_a_classification(registry):
    kinds = {"head_of_state_office", "government", "ministry", "lower_chamber", "upper_chamber", "parliament"}
    for org in registry.actors("organization"):
        assert org.country and org.role in kinds, org.id


@pytest.mark.parametrize("name, lang, context, person", [
    ("Путин", "ru", {"role": "president"}, "ru-putin"),
    ("Putin", "en", {"role": "president", "country": "RU", "when": "2024-06"}, "ru-putin"),
    ("بوتين", "ar", {"role": "president"}, "ru-putin"),
    ("السيسي", "ar", {"role": "president"}, "eg-sisi"),           # «الرئيس السيسي» once the title is read
    ("Sisi", "en", {"role": "president"}, "eg-sisi"),
    ("El-Sisi", "en", {"role": "president"}, "eg-sisi"),
    ("as-Sisi", "en", {"role": "president"}, "eg-sisi"),
    ("Сиси", "ru", {"role": "president"}, "eg-sisi"),
    ("Erdoğan", "en", {"role": "president"}, "tr-erdogan"),
    ("Erdogan", "fr", {"role": "president"}, "tr-erdogan"),
    ("Эрдоган", "ru", {"role": "president"}, "tr-erdogan"),
    ("Ердоған", "kk", {"role": "president"}, "tr-erdogan"),
    ("أردوغان", "ar", {"role": "president"}, "tr-erdogan"),
    ("Мирзиёев", "ru", {"role": "president"}, "uz-mirziyoyev"),
    ("Matviyenko", "en", {"role": "speaker"}, "ru-matviyenko"),
    ("Матвиенко", "ru", {"role": "speaker"}, "ru-matviyenko"),
    ("Володин", "ru", {"role": "speaker", "when": "2024-03"}, "ru-volodin"),
    ("Gebaly", "en", {"role": "speaker", "when": "2024"}, "eg-gebaly"),
    ("جبالي", "ar", {"role": "speaker", "when": "2024"}, "eg-gebaly"),
    ("Larcher", "fr", {"role": "speaker", "when": "2025-02"}, "fr-larcher"),
    ("Braun-Pivet", "fr", {"role": "speaker"}, "fr-braun-pivet"),
    ("Lavrov", "en", {"role": "foreign_minister"}, "ru-lavrov"),
    ("Лавров", "ru", {"role": "foreign_minister"}, "ru-lavrov"),
    ("Tamim", "en", {"role": "king", "country": "QA"}, "qa-tamim"),       # «Emir Tamim»
])
def test_surname_with_a_title_resolves_to_the_full_person(registry, name, lang, context, person):
    assert _id(registry.resolve_person(name, lang, **context)) == person


def test_bare_surname_without_a_title_stays_unresolved(registry):
    assert registry.resolve_person("Путин", "ru") is None
    assert registry.resolve_person("Лавров", "ru", role="speaker") is None


@pytest.mark.parametrize("name, lang, person", [
    ("Abdelmadjid Tebboune", "fr", "dz-tebboune"), ("عبد المجيد تبون", "ar", "dz-tebboune"),
    ("Абдельмаджид Теббун", "ru", "dz-tebboune"),
    ("Fuad Hussein", "en", "iq-fuad-hussein"), ("فؤاد حسين", "ar", "iq-fuad-hussein"),
    ("Фуад Хусейн", "ru", "iq-fuad-hussein"),
    ("Владимир Путин", "ru", "ru-putin"), ("Vladimir Poutine", "fr", "ru-putin"),
    ("عبد الفتاح السيسي", "ar", "eg-sisi"), ("Abdel Fattah al-Sissi", "fr", "eg-sisi"),
    ("Шавкат Мирзиёев", "ru", "uz-mirziyoyev"), ("Chavkat Mirziyoyev", "fr", "uz-mirziyoyev"),
    ("Tayyip Erdoğan", "en", "tr-erdogan"),
    ("Валентина Матвиенко", "ru", "ru-matviyenko"), ("Hanafy Gebaly", "en", "eg-gebaly"),
    ("حنفي جبالي", "ar", "eg-gebaly"), ("Gérard Larcher", "fr", "fr-larcher"),
    ("Yaël Braun-Pivet", "fr", "fr-braun-pivet"), ("سيرغي لافروف", "ar", "ru-lavrov"),
    ("محمد بن سلمان", "ar", "sa-mohammed-bin-salman"), ("Mohammed bin Zayed", "en", "ae-mohamed-bin-zayed"),
])
def test_full_names_in_every_script(registry, name, lang, person):
    assert _id(registry.resolve_person(name, lang)) == person


def test_same_surname_different_people_stay_apart(registry):
    # Two Japarovs in Kyrgyzstan: the president and the former chairman of the cabinet.
    assert _id(registry.resolve_person("Жапаров", "ru", role="president", country="KG", when="2023")) == "kg-japarov"
    assert _id(registry.resolve_person("Жапаров", "ru", role="head_of_government", when="2023")) \
        == "kg-akylbek-japarov"
    assert _id(registry.resolve_person("Садыр Жапаров", "ru")) == "kg-japarov"
    assert _id(registry.resolve_person("Akylbek Japarov", "en")) == "kg-akylbek-japarov"
    # Two Asadovs in Azerbaijan: the prime minister and the former speaker.
    assert _id(registry.resolve_person("Асадов", "ru", role="head_of_government", country="AZ")) == "az-ali-asadov"
    assert _id(registry.resolve_person("Асадов", "ru", role="speaker", country="AZ", when="2015")) \
        == "az-ogtay-asadov"
    # Two Safadis in Jordan: the foreign minister and a speaker of the House.
    assert _id(registry.resolve_person("Safadi", "en", role="foreign_minister", country="JO")) == "jo-ayman-safadi"
    assert _id(registry.resolve_person("Сафади", "ru", role="speaker", country="JO", when="2023")) == "jo-ahmad-safadi"


def test_same_given_name_different_people_stay_apart(registry):
    assert _id(registry.resolve_person("Mohammed bin Salman", "en")) == "sa-mohammed-bin-salman"
    assert _id(registry.resolve_person("Mohammed bin Rashid", "en")) == "ae-mohammed-bin-rashid"
    assert _id(registry.resolve_person("Mohamed bin Zayed", "en")) == "ae-mohamed-bin-zayed"
    assert _id(registry.resolve_person("Abdullah bin Zayed", "en")) == "ae-abdullah-bin-zayed"
    assert _id(registry.resolve_person("Владимир Путин", "ru")) == "ru-putin"
    assert _id(registry.resolve_person("Владимир Норов", "ru")) == "uz-norov"
    # The Moroccan councillor is not the Emirati prime minister.
    assert _id(registry.resolve_person("Мухаммед Ульд Ар-Рашид", "ru")) == "ma-ould-errachid"


@pytest.mark.parametrize("role, country, kind, when, person", [
    ("head_of_state", "RU", None, "2020", "ru-putin"),
    ("head_of_state", "EG", None, "2014-01", "eg-mansour"),
    ("head_of_state", "UZ", None, "2015", "uz-karimov"),
    ("head_of_state", "KG", None, "2019", "kg-jeenbekov"),
    ("head_of_state", "TN", None, "2021", "tn-saied"),
    ("head_of_state", "KW", None, "2022", "kw-nawaf"),
    ("king", "SA", None, "2020", "sa-salman"),
    ("crown_prince", "SA", None, "2016", "sa-mohammed-bin-nayef"),
    ("head_of_government", "RU", None, "2019", "ru-medvedev"),
    ("head_of_government", "FR", None, "2021", "fr-castex"),
    ("head_of_government", "TR", None, "2022", "tr-erdogan"),
    ("head_of_government", "SA", None, "2023", "sa-mohammed-bin-salman"),
    ("foreign_minister", "EG", None, "2020", "eg-shoukry"),
    ("foreign_minister", "EG", None, "2025", "eg-abdelatty"),
    ("foreign_minister", "QA", None, "2024", "qa-mohammed-bin-abdulrahman"),
    ("speaker", "RU", "upper_chamber", "2022", "ru-matviyenko"),
    ("speaker", "RU", "lower_chamber", "2022", "ru-volodin"),
    ("speaker", "EG", "lower_chamber", "2023", "eg-gebaly"),
    ("speaker", "FR", "lower_chamber", "2023", "fr-braun-pivet"),
    ("speaker", "FR", "upper_chamber", "2021", "fr-larcher"),
    ("speaker", "AZ", "parliament", "2022", "az-gafarova"),
])
def test_posts_of_the_region(registry, role, country, kind, when, person):
    assert _id(registry.resolve_post(role, country, kind, when)) == person


def test_head_of_state_fits_the_title_articles_use(registry):
    # «Президент Токаев», «الملك محمد السادس»: the analysis gives president / king, not head_of_state.
    assert _id(registry.resolve_person("Токаев", "ru", role="president", country="KZ", when="2024")) == "kz-tokayev"
    assert _id(registry.resolve_person("Абдалла II", "ru", role="king")) == "jo-abdullah-ii"

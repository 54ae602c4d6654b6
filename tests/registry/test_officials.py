"""Officials beyond the heads of state, government and chambers: ministers, deputy prime ministers,
deputy foreign ministers, aides, spokespeople, envoys, committee chairs (data/*.popolo.json)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import LANGUAGES, Document
from accord.registry import Registry
from accord.resolve.actors import resolve_people


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load_default()


def _id(result):
    assert result is not None
    return result[0].id


@pytest.mark.parametrize("name, lang, person", [
    ("Сергей Шойгу", "ru", "ru-shoigu"), ("Sergueï Choïgou", "fr", "ru-shoigu"), ("سيرجي شويجو", "ar", "ru-shoigu"),
    ("Михаил Богданов", "ru", "ru-bogdanov"), ("ميخائيل بوغدانوف", "ar", "ru-bogdanov"),
    ("Юрий Ушаков", "kk", "ru-ushakov"), ("Iouri Ouchakov", "fr", "ru-ushakov"),
    ("Dmitry Peskov", "en", "ru-peskov"), ("دميتري بيسكوف", "ar", "ru-peskov"),
    ("Alexey Overchuk", "en", "ru-overchuk"), ("Серік Жұманғарин", "kk", "kz-zhumangarin"),
    ("Роман Скляр", "ru", "kz-sklyar"), ("Jamshid Khodjaev", "en", "uz-khodjaev"),
    ("رانيا المشاط", "ar", "eg-al-mashat"), ("Рания аль-Машат", "ru", "eg-al-mashat"),
    ("Nadia Fettah Alaoui", "fr", "ma-fettah"), ("Ryad Mezzour", "fr", "ma-mezzour"),
    ("السعيد شنقريحة", "ar", "dz-chanegriha"), ("Adel al-Jubeir", "en", "sa-al-jubeir"),
    ("Саад аль-Кааби", "ru", "qa-al-kaabi"), ("Bruno Le Maire", "fr", "fr-le-maire"), ("Laurent Fabius", "fr", "fr-fabius"),
    ("إبراهيم قالن", "ar", "tr-kalin"), ("Хулуси Акар", "ru", "tr-akar"), ("Anwar Gargash", "en", "ae-gargash"),
    ("Мао Нин", "ru", "cn-mao-ning"), ("Ali Shamkhani", "fr", "ir-shamkhani"), ("Hikmet Hajiyev", "en", "az-hajiyev"),
])
def test_officials_by_full_name_in_each_script(registry, name, lang, person):
    assert _id(registry.resolve_person(name, lang)) == person


def test_every_new_official_has_the_five_languages(registry):
    for person_id in ("ru-lavrentiev", "kz-karin", "eg-abbas-kamel", "om-theyazin", "qa-al-khater", "tr-bayraktar"):
        assert set(LANGUAGES) <= set(registry.actor(person_id).names), person_id


@pytest.mark.parametrize("name, lang, context, person", [
    ("Богданов", "ru", {"role": "deputy_minister", "country": "RU", "when": "2023"}, "ru-bogdanov"),
    ("Оверчук", "ru", {"role": "deputy_prime_minister", "when": "2024"}, "ru-overchuk"),
    ("Песков", "ru", {"role": "spokesperson", "country": "RU"}, "ru-peskov"),
    ("Zakharova", "en", {"role": "spokesperson", "country": "RU", "when": "2022"}, "ru-zakharova"),
    ("Slutsky", "en", {"role": "committee_chair", "country": "RU", "when": "2023"}, "ru-slutsky"),
    ("Choïgou", "fr", {"role": "minister", "country": "RU", "when": "2020"}, "ru-shoigu"),
    # the same surname, two people: the role and the date tell them apart
    ("Патрушев", "ru", {"role": "official", "country": "RU", "when": "2020"}, "ru-patrushev"),
    ("Патрушев", "ru", {"role": "minister", "country": "RU", "when": "2020"}, "ru-dmitry-patrushev"),
    ("Саидов", "ru", {"role": "foreign_minister", "country": "UZ", "when": "2024"}, "uz-saidov"),
    ("Саидов", "ru", {"role": "deputy_speaker", "country": "UZ", "when": "2024"}, "uz-akmal-saidov"),
    ("Belousov", "en", {"role": "minister", "country": "RU", "when": "2025"}, "ru-belousov"),
])
def test_surname_with_a_title_names_the_official(registry, name, lang, context, person):
    assert _id(registry.resolve_person(name, lang, **context)) == person


def test_a_surname_outside_the_officials_term_stays_unresolved(registry):
    assert registry.resolve_person("Белоусов", "ru", role="minister", country="RU", when="2018") is None
    assert registry.resolve_person("Лавров", "ru", role="deputy_prime_minister") is None


def test_a_father_is_not_his_son(registry):
    assert _id(registry.resolve_person("Abdulaziz bin Salman", "en")) == "sa-abdulaziz-bin-salman"
    assert _id(registry.resolve_person("سلمان بن عبد العزيز", "ar")) == "sa-salman"
    assert _id(registry.resolve_person("خالد بن محمد بن زايد", "ar")) == "ae-khaled-bin-mohamed"
    assert _id(registry.resolve_person("محمد بن زايد", "ar")) == "ae-mohamed-bin-zayed"
    assert _id(registry.resolve_person("الحسين بن عبدالله الثاني", "ar")) == "jo-crown-prince-hussein"


@pytest.mark.parametrize("role, country, when, person", [
    ("foreign_minister", "FR", "2015", "fr-fabius"),
    ("head_of_state", "FR", "2016", "fr-hollande"),
    ("head_of_government", "EG", "2017", "eg-sherif-ismail"),
    ("head_of_government", "DZ", "2023-06", "dz-benabderrahmane"),
    ("head_of_government", "DZ", "2024", "dz-larbaoui"),
    ("foreign_minister", "SA", "2017", "sa-al-jubeir"),
    ("crown_prince", "JO", "2024", "jo-crown-prince-hussein"),
    ("crown_prince", "OM", "2023", "om-theyazin"),
    ("speaker", "RU", "2015", "ru-naryshkin"),
])
def test_holders_of_posts_since_2014(registry, role, country, when, person):
    assert _id(registry.resolve_post(role, country, None, when)) == person


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Вице-премьер России Алексей Оверчук провел в Ташкенте переговоры с вице-премьером Узбекистана "
           "Джамшидом Ходжаевым.", {"ru-overchuk", "uz-khodjaev"}),
    ("en", "Russian Deputy Foreign Minister Mikhail Bogdanov met Egyptian Minister of International Cooperation "
           "Rania Al-Mashat in Cairo on Monday.", {"ru-bogdanov", "eg-al-mashat"}),
    ("ar", "بحث وزير الطاقة السعودي الأمير عبد العزيز بن سلمان مع نائب رئيس الوزراء الروسي ألكسندر نوفاك "
           "في الرياض أمس أوضاع أسواق النفط.", {"sa-abdulaziz-bin-salman", "ru-novak"}),
    ("fr", "Le ministre de l'Économie Bruno Le Maire a reçu à Paris son homologue marocaine Nadia Fettah Alaoui.",
     {"fr-le-maire", "ma-fettah"}),
    ("kk", "Ресей Президентінің баспасөз хатшысы Дмитрий Песков Мәскеуде журналистерге мәлімдеме жасады.",
     {"ru-peskov"}),
])
def test_officials_named_in_news_resolve_to_the_registry(registry, lang, text, expected):
    analysis = analyse(Document("news.txt", text, lang, "2023-05-10"))
    actors = resolve_people(analysis, registry)
    assert expected <= {a.id for a in actors.values()}


def test_the_title_king_fits_a_crown_prince(registry):
    # «ولي العهد الأمير محمد بن سلمان بن عبدالعزيز»: the analysis gives the crown prince the title "king".
    hit = registry.resolve_person("محمد بن سلمان بن عبدالعزيز", "ar", role="king", when="2018-11-26")
    assert hit is not None and hit[0].id == "sa-mohammed-bin-salman" and hit[1] >= 0.9
    assert _id(registry.resolve_person("Prince Hussein bin Abdullah II", "en", role="king", country="JO")) \
        == "jo-crown-prince-hussein"
    assert _id(registry.resolve_person("Salman", "en", role="king", country="SA", when="2020")) == "sa-salman"

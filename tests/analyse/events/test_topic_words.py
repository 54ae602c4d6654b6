"""Topic words of each language: general words of a field name its topic code; a word that only
resembles one (humanitarian aid, a ministry's name) names none."""
from __future__ import annotations

import pytest

from accord.analyse.topics import find_topics

CASES = [
    # energy: the adjective of «énergie», hydrocarbons, electricity, uranium
    ("fr", "Les deux ministres ont évoqué la transition énergétique et les hydrocarbures.", {"energy"}),
    ("kk", "Тараптар электр энергиясы мен уран өндірісін талқылады.", {"energy"}),
    ("ar", "وبحث الجانبان التعاون في مجال الكهرباء واليورانيوم.", {"energy"}),
    # culture: archaeology, museums
    ("fr", "Ils ont parlé d'archéologie et d'échanges entre musées.", {"culture"}),
    ("kk", "Келіссөзде археология мен мұражайлар арасындағы байланыс сөз болды.", {"culture"}),
    ("ar", "وتناول اللقاء التعاون في مجال الآثار والمتاحف.", {"culture"}),
    # security: the army, extremism
    ("fr", "Ils ont abordé la lutte contre l'extrémisme violent et la coopération entre armées.", {"security"}),
    ("kk", "Тараптар экстремизмге қарсы күрес мәселесін қозғады.", {"security"}),
    ("ar", "وناقش الوزيران تحديث الجيش والتعاون في التسلح.", {"security"}),
    # health: hospitals, vaccines
    ("fr", "La construction d'hôpitaux et la production de vaccins ont été évoquées.", {"health"}),
    ("kk", "Вакцина өндірісі мен аурухана салу мәселесі талқыланды.", {"health"}),
    ("ar", "وبحث الجانبان إنتاج اللقاحات وبناء المستشفيات.", {"health"}),
    ("ar", "وتناول اللقاء التعاون في المجالات الصحية.", {"health"}),
    # transport: railways, roads
    ("fr", "Ils ont discuté du réseau routier et des autoroutes.", {"transport"}),
    ("kk", "Тараптар темір жол және автомобиль жолдары құрылысын талқылады.", {"transport"}),
    ("ar", "وتطرق اللقاء إلى مشاريع السكك الحديدية.", {"transport"}),
    # agriculture: livestock, irrigation
    ("fr", "L'élevage et l'irrigation ont été au cœur des échanges.", {"agriculture"}),
    ("kk", "Мал шаруашылығы мен суару жүйелері талқыланды.", {"agriculture"}),
    ("ar", "وتناولت المباحثات الثروة الحيوانية والري.", {"agriculture"}),
    # multilateral: the Eurasian Economic Union, BRICS
    ("kk", "Тараптар ЕАЭО аясындағы ынтымақтастықты талқылады.", {"multilateral"}),
    ("ar", "وتطرق الجانبان إلى التعاون في إطار مجموعة بريكس.", {"multilateral"}),
    ("fr", "Ils ont évoqué la coordination au sein des BRICS.", {"multilateral"}),
]

NOT = [
    # humanitarian aid is no culture; humanitarian cooperation, as Kazakh and Russian diplomacy call
    # cultural exchange, is
    ("ru", "Стороны обсудили гуманитарную помощь пострадавшим.", "culture"),
    ("kk", "Тараптар гуманитарлық көмек жеткізуді талқылады.", "culture"),
    # the humanitarian sphere beside the economic one is aid and relief, no cultural exchange
    ("ru", "Стороны обсудили сотрудничество в торгово-экономической и гуманитарной сферах.", "culture"),
    ("kk", "Тараптар сауда-экономикалық және гуманитарлық салалардағы ынтымақтастықты талқылады.", "culture"),
    ("ar", "وبحث الجانبان إيصال المساعدات إلى الجامعة العربية.", "education"),
    ("fr", "Les locomotives électriques seront livrées en 2026.", "energy"),
    # a newspaper («صحيفة») is no health, technology alone no digital field
    ("ar", "وقالت صحيفة الوطن إن الرئيسين التقيا أمس.", "health"),
    ("ar", "وأشاد الرئيس بتطور التكنولوجيا في البلدين.", "digital"),
    ("en", "The Gulf News newspaper said the two leaders met.", "health"),
]

YES_HUMANITARIAN = [
    ("ru", "Стороны обсудили гуманитарное сотрудничество.", "culture"),
    ("kk", "Тараптар гуманитарлық ынтымақтастықты талқылады.", "culture"),
]


@pytest.mark.parametrize("lang, text, codes", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_general_words_name_their_topic(lang: str, text: str, codes: set[str]) -> None:
    assert codes <= set(find_topics(text, lang))


@pytest.mark.parametrize("lang, text, code", NOT, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT)])
def test_look_alikes_name_no_topic(lang: str, text: str, code: str) -> None:
    assert code not in find_topics(text, lang)


@pytest.mark.parametrize("lang, text, code", YES_HUMANITARIAN, ids=[c[0] for c in YES_HUMANITARIAN])
def test_humanitarian_cooperation_is_culture(lang: str, text: str, code: str) -> None:
    assert code in find_topics(text, lang)

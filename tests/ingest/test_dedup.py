"""Exact and near duplicates: wire copies with another header are found, other articles on the same event are not."""
from __future__ import annotations

import pytest

from accord.ingest import DuplicateIndex, RawItem, near_duplicate, prepare
from accord.ingest.dedup import hamming, sha256_text, simhash

WIRE = {
    "en": (
        "ASTANA, Sept 24 (Steppe News) - A Moroccan parliamentary delegation led by the chair of the friendship group "
        "held talks with members of Kazakhstan's Mazhilis on Tuesday, focusing on agriculture, trade and investment.",
        "The delegation welcomed the decision to abolish visa requirements between the two countries from March, "
        "describing it as an important step towards closer business and tourism ties between Rabat and Astana.",
        "Both sides agreed to step up exchanges of legislative experience and to coordinate their positions in "
        "international parliamentary organisations, according to a statement released after the meeting.",
    ),
    "ru": (
        "Делегация группы дружбы парламента Марокко во главе с её председателем провела во вторник в Астане переговоры "
        "с депутатами Мажилиса, в центре внимания были сельское хозяйство, торговля и инвестиции.",
        "Марокканские парламентарии приветствовали отмену визового режима между двумя странами с марта, назвав её "
        "важным шагом к развитию деловых и туристических связей между Рабатом и Астаной.",
        "Стороны договорились активизировать обмен законодательным опытом и координировать позиции в международных "
        "парламентских организациях, говорится в заявлении, распространённом по итогам встречи.",
    ),
    "fr": (
        "Une délégation parlementaire marocaine conduite par le président du groupe d'amitié a mené mardi à Astana des "
        "entretiens avec des députés du Majilis kazakh, axés sur l'agriculture, le commerce et l'investissement.",
        "La délégation a salué la suppression des visas entre les deux pays depuis le mois de mars, une étape importante "
        "selon elle pour rapprocher les milieux d'affaires et développer le tourisme entre Rabat et Astana.",
        "Les deux parties sont convenues d'intensifier les échanges d'expérience législative et de coordonner leurs "
        "positions au sein des organisations parlementaires internationales, selon un communiqué publié à l'issue.",
    ),
    "ar": (
        "أجرى وفد من مجموعة الصداقة البرلمانية المغربية الكازاخستانية برئاسة رئيس المجموعة يوم الثلاثاء بأستانا مباحثات "
        "مع أعضاء مجلس النواب الكازاخستاني تمحورت حول الفلاحة والتجارة والاستثمار بين البلدين الصديقين.",
        "ورحب الوفد بقرار إلغاء التأشيرات بين البلدين ابتداء من شهر مارس، معتبرا إياه خطوة مهمة نحو تعزيز العلاقات "
        "التجارية والسياحية بين الرباط وأستانا وتسهيل تنقل رجال الأعمال والمواطنين.",
        "واتفق الجانبان على تكثيف تبادل الخبرات التشريعية وتنسيق المواقف داخل المنظمات البرلمانية الدولية، وفق بيان "
        "صدر في ختام اللقاء الذي جرى في أجواء ودية.",
    ),
}
HEADERS = {
    "en": ("Moroccan MPs in Astana for talks", "24 September 2025 | By Staff Reporter"),
    "ru": ("Марокканские депутаты провели переговоры в Астане", "24 сентября 2025, 12:40 · Источник: Казинформ"),
    "fr": ("Des députés marocains en visite à Astana", "Publié le 24 septembre 2025 par la rédaction"),
    "ar": ("وفد برلماني مغربي في أستانا", "الأربعاء 24 شتنبر 2025 - و م ع"),
}
# The same event told by another outlet in its own words.
OTHER = {
    "en": ("Kazakhstan's lower house hosted lawmakers from Morocco this week. The visitors, members of the "
           "friendship group, met their Kazakh counterparts to discuss farming, commerce and investment.\n\n"
           "Officials from both countries praised the visa-free regime introduced in March and said direct flights "
           "between the capitals are being studied. The Moroccan group will also travel to Almaty before returning home."),
    "ru": ("На этой неделе в Мажилисе принимали марокканских парламентариев. Члены группы дружбы встретились с "
           "казахстанскими коллегами и обсудили аграрный сектор, торговлю и инвестиции.\n\n"
           "Представители обеих стран высоко оценили безвизовый режим, введённый в марте, и сообщили, что изучается "
           "вопрос прямых авиарейсов между столицами. Марокканская группа также посетит Алматы."),
    "fr": ("Le Majilis a accueilli cette semaine des parlementaires venus du Maroc. Les membres du groupe d'amitié ont "
           "rencontré leurs homologues kazakhs pour parler agriculture, échanges commerciaux et investissements.\n\n"
           "Les responsables des deux pays ont salué le régime sans visa instauré en mars et indiqué que des vols "
           "directs entre les capitales sont à l'étude. Le groupe marocain se rendra aussi à Almaty."),
    "ar": ("استضاف مجلس النواب الكازاخستاني هذا الأسبوع برلمانيين من المغرب، حيث التقى أعضاء مجموعة الصداقة بنظرائهم "
           "الكازاخستانيين لبحث قطاع الفلاحة والمبادلات التجارية والاستثمارات.\n\n"
           "وأشاد مسؤولو البلدين بنظام الإعفاء من التأشيرة المعمول به منذ مارس، وأكدوا أن إطلاق رحلات جوية مباشرة بين "
           "العاصمتين قيد الدراسة، على أن يزور الوفد المغربي مدينة ألماتي قبل عودته."),
}


def _article(lang: str, header_index: int) -> str:
    title, dateline = HEADERS[lang]
    header = title if header_index == 0 else dateline
    return header + "\n\n" + "\n\n".join(WIRE[lang])


@pytest.mark.parametrize("lang", sorted(WIRE))
def test_syndicated_copy_with_another_header_is_a_near_duplicate(lang):
    a, b = simhash(_article(lang, 0)), simhash(_article(lang, 1))
    assert near_duplicate(a, b)
    index = DuplicateIndex()
    index.add("original", sha256_text(_article(lang, 0)), a)
    assert index.find(sha256_text(_article(lang, 1)), b) == "original"


@pytest.mark.parametrize("lang", sorted(WIRE))
def test_another_article_on_the_same_event_is_not_a_duplicate(lang):
    a, other = simhash(_article(lang, 0)), simhash(OTHER[lang])
    assert hamming(a, other) > 12
    index = DuplicateIndex()
    index.add("original", sha256_text(_article(lang, 0)), a)
    assert index.find(sha256_text(OTHER[lang]), other) is None


def test_translations_are_not_duplicates():
    hashes = [simhash(_article(lang, 0)) for lang in sorted(WIRE)]
    assert all(not near_duplicate(x, y) for i, x in enumerate(hashes) for y in hashes[i + 1:])


def test_exact_duplicate_by_sha_and_prepare_is_stable():
    text = _article("ru", 0)
    one = prepare(RawItem(source="a", doc="a.txt", data=text))
    two = prepare(RawItem(source="b", doc="b.txt", data=text.encode("cp1251")))
    assert one.text == two.text and one.sha256 == two.sha256 and one.simhash == two.simhash
    index = DuplicateIndex()
    index.add(one.doc, one.sha256, one.simhash)
    assert index.find(two.sha256, two.simhash) == "a.txt"


def test_index_finds_the_closest_within_distance_and_ignores_far_ones():
    index = DuplicateIndex(max_distance=3)
    base = 0x0123_4567_89AB_CDEF
    index.add("far", "s1", base ^ 0xFF)          # 8 bits away
    index.add("near", "s2", base ^ 0b101)        # 2 bits away
    assert index.find("other", base) == "near"
    assert index.find("other", base ^ 0xFF00_0000_0000_0000) is None
    assert simhash("") == 0 and index.find("x", 0) is None


def test_copy_with_another_dateline_inside_the_lead_is_still_near():
    lead, *rest = WIRE["en"]
    copy = lead.replace("ASTANA, Sept 24 (Steppe News) - ", "Astana (Kazinform Agency) — ")
    original = "\n\n".join(WIRE["en"])
    syndicated = "\n\n".join([copy, *rest]) + "\n\nPhoto: Mazhilis press service"
    assert 3 < hamming(simhash(original), simhash(syndicated)) <= 8   # short story: too far for the strict 3
    index = DuplicateIndex()
    index.add("wire", sha256_text(original), simhash(original))
    assert index.find(sha256_text(syndicated), simhash(syndicated)) == "wire"

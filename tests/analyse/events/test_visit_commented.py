"""The visit an article tells, named again to comment on it («The visit comes after …»), is no visit of its
own: the place or country the comment names (the partner that gave support, the region of a war) is not a
destination."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

COMMENTED = [
    ("ar", "وصلت رئيسة الوزراء الإيطالية جورجيا ميلوني صباح اليوم إلى تونس في زيارة عمل، واستقبلتها رئيسة الحكومة "
           "نجلاء بودن بمطار تونس قرطاج.\n\nوتأتي الزيارة بعد الدعم الذي تقدمه روما للدولة المغاربية في "
           "مفاوضاتها مع صندوق النقد الدولي."),
    ("ar", "وصل أمير دولة قطر الشيخ تميم بن حمد آل ثاني مساء الإثنين إلى باريس في زيارة دولة إلى فرنسا.\n\n"
           "وتركز زيارة أمير قطر على الإفراج عن الرهائن المحتجزين في غزة وعلى إطلاق مسار يفضي إلى قيام "
           "دولة فلسطينية."),
    ("fr", "La présidente du Conseil italien, Giorgia Meloni, est arrivée mardi à Tunis pour une visite de travail "
           "en Tunisie.\n\nLa visite de la Première ministre italienne vient réaffirmer le soutien de Rome à la "
           "Tunisie dans ses négociations avec le Fonds monétaire international."),
    ("fr", "Le président syrien Bachar el-Assad est arrivé mardi à Moscou pour une visite officielle en Russie.\n\n"
           "La visite de Bachar el-Assad est son premier déplacement à l'étranger depuis le début de la guerre en "
           "Syrie en 2011."),
    # the comment told in the future of an announced visit
    ("fr", "Le président syrien Bachar el-Assad effectuera mardi une visite officielle en Russie.\n\n"
           "La visite du président syrien interviendra avant le sommet de la Ligue arabe."),
    ("en", "Syrian President Bashar al-Assad will pay an official visit to Russia on Tuesday.\n\n"
           "The visit comes ahead of the Arab League summit."),
    # the visit said to embody, described by the press, counted among others, or the time before it
    ("ar", "وصل الرئيس السوري بشار الأسد اليوم الثلاثاء إلى موسكو في زيارة رسمية إلى روسيا.\n\n"
           "وتجسد الزيارة أيضا عمق العلاقات التي تجمع دمشق والرياض والدعم الذي تقدمه السعودية."),
    ("ar", "وصل الرئيس السوري بشار الأسد اليوم الثلاثاء إلى موسكو في زيارة رسمية إلى روسيا.\n\n"
           "فيما تصف صحف سعودية الزيارة بأنها تحمل أبعادا استراتيجية في توقيتها."),
    ("ar", "وصل الرئيس السوري بشار الأسد اليوم الثلاثاء إلى موسكو في زيارة رسمية إلى روسيا.\n\n"
           "وأشارت الوكالة إلى أن زيارة الأسد هي الأولى إلى الخارج منذ عامين، والزيارة الثالثة لرئيس سوري "
           "إلى روسيا خلال عام واحد."),
    ("ar", "وصل الرئيس السوري بشار الأسد اليوم الثلاثاء إلى موسكو في زيارة رسمية إلى روسيا.\n\n"
           "وقبل الزيارة أكد الأسد أن بلاده ترى في الرياض وأبوظبي شريكين مهمين."),
]


@pytest.mark.parametrize("lang, text", COMMENTED, ids=[f"{c[0]}{i}" for i, c in enumerate(COMMENTED)])
def test_a_visit_named_to_comment_on_it_is_the_visit_told(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-02-27"))
    visits = [e for e in found.events if e.type == "visit"]
    assert len(visits) == 1, [(v.host, v.evidence) for v in visits]
    assert visits[0].host in {"TN", "FR", "RU"}


# A visit still told with its own verb, or recalled with a date, stays an event.
STILL_A_VISIT = [
    ("ar", "وتأتي زيارة ميلوني بعد أن زار الرئيس التونسي قيس سعيد روما في يونيو 2022."),
    ("fr", "La visite que vient d'effectuer le président tunisien Kaïs Saïed à Rome est la première depuis 2019."),
]


@pytest.mark.parametrize("lang, text", STILL_A_VISIT, ids=[c[0] for c in STILL_A_VISIT])
def test_a_visit_told_beside_a_comment_stays(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-02-27"))
    assert [e.host for e in found.events if e.type == "visit"] == ["IT"]

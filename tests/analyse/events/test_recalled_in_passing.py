"""A visit named as an earlier one («предыдущий визит», «during her last visit», «خلال زيارته السابقة»,
«алдыңғы сапары») is a recalled visit of its own, beside the visit the sentence tells as news, and «lors de
sa visite à Astana» dated last year is a recalled visit too: dated by the text or open before the
publication day, never the article's day (GOLD.md, "Recalled events keep their own date")."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def visits(lang: str, text: str) -> list[tuple[str | None, str | None]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-20"))
    return [(e.when, e.host) for e in r.events if e.type == "visit"]


@pytest.mark.parametrize("lang, text, recalled", [
    ("ru", "Председатель Совета министров Италии Джорджа Мелони прибыла во вторник в Астану. Ее нынешний визит "
           "в Астану и предыдущий визит президента Египта Абдель Фаттаха ас-Сиси в Каир укрепили дружбу.", ("../2025-05-20", "EG")),
    ("en", "Italian Prime Minister Giorgia Meloni arrived in Astana on Tuesday. She recalled her previous visit "
           "to Kazakhstan and the warm welcome.", ("../2025-05-20", "KZ")),
    ("ar", "وصلت رئيسة الوزراء الإيطالية جورجيا ميلوني الثلاثاء إلى أستانا. وكان الرئيس الكازاخستاني قاسم جومارت "
           "توكاييف قد التقى ميلوني خلال زيارته السابقة إلى إيطاليا.", ("../2025-05-20", "IT")),
    ("kk", "Италия Премьер-министрі Джорджа Мелони сейсенбіде Астанаға келді. Мемлекет басшысы Қасым-Жомарт "
           "Тоқаевтың Италияға алдыңғы сапары барысында екі ел келісімге қол қойған.", ("../2025-05-20", "IT")),
])
def test_a_visit_named_as_an_earlier_one_is_recalled(lang: str, text: str, recalled: tuple[str, str]) -> None:
    found = visits(lang, text)
    assert recalled in found
    assert any(w is not None and w.startswith("2025-05") for w, _ in found)   # the news visit stays


@pytest.mark.parametrize("lang, text", [
    ("fr", "Comme l'avait déclaré, l'année dernière, le président kazakh Kassym-Jomart Tokaïev lors de sa visite "
           "à Rome, le pétrole pourrait aider l'Italie."),
    ("en", "In 2024, during his visit to Rome, President Kassym-Jomart Tokayev noted that oil could help Italy."),
])
def test_during_his_visit_dated_long_ago_is_a_recalled_visit_not_a_proposal(lang: str, text: str) -> None:
    assert visits(lang, text) == [("2024", "IT")]


@pytest.mark.parametrize("lang, text, recalled", [
    ("ar", "وصل الرئيس الجزائري عبد المجيد تبون اليوم إلى الدوحة. وتأتي هذه الزيارة بعد زيارة مماثلة قام بها "
           "أمير قطر الشيخ تميم بن حمد آل ثاني إلى الجزائر.", ("../2025-05-20", "DZ")),
    ("ar", "وصل الرئيس الجزائري عبد المجيد تبون اليوم إلى الدوحة. وأشاد بزيارة أمير قطر الشيخ تميم السابقة "
           "إلى الجزائر.", ("../2025-05-20", "DZ")),
    ("en", "Algerian President Abdelmadjid Tebboune arrived in Doha on Tuesday. The visit follows a similar visit "
           "by the Emir of Qatar to Algeria.", ("../2025-05-20", "DZ")),
    ("fr", "Le président algérien Abdelmadjid Tebboune a entamé mardi une visite d'État au Qatar. Elle fait suite à une "
           "visite similaire de l'émir du Qatar en Algérie.", ("../2025-05-20", "DZ")),
    ("ru", "Президент Алжира Абдельмаджид Теббун во вторник прибыл в Доху. Поездка состоялась после аналогичного "
           "визита эмира Катара в Алжир.", ("../2025-05-20", "DZ")),
])
def test_a_like_visit_the_news_visit_follows_is_recalled(lang: str, text: str, recalled: tuple[str, str]) -> None:
    """«this visit comes after a similar visit by the Emir to Algiers»: the other side's visit came
    before the news one; it is recalled, not a second visit of the publication week."""
    found = visits(lang, text)
    assert recalled in found
    assert any(w is not None and w.startswith("2025-05") and h == "QA" for w, h in found)

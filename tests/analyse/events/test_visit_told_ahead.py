"""A visit reported as begun and then told in the future («during his visit he will meet …», «the visit
will offer …») is one visit, not a second one still to come; a visit with its own later date stays apart."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def visits(lang: str, text: str) -> list[tuple[str | None, str | None]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-03-04"))
    return [(e.host, e.when) for e in r.events if e.type == "visit"]


@pytest.mark.parametrize("lang, text", [
    ("ar", "وصل رئيس كازاخستان قاسم جومارت توكاييف إلى باكستان في زيارة رسمية تستمر يومين يوم الثلاثاء.\n"
           "وخلال أول زيارة دولة له إلى باكستان، سيلتقي الرئيس توكاييف بنظيره الباكستاني آصف علي زرداري.\n"
           "وقالت وزارة الخارجية الباكستانية إن الزيارة ستوفر للطرفين فرصة مهمة لمراجعة العلاقات الثنائية."),
    ("en", "Kazakh President Kassym-Jomart Tokayev arrived in Pakistan on Tuesday on a two-day state visit.\n"
           "During his first state visit to Pakistan, President Tokayev will meet his Pakistani counterpart "
           "Asif Ali Zardari.\n"
           "The Pakistani foreign ministry said the visit will provide an important opportunity to review ties."),
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev est arrivé mardi au Pakistan pour une visite d'État de deux jours.\n"
           "Au cours de sa première visite d'État au Pakistan, le président Tokaïev rencontrera son homologue "
           "pakistanais Asif Ali Zardari.\n"
           "Selon le ministère pakistanais des Affaires étrangères, la visite offrira l'occasion de faire le point."),
])
def test_the_visit_told_ahead_is_the_visit_begun(lang: str, text: str) -> None:
    found = visits(lang, text)
    assert len(found) == 1 and found[0][0] == "PK"


def test_a_later_dated_visit_stays_apart() -> None:
    text = ("Kazakh President Kassym-Jomart Tokayev arrived in Pakistan on Tuesday on a two-day state visit.\n"
            "Pakistani Prime Minister Shehbaz Sharif will visit Kazakhstan in June.")
    assert len(visits("en", text)) == 2

"""A site the guest visits inside the host country (a craft village, a foundation, a museum) is a stop of
the visit the article tells, not a second visit (GOLD.md: one trip, one visit)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def _visits(lang: str, text: str) -> list[tuple[str | None, str | None]]:
    doc = Document(doc="t", text=text, lang=lang, published="2025-09-22")
    return [(e.when, e.host) for e in analyse(doc).events if e.type == "visit"]


@pytest.mark.parametrize("lang, text", [
    ("en", "President Mattarella arrived in Hanoi on Sunday for a three-day state visit to Vietnam. The two "
           "presidents are expected to visit Bat Trang ceramics village in Hanoi on Tuesday."),
    ("en", "Prime Minister Robert Abela visited Qatar Foundation on Monday, on the second day of his official "
           "visit to Qatar."),
    ("fr", "Le président Mattarella est arrivé dimanche à Hanoï pour une visite d'État de trois jours au Vietnam. "
           "Les deux présidents visiteront mardi le village de céramique de Bat Trang."),
])
def test_a_site_visited_is_no_second_visit(lang: str, text: str) -> None:
    assert len(_visits(lang, text)) == 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Prime Minister Robert Abela will pay a visit to the United Arab Emirates next week."),
    ("fr", "Le Premier ministre maltais Robert Abela visitera la semaine prochaine les Émirats arabes unis."),
])
def test_a_visit_to_a_country_stays(lang: str, text: str) -> None:
    assert len(_visits(lang, text)) == 1

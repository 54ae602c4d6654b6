"""«وكان مودي وصل … على ان يتوجه الى قرغيزستان»: the guest named again by a bare surname after the
auxiliary of the news' past perfect is the subject of the sentence, so the onward legs it tells are the
guest's visits (GOLD.md: one visit per country of a tour)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("ar", "دعا رئيس الوزراء الهندي ناريندرا مودي الثلاثاء الى مرحلة جديدة من التعاون مع كازاخستان. "
           "وقال مودي ان الهند مستعدة للاستثمار. "
           "وكان مودي وصل الثلاثاء الى استانا على ان يتوجه الى قرغيزستان وطاجيكستان."),
    ("en", "Indian Prime Minister Narendra Modi on Tuesday called for a new phase of cooperation with Kazakhstan. "
           "Modi had arrived in Astana on Tuesday and will then travel to Kyrgyzstan and Tajikistan."),
])
def test_every_leg_is_the_guests(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2015-07-08"))
    country = {p.id: p.country for p in r.people}
    visits = {e.host: e for e in r.events if e.type == "visit"}
    assert set(visits) == {"KZ", "KG", "TJ"}
    for host in ("KG", "TJ"):
        assert sorted(visits[host].countries) == sorted(["IN", host])
        assert visits[host].people and {country[p] for p in visits[host].people} == {"IN"}

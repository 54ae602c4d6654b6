"""«The two presidents will hold talks during the visit»: talks whose sides the sentence names only by their
office stand on their own, beside the other meetings of the article, and are held by the heads named before."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("ar", "وصل الرئيس الموريتاني محمد ولد الغزواني، اليوم الأحد، إلى الجزائر في زيارة دولة، وكان في استقباله "
           "بالمطار الرئيس الجزائري عبد المجيد تبون.\n\n"
           "وأكدت الرئاسة في بيان أن الرئيسين سيجريان خلال الزيارة محادثات حول التعاون الاقتصادي.\n\n"
           "والتقى وزير الخارجية الموريتاني محمد سالم ولد مرزوك نظيره الجزائري أحمد عطاف.",
     {"محمد ولد الغزواني", "عبد المجيد تبون"}),
    ("en", "Mauritanian President Mohamed Ould Ghazouani arrived in Algiers on Sunday for a state visit and was "
           "welcomed at the airport by Algerian President Abdelmadjid Tebboune.\n\n"
           "The presidency said the two presidents will hold talks during the visit.\n\n"
           "Mauritanian Foreign Minister Mohamed Salem Ould Merzoug met his Algerian counterpart Ahmed Attaf.",
     {"Mohamed Ould Ghazouani", "Abdelmadjid Tebboune"}),
]


@pytest.mark.parametrize("lang, text, heads", CASES, ids=[c[0] for c in CASES])
def test_talks_of_the_two_presidents_are_their_own(lang: str, text: str, heads: set[str]) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-03-02"))
    names = {p.id: p.name for p in found.people}
    talks = [{names[p] for p in e.people} for e in found.events if e.type == "meeting"]
    assert any(heads <= people for people in talks), talks

"""A meeting of one side of the pair with a third country's leader, in that third country, is an event of
those two countries: the pair side its sentence names and the third one."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def meetings(lang: str, published: str, text: str) -> list[tuple[list[str], list[str], str | None]]:
    found = analyse(Document(doc="t", text=text, lang=lang, published=published))
    names = {p.id: p.name for p in found.people}
    return [(sorted(e.countries), sorted(names[p] for p in e.people), e.when)
            for e in found.events if e.type == "meeting"]


THIRD = [
    ("ar", "2018-11-27", "وصل ولي العهد السعودي الأمير محمد بن سلمان إلى القاهرة اليوم في زيارة رسمية إلى مصر.\n\n"
                         "وكان ولي العهد السعودي قد بدأ جولته الخارجية الخميس الماضي من العاصمة الإماراتية أبو ظبي، "
                         "حيث التقى ولي عهدها الشيخ محمد بن زايد آل نهيان.",
     ["AE", "SA"]),
    ("en", "2018-11-27", "Saudi Crown Prince Mohammed bin Salman arrived in Cairo today on an official visit to Egypt.\n\n"
                         "The Saudi crown prince started his tour last Thursday in Abu Dhabi, where he met the UAE "
                         "President Mohamed bin Zayed Al Nahyan.",
     ["AE", "SA"]),
]


@pytest.mark.parametrize("lang, published, text, countries", THIRD, ids=[c[0] for c in THIRD])
def test_a_meeting_with_a_third_side_is_of_that_side(lang: str, published: str, text: str,
                                                      countries: list[str]) -> None:
    found = meetings(lang, published, text)
    assert any(m[0] == countries for m in found), found
    assert not any(m[0] == ["EG", "SA"] and m[1] == ["Mohamed bin Zayed Al Nahyan"] for m in found), found


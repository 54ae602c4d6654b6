"""Two sentences of one article telling one visit through two members of the delegation are one visit."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("ar", "استقبل الرئيس المصري عبد الفتاح السيسي اليوم بمطار القاهرة ولي العهد السعودي الأمير محمد بن سلمان "
           "الذي يقوم بزيارة رسمية لمصر.\n\nوقد رحب الرئيس السيسي بولي العهد بمناسبة قيامه بأول زيارة رسمية "
           "لمصر، معربا عن تقدير مصر للعاهل السعودي الملك سلمان بن عبد العزيز."),
    ("en", "Egyptian President Abdel Fattah el-Sisi received Saudi Crown Prince Mohammed bin Salman at Cairo "
           "airport on Sunday at the start of his official visit to Egypt.\n\n"
           "Sisi welcomed the first official visit to Egypt of the son of Saudi King Salman bin Abdulaziz."),
]


@pytest.mark.parametrize("lang, text", CASES, ids=[c[0] for c in CASES])
def test_two_members_of_one_delegation_make_one_visit(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2018-03-04"))
    visits = [e for e in found.events if e.type == "visit" and not e.recalled]
    assert len(visits) == 1
    assert visits[0].host == "EG"


def test_a_visit_recalled_by_another_member_stays_apart() -> None:
    text = ("Egyptian President Abdel Fattah el-Sisi received Saudi Crown Prince Mohammed bin Salman in Cairo on "
            "Sunday.\n\nIn 2016, Saudi Foreign Minister Adel al-Jubeir paid a visit to Egypt.")
    found = analyse(Document(doc="t", text=text, lang="en", published="2018-03-04"))
    visits = [e for e in found.events if e.type == "visit"]
    assert len(visits) == 2

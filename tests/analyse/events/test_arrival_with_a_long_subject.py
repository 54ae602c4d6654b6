"""«وصل أمير قطر الشيخ تميم بن حمد آل ثاني، اليوم السبت، إلى الجزائر قادماً من مصر»: the verb of arriving is
separated from its destination by a long subject and a day set off by commas; the visit is still to the
destination, and the country he came from is a leg of its own, not the visit's host. «The two men» are the two
leaders told."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

ARRIVALS = [
    ("ar", "وصل أمير قطر الشيخ تميم بن حمد آل ثاني، اليوم السبت، إلى الجزائر قادماً من مصر، لحضور افتتاح "
           "الدورة الرياضية."),
    ("ar", "ووصل الرئيس الفرنسي إيمانويل ماكرون قرابة الساعة 21,30 بالتوقيت المحلي (16,30 ت غ) إلى الجزائر "
           "في زيارة رسمية."),
]


@pytest.mark.parametrize("lang, text", ARRIVALS, ids=[f"{a[0]}{i}" for i, a in enumerate(ARRIVALS)])
def test_the_arrival_is_a_visit_to_the_destination(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2022-06-25"))
    assert "DZ" in {e.host for e in found.events if e.type == "visit"}


def test_the_two_men_are_the_leaders() -> None:
    text = ("ووصل الرئيس الفرنسي إيمانويل ماكرون إلى سمرقند حيث استقبله نظيره الأوزبكي شوكت ميرضيائيف.\n\n"
            "ومن المقرر أن يجتمع الرجلان يوم الخميس.")
    found = analyse(Document(doc="t", text=text, lang="ar", published="2023-11-01"))
    names = {p.id: p.name for p in found.people}
    (talks,) = [e for e in found.events if e.type == "meeting"]
    assert "شوكت ميرضيائيف" in {names[p] for p in talks.people}

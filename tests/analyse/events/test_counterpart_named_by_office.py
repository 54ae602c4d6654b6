"""Talks told with a verb of discussing whose counterpart is named only by the office of a country of the
article's pair, right after «with» («بحث … مع وزير الخارجية الروسي», «discussed with the Russian Foreign
Minister»): a meeting of the two sides (GOLD.md: a meeting needs a counterpart named at least by office)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def meetings(lang: str, text: str) -> list[set[str]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-03-12"))
    names = {p.id: p.name for p in r.people}
    return [{names.get(p, p) for p in e.people} for e in r.events if e.type == "meeting"]


@pytest.mark.parametrize("lang, text, host_side", [
    ("ar", "وصل وزير الخارجية الروسي سيرغي لافروف اليوم إلى الدوحة في زيارة رسمية. وبحث وزير الدولة القطري "
           "محمد الخليفي مع وزير الخارجية الروسي علاقات التعاون بين البلدين.", "محمد الخليفي"),
    ("ar", "وصل الرئيس الفرنسي إيمانويل ماكرون مساء اليوم إلى الرياض في زيارة دولة. ومن المقرر أن يبحث وزير "
           "الخارجية السعودي فيصل بن فرحان مع الرئيس الفرنسي قضايا المنطقة.", "فيصل بن فرحان"),
    ("en", "Russian Foreign Minister Sergei Lavrov arrived in Doha on Wednesday for an official visit. Qatari "
           "Minister of State Mohammed Al-Khulaifi discussed with the Russian Foreign Minister the ties between "
           "the two countries.", "Mohammed Al-Khulaifi"),
])
def test_a_counterpart_named_by_office_makes_talks(lang: str, text: str, host_side: str) -> None:
    assert any(host_side in people for people in meetings(lang, text))


@pytest.mark.parametrize("lang, text", [
    # the office is of a third country: no side of the pair is the counterpart
    ("ar", "وصل وزير الخارجية الروسي سيرغي لافروف اليوم إلى الدوحة في زيارة رسمية. وبحث وزير الدولة القطري "
           "محمد الخليفي مع وزير الخارجية الإيراني علاقات التعاون بين البلدين."),
    ("en", "Russian Foreign Minister Sergei Lavrov arrived in Doha on Wednesday for an official visit. Qatari "
           "Minister of State Mohammed Al-Khulaifi discussed with the Iranian Foreign Minister the ties between "
           "the two countries."),
])
def test_an_office_of_a_third_country_makes_no_talks(lang: str, text: str) -> None:
    assert not any("Al-Khulaifi" in " ".join(p) or "الخليفي" in " ".join(p) for p in meetings(lang, text))

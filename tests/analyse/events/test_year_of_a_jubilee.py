"""«Dans une déclaration conjointe, les dirigeants des deux pays, qui célèbrent cette année le 30e anniversaire
de leurs relations …», «В совместном заявлении, принятом в год, когда отмечается 30-летие …»: the year of a
jubilee dates the jubilee, not the document signed during the visit the article tells."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président ouzbek Chavkat Mirzioïev est arrivé mardi à Paris pour une visite d'État. Dans une "
           "déclaration conjointe, les dirigeants des deux pays, qui célèbrent cette année le 30e anniversaire de "
           "leurs relations, ont salué les réformes engagées."),
    ("ru", "Президент Узбекистана Шавкат Мирзиёев прибыл во вторник в Париж с государственным визитом. Стороны "
           "подписали совместное заявление, в этом году отмечается 30-летие установления дипломатических "
           "отношений."),
])
def test_jubilee_year_does_not_date_the_document(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2026-03-12"))
    docs = [e for e in r.events if e.type == "agreement"]
    assert docs, [(e.type, e.when) for e in r.events]
    assert all(e.when != "2026" for e in docs), [(e.type, e.when) for e in r.events]

"""A sentence that opens with the invitation its visit answers («Invité par son homologue … pour effectuer une visite
en Turquie, en décembre dernier, le président se rend ce dimanche à Ankara», «Invited by his counterpart last
December to pay a visit to Turkey, the president travels to Ankara on Sunday») tells the visit it goes on to, dated
by its own day, not a visit of the invitation's month."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("fr", "Invité par son homologue, le président Recep Tayyip Erdogan, pour effectuer une visite en Turquie « dans "
           "les plus brefs délais », en décembre dernier, le président Abdelmadjid Tebboune se rend ce dimanche à "
           "Ankara pour une visite de trois jours."),
    ("en", "Invited by his counterpart, President Recep Tayyip Erdogan, last December to pay a visit to Turkey \"as "
           "soon as possible\", President Abdelmadjid Tebboune travels to Ankara on Sunday for a three-day visit."),
])
def test_the_visit_answering_the_invitation(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2022-05-15"))
    assert [(e.type, e.when, e.host) for e in r.events] == [("visit", "2022-05-15", "TR")]

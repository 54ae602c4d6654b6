"""«arrivé à Alger aujourd'hui, venant de la Tunisie» names the stop the traveller left, as «en provenance de» and
«coming from» do ([legs] from): a visit of its own to that country, ended by the arrival."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'émir du Qatar, Cheikh Tamim ben Hamad Al Thani, est arrivé à Alger mardi, venant de la Tunisie, pour "
           "une visite d'État en Algérie."),
    ("en", "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, coming from Tunisia, arrived in Algiers on Tuesday "
           "for a state visit to Algeria."),
])
def test_the_stop_left_is_a_visit(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2020-02-25"))
    left = [e for e in r.events if e.type == "visit" and e.host == "TN"]
    assert len(left) == 1 and left[0].when == "../2020-02-25"

"""Documents named one after another in a signing sentence are each an agreement, also when the last
is joined by «ainsi qu'», «as well as»; each is about what its own words say."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

RUNS = [
    ("fr", "À Paris, le 4 novembre, les deux pays ont signé une feuille de route sur les minéraux critiques, "
           "un accord de partenariat entre deux banques sur le financement, ainsi qu'un accord de coopération sur les locomotives "
           "électriques."),
    ("en", "In Paris on 4 November the two countries signed a roadmap on critical minerals, an agreement "
           "between two banks on financing, as well as an agreement on electric locomotives."),
]


@pytest.mark.parametrize("lang, text", RUNS, ids=[c[0] for c in RUNS])
def test_each_document_of_a_run_is_signed(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-11-06"))
    agreements = [e for e in found.events if e.type == "agreement"]
    assert len(agreements) == 3
    assert [e.topics for e in agreements] == [["energy"], ["trade"], ["transport"]]

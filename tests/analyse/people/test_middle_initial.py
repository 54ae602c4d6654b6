"""«President Vladimir V. Putin of Russia», «le président Kassym-Jomart K. Tokaïev»: a middle initial with
its full stop stands inside the name; the name does not stop at it («Vladimir V»). Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, surname", [
    ("en", "President Vladimir V. Putin of Russia and his Turkish counterpart Recep Tayyip Erdogan met on "
           "Friday in Sochi.", "Putin"),
    ("fr", "Le président Kassym-Jomart K. Tokaïev a reçu vendredi à Astana le Premier ministre hongrois "
           "Viktor Orbán.", "Tokaïev"),
])
def test_a_middle_initial_stays_inside_the_name(lang: str, text: str, surname: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2022-08-05"))
    names = [p.name for p in r.people]
    assert any(n.endswith(surname) for n in names)
    assert not any(n.endswith((" V", " K")) for n in names)

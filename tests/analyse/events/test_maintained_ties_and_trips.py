"""«entretenir» without «se» is to maintain («Le Maroc entretient des liens étroits avec …»), not talks; «effectue
un voyage en Asie centrale» is a trip like «is on a trip to» (fr [triggers] visit)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def types(lang: str, text: str) -> list[str]:
    return [e.type for e in analyse(Document(doc="t", text=text, lang=lang, published="2021-09-29")).events]


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Russie et la Turquie entretiennent des relations complexes, a rappelé le président Vladimir Poutine."),
    ("fr", "Le Maroc entretient des liens étroits avec les Émirats arabes unis, selon le roi Mohammed VI."),
    ("en", "Russia and Turkey maintain complex relations, President Vladimir Putin recalled."),
])
def test_ties_maintained_are_no_meeting(lang: str, text: str) -> None:
    assert "meeting" not in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président Recep Tayyip Erdogan s'entretient ce mercredi à Sotchi avec son homologue russe Vladimir "
           "Poutine."),
    ("en", "President Recep Tayyip Erdogan holds talks in Sochi on Wednesday with his Russian counterpart Vladimir "
           "Putin."),
])
def test_talks_stay_a_meeting(lang: str, text: str) -> None:
    assert "meeting" in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le ministre tchèque des Affaires étrangères Jan Lipavský effectue un voyage au Kazakhstan."),
    ("en", "Czech Foreign Minister Jan Lipavsky is on a trip to Kazakhstan."),
])
def test_a_trip_is_a_visit(lang: str, text: str) -> None:
    assert types(lang, text) == ["visit"]

"""«He travels on to Turkey for a working visit, during which he will meet President Erdogan»: talks with a
third side's leader are that trip's, between its two sides, never joined with the talks of the article's pair
told after them nor placed in the pair's visit."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("en", "Algerian President Abdelmadjid Tebboune left China on Friday after a state visit to Beijing, where "
           "Chinese President Xi Jinping received him. He travels on to Turkey for a working visit on Friday and "
           "Saturday, during which he will meet his brother President Recep Tayyip Erdogan. In Beijing, the two "
           "presidents held talks on Algerian-Chinese cooperation and attended the signing of 19 agreements."),
    ("fr", "Le président algérien Abdelmadjid Tebboune a quitté la Chine vendredi au terme d'une visite d'État à "
           "Pékin, où le président chinois Xi Jinping l'a accueilli. Il se rend en Turquie pour une visite de "
           "travail vendredi et samedi, durant laquelle il rencontrera son frère, le président Recep Tayyip "
           "Erdogan. A Pékin, les deux présidents ont eu des entretiens sur la coopération algéro-chinoise et ont "
           "assisté à la signature de 19 accords."),
]


@pytest.mark.parametrize("lang, text", CASES, ids=[c[0] for c in CASES])
def test_the_third_sides_talks_are_of_its_trip(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-07-22"))
    by_id = {e.id: e for e in found.events}
    meetings = {tuple(sorted(e.countries)): e for e in found.events if e.type == "meeting"}
    assert set(meetings) == {("CN", "DZ"), ("DZ", "TR")}
    turkey = meetings[("DZ", "TR")]
    assert turkey.host == "TR" and turkey.part_of and by_id[turkey.part_of].host == "TR"
    assert meetings[("CN", "DZ")].host == "CN"

"""What is announced for a visit's programme happens within the visit's days."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("en", "Russian President Vladimir Putin will pay a state visit to Vietnam on June 19-20, the Kremlin said. "
           "During the visit, Putin will hold talks with Vietnamese President To Lam.",
     "2024-06-19/2024-06-20"),
    ("ru", "Президент России Владимир Путин посетит Вьетнам с государственным визитом 19-20 июня. "
           "В ходе визита Путин проведёт переговоры с президентом Вьетнама То Ламом.",
     "2024-06-19/2024-06-20"),
]


@pytest.mark.parametrize("lang, text, days", CASES, ids=[c[0] for c in CASES])
def test_talks_announced_for_a_visit_take_its_days(lang: str, text: str, days: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-06-18"))
    visits = [e for e in found.events if e.type == "visit"]
    talks = [e for e in found.events if e.type == "meeting"]
    assert [v.when for v in visits] == [days], [(e.type, e.when) for e in found.events]
    assert talks and all(t.when == days for t in talks), [(e.type, e.when, e.part_of) for e in found.events]

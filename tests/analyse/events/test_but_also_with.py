"""«un échange avec le président du Parlement A, mais également avec le Premier ministre B», "a meeting
with MP A, but also with B": the «with» said again after «also» tells talks of their own
with each counterpart (GOLD.md, "Several events in one sentence")."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président français Emmanuel Macron est arrivé vendredi à Beyrouth pour une visite officielle. "
           "Il s'est entretenu avec le député libanais Karim Haddad, mais également avec "
           "l'ancien diplomate libanais Samir Khoury."),
    ("en", "French President Emmanuel Macron arrived in Beirut on Friday for an official visit. He had a meeting "
           "with Lebanese MP Karim Haddad, but also with the former Lebanese diplomat Samir Khoury."),
])
def test_one_meeting_per_with(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-01-17"))
    name = {p.id: p.name for p in r.people}
    meetings = [sorted(name[p] for p in e.people) for e in r.events if e.type == "meeting"]
    assert len(meetings) == 2, meetings
    assert sorted(n for m in meetings for n in m if "Macron" not in n) == ["Karim Haddad", "Samir Khoury"], meetings

"""A welcome ceremony of a visit is the guest's too where its sentence names only the host who holds it
(«will chair an official welcome ceremony for his Maltese counterpart»)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, guest, host", [
    ("en", "Maltese Prime Minister Robert Abela arrived in Hanoi on Sunday, starting his official visit to Vietnam "
           "from Sunday to Tuesday. Prime Minister Pham Minh Chinh will chair an official welcome ceremony for his "
           "Maltese counterpart in Hanoi on Monday.", "Robert Abela", "Pham Minh Chinh"),
    ("fr", "Le Premier ministre maltais Robert Abela est arrivé dimanche à Hanoï pour une visite officielle au "
           "Vietnam. Le Premier ministre Pham Minh Chinh présidera lundi une cérémonie d'accueil officielle pour son "
           "homologue maltais.", "Robert Abela", "Pham Minh Chinh"),
])
def test_the_welcome_is_the_guests(lang: str, text: str, guest: str, host: str) -> None:
    a = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-12"))
    names = {p.id: p.name for p in a.people}
    (ceremony,) = [e for e in a.events if e.type == "ceremony"]
    assert {names[p] for p in ceremony.people} >= {guest, host}

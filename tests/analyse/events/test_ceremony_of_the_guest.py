"""A ceremony told during a visit that names no one («A grand welcoming ceremony was held», «he laid a
wreath») is the guest's: it takes the head of the visiting delegation. Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("en", "Azerbaijani President Ilham Aliyev arrived in Tashkent on Monday for a state visit to Uzbekistan.\n\n"
           "A grand welcoming ceremony was held at the Kuksaroy residence.", "Ilham Aliyev"),
    ("ru", "Президент Азербайджана Ильхам Алиев прибыл в Ташкент с государственным визитом.\n\n"
           "В резиденции Куксарой состоялась церемония официальной встречи.", "Ильхам Алиев"),
    ("fr", "Le président azerbaïdjanais Ilham Aliyev est arrivé lundi à Tachkent pour une visite d'État en "
           "Ouzbékistan.\n\nUne cérémonie officielle d'accueil a eu lieu à la résidence Kuksaroy.", "Ilham Aliyev"),
]


@pytest.mark.parametrize("lang, text, guest", CASES, ids=[c[0] for c in CASES])
def test_a_ceremony_naming_no_one_is_the_guests(lang: str, text: str, guest: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-01-14"))
    names = {p.id: p.name for p in found.people}
    ceremonies = [e for e in found.events if e.type == "ceremony"]
    assert ceremonies, [(e.type, e.evidence) for e in found.events]
    assert all(guest in {names[p] for p in e.people} for e in ceremonies)

"""The author of an embedded social-media post, signed with a handle («— Jane Doe (@janedoe) March 14,
2023»), is a credit line, not a participant of the event the post shows."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

EMBEDDED = [
    ("fr", "Le président syrien Bachar al-Assad est arrivé mardi à Moscou pour une visite officielle.\n\n"
           "Russie : Vidéo qui montre le président syrien Bachar al-Assad qui est arrivé en visite officielle à Moscou. "
           "pic.twitter.com/AbCdEf123 — Claire Dubois (@ClaireDubois) March 14, 2023"),
    ("kk", "Сирия Президенті Башар Асад ресми сапармен Мәскеуге келді.\n\nРесей: Сирия Президенті Башар Асадтың "
           "Мәскеуге ресми сапармен келген сәтін көрсететін бейне. pic.twitter.com/AbCdEf123 — Айгүл Сәрсенова "
           "(@aigul_s) March 14, 2023"),
]


@pytest.mark.parametrize("lang, text", EMBEDDED, ids=[c[0] for c in EMBEDDED])
def test_the_author_of_an_embedded_post_takes_no_part(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-03-14"))
    names = {p.id: p.name for p in found.people}
    people = {names[p] for e in found.events for p in e.people}
    assert people and not any(n.startswith(("Claire", "Айгүл")) for n in people), people

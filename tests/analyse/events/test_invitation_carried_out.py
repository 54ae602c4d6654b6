"""An invitation that the article reports as carried out is no separate proposal (GOLD.md Clarifications):
«à l'invitation de», «приняв приглашение» beside the visit, or an invitation told apart from the visit
that the article reports as its news. An invitation still to be taken up stays a proposal."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def events(lang: str, text: str) -> list[tuple[str, str | None]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-03-10"))
    return [(e.type, e.host) for e in r.events]


@pytest.mark.parametrize("lang, text", [
    ("fr", "À l'invitation du président Vladimir Poutine, le président chinois Xi Jinping effectuera une visite "
           "d'État en Russie du 20 au 22 mars."),
    ("en", "Kazakh Foreign Minister Murat Nurtleu arrived in Budapest on Monday for an official visit at the "
           "invitation of Hungarian Foreign Minister Péter Szijjártó."),
    ("ru", "Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Будапешт с официальным визитом, приняв "
           "приглашение министра иностранных дел Венгрии Петера Сийярто."),
    ("fr", "Le ministre kazakh Murat Nurtleu est arrivé lundi à Budapest pour une visite officielle, acceptant "
           "l'invitation de son homologue hongrois Péter Szijjártó."),
    ("kk", "Қазақстан Сыртқы істер министрі Мұрат Нұртлеу Венгрия Сыртқы істер министрі Петер Сийяртоның "
           "шақыруын қабылдап, Будапештке ресми сапармен барды."),
    ("en", "Hungarian Foreign Minister Péter Szijjártó invited Murat Nurtleu to visit Budapest during their "
           "meeting in New York last September. Kazakh Foreign Minister Murat Nurtleu arrived in Budapest on "
           "Monday for an official visit."),
    ("ru", "Министр иностранных дел Венгрии Петер Сийярто пригласил Мурата Нуртлеу посетить Будапешт. "
           "Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Будапешт с официальным визитом."),
])
def test_an_invitation_carried_out_is_the_visit_alone(lang: str, text: str) -> None:
    found = events(lang, text)
    assert any(t == "visit" for t, _ in found), found
    assert not any(t == "proposal" for t, _ in found), found


@pytest.mark.parametrize("lang, text", [
    ("ru", "Ханафи Габали приглашён посетить Россию с официальным визитом. Ранее он уже посещал нашу страну."),
    ("en", "Cho accepted Kosherbayev's invitation to visit Astana in the second half of the year."),
    ("fr", "Le ministre kazakh Murat Nurtleu est arrivé lundi à Budapest pour une visite officielle. Il a invité "
           "son homologue Péter Szijjártó à se rendre à Astana."),
])
def test_an_invitation_still_to_be_taken_up_is_a_proposal(lang: str, text: str) -> None:
    assert any(t == "proposal" for t, _ in events(lang, text))

"""A full name given after its shorter form («Hamdan bin Zayed», then «Hamdan bin Zayed Al Nahyan»): the
tail opened by a name particle is the family name of the same person, not a second person."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, full", [
    ("en", "The delegation was met at the airport by Sheikh Hamdan bin Zayed. Later, Sheikh Hamdan bin Zayed "
           "Al Nahyan held talks with the Prime Minister of Malta, Robert Abela, in Valletta.",
     "Hamdan bin Zayed Al Nahyan"),
    ("fr", "La délégation a été accueillie par Cheikh Hamdan ben Zayed. Ensuite, Cheikh Hamdan ben Zayed "
           "Al Nahyane a eu des entretiens à La Valette avec le Premier ministre maltais Robert Abela.",
     "Hamdan ben Zayed Al Nahyane"),
])
def test_the_family_name_stays_with_its_person(lang: str, text: str, full: str) -> None:
    names = [p.name for p in analyse(Document(doc="t", text=text, lang=lang, published="2025-09-05")).people]
    assert full in names
    assert not any(n.startswith("Al Nahyan") for n in names)


def test_a_second_name_after_a_known_one_is_still_split() -> None:
    text = "Foreign Minister Ermek Kosherbayev arrived in Beijing. Ermek Kosherbayev Wang Yi then held talks."
    names = [p.name for p in analyse(Document(doc="t", text=text, lang="en", published="2025-09-05")).people]
    assert "Wang Yi" in names and "Ermek Kosherbayev" in names

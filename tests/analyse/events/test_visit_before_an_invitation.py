"""«X visited Budapest in October and invited Y to pay a return visit»: the visit told before the
invitation was made and is an event of its own (GOLD.md: recalled events keep their own date); the visit
invited to is the proposal. «invited Y to visit Astana» stays one proposal."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2024-05-21"))
    return sorted((e.type, e.when, e.host) for e in r.events)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Казахстана Касым-Жомарт Токаев посетил Будапешт в октябре 2023 года и пригласил "
           "премьер-министра Венгрии Виктора Орбана нанести ответный визит."),
    ("en", "Kazakh President Kassym-Jomart Tokayev visited Budapest in October 2023 and invited Hungarian Prime "
           "Minister Viktor Orban to pay a return visit."),
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev a visité Budapest en octobre 2023 et a invité le Premier "
           "ministre hongrois Viktor Orbán à effectuer une visite de retour."),
])
def test_a_visit_told_before_an_invitation_is_its_own(lang: str, text: str) -> None:
    events = found(lang, text)
    assert ("visit", "2023-10", "HU") in events
    assert any(t == "proposal" for t, _, _ in events)


@pytest.mark.parametrize("lang, text", [
    ("en", "Kazakh President Kassym-Jomart Tokayev invited Hungarian Prime Minister Viktor Orban to visit Astana."),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев пригласил премьер-министра Венгрии Виктора Орбана посетить "
           "Астану."),
])
def test_the_visit_invited_to_is_only_a_proposal(lang: str, text: str) -> None:
    assert [t for t, _, _ in found(lang, text)] == ["proposal"]

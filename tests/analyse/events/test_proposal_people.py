"""A proposal's people are the named proposer and addressee (GOLD.md Clarifications), when its clause
tells an act of inviting or proposing (`[proposing]` cues); «the sides agreed to hold …» names none."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def proposal_people(lang: str, text: str) -> list[set[str]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-05"))
    names = {p.id: p.name for p in r.people}
    return [{names[p] for p in e.people} for e in r.events if e.type == "proposal"]


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Председатель КНР Си Цзиньпин пригласил президента России Владимира Путина совершить визит в Китай.",
     {"Си Цзиньпин", "Владимир Путин"}),
    ("fr", "Le président Kassym-Jomart Tokaïev a invité le président Emmanuel Macron à se rendre au Kazakhstan "
           "l'année prochaine.", {"Kassym-Jomart Tokaïev", "Emmanuel Macron"}),
    ("en", "Kazakh President Kassym-Jomart Tokayev has invited Japanese Prime Minister Yoshihide Suga to visit "
           "Kazakhstan.", {"Kassym-Jomart Tokayev", "Yoshihide Suga"}),
    ("ar", "دعا الرئيس عبد المجيد تبون الرئيس قيس سعيد لزيارة الجزائر العام المقبل.",
     {"عبد المجيد تبون", "قيس سعيد"}),
])
def test_who_invites_and_who_is_invited(lang: str, text: str, expected: set[str]) -> None:
    assert proposal_people(lang, text) == [expected]


@pytest.mark.parametrize("lang, text", [
    ("en", "The two sides agreed to hold the next session of the joint commission in Astana, said Minister "
           "Murat Nurtleu."),
    ("fr", "Les deux parties sont convenues de tenir la prochaine session de la commission mixte à Alger, a "
           "indiqué le ministre Ahmed Attaf."),
])
def test_an_agreement_to_hold_names_no_proposer(lang: str, text: str) -> None:
    assert proposal_people(lang, text) == [set()]

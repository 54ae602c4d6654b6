"""«Spokesman for the Presidency, Counselor Dr. Ahmed Fahmy, said …»: the spokesman of an office reports the
talks and takes no part in them; «Counselor» is an honorific of the Egyptian state, not a name. The Vietnamese
press writes its country «Việt Nam», which is no person."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("text, spokesman", [
    ("Spokesman for the Presidency, Counselor Dr. Ahmed Fahmy, said the talks would also cover regional issues.\n"
     "President Abdel Fattah El-Sisi held talks with President Xi Jinping in Beijing.", "Ahmed Fahmy"),
    ("Presidential spokesman Yousef Mansour said the two presidents discussed trade.\n"
     "President Abdel Fattah El-Sisi held talks with President Xi Jinping in Beijing.", "Yousef Mansour"),
])
def test_the_presidency_spokesman_is_no_participant(text: str, spokesman: str) -> None:
    r = analyse(Document(doc="t", text=text, lang="en", published="2024-05-29"))
    roles = {p.name: p.role for p in r.people}
    assert roles.get(spokesman) == "spokesperson", roles
    names = {p.id: p.name for p in r.people}
    assert all(spokesman not in {names[pid] for pid in e.people} for e in r.events)


@pytest.mark.parametrize("lang, text", [
    ("en", "General Secretary of the Communist Party of Việt Nam Central Committee Tô Lâm arrived in Astana "
           "on Monday for a state visit to Kazakhstan."),
    ("fr", "Le secrétaire général du Parti communiste du Việt Nam, Tô Lâm, est arrivé lundi à Astana pour une "
           "visite d'État au Kazakhstan."),
])
def test_viet_nam_is_a_country(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-05"))
    assert not any("Nam" in p.name for p in r.people), [p.name for p in r.people]
    assert "VN" in {c.code for c in r.countries}

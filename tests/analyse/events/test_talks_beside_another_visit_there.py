"""Talks on one side's ground with the other side's leader, told beside a visit of someone else to that country
on other days («Erdogan and Putin will meet in Sochi on Sept. 4 … Fidan is due in Moscow on Thursday and Friday»):
the leader's visit is implied by his talks, not left to the minister's visit (visits.py; en, fr)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("en", "President Recep Tayyip Erdogan and his Russian counterpart Vladimir Putin will meet in the resort city "
           "of Sochi on Sept. 4 to discuss the grain deal. Turkish Foreign Minister Hakan Fidan will visit Moscow "
           "on Thursday and Friday to meet Russian Foreign Minister Sergei Lavrov."),
    ("fr", "Le président Recep Tayyip Erdogan et son homologue russe Vladimir Poutine se rencontreront à Sotchi le "
           "4 septembre pour discuter de l'accord céréalier. Le ministre turc des Affaires étrangères Hakan Fidan "
           "se rendra à Moscou jeudi et vendredi pour rencontrer le ministre russe des Affaires étrangères Sergueï "
           "Lavrov."),
])
def test_the_leaders_talks_imply_his_own_visit(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2023-08-29"))
    names = {p.id: p.name for p in r.people}
    visitors = [{names[p] for p in e.people} for e in r.events if e.type == "visit"]
    assert any(any("Erdo" in n for n in v) for v in visitors)

"""A deputy minister's title names the portfolio («Deputy Minister of Energy Alibek Zhamauov», «vice-ministre de
l'Énergie Alibek Zhamauov»): the portfolio ends the title, it does not start the name."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, name, role", [
    ("en", "The talks were attended by Deputy Minister of Energy Alibek Zhamauov.", "Alibek Zhamauov", "deputy_minister"),
    ("en", "The talks were attended by Vice Minister of Trade Aida Balayeva.", "Aida Balayeva", "deputy_minister"),
    ("en", "The talks were attended by the Minister of Higher Education Zambry Abdul Kadir.", "Zambry Abdul Kadir",
     "minister"),
    ("fr", "Les entretiens se sont déroulés en présence du vice-ministre de l'Énergie Alibek Zhamauov.",
     "Alibek Zhamauov", "deputy_minister"),
])
def test_the_portfolio_is_no_part_of_the_name(lang: str, text: str, name: str, role: str) -> None:
    people = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-14")).people
    assert [(p.name, p.role) for p in people] == [(name, role)]

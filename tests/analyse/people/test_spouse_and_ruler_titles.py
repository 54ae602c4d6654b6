"""«First Lady Kim Keon Hee», «Deputy Ruler of Abu Dhabi»: the words of a spouse's or an emirate ruler's title
are no part of a name, nor a person of their own (fr already reads «la Première dame Kim Keon Hee»)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, names", [
    ("en", "The delegation included First Lady Kim Keon Hee and Foreign Minister Cho Tae-yul.",
     ["Kim Keon Hee", "Cho Tae-yul"]),
    ("fr", "La délégation comprenait la Première dame Kim Keon Hee et le ministre des Affaires étrangères Cho Tae-yul.",
     ["Kim Keon Hee", "Cho Tae-yul"]),
    ("en", "Sheikh Hamdan bin Zayed, Deputy Ruler of Abu Dhabi, met the President of Malta.", ["Hamdan bin Zayed"]),
])
def test_title_words_are_no_names(lang: str, text: str, names: list[str]) -> None:
    people = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-14")).people
    assert [p.name for p in people] == names

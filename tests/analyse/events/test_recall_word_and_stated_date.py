"""A word of recall («previously», «ранее», «auparavant») says only that an event came before the article; a date
the same sentence states for it says when (dates.py)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("en", "President of Mongolia Ukhnaagiin Khurelsukh will visit Astana next week. Kazakh President Kassym-Jomart "
           "Tokayev previously visited Ulaanbaatar on his first state visit on October 12-13, 2023."),
    ("ru", "Президент Монголии Ухнаагийн Хурэлсух на следующей неделе посетит Астану. Президент Казахстана "
           "Касым-Жомарт Токаев ранее посетил Улан-Батор с государственным визитом 12-13 октября 2023 года."),
])
def test_recalled_visit_takes_the_stated_date(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2026-05-28"))
    recalled = [e.when for e in r.events if e.type == "visit" and e.when and e.when.startswith("2023")]
    assert recalled == ["2023-10-12/2023-10-13"]

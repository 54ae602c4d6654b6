"""A visit whose sentence gives both the day of arrival and the visit's own span («arrived on Sunday, starting
his official visit from Sunday to Tuesday») runs over that span, not the first day only."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def _visits(lang: str, text: str) -> list[str | None]:
    return [e.when for e in analyse(Document(doc="t", text=text, lang=lang, published="2025-05-12")).events
            if e.type == "visit"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Maltese Prime Minister Robert Abela arrived in Hanoi on Sunday, starting his official visit to Vietnam "
           "from Sunday to Tuesday."),
    ("fr", "Le Premier ministre maltais Robert Abela est arrivé à Hanoï le 11 mai pour une visite officielle au "
           "Vietnam du 11 au 13 mai."),
])
def test_the_visit_runs_over_its_span(lang: str, text: str) -> None:
    assert _visits(lang, text) == ["2025-05-11/2025-05-13"]


def test_an_arrival_alone_keeps_its_day() -> None:
    assert _visits("en", "Maltese Prime Minister Robert Abela arrived in Hanoi on Sunday.") == ["2025-05-11"]

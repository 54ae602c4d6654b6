"""An undated part of a visit the article dates takes the visit's days, but not those after the article's
day: what the article reports as done happened by then."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def dates(lang: str, published: str, text: str) -> list[tuple[str, str | None]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published=published))
    return sorted((e.type, e.when) for e in r.events)


@pytest.mark.parametrize("lang, published, text, expected", [
    ("fr", "2022-05-17", "Le président tunisien Kaïs Saïed effectue une visite d'État en Italie du 16 au 18 mai. "
                         "Il a mené des entretiens avec le président italien Sergio Mattarella à Rome.",
     [("meeting", "2022-05-16/2022-05-17"), ("visit", "2022-05-16/2022-05-18")]),
    ("en", "2022-05-17", "Tunisian President Kais Saied is on a state visit to Italy from 16 to 18 May. "
                         "He held talks with Italian President Sergio Mattarella in Rome.",
     [("meeting", "2022-05-16/2022-05-17"), ("visit", "2022-05-16/2022-05-18")]),
    # a visit over by the article's day lends all its days
    ("en", "2022-05-20", "Tunisian President Kais Saied paid a state visit to Italy from 16 to 18 May. "
                         "He held talks with Italian President Sergio Mattarella in Rome.",
     [("meeting", "2022-05-16/2022-05-18"), ("visit", "2022-05-16/2022-05-18")]),
])
def test_an_undated_part_of_a_visit_ends_by_the_article_day(lang, published, text, expected) -> None:
    assert dates(lang, published, text) == expected

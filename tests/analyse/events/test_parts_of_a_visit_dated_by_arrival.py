"""A visit dated by one day, its arrival, told the day before the article: the talks it tells without a day were
held on the arrival day or on the next, up to the article's day; a visit dated by its talks keeps their day
(part_of.py)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def talks(lang: str, text: str) -> list[str | None]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2024-11-21"))
    return [e.when for e in r.events if e.type == "meeting"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Kazakh President Kassym-Jomart Tokayev and Hungarian Prime Minister Viktor Orban held talks in a narrow "
           "format. As reported, Kassym-Jomart Tokayev arrived in Budapest on November 20 for an official visit."),
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev et le Premier ministre hongrois Viktor Orban ont eu des "
           "entretiens en format restreint. Kassym-Jomart Tokaïev est arrivé à Budapest le 20 novembre pour une "
           "visite officielle."),
])
def test_undated_talks_run_from_the_arrival_to_the_article(lang: str, text: str) -> None:
    assert talks(lang, text) == ["2024-11-20/2024-11-21"]


def test_talks_that_date_the_visit_keep_their_day() -> None:
    text = ("On November 20, Kazakh Foreign Minister Murat Nurtleu held talks with Hungarian Foreign Minister Peter "
            "Szijjarto in Budapest during his working visit to Hungary. The same day, Nurtleu met with the "
            "Hungarian Minister of National Economy Marton Nagy.")
    assert talks("en", text) == ["2024-11-20", "2024-11-20"]

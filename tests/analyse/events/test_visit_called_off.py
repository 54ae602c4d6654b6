"""A visit postponed or called off is no visit, and the day it was called off does not date the visit the
article tells."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def visits(lang: str, published: str, text: str) -> list[str | None]:
    found = analyse(Document(doc="t", text=text, lang=lang, published=published))
    return [e.when for e in found.events if e.type in ("visit", "proposal")]


CALLED_OFF = [
    ("kk", "2025-04-23", "Италия премьер-министрінің Қазақстанға жоспарланған ресми сапары кейінге шегерілді."),
    ("fr", "2025-04-23", "La visite officielle de la présidente du Conseil italien au Kazakhstan a été reportée."),
    ("ar", "2025-04-23", "أعلنت الرئاسة تأجيل زيارة رئيسة الوزراء الإيطالية إلى كازاخستان."),
]


@pytest.mark.parametrize("lang, published, text", CALLED_OFF, ids=[c[0] for c in CALLED_OFF])
def test_a_visit_called_off_is_none(lang: str, published: str, text: str) -> None:
    assert visits(lang, published, text) == []


def test_the_day_a_trip_was_called_off_does_not_date_the_visit_told() -> None:
    text = ("Елордаға АҚШ-тың Мемлекеттік хатшысы Майк Помпео келді.\n\n2 қаңтар күні Мемлекеттік хатшының "
            "Қазақстанды қоса алғанда бес мемлекетке сапары Ирактағы жағдайға байланысты тоқтатылғандығы мәлім болды.")
    assert "2020-01-02" not in visits("kk", "2020-02-01", text)

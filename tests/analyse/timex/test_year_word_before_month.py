"""A month after a word of the year («last October», «this January») is that month of that year, in every
language's way of saying it: Kazakh puts the adverb before the month («былтыр қазан айында», «биыл
қаңтарда»), where the month would otherwise be read as the next one to come."""
from __future__ import annotations

from datetime import date

import pytest

from accord.analyse.timex import find_times

CASES = [
    ("kk", "Президент былтыр қазан айында Моңғолияға мемлекеттік сапармен барған болатын.", "2024-10"),
    ("kk", "Екі ел басшысы былтыр қыркүйек айында Нью-Йоркте кездескен еді.", "2024-09"),
    ("kk", "Мемлекет басшысы биыл қаңтарда Абу-Дабиде Италия премьер-министрімен кездесті.", "2025-01"),
    ("kk", "Министр өткен жылы желтоқсанда Анкарада болды.", "2024-12"),
    ("ru", "Президент посетил Монголию в октябре прошлого года.", "2024-10"),
    ("ar", "وكان الرئيس قد زار منغوليا في أكتوبر من العام الماضي.", "2024-10"),
]


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)])
def test_a_month_of_the_year_named_before_it(lang: str, text: str, expected: str) -> None:
    found = find_times(text, lang, date(2025, 4, 21))
    assert [t.edtf for t in found if len(t.edtf) == 7] == [expected], [(t.text, t.edtf) for t in found]

"""Two weekdays joined («dimanche et lundi», «يومي الأربعاء والخميس المقبلين») are the days from the first
to the second; a weekday before a stated day is still read with that day."""
from __future__ import annotations

from datetime import date

import pytest

from accord.analyse.timex import find_times

CASES = [
    # published on Monday 29 January 2018: the coming Wednesday and Thursday
    ("ar", "2018-01-29", "يزور الرئيس الفرنسي تونس يومي الأربعاء والخميس المقبلين في زيارة دولة.",
     ["2018-01-31/2018-02-01"]),
    # published on Thursday 1 March 2018: a visit told in the future tense
    ("fr", "2018-03-01", "Le prince héritier effectuera dimanche et lundi une visite officielle en Égypte.",
     ["2018-03-04/2018-03-05"]),
    ("fr", "2024-07-10", "Les deux dirigeants se sont entretenus lundi et mardi à Moscou.", ["2024-07-08/2024-07-09"]),
    ("fr", "2018-03-01", "La session se tiendra du lundi au mercredi 7 mars à Rabat.", ["2018-03-07"]),
]


@pytest.mark.parametrize("lang, published, text, expected", CASES, ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)])
def test_two_weekdays_joined(lang: str, published: str, text: str, expected: list[str]) -> None:
    found = find_times(text, lang, date.fromisoformat(published))
    assert [t.edtf for t in found][-len(expected):] == expected, [(t.text, t.edtf) for t in found]

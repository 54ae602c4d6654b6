"""Kazakh writes a day's number with a hyphen before its month («10-қазанда») and a year before it with
«жылы» («2017 жылы 5 маусымда»)."""
from datetime import date

from accord.analyse.timex import find_times


def _dates(text: str) -> list[str]:
    return [t.edtf for t in find_times(text, "kk", date(2024, 10, 12))]


def test_hyphenated_day_and_month():
    assert _dates("Астана. Қазақпарат - 10-қазанда Президент келді.") == ["2024-10-10"]
    assert _dates("24 - қаңтар 2015") == ["2015-01-24"]
    assert _dates("2024-жылдың 10-қазанында") == ["2024-10-10"]


def test_a_year_with_zhyly_before_the_day():
    assert _dates("2017 жылы 5 маусымда") == ["2017-06-05"]
    assert _dates("2017 жылы маусымда") == ["2017-06"]
    assert _dates("2014 жылы Қазақстанға келген") == ["2014"]


def test_ranges_keep_their_hyphen():
    assert _dates("21-25 қазанда") == ["2024-10-21/2024-10-25"]


def test_other_languages_unchanged():
    assert [t.edtf for t in find_times("Le 10-octobre", "fr", date(2024, 10, 12))] != ["2024-10-10"]

"""GOLD.md's date of undated news: from seven days before publication, or from the start of the
publication month when that is earlier, to the publication day."""
from datetime import date

import pytest

from accord import edtf


@pytest.mark.parametrize("published, expected", [
    (date(2025, 11, 27), "2025-11/2025-11-27"),     # the month starts earlier than a week before
    (date(2025, 3, 4), "2025-02-25/2025-03-04"),    # a week before reaches into February
    (date(2025, 3, 8), "2025-03/2025-03-08"),       # exactly a week after the 1st: the month
    (date(2025, 1, 2), "2024-12-26/2025-01-02"),    # across the year
])
def test_undated_news(published, expected):
    assert edtf.undated_news(published) == expected
    lo, hi = edtf.interval(expected)
    assert hi == published and (published - lo).days >= 7

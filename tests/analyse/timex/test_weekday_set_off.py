"""«وصل أردوغان إلى الجزائر، الثلاثاء، في زيارة رسمية»: Arabic dates a bare weekday only after «يوم»
(«الاثنين» is also «the two»), except where the sentence sets it off by commas, as the wires write a day."""
from __future__ import annotations

import pytest

from accord.analyse.timex import find_times

# published on Tuesday 21 November 2023
CASES = [
    ("ar", "وصل الرئيس التركي رجب طيب أردوغان إلى الجزائر، الثلاثاء، في زيارة رسمية.", ["2023-11-21"]),
    ("ar", "غادر الرئيس التركي رجب طيب أردوغان، الأحد، الإمارات متوجها إلى مصر.", ["2023-11-19"]),
    ("ar", "ومن المقرر أن يلتقي شي مع بوتين في موسكو، الاثنين، في زيارة دولة.", ["2023-11-27"]),
    # «the two», never set off: no date
    ("ar", "وأكد البلدان الاثنان أهمية التعاون بين الطرفين الاثنين في مجال الطاقة.", []),
    ("ar", "وصل الرئيس التركي إلى الجزائر الثلاثاء في زيارة رسمية.", []),
    ("fr", "Le président turc est arrivé à Alger, mardi, pour une visite officielle.", ["2023-11-21"]),
]


@pytest.mark.parametrize("lang, text, days", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_weekday_set_off_by_commas_is_a_day(lang: str, text: str, days: list[str]) -> None:
    assert [t.edtf for t in find_times(text, lang, "2023-11-21")] == days

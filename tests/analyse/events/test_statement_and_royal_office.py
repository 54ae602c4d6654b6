"""A royal office speaks for its own king, not always Morocco's; a day beside «in a statement» dates the
statement, not the talks it announces; a day spelled out as an ordinal («the thirteenth of March») is a day."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def test_a_royal_office_is_of_the_king_it_speaks_for() -> None:
    text = ("أعلن الديوان الملكي أن جلالة الملك عبد الله الثاني ابن الحسين سيزور جمهورية كازاخستان الأسبوع المقبل "
            "تلبية لدعوة من الرئيس قاسم جومارت توكاييف.\n"
            "وقال الديوان الملكي إن الزيارة تعزز العلاقات بين البلدين.")
    r = analyse(Document(doc="t", text=text, lang="ar", published="2025-05-05"))
    assert r.pair == ["JO", "KZ"]
    assert "MA" not in {c for e in r.events for c in e.countries}


@pytest.mark.parametrize("lang, text", [
    ("ar", "يتوجه وزير الخارجية الأردني أيمن الصفدي إلى أستانا في زيارة رسمية. "
           "وقالت الوزارة في بيان أمس إن الوزير يجري خلال الزيارة مباحثات مع نظيره الكازاخستاني مراد نورتليو."),
    ("en", "Jordanian Foreign Minister Ayman Safadi is travelling to Astana on an official visit. "
           "The ministry said in a statement on Sunday that he will hold talks with his Kazakh counterpart "
           "Murat Nurtleu during the visit."),
])
def test_the_day_of_a_statement_does_not_date_the_talks(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-05"))
    meetings = [e for e in r.events if e.type == "meeting"]
    assert meetings and all(e.when not in ("2025-05-04",) for e in meetings)


@pytest.mark.parametrize("lang, text, when", [
    ("ar", "يبدأ وزير الخارجية الأردني أيمن الصفدي اليوم الموافق للحادي والعشرين من شهر مايو الحالي زيارة رسمية "
           "إلى كازاخستان.", "2025-05-21"),
    ("ar", "زار وزير الخارجية الأردني أيمن الصفدي كازاخستان في الثالث عشر من مارس 2024.", "2024-03-13"),
    ("en", "Jordanian Foreign Minister Ayman Safadi visited Kazakhstan on the thirteenth of March 2024.", "2024-03-13"),
    ("ru", "Министр иностранных дел Иордании Айман Сафади посетил Казахстан тринадцатого марта 2024 года.",
     "2024-03-13"),
])
def test_a_day_spelled_out_dates_the_visit(lang: str, text: str, when: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-21"))
    assert [(e.type, e.when) for e in r.events] == [("visit", when)]


def test_the_first_week_of_a_month_is_not_its_first_day() -> None:
    text = "يزور وزير الخارجية الأردني أيمن الصفدي كازاخستان في الأسبوع الأول من شهر مايو."
    r = analyse(Document(doc="t", text=text, lang="ar", published="2025-05-21"))
    assert [e.when for e in r.events] == ["2025-05"]

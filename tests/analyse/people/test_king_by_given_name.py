"""A king called by his given name («King Abdullah», «الملك عبدالله») is not the minister of the article
whose full name starts with that name («Abdullah bin Zayed»): a monarch holds no other office."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, minister", [
    ("en", "AMMAN — His Majesty King Abdullah on Tuesday held talks with Abu Dhabi Crown Prince Sheikh Mohammed "
           "Bin Zayed at Al Husseiniya Palace. The meeting was attended by UAE Minister of Foreign Affairs Sheikh "
           "Abdullah Bin Zayed Al Nahyan.", "Abdullah Bin Zayed Al Nahyan"),
    ("ar", "عقد الملك عبدالله يوم الثلاثاء محادثات مع ولي عهد أبوظبي الشيخ محمد بن زايد في قصر الحسينية. وحضر "
           "اللقاء وزير الخارجية الإماراتي الشيخ عبدالله بن زايد آل نهيان.", "عبدالله بن زايد آل نهيان"),
])
def test_the_king_is_not_the_minister(lang: str, text: str, minister: str) -> None:
    people = analyse(Document(doc="t", text=text, lang=lang, published="2025-09-22")).people
    (p,) = [p for p in people if p.name == minister]
    assert p.role == "foreign_minister" and len(p.mentions) == 1


def test_a_king_by_given_name_still_joins_his_full_name() -> None:
    text = ("King Salman bin Abdulaziz received the President of Kazakhstan in Riyadh. King Salman expressed his "
            "satisfaction with the talks.")
    people = analyse(Document(doc="t", text=text, lang="en", published="2025-09-22")).people
    assert [len(p.mentions) for p in people if p.name.startswith("Salman")] == [2]

"""Wire copy tells the day's talks as they unfold: «have met at the palace. Today, they will hold talks …» is
one meeting of the publication day, not a meeting held and another one to come."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-05-27")


@pytest.mark.parametrize("lang, text", [
    ("en", "TASHKENT, May 27. Turkish President Recep Tayyip Erdogan and his Uzbek counterpart Shavkat Mirziyoyev "
           "have met at the Kuksaroy Presidential Palace in Tashkent. Today, they will hold talks both in a narrow "
           "and in an expanded format."),
    ("ru", "ТАШКЕНТ, 27 мая. Президент Турции Реджеп Тайип Эрдоган и президент Узбекистана Шавкат Мирзиёев "
           "встретились во дворце Кук-Сарай в Ташкенте. Сегодня они проведут переговоры в узком и расширенном "
           "составе."),
])
def test_the_talks_of_the_day_are_one_meeting(lang: str, text: str) -> None:
    assert types(lang, text).count("meeting") == 1


def test_talks_with_another_counterpart_stay_apart() -> None:
    text = ("Turkish President Recep Tayyip Erdogan met Uzbek President Shavkat Mirziyoyev in Tashkent last week. "
            "Today, Erdogan will hold talks with Kazakh President Kassym-Jomart Tokayev in Astana.")
    assert types("en", text).count("meeting") == 2

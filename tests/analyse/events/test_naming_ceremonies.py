"""A street, a square or a school given the name of the other side's city or figure, told as a ceremony, is a
ceremony of the visit, in every language."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-06-12")


@pytest.mark.parametrize("lang, text", [
    ("en", "Uzbek Foreign Minister Saidov arrived in Paris on Friday. A ceremony of assigning the name of Samarkand "
           "to one of the streets of Paris took place."),
    ("fr", "Le ministre ouzbek des Affaires étrangères est arrivé à Paris vendredi. Une cérémonie d'attribution du "
           "nom de Samarcande à une rue de Paris a eu lieu."),
    ("ru", "Министр иностранных дел Узбекистана прибыл в Париж в пятницу. Состоялась церемония присвоения одной из "
           "улиц Парижа имени Самарканда."),
    ("kk", "Өзбекстан Сыртқы істер министрі жұма күні Парижге келді. Париж көшелерінің біріне Самарқанд атауын беру "
           "рәсімі өтті."),
    ("ar", "وصل وزير الخارجية الأوزبكي إلى باريس يوم الجمعة. وأقيم حفل إطلاق اسم سمرقند على أحد شوارع باريس."),
])
def test_a_naming_ceremony_is_a_ceremony_of_the_visit(lang: str, text: str) -> None:
    assert types(lang, text) == ["visit", "ceremony"]

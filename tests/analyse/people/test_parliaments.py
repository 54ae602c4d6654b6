"""A parliament's name is an institution that gives its speaker a role, not a person's name."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("ru", "Председатель Великого Государственного Хурала Монголии Дашзэгвийн Амарбаясгалан прибыл в Астану.",
     "Амарбаясгалан"),
    ("kk", "Моңғолия Ұлы Мемлекеттік Хуралының Төрағасы Дашзэгвийн Амарбаясгалан Астанаға келді.", "Амарбаясгалан"),
    ("en", "The Chairman of the State Great Khural of Mongolia Dashzegviin Amarbayasgalan arrived in Astana.",
     "Amarbayasgalan"),
]


@pytest.mark.parametrize("lang, text, surname", CASES, ids=[c[0] for c in CASES])
def test_the_speaker_of_the_khural_is_a_speaker_and_the_khural_no_one(lang: str, text: str, surname: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-09-20"))
    assert [p.name.split()[-1] for p in found.people] == [surname], [p.name for p in found.people]
    assert found.people[0].role == "speaker" and found.people[0].country == "MN"

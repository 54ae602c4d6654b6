"""Where a run of Arabic words stops being a name: a word with the tanween of an indefinite noun, a
preposition glued onto or written before another given name, the word of a committee or a party, an
office in apposition; and a foreign letter for «v» written as most write it (people/reader.py,
arabic_name; ar/titles.toml, ar/orthography.toml)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("text, person, not_in_a_name", [
    ("انتخب عبد المجيد تبون رئيساً للجزائر عام 2019، واستقبل الرئيس تبون رئيساً سابقاً.", "عبد المجيد تبون",
     "رييسا"),
    ("وعانق الشيخ تميم بن حمد آل ثاني ضيفه، ثم عانق الشيخ تميم لعبد المجيد تبون مرة ثانية.",
     "تميم بن حمد آل ثاني", "لعبد"),
    ("والتقى الرئيس عبد المجيد تبون نائب أمين لجنة الحزب الشيوعي الصيني بمقاطعة قواندونغ.",
     "عبد المجيد تبون", "لجنه"),
    ("وكان في استقباله الأمير محمد بن عبد الرحمن نائب أمير منطقة الرياض.", "محمد بن عبد الرحمن", "نايب"),
])
def test_the_run_ends_before(text: str, person: str, not_in_a_name: str) -> None:
    names = [p.name for p in analyse(Document(doc="t", text=text, lang="ar", published="2023-07-21")).people]
    assert person in names
    assert not any(not_in_a_name in n.replace("ئ", "ي").replace("ة", "ه").replace("اً", "ا") for n in names)


def test_the_letter_for_v_is_read_as_fa() -> None:
    text = "استقبل أمير قطر وزير الخارجية الروسي سيرغي لاڤروڤ أبرز المسؤولين الروس."
    names = [p.name for p in analyse(Document(doc="t", text=text, lang="ar", published="2025-03-04")).people]
    assert any(n.startswith("سيرغي") and len(n.split()) == 2 for n in names)

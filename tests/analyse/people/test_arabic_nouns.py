"""Arabic nouns ending like a Russian surname («الوقوف», «تكثيف») vouch for no name."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    "أثنى الرئيس الفرنسي على أستانة لرفضها الوقوف إلى جانب أي طرف في الأزمة.",
    "وتهدف الزيارة إلى تكثيف المبادلات الاقتصادية بين البلدين.",
    "وقال المتحدث إنه يجب تهيئة الظروف لمثل هذا الاجتماع.",
    "وأشاد الرئيس باختيار الضيف الإماراتي فرنسا للقيام بأول زيارة دولة.",
]


@pytest.mark.parametrize("text", CASES)
def test_an_arabic_noun_phrase_is_no_person(text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang="ar", published="2023-11-02"))
    assert [p.name for p in found.people] == []


def test_a_surname_with_such_an_ending_still_makes_a_name() -> None:
    text = "استقبل وزير الخارجية الكازاخي مراد نورتليو نظيره الطاجيكي سراج الدين مهر الدين، كما التقى يرلان كوشانوف."
    found = analyse(Document(doc="t", text=text, lang="ar", published="2023-11-02"))
    assert any("كوشانوف" in p.name for p in found.people), [p.name for p in found.people]


@pytest.mark.parametrize("verb", ["وأثنى", "وهنأ", "وأعلن"])
def test_a_lone_surname_after_a_verb_is_the_person_named_before(verb: str) -> None:
    text = (f"وصل رئيس الوزراء المجري فيكتور أوربان إلى أستانة في زيارة رسمية. "
            f"{verb} أوربان على مستوى التعاون بين البلدين.")
    found = analyse(Document(doc="t", text=text, lang="ar", published="2025-10-07"))
    orban = [p for p in found.people if p.name.endswith("أوربان")]
    assert len(orban) == 1 and len(orban[0].mentions) == 2, [(p.name, len(p.mentions)) for p in found.people]


def test_a_regnal_number_and_the_witnessing_verb_end_an_arabic_name() -> None:
    text = ("وشهد رئيس أوزبكستان شوكت ميرضيائيف، وعاهل الأردن عبدالله الثاني مراسم التوقيع في طشقند. "
            "وأشار البيان إلى أن الملك عبدالله وميرضيائيف شهدا على تبادل الاتفاقيات.")
    names = {p.name for p in analyse(Document(doc="t", text=text, lang="ar", published="2023-11-02")).people}
    assert "عبدالله الثاني" in names
    assert not any("مراسم" in n or "شهدا" in n for n in names)


def test_the_second_word_of_a_compound_given_name_belongs_to_it() -> None:
    text = "وانضم إليهما العاهل الأردني الملك عبد الله الثاني، ثم استقبل الرئيس عبد الرحمن ولد محمد الوفد."
    names = {p.name for p in analyse(Document(doc="t", text=text, lang="ar", published="2023-11-02")).people}
    assert "عبد الله الثاني" in names
    assert "عبد" not in names

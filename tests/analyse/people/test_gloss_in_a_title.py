"""«Chairman of the Great State Khural (Parliament) of Mongolia Dashzegve Amarbayasgalan»: a short gloss in
brackets inside a title does not end it; the institution and country after it are the title's, and so
each head listed after a meeting word meets the guest on his own (GOLD.md, "Several events in one sentence")."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", "President of Kazakhstan Kassym-Jomart Tokayev held talks with Chairman of the Great State Khural "
           "(Parliament) of Mongolia Dashzegve Amarbayasgalan and Prime Minister of Mongolia Luvsannamsrai "
           "Oyun-Erdene in Ulaanbaatar on Oct. 29.", "Dashzegve Amarbayasgalan"),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Председателем Великого Государственного "
           "Хурала (парламента) Монголии Дашзэвэгийном Амарбаясгаланом и Премьер-министром Монголии "
           "Лувсаннамсрайном Ойун-Эрдэнэ в Улан-Баторе.", None),
])
def test_title_goes_on_after_the_gloss(lang: str, text: str, speaker: str | None) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2024-10-29"))
    speakers = [p for p in r.people if p.role == "speaker"]
    assert len(speakers) == 1 and speakers[0].country == "MN", [(p.name, p.role, p.country) for p in r.people]
    if speaker:
        assert speakers[0].name == speaker
    meetings = [e for e in r.events if e.type == "meeting"]
    assert len(meetings) == 2

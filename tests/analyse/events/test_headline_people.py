"""A headline that names who met («Putin met Pellegrini») folded into the talks it announces gives them
their participants when the sentence that tells them names no one («the meeting lasted three hours»)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент России Владимир Путин встретился с президентом Словакии Петером Пеллегрини\n"
           "Встреча прошла в Ново-Огарево и продлилась три часа, сообщает пресс-служба."),
    ("en", "President of Russia Vladimir Putin held talks with President of Slovakia Peter Pellegrini\n"
           "The meeting took place in Novo-Ogaryovo and lasted three hours, the press service reports."),
])
def test_the_headline_names_who_met(lang: str, text: str) -> None:
    doc = analyse(Document(doc="t", text=text, lang=lang, published="2024-07-25"))
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert len(meetings) == 1
    names = {p.name for p in doc.people if p.id in meetings[0].people}
    assert any("Пеллегрини" in n or "Pellegrini" in n for n in names), names

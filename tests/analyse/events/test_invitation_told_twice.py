"""One invitation told twice, the second time quoted or with more detail, is one proposal: two inviting
words with the same proposer and addressee and no two hosts; an invitation of other people stays apart."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def proposals(lang: str, text: str) -> int:
    doc = Document(doc="t", text=text, lang=lang, published="2025-06-12")
    return sum(e.type == "proposal" for e in analyse(doc).events)


@pytest.mark.parametrize("lang, text", [
    ("en", "President Kassym-Jomart Tokayev has invited Prime Minister Shehbaz Sharif to visit Kazakhstan, the press "
           "service said on Thursday.\n\"To strengthen the strategic partnership, Kassym-Jomart Tokayev invited "
           "Shehbaz Sharif to visit Kazakhstan,\" the statement reads."),
    ("ru", "Президент Франции Эммануэль Макрон пригласил президента Казахстана Касым-Жомарта Токаева посетить "
           "Францию в 2026 году.\n«В ходе беседы Эммануэль Макрон пригласил Касым-Жомарта Токаева совершить "
           "официальный визит во Францию в первой половине 2026 года», — сообщили в Елисейском дворце."),
])
def test_one_invitation_told_twice_is_one_proposal(lang: str, text: str) -> None:
    assert proposals(lang, text) == 1


def test_invitations_of_other_people_stay_two() -> None:
    text = ("President Kassym-Jomart Tokayev invited Prime Minister Shehbaz Sharif to visit Kazakhstan. "
            "Foreign Minister Murat Nurtleu invited Foreign Minister Ishaq Dar to visit Astana in autumn.")
    assert proposals("en", text) == 2

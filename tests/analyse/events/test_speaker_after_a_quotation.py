"""A quotation that names the people of an event, then its speaker with a verb of saying («…,” Foreign
Secretary Kwatra announced», «», — сообщил министр …»): the speaker is the source, not one who takes part;
one who quotes himself on talks with one other person may be a side of them (events/participants.py)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def people_of(lang: str, text: str, kind: str) -> list[list[str]]:
    a = analyse(Document(doc="t", text=text, lang=lang, published="2023-06-25"))
    names = {p.id: p.name for p in a.people}
    return [[names[x] for x in e.people] for e in a.events if e.type == kind]


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", "“The most important outcome was the strategic partnership between India and Egypt. It was signed by "
           "Prime Minister Narendra Modi and President Abdel Fattah El Sisi of Egypt,” Foreign Secretary Vinay "
           "Mohan Kwatra announced.", "Vinay Mohan Kwatra"),
    ("fr", "« Le partenariat stratégique a été signé par le Premier ministre Narendra Modi et le président Abdel "
           "Fattah al-Sissi », a annoncé le secrétaire aux Affaires étrangères Vinay Mohan Kwatra.", "Vinay Mohan Kwatra"),
    ("ru", "«Стратегическое партнерство подписали премьер-министр Нарендра Моди и президент Абдель Фаттах ас-Сиси», "
           "— сообщил министр иностранных дел Индии Винай Мохан Кватра.", "Винай Мохан Кватра"),
])
def test_the_speaker_of_the_quotation_did_not_sign(lang: str, text: str, speaker: str) -> None:
    signed = people_of(lang, text, "agreement")
    assert signed and len(signed[0]) == 2 and speaker not in signed[0]


def test_who_quotes_himself_on_his_talks_is_in_them() -> None:
    text = "“We held fruitful talks with Foreign Minister Ayman Safadi,” Russian Foreign Minister Sergey Lavrov said."
    assert "Sergey Lavrov" in people_of("en", text, "meeting")[0]

"""Who is named right after a verb of saying that follows, set off by a comma, the reported speech telling
an event («…, a indiqué M. Sahhaf», "…, said spokesman X", «…, сообщил пресс-секретарь X») is its source,
not one who takes part; after a quotation («…», – сказал X) or before the event's word («…, заявил X на
встрече с Y») he may be. Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

SOURCES = [
    ("fr", "Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé dimanche à Bagdad.\n\n"
           "Il rencontrera lundi son homologue irakien Fouad Hussein, a indiqué M. Ahmed al-Sahhaf.", "Sahhaf"),
    ("en", "Russian Foreign Minister Sergey Lavrov arrived in Baghdad on Sunday.\n\n"
           "He will hold talks with his Iraqi counterpart Fuad Hussein on Monday, said spokesman Ahmed al-Sahhaf.",
     "Sahhaf"),
]


@pytest.mark.parametrize("lang, text, source", SOURCES, ids=[c[0] for c in SOURCES])
def test_the_source_of_reported_talks_is_not_at_them(lang: str, text: str, source: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-02-05"))
    names = {p.id: p.name for p in found.people}
    meetings = [e for e in found.events if e.type == "meeting"]
    assert meetings, [(e.type, e.evidence) for e in found.events]
    people = [names[p] for m in meetings for p in m.people]
    assert people and not any(source in n for n in people), people


SPEAKERS_AT_THEIR_TALKS = [
    ("ru", "Казахстан и Китай готовы поддерживать друг друга, заявил председатель КНР Си Цзиньпин на встрече с "
           "Президентом Казахстана Касым-Жомартом Токаевым в Тяньцзине.", "Си Цзиньпин"),
    ("en", "Kazakhstan and China will support each other, said Chinese President Xi Jinping at talks with "
           "Kazakh President Kassym-Jomart Tokayev in Tianjin.", "Xi Jinping"),
]


@pytest.mark.parametrize("lang, text, speaker", SPEAKERS_AT_THEIR_TALKS, ids=[c[0] for c in SPEAKERS_AT_THEIR_TALKS])
def test_a_speaker_named_before_the_talks_word_is_at_them(lang: str, text: str, speaker: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-08-30"))
    names = {p.id: p.name for p in found.people}
    meetings = [e for e in found.events if e.type == "meeting"]
    assert meetings, [(e.type, e.evidence) for e in found.events]
    assert speaker in {names[p] for m in meetings for p in m.people}

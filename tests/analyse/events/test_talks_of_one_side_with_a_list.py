"""«Talks of the Speaker A with President B, Prime Minister C and Speaker D»: the people named between the
word of the talks and its «with» are one side, those listed after it the counterparts, one meeting each
(GOLD.md, "Several events in one sentence"); the two sides of one talk named together stay one meeting."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("ru", "12 марта в Ереване состоялись переговоры Председателя Мажилиса Парламента Казахстана Ерлана Кошанова "
           "с Президентом Армении Ваганом Хачатуряном, Премьер-министром Николом Пашиняном и Председателем "
           "Национального собрания Аленом Симоняном. Визит казахстанской делегации продлится два дня."),
    ("fr", "Le 12 mars à Erevan ont eu lieu les entretiens du président du Majilis du Kazakhstan Erlan Kochanov "
           "avec le président arménien Vahagn Khatchatourian, le Premier ministre Nikol Pachinian et le président "
           "de l'Assemblée nationale Alen Simonian. La visite de la délégation kazakhe durera deux jours."),
])
def test_one_meeting_per_counterpart_listed(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2026-03-12"))
    name = {p.id: p.name for p in r.people}
    meetings = [sorted(name[p] for p in e.people) for e in r.events if e.type == "meeting"]
    assert len(meetings) == 3, meetings
    assert all(any(n.startswith(("Ерлан", "Erlan")) for n in m) and len(m) == 2 for m in meetings), meetings


@pytest.mark.parametrize("lang, text", [
    ("ru", "По итогам переговоров Президента Казахстана Касым-Жомарта Токаева и Президента Армении Вагана "
           "Хачатуряна с участием делегаций подписаны четыре документа."),
    ("fr", "Les entretiens du président kazakh Kassym-Jomart Tokaïev avec le président arménien Vahagn "
           "Khatchatourian ont eu lieu mardi à Astana."),
])
def test_two_sides_of_one_talk_stay_one_meeting(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2026-03-12"))
    meetings = [e for e in r.events if e.type == "meeting"]
    assert len(meetings) == 1, [(e.type, e.people) for e in r.events]
    assert len(meetings[0].people) == 2

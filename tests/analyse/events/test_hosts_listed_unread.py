"""«Visiting President scheduled to meet President A, PM B»: where the article's guest is known and not
listed, heads of distinct offices listed after the meeting word are the hosts the guest meets one by one,
also when no country of theirs is read (GOLD.md, "Several events in one sentence")."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("en", "Kazakh President Kassym-Jomart Tokayev arrived in Islamabad on Tuesday for a two-day official visit to "
           "Pakistan. The visiting President is scheduled to meet President Arif Zarnoush, Prime Minister Shahid "
           "Barlas and address a business forum."),
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev est arrivé mardi à Islamabad pour une visite officielle de "
           "deux jours au Pakistan. Le président en visite doit rencontrer le président Arif Zarnoush, le Premier "
           "ministre Shahid Barlas et s'adresser à un forum d'affaires."),
])
def test_one_meeting_per_host(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2026-02-03"))
    name = {p.id: p.name for p in r.people}
    meetings = [sorted(name[p] for p in e.people) for e in r.events if e.type == "meeting"]
    assert len(meetings) == 2, meetings
    assert all(any("Tok" in n for n in m) for m in meetings), meetings
    hosts = [[n for n in m if "Tok" not in n] for m in meetings]
    assert sorted(len(h) for h in hosts) == [1, 1], meetings

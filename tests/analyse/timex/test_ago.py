"""«Two years ago», «полгода назад», «il y a six mois», «قبل عامين», «екі жыл бұрын»: a span counted back
from the publication day dates a recalled event by the year or month it points at (time.toml)."""
from __future__ import annotations

from datetime import date

import pytest

from accord.analyse.pipeline import analyse
from accord.analyse.timex import find_times
from accord.model import Document

PUBLISHED = date(2025, 10, 30)


@pytest.mark.parametrize("lang, text, value", [
    ("en", "Six months ago, the prime minister visited Astana.", "2025-04~"),
    ("en", "Two years ago the ministers met in Tbilisi.", "2023"),
    ("en", "The agreement was signed 3 years ago.", "2022"),
    ("fr", "Il y a six mois, le Premier ministre s.est rendu à Astana.", "2025-04~"),
    ("fr", "Il y a deux ans, les ministres se sont rencontrés à Tbilissi.", "2023"),
    ("ru", "Полгода назад премьер-министр посетил Астану.", "2025-04~"),
    ("ru", "Два года назад министры встретились в Тбилиси.", "2023"),
    ("ru", "Полтора года назад стороны подписали соглашение.", "2024-04~"),
    ("ar", "قبل ستة أشهر زار رئيس الوزراء أستانا.", "2025-04~"),
    ("ar", "التقى الوزيران قبل عامين في تبليسي.", "2023"),
    ("kk", "Алты ай бұрын премьер-министр Астанаға келді.", "2025-04~"),
    ("kk", "Екі жыл бұрын министрлер Тбилисиде кездесті.", "2023"),
])
def test_spans_counted_back_from_publication(lang: str, text: str, value: str) -> None:
    assert [t.edtf for t in find_times(text, lang, PUBLISHED)] == [value]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Председатель Мажилиса напомнил, что полгода назад Премьер-министр Грузии Ираклий Кобахидзе посетил "
           "Казахстан с официальным визитом."),
    ("en", "The Speaker recalled that six months ago Georgian Prime Minister Irakli Kobakhidze paid an official "
           "visit to Kazakhstan."),
])
def test_a_visit_recalled_by_its_distance_is_dated_then(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published=PUBLISHED.isoformat()))
    [visit] = [e for e in r.events if e.type == "visit"]
    assert visit.when == "2025-04~" and visit.recalled

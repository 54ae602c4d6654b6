"""A draft discussed, examined or approved is a text still worked on, not a document signed or adopted by
both sides (GOLD.md: agreement)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-09-22")


@pytest.mark.parametrize("lang, text", [
    ("en", "Deputy Foreign Minister Alibek Bakayev held consultations with Austrian Secretary General Peter Launsky "
           "in Vienna on Monday. Views were exchanged on draft intergovernmental agreements on readmission and on "
           "air services."),
    ("ru", "Заместитель министра иностранных дел Алибек Бакаев провёл консультации с генеральным секретарём МИД "
           "Австрии в Вене. Стороны обменялись мнениями по проектам межправительственных соглашений о реадмиссии."),
    ("fr", "Le gouvernement malien a approuvé mercredi le projet de mémorandum d'entente avec le Maroc sur la "
           "formation des imams."),
])
def test_a_draft_is_no_agreement(lang: str, text: str) -> None:
    assert "agreement" not in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "The two ministers signed an intergovernmental agreement on readmission in Vienna on Monday."),
    ("ru", "Министры подписали в Вене межправительственное соглашение о реадмиссии."),
])
def test_a_signed_agreement_stays(lang: str, text: str) -> None:
    assert "agreement" in types(lang, text)

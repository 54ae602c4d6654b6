"""«Prime Minister Mishustin approved the draft agreement in May», «under the agreement, Jordanians can …»:
one side approving an agreement or its draft, and what the agreement allows, name the agreement signed; they
are no second signing (GOLD.md: an agreement is a document signed or adopted by both sides)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

LEAD = {
    "ar": "يوقع وزير الخارجية الروسي سيرغي لافروف، اليوم الأربعاء، مع نظيره الأردني أيمن الصفدي في موسكو اتفاقية "
          "بشأن الإلغاء المتبادل لمتطلبات التأشيرة.",
    "en": "Russian Foreign Minister Sergei Lavrov will sign on Wednesday in Moscow with his Jordanian counterpart Ayman "
          "Safadi an agreement on mutual visa waiver.",
    "fr": "Le ministre russe des Affaires étrangères Sergueï Lavrov signera mercredi à Moscou avec son homologue "
          "jordanien Aymane Safadi un accord d'exemption mutuelle de visas.",
    "ru": "Министр иностранных дел России Сергей Лавров и министр иностранных дел Иордании Айман Сафади в среду в "
          "Москве подписали соглашение о сотрудничестве в сфере туризма.",
}
CASES = [
    ("ar", "وقد وافق رئيس الوزراء الروسي ميخائيل ميشوستين على مسودة الاتفاقية في مايو."),
    ("ar", "ووافق مجلس الوزراء الأردني على الاتفاقية في يوليو."),
    ("ar", "وبموجب الاتفاق، يستطيع الأردنيون الحصول على تأشيرة عند الوصول إلى المطار."),
    ("en", "Russian Prime Minister Mikhail Mishustin approved the draft agreement in May."),
    ("en", "The Jordanian cabinet approved the agreement in July."),
    ("fr", "Le gouvernement jordanien a approuvé l'accord en juillet."),
    ("ru", "Премьер-министр России Михаил Мишустин одобрил проект соглашения в мае."),
]


@pytest.mark.parametrize("lang, text", CASES, ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)])
def test_an_approval_is_no_second_signing(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=LEAD[lang] + "\n\n" + text, lang=lang, published="2025-08-20"))
    assert [e.when for e in found.events if e.type == "agreement"] == ["2025-08-20"]

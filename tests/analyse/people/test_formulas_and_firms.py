"""Words that stand beside names without being names: the blessing after a king's name («que Dieu
L'assiste», «نصره الله»), a heading's «Visite de …», a firm whose name ends in «Transport»."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

TEXTS = [
    ("fr", "Le Roi Mohammed VI, que Dieu L'assiste, a reçu samedi au Palais royal de Casablanca le président "
           "mauritanien Mohamed Ould Cheikh El Ghazouani.", ("Dieu",)),
    ("ar", "استقبل صاحب الجلالة الملك محمد السادس، نصره الله، يوم السبت بالقصر الملكي بالدار البيضاء، الرئيس "
           "الموريتاني.", ("الله", "نصره")),
    ("fr", "Visite de David Cameron au Kazakhstan\n\nLe ministre britannique des Affaires étrangères David Cameron "
           "est arrivé à Astana.", ("Visite",)),
    ("fr", "Les deux pays ont signé un accord sur les locomotives entre les chemins de fer kazakhs et le fabricant "
           "français Alstom Transport.", ("Alstom",)),
]


@pytest.mark.parametrize("lang, text, not_names", TEXTS, ids=[f"{c[0]}{i}" for i, c in enumerate(TEXTS)])
def test_no_person_of_these_words(lang: str, text: str, not_names: tuple[str, ...]) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-12-21"))
    names = [p.name for p in found.people]
    assert not any(w in n for n in names for w in not_names), names

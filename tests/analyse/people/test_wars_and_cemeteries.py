"""A war and the cemetery of its dead are no person, though their names are capitalised («the First World
War», «the Heliopolis War Cemetery», «la Première Guerre mondiale», «Ұлы Отан соғысы»), nor a counted set of
documents («Three Memoranda of Understanding») (en/fr/kk titles.toml)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("en", "Prime Minister Narendra Modi on Sunday visited the Heliopolis War Cemetery in Cairo and paid tribute to "
           "the Indian soldiers who died during the First World War."),
    ("en", "Prime Minister Narendra Modi held talks in Cairo. Three Memoranda of Understanding were signed."),
    ("fr", "Le Premier ministre Narendra Modi a rendu hommage au Caire aux soldats indiens morts pendant la "
           "Première Guerre mondiale."),
    ("kk", "Үндістан Премьер-министрі Нарендра Моди жексенбі күні Ұлы Отан соғысы ардагерлерін еске алды."),
])
def test_only_the_person(lang: str, text: str) -> None:
    people = analyse(Document(doc="t", text=text, lang=lang, published="2023-06-25")).people
    assert [p.name for p in people] == ["Нарендра Моди" if lang == "kk" else "Narendra Modi"]

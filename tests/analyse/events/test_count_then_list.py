"""A count of documents signed, then the list of those documents: the items tell the documents, one
agreement each, and neither the count nor the list's introduction adds any (GOLD.md counts a set as one
event only where its documents are left unnamed); an item that names its document by no word of ours
(«Long term contract …») is still one of the documents signed."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def agreements(lang: str, text: str) -> int:
    doc = Document(doc="t", text=text, lang=lang, published="2025-06-12")
    return sum(e.type == "agreement" for e in analyse(doc).events)


@pytest.mark.parametrize("lang, text", [
    ("en", "President Kassym-Jomart Tokayev arrived in Islamabad on June 10.\n\n"
           "The visit culminated in the signing of three bilateral agreements in areas as significant as defence, "
           "railways and energy.\n\n"
           "According to the ministry, the following is the list of agreements signed between the two countries:\n\n"
           "1. Agreement on defence cooperation;\n\n"
           "2. MoU between the Ministries of Railways on technical cooperation in the field of railways;\n\n"
           "3. Long term contract between the two national oil companies for the supply of crude oil.\n"),
    ("fr", "Le président Kassym-Jomart Tokaïev est arrivé à Islamabad le 10 juin.\n\n"
           "La visite s'est conclue par la signature de trois accords dans les domaines de la défense, des chemins "
           "de fer et de l'énergie.\n\n"
           "Selon le ministère, voici la liste des documents signés :\n\n"
           "1. Accord de coopération dans le domaine de la défense ;\n\n"
           "2. Mémorandum entre les ministères des chemins de fer sur la coopération technique ;\n\n"
           "3. Contrat à long terme entre les deux compagnies pétrolières nationales pour la livraison de pétrole brut.\n"),
])
def test_a_count_then_its_list_gives_the_items_only(lang: str, text: str) -> None:
    assert agreements(lang, text) == 3

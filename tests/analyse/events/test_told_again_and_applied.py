"""Words that name again what the article told or what is in force: «La rencontre entre M. Poutine et M. Soudani
s'est déroulée dans …» (the period of «M.» goes on), «la mise en œuvre des accords conclus», «en acceptant, le 5
juin, l'invitation»; and «s'y est rendu en juin 1994» is a visit (fr [triggers])."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def types(lang: str, text: str, published: str = "2023-10-10") -> list[str]:
    return [e.type for e in analyse(Document(doc="t", text=text, lang=lang, published=published)).events]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président russe Vladimir Poutine a reçu mardi au Kremlin le Premier ministre irakien Mohammed "
           "Chia al-Soudani. La rencontre entre M. Poutine et M. Soudani s'est déroulée dans le contexte du conflit entre "
           "Israël et le Hamas à Gaza, qui a fait des centaines de morts depuis le week-end dernier."),
    ("en", "Russian President Vladimir Putin received Iraqi Prime Minister Mohammed Shia al-Sudani at the Kremlin on "
           "Tuesday. The meeting between Mr. Putin and Mr. Sudani took place against the backdrop of the conflict "
           "between Israel and Hamas in Gaza, which has killed hundreds since last weekend."),
])
def test_the_meeting_told_again_is_one(lang: str, text: str) -> None:
    assert types(lang, text).count("meeting") == 1


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le ministre a insisté sur la mise en œuvre des accords conclus lors de la visite du roi Abdallah II en "
           "Russie."),
    ("en", "The minister stressed the implementation of the agreements reached during King Abdullah II's visit to "
           "Russia."),
])
def test_agreements_applied_are_no_signing(lang: str, text: str) -> None:
    assert "agreement" not in types(lang, text)


def test_an_invitation_accepted_on_a_day_is_no_proposal() -> None:
    assert "proposal" not in types("fr", "Le président Kaïs Saïed a surpris en acceptant, le 5 juin, l'invitation du "
                                         "président Emmanuel Macron.", published="2020-06-17")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Vietnam a noué des liens avec le Kazakhstan dès 1992. Le Premier ministre Vo Van Kiet s'y est rendu "
           "en juin 1994."),
    ("en", "Vietnam established ties with Kazakhstan in 1992. Prime Minister Vo Van Kiet went there in June 1994."),
])
def test_went_there_is_a_visit(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2023-08-10"))
    assert [e.when for e in r.events if e.type == "visit"] == ["1994-06"]

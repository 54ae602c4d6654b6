"""«PM Sharif», «News World PM Modi, Kazakh President discuss …»: the English press writes the prime
minister's title as «PM»; the name after it is the holder, and the section word before it («World») is
no part of a name. A clock time («2:20 PM») names no one. Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def people(text: str) -> dict[str, str | None]:
    r = analyse(Document(doc="t", text=text, lang="en", published="2024-05-02"))
    return {p.name: p.role for p in r.people}


@pytest.mark.parametrize("text", [
    "World PM Sharif, Kazakh President discuss ways to expand ties\n\n"
    "Prime Minister Shehbaz Sharif met Kazakh President Kassym-Jomart Tokayev in Astana on Thursday.",
    "PM Shehbaz Sharif held talks with President Kassym-Jomart Tokayev in Astana on Thursday.",
])
def test_pm_is_the_prime_ministers_title(text: str) -> None:
    found = people(text)
    assert not any("PM" in n or "World" in n for n in found)
    assert any("Sharif" in n and role == "head_of_government" for n, role in found.items())


def test_a_clock_time_names_no_one() -> None:
    text = ("Published: Thu 2 May 2024, 2:20 PM\n\nPresident Kassym-Jomart Tokayev received Prime Minister "
            "Shehbaz Sharif in Astana.")
    assert not any("PM" in n for n in people(text))

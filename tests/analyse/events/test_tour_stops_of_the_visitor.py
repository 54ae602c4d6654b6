"""The earlier stops of the article's visitor («He visited Kyiv and Minsk before coming to the Kazakh
capital») are visits of the visitor's side, which only the visit to the other side tells when the
visitor's own country is unknown: not of the host of the article's visit."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("en", "The United States envoy John Smithers arrived in Astana on February 1 on an official visit to "
           "Kazakhstan. He visited Kyiv and Minsk before coming to the Kazakh capital."),
    ("ru", "Посланник США Джон Смитерс 1 февраля прибыл в Астану с официальным визитом в Казахстан. "
           "До этого он посетил Киев и Минск."),
])
def test_tour_stops_are_of_the_visitors_side(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2020-02-02"))
    stops = {e.host: sorted(e.countries) for e in r.events if e.type == "visit" and e.host in ("UA", "BY")}
    assert stops == {"UA": ["UA", "US"], "BY": ["BY", "US"]}

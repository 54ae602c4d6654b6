"""What the fifth held-out gold set (tests/gold_holdout5) must contain. The checks every gold
set and every held-out set passes (format, evidence, links, bilateral events, separation from the
sets before it) run from tests/evaluate/gold_sets/test_every_set.py.
"""
from __future__ import annotations

import re

import pytest

pytest.register_assert_rewrite("tests.gold_checks")

from tests import gold_checks as gc  # noqa: E402
from tests.gold_checks import HOLDOUT5  # noqa: E402


def test_the_set_covers_what_it_is_meant_to_cover() -> None:
    gc.strict_covers_what_a_held_out_set_covers(HOLDOUT5)
    golds = HOLDOUT5.golds()
    events = [e for g in golds for e in g["events"]]
    assert any(e["when"] is None for e in events if e["type"] == "proposal"), "an undated proposal"
    assert any(e["when"] for e in events if e["type"] == "proposal"), "a dated proposal"
    assert any(e["type"] == "proposal" and e["when"] and re.fullmatch(r"\d{4}-2[1-4]", e["when"])
               for e in events), "a proposal in a season"
    assert len({e["host"] for e in events if e["host"] and e["host"] not in e["countries"]}) >= 3
    whens = [e["when"] or "" for e in events]
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", w) for w in whens), "a day range"
    assert any(re.fullmatch(r"\d{4}-\d{2}/\d{4}-\d{2}", w) for w in whens), "a month range"
    assert sum(e["type"] == "measure" for e in events) >= 5
    # People only quoted or greeted are nobody's participants.
    only_mentioned = {"Тамим бен Хамад Аль Тани": "ru_putin_althani_tass.txt#putin_meeting",
                      "Қасым-Жомарт Тоқаев": "kk_kosherbayev_seoul_mfa.txt#kim_meeting",
                      "جوزاف عون": "ar_salam_paris_nna.txt#macron_talks",
                      "Эмомали Рахмон": "kk_sughd_turkistan_ontustik.html#satybaldy_talks",
                      "Mohammed VI": "fr_bourita_dakar_aps.txt#faye_meeting"}
    evs = HOLDOUT5.events()
    for name, key in only_mentioned.items():
        e = evs[key]
        assert all(name not in forms for forms in e["people"] + e["optional_people"]), key
    # Three stories, each told in two languages and two scripts; one saved page.
    assert len(HOLDOUT5.stories()) >= 3
    assert all(len(scripts) >= 2 for scripts in HOLDOUT5.story_scripts())
    assert sum(g["doc"].endswith(".html") for g in golds) >= 1


def test_teasers_and_page_chrome_carry_no_evidence() -> None:
    """Teasers ("read also", "other news", related asides) carry no events: no evidence is quoted from them."""
    gc.strict_no_evidence_from_teasers(
        HOLDOUT5,
        after_body=("اقرأ أيضا", "Читайте также", "Read also", "Lire aussi", "Басқа жаңалықтар", "<aside"),
    )

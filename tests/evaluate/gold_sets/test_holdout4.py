"""What the fourth held-out gold set (tests/gold_holdout4) must contain. The checks every gold
set and every held-out set passes (format, evidence, links, bilateral events, separation from the
sets before it) run from tests/evaluate/gold_sets/test_every_set.py.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from accord import edtf

pytest.register_assert_rewrite("tests.gold_checks")

from accord.model import TOPICS  # noqa: E402
from tests import gold_checks as gc  # noqa: E402
from tests.gold_checks import HOLDOUT4, groups  # noqa: E402


def test_the_set_covers_what_it_is_meant_to_cover() -> None:
    gc.strict_covers_what_a_held_out_set_covers(HOLDOUT4)
    golds = HOLDOUT4.golds()
    events = [e for g in golds for e in g["events"]]
    assert any(e["when"] is None for e in events if e["type"] == "proposal"), "an undated proposal"
    assert any(e["id"] == "tokayev_reception_planned" and e["type"] == "meeting" and e["when"] for e in events), \
        "an announced reception, the dated meeting it will be (GOLD.md Clarifications)"
    assert len({e["host"] for e in events if e["host"] and e["host"] not in e["countries"]}) >= 3
    assert set(TOPICS) <= {t for e in events for t in (e["topics"] or [])}, "every topic code"
    # Undated news events: from the start of the publication month to the publication day.
    assert any(edtf.undated_news(date.fromisoformat(g["published"])) == e["when"] for g in golds for e in g["events"])
    whens = [e["when"] or "" for e in events]
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", w) for w in whens), "a day range"
    assert any(re.fullmatch(r"\d{4}-\d{2}/\d{4}-\d{2}", w) for w in whens), "a month range"
    assert len(HOLDOUT4.stories()) >= 4, "four stories told in two or more articles"
    assert any(len(g) >= 3 for g in groups(HOLDOUT4.links()["same_event"])), "a group of three mentions"
    # Two saved pages; every story crosses languages, and all but one cross scripts too.
    assert sum(g["doc"].endswith(".html") for g in golds) >= 2
    assert all(len(langs) >= 2 for langs in HOLDOUT4.story_languages())
    assert sum(len(scripts) >= 2 for scripts in HOLDOUT4.story_scripts()) >= 3


def test_teasers_and_page_chrome_carry_no_evidence() -> None:
    """Teasers ("read also", "most read", tickers) carry no events: no evidence is quoted from them."""
    gc.strict_no_evidence_from_teasers(
        HOLDOUT4,
        after_body=("اقرأ أيضا", "مقالات ذات صلة", "Читайте также", "Read also", "Lire aussi", "<aside"),
        before_body=("Соңғы жаңалықтар", "Dernière minute"),
    )

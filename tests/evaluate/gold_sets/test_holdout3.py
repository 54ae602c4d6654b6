"""What the third held-out gold set (tests/gold_holdout3) must contain. The checks every gold
set and every held-out set passes (format, evidence, links, bilateral events, separation from the
sets before it) run from tests/evaluate/gold_sets/test_every_set.py.
"""
from __future__ import annotations

import re

import pytest

pytest.register_assert_rewrite("tests.gold_checks")

from accord.model import TOPICS  # noqa: E402
from tests import gold_checks as gc  # noqa: E402
from tests.gold_checks import HOLDOUT3, groups  # noqa: E402


def test_the_set_covers_what_it_is_meant_to_cover() -> None:
    gc.strict_covers_what_a_held_out_set_covers(HOLDOUT3)
    golds = HOLDOUT3.golds()
    events = [e for g in golds for e in g["events"]]
    assert any(e["when"] is None for e in events if e["type"] == "proposal"), "an undated proposal"
    assert any(e["when"] for e in events if e["type"] == "proposal"), "a dated proposal"
    assert len({e["host"] for e in events if e["host"] and e["host"] not in e["countries"]}) >= 3
    assert set(TOPICS) <= {t for e in events for t in (e["topics"] or [])}, "every topic code"
    # Undated news events: from the start of the publication month to the publication day.
    assert any(g["published"][:7] + "/" + g["published"] == e["when"] for g in golds for e in g["events"])
    whens = [e["when"] or "" for e in events]
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", w) for w in whens), "a day range"
    assert len(HOLDOUT3.stories()) >= 4, "four stories told in two or more articles"
    assert any(len(g) >= 3 for g in groups(HOLDOUT3.links()["same_event"])), "a group of three mentions"
    # At least one saved page; every story crosses languages, and all but one cross scripts too.
    assert any(g["doc"].endswith(".html") for g in golds)
    assert all(len(langs) >= 2 for langs in HOLDOUT3.story_languages())
    assert sum(len(scripts) >= 2 for scripts in HOLDOUT3.story_scripts()) >= 3


def test_teasers_and_page_chrome_carry_no_evidence() -> None:
    """Teasers ("read also", "most read") carry no events: no evidence is quoted from them."""
    gc.strict_no_evidence_from_teasers(
        HOLDOUT3,
        after_body=("اقرأ أيضاً", "Читайте также", "RELATED", "Read also", "Тағы оқыңыз", "<aside"),
        before_body=("Көп оқылғандар",),
    )

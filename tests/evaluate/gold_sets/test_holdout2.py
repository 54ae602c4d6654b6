"""What the second held-out gold set (tests/gold_holdout2) must contain. The checks every gold
set and every held-out set passes (format, evidence, links, bilateral events, separation from the
sets before it) run from tests/evaluate/gold_sets/test_every_set.py.
"""
from __future__ import annotations

import pytest

pytest.register_assert_rewrite("tests.gold_checks")

from accord.model import TOPICS  # noqa: E402
from tests import gold_checks as gc  # noqa: E402
from tests.gold_checks import HOLDOUT2, groups  # noqa: E402


def test_the_set_covers_what_it_is_meant_to_cover() -> None:
    gc.strict_covers_what_a_held_out_set_covers(HOLDOUT2)
    golds = HOLDOUT2.golds()
    events = [e for g in golds for e in g["events"]]
    assert any(e["when"] is None for e in events if e["type"] == "proposal"), "an undated proposal"
    assert len({e["host"] for e in events if e["host"] and e["host"] not in e["countries"]}) >= 3
    assert set(TOPICS) <= {t for e in events for t in (e["topics"] or [])}, "every topic code"
    # Undated news events: from the start of the publication month to the publication day.
    assert any(g["published"][:7] + "/" + g["published"] == e["when"] for g in golds for e in g["events"])
    # The Moroccan article uses the Maghreb month names.
    moroccan = (HOLDOUT2.dir / "ar_bourita_ould_merzoug_two_visits.txt").read_text(encoding="utf-8")
    for month in ("ماي", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر"):
        assert month in moroccan, month
    assert any(len(g) >= 3 for g in groups(HOLDOUT2.links()["same_event"])), "a group of three mentions"


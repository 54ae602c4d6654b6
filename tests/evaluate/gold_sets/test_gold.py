"""What accord's own gold set (tests/gold), the end-to-end test data, must contain.

The integrity checks every gold set shares (format, evidence, dates, links) are in
tests/gold_checks.py and run from tests/evaluate/gold_sets/test_every_set.py.
"""
from __future__ import annotations

from collections import Counter

import pytest

pytest.register_assert_rewrite("tests.gold_checks")

from accord.model import EVENT_TYPES  # noqa: E402
from tests.gold_checks import GOLD  # noqa: E402


def test_the_set_covers_what_it_is_meant_to_cover() -> None:
    golds = GOLD.golds()
    langs = Counter(g["lang"] for g in golds)
    assert langs["kk"] >= 3 and langs["fr"] >= 3 and langs["en"] >= 3
    assert langs["ar"] >= 2 and langs["ru"] >= 2
    assert set(EVENT_TYPES) <= {e["type"] for g in golds for e in g["events"]}
    assert sum(g["doc"].endswith(".html") for g in golds) >= 2
    # At least three stories told in more than one language, found through same_event links.
    lang_of = {g["doc"]: g["lang"] for g in golds}
    assert sum(len({lang_of[d] for d in s}) >= 2 for s in GOLD.stories()) >= 3

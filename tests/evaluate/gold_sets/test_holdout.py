"""What the first held-out gold set (tests/gold_holdout) must contain. The checks every gold
set and every held-out set passes (format, evidence, links, bilateral events, separation from the
sets before it) run from tests/evaluate/gold_sets/test_every_set.py.
"""
from __future__ import annotations

import pytest

pytest.register_assert_rewrite("tests.gold_checks")

from tests import gold_checks as gc  # noqa: E402
from tests.gold_checks import HOLDOUT  # noqa: E402


def test_the_set_covers_what_it_is_meant_to_cover() -> None:
    gc.strict_covers_what_a_held_out_set_covers(HOLDOUT)

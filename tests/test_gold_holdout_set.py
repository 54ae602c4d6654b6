"""What the held-out gold set (tests/gold_holdout) must contain, and its separation from the
country pairs of tests/gold and shared/gold/dev, which would make it no longer held out. The set
measures how well the extraction generalises beyond the pairs and outlets of tests/gold.

The checks every gold set passes (format, evidence, dates, links), and the stricter ones every
held-out set passes (bilateral events, held out from the sets before it, part_of of a visit's
children…), are in tests/gold_checks.py and run from tests/test_gold_sets.py; this file keeps
what is particular to this set.
"""
from __future__ import annotations

import pytest

pytest.register_assert_rewrite("gold_checks")

import gold_checks as gc  # noqa: E402
from gold_checks import HOLDOUT  # noqa: E402


def test_the_set_is_there() -> None:
    assert len(HOLDOUT.files) == 10



def test_the_set_covers_what_it_is_meant_to_cover() -> None:
    gc.strict_covers_what_a_held_out_set_covers(HOLDOUT)

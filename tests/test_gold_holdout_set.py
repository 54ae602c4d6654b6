"""What the held-out gold set (tests/gold_holdout) must contain, and its separation from the
country pairs of tests/gold and shared/gold/dev, which would make it no longer held out. The set
measures how well the extraction generalises beyond the pairs and outlets of tests/gold.

The integrity checks every gold set shares (format, evidence, dates, links) are in
tests/gold_checks.py and run from tests/test_gold_sets.py; the stricter ones this set follows
are called here.
"""
from __future__ import annotations

import pytest

pytest.register_assert_rewrite("gold_checks")

import gold_checks as gc  # noqa: E402
from gold_checks import GOLD, HOLDOUT  # noqa: E402


def test_the_set_is_there() -> None:
    assert len(HOLDOUT.files) == 10


def test_events_are_bilateral_and_visits_hosted_by_a_side() -> None:
    gc.strict_events_are_bilateral_and_visits_hosted_by_a_side(HOLDOUT)


def test_the_project_gold_loader_reads_every_event() -> None:
    gc.strict_the_loader_reads_every_event(HOLDOUT)


def test_the_set_is_held_out_from_the_project_and_dev_pairs() -> None:
    gc.strict_the_set_is_held_out(HOLDOUT, others=[GOLD], extra_gold_files=[])


def test_the_set_covers_what_it_is_meant_to_cover() -> None:
    gc.strict_covers_what_a_held_out_set_covers(HOLDOUT)

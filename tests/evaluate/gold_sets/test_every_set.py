"""Integrity of accord's gold sets: every check of tests/gold_checks.py on every set
(ids gold, holdout, holdout2, holdout3, holdout4, holdout5; per-file checks add the file name). What each
set must contain, and how it stays apart from the others, is in the files beside this one: test_gold.py,
test_holdout.py and test_holdout{2,3,4,5}.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.register_assert_rewrite("tests.gold_checks")

from tests import gold_checks as gc  # noqa: E402
from tests.gold_checks import HELD_OUT, SETS, GoldSet  # noqa: E402

by_set = pytest.mark.parametrize("gs", SETS, ids=lambda gs: gs.name)
by_held_out = pytest.mark.parametrize("gs", HELD_OUT, ids=lambda gs: gs.name)
# shared/gold/dev, read when mounted (its pair is also in gold_checks.DEV_PAIRS).
DEV_DIR = Path("/work/shared/gold/dev")
by_file = pytest.mark.parametrize(
    "gs, path", [pytest.param(gs, p, id=f"{gs.name}-{p.name}") for gs in SETS for p in gs.files])


def test_every_set_has_gold_files() -> None:
    assert all(gs.files for gs in SETS), [gs.name for gs in SETS if not gs.files]


@by_set
def test_every_article_has_its_gold_file_and_back(gs: GoldSet) -> None:
    gc.check_every_article_has_its_gold_file_and_back(gs)


@by_file
def test_gold_file_follows_the_format(gs: GoldSet, path: Path) -> None:
    gc.check_gold_file_follows_the_format(path)


@by_file
def test_evidence_is_quoted_exactly_from_the_article(gs: GoldSet, path: Path) -> None:
    gc.check_evidence_is_quoted_exactly_from_the_article(gs, path)


@by_set
def test_html_evidence_sits_in_the_article_body_not_in_the_chrome(gs: GoldSet) -> None:
    gc.check_html_evidence_sits_in_the_article_body_not_in_the_chrome(gs)


@by_set
def test_links_name_existing_events(gs: GoldSet) -> None:
    gc.check_links_name_existing_events(gs)


@by_set
def test_same_event_groups_list_every_pair_and_could_be_paired(gs: GoldSet) -> None:
    gc.check_same_event_groups_list_every_pair_and_could_be_paired(gs)


@by_set
def test_part_of_links_a_child_to_a_visit_it_fits_in(gs: GoldSet) -> None:
    gc.check_part_of_links_a_child_to_a_visit_it_fits_in(gs)


@by_set
def test_the_project_gold_loader_reads_the_set(gs: GoldSet) -> None:
    gc.check_the_project_gold_loader_reads_the_set(gs)


# -- the stricter rules the held-out sets follow ------------------------------------------------

@by_held_out
def test_held_out_set_has_ten_articles(gs: GoldSet) -> None:
    assert len(gs.files) == 10


@by_held_out
def test_held_out_events_are_bilateral_and_visits_hosted_by_a_side(gs: GoldSet) -> None:
    gc.strict_events_are_bilateral_and_visits_hosted_by_a_side(gs)


@by_held_out
def test_held_out_set_is_read_whole_by_the_project_loader(gs: GoldSet) -> None:
    gc.strict_the_loader_reads_every_event(gs)


@by_held_out
def test_held_out_set_shares_no_pair_with_the_sets_before_it(gs: GoldSet) -> None:
    dev_files = sorted(DEV_DIR.glob("*.gold.json")) if DEV_DIR.is_dir() else []
    before = [gc.GOLD, *HELD_OUT[:HELD_OUT.index(gs)]]
    gc.strict_the_set_is_held_out(gs, others=before, extra_gold_files=dev_files)


@by_held_out
def test_held_out_events_repeat_no_name_form_or_topic(gs: GoldSet) -> None:
    gc.strict_events_repeat_no_name_form_or_topic(gs)


@by_held_out
def test_held_out_links_list_no_pair_twice(gs: GoldSet) -> None:
    gc.strict_links_list_no_pair_twice(gs)


@by_held_out
def test_held_out_children_of_a_current_visit_are_part_of_it(gs: GoldSet) -> None:
    gc.strict_children_of_a_current_visit_are_part_of_it(gs)


@by_held_out
def test_held_out_child_has_one_parent(gs: GoldSet) -> None:
    gc.strict_a_child_has_one_parent(gs)


@by_held_out
def test_held_out_pairs_involve_a_country_of_the_region(gs: GoldSet) -> None:
    gc.strict_every_pair_involves_a_country_of_the_region(gs)


@by_held_out
def test_held_out_events_list_a_person_once(gs: GoldSet) -> None:
    gc.strict_a_person_is_listed_once_per_event(gs)

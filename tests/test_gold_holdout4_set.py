"""What the fourth held-out gold set (tests/gold_holdout4) must contain, the stricter rules it
follows, and its separation from the country pairs of the other gold sets, which would make it
no longer held out.

The integrity checks every gold set shares (format, evidence, dates, links) are in
tests/gold_checks.py and run from tests/test_gold_sets.py.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.register_assert_rewrite("gold_checks")

import gold_checks as gc  # noqa: E402
from gold_checks import CHILD_TYPES, GOLD, HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, groups  # noqa: E402

from accord import edtf  # noqa: E402
from accord.model import TOPICS  # noqa: E402

# shared/gold/dev, read when mounted (its pair is also in gold_checks.DEV_PAIRS).
DEV_DIR = Path("/work/shared/gold/dev")


def test_the_set_is_there() -> None:
    assert len(HOLDOUT4.files) == 10


def test_events_are_bilateral_and_visits_hosted_by_a_side() -> None:
    gc.strict_events_are_bilateral_and_visits_hosted_by_a_side(HOLDOUT4)


def test_events_repeat_no_name_form_or_topic() -> None:
    for where, e in HOLDOUT4.events().items():
        assert e["when"] is None or isinstance(e["when"], str), where
        for key in ("people", "optional_people"):
            for forms in e[key]:
                assert len(forms) == len(set(forms)), f"{where}: repeated name form"
        if e["place"] is not None:
            assert len(e["place"]) == len(set(e["place"])), f"{where}: repeated place form"
        if e["type"] != "visit" and e["topics"] is not None:
            assert len(e["topics"]) == len(set(e["topics"])), where


def test_a_person_is_listed_once_per_event() -> None:
    for where, e in HOLDOUT4.events().items():
        firsts = [forms[0] for forms in e["people"] + e["optional_people"]]
        assert len(firsts) == len(set(firsts)), where


def test_links_list_no_pair_twice() -> None:
    links = HOLDOUT4.links()
    for kind in ("same_event", "part_of"):
        assert len({tuple(p) for p in links[kind]}) == len(links[kind]), f"{kind}: a pair is listed twice"


def test_the_project_gold_loader_reads_every_event() -> None:
    gc.strict_the_loader_reads_every_event(HOLDOUT4)


def test_meetings_agreements_and_ceremonies_in_a_current_visit_are_part_of_it() -> None:
    """A child event on the visit's own dates and in its host country must be linked to it."""
    linked = {tuple(p) for p in HOLDOUT4.links()["part_of"]}
    for gold in HOLDOUT4.golds():
        visits = [e for e in gold["events"] if e["type"] == "visit"]
        for e in gold["events"]:
            if e["type"] not in CHILD_TYPES or e["when"] is None:
                continue
            lo, hi = edtf.interval(e["when"])
            for v in visits:
                vlo, vhi = edtf.interval(v["when"])
                if (v["host"] == e["host"] and lo and vlo and hi and vhi and vlo <= lo and hi <= vhi
                        and set(v["countries"]) == set(e["countries"])):
                    assert (f'{gold["doc"]}#{e["id"]}', f'{gold["doc"]}#{v["id"]}') in linked, (gold["doc"], e["id"], v["id"])


def test_a_child_has_one_parent() -> None:
    children = [c for c, _ in HOLDOUT4.links()["part_of"]]
    assert len(children) == len(set(children))


def test_the_set_is_held_out_from_the_other_gold_sets() -> None:
    dev_files = sorted(DEV_DIR.glob("*.gold.json")) if DEV_DIR.is_dir() else []
    gc.strict_the_set_is_held_out(HOLDOUT4, others=[GOLD, HOLDOUT, HOLDOUT2, HOLDOUT3], extra_gold_files=dev_files)


def test_every_pair_involves_a_country_of_the_region() -> None:
    region = {"DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO",
              "SD", "SY", "TN", "AE", "YE", "KM", "DJ", "KZ", "KG", "TJ", "TM", "UZ", "RU", "FR", "TR"}
    for key, e in HOLDOUT4.events().items():
        assert set(e["countries"]) & region, key


def test_the_set_covers_what_it_is_meant_to_cover() -> None:
    gc.strict_covers_what_a_held_out_set_covers(HOLDOUT4)
    golds = HOLDOUT4.golds()
    events = [e for g in golds for e in g["events"]]
    assert any(e["when"] is None for e in events if e["type"] == "proposal"), "an undated proposal"
    assert any(e["when"] for e in events if e["type"] == "proposal"), "a dated proposal"
    assert len({e["host"] for e in events if e["host"] and e["host"] not in e["countries"]}) >= 3
    assert set(TOPICS) <= {t for e in events for t in (e["topics"] or [])}, "every topic code"
    # Undated news events: from the start of the publication month to the publication day.
    assert any(g["published"][:7] + "/" + g["published"] == e["when"] for g in golds for e in g["events"])
    whens = [e["when"] or "" for e in events]
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", w) for w in whens), "a day range"
    assert any(re.fullmatch(r"\d{4}-\d{2}/\d{4}-\d{2}", w) for w in whens), "a month range"
    assert len(HOLDOUT4.stories()) >= 4, "four stories told in two or more articles"
    assert any(len(g) >= 3 for g in groups(HOLDOUT4.links()["same_event"])), "a group of three mentions"
    # Two saved pages; every story crosses languages, and all but one cross scripts too.
    assert sum(g["doc"].endswith(".html") for g in golds) >= 2
    script = {"ar": "arab", "ru": "cyrl", "kk": "cyrl", "fr": "latn", "en": "latn"}
    lang_of = {g["doc"]: g["lang"] for g in golds}
    assert all(len({lang_of[d] for d in story}) >= 2 for story in HOLDOUT4.stories())
    assert sum(len({script[lang_of[d]] for d in story}) >= 2 for story in HOLDOUT4.stories()) >= 3


def test_teasers_and_page_chrome_carry_no_evidence() -> None:
    """Teasers ("read also", "most read", tickers) carry no events: no evidence is quoted from them."""
    after_body = ("اقرأ أيضا", "مقالات ذات صلة", "Читайте также", "Read also", "Lire aussi", "<aside")
    before_body = ("Соңғы жаңалықтар", "Dernière minute")
    for gold in HOLDOUT4.golds():
        text = HOLDOUT4.article_text(gold)
        for e in gold["events"]:
            at = text.index(e["evidence"])
            assert all(at < text.index(m) for m in after_body if m in text), (gold["doc"], e["id"])
            assert all(at > text.index(m) for m in before_body if m in text), (gold["doc"], e["id"])

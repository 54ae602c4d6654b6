"""Integrity of the second held-out gold set (tests/gold_holdout2).

The set is hand-written, so these checks catch what a typo would break: evidence that is not
quoted exactly from its article (or sits in page chrome), `when` values that accord.edtf cannot
read, links to events that do not exist, same_event pairs the scorer could never pair (GOLD.md
"Scoring" 2), part_of pairs that do not fit, and overlap with the country pairs of the other gold
sets, which would make it no longer held out. They also pin what the set is meant to cover.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from itertools import combinations
from pathlib import Path

import pycountry
import pytest

from accord import edtf
from accord.evaluate.gold import load_gold
from accord.model import EVENT_TYPES, LANGUAGES, TOPICS

SET_DIR = Path(__file__).parent / "gold_holdout2"
OTHER_SETS = [Path(__file__).parent / "gold", Path(__file__).parent / "gold_holdout"]
# shared/gold/dev is Morocco–Kazakhstan; kept as a constant in case the folder is not mounted.
DEV_PAIRS = {frozenset({"MA", "KZ"})}
EVENT_KEYS = {"id", "type", "when", "countries", "host", "place", "people",
              "optional_people", "topics", "evidence"}
GOLD_FILES = sorted(SET_DIR.glob("*.gold.json"))


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _golds() -> list[dict]:
    return [_read(p) for p in GOLD_FILES]


def _article_text(gold: dict) -> str:
    return (SET_DIR / gold["doc"]).read_text(encoding="utf-8")


def _all_events() -> dict[str, dict]:
    return {f'{g["doc"]}#{e["id"]}': e for g in _golds() for e in g["events"]}


def _links() -> dict:
    return _read(SET_DIR / "links.json")


def _is_country(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None


def _pairs_of(gold_files: list[Path]) -> set[frozenset[str]]:
    return {frozenset(e["countries"]) for p in gold_files for e in _read(p)["events"]
            if len(e["countries"]) == 2}


def _groups(pairs: list[list[str]]) -> list[set[str]]:
    groups: list[set[str]] = []
    for a, b in pairs:
        touching = [g for g in groups if a in g or b in g]
        groups = [g for g in groups if g not in touching] + [{a, b}.union(*touching)]
    return groups


def test_the_set_is_there() -> None:
    assert len(GOLD_FILES) == 10


def test_every_article_has_its_gold_file_and_back() -> None:
    articles = {p.name for p in SET_DIR.iterdir() if p.suffix in (".txt", ".html")}
    assert articles == {g["doc"] for g in _golds()}
    for path in GOLD_FILES:
        assert path.name == _read(path)["doc"].rsplit(".", 1)[0] + ".gold.json"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_follows_the_format(path: Path) -> None:
    gold = _read(path)
    assert set(gold) == {"doc", "lang", "published", "events"}
    assert gold["lang"] in LANGUAGES
    published = date.fromisoformat(gold["published"])
    ids = [e["id"] for e in gold["events"]]
    assert ids and len(ids) == len(set(ids)), "event ids must be unique in an article"
    for e in gold["events"]:
        where = f'{gold["doc"]}#{e["id"]}'
        assert set(e) == EVENT_KEYS, where
        assert e["type"] in EVENT_TYPES, where
        assert e["when"] is None or isinstance(e["when"], str), where
        lo, hi = edtf.interval(e["when"])  # raises EDTFError on a malformed value
        if e["type"] != "proposal":
            assert lo is None or lo <= published, f"{where}: a reported event cannot start after publication"
        assert len(e["countries"]) == len(set(e["countries"])) >= 2, where
        assert all(_is_country(c) for c in e["countries"]), where
        assert e["host"] is None or _is_country(e["host"]), where
        assert e["place"] is None or (e["place"] and all(isinstance(p, str) and p for p in e["place"])), where
        for key in ("people", "optional_people"):
            for forms in e[key]:
                assert forms and all(isinstance(f, str) and f.strip() for f in forms), where
                assert len(forms) == len(set(forms)), f"{where}: repeated name form"
        required = {forms[0] for forms in e["people"]}
        assert not required & {forms[0] for forms in e["optional_people"]}, f"{where}: both required and optional"
        if e["type"] == "visit":
            assert e["topics"] is None, f"{where}: visits have topics null"
            assert e["host"] in e["countries"], f"{where}: a bilateral visit is hosted by one of its sides"
        elif e["topics"] is not None:
            assert e["topics"] and set(e["topics"]) <= set(TOPICS), where
            assert len(e["topics"]) == len(set(e["topics"])), where


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_evidence_is_quoted_exactly_from_the_article(path: Path) -> None:
    gold = _read(path)
    text = _article_text(gold)
    for e in gold["events"]:
        assert e["evidence"] and e["evidence"] in text, f'{gold["doc"]}#{e["id"]}: evidence not in the article'
        assert "<" not in e["evidence"] and ">" not in e["evidence"], e["id"]


def test_html_evidence_sits_in_the_article_body_not_in_the_chrome() -> None:
    html_golds = [g for g in _golds() if g["doc"].endswith(".html")]
    assert html_golds
    for gold in html_golds:
        body = re.search(r"<article>(.*?)</article>", _article_text(gold), re.S)
        assert body, gold["doc"]
        for e in gold["events"]:
            assert e["evidence"] in body.group(1), f'{gold["doc"]}#{e["id"]}'


def test_links_name_existing_events() -> None:
    events = _all_events()
    links = _links()
    assert set(links) == {"same_event", "part_of"}
    for kind in ("same_event", "part_of"):
        assert len({tuple(p) for p in links[kind]}) == len(links[kind]), f"{kind}: a pair is listed twice"
        for pair in links[kind]:
            assert len(pair) == 2 and pair[0] != pair[1], pair
            for key in pair:
                assert key in events, f"{kind}: unknown event {key}"


def test_same_event_groups_list_every_pair_and_could_be_paired() -> None:
    events = _all_events()
    pairs = [frozenset(p) for p in _links()["same_event"]]
    assert len(pairs) == len(set(pairs)), "a same_event pair is listed twice (in either order)"
    for group in _groups(_links()["same_event"]):
        for a, b in combinations(sorted(group), 2):
            assert frozenset((a, b)) in pairs, f"missing same_event pair {a} ~ {b}"
            ea, eb = events[a], events[b]
            assert a.split("#")[0] != b.split("#")[0], f"{a} ~ {b}: same article"
            assert ea["type"] == eb["type"], f"{a} ~ {b}"
            assert edtf.intersects(edtf.interval(ea["when"]), edtf.interval(eb["when"])), f"{a} ~ {b}"
            ca, cb = set(ea["countries"]), set(eb["countries"])
            assert len(ca & cb) / len(ca | cb) >= 0.5, f"{a} ~ {b}"
            assert ea["host"] == eb["host"] or None in (ea["host"], eb["host"]), f"{a} ~ {b}"


def test_part_of_links_a_child_to_a_visit_it_fits_in() -> None:
    events = _all_events()
    for child, parent in _links()["part_of"]:
        c, p = events[child], events[parent]
        assert p["type"] == "visit" and c["type"] in ("meeting", "agreement", "ceremony"), (child, parent)
        assert child.split("#")[0] == parent.split("#")[0], (child, parent)
        assert edtf.intersects(edtf.interval(c["when"]), edtf.interval(p["when"])), (child, parent)
        assert c["host"] == p["host"], (child, parent)


def test_meetings_agreements_and_ceremonies_in_a_current_visit_are_part_of_it() -> None:
    """A child event on the visit's own dates and in its host country must be linked to it."""
    linked = {tuple(p) for p in _links()["part_of"]}
    for gold in _golds():
        visits = [e for e in gold["events"] if e["type"] == "visit"]
        for e in gold["events"]:
            if e["type"] not in ("meeting", "agreement", "ceremony") or e["when"] is None:
                continue
            lo, hi = edtf.interval(e["when"])
            for v in visits:
                vlo, vhi = edtf.interval(v["when"])
                if (v["host"] == e["host"] and lo and vlo and hi and vhi and vlo <= lo and hi <= vhi
                        and set(v["countries"]) == set(e["countries"])):
                    assert (f'{gold["doc"]}#{e["id"]}', f'{gold["doc"]}#{v["id"]}') in linked, (gold["doc"], e["id"], v["id"])


def test_the_set_is_held_out_from_the_other_gold_sets() -> None:
    other_files = [p for d in OTHER_SETS for p in sorted(d.glob("*.gold.json"))]
    dev = Path("/work/shared/gold/dev")
    if dev.is_dir():
        other_files += sorted(dev.glob("*.gold.json"))
    seen = _pairs_of(other_files) | DEV_PAIRS
    mine = _pairs_of(GOLD_FILES)
    assert not mine & seen, sorted(map(sorted, mine & seen))
    names = {p.name for d in OTHER_SETS for p in d.iterdir() if p.suffix in (".txt", ".html")}
    assert not names & {p.name for p in SET_DIR.iterdir() if p.suffix in (".txt", ".html")}


def test_every_pair_involves_a_country_of_the_region() -> None:
    region = {"DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO",
              "SD", "SY", "TN", "AE", "YE", "KM", "DJ", "KZ", "KG", "TJ", "TM", "UZ", "RU", "FR", "TR"}
    for key, e in _all_events().items():
        assert set(e["countries"]) & region, key


def test_the_set_covers_what_it_is_meant_to_cover() -> None:
    golds = _golds()
    assert Counter(g["lang"] for g in golds) == {"ar": 2, "ru": 2, "kk": 2, "fr": 2, "en": 2}
    events = [e for g in golds for e in g["events"]]
    assert set(EVENT_TYPES) <= {e["type"] for e in events}
    whens = [e["when"] or "" for e in events]
    assert any(w.startswith("../") for w in whens), "a vaguely recalled event"
    assert any(re.fullmatch(r"\d{4}-2[1-4]", w) for w in whens), "a season"
    assert any(e["when"] is None for e in events if e["type"] == "proposal"), "an undated proposal"
    assert any(e["host"] and e["host"] not in e["countries"] for e in events), "a third-country host"
    assert len({e["host"] for e in events if e["host"] and e["host"] not in e["countries"]}) >= 3
    assert any(e["optional_people"] for e in events if e["type"] == "meeting")
    assert set(TOPICS) <= {t for e in events for t in (e["topics"] or [])}, "every topic code"
    # Undated news events: from the start of the publication month to the publication day.
    assert any(g["published"][:7] + "/" + g["published"] == e["when"] for g in golds for e in g["events"])
    # The Moroccan article uses the Maghreb month names.
    moroccan = (SET_DIR / "ar_bourita_ould_merzoug_two_visits.txt").read_text(encoding="utf-8")
    for month in ("ماي", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر"):
        assert month in moroccan, month
    # At least two stories told in two languages or more, found through same_event links.
    lang_of = {g["doc"]: g["lang"] for g in golds}
    stories = _groups([[a.split("#")[0], b.split("#")[0]] for a, b in _links()["same_event"]])
    assert sum(len({lang_of[d] for d in s}) >= 2 for s in stories) >= 2
    assert any(len(g) >= 3 for g in _groups(_links()["same_event"])), "a group of three mentions"


def test_the_project_gold_loader_reads_the_set() -> None:
    gold = load_gold(SET_DIR)
    assert len(gold.articles) == len(GOLD_FILES)
    assert len(gold.same_event) == len(_links()["same_event"])
    assert len(gold.part_of) == len(_links()["part_of"])
    assert sum(len(a.events) for a in gold.articles) == len(_all_events())

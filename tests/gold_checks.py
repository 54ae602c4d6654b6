"""Integrity checks shared by accord's hand-written gold sets (tests/gold, tests/gold_holdout,
tests/gold_holdout2, tests/gold_holdout3, tests/gold_holdout4); tests/evaluate/gold_sets/test_every_set.py
runs every `check_*` below on each set.

The sets are hand-written; these checks catch what a typo in one would break: evidence that is
not in its article (or sits in page chrome), dates that do not parse, links to events that do not
exist, same_event pairs the scorer could never pair (GOLD.md "Scoring" 2), part_of pairs that do
not fit. What each set must contain, and the separation of its country pairs from the other
sets, stays in the set's own test file. The `strict_*` checks are stricter rules that only some
sets follow; their test files opt in.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from itertools import combinations
from pathlib import Path

import pycountry

from accord import edtf
from accord.evaluate.gold import load_gold
from accord.model import EVENT_TYPES, LANGUAGES, TOPICS

TESTS_DIR = Path(__file__).parent
EVENT_KEYS = {"id", "type", "when", "countries", "host", "place", "people",
              "optional_people", "topics", "evidence"}
CHILD_TYPES = ("meeting", "agreement", "ceremony")
# The pair of shared/gold/dev (Morocco–Kazakhstan), which no held-out set may reuse; kept as a
# constant in case the folder is not mounted.
DEV_PAIRS = {frozenset({"MA", "KZ"})}
SCRIPT = {"ar": "arab", "ru": "cyrl", "kk": "cyrl", "fr": "latn", "en": "latn"}


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def is_country(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None


def groups(pairs: list[list[str]]) -> list[set[str]]:
    """Groups of the transitive closure of `pairs`."""
    found: list[set[str]] = []
    for a, b in pairs:
        touching = [g for g in found if a in g or b in g]
        found = [g for g in found if g not in touching] + [{a, b}.union(*touching)]
    return found


def pairs_of(gold_files: list[Path]) -> set[frozenset[str]]:
    """The country pairs of the bilateral events in `gold_files`."""
    return {frozenset(e["countries"]) for p in gold_files for e in read(p)["events"]
            if len(e["countries"]) == 2}


@dataclass(frozen=True)
class GoldSet:
    name: str
    dir: Path

    @cached_property
    def files(self) -> list[Path]:
        return sorted(self.dir.glob("*.gold.json"))

    def golds(self) -> list[dict]:
        return [read(p) for p in self.files]

    def article_names(self) -> set[str]:
        return {p.name for p in self.dir.iterdir() if p.suffix in (".txt", ".html")}

    def article_text(self, gold: dict) -> str:
        return (self.dir / gold["doc"]).read_text(encoding="utf-8")

    def events(self) -> dict[str, dict]:
        """Every event of the set, keyed `doc#id` as in links.json."""
        return {f'{g["doc"]}#{e["id"]}': e for g in self.golds() for e in g["events"]}

    def links(self) -> dict:
        return read(self.dir / "links.json")

    def stories(self) -> list[set[str]]:
        """Groups of articles that tell one story, found through same_event links."""
        return groups([[a.split("#")[0], b.split("#")[0]] for a, b in self.links()["same_event"]])

    def story_languages(self) -> list[set[str]]:
        """The languages each story is told in."""
        lang_of = {g["doc"]: g["lang"] for g in self.golds()}
        return [{lang_of[d] for d in story} for story in self.stories()]

    def story_scripts(self) -> list[set[str]]:
        """The scripts each story is told in (Kazakh and Russian share Cyrillic)."""
        return [{SCRIPT[lang] for lang in langs} for langs in self.story_languages()]


GOLD = GoldSet("gold", TESTS_DIR / "gold")
HOLDOUT = GoldSet("holdout", TESTS_DIR / "gold_holdout")
HOLDOUT2 = GoldSet("holdout2", TESTS_DIR / "gold_holdout2")
HOLDOUT3 = GoldSet("holdout3", TESTS_DIR / "gold_holdout3")
HOLDOUT4 = GoldSet("holdout4", TESTS_DIR / "gold_holdout4")
HOLDOUT5 = GoldSet("holdout5", TESTS_DIR / "gold_holdout5")
SETS = [GOLD, HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, HOLDOUT5]
# The held-out sets, in the order they were written: each is held out from every set before it.
HELD_OUT = [HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, HOLDOUT5]
# Countries of the region accord is about: every held-out event involves one.
REGION = {"DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY",
          "TN", "AE", "YE", "KM", "DJ", "KZ", "KG", "TJ", "TM", "UZ", "RU", "FR", "TR"}


def check_every_article_has_its_gold_file_and_back(gs: GoldSet) -> None:
    assert gs.article_names() == {g["doc"] for g in gs.golds()}
    for path in gs.files:
        assert path.name == read(path)["doc"].rsplit(".", 1)[0] + ".gold.json"


def check_gold_file_follows_the_format(path: Path) -> None:
    gold = read(path)
    assert set(gold) == {"doc", "lang", "published", "events"}
    assert gold["lang"] in LANGUAGES
    published = date.fromisoformat(gold["published"])
    ids = [e["id"] for e in gold["events"]]
    assert ids and len(ids) == len(set(ids)), "event ids must be unique in an article"
    for e in gold["events"]:
        where = f'{gold["doc"]}#{e["id"]}'
        assert set(e) == EVENT_KEYS, where
        assert e["type"] in EVENT_TYPES, where
        lo, hi = edtf.interval(e["when"])  # raises EDTFError on a malformed value
        # no check that an event starts before publication: an announced event keeps its type and its
        # announced date (GOLD.md Clarifications)
        assert e["countries"] and all(is_country(c) for c in e["countries"]), where
        assert e["host"] is None or is_country(e["host"]), where
        assert e["place"] is None or (e["place"] and all(isinstance(p, str) and p for p in e["place"])), where
        for key in ("people", "optional_people"):
            for forms in e[key]:
                assert forms and all(isinstance(f, str) and f.strip() for f in forms), where
        required = {forms[0] for forms in e["people"]}
        assert not required & {forms[0] for forms in e["optional_people"]}, f"{where}: both required and optional"
        if e["type"] == "visit":
            assert e["topics"] is None, f"{where}: visits have topics null"
        elif e["topics"] is not None:
            assert e["topics"] and set(e["topics"]) <= set(TOPICS), where


def check_evidence_is_quoted_exactly_from_the_article(gs: GoldSet, path: Path) -> None:
    gold = read(path)
    text = gs.article_text(gold)
    for e in gold["events"]:
        assert e["evidence"], f'{gold["doc"]}#{e["id"]}: no evidence'
        assert e["evidence"] in text, f'{gold["doc"]}#{e["id"]}: evidence not in the article'
        # In saved HTML the quote must be visible text, not markup or an attribute value.
        assert "<" not in e["evidence"] and ">" not in e["evidence"], e["id"]


def check_html_evidence_sits_in_the_article_body_not_in_the_chrome(gs: GoldSet) -> None:
    html_golds = [g for g in gs.golds() if g["doc"].endswith(".html")]
    assert html_golds
    for gold in html_golds:
        body = re.search(r"<article>(.*?)</article>", gs.article_text(gold), re.S)
        assert body, gold["doc"]
        for e in gold["events"]:
            assert e["evidence"] in body.group(1), f'{gold["doc"]}#{e["id"]}'


def check_links_name_existing_events(gs: GoldSet) -> None:
    events = gs.events()
    links = gs.links()
    assert set(links) == {"same_event", "part_of"}
    for kind in ("same_event", "part_of"):
        for pair in links[kind]:
            assert len(pair) == 2 and pair[0] != pair[1], pair
            for key in pair:
                assert key in events, f"{kind}: unknown event {key}"


def check_same_event_groups_list_every_pair_and_could_be_paired(gs: GoldSet) -> None:
    events = gs.events()
    same_event = gs.links()["same_event"]
    pairs = [frozenset(p) for p in same_event]
    assert len(pairs) == len(set(pairs)), "a same_event pair is listed twice (in either order)"
    # Groups by transitive closure; GOLD.md asks for every pair of a group, not a chain.
    for group in groups(same_event):
        for a, b in combinations(sorted(group), 2):
            assert frozenset((a, b)) in pairs, f"missing same_event pair {a} ~ {b}"
            ea, eb = events[a], events[b]
            assert a.split("#")[0] != b.split("#")[0], f"{a} ~ {b}: same article"
            assert ea["type"] == eb["type"], f"{a} ~ {b}"
            assert edtf.intersects(edtf.interval(ea["when"]), edtf.interval(eb["when"])), f"{a} ~ {b}"
            ca, cb = set(ea["countries"]), set(eb["countries"])
            assert len(ca & cb) / len(ca | cb) >= 0.5, f"{a} ~ {b}"
            assert ea["host"] == eb["host"] or None in (ea["host"], eb["host"]), f"{a} ~ {b}"


def check_part_of_links_a_child_to_a_visit_it_fits_in(gs: GoldSet) -> None:
    events = gs.events()
    for child, parent in gs.links()["part_of"]:
        c, p = events[child], events[parent]
        assert p["type"] == "visit" and c["type"] in CHILD_TYPES, (child, parent)
        assert child.split("#")[0] == parent.split("#")[0], (child, parent)
        assert edtf.intersects(edtf.interval(c["when"]), edtf.interval(p["when"])), (child, parent)
        assert c["host"] == p["host"], (child, parent)


def check_the_project_gold_loader_reads_the_set(gs: GoldSet) -> None:
    gold = load_gold(gs.dir)
    links = gs.links()
    assert len(gold.articles) == len(gs.files)
    assert len(gold.same_event) == len(links["same_event"])
    assert len(gold.part_of) == len(links["part_of"])


# Stricter rules that only some sets follow (their test files call these).

def strict_the_loader_reads_every_event(gs: GoldSet) -> None:
    gold = load_gold(gs.dir)
    assert sum(len(a.events) for a in gold.articles) == len(gs.events())


def strict_events_are_bilateral_and_visits_hosted_by_a_side(gs: GoldSet) -> None:
    for where, e in gs.events().items():
        assert len(e["countries"]) == len(set(e["countries"])) >= 2, where
        if e["type"] == "visit":
            assert e["host"] in e["countries"], f"{where}: a bilateral visit is hosted by one of its sides"


def strict_the_set_is_held_out(gs: GoldSet, others: list[GoldSet], extra_gold_files: list[Path]) -> None:
    """No country pair (nor article name) of `gs` is in `others`, `extra_gold_files` or DEV_PAIRS."""
    seen = pairs_of([p for o in others for p in o.files] + extra_gold_files) | DEV_PAIRS
    mine = pairs_of(gs.files)
    assert not mine & seen, sorted(map(sorted, mine & seen))
    names = set().union(*(o.article_names() for o in others))
    assert not names & gs.article_names()


def strict_covers_what_a_held_out_set_covers(gs: GoldSet) -> None:
    """Two articles per language, every event type, vague and seasonal dates, a third-country
    host, optional people at a meeting, and two stories told in two languages each."""
    golds = gs.golds()
    assert Counter(g["lang"] for g in golds) == {"ar": 2, "ru": 2, "kk": 2, "fr": 2, "en": 2}
    events = [e for g in golds for e in g["events"]]
    assert set(EVENT_TYPES) <= {e["type"] for e in events}
    whens = [e["when"] or "" for e in events]
    assert any(w.startswith("../") for w in whens), "a vaguely recalled event"
    assert any(re.fullmatch(r"\d{4}-2[1-4]", w) for w in whens), "a season"
    assert any(e["host"] and e["host"] not in e["countries"] for e in events), "a third-country host"
    assert any(e["optional_people"] for e in events if e["type"] == "meeting")
    assert sum(len(langs) >= 2 for langs in gs.story_languages()) >= 2


def strict_events_repeat_no_name_form_or_topic(gs: GoldSet) -> None:
    for where, e in gs.events().items():
        assert e["when"] is None or isinstance(e["when"], str), where
        for key in ("people", "optional_people"):
            for forms in e[key]:
                assert len(forms) == len(set(forms)), f"{where}: repeated name form"
        if e["place"] is not None:
            assert len(e["place"]) == len(set(e["place"])), f"{where}: repeated place form"
        if e["type"] != "visit" and e["topics"] is not None:
            assert len(e["topics"]) == len(set(e["topics"])), where


def strict_links_list_no_pair_twice(gs: GoldSet) -> None:
    links = gs.links()
    for kind in ("same_event", "part_of"):
        assert len({tuple(p) for p in links[kind]}) == len(links[kind]), f"{kind}: a pair is listed twice"


def strict_children_of_a_current_visit_are_part_of_it(gs: GoldSet) -> None:
    """A meeting, agreement or ceremony on the visit's own dates and in its host country is linked to it."""
    linked = {tuple(p) for p in gs.links()["part_of"]}
    for gold in gs.golds():
        visits = [e for e in gold["events"] if e["type"] == "visit"]
        for e in gold["events"]:
            if e["type"] not in CHILD_TYPES or e["when"] is None:
                continue
            lo, hi = edtf.interval(e["when"])
            for v in visits:
                vlo, vhi = edtf.interval(v["when"])
                if (v["host"] == e["host"] and lo and vlo and hi and vhi and vlo <= lo and hi <= vhi
                        and set(v["countries"]) == set(e["countries"])):
                    assert (f'{gold["doc"]}#{e["id"]}', f'{gold["doc"]}#{v["id"]}') in linked, (gold["doc"], e["id"])


def strict_a_child_has_one_parent(gs: GoldSet) -> None:
    children = [c for c, _ in gs.links()["part_of"]]
    assert len(children) == len(set(children))


def strict_every_pair_involves_a_country_of_the_region(gs: GoldSet) -> None:
    for key, e in gs.events().items():
        assert set(e["countries"]) & REGION, key


def strict_a_person_is_listed_once_per_event(gs: GoldSet) -> None:
    for where, e in gs.events().items():
        firsts = [forms[0] for forms in e["people"] + e["optional_people"]]
        assert len(firsts) == len(set(firsts)), where


def strict_no_evidence_from_teasers(gs: GoldSet, after_body: tuple[str, ...],
                                    before_body: tuple[str, ...] = ()) -> None:
    """Teasers ("read also", "most read", tickers) carry no events: no evidence is quoted after a
    marker of teasers below the article, nor before a marker of teasers above it."""
    for gold in gs.golds():
        text = gs.article_text(gold)
        for e in gold["events"]:
            at = text.index(e["evidence"])
            assert all(at < text.index(m) for m in after_body if m in text), (gold["doc"], e["id"])
            assert all(at > text.index(m) for m in before_body if m in text), (gold["doc"], e["id"])

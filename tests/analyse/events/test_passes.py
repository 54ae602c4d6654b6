"""The passes of the event stage, each run alone on the state the passes before it left
(events/pipeline.py)."""
from __future__ import annotations

from datetime import date

import pytest

from accord.analyse.events import EVENT_PASSES
from accord.analyse.events.article import Article, Context
from accord.analyse.events.state import EventState
from accord.analyse.pipeline import analyse
from accord.model import Document

PUBLISHED = "2025-03-11"

EN_VISIT = (
    "Kazakh Foreign Minister Murat Nurtleu arrives in Budapest\n"
    "BUDAPEST – Kazakh Foreign Minister Murat Nurtleu arrived in Budapest on Monday, March 10, on an official "
    "visit to Hungary.\n"
    "He held meetings with Hungarian Foreign Minister Peter Szijjarto, Speaker of the National Assembly "
    "Laszlo Kover and Prime Minister Viktor Orban.\n"
    "During the talks, the sides discussed energy, transport and trade.\n"
    "The delegation included Deputy Foreign Minister Roman Vassilenko and Ambassador Nurbakh Rustemov.\n"
    "The two ministers also signed a memorandum on cooperation in education."
)


def _state(text: str, lang: str, until: str) -> EventState:
    """The event stage's state just before the pass `until`."""
    r = analyse(Document(doc="t.txt", text=text, lang=lang, published=PUBLISHED))
    ctx = Context(text=text, lang=lang, published=date.fromisoformat(PUBLISHED), sentences=r.sentences,
                  times=r.times, countries=r.countries, orgs=r.orgs, places=r.places, people=r.people,
                  person_mentions=r.person_mentions, pair=r.pair)
    st = EventState(Article(ctx))
    for p in EVENT_PASSES:
        if p.name == until:
            return st
        p.run(st)
    raise AssertionError(f"no pass {until!r}")


def _run(st: EventState, name: str) -> None:
    next(p for p in EVENT_PASSES if p.name == name).run(st)


def _names(st: EventState, pids: list[str]) -> list[str]:
    return [st.art.person[p].name for p in pids]


def test_the_event_passes_are_named_once_and_declare_what_they_read_and_write() -> None:
    names = [p.name for p in EVENT_PASSES]
    assert len(set(names)) == len(names)
    assert names[0] == "triggers" and names.index("coreference") < names.index("events") < names.index("part_of")
    assert all(p.reads and p.writes and p.summary for p in EVENT_PASSES)


def test_triggers_pass_makes_one_candidate_per_trigger_type_and_sentence() -> None:
    st = _state(EN_VISIT, "en", "triggers")
    _run(st, "triggers")
    found = {(c.type, c.sent) for c in st.cands}
    assert {("visit", 0), ("visit", 1), ("meeting", 2), ("agreement", 5)} <= found
    assert all(c.people == [] and c.when is None for c in st.cands)   # arguments come after


def test_plural_meetings_pass_gives_one_meeting_per_head_of_an_office() -> None:
    st = _state(EN_VISIT, "en", "plural_meetings")
    assert len([c for c in st.cands if c.type == "meeting" and c.sent == 2]) == 1
    _run(st, "plural_meetings")
    meetings = [c for c in st.cands if c.type == "meeting" and c.sent == 2]
    assert [_names(st, c.counterparts) for c in meetings] == [["Peter Szijjarto"], ["Laszlo Kover"], ["Viktor Orban"]]


def test_delegations_pass_gives_the_visit_its_members() -> None:
    st = _state(EN_VISIT, "en", "delegations")
    visit = next(c for c in st.cands if c.type == "visit" and c.sent == 1)
    assert _names(st, visit.people) == ["Murat Nurtleu"]
    _run(st, "delegations")
    assert _names(st, visit.people) == ["Murat Nurtleu", "Roman Vassilenko", "Nurbakh Rustemov"]


def test_headings_pass_folds_the_headline_into_the_visit_it_announces() -> None:
    st = _state(EN_VISIT, "en", "headings")
    assert any(c.sent == 0 for c in st.cands)
    _run(st, "headings")
    assert not any(c.sent == 0 for c in st.cands)
    visit = next(c for c in st.cands if c.type == "visit")
    assert 0 in visit.extra_sents


def test_events_pass_forms_one_event_per_group() -> None:
    st = _state(EN_VISIT, "en", "events")
    _run(st, "events")
    assert [e.type for e in st.events] == ["visit", "meeting", "meeting", "meeting", "agreement"]
    assert [e.id for e in st.events] == ["e1", "e2", "e3", "e4", "e5"]
    assert all(e.part_of is None for e in st.events)             # the part_of pass relates them


def test_part_of_pass_puts_the_talks_in_the_visit_and_lends_them_its_head() -> None:
    st = _state(EN_VISIT, "en", "part_of")
    talks = st.events[1]
    assert talks.part_of is None and _names(st, talks.people) == ["Peter Szijjarto"]
    _run(st, "part_of")
    # (the visit is dated by its arrival the day before the article: the undated talks, on that day or the next)
    assert talks.part_of == "e1" and talks.host == "HU" and talks.when == "2025-03-10/2025-03-11"
    assert _names(st, talks.people) == ["Murat Nurtleu", "Peter Szijjarto"]


def test_the_two_pass_names_the_two_ministers_who_signed() -> None:
    st = _state(EN_VISIT, "en", "the_two")
    signing = next(e for e in st.events if e.type == "agreement")
    _run(st, "the_two")
    assert sorted(_names(st, signing.people)) == ["Murat Nurtleu", "Peter Szijjarto"]


@pytest.mark.parametrize("text, lang", [
    ("Президент России Владимир Путин 10 марта провёл в Кремле переговоры с президентом Ирана "
     "Масудом Пезешкианом.", "ru"),
])
def test_visit_by_its_talks_pass_finds_the_visit_talks_abroad_tell(text: str, lang: str) -> None:
    st = _state(text, lang, "visit_by_its_talks")
    assert [e.type for e in st.events] == ["meeting"]
    _run(st, "visit_by_its_talks")
    visit = st.events[-1]
    assert visit.type == "visit" and visit.host == "RU" and _names(st, visit.people) == ["Масуд Пезешкиан"]

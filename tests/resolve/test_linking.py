"""Cross-article linking: real-world events from the mentions of many articles."""
from __future__ import annotations

import itertools

from accord.model import EventMention, PlaceMention
from accord.resolve.commitments import link_commitments
from accord.resolve.linking import MentionRecord, build_events


def _m(doc: str, lid: str, etype: str, when: str | None, host: str | None = None, people=(), topics=(),
       part_of: str | None = None, place: str | None = None, lang: str = "en", published: str = "2025-11-27",
       duplicate: bool = False) -> MentionRecord:
    mention = EventMention(id=lid, type=etype, start=0, end=10, text=f"{doc} {lid}", when=when,
                           countries=["KZ", "MA"], host=host, people=list(people), topics=list(topics),
                           part_of=part_of,
                           place=PlaceMention(0, 5, place, place, host) if place else None)
    return MentionRecord(doc, lang, published, mention, duplicate)


def _groups(events) -> set[frozenset[str]]:
    return {frozenset(f"{m.doc}#{m.local_id}" for m in e.mentions) for e in events}


def test_vague_recall_links_to_the_precise_event_in_another_language() -> None:
    ar = _m("ar.txt", "e1", "visit", "2025-09-21/2025-09-25", "KZ", ["tahar", "gharib"], lang="ar", published="2025-09-24")
    ru_vague = _m("ru.txt", "e5", "visit", "../2025-11-27", "KZ", place="Астана", lang="ru")
    ru_news = _m("ru.txt", "e1", "visit", "2025-11/2025-11-27", "MA", ["koshanov"], lang="ru")
    events = build_events("KZ-MA", [ar, ru_vague, ru_news])
    assert _groups(events) == {frozenset({"ar.txt#e1", "ru.txt#e5"}), frozenset({"ru.txt#e1"})}
    merged = next(e for e in events if len(e.mentions) == 2)
    # the most precise date every source agrees with, the union of people, the place the recall names
    assert merged.when == "2025-09-21/2025-09-25"
    assert merged.people == ["tahar", "gharib"]
    assert merged.place and merged.place["names"]["ru"] == "Астана"


def test_order_of_arrival_does_not_change_the_events() -> None:
    records = [
        _m("a.txt", "e1", "visit", "2025-09-21/2025-09-25", "KZ", ["x"]),
        _m("a.txt", "e2", "meeting", "2025-09-22", "KZ", ["x", "y"], part_of="e1"),
        _m("b.txt", "e1", "visit", "../2025-11-27", "KZ"),
        _m("b.txt", "e2", "measure", "2025", topics=["mobility"]),
        _m("c.txt", "e1", "measure", "2025-03", topics=["mobility"], published="2025-09-24"),
    ]
    outputs = set()
    for perm in itertools.permutations(records):
        events = build_events("KZ-MA", list(perm))
        outputs.add(tuple((e.id, e.when, e.part_of, tuple(sorted(m.doc + m.local_id for m in e.mentions)))
                          for e in events))
    assert len(outputs) == 1


def test_two_events_of_one_article_are_never_merged() -> None:
    a1 = _m("a.txt", "e1", "visit", "2014", "KZ", ["biadillah"])
    a2 = _m("a.txt", "e2", "visit", "2014", "KZ")
    events = build_events("KZ-MA", [a1, a2])
    assert len(events) == 2


def test_disjoint_participants_keep_visits_apart() -> None:
    a = _m("a.txt", "e1", "visit", "2025-11/2025-11-20", "MA", ["koshanov"])
    b = _m("b.txt", "e1", "visit", "2025-11/2025-11-25", "MA", ["nurtleu"])
    assert len(build_events("KZ-MA", [a, b])) == 2


def test_hosts_and_dates_that_disagree_keep_events_apart() -> None:
    a = _m("a.txt", "e1", "visit", "2014", "KZ")
    b = _m("b.txt", "e1", "visit", "2014", "MA")
    c = _m("c.txt", "e1", "visit", "2019", "KZ")
    assert len(build_events("KZ-MA", [a, b, c])) == 3


def test_measures_link_only_on_a_shared_topic() -> None:
    visa = _m("a.txt", "e1", "measure", "2025-03", topics=["mobility"])
    visa2 = _m("b.txt", "e1", "measure", "2025", topics=["mobility"])
    embassy = _m("c.txt", "e1", "measure", "2025", topics=["transport"])
    groups = _groups(build_events("KZ-MA", [visa, visa2, embassy]))
    assert frozenset({"a.txt#e1", "b.txt#e1"}) in groups and frozenset({"c.txt#e1"}) in groups


def test_part_of_points_at_the_parent_event_id() -> None:
    visit = _m("a.txt", "e1", "visit", "2025-09-21/2025-09-25", "KZ", ["x"])
    meeting = _m("a.txt", "e2", "meeting", "2025-09-22", "KZ", ["x", "y"], part_of="e1")
    events = {e.type: e for e in build_events("KZ-MA", [visit, meeting])}
    assert events["meeting"].part_of == events["visit"].id


def test_a_duplicate_copy_adds_evidence_but_no_event() -> None:
    orig = _m("a.txt", "e1", "visit", "2025-09-21/2025-09-25", "KZ", ["x"])
    copy = _m("copy.txt", "e1", "visit", "2025-09-21/2025-09-25", "KZ", ["x"], duplicate=True)
    stray = _m("copy.txt", "e2", "ceremony", "2025-09-23", "KZ", place="mausoleum", duplicate=True)
    events = build_events("KZ-MA", [copy, stray, orig])
    assert len(events) == 1 and len(events[0].mentions) == 2


def test_proposed_flights_are_carried_out_by_a_later_route() -> None:
    proposal = _m("a.txt", "e1", "proposal", None, topics=["transport"])
    route = _m("b.txt", "e1", "measure", "2026-03", topics=["transport"], published="2026-03-02")
    visa = _m("c.txt", "e1", "measure", "2026-01", topics=["mobility"])
    events = build_events("KZ-MA", [proposal, route, visa])
    links = link_commitments(events)
    by_type = {e.type: e for e in events}
    assert links == [(by_type["proposal"].id, next(e.id for e in events if e.topics == ["transport"]
                                                  and e.type == "measure"), "carried_out_by")]


def test_a_proposal_is_not_carried_out_by_its_own_article() -> None:
    proposal = _m("a.txt", "e1", "proposal", None, topics=["transport"])
    same_doc = _m("a.txt", "e2", "measure", "2025", topics=["transport"])
    assert link_commitments(build_events("KZ-MA", [proposal, same_doc])) == []


def test_meetings_of_one_visit_are_told_apart_by_their_counterpart() -> None:
    """The delegation sits in every meeting; the Speaker's talks are not the Prime Minister's."""
    recs = []
    for doc in ("ru.txt", "kk.txt"):
        recs.append(_m(doc, "e1", "visit", "2025-05-20/2025-05-22", "EG", ["koshanov"]))
    recs.append(_m("ru.txt", "e2", "meeting", "2025-05-20/2025-05-22", "EG", ["koshanov", "gebaly"], part_of="e1"))
    recs.append(_m("ru.txt", "e3", "meeting", "2025-05-21", "EG", ["koshanov", "razek"], part_of="e1"))
    recs.append(_m("kk.txt", "e2", "meeting", "2025-05-21", "EG", ["koshanov", "razek"], part_of="e1"))
    recs.append(_m("kk.txt", "e3", "meeting", "2025-05-20", "EG", ["koshanov", "gebaly"], part_of="e1"))
    groups = _groups(build_events("EG-KZ", recs))
    assert frozenset({"ru.txt#e2", "kk.txt#e3"}) in groups
    assert frozenset({"ru.txt#e3", "kk.txt#e2"}) in groups


def test_signings_of_one_visit_link_without_topics_and_of_two_visits_never() -> None:
    recs = [
        _m("a.txt", "e1", "visit", "2025-05-20/2025-05-22", "EG", ["koshanov"]),
        _m("b.txt", "e1", "visit", "2025-05-20/2025-05-22", "EG", ["koshanov"]),
        _m("a.txt", "e2", "agreement", "2025-05-20", "EG", part_of="e1"),
        _m("b.txt", "e2", "agreement", "2025-05/2025-05-22", "EG", part_of="e1"),
        _m("c.txt", "e1", "visit", "2024-03", "EG", ["tokayev"]),
        _m("c.txt", "e2", "agreement", "2024-03", "EG", part_of="e1"),
    ]
    groups = _groups(build_events("EG-KZ", recs))
    assert frozenset({"a.txt#e2", "b.txt#e2"}) in groups
    assert frozenset({"c.txt#e2"}) in groups


def _visit_told_twice() -> list[MentionRecord]:
    """A visit dated by both articles; its talks dated by the first, left undated (the publication
    month, GOLD.md's default) by a plenary report a week later."""
    return [
        _m("ar.txt", "e1", "visit", "2026-01-26/2026-01-28", "MA", ["matviyenko"], published="2026-01-27"),
        _m("ar.txt", "e2", "meeting", "2026-01-26", "MA", ["matviyenko", "errachid"], part_of="e1",
           published="2026-01-27"),
        _m("ru.txt", "e1", "visit", "2026-01-26/2026-02-01", "MA", ["matviyenko"], published="2026-02-04"),
        _m("ru.txt", "e2", "meeting", "2026-01-28/2026-02-04", "MA", ["matviyenko", "errachid"], part_of="e1",
           published="2026-02-04"),
    ]


def test_an_undated_part_of_a_visit_links_to_the_part_another_article_dates() -> None:
    for perm in itertools.permutations(_visit_told_twice()):
        events = build_events("KZ-MA", list(perm))
        assert _groups(events) == {frozenset({"ar.txt#e1", "ru.txt#e1"}), frozenset({"ar.txt#e2", "ru.txt#e2"})}
        meeting = next(e for e in events if e.type == "meeting")
        assert meeting.when == "2026-01-26"   # the date a source gives, not the month default


def test_undated_parts_of_two_different_visits_stay_apart() -> None:
    records = _visit_told_twice()
    records[2] = _m("ru.txt", "e1", "visit", "2025-05", "MA", ["matviyenko"], published="2026-02-04")
    events = build_events("KZ-MA", records)
    assert len([e for e in events if e.type == "meeting"]) == 2


def test_an_undated_invitation_to_one_country_told_twice_within_a_month_is_one() -> None:
    a = _m("kk.txt", "e5", "proposal", None, "TM", published="2026-03-03")
    b = _m("ru.txt", "e7", "proposal", None, "TM", published="2026-03-05")
    far = _m("en.txt", "e2", "proposal", None, "TM", published="2026-09-01")
    other = _m("fr.txt", "e3", "proposal", None, "KZ", published="2026-03-04")
    assert _groups(build_events("KZ-TM", [a, b, far, other])) == {
        frozenset({"kk.txt#e5", "ru.txt#e7"}), frozenset({"en.txt#e2"}), frozenset({"fr.txt#e3"})}


def test_within_one_visit_a_document_without_topics_links_to_one_with_them() -> None:
    records = [
        _m("fr.txt", "e1", "visit", "2026-04-14", "MA", ["albares"], published="2026-04-15"),
        _m("fr.txt", "e4", "agreement", "2026-04-14", "MA", topics=["mobility"], part_of="e1", published="2026-04-15"),
        _m("ar.txt", "e1", "visit", "2026-04-14", "MA", ["albares"], published="2026-04-15"),
        _m("ar.txt", "e3", "agreement", "2026-04/2026-04-15", "MA", part_of="e1", published="2026-04-15"),
    ]
    assert frozenset({"fr.txt#e4", "ar.txt#e3"}) in _groups(build_events("ES-MA", records))


def test_reports_of_one_visit_dated_by_its_first_and_last_days_are_one() -> None:
    # published on the 20th without a date (the month up to the 20th), and «ended on 21 November»
    a = _m("en.txt", "e1", "visit", "2024-11/2024-11-20", "HU", ["tokayev"], published="2024-11-20")
    b = _m("ru.txt", "e1", "visit", "2024-11-21", "HU", ["tokayev"], published="2024-11-21")
    c = _m("kk.txt", "e1", "visit", "2024-11-19", "HU", ["tokayev"], published="2024-11-19")
    other = _m("fr.txt", "e1", "visit", "2024-11-30", "HU", ["orban"], published="2024-11-30")
    for perm in itertools.permutations([a, b, c, other]):
        assert _groups(build_events("HU-KZ", list(perm))) == {
            frozenset({"en.txt#e1", "ru.txt#e1", "kk.txt#e1"}), frozenset({"fr.txt#e1"})}


def test_a_report_naming_no_visitor_joins_the_visit_to_its_host_a_few_days_off() -> None:
    # «the state visit of the South Korean president» dated by its talks, the arrival dated by others
    arrival = _m("en.txt", "e1", "visit", "2024-06-11", "KZ", ["yoon"], published="2024-06-11")
    talks_day = _m("ru.txt", "e1", "visit", "2024-06-12", "KZ", [], published="2024-06-12")
    elsewhere = _m("fr.txt", "e1", "visit", "2024-06-13", "UZ", [], published="2024-06-13")
    later = _m("ar.txt", "e1", "visit", "2024-06-20", "KZ", [], published="2024-06-20")
    for perm in itertools.permutations([arrival, talks_day, elsewhere, later]):
        assert _groups(build_events("KR-KZ", list(perm))) == {
            frozenset({"en.txt#e1", "ru.txt#e1"}), frozenset({"fr.txt#e1"}), frozenset({"ar.txt#e1"})}


def test_a_signing_dated_a_day_apart_by_two_outlets_is_one_with_the_later_day() -> None:
    # one outlet dates the signing by its dateline, the other (publishing the next morning) by the day after
    fr = _m("fr.txt", "e1", "agreement", "2026-01-26", "MA", lang="fr", published="2026-01-26")
    ar = _m("ar.txt", "e1", "agreement", "2026-01-27", None, lang="ar", published="2026-01-28")
    events = build_events("MA-SN", [fr, ar])
    assert _groups(events) == {frozenset({"fr.txt#e1", "ar.txt#e1"})}
    assert events[0].when == "2026-01-27"


def test_meetings_a_day_apart_with_different_people_stay_apart() -> None:
    a = _m("a.txt", "e1", "meeting", "2025-03-03", "KZ", ["kz-koshanov", "bh-musallam"])
    b = _m("b.txt", "e1", "meeting", "2025-03-04", "KZ", ["kz-tokayev", "bh-king"])
    assert len(build_events("BH-KZ", [a, b])) == 2


def test_meetings_two_days_apart_stay_apart() -> None:
    a = _m("a.txt", "e1", "meeting", "2025-03-03", "KZ")
    b = _m("b.txt", "e1", "meeting", "2025-03-05", "KZ")
    assert len(build_events("BH-KZ", [a, b])) == 2


def test_the_date_most_sources_give_wins_over_a_day_off() -> None:
    recs = [_m(f"{d}.txt", "e1", "meeting", "2026-02-10", "BH", ["kz-koshanov"]) for d in ("a", "b")]
    recs.append(_m("c.txt", "e1", "meeting", "2026-02-09", "BH", ["kz-koshanov"]))
    events = build_events("BH-KZ", recs)
    assert len(events) == 1 and events[0].when == "2026-02-10"


def test_an_undated_report_of_talks_joins_the_talks_another_outlet_dates_and_names() -> None:
    # «Тоқаев Тяньцзиньде Си Цзиньпинмен келіссөз жүргізді» without a date and without resolved people,
    # and the dated report naming both leaders: the undated report gives no date to clash with
    dated = _m("en.txt", "e1", "meeting", "2025-08-30", "CN", ["kz-tokayev", "cn-xi"], published="2025-08-30")
    undated = _m("kk.txt", "e1", "meeting", "2025-08/2025-08-31", None, lang="kk", published="2025-08-31")
    assert _groups(build_events("CN-KZ", [dated, undated])) == {frozenset({"en.txt#e1", "kk.txt#e1"})}


def test_a_dated_meeting_without_people_and_a_named_one_of_another_week_stay_apart() -> None:
    named = _m("en.txt", "e1", "meeting", "2025-08-30", "CN", ["kz-tokayev", "cn-xi"], published="2025-08-30")
    other = _m("ru.txt", "e1", "meeting", "2025-08-18/2025-08-24", "CN", lang="ru", published="2025-08-25")
    assert len(build_events("CN-KZ", [named, other])) == 2


def _talks_in_two_directions() -> list[MentionRecord]:
    """One round of talks: two outlets place it in the guest's visit to Moscow, a third (wrongly) in
    Dubai, inside a visit of the other direction."""
    return [
        _m("ar.txt", "e1", "visit", "2026-01-29", "RU", ["ae-mbz"], lang="ar", published="2026-01-29"),
        _m("ar.txt", "e2", "meeting", "2026-01-29", "RU", ["ru-putin", "ae-mbz"], part_of="e1", lang="ar",
           published="2026-01-29"),
        _m("ru.txt", "e1", "visit", "2026-01/2026-01-29", "RU", ["ae-mbz"], lang="ru", published="2026-01-29"),
        _m("ru.txt", "e2", "meeting", "2026-01-29", "RU", ["ae-mbz", "ru-putin"], part_of="e1", lang="ru",
           published="2026-01-29"),
        _m("en.txt", "e1", "visit", "2026-01-29", "AE", ["ru-putin"], published="2026-01-29"),
        _m("en.txt", "e2", "meeting", "2026-01-29", "AE", ["ae-mbz", "ru-putin"], part_of="e1",
           published="2026-01-29"),
    ]


def test_talks_of_the_same_two_leaders_on_one_day_are_one_whatever_host_an_outlet_gives() -> None:
    for perm in itertools.permutations(_talks_in_two_directions()):
        events = build_events("AE-RU", list(perm))
        groups = _groups(events)
        assert frozenset({"ar.txt#e2", "ru.txt#e2", "en.txt#e2"}) in groups
        # the visits stay as they were told: the two directions are not merged
        assert frozenset({"en.txt#e1"}) in groups
        talks = next(e for e in events if e.type == "meeting")
        visit = next(e for e in events if e.type == "visit" and len(e.mentions) == 2)
        # its visit is the one most of its sources place it in
        assert talks.part_of == visit.id and talks.host == "RU"


def test_talks_of_the_same_two_leaders_in_another_week_or_month_stay_apart() -> None:
    moscow = _m("ru.txt", "e1", "meeting", "2026-01-29", "RU", ["ae-mbz", "ru-putin"], lang="ru")
    dubai = _m("en.txt", "e1", "meeting", "2026-02-09", "AE", ["ae-mbz", "ru-putin"])
    # an undated news report of a meeting in the other capital: its month gives no day to be sure of
    undated = _m("ar.txt", "e1", "meeting", "2026-01/2026-01-29", "AE", ["ae-mbz", "ru-putin"], lang="ar",
                 published="2026-01-29")
    assert len(build_events("AE-RU", [moscow, dubai, undated])) == 3


def test_talks_sharing_one_person_keep_the_host_veto() -> None:
    a = _m("fr.txt", "e1", "meeting", "2025-12-18", "JP", ["kz-tokayev", "jp-naruhito"], lang="fr")
    b = _m("kk.txt", "e1", "meeting", "2025-12-18", "KZ", ["kz-tokayev", "jp-takaichi"], lang="kk")
    assert len(build_events("JP-KZ", [a, b])) == 2


def test_a_welcome_ceremony_leaves_the_talks_to_the_mention_naming_the_counterpart() -> None:
    # «Состоялась торжественная церемония встречи президента Казахстана» (the president alone) comes
    # first in its article; «…встретил президент Эмманюэль Макрон» names both sides, as the other outlet does
    records = [
        _m("fr.txt", "e1", "visit", "2024-11-04", "FR", ["kz-tokayev"], lang="fr", published="2024-11-05"),
        _m("fr.txt", "e2", "meeting", "2024-11-04", "FR", ["kz-tokayev", "fr-macron"], part_of="e1", lang="fr",
           published="2024-11-05"),
        _m("ru.txt", "e1", "visit", "2024-11-04", "FR", ["kz-tokayev"], lang="ru", published="2024-11-05"),
        _m("ru.txt", "e2", "meeting", "2024-11-04", "FR", ["kz-tokayev"], part_of="e1", lang="ru",
           published="2024-11-05"),
        _m("ru.txt", "e3", "meeting", "2024-11-04", "FR", ["kz-tokayev", "fr-macron"], part_of="e1", lang="ru",
           published="2024-11-05"),
    ]
    for perm in itertools.permutations(records):
        groups = _groups(build_events("FR-KZ", list(perm)))
        assert frozenset({"fr.txt#e2", "ru.txt#e3"}) in groups and frozenset({"ru.txt#e2"}) in groups


def test_a_mention_alone_in_its_article_still_joins_with_fewer_names() -> None:
    records = [
        _m("fr.txt", "e1", "meeting", "2024-11-04", "FR", ["kz-tokayev", "fr-macron"], lang="fr"),
        _m("ru.txt", "e1", "meeting", "2024-11-04", "FR", ["kz-tokayev"], lang="ru"),
        # a sibling naming more of the cluster but that cannot join it (another day) does not hold it back
        _m("ru.txt", "e2", "meeting", "2024-11-12", "FR", ["kz-tokayev", "fr-macron"], lang="ru"),
    ]
    assert frozenset({"fr.txt#e1", "ru.txt#e1"}) in _groups(build_events("FR-KZ", records))


def test_two_meetings_of_one_delegation_on_one_day_stay_apart() -> None:
    # the Speaker and his deputy sit in both; the counterparts differ
    records = []
    for doc, lang in (("ru.txt", "ru"), ("ar.txt", "ar")):
        records.append(_m(doc, "e1", "visit", "2025-05-20", "EG", ["kz-koshanov", "kz-deputy"], lang=lang))
    records += [
        _m("ru.txt", "e2", "meeting", "2025-05-20", "EG", ["kz-koshanov", "kz-deputy", "eg-gebaly"], part_of="e1",
           lang="ru"),
        _m("ar.txt", "e2", "meeting", "2025-05-20", "KZ", ["kz-koshanov", "kz-deputy", "eg-madbouly"], part_of="e1",
           lang="ar"),
    ]
    assert len([e for e in build_events("EG-KZ", records) if e.type == "meeting"]) == 2


def test_a_visit_whose_visitor_the_registry_does_not_know_joins_the_visit_to_its_host() -> None:
    # «Мемлекет басшысы Масуд Пезешкианды қарсы алды» (kk: a name form the registry could not place)
    # and «استقبل الرئيس توكاييف نظيره الإيراني مسعود بزشكيان» (ar: the known visitor), one visit to KZ
    kk = _m("kk.txt", "e1", "visit", "2025-12/2025-12-11", "KZ", ["prov-3f0a1b2c3d4e"], lang="kk",
            published="2025-12-11")
    ar = _m("ar.txt", "e1", "visit", "2025-12-10/2025-12-11", "KZ", ["ir-pezeshkian"], lang="ar",
            published="2025-12-11")
    ru = _m("ru.txt", "e1", "visit", "2025-12-10", "KZ", ["ir-pezeshkian"], lang="ru", published="2025-12-10")
    events = build_events("IR-KZ", [kk, ar, ru])
    assert _groups(events) == {frozenset({"kk.txt#e1", "ar.txt#e1", "ru.txt#e1"})}
    # the visitor most reports name stays; the unplaced minority name is left out
    assert events[0].people == ["ir-pezeshkian"]


def test_two_unplaced_name_forms_of_one_visitor_are_one_visit_in_any_order() -> None:
    # «Mike Pompeo has arrived in Nur-Sultan» / «Michael Pompeo will visit Nur-Sultan on February 1-2»
    # / «Майк Помпео прибыл в Нур-Султан»
    records = [
        _m("en1.txt", "e1", "visit", "2020-02-01/2020-02-02", "KZ", ["prov-000000000a01", "prov-000000000a02"],
           published="2020-01-25"),
        _m("en2.txt", "e1", "visit", "2020-02-01", "KZ", ["prov-000000000b01"], published="2020-02-02"),
        _m("ru.txt", "e1", "visit", "2020-02-01/2020-02-02", "KZ", ["prov-000000000b01"], lang="ru",
           published="2020-02-02"),
    ]
    outputs = set()
    for perm in itertools.permutations(records):
        events = build_events("KZ-US", list(perm))
        outputs.add(tuple((e.id, tuple(e.people), tuple(sorted(m.doc for m in e.mentions))) for e in events))
    assert len(outputs) == 1
    (only,) = outputs
    assert len(only) == 1 and only[0][1] == ("prov-000000000b01",)


def test_unplaced_visitors_join_across_a_report_naming_no_host_and_a_day_past_the_dates() -> None:
    # «Le Premier ministre Lars Vinter effectuera une visite au Kazakhstan du 3 au 5 juin» (fr, announced),
    # «Визит премьера Винтера ожидается в июне» (ru: no host read), «Ларс Винтер прибыл в Астану» (ru, the
    # report of the first days) and «Prime Minister Vinter wrapped up his visit to Astana on June 6» (en):
    # names the registry does not place, written differently in each script; one visit in any order
    records = [
        _m("fr.txt", "e1", "visit", "2031-06-03/2031-06-05", "KZ", ["prov-00000000d001"], lang="fr",
           published="2031-05-20"),
        _m("ru1.txt", "e1", "visit", "2031-05-20/..", None, [], lang="ru", published="2031-05-20"),
        _m("ru2.txt", "e1", "visit", "2031-06/2031-06-04", "KZ", ["prov-00000000d002"], lang="ru",
           published="2031-06-04"),
        _m("en.txt", "e1", "visit", "2031-06-06", "KZ", ["prov-00000000d003"], published="2031-06-06"),
    ]
    outputs = set()
    for perm in itertools.permutations(records):
        outputs.add(frozenset(_groups(build_events("DK-KZ", list(perm)))))
    assert outputs == {frozenset({frozenset({"fr.txt#e1", "ru1.txt#e1", "ru2.txt#e1", "en.txt#e1"})})}
    # a week past the dates is another trip, and an unplaced name by itself does not cross the slack
    later = _m("ar.txt", "e1", "visit", "2031-06-12", "KZ", ["prov-00000000d004"], lang="ar", published="2031-06-12")
    assert len(build_events("DK-KZ", [records[0], later])) == 2


def test_known_visitors_or_hosts_that_differ_still_keep_visits_apart() -> None:
    # «Le ministre Nurtleu est arrivé à Rabat» and «وصل كوشانوف إلى الرباط»: two known visitors, two visits
    fr = _m("fr.txt", "e1", "visit", "2025-11/2025-11-20", "MA", ["kz-nurtleu"], lang="fr")
    ar = _m("ar.txt", "e1", "visit", "2025-11/2025-11-25", "MA", ["kz-koshanov"], lang="ar")
    assert len(build_events("KZ-MA", [fr, ar])) == 2
    # an unplaced name does not join a visit to the other country
    ru = _m("ru.txt", "e1", "visit", "2025-11/2025-11-25", "KZ", ["prov-000000000c01"], lang="ru")
    assert len(build_events("KZ-MA", [fr, ru])) == 2


def test_talks_with_one_counterpart_join_the_talks_seating_no_other() -> None:
    """«met the Prime Minister and the President» told as one meeting beside the President's own: a report of
    the talks with the President alone (in Russian, in Kazakh) joins the one seating no other counterpart,
    in any order."""
    records = [_m(doc, "e1", "visit", "2025-04-24", "KZ", ["cz-fiala"], lang=lang)
               for doc, lang in (("en.txt", "en"), ("ru.txt", "ru"), ("kk.txt", "kk"))]
    records += [
        _m("en.txt", "e2", "meeting", "2025-04-24", "KZ", ["cz-fiala", "kz-smailov", "kz-tokayev"], part_of="e1"),
        _m("en.txt", "e3", "meeting", "2025-04-24", "KZ", ["cz-fiala", "kz-tokayev"], part_of="e1"),
        _m("ru.txt", "e2", "meeting", "2025-04-24", "KZ", ["kz-tokayev", "cz-fiala"], part_of="e1", lang="ru"),
        _m("kk.txt", "e2", "meeting", "2025-04-24", "KZ", ["kz-tokayev", "cz-fiala"], part_of="e1", lang="kk"),
    ]
    outputs = set()
    for perm in itertools.permutations(records):
        outputs.add(frozenset(g for g in _groups(build_events("CZ-KZ", list(perm))) if "en.txt#e1" not in g))
    assert len(outputs) == 1
    groups = outputs.pop()
    assert frozenset({"en.txt#e3", "ru.txt#e2", "kk.txt#e2"}) in groups
    assert frozenset({"en.txt#e2"}) in groups


def test_ceremonies_at_one_place_named_in_two_scripts_are_one() -> None:
    """A wreath laid in «الرباط» and one laid in «Rabat» the same day, outside any visit the two reports
    share, are one ceremony; one laid in Casablanca is another, in any order."""
    ar = _m("ar.txt", "e1", "ceremony", "2025-06-02", "MA", ["sn-sall"], place="الرباط", lang="ar")
    fr = _m("fr.txt", "e1", "ceremony", "2025-06-02", "MA", ["sn-sall"], place="Rabat", lang="fr")
    ru = _m("ru.txt", "e1", "ceremony", "2025-06-02", "MA", ["sn-sall"], place="Касабланка", lang="ru")
    for perm in itertools.permutations([ar, fr, ru]):
        assert _groups(build_events("MA-SN", list(perm))) == {frozenset({"ar.txt#e1", "fr.txt#e1"}),
                                                              frozenset({"ru.txt#e1"})}



def test_a_report_fitting_two_events_alike_joins_the_one_more_articles_report() -> None:
    # «فيما تصف صحف قطرية الزيارة…» (a second visit one Arabic article made, naming no one) beside its
    # «وصل أمير قطر إلى موسكو»; two more outlets name the emir; «Визит эмира Катара в Москву» names no one
    records = [
        _m("a.txt", "e1", "visit", "2025-04-17", "RU", [], lang="ar", published="2025-04-17"),
        _m("a.txt", "e2", "visit", "2025-04-17", "RU", ["qa-tamim"], lang="ar", published="2025-04-17"),
        _m("b.txt", "e1", "visit", "2025-04-17", "RU", ["qa-tamim"], lang="fr", published="2025-04-17"),
        _m("c.txt", "e1", "visit", "2025-04-17", "RU", ["qa-tamim"], published="2025-04-17"),
        _m("d.txt", "e1", "visit", "2025-04-17", "RU", [], lang="ru", published="2025-04-17"),
    ]
    for perm in itertools.permutations(records):
        assert _groups(build_events("QA-RU", list(perm))) == {
            frozenset({"a.txt#e2", "b.txt#e1", "c.txt#e1", "d.txt#e1"}), frozenset({"a.txt#e1"})}


def test_a_visit_recalled_as_some_months_ago_joins_the_visit_its_reports_date() -> None:
    # «полгода назад Премьер-министр Грузии посетил Казахстан» (October: April, roughly) and the visit
    # «on February 5» the news of the day dated; a visit named by its month keeps its month
    records = [
        _m("en.txt", "e1", "visit", "2025-02-05", "KZ", ["ge-kobakhidze"], published="2025-02-05"),
        _m("ka.txt", "e1", "visit", "2025-02-05/2025-02-06", "KZ", ["ge-kobakhidze"], lang="fr",
           published="2025-02-06"),
        _m("ru.txt", "e1", "visit", "2025-04~", "KZ", ["ge-kobakhidze"], lang="ru", published="2025-10-30"),
    ]
    for perm in itertools.permutations(records):
        events = build_events("GE-KZ", list(perm))
        assert _groups(events) == {frozenset({"en.txt#e1", "ka.txt#e1", "ru.txt#e1"})}
        assert events[0].when == "2025-02-05"   # the reports' day, not the rough month
    named = _m("ru.txt", "e1", "visit", "2025-04", "KZ", ["ge-kobakhidze"], lang="ru", published="2025-10-30")
    assert len(build_events("GE-KZ", records[:2] + [named])) == 2


def test_a_visit_announced_by_its_first_day_ends_by_the_first_report_that_tells_it_undated() -> None:
    # «The Speaker will travel to Kazakhstan on 25 August» (published the 19th), «Председатель парламента
    # прибудет в Нур-Султан 25 августа» (the 23rd), then undated news of his talks there (the 27th and 28th)
    announced = _m("en.txt", "e1", "visit", "2021-08-25/..", "KZ", ["aebi"], published="2021-08-19")
    expected = _m("ru.txt", "e1", "visit", "2021-08-25/..", "KZ", ["aebi"], lang="ru", published="2021-08-23")
    talks = _m("kk.txt", "e1", "visit", "2021-08/2021-08-27", "KZ", ["aebi"], lang="kk", published="2021-08-27")
    later = _m("fr.txt", "e1", "visit", "2021-08/2021-08-28", "KZ", ["aebi"], lang="fr", published="2021-08-28")
    for perm in itertools.permutations([announced, expected, talks, later]):
        events = build_events("CH-KZ", list(perm))
        assert len(events) == 1 and events[0].when == "2021-08-25/2021-08-27"


def test_an_open_start_keeps_its_open_end_without_an_undated_report_after_it() -> None:
    # «Лавров прибудет в Амман 4 ноября» and «وصل لافروف إلى عمان» dated the same: no report tells it over
    ru = _m("ru.txt", "e1", "visit", "2022-11-04/..", "JO", ["lavrov"], lang="ru", published="2022-11-02")
    ar = _m("ar.txt", "e1", "visit", "2022-11-04/..", "JO", ["lavrov"], lang="ar", published="2022-11-04")
    early = _m("fr.txt", "e1", "visit", "2022-11/2022-11-02", "JO", ["lavrov"], lang="fr", published="2022-11-02")
    for perm in itertools.permutations([ru, ar, early]):
        whens = {e.when for e in build_events("JO-RU", list(perm)) if len(e.mentions) > 1}
        assert "2022-11-04/.." in whens

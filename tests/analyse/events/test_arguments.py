"""The argument passes of the event stage, each alone on one candidate (events/arguments.py)."""
from __future__ import annotations

from datetime import date

from accord.analyse.events.arguments import ARGUMENT_PASSES, anchored_pass, fill, orgs_pass
from accord.analyse.events.article import Article, Candidate, Context
from accord.analyse.events.dates import date_pass
from accord.analyse.events.hosts import host_pass
from accord.analyse.events.participants import participants_pass
from accord.analyse.events.places import place_pass
from accord.analyse.events.sides import sides_pass
from accord.analyse.events.triggers import find_candidates
from accord.analyse.pipeline import analyse
from accord.model import Document

PUBLISHED = "2025-01-16"

RU_VISIT = (
    "Президент России Владимир Путин 15 января провёл в Кремле переговоры с президентом Ирана "
    "Масудом Пезешкианом, который находится в Москве с официальным визитом.\n"
    "Стороны обсудили торговлю, энергетику и транспорт."
)
FR_RECEPTION = (
    "Le président de la République Kaïs Saïed a reçu, mardi au palais de Carthage, la présidente du "
    "Conseil des ministres italien, Giorgia Meloni, en visite de travail en Tunisie.\n"
    "Les deux parties ont évoqué la coopération économique et la migration.\n"
    "À l'issue des entretiens, les deux ministres ont signé un mémorandum d'entente dans le domaine de l'énergie."
)


def _article(text: str, lang: str) -> Article:
    r = analyse(Document(doc="t.txt", text=text, lang=lang, published=PUBLISHED))
    return Article(Context(text=text, lang=lang, published=date.fromisoformat(PUBLISHED), sentences=r.sentences,
                           times=r.times, countries=r.countries, orgs=r.orgs, places=r.places, people=r.people,
                           person_mentions=r.person_mentions, pair=r.pair))


def _candidate(art: Article, etype: str) -> tuple[Candidate, list[Candidate]]:
    cands = find_candidates(art)
    return next(c for c in cands if c.type == etype), cands


def _name(art: Article, pid: str) -> str:
    return art.person[pid].name


def test_the_argument_passes_are_one_per_concern_in_a_fixed_order() -> None:
    assert [p.name for p in ARGUMENT_PASSES] == ["date", "orgs", "sides", "place", "host", "participants", "anchored"]
    assert all(p.reads and p.writes and p.summary for p in ARGUMENT_PASSES)


def test_date_pass_dates_talks_by_the_day_of_their_sentence() -> None:
    art = _article(RU_VISIT, "ru")
    meeting, cands = _candidate(art, "meeting")
    date_pass(art, meeting, cands)
    assert meeting.when == "2025-01-15" and not meeting.recalled
    assert meeting.people == [] and meeting.host is None      # the date pass writes the date only


def test_date_pass_gives_a_signing_the_day_of_the_talks_it_concluded() -> None:
    art = _article(FR_RECEPTION, "fr")
    cands = find_candidates(art)
    for c in cands:
        date_pass(art, c, cands)
    meeting = next(c for c in cands if c.type == "meeting")
    signing = next(c for c in cands if c.type == "agreement")
    assert meeting.when == "2025-01-14"                       # «mardi» before 16 January 2025
    assert signing.when == meeting.when                       # «À l'issue des entretiens … ont signé»


def test_sides_pass_finds_a_visit_destination_and_visitor() -> None:
    art = _article(RU_VISIT, "ru")
    visit, cands = _candidate(art, "visit")
    sides_pass(art, visit, cands)
    assert (visit.host, visit.visitor) == ("RU", "IR")
    assert visit.place is None                                # the city is the place pass's


def test_place_pass_takes_the_visit_city_of_the_host_country() -> None:
    art = _article(RU_VISIT, "ru")
    visit, cands = _candidate(art, "visit")
    sides_pass(art, visit, cands)
    place_pass(art, visit, cands)
    assert visit.place is not None and visit.place.name == "Москва"


def test_place_and_host_passes_put_talks_in_a_building_of_the_host() -> None:
    art = _article(RU_VISIT, "ru")
    meeting, cands = _candidate(art, "meeting")
    place_pass(art, meeting, cands)
    assert meeting.place is not None and meeting.place.kind == "building" and meeting.host is None
    host_pass(art, meeting, cands)
    assert meeting.host == "RU"


def test_host_pass_tells_the_host_by_who_received_whom() -> None:
    art = _article(FR_RECEPTION, "fr")
    meeting, cands = _candidate(art, "meeting")
    host_pass(art, meeting, cands)                            # no place yet: the reception alone
    assert meeting.host == "TN"


def test_participants_pass_names_the_people_of_the_talks() -> None:
    art = _article(RU_VISIT, "ru")
    meeting, cands = _candidate(art, "meeting")
    participants_pass(art, meeting, cands)
    assert [_name(art, p) for p in meeting.people] == ["Владимир Путин", "Масуд Пезешкиан"]


def test_participants_pass_leaves_the_host_out_of_a_visit() -> None:
    art = _article(RU_VISIT, "ru")
    visit, cands = _candidate(art, "visit")
    sides_pass(art, visit, cands)
    participants_pass(art, visit, cands)
    assert [_name(art, p) for p in visit.people] == ["Масуд Пезешкиан"]


def test_orgs_pass_gives_the_institutions_of_the_sentence() -> None:
    art = _article("Председатель Государственной думы Вячеслав Володин провёл переговоры с председателем "
                   "Меджлиса Исламской Республики Иран Мохаммадом Багером Галибафом.", "ru")
    meeting, cands = _candidate(art, "meeting")
    orgs_pass(art, meeting, cands)
    assert "RU:lower_chamber" in meeting.orgs


def test_anchored_pass_tells_bare_talks_from_talks_that_stand_alone() -> None:
    art = _article(RU_VISIT, "ru")
    meeting, cands = _candidate(art, "meeting")
    date_pass(art, meeting, cands)
    anchored_pass(art, meeting, cands)
    assert meeting.anchored                                   # it has its own date
    bare = Candidate("meeting", 1, art.ctx.sentences[1].start, art.ctx.sentences[1].start + 7, "Стороны")
    anchored_pass(art, bare, [bare])
    assert not bare.anchored                                  # no date, no one, no institution


def test_fill_runs_every_argument_pass_in_order() -> None:
    art = _article(RU_VISIT, "ru")
    cands = find_candidates(art)
    fill(art, cands)
    visit = next(c for c in cands if c.type == "visit")
    meeting = next(c for c in cands if c.type == "meeting")
    assert (visit.host, visit.place.name if visit.place else None) == ("RU", "Москва")
    assert meeting.anchored and meeting.host == "RU" and len(meeting.people) == 2

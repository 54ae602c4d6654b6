"""The passes of the people stage, each run alone (people/pipeline.py)."""
from __future__ import annotations

from accord.analyse.countries import find_countries
from accord.analyse.institutions import find_orgs
from accord.analyse.people import PEOPLE_PASSES
from accord.analyse.people.pipeline import PeopleState
from accord.analyse.people.reader import PeopleText
from accord.analyse.places import find_places
from accord.analyse.resources import Resources


def _state(text: str, lang: str, until: str) -> PeopleState:
    """The people stage's state just before the pass `until`."""
    countries = find_countries(text, lang)
    st = PeopleState(PeopleText(text, lang, countries, find_orgs(text, lang, countries), find_places(text, lang),
                                Resources.default()))
    for p in PEOPLE_PASSES:
        if p.name == until:
            return st
        p.run(st)
    raise AssertionError(f"no pass {until!r}")


def _run(st: PeopleState, name: str) -> None:
    next(p for p in PEOPLE_PASSES if p.name == name).run(st)


def _names(st: PeopleState) -> list[str]:
    return [m.name for m in sorted(st.mentions, key=lambda m: m.start)]


def test_the_people_passes_run_titles_first_and_clean_up_last() -> None:
    assert [p.name for p in PEOPLE_PASSES] == ["titles", "name_shapes", "registry", "ner", "headlines",
                                              "adjacent_names", "known_name_ends", "surname_runs", "surnames", "heads_by_surname",
                                                  "titles_alone"]
    assert all(p.reads and p.writes and p.summary for p in PEOPLE_PASSES)


def test_titles_pass_reads_role_institution_and_country_from_the_title() -> None:
    st = _state("Председатель Мажилиса Парламента Казахстана Ерлан Кошанов провёл встречу с послом.", "ru", "titles")
    _run(st, "titles")
    (m,) = st.mentions
    assert (m.name, m.role, m.country) == ("Ерлан Кошанов", "speaker", "KZ")
    assert st.taken == [(m.start, m.end)]


def test_name_shapes_pass_finds_a_name_without_a_title_by_its_capitals() -> None:
    st = _state("Chad Smith, a U.S. analyst, said the visit signalled closer ties between Tunisia and Italy.",
                "en", "name_shapes")
    assert st.mentions == []
    _run(st, "name_shapes")
    assert _names(st) == ["Chad Smith"] and st.mentions[0].role is None


def test_name_shapes_pass_finds_an_arabic_name_by_its_given_name() -> None:
    st = _state("وقال محمد بن عبد الرحمن إن البلدين يعملان على تعزيز التعاون.", "ar", "name_shapes")
    _run(st, "name_shapes")
    assert len(st.mentions) == 1 and st.mentions[0].text.startswith("محمد")


def test_registry_pass_finds_the_officials_it_knows_by_their_full_names() -> None:
    text = "Абдельмаджид Теббуном и Сироджиддин Мухриддин обсудили сотрудничество."
    st = _state(text, "ru", "titles")          # nothing found yet: the registry pass alone
    _run(st, "registry")
    assert [m.text for m in st.mentions] == ["Абдельмаджид Теббуном", "Сироджиддин Мухриддин"]


def test_registry_pass_leaves_a_name_another_pass_took() -> None:
    text = "Абдельмаджид Теббун принял делегацию."
    st = _state(text, "ru", "registry")
    taken = list(st.mentions)
    _run(st, "registry")
    assert st.mentions == taken and len(taken) == 1


def test_surnames_pass_finds_a_surname_alone_after_the_full_name() -> None:
    text = ("Turkish Foreign Minister Hakan Fidan met his Tunisian counterpart Mohamed Ali Nafti in Ankara.\n"
            "Nafti thanked Fidan for the invitation.")
    st = _state(text, "en", "surnames")
    assert _names(st) == ["Hakan Fidan", "Mohamed Ali Nafti"]
    _run(st, "surnames")
    assert _names(st) == ["Hakan Fidan", "Mohamed Ali Nafti", "Nafti", "Fidan"]


def test_headlines_pass_keeps_a_headline_name_only_as_far_as_the_body_confirms_it() -> None:
    text = ("Hungarian Minister Peter Szijjarto Visits Astana Tuesday\n"
            "Hungarian Foreign Minister Peter Szijjarto arrived in Astana on Tuesday for talks.")
    st = _state(text, "en", "headlines")
    in_headline = [m for m in st.mentions if m.start < text.index("\n")]
    _run(st, "headlines")
    kept = [m for m in st.mentions if m.start < text.index("\n")]
    assert all(m.name == "Peter Szijjarto" for m in kept)
    assert len(in_headline) >= len(kept)


def test_titles_alone_pass_names_the_holder_of_a_post_given_before() -> None:
    text = ("Президент Казахстана Касым-Жомарт Токаев принял министра иностранных дел Венгрии Петера Сийярто.\n"
            "Президент Казахстана отметил высокий уровень отношений.")
    st = _state(text, "ru", "titles_alone")
    _run(st, "titles_alone")
    alone = [m for m in st.mentions if m.start > text.index("\n")]
    assert [(m.name, m.role) for m in alone] == [("Касым-Жомарт Токаев", "president")]

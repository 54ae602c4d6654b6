"""The people stage of one article, as the ordered list of its passes.

Rules, not a model (no Arabic NER ships offline; natasha's Russian NER costs ~0.1 s an article
and leaves names inflected). Titles first, since a title says the most (role, institution,
country); then names by their shape, the registry's known names, the optional NER; then the
clean-up passes, and last the lone surnames and bare titles that point back at a name found.
Each pass adds to or corrects `mentions`; `taken` holds the spans later passes must not reuse.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from accord.analyse.passes import Pass, Snapshot, Trace, run
from accord.analyse.people.cleanup import (confirm_headlines, known_name_ends, split_adjacent_names, surname_runs,
                                           surnames)
from accord.analyse.people.gazetteer import heads_by_surname, known_names
from accord.analyse.people.ner import ner
from accord.analyse.people.reader import PeopleText
from accord.analyse.people.shapes import untitled
from accord.analyse.people.titles import titled, titles_alone
from accord.analyse.places import find_places
from accord.analyse.resources import Resources
from accord.model import CountryMention, OrgMention, PersonMention, PlaceMention


@dataclass
class PeopleState:
    """The article as the people passes read it, the mentions found so far, and the spans the name
    passes have taken (the registry's names do not take theirs: NER may still find a name there)."""

    text: PeopleText
    ner: bool = False
    mentions: list[PersonMention] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)

    def snapshot(self) -> Snapshot:
        return {id(m): (f"@{m.start} «{m.text}»", {"name": m.name, "role": m.role, "org": m.org,
                                                    "country": m.country, "title": m.title})
                for m in self.mentions}


def titles_pass(st: PeopleState) -> None:
    """Names introduced by a title, and a title in apposition after them («X, председатель Мажилиса»)."""
    st.mentions = titled(st.text)
    for m in st.mentions:
        st.text.apposition(m)
    st.taken = [(m.start, m.end) for m in st.mentions]


def name_shapes_pass(st: PeopleState) -> None:
    """Names without a title, by their shape in the script (see shapes.py), with their apposition."""
    for m in untitled(st.text, st.taken):
        st.text.apposition(m)
        st.mentions.append(m)


def registry_pass(st: PeopleState) -> None:
    """The registry's officials named in full where no name was found."""
    for span in known_names(st.text.text, st.text.lang, st.text.resources):
        if not any(a < span[1] and span[0] < b for a, b in st.taken + [(m.start, m.end) for m in st.mentions]):
            st.mentions.append(st.text.mention(span, None))


def ner_pass(st: PeopleState) -> None:
    """Russian names natasha's NER finds that the rules missed (only when asked for)."""
    if st.ner and st.text.lang == "ru":
        st.mentions += ner(st.text, st.taken)


def headlines_pass(st: PeopleState) -> None:
    """Names in Title Case headlines, cut to what the body confirms."""
    st.mentions = confirm_headlines(st.text, st.mentions)


def adjacent_names_pass(st: PeopleState) -> None:
    """Two names that a run of capitals joined, split."""
    st.mentions = split_adjacent_names(st.text, st.mentions)
    st.taken = [(m.start, m.end) for m in st.mentions]


def known_name_ends_pass(st: PeopleState) -> None:
    """A run of words that went past a name found elsewhere or known, cut where that name ends."""
    st.mentions = known_name_ends(st.text, st.mentions)
    st.taken = [(m.start, m.end) for m in st.mentions]


def surname_runs_pass(st: PeopleState) -> None:
    """A run of words holding a surname of one full name found and words not of that name, cut to the surname."""
    st.mentions = surname_runs(st.text, st.mentions)
    st.taken = [(m.start, m.end) for m in st.mentions]


def surnames_pass(st: PeopleState) -> None:
    """A surname of one name found, standing alone («Fidan said», «Кошанова»)."""
    st.mentions += surnames(st.text, st.mentions, st.taken)


def heads_by_surname_pass(st: PeopleState) -> None:
    """A head of state or government the registry knows, named by the surname alone («ووصل ماكرون»,
    «M. Xi»)."""
    st.mentions = heads_by_surname(st.text, st.mentions, st.taken)


def titles_alone_pass(st: PeopleState) -> None:
    """A bare title of a post one person holds, naming the holder given before."""
    st.mentions += titles_alone(st.text, st.mentions)


PEOPLE_PASSES: tuple[Pass[PeopleState], ...] = (
    Pass("titles", titles_pass, ("titles.toml titles, roles, names", "institutions.toml connectors",
                                 "countries", "institutions"), ("mentions", "role", "org", "country")),
    Pass("name_shapes", name_shapes_pass, ("titles.toml names (given, stop, particles)", "orthography", "places"),
         ("mentions",)),
    Pass("registry", registry_pass, ("registry (resources)", "orthography spellings and clitics"), ("mentions",)),
    Pass("ner", ner_pass, ("natasha NER (ru, when asked)",), ("mentions",)),
    Pass("headlines", headlines_pass, ("mentions in Title Case lines", "the body's names"), ("mentions",)),
    Pass("adjacent_names", adjacent_names_pass, ("full names found",), ("mentions",)),
    Pass("known_name_ends", known_name_ends_pass, ("full names found", "registry (resources)", "particles"),
         ("mentions",)),
    Pass("surname_runs", surname_runs_pass, ("full names found", "titles.toml given names, particles", "registry"),
         ("mentions",)),
    Pass("surnames", surnames_pass, ("full names found", "titles.toml subject_verbs"), ("mentions",)),
    Pass("heads_by_surname", heads_by_surname_pass, ("registry (resources) heads", "lang/roles.toml named_by_surname",
                                                     "countries", "titles.toml subject_verbs"), ("mentions",)),
    Pass("titles_alone", titles_alone_pass, ("titles", "titles.toml home_country", "mentions"), ("mentions",)),
)


def find_people(text: str, lang: str, countries: list[CountryMention],
                orgs: list[OrgMention], ner: bool = False, *, places: list[PlaceMention] | None = None,
                resources: Resources | None = None, trace: Trace | None = None) -> list[PersonMention]:
    """Person mentions in `text`, each with its lemmatised name, role, institution and country.

    `ner=True` adds, for Russian, the persons natasha's NER finds that the rules
    missed (a lone surname, a name made of dictionary words). It costs ~0.7 s to
    load and ~6 ms per 800 characters (~60 ms for a 5,000-character page), against
    ~1.5 ms (~13 ms) for the whole rule-based actor pass, so it is off by default.
    `places`: the article's places when the caller found them already; `resources`: the registry
    whose officials are found by name (default: the seed registry).
    """
    places = find_places(text, lang) if places is None else places
    resources = resources if resources is not None else Resources.default()
    state = PeopleState(PeopleText(text, lang, countries, orgs, places, resources), ner)
    if trace is not None:
        trace.keep(state)    # the mentions a pass replaces stay alive: their ids are not reused
    run(PEOPLE_PASSES, state, stage="people", trace=trace,
        snapshot=lambda st: _kept(st, trace))
    return sorted(state.mentions, key=lambda m: m.start)


def _kept(st: PeopleState, trace: Trace | None) -> Snapshot:
    if trace is not None:
        for m in st.mentions:
            trace.keep(m)
    return st.snapshot()

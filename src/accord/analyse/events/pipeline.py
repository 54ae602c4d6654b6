"""The event stage of one article, as the ordered list of its passes.

Candidate passes find the trigger words and fill each candidate's arguments; event passes turn the
groups of candidates that tell one event into event mentions and relate them. Each pass names what
it reads (the cue tables of `lang/<code>/events.toml`, the fields earlier passes wrote) and what it
writes. The argument passes (date, orgs, sides, place, host, participants, anchored) are listed in
`arguments.py`.
"""

from __future__ import annotations

from accord.analyse.events import candidates as cand
from accord.analyse.events.article import Article, Context
from accord.analyse.events.assembly import build_events
from accord.analyse.events.occasion import date_by_occasion
from accord.analyse.events.places import host_city, visit_city
from accord.analyse.events.part_of import part_of_visits, recalled_parts
from accord.analyse.events.state import EventState
from accord.analyse.events.the_two import the_two_named
from accord.analyse.events.visits import (alluded_visit, invitations_carried_out, recalled_visits_behind_talks,
                                         trips_elsewhere, visit_by_its_talks)
from accord.analyse.events.within_visit import date_within_visit
from accord.analyse.events.sides import own_sides
from accord.analyse.passes import Pass, Trace, run
from accord.model import EventMention


def event_sides(st: EventState) -> None:
    """An event's countries are those of its people, where they say so (a visitor's and the host)."""
    own_sides(st.art, st.events)


EVENT_PASSES: tuple[Pass[EventState], ...] = (
    # candidates
    Pass("triggers", cand.triggers, ("events.toml [triggers] [weak_triggers] [not_trigger] [not_talks] [talks_known] [call] [modality] "
                                     "[amount_reached] [signing] [during] [counted_documents] [continuation] [thanks]", "sentences",
                                     "people", "times"), ("candidates",)),
    Pass("asides", cand.asides, ("events.toml [aside]", "candidates"), ("bounds",)),
    Pass("next_stops", cand.next_stops, ("events.toml [legs] then", "countries", "places", "candidates"),
         ("bounds", "leg")),
    Pass("arguments", cand.arguments, ("candidates", "see arguments.py"),
         ("time", "when", "recalled", "orgs", "host", "visitor", "place", "people", "anchored")),
    Pass("visit_by_its_frame", cand.visit_by_its_frame, ("events.toml [during]", "candidates"), ("candidates",)),
    Pass("legs", cand.tour_legs, ("events.toml [legs]", "countries", "places", "candidates"), ("candidates",)),
    Pass("plural_meetings", cand.plural_meetings, ("events.toml [plural] [reception]", "people"), ("candidates",)),
    Pass("meetings_in_turn", cand.meetings_in_turn, ("events.toml [triggers] meeting [not_trigger] [not_talks]", "people"),
         ("candidates",)),
    Pass("segments", cand.segment, ("candidates",), ("segment",)),
    Pass("anaphoric_visits", cand.anaphoric_visits, ("candidates",), ("time", "when", "recalled")),
    Pass("refer_back", cand.referring_back, ("events.toml [not_trigger] meeting", "people"),
         ("extra_sents", "people", "when")),
    Pass("delegations", cand.delegations, ("events.toml [delegation]", "people"), ("people",)),
    Pass("headings", cand.headings, ("headings", "candidates"), ("candidates", "extra_sents", "place", "host")),
    Pass("weak_mentions", cand.weak_mentions, ("anchored", "list items"), ("extra_sents",)),
    Pass("topics", cand.topics, ("topics.toml", "segment", "extra_sents", "institutions"), ("topics",)),
    Pass("coreference", cand.coreference, ("candidates",), ("groups",)),
    # events
    Pass("events", build_events, ("groups", "publication date"), ("events",)),
    Pass("alluded_visit", alluded_visit, ("events", "people's countries"), ("visit people", "visit host")),
    Pass("visit_by_its_talks", visit_by_its_talks, ("events", "people's countries", "lead places"), ("events",)),
    Pass("recalled_visits", recalled_visits_behind_talks, ("events", "people's countries"), ("events", "part_of")),
    Pass("trips_elsewhere", trips_elsewhere, ("events", "people's countries"), ("visit people",)),
    Pass("recalled_parts", recalled_parts, ("events",), ("part_of", "host")),
    Pass("own_sides", event_sides, ("events", "people's countries"), ("countries",)),
    Pass("visit_city", visit_city, ("events", "places", "datelines"), ("place",)),
    Pass("part_of", part_of_visits, ("events", "events.toml [both_sides]", "lang/roles.toml delegation heads"),
         ("part_of", "host", "place", "when", "people")),
    Pass("invitations_carried_out", invitations_carried_out, ("events", "events.toml [proposing] inviting"), ("events",)),
    Pass("host_city", host_city, ("events", "places", "datelines"), ("place",)),
    Pass("the_two", the_two_named, ("events.toml [the_two]", "people's roles and countries"), ("people",)),
    Pass("occasion", date_by_occasion, ("events", "publication date"), ("when",)),
    Pass("within_visit", date_within_visit, ("events", "part_of"), ("when",)),
)


def extract_events(ctx: Context, trace: Trace | None = None) -> list[EventMention]:
    """The event mentions of one article, coreferent mentions merged, with part_of links."""
    st = EventState(Article(ctx), trace)
    run(EVENT_PASSES, st, stage="events", trace=trace, snapshot=EventState.snapshot)
    return st.events

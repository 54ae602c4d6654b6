"""Candidate pass «topics»: what each candidate is about, from the text that tells it.

Reads `topics.toml` and, for an agreement, the chambers of its clause; writes each candidate's `topics`.
"""

from __future__ import annotations

from accord.analyse.events.article import CHAMBERS, SEGMENT_TYPES, Article, Candidate
from accord.analyse.events.participants import clause, people_in
from accord.analyse.lexicon import section
from accord.analyse.topics import find_topics


def event_topics(art: Article, c: Candidate, told: set[int] | None = None) -> list[str]:
    """The topics of a meeting's whole segment, of another event's sentence; none for a visit."""
    if c.type == "visit":
        return []
    if c.type in SEGMENT_TYPES:
        sents = c.segment + c.extra_sents
        if c.type == "meeting" and not c.recalled and told is not None:
            sents = sents + [i for i in _discussed_by(art, c, told) if i not in sents]
        text = " ".join(art.sent_text[i] for i in sents)
    else:
        text = art.sent_text[c.sent]
    topics = find_topics(text, art.ctx.lang)
    if c.own_words is not None:
        # a document of a run is about what its own words say, else what the whole signing says
        topics = find_topics(art.ctx.text[c.own_words[0]:c.own_words[1]], art.ctx.lang) or topics
    # a document between two chambers is inter-parliamentary whatever else it covers
    if c.type == "agreement" and "parliamentary" not in topics:
        lo, hi = clause(art, c)
        if sum(o.kind in CHAMBERS and lo <= o.start < hi for o in art.orgs[c.sent]) >= 2:
            topics.insert(0, "parliamentary")
    return topics


def _discussed_by(art: Article, c: Candidate, told: set[int]) -> list[int]:
    """Sentences after the talks that tell no event of their own and say what two of the talks' own
    people discussed («Together with Smailov and Tokayev, Fiala discussed energy…», «Токаев и Фиала
    обсудили …»): what the talks were about, also beyond the next event told."""
    weak = section(art.ctx.lang, "events", "weak_triggers").get("meeting")
    if weak is None or len(set(c.people)) < 2:
        return []
    out = []
    for i in range(c.sent + 1, len(art.sent_text)):
        if i in told or not weak.search(art.sent_text[i]):
            continue
        named = {pid for _, pid in people_in(art, i)}
        if len(named & set(c.people)) >= 2:
            out.append(i)
    return out

"""Candidate pass «topics»: what each candidate is about, from the text that tells it.

Reads `topics.toml` and, for an agreement, the chambers of its clause; writes each candidate's `topics`.
"""

from __future__ import annotations

from accord.analyse.events.article import CHAMBERS, SEGMENT_TYPES, Article, Candidate
from accord.analyse.events.participants import clause
from accord.analyse.topics import find_topics


def event_topics(art: Article, c: Candidate) -> list[str]:
    """The topics of a meeting's whole segment, of another event's sentence; none for a visit."""
    if c.type == "visit":
        return []
    if c.type in SEGMENT_TYPES:
        text = " ".join(art.sent_text[i] for i in c.segment + c.extra_sents)
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

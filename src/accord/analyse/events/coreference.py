"""Step 3: candidates that tell one event are merged; those the article keeps apart never are."""

from __future__ import annotations

from accord import edtf
from accord.analyse.events.article import Article, Candidate, explicit, interval_of, is_welcome, joint_session


def _compatible_time(a: Candidate, b: Candidate) -> bool:
    # what is still to come and what has happened are one event only where their dates meet
    # («Barrot was received on Sunday …; Darmanin should go to Algiers soon»)
    if a.announced != b.announced and (a.time is None or b.time is None):
        return False
    # «recently» and «in 2014» in one article are two events, not one told twice
    if (explicit(a) and b.time is not None and not explicit(b)) or \
            (explicit(b) and a.time is not None and not explicit(a)):
        return False
    if a.time is None or b.time is None:
        # an undated recalled mention is not the dated news event, and vice versa
        if a.recalled != b.recalled and (a.time is not None or b.time is not None):
            return False
        return True
    return edtf.intersects(interval_of(a.when), interval_of(b.when))


def _one_delegation(art: Article, a: Candidate, b: Candidate) -> bool:
    """Two news mentions of a visit to one host in the same days, naming different people of one country
    («received the Crown Prince …», «welcomed the visit of the son of King Salman …»): the article tells
    one visit of one delegation, named by whichever member each sentence picked."""
    if a.recalled or b.recalled or not a.host or a.host != b.host:
        return False
    ca = {art.person_country(p) for p in a.people} - {None}
    cb = {art.person_country(p) for p in b.people} - {None}
    return bool(ca) and ca == cb and a.host not in ca


def _bare_visit(c: Candidate) -> bool:
    """A visit mention that names neither its visitors nor where it goes."""
    return not c.people and not c.host_stated and c.place is None


def _document_kind(c: Candidate) -> str:
    """The kind of document a signing names («memorandum», «roadmap»), or "" when it names none."""
    word = c.trigger.casefold()
    return "" if c.generic_document else word[:5]


def _counterparts(art: Article, c: Candidate, visitors: frozenset[str], host: str | None) -> set[str]:
    """Who a meeting is with: the host side's people when sides are known, else all but the visitors."""
    if c.counterparts:
        return set(c.counterparts)
    if host:
        hosts = {p for p in c.people if art.person_country(p) == host}
        if hosts:
            return hosts
    # the visitors' side by country where known: a counterpart of unknown country that the visit's
    # sentence also named («talks between the minister and Deputy Prime Minister X») stays a counterpart
    sides = {art.person_country(p) for p in visitors} - {None}
    if sides:
        return {p for p in c.people if art.person_country(p) not in sides}
    return set(c.people) - visitors


def _joint_session(art: Article, c: Candidate) -> bool:
    s0 = art.ctx.sentences[c.sent].start
    return joint_session(art, c.sent, c.trig_start - s0, c.trig_end - s0)


def _same_event(art: Article, a: Candidate, b: Candidate, visitors: frozenset[str] = frozenset(),
                host: str | None = None) -> bool:
    if a.type != b.type or not _compatible_time(a, b):
        return False
    if a.sent == b.sent and a.bounds and b.bounds and a.bounds != b.bounds:
        return False  # a sentence telling two events of one type in two clauses
    if a.type == "visit":
        # «the visit will discuss …», «استهل ماكرون زيارته»: a visit word naming no one and no destination
        # refers back to the visit the article tells; the sides guessed for it cannot keep it apart
        anaphor = _bare_visit(a) or _bare_visit(b)
        if a.host and b.host and a.host != b.host and not anaphor:
            return False
        if a.visitor and b.visitor and a.visitor != b.visitor and not anaphor:
            return False
        if a.recalled != b.recalled and (a.time is None) != (b.time is None):
            return False
        pa, pb = set(a.people), set(b.people)
        if pa and pb and not (pa & pb):
            return _one_delegation(art, a, b)
        return True
    if a.type == "meeting":
        ca, cb = _counterparts(art, a, visitors, host), _counterparts(art, b, visitors, host)
        if a.counterparts and b.counterparts:
            return bool(set(a.counterparts) & set(b.counterparts))
        if ca and cb:
            # each names someone besides the visitors: the same someone, or two meetings; the session of a
            # joint body the same two co-chair is a meeting beside their talks
            return bool(ca & cb) and _joint_session(art, a) == _joint_session(art, b)
        oa = {o for o in a.orgs if not o.startswith("?")}
        ob = {o for o in b.orgs if not o.startswith("?")}
        # one tells who took part, the other only «the meeting»: the same talks when the
        # people or the institutions overlap, or when bare «talks» follow right after
        if bool(set(a.people) & set(b.people)) or bool(oa & ob):
            return True
        bare = [x for x in (a, b) if not x.people and not any(not o.startswith("?") for o in x.orgs)]
        if len(bare) == 2:
            # «a high-level meeting of the two heads of state took place … During the meeting …»: a meeting
            # named twice without anyone in it is the one meeting the article tells
            return _joint_session(art, a) == _joint_session(art, b)
        if len(bare) != 1:
            return False
        same_day = explicit(a) and explicit(b) and a.when == b.when and edtf.precision_days(a.when) == 1
        return same_day or (abs(a.sent - b.sent) <= 2 and bare[0].sent > min(a.sent, b.sent))
    if a.type == "agreement" and ((a.counted_set and b.generic_document and not b.listed)
                                  or (b.counted_set and a.generic_document and not a.listed)):
        return True  # «signed five agreements …; the two presidents attended the signing ceremony»
    if a.type == "agreement":
        # items of a list of signed documents are each a document; so are two kinds of document
        # a signing that names no document («following the signing») refers back to the one told
        ka, kb = _document_kind(a), _document_kind(b)
        if a.listed or b.listed or (ka and kb and ka != kb):
            return False
    if a.type == "agreement" and not a.recalled and not b.recalled:
        return not a.topics or not b.topics or bool(set(a.topics) & set(b.topics))
    if a.type in ("measure", "proposal", "agreement"):
        return bool(set(a.topics) & set(b.topics)) and (a.time is not None or b.time is None)
    if a.type == "ceremony":
        if is_welcome(art.ctx.lang, a.trigger) and is_welcome(art.ctx.lang, b.trigger):
            return True  # the guest's official welcome told twice
        return a.place is not None and b.place is not None and a.place.name == b.place.name
    return False


def cluster(art: Article, cands: list[Candidate]) -> list[list[Candidate]]:
    visitors = frozenset(p for c in cands if c.type == "visit" and not c.recalled for p in c.people)
    host = next((c.host for c in cands if c.type == "visit" and not c.recalled and c.host), None)
    groups: list[list[Candidate]] = []
    for c in cands:
        home = None
        for g in groups:
            if all(x.sent != c.sent or x.type != c.type or set(x.counterparts) == set(c.counterparts) for x in g) \
                    and all(_same_event(art, x, c, visitors, host) for x in g):
                home = g
                break
        if home is None:
            groups.append([c])
        else:
            home.append(c)
    return groups

"""Step 3: candidates that tell one event are merged; those the article keeps apart never are."""

from __future__ import annotations

from accord import edtf
from accord.analyse.events.article import Article, Candidate, event_flag, explicit, interval_of, is_welcome, joint_session
from accord.analyse.lexicon import cue
from accord.analyse.people.lexicon import lexicon


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


def _the_visit_told_ahead(a: Candidate, b: Candidate) -> bool:
    """«X arrived in Islamabad on Tuesday …; during his visit he will meet …», «the visit will discuss …»:
    an undated mention of a visit told in the future, naming no one else and no other destination, is the
    visit the article reports, not another one still to come."""
    if a.type != "visit" or a.recalled or b.recalled or a.announced == b.announced:
        return False
    ahead, told = (a, b) if a.announced else (b, a)
    if ahead.time is not None:
        # «X will visit Moscow on 10 and 11 October …; the visit is to discuss …; the visit of the Prime
        # Minister to Russia reflects …»: an undated visit word after a dated announcement, naming nothing
        # of its own or only the announced visit's host and visitors, is that visit, not a second one
        # already held (the article would date or recall it)
        if told.time is not None or told.sent <= ahead.sent:
            return False
        return _bare_visit(told) or (bool(told.host) and told.host == ahead.host
                                     and set(told.people) <= set(ahead.people))
    if _bare_visit(ahead) or _bare_visit(told):
        return True
    return bool(ahead.host) and ahead.host == told.host and bool(set(ahead.people)) \
        and set(ahead.people) <= set(told.people)


def _talks_of_the_day(art: Article, a: Candidate, b: Candidate) -> bool:
    """«Putin and Mirziyoyev have met at the Kuksaroy Palace. Today, they will hold talks …»: undated news
    talks and talks announced for the publication day are the one meeting of that day, told as it unfolds."""
    if a.type != "meeting" or a.announced == b.announced or a.recalled or b.recalled:
        return False
    ahead, told = (a, b) if a.announced else (b, a)
    published = art.ctx.published
    return told.time is None and published is not None and ahead.when == published.isoformat()


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


def _of_a_third_side(art: Article, c: Candidate) -> bool:
    """Everyone the meeting mention names is of a country outside the article's pair."""
    pair = set(art.ctx.pair or ())
    sides = {art.person_country(p) for p in c.people}
    return len(pair) == 2 and bool(sides) and None not in sides and not sides & pair


def _joint_session(art: Article, c: Candidate) -> bool:
    s0 = art.ctx.sentences[c.sent].start
    return joint_session(art, c.sent, c.trig_start - s0, c.trig_end - s0)


def _named_orgs(c: Candidate) -> set[str]:
    """The institutions of a mention whose country is known («?:kind» when it is not)."""
    return {o for o in c.orgs if not o.startswith("?")}


def _visitors_only(art: Article, c: Candidate, visitors: frozenset[str], host: str | None) -> bool:
    """A meeting mention that names no one of the other side, only the visitors or their institution
    («the political consultations in Madrid», «the minister held talks»)."""
    if c.recalled or _counterparts(art, c, visitors, host):
        return False
    return set(c.people) <= visitors and (bool(c.people) or bool(_named_orgs(c)))


def _one_day_told_twice(art: Article, a: Candidate, b: Candidate, ca: set[str], cb: set[str],
                        visitors: frozenset[str], host: str | None) -> bool:
    """«Putin will receive the Emir on 26 March»; «on 26 March the Russian president will hold talks with
    Sheikh Tamim»: talks of one stated day told twice, once naming the counterpart and once only the visitors
    (the counterpart by no name nor office after the talks' word, an honorific aside), are one meeting."""
    if not (explicit(a) and explicit(b) and a.when == b.when and edtf.precision_days(a.when) == 1):
        return False
    return any(cx and _visitors_only(art, y, visitors, host) and not _office_after(art, y, honorific=False)
               for cx, y in ((ca, b), (cb, a)))


def _one_counterpart(art: Article, cands: list[Candidate], visitors: frozenset[str], host: str | None) -> bool:
    """Whether the article's news meetings that name a counterpart all name the same one."""
    named = [_counterparts(art, c, visitors, host) for c in cands
             if c.type == "meeting" and not c.recalled and not c.announced]
    named = [n for n in named if n]
    return bool(named) and all(x & y for x in named for y in named)


def _same_event(art: Article, a: Candidate, b: Candidate, visitors: frozenset[str] = frozenset(),
                host: str | None = None, one_counterpart: bool = False) -> bool:
    if a.type != b.type:
        return False
    if not _compatible_time(a, b) and not _the_visit_told_ahead(a, b) and not _talks_of_the_day(art, a, b):
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
        oa, ob = _named_orgs(a), _named_orgs(b)
        # one tells who took part, the other only «the meeting»: the same talks when the
        # people or the institutions overlap, or when bare «talks» follow right after
        if bool(set(a.people) & set(b.people)) or bool(oa & ob):
            return True
        # the visitors' talks told again without their counterpart, where the article names only one
        # («talks with the Secretary of State X were held …; the consultations in Madrid dealt with …»)
        if one_counterpart and not a.recalled and not b.recalled and \
                (ca or _visitors_only(art, a, visitors, host)) and (cb or _visitors_only(art, b, visitors, host)):
            return True
        if _one_day_told_twice(art, a, b, ca, cb, visitors, host):
            return True
        bare = [x for x in (a, b) if not x.people and not _named_orgs(x)]
        if len(bare) == 2:
            # «a high-level meeting of the two heads of state took place … During the meeting …», «On the way
            # to the official talks …; In Akorda all was ready for the meeting …»: a meeting named by its word
            # alone, twice, is the one meeting the article tells (unless each names a different office after
            # its word: «a bilateral meeting with the President …; then talks with the Prime Minister» are two,
            # or one is recalled or announced and the other not)
            oa, ob = _office_after(art, a), _office_after(art, b)
            return a.recalled == b.recalled and a.announced == b.announced and not (oa and ob and oa != ob) and \
                _joint_session(art, a) == _joint_session(art, b)
        if len(bare) != 1:
            return False
        named = b if bare[0] is a else a
        if _of_a_third_side(art, named):
            # «he travels on to Turkey, where he will meet President Erdogan … The two presidents also held
            # talks»: the bare talks are of the article's two sides, not those with a third side's leader
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
    if a.type == "proposal" and _one_invitation(art, a, b):
        return True
    if a.type in ("measure", "proposal", "agreement"):
        return bool(set(a.topics) & set(b.topics)) and (a.time is not None or b.time is None)
    if a.type == "ceremony":
        if is_welcome(art.ctx.lang, a.trigger) and is_welcome(art.ctx.lang, b.trigger):
            return True  # the guest's official welcome told twice
        return a.place is not None and b.place is not None and a.place.name == b.place.name
    return False


def _one_invitation(art: Article, a: Candidate, b: Candidate) -> bool:
    """«Tokayev has invited Suga to visit Kazakhstan, the press service said. "… Tokayev invited Suga to
    visit Kazakhstan," the message reads»: two inviting words (`[proposing] inviting`) with the same two
    people, proposer and addressee, and no two hosts tell one invitation, told again or quoted."""
    rx = cue(art.ctx.lang, "proposing", "inviting")
    if rx is None or not rx.search(a.trigger) or not rx.search(b.trigger):
        return False
    if a.host and b.host and a.host != b.host:
        return False
    return len(set(a.people)) >= 2 and set(a.people) == set(b.people)


def cluster(art: Article, cands: list[Candidate]) -> list[list[Candidate]]:
    visitors = frozenset(p for c in cands if c.type == "visit" and not c.recalled for p in c.people)
    host = next((c.host for c in cands if c.type == "visit" and not c.recalled and c.host), None)
    one = _one_counterpart(art, cands, visitors, host)
    groups: list[list[Candidate]] = []
    for c in cands:
        home = None
        for g in groups:
            if all(x.sent != c.sent or x.type != c.type or set(x.counterparts) == set(c.counterparts) for x in g) \
                    and all(_same_event(art, x, c, visitors, host, one) for x in g):
                home = g
                break
        if home is None:
            groups.append([c])
        else:
            home.append(c)
    return [g for g in groups if not all(_with_the_unnamed(art, x, visitors, host) for x in g)]


def _office_after(art: Article, c: Candidate, honorific: bool = True) -> str | None:
    """The role of an office named right after the talks' word («talks with the Prime Minister»), if any;
    with `honorific`, a title of no office («Sheikh», «Mr») counts as one too."""
    s0 = art.ctx.sentences[c.sent].start
    text = art.sent_text[c.sent][c.trig_end - s0:c.trig_end - s0 + 40]
    found = [f for f in lexicon(art.ctx.lang).titles.find(text) if honorific or f.payload.role]
    return (found[0].payload.role or found[0].text) if found else None


def _with_the_unnamed(art: Article, c: Candidate, visitors: frozenset[str], host: str | None) -> bool:
    """«will meet the leaders of Kazakhstan», «التقى بالمسؤولين»: talks whose only counterpart is a
    collective named by no one's office (events.toml [generic_counterpart]) are no meeting (GOLD.md: a
    meeting needs a counterpart named at least by office)."""
    if c.type != "meeting" or c.counterparts or _counterparts(art, c, visitors, host) \
            or not set(c.people) <= visitors:
        return False
    rx = cue(art.ctx.lang, "generic_counterpart", "cues")
    if rx is None:
        return False
    s0 = art.ctx.sentences[c.sent].start
    text = art.sent_text[c.sent]
    at, end = c.trig_start - s0, c.trig_end - s0
    # the counterpart follows the talks' word («meet the leaders of …»), or precedes it where verbs come last
    before = event_flag(art.ctx.lang, "verb_final")
    return any(end <= m.start() < end + 50 or (before and 0 <= at - m.end() < 30) for m in rx.finditer(text))

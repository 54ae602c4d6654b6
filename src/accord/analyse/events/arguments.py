"""Step 2: each candidate's date, sides, host, place, people and topics, from its sentence and segment."""

from __future__ import annotations

import re
from datetime import date, timedelta

from accord import edtf
from accord.analyse.events.article import (
    CHAMBERS,
    SEGMENT_TYPES,
    Article,
    Candidate,
    ends_after,
    event_flag,
    event_table,
    explicit,
    other_side,
    says,
    skip_spaces,
    time_before_publication,
)
from accord.analyse.lexicon import cue, section
from accord.analyse.timex_lexicon import grammar, key
from accord.analyse.topics import find_topics
from accord.lang.orthography import clause_break
from accord.model import (
    PersonMention,
    PlaceMention,
    TimeExpr,
)

# A reported (not proposed) event cannot end this long after its article was published:
# such a time is a validity period («roadmap for 2025–2028») or a plan, not the event's date.
_REPORTED_EVENT_SLACK_DAYS = 31


def _in_bounds(c: Candidate, start: int) -> bool:
    return c.bounds is None or c.bounds[0] <= start < c.bounds[1]


def _ahead(c: Candidate) -> bool:
    """What the text tells as still to come: a proposal, or an event announced for later."""
    return c.type == "proposal" or c.announced


def _starts_a_period(art: Article, t: TimeExpr) -> bool:
    """«since his election on 23 October 2019», «2022 жылдан бері»: the time a period runs from."""
    before = cue(art.ctx.lang, "since", "before")
    after = cue(art.ctx.lang, "since", "after")
    text = art.ctx.text
    window = text[max(0, t.start - 45):t.start]
    window = re.split(r"[.!?؟\n;]", window)[-1]
    return bool(before and before.search(window)) or \
        bool(after and after.match(text, skip_spaces(text, t.end), t.end + 12))


def _pick_time(art: Article, c: Candidate) -> TimeExpr | None:
    times = [t for t in art.times[c.sent] if _in_bounds(c, t.start)]
    if c.type != "measure":
        # (a measure «in force since 1 January» is dated by it)
        times = [t for t in times if not _starts_a_period(art, t)]
    published = art.ctx.published
    if not _ahead(c) and published is not None:
        times = [t for t in times if not ends_after(t, published, _REPORTED_EVENT_SLACK_DAYS)]
    if c.type == "visit" and art.has_meeting[c.sent]:
        # «Today X held talks with Y, who is in Moscow on an official visit»: the day is the talks',
        # unless it stands by the visit's own word («He came again on 12 February, when … received him»)
        meeting_rx = section(art.ctx.lang, "events", "triggers")["meeting"]
        s0 = art.ctx.sentences[c.sent].start
        talks = [s0 + m.start() for m in meeting_rx.finditer(art.sent_text[c.sent])]
        times = [t for t in times if t.kind not in ("day", "relative") or (edtf.precision_days(t.edtf) or 2) > 1
                 or abs(t.start - c.trig_end) < min(abs(t.start - p) for p in talks)]
    if not times:
        return None
    if _ahead(c):
        # what is planned is dated after the word that plans it («agreed to hold … in early 2026»)
        later = [t for t in times if t.start >= c.trig_end]
        return _forward(later[0] if later else min(times, key=lambda t: abs(t.start - c.trig_start)), published,
                        art.ctx.lang)
    anchor = c.trig_start
    if c.type == "agreement":
        # «the agreement …, signed in Astana in May 2025»: a document's date is its signing's
        signing = cue(art.ctx.lang, "signing", "cues")
        s0 = art.ctx.sentences[c.sent].start
        m = signing.search(art.sent_text[c.sent]) if signing else None
        if m is not None:
            anchor = s0 + m.start()
    return min(times, key=lambda t: abs(t.start - anchor))


_STATED_YEAR = re.compile(r"\d{4}")
_WEEKDAY_SHIFT = re.compile(r"\d{4}-\d\d-\d\d")


def _names_weekday(text: str, lang: str) -> bool:
    """«on Wednesday», not «yesterday»: only a weekday can mean the coming one."""
    words = set(key(text).split())
    return bool(words & set(grammar(lang).weekdays))


def _forward(t: TimeExpr, published: date | None, lang: str) -> TimeExpr:
    """A plan's «in autumn» or «in March» without a year is the next one, not the last one; its
    «on Wednesday» the coming Wednesday."""
    if published is None or _STATED_YEAR.search(t.text):
        return t
    if t.kind == "relative" and _WEEKDAY_SHIFT.fullmatch(t.edtf) and _names_weekday(t.text, lang):
        day = date.fromisoformat(t.edtf)
        if 0 < (published - day).days < 7:   # a weekday read as the last one; a plan means the next
            return TimeExpr(t.start, t.end, t.text, (day + timedelta(days=7)).isoformat(), t.kind)
        return t
    if t.kind not in ("season", "month", "day"):
        return t
    hi = edtf.lenient_interval(t.edtf)[1]
    if hi is None or hi >= published:
        return t
    year = t.edtf[:4]
    return TimeExpr(t.start, t.end, t.text, str(int(year) + 1) + t.edtf[4:], t.kind)


def _destination(art: Article, c: Candidate) -> tuple[str | None, PlaceMention | None]:
    """Country (and city) a visit goes to, from destination words before a country or place.

    A place after a word of a situation («the war in Gaza», «la situation à Gaza») is what is
    discussed, not where anyone goes; of several destinations, one of the article's pair wins
    («arrivé en Egypte … pour une visite … à Tabriz»), a place before a country."""
    ctx = art.ctx
    data = section(ctx.lang, "events", "destination")
    before_rx, topical_rx = data.get("before"), data.get("not_after")
    s = ctx.sentences[c.sent]
    raw = event_table(ctx.lang, "destination")
    suffixes = [str(x) for x in (raw.get("after_suffix") or [])]
    glued = tuple(str(x) for x in raw.get("glued") or []) or ("\0",)
    not_glued = tuple(str(x) for x in raw.get("not_glued") or []) or ("\0",)

    def ends_with(rx: re.Pattern[str] | None, start: int) -> bool:
        window = ctx.text[max(s.start, start - 40):start]
        return rx is not None and any(m.end() >= len(window.rstrip()) - 1 and window[m.end():].strip() == ""
                                      for m in rx.finditer(window))

    def marked(start: int, surface: str) -> bool:
        if ends_with(topical_rx, start):
            return False
        if ends_with(before_rx, start):
            return True
        # some languages glue the preposition onto the name (Arabic «ب», «ل»), others a dative ending (Kazakh)
        if surface.startswith(glued) and not surface.startswith(not_glued):
            return True
        return any(surface.endswith(sfx) for sfx in suffixes)

    found: list[tuple[str, PlaceMention | None]] = []
    for p in art.places[c.sent]:
        if p.country and _in_bounds(c, p.start) and marked(p.start, p.text):
            found.append((p.country, p if p.kind != "building" else None))
    for cm in art.countries[c.sent]:
        if cm.form in ("name", "capital") and _in_bounds(c, cm.start) and marked(cm.start, cm.text):
            found.append((cm.code, None))
    pair = set(ctx.pair or ())
    return next((f for f in found if f[0] in pair), found[0] if found else (None, None))


def _visitor(art: Article, c: Candidate, host: str | None) -> str | None:
    """The visiting side: an actor of the sentence that is not the host."""
    pair = art.ctx.pair
    for pm, pid in art.pmentions[c.sent]:
        cc = art.person_country(pid, pm)
        if cc and cc != host and (not pair or cc in pair):
            return cc
    for o in art.orgs[c.sent]:
        if o.country and o.country != host and (not pair or o.country in pair):
            return o.country
    for cm in art.countries[c.sent]:
        if cm.form in ("adjective", "people") and cm.code != host and (not pair or cm.code in pair):
            return cm.code
    return None


def people_in(art: Article, sent: int, lo: int | None = None, hi: int | None = None) -> list[tuple[PersonMention, str]]:
    out = []
    for pm, pid in art.pmentions[sent]:
        if lo is not None and pm.start < lo:
            continue
        if hi is not None and pm.end > hi:
            continue
        if art.excluded(sent, pm):
            continue
        out.append((pm, pid))
    return out


def delegation_sentences(art: Article) -> list[int]:
    rx = cue(art.ctx.lang, "delegation", "cues")
    if rx is None:
        return []
    return [i for i, t in enumerate(art.sent_text) if rx.search(t)]


def _clause(art: Article, c: Candidate) -> tuple[int, int]:
    """Bounds of the comma-delimited clauses holding the type's triggers: who signed is named there
    («the signing of the Declaration, signed on 28 October by the King and the President»)."""
    s = art.ctx.sentences[c.sent]
    text = art.sent_text[c.sent]
    rx = section(art.ctx.lang, "events", "triggers").get(c.type)
    spans = [(m.start(), m.end()) for m in rx.finditer(text)] if rx else []
    spans = spans or [(c.trig_start - s.start, c.trig_end - s.start)]
    lo_rel = min(a for a, _ in spans)
    hi_rel = max(b for _, b in spans)
    starts = [m.end() for m in clause_break(art.ctx.lang).finditer(text, 0, lo_rel)]
    end_rel = _clause_end(art, c.sent, hi_rel)
    return s.start + (starts[-1] if starts else 0), s.start + end_rel


def _clause_end(art: Article, sent: int, pos: int) -> int:
    """The next clause break after `pos`, passing over breaks that only set off a title and its
    name («… by the President of the Council of Ministers, Ms Giorgia Meloni»)."""
    text = art.sent_text[sent]
    s0 = art.ctx.sentences[sent].start
    starts = sorted(pm.start - s0 for pm, _ in art.pmentions[sent])
    while True:
        end = clause_break(art.ctx.lang).search(text, pos)
        if end is None:
            return len(text)
        follower = next((p for p in starts if p >= end.end()), None)
        if follower is None or follower - end.end() > 30:
            return end.start()
        after = next((pm.end - s0 for pm, _ in art.pmentions[sent] if pm.start - s0 == follower), follower)
        pos = max(after, end.end())


def _reporting_cut(art: Article, c: Candidate) -> int | None:
    """Offset of a reporting verb («X noted that …») before the trigger: who is named before it speaks."""
    rx = cue(art.ctx.lang, "reporting", "cues")
    if rx is None:
        return None
    s0 = art.ctx.sentences[c.sent].start
    matches = list(rx.finditer(art.sent_text[c.sent]))
    ends = [s0 + m.end() for m in matches if s0 + m.end() <= c.trig_start]
    if ends:
        cut = ends[-1]
        if event_flag(art.ctx.lang, "verb_initial"):
            # the speaker is the subject right after the verb
            subject = [pm.end for pm, _ in art.pmentions[c.sent] if 0 <= pm.start - cut <= 15 and pm.end <= c.trig_start]
            cut = max(subject, default=cut)
        return cut
    if event_flag(art.ctx.lang, "verb_final") and any(s0 + m.start() >= c.trig_end for m in matches):
        return c.trig_start
    return None


def _visitors(art: Article, c: Candidate, lo: int | None, hi: int | None) -> list[str]:
    """People of a visit's sentence (between `lo` and `hi`) who can be its visitors: not of the host side."""
    return [pid for pm, pid in people_in(art, c.sent, lo=lo, hi=hi)
            if _in_bounds(c, pm.start) and art.person_country(pid, pm) in (None, c.visitor) and art.person_country(pid, pm) != c.host]


def _visitor_by_pronoun(art: Article, c: Candidate) -> None:
    """«President Putin's visit to Cairo in 2015 opened a new chapter. He came again in 2017»: a visit
    whose subject is a pronoun is made by the first person the sentence before names (its subject),
    in the same paragraph; the visitor's side then tells the host."""
    rx = cue(art.ctx.lang, "pronoun", "subject")
    if rx is None or c.sent == 0 or art.paragraph[c.sent - 1] != art.paragraph[c.sent]:
        return
    s0 = art.ctx.sentences[c.sent].start
    m = rx.search(art.sent_text[c.sent], 0, c.trig_start - s0)
    if m is None or any(s0 + m.end() <= pm.start < c.trig_start for pm, _ in art.pmentions[c.sent]):
        return
    before = sorted(art.pmentions[c.sent - 1], key=lambda x: x[0].start)
    if not before:
        return
    pm, pid = before[0]
    side = art.person_country(pid, pm)
    if side is not None and side == c.host:
        return  # the host's own people do not visit it
    c.people = [pid]
    if side is not None:
        c.visitor = side
        c.host = c.host or other_side(art.ctx.pair, side)


def _narrative_past(art: Article, c: Candidate) -> bool:
    """«Valentina Matviyenko was in Rabat last month. […] Ms Matviyenko held talks with …»: an undated
    event that goes on telling, about the same person, what a sentence just before (the last three,
    this paragraph or the one before: an interview's question) put in an earlier month, happened
    then. Sets the candidate's date; False when no such sentence."""
    concluding = cue(art.ctx.lang, "concluding", "cues")
    if art.ctx.published is None or (concluding and concluding.search(art.sent_text[c.sent])):
        return False            # «Following the talks, … signed»: dated by the talks it concluded
    month_start = art.ctx.published.replace(day=1)
    here = {pid for _, pid in art.pmentions[c.sent]}
    for k in range(c.sent - 1, max(-1, c.sent - 4), -1):
        if art.paragraph[c.sent] - art.paragraph[k] > 1:
            break
        past = [t for t in art.times[k] if edtf.lenient_interval(t.edtf)[0] is not None
                and (edtf.lenient_interval(t.edtf)[1] or month_start) < month_start]
        if art.times[k] and not past:
            return False        # a sentence between dates what follows otherwise
        if past and here & {pid for _, pid in art.pmentions[k]}:
            c.time, c.when, c.recalled = past[-1], past[-1].edtf, True
            return True
    return False


_CHAMBERS_AND_PARLIAMENTS = ("lower_chamber", "upper_chamber", "parliament")


def _ratifying_chamber(art: Article, c: Candidate) -> None:
    """«The Federation Council ratified the agreement»: a ratification takes place in the country of
    the chamber that votes it (GOLD.md: a ratification approved by a chamber is hosted there)."""
    rx = cue(art.ctx.lang, "ratification", "cues")
    if rx is None or not rx.search(c.trigger):
        return
    chambers = {o.country for o in art.orgs[c.sent] if o.kind in _CHAMBERS_AND_PARLIAMENTS and o.country}
    if len(chambers) == 1:
        c.host, c.host_stated = chambers.pop(), True


def _date_by_concluded_talks(art: Article, c: Candidate, cands: list[Candidate]) -> None:
    """«At the end of the talks the ministers signed …», and the items of a list such a sentence opens:
    undated, they were signed on the day of the talks they concluded (the last dated talks before)."""
    rx = cue(art.ctx.lang, "concluding", "cues")
    if rx is None:
        return
    sent = c.sent
    while sent > 0 and art.list_item[sent]:
        sent -= 1                                # a listed document: its list's opening sentence
    if not rx.search(art.sent_text[sent]) and not rx.search(art.sent_text[c.sent]):
        return
    talks = [x for x in cands if x.type == "meeting" and x.time is not None and not x.recalled
             and sent - 4 <= x.sent <= c.sent and edtf.precision_days(x.when) == 1]
    if talks:
        last = max(talks, key=lambda x: (x.sent, x.trig_start))
        c.time, c.when = last.time, last.when


def fill(art: Article, cands: list[Candidate]) -> None:
    ctx = art.ctx
    recall_rx = cue(ctx.lang, "recall", "cues")
    for c in cands:
        text = art.sent_text[c.sent]
        c.time = _pick_time(art, c)
        c.recalled = bool(recall_rx and recall_rx.search(text))
        if c.time is not None:
            c.when = c.time.edtf
            if c.time.kind == "open":
                c.recalled = True
            elif time_before_publication(c.time, ctx.published, 45):
                c.recalled = True
        elif c.sent > 0 and says(art, "same_time", c.sent):
            prev = [t for t in art.times[c.sent - 1]]
            if prev:
                c.time, c.when = prev[-1], prev[-1].edtf
        elif not _ahead(c) and _narrative_past(art, c):
            pass
        elif c.recalled and not _ahead(c) and c.sent > 0 and art.paragraph[c.sent - 1] == art.paragraph[c.sent]:
            # «at that time», «former»: the date of the sentence before, when it is a past one
            prev = [t for t in art.times[c.sent - 1] if time_before_publication(t, ctx.published, 45)]
            if prev:
                c.time = prev[-1]
                c.when = prev[-1].edtf
        if c.time is None and c.type in ("agreement", "ceremony"):
            _date_by_concluded_talks(art, c, cands)
        c.orgs = sorted({f"{o.country or '?'}:{o.kind}" for o in art.orgs[c.sent]})
        # the speaker of a recalled event is not in it; at talks being reported, the speaker is
        cut = _reporting_cut(art, c) if (c.type != "meeting" or c.recalled) else None
        # an item of a list of signed documents is a document's title: a city in it («a French lycée in
        # Tashkent») is what the document is about, not where it was signed
        places = [] if c.listed and c.type == "agreement" else \
            [p for p in art.places[c.sent] if _in_bounds(c, p.start)]
        if c.type == "visit":
            dest, city = _destination(art, c)
            c.host, c.host_stated = dest, dest is not None
            c.visitor = _visitor(art, c, dest)
            if c.host is None:
                c.host = other_side(ctx.pair, c.visitor)
            if c.visitor is None:
                c.visitor = other_side(ctx.pair, c.host)
            # the one city of the host country the sentence names, when no preposition marked it
            host_cities = [p for p in art.places[c.sent]
                           if p.kind != "building" and p.country == c.host and _in_bounds(c, p.start)]
            c.place = city or (host_cities[0] if len({p.name for p in host_cities}) == 1 else None)
            lo_v, hi_v = (None, None)
            if c.recalled:
                # a visit recalled in passing: its visitor is named in its own clause, not the speaker
                lo_v, hi_v = _clause(art, c)
            c.people = _visitors(art, c, max(cut or 0, lo_v or 0) or None, hi_v)
            if not c.people and c.recalled and cut is None:
                # «X, then chairman of the House, visited Astana»: the subject before its apposition
                c.people = _visitors(art, c, None, c.trig_start)
            if not c.people:
                _visitor_by_pronoun(art, c)
        else:
            # a ceremony honours whoever is named after its trigger: its participants come before
            hi = c.trig_start if c.type == "ceremony" else None
            if c.type in ("agreement", "measure", "ceremony"):
                lo_c, hi_c = _clause(art, c)
                cut = max(cut or lo_c, lo_c)
                hi = min(hi or hi_c, hi_c)
            ppl = [(pm, pid) for pm, pid in people_in(art, c.sent, lo=cut, hi=hi) if _in_bounds(c, pm.start)]
            # who proposes or is invited is not yet a participant of what may happen (GOLD.md)
            c.people = [] if c.type == "proposal" else [pid for _, pid in ppl]
            buildings = [p for p in places if p.kind == "building"]
            cities = [p for p in places if p.kind != "building"]
            c.place = (buildings or cities or [None])[0]
            place_countries = {p.country for p in places if p.country}
            if c.place is not None and len(place_countries) == 1:
                c.host = c.place.country
            if c.type == "measure":
                _ratifying_chamber(art, c)
            if c.type == "proposal":
                dest = _destination(art, c)[0]
                c.host, c.host_stated = dest or c.host, dest is not None
            elif c.type == "meeting":
                c.host = _reception_host(art, c, c.host) or c.host
        c.anchored = bool(c.time is not None or c.people or
                          any(o.country for o in art.orgs[c.sent]) or c.type not in ("meeting",))


def _reception_host(art: Article, c: Candidate, known_host: str | None = None) -> str | None:
    """«A received B»: A's country hosts (B's, when the sentence is passive). With the host already
    known (from the place), the receiver is of the host's side and the received of the other."""
    lang = art.ctx.lang
    text = art.sent_text[c.sent]
    s0 = art.ctx.sentences[c.sent].start
    rx = cue(lang, "reception", "triggers")
    if rx is None:
        return None
    m = next((m for m in rx.finditer(text) if abs(s0 + m.start() - c.trig_start) < 40), None)
    if m is None:
        return None
    passive = cue(lang, "reception", "passive")
    is_passive = bool(passive and any(abs(p.start() - m.start()) < 40 for p in passive.finditer(text)))
    people = sorted(art.pmentions[c.sent], key=lambda x: x[0].start)
    verb_end = s0 + m.end()
    before = [(pm, pid) for pm, pid in people if pm.start < s0 + m.start()]
    after = [(pm, pid) for pm, pid in people if pm.start >= verb_end]
    with_object = cue(lang, "reception", "with_object")
    if is_passive or (with_object and with_object.fullmatch(m.group(0))):
        receiver, received = after[:1], before[-1:]
    elif before:
        receiver, received = before[-1:], after[:1]
    else:  # verb-first languages (Arabic): «استقبل A B»
        receiver, received = after[:1], after[1:2]
    if known_host and other_side(art.ctx.pair, known_host):
        for pm, pid in receiver:
            if not art.person_country(pid, pm):
                art.side_from_context[pid] = known_host
        for pm, pid in received:
            if not art.person_country(pid, pm):
                art.side_from_context[pid] = other_side(art.ctx.pair, known_host)  # type: ignore[assignment]
        return known_host
    for pm, pid in receiver:
        if art.person_country(pid, pm):
            host = art.person_country(pid, pm)
            for qpm, qpid in received:  # whoever was received came from the other side
                if not art.person_country(qpid, qpm) and other_side(art.ctx.pair, host):
                    art.side_from_context[qpid] = other_side(art.ctx.pair, host)  # type: ignore[assignment]
            return host
    for pm, pid in received:
        if art.person_country(pid, pm):
            host = other_side(art.ctx.pair, art.person_country(pid, pm))
            for rpm, rpid in receiver:  # whoever received them is of the host's side
                if host and not art.person_country(rpid, rpm):
                    art.side_from_context[rpid] = host
            return host
    # «A received a delegation of B-land»: the delegation's country is the visiting side
    for cm in art.countries[c.sent]:
        if cm.start >= verb_end and cm.form in ("adjective", "people", "name") and cm.code in art.ctx.pair:
            host = other_side(art.ctx.pair, cm.code)
            for rpm, rpid in receiver:
                if host and not art.person_country(rpid, rpm):
                    art.side_from_context[rpid] = host
            return host
    return None


# Offices whose holder a visitor meets on their own: «met the Speaker, the President of the Senate and the
# Prime Minister» is three meetings (GOLD.md, "Several events in one sentence"). Deputies, members and
# committee chairs listed beside a head are the head's side of one meeting.
_OWN_MEETING_ROLES = frozenset({"king", "head_of_state", "president", "vice_president", "head_of_government",
                                "speaker", "foreign_minister", "deputy_prime_minister", "minister"})


def _heads_of_distinct_offices(art: Article, after: list[tuple[PersonMention, str]], pids: list[str]) -> bool:
    """Every counterpart listed after the trigger heads an office of its own, no two the same office, all
    of one country (in a verb-first sentence the subject stands after the trigger too, of the other side)."""
    offices = []
    for pid in pids:
        pm = next(pm for pm, p in after if p == pid)
        role = pm.role or art.person[pid].role
        if role not in _OWN_MEETING_ROLES:
            return False
        offices.append((role, pm.org, art.person_country(pid, pm)))
    countries = {country for _, _, country in offices}
    return len(set(offices)) == len(offices) and len(countries) == 1 and None not in countries


def _active_reception(art: Article, c: Candidate) -> bool:
    """«The President received the Speaker and the Foreign Minister»: those received came as one delegation."""
    reception = cue(art.ctx.lang, "reception", "triggers")
    passive = cue(art.ctx.lang, "reception", "passive")
    sentence = art.sent_text[c.sent]
    return bool(reception and reception.fullmatch(c.trigger.strip())) and not (passive and passive.search(sentence))


def split_plural_meetings(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """«meetings with A, B and C»: one meeting per counterpart listed after the trigger."""
    plural_rx = cue(art.ctx.lang, "plural", "meeting")
    again_rx = cue(art.ctx.lang, "plural", "with_again")
    # the delegation named after the list («…», — said the Speaker) is a side of every meeting, not one more
    visitors = {p for c in cands if c.type == "visit" and not c.recalled for p in c.people}
    out: list[Candidate] = []
    for c in cands:
        if c.type != "meeting" or plural_rx is None:
            out.append(c)
            continue
        text = art.sent_text[c.sent]
        m = plural_rx.search(text)
        s0 = art.ctx.sentences[c.sent].start
        after = [(pm, pid) for pm, pid in people_in(art, c.sent, lo=c.trig_start)]
        pids = list(dict.fromkeys(pid for _, pid in after if pid not in visitors))
        # «talks with A, and with B»: the repeated «with» tells separate talks wherever it stands
        again = again_rx.search(text, c.trig_end - s0) if again_rx else None
        if (not m or abs(s0 + m.start() - c.trig_start) > 40) and again is None \
                and not (_heads_of_distinct_offices(art, after, pids) and not _active_reception(art, c)) \
                or len(pids) < 2:
            out.append(c)
            continue
        before = [pid for pm, pid in people_in(art, c.sent, hi=c.trig_start)]
        before += [pid for _, pid in after if pid in visitors and pid not in before]
        for pid in pids:
            # each meeting keeps only its counterpart's institution, not the whole list's
            orgs = sorted({f"{art.person_country(p, pm) or '?'}:{pm.org}" for pm, p in after if p == pid and pm.org})
            out.append(Candidate(**{**c.__dict__, "people": before + [pid], "counterparts": [pid],
                                     "orgs": orgs, "segment": [], "extra_sents": []}))
    return out


def fold_headings(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """A (sub)heading announces what the next sentences tell: it is evidence of that event, not another."""
    out: list[Candidate] = []
    for c in cands:
        if art.heading[c.sent]:
            # the headline announces the article's event wherever it is told; a subheading the next lines
            reach = len(art.ctx.sentences) if c.sent < 3 else 4
            nxt = next((n for n in cands if n.type == c.type and c.sent < n.sent <= c.sent + reach
                        and not art.heading[n.sent]), None)
            if nxt is not None:
                nxt.extra_sents.append(c.sent)
                if nxt.place is None and c.place is not None and nxt.host in (None, c.place.country) \
                        and nxt.type == "meeting":
                    # «… ministers meet in New York»: the headline may be all that says where
                    nxt.place, nxt.host = c.place, c.place.country
                continue
        out.append(c)
    return out


def information(art: Article, c: Candidate) -> tuple[int, int]:
    """How much a mention says: the best one is the event's evidence."""
    return (int(explicit(c)) * 2 + len(c.people) + int(c.host is not None) + int(c.place is not None)
            - 3 * int(art.heading[c.sent]), -c.sent)


def segments(art: Article, cands: list[Candidate]) -> None:
    """The sentences after an event that go on talking about it, up to the next event told."""
    # a recalled event told in passing («the agreements reached during last year's visit») is part of
    # what the talks were about; a measure is a fact of its own
    starts = sorted({c.sent for c in cands if not (c.recalled and c.type != "measure")
                     and not (c.type == "meeting" and not c.anchored)})
    n = len(art.ctx.sentences)
    for c in cands:
        nxt = next((s for s in starts if s > c.sent), n)
        c.segment = list(range(c.sent, nxt))


def event_topics(art: Article, c: Candidate) -> list[str]:
    if c.type == "visit":
        return []
    if c.type in SEGMENT_TYPES:
        text = " ".join(art.sent_text[i] for i in c.segment + c.extra_sents)
    else:
        text = art.sent_text[c.sent]
    topics = find_topics(text, art.ctx.lang)
    # a document between two chambers is inter-parliamentary whatever else it covers
    if c.type == "agreement" and "parliamentary" not in topics:
        lo, hi = _clause(art, c)
        if sum(o.kind in CHAMBERS and lo <= o.start < hi for o in art.orgs[c.sent]) >= 2:
            topics.insert(0, "parliamentary")
    return topics

"""Event mentions of one article: triggers, their arguments, within-article coreference.

The rules here are language-independent; every word they look for comes from
`lang/<code>/events.toml` and `lang/<code>/topics.toml`. The steps:

1. each sentence's triggers give candidates (a plural meeting trigger listing
   several counterparts gives one meeting per counterpart);
2. each candidate gets its date, sides, host, place, people and topics from its
   sentence and the sentences that carry on talking about it (its segment);
3. candidates telling one event are merged (headline, lead and body of one
   visit are one event), never two the article keeps apart (other dates,
   other hosts, other counterparts);
4. meetings, agreements and ceremonies held during a visit become part of it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from accord import edtf
from accord.analyse.lexicon import cue, section
from accord.analyse.topics import find_topics
from accord.model import (
    CountryMention, EventMention, OrgMention, Person, PersonMention, PlaceMention, Span, TimeExpr,
)

# Types whose event is told as the article's news unless cues say otherwise.
_SEGMENT_TYPES = ("meeting", "visit")
_CHAMBERS = {"lower_chamber", "upper_chamber", "parliament", "friendship_group"}
# Roles that are never participants of talks by being named in a sentence:
# heads of state named in greetings, kings of memorials, photo credits.
_NON_PARTICIPANT_ROLES = {"photo_credit"}


@dataclass
class Context:
    """Everything the earlier stages found in one article."""

    text: str
    lang: str
    published: date | None
    sentences: list[Span]
    times: list[TimeExpr]
    countries: list[CountryMention]
    orgs: list[OrgMention]
    places: list[PlaceMention]
    people: list[Person]
    person_mentions: list[PersonMention]
    pair: list[str]


@dataclass
class _Candidate:
    type: str
    sent: int
    trig_start: int
    trig_end: int
    trigger: str
    during: bool = False
    recalled: bool = False
    time: TimeExpr | None = None
    when: str | None = None
    visitor: str | None = None
    host: str | None = None
    place: PlaceMention | None = None
    people: list[str] = field(default_factory=list)
    counterparts: list[str] = field(default_factory=list)   # people of the other side (meetings)
    orgs: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    segment: list[int] = field(default_factory=list)
    anchored: bool = False        # has a named counterpart, org or its own date
    extra_sents: list[int] = field(default_factory=list)
    part_of: int | None = None    # index of the enclosing visit candidate


# ---------------------------------------------------------------- helpers

def _in(spans_start: int, spans_end: int, start: int, end: int) -> bool:
    return start >= spans_start and end <= spans_end


def _sentence_of(ctx: Context, pos: int) -> int:
    for i, s in enumerate(ctx.sentences):
        if s.start <= pos < s.end:
            return i
    return len(ctx.sentences) - 1


def _matches(rx: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in rx.finditer(text)] if rx else []


def _news_default(published: date | None) -> str | None:
    if published is None:
        return None
    return f"{published:%Y-%m}/{published.isoformat()}"


def _open_default(published: date | None) -> str | None:
    return f"../{published.isoformat()}" if published else None


def _ends_after(t: TimeExpr, published: date, days: int) -> bool:
    """A time that starts after publication, or a stated range running on past it («2025–2028»);
    «this year» runs on past publication too, but the event lies in its part before."""
    try:
        lo, hi = edtf.interval(t.edtf)
    except edtf.EDTFError:
        return False
    if lo is not None and (lo - published).days > days:
        return True
    return t.kind == "interval" and (hi is None or (hi - published).days > days)


def _time_before_publication(t: TimeExpr, published: date | None, days: int) -> bool:
    if published is None:
        return False
    try:
        lo, hi = edtf.interval(t.edtf)
    except edtf.EDTFError:
        return False
    return hi is not None and (published - hi).days > days


_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?[–—-]")


def _dateline(text: str, p: PlaceMention) -> bool:
    """«ASTANA – …», «MOSCOW, 15 April (TASS) –»: where the agency wrote, not where it happened."""
    line_start = text.rfind("\n", 0, p.start) + 1
    if text[line_start:p.start].strip():
        return False
    rest = text[p.end:p.end + 40]
    return bool(_DATELINE_AFTER.match(rest)) or (p.text.isupper() and len(p.text) > 2)


class _Article:
    """Indexes of one article's mentions by sentence, and the side logic."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        n = len(ctx.sentences)
        self.times: list[list[TimeExpr]] = [[] for _ in range(n)]
        self.countries: list[list[CountryMention]] = [[] for _ in range(n)]
        self.orgs: list[list[OrgMention]] = [[] for _ in range(n)]
        self.places: list[list[PlaceMention]] = [[] for _ in range(n)]
        self.pmentions: list[list[tuple[PersonMention, str]]] = [[] for _ in range(n)]
        for t in ctx.times:
            self.times[_sentence_of(ctx, t.start)].append(t)
        for c in ctx.countries:
            self.countries[_sentence_of(ctx, c.start)].append(c)
        for o in ctx.orgs:
            self.orgs[_sentence_of(ctx, o.start)].append(o)
        for p in ctx.places:
            if not _dateline(ctx.text, p):
                self.places[_sentence_of(ctx, p.start)].append(p)
        by_span = {(sp.start, sp.end): person.id for person in ctx.people for sp in person.mentions}
        self.person = {p.id: p for p in ctx.people}
        for pm in ctx.person_mentions:
            pid = by_span.get((pm.start, pm.end))
            if pid is None:
                # a mention the clustering folded into a wider one
                pid = next((person.id for person in ctx.people for sp in person.mentions
                            if sp.start <= pm.start and pm.end <= sp.end), None)
            if pid is not None and pm.role not in _NON_PARTICIPANT_ROLES:
                self.pmentions[_sentence_of(ctx, pm.start)].append((pm, pid))
        self.sent_text = [ctx.text[s.start:s.end] for s in ctx.sentences]
        self.paragraph = self._paragraphs()
        self.side_from_context = self._sides_from_context()
        self.heading = [self._is_heading(i) for i in range(n)]
        meeting_rx = section(ctx.lang, "events", "triggers").get("meeting")
        self.has_meeting = [bool(meeting_rx and meeting_rx.search(t)) for t in self.sent_text]

    def _is_heading(self, i: int) -> bool:
        """A headline or subheading: a short line of its own without closing punctuation."""
        s = self.ctx.sentences[i]
        text = self.sent_text[i].strip()
        before = self.ctx.text[max(0, s.start - 1):s.start]
        after = self.ctx.text[s.end:s.end + 1]
        own_line = before in ("", "\n") and after in ("", "\n")
        return own_line and len(text) < 120 and not re.search(r"[.!?…:»\"”)]$", text)

    def _paragraphs(self) -> list[int]:
        out, par = [], 0
        for i, s in enumerate(self.ctx.sentences):
            if i and "\n" in self.ctx.text[self.ctx.sentences[i - 1].end:s.start]:
                par += 1
            out.append(par)
        return out

    def person_country(self, pid: str, pm: PersonMention | None = None) -> str | None:
        if pm is not None and pm.country:
            return pm.country
        if self.person[pid].country:
            return self.person[pid].country
        return self.side_from_context.get(pid)

    def _sides_from_context(self) -> dict[str, str]:
        """A person whose title names no country («the chair of the chamber») takes the country of the
        institution their first sentence names for that title; beside a named official of that very
        country in a bilateral article, the unattributed official is the other side's."""
        out: dict[str, str] = {}
        pair = self.ctx.pair
        for i, mentions in enumerate(self.pmentions):
            known = {self.person[pid].country or pm.country for pm, pid in mentions} - {None}
            for pm, pid in mentions:
                if self.person[pid].country or pm.country or pid in out or pm.role in ("king", "president"):
                    continue
                orgs = [o for o in self.orgs[i] if o.country and (pm.org is None or o.kind == pm.org)]
                countries = {o.country for o in orgs}
                if len(countries) != 1:
                    continue
                country = next(iter(countries))
                if country in known and pm.role and len(pair) == 2 and country in pair:
                    country = pair[1] if pair[0] == country else pair[0]
                out[pid] = country
        return out

    def excluded(self, sent: int, pm: PersonMention) -> bool:
        """A person named after «on behalf of», «at the invitation of», greetings…"""
        rx = cue(self.ctx.lang, "not_participant", "before")
        if rx is None:
            return False
        s = self.ctx.sentences[sent]
        window = self.ctx.text[max(s.start, pm.start - 60):pm.start]
        for m in rx.finditer(window):
            between = window[m.end():]
            # the cue governs the name when no clause break separates them
            if not re.search(r"[.;:!?؛،]|\s(?:и|and|et|و)\s", between) or len(between) < 25:
                return True
        return False


# ---------------------------------------------------------------- step 1: triggers

def _suppressed(lang: str, etype: str, sent_text: str) -> list[tuple[int, int]]:
    return _matches(cue(lang, "not_trigger", etype), sent_text)


def _both_sides_named(art: _Article, sent: int) -> bool:
    """People of both sides of the article's pair are named in the sentence."""
    sides = {art.person_country(pid, pm) for pm, pid in art.pmentions[sent]}
    return len(art.ctx.pair) == 2 and set(art.ctx.pair) <= sides


def _find_candidates(art: _Article) -> list[_Candidate]:
    ctx = art.ctx
    triggers = section(ctx.lang, "events", "triggers")
    during_rx = cue(ctx.lang, "during", "cues")
    modality_rx = cue(ctx.lang, "modality", "proposal")
    out: list[_Candidate] = []
    for i, s in enumerate(ctx.sentences):
        text = art.sent_text[i]
        during = bool(during_rx and during_rx.search(text))
        found: dict[str, tuple[int, int, str]] = {}
        for etype, rx in triggers.items():
            blocked = _suppressed(ctx.lang, etype, text)
            for m in rx.finditer(text):
                if any(b0 <= m.start() < b1 for b0, b1 in blocked):
                    continue
                if etype == "agreement" and any(b0 <= m.start() < b1 for b0, b1 in
                                                _suppressed(ctx.lang, "agreement", text)):
                    continue
                found.setdefault(etype, (m.start(), m.end(), m.group(0)))
        if "meeting" not in found:
            weak = section(ctx.lang, "events", "weak_triggers").get("meeting")
            m = weak.search(text) if weak else None
            if m and _both_sides_named(art, i):
                found["meeting"] = (m.start(), m.end(), m.group(0))
        if not found:
            continue
        # a memorial visited is a ceremony, not a visit to a country
        if "ceremony" in found and "visit" in found:
            del found["visit"]
        # a measure or agreement only planned or considered is a proposal
        if modality_rx and (found.keys() & {"measure", "agreement", "visit"}):
            blocked = _suppressed(ctx.lang, "proposal", text)
            for m in modality_rx.finditer(text):
                if any(b0 <= m.start() < b1 for b0, b1 in blocked):
                    continue
                for etype in ("measure", "agreement", "visit"):
                    if etype in found and abs(m.start() - found[etype][0]) < 80:
                        start, end, word = found.pop(etype)
                        found.setdefault("proposal", (start, end, word))
                        break
        if "proposal" in found and "measure" in found:
            del found["measure"]
        if "proposal" in found and "visit" in found and abs(found["visit"][0] - found["proposal"][0]) < 60:
            del found["visit"]  # «invited X to visit Astana»: the visit is what is proposed
        if "agreement" in found and "measure" in found:
            signing = cue(ctx.lang, "signing", "cues")
            # «signed an agreement on visa-free travel» is the signing; «the agreement entered into force» the measure
            del found["measure" if signing and signing.search(text) else "agreement"]
        for etype, (start, end, word) in found.items():
            out.append(_Candidate(etype, i, s.start + start, s.start + end, word, during=during))
    return out


def _visit_known_by_its_frame(art: _Article, cands: list[_Candidate]) -> list[_Candidate]:
    """«during the official visit he is paying to Russia from 14 to 17 April»: an article that tells
    its visit only through the phrase placing the rest inside it still reports that visit."""
    during_rx = cue(art.ctx.lang, "during", "cues")
    if during_rx is None or any(c.type == "visit" and not c.recalled for c in cands):
        return []
    for i, s in enumerate(art.ctx.sentences):
        m = during_rx.search(art.sent_text[i])
        if m:
            return [_Candidate("visit", i, s.start + m.start(), s.start + m.end(), m.group(0))]
    return []


# ---------------------------------------------------------------- step 2: arguments

# A reported (not proposed) event cannot end this long after its article was published:
# such a time is a validity period («roadmap for 2025–2028») or a plan, not the event's date.
_REPORTED_EVENT_SLACK_DAYS = 31


def _pick_time(art: _Article, c: _Candidate) -> TimeExpr | None:
    times = art.times[c.sent]
    published = art.ctx.published
    if c.type != "proposal" and published is not None:
        times = [t for t in times if not _ends_after(t, published, _REPORTED_EVENT_SLACK_DAYS)]
    if c.type == "visit" and art.has_meeting[c.sent]:
        # «Today X held talks with Y, who is in Moscow on an official visit»: the day is the talks'
        times = [t for t in times if t.kind not in ("day", "relative") or (edtf.precision_days(t.edtf) or 2) > 1]
    if not times:
        return None
    return min(times, key=lambda t: abs(t.start - c.trig_start))


def _destination(art: _Article, c: _Candidate) -> tuple[str | None, PlaceMention | None]:
    """Country (and city) a visit goes to, from destination words before a country or place."""
    ctx = art.ctx
    data = section(ctx.lang, "events", "destination")
    before_rx = data.get("before")
    s = ctx.sentences[c.sent]
    suffixes = [str(x) for x in (_raw(ctx.lang, "destination").get("after_suffix") or [])]

    def marked(start: int, surface: str) -> bool:
        window = ctx.text[max(s.start, start - 30):start]
        if before_rx is not None and any(m.end() >= len(window.rstrip()) - 1 and window[m.end():].strip() == ""
                                         for m in before_rx.finditer(window)):
            return True
        # Arabic glues «إلى»'s short sibling «ب» and Kazakh its dative ending onto the name
        if ctx.lang == "ar" and surface[:1] in ("ب",) and not surface.startswith("بين"):
            return True
        return any(surface.endswith(sfx) for sfx in suffixes)

    for p in art.places[c.sent]:
        if p.country and marked(p.start, p.text):
            return p.country, p if p.kind != "building" else None
    for cm in art.countries[c.sent]:
        if cm.form in ("name", "capital") and marked(cm.start, cm.text):
            return cm.code, None
    return None, None


def _raw(lang: str, table: str) -> dict:
    from accord.lang.data import load
    return load(lang, "events").get(table, {})


def _sentence_sides(art: _Article, sent: int) -> list[str]:
    """Countries the sentence's actors belong to, in order of appearance."""
    seen: list[tuple[int, str]] = []
    for cm in art.countries[sent]:
        seen.append((cm.start, cm.code))
    for o in art.orgs[sent]:
        if o.country:
            seen.append((o.start, o.country))
    for pm, pid in art.pmentions[sent]:
        cc = art.person_country(pid, pm)
        if cc:
            seen.append((pm.start, cc))
    return [cc for _, cc in sorted(seen)]


def _visitor(art: _Article, c: _Candidate, host: str | None) -> str | None:
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


def _other(pair: list[str], side: str | None) -> str | None:
    if side is None or len(pair) != 2 or side not in pair:
        return None
    return pair[1] if pair[0] == side else pair[0]


def _people_in(art: _Article, sent: int, lo: int | None = None, hi: int | None = None) -> list[tuple[PersonMention, str]]:
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


def _says(art: _Article, table: str, sent: int) -> bool:
    rx = cue(art.ctx.lang, table, "cues")
    return bool(rx and rx.search(art.sent_text[sent]))


def _delegation_sentences(art: _Article) -> list[int]:
    rx = cue(art.ctx.lang, "delegation", "cues")
    if rx is None:
        return []
    return [i for i, t in enumerate(art.sent_text) if rx.search(t)]


_CLAUSE_BREAK = re.compile(r"[,;:،؛]")


def _clause(art: _Article, c: _Candidate) -> tuple[int, int]:
    """Bounds of the comma-delimited clauses holding the type's triggers: who signed is named there
    («the signing of the Declaration, signed on 28 October by the King and the President»)."""
    s = art.ctx.sentences[c.sent]
    text = art.sent_text[c.sent]
    rx = section(art.ctx.lang, "events", "triggers").get(c.type)
    spans = [(m.start(), m.end()) for m in rx.finditer(text)] if rx else []
    spans = spans or [(c.trig_start - s.start, c.trig_end - s.start)]
    lo_rel = min(a for a, _ in spans)
    hi_rel = max(b for _, b in spans)
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, lo_rel)]
    end = _CLAUSE_BREAK.search(text, hi_rel)
    return s.start + (starts[-1] if starts else 0), s.start + (end.start() if end else len(text))


def _reporting_cut(art: _Article, c: _Candidate) -> int | None:
    """Offset of a reporting verb («X noted that …») before the trigger: who is named before it speaks."""
    rx = cue(art.ctx.lang, "reporting", "cues")
    if rx is None:
        return None
    s0 = art.ctx.sentences[c.sent].start
    matches = list(rx.finditer(art.sent_text[c.sent]))
    ends = [s0 + m.end() for m in matches if s0 + m.end() <= c.trig_start]
    if ends:
        return ends[-1]
    if _raw_flag(art.ctx.lang, "verb_final") and any(s0 + m.start() >= c.trig_end for m in matches):
        return c.trig_start
    return None


def _raw_flag(lang: str, name: str) -> bool:
    from accord.lang.data import load
    return bool(load(lang, "events").get(name, False))


def _fill(art: _Article, cands: list[_Candidate]) -> None:
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
            elif _time_before_publication(c.time, ctx.published, 45):
                c.recalled = True
        elif c.sent > 0 and _says(art, "same_time", c.sent):
            prev = [t for t in art.times[c.sent - 1]]
            if prev:
                c.time, c.when = prev[-1], prev[-1].edtf
        elif c.recalled and c.type != "proposal" and c.sent > 0 and art.paragraph[c.sent - 1] == art.paragraph[c.sent]:
            # «at that time», «former»: the date of the sentence before, when it is a past one
            prev = [t for t in art.times[c.sent - 1] if _time_before_publication(t, ctx.published, 45)]
            if prev:
                c.time = prev[-1]
                c.when = prev[-1].edtf
        c.orgs = sorted({f"{o.country or '?'}:{o.kind}" for o in art.orgs[c.sent]})
        # the speaker of a recalled event is not in it; at talks being reported, the speaker is
        cut = _reporting_cut(art, c) if (c.type != "meeting" or c.recalled) else None
        places = [p for p in art.places[c.sent]]
        if c.type == "visit":
            dest, city = _destination(art, c)
            c.host = dest
            c.visitor = _visitor(art, c, dest)
            if c.host is None:
                c.host = _other(ctx.pair, c.visitor)
            if c.visitor is None:
                c.visitor = _other(ctx.pair, c.host)
            c.place = city
            c.people = [pid for pm, pid in _people_in(art, c.sent, lo=cut)
                        if art.person_country(pid, pm) in (None, c.visitor) and art.person_country(pid, pm) != c.host]
        else:
            # a ceremony honours whoever is named after its trigger, a proposal is made to whoever
            # is named after it: the participants come before
            hi = c.trig_start if c.type in ("ceremony", "proposal") else None
            if c.type in ("agreement", "measure", "ceremony"):
                lo_c, hi_c = _clause(art, c)
                cut = max(cut or lo_c, lo_c)
                hi = min(hi or hi_c, hi_c)
            ppl = _people_in(art, c.sent, lo=cut, hi=hi)
            c.people = [pid for _, pid in ppl]
            buildings = [p for p in places if p.kind == "building"]
            cities = [p for p in places if p.kind != "building"]
            c.place = (buildings or cities or [None])[0]
            place_countries = {p.country for p in places if p.country}
            if c.place is not None and len(place_countries) == 1:
                c.host = c.place.country
            if c.type == "proposal":
                c.host = _destination(art, c)[0] or c.host
            elif c.type == "meeting":
                c.host = c.host or _reception_host(art, c)
        c.anchored = bool(c.time is not None or c.people or
                          any(o.country for o in art.orgs[c.sent]) or c.type not in ("meeting",))


def _reception_host(art: _Article, c: _Candidate) -> str | None:
    """«A received B»: A's country hosts (B's, when the sentence is passive)."""
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
    if is_passive:
        receiver, received = after[:1], before[-1:]
    elif before:
        receiver, received = before[-1:], after[:1]
    else:  # verb-first languages (Arabic): «استقبل A B»
        receiver, received = after[:1], after[1:2]
    for pm, pid in receiver:
        if art.person_country(pid, pm):
            return art.person_country(pid, pm)
    for pm, pid in received:
        if art.person_country(pid, pm):
            host = _other(art.ctx.pair, art.person_country(pid, pm))
            for rpm, rpid in receiver:  # whoever received them is of the host's side
                if host and not art.person_country(rpid, rpm):
                    art.side_from_context[rpid] = host
            return host
    # «A received a delegation of B-land»: the delegation's country is the visiting side
    for cm in art.countries[c.sent]:
        if cm.start >= verb_end and cm.form in ("adjective", "people", "name") and cm.code in art.ctx.pair:
            host = _other(art.ctx.pair, cm.code)
            for rpm, rpid in receiver:
                if host and not art.person_country(rpid, rpm):
                    art.side_from_context[rpid] = host
            return host
    return None


def _split_plural_meetings(art: _Article, cands: list[_Candidate]) -> list[_Candidate]:
    """«meetings with A, B and C»: one meeting per counterpart listed after the trigger."""
    plural_rx = cue(art.ctx.lang, "plural", "meeting")
    out: list[_Candidate] = []
    for c in cands:
        if c.type != "meeting" or plural_rx is None:
            out.append(c)
            continue
        text = art.sent_text[c.sent]
        m = plural_rx.search(text)
        s0 = art.ctx.sentences[c.sent].start
        after = [(pm, pid) for pm, pid in _people_in(art, c.sent, lo=c.trig_start)]
        pids = list(dict.fromkeys(pid for _, pid in after))
        if not m or len(pids) < 2 or abs(s0 + m.start() - c.trig_start) > 40:
            out.append(c)
            continue
        before = [pid for pm, pid in _people_in(art, c.sent, hi=c.trig_start)]
        for pid in pids:
            # each meeting keeps only its counterpart's institution, not the whole list's
            orgs = sorted({f"{art.person_country(p, pm) or '?'}:{pm.org}" for pm, p in after if p == pid and pm.org})
            out.append(_Candidate(**{**c.__dict__, "people": before + [pid], "counterparts": [pid],
                                     "orgs": orgs, "segment": [], "extra_sents": []}))
    return out


def _fold_headings(art: _Article, cands: list[_Candidate]) -> list[_Candidate]:
    """A (sub)heading announces what the next sentences tell: it is evidence of that event, not another."""
    out: list[_Candidate] = []
    for c in cands:
        if art.heading[c.sent]:
            # the headline announces the article's event wherever it is told; a subheading the next lines
            reach = len(art.ctx.sentences) if c.sent < 3 else 4
            nxt = next((n for n in cands if n.type == c.type and c.sent < n.sent <= c.sent + reach
                        and not art.heading[n.sent]), None)
            if nxt is not None:
                nxt.extra_sents.append(c.sent)
                continue
        out.append(c)
    return out


def _information(art: _Article, c: _Candidate) -> tuple[int, int]:
    """How much a mention says: the best one is the event's evidence."""
    return (int(_explicit(c)) * 2 + len(c.people) + int(c.host is not None) + int(c.place is not None)
            - 3 * int(art.heading[c.sent]), -c.sent)


def _segments(art: _Article, cands: list[_Candidate]) -> None:
    """The sentences after an event that go on talking about it, up to the next event told."""
    # a recalled event told in passing («the agreements reached during last year's visit») is part of
    # what the talks were about; a measure is a fact of its own
    starts = sorted({c.sent for c in cands if not (c.recalled and c.type != "measure")
                     and not (c.type == "meeting" and not c.anchored)})
    n = len(art.ctx.sentences)
    for c in cands:
        nxt = next((s for s in starts if s > c.sent), n)
        c.segment = list(range(c.sent, nxt))


def _topics(art: _Article, c: _Candidate) -> list[str]:
    if c.type == "visit":
        return []
    if c.type in _SEGMENT_TYPES:
        text = " ".join(art.sent_text[i] for i in c.segment + c.extra_sents)
    else:
        text = art.sent_text[c.sent]
    topics = find_topics(text, art.ctx.lang)
    # a document between two chambers is inter-parliamentary whatever else it covers
    if c.type == "agreement" and "parliamentary" not in topics and \
            sum(o.kind in _CHAMBERS for o in art.orgs[c.sent]) >= 2:
        topics.insert(0, "parliamentary")
    return topics


# ---------------------------------------------------------------- step 3: coreference

def _interval(value: str | None) -> edtf.Interval:
    try:
        return edtf.interval(value)
    except edtf.EDTFError:
        return None, None


def _explicit(c: _Candidate) -> bool:
    return c.time is not None and c.time.kind != "open"


def _compatible_time(a: _Candidate, b: _Candidate) -> bool:
    # «recently» and «in 2014» in one article are two events, not one told twice
    if (_explicit(a) and b.time is not None and not _explicit(b)) or \
            (_explicit(b) and a.time is not None and not _explicit(a)):
        return False
    if a.time is None or b.time is None:
        # an undated recalled mention is not the dated news event, and vice versa
        if a.recalled != b.recalled and (a.time is not None or b.time is not None):
            return False
        return True
    return edtf.intersects(_interval(a.when), _interval(b.when))


def _same_event(art: _Article, a: _Candidate, b: _Candidate, visitors: frozenset[str] = frozenset()) -> bool:
    if a.type != b.type or not _compatible_time(a, b):
        return False
    if a.type == "visit":
        if a.host and b.host and a.host != b.host:
            return False
        if a.visitor and b.visitor and a.visitor != b.visitor:
            return False
        if a.recalled != b.recalled and (a.time is None) != (b.time is None):
            return False
        pa, pb = set(a.people), set(b.people)
        if pa and pb and not (pa & pb):
            return False
        return True
    if a.type == "meeting":
        ca, cb = set(a.counterparts or a.people) - visitors, set(b.counterparts or b.people) - visitors
        if a.counterparts and b.counterparts:
            return bool(set(a.counterparts) & set(b.counterparts))
        if ca and cb:
            # each names someone besides the visitors: the same someone, or two meetings
            return bool(ca & cb)
        oa = {o for o in a.orgs if not o.startswith("?")}
        ob = {o for o in b.orgs if not o.startswith("?")}
        # one tells who took part, the other only «the meeting»: the same talks when the
        # people or the institutions overlap, or when bare «talks» follow right after
        if bool(set(a.people) & set(b.people)) or bool(oa & ob):
            return True
        bare = [x for x in (a, b) if not x.people and not any(not o.startswith("?") for o in x.orgs)]
        return len(bare) == 1 and abs(a.sent - b.sent) <= 2 and bare[0].sent > min(a.sent, b.sent)
    if a.type == "agreement" and not a.recalled and not b.recalled:
        return not a.topics or not b.topics or bool(set(a.topics) & set(b.topics))
    if a.type in ("measure", "proposal", "agreement"):
        return bool(set(a.topics) & set(b.topics)) and (a.time is not None or b.time is None)
    if a.type == "ceremony":
        return a.place is not None and b.place is not None and a.place.name == b.place.name
    return False


def _cluster(art: _Article, cands: list[_Candidate]) -> list[list[_Candidate]]:
    visitors = frozenset(p for c in cands if c.type == "visit" and not c.recalled for p in c.people)
    groups: list[list[_Candidate]] = []
    for c in cands:
        home = None
        for g in groups:
            if all(x.sent != c.sent or x.type != c.type or set(x.counterparts) == set(c.counterparts) for x in g) \
                    and all(_same_event(art, x, c, visitors) for x in g):
                home = g
                break
        if home is None:
            groups.append([c])
        else:
            home.append(c)
    return groups


# ---------------------------------------------------------------- step 4: assembly

def _best_when(group: list[_Candidate], default: str | None) -> str | None:
    dated = [c for c in group if c.when]
    if not dated:
        return default
    return min(dated, key=lambda c: edtf.precision_days(c.when) or 10**9).when


def _leader(art: _Article, visit_people: list[str]) -> str | None:
    """Head of a delegation: a person with a chair role, else the first listed."""
    for pid in visit_people:
        role = art.person[pid].role or ""
        if role in ("speaker", "head_of_state", "head_of_government", "president", "group_chair",
                    "foreign_minister", "king", "minister"):
            return pid
    return visit_people[0] if visit_people else None


def extract_events(ctx: Context) -> list[EventMention]:
    """The event mentions of one article, coreferent mentions merged, with part_of links."""
    art = _Article(ctx)
    cands = _find_candidates(art)
    _fill(art, cands)
    framed = _visit_known_by_its_frame(art, cands)
    if framed:
        _fill(art, framed)
        cands = sorted(cands + framed, key=lambda c: (c.sent, c.trig_start))
    cands = _split_plural_meetings(art, cands)
    _segments(art, cands)

    # anaphoric meeting cues («during this meeting») lend their sentence to the meeting before
    anaphoric = cue(ctx.lang, "not_trigger", "meeting")
    if anaphoric is not None:
        for i, t in enumerate(art.sent_text):
            if anaphoric.search(t):
                prev = [c for c in cands if c.type == "meeting" and c.sent < i]
                if prev:
                    last = max(c.sent for c in prev)
                    for c in prev:
                        if c.sent == last and i not in c.segment:
                            c.extra_sents.append(i)
                    half = art.ctx.sentences[i].start + (art.ctx.sentences[i].end - art.ctx.sentences[i].start) // 2
                    for c in prev:
                        if c.sent == last:
                            c.people += [pid for pm, pid in _people_in(art, i, hi=half) if pid not in c.people]
                    ref = next(c for c in prev if c.sent == last)
                    for c in cands:
                        if c.sent == i and c.time is None and ref.time is not None:
                            c.time, c.when = ref.time, ref.when

    # delegation lists give the visit its members
    deleg = _delegation_sentences(art)
    visits = [c for c in cands if c.type == "visit"]
    for i in deleg:
        target = None
        before = [v for v in visits if v.sent <= i and not v.recalled]
        if before:
            target = before[-1]
        elif visits:
            target = visits[0]
        if target is None:
            continue
        for pm, pid in _people_in(art, i):
            cc = art.person_country(pid, pm)
            if cc != target.host and pid not in target.people:
                target.people.append(pid)

    cands = _fold_headings(art, cands)
    for c in cands:
        c.topics = _topics(art, c)

    # weak meeting mentions (a heading «Meetings at the highest level») join a neighbour
    strong = [c for c in cands if c.type != "meeting" or c.anchored]
    weak = [c for c in cands if c.type == "meeting" and not c.anchored]
    meetings = [c for c in strong if c.type == "meeting"]
    for w in weak:
        if not meetings:
            strong.append(w)
    groups = _cluster(art, sorted(strong, key=lambda c: (c.sent, c.trig_start)))

    # the article's news visit: the first visit group not recalled
    visit_groups = [g for g in groups if g[0].type == "visit"]
    news_visits = [g for g in visit_groups if not all(c.recalled for c in g)]
    news_default = _news_default(ctx.published)

    events: list[EventMention] = []
    group_event: dict[int, EventMention] = {}
    for gi, g in enumerate(groups):
        first = g[0]
        recalled = all(c.recalled for c in g)
        if first.type == "proposal":
            default = None
        elif recalled:
            default = _open_default(ctx.published)
        else:
            default = news_default
        people: list[str] = []
        for c in g:
            people += [p for p in c.people if p not in people]
        topics: list[str] = []
        for c in g:
            topics += [t for t in c.topics if t not in topics]
        host = next((c.host for c in g if c.host), None)
        place = next((c.place for c in g if c.place), None)
        rep = max(g, key=lambda c: _information(art, c))
        s = ctx.sentences[rep.sent]
        ev = EventMention(
            id=f"e{gi + 1}", type=first.type, start=s.start, end=s.end, text=ctx.text[s.start:s.end],
            when=_best_when(g, default), countries=list(ctx.pair), host=host, place=place,
            people=people, orgs=sorted({o for c in g for o in c.orgs}), topics=topics,
            recalled=recalled, trigger=rep.trigger,
            evidence=sorted({Span(ctx.sentences[i].start, ctx.sentences[i].end)
                             for c in g for i in [c.sent, *c.extra_sents] if i != rep.sent},
                            key=lambda sp: sp.start),
        )
        if first.type == "visit":
            visitor = next((c.visitor for c in g if c.visitor), None)
            ev.host = host or _other(ctx.pair, visitor)
        if first.type in ("proposal", "measure") and not any(c.place for c in g):
            ev.host = None
        group_event[gi] = ev
        events.append(ev)

    if not news_visits:
        implied = _implied_visit(art, groups, group_event)
        if implied is not None:
            groups.append(implied[0])
            group_event[len(groups) - 1] = implied[1]
            events.append(implied[1])
            news_visits = [implied[0]]

    _recalled_parts(art, groups, group_event)

    # part_of: what happened during the news visit belongs to it
    for gi, g in enumerate(groups):
        ev = group_event[gi]
        if ev.type not in ("meeting", "agreement", "ceremony") or not news_visits:
            continue
        vgi = groups.index(news_visits[0])
        visit = group_event[vgi]
        during = any(c.during for c in g)
        inside = (not ev.recalled and ev.when is not None and visit.when is not None and
                  edtf.within(_interval(ev.when), _interval(visit.when)))
        if ev.type in ("agreement", "ceremony") and not ev.recalled and _date_fits(ev.when, visit.when):
            inside = True  # signed or laid while the delegation was there
        if during or inside or (not ev.recalled and ev.type == "meeting" and visit.host and ev.host in (None, visit.host)
                                and _date_fits(ev.when, visit.when)):
            ev.part_of = visit.id
            ev.host = ev.host or visit.host
            if ev.when in (None, news_default) and visit.when:
                ev.when = visit.when
            lead = _leader(art, visit.people)
            if ev.type == "meeting" and lead and lead not in ev.people:
                ev.people.insert(0, lead)
            if ev.type == "meeting" and _both_sides(art, g):
                counterpart = _host_leader(art, visit, groups, group_event)
                if counterpart and counterpart not in ev.people:
                    ev.people.append(counterpart)
    return events


def _recalled_parts(art: _Article, groups: list[list[_Candidate]], group_event: dict[int, EventMention]) -> None:
    """«the state visit of 2023, which was crowned by the signing of a declaration»: a recalled
    signing or meeting told in the recalled visit's sentence (or the next) happened during it."""
    visits = [(gi, g) for gi, g in enumerate(groups) if group_event[gi].type == "visit" and group_event[gi].recalled]
    for gi, g in enumerate(groups):
        ev = group_event[gi]
        if ev.type not in ("meeting", "agreement", "ceremony") or not ev.recalled or ev.part_of:
            continue
        sents = {c.sent for c in g}
        for vgi, vg in visits:
            near = any(c.sent in sents or c.sent + 1 in sents for c in vg)
            if near and ev.when and group_event[vgi].when and \
                    edtf.intersects(_interval(ev.when), _interval(group_event[vgi].when)):
                ev.part_of = group_event[vgi].id
                ev.host = ev.host or group_event[vgi].host
                break


def _both_sides(art: _Article, group: list[_Candidate]) -> bool:
    rx = cue(art.ctx.lang, "both_sides", "cues")
    return bool(rx and any(rx.search(art.sent_text[c.sent]) for c in group))


def _host_leader(art: _Article, visit: EventMention, groups: list[list[_Candidate]],
                 group_event: dict[int, EventMention]) -> str | None:
    """The host side's principal: the first host-side person the visit's own sentences name
    (the one who invited), else the first in the article's meetings."""
    spans = [Span(visit.start, visit.end), *visit.evidence]
    for sp in spans:
        i = _sentence_of(art.ctx, sp.start)
        for pm, pid in art.pmentions[i]:
            if visit.host and art.person_country(pid, pm) == visit.host:
                return pid
    for gi, g in enumerate(groups):
        if group_event[gi].type == "meeting":
            for pid in group_event[gi].people:
                if visit.host and art.person_country(pid) == visit.host:
                    return pid
    return None


def _implied_visit(art: _Article, groups: list[list[_Candidate]],
                   group_event: dict[int, EventMention]) -> tuple[list[_Candidate], EventMention] | None:
    """Talks in one side's country with the other side's people there: a visit, though never called one
    (GOLD.md: «received in Rabat» is a visit)."""
    ctx = art.ctx
    if len(ctx.pair) != 2:
        return None
    for gi, g in enumerate(groups):
        ev = group_event[gi]
        if ev.type != "meeting" or ev.recalled:
            continue
        host = ev.host or _lead_host(art)
        if host is None:
            continue
        visitors = [p for p in ev.people if art.person_country(p) not in (None, host)]
        if not visitors:
            continue
        ev.host = host
        first = g[0]
        visit = EventMention(
            id=f"e{len(groups) + 1}", type="visit", start=ev.start, end=ev.end, text=ev.text,
            when=_news_default(ctx.published) if ev.when is None or (edtf.precision_days(ev.when) or 99) <= 31
            else ev.when,
            countries=list(ctx.pair), host=host, place=ev.place if ev.place and ev.place.kind != "building" else None,
            people=visitors, trigger=first.trigger, evidence=list(ev.evidence), confidence=0.7,
        )
        cand = _Candidate(type="visit", sent=first.sent, trig_start=first.trig_start, trig_end=first.trig_end,
                          trigger=first.trigger, host=host, people=list(visitors))
        return [cand], visit
    return None


def _lead_host(art: _Article) -> str | None:
    """Where the article's news happens, when its headline or lead names a city: «принята в Астане»."""
    for i in range(min(3, len(art.ctx.sentences))):
        for p in art.places[i]:
            if p.country and p.country in art.ctx.pair:
                return p.country
    return None


def _date_fits(inner: str | None, outer: str | None) -> bool:
    if inner is None or outer is None:
        return True
    return edtf.intersects(_interval(inner), _interval(outer))

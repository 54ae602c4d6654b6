"""The article as the event rules see it: its mentions indexed by sentence, and shared helpers."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from accord import edtf
from accord.analyse.lexicon import cue, section
from accord.lang.data import load
from accord.lang.orthography import words_pattern
from accord.model import (
    CountryMention,
    OrgMention,
    Person,
    PersonMention,
    PlaceMention,
    Span,
    TimeExpr,
)

# Event types whose topics come from the whole segment that talks about them.
SEGMENT_TYPES = ("meeting", "visit")
# Institutions whose documents with each other are inter-parliamentary.
CHAMBERS = {"lower_chamber", "upper_chamber", "parliament", "friendship_group"}
# Roles never taken as participants: a photo credit names no one who was there.
# who speaks for an office reports the event; a photo credit names who took the picture
_NON_PARTICIPANT_ROLES = {"photo_credit", "spokesperson"}


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

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start offsets of the sentences, for finding a position's sentence by bisection."""
        return [s.start for s in self.sentences]


@dataclass
class Candidate:
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
    host_stated: bool = False     # the text says where: a destination («expected to visit Kuwait»), a ratifying chamber
    place: PlaceMention | None = None
    people: list[str] = field(default_factory=list)
    counterparts: list[str] = field(default_factory=list)   # people of the other side (meetings)
    orgs: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    segment: list[int] = field(default_factory=list)
    anchored: bool = False        # has a named counterpart, org or its own date
    extra_sents: list[int] = field(default_factory=list)
    part_of: int | None = None    # index of the enclosing visit candidate
    listed: bool = False          # an item of a list («the following documents were signed:»)
    # the part of its sentence that tells it, when the sentence tells two events of one type
    # («launched a shipping line in August, while the transit agreement took effect on 1 July»)
    bounds: tuple[int, int] | None = None
    # a document named in a run of documents: the stretch of its sentence up to the next one, which says
    # what it is about («a roadmap on critical minerals, an agreement on locomotives»)
    own_words: tuple[int, int] | None = None
    generic_document: bool = True  # a signing that names no kind of document («were signed»)
    counted_set: bool = False     # one set of documents told by their count («signed five agreements»)
    announced: bool = False       # told as coming («will arrive on 22 July»): dated as announced
    # a stop of a tour told in passing: "from" the country left, "to" the country next (legs.py)
    leg: str | None = None
    leg_country: str | None = None
    # the visit the article tells, named from its receiver's side («Tokayev thanked Scholz for his
    # visit»): only people known to be of the visiting side are its visitors
    from_host_side: bool = False


# ---------------------------------------------------------------- helpers



_LIST_MARKER = re.compile(r"(?:\d{1,2}[.)]|[-–—•·*▪]|[a-zа-я][.)])\s")
_NUMBER_MARKER = re.compile(r"\d{1,2}[.)](?:\s|$)")


def skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def sentence_of(ctx: Context, pos: int) -> int:
    """Index of the sentence holding `pos` (the one before it when `pos` falls between sentences)."""
    i = bisect.bisect_right(ctx.sentence_starts, pos) - 1
    return min(max(i, 0), len(ctx.sentences) - 1)


def match_spans(rx: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in rx.finditer(text)] if rx else []


def suppressed_spans(lang: str, etype: str, sent_text: str) -> list[tuple[int, int]]:
    """The spans where a trigger of `etype` tells no event: `[not_trigger]` (which also refer back to
    the event before) and `[not_talks]` (a greeting at the airport, an invitation accepted: no talks)."""
    return match_spans(cue(lang, "not_trigger", etype), sent_text) + match_spans(cue(lang, "not_talks", etype),
                                                                                 sent_text)


def news_date(published: date | None) -> str | None:
    return edtf.undated_news(published) if published else None


def announced_default(published: date | None) -> str | None:
    """An event announced without a date runs from the publication on (GOLD.md Clarifications)."""
    return f"{published.isoformat()}/.." if published else None


def is_welcome(lang: str, trigger: str) -> bool:
    """The trigger names a protocol welcome or farewell (the `[welcome]` cues of the language)."""
    rx = cue(lang, "welcome", "cues")
    return bool(rx and rx.fullmatch(trigger))


def open_default(published: date | None) -> str | None:
    return f"../{published.isoformat()}" if published else None


def ends_after(t: TimeExpr, published: date, days: int) -> bool:
    """A time that starts after publication, or a stated range running on past it («2025–2028»);
    «this year» runs on past publication too, but the event lies in its part before."""
    try:
        lo, hi = edtf.interval(t.edtf)
    except edtf.EDTFError:
        return False
    if lo is not None and (lo - published).days > days:
        return True
    return t.kind == "interval" and (hi is None or (hi - published).days > days)


def time_before_publication(t: TimeExpr, published: date | None, days: int) -> bool:
    if published is None:
        return False
    hi = edtf.lenient_interval(t.edtf)[1]
    return hi is not None and (published - hi).days > days


# «ASTANA –», «MOSCOW (TASS) –», «Tunis, 12 avr 2026 (TAP) -», «الرياض، 14 أبريل (واس) -», and the Gulf
# papers' «Dubai: …» (a city before a colon at the start of a line names no speaker)
_DATELINE_AFTER = re.compile(r"\s*(?:[,،]\s*[^\n()–—:-]{1,30}?\s*)?(?:\([^)]{0,30}\)\s*)?[–—:-]")


def is_dateline(text: str, p: PlaceMention) -> bool:
    """«ASTANA – …», «MOSCOW, 15 April (TASS) –»: where the agency wrote, not where it happened."""
    line_start = text.rfind("\n", 0, p.start) + 1
    if text[line_start:p.start].strip():
        return False
    rest = text[p.end:p.end + 40]
    return bool(_DATELINE_AFTER.match(rest)) or (p.text.isupper() and len(p.text) > 2)


def _speaker_label(text: str, pm: PersonMention) -> bool:
    """«Vladimir Baibakov: We are preparing …»: the name that labels an answer in an interview
    says who speaks, not who took part in what the answer tells."""
    line_start = text.rfind("\n", 0, pm.start) + 1
    return not text[line_start:pm.start].strip() and text[pm.end:pm.end + 2].lstrip(" ").startswith(":")


_SENTENCE_END = re.compile(r"[.!?؟;؛:\n«»\"“”()]")


def _spokespeople(ctx: "Context") -> set[str]:
    """People set off by a spokesperson's title the title pass did not join to them: the title with its
    office before the name («le porte-parole du Kremlin, Dmitri Peskov», «المتحدث الرسمي باسم الكرملين،
    ديمتري بيسكوف»), or in apposition after it («Dmitry Peskov, the Russian President's press secretary»,
    «Дмитрий Песков, пресс-секретарь президента»). A title goes to the nearest name it stands beside: the
    name before it only where no other title comes between it and the next name («Путин, чей пресс-секретарь
    Песков»)."""
    from accord.analyse.people.lexicon import lexicon
    titles = lexicon(ctx.lang).titles.find(ctx.text)
    if not any(t.payload.role in _NON_PARTICIPANT_ROLES for t in titles):
        return set()
    by_span = {(sp.start, sp.end): person.id for person in ctx.people for sp in person.mentions}
    mentions = sorted((pm for pm in ctx.person_mentions if (pm.start, pm.end) in by_span), key=lambda pm: pm.start)
    text = ctx.text
    out: set[str] = set()
    for i, pm in enumerate(mentions):
        prev_end = mentions[i - 1].end if i else 0
        before = [t for t in titles if prev_end <= t.start and t.end <= pm.start]
        if before and before[-1].payload.role in _NON_PARTICIPANT_ROLES and pm.start - before[-1].end <= 45 \
                and not _SENTENCE_END.search(text, before[-1].end, pm.start):
            out.add(by_span[(pm.start, pm.end)])
            continue
        gap = re.match(r"[ \u00a0]*,[ \u00a0]*", text[pm.end:pm.end + 4])
        nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        after = [t for t in titles if pm.end <= t.start and t.end <= nxt]
        spk = next((t for t in after if t.payload.role in _NON_PARTICIPANT_ROLES), None)
        if gap is None or spk is None or spk.start - pm.end > 40 or _SENTENCE_END.search(text, pm.end, spk.start):
            continue
        # (the title followed by a name of its own, no other title between, is that name's)
        owner_next = nxt - spk.end <= 45 and after[-1] is spk and not _SENTENCE_END.search(text, spk.end, nxt)
        if not owner_next:
            out.add(by_span[(pm.start, pm.end)])
    return out


class Article:
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
            self.times[sentence_of(ctx, t.start)].append(t)
        for c in ctx.countries:
            self.countries[sentence_of(ctx, c.start)].append(c)
        for o in ctx.orgs:
            self.orgs[sentence_of(ctx, o.start)].append(o)
        for p in ctx.places:
            if not is_dateline(ctx.text, p):
                self.places[sentence_of(ctx, p.start)].append(p)
        by_span = {(sp.start, sp.end): person.id for person in ctx.people for sp in person.mentions}
        self.person = {p.id: p for p in ctx.people}
        spokespeople = _spokespeople(ctx)
        for pm in ctx.person_mentions:
            pid = by_span.get((pm.start, pm.end))
            if pid is None:
                # a mention the clustering folded into a wider one
                pid = next((person.id for person in ctx.people for sp in person.mentions
                            if sp.start <= pm.start and pm.end <= sp.end), None)
            # «пресс-секретарь Дмитрий Песков … Господин Песков подтвердил»: every mention of a spokesperson
            if pid is not None and pm.role not in _NON_PARTICIPANT_ROLES \
                    and self.person[pid].role not in _NON_PARTICIPANT_ROLES and pid not in spokespeople \
                    and not _speaker_label(ctx.text, pm):
                self.pmentions[sentence_of(ctx, pm.start)].append((pm, pid))
        self.sent_text = [ctx.text[s.start:s.end] for s in ctx.sentences]
        self.paragraph = self._paragraphs()
        self.side_from_context = self._sides_from_context()
        self.heading = [self._is_heading(i) for i in range(n)]
        self.list_item = self._list_items()
        meeting_rx = section(ctx.lang, "events", "triggers").get("meeting")
        self.has_meeting = [bool(meeting_rx and meeting_rx.search(t)) for t in self.sent_text]

    def _list_items(self) -> list[bool]:
        """Sentences that are items of a list announced by a sentence ending with a colon. A numbered
        item's number split off as a sentence of its own («1.», then «Accord entre …») makes the text
        after it the item too."""
        out = [False] * len(self.sent_text)
        numbered = False  # the list's items open with a number: so does each next one
        for i in range(1, len(self.sent_text)):
            prev = self.sent_text[i - 1].rstrip()
            text = self.sent_text[i].lstrip()
            own_line = "\n" in self.ctx.text[self.ctx.sentences[i - 1].end:self.ctx.sentences[i].start]
            if own_line and prev.endswith(":"):
                out[i], numbered = True, bool(_NUMBER_MARKER.match(text))
            elif own_line and out[i - 1] and len(text) < 400:
                out[i] = not numbered or bool(_NUMBER_MARKER.match(text))
            elif not own_line and out[i - 1] and _LIST_MARKER.fullmatch(prev + " "):
                out[i] = True
        return out

    def _is_heading(self, i: int) -> bool:
        """A headline or subheading: a short line of its own without closing punctuation."""
        s = self.ctx.sentences[i]
        text = self.sent_text[i].strip()
        before = self.ctx.text[max(0, s.start - 1):s.start]
        after = self.ctx.text[s.end:s.end + 1]
        own_line = before in ("", "\n") and after in ("", "\n")
        # a numbered or bulleted line («1. a roadmap …;») is an item of a list, not a heading
        return (own_line and len(text) < 120 and not re.search(r"[.!?…:;,،؛»\"”)]$", text)
                and not _LIST_MARKER.match(text))

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
        seen: set[str] = set()
        pair = self.ctx.pair
        for i, mentions in enumerate(self.pmentions):
            known = {self.person[pid].country or pm.country for pm, pid in mentions} - {None}
            for pm, pid in mentions:
                first = pid not in seen
                seen.add(pid)
                # only a title names an institution the person belongs to, and only where first introduced
                if not first or not pm.role or self.person[pid].country or pm.country or pid in out \
                        or pm.role in ("king", "president"):
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

    def receiver(self, sent: int, pm: PersonMention) -> bool:
        """The person who receives a visitor («accueilli à l'aéroport par X», «كان في استقباله X», «его
        встретил X», «X қарсы алды»: `[receiver]` cues), of the host side, never its visitor."""
        s = self.ctx.sentences[sent]
        others = [o.start for o, _ in self.pmentions[sent] if o is not pm]
        before = cue(self.ctx.lang, "receiver", "before")
        if before is not None:
            for m in before.finditer(self.ctx.text, max(s.start, pm.start - 80), pm.start):
                gap = self.ctx.text[m.end():pm.start]
                if m.end() <= pm.start and len(gap) <= 40 and not re.search(r"[.;!?؛]", gap) \
                        and not any(m.end() <= o < pm.start for o in others):
                    return True
        after = cue(self.ctx.lang, "receiver", "after")
        if after is not None:
            m = after.search(self.ctx.text, pm.end, min(s.end, pm.end + 30))
            if m is not None and not re.search(r"[.;!?,]", self.ctx.text[pm.end:m.start()]) \
                    and not any(pm.end <= o < m.start() for o in others):
                return True
        return False

    def excluded(self, sent: int, pm: PersonMention) -> bool:
        """A person named after «on behalf of», «at the invitation of», greetings…"""
        s = self.ctx.sentences[sent]
        after_rx = cue(self.ctx.lang, "not_participant", "after")
        if after_rx is not None:
            # where the governed noun follows its owner («Тоқаевтың сәлемін жеткізді», "Tokayev's greetings")
            m = after_rx.search(self.ctx.text, pm.end, min(s.end, pm.end + 40))
            if m is not None and not re.search(r"[.;:!?؛,،]", self.ctx.text[pm.end:m.start()]):
                return True
        rx = cue(self.ctx.lang, "not_participant", "before")
        if rx is None:
            return False
        window = self.ctx.text[max(s.start, pm.start - 100):pm.start]
        for m in rx.finditer(window):
            between = window[m.end():]
            # the cue governs the name unless a clause ends between them; commas only set off
            # titles («greetings of the President, Mr Saïed, to the President, Mr Mattarella»)
            if not re.search(rf"[.;:!?؛]|\s{words_pattern(self.ctx.lang, 'and')}\s", between) or len(between) < 25:
                return True
        return False



def event_table(lang: str, table: str) -> dict:
    return load(lang, "events").get(table, {})



def event_flag(lang: str, name: str) -> bool:
    return bool(load(lang, "events").get(name, False))



def says(art: Article, table: str, sent: int) -> bool:
    rx = cue(art.ctx.lang, table, "cues")
    return bool(rx and rx.search(art.sent_text[sent]))



def other_side(pair: list[str], side: str | None) -> str | None:
    if side is None or len(pair) != 2 or side not in pair:
        return None
    return pair[1] if pair[0] == side else pair[0]



interval_of = edtf.lenient_interval



def explicit(c: Candidate) -> bool:
    return c.time is not None and c.time.kind != "open"



def in_bounds(c: Candidate, start: int) -> bool:
    """`start` lies in the part of the sentence that tells the candidate."""
    return c.bounds is None or c.bounds[0] <= start < c.bounds[1]


def ahead(c: Candidate) -> bool:
    """What the text tells as still to come: a proposal, or an event announced for later."""
    return c.type == "proposal" or c.announced


def date_fits(inner: str | None, outer: str | None) -> bool:
    if inner is None or outer is None:
        return True
    return edtf.intersects(interval_of(inner), interval_of(outer))


def joint_session(art: Article, sent: int, start: int, end: int) -> bool:
    """The meeting word at [start, end) of sentence `sent` (offsets in the sentence) is, or governs, the
    session of a joint body («co-chaired the eighth session of the joint commission», «the seventh meeting
    of the Supreme Interstate Council») (`[joint_body]` cues); a session that another meeting word comes
    closer to is that word's."""
    rx = cue(art.ctx.lang, "joint_body", "session")
    if rx is None:
        return False
    text = art.sent_text[sent]
    words = section(art.ctx.lang, "events", "triggers").get("meeting")
    later = words.search(text, end) if words else None
    for m in rx.finditer(text):
        if m.start() <= start < m.end() or (m.start() >= end and m.start() - end < 40
                                             and not (later and later.start() <= m.start())):
            return True
    return False

"""Argument pass «participants»: the people who took part in a candidate.

Reads the sentence's person mentions (those `[not_participant]` cues leave), the `[reporting]` and
`[pronoun]` cues, the clause breaks of the language's orthography and the candidate's sides;
writes the candidate's `people` (and, for a visit whose subject is a pronoun, its sides).
"""

from __future__ import annotations

import re

from accord.analyse.events.article import Article, Candidate, event_flag, in_bounds, is_welcome, other_side
from accord.analyse.lexicon import cue, section
from accord.lang.orthography import clause_break
from accord.model import PersonMention


def participants_pass(art: Article, c: Candidate, cands: list[Candidate]) -> None:
    """A visit's visitors (the people of its sentence not of the host side); the people of another
    event's sentence after the speaker who reports it, within the clause that tells a signing,
    measure, ceremony or proposal (GOLD.md: a proposal's people are its proposer and addressee)."""
    # the speaker of a recalled event is not in it; at talks being reported, the speaker is
    cut = _reporting_cut(art, c) if (c.type != "meeting" or c.recalled) else None
    if c.type == "visit":
        _visit_people(art, c, cut)
        if not c.people and c.leg == "to" and c.bounds:
            # the next stop of a tour whose clause names no one («…, before heading to Uzbekistan»): the
            # visitors of the visit the article tells travel on
            c.people = _tour_visitors(art, c, cands)
        return
    # a ceremony honours whoever is named after its trigger: its participants come before; a welcome has
    # for people the guest and whoever receives him, named after its word («received by his counterpart»)
    hi = c.trig_start if c.type == "ceremony" and not is_welcome(art.ctx.lang, c.trigger) else None
    if c.type in ("agreement", "measure", "ceremony", "proposal"):
        lo_c, hi_c = own_clause(art, c) if c.type == "proposal" else clause(art, c)
        cut = max(cut or lo_c, lo_c)
        hi = min(hi or hi_c, hi_c)
    ppl = [(pm, pid) for pm, pid in people_in(art, c.sent, lo=cut, hi=hi) if in_bounds(c, pm.start)
           and not _inverted_speaker(art, c, pm)]
    if c.type == "proposal" and not _proposed_by_someone(art, c, lo_c, hi_c):
        ppl = []    # «the sides agreed to hold …»: no one is named as proposing
    c.people = [pid for _, pid in ppl]
    if c.type == "ceremony":
        for pid in _guests(art, c):
            if pid not in c.people:
                c.people.append(pid)


def _tour_visitors(art: Article, c: Candidate, cands: list[Candidate]) -> list[str]:
    told = [o for o in cands if o is not c and o.type == "visit" and not o.leg and not o.recalled and o.people
            and o.host in art.ctx.pair and o.host != c.host and (o.sent, o.trig_start) < (c.sent, c.trig_start)]
    return list(told[0].people) if told else []


def _proposed_by_someone(art: Article, c: Candidate, lo: int, hi: int) -> bool:
    """The proposal's clause tells an act of inviting or proposing (`[proposing]` cues): the one who
    invites or proposes and the one addressed are its people (GOLD.md Clarifications)."""
    rx = cue(art.ctx.lang, "proposing", "cues")
    return bool(rx and rx.search(art.ctx.text, lo, hi))


def _guests(art: Article, c: Candidate) -> list[str]:
    """«The King gave a lunch in honour of the Prime Minister, X, and his delegation, chaired by Y. Attending
    this lunch were A and B»: a meal or reception given in someone's honour has for people its guest of
    honour and whoever the sentence names after him, and those that the sentences right after it say
    attended it («Ont pris part à ce déjeuner …», «حضر هذه المأدبة …»)."""
    honour = cue(art.ctx.lang, "honoured", "cues")
    if honour is None:
        return []
    s0 = art.ctx.sentences[c.sent].start
    text = art.sent_text[c.sent]
    m = next((m for m in honour.finditer(text) if s0 + m.end() > c.trig_start and s0 + m.start() < c.trig_end + 40), None)
    if m is None:
        return []
    out = [pid for pm, pid in people_in(art, c.sent, lo=s0 + m.end())]
    attended = cue(art.ctx.lang, "honoured", "attended")
    nxt = c.sent + 1
    while attended is not None and nxt < len(art.sent_text) and nxt <= c.sent + 3 \
            and attended.search(art.sent_text[nxt]):
        out += [pid for _, pid in people_in(art, nxt)]
        nxt += 1
    return out


def _visit_people(art: Article, c: Candidate, cut: int | None) -> None:
    lo_v, hi_v = (None, None)
    if c.recalled:
        # a visit recalled in passing: its visitor is named in its own clause, not the speaker
        lo_v, hi_v = clause(art, c)
    c.people = _visitors(art, c, max(cut or 0, lo_v or 0) or None, hi_v)
    if not c.people and c.recalled and cut is None:
        # «X, then chairman of the House, visited Astana»: the subject before its apposition
        c.people = _visitors(art, c, None, c.trig_start)
    if not c.people:
        _visitor_by_pronoun(art, c)


def people_in(art: Article, sent: int, lo: int | None = None, hi: int | None = None) -> list[tuple[PersonMention, str]]:
    """The people a sentence names between `lo` and `hi` who can take part in what it tells."""
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


def _inverted_speaker(art: Article, c: Candidate, pm: PersonMention) -> bool:
    """«Il rencontrera lundi son homologue Fouad Hussein, a indiqué M. Sahhaf», "…, said spokesman X",
    «…, сообщил пресс-секретарь X»: who is named right after a verb of saying set off by a comma after the
    reported speech that tells the event is its source, not one who takes part (after a quotation he may
    speak of his own talks; «…, said X at the talks» names him before the event's word)."""
    sent = c.sent
    if event_flag(art.ctx.lang, "verb_initial") or event_flag(art.ctx.lang, "verb_final"):
        return False
    s0 = art.ctx.sentences[sent].start
    text = art.sent_text[sent]
    start = pm.start - s0
    others = [o.start - s0 for o, _ in art.pmentions[sent] if o is not pm]
    statement = cue(art.ctx.lang, "statement_date", "verbs")
    quote = _QUOTE_THEN_TITLE.search(text, 0, start)
    if statement is not None and quote is not None and c.trig_end - s0 < quote.start() \
            and len({o for o in others if o < quote.start()}) >= 2 and statement.match(text[pm.end - s0:].lstrip()):
        # «… was signed by Prime Minister Modi and President El Sisi,” Foreign Secretary Kwatra announced»: a
        # quotation that names the event's people, then its speaker (who quotes himself on «our talks with
        # X» names one person besides him, and may be one side of them)
        return True
    # (and verbs of announcing, `[reporting] inverted`, that name a source only so: «…, a annoncé … Matteo Bruni»)
    for rx in (cue(art.ctx.lang, "reporting", "cues"), cue(art.ctx.lang, "reporting", "inverted"), statement):
        if rx is not None and _speaker_after(rx, text, start, others, c.trig_end - s0):
            return True
    return False


# the end of a quotation, then the speaker's title: «…,” Foreign Secretary », «…», a déclaré le ministre »
_QUOTE_THEN_TITLE = re.compile(r"[,،.]\s*[»”\"]\s*[^»”\"«“.,;:!?]{0,60}$")


def _speaker_after(rx: re.Pattern[str], text: str, start: int, others: list[int], lo: int) -> bool:
    """A verb of saying between the event's word and the name, right before the name, after a comma."""
    for m in rx.finditer(text, max(0, start - 60, lo), start):
        gap = text[m.end():start]
        if re.search(r"[;:!?,«»\"“”]", gap) or any(m.end() <= o < start for o in others):
            continue
        # reported speech, not a quotation: who is quoted speaking of «we» may be in what he tells
        if re.search(r"[^»”\"\s]\s*,\s*[-–—]?\s*$", text[:m.start()]):
            return True
    return False


def clause(art: Article, c: Candidate) -> tuple[int, int]:
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


def own_clause(art: Article, c: Candidate) -> tuple[int, int]:
    """Bounds of the clause holding the candidate's own trigger: «the ministers agreed to hold the next
    round in Cairo, and Abdelatty invited Barrot to visit Egypt» tells two proposals, each in its clause."""
    s = art.ctx.sentences[c.sent]
    text = art.sent_text[c.sent]
    starts = [m.end() for m in clause_break(art.ctx.lang).finditer(text, 0, c.trig_start - s.start)]
    end = clause_break(art.ctx.lang).search(text, c.trig_end - s.start)
    return s.start + (starts[-1] if starts else 0), s.start + (end.start() if end else len(text))


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
    closed = cue(art.ctx.lang, "reporting", "after_quote")
    text = art.sent_text[c.sent]
    if event_flag(art.ctx.lang, "verb_final") and any(
            s0 + m.start() >= c.trig_end and not (closed and closed.search(text[:m.start()])) for m in matches):
        # «Тоқаев … келісті деп атап өтті» opens with its speaker; «X … келеді, деп хабарлады баспасөз
        # қызметі» closes the reported words first (`after_quote`), and its speaker follows the verb
        return c.trig_start
    return None


def _visitors(art: Article, c: Candidate, lo: int | None, hi: int | None) -> list[str]:
    """People of a visit's sentence (between `lo` and `hi`) who can be its visitors: not of the host side."""
    sides = (c.visitor,) if c.from_host_side else (None, c.visitor)
    return [pid for pm, pid in people_in(art, c.sent, lo=lo, hi=hi)
            if in_bounds(c, pm.start) and not _resident_envoy(art, pid, pm) and not _inverted_speaker(art, c, pm)
            and art.person_country(pid, pm) in sides and art.person_country(pid, pm) != c.host
            and not (art.person_country(pid, pm) is None and _talks_counterpart(art, c.sent, pm))
            and not (pm.start > c.trig_end and _welcomer(art, c.sent, pm))
            and not (art.receiver(c.sent, pm) and not _own_visit_clause(art, c, pm))]


def _resident_envoy(art: Article, pid: str, pm: PersonMention) -> bool:
    """«Aoun discussed with the French ambassador to Lebanon Hervé Magro the preparations for the visit»: the
    visiting side's ambassador lives in the host country; he prepares or attends the visit, he does not make it."""
    return (pm.role or art.person[pid].role) == "ambassador"


def _own_visit_clause(art: Article, c: Candidate, pm: PersonMention) -> bool:
    """«reçu par le Premier ministre, Ali Asadov, qui avait coprésidé la commission … lors de sa visite en
    Ouzbékistan»: a receiver whose relative clause (`[in_turn] relative`) holds the visit's word tells his
    own visit, of which he is the visitor."""
    rel = cue(art.ctx.lang, "in_turn", "relative")
    return rel is not None and pm.end <= c.trig_start and rel.search(art.ctx.text, pm.end, c.trig_start) is not None


def _welcomer(art: Article, sent: int, pm: PersonMention) -> bool:
    """«Erdogan was welcomed by the Egyptian president and by Turkey's ambassador to Egypt, Salih Mutlu
    Sen»: who receives the visitor («was received by», «a été accueilli par») after the visit is told is
    no visitor, whichever side he is of («reçu par le Premier ministre, qui … lors de sa visite» still is)."""
    rx = cue(art.ctx.lang, "reception", "passive")
    if rx is None:
        return False
    s0 = art.ctx.sentences[sent].start
    text = art.sent_text[sent]
    start = pm.start - s0
    return any(m.end() <= start and start - m.end() <= 150 and not re.search(r"[.;:!?؛]", text[m.end():start])
               for m in rx.finditer(text, 0, start))


def _talks_counterpart(art: Article, sent: int, pm: PersonMention) -> bool:
    """«Prime Minister Fiala met with Prime Minister Smailov and President Tokayev», «ويجري محادثات مع
    رئيس الوزراء شهباز شريف», «Шарифпен келіссөз жүргізді»: whom the visitor has talks «with» is the
    other side, not a visitor, also where the article never says whose official he is."""
    with_rx = cue(art.ctx.lang, "with", "cues")
    talks_rx = section(art.ctx.lang, "events", "triggers").get("meeting")
    if with_rx is None or talks_rx is None:
        return False
    s0 = art.ctx.sentences[sent].start
    text = art.sent_text[sent]
    start, end = pm.start - s0, pm.end - s0
    for m in with_rx.finditer(text):
        if start <= m.start() < end <= m.end() + 1:
            # «…пен»: the «with» ends the name; the talks word follows it
            if talks_rx.search(text[m.end():m.end() + 40]):
                return True
        elif m.end() <= start and start - m.end() <= 80 and not re.search(r"[.;:!?؛]", text[m.end():start]) \
                and talks_rx.search(text[max(0, m.start() - 30):m.end()]):
            # the talks word stands right before the «with»; titles and other counterparts may follow it
            return True
    return False


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

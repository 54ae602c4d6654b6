"""Candidate pass «plural meetings»: «meetings with A, B and C» are one meeting per counterpart.

Reads the `[plural]` and `[reception]` cues of `events.toml` and the people after the trigger;
replaces such a meeting candidate by one per counterpart.
"""

from __future__ import annotations

import re

from accord.analyse.events.article import Article, Candidate, joint_session, suppressed_spans
from accord.analyse.events.participants import people_in
from accord.analyse.lexicon import cue, section
from accord.model import PersonMention

# Offices whose holder a visitor meets on their own: «met the Speaker, the President of the Senate and the
# Prime Minister» is three meetings (GOLD.md, "Several events in one sentence"). Deputies, members and
# committee chairs listed beside a head are the head's side of one meeting.
_OWN_MEETING_ROLES = frozenset({"king", "head_of_state", "president", "vice_president", "head_of_government",
                                "speaker", "foreign_minister", "deputy_prime_minister", "minister"})


def _heads_of_distinct_offices(art: Article, after: list[tuple[PersonMention, str]], pids: list[str],
                               subject_before: bool, guest_side: str | None = None) -> bool:
    """Every counterpart listed after the trigger heads an office of its own, no two the same office, all
    of one country (in a verb-first sentence the subject stands after the trigger too, of the other side)."""
    offices = []
    for pid in pids:
        pm = next(pm for pm, p in after if p == pid)
        role = pm.role or art.person[pid].role
        if role not in _OWN_MEETING_ROLES:
            return False
        offices.append((role, pm.org, art.person_country(pid, pm)))
    # where the subject stands before the verb, a country left unread («Tokayev a prévu de rencontrer
    # l'empereur Naruhito et la Première ministre Sanae Takaichi») is the one the others are of; two read
    # countries mean two sides (a summit's bilateral talks), not one list
    countries = {country for _, _, country in offices}
    if not _offices_held_apart(art, pids, offices):
        return False
    if subject_before:
        return len(countries - {None}) <= 1
    # verb first, the subject may be listed too: a country left unread is the others' only where at
    # least two of them read one country («will meet President A, Foreign Minister B and the Minister
    # of Science C»)
    read = [country for _, _, country in offices if country]
    if guest_side and len(set(read)) <= 1 and guest_side not in read:
        # the article's guest is known, not listed and of no listed country («Visiting President scheduled
        # to meet President Zardari, PM Shehbaz Sharif»): those left unread are the hosts the guest meets
        return True
    return len(countries - {None}) == 1 and (None not in countries or len(read) >= 2)


def _offices_held_apart(art: Article, pids: list[str], offices: list[tuple[str | None, str | None, str | None]]) -> bool:
    """No two listed counterparts hold one office, unless they are plainly two people, their names sharing
    no word («President Toqaev, his predecessor Nazarbaev»): one name told twice is one counterpart."""
    for k, office in enumerate(offices):
        for j in range(k):
            if offices[j] == office and _name_words(art, pids[j]) & _name_words(art, pids[k]):
                return False
    return True


def _name_words(art: Article, pid: str) -> set[str]:
    return {w for w in re.findall(r"\w+", art.person[pid].name.casefold()) if len(w) > 2}


def _guest_side(art: Article, visitors: set[str], pids: list[str]) -> str | None:
    """The country of the article's visitors where they are known, all of one country of its pair, and
    none of them is listed; else None."""
    sides = {art.person_country(p) for p in visitors}
    if not visitors or len(sides) != 1 or not sides <= set(art.ctx.pair or ()) or set(pids) & visitors:
        return None
    return sides.pop()


def _both_sides_listed(art: Article, after: list[tuple[PersonMention, str]], pids: list[str]) -> bool:
    """The people named after the trigger are of both sides of the article's pair: where the subject
    follows the word of the talks («По итогам переговоров A и B …»), they are its two sides, not a list."""
    pair = set(art.ctx.pair)
    countries = {art.person_country(pid, pm) for pm, pid in after if pid in pids}
    return len(pair) == 2 and pair <= countries


def _side_before_with(art: Article, c: Candidate, after: list[tuple[PersonMention, str]],
                      pids: list[str]) -> list[str]:
    """«переговоры Председателя Мажилиса Ерлана Кошанова с Президентом Грузии A, Премьер-министром B и …»,
    «les entretiens du ministre X avec le président A et le Premier ministre B»: the people named between the
    word of the talks and a «with» are one side, those after it the counterparts listed; those before the
    «with», all of one country that none listed after it shares, else none."""
    with_rx = cue(art.ctx.lang, "with", "cues")
    if with_rx is None:
        return []
    s0 = art.ctx.sentences[c.sent].start
    text = art.sent_text[c.sent]
    spans = [(pm.start - s0, pm.end - s0) for pm, _ in after]
    for m in with_rx.finditer(text, c.trig_end - s0):
        if any(a <= m.start() < b for a, b in spans):
            continue   # a «with» glued onto a name (Kazakh «…пен») ends a counterpart, not a side
        first = list(dict.fromkeys(pid for pm, pid in after if pm.start - s0 < m.start() and pid in pids))
        listed = list(dict.fromkeys(pid for pm, pid in after if pm.start - s0 >= m.end() and pid in pids))
        if not first or len(listed) < 2 or re.search(r"[.;:!?؛]", text[c.trig_end - s0:m.start()]):
            return []
        own = {art.person_country(pid) for pid in first}
        others = {art.person_country(pid) for pid in listed}
        if len(own) != 1 or None in own or own & others:
            return []
        return first
    return []


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
        before = [pid for pm, pid in people_in(art, c.sent, hi=c.trig_start)]
        side = _side_before_with(art, c, after, pids)
        if side:
            # one side named between the talks and the «with», the counterparts listed after it
            before += [pid for pid in side if pid not in before]
            pids = [pid for pid in pids if pid not in side]
            after = [(pm, pid) for pm, pid in after if pid not in side]
        elif _both_sides_listed(art, after, pids):
            out.append(c)   # «Келіссөздер барысында Тоқаев пен Пеллегрини …»: the two sides of one talk
            continue
        if (not m or abs(s0 + m.start() - c.trig_start) > 40) and again is None \
                and not (_heads_of_distinct_offices(art, after, pids, bool(before), _guest_side(art, visitors, pids))
                         and not _active_reception(art, c)) \
                or len(pids) < 2:
            out.append(c)
            continue
        before += [pid for _, pid in after if pid in visitors and pid not in before]
        for pid in pids:
            # each meeting keeps only its counterpart's institution, not the whole list's
            orgs = sorted({f"{art.person_country(p, pm) or '?'}:{pm.org}" for pm, p in after if p == pid and pm.org})
            out.append(Candidate(**{**c.__dict__, "people": before + [pid], "counterparts": [pid],
                                     "orgs": orgs, "segment": [], "extra_sents": []}))
    return out


def split_meetings_told_in_turn(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """«il rencontrera ensuite le ministre des Armées, Sébastien Lecornu, avant de déjeuner avec Emmanuel
    Macron», «التقى A ثم اجتمع مع B»: a sentence whose later meeting words each name a counterpart of their
    own tells one meeting per word (GOLD.md, "Several events in one sentence"); the people named before the
    first word are a side of each."""
    lang = art.ctx.lang
    rx = section(lang, "events", "triggers").get("meeting")
    if rx is None:
        return cands
    visitors = {p for c in cands if c.type == "visit" and not c.recalled for p in c.people}
    out: list[Candidate] = []
    for c in cands:
        if c.type != "meeting" or c.counterparts or c.bounds:
            out.append(c)
            continue
        s0 = art.ctx.sentences[c.sent].start
        text = art.sent_text[c.sent]
        blocked = suppressed_spans(lang, "meeting", text)
        relative = cue(lang, "in_turn", "relative")
        # a meeting word in a relative clause («the Prime Minister, who had co-chaired …») ends the turns
        starts = [c.trig_start - s0]
        for m in rx.finditer(text, c.trig_end - s0):
            if relative and any(0 <= m.start() - r.end() < 30 for r in relative.finditer(text, starts[-1], m.start())):
                break
            if not any(b0 <= m.start() < b1 for b0, b1 in blocked):
                starts.append(m.start())
        before = [pid for _, pid in people_in(art, c.sent, hi=c.trig_start) if pid in c.people]
        turns = []
        seen: set[str] = set(before) | visitors
        for k, start in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else len(text)
            named = [pid for _, pid in people_in(art, c.sent, lo=s0 + start, hi=s0 + end)
                     if pid in c.people and pid not in seen]
            named = list(dict.fromkeys(named))
            seen |= set(named)
            if named:
                turns.append((start, named))
        if len(turns) < 2:
            out.append(c)
            # «will hold talks in a narrow format and the seventh meeting of the Supreme Interstate Council»:
            # the session of a joint body told after the talks is a meeting of its own, of the same people
            session = _joint_session_after(art, c.sent, starts, rx)
            if session is not None:
                m = rx.match(text, session)
                if m:
                    out.append(Candidate(**{**c.__dict__, "trig_start": s0 + m.start(), "trig_end": s0 + m.end(),
                                             "trigger": m.group(0), "segment": [], "extra_sents": []}))
            continue
        for start, named in turns:
            m = rx.match(text, start)
            t0, t1, word = (start, m.end(), m.group(0)) if m else (c.trig_start - s0, c.trig_end - s0, c.trigger)
            orgs = [o for o in c.orgs if any(f":{pm.org}" == o[o.index(':'):] for pm, p in art.pmentions[c.sent]
                                             if p in named and pm.org)]
            out.append(Candidate(**{**c.__dict__, "trig_start": s0 + t0, "trig_end": s0 + t1, "trigger": word,
                                     "people": before + named, "counterparts": named, "orgs": orgs or c.orgs,
                                     "segment": [], "extra_sents": []}))
    return out



def _joint_session_after(art: Article, sent: int, starts: list[int], rx: re.Pattern[str]) -> int | None:
    """Where a later meeting word of the sentence tells the session of a joint body while the first does
    not: its start, else None."""
    text = art.sent_text[sent]
    ends = [m.end() if (m := rx.match(text, st)) else st for st in starts]
    if joint_session(art, sent, starts[0], ends[0]):
        return None
    return next((st for st, en in zip(starts[1:], ends[1:]) if joint_session(art, sent, st, en)), None)

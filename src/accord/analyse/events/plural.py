"""Candidate pass «plural meetings»: «meetings with A, B and C» are one meeting per counterpart.

Reads the `[plural]` and `[reception]` cues of `events.toml` and the people after the trigger;
replaces such a meeting candidate by one per counterpart.
"""

from __future__ import annotations

from accord.analyse.events.article import Article, Candidate
from accord.analyse.events.participants import people_in
from accord.analyse.lexicon import cue
from accord.model import PersonMention

# Offices whose holder a visitor meets on their own: «met the Speaker, the President of the Senate and the
# Prime Minister» is three meetings (GOLD.md, "Several events in one sentence"). Deputies, members and
# committee chairs listed beside a head are the head's side of one meeting.
_OWN_MEETING_ROLES = frozenset({"king", "head_of_state", "president", "vice_president", "head_of_government",
                                "speaker", "foreign_minister", "deputy_prime_minister", "minister"})


def _heads_of_distinct_offices(art: Article, after: list[tuple[PersonMention, str]], pids: list[str],
                               subject_before: bool) -> bool:
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
    if subject_before:
        countries -= {None}
        return len(set(offices)) == len(offices) and len(countries) <= 1
    return len(set(offices)) == len(offices) and len(countries) == 1 and None not in countries


def _both_sides_listed(art: Article, after: list[tuple[PersonMention, str]], pids: list[str]) -> bool:
    """The people named after the trigger are of both sides of the article's pair: where the subject
    follows the word of the talks («По итогам переговоров A и B …»), they are its two sides, not a list."""
    pair = set(art.ctx.pair)
    countries = {art.person_country(pid, pm) for pm, pid in after if pid in pids}
    return len(pair) == 2 and pair <= countries


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
        if _both_sides_listed(art, after, pids):
            out.append(c)   # «Келіссөздер барысында Тоқаев пен Пеллегрини …»: the two sides of one talk
            continue
        if (not m or abs(s0 + m.start() - c.trig_start) > 40) and again is None \
                and not (_heads_of_distinct_offices(art, after, pids, bool(before)) and not _active_reception(art, c)) \
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

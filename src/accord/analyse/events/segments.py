"""Candidate passes that settle which sentences tell each candidate: its segment, the sentences
that refer back to it, the headings and weak mentions folded into it, the delegation lists it gets
its members from."""

from __future__ import annotations

from accord.analyse.events.article import Article, Candidate
from accord.analyse.events.participants import people_in
from accord.analyse.lexicon import cue


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


def refer_back(art: Article, cands: list[Candidate]) -> None:
    """«During this meeting …» (the `[not_trigger] meeting` cues): a sentence that refers back to the
    last meeting told before it is evidence of it, lends it the people named in its first half, and
    an undated event of that sentence takes the date of the nearest dated meeting."""
    anaphoric = cue(art.ctx.lang, "not_trigger", "meeting")
    if anaphoric is None:
        return
    for i, t in enumerate(art.sent_text):
        cue_at = anaphoric.search(t)
        # («met X, and during the meeting …» refers back inside its own sentence)
        if not cue_at or any(c.type == "meeting" and c.sent == i and
                             c.trig_start < art.ctx.sentences[i].start + cue_at.start() for c in cands):
            continue
        prev = [c for c in cands if c.type == "meeting" and c.sent < i]
        if prev:
            _lend_sentence(art, cands, prev, i)


def _lend_sentence(art: Article, cands: list[Candidate], prev: list[Candidate], i: int) -> None:
    last = max(c.sent for c in prev)
    for c in prev:
        if c.sent == last and i not in c.segment:
            c.extra_sents.append(i)
    half = art.ctx.sentences[i].start + (art.ctx.sentences[i].end - art.ctx.sentences[i].start) // 2
    for c in prev:
        if c.sent == last:
            c.people += [pid for pm, pid in people_in(art, i, hi=half) if pid not in c.people]
    # the talks it refers back to are dated in the nearest meeting sentence that has a date
    dated = [c for c in prev if c.time is not None and not c.recalled]
    ref = max(dated, key=lambda c: c.sent) if dated else None
    for c in cands:
        if c.sent == i and c.time is None and ref is not None:
            c.time, c.when = ref.time, ref.when


def delegation_members(art: Article, cands: list[Candidate]) -> None:
    """A sentence listing a delegation (`[delegation]` cues) gives the visit told before it (else the
    first visit) its members: the people it names who are not of the host side."""
    deleg = delegation_sentences(art)
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
        for pm, pid in people_in(art, i):
            cc = art.person_country(pid, pm)
            if cc != target.host and pid not in target.people:
                target.people.append(pid)


def delegation_sentences(art: Article) -> list[int]:
    """The sentences that list a delegation («the delegation included …»)."""
    rx = cue(art.ctx.lang, "delegation", "cues")
    if rx is None:
        return []
    return [i for i, t in enumerate(art.sent_text) if rx.search(t)]


def fold_headings(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """A (sub)heading announces what the next sentences tell: it is evidence of that event, not another."""
    out: list[Candidate] = []
    for c in cands:
        if art.heading[c.sent]:
            # the headline announces the article's event wherever it is told; a subheading the next lines
            reach = len(art.ctx.sentences) if c.sent < 3 else 4
            # the heading of today's talks or trip announces none the article recalls from long before
            # («… встретился с сенатором …» over «в сентябре прошлого года президенты встретились»)
            told = c.recalled or c.type not in ("meeting", "visit")
            nxt = next((n for n in cands if n.type == c.type and c.sent < n.sent <= c.sent + reach
                        and not art.heading[n.sent] and (told or not n.recalled)), None)
            if nxt is None and not told:
                # a headline over a lead that reads as one more heading (no full stop): one event, told
                # by the last of them
                nxt = next((n for n in cands if n.type == c.type and c.sent < n.sent <= c.sent + 2
                            and art.heading[n.sent] and not n.recalled), None)
            if nxt is not None:
                nxt.extra_sents.append(c.sent)
                if c.type in ("meeting", "ceremony") and not nxt.recalled and not nxt.people:
                    # «Владимир Путин встретился с Башаром Асадом» over «… отметил, что рад встрече»: who the
                    # headline names met, where the sentence that tells it names no one (one who names
                    # someone may tell another meeting, which the headline would join to its own)
                    nxt.people = list(c.people)
                if nxt.place is None and c.place is not None and nxt.host in (None, c.place.country) \
                        and nxt.type == "meeting":
                    # «… ministers meet in New York»: the headline may be all that says where
                    nxt.place, nxt.host = c.place, c.place.country
                continue
        out.append(c)
    return out


def lend_weak_mentions(art: Article, cands: list[Candidate]) -> None:
    """A mention of «the talks» that names no one and no date («the agenda of the talks included:»)
    tells more of the talks before it (or after, if none): its sentence and the list it opens are
    theirs."""
    anchored = [c for c in cands if c.type == "meeting" and c.anchored]
    for w in (c for c in cands if c.type == "meeting" and not c.anchored):
        before = [c for c in anchored if c.sent < w.sent and not c.recalled]
        after = [c for c in anchored if c.sent > w.sent and not c.recalled]
        target = max(before, key=lambda c: c.sent) if before else (after[0] if after else None)
        if target is None:
            continue
        lent = [w.sent]
        i = w.sent + 1
        while i < len(art.list_item) and art.list_item[i]:
            lent.append(i)
            i += 1
        for t in (c for c in anchored if c.sent == target.sent):
            t.extra_sents += [i for i in lent if i not in t.extra_sents and i not in t.segment]

"""Argument pass «date»: a candidate's time, whether it is recalled, and the dates it borrows.

Reads the sentence's time expressions and the `[recall]`, `[since]`, `[same_time]`, `[signing]`,
`[concluding]` and `[visit_ended]` cues of `events.toml`; writes the candidate's `time`, `when` and `recalled`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from accord import edtf
from accord.analyse.events.article import (
    Article,
    Candidate,
    ahead,
    ends_after,
    in_bounds,
    says,
    skip_spaces,
    time_before_publication,
)
from accord.analyse.lexicon import cue, section
from accord.analyse.timex_lexicon import grammar, key
from accord.model import TimeExpr

# A reported (not proposed) event cannot end this long after its article was published:
# such a time is a validity period («roadmap for 2025–2028») or a plan, not the event's date.
_REPORTED_EVENT_SLACK_DAYS = 31


def date_pass(art: Article, c: Candidate, cands: list[Candidate]) -> None:
    """The candidate's own time, else one the text lends it: the sentence before («at the same time»,
    «at that time»), an earlier month told of the same person, the talks a signing concluded."""
    recall_rx = cue(art.ctx.lang, "recall", "cues")
    published = art.ctx.published
    c.time = _pick_time(art, c)
    # a visit named as an earlier one is recalled already (triggers.py)
    named_earlier = c.recalled
    c.recalled = c.recalled or bool(recall_rx and recall_rx.search(art.sent_text[c.sent]))
    if c.time is not None:
        c.when = c.time.edtf
        if c.time.kind == "open":
            c.recalled = True
        elif time_before_publication(c.time, published, 45):
            c.recalled = True
        elif c.recalled and not named_earlier and published is not None and c.when == published.isoformat():
            # «the Turkish president had begun his visit earlier today» (a pluperfect in the sentence, not a
            # visit named as an earlier one): what happened on the publication day is the article's news
            c.recalled = False
    elif c.sent > 0 and says(art, "same_time", c.sent):
        prev = [t for t in art.times[c.sent - 1]]
        if prev:
            c.time, c.when = prev[-1], prev[-1].edtf
    elif not ahead(c) and _narrative_past(art, c):
        pass
    elif c.recalled and not ahead(c) and c.sent > 0 and art.paragraph[c.sent - 1] == art.paragraph[c.sent]:
        # «at that time», «former»: the date of the sentence before, when it is a past one
        prev = [t for t in art.times[c.sent - 1] if time_before_publication(t, published, 45)]
        if prev:
            c.time = prev[-1]
            c.when = prev[-1].edtf
    if c.time is None and c.type != "visit" and not ahead(c):
        # «during her last visit to Astana, Meloni met Tokayev»: held during a visit named as an earlier
        # one, the event is as old as that visit, not the article's news
        during = cue(art.ctx.lang, "recalled_visit", "during")
        if during is not None and during.search(art.sent_text[c.sent]):
            c.recalled = True
    if c.time is None and c.type in ("agreement", "ceremony"):
        # (the candidates before this one are dated already, those after it not yet)
        _date_by_concluded_talks(art, c, cands)
    if c.type == "visit" and c.when and not c.leg and says(art, "visit_ended", c.sent):
        _date_ended_visit(art, c)
    if c.leg == "to" and c.time is None and c.bounds:
        # «se retrouveront mardi …, avant que le dirigeant n'enchaîne avec un déplacement à Vienne»: an undated
        # next stop comes after the day the sentence tells before it
        before = [t for t in art.times[c.sent] if t.start < c.bounds[0] and not _dates_the_statement(art, t)]
        if before:
            c.time, c.when = before[-1], before[-1].edtf
    if c.leg:
        _date_leg(art, c)


_VISIT_LENGTHS = {"two": 2, "three": 3, "four": 4}


def _date_ended_visit(art: Article, c: Candidate) -> None:
    """«returned to Moscow on 28 May following a three-day visit», «завершил свой визит 21 ноября»: the day
    told is the visit's last, so the visit spans the days its length gives before it, else (length
    untold) it runs from the month's start or the week before, as an undated report does."""
    if edtf.precision_days(c.when) != 1:
        return
    last = edtf.interval(c.when)[1]
    if last is None:
        return
    text = art.sent_text[c.sent]
    days = next((n for k, n in _VISIT_LENGTHS.items() if (rx := cue(art.ctx.lang, "visit_ended", k))
                 and rx.search(text)), None)
    # (written as a span, not as the undated default: linking weighs it as a stated date)
    first = last - timedelta(days=days - 1) if days else min(last - timedelta(days=7), last.replace(day=1))
    c.when = edtf.span(first, last)


def _date_leg(art: Article, c: Candidate) -> None:
    """A stop left ended by the day the sentence tells (`../day`), a stop next begins after it (`day/..`)."""
    lo, hi = edtf.interval(c.when) if c.when else (None, None)
    day = (hi if c.leg == "from" else lo) or art.ctx.published
    if day is None:
        c.when = None
        return
    c.when = f"../{day.isoformat()}" if c.leg == "from" else f"{day.isoformat()}/.."
    c.announced = c.leg == "to"


def _starts_a_period(art: Article, t: TimeExpr) -> bool:
    """«since his election on 23 October 2019», «2022 жылдан бері»: the time a period runs from."""
    before = cue(art.ctx.lang, "since", "before")
    after = cue(art.ctx.lang, "since", "after")
    text = art.ctx.text
    window = text[max(0, t.start - 45):t.start]
    window = re.split(r"[.!?؟\n;]", window)[-1]
    return bool(before and before.search(window)) or \
        bool(after and after.match(text, skip_spaces(text, t.end), t.end + 12))


def _dates_an_anniversary(art: Article, t: TimeExpr) -> bool:
    """«les deux pays, qui célèbrent cette année le 30e anniversaire de leurs relations», «в этом году
    отмечается 30-летие»: the year a jubilee falls in, not the day of the event told beside it."""
    after = cue(art.ctx.lang, "anniversary", "after")
    text = art.ctx.text
    return bool(after and after.match(text, skip_spaces(text, t.end), t.end + 60))


def _pick_time(art: Article, c: Candidate) -> TimeExpr | None:
    times = [t for t in art.times[c.sent] if in_bounds(c, t.start) and not _dates_the_statement(art, t)
             and not _dates_an_anniversary(art, t)]
    if c.type != "measure":
        # (a measure «in force since 1 January» is dated by it)
        times = [t for t in times if not _starts_a_period(art, t)]
    published = art.ctx.published
    if not ahead(c) and published is not None:
        times = [t for t in times if not ends_after(t, published, _REPORTED_EVENT_SLACK_DAYS)]
    if c.type == "visit" and art.has_meeting[c.sent]:
        times = _days_of_the_visit_itself(art, c, times)
    if not times:
        return None
    if ahead(c):
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
    picked = min(times, key=lambda t: abs(t.start - anchor))
    if picked.kind == "open":
        # «previously visited Belgrade on his first official visit on November 18-19, 2024», «ранее, 5 мая,
        # посетил …»: a word of recall says only «before»; the date the sentence states says when
        stated = [t for t in times if t.kind != "open"]
        if stated:
            picked = min(stated, key=lambda t: abs(t.start - anchor))
    if c.type == "visit":
        return _span_of_the_visit(picked, times)
    return picked


# The longest a visit's own span runs («from Sunday to Tuesday», «du 20 au 22 août»): a longer one is a period.
_VISIT_SPAN_DAYS = 14


def _span_of_the_visit(day: TimeExpr, times: list[TimeExpr]) -> TimeExpr:
    """«arrived in Hanoi on Sunday, starting his official visit from Sunday to Tuesday»: the day of arrival lies
    within the span the sentence gives the visit, and the visit is that span (the most precise date the
    article supports is the visit's days, not its first one)."""
    if edtf.precision_days(day.edtf) != 1:
        return day
    lo, hi = edtf.interval(day.edtf)
    for t in times:
        if t.kind != "interval" or t is day:
            continue
        a, b = edtf.interval(t.edtf)
        if a is not None and b is not None and lo is not None and a <= lo and hi is not None and hi <= b \
                and (b - a).days < _VISIT_SPAN_DAYS:
            return t
    return day


def _dates_the_statement(art: Article, t: TimeExpr) -> bool:
    """A day told beside the verb of a statement dates the statement, not what it tells («will pay a state
    visit to France, the Elysee announced on Thursday», «a annoncé jeudi l'Élysée», «сообщили в четверг»)."""
    verbs = cue(art.ctx.lang, "statement_date", "verbs")
    if verbs is None:
        return False
    before = art.ctx.text[max(0, t.start - 45):t.start]
    after = art.ctx.text[t.end:t.end + 30]
    # the verb right before the day («announced on Thursday»), or with its subject between them, the
    # order of Arabic and of Russian wires («أعلن الكرملين، الجمعة، أن …», «сообщила пресс-служба Кремля в
    # пятницу»); or right after it with no comma between («в четверг сообщили»): «… le 18 décembre, a
    # annoncé lundi» dates the visit by its own day
    return any(m.end() >= len(before.rstrip()) - 4 or _STATEMENT_SUBJECT.fullmatch(before[m.end():])
               for m in verbs.finditer(before)) or bool((m := verbs.search(after)) and (
                   not after[:m.start()].strip() or _SUBJECT_BEFORE_VERB.fullmatch(after[:m.start()])))


# «В пятницу Кремль сообщил, что …»: the day, the body that speaks, its verb
_SUBJECT_BEFORE_VERB = re.compile(r"[ \u00a0]+[^\W\d][\w'’-]*(?:[ \u00a0]+[^\W\d][\w'’-]*)?[ \u00a0]+")
# one or two words (the body that speaks), set off by commas or not, and the preposition of the day
_STATEMENT_SUBJECT = re.compile(r"[ \u00a0]+[^\W\d][\w'’-]*(?:[ \u00a0]+[^\W\d][\w'’-]*)?[ \u00a0]*[،,]?[ \u00a0]*(?:[вv]|on|في)?[ \u00a0]*")


def _days_of_the_visit_itself(art: Article, c: Candidate, times: list[TimeExpr]) -> list[TimeExpr]:
    """«Today X held talks with Y, who is in Moscow on an official visit»: the day is the talks',
    unless it stands by the visit's own word («He came again on 12 February, when … received him»)."""
    meeting_rx = section(art.ctx.lang, "events", "triggers")["meeting"]
    s0 = art.ctx.sentences[c.sent].start
    talks = [s0 + m.start() for m in meeting_rx.finditer(art.sent_text[c.sent])]
    return [t for t in times if t.kind not in ("day", "relative") or (edtf.precision_days(t.edtf) or 2) > 1
            or abs(t.start - c.trig_end) < min(abs(t.start - p) for p in talks)]


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
            if _elsewhere(art, c.sent, k):
                return False    # «the tour began Jan. 29 in London. […] While in Astana, he met …»
            c.time, c.when, c.recalled = past[-1], past[-1].edtf, True
            return True
    return False


def _elsewhere(art: Article, here: int, there: int) -> bool:
    """Whether two sentences are set in places of different countries: the day one gives another
    stop of a journey is not the day of the other."""
    a = {p.country for p in art.places[here] if p.country}
    b = {p.country for p in art.places[there] if p.country}
    return bool(a) and bool(b) and not a & b


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

"""Step 1: the trigger words of each sentence become event candidates."""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.analyse.events.article import (
    Article,
    Candidate,
    event_flag,
    event_table,
    is_welcome,
    match_spans,
    skip_spaces,
    suppressed_spans,
    time_before_publication,
)
from accord.analyse.institutions import NO_COUNTRY_KINDS
from accord.analyse.lexicon import cue, section, topics
from accord.lang.orthography import clause_break, list_join, orthography, words_pattern


def _said_again(lang: str, etype: str, sent_text: str) -> list[tuple[int, int]]:
    """«The visit comes after …», «La visite vient réaffirmer …» (the `[comment]` cues): the article's
    event named again to comment on it; the places and countries of the comment are not its own."""
    return match_spans(cue(lang, "comment", etype), sent_text)


def _both_sides_named(art: Article, sent: int) -> bool:
    """People of both sides of the article's pair are named in the sentence, or two people joined by
    «with» («A discussed with B»)."""
    sides = {art.person_country(pid, pm) for pm, pid in art.pmentions[sent]}
    if len(art.ctx.pair) == 2 and set(art.ctx.pair) <= sides:
        return True
    people = sorted(art.pmentions[sent], key=lambda x: x[0].start)
    if len({pid for _, pid in people}) < 2:
        return False
    with_rx = cue(art.ctx.lang, "with", "cues")
    between = art.ctx.text[people[0][0].end:people[-1][0].start]
    return bool(with_rx and with_rx.search(between))


def _both_sides_as_subject(art: Article, sent: int, at: int) -> bool:
    """«The two leaders will discuss …», «Les deux présidents discuteront …»: the talks' subject is both sides,
    named together right before the verb (`[both_sides]` cues). Only where no talks are told before: after
    them, «the two heads of state exchanged views on …» tells what those talks were about."""
    rx = cue(art.ctx.lang, "both_sides", "cues")
    if rx is None or len(art.ctx.pair) != 2:
        return False
    before = art.sent_text[sent][max(0, at - 60):at]
    return any(len(before) - m.end() <= 12 for m in rx.finditer(before))


def _counterpart_after_with(art: Article, sent: int, at: int) -> bool:
    """«He will have exchanges of views with Putin», «собирается обменяться с Путиным мнениями»: talks
    whose subject the sentence does not name (a pronoun, a bare surname) and whose counterpart it names
    right after «with», by name or only by an office of its country: the sides are the counterpart's and the
    other one of the article's pair, as long as no one of the counterpart's side is named before «with»."""
    with_rx = cue(art.ctx.lang, "with", "cues")
    if with_rx is None or len(art.ctx.pair) != 2:
        return False
    text, s0 = art.sent_text[sent], art.ctx.sentences[sent].start
    for m in with_rx.finditer(text):
        if abs(m.start() - at) > 80:
            continue
        after = [(pm, pid) for pm, pid in art.pmentions[sent] if m.start() <= pm.start - s0 <= m.end() + 40]
        # no name after «with»: an office of one side's country («مع وزير الخارجية الروسي») stands for it
        sides = {art.person_country(pid, pm) for pm, pid in after} if after else _office_of_a_side(art, sent, m.end())
        if len(sides) != 1 or not sides <= set(art.ctx.pair):
            continue
        before = {art.person_country(pid, pm) for pm, pid in art.pmentions[sent] if pm.start - s0 < m.start()}
        if not before & sides:
            return True
    return False


def _office_of_a_side(art: Article, sent: int, at: int) -> set[str]:
    """«بحث … مع وزير الخارجية الروسي», «discussed … with the Russian Foreign Minister»: a counterpart named
    only by an office (a title with a role) right after «with», with the country of one side of the
    article's pair beside it (GOLD.md: a meeting needs a counterpart named at least by office)."""
    from accord.analyse.people.lexicon import lexicon
    text, s0 = art.sent_text[sent], art.ctx.sentences[sent].start
    window = text[at:at + 45]
    found = [f for f in lexicon(art.ctx.lang).titles.find(window) if f.payload.role]
    if not found or found[0].start > 20:
        return set()
    lo, hi = at - 20, at + found[-1].end + 25
    codes = {c.code for c in art.countries[sent] if lo <= c.start - s0 and c.end - s0 <= hi}
    return codes if len(codes) == 1 and codes <= set(art.ctx.pair) else set()


def _dated_long_before(art: Article, sent: int, start: int, end: int, before: bool = True) -> bool:
    """«established during the state visit of President Macron to Uzbekistan in November 2023», «comme
    l'avait déclaré, l'année dernière, le Premier ministre lors de sa visite à Astana»: a visit that
    «during the visit» names with a date of its own, long past, told after it or shortly before it, is
    a recalled visit, not a reference back to the article's news visit."""
    s0 = art.ctx.sentences[sent].start
    return any((0 <= t.start - s0 - end <= 150 or (before and 0 <= start - (t.end - s0) <= 100))
               and time_before_publication(t, art.ctx.published, 45) for t in art.times[sent])


@dataclass(frozen=True)
class _Cues:
    """The cue tables of `events.toml` the trigger pass reads."""

    triggers: dict[str, re.Pattern[str]]
    during: re.Pattern[str] | None
    modality: re.Pattern[str] | None
    announced: re.Pattern[str] | None
    plan: re.Pattern[str] | None
    signing: re.Pattern[str] | None
    verb_final: bool
    undecided: re.Pattern[str] | None
    weak_meeting: re.Pattern[str] | None

    @classmethod
    def of(cls, lang: str) -> _Cues:
        return cls(section(lang, "events", "triggers"), cue(lang, "during", "cues"), cue(lang, "modality", "proposal"),
                   cue(lang, "modality", "announced"), cue(lang, "modality", "plan"), cue(lang, "signing", "cues"),
                   event_flag(lang, "verb_final"), cue(lang, "modality", "undecided"),
                   cue(lang, "weak_triggers", "meeting"))


Found = dict[str, tuple[int, int, str]]


def find_candidates(art: Article) -> list[Candidate]:
    """Each sentence's trigger words, one per event type, as candidates: planned events become
    proposals, announced ones are marked, and a sentence naming several documents gives one each."""
    cues = _Cues.of(art.ctx.lang)
    visit_told = _tells_a_visit(art, cues.triggers.get("visit"))
    out: list[Candidate] = []
    for i in range(len(art.ctx.sentences)):
        found = _triggers_found(art, i, cues, talks_told=any(c.type == "meeting" for c in out),
                                told_before=bool(out))
        if not found:
            continue
        # a memorial visited is a ceremony, not a visit to a country; a welcome opens the visit beside it
        if "ceremony" in found and "visit" in found and not is_welcome(art.ctx.lang, found["ceremony"][2]) \
                and found["ceremony"][0] - found["visit"][1] < 60:
            # (an award told well after «during his official visit to Kazakhstan» leaves the visit told)
            del found["visit"]
        _with_a_stateless_body(art, i, found)
        announced = _modality(art, i, found, cues, visit_told)
        _one_event_per_phrase(art, i, found, cues)
        out += _candidates(art, i, found, announced, cues)
    out += _talks_told_by_thanks(art, out)
    with_recalled: list[Candidate] = []
    for i in range(len(art.ctx.sentences)):
        own = [c for c in out if c.sent == i]
        with_recalled += own + _recalled_visits(art, i, [c for c in own if c.type == "visit"])
    return _drop_list_intros(art, with_recalled)


def _with_a_stateless_body(art: Article, i: int, found: Found) -> None:
    """«бағдарламада Мальта орденінің Ұлы магистрімен кездесу жоспарланған», «documents with the Order of
    Malta»: talks, signings and ceremonies of a sentence that names a body of no state (an `order` of
    institutions.toml) and only one side of the pair are with that body, no event of two countries; a
    word of its name («орден») is no trigger wherever it stands."""
    s0 = art.ctx.sentences[i].start
    bodies = [(o.start - s0, o.end - s0) for o in art.orgs[i] if o.kind in NO_COUNTRY_KINDS]
    if not bodies:
        return
    for etype in [t for t, (a, _, _) in found.items() if any(b0 <= a < b1 for b0, b1 in bodies)]:
        del found[etype]
    sides = {c.code for c in art.countries[i]} | {art.person_country(pid, pm) for pm, pid in art.pmentions[i]}
    if len(sides & set(art.ctx.pair)) < 2:
        for etype in ("meeting", "agreement", "ceremony", "proposal"):
            found.pop(etype, None)


def _talks_told_by_thanks(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """«Нұрсұлтан Назарбаев Испания Короліне … қолдауы үшін алғыс айтты»: an article that tells a visit as
    its news and no talks by any meeting word, where the host thanks or congratulates the guest
    (`[thanks]` cues), tells the two sides' talks by that sentence. Returns the one meeting, or []."""
    rx = cue(art.ctx.lang, "thanks", "cues")
    if rx is None or any(c.type == "meeting" for c in cands) or \
            not any(c.type == "visit" and not c.recalled and not c.announced for c in cands):
        return []
    inviting = cue(art.ctx.lang, "proposing", "inviting")
    for i, text in enumerate(art.sent_text):
        m = rx.search(text)
        # thanks for an invitation are for the visit itself, not a sign of talks held
        if m and not art.heading[i] and not text.lstrip().startswith(("–", "—", "-", "«", "\"")) \
                and not (inviting and inviting.search(text)):
            s0 = art.ctx.sentences[i].start
            return [Candidate("meeting", i, s0 + m.start(), s0 + m.end(), m.group(0))]
    return []


def _recalled_visits(art: Article, i: int, visits: list[Candidate]) -> list[Candidate]:
    """«предыдущий визит президента Эрдогана в Каир», «during his last visit to Astana» (`[recalled_visit]`
    cues): a visit named as an earlier one is a recalled visit. The visit trigger it holds is marked
    recalled; one the sentence did not find (its first visit word told the news visit) is added, and the
    two share the sentence at the cue: what follows the later one is its own. Returns the added ones."""
    rx = cue(art.ctx.lang, "recalled_visit", "cues")
    if rx is None:
        return []
    s0 = art.ctx.sentences[i].start
    added: list[Candidate] = []
    for m in rx.finditer(art.sent_text[i]):
        lo, hi = s0 + m.start(), s0 + m.end()
        inside = [c for c in visits if lo <= c.trig_start < hi]
        for c in inside:
            c.recalled = True
        if inside or any(c.leg for c in visits):
            continue
        new = Candidate("visit", i, lo, hi, m.group(0), recalled=True)
        for c in visits:
            if c.bounds is None:
                cut = lo if c.trig_start < lo else c.trig_end
                c.bounds, new.bounds = ((s0, cut), (cut, s0 + len(art.sent_text[i]))) if c.trig_start < lo \
                    else ((cut, s0 + len(art.sent_text[i])), (s0, cut))
        added.append(new)
    return added


def _triggers_found(art: Article, i: int, cues: _Cues, talks_told: bool = True, told_before: bool = False) -> Found:
    """The first trigger of each type in sentence `i` that no `[not_trigger]` or `[called_off]` cue
    suppresses, nor, once an earlier sentence has told an event, a `[comment]` cue, nor, once talks are
    told, a `[said_again]` one; before any talks
    are told, «during the talks» (`[talks_known]`) tells the article's own talks."""
    lang, text = art.ctx.lang, art.sent_text[i]
    found: Found = {}
    for etype, rx in cues.triggers.items():
        blocked = suppressed_spans(lang, etype, text)
        if etype == "meeting" and not talks_told:
            known = match_spans(cue(lang, "talks_known", "cues"), text)
            blocked = [b for b in blocked if not any(k0 <= b[0] < k1 for k0, k1 in known)]
        if etype == "visit":
            # a date before the phrase counts only for «during his visit» (`[during]`), not for tourists counted
            framed = match_spans(cues.during, text)
            blocked = [b for b in blocked if not _dated_long_before(art, i, b[0], b[1], before=b in framed)]
            # «trade reached a record level last year»: a verb of arriving that tells an amount, whatever its date
            blocked += match_spans(cue(lang, "amount_reached", "cues"), text)
        if told_before:
            blocked += _said_again(lang, etype, text)
        if etype == "meeting" and talks_told:
            # the talks already told, named again to say how they went («The meeting lasted an hour»,
            # «This will be the first meeting between …»): a reference back, not one more meeting
            blocked += match_spans(cue(lang, "said_again", "meeting"), text)
        blocked += match_spans(cue(lang, "called_off", etype), text)  # postponed or cancelled: never held
        for m in rx.finditer(text):
            if any(b0 <= m.start() < b1 for b0, b1 in blocked):
                continue
            if etype == "meeting" and cues.weak_meeting and cues.weak_meeting.fullmatch(m.group(0)) \
                    and _after_a_call(art, i):
                continue  # «the sides discussed» after a call: discussed on the call
            if etype == "agreement" and any(b0 <= m.start() < b1 for b0, b1 in
                                            suppressed_spans(lang, "agreement", text)):
                continue
            if etype == "agreement" and "agreement" in found and cues.signing \
                    and cues.signing.fullmatch(found["agreement"][2]) and not cues.signing.fullmatch(m.group(0)):
                found["agreement"] = (m.start(), m.end(), m.group(0))  # the document's name over «signed»
            found.setdefault(etype, (m.start(), m.end(), m.group(0)))
    if "meeting" not in found:
        weak = section(lang, "events", "weak_triggers").get("meeting")
        m = weak.search(text) if weak else None
        if m and (_both_sides_named(art, i) or _counterpart_after_with(art, i, m.start())
                  or (not talks_told and _both_sides_as_subject(art, i, m.start()))) and not _after_a_call(art, i):
            found["meeting"] = (m.start(), m.end(), m.group(0))
    return found


def _after_a_call(art: Article, i: int) -> bool:
    """The paragraph told a telephone or video call at or before sentence `i`, or the lead below a heading
    tells one (`[call]` cues): what the two sides «discussed» there was discussed on the call, which is no
    meeting (GOLD.md)."""
    rx = cue(art.ctx.lang, "call", "cues")
    if rx is None:
        return False
    if art.heading[i] and any(rx.search(t) for t in art.sent_text[i + 1:i + 3]):
        return True
    if any(rx.search(art.sent_text[j]) for j in range(i + 1) if art.paragraph[j] == art.paragraph[i]):
        return True
    # wire copy that puts each sentence on its own line: the call told in an earlier paragraph still
    # frames what follows, until a sentence tells a visit or a meeting by its own word
    calls = [j for j in range(i) if rx.search(art.sent_text[j])]
    return bool(calls) and not any(_tells_contact(art.ctx.lang, art.sent_text[j]) for j in range(calls[-1] + 1, i))


def _tells_contact(lang: str, text: str) -> bool:
    """A visit or meeting word (`[triggers]`) that is neither a weak one (`[weak_triggers]`, «discussed»)
    nor suppressed (`[not_trigger]`)."""
    weak = section(lang, "events", "weak_triggers").get("meeting")
    for etype in ("visit", "meeting"):
        rx = section(lang, "events", "triggers").get(etype)
        blocked = suppressed_spans(lang, etype, text)
        for m in rx.finditer(text) if rx else ():
            if not any(b0 <= m.start() < b1 for b0, b1 in blocked) and not (weak and weak.fullmatch(m.group(0))):
                return True
    return False


def _modality(art: Article, i: int, found: Found, cues: _Cues, visit_told: bool) -> set[str]:
    """A measure, agreement or visit only planned or considered is a proposal; so are talks a cue
    right before them plans («He is planning to meet …»); one announced as coming («will arrive in
    Algiers on 22 July», «He is due to meet …») keeps its type and is dated as announced. Changes
    `found`; returns the types announced."""
    text = art.sent_text[i]
    announced: set[str] = set()
    if "proposal" in found and cues.announced and cues.announced.fullmatch(found["proposal"][2]):
        # «the next session of the commission will be held in Moscow in summer»: a holding verb
        # announces the event whose word it governs
        told = [t for t in ("meeting", "visit", "agreement", "measure") if t in found]
        if told:
            nearest = min(told, key=lambda t: abs(found[t][0] - found["proposal"][0]))
            announced.add(nearest)
            del found["proposal"]
        elif not (cues.undecided and cues.undecided.search(found["proposal"][2])):
            # alone and decided («a forum will be held», «ومن المقرر أن يحضر الملك …») it tells no event of
            # ours: a proposal needs an act of proposing or a plan left open («pourrait se tenir») (GOLD.md)
            del found["proposal"]
    if "proposal" in found and cues.plan and (planned := cues.plan.match(found["proposal"][2])):
        # «the two leaders plan to sign a memorandum»: the plan's own word found the proposal
        told = [t for t in ("meeting", "agreement", "visit") if t in found]
        nearest = min(told, key=lambda t: abs(found[t][0] - found["proposal"][0])) if told else None
        if nearest and _scheduled(art, i, nearest, planned.group(0), cues.plan, visit_told):
            announced.add(nearest)
            del found["proposal"]
    if found.keys() & {"measure", "agreement", "visit", "meeting"}:
        blocked = suppressed_spans(art.ctx.lang, "proposal", text)
        # a plan wins over a future tense: «we hope the Crown Prince will visit» is only hoped for
        for kind, rx in (("proposal", cues.modality), ("announced", cues.announced)):
            for m in rx.finditer(text) if rx else ():
                if any(b0 <= m.start() < b1 for b0, b1 in blocked):
                    continue
                etype = _modal_target(found, m, cues.verb_final, skip=announced)
                if etype is None or (etype == "visit" and _in_a_clause_of_the_visit(art, text, found, m.start())):
                    continue
                if etype == "visit" and _recalled_by_its_frame(art, i, found["visit"][0], cues.during):
                    continue  # «lors de sa visite à Astana» last year: told, whatever may follow from it
                if kind == "proposal" and _scheduled(art, i, etype, m.group(0), cues.plan, visit_told):
                    kind = "announced"
                if kind == "announced":
                    announced.add(etype)
                    # a cue that is itself an event's word tells that event too: «Ватиканға сапарымен барып,
                    # … кездеседі» (will go and meet): the visit and the talks are both to come
                    announced |= {t for t in ("agreement", "meeting") if t in found
                                  and m.start() <= found[t][0] < m.end()}
                else:
                    start, end, word = found.pop(etype)
                    found.setdefault("proposal", (start, end, word))
    if "ceremony" in found:
        # «the official opening of the monument is planned with the participation of the heads of state»,
        # «will lay a wreath»: a ceremony told as coming is announced (GOLD.md), never a proposal
        at = found["ceremony"][0]
        for kind, rx in (("proposal", cues.plan), ("announced", cues.announced)):
            for m in rx.finditer(text) if rx else ():
                if abs(m.start() - at) < 80 and (
                        kind == "announced" or _scheduled(art, i, "ceremony", m.group(0), cues.plan, visit_told)):
                    announced.add("ceremony")
    return announced


def _visit_word_after(art: Article, text: str, pos: int) -> bool:
    """A visit word (or a visiting verb) of the sentence after `pos`."""
    rx = section(art.ctx.lang, "events", "triggers").get("visit")
    return bool(rx and rx.search(text, pos))


def _recalled_by_its_frame(art: Article, i: int, at: int, during: re.Pattern[str] | None) -> bool:
    """The visit word at `at` is inside «during his visit» (`[during]` cues) dated long ago: a recalled visit."""
    return during is not None and any(m.start() <= at < m.end() and _dated_long_before(art, i, m.start(), m.end())
                                      for m in during.finditer(art.sent_text[i]))


def _in_a_clause_of_the_visit(art: Article, text: str, found: Found, at: int) -> bool:
    """«arrived on Tuesday for a visit during which he will meet …»: the future is the clause's, told
    after the visit's word, not the visit's own (events.toml [during_which])."""
    rx = cue(art.ctx.lang, "during_which", "cues")
    return rx is not None and found["visit"][0] < at \
        and rx.search(text, found["visit"][1], at + 12) is not None


def _one_event_per_phrase(art: Article, i: int, found: Found, cues: _Cues) -> None:
    """Two trigger words of one phrase tell one event: drop the one the other governs."""
    if "proposal" in found and "meeting" in found:
        # «agreed to hold the next session in Astana», «отырысын … өткізу туралы уағдаластыққа»: the
        # session is what is proposed (its word follows the plan, or precedes it where verbs come last)
        gap = found["meeting"][0] - found["proposal"][0]
        # where verbs come last, a meeting word closing a clause of its own («Мелонимен кездесіп, оны
        # Астанаға … шақырған») tells talks held, and the invitation made at them
        text = art.sent_text[i]
        own_clause = cues.verb_final and gap < 0 and bool(
            clause_break(art.ctx.lang).match(text, skip_spaces(text, found["meeting"][1])))
        if 0 < gap < 80 or (cues.verb_final and -90 < gap < 0 and not own_clause):
            del found["meeting"]
    if "proposal" in found and "measure" in found and abs(found["proposal"][0] - found["measure"][0]) < 60:
        del found["measure"]  # «the launch of flights is being considered»: one proposal
    if "proposal" in found and "visit" in found and -60 < found["visit"][0] - found["proposal"][0] < 110 and not (
            found["visit"][1] <= found["proposal"][0]
            and _visit_word_after(art, art.sent_text[i], found["proposal"][1])):
        # «invited X to visit Astana», «the invitation of President Y to pay a new visit to Uzbekistan»:
        # the visit is what is proposed (not one told before the invitation, when another is invited to)
        del found["visit"]
    if "agreement" in found and "measure" in found:
        # «signed an agreement on visa-free travel» is the signing; «the agreement entered into force» the
        # measure; a signing and an entry into force with their own dates («entered into force on
        # 15 October …, signed in Astana in May») are both
        signed = bool(cues.signing and cues.signing.search(art.sent_text[i]))
        if not (signed and len({t.edtf for t in art.times[i]}) >= 2):
            del found["measure" if signed else "agreement"]


def _candidates(art: Article, i: int, found: Found, announced: set[str], cues: _Cues) -> list[Candidate]:
    """The candidates of sentence `i`: one per document it lists or counts, one per clause of a type
    told twice with two dates, else one per type found."""
    s = art.ctx.sentences[i]
    text = art.sent_text[i]
    during = bool(cues.during and cues.during.search(text))
    out: list[Candidate] = []
    documents = _documents_listed_inline(art, i, cues.triggers.get("agreement"), cues.signing) \
        if "agreement" in found else []
    one_set = False
    indefinite = _indefinite_set(art, i, cues.triggers.get("agreement"), cues.signing) if "agreement" in found else None
    if indefinite is not None:
        # «signed a joint statement and several agreements»: the documents named before the set are each
        # their own; those named after it («…, namely a declaration and memoranda») are the set's kinds
        named, set_word = indefinite
        for k, (start, end, word) in enumerate(named):
            stop = named[k + 1][0] if k + 1 < len(named) else set_word[0]
            out.append(Candidate("agreement", i, s.start + start, s.start + end, word, during=during,
                                  listed=True, generic_document=False, own_words=(s.start + start, s.start + stop),
                                  announced="agreement" in announced))
        start, end, word = set_word
        out.append(Candidate("agreement", i, s.start + start, s.start + end, word, during=during,
                              listed=True, generic_document=False, counted_set=True,
                              announced="agreement" in announced))
        documents = []
        del found["agreement"]
    elif "agreement" in found and not documents:
        documents = _counted_documents(art, i, cues.signing)
        one_set = len(documents) == 1
        enumerated = _enumerated_after_count(art, i, documents)
        if enumerated:
            # «подписание соглашения по науке и трех меморандумов: о …, об … и о …»: the documents the count
            # sets out one by one are each signed, and so is one named before it
            named = [(d.start(), d.end(), d.group(0)) for d in cues.triggers["agreement"].finditer(text, 0, documents[0][0])
                     if not (cues.signing and cues.signing.fullmatch(d.group(0)))]
            for start, end, word in named[-1:]:
                out.append(Candidate("agreement", i, s.start + start, s.start + end, word, during=during, listed=True,
                                     generic_document=False, own_words=(s.start + start, s.start + documents[0][0])))
            start, end, word = documents[0]
            for lo, hi in enumerated:
                out.append(Candidate("agreement", i, s.start + start, s.start + end, word, during=during, listed=True,
                                     generic_document=False, own_words=(s.start + lo, s.start + hi)))
            documents = []
            del found["agreement"]
    for k, (start, end, word) in enumerate(documents):
        stretch = None if one_set else (s.start + start, s.start + (documents[k + 1][0] if k + 1 < len(documents) else len(text)))
        out.append(Candidate("agreement", i, s.start + start, s.start + end, word, during=during,
                              listed=True, generic_document=False, counted_set=one_set, own_words=stretch))
    if documents:
        del found["agreement"]
    for etype, (start, end, word) in found.items():
        parts = _clauses_of_one_type(art, i, etype, start, cues.triggers.get(etype))
        for lo, hi, (t0, t1, w) in parts or [(0, len(text), (start, end, word))]:
            cand = Candidate(etype, i, s.start + t0, s.start + t1, w, during=during,
                              listed=art.list_item[i], announced=etype in announced)
            if parts:
                cand.bounds = (s.start + lo, s.start + hi)
            if etype == "agreement":
                cand.generic_document = bool(cues.signing and cues.signing.fullmatch(w))
            out.append(cand)
    return out


def _tells_a_visit(art: Article, visit_rx: re.Pattern[str] | None) -> bool:
    """Whether a sentence of the article has a visit's word: the programme of a visit can be planned."""
    return bool(visit_rx) and any(visit_rx.search(t) for t in art.sent_text)  # type: ignore[union-attr]


def _scheduled(art: Article, sent: int, etype: str, word: str, plan_rx: re.Pattern[str] | None,
               visit_told: bool) -> bool:
    """A plan cue that schedules rather than proposes (GOLD.md: an event announced for a stated date
    keeps its type): «Мелонидің 26-27 сәуір күндері жоспарланған сапары» names its days; «a meeting
    with Ban Ki-moon is planned», «the two leaders plan to sign a memorandum» put talks or a signing on
    the programme of a visit the article tells. A plan with neither («the sides plan to launch the
    checkpoint next spring», «a state visit planned for the second half of the year») stays a proposal."""
    if plan_rx is None or not plan_rx.fullmatch(word):
        return False
    if any(t.kind == "day" or (t.kind == "interval" and len(t.edtf.split("/")[0]) == 10) for t in art.times[sent]):
        return True
    # «plans to pay an official visit to Russia the day after tomorrow, Monday», «doit arriver demain»: a day
    # counted from the publication names the day too, when it is still to come
    published = art.ctx.published
    if published is not None and any(t.kind == "relative" and len(t.edtf) == 10 and t.edtf >= published.isoformat()
                                     for t in art.times[sent]):
        return True
    return etype in ("meeting", "agreement", "ceremony") and visit_told


def _modal_target(found: dict[str, tuple[int, int, str]], m: re.Match[str], verb_final: bool,
                  skip: set[str]) -> str | None:
    """The event a modal cue (a plan, an announcement) speaks of: talks whose word follows it closely
    (or precedes it where verbs come last: «… Тоқаев қабылдайды деп күтілуде»), else a measure,
    agreement or visit within reach of it."""
    for etype in ("measure", "agreement", "visit", "meeting"):
        if etype not in found or etype in skip:
            continue
        if etype == "meeting":
            # the talks' word inside the cue («will hold talks») or right after it
            near = m.start() <= found[etype][0] < m.end() + 15 or (
                verb_final and 0 <= m.start() - found[etype][1] < 15)
        else:
            near = abs(m.start() - found[etype][0]) < 80
        if near:
            return etype
    return None


def _documents_listed_inline(art: Article, sent: int, rx: re.Pattern[str] | None,
                             signing_rx: re.Pattern[str] | None) -> list[tuple[int, int, str]]:
    """«Two texts were signed: a memorandum on seasonal workers and an agreement on culture»,
    «شهدا توقيع مذكرة تفاهم … واتفاق للتعاون الثقافي»: documents named one after another in a
    signing sentence, joined by «and» or a comma, are signed documents each. Returns their words
    (relative to the sentence), or [] when the sentence names fewer than two, or counts them."""
    text = art.sent_text[sent]
    if rx is None or signing_rx is None or not signing_rx.search(text):
        return []
    joiner = cue(art.ctx.lang, "continuation", "joiners")
    docs = [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text) if not signing_rx.fullmatch(m.group(0))]
    chain = docs[:1]
    for start, end, word in docs[1:]:
        between = text[chain[-1][1]:start]
        glued = joiner is not None and joiner.match(text, start) is not None    # «واتفاق»
        joined = glued or bool(list_join(art.ctx.lang).search(between) or (joiner and joiner.fullmatch(between.strip(" ,;"))))
        if len(between) < 160 and joined and not signing_rx.search(between):
            chain.append((start, end, word))
        elif len(chain) < 2:
            chain = [(start, end, word)]
    if len(chain) < 2:
        return []
    # «15 conventions et mémorandums d'entente»: the kinds of one counted set, not documents named each
    counted = section(art.ctx.lang, "events", "counted_documents").get("pattern")
    if counted is not None and any(m.start() <= chain[0][0] < m.end() for m in counted.finditer(text)):
        return []
    return chain


def _indefinite_set(art: Article, sent: int, rx: re.Pattern[str] | None, signing_rx: re.Pattern[str] | None
                    ) -> tuple[list[tuple[int, int, str]], tuple[int, int, str]] | None:
    """«Several documents were signed, namely a joint declaration … and memoranda», «подписан ряд
    документов», «التوقيع على عدة اتفاقيات»: a signing sentence that sets out documents by an
    indefinite count tells one counted set (GOLD.md), whatever kinds it then names. Returns the
    documents named before the set phrase (each signed on its own: «adopted a joint communiqué and
    signed several agreements») and the set phrase, relative to the sentence; or None."""
    text = art.sent_text[sent]
    indef = section(art.ctx.lang, "events", "counted_documents").get("indefinite")
    if indef is None or signing_rx is None or not signing_rx.search(text):
        return None
    m = indef.search(text)
    if m is None:
        return None
    named = [(d.start(), d.end(), d.group(0)) for d in rx.finditer(text, max(0, m.start() - 160), m.start())
             if not signing_rx.fullmatch(d.group(0)) and d.end() <= m.start()] if rx else []
    return named, (m.start(), m.end(), m.group(0))


def _counted_documents(art: Article, sent: int, signing_rx: re.Pattern[str] | None) -> list[tuple[int, int, str]]:
    """«signed three documents in transport, health and education»: a signing sentence that counts its
    documents (two to ten) and names their fields gives that many signed agreements, all told by the
    counting words; «подписали пять соглашений» without fields is one counted set. Returns them
    (relative to the sentence), or []."""
    text = art.sent_text[sent]
    data = section(art.ctx.lang, "events", "counted_documents")
    rx = data.get("pattern")
    if rx is None or signing_rx is None or not signing_rx.search(text):
        return []
    m = rx.search(text)
    if m is None or any(b0 <= m.start() < b1 for b0, b1 in suppressed_spans(art.ctx.lang, "agreement", text)):
        return []  # «the last two documents were signed …»: documents of a list named again
    numbers = event_table(art.ctx.lang, "counted_documents").get("numbers", {})
    count = next((int(n) for word, n in numbers.items() if re.search(rf"(?<!\w){re.escape(word)}", m.group(0),
                                                                      re.IGNORECASE)), None)
    if count is None:
        digits = re.search(r"\d+", m.group(0))
        count = int(digits.group(0)) if digits else None
    if count is None or not 2 <= count <= 10:
        return []
    # documents counted and told by their fields («three documents in transport, health and education») are
    # that many signings; a count alone («signed five agreements and memoranda») is one set (GOLD.md)
    fields = {code for code, rx in topics(art.ctx.lang).items() if rx.search(text, m.end())}
    return [(m.start(), m.end(), m.group(0))] * (count if len(fields) >= 2 else 1)


def _enumerated_after_count(art: Article, sent: int, documents: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """«signed three memoranda: on agriculture, on the environment and on development»: a count of documents
    (`[counted_documents]`) followed by a colon and at least that many items, parted by list marks or «and»,
    sets out documents each signed (GOLD.md counts only a set left unnamed as one). Returns the items' spans
    (relative to the sentence), as many as the count, or []."""
    if not documents:
        return []
    text = art.sent_text[sent]
    start, end, word = documents[0]
    pos = skip_spaces(text, end)
    if not text.startswith(":", pos):
        return []
    numbers = event_table(art.ctx.lang, "counted_documents").get("numbers", {})
    count = next((int(n) for w, n in numbers.items() if re.search(rf"(?<!\w){re.escape(w)}", word, re.IGNORECASE)), None)
    if count is None:
        digits = re.search(r"\d+", word)
        count = int(digits.group(0)) if digits else None
    if count is None or not 2 <= count <= 10:
        return []
    o = orthography(art.ctx.lang)
    parts = rf"[{re.escape(o.list_marks)}]|\s(?:{words_pattern(art.ctx.lang, 'list_joins')})\s+"
    body_end = len(text.rstrip(" .;!"))
    cuts = [pos + 1] + [m.end() for m in re.finditer(parts, text[:body_end], re.IGNORECASE) if m.start() > pos] + [body_end]
    items = [(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip(" ,;")]
    if len(items) < count:
        return []
    # the first items each, the last one holding what is left (a field told in two words «… and climate»)
    return items[:count - 1] + [(items[count - 1][0], body_end)]


def _clauses_of_one_type(art: Article, sent: int, etype: str, first: int,
                         rx: re.Pattern[str] | None) -> list[tuple[int, int, tuple[int, int, str]]]:
    """Two or more events of one type told in one sentence, each in its own clause with its own
    date: «launched a shipping line in August, while the transit agreement took effect on 1 July»;
    «agreed to hold the commission in Nouakchott in early 2026 and the business forum in October».

    Returns (clause start, clause end, trigger) per event, relative to the sentence, or [] when the
    sentence tells one. A later trigger of the type, or a continuation cue («and to organise»),
    counts when a clause break and a conjunction lie between it and the one before and each clause
    has a date the other has not: the same event told twice in a sentence does not give it two dates."""
    if etype == "visit":
        # «arrived on Monday, and his visit lasts until Friday»: a visit's second clause mostly goes on
        # telling the same visit, which coreference then merges
        return []
    text = art.sent_text[sent]
    s0 = art.ctx.sentences[sent].start
    hits = [(m.start(), m.end(), m.group(0), False) for m in rx.finditer(text)] if rx else []
    cont = cue(art.ctx.lang, "continuation", etype)
    # a new clause starts with a conjunction («, while …»); «, his visit lasts until …» tells the same one
    joiner = cue(art.ctx.lang, "continuation", "joiners")
    hits += [(m.start(), m.end(), m.group(0), True) for m in cont.finditer(text)] if cont else []
    hits = sorted(h for h in hits if h[0] >= first)
    times = [(t.start - s0, t.edtf) for t in art.times[sent]]
    if len(hits) < 2 or len({e for _, e in times}) < 2:
        return []
    chosen = [hits[0][:3]]
    cuts: list[int] = []
    for start, end, word, joins in hits[1:]:
        # a continuation begins with its conjunction: it is the clause break itself
        breaks = [start] if joins else [m.start() for m in clause_break(art.ctx.lang).finditer(text, chosen[-1][1], start)
                                        if joiner and joiner.match(text, skip_spaces(text, m.end()))]
        if breaks and breaks[-1] >= chosen[-1][1]:
            chosen.append((start, end, word))
            cuts.append(breaks[-1])
    if len(chosen) < 2:
        return []
    edges = [0, *cuts, len(text)]
    dates = [{e for pos, e in times if edges[k] <= pos < edges[k + 1]} for k in range(len(chosen))]
    if any(not d for d in dates) or any(dates[k] & dates[k + 1] for k in range(len(dates) - 1)):
        return []
    return [(edges[k], edges[k + 1], chosen[k]) for k in range(len(chosen))]


def _drop_list_intros(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """«The following documents were signed:» is told by the items of its list, one event each; so is
    «the following is the list of agreements signed:» and a count of documents signed told in the
    sentence or two before it («culminated in the signing of five agreements in areas as defence …»):
    GOLD.md counts a set as one event only where its documents are left unnamed."""
    listed = {c.sent for c in cands if c.type == "agreement" and c.listed}
    drop: set[int] = set()
    for i in range(len(art.sent_text) - 1):
        # the list's first item may open with its number split off as a sentence («1.», then «Agreement on …»)
        first = next((j for j in range(i + 1, min(i + 3, len(art.sent_text))) if j in listed), None)
        if first is None or not art.list_item[i + 1] or art.list_item[i]:
            continue
        if not art.sent_text[i].rstrip().endswith(":"):
            continue
        intro = [c for c in cands if c.sent == i and c.type == "agreement"]
        if not intro or not all(art.list_item[j] for j in range(i + 1, first + 1)):
            continue
        drop.add(i)
        # an item of the list that names its document by no word of ours («Long term contract between …»)
        j = i + 1
        while j < len(art.sent_text) and art.list_item[j]:
            item = art.sent_text[j].strip()
            # only in a list whose items carry their marks: an unmarked list runs on into the text after it
            marked = _LIST_ONLY.fullmatch(art.sent_text[j - 1].strip() + " ") or _LIST_ONLY.match(item)
            if j not in listed and marked and not _LIST_ONLY.fullmatch(item) and len(item) > 12:
                s0 = art.ctx.sentences[j].start + (len(art.sent_text[j]) - len(art.sent_text[j].lstrip()))
                word = item.split()[0]
                cands.append(Candidate("agreement", j, s0, s0 + len(word), word, listed=True, generic_document=False))
            j += 1
        # a count of the documents just before the list announces the same documents
        for j in (i - 1, i - 2):
            if j >= 0 and any(c.sent == j and c.type == "agreement" and _counts(art, c.trigger) for c in cands):
                drop.add(j)
                break
    return [c for c in cands if not (c.type == "agreement" and (c.sent in drop or
                                                                (c.generic_document and c.sent + 1 in listed)))]


_LIST_ONLY = re.compile(r"\s*(?:\d{1,2}[.)]|[-–—•·*▪]|[a-zа-я][.)])\s*")


def _counts(art: Article, word: str) -> bool:
    """Whether a candidate's word is a count of documents (`[counted_documents] pattern`)."""
    rx = section(art.ctx.lang, "events", "counted_documents").get("pattern")
    return bool(rx and rx.fullmatch(word))


def visit_known_by_its_frame(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """«during the official visit he is paying to Russia from 14 to 17 April»: an article that tells
    its visit only through the phrase placing the rest inside it still reports that visit."""
    during_rx = cue(art.ctx.lang, "during", "cues")
    if during_rx is None or any(c.type == "visit" and not c.recalled for c in cands):
        return []
    for i, s in enumerate(art.ctx.sentences):
        m = during_rx.search(art.sent_text[i])
        if m:
            return [Candidate("visit", i, s.start + m.start(), s.start + m.end(), m.group(0))]
    return []

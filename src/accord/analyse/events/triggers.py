"""Step 1: the trigger words of each sentence become event candidates."""

from __future__ import annotations

from accord.analyse.events.article import _Article, _Candidate, _matches
from accord.analyse.lexicon import cue, section


def _suppressed(lang: str, etype: str, sent_text: str) -> list[tuple[int, int]]:
    return _matches(cue(lang, "not_trigger", etype), sent_text)


def _both_sides_named(art: _Article, sent: int) -> bool:
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


def _find_candidates(art: _Article) -> list[_Candidate]:
    ctx = art.ctx
    triggers = section(ctx.lang, "events", "triggers")
    during_rx = cue(ctx.lang, "during", "cues")
    modality_rx = cue(ctx.lang, "modality", "proposal")
    signing_rx = cue(ctx.lang, "signing", "cues")
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
                if etype == "agreement" and "agreement" in found and signing_rx \
                        and signing_rx.fullmatch(found["agreement"][2]) and not signing_rx.fullmatch(m.group(0)):
                    found["agreement"] = (m.start(), m.end(), m.group(0))  # the document's name over «signed»
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
        if "proposal" in found and "measure" in found and abs(found["proposal"][0] - found["measure"][0]) < 60:
            del found["measure"]  # «the launch of flights is being considered»: one proposal
        if "proposal" in found and "visit" in found and abs(found["visit"][0] - found["proposal"][0]) < 60:
            del found["visit"]  # «invited X to visit Astana»: the visit is what is proposed
        if "agreement" in found and "measure" in found:
            signing = cue(ctx.lang, "signing", "cues")
            # «signed an agreement on visa-free travel» is the signing; «the agreement entered into force» the measure
            del found["measure" if signing and signing.search(text) else "agreement"]
        for etype, (start, end, word) in found.items():
            cand = _Candidate(etype, i, s.start + start, s.start + end, word, during=during,
                              listed=art.list_item[i])
            if etype == "agreement":
                cand.generic_document = bool(signing_rx and signing_rx.fullmatch(word))
            out.append(cand)
    return _drop_list_intros(art, out)


def _drop_list_intros(art: _Article, cands: list[_Candidate]) -> list[_Candidate]:
    """«The following documents were signed:» is told by the items of its list, one event each."""
    listed = {c.sent for c in cands if c.type == "agreement" and c.listed}
    return [c for c in cands if not (c.type == "agreement" and c.generic_document and c.sent + 1 in listed)]


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

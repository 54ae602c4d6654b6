"""People passes that clean up what the others found: names in Title Case headlines confirmed by the
body, two names a run of capitals joined split, and a lone surname of a name already found."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from accord.analyse.people.lexicon import ARABIC_RE, ROMAN_RE
from accord.analyse.people.reader import PeopleText
from accord.model import PersonMention


def _headline_lines(r: PeopleText) -> list[tuple[int, int]]:
    """Lines in Title Case («Kazakh Mazhilis Speaker Visits Egypt, Signs Memorandum»): there a capital
    says nothing, so a name is trusted only as far as the body of the article confirms it."""
    out = []
    for line in re.finditer(r"[^\n]+", r.text):
        body = line.group().strip()
        if not body or body[-1] in ".!?…;":
            continue
        words = [w for _, _, w in r.pack.pieces(body) if len(w) >= 4 and w[0].isalpha()]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            out.append((line.start(), line.end()))
    return out


def confirm_headlines(r: PeopleText, found: list[PersonMention]) -> list[PersonMention]:
    """Names in Title Case lines cut to the longest start that the body names too, or dropped."""
    lines = _headline_lines(r) if r.pack.cased else []
    if not lines:
        return found
    in_head = [any(s <= m.start < e for s, e in lines) for m in found]
    known = {tuple(r.pack.normalise(w) for w in m.name.split()) for m, h in zip(found, in_head) if not h}
    known |= {k[-1:] for k in known}
    out = []
    for m, head in zip(found, in_head):
        if not head:
            out.append(m)
            continue
        words = list(re.finditer(r"\S+", m.text))
        for k in range(len(words), 0, -1):
            text = m.text[:words[k - 1].end()]
            name = r.pack.name_lemma(text)
            if tuple(r.pack.normalise(w) for w in name.split()) in known:
                out.append(replace(m, end=m.start + len(text), text=text, name=name))
                break
    return out


def split_adjacent_names(r: PeopleText, found: list[PersonMention]) -> list[PersonMention]:
    """«Ермек Көшербаев Ван И-ді … шақырды»: two names side by side, the first a full name the
    article gives elsewhere, are two people; the run of capitals joined them."""
    known = {tuple(m.name.split()) for m in found if len(m.name.split()) >= 2}
    out: list[PersonMention] = []
    for m in found:
        words = [w for w in re.finditer(r"\S+", m.text)]
        prefix = next((k for k in known if len(words) > len(k) and
                       tuple(r.pack.name_lemma(" ".join(w.group(0) for w in words[:len(k)])).split()) == k),
                      None) if not ARABIC_RE.match(m.text) else None
        if prefix is None or _goes_on(r, words[len(prefix)].group(0)):
            # «Mohammed ben Zayed Al-Nahyane», «… ben Salmane»: a particle goes on with the name
            out.append(m)
            continue
        cut = words[len(prefix) - 1].end()
        rest = words[len(prefix)].start()
        first = replace(m, end=m.start + cut, text=m.text[:cut], name=" ".join(prefix))
        tail = m.text[rest:]
        out += [first, replace(m, start=m.start + rest, text=tail, name=r.pack.name_lemma(tail),
                               title=None, role=None, org=None, country=None)]
    return out


def _goes_on(r: PeopleText, word: str) -> bool:
    """The word opens with a capitalised name particle («Al-Nahyane», «Al Thani», «Ben Ali»): the name goes on,
    no second one starts («Vladimir Poutine de Novo-Ogariovo» names where he is)."""
    head = re.split(r"[-‐'’]", word, maxsplit=1)[0]
    return head[:1].isupper() and head.casefold() in r.pack.particles


def known_name_ends(r: PeopleText, found: list[PersonMention]) -> list[PersonMention]:
    """«قيس سعيد لمدة ساعة», «فلاديمير بوتين محادثات»: a script without capitals lets a run of words run
    past the name into the next words. A run that starts with a full name the article gives elsewhere,
    or the registry knows, ends with it, unless the next word goes on with the name (a particle:
    «محمد بن زايد آل نهيان»; a regnal number). The longest such name wins; a run that is itself a
    known name stays whole."""
    if r.pack.cased:
        return found
    norm = r.pack.normalise
    given = Counter(tuple(norm(w) for w in m.name.split()) for m in found if len(m.name.split()) >= 2)
    registry = r.resources_names()
    goes_on = r.lex.particles | {norm(w) for w in r.ordinals}
    out: list[PersonMention] = []
    for m in found:
        words = list(re.finditer(r"\S+", m.text))
        key = tuple(norm(w.group(0)) for w in words)
        own = tuple(norm(w) for w in m.name.split())

        def known(k: tuple[str, ...]) -> bool:
            return k in registry or given[k] > (k == own)    # the run itself does not vouch for itself
        cut = 0
        if len(words) >= 3 and not known(key):
            cut = next((k for k in range(len(words) - 1, 1, -1)
                        if known(key[:k]) and key[k] not in goes_on), 0)
        if not cut:
            out.append(m)
            continue
        text = m.text[:words[cut - 1].end()]
        out.append(replace(m, end=m.start + len(text), text=text, name=r.pack.name_lemma(text)))
    return out


def surname_runs(r: PeopleText, found: list[PersonMention]) -> list[PersonMention]:
    """«لافروف محادثات», «رحلة لافروف», «Accueillant Lavrov», «Встречая Лаврова»: a run of words that
    has at one end the surname of one full name the article gives (with a title, a known given name or
    as the registry knows it) and at the other end none of that name's words (a verb, a noun, a word
    capitalised only because the sentence opens with it) is that surname alone, a later mention of
    that person. In a script with capitals the other words must open the sentence: mid-sentence, a
    capitalised word before a surname is a given name («Heydar Aliyev» beside «Ilham Aliyev»)."""
    norm = r.pack.normalise
    registry = r.resources_names()
    words_of = {id(m): tuple(norm(w) for w in m.name.split()) for m in found}
    vouched = {words_of[id(m)]: m.name.split()[-1] for m in found if len(words_of[id(m)]) >= 2 and (
        m.title or words_of[id(m)][0] in r.lex.given or words_of[id(m)] in registry)}
    goes_on = r.lex.particles | {norm(w) for w in r.ordinals}
    out: list[PersonMention] = []
    for m in found:
        own = words_of[id(m)]
        words = list(re.finditer(r"\S+", m.text))
        cut = None
        if len(own) >= 2 and len(words) == len(own) and own not in registry:
            for edge, rest in ((0, own[1:]), (len(own) - 1, own[:-1])):
                owners = [v for v in vouched if v[-1] == own[edge] and v != own]
                if len(owners) != 1 or "".join(own) == "".join(owners[0]) \
                        or any(w in owners[0] or w in r.lex.given or w in goes_on for w in rest):
                    continue
                if r.pack.cased and (edge == 0 or not _opens_sentence(r.text, m.start)):
                    continue
                cut = (edge, vouched[owners[0]])
                break
        if cut is None:
            out.append(m)
            continue
        w = words[cut[0]]
        out.append(replace(m, start=m.start + w.start(), end=m.start + w.end(), text=w.group(0), name=cut[1]))
    return out


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \u00a0«\"“(")
    return not before or before[-1] in ".!?\n:;"


def surnames(r: PeopleText, found: list[PersonMention], taken: list[tuple[int, int]]) -> list[PersonMention]:
    """A surname of a name already found, standing alone («Fidan said», «Кошанова», «التقى حسين»).

    Only a surname that points at one person: not the last word of two different names («Aliyev»
    of Ilham and Heydar), nor a word that starts another name (a given name), nor a common word.
    Arabic has no capitals, so there the surname must follow a verb whose subject it is."""
    full = [[r.pack.normalise(w) for w in m.name.split()] for m in found if len(m.name.split()) >= 2]
    owners: dict[str, set[tuple[str, ...]]] = {}
    for words in full:
        if not ROMAN_RE.fullmatch(words[-1].upper()):
            owners.setdefault(words[-1], set()).add(tuple(words))
    firsts = {words[0] for words in full}
    surnames = {s for s, names in owners.items()
                if len(names) == 1 and s not in firsts and s not in r.lex.stop and s not in r.pack.particles}
    verbs = r.subject_verbs
    out = []
    for start, end, word in r.tokens:
        if r.is_blocked(start, end, taken) or r.is_blocked(start, end) \
                or r.is_blocked(start, end, r.buildings):
            continue
        if not r.pack.cased:
            before = r.word_before(start)
            if r.pack.normalise(word) in surnames and (before in verbs or any(
                    b in verbs for b in r.pack.strip_clitics(before))):
                taken.append((start, end))
                out.append(r.mention((start, end), None))
            continue
        if not word[:1].isupper():
            continue
        lemma = r.pack.name_lemma(word)
        if r.pack.normalise(word) in surnames:
            # written as the full name writes it («Тилеуберди» of «Мухтар Тилеуберди»): that is its form,
            # whatever lemma a dictionary guesses for an unknown word («Тилеубердь»)
            taken.append((start, end))
            out.append(replace(r.mention((start, end), None), name=word))
        elif r.pack.normalise(lemma) in surnames:
            taken.append((start, end))
            out.append(r.mention((start, end), None))
    return out

"""People pass «registry»: the officials the registry knows, found by their full names (a gazetteer
of people: «Председатель Си Цзиньпин», where «Си» is also a common word).

Reads the registry of the analysis's resources and the orthography's spelling variants and clitics."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from accord.analyse.people.lexicon import ROMAN_RE, lexicon
from accord.analyse.people.reader import PeopleText
from accord.analyse.resources import Resources
from accord.lang.roles import family_name_first, named_by_surname
from accord.lang.orthography import orthography, spelling_pattern
from accord.lang.pack import get_pack
from accord.model import PersonMention


@lru_cache(maxsize=16)
def _known_names_rx(lang: str, resources: Resources) -> re.Pattern[str] | None:
    """One pattern of every full name the registry knows in `lang`: officials whose names the rules
    cannot find («Председатель Си Цзиньпин»: «Си» is also a common word), in every spelling the
    language pack folds together. Cased languages may decline the last word («Си Цзиньпина»); Arabic
    may glue its clitic letters («و», «ب», «ل») onto the first."""
    forms = [f for f in resources.registry.name_forms(lang) if len(f) >= 6]
    if not forms:
        return None

    body = "|".join(spelling_pattern(f) for f in sorted(forms, key=len, reverse=True))
    pack = get_pack(lang)
    ending = r"\w{0,3}" if pack.cased and lang in ("ru", "kk") else ""
    letters = orthography(lang).clitic_letters
    clitic = f"(?:[{letters}](?=\\w))?" if letters else ""
    return re.compile(rf"(?<!\w){clitic}(?P<name>{body}){ending}(?!\w)")


def known_names(text: str, lang: str, resources: Resources) -> list[tuple[int, int]]:
    rx = _known_names_rx(lang, resources)
    if rx is None:
        return []
    return [(m.start("name"), m.end()) for m in rx.finditer(text)]



@lru_cache(maxsize=16)
def _heads_by_surname(lang: str, resources: Resources) -> dict[str, tuple[str, str | None, str]]:
    """Normalised surname -> (full name in `lang`, country, role) of the registry's heads of state and
    government (`lang/roles.toml` named_by_surname) that name one holder only: «Aliyev» of two
    holders, or a surname another registry person also bears, names no one."""
    pack, lex = get_pack(lang), lexicon(lang)
    owners: dict[str, set[str]] = {}
    given = set(lex.given)          # and the other words of the registry's names: «Hassan», «Rachid»
    for person in resources.registry.actors("person"):
        for form in (f for forms in person.names.values() for f in forms):
            if len(form.split()) >= 2:
                owners.setdefault(pack.normalise(form.split()[-1]), set()).add(person.id)
                given |= {pack.normalise(w) for w in form.split()[:-1]}
    heads: dict[str, dict[str, tuple[str, str | None, str]]] = {}
    for full, pid, country, role in resources.registry.holders_forms(lang, named_by_surname()):
        words = full.split()
        first = country in family_name_first()
        word = words[0] if first else words[-1]
        key = pack.normalise(word)
        # a regnal number («Mohammed VI»), a given name («Rashid», «Isa»), a common word, or a word too
        # short to be read as a surname alone
        if (not first and ROMAN_RE.fullmatch(word.upper())) or (key in given and not first) or key in lex.stop \
                or len(word) < (2 if first else 3 if pack.cased else 4):
            continue
        heads.setdefault(key, {}).setdefault(pid, (full, country, role))
    return {key: next(iter(by_id.values())) for key, by_id in heads.items()
            if len(by_id) == 1 and owners.get(key, set()) <= set(by_id)}


def heads_by_surname(r: PeopleText, found: list[PersonMention], taken: list[tuple[int, int]]) -> list[PersonMention]:
    """A head of state or government named by the surname alone where the article names no one with
    it in full («ووصل ماكرون … حيث استقبله نظيره شوكت ميرزيوييف», «M. Xi a reçu …»): the holder the
    registry knows by that surname, when the article speaks of the holder's country. Arabic has no
    capitals: there the surname follows a verb whose subject it is, or stands in guillemets. A name
    found behind a courtesy title alone («M. Xi») becomes that holder too."""
    heads = _heads_by_surname(r.lang, r.resources)
    codes = {c.code for c in r.countries}
    taken = taken + [(m.start, m.end) for m in found]
    full_names = {r.pack.normalise(w) for m in found if len(m.name.split()) >= 2 for w in m.name.split()}
    out = []
    for m in found:
        head = heads.get(r.pack.normalise(m.name)) if len(m.name.split()) == 1 else None
        if head is not None and head[1] in codes and r.pack.normalise(m.name) not in full_names \
                and m.role in (None, head[2]) and m.country in (None, head[1]):
            m = replace(m, name=head[0], role=head[2], country=head[1])
        out.append(m)
    for start, end, word in r.tokens:
        if r.is_blocked(start, end, taken) or r.is_blocked(start, end) or r.is_blocked(start, end, r.buildings):
            continue
        if r.pack.cased:
            if not word[:1].isupper():
                continue
            keys = [r.pack.normalise(word), r.pack.normalise(r.pack.name_lemma(word))]
        else:
            before = r.word_before(start)
            quoted = r.text[start - 1:start] == "«" and r.text[end:end + 1] == "»"
            if not quoted and before not in r.subject_verbs \
                    and not any(b in r.subject_verbs for b in r.pack.strip_clitics(before)):
                continue
            # the conjunction alone may be glued on («وأكد ماكرون», «وماكرون»): other clitics make
            # words of their own («الخميس» is no «خميس»)
            norm = r.pack.normalise(word)
            keys = [norm] + ([norm[1:]] if norm[:1] in ("و", "ف") else [])
        head = next((heads[k] for k in keys if k in heads), None)
        if head is None or head[1] not in codes:
            continue
        taken.append((start, end))
        full, country, role = head
        out.append(replace(r.mention((start, end), None), name=full, role=role, country=country))
    return sorted(out, key=lambda m: m.start)

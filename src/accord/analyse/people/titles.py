"""People passes «titles» and «titles_alone»: a person introduced by a title («председатель Мажилиса
Ерлан Кошанов», «رئيس مجلس النواب، السيد راشيد الطالبي العلمي»), the names that share a plural title,
and a bare title of a post one person holds, naming the holder the article gave before.

Reads the titles, roles and connectors of `titles.toml` and `institutions.toml`, the article's
countries and institutions; writes person mentions with their role, institution and country."""
from __future__ import annotations

import re

from accord.analyse.people.reader import Chain, PeopleText
from accord.analyse.people.shapes import _after_place_head, _eponym
from accord.model import PersonMention


def titled(r: PeopleText) -> list[PersonMention]:
    out = []
    for title in r.titles:
        if any(s <= title.start < e for s, e in r.used):
            continue
        chain = r.chain(title)
        last = r.text[chain.titles[-1].start:chain.titles[-1].end].split()[-1]
        if r.suffixed(r.pack.normalise(last), r.phrase_final):
            continue   # «Президентінің Жарлығымен»: a title in a case belongs to the next noun, not a name
        # An honorific right before the name vouches for it («رئيس مجلس الدوما، السيد فياتشيسلاف فولودين»).
        last_role = chain.titles[-1].payload.role
        strict = last_role not in ("", "member") or (bool(chain.orgs) and last_role != "")
        span = r.name_at(chain.end, require_given=strict)
        if span is None and r.max_skip and (chain.countries and chain.countries[-1].end == chain.end
                                            or _country_noun_after(r, chain.end)):
            # «пресс-секретарь главы российского государства Дмитрий Песков»: the noun a country
            # adjective qualifies closes the title; a name with a known given name may follow it
            after = r.skip_governed_words(chain.end)
            span = r.name_at(after, require_given=True) if after != chain.end else None
            if span is not None and len(r.text[span[0]:span[1]].split()) < 2:
                span = None     # «в резиденции главы российского государства Ново-Огареве»: a place
        if span is None and chain.countries and r.lex.names.get("comma_after_country_title"):
            # «الرئيس الروسي، فلاديمير بوتين»: a comma between a title with its country and a known given name
            comma = re.match(r"[ \u00a0]*[،,][ \u00a0]*", r.text[chain.end:chain.end + 4])
            span = r.name_at(chain.end + comma.end(), require_given=True) if comma else None
        if span is None and chain.countries and chain.countries[-1].end == chain.end \
                and chain.countries[-1].form == "adjective" and r.lex.names.get("foreign_name_after_nisba"):
            span = _foreign_name_after(r, chain.end)
        if span is None:
            continue
        if _names_a_place(r, chain.start, span[1]):
            continue
        head = r.text[chain.titles[0].start:chain.titles[0].end].split()[0]   # the word the name agrees with
        if not r.pack.agrees_in_case(head, r.text[span[0]:span[1]]):
            continue    # «сказал премьер Токаеву»: the name is not the title's holder
        r.used.append((chain.start, span[1]))
        out.append(r.mention(span, chain))
        for more in _listed_after(r, span[1], chain):
            r.used.append(more)
            out.append(r.mention(more, chain))
    return out


_CAPITALISED_AFTER = re.compile(r"(?:[ \u00a0]+[^\W\d_][\w'’-]*){1,3}")


def _names_a_place(r: PeopleText, start: int, end: int) -> bool:
    """«مطار الملك خالد الدولي», «l'aéroport international Roi Khaled», «аэропорт имени короля Халида»,
    «King Khalid International Airport», «Король Халид атындағы әуежай»: a title and a name that an
    airport, a base or a hospital bears name that place, not a person of the story."""
    if _after_place_head(r, start) or _eponym(r, start, end):
        return True
    after = _CAPITALISED_AFTER.match(r.text, end) if r.pack.cased else None
    if after is None:
        return False
    words = after.group().split()
    words = words[:next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))]
    return any(r.pack.normalise(w) in r.name_tails for w in words)


def _country_noun_after(r: PeopleText, pos: int) -> bool:
    """«президентом страны Михаилом Кавелашвили»: the noun «country» right after a title stands for the
    country the article names, and the name may follow it (`titles.toml` [names] country_nouns)."""
    nouns = {r.pack.normalise(w) for w in r.lex.names.get("country_nouns", [])}
    i = r.token_after(pos)
    return bool(nouns) and i < len(r.tokens) and not r.text[pos:r.tokens[i][0]].strip() \
        and r.pack.normalise(r.tokens[i][2]) in nouns


def _foreign_name_after(r: PeopleText, pos: int) -> tuple[int, int] | None:
    """«الرئيس الفرنسي فرنسوا هولاند», «الرئيس الفيتنامي تران ثانه مان»: after a title and its country
    adjective, two words or more that are no common word (no article, no verb of the present) are a
    foreign name, though no given name the lists know starts it."""
    i = r.token_after(pos)
    if i >= len(r.tokens) or not re.fullmatch(r"[ \u00a0]+", r.text[pos:r.tokens[i][0]]):
        return None
    first = r.tokens[i][2]
    if first.startswith(tuple(r.lex.names.get("not_foreign_name_starts", []))):
        return None
    span = r.arabic_name(i, require_given=False, min_words=2)
    if span is None or any(w.startswith("ال") for w in r.text[span[0]:span[1]].split()):
        return None
    return span


def _listed_after(r: PeopleText, pos: int, chain: Chain) -> list[tuple[int, int]]:
    """Names that share a plural title with the first one («les députés Zehranur Aydemir et Hasan Öztürkmen»)."""
    title = r.text[chain.titles[0].start:chain.titles[0].end].split()[-1]
    if not r.and_words or r.pack.normalise(title) not in r.plural_titles:
        return []
    out: list[tuple[int, int]] = []
    gap_re = re.compile(rf"[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:{r.and_words})[ \u00a0]+", re.IGNORECASE)
    while True:
        gap = gap_re.match(r.text, pos)
        if gap is None:
            return out
        i = r.token_after(gap.end())
        if i >= len(r.tokens) or r.tokens[i][0] != gap.end():
            return out
        span = r.cased_name(i, min_names=2)
        if span is None:
            return out
        out.append(span)
        if "," not in gap.group():
            return out      # the name after «et» closes the list
        pos = span[1]


# Roles a bare title names one person by: a country has one head of state, one prime minister…
_UNIQUE_ROLES = ("king", "president", "head_of_state", "head_of_government", "speaker", "foreign_minister")


def titles_alone(r: PeopleText, found: list[PersonMention]) -> list[PersonMention]:
    """«Қырғыз үкіметінің басшысы облысқа … келді», "the Kyrgyz Prime Minister arrived": a title with
    no name after it, of a post one person holds, names the person the article gave that post
    before (the one person it gave it to)."""
    out: list[PersonMention] = []
    spans = [(m.start, m.end) for m in found]
    for title in r.titles:
        if any(s <= title.start < e for s, e in r.used + spans):
            continue
        chain = r.chain(title)
        if any(s < chain.end and chain.start < e for s, e in spans):
            continue
        # only as a sentence's subject: elsewhere a bare title is often someone's greetings or initiative
        before = re.split(r"[.!?\n]", r.text[max(0, chain.start - 40):chain.start])[-1]
        lead = chain.start - len(before)
        # («The Kyrgyz Prime Minister», «Қырғыз үкіметінің басшысы»: an article and the country may lead)
        for c in r.countries:
            if lead <= c.start and c.end <= chain.start:
                before = before.replace(c.text, "")
        if len(before.strip()) > 4:
            continue
        role, _, country = r.resolve(chain)
        home = r.lex.names.get("home_country")
        if role in _UNIQUE_ROLES and not country and home:
            country = str(home)   # «Мемлекет басшысы» in the press of a country is its own
        if role not in _UNIQUE_ROLES or not country:
            continue
        # the post's holder named before: of that country, or of no country the sentence said;
        # the press of the holder's own country may name them only after the title
        holders = {m.name for m in found if m.start < chain.start and m.role == role
                   and m.country in (country, None)}
        if len(holders) > 1:
            holders = {m.name for m in found if m.start < chain.start and m.role == role and m.country == country}
        if not holders and country == home:
            holders = {m.name for m in found if m.role == role and m.country in (country, None)}
        if len(holders) != 1:
            continue
        (name,) = holders
        out.append(PersonMention(chain.start, chain.end, r.text[chain.start:chain.end], name,
                                 r.text[chain.start:chain.end], role, None, country))
        spans.append((chain.start, chain.end))
    return out

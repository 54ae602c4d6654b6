"""Institution mentions: chambers, parliaments, governments, ministries, embassies,
friendship groups, with the country they belong to.

Data: `lang/<code>/institutions.toml`. The country is the one written next to the
institution («Парламента Казахстана», «مجلس النواب الكازاخستاني», «Kazakh Senate»),
else the one its own name implies (Мажилис → KZ), else the one of an institution
it is chained to («Палаты представителей Парламента Королевства Марокко»,
«مجموعة الصداقة … بمجلس النواب»). A friendship group records its own country
and, in `name`, its partner («friendship group MA-KZ»).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from accord.lang.data import load
from accord.lang.pack import LanguagePack, PhraseMatcher, get_pack
from accord.model import CountryMention, OrgMention

# What may stand between two adjacent mentions besides connector words:
# spaces, dashes of a pair («المغربية–الكازاخستانية»), quotes of a group name («Казахстан – Марокко»).
_MAX_GAP = 40   # characters: connectors are short words, a longer gap is never adjacency
_GAP_CHARS_RE = re.compile(r"[\s\-‐–—«»\"“”'’]*")


# Bodies of no state («Order of Malta», «Мальта ордені»): no country is theirs, and a country their own
# name holds is no mention of it.
NO_COUNTRY_KINDS = ("order",)


def outside_stateless(countries: list[CountryMention], orgs: list[OrgMention]) -> list[CountryMention]:
    """The country mentions not inside the name of a body of no state («Malta» of «the Order of Malta»)."""
    spans = [(o.start, o.end) for o in orgs if o.kind in NO_COUNTRY_KINDS]
    return [c for c in countries if not any(a <= c.start and c.end <= b for a, b in spans)]


@dataclass(frozen=True)
class _Org:
    kind: str
    label: str
    country: str


@cache
def _setup(lang: str) -> tuple[PhraseMatcher, dict]:
    pack = get_pack(lang)
    data = load(lang, "institutions")
    entries = []
    for kind, label, country, *forms in data.get("orgs", []):
        entries += [(f, _Org(kind, label, country), False) for f in forms]
    return PhraseMatcher(pack, entries), data


def _adjacent(text: str, pack: LanguagePack, a_end: int, b_start: int, connectors: set[str]) -> bool:
    """Only spaces, pair punctuation and connector words between offsets a_end and b_start."""
    if b_start < a_end or b_start - a_end > _MAX_GAP:
        return False
    gap = text[a_end:b_start]
    words = [pack.normalise(w) for _, _, w in pack.pieces(gap)]
    rest = re.sub(r"\w+", " ", gap)
    return all(w in connectors for w in words) and bool(_GAP_CHARS_RE.fullmatch(rest)) and "\n" not in gap


def find_orgs(text: str, lang: str, countries: list[CountryMention]) -> list[OrgMention]:
    """Institutions in `text`; `countries` are the country mentions of the same text."""
    matcher, data = _setup(lang)
    pack = get_pack(lang)
    connectors = {pack.normalise(w) for w in data.get("connectors", [])}
    partner_markers = {pack.normalise(w) for w in data.get("partner_markers", [])}
    sides = data.get("country_side", ["after", "before"])
    near = [c for c in countries if c.form != "capital"]

    def country_after(end: int) -> CountryMention | None:
        c = next((c for c in near if c.start >= end), None)   # only the nearest can be adjacent
        return c if c is not None and _adjacent(text, pack, end, c.start, connectors) else None

    def country_before(start: int) -> CountryMention | None:
        c = next((c for c in reversed(near) if c.end <= start), None)
        return c if c is not None and _adjacent(text, pack, c.end, start, connectors) else None

    out: list[OrgMention] = []
    for m in matcher.find(text):
        org: _Org = m.payload
        if org.kind == "friendship_group":
            out.append(_friendship_group(text, pack, m.start, m.end, org, near, connectors, partner_markers))
            continue
        country = None
        for side in sides if org.kind not in NO_COUNTRY_KINDS else ():
            c = country_after(m.end) if side == "after" else country_before(m.start)
            if c is not None:
                country = c.code
                break
        out.append(OrgMention(m.start, m.end, m.text, org.kind, country or org.country or None, org.label))
    _chain_countries(text, pack, out, connectors)
    return out


def _friendship_group(text: str, pack: LanguagePack, start: int, end: int, org: _Org,
                      near: list[CountryMention], connectors: set[str], partner_markers: set[str]) -> OrgMention:
    """A friendship group with the run of country mentions written next to it."""
    after: list[CountryMention] = []
    pos = end
    markers = connectors | partner_markers
    for c in near:
        if c.start < pos:
            continue
        if not _adjacent(text, pack, pos, c.start, markers):
            break
        after.append(c)
        pos = c.end
    before: list[CountryMention] = []
    pos = start
    for c in reversed(near):
        if c.end > pos:
            continue
        if not _adjacent(text, pack, c.end, pos, connectors):
            break
        before.insert(0, c)
        pos = c.start
    run = after if len(after) >= len(before) else before
    codes = list(dict.fromkeys(c.code for c in run))
    own, partner = None, None
    if len(codes) >= 2:
        own, partner = codes[0], codes[1]
    elif codes:
        gap_words = {pack.normalise(w) for _, _, w in pack.pieces(text[end:run[0].start])} if run is after else set()
        if gap_words & partner_markers:
            partner = codes[0]
        else:
            own = codes[0]
    if run:
        start, end = min(start, run[0].start), max(end, run[-1].end)
    name = org.label
    if own and partner:
        name = f"{org.label} {own}-{partner}"
    elif partner:
        name = f"{org.label} with {partner}"
    return OrgMention(start, end, text[start:end], org.kind, own, name)


def _chain_countries(text: str, pack: LanguagePack, orgs: list[OrgMention], connectors: set[str]) -> None:
    """An institution without a country takes the one of an institution written right next to it."""
    for _ in range(2):
        for a, b in zip(orgs, orgs[1:]):
            if not _adjacent(text, pack, a.end, b.start, connectors):
                continue
            if a.country is None and b.country is not None:
                a.country = b.country
            elif b.country is None and a.country is not None and b.kind != "friendship_group":
                b.country = a.country


def org_matcher(lang: str) -> PhraseMatcher:
    """The phrase matcher of the institutions of `lang`."""
    return _setup(lang)[0]

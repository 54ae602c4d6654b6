"""Person mentions: people introduced by titles and roles, in apposition, or by the
shape of their names; and their clustering within one article.

Rules, not a model (no Arabic NER ships offline; natasha's Russian NER costs
~0.1 s an article and leaves names inflected). A title from `titles.toml` opens
a chain of institutions and countries written next to it («председателем Палаты
представителей Парламента Королевства Марокко»); the chain gives the role, the
institution and the country; the name follows it. Names without a title are runs
of capitalised words (Cyrillic, Latin) or runs of Arabic words that start with a
known given name; a surname seen in a full name is found again on its own.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from babel import Locale

from accord.analyse.countries import country_names
from accord.analyse.places import find_places
from accord.analyse.resources import Resources
from accord.lang.data import load
from accord.lang.orthography import orthography, spelling_pattern
from accord.lang.pack import LanguagePack, Match, PhraseMatcher, get_pack
from accord.lang.roles import ranking
from accord.model import CountryMention, OrgMention, Person, PersonMention, PlaceMention, Span

# Most specific first: when a person carries several roles, the first one wins (lang/roles.toml).
ROLE_PRIORITY = ranking()
_ROMAN_RE = re.compile(r"[IVXLC]+")
_ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
_LATIN_CYR_RE = re.compile(r"[A-Za-zÀ-ÿЀ-ӿ]")
# Words of one name stand one space apart; a wider gap is page layout («Саясат   Экономика» in a menu).
_SPACE_RE = re.compile(r"[ \u00a0]")
# An acronym in brackets between a title and its name: «le président de l'ARP (ARP), Brahim Bouderbala».
_BRACKET_RE = re.compile(r"^[ \u00a0]*\([^()\n]{1,15}\)")
_MAX_GAP = 40   # characters: what stands between a title and its institution is short


@dataclass(frozen=True)
class _Title:
    role: str       # a role code, "" (honorific), or head / head:president / deputy / member
    org: str
    country: str


@dataclass
class _Chain:
    start: int
    end: int
    titles: list[Match] = field(default_factory=list)
    orgs: list[OrgMention] = field(default_factory=list)
    countries: list[CountryMention] = field(default_factory=list)
    hosts: list[CountryMention] = field(default_factory=list)   # «ambassador … to Egypt»: where, not whose


@dataclass
class _Lexicon:
    titles: PhraseMatcher
    roles: dict
    names: dict
    stop: frozenset[str]
    given: frozenset[str]
    particles: frozenset[str]
    photo_credit: frozenset[str]
    title_heads: frozenset[str]     # normalised first words of the title forms
    country_words: frozenset[str]   # normalised one-word country names, to tell a case suffix from the name


@cache
def _lexicon(lang: str) -> _Lexicon:
    pack = get_pack(lang)
    data = load(lang, "titles")
    entries = []
    for role, org, country, *forms in data.get("titles", []):
        entries += [(f, _Title(role, org, country), False) for f in forms]
    names = data.get("names", {})
    # «minister of agriculture», «وزير الزراعة»: portfolios × the patterns that name a minister of one.
    minister = _Title("minister", "ministry", "")
    entries += [(pattern.format(p), minister, False)
                for pattern in names.get("portfolio_titles", []) for p in names.get("portfolios", [])]
    # «le ministre italien des Affaires étrangères»: the country adjective stands inside the title.
    adjectives = load(lang, "countries").get("adjectives", {})
    for role, org, pattern in names.get("country_titles", []):
        entries += [(pattern.format(a), _Title(role, org, code), False)
                    for code, forms in adjectives.items() for a in forms]
    locale = Locale.parse(lang)
    calendar_words: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            calendar_words |= set(locale.months[context][width].values())
            calendar_words |= set(locale.days[context][width].values())
    stop = {pack.normalise(w) for w in [*names.get("not_names", []), *names.get("name_stop", []), *calendar_words]}
    # A compound given name («عبد القادر») is known by its first word too.
    given = {pack.normalise(w) for g in names.get("given_names", []) for w in (g, g.split()[0])}
    heads = frozenset(pack.normalise(p[0][2]) for f, _, _ in entries if (p := pack.pieces(f)))
    return _Lexicon(PhraseMatcher(pack, entries), data.get("roles", {}), names, frozenset(stop),
                    frozenset(given), frozenset(pack.particles | {w.casefold() for w in names.get("particles", [])}),
                    frozenset(pack.normalise(w) for w in names.get("photo_credit", [])), heads,
                    frozenset(pack.normalise(n) for ns in country_names(lang).values() for n in ns if " " not in n))


def _best_role(roles: list[str | None]) -> str | None:
    known = [r for r in roles if r]
    return min(known, key=lambda r: ROLE_PRIORITY.index(r) if r in ROLE_PRIORITY else len(ROLE_PRIORITY),
               default=None)


class _Finder:
    def __init__(self, text: str, lang: str, countries: list[CountryMention], orgs: list[OrgMention],
                 places: list[PlaceMention], resources: Resources) -> None:
        self.text, self.lang, self.resources = text, lang, resources
        self.pack: LanguagePack = get_pack(lang)
        self.lex = _lexicon(lang)
        names = self.lex.names
        self.countries = [c for c in countries if c.form != "capital"]
        self.orgs = orgs
        self.pieces = self.pack.pieces(text)
        self.tokens = self.pack.tokens(text)
        self.token_starts = [t[0] for t in self.tokens]
        self.titles = self.lex.titles.find(text, self.pieces)
        self.blocked = bytearray(len(text))   # characters inside a country, institution, title or city
        for s, e in [(c.start, c.end) for c in countries] + [(o.start, o.end) for o in orgs] \
                + [(p.start, p.end) for p in places if p.kind != "building"]:
            self.blocked[s:e] = b"\x01" * (e - s)
        # After a particle a title word is part of the name («Karim Ben Cheikh», «Ben Cheikh» ≠ sheikh).
        self.blocked_but_titles = bytes(self.blocked)
        for t in self.titles:
            self.blocked[t.start:t.end] = b"\x01" * (t.end - t.start)
        # Buildings block only names without a title: «мавзолей Короля Мухаммеда V» still names a king.
        self.buildings = [(p.start, p.end) for p in places if p.kind == "building"]
        self.items: list[tuple[int, object]] = sorted([(o.start, o) for o in orgs] + [(c.start, c) for c in self.countries]
                            + [(t.start, t) for t in self.titles], key=lambda x: x[0])
        self.item_starts = [s for s, _ in self.items]
        self.connectors = {self.pack.normalise(w) for w in load(lang, "institutions").get("connectors", [])}
        self.chain_connectors = self.connectors | {self.pack.normalise(w) for w in names.get("chain_connectors", [])}
        self.comma_before_name = bool(names.get("comma_before_name", False))
        self.foreign_endings = tuple(self.pack.normalise(e) for e in names.get("foreign_name_endings", []))
        self.stop_shapes = [re.compile(s) for s in names.get("stop_shapes", [])]
        self.max_skip = int(names.get("max_skip", 0))
        # Where the institution of a title stands: "before" it (Kazakh), "both" (English «Mazhilis Speaker»,
        # «Speaker of the Senate»), else only after it.
        self.org_before = names.get("org_side", "after")
        norm = self.pack.normalise
        self.destination = {norm(w) for w in names.get("destination_connectors", [])}
        self.possessives = {norm(w) for w in names.get("possessives", [])}
        conjunction = self.pack.orthography.glued_conjunction
        self.conjunctions = (norm(conjunction),) if conjunction else ()
        self.list_openers = [norm(w) for w in names.get("list_openers", [])]
        self.phrase_final = tuple(norm(w) for w in names.get("phrase_final_suffixes", []))
        self.owner_suffixes = tuple(norm(w) for w in names.get("owner_case_suffixes", []))
        self.not_owner_suffixes = tuple(norm(w) for w in names.get("not_owner_case_suffixes", []))
        self.stop_by_stem = bool(names.get("stop_by_stem", False))
        self.plural_titles = {norm(w) for w in names.get("plural_titles", [])}
        self.and_words = "|".join(re.escape(w) for w in names.get("and_words", []))
        continuation = names.get("title_continuation")
        self.continuation = re.compile(continuation) if continuation else None
        # with the verbs' feminine past forms where the language builds them by a suffix («نقل» → «نقلت»)
        verbs = {norm(w) for w in names.get("subject_verbs", [])}
        self.subject_verbs = verbs | {v + norm(sfx) for v in verbs for sfx in names.get("feminine_suffixes", [])}
        self.used: list[tuple[int, int]] = []

    # -- helpers ---------------------------------------------------------------
    def _is_blocked(self, start: int, end: int, spans: list[tuple[int, int]] | None = None) -> bool:
        if spans is None:
            return 1 in self.blocked[start:end]
        return any(s < end and start < e for s, e in spans)

    def _gap_ok(self, a: int, b: int, allow_comma: bool = False, connectors: set[str] | None = None) -> bool:
        if b - a > _MAX_GAP:
            return False
        gap = self.text[a:b]
        if "\n" in gap:
            return False
        connectors = self.connectors if connectors is None else connectors
        words = [self.pack.normalise(w) for _, _, w in self.pack.pieces(gap)]
        rest = re.sub(r"\w+", "", gap)
        punct = r"[\s\-‐–—«»\"“”'’,،]*" if allow_comma else r"[\s\-‐–—«»\"“”'’]*"
        return all(w in connectors for w in words) and re.fullmatch(punct, rest) is not None

    def _skip_governed_words(self, pos: int) -> int:
        """Past up to `max_skip` lower-case genitive words («министр сельского хозяйства …»)."""
        out, skipped = pos, 0
        for start, end, word in self.tokens[self._token_after(pos):]:
            if skipped >= self.max_skip or not word.islower() or not self._gap_ok(out, start) \
                    or self.pack.case_of(word) != "gent":
                break
            out, skipped = end, skipped + 1
        return out

    def _token_after(self, pos: int) -> int:
        return bisect_left(self.token_starts, pos)

    def _word_before(self, pos: int) -> str:
        """The normalised word right before `pos` (only spaces between), or ""."""
        i = bisect_left(self.token_starts, pos) - 1
        if i < 0 or self.text[self.tokens[i][1]:pos].strip():
            return ""
        return self.pack.normalise(self.tokens[i][2])

    def _token_at(self, pos: int) -> str:
        """The normalised token that holds the character at `pos` («БАӘ-нің» for the country «БАӘ»)."""
        i = bisect_right(self.token_starts, pos) - 1
        return self.pack.normalise(self.tokens[i][2]) if i >= 0 and pos < self.tokens[i][1] else ""

    def _suffixed(self, word: str, suffixes: tuple[str, ...]) -> bool:
        """`word` carries one of the case `suffixes` on a stem of three letters or more."""
        return any(word.endswith(s) and len(word) - len(s) >= 3 for s in suffixes)

    def _country_before(self, start: int) -> str | None:
        """The country written before a title that owns it («Moroccan Prime Minister», «казахстанский посол»,
        «БАӘ-нің … министрі»); a country in a case of place or direction («Өзбекстанға») is not the owner."""
        before = [c for c in self.countries if c.end <= start]
        if not before:
            return None
        c = before[-1]
        word = self._token_at(c.end - 1)
        if word not in self.lex.country_words and self._suffixed(word, self.not_owner_suffixes):
            return None
        if self._gap_ok(c.end, start):
            return c.code
        # Kazakh: a genitive owner may stand a few words before the possessed title, in the same clause.
        gap = self.text[c.end:start]
        if word not in self.lex.country_words and self._suffixed(word, self.owner_suffixes) \
                and len(self.pack.pieces(gap)) <= 7 and not re.search(r"[.,;:!?،؛\n«»\"()]", gap):
            return c.code
        return None

    # -- titles ---------------------------------------------------------------
    def _chain(self, title: Match) -> _Chain:
        chain = _Chain(title.start, title.end, [title])
        pos = title.end
        progressed = True
        while progressed:
            progressed = False
            # A country that overlaps the institution before it («مجلس الاتحاد» + «الاتحاد الروسي») belongs to the chain.
            for c in self.countries:
                if c.start < pos < c.end:
                    chain.countries.append(c)
                    pos = chain.end = c.end
            for start, item in self.items[bisect_left(self.item_starts, pos):]:
                # An honorific after a comma opens the name of the title before it
                # («رئيس مجلس النواب، السيد راشيد الطالبي العلمي»).
                comma = isinstance(item, Match) and (self.comma_before_name or item.payload.role == "")
                if not self._gap_ok(pos, start, comma, self.chain_connectors):
                    skipped = self._skip_governed_words(pos) if self.max_skip else pos
                    if skipped == pos or not self._gap_ok(skipped, start, comma, self.chain_connectors):
                        break
                if isinstance(item, OrgMention):
                    chain.orgs.append(item)
                elif isinstance(item, CountryMention):
                    gap = {self.pack.normalise(w) for _, _, w in self.pack.pieces(self.text[pos:start])}
                    (chain.hosts if gap & self.destination else chain.countries).append(item)
                else:
                    chain.titles.append(item)
                pos = chain.end = item.end
                progressed = True
                break
            if not progressed:
                progressed = self._continue_title(chain)
                pos = chain.end
        if self.org_before == "before" or (self.org_before == "both" and not chain.orgs):
            prev = [o for o in self.orgs if o.end <= title.start and self._gap_ok(o.end, title.start)]
            if prev:
                chain.orgs.insert(0, prev[-1])
                chain.start = prev[-1].start
        return chain

    def _continue_title(self, chain: _Chain) -> bool:
        """Past the further portfolios of a minister's title, written between commas («ministre des
        Affaires étrangères, de la Migration et des Tunisiens à l'étranger, M. …»); a people named
        there gives the country."""
        if self.continuation is None or chain.titles[-1].payload.org != "ministry":
            return False
        m = self.continuation.match(self.text, chain.end)
        if m is None or m.end() == chain.end:
            return False
        chain.countries += [c for c in self.countries if chain.end <= c.start and c.end <= m.end()]
        chain.end = m.end()
        return True

    def _resolve(self, chain: _Chain) -> tuple[str | None, str | None, str | None]:
        """(role, org kind, country) that a title chain states."""
        org = chain.orgs[0] if chain.orgs else None
        roles = []
        org_kind = org.kind if org else None
        # «conduite par son président»: a possessive makes «président» the head of what it refers to.
        possessed = self._word_before(chain.start) in self.possessives
        title_orgs: dict[str, str] = {}
        for t in chain.titles:
            spec: _Title = t.payload
            base, _, default = spec.role.partition(":")
            if base in self.lex.roles:
                table = self.lex.roles[base]
                roles.append(default if (default and not org and not possessed)
                             else table.get(org_kind or spec.org, table.get("")))
            else:
                roles.append(spec.role or None)
            if roles[-1] and spec.org:
                title_orgs.setdefault(roles[-1], spec.org)
            org_kind = org_kind or spec.org or None
        best = _best_role(roles)
        if org is None and best in title_orgs:
            org_kind = title_orgs[best]   # «نائب رئيس مجلس الوزراء وزير الخارجية»: the ministry
        country = (org.country if org else None) or (chain.countries[0].code if chain.countries else None)
        if country is None:
            country = next((t.payload.country for t in chain.titles if t.payload.country), None)
        if country is None:
            # A people or adjective inside a long title names whose it is
            # («Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates»).
            country = next((c.code for t in chain.titles for c in self.countries
                            if t.start <= c.start and c.end <= t.end), None)
        if country is None and self.lang != "ar":
            country = self._country_before(chain.start)
        return best, org_kind, country

    # -- names ----------------------------------------------------------------
    def _name_at(self, pos: int, require_given: bool) -> tuple[int, int] | None:
        """The name that starts right after a title chain ending at `pos`."""
        bracket = _BRACKET_RE.match(self.text[pos:pos + 20])
        if bracket:
            pos += bracket.end()
        i = self._token_after(pos)
        if i >= len(self.tokens) or self.pack.pieces(self.text[pos:self.tokens[i][0]]):
            return None
        gap = self.text[pos:self.tokens[i][0]].lstrip(".")     # «Mr. Fidan», «M. Talbi Alami»
        if not re.fullmatch(r"[ \u00a0]*" + (r",?[ \u00a0]*" if self.comma_before_name else ""), gap):
            return None
        if _ARABIC_RE.match(self.tokens[i][2]):
            return self._arabic_name(i, require_given, min_words=1)
        return self._cased_name(i, min_names=1)

    def _name_piece(self, word: str, first: bool) -> bool:
        if not _LATIN_CYR_RE.match(word) or not word[0].isupper():
            return False
        if first and len(word) > 1 and word.isupper() and not _ROMAN_RE.fullmatch(word):
            return False    # an abbreviation («ҚКП ОК», «МИД») starts no name; «Aigul KUSPAN» ends one
        norm = self.pack.normalise(word)
        if norm in self.lex.stop or norm.split("-")[0] in self.lex.stop:
            return False
        if self.stop_by_stem and any(c.form in self.lex.stop for c in self.pack.candidates(word)):
            return False    # an inflected common word: «Республикасында», «Кездесуде»
        # After a first name, a capital is evidence enough («Мохаммед Садики», though «садики» is a word).
        return not first or not (self.pack.is_common_word(word) and not (word.isupper() and len(word) > 1))

    def _cased_name(self, i: int, min_names: int) -> tuple[int, int] | None:
        picked: list[tuple[int, int, str]] = []
        kinds: list[str] = []
        for start, end, word in self.tokens[i:]:
            if picked and not _SPACE_RE.fullmatch(self.text[picked[-1][1]:start]):
                break
            if self._is_blocked(start, end):
                if not (kinds[-1:] == ["particle"] and word[:1].isupper()
                        and 1 not in self.blocked_but_titles[start:end]):
                    break
                kinds.append("name")    # «Karim Ben Cheikh»: a title word after a particle is a name
            elif word.casefold() in self.lex.particles and picked:
                kinds.append("particle")
            elif picked and "-" in word and word.split("-")[0].casefold() in self.lex.particles \
                    and word.split("-", 1)[1][:1].isupper():
                kinds.append("name")    # «Әбдел Фаттах әс-Сиси», «Mohammed ould-Errachid»
            elif _ROMAN_RE.fullmatch(word):
                kinds.append("roman")   # «Мухаммед VI»; Kazakh writes it first: «VI Мұхаммед»
            elif self._name_piece(word, first="name" not in kinds):
                kinds.append("name")
            else:
                break
            picked.append((start, end, word))
            if kinds.count("name") >= 4:
                break
            # Kazakh marks case on the last word of a noun phrase: «Жарлығымен Мәулен» is two phrases.
            if kinds[-1] == "name" and self._suffixed(self.pack.normalise(word), self.phrase_final):
                break
        while kinds and kinds[-1] == "particle":
            kinds.pop()
            picked.pop()
        if kinds[:1] == ["roman"] and kinds[1:2] != ["name"]:
            return None
        if kinds.count("name") < min_names:
            return None
        return picked[0][0], picked[-1][1]

    def _arabic_name(self, i: int, require_given: bool, min_words: int) -> tuple[int, int] | None:
        """A run of Arabic words; with `require_given`, it must hold a known given name or a
        foreign surname ending (otherwise «نقل السفير تحيات…» would make «تحيات» a name)."""
        picked: list[tuple[int, int]] = []
        max_words = int(self.lex.names.get("max_words", 4))   # particles («بن», «آل») not counted
        shift, known, words = 0, False, 0
        conj = self.pack.orthography.glued_conjunction
        n = len(conj)
        for start, end, word in self.tokens[i:]:
            if picked and not _SPACE_RE.fullmatch(self.text[picked[-1][1]:start]):
                break
            if not _ARABIC_RE.match(word) or word.isdigit():
                break
            if self._is_blocked(start, end):
                # A nisba after a full name is its last part («محمد شياع السوداني»), not a country adjective.
                if words >= 2 and known and self._is_nisba(start, end, word):
                    picked.append((start, end))
                break
            norm = self.pack.normalise(word)
            if norm in self.lex.stop or any(b in self.lex.stop for b in self.pack.strip_clitics(norm)):
                break   # also «وأكد», «بأن»
            if not picked:
                if norm in self.subject_verbs or any(b in self.subject_verbs for b in self.pack.strip_clitics(norm)):
                    return None                  # «وصل توراتبيك …»: the verb before its subject
                known = norm in self.lex.given
                if not known and conj and norm.startswith(conj) and norm[n:] in self.lex.given:
                    known, shift = True, n       # «ومحمد …»: the conjunction is not part of the name
                # The article «ال» starts a noun, not a name; «أل» starts a foreign one («ألبرت راو»).
                if word.startswith("ال") and not known:
                    return None
            elif conj and norm.startswith(conj) and (norm[n:] in self.lex.given or norm[n:] in self.lex.stop or (
                    self.foreign_endings and norm[n:].endswith(self.foreign_endings))):
                break                            # «… ومحمد», «جبالي وماتفيينكو»: a second person starts
            elif any(s.search(norm) for s in self.stop_shapes):
                break
            words += norm not in self.pack.particles
            picked.append((start, end))
            # A foreign surname ending vouches for a name after a title, or for one that starts with it.
            # (also on the second word of a two-word run: «جينبيك كولوبايف»).
            known = known or bool(self.foreign_endings) and norm.endswith(self.foreign_endings) \
                and (min_words == 1 or words <= 2)
            if words >= max_words:
                break
        if len(picked) < min_words or (require_given and not known and not self._title_follows(picked[-1][1])):
            return None
        return picked[0][0] + shift, picked[-1][1]

    def _is_nisba(self, start: int, end: int, word: str) -> bool:
        """`word` is exactly a definite country adjective («السوداني»), the whole of its country mention."""
        return word.startswith("ال") and any(c.start == start and c.end == end and c.form == "adjective"
                                              for c in self.countries)

    def _title_follows(self, pos: int) -> bool:
        """A title in apposition after a comma vouches for a name without a known given name
        («جينبيك كولوبايف، وزير خارجية قيرغيزستان»); without the comma the words are as likely
        a verb and its object («قام بها الرئيس»)."""
        i = bisect_left([t.start for t in self.titles], pos)
        return i < len(self.titles) and re.fullmatch(r"[ \u00a0]*[،,][ \u00a0]*", self.text[pos:self.titles[i].start]) \
            is not None and self.titles[i].payload.role != ""

    # -- assembling -----------------------------------------------------------
    def _mention(self, span: tuple[int, int], chain: _Chain | None) -> PersonMention:
        start, end = span
        surface = self.text[start:end]
        role = org = country = title_text = case = None
        if chain is not None:
            role, org, country = self._resolve(chain)
            title_text = self.text[chain.start:chain.end]
            case = self.pack.case_of(self.text[chain.titles[0].start:chain.titles[0].end].split()[0])
        line_start = self.text.rfind("\n", 0, start) + 1
        before = self.pack.normalise(self.text[line_start:start]).strip(" :.-–—")
        # «Photo: X», «كتب X», and agency credits written with slashes («WAM/Hazem Hussein/…»).
        if (before and before in self.lex.photo_credit) or "/" in (self.text[start - 1:start] + self.text[end:end + 1]):
            role = "photo_credit"
        return PersonMention(start, end, surface, self.pack.name_lemma(surface, case), title_text, role, org, country)

    def _apposition(self, person: PersonMention) -> None:
        """A title right after the name («Ерлан Кошанов, председатель Мажилиса»)."""
        for t in self.titles:
            if t.start < person.end:
                continue
            if not self._gap_ok(person.end, t.start, allow_comma=True):
                return
            head = self.pack.normalise(self.text[t.start:t.end].split()[0])
            if head.startswith(self.conjunctions or ("\0",)) and head not in self.lex.title_heads:
                return   # «…، ورئيسة الجمعية الوطنية»: «and the speaker» opens the next person
            chain = self._chain(t)
            if self._name_at(chain.end, require_given=True) is not None:
                return   # the title introduces the next person («…, председателем Палаты советников Мухаммедом …»)
            role, org, country = self._resolve(chain)
            if role and (person.role in (None, "mp", "official")
                         or _best_role([role, person.role]) == role != person.role):
                person.role, person.org = role, org or person.org
            person.country = person.country or country
            person.title = person.title or self.text[chain.start:chain.end]
            self.used.append((chain.start, chain.end))
            return

    def _titled(self) -> list[PersonMention]:
        out = []
        for title in self.titles:
            if any(s <= title.start < e for s, e in self.used):
                continue
            chain = self._chain(title)
            last = self.text[chain.titles[-1].start:chain.titles[-1].end].split()[-1]
            if self._suffixed(self.pack.normalise(last), self.phrase_final):
                continue   # «Президентінің Жарлығымен»: a title in a case belongs to the next noun, not a name
            # An honorific right before the name vouches for it («رئيس مجلس الدوما، السيد فياتشيسلاف فولودين»).
            last_role = chain.titles[-1].payload.role
            strict = last_role not in ("", "member") or (bool(chain.orgs) and last_role != "")
            span = self._name_at(chain.end, require_given=strict)
            if span is None:
                continue
            self.used.append((chain.start, span[1]))
            out.append(self._mention(span, chain))
            for more in self._listed_after(span[1], chain):
                self.used.append(more)
                out.append(self._mention(more, chain))
        return out

    def _listed_after(self, pos: int, chain: _Chain) -> list[tuple[int, int]]:
        """Names that share a plural title with the first one («les députés Zehranur Aydemir et Hasan Öztürkmen»)."""
        title = self.text[chain.titles[0].start:chain.titles[0].end].split()[-1]
        if not self.and_words or self.pack.normalise(title) not in self.plural_titles:
            return []
        out: list[tuple[int, int]] = []
        gap_re = re.compile(rf"[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:{self.and_words})[ \u00a0]+", re.IGNORECASE)
        while True:
            gap = gap_re.match(self.text, pos)
            if gap is None:
                return out
            i = self._token_after(gap.end())
            if i >= len(self.tokens) or self.tokens[i][0] != gap.end():
                return out
            span = self._cased_name(i, min_names=2)
            if span is None:
                return out
            out.append(span)
            if "," not in gap.group():
                return out      # the name after «et» closes the list
            pos = span[1]

    def _untitled(self, taken: list[tuple[int, int]]) -> list[PersonMention]:
        out = []
        for i, (start, end, word) in enumerate(self.tokens):
            if self._is_blocked(start, end, taken) or self._is_blocked(start, end) \
                    or self._is_blocked(start, end, self.buildings):
                continue
            if self.lang == "ar" and _ARABIC_RE.match(word):
                # In a list of delegates («كلا من ألبرت راو …») a foreign name needs no known given name.
                span = self._arabic_name(i, require_given=not self._after_list_opener(start), min_words=2)
            elif _LATIN_CYR_RE.match(word) and word[:1].isupper():
                span = self._cased_name(i, min_names=2)
                if span is not None and self.pack.is_place_word(self.text[span[0]:span[1]].split()[-1]):
                    span = None     # «Центральная Азия», «Южная Корея»: a place, not a name
            else:
                continue
            if span is None or self._is_blocked(*span, self.buildings) or self._place_after_preposition(span):
                continue
            taken.append(span)
            out.append(self._mention(span, None))
        return out

    def _place_after_preposition(self, span: tuple[int, int]) -> bool:
        """«le poste frontière d'El Guerguerat», "the plant at El Dabaa": an Arabic place name (an article
        and one word) after a preposition of place is a place, not a person."""
        words = self.text[span[0]:span[1]].split()
        articles = self.lex.names.get("place_articles", [])
        prepositions = self.lex.names.get("place_prepositions", [])
        if len(words) != 2 or words[0] not in articles or not prepositions:
            return False
        before = self.text[max(0, span[0] - 12):span[0]].casefold()
        return any(re.search(rf"(?:^|\W){re.escape(p)}\s*$", before) for p in prepositions)

    def _after_list_opener(self, pos: int) -> bool:
        before = self.pack.normalise(self.text[max(0, pos - 25):pos]).rstrip(" :\u00a0")
        return any(before.endswith(" " + o) or before == o for o in self.list_openers)

    def _surnames(self, found: list[PersonMention], taken: list[tuple[int, int]]) -> list[PersonMention]:
        """A surname of a name already found, standing alone («Fidan said», «Кошанова», «التقى حسين»).

        Only a surname that points at one person: not the last word of two different names («Aliyev»
        of Ilham and Heydar), nor a word that starts another name (a given name), nor a common word.
        Arabic has no capitals, so there the surname must follow a verb whose subject it is."""
        full = [[self.pack.normalise(w) for w in m.name.split()] for m in found if len(m.name.split()) >= 2]
        owners: dict[str, set[tuple[str, ...]]] = {}
        for words in full:
            if not _ROMAN_RE.fullmatch(words[-1].upper()):
                owners.setdefault(words[-1], set()).add(tuple(words))
        firsts = {words[0] for words in full}
        surnames = {s for s, names in owners.items()
                    if len(names) == 1 and s not in firsts and s not in self.lex.stop and s not in self.pack.particles}
        verbs = self.subject_verbs
        out = []
        for start, end, word in self.tokens:
            if self._is_blocked(start, end, taken) or self._is_blocked(start, end) \
                    or self._is_blocked(start, end, self.buildings):
                continue
            if not self.pack.cased:
                before = self._word_before(start)
                if self.pack.normalise(word) in surnames and (before in verbs or any(
                        b in verbs for b in self.pack.strip_clitics(before))):
                    taken.append((start, end))
                    out.append(self._mention((start, end), None))
                continue
            if not word[:1].isupper():
                continue
            lemma = self.pack.name_lemma(word)
            if self.pack.normalise(lemma) in surnames or self.pack.normalise(word) in surnames:
                taken.append((start, end))
                out.append(self._mention((start, end), None))
        return out

    def _ner(self, taken: list[tuple[int, int]]) -> list[PersonMention]:
        """Russian PER spans of natasha's NER that the rules missed."""
        out = []
        for start, end in _natasha_persons(self.text):
            words = self.text[start:end].split()
            if all(self.pack.is_place_or_common_word(w) for w in words):
                continue    # «Центральная Азия» in a summit's name: words of the dictionary, not a name
            if not self._is_blocked(start, end, taken) and not self._is_blocked(start, end):
                taken.append((start, end))
                out.append(self._mention((start, end), None))
        return out

    def _headline_lines(self) -> list[tuple[int, int]]:
        """Lines in Title Case («Kazakh Mazhilis Speaker Visits Egypt, Signs Memorandum»): there a capital
        says nothing, so a name is trusted only as far as the body of the article confirms it."""
        out = []
        for line in re.finditer(r"[^\n]+", self.text):
            body = line.group().strip()
            if not body or body[-1] in ".!?…;":
                continue
            words = [w for _, _, w in self.pack.pieces(body) if len(w) >= 4 and w[0].isalpha()]
            if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
                out.append((line.start(), line.end()))
        return out

    def _confirm_headlines(self, found: list[PersonMention]) -> list[PersonMention]:
        """Names in Title Case lines cut to the longest start that the body names too, or dropped."""
        lines = self._headline_lines() if self.pack.cased else []
        if not lines:
            return found
        in_head = [any(s <= m.start < e for s, e in lines) for m in found]
        known = {tuple(self.pack.normalise(w) for w in m.name.split()) for m, h in zip(found, in_head) if not h}
        known |= {k[-1:] for k in known}
        out = []
        for m, head in zip(found, in_head):
            if not head:
                out.append(m)
                continue
            words = list(re.finditer(r"\S+", m.text))
            for k in range(len(words), 0, -1):
                text = m.text[:words[k - 1].end()]
                name = self.pack.name_lemma(text)
                if tuple(self.pack.normalise(w) for w in name.split()) in known:
                    out.append(replace(m, end=m.start + len(text), text=text, name=name))
                    break
        return out

    def run(self, ner: bool) -> list[PersonMention]:
        out = self._titled()
        for m in out:
            self._apposition(m)
        taken = [(m.start, m.end) for m in out]
        for m in self._untitled(taken):
            self._apposition(m)
            out.append(m)
        for span in _known_names(self.text, self.lang, self.resources):
            if not any(a < span[1] and span[0] < b for a, b in taken + [(m.start, m.end) for m in out]):
                out.append(self._mention(span, None))
        if ner and self.lang == "ru":
            out += self._ner(taken)
        out = self._confirm_headlines(out)
        out = self._split_adjacent_names(out)
        taken = [(m.start, m.end) for m in out]
        out += self._surnames(out, taken)
        out += self._titles_alone(out)
        return sorted(out, key=lambda m: m.start)

    # Roles a bare title names one person by: a country has one head of state, one prime minister…
    _UNIQUE_ROLES = ("king", "president", "head_of_state", "head_of_government", "speaker", "foreign_minister")

    def _titles_alone(self, found: list[PersonMention]) -> list[PersonMention]:
        """«Қырғыз үкіметінің басшысы облысқа … келді», "the Kyrgyz Prime Minister arrived": a title with
        no name after it, of a post one person holds, names the person the article gave that post
        before (the one person it gave it to)."""
        out: list[PersonMention] = []
        spans = [(m.start, m.end) for m in found]
        for title in self.titles:
            if any(s <= title.start < e for s, e in self.used + spans):
                continue
            chain = self._chain(title)
            if any(s < chain.end and chain.start < e for s, e in spans):
                continue
            # only as a sentence's subject: elsewhere a bare title is often someone's greetings or initiative
            before = re.split(r"[.!?\n]", self.text[max(0, chain.start - 40):chain.start])[-1]
            lead = chain.start - len(before)
            # («The Kyrgyz Prime Minister», «Қырғыз үкіметінің басшысы»: an article and the country may lead)
            for c in self.countries:
                if lead <= c.start and c.end <= chain.start:
                    before = before.replace(c.text, "")
            if len(before.strip()) > 4:
                continue
            role, _, country = self._resolve(chain)
            home = self.lex.names.get("home_country")
            if role in self._UNIQUE_ROLES and not country and home:
                country = str(home)   # «Мемлекет басшысы» in the press of a country is its own
            if role not in self._UNIQUE_ROLES or not country:
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
            out.append(PersonMention(chain.start, chain.end, self.text[chain.start:chain.end], name,
                                     self.text[chain.start:chain.end], role, None, country))
            spans.append((chain.start, chain.end))
        return out

    def _split_adjacent_names(self, found: list[PersonMention]) -> list[PersonMention]:
        """«Ермек Көшербаев Ван И-ді … шақырды»: two names side by side, the first a full name the
        article gives elsewhere, are two people; the run of capitals joined them."""
        known = {tuple(m.name.split()) for m in found if len(m.name.split()) >= 2}
        out: list[PersonMention] = []
        for m in found:
            words = [w for w in re.finditer(r"\S+", m.text)]
            prefix = next((k for k in known if len(words) > len(k) and
                           tuple(self.pack.name_lemma(" ".join(w.group(0) for w in words[:len(k)])).split()) == k),
                          None) if not _ARABIC_RE.match(m.text) else None
            if prefix is None:
                out.append(m)
                continue
            cut = words[len(prefix) - 1].end()
            rest = words[len(prefix)].start()
            first = replace(m, end=m.start + cut, text=m.text[:cut], name=" ".join(prefix))
            tail = m.text[rest:]
            out += [first, replace(m, start=m.start + rest, text=tail, name=self.pack.name_lemma(tail),
                                   title=None, role=None, org=None, country=None)]
        return out


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


def _known_names(text: str, lang: str, resources: Resources) -> list[tuple[int, int]]:
    rx = _known_names_rx(lang, resources)
    if rx is None:
        return []
    return [(m.start("name"), m.end()) for m in rx.finditer(text)]


@lru_cache(maxsize=1)
def _natasha():
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter
    return Segmenter(), NewsNERTagger(NewsEmbedding())


def _natasha_persons(text: str) -> list[tuple[int, int]]:
    from natasha import Doc
    segmenter, tagger = _natasha()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return [(s.start, s.stop) for s in doc.spans if s.type == "PER"]


def find_people(text: str, lang: str, countries: list[CountryMention],
                orgs: list[OrgMention], ner: bool = False, *, places: list[PlaceMention] | None = None,
                resources: Resources | None = None) -> list[PersonMention]:
    """Person mentions in `text`, each with its lemmatised name, role, institution and country.

    `ner=True` adds, for Russian, the persons natasha's NER finds that the rules
    missed (a lone surname, a name made of dictionary words). It costs ~0.7 s to
    load and ~6 ms per 800 characters (~60 ms for a 5,000-character page), against
    ~1.5 ms (~13 ms) for the whole rule-based actor pass, so it is off by default.
    `places`: the article's places when the caller found them already; `resources`: the registry
    whose officials are found by name (default: the seed registry).
    """
    places = find_places(text, lang) if places is None else places
    resources = resources if resources is not None else Resources.default()
    return _Finder(text, lang, countries, orgs, places, resources).run(ner)


# -- clustering ------------------------------------------------------------------

def _name_key(name: str, pack: LanguagePack) -> tuple[str, ...]:
    words = [pack.normalise(w) for w in name.split()]
    return tuple(w for w in words if w not in pack.particles) or tuple(words)


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name is the other or its tail («Кошанов» ~ «Ерлан Кошанов»); regnal numbers must agree."""
    if not a or not b:
        return False
    if any(_ROMAN_RE.fullmatch(w.upper()) for w in (*a, *b)):
        return a == b
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_[-len(short):] == short:
        return True
    return len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1]


def _country_vote(group: list[PersonMention]) -> str | None:
    """The country most mentions give, a titled mention counting double; ties go to the first seen.
    One stray country (a title misread near a destination) must not outweigh the others."""
    votes: Counter[str] = Counter()
    for m in group:
        if m.country:
            votes[m.country] += 2 if m.title else 1
    return max(votes, key=votes.__getitem__) if votes else None


def cluster_people(mentions: list[PersonMention], lang: str) -> list[Person]:
    """Group the mentions of one person within one article into a Person each."""
    pack = get_pack(lang)
    groups: list[list[PersonMention]] = []
    keys: list[list[tuple[str, ...]]] = []
    # Longest names first, so a lone surname joins the full name it belongs to.
    for m in sorted(mentions, key=lambda m: (-len(m.name.split()), m.start)):
        key = _name_key(m.name, pack)
        for i, group_keys in enumerate(keys):
            if any(_same_person(key, k) for k in group_keys):
                groups[i].append(m)
                group_keys.append(key)
                break
        else:
            groups.append([m])
            keys.append([key])
    groups.sort(key=lambda g: min(m.start for m in g))
    people = []
    for n, group in enumerate(groups, 1):
        group.sort(key=lambda m: m.start)
        names = list(dict.fromkeys(m.name for m in group))
        counts = {name: sum(m.name == name for m in group) for name in names}
        best = max(names, key=lambda s: (len(s.split()), counts[s]))
        real_roles = [m.role for m in group if m.role != "photo_credit"]
        people.append(Person(
            id=f"p{n}", name=best,
            names=[s for s in dict.fromkeys([*names, *(m.text for m in group)]) if s != best],
            role=_best_role(real_roles) or _best_role([m.role for m in group]),
            country=_country_vote(group),
            mentions=[Span(m.start, m.end) for m in group]))
    return people

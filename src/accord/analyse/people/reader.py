"""The text as the people passes read it: its tokens, its titles and the spans names cannot
overlap (countries, institutions, cities), and the readers they share: title chains
(«председателем Палаты представителей Парламента Королевства Марокко» gives a role, an
institution and a country), name shapes per script (runs of capitalised words in Latin and
Cyrillic; Arabic runs that start with a known given name), apposition, and the mention made of
a name and its title."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from accord.analyse.people.lexicon import ARABIC_RE, LATIN_CYR_RE, ROMAN_RE, Title, best_role, lexicon
from accord.analyse.resources import Resources
from accord.lang.data import load
from accord.lang.pack import LanguagePack, Match, get_pack
from accord.model import CountryMention, OrgMention, PersonMention, PlaceMention
from accord.names.compound import compound_heads

# «Jane Doe (@janedoe)»: the signature of an embedded social-media post.
_HANDLE_AFTER = re.compile(r"[ \u00a0]*\(@\w+\)")

# Words of one name stand one space apart; a wider gap is page layout («Саясат   Экономика» in a menu).
_SPACE_RE = re.compile(r"[ \u00a0]")
_INITIAL_AND_SPACE_RE = re.compile(r"\.[ \u00a0]")


def _middle_initial(word: str, gap: str) -> bool:
    """«Vladimir V. Putin», «George W. Bush»: a capital and its full stop inside a name go on with it."""
    return len(word) == 1 and word.isupper() and bool(_INITIAL_AND_SPACE_RE.fullmatch(gap))
# The word right after a name, which may show it is part of a longer proper noun («Kazinform News Agency»).
_NEXT_WORD_RE = re.compile(r"[ \u00a0]+(\w[\w'’-]*)")
# A capital, an apostrophe and a lower-case letter: an elided article before a common word («L'agenda»).
_ELIDED_COMMON_RE = re.compile(r"^\w['’][a-zà-ÿ]")
# An acronym in brackets between a title and its name: «le président de l'ARP (ARP), Brahim Bouderbala».
_BRACKET_RE = re.compile(r"^[ \u00a0]*\([^()\n]{1,15}\)")
# A gloss in brackets inside a title («(Parliament)», «(парламент)»): a few words, no digits.
_GLOSS = re.compile(r"[ \u00a0]*\([^()\d\n]{1,30}\)")
_MAX_GAP = 40   # characters: what stands between a title and its institution is short
# An initial before a surname: «С.Лавров», «М. Земан», «Н.Ә.Назарбаев» (the Kazakh and Russian press write
# given names so), "J. Doe".
_INITIAL_GAP_RE = re.compile(r"\.[ \u00a0]?")


# A name glued by scraping to what stood before it: «3817Владимир Путин» (a counter of views),
# "KazakhstanDavid Cameron" (a headline run into the byline). A capital after a digit, or after
# a long run of lower-case letters, starts a new word; "McDonald" and "MacArthur" stay whole.
_LOWER = "a-zà-ÿа-яёәіңғүұқөһ"
_UPPER = "A-ZÀ-ÞА-ЯЁӘІҢҒҮҰҚӨҺ"
_GLUED_RE = re.compile(rf"(\d+|[{_UPPER}]?[{_LOWER}]{{4,}})([{_UPPER}][{_LOWER}]+)")


def _unglued(text: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Tokens with a capitalised word glued to a number or to a lower-case word split in two;
    not in a handle, a hashtag or an address («@RebeccaSmith», «#KazakhstanFrance»)."""
    out = []
    for start, end, word in tokens:
        glued = _GLUED_RE.fullmatch(word)
        if glued is None or (start and not text[start - 1].isspace() and text[start - 1] not in "«\"'(“"):
            out.append((start, end, word))
            continue
        cut = start + glued.end(1)
        out += [(start, cut, glued.group(1)), (cut, end, glued.group(2))]
    return out


@lru_cache(maxsize=16)
@lru_cache(maxsize=16)
def _registry_openings(lang: str, resources: Resources) -> dict[str, frozenset[str]]:
    """The registry's full names by their first word: the second words that may follow it."""
    out: dict[str, set[str]] = {}
    for key in _registry_keys(lang, resources):
        if len(key) >= 2:
            out.setdefault(key[0], set()).add(key[1])
    return {first: frozenset(seconds) for first, seconds in out.items()}


def _registry_keys(lang: str, resources: Resources) -> frozenset[tuple[str, ...]]:
    pack = get_pack(lang)
    return frozenset(tuple(pack.normalise(w) for w in f.split()) for f in resources.registry.name_forms(lang))


@dataclass
class Chain:
    """A title and the institutions and countries written next to it."""

    start: int
    end: int
    titles: list[Match] = field(default_factory=list)
    orgs: list[OrgMention] = field(default_factory=list)
    countries: list[CountryMention] = field(default_factory=list)
    hosts: list[CountryMention] = field(default_factory=list)   # «ambassador … to Egypt»: where, not whose



class PeopleText:
    """One article as the people passes read it (see the module's docstring)."""

    def __init__(self, text: str, lang: str, countries: list[CountryMention], orgs: list[OrgMention],
                 places: list[PlaceMention], resources: Resources) -> None:
        self.text, self.lang, self.resources = text, lang, resources
        self.pack: LanguagePack = get_pack(lang)
        self.lex = lexicon(lang)
        names = self.lex.names
        self.countries = [c for c in countries if c.form != "capital"]
        self.orgs = orgs
        self.pieces = self.pack.pieces(text)
        self.tokens = _unglued(text, self.pack.tokens(text))
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
        self.not_foreign = [re.compile(s) for s in names.get("foreign_name_not", [])]
        self.stop_shapes = [re.compile(s) for s in names.get("stop_shapes", [])]
        self.written_stop_shapes = [re.compile(s) for s in names.get("written_stop_shapes", [])]
        self.given_clitics = str(names.get("given_name_clitics", ""))
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
        self.name_final = self.phrase_final + tuple(norm(w) for w in names.get("name_final_suffixes", []))
        self.owner_suffixes = tuple(norm(w) for w in names.get("owner_case_suffixes", []))
        self.not_owner_suffixes = tuple(norm(w) for w in names.get("not_owner_case_suffixes", []))
        self.stop_by_stem = bool(names.get("stop_by_stem", False))
        # the first word of a compound given name, whose second word is part of it («عبد الله», «عبد الرحمن»)
        self.compound_heads = compound_heads(lang)
        # a monarch's number written as a word before the name («Король екінші Абдалла»)
        self.ordinals = frozenset(w.casefold() for w in names.get("regnal_ordinals", []))
        self.name_tails = frozenset(self.pack.normalise(w) for w in names.get("proper_noun_tails", []))
        # «Treaty of », «Declaration on »: a capitalised run after these names the document's subject
        self.document_heads = tuple(f"{d} {p} " for d in names.get("document_names", [])
                                    for p in names.get("document_links", []))
        self.plural_titles = {norm(w) for w in names.get("plural_titles", [])}
        self.and_words = "|".join(re.escape(w) for w in names.get("and_words", []))
        continuation = names.get("title_continuation")
        self.continuation = re.compile(continuation) if continuation else None
        # with the verbs' feminine past forms where the language builds them by a suffix («نقل» → «نقلت»)
        verbs = {norm(w) for w in names.get("subject_verbs", [])}
        self.subject_verbs = verbs | {v + norm(sfx) for v in verbs for sfx in names.get("feminine_suffixes", [])}
        self.used: list[tuple[int, int]] = []

    # -- helpers ---------------------------------------------------------------
    def resources_names(self) -> frozenset[tuple[str, ...]]:
        """The registry's full names in this language, each as its normalised words."""
        return _registry_keys(self.lang, self.resources)

    def known_name_starts(self, start: int) -> bool:
        """A full name the registry knows begins at the token at `start` (its second word declined or not)."""
        seconds = _registry_openings(self.lang, self.resources).get(self.token_at(start))
        if not seconds:
            return False
        i = bisect_left(self.token_starts, start)
        if i + 1 >= len(self.tokens) or not _SPACE_RE.fullmatch(self.text[self.tokens[i][1]:self.tokens[i + 1][0]]):
            return False
        second = self.pack.normalise(self.tokens[i + 1][2])
        return any(second.startswith(w) and len(second) - len(w) <= 4 for w in seconds)

    def is_blocked(self, start: int, end: int, spans: list[tuple[int, int]] | None = None) -> bool:
        if spans is None:
            return 1 in self.blocked[start:end]
        return any(s < end and start < e for s, e in spans)

    def gap_ok(self, a: int, b: int, allow_comma: bool = False, connectors: set[str] | None = None) -> bool:
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

    def skip_governed_words(self, pos: int) -> int:
        """Past up to `max_skip` lower-case genitive words («министр сельского хозяйства …»)."""
        out, skipped = pos, 0
        for start, end, word in self.tokens[self.token_after(pos):]:
            if skipped >= self.max_skip or not word.islower() or not self.gap_ok(out, start) \
                    or self.pack.case_of(word) != "gent":
                break
            out, skipped = end, skipped + 1
        return out

    def token_after(self, pos: int) -> int:
        return bisect_left(self.token_starts, pos)

    def word_before(self, pos: int) -> str:
        """The normalised word right before `pos` (only spaces between), or ""."""
        i = bisect_left(self.token_starts, pos) - 1
        if i < 0 or self.text[self.tokens[i][1]:pos].strip():
            return ""
        return self.pack.normalise(self.tokens[i][2])

    def token_at(self, pos: int) -> str:
        """The normalised token that holds the character at `pos` («БАӘ-нің» for the country «БАӘ»)."""
        i = bisect_right(self.token_starts, pos) - 1
        return self.pack.normalise(self.tokens[i][2]) if i >= 0 and pos < self.tokens[i][1] else ""

    def suffixed(self, word: str, suffixes: tuple[str, ...]) -> bool:
        """`word` carries one of the case `suffixes` on a stem of three letters or more."""
        return any(word.endswith(s) and len(word) - len(s) >= 3 for s in suffixes)

    def country_before(self, start: int) -> str | None:
        """The country written before a title that owns it («Moroccan Prime Minister», «казахстанский посол»,
        «БАӘ-нің … министрі»); a country in a case of place or direction («Өзбекстанға») is not the owner."""
        before = [c for c in self.countries if c.end <= start]
        if not before:
            return None
        c = before[-1]
        word = self.token_at(c.end - 1)
        if word not in self.lex.country_words and self.suffixed(word, self.not_owner_suffixes):
            return None
        if self.gap_ok(c.end, start):
            return c.code
        # Kazakh: a genitive owner may stand a few words before the possessed title, in the same clause.
        gap = self.text[c.end:start]
        if word not in self.lex.country_words and self.suffixed(word, self.owner_suffixes) \
                and len(self.pack.pieces(gap)) <= 7 and not re.search(r"[.,;:!?،؛\n«»\"()]", gap):
            return c.code
        return None

    # -- titles ---------------------------------------------------------------
    def chain(self, title: Match) -> Chain:
        chain = Chain(title.start, title.end, [title])
        pos = title.end
        progressed = True
        while progressed:
            progressed = False
            # A country that overlaps the institution before it («مجلس الاتحاد» + «الاتحاد الروسي») belongs to the chain.
            for c in self.countries:
                if c.start < pos < c.end:
                    chain.countries.append(c)
                    pos = chain.end = c.end
            pos = self.past_gloss(pos)
            for start, item in self.items[bisect_left(self.item_starts, pos):]:
                # An honorific after a comma opens the name of the title before it
                # («رئيس مجلس النواب، السيد راشيد الطالبي العلمي»).
                comma = isinstance(item, Match) and (self.comma_before_name or item.payload.role == "")
                if not self.gap_ok(pos, start, comma, self.chain_connectors):
                    skipped = self.skip_governed_words(pos) if self.max_skip else pos
                    if skipped == pos or not self.gap_ok(skipped, start, comma, self.chain_connectors):
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
                progressed = self.continue_title(chain)
                pos = chain.end
        if self.org_before == "before" or (self.org_before == "both" and not chain.orgs):
            prev = [o for o in self.orgs if o.end <= title.start and self.gap_ok(o.end, title.start)]
            if prev:
                chain.orgs.insert(0, prev[-1])
                chain.start = prev[-1].start
        return chain

    def past_gloss(self, pos: int) -> int:
        """Past a short gloss in brackets that the title goes on after («Chairman of the Great State Khural
        (Parliament) of Mongolia …»): the end of the gloss where an institution or country follows it."""
        g = _GLOSS.match(self.text, pos)
        if g is None:
            return pos
        i = bisect_left(self.item_starts, g.end())
        if i < len(self.items) and self.gap_ok(g.end(), self.items[i][0], False, self.chain_connectors) \
                and not isinstance(self.items[i][1], Match):
            return g.end()
        return pos

    def continue_title(self, chain: Chain) -> bool:
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

    def resolve(self, chain: Chain) -> tuple[str | None, str | None, str | None]:
        """(role, org kind, country) that a title chain states."""
        org = chain.orgs[0] if chain.orgs else None
        roles = []
        org_kind = org.kind if org else None
        # «conduite par son président»: a possessive makes «président» the head of what it refers to.
        possessed = self.word_before(chain.start) in self.possessives
        title_orgs: dict[str, str] = {}
        for t in chain.titles:
            spec: Title = t.payload
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
        best = best_role(roles)
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
            country = self.country_before(chain.start)
        return best, org_kind, country

    # -- names ----------------------------------------------------------------
    def name_at(self, pos: int, require_given: bool) -> tuple[int, int] | None:
        """The name that starts right after a title chain ending at `pos`."""
        bracket = _BRACKET_RE.match(self.text[pos:pos + 20])
        if bracket:
            pos += bracket.end()
        i = self.token_after(pos)
        if i >= len(self.tokens) or self.pack.pieces(self.text[pos:self.tokens[i][0]]):
            return None
        gap = self.text[pos:self.tokens[i][0]].lstrip(".")     # «Mr. Fidan», «M. Talbi Alami»
        if not re.fullmatch(r"[ \u00a0]*" + (r",?[ \u00a0]*" if self.comma_before_name else ""), gap):
            return None
        if ARABIC_RE.match(self.tokens[i][2]):
            return self.arabic_name(i, require_given, min_words=1)
        return self.cased_name(i, min_names=1)

    def name_piece(self, word: str, first: bool) -> bool:
        if not LATIN_CYR_RE.match(word) or not word[0].isupper():
            return False
        if _ELIDED_COMMON_RE.match(word):
            return False    # «L'agenda», «D'après»: an elided article before a common word (a name: «d'Estaing»)
        if first and len(word) > 1 and word.isupper() and not ROMAN_RE.fullmatch(word):
            return False    # an abbreviation («ҚКП ОК», «МИД») starts no name; «Aigul KUSPAN» ends one
        norm = self.pack.normalise(word)
        if norm in self.lex.stop or norm.split("-")[0] in self.lex.stop:
            return False
        if self.stop_by_stem and any(c.form in self.lex.stop for c in self.pack.candidates(word)):
            return False    # an inflected common word: «Республикасында», «Кездесуде»
        # After a first name, a capital is evidence enough («Мохаммед Садики», though «садики» is a word).
        return not first or not (self.pack.is_common_word(word) and not (word.isupper() and len(word) > 1))

    def initials(self, i: int) -> int:
        """How many initials open the name at token `i` («М.Земан» one, «Н.Ә.Назарбаев» two): single
        capitals each followed by a full stop and, at most a space after, the next capitalised word."""
        n = 0
        while i + n + 1 < len(self.tokens):
            start, end, word = self.tokens[i + n]
            nxt = self.tokens[i + n + 1]
            if not (len(word) == 1 and LATIN_CYR_RE.match(word) and word.isupper()
                    and _INITIAL_GAP_RE.fullmatch(self.text[end:nxt[0]]) and nxt[2][:1].isupper()):
                break
            n += 1
        return n

    def cased_name(self, i: int, min_names: int) -> tuple[int, int] | None:
        """The capitalised run of words at token `i` that makes a name; initials before it count as
        names but stay out of the span (the surname is what the other mentions and articles meet)."""
        initials = self.initials(i)
        if initials:
            if self.is_blocked(self.tokens[i][0], self.tokens[i + initials][0]):
                return None
            return self.cased_name(i + initials, max(1, min_names - initials))
        picked: list[tuple[int, int, str]] = []
        kinds: list[str] = []
        for start, end, word in self.tokens[i:]:
            if picked and not _SPACE_RE.fullmatch(self.text[picked[-1][1]:start]) \
                    and not (len(picked) >= 2 and _middle_initial(picked[-1][2], self.text[picked[-1][1]:start])):
                break
            if self.is_blocked(start, end):
                if not (kinds[-1:] == ["particle"] and word[:1].isupper()
                        and 1 not in self.blocked_but_titles[start:end]):
                    break
                kinds.append("name")    # «Karim Ben Cheikh»: a title word after a particle is a name
            elif word.casefold() in self.lex.particles and picked:
                kinds.append("particle")
            elif picked and "-" in word and word.split("-")[0].casefold() in self.lex.particles \
                    and word.split("-", 1)[1][:1].isupper():
                kinds.append("name")    # «Әбдел Фаттах әс-Сиси», «Mohammed ould-Errachid»
            elif ROMAN_RE.fullmatch(word) or word.casefold() in self.ordinals:
                kinds.append("roman")   # «Мухаммед VI»; Kazakh writes it first: «VI Мұхаммед», «екінші Абдалла»
            elif self.known_name_starts(start) and kinds.count("name") >= 2:
                break   # «Мажарстан Президенті Тамаш Шуйок Қасым-Жомарт Тоқаевпен»: a second full name begins
            elif self.name_piece(word, first="name" not in kinds):
                kinds.append("name")
            else:
                break
            picked.append((start, end, word))
            if kinds.count("name") >= 4:
                break
            # Kazakh marks case on the last word of a noun phrase: «Жарлығымен Мәулен» is two phrases.
            if kinds[-1] == "name" and self.suffixed(self.pack.normalise(word), self.name_final):
                break
        while kinds and kinds[-1] == "particle":
            kinds.pop()
            picked.pop()
        if kinds[:1] == ["roman"] and kinds[1:2] != ["name"]:
            return None
        if kinds.count("name") < min_names or self.inside_proper_noun(picked[0][0], picked[-1][1]):
            return None
        return picked[0][0], picked[-1][1]

    def inside_proper_noun(self, start: int, end: int) -> bool:
        """The capitalised run is part of a longer proper noun, not a person: it runs into the word that
        ends an organisation's or a place's name («Kazinform News Agency», «East Mediterranean Gas Forum»,
        «Meiji Jingu Shrine»), or it follows a document's name and its preposition («the Treaty of Allied
        Relations», «Declaration on Allied Interaction»)."""
        last = self.text[start:end].split()[-1]
        if self.pack.normalise(last) in self.name_tails:
            return True     # «l'agence Fars News»: the run holds the word itself
        after = _NEXT_WORD_RE.match(self.text, end)
        if after and after.group(1)[:1].isupper() and self.pack.normalise(after.group(1)) in self.name_tails:
            return True
        before = self.text[max(0, start - 40):start]
        return any(before.endswith(w) for w in self.document_heads)

    def arabic_name(self, i: int, require_given: bool, min_words: int) -> tuple[int, int] | None:
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
            if not ARABIC_RE.match(word) or word.isdigit():
                break
            if self.is_blocked(start, end):
                # A nisba after a full name is its last part («محمد شياع السوداني»), not a country adjective.
                if words >= 2 and known and self.is_nisba(start, end, word):
                    picked.append((start, end))
                break
            norm = self.pack.normalise(word)
            if any(s.search(word) for s in self.written_stop_shapes):
                break                            # «تبون رئيساً», «ديناً رسمياً»: an indefinite accusative
            after_head = bool(picked) and self.pack.normalise(self.text[picked[-1][0]:picked[-1][1]]) in self.compound_heads
            if not after_head and (norm in self.lex.stop or any(b in self.lex.stop for b in self.pack.strip_clitics(norm))):
                break   # also «وأكد», «بأن»; never the second word of «عبد الله»
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
            elif norm[:1] and norm[:1] in self.given_clitics and norm not in self.lex.given \
                    and len(norm) > 3 and norm[1:] in self.lex.given:
                break                            # «الشيخ تميم لعبد المجيد تبون»: «to Abdelmadjid», another person
            elif not after_head and any(s.search(norm) for s in self.stop_shapes):
                break                            # («الله» has the shape of a noun with its pronoun)
            words += norm not in self.pack.particles
            picked.append((start, end))
            if picked[1:] and word in self.ordinals:
                break                            # «عبدالله الثاني مراسم التوقيع»: the regnal number ends the name
            # A foreign surname ending vouches for a name after a title, or for one that starts with it.
            # (also on the second word of a two-word run: «جينبيك كولوبايف»).
            known = known or bool(self.foreign_endings) and norm.endswith(self.foreign_endings) \
                and (min_words == 1 or words <= 2) and not any(rx.search(norm) for rx in self.not_foreign)
            if words >= max_words:
                break
        if len(picked) < min_words or (require_given and not known and not self.title_follows(picked[-1][1])):
            return None
        return picked[0][0] + shift, picked[-1][1]

    def is_nisba(self, start: int, end: int, word: str) -> bool:
        """`word` is exactly a definite country adjective («السوداني»), the whole of its country mention."""
        return word.startswith("ال") and any(c.start == start and c.end == end and c.form == "adjective"
                                              for c in self.countries)

    def title_follows(self, pos: int) -> bool:
        """A title in apposition after a comma vouches for a name without a known given name
        («جينبيك كولوبايف، وزير خارجية قيرغيزستان»); without the comma the words are as likely
        a verb and its object («قام بها الرئيس»)."""
        i = bisect_left([t.start for t in self.titles], pos)
        return i < len(self.titles) and re.fullmatch(r"[ \u00a0]*[،,][ \u00a0]*", self.text[pos:self.titles[i].start]) \
            is not None and self.titles[i].payload.role != ""

    # -- assembling -----------------------------------------------------------
    def mention(self, span: tuple[int, int], chain: Chain | None) -> PersonMention:
        start, end = span
        surface = self.text[start:end]
        role = org = country = title_text = case = None
        if chain is not None:
            role, org, country = self.resolve(chain)
            title_text = self.text[chain.start:chain.end]
            case = self.pack.case_of(self.text[chain.titles[0].start:chain.titles[0].end].split()[0])
        line_start = self.text.rfind("\n", 0, start) + 1
        before = self.pack.normalise(self.text[line_start:start]).strip(" :.-–—")
        # «Photo: X», «كتب X», agency credits written with slashes («WAM/Hazem Hussein/…»), and the author of
        # an embedded post, signed with a handle («pic.twitter.com/… — Jane Doe (@janedoe) March 14, 2023»).
        if (before and before in self.lex.photo_credit) or "/" in (self.text[start - 1:start] + self.text[end:end + 1]) \
                or _HANDLE_AFTER.match(self.text, end):
            role = "photo_credit"
        return PersonMention(start, end, surface, self.pack.name_lemma(surface, case), title_text, role, org, country)

    def apposition(self, person: PersonMention) -> None:
        """A title right after the name («Ерлан Кошанов, председатель Мажилиса»)."""
        for t in self.titles:
            if t.start < person.end:
                continue
            if not self.gap_ok(person.end, t.start, allow_comma=True):
                return
            head = self.pack.normalise(self.text[t.start:t.end].split()[0])
            if head.startswith(self.conjunctions or ("\0",)) and head not in self.lex.title_heads:
                return   # «…، ورئيسة الجمعية الوطنية»: «and the speaker» opens the next person
            chain = self.chain(t)
            if self.name_at(chain.end, require_given=True) is not None:
                return   # the title introduces the next person («…, председателем Палаты советников Мухаммедом …»)
            if person.role is not None and any(t.payload.country for t in chain.titles):
                return   # a titled person's next title, one country's sole office («الرئيس السيسي البابا …»), is another's
            role, org, country = self.resolve(chain)
            if role and (person.role in (None, "mp", "official")
                         or best_role([role, person.role]) == role != person.role):
                person.role, person.org = role, org or person.org
            person.country = person.country or country
            person.title = person.title or self.text[chain.start:chain.end]
            self.used.append((chain.start, chain.end))
            return


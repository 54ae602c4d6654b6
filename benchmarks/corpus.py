"""A synthetic multilingual corpus for the benchmarks: N distinct news articles on parliamentary diplomacy.

Each article is drawn from per-language templates with a random country pair, speakers,
date, topics, figures and sentence order, so that no two articles are near duplicates
(run this file to see the duplicate rate under accord's simhash). `length` multiplies the
body by adding further paragraphs of the same kind (trade figures, quotes, agreements).

    .venv/bin/python benchmarks/corpus.py 2000      # prints the duplicate rate
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta

LANGS = ("ar", "ru", "kk", "fr", "en")

# Country forms each template needs, per language: en (name, adjective, capital);
# fr (de-form, en/au-form, capital, adjective); ru (genitive, capital locative, "в" + accusative);
# kk (name, capital locative, dative); ar (name, capital, adjective).
COUNTRIES: dict[str, dict[str, tuple[str, ...]]] = {
    "KZ": {"en": ("Kazakhstan", "Kazakh", "Astana"), "fr": ("du Kazakhstan", "au Kazakhstan", "Astana", "kazakhstanaise"),
           "ru": ("Казахстана", "Астане", "Казахстан"), "kk": ("Қазақстан", "Астанада", "Қазақстанға"),
           "ar": ("كازاخستان", "أستانا", "الكازاخستاني")},
    "RU": {"en": ("Russia", "Russian", "Moscow"), "fr": ("de la Russie", "en Russie", "Moscou", "russe"),
           "ru": ("России", "Москве", "Россию"), "kk": ("Ресей", "Мәскеуде", "Ресейге"),
           "ar": ("روسيا", "موسكو", "الروسي")},
    "FR": {"en": ("France", "French", "Paris"), "fr": ("de la France", "en France", "Paris", "française"),
           "ru": ("Франции", "Париже", "Францию"), "kk": ("Франция", "Парижде", "Францияға"),
           "ar": ("فرنسا", "باريس", "الفرنسي")},
    "EG": {"en": ("Egypt", "Egyptian", "Cairo"), "fr": ("de l'Égypte", "en Égypte", "Le Caire", "égyptienne"),
           "ru": ("Египта", "Каире", "Египет"), "kk": ("Мысыр", "Каирде", "Мысырға"),
           "ar": ("مصر", "القاهرة", "المصري")},
    "TR": {"en": ("Turkey", "Turkish", "Ankara"), "fr": ("de la Turquie", "en Turquie", "Ankara", "turque"),
           "ru": ("Турции", "Анкаре", "Турцию"), "kk": ("Түркия", "Анкарада", "Түркияға"),
           "ar": ("تركيا", "أنقرة", "التركي")},
    "DE": {"en": ("Germany", "German", "Berlin"), "fr": ("de l'Allemagne", "en Allemagne", "Berlin", "allemande"),
           "ru": ("Германии", "Берлине", "Германию"), "kk": ("Германия", "Берлинде", "Германияға"),
           "ar": ("ألمانيا", "برلين", "الألماني")},
    "UZ": {"en": ("Uzbekistan", "Uzbek", "Tashkent"), "fr": ("de l'Ouzbékistan", "en Ouzbékistan", "Tachkent", "ouzbèke"),
           "ru": ("Узбекистана", "Ташкенте", "Узбекистан"), "kk": ("Өзбекстан", "Ташкентте", "Өзбекстанға"),
           "ar": ("أوزبكستان", "طشقند", "الأوزبكي")},
    "SA": {"en": ("Saudi Arabia", "Saudi", "Riyadh"), "fr": ("de l'Arabie saoudite", "en Arabie saoudite", "Riyad", "saoudienne"),
           "ru": ("Саудовской Аравии", "Эр-Рияде", "Саудовскую Аравию"), "kk": ("Сауд Арабиясы", "Эр-Риядта", "Сауд Арабиясына"),
           "ar": ("السعودية", "الرياض", "السعودي")},
}

# Speakers (invented people): Latin, Cyrillic and Arabic script forms.
PEOPLE: dict[str, list[tuple[str, str, str]]] = {
    "KZ": [("Nurlan Abenov", "Нурлан Абенов", "نورلان أبينوف"), ("Aigerim Sadykova", "Айгерим Садыкова", "أيغيريم صادقوفا")],
    "RU": [("Pavel Kuznetsov", "Павел Кузнецов", "بافيل كوزنيتسوف"), ("Irina Volkova", "Ирина Волкова", "إيرينا فولكوفا")],
    "FR": [("Claire Dubois", "Клер Дюбуа", "كلير دوبوا"), ("Marc Lefebvre", "Марк Лефевр", "مارك لوفيفر")],
    "EG": [("Ahmed Fathy", "Ахмед Фатхи", "أحمد فتحي"), ("Mona Saleh", "Мона Салех", "منى صالح")],
    "TR": [("Mehmet Aydin", "Мехмет Айдын", "محمد آيدين"), ("Elif Kaya", "Элиф Кая", "أليف كايا")],
    "DE": [("Thomas Becker", "Томас Беккер", "توماس بيكر"), ("Anna Schneider", "Анна Шнайдер", "آنا شنايدر")],
    "UZ": [("Bakhtiyor Karimov", "Бахтиёр Каримов", "بختيار كريموف"), ("Dilnoza Yusupova", "Дильноза Юсупова", "دلنوزة يوسوبوفا")],
    "SA": [("Khalid Al-Otaibi", "Халид Аль-Отейби", "خالد العتيبي"), ("Faisal Al-Harbi", "Фейсал Аль-Харби", "فيصل الحربي")],
}

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
}

TOPICS = {
    "en": ["trade", "energy", "education", "tourism", "transport", "agriculture", "digital technologies", "health care",
           "culture", "security"],
    "fr": ["le commerce", "l'énergie", "l'éducation", "le tourisme", "les transports", "l'agriculture",
           "le numérique", "la santé", "la culture", "la sécurité"],
    "ru": ["торговли", "энергетики", "образования", "туризма", "транспорта", "сельского хозяйства",
           "цифровых технологий", "здравоохранения", "культуры", "безопасности"],
    "kk": ["сауда", "энергетика", "білім беру", "туризм", "көлік", "ауыл шаруашылығы", "цифрлық технологиялар",
           "денсаулық сақтау", "мәдениет", "қауіпсіздік"],
    "ar": ["التجارة", "الطاقة", "التعليم", "السياحة", "النقل", "الزراعة", "التكنولوجيا الرقمية", "الصحة",
           "الثقافة", "الأمن"],
}

# {a}/{b}: the two sides' forms (index by position, e.g. {a[0]}), {pa}/{pb}: their speakers,
# {d}: the date, {t1} {t2} {t3}: topics, {n} {m} {y}: figures; {ty}–{ty2}: a document's term, {ny}: next year.
LEAD = {
    "en": ["The Speaker of the parliament of {a[0]}, {pa}, held talks in {b[2]} on {d} with the Speaker of the "
           "parliament of {b[0]}, {pb}.",
           "{pa}, Speaker of the {a[1]} parliament, met {pb}, head of the parliament of {b[0]}, in {b[2]} on {d}.",
           "On {d}, the Chairman of the parliament of {b[0]}, {pb}, received in {b[2]} a {a[1]} parliamentary "
           "delegation led by {pa}."],
    "fr": ["Le président du parlement {a[0]}, {pa}, s'est entretenu le {d} à {b[2]} avec le président du "
           "parlement {b[0]}, {pb}.",
           "Le {d}, {pb}, président du parlement {b[0]}, a reçu à {b[2]} une délégation parlementaire {a[3]} "
           "conduite par {pa}.",
           "{pa}, à la tête du parlement {a[0]}, a rencontré {pb} le {d} à {b[2]}."],
    "ru": ["Председатель парламента {a[0]} {pa} {d} провёл в {b[1]} переговоры с председателем парламента {b[0]} {pb_instr}.",
           "{d} в {b[1]} состоялась встреча руководителя парламента {a[0]} {pa} и спикера парламента {b[0]} {pb}.",
           "Спикер парламента {b[0]} {pb} {d} принял в {b[1]} парламентскую делегацию {a[0]} во главе с {pa_gen}."],
    "kk": ["{a[0]} парламентінің Төрағасы {pa} {d} күні {b[1]} {b[0]} парламентінің Төрағасы {pb} мырзамен кездесті.",
           "{d} күні {b[1]} {a[0]} парламенттік делегациясы мен {b[0]} парламенті басшылығының кездесуі өтті.",
           "{b[0]} парламентінің спикері {pb} {d} күні {b[1]} {a[0]} делегациясын қабылдады."],
    "ar": ["استقبل رئيس برلمان {b[0]} {pb} في {b[1]} يوم {d} رئيس برلمان {a[0]} {pa} والوفد المرافق له.",
           "التقى {pa} رئيس البرلمان {a[2]} في {b[1]} يوم {d} نظيره {pb} رئيس برلمان {b[0]}.",
           "عقد رئيس برلمان {a[0]} {pa} جلسة مباحثات في {b[1]} يوم {d} مع رئيس برلمان {b[0]} {pb}."],
}
DISCUSS = {
    "en": ["The sides discussed cooperation in {t1}, {t2} and {t3}.",
           "The talks focused on {t1} and {t2}, as well as on {t3}.",
           "Both speakers stressed the importance of closer ties in {t1} and {t2}."],
    "fr": ["Les deux parties ont évoqué la coopération dans {t1}, {t2} et {t3}.",
           "Les échanges ont porté sur {t1} et {t2}, ainsi que sur {t3}.",
           "Les présidents ont souligné l'importance de renforcer les liens dans {t1} et {t2}."],
    "ru": ["Стороны обсудили сотрудничество в сфере {t1}, {t2} и {t3}.",
           "Особое внимание было уделено вопросам {t1} и {t2}, а также {t3}.",
           "Собеседники подчеркнули важность развития связей в области {t1} и {t2}."],
    "kk": ["Тараптар {t1}, {t2} және {t3} салаларындағы ынтымақтастықты талқылады.",
           "Кездесуде {t1} мен {t2} мәселелеріне ерекше назар аударылды.",
           "Тараптар {t1} және {t2} салаларындағы байланыстарды дамытудың маңызын атап өтті."],
    "ar": ["وبحث الجانبان سبل تعزيز التعاون في مجالات {t1} و{t2} و{t3}.",
           "وتناولت المباحثات قضايا {t1} و{t2} إضافة إلى {t3}.",
           "وأكد الجانبان أهمية تطوير العلاقات في مجالي {t1} و{t2}."],
}
SIGN = {
    "en": ["At the end of the talks, the two parliaments signed a memorandum of understanding on {t1}.",
           "The sides signed an agreement on inter-parliamentary cooperation for {ty}–{ty2}."],
    "fr": ["À l'issue de l'entretien, un mémorandum d'entente sur {t1} a été signé.",
           "Les deux parlements ont signé un accord de coopération pour la période {ty}-{ty2}."],
    "ru": ["По итогам встречи подписан меморандум о сотрудничестве в сфере {t1}.",
           "Стороны подписали соглашение о межпарламентском сотрудничестве на {ty}–{ty2} годы."],
    "kk": ["Кездесу қорытындысы бойынша {t1} саласындағы ынтымақтастық туралы меморандумға қол қойылды.",
           "Тараптар {ty}–{ty2} жылдарға арналған парламентаралық ынтымақтастық туралы келісімге қол қойды."],
    "ar": ["وفي ختام المباحثات وقع الجانبان مذكرة تفاهم للتعاون في مجال {t1}.",
           "ووقع البرلمانان اتفاقية للتعاون البرلماني للفترة {ty}-{ty2}."],
}
FILLER = {
    "en": ["Trade between {a[0]} and {b[0]} reached {n}.{m} billion dollars last year.",
           "More than {n}{m}0 companies with {a[1]} capital operate in {b[0]}.",
           "Diplomatic relations between the two countries were established in {y}.",
           "\"We see great potential in {t2},\" {pa} said, adding that {n} joint projects worth {m}00 million dollars are under way.",
           "The delegation will also visit an industrial park and meet {n}{m} students.",
           "The parliaments of the two countries have held {n} joint sessions since {y}.",
           "The next meeting of the inter-parliamentary commission is scheduled for {ny}.",
           "{pb} noted that mutual investment had grown by {n}{m} per cent over the past {n} years."],
    "fr": ["Les échanges commerciaux entre les deux pays ont atteint {n},{m} milliards de dollars l'an dernier.",
           "Plus de {n}{m}0 entreprises à capitaux {a[3]}s sont implantées {b[1]}.",
           "Les relations diplomatiques entre les deux pays ont été établies en {y}.",
           "« Nous voyons un grand potentiel dans {t2} », a déclaré {pa}, ajoutant que {n} projets communs d'une valeur de {m}00 millions de dollars sont en cours.",
           "La délégation visitera également un parc industriel et rencontrera {n}{m} étudiants.",
           "Les parlements des deux pays ont tenu {n} sessions communes depuis {y}.",
           "La prochaine réunion de la commission interparlementaire se tiendra en {ny}.",
           "{pb} a relevé que les investissements mutuels avaient progressé de {n}{m} % en {n} ans."],
    "ru": ["Товарооборот между странами в прошлом году составил {n},{m} млрд долларов.",
           "В стране работают более {n}{m}0 компаний с участием капитала {a[0]}.",
           "Дипломатические отношения между странами были установлены в {y} году.",
           "«Мы видим большой потенциал в сфере {t2}», — заявил {pa}, отметив, что реализуются {n} совместных проектов на {m}00 млн долларов.",
           "Делегация также посетит индустриальный парк и встретится с {n}{m} студентами.",
           "С {y} года парламенты двух стран провели {n} совместных заседаний.",
           "Следующее заседание межпарламентской комиссии пройдёт в {ny} году.",
           "{pb} отметил, что взаимные инвестиции за {n} года выросли на {n}{m} процентов."],
    "kk": ["Өткен жылы елдер арасындағы тауар айналымы {n},{m} млрд долларды құрады.",
           "Елде {a[0]} капиталы бар {n}{m}0-ден астам компания жұмыс істейді.",
           "Екі ел арасындағы дипломатиялық қатынастар {y} жылы орнатылды.",
           "«Біз {t2} саласында үлкен әлеует көреміз», — деді {pa}, құны {m}00 млн доллар болатын {n} бірлескен жоба іске асырылып жатқанын атап өтіп.",
           "Делегация сондай-ақ индустриялық саябаққа барып, {n}{m} студентпен кездеседі.",
           "{y} жылдан бері екі ел парламенттері {n} бірлескен отырыс өткізді.",
           "Парламентаралық комиссияның келесі отырысы {ny} жылы өтеді.",
           "{pb} соңғы {n} жылда өзара инвестициялар {n}{m} пайызға өскенін атап өтті."],
    "ar": ["وبلغ حجم التبادل التجاري بين البلدين {n}.{m} مليار دولار العام الماضي.",
           "وتعمل أكثر من {n}{m}0 شركة برأسمال من {a[0]} في {b[0]}.",
           "وأقيمت العلاقات الدبلوماسية بين البلدين عام {y}.",
           "وقال {pa} إن هناك إمكانات كبيرة في مجال {t2}، مشيرا إلى تنفيذ {n} مشروعا مشتركا بقيمة {m}00 مليون دولار.",
           "وسيزور الوفد أيضا مجمعا صناعيا ويلتقي {n}{m} طالبا.",
           "وعقد برلمانا البلدين {n} جلسات مشتركة منذ عام {y}.",
           "ومن المقرر أن يعقد الاجتماع المقبل للجنة البرلمانية المشتركة عام {ny}.",
           "وأشار {pb} إلى أن الاستثمارات المتبادلة نمت بنسبة {n}{m} في المئة خلال {n} سنوات."],
}
VISIT = {
    "en": "The {a[1]} delegation is on an official visit to {b[0]} until {d2}.",
    "fr": "La délégation séjourne {b[1]} jusqu'au {d2}.",
    "ru": "Официальный визит делегации {a[0]} продлится до {d2}.",
    "kk": "{a[0]} делегациясының {b[2]} ресми сапары {d2} дейін жалғасады.",
    "ar": "ويواصل الوفد زيارته الرسمية إلى {b[0]} حتى {d2}.",
}
TITLE = {
    "en": "{pb} receives {a[1]} delegation", "fr": "{pb} reçoit une délégation {a[3]}",
    "ru": "{pb} провёл встречу с делегацией {a[0]}", "kk": "{pb} {a[0]} делегациясын қабылдады",
    "ar": "{pb} يستقبل وفدا من {a[0]}",
}
# Russian instrumental of the invented names after «во главе с»: stems plus endings by name shape.
_RU_INSTR = {"ов": "овым", "ев": "евым", "ин": "иным", "ова": "овой", "ева": "евой", "ина": "иной"}


def _ru_instrumental(name: str) -> str:
    first, _, last = name.partition(" ")
    for end, repl in _RU_INSTR.items():
        if last.endswith(end):
            last = last[:-len(end)] + repl
            first = first[:-1] + "ой" if first.endswith("а") else first + "ом"
            return f"{first} {last}"
    return name  # foreign names ending otherwise stay as they are, as Russian news often leaves them


def _date_text(lang: str, d: date) -> str:
    month = MONTHS[lang][d.month - 1]
    return f"{d.day} {month}"


@dataclass
class Article:
    doc: str
    lang: str
    published: str
    title: str
    text: str
    pair: tuple[str, str]


def article(i: int, lang: str | None = None, length: int = 1, seed: int = 0,
            pair: tuple[str, str] | None = None, first: date = date(2019, 1, 1), days: int = 6 * 365) -> Article:
    """Article number i (deterministic for a given seed); `length` ≈ multiple of the base body;
    `pair` (host country last) and the days from `first` it is dated in, when given."""
    rnd = random.Random(f"{seed}:{i}:{length}")
    lang = lang or LANGS[i % len(LANGS)]
    a, b = rnd.sample(sorted(COUNTRIES), 2)
    if pair is not None:
        a, b = pair
    day = first + timedelta(days=rnd.randrange(days))
    script = {"ar": 2, "ru": 1, "kk": 1}.get(lang, 0)
    pa_full = rnd.choice(PEOPLE[a])
    pb_full = rnd.choice(PEOPLE[b])
    topics = rnd.sample(TOPICS[lang], 3)
    values = {
        "a": COUNTRIES[a][lang], "b": COUNTRIES[b][lang], "pa": pa_full[script], "pb": pb_full[script],
        "pa_gen": _ru_instrumental(pa_full[1]), "pb_instr": _ru_instrumental(pb_full[1]), "d": _date_text(lang, day),
        "d2": _date_text(lang, day + timedelta(days=rnd.randint(1, 4))),
    }

    def fill(template: str) -> str:
        # a year of history before the article's; a document's term starts in the article's year and the
        # next session is the following one, as in real reports (a term of 2012–2015 in a report of 2021
        # would date a recalled signing across years)
        y = rnd.randint(1992, max(1992, day.year - 1))
        span = rnd.randint(1, 3)
        return template.format(**values, t1=topics[0], t2=topics[1], t3=topics[2], n=rnd.randint(2, 9),
                               m=rnd.randint(1, 9), y=y, y2=y + span, ty=day.year, ty2=day.year + span,
                               ny=day.year + 1)

    body = [fill(rnd.choice(DISCUSS[lang])), fill(rnd.choice(SIGN[lang]))]
    body += [fill(t) for t in rnd.sample(FILLER[lang], 4)]
    rnd.shuffle(body)
    paragraphs = [fill(rnd.choice(LEAD[lang]))] + body + [fill(VISIT[lang])]
    for _ in range(length - 1):
        topics = rnd.sample(TOPICS[lang], 3)
        extra = [fill(rnd.choice(DISCUSS[lang])), fill(rnd.choice(SIGN[lang]))] + \
            [fill(t) for t in rnd.sample(FILLER[lang], 5)]
        rnd.shuffle(extra)
        paragraphs += extra
    published = day + timedelta(days=rnd.randint(0, 2))
    return Article(doc=f"bench-{lang}-{i:06d}.txt", lang=lang, published=published.isoformat(),
                   title=TITLE[lang].format(**values), text="\n".join(paragraphs), pair=(a, b))


def build(n: int, length: int = 1, seed: int = 0) -> list[Article]:
    return [article(i, length=length, seed=seed) for i in range(n)]


def near_duplicate_bits() -> int:
    """The Hamming distance under which ingest takes two simhashes for copies."""
    import accord.batch

    return getattr(accord.batch, "NEAR_DUPLICATE_BITS", 3)


def duplicate_rate(articles: list[Article], bits: int | None = None) -> float:
    """Share of articles accord's ingest would take for near duplicates (simhash within `bits`)."""
    from accord.ingest import DuplicateIndex, simhash
    from accord.ingest.dedup import sha256_text

    index = DuplicateIndex(max_distance=near_duplicate_bits() if bits is None else bits)
    duplicates = 0
    for art in articles:
        sha, h = sha256_text(art.text), simhash(art.text)
        if index.find(sha, h) is not None:
            duplicates += 1
        else:
            index.add(art.doc, sha, h)
    return duplicates / max(1, len(articles))


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    corpus = build(count)
    print(corpus[0].text, corpus[1].text, corpus[2].text, sep="\n\n")
    print(f"\n{count} articles, mean {sum(len(a.text) for a in corpus) / count:.0f} characters, "
          f"near-duplicate rate {duplicate_rate(corpus):.2%}")

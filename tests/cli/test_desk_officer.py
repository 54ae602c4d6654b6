"""The command line as a desk officer meets it (issue 12), through `accord` run as a subprocess:
what is not news is named and never stored; dates, places, roles and the pair read as words in the
reader's language; search finds every form and script of a known name; a busy store is said;
progress shows a total; options and errors name what the reader typed."""
from __future__ import annotations

import json
import os
import pty
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import ROOT

SAMPLES = ROOT / "samples"

# Three reports of one contact, in the style of the agencies that wrote them: a Kazinform flash, its
# Kazakh version (the locative «Астанада»), and a MAP dispatch («قادما من أستانا»).
FLASHES = [
    {"doc": "ru_kazinform_koshanov_ambassador.txt", "published": "2025-03-03", "lang": "ru",
     "text": "АСТАНА, 3 марта. /Казинформ/ – Председатель Мажилиса Ерлан Кошанов принял в Астане посла "
             "Королевства Марокко в Казахстане. Стороны обсудили развитие межпарламентского "
             "сотрудничества и подготовку визита марокканской делегации в Астану, сообщает "
             "пресс-служба Мажилиса."},
    {"doc": "kk_kazinform_koshanov_ambassador.txt", "published": "2025-03-03", "lang": "kk",
     "text": "Астана. 3 наурыз. ҚазАқпарат – Мәжіліс Төрағасы Ерлан Қошанов Астанада Марокко "
             "Корольдігінің Қазақстандағы елшісімен кездесті. Тараптар парламентаралық ынтымақтастықты "
             "дамыту мәселелерін талқылады, деп хабарлайды Мәжілістің баспасөз қызметі."},
    {"doc": "ar_map_talbi_alami_kazakh_delegation.txt", "published": "2025-11-24", "lang": "ar",
     "text": "الرباط - استقبل رئيس مجلس النواب راشيد الطالبي العلمي، اليوم الاثنين بالرباط، وفدا برلمانيا "
             "كازاخستانيا يقوده رئيس مجلس المازيليس يرلان كوشانوف، الذي حل بالمغرب قادما من أستانا في "
             "زيارة رسمية تستمر ثلاثة أيام، وفق ما أفاد به بلاغ لمجلس النواب."},
]


def accord(*args: str, cwd: Path, env: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess:  # noqa: ANN003
    environment = {**os.environ, "LANG": "C.UTF-8", "ACCORD_LANG": "", **(env or {})}
    environment.pop("NO_COLOR", None)
    return subprocess.run([sys.executable, "-m", "accord.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env=environment, **kwargs)


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The README's samples, ingested once (with their publication dates)."""
    folder = tmp_path_factory.mktemp("samples")
    db = f"sqlite:///{folder / 'record.db'}"
    done = accord("ingest", "-q", str(SAMPLES / "articles.jsonl"), "--db", db, cwd=folder)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="module")
def flashes_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("flashes")
    batch = folder / "flashes.jsonl"
    batch.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in FLASHES), encoding="utf-8")
    db = f"sqlite:///{folder / 'record.db'}"
    done = accord("ingest", "-q", str(batch), "--db", db, cwd=folder)
    assert done.returncode == 0 and done.stdout.startswith("3 stored"), (done.stdout, done.stderr)
    return db


# 4 — what is an article

def test_the_readme_is_not_an_article_and_stores_nothing(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'record.db'}"
    done = accord("ingest", "-q", str(ROOT / "README.md"), "--db", db, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0 stored, 0 updated, 0 duplicate, 0 unchanged, 0 failed, 1 not an article"
    assert re.search(r"^not an article: .*README\.md: ", done.stderr, re.MULTILINE), done.stderr
    stats = json.loads(accord("stats", "--json", "--db", db, cwd=tmp_path).stdout)
    assert stats["documents"] == 0 and stats["events"] == 0


def test_a_word_and_a_directory_listing_are_named_while_a_short_flash_is_stored(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "note.md").write_text("Morocco\n", encoding="utf-8")
    (inbox / "index.html").write_text(
        "<html><head><title>Index of /news/</title></head><body><h1>Index of /news/</h1><pre>"
        "<a href='../'>../</a>\n<a href='2025/'>2025/</a>            12-Nov-2025 10:12    -\n"
        "<a href='kz_ma_visit.txt'>kz_ma_visit.txt</a>     27-Nov-2025 09:01    2411\n"
        "<a href='ru_koshanov.html'>ru_koshanov.html</a>   27-Nov-2025 09:03   18812\n"
        "</pre><hr></body></html>", encoding="utf-8")
    (inbox / "flash.txt").write_text(FLASHES[0]["text"], encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'record.db'}"
    done = accord("ingest", "-q", str(inbox), "--db", db, cwd=tmp_path)
    assert done.stdout.startswith("1 stored,") and done.stdout.strip().endswith("2 not an article"), done.stdout
    named = re.findall(r"^not an article: (\S+): (.+)$", done.stderr, re.MULTILINE)
    assert {Path(source).name for source, _ in named} == {"note.md", "index.html"}, done.stderr
    assert "too short" in dict((Path(s).name, why) for s, why in named)["note.md"]


def test_no_article_of_the_written_gold_sets_is_refused() -> None:
    from accord.ingest import RawItem, prepare

    articles = [p for folder in ROOT.glob("tests/gold*") if folder.is_dir() for p in sorted(folder.iterdir())
                if p.suffix in (".txt", ".html")]
    assert len(articles) > 50
    for path in articles:
        prepare(RawItem(source=str(path), doc=path.name, data=path.read_bytes(),
                        kind="html" if path.suffix == ".html" else "text"))


def test_ingest_help_says_which_extensions_are_read(tmp_path: Path) -> None:
    shown = " ".join(accord("ingest", "--help", cwd=tmp_path).stdout.split())
    for ending in (".txt", ".md", ".html", ".jsonl", ".json", ".rss", ".parquet"):
        assert ending in shown


# 5 — dates, places, roles and the pair as a reader says them

@pytest.mark.parametrize(("value", "lang", "said"), [
    ("2025-21", "en", "spring 2025"),
    ("2025-11/2025-11-27", "en", "between 1 and 27 November 2025"),
    ("2025-10-30/2025-11-02", "en", "between 30 October and 2 November 2025"),
    ("2025-11-27", "en", "27 November 2025"),
    ("2025-03/2025-05", "en", "between March and May 2025"),
    ("../2025-11-27", "en", "until 27 November 2025"),
    ("2025-21", "ru", "весна 2025 г."),
    ("2025-11/2025-11-27", "ru", "с 1 по 27 ноября 2025 г."),
    ("2025-11/2025-11-27", "fr", "du 1 au 27 novembre 2025"),
    ("2025-11/2025-11-27", "ar", "بين 1 و27 نوفمبر 2025"),
    ("2025-11/2025-11-27", "kk", "2025 ж. 1 – 27 қараша аралығында"),
    ("2025-11-27?", "en", "27 November 2025 (uncertain)"),
    (None, "fr", "sans date"),
])
def test_edtf_in_words(value: str | None, lang: str, said: str) -> None:
    from accord.outputs.dates_in_words import date_in_words

    # CLDR writes «2025 г.» with a narrow no-break space
    assert date_in_words(value, lang).replace("\u202f", " ") == said


def test_the_timeline_says_dates_places_and_the_pair_as_words(samples_db: str, tmp_path: Path) -> None:
    done = accord("timeline", "MA", "KZ", "--db", samples_db, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Morocco – Kazakhstan: 14 events")
    assert "spring 2025 · VISIT" in out and "between 21 and 25 September 2025 · VISIT" in out
    # no EDTF code, no romanised Russian case form; the landmark by its English name
    assert not re.search(r"\b\d{4}-\d{2}\b", out) and "Mavzoley" not in out
    assert "Mausoleum of Mohammed V" in out
    rows = [line for line in out.splitlines() if " · " in line]
    assert rows and all(" · Morocco – Kazakhstan" in row for row in rows)
    # the other order, in the reader's language
    other = accord("timeline", "Казахстан", "Марокко", "--lang", "ru", "--db", samples_db, cwd=tmp_path).stdout
    assert other.startswith("Казахстан – Марокко: 14 событий")
    other = other.replace("\u202f", " ")
    assert "весна 2025 г." in other and "с 21 по 25 сентября 2025 г." in other
    assert all(" · Казахстан – Марокко" in row for row in other.splitlines() if " · " in row)


def test_roles_are_shown_by_name(samples_db: str, tmp_path: Path) -> None:
    out = accord("actors", "--country", "KZ", "--db", samples_db, cwd=tmp_path).stdout
    assert "Chair of the Friendship Group" in out and "group_chair" not in out
    line = next(line for line in out.splitlines() if line.startswith("kz-koshanov"))
    assert " Speaker " in line
    french = accord("actors", "--country", "KZ", "--lang", "fr", "--db", samples_db, cwd=tmp_path).stdout
    assert "Président du groupe d'amitié" in french


# 6 — search: every form and script of a known name, ranked, and «no matches»

@pytest.mark.parametrize("typed", ["Astana", "Астана", "أستانا", "астане"])
def test_search_finds_every_form_and_script_of_a_city(flashes_db: str, tmp_path: Path, typed: str) -> None:
    done = accord("search", typed, "--json", "--db", flashes_db, cwd=tmp_path)
    hits = json_lines(done.stdout)
    assert {h["doc"] for h in hits} == {f["doc"] for f in FLASHES}, done.stdout
    assert [h["rank"] for h in hits] == [1, 2, 3]
    marked = " ".join(h["snippet"] for h in hits)
    for form in ("Астане", "Астанада", "أستانا"):
        assert f"\u27e6{form}\u27e7" in marked


def test_search_says_when_nothing_matches_and_ranks_what_does(flashes_db: str, tmp_path: Path) -> None:
    none = accord("search", "Ouagadougou", "--db", flashes_db, cwd=tmp_path)
    assert none.returncode == 0 and none.stdout.strip() == "no matches for «Ouagadougou»"
    some = accord("search", "Koshanov", "--db", flashes_db, cwd=tmp_path).stdout
    assert re.search(r"^  1\. \S+", some, re.MULTILINE) and "Кошанов" in some and "كوشانوف" in some


# 7 — a read command behind another process's lock

def test_a_read_command_says_the_store_is_busy_and_how_long_it_waits(samples_db: str, tmp_path: Path) -> None:
    path = samples_db.removeprefix("sqlite:///")
    holder = sqlite3.connect(path, isolation_level=None)
    # an exclusive lock keeps readers out, as a process migrating or rebuilding the file would
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE held_by_test (x)")
    reader = subprocess.Popen([sys.executable, "-m", "accord.cli", "stats", "--db", samples_db], cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        said = reader.stderr.readline()
        assert "is busy: another process is writing to it; waiting for it up to 5 min 30 s" in said
    finally:
        holder.execute("ROLLBACK")
        holder.execute("PRAGMA locking_mode = NORMAL")
        holder.execute("SELECT count(*) FROM sqlite_master").fetchone()   # gives the lock up
        holder.close()
    out, _ = reader.communicate(timeout=120)
    assert reader.returncode == 0 and "documents" in out


def test_a_read_command_does_not_wait_for_an_ordinary_writer(samples_db: str, tmp_path: Path) -> None:
    path = samples_db.removeprefix("sqlite:///")
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")      # an ingest in the middle of storing an article
    try:
        done = accord("events", "--limit", "1", "--db", samples_db, cwd=tmp_path, )
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert done.returncode == 0 and "busy" not in done.stderr and " · " in done.stdout


# 8 — no publication date: said per article, counted honestly

def test_articles_without_a_publication_date_are_warned_per_article(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'record.db'}"
    files = [str(SAMPLES / "ar_ma_kz_friendship_group_astana.txt"), str(SAMPLES / "ru_koshanov_morocco_visit.txt")]
    done = accord("ingest", "-q", *files, "--db", db, cwd=tmp_path)
    assert done.stdout.strip() == "2 stored, 0 updated, 0 duplicate, 0 unchanged, 0 failed"
    # the Russian page gives its date in its header; the Arabic one gives none
    warned = re.findall(r"^warning: (\S+): no publication date .* cannot be anchored", done.stderr, re.MULTILINE)
    assert warned == ["ar_ma_kz_friendship_group_astana.txt"], done.stderr
    assert json.loads(accord("stats", "--json", "--db", db, cwd=tmp_path).stdout)["documents"] == 2
    # with their dates (the JSON Lines batch) there is nothing to warn about
    dated = accord("ingest", "-q", str(SAMPLES / "articles.jsonl"), "--db", f"sqlite:///{tmp_path / 'b.db'}",
                   cwd=tmp_path)
    assert "no publication date" not in dated.stderr


# 10 — progress

def test_progress_piped_is_plain_lines_with_total_failures_and_rate(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for f in FLASHES:
        (inbox / f["doc"]).write_text(f["text"], encoding="utf-8")
    (inbox / "empty.txt").write_bytes(b"")
    done = accord("ingest", str(inbox), "--db", f"sqlite:///{tmp_path / 'r.db'}", cwd=tmp_path)
    assert "\r" not in done.stderr
    assert re.search(r"^ingest: 4 articles to read$", done.stderr, re.MULTILINE), done.stderr
    assert re.search(r"^ingest: 4/4 done, 1 failed, [\d.]+ articles/s — finished in \d+ s$", done.stderr,
                     re.MULTILINE), done.stderr


def test_progress_line_tells_the_time_left() -> None:
    import io

    from accord.outputs.progress import Progress

    progress = Progress(400, stream=io.StringIO(), every=3600)
    progress.started -= 10          # ten seconds in
    progress.step(100, failed=2)
    assert re.fullmatch(r"ingest: 100/400 done, 2 failed, 10\.0 articles/s, about 30 s left", progress.line())


# 11 — smaller things

def test_events_of_an_actor_named_in_any_script(samples_db: str, tmp_path: Path) -> None:
    by_id = accord("events", "--actor", "kz-koshanov", "--json", "--db", samples_db, cwd=tmp_path).stdout
    assert json_lines(by_id)
    for name in ("Koshanov", "Кошанов", "Ерланом Кошановым", "Қошанов", "كوشانوف"):
        assert accord("events", "--actor", name, "--json", "--db", samples_db, cwd=tmp_path).stdout == by_id, name
    unknown = accord("events", "--actor", "Nobody Atall", "--db", samples_db, cwd=tmp_path)
    assert unknown.returncode == 2 and "no actor named 'Nobody Atall'" in unknown.stderr


def test_option_errors_name_the_option(samples_db: str, tmp_path: Path) -> None:
    bad = accord("events", "--from", "last spring", "--db", samples_db, cwd=tmp_path)
    assert bad.returncode == 2 and "argument --from: not a date: 'last spring'" in bad.stderr
    assert "date_from" not in bad.stderr
    details = accord("eval", str(ROOT / "tests" / "gold"), "--details", cwd=tmp_path)
    assert details.returncode == 2 and "--details" in details.stderr and "--json" in details.stderr
    (tmp_path / "people.json").write_text('{"people": [{"name": "Erlan Koshanov"}]}', encoding="utf-8")
    refused = accord("--registry", str(tmp_path / "people.json"), "events", "--db", samples_db, cwd=tmp_path)
    assert refused.returncode == 2 and "not Popolo JSON" in refused.stderr and "people" in refused.stderr
    lang = accord("stats", "--lang", "de", "--db", samples_db, cwd=tmp_path)
    assert lang.returncode == 2 and "--lang" in lang.stderr


def test_version_and_help_on_every_argument(tmp_path: Path) -> None:
    import argparse

    from accord import __version__
    from accord.cli import build_parser

    for flag in ("-V", "--version"):
        assert accord(flag, cwd=tmp_path).stdout.strip() == f"accord {__version__}"
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in [("accord", parser), *subparsers.choices.items()]:
        for action in sub._actions:
            if not isinstance(action, argparse._SubParsersAction):
                assert action.help, f"{name} {action.option_strings or action.dest} has no help text"


@pytest.mark.parametrize("command", [["events"], ["timeline", "MA", "KZ"], ["brief", "KZ", "MA"], ["actors"],
                                     ["failures"], ["search", "Rabat"], ["stats"]])
def test_every_read_command_speaks_json(samples_db: str, tmp_path: Path, command: list[str]) -> None:
    done = accord(*command, "--json", "--db", samples_db, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    if command[0] in ("brief", "stats"):
        assert isinstance(json.loads(done.stdout), dict)
    elif command[0] != "failures":
        assert json_lines(done.stdout)


def test_colour_on_a_terminal_only(flashes_db: str, tmp_path: Path) -> None:
    piped = accord("search", "Astana", "--db", flashes_db, cwd=tmp_path)
    assert "\033[" not in piped.stdout and "\u27e6" in piped.stdout
    leader, follower = pty.openpty()
    env = {**os.environ, "LANG": "C.UTF-8", "ACCORD_LANG": "", "TERM": "xterm"}
    env.pop("NO_COLOR", None)
    subprocess.run([sys.executable, "-m", "accord.cli", "search", "Astana", "--db", flashes_db], cwd=tmp_path,
                   stdout=follower, stderr=subprocess.PIPE, env=env, timeout=300, check=True)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert b"\033[1;33m" in shown and "\u27e6".encode() not in shown


def test_progress_on_a_terminal_is_a_bar_with_total_and_failures() -> None:
    from accord.outputs.progress import Progress

    leader, follower = pty.openpty()        # a terminal that reports no size, like a serial console
    with open(follower, "w", encoding="utf-8", closefd=True) as terminal:
        progress = Progress(3, stream=terminal)
        for failed in (0, 1, 1):
            progress.step(1, failed=failed)
        progress.close()
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert re.search(rb"3/3 \[[^\]]*article/s, failed=1\]", shown), shown

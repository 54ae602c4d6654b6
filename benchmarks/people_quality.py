"""Quality of people extraction against the gold sets: names found vs names of event participants.

    .venv/bin/python benchmarks/people_quality.py [GOLD_DIR ...] [-q]

For every article of each gold folder (default: tests/gold, tests/gold_holdout and
/work/shared/gold/dev; each set is reported on its own, then all together) the
Document is prepared as ingest would (with the gold `published`), `find_people` +
`cluster_people` run, and the set of Person names is compared with the union of every
`people` and `optional_people` entry of the article's gold events (any acceptable form,
matched as in `accord.evaluate.normalise.names_match`). `exact` is the share of true
positives whose best name equals a gold form: fuzzy matching lets «Кеше Ерлан Қошанов» pass.

The gold lists only participants, so a real person merely mentioned (a president who sent
greetings) counts as a false positive here: read the list, do not chase the figure.
Each person is printed with its role and country, so wrong roles and countries show too.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from accord.analyse.countries import find_countries
from accord.analyse.institutions import find_orgs
from accord.analyse.people import cluster_people, find_people
from accord.evaluate.normalise import any_match, normalise_name
from accord.ingest import RawItem, prepare
from accord.model import Person

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = [ROOT / "tests" / "gold", ROOT / "tests" / "gold_holdout", Path("/work/shared/gold/dev")]


def article_people(path: Path, gold: dict) -> tuple[str, list[Person]]:
    kind = "html" if path.suffix in (".html", ".htm") else "text"
    item = RawItem(source=str(path), doc=path.name, data=path.read_bytes(), kind=kind,
                   published=gold.get("published"), lang=gold.get("lang"))
    doc = prepare(item)
    countries = find_countries(doc.text, doc.lang)
    orgs = find_orgs(doc.text, doc.lang, countries)
    return doc.lang, cluster_people(find_people(doc.text, doc.lang, countries, orgs), doc.lang)


def gold_people(gold: dict) -> list[list[str]]:
    """Each gold person once (as its list of acceptable names), required or optional."""
    out: list[list[str]] = []
    for event in gold.get("events", []):
        for names in [*event.get("people", []), *event.get("optional_people", [])]:
            if not any(any_match(names, seen) for seen in out):
                out.append(list(names))
    return out


def compare(people: list[Person], gold: list[list[str]]) -> tuple[list[Person], list[Person], list[list[str]]]:
    """(true positives, false positives, false negatives), matched greedily one to one."""
    left = list(gold)
    tp, fp = [], []
    for p in people:
        forms = [p.name, *p.names]
        hit = next((g for g in left if any_match(forms, g)), None)
        if hit is None:
            fp.append(p)
        else:
            left.remove(hit)
            tp.append(p)
    return tp, fp, left


def exact(p: Person, gold: list[list[str]]) -> bool:
    """The person's best name is one of the gold forms after normalisation (not only a fuzzy match)."""
    return any(normalise_name(p.name) == normalise_name(g) for names in gold for g in names)


def _show(p: Person) -> str:
    return f"{p.name} [{p.role or '-'}, {p.country or '-'}]"


def _table(title: str, totals: dict[str, list[int]]) -> None:
    # exact: true positives whose best name equals a gold form (fuzzy matching hides «Кеше Ерлан Қошанов»).
    print(f"\n[{title}]\n{'lang':4} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6} {'exact':>6}")
    for lang in ("ar", "ru", "kk", "fr", "en"):
        if lang not in totals:
            continue
        tp, fp, fn, ex = totals[lang]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{lang:4} {tp:4} {fp:4} {fn:4} {p:6.3f} {r:6.3f} {f:6.3f} {ex / tp if tp else 0:6.3f}")


def main(argv: list[str]) -> None:
    quiet = "-q" in argv
    dirs = [Path(a) for a in argv if a != "-q"] or [d for d in DEFAULT_DIRS if d.is_dir()]
    per_set: dict[str, dict[str, list[int]]] = {}
    overall: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for folder in dirs:
        totals = per_set.setdefault(str(folder), defaultdict(lambda: [0, 0, 0, 0]))
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            path = folder / gold["doc"]
            lang, people = article_people(path, gold)
            golds = gold_people(gold)
            tp, fp, fn = compare(people, golds)
            counts = (len(tp), len(fp), len(fn), sum(exact(p, golds) for p in tp))
            for t in (totals[lang], overall[lang]):
                for k, n in enumerate(counts):
                    t[k] += n
            if quiet:
                continue
            print(f"\n== {folder.name}/{path.name}  tp={len(tp)} fp={len(fp)} fn={len(fn)}")
            for p in tp:
                print(f"   {'ok' if exact(p, golds) else '~ '}  {_show(p)}")
            for p in fp:
                print(f"   FP  {_show(p)}")
            for g in fn:
                print(f"   FN  {' | '.join(g)}")
    for folder, totals in per_set.items():
        _table(Path(folder).name if Path(folder).name != "dev" else "shared/dev", totals)
    if len(per_set) > 1:
        _table("all sets", overall)


if __name__ == "__main__":
    main(sys.argv[1:])

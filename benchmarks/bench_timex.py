"""accord's find_times against dateparser's search_dates on tests/data/timex_cases.tsv.

Usage: .venv/bin/python benchmarks/bench_timex.py

Each row gives a sentence, its publication date and the EDTF of its first time expression.
Scoring rules (the same data for both systems, the first expression each one finds):
- `exact`: the EDTF value equals the expected one. dateparser returns a datetime, which
  is turned into a day, so it can be exact only where a day is expected.
- `inside`: the found value lies inside the expected interval (accord.edtf.within) — for
  dateparser its day; a day expected counts only when equal; an open `../P` expected
  accepts any day up to P. This is the fair rule for dateparser, which cannot say «March»
  or «spring», only a day in it.
Speed: wall time over all sentences after one warm-up pass over all of them (so each
language's patterns are compiled and dateparser's language data loaded once, as in a
long-running process), as sentences per second and milliseconds per sentence. The one-off
cost of compiling accord's patterns is printed apart.
"""
from __future__ import annotations

import csv
import time
import warnings
from datetime import date, datetime
from pathlib import Path

from accord import edtf
from accord.analyse.timex import find_times

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "timex_cases.tsv"


def _rows() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _accord(row: dict[str, str]) -> str | None:
    found = find_times(row["sentence"], row["lang"], date.fromisoformat(row["published"]))
    return found[0].edtf if found else None


def _dateparser(row: dict[str, str]) -> str | None:
    from dateparser.search import search_dates

    base = datetime.fromisoformat(row["published"])
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    try:
        found = search_dates(row["sentence"], languages=[row["lang"]], settings=settings)
    except Exception:  # dateparser raises on some inputs/languages; count it as nothing found
        return None
    return found[0][1].date().isoformat() if found else None


def _score(found: str | None, expected: str) -> tuple[bool, bool]:
    if found is None:
        return False, False
    exact = found == expected
    inside = edtf.within(edtf.interval(found), edtf.interval(expected))
    return exact, inside


def _run(system, rows: list[dict[str, str]]) -> dict[str, float]:
    for row in rows:
        system(row)                      # warm-up: compile every language's patterns, load data
    t0 = time.perf_counter()
    results = [system(row) for row in rows]
    elapsed = time.perf_counter() - t0
    scores = [_score(found, row["expected"]) for found, row in zip(results, rows)]
    per_lang: dict[str, list[bool]] = {}
    for (exact, _), row in zip(scores, rows):
        per_lang.setdefault(row["lang"], []).append(exact)
    return {
        "exact": sum(s[0] for s in scores) / len(rows),
        "inside": sum(s[1] for s in scores) / len(rows),
        **{f"inside_{lang}": sum(s[1] for s, r in zip(scores, rows) if r["lang"] == lang) /
           sum(r["lang"] == lang for r in rows) for lang in per_lang},
        "per_s": len(rows) / elapsed,
        "ms": 1000 * elapsed / len(rows),
    }


def _compile_ms(langs: list[str]) -> float:
    from accord.analyse.timex_lexicon import grammar

    grammar.cache_clear()
    t0 = time.perf_counter()
    for lang in langs:
        grammar(lang)
    return 1000 * (time.perf_counter() - t0) / len(langs)


def main() -> None:
    warnings.filterwarnings("ignore")
    rows = _rows()
    compile_ms = _compile_ms(sorted({r["lang"] for r in rows}))
    results = {"accord.find_times": _run(_accord, rows), "dateparser.search_dates": _run(_dateparser, rows)}
    langs = sorted({r["lang"] for r in rows})
    cols = ["exact", "inside"] + [f"inside_{lang}" for lang in langs]
    counts = ", ".join(f"{lang}: {sum(r['lang'] == lang for r in rows)}" for lang in langs)
    print(f"{len(rows)} sentences ({counts})")
    header = f"{'system':<26}" + "".join(f"{c:>11}" for c in cols) + f"{'sent/s':>10}{'ms/sent':>9}"
    print(header)
    print("-" * len(header))
    for name, r in results.items():
        print(f"{name:<26}" + "".join(f"{r[c]:>11.3f}" for c in cols) + f"{r['per_s']:>10.0f}{r['ms']:>9.3f}")
    print(f"accord pattern compilation, once per language and process: {compile_ms:.0f} ms")


if __name__ == "__main__":
    main()

"""Check a store's linking against clustering each pair's mentions at once.

Linking a batch decides the walk again only where the new mentions change it (`accord.resolve.replay`);
the result must be exactly what clustering all of a pair's mentions at once gives. This compares, pair by
pair, the stored events (their mentions, date and parent) with `build_events` over the pair's mentions,
and prints the time clustering at once takes (what every batch would cost without the replay).

    .venv/bin/python benchmarks/check_linking.py sqlite:///scale.db            # every pair, largest first
    .venv/bin/python benchmarks/check_linking.py sqlite:///scale.db --pairs 5  # the five largest
"""
from __future__ import annotations

import argparse
import sys
import time

from accord import batch
from accord.resolve.linking import build_events
from accord.store import open_store


def _shape(events: list) -> set[tuple]:
    return {(e.id, e.part_of, e.when, tuple(sorted(f"{s.doc}#{s.local_id}" for s in e.mentions))) for e in events}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("db", help="store URL (sqlite:///… or postgresql://…)")
    p.add_argument("--pairs", type=int, default=None, help="only the N pairs with the most events")
    args = p.parse_args(argv)
    store = open_store(args.db)
    try:
        stored = {pair: store.events(pair=pair, limit=10**7) for pair in store.pairs()}
        pairs = sorted(stored, key=lambda pair: -len(stored[pair]))[:args.pairs]
        differing = 0
        for pair in pairs:
            started = time.process_time()
            at_once = build_events(pair, batch.partition_records(store, pair, []))
            seconds = time.process_time() - started
            diff = _shape(stored[pair]) ^ _shape(at_once)
            differing += len(diff)
            print(f"{pair}: {len(stored[pair]):,} events stored, {len(at_once):,} at once, "
                  f"{len(diff)} differ; at once {seconds:.1f} s CPU", flush=True)
        print("identical" if not differing else f"{differing} events differ")
        return 0 if not differing else 1
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())

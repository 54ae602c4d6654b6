#!/usr/bin/env bash
# Set up accord, ingest the bundled sample articles into ./accord.db (SQLite), show the record, then
# serve it: open http://127.0.0.1:8000/pair/MA/KZ (Ctrl-C stops; --no-serve skips this step).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export ACCORD_DB=${ACCORD_DB:-sqlite:///accord.db}
.venv/bin/accord ingest samples/articles.jsonl
.venv/bin/accord timeline MA KZ
if [ "${1:-}" != "--no-serve" ]; then
  echo
  echo "The record in your browser: http://127.0.0.1:8000/pair/MA/KZ  (all pairs: http://127.0.0.1:8000/)"
  exec .venv/bin/accord serve --port "${ACCORD_PORT:-8000}"
fi

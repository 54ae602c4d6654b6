#!/usr/bin/env bash
# Set up accord, ingest the bundled sample articles into ./accord.db (SQLite) and show the record.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export ACCORD_DB=${ACCORD_DB:-sqlite:///accord.db}
.venv/bin/accord ingest samples/articles.jsonl
.venv/bin/accord timeline MA KZ

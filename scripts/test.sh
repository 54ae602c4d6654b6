#!/usr/bin/env bash
# Set up accord with its test tools, start a local PostgreSQL server, install Debian's Chromium for the
# browser tests, run the whole test suite (every store test runs on SQLite and on PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh test
if [ -z "${ACCORD_TEST_PG_URL:-}" ]; then
  eval "$(bash .ci/start-postgres.sh)"
fi
export ACCORD_TEST_PG_URL
# the browser tests fail (not skip) without a browser once one could be installed here
if bash .ci/install-chromium.sh; then
  export ACCORD_BROWSER_REQUIRED=1
fi
export HYPOTHESIS_PROFILE="${HYPOTHESIS_PROFILE:-ci}"
.venv/bin/python -m pytest -q "$@"

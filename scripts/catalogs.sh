#!/usr/bin/env bash
# Update the interface's message catalogs after changing a message in the code or the templates:
# extract messages.pot with Babel's tooling, then merge it into each language's messages.po
# (new messages arrive untranslated and are shown in English until translated).
set -euo pipefail
cd "$(dirname "$0")/.."
LOCALE=src/accord/web/locale
.venv/bin/pybabel extract -F "$LOCALE/babel.cfg" --no-location --sort-output --project accord \
  --copyright-holder "accord" --msgid-bugs-address "" -o "$LOCALE/messages.pot" . 2>/dev/null
for lang in ar fr ru kk; do
  if [ -f "$LOCALE/$lang/LC_MESSAGES/messages.po" ]; then
    .venv/bin/pybabel update --no-fuzzy-matching -i "$LOCALE/messages.pot" -d "$LOCALE" -l "$lang"
  else
    .venv/bin/pybabel init -i "$LOCALE/messages.pot" -d "$LOCALE" -l "$lang"
  fi
done
# every catalog must read: a syntax error here would otherwise show only when a page is served
for lang in ar fr ru kk; do
  .venv/bin/python -c "import sys; from babel.messages.pofile import read_po; read_po(open(sys.argv[1], 'rb'))" \
    "$LOCALE/$lang/LC_MESSAGES/messages.po"
done

#!/usr/bin/env bash
# Installs what the browser tests need, if missing: Debian's chromium (through install-deps.sh)
# and the npm packages of tests/browser (playwright-core and axe-core, at the versions of its
# package-lock.json). Without them the browser tests are skipped, not failed.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh chromium nodejs
if ! command -v npm >/dev/null; then
  scripts/install-deps.sh npm
fi
if [[ ! -d tests/browser/node_modules/playwright-core || ! -d tests/browser/node_modules/axe-core ]]; then
  echo "Installing the browser tests' npm packages (tests/browser)"
  npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
fi

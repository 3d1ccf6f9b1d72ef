#!/usr/bin/env bash
# Runs every check and test of cairn on a fresh machine, installing what the tests need
# first: Debian's Chromium (browser tests drive it with playwright-core from npm) and
# poppler-utils. CI runs exactly this script.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-core fonts-noto-cjk nodejs npm >/dev/null
fi
(cd tests/browser && npm ci --no-audit --no-fund --silent)

cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo test --quiet

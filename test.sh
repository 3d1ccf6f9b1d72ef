#!/usr/bin/env bash
# Runs every check and test of cairn on a fresh machine, installing what the tests need
# first: Debian's Chromium (browser tests drive it with playwright-core from npm),
# poppler-utils (PDF tests read handouts with pdftotext, pdfinfo, pdffonts, pdftoppm), qpdf
# (structural check of every test handout), Noto fonts (Arabic, Chinese, Myanmar...) and
# minisign (signed copies are checked with the standard tool). CI runs exactly this script.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -q "Noto Naskh Arabic" || missing+=(fonts-noto-core)
command -v minisign >/dev/null 2>&1 || missing+=(minisign)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
(cd tests/browser && npm ci --no-audit --no-fund --silent)

cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo test --quiet

#!/usr/bin/env bash
# Runs every check and test of cairn on a fresh machine, installing what the tests need
# first: Debian's Chromium (browser tests drive it with playwright-core from npm),
# poppler-utils (PDF tests read handouts with pdftotext, pdfinfo, pdffonts, pdftoppm), qpdf
# (structural check of every test handout), Noto fonts (Arabic, Chinese, Myanmar...) and
# minisign (signed copies are checked with the standard tool). CI runs exactly this script.
set -euo pipefail
cd "$(dirname "$0")"

# Each probe names the Debian package that provides what is missing and why the tests need
# it; apt-get runs only when something is missing, through sudo when not root.
missing=()
need() { # need PACKAGE WHY
  echo "test.sh: missing $1 ($2)"
  missing+=("$1")
}
has_font() { fc-list "$1" family 2>/dev/null | grep -q .; }
command -v chromium >/dev/null 2>&1 || need chromium "browser tests drive Debian's Chromium"
command -v node >/dev/null 2>&1 || need nodejs "browser tests run playwright-core scripts with node"
command -v npm >/dev/null 2>&1 || need npm "installs playwright-core and axe-core for the browser tests"
command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 \
  && command -v pdffonts >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 \
  || need poppler-utils "PDF tests read handouts with pdftotext, pdfinfo, pdffonts and pdftoppm"
command -v qpdf >/dev/null 2>&1 || need qpdf "every test handout gets a structural check"
command -v fc-list >/dev/null 2>&1 || need fontconfig "finds the system fonts below"
has_font "Noto Sans CJK SC" && has_font "Noto Sans CJK TC" \
  || need fonts-noto-cjk "Chinese handouts and pages, Simplified and Traditional"
has_font "Noto Naskh Arabic" && has_font "Noto Sans Myanmar" \
  || need fonts-noto-core "Arabic, Hebrew and Myanmar text in the browser and handout tests"
command -v minisign >/dev/null 2>&1 || need minisign "signed copies are checked with the standard tool"
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "test.sh: not root and no sudo: install ${missing[*]} first" >&2
    exit 1
  fi
  echo "test.sh: installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# npm ci starts from scratch (and the network) each time: only when the lock file changed
# since the last install.
if [ ! tests/browser/node_modules/.package-lock.json -nt tests/browser/package-lock.json ]; then
  echo "test.sh: installing the browser tests' npm packages (tests/browser/package-lock.json)"
  (cd tests/browser && npm ci --no-audit --no-fund --silent)
fi

# CI builds once from a clean clone: incremental compilation caches would be written for nothing.
if [ "${CI:-}" = true ]; then export CARGO_INCREMENTAL=0; fi
cargo fmt --check
# Clippy lints every target while the test build compiles it: clippy-driver as the
# workspace's compiler wrapper is what `cargo clippy` itself runs under `cargo check`, and
# CLIPPY_ARGS is how it hands the driver `-D warnings`. So the dependencies (typst's ~300
# crates among them) are compiled once, instead of checked for clippy and then built again
# for the tests. Without a clippy-driver on the PATH or in rustup, the two steps run apart.
clippy_driver=$(rustup which clippy-driver 2>/dev/null || command -v clippy-driver || true)
if [ -n "$clippy_driver" ]; then
  RUSTC_WORKSPACE_WRAPPER="$clippy_driver" CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__" \
    cargo test --quiet
else
  cargo clippy --all-targets --quiet -- -D warnings
  cargo test --quiet
fi

#!/usr/bin/env bash
# Runs every check and test of cairn on a fresh machine. Installs what the tests need
# first (nothing beyond the Rust toolchain yet; browser and PDF tools join here when tests
# need them). CI runs exactly this script.
set -euo pipefail
cd "$(dirname "$0")"

cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo test --quiet

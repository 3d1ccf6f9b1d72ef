//! End-to-end tests: fixture handbooks written inline, built with the library or the binary,
//! and the output parsed. One test binary, so one link step.

// Tests write fixture handbooks, edit them while serving and read what builds produced:
// the I/O boundary of clippy.toml is cairn's own, not its tests'.
#![allow(clippy::disallowed_methods)]

mod support;

mod bundle;
mod cli;
mod content;
mod credits;
mod determinism;
mod errors;
mod example;
mod headings;
mod images;
mod languages;
mod links;
mod multilingual;
mod navigation;
#[cfg(feature = "pdf")]
mod pdf;
#[cfg(feature = "pdf")]
mod pdf_sweep;
mod po;
mod safety;
mod search;
mod serve;
mod signing;
mod translations;

//! cairn compiles co-authored Markdown handbooks into multilingual static sites.
//!
//! The pipeline runs one way, each stage owned by one module and handing plain data on:
//!
//! 1. [`load`] reads the handbook tree (`cairn.toml`, `contributors.toml`, `content/`,
//!    the theme, `i18n/`, `static/`) into [`load::Sources`]. Nothing after it opens a file.
//! 2. [`model`] resolves languages, translations and fallbacks, the section tree and its
//!    cascade, drafts, kinds, credits and links into a [`model::Site`].
//! 3. [`render`] turns the site into [`output::Artifact`]s (HTML through Tera, sitemap,
//!    generated CSS), in parallel, with every URL from [`urls`].
//! 4. [`output`] writes artifacts; the site folder is swapped in only when complete.
//!
//! [`build`] runs these stages: its [`build::Engine`] makes the hosted site and rebuilds
//! what an edit affects, so `build`, `check`, `bundle`, `pdf`, `serve` and `search` are thin
//! callers of one pipeline (`docs/architecture.md`).
//! Problems travel as [`diagnostics::Diagnostic`]s; the binary in `main.rs` only parses the
//! command line ([`cli`]) and prints them.

pub mod build;
pub mod cli;
pub(crate) mod config;
pub(crate) mod dates;
pub mod diagnostics;
pub mod i18n;
pub(crate) mod init;
pub(crate) mod lang;
pub mod load;
pub(crate) mod markdown;
pub mod memo;
pub mod model;
pub mod output;
#[cfg(feature = "pdf")]
pub(crate) mod pdf;
pub(crate) mod po;
pub mod render;
pub mod search;
pub mod serve;
pub(crate) mod translation_workflow;
pub mod urls;

pub use build::{
    BuildSettings, Built, BundleSettings, Prepared, build, build_in_memory, bundle, check, prepare, search_built_site,
};
#[cfg(feature = "pdf")]
pub use build::{PdfSettings, pdf};
pub use diagnostics::counts;

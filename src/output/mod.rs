//! The only writers. Renderers hand over [`Artifact`]s (a route and its bytes); outputs
//! decide nothing about paths, they only put bytes where routes say.
// The writers clippy.toml keeps file writes in. Reads here are the outputs' own: the folder
// a site replaces, and the signing key and the files that signing signs or verifies.
#![allow(clippy::disallowed_methods)]

pub mod bundle;
pub(crate) mod files;
pub(crate) mod signing;
pub(crate) mod site_dir;
pub(crate) mod weight;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::urls::Route;
use std::collections::BTreeMap;

/// One file of the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    /// Where it goes.
    pub route: Route,
    /// What produced it (a source file or a generator), for collision errors.
    pub origin: String,
    /// Its content.
    pub bytes: Vec<u8>,
}

impl Artifact {
    /// An artifact for `route`.
    pub fn new(route: Route, origin: impl Into<String>, bytes: Vec<u8>) -> Artifact {
        Artifact { route, origin: origin.into(), bytes }
    }

    /// The output-relative file path.
    pub fn path(&self) -> String {
        self.route.output_file()
    }
}

/// Sorts artifacts by path and fails when two would write the same file, naming both.
pub(crate) fn arrange(mut artifacts: Vec<Artifact>) -> Result<Vec<Artifact>, Diagnostics> {
    artifacts.sort_by_key(Artifact::path);
    let clashes = collisions(artifacts.iter().map(|a| (a.path(), a.origin.as_str())));
    if clashes.has_errors() { Err(clashes) } else { Ok(artifacts) }
}

/// An error for each file that two outputs would write, naming both: `files` gives each
/// output's path and origin, sorted by path.
pub(crate) fn collisions<'a>(files: impl IntoIterator<Item = (String, &'a str)>) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (path, origin) in files {
        if let Some(first) = seen.insert(path.clone(), origin) {
            diagnostics.push(
                Diagnostic::error(format!("`{first}` and `{origin}` would both write {path}"))
                    .with_hint("rename one of them"),
            );
        }
    }
    diagnostics
}

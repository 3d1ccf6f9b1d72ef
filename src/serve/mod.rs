//! `cairn serve`: watches the handbook's files ([`watch`]), has the build
//! [`Engine`](crate::build::Engine) rebuild what an edit affects, serves the engine's files
//! over HTTP ([`http`]) and tells open pages to reload. Building is the engine's alone: a
//! failed build keeps the last good site served and shows the errors, as `cairn build`
//! reports them, in the terminal and over the open pages until fixed.

pub(crate) mod http;
pub(crate) mod watch;

use crate::BuildSettings;
use crate::build::{Change, Engine, Rebuilt};
use crate::diagnostics::{Diagnostic, Diagnostics};
use http::{Event, Hub};
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::channel;

/// How `cairn serve` listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeOptions {
    /// Address to bind (loopback by default).
    pub bind: IpAddr,
    /// Port (0 picks a free one).
    pub port: u16,
    /// Open the site in the default browser once served.
    pub open: bool,
}

/// The problems of a failed build as JSON, for the overlay.
fn problems_json(diagnostics: &Diagnostics) -> String {
    let problems: Vec<serde_json::Value> = diagnostics
        .sorted()
        .iter()
        .map(|d| {
            serde_json::json!({
                "severity": if d.is_error() { "error" } else { "warning" },
                "file": d.file.as_ref().map(|f| f.display().to_string()),
                "line": d.line,
                "message": d.message,
                "hint": d.hint,
            })
        })
        .collect();
    serde_json::Value::Array(problems).to_string()
}

/// One terminal line about a rebuild: what changed, what was made, how long each step took.
fn summary(change: &Change, rebuilt: &Rebuilt) -> String {
    let cause = match change {
        Change::Everything => "full rebuild".to_string(),
        Change::Content(files) => files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(", "),
    };
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let what = if rebuilt.incremental { plural(rebuilt.pages, "page") } else { "every page".to_string() };
    let mut line = format!("{cause}: {what} in {} ms", rebuilt.shown.as_millis());
    if rebuilt.incremental {
        let rest = rebuilt.took.saturating_sub(rebuilt.shown);
        line.push_str(&format!(", search and generated pages in {} ms", rest.as_millis()));
    }
    line.push_str(&format!("; {} changed", plural(rebuilt.changed.len(), "file")));
    if rebuilt.warnings > 0 {
        line.push_str(&format!(", {}", plural(rebuilt.warnings, "warning")));
    }
    line
}

/// Rebuilds after `change`, tells open pages what changed as soon as each part is
/// published, and reports the rebuild in the terminal.
fn rebuild_and_tell(engine: &mut Engine, change: &Change, hub: &Hub, failing: &mut bool) {
    let result = engine.rebuild(change, |changed| {
        if std::mem::take(failing) {
            hub.broadcast(Event::Fixed);
        }
        if !changed.is_empty() {
            hub.broadcast(Event::Changed(serde_json::to_string(changed).unwrap_or_default()));
        }
    });
    match result {
        Ok(rebuilt) => {
            if !rebuilt.incremental {
                crate::cli::print(&engine.warnings());
            }
            println!("{}", summary(change, &rebuilt));
        }
        Err(diagnostics) => {
            crate::cli::print(&diagnostics);
            let (errors, _) = crate::diagnostics::counts(&diagnostics);
            let errors = format!("{errors} error{}", if errors == 1 { "" } else { "s" });
            println!("build failed with {errors}; still serving the last good site");
            *failing = true;
            hub.broadcast(Event::Failed(problems_json(&diagnostics)));
        }
    }
    let _ = std::io::stdout().flush();
}

/// Builds, serves and watches the handbook at `root` until the process is stopped.
///
/// Permalinks (canonical links, handout QR codes) point at the local server, as in Zola
/// and Hugo, so every link of the served site stays on this machine.
pub fn serve(root: &Path, mut settings: BuildSettings, options: &ServeOptions) -> Result<(), Diagnostic> {
    let fail = |message: String| Diagnostic::error(message);
    let root = root.canonicalize().map_err(|e| {
        fail(format!("cannot open the handbook folder {}: {e}", root.display()))
            .with_hint("pass --root DIR, the folder holding cairn.toml")
    })?;
    let hub = Arc::new(Hub::default());
    let files = Arc::default();
    let address = http::start(SocketAddr::new(options.bind, options.port), Arc::clone(&files), hub.clone())
        .map_err(|m| fail(m).with_hint("pass another --port, or stop the program using this one"))?;
    if !options.bind.is_loopback() {
        eprintln!(
            "warning: serving on {} makes the handbook, drafts included if asked, reachable from other machines",
            options.bind
        );
    }
    let shown =
        if options.bind.is_unspecified() { SocketAddr::new([127, 0, 0, 1].into(), address.port()) } else { address };
    settings.base_url = Some(format!("http://{shown}/"));
    let mut engine = Engine::watching(&root, settings, files);
    let (events, received) = channel();
    // Watch before the first build, so an edit made while it runs is not missed.
    let mut watcher = watch::Watcher::start(&root, events).map_err(fail)?;
    let mut failing = false;
    rebuild_and_tell(&mut engine, &Change::Everything, &hub, &mut failing);
    println!("serving {} at http://{shown}/ (Ctrl+C to stop)", root.display());
    let _ = std::io::stdout().flush();
    if options.open {
        let _ = std::process::Command::new("xdg-open").arg(format!("http://{shown}/")).spawn();
    }
    while let Ok(batch) = received.recv() {
        let mut batches = vec![batch];
        batches.extend(received.try_iter());
        let mut found = Vec::new();
        for batch in batches {
            match batch {
                Ok(events) => found.extend(events),
                Err(errors) => {
                    for e in errors {
                        eprintln!("warning: file watching: {e}");
                    }
                }
            }
        }
        let Some(change) = watch::classify(&root, &found) else { continue };
        if change == Change::Everything {
            watcher.watch_new_folders().map_err(fail)?;
        }
        rebuild_and_tell(&mut engine, &change, &hub, &mut failing);
    }
    Ok(())
}

//! The development HTTP server: serves the files of the last good build from memory, with
//! the live-reload script added to HTML pages, and a Server-Sent Events stream that tells
//! open pages to reload, swap stylesheets, or show a build error. Only paths of the built
//! site can be reached: requests are looked up in the in-memory file map, never on disk.

use crate::build::Files;
use std::io::Write;
use std::net::SocketAddr;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;
use tiny_http::{Header, Method, Request, Response, Server};

/// Where the live-reload script is served.
pub(crate) const LIVE_SCRIPT_PATH: &str = "/__cairn/live.js";
/// Where the event stream is served.
pub(crate) const EVENTS_PATH: &str = "/__cairn/events";
const LIVE_SCRIPT: &str = include_str!("live.js");
/// How often an idle event stream sends a comment, so a closed tab is noticed.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// A message for open pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Event {
    /// These output files changed (JSON list of paths); pages decide whether to reload.
    Changed(String),
    /// The build failed (JSON list of problems): show the overlay.
    Failed(String),
    /// The build works again: remove the overlay.
    Fixed,
}

impl Event {
    fn frame(&self) -> String {
        let (name, data) = match self {
            Event::Changed(paths) => ("changed", paths.as_str()),
            Event::Failed(problems) => ("failed", problems.as_str()),
            Event::Fixed => ("fixed", "{}"),
        };
        format!("event: {name}\ndata: {data}\n\n")
    }
}

/// Open event streams, and the current build error that a page opened later must show too.
#[derive(Default)]
pub(crate) struct Hub {
    clients: Mutex<Vec<Sender<Event>>>,
    failure: Mutex<Option<Event>>,
}

impl Hub {
    /// Sends `event` to every open page; a failure is remembered until fixed.
    pub(crate) fn broadcast(&self, event: Event) {
        let mut failure = self.failure.lock().unwrap_or_else(|p| p.into_inner());
        match &event {
            Event::Failed(_) => *failure = Some(event.clone()),
            Event::Fixed => *failure = None,
            Event::Changed(_) => {}
        }
        let mut clients = self.clients.lock().unwrap_or_else(|p| p.into_inner());
        clients.retain(|client| client.send(event.clone()).is_ok());
    }

    fn subscribe(&self) -> (Receiver<Event>, Option<Event>) {
        let (sender, receiver) = channel();
        let failure = self.failure.lock().unwrap_or_else(|p| p.into_inner()).clone();
        self.clients.lock().unwrap_or_else(|p| p.into_inner()).push(sender);
        (receiver, failure)
    }
}

/// Starts serving `files` on `address` (port 0 picks a free one) in background threads;
/// returns the address bound.
pub(crate) fn start(address: SocketAddr, files: Arc<RwLock<Files>>, hub: Arc<Hub>) -> Result<SocketAddr, String> {
    let server = Server::http(address).map_err(|e| format!("cannot listen on {address}: {e}"))?;
    let bound = server.server_addr().to_ip().ok_or("the server is not listening on an IP address")?;
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let (files, hub) = (files.clone(), hub.clone());
            std::thread::spawn(move || handle(request, &files, &hub));
        }
    });
    Ok(bound)
}

/// Where a request leads.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// An output file, by path.
    File(String),
    /// A folder asked for without its trailing slash.
    Redirect(String),
    /// Nothing there: the 404 page at this path.
    NotFound(String),
    /// A path that tries to leave the site, or cannot be a file name.
    BadRequest,
}

/// Maps a request URL to an output file. Percent-escapes are decoded first, so `%2e%2e`
/// is `..`; any `..` or `.` segment, backslash or NUL is refused, empty segments (`//`)
/// are dropped, and only files of the build exist.
fn target(url: &str, files: &Files) -> Target {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let Ok(decoded) = percent_encoding::percent_decode_str(path).decode_utf8() else {
        return Target::BadRequest;
    };
    let segments: Vec<&str> = decoded.split('/').filter(|s| !s.is_empty()).collect();
    if segments.iter().any(|s| *s == ".." || *s == "." || s.contains(['\\', '\0'])) {
        return Target::BadRequest;
    }
    let joined = segments.join("/");
    let folder = decoded.ends_with('/') || joined.is_empty();
    if folder {
        let index = if joined.is_empty() { "index.html".to_string() } else { format!("{joined}/index.html") };
        if files.contains_key(&index) {
            return Target::File(index);
        }
    } else if files.contains_key(&joined) {
        return Target::File(joined);
    } else if files.contains_key(&format!("{joined}/index.html")) {
        return Target::Redirect(format!("/{joined}/"));
    }
    let language_404 = segments.first().map(|lang| format!("{lang}/404.html"));
    Target::NotFound(language_404.filter(|p| files.contains_key(p)).unwrap_or_else(|| "404.html".to_string()))
}

/// The Content-Type of an output file, by extension.
fn content_type(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match extension.as_str() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "mp3" => "audio/mpeg",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        _ => "application/octet-stream",
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("header names and values here are ASCII")
}

/// An HTML page with the live-reload script added before `</head>` (or at the end).
fn with_live_script(html: &[u8]) -> Vec<u8> {
    let tag = format!("<script src=\"{LIVE_SCRIPT_PATH}\"></script>");
    let text = String::from_utf8_lossy(html);
    match text.find("</head>") {
        Some(at) => format!("{}{tag}{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{tag}").into_bytes(),
    }
}

fn handle(request: Request, files: &RwLock<Files>, hub: &Hub) {
    if !matches!(request.method(), Method::Get | Method::Head) {
        let _ = request.respond(Response::from_string("only GET and HEAD are served\n").with_status_code(405));
        return;
    }
    match request.url().split('?').next().unwrap_or("") {
        EVENTS_PATH => return stream_events(request, hub),
        LIVE_SCRIPT_PATH => {
            let response = Response::from_string(LIVE_SCRIPT)
                .with_header(header("Content-Type", "text/javascript; charset=utf-8"))
                .with_header(header("Cache-Control", "no-store"));
            let _ = request.respond(response);
            return;
        }
        _ => {}
    }
    let (status, path, bytes) = {
        let files = files.read().unwrap_or_else(|p| p.into_inner());
        match target(request.url(), &files) {
            Target::File(path) => {
                let bytes = files.get(&path).map(|a| a.bytes.clone());
                (200, path, bytes)
            }
            Target::NotFound(path) => {
                let bytes = files.get(&path).map(|a| a.bytes.clone());
                (404, path, bytes)
            }
            Target::Redirect(location) => {
                let response = Response::empty(301).with_header(header("Location", &location));
                let _ = request.respond(response);
                return;
            }
            Target::BadRequest => {
                let _ = request
                    .respond(Response::from_string("bad request: path outside the site\n").with_status_code(400));
                return;
            }
        }
    };
    let bytes = match bytes {
        Some(bytes) => bytes,
        None => {
            let _ = request.respond(Response::from_string("not found\n").with_status_code(404));
            return;
        }
    };
    let body = if path.ends_with(".html") { with_live_script(&bytes) } else { bytes };
    let response = Response::from_data(body)
        .with_status_code(status)
        .with_header(header("Content-Type", content_type(&path)))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"));
    let _ = request.respond(response);
}

/// Holds the request open as an event stream until the page goes away.
fn stream_events(request: Request, hub: &Hub) {
    let (events, failure) = hub.subscribe();
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n";
    let mut send = |text: &str| writer.write_all(text.as_bytes()).and_then(|_| writer.flush()).is_ok();
    if !send(head) || !send(": connected\n\n") {
        return;
    }
    if let Some(failure) = failure
        && !send(&failure.frame())
    {
        return;
    }
    loop {
        let sent = match events.recv_timeout(KEEP_ALIVE) {
            Ok(event) => send(&event.frame()),
            Err(RecvTimeoutError::Timeout) => send(": keep-alive\n\n"),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if !sent {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Artifact;
    use crate::urls::Route;

    fn site() -> Files {
        ["index.html", "404.html", "fr/404.html", "fr/guide/index.html", "css/cairn.css"]
            .into_iter()
            .map(|p| (p.to_string(), Artifact::new(Route::file(p), "(test)", b"x".to_vec())))
            .collect()
    }

    #[test]
    fn paths_resolve_inside_the_site_only() {
        let files = site();
        assert_eq!(target("/", &files), Target::File("index.html".into()));
        assert_eq!(target("/fr/guide/?q=1", &files), Target::File("fr/guide/index.html".into()));
        assert_eq!(target("/fr/guide", &files), Target::Redirect("/fr/guide/".into()));
        assert_eq!(target("/css/cairn.css", &files), Target::File("css/cairn.css".into()));
        assert_eq!(target("//css//cairn.css", &files), Target::File("css/cairn.css".into()));
        assert_eq!(target("/css/", &files), Target::NotFound("404.html".into()));
        assert_eq!(target("/fr/nowhere/", &files), Target::NotFound("fr/404.html".into()));
        for bad in
            ["/../cairn.toml", "/%2e%2e/cairn.toml", "/fr/%2E%2E/%2e%2e/x", "/a/./b", "/..%2fetc", "/a%5cb", "/%ff"]
        {
            assert_eq!(target(bad, &files), Target::BadRequest, "{bad}");
        }
        assert_eq!(target("//etc/passwd", &files), Target::NotFound("404.html".into()));
    }

    #[test]
    fn the_live_script_goes_into_the_head() {
        let page = with_live_script(b"<html><head><title>t</title></head><body></body></html>");
        let page = String::from_utf8(page).unwrap();
        assert!(page.contains("<script src=\"/__cairn/live.js\"></script></head>"), "{page}");
    }
}

//! The command line: clap types for every subcommand, the calls into the library, and the
//! one place that prints diagnostics and chooses the exit code.

use crate::BuildSettings;
use crate::diagnostics::counts;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::BuildOptions;
use crate::output::signing::{self, Signer};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// cairn: multilingual handbooks from Markdown, for the web, offline and print.
#[derive(Debug, Parser)]
#[command(name = "cairn", version, about)]
pub struct Cli {
    /// The handbook folder (holding cairn.toml).
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    pub(crate) root: PathBuf,
    /// What to do.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Which unpublished pages a command includes.
#[derive(Debug, Clone, Copy, clap::Args)]
pub(crate) struct Include {
    /// Include pages with status = "draft".
    #[arg(long)]
    drafts: bool,
    /// Include pages with visibility = "internal" (for a trusted copy, never a public one).
    #[arg(long)]
    internal: bool,
}

impl From<Include> for BuildOptions {
    fn from(include: Include) -> Self {
        BuildOptions { drafts: include.drafts, internal: include.internal }
    }
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Build the website into a folder (public/ by default).
    Build {
        /// Output folder [default: <root>/public].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Which unpublished pages to include.
        #[command(flatten)]
        include: Include,
        /// Absolute URL the site will be served from (overrides base_url).
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Treat warnings (missing images, ...) as errors.
        #[arg(long)]
        strict: bool,
        /// Fail when any language has missing or outdated translations.
        #[arg(long)]
        strict_translations: bool,
        /// Print how long each stage took.
        #[arg(long)]
        timings: bool,
        /// Print the 10 heaviest pages by download size (page, CSS, JS and images, gzip)
        /// and the median page weight.
        #[arg(long)]
        report: bool,
    },
    /// Build the site in memory, serve it, and rebuild and reload open pages on every edit.
    Serve {
        /// Port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Address to listen on; anything but loopback exposes the site to the network.
        #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
        bind: std::net::IpAddr,
        /// Which unpublished pages to include.
        #[command(flatten)]
        include: Include,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
    },
    /// Validate everything a build validates, and list missing UI strings; write nothing.
    Check {
        /// Which unpublished pages to include.
        #[command(flatten)]
        include: Include,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
        /// Fail when any language has missing or outdated translations.
        #[arg(long)]
        strict_translations: bool,
        /// How to print problems: grouped for people, or every one as a JSON line for tools.
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
    },
    /// Make offline ZIP copies (one per language; they work from file://).
    Bundle {
        /// Only this language (repeatable) [default: every language].
        #[arg(long = "lang", value_name = "CODE")]
        languages: Vec<String>,
        /// Also make one ZIP holding every language.
        #[arg(long)]
        all_languages: bool,
        /// Folder for the ZIPs and SHA256SUMS [default: <root>/bundles].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Which unpublished pages to include.
        #[command(flatten)]
        include: Include,
        /// Sign each ZIP and SHA256SUMS with this minisign secret key (passphrase from
        /// CAIRN_SIGNING_PASSPHRASE, else asked).
        #[arg(long, value_name = "KEYFILE")]
        sign: Option<PathBuf>,
        /// Which pictures the bundles carry: `full` (all), `compact` (PNG and JPEG at most
        /// the column wide, lossy WebP at [images] quality; file names end in -compact),
        /// `text` (none: alt text linking to the hosted image; file names end in -text).
        #[arg(long, value_enum, default_value = "full")]
        edition: crate::output::bundle::BundleEdition,
        /// Fail, writing nothing, when a ZIP would be larger than this (e.g. 15MB).
        #[arg(long, value_name = "SIZE", value_parser = crate::output::bundle::parse_size)]
        max_size: Option<u64>,
    },
    /// Typeset printable PDF handouts (a page, a section, or the whole handbook).
    #[cfg(feature = "pdf")]
    Pdf {
        /// Content files or section folders [default: the whole handbook].
        paths: Vec<PathBuf>,
        /// Only this language (repeatable) [default: every language].
        #[arg(long = "lang", value_name = "CODE")]
        languages: Vec<String>,
        /// Every page with handout = true, one PDF each.
        #[arg(long)]
        all: bool,
        /// Paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        /// Folder for the PDFs [default: <root>/pdf].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Treat warnings (images without alt text, ...) as errors.
        #[arg(long)]
        strict: bool,
        /// Sign each PDF with this minisign secret key (passphrase from
        /// CAIRN_SIGNING_PASSPHRASE, else asked).
        #[arg(long, value_name = "KEYFILE")]
        sign: Option<PathBuf>,
    },
    /// Signing keys for bundles and handouts.
    Keys {
        /// What to do.
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Check a bundle or handout against its signature (FILE.minisig beside it).
    Verify {
        /// The ZIP or PDF to check.
        file: PathBuf,
        /// The public key (`RW...`) or a minisign.pub file [default: the keys in the
        /// handbook's cairn.toml].
        #[arg(long, value_name = "KEY")]
        key: Option<String>,
    },
    /// Search a built site's index from the terminal (the reference for the site's search).
    Search {
        /// What to look for.
        query: String,
        /// Language of the index [default: the default language].
        #[arg(long, value_name = "CODE")]
        lang: Option<String>,
        /// Most results to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print results as JSON.
        #[arg(long)]
        json: bool,
        /// The built site [default: <root>/public].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// The translation workflow: status per language, marking translations current.
    I18n {
        /// What to do.
        #[command(subcommand)]
        command: I18nCommand,
    },
    /// Create a new handbook skeleton (one page in two languages) in DIR.
    Init {
        /// Folder to create; must not exist or be empty.
        dir: PathBuf,
    },
}

/// `cairn keys` subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum KeysCommand {
    /// Create a minisign key pair: the secret key encrypted with a passphrase (from
    /// CAIRN_SIGNING_PASSPHRASE, else asked twice), the public key printed.
    New {
        /// Folder for minisign.key and minisign.pub; never inside the handbook or an output
        /// folder [default: ~/.cairn/keys].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

/// The passphrase of a signing key: `CAIRN_SIGNING_PASSPHRASE`, else typed at the terminal
/// (twice when `confirm`), never echoed.
fn passphrase(confirm: bool) -> Result<String, Diagnostic> {
    if let Ok(passphrase) = std::env::var("CAIRN_SIGNING_PASSPHRASE") {
        return Ok(passphrase);
    }
    let no_terminal = |_| {
        Diagnostic::error("cannot read a passphrase: no terminal")
            .with_hint("set CAIRN_SIGNING_PASSPHRASE, or run the command in a terminal")
    };
    let first = rpassword::prompt_password("Passphrase of the signing key: ").map_err(no_terminal)?;
    if confirm && rpassword::prompt_password("The same passphrase again: ").map_err(no_terminal)? != first {
        return Err(Diagnostic::error("the two passphrases differ").with_hint("run the command again"));
    }
    Ok(first)
}

fn signer(key_file: Option<PathBuf>) -> Result<Option<std::sync::Arc<Signer>>, Diagnostic> {
    let Some(key_file) = key_file else { return Ok(None) };
    Signer::open(&key_file, &passphrase(false)?).map(|s| Some(std::sync::Arc::new(s)))
}

/// `cairn i18n` subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum I18nCommand {
    /// Per language: pages (and words) translated, outdated and missing, with the lists.
    Status {
        /// Only this language.
        #[arg(long, value_name = "CODE")]
        lang: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: StatusFormat,
    },
    /// Write po/messages.pot and merge it into po/<lang>.po for translation platforms.
    Extract {
        /// Only these languages (default: every language but the default one).
        #[arg(long = "lang", value_name = "CODE")]
        langs: Vec<String>,
        /// Fill untranslated entries from translation files whose blocks line up with
        /// their original's (to move a handbook from files to catalogues).
        #[arg(long)]
        from_files: bool,
    },
    /// Record that translations match their original as it is now.
    MarkCurrent {
        /// Translation files (relative to here or to the handbook root).
        paths: Vec<PathBuf>,
        /// Every translation into this language.
        #[arg(long, value_name = "CODE")]
        lang: Option<String>,
    },
}

/// Paper sizes of `cairn pdf`.
#[cfg(feature = "pdf")]
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(crate) enum PaperArg {
    /// ISO A4.
    A4,
    /// US Letter.
    Letter,
}

/// Output of `cairn check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum CheckFormat {
    /// At most ten problems of each kind, then counts per kind and language.
    Text,
    /// Every problem as one JSON object per line (`level`, `kind`, `file`, `line`,
    /// `message`, `hint`, `lang`), on standard output.
    Json,
}

/// How many problems of one kind the terminal shows before counting the rest.
const SHOWN_PER_KIND: usize = 10;

/// Output of `cairn i18n status`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(crate) enum StatusFormat {
    /// A table and lists for people.
    Table,
    /// JSON for tools.
    Json,
}

/// How build, check and serve report problems.
pub(crate) fn print(diagnostics: &Diagnostics) {
    eprint!("{}", diagnostics.grouped_report(SHOWN_PER_KIND));
}

fn print_json(diagnostics: &Diagnostics) {
    for d in diagnostics.sorted() {
        println!("{}", d.to_json_line());
    }
}

fn fail(diagnostics: &Diagnostics, what: &str) -> ExitCode {
    print(diagnostics);
    let (errors, _) = counts(diagnostics);
    eprintln!("{what} failed with {errors} error{}", if errors == 1 { "" } else { "s" });
    ExitCode::FAILURE
}

/// Runs a parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build { out, include, base_url, strict, strict_translations, timings, report } => {
            let started = Instant::now();
            let out = out.unwrap_or_else(|| cli.root.join("public"));
            let settings = BuildSettings { options: include.into(), base_url, strict, strict_translations };
            let built = match report {
                true => crate::build::build_keeping_files(&cli.root, &out, &settings),
                false => crate::build(&cli.root, &out, &settings),
            };
            match built {
                Ok(built) => {
                    print(&built.warnings);
                    if timings {
                        for (stage, took) in &built.timings {
                            println!("{stage:>14}: {:>8.3} s", took.as_secs_f64());
                        }
                        println!(
                            "(stages overlap: the search index is built alongside rendering, and the privacy \
                             check and writing happen inside it, summed over its threads)"
                        );
                    }
                    if report {
                        let weights = crate::output::weight::page_weights(&built.artifacts);
                        println!("heaviest pages (HTML + CSS + JS + images, gzip):");
                        for page in weights.iter().take(10) {
                            let size = crate::output::bundle::human_size;
                            println!("{:>10} (page {:>8})  {}", size(page.total), size(page.html), page.path);
                        }
                        if let Some(median) = weights.get(weights.len() / 2) {
                            let size = crate::output::bundle::human_size(median.total);
                            println!("median page weight: {size} over {} pages", weights.len());
                        }
                    }
                    let (_, warnings) = counts(&built.warnings);
                    println!(
                        "built {} pages in {} languages into {} in {:.2} s{}",
                        built.pages,
                        built.site.config.languages.len(),
                        out.display(),
                        started.elapsed().as_secs_f64(),
                        if warnings > 0 { format!(" ({warnings} warnings)") } else { String::new() }
                    );
                    // The process ends here: freeing the resolved site's millions of small
                    // allocations one by one took longer (~30 ms at 5,000 pages) than the
                    // system takes to reclaim them all at exit.
                    std::mem::forget(built);
                    ExitCode::SUCCESS
                }
                Err(diagnostics) => fail(&diagnostics, "build"),
            }
        }
        Command::Serve { port, bind, include, open } => {
            let settings = BuildSettings { options: include.into(), ..BuildSettings::default() };
            let options = crate::serve::ServeOptions { bind, port, open };
            match crate::serve::serve(&cli.root, settings, &options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(d) => fail(&Diagnostics::from_iter([d]), "serve"),
            }
        }
        Command::Check { include, strict, strict_translations, format } => {
            let settings = BuildSettings { options: include.into(), base_url: None, strict, strict_translations };
            match (crate::check(&cli.root, &settings), format) {
                (Ok(warnings), CheckFormat::Json) => {
                    print_json(&warnings);
                    ExitCode::SUCCESS
                }
                (Err(diagnostics), CheckFormat::Json) => {
                    print_json(&diagnostics);
                    ExitCode::FAILURE
                }
                (Ok(warnings), CheckFormat::Text) => {
                    print(&warnings);
                    let (_, count) = counts(&warnings);
                    println!("check passed ({count} warning{})", if count == 1 { "" } else { "s" });
                    ExitCode::SUCCESS
                }
                (Err(diagnostics), CheckFormat::Text) => fail(&diagnostics, "check"),
            }
        }
        Command::I18n { command: I18nCommand::Status { lang, format } } => {
            let report = crate::translation_workflow::status(&cli.root, lang.as_deref());
            let catalogues = crate::po::status(&cli.root, lang.as_deref());
            match (report, catalogues) {
                (Ok(report), Ok(catalogues)) => {
                    match format {
                        StatusFormat::Table => {
                            print!("{}", crate::translation_workflow::format_table(&report));
                            print!("{}", crate::po::format_status(&catalogues));
                        }
                        StatusFormat::Json => {
                            // Each language carries its catalogue's unit counts (null without one).
                            let mut languages = serde_json::to_value(&report).unwrap_or_default();
                            for language in languages.as_array_mut().into_iter().flatten() {
                                let code = language["lang"].as_str().unwrap_or_default().to_string();
                                let catalogue = catalogues.iter().find(|c| c.lang == code);
                                language["catalogue"] = serde_json::to_value(catalogue).unwrap_or_default();
                            }
                            println!("{}", serde_json::to_string_pretty(&languages).unwrap_or_default());
                        }
                    }
                    ExitCode::SUCCESS
                }
                (Err(diagnostics), _) | (_, Err(diagnostics)) => fail(&diagnostics, "i18n status"),
            }
        }
        Command::I18n { command: I18nCommand::Extract { langs, from_files } } => {
            match crate::po::extract(&cli.root, &langs, from_files) {
                Ok(files) => {
                    for file in files {
                        println!("wrote {file}");
                    }
                    ExitCode::SUCCESS
                }
                Err(diagnostics) => fail(&diagnostics, "i18n extract"),
            }
        }
        Command::I18n { command: I18nCommand::MarkCurrent { paths, lang } } => {
            match crate::translation_workflow::mark_current(&cli.root, &paths, lang.as_deref()) {
                Ok(lines) => {
                    for line in lines {
                        println!("{line}");
                    }
                    ExitCode::SUCCESS
                }
                Err(diagnostics) => fail(&diagnostics, "i18n mark-current"),
            }
        }
        Command::Bundle { languages, all_languages, out, include, sign, edition, max_size } => {
            let out = out.unwrap_or_else(|| cli.root.join("bundles"));
            let settings = BuildSettings { options: include.into(), ..Default::default() };
            let signer = match signer(sign) {
                Ok(signer) => signer,
                Err(d) => return fail(&Diagnostics::from_iter([d]), "bundle"),
            };
            let bundles = crate::BundleSettings {
                languages,
                all_languages,
                source_date_epoch: std::env::var("SOURCE_DATE_EPOCH").ok(),
                signer,
                edition,
                max_size,
            };
            match crate::bundle(&cli.root, &out, &settings, &bundles) {
                Ok((written, warnings)) => {
                    print(&warnings);
                    for w in &written {
                        println!("{:>10} bytes {:>6} files  {}", w.bytes, w.files, w.path.display());
                    }
                    println!("checksums in {}", out.join("SHA256SUMS").display());
                    ExitCode::SUCCESS
                }
                Err(diagnostics) => fail(&diagnostics, "bundle"),
            }
        }
        #[cfg(feature = "pdf")]
        Command::Pdf { paths, languages, all, paper, out, strict, sign } => {
            let out = out.unwrap_or_else(|| cli.root.join("pdf"));
            let paper = match paper {
                PaperArg::A4 => crate::pdf::Paper::A4,
                PaperArg::Letter => crate::pdf::Paper::Letter,
            };
            let signer = match signer(sign) {
                Ok(signer) => signer,
                Err(d) => return fail(&Diagnostics::from_iter([d]), "pdf"),
            };
            let request = crate::PdfSettings { paths, languages, all, paper, signer };
            match crate::pdf(&cli.root, &out, &BuildSettings { strict, ..BuildSettings::default() }, &request) {
                Ok((written, warnings)) => {
                    print(&warnings);
                    for (path, bytes) in &written {
                        println!("{bytes:>10} bytes  {}", path.display());
                    }
                    ExitCode::SUCCESS
                }
                Err(diagnostics) => fail(&diagnostics, "pdf"),
            }
        }
        Command::Search { query, lang, limit, json, out } => {
            let out = out.unwrap_or_else(|| cli.root.join("public"));
            match crate::search_built_site(&cli.root, &out, lang.as_deref(), &query, limit) {
                Ok(results) => {
                    if results.is_empty() && !json {
                        eprintln!("no results");
                    }
                    // A reader that stops early (`| head`) is not an error.
                    match print_search_results(&results, json) {
                        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                            eprintln!("error: cannot write the results: {e}");
                            ExitCode::FAILURE
                        }
                        _ => ExitCode::SUCCESS,
                    }
                }
                Err(d) => fail(&Diagnostics::from_iter([d]), "search"),
            }
        }
        Command::Keys { command: KeysCommand::New { out } } => {
            let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
            let out = out.unwrap_or_else(|| home.join(".cairn/keys"));
            let root = cli.root.clone();
            let forbidden = [root.clone(), root.join("public"), root.join("bundles"), root.join("pdf")];
            let forbidden: Vec<&std::path::Path> = forbidden.iter().map(PathBuf::as_path).collect();
            // Only a folder holding a handbook is one; elsewhere `--root .` is just where we are.
            let forbidden =
                if root.join(crate::config::CONFIG_FILE).exists() { &forbidden[..] } else { &forbidden[1..] };
            match passphrase(true).and_then(|p| signing::new_keys(&out, forbidden, &p)) {
                Ok(keys) => {
                    println!("secret key (keep it safe, never publish it): {}", keys.secret_key.display());
                    println!("public key file: {}", keys.public_key_file.display());
                    println!("public key, for cairn.toml [signing] public_key:\n{}", keys.public_key);
                    ExitCode::SUCCESS
                }
                Err(d) => fail(&Diagnostics::from_iter([d]), "keys new"),
            }
        }
        Command::Verify { file, key } => {
            let keys = match key {
                Some(key) => vec![key],
                None => match crate::load::signing_keys(&cli.root) {
                    Ok(keys) => keys,
                    Err(d) => return fail(&Diagnostics::from_iter([d]), "verify"),
                },
            };
            let mut last_error = None;
            for key in &keys {
                match signing::verify_file(&file, key) {
                    Ok(verified) => {
                        println!("good signature by key {}", verified.key_id);
                        println!("signed: {}", verified.trusted_comment);
                        return ExitCode::SUCCESS;
                    }
                    Err(d) => last_error = Some(d),
                }
            }
            let d = last_error.unwrap_or_else(|| {
                Diagnostic::error("no public key to check against").with_hint(
                    "give --key RW... (from the handbook's verify page), or set [signing] public_key in cairn.toml",
                )
            });
            fail(&Diagnostics::from_iter([d]), "verify")
        }
        Command::Init { dir } => match crate::init::init(&dir) {
            Ok(()) => {
                println!(
                    "created a new handbook in {}; build it with: cairn build --root {}",
                    dir.display(),
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(d) => fail(&Diagnostics::from_iter([d]), "init"),
        },
    }
}

/// Writes search results to stdout, as JSON or as text: each hit, the sections folded under
/// it indented, and how many more of its page match.
fn print_search_results(results: &[crate::search::query::Hit], json: bool) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(results).unwrap_or_default())?;
        return out.flush();
    }
    for hit in results {
        for (depth, post) in std::iter::once(&hit.post).chain(&hit.sections).enumerate() {
            let indent = if depth == 0 { "" } else { "    " };
            let fallback = if post.meta.fallback { format!(" [{}]", post.meta.lang) } else { String::new() };
            writeln!(
                out,
                "{indent}{}{fallback}\n{indent}  /{}\n{indent}  {}",
                post.title, post.url, post.meta.excerpt
            )?;
        }
        if hit.more > 0 {
            writeln!(out, "    and {} more in this page", hit.more)?;
        }
    }
    out.flush()
}

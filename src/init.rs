//! `cairn init`: writes a new handbook skeleton (config, contributors, one page in two
//! languages) that builds as it is. The only writer outside `output`, because it creates
//! sources, not output.

use crate::diagnostics::Diagnostic;
use std::fs;
use std::path::Path;

const SKELETON: &[(&str, &str)] = &[
    (
        "cairn.toml",
        "title = \"My handbook\"\ndescription = \"A handbook written together\"\nbase_url = \"https://example.org/\"\ndefault_language = \"en\"\nlicense = \"CC-BY-SA-4.0\"\n\n[languages.en]\nname = \"English\"\n\n[languages.fr]\nname = \"Français\"\ntitle = \"Mon manuel\"\n",
    ),
    (
        "contributors.toml",
        "# How each contributor agreed to be credited: name | pseudonym | initials | anonymous.\n[me]\nname = \"Your Name\"\ncredit = \"initials\"\n",
    ),
    ("content/_index.md", "+++\ntitle = \"My handbook\"\n+++\n\nStart with the [first page](first-steps.md).\n"),
    ("content/_index.fr.md", "+++\ntitle = \"Mon manuel\"\n+++\n\nCommencez par la [première page](first-steps.md).\n"),
    (
        "content/first-steps.md",
        "+++\ntitle = \"First steps\"\nauthors = [\"me\"]\nweight = 1\n+++\n\n## Why this handbook {#why}\n\nWrite what your group has learned, so others can use it.\n",
    ),
    (
        "content/first-steps.fr.md",
        "+++\ntitle = \"Premiers pas\"\ntranslators = [\"me\"]\n+++\n\n## Pourquoi ce manuel {#why}\n\nÉcrivez ce que votre groupe a appris, pour que d'autres s'en servent.\n",
    ),
];

/// Creates the skeleton in `dir`, which must not exist or be empty.
pub fn init(dir: &Path) -> Result<(), Diagnostic> {
    let not_empty = dir.exists() && fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(true);
    if not_empty {
        return Err(Diagnostic::error(format!("{} already exists and is not empty", dir.display()))
            .with_hint("choose a new folder name; cairn init never overwrites files"));
    }
    for (path, text) in SKELETON {
        let target = dir.join(path);
        let write = || -> std::io::Result<()> {
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(&target, text)
        };
        write().map_err(|e| Diagnostic::error(format!("cannot write {}: {e}", target.display())))?;
    }
    Ok(())
}

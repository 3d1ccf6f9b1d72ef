//! `cairn init`: writes a new handbook skeleton (config, contributors, one page in two
//! languages) that builds as it is, through the sources writer of `output`.

use crate::diagnostics::Diagnostic;
use crate::output::files::write_source;
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
pub(crate) fn init(dir: &Path) -> Result<(), Diagnostic> {
    if !crate::output::files::is_missing_or_empty(dir) {
        return Err(Diagnostic::error(format!("{} already exists and is not empty", dir.display()))
            .with_hint("choose a new folder name; cairn init never overwrites files"));
    }
    for (path, text) in SKELETON {
        let target = dir.join(path);
        write_source(&target, &target, text.as_bytes())?;
    }
    Ok(())
}

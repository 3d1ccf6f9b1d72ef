//! Where a page's heading levels skip (`##` followed by `####`, or a page opening with
//! `###` under its title): screen readers navigate by level and WCAG asks for contiguous
//! ones, so `cairn check` tells the author. Nothing fails: the website keeps the author's
//! levels, and handouts close the gaps themselves (`render::print::Levels`).

use super::Site;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// One warning per skip, in every published document, at the heading's line.
pub(crate) fn skipped_levels(site: &Site) -> Diagnostics {
    let mut found = Diagnostics::default();
    for doc in &site.docs {
        let Some(file) = &doc.file else { continue };
        // The page title is the level 1 heading of the page.
        let mut previous = 1;
        for heading in &doc.outline.headings {
            if heading.level > previous + 1 {
                found.push(
                    Diagnostic::warning(format!(
                        "heading level skips from {} to {} at “{}”",
                        if previous == 1 { "the title (1)".to_string() } else { previous.to_string() },
                        heading.level,
                        heading.text
                    ))
                    .in_file(file)
                    .at_line(heading.line)
                    .with_hint(format!(
                        "use {} here: screen readers navigate by heading level (handouts close the gap themselves)",
                        "#".repeat(usize::from(previous) + 1)
                    )),
                );
            }
            previous = heading.level;
        }
    }
    found
}

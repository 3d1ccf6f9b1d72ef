//! Heading levels that skip are reported by `cairn check` (WCAG wants them contiguous), but
//! nothing fails and the website keeps the author's levels.

use crate::support::*;

#[test]
fn check_warns_where_heading_levels_skip_and_the_site_keeps_them() {
    let site = TestSite::new(
        r#"
-- content/_index.md --
+++
title = "Home"
+++
-- content/deep.md --
+++
title = "Deep"
+++
### Opens at three

## Two

#### Four after two

### Three

## Two again
"#,
    );
    let output = site.cairn(&["check"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(stderr.matches("heading level skips").count(), 2, "{stderr}");
    assert!(stderr.contains("heading level skips from the title (1) to 3 at “Opens at three”"), "{stderr}");
    assert!(stderr.contains("content/deep.md:4"), "{stderr}");
    assert!(stderr.contains("heading level skips from 2 to 4 at “Four after two”"), "{stderr}");
    assert!(stderr.contains("content/deep.md:8"), "{stderr}");
    site.built();
    let page = site.html("deep/index.html");
    assert_eq!(select(&page, "article h3").len(), 2);
    assert_eq!(select(&page, "article h4").len(), 1);
}

//! Licences by SPDX id: the validated name and a link to the licence's canonical text
//! (Creative Commons deeds for CC licences, the SPDX page otherwise).

use serde::Serialize;

/// A licence as shown to readers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct License {
    /// SPDX id (`CC-BY-SA-4.0`).
    pub id: String,
    /// Full name (`Creative Commons Attribution Share Alike 4.0 International`).
    pub name: String,
    /// Where to read it.
    pub url: String,
}

/// The licence with this SPDX id, or `None` when the id is unknown.
pub(crate) fn lookup(id: &str) -> Option<License> {
    let known = spdx::license_id(id)?;
    Some(License { id: known.name.to_string(), name: known.full_name.to_string(), url: url_of(known.name) })
}

fn url_of(id: &str) -> String {
    if let Some(version) = id.strip_prefix("CC0-") {
        return format!("https://creativecommons.org/publicdomain/zero/{version}/");
    }
    if let Some(rest) = id.strip_prefix("CC-") {
        // CC-BY-NC-SA-4.0 → by-nc-sa/4.0; ported versions (CC-BY-3.0-DE) go to the SPDX page.
        let parts: Vec<&str> = rest.split('-').collect();
        if let [terms @ .., version] = parts.as_slice()
            && version.contains('.')
            && terms.iter().all(|t| t.chars().all(|c| c.is_ascii_uppercase()))
        {
            return format!("https://creativecommons.org/licenses/{}/{version}/", terms.join("-").to_lowercase());
        }
    }
    format!("https://spdx.org/licenses/{id}.html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_ids_get_names_and_links() {
        let cc = lookup("CC-BY-SA-4.0").unwrap();
        assert_eq!(cc.url, "https://creativecommons.org/licenses/by-sa/4.0/");
        assert!(cc.name.contains("Share Alike"));
        assert_eq!(lookup("CC0-1.0").unwrap().url, "https://creativecommons.org/publicdomain/zero/1.0/");
        assert_eq!(lookup("MIT").unwrap().url, "https://spdx.org/licenses/MIT.html");
        assert_eq!(lookup("CC-BY-5.0"), None);
    }
}

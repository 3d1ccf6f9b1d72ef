//! Long listings split into pages of `paginate_by` items (section listings, a contributor's
//! works, the contributors index, translation status lists): which items each page holds,
//! and the numbered links between the pages. A listing of any length thus renders pages of
//! bounded size.

use super::view::{PageNumber, Pagination};
use crate::urls::{Linker, Route};
use std::ops::Range;

/// The item ranges of each page of a listing of `len` items at `per_page` items a page (0:
/// one page); an empty listing still has its one, empty page.
pub(super) fn pages(len: usize, per_page: usize) -> Vec<Range<usize>> {
    if per_page == 0 || len <= per_page {
        return std::iter::once(0..len).collect();
    }
    (0..len).step_by(per_page).map(|start| start..(start + per_page).min(len)).collect()
}

/// The links between the `count` pages of the listing at `base`, as page `number` (from 1)
/// shows them; none when the listing fits one page.
pub(super) fn pagination(base: &Route, number: usize, count: usize, linker: &Linker) -> Option<Pagination> {
    let href = |n: usize| linker.href(&base.paginated(n));
    (count > 1).then(|| Pagination {
        number,
        count,
        prev: (number > 1).then(|| href(number - 1)),
        next: (number < count).then(|| href(number + 1)),
        pages: (1..=count).map(|n| PageNumber { number: n, href: href(n), current: n == number }).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::urls::LinkStyle;

    #[test]
    fn pages_hold_every_item_once() {
        let one_page = |len: usize, per_page| pages(len, per_page) == std::iter::once(0..len).collect::<Vec<_>>();
        assert!(one_page(0, 100) && one_page(100, 100) && one_page(250, 0));
        assert_eq!(pages(250, 100), [0..100, 100..200, 200..250]);
    }

    #[test]
    fn links_between_pages_are_relative_to_the_page_shown() {
        let config = crate::config::parse("title = \"T\"\n").unwrap();
        let base = Route::page(&config, "en", "playbooks");
        let linker = Linker::new(base.paginated(2), LinkStyle::Relative { explicit_index: false });
        let links = pagination(&base, 2, 3, &linker).unwrap();
        assert_eq!(links.prev.as_deref(), Some("../../"));
        assert_eq!(links.next.as_deref(), Some("../3/"));
        let current: Vec<bool> = links.pages.iter().map(|p| p.current).collect();
        assert_eq!(current, [false, true, false]);
        assert!(pagination(&base, 1, 1, &linker).is_none());
    }
}

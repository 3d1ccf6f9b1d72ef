//! Identical input gives identical output bytes.

use crate::support::*;

#[test]
fn rebuilding_gives_byte_identical_output() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let scratch = tempfile::tempdir().unwrap();
    let (first, second) = (scratch.path().join("first"), scratch.path().join("second"));
    cairn::build(example, &first, &Default::default()).unwrap();
    // The second build holds its files before writing them (`--report`); the first wrote
    // each as it was made.
    cairn::build::build_keeping_files(example, &second, &Default::default()).unwrap();
    let (a, b) = (snapshot(&first), snapshot(&second));
    assert!(a.len() > 50, "the example handbook builds many files");
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(bytes == &b[path], "{path} differs between two builds");
    }
}

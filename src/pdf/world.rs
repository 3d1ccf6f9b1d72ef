//! The typst `World` of one handout: every file it may read is in memory (the generated
//! main source, the theme's template, the metadata JSON, the QR code, the handbook's
//! images); fonts come from the [`Typesetter`](super::Typesetter), loaded once per run.
//! No packages, no network, and a fixed (absent) "today", so output is reproducible.

use std::collections::HashMap;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};
use typst_kit::fonts::FontStore;

/// The id of a file at `path` in the handout's virtual project.
pub(super) fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| VirtualPath::new("/invalid").expect("a valid constant path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// One handout's files.
pub(super) struct HandoutWorld<'a> {
    pub(super) library: &'a LazyHash<Library>,
    pub(super) fonts: &'a FontStore,
    pub(super) main: Source,
    pub(super) sources: HashMap<FileId, Source>,
    pub(super) files: HashMap<FileId, Bytes>,
}

impl World for HandoutWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            return Ok(self.main.clone());
        }
        self.sources.get(&id).cloned().ok_or(FileError::AccessDenied)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(source) = self.sources.get(&id) {
            return Ok(Bytes::from_string(source.clone()));
        }
        self.files.get(&id).cloned().ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

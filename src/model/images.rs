//! Image metadata: what cameras and editors write into JPEG, PNG, WebP and TIFF files (EXIF
//! with its GPS coordinates and maker notes, XMP, IPTC, comments) is removed from every image
//! on its way to any output, without decoding or re-encoding the pixels. An original that
//! carries GPS coordinates is reported, so its author knows their own copy tells where it was
//! taken. Colour profiles stay: they change how the pixels look.

use crate::diagnostics::Diagnostic;
use crate::load::SourceAsset;
use img_parts::{Bytes, ImageEXIF};
use rayon::prelude::*;

/// The image formats cleaned, told by their first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    Jpeg,
    Png,
    Webp,
    Tiff,
}

pub(super) fn format(bytes: &[u8]) -> Option<Format> {
    match bytes {
        [0xFF, 0xD8, 0xFF, ..] => Some(Format::Jpeg),
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Some(Format::Png),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Some(Format::Webp),
        [b'I', b'I', 42, 0, ..] | [b'M', b'M', 0, 42, ..] => Some(Format::Tiff),
        _ => None,
    }
}

/// Whether the image's EXIF data holds GPS fields.
pub fn has_gps(bytes: &[u8]) -> bool {
    let exif = exif::Reader::new().read_from_container(&mut std::io::Cursor::new(bytes));
    exif.is_ok_and(|exif| exif.fields().any(|f| f.tag.context() == exif::Context::Gps))
}

/// The image without its metadata; `Ok(None)` when the bytes are not an image format
/// cleaned here (SVG, GIF and others are copied as they are).
pub(crate) fn without_metadata(bytes: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let Some(format) = format(bytes) else { return Ok(None) };
    let unreadable = |e: img_parts::Error| format!("unreadable {format:?} image: {e}");
    let cleaned = match format {
        Format::Jpeg => {
            let mut jpeg = img_parts::jpeg::Jpeg::from_bytes(Bytes::copy_from_slice(bytes)).map_err(unreadable)?;
            jpeg.segments_mut().retain(|segment| keep_jpeg_segment(segment.marker(), segment.contents()));
            jpeg.encoder().bytes().to_vec()
        }
        Format::Png => {
            let mut png = img_parts::png::Png::from_bytes(Bytes::copy_from_slice(bytes)).map_err(unreadable)?;
            for kind in [*b"eXIf", *b"iTXt", *b"tEXt", *b"zTXt", *b"tIME"] {
                png.remove_chunks_by_type(kind);
            }
            png.encoder().bytes().to_vec()
        }
        Format::Webp => {
            let mut webp = img_parts::webp::WebP::from_bytes(Bytes::copy_from_slice(bytes)).map_err(unreadable)?;
            // XMP first: removing EXIF recomputes the header flags, which must not still
            // announce XMP.
            webp.remove_chunks_by_id(*b"XMP ");
            webp.set_exif(None);
            webp.encoder().bytes().to_vec()
        }
        Format::Tiff => tiff::without_metadata(bytes)?,
    };
    Ok(Some(cleaned))
}

/// JPEG segments kept: everything but application segments and comments, except the JFIF
/// header, the ICC colour profile and Adobe's colour transform flag.
fn keep_jpeg_segment(marker: u8, contents: &[u8]) -> bool {
    match marker {
        0xE0 => contents.starts_with(b"JFIF\0"),
        0xE2 => contents.starts_with(b"ICC_PROFILE\0"),
        0xEE => contents.starts_with(b"Adobe"),
        0xE1..=0xEF | 0xFE => false,
        _ => true,
    }
}

/// Whether a published file is a picture (raster or SVG), by its extension: what the text
/// bundle edition leaves out.
pub(crate) fn is_picture(path: &str) -> bool {
    let extension = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    matches!(extension.as_str(), "png" | "jpg" | "jpeg" | "gif" | "webp" | "avif" | "tif" | "tiff" | "bmp")
        || is_svg(path)
}

/// Whether a published file is an SVG drawing (compressed `.svgz` included, which the
/// sanitizer refuses since it is not text).
fn is_svg(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".svg") || lower.ends_with(".svgz")
}

/// Cleans every image of `assets` (metadata unless `strip` is off; SVG drawings always, see
/// [`super::svg`]); warns about originals with GPS coordinates, and fails on images too
/// damaged to clean.
pub(crate) fn clean_assets(assets: Vec<SourceAsset>, strip: bool) -> (Vec<SourceAsset>, Vec<Diagnostic>) {
    let results: Vec<(SourceAsset, Vec<Diagnostic>)> = assets
        .into_par_iter()
        .map(|mut asset| {
            let mut found = Vec::new();
            if is_svg(&asset.path) {
                match super::svg::sanitize(&asset.bytes) {
                    Ok((clean, removed)) => {
                        asset.bytes = clean;
                        if !removed.is_empty() {
                            found.push(
                                Diagnostic::warning(format!(
                                    "SVG could run scripts or fetch from elsewhere; published without: {}",
                                    removed.join("; ")
                                ))
                                .in_file(&asset.origin)
                                .with_hint("remove these from the drawing so the published copy matches it"),
                            );
                        }
                    }
                    Err(message) => found.push(
                        Diagnostic::error(format!("cannot publish this SVG safely: {message}"))
                            .in_file(&asset.origin)
                            .with_hint("open and save it again as plain SVG (e.g. Inkscape: Save As > Plain SVG)"),
                    ),
                }
                return (asset, found);
            }
            if format(&asset.bytes).is_none() {
                return (asset, found);
            }
            if has_gps(&asset.bytes) {
                let what = if strip { "the published copy has none, but the original" } else { "and it is published as is:" };
                found.push(
                    Diagnostic::warning(format!("image has GPS coordinates; {what} tells where it was taken"))
                        .in_file(&asset.origin)
                        .with_hint("remove them from your copy too (e.g. `exiftool -gps:all= FILE`) before sharing it elsewhere"),
                );
            }
            if strip {
                match without_metadata(&asset.bytes) {
                    Ok(Some(cleaned)) => asset.bytes = cleaned,
                    Ok(None) => {}
                    Err(message) => found.push(
                        Diagnostic::error(format!("cannot remove the metadata of this image: {message}"))
                            .in_file(&asset.origin)
                            .with_hint("open and save it again in an image editor, or set strip_image_metadata = false in cairn.toml"),
                    ),
                }
            }
            (asset, found)
        })
        .collect();
    let mut diagnostics = Vec::new();
    let assets = results
        .into_iter()
        .map(|(asset, found)| {
            diagnostics.extend(found);
            asset
        })
        .collect();
    (assets, diagnostics)
}

/// TIFF, which no maintained crate rewrites without decoding: metadata tags are removed from
/// each image directory in place, and the bytes they pointed to (EXIF and GPS directories
/// included) are zeroed, so the file keeps its layout and its pixels byte for byte.
mod tiff {
    /// Tags removed from image directories: descriptions, camera, software, dates, people,
    /// XMP, IPTC, Photoshop resources, and the EXIF, GPS and interoperability directories.
    const DROPPED: &[u16] = &[
        0x010E, 0x010F, 0x0110, 0x0131, 0x0132, 0x013B, 0x013C, 0x02BC, 0x8298, 0x83BB, 0x8649, 0x8769, 0x8825, 0x9286,
        0x927C, 0x935C, 0xA005, 0xC4A5,
    ];
    /// Tags that point to another directory.
    const DIRECTORIES: &[u16] = &[0x8769, 0x8825, 0xA005];
    /// How deep directories may point into each other, and how many a file may chain.
    const MAX_DEPTH: usize = 4;
    const MAX_IMAGES: usize = 64;

    struct Tiff {
        bytes: Vec<u8>,
        little_endian: bool,
    }

    struct Entry {
        tag: u16,
        raw: [u8; 12],
        /// Where the value lies when it does not fit in the entry, and its length.
        outside: Option<(usize, usize)>,
        value: u32,
    }

    impl Tiff {
        fn u16_at(&self, at: usize) -> Result<u16, String> {
            let b: [u8; 2] = self.bytes.get(at..at + 2).and_then(|s| s.try_into().ok()).ok_or("truncated TIFF")?;
            Ok(if self.little_endian { u16::from_le_bytes(b) } else { u16::from_be_bytes(b) })
        }

        fn u32_at(&self, at: usize) -> Result<u32, String> {
            let b: [u8; 4] = self.bytes.get(at..at + 4).and_then(|s| s.try_into().ok()).ok_or("truncated TIFF")?;
            Ok(if self.little_endian { u32::from_le_bytes(b) } else { u32::from_be_bytes(b) })
        }

        fn put_u16(&mut self, at: usize, value: u16) {
            let b = if self.little_endian { value.to_le_bytes() } else { value.to_be_bytes() };
            self.bytes[at..at + 2].copy_from_slice(&b);
        }

        fn zero(&mut self, at: usize, len: usize) {
            if let Some(range) = self.bytes.get_mut(at..at.saturating_add(len)) {
                range.fill(0);
            }
        }

        fn entries(&self, ifd: usize) -> Result<Vec<Entry>, String> {
            let count = usize::from(self.u16_at(ifd)?);
            (0..count)
                .map(|i| {
                    let at = ifd + 2 + 12 * i;
                    let raw: [u8; 12] =
                        self.bytes.get(at..at + 12).and_then(|s| s.try_into().ok()).ok_or("truncated TIFF")?;
                    let (tag, kind, count) = (self.u16_at(at)?, self.u16_at(at + 2)?, self.u32_at(at + 4)?);
                    let size = match kind {
                        1 | 2 | 6 | 7 => 1,
                        3 | 8 => 2,
                        4 | 9 | 11 | 13 => 4,
                        5 | 10 | 12 => 8,
                        _ => 0,
                    };
                    let len = size * count as usize;
                    let value = self.u32_at(at + 8)?;
                    Ok(Entry { tag, raw, outside: (len > 4).then_some((value as usize, len)), value })
                })
                .collect()
        }

        /// Zeroes a directory, everything its entries point to, and the directories below.
        fn erase_directory(&mut self, ifd: usize, depth: usize) -> Result<(), String> {
            if depth > MAX_DEPTH || ifd == 0 {
                return Ok(());
            }
            let entries = self.entries(ifd)?;
            for entry in &entries {
                if let Some((at, len)) = entry.outside {
                    self.zero(at, len);
                }
                if DIRECTORIES.contains(&entry.tag) {
                    self.erase_directory(entry.value as usize, depth + 1)?;
                }
            }
            self.zero(ifd, 2 + 12 * entries.len() + 4);
            Ok(())
        }

        /// Removes the metadata entries of the image directory at `ifd`; returns the next one.
        fn clean_directory(&mut self, ifd: usize) -> Result<usize, String> {
            let entries = self.entries(ifd)?;
            let next = self.u32_at(ifd + 2 + 12 * entries.len())?;
            let (dropped, kept): (Vec<Entry>, Vec<Entry>) = entries.into_iter().partition(|e| DROPPED.contains(&e.tag));
            for entry in &dropped {
                if let Some((at, len)) = entry.outside {
                    self.zero(at, len);
                }
                if DIRECTORIES.contains(&entry.tag) {
                    self.erase_directory(entry.value as usize, 1)?;
                }
            }
            let total = kept.len() + dropped.len();
            self.put_u16(ifd, kept.len() as u16);
            for (i, entry) in kept.iter().enumerate() {
                let at = ifd + 2 + 12 * i;
                self.bytes[at..at + 12].copy_from_slice(&entry.raw);
            }
            let next_at = ifd + 2 + 12 * kept.len();
            let b = if self.little_endian { next.to_le_bytes() } else { next.to_be_bytes() };
            self.bytes[next_at..next_at + 4].copy_from_slice(&b);
            self.zero(next_at + 4, 12 * (total - kept.len()));
            Ok(next as usize)
        }
    }

    pub(super) fn without_metadata(bytes: &[u8]) -> Result<Vec<u8>, String> {
        let mut tiff = Tiff { bytes: bytes.to_vec(), little_endian: bytes.starts_with(b"II") };
        let mut ifd = tiff.u32_at(4)? as usize;
        let mut seen = std::collections::BTreeSet::new();
        while ifd != 0 && seen.insert(ifd) {
            if seen.len() > MAX_IMAGES {
                return Err("too many images in one TIFF file".to_string());
            }
            ifd = tiff.clean_directory(ifd)?;
        }
        Ok(tiff.bytes)
    }
}

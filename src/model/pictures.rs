//! Raster images made light for slow links: every published PNG is recompressed losslessly
//! (oxipng; the pixels stay the same), and every PNG or JPEG wider than the theme's content
//! column gets smaller copies (480 and 960 px wide, each kept only when it is smaller in
//! bytes than the original) for `srcset`, so a phone does not fetch a 2000 px screenshot.
//! Pages learn each image's size (for `width`/`height`, so nothing jumps while loading) from
//! [`Picture`]. GIF, WebP, TIFF and SVG are published as they are.
//!
//! The `compact` bundle edition asks for one more copy of each PNG and JPEG
//! ([`compact_assets`]): at most the column wide, lossy WebP at `[images] quality`, used
//! instead of the original (and its `srcset` copies) when it is smaller.
//!
//! Each source image is processed once, in parallel, and the result kept in the build's
//! memo under the hash of its bytes (and the quality, for compact copies), so `cairn serve`
//! rebuilds and every bundle of a run reuse it.

use super::images::{Format, format};
use crate::diagnostics::Diagnostic;
use crate::load::SourceAsset;
use image::imageops::FilterType;
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

/// Widths of the smaller copies of an image wider than the content column.
pub(crate) const VARIANT_WIDTHS: [u32; 2] = [480, 960];
/// The default theme's content column (46rem) in CSS pixels.
pub(crate) const COLUMN_WIDTH: u32 = 736;
/// The `sizes` attribute that goes with that column.
pub(crate) const SIZES: &str = "(max-width: 46rem) 100vw, 46rem";
/// JPEG quality of the smaller copies of a JPEG (the original is never re-encoded).
const JPEG_QUALITY: u8 = 85;

/// What a page needs to show a published image: the file `src` points at (the image
/// itself, or its compact copy), its size, and its smaller copies (path and width),
/// narrowest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub file: String,
    pub width: u32,
    pub height: u32,
    pub variants: Vec<(String, u32)>,
    /// SHA-256 of the source image: its key in the [`Memo`].
    pub source: [u8; 32],
}

/// What processing one source image gave.
#[derive(Debug)]
pub(crate) struct Processed {
    optimized: Vec<u8>,
    width: u32,
    height: u32,
    variants: Vec<(u32, Vec<u8>)>,
}

/// The compact edition's copy of one image, when it is smaller than the original.
#[derive(Debug)]
pub(crate) struct Compact {
    webp: Vec<u8>,
    width: u32,
    height: u32,
}

/// Processed images by the SHA-256 of their (metadata-free) bytes.
#[derive(Debug, Default)]
pub(crate) struct Memo {
    processed: HashMap<[u8; 32], Arc<Result<Processed, String>>>,
    /// Compact copies by source hash and quality; `None` where the original is as small.
    compact: HashMap<([u8; 32], u8), Arc<Option<Compact>>>,
}

/// Replaces each PNG of each group of `assets` (content assets, static files) by its
/// recompressed copy, adds the smaller copies of wide images beside their originals
/// (`shot.png` → `shot-480w.png`), and returns what pages need to know about each image, by
/// published path. The memo keeps only the images of this build afterwards, so a long
/// `cairn serve` session does not hoard every version of an edited image.
pub(crate) fn process_assets<const N: usize>(
    assets: [Vec<SourceAsset>; N],
    memo: &mut Memo,
) -> ([Vec<SourceAsset>; N], BTreeMap<String, Picture>, Vec<Diagnostic>) {
    let sizes = assets.each_ref().map(Vec::len);
    let assets: Vec<SourceAsset> = assets.into_iter().flatten().collect();
    let hashed: Vec<Option<(Format, [u8; 32])>> = assets
        .par_iter()
        .map(|a| match format(&a.bytes) {
            Some(f @ (Format::Png | Format::Jpeg)) => Some((f, Sha256::digest(&a.bytes).into())),
            _ => None,
        })
        .collect();
    // Each distinct image once, even when several files hold the same bytes.
    let mut todo: BTreeMap<[u8; 32], (Format, &[u8])> = BTreeMap::new();
    for (asset, hashed) in assets.iter().zip(&hashed) {
        if let Some((f, hash)) = (*hashed).filter(|(_, hash)| !memo.processed.contains_key(hash)) {
            todo.entry(hash).or_insert((f, &asset.bytes));
        }
    }
    let done: Vec<([u8; 32], Result<Processed, String>)> =
        todo.into_par_iter().map(|(hash, (f, bytes))| (hash, process(bytes, f))).collect();
    memo.processed.extend(done.into_iter().map(|(hash, result)| (hash, Arc::new(result))));

    let used: HashSet<[u8; 32]> = hashed.iter().flatten().map(|(_, hash)| *hash).collect();
    memo.processed.retain(|hash, _| used.contains(hash));
    memo.compact.retain(|(hash, _), _| used.contains(hash));

    let mut groups: [Vec<SourceAsset>; N] = std::array::from_fn(|_| Vec::new());
    let mut pictures = BTreeMap::new();
    let mut diagnostics = Vec::new();
    let mut group = 0;
    let mut left = sizes.first().copied().unwrap_or(0);
    for (mut asset, hashed) in assets.into_iter().zip(hashed) {
        while left == 0 {
            group += 1;
            left = sizes[group];
        }
        left -= 1;
        let out = &mut groups[group];
        let Some((_, hash)) = hashed else {
            out.push(asset);
            continue;
        };
        match memo.processed[&hash].as_ref() {
            Ok(processed) => {
                asset.bytes.clone_from(&processed.optimized);
                let mut variants = Vec::new();
                for (width, bytes) in &processed.variants {
                    let path = variant_path(&asset.path, *width);
                    variants.push((path.clone(), *width));
                    out.push(SourceAsset { path, origin: asset.origin.clone(), bytes: bytes.clone() });
                }
                let picture = Picture {
                    file: asset.path.clone(),
                    width: processed.width,
                    height: processed.height,
                    variants,
                    source: hash,
                };
                pictures.insert(asset.path.clone(), picture);
            }
            Err(message) => diagnostics.push(
                Diagnostic::warning(format!("cannot read this image's pixels ({message}); published as it is"))
                    .in_file(&asset.origin)
                    .with_hint("open and save it again in an image editor"),
            ),
        }
        out.push(asset);
    }
    (groups, pictures, diagnostics)
}

/// What the compact edition shows instead of the hosted site's pictures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Compacted {
    /// Every picture, by the original's published path: compact copies where they are
    /// smaller, the hosted site's picture elsewhere.
    pub pictures: Arc<BTreeMap<String, Picture>>,
    /// The compact copies to publish (`shot.png` → `shot.compact.webp`).
    pub files: Vec<SourceAsset>,
    /// The published files the copies stand in for: originals and their `srcset` copies.
    pub replaced: BTreeSet<String>,
}

/// The compact edition's pictures: each PNG and JPEG of `pictures` (found among `assets`)
/// scaled down to the column and encoded as lossy WebP at `quality`, in parallel, each source
/// once per quality thanks to `memo`.
pub(crate) fn compact_assets<'a>(
    assets: impl Iterator<Item = &'a SourceAsset>,
    pictures: &BTreeMap<String, Picture>,
    quality: u8,
    memo: &mut Memo,
) -> Compacted {
    let assets: Vec<&SourceAsset> = assets.filter(|a| pictures.contains_key(&a.path)).collect();
    let mut todo: BTreeMap<[u8; 32], &[u8]> = BTreeMap::new();
    for asset in &assets {
        let source = pictures[&asset.path].source;
        if !memo.compact.contains_key(&(source, quality)) {
            todo.entry(source).or_insert(&asset.bytes);
        }
    }
    let done: Vec<([u8; 32], Option<Compact>)> =
        todo.into_par_iter().map(|(source, bytes)| (source, compact(bytes, quality))).collect();
    memo.compact.extend(done.into_iter().map(|(source, copy)| ((source, quality), Arc::new(copy))));

    let mut compacted = Compacted::default();
    let mut shown = BTreeMap::new();
    for asset in assets {
        let picture = &pictures[&asset.path];
        let Some(copy) = memo.compact[&(picture.source, quality)].as_ref() else {
            shown.insert(asset.path.clone(), picture.clone());
            continue;
        };
        let file = compact_path(&asset.path);
        compacted.replaced.insert(asset.path.clone());
        compacted.replaced.extend(picture.variants.iter().map(|(path, _)| path.clone()));
        compacted.files.push(SourceAsset {
            path: file.clone(),
            origin: asset.origin.clone(),
            bytes: copy.webp.clone(),
        });
        let picture =
            Picture { file, width: copy.width, height: copy.height, variants: Vec::new(), source: picture.source };
        shown.insert(asset.path.clone(), picture);
    }
    compacted.pictures = Arc::new(shown);
    compacted
}

/// Where the `width` px copy of `path` is published: beside it, `-480w` before the extension.
fn variant_path(path: &str, width: u32) -> String {
    let (stem, extension) = split_extension(path);
    match extension {
        Some(extension) => format!("{stem}-{width}w.{extension}"),
        None => format!("{stem}-{width}w"),
    }
}

/// Where the compact copy of `path` is published: beside it, `.compact.webp` for its
/// extension (a name no `srcset` copy takes).
fn compact_path(path: &str) -> String {
    format!("{}.compact.webp", split_extension(path).0)
}

/// `path` without the extension of its file name, and that extension.
fn split_extension(path: &str) -> (&str, Option<&str>) {
    let name_start = path.rfind('/').map_or(0, |slash| slash + 1);
    match path[name_start..].rfind('.') {
        Some(dot) => (&path[..name_start + dot], Some(&path[name_start + dot + 1..])),
        None => (path, None),
    }
}

/// The height of a `width` px wide copy of a `from_width`×`from_height` image, rounded.
fn scaled_height(from_width: u32, from_height: u32, width: u32) -> u32 {
    let height = (u64::from(from_height) * u64::from(width) + u64::from(from_width) / 2) / u64::from(from_width);
    u32::try_from(height.max(1)).unwrap_or(u32::MAX)
}

fn process(bytes: &[u8], format: Format) -> Result<Processed, String> {
    let image = image::load_from_memory(bytes).map_err(|e| e.to_string())?;
    let (width, height) = (image.width(), image.height());
    let optimized = match format {
        Format::Png => smallest_png(bytes),
        _ => bytes.to_vec(),
    };
    let mut variants = Vec::new();
    if width > COLUMN_WIDTH {
        for &w in VARIANT_WIDTHS.iter().filter(|&&w| w < width) {
            let h = scaled_height(width, height, w);
            // Catmull-Rom keeps the edges of screenshot text sharper than a triangle filter,
            // at a fraction of Lanczos's cost.
            let small = image.resize_exact(w, h, FilterType::CatmullRom);
            let mut encoded = std::io::Cursor::new(Vec::new());
            match format {
                Format::Png => small.write_to(&mut encoded, image::ImageFormat::Png),
                _ => image::codecs::jpeg::JpegEncoder::new_with_quality(&mut encoded, JPEG_QUALITY)
                    .encode_image(&image::DynamicImage::ImageRgb8(small.to_rgb8())),
            }
            .map_err(|e| e.to_string())?;
            let encoded = encoded.into_inner();
            let encoded = if format == Format::Png { smallest_png(&encoded) } else { encoded };
            // Fewer pixels are not always fewer bytes: resampled screenshot text has many
            // more distinct colours than the sharp original, and PNG pays for them.
            if encoded.len() < optimized.len() {
                variants.push((w, encoded));
            }
        }
    }
    Ok(Processed { optimized, width, height, variants })
}

/// The compact copy of an image: at most the column wide, lossy WebP at `quality`; `None`
/// when that is not smaller than the image as published (small icons, flat drawings) or
/// cannot be made (undecodable, or taller than WebP's 16383 px).
fn compact(bytes: &[u8], quality: u8) -> Option<Compact> {
    let image = image::load_from_memory(bytes).ok()?;
    let image = if image.width() > COLUMN_WIDTH {
        let height = scaled_height(image.width(), image.height(), COLUMN_WIDTH);
        image.resize_exact(COLUMN_WIDTH, height, FilterType::CatmullRom)
    } else {
        image
    };
    let mut config = webp::WebPConfig::new().ok()?;
    config.quality = f32::from(quality);
    // RGB to YUV that keeps coloured edges (UI text on tinted bars) crisp, for ~10% more time.
    config.use_sharp_yuv = 1;
    // One thread: the same bytes every run (and rayon already runs one image per core).
    config.thread_level = 0;
    let (width, height) = (image.width(), image.height());
    let encoded = if image.color().has_alpha() {
        webp::Encoder::from_rgba(image.to_rgba8().as_raw(), width, height).encode_advanced(&config)
    } else {
        webp::Encoder::from_rgb(image.to_rgb8().as_raw(), width, height).encode_advanced(&config)
    }
    .ok()?;
    (encoded.len() < bytes.len()).then(|| Compact { webp: encoded.to_vec(), width, height })
}

/// The PNG recompressed losslessly by oxipng when that makes it smaller; chunks that are
/// left (colour profile, gamma) are kept, since metadata was already removed.
fn smallest_png(bytes: &[u8]) -> Vec<u8> {
    let options = oxipng::Options { strip: oxipng::StripChunks::None, ..oxipng::Options::from_preset(2) };
    match oxipng::optimize_from_memory(bytes, &options) {
        Ok(smaller) if smaller.len() < bytes.len() => smaller,
        _ => bytes.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asset(path: &str, bytes: &[u8]) -> SourceAsset {
        SourceAsset { path: path.to_string(), origin: path.into(), bytes: bytes.to_vec() }
    }

    /// Two files with the same bytes are one image to process, and a second build reuses
    /// the first's work instead of doing it again; images gone from the site leave the memo.
    #[test]
    fn each_image_is_processed_once_per_content() {
        // Grain, so the smaller copy is also fewer bytes.
        let mut state = 0x9e37_79b9_u32;
        let wide = image::RgbImage::from_fn(1000, 10, |_, _| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            image::Rgb([(state >> 24) as u8, (state >> 16) as u8, 7])
        });
        let mut png = std::io::Cursor::new(Vec::new());
        image::DynamicImage::ImageRgb8(wide).write_to(&mut png, image::ImageFormat::Png).unwrap();
        let png = png.into_inner();
        let mut memo = Memo::default();
        let assets = || [vec![asset("a/wide.png", &png), asset("b/same.png", &png)], vec![asset("notes.txt", b"hi")]];
        let ([content, other], pictures, found) = process_assets(assets(), &mut memo);
        assert!(found.is_empty());
        assert_eq!(memo.processed.len(), 1);
        let first = Arc::clone(memo.processed.values().next().unwrap());
        let paths: Vec<&str> = content.iter().map(|a| a.path.as_str()).collect();
        assert_eq!(
            paths,
            ["a/wide-480w.png", "a/wide-960w.png", "a/wide.png", "b/same-480w.png", "b/same-960w.png", "b/same.png"]
        );
        assert_eq!(other.len(), 1);
        let variants = [("b/same-480w.png".to_string(), 480), ("b/same-960w.png".to_string(), 960)];
        assert_eq!(pictures["b/same.png"].variants, variants);
        let (again, _, _) = process_assets(assets(), &mut memo);
        assert!(Arc::ptr_eq(&first, memo.processed.values().next().unwrap()), "processed again");
        assert_eq!(again[0], content);

        // Compact copies too: once per image and quality, the same bytes for both files.
        let compacted = compact_assets(content.iter(), &pictures, 80, &mut memo);
        assert_eq!(memo.compact.len(), 1);
        let copy = Arc::clone(memo.compact.values().next().unwrap());
        let files: Vec<&str> = compacted.files.iter().map(|a| a.path.as_str()).collect();
        assert_eq!(files, ["a/wide.compact.webp", "b/same.compact.webp"]);
        assert_eq!(compacted.files[0].bytes, compacted.files[1].bytes);
        let shown = &compacted.pictures["a/wide.png"];
        assert_eq!((shown.file.as_str(), shown.width, shown.height), ("a/wide.compact.webp", COLUMN_WIDTH, 7));
        assert!(shown.variants.is_empty());
        assert!(compacted.replaced.contains("b/same-960w.png") && compacted.replaced.contains("b/same.png"));
        assert_eq!(compact_assets(content.iter(), &pictures, 80, &mut memo), compacted);
        assert!(Arc::ptr_eq(&copy, memo.compact.values().next().unwrap()), "compacted again");
        compact_assets(content.iter(), &pictures, 60, &mut memo);
        assert_eq!(memo.compact.len(), 2, "another quality is another copy");

        process_assets([vec![asset("notes.txt", b"hi")]], &mut memo);
        assert!(memo.processed.is_empty() && memo.compact.is_empty());
    }

    /// libwebp runs on one thread with a fixed configuration: bundles stay reproducible only
    /// if the same pixels give the same bytes every time, also across threads.
    #[test]
    fn compact_copies_are_the_same_bytes_every_time() {
        let mut state = 0x2545_f491_u32;
        let shot = image::RgbImage::from_fn(900, 300, |x, y| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            if (x / 9 + y / 14) % 3 == 0 { image::Rgb([31, 42, 39]) } else { image::Rgb([250, 250, (state % 9) as u8]) }
        });
        let mut png = std::io::Cursor::new(Vec::new());
        image::DynamicImage::ImageRgb8(shot).write_to(&mut png, image::ImageFormat::Png).unwrap();
        let png = png.into_inner();
        let first = compact(&png, 80).expect("smaller than the PNG");
        assert_eq!((first.width, first.height), (COLUMN_WIDTH, 245));
        assert!(first.webp.starts_with(b"RIFF") && &first.webp[8..12] == b"WEBP");
        let again: Vec<Vec<u8>> = (0..4).into_par_iter().map(|_| compact(&png, 80).unwrap().webp).collect();
        assert!(again.iter().all(|bytes| *bytes == first.webp));
        assert_ne!(compact(&png, 40).unwrap().webp, first.webp, "quality is used");
    }

    #[test]
    fn icons_and_broken_files_keep_their_original() {
        let icon = image::RgbaImage::from_fn(16, 16, |x, _| image::Rgba([200, 40, 40, if x < 8 { 255 } else { 0 }]));
        let mut png = std::io::Cursor::new(Vec::new());
        image::DynamicImage::ImageRgba8(icon).write_to(&mut png, image::ImageFormat::Png).unwrap();
        assert!(compact(&smallest_png(&png.into_inner()), 80).is_none(), "a lossy icon would be larger");
        assert!(compact(b"\x89PNG\r\n\x1a\nnot really", 80).is_none());
    }

    #[test]
    fn copies_are_published_beside_their_original() {
        assert_eq!(variant_path("guide/shot.png", 480), "guide/shot-480w.png");
        assert_eq!(variant_path("logo.v2.jpg", 960), "logo.v2-960w.jpg");
        assert_eq!(variant_path("scan", 480), "scan-480w");
        assert_eq!(variant_path("v1.2/scan", 480), "v1.2/scan-480w");
        assert_eq!(compact_path("guide/shot.png"), "guide/shot.compact.webp");
        assert_eq!(compact_path("v1.2/scan"), "v1.2/scan.compact.webp");
    }
}
